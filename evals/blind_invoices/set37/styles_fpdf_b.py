"""fpdf2 styles for set 37, second part (09 Tirana hotel's FATURË TATIMORE in Albanian on a LANDSCAPE page with TVSH 6 %
on accommodation and 20 % on meals, conference and transfers, whole lekë, a TVSH summary per rate, the fiscal block
(NIVF, NSLF) and a euro counter-value, 10 Nairobi freight forwarder's TAX INVOICE in English with a table WITHOUT rules,
the totals at the LEFT, VAT 16 % on local services, ZERO-RATED export freight, disbursements outside VAT and a VAT
summary by code, in shillings or US dollars)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate
from invoice_kit import de, digits, en, new_fpdf, q0, q2, qstr, rand_date, style_registry, table, txt, valid
from kit_common import MONTHS, due_note, kv, lines, para, po_note, qr_fpdf, totals, truth
from stdnum.al import nipt

STYLES, style = style_registry("fpdf2")


# =========================================================================== 09 Tirana hotel (TVSH 6 % / 20 %, ALL), landscape, fiscal block, EUR counter-value
TR_V = [
    ("Hotel Skanderbeg Plaza sh.p.k.", "Rruga e Durrësit 45, 1001 Tiranë", (153, 27, 27)),
    ("Blloku Boutique Hotel sh.p.k.", "Rruga Pjetër Bogdani 18, 1019 Tiranë", (30, 64, 175)),
    ("Hotel Dajti View sh.p.k.", "Rruga Elbasanit 120, 1044 Tiranë", (21, 128, 61)),
    ("Rinas Airport Inn sh.p.k.", "Rruga Nënë Tereza, Rinas, Tiranë", (120, 53, 15)),
]
TR_B = [
    ("Albania Holidays DMC sh.p.k.", "Bulevardi Zogu I, Tiranë"),
    ("Balkan Tours GmbH", "Mariahilfer Straße 88, Wien, Austria"),
    ("Universiteti Politeknik i Tiranës", "Sheshi Nënë Tereza 4, Tiranë"),
    ("Adriatic Conferences sh.p.k.", "Rruga Myslym Shyri 12, Tiranë"),
]
TR_6 = [
    ("Akomodim, dhomë dyshe, natë", "natë", 2, 40, 6500, 14500),
    ("Akomodim, dhomë teke, natë", "natë", 2, 30, 5200, 11000),
    ("Akomodim, suitë, natë", "natë", 1, 6, 16000, 28000),
]
TR_20 = [
    ("Darkë grupi, menu fikse", "person", 10, 60, 1400, 2800),
    ("Drekë biznesi", "person", 10, 60, 1100, 2200),
    ("Sallë konferencash, ditë", "ditë", 1, 3, 18000, 45000),
    ("Transfertë nga Aeroporti Rinas", "transfertë", 1, 8, 2500, 4500),
    ("Pije freskuese dhe kafe, pushim", "person", 10, 80, 300, 650),
]


@style("09", "al_tia_tirana_fature_tvsh_20_6_landscape")
def s09(rng, i):
    vname, vaddr, color = TR_V[i]
    bname, baddr = TR_B[i]
    d = rand_date(rng)
    items = lines(rng, TR_6, rng.randint(1, 3), D("100")) + lines(rng, TR_20, rng.randint(1, 4), D("10"))
    for x in items:
        x["rate"] = D(6) if any(x["desc"] == r[0] for r in TR_6) else D(20)
    summary = by_rate(items, q=q0)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    vid = valid(rng, lambda: rng.choice("KLM") + digits(rng, 8) + rng.choice("ABCDEFGHIJKLMNOPQRSTUVW"), nipt.is_valid)
    tcr = f"{rng.choice('abcdefghij')}{rng.choice('klmnopqrst')}{rng.randint(100, 999)}{rng.choice('uvwxyz')}{rng.choice('abcdef')}{rng.randint(100, 999)}"
    no = f"{rng.randint(1, 4999)}/{d.year}/{tcr}"
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: f"{x.day} {MONTHS['sq'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([10, 15, 30])) if i != 3 else None
    term = None if due else "Paguar me kartë në recepsion"
    po = [f"PO-{rng.randint(100, 999)}", f"BT-{rng.randint(10000, 99999)}", None, None][i]
    arr = d - dt.timedelta(days=rng.randint(2, 6))
    fx = D(rng.randint(9600, 10100)) / 100
    eur = q2(total / fx)
    nivf = "-".join(digits(rng, n) if k % 2 else "".join(rng.choice("0123456789abcdef") for _ in range(n)) for k, n in enumerate((8, 4, 4, 4, 12)))
    nslf = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
    m = lambda x: de(x, 0)  # noqa: E731

    def render(path):
        pdf = new_fpdf(orientation="L", creator="Fiskalizimi - eFiskal")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 8, 210, "F")
        txt(pdf, 16, 10, vname, 15, "B", color=color)
        para(pdf, 16, 18, 120, f"{vaddr}\nNIPT: {vid} · Tel. +355 4 {rng.randint(2200000, 2499999)}\nLicencë akomodimi nr. {rng.randint(1000, 9999)}/{rng.randint(2015, 2024)}", 8, h=4)
        txt(pdf, 190, 10, "FATURË TATIMORE", 16, "B")
        kv(pdf, 190, 19, [("Nr. i faturës:", no), ("Data e lëshimit:", fd(d)), ("Afati i pagesës:", fd(due) if due else None), ("Nr. porosie:", po), ("Periudha e qëndrimit:", f"{fd(arr)} – {fd(d)}")], wl=34, wv=60, size=8, step=4.6, align="L")
        txt(pdf, 16, 36, "Blerësi", 7.2, color=(110, 110, 110))
        txt(pdf, 16, 40, bname, 10, "B")
        para(pdf, 16, 45, 150, f"{baddr}\nNIPT / Nr. TVSH: {rng.choice('KLM')}{digits(rng, 8)}{rng.choice('ABCDEFG')} · Kodi i klientit {rng.randint(100, 999)}", 8, h=4)
        cols = [("Nr.", 10, "L"), ("Përshkrimi", 106, "L"), ("Njësia", 24, "L"), ("Sasia", 18, "R"), ("Çmimi pa TVSH", 30, "R"), ("TVSH %", 18, "R"), ("Vlera pa TVSH", 34, "R"), ("Vlera me TVSH", 34, "R")]
        rows = [[str(k + 1), x["desc"], x["unit"], qstr(x["qty"]), m(x["price"]), str(x["rate"]), m(x["amount"]), m(q0(x["amount"] * (100 + x["rate"]) / 100))] for k, x in enumerate(items)]
        y = table(pdf, 16, 62, cols, rows, size=8, rowh=6, header_fill=(240, 240, 240), line_color=(205, 205, 205))
        y += 5
        txt(pdf, 16, y, "Përmbledhja e TVSH-së", 8.4, "B")
        yy = y + 5
        for r, b, v in summary:
            txt(pdf, 16, yy, f"TVSH {r}% mbi {m(b)} lekë", 8)
            txt(pdf, 80, yy, m(v) + " lekë", 8, align="R", w=30)
            yy += 4.6
        qr_fpdf(pdf, rng, 124, y, 24)
        para(pdf, 152, y, 50, f"NIVF: {nivf}\nNSLF: {nslf}\nKodi i operatorit: {rng.choice('abcdef')}{rng.randint(100, 999)}{rng.choice('ghijk')}{rng.randint(100, 999)}", 6.2, h=3.1)
        totals(pdf, 206, y, [("Vlera pa TVSH", m(net) + " lekë", False), ("TVSH gjithsej", m(tax) + " lekë", False), ("Totali për pagesë", m(total) + " lekë", True)], wl=40, wv=34, size=9, line=color)
        txt(pdf, 206, y + 19, f"Për informacion: {de(eur)} EUR (kursi BSH {de(fx)} lekë/EUR)", 7, color=(90, 90, 90))
        para(pdf, 16, max(yy, y + 26) + 4, 260, ("Pagesa me transfertë bankare brenda " + fd(due) + f" në llogarinë IBAN AL{rng.randint(10, 99)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}, Banka Kombëtare Tregtare." if due else term + ".") + " Ju faleminderit që zgjodhët hotelin tonë!", 7.6, h=3.8, color=(80, 80, 80))
        pdf.output(path)

    notes = (
        "Tirana (Albania) hotel's FATURË TATIMORE in Albanian on a LANDSCAPE page with a coloured left edge, in whole lekë with dots ('1.234 lekë'), TVSH 6 % on accommodation (rows per room type and night) and 20 % on meals, conference room, transfers and refreshments, net and gross per row, a 'Përmbledhja e TVSH-së' per rate, the fiscal block (QR, NIVF, NSLF, operator code) and a euro amount 'for information': "
        "vendor = the name at the top; vendor_tax_id = its 'NIPT' (letter, 8 digits, letter; the buyer's NIPT, the accommodation licence, the NIVF and NSLF are decoys). "
        "invoice_number = 'Nr. i faturës' (the fiscal form ordinal/year/TCR code, as printed); invoice_date = 'Data e lëshimit' ("
        + ["dd.mm.yyyy", "Albanian words ('12 mars 2026')", "dd/mm/yyyy", "dd.mm.yyyy"][i]
        + "); the stay period ('Periudha e qëndrimit') and the customer code are decoys. "
        + due_note(due, term, "Afati i pagesës")
        + po_note(po, "Nr. porosie")
        + "subtotal = 'Vlera pa TVSH'; tax = 'TVSH gjithsej'; total = 'Totali për pagesë'; the EUR amount is a counter-value, NOT the total. Currency ALL. Line items: every row, the net 'Vlera pa TVSH' column."
    )
    t = truth(vname, vid, no, po, d, due, "ALL", net, tax, total, items, notes)
    return t, [fd(d), no, vname, vid, "Totali për pagesë", fd(due) if due else None, nslf, de(eur)], render


# =========================================================================== 10 Nairobi freight forwarder (VAT 16 %, zero-rated export freight, disbursements), totals at the left
NB_V = [
    ("Savannah Freight & Logistics Ltd", "Mombasa Road, Bellevue Business Park, P.O. Box 40512-00100 Nairobi", (180, 83, 9)),
    ("Jomo Cargo Handlers Ltd", "JKIA Cargo Village, Shed 4, P.O. Box 19087-00501 Nairobi", (3, 105, 161)),
    ("Kilimani Clearing & Forwarding Ltd", "Argwings Kodhek Rd, Kilimani, P.O. Box 76200-00508 Nairobi", (21, 128, 61)),
    ("Rift Valley Express Shipping Ltd", "Enterprise Road, Industrial Area, P.O. Box 30145-00100 Nairobi", (126, 34, 206)),
]
NB_B = [
    ("Naivasha Fresh Flowers Ltd", "Moi South Lake Road, Naivasha"),
    ("Limuru Tea Exporters Ltd", "Tigoni Road, Limuru"),
    ("Thika Avocado Packers Ltd", "Garissa Road, Thika"),
    ("Westlands Electronics Distributors Ltd", "Waiyaki Way, Westlands, Nairobi"),
]
NB_ROWS = [  # (desc, unit, qty lo, qty hi, price lo, price hi, code) in KES
    ("Air freight NBO-AMS, export (chargeable kg)", "kg", 200, 2500, 180, 420, "C"),
    ("Sea freight Mombasa-Rotterdam, export 40' reefer", "cntr", 1, 3, 350000, 620000, "C"),
    ("Export handling and documentation", "shipment", 1, 1, 6500, 18000, "B"),
    ("Local haulage to JKIA / ICD", "trip", 1, 4, 12000, 35000, "B"),
    ("Cold-room storage", "pallet-day", 4, 40, 850, 1900, "B"),
    ("Customs clearance agency fee", "entry", 1, 2, 9000, 25000, "B"),
    ("Phytosanitary inspection fee (KEPHIS), at cost", "certificate", 1, 2, 1500, 4500, "D"),
    ("Import duty paid on your behalf", "entry", 1, 1, 18000, 160000, "D"),
]
NB_CODES = {"B": ("B", D(16), "Standard 16%"), "C": ("C", D(0), "Zero-rated 0%"), "D": ("D", D(0), "Non-VAT (disbursement)")}


@style("10", "ke_nbo_nairobi_tax_invoice_vat_16_zero_rated")
def s10(rng, i):
    vname, vaddr, color = NB_V[i]
    bname, baddr = NB_B[i]
    d = rand_date(rng)
    usd = i in (1, 3)
    fx = D(rng.randint(12850, 13050)) / 100
    rows = list(NB_ROWS)
    picks = [r for r in rows if r[6] == "C"][:1 + (i % 2)] + rng.sample([r for r in rows if r[6] == "B"], rng.randint(2, 4))
    if i in (0, 3):
        picks += rng.sample([r for r in rows if r[6] == "D"], 1)
    cat = [(a, b, c, e, (q2(D(f) / fx) if usd else D(f)), (q2(D(g) / fx) if usd else D(g)), h) for a, b, c, e, f, g, h in picks]
    items = lines(rng, cat, len(cat), D("0.01") if usd else D("1"))
    order = {r[0]: k for k, r in enumerate(picks)}
    items.sort(key=lambda x: order[x["desc"]])
    for x in items:
        x["code"], x["rate"], x["label"] = NB_CODES[x["extra"]]
    net = sum(x["amount"] for x in items)
    b16 = sum(x["amount"] for x in items if x["code"] == "B")
    tax = q2(b16 * D("0.16"))
    total = net + tax
    pin = f"P05{digits(rng, 7)}{rng.choice('ABCDEFGHJKLMNPQRTUVWXYZ')}"
    cur = "USD" if usd else "KES"
    no = [f"INV{rng.randint(10000, 99999)}", f"JCH/{d.year}/{rng.randint(1000, 9999)}", f"KCF-{rng.randint(100000, 999999)}", f"RVX{d.strftime('%y')}{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day:02d}-{MONTHS['en_short'][x.month - 1]}-{x.year}", lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([7, 14, 30])) if i != 2 else None
    term = None if due else "Payment: cash against documents"
    po = [f"PO{rng.randint(10000, 99999)}", None, f"LPO-{rng.randint(100, 999)}", f"{rng.randint(4500000000, 4599999999)}"][i]
    awb = f"{rng.randint(100, 999)}-{rng.randint(10000000, 99999999)}"
    ent = f"{d.strftime('%y')}NBOIM{rng.randint(100000, 999999)}"
    cu = f"KRAMW{digits(rng, 11)}"
    m = en if usd else (lambda x: en(x, 2))

    def render(path):
        pdf = new_fpdf(creator="Tally.ERP 9")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 15, "B", color=color)
        para(pdf, 14, 20, 120, f"{vaddr}\nTel. +254 20 {rng.randint(2000000, 7999999)} · accounts@{vname.split()[0].lower()}.co.ke\nKRA PIN: {pin}", 7.8, h=3.9)
        txt(pdf, 150, 12, "TAX INVOICE", 15, "B", w=46, align="R")
        kv(pdf, 134, 22, [("Invoice No.", no), ("Date", fd(d)), ("Due date", fd(due) if due else None), ("Customer PO", po), ("Account No.", f"C{rng.randint(1000, 9999)}")], wl=26, wv=36, size=8, step=4.5, align="R")
        txt(pdf, 14, 44, "BILL TO", 7.2, "B", color=(110, 110, 110))
        txt(pdf, 14, 48, bname, 9.6, "B")
        para(pdf, 14, 53, 110, f"{baddr}\nCustomer PIN: P05{digits(rng, 7)}{rng.choice('ABCDEFGH')}", 7.8, h=3.9)
        para(pdf, 134, 48, 62, f"Shipment ref: {awb}\nCustoms entry: {ent}", 7.6, h=3.9, color=(70, 70, 70))
        cols = [("Description", 84, "L"), ("Qty", 20, "R"), ("Unit", 20, "L"), (f"Rate ({cur})", 26, "R"), ("Code", 12, "C"), (f"Amount ({cur})", 26, "R")]
        rr = [[x["desc"], qstr(x["qty"]), x["unit"], m(x["price"]), x["code"], m(x["amount"])] for x in items]
        y = table(pdf, 14, 68, cols, rr, size=8, rowh=6.4, border_bottom=False, line_color=(255, 255, 255), header_color=color)
        y += 8
        y2 = totals(pdf, 14, y, [("Total excl. VAT", m(net), False), ("VAT 16%", m(tax), False), (f"TOTAL {cur}", m(total), True)], wl=44, wv=34, size=9.4, line=color, step=6)
        yy = y
        txt(pdf, 110, yy, "VAT summary", 8, "B")
        yy += 4.6
        for code, rate, label in NB_CODES.values():
            base = sum(x["amount"] for x in items if x["code"] == code)
            if base:
                txt(pdf, 110, yy, f"{code}  {label}", 7.6)
                txt(pdf, 160, yy, m(base), 7.6, align="R", w=18)
                txt(pdf, 178, yy, m(q2(base * rate / 100)), 7.6, align="R", w=18)
                yy += 4.2
        extra = f"KES equivalent at {en(fx)}: KES {en(q2(total * fx))}\n" if usd else ""
        para(pdf, 14, max(y2, yy) + 6, 182, extra + ("Payment due by " + fd(due) + ". " if due else term + ". ") + f"Bank: {rng.choice(['KCB Bank Kenya', 'Equity Bank Kenya', 'NCBA Bank Kenya', 'Stanbic Bank Kenya'])}, A/C {digits(rng, 10)}, branch {rng.choice(['Moi Avenue', 'Industrial Area', 'JKIA', 'Westlands'])}. Disbursements (code D) are at cost and outside the scope of VAT.\nCU Invoice No. {cu} · eTIMS verified", 7.6, h=3.9, color=(70, 70, 70))
        pdf.output(path)

    notes = (
        "Nairobi (Kenya) freight forwarder's TAX INVOICE in English, a table WITHOUT rules and the totals at the LEFT under it, in "
        + ("US DOLLARS ('1,234.56') with a KES equivalent under the totals" if usd else "Kenyan shillings ('1,234.00')")
        + ", VAT 16 % on local services (code B), export freight ZERO-RATED (code C) and on two disbursements at cost outside VAT (code D), a VAT summary by code: "
        "vendor = the name at the top; vendor_tax_id = its 'KRA PIN' (P + 9 digits + letter; the customer PIN, the CU invoice number, the shipment ref (AWB) and the customs entry are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Date' ("
        + ["dd/mm/yyyy", "dd-Mon-yyyy", "dd/mm/yyyy", "dd.mm.yyyy"][i]
        + "); the account number is a decoy. "
        + due_note(due, term, "Due date")
        + po_note(po, "Customer PO")
        + f"subtotal = 'Total excl. VAT' (all rows, zero-rated and disbursements included); tax = 'VAT 16%'; total = 'TOTAL {cur}'"
        + ("; the KES equivalent is NOT the total" if usd else "")
        + f". Currency {cur}. Line items: every row."
    )
    t = truth(vname, pin, no, po, d, due, cur, net, tax, total, items, notes)
    return t, [fd(d), no, vname, pin, f"TOTAL {cur}", fd(due) if due else None, awb, cu], render
