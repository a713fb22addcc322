"""Held-out 60's gaps, each general:
- German "lass ..." with an infinitive ("lass die Folie ploppen") lets something happen; an act's participle after a
  question's own verb ("ist die Rechnung bezahlt") is asked about, not a request to leave it paid;
- "off" and "from" apart in a message ("the bubble wrap off the monitors ... the bill from seattle") ask no variance;
- "should long have been settled" in German and Dutch lists the overdue invoices;
- "from our friends at acme", "from the folks over at northwind": the company they work at;
- "what's been done to X so far", "was wurde bisher mit X gemacht" ask for the trail;
- two situations before a PO question ("the hedge trimmer ... — and the electrician's here, so: what does robin's
  PO ... cover?") do not turn it into an invoice lookup: the part that asks is read on its own;
- a Spanish pronoun written onto the verb ("¿quién puede aprobarla?") is the invoice spoken of, whatever weekday an
  aside names ("el taller del viernes")."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.acts import is_action_request
from countersign.agent.chat.understand import read

SAM = "U0APMGR01"


@pytest.mark.parametrize(("message", "acts"), [
    ("lass grad die luftpolsterfolie von den neuen monitoren ploppen ist die Rechnung über Toner und Papier aus "
     "Seattle bezahlt oder nicht", False),
    ("lass die Rechnung INV-1043 bezahlt", True),
    ("leave INV-1043 approved", True),
    ("deja la factura INV-1043 aprobada y liberada", True),
])
def test_leave_it_done_is_a_request_only_before_a_question_begins(message, acts):
    assert is_action_request(read(message)) is acts


def test_off_and_from_apart_ask_no_variance():
    calls = planner.plan("popping the bubble wrap off the new monitors is the toner and paper bill from seattle "
                         "paid or not", None)
    assert [name for name, _ in calls] == ["case_status"]
    assert planner.plan("is the northwind invoice off from what we ordered?", None)[0][0] == "explain_variance"


@pytest.mark.parametrize("question", [
    "welche rechnungen gibt es, die längst beglichen sein müssten",
    "Am Nachbartisch faltet jemand Papierflieger — kannst du mir die Rechnungen auflisten, die längst überwiesen "
    "sein müssten?",
    "kun je de facturen opsommen die inmiddels vereffend hadden moeten zijn?",
    "welke facturen hadden al lang voldaan moeten zijn?",
])
def test_should_long_have_been_settled_is_overdue(question):
    assert planner.plan(question, None) == [("list_invoices", {"which": "overdue"})]


@pytest.mark.parametrize(("question", "vendor"), [
    ("which invoices do we have from our friends at acme?", "acme"),
    ("electrician's drilling into the kitchen wall which invoices are there from our friends at acme", "acme"),
    ("can you list the invoices from the folks over at northwind?", "northwind"),
])
def test_friends_at_a_company_name_it(question, vendor):
    assert planner.plan(question, None) == [("list_invoices", {"vendor": vendor})]


@pytest.mark.parametrize(("question", "case"), [
    ("The electrician's here rewiring the kitchen, so — what's been done to northwind's NW-5602 invoice for paper "
     "and toner so far, and by whom?", "NW-5602"),
    ("what's been done to INV-1043 so far?", "INV-1043"),
    ("was wurde bisher mit der Rechnung INV-1043 gemacht, und von wem?", "INV-1043"),
])
def test_whats_been_done_so_far_asks_for_the_trail(question, case):
    assert planner.plan(question, None) == [("audit_trail", {"case": case})]


@pytest.mark.parametrize("question", [
    "The neighbour's hedge trimmer has been going all morning — and the electrician's here rewiring the kitchen, so: "
    "what does robin's PO for mounting brackets at 3.20 cover, and who is the vendor?",
    "Someone's going up and down outside with a leaf blower, it's deafening — and the upholsterer is coming to "
    "collect the old armchair, so: what does the ops team's PO for mounting brackets at 3.20 cover, supplier and all?",
])
def test_a_po_question_behind_two_situations_is_the_po(demo_ask, question):
    assert planner.plan(question, None)[0][0] == "lookup_po"
    answer = demo_ask(question, user_id=SAM, conversation_id="brackets")
    assert "PO-2004" in answer and "Globex" in answer


@pytest.mark.parametrize("question", [
    "Alguien está plastificando gafetes para el taller del viernes — ¿quién puede aprobarla?",
    "¿y quién puede firmarla?",
])
def test_a_spanish_pronoun_on_the_verb_is_the_invoice_spoken_of(demo_ask, question):
    demo_ask("what's the status of INV-1043?", user_id=SAM, conversation_id="enclitic")
    answer = demo_ask(question, user_id=SAM, conversation_id="enclitic")
    assert "INV-1043" in answer  # not an invoice dated on a Friday: the workshop is, in the aside
