"""What the layout families of the synthetic corpus print: label wordings, item names, addresses.

Each pool lists wordings real invoices use for one thing in one language ("Invoice No.",
"Invoice #", "Inv. No." ...). A seeded shuffle splits every pool of three or more into wordings
the development families may print and a remainder only the sealed (held-out) families print,
so a sealed family measures unseen vocabulary as well as an unseen layout. The split is fixed by
`SPLIT_SEED`, never by looking at what the reader knows.
"""

from __future__ import annotations

import random

SPLIT_SEED = 2024
SEALED_SHARE = 0.3  # of each pool of 3+ wordings, this share is printed by sealed families only

# field -> language -> wordings. Amount-due and decoy labels are kept apart from the grand total.
POOLS: dict[str, dict[str, list[str]]] = {
    "number": {
        "en": ["Invoice No.", "Invoice #", "Invoice Number", "Inv. No.", "Invoice no:", "Invoice ID",
               "Document No.", "Bill No."],
        "de": ["Rechnungsnummer", "Rechnungs-Nr.", "Rechnung Nr.", "Re.-Nr.", "Rechnungsnr.", "Beleg-Nr.",
               "Belegnummer"],
        "fr": ["Facture N°", "N° de facture", "Numéro de facture", "Facture n°", "Réf. facture"],
        "nl": ["Factuurnummer", "Factuur nr.", "Factuurnr.", "Factuur nummer"],
        "es": ["Número de factura", "Factura Nº", "Nº Factura", "Factura nº", "Nº de factura"],
    },
    "date": {
        "en": ["Invoice Date", "Date", "Date of issue", "Issue date", "Dated", "Invoice date", "Date issued"],
        "de": ["Rechnungsdatum", "Datum", "Belegdatum", "Ausstellungsdatum", "Rechnungs-Datum"],
        "fr": ["Date de facture", "Date", "Date d'émission", "Date de facturation", "Émise le"],
        "nl": ["Factuurdatum", "Datum", "Datum factuur"],
        "es": ["Fecha", "Fecha de factura", "Fecha de emisión", "Fecha factura"],
    },
    "due": {
        "en": ["Due Date", "Payment due", "Date due", "Due", "Pay by", "Payment Due Date", "Due by"],
        "de": ["Fälligkeitsdatum", "Fällig am", "Zahlbar bis", "Fälligkeit", "Zahlungsziel"],
        "fr": ["Date d'échéance", "Échéance", "À payer avant le", "Date limite de paiement"],
        "nl": ["Vervaldatum", "Te betalen vóór", "Uiterste betaaldatum", "Vervaldag"],
        "es": ["Fecha de vencimiento", "Vencimiento", "Fecha vencimiento", "Pagar antes de"],
    },
    "po": {
        "en": ["PO Number", "PO #", "P.O. No.", "Purchase Order", "Your Order No.", "Order Ref.", "Customer PO",
               "Purchase order no.", "PO Ref"],
        "de": ["Bestellnummer", "Ihre Bestellung", "Bestell-Nr.", "Ihre Bestellnummer", "Ihre Bestell-Nr.",
               "Bestellung"],
        "fr": ["Bon de commande", "Votre commande", "Réf. commande", "N° de commande", "Commande n°"],
        "nl": ["Inkoopordernummer", "Uw referentie", "Ordernummer", "Uw bestelling", "Inkooporder"],
        "es": ["Pedido", "Nº Pedido", "Su pedido", "Orden de compra", "Pedido nº"],
    },
    "customer_no": {
        "en": ["Customer No.", "Account No.", "Customer ID", "Client No."],
        "de": ["Kundennummer", "Kunden-Nr.", "Kd.-Nr.", "Kundennr."],
        "fr": ["N° client", "Code client", "Client n°"],
        "nl": ["Klantnummer", "Debiteurnummer", "Klantnr."],
        "es": ["Nº cliente", "Código cliente", "Cliente nº"],
    },
    "subtotal": {
        "en": ["Subtotal", "Sub-total", "Net amount", "Total net", "Total excl. VAT", "Net total", "Amount excl. tax"],
        "de": ["Nettobetrag", "Summe netto", "Zwischensumme", "Gesamt netto", "Warenwert netto", "Netto",
               "Nettosumme"],
        "fr": ["Total HT", "Montant HT", "Sous-total HT", "Total hors taxes", "Base HT"],
        "nl": ["Subtotaal", "Totaal excl. btw", "Bedrag excl. BTW", "Netto bedrag"],
        "es": ["Base imponible", "Subtotal", "Importe neto", "Base"],
    },
    "tax": {  # {r} is the rate ("20"); a wording without {r} prints none
        "en": ["VAT {r}%", "Tax ({r}%)", "Sales Tax {r}%", "VAT @ {r}%", "Tax", "VAT ({r}%)", "GST {r}%"],
        "de": ["MwSt. {r}%", "zzgl. {r}% USt.", "Umsatzsteuer {r}%", "{r}% MwSt.", "USt. {r} %", "MwSt."],
        "fr": ["TVA {r}%", "TVA ({r} %)", "Montant TVA", "TVA {r} %", "T.V.A. {r}%"],
        "nl": ["BTW {r}%", "{r}% btw", "Btw {r}%", "BTW-bedrag"],
        "es": ["IVA {r}%", "IVA ({r}%)", "Cuota IVA", "I.V.A. {r}%"],
    },
    "total": {
        "en": ["Total", "Grand Total", "Invoice Total", "Total incl. VAT", "TOTAL", "Total Amount",
               "Total (incl. tax)"],
        "de": ["Gesamtbetrag", "Rechnungsbetrag", "Bruttobetrag", "Gesamtsumme", "Endbetrag", "Summe brutto",
               "Gesamt brutto"],
        "fr": ["Total TTC", "Montant TTC", "Total à payer TTC", "Montant total TTC", "TOTAL TTC"],
        "nl": ["Totaal", "Totaal incl. btw", "Totaalbedrag", "Factuurbedrag"],
        "es": ["Total", "Total factura", "Importe total", "TOTAL"],
    },
    "amount_due": {  # printed after payments: not the grand total
        "en": ["Amount Due", "Balance Due", "Amount payable", "Balance"],
        "de": ["Zahlbetrag", "Noch zu zahlen", "Offener Betrag", "Restbetrag"],
        "fr": ["Net à payer", "Reste à payer", "Solde dû"],
        "nl": ["Te betalen", "Openstaand bedrag", "Nog te betalen"],
        "es": ["Total a pagar", "Pendiente", "Importe pendiente"],
    },
    "paid": {
        "en": ["Amount Paid", "Less payment received", "Paid", "Deposit paid"],
        "de": ["Bereits bezahlt", "Anzahlung", "abzgl. Anzahlung", "Geleistete Zahlung"],
        "fr": ["Acompte versé", "Déjà réglé", "Acompte"],
        "nl": ["Reeds betaald", "Aanbetaling", "Voldaan"],
        "es": ["Pagado", "Anticipo", "Entregado a cuenta"],
    },
    "shipping": {
        "en": ["Shipping", "Freight", "Delivery", "Shipping & handling"],
        "de": ["Versandkosten", "Fracht", "Porto und Verpackung", "Versand"],
        "fr": ["Frais de port", "Frais de livraison", "Port"],
        "nl": ["Verzendkosten", "Vrachtkosten", "Bezorgkosten"],
        "es": ["Gastos de envío", "Portes", "Envío"],
    },
    "discount": {
        "en": ["Discount", "Less discount", "Discount 5%", "Rebate"],
        "de": ["Rabatt", "abzgl. Rabatt", "Nachlass", "Skonto-Rabatt"],
        "fr": ["Remise", "Remise commerciale", "Rabais"],
        "nl": ["Korting", "Kortingsbedrag", "Extra korting"],
        "es": ["Descuento", "Dto.", "Descuento comercial"],
    },
    "bill_to": {
        "en": ["Bill To", "Invoice To", "Billed To", "Customer", "Sold To", "To"],
        "de": ["Rechnungsempfänger", "Rechnungsadresse", "Kunde", "An", "Empfänger"],
        "fr": ["Facturé à", "Client", "Adresse de facturation", "Destinataire"],
        "nl": ["Factuuradres", "Klant", "Aan", "Gefactureerd aan"],
        "es": ["Cliente", "Facturar a", "Datos del cliente", "Destinatario"],
    },
    "tax_id": {
        "en": ["VAT No.", "VAT Reg. No.", "Tax ID", "VAT Registration No.", "Company VAT", "VAT number"],
        "de": ["USt-IdNr.", "USt-ID", "Umsatzsteuer-ID", "USt.-Id.-Nr.", "UID-Nr."],
        "fr": ["N° TVA intracommunautaire", "TVA intracom.", "N° TVA", "Numéro de TVA"],
        "nl": ["BTW-nummer", "BTW nr.", "Btw-id", "BTW-identificatienummer"],
        "es": ["NIF", "CIF", "NIF/CIF", "N.I.F."],
    },
    "terms": {  # {d} is the number of days
        "en": ["Net {d}", "Payment terms: {d} days net", "Payable within {d} days", "Terms: Net {d}"],
        "de": ["Zahlbar innerhalb von {d} Tagen ohne Abzug", "Zahlungsziel: {d} Tage netto",
               "Zahlbar in {d} Tagen", "{d} Tage netto"],
        "fr": ["Paiement à {d} jours", "Conditions de paiement : {d} jours net", "Payable sous {d} jours"],
        "nl": ["Betaling binnen {d} dagen", "Betalingstermijn: {d} dagen", "Te betalen binnen {d} dagen"],
        "es": ["Pago a {d} días", "Forma de pago: {d} días", "Vencimiento a {d} días"],
    },
    "desc": {
        "en": ["Description", "Item", "Item & Description", "Product / Service", "Particulars", "Details", "Service"],
        "de": ["Bezeichnung", "Beschreibung", "Artikel", "Leistung", "Artikelbezeichnung", "Leistungsbeschreibung"],
        "fr": ["Désignation", "Description", "Libellé", "Article", "Prestation"],
        "nl": ["Omschrijving", "Artikel", "Beschrijving", "Product"],
        "es": ["Concepto", "Descripción", "Artículo", "Detalle"],
    },
    "qty": {
        "en": ["Qty", "Quantity", "Units", "Qty."],
        "de": ["Menge", "Anzahl", "Stück", "Anz."],
        "fr": ["Qté", "Quantité", "Qté."],
        "nl": ["Aantal", "Hoeveelheid", "Aant."],
        "es": ["Cantidad", "Uds.", "Cant."],
    },
    "price": {
        "en": ["Unit Price", "Rate", "Price", "Unit Cost", "Price each", "Unit price"],
        "de": ["Einzelpreis", "E-Preis", "Preis/Einheit", "Stückpreis", "Preis", "EP"],
        "fr": ["Prix unitaire", "P.U. HT", "Prix unit.", "PU HT", "Prix"],
        "nl": ["Prijs", "Stukprijs", "Eenheidsprijs", "Prijs per stuk"],
        "es": ["Precio", "Precio unitario", "Precio ud.", "P. unitario"],
    },
    "amount": {
        "en": ["Amount", "Total", "Line Total", "Net Amount", "Amount (net)"],
        "de": ["Gesamtpreis", "Betrag", "Gesamt", "G-Preis", "Summe", "Gesamtpreis netto"],
        "fr": ["Montant HT", "Total HT", "Montant", "Total ligne"],
        "nl": ["Bedrag", "Totaal", "Regeltotaal", "Bedrag excl."],
        "es": ["Importe", "Total", "Importe neto", "Subtotal línea"],
    },
    "hours": {"en": ["Hours", "Hrs", "Time"], "de": ["Stunden", "Std."], "fr": ["Heures", "H"],
              "nl": ["Uren", "Uur"], "es": ["Horas", "H."]},
    "unit": {"en": ["Unit", "UoM"], "de": ["Einheit", "ME"], "fr": ["Unité", "U."], "nl": ["Eenheid"],
             "es": ["Unidad", "Ud."]},
    "vat_col": {"en": ["VAT %", "Tax"], "de": ["USt. %", "MwSt."], "fr": ["TVA %", "TVA"], "nl": ["BTW %", "Btw"],
                "es": ["IVA %", "IVA"]},
    "carried": {  # a running total at a page break: never the subtotal
        "en": ["Carried forward", "Subtotal carried forward"], "de": ["Übertrag", "Zwischensumme Übertrag"],
        "fr": ["Report", "À reporter"], "nl": ["Transport", "Over te brengen"], "es": ["Suma y sigue", "Suma anterior"],
    },
    "page": {"en": ["Page {p} of {n}", "Page {p}/{n}"], "de": ["Seite {p} von {n}", "Seite {p}/{n}"],
             "fr": ["Page {p} sur {n}", "Page {p}/{n}"], "nl": ["Pagina {p} van {n}", "Blad {p}/{n}"],
             "es": ["Página {p} de {n}", "Pág. {p}/{n}"]},
}
# Italian, Portuguese and Polish, added later: split after the first five (see `_split`), so the
# first five keep the development/sealed split they always had.
NEW_LANGS = ("it", "pt", "pl")
_NEW: dict[str, dict[str, list[str]]] = {
    "number": {"it": ["Numero fattura", "Fattura n.", "N. fattura", "Fattura nr.", "Numero documento", "N. documento"],
               "pt": ["Fatura n.º", "Número da fatura", "N.º fatura", "Fatura nº", "Documento n.º"],
               "pl": ["Numer faktury", "Faktura nr", "Nr faktury", "Faktura VAT nr", "Nr dokumentu"]},
    "date": {"it": ["Data fattura", "Data", "Data emissione", "Data documento", "Data di emissione"],
             "pt": ["Data da fatura", "Data", "Data de emissão", "Data do documento", "Emitida em"],
             "pl": ["Data wystawienia", "Data", "Data faktury", "Wystawiono dnia", "Data dokumentu"]},
    "due": {"it": ["Data scadenza", "Scadenza", "Scadenza pagamento", "Da pagare entro il"],
            "pt": ["Data de vencimento", "Vencimento", "Pagar até", "Data limite de pagamento"],
            "pl": ["Termin płatności", "Termin zapłaty", "Płatne do", "Data płatności"]},
    "po": {"it": ["Vs. ordine", "Ordine n.", "Rif. ordine", "Ordine d'acquisto", "Vostro ordine"],
           "pt": ["Encomenda n.º", "Nota de encomenda", "V/ encomenda", "Pedido n.º", "Ref. encomenda"],
           "pl": ["Nr zamówienia", "Zamówienie", "Zamówienie nr", "Wasze zamówienie", "Nr zlecenia"]},
    "customer_no": {"it": ["Codice cliente", "Cod. cliente", "Cliente n."],
                    "pt": ["N.º cliente", "Código de cliente", "Cliente n.º"],
                    "pl": ["Nr klienta", "Kod klienta", "Klient nr"]},
    "subtotal": {"it": ["Imponibile", "Totale imponibile", "Totale netto", "Subtotale", "Imponibile IVA"],
                 "pt": ["Total ilíquido", "Subtotal", "Base tributável", "Total sem IVA", "Incidência"],
                 "pl": ["Razem netto", "Wartość netto", "Suma netto", "Netto", "Łącznie netto"]},
    "tax": {"it": ["IVA {r}%", "IVA ({r}%)", "Imposta {r}%", "Totale IVA", "I.V.A. {r}%"],
            "pt": ["IVA {r}%", "IVA ({r}%)", "Total IVA", "IVA à taxa de {r}%", "Valor IVA"],
            "pl": ["VAT {r}%", "Kwota VAT", "VAT ({r}%)", "Podatek VAT {r}%", "Wartość VAT"]},
    "total": {"it": ["Totale fattura", "Totale documento", "Totale", "Importo totale", "TOTALE"],
              "pt": ["Total", "Total (EUR)", "Valor total", "Total da fatura", "TOTAL"],
              "pl": ["Razem brutto", "Wartość brutto", "Suma brutto", "Razem", "Ogółem brutto"]},
    "amount_due": {"it": ["Netto a pagare", "Totale da pagare", "Saldo da pagare"],
                   "pt": ["Total a pagar", "Valor a pagar", "Saldo a pagar"],
                   "pl": ["Do zapłaty", "Pozostało do zapłaty", "Kwota do zapłaty"]},
    "paid": {"it": ["Acconto", "Già pagato", "Acconto versato"], "pt": ["Valor pago", "Adiantamento", "Já pago"],
             "pl": ["Zapłacono", "Zaliczka", "Wpłacono"]},
    "shipping": {"it": ["Spese di spedizione", "Trasporto", "Spese di trasporto"],
                 "pt": ["Portes", "Transporte", "Portes de envio"],
                 "pl": ["Koszt wysyłki", "Transport", "Dostawa"]},
    "discount": {"it": ["Sconto", "Sconto commerciale", "Abbuono"], "pt": ["Desconto", "Desconto comercial"],
                 "pl": ["Rabat", "Upust", "Rabat handlowy"]},
    "bill_to": {"it": ["Spett.le", "Cliente", "Destinatario", "Intestatario"],
                "pt": ["Cliente", "Exmo.(s) Sr.(s)", "Faturar a", "Dados do cliente"],
                "pl": ["Nabywca", "Odbiorca", "Nabywca:", "Płatnik"]},
    "tax_id": {"it": ["Partita IVA", "P.IVA", "P. IVA", "C.F./P.IVA"], "pt": ["NIF", "Contribuinte n.º", "NIPC"],
               "pl": ["NIP", "NIP:", "Nr NIP"]},
    "terms": {"it": ["Pagamento a {d} giorni", "Condizioni di pagamento: {d} gg", "Bonifico a {d} giorni d.f."],
              "pt": ["Pagamento a {d} dias", "Condições de pagamento: {d} dias", "Prazo de pagamento: {d} dias"],
              "pl": ["Płatność w terminie {d} dni", "Termin płatności: {d} dni", "Przelew {d} dni"]},
    "desc": {"it": ["Descrizione", "Articolo", "Prodotto / Servizio", "Descrizione articolo"],
             "pt": ["Descrição", "Artigo", "Designação", "Produto / Serviço"],
             "pl": ["Nazwa towaru lub usługi", "Nazwa", "Opis", "Towar / usługa"]},
    "qty": {"it": ["Quantità", "Q.tà", "Qtà"], "pt": ["Quantidade", "Qtd.", "Qtde"], "pl": ["Ilość", "Ilosc", "Il."]},
    "price": {"it": ["Prezzo unitario", "Prezzo", "Prezzo unit."], "pt": ["Preço unitário", "Preço", "Preço unit."],
              "pl": ["Cena jedn. netto", "Cena netto", "Cena jednostkowa"]},
    "amount": {"it": ["Importo", "Totale", "Importo netto"], "pt": ["Valor", "Total", "Montante"],
               "pl": ["Wartość netto", "Wartość", "Kwota netto"]},
    "hours": {"it": ["Ore", "Ore lav."], "pt": ["Horas", "H."], "pl": ["Godziny", "Godz."]},
    "unit": {"it": ["U.M.", "Unità"], "pt": ["Unidade", "Un."], "pl": ["J.m.", "Jedn."]},
    "vat_col": {"it": ["IVA %", "Aliquota"], "pt": ["Taxa IVA", "IVA %"], "pl": ["Stawka VAT", "VAT %"]},
    "carried": {"it": ["Riporto", "A riportare"], "pt": ["Transporte", "A transportar"],
                "pl": ["Z przeniesienia", "Do przeniesienia"]},
    "page": {"it": ["Pagina {p} di {n}", "Pag. {p}/{n}"], "pt": ["Página {p} de {n}", "Pág. {p}/{n}"],
             "pl": ["Strona {p} z {n}", "Str. {p}/{n}"]},
}
for _name, _by_lang in _NEW.items():
    POOLS[_name].update(_by_lang)
