"""fpdf2 styles for set 32, second part (08 Latgale vegetable grower's RĒKYNS / RĒĶINS in Latgalian with Latvian beside
on a LANDSCAPE page, PVN 12 % on fresh vegetables and 21 % on processed goods and transport, a PVN summary per rate
and a Latvian long date, 09 Penzance (Cornwall) chandlery's INVOICE / REKNEN in English with Cornish labels, the
totals boxed at the top above the items, VAT 20 % and a remittance slip, 10 Ubud (Bali) restaurant's bill on an 80 mm
roll in Indonesian with a service charge and the regional tax PBJT 10 % on the food, drink and service, whole rupiah,
cash and change)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import id_date, kw_date, lv_date
from invoice_kit import de, digits, en, new_fpdf, q0, q2, qstr, rand_date, style_registry, table, txt
from kit_common import due_note, kv, para, po_note, totals, truth, valid_id
from stdnum.gb import vat as gb_vat
from stdnum.id import npwp
from stdnum.lv import pvn

STYLES, style = style_registry("fpdf2")


# =========================================================================== 08 Latgale vegetable grower (PVN 12 % / 21 %, EUR), landscape
LG_V = [
    ("Zemnīku saimnīceiba «Dzeņi» / Zemnieku saimniecība «Dzeņi»", "Gaigalovys pog., Rēzeknis nov. / Gaigalavas pag., Rēzeknes nov., LV-4630", (22, 101, 52)),
    ("SIA «Latgolys dōrzs» / SIA «Latgales dārzs»", "Atbreivuošonys al. 98, Rēzekne / Atbrīvošanas al. 98, Rēzekne, LV-4601", (154, 52, 18)),
    ("SIA «Vuordaunīks» / SIA «Vārdaunieks»", "Skolys 4, Leivuons / Skolas iela 4, Līvāni, LV-5316", (30, 64, 175)),
    ("SIA «Daugovys bārzs» / SIA «Daugavas bērzs»", "Rīgys 12, Daugpiļs / Rīgas iela 12, Daugavpils, LV-5401", (109, 40, 217)),
]
LG_B = [
    ("Rēzeknis Valsts poļytehniskuo školā / Rēzeknes Valsts poltehniskā skola", "Varoņu iela 2, Rēzekne, LV-4604"),
    ("SIA «Ēdināšanas serviss Latgale»", "Raiņa iela 16, Daugavpils, LV-5401"),
    ("Līvānu novada pašvaldības iestāde «Skola»", "Domes iela 1, Līvāni, LV-5316"),
    ("Viesnīca «Latgola» / Hotel Latgola", "Latgales iela 12, Rēzekne, LV-4601"),
]
LG_ROWS = [
    ("Kartupeli / Kartupeļi, svaigi", "kg", 50, 600, D("0.32"), D("0.65"), "12"),
    ("Burkuoni / Burkāni, mazgāti", "kg", 20, 300, D("0.45"), D("0.90"), "12"),
    ("Kuopusti / Galviņkāposti", "kg", 20, 250, D("0.38"), D("0.80"), "12"),
    ("Beites / Galda bietes", "kg", 10, 150, D("0.40"), D("0.85"), "12"),
    ("Sīpuli / Sīpoli", "kg", 10, 120, D("0.55"), D("1.10"), "12"),
    ("Skuobī kuopusti / Skābēti kāposti", "kg", 10, 80, D("1.40"), D("2.60"), "21"),
    ("Gurku konservi / Marinēti gurķi 0,7 l", "gab.", 10, 60, D("1.90"), D("3.20"), "21"),
    ("Pīgōdīšona / Piegāde", "reiss", 1, 4, D("18"), D("45"), "21"),
]


@style("08", "lv_lg_rezekne_reknums_pvn_21_12_landscape")
def s08(rng, i):
    vname, vaddr, color = LG_V[i]
    bname, baddr = LG_B[i]
    d = rand_date(rng)
    items = []
    for desc, unit, qlo, qhi, lo, hi, r in rng.sample(LG_ROWS, rng.randint(4, 7)):
        q = D(rng.randint(qlo, qhi))
        p = lo + D(rng.randint(0, int((hi - lo) * 100))) / 100
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "rate": D(r)})
    if not any(x["rate"] == 12 for x in items):
        items.append({"desc": LG_ROWS[0][0], "unit": "kg", "qty": D(200), "price": D("0.48"), "amount": D("96.00"), "rate": D("12")})
    net = sum(x["amount"] for x in items)
    summary = []
    for r in sorted({x["rate"] for x in items}):
        b = sum(x["amount"] for x in items if x["rate"] == r)
        summary.append((r, b, q2(b * r / 100)))
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    reg = valid_id(rng, 11, pvn.is_valid, prefix="40")
    vat_no = "LV" + reg
    no = [f"DZ-{rng.randint(100, 999)}", f"LD {d.year}/{rng.randint(1000, 9999)}", f"{rng.randint(10000, 99999)}", f"DB-{d.strftime('%y')}-{rng.randint(100, 999)}"][i]
    fd = [lv_date, lambda x: x.strftime("%d.%m.%Y"), lv_date, lambda x: x.strftime("%d.%m.%Y.")][i]
    due = d + dt.timedelta(days=rng.choice([10, 15, 30])) if i in (0, 1, 2) else None
    term = [None, None, None, "Samoksa: skaidrā naudā / Apmaksa: skaidrā naudā"][i]
    po = f"{rng.randint(1, 99)}/{d.year}/{rng.randint(1, 9)}" if i in (0, 2) else None
    wb = f"PPZ {rng.randint(100, 999)}"
    m = de

    def render(path):
        pdf = new_fpdf(orientation="L")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 297, 6, "F")
        txt(pdf, 14, 12, vname, 13, "B", color=color)
        txt(pdf, 14, 18.5, vaddr, 8.4)
        txt(pdf, 14, 23, f"Reg. nr. / PVN maksātāja nr. {vat_no} · Banka: {rng.choice(['Swedbank', 'SEB banka', 'Citadele'])} LV{rng.randint(10, 99)}HABA{digits(rng, 13)}", 8, color=(90, 90, 90))
        txt(pdf, 200, 11, "RĒKYNS / RĒĶINS", 16, "B")
        kv(pdf, 200, 20, [("Nr.", no), ("Datums", fd(d)), ("Samoksys termiņš / Apmaksas termiņš", fd(due) if due else None), ("Pasyutejums / Pasūtījums", po), ("Pavadzeime / Pavadzīme", wb)], wl=48, wv=35, size=7.8, align="L")
        txt(pdf, 14, 32, "Pyrcējs / Pircējs", 7.4, color=(110, 110, 110))
        txt(pdf, 14, 36, bname, 9.6, "B")
        txt(pdf, 14, 41, f"{baddr} · Klienta kods {rng.randint(100, 999)}", 8.2)
        cols = [("Nr.", 10, "C"), ("Prece / Preču nosaukums", 100, "L"), ("Mērv.", 16, "C"), ("Daudzums", 24, "R"), ("Cena EUR", 24, "R"), ("PVN %", 16, "R"), ("Summa bez PVN", 32, "R"), ("Izcelsme", 47, "L")]
        rows = [[str(k + 1), x["desc"], x["unit"], qstr(x["qty"]), m(x["price"]), str(x["rate"]), m(x["amount"]), rng.choice(["Latgale, LV", "Rēzeknes nov., LV", "Preiļu nov., LV"])] for k, x in enumerate(items)]
        y = table(pdf, 14, 62, cols, rows, size=7.8, rowh=6, header_fill=(240, 244, 240), line_color=(200, 200, 200))
        txt(pdf, 14, y + 6, "PVN kūpsavylkums / PVN kopsavilkums", 7.8, "B")
        yy = y + 11
        for r, b, v in summary:
            txt(pdf, 14, yy, f"PVN {r} %: bāze {m(b)} EUR, PVN {m(v)} EUR", 7.8)
            yy += 4.4
        totals(pdf, 190, y + 6, [("Kūpā bez PVN / Kopā bez PVN", m(net), False), ("PVN kūpā / PVN kopā", m(tax), False), ("Kūpā samoksai / Kopā apmaksai EUR", m(total), True)], wl=60, wv=33, size=8.8, line=color)
        para(pdf, 14, 178, 270, ("Lyudzam samoksuot da termiņa. / Lūdzam apmaksāt līdz norādītajam termiņam." if due else term) + " Rēķins sagatavots elektroniski un ir derīgs bez paraksta. Svaigi dārzeņi: PVN 12 % (PVN likuma 42. panta 19. daļa).", 7.4, h=3.8, color=(80, 80, 80))
        pdf.output(path)

    notes = (
        "Latgale (eastern Latvia) vegetable grower's RĒKYNS / RĒĶINS in Latgalian with Latvian beside each label on a LANDSCAPE page, in euros ('1.234,50'), with PVN 12 % on fresh vegetables and 21 % on pickled goods and delivery, a PVN summary per rate under the table: vendor = the name at the top (Latgalian / Latvian forms of one name); vendor_tax_id = 'Reg. nr. / PVN maksātāja nr.' (LV + 11 digits; the client code and the bank account are decoys). "
        "invoice_number = 'Nr.'; invoice_date = 'Datums' (" + ["Latvian words ('2026. gada 12. martā')", "dd.mm.yyyy", "Latvian words", "dd.mm.yyyy."][i] + "); the waybill (pavadzīme) is a decoy. "
        + due_note(due, term, "Samoksys termiņš / Apmaksas termiņš") + po_note(po, "Pasyutejums / Pasūtījums")
        + "subtotal = 'Kūpā bez PVN / Kopā bez PVN'; tax = 'PVN kūpā / PVN kopā'; total = 'Kūpā samoksai / Kopā apmaksai EUR'. Currency EUR. Line items: every row (net)."
    )
    t = truth(vname, vat_no, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, [fd(d), no, vname, vat_no, "Kūpā samoksai / Kopā apmaksai EUR", fd(due) if due else None, wb], render


# =========================================================================== 09 Penzance chandlery (VAT 20 %, GBP), totals at the top, remittance slip
KW_V = [
    ("Penwith Marine Chandlery Ltd", "The Quay, Newlyn, Penzance TR18 5HW", (12, 74, 110)),
    ("Mount's Bay Boat Supplies Ltd", "Wharf Road, Penzance TR18 4AA", (127, 29, 29)),
    ("St Ives Harbour Stores", "West Pier, St Ives TR26 1PU", (21, 128, 61)),
    ("Porthleven Rope & Net Co. Ltd", "Harbour Head, Porthleven, Helston TR13 9JA", (88, 28, 135)),
]
KW_B = [
    ("FV Girl Rachel (PZ 118)", "c/o W. Stevens & Sons, Newlyn TR18 5HY"),
    ("Cornish Fish Producers' Organisation", "The Harbour, Newlyn TR18 5HW"),
    ("Scillonian Charters Ltd", "Hugh Town, St Mary's, Isles of Scilly TR21 0HY"),
    ("Falmouth Sea School", "North Quay, Falmouth TR11 3HF"),
]
KW_ROWS = [
    ("Polypropylene rope 12 mm (per m) / Lovan", "m", 20, 200, D("0.85"), D("1.60")),
    ("Trawl net repair twine, 1 kg spool", "ea", 2, 12, D("14"), D("26")),
    ("Fender, inflatable F4", "ea", 2, 8, D("38"), D("64")),
    ("Antifouling paint 2.5 l / Paynt", "tin", 1, 6, D("79"), D("119")),
    ("Shackle, galvanised 16 mm", "ea", 4, 30, D("3.20"), D("6.90")),
    ("Diesel filter element", "ea", 1, 6, D("18"), D("36")),
    ("Oilskin smock, heavy duty / Kota", "ea", 1, 4, D("59"), D("95")),
    ("Marine battery 110 Ah", "ea", 1, 2, D("129"), D("189")),
]


@style("09", "gb_kw_penzance_invoice_vat_20_totals_top")
def s09(rng, i):
    vname, vaddr, color = KW_V[i]
    bname, baddr = KW_B[i]
    d = rand_date(rng)
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(KW_ROWS, rng.randint(3, 6)):
        q = D(rng.randint(qlo, qhi))
        p = lo + D(rng.randint(0, int((hi - lo) * 100))) / 100
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.20"))
    total = net + tax
    vat_no = "GB" + valid_id(rng, 9, lambda s: gb_vat.is_valid("GB" + s))
    vat_p = f"GB {vat_no[2:5]} {vat_no[5:9]} {vat_no[9:]}"
    no = [f"{rng.randint(10000, 99999)}", f"PMC-{rng.randint(1000, 9999)}", f"SI{rng.randint(100000, 999999)}", f"{rng.randint(2000, 2999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), kw_date, lambda x: x.strftime("%d %b %Y"), lambda x: x.strftime("%d/%m/%y")][i]
    due = d + dt.timedelta(days=30) if i != 2 else None
    term = [None, None, "Terms: payment on collection", None][i]
    po = f"{rng.randint(100, 999)}" if i in (1, 3) else None
    acct = f"{bname.split()[0][:3].upper()}{rng.randint(10, 99)}"
    m = en

    def render(path):
        pdf = new_fpdf(creator="Sage 50 Accounts")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 14, "B", color=color)
        txt(pdf, 14, 19, vaddr, 8.6)
        txt(pdf, 14, 23.5, f"VAT Reg. No. {vat_p} · Company No. {digits(rng, 8)} · Tel 01736 {digits(rng, 6)}", 7.8, color=(90, 90, 90))
        txt(pdf, 150, 12, "INVOICE", 18, "B", align="R", w=46)
        txt(pdf, 150, 20, "Reken / Invoice", 8, align="R", w=46, color=(100, 100, 100))
        pdf.set_fill_color(240, 245, 248)
        pdf.set_draw_color(*color)
        pdf.rect(110, 32, 86, 34, "DF")
        totals(pdf, 113, 35, [("Net / Kost heb TAV", m(net), False), ("VAT 20% / TAV", m(tax), False), ("TOTAL DUE / Dhe dhe be £", m(total), True)], wl=48, wv=32, size=9, line=color, step=6.4)
        kv(pdf, 113, 55, [("Due / Dhe be", fd(due) if due else None)], wl=30, wv=50, size=8.6, align="R")
        txt(pdf, 14, 34, "Invoice to / Reken dhe", 7.4, color=(110, 110, 110))
        txt(pdf, 14, 38.5, bname, 10, "B")
        txt(pdf, 14, 43.5, baddr, 8.4)
        kv(pdf, 14, 51, [("Invoice No. / Niver", no), ("Date / Dydh", fd(d)), ("Your order / Agas arghadow", po), ("Account", acct)], wl=38, wv=40, size=8.2, align="L")
        cols = [("Description / Deskrifans", 92, "L"), ("Qty", 16, "R"), ("Unit", 14, "C"), ("Price £", 26, "R"), ("VAT", 10, "C"), ("Net £", 24, "R")]
        rows = [[x["desc"], qstr(x["qty"]), x["unit"], m(x["price"]), "S", m(x["amount"])] for x in items]
        y = table(pdf, 14, 78, cols, rows, size=8, rowh=6, header_fill=(230, 236, 240), line_color=(200, 200, 200))
        para(pdf, 14, y + 5, 182, "VAT code S = standard rate 20 %. Goods remain our property until paid in full. Meur ras! / Many thanks!" + (f" {term}." if term else ""), 7.4, h=3.6, color=(80, 80, 80))
        pdf.set_draw_color(120, 120, 120)
        pdf.dashed_line(10, 232, 200, 232, 2, 1.5)
        txt(pdf, 14, 236, "REMITTANCE ADVICE - please return with your payment", 8.6, "B")
        kv(pdf, 14, 243, [("Customer", bname), ("Account", acct), ("Invoice No.", no), ("Amount enclosed £", "")], wl=36, wv=60, size=8.2, align="L")
        para(pdf, 120, 243, 76, f"BACS: Lloyds Bank, Penzance\nSort code 30-{rng.randint(10, 99)}-{rng.randint(10, 99)} · Account {digits(rng, 8)}\nCheques payable to {vname}", 7.8, h=4)
        pdf.output(path)

    notes = (
        "Penzance-area (Cornwall) chandlery's INVOICE in English with Cornish labels beside, in pounds ('1,234.50'), with the totals (net, VAT 20 %, total due and due date) BOXED at the TOP right ABOVE the items, and a remittance advice to tear off at the bottom: vendor = the name at the top; vendor_tax_id = 'VAT Reg. No.' (printed 'GB 123 4567 89'; the company number is a decoy). "
        "invoice_number = 'Invoice No. / Niver'; invoice_date = 'Date / Dydh' (" + ["dd/mm/yyyy", "Cornish words ('12 Meurth 2026')", "'12 Mar 2026'", "dd/mm/yy"][i] + "); the account code is a decoy. "
        + due_note(due, term, "Due / Dhe be") + po_note(po, "Your order / Agas arghadow")
        + "subtotal = 'Net / Kost heb TAV'; tax = 'VAT 20% / TAV'; total = 'TOTAL DUE / Dhe dhe be £'. Currency GBP. Line items: every row (net)."
    )
    t = truth(vname, vat_p, no, po, d, due, "GBP", net, tax, total, items, notes)
    return t, [fd(d), no, vname, vat_p, "TOTAL DUE / Dhe dhe be £", fd(due) if due else None, acct], render


# =========================================================================== 10 Ubud restaurant bill (service + PBJT 10 %, IDR), 80 mm roll
UB_V = [
    ("WARUNG SARI UBUD", "Jl. Monkey Forest No. 18, Ubud, Gianyar, Bali"),
    ("RUMAH MAKAN BEBEK TEPI SAWAH", "Jl. Raya Goa Gajah, Peliatan, Ubud, Bali"),
    ("KAFE CAMPUHAN ASRI", "Jl. Raya Campuhan, Sayan, Ubud, Bali"),
    ("DAPUR PENESTANAN", "Jl. Penestanan Kelod No. 7, Ubud, Bali"),
]
UB_ROWS = [
    ("Nasi Campur Bali", 55000, 85000), ("Bebek Goreng Crispy", 95000, 145000), ("Sate Lilit Ikan", 45000, 70000),
    ("Babi Guling", 75000, 110000), ("Gado-Gado", 40000, 60000), ("Mie Goreng Seafood", 50000, 75000),
    ("Es Jeruk", 18000, 30000), ("Jus Alpukat", 25000, 40000), ("Bintang Besar", 45000, 65000),
    ("Kopi Bali", 15000, 28000), ("Air Mineral", 10000, 18000), ("Pisang Goreng", 25000, 40000),
]


@style("10", "id_bali_ubud_bill_pbjt_10_service_roll")
def s10(rng, i):
    vname, vaddr = UB_V[i]
    d = rand_date(rng)
    items = []
    for desc, lo, hi in rng.sample(UB_ROWS, rng.randint(4, 8)):
        q = D(rng.randint(1, 4))
        p = D(rng.randint(lo // 1000, hi // 1000) * 1000)
        items.append({"desc": desc, "unit": "", "qty": q, "price": p, "amount": q * p})
    sub = sum(x["amount"] for x in items)
    svc_pct = rng.choice([5, 7, 10])
    svc = q0(sub * svc_pct / 100)
    tax = q0((sub + svc) * D("0.10"))
    total = sub + svc + tax
    cash = (int(total / 50000) + 1) * 50000 if i != 2 else None
    np_ = valid_id(rng, 15, npwp.is_valid, first_nonzero=False)
    npwp_p = npwp.format(np_)
    no = [f"INV/{d.strftime('%Y%m%d')}/{rng.randint(100, 999)}", f"{rng.randint(10000, 99999)}", f"B{d.strftime('%y%m')}{rng.randint(1000, 9999)}", f"{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), id_date, lambda x: x.strftime("%d/%m/%y")][i]
    tm = f"{rng.randint(11, 21)}:{rng.randint(0, 59):02d}"
    table_no = rng.randint(1, 24)
    m = lambda x: de(x, 0)  # noqa: E731
    H = 150 + 9 * len(items)

    def render(path):
        pdf = new_fpdf(fmt=(80, H), creator="Moka POS")
        pdf.add_page()
        w = 72
        x0 = 4
        y = 6
        txt(pdf, x0, y, vname, 10, "B", font="Mono", align="C", w=w)
        y += 5
        y = para(pdf, x0, y, w, vaddr, 7, font="Mono", align="C", h=3.3)
        txt(pdf, x0, y + 0.5, f"NPWP {npwp_p}", 7, font="Mono", align="C", w=w)
        txt(pdf, x0, y + 4, f"NPWPD {rng.randint(10, 99)}.{digits(rng, 6)}", 7, font="Mono", align="C", w=w)
        y += 10
        for a, b in (("No. Bill", no), ("Tanggal", f"{fd(d)} {tm}"), ("Meja", str(table_no)), ("Kasir", rng.choice(["Made", "Ketut", "Wayan", "Komang"])), ("Tamu", str(rng.randint(1, 6)))):
            txt(pdf, x0, y, a, 7.6, font="Mono")
            txt(pdf, x0 + 22, y, ": " + b, 7.6, font="Mono")
            y += 3.8
        y += 1
        txt(pdf, x0, y, "-" * 40, 7.6, font="Mono")
        y += 4
        for x in items:
            txt(pdf, x0, y, x["desc"], 7.6, font="Mono")
            y += 3.8
            txt(pdf, x0 + 3, y, f"{qstr(x['qty'])} x {m(x['price'])}", 7.6, font="Mono")
            txt(pdf, x0, y, m(x["amount"]), 7.6, font="Mono", align="R", w=w)
            y += 4.4
        txt(pdf, x0, y, "-" * 40, 7.6, font="Mono")
        y += 4
        rows = [("Subtotal", m(sub), False), (f"Service {svc_pct}%", m(svc), False), ("PBJT 10%", m(tax), False), ("TOTAL Rp", m(total), True)]
        if cash:
            rows += [("Tunai", m(cash), False), ("Kembali", m(cash - total), False)]
        else:
            rows += [("Kartu Debit BCA", m(total), False)]
        for a, b, bold in rows:
            txt(pdf, x0, y, a, 8.6 if bold else 7.6, "B" if bold else "", font="Mono")
            txt(pdf, x0, y, b, 8.6 if bold else 7.6, "B" if bold else "", font="Mono", align="R", w=w)
            y += 4.6 if bold else 4
        y += 2
        y = para(pdf, x0, y, w, "Harga belum termasuk service dan pajak (PBJT makanan & minuman, Perda Kab. Gianyar). Terima kasih, suksma!", 6.8, font="Mono", align="C", h=3.2)
        txt(pdf, x0, y + 2, f"Wi-Fi: {vname.split()[0].lower()}{rng.randint(100, 999)}", 6.8, font="Mono", align="C", w=w)
        pdf.output(path)

    notes = (
        "Ubud (Bali, Indonesia) restaurant's bill on an 80 mm roll in Indonesian, monospaced, in whole rupiah ('1.234.500'), with a service charge on the subtotal and the regional tax on food and drink PBJT 10 % (the former PB1, not VAT) on the subtotal plus the service: vendor = the name at the top; vendor_tax_id = 'NPWP' (15 digits, printed '01.234.567.8-901.000'; the NPWPD regional number is a decoy). "
        "invoice_number = 'No. Bill'; invoice_date = 'Tanggal' (" + ["dd/mm/yyyy", "dd-mm-yyyy", "Indonesian words ('12 Maret 2026')", "dd/mm/yy"][i] + ", a time after it); table, cashier and guests are decoys. No due date or term printed (null). No PO. "
        "subtotal = 'Subtotal'; tax = 'PBJT 10%'; total = 'TOTAL Rp' (the service charge lies between subtotal + tax and the total: checks/ carries it as a total adjustment); the cash tendered and the change (or the card line) are decoys. Currency IDR. Line items: every item (two lines each: the name, then quantity x price and the amount)."
    )
    t = truth(vname, npwp_p, no, None, d, None, "IDR", sub, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, npwp_p, "TOTAL Rp", m(svc)], "total_adjustment": str(svc)}
    return t, chk, render
