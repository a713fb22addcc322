"""Asks opened in a rush or politely, and what they name: "Ich hab dreißig Sekunden" is no invoice "HAB-30", a vendor
is found by the end of its bank account or a tax id "that is" one, a customer's deal by the words of its own name in
another language ("les perceuses de rechange": "spare drills", not the deal of "tools"), an amount beside goods
among the invoices for them ("die 500 Stahlhalterungen"), a supplier's name with one letter wrong ("glovex"); a
lower-case supplier after "from" or before "sent us", someone's approval queue, an "10.000er-Limit" and the last seven
days in words filter a list; "een uur geleden" is no typo of "gelezen"."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.list_questions import list_args
from countersign.agent.chat.resolve import _typo
from countersign.agent.chat.understand import read, references
from countersign.agent.runner import process_file
from countersign.app.chat import make_ask

AP, CLERK = "U0APMGR01", "U0AP0CLERK"


def _list(question: str):
    return list_args(question, read(question), references(question))


@pytest.mark.parametrize("question", [
    "Ich hab dreißig Sekunden — ist die Rechnung für Toner und Kopierpapier bezahlt?",
    "ich hab dreißig Sekunden, welche Rechnungen sind überfällig?",
])
def test_a_colloquial_verb_before_a_number_in_words_is_no_invoice_number(question):
    assert references(question).case is None


@pytest.mark.parametrize(("question", "case"), [
    ("is gx 2026 118 paid?", "GX-2026-118"),
    ("any news on uc 77?", "UC-77"),
])
def test_an_invoice_number_typed_with_spaces_still_reads(question, case):
    assert references(question).case == case


@pytest.mark.parametrize("question", [
    "the vendor whose bank account ends in 3000: what vendor number do we have on file?",
    "der Lieferant, dessen Bankkonto auf 3000 endet: welche Kreditorennummer haben wir?",
    "der Lieferant, dessen Kontonummer endet auf 3000: welche Kreditorennummer haben wir?",
    "le fournisseur dont le compte bancaire finit par 3000 : quel numéro fournisseur avons-nous ?",
    "el proveedor cuya cuenta bancaria termina en 3000: ¿qué número de proveedor tenemos?",
    "de leverancier van wie het rekeningnummer op 3000 eindigt: welk leveranciersnummer hebben we?",
])
def test_a_vendor_by_the_last_digits_of_its_bank_account(question):
    assert planner.plan(question, None) == [("match_vendor", {"iban": "*3000"})]


@pytest.mark.parametrize("question", [
    "the supplier whose tax id is 45-1234567: what vendor number do we have on file?",
    "le fournisseur dont le numéro fiscal est 45-1234567 : quel numéro fournisseur avons-nous ?",
    "de leverancier van wie het fiscale nummer 45-1234567 is: welk leveranciersnummer hebben we?",
])
def test_a_vendor_by_a_tax_id_said_with_is(question):
    assert planner.plan(question, None) == [("match_vendor", {"tax_id": "45-1234567"})]


def test_a_ledger_account_number_is_no_bank_account_tail():
    assert references("what's coded to account 6400?").iban is None


@pytest.mark.parametrize("question", [
    "J'ai trente secondes — la vente des perceuses de rechange à Blue Harbor a été facturée ? sous quel numéro ?",
    "Tengo treinta segundos — ¿se ha facturado la venta de los taladros de repuesto a Blue Harbor?",
    "Ich hoffe, ich störe nicht — kannst du nachsehen, ob der Auftrag über die Ersatzbohrer für Blue Harbor "
    "abgerechnet ist?",
    "I've got thirty seconds — has the spare-drills deal with blue harbour been invoiced?",
])
def test_a_customers_deal_by_its_own_name_in_another_language(services, question):
    spare = [o for o in services.crm.closed_won() if o.account_name.startswith("Blue Harbor")
             and "spare" in o.name]
    others = [o for o in services.crm.closed_won() if o.account_name.startswith("Blue Harbor") and o not in spare]
    assert len(spare) == 1 and others  # the customer has another deal selling drills too
    answer = make_ask(services)(question, user_id=AP, conversation_id="deal")
    assert spare[0].id in answer and not any(o.id in answer for o in others)


def test_an_amount_no_total_is_near_names_the_invoice_of_the_goods_said(services, demo_pdfs):
    for path in demo_pdfs.values():
        process_file(services, path, uploader=CLERK)
    ask = make_ask(services)
    # 500 is within rounding of the catering invoice's 480: the brackets say it is the count on Globex's
    answer = ask("Ich hab dreißig Sekunden — ist die Rechnung über die 500 Stahlhalterungen bezahlt?", user_id=AP,
                 conversation_id="brackets")
    assert "GX-2026-118" in answer and "UC-77" not in answer
    assert "UC-77" in ask("is the 500 invoice paid?", user_id=AP, conversation_id="rounded")


@pytest.mark.parametrize(("question", "args"), [
    ("I've got thirty seconds — which invoices do we have from northwnd, who send us our paper and toner?",
     {"vendor": "northwnd"}),
    ("can you list the invoices from yesterday?", {}),
    ("Estoy limpiando la unidad compartida 🗃️ — ¿cuáles son las facturas que nos ha emitido Acme Tools? Quiero una "
     "carpeta para cada una.", {"vendor": "Acme Tools"}),
    ("Je fais le ménage dans le lecteur partagé 🗃️ — quelles sont les factures reçues par la compta fournisseurs ces "
     "sept derniers jours ? Je veux un dossier pour chacune.", {"days": 7}),
    ("¿me enseñas las facturas que han llegado a cuentas a pagar en los últimos siete días?", {"days": 7}),
])
def test_list_filters_said_in_a_hurry(question, args):
    assert _list(question) == args


def test_a_name_before_the_dash_stays_when_the_deal_after_it_names_no_goods():
    [(tool, call)] = planner.plan("Blue Harbor ruft schon wieder an — ist der Auftrag fakturiert?", None)
    assert tool == "deal_status" and "Blue Harbor" in call["deal"]



def test_a_vendors_name_with_one_letter_wrong_inside_still_names_it(services, demo_pdfs):
    for path in demo_pdfs.values():
        process_file(services, path, uploader=CLERK)
    question = ("I'm second-guessing myself — did the invoice from glovex actually get paid? I told the supplier yes "
                "on the phone an hour ago.")
    answer = make_ask(services)(question, user_id=AP, conversation_id="typo")
    assert "GX-2026-118" in answer


@pytest.mark.parametrize(("typed", "word", "typo"), [
    ("glovex", "globex", True), ("nortwhind", "northwind", True), ("supplier", "supplies", False),
    ("acme", "acne", False),
])
def test_one_letter_wrong_is_a_typo_only_inside_a_long_word(typed, word, typo):
    assert _typo(typed, word) is typo


@pytest.mark.parametrize(("question", "args"), [
    ("bin mir grad nicht mehr sicher — zeigst du mir mal die Rechnungen, die noch bei jemandem zur Freigabe liegen",
     {"which": "waiting"}),
    ("là j'ai un doute — tu peux me sortir les factures qui attendent dans la file d'approbation de quelqu'un",
     {"which": "waiting"}),
    ("welche Rechnungen haben wir, die über dem 10.000er-Limit für AP-Freigeber liegen?",
     {"over": "10.000"}),  # the approvers' limit: no wait for an approver
    ("second-guessing myself here — can you pull up the invoices that northwind in seattle sent us",
     {"vendor": "northwind"}),
])
def test_someones_queue_a_limit_made_an_adjective_and_a_lower_case_sender(question, args):
    assert _list(question) == args


def test_an_hour_ago_in_dutch_asks_for_no_extraction():
    assert planner.plan("Ik twijfel ineens — is de factuur op PO-2001 echt betaald? Ik heb de leverancier een uur "
                        "geleden aan de telefoon gezegd van wel.", None) == [("case_status", {"case": "PO-2001"})]