ITEMS = {
    "en": ["Consulting services", "Steel brackets 40 mm", "Network cable Cat6 5 m", "Server rack 42U",
           "Annual maintenance", "Copy paper A4, box of 5", "On-site installation", "Software licence",
           "Freight to site", "Training day", "Replacement filter", "Office chair ergonomic"],
    "de": ["Beratungsleistung", "Stahlwinkel 40 mm", "Netzwerkkabel Cat6 5 m", "Serverschrank 42 HE",
           "Wartungsvertrag jährlich", "Kopierpapier A4, 5 Pakete", "Montage vor Ort", "Softwarelizenz",
           "Schulungstag", "Ersatzfilter", "Bürostuhl ergonomisch", "Anfahrtspauschale"],
    "fr": ["Prestation de conseil", "Équerres acier 40 mm", "Câble réseau Cat6 5 m", "Baie serveur 42U",
           "Maintenance annuelle", "Papier A4, carton de 5", "Installation sur site", "Licence logiciel",
           "Journée de formation", "Filtre de rechange", "Fauteuil de bureau"],
    "nl": ["Advieswerkzaamheden", "Stalen hoeken 40 mm", "Netwerkkabel Cat6 5 m", "Serverkast 42U",
           "Jaarlijks onderhoud", "Kopieerpapier A4, doos", "Installatie op locatie", "Softwarelicentie",
           "Trainingsdag", "Vervangingsfilter"],
    "es": ["Servicios de consultoría", "Escuadras de acero 40 mm", "Cable de red Cat6 5 m", "Armario rack 42U",
           "Mantenimiento anual", "Papel A4, caja de 5", "Instalación in situ", "Licencia de software",
           "Jornada de formación", "Filtro de recambio"],
    "it": ["Consulenza tecnica", "Staffe in acciaio 40 mm", "Cavo di rete Cat6 5 m", "Armadio rack 42U",
           "Manutenzione annuale", "Carta A4, scatola da 5", "Installazione in sede", "Licenza software",
           "Giornata di formazione", "Filtro di ricambio"],
    "pt": ["Serviços de consultoria", "Suportes de aço 40 mm", "Cabo de rede Cat6 5 m", "Bastidor 42U",
           "Manutenção anual", "Papel A4, caixa de 5", "Instalação no local", "Licença de software",
           "Dia de formação", "Filtro de substituição"],
    "pl": ["Usługi doradcze", "Kątowniki stalowe 40 mm", "Kabel sieciowy Cat6 5 m", "Szafa serwerowa 42U",
           "Serwis roczny", "Papier A4, karton 5 ryz", "Montaż na miejscu", "Licencja na oprogramowanie",
           "Dzień szkoleniowy", "Filtr zapasowy"],
}
LONG_NOTES = {  # a second description line some layouts print under an item
    "en": ["as per quotation Q-{n} of last month", "serial numbers on the delivery note", "incl. setup"],
    "de": ["gemäß Angebot A-{n} vom Vormonat", "Seriennummern siehe Lieferschein", "inkl. Einrichtung"],
    "fr": ["selon devis D-{n} du mois dernier", "numéros de série sur le bon de livraison", "mise en service incluse"],
    "nl": ["volgens offerte O-{n} van vorige maand", "serienummers op de pakbon", "incl. installatie"],
    "es": ["según presupuesto P-{n} del mes pasado", "números de serie en el albarán", "incl. puesta en marcha"],
    "it": ["come da preventivo P-{n} del mese scorso", "numeri di serie sul DDT", "installazione inclusa"],
    "pt": ["conforme orçamento O-{n} do mês passado", "números de série na guia de remessa", "instalação incluída"],
    "pl": ["zgodnie z ofertą O-{n} z zeszłego miesiąca", "numery seryjne na WZ", "z montażem"],
}
STREETS = {
    "en": ["12 High Street", "450 Market Street, Suite 200", "7 Riverside Way", "88 King's Road"],
    "de": ["Hauptstraße 12", "Industriestr. 45", "Am Marktplatz 3", "Lindenallee 7a"],
    "fr": ["12 rue de la Paix", "45 avenue Jean Jaurès", "3 place du Marché", "7 boulevard Voltaire"],
    "nl": ["Dorpsstraat 12", "Industrieweg 45", "Markt 3", "Stationsplein 7"],
    "es": ["Calle Mayor 12", "Avenida de la Paz 45", "Plaza del Mercado 3", "Paseo de Gracia 7"],
    "it": ["Via Roma 12", "Corso Italia 45", "Piazza del Duomo 3", "Viale Monza 7"],
    "pt": ["Rua Augusta 12", "Avenida da Liberdade 45", "Praça do Comércio 3", "Rua de Santa Catarina 7"],
    "pl": ["ul. Marszałkowska 12", "ul. Długa 45", "al. Jerozolimskie 3", "ul. Piotrkowska 7"],
}
CITIES = {
    "en": ["London EC1A 1BB", "San Francisco, CA 94105", "Manchester M1 2AB", "Austin, TX 78701"],
    "de": ["10115 Berlin", "80331 München", "50667 Köln", "20095 Hamburg"],
    "fr": ["75002 Paris", "69001 Lyon", "33000 Bordeaux", "13001 Marseille"],
    "nl": ["1012 AB Amsterdam", "3011 AD Rotterdam", "3511 CE Utrecht", "2511 BT Den Haag"],
    "es": ["28013 Madrid", "08007 Barcelona", "46002 Valencia", "41001 Sevilla"],
    "it": ["20121 Milano", "00184 Roma", "10121 Torino", "40121 Bologna"],
    "pt": ["1100-053 Lisboa", "4000-322 Porto", "3000-150 Coimbra", "8000-138 Faro"],
    "pl": ["00-590 Warszawa", "80-831 Gdańsk", "31-042 Kraków", "90-001 Łódź"],
}
REGISTER = {
    "en": "Registered in England No. 0{n}", "de": "Amtsgericht Berlin HRB {n}", "fr": "RCS Paris B {n} {n}",
    "nl": "KvK {n}", "es": "Registro Mercantil de Madrid, Hoja M-{n}",
    "it": "REA MI-{n} - Capitale sociale € 10.000 i.v.", "pt": "Conservatória do Registo Comercial de Lisboa n.º {n}",
    "pl": "KRS 0000{n}, Sąd Rejonowy dla m.st. Warszawy",
}
MANAGER = {"en": "Director: J. Smith", "de": "Geschäftsführer: Hans Weber", "fr": "Gérant : Marie Laurent",
           "nl": "Directeur: Jan de Vries", "es": "Administrador: Carlos López", "it": "Amministratore: Marco Rossi",
           "pt": "Gerente: Ana Ferreira", "pl": "Prezes zarządu: Jan Kowalski"}
