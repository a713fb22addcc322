"""fpdf2 styles for set 69, first part (06 Kalgoorlie consultant's TAX INVOICE as a BUSINESS LETTER in a serif font with
the facts and totals in RUNNING SENTENCES, hours, GST 10 %, the total in words, a retainer deducted on one; 07 Isparta
e-FATURA in Turkish with a RULED key/value grid beside the buyer, a fully ruled table with a position column and
discount columns, KDV 20 % and 10 %, the totals in a ruled box at the right and the total in words)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import abn_fmt, au_abn, aud_words, by_rate, long_date, tr_vkn, tr_yazi, uuid_like
from invoice_kit import de, digits, en, iban, lfont, new_fpdf, q2, qstr, rand_date, style_registry, table, txt
from kit_common import due_note, frame, lines, para, po_note, qr_fpdf, truth, wrap

STYLES, style = style_registry("fpdf2")


def aud(x):
    return ("-$" if x < 0 else "$") + en(abs(x))


# =========================================================================== 06 Kalgoorlie (GST 10 %, AUD), letter in running sentences, hours, retainer
KA_V = [
    ("Golden Mile Geotechnical Pty Ltd", "Level 1, 312 Hannan Street", "geotechnical", (120, 53, 15)),
    ("Hannan Street Surveying Pty Ltd", "88 Hannan Street", "survey", (30, 64, 120)),
    ("Eastern Goldfields Environmental Pty Ltd", "14 Porter Street", "environmental", (22, 101, 52)),
    ("Kurrawang Mine Ventilation Consulting Pty Ltd", "Unit 3, 21 Federal Road", "ventilation", (80, 30, 110)),
]
KA_B = [("Ms Joanne Hollis", "Accounts Payable", "Mt Percy Gold Operations Pty Ltd", "PO Box 1180", "Kalgoorlie WA 6433", "Mt Percy open pit"),
        ("Mr Dean Petrakis", "Project Manager", "Lamington Residential Developments Pty Ltd", "45 Egan Street", "Kalgoorlie WA 6430", "Lamington subdivision, stage 3"),
        ("Dr Priya Raman", "Environment Superintendent", "Kanowna Nickel Pty Ltd", "Locked Bag 22", "Kalgoorlie WA 6433", "Kanowna tailings storage facility"),
        ("Mr Brett Cullen", "Underground Manager", "Mungari Underground Mining Pty Ltd", "PO Box 405", "Kambalda WA 6442", "Mungari decline, levels 1260 to 1320")]
KA_ROWS = [
    [("Principal geotechnical engineer", "hr", 4, 24, 240, 295), ("Senior engineering geologist", "hr", 6, 40, 185, 225), ("Geotechnical field technician (pit wall mapping)", "hr", 8, 60, 110, 140), ("Drafting of cross-sections", "hr", 2, 12, 95, 125)],
    [("Licensed surveyor", "hr", 4, 20, 195, 240), ("Survey assistant", "hr", 4, 30, 95, 120), ("Drone survey and point cloud processing", "hr", 2, 10, 160, 210), ("CAD drafting of subdivision plan", "hr", 3, 16, 105, 135)],
    [("Senior environmental scientist", "hr", 6, 30, 190, 235), ("Dust deposition gauge servicing", "hr", 4, 24, 105, 135), ("Groundwater sampling round", "hr", 6, 32, 120, 150), ("Annual environmental report preparation", "hr", 8, 40, 165, 205)],
    [("Principal ventilation engineer", "hr", 4, 24, 260, 320), ("Ventsim model update and scenario runs", "hr", 6, 30, 180, 230), ("Underground ventilation survey", "hr", 8, 36, 150, 190), ("Heat stress review and memo", "hr", 2, 12, 180, 230)],
]


@style("06", "au_kal_kalgoorlie_letter_tax_invoice_gst_10_running_text_hours_retainer_words")
def s06(rng, i):
    vname, vstreet, _kind, color = KA_V[i]
    cname, ctitle, bname, bstreet, btown, site = KA_B[i]
    d = rand_date(rng)
    items = lines(rng, KA_ROWS[i], [3, 2, 4, 3][i], D("5"), halves=True)
    disb = None
    if i in (0, 3):
        disb = {"desc": "Disbursements (flights Perth–Kalgoorlie, vehicle hire and accommodation)", "unit": "", "qty": None, "price": None, "amount": D(rng.randint(18, 95) * 20), "show_qty": False}
    allrows = items + ([disb] if disb else [])
    net = sum(x["amount"] for x in allrows)
    tax = q2(net * D("0.10"))
    total = net + tax
    vid = au_abn(rng)
    bid = au_abn(rng)
    ds = long_date(d, "en")
    no = [f"GMG-{d.year}-{rng.randint(100, 999)}", f"{rng.randint(2000, 4999)}", f"EGE{rng.randint(10000, 99999)}", f"KMV/{d.strftime('%y')}/{rng.randint(10, 99)}"][i]
    po = [f"{rng.randint(4500100000, 4500999999)}", None, f"PO-{rng.randint(10000, 99999)}", f"MUM-{rng.randint(1000, 9999)}"][i]
    due = d + dt.timedelta(days=rng.choice([14, 21, 30])) if i in (0, 2, 3) else None
    ret = q2(D(rng.randint(10, 40)) * 100) if i == 2 else None
    w0 = d - dt.timedelta(days=rng.randint(25, 45))
    w1 = d - dt.timedelta(days=rng.randint(2, 9))
    project = f"{rng.randint(1000, 2999)}"
    bsb = f"{rng.choice(['016', '036', '066', '086'])}-{rng.randint(100, 999)}"
    acct = digits(rng, 8, True)
    use_table = i in (1, 2)
    words = aud_words(total)

    def render(path):
        pdf = lfont(new_fpdf(creator="Microsoft Word for Microsoft 365"))
        pdf.add_page()
        F = "LSerif"
        txt(pdf, 0, 14, vname, 17, "B", F, "C", 210, color)
        txt(pdf, 0, 22, f"{vstreet}, Kalgoorlie WA 6430  ·  (08) 9021 {rng.randint(1000, 9999)}  ·  accounts@{vname.split()[0].lower()}{vname.split()[1].lower()}.com.au", 8.6, "", F, "C", 210, (70, 70, 70))
        txt(pdf, 0, 27, f"ABN {abn_fmt(vid)}", 8.6, "B", F, "C", 210, (70, 70, 70))
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.6)
        pdf.line(25, 33, 185, 33)
        pdf.set_line_width(0.2)
        txt(pdf, 25, 42, ds, 10.5, "", F, "R", 160)
        y = 50
        for s in (cname, ctitle, bname, bstreet, btown):
            txt(pdf, 25, y, s, 10.5, "", F)
            y += 5
        txt(pdf, 25, y, f"Recipient ABN {abn_fmt(bid)}", 9, "", F, color=(90, 90, 90))
        y += 11
        txt(pdf, 25, y, f"TAX INVOICE {no}", 12, "B", F)
        y += 6
        txt(pdf, 25, y, f"Re: {site} – our project {project}" + (f", your order {po}" if po else ""), 10.5, "B", F)
        y += 10
        txt(pdf, 25, y, f"Dear {cname.split()[0]} {cname.split()[-1]},", 10.5, "", F)
        y += 8
        y = para(pdf, 25, y, 160, (
            f"Please find set out below our tax invoice number {no} dated {ds} for the professional services we provided at the {site} "
            f"between {long_date(w0, 'en')} and {long_date(w1, 'en')}" + (f", as authorised under your purchase order {po}." if po else ", as discussed with you on site.")
        ), 10.5, font=F, h=5.4) + 3
        if use_table:
            cols = [("Service", 92, "L"), ("Hours", 18, "R"), ("Rate", 24, "R"), ("Amount", 26, "R")]
            rows = [[x["desc"], qstr(x["qty"]), aud(x["price"]), aud(x["amount"])] for x in items]
            if disb:
                rows.append([disb["desc"], "", "", aud(disb["amount"])])
            y = table(pdf, 25, y, cols, rows, size=9.4, font=F, rowh=6, line_color=(200, 200, 200)) + 5
        else:
            y = para(pdf, 25, y, 160, "The work comprised:", 10.5, font=F, h=5.4) + 1
            for x in items:
                y = para(pdf, 30, y, 155, f"–  {x['desc']}, {qstr(x['qty'])} hours at {aud(x['price'])} per hour: {aud(x['amount'])};", 10.5, font=F, h=5.4)
            if disb:
                y = para(pdf, 30, y, 155, f"–  {disb['desc']}, at cost: {aud(disb['amount'])}.", 10.5, font=F, h=5.4)
            y += 3
        y = para(pdf, 25, y, 160, (
            f"Our fees for this period total {aud(net)} excluding GST. GST at 10% amounts to {aud(tax)}, bringing the total of this tax invoice to {aud(total)} "
            f"({words})."
        ), 10.5, font=F, h=5.4) + 3
        if ret:
            y = para(pdf, 25, y, 160, (
                f"We hold a retainer of {aud(ret)} received on {long_date(w0 - dt.timedelta(days=20), 'en')} (our receipt R-{rng.randint(100, 999)}), which we have applied against this invoice; "
                f"the balance now payable is {aud(total - ret)}."
            ), 10.5, font=F, h=5.4) + 3
        pay = (f"We would be grateful for payment by {long_date(due, 'en')}" if due else "Our terms are 14 days from the date of this invoice, and we would be grateful for payment")
        y = para(pdf, 25, y, 160, pay + f" by EFT to BSB {bsb}, account {acct} ({vname}), quoting the invoice number as your reference.", 10.5, font=F, h=5.4) + 3
        y = para(pdf, 25, y, 160, "Should you have any questions about this invoice, please do not hesitate to contact me.", 10.5, font=F, h=5.4) + 6
        txt(pdf, 25, y, "Yours sincerely,", 10.5, "", F)
        sig = rng.choice(["Andrew McTaggart", "Siobhan Kerr", "Rajiv Menon", "Tessa Landers"])
        txt(pdf, 25, y + 14, sig, 10.5, "B", F)
        txt(pdf, 25, y + 19, "Director", 10.5, "", F)
        txt(pdf, 0, 282, "Liability limited by a scheme approved under Professional Standards Legislation  ·  Page 1 of 1", 7.4, "", F, "C", 210, (110, 110, 110))
        pdf.output(path)

    notes = (
        "Kalgoorlie (Western Australia) consultant's TAX INVOICE written as a BUSINESS LETTER in a serif font: the number, date, order, totals and payment in RUNNING SENTENCES, "
        + ("the hours in a small table" if use_table else "no table: one sentence line per service ('…, 12.5 hours at $265.00 per hour: $3,312.50;')")
        + (", a disbursement at cost (a line without quantity)" if disb else "")
        + ", GST 10 %, the total in words" + (", a RETAINER applied below the total (the balance is a decoy)" if ret else "") + ": "
        "vendor = the letterhead name; vendor_tax_id = the 'ABN' under the letterhead (check digits valid; the 'Recipient ABN', the BSB and account, our project number are decoys). "
        "invoice_number = 'TAX INVOICE …' / 'our tax invoice number …'; invoice_date = the letter's date and 'dated …' (the period of the work is a decoy). "
        + due_note(due, "Our terms are 14 days from the date of this invoice", "We would be grateful for payment by …")
        + po_note(po, "your purchase order / your order")
        + "subtotal = 'Our fees for this period total … excluding GST'; tax = 'GST at 10% amounts to'; total = 'the total of this tax invoice'. Currency AUD ('$'). Line items: every service" + (" and the disbursement." if disb else ".")
    )
    t = truth(vname, vid, no, po, d, due, "AUD", net, tax, total, allrows, notes)
    t["vendor_tax_id"] = abn_fmt(vid)
    chk = {"printed": [ds, no, vname, abn_fmt(vid), abn_fmt(bid), words, long_date(due, "en") if due else None, aud(total - ret) if ret else None]}
    return t, chk, render


# =========================================================================== 07 Isparta (KDV 20 / 10 %, TRY), ruled grid, position column, discounts, words
IS_V = [
    ("Isparta Gül Kozmetik Sanayi ve Ticaret Ltd. Şti.", "Sanayi Mah. 1203. Cad. No:14", "DAVRAZ", (157, 23, 77)),
    ("Göller Bölgesi Su Ürünleri Gıda San. Tic. A.Ş.", "Organize Sanayi Bölgesi 4. Cad. No:9", "KAYMAKKAPI", (14, 116, 144)),
    ("Davraz Halı ve Kilim İmalat Ltd. Şti.", "Hızırbey Mah. 106. Cad. No:31/A", "DAVRAZ", (133, 77, 14)),
    ("Toros Mermer Isparta Maden San. A.Ş.", "Süleyman Demirel Bulvarı No:212", "KAYMAKKAPI", (55, 65, 81)),
]
IS_B = [("Ege Kozmetik Pazarlama A.Ş.", "Kemalpaşa Cad. No:88 Bornova / İZMİR", "BORNOVA"), ("Akdeniz Otelcilik ve Turizm A.Ş.", "Lara Cad. No:301 Muratpaşa / ANTALYA", "ANTALYA KURUMLAR"),
        ("Anadolu Ev Tekstili Mağazacılık Ltd. Şti.", "Atatürk Bulvarı No:54 Çankaya / ANKARA", "KAVAKLIDERE"), ("Boğaziçi Yapı İnşaat Taahhüt A.Ş.", "Büyükdere Cad. No:120 Şişli / İSTANBUL", "ZİNCİRLİKUYU")]
IS_ROWS = [
    [("Gül yağı %100 saf, 10 ml", "Adet", 20, 200, "380.00", "690.00", 20), ("Gül suyu 500 ml", "Adet", 50, 600, "42.00", "85.00", 20), ("Gül kremi 50 ml", "Adet", 40, 400, "95.00", "180.00", 20), ("Hediyelik kutu seti", "Adet", 10, 120, "260.00", "540.00", 20)],
    [("Alabalık fileto, vakumlu 1 kg", "Kg", 40, 600, "310.00", "460.00", 10), ("Tütsülenmiş alabalık 250 g", "Adet", 30, 300, "120.00", "210.00", 10), ("Kerevit, haşlanmış 1 kg", "Kg", 10, 120, "690.00", "980.00", 10), ("Soğuk zincir nakliye", "Sefer", 1, 3, "2800.00", "6500.00", 20), ("Köpük kutu ve buz aküsü", "Adet", 20, 200, "18.00", "36.00", 20)],
    [("El dokuma halı 200x300, yün", "Adet", 1, 8, "18500.00", "42000.00", 20), ("Makine halısı 160x230", "Adet", 4, 40, "2600.00", "5400.00", 20), ("Kilim 120x180, yün", "Adet", 2, 20, "3900.00", "7800.00", 20), ("Halı yıkama ve onarım", "M2", 10, 120, "85.00", "160.00", 20)],
    [("Mermer plaka 2 cm, cilalı", "M2", 20, 400, "780.00", "1650.00", 20), ("Basamak mermeri 3 cm", "Mt", 10, 120, "540.00", "980.00", 20), ("Mermer kesim işçiliği", "Saat", 4, 40, "650.00", "1100.00", 20), ("Nakliye tır", "Sefer", 1, 4, "9500.00", "18500.00", 20)],
]


@style("07", "tr_isp_isparta_e_fatura_kdv_20_10_ruled_grid_position_iskonto_yaziyla")
def s07(rng, i):
    vname, vaddr, vd, color = IS_V[i]
    bname, baddr, bvd = IS_B[i]
    d = rand_date(rng)
    items = lines(rng, [r[:6] + (r[6],) for r in IS_ROWS[i]], [3, 4, 2, 3][i], D("0.50"))
    for x in items:
        x["rate"] = x["extra"]
        x["gross"] = x["amount"]
        x["pct"] = rng.choice([0, 0, 5, 10, 15])
        x["disc"] = q2(x["gross"] * x["pct"] / 100)
        x["amount"] = x["gross"] - x["disc"]
        x["kdv"] = q2(x["amount"] * x["rate"] / 100)
    gross = sum(x["gross"] for x in items)
    disc = sum(x["disc"] for x in items)
    net = sum(x["amount"] for x in items)
    rates = [(r, sum(x["amount"] for x in items if x["rate"] == r), sum(x["kdv"] for x in items if x["rate"] == r)) for r, _b, _t in by_rate(items)]
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = tr_vkn(rng)
    bid = tr_vkn(rng)
    prefix = ["IGK", "GBS", "DHK", "TMI"][i]
    no = f"{prefix}{d.year}{rng.randint(1, 99999):09d}"
    fd = lambda x: x.strftime("%d-%m-%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i in (0, 2) else None
    po = [None, f"SP-{rng.randint(10000, 99999)}", f"{rng.randint(2025, 2026)}/{rng.randint(100, 999)}", None][i]
    irs = f"{prefix}{d.year}{rng.randint(1, 99999):09d}"
    ettn = uuid_like(rng).lower()
    mersis = "0" + digits(rng, 10) + "00015"
    ibv = iban("TR", digits(rng, 5) + "0" + digits(rng, 16))
    words = tr_yazi(total)
    tl = lambda x: de(x) + " TL"  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="GİB e-Fatura Portal / Uyumsoft")
        pdf.add_page()
        pdf.set_line_width(0.2)
        y = 10
        lines_v = [vaddr, "Merkez / ISPARTA", f"Tel: 0246 {rng.randint(211, 239)} {rng.randint(10, 99)} {rng.randint(10, 99)}", f"Vergi Dairesi: {vd}", f"VKN: {vid}", f"Mersis No: {mersis}", f"Ticaret Sicil No: {rng.randint(1000, 9999)}"]
        txt(pdf, 10, y, wrap(vname, 42).split("\n")[0], 9.5, "B", color=color)
        yy = y + 5
        for extra in wrap(vname, 42).split("\n")[1:]:
            txt(pdf, 10, yy, extra, 9.5, "B", color=color)
            yy += 4.6
        for s in lines_v:
            txt(pdf, 10, yy, s, 7.6)
            yy += 3.9
        # the e-FATURA mark in the middle, a QR at the right
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.6)
        pdf.ellipse(96, 12, 26, 26)
        pdf.set_line_width(0.2)
        txt(pdf, 96, 21, "e-FATURA", 8.5, "B", align="C", w=26, color=color)
        txt(pdf, 96, 25.5, "GİB", 7, align="C", w=26, color=(90, 90, 90))
        qr_fpdf(pdf, rng, 172, 10, 28)
        pdf.set_draw_color(0, 0, 0)
        pdf.line(10, 50, 200, 50)
        # buyer at the left, the ruled grid of facts at the right
        txt(pdf, 10, 54, "SAYIN", 8.6, "B")
        yy = 59
        for s in [bname, baddr, f"Vergi Dairesi: {bvd}", f"VKN: {bid}", "e-Posta: muhasebe@" + bname.split()[0].lower().replace("ğ", "g").replace("ç", "c") + ".com.tr"]:
            txt(pdf, 10, yy, s, 7.8, "B" if s == bname else "")
            yy += 4.2
        grid = [("Özelleştirme No", "TR1.2"), ("Senaryo", "TİCARİFATURA" if i != 3 else "TEMELFATURA"), ("Fatura Tipi", "SATIŞ"), ("Fatura No", no), ("Fatura Tarihi", fd(d)),
                ("Fatura Saati", f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"), ("İrsaliye No", irs), ("İrsaliye Tarihi", fd(d - dt.timedelta(days=rng.randint(0, 3))))]
        if po:
            grid.append(("Sipariş No", po))
        if due:
            grid.append(("Son Ödeme Tarihi", fd(due)))
        gy = 53
        for k, v in grid:
            pdf.rect(120, gy, 32, 5.2)
            pdf.rect(152, gy, 48, 5.2)
            txt(pdf, 121, gy + 1.1, k, 7.2, "B")
            txt(pdf, 153, gy + 1.1, v, 7.2)
            gy += 5.2
        y = max(gy, yy) + 4
        txt(pdf, 10, y, f"ETTN: {ettn}", 7.4)
        y += 7
        cols = [("Sıra No", 11, "C"), ("Mal Hizmet", 40, "L"), ("Miktar", 16, "R"), ("Birim Fiyat", 20, "R"), ("İsk. Oranı", 17, "R"), ("İsk. Tutarı", 19, "R"), ("KDV Oranı", 17, "R"), ("KDV Tutarı", 20, "R"), ("Mal Hizmet Tutarı", 30, "R")]
        rows = [[str(k + 1), wrap(x["desc"], 25), f"{qstr(x['qty'])} {x['unit']}", tl(x["price"]), f"%{x['pct']}", tl(x["disc"]), f"%{x['rate']}", tl(x["kdv"]), tl(x["amount"])] for k, x in enumerate(items)]
        y1 = table(pdf, 10, y, cols, [[c.replace(" TL", "") if j in (3, 5, 7, 8) else c for j, c in enumerate(r)] for r in rows], size=6.9, rowh=6.2, header_fill=(235, 235, 235), line_color=(0, 0, 0))
        frame(pdf, 10, y, y1, cols, color=(0, 0, 0))
        # totals in a ruled box at the right
        trows = [("Mal Hizmet Toplam Tutarı", tl(gross)), ("Toplam İskonto", tl(disc)), ("KDV Matrahı", tl(net))]
        trows += [(f"Hesaplanan KDV (%{r})", tl(t)) for r, _b, t in rates]
        trows += [("Vergiler Dahil Toplam Tutar", tl(total)), ("Ödenecek Tutar", tl(total))]
        ty = y1 + 4
        for k, v in trows:
            bold = k in ("Ödenecek Tutar",)
            pdf.rect(120, ty, 50, 5.6)
            pdf.rect(170, ty, 30, 5.6)
            txt(pdf, 121, ty + 1.3, k, 7.4, "B")
            txt(pdf, 171, ty + 1.3, v, 7.6, "B" if bold else "", align="R", w=28)
            ty += 5.6
        txt(pdf, 10, y1 + 5, "Yazı ile:", 7.6, "B")
        para(pdf, 10, y1 + 9, 104, words, 7.6, h=3.8)
        ny = max(ty, y1 + 24) + 8
        pdf.rect(10, ny, 190, 22)
        txt(pdf, 12, ny + 2, "Not:", 7.6, "B")
        para(pdf, 12, ny + 6, 186, (
            f"Ödemelerinizi {vname} adına Ziraat Bankası Isparta Şubesi IBAN {' '.join(ibv[k:k + 4] for k in range(0, len(ibv), 4))} hesabına fatura numarası ile yapınız. "
            f"Fatura tarihi {long_date(d, 'tr')}." + (f" Vade: {fd(due)}." if due else " Ödeme: peşin / havale.") + " İade ve itirazlar 8 gün içinde yazılı yapılmalıdır."
        ), 7.4, h=3.7)
        txt(pdf, 10, 287, "Bu belge 5070 sayılı Elektronik İmza Kanunu hükümlerine göre elektronik olarak imzalanmıştır.  ·  Sayfa 1 / 1", 6.6, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Isparta (Turkey) e-FATURA in Turkish: the seller's block at the top left, the buyer under 'SAYIN', a RULED grid of key / value pairs BESIDE each other at the right (Özelleştirme No, Senaryo, Fatura Tipi, Fatura No, Fatura Tarihi, İrsaliye No, …), "
        "a FULLY RULED table with a position column ('Sıra No') and DISCOUNT columns, KDV " + " and ".join(f"{r} %" for r, _, _ in rates) + " per row, the totals in a ruled box at the right, the total in words ('Yalnız: …'), '1.234,56 TL': "
        "vendor = the seller's name at the top left; vendor_tax_id = the seller's 'VKN' (10 digits, check digit valid; the buyer's VKN, the Mersis number, the trade register number, the IBAN and the ETTN are decoys). "
        "invoice_number = 'Fatura No' (the 'İrsaliye No' dispatch number has the same shape: a decoy); invoice_date = 'Fatura Tarihi' (the İrsaliye Tarihi is a decoy). "
        + due_note(due, "", "Son Ödeme Tarihi")
        + po_note(po, "Sipariş No")
        + "subtotal = 'KDV Matrahı' (the 'Mal Hizmet Toplam Tutarı' before the discount is a decoy); tax = the 'Hesaplanan KDV' row" + ("s (two rates: printed only as parts)" if len(rates) > 1 else "")
        + "; total = 'Vergiler Dahil Toplam Tutar' / 'Ödenecek Tutar'. Currency TRY ('TL'). Line items: every row, 'Mal Hizmet Tutarı' after its discount."
    )
    t = truth(vname, vid, no, po, d, due, "TRY", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bid, irs, words, "KDV Matrahı", fd(due) if due else None], "tax_parts": [str(t_) for _r, _b, t_ in rates]}
    return t, chk, render
