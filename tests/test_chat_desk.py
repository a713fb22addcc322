"""How the chat reads things named the way people name them at a desk: a city by its airport's code, a US state by
its postal code, a town by its region; a PDF by the folder it is filed in, an invoice by the subject of the mail it
came in; an invoice by what the checks found on it; a voice note's fillers and a first question dropped for the real
one; a step list pasted as a to-do; office idioms for list filters; a command after an opening clause."""

from __future__ import annotations

from datetime import date

import pytest

from countersign.agent.chat import offline_planner, planner, texts
from countersign.agent.chat.feasts import anchored_on, named_on
from countersign.agent.chat.places import abroad, country_of, located, mentioned
from countersign.agent.chat.surface import plain
from countersign.app.chat import make_ask
from countersign.domain import CaseStatus


@pytest.mark.parametrize(("text", "places"), [
    ("the invoice from our SEA supplier", {"seattle"}),
    ("die Bestellung bei unserem MUC-Lieferanten", {"munich"}),
    ("our NJ supplier", {"new jersey"}),
    ("l'affaire pour notre client de DLH", {"duluth"}),
    # capitals that are finance's words, ids and lower-case words name no place
    ("the CFO's PO", set()), ("the vendor ID of Acme", set()), ("UC-77", set()),
    ("die Rechnung aus Austin", {"austin"}), ("kommt das aus dem Lager?", set()), ("the sea freight invoice", set()),
])
def test_a_place_by_its_airports_or_states_code(text, places):
    assert mentioned(text) == places


def test_an_address_names_its_towns_region_when_the_town_has_one():
    """Munich's airports are all in Bavaria; a town of one name in several regions (Paris) gets none."""
    assert "bavaria" in located("Industriestrasse 7, 80331 Muenchen, Germany")
    assert not {"ile de france", "texas"} & located("12 rue de Rivoli, 75001 Paris, France")


def test_a_holiday_is_its_day_in_the_records_year():
    """Election Day floats (3 November 2026, 5 November 2024); a holiday is named whole, so "labor costs" is no Labor
    Day; "the day before Veterans Day" anchors on one of its own words."""
    assert named_on("the PO delivered on Election Day", date(2026, 11, 3))
    assert named_on("the PO delivered on Election Day", date(2024, 11, 5))
    assert not named_on("the PO delivered on Election Day", date(2026, 11, 4))
    assert named_on("die Rechnung vom Tag der Deutschen Einheit", date(2026, 10, 3))
    assert not named_on("the labor costs invoice", date(2026, 9, 7)) and named_on("on Labor Day", date(2026, 9, 7))
    assert anchored_on("veterans", date(2026, 11, 10), -1) and not anchored_on("veterans", date(2026, 11, 11), -1)


def test_abroad_is_another_country_than_most():
    """The home country is the one most addresses are in (a US state's code says US; Georgia the state is no
    country); with no majority, nothing is abroad."""
    assert country_of("1 Peach St, Atlanta, GA 30303") == "US"
    assert country_of("Industriestrasse 7, 80331 Muenchen, Germany") == "DE"
    addresses = {"a": "1 Main St, Springfield, IL 62701", "b": "5 Pike St, Seattle, WA 98101",
                 "c": "Industriestrasse 7, 80331 Muenchen, Germany"}
    assert abroad(list(addresses), addresses.get) == ["c"]
    assert abroad(["a", "c"], addresses.get) == []


@pytest.mark.parametrize(("typed", "read"), [
    ("the tonergate invoice", "the toner invoice"), ("de tonergate-factuur", "de toner-factuur"),
    ("the :umbrella: invoice :pray: :white_check_mark:", "the umbrella invoice"),  # a shortcode may name it
    ("please delegate it", "please delegate it"), ("navigate to", "navigate to"),
    ("« RE : TR : Facture 88120 » ou", "« RE : TR : Facture 88120 » ou"),  # French quotes are no folder path
])
def test_a_scandals_nickname_names_its_thing(typed, read):
    assert " ".join(plain(typed).split()) == read


@pytest.mark.parametrize(("typed", "read"), [
    ("where does the PDF filed under AP › 2026 › 11-Nov › Umbrella stand?", "Umbrella"),
    ("the PO filed under Purchasing › Finance", "Finance"),
    ("see AP/2026/11-Nov/Acme please", "Acme"),
    ("filed under AP › 2026 › Northwind Office Supplies Holdings Inc", "Northwind Office Supplies Holdings"),
])
def test_a_folder_path_is_its_last_folder(typed, read):
    said = plain(typed)
    assert read in said and "2026" not in said and "Nov" not in said


