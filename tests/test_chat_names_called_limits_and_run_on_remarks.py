"""Held-out 52's gaps, each general: a vendor asked for by the name it is "called" (no situation's common word picks
another: "the whole office orange" is not Northwind Office Supplies); "give the okay" is a request to approve in
English as in German and Dutch, the okay awaited is not; a vendor by the start of its account ("whose bank account
starts GB82"); a town's adjective ("unseres Münchner Lieferanten", "notre fournisseur munichois"); an amount an
approver may sign, said as the approver's limit, is no wait for an approver; a remark run into a status question
lends it no words; a who-question lowercase without its "?" ("quién la tiene que aprobar") asks; a situation's
count ("five minutes") is no count of a deal's goods; "anything overdue from umbrella?" lists its invoices."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.acts import is_action_request
from countersign.agent.chat.clauses import asked_alone
from countersign.agent.chat.places import mentioned
from countersign.agent.chat.understand import read, references

SAM = "U0APMGR01"


@pytest.mark.parametrize(("question", "name"), [
    ("The sunset's turning the whole office orange — is there a vendor called Zenith Widgets in our master?",
     "Zenith Widgets"),
    ("gibt es einen Lieferanten namens Globex in unserem Stamm?", "Globex"),
    ("Y a-t-il un fournisseur appelé Acme dans le fichier ?", "Acme"),
    ("is er een leverancier genaamd Northwind Office Supplies?", "Northwind Office Supplies"),
])
def test_a_vendor_by_the_name_it_is_called(question, name):
    assert planner.plan(question, None) == [("match_vendor", {"name": name})]


def test_a_situation_s_common_word_lends_the_lookup_no_vendor(demo_ask):
    answer = demo_ask("The sunset's turning the whole office orange — is there a vendor called Zenith Widgets in "
                      "our master?", user_id=SAM, conversation_id="sunset")
    assert "Northwind" not in answer and "No vendor" in answer


@pytest.mark.parametrize(("question", "acts"), [
    ("Can you give the okay for INV-1043?", True),
    ("could you give INV-1043 the okay?", True),
    ("Kun je het okay geven voor INV-1043?", True),
    ("Kannst du das Okay für INV-1043 geben?", True),
    ("can you give me the invoices that still wait for the okay of an approver?", False),
    ("can you tell me who gives the okay for INV-88120?", False),
    ("kannst du mir die Rechnungen geben, die noch auf das Okay eines Freigebers warten?", False),
    ("vale y luego me voy a la guardería quién la tiene que aprobar", False),  # who, without its "?"
    ("INV-1043 muss heute verbucht werden", True),  # a duty, then the act: still a request
])
def test_giving_the_okay_is_approving(question, acts):
    assert is_action_request(read(question)) is acts


def test_the_okay_asked_for_is_refused(demo_ask):
    answer = demo_ask("Can you give the okay for INV-1043?", user_id=SAM, conversation_id="okay")
    assert "can't approve" in answer and "posted" not in answer


@pytest.mark.parametrize("question", [
    "the vendor whose bank account starts GB82: which vendor number do we have?",
    "der Kreditor, dessen Konto mit GB82 anfängt: welche Kreditorennummer haben wir?",
    "le fournisseur dont le compte commence par GB82 : quel numéro fournisseur ?",
    "el proveedor cuya cuenta empieza por GB82: ¿qué número de proveedor tenemos?",
    "de leverancier met een rekening die met GB82 begint: welk leveranciersnummer?",
])
def test_a_vendor_by_the_start_of_its_account(question):
    assert references(question).iban == "GB82*"


@pytest.mark.parametrize(("said", "place"), [
    ("wurde die Rechnung unseres Münchner Lieferanten bezahlt?", "munich"),
    ("la facture de notre fournisseur munichois", "munich"),
    ("our Bostonian vendor", "boston"),
    ("the Springfielder invoice", "springfield"),
    ("further to my mail", None),  # no town's adjective: "-er" only capitalized inside a sentence
    ("Further to my mail", None),
    ("the hamburger receipt", None),
])
def test_a_town_s_adjective_names_the_town(said, place):
    assert mentioned(said) == (frozenset({place}) if place else frozenset())


@pytest.mark.parametrize(("question", "args"), [
    ("which invoices do we have that blow through the 10,000 an AP approver can sign off?", {"over": "10,000"}),
    ("quelles factures avons-nous qui font sauter la limite de 10 000 d'un approbateur AP ?", {"over": "10 000"}),
    ("welche Rechnungen gibt es, die den AP-Rahmen von 10.000 sprengen?", {"over": "10.000"}),
    ("which invoices over 10,000 need an approver?", {"which": "waiting", "over": "10,000"}),
    ("which invoices do we have that acme in springfield billed us for tools?", {"vendor": "acme"}),
])
def test_list_limits_and_senders(question, args):
    assert planner.plan(question, None) == [("list_invoices", args)]


@pytest.mark.parametrize(("said", "asked"), [
    ("zit kersen te eten aan mijn bureau en het sap zit overal is de factuur voor de acht slagschroevendraaierkits al "
     "betaald", "is de factuur voor de acht slagschroevendraaierkits al betaald"),
    ("je mange des cerises à mon bureau et j'en mets partout est-ce que la facture de notre fournisseur munichois a "
     "été payée", "est-ce que la facture de notre fournisseur munichois a été payée"),
    ("why is the invoice INV-1043 stuck", None),  # the message is its ask
])
def test_the_ask_after_a_remark_run_into_it(said, asked):
    assert asked_alone(said) == asked


@pytest.mark.parametrize(("question", "invoice"), [
    ("zit kersen te eten aan mijn bureau en het sap zit overal is de factuur voor de acht slagschroevendraaierkits al "
     "betaald", "INV-1001"),
    ("ess gerade kirschen am schreibtisch und überall ist saft ist die Rechnung unseres Münchner Lieferanten bezahlt",
     "GX-2026-118"),
])
def test_a_status_asked_after_a_run_on_remark(demo_ask, question, invoice):
    assert invoice in demo_ask(question, user_id=SAM, conversation_id=question[:12])


def test_a_situation_s_count_is_no_count_of_a_deal_s_goods():
    assert planner.plan("My parking meter runs out in five minutes, so — has the meridan drills pilot been invoiced?",
                        None) == [("deal_status", {"deal": "meridan drills pilot"})]
    assert planner.plan("the deal for 25 cordless drills — has it been invoiced?", None) == [
        ("deal_status", {"deal": "qty 25 cordless drills"})]


@pytest.mark.parametrize(("question", "args"), [
    ("anything overdue from umbrella?", {"which": "overdue", "vendor": "umbrella"}),
    ("anything blocked from acme?", {"which": "blocked", "vendor": "acme"}),
    ("quelque chose en retard chez Umbrella ?", {"which": "overdue", "vendor": "Umbrella"}),
    ("¿algo vencido de Umbrella?", {"which": "overdue", "vendor": "Umbrella"}),
])
def test_anything_in_a_state_from_a_vendor_lists_its_invoices(question, args):
    assert planner.plan(question, None) == [("list_invoices", args)]


def test_one_invoice_from_a_vendor_in_a_state_is_still_one():
    assert planner.plan("is the umbrella invoice overdue?", None) == [("case_status", {"case": "umbrella"})]


@pytest.mark.parametrize(("question", "args"), [
    ("show me everything from last month", {"received_in": "last_month"}),
    ("show me everything that came in this week", {"days": 7}),
    ("zeig mir alles von letztem Monat", {"received_in": "last_month"}),  # the dative, no vendor "letztem"
    ("tout ce qui est arrivé ce mois-ci", {"received_in": "this_month"}),
])
def test_everything_in_a_span_lists_its_invoices(question, args):
    assert planner.plan(question, None) == [("list_invoices", args)]
