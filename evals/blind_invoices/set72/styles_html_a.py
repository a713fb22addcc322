"""Chromium (HTML) styles for set 72, first part (01 Östersund FAKTURA in Swedish: a header grid of LABELS ABOVE values,
a table with RULES BETWEEN ROWS only and line discounts, moms 25 % (12 % on food), an OCR number and bankgiro, the
third a KREDITFAKTURA; 02 Savonlinna LASKU in Finnish with a coloured RIGHT SIDEBAR of labels above values, a ZEBRA
table, ALV 25,5 % and 14 %, a viitenumero and a bank bar code; 03 Võru till receipt (KASSATŠEKK) on an 80 mm roll in
Estonian, prices including käibemaks 22 % or 24 % by date, a loyalty-card discount and the change given)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import ee_kmkr, ee_regcode, fi_reference, fi_ytunnus, incl_tax, se_ocr, se_orgnr
from invoice_kit import css, digits, iban, iban_fmt, q2, qstr, rand_date, sp, style_registry
from kit_common import bars_svg, due_note, lines, po_note, truth

STYLES, style = style_registry("chromium")


def nb(x, nd=2):
    """1 234,56 with a no-break space (the self-check reads it as a blank)."""
    return sp(x, nd).replace(" ", "\u00a0")


# =========================================================================== 01 Östersund (moms 25 / 12 %, SEK), header grid above, rules between rows
OS_V = [
    ("Storsjöns Friluftsgrossist AB", "Prästgatan 41", "831 31 Östersund", "#1f4e79", "friluft"),
    ("Frösö Såg & Hyvleri AB", "Sågvägen 6", "832 96 Frösön", "#7a3e12", "sag"),
    ("Jämtländsk Mathantverk AB", "Rådhusgatan 52", "831 34 Östersund", "#2f5d34", "mat"),
    ("Odenskogs Maskin & Service AB", "Chaufförvägen 9", "831 48 Östersund", "#5b2a6e", "maskin"),
]
OS_B = [
    ("Åre Sportuthyrning AB", "Att: Inköp", "Årevägen 88", "837 52 Åre"),
    ("Byggmästarna i Krokom AB", "Projekt Nälden", "Industrigatan 3", "835 31 Krokom"),
    ("Hotell Storsjöstrand AB", "Köket, Linda Berg", "Strandgatan 10", "831 30 Östersund"),
    ("Bräcke Entreprenad AB", "Verkstaden", "Stationsgatan 14", "840 60 Bräcke"),
]
OS_ROWS = {  # (desc, unit, qlo, qhi, lo, hi, moms)
    "friluft": [("Vandringskängor Gore-Tex, stl. 38–46", "par", 4, 20, 1190, 2490, 25), ("Längdskidor klassisk, 200 cm", "st", 2, 12, 1490, 3290, 25), ("Skalbyxa dam, storlek S–XL", "st", 5, 30, 690, 1590, 25), ("Pannlampa 600 lm", "st", 10, 40, 249, 599, 25), ("Ryggsäck 45 l", "st", 3, 15, 890, 1790, 25), ("Ullunderställ merino", "st", 10, 40, 399, 899, 25)],
    "sag": [("Konstruktionsvirke C24 45x170, hyvlat", "lpm", 120, 900, 28, 46, 25), ("Panel furu 22x120, grundmålad", "m²", 40, 300, 119, 189, 25), ("Läkt 25x48 impregnerad", "lpm", 200, 1200, 6, 11, 25), ("Golvbräda gran 28x145", "m²", 20, 140, 229, 349, 25), ("Frakt med kranbil", "tim", 1, 6, 890, 1290, 25)],
    "mat": [("Renskav, fryst 1 kg", "kg", 10, 60, 389, 529, 12), ("Färskost från Oviken, 2 kg", "st", 4, 20, 289, 419, 12), ("Tunnbröd Jämtland 10-pack", "frp", 10, 80, 39, 69, 12), ("Lingonsylt 5 l hink", "st", 2, 12, 249, 389, 12), ("Älgkorv, kallrökt", "kg", 5, 30, 219, 339, 12), ("Leveransavgift kylbil", "st", 1, 1, 395, 595, 25)],
    "maskin": [("Service hjullastare enl. protokoll", "tim", 3, 16, 890, 1190, 25), ("Hydraulslang 1/2\" pressad", "st", 2, 10, 389, 689, 25), ("Filtersats motor", "st", 1, 4, 1290, 2190, 25), ("Hydraulolja HVO 46, 20 l", "dunk", 1, 6, 1190, 1690, 25), ("Servicebil, utryckning", "st", 1, 2, 650, 950, 25)],
}
OS_HTML = """<html lang="sv"><head><meta charset="utf-8"><style>@@BASE@@
.grid{display:grid;grid-template-columns:repeat(4,1fr);border:1px solid {{ color }};margin-top:4px} .grid div{padding:4px 6px;border-right:1px solid #ccd;border-bottom:1px solid #ccd}
.l{font-size:6.6pt;color:#667;text-transform:uppercase;letter-spacing:.3px} .v{font-size:9.2pt;font-weight:bold}
table.it{width:100%;border-collapse:collapse;margin-top:14px;font-size:8.6pt} table.it th{font-size:7pt;color:#667;text-align:left;padding:4px;border-bottom:1.5px solid {{ color }}}
table.it td{padding:5px 4px;border-bottom:1px solid #d6d9e0} .r{text-align:right;white-space:nowrap}
table.tot{margin-left:auto;margin-top:12px;font-size:9pt;border-collapse:collapse} table.tot td{padding:3px 6px}
.foot{position:absolute;bottom:0;left:0;right:0;border-top:1px solid {{ color }};padding-top:5px;font-size:7pt;display:grid;grid-template-columns:1.1fr .8fr 1.5fr 1.2fr;gap:6px;color:#333}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:8pt">{{ va1 }}, {{ va2 }}</div></td>
<td style="text-align:right;vertical-align:bottom"><div style="font-size:22pt;letter-spacing:2px;color:{{ color }}">{{ title }}</div></td></tr></table>
<div class="grid">
<div><div class="l">Fakturanummer</div><div class="v">{{ no }}</div></div>
<div><div class="l">Fakturadatum</div><div class="v">{{ d }}</div></div>
<div><div class="l">{% if credit %}Krediterar faktura{% else %}Förfallodatum{% endif %}</div><div class="v">{% if credit %}{{ orig }}{% else %}{{ due }}{% endif %}</div></div>
<div><div class="l">{% if credit %}Att återbetala{% else %}Att betala{% endif %}</div><div class="v">{{ total }} kr</div></div>
<div><div class="l">Kundnummer</div><div class="v">{{ kund }}</div></div>
<div><div class="l">Er referens</div><div class="v">{{ eref }}</div></div>
<div><div class="l">Ert ordernr</div><div class="v">{{ po or '–' }}</div></div>
<div><div class="l">Betalningsvillkor</div><div class="v">{{ terms }}</div></div>
</div>
<table style="width:100%;margin-top:12px"><tr><td style="width:55%;font-size:8.4pt"><div class="l">Leveransadress</div>{{ b0 }}<br>{{ b2 }}<br>{{ b3 }}<br><span class="l">Leveransdatum</span> {{ deliv }}</td>
<td style="font-size:9.4pt;border-left:3px solid {{ color }};padding-left:10px"><div class="l">Fakturaadress</div><b>{{ b0 }}</b><br>{{ b1 }}<br>{{ b2 }}<br>{{ b3 }}<br><span style="font-size:7.6pt">Org.nr {{ borg }}</span></td></tr></table>
{% if credit %}<div style="margin-top:10px;font-size:8.6pt">Kreditering avser returnerade varor enligt returnr {{ ret }}. Beloppet återbetalas till ert konto inom 10 dagar.</div>{% endif %}
<table class="it"><tr><th>Art.nr</th><th>Benämning</th><th class="r">Antal</th><th>Enh</th><th class="r">À-pris</th><th class="r">Rabatt</th><th class="r">Moms</th><th class="r">Belopp</th></tr>
{% for it in items %}<tr><td>{{ it.art }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.disc }}</td><td class="r">{{ it.m }} %</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tot">
<tr><td>Nettobelopp</td><td class="r">{{ net }}</td></tr>
{% for m in moms %}<tr><td style="color:#555">Moms {{ m.r }} % på {{ m.base }}</td><td class="r">{{ m.v }}</td></tr>{% endfor %}
<tr><td>Summa moms</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:11pt"><td style="border-top:2px solid {{ color }}">{% if credit %}Att återbetala SEK{% else %}Att betala SEK{% endif %}</td><td class="r" style="border-top:2px solid {{ color }}">{{ total }}</td></tr></table>
{% if not credit %}<div style="margin-top:16px;border:1px dashed #888;padding:6px 10px;font-size:8.6pt;width:112mm">Betala till bankgiro <b>{{ bg }}</b> och ange OCR-nummer <b>{{ ocr }}</b>. Dröjsmålsränta debiteras med referensränta + 8 %.</div>{% endif %}
<div class="foot"><div><b>{{ vname }}</b><br>{{ va1 }}<br>{{ va2 }}</div><div>Telefon 063-{{ tel }}<br>www.{{ web }}.se</div><div>Bankgiro {{ bg }}<br><span style="white-space:nowrap">IBAN {{ iban }}</span><br>BIC {{ bic }}</div><div>Org.nr {{ org }}<br>Momsreg.nr {{ vat }}<br>Godkänd för F-skatt</div></div>
</body></html>"""


@style("01", "se_ost_ostersund_faktura_moms_25_12_header_grid_above_rules_between_ocr_kreditfaktura")
def s01(rng, i):
    vname, va1, va2, color, kind = OS_V[i]
    b0, b1, b2, b3 = OS_B[i]
    credit = i == 2
    d = rand_date(rng)
    items = lines(rng, [r[:6] for r in OS_ROWS[kind]], [4, 3, 4, 3][i], D("1"))
    rates = {r[0]: r[6] for r in OS_ROWS[kind]}
    for it in items:
        it["moms"] = rates[it["desc"]]
        it["rab"] = rng.choice([0, 0, 5, 10, 15]) if i != 1 else 0
        gross = it["qty"] * it["price"]
        it["amount"] = q2(gross * (100 - it["rab"]) / 100)
        if credit:
            it["qty"] = -it["qty"]
            it["amount"] = -it["amount"]
    moms = {}
    for it in items:
        moms.setdefault(it["moms"], D(0))
        moms[it["moms"]] += it["amount"]
    mrows = [(r, b, q2(b * r / 100)) for r, b in sorted(moms.items(), reverse=True)]
    net = sum(x["amount"] for x in items)
    tax = sum(v for _r, _b, v in mrows)
    total = net + tax
    org, vat = se_orgnr(rng)
    borg, _ = se_orgnr(rng)
    no = str(rng.randint(10000, 99999)) if i != 3 else f"{d.year}{rng.randint(1000, 9999)}"
    days = rng.choice([10, 20, 30])
    due = None if credit else d + dt.timedelta(days=days)
    po = [f"IO-{rng.randint(10000, 99999)}", None, f"{rng.randint(400000, 499999)}", f"PO{d.strftime('%y')}-{rng.randint(100, 999)}"][i]
    bg = f"{rng.randint(100, 999)}-{digits(rng, 4)}"
    ocr = se_ocr(no + digits(rng, 3))
    ib = iban("SE", rng.choice(["5000", "8000", "6000"]) + digits(rng, 16))
    orig = str(int(no) - rng.randint(40, 400)) if credit else None
    ctx = dict(
        color=color, vname=vname, va1=va1, va2=va2, title="KREDITFAKTURA" if credit else "FAKTURA", no=no, d=d.isoformat(), due=due.isoformat() if due else "",
        credit=credit, orig=orig, total=nb(total), kund=str(rng.randint(1000, 9999)), eref=rng.choice(["Anna Lindqvist", "Per Jonsson", "Karin Olofsson", "Mats Ek"]),
        po=po, terms="Kredit" if credit else f"{days} dagar netto", b0=b0, b1=b1, b2=b2, b3=b3, borg=borg, deliv=(d - dt.timedelta(days=rng.randint(1, 8))).isoformat(),
        ret=f"R{rng.randint(1000, 9999)}",
        items=[{"art": f"{rng.randint(10000, 99999)}", "d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": nb(x["price"]), "disc": f"{x['rab']} %" if x["rab"] else "", "m": x["moms"], "a": nb(x["amount"])} for x in items],
        net=nb(net), moms=[{"r": r, "base": nb(b), "v": nb(v)} for r, b, v in mrows], tax=nb(tax), bg=bg, ocr=ocr,
        tel=f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}", web=vname.split()[0].lower().replace("ö", "o").replace("ä", "a").replace("å", "a"),
        iban=iban_fmt(ib), bic=rng.choice(["HANDSESS", "SWEDSESS", "ESSESESS"]), org=org, vat=vat,
    )
    notes = (
        "Östersund (Jämtland, Sweden) FAKTURA in Swedish with a ruled header grid of LABELS ABOVE values, a table with RULES BETWEEN ROWS only and line discounts (Rabatt), moms per rate, '1 234,56' amounts and ISO dates: "
        "vendor = the name at the top left; vendor_tax_id = the footer's 'Momsreg.nr' (SE…01; the 'Org.nr' inside it, the buyer's Org.nr, bankgiro, IBAN, OCR number and customer number are decoys). "
        "invoice_number = 'Fakturanummer'; invoice_date = 'Fakturadatum' (the Leveransdatum is a decoy). "
        + ("This is a KREDITFAKTURA (document_type credit_note): quantities, line amounts, net, moms and total are negative and printed so; 'Krediterar faktura' is the credited invoice (a decoy); no due date (null). " if credit else due_note(due, None, "Förfallodatum") + f"('{days} dagar netto' is the term that gives it). ")
        + po_note(po, "Ert ordernr")
        + "subtotal = 'Nettobelopp'; tax = 'Summa moms' (the per-rate lines with their bases are parts); total = '" + ("Att återbetala" if credit else "Att betala") + " SEK'. Currency SEK. Line items: every row with its amount after the line discount."
    )
    t = truth(vname, vat, no, po, d, due, "SEK", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [d.isoformat(), no, vname, vat, due.isoformat() if due else None, borg, orig, "Att betala SEK" if not credit else "Att återbetala SEK", None if credit else ocr]}
    return t, chk, (OS_HTML.replace("@@BASE@@", css(margin="14mm 14mm 14mm 14mm", fs="9pt")), ctx)


# =========================================================================== 02 Savonlinna (ALV 25,5 / 14 %, EUR), right sidebar, zebra
SV_V = [
    ("Saimaan Laivaristeilyt Oy", "Satamakatu 11", "57130 Savonlinna", "#0b5394"),
    ("Olavinlinnan Juhlapalvelu Oy", "Linnankatu 7", "57130 Savonlinna", "#8b1a3a"),
    ("Kerimäen Veneveistämö Oy", "Veistämöntie 4", "58200 Kerimäki", "#26544c"),
    ("Punkaharjun Puutuote Oy", "Sahantie 19", "58450 Punkaharju", "#6b4f1d"),
]
SV_B = [("Matkatoimisto Järvi-Suomi Oy", "Kauppakatu 22", "70100 Kuopio"), ("Savonlinnan Oopperajuhlat ry", "Olavinkatu 27", "57130 Savonlinna"),
        ("Rantasaunat Ky", "Rantatie 3", "57200 Savonlinna"), ("Rakennusliike Pihlaja Oy", "Teollisuuskatu 8", "50100 Mikkeli")]
SV_ROWS = [
    [("Tilausristeily Saimaalla, 3 h, alus m/s Punkaharju", "kpl", 1, 2, 890, 1490, D("25.5")), ("Risteilylounas, buffet", "hlö", 20, 80, D("24.50"), D("38.00"), D("14")), ("Opastettu kierros Olavinlinnassa", "hlö", 20, 80, D("12.00"), D("16.00"), D("25.5")), ("Laiturimaksu", "kpl", 1, 1, 60, 120, D("25.5"))],
    [("Väliaikatarjoilu, kuohuviini ja suolapala", "hlö", 40, 220, D("18.00"), D("26.00"), D("25.5")), ("Illallinen, 3 ruokalajia", "hlö", 20, 120, D("42.00"), D("64.00"), D("14")), ("Tarjoiluhenkilökunta", "h", 8, 40, D("36.00"), D("48.00"), D("25.5")), ("Astiavuokra", "erä", 1, 3, 150, 420, D("25.5"))],
    [("Puuvene Kerimäki 520, mahonki, viimeistely", "kpl", 1, 1, 9800, 16500, D("25.5")), ("Airot, kuusi, pari", "pari", 1, 3, D("145.00"), D("240.00"), D("25.5")), ("Kuljetus asiakkaalle", "kpl", 1, 1, 180, 390, D("25.5")), ("Lakkaus ja huolto", "h", 4, 20, D("58.00"), D("72.00"), D("25.5"))],
    [("Höylätty ulkoverhouspaneeli UYL 28x170", "jm", 300, 1800, D("2.10"), D("3.40"), D("25.5")), ("Terassilauta kestopuu 28x120", "jm", 200, 1200, D("1.85"), D("2.90"), D("25.5")), ("Liimapuupalkki 90x225", "jm", 12, 60, D("24.00"), D("36.00"), D("25.5")), ("Rahti, Punkaharju–Mikkeli", "erä", 1, 1, 180, 320, D("25.5"))],
]
SV_HTML = """<html lang="fi"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:absolute;top:0;right:0;bottom:0;width:58mm;background:{{ color }};color:#fff;padding:14mm 6mm 0 7mm;box-sizing:border-box}
.side .l{font-size:6.8pt;opacity:.8;margin-top:9px} .side .v{font-size:10pt;font-weight:bold}
.main{margin-right:62mm;padding:14mm 0 0 14mm}
table.it{width:100%;border-collapse:collapse;margin-top:14px;font-size:8.4pt} table.it th{font-size:7pt;text-align:left;padding:4px;color:{{ color }}}
table.it tr:nth-child(even) td{background:#eef1f5} table.it td{padding:5px 4px} .r{text-align:right;white-space:nowrap}
table.sum{margin-left:auto;margin-top:10px;font-size:9pt;border-collapse:collapse} table.sum td{padding:2px 6px}
table.vat{font-size:7.6pt;border-collapse:collapse;margin-top:12px} table.vat td,table.vat th{padding:2px 8px;text-align:right} table.vat th{color:#666;font-weight:normal}
</style></head><body>
<div class="side">
<div style="font-size:20pt;font-weight:bold;letter-spacing:1px">LASKU</div>
<div class="l">Laskun numero</div><div class="v">{{ no }}</div>
<div class="l">Laskun päiväys</div><div class="v">{{ d }}</div>
<div class="l">Asiakasnumero</div><div class="v">{{ cust }}</div>
<div class="l">Tilausnumero</div><div class="v">{{ po or '–' }}</div>
<div class="l">Viitteenne</div><div class="v">{{ ref_person }}</div>
<div class="l">Maksuehto</div><div class="v">{{ terms }}</div>
<div class="l">Eräpäivä</div><div class="v">{{ due }}</div>
<div class="l">Viivästyskorko</div><div class="v">{{ interest }}</div>
<div class="l">Viitenumero</div><div class="v">{{ viite }}</div>
<div class="l">Maksettava yhteensä</div><div class="v" style="font-size:14pt">{{ total }} €</div>
<div class="l">Tilinumero</div><div class="v" style="font-size:8pt">{{ iban }}<br>{{ bic }}</div>
</div>
<div class="main">
<div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div>
<div style="font-size:8pt">{{ va1 }}, {{ va2 }} · puh. 015 {{ tel }}</div>
<div style="font-size:8pt">Y-tunnus {{ yt }}</div>
<div style="margin-top:12mm;font-size:9.4pt"><b>{{ b0 }}</b><br>{{ b1 }}<br>{{ b2 }}<br><span style="font-size:7.6pt;color:#555">Asiakkaan Y-tunnus {{ byt }}</span></div>
<div style="margin-top:8mm;font-size:8.4pt">Toimituspäivä {{ deliv }}{% if period %} · Laskutusjakso {{ period }}{% endif %}</div>
<table class="it"><tr><th>Tuote / palvelu</th><th class="r">Määrä</th><th>Yks.</th><th class="r">À-hinta</th><th class="r">ALV %</th><th class="r">Veroton</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="sum"><tr><td>Veroton yhteensä</td><td class="r">{{ net }} €</td></tr><tr><td>Arvonlisävero yhteensä</td><td class="r">{{ tax }} €</td></tr>
<tr style="font-weight:bold;font-size:10.5pt"><td style="border-top:1.5px solid #333">Yhteensä</td><td class="r" style="border-top:1.5px solid #333">{{ total }} €</td></tr></table>
<table class="vat"><tr><th>ALV %</th><th>Veroton</th><th>Vero</th><th>Verollinen</th></tr>
{% for v in vats %}<tr><td>{{ v.r }}</td><td>{{ v.b }}</td><td>{{ v.t }}</td><td>{{ v.g }}</td></tr>{% endfor %}</table>
<div style="margin-top:14mm;font-size:7.2pt;color:#555">Maksaessanne käyttäkää aina viitenumeroa. Huomautukset 7 päivän kuluessa laskun päiväyksestä.</div>
<div style="margin-top:3mm">{{ bars|safe }}</div>
</div>
</body></html>"""


@style("02", "fi_svl_savonlinna_lasku_alv_25_5_14_sidebar_right_zebra_viitenumero_barcode")
def s02(rng, i):
    vname, va1, va2, color = SV_V[i]
    b0, b1, b2 = SV_B[i]
    d = rand_date(rng, start=dt.date(2025, 4, 1))
    rows = rng.sample(SV_ROWS[i], [4, 3, 4, 3][i])
    items = []
    for desc, unit, qlo, qhi, lo, hi, rate in rows:
        q = D(rng.randint(qlo, qhi))
        step = D("0.01") if isinstance(lo, D) else D("1")
        p = step * rng.randint(int(D(lo) / step), int(D(hi) / step))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "rate": rate})
    vats = {}
    for it in items:
        vats.setdefault(it["rate"], D(0))
        vats[it["rate"]] += it["amount"]
    vrows = [(r, b, q2(b * r / 100)) for r, b in sorted(vats.items(), reverse=True)]
    net = sum(x["amount"] for x in items)
    tax = sum(v for _r, _b, v in vrows)
    total = net + tax
    yt, _ = fi_ytunnus(rng)
    byt, _ = fi_ytunnus(rng)
    no = str(rng.randint(20000, 39999))
    days = rng.choice([7, 14, 21, 30])
    due = d + dt.timedelta(days=days)
    po = [None, f"T{rng.randint(1000, 9999)}", None, f"{rng.randint(4500000, 4599999)}"][i]
    viite = fi_reference(no + str(rng.randint(10, 99)))
    f = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    ib = iban("FI", rng.choice(["5", "1", "8"]) + digits(rng, 13))
    rfmt = lambda r: str(r).replace(".", ",")  # noqa: E731
    last = d.replace(day=1) - dt.timedelta(days=1)
    period = f"{f(last.replace(day=1))}–{f(last)}" if i == 3 else None
    ctx = dict(
        color=color, no=no, d=f(d), cust=str(rng.randint(1000, 9999)), po=po, ref_person=rng.choice(["Mikko Hirvonen", "Sari Laitinen", "Jukka Kärkkäinen", "Anne Tolvanen"]),
        terms=f"{days} pv netto", due=f(due), interest=rng.choice(["8 %", "10 %", "11,5 %"]), viite=viite, total=nb(total), iban=iban_fmt(ib), bic=rng.choice(["OKOYFIHH", "NDEAFIHH", "DABAFIHH"]),
        vname=vname, va1=va1, va2=va2, tel=f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}", yt=yt, b0=b0, b1=b1, b2=b2, byt=byt,
        deliv=f(d - dt.timedelta(days=rng.randint(0, 10))), period=period,
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": nb(x["price"]), "r": rfmt(x["rate"]), "a": nb(x["amount"])} for x in items],
        net=nb(net), tax=nb(tax), vats=[{"r": rfmt(r), "b": nb(b), "t": nb(v), "g": nb(b + v)} for r, b, v in vrows], bars=bars_svg(rng, 110, 12),
    )
    notes = (
        "Savonlinna (Southern Savonia, Finland) LASKU in Finnish with a coloured RIGHT SIDEBAR of LABELS ABOVE values, a ZEBRA table without rules, ALV 25,5 % (14 % on food), '1 234,56 €' and dd.mm.yyyy: "
        "vendor = the name at the top of the main column; vendor_tax_id = 'Y-tunnus' under it (the customer's Y-tunnus, the viitenumero, the IBAN, customer number are decoys). "
        "invoice_number = 'Laskun numero'; invoice_date = 'Laskun päiväys' (the Toimituspäivä and billing period are decoys). "
        + due_note(due, None, "Eräpäivä")
        + po_note(po, "Tilausnumero")
        + "subtotal = 'Veroton yhteensä'; tax = 'Arvonlisävero yhteensä' (the ALV table's per-rate rows are parts); total = 'Yhteensä' (= 'Maksettava yhteensä' in the sidebar). Currency EUR ('€'). Line items: every row's net amount (Veroton)."
    )
    t = truth(vname, yt, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [f(d), no, vname, "Y-tunnus " + yt, f(due), byt, viite, "Maksettava yhteensä"]}
    return t, chk, (SV_HTML.replace("@@BASE@@", css(margin="0", fs="9pt")), ctx)


# =========================================================================== 03 Võru (käibemaks 22 / 24 % incl., EUR), till receipt 80 mm
VO_V = [
    ("Võru Pagarikoda OÜ", "Jüri 20", "Kohvik-pagarikoda", "kohvik"),
    ("Haanja Ehitus- ja Aiakaubad OÜ", "Räpina mnt 12", "Ehituspood", "ehitus"),
    ("Tamula Apteek OÜ", "Kreutzwaldi 31", "Apteek", "apteek"),
    ("Vastseliina Talupood OÜ", "Kooli 2, Vastseliina", "Talutoodete pood", "talu"),
]
VO_ROWS = {  # (desc, lo, hi, qlo, qhi) prices with KM
    "kohvik": [("Kringel kaneeliga", D("6.90"), D("9.90"), 1, 3), ("Kohv latte", D("3.20"), D("4.20"), 1, 4), ("Rukkileib 800 g", D("2.90"), D("3.90"), 1, 3), ("Kohupiimakook", D("2.40"), D("3.60"), 1, 6), ("Seljanka supp", D("5.50"), D("7.50"), 1, 3), ("Pirukas lihaga", D("1.60"), D("2.40"), 2, 8)],
    "ehitus": [("Kruvid 4x50 500tk", D("11.90"), D("18.90"), 1, 4), ("Värv Pinotex 2,5 l", D("39.90"), D("59.90"), 1, 3), ("Labidas terav", D("14.90"), D("24.90"), 1, 2), ("Aiavoolik 20 m", D("19.90"), D("34.90"), 1, 2), ("Puitlaudis 22x95 3 m", D("3.40"), D("5.90"), 10, 40), ("Kipsplaat 12,5 mm", D("6.90"), D("9.40"), 5, 20)],
    "apteek": [("Ibuprofeen 400 mg N20", D("3.90"), D("5.90"), 1, 2), ("C-vitamiin 1000 mg N60", D("7.90"), D("12.90"), 1, 2), ("Plaastrid komplekt", D("2.90"), D("4.50"), 1, 3), ("Kätekreem 75 ml", D("5.90"), D("9.90"), 1, 2), ("Nina sprei 10 ml", D("4.90"), D("7.40"), 1, 2)],
    "talu": [("Suitsusink kg", D("14.90"), D("21.90"), 1, 3), ("Mesi 500 g", D("6.50"), D("9.50"), 1, 4), ("Kitsejuust 200 g", D("5.90"), D("8.90"), 1, 3), ("Kartul 5 kg", D("3.90"), D("5.90"), 1, 2), ("Õunamahl 3 l", D("6.90"), D("9.90"), 1, 3), ("Munad 10 tk", D("3.10"), D("4.30"), 1, 3)],
}
VO_HTML = """<html lang="et"><head><meta charset="utf-8"><style>
@page{size:80mm {{ h }}mm;margin:4mm 4mm} body{font-family:'DejaVu Sans Mono',monospace;font-size:7.8pt;margin:0;color:#000}
.c{text-align:center} .row{display:flex;justify-content:space-between} .hr{border-top:1px dashed #000;margin:4px 0} .b{font-weight:bold} .big{font-size:10pt;font-weight:bold}
</style></head><body>
<div class="c big">{{ vname }}</div>
<div class="c">{{ kind }}</div>
<div class="c">{{ addr }}, {{ town }}</div>
<div class="c">Reg.kood {{ reg }}</div>
<div class="c">KMKR nr {{ kmkr }}</div>
<div class="hr"></div>
<div class="c b">KASSATŠEKK</div>
<div class="row"><span>Tšekk nr</span><span>{{ no }}</span></div>
<div class="row"><span>Kassa {{ till }}</span><span>{{ d }} {{ tm }}</span></div>
<div class="row"><span>Teenindas</span><span>{{ clerk }}</span></div>
<div class="hr"></div>
{% for it in items %}<div>{{ it.d }}</div><div class="row"><span>&nbsp;&nbsp;{{ it.q }} x {{ it.p }}</span><span>{{ it.a }} A</span></div>{% if it.disc %}<div class="row"><span>&nbsp;&nbsp;Kliendikaardi soodustus {{ pct }}%</span><span>-{{ it.disc }} A</span></div>{% endif %}{% endfor %}
<div class="hr"></div>
<div class="row big"><span>KOKKU EUR</span><span>{{ total }}</span></div>
<div class="hr"></div>
<div class="row"><span>A KM {{ rate }}%</span><span></span></div>
<div class="row"><span>&nbsp;&nbsp;Summa km-ta</span><span>{{ net }}</span></div>
<div class="row"><span>&nbsp;&nbsp;Käibemaks</span><span>{{ tax }}</span></div>
<div class="hr"></div>
{% if card %}<div class="row"><span>Pangakaart</span><span>{{ total }}</span></div><div>{{ card }}</div><div>Autoriseerimiskood {{ auth }}</div>{% else %}<div class="row"><span>Sularaha</span><span>{{ given }}</span></div><div class="row"><span>Tagasi</span><span>{{ change }}</span></div>{% endif %}
{% if loyal %}<div style="margin-top:4px">Kliendikaart {{ loyal }}</div><div>Sinu soodustus täna: {{ saved }} EUR</div>{% endif %}
<div class="hr"></div>
<div class="c">Aitäh ostu eest! Tere tulemast tagasi!</div>
<div class="c" style="margin-top:4px">{{ bars|safe }}</div>
<div class="c">{{ code }}</div>
</body></html>"""


@style("03", "ee_vor_voru_kassatsekk_till_80mm_km_22_24_incl_card_discount")
def s03(rng, i):
    vname, addr, kind, key = VO_V[i]
    d = rand_date(rng)
    rate = D(24) if d >= dt.date(2025, 7, 1) else D(22)
    rows = rng.sample(VO_ROWS[key], [5, 4, 3, 5][i])
    loyal = i in (1, 3)
    pct = rng.choice([5, 10]) if loyal else 0
    items = []
    for desc, lo, hi, qlo, qhi in rows:
        q = D(rng.randint(qlo, qhi))
        p = D("0.10") * rng.randint(int(lo * 10), int(hi * 10)) - D("0.01") * rng.choice([0, 0, 1])
        gross = q2(q * p)
        disc = q2(gross * pct / 100) if loyal and rng.random() < 0.7 else D(0)
        items.append({"desc": desc, "unit": "tk", "qty": q, "price": p, "gross": gross, "disc": disc, "amount": gross - disc})
    total = sum(x["amount"] for x in items)
    tax = incl_tax(total, rate)
    net = total - tax
    no = f"{rng.randint(1, 4):02d}-{rng.randint(100000, 999999)}"
    f = lambda x: nb(x).replace("\u00a0", " ")  # noqa: E731
    card = i in (1, 2)
    given = (total / 10).to_integral_value(rounding="ROUND_CEILING") * 10 if not card else None
    if given is not None and given == total:
        given += 5
    reg = ee_regcode(rng)
    km = ee_kmkr(rng)
    town = "Võru" if i != 3 else "Võrumaa"
    ctx = dict(
        h=130 + 11 * len(items) + (8 if loyal else 0), vname=vname, kind=kind, addr=addr, town=town, reg=reg, kmkr=km, no=no, till=rng.randint(1, 4),
        d=d.strftime("%d.%m.%Y"), tm=f"{rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}", clerk=rng.choice(["Kadri", "Mari", "Tõnu", "Liis", "Rein"]),
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "p": f(x["price"]), "a": f(x["gross"]), "disc": f(x["disc"]) if x["disc"] else None} for x in items],
        pct=pct, total=f(total), rate=rate, net=f(net), tax=f(tax), card=("VISA **** **** **** " + digits(rng, 4)) if card else None, auth=digits(rng, 6),
        given=f(given) if given else None, change=f(given - total) if given else None, loyal=("2720" + digits(rng, 9)) if loyal else None,
        saved=f(sum(x["disc"] for x in items)), bars=bars_svg(rng, 56, 9, 110), code=digits(rng, 13),
    )
    notes = (
        f"Võru (Võrumaa, Estonia) till receipt (KASSATŠEKK) on an 80 mm roll in Estonian, prices INCLUDING käibemaks {rate} % (22 % before 1 July 2025, 24 % after), '1 234,56' and dd.mm.yyyy: "
        "vendor = the name at the top; vendor_tax_id = 'KMKR nr' (the 'Reg.kood', the card number, authorisation code, loyalty card and bar-code number are decoys). "
        "invoice_number = 'Tšekk nr'; invoice_date = the date beside the till number. No due date or PO (null). "
        "subtotal = 'Summa km-ta'; tax = 'Käibemaks'; total = 'KOKKU EUR'. Currency EUR. "
        "Line items: each article's printed amount and, under a discounted one, its loyalty-card discount ('Kliendikaardi soodustus n%') as a line of its own with a negative amount and no quantity; together they sum to the total"
        + ("; 'Sularaha' (cash given) and 'Tagasi' (change) are decoys." if not card else ".")
    )
    tl = []
    for x in items:
        tl.append({"qty": x["qty"], "amount": x["gross"]})
        if x["disc"]:
            tl.append({"qty": None, "amount": -x["disc"]})
    t = truth(vname, km, no, None, d, None, "EUR", net, tax, total, tl, notes)
    chk = {"printed": [d.strftime("%d.%m.%Y"), no, vname, km, "KOKKU EUR", reg, ctx["change"]]}
    return t, chk, (VO_HTML, ctx)
