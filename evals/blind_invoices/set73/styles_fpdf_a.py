"""fpdf2 styles for set 73, first part (06 Jamnagar brass-parts manufacturer's GST TAX INVOICE OVER TWO PAGES with the
taxable value carried forward and brought forward, rules between rows only, HSN codes, CGST + SGST 9 % or IGST 18 %,
a round-off line, Indian digit grouping, the amounts in words in lakh and dates dd.mm.yyyy; 07 Pekalongan batik
trade's FAKTUR PENJUALAN in Indonesian with a coloured LEFT SIDEBAR of labels above values, a ZEBRA table without
rules, PPN 12 % on the DPP nilai lain (11/12), a discount on the rows' sum and an advance deducted below the total)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import id_date, id_npwp, in_gstin, inr
from invoice_kit import de, digits, in_words, new_fpdf, q0, q2, qstr, rand_date, style_registry, table, txt
from kit_common import due_note, para, po_note, qr_fpdf, truth, wrap

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Jamnagar (GST 18 %, INR), two pages, carried forward
JM_V = [
    ("SHREE HARIKRUPA BRASS COMPONENTS", "Plot No. 4127, GIDC Phase III, Dared, Jamnagar - 361 004, Gujarat", (124, 45, 18)),
    ("NAVNIT METAL INDUSTRIES", "Shed No. 18, Shankar Tekri Udyognagar, Jamnagar - 361 004, Gujarat", (30, 64, 175)),
    ("PATEL PRECISION BRASS WORKS", "Survey No. 212/3, Lalpur Road, Jamnagar - 361 006, Gujarat", (21, 94, 117)),
    ("VRAJ BRASS FITTINGS PRIVATE LIMITED", "Plot No. 338, GIDC Phase II, Dared, Jamnagar - 361 004, Gujarat", (88, 28, 135)),
]
JM_B = [("Rajkot Sanitary Fittings Pvt. Ltd.", "Aji GIDC, Rajkot, Gujarat", "24"), ("Pune Electricals & Switchgear Co.", "Bhosari MIDC, Pune, Maharashtra", "27"),
        ("Ahmedabad Pneumatics LLP", "Naroda GIDC, Ahmedabad, Gujarat", "24"), ("Coimbatore Pump Spares Agency", "SIDCO Industrial Estate, Kurichi, Tamil Nadu", "33")]
JM_STATE = {"24": "Gujarat", "27": "Maharashtra", "33": "Tamil Nadu"}
JM_PARTS = [
    ("Brass hex nipple 1/2\" BSP", "74122019"), ("Brass hex nipple 3/4\" BSP", "74122019"), ("Brass PPR insert female 20 mm", "74122019"), ("Brass PPR insert male 25 mm", "74122019"),
    ("Brass neutral link 6-way 100 A", "85369090"), ("Brass earthing terminal M6", "85369090"), ("Brass cable gland PG 13.5 nickel plated", "85369090"), ("Brass terminal block insert 4 mm2", "85369090"),
    ("Brass pressure gauge adaptor 1/4\" NPT", "74199990"), ("Brass pump impeller nut M10", "74199990"), ("Brass turned bush 12 x 18 x 20 as per drg. PB-114", "74199990"), ("Brass knurled insert M4 for plastic moulding", "74199990"),
    ("Brass ball valve stem 15 mm", "74199990"), ("Brass hose barb 8 mm x 1/4\"", "74122019"), ("Brass compression olive 15 mm", "74122019"), ("Brass fuse contact blade", "85369090"),
    ("Brass anchor fastener 8 mm", "74152100"), ("Brass sanitary spindle 1/2\" quarter turn", "84819090"), ("Brass check valve body 1/2\"", "84819090"), ("Brass flare nut 3/8\" SAE", "74122019"),
    ("Brass grub screw M5 x 6", "74153390"), ("Brass washer 10 mm", "74152100"), ("Brass battery terminal clamp", "85369090"), ("Brass pin for 5 A socket", "85369090"),
    ("Brass connector for gas regulator", "74122019"), ("Brass forged tee 1/2\" FFF", "74122019"), ("Brass eyelet 5 mm", "83089019"), ("Brass jet for gas stove burner", "74199990"),
]


@style("06", "in_jam_jamnagar_gst_tax_invoice_cgst_sgst_igst_two_pages_carried_forward_lakh_words")
def s06(rng, i):
    vname, vaddr, color = JM_V[i]
    bname, baddr, bstate = JM_B[i]
    inter = bstate != "24"
    d = rand_date(rng)
    n = [26, 28, 24, 27][i]
    for _ in range(200):
        items = []
        for desc, hsn in rng.sample(JM_PARTS, n):
            q = D(rng.choice([100, 200, 250, 300, 400, 500, 600, 750, 1000, 1200, 1500]))
            p = D(rng.randint(40, 900)) / 100 if rng.random() < 0.7 else D(rng.randint(900, 2200)) / 100
            items.append({"desc": desc, "hsn": hsn, "qty": q, "price": p, "amount": q2(q * p), "unit": "Nos"})
        net = sum(x["amount"] for x in items)
        if net < D("83000"):
            break
    if inter:
        igst = q2(net * D("0.18"))
        parts = [("IGST @ 18%", igst)]
    else:
        cg = q2(net * D("0.09"))
        parts = [("CGST @ 9%", cg), ("SGST @ 9%", cg)]
    tax = sum(p for _, p in parts)
    raw = net + tax
    total = q0(raw)
    rnd = total - raw
    vid = in_gstin(rng, "24")
    bid = in_gstin(rng, bstate)
    no = [f"SHB/{d.year % 100}-{d.year % 100 + 1}/{rng.randint(100, 999)}", f"NMI/{rng.randint(1000, 9999)}", f"PPBW-{rng.randint(100, 999)}/{d.strftime('%y')}", f"VBF/GST/{rng.randint(1000, 9999)}"][i]
    fd = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i in (1, 3) else None
    po = [f"RSF/PO/{rng.randint(100, 999)}", f"4500{digits(rng, 6)}", None, f"CPSA-{rng.randint(100, 999)}"][i]
    ewb = digits(rng, 12, True)
    irn = "".join(rng.choice("0123456789abcdef") for _ in range(64))
    ack = "1" + digits(rng, 14)
    prev = D(rng.randint(150000, 900000)) + D(rng.randint(0, 99)) / 100
    words = "Rupees " + in_words(int(total)) + " Only"
    tax_words = "Rupees " + in_words(int(tax)) + (f" and Paise {in_words(int(q2(tax - int(tax)) * 100))}" if tax != int(tax) else "") + " Only"
    split = 17
    udyam = f"UDYAM-GJ-10-{digits(rng, 7)}"
    cf = sum(x["amount"] for x in items[:split])

    def head(pdf, page):
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.5)
        pdf.rect(8, 8, 194, 281)
        pdf.set_line_width(0.2)
        txt(pdf, 12, 11, "TAX INVOICE", 13, "B", color=color)
        txt(pdf, 150, 11.5, "ORIGINAL FOR RECIPIENT", 7.4, "B", w=48, align="R")
        txt(pdf, 150, 16, f"Page {page} of 2", 7.4, w=48, align="R", color=(90, 90, 90))
        txt(pdf, 12, 18, vname, 14, "B")
        txt(pdf, 12, 25, vaddr, 8)
        txt(pdf, 12, 29.3, f"GSTIN/UIN: {vid}   State Name: Gujarat, Code: 24   Udyam: {udyam}", 8, "B")
        pdf.line(8, 34, 202, 34)

    cols = [("Sr.", 9, "C"), ("Description of Goods", 78, "L"), ("HSN/SAC", 20, "C"), ("Quantity", 20, "R"), ("Unit", 12, "C"), ("Rate", 20, "R"), ("Taxable Value", 27, "R")]

    def render(path):
        pdf = new_fpdf(creator="Tally.ERP 9")
        pdf.add_page()
        head(pdf, 1)
        # facts: labels beside values in a two-column ruled grid
        grid = [("Invoice No.", no), ("Invoice Date", fd(d)), ("Buyer's Order No.", po or "-"), ("Order Date", fd(d - dt.timedelta(days=rng.randint(5, 25))) if po else "-"),
                ("e-Way Bill No.", ewb), ("Dispatched through", rng.choice(["Shree Maruti Courier", "VRL Logistics", "Own vehicle", "Gati Ltd."])),
                ("LR / RR No.", f"LR{digits(rng, 6)}"), ("Motor Vehicle No.", f"GJ-10-{rng.choice(['AB', 'BX', 'CT', 'DV'])}-{digits(rng, 4, True)}"),
                ("Place of Supply", f"{JM_STATE[bstate]} ({bstate})"), ("Due Date" if due else "Terms of Payment", fd(due) if due else "30 days from receipt")]
        pdf.set_draw_color(150, 150, 150)
        for k, (a, b) in enumerate(grid):
            x = 12 if k % 2 == 0 else 107
            y = 37 + (k // 2) * 6
            txt(pdf, x, y, a, 7.4, color=(80, 80, 80))
            txt(pdf, x + 32, y - 0.2, b, 8.2, "B")
        pdf.line(8, 68, 202, 68)
        para(pdf, 12, 70, 95, f"Buyer (Bill to)\n{bname}\n{baddr}\nGSTIN/UIN: {bid}\nState Name: {JM_STATE[bstate]}, Code: {bstate}", 8, h=3.9)
        para(pdf, 110, 70, 62, f"e-Invoice\nIRN: {wrap(irn, 34)}\nAck No.: {ack}\nAck Date: {fd(d)}", 6.8, h=3.2)
        qr_fpdf(pdf, rng, 175, 69, 24)
        pdf.line(8, 95, 202, 95)
        rws = [[str(k + 1), wrap(x["desc"], 48), x["hsn"], qstr(x["qty"]), x["unit"], inr(x["price"]), inr(x["amount"])] for k, x in enumerate(items)]
        y = table(pdf, 12, 98, cols, rws[:split], size=7.8, rowh=6.6, header_fill=(240, 240, 240), line_color=(200, 200, 200))
        txt(pdf, 21, y + 2.5, "Carried forward to page 2", 8.2, "B")
        txt(pdf, 148, y + 2.5, inr(cf), 8.2, "B", w=36, align="R")
        txt(pdf, 12, 283, "continued on page 2 ...", 7, color=(110, 110, 110))
        pdf.add_page()
        head(pdf, 2)
        txt(pdf, 12, 37, f"Invoice No. {no} dated {fd(d)} (continued)", 8.6, "B")
        txt(pdf, 21, 44, "Brought forward from page 1", 8.2, "B")
        txt(pdf, 148, 44, inr(cf), 8.2, "B", w=36, align="R")
        y = table(pdf, 12, 50, cols, rws[split:], size=7.8, rowh=6.6, header_fill=(240, 240, 240), line_color=(200, 200, 200))
        y += 4
        rows_t = [("Total Taxable Value", inr(net), True)] + [(a, inr(b), False) for a, b in parts] + [("Total Tax Amount", inr(tax), False), ("Round Off", ("+" if rnd >= 0 else "") + inr(rnd), False), ("GRAND TOTAL (Rs.)", "₹ " + inr(total), True)]
        for a, b, bold in rows_t:
            if a.startswith("GRAND"):
                pdf.set_fill_color(*color)
                pdf.rect(112, y - 1.2, 86, 7, "F")
                txt(pdf, 114, y, a, 9, "B", color=(255, 255, 255))
                txt(pdf, 150, y, b, 9, "B", w=46, align="R", color=(255, 255, 255))
                y += 7.5
            else:
                txt(pdf, 114, y, a, 8.2, "B" if bold else "")
                txt(pdf, 150, y, b, 8.2, "B" if bold else "", w=46, align="R")
                y += 5.2
        y += 2
        txt(pdf, 12, y, "Amount Chargeable (in words):", 7.6, color=(80, 80, 80))
        para(pdf, 12, y + 4, 186, words, 8.6, "B", h=4.2)
        txt(pdf, 12, y + 10, "Tax Amount (in words): " + tax_words, 7.6)
        # HSN summary, decoys
        hs = {}
        for x in items:
            hs[x["hsn"]] = hs.get(x["hsn"], D(0)) + x["amount"]
        y += 17
        scols = [("HSN/SAC", 30, "L"), ("Taxable Value", 36, "R"), ("IGST 18%" if inter else "CGST 9% + SGST 9%", 44, "R")]
        srows = [[h, inr(v), inr(q2(v * D("0.18")) if inter else q2(v * D("0.09")) * 2)] for h, v in sorted(hs.items())]
        y = table(pdf, 12, y, scols, srows, size=7.2, rowh=5.2, line_color=(210, 210, 210))
        para(pdf, 12, y + 4, 110, f"Company's PAN: {vid[2:12]}\nBank: Bank of Baroda, Digvijay Plot Branch, Jamnagar\nA/c No.: {digits(rng, 14, True)}   IFSC: BARB0DIGJAM\nPrevious outstanding as on {fd(d - dt.timedelta(days=1))}: Rs. {inr(prev)}", 7.6, h=3.9)
        para(pdf, 130, y + 4, 68, f"for {vname}\n\n\nAuthorised Signatory", 8, "B", h=4, align="R")
        para(pdf, 12, 272, 186, "Declaration: We declare that this invoice shows the actual price of the goods described and that all particulars are true and correct. "
             "Interest @ 18% p.a. will be charged on bills unpaid after the due date. Subject to Jamnagar jurisdiction. This is a computer generated invoice.", 6.8, h=3.4, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Jamnagar (Gujarat, India) brass-parts manufacturer's GST TAX INVOICE in English OVER TWO PAGES (the taxable value 'Carried forward to page 2' / 'Brought forward from page 1' is a decoy partial sum), "
        "labels BESIDE values in a two-column block, a table with rules between rows only, HSN codes, " + ("IGST 18 % (inter-state)" if inter else "CGST 9 % + SGST 9 % (intra-state)")
        + ", a 'Round Off' line, Indian digit grouping '1,23,456.78' (the previous outstanding balance shows it), dates dd.mm.yyyy, the amounts in words in lakh: "
        "vendor = the name at the top; vendor_tax_id = the seller's 'GSTIN/UIN' (the buyer's GSTIN, the PAN inside it, the Udyam number, the IRN, Ack No., e-Way Bill No., LR and vehicle numbers, the bank account and IFSC are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (the order date and the ack date are decoys or repeat it). "
        + due_note(due, "30 days from receipt", "Due Date")
        + po_note(po, "Buyer's Order No.")
        + "subtotal = 'Total Taxable Value'; tax = 'Total Tax Amount' (" + ("IGST" if inter else "CGST + SGST, each printed") + "); total = 'GRAND TOTAL (Rs.)' after the round-off "
        "(the HSN summary and the previous outstanding are decoys). Currency INR. Line items: every row over both pages (quantity x rate = taxable value)."
    )
    t = truth(vname, vid, no, po, d, due, "INR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "GRAND TOTAL", bid, words, "Carried forward to page 2", inr(cf), "Page 2 of 2", inr(prev), fd(due) if due else None], "total_adjustment": str(rnd)}
    return t, chk, render


# =========================================================================== 07 Pekalongan (PPN 12 % on DPP 11/12, IDR), left sidebar, zebra
PK_V = [
    ("CV Batik Tulis Sekar Jagad", "Jl. Hayam Wuruk No. 47, Kauman, Kota Pekalongan 51128, Jawa Tengah", (127, 29, 29)),
    ("PT Pekalongan Batik Cap Nusantara", "Jl. Jenderal Sudirman No. 210, Kota Pekalongan 51116, Jawa Tengah", (30, 64, 175)),
    ("UD Canting Emas Kimia Batik", "Jl. Dr. Wahidin No. 18, Kota Pekalongan 51119, Jawa Tengah", (133, 77, 14)),
    ("CV Konveksi Kampung Batik Pesindon", "Jl. Pesindon Gg. 2 No. 9, Kota Pekalongan 51113, Jawa Tengah", (21, 94, 117)),
]
PK_B = [("PT Galeri Wastra Indonesia", "Jl. Kemang Raya No. 8, Jakarta Selatan"), ("Hotel Candi Baru Semarang", "Jl. S. Parman No. 56, Semarang"),
        ("CV Batik Laweyan Makmur", "Jl. Dr. Rajiman No. 521, Surakarta"), ("Koperasi Pegawai Pemkot Pekalongan", "Jl. Mataram No. 1, Pekalongan")]
PK_ROWS = [
    [("Batik tulis sutra motif Jlamprang, 2,5 m", "lbr", 2, 12, 850000, 2400000), ("Batik tulis katun primissima motif Buketan", "lbr", 3, 20, 450000, 950000),
     ("Selendang batik tulis sutra", "lbr", 2, 15, 350000, 780000), ("Kain batik tulis warna alam motif Tujuh Rupa", "lbr", 1, 8, 1200000, 3200000)],
    [("Kain batik cap seragam motif Mega Mendung, m", "m", 50, 400, 38000, 62000), ("Kemeja batik cap lengan pendek", "pcs", 20, 120, 115000, 185000),
     ("Blus batik cap wanita", "pcs", 20, 100, 125000, 195000), ("Jasa bordir logo pada seragam", "pcs", 20, 200, 12000, 25000), ("Ongkos kirim Pekalongan - Semarang", "kali", 1, 2, 350000, 750000)],
    [("Malam (lilin) batik klowong, kg", "kg", 10, 80, 42000, 68000), ("Pewarna naptol AS-BO, kg", "kg", 2, 25, 185000, 260000), ("Pewarna indigosol biru, kg", "kg", 1, 15, 320000, 480000),
     ("Canting tulis tembaga set isi 5", "set", 5, 40, 45000, 90000), ("Cap tembaga motif custom 40x40 cm", "bh", 1, 4, 1250000, 2800000)],
    [("Seragam batik pegawai pria, kemeja", "pcs", 20, 120, 165000, 235000), ("Seragam batik pegawai wanita, blus", "pcs", 20, 120, 175000, 245000),
     ("Jasa jahit ukuran khusus", "pcs", 5, 30, 35000, 65000), ("Kemasan kotak hampers", "pcs", 20, 150, 15000, 28000)],
]


@style("07", "id_pek_pekalongan_faktur_penjualan_ppn_12_dpp_11_12_sidebar_left_zebra_uang_muka")
def s07(rng, i):
    vname, vaddr, color = PK_V[i]
    bname, baddr = PK_B[i]
    d = rand_date(rng)
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(PK_ROWS[i], [4, 5, 4, 3][i]):
        q = D(rng.randint(qlo, qhi))
        p = D(rng.randint(lo // 500, hi // 500) * 500)
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q * p})
    gross = sum(x["amount"] for x in items)
    pct = [0, 5, 3, 2][i]
    disc = q0(gross * pct / 100)
    dpp = gross - disc
    dpp_other = q0(dpp * 11 / 12)
    tax = q0(dpp_other * D("0.12"))
    total = dpp + tax
    um = q0(total * D(rng.choice([30, 50])) / 100 / 1000) * 1000 if i in (1, 3) else None
    vid = id_npwp(rng)
    bid = id_npwp(rng)
    no = [f"SJ/{d.strftime('%y%m')}/{rng.randint(100, 999)}", f"INV-PBCN-{rng.randint(10000, 99999)}", f"{rng.randint(1000, 9999)}/CE/{['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][d.month - 1]}/{d.year}", f"KKB-{d.year}-{rng.randint(100, 999)}"][i]
    due = d + dt.timedelta(days=rng.choice([14, 30])) if i != 2 else None
    po = [None, f"PO/HSP/{rng.randint(100, 999)}/{d.year}", None, f"{rng.randint(100, 999)}/PBJ/{d.year}"][i]
    efak = f"{rng.choice(['04002', '04003'])}{d.strftime('%y')}{digits(rng, 11)}"
    f = lambda x: de(x)  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="Accurate Online")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 60, 297, "F")
        w = (255, 255, 255)
        lw = (235, 225, 225)
        txt(pdf, 8, 14, "FAKTUR", 18, "B", color=w)
        txt(pdf, 8, 22, "PENJUALAN", 12, "B", color=w)
        y = 38
        side = [("NO. FAKTUR", no), ("TANGGAL FAKTUR", id_date(d)), ("JATUH TEMPO", id_date(due) if due else "Tunai / COD"), ("NO. PO PEMBELI", po), ("NPWP PENJUAL", vid),
                ("NO. SERI FAKTUR PAJAK", efak), ("TOTAL TAGIHAN", "Rp " + f(total))]
        for a, b in side:
            if b is None:
                continue
            txt(pdf, 8, y, a, 6.6, color=lw)
            txt(pdf, 8, y + 3.6, b, 9.4 if a != "NO. SERI FAKTUR PAJAK" else 8, "B", color=w)
            y += 12
        para(pdf, 8, 236, 46, f"Pembayaran ke:\nBank BRI KCP Pekalongan\nNo. Rek. {digits(rng, 4)}-01-{digits(rng, 6)}-{digits(rng, 2)}-{digits(rng, 1)}\na.n. {vname}", 7.4, h=3.7, color=w)
        txt(pdf, 8, 284, "Halaman 1 dari 1", 6.8, color=lw)
        X = 68
        txt(pdf, X, 14, vname, 14, "B", color=color)
        para(pdf, X, 21, 132, vaddr + f"\nTelp. (0285) 4{digits(rng, 5)} · WA 0812-{digits(rng, 4)}-{digits(rng, 4)} · NIB {digits(rng, 13, True)}", 7.8, h=3.8)
        txt(pdf, X, 34, "Kepada Yth.", 7.4, color=(110, 110, 110))
        para(pdf, X, 38, 132, f"{bname}\n{baddr}\nNPWP Pembeli: {bid}", 8.6, h=4.2)
        cols = [("No", 8, "C"), ("Nama Barang / Jasa", 56, "L"), ("Qty", 12, "R"), ("Sat.", 10, "L"), ("Harga Satuan", 23, "R"), ("Jumlah (Rp)", 26, "R")]
        rws = [[str(k + 1), wrap(x["desc"], 34), qstr(x["qty"]), x["unit"], f(x["price"]), f(x["amount"])] for k, x in enumerate(items)]
        y = table(pdf, X, 58, cols, rws, size=7.8, rowh=6.4, header_fill=(240, 240, 240), border_bottom=False, zebra=(248, 243, 236), line_color=(255, 255, 255))
        y += 6
        rows_t = [("Jumlah Harga Jual", f(gross), False)]
        if disc:
            rows_t.append((f"Potongan Harga {pct}%", "-" + f(disc), False))
        rows_t += [("Dasar Pengenaan Pajak", f(dpp), True), ("DPP Nilai Lain (11/12)", f(dpp_other), False), ("PPN 12% x DPP Nilai Lain", f(tax), False), ("TOTAL", f(total), True)]
        if um:
            rows_t += [("Uang Muka Diterima", "-" + f(um), False), ("Sisa Tagihan", f(total - um), True)]
        for a, b, bold in rows_t:
            if a == "TOTAL":
                pdf.set_draw_color(*color)
                pdf.line(130, y - 1.2, 200, y - 1.2)
            txt(pdf, 130, y, a, 8.4, "B" if bold else "")
            txt(pdf, 168, y, b, 8.4, "B" if bold else "", w=32, align="R")
            y += 5.6
        para(pdf, X, y + 6, 132, "Catatan: Barang yang sudah dibeli tidak dapat dikembalikan kecuali cacat produksi. Faktur Pajak elektronik (e-Faktur) diterbitkan terpisah melalui Coretax DJP. "
             + ("Pembayaran paling lambat pada tanggal jatuh tempo." if due else "Pembayaran tunai pada saat barang diterima."), 7.4, h=3.7, color=(90, 90, 90))
        para(pdf, 150, y + 24, 50, f"Pekalongan, {id_date(d)}\nHormat kami,\n\n\n{rng.choice(['H. Abdul Rozak', 'Siti Maemunah', 'Nur Hidayah', 'Agus Salim'])}", 8, h=4, align="C")
        pdf.output(path)

    notes = (
        "Pekalongan (Central Java, Indonesia) batik trade's FAKTUR PENJUALAN in Indonesian with a coloured LEFT SIDEBAR of small upper-case labels ABOVE values, a ZEBRA table without rules, "
        "PPN 12 % charged on the 'DPP Nilai Lain (11/12)' (the effective 11 %), rupiah '1.234.567,00', dates '12 Maret 2026': "
        "vendor = the name at the top of the main column; vendor_tax_id = 'NPWP PENJUAL' in the sidebar (the buyer's 'NPWP Pembeli', the NIB, the tax invoice serial 'NO. SERI FAKTUR PAJAK' and the bank account are decoys). "
        "invoice_number = 'NO. FAKTUR'; invoice_date = 'TANGGAL FAKTUR' (the signature line repeats it). "
        + due_note(due, "Tunai / COD", "JATUH TEMPO")
        + po_note(po, "NO. PO PEMBELI")
        + "subtotal = 'Dasar Pengenaan Pajak' (after the discount; 'Jumlah Harga Jual' and the 'DPP Nilai Lain' are decoys); tax = 'PPN 12% x DPP Nilai Lain'; total = 'TOTAL' (also 'TOTAL TAGIHAN' in the sidebar)"
        + ("; the 'Uang Muka Diterima' and 'Sisa Tagihan' are decoys (the total is before the advance)" if um else "")
        + ". Currency IDR. Line items: every row (the lines sum to 'Jumlah Harga Jual'" + (", before the 'Potongan Harga'" if disc else "") + ")."
    )
    t = truth(vname, vid, no, po, d, due, "IDR", dpp, tax, total, items, notes)
    chk = {"printed": [id_date(d), no, vname, vid, "TOTAL TAGIHAN", bid, efak, f(total - um) if um else None, id_date(due) if due else None], "line_adjustment": str(-disc)}
    return t, chk, render