GREETING = {
    "en": "Thank you for your business. Please find our invoice below.",
    "de": "Sehr geehrte Damen und Herren, wir berechnen Ihnen folgende Leistungen:",
    "fr": "Madame, Monsieur, veuillez trouver ci-dessous notre facture.",
    "nl": "Geachte heer/mevrouw, hierbij ontvangt u onze factuur.",
    "es": "Estimado cliente, le remitimos la siguiente factura.",
    "it": "Gentile cliente, Le trasmettiamo la seguente fattura.",
    "pt": "Estimado cliente, junto enviamos a fatura referente aos serviços prestados.",
    "pl": "Szanowni Państwo, w załączeniu przesyłamy fakturę za wykonane usługi.",
}
PAY_BY = {  # a due date printed in a sentence, not under a label
    "en": "Please pay by {date} to the account below.",
    "de": "Bitte überweisen Sie den Betrag bis zum {date} auf unser Konto.",
    "fr": "Merci de régler cette facture avant le {date}.",
    "nl": "Gelieve het bedrag vóór {date} over te maken.",
    "es": "Rogamos efectúe el pago antes del {date}.",
    "it": "Si prega di effettuare il pagamento entro il {date}.",
    "pt": "Agradecemos o pagamento até {date}.",
    "pl": "Prosimy o zapłatę do dnia {date} na poniższy rachunek.",
}
EXEMPT = {  # why no VAT is charged: a small business, or the buyer accounts for it (reverse charge)
    "en": ("Not VAT registered: no VAT is charged.", "Reverse charge: VAT to be accounted for by the recipient."),
    "de": ("Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.", "Steuerschuldnerschaft des Leistungsempfängers."),
    "fr": ("TVA non applicable, art. 293 B du CGI.", "Autoliquidation : TVA due par le preneur."),
    "nl": ("Vrijgesteld van btw (KOR).", "BTW verlegd naar de afnemer."),
    "es": ("Operación exenta de IVA.", "Inversión del sujeto pasivo."),
    "it": ("Operazione esente IVA ai sensi dell'art. 10 DPR 633/72.", "Inversione contabile (reverse charge)."),
    "pt": ("IVA - regime de isenção, art. 53.º do CIVA.", "IVA - autoliquidação."),
    "pl": ("Zwolnienie z VAT na podstawie art. 113 ust. 1 ustawy o VAT.", "Odwrotne obciążenie."),
}
IBANS = ["DE89370400440532013000", "GB82WEST12345698765432", "FR1420041010050500013M02606",
         "NL91ABNA0417164300", "ES9121000418450200051332"]
