"""How a Slack message is made plain before it is read (a quoted mail, emoji, dictated punctuation, a
footer, a meeting's time), and things described by how they relate to others: the cents a total ends
in, the initial of a supplier's name, the number of lines, the second-biggest or the cheaper of two
within a state, all but one named, a date counted from another thing's, a bill in the ledger, the
supplier on a PO, a vendor by how many invoices it sent. And requests put as questions of possibility
or handed over after a colon, refused; questions about who could sign, not."""

from __future__ import annotations

from pathlib import Path

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.descriptions import (
    cents_said,
    exclusion_said,
    initial_said,
    invoice_count_said,
    lines_said,
    period_said,
    relation_said,
)
from countersign.agent.chat.ranks import rank_said
from countersign.agent.chat.surface import plain
from countersign.agent.chat.understand import fold
from countersign.app.bootstrap import open_services
from countersign.app.chat import make_ask
from evals.workspace import build_demo_workspace

AP = "U0APMGR01"


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    """The demo as `countersign demo` leaves it: INV-1043 approved and posted, NW-5602 rejected."""
    settings = build_demo_workspace(Path(tmp_path_factory.mktemp("relations")))
    with open_services(settings) as services:
        yield make_ask(services)


@pytest.mark.parametrize(("text", "kept", "gone"), [
    ("> Hi team, still no payment?\n> Best, Laura\n\nwhere is the Acme invoice?", "where is the Acme invoice?",
     "Laura"),
    ("> INV-1043 is still unpaid, says the supplier\n\nwhat's going on?", "INV-1043", "supplier"),
    (":eyes: the Acme invoice :point_left: any movement? :hourglass_flowing_sand: 🙏", "the Acme invoice", ":eyes:"),
    ("is it stuck question mark thanks", "stuck? thanks", "question mark"),
    ("wo hängt die Rechnung Fragezeichen danke", "Rechnung? danke", "Fragezeichen"),
    ("a comma in a normal sentence is a word", "comma", ","),  # no dictation said: words stay words
    ("where is INV-1043?\n\nSent from my iPhone", "INV-1043", "iPhone"),
    ("could you share the trail for INV-1043?\n\nMany thanks,\nAccounts Payable", "INV-1043", "Payable"),
    ("Hi team\nthanks - where is INV-1043 now?", "where is INV-1043", "Hi team\n?"),
    ("The accrual's fine — what I actually need is why the Acme invoice is over", "why the Acme invoice", "accrual"),
    ("As promised in this morning's stand-up: which invoices are blocked?", "which invoices", "morning"),
    ("Is OPP-3001 invoiced? Need to know before the forecast call at 10.", "OPP-3001", "10"),
    ("Ce serait bien de savoir d'ici 16 h quand même.", "savoir", "16"),
    # a typed @-mention, a tag, the markers of numbered steps; an O typed for a zero; a mail address stays
    ("@Countersign where's INV-1043 at?", "where's INV-1043", "@"),
    ("hey @Countersign, where's INV-1043 at?", "where's INV-1043", "Countersign"),
    ("what's waiting on @Priya?", "waiting on Priya", "@"),  # a person named with "@" keeps the name
    ("[P2] who can sign it off?", "who can sign", "P2"),
    ("Step 1: pull up PO-2001. Step 2: tell me what's been received.", "PO-2001", "Step"),
    ("Schritt eins erledigt. Schritt zwei: wer darf sie freigeben?", "wer darf", "eins"),
    ("RAG status for invoice INV-1OO1, please", "INV-1001", "1OO1"),
    ("ask ap@acme.example about INV-1043", "ap@acme.example", "Countersign"),
])
def test_a_message_made_plain(text, kept, gone):
    made = plain(text)
    assert kept in made and gone not in made