@pytest.mark.parametrize("typed", ["dated 12/11/2026 and/or later", "Rechnung/Bill INV-1043"])
def test_slashes_that_are_no_path_stay(typed):
    assert plain(typed).strip() == typed


@pytest.mark.parametrize(("question", "number"), [
    ("We want a credit note on the invoice from our SEA supplier — which line is off against the PO?", "NW-5602"),
    ("Die Budgetverantwortliche will die Bestellung bei unserem MUC-Lieferanten sehen.", "PO-2004"),
    ("what do we have on file for our EWR supplier?", "Soylent Foods Corp"),
    ("is the deal for our DLH customer invoiced yet?", "OPP-3003"),
    ("¿qué tenemos en el maestro sobre nuestro proveedor de Baviera?", "Globex Industrial GmbH"),
    ("fire alarm test in 2 min so quick: whats the deal with the PDF filed under AP › 2026 › 11-Nov › Northwind",
     "NW-5602"),
    ("wie steht's um die Rechnung aus dem Mailverlauf „AW: WG: WG: Rechnung 88120“?", "INV-88120"),
    ("où en est la facture du fil « RE: TR: Facture 88120 » ?", "INV-88120"),
    ("where does the invoice from our supplier across the pond stand?", "GX-2026-118"),
    ("wie steht's um die Rechnung unseres Lieferanten auf der anderen Seite des großen Teichs?", "GX-2026-118"),
    ("où en est la facture de notre fournisseur d'outre-Atlantique ?", "GX-2026-118"),
    ("¿cómo va la factura de nuestro proveedor del otro lado del charco?", "GX-2026-118"),
    ("hoe staat de factuur van onze buitenlandse leverancier ervoor?", "GX-2026-118"),
    ("which line of the tonergate invoice is off against the PO?", "NW-5602"),
    ("has the Blue Harbor deal that's still missing their PO number been invoiced?", "OPP-3004"),
    ("what's happening with the invoice dated the day before Veterans Day?", "INV-1043"),
    ("what's on the PO that got delivered on Election Day?", "PO-2001"),
    ("was macht die Rechnung vom Tag vor dem Veterans Day?", "INV-1043"),
    ("wat is er met de factuur van de dag voor Veterans Day?", "INV-1043"),
    ("¿qué pasa con la factura con fecha de la víspera del Veterans Day?", "INV-1043"),
    ("l'affaire conclue la veille des élections américaines est-elle facturée ?", "OPP-3001"),
    ("has the deal we closed the day before Election Day been invoiced yet?", "OPP-3001"),
    ("is our only supplier outside the US in the vendor master?", "Globex Industrial GmbH"),
    ("what did we buy on the PO with our IL supplier?", "PO-2001"),  # a state's code, though "il" is a word
    ("what's the latest on the :umbrella: invoice? :pray:", "UC-77"),
    ("¿la oportunidad de Blue Harbor que sigue sin número de pedido del cliente ya está facturada?", "OPP-3004"),
    # by what the checks found: a duplicate, a bank account that changed, a supplier nobody set up
    ("any news on the duplicate?? finance wants it gone", "INV-1001"),
    ("is the one that got billed twice sorted out yet", "INV-1001"),
    ("was ist mit der doppelt eingereichten Rechnung los?", "INV-1001"),
    ("et le doublon d'Acme, on en est où ?", "INV-1001"),
    ("¿qué pasó con la factura que nos cobraron dos veces?", "INV-1001"),
    ("hoe zit het met de dubbel ingediende factuur?", "INV-1001"),
    ("status on the invoice where they swapped the IBAN?", "GX-2026-118"),
    ("où en est la facture dont les coordonnées bancaires ont été remplacées ?", "GX-2026-118"),
    ("where's the bill from the supplier that isn't set up in our system yet?", "UC-77"),
    ("die Rechnung, die sich keinem Lieferanten zuordnen ließ — Stand?", "UC-77"),
    ("de factuur die aan geen enkele leverancier gekoppeld kon worden, hoe staat die ervoor?", "UC-77"),
    # a PO by the vendor master's id of its supplier
    ("what's on the PO we raised with vendor V004?", "PO-2003"),
    ("was steht auf der Bestellung für Kreditor V003?", "PO-2004"),
    # a voice note's fillers and a first question dropped for the real one
    ("(voice memo, transcribed) uh so um where does INV-1043 stand, like, right now?", "INV-1043"),
    ("(Sprachnachricht) ähm, also, äh, wie steht's um UC-77?", "UC-77"),
    ("Did anyone see my charger? Never mind. Real question: where is the duplicate Acme bill?", "INV-1001"),
    ("La machine à café est réparée ? Bref. Plus important : où en est le doublon ?", "INV-1001"),
    ("¿Alguien tiene un cargador? Da igual. Más importante: ¿cómo va la factura duplicada?", "INV-1001"),
    ("[voice memo] uh which invoice has the shortest payment terms", "UC-77"),  # due 2 days after its date
    ("what did we order on P0-2004", "PO-2004"),  # a zero typed for the O
    ("where's the globex invoce at\n*invoice", "GX-2026-118"),  # a typo corrected on its own line
    ("is the duplciate acme bill sorted\n*duplicate", "INV-1001"),
    ("who's our biggest vendor by spend?", "Initech Consulting LLC"),  # 24,000.00 invoiced
    ("welcher Lieferant hat uns am wenigsten berechnet? kleinstes Einkaufsvolumen", "Globex Industrial GmbH"),
    ("has Meridian's paper order been invoiced?", "OPP-3002"),  # not Northshore's "paper restock" deal
    ("Month-end, so I'm stuck in meetings all day — where does the duplicate invoice stand?", "INV-1001"),  # no list
    ("ce qu'il y a sur le bon de commande dont la facture est bloquée à cause des coordonnées bancaires ?", "PO-2004"),
    ("what's on the PO whose invoice is held up over the bank details?", "PO-2004"),
    ("has anyone done the call-back for the Globex bill yet? where is it", "GX-2026-118"),
    ("the invoice that needs a supplier call-back before payment — status?", "GX-2026-118"),
    # by who set its supplier up in the vendor master (Dana: Acme and Northwind; of their invoices one is open)
    ("what's up with the open bill from the vendor Dana set up?", "INV-1001"),
    # a date as an ERP export prints it, a PO's number before its noun or its letters swapped, a deal in Salesforce
    # shorthand, an invoice number with its letters wrong, a part left out, chunked or zero-padded
    ("status of the bill dated 10-NOV-2026?", "INV-1043"),
    ("wo steht die Rechnung vom 10NOV26", "INV-1043"),
    ("what's on the PO received 03-Nov-26?", "PO-2001"),
    ("what's on our 2003 PO?", "PO-2003"),
    ("was steht auf der 2003er Bestellung?", "PO-2003"),
    ("qu'y a-t-il sur le bon 2003 ?", "PO-2003"),
    ("¿qué lleva el pedido 2003?", "PO-2003"),
    ("wat staat er op de 2003-bestelling?", "PO-2003"),
    ("lines on OP-2004 pls", "PO-2004"),
    ("has oppty 3001 been invoiced?", "OPP-3001"),
    ("the deal closed 15NOV26, invoiced yet?", "OPP-3002"),
    ("where's GX-118 at?", "GX-2026-118"),
    ("where does INV-88-120 stand", "INV-88120"),
    ("any news on IVN-88120?", "INV-88120"),
    ("is UC-0077 paid?", "UC-77"),
    ("what about INV-5602, or whatever Northwind calls it", "NW-5602"),
    ("where's the carbon copy of Acme's invoice at?", "INV-1001"),
    # a vendor by its bare number in the vendor master
    ("who is vendor #3?", "Globex Industrial GmbH"),
    ("wer ist Lieferant Nr. 4?", "Initech Consulting LLC"),
    ("¿quién es el proveedor número 1?", "Acme Tools Ltd"),
    ("q tenemos sobre el proveedor n.º 5", "Soylent Foods Corp"),
    ("what do we have on vendor V4?", "Initech Consulting LLC"),  # V004 as people type it
    ("is the blocked acme one sorted?", "INV-1001"),  # "acme" is no typo of "came" before "one"
    # a PO by its requester's first name, and its goods when the requester has several
    ("what's on Robin's bracket PO?", "PO-2004"),
    ("le bon de commande de Robin pour les perceuses ?", "PO-2001"),
    ("what's on the PO received on 03-NOV-26, I'm standing in an archive room flooded by a sprinkler leak", "PO-2001"),
    # an id as a scan's file name, or with underscores for its dashes
    ("found INV_1043.pdf on the shared drive: did it post?", "INV-1043"),
    ("wie ist der Stand bei gx_2026_118?", "GX-2026-118"),
    ("quelles lignes sur le PO_2004 ?", "PO-2004"),
    # a PO by how many packs of its goods it ordered
    ("what did we order on the PO with the 6 cartons of toner?", "PO-2002"),
    ("¿qué pone en la orden de compra de las 10 cajas de brocas?", "PO-2001"),
    # a customer by its initials, a deal by the day it closed among the customer's deals
    ("hat sich beim Fit-out-Deal von BHR schon was getan?", "OPP-3001"),
    ("the MHP deal that closed on 11/15: invoiced?", "OPP-3002"),
    ("la oportunidad de Meridian cerrada el 15/11, ¿está facturada?", "OPP-3002"),
    # last year's number typed by habit, a prefix pasted twice, a number made a noun, the number's letters alone
    ("did GX-2025-118 ever get paid?", "GX-2026-118"),
    ("status of INV-INV-1043 please", "INV-1043"),
    ("und die 88120er, hängt die noch?", "INV-88120"),
    ("de NW-factuur, waarom is die afgewezen?", "NW-5602"),
    # a department by its other names
    ("was enthält die Bestellung der Verwaltung?", "PO-2002"),
    ("¿qué hay en la orden de compra de Operaciones con las escuadras?", "PO-2004"),
    # a group zero-padded, a bound said with hyphens, a count of goods (no amount)
    ("has GX-2026-0118 cleared?", "GX-2026-118"),
    ("where's the just-under-500 catering bill?", "UC-77"),
    ("wie steht die Globex-Rechnung über die 500 Halterungen?", "GX-2026-118"),
])
def test_named_at_a_desk_finds_the_record(processed, question, number):
    answer = make_ask(processed)(question, user_id="U0SALES001", conversation_id="desk")
    assert number in answer.split("\n")[0]


