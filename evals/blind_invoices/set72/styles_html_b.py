"""Chromium (HTML) styles for set 72, second part (04 Telšiai PVM SĄSKAITA FAKTŪRA in Lithuanian: the TOTALS in a box at
the TOP, the parties' and facts' values on lines with their CAPTIONS UNDER them, an UNRULED table with a discount
column, PVM 21 %, amounts without thousands separators and the date with a long month name; 05 Borjomi invoice in
Georgian and English on a LANDSCAPE page: labels beside values in both languages, a table ruled under its head only,
VAT 18 %, a US-dollar counter-value column at the National Bank's rate and the TOTALS at the LEFT under the table,
dates as Mon-dd-yyyy)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import long_date, lt_pvm
from invoice_kit import css, digits, en, fnum, iban, iban_fmt, q2, qstr, rand_date, style_registry
from kit_common import due_note, lines, po_note, truth

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Telšiai (PVM 21 %, EUR), totals top, captions under values, unruled
TL_V = [
    ("UAB „Masčio baldai“", "Respublikos g. 41, LT-87121 Telšiai", "#7a2e0e"),
    ("UAB „Žemaičių agroservisas“", "Gedimino g. 12, LT-87133 Telšiai", "#2e6b30"),
    ("UAB „Durpynų IT sprendimai“", "Turgaus g. 5, LT-87126 Telšiai", "#1d3f73"),
    ("UAB „Luokės statybinės medžiagos“", "Žemaitės g. 70, LT-87154 Telšiai", "#5d3a7a"),
]
TL_B = [("UAB „Klaipėdos interjeras“", "Taikos pr. 61, Klaipėda"), ("ŽŪB „Varnių laukai“", "Laukų g. 3, Varniai"),
        ("Telšių rajono savivaldybės administracija", "Žemaitės g. 14, Telšiai"), ("UAB „Plungės statyba“", "Vytauto g. 9, Plungė")]
TL_ROWS = [
    [("Ąžuolinis valgomojo stalas 180x90", "vnt.", 1, 6, D(420), D(890)), ("Kėdė su minkštu sėdynės paminkštinimu", "vnt.", 4, 24, D(65), D(140)), ("Spinta drabužiams, 2 durų", "vnt.", 1, 4, D(310), D(620)), ("Pristatymas ir surinkimas", "paslauga", 1, 1, D(60), D(180))],
    [("Traktoriaus techninė priežiūra", "val.", 2, 14, D(38), D(55)), ("Hidraulinė žarna, gamyba", "vnt.", 1, 6, D(24), D(68)), ("Purkštuvo kalibravimas", "paslauga", 1, 2, D(90), D(160)), ("Variklio alyva 15W-40, 20 l", "vnt.", 1, 4, D(78), D(115))],
    [("Serverio administravimas, mėnesio mokestis", "mėn.", 1, 3, D(240), D(480)), ("Programuotojo darbas", "val.", 6, 40, D(38), D(62)), ("Microsoft 365 licencija", "vnt.", 5, 40, D(11), D(22)), ("Atsarginių kopijų saugykla 1 TB", "mėn.", 1, 3, D(18), D(36))],
    [("Cementas CEM II 42,5 N, 25 kg", "maiš.", 20, 160, D("5.20"), D("7.40")), ("Mūro blokelis 250x200x600", "vnt.", 50, 400, D("2.10"), D("3.60")), ("Armatūra A500 Ø12, 6 m", "vnt.", 20, 120, D("6.90"), D("10.40")), ("Transportavimas manipuliatoriumi", "reisas", 1, 2, D(70), D(140))],
]
TL_HTML = """<html lang="lt"><head><meta charset="utf-8"><style>@@BASE@@
.cap{font-size:6.6pt;color:#666;border-top:1px solid #777;padding-top:1px;margin-bottom:7px;text-align:center}
.val{font-size:9.2pt;text-align:center;min-height:12px}
.box{border:1.5px solid {{ color }};padding:6px 10px} .box td{padding:2px 4px;font-size:9pt}
table.it{width:100%;border-collapse:collapse;margin-top:14px;font-size:8.6pt} table.it th{font-size:7.2pt;text-align:left;padding:4px;color:#444;font-weight:bold} table.it td{padding:4px}
.r{text-align:right;white-space:nowrap}
</style></head><body>
<table style="width:100%"><tr><td style="width:55%;vertical-align:top">
<div style="font-size:14pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:8pt">{{ vaddr }}</div>
<div style="margin-top:14px;font-size:15pt;font-weight:bold;letter-spacing:1px">PVM SĄSKAITA FAKTŪRA</div>
<div style="font-size:10.5pt;margin-top:3px">Serija <b>{{ ser }}</b> Nr. <b>{{ num }}</b></div>
<div style="font-size:9.4pt;margin-top:2px">{{ dl }}</div>
</td><td style="vertical-align:top">
<div class="box"><table style="width:100%">
<tr><td>Suma be PVM</td><td class="r">{{ net }} EUR</td></tr>
<tr><td>PVM 21 %</td><td class="r">{{ tax }} EUR</td></tr>
<tr style="font-weight:bold;font-size:11pt"><td>Mokėti iš viso</td><td class="r">{{ total }} EUR</td></tr>
<tr><td>Apmokėti iki</td><td class="r"><b>{{ due or '—' }}</b></td></tr></table></div>
<div style="font-size:7.4pt;color:#555;margin-top:4px">Mokėjimo paskirtyje nurodykite: {{ paycode }}<br>A. s. {{ iban }} · {{ bank }}</div>
</td></tr></table>
<table style="width:100%;margin-top:14px;table-layout:fixed"><tr>
<td style="padding-right:14px"><div style="font-size:7.4pt;font-weight:bold;color:{{ color }}">PARDAVĖJAS</div>
<div class="val"><b>{{ vname }}</b></div><div class="cap">(pavadinimas)</div>
<div class="val">{{ vcode }}</div><div class="cap">(įmonės kodas)</div>
<div class="val">{{ vpvm }}</div><div class="cap">(PVM mokėtojo kodas)</div>
<div class="val">{{ vaddr }}</div><div class="cap">(adresas)</div></td>
<td style="padding-left:14px"><div style="font-size:7.4pt;font-weight:bold;color:{{ color }}">PIRKĖJAS</div>
<div class="val"><b>{{ bname }}</b></div><div class="cap">(pavadinimas)</div>
<div class="val">{{ bcode }}</div><div class="cap">(įmonės kodas)</div>
<div class="val">{{ bpvm or '—' }}</div><div class="cap">(PVM mokėtojo kodas)</div>
<div class="val">{{ baddr }}</div><div class="cap">(adresas)</div></td>
<td style="width:28%;padding-left:14px"><div style="font-size:7.4pt;font-weight:bold;color:{{ color }}">DOKUMENTAI</div>
<div class="val">{{ po or '—' }}</div><div class="cap">(užsakymo Nr.)</div>
<div class="val">{{ waybill }}</div><div class="cap">(važtaraščio Nr.)</div>
<div class="val">{{ deliv }}</div><div class="cap">(prekių išsiuntimo data)</div>
<div class="val">{{ contract }}</div><div class="cap">(sutarties Nr.)</div></td></tr></table>
<table class="it"><tr><th>Eil. Nr.</th><th>Prekės, paslaugos pavadinimas</th><th>Mato vnt.</th><th class="r">Kiekis</th><th class="r">Kaina be PVM</th><th class="r">Nuolaida</th><th class="r">Suma be PVM</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}.</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.disc }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<div style="margin-top:10px;font-size:8.4pt;text-align:right">Iš viso be PVM {{ net }} · PVM {{ tax }} · Su PVM {{ total }}</div>
<table style="width:100%;margin-top:26px;table-layout:fixed"><tr><td style="padding-right:30px"><div class="val">{{ issuer }}</div><div class="cap">(sąskaitą išrašė: pareigos, vardas, pavardė, parašas)</div></td>
<td style="padding-left:30px"><div class="val">&nbsp;</div><div class="cap">(sąskaitą priėmė: pareigos, vardas, pavardė, parašas)</div></td></tr></table>
<div style="position:absolute;bottom:0;font-size:7pt;color:#666">Sąskaita išrašyta elektroniniu būdu ir i.SAF duomenys pateikti VMI. {{ note }}</div>
</body></html>"""


def lt(x):
    """1234,56: no thousands separator, as Lithuanian accounting programs print."""
    return fnum(x, ",", "")


@style("04", "lt_tel_telsiai_pvm_saskaita_faktura_21_totals_top_captions_below_unruled_discount")
def s04(rng, i):
    vname, vaddr, color = TL_V[i]
    bname, baddr = TL_B[i]
    d = rand_date(rng)
    items = lines(rng, TL_ROWS[i], [4, 3, 4, 4][i], D("0.01"))
    for it in items:
        it["rab"] = rng.choice([0, 0, 3, 5, 10]) if i != 2 else 0
        it["amount"] = q2(it["qty"] * it["price"] * (100 - it["rab"]) / 100)
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.21"))
    total = net + tax
    vpvm = lt_pvm(rng)
    bpvm = lt_pvm(rng) if i != 2 else None
    ser = ["MB", "ZAS", "DIT", "LSM"][i]
    num = f"{rng.randint(1, 99999):06d}" if i != 1 else str(rng.randint(1000, 9999))
    no_print = f"{ser} {num}"
    due = d + dt.timedelta(days=rng.choice([10, 14, 30])) if i != 3 else None
    po = [f"U-{rng.randint(100, 999)}", None, f"{d.year}/{rng.randint(10, 99)}", f"PS-{rng.randint(1000, 9999)}"][i]
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, ser=ser, num=num, dl=long_date(d, "lt"), net=lt(net), tax=lt(tax), total=lt(total), due=due.isoformat() if due else None,
        paycode=no_print, iban=iban_fmt(iban("LT", rng.choice(["70440", "73000", "72300"]) + digits(rng, 11))), bank=rng.choice(["AB SEB bankas", "Swedbank, AB", "AB Šiaulių bankas"]),
        vcode=digits(rng, 9, True), vpvm=vpvm, bname=bname, bcode=digits(rng, 9, True), bpvm=bpvm, baddr=baddr, po=po, waybill=f"{ser}-V {rng.randint(1000, 9999)}",
        deliv=(d - dt.timedelta(days=rng.randint(0, 5))).isoformat(), contract=f"S-{d.year - rng.randint(0, 2)}/{rng.randint(1, 60)}",
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": lt(x["price"]), "disc": f"{x['rab']} %" if x["rab"] else "", "a": lt(x["amount"])} for x in items],
        issuer=rng.choice(["Buhalterė Rasa Jankauskienė", "Direktorius Tomas Rimkus", "Vadybininkė Ieva Stonkienė", "Buhalteris Darius Petrauskas"]),
        note="Apmokėjimas grynaisiais pinigais pristatymo metu." if due is None else "Vėluojant atsiskaityti skaičiuojami 0,02 % delspinigiai už kiekvieną dieną.",
    )
    notes = (
        "Telšiai (Žemaitija, Lithuania) PVM SĄSKAITA FAKTŪRA in Lithuanian: the TOTALS in a box at the TOP right, the parties' and documents' values on lines with their CAPTIONS UNDER them ('(PVM mokėtojo kodas)', '(užsakymo Nr.)'), an UNRULED table with a discount column, PVM 21 %, amounts without thousands separators ('1234,56'), the date with a long month name ('2026 m. kovo 12 d.'): "
        "vendor = 'PARDAVĖJAS' (the letterhead); vendor_tax_id = the seller's '(PVM mokėtojo kodas)' LT… (the seller's and buyer's '(įmonės kodas)', the buyer's PVM code, the account, the waybill and contract numbers are decoys). "
        "invoice_number = 'Serija … Nr. …', series and number together as the payment purpose line prints them ('MB 001234'); invoice_date = the long date under it (the dispatch date is a decoy). "
        + due_note(due, None, "Apmokėti iki")
        + po_note(po, "(užsakymo Nr.)")
        + "subtotal = 'Suma be PVM'; tax = 'PVM 21 %'; total = 'Mokėti iš viso' (repeated under the table). Currency EUR. Line items: every row's 'Suma be PVM' after its discount."
    )
    t = truth(vname, vpvm, no_print, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [long_date(d, "lt"), f"Serija {ser} Nr. {num}", vname, vpvm, "Mokėti iš viso", due.isoformat() if due else None, bpvm, ctx["waybill"]]}
    return t, chk, (TL_HTML.replace("@@BASE@@", css(margin="14mm 15mm 12mm 15mm", fs="9pt")), ctx)


# =========================================================================== 05 Borjomi (VAT 18 %, GEL), landscape, bilingual, USD counter-value, totals left
BJ_V = [
    ("შპს „ბორჯომის ხეობის წყაროები“", "Borjomi Valley Springs LLC", "Rustaveli St. 48, Borjomi 1200, Georgia", "#0f5e6e", "water"),
    ("შპს „ლიკანის სპა რეზორტი“", "Likani Spa Resort LLC", "Likani, Borjomi Municipality 1200, Georgia", "#7a3b0c", "spa"),
    ("შპს „სამცხის ტყე“", "Samtskhe Timber LLC", "Meskheti St. 5, Borjomi 1200, Georgia", "#3c5a1f", "timber"),
    ("შპს „ბაკურიანის გზები“", "Bakuriani Trails Tours LLC", "Tsakadze St. 3, Borjomi 1200, Georgia", "#4b2a78", "tours"),
]
BJ_B = [("Tbilisi Fresh Market LLC", "Tsereteli Ave. 116, Tbilisi", "ID 405" + "{}"), ("Caucasus Incentive Travel GmbH", "Lindenstraße 14, Berlin, Germany", "DE VAT"),
        ("Batumi Build Group LLC", "Gorgiladze St. 62, Batumi", "ID 445{}"), ("Silk Road Journeys Ltd", "12 Eastcheap, London, United Kingdom", "UK")]
BJ_ROWS = {
    "water": [("Mineral water 0.5 l glass, case of 12", "case", 80, 600, D("14.40"), D("19.80")), ("Mineral water 1 l PET, pack of 6", "pack", 100, 900, D("6.30"), D("8.90")), ("Returnable crates deposit", "pcs", 20, 200, D("4.00"), D("6.00")), ("Delivery Borjomi – Tbilisi, truck 10 t", "trip", 1, 4, D("380.00"), D("520.00"))],
    "spa": [("Conference hall rental, full day", "day", 1, 3, D("900.00"), D("1600.00")), ("Double room, half board", "night", 8, 40, D("320.00"), D("540.00")), ("Mineral bath treatment", "pers.", 10, 40, D("60.00"), D("95.00")), ("Gala dinner", "pers.", 10, 40, D("85.00"), D("140.00"))],
    "timber": [("Pine boards 25x150 mm, kiln-dried", "m³", 4, 30, D("520.00"), D("780.00")), ("Spruce beams 100x200 mm", "m³", 2, 16, D("610.00"), D("880.00")), ("Planing service", "m³", 2, 20, D("45.00"), D("70.00")), ("Delivery to Batumi", "trip", 1, 3, D("650.00"), D("900.00"))],
    "tours": [("Guided hike Borjomi–Kharagauli National Park, 2 days", "pers.", 6, 24, D("180.00"), D("260.00")), ("Minibus with driver", "day", 2, 6, D("280.00"), D("380.00")), ("Kukushka narrow-gauge train tickets", "pers.", 6, 24, D("16.00"), D("24.00")), ("Mountain guide, certified", "day", 2, 6, D("220.00"), D("320.00"))],
}
BJ_HTML = """<html lang="ka"><head><meta charset="utf-8"><style>@@BASE@@
.k{font-size:7pt;color:#666} .kv td{padding:2px 8px 2px 0;font-size:8.6pt;vertical-align:top} .kv td.l{color:#555;font-size:7.6pt;white-space:nowrap}
table.it{width:100%;border-collapse:collapse;margin-top:10px;font-size:8.4pt} table.it th{font-size:7.2pt;text-align:left;padding:4px 5px;border-bottom:1.5px solid {{ color }};color:#333}
table.it td{padding:4px 5px} .r{text-align:right;white-space:nowrap} .usd{color:#555}
table.tot td{padding:2px 10px 2px 0;font-size:9pt}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:13pt;font-weight:bold;color:{{ color }}">{{ vka }}</div><div style="font-size:11pt;font-weight:bold">{{ ven }}</div>
<div style="font-size:8pt">{{ vaddr }} · Tel. +995 367 {{ tel }}</div></td>
<td style="text-align:right;vertical-align:top"><div style="font-size:20pt;color:{{ color }};font-weight:bold">ინვოისი / INVOICE</div><div class="k">ანგარიშ-ფაქტურა (VAT invoice) issued in the Revenue Service e-system</div></td></tr></table>
<table style="width:100%;margin-top:10px;border-top:1px solid #ccc;padding-top:4px"><tr>
<td style="width:36%;vertical-align:top"><table class="kv">
<tr><td class="l">ინვოისის № / Invoice No.</td><td><b>{{ no }}</b></td></tr>
<tr><td class="l">თარიღი / Date</td><td><b>{{ d }}</b></td></tr>
<tr><td class="l">გადახდის ვადა / Payment due</td><td><b>{{ due or '—' }}</b></td></tr>
<tr><td class="l">შეკვეთის № / Order No.</td><td>{{ po or '—' }}</td></tr>
<tr><td class="l">ზედნადები / Waybill No.</td><td>{{ waybill }}</td></tr></table></td>
<td style="width:32%;vertical-align:top"><table class="kv">
<tr><td class="l">გამყიდველი / Seller ID</td><td><b>{{ vid }}</b></td></tr>
<tr><td class="l">დღგ გადამხდელი / VAT payer</td><td>since {{ vatsince }}</td></tr>
<tr><td class="l">ბანკი / Bank</td><td>{{ bank }}</td></tr>
<tr><td class="l">IBAN</td><td style="white-space:nowrap">{{ iban }}</td></tr></table></td>
<td style="vertical-align:top;border-left:2px solid {{ color }};padding-left:10px"><div class="k">მყიდველი / Buyer</div><b>{{ bname }}</b><br>{{ baddr }}<br><span style="font-size:8pt">{{ bid }}</span></td></tr></table>
<table class="it"><tr><th>#</th><th>დასახელება / Description</th><th>ერთ. / Unit</th><th class="r">რაოდ. / Qty</th><th class="r">ფასი / Price GEL</th><th class="r">თანხა / Amount GEL</th><th class="r usd">USD equiv.</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="r usd">{{ it.usd }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:12px;border-top:1px solid #ccc"><tr><td style="vertical-align:top;width:46%;padding-top:6px">
<table class="tot">
<tr><td>ჯამი დღგ-ს გარეშე / Total excl. VAT</td><td class="r">GEL {{ net }}</td><td class="r usd">USD {{ net_usd }}</td></tr>
<tr><td>დღგ 18% / VAT 18%</td><td class="r">GEL {{ tax }}</td><td class="r usd">USD {{ tax_usd }}</td></tr>
<tr style="font-weight:bold;font-size:10.5pt"><td style="border-top:1.5px solid {{ color }}">სულ გადასახდელი / Total payable</td><td class="r" style="border-top:1.5px solid {{ color }}">GEL {{ total }}</td><td class="r usd" style="border-top:1.5px solid {{ color }}">USD {{ total_usd }}</td></tr></table>
<div class="k" style="margin-top:5px">USD amounts for information only, at the National Bank of Georgia rate of {{ rate_d }}: 1 USD = {{ rate }} GEL. Payment in GEL.</div></td>
<td style="vertical-align:top;padding:6px 0 0 20px;font-size:8pt;color:#333">{{ remark }}<div style="margin-top:18px">ხელმოწერა / Signature: ______________________ &nbsp; {{ signer }}</div></td></tr></table>
</body></html>"""


@style("05", "ge_bor_borjomi_invoice_bilingual_vat_18_landscape_usd_counter_totals_left")
def s05(rng, i):
    vka, ven, vaddr, color, kind = BJ_V[i]
    bname, baddr, bidk = BJ_B[i]
    d = rand_date(rng)
    items = lines(rng, BJ_ROWS[kind], [4, 4, 3, 4][i], D("0.01"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.18"))
    total = net + tax
    rate = D(rng.randint(26500, 28200)) / 10000
    u = lambda x: en(q2(x / rate))  # noqa: E731
    mon = lambda x: x.strftime("%b-%d-%Y")  # noqa: E731
    vid = digits(rng, 9, True) if i != 2 else "4" + digits(rng, 8)
    bid = {"ID 405{}": f"ID code 405{digits(rng, 6)}", "ID 445{}": f"ID code 445{digits(rng, 6)}", "DE VAT": f"VAT ID DE{digits(rng, 9, True)}", "UK": f"VAT Reg. GB {digits(rng, 3, True)} {digits(rng, 4)} {digits(rng, 2)}"}[bidk]
    no = [f"BVS-{d.year}-{rng.randint(100, 999)}", f"LSR/{rng.randint(1000, 9999)}", f"ST{d.strftime('%y%m')}-{rng.randint(10, 99)}", f"BTT-{rng.randint(10000, 99999)}"][i]
    due = d + dt.timedelta(days=rng.choice([5, 10, 15, 30])) if i != 2 else None
    po = [f"PO {rng.randint(10000, 99999)}", f"CIT-{d.year}-{rng.randint(10, 99)}", None, f"SRJ/{rng.randint(100, 999)}"][i]
    ctx = dict(
        color=color, vka=vka, ven=ven, vaddr=vaddr, tel=f"2{rng.randint(10, 99)} {rng.randint(100, 999)}", no=no, d=mon(d), due=mon(due) if due else None, po=po,
        waybill=f"0{digits(rng, 9)}" if kind in ("water", "timber") else "—", vid=vid, vatsince=mon(dt.date(rng.randint(2008, 2020), rng.randint(1, 12), 1)),
        bank=rng.choice(["JSC TBC Bank", "JSC Bank of Georgia", "JSC Liberty Bank"]), iban=iban_fmt(iban("GE", rng.choice(["TB", "BG", "LB"]) + digits(rng, 16))),
        bname=bname, baddr=baddr, bid=bid,
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"]), "usd": u(x["amount"])} for x in items],
        net=en(net), tax=en(tax), total=en(total), net_usd=u(net), tax_usd=u(tax), total_usd=u(total), rate=f"{rate:.4f}", rate_d=mon(d - dt.timedelta(days=1)),
        remark="Goods dispatched with the electronic waybill shown; crates are refunded on return." if kind == "water" else ("Cash on delivery; the timber is measured at loading." if due is None else "Please quote the invoice number with your transfer. Bank charges are for the payer's account."),
        signer=rng.choice(["N. Beridze, director", "T. Kapanadze, accountant", "G. Lomidze, manager", "M. Tsiklauri, director"]),
    )
    notes = (
        "Borjomi (Samtskhe-Javakheti, Georgia) INVOICE in Georgian and English on a LANDSCAPE page: LABELS BESIDE values in both languages, a table ruled under its head only, VAT 18 %, GEL '1,234.56' with a US-dollar counter-value column and totals at the NBG rate, the TOTALS at the LEFT under the table, dates 'Mar-12-2026': "
        "vendor = the English legal name under the Georgian one; vendor_tax_id = 'Seller ID' (the buyer's ID code or VAT number, the IBAN, the waybill number and the 'VAT payer since' date are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Date' (the NBG rate's date is a decoy). "
        + due_note(due, None, "Payment due")
        + po_note(po, "Order No.")
        + "subtotal = 'Total excl. VAT'; tax = 'VAT 18%'; total = 'Total payable' (GEL; the USD column and USD totals are counter-values, decoys). Currency GEL. Line items: every row's GEL amount."
    )
    t = truth(ven, vid, no, po, d, due, "GEL", net, tax, total, items, notes)
    chk = {"printed": [mon(d), no, ven, vid, "Total payable", mon(due) if due else None, bid, "USD " + u(total)]}
    return t, chk, (BJ_HTML.replace("@@BASE@@", css(size="A4 landscape", margin="12mm 14mm", fs="8.8pt")), ctx)