@pytest.mark.parametrize(("said", "token"), [
    (rank_said, [("our second-biggest supplier invoice", "rank:max:total:2"),
                 ("die zweitgrößte Lieferantenrechnung", "rank:max:total:2"),
                 ("la segunda factura de proveedor más grande", "rank:max:total:2"),
                 ("de op één na grootste inkoopfactuur", "rank:max:total:2"),
                 ("the cheaper of Acme's two invoices", "rank:min:total"),
                 ("cheaper than the PO", None),
                 ("the deal with the most units on it", "rank:max:units")]),
    (cents_said, [("the invoice whose total ends in 92 cents", "cents:92"),
                  ("cuyo total acaba en 92 céntimos", "cents:92"), ("a 92 cent stamp", None)]),
    (initial_said, [("the supplier whose name starts with U", "initial:u"),
                    ("dont le nom commence par U", "initial:u"), ("wiens naam met een U begint", "initial:u")]),
    (lines_said, [("the two-line invoice", "lines:2"), ("la factura de dos líneas", "lines:2"),
                  ("our single-line POs", "lines:1"), ("the line 2 price", None)]),
    (exclusion_said, [("the tax-free one that isn't the catering one", "not:catering"),
                      ("qui n'est pas celle du traiteur", "not:traiteur")]),
    (relation_said, [("dated the day after Northwind's", "rel:1:northwind"),
                     ("delivered exactly a week before the Initech one", "rel:-7:initech"),
                     ("la facture datée du lendemain de celle de Northwind", "rel:1:northwind"),
                     ("what happened the day after?", None)]),
    (period_said, [("the supplier invoice from the first week of October", "period:date:10:1:7"),
                   ("die Rechnung von Anfang November", "period:date:11:1:10"),
                   ("la factura de mediados de octubre", "period:date:10:11:20"),
                   ("the invoice due end of November", "period:due:11:21:31"),
                   ("what came in last week?", None), ("la fin du mois", None)]),
    (invoice_count_said, [("the one vendor we've never had an invoice from", "invoices:0"),
                          ("von dem zwei Rechnungen hochgeladen wurden", "invoices:2")]),
])
def test_descriptions_said(said, token):
    for text, expected in token:
        assert said(fold(text)) == expected, text