def test_every_state_of_a_case_has_words_in_each_language():
    """A list line said "rejected", "posted" or "expired" in every language before: only open states had words."""
    for lang in ("de", "fr", "es", "nl"):
        assert {str(s) for s in CaseStatus} <= set(texts.STATUS[lang]), lang
    assert texts.STATUS["es"]["rejected"] == "rechazada" and texts.STATUS["nl"]["posted"] == "geboekt"


def test_several_invoices_from_suppliers_one_person_set_up_asks_which(processed):
    """Sam set up Globex and Initech, whose invoices are both open: the answer names both and asks, and a person
    who set up no supplier matches nothing (the description's token is not shown)."""
    ask = make_ask(processed)
    several = ask("where's the invoice from the supplier Sam set up?", user_id="U0SALES001", conversation_id="sam")
    assert "GX-2026-118" in several and "INV-88120" in several
    none = ask("where's the invoice from the supplier Priya set up?", user_id="U0SALES001", conversation_id="priya")
    assert "'Priya'" in none and "set_up" not in none




@pytest.mark.parametrize("question", [
    # of the invoices one person decided, the one the rest names (Sam also rejected NW-5602 in the demo)
    "where's the Acme invoice Sam approved?",
    "wo steht die von Sam abgesegnete Acme-Rechnung?",
    "where's the Acme invoice that got posted?",
    "wo steht die Acme-Rechnung, die schon gebucht ist?",
    "what's the latest on the IL invoice that got posted?",
    "where is the posted invoice from the supplier Dana onboarded?",  # Dana set up Acme and Northwind
    "has the clean Acme one been paid?",  # nothing found on it: not the duplicate
    "la de Acme que salió limpia, ¿ya está pagada?",
    "is de Acme-factuur die probleemloos ging al betaald?",
])
def test_of_a_vendors_invoices_the_one_in_the_state_said(demo_ask, question):
    """Acme's INV-1001 is open (blocked) and INV-1043 posted: "the one that got posted" is not the open one."""
    assert "INV-1043" in demo_ask(question, user_id="U0SALES001", conversation_id="state").split("\n")[0]


