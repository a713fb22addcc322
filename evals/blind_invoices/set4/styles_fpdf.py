"""fpdf2 styles for set 4 (the second producer)."""
import datetime as dt
import uuid
from decimal import Decimal as D

from stdnum.gb import vat as _gbvat
from stdnum.us import ein as _ein
from stdnum.ro import cui as _cui
from stdnum.hr import oib as _oib

from invoice_kit import (q2, en, de, mt, qstr, digits, rand_date, mk_items, exact_price, T, li, valid, iban, iban_fmt,
                         new_fpdf, lfont, txt, table, ordinal, MONTHS, style_registry)

STYLES, style = style_registry("fpdf2")


# =========================================================================== 05 UK CIS subcontractor
CIS_VENDORS = [("J. Whitfield Groundworks Ltd", "Unit 3, Brookside Yard, Mill Lane", "Chorley, Lancashire PR7 3QS"),
               ("Kestrel Dryline & Plastering Ltd", "14 Furnace Road", "Ilkeston, Derbyshire DE7 5EP"),
               ("M. Okafor Electrical Services Ltd", "45 Thornhill Avenue", "Romford, Essex RM6 4BL"),
               ("Pennine Roofing Contractors Ltd", "The Old Forge, Halifax Road", "Todmorden OL14 5QG")]
CIS_BUYERS = [("Harland Build Ltd", "Commercial Office, 2 Kingsway", "Manchester M19 2LL"),
              ("Stonegate Homes (Midlands) Ltd", "Stonegate House, Pride Park", "Derby DE24 8HX"),
              ("Mr & Mrs D. Fairweather", "9 Elm Close", "Brentwood CM14 4RT"),
              ("Calder Valley Developments Ltd", "Ground Floor, 1 Wharf Street", "Sowerby Bridge HX6 2AF")]
CIS_WORK = [[("Labour: excavation & foundations, Plots {p}", "L", 220, 260, "days"), ("Labour: drainage runs & manholes", "L", 220, 260, "days"),
             ("Materials: Type 1 sub-base (tonnes)", "M", 28, 36, "t"), ("Plant hire: 8t excavator incl. operator", "L", 380, 460, "days"),
             ("Materials: 110mm drainage pipe & fittings", "M", 420, 980, "item")],
            [("Labour: dry-lining & taping, Block {p}", "L", 190, 230, "days"), ("Labour: skim coat walls & ceilings", "L", 18, 24, "m2"),
             ("Materials: plasterboard 12.5mm (sheets)", "M", 8, 12, "sheets"), ("Materials: beads, scrim & fixings", "M", 90, 260, "item")],
            [("Labour: first fix electrical, kitchen extension", "L", 240, 290, "days"), ("Labour: second fix & testing", "L", 240, 290, "days"),
             ("Materials: consumer unit 10-way RCBO", "M", 240, 380, "item"), ("Materials: cable & accessories", "M", 180, 520, "item"),
             ("EICR certificate", "L", 120, 180, "item")],
            [("Labour: strip & re-roof, Plot {p}", "L", 210, 250, "days"), ("Labour: leadwork to chimney & valleys", "L", 210, 250, "days"),
             ("Materials: natural slate 500x250", "M", 2, 4, "each"), ("Scaffold hire (weeks)", "M", 180, 320, "weeks")]]


@style("05", "uk_cis_subcontractor")
def s05(rng, i):
    vname, a1, a2 = CIS_VENDORS[i]
    vat = "GB" + valid(rng, lambda: digits(rng, 9, True), _gbvat.is_valid)
    vat_print = vat if i % 2 == 0 else f"{vat[2:5]} {vat[5:9]} {vat[9:]}"
    d = rand_date(rng)
    dlong = f"{ordinal(d.day)} {d.strftime('%B %Y')}"
    f = lambda x: x.strftime("%d/%m/%Y")
    due = d + dt.timedelta(days=rng.choice([14, 30])) if i in (0, 2) else None
    drc = i != 2
    items = []
    for desc, kind, lo, hi, unit in rng.sample(CIS_WORK[i], rng.randint(3, len(CIS_WORK[i]))):
        if unit == "days":
            q = D(rng.randint(2, 20)) / (2 if rng.random() < .3 else 1)
        elif unit == "item":
            q = D(1)
        else:
            q = D(rng.randint(10, 400))
        p = exact_price(rng, q, lo, hi, D("0.50") if unit in ("days", "item", "weeks") else D("0.01"))
        items.append({"desc": desc.format(p=f"{rng.randint(1, 40)}-{rng.randint(41, 80)}"), "kind": kind, "qty": q, "price": p, "amount": q2(q * p), "unit": unit})
    items.sort(key=lambda x: x["kind"])
    labour = sum(it["amount"] for it in items if it["kind"] == "L")
    mats = sum(it["amount"] for it in items if it["kind"] == "M")
    net = labour + mats
    vat_amt = q2(net * D("0.20"))
    tax = D(0) if drc else vat_amt
    total = net + tax
    cis_rate = D(30) if i == 3 else D(20)
    cis = q2(labour * cis_rate / 100)
    payable = total - cis
    po = [f"HB/{rng.randint(1000, 9999)}", f"SGH-PO-{rng.randint(10000, 99999)}", None, f"CVD{rng.randint(100, 999)}-{rng.randint(10, 99)}"][i]
    inv_no = [f"{rng.randint(100, 399)}", f"KDP-{d.year % 100}{rng.randint(100, 999)}", f"INV{rng.randint(1000, 1999)}", f"{d.year}/{rng.randint(10, 99)}"][i]
    utr = digits(rng, 10, True)
    crn = f"{rng.randint(1, 15):02d}{digits(rng, 6)}"

    def render(path):
        pdf = lfont(new_fpdf(creator="Microsoft Word"))
        pdf.add_page()
        txt(pdf, 0, 14, vname.upper(), 17, "B", font="LSerif", align="C", w=210)
        txt(pdf, 0, 22, f"{a1}, {a2}", 9, font="LSerif", align="C", w=210)
        txt(pdf, 0, 27, f"Tel: 0{rng.randint(1200, 1999)} {digits(rng, 6)}   Mob: 07{digits(rng, 3)} {digits(rng, 6)}   accounts@{vname.split()[1].lower().strip('.')}-{['gw', 'dp', 'es', 'rc'][i]}.co.uk", 8.5, font="LSerif", align="C", w=210)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.6)
        pdf.line(18, 33, 192, 33)
        pdf.set_line_width(0.2)
        txt(pdf, 18, 40, "INVOICE", 20, "B", font="LSans")
        txt(pdf, 18, 52, "To:", 9, "B", font="LSans")
        b = CIS_BUYERS[i]
        for k, l in enumerate(b):
            txt(pdf, 18, 57 + k * 4.6, l, 9.5, font="LSans")
        txt(pdf, 18, 73, f"Site: {rng.choice(['Land off Moss Lane', 'Former Co-op site, High St', 'Rear extension', 'Meadow View phase 2'])}", 9, font="LSans")
        rows = [("Invoice No:", inv_no), ("Date / Tax point:", dlong), ("Your Order No:", po or "—"), ("Valuation / Application:", f"No. {rng.randint(1, 9)}"),
                ("UTR:", utr)]
        pdf.rect(118, 40, 74, 32)
        for k, (a, b_) in enumerate(rows):
            txt(pdf, 121, 42 + k * 6, a, 8.5, "B", font="LSans")
            txt(pdf, 160, 42 + k * 6, b_, 8.5, font="LSans")
        cols = [("Description", 92, "L"), ("Qty", 16, "R"), ("Unit", 16, "L"), ("Rate £", 22, "R"), ("Amount £", 28, "R")]
        rws = [[it["desc"], qstr(it["qty"]), it["unit"], en(it["price"]), en(it["amount"])] for it in items]
        y = table(pdf, 18, 84, cols, rws, 8.5, font="LSans", rowh=6, header_fill=(225, 225, 225))
        y += 4
        tl = [("Labour", en(labour)), ("Materials", en(mats)), ("Net total", en(net))]
        tl.append(("VAT (reverse charge)", "0.00") if drc else ("VAT @ 20%", en(vat_amt)))
        tl.append(("TOTAL", "£" + en(total)))
        for k, v in tl:
            big = k == "TOTAL"
            txt(pdf, 110, y, k, 10 if big else 9, "B" if big else "", font="LSans", align="R", w=52)
            txt(pdf, 162, y, v, 10 if big else 9, "B" if big else "", font="LSans", align="R", w=30)
            if big:
                pdf.line(140, y - 1, 192, y - 1)
            y += 6
        y += 4
        pdf.set_fill_color(245, 245, 245)
        pdf.rect(18, y, 174, 22, "F")
        txt(pdf, 21, y + 2, "CIS (Construction Industry Scheme)", 9, "B", font="LSans")
        txt(pdf, 21, y + 8, f"Labour element subject to CIS: £{en(labour)}", 8.5, font="LSans")
        txt(pdf, 21, y + 13, f"Less CIS deduction @ {cis_rate:.0f}%: -£{en(cis)}", 8.5, font="LSans")
        txt(pdf, 110, y + 13, f"Amount payable after CIS: £{en(payable)}", 9, "B", font="LSans")
        y += 28
        if drc:
            txt(pdf, 18, y, "Reverse charge: Customer to account to HMRC for the VAT. VAT Act 1994 Section 55A applies.", 8.5, "B", font="LSans")
            txt(pdf, 18, y + 5, f"VAT at 20% to be accounted for by the customer: £{en(vat_amt)}", 8.5, font="LSans")
            y += 12
        txt(pdf, 18, y, ("Payment due by " + f(due)) if due else "Payment terms: 30 days from valuation as per sub-contract.", 9, font="LSans")
        txt(pdf, 18, y + 6, f"Bank: {rng.choice(['Lloyds Bank', 'NatWest', 'Barclays', 'HSBC UK'])}   Sort code: {digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}   Account: {digits(rng, 8)}", 9, font="LSans")
        txt(pdf, 0, 280, f"{vname}. Registered in England & Wales No. {crn}. VAT Reg No. {vat_print}", 7.5, font="LSans", align="C", w=210)
        pdf.output(path)

    t = T(vendor_name=vname, vendor_tax_id=vat_print, invoice_number=inv_no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="GBP", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items),
          notes="UK construction subcontractor invoice under CIS (Word-like letterhead). vendor_tax_id = VAT Reg No. in the footer, as printed "
                + ("(spaced '123 4567 89', no GB). " if i % 2 else "(GB...). ")
                + "UTR and company number are decoys. invoice_date = 'Date / Tax point' ('14th March 2026'). total = TOTAL (gross, before CIS); "
                f"the CIS deduction ({cis_rate:.0f} % of labour) and 'Amount payable after CIS' are decoys; Labour/Materials rows are a breakdown of the net total. "
                + ("Domestic reverse charge: VAT row printed 0.00 -> tax 0.00; the 'VAT at 20% to be accounted for by the customer' amount is a decoy. " if drc
                   else "VAT 20 % charged (end-user customer). ")
                + (f"PO = 'Your Order No'. " if po else "No PO ('—'). ") + ("Due date printed. " if due else "Terms only -> due_date null. ")
                + "Valuation/application number is a decoy.")
    checks = [dlong, vat_print, inv_no] + ([f(due)] if due else []) + ([po] if po else [])
    return t, checks, render


