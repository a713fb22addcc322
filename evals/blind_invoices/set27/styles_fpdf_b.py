"""fpdf2 styles for set 27, second part (09 Labuan marine and offshore supply company's INVOIS in Malay in ringgit with
no SST (Labuan is a designated area outside the sales and service tax), a delivery-order number and date on every row
and the total in Malay words, 10 Road Town (Tortola, British Virgin Islands) registered agent's annual fee invoice in
English in US dollars, grouped by client company with each company's total, government fees beside professional fees
and no VAT or sales tax)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import ms_date, ms_words, rows
from kit_common import due_note, po_note, truth
from invoice_kit import digits, en, new_fpdf, qstr, rand_date, style_registry, table, txt
from kit_common import en_date, frame, para, totals

STYLES, style = style_registry("fpdf2")


# =========================================================================== 09 Labuan marine supply (no SST, MYR), a DO number and date per row, total in words
LB_V = [
    ("Syarikat Bekalan Marin Labuan Sdn. Bhd.", "Lot 12, Jalan Tanjung Batu", "87000 W.P. Labuan", (3, 105, 161)),
    ("Pulau Labuan Offshore Services Sdn. Bhd.", "Blok C, Kompleks Ujana Kewangan", "87000 W.P. Labuan", (190, 18, 60)),
    ("Perkapalan Victoria Jaya Enterprise", "No. 7, Jalan Merdeka", "87007 W.P. Labuan", (22, 101, 52)),
    ("Rancha-Rancha Logistik Sdn. Bhd.", "Lot 3, Kawasan Perindustrian Rancha-Rancha", "87017 W.P. Labuan", (124, 45, 18)),
]
LB_B = [
    ("Borneo Subsea Contractors Sdn. Bhd.", "Labuan Liberty Port, 87000 W.P. Labuan"),
    ("Kapal Sokongan Bayu Timur Sdn. Bhd.", "Jalan Okk Awang Besar, 87000 W.P. Labuan"),
    ("Sabah Petro Marine Sdn. Bhd.", "Jalan Tun Fuad Stephens, 88000 Kota Kinabalu"),
    ("Labuan Shipyard & Engineering Sdn. Bhd.", "Jalan Tanjung Kubong, 87000 W.P. Labuan"),
]
LB_ROWS = [
    ("Air tawar (fresh water) ke kapal", "tan", 20, 300, "8.50", "14.00"),
    ("Sewa forklift 5 tan", "jam", 2, 24, "85.00", "140.00"),
    ("Tali tambat (mooring rope) 64 mm", "gulung", 1, 6, "950.00", "1650.00"),
    ("Kerja kimpalan di dok", "jam", 2, 30, "75.00", "120.00"),
    ("Bekalan makanan kru (ransum)", "hari", 3, 30, "180.00", "320.00"),
    ("Sewa kontena 20 kaki", "hari", 5, 60, "25.00", "45.00"),
    ("Pengangkutan lori 10 tan", "trip", 1, 12, "280.00", "480.00"),
    ("Sarung tangan & PPE set", "set", 5, 60, "28.00", "55.00"),
]


@style("09", "my_labuan_invois_tiada_sst")
def s09(rng, i):
    vname, vstreet, vcity, color = LB_V[i]
    bname, baddr = LB_B[i]
    d = rand_date(rng)
    items = rows(rng, [(a, b, c, e, float(f), float(g)) for a, b, c, e, f, g in LB_ROWS], rng.randint(3, 6), "0.05")
    for x in items:
        x["do"] = f"DO-{rng.randint(10000, 99999)}"
        x["dod"] = d - dt.timedelta(days=rng.randint(1, 25))
    items.sort(key=lambda x: x["dod"])
    net = sum(x["amount"] for x in items)
    total = net
    tin = f"C{digits(rng, 10, True)}"
    no = [f"INV-{d.year}-{rng.randint(100, 999):04d}", f"PLO/{d.strftime('%y')}/{rng.randint(1000, 9999)}", f"VJ{rng.randint(10000, 99999)}", f"RRL-{rng.randint(2000, 8999)}"][i]
    fd = [ms_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=14), None][i]
    term = ["", "Terma: 30 hari", "", "Bayaran tunai semasa penghantaran"][i]
    po = [f"PO-{rng.randint(10000, 99999)}", None, f"SPM/PO/{rng.randint(100, 999)}", f"{rng.randint(4500000, 4599999)}"][i]
    m = lambda x: en(x)  # noqa: E731
    ent, sen = divmod(int(total * 100), 100)
    words = f"Ringgit Malaysia: {ms_words(ent)}" + (f" Dan Sen {ms_words(sen)}" if sen else "") + " Sahaja"

    def render(path):
        pdf = new_fpdf(creator="SQL Account")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 12.5, "B", color=color)
        txt(pdf, 14, 18.5, f"(Syarikat Labuan No. LL{digits(rng, 5, True)})", 7.4, color=(90, 90, 90))
        txt(pdf, 14, 22.5, f"{vstreet}, {vcity}, Malaysia · Tel: 087-{digits(rng, 6, True)}", 7.6)
        txt(pdf, 14, 26.5, f"No. TIN: {tin}", 7.6, "B")
        pdf.set_fill_color(*color)
        pdf.rect(14, 31, 182, 1, "F")
        txt(pdf, 14, 36, "INVOIS", 18, "B", color=color)
        txt(pdf, 14, 44, "Kepada:", 7.4, color=(100, 100, 100))
        txt(pdf, 14, 48, bname, 9, "B")
        txt(pdf, 14, 52.5, baddr, 7.6)
        txt(pdf, 14, 56.5, f"No. Akaun Pelanggan: {rng.choice(['BSC', 'KSB', 'SPM', 'LSE'])}-{rng.randint(100, 999)}", 7.4)
        y = 38
        for k, v in (("No. Invois", no), ("Tarikh", fd(d)), ("No. Pesanan Belian (PO)", po), ("Tarikh Akhir Bayaran", fd(due) if due else None), ("Terma", term or None)):
            if v is None:
                continue
            txt(pdf, 120, y, k, 7.8, color=(90, 90, 90))
            txt(pdf, 160, y, v, 7.8, "B")
            y += 4.6
        cols = [("Bil.", 10, "C"), ("No. DO", 24, "L"), ("Tarikh DO", 22, "L"), ("Perihal", 62, "L"), ("Kuantiti", 20, "R"), ("Harga Seunit", 22, "R"), ("Jumlah (RM)", 22, "R")]
        trs = [[str(k + 1), x["do"], x["dod"].strftime("%d/%m/%Y"), x["desc"], f"{qstr(x['qty'])} {x['unit']}", m(x["price"]), m(x["amount"])] for k, x in enumerate(items)]
        y0 = 64
        y = table(pdf, 14, y0, cols, trs, size=7.2, rowh=5.6, header_fill=(235, 238, 242))
        frame(pdf, 14, y0, y, cols, color=(150, 150, 150))
        y = totals(pdf, 120, y + 4, [("Jumlah Kecil", m(net), False), ("SST", "Tidak dikenakan", False), ("Jumlah Besar (RM)", m(total), True)], wl=40, wv=36, size=8.4, line=color)
        para(pdf, 14, y + 2, 182, words, 8, "B")
        para(pdf, 14, y + 11, 182, "Nota: Cukai jualan dan cukai perkhidmatan (SST) tidak dikenakan - Labuan ialah kawasan ditetapkan di bawah Akta Cukai Jualan 2018 dan Akta Cukai Perkhidmatan 2018.", 7.2, "I")
        para(pdf, 14, y + 21, 182, f"Sila buat bayaran kepada {vname}, {rng.choice(['Maybank', 'CIMB Bank', 'Bank Islam', 'RHB Bank'])} cawangan Labuan, No. Akaun {digits(rng, 12, True)}. Cek hendaklah dipalang 'A/C Payee Only'.", 7.4)
        txt(pdf, 14, y + 40, "Diterima dalam keadaan baik oleh:", 7.4)
        txt(pdf, 130, y + 40, f"Untuk {vname}", 7.4)
        pdf.set_draw_color(0, 0, 0)
        pdf.line(14, y + 56, 70, y + 56)
        pdf.line(130, y + 56, 190, y + 56)
        txt(pdf, 130, y + 57.5, "Tandatangan yang diberi kuasa", 6.8)
        txt(pdf, 14, 285, "Ini adalah invois yang dijana oleh komputer.", 6.4, color=(120, 120, 120))
        pdf.output(path)

    notes = (
        "Labuan (Federal Territory, Malaysia) marine and offshore supply company's INVOIS in Malay in ringgit: no SST (Labuan is a designated area outside the sales and service tax; 'SST: Tidak dikenakan'), a delivery-order number and date on every row ('No. DO', 'Tarikh DO'), a fully framed table and the total in Malay words ('Ringgit Malaysia: ... Sahaja'): vendor = the company name at the top left; vendor_tax_id = 'No. TIN' (the Labuan company number 'LL...' and the customer account are decoys). "
        "invoice_number = 'No. Invois'; invoice_date = 'Tarikh' ("
        + ["'12 Mac 2026'", "dd/mm/yyyy", "dd-mm-yyyy", "dd.mm.yyyy"][i]
        + "); the delivery-order dates are decoys. "
        + due_note(due, term, "Tarikh Akhir Bayaran")
        + po_note(po, "No. Pesanan Belian (PO)")
        + "subtotal = 'Jumlah Kecil'; no tax amount printed (null); total = 'Jumlah Besar (RM)'; the amount in words repeats it. Currency MYR. Amounts '1,234.50'. Line items: every row (quantity = the number before the unit in 'Kuantiti')."
    )
    t = truth(vname, tin, no, po, d, due, "MYR", net, None, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, tin, "Jumlah Besar (RM)"], render


# =========================================================================== 10 BVI registered agent (no VAT or sales tax, USD), grouped by client company
VG_V = [
    ("Harbour Trust Corporate Services Limited", "Wickhams Cay II, Road Town", (30, 58, 138)),
    ("Sea Cow Bay Fiduciary Ltd.", "Mill Mall, Road Town", (15, 118, 110)),
    ("Tortola Registered Agents Limited", "Pasea Estate, Road Town", (127, 29, 29)),
    ("Virgin Gorda Corporate Management Ltd.", "Spanish Town, Virgin Gorda", (67, 56, 202)),
]
VG_B = [
    ("Meridian Capital Partners LLP", "40 Gracechurch Street, London EC3V 0BT, United Kingdom"),
    ("Family Office Lindqvist AB", "Strandvägen 7, 114 56 Stockholm, Sweden"),
    ("Pacific Rim Holdings Pte. Ltd.", "8 Marina View, Singapore 018960"),
    ("Andes Inversiones S.A.", "Av. Apoquindo 3000, Las Condes, Santiago, Chile"),
]
VG_ENT = ["Oceanic Holdings Ltd", "Blue Anchor Investments Limited", "Coral Reef Ventures Inc.", "Kingfisher Property Holdings Ltd", "Northwind Trading Limited", "Sandpiper Capital Ltd", "Silver Tarpon Holdings Ltd"]
VG_FEES = [
    ("Annual registered agent fee", "prof", "450", "1250"),
    ("Registered office fee", "prof", "250", "650"),
    ("Government annual licence fee (paid on your behalf)", "gov", "550", "1350"),
    ("Economic substance annual return filing", "prof", "300", "750"),
    ("Register of directors filing with the Registrar", "gov", "25", "100"),
    ("Beneficial ownership (BOSS) maintenance", "prof", "150", "400"),
    ("Courier and disbursements", "prof", "35", "120"),
]


@style("10", "vg_road_town_agent_fees_no_tax")
def s10(rng, i):
    vname, vaddr, color = VG_V[i]
    bname, baddr = VG_B[i]
    d = rand_date(rng)
    groups = []
    for ent in rng.sample(VG_ENT, rng.randint(2, 3)):
        its = []
        for desc, kind, lo, hi in rng.sample(VG_FEES, rng.randint(3, 5)):
            p = D(rng.randrange(int(lo), int(hi) + 1, 5))
            its.append({"desc": desc, "kind": kind, "qty": D(1), "price": p, "amount": p})
        groups.append((ent, f"{rng.randint(1400000, 2150000)}", its))
    items = [x for _, _, its in groups for x in its]
    prof = sum(x["amount"] for x in items if x["kind"] == "prof")
    gov = sum(x["amount"] for x in items if x["kind"] == "gov")
    total = prof + gov
    no = [f"HTC-{d.year}-{rng.randint(1000, 9999)}", f"{rng.randint(60000, 69999)}", f"TRA/{d.strftime('%y%m')}/{rng.randint(10, 99)}", f"VG{rng.randint(100000, 199999)}"][i]
    fd = [en_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d %b %Y"), lambda x: x.strftime("%d-%b-%Y")][i]
    due = [d + dt.timedelta(days=30), d + dt.timedelta(days=14), None, None][i]
    term = ["", "", "Payable on receipt", ""][i]
    m = lambda x: en(x)  # noqa: E731
    yref = f"{rng.choice(['MCP', 'LQV', 'PRH', 'AIN'])}/{rng.randint(100, 999)}"

    def render(path):
        pdf = new_fpdf(creator="Viewpoint Billing")
        pdf.add_page()
        txt(pdf, 16, 14, vname, 13, "B", color=color)
        txt(pdf, 16, 20.5, f"{vaddr}, Tortola, British Virgin Islands VG1110", 7.8)
        txt(pdf, 16, 24.5, f"Licensed by the BVI Financial Services Commission, Licence No. {digits(rng, 7, True)} · Tel +1 284 {rng.randint(340, 499)} {digits(rng, 4)}", 7)
        txt(pdf, 16, 36, "To", 7.4, color=(110, 110, 110))
        txt(pdf, 16, 40, bname, 9.4, "B")
        para(pdf, 16, 44.5, 90, baddr, 7.6, h=3.8)
        txt(pdf, 130, 34, "INVOICE", 16, "B", color=color)
        y = 42
        for k, v in (("Invoice No.", no), ("Invoice Date", fd(d)), ("Payment Due", fd(due) if due else None), ("Your Ref.", yref), ("Client No.", f"{rng.randint(3000, 8999)}")):
            if v is None:
                continue
            txt(pdf, 130, y, k, 7.8, color=(100, 100, 100))
            txt(pdf, 160, y, v, 7.8, "B")
            y += 4.5
        txt(pdf, 16, 66, f"Annual fees for the period {fd(d)} to {fd(d.replace(year=d.year + 1) - dt.timedelta(days=1)) if not (d.month == 2 and d.day == 29) else fd(d + dt.timedelta(days=364))}", 8, "I")
        y = 73
        for ent, cno, its in groups:
            pdf.set_fill_color(238, 242, 247)
            pdf.rect(16, y, 160, 6, "F")
            txt(pdf, 18, y + 0.9, f"{ent}  (BVI Company No. {cno})", 8, "B")
            y += 6.5
            for x in its:
                txt(pdf, 20, y, x["desc"], 7.8)
                txt(pdf, 136, y, m(x["amount"]), 7.8, align="R", w=38)
                y += 4.8
            pdf.set_draw_color(160, 160, 160)
            pdf.line(136, y, 176, y)
            txt(pdf, 20, y + 0.8, f"Total for {ent}", 7.8, "I")
            txt(pdf, 136, y + 0.8, m(sum(x["amount"] for x in its)), 7.8, "I", align="R", w=38)
            y += 9
        y = totals(pdf, 96, y + 2, [("Professional fees", m(prof), False), ("Government fees (at cost)", m(gov), False), ("TOTAL DUE (US$)", m(total), True)], wl=44, wv=36, size=8.6, line=color)
        para(pdf, 16, y + 4, 160, "No VAT, GST or sales tax is levied in the Virgin Islands. Government fees are passed on at cost and are payable before 31 May to avoid the Registry's late-payment penalties.", 7.2, "I")
        para(pdf, 16, y + 14, 160, f"{term + '. ' if term else ''}Wire transfer to {vname}, {rng.choice(['FirstBank Virgin Islands', 'VP Bank (BVI) Limited', 'Republic Bank (BVI) Limited'])}, Road Town, account {digits(rng, 10, True)}, SWIFT {rng.choice(['FBPRVGVG', 'VPBVVGVG', 'RBNKVGVG'])}. Please quote the invoice number. Bank charges are for the remitter's account.", 7.2)
        pdf.output(path)

    notes = (
        "Road Town / Virgin Gorda (British Virgin Islands) registered agent's annual fee INVOICE in English in US dollars, grouped by client company (a tinted heading with the BVI company number, its fee rows and an italic 'Total for ...' per company), professional fees and government fees at cost totalled apart, no VAT, GST or sales tax (the territory levies none): vendor = the name at the top left; no vendor tax id (null; the FSC licence number and the BVI company numbers are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' ("
        + ["'12 March 2026'", "dd/mm/yyyy", "'12 Mar 2026'", "dd-Mon-yyyy"][i]
        + "); the fee period's dates and '31 May' are decoys. "
        + due_note(due, term, "Payment Due")
        + "'Your Ref.' and 'Client No.' are references, no PO. No subtotal or tax printed (null; 'Professional fees' and 'Government fees' are parts of the total). total = 'TOTAL DUE (US$)'. The per-company totals are decoys. Currency USD. Amounts '1,234.00'. Line items: every fee row (no quantity printed: quantity null)."
    )
    for x in items:
        x["show_qty"] = False
    t = truth(vname, None, no, None, d, due, "USD", None, None, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, vname, "TOTAL DUE (US$)"], render
