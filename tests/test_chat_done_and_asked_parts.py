"""Lists of invoices already over with ("welke facturen zijn goedgekeurd en geboekt?", "which invoices were
rejected?"), and the part of a message that asks read on its own: after a hunch or a situation before the dash
("J'ai ma petite idée, mais je préfère vérifier avant de dire quoi que ce soit — qui est intervenu sur ... et
quand ?"), the list ask inside a run-on message, and goods words in an aside that name no vendor. Also: an IBAN
"qui débute par", and "de toner" as no mistyped "tonen" inside a request to approve."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.descriptions import done_state
from countersign.agent.chat.understand import fold

SAM = "U0APMGR01"


@pytest.mark.parametrize(("question", "state"), [
    ("which invoices are approved and posted?", "posted"),
    ("welche Rechnungen sind freigegeben und gebucht?", "posted"),
    ("quelles factures sont approuvées et comptabilisées ?", "posted"),
    ("¿qué facturas están aprobadas y contabilizadas?", "posted"),
    ("welke facturen zijn goedgekeurd en geboekt?", "posted"),
    ("welke facturen zijn al goedgekeurd?", "posted"),
    ("which invoices were rejected?", "rejected"),
    ("quelles factures ont été refusées ?", "rejected"),
    ("welche Rechnungen wurden abgelehnt?", "rejected"),
])
def test_a_list_of_invoices_already_over_with(question, state):
    assert done_state(fold(question)) == state
    assert planner.plan(question, None) == [("list_invoices", {"which": state})]


@pytest.mark.parametrize("question", [
    "which invoices are not approved yet?",
    "welche Rechnungen müssen noch freigegeben werden?",
    "which invoices are waiting to be approved?",
    "quelles factures doivent encore être validées ?",
    "welke facturen zijn nog niet goedgekeurd?",
])
def test_an_approval_still_to_come_is_a_wait_not_a_finished_state(question):
    assert done_state(fold(question)) is None
    assert planner.plan(question, None) == [("list_invoices", {"which": "waiting"})]


def test_the_list_of_finished_invoices_names_only_those(demo_ask):
    posted = demo_ask("welke facturen zijn goedgekeurd en geboekt?", user_id=SAM, conversation_id="posted")
    assert "INV-1043" in posted and "NW-5602" not in posted and "INV-88120" not in posted
    rejected = demo_ask("which invoices were rejected?", user_id=SAM, conversation_id="rejected")
    assert "NW-5602" in rejected and "INV-1043" not in rejected


@pytest.mark.parametrize(("question", "tool"), [
    ("J'ai ma petite idée, mais je préfère vérifier avant de dire quoi que ce soit — qui est intervenu sur la "
     "facture INV-1043, et quand ?", "audit_trail"),
    ("qui s'est occupé de la facture INV-1043, et quand ?", "audit_trail"),
    ("Le fournisseur dont l'IBAN débute par DE89 : quel numéro fournisseur avons-nous ?", "match_vendor"),
])
def test_the_part_that_asks_decides_the_tool(question, tool):
    assert planner.plan(question, None)[0][0] == tool


def test_an_iban_that_begins_so_is_looked_up_by_its_start():
    assert planner.plan("Le fournisseur dont l'IBAN débute par DE89 : quel numéro fournisseur avons-nous ?",
                        None) == [("match_vendor", {"iban": "DE89*"})]


@pytest.mark.parametrize(("question", "args"), [
    ("got a hunch but want to be sure before i say anything which invoices do we have where an approver still has "
     "to press the button", {"which": "waiting"}),
    ("Ich stell grad ein Willkommenspaket für die Person zusammen, die in der Kreditorenbuchhaltung anfängt 🎒 — "
     "kannst du mir die Rechnungen auflisten, bei denen ein Freigeber noch auf den Knopf drücken muss?",
     {"which": "waiting"}),
    ("Ich bau grad den Beamer fürs Teammeeting auf und will echte Rechnungen an die Wand werfen 📽️ — welche gibt "
     "es, die diese Woche bei uns eingegangen sind?", {"days": 7}),
])
def test_a_situation_before_the_list_ask_neither_blurs_nor_filters_it(question, args):
    assert planner.plan(question, None) == [("list_invoices", args)]


def test_a_noun_after_an_article_is_no_mistyped_verb_of_asking():
    asked = ("Ik heb het vermoeden dat het mag, maar ik wil het zeker weten — zou je de Northwind-rekening met de "
             "toner en het A4-papier namens mij kunnen goedkeuren?")
    assert planner.wants_action(asked)
    assert not planner.wants_action("kun je me de Northwind-rekening tonen?")


@pytest.mark.parametrize(("question", "vendor", "tail"), [
    ("I'm setting up a payment run — what bank account do we have for the Seattle paper people?", "V002", "3000"),
    ("the supplier whose account ends in 3000, who is that?", "V002", "3000"),
    ("welche Kontonummer haben wir für Initech hinterlegt?", "V004", "4300"),
])
def test_a_vendors_bank_account_is_asked_of_the_vendor_and_shown_by_its_last_digits(demo_ask, question, vendor,
                                                                                     tail):
    answer = demo_ask(question, user_id=SAM, conversation_id=f"bank-{vendor}-{tail}-{len(question)}")
    assert vendor in answer and f"****{tail}" in answer
    assert "DE89370400440532013000" not in answer and "NL91ABNA0417164300" not in answer  # never the whole account


def test_a_gl_account_is_no_bank_account():
    assert "iban" not in str(planner.plan("which GL account ends in 6200?", None))


@pytest.mark.parametrize("question", [
    "Cher Countersign, j'espère que vous allez bien. Pourriez-vous me transmettre la piste d'audit de UC-77 ? Bien "
    "cordialement (modifié)",
    "Pourriez-vous m'envoyer l'historique de la facture INV-1043 ?",
])
def test_asking_to_be_sent_something_is_no_request_to_act(question):
    assert not planner.wants_action(question)
    assert planner.plan(question, None)[0][0] == "audit_trail"


def test_a_verb_that_hands_something_over_does_not_hide_an_act_after_it():
    assert planner.wants_action("könntest du INV-1043 an die Buchhaltung weiterleiten und freigeben?")
