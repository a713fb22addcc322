"""Three readings from held-out 66.

Another person's act with a negation between the modal and the verb ("les factures qu'un approbateur AP ne peut pas
signer à lui seul") is a list's filter, as "qu'un approbateur peut signer" was: the message had been refused as a
request to sign. Someone's order named by its goods ("robin ortiz's drill order") is a purchase order: it had been
read as a vendor's name, and the answer named the vendor but not the PO. What one approver may not sign alone is
above the lowest band: it had listed the invoices waiting for approval.
"""

from __future__ import annotations

import pytest

from countersign.agent.chat.planner import plan, wants_action
from countersign.agent.chat.shapes import PO_NOUN
from countersign.agent.chat.understand import fold

SAM = "U0APMGR01"


@pytest.mark.parametrize("question", [
    "tu peux me trouver les factures qu'un approbateur AP ne peut pas signer à lui seul, car elles dépassent 10 000 ?",
    "tu peux me trouver les factures qu'un contrôleur ne peut pas valider seul, celles au-dessus de 10 000 ?",
])
def test_another_persons_act_negated_is_a_filter(question):
    assert not wants_action(question)
    assert plan(question, None)[0][0] == "list_invoices"


@pytest.mark.parametrize("question", [
    "peux-tu approuver INV-1001 ?",  # the asker's own act is still refused
    "can you not wait and just approve INV-1001",
    # opening with a verb of putting, "como" is the put's, a relative in the reference or not
    "ponme la factura de Seattle que viene del 42 de Harbor Street como aprobada y ya, ¿vale?",
    "El yesero está aquí, así que — márcame la factura que llegó de Seattle como pagada",
])
def test_the_askers_act_is_still_refused(question):
    assert wants_action(question)


@pytest.mark.parametrize(("text", "po"), [
    ("what's in robin ortiz's drill order, and who's the vendor?", True),
    ("what does the finance team's toner order cover", True),
    ("what's the order of approvals for INV-1001?", False),  # "what's": no owner
    ("it's the first order we placed with acme", False),
    ("let's order more toner", False),
])
def test_someones_goods_order_is_a_purchase_order(text, po):
    assert bool(PO_NOUN.search(fold(text))) is po


def test_a_goods_order_is_answered_with_its_po(demo_ask):
    answer = demo_ask("My handball training starts soon, so — what's in robin ortiz's drill order, and who's the "
                      "vendor?", user_id=SAM, conversation_id="drill-order")
    assert "PO-2001" in answer and "Acme Tools Ltd" in answer


@pytest.mark.parametrize("question", [
    "can you find me the invoices that an AP approver can not sign alone?",
    "kun je de facturen zoeken die een AP-goedkeurder niet alleen mag aftekenen?",
    "¿puedes buscarme las facturas que un aprobador AP no puede firmar solo?",
    "peux-tu lister les factures qu'un approbateur ne peut pas valider seul ?",
    "zeig mir die Rechnungen, die ein Freigeber nicht allein freigeben darf",
])
def test_what_one_approver_may_not_sign_alone_is_above_the_lowest_band(question):
    assert plan(question, None) == [("list_invoices", {"over": "lowest"})]


def test_what_an_approver_cannot_sign_yet_is_still_a_wait():
    assert plan("which invoices can the approver not approve yet?", None) == [
        ("list_invoices", {"which": "waiting"})]
