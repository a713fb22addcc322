"""fpdf2 styles for set 25, second part (09 Gozo farm-produce wholesaler's fattura tat-taxxa in Maltese to restaurants
with VAT at 0 % on food, 5 % on confectionery and 18 % on wine and transport and a VAT summary, 10 Saba building-supply
store's factuur in Dutch in US dollars with a left sidebar, imported goods without ABB (paid at import) and services at
Saba's ABB rate for services, 4 %)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import mt_date
from kit_common import due_note, kv, po_note, truth
from invoice_kit import (
    valid,
    de,
    digits,
    en,
    exact_price,
    iban,
    iban_fmt,
    new_fpdf,
    q2,
    qstr,
    rand_date,
    style_registry,
    table,
    txt,
)
from kit_common import para, totals
from stdnum.mt import vat as _mtvat

STYLES, style = style_registry("fpdf2")


# =========================================================================== 09 Gozo produce wholesaler (VAT 0 / 5 / 18 %, EUR), VAT summary by rate
GZ_V = [("Għawdex Produce Co. Ltd", "Triq il-Mġarr, Xewkija XWK 9014, Għawdex", (20, 100, 60)), ("Xlendi Farm Foods Ltd", "Triq ix-Xlendi, Munxar MXR 1013, Għawdex", (170, 60, 20)),
        ("Ir-Razzett ta' Sannat Ltd", "Triq Ta' Ċenċ, Sannat SNT 1102, Għawdex", (40, 70, 140)), ("Żebbuġ Gozo Delicacies Ltd", "Triq il-Knisja, Żebbuġ ZBB 1320, Għawdex", (120, 40, 100))]
GZ_B = [("Ristorant Il-Bastjun", "Triq San Pawl, Il-Belt Valletta VLT 1210"), ("Taverna tal-Port Ltd", "Xatt ta' Tigné, Tas-Sliema SLM 3012"), ("Hotel Ta' Ċenċ Kitchens", "Triq Ta' Ċenċ, Sannat SNT 1102"),
        ("Bistro Marsalforn", "Triq il-Wied, Marsalforn MFN 9012")]
GZ_ROWS = [("Ġbejniet friski (tużżana)", "0", "tuż", 5, 40, "6.50", "9.80"), ("Ġbejniet tal-bżar (tużżana)", "0", "tuż", 5, 30, "7.20", "10.50"), ("Għasel Għawdxi 500 g", "0", "vażett", 6, 48, "7.50", "12.00"),
           ("Żejt taż-żebbuġa extra verġni 1 L", "0", "flixkun", 6, 36, "14.00", "22.00"), ("Kunserva tat-tadam 500 g", "0", "vażett", 12, 60, "2.80", "4.60"),
           ("Qagħaq tal-għasel (kaxxa ta' 12)", "5", "kaxxa", 2, 12, "11.00", "16.50"), ("Nougat Għawdxi 200 g", "5", "pakkett", 6, 36, "3.80", "5.90"),
           ("Inbid aħmar Għawdxi 75 cl", "18", "flixkun", 6, 48, "9.50", "18.00"), ("Liquor tal-prickly pear 50 cl", "18", "flixkun", 3, 24, "12.00", "19.00")]


@style("09", "mt_ghawdex_fattura_tat_taxxa_vat_0_5_18")
def s09(rng, i):
    vname, vaddr, color = GZ_V[i]
    bname, baddr = GZ_B[i]
    d = rand_date(rng)
    picks = rng.sample([r for r in GZ_ROWS if r[1] == "0"], rng.randint(2, 4)) + rng.sample([r for r in GZ_ROWS if r[1] == "5"], rng.randint(0, 1)) + rng.sample([r for r in GZ_ROWS if r[1] == "18"], rng.randint(1, 2))
    items = []
    for desc, rate, unit, qlo, qhi, lo, hi in picks:
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "rate": rate, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.05"))})
    items.append({"desc": "Trasport bil-vapur u kunsinna", "rate": "18", "unit": "", "qty": D(1), "price": D(rng.choice(["25.00", "35.00", "45.00", "60.00"]))})
    for x in items:
        x["amount"] = q2(x["qty"] * x["price"])
    rates = [r for r in ("0", "5", "18") if any(x["rate"] == r for x in items)]
    base = {r: sum(x["amount"] for x in items if x["rate"] == r) for r in rates}
    vat = {r: q2(base[r] * D(r) / 100) for r in rates}
    net, tax = sum(base.values()), sum(vat.values())
    total = net + tax
    vno = valid(rng, lambda: digits(rng, 8, True), _mtvat.is_valid)
    vat_p = f"MT{vno}"
    no = [f"{rng.randint(1000, 9999)}", f"GZ-{rng.randint(10000, 59999)}", f"F{d.strftime('%y')}/{rng.randint(100, 999)}", f"{rng.randint(200000, 299999)}"][i]
    fd = [mt_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d-%m-%y")][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=15), None][i]
    term = ["", "Ħlas mal-kunsinna", "", "Ħlas fi żmien 30 jum mid-data tal-fattura"][i]
    po = [None, f"PO{rng.randint(1000, 9999)}", None, f"{rng.randint(100, 999)}/{d.strftime('%y')}"][i]
    cust = f"K{rng.randint(100, 999)}"

    def render(path):
        pdf = new_fpdf(creator="Kontijiet 4")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 210, 28, "F")
        txt(pdf, 14, 7, vname, 15, "B", color=(255, 255, 255))
        txt(pdf, 14, 14, vaddr, 8.2, color=(255, 255, 255))
        txt(pdf, 14, 18.5, f"Tel. +356 2155 {digits(rng, 4)} · Numru tal-VAT: {vat_p} · Reġ. Kumpanija C {rng.randint(20000, 99999)}", 7.8, color=(255, 255, 255))
        txt(pdf, 14, 36, "FATTURA TAT-TAXXA", 14, "B", color=color)
        txt(pdf, 14, 44, "Klijent:", 7.6, color=(110, 110, 110))
        txt(pdf, 14, 48.5, bname, 9.4, "B")
        txt(pdf, 14, 53, baddr, 8.2)
        txt(pdf, 14, 57.5, f"Numru tal-klijent: {cust}", 8)
        y = kv(pdf, 122, 36, [("Numru tal-fattura", no), ("Data", fd(d)), ("Numru tal-ordni", po), ("Data tal-ħlas", fd(due) if due else None)], wl=34, wv=40, size=8.2, step=4.8)
        y0 = max(y, 62) + 4
        cols = [("Deskrizzjoni", 76, "L"), ("Kwantità", 18, "R"), ("Unità", 18, "C"), ("Prezz €", 22, "R"), ("VAT %", 16, "R"), ("Ammont €", 32, "R")]
        rows = [[x["desc"], qstr(x["qty"]), x["unit"], en(x["price"]), x["rate"], en(x["amount"])] for x in items]
        y = table(pdf, 14, y0, cols, rows, size=7.8, rowh=5.8, header_fill=(235, 235, 235), line_color=(215, 215, 215))
        y += 5
        txt(pdf, 14, y, "Sommarju tal-VAT", 8, "B")
        table(pdf, 14, y + 4.5, [("Rata", 16, "R"), ("Valur nett €", 28, "R"), ("VAT €", 24, "R")], [[f"{r}%", en(base[r]), en(vat[r])] for r in rates], size=7.6, rowh=5)
        y2 = totals(pdf, 118, y, [("Total eskluż il-VAT", en(net), False), ("VAT", en(tax), False), ("TOTAL DOVUT €", en(total), True)], wl=44, wv=34, size=8.8, line=color, step=5.8)
        y3 = para(pdf, 14, max(y2, y + 26) + 5, 182, (f"{term}. " if term else "") + "Ikel għall-konsum uman: 0% (eżenzjoni b'kreditu). Ħelu: 5%. Inbid, xorb alkoħoliku u trasport: 18%. " + f"Ħlas b'trasferiment lil Bank of Valletta, IBAN {iban_fmt(iban('MT', 'VALL' + '22013' + digits(rng, 18)))}.", 7.6, h=3.8)
        para(pdf, 14, y3 + 3, 182, "Il-merkanzija tibqa' proprjetà tagħna sakemm titħallas kollha. Grazzi tal-ordni!", 7.4, "I", h=3.8, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Gozo farm-produce wholesaler's FATTURA TAT-TAXXA in Maltese to a restaurant or hotel: food at VAT 0 % (exempt with credit), confectionery at 5 %, wine, liqueur and transport at 18 %, a VAT rate column and a VAT summary by rate; vendor = the company name in the coloured band; vendor tax id = 'Numru tal-VAT' MT + 8 digits (valid under python-stdnum mt.vat); the company registration number and the customer number are decoys. "
        "invoice_number = 'Numru tal-fattura'; invoice_date = 'Data' (" + ["Maltese long date '12 ta' Marzu 2026'", "dd/mm/yyyy", "dd.mm.yyyy", "dd-mm-yy"][i] + "). "
        + due_note(due, term, "Data tal-ħlas")
        + po_note(po, "Numru tal-ordni")
        + "subtotal = 'Total eskluż il-VAT'; tax = 'VAT'; total = 'TOTAL DOVUT €'. The VAT summary is a decoy. Currency EUR. Amounts '1,234.56'. Line items: every row (quantity = dozens, jars, bottles, boxes, 1 for transport)."
    )
    t = truth(vname, vat_p, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, vat_p, no, po, vname, "TOTAL DOVUT"], render


# =========================================================================== 10 Saba building supplies (ABB 4 % on services only, USD), left sidebar
SB_V = [("Saba Bouwmaterialen B.V.", "Fort Bay Road 4, The Bottom", (0, 85, 110)), ("Windwardside Hardware & Supplies B.V.", "Lambees Road 11, Windwardside", (150, 75, 0)),
        ("Mount Scenery Building Supply N.V.", "Booby Hill 2, Windwardside", (40, 100, 40)), ("Hell's Gate Bouwmarkt B.V.", "Hell's Gate Road 7, Zion's Hill", (110, 30, 80))]
SB_B = [("Openbaar Lichaam Saba, afdeling Publieke Werken", "Government Building, The Bottom"), ("Windwardside Guesthouse B.V.", "Windwardside, Saba"), ("Fort Bay Havenbeheer", "Fort Bay, Saba"),
        ("Aannemersbedrijf J. Hassell", "St. Johns, Saba")]
SB_GOODS = [("Cement 42,5 N, zak 42,5 kg", "zak", 10, 120, "14.50", "19.90"), ("Wapeningsstaal 12 mm x 6 m", "stuk", 10, 80, "11.00", "16.50"), ("Multiplex 18 mm 122x244", "plaat", 4, 40, "62.00", "88.00"),
            ("Golfplaat gegalvaniseerd 3,6 m", "stuk", 6, 40, "34.00", "52.00"), ("Verf buiten wit 18 L", "emmer", 1, 10, "145.00", "210.00"), ("Schroeven RVS 5x60, doos 200", "doos", 2, 20, "18.00", "29.00")]
SB_SERV = [("Bezorging met vrachtwagen naar Windwardside", "rit", 1, 4, "65.00", "95.00"), ("Zaagwerk op maat", "uur", 1, 6, "45.00", "60.00"), ("Huur betonmolen", "dag", 1, 5, "55.00", "80.00")]


@style("10", "bq_saba_bouwmaterialen_abb_diensten_usd")
def s10(rng, i):
    vname, vaddr, color = SB_V[i]
    bname, baddr = SB_B[i]
    d = rand_date(rng)
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(SB_GOODS, rng.randint(2, 4)):
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "abb": "0%*", "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.05"))})
    for desc, unit, qlo, qhi, lo, hi in rng.sample(SB_SERV, rng.randint(1, 2)):
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "abb": "4%", "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.05"))})
    for x in items:
        x["amount"] = q2(x["qty"] * x["price"])
    bg = sum(x["amount"] for x in items if x["abb"] != "4%")
    bsv = sum(x["amount"] for x in items if x["abb"] == "4%")
    tax = q2(bsv * D("0.04"))
    net = bg + bsv
    total = net + tax
    crib = digits(rng, 9, True)
    no = [f"{d.year}{rng.randint(1000, 9999)}", f"F-{rng.randint(10000, 39999)}", f"{rng.randint(500, 4999)}", f"SB/{d.strftime('%y')}/{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d-%m-%Y"), lambda x: f"{x.day} {['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%m/%d/%Y")][i]
    due = [d + dt.timedelta(days=30), d + dt.timedelta(days=14), None, d + dt.timedelta(days=30)][i]
    term = ["", "", "Contante betaling bij afhalen", ""][i]
    po = [f"PW-{d.year}-{rng.randint(10, 99)}", None, None, f"{rng.randint(1000, 9999)}"][i]
    po_label = ["Uw bestelnummer", "", "", "Uw referentie"][i]
    usd = lambda x: "USD " + de(x)  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="WinkelKas 6")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 52, 297, "F")
        w = (255, 255, 255)
        y = para(pdf, 6, 12, 42, vname.split(" B.V.")[0].split(" N.V.")[0], 10, "B", h=4.6, color=w)
        para(pdf, 6, y + 4, 42, f"{vaddr}\nSaba, Caribisch Nederland\nTel. +599 416 {digits(rng, 4)}\n\nCRIB-nummer\n{crib}\n\nKvK Saba {rng.randint(1000, 9999)}\n\nBank: MCB Saba\nrek. {digits(rng, 8, True)}", 7.6, h=3.9, color=w)
        txt(pdf, 62, 14, vname, 12.5, "B", color=color)
        txt(pdf, 62, 24, "FACTUUR", 18, "B")
        txt(pdf, 62, 36, bname, 9.4, "B")
        txt(pdf, 62, 41, baddr, 8.4)
        y = kv(pdf, 140, 36, [("Factuurnummer", no), ("Factuurdatum", fd(d)), (po_label, po), ("Vervaldatum", fd(due) if due else None)], wl=26, wv=30, size=7.8, step=4.6)
        y0 = max(y, 50) + 6
        cols = [("Omschrijving", 66, "L"), ("Aantal", 14, "R"), ("Eenh.", 14, "C"), ("Prijs", 22, "R"), ("ABB", 12, "C"), ("Bedrag", 24, "R")]
        rows = [[x["desc"], qstr(x["qty"]), x["unit"], de(x["price"]), x["abb"], de(x["amount"])] for x in items]
        y = table(pdf, 58, y0, cols, rows, size=7.4, rowh=5.6, header_fill=(235, 240, 242), line_color=(210, 215, 218))
        trows = [("Goederen (ABB voldaan bij invoer)", usd(bg), False), ("Diensten", usd(bsv), False), ("Totaal excl. ABB", usd(net), False), ("ABB 4% over diensten", usd(tax), False), ("Totaal te betalen", usd(total), True)]
        y2 = totals(pdf, 100, y + 5, trows, wl=58, wv=34, size=8.2, line=color, step=5.4)
        para(pdf, 58, y2 + 5, 144, (f"{term}. " if term else "") + "* Op goederen is de ABB al bij invoer op Saba geheven (Belastingwet BES); op diensten rekenen wij ABB 4% (algemeen tarief diensten Saba). Alle bedragen in Amerikaanse dollars.", 7.4, h=3.7)
        pdf.output(path)

    notes = (
        "Saba (Caribbean Netherlands) building-supply store's FACTUUR in Dutch in US dollars with a coloured left sidebar (address, CRIB number, bank): imported goods carry no ABB on the invoice (it was levied at import; marked '0%*') and services (delivery, cutting, mixer hire) carry the ABB rate for services on Saba and Sint Eustatius, 4 % (Bonaire's is 6 %; goods are 6 % at import there, 8 % on Bonaire): vendor = the company name at the top of the page (the sidebar prints it without its B.V./N.V.); vendor tax id = 'CRIB-nummer' in the sidebar (9 digits, shape unverified); the KvK number and the bank account are decoys. "
        "invoice_number = 'Factuurnummer'; invoice_date = 'Factuurdatum' (" + ["dd-mm-yyyy", "'12 maart 2026'", "dd/mm/yyyy", "mm/dd/yyyy"][i] + "). "
        + due_note(due, term, "Vervaldatum")
        + po_note(po, po_label)
        + "subtotal = 'Totaal excl. ABB'; tax = 'ABB 4% over diensten'; total = 'Totaal te betalen'. The goods and services sums are decoys. Currency USD. Amounts 'USD 1.234,56'. Line items: every row (quantity = bags, pieces, sheets, trips, hours, days)."
    )
    t = truth(vname, crib, no, po, d, due, "USD", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, crib, no, po, vname, "Totaal te betalen"], render
