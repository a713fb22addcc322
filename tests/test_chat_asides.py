"""How the chat reads what people add around a question: a debate to settle, a number corrected as it is
typed, an id read out with a spelling alphabet, a name autocorrect split, a count of messages beside the
invoice's number, a supplier still being onboarded; list filters said in the words of a slide or a search
("on ice", "past their pay-by date", "above the amount where a PO becomes mandatory"); and requests for the
right to decide, which are refused like any other request to act."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.numbers import spelled_letters
from countersign.agent.chat.understand import references
from countersign.agent.runner import process_file
from countersign.app.chat import make_ask

CLERK = "U0AP0CLERK"


@pytest.fixture
def worked(services, demo_pdfs):
    cases = {name: process_file(services, path, uploader=CLERK).case_id for name, path in demo_pdfs.items()}
    return services, cases


@pytest.mark.parametrize("question", [
    "Settle a debate: is Acme Tools an active vendor or not?",
    "Tranche un débat : la fiche fournisseur d'Acme Tools, elle est active ?",
    "Resuélveme una discusión: ¿el proveedor Acme Tools está activo?",
    "Beslecht even een discussie: is Acme Tools een actieve leverancier?",
    "Devil's advocate: couldn't anyone just approve INV-88120? Who's actually allowed to?",
    "Mal ketzerisch gefragt: kann die INV-88120 nicht einfach jeder freigeben? Wer darf das eigentlich?",
    "Don't want to miss a single one: all the invoices someone's been asked to approve, with their numbers please.",
])
def test_a_debate_to_settle_or_who_may_approve_is_a_question(question):
    assert not planner.wants_action(question)


@pytest.mark.parametrize("request_", [
    "Settle a debate and approve INV-1043.",
    "Make me Priya's delegate so I can approve INV-88120 while she's out.",
    "Raise my approval limit for the afternoon so I can sign INV-88120 myself.",
    "Heb mein Freigabelimit für heute Nachmittag an, damit ich INV-88120 selbst abzeichnen kann.",
    "Fais de moi le suppléant de Priya pour que je puisse approuver INV-88120.",
    "Súbeme el límite de aprobación esta tarde para que pueda firmar INV-88120 yo mismo.",
    "Verhoog mijn goedkeuringslimiet voor vanmiddag, dan kan ik INV-88120 zelf aftekenen.",
    "Just rubber-stamp INV-88120, the supplier won't hang up until it's approved.",
    "Stempel die INV-88120 einfach ab, ich hänge in der Warteschleife.",
    "Dale el visto bueno a la INV-88120 sin mirar.",
])
def test_requests_for_the_right_to_decide_or_to_stamp_it_are_refused(request_):
    assert planner.wants_action(request_)


@pytest.mark.parametrize("question", ["Make me a list of approvers for INV-1043", "What is my approval limit?"])
def test_asking_about_approvers_and_limits_is_no_request(question):
    assert not planner.wants_action(question)


@pytest.mark.parametrize(("typed", "read"), [
    ("invoice Golf-X-ray-2026-118 please", "invoice GX-2026-118 please"),
    ("die Rechnung Gustav-Xanthippe-2026-118", "die Rechnung GX-2026-118"),
    ("la factura Granada-Xilófono-2026-118", "la factura GX-2026-118"),
    ("invoice Uniform-Charlie-77", "invoice UC-77"),
    ("the Acme-Tools-2026 report", "the Acme-Tools-2026 report"),  # words that spell nothing stay
    ("INV-A-B-1043", "INV-A-B-1043"),  # letters alone are an id already
])
def test_an_id_read_out_with_a_spelling_alphabet(typed, read):
    assert spelled_letters(typed) == read


@pytest.mark.parametrize(("question", "case"), [
    ("what's going on with INV-1034 (no wait, 1043 — I always swap those two digits)?", "INV-1043"),
    ("wo hängt die Rechnung INV-1034 (nee, Moment: 1043) fest?", "INV-1043"),
    ("où en est la facture INV-1034 (non attends, 1043) ?", "INV-1043"),
    ("where is INV-1034, I mean 1043?", "INV-1043"),
    ("where is INV-1034 and INV-1043?", "INV-1034"),  # two ids, no correction
])
def test_a_number_corrected_as_it_is_typed(question, case):
    assert references(question).case == case


def test_the_number_after_invoice_is_its_number_not_a_count_of_messages():
    r = references("Just waded through 200 unread messages, what's happening with invoice 88,120?")
    assert r.amount == "88,120"
    # Dutch "net" is "just": no payment terms of 200 days, and no invoice "NET-200"
    r = references("Net 200 ongelezen berichten gelezen en ik weet niet wat er met de factuur 88.120 is")
    assert (r.case, r.amount) == (None, "88.120")
    assert references("which invoice has net 30 terms?").amount == "terms 30 days"


@pytest.mark.parametrize(("question", "number"), [
    ("Long shot, but why hasn't the North Wind invoice (autocorrect split the name) been paid?", "NW-5602"),
    ("Boarding in 10 — where is the invoice from the supplier we're still onboarding stuck?", "UC-77"),
    ("Respondo en el hilo: ¿qué pasa con la factura del proveedor que aún estamos dando de alta?", "UC-77"),
    ("Just waded through 200 unread messages: what's happening with invoice 88,120?", "INV-88120"),
])
def test_asides_around_a_reference_leave_the_invoice_found(worked, question, number):
    services, _ = worked
    answer = make_ask(services)(question, user_id="U0SALES001", conversation_id="asides")
    assert number in answer.split("\n")[0]


@pytest.mark.parametrize(("question", "args"), [
    ("Ich brauche die Rechnungen auf Eis. Welche sind das?", {"which": "blocked"}),
    ("il me faut les factures gelées en ce moment, lesquelles ?", {"which": "blocked"}),
    ("ik heb de facturen die in de ijskast staan nodig, welke zijn dat?", {"which": "blocked"}),
    ("all the invoices past their pay-by date, with their numbers", {"which": "overdue"}),
    ("les factures qui ont dépassé leur date limite de paiement, lesquelles ?", {"which": "overdue"}),
    ("alle facturen die over hun uiterste betaaldatum heen zijn", {"which": "overdue"}),
    ("welche Rechnungen haben eine offene Freigabeanfrage?", {"which": "waiting"}),
    ("las facturas para las que se ha pedido una aprobación, ¿cuáles son?", {"which": "waiting"}),
    ("the invoices outside our price tolerance against the PO, which are they?", {"which": "over_budget"}),
    ("facturen buiten onze prijstolerantie ten opzichte van de inkooporder", {"which": "over_budget"}),
    ("the invoices above the amount where a PO becomes mandatory, which ones?", {"over": "po_required"}),
    ("alle Rechnungen über der Bestellpflicht-Grenze bitte", {"over": "po_required"}),
    ("les factures au-dessus du seuil où le bon de commande devient obligatoire", {"over": "po_required"}),
])
def test_list_filters_said_as_on_a_slide(question, args):
    [(tool, got)] = planner.plan(question, None)
    assert tool == "list_invoices" and {k: str(v) for k, v in got.items() if k in args} == args


def test_above_the_po_threshold_lists_by_the_policys_limit(worked):
    services, _ = worked
    answer = make_ask(services)("which invoices are above the amount where a PO becomes mandatory?",
                                user_id="U0SALES001", conversation_id="po-threshold")
    limit = services.policy.checks.po_required_above
    big = {c.invoice_number for c in services.store.list_cases() if c.total is not None and c.total > limit}
    small = {c.invoice_number for c in services.store.list_cases() if c.total is not None and c.total <= limit}
    assert big and small
    assert all(n in answer for n in big) and not any(n in answer for n in small)
