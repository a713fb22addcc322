"""Held-out 58's gaps, each general:
- a tax id typed before its label ("the vendor that has 98-7654321 as its tax id") in the five languages;
- "who has the last word on approving it" asks who decides the invoice already spoken of, no latest invoice;
- "the invoices that clear 20,000" is a threshold, not a request to clear anything;
- a vendor after "courtesy of" is named even when its name is also a typo of a word ("acme" / "came");
- invoices "signed by" their issuer are that vendor's, not ones waiting for a signature;
- a long message's German aside (all nouns capitalized) gives way to the name asked about."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.understand import references

SAM = "U0APMGR01"


@pytest.mark.parametrize("question", [
    "the vendor that has 98-7654321 as its tax id: what vendor ID and IBAN have we got for them?",
    "der Kreditor, bei dem 98-7654321 als Steuernummer eingetragen ist: welche Kreditorennummer ist hinterlegt?",
    "le fournisseur qui a 98-7654321 comme numéro fiscal : quel identifiant fournisseur a-t-on pour lui ?",
    "el proveedor que tiene 98-7654321 como número fiscal: ¿qué código de proveedor tenemos registrado?",
    "de leverancier bij wie 98-7654321 als fiscaal nummer staat: welk leveranciersnummer hebben we?",
])
def test_a_tax_id_before_its_label(question):
    assert planner.plan(question, None) == [("match_vendor", {"tax_id": "98-7654321"})]


@pytest.mark.parametrize("question", [
    "ok — bevor ich zum Fechten fahre: wer hat bei der Freigabe das letzte Wort?",
    "vale — antes de irme a esgrima: ¿quién tiene la última palabra para aprobarla?",
    "ok — voor ik naar schermles ga: wie heeft het laatste woord over de goedkeuring?",
    "qui a le dernier mot pour la valider ?",
])
def test_the_last_word_on_an_approval_is_who_decides_that_invoice(demo_ask, question):
    assert "rank:" not in references(question).words  # "letzte", "última": no latest invoice
    demo_ask("where does INV-88120 stand?", user_id=SAM, conversation_id="say")
    answer = demo_ask(question, user_id=SAM, conversation_id="say")
    assert "INV-88120" in answer and "Priya Shah" in answer


def test_invoices_that_clear_an_amount_are_over_it():
    for question in ("could you dig out the invoices that clear 20,000?",
                     "please dig out the invoices that clear 20,000"):
        assert not planner.wants_action(question)
        assert planner.plan(question, None) == [("list_invoices", {"over": "20,000"})]
    assert planner.wants_action("please clear the acme invoice")  # clearing an invoice is still an act


@pytest.mark.parametrize("question", [
    "Fencing at eight, so — which invoices have we got courtesy of acme?",
    "which invoices are there courtesy of acme",
])
def test_a_vendor_after_courtesy_of(question):
    assert planner.plan(question, None) == [("list_invoices", {"vendor": "acme"})]


def test_invoices_signed_by_their_issuer_are_the_vendors():
    assert planner.plan("¿qué facturas tenemos que vienen firmadas por Acme?", None) == [
        ("list_invoices", {"vendor": "Acme"})]
    assert planner.plan("which invoices still need to be signed?", None) == [
        ("list_invoices", {"which": "waiting"})]


def test_a_long_german_aside_gives_way_to_the_name_asked_about(demo_ask):
    question = ("Draußen wird eine Wimpelkette quer über den Platz gespannt — und der Polsterer holt gleich den alten "
                "Sessel ab, also — die Beratungsfirma in der Freidrich Lane in Austin: welche Lieferantennummer und "
                "welches Bankkonto haben wir gespeichert?")
    answer = demo_ask(question, user_id=SAM, conversation_id="v")
    assert "Initech Consulting LLC" in answer and "V004" in answer
