"""A vendor by its IBAN's country and check digits said bare ("the DE44 IBAN", "der NL91-IBAN", "l'IBAN en NL91",
"cuyo IBAN arranca por NL91"); a lower-case name that is also a word typed wrong ("acme" / "came") kept where only a
name can stand ("from acme?"); a variance asked as what costs more than the PO allows; a meeting room booked twice,
which is no duplicate invoice; a long message's name cut to fit by the words around its question first; a run-on
remark's "today" that is no span of the list asked after it; the question's own sender over a noun in the situation
before the dash; a day that is no goods; a deal by a compound of its goods and "deal"; and "already paid" that asks
whether a duty was done instead of requesting it."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.findings import finding_said
from countersign.agent.chat.understand import fold, leftover_words, references

SAM = "U0APMGR01"


@pytest.mark.parametrize("question", [
    "the NL91 IBAN vendor: which vendor number do we have for it?",
    "which supplier has the NL91 IBAN?",
    "Welcher Lieferant hat die NL91-IBAN?",
    "quel fournisseur a l'IBAN en NL91 ?",
    "¿qué proveedor tiene el IBAN que arranca por NL91?",
    "welke leverancier heeft de NL91 IBAN?",
])
def test_an_iban_named_by_its_country_and_check_digits_finds_the_vendor(question):
    assert references(question).iban == "NL91*"
    assert planner.plan(question, None) == [("match_vendor", {"iban": "NL91*"})]


@pytest.mark.parametrize(("question", "iban"), [
    ("which vendor has IBAN NL91 ABNA 0417 1643 00?", "NL91ABNA0417164300"),  # a whole IBAN stays whole
    ("which vendor has the IBAN ending in 4300?", "*4300"),
    ("what changed on the invoice with the new IBAN?", None),  # no code: a finding, no IBAN
])
def test_a_whole_iban_or_its_last_digits_are_not_taken_for_its_start(question, iban):
    assert references(question).iban == iban


def test_a_lower_case_name_that_is_a_word_typed_wrong_stays_a_name_where_only_a_name_can_stand():
    assert "acme" in leftover_words("which invoices do we have from acme?").split()
    assert "acme" in leftover_words("anything open from acme, the drill people?").split()
    assert planner.plan("list the invoices from acme", None) == [("list_invoices", {"vendor": "acme"})]
    # still a typo where a word is meant
    assert leftover_words("cna you check teh status") == ""


@pytest.mark.parametrize("question", [
    "Perdona la pregunta tonta — en la factura de Globex, ¿qué cuesta más de lo que permite la orden de compra?",
    "Silly question, sorry — on the Globex invoice, what costs more than the PO allows?",
    "Domme vraag misschien — op de factuur van Globex: wat kost meer dan de inkooporder toestaat?",
])
def test_what_costs_more_than_the_po_allows_is_a_variance_question(question):
    """Said by the rules, not left to the intent model, which an aside before the question can sway."""
    [(tool, args)] = planner.plan(question, None)
    assert tool == "explain_variance" and args["reference"].split()[0] == "Globex"


@pytest.mark.parametrize("said", [
    "our meeting room is double-booked again — is the Globex invoice paid?",
    "Unser Besprechungsraum ist doppelt gebucht — ist die Globex-Rechnung bezahlt?",
    "onze vergaderruimte is dubbel geboekt, dus ik zit in de kantine",
    "I ended up with a double-booked meeting room this morning",
])
def test_a_room_booked_twice_is_no_duplicate_invoice(said):
    assert finding_said(fold(said)) is None


@pytest.mark.parametrize("said", [
    "the invoice we booked twice",
    "die doppelt gebuchte Rechnung von Acme",
    "de dubbel geboekte factuur",
    "the double-booked acme bill",
])
def test_an_invoice_booked_twice_is_still_a_duplicate(said):
    assert finding_said(fold(said)) == "finding:duplicate"


def test_a_long_message_keeps_its_goods_words_over_filler_when_cut_to_fit():
    words = references("Sorry als dit al ergens beantwoord is — is de proefpartij boormachines die Meridian kocht al "
                       "gefactureerd? onder welk nummer? De klant vraagt ernaar.").words
    assert "boormachines" in words.split() and "Meridian" in words.split()


def test_a_long_message_drops_the_words_said_around_its_question_first():
    words = references("Ik heb beloofd het vandaag naar ze terug te koppelen, dus — is de winkelinrichtingsdeal die we "
                       "bij Blue Harbor binnenhaalden al gefactureerd? met welk factuurnummer? Hun inkoper heeft het "
                       "nodig voor de boekhouding.").words.split()
    assert "winkelinrichtingsdeal" in words and "inkoper" not in words and "beloofd" not in words
    # with nothing around the question, the earliest lower-case words go first, as before
    words = references("Le service comptable de mon client réclame la facture pour Blue Harbor - spare drills. Elle a "
                       "été émise ?").words.split()
    assert words[-4:] == ["spare", "drills", "été", "émise"] and "service" not in words


def test_a_deal_named_by_its_goods_in_a_long_dutch_message_is_found(demo_ask):
    answer = demo_ask("Sorry als dit al ergens beantwoord is — is de proefpartij boormachines die Meridian kocht al "
                      "gefactureerd? onder welk nummer? De klant vraagt ernaar.", user_id=SAM, conversation_id="deal")
    assert "OPP-2991" in answer and "OPP-3002" not in answer


def test_a_german_drill_bit_set_invoice_is_the_one_the_english_words_find(demo_ask):
    german = demo_ask("wer hat die Acme-Rechnung mit den Bohrersets wann bearbeitet?", user_id=SAM,
                      conversation_id="de")
    english = demo_ask("who touched the acme invoice with the drill bit sets, and when?", user_id=SAM,
                       conversation_id="en")
    case = english.split("C-", 1)[1][:8]
    assert f"C-{case}" in german and "INV-1043" in german


@pytest.mark.parametrize("question", [
    "told the supplier i'd look into it today which invoices do we have whose due date has been and gone",
    "j'ai dit que je regardais ça aujourd'hui quelles factures ont une échéance qui a sonné",
    "le prometí a mi jefa mirarlo hoy qué facturas tenemos cuyo día de pago ya pasó",
])
def test_a_run_on_remark_s_today_is_no_span_of_the_list_asked_after_it(question):
    assert planner.plan(question, None) == [("list_invoices", {"which": "overdue"})]


@pytest.mark.parametrize(("question", "args"), [
    ("which invoices are due today?", {"due_days": 0}),
    ("today, which invoices are due?", {"due_days": 0}),
    ("quelles factures arrivent à échéance aujourd'hui ?", {"due_days": 0}),  # coming due, not overdue
])
def test_a_today_of_the_list_question_itself_stays_a_span(question, args):
    assert planner.plan(question, None) == [("list_invoices", args)]


def test_the_question_s_own_sender_wins_over_a_noun_in_the_situation_before_the_dash():
    question = ("Ich sitze am Entwurf vom Quartalsbericht für den Vorstand 📝 — welche Rechnungen gibt es, die von "
                "Globex kommen?")
    assert planner.plan(question, None) == [("list_invoices", {"vendor": "Globex"})]


def test_a_day_is_no_goods_a_supplier_is_known_by():
    question = "Preparo la parte de AP del informe para la dirección 📝 — ¿qué facturas hay cuyo día de pago ya pasó?"
    assert planner.plan(question, None) == [("list_invoices", {"which": "overdue"})]


def test_a_deal_named_by_a_compound_of_its_goods_and_the_word_deal(demo_ask):
    answer = demo_ask("Ik zit tussen twee afspraken in — is de winkelinrichtingsdeal die we bij Blue Harbor "
                      "binnenhaalden al gefactureerd, en welk nummer heeft die gekregen?", user_id=SAM,
                      conversation_id="d")
    assert "OPP-3001" in answer and "OPP-2990" not in answer


@pytest.mark.parametrize("question", [
    "de printer op de gang is weer stuk is de factuur die we uiterlijk 28 november moeten voldoen al betaald",
    "der Drucker im Flur streikt schon wieder ist die Rechnung die wir bis zum 28. November zahlen müssen schon "
    "bezahlt",
])
def test_already_paid_asks_whether_a_duty_was_done_and_requests_nothing(question):
    assert not planner.wants_action(question)
    [(tool, _)] = planner.plan(question, None)
    assert tool == "case_status"


@pytest.mark.parametrize("request_", [
    "de factuur van Acme moet vandaag nog betaald worden",
    "INV-1043 muss heute bezahlt werden",
])
def test_a_duty_to_pay_is_still_a_request_to_act(request_):
    assert planner.wants_action(request_)


@pytest.mark.parametrize(("question", "vendor"), [
    ("which invoices do we have from our supplier in seattle?", "seattle"),
    ("welche Rechnungen haben wir vom Lieferanten in seattle?", "seattle"),
    ("¿me pasas las facturas de nuestro proveedor de material de oficina?", "material oficina"),  # goods, no town
])
def test_a_supplier_by_its_lower_case_town_and_not_by_its_goods(question, vendor):
    assert planner.plan(question, None) == [("list_invoices", {"vendor": vendor})]
