"""fpdf2 styles for set 68, first part (06 Húsavík REIKNINGUR in Icelandic on a LANDSCAPE page, a freight bill with
waybills, weights and volumes on a FULLY RULED grid, labels BESIDE values, VSK 24 % and 11 %, whole krónur, gjalddagi
and eindagi, a EUR counter-value on one; 07 Letterkenny business LETTER in English with Irish, the facts and totals in
RUNNING SENTENCES (two with a small table, two without), VAT 23 % and 13.5 %, the total in words and a sum received on
account deducted)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, group4, is_kennitala, is_vsk, long_date
from invoice_kit import (
    de,
    digits,
    en,
    iban,
    new_fpdf,
    ordinal,
    q0,
    q2,
    qstr,
    rand_date,
    style_registry,
    table,
    txt,
    valid,
)
from kit_common import due_note, frame, kv, lines, para, po_note, totals, truth
from kit_words import en_words_title
from stdnum.ie import vat as ievat

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Húsavík freight (VSK 24/11, ISK), landscape, ruled, weights
HU_V = [
    ("Flutningar Skjálfanda ehf.", "Garðarsbraut 48, 640 Húsavík", (12, 74, 110)),
    ("Norðurfrakt Húsavík hf.", "Hafnarstétt 11, 640 Húsavík", (127, 29, 29)),
    ("Fiskverkun Tjörness ehf.", "Suðurgarður 4, 640 Húsavík", (21, 94, 117)),
    ("Vöruflutningar Kaldbaks ehf.", "Haukamýri 2, 640 Húsavík", (63, 98, 18)),
]
HU_B = [("Kaupfélag Skagfirðinga", "Ártorgi 1, 550 Sauðárkróki"), ("Byko ehf.", "Skemmuvegi 2a, 200 Kópavogi"),
        ("Fiskmarkaður Suðurnesja hf.", "Hafnargötu 8, 230 Reykjanesbæ"), ("Olíudreifing ehf.", "Hólmaslóð 8-10, 101 Reykjavík")]
HU_ROUTES = ["Húsavík – Reykjavík", "Húsavík – Akureyri", "Reykjavík – Húsavík", "Húsavík – Egilsstaðir", "Akureyri – Húsavík", "Húsavík – Sauðárkrókur"]
HU_GOODS = ["Almenn vara, bretti", "Kælivara", "Byggingarefni", "Frystivara", "Vélahlutir", "Fóður, sekkir"]


@style("06", "is_hus_husavik_reikningur_vsk_24_11_landscape_freight_weights_eur")
def s06(rng, i):
    vname, vaddr, color = HU_V[i]
    bname, baddr = HU_B[i]
    d = rand_date(rng)
    n = [5, 7, 4, 6][i]
    items = []
    for _k in range(n):
        kg = D(rng.randint(8, 240) * 10)
        price = D(rng.randint(14, 46))
        items.append({"desc": rng.choice(HU_GOODS), "route": rng.choice(HU_ROUTES), "wb": f"{rng.randint(100000, 999999)}", "day": d - dt.timedelta(days=rng.randint(1, 25)),
                      "pcs": rng.randint(1, 12), "m3": D(rng.randint(4, 180)) / 10, "unit": "kg", "qty": kg, "price": price, "amount": kg * price, "rate": 24})
    if i == 2:  # the fish processor's own goods at 11 %
        for desc, lo, hi in (("Saltfiskur, þorskur, flattur", 980, 1650), ("Harðfiskur, ýsa", 4200, 6900)):
            kg = D(rng.randint(20, 400))
            items.append({"desc": desc, "route": "—", "wb": "—", "day": d, "pcs": rng.randint(1, 20), "m3": None, "unit": "kg", "qty": kg, "price": D(rng.randint(lo, hi)), "rate": 11})
            items[-1]["amount"] = items[-1]["qty"] * items[-1]["price"]
    items.append({"desc": "Eldsneytisálag", "route": "", "wb": "", "day": None, "pcs": None, "m3": None, "unit": "ferð", "qty": D(rng.randint(1, 4)), "price": D(rng.randint(45, 190) * 100), "rate": 24})
    items[-1]["amount"] = items[-1]["qty"] * items[-1]["price"]
    items.sort(key=lambda x: (x["day"] is None, x["day"] or d))
    rates = by_rate(items, q=q0)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    kt = is_kennitala(rng)
    vid = is_vsk(rng)
    bkt = is_kennitala(rng)
    no = [f"{rng.randint(10000, 99999)}", f"R-{d.year}-{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}{rng.randint(100, 999)}", f"K{rng.randint(20000, 29999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "is"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d.%m.%y")][i]
    due = d + dt.timedelta(days=rng.choice([10, 15, 30]))
    eindagi = due + dt.timedelta(days=rng.choice([10, 14]))
    po = [f"{rng.randint(4500000, 4599999)}", None, f"PÖ-{rng.randint(1000, 9999)}", None][i]
    fx = D(rng.choice(["144.70", "146.30", "149.10", "151.90"]))
    eur = de(q2(total / fx)) if i == 2 else None
    kr = lambda x: de(x, 0)  # noqa: E731

    def render(path):
        pdf = new_fpdf("L", creator="DK Hugbúnaður – Reikningar")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(12, 10, 3, 22, "F")
        txt(pdf, 18, 10, vname, 15, "B", color=color)
        txt(pdf, 18, 18, vaddr + " · Sími 464 " + digits(rng, 4), 8.6)
        txt(pdf, 18, 23, f"Kt. {kt} · VSK-nr. {vid}", 8.6, "B")
        txt(pdf, 18, 28, f"{'Fiskverkun og vöruflutningar' if i == 2 else 'Vöruflutningar um Norður- og Austurland'}", 7.6, color=(90, 90, 90))
        txt(pdf, 190, 9, "REIKNINGUR", 18, "B", w=95, align="R", color=color)
        kv(pdf, 200, 19, [("Reikningsnúmer:", no), ("Dagsetning:", fd(d)), ("Gjalddagi:", fd(due)), ("Eindagi:", fd(eindagi)), ("Pöntunarnúmer:", po), ("Viðskiptamaður nr.:", f"{rng.randint(1000, 9999)}")], wl=42, wv=43, size=8.6)
        pdf.set_draw_color(*color)
        pdf.rect(12, 36, 150, 22)
        txt(pdf, 15, 38, "Greiðandi", 7.4, color=(100, 100, 100))
        txt(pdf, 15, 42.5, bname, 10, "B")
        txt(pdf, 15, 48, baddr, 8.6)
        txt(pdf, 15, 52.5, f"Kt. greiðanda {bkt}", 8.6)
        cols = [("Dags.", 17, "L"), ("Fylgibréf", 19, "L"), ("Leið", 46, "L"), ("Lýsing", 50, "L"), ("Stk.", 11, "R"), ("m³", 12, "R"), ("Magn", 18, "R"), ("Ein.", 11, "L"), ("Verð", 19, "R"), ("VSK", 12, "R"), ("Upphæð án VSK", 38, "R")]
        rows = [[x["day"].strftime("%d.%m.") if x["day"] else "", x["wb"], x["route"], x["desc"], str(x["pcs"] or ""), (de(x["m3"], 1) if x["m3"] else ""), kr(x["qty"]), x["unit"], kr(x["price"]), f"{x['rate']}%", kr(x["amount"])] for x in items]
        y0 = 64
        y = table(pdf, 12, y0, cols, rows, size=8, rowh=6, header_fill=(235, 238, 242), line_color=(110, 110, 110))
        frame(pdf, 12, y0, y, cols, color=(110, 110, 110))
        tw = sum(kg for kg in (x["qty"] for x in items if x["unit"] == "kg" and x["wb"] not in ("", "—")))
        txt(pdf, 12, y + 2, f"Heildarþyngd flutnings: {kr(tw)} kg · {len([x for x in items if x['wb'] not in ('', '—')])} sendingar", 8, color=(80, 80, 80))
        yy = y + 10
        for r, b, t in rates:
            txt(pdf, 12, yy, f"VSK {r}% af {kr(b)} kr. = {kr(t)} kr.", 8.4)
            yy += 4.8
        para(pdf, 12, yy + 2, 150, f"Greiðist inn á reikning {rng.randint(100, 599):04d}-26-{rng.randint(1000, 99999):06d} (IBAN {group4(iban('IS', digits(rng, 12) + kt.replace('-', '')))}). Kröfu hefur verið stofnuð í netbanka greiðanda. Eftir eindaga reiknast dráttarvextir.", 7.8, color=(60, 60, 60))
        rows_t = [("Samtals án VSK", kr(net) + " kr.", False)] + [(f"VSK {r}%", kr(t) + " kr.", False) for r, _b, t in rates] + [("VSK samtals", kr(tax) + " kr.", False), ("Samtals til greiðslu", kr(total) + " kr.", True)]
        yt = totals(pdf, 190, y + 4, rows_t, wl=50, wv=45, size=9.2, line=color, step=6)
        if eur:
            txt(pdf, 190, yt, f"Jafnvirði í EUR á gengi {de(fx)}: EUR {eur}", 7.8, color=(90, 90, 90))
        txt(pdf, 12, 198, f"Reikningur þessi er gefinn út rafrænt samkvæmt reglugerð nr. 505/2013 · Síða 1 af 1 · {vname}", 7, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Húsavík (Iceland) REIKNINGUR in Icelandic on a LANDSCAPE page: a freight bill with waybills (Fylgibréf), routes, pieces, volumes and weights on a FULLY RULED grid, the facts as LABELS BESIDE values at the top right, "
        "VSK " + " and ".join(f"{r} %" for r, _, _ in rates) + ", whole krónur '1.234.567 kr.': vendor = the name at the top left; vendor_tax_id = 'VSK-nr.' (the company's kennitala 'Kt.', the payer's 'Kt. greiðanda', the waybills, the customer number, the account and the IBAN are decoys). "
        "invoice_number = 'Reikningsnúmer'; invoice_date = 'Dagsetning' (the shipment days are decoys). due_date = 'Gjalddagi' (the later 'Eindagi', the last day before penalty interest, is a decoy). "
        + po_note(po, "Pöntunarnúmer")
        + "subtotal = 'Samtals án VSK'; tax = 'VSK samtals'; total = 'Samtals til greiðslu'" + (" (the EUR counter-value is a decoy)" if eur else "")
        + ". Currency ISK. Line items: every row, quantity = the weight in kg (or trips for the fuel surcharge), net of VSK. The total weight line is a decoy."
    )
    t = truth(vname, vid, no, po, d, due, "ISK", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Samtals til greiðslu", fd(due), fd(eindagi), bkt, kt, eur]}
    return t, chk, render


# =========================================================================== 07 Letterkenny letter (VAT 23/13.5, EUR), running sentences, words, retainer
LK_V = [
    ("McGettigan Consulting Engineers Ltd", "Innealtóirí Comhairleacha", "Unit 4, Oldtown Business Park, Letterkenny, Co. Donegal F92 K2T6", (22, 78, 99)),
    ("Swilly Agri Contractors Ltd", "Conraitheoirí Talmhaíochta", "Ramelton Road, Letterkenny, Co. Donegal F92 PX81", (54, 83, 20)),
    ("Gallagher & Boyle Surveyors Ltd", "Suirbhéirí Cairte", "22 Upper Main Street, Letterkenny, Co. Donegal F92 W4C3", (88, 28, 135)),
    ("Cannon Street Restorations Ltd", "Athchóiriú Foirgneamh", "Port Road, Letterkenny, Co. Donegal F92 D9HN", (120, 53, 15)),
]
LK_B = [("Donegal County Council, Roads Design Office", "County House, Lifford, Co. Donegal F93 Y622"), ("Mr Patrick Doherty", "Drumkeen, Co. Donegal F93 E2V7"),
        ("Atlantic Way Hotels Ltd", "Main Street, Dunfanaghy, Co. Donegal F92 H3P0"), ("Raphoe Parish Pastoral Council", "The Diamond, Raphoe, Co. Donegal F93 T8K4")]
LK_ROWS = [
    [("site inspection and structural assessment of the Swilly bridge parapets", "hrs", 6, 30, 85, 120, "23"), ("preparation of the preliminary design report", "hrs", 10, 40, 85, 120, "23"),
     ("topographical survey of the Port Road junction", "hrs", 4, 16, 70, 95, "23"), ("attendance at two progress meetings in Lifford", "hrs", 2, 8, 85, 120, "23")],
    [("silage cutting and baling, first cut", "acres", 10, 80, 38, 62, "13.5"), ("hedge cutting along the farm roadway", "hrs", 3, 20, 55, 75, "13.5"),
     ("slurry spreading with the dribble bar", "loads", 6, 40, 28, 45, "13.5"), ("wrapping of round bales", "bales", 40, 300, 4, 7, "13.5")],
    [("measured survey of the existing hotel building", "hrs", 8, 30, 80, 110, "23"), ("condition report for the insurers", "hrs", 5, 20, 80, 110, "23"),
     ("preparation of the fire safety certificate drawings", "hrs", 10, 35, 75, 105, "23"), ("boundary mapping for the Land Registry", "hrs", 3, 12, 80, 110, "23")],
    [("repointing of the church tower in lime mortar", "m²", 20, 120, 45, 80, "13.5"), ("repairs to the slate roof, natural Bangor slate", "m²", 10, 60, 60, 110, "13.5"),
     ("supply of replacement cast-iron gutters", "lm", 10, 40, 35, 60, "23"), ("scaffold hire, four weeks", "weeks", 4, 4, 250, 480, "23")],
]


@style("07", "ie_lky_letterkenny_letter_vat_23_13_5_running_text_words_retainer")
def s07(rng, i):
    vname, vname_ga, vaddr, color = LK_V[i]
    bname, baddr = LK_B[i]
    d = rand_date(rng)
    items = lines(rng, LK_ROWS[i], [3, 3, 4, 3][i], D("0.50"))
    for x in items:
        x["rate"] = D(x["extra"])
    with_table = i in (1, 3)
    if not with_table:
        for x in items:
            x["show_qty"] = False
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = valid(rng, lambda: "IE" + digits(rng, 7, True) + rng.choice("ABCDEFGHIJKLMNOPQRSTUVW"), ievat.is_valid)
    bvat = valid(rng, lambda: "IE" + digits(rng, 7, True) + rng.choice("ABCDEFGHIJKLMNOPQRSTUVW") + "H", ievat.is_valid) if i in (0, 2) else None
    no = [f"MCE/{d.year}/{rng.randint(10, 199):03d}", f"{rng.randint(1000, 4999)}", f"GB-{d.strftime('%y')}-{rng.randint(100, 999)}", f"CSR {rng.randint(2000, 2999)}"][i]
    fd = [lambda x: long_date(x, "en"), lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{ordinal(x.day)} {long_date(x, 'en').split()[1]} {x.year}", lambda x: long_date(x, "en")][i]
    due = d + dt.timedelta(days=rng.choice([21, 30])) if i in (0, 3) else None
    po = [f"{rng.randint(4100000, 4199999)}", None, f"AWH-{rng.randint(1000, 9999)}", None][i]
    po_p = f"PO {po}" if i == 0 else po  # the council's order printed 'PO 4123456'
    ret = D(rng.choice([500, 750, 1000, 1500])) if i in (0, 3) and total > 2000 else None
    retd = fd(d - dt.timedelta(days=rng.randint(20, 90)))
    cents = int((total * 100) % 100)
    words = f"{en_words_title(int(total))} Euro and {cents:02d} Cent"
    eur = lambda x: "€" + en(x)  # noqa: E731
    cro = rng.randint(400000, 799999)
    signer, directors = [("Séamus McGettigan, BE CEng MIEI", "S. McGettigan, R. Kelly"), ("Declan Sweeney", "D. Sweeney, M. Sweeney"),
                         ("Aoife Boyle, MSCSI MRICS", "N. Gallagher, A. Boyle"), ("Brendan Cannon", "B. Cannon, E. Ó Dónaill")][i]

    def render(path):
        pdf = new_fpdf(creator="Microsoft Word - letter_invoice.docx")
        pdf.add_page()
        txt(pdf, 0, 14, vname, 16, "B", font="Serif", align="C", w=210, color=color)
        txt(pdf, 0, 22, vname_ga, 9.5, "I", font="Serif", align="C", w=210, color=color)
        txt(pdf, 0, 27.5, vaddr + " · Tel. 074 91 " + digits(rng, 5), 8.2, font="Serif", align="C", w=210)
        pdf.set_draw_color(*color)
        pdf.line(25, 33, 185, 33)
        y = 42
        for ln in (bname, *baddr.split(", ")) + ((f"VAT No. {bvat}",) if bvat else ()):
            txt(pdf, 25, y, ln, 10, font="Serif")
            y += 5
        txt(pdf, 125, 42, fd(d), 10, font="Serif", w=60, align="R")
        y += 5
        txt(pdf, 25, y, f"Our ref.: {no}" + (f"     Your ref.: {po_p}" if po else ""), 9.5, font="Serif")
        y += 9
        txt(pdf, 25, y, f"Re: Invoice No. {no} – Sonrasc", 10.5, "B", font="Serif")
        y += 8
        txt(pdf, 25, y, "A chara," if i in (0, 3) else "Dear Sir / Madam,", 10, font="Serif")
        y += 7
        intro = (f"We enclose our invoice number {no} dated {fd(d)} for the work listed below, carried out "
                 f"{'at your request' if not po else 'under your purchase order no. ' + po} between {fd(d - dt.timedelta(days=rng.randint(20, 50)))} and {fd(d - dt.timedelta(days=rng.randint(1, 10)))}.")
        y = para(pdf, 25, y, 160, intro, 10, font="Serif", h=5.2) + 3
        if with_table:
            cols = [("Description", 82, "L"), ("Qty", 18, "R"), ("Rate €", 20, "R"), ("VAT", 14, "R"), ("Amount €", 26, "R")]
            rows = [[x["desc"][0].upper() + x["desc"][1:], f"{qstr(x['qty'])} {x['unit']}", en(x["price"]), f"{x['rate']}%", en(x["amount"])] for x in items]
            y = table(pdf, 25, y, cols, rows, size=8.6, font="Serif", rowh=6, line_color=(160, 160, 160)) + 4
        else:
            for x in items:
                y = para(pdf, 30, y, 150, f"For the {x['desc']}, our fee is {eur(x['amount'])}.", 10, font="Serif", h=5.2) + 1
            y += 2
        if len(rates) == 1:
            vat_s = f"VAT at {rates[0][0]}% amounts to {eur(tax)}"
        else:
            vat_s = "VAT at " + " and at ".join(f"{r}% on {eur(b)} is {eur(t)}" for r, b, t in rates) + f", a total of VAT of {eur(tax)}"
        body = (f"Our fees for the above come to {eur(net)} net of VAT. {vat_s}, which brings the total of this invoice to {eur(total)} "
                f"({words}).")
        y = para(pdf, 25, y, 160, body, 10, font="Serif", h=5.2) + 3
        if ret:
            y = para(pdf, 25, y, 160, f"We acknowledge with thanks the sum of {eur(ret)} received on account on {retd} (our receipt R-{rng.randint(100, 999)}), which leaves a balance of {eur(total - ret)} now due.", 10, font="Serif", h=5.2) + 3
        pay = (f"We should be grateful to receive payment by {fd(due)}" if due else "Our terms are strictly thirty days from the date of this invoice") + \
            f", by transfer to AIB Letterkenny, IBAN {group4(iban('IE', 'AIBK' + '93' + digits(rng, 12)))}, BIC AIBKIE2D, quoting the invoice number."
        y = para(pdf, 25, y, 160, pay, 10, font="Serif", h=5.2) + 6
        txt(pdf, 25, y, "Is mise le meas," if i in (0, 3) else "Yours faithfully,", 10, font="Serif")
        txt(pdf, 25, y + 16, signer, 10, font="Serif")
        txt(pdf, 25, y + 21, "Director", 9, "I", font="Serif")
        pdf.line(25, 272, 185, 272)
        txt(pdf, 0, 274, f"{vname} · Registered in Ireland No. {cro} · VAT No. {vid} · Directors: {directors}", 7.4, font="Serif", align="C", w=210, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Letterkenny (Co. Donegal, Ireland) invoice as a business LETTER in English with Irish touches (the firm's Irish subtitle, 'Sonrasc', 'A chara'), serif, the facts and totals in RUNNING SENTENCES"
        + (" with a small table of the lines" if with_table else " with one sentence per service and no table")
        + ", VAT " + " and ".join(f"{r} %" for r, _, _ in rates) + ", '€1,234.56': vendor = the letterhead; vendor_tax_id = 'VAT No.' in the footer (the registered company number"
        + (", the addressee's VAT No." if bvat else "") + " and the IBAN are decoys). invoice_number = 'Invoice No.' / 'Our ref.'; invoice_date = the letter's date (the dates of the work are decoys). "
        + due_note(due, "Our terms are strictly thirty days from the date of this invoice", "We should be grateful to receive payment by")
        + po_note(po, "Your ref.")
        + "subtotal = the fees 'net of VAT'; tax = the VAT sentence's total; total = 'the total of this invoice' (also in words)"
        + (" (the sum received on account and the balance after it are decoys)" if ret else "")
        + ". Currency EUR. Line items: every service" + (" row" if with_table else " sentence (no quantities printed)") + ", net of VAT."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, words, fd(due) if due else None, bvat, eur(total - ret) if ret else None]}
    return t, chk, render
