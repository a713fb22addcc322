"""Chromium (HTML) styles for set 15, part A (04 Liechtenstein dental laboratory's Rechnung to a dentist for one
patient job, with tariff positions, alloy by the gram, MWST 8,1 % and a Skonto line, 09 Thai cold-storage warehouse's
monthly pallet-day tax invoice with a stock movement summary and a withholding-tax line, 10 Tajik tyre fitter's
счёт-фактура for a fleet, one row per vehicle job, with НДС 14 % and a debt brought forward)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import (
    T,
    ch,
    css,
    digits,
    en,
    exact_price,
    iban,
    iban_fmt,
    li,
    mt,
    q2,
    qstr,
    rand_date,
    sp,
    style_registry,
    valid,
)
from kit_common import MONTHS, qr_svg
from kit_words import en_words_title
from stdnum import iban as _iban
from stdnum.th import moa as _moa

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Liechtenstein dental laboratory (MWST 8,1 %, CHF, tariff positions, alloy per gram)
LI_V = [
    ("Dentallabor Rheintal Anstalt", "Landstrasse 112", "9490 Vaduz", "#2a5d8f"),
    ("Zahntechnik Gutenberg AG", "Gewerbeweg 5", "9496 Balzers", "#6b3d8f"),
    ("Dental-Design Schaan Est.", "Feldkircher Strasse 20", "9494 Schaan", "#1f7a6a"),
    ("Keramiklabor Unterland GmbH", "Industriestrasse 9", "9487 Gamprin-Bendern", "#8f5a2a"),
]
LI_B = [("Zahnarztpraxis Dr. med. dent. Andrea Marxer", "Äulestrasse 30", "9490 Vaduz"), ("Praxis für Zahnmedizin Dr. Thomas Beck", "Dorfstrasse 14", "9495 Triesen"),
        ("Zahnarztzentrum Eschen AG", "Essanestrasse 91", "9492 Eschen"), ("Dr. med. dent. Petra Ospelt", "Im Rösle 3", "9494 Schaan")]
LI_POS = [
    ("1001", "Modell aus Superhartgips", 1, 3, "14.00", "26.00"),
    ("1021", "Sägemodell, pro Stumpf", 1, 6, "22.00", "38.00"),
    ("2410", "Zirkonkrone monolithisch, CAD/CAM", 1, 4, "240.00", "420.00"),
    ("2450", "Verblendkrone Metallkeramik", 1, 3, "260.00", "460.00"),
    ("2602", "Brückenglied Zirkon verblendet", 1, 2, "230.00", "380.00"),
    ("3010", "Aufbissschiene tiefgezogen, adjustiert", 1, 1, "180.00", "320.00"),
    ("4105", "Individueller Löffel", 1, 2, "35.00", "60.00"),
    ("7120", "Farbbestimmung im Labor mit Patient", 1, 1, "45.00", "90.00"),
]


@style("04", "li_dentallabor_patientenauftrag")
def s04(rng, i):
    vname, vstr, vort, color = LI_V[i]
    bname, bstr, bort = LI_B[i]
    d = rand_date(rng)
    items = []
    for code, desc, qlo, qhi, lo, hi in sorted(rng.sample(LI_POS, rng.randint(3, 5))):
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(lo), D(hi), D("0.50"))
        items.append({"code": code, "desc": desc, "qty": q, "unit": "Stk.", "price": p, "amount": q2(q * p)})
    if rng.random() < 0.75:
        q = D(rng.randint(150, 900)) / 100
        p = exact_price(rng, q, D("58.00"), D("96.00"), D("0.10"))
        items.append({"code": "9010", "desc": f"Edelmetalllegierung {rng.choice(['Au 75 %', 'Pd-frei Au 60 %', 'Au 84 % keramikfähig'])}", "qty": q, "unit": "g", "price": p, "amount": q2(q * p)})
    q = D(1)
    p = exact_price(rng, q, D("8.00"), D("25.00"), D("0.50"))
    items.append({"code": "9900", "desc": "Botendienst / Versand", "qty": q, "unit": "Pausch.", "price": p, "amount": p})
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.081"))
    total = net + tax
    mwst = f"{rng.randint(50000, 59999)}"
    b_mwst = f"{rng.randint(50000, 59999)}"
    no = [f"R{d.year}-{rng.randint(1000, 9999)}", f"{rng.randint(24000, 26999)}", f"RE-{rng.randint(100000, 999999)}", f"{d.strftime('%y')}/{rng.randint(1000, 4999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: f"{x.day}. {MONTHS['de'][x.month - 1]} {x.year}", lambda x: x.strftime("%d.%m.%Y"), lambda x: f"{x.day}. {MONTHS['de'][x.month - 1]} {x.year}"][i]
    due = d + dt.timedelta(days=[30, 0, 20, 0][i]) if i in (0, 2) else None
    term = ["", "Zahlbar innert 30 Tagen netto.", "", "Zahlbar innert 10 Tagen mit 2 % Skonto oder innert 30 Tagen netto."][i]
    po = [None, None, f"ZZE-{rng.randint(1000, 9999)}", None][i]
    eingang = d - dt.timedelta(days=rng.randint(10, 25))
    einprobe = eingang + dt.timedelta(days=rng.randint(3, 6))
    fertig = d - dt.timedelta(days=rng.randint(0, 3))
    teeth = sorted(rng.sample([11, 12, 13, 14, 15, 16, 21, 22, 23, 24, 25, 26, 36, 37, 46, 47], rng.randint(1, 4)))
    ib = valid(rng, lambda: iban("LI", rng.choice(["08800", "08810", "08805"]) + digits(rng, 12)), _iban.is_valid)
    money = lambda x: ch(x)  # noqa: E731
    skonto = q2(total * D("0.02")) if i == 3 else None
    html = (
        """<html><head><meta charset="utf-8"><style>"""
        + css(margin="14mm 16mm 14mm 20mm", font="'DejaVu Sans',sans-serif", fs="8.6pt")
        + """