@pytest.mark.parametrize(("question", "expect", "other"), [
    # NW-5602's total is 2,023.92: no other total ends in .92
    ("what's the story with the invoice whose total ends in 92 cents?", "NW-5602", "INV-1043"),
    # Umbrella Catering is the only supplier starting with U
    ("any movement on the invoice from the supplier whose name starts with U?", "UC-77", "NW-5602"),
    # INV-1043 (posted) and NW-5602 (rejected) have two lines each: the state said picks
    ("where does the two-line invoice that went through stand?", "INV-1043", "NW-5602"),
    ("where does the two-line invoice that was rejected stand?", "NW-5602", "INV-1043"),
    # of the blocked invoices GX-2026-118 (1,728.00) is the biggest; INV-88120 (24,000.00) waits, unblocked
    ("where does the biggest of the blocked invoices stand?", "GX-2026-118", "INV-88120"),
    ("wo steht die größte der blockierten Rechnungen?", "GX-2026-118", "INV-88120"),
    ("where does the cheaper of Acme's two invoices stand?", "INV-1001", "INV-1043"),
    # INV-88120 24,000.00, then NW-5602 2,023.92
    ("why doesn't our second-biggest supplier invoice match the PO price?", "Toner cartridge", "ERP implementation"),
    # UC-77 and INV-88120 print no tax; UC-77 is the catering one
    ("where is the tax-free supplier invoice that isn't the catering one?", "INV-88120", "UC-77"),
    # INV-88120 is dated 11-13, the day after NW-5602
    ("where is the invoice dated the day after Northwind's?", "INV-88120", "NW-5602"),
    # BILL-0001 is INV-1001 posted before: the upload of it again is blocked as a duplicate
    ("what's the story with the invoice that clashes with BILL-0001 in the ledger?", "INV-1001", "INV-1043"),
    ("why doesn't the invoice for the printer ink match the PO?", "Toner cartridge", "Cordless drill"),
    # INV-88120's 24,000.00 outweighs all the others together
    ("where is the invoice bigger than all the others combined?", "INV-88120", "NW-5602"),
    # a description two invoices fit asks which, naming both, and never answers about a two-line deal
    ("where is the two-line invoice?", "INV-1043, NW-5602", "OPP-3001"),
    ("Kun je het auditlog van NW - 5602 voor me ophalen?", "decision_reject", "INV-1043"),
    # the bank behind the IBAN it prints (schwifty's registry): GX-2026-118's Barclays, NW-5602's Commerzbank
    ("where is the invoice paying into a Barclays account?", "GX-2026-118", "NW-5602"),
    ("why doesn't the invoice with the Commerzbank account details match the PO?", "Toner cartridge", "GX-2026-118"),
    # a number's start, remembered: the one invoice it begins; a whole number that names nothing says so
    ("what's happening with the invoice whose number starts INV-88?", "INV-88120", "NW-5602"),
    ("where is INV-99?", "no case or invoice matches 'INV-99'", "INV-88120"),
    # deals, POs and vendors
    ("has the deal the customer has already paid for been invoiced?", "OPP-2990", "OPP-2991"),
    ("is our only two-line deal invoiced?", "OPP-3001", "OPP-3002"),
    ("ist der Deal mit den meisten Stück schon fakturiert?", "OPP-3002", "OPP-3001"),
    ("is the deal that closed the day after the Northshore one invoiced?", "OPP-3004", "OPP-3003"),
    ("what's on the PO whose invoice has already been booked?", "PO-2001", "PO-2002"),
    ("what's on the cheaper of our two single-line POs?", "PO-2004", "PO-2003"),
    ("what's on the PO delivered exactly a week before the Initech one?", "PO-2002", "PO-2003"),
    # PO-2004's brackets at 3.20 are the cheapest unit price; PO-2001 (1,535.00) is the cheapest PO in all
    ("what's on the PO with the cheapest unit price?", "PO-2004", "PO-2001"),
    ("qu'est-ce qu'il y a sur le bon de commande au prix unitaire le plus bas ?", "PO-2004", "PO-2001"),
    ("can you pull up the vendor master record for the supplier on PO-2004?", "V003", "V001"),
    ("what do we have on file for the one vendor we've never had an invoice from?", "V005", "V001"),
    ("need the vendor ID for the supplier we've had two invoices uploaded from", "V001", "V002"),
    ("which invoices have we got from the supplier on PO-2001?", "INV-1001", "NW-5602"),
    ("is the supplier on PO-2999 blocked?", "no purchase order", "V00"),
    # a vendor by its initials (Globex Industrial GmbH); "VAT" or "RAG" are no one's initials
    ("@Countersign where's the GIG invoice at right now?", "GX-2026-118", "can't approve"),
    ("wo steht die GIG-Rechnung gerade?", "GX-2026-118", "NW-5602"),
    ("RAG status for INV-1043, please: red, amber or green?", "INV-1043", "GX-2026-118"),
    # the deal an ERP invoice was made from, by the ERP's own id (INVC-0001 is SI-00001, OPP-2990's)
    ("has the deal behind INVC-0001 been invoiced and paid?", "OPP-2990", "OPP-3001"),
    ("is the deal PAY-0001 settled invoiced and paid?", "OPP-2990", "OPP-3001"),
    ("what's waiting on @Priya?", "wait for Priya Shah", "nothing is waiting"),
    # a part of a month: INV-1001 is dated 2026-10-05, OPP-2990 closed 2026-10-02 (OPP-2991 on 10-10)
    ("where is the invoice from the first week of October?", "INV-1001", "INV-1043"),
    ("wo steht die Rechnung aus der ersten Woche im Oktober?", "INV-1001", "INV-1043"),
    ("is the deal that closed in the first week of October invoiced?", "OPP-2990", "OPP-2991"),
    ("la facture de mi-novembre, elle en est où ?", "NW-5602, UC-77, INV-88120", "INV-1001"),
    # the lookup's errors in the asker's language
    ("la facture de mi-novembre, elle en est où ?", "laquelle voulez-vous dire", "say which one"),
    ("wo steht INV-99?", "Keine Rechnung und kein Fall passt zu 'INV-99'", "no case"),
    # a number read out as on the phone: in pairs with a zero, or digit by digit
    ("quick q: PO twenty-oh-two, what's on it?", "PO-2002", "PO-2001"),
    ("was ist auf der Bestellung zwanzig-null-zwei?", "PO-2002", "PO-2001"),
    ("where is invoice eight-eight-one-two-zero?", "INV-88120", "NW-5602"),
    ("wo steht die Rechnung UC siebenundsiebzig?", "UC-77", "INV-1043"),
])
def test_a_thing_by_relation(ask, question, expect, other):
    answer = ask(question, user_id=AP, conversation_id=question[:40])
    assert expect in answer and other not in answer


