"""Held-out 61's gaps, each general:
- a remark run into the question without a stop ("got glitter all over me from the office decorations has globex's
  invoice been paid or not") is an aside: its words name no vendor or goods, and a remark that asks or binds what
  follows ("on what date was ...", "anything from globex that is ...") is left as it is;
- "las facturas que llevan la firma de Northwind" are Northwind's, not waiting for an approver's signature;
- an account named as a compound with its number ("rekeningnummer", "Kontonummer") starting with a country's
  letters names the IBAN's start;
- "ponme X como aprobada y ya" asks to put it down as approved: a request the chat refuses, not a lookup;
- "a unit price the PO never agreed to" is over budget, and "unit" names no vendor's goods."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.acts import is_action_request
from countersign.agent.chat.run_on import dash_run_on
from countersign.agent.chat.understand import read

SAM = "U0APMGR01"


@pytest.mark.parametrize(("message", "asked"), [
    ("got glitter all over me from the office decorations has globex's invoice from 9 november been paid or not",
     "has globex's invoice"),
    ("hab überall glitzer von der deko im büro wurde die Stahlwinkel-Rechnung aus Deutschland bezahlt oder nicht",
     "wurde die Stahlwinkel-Rechnung"),
    ("estoy lleno de purpurina de los adornos de la oficina se ha pagado la factura alemana de soportes de acero o no",
     "se ha pagado"),
    ("el yesero está mezclando yeso en un cubo en el pasillo pásame las facturas que suben de los 20.000",
     "pásame las facturas"),
    ("stukadoor roert in de gang een kuip stuc aan welke facturen staan er in het systeem die Acme heeft opgestuurd",
     "welke facturen"),
])
def test_a_remark_run_into_the_question_is_set_aside(message, asked):
    assert dash_run_on(message).split(" — ")[1].startswith(asked)


@pytest.mark.parametrize("message", [
    "what is the status of the invoice from globex",
    "anything from globex that is still an open invoice",
    "on what date was the acme invoice paid",
    "why is the acme invoice stuck",
    "the acme invoice from october has it been paid",
    "for INV-1043 is the bill paid",
    "I'm done. Has the acme invoice been paid",
])
def test_a_question_of_its_own_is_left_as_it_is(message):
    assert dash_run_on(message) == message


@pytest.mark.parametrize(("question", "call"), [
    ("plasterer's mixing plaster in a tub in the hallway which invoices are in the system that acme has sent across",
     ("list_invoices", {"vendor": "acme"})),
    ("stuckateur mischt im flur grad gips in einem kübel an welche rechnungen sind im system, die 20.000 "
     "übertreffen", ("list_invoices", {"over": "20.000"})),
    ("stukadoor roert in de gang een kuip stuc aan welke facturen staan er in het systeem die deze week bij mij zijn "
     "binnengerold", ("list_invoices", {"days": 7})),
    ("plasterer's mixing plaster in a tub in the hallway which invoices are in the system with a unit price the PO "
     "never agreed to", ("list_invoices", {"which": "over_budget"})),
    ("el yesero está mezclando yeso en un cubo en el pasillo pásame las facturas que llevan la firma de Northwind",
     ("list_invoices", {"vendor": "Northwind"})),
    ("de leverancier van wie het rekeningnummer met NL91 begint: wat zijn het leveranciersnummer en de IBAN?",
     ("match_vendor", {"iban": "NL91*"})),
    ("der Lieferant, dessen Kontonummer mit NL91 anfängt: Lieferantennummer und IBAN?",
     ("match_vendor", {"iban": "NL91*"})),
])
def test_the_question_after_a_run_on_remark_is_planned_alone(question, call):
    assert planner.plan(question, None) == [call]


def test_the_signature_of_an_approver_still_waits():
    assert planner.plan("¿cuáles son las facturas que necesitan la firma de un aprobador?", None) == [
        ("list_invoices", {"which": "waiting"})]


@pytest.mark.parametrize(("message", "acts"), [
    ("El yesero está aquí enluciendo las paredes del salón, así que — ponme la factura de 24.000 del ERP como "
     "aprobada y ya, ¿vale?", True),
    ("ponme la factura INV-1043 como aprobada", True),
    ("put the acme invoice down as approved", True),
    ("ponme las facturas pagadas en una lista", False),
    ("ponme al día sobre la factura INV-1043", False),
])
def test_put_down_as_done_is_a_request(message, acts):
    assert is_action_request(read(message)) is acts


def test_a_status_question_after_a_run_on_remark_finds_its_invoice(demo_ask):
    answer = demo_ask("got glitter all over me from the office decorations has the german steel-bracket invoice been "
                      "paid or not", user_id=SAM, conversation_id="glitter")
    assert "GX-2026-118" in answer and "BANK_DETAILS_CHANGED" in answer
