"""fpdf2 styles for set 36, first part (06 Reykjavík food and books wholesaler's REIKNINGUR in Icelandic on a
LANDSCAPE page, VSK 11 % on food and books and 24 % on the rest, a VSK breakdown per rate, whole krónur and both a
Gjalddagi and an Eindagi, 07 Maribor food and wine wholesaler's RAČUN in Slovene with a DISCOUNT column per row,
DDV 9,5 % on food and 22 % on wine and delivery, a DDV recapitulation and, on two, a paid ADVANCE deducted below
the total)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, is_date
from invoice_kit import de, digits, iban, iban_fmt, new_fpdf, q0, q2, qstr, rand_date, style_registry, table, txt, valid
from kit_common import due_note, kv, lines, para, po_note, totals, truth, valid_id
from stdnum.is_ import kennitala
from stdnum.si import ddv

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Reykjavík wholesaler (VSK 11 % / 24 %, ISK), landscape, Gjalddagi and Eindagi
RV_V = [
    ("Matvælaheildsalan Grandi ehf.", "Fiskislóð 31, 101 Reykjavík", (12, 74, 110)),
    ("Kaffi og kökur heildverslun ehf.", "Skeifan 11, 108 Reykjavík", (120, 53, 15)),
    ("Hafnarfiskur ehf.", "Grandagarður 8, 101 Reykjavík", (21, 94, 117)),
    ("Bóka- og matvöruhúsið Laugavegi ehf.", "Laugavegur 118, 105 Reykjavík", (109, 40, 217)),
]
RV_B = [
    ("Hótel Tjörnin ehf.", "Lækjargata 6, 101 Reykjavík"),
    ("Veitingastaðurinn Höfnin ehf.", "Geirsgata 7, 101 Reykjavík"),
    ("Mötuneyti Háskólans ehf.", "Sæmundargata 2, 102 Reykjavík"),
    ("Gistiheimilið Hlemmur sf.", "Laugavegur 105, 105 Reykjavík"),
]
RV_11 = [
    ("Þorskflök, roðlaus", "kg", 5, 60, 1890, 3290),
    ("Lambalæri, frosið", "kg", 5, 40, 1990, 2890),
    ("Skyr, hreint 500 g", "stk", 20, 200, 289, 459),
    ("Rúgbrauð, heimabakað", "stk", 10, 80, 590, 990),
    ("Smjör 500 g", "stk", 10, 100, 690, 1090),
    ("Harðfiskur 200 g", "pk", 5, 50, 1890, 3490),
    ("Kaffi, malað 1 kg", "pk", 2, 30, 2490, 3890),
    ("Bók: Íslendingasögur, kilja", "stk", 2, 20, 2990, 5990),
]
RV_24 = [
    ("Uppþvottalögur 5 l", "brúsi", 1, 12, 2190, 3890),
    ("Servíettur, 500 stk", "pk", 2, 30, 890, 1590),
    ("Álbakkar, 100 stk", "pk", 1, 20, 1990, 3490),
    ("Akstur / heimsending", "ferð", 1, 3, 4900, 9900),
]


@style("06", "is_rvk_reykjavik_reikningur_vsk_24_11_landscape")
def s06(rng, i):
    vname, vaddr, color = RV_V[i]
    bname, baddr = RV_B[i]
    d = rand_date(rng)
    items = lines(rng, RV_11, rng.randint(3, 6), D("1")) + lines(rng, RV_24, rng.randint(1, 3), D("1"))
    for x in items:
        x["rate"] = D(11) if any(x["desc"] == r[0] for r in RV_11) else D(24)
        x["code"] = f"{rng.randint(10000, 99999)}"
    summary = by_rate(items, q=q0)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    kt = valid(rng, lambda: str(rng.randint(41, 71)) + f"{rng.randint(1, 12):02d}" + digits(rng, 5) + "9", kennitala.is_valid)
    ktf = kt[:6] + "-" + kt[6:]
    vsk = f"{rng.randint(10000, 139999)}"
    no = [f"{rng.randint(10000, 99999)}", f"R-{rng.randint(1000, 9999)}", f"{d.year}-{rng.randint(100, 999)}", f"{rng.randint(200000, 299999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d.%m.%Y"), is_date, lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 20, 30]))
    eind = due + dt.timedelta(days=rng.choice([0, 5, 10]))
    po = [f"P-{rng.randint(1000, 9999)}", None, f"{rng.randint(100, 999)}", None][i]
    afh = f"AF-{rng.randint(10000, 99999)}"
    m = lambda x: de(x, 0)  # noqa: E731
    bank = f"0{rng.randint(111, 599)}-26-{rng.randint(1000, 99999):06d}"

    def render(path):
        pdf = new_fpdf(orientation="L", creator="DK Viðskiptahugbúnaður")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 297, 4, "F")
        txt(pdf, 14, 10, vname, 15, "B", color=color)
        para(pdf, 14, 18, 120, f"{vaddr}\nKt. {ktf} · VSK-nr. {vsk}\nSími 5{rng.randint(10, 99)} {rng.randint(1000, 9999)} · {vname.split()[0].lower()}@{vname.split()[0].lower()}.is", 8.2, h=4.2)
        txt(pdf, 14, 36, "Viðskiptavinur", 7, color=(110, 110, 110))
        txt(pdf, 14, 40, bname, 10, "B")
        para(pdf, 14, 45.5, 120, f"{baddr}\nKt. {rng.randint(41, 71)}{rng.randint(1, 12):02d}{digits(rng, 2)}-{digits(rng, 4)} · Viðskiptamannanr. {rng.randint(1000, 9999)}", 8, h=4)
        txt(pdf, 200, 10, "REIKNINGUR", 17, "B")
        kv(pdf, 200, 20, [("Reikningsnr.", no), ("Dagsetning", fd(d)), ("Gjalddagi", fd(due)), ("Eindagi", fd(eind)), ("Pöntun nr.", po), ("Afhendingarseðill", afh)], wl=34, wv=50, size=8.4, step=4.7, align="L")
        cols = [("Vörunr.", 22, "L"), ("Lýsing", 110, "L"), ("Magn", 20, "R"), ("Eining", 20, "L"), ("Einingarverð", 35, "R"), ("VSK %", 22, "R"), ("Upphæð án VSK", 40, "R")]
        rows = [[x["code"], x["desc"], qstr(x["qty"]), x["unit"], m(x["price"]), str(x["rate"]), m(x["amount"])] for x in items]
        y = table(pdf, 14, 64, cols, rows, size=8, rowh=6, header_fill=(235, 240, 245), line_color=(200, 200, 200))
        y += 6
        txt(pdf, 14, y, "Sundurliðun virðisaukaskatts", 8.4, "B")
        yy = y + 5.5
        for r, b, v in summary:
            txt(pdf, 14, yy, f"{r}% VSK af {m(b)} kr.", 8.2)
            txt(pdf, 74, yy, m(v) + " kr.", 8.2, align="R", w=30)
            yy += 4.8
        totals(pdf, 190, y, [("Samtals án VSK", m(net) + " kr.", False), ("VSK samtals", m(tax) + " kr.", False), ("Samtals til greiðslu", m(total) + " kr.", True)], wl=48, wv=45, size=9.4, line=color, step=6)
        para(pdf, 14, max(yy, y + 20) + 6, 268, f"Greiðist inn á reikning {bank}, kt. {ktf}. Krafa hefur verið stofnuð í netbanka greiðanda. Dráttarvextir reiknast frá eindaga. Vinsamlegast tilgreinið reikningsnúmer við greiðslu.", 7.6, h=3.8, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Reykjavík (Iceland) wholesaler's REIKNINGUR in Icelandic on a LANDSCAPE A4 page, in whole krónur with dots ('1.234 kr.'), VSK 11 % on food and books and 24 % on cleaning goods, packaging and delivery, a VSK % column per row, a 'Sundurliðun virðisaukaskatts' per rate: "
        "vendor = the name at the top; vendor_tax_id = its 'VSK-nr.' (the VAT number; the 'Kt.' kennitala, the buyer's kennitala and the bank account are decoys). "
        "invoice_number = 'Reikningsnr.'; invoice_date = 'Dagsetning' ("
        + ["dd.mm.yyyy", "dd.mm.yyyy", "Icelandic words ('12. mars 2026')", "dd.mm.yyyy"][i]
        + "); the 'Afhendingarseðill' (delivery note) and the customer number are decoys. "
        + "due_date = 'Gjalddagi' (the due date; the 'Eindagi' after it, the last day before late interest, is a second date, not the due date). "
        + po_note(po, "Pöntun nr.")
        + "subtotal = 'Samtals án VSK'; tax = 'VSK samtals'; total = 'Samtals til greiðslu'. Currency ISK. Line items: every row (net of VSK)."
    )
    t = truth(vname, vsk, no, po, d, due, "ISK", net, tax, total, items, notes)
    return t, [fd(d), fd(due), fd(eind), no, vname, vsk, ktf, "Samtals til greiðslu", afh], render


# =========================================================================== 07 Maribor food and wine wholesaler (DDV 9,5 % / 22 %, EUR), discount per row, advance below the total
MB_V = [
    ("Dravska veletrgovina d.o.o.", "Tržaška cesta 65, 2000 Maribor", (22, 101, 52)),
    ("Pohorje Gastro d.o.o.", "Pohorska ulica 21, 2000 Maribor", (30, 64, 175)),
    ("Lent vino in delikatese d.o.o.", "Vojašniška ulica 8, 2000 Maribor", (127, 29, 29)),
    ("Štajerski okusi, Marko Novak s.p.", "Ptujska cesta 184, 2000 Maribor", (161, 98, 7)),
]
MB_B = [
    ("Gostilna Pri Treh ribnikih d.o.o.", "Ribniško selo 1, Maribor"),
    ("Hotel Habakuk d.d.", "Pohorska ulica 59, Maribor"),
    ("Restavracija Lent, Petra Horvat s.p.", "Lent 12, Maribor"),
    ("Dijaški dom Maribor – kuhinja", "Gosposvetska cesta 89, Maribor"),
]
MB_95 = [
    ("Bučno olje, 1 l", "kos", 6, 48, D("14.90"), D("22.50")),
    ("Pršut, kraški, kg", "kg", 2, 15, D("24.00"), D("36.00")),
    ("Sir Tolminc, kg", "kg", 2, 12, D("16.50"), D("24.90")),
    ("Moka T-500, 25 kg", "vreča", 1, 10, D("18.50"), D("29.00")),
    ("Jajca M, 30 kos", "plato", 2, 20, D("7.80"), D("11.50")),
    ("Ajdova kaša, 1 kg", "kg", 5, 40, D("2.90"), D("4.80")),
]
MB_22 = [
    ("Vino Laški rizling, 0,75 l", "kos", 6, 60, D("5.90"), D("12.50")),
    ("Vino Šipon, 0,75 l", "kos", 6, 60, D("6.40"), D("13.90")),
    ("Penina Radgonska, 0,75 l", "kos", 6, 36, D("9.90"), D("18.50")),
    ("Dostava s hladilnim vozilom", "stor.", 1, 1, D("15.00"), D("45.00")),
]


def _pct(r):
    return str(r).replace(".", ",")


def _si(x):
    return f"{x.day}. {x.month}. {x.year}"


@style("07", "si_mb_maribor_racun_ddv_22_9_5_popust_avans")
def s07(rng, i):
    vname, vaddr, color = MB_V[i]
    bname, baddr = MB_B[i]
    d = rand_date(rng)
    items = lines(rng, MB_95, rng.randint(2, 5), D("0.01")) + lines(rng, MB_22, rng.randint(1, 3), D("0.01"))
    for x in items:
        x["rate"] = D("9.5") if any(x["desc"] == r[0] for r in MB_95) else D(22)
        x["disc"] = D(rng.choice([0, 0, 5, 10, 15])) if x["unit"] != "stor." else D(0)
        x["amount"] = q2(x["qty"] * x["price"] * (100 - x["disc"]) / 100)
        x["code"] = f"{rng.randint(100, 999)}-{rng.randint(10, 99)}"
    summary = by_rate(items)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    sid = "SI" + valid_id(rng, 8, lambda s: ddv.is_valid("SI" + s))
    no = [f"{d.year}-{rng.randint(100, 9999):04d}", f"R{d.strftime('%y')}-{rng.randint(1000, 9999)}", f"{rng.randint(1, 999)}-{d.year}", f"{rng.randint(10, 99)}-01-{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), _si, _si, lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([8, 15, 30])) if i != 3 else None
    term = None if due else "Plačano z gotovino ob prevzemu"
    po = [None, f"NAR-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}/{d.year}", None][i]
    adv = q2(total * D(rng.choice([20, 30, 40])) / 100 / 10) * 10 if i in (1, 2) else None
    supply = d - dt.timedelta(days=rng.randint(0, 5))
    m = de

    def render(path):
        pdf = new_fpdf(creator="Minimax")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 13, "B", color=color)
        para(pdf, 14, 18.5, 100, f"{vaddr}\nID za DDV: {sid}\nMatična številka: {digits(rng, 7, True)}000\nTRR: {iban_fmt(iban('SI', '0451' + digits(rng, 11)))}", 7.8, h=3.9)
        pdf.set_draw_color(*color)
        pdf.rect(120, 12, 78, 26)
        txt(pdf, 123, 14, bname, 9, "B", w=72)
        para(pdf, 123, 19.5, 72, f"{baddr}\nID za DDV: SI{digits(rng, 8, True)}\nŠifra kupca: {rng.randint(1000, 9999)}", 7.6, h=3.8)
        txt(pdf, 14, 46, f"RAČUN št. {no}", 15, "B")
        kv(pdf, 14, 55, [("Datum izdaje:", fd(d)), ("Datum opravljene dobave:", fd(supply)), ("Rok plačila:", fd(due) if due else None), ("Naročilo št.:", po), ("Kraj izdaje:", "Maribor")], wl=44, wv=40, size=8.2, step=4.6, align="L")
        cols = [("Šifra", 16, "L"), ("Naziv", 58, "L"), ("Kol.", 13, "R"), ("EM", 12, "L"), ("Cena brez DDV", 23, "R"), ("Popust %", 16, "R"), ("Vrednost brez DDV", 28, "R"), ("DDV %", 18, "R")]
        rows = [[x["code"], x["desc"], qstr(x["qty"]), x["unit"], m(x["price"]), str(x["disc"]) if x["disc"] else "", m(x["amount"]), _pct(x["rate"])] for x in items]
        y = table(pdf, 14, 82, cols, rows, size=7.6, rowh=5.8, header_fill=(240, 240, 240), line_color=(190, 190, 190))
        y += 6
        txt(pdf, 14, y, "Rekapitulacija DDV", 8.2, "B")
        yy = table(pdf, 14, y + 5, [("Stopnja", 20, "R"), ("Osnova", 30, "R"), ("DDV", 26, "R")], [[_pct(r) + " %", m(b), m(v)] for r, b, v in summary], size=7.6, rowh=5.2)
        rows2 = [("Skupaj brez DDV", m(net), False), ("DDV skupaj", m(tax), False), ("Skupaj z DDV (EUR)", m(total), True)]
        if adv:
            rows2 += [(f"Plačani avans (PR-{rng.randint(100, 999)})", "-" + m(adv), False), ("Za plačilo (EUR)", m(total - adv), True)]
        else:
            rows2 += [("Za plačilo (EUR)", m(total), True)]
        yt = totals(pdf, 120, y, rows2, wl=46, wv=32, size=8.8, line=color, step=5.6)
        para(pdf, 14, max(yy, yt) + 8, 184, (f"Znesek plačajte do {fd(due)} na TRR, sklic SI00 {no}." if due else term + ".") + f"\nRačun izstavil: {rng.choice(['Maja Kranjc', 'Jure Zupan', 'Nina Kovač', 'Tadej Golob'])}. Reklamacije upoštevamo v 8 dneh.", 7.6, h=3.9, color=(80, 80, 80))
        pdf.output(path)

    notes = (
        "Maribor (Štajerska, Slovenia) food and wine wholesaler's RAČUN in Slovene, in euros with dots ('1.234,50'), a DISCOUNT column 'Popust %' per row (the row's 'Vrednost brez DDV' is after the discount), DDV 9,5 % on food and 22 % on wine and delivery, a 'Rekapitulacija DDV' per rate"
        + (", and a paid ADVANCE deducted BELOW the total ('Plačani avans (PR-…)', then 'Za plačilo')" if adv else "")
        + ": vendor = the name at the top; vendor_tax_id = 'ID za DDV' (SI + 8 digits; the 'Matična številka', the TRR and the buyer's ID za DDV are decoys). "
        "invoice_number = 'RAČUN št.'; invoice_date = 'Datum izdaje' ("
        + ["dd.mm.yyyy", "d. m. yyyy", "d. m. yyyy", "dd.mm.yyyy"][i]
        + "); the 'Datum opravljene dobave' (supply date), the customer code and the 'sklic' are decoys. "
        + due_note(due, term, "Rok plačila")
        + po_note(po, "Naročilo št.")
        + "subtotal = 'Skupaj brez DDV'; tax = 'DDV skupaj'; total = 'Skupaj z DDV (EUR)'"
        + (" (the 'Za plačilo' after the advance is NOT the total)" if adv else " (= 'Za plačilo')")
        + ". Currency EUR. Line items: every row, its amount after the row's discount (net of DDV)."
    )
    t = truth(vname, sid, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, [fd(d), fd(supply), no, vname, sid, "Skupaj z DDV (EUR)", fd(due) if due else None, m(total - adv) if adv else None], render
