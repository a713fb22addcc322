"""fpdf2 styles for set 69, second part (08 Ludhiana GST TAX INVOICE on a FULLY RULED accounting-package grid, the facts
in boxes with their LABELS ABOVE the values, CGST + SGST or IGST, a round-off, an HSN summary, Indian digit grouping and
the total in words; 09 Palembang restaurant receipt on an 80 mm TILL ROLL in Indonesian, whole rupiah, PBJT / PB1
10 %, a member discount; 10 Vũng Tàu HÓA ĐƠN GIÁ TRỊ GIA TĂNG for freight on a LANDSCAPE page with a RIGHT SIDEBAR of
shipment facts, weights, VAT 8 %, whole dong, a dollar counter-value and the total in words)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, id_npwp, in_gstin, inr, inr_words, long_date, vi_words, vn_mst
from invoice_kit import de, digits, new_fpdf, q0, q2, qstr, rand_date, style_registry, table, txt
from kit_common import due_note, lines, para, po_note, qr_fpdf, truth, wrap

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Ludhiana (GST, INR), ruled grid, labels above values, round off, words
LU_V = [
    ("Ludhiana Hosiery Mills Pvt. Ltd.", ["B-XXIX-1187, Focal Point Phase VIII", "Ludhiana - 141010, Punjab"], "LHM", "AACCL", "apparel"),
    ("Gill Road Cycle Components", ["Plot 46, Industrial Area-A, Gill Road", "Ludhiana - 141003, Punjab"], "GRC", "AAIFG", "cycle"),
    ("Focal Point Fasteners & Forgings LLP", ["E-212, Phase V, Focal Point", "Ludhiana - 141010, Punjab"], "FPF", "AAKFF", "fasteners"),
    ("Punjab Woollen Knitwear Co.", ["Shop 14, Chaura Bazar", "Ludhiana - 141008, Punjab"], "PWK", "ABJFP", "apparel"),
]
LU_B = [
    ("Amritsar Garment House", ["Hall Bazar, Amritsar - 143006"], "03", "Punjab", "AAHFA"),
    ("Delhi Cycle Traders", ["2871, Esplanade Road, Chandni Chowk", "Delhi - 110006"], "07", "Delhi", "AAEFD"),
    ("Jalandhar Motor Parts Pvt. Ltd.", ["G.T. Road, Jalandhar - 144001"], "03", "Punjab", "AABCJ"),
    ("Mumbai Winterwear Retail LLP", ["Linking Road, Bandra West", "Mumbai - 400050"], "27", "Maharashtra", "AASFM"),
]
LU_ROWS = {
    "apparel": [("Men's Acrylic V-Neck Sweater", "6110", "pcs", 20, 300, 340, 980), ("Ladies Woollen Cardigan", "6110", "pcs", 10, 200, 620, 1900), ("Kids Thermal Inner Set", "6109", "pcs", 24, 240, 180, 420),
                ("Woollen Shawl, Embroidered", "6214", "pcs", 10, 120, 450, 2400), ("Knitted Muffler", "6117", "pcs", 24, 300, 90, 260)],
    "cycle": [("Bicycle Free Wheel 18T", "8714", "pcs", 50, 600, 62, 140), ("Bicycle Chain 1/2 x 1/8", "8714", "pcs", 50, 500, 95, 190), ("Pedal Set, Alloy", "8714", "set", 20, 300, 140, 320), ("Rim 26 in. Double Wall", "8714", "pcs", 20, 200, 260, 540)],
    "fasteners": [("Hex Bolt M12 x 60, Gr 8.8", "7318", "kg", 50, 800, 118, 165), ("Hex Nut M12, Gr 8", "7318", "kg", 40, 600, 112, 150), ("Spring Washer M12", "7318", "kg", 20, 300, 125, 175), ("Forged Flange 4 in., MS", "7307", "pcs", 10, 120, 640, 1250)],
}


def _gst_rate(kind, hsn, price, d):
    reform = d >= dt.date(2025, 9, 22)
    if kind == "cycle":
        return 5 if reform else 12
    if kind == "fasteners":
        return 18
    limit = 2500 if reform else 1000
    return 5 if price <= limit else (18 if reform else 12)


@style("08", "in_ldh_ludhiana_tax_invoice_gst_ruled_boxes_above_round_off_words")
def s08(rng, i):
    vname, vaddr, pfx, pan4, kind = LU_V[i]
    bname, baddr, bstate, bstate_name, bpan4 = LU_B[i]
    intra = bstate == "03"
    d = rand_date(rng)
    cat = [(r[0], r[2], max(2, r[3] // 4), max(4, r[4] // 4), r[5], r[6], r[1]) for r in LU_ROWS[kind]]
    items = lines(rng, cat, [3, 4, 3, 2][i], D("0.50"))
    while sum(x["amount"] for x in items) * D("1.18") >= 99000:  # the self-check reads no Indian grouping: amounts stay under one lakh
        items = lines(rng, cat, [3, 4, 3, 2][i], D("0.50"))
    for x in items:
        x["hsn"] = x["extra"]
        x["rate"] = _gst_rate(kind, x["hsn"], x["price"], d)
    net = sum(x["amount"] for x in items)
    groups = {}
    for x in items:
        groups.setdefault((x["hsn"], x["rate"]), D(0))
        groups[(x["hsn"], x["rate"])] += x["amount"]
    summ = []
    for (h, r), b in groups.items():
        if intra:
            c = q2(b * r / 200)
            summ.append((h, b, r, c, c, 2 * c))
        else:
            g = q2(b * r / 100)
            summ.append((h, b, r, g, None, g))
    tax = sum(s[5] for s in summ)
    exact = net + tax
    total = q0(exact)
    roff = total - exact
    vid = in_gstin(rng, "03", pan4)
    bid = in_gstin(rng, bstate, bpan4)
    fy = d.year if d.month >= 4 else d.year - 1
    no = [f"{pfx}/{str(fy)[2:]}-{str(fy + 1)[2:]}/{rng.randint(100, 999):04d}", f"{rng.randint(100, 999)}", f"{pfx}-{rng.randint(1000, 4999)}/{str(fy)[2:]}-{str(fy + 1)[2:]}", f"{pfx}{rng.randint(10, 99)}{rng.randint(100, 999)}"][i]
    fd = lambda x: f"{x.day}-{x.strftime('%b')}-{x.year}"  # noqa: E731
    po = [f"AGH/{rng.randint(100, 999)}", f"DCT-{rng.randint(1000, 9999)}", None, f"MWR/PO/{rng.randint(1000, 9999)}"][i]
    pod = d - dt.timedelta(days=rng.randint(3, 20))
    dnote = f"DN-{rng.randint(100, 999)}"
    lr = f"LR{rng.randint(10000, 99999)}"
    words = inr_words(total)
    tax_words = inr_words(tax)
    prev = D(rng.randint(120000, 980000)) + D(rng.randint(0, 99)) / 100
    bal = (prev, prev + total) if i in (0, 3) else None
    R = "₹"

    def render(path):
        pdf = new_fpdf(creator="TallyPrime Release 5.1")
        pdf.add_page()
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.25)
        txt(pdf, 0, 6, "Tax Invoice", 11, "B", align="C", w=210)
        txt(pdf, 150, 7, "(ORIGINAL FOR RECIPIENT)", 6.8, "I", align="R", w=50)
        X0, X1, XM = 10, 200, 105
        top = 13
        pdf.rect(X0, top, X1 - X0, 274)
        # left stack: seller, consignee, buyer
        y = top + 1.5
        txt(pdf, X0 + 1.5, y, vname, 9.2, "B")
        y += 4.6
        for s in vaddr + [f"GSTIN/UIN: {vid}", "State Name : Punjab, Code : 03", f"E-Mail : accounts@{pfx.lower()}ludhiana.in"]:
            txt(pdf, X0 + 1.5, y, s, 7.4)
            y += 3.6
        pdf.line(X0, top + 30, XM, top + 30)
        for k, head in enumerate(("Consignee (Ship to)", "Buyer (Bill to)")):
            yb = top + 30 + k * 26
            txt(pdf, X0 + 1.5, yb + 1, head, 6.8, color=(60, 60, 60))
            txt(pdf, X0 + 1.5, yb + 4.6, bname, 8.4, "B")
            yy = yb + 8.8
            for s in baddr + [f"GSTIN/UIN : {bid}", f"State Name : {bstate_name}, Code : {bstate}"]:
                txt(pdf, X0 + 1.5, yy, s, 7.2)
                yy += 3.4
            if k == 0:
                pdf.line(X0, yb + 26, XM, yb + 26)
        pdf.line(XM, top, XM, top + 82)
        # right grid: labels above values
        grid = [
            (("Invoice No.", no), ("Dated", fd(d))),
            (("Delivery Note", dnote), ("Mode/Terms of Payment", ["30 Days", "Advance", "45 Days", "60 Days"][i])),
            (("Reference No. & Date.", f"{pfx}/PI/{rng.randint(10, 99)} dt. {fd(pod)}"), ("Other References", "")),
            (("Buyer's Order No.", po or ""), ("Dated", fd(pod) if po else "")),
            (("Dispatch Doc No.", f"{rng.randint(1000, 9999)}"), ("Delivery Note Date", fd(d))),
            (("Dispatched through", rng.choice(["VRL Logistics", "Gati Ltd", "Own Vehicle", "Safexpress"])), ("Destination", bstate_name if not intra else baddr[0].split(",")[-1].split("-")[0].strip())),
            (("Bill of Lading/LR-RR No.", f"{lr} dt. {fd(d)}"), ("Motor Vehicle No.", f"PB10{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}{rng.randint(1000, 9999)}")),
        ]
        gy = top
        for a, b in grid:
            for k, (lab, val) in enumerate((a, b)):
                gx = XM + k * 47.5
                pdf.rect(gx, gy, 47.5, 8.2)
                txt(pdf, gx + 1.2, gy + 0.8, lab, 6.4, color=(60, 60, 60))
                txt(pdf, gx + 1.2, gy + 4.2, val, 7.6, "B")
            gy += 8.2
        txt(pdf, XM + 1.2, gy + 0.8, "Terms of Delivery", 6.4, color=(60, 60, 60))
        txt(pdf, XM + 1.2, gy + 4.2, "Door delivery, freight paid" if i != 3 else "Ex-works Ludhiana", 7.6)
        # items
        ty = top + 82
        pdf.line(X0, ty, X1, ty)
        cols = [("Sl\nNo.", 9, "C"), ("Description of Goods", 72, "L"), ("HSN/SAC", 18, "C"), ("Quantity", 24, "R"), ("Rate", 20, "R"), ("per", 11, "C"), ("Amount", 36, "R")]
        cx = X0
        for t_, w, _al in cols:
            for k, part in enumerate(t_.split("\n")):
                txt(pdf, cx + 0.5, ty + 1 + k * 3.2, part, 7, "B", align="C", w=w - 1)
            cx += w
        pdf.line(X0, ty + 8, X1, ty + 8)
        y = ty + 10
        for k, x in enumerate(items):
            vals = [str(k + 1), x["desc"], x["hsn"], f"{qstr(x['qty'])} {x['unit']}", inr(x["price"]), x["unit"], inr(x["amount"])]
            cx = X0
            for (t_, w, al), v in zip(cols, vals, strict=True):
                txt(pdf, cx + 1, y, v, 7.8, "B" if t_ == "Description of Goods" else "", align=al, w=w - 2)
                cx += w
            y += 6
        y += 2
        pdf.line(X0 + sum(c[1] for c in cols[:6]), y, X1, y)
        txt(pdf, X1 - 35, y + 1, inr(net), 7.8, align="R", w=34)
        y += 6
        taxrows = []
        if intra:
            cg = sum(s[3] for s in summ)
            taxrows = [("CGST", cg), ("SGST", cg)]
        else:
            taxrows = [("IGST", tax)]
        for lab, v in taxrows:
            txt(pdf, X0 + 9, y, lab, 7.8, "B", align="R", w=70)
            txt(pdf, X1 - 35, y, inr(v), 7.8, align="R", w=34)
            y += 5
        if roff:
            txt(pdf, X0 + 9, y, "Round Off", 7.8, "B", align="R", w=70)
            txt(pdf, X1 - 35, y, ("(-)" if roff < 0 else "") + inr(abs(roff)), 7.8, align="R", w=34)
        yt = top + 172
        cx = X0
        for _t, w, _a in cols[:-1]:
            cx += w
            pdf.line(cx, ty, cx, yt + 7)
        pdf.line(X0, yt, X1, yt)
        txt(pdf, X0 + 9, yt + 1.6, "Total", 8, "B", align="R", w=70)
        qtot = sum(x["qty"] for x in items)
        if len({x["unit"] for x in items}) == 1:
            txt(pdf, X0 + 99, yt + 1.6, f"{qstr(qtot)} {items[0]['unit']}", 8, "B", align="R", w=22)
        txt(pdf, X1 - 45, yt + 1.6, f"{R} {inr(total)}", 8.6, "B", align="R", w=44)
        pdf.line(X0, yt + 7, X1, yt + 7)
        txt(pdf, X0 + 1.5, yt + 8.5, "Amount Chargeable (in words)", 6.8, color=(60, 60, 60))
        txt(pdf, X1 - 20, yt + 8.5, "E. & O.E", 6.8, "I", align="R", w=19)
        txt(pdf, X0 + 1.5, yt + 12, words, 8, "B")
        # HSN summary
        sy = yt + 18
        pdf.line(X0, sy, X1, sy)
        if intra:
            scol = [("HSN/SAC", 32, "L"), ("Taxable Value", 30, "R"), ("CGST Rate", 18, "R"), ("CGST Amount", 28, "R"), ("SGST Rate", 18, "R"), ("SGST Amount", 28, "R"), ("Total Tax Amount", 36, "R")]
            srows = [[h, inr(b), f"{D(r) / 2:g}%", inr(c), f"{D(r) / 2:g}%", inr(s), inr(tt)] for h, b, r, c, s, tt in summ]
            srows.append(["Total", inr(net), "", inr(sum(s[3] for s in summ)), "", inr(sum(s[4] for s in summ)), inr(tax)])
        else:
            scol = [("HSN/SAC", 60, "L"), ("Taxable Value", 36, "R"), ("IGST Rate", 26, "R"), ("IGST Amount", 34, "R"), ("Total Tax Amount", 34, "R")]
            srows = [[h, inr(b), f"{r}%", inr(g), inr(tt)] for h, b, r, g, _s, tt in summ]
            srows.append(["Total", inr(net), "", inr(tax), inr(tax)])
        se = table(pdf, X0, sy, scol, srows, size=6.9, rowh=5, line_color=(0, 0, 0))
        cx = X0
        for _t, w, _a in scol[:-1]:
            cx += w
            pdf.line(cx, sy, cx, se)
        txt(pdf, X0 + 1.5, se + 2, f"Tax Amount (in words) :  {tax_words}", 7.4, "B")
        by = se + 9
        if bal:
            txt(pdf, X0 + 1.5, se + 6, f"Party's Previous Balance : {R} {inr(bal[0])} Dr   Current Balance : {R} {inr(bal[1])} Dr", 6.8)
            by += 4
        txt(pdf, X0 + 1.5, by, f"Company's PAN : {vid[2:12]}", 7.4)
        para(pdf, X0 + 1.5, by + 5, 88, "Declaration\nWe declare that this invoice shows the actual price of the goods described and that all particulars are true and correct. Interest @ 18% p.a. will be charged if the bill is not paid within the due period.", 6.6, h=3.2)
        txt(pdf, XM + 2, by, "Company's Bank Details", 7.2, "B")
        bank, ifsc = rng.choice([("Punjab National Bank", "PUNB"), ("HDFC Bank", "HDFC"), ("State Bank of India", "SBIN")])
        for k, (a, b) in enumerate((("Bank Name", bank), ("A/c No.", digits(rng, 14, True)), ("Branch & IFS Code", f"Ludhiana & {ifsc}0{digits(rng, 6)}"))):
            txt(pdf, XM + 2, by + 4 + k * 3.8, f"{a} :", 7.2)
            txt(pdf, XM + 30, by + 4 + k * 3.8, b, 7.2, "B")
        txt(pdf, XM, by + 22, f"for {vname}", 7.6, "B", align="R", w=93)
        txt(pdf, XM, by + 34, "Authorised Signatory", 7.2, align="R", w=93)
        txt(pdf, 0, 288, "SUBJECT TO LUDHIANA JURISDICTION  ·  This is a Computer Generated Invoice", 6.8, align="C", w=210)
        pdf.output(path)

    notes = (
        "Ludhiana (Punjab, India) GST TAX INVOICE on a FULLY RULED accounting-package grid: seller, consignee and buyer stacked at the left, the facts in ruled BOXES with their LABELS ABOVE the values at the right (Invoice No., Dated, Delivery Note, Buyer's Order No., Dispatch Doc No., LR, vehicle), "
        + ("CGST + SGST (intra-state)" if intra else "IGST (inter-state)") + " by HSN at " + ", ".join(sorted({f"{x['rate']} %" for x in items})) + " (the rates by the GST reform of 22 September 2025), a ROUND OFF to whole rupees, an HSN summary, Indian grouping (amounts under one lakh; the party's previous and current balances, decoys, print '1,23,456.00' on two), the total and the tax in words: "
        "vendor = the seller's name at the top left; vendor_tax_id = the seller's 'GSTIN/UIN' (check character valid; the buyer's GSTIN (twice: consignee and buyer), the PAN, the bank account and IFSC are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = its 'Dated' (the buyer's order date, the proforma reference and the LR date are decoys). "
        + due_note(None, "Mode/Terms of Payment", "")
        + po_note(po, "Buyer's Order No.")
        + "subtotal = the taxable value (the amount above the tax rows, 'Taxable Value' Total); tax = the 'Total Tax Amount' total; total = the 'Total' row's amount after the round off (checks: total_adjustment). Currency INR ('₹', 'INR'). Line items: every goods row."
    )
    t = truth(vname, vid, no, po, d, None, "INR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bid, words, "Amount Chargeable (in words)", (("(-)" if roff < 0 else "") + inr(abs(roff))) if roff else None, inr(bal[1]) if bal else None], "total_adjustment": str(roff)}
    return t, chk, render


# =========================================================================== 09 Palembang (PBJT 10 %, IDR), 80 mm till roll, a member discount
PA_V = [
    ("PEMPEK BAWAH AMPERA 88", "Jl. Pasar 16 Ilir No. 88", "16 Ilir, Ilir Timur I", [("Pempek Kapal Selam Besar", 18000, 32000), ("Pempek Lenjer Kecil", 3000, 6000), ("Pempek Adaan", 3000, 5500), ("Tekwan", 15000, 24000), ("Model Ikan Tenggiri", 18000, 28000), ("Es Kacang Merah", 12000, 18000), ("Teh Es", 5000, 8000)]),
    ("RM PINDANG PATIN SUNGAI MUSI", "Jl. Jend. Sudirman No. 212", "20 Ilir D-I, Ilir Timur I", [("Pindang Patin Kepala", 45000, 72000), ("Pindang Tulang Sapi", 48000, 68000), ("Nasi Putih", 6000, 9000), ("Brengkes Tempoyak Patin", 38000, 55000), ("Sambal Mangga Muda", 8000, 12000), ("Jus Alpukat", 15000, 22000), ("Es Jeruk", 10000, 15000)]),
    ("KEDAI KOPI SEBERANG ULU", "Jl. KH. Azhari No. 41", "7 Ulu, Seberang Ulu I", [("Kopi Susu Gula Aren", 18000, 26000), ("Kopi Tubruk Semendo", 12000, 18000), ("Roti Bakar Srikaya", 15000, 22000), ("Mie Celor", 22000, 32000), ("Martabak Telor", 25000, 35000), ("Teh Tarik", 12000, 18000)]),
    ("MARTABAK MESIR KAMBANG IWAK", "Jl. Kapten Rivai No. 17", "26 Ilir, Bukit Kecil", [("Martabak Mesir Telur Bebek 2", 28000, 38000), ("Martabak Mesir Telur Bebek 3", 35000, 45000), ("Martabak Manis Keju Cokelat", 45000, 65000), ("Kuah Kari Tambahan", 5000, 8000), ("Teh Manis Panas", 5000, 7000), ("Es Teh Tarik", 12000, 16000)]),
]


@style("09", "id_plm_palembang_struk_pbjt_10_till_80mm_diskon_member")
def s09(rng, i):
    vname, street, kel, menu = PA_V[i]
    d = rand_date(rng)
    items = lines(rng, [(m, "porsi", 1, 4, lo, hi) for m, lo, hi in menu], [5, 4, 5, 3][i], D("500"))
    disc = None
    if i in (0, 2):
        disc = {"desc": "Diskon Member 10%", "unit": "", "qty": None, "price": None, "show_qty": False, "amount": -q2(sum(x["amount"] for x in items) / 10)}
    rows = items + ([disc] if disc else [])
    net = sum(x["amount"] for x in rows)
    tax = q2(net / 10)
    total = net + tax
    raw, vid = id_npwp(rng, "301")
    tax_l = ["PB1 10%", "PBJT 10%", "PBJT Mamin 10%", "Pajak Resto 10%"][i]
    no = [f"INV/{d.strftime('%Y%m%d')}/{rng.randint(1, 300):04d}", f"S-{rng.randint(10000, 99999)}", f"#{rng.choice('ABC')}{rng.randint(100, 999)}-{rng.randint(1000, 9999)}", f"{d.strftime('%d%m')}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"][i]
    hh = f"{rng.randint(11, 21):02d}:{rng.randint(0, 59):02d}"
    ds = [d.strftime("%d/%m/%Y"), d.strftime("%d-%m-%Y"), f"{d.day:02d} {MONTHS['id_short'][d.month - 1]} {d.year}", d.strftime("%d/%m/%Y")][i]
    rp = lambda x: de(x, 0)  # noqa: E731
    pay = ["Tunai", "QRIS", "Debit BCA", "Tunai"][i]
    given = total if pay != "Tunai" else D((int(total) // 50000 + 1) * 50000)
    W = 80
    tel, nopd = rng.randint(310000, 829999), f"{rng.randint(1, 9)}.{rng.randint(10, 99)}.{digits(rng, 4)}.{digits(rng, 3)}"
    kasir, meja = rng.choice(["Rina", "Dedi", "Sari", "Yusuf"]), f"{rng.randint(1, 30)}" if i != 3 else "Bungkus"
    ref, wifi = digits(rng, 12, True), f"{vname.split()[0].lower()}{rng.randint(10, 99)} / pass: {digits(rng, 8)}"

    def render(path, height=None):
        pdf = new_fpdf(fmt=(W, height or 400), creator="Moka POS")
        pdf.add_page()
        F = "Mono"
        y = 5

        def c(s, size=8, st=""):
            nonlocal y
            txt(pdf, 0, y, s, size, st, F, "C", W)
            y += size * 0.5

        def lr(a, b, size=7.6, st=""):
            nonlocal y
            txt(pdf, 4, y, a, size, st, F)
            txt(pdf, W - 44, y, b, size, st, F, "R", 40)
            y += size * 0.52

        def sep():
            nonlocal y
            txt(pdf, 0, y, "-" * 40, 7.4, "", F, "C", W)
            y += 3.6

        c(vname, 9, "B")
        c(street, 7.2)
        c(f"Kel. {kel}, Palembang", 7.2)
        c(f"Telp. 0711-{tel}", 7.2)
        c(f"NPWP: {vid}", 7.2)
        c(f"NOPD: {nopd}", 7.2)
        sep()
        lr("No", no)
        lr("Tanggal", f"{ds} {hh}")
        lr("Kasir", kasir)
        lr("Meja" if i != 3 else "Order", meja)
        sep()
        for x in items:
            txt(pdf, 4, y, x["desc"], 7.6, "", F)
            y += 4
            lr(f"  {qstr(x['qty'])} x {rp(x['price'])}", rp(x["amount"]))
        if disc:
            lr(disc["desc"], "-" + rp(-disc["amount"]))
        sep()
        lr("Subtotal", rp(net))
        lr(tax_l, rp(tax))
        lr("TOTAL", rp(total), 9, "B")
        y += 1
        lr(pay, rp(given))
        if pay == "Tunai":
            lr("Kembali", rp(given - total))
        else:
            lr("Ref", ref)
        sep()
        c("Harga belum termasuk pajak daerah", 6.8)
        c("Terima kasih atas kunjungan Anda", 7.2)
        c(f"WiFi: {wifi}", 6.8)
        c("Struk ini bukti pembayaran yang sah", 6.8)
        if height is None:  # a first pass measures the roll, the second draws it cut to length
            return render(path, y + 7)
        pdf.output(path)

    notes = (
        "Palembang (South Sumatra, Indonesia) restaurant receipt ('struk') on an 80 mm TILL ROLL in Indonesian, monospace, whole rupiah '183.150', the regional restaurant tax "
        f"'{tax_l}' added on the subtotal" + (", a member DISCOUNT row (negative, no quantity) above the subtotal" if disc else "") + ", paid by " + pay + ": "
        "vendor = the trade name at the top; vendor_tax_id = 'NPWP' (15-digit form, check digit valid; the NOPD regional tax object number is a decoy). "
        "invoice_number = 'No'; invoice_date = 'Tanggal' (with the time). No due date (paid at the till: null). No PO. "
        "subtotal = 'Subtotal'" + (" (after the discount row)" if disc else "") + f"; tax = '{tax_l}'; total = 'TOTAL' (the amount tendered and the change or payment reference are decoys). Currency IDR (no sign printed: a Palembang receipt, 'NPWP'). Line items: every dish" + (" and the discount row." if disc else ".")
    )
    t = truth(vname, vid, no, None, d, None, "IDR", net, tax, total, rows, notes)
    chk = {"printed": [ds, no, vname, vid, "TOTAL", tax_l, rp(given)]}
    return t, chk, render


# =========================================================================== 10 Vũng Tàu (VAT 8 %, VND), landscape freight invoice, right sidebar, weights, USD
VT_V = [
    ("CÔNG TY TNHH GIAO NHẬN VẬN TẢI CÁI MÉP", "Số 15 Đường 30/4, Phường Rạch Dừa", (12, 74, 110)),
    ("CÔNG TY CỔ PHẦN KHO VẬN PHÚ MỸ", "Số 88 Đường Trần Phú, Phường 5", (127, 29, 29)),
    ("CÔNG TY TNHH DỊCH VỤ LOGISTICS SAO BIỂN", "Số 203 Đường Lê Hồng Phong, Phường Thắng Tam", (20, 83, 45)),
    ("CÔNG TY TNHH KỸ THUẬT DẦU KHÍ LONG SƠN", "Số 9 Đường Nguyễn An Ninh, Phường 7", (76, 29, 149)),
]
VT_B = [("CÔNG TY TNHH THỦY SẢN SÔNG HẬU XANH", "Khu công nghiệp Sông Hậu, TP. Cần Thơ"), ("CÔNG TY CỔ PHẦN THÉP PHƯƠNG NAM", "KCN Phú Mỹ II, Thị xã Phú Mỹ"),
        ("CÔNG TY TNHH NỘI THẤT GỖ ĐÔNG Á", "KCN Tân Uyên, Bình Dương"), ("XÍ NGHIỆP KHAI THÁC DẦU KHÍ BIỂN ĐÔNG", "Số 105 Lê Lợi, Phường 6")]
VT_ROWS = [
    ("Cước vận chuyển container nội địa Cái Mép – Cần Thơ", "Container", 1, 6, 6500000, 14500000), ("Phí nâng hạ container tại cảng (THC)", "Container", 1, 6, 1800000, 3200000),
    ("Phí lưu kho bãi", "Ngày", 2, 14, 350000, 900000), ("Phí khai báo hải quan", "Tờ khai", 1, 3, 800000, 1600000), ("Phí chứng từ (D/O, B/L)", "Bộ", 1, 2, 650000, 1200000),
    ("Phí vệ sinh container", "Container", 1, 6, 250000, 450000), ("Cước xe tải 15 tấn Phú Mỹ – Biên Hòa", "Chuyến", 1, 8, 3800000, 6900000), ("Phí cẩu hàng siêu trường siêu trọng", "Giờ", 2, 10, 1900000, 3600000),
]


@style("10", "vn_vtu_vung_tau_hoa_don_gtgt_8_landscape_sidebar_right_freight_weights_usd")
def s10(rng, i):
    vname, vstreet, color = VT_V[i]
    bname, baddr = VT_B[i]
    d = rand_date(rng)
    items = lines(rng, VT_ROWS, [4, 3, 5, 3][i], D("1000"))
    for x in items:
        x["kg"] = rng.randint(8000, 28000) if x["unit"] in ("Container", "Chuyến") else None
        x["cont"] = f"{rng.choice(['MSKU', 'TGHU', 'CMAU', 'ONEU', 'HLXU'])}{digits(rng, 7)}" + (f"\n+ {x['qty'] - 1} cont. khác" if x["qty"] > 1 else "") if x["unit"] == "Container" else ""
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.08"))
    total = net + tax
    vid = vn_mst(rng, "35")
    bid = vn_mst(rng, rng.choice(["18", "35", "37", "03"]))
    province = "Tỉnh Bà Rịa - Vũng Tàu" if d < dt.date(2025, 7, 1) else "TP. Hồ Chí Minh"
    vaddr = f"{vstreet}, {'TP. Vũng Tàu, ' if d < dt.date(2025, 7, 1) else ''}{province}"
    no = f"{rng.randint(1, 2999):08d}"
    serie = f"1C{d.strftime('%y')}T{['CM', 'PM', 'SB', 'LS'][i]}"
    ds = long_date(d, "vi")
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i in (0, 3) else None
    po = [f"BK{rng.randint(100000, 999999)}", None, f"PO-{rng.randint(1000, 9999)}", None][i]
    fx = D(rng.randint(25100, 26400))
    usd = q2(total / fx)
    words = vi_words(total)
    vnd = lambda x: de(x, 0)  # noqa: E731
    gw = sum(x["kg"] or 0 for x in items)
    cqt = "00" + "".join(rng.choice("0123456789ABCDEF") for _ in range(32))

    def render(path):
        pdf = new_fpdf(orientation="L", creator="MISA meInvoice")
        pdf.add_page()
        pdf.set_line_width(0.25)
        SX = 222  # the sidebar's left edge
        # header: seller at the left, title in the middle of the main column
        txt(pdf, 10, 9, vname, 10.5, "B", color=color)
        y = 15
        for s in (f"Mã số thuế (Tax code): {vid}", f"Địa chỉ (Address): {vaddr}", f"Điện thoại (Tel): 0254 3{rng.randint(500000, 899999)}", f"Số tài khoản (A/C No.): {digits(rng, 13, True)} tại Vietcombank – CN Vũng Tàu"):
            txt(pdf, 10, y, s, 7.6)
            y += 4
        pdf.set_draw_color(*color)
        pdf.line(10, 33, SX - 5, 33)
        txt(pdf, 10, 36, "HÓA ĐƠN GIÁ TRỊ GIA TĂNG", 15, "B", align="C", w=SX - 15, color=color)
        txt(pdf, 10, 43, "(VAT INVOICE)", 8.4, "I", align="C", w=SX - 15)
        txt(pdf, 10, 48, ds, 8.6, "I", align="C", w=SX - 15)
        y = 55
        for a, b in (("Họ tên người mua hàng (Buyer):", rng.choice(["Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Minh Tuấn", ""])), ("Tên đơn vị (Company):", bname), ("Mã số thuế (Tax code):", bid), ("Địa chỉ (Address):", baddr),
                     ("Hình thức thanh toán (Payment method):", "TM/CK"), ("Hợp đồng số (Contract No.):", f"{rng.randint(10, 99)}/{d.year - 1}/HĐDV")):
            txt(pdf, 10, y, a, 7.8)
            txt(pdf, 68, y, b, 7.8, "B")
            y += 4.4
        # the table: horizontal rules only
        cols = [("STT", 10, "C"), ("Tên hàng hóa, dịch vụ (Description)", 68, "L"), ("Số container", 27, "L"), ("Trọng lượng (kg)", 24, "R"), ("ĐVT", 18, "L"), ("Số lượng", 14, "R"), ("Đơn giá", 24, "R"), ("Thành tiền", 22 + 0, "R")]
        rows = [[str(k + 1), wrap(x["desc"], 42), x["cont"], vnd(x["kg"]) if x["kg"] else "", x["unit"], qstr(x["qty"]), vnd(x["price"]), vnd(x["amount"])] for k, x in enumerate(items)]
        y1 = table(pdf, 10, y + 2, cols, rows, size=7.2, rowh=6, header_fill=(235, 240, 245), line_color=(150, 150, 150))
        ty = y1 + 3
        for a, b, bold in (("Cộng tiền hàng, dịch vụ (Total amount):", vnd(net), False), ("Thuế suất GTGT (VAT rate): 8%   Tiền thuế GTGT (VAT amount):", vnd(tax), False), ("Tổng cộng tiền thanh toán (Total payment):", vnd(total), True)):
            txt(pdf, 60, ty, a, 8, "B" if bold else "", align="R", w=120)
            txt(pdf, 180, ty, b, 8.4, "B" if bold else "", align="R", w=27)
            ty += 5
        txt(pdf, 10, ty + 1, f"Số tiền viết bằng chữ (In words): {words}.", 8, "I")
        sy = ty + 10
        for k, (a, b) in enumerate((("NGƯỜI MUA HÀNG (Buyer)", "(Ký, ghi rõ họ tên)"), ("NGƯỜI BÁN HÀNG (Seller)", "(Ký, đóng dấu, ghi rõ họ tên)"))):
            txt(pdf, 25 + k * 110, sy, a, 8, "B", align="C", w=70)
            txt(pdf, 25 + k * 110, sy + 4, b, 7, "I", align="C", w=70)
        pdf.set_draw_color(200, 30, 30)
        pdf.rect(140, sy + 10, 60, 14)
        txt(pdf, 141, sy + 11.5, "Signature Valid", 7.4, "B", color=(200, 30, 30))
        txt(pdf, 141, sy + 15.5, f"Ký bởi: {vname[:34]}", 6.4, color=(200, 30, 30))
        txt(pdf, 141, sy + 19.5, f"Ký ngày: {(d + dt.timedelta(days=rng.randint(0, 1))).strftime('%d/%m/%Y')}", 6.4, color=(200, 30, 30))
        txt(pdf, 10, 201, f"Tra cứu hóa đơn tại: https://hoadondientu.gdt.gov.vn  ·  Mã tra cứu: {digits(rng, 10, True)}  ·  Trang 1/1", 6.8, color=(100, 100, 100))
        # right sidebar of facts
        pdf.set_fill_color(243, 246, 250)
        pdf.rect(SX, 8, 67, 194, "F")
        pdf.set_draw_color(*color)
        pdf.line(SX, 8, SX, 202)
        yy = 12
        side = [("Ký hiệu (Serial)", serie), ("Số (No.)", no), ("Mã của CQT", cqt[:18] + "\n" + cqt[18:])]
        side += [("Hạn thanh toán (Due date)", due.strftime("%d/%m/%Y"))] if due else []
        side += [("Số đơn hàng / PO", po)] if po else []
        side += [("Số vận đơn (B/L No.)", f"{rng.choice(['CMDU', 'ONEY', 'MAEU'])}{digits(rng, 9, True)}"), ("Tàu / Chuyến (Vessel / Voyage)", f"{rng.choice(['GEMINI', 'MSC ANNA', 'CMA CGM TAGE', 'ONE HARMONY'])} / {rng.randint(100, 999)}{rng.choice('NSEW')}"),
                 ("Cảng xếp hàng (POL)", "Cái Mép (VNCMT)"), ("Số tờ khai hải quan", f"10{digits(rng, 10)}"), ("Tổng trọng lượng (G.W.)", f"{vnd(gw)} kg" if gw else "—"),
                 ("Tỷ giá (Exchange rate)", f"{vnd(fx)} VND/USD"), ("Quy đổi (USD equivalent)", f"{de(usd)} USD")]
        for a, b in side:
            txt(pdf, SX + 4, yy, a, 6.8, color=(90, 90, 90))
            yy += 3.6
            for part in str(b).split("\n"):
                txt(pdf, SX + 4, yy, part, 8.6 if a.startswith(("Số (No.)", "Ký hiệu")) else 7.8, "B")
                yy += 4.2
            yy += 2.4
        qr_fpdf(pdf, rng, SX + 18, yy + 2, 30)
        pdf.output(path)

    notes = (
        "Vũng Tàu (Vietnam) HÓA ĐƠN GIÁ TRỊ GIA TĂNG (e-invoice) for freight and port services on a LANDSCAPE page, bilingual Vietnamese / English labels, a RIGHT SIDEBAR of facts (serial, number, the tax authority's code, B/L, vessel, customs declaration, gross weight, exchange rate and the USD equivalent: decoys but the number"
        + (", the due date" if due else "") + (" and the order" if po else "") + "), an item table with horizontal rules only and container numbers and weights, VAT 8 % (the reduced rate), whole dong '1.234.567', the total in words; the address is in Bà Rịa - Vũng Tàu province before 1 July 2025 and in Hồ Chí Minh City after the merger: "
        "vendor = the seller's name at the top left; vendor_tax_id = the seller's 'Mã số thuế (Tax code)' (10 digits, check digit valid; the buyer's tax code, the bank account, the 'Mã của CQT' and the lookup code are decoys). "
        "invoice_number = 'Số (No.)' as printed with its zeros (the 'Ký hiệu' serial is a decoy); invoice_date = 'Ngày … tháng … năm …' under the title (the signature date is a decoy). "
        + due_note(due, "", "Hạn thanh toán (Due date)")
        + po_note(po, "Số đơn hàng / PO")
        + "subtotal = 'Cộng tiền hàng, dịch vụ'; tax = 'Tiền thuế GTGT'; total = 'Tổng cộng tiền thanh toán'. Currency VND (the USD equivalent is a decoy). Line items: every row, 'Thành tiền'."
    )
    t = truth(vname, vid, no, po, d, due, "VND", net, tax, total, items, notes)
    chk = {"printed": [ds, no, vname, vid, bid, words, de(usd), due.strftime("%d/%m/%Y") if due else None]}
    return t, chk, render
