"""What a question names around the words that ask: an amount said with a vendor picks among that vendor's invoices; a
legal form alone names the one vendor of that form; a supplier named by what we buy from it; a supplier cue said only
in an aside leaves the question about the invoice; list states said as punishments, expiry dates and prices above what
was negotiated; a mail's subject pasted under the question; and the indirect questions that are no commands."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner


@pytest.mark.parametrize(("question", "number"), [
    # an amount and a vendor: of Acme's two invoices the one nearest 1,700 (1,657.80), not Globex's 1,728.00
    ("the acme bill that's a touch under 1,700, has it cleared?", "INV-1043"),
    ("die Acme-Rechnung knapp unter 1.700 — ist die durch?", "INV-1043"),
    ("celle d'Acme autour de 1 700 euros, elle en est où ?", "INV-1043"),
    # the number after "invoice" is still its number, whatever words stand beside it
    ("Back from two weeks off, 300 mails later: where is invoice 88,120?", "INV-88120"),
    # a legal form alone: Globex is the one GmbH
    ("wo hängt eigentlich die GmbH-Rechnung?", "GX-2026-118"),
    ("Our auditors start Monday and want the open items — where does the GmbH one stand?", "GX-2026-118"),
    # an aside whose words name nothing, before a question that names the invoice
    ("El equipo de tesorería prepara el cierre trimestral — ¿cómo va la de la GmbH?", "GX-2026-118"),
])
def test_the_invoice_the_question_itself_names(demo_ask, question, number):
    assert number in demo_ask(question, user_id="U0SALES001", conversation_id="part").split("\n")[0]


@pytest.mark.parametrize(("question", "vendor"), [
    ("Legal is updating supplier contracts this quarter — what's on file for our toner supplier?", "V002"),
    ("what do we have in the vendor master on the company that sells us drill bits? bank details pls", "V001"),
    ("La compta met à jour ses fiches — qu'a-t-on sur notre fournisseur de cartouches de toner ?", "V002"),
])
def test_a_supplier_named_by_what_we_buy_from_it(demo_ask, question, vendor):
    answer = demo_ask(question, user_id="U0SALES001", conversation_id="goods")
    assert f"({vendor})" in answer.split("\n")[0]


@pytest.mark.parametrize(("question", "args"), [
    ("can you list the invoices sitting on the naughty step?", {"which": "blocked"}),
    ("welche Rechnungen stehen gerade in der Ecke?", {"which": "blocked"}),
    ("las facturas que están castigadas en el rincón, porfa", {"which": "blocked"}),
    ("which invoices are past their use-by date?", {"which": "overdue"}),
    ("factures périmées, tu peux me les lister ?", {"which": "overdue"}),
    ("facturen over hun houdbaarheidsdatum, graag", {"which": "overdue"}),
    ("which invoices charge more than we negotiated?", {"which": "over_budget"}),
    ("welche Rechnungen liegen über dem, was der Einkauf ausgehandelt hat?", {"which": "over_budget"}),
    ("list the invoices over 5 thou", {"over": "5000"}),
    ("invoices still missing a signature?", {"which": "waiting"}),
    ("can you list every invoice in Initech's name?", {"vendor": "Initech"}),
    ("zeig mir alle Rechnungen auf den Namen Globex", {"vendor": "Globex"}),
    ("les factures au nom d'Umbrella, stp", {"vendor": "Umbrella"}),
    ("facturen op naam van Northwind?", {"vendor": "Northwind"}),
    # "writing" is no typo of "waiting"
    ("I'm writing the month-end pack for management — which invoices are blocked?", {"which": "blocked"}),
])
def test_list_states_and_whose_said_around_the_question(question, args):
    assert planner.plan(question, None) == [("list_invoices", args)]


@pytest.mark.parametrize("question", [
    "just checking whether there's anything sitting with me to approve",
    "tu peux lister les factures qu'on paie plus cher que prévu ?",
    "kun je de facturen waarvoor we te veel betalen even opsommen?",
    "could u tell me who can approve the acme drill bill?",
])
def test_an_indirect_question_or_our_own_paying_is_no_command(question):
    assert not planner.wants_action(question)


@pytest.mark.parametrize("request_", [
    "just check UC-77 and approve it",
    "can you pay UC-77 today?",
    "kun je UC-77 vandaag betalen?",
    "when u get a sec could u approve the acme drill bill?",  # "could u", "will u": as "could you"
    "will u reject NW-5602 pls",
])
def test_a_command_is_still_refused(request_):
    assert planner.wants_action(request_)


def test_a_trail_asked_above_a_pasted_subject_line_is_the_trail():
    question = "could you pull the whole history of this one?\nSubject: Fwd: Umbrella Catering – UC-77"
    assert planner.plan(question, None) == [("audit_trail", {"case": "UC-77"})]


def test_an_amount_the_named_vendor_never_billed_names_no_other_vendors_invoice(demo_ask):
    """Umbrella billed 480.00, Globex did not: "the globex one for 480" is no invoice, not Umbrella's."""
    answer = demo_ask("is the globex one for 480 paid?", user_id="U0SALES001", conversation_id="480")
    assert "UC-77" not in answer and "480" in answer.split("\n")[0]


def test_an_amount_no_invoice_of_the_vendor_has_is_said_in_the_askers_words(demo_ask):
    """The planner's "total 9999 acme" stays inside: the answer quotes what was asked, not the planner's reference."""
    for question in ("why is the acme one for 9,999 over its PO?", "where is the 9,999 acme invoice?"):
        answer = demo_ask(question, user_id="U0SALES001", conversation_id="9999")
        assert "total 9999" not in answer and "acme 9999" in answer
