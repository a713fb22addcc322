"""The asker's own wish to do a thing right ("quiero hacerlo bien"), which hands nothing over; invoices we should
have settled long ago (overdue) and invoices that stumbled over a check (blocked), in the five languages; a Dutch
"who sell us" that is no typo of "expired"; a supplier named by its street and town, not by the vendor whose name
shares the street's word; a tax id under its long label; a remark after a deal question, whose words find no deal;
and "which steps has it gone through, and who did what", which only the audit trail answers."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.acts import is_action_request
from countersign.agent.chat.understand import read, references

SAM = "U0APMGR01"


@pytest.mark.parametrize("question", [
    "Quiero hacerlo bien a la primera, así que — ¿qué me queda por aprobar?",
    "Quiero hacerlo bien a la primera, así que — ¿está pagada ya la factura INV-1043?",
    "I want to do it right the first time, so — is INV-1043 paid?",
])
def test_the_asker_s_own_wish_to_do_it_right_hands_nothing_over(question):
    assert not is_action_request(read(question))
    assert not planner.wants_action(question)


@pytest.mark.parametrize("question", [
    "I want you to do it: approve INV-1043",
    "quiero hacerlo bien — ¿puedes hacerlo? aprobar INV-1043",
    "can you do it? approve INV-1043",
])
def test_a_do_it_that_hands_the_act_over_is_still_a_request(question):
    assert is_action_request(read(question))


@pytest.mark.parametrize("question", [
    "which invoices should we have settled long ago?",
    "welche Rechnungen gibt es, die wir eigentlich längst hätten begleichen sollen?",
    "tu peux me lister les factures qu'on aurait dû régler à l'heure qu'il est ?",
    "¿qué facturas deberíamos haber saldado hace tiempo?",
    "welke facturen zijn er die we eigenlijk al hadden moeten voldoen?",
])
def test_invoices_we_should_have_settled_are_overdue(question):
    assert planner.plan(question, None) == [("list_invoices", {"which": "overdue"})]


@pytest.mark.parametrize("question", [
    "which invoices stumbled over a check?",
    "welche Rechnungen gibt es, die über eine Prüfung gestolpert sind?",
    "quelles factures ont trébuché sur un contrôle ?",
    "¿qué facturas han tropezado con un control?",
    "welke facturen zijn over een controle gestruikeld?",
])
def test_invoices_that_stumbled_over_a_check_are_blocked(question):
    assert planner.plan(question, None) == [("list_invoices", {"which": "blocked"})]


def test_who_sell_us_in_dutch_is_no_typo_of_expired():
    question = "Ik ga zo allen beantwoorden, dus — welke facturen zijn er van Acme, die ons de boormachines verkopen?"
    assert planner.plan(question, None) == [("list_invoices", {"vendor": "Acme"})]


@pytest.mark.parametrize("question", [
    "the supplier on industrial way in springfield: what vendor number and IBAN do we have for them?",
    "der Lieferant am Industrial Way in Springfield: welche Kreditorennummer haben wir?",
    "el proveedor de Industrial Way, en Springfield: ¿qué número de proveedor tenemos?",
])
def test_a_supplier_named_by_its_street_and_town_is_the_one_there(demo_ask, question):
    answer = demo_ask(question, user_id=SAM, conversation_id="street")
    assert "V001" in answer and "Globex" not in answer


def test_a_vendor_named_by_its_own_name_is_still_found_by_it(demo_ask):
    answer = demo_ask("who is Globex Industrial?", user_id=SAM, conversation_id="name")
    assert "V003" in answer


@pytest.mark.parametrize("question", [
    "le fournisseur dont le numéro d'identification fiscale est 98-7654321 : quel numéro fournisseur a-t-on ?",
    "the supplier whose taxpayer identification number is 98-7654321: which vendor number is it?",
    "el proveedor cuyo número de identificación fiscal es 98-7654321: ¿qué número de proveedor tiene?",
])
def test_a_tax_id_under_its_long_label_is_read(question):
    assert references(question).tax_id == "98-7654321"


def test_a_remark_after_a_deal_question_finds_no_deal_by_its_words(demo_ask):
    question = ("Je veux faire ça bien du premier coup, donc — la vente de perceuses de rechange à Blue Harbor est "
                "déjà facturée ? sous quel numéro ? Leur service financier clôture le mois.")
    [(tool, args)] = planner.plan(question, None)
    assert tool == "deal_status" and "service" not in args["deal"] and "perceuses" in args["deal"]
    answer = demo_ask(question, user_id=SAM, conversation_id="deal")
    assert "OPP-3004" in answer and "OPP-3001" not in answer


@pytest.mark.parametrize("question", [
    "which steps has the ERP rollout invoice from initech gone through, and who did what?",
    "welche Schritte hat die Rechnung INV-1043 durchlaufen, und wer hat was gemacht?",
    "par quelles étapes est passée la facture Globex à régler le 9 décembre, et qui a fait quoi ?",
    "¿qué pasos ha seguido la factura INV-1043 y quién hizo qué?",
    "welke stappen heeft factuur INV-1043 van Acme doorlopen, en wie deed wat?",
])
def test_which_steps_and_who_did_what_is_the_audit_trail(question):
    [(tool, _)] = planner.plan(question, None)
    assert tool == "audit_trail"


def test_the_trail_of_an_invoice_named_by_its_due_day_keeps_the_vendor_beside_the_day():
    question = "par quelles étapes est passée la facture Globex à régler le 9 décembre, et qui a fait quoi ?"
    assert planner.plan(question, None) == [("audit_trail", {"case": "--12-09 Globex"})]


def test_the_next_step_of_an_invoice_is_still_its_status():
    assert planner.plan("what's the next step for INV-1043?", None) == [("case_status", {"case": "INV-1043"})]
