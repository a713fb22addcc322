"""fpdf2 styles for set 47, second part (09 Bandung supplier's FAKTUR PENJUALAN in Indonesian with a coloured RIGHT
SIDEBAR, PPN 12 % on the DPP nilai lain (11/12), whole rupiah 'Rp 1.234.567', a price discount on two and a return as a
NEGATIVE row on one, 10 Hobart produce wholesaler's TAX INVOICE in English with the TOTALS at the LEFT, a table without
rules, GST 10 % on taxable rows only (GST-free fresh produce marked *) and a deposit below the total on two)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import id_date
from invoice_kit import de, digits, en, mt, new_fpdf, q0, q2, qstr, rand_date, style_registry, table, txt, valid
from kit_common import due_note, en_date, kv, lines, para, po_note, qr_fpdf, totals, truth
from stdnum.au import abn
from stdnum.id import npwp

STYLES, style = style_registry("fpdf2")


# =========================================================================== 09 Bandung (PPN 12 % x 11/12, IDR), right sidebar
BD_V = [
    ("PT Priangan Tekstil Mandiri", "Jl. Soekarno-Hatta No. 512, Batununggal, Bandung 40266", (14, 116, 144)),
    ("CV Dago Kopi Nusantara", "Jl. Ir. H. Juanda No. 88, Dago, Bandung 40135", (120, 53, 15)),
    ("PT Cimahi Sarana Elektrik", "Jl. Raya Cibabat No. 21, Cimahi 40513", (30, 64, 175)),
    ("PT Lembang Agro Segar", "Jl. Grand Hotel No. 33, Lembang, Bandung Barat 40391", (21, 128, 61)),
]
BD_ROWS = [
    ("Kain katun combed 30s (kg)", "kg", 20, 600, 98000, 135000), ("Kain rayon viskosa motif (meter)", "m", 50, 2000, 21000, 34000),
    ("Benang polyester 150D (cone)", "cone", 20, 400, 28000, 42000), ("Kopi arabika Java Preanger green bean (kg)", "kg", 10, 500, 115000, 185000),
    ("Kopi bubuk robusta 250 g", "pak", 20, 400, 32000, 48000), ("Kabel NYM 3x2,5 mm² (roll 50 m)", "roll", 2, 60, 680000, 890000),
    ("MCB 1 phase 16A", "pcs", 5, 120, 48000, 76000), ("Lampu LED 12W E27", "pcs", 20, 500, 21000, 36000),
    ("Panel listrik 12 grup, terpasang", "unit", 1, 4, 2400000, 4800000), ("Sayur kol Lembang (kg)", "kg", 50, 800, 4500, 8000),
    ("Paprika merah grade A (kg)", "kg", 10, 200, 38000, 62000), ("Ongkos kirim Bandung - Jakarta", "rit", 1, 3, 850000, 1600000),
    ("Kemasan kardus single wall", "pcs", 100, 3000, 2800, 5200), ("Jasa pemasangan instalasi", "jam", 4, 60, 95000, 160000),
]


@style("09", "id_bdo_bandung_faktur_ppn_12_dpp_11_12_sidebar_right")
def s09(rng, i):
    vname, vaddr, color = BD_V[i]
    d = rand_date(rng, dt.date(2025, 1, 10))
    cat = [BD_ROWS[:3] + BD_ROWS[12:13], BD_ROWS[3:5] + BD_ROWS[11:13], BD_ROWS[5:9] + BD_ROWS[13:], BD_ROWS[9:13]][i]
    items = lines(rng, cat, [3, 2, 5, 4][i], D("100"))
    if i == 2:
        src = rng.choice(items)
        rq = D(rng.randint(1, max(1, int(src["qty"]) // 3)))
        a = -q2(rq * src["price"])
        items.append({"desc": f"Retur: {src['desc']} (ex faktur {rng.randint(100, 999)})", "unit": src["unit"], "qty": -rq, "price": src["price"], "amount": a, "extra": None})
    gross = sum(x["amount"] for x in items)
    disc = q0(gross * rng.choice([2, 3, 5]) / 100) if i in (0, 3) else D(0)
    net = gross - disc
    dpp = q0(net * 11 / 12)
    tax = q0(dpp * D("0.12"))
    total = net + tax
    vid = npwp.format(valid(rng, lambda: "0" + digits(rng, 15), npwp.is_valid))
    bid = npwp.format(valid(rng, lambda: "0" + digits(rng, 15), npwp.is_valid))
    no = [f"INV/{d.year}/{d.month:02d}/{rng.randint(1000, 9999)}", f"DKN-{rng.randint(100, 999)}", f"CSE/FJ/{rng.randint(10000, 99999)}", f"{rng.randint(100000, 999999)}"][i]
    fd = [id_date, lambda x: x.strftime("%d/%m/%Y"), id_date, lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 30, 45])) if i != 1 else None
    po = [f"PO-{rng.randint(10000, 99999)}", None, f"SPK/{rng.randint(100, 999)}/{d.year}", f"{rng.randint(4500000000, 4599999999)}"][i]
    fpno = f"04002{d.strftime('%y')}{digits(rng, 8)}"
    buyer = [("PT Garmen Sukses Jaya", "Jl. Industri No. 7, Majalaya"), ("Kafe Braga 27", "Jl. Braga No. 27, Bandung"), ("PT Kawasan Industri Padalarang", "Padalarang, Bandung Barat"), ("PT Supermarket Segar Abadi", "Jl. Pasteur No. 9, Bandung")][i]

    def render(path):
        pdf = new_fpdf("P")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(148, 0, 62, 297, "F")
        w = (255, 255, 255)
        txt(pdf, 152, 14, "TOTAL TAGIHAN", 8, "B", color=w)
        txt(pdf, 152, 20, "Rp " + de(total, 0), 13, "B", color=w)
        y = 32
        for lab, val in [("NPWP Penjual", vid), ("Jatuh tempo", fd(due) if due else "Tunai"), ("No. Seri Faktur Pajak", fpno), ("Rekening", f"{rng.choice(['BCA', 'Bank Mandiri', 'BNI', 'bank bjb'])}\n{digits(rng, 10, True)}\na.n. {vname}"), ("NIB", digits(rng, 13, True))]:
            txt(pdf, 152, y, lab, 7, color=(220, 235, 240))
            y = para(pdf, 152, y + 4, 54, val, 8, "B", color=w) + 3
        qr_fpdf(pdf, rng, 160, 250, 30)
        txt(pdf, 14, 14, vname, 13, "B", color=color)
        para(pdf, 14, 21, 128, vaddr + f"\nTelp. (022) {rng.randint(2000000, 8999999)}", 8)
        txt(pdf, 14, 36, "FAKTUR PENJUALAN", 15, "B")
        kv(pdf, 14, 46, [("Nomor", no), ("Tanggal", fd(d)), ("No. PO / SPK", po), ("Surat Jalan", f"SJ-{rng.randint(1000, 9999)}" if i != 1 else None)], wl=28, wv=60, align="L")
        kv(pdf, 90, 46, [("Kepada", buyer[0]), ("", buyer[1]), ("NPWP", bid)], wl=16, wv=50, align="L", size=7.6)
        cols = [("Uraian barang/jasa", 56, "L"), ("Kuantitas", 18, "R"), ("Satuan", 12, "L"), ("Harga (Rp)", 22, "R"), ("Jumlah (Rp)", 24, "R")]
        rows = [[x["desc"] if len(x["desc"]) < 36 else x["desc"][:34] + "\n" + x["desc"][34:], qstr(x["qty"]), x["unit"], de(x["price"], 0), de(x["amount"], 0)] for x in items]
        y = table(pdf, 12, 70, cols, rows, size=7.4, rowh=5.6, header_fill=(235, 235, 235))
        ry = [("Harga Jual", de(gross, 0), False)]
        if disc:
            ry.append(("Potongan Harga", "-" + de(disc, 0), False))
        ry += [("Subtotal", de(net, 0), False), ("DPP Nilai Lain (11/12)", de(dpp, 0), False), ("PPN 12%", de(tax, 0), False), ("TOTAL (Rp)", de(total, 0), True)]
        y = totals(pdf, 60, y + 6, ry, wl=46, wv=32, size=8.2, line=color)
        para(pdf, 14, y + 6, 128, "PPN 12% dikenakan atas DPP nilai lain sebesar 11/12 dari harga jual (PMK 131 Tahun 2024). Faktur pajak elektronik diterbitkan melalui Coretax DJP.", 7)
        txt(pdf, 90, y + 24, "Hormat kami,", 8)
        txt(pdf, 90, y + 40, rng.choice(["Dewi Kartika", "Asep Sunandar", "Rina Hermawati", "Budi Santoso"]), 8, "B")
        pdf.output(path)

    notes = (
        "Bandung (West Java, Indonesia) supplier's FAKTUR PENJUALAN in Indonesian with a coloured RIGHT SIDEBAR (TOTAL TAGIHAN, NPWP Penjual, due date, tax invoice serial, bank), PPN 12 % on the DPP nilai lain (11/12 of the sale), whole rupiah 'Rp 1.234.567'"
        + (", a price discount 'Potongan Harga'" if disc else "") + (", a return as a NEGATIVE row" if i == 2 else "") + ": "
        "vendor = the name at the top; vendor_tax_id = 'NPWP Penjual' in the sidebar (the buyer's NPWP, the tax invoice serial, NIB, bank account, surat jalan are decoys). "
        "invoice_number = 'Nomor'; invoice_date = 'Tanggal' (" + ["Indonesian long date", "dd/mm/yyyy", "Indonesian long date", "dd-mm-yyyy"][i] + "). "
        + due_note(due, None if due else "Tunai", "Jatuh tempo")
        + po_note(po, "No. PO / SPK")
        + "subtotal = 'Subtotal' (after the discount; 'DPP Nilai Lain' is only the tax base, a decoy); tax = 'PPN 12%'; total = 'TOTAL (Rp)' / 'TOTAL TAGIHAN'. Currency IDR. Line items: every row"
        + (" (they sum to 'Harga Jual' before the discount)" if disc else "") + "."
    )
    t = truth(vname, vid, no, po, d, due, "IDR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bid, "PPN 12%", de(dpp, 0), de(gross, 0)], "line_adjustment": mt(-disc)}
    return t, chk, render


# =========================================================================== 10 Hobart (GST 10 %, AUD), totals at the left, table without rules
HB_V = [
    ("Derwent Valley Produce Co. Pty Ltd", "14 Lampton Avenue, Derwent Park TAS 7009"),
    ("Salamanca Providores", "Shop 3, 77 Salamanca Place, Battery Point TAS 7004"),
    ("Huon Orchard Wholesale Pty Ltd", "2280 Huon Highway, Huonville TAS 7109"),
    ("Cambridge Catering Supplies", "5 Kennedy Drive, Cambridge TAS 7170"),
]
HB_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, gst)
    ("Apples Pink Lady 18kg carton", "ctn", 1, 40, "38.00", "64.00", False), ("Cherries 5kg export grade", "box", 1, 20, "55.00", "95.00", False),
    ("Potatoes Kennebec 20kg", "bag", 1, 30, "22.00", "36.00", False), ("Brown onions 10kg", "bag", 1, 30, "12.00", "21.00", False),
    ("Leatherwood honey 500g (12)", "ctn", 1, 12, "96.00", "138.00", False), ("Atlantic salmon fillets (kg)", "kg", 2, 40, "28.50", "39.90", False),
    ("Free range eggs 700g (15 doz)", "tray", 1, 20, "78.00", "99.00", False), ("Cheddar 2kg block", "ea", 1, 20, "32.00", "46.00", False),
    ("Apple cider 330ml (24)", "ctn", 1, 20, "54.00", "78.00", True), ("Potato chips 1kg (salted)", "ea", 1, 30, "9.80", "15.50", True),
    ("Takeaway containers 500ml (250)", "ctn", 1, 10, "42.00", "64.00", True), ("Cling wrap 45cm x 600m", "ea", 1, 10, "28.00", "39.00", True),
    ("Delivery - Hobart metro", "run", 1, 1, "25.00", "45.00", True), ("Delivery - Huon Valley", "run", 1, 1, "45.00", "70.00", True),
    ("Chocolate blocks 200g (20)", "ctn", 1, 10, "68.00", "96.00", True), ("Dishwashing detergent 5L", "ea", 1, 8, "18.00", "29.00", True),
    ("Strawberries 2kg punnet tray", "tray", 1, 30, "18.00", "32.00", False), ("Carrots 10kg", "bag", 1, 20, "11.00", "18.00", False),
    ("Lettuce iceberg (ctn 12)", "ctn", 1, 20, "24.00", "36.00", False), ("Pallet hire", "ea", 1, 4, "12.00", "18.00", True),
]


@style("10", "au_hba_hobart_tax_invoice_gst_10_free_totals_left_deposit")
def s10(rng, i):
    vname, vaddr = HB_V[i]
    d = rand_date(rng)
    items = lines(rng, HB_ROWS, [8, 2, 16, 5][i], D("0.01"))
    for x in items:
        x["gst"] = bool(x["extra"])
    net = sum(x["amount"] for x in items)
    taxable = sum(x["amount"] for x in items if x["gst"])
    tax = q2(taxable / 10)
    total = net + tax
    vid = abn.format(valid(rng, lambda: digits(rng, 11, True), abn.is_valid))
    bid = abn.format(valid(rng, lambda: digits(rng, 11, True), abn.is_valid)) if i in (0, 2) else None
    no = [f"INV-{rng.randint(10000, 99999)}", f"{rng.randint(1000, 9999)}", f"HOW{rng.randint(100000, 999999)}", f"CCS-{d.strftime('%y')}-{rng.randint(100, 999)}"][i]
    fd = [en_date, lambda x: x.strftime("%d/%m/%Y"), en_date, lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([7, 14, 30])) if i != 1 else None
    po = [f"PO{rng.randint(10000, 99999)}", None, f"{rng.randint(100000, 999999)}", f"EVT-{rng.randint(100, 999)}"][i]
    dep = q2(total * rng.choice([D("0.2"), D("0.3"), D("0.5")])) if i in (2, 3) else None
    depdate = d - dt.timedelta(days=rng.randint(5, 30))
    buyer = [("Hotel Grand Chancellor Hobart", "1 Davey Street, Hobart TAS 7000"), ("Cash sale", ""), ("Woolworths Kingston (store 4421)", "Channel Court, Kingston TAS 7050"), ("MONA Function Centre", "655 Main Road, Berriedale TAS 7011")][i]
    aud = i in (0, 2)

    def render(path):
        pdf = new_fpdf("P")
        pdf.add_page()
        g = (40, 70, 50)
        txt(pdf, 14, 14, vname, 14, "B", color=g)
        txt(pdf, 14, 21, vaddr + f" · (03) 62{rng.randint(10, 99)} {rng.randint(1000, 9999)}", 8)
        txt(pdf, 150, 14, "TAX INVOICE", 14, "B", align="R", w=46)
        pdf.set_fill_color(238, 243, 238)
        pdf.rect(14, 32, 58, 120, "F")
        ry = [("Subtotal (ex GST)", en(net), False), ("GST-free items", en(net - taxable), False), ("GST 10%", en(tax), False), ("Total" + (" AUD" if aud else " inc GST"), "$" + en(total), True)]
        if dep:
            ry += [(f"Less deposit {depdate.strftime('%d/%m')}", "-" + en(dep), False), ("Balance due", "$" + en(total - dep), True)]
        y = kv(pdf, 17, 36, [("Invoice no.", no), ("Date", fd(d)), ("Due", fd(due) if due else None), ("Your ref", po)], wl=20, wv=32, align="R", size=7.8)
        y = totals(pdf, 17, y + 8, ry, wl=28, wv=24, size=7.8, line=g, step=5.2)
        if not due:
            para(pdf, 17, y + 2, 52, "Paid - EFTPOS at collection. Thank you.", 7.4)
        para(pdf, 17, 120, 52, f"Pay by EFT:\nBSB {rng.randint(0, 9)}{digits(rng, 2)}-{digits(rng, 3)}\nAcc {digits(rng, 8, True)}\nRef: {no}", 7.2)
        txt(pdf, 80, 34, "Bill to", 7.5, color=(90, 90, 90))
        yb = para(pdf, 80, 38, 110, buyer[0] + ("\n" + buyer[1] if buyer[1] else "") + (f"\nABN {bid}" if bid else "") + (f"\nCustomer acc. {rng.randint(1000, 9999)}" if i != 1 else ""), 8.2)
        cols = [("Description", 56, "L"), ("Qty", 12, "R"), ("Unit", 12, "L"), ("Price", 18, "R"), ("Amount", 20, "R")]
        rows = [[x["desc"] + ("" if x["gst"] else " *"), qstr(x["qty"]), x["unit"], en(x["price"]), en(x["amount"])] for x in items]
        y = table(pdf, 78, max(yb + 6, 60), cols, rows, size=7.4, rowh=5.2, border_bottom=False, header_style="B")
        para(pdf, 80, y + 4, 116, "* GST-free (fresh food). Prices exclude GST unless marked otherwise." + (" All amounts in Australian dollars." if not aud else ""), 7)
        txt(pdf, 14, 282, f"{vname} · ABN {vid} · Liquor licence 8{digits(rng, 5)} · Hobart, Tasmania", 7, color=(100, 100, 100))
        pdf.output(path)

    notes = (
        "Hobart (Tasmania, Australia) produce wholesaler's TAX INVOICE in English with the TOTALS in a shaded LEFT column, a table WITHOUT RULES, GST 10 % only on taxable rows (GST-free fresh food marked *), '$1,234.56'"
        + (" with 'AUD' beside the total" if aud else ", the currency only in a footnote ('Australian dollars')") + ": "
        "vendor = the name at the top; vendor_tax_id = 'ABN' in the FOOTER (the buyer's ABN, BSB and account, liquor licence, customer account are decoys). "
        "invoice_number = 'Invoice no.'; invoice_date = 'Date' (" + ["English long date", "dd/mm/yyyy", "English long date", "dd/mm/yyyy"][i] + "). "
        + due_note(due, None if due else "paid by EFTPOS at collection", "Due")
        + po_note(po, "Your ref")
        + "subtotal = 'Subtotal (ex GST)'; tax = 'GST 10%'; total = 'Total'" + (" (the deposit and the 'Balance due' below it are decoys)" if dep else "")
        + ". Currency AUD. Line items: every row ex GST."
    )
    t = truth(vname, vid, no, po, d, due, "AUD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bid, "GST 10%", "Subtotal (ex GST)"]}
    return t, chk, render