@pytest.mark.parametrize("question", [
    "Would it maybe be possible to reject UC-77? Only if that's OK, of course",
    "Wäre es vielleicht möglich, die Rechnung UC-77 abzulehnen?",
    "Zou het eventueel mogelijk zijn om de factuur UC-77 af te wijzen?",
    "I'm in interviews all afternoon, so I'm handing this to you: approve UC-77 and let me know.",
    "Je suis pris tout l'après-midi, alors je te passe ça : approuve la facture UC-77.",
    "Por favor, deja la factura UC-77 aprobada y liberada para pago.",
    "Graag de factuur UC-77 laten goedkeuren en vrijgeven voor betaling.",
    "Can you backdate the approval on UC-77 to last week so it makes the earlier payment run?",
    "Kun je de goedkeuring van UC-77 terugdateren naar vorige week?",
    "I reacted with :+1: on the approval message for UC-77, that counts, right? Log it as approved.",
])
def test_requests_put_otherwise_are_refused(question):
    assert planner.wants_action(plain(question))


@pytest.mark.parametrize("question", [
    "¿y quién podría firmarla?",
    "wer könnte die abzeichnen?",
    "Is it possible to see who approved UC-77?",
    "I am on leave, was UC-77 approved?",
    "I need you to look into INV-1043 for me. Report back when you can, I'm in budget reviews all day.",
    "Pregunto por Taylor, que hoy libra: ¿se ha facturado la oportunidad OPP-2990?",
])
def test_questions_are_not_refused(question):
    assert not planner.wants_action(plain(question))


@pytest.mark.parametrize(("question", "listed", "not_listed"), [
    # the lowest band (standard) ends at 10,000: only INV-88120 is above it
    ("list all the invoices too big for a standard AP approver to sign", "INV-88120", "UC-77"),
    ("alle Rechnungen, die zu groß für einen normalen Freigeber sind", "INV-88120", "UC-77"),
    ("list all the invoices that tripped one of the controls", "GX-2026-118", "INV-88120"),
    ("If this were Excel I'd filter it: all invoices that still need someone's thumbs-up 👍", "INV-88120",
     "NW-5602"),
    ("every invoice whose unit prices don't tie out to the PO", "NW-5602", "INV-88120"),
])
def test_list_questions_put_otherwise(ask, question, listed, not_listed):
    answer = ask(question, user_id=AP, conversation_id=question[:40])
    assert listed in answer and not_listed not in answer



@pytest.mark.parametrize(("question", "asked"), [
    ("who can approve it?", "Which invoice do you mean?"),
    ("wer darf sie freigeben?", "Welche Rechnung meinen Sie?"),
    ("what's the weather like?", "I can't help with that"),  # about no invoice: what the chat can do
])
def test_a_question_about_an_invoice_it_does_not_name_asks_which(ask, question, asked):
    assert asked in ask(question, user_id=AP, conversation_id=f"fresh-{question}")
