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
from countersign.app.chat import make_ask


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
def test_asides_around_a_reference_leave_the_invoice_found(processed, question, number):
    services = processed
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


def test_above_the_po_threshold_lists_by_the_policys_limit(processed):
    services = processed
    answer = make_ask(services)("which invoices are above the amount where a PO becomes mandatory?",
                                user_id="U0SALES001", conversation_id="po-threshold")
    limit = services.policy.checks.po_required_above
    big = {c.invoice_number for c in services.store.list_cases() if c.total is not None and c.total > limit}
    small = {c.invoice_number for c in services.store.list_cases() if c.total is not None and c.total <= limit}
    assert big and small
    assert all(n in answer for n in big) and not any(n in answer for n in small)


@pytest.mark.parametrize(("question", "number"), [
    ("why hasn't the invoice that's coded to COGS been paid yet?", "GX-2026-118"),
    ("warum ist die Rechnung auf dem Sachkonto Wareneinsatz noch nicht bezahlt?", "GX-2026-118"),
    ("pourquoi la facture imputée au compte coût des marchandises n'est pas payée ?", "GX-2026-118"),
    ("¿por qué la factura imputada a la cuenta de coste de mercancías sigue sin pagarse?", "GX-2026-118"),
    ("waarom is de factuur op de grootboekrekening kostprijs omzet nog niet betaald?", "GX-2026-118"),
    ("what's going on with the invoice that's coded to Meals & Entertainment?", "UC-77"),
    ("which invoice is coded to GL 6100?", "NW-5602"),
    ("what's going on with the invoice against the CFO's PO?", "INV-88120"),
    ("qu'est-ce qui se passe avec la facture rattachée au bon de commande du DAF ?", "INV-88120"),
    ("wie ist der Stand der Rechnung zur Bestellung des Finanzvorstands?", "INV-88120"),
    ("why does the invoice with the most sales tax on it come in above the PO?", "NW-5602"),
    ("where is the invoice from the supplier we're still onboarding? 200 unread messages here", "UC-77"),
])
def test_an_invoice_by_its_ledger_account_its_pos_requester_or_its_tax(processed, question, number):
    """The account by its kind in the asker's words, matched to the chart's name for it (COGS is "Cost of goods -
    materials"); the lines' accounts as the policy codes them (PO line, coding rule, vendor default)."""
    services = processed
    answer = make_ask(services)(question, user_id="U0SALES001", conversation_id="ledger")
    assert number in answer.split("\n")[0]


def test_an_account_kind_is_said_only_where_coding_is_said():
    from countersign.agent.chat.accounts import kind_said, kinds_of

    assert kinds_of("cost of goods materials") == {"cogs"} and kinds_of("office supplies") == {"office"}
    assert kind_said("the invoice coded to cogs") == "gl:cogs"
    assert kind_said("the invoice from northwind office supplies") is None  # a vendor's name, no coding said


@pytest.mark.parametrize(("question", "call"), [
    ("what's on the PO behind GX-2026-118, and has all of it arrived?", ("lookup_po", "GX-2026-118")),
    ("Was steht auf der Bestellung zu INV-1043?", ("lookup_po", "INV-1043")),
    ("what's on PO 2,001 (Excel's formatting, sorry)?", ("lookup_po", "PO-2001")),
    ("qu'est-ce qu'il y a sur le bon de commande 2 001 ?", ("lookup_po", "PO-2001")),
    ("is the invoice for PO-2001 paid?", ("case_status", "PO-2001")),  # the invoice on the PO, still
])
def test_a_po_by_its_invoice_or_as_a_spreadsheet_formats_its_number(question, call):
    [(tool, args)] = planner.plan(question, None)
    assert (tool, next(iter(args.values()))) == call


def test_the_po_behind_an_invoice_is_the_one_it_names(processed):
    services = processed
    answer = make_ask(services)("what's on the PO behind GX-2026-118?", user_id="U0SALES001", conversation_id="po")
    assert answer.startswith("PO-2004")


@pytest.mark.parametrize(("question", "deal"), [
    ("what's the billing status of the deal on account ACC-003?", "OPP-3003"),
    ("is Meridian's first deal with us invoiced?", "OPP-2991"),
    ("ist der erste Deal mit Meridian schon abgerechnet?", "OPP-2991"),
])
def test_a_deal_by_its_customers_account_id_or_as_their_first(processed, question, deal):
    services = processed
    answer = make_ask(services)(question, user_id="U0SALES001", conversation_id="deals")
    assert answer.split("\n")[0].split()[1 if answer.startswith("Deal") else 2] == deal


def test_a_verb_after_a_question_word_is_asked_about_not_ordered():
    assert not planner.wants_action("J'embarque dans 10 min — en une ligne stp : où est-ce que la facture bloque ?")
    assert planner.wants_action("bloque la facture INV-1043 stp")


@pytest.mark.parametrize("question", [
    "what's on the PO with the price dispute, and has all of it arrived?",
    "was umfasst die Bestellung mit dem Preisstreit, und ist alles angekommen?",
    "qu'est-ce qu'il y a sur le bon de commande qui fait l'objet d'un litige sur les prix ?",
    "¿qué incluye la orden de compra con la disputa de precios?",
])
def test_a_po_by_what_the_checks_found_on_its_invoice(processed, question):
    services = processed
    answer = make_ask(services)(question, user_id="U0SALES001", conversation_id="dispute")
    assert "PO-2002" in answer.split("\n")[0]


def test_the_po_behind_an_invoice_in_french_and_spanish():
    for question in ("qu'est-ce qu'il y a sur le bon de commande derrière GX-2026-118 ?",
                     "¿qué incluye la orden de compra detrás de GX-2026-118?"):
        assert planner.plan(question, None) == [("lookup_po", {"po_number": "GX-2026-118"})]
