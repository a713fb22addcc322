"""Asks that open with a word about the asking itself ("Asking here so everyone can see the answer —", "Kurze Antwort
reicht —"): the lead names nothing when the question after it names something, and its "alle", "todos" are people,
no list of every invoice; a vendor by the start of its IBAN; a supplier's name with two letters swapped ("intiech")
or a four-letter one after "from" ("acme tools"); a relative clause with a modal ("die noch jemand abzeichnen muss")
and a gerund up front ("ordenando la caja ...") are no command; one invoice asked about after an aside that speaks
of several is no list."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.list_questions import list_args
from countersign.agent.chat.resolve import _typo
from countersign.agent.chat.surface import plain
from countersign.agent.chat.understand import leftover_words, read, references
from countersign.agent.runner import process_file
from countersign.app.chat import make_ask

AP, CLERK = "U0APMGR01", "U0AP0CLERK"


def _list(question: str):
    return list_args(question, read(question), references(question))


@pytest.mark.parametrize(("question", "asked"), [
    ("Asking here so everyone can see the answer — the vendor whose IBAN starts NL91: what do we have on file?",
     "the vendor whose IBAN starts NL91: what do we have on file?"),
    ("Frag mal hier im Kanal, damit alle die Antwort sehen — die Rechnung mit den 6 Tonerkartuschen: welche Position "
     "liegt über dem Bestellpreis?",
     "die Rechnung mit den 6 Tonerkartuschen: welche Position liegt über dem Bestellpreis?"),
    ("Une réponse courte me suffit — la facture de Globex est payée ?", "la facture de Globex est payée ?"),
])
def test_a_lead_about_the_asking_names_nothing_when_the_question_names_something(question, asked):
    assert plain(question) == asked


@pytest.mark.parametrize("question", [
    "Quick question about Globex — is their invoice paid?",  # the question leans on the lead's name
    "Asking about INV-1043 — who approves it?",  # an id in the lead
    "The supplier rang — is the Globex invoice paid?",  # no word about the asking
])
def test_a_lead_that_names_what_is_asked_stays(question):
    assert plain(question) == question


@pytest.mark.parametrize("question", [
    "Frag mal hier im Kanal, damit alle die Antwort sehen — ist die Acme-Rechnung vom Oktober bezahlt?",
    "Lo pregunto aquí para que todos vean la respuesta — ¿se ha pagado la factura de Acme de octubre?",
])
def test_all_of_the_people_is_no_list_of_every_invoice(question):
    assert _list(question) is None
    assert _list("zeig mir alle Rechnungen von Acme") == {"vendor": "Acme"}


@pytest.mark.parametrize("question", [
    "the vendor whose IBAN starts NL91: what vendor number do we have on file?",
    "der Lieferant, dessen IBAN mit NL91 anfängt: welche Kreditorennummer haben wir?",
    "le fournisseur dont l'IBAN commence par NL91 : quel numéro fournisseur avons-nous ?",
    "el proveedor cuyo IBAN empieza por NL91: ¿qué número de proveedor tenemos?",
    "de leverancier met een IBAN die met NL91 begint: welk leveranciersnummer hebben we?",
])
def test_a_vendor_by_the_start_of_its_iban(question):
    assert planner.plan(question, None) == [("match_vendor", {"iban": "NL91*"})]


def test_the_start_of_an_iban_finds_the_one_vendor_whose_account_begins_so(services):
    vendors = services.erp.list_vendors()
    starts = {(v.iban or "").replace(" ", "")[:4] for v in vendors}
    prefix = next(p for p in starts if p and sum((v.iban or "").replace(" ", "").startswith(p) for v in vendors) == 1)
    one = next(v for v in vendors if (v.iban or "").replace(" ", "").startswith(prefix))
    answer = make_ask(services)(f"which vendor has the IBAN that starts {prefix}?", user_id=AP, conversation_id="iban")
    assert one.name in answer
    assert references("the full IBAN NL91 ABNA 0417 1643 00, whose?").iban == "NL91ABNA0417164300"


@pytest.mark.parametrize(("typed", "word", "typo"), [
    ("intiech", "initech", True), ("initehc", "initech", False), ("itniech", "initech", False),
])
def test_two_neighbouring_letters_swapped_inside_a_name_is_a_typo(typed, word, typo):
    assert _typo(typed, word) is typo


def test_a_supplier_with_two_letters_swapped_still_names_its_invoice(services, demo_pdfs):
    for path in demo_pdfs.values():
        process_file(services, path, uploader=CLERK)
    answer = make_ask(services)("has the invoice from intiech for phase 1 been paid?", user_id=AP,
                                conversation_id="swap")
    assert "INV-88120" in answer


def test_a_short_lower_case_name_after_from_filters_a_list():
    assert "acme" in leftover_words("which invoices do we have from acme tools?").split()
    assert leftover_words("is teh invoice paid?") == ""  # "teh" is "the" typed fast
    assert _list("which invoices do we have from acme tools, the people we buy our drills from?") == {"vendor": "acme"}
    assert _list("which invoices came from june?") == {}


@pytest.mark.parametrize("question", [
    "kurze antwort reicht zeig mir einfach die rechnungen, die noch jemand abzeichnen muss",
    "een kort antwoord is genoeg stuur me gewoon de facturen boven de 10.000 die een AP-goedkeurder mag aftekenen",
    "ordenando la caja de objetos perdidos de recepción está pagada la factura de Globex o no",
])
def test_a_duty_in_a_relative_clause_or_a_gerund_up_front_is_no_command(question):
    assert not planner.wants_action(question)


@pytest.mark.parametrize("question", [
    "please approve INV-1043",
    "keur de factuur die moet worden betaald goed",
    "bitte die Rechnung INV-1043 freigeben, das muss heute passieren",
    "just approve the invoice that Priya has to approve",
])
def test_commands_beside_such_clauses_are_still_commands(question):
    assert planner.wants_action(question)


@pytest.mark.parametrize(("question", "tool"), [
    ("A regulator is visiting on Thursday and picks a few invoices at random — can you take me through the history "
     "of the invoice from Globex: who did each step, and when?", "audit_trail"),
    ("die Rechnung mit den 6 Tonerkartuschen: welche Position liegt über dem Bestellpreis, und um wie viel?",
     "explain_variance"),
])
def test_one_invoice_asked_about_is_no_list(question, tool):
    assert _list(question) is None
    assert planner.plan(question, None)[0][0] == tool


@pytest.mark.parametrize(("question", "args"), [
    ("on a quelles factures au-delà des 10 000 qu'un valideur AP peut signer ?",
     {"which": "waiting", "over": "10 000"}),
    ("welche Rechnungen haben wir, die mehr verlangen, als in der Bestellung steht?", {"which": "over_budget"}),
    ("kun je me de facturen sturen waar nog iemand zijn akkoord op moet geven?", {"which": "waiting"}),
    ("give me everything over 5k that's not approved yet", {"which": "waiting", "over": "5000"}),
    ("Zeig mir die offenen Posten von Acme.", {"vendor": "Acme"}),
])
def test_list_filters_in_plain_office_words(question, args):
    assert _list(question) == args


def test_a_function_word_names_no_goods_so_the_name_before_the_dash_stays():
    assert planner.plan("Globex called again — is the invoice paid?", None) == [("case_status", {"case": "globex"})]
    assert references("Looking for a free desk in the office — the invoice for the impact driver kits?").words == (
        "impact driver kits")  # goods after the dash: the aside's "office" names nothing


def test_a_departments_name_after_the_word_for_department_stays():
    assert "administratie" in references("welke inkooporder is van de afdeling administratie?").words
    assert references("staat het in de administratie?").words == ""  # "in the books", no department


def test_did_we_pay_asks_where_the_invoice_stands():
    assert planner.plan("hey, did we ever pay northwind for the toner?", None) == [
        ("case_status", {"case": "northwind toner"})]


@pytest.mark.parametrize(("question", "args"), [
    ("what's still unpaid and past its due date?", {"which": "overdue"}),
    ("anything blocked right now?", {"which": "blocked"}),
])
def test_a_state_asked_of_no_invoice_in_particular_lists_those_in_it(question, args):
    assert planner.plan(question, None) == [("list_invoices", args)]
    assert planner.plan("anything waiting right now?", None) == [("pending_approvals", {})]  # the asker's queue
