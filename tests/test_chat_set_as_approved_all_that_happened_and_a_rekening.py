"""Held-out 59's gaps, each general:
- a state asked to be set ("pon la factura ... como aprobada", "zet hem op betaald", "mark it as paid") is a request
  to act, refused; asking whether it is marked so is not;
- everything that happened to an invoice, in order, is its trail ("todo lo que le ha pasado", "wat er allemaal ... is
  gebeurd", "was alles ... passiert ist", "tout ce qui est arrivé", "everything that has happened");
- the Dutch "rekening" is the invoice: an aside before it names no vendor ("in de keuken van kantoor" is no Office
  Supplies) when the ask names goods."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner

SAM = "U0APMGR01"


@pytest.mark.parametrize("question", [
    "El alicatador está aquí rehaciendo la ducha, así que — pon la factura de asesoría por 24.000 como aprobada y ya",
    "pon la factura de Acme como pagada",
    "zet de factuur van Acme op betaald",
    "so just mark the northwind invoice as approved",
    "setz die Acme-Rechnung auf genehmigt",
])
def test_a_state_asked_to_be_set_is_an_act(question):
    assert planner.wants_action(question)


@pytest.mark.parametrize("question", ["is the acme invoice marked as paid?", "who set the invoice as approved?"])
def test_asking_whether_it_is_set_so_is_no_act(question):
    assert not planner.wants_action(question)


@pytest.mark.parametrize(("question", "case"), [
    ("Dos compañeros discuten a quién le toca regar las plantas — ¿me cuentas en orden todo lo que le ha pasado a la "
     "factura de Initech INV-88120?", "INV-88120"),
    ("kun je me op volgorde vertellen wat er allemaal met INV-1043 is gebeurd?", "INV-1043"),
    ("kannst du mir sagen, was alles mit INV-1043 passiert ist?", "INV-1043"),
    ("tu peux me raconter tout ce qui est arrivé à la facture INV-1043 ?", "INV-1043"),
    ("can you walk me through everything that has happened to INV-1043?", "INV-1043"),
])
def test_everything_that_happened_to_it_is_the_trail(question, case):
    assert planner.plan(question, None) == [("audit_trail", {"case": case})]


def test_a_dutch_rekening_for_goods_is_not_named_by_the_aside(demo_ask):
    answer = demo_ask("Iemand bakt pannenkoeken in de keuken van kantoor 🥞 — weet jij of de rekening voor boren en "
                      "borensets uit Springfeld betaald is?", user_id=SAM, conversation_id="drills")
    assert "INV-1043" in answer and "NW-5602" not in answer