def test_a_follow_up_after_a_folder_path_asks_about_the_same_invoice(processed):
    """The path's year is no reference: the follow-up's approvers are UC-77's (its new vendor's), not another's."""
    ask = make_ask(processed)
    first = ask("where does the PDF filed under AP › 2026 › 11-Nov › Umbrella stand?", user_id="U0SALES001",
                conversation_id="path")
    again = ask("Can I sign it off myself, or does it need someone above me? Who exactly?", user_id="U0SALES001",
                conversation_id="path")
    assert "UC-77" in first.split("\n")[0] and "UC-77" in again.split("\n")[0] and "Priya Shah" in again


@pytest.mark.parametrize("question", [
    "Writing the post-mortem on why this took so long — every recorded step, please:\n> NW-5602",
    "Ich schreib das Post-Mortem, warum das so lange gedauert hat — jeden erfassten Schritt bitte:\n- [ ] NW-5602",
    "Je rédige le post-mortem — chaque étape enregistrée, stp :\n## NW-5602",
    "Estoy escribiendo el post-mortem — cada paso registrado, porfa:\n> NW-5602",
    "Ik schrijf de post-mortem — elke vastgelegde stap graag:\n- [ ] NW-5602",
])
def test_every_recorded_step_asks_for_the_trail(question):
    """A step list pasted as Markdown, "Post-Mortem" (no request to post), "erfassten" after "jeden" (no request
    to record): the audit trail."""
    assert planner.plan(question, None) == [("audit_trail", {"case": "NW-5602"})]


