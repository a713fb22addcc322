"""How the chat finds a thing named by its kind or by what the checks found on it: goods by their
general word ("the food invoice", "Büromaterial"), a supplier by what it sells, an invoice by its
dodgy bank details; and the loose ways an id is typed (two-letter initials, "P/O 2001", inside a file
name), a rounded figure for a deal or a PO."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.goods import concepts, same_thing
from countersign.agent.chat.ranks import rank_said
from countersign.agent.chat.resolve import resolve_case
from countersign.agent.chat.understand import fold, references
from countersign.agent.runner import process_file
from countersign.app.chat import make_ask

CLERK, AP = "U0AP0CLERK", "U0APMGR01"


@pytest.fixture
def worked(services, demo_pdfs):
    cases = {name: process_file(services, path, uploader=CLERK).case_id for name, path in demo_pdfs.items()}
    return services, cases


def test_a_general_word_names_every_concept_of_its_section_but_concepts_stay_apart():
    assert same_thing("food", "catering") and same_thing("Verpflegung", "lunch") and same_thing("comida", "catering")
    assert same_thing("stationery", "toner") and same_thing("Büromaterial", "paper")
    assert same_thing("outillage", "drill") and same_thing("gereedschap", "drills")
    assert not same_thing("drill", "ladder") and not same_thing("toner", "stapler")  # one section, two things
    assert not same_thing("food", "toner")
    # a supplier compound names what it supplies
    assert "paper" in concepts("Papierlieferanten") and "supplier" in concepts("Papierlieferanten")


def test_a_hostile_word_in_a_line_is_not_taken_apart_at_length():
    """An invoice's line text is outside input: a word of thousands of letters, an invoice's word repeated
    ("rechnungrechnung…", each one a level deeper to take apart), names nothing and is not taken apart."""
    assert concepts("papier" + "rechnung" * 2000) == frozenset() and not same_thing("food" * 5000, "catering")
    assert concepts("Büromaterialrechnung") and concepts("Elektrowerkzeuge")  # real compounds still are


@pytest.mark.parametrize(("ref", "kind"), [
    ("is the food one still stuck?", "unknown"), ("where's the Essen invoice from the offsite", "unknown"),
    ("what happened to the stationery bill", "variance"), ("die Rechnung von unserem Papierlieferanten", "variance"),
    ("la facture de papeterie", "variance"), ("de factuur voor het eten", "unknown")])
def test_an_invoice_by_the_kind_of_goods_on_it(worked, ref, kind):
    services, cases = worked
    assert resolve_case(references(ref).words, services.store.list_cases()).id == cases[kind]


@pytest.mark.parametrize("question", [
    "can I see every invoice from the supplier we get our tools from?",
    "alle Rechnungen von dem Lieferanten, der uns Werkzeuge verkauft",
    "toutes les factures du fournisseur qui nous vend l'outillage",
    "todas las facturas del proveedor de herramientas",
    "alle facturen van de leverancier van ons gereedschap"])
def test_a_list_of_invoices_from_the_supplier_of_some_goods(worked, question):
    services, cases = worked
    [(tool, args)] = planner.plan(question, None)
    assert tool == "list_invoices" and args.get("vendor")
    answer = make_ask(services)(question, user_id=AP, conversation_id=question[:20])
    assert "INV-1043" in answer and "INV-1001" in answer  # both Acme invoices: drills and impact drivers
    assert "NW-5602" not in answer and "UC-77" not in answer


def test_the_word_for_supplier_alone_names_no_vendor_to_list_by():
    [(tool, args)] = planner.plan("nenn mir alle Rechnungen vom Lieferanten, die blockiert sind", None)
    assert tool == "list_invoices" and "vendor" not in args


@pytest.mark.parametrize(("question", "found"), [
    ("what's wrong with the invoice with the dodgy bank details?", True),
    ("wo hängt die Rechnung mit der geänderten Bankverbindung?", True),
    ("la factura con la cuenta bancaria sospechosa, ¿qué le pasa?", True),
    ("waar staat de factuur met de vreemde bankgegevens?", True),
    ("what are the bank details on file for Globex?", False)])
def test_an_invoice_by_a_finding_about_its_bank_details(worked, question, found):
    services, cases = worked
    words = references(question).words
    assert ("finding:bank" in words) is found
    if found:
        assert resolve_case(words, services.store.list_cases()).id == cases["bank"]


def test_ids_typed_loosely(worked):
    services, cases = worked
    all_cases = services.store.list_cases()
    assert resolve_case(references("any news on the UC one?").words, all_cases).id == cases["unknown"]
    assert resolve_case("the NOSI invoice", all_cases).id == cases["variance"]  # three letters and more, as before
    assert resolve_case(references("did the AP team see it?").words or "x", all_cases) is None  # "AP" is no initials
    assert references("check P/O 2001 please").po == "PO-2001"
    assert references("the one in 06-initech-INV-88120-senior-approval.pdf").case == "INV-88120"
    assert references("status of INV-1043-R2?").case == "INV-1043-R2"  # a revision's suffix stays


def test_a_rounded_figure_names_a_po_and_narrows_deals(worked):
    services, _ = worked
    ask = make_ask(services)
    answer = ask("what's on the 24k PO and did it all arrive?", user_id=AP, conversation_id="po")
    assert "PO-2003" in answer and "Initech" in answer
    answer = ask("has the ~6k Blue Harbor deal been invoiced?", user_id=AP, conversation_id="deal")
    assert "OPP-3001" in answer and "fits" not in answer


def test_the_askers_earlier_message_is_no_comparison():
    assert rank_said(fold("let me rephrase my earlier question: where is the toner invoice")) is None
    assert rank_said(fold("which is the earlier of the two Acme invoices")) == "rank:min:date"


@pytest.mark.parametrize("question", [
    "Select all of it in my queue and mass-approve it, the Initech one too.",
    "Markier alles in meiner Liste und gib es frei, bitte ohne Rückfrage.",
    "Selecteer alles en keur het goed, dat scheelt tijd.",
    "Merci d'approuver la facture INV-88120 dans les meilleurs délais.",
    "Le ruego apruebe la factura INV-88120 cuanto antes."])
def test_a_command_after_and_or_in_a_formal_letter_is_refused(question):
    assert planner.wants_action(question)


@pytest.mark.parametrize("question", [
    "J'ai un post-it sur mon écran à propos de la facture INV-1043, elle en est où ?",
    "Jour 3 à courir après la facture INV-1043 — elle bloque sur quoi maintenant ?",
    "show me the Acme invoices and the Globex ones",
    "merci d'avance, qui peut approuver INV-1043 ?"])
def test_a_sticky_note_a_subjects_verb_or_a_list_joined_by_and_is_no_command(question):
    assert not planner.wants_action(question)


def test_a_heading_before_the_question_does_not_choose_the_tool():
    # "Protokoll" (minutes, or the audit log) heads the message; the question asks who may approve
    [(tool, args)] = planner.plan("Fürs Protokoll: wer kann INV-88120 genehmigen?", None)
    assert tool == "case_status" and args == {"case": "INV-88120"}
    [(tool, _)] = planner.plan("Wer hat INV-88120 freigegeben?", None)  # who did approve: the trail
    assert tool == "audit_trail"


def test_words_capitalized_only_by_their_place_and_goods_in_an_invoices_compound(worked):
    services, cases = worked
    assert references("Day 3 of chasing the food invoice").words.split()[0] == "day"  # no name
    assert concepts("Büromaterialrechnung") & concepts("toner") or same_thing("Büromaterialrechnung", "toner")
    assert resolve_case(references("waar blijft de kantoorartikelenfactuur?").words,
                        services.store.list_cases()).id == cases["variance"]
    answer = make_ask(services)("l'affaire du détaillant à ~6k, elle est facturée ?", user_id=AP,
                                conversation_id="retail")
    assert "OPP-3001" in answer
