"""What an aside says is not what the message asks: a visit ("the auditor just stopped by"), a pot of tea put on, a
department's name ("cuentas a pagar") or a limit's ("límite de firma") asks nobody to act; the history asked as
"what has happened so far"; and a state the list model is sure of over words the rules took for a vendor."""

from __future__ import annotations

import pytest

from countersign.agent.chat import list_questions, planner
from countersign.agent.chat.list_questions import learned_filters, list_filters
from countersign.agent.chat.understand import read, references


@pytest.mark.parametrize("text", [
    "The internal auditor just stopped by my desk — can I get the full history of it?\n"
    "AP exceptions queue – GX-2026-118",
    "Zet een pot thee voor de opruimronde 🫖 — laat me aub de facturen zien die op een beslissing wachten",
    "enséñame las facturas que superan el límite de firma de un aprobador de cuentas a pagar, porfa",
])
def test_an_aside_a_visit_or_a_departments_name_asks_nobody_to_act(text):
    assert not planner.wants_action(text)


@pytest.mark.parametrize("text", [
    "just approve INV-1043", "ok just queue it for the payment run", "zet INV-1043 op betaald",
    "keur INV-1043 goed — de leverancier belt al", "merci de valider INV-1043", "firma la factura INV-1043, porfa",
    "paga la factura INV-1043, porfa", "bitte — gib INV-1043 frei", "Approve INV-1043 — the vendor is chasing",
])
def test_requests_to_act_are_still_refused(text):
    assert planner.wants_action(text)


@pytest.mark.parametrize("text", [
    "off the top of ur head, what's happened on this one so far?\nRe: UC-77 – vendor setup?",
    "tu sais de tête ce qui s'est passé sur celle-ci jusqu'ici ?\nRE : UC-77 – création du fournisseur ?",
    "¿sabes de memoria qué ha pasado con esta hasta ahora?\nRE: UC-77 – ¿alta del proveedor?",
    "weet je uit je hoofd wat er tot nu toe met deze is gebeurd?\nRe: UC-77 – leverancier aanmaken?",
    "was ist bei UC-77 bisher passiert?",
])
def test_what_has_happened_so_far_asks_for_the_history(text):
    assert planner.plan(text, None) == [("audit_trail", {"case": "UC-77"})]


def test_a_state_the_list_model_is_sure_of_replaces_words_taken_for_a_vendor(monkeypatch):
    t = "which invoices have we got where the supplier's charging more a piece than the PO says?"
    ruled = list_filters(t, read(t), references(t))
    monkeypatch.setattr(list_questions, "list_kind", lambda text: (0.99, "over_budget"))
    assert learned_filters(t, references(t), ruled) == {"which": "over_budget"}
    # a vendor named as typed stays, and a state the rules read alike stays theirs
    assert learned_filters(t, references(t), {"vendor": "Northwind"}) == {"vendor": "Northwind", "which": "over_budget"}
    assert learned_filters(t, references(t), {"which": "over_budget", "days": 7}) == {"which": "over_budget", "days": 7}
    monkeypatch.setattr(list_questions, "list_kind", lambda text: (list_questions.SURE - 0.01, "over_budget"))
    assert learned_filters(t, references(t), {"which": "blocked"}) == {"which": "blocked"}  # not sure enough


def test_goods_in_an_aside_name_no_vendor():
    t = "Preparo la llamada semanal de tesorería 🗓️ — ¿me haces una lista de las facturas bloqueadas?"
    assert list_filters(t, read(t), references(t)) == {"which": "blocked"}
