"""A question inside a duty or an opener still asks, and a singular reference names one invoice: "ich muss wissen,
ob sie bezahlt ist" asks nobody to pay, "when u have a min" asks no "when", "la de Acme que está atascada" and
"celle de Northwind qui dépasse" are one invoice, not a list of a vendor's; while "envoie-la à la banque" asks to pay.
Also a deal's noun joined to its name ("de inrichtingsdeal"), a band's level said before "too high", and a conference
that is no typo of "confidence"."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.clauses import trail_asked
from countersign.agent.chat.list_questions import list_args
from countersign.agent.chat.understand import fold, read, references


def _list(question: str):
    return list_args(question, read(question), references(question))


@pytest.mark.parametrize("question", [
    "Kannst du mir bei etwas helfen? Ich muss wissen, ob die Rechnung von Acme über 1.296,00 bezahlt ist.",
    "Kun je me ergens mee helpen? Ik moet weten of de factuur op PO-2002 betaald is.",
    "did we send NW-5602 to the bank already?",
])
def test_a_duty_to_know_whether_asks_nobody_to_act(question):
    assert not planner.wants_action(question)


@pytest.mark.parametrize("request_", [
    "Die Rechnung INV-1001 muss heute bezahlt werden.",
    "Sors la facture de l'IL qui est bloquée de la pile des bloquées et envoie-la directement à la banque.",
    "Schick die Globex-Rechnung an die Bank.",
])
def test_a_duty_and_sending_to_the_bank_still_ask_to_act(request_):
    assert planner.wants_action(request_)


def test_when_you_have_a_minute_is_an_opener_not_a_when():
    assert not trail_asked(fold("ok nice one. when u have a min, who can approve it?"))
    assert not trail_asked(fold("when I get a sec, who's the supplier on PO-2003?"))
    assert trail_asked(fold("who approved NW-5602 and when?"))


@pytest.mark.parametrize(("question", "tool"), [
    ("El portal del proveedor muestra la de Acme que está en el congelador como «pago en proceso» 🌀 — ¿es cierto o "
     "está atascada de nuestro lado?", "case_status"),
    ("désolé de demander, mais pourquoi celle de Northwind avec les cartouches hors de prix dépasse le bon de "
     "commande ? de combien ?", "explain_variance"),
    ("si mal no recuerdo, tenía algo que aprobar esta semana — ¿hay algo esperándome?", "pending_approvals"),
    ("Je suis à une conférence à Lisbonne et la prochaine session commence dans un instant 🎤 — où en est la facture "
     "liée au PO-2002, elle a été payée ?", "case_status"),
])
def test_one_invoice_a_vendors_words_or_a_weeks_do_not_make_a_list(question, tool):
    assert planner.plan(question, None)[0][0] == tool


@pytest.mark.parametrize("question", [
    "Kannst du mir bei etwas helfen? Ich brauche eine Liste der Rechnungen, die für die Standard-Freigabestufe zu hoch "
    "sind.",
    "which invoices are too high for the standard approval level?",
])
def test_the_level_said_before_too_high_is_above_the_lowest_band(question):
    assert (_list(question) or {}).get("over") == "lowest"


@pytest.mark.parametrize("question", [
    "Ik werk mijn targetoverzicht voor dit kwartaal bij 🎯 — is de inrichtingsdeal die we met Blue Harbor hebben "
    "gesloten gefactureerd, en wat is het nummer?",
    "Ist der Ladenausbauauftrag für Blue Harbor schon abgerechnet?",
])
def test_a_deals_noun_joined_to_its_name(demo_ask, question):
    first = demo_ask(question, user_id="U0SALES001", conversation_id="deal").split("\n")[0]
    assert "OPP-3001" in first
    assert "OPP-3004" not in first and "OPP-2990" not in first  # not every Blue Harbor deal to choose from


def test_a_follow_up_after_a_question_inside_an_opener_leans_on_it(demo_ask):
    first = "Kannst du mir bei etwas helfen? Ich muss wissen, ob die auf PO-2002 gestellte Rechnung bezahlt ist."
    assert "NW-5602" in demo_ask(first, user_id="U0SALES001", conversation_id="follow")
    answer = demo_ask("danke, und bevor mein nächster Call anfängt — wer muss sie freigeben?",
                      user_id="U0SALES001", conversation_id="follow")
    assert "NW-5602" in answer


@pytest.mark.parametrize("question", [
    "erinner mich mal — wo ist die Lieferantenrechnung ohne Bestellung und ohne Steuer eigentlich gelandet?",
    "waar is de leveranciersfactuur zonder inkooporder gebleven?",
])
def test_a_vendors_invoice_in_one_word_is_an_invoice_not_the_vendors_record(question):
    assert planner.plan(question, None)[0][0] == "case_status"