@pytest.mark.parametrize(("question", "args"), [
    ("a clean list of the invoices with a spanner in the works?", {"which": "blocked"}),
    ("eine Liste der Rechnungen mit Sand im Getriebe?", {"which": "blocked"}),
    ("une liste des factures avec des bâtons dans les roues ?", {"which": "blocked"}),
    ("¿una lista de las facturas con algún palo en la rueda?", {"which": "blocked"}),
    ("een lijst van de facturen met een spaak in het wiel?", {"which": "blocked"}),
    ("die Rechnungen mit noch ausstehendem grünem Licht vom Freigeber?", {"which": "waiting"}),
    ("the invoices that could land us a dunning letter?", {"which": "overdue"}),
    ("les factures qui pourraient nous valoir une lettre de relance ?", {"which": "overdue"}),
    ("de facturen waarvoor we een aanmaning kunnen krijgen?", {"which": "overdue"}),
    ("the invoices that overshoot the PO price?", {"which": "over_budget"}),
    ("las facturas de 15.000 para arriba", {"over": "15.000"}),
    ("a clean list of the invoices with Acme's letterhead on them?", {"vendor": "Acme"}),
    ("which invoices came from foreign suppliers?", {"vendor": "abroad"}),
    ("the invoices from our IL supplier?", {"vendor": "IL"}),
    ("die Rechnungen von unserem OH-Lieferanten?", {"vendor": "OH"}),
    ("the invoices that have ground to a halt?", {"which": "blocked"}),
    ("die Rechnungen im Stillstand?", {"which": "blocked"}),
    ("de facturen die helemaal stil zijn komen te liggen?", {"which": "blocked"}),
    ("the invoices that are parked until someone signs off?", {"which": "waiting"}),
    ("las facturas que están aparcadas hasta que alguien las firme", {"which": "waiting"}),
    ("die Rechnungen mit verstrichenem Fälligkeitsdatum?", {"which": "overdue"}),
    ("welche Rechnungen kommen aus dem Ausland?", {"vendor": "abroad"}),
    ("the invoices that hit a snag?", {"which": "blocked"}),
    ("zähl mir bitte die blockierten Rechnungen auf", {"which": "blocked"}),  # aufzählen lists, pays nothing
    ("the invoices still at the sign-off stage", {"which": "waiting"}),
    ("die Rechnungen zur Abzeichnung?", {"which": "waiting"}),
    ("les factures en signature ?", {"which": "waiting"}),
    ("the invoices we're behind on paying", {"which": "overdue"}),
    ("die Rechnungen, bei denen wir im Verzug sind", {"which": "overdue"}),
    ("les factures avec un retard de paiement", {"which": "overdue"}),
    ("which invoices charged us over the odds vs the PO", {"which": "over_budget"}),
    ("de facturen waarop te veel gerekend is", {"which": "over_budget"}),
    ("list the invoices still in the CFO's signature folder", {"which": "waiting"}),
    ("welche Rechnungen liegen noch in der Unterschriftenmappe?", {"which": "waiting"}),
    ("quelles factures dorment encore dans le parapheur ?", {"which": "waiting"}),
    ("the invoices where time has run out to pay", {"which": "overdue"}),
    ("which invoices fail the three-way match?", {"which": "over_budget"}),
    ("the invoices above one and a half grand", {"over": "1500"}),
    ("alle Rechnungen über dreieinhalbtausend", {"over": "3500"}),
    ("de facturen boven de tweeënhalfduizend", {"over": "2500"}),
    ("any invoices with red flags?", {"which": "blocked"}),
    ("die Rechnungen mit roter Flagge", {"which": "blocked"}),
    ("are there a lot of invoices we haven't paid even though they're due?", {"which": "overdue"}),
    ("which invoices where the vendor didn't honour the PO price", {"which": "over_budget"}),
    ("list the invoices stuck over the PO price, need them for the monthly review", {"which": "over_budget"}),
    ("the invoices just waiting for someone to say yes", {"which": "waiting"}),
    ("which invoices did the checks kick back?", {"which": "blocked"}),
    ("les factures recalées par les contrôles", {"which": "blocked"}),
    ("de facturen die op de controles zijn afgeketst", {"which": "blocked"}),
    ("the invoices that are one approval away from payment", {"which": "waiting"}),
    ("facturas a las que solo les falta una aprobación", {"which": "waiting"}),
    ("the invoices where we're paying late", {"which": "overdue"}),  # paying is the filter, no command
    ("de facturen die we te laat betalen", {"which": "overdue"}),
    ("which invoices came in pricier than the PO?", {"which": "over_budget"}),
    ("les factures plus chères que le bon de commande", {"which": "over_budget"}),
    ("kurze Liste der Rechnungen von den Northwind-Leuten", {"vendor": "Northwind"}),  # the supplier's people
    ("de facturen van de Acme-jongens", {"vendor": "Acme"}),
    ("the invoices that won't go through", {"which": "blocked"}),
    ("de facturen die niet door willen", {"which": "blocked"}),
    ("las facturas que aún están sin firmar", {"which": "waiting"}),  # "firmar" is a state here, no command
    ("die Rechnungen mit verpasstem Fälligkeitstermin", {"which": "overdue"}),
    ("De CEO vroeg ernaar — welke facturen zijn er boven de 10k?", {"over": "10000"}),  # "De CEO" is no vendor
    ("all the invoices that are gummed up right now", {"which": "blocked"}),
    ("la liste des factures plantées, stp", {"which": "blocked"}),
    ("welke facturen zitten klem?", {"which": "blocked"}),
    ("facturen met Globex als afzender?", {"vendor": "Globex"}),
    ("the invoices with globex as issuer", {"vendor": "globex"}),  # the role says it is a name, lower case or not
    ("Ich sitz im Zug — ich brauch die Rechnungen mit fehlendem Okay", {"which": "waiting"}),  # the aside's "I"
    ("las facturas por encima del tope de 5k", {"over": "5000"}),
    ("les factures au-dessus du seuil de 2k", {"over": "2000"}),
    ("Rechnungen mit Verspätung bei der Zahlung?", {"which": "overdue"}),
    ("which invoices are stuck in limbo?", {"which": "blocked"}),
    ("welche Rechnungen hängen in der Schwebe?", {"which": "blocked"}),
    ("the invoices still in the approval loop", {"which": "waiting"}),
    ("les factures qu'on garde après l'échéance ?", {"which": "overdue"}),
    ("invoices of 5k+ please", {"over": "5000"}),
    ("alle Rechnungen im Globex-Ordner", {"vendor": "Globex"}),
    ("las facturas archivadas bajo Initech", {"vendor": "Initech"}),
    ("the invoices that failed the price check against the PO", {"which": "over_budget"}),
    ("welche Rechnungen stehen auf dem Abstellgleis?", {"which": "blocked"}),
    ("¿me listas las facturas en la bandeja del aprobador?", {"which": "waiting"}),  # "me listas": a list for me
    ("facturen die in het bakje van de goedkeurder liggen?", {"which": "waiting"}),
    ("invoices where we overshot the payment date", {"which": "overdue"}),
    ("which invoices got quarantined by our checks?", {"which": "blocked"}),
    ("quelles factures sont en quarantaine chez nous ?", {"which": "blocked"}),
    ("welche Rechnungen sind noch mit anstehender Freigabe offen?", {"which": "waiting"}),
    ("las facturas que esperan el visto bueno, porfa", {"which": "waiting"}),
    ("zeig die Rechnungen mit abgelaufener Zahlungsfrist", {"which": "overdue"}),
    ("any invoices showing a price jump over their order?", {"which": "over_budget"}),
    ("facturen met een prijssprong, graag", {"which": "over_budget"}),
])
def test_list_filters_said_as_office_idioms(question, args):
    assert planner.plan(question, None) == [("list_invoices", args)]


