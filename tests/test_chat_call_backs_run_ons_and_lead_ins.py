"""The asker's own phone call ("I have to call them back", "ik moet ze zo terugbellen") is no call-back control on an
invoice; a remark run into a list ask lends it no state; a superlative in a remark ranks no invoice; the nod awaited
("das Okay eines Freigebers") is no request to approve; a situation told before the ask lends a vendor or PO lookup
no words; a department as whose order it is ("de inkooporder van de administratie") names the PO."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.acts import is_action_request
from countersign.agent.chat.findings import finding_said
from countersign.agent.chat.ranks import rank_said
from countersign.agent.chat.understand import fold, read, references

SAM = "U0APMGR01"


@pytest.mark.parametrize(("said", "finding"), [
    ("Ik moet ze zo terugbellen, dus — wat omvat de inkooporder van Alex Chen?", None),
    ("I need to call back Globex after lunch, where is their invoice?", None),
    ("ich warte auf den Rückruf von Globex, wo steht die Rechnung?", "finding:bank"),  # a call-back, as a noun
    ("the invoice that needs a supplier call-back before payment — status?", "finding:bank"),
    ("de factuur die wacht op een terugbelcontrole over de bankrekening", "finding:bank"),
    ("das Geld für die vor der Zahlung per Rückruf zu prüfende Rechnung", "finding:bank"),
])
def test_a_call_back_is_a_control_only_as_a_noun(said, finding):
    assert finding_said(fold(said)) == finding


def test_a_situation_s_call_back_does_not_send_a_variance_to_the_bank_finding():
    assert planner.plan("Ik moet ze zo terugbellen, dus — welke regel op de factuur voor papier en toner uit Seattle "
                        "ligt boven de inkooporderprijs, en hoeveel?", None) == [
        ("explain_variance", {"reference": "papier toner Seattle"})]


@pytest.mark.parametrize(("question", "args"), [
    ("courier's waiting at the front desk which invoices have we got that popped up this week", {"days": 7}),
    ("courier's waiting at the front desk which invoices have we got from acme, the springfield tool people",
     {"vendor": "acme"}),
    ("told them i'd get back to them today which invoices are blocked", {"which": "blocked"}),
])
def test_a_remark_run_into_a_list_ask_lends_it_no_state(question, args):
    assert planner.plan(question, None) == [("list_invoices", args)]


@pytest.mark.parametrize(("question", "args"), [
    ("Ik moet het team zo terugbellen, dus — welke facturen hebben we die de 20.000 passeren?", {"over": "20.000"}),
    ("Ich muss das Team gleich zurückrufen, also — welche Rechnungen haben wir, die eine Prüfung zurückhält?",
     {"which": "blocked"}),
    ("kannst du mir die Rechnungen geben, die noch auf das Okay eines Freigebers warten?", {"which": "waiting"}),
])
def test_list_idioms(question, args):
    assert planner.plan(question, None) == [("list_invoices", args)]


@pytest.mark.parametrize(("question", "acts"), [
    ("kannst du mir die Rechnungen geben, die noch auf das Okay eines Freigebers warten?", False),
    ("kannst du das Okay für INV-1043 geben?", True),  # giving the okay is approving
    ("can you okay INV-1043?", True),
])
def test_the_okay_awaited_is_a_noun_and_the_okay_given_an_act(question, acts):
    assert is_action_request(read(question)) is acts


@pytest.mark.parametrize(("said", "rank"), [
    ("je bloque sur la dernière définition des mots croisés lol est-ce que la facture de visseuses à chocs qu'Acme "
     "a envoyée en octobre a été payée", None),
    ("me he atascado en la última definición del crucigrama jaja se pagó la factura que nos llegó de Alemania", None),
    ("zit vast op de laatste omschrijving van de kruiswoordpuzzel haha is de factuur die uit Duitsland overkwam al "
     "betaald", None),
    ("what's the status of the latest invoice from Acme?", "rank:max:date"),
    ("la plus récente des factures d'Acme est-elle payée ?", "rank:max:date"),
    ("the most recent one from Acme, the invoice for the drivers: paid yet?", "rank:max:date"),
    ("On m'a dit que la plus grosse affaire du client du Maine n'était toujours pas payée. C'est vrai ? Numéro de "
     "facture et statut du paiement.", "rank:max:total"),  # the superlative's own noun, a deal, is ranked
])
def test_a_superlative_in_a_remark_ranks_no_invoice(said, rank):
    assert rank_said(fold(said)) == rank


def test_a_remark_s_superlative_leaves_the_invoice_to_its_description(demo_ask):
    answer = demo_ask("je bloque sur la dernière définition des mots croisés lol est-ce que la facture de visseuses "
                      "à chocs qu'Acme a envoyée en octobre a été payée", user_id=SAM, conversation_id="cross")
    assert "INV-1001" in answer and "INV-1043" not in answer


@pytest.mark.parametrize(("question", "vendor"), [
    ("The sunset's turning the whole office orange 🌇 — is Acme in our vendor master?", "Acme Tools Ltd"),
    ("The sunset's turning the whole office orange 🌇 — a courier's waiting for me at the front desk, so quickly: "
     "which vendor number and bank details do we have for the supplier at 100 industrial way in springfield?",
     "Acme Tools Ltd"),
    ("I have to ring them back in a minute, so — the supplier at 100 industrial way in springfield: what vendor "
     "number and IBAN are in our records?", "Acme Tools Ltd"),
    ("I'm on the phone with Globex right now — are they in the vendor master yet?", "Globex Industrial GmbH"),
    ("Globex Industrial GmbH – is dat een goedgekeurde leverancier?", "Globex Industrial GmbH"),  # the name first
])
def test_a_situation_before_the_ask_lends_the_vendor_no_words(demo_ask, question, vendor):
    assert vendor in demo_ask(question, user_id=SAM, conversation_id=question[:20])


def test_a_po_asked_after_two_situations(demo_ask):
    answer = demo_ask("Mijn sokken passen vandaag niet bij elkaar 🧦 — en er wacht een koerier op me bij de receptie, "
                      "dus snel: wat staat er op de inkooporder van de administratie voor veertig dozen A4, en bij "
                      "welke leverancier is die?", user_id=SAM, conversation_id="socks")
    assert "PO-2002" in answer and "Northwind" in answer


def test_a_department_as_whose_order_it_is_names_the_po():
    assert "administratie" in references("wat omvat de inkooporder van de administratie voor veertig dozen A4?").words
    assert references("staat de leverancier in de administratie?").words == ""  # the books, no department
