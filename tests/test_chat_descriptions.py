"""What people call an invoice, a deal, a PO or a vendor when they describe it instead of naming it:
by a superlative ("the biggest deal", "the invoice overdue the longest"), a weekday ("dated on a
Thursday"), what it lacks ("no PO and no tax"), the tail of its vendor's tax id, its bank's country,
its subtotal or a line's amount; a vendor by its number, status, legal form or default account. And
the words around a question that name nothing: preambles, a helpdesk ticket's number, a pasted log
line, letters swapped on a phone."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.descriptions import weekday_said
from countersign.agent.chat.known import untypo
from countersign.agent.chat.ranks import rank_said
from countersign.agent.chat.understand import fold, references
from countersign.agent.chat.vendors import described
from countersign.app.chat import make_ask
from countersign.domain import Vendor

CLERK, AP = "U0AP0CLERK", "U0APMGR01"


@pytest.fixture
def worked(processed):
    return processed


@pytest.mark.parametrize(("question", "expect", "other"), [
    # UC-77 is the only open invoice with no PO and no tax; INV-1001 has no PO but tax, INV-88120 no tax but a PO
    ("where is the supplier invoice with no PO and no tax?", "UC-77", "INV-1001"),
    ("wo steht die Rechnung ohne Bestellung und ohne Steuer?", "UC-77", "INV-1001"),
    # INV-1001 is due 2026-11-04, the earliest due date of the open invoices
    ("remind me — where did the invoice that's been overdue the longest end up?", "INV-1001", "UC-77"),
    ("what's the biggest invoice?", "INV-88120", "GX-2026-118"),
    ("¿cómo va la factura más grande?", "INV-88120", "GX-2026-118"),
    ("what's the smallest invoice from Acme?", "INV-1001", "INV-1043"),  # 1,296.00 against 1,657.80
    ("where does the invoice with the latest invoice date stand?", "UC-77", "INV-88120"),  # dated 11-14
    # NW-5602 is the only invoice dated on a Thursday (2026-11-12)
    ("Dumb question, but why is the invoice dated on a Thursday higher than the PO?", "Toner cartridge", "UC-77"),
    ("wo steht die Rechnung vom Donnerstag?", "NW-5602", "UC-77"),
    ("where did the invoice whose vendor tax ID ends in 4321 end up?", "NW-5602", "INV-1043"),
    ("sry on my phone — whats teh latest wiht the invoice with the Dutch IBAN?? cant open the app", "INV-88120",
     "NW-5602"),
    ("wo steht die Rechnung mit der niederländischen IBAN?", "INV-88120", "NW-5602"),
    # a line of 40 x 32.00 on NW-5602; INV-1001's total 1,296.00 is near 1,280 but is no line's amount
    ("where did the invoice with a line amount of 1,280.00 end up?", "NW-5602", "INV-1001"),
    ("wo steht die Rechnung mit einer Zwischensumme von 1.535,00?", "INV-1043", "INV-1001"),
    ("Dumb question, but why is the invoice from vendor number V002 higher than the PO?", "Toner cartridge", "UC-77"),
])
def test_an_invoice_described(worked, question, expect, other):
    answer = make_ask(worked)(question, user_id=AP, conversation_id="described")
    assert expect in answer and other not in answer


@pytest.mark.parametrize(("question", "expect", "other"), [
    ("quick sanity check on the vendor we've blocked: what's the vendor ID?", "Soylent Foods Corp", "Acme"),
    ("on my phone sry — cna you pull up the suplier record for the only GmbH among our vendors?", "V003", "V001"),
    ("What do we have in the vendor master for the vendor that defaults to GL 6100?", "V002", "V004"),
    ("which vendor has a tax ID ending in 4321?", "Northwind", "Acme"),
    ("Doing the aging report — which invoices do we have from vendor V001?", "INV-1001", "NW-5602"),
    ("Nobody has invoiced our biggest deal by value yet, have they?", "OPP-3001", "OPP-2990"),  # 5,988.75
    ("CRM sync note on the 4,800-dollar deal: has it been invoiced, and is it paid?", "OPP-2990", "OPP-3001"),
    ("Nobody has invoiced the deal that closed on a Saturday yet, have they?", "OPP-2991", "OPP-3001"),
    ("remind me what was ordered on the PO whose goods arrived most recently?", "PO-2003", "PO-2004"),
    ("has everything on the PO raised by requester U0OFFICE01 been received yet?", "PO-2002", "PO-2003"),
    ("Ticket AP-4489: the PO worth 1,600 dollars in total — which lines, and who's the supplier?", "PO-2004",
     "PO-2002"),
])
def test_a_vendor_a_deal_or_a_po_described(worked, question, expect, other):
    answer = make_ask(worked)(question, user_id=AP, conversation_id="described")
    assert expect in answer and other not in answer


def test_a_description_of_a_vendor_never_overrides_a_name_said():
    vendors = [Vendor(id="V005", name="Soylent Foods Corp", status="blocked"),
               Vendor(id="V003", name="Globex Industrial GmbH", default_account="5000")]
    assert [v.id for v in described("only GmbH among", vendors)] == ["V003"]
    assert [v.id for v in described("blocked", vendors)] == ["V005"]
    assert described("Foo Corp blocked", vendors) == []  # "is Foo Corp blocked?" asks of another vendor
    assert described("Foo Industries blocked", vendors) == []
    assert [v.id for v in described("Zahldatei kam zurück blocked", vendors)] == ["V005"]  # German nouns
    assert described("check invoices", vendors) == []


@pytest.mark.parametrize(("text", "token"), [
    ("our biggest deal by value", "rank:max:total"),
    ("la facture la plus chère", "rank:max:total"),
    ("el pedido más reciente", "rank:max:date"),
    ("the invoice due soonest, I mean the oldest due date", "rank:min:due"),
    ("coûte plus cher que ce qu'on a commandé", None),  # a comparative compares
    ("es más cara que lo que pedimos", None),
    ("what's the latest on INV-1043?", None),  # news, no superlative
    ("what's the latest?", None),
])
def test_superlatives_and_not_comparatives(text, token):
    assert rank_said(fold(text)) == token


@pytest.mark.parametrize(("text", "token"), [
    ("the invoice dated on a Thursday", "weekday:date:3"),
    ("the deal that closed on a Saturday", "weekday:date:5"),
    ("la facture datée d'un jeudi", "weekday:date:3"),
    ("the invoice due on a Saturday", "weekday:due:5"),
    ("hasn't it been invoiced? the commission cut-off is friday", None),  # a deadline, not the deal's day
    ("uc_77 — auditors leave thursday, every step please", None),
])
def test_a_weekday_names_the_things_date_not_a_deadline(text, token):
    assert weekday_said(fold(text)) == token


def test_chatter_a_ticket_and_a_pasted_line_name_nothing():
    assert references("quick sanity check: by whom can that one actually be signed off?").words == ""
    assert references("Dumb question, but whose approval does it need?").words == ""
    r = references("Ticket AUD-0456 (internal controls): every recorded step on \"INV-1043\", please.")
    assert r.case == "INV-1043"
    r = references('Payment file bounced with "beneficiary details mismatch". Who is the vendor?')
    assert "beneficiary" not in r.words
    assert references('the invoice from "Acme Tools"').words == "Acme Tools"  # a quoted name stays


def test_letters_swapped_on_a_phone():
    assert untypo("cna you aprove teh invoice") == "can you aprove the invoice"
    assert untypo("Acme") == "Acme"  # a capitalized word is a name, never a typo
    assert planner.wants_action("on my phone sry — cna you aprove the invoice from the LLC for me? looks fine")
    assert planner.wants_action("dsl sur mon tel — tu peux aprouver la facture de la LLC pour moi ?")
    assert not planner.wants_action("Approver here - NW-5602 is showing a variance against the PO. which item?")
    assert not planner.wants_action("¿le hemos mandado ya la factura al cliente por la prueba piloto de Meridian?")
    assert not planner.wants_action("can you tell me what was approved yesterday?")  # "approved" is no typo
    assert not planner.wants_action("could you check who can aprove INV-1043?")


@pytest.mark.parametrize(("question", "which"), [
    ("quick sanity check: what are the invoices that failed validation? numbers are enough", "blocked"),
    ("Il me faut la liste des factures qui n'ont pas passé la validation.", "blocked"),
    ("Doing the aging report — which invoices do we have past their payment terms?", "overdue"),
    ("ik heb een lijst nodig van facturen die over hun betaaltermijn heen zijn", "overdue"),
    ("which invoices do we have priced above their purchase order?", "over_budget"),
    ("necesito un listado de facturas con un precio por encima de su orden de compra", "over_budget"),
    ("Ticket AP-4471 (month-end close): need a list of invoices that failed validation.", "blocked"),
    ("Bullet points only, no commentary: every invoice that is dead in the water.", "blocked"),
    ("welche Rechnungen sind festgefahren?", "blocked"),
    ("facturen die muurvast zitten", "blocked"),
])
def test_list_filters_in_more_words(question, which):
    [(tool, args)] = planner.plan(question, None)
    assert (tool, args.get("which")) == ("list_invoices", which)


@pytest.mark.parametrize(("question", "expect", "other"), [
    ("erinner mich mal — wo ist die Rechnung mit der auf 4321 endenden Lieferanten-Steuernummer gelandet?",
     "NW-5602", "INV-1043"),
    ("¿dónde acabó la factura cuyo proveedor tiene un número fiscal acabado en 4321?", "NW-5602", "INV-1043"),
    ("waar is de factuur van de leverancier met een fiscaal nummer eindigend op 4321 gebleven?", "NW-5602", "INV-1043"),
    ("c'est quoi le statu de la facture dont le numéro fiscal du fournisseur se termine par 4321 ?", "NW-5602",
     "INV-1043"),
    ("erinner mich mal — wo ist die am längsten überfällige Rechnung eigentlich gelandet?", "INV-1001", "UC-77"),
    ("rappelle-moi — elle en est où, la facture avec une ligne à 1 280,00 ?", "NW-5602", "INV-1001"),
    ("sry bin am handy — wo stekct die Rechnung mit einem Positionsbetrag von 1.280,00 grad?? komm nich in die "
     "app rein", "NW-5602", "INV-1001"),  # a phone's excuse asks nothing to be done
    ("erinner mich mal: wurde der 4.800-Dollar-Deal dem Kunden schon in Rechnung gestellt?", "OPP-2990", "OPP-3001"),
    ("Personne n'a encore facturé l'affaire à 4 800 dollars, si ?", "OPP-2990", "OPP-3001"),
    ("Also unser wertmäßig größter Deal wurde noch von niemandem fakturiert, oder?", "OPP-3001", "OPP-2990"),
    ("rappelle-moi ce qu'on a commandé sur le bon de commande de 1 600 dollars au total ?", "PO-2004", "PO-2002"),
    ("rappelle-moi ce qu'on a commandé exactement sur le bon de commande livré en dernier ?", "PO-2003", "PO-2004"),
    ("Ticket AP-4489 (consulta de recepción): la orden de compra del solicitante U0OFFICE01 — ¿qué líneas?",
     "PO-2002", "PO-2003"),  # "consulta" is a query, not Initech Consulting
])
def test_descriptions_in_other_languages(worked, question, expect, other):
    answer = make_ask(worked)(question, user_id=AP, conversation_id="described-langs")
    assert expect in answer and other not in answer


@pytest.mark.parametrize("question", [
    "Wie in meiner letzten Nachricht geschrieben: die Rechnung von der LLC muss heute genehmigt werden. Bitte "
    "genehmige sie.",
    "Le bot m'a pingé : « Approval requested ». Approuve la facture de la LLC toi-même, c'est bon.",
    "perdon desde el movil — me aprubeas la factura de la LLC? se ve bien",
    "Pendientes: 1) aprobar la factura de la LLC 2) comer. ¿Te encargas tú del 1?",
    "To-do: 1) de factuur van de LLC goedkeuren 2) lunch. Kun jij nummer 1 voor me doen?",
    "schieb das nochmal hoch — die Rechnung von der LLC muss zur Zahlung freigegeben werden, kannst du das jetzt "
    "machen?",
])
def test_a_request_to_act_after_what_the_asker_saw_or_listed(question):
    assert planner.wants_action(question)


@pytest.mark.parametrize("question", [
    'The ERP sync log just showed "WARN: bill not created, case still open". Where does INV-1043 stand?',
    "Quick one: who can approve INV-1043? Thanks.",
    "To-do for today: 1) bank rec 2) chase INV-1043 3) expense claims. Can you help with no. 2 — what is its status?",
    "dsl sur mon tel — tu peux me sortire la fiche tiers pr le fournisseur imputé par défaut au compte 6100 ?",
])
def test_questions_that_only_mention_acts_are_not_refused(question):
    assert not planner.wants_action(question) and not planner.model_refuses(question)


def test_a_pasted_log_line_does_not_pick_the_tool():
    # "mismatch" in the bank's message is no price variance; "log" before the question is not the audit log
    [(tool, _)] = planner.plan("El fichero de pagos volvió con «beneficiary details mismatch». ¿Qué tenemos en el "
                               "maestro para el proveedor con la cuenta contable 6100 por defecto?", None)
    assert tool == "match_vendor"
    [(tool, _)] = planner.plan('The ERP sync log just showed "WARN: bill not created". Where does INV-1043 stand?',
                               None)
    assert tool == "case_status"