@pytest.mark.parametrize("request_", [
    "Just this once, approve the catering invoice as an exception",
    "Solo por esta vez, libera la factura del catering como excepción puntual 🙏",
    "Juste pour cette fois, débloque la facture du traiteur à titre exceptionnel 🙏",
    "Tell the supplier the catering invoice is approved so they stop calling, and queue it for payment.",
    # a consequence drawn after what the writer did
    "I rang the supplier and they confirmed the new IBAN, so release GX-2026-118 today.",
    "He llamado al proveedor y todo cuadra, así que aprueba la factura de Globex.",
    "J'ai vérifié avec le fournisseur, donc valide la facture Globex.",
    "Ik heb het nagekeken, dus keur de Globex-factuur goed.",
    "First thing: is the office open Friday? Second, and this is the real one: post INV-1001 now.",
    "Give NW-5602 a quick approve, I'm off tomorrow",  # an approval asked for as a thing to give
    "just give the Globex invoice the green light",
    "Dale el visto bueno a la factura de Globex, porfa",
    "Ik ben budgethouder, dus keur die van 1.728,00 goed.",  # a decimal comma splits no clause
    "Bevor ich gehe, drück die Globex-Rechnung noch durch",
    "FYI: is INV-1043 approved? approve it now pls",  # a question, then the command: no aside that asks
    "pay the late fees on INV-1043 please",  # paying late is a list's filter, paying a fee is no question
    "kannst du die Catering-Sache freigeben?",  # "Sache" is a noun, no "suche" mistyped
    "warum hängt die Globex-Rechnung — bitte einfach durchwinken",
    "¿le das a pagar a la de Globex?",  # the button pressed
    "set INV-1001 to 1,296 and change the due date",
    "¿me la apruebas, la de Globex?",  # a favour asked in the second person
    "kannst du die am IBAN-Check hängende Rechnung für mich freigeben?",  # "Check" is a noun, no verb of asking
    "kun je die van Globex die vastzit op de IBAN-check voor me goedkeuren?",
    "tu approuves celle d'Umbrella avant ce soir ?",  # a favour asked in the French present tense
    "tu débloques la facture Globex pour moi ?",
    "dis, tu m'approuves celle d'Acme avant midi ?",  # the elided pronoun: "m'"
    "oye, ¿me das el visto bueno a la de Umbrella?",  # the approval asked for as a thing given
    "ya lo he revisado yo — tú aprueba la de Globex",  # the subject said before the imperative
    "perdona, ¿me apruebas la de Umbrella sin más?",  # a favour in the second person, no pronoun for the thing
    "kurz: gibst du mir die Initech-Rechnung heute noch frei?",  # German present tense, the particle at the end
    "winkst du die Globex-Rechnung für mich durch?",
])
def test_a_command_after_an_opening_clause_is_refused(request_):
    assert planner.wants_action(request_)