# =========================================================================== 08 US customs broker
CB_VENDORS = [("Gulfport Customs Brokerage, Inc.", "8700 Gulf Freeway, Suite 210", "Houston, TX 77017", "(713) 555-0142", (24, 64, 120)),
              ("Pacific Rim Customs Services LLC", "2201 E. Carson St.", "Long Beach, CA 90810", "(562) 555-0176", (150, 30, 30)),
              ("Great Lakes Trade Compliance Corp.", "1 Ambassador Bridge Plaza, Bldg 4", "Detroit, MI 48216", "(313) 555-0109", (40, 100, 60)),
              ("Savannah Port Brokers, Inc.", "500 Brampton Rd., Suite 12", "Savannah, GA 31408", "(912) 555-0133", (60, 60, 60))]
CB_SERV = [("Customs entry preparation (ABI)", 125, 225), ("ISF 10+2 filing", 35, 65), ("Single transaction bond", 65, 110),
           ("Delivery order / terminal release", 35, 75), ("PGA filing (FDA)", 45, 85), ("Courier / document handling", 15, 35),
           ("Drayage coordination", 50, 95)]


@style("08", "us_customs_broker")
def s08(rng, i):
    vname, a1, a2, phone, col = CB_VENDORS[i]
    ein = valid(rng, lambda: rng.choice(["20", "26", "27", "45", "46", "47", "81", "82", "84", "86", "88", "92"]) + digits(rng, 7), _ein.is_valid)
    ein_f = f"{ein[:2]}-{ein[2:]}"
    show_ein = i in (0, 2)
    d = rand_date(rng)
    f = lambda x: x.strftime("%m/%d/%Y")
    due = d + dt.timedelta(days=rng.choice([10, 15, 30])) if i in (0, 2) else None
    entered = D(rng.randint(18000, 260000))
    duty_rate = rng.choice([D("2.5"), D("3.4"), D("6.5"), D("0"), D("25")])
    duty = q2(entered * duty_rate / 100)
    mpf = min(max(q2(entered * D("0.003464")), D("33.58")), D("651.50"))
    hmf = q2(entered * D("0.00125"))
    serv = []
    for desc, lo, hi in rng.sample(CB_SERV, rng.randint(3, 5)):
        serv.append({"desc": desc, "qty": None, "price": None, "amount": D(rng.randint(lo, hi))})
    extra = rng.randint(0, 14)
    if extra:
        pr = D(rng.choice(["3.00", "4.00", "5.00"]))
        serv.insert(1, {"desc": "Additional invoice lines", "qty": D(extra), "price": pr, "amount": q2(extra * pr)})
    disb = [{"desc": f"Customs duty ({duty_rate}% on entered value)", "qty": None, "amount": duty},
            {"desc": "Merchandise processing fee (MPF)", "qty": None, "amount": mpf},
            {"desc": "Harbor maintenance fee (HMF)", "qty": None, "amount": hmf}]
    if i in (1, 3):
        disb.append({"desc": rng.choice(["Terminal handling (paid to terminal)", "Exam fee (CET) paid on your behalf"]), "qty": None, "amount": D(rng.randint(150, 900))})
    if duty == 0:
        disb = disb[1:]
    s_tot = sum(x["amount"] for x in serv)
    d_tot = sum(x["amount"] for x in disb)
    total = s_tot + d_tot
    filer = rng.choice(["8XH", "4KP", "B72", "M31"])
    entry = f"{filer}-{digits(rng, 7)}-{digits(rng, 1)}"
    inv_no = [f"BRK-{d.year % 100}-{rng.randint(1000, 9999):06d}", f"{rng.randint(200000, 299999)}", f"GL{rng.randint(10000, 99999)}", f"SPB-{rng.randint(1000, 9999)}"][i]
    po = [f"PO-{rng.randint(70000, 79999)}", None, f"4500{digits(rng, 6)}", f"HOU-{rng.randint(100, 999)}"][i]
    arrival = d - dt.timedelta(days=rng.randint(2, 9))

    def render(path):
        pdf = lfont(new_fpdf(fmt="Letter", creator="CargoWise-like"))
        pdf.add_page()
        pdf.set_fill_color(*col)
        pdf.rect(0, 0, 216, 5, "F")
        txt(pdf, 14, 12, vname, 14, "B", font="LSans", color=col)
        txt(pdf, 14, 19, f"{a1} · {a2} · {phone}", 8.5, font="LSans")
        txt(pdf, 14, 23.5, f"Licensed U.S. Customs Broker · License No. {rng.randint(10000, 39999)} · Filer Code {filer} · FMC OTI No. {rng.randint(10000, 29999):06d}N", 7.5, font="LSans", color=(90, 90, 90))
        txt(pdf, 140, 12, "INVOICE", 18, "B", font="LSans", align="R", w=62)
        kv = [("Invoice No.", inv_no), ("Invoice Date", f(d))] + ([("Due Date", f(due))] if due else [("Terms", "Due upon receipt")]) + [("File No.", f"{rng.choice(['HOU', 'LGB', 'DET', 'SAV'])}{digits(rng, 6)}")]
        y = 32
        for k, v in kv:
            txt(pdf, 130, y, k, 8.5, "B", font="LSans", align="R", w=30)
            txt(pdf, 162, y, v, 8.5, font="LSans")
            y += 4.8
        txt(pdf, 14, 32, "BILL TO", 7.5, "B", font="LSans", color=(110, 110, 110))
        bt = rng.choice([("Brightline Home Goods, LLC", "4410 Commerce Pkwy", "Grand Prairie, TX 75050"), ("Cascade Outdoor Supply Co.", "19 Harbor Way", "Tacoma, WA 98421"),
                         ("Keystone Auto Parts Distribution", "800 Industrial Dr", "York, PA 17402"), ("Sunbelt Beverage Imports Inc.", "2250 NW 79th Ave", "Doral, FL 33122")])
        for k, l in enumerate(bt):
            txt(pdf, 14, 37 + k * 4.3, l, 8.8, font="LSans")
        txt(pdf, 14, 51, f"Importer No.: {digits(rng, 2)}-{digits(rng, 7)}{digits(rng, 2)}", 8, font="LSans")
        pdf.set_draw_color(150, 150, 150)
        pdf.rect(14, 60, 188, 24)
        sh = [("Entry No.", entry), ("Entry Type", rng.choice(["01 Consumption", "11 Informal"]) if False else "01 Consumption"), ("Port", rng.choice(["5301 Houston", "2704 Los Angeles", "3801 Detroit", "1703 Savannah"])),
              ("Arrival Date", f(arrival)), ("B/L / AWB", f"{rng.choice(['MAEU', 'COSU', 'HLCU', 'ONEY'])}{digits(rng, 9)}"), ("Vessel / Flight", rng.choice(["MSC ANNA 612W", "EVER GIVEN 1052E", "CMA CGM TAGE 0FL3", "LH 8210"])),
              ("Entered Value", "$" + en(entered)), ("Your Ref.", po or "—"), ("Country of Origin", rng.choice(["CN", "VN", "MX", "DE", "IN"]))]
        for k, (a, b) in enumerate(sh):
            x = 17 + (k % 3) * 62
            yy = 62 + (k // 3) * 7.2
            txt(pdf, x, yy, a, 6.8, font="LSans", color=(110, 110, 110))
            txt(pdf, x, yy + 3, b, 8.5, "B", font="LSans")
        cols = [("Description", 110, "L"), ("Qty", 18, "R"), ("Rate", 26, "R"), ("Amount", 34, "R")]
        y = 92
        txt(pdf, 14, y, "BROKERAGE SERVICES", 8.5, "B", font="LSans", color=col)
        y = table(pdf, 14, y + 5, cols, [[x["desc"], qstr(x["qty"]) if x["qty"] else "", en(x["price"]) if x.get("price") else "", en(x["amount"])] for x in serv],
                  8.5, font="LSans", rowh=5.6, header_fill=(238, 238, 238))
        txt(pdf, 120, y + 1.5, "Total services", 8.5, "B", font="LSans", align="R", w=48)
        txt(pdf, 168, y + 1.5, en(s_tot), 8.5, "B", font="LSans", align="R", w=33)
        y += 10
        txt(pdf, 14, y, "DISBURSEMENTS (ADVANCED ON YOUR BEHALF)", 8.5, "B", font="LSans", color=col)
        y = table(pdf, 14, y + 5, cols, [[x["desc"], "", "", en(x["amount"])] for x in disb], 8.5, font="LSans", rowh=5.6, header_fill=(238, 238, 238))
        txt(pdf, 120, y + 1.5, "Total disbursements", 8.5, "B", font="LSans", align="R", w=48)
        txt(pdf, 168, y + 1.5, en(d_tot), 8.5, "B", font="LSans", align="R", w=33)
        y += 11
        pdf.set_fill_color(*col)
        pdf.rect(120, y - 1.5, 82, 9, "F")
        txt(pdf, 122, y, "INVOICE TOTAL (USD)", 10, "B", font="LSans", color=(255, 255, 255))
        txt(pdf, 168, y, "$" + en(total), 11, "B", font="LSans", align="R", w=33, color=(255, 255, 255))
        y += 16
        txt(pdf, 14, y, "Duties, taxes and fees advanced to U.S. Customs and Border Protection are due immediately and are not subject to discount.", 7.5, font="LSans")
        txt(pdf, 14, y + 4.5, f"Remit to: {vname}, ACH routing {digits(rng, 9, True)}, account {digits(rng, 10)}. Please reference the invoice number.", 7.5, font="LSans")
        txt(pdf, 14, y + 9, "All business is transacted subject to the NCBFAA Terms and Conditions of Service, available on request.", 7.5, font="LSans")
        if show_ein:
            txt(pdf, 0, 266, f"Federal Tax ID {ein_f}", 7.5, font="LSans", align="C", w=216, color=(90, 90, 90))
        txt(pdf, 0, 270, "Page 1 of 1", 7.5, font="LSans", align="C", w=216, color=(90, 90, 90))
        pdf.output(path)

    t = T(vendor_name=vname, vendor_tax_id=ein_f if show_ein else None, invoice_number=inv_no, po_number=po, invoice_date=d.isoformat(),
          due_date=due.isoformat() if due else None, currency="USD", subtotal=None, tax=None, total=mt(total),
          line_items=[{"amount": mt(x["amount"]), "quantity": qstr(x["qty"]) if x.get("qty") else None} for x in serv + disb],
          notes="US customs broker invoice (Letter): brokerage services + disbursements (duty, MPF, HMF advanced to CBP). No tax and no overall subtotal: "
                "'Total services' and 'Total disbursements' are section totals (decoys) -> subtotal null, tax null; total = INVOICE TOTAL. "
                "Entry No., filer code, license/FMC numbers, Importer No., B/L, File No., entered value, ACH routing are decoys; Arrival Date is a decoy date. "
                "Line items = service rows and disbursement rows (quantity only on 'Additional invoice lines'). "
                + (f"vendor_tax_id = Federal Tax ID (EIN) in the footer. " if show_ein else "No tax id printed -> null. ")
                + (f"PO = 'Your Ref.'. " if po else "No PO ('—'). ") + ("" if due else "'Due upon receipt' -> due_date null."))
    checks = [f(d), inv_no] + ([ein_f] if show_ein else []) + ([f(due)] if due else []) + ([po] if po else [])
    return t, checks, render


# =========================================================================== 09 German private doctor's bill (GOÄ)
GOAE = [("1", "Beratung, auch telefonisch", 80), ("3", "Eingehende Beratung, mind. 10 Minuten", 150), ("5", "Symptombezogene Untersuchung", 80),
        ("7", "Vollständige körperliche Untersuchung eines Organsystems", 160), ("8", "Ganzkörperstatus", 260), ("250", "Blutentnahme aus der Vene", 40),
        ("651", "Elektrokardiographische Untersuchung in Ruhe", 253), ("410", "Ultraschalluntersuchung eines Organs", 200),
        ("420", "Ultraschalluntersuchung, bis zu drei weitere Organe, je Organ", 80), ("75", "Ausführlicher schriftlicher Krankheits- und Befundbericht", 130),
        ("3511", "Untersuchung eines Körpermaterials mit Teststreifen", 50), ("3550", "Blutbild und Blutbildbestandteile", 60),
        ("605", "Ruhespirographische Untersuchung", 242), ("652", "EKG unter Belastung (Ergometrie)", 445)]
DOCS = [("Dr. med. Katrin Albers", "Fachärztin für Innere Medizin · Hausärztliche Versorgung", "Lindenstraße 12", "30159 Hannover"),
        ("Gemeinschaftspraxis Dr. med. Berger & Dr. med. Yilmaz", "Fachärzte für Allgemeinmedizin", "Marktplatz 3", "97070 Würzburg"),
        ("Dr. med. Johannes Reuter", "Facharzt für Kardiologie", "Kaiserstraße 88", "60329 Frankfurt am Main"),
        ("Praxis Dr. med. Annette Vogel", "Fachärztin für Innere Medizin und Pneumologie", "Theresienstraße 21", "80333 München")]
PUNKTWERT = D("0.0582873")


@style("09", "de_privatarzt_goae")
def s09(rng, i):
    vname, spec, a1, a2 = DOCS[i]
    stnr = f"{rng.randint(10, 99)}/{rng.randint(100, 999)}/{rng.randint(10000, 99999)}" if i != 2 else None
    d = rand_date(rng)
    f = lambda x: x.strftime("%d.%m.%Y")
    due = d + dt.timedelta(days=rng.choice([21, 30])) if i in (0, 2) else None
    visits = sorted({d - dt.timedelta(days=rng.randint(5, 60)) for _ in range(rng.randint(1, 3))})
    rows = []
    for v in visits:
        for code, text, pts in sorted(rng.sample(GOAE, rng.randint(2, 5)), key=lambda x: int(x[0])):
            lab = len(code) == 4 and code.startswith("35")
            factor = D("1.15") if lab else (D("1.8") if code in ("651", "652", "605", "410", "420") else rng.choice([D("2.3"), D("2.3"), D("3.5")]))
            n = D(rng.choice([1, 1, 1, 2])) if code in ("420", "3550") else D(1)
            single = q2(pts * PUNKTWERT * factor)
            rows.append({"date": v, "code": code, "text": text, "factor": factor, "qty": n, "amount": q2(single * n)})
    total = sum(r["amount"] for r in rows)
    inv_no = [f"{d.year}-{rng.randint(100, 2999):05d}", f"R{d.strftime('%y')}/{rng.randint(1000, 9999)}", f"{rng.randint(240000, 269999)}", f"PV-{rng.randint(10000, 99999)}"][i]
    patient = rng.choice([("Herrn", "Michael Krüger", "Am Stadtpark 7"), ("Frau", "Sabine Hoffmann", "Goethestraße 41"), ("Herrn", "Dr. Stefan Brandt", "Bergweg 2a"), ("Frau", "Ingrid Lehmann", "Rosenhof 15")])
    birth = dt.date(rng.randint(1948, 1992), rng.randint(1, 12), rng.randint(1, 28))
    diag = rng.choice(["Arterielle Hypertonie (I10.90)", "Vorhofflimmern, paroxysmal (I48.0)", "Asthma bronchiale (J45.9)", "Typ-2-Diabetes (E11.90)", "Vorsorgeuntersuchung (Z00.0)"])

    def render(path):
        pdf = lfont(new_fpdf(creator="Praxissoftware"))
        pdf.add_page()
        txt(pdf, 25, 16, vname, 14, "B", font="Serif", color=(20, 60, 100))
        txt(pdf, 25, 23, spec, 9, "I", font="Serif", color=(20, 60, 100))
        txt(pdf, 130, 16, a1, 8.5, font="DV", align="R", w=60)
        txt(pdf, 130, 20, a2, 8.5, font="DV", align="R", w=60)
        txt(pdf, 130, 24, f"Tel. 0{rng.randint(30, 999)} {digits(rng, 6)}", 8.5, font="DV", align="R", w=60)
        pdf.set_draw_color(20, 60, 100)
        pdf.line(25, 30, 190, 30)
        txt(pdf, 25, 45, f"{vname} · {a1} · {a2}", 6.5, font="DV", color=(100, 100, 100))
        for k, l in enumerate([patient[0], patient[1], patient[2], rng.choice(["30173 Hannover", "97082 Würzburg", "60594 Frankfurt am Main", "80802 München"])]):
            txt(pdf, 25, 51 + k * 4.8, l, 10, font="DV")
        kv = [("Rechnungsnummer", inv_no), ("Rechnungsdatum", f(d)), ("Patientennummer", str(rng.randint(1000, 29999))), ("Geb.-Datum Patient", f(birth))]
        for k, (a, b) in enumerate(kv):
            txt(pdf, 128, 51 + k * 4.8, a + ":", 8.5, font="DV")
            txt(pdf, 163, 51 + k * 4.8, b, 8.5, font="DV")
        txt(pdf, 25, 80, "Privatärztliche Liquidation", 12, "B", font="DV")
        txt(pdf, 25, 87, f"für {patient[1]}, Behandlungszeitraum {f(visits[0])} bis {f(visits[-1])}", 9, font="DV")
        txt(pdf, 25, 92, f"Diagnose: {diag}", 9, font="DV")
        cols = [("Datum", 22, "L"), ("GOÄ-Nr.", 16, "C"), ("Leistung", 85, "L"), ("Faktor", 14, "R"), ("Anz.", 10, "R"), ("Betrag €", 18, "R")]
        rws = [[f(r["date"]), r["code"], r["text"], de(r["factor"]), qstr(r["qty"]), de(r["amount"])] for r in rows]
        y = table(pdf, 25, 100, cols, rws, 7.8, font="DV", rowh=5, line_color=(200, 200, 200))
        pdf.set_draw_color(0, 0, 0)
        pdf.line(130, y + 2, 190, y + 2)
        txt(pdf, 100, y + 4, "Rechnungsbetrag", 10, "B", font="DV", align="R", w=60)
        txt(pdf, 160, y + 4, de(total) + " €", 10, "B", font="DV", align="R", w=30)
        y += 16
        txt(pdf, 25, y, "Gemäß § 4 Nr. 14 UStG umsatzsteuerfrei. Punktwert 5,82873 Cent; Steigerungsfaktoren gemäß § 5 GOÄ.", 8, font="DV")
        if due:
            txt(pdf, 25, y + 6, f"Bitte überweisen Sie den Rechnungsbetrag bis zum {f(due)} unter Angabe der Rechnungsnummer.", 9, font="DV")
        else:
            txt(pdf, 25, y + 6, "Bitte überweisen Sie den Rechnungsbetrag innerhalb von 30 Tagen unter Angabe der Rechnungsnummer.", 9, font="DV")
        txt(pdf, 25, y + 12, "Diese Rechnung kann zur Erstattung bei Ihrer privaten Krankenversicherung bzw. Beihilfestelle eingereicht werden.", 8, font="DV")
        txt(pdf, 25, y + 22, "Mit freundlichen Grüßen", 9, font="DV")
        pdf.line(25, 275, 190, 275)
        foot = f"{rng.choice(['Sparkasse', 'Deutsche Apotheker- und Ärztebank', 'Volksbank'])} · IBAN {iban_fmt(iban('DE', digits(rng, 8, True) + digits(rng, 10)))} · LANR {digits(rng, 9)} · BSNR {digits(rng, 9)}"
        txt(pdf, 25, 277, foot, 7, font="DV", color=(90, 90, 90), align="C", w=165)
        if stnr:
            txt(pdf, 25, 281, f"Steuernummer {stnr}", 7, font="DV", color=(90, 90, 90), align="C", w=165)
        pdf.output(path)

    t = T(vendor_name=vname, vendor_tax_id=stnr, invoice_number=inv_no, po_number=None, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="EUR", subtotal=None, tax=None, total=mt(total), line_items=[{"amount": mt(r["amount"]), "quantity": qstr(r["qty"])} for r in rows],
          notes="German private doctor's bill (Privatliquidation, GOÄ) to a patient. VAT-exempt (§ 4 Nr. 14 UStG): no tax and no subtotal printed -> null. "
                "total = Rechnungsbetrag. Line items = GOÄ rows (amount = Betrag, quantity = Anz.); GOÄ numbers and factors are not quantities. "
                "Treatment dates, the Behandlungszeitraum and the patient's date of birth are decoy dates; Patientennummer, LANR, BSNR, IBAN are decoys. "
                + ("vendor_tax_id = Steuernummer in the footer. " if stnr else "No tax number printed -> null. ")
                + ("Due date in the sentence 'bis zum ...'. " if due else "'innerhalb von 30 Tagen' -> due_date null. ") + "No PO.")
    checks = [f(d), inv_no] + ([stnr] if stnr else []) + ([f(due)] if due else [])
    return t, checks, render


# =========================================================================== 12 dot-matrix continuous form (UK parts wholesaler)
DM_VENDORS = [("BRIDGWATER MOTOR FACTORS LTD", "UNIT 9 WYLDS ROAD IND EST, BRIDGWATER, SOMERSET TA6 4BH"),
              ("TYNE VALLEY AGRI SPARES LTD", "STATION YARD, HEXHAM, NORTHUMBERLAND NE46 1ET"),
              ("MIDLAND FASTENERS & FIXINGS LTD", "42 BRADFORD STREET, WALSALL WS1 3QA"),
              ("SEVERN HYDRAULICS LTD", "RIVERSIDE WORKS, STOURPORT ROAD, KIDDERMINSTER DY11 7QH")]
DM_CAT = [[("BP1432", "BRAKE PADS FRONT SET", 14, 38), ("OF2207", "OIL FILTER", D("3.2"), D("7.9")), ("WB-18", "WIPER BLADE 18IN", D("3.8"), D("8.5")),
           ("BAT096", "BATTERY 096 12V 70AH", 58, 89), ("ATF-5L", "ATF DEXRON III 5L", 16, 24), ("SP-NGK4", "SPARK PLUG NGK (4)", 9, 16)],
          [("PTO-SH6", "PTO SHAFT 6 SPLINE 1M", 85, 160), ("HYD-38", "HYD HOSE 3/8 BSP 1.5M", 14, 26), ("TINE-KV", "TINE KVERNELAND TYPE", D("6.4"), D("11.5")),
           ("BLT-B52", "V-BELT B52", D("7.5"), 13), ("GRS-400", "GREASE EP2 400G CART", D("2.9"), D("4.6"))],
          [("M10X50Z", "HEX BOLT M10X50 ZP (100)", 9, 17), ("RP-M8", "RAWLPLUG M8 (50)", D("4.2"), D("7.8")), ("CS-4X40", "CSK WOODSCREW 4X40 (200)", D("3.9"), D("6.9")),
           ("AN-M12", "ANCHOR BOLT M12X100 (25)", 18, 29), ("WA-M10", "FLAT WASHER M10 (100)", D("2.2"), D("3.9"))],
          [("HP-G20", "GEAR PUMP GRP2 20CC", 140, 260), ("CV-DCV", "DIR CONTROL VALVE 1 BANK", 95, 180), ("HO-1/2", "HOSE R2 1/2IN (PER M)", D("6.5"), D("11")),
           ("SEAL-K", "SEAL KIT CYL 50/30", 18, 34), ("OIL-46", "HYD OIL ISO46 20L", 42, 64)]]


@style("12", "dot_matrix_parts")
def s12(rng, i):
    vname, vaddr = DM_VENDORS[i]
    vat = "GB" + valid(rng, lambda: digits(rng, 9, True), _gbvat.is_valid)
    vat_print = vat if i % 2 == 0 else f"{vat[2:5]} {vat[5:9]} {vat[9:]}"
    d = rand_date(rng)
    f = lambda x: x.strftime("%d/%m/%y")
    due = d.replace(day=28) + dt.timedelta(days=rng.choice([20, 33])) if i in (1, 3) else None
    if due:
        due = due.replace(day=28) if due.month != 2 else due.replace(day=28)
    items = []
    for code, desc, lo, hi in rng.sample(DM_CAT[i], rng.randint(3, len(DM_CAT[i]))):
        qo = D(rng.choice([1, 2, 2, 4, 5, 6, 10, 12, 20]))
        qd = qo if rng.random() > .2 else max(D(1), qo - rng.randint(1, int(qo)) + 1) if qo > 1 else qo
        bo = qo - qd
        lst = exact_price(rng, qd, lo, hi)
        disc = rng.choice([0, 0, 10, 15, 25, 30])
        net = q2(lst * (100 - disc) / 100)
        amt = q2(qd * net)
        items.append({"code": code, "desc": desc, "qo": qo, "qty": qd, "bo": bo, "list": lst, "disc": disc, "net": net, "amount": amt})
    goods = sum(it["amount"] for it in items)
    tax = q2(goods * D("0.20"))
    total = goods + tax
    inv_no = f"{rng.choice(['0', '1', '3'])}{digits(rng, 5)}"
    po = [f"{rng.randint(1000, 9999)}", f"WO{rng.randint(10000, 99999)}", f"J/{rng.randint(100, 999)}/JB", None][i]
    acct = f"{vname[:3]}{rng.randint(100, 999)}"

    def render(path):
        pdf = lfont(new_fpdf(fmt=(241.3, 279.4), creator="SAGE-LINE50 PRINT"))
        pdf.add_page()
        pdf.set_fill_color(226, 240, 226)
        for k in range(0, 12):
            pdf.rect(12, 12 + k * 22.9, 217, 11.4, "F")
        pdf.set_draw_color(170, 170, 170)
        for k in range(0, 22):
            pdf.ellipse(3.5, 6 + k * 12.7, 4, 4)
            pdf.ellipse(233.8, 6 + k * 12.7, 4, 4)
        red = (170, 20, 20)
        txt(pdf, 18, 15, vname, 15, "B", font="LSans", color=red)
        txt(pdf, 18, 22, vaddr, 7.5, font="LSans", color=red)
        txt(pdf, 18, 26, f"TEL 01{rng.randint(200, 999)} {digits(rng, 6)}   VAT REG NO. {vat_print}", 7.5, font="LSans", color=red)
        txt(pdf, 175, 15, "SALES INVOICE", 12, "B", font="LSans", color=red, align="R", w=50)
        pdf.set_draw_color(*red)
        boxes = [("ACCOUNT NO", acct), ("INVOICE NO", inv_no), ("DATE/TAX POINT", f(d)), ("YOUR ORDER NO", po or ""), ("DEL NOTE NO", f"D{digits(rng, 6)}"), ("REP", rng.choice(["03", "07", "11"]))]
        for k, (lab, val) in enumerate(boxes):
            x = 18 + k * 35
            pdf.rect(x, 34, 34, 12)
            txt(pdf, x + 1, 35, lab, 5.8, font="LSans", color=red)
            txt(pdf, x + 2, 40.2, val, 9.5, font="LMono")
        pdf.rect(18, 50, 100, 30)
        txt(pdf, 19, 51, "INVOICE TO", 5.8, font="LSans", color=red)
        cust = rng.choice([("WESTON GARAGE SERVICES", "CLEVEDON ROAD", "WESTON-SUPER-MARE", "BS23 1XX"), ("J & M HODGSON (FARMS)", "HIGH WARDEN FARM", "HEXHAM", "NE46 4SR"),
                           ("ACORN SHOPFITTERS LTD", "UNIT 2 PARK LANE", "CANNOCK", "WS11 0BN"), ("RIVERSIDE PLANT HIRE", "QUAY ROAD", "WORCESTER", "WR1 2JJ")])
        for k, l in enumerate(cust):
            txt(pdf, 22, 56 + k * 4.4, l, 9.5, font="LMono")
        pdf.rect(122, 50, 103, 30)
        txt(pdf, 123, 51, "DELIVER TO", 5.8, font="LSans", color=red)
        txt(pdf, 126, 56, "AS INVOICE ADDRESS" if i % 2 else cust[0], 9.5, font="LMono")
        txt(pdf, 126, 60.4, "" if i % 2 else "GOODS IN - REAR YARD", 9.5, font="LMono")
        heads = [("QTY ORD", 18), ("QTY DEL", 18), ("B/O", 12), ("PART NO", 26), ("DESCRIPTION", 54), ("LIST", 20), ("DISC%", 14), ("NETT", 19), ("V", 6), ("VALUE", 22)]
        x = 18
        pdf.rect(18, 84, 209, 8)
        for h, w in heads:
            txt(pdf, x + 0.5, 86, h, 6.5, "B", font="LSans", color=red, w=w - 1, align="L" if h in ("PART NO", "DESCRIPTION") else "R")
            x += w
        y = 96
        for it in items:
            vals = [qstr(it["qo"]), qstr(it["qty"]), qstr(it["bo"]) if it["bo"] else "", it["code"], it["desc"], f"{it['list']:.2f}", str(it["disc"]) if it["disc"] else "",
                    f"{it['net']:.2f}", "1", f"{it['amount']:.2f}"]
            x = 18
            for (h, w), v in zip(heads, vals):
                txt(pdf, x + 0.5, y, v, 8.8, font="LMono", w=w - 1, align="L" if h in ("PART NO", "DESCRIPTION") else "R")
                x += w
            y += 5.1
        y += 3
        txt(pdf, 18 + 74, y, "*** BACK ORDERS WILL BE SENT WHEN AVAILABLE ***" if any(it["bo"] for it in items) else "*** THANK YOU FOR YOUR ORDER ***", 8.8, font="LMono")
        pdf.rect(150, 214, 75, 30)
        for k, (lab, val) in enumerate([("GOODS", f"{goods:.2f}"), ("VAT CODE 1 @ 20.0%", f"{tax:.2f}"), ("INVOICE TOTAL", f"{total:.2f}")]):
            txt(pdf, 151, 217 + k * 8.5, lab, 6.8, "B", font="LSans", color=red)
            txt(pdf, 190, 216.5 + k * 8.5, ("£" if k == 2 else "") + val, 9.5, font="LMono", align="R", w=33)
        pdf.rect(18, 214, 128, 30)
        txt(pdf, 19, 215, "TERMS", 5.8, font="LSans", color=red)
        terms = [f"STRICTLY NETT. DUE DATE {f(due)}" if due else "NETT MONTHLY - PAYMENT BY END OF MONTH FOLLOWING INVOICE",
                 f"SETTLEMENT DISC 2.5% ({q2(total * D('0.025')):.2f}) IF PAID WITHIN 10 DAYS",
                 f"BACS: SORT {digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)} ACC {digits(rng, 8)}",
                 "GOODS REMAIN OUR PROPERTY UNTIL PAID IN FULL"]
        for k, l in enumerate(terms):
            txt(pdf, 22, 220 + k * 5, l, 8.3, font="LMono")
        txt(pdf, 18, 250, f"REGISTERED IN ENGLAND NO. {digits(rng, 7, True)}   REGISTERED OFFICE AS ABOVE", 6, font="LSans", color=red)
        txt(pdf, 190, 250, "PAGE 1 OF 1", 8, font="LMono", align="R", w=35)
        pdf.output(path)

    t = T(vendor_name=vname, vendor_tax_id=vat_print, invoice_number=inv_no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="GBP", subtotal=mt(goods), tax=mt(tax), total=mt(total), line_items=li(items),
          notes="Dot-matrix style sales invoice on green-bar continuous stationery (9.5x11 in): pre-printed red form (sans) with monospace data. "
                "vendor = pre-printed name (capitals). vendor_tax_id = 'VAT REG NO.' as printed " + ("(spaced, no GB). " if i % 2 else "(GB...). ")
                + "Dates dd/mm/yy (2-digit year). Account no., delivery note no., rep, sort code/account are decoys. Quantity = QTY DEL (QTY ORD and B/O are "
                "decoys); line amount = VALUE; LIST/DISC%/NETT are unit prices. subtotal = GOODS. Settlement discount amount is a decoy. "
                + (f"PO = YOUR ORDER NO. " if po else "No PO (box empty). ") + ("Due date printed in TERMS." if due else "'Nett monthly' terms -> due_date null."))
    checks = [f(d), vat_print, inv_no] + ([f(due)] if due else []) + ([po] if po else [])
    return t, checks, render


# =========================================================================== 14 Romanian factura with discount and rounding
RO_VENDORS = [("Tehnoclima Instal SRL", "Str. Fabricii nr. 46, Cluj-Napoca, jud. Cluj", "J12/3411/2014"),
              ("Papetăria Dacia SRL", "Bd. Iuliu Maniu nr. 7, Sector 6, București", "J40/11872/2009"),
              ("Agro-Banat Distribuție SRL", "Calea Aradului nr. 152, Timișoara, jud. Timiș", "J35/2290/2017"),
              ("Moldova Construct Materiale SA", "Str. Păcurari nr. 138, Iași, jud. Iași", "J22/845/2003")]
RO_CAT = [[("Aparat aer condiționat inverter 12000 BTU", 1650, 2600, "buc", 21), ("Manoperă montaj aer condiționat", 350, 600, "buc", 21),
           ("Țeavă cupru 1/4 + 3/8 izolată", 28, 45, "m", 21), ("Suport exterior unitate AC", 65, 120, "buc", 21)],
          [("Hârtie copiator A4 80 g/m², top 500 coli", D("19.50"), D("27.90"), "top", 21), ("Bibliorafturi 75 mm", D("8.20"), D("13.50"), "buc", 21),
           ("Manual școlar clasa a V-a", 22, 38, "buc", 11), ("Toner compatibil HP 85A", 65, 120, "buc", 21)],
          [("Semințe porumb hibrid (sac 25.000 boabe)", 480, 720, "sac", 11), ("Îngrășământ NPK 15-15-15", 2400, 3200, "t", 11),
           ("Erbicid total 5 L", 95, 180, "bidon", 21), ("Transport marfă", 350, 900, "cursă", 21)],
          [("Ciment Portland CEM II 40 kg", 26, 34, "sac", 21), ("BCA 600x250x200 mm", 7, 11, "buc", 21), ("Oțel beton PC52 Ø12", D("4.10"), D("5.40"), "kg", 21),
           ("Plasă sudată 6 mm 2x3 m", 95, 140, "buc", 21)]]


@style("14", "ro_factura_discount_rounding")
def s14(rng, i):
    vname, vaddr, regcom = RO_VENDORS[i]
    cui = valid(rng, lambda: (lambda b: b + _cui.calc_check_digit(b))(digits(rng, rng.choice([7, 8]), True)), _cui.is_valid)
    cif = "RO" + cui
    d = rand_date(rng, start=dt.date(2025, 8, 4))
    f = lambda x: x.strftime("%d.%m.%Y")
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i != 3 else None
    items = []
    for desc, lo, hi, unit, rate in rng.sample(RO_CAT[i], rng.randint(2, len(RO_CAT[i]))):
        q = D(rng.randint(1, 4)) if lo > 300 else D(rng.choice([5, 10, 20, 25, 40, 50, 100, 250]))
        if unit == "t":
            q = D(rng.randint(2, 12)) / 2
        p = exact_price(rng, q, lo, hi)
        a = q2(q * p)
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": a, "rate": rate, "vat": q2(a * rate / 100)})
    pct = rng.choice([3, 5, 7, 10])
    base21 = sum(it["amount"] for it in items if it["rate"] == 21)
    disc = -q2(base21 * pct / 100)
    items.append({"desc": f"Discount comercial {pct}% (produse cu TVA 21%)", "unit": "", "qty": None, "price": None, "amount": disc, "rate": 21, "vat": q2(disc * 21 / 100), "disc": True})
    net = sum(it["amount"] for it in items)
    tax = sum(it["vat"] for it in items)
    gross = net + tax
    rounding = (gross.quantize(D("1")) - gross) if i in (1, 3) else D(0)
    total = gross + rounding
    series = ["TCI", "PDB", "ABD", "MCM"][i]
    if i in (0, 1):
        inv_no, inv_print = f"{rng.randint(100, 9999):04d}", None
    else:
        inv_no = f"{series}-{d.year}-{rng.randint(100, 2999):04d}"
    po = [None, f"CMD-{rng.randint(1000, 9999)}", None, f"{rng.randint(100, 999)}/{f(d - dt.timedelta(days=rng.randint(5, 30)))}"][i]
    rates = sorted({it["rate"] for it in items}, reverse=True)
    bank_iban = iban("RO", rng.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + digits(rng, 16))

    def render(path):
        pdf = lfont(new_fpdf(creator="SmartBill-like"))
        pdf.add_page()
        txt(pdf, 14, 12, "Furnizor", 8, "B", font="DV", color=(100, 100, 100))
        txt(pdf, 14, 17, vname, 11.5, "B", font="DV")
        lines = [f"Nr. Reg. Com.: {regcom}", f"CIF: {cif}", f"Capital social: {rng.choice(['200', '1.000', '45.000'])} lei", vaddr, f"IBAN: {iban_fmt(bank_iban)}",
                 f"Banca: {rng.choice(['Banca Transilvania', 'BCR', 'BRD - Groupe Société Générale', 'ING Bank'])}"]
        for k, l in enumerate(lines):
            txt(pdf, 14, 23 + k * 4.3, l, 8, font="DV")
        cust = rng.choice([("Hotel Continental Forum SRL", "RO" + str(rng.randint(1000000, 39999999)), "J05/1204/2011", "Piața Unirii nr. 1, Oradea, jud. Bihor"),
                           ("Școala Gimnazială nr. 12", str(rng.randint(1000000, 39999999)), "-", "Str. Mihai Eminescu nr. 4, Brașov, jud. Brașov"),
                           ("Ferma Zootehnică Popescu SRL", "RO" + str(rng.randint(1000000, 39999999)), "J02/558/2016", "Sat Pecica, jud. Arad"),
                           ("Rezidențial Copou Invest SRL", "RO" + str(rng.randint(1000000, 39999999)), "J22/1982/2020", "Str. Vasile Lupu nr. 87, Iași")])
        txt(pdf, 118, 12, "Client", 8, "B", font="DV", color=(100, 100, 100))
        txt(pdf, 118, 17, cust[0], 10.5, "B", font="DV")
        for k, l in enumerate([f"CIF: {cust[1]}", f"Nr. Reg. Com.: {cust[2]}", f"Sediul: {cust[3]}"]):
            txt(pdf, 118, 23 + k * 4.3, l, 8, font="DV")
        pdf.set_fill_color(30, 90, 160)
        pdf.rect(14, 52, 182, 14, "F")
        txt(pdf, 17, 54, "FACTURĂ", 15, "B", font="DV", color=(255, 255, 255))
        if i in (0, 1):
            meta = f"Seria {series} nr. {inv_no}"
        else:
            meta = f"Nr. factură: {inv_no}"
        txt(pdf, 75, 55.5, meta, 10, "B", font="DV", color=(255, 255, 255))
        txt(pdf, 140, 53.5, f"Data emiterii: {f(d)}", 8.5, font="DV", color=(255, 255, 255))
        txt(pdf, 140, 58.5, f"Termen de plată: {f(due)}" if due else "Plată: numerar / card", 8.5, font="DV", color=(255, 255, 255))
        y = 70
        if po:
            txt(pdf, 14, y, f"Conform comenzii nr. {po}" if i == 1 else f"Contract / comanda nr. {po}", 8.5, font="DV")
        txt(pdf, 118, y, "Cota TVA: " + " / ".join(f"{r}%" for r in rates), 8.5, font="DV")
        cols = [("Nr.", 9, "C"), ("Denumirea produselor sau a serviciilor", 68, "L"), ("U.M.", 12, "C"), ("Cant.", 14, "R"),
                ("Preț unitar", 24, "R"), ("Valoarea", 24, "R"), ("TVA %", 12, "R"), ("Valoare TVA", 19, "R")]
        txt(pdf, 130, 77 - 4.5, "Prețuri și valori în lei, fără TVA", 7, "I", font="DV", color=(100, 100, 100), align="R", w=66)
        rws = [[str(k + 1), it["desc"], it["unit"], de(it["qty"], 2 if it["qty"] != int(it["qty"]) else 0) if it["qty"] is not None else "",
                de(it["price"]) if it["price"] is not None else "", de(it["amount"]), str(it["rate"]), de(it["vat"])] for k, it in enumerate(items)]
        y = table(pdf, 14, 76, cols, rws, 7.6, font="DV", rowh=5.6, header_fill=(230, 236, 245), line_color=(190, 190, 190))
        y += 5
        for r in rates:
            b = sum(it["amount"] for it in items if it["rate"] == r)
            txt(pdf, 14, y, f"Bază TVA {r}%: {de(b)} lei   TVA {r}%: {de(sum(it['vat'] for it in items if it['rate'] == r))} lei", 8, font="DV")
            y += 4.5
        y += 2
        tl = [("Total fără TVA", de(net)), ("Total TVA", de(tax))]
        if rounding:
            tl.append(("Rotunjire", de(rounding)))
        tl.append(("TOTAL DE PLATĂ", de(total) + " lei"))
        for k, v in tl:
            big = k.startswith("TOTAL")
            txt(pdf, 110, y, k, 10 if big else 9, "B" if big else "", font="DV", align="R", w=50)
            txt(pdf, 160, y, v, 10 if big else 9, "B" if big else "", font="DV", align="R", w=36)
            y += 6
        y += 8
        txt(pdf, 14, y, f"Date privind expediția: Delegat {rng.choice(['Ion Popa', 'Maria Stan', 'Vasile Rusu'])}, CI seria {rng.choice(['CJ', 'RX', 'TM', 'IS'])} nr. {digits(rng, 6)}, "
            f"mijloc de transport {rng.choice(['CJ', 'B', 'TM', 'IS'])}-{rng.randint(10, 99)}-{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVXZ') for _ in range(3))}", 7.5, font="DV")
        txt(pdf, 14, y + 4.5, f"Aviz de însoțire nr. {rng.randint(1000, 9999)} din {f(d)}. Factura circulă fără semnătură și ștampilă conform art. 319 alin. (29) Cod fiscal.", 7.5, font="DV")
        txt(pdf, 14, y + 9, f"Index încărcare e-Factura: {digits(rng, 10, True)}", 7.5, font="DV")
        txt(pdf, 14, 284, f"Emis de {rng.choice(['contabilitate', 'Andreea M.', 'Ionuț D.'])} · Pagina 1 din 1", 7, font="DV", color=(120, 120, 120))
        pdf.output(path)

    t = T(vendor_name=vname, vendor_tax_id=cif, invoice_number=inv_no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="RON", subtotal=mt(net), tax=mt(tax), total=mt(total),
          line_items=[{"amount": mt(it["amount"]), "quantity": qstr(it["qty"]) if it["qty"] is not None else None} for it in items],
          notes="Romanian factură (SmartBill-like), amounts in lei ('1.234,56'), currency RON. vendor_tax_id = CIF (RO + CUI); Nr. Reg. Com., buyer CIF, "
                "delegate ID card, vehicle plate, aviz number and e-Factura upload index are decoys. "
                + (f"Printed 'Seria {series} nr. {inv_no}': invoice_number = the number only, the series is separate. " if i in (0, 1) else "invoice_number = 'Nr. factură' (series inside). ")
                + f"A commercial discount of {pct} % is a negative line (quantity null) with its negative VAT; subtotal (Total fără TVA) is after it. "
                + ("A 'Rotunjire' (rounding to whole lei) row sits between Total TVA and TOTAL DE PLATĂ: total = TOTAL DE PLATĂ, so subtotal + tax differs from the total by the rounding. " if rounding else "")
                + ("Two VAT rates (21 % and 11 %). " if len(rates) > 1 else "")
                + (f"PO = the order/contract number after 'comenzii nr.'/'comanda nr.'. " if po else "No PO. ") + ("" if due else "Paid in cash/card, no due date."))
    checks = {"printed": [f(d), cif, inv_no] + ([f(due)] if due else []) + ([po] if po else []), "total_adjustment": str(rounding)}
    return t, checks, render


# =========================================================================== 15 Croatian račun, landscape, many columns
HR_VENDORS = [("Jadran Distribucija d.o.o.", "Ulica Hrvatske bratske zajednice 8, 10000 Zagreb"),
              ("Slavonija Agrar d.o.o.", "Vukovarska cesta 212, 31000 Osijek"),
              ("Dalmacija Elektro d.o.o.", "Domovinskog rata 94, 21000 Split"),
              ("Istra Horeca Opskrba d.o.o.", "Industrijska zona Ščitar 14, 52100 Pula")]
HR_CAT = [[("Mineralna voda 1,5 l (pak. 6)", D("3.20"), D("4.90"), "pak", 25), ("Kava pržena 1 kg", D("12.50"), D("18.90"), "kom", 25),
           ("Šećer kristal 1 kg", D("0.95"), D("1.45"), "kom", 13), ("Ulje suncokretovo 1 l", D("1.80"), D("2.70"), "kom", 13), ("Salvete 33x33 (500 kom)", D("4.10"), D("6.50"), "pak", 25),
           ("Deterdžent za posuđe 5 l", D("6.40"), D("9.90"), "kom", 25)],
          [("Kukuruz zrno (t)", 185, 240, "t", 13), ("Mineralno gnojivo KAN 27% (t)", 310, 420, "t", 25), ("Sjeme pšenice C1 (vreća 25 kg)", 21, 32, "vreća", 13),
           ("Zaštitno sredstvo 1 l", 18, 36, "kom", 25)],
          [("Kabel PP-Y 3x2,5 mm²", D("0.85"), D("1.40"), "m", 25), ("Utičnica šuko podžbukna", D("2.60"), D("4.80"), "kom", 25), ("LED panel 60x60 40W", 14, 26, "kom", 25),
           ("Zaštitna sklopka FID 40/0,03A", 24, 42, "kom", 25), ("Razvodna kutija 100x100", D("1.20"), D("2.40"), "kom", 25)],
          [("Maslinovo ulje ekstra djevičansko 5 l", 38, 58, "kom", 13), ("Pršut istarski (kg)", 22, 34, "kg", 13), ("Vino Malvazija 0,75 l", D("5.40"), D("9.80"), "boca", 25),
           ("Sir Paški (kg)", 24, 36, "kg", 13), ("Toaletni papir (pak. 10)", D("3.90"), D("6.20"), "pak", 25)]]


@style("15", "hr_racun_landscape")
def s15(rng, i):
    vname, vaddr = HR_VENDORS[i]
    oib = valid(rng, lambda: (lambda b: b + str(_oib.mod_11_10.calc_check_digit(b)))(digits(rng, 10, True)), _oib.is_valid)
    d = rand_date(rng)
    f = lambda x: x.strftime("%d.%m.%Y.")
    due = d + dt.timedelta(days=rng.choice([15, 30, 60])) if i != 3 else None
    items = []
    for desc, lo, hi, unit, rate in rng.sample(HR_CAT[i], rng.randint(3, len(HR_CAT[i]))):
        q = D(rng.choice([6, 10, 12, 24, 36, 48, 60, 100, 250])) if lo < 30 else D(rng.randint(2, 30))
        if unit == "t":
            q = D(rng.randint(4, 40)) / 2
        if unit == "kg":
            q = D(rng.randint(10, 80)) / 2
        p = exact_price(rng, q, lo, hi)
        rab = rng.choice([0, 0, 5, 8, 10, 12])
        gross_val = q2(q * p)
        base = q2(gross_val * (100 - rab) / 100)
        items.append({"code": f"{rng.randint(10000, 99999)}", "desc": desc, "unit": unit, "qty": q, "price": p, "rab": rab,
                      "price_r": q2(p * (100 - rab) / 100), "gross_val": gross_val, "amount": base, "rate": rate, "vat": q2(base * rate / 100)})
    net = sum(it["amount"] for it in items)
    tax = sum(it["vat"] for it in items)
    total = net + tax
    rabat_total = sum(it["gross_val"] - it["amount"] for it in items)
    inv_no = f"{rng.randint(100, 9999)}/{rng.randint(1, 4)}/{rng.randint(1, 3)}"
    po = [f"NAR-{rng.randint(1000, 9999)}", None, f"{rng.randint(100, 999)}/{d.year % 100}", None][i]
    hhmm = f"{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    rates = sorted({it["rate"] for it in items}, reverse=True)

    def render(path):
        pdf = lfont(new_fpdf(orientation="L", creator="Pantheon-like"))
        pdf.add_page()
        txt(pdf, 12, 10, vname, 14, "B", font="LNarrow", color=(0, 70, 140))
        txt(pdf, 12, 16.5, vaddr, 8.5, font="LNarrow")
        txt(pdf, 12, 20.5, f"OIB: {oib}   MBS: {digits(rng, 9)}   Tel: +385 {rng.choice(['1', '31', '21', '52'])} {digits(rng, 3)} {digits(rng, 4)}", 8.5, font="LNarrow")
        cust = rng.choice([("Hotel Adriatic d.d.", "Obala kneza Branimira 2, 23000 Zadar"), ("Konzum plus d.o.o.", "Marijana Čavića 1a, 10000 Zagreb"),
                           ("OPG Marković", "Glavna 44, 32100 Vinkovci"), ("Restoran Kod Mate j.d.o.o.", "Riva 7, 51000 Rijeka")])
        pdf.set_draw_color(0, 70, 140)
        pdf.rect(12, 28, 110, 24)
        txt(pdf, 14, 29.5, "Kupac:", 7.5, font="LNarrow", color=(100, 100, 100))
        txt(pdf, 14, 34, cust[0], 10, "B", font="LNarrow")
        txt(pdf, 14, 39, cust[1], 8.5, font="LNarrow")
        txt(pdf, 14, 43.5, f"OIB kupca: {digits(rng, 11, True)}   Šifra kupca: {rng.randint(1000, 9999)}", 8.5, font="LNarrow")
        txt(pdf, 150, 10, f"RAČUN br. {inv_no}", 16, "B", font="LSans", align="R", w=135)
        kv = [("Datum i vrijeme izdavanja:", f"{f(d)} {hhmm}"), ("Datum isporuke:", f(d - dt.timedelta(days=rng.randint(0, 4)))),
              ("Dospijeće plaćanja:", f(due) if due else "-"), ("Način plaćanja:", "Transakcijski račun" if due else "Gotovina"),
              ("Narudžbenica:", po or "-"), ("Otpremnica:", f"OTP-{rng.randint(1000, 9999)}"), ("Operater:", rng.choice(["ANA.K", "MARKO", "IVANA P"]))]
        for k, (a, b) in enumerate(kv):
            txt(pdf, 200, 20 + k * 4.4, a, 8.3, font="LNarrow", align="R", w=38)
            txt(pdf, 240, 20 + k * 4.4, b, 8.3, "B", font="LNarrow")
        cols = [("Rb.", 8, "C"), ("Šifra", 15, "L"), ("Naziv artikla / usluge", 64, "L"), ("JM", 11, "C"), ("Količina", 17, "R"), ("Cijena", 18, "R"),
                ("Iznos", 20, "R"), ("Rabat %", 14, "R"), ("Cijena s rab.", 20, "R"), ("Iznos bez PDV-a", 24, "R"), ("PDV %", 12, "R"), ("Iznos PDV-a", 20, "R"), ("Ukupno", 22, "R")]
        rws = [[str(k + 1), it["code"], it["desc"], it["unit"], de(it["qty"], 1 if it["qty"] != int(it["qty"]) else 0), de(it["price"]), de(it["gross_val"]),
                de(D(it["rab"])) if it["rab"] else "", de(it["price_r"]), de(it["amount"]), str(it["rate"]), de(it["vat"]), de(it["amount"] + it["vat"])]
               for k, it in enumerate(items)]
        y = table(pdf, 12, 62, cols, rws, 7.6, font="LNarrow", rowh=5.4, header_fill=(0, 70, 140), header_color=(255, 255, 255), zebra=(240, 244, 250))
        y += 5
        rc = [("Stopa PDV-a", 26, "L"), ("Osnovica", 30, "R"), ("Iznos PDV-a", 30, "R")]
        rr = [[f"PDV {r}%", de(sum(it["amount"] for it in items if it["rate"] == r)), de(sum(it["vat"] for it in items if it["rate"] == r))] for r in rates]
        table(pdf, 12, y, rc, rr, 8, font="LNarrow", rowh=5)
        tl = [("Ukupno rabat:", de(rabat_total)), ("Ukupno bez PDV-a:", de(net)), ("Ukupno PDV:", de(tax)), ("UKUPNO ZA PLATITI (EUR):", de(total))]
        for k, (a, b) in enumerate(tl):
            big = k == 3
            txt(pdf, 180, y + k * 6, a, 10 if big else 8.8, "B" if big else "", font="LNarrow", align="R", w=68)
            txt(pdf, 250, y + k * 6, b, 10 if big else 8.8, "B" if big else "", font="LNarrow", align="R", w=35)
        y += 32
        txt(pdf, 12, y, f"JIR: {uuid.UUID(int=rng.getrandbits(128))}", 7.5, font="LMono")
        txt(pdf, 12, y + 4, f"ZKI: {''.join(rng.choice('0123456789abcdef') for _ in range(32))}", 7.5, font="LMono")
        txt(pdf, 12, y + 10, f"Plaćanje na IBAN {iban_fmt(iban('HR', rng.choice(['2360000', '2484008', '2402006']) + digits(rng, 10)))}, model HR01, poziv na broj {inv_no.replace('/', '-')}-{d.year % 100}.", 8, font="LNarrow")
        txt(pdf, 12, y + 14.5, "Obveznik nije u sustavu PDV-a po naplaćenoj naknadi. Reklamacije se uvažavaju u roku od 8 dana.", 8, font="LNarrow")
        txt(pdf, 12, 200, f"{vname} · Trgovački sud u {rng.choice(['Zagrebu', 'Osijeku', 'Splitu', 'Rijeci'])} · Temeljni kapital 2.654,46 EUR uplaćen u cijelosti · Uprava: {rng.choice(['Ivan Horvat', 'Maja Kovačević', 'Tomislav Babić'])}", 7, font="LNarrow", color=(100, 100, 100))
        txt(pdf, 250, 200, "Stranica 1/1", 7, font="LNarrow", color=(100, 100, 100), align="R", w=35)
        pdf.output(path)

    t = T(vendor_name=vname, vendor_tax_id=oib, invoice_number=inv_no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
          currency="EUR", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items),
          notes="Croatian fiscalised račun on a landscape page with 13 columns. vendor_tax_id = OIB (11 digits); buyer OIB, MBS, Šifra kupca, JIR (UUID), "
                "ZKI and 'poziv na broj' are decoys. invoice_number = fiscal number 'br./premises/device' as printed (e.g. 1234/1/1). Dates 'dd.mm.yyyy.' "
                "with a trailing dot; issue time and Datum isporuke are decoys. Line amount = 'Iznos bez PDV-a' (net after Rabat); 'Iznos' (before rabat), "
                "'Ukupno' (gross per line) and 'Ukupno rabat' are decoys. total = UKUPNO ZA PLATITI (EUR). " + ("Two VAT rates (25 % and 13 %). " if len(rates) > 1 else "")
                + (f"PO = Narudžbenica. " if po else "No PO ('-'). ") + ("" if due else "Paid in cash, Dospijeće '-' -> due_date null. ") + "Otpremnica is a decoy.")
    checks = [f(d).rstrip("."), oib, inv_no] + ([f(due).rstrip(".")] if due else []) + ([po] if po else [])
    return t, checks, render
