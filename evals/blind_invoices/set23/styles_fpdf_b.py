"""fpdf2 styles for set 23, second part (09 Guernsey heating-oil distributor's invoice with delivery tickets in litres,
prices per litre to the tenth of a penny, tank gauge readings, no VAT or GST and an account summary, 10 Norfolk Island
lighterage and freight agent's invoice per consignment by the cubic metre to the thousandth, in Australian dollars with
no GST)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import due_note, po_note
from kit_common import kv, truth, valid_id
from invoice_kit import digits, en, exact_price, new_fpdf, q2, qstr, rand_date, style_registry, table, txt
from kit_common import en_date, frame, para, totals, us_date
from stdnum.au import abn as _abn

STYLES, style = style_registry("fpdf2")


# =========================================================================== 09 Guernsey heating oil (no VAT, no tax id, GBP), delivery tickets in litres
GG_V = [("Sarnia Fuels Limited", "Bulwer Avenue, St Sampson, Guernsey GY2 4LE", (200, 80, 0)), ("Vale Heating Oil Ltd", "Route Militaire, Vale, Guernsey GY6 8DY", (0, 90, 150)),
        ("Les Banques Oil Distributors Ltd", "Les Banques, St Peter Port, Guernsey GY1 2HZ", (150, 20, 30)), ("Castel Fuel Services Ltd", "Route de Cobo, Castel, Guernsey GY5 7HA", (30, 110, 60))]
GG_B = [("Mr & Mrs P. Le Page", "Les Rouvets, La Route de la Hougue, Castel GY5 7FA"), ("Les Cotils Residential Care Home", "Les Cotils, St Peter Port GY1 1UU"),
        ("Guernsey Grown Produce Ltd (vinery no. 3)", "La Route du Picquerel, Vale GY6 8BE"), ("Torteval Community Hall", "La Route de Pleinmont, Torteval GY8 0PU")]
GG_PROD = [("Kerosene (28 sec heating oil)", "0.690", "0.920"), ("Premium kerosene with additive", "0.740", "0.980"), ("Gas oil (red diesel)", "0.780", "1.050")]
GG_SERV = [("Annual boiler service (oil-fired)", "ea", 1, 1, "95.00", "145.00"), ("Tank inspection and sludge check", "ea", 1, 1, "45.00", "75.00"), ("Fuel filter replacement", "ea", 1, 2, "18.00", "32.00"),
           ("Small-drop surcharge (under 500 litres)", "drop", 1, 1, "15.00", "25.00")]


@style("09", "gg_heating_oil_tickets_litres_no_vat")
def s09(rng, i):
    vname, vaddr, color = GG_V[i]
    bname, baddr = GG_B[i]
    d = rand_date(rng)
    big = i == 2
    items = []
    day = d - dt.timedelta(days=rng.randint(20, 35))
    for _ in range(rng.randint(3, 6) if big else rng.randint(1, 3)):
        day += dt.timedelta(days=rng.randint(2, 8))
        prod, lo, hi = GG_PROD[2] if big and rng.random() < 0.5 else rng.choice(GG_PROD[:2])
        q = D(rng.randint(40, 200) * (50 if big else 5))
        p = exact_price(rng, q, D(lo), D(hi), D("0.001"))
        before = rng.randint(8, 35)
        items.append({"day": day, "ticket": f"DT{rng.randint(100000, 399999)}", "desc": prod, "unit": "litres", "qty": q, "price": p, "amount": q2(q * p), "gauge": f"{before}% → {min(95, before + rng.randint(40, 65))}%"})
    for desc, unit, qlo, qhi, lo, hi in rng.sample(GG_SERV[:3], rng.randint(0, 2)):
        q = D(rng.randint(qlo, qhi))
        items.append({"day": None, "ticket": "", "desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.50")), "gauge": ""})
        items[-1]["amount"] = q2(items[-1]["qty"] * items[-1]["price"])
    total = sum(x["amount"] for x in items)
    acct = f"{rng.choice('CLSV')}{rng.randint(10000, 49999)}"
    no = [f"{rng.randint(300000, 399999)}", f"SI-{rng.randint(10000, 29999)}", f"INV{rng.randint(60000, 79999)}", f"{rng.randint(1000, 4999)}/{d.strftime('%y')}"][i]
    fd = [en_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d %b %Y"), lambda x: x.strftime("%d/%m/%y")][i]
    due = [d + dt.timedelta(days=28), None, d + dt.timedelta(days=30), None][i]
    term = ["", "To be collected by Direct Debit on or around the 20th of the month", "", "Payment within 28 days of the invoice date"][i]
    po = [None, None, f"GGP-{rng.randint(10000, 99999)}", None][i]
    brought = q2(D(rng.randint(8000, 90000)) / 100) if i in (1, 3) else None
    company = f"{rng.randint(10000, 69999)}"

    def render(path):
        pdf = new_fpdf(creator="FuelPlan 3")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(14, 12, 12, 12, "F")
        txt(pdf, 16.5, 14.5, vname[0], 14, "B", color=(255, 255, 255))
        txt(pdf, 30, 12, vname, 14, "B")
        txt(pdf, 30, 18.5, vaddr, 8.2)
        txt(pdf, 30, 22.5, f"Orders +44 (0)1481 {digits(rng, 6)} · Registered in Guernsey, company no. {company}", 7.8, color=(90, 90, 90))
        txt(pdf, 14, 34, "INVOICE", 15, "B", color=color)
        txt(pdf, 14, 43, bname, 9.4, "B")
        para(pdf, 14, 48, 90, baddr, 8.2, h=4)
        y = kv(pdf, 124, 34, [("Account no.", acct), ("Invoice no.", no), ("Invoice date", fd(d)), ("Customer order", po), ("Payment due", fd(due) if due else None)], wl=32, wv=40, size=8.4, step=5)
        y0 = max(y, 62) + 4
        cols = [("Date", 18, "L"), ("Ticket", 22, "L"), ("Product / service", 52, "L"), ("Gauge", 24, "C"), ("Quantity", 22, "R"), ("Unit", 12, "L"), ("Price", 14, "R"), ("Amount £", 14 + 4, "R")]
        rows = [[x["day"].strftime("%d/%m") if x["day"] else "", x["ticket"], x["desc"], x["gauge"], en(x["qty"], 0) if x["unit"] == "litres" else qstr(x["qty"]), x["unit"],
                 en(x["price"], 3) if x["unit"] == "litres" else en(x["price"]), en(x["amount"])] for x in items]
        y = table(pdf, 14, y0, cols, rows, size=7.8, rowh=6, header_fill=(240, 240, 240), line_color=(200, 200, 200))
        frame(pdf, 14, y0, y, cols, color=(170, 170, 170))
        litres = sum(x["qty"] for x in items if x["unit"] == "litres")
        txt(pdf, 14, y + 2, f"Litres delivered this period: {en(litres, 0)} · price per litre in pounds", 7.4, "I", color=(100, 100, 100))
        trows = [("Total this invoice", "£" + en(total), True)]
        if brought is not None:
            trows += [("Balance brought forward", "£" + en(brought), False), ("Account balance", "£" + en(brought + total), False)]
        y2 = totals(pdf, 120, y + 8, trows, wl=46, wv=30, size=8.8, line=(0, 0, 0), step=5.6)
        para(pdf, 14, y + 8, 96, "No VAT or GST is charged: Guernsey levies neither. Prices are per litre delivered, metered at the tanker.", 7.6, "I", h=3.8)
        y = para(pdf, 14, max(y2, y + 20) + 6, 182, (f"{term}. " if term else "") + f"Bank transfer to {vname}, sort code 40-{rng.randint(10, 99)}-{rng.randint(10, 99)}, account {digits(rng, 8)}, quoting account {acct}.", 8.2, h=4.2)
        pdf.set_draw_color(150, 150, 150)
        pdf.dashed_line(14, y + 8, 196, y + 8, 1.5, 1.5)
        txt(pdf, 14, y + 11, f"Remittance · Account {acct} · Invoice {no} · Amount £{en(total)}", 8, "B")
        pdf.output(path)

    notes = (
        "Guernsey heating-oil distributor's INVOICE in English with delivery tickets (date dd/mm, ticket, product, tank gauge before and after, litres, price per litre to the tenth of a penny): vendor = the company name (Limited/Ltd) at the top; no vendor tax id (Guernsey has no VAT or GST; the company number is a register number, a decoy), vendor_tax_id null; the account number and the tickets are decoys. "
        "invoice_number = 'Invoice no.'; invoice_date = 'Invoice date' (" + ["'12 March 2026'", "dd/mm/yyyy", "'12 Mar 2026'", "dd/mm/yy"][i] + "); the delivery dates are decoys. "
        + due_note(due, term, "Payment due")
        + po_note(po, "Customer order")
        + "subtotal and tax = null (no tax, no net printed); total = 'Total this invoice' (repeated in the remittance line)"
        + ("; 'Balance brought forward' and 'Account balance' are decoys" if brought is not None else "")
        + ". The litres delivered this period and the gauge percentages are decoys. Currency GBP. Amounts '£1,234.56'. Line items: every row (quantity = litres, printed '1,250', or pieces)."
    )
    t = truth(vname, None, no, po, d, due, "GBP", None, None, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, "£"], render


# =========================================================================== 10 Norfolk Island lighterage and freight (ABN, no GST, AUD), consignments by the cubic metre
NF_V = [("Cascade Lighterage & Freight Pty Ltd", "Cascade Road, Cascade, Norfolk Island 2899", (0, 100, 60)), ("Kingston Pier Shipping Agency Pty Ltd", "Pier Street, Kingston, Norfolk Island 2899", (20, 60, 120)),
        ("Ball Bay Cargo Services Pty Ltd", "Taylors Road, Burnt Pine, Norfolk Island 2899", (130, 70, 10)), ("Pine Island Freight Forwarders Pty Ltd", "New Cascade Road, Burnt Pine, Norfolk Island 2899", (90, 30, 110))]
NF_B = [("Bounty Bay Traders", "Taylors Road, Burnt Pine, Norfolk Island 2899"), ("Hundred Acres Building Supplies", "Headstone Road, Norfolk Island 2899"),
        ("Anson Bay Café & Provisions", "Anson Bay Road, Norfolk Island 2899"), ("Mt Pitt Holiday Villas", "Mt Pitt Road, Norfolk Island 2899")]
NF_GOODS = ["Timber and plasterboard", "General groceries (dry)", "Chilled goods, reefer", "Hardware and paint", "Furniture, flat-packed", "Bottled beverages", "Solar panels and inverter",
            "Garden supplies and fertiliser", "Whitegoods (2 refrigerators)", "Roofing iron, 6 m lengths"]
NF_RATES = [("Sea freight Brisbane – Norfolk Island", "m³", "210.00", "290.00"), ("Lighterage ship to pier", "m³", "85.00", "130.00"), ("Wharfage and pier handling", "m³", "22.00", "38.00")]
NF_OTHER = [("Delivery to premises (truck)", "load", 1, 3, "65.00", "120.00"), ("Container unpack, LCL", "ea", 1, 2, "90.00", "160.00"), ("Biosecurity inspection fee (passed on)", "ea", 1, 1, "45.00", "85.00"),
            ("Reefer power while on pier", "day", 1, 3, "40.00", "65.00")]


@style("10", "nf_lighterage_consignments_cubic_metres")
def s10(rng, i):
    vname, vaddr, color = NF_V[i]
    bname, baddr = NF_B[i]
    d = rand_date(rng)
    ship = rng.choice(["MV Southern Tiare", "MV Norfolk Provider", "MV Pacific Trader", "MV Island Link"])
    voyage = f"V{rng.randint(100, 299)}"
    arrived = d - dt.timedelta(days=rng.randint(2, 9))
    items = []
    for g in rng.sample(NF_GOODS, rng.randint(2, 3)):
        vol = D(rng.randint(400, 9000)) / 1000
        con = f"CN{rng.randint(10000, 99999)}"
        for desc, unit, lo, hi in NF_RATES[: rng.choice([2, 3])]:
            p = D(rng.randint(int(D(lo) * 100), int(D(hi) * 100))) / 100
            items.append({"con": con, "goods": g, "desc": desc, "unit": unit, "qty": vol, "price": p, "amount": q2(vol * p)})
    for desc, unit, qlo, qhi, lo, hi in rng.sample(NF_OTHER, rng.randint(1, 2)):
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(lo), D(hi), D("0.50"))
        items.append({"con": "", "goods": "", "desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    total = sum(x["amount"] for x in items)
    abn = valid_id(rng, 11, _abn.is_valid, first_nonzero=True)
    abn_fmt = _abn.format(abn)
    no = [f"{rng.randint(5000, 8999)}", f"KPS-{d.strftime('%y')}{rng.randint(1000, 9999)}", f"BB{rng.randint(10000, 39999)}", f"PIF/{voyage}/{rng.randint(10, 99)}"][i]
    fd = [en_date, lambda x: x.strftime("%d/%m/%Y"), us_date, lambda x: x.strftime("%d.%m.%Y")][i]
    due = [d + dt.timedelta(days=14), None, None, d + dt.timedelta(days=7)][i]
    term = ["", "Payment due before release of cargo", "Strictly 14 days", ""][i]
    po = [f"PO {rng.randint(1000, 9999)}", None, f"HBS-{rng.randint(100, 999)}", None][i]
    sub_printed = i in (0, 3)

    def render(path):
        pdf = new_fpdf(creator="CargoWise-lite")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 13.5, "B", font="Serif", color=color)
        txt(pdf, 14, 18.5, vaddr, 8.2)
        txt(pdf, 14, 22.5, f"Phone +672 3 {digits(rng, 5)} · ABN {abn_fmt}", 8.2)
        pdf.set_fill_color(*color)
        pdf.rect(140, 10, 56, 16, "F")
        txt(pdf, 140, 13.5, "INVOICE", 15, "B", align="C", w=56, color=(255, 255, 255))
        txt(pdf, 140, 20, "Lighterage · freight · wharf", 7.4, align="C", w=56, color=(255, 255, 255))
        pdf.set_fill_color(240, 240, 240)
        pdf.rect(14, 32, 182, 9, "F")
        txt(pdf, 17, 34.5, f"Vessel: {ship}    Voyage: {voyage}    From: Brisbane    Worked at Cascade Pier: {arrived.strftime('%d/%m/%Y')}", 8.2, "B")
        txt(pdf, 14, 46, "Bill to", 7.4, color=(110, 110, 110))
        txt(pdf, 14, 50.5, bname, 9.4, "B")
        txt(pdf, 14, 55, baddr, 8.2)
        y = kv(pdf, 126, 46, [("Invoice number", no), ("Invoice date", fd(d)), ("Your order", po), ("Due date", fd(due) if due else None)], wl=30, wv=40, size=8.4, step=5)
        y0 = max(y, 62) + 4
        cols = [("Consignment", 22, "L"), ("Goods", 44, "L"), ("Charge", 52, "L"), ("Qty", 16, "R"), ("Unit", 10, "C"), ("Rate", 18, "R"), ("Amount", 20, "R")]
        rows = [[x["con"], x["goods"], x["desc"], f"{x['qty']:.3f}" if x["unit"] == "m³" else qstr(x["qty"]), x["unit"], en(x["price"]), en(x["amount"])] for x in items]
        y = table(pdf, 14, y0, cols, rows, size=7.6, rowh=5.8, header_fill=color, header_color=(255, 255, 255), line_color=(210, 210, 210))
        vol = sum(x["qty"] for x in items if x["desc"].startswith("Sea freight"))
        trows = ([("Total charges", en(total), False)] if sub_printed else []) + [("GST", "not applicable", False), (["TOTAL AUD", "Amount due (AUD)", "TOTAL A$", "Total AUD"][i], en(total), True)]
        y2 = totals(pdf, 120, y + 6, trows, wl=46, wv=30, size=8.8, line=color, step=5.6)
        para(pdf, 14, y + 6, 98, f"Freighted volume this voyage: {vol:.3f} m³. No GST is charged: GST does not apply to supplies made on Norfolk Island (the Norfolk Island GST ceased on 1 July 2016).", 7.6, "I", h=3.8)
        para(pdf, 14, max(y2, y + 22) + 6, 182, (f"{term}. " if term else "") + f"EFT to {rng.choice(['Commonwealth Bank, Norfolk Island branch', 'Westpac, Burnt Pine'])}, BSB 06{rng.randint(1, 9)}-{rng.randint(100, 999)}, account {digits(rng, 8)}. Cargo is carried under our standard conditions of carriage.", 8, h=4)
        pdf.output(path)

    notes = (
        "Norfolk Island lighterage and freight agent's INVOICE in English, one row per charge and consignment (consignment note, goods, charge, volume in m³ to the thousandth, rate per m³), no GST (not applicable on Norfolk Island since 1 July 2016): vendor = the company name (Pty Ltd) at the top; vendor tax id = 'ABN' as printed (11 digits in groups, valid under python-stdnum au.abn); the consignment notes, the vessel and the voyage are decoys. "
        "invoice_number = 'Invoice number'; invoice_date = 'Invoice date' (" + ["'12 March 2026'", "dd/mm/yyyy", "'March 12, 2026'", "dd.mm.yyyy"][i] + "); the day the ship was worked is a decoy. "
        + due_note(due, term, "Due date")
        + po_note(po, "Your order")
        + ("subtotal = 'Total charges' (equal to the total); " if sub_printed else "subtotal = null (no net printed); ")
        + f"tax = null ('GST not applicable' prints no amount); total = '{['TOTAL AUD', 'Amount due (AUD)', 'TOTAL A$', 'Total AUD'][i]}'. The freighted volume in the note is a decoy. Currency AUD. Amounts '1,234.56'. "
        "Line items: every row (quantity = cubic metres to the thousandth, printed '2.350', loads, pieces, days; the same volume repeats on each charge of a consignment; amount = volume x rate rounded to the cent)."
    )
    t = truth(vname, abn_fmt, no, po, d, due, "AUD", total if sub_printed else None, None, total, items, notes)
    return t, [fd(d), fd(due) if due else None, "ABN " + abn_fmt, no, po, vname, "AUD" if i != 2 else "A$"], render