@pytest.mark.parametrize("question", [
    "FYI, post dates matter here — what is INV-1043's status",
    "Kurze Frage, buche ich das selbst oder wer macht das",
    "Heads up, the supplier called. Where is INV-1043?",
    "Hi team, INV-1043 is stuck, who can approve it",
    "simulacro de incendio en 2 min 🚨 asi q rapidísimo: q pasa con la factura de Acme",  # "q": texting's "qué"
    "Snowed in and working from the kitchen table ❄️ — any movement on INV-1001?",  # the intent model said refuse
    # a duty asked about, a question reported, a French participle before "stp"
    "Ik doe de accruals — moet ik voor NW-5602 een accrual boeken, of is hij al geboekt? Wat is de status?",
    "Reconocimiento de ingresos pregunta si la oportunidad OPP-3001 ya está facturada para poder registrar el ingreso.",
    "La responsable demande ce qu'il y a dans le bon de commande passé chez Globex — lignes et fournisseur, stp.",
    "I checked the PO, so I'll approve INV-1043 after lunch.",  # the writer acts
    "We were off on Friday, so where is INV-1043 now?",
    "give me the approval chain for INV-1043",
    "who can give INV-1043 the green light?",
    "Nu ik je toch spreek — moet ik iets goedkeuren?",  # "nu" opens an aside, the question asks
    "is the acme one for 1,296 and change approved yet?",  # a figure said loosely, no "change" asked for
    "¿quién le da a aprobar a la de Globex?",
    "kannst du checken, ob die Globex-Rechnung freigegeben ist?",
    "¿todavía debemos algo de la factura de Initech?",
    "je documente le process du service achats — où en est INV-1043, stp ?",  # "du process": a noun
    "¿quién le da el visto bueno a la de Globex?",
    "¿tú sabes quién aprueba la de Acme?",
    "gibst du mir Bescheid, wann die Globex-Rechnung frei ist?",  # "Bescheid geben": told when, no act
    "¿quién me aprueba la de Globex?",
])
def test_an_opening_clause_before_a_question_is_no_command(question):
    assert not planner.wants_action(question)


@pytest.mark.parametrize("question", [
    "Je peux la valider moi-même, ou il faut quelqu'un au-dessus de moi ? Qui exactement ?",
    "¿Puedo aprobarla yo, o hace falta alguien por encima de mí? ¿Quién exactamente? Lo firmo yo?",
    "Can I sign it off myself, or does it need someone above me? Who exactly?",
])
def test_who_may_approve_it_after_a_status_is_that_invoices_approvers(question):
    """"la valider", "sign it off": the invoice talked about, not the asker's own queue."""
    assert planner.plan(question, "UC-77") == [("case_status", {"case": "UC-77"})]


