"""What people name an invoice, a PO or a vendor by besides its number, vendor or total: a figure it
prints (a line's quantity or unit price, its tax), a number or a day written in words, the vendor's
street or postal code, a PO line's ledger account, the case's status."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.numbers import spelled_out
from countersign.agent.chat.places import located
from countersign.agent.chat.resolve import resolve_case
from countersign.agent.chat.understand import references
from countersign.agent.runner import process_file
from countersign.app.chat import make_ask

CLERK, AP = "U0AP0CLERK", "U0APMGR01"


@pytest.fixture
def worked(services, demo_pdfs):
    cases = {name: process_file(services, path, uploader=CLERK).case_id for name, path in demo_pdfs.items()}
    return services, cases


@pytest.mark.parametrize(("question", "over"), [
    ("Pull up all the invoices bigger than twenty thousand dollars.", "20000"),
    ("Zeig mir alle Rechnungen über zwanzigtausend Dollar.", "20000"),
    ("Sors-moi toutes les factures de plus de vingt mille dollars.", "20000"),
    ("Sácame las facturas de más de veinte mil dólares.", "20000"),
    ("Geef me alle facturen van meer dan twintigduizend dollar.", "20000"),
    ("facturas por arriba de 5 mil", "5000"),  # a digit and a scale word stay as typed
])
def test_an_amount_in_words_filters_a_list(question, over):
    [(tool, args)] = planner.plan(question, None)
    assert (tool, args.get("over")) == ("list_invoices", over)


def test_numbers_in_words_become_digits_but_names_keep_theirs():
    assert references("the invoice due on the thirteenth of December").date == "--12-13"
    assert references("die am dreizehnten Dezember fällige Rechnung").date == "--12-13"
    assert references("la facture due le vingt-huit novembre").date == "--11-28"
    # a capitalized name keeps its number words; small isolated numbers stay words
    assert spelled_out("the Seven Seas Ltd invoice, the one due", "en") == "the Seven Seas Ltd invoice, the one due"
    assert "two-line" in spelled_out("Acme's two-line invoice", "en")
    # read out as on the phone: in pairs with a zero, or digit by digit; a compound is a number, not a chain
    assert spelled_out("PO twenty-oh-two", "en") == "PO 2002"
    assert spelled_out("de inkooporder twintig-nul-twee", "nl") == "de inkooporder 2002"
    assert spelled_out("invoice eight-eight-one-two-zero", "en") == "invoice 88120"
    assert spelled_out("la facture UC soixante-dix-sept", "fr") == "la facture UC 77"
    assert spelled_out("the follow-up-to-do list", "en") == "the follow-up-to-do list"
    # a month's abbreviation in some language that is a word here names no month ("des" in French)
    assert references("la facture des 8 kits de visseuse").date is None


@pytest.mark.parametrize(("text", "amount"), [
    ("the invoice with a quantity of 500", "qty 500"),
    ("die Rechnung mit der Menge 500", "qty 500"),
    ("the invoice at 150 dollars a unit", "unit 150"),
    ("die Rechnung mit 99,00 pro Stück", "unit 99,00"),
    ("la factura a 150 dólares la unidad", "unit 150"),
    ("the invoice with $128 of tax on it", "tax $128"),
    ("la facture avec 128 dollars de TVA", "tax 128"),
    ("de factuur met 128 dollar btw", "tax 128"),
    ("the 1.6k Acme bill", "1600"),  # a figure with no role is an amount as such: a total
    ("why is invoice 24000 stuck?", "24000"),  # "stuck" is no "Stück"
])
def test_the_words_around_a_figure_say_what_it_is(text, amount):
    assert references(text).amount == amount


def test_an_invoice_by_a_figure_it_prints(worked):
    services, cases = worked
    all_cases = services.store.list_cases()
    assert resolve_case("unit 150", all_cases).id == cases["duplicate"]  # INV-1001's impact driver kits
    assert resolve_case("tax 128", all_cases).id == cases["bank"]  # 8% of GX-2026-118's 1,600.00
    assert resolve_case("qty 500", all_cases).id == cases["bank"]
    assert resolve_case("3.20", all_cases).id == cases["bank"]  # no total near 3.20, but one line's price
    # said without its role, a figure near a total is that total (UC-77's 480.00), whatever a line prints
    assert resolve_case("500", all_cases).id == cases["unknown"]
    # a quantity that two invoices print names neither (UC-77 and INV-88120 each bill one of something)
    assert resolve_case("qty 1", all_cases) is None
    # its role is checked: 150 is no invoice's quantity, 500 no invoice's unit price
    assert resolve_case("qty 150", all_cases) is None
    assert resolve_case("unit 500", all_cases) is None


def test_a_street_and_a_postal_code_are_where_a_vendor_is():
    assert {"harbor street", "98101", "seattle"} <= located("42 Harbor Street, Seattle, WA 98101")
    assert {"industriestrasse", "80331"} <= located("Industriestrasse 7, 80331 Muenchen, Germany")
    assert "4120" not in located("4120 Freidrich Lane, Austin, TX 78744")  # the house number is no postal code
    assert located("x, Germany") == {"germany"}  # a street's name only with its kind of street said


@pytest.mark.parametrize(("question", "expect"), [
    ("Give me the status of the invoice from the Harbor Street vendor.", "NW-5602"),
    ("Show me the vendor record for the vendor in ZIP code 78744.", "V004"),
    ("Zeig mir den Stammsatz zu dem Lieferanten mit der Postleitzahl 78744.", "V004"),
    ("the invoice with a quantity of 500 still stuck somewhere?", "GX-2026-118"),
    ("Muéstrame el estado de la factura con 128 dólares de impuestos.", "GX-2026-118"),
    ("Pull up the PO for 500 units at 3.20 and tell me what's on it.", "PO-2004"),
    ("die Bestellung über 500 Stück à 3,20 komplett geliefert?", "PO-2004"),
    ("Pull up the PO coded to GL account 6400 and tell me what's on it.", "PO-2003"),
    ("+1 — was umfasst die Bestellung auf Sachkonto 6400 eigentlich?", "PO-2003"),
    ("hey what's going on with the invoice due on the thirteenth of December", "INV-88120"),
])
def test_references_by_figures_streets_and_accounts(worked, question, expect):
    services, _ = worked
    assert expect in make_ask(services)(question, user_id=AP, conversation_id="fig")


@pytest.mark.parametrize("question", ["Pull up all the invoices from our Springfield supplier.",
                                      "Zeig mir sämtliche Rechnungen von unserem Lieferanten in Springfield."])
def test_a_list_by_the_vendors_town(worked, question):
    services, _ = worked
    answer = make_ask(services)(question, user_id=AP, conversation_id="town-list")
    # Acme Tools Ltd is the only vendor in Springfield
    assert "INV-1043" in answer and "INV-1001" in answer and "NW-5602" not in answer


def test_the_one_rejected_invoice_by_its_status(worked):
    from countersign.agent.approvals import decide
    from countersign.domain import Verdict

    services, cases = worked
    ask = make_ask(services)
    question = "Break down the price difference on the invoice whose status is rejected, line by line."
    assert "Toner cartridge" not in ask(question, user_id=CLERK, conversation_id="r0")  # none rejected yet
    [proposal] = services.store.proposals_for_case(cases["variance"])
    decide(services, proposal.id, approver_id=AP, verdict=Verdict.REJECT, reason="wrong price")
    assert "Toner cartridge" in ask(question, user_id=CLERK, conversation_id="r1")


@pytest.mark.parametrize(("question", "which"), [
    ("Pull up all the invoices held back by a failed check.", "blocked"),
    ("Sors-moi toutes les factures retenues par un contrôle en échec.", "blocked"),
    ("all invoices that are with an approver right now", "waiting"),
    ("Zeig mir bitte sämtliche Rechnungen die gerade bei einem Genehmiger liegen.", "waiting"),
    ("Pull up all the invoices whose payment deadline has come and gone.", "overdue"),
    ("Laat me alle facturen zien waarvan de betaaltermijn verstreken is.", "overdue"),
    ("Pull up all the invoices where the supplier charged more than we agreed.", "over_budget"),
    ("Sácame todas las facturas en las que el proveedor cobró más de lo acordado.", "over_budget"),
])
def test_list_filters_said_in_other_words(question, which):
    [(tool, args)] = planner.plan(question, None)
    assert (tool, args.get("which")) == ("list_invoices", which)


@pytest.mark.parametrize("question", ["what's the status of the invoice in the 10k-to-50k band?",
                                      "wie steht es um die Rechnung im Band von 10.000 bis 50.000?",
                                      "où en est la facture dans la tranche de 10 000 à 50 000 ?",
                                      "de factuur in de schijf van 10.000 tot 50.000, hoe staat die?"])
def test_an_invoice_by_a_range_from_one_end_to_the_other(question):
    r = references(question)
    assert (r.amount, r.case) == ("between 10000 and 50000", None)  # no invoice number "TO-50K"
    assert references("from 1 to 5 days").amount is None  # small counts are no range of amounts


@pytest.mark.parametrize(("question", "deal"), [
    ("Give me the billing status of the deal on customer PO BH-PO-7781.", "OPP-2990"),
    ("has the deal for 25 cordless drills gone out as an invoice yet?", "OPP-3001"),
    ("Ist der Deal über 25 Akkubohrer schon gebillt?", "OPP-3001"),
    ("Give me the billing status of the meridian.example customer's October deal.", "OPP-2991"),
])
def test_a_deal_by_its_customers_po_a_quantity_or_the_customers_domain(worked, question, deal):
    services, _ = worked
    answer = make_ask(services)(question, user_id=AP, conversation_id="deal")
    assert deal in answer, answer
    assert references("the deal on customer PO BH-PO-7781").po is None  # the customer's reference, not our PO


def test_which_people_may_approve_is_a_question_not_a_request():
    assert not planner.model_refuses("For the audit file: which people are permitted to approve it under our policy?")


def test_goods_named_by_a_short_word_of_the_glossary(worked):
    services, cases = worked
    # INV-1043's "Drill bit set": "forets" is a bit and "coffrets" a set, though "bit" and "set" are short
    assert resolve_case("coffrets forets", services.store.list_cases()).id == cases["clean"]


def test_a_po_by_its_department_though_a_year_is_said_too(worked):
    from countersign.agent.chat.lookups import po_named
    from countersign.app.chat import tool_deps

    services, _ = worked
    deps = tool_deps(services, AP)
    assert po_named(deps, "qty 500 unit 3.20").number == "PO-2004"
    # a figure no PO line has leaves the words to name it: "2026" is a year, Finance the department
    assert po_named(deps, "Finance raised 2026").number == "PO-2003"


def test_no_deal_by_those_words_in_a_message_about_an_invoice_asks_for_the_invoice(worked):
    services, _ = worked
    # "affaire" is a deal, but also a matter: the invoice is still found
    answer = make_ask(services)("la facture Acme pour les perceuses, c'est une affaire urgente : elle en est où ?",
                                user_id=AP, conversation_id="affaire")
    assert "INV-1043" in answer