.hd{color:{{ color }}} table.it{width:100%;margin-top:10px} table.it th{border-bottom:1.5px solid {{ color }};padding:3px 4px;text-align:left;font-size:7.8pt} table.it td{padding:3px 4px;border-bottom:1px solid #e2e2e2}
table.tot{margin-left:auto;margin-top:6px} table.tot td{padding:2px 6px} .small{font-size:7pt;color:#555} .job{background:#f3f6f9;padding:6px 8px;margin-top:12px;font-size:7.8pt}
</style></head><body>
<table style="width:100%"><tr><td><div class="hd" style="font-size:15pt;font-weight:bold">{{ v_name }}</div><div class="small">Zahntechnisches Laboratorium · {{ v_str }} · {{ v_ort }} · Fürstentum Liechtenstein</div></td>
<td class="r small">Tel. +423 {{ tel }}<br>{{ mail }}<br>MWST-Nr. {{ mwst }}</td></tr></table>
<table style="width:100%;margin-top:26px"><tr><td style="width:55%"><div class="small" style="text-decoration:underline">{{ v_name }} · {{ v_str }} · {{ v_ort }}</div><div style="margin-top:4px">{{ b_name }}<br>{{ b_str }}<br>{{ b_ort }}</div><div class="small" style="margin-top:3px">Ihre MWST-Nr. {{ b_mwst }}</div></td>
<td style="vertical-align:bottom"><table>{% for k, v in meta %}<tr><td class="small" style="padding:1px 8px 1px 0">{{ k }}</td><td style="padding:1px 0">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div class="hd" style="font-size:13pt;font-weight:bold;margin-top:22px">Rechnung {{ no }}</div>
<div class="job"><b>Auftrag {{ auftrag }}</b> · Patient: {{ patient }} · Zähne (FDI): {{ teeth }} · Farbe {{ farbe }}<br>Eingang {{ eingang }} · Einprobe {{ einprobe }} · Fertigstellung {{ fertig }} · Techniker/in {{ tech }}</div>
<table class="it"><tr><th>Pos.</th><th>Leistung / Material</th><th class="r">Menge</th><th>Einheit</th><th class="r">Preis CHF</th><th class="r">Betrag CHF</th></tr>
{% for it in items %}<tr><td>{{ it.code }}</td><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td>{{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tot">{% for k, v, b in tots %}<tr><td>{% if b %}<b>{{ k }}</b>{% else %}{{ k }}{% endif %}</td><td class="r" style="min-width:30mm;{% if b %}border-top:1.5px solid #333{% endif %}">{% if b %}<b>{{ v }}</b>{% else %}{{ v }}{% endif %}</td></tr>{% endfor %}</table>
<div style="margin-top:12px">{{ term }}{% if skonto %} Skontobetrag CHF {{ skonto }}, bei Abzug zahlbar CHF {{ netto_sk }}.{% endif %}</div>
<div style="margin-top:6px">Bankverbindung: {{ bank }}, IBAN {{ iban }}, BIC {{ bic }}, lautend auf {{ v_name }}.</div>
<div class="small" style="margin-top:6px">Konformitätserklärung für Sonderanfertigungen gemäss Medizinprodukteverordnung liegt der Arbeit bei. Herstellungsort: {{ v_ort }}.</div>
<div class="small" style="position:fixed;bottom:0;left:0;right:0;border-top:1px solid #ccc;padding-top:3px">{{ v_name }} · Handelsregister {{ fl }} · MWST-Nr. {{ mwst }} · Seite 1/1</div>
</body></html>"""
    )
    meta = [("Rechnungsdatum", fd(d)), ("Kunden-Nr.", f"K-{rng.randint(100, 999)}")]
    if po:
        meta.append(("Ihre Bestell-Nr.", po))
    if due:
        meta.append(("Zahlbar bis", fd(due)))
    tots = [("Total netto", money(net), False), ("MWST 8,1 %", money(tax), False), ("Rechnungsbetrag CHF", money(total), True)]
    ctx = dict(
        color=color, v_name=vname, v_str=vstr, v_ort=vort, tel=f"{rng.choice(['232', '237', '392', '373'])} {digits(rng, 2)} {digits(rng, 2)}", mail=f"labor@{vname.split()[0].lower().replace('-', '')}.li",
        mwst=mwst, b_name=bname, b_str=bstr, b_ort=bort, b_mwst=b_mwst, meta=meta, no=no, auftrag=f"A-{rng.randint(10000, 99999)}",
        patient=f"{rng.choice('ABDEFGHKLMNRSTW')}. {rng.choice('BFHKMNOPRSW')}., Jg. {rng.randint(1940, 2005)}", teeth=", ".join(str(t) for t in teeth), farbe=rng.choice(["A2", "A3", "B1", "A3.5"]),
        eingang=fd(eingang), einprobe=fd(einprobe), fertig=fd(fertig), tech=rng.choice(["M. Büchel", "S. Frick", "L. Kaiser", "R. Vogt"]),
        items=[{"code": it["code"], "desc": it["desc"], "q": f"{it['qty']:.2f}" if it["unit"] == "g" else qstr(it["qty"]), "unit": it["unit"], "p": money(it["price"]), "a": money(it["amount"])} for it in items],
        tots=tots, term=term if not due else "Zahlbar bis " + fd(due) + " ohne Abzug.", skonto=money(skonto) if skonto else None, netto_sk=money(total - skonto) if skonto else None,
        bank=rng.choice(["Liechtensteinische Landesbank AG", "VP Bank AG", "LGT Bank AG"]), iban=iban_fmt(ib), bic=rng.choice(["LILALI2X", "VPBVLI2X", "BLFLLI2X"]), fl=f"FL-0002.{digits(rng, 3)}.{digits(rng, 3)}-{digits(rng, 1)}",
    )
    notes = (
        "Liechtenstein dental laboratory's RECHNUNG to a dentist for one patient job: vendor = the laboratory's name at the top (legal form Anstalt / AG / Est. / GmbH); vendor tax id = 'MWST-Nr.' (5 digits, no public checksum: random); "
        "the dentist's MWST-Nr., the FL register number in the footer, the customer number, job number, tariff position codes, FDI tooth numbers and IBAN are decoys. invoice_number = the number after 'Rechnung'; "
        "invoice_date = 'Rechnungsdatum' (" + ["dd.mm.yyyy", "'12. März 2026'", "dd.mm.yyyy", "'12. März 2026'"][i] + "); the job's receipt, try-in and completion dates are decoys. "
        + ("due = 'Zahlbar bis'. " if due else f"'{term}' is a term: no due date (null)" + ("; the Skonto amount and the amount after Skonto are decoys. " if skonto else ". "))
        + (f"PO = 'Ihre Bestell-Nr.' {po}. " if po else "No PO. ")
        + "subtotal = 'Total netto'; tax = 'MWST 8,1 %'; total = 'Rechnungsbetrag CHF'. Currency CHF. Amounts with an apostrophe for thousands (1'234.55). "
        "Line items: every row (amount = 'Betrag CHF'; quantity 'Menge': pieces, or grams of alloy with two decimals)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=mwst, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="CHF", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "MWST-Nr. " + mwst, "Rechnung " + no, po, vname, "CHF"], (html, ctx)


# =========================================================================== 09 Thai cold storage monthly pallet-days (Tax ID 13 digits, VAT 7 %, WHT 1 % decoy)
TH_V = [
    ("Siam Cold Chain Logistics Co., Ltd.", "99/9 Moo 4, Bangna-Trad Road Km 23, Bang Sao Thong, Samut Prakan 10570", "#0b5394"),
    ("Laem Chabang Frozen Storage Co., Ltd.", "188 Moo 3, Sukhumvit Road, Thung Sukhla, Si Racha, Chon Buri 20230", "#134f5c"),
    ("Mahachai Seafood Cold Store Co., Ltd.", "55/12 Moo 7, Rama II Road, Na Khok, Mueang Samut Sakhon, Samut Sakhon 74000", "#3d6b2f"),
    ("Lanna Fresh Warehouse Co., Ltd.", "201 Moo 1, Chiang Mai-Lamphun Road, Saraphi, Chiang Mai 50140", "#7f3f00"),
]
TH_B = [("Thai Union Frozen Foods Trading Co., Ltd.", "Mueang Samut Sakhon, Samut Sakhon 74000"), ("Bangkok Premium Meats Co., Ltd.", "Lat Krabang, Bangkok 10520"),
        ("Andaman Seafood Export Co., Ltd.", "Mueang Phuket, Phuket 83000"), ("Northern Berry Farms Co., Ltd.", "Mae Rim, Chiang Mai 50180")]


@style("09", "th_cold_storage_pallet_month")
def s09(rng, i):
    vname, vaddr, color = TH_V[i]
    bname, baddr = TH_B[i]
    d = rand_date(rng, dt.date(2025, 2, 1))
    pend = d.replace(day=1) - dt.timedelta(days=1)
    pstart = pend.replace(day=1)
    days = pend.day
    items = []
    pal = rng.randint(60, 900)
    q = D(pal * days + rng.randint(-400, 400))
    items.append({"desc": "Frozen storage (-22 °C), pallet-days", "unit": "pallet-day", "qty": q, "price": exact_price(rng, q, D("12.00"), D("26.00"), D("0.25"))})
    if rng.random() < 0.6:
        q = D(rng.randint(20, 200) * days)
        items.append({"desc": "Chilled storage (0 to 4 °C), pallet-days", "unit": "pallet-day", "qty": q, "price": exact_price(rng, q, D("9.00"), D("18.00"), D("0.25"))})
    rin, rout = rng.randint(80, 1500), rng.randint(80, 1500)
    items.append({"desc": "Handling in – receiving and put-away", "unit": "pallet", "qty": D(rin), "price": exact_price(rng, D(rin), D("40.00"), D("95.00"), D("5"))})
    items.append({"desc": "Handling out – picking and dispatch", "unit": "pallet", "qty": D(rout), "price": exact_price(rng, D(rout), D("40.00"), D("95.00"), D("5"))})
    for desc, unit, qlo, qhi, lo, hi in rng.sample([("Blast freezing", "tonne", 5, 120, "450.00", "900.00"), ("Stretch wrapping and relabelling", "pallet", 20, 400, "15.00", "35.00"),
                                                     ("Temperature data logger report", "report", 1, 4, "350.00", "800.00"), ("Overtime dock opening (Sunday)", "hour", 2, 12, "600.00", "1200.00")], rng.randint(1, 2)):
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("5"))})
    for it in items:
        it["amount"] = q2(it["qty"] * it["price"])
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.07"))
    total = net + tax
    wht = q2(net * D("0.01"))
    tid = valid(rng, lambda: "0" + rng.choice(["105", "205", "745", "505"]) + digits(rng, 9), _moa.is_valid)
    tid_p = _moa.format(tid) if i == 1 else tid
    b_tid = valid(rng, lambda: "0" + rng.choice(["105", "745", "835"]) + digits(rng, 9), _moa.is_valid)
    no = [f"IV{d.strftime('%y%m')}-{rng.randint(1, 999):05d}", f"CS{d.year}/{rng.randint(1000, 9999)}", f"TI-{rng.randint(100000, 999999)}", f"INV{d.strftime('%Y%m')}{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y")][i]
    dshow = fd(d) + (f" (B.E. {d.year + 543})" if i == 3 else "")
    due = d + dt.timedelta(days=[30, 45, 0, 0][i]) if i in (0, 1) else None
    term = ["", "", "Credit 30 days", "Credit term 45 days from invoice date"][i]
    po = [None, f"PO-{rng.randint(4500000000, 4509999999)}", None, f"NBF/PO/{rng.randint(1000, 9999)}"][i]
    opening = pal + rng.randint(-50, 50)
    money = lambda x: en(x)  # noqa: E731
    baht, satang = int(total), int((total % 1) * 100)
    words = f"{en_words_title(baht)} Baht" + (f" and {en_words_title(satang)} Satang" if satang else " Only")
    meta = [("Invoice No.", no), ("Date", dshow)]
    if po:
        meta.append(("Customer PO No.", po))
    meta.append(("Due Date", fd(due)) if due else ("Credit Term", term))
    meta.append(("Storage period", f"{fd(pstart)} – {fd(pend)}"))
    html = (
        """<html><head><meta charset="utf-8"><style>"""
        + css(margin="12mm 13mm", font="'DejaVu Sans Condensed','DejaVu Sans',sans-serif", fs="8.4pt")
        + """
.hd{color:{{ color }}} .box{border:1px solid #999;padding:5px 7px} table.it{width:100%;margin-top:8px;border:1px solid #999} table.it th{background:{{ color }};color:#fff;padding:4px;font-size:7.8pt} table.it td{padding:3px 5px;border-left:1px solid #ccc}
table.tot{width:100%;border:1px solid #999;border-top:none} table.tot td{padding:3px 5px} .small{font-size:7pt;color:#555} table.mv td{padding:1px 8px;font-size:7.4pt;border-bottom:1px solid #eee}
</style></head><body>
<table style="width:100%"><tr><td style="width:62%"><div class="hd" style="font-size:14pt;font-weight:bold">{{ v_name }}</div><div>{{ v_addr }}</div><div>Tel. +66 {{ tel }} · Tax ID {{ tid }} (Head Office)</div></td>
<td class="r"><div class="hd" style="font-size:15pt;font-weight:bold">TAX INVOICE</div><div class="small">Original (for customer)</div></td></tr></table>
<table style="width:100%;margin-top:8px"><tr><td class="box" style="width:56%"><div class="small">Customer</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>Tax ID {{ b_tid }} · Branch {{ b_branch }}<br>Customer code {{ ccode }}</td><td style="width:2%"></td>
<td class="box"><table>{% for k, v in meta %}<tr><td class="small" style="padding:1px 6px 1px 0">{{ k }}</td><td style="padding:1px 0"><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr><th>No.</th><th style="text-align:left">Description</th><th>Unit</th><th class="r">Quantity</th><th class="r">Unit price (THB)</th><th class="r">Amount (THB)</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr><td colspan="6" style="height:20px"></td></tr></table>
<table class="tot"><tr><td rowspan="3" style="width:55%;border-right:1px solid #999;vertical-align:middle">({{ words }})</td><td>Total before VAT</td><td class="r">{{ net }}</td></tr><tr><td>VAT 7%</td><td class="r">{{ tax }}</td></tr><tr><td><b>Grand Total</b></td><td class="r"><b>{{ total }}</b></td></tr></table>
<table style="width:100%;margin-top:6px"><tr><td style="width:50%"><div class="small"><b>Stock movement, {{ month }}</b> (pallets)</div><table class="mv"><tr><td>Opening balance {{ p_start }}</td><td class="r">{{ opening }}</td></tr><tr><td>Received</td><td class="r">{{ rin }}</td></tr><tr><td>Dispatched</td><td class="r">{{ rout }}</td></tr><tr><td>Closing balance {{ p_end }}</td><td class="r">{{ closing }}</td></tr></table></td>
<td class="small" style="vertical-align:top">Withholding tax 1% on services before VAT (THB {{ wht }}) to be deducted by the customer against a WHT certificate (50 Tawi); net transfer after WHT THB {{ net_wht }}.</td></tr></table>
<div style="margin-top:8px">Payment by transfer to {{ bank }}, current account {{ acct }}, account name {{ v_name }}. Cheques crossed "A/C Payee Only".</div>
<table style="width:100%;margin-top:26px"><tr><td class="c small" style="width:33%">______________________<br>Received by / Date</td><td class="c small" style="width:33%">______________________<br>Collector</td><td class="c small">______________________<br>Authorised signature</td></tr></table>
<div class="small" style="margin-top:10px;text-align:center">{{ v_name }} · This document is a tax invoice under Section 86/4 of the Revenue Code · Page 1 of 1</div>
</body></html>"""
    )
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"{rng.choice(['2', '38', '34', '53'])} {digits(rng, 3)} {digits(rng, 4)}", tid=tid_p, b_name=bname, b_addr=baddr, b_tid=b_tid, b_branch=f"{rng.randint(0, 3):05d}", ccode=f"C-{rng.randint(1000, 9999)}", meta=meta,
        items=[{"desc": it["desc"], "unit": it["unit"], "q": en(it["qty"], 0), "p": money(it["price"]), "a": money(it["amount"])} for it in items],
        words=words, net=money(net), tax=money(tax), total=money(total), month=f"{MONTHS['en'][pstart.month - 1]} {pstart.year}", p_start=fd(pstart), p_end=fd(pend),
        opening=en(opening, 0), rin=en(rin, 0), rout=en(rout, 0), closing=en(opening + rin - rout, 0), wht=money(wht), net_wht=money(total - wht),
        bank=rng.choice(["Kasikornbank", "Bangkok Bank", "Siam Commercial Bank", "Krungthai Bank"]), acct=f"{digits(rng, 3)}-{digits(rng, 1)}-{digits(rng, 5)}-{digits(rng, 1)}",
    )
    notes = (
        "Thai cold-storage warehouse's monthly TAX INVOICE in English: vendor = the company name at the top; vendor tax id = 'Tax ID' (13 digits, " + ("printed with hyphens, " if i == 1 else "")
        + "valid check digit, python-stdnum th.moa); the customer's Tax ID and branch, customer code and bank account are decoys. invoice_number = 'Invoice No.'; invoice_date = 'Date' ("
        + ["dd/mm/yyyy", "dd-Mon-yyyy", "'12 March 2026'", "dd/mm/yyyy followed by the Buddhist-era year in brackets"][i] + "); the storage period and the stock movement dates are decoys. "
        + ("due = 'Due Date'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Customer PO No.' {po}. " if po else "No PO. ")
        + "subtotal = 'Total before VAT'; tax = 'VAT 7%'; total = 'Grand Total'; the withholding tax and the net transfer after it are decoys; the stock movement pallets are decoys. Currency THB ('THB', 'Baht'). Amounts '1,234.56'. "
        "The amount in words repeats the total. Line items: every row (amount = 'Amount (THB)'; quantity 'Quantity': pallet-days, pallets, tonnes, reports or hours)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=tid_p, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="THB", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, tid_p, no, po, vname, "THB"], (html, ctx)


# =========================================================================== 10 Tajik tyre fitter's счёт-фактура (ИНН, НДС 14 %, per-vehicle jobs, debt brought forward)
TJ_V = [
    ("ООО «Шинный центр Душанбе»", "734025, г. Душанбе, ул. С. Айни, 45", "#8b1a1a"),
    ("ООО «Худжанд Шина Сервис»", "735700, г. Худжанд, ул. Ленина, 12", "#1a4f8b"),
    ("ОАО «Автошина Бохтар»", "735140, г. Бохтар, ул. Вахдат, 7", "#2f6b2f"),
    ("ООО «ПамирАвтоСервис»", "736000, г. Хорог, ул. Ленина, 30", "#5a3a8b"),
]
TJ_B = [("ООО «Тоҷиктранс Логистика»", "г. Душанбе, пр. Рудаки, 120"), ("ГУП «Автобусный парк № 2»", "г. Худжанд, ул. Мира, 3"),
        ("ООО «Агросервис Хатлон»", "г. Бохтар, ул. Айни, 55"), ("ООО «Памир Карго»", "г. Хорог, ул. Гагарина, 8")]
TJ_CARS = ["MAN TGS 26.440", "КамАЗ 65115", "Mercedes-Benz Actros 1845", "Volvo FH 460", "ПАЗ 3205", "Toyota Hilux", "Isuzu NQR 90", "ГАЗель Next"]
TJ_JOBS = [
    ("Шиномонтаж колеса R22.5 (снятие, монтаж, установка)", "кол.", 2, 12, "35.00", "70.00"),
    ("Балансировка колеса R22.5", "кол.", 2, 12, "25.00", "55.00"),
    ("Шина 315/80 R22.5 всесезонная, новая", "шт.", 1, 6, "2300.00", "4200.00"),
    ("Ремонт бокового пореза (вулканизация, латка)", "шт.", 1, 3, "120.00", "300.00"),
    ("Шиномонтаж колеса R16 (лёгкий коммерческий)", "кол.", 4, 8, "20.00", "40.00"),
    ("Подкачка азотом", "кол.", 4, 12, "8.00", "15.00"),
    ("Хранение сезонных шин, комплект в месяц", "компл.", 1, 4, "60.00", "120.00"),
]


@style("10", "tj_shinomontazh_avtopark")
def s10(rng, i):
    vname, vaddr, color = TJ_V[i]
    bname, baddr = TJ_B[i]
    d = rand_date(rng)
    items = []
    for _ in range(rng.randint(2, 4)):
        car = rng.choice(TJ_CARS)
        plate = f"{rng.randint(1000, 9999)} {rng.choice(['АА', 'ВА', 'ТА', 'КА'])} {rng.choice(['01', '02', '03', '04'])}"
        wd = d - dt.timedelta(days=rng.randint(1, 25))
        odo = rng.randint(40000, 690000)
        for desc, unit, qlo, qhi, lo, hi in rng.sample(TJ_JOBS, rng.randint(1, 3)):
            q = D(rng.randint(qlo, qhi))
            p = exact_price(rng, q, D(lo), D(hi), D("0.50"))
            items.append({"desc": desc, "car": f"{car}, гос. № {plate}, пробег {sp(odo, 0)} км, заказ-наряд № {rng.randint(1000, 9999)} от {wd.strftime('%d.%m.%Y')}", "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    for it in items:
        it["vat"] = q2(it["amount"] * D("0.14"))
    net = sum(it["amount"] for it in items)
    tax = sum(it["vat"] for it in items)
    total = net + tax
    inn = f"0{rng.choice(['1', '2', '3', '4'])}{digits(rng, 7)}"
    b_inn = f"0{rng.choice(['1', '2', '3', '4'])}{digits(rng, 7)}"
    no = [f"{rng.randint(1, 999):06d}", f"ШС-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}", f"ПАС/{d.strftime('%y')}/{rng.randint(10, 99)}"][i]
    fd = [lambda x: f"{x.day} {MONTHS['ru_gen'][x.month - 1]} {x.year} г.", lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d.%m.%Y") + " г.", lambda x: f"{x.day:02d} {MONTHS['ru_gen'][x.month - 1]} {x.year} г."][i]
    due = d + dt.timedelta(days=[10, 0, 15, 0][i]) if i in (0, 2) else None
    term = ["", "оплата в течение 5 банковских дней", "", "по факту выполнения работ"][i]
    po = [None, f"З-{rng.randint(100, 999)}", None, f"ПК-{rng.randint(1000, 9999)}"][i]
    debt = q2(D(rng.randint(0, 2500000)) / 100) if i != 2 else D("0.00")
    money = lambda x: sp(x)  # noqa: E731
    meta = [("Поставщик", f"{vname}, ИНН {inn}, {vaddr}"), ("Покупатель", f"{bname}, ИНН {b_inn}, {baddr}"), ("Основание", f"Договор № {rng.randint(10, 99)}/Ш от {(d - dt.timedelta(days=rng.randint(60, 400))).strftime('%d.%m.%Y')}")]
    if po:
        meta.append(("Заказ покупателя", po))
    meta.append(("Срок оплаты", "до " + fd(due)) if due else ("Условия оплаты", term))
    html = (
        """<html><head><meta charset="utf-8"><style>"""
        + css(margin="12mm 12mm", font="'DejaVu Sans',sans-serif", fs="8.2pt")
        + """
.hd{color:{{ color }}} table.kv td{padding:2px 6px;vertical-align:top} table.it{width:100%;margin-top:8px;border:1px solid #444} table.it th{border:1px solid #444;background:#eee;padding:3px;font-size:7.4pt} table.it td{border:1px solid #777;padding:2px 4px}
.small{font-size:7pt;color:#555} .car{font-size:6.8pt;color:#555}
</style></head><body>
<table style="width:100%"><tr><td><div class="hd" style="font-size:13pt;font-weight:bold">{{ v_name }}</div><div class="small">Шиномонтаж · балансировка · продажа грузовых шин · {{ v_addr }} · тел. +992 {{ tel }}</div></td><td class="r">{{ qr|safe }}</td></tr></table>
<div class="small" style="margin-top:4px">Банк: {{ bank }}, р/с {{ rs }}, к/с {{ ks }}, БИК {{ bik }} · Свидетельство о регистрации плательщика НДС № {{ vat_cert }}</div>
<div style="text-align:center;margin-top:10px"><span class="hd" style="font-size:14pt;font-weight:bold">СЧЁТ-ФАКТУРА</span></div>
<table class="kv" style="margin:6px auto 0 auto"><tr><td>Номер</td><td><b>{{ no }}</b></td><td style="padding-left:30px">Дата выписки</td><td><b>{{ date }}</b></td></tr></table>
<table class="kv" style="width:100%;margin-top:6px">{% for k, v in meta %}<tr><td style="width:22%">{{ k }}:</td><td>{{ v }}</td></tr>{% endfor %}</table>
<table class="it"><tr><th>№</th><th>Наименование работ и товаров</th><th>Ед.</th><th>Кол-во</th><th>Цена, сомони</th><th>Стоимость без НДС</th><th>Ставка НДС</th><th>Сумма НДС</th><th>Стоимость с НДС</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.desc }}<div class="car">{{ it.car }}</div></td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="c">14%</td><td class="r">{{ it.v }}</td><td class="r">{{ it.g }}</td></tr>{% endfor %}
<tr><td></td><td colspan="4"><b>Итого без НДС</b></td><td class="r"><b>{{ net }}</b></td><td></td><td></td><td></td></tr>
<tr><td></td><td colspan="4"><b>НДС 14 %</b></td><td></td><td></td><td class="r"><b>{{ tax }}</b></td><td></td></tr>
<tr><td></td><td colspan="4"><b>Всего к оплате с НДС, сомони</b></td><td></td><td></td><td></td><td class="r"><b>{{ total }}</b></td></tr></table>
{% if debt %}<table style="margin-left:auto;margin-top:8px" class="kv"><tr><td class="small">Задолженность на начало месяца</td><td class="r small">{{ debt }}</td></tr><tr><td class="small">Итого задолженность с учётом настоящего счёта-фактуры</td><td class="r small">{{ debt_total }}</td></tr></table>{% endif %}
<div style="margin-top:8px">Работы выполнены в полном объёме, претензий по качеству и срокам нет. Гарантия на шиномонтаж — 30 дней.</div>
<table style="width:100%;margin-top:26px"><tr><td style="width:50%">Руководитель ____________ {{ boss }}</td><td>Главный бухгалтер ____________ {{ acc }}</td></tr><tr><td style="padding-top:14px">Выдал ____________</td><td style="padding-top:14px">Получил ____________</td></tr></table>
<div class="small" style="margin-top:14px;border-top:1px solid #bbb;padding-top:3px">{{ v_name }} · ИНН {{ inn }} · Электронный счёт-фактура зарегистрирован в НК при Правительстве РТ, код {{ ecode }} · Страница 1 из 1</div>
</body></html>"""
    )
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"{rng.choice(['37', '92', '93', '98'])} {digits(rng, 3)} {digits(rng, 4)}", qr=qr_svg(rng, 20), bank=rng.choice(["ОАО «Ориёнбонк»", "ЗАО «Спитамен Банк»", "ОАО «Амонатбонк»", "ЗАО «Душанбе Сити Банк»"]),
        rs=digits(rng, 20), ks=digits(rng, 20), bik=f"3501{digits(rng, 5)}", vat_cert=f"{rng.randint(100, 999)}{digits(rng, 6)}", no=no, date=fd(d), meta=meta,
        items=[{"desc": it["desc"], "car": it["car"], "unit": it["unit"], "q": qstr(it["qty"]), "p": money(it["price"]), "a": money(it["amount"]), "v": money(it["vat"]), "g": money(it["amount"] + it["vat"])} for it in items],
        net=money(net), tax=money(tax), total=money(total), debt=money(debt) if debt else None, debt_total=money(debt + total),
        boss=rng.choice(["Рахимов Ф. Д.", "Сафаров А. Н.", "Каримова М. Ш."]), acc=rng.choice(["Юсупова Н. А.", "Назаров Б. Х.", "Шарипова Д. М."]), inn=inn, ecode=digits(rng, 16),
    )
    notes = (
        "Tajik tyre fitter's СЧЁТ-ФАКТУРА in Russian for a fleet: vendor = the legal name in the header (with its «» quotes); vendor tax id = the 'ИНН' in the 'Поставщик' row and the footer (9 digits, no public checksum: random); "
        "the buyer's ИНН, the VAT registration certificate number, bank account, БИК, contract, plates, odometer readings, work-order numbers and the e-invoice code are decoys. invoice_number = 'Номер'; invoice_date = 'Дата выписки' ("
        + ["'12 марта 2026 г.'", "dd.mm.yyyy", "'dd.mm.yyyy г.'", "'05 марта 2026 г.'"][i] + "); work-order and contract dates are decoys. "
        + ("due = the date after 'Срок оплаты: до'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Заказ покупателя' {po}. " if po else "No PO. ")
        + "subtotal = 'Итого без НДС'; tax = 'НДС 14 %' (the per-row VAT adds up to it); total = 'Всего к оплате с НДС, сомони'" + ("; the debt at the start of the month and the total debt are decoys" if debt else "")
        + ". Currency TJS ('сомони'). Amounts '1 234,56'. Line items: every row (amount = 'Стоимость без НДС'; quantity 'Кол-во')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=inn, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="TJS", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "ИНН " + inn, no, po, vname, "сомони"], (html, ctx)