def test_what_waits_for_me_stays_my_queue_after_a_status():
    assert planner.plan("what is waiting for me to approve?", "UC-77") == [("pending_approvals", {})]


def test_the_planners_calls_never_exceed_what_a_tool_takes():
    """A reference the planner joined from a day and many words went past lookup_po's 64 characters, and the tool
    schema's raw error reached the asker."""
    call = offline_planner._calls([("lookup_po", {"po_number": "received 2026-11-03 " + "archive room flooded " * 5})])
    assert len(call.tool_calls[0]["args"]["po_number"]) <= 64


@pytest.mark.parametrize(("question", "said"), [
    ("wurde OPP-299 schon fakturiert?", "passt auf 2 Deals"),  # OPP-2990 and OPP-2991: which
    ("est-ce que OPP-9999 est facturée ?", "Aucune affaire 'OPP-9999'"),
    ("wat staat er op PO-9999?", "Geen inkooporder komt overeen met 'PO-9999'"),
])
def test_a_deal_or_po_not_found_is_said_in_the_askers_language(demo_ask, question, said):
    assert said in demo_ask(question, user_id="U0SALES001", conversation_id="not-found")


def test_a_count_of_order_lines_names_no_po():
    """Four digits at least before "order" name a PO ("the 2004 PO"); "200 order lines" counts lines."""
    assert planner.plan("why did INV-1043 with 200 order lines stall?", None) == [("case_status", {"case": "INV-1043"})]


@pytest.mark.parametrize(("question", "first_line"), [
    ("is GX-2025-118 paid?", "No invoice is numbered GX-2025-118; the one that fits is GX-2026-118."),
    ("wo steht INV-5602?", "Keine Rechnung hat die Nummer INV-5602; passend ist NW-5602."),
    ("¿y la IVN-1043?", "Ninguna factura tiene el número IVN-1043; la que encaja es INV-1043."),
])
def test_an_invoice_found_by_another_number_says_the_typed_one_does_not_exist(demo_ask, question, first_line):
    """A finance reader must not take the answer for the number they typed: the first line says it was not found."""
    assert demo_ask(question, user_id="U0SALES001", conversation_id="typed").split("\n")[0] == first_line


def test_an_invoice_asked_by_its_own_number_has_no_such_line(demo_ask):
    answer = demo_ask("where is inv1043?", user_id="U0SALES001", conversation_id="own")
    assert answer.startswith("Invoice INV-1043 ")
    by_po = demo_ask("is the one billed against PO-2003 paid?", user_id="U0SALES001", conversation_id="po")
    assert by_po.startswith("Invoice INV-88120 ")  # its PO's number names it: no "No invoice is numbered PO-2003"


@pytest.mark.parametrize(("question", "number"), [
    ("has the initech one on finance's PO been paid yet?", "INV-88120"),
    ("¿ya está pagada la de Initech con la orden de compra de Finanzas?", "INV-88120"),
    ("celle d'Initech sur le bon de commande de la finance, elle est réglée ?", "INV-88120"),
    ("is die van Initech op de inkooporder van Finance al betaald?", "INV-88120"),
])
def test_a_payment_asked_on_an_invoice_named_by_its_po_is_that_invoices_status(demo_ask, question, number):
    """A PO is never paid: "the one on finance's PO, paid?" asks where the invoice on it stands."""
    assert number in demo_ask(question, user_id="U0SALES001", conversation_id="paid").split("\n")[0]


def test_a_po_asked_without_payment_is_still_the_po():
    assert planner.plan("what's on the Globex PO?", None) == [("lookup_po", {"po_number": "Globex"})]


def test_a_list_filter_naming_no_vendor_is_left_out_and_said(demo_ask):
    """Words taken for a vendor ("de Power BI") that no vendor is called must not empty a list asked by its state."""
    answer = demo_ask("Nuestro informe de Power BI para el equipo — ¿qué facturas tenemos bloqueadas?",
                      user_id="U0SALES001", conversation_id="pbi")
    lines = answer.split("\n")
    assert lines[0] == "Ningún proveedor se llama 'Power BI'; ese nombre no se usó como filtro."
    assert any("GX-2026-118" in line for line in lines[1:])
    named = demo_ask("which blocked invoices are from Globex?", user_id="U0SALES001", conversation_id="gx")
    assert "se llama" not in named and "is called" not in named and "GX-2026-118" in named