MORE_IBANS = {"it": "IT60X0542811101000000123456", "pt": "PT50000201231234567890154",
              "pl": "PL61109010140000071219812874"}


def _split() -> tuple[dict, dict]:
    """(development pools, full pools): the seeded hold-back of every pool of three or more. The
    languages added later (`NEW_LANGS`) are split after the first five, by the same stream, so
    the first five keep their split."""
    rng = random.Random(SPLIT_SEED)
    dev: dict[str, dict[str, list[str]]] = {}
    for later in (False, True):
        for name, by_lang in POOLS.items():
            dev.setdefault(name, {})
            for lang, words in by_lang.items():
                if (lang in NEW_LANGS) != later:
                    continue
                order = list(words)
                rng.shuffle(order)
                keep = len(order) - (int(len(order) * SEALED_SHARE) if len(order) >= 3 else 0)
                kept = set(order[:max(1, keep)])
                dev[name][lang] = [w for w in words if w in kept]
    return dev, POOLS


DEV_POOLS, ALL_POOLS = _split()


def wording(rng: random.Random, name: str, lang: str, sealed: bool) -> str:
    """One wording of `name` in `lang`: from the full pool for a sealed family, else the
    development share."""
    pools = ALL_POOLS if sealed else DEV_POOLS
    return rng.choice(pools[name][lang])
