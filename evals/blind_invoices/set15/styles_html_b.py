"""Chromium (HTML) styles for set 15, part B (06 Qatari wedding caterer's final invoice in English with Arabic labels,
no VAT, a package discount, the deposit paid and the balance, 08 Surinamese pest-control contractor's quarterly
service-contract factuur in Dutch with BTW 10 %, a visit log and earlier invoices still open)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import (
    T,
    css,
    de,
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
    style_registry,
    valid,
)
from kit_common import MONTHS
from stdnum import iban as _iban

STYLES, style = style_registry("chromium")


# =========================================================================== 06 Qatari wedding caterer (English + Arabic labels, no VAT, deposit and balance)
QA_V = [
    ("Al Majlis Royal Catering & Events W.L.L.", "مجلس رويال للضيافة والمناسبات ذ.م.م", "Building 45, Street 230, Salwa Road, Doha", "#7a5c1e"),
    ("Pearl Banquets & Hospitality W.L.L.", "بيرل للولائم والضيافة ذ.م.م", "Porto Arabia, Tower 12, The Pearl-Qatar, Doha", "#5e1e4f"),
    ("Al Wakra Wedding Kitchens W.L.L.", "مطابخ الوكرة للأفراح ذ.م.م", "Al Wakra Main Road, Zone 90, Al Wakra", "#1e5e3c"),
    ("Lusail Grand Events Catering W.L.L.", "لوسيل جراند لتموين الحفلات ذ.م.م", "Marina District, Building 18, Lusail", "#1e3c5e"),
]
QA_B = [("Mr. Khalid Abdulla Al-Sulaiti", "Al Dafna, Doha"), ("Mrs. Noora Hamad Al-Kuwari", "Al Gharrafa, Doha"), ("Mr. Saleh Mohammed Al-Marri", "Al Wukair, Al Wakra"),
        ("Qatar Energy Staff Social Club", "Ras Laffan Industrial City")]
QA_VENUES = ["Ritz-Carlton Doha – Grand Ballroom", "Katara Cultural Village – Al Thuraya Hall", "Sealine Beach Resort – Desert Tent", "Lusail Marina Majlis"]
QA_MENU = [
    ("Arabic dinner buffet – adults (per guest)", "مائدة عشاء عربية", 150, 600, "180.00", "420.00"),
    ("Children's menu (per child)", "قائمة الأطفال", 20, 120, "65.00", "120.00"),
    ("Ouzi – whole lamb on rice (tray)", "أوزي", 4, 20, "850.00", "1450.00"),
    ("Wedding cake, 5 tiers with sugar flowers", "كعكة الزفاف", 1, 1, "2500.00", "6500.00"),
    ("Kosha and stage floral decoration", "ديكور الكوشة", 1, 1, "8000.00", "25000.00"),
    ("Arabic coffee, tea and dates service (hours)", "القهوة العربية والتمر", 3, 6, "350.00", "700.00"),
    ("Service staff – waiters and hostesses (per person)", "طاقم الخدمة", 8, 40, "220.00", "380.00"),
    ("Fresh juice and mocktail station (per guest)", "ركن العصائر", 150, 600, "18.00", "35.00"),
]


@style("06", "qa_wedding_catering_deposit_balance")
def s06(rng, i):
    vname, var, vaddr, color = QA_V[i]
    bname, baddr = QA_B[i]
    d = rand_date(rng)
    event = d + dt.timedelta(days=rng.randint(7, 30))
    guests = rng.randint(150, 600)
    items = []
    for desc, ar, qlo, qhi, lo, hi in rng.sample(QA_MENU, rng.randint(4, 6)):
        q = D(guests) if "per guest" in desc else D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(lo), D(hi), D("5"))
        items.append({"desc": desc, "ar": ar, "qty": q, "price": p, "amount": q2(q * p)})
    sub = sum(it["amount"] for it in items)
    disc = q2(sub * D(rng.choice([3, 5, 7, 10])) / 100) if i in (0, 3) else None
    total = sub - (disc or 0)
    dep = q2(total * D(rng.choice([30, 40, 50])) / 100 / 100) * 100
    dep_d = d - dt.timedelta(days=rng.randint(20, 90))
    tin = f"5{digits(rng, 9)}"
    cr = f"{rng.randint(10000, 199999)}"
    no = [f"INV-{d.year}-{rng.randint(100, 999)}", f"PB/{rng.randint(1000, 9999)}", f"AWK{d.strftime('%y%m')}{rng.randint(10, 99)}", f"LGE-{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y")][i]
    due = event - dt.timedelta(days=rng.randint(2, 5)) if i in (0, 2) else None
    po = [None, None, None, f"LPO-{rng.randint(10000, 99999)}"][i]
    money = lambda x: en(x)  # noqa: E731
    ib = valid(rng, lambda: iban("QA", rng.choice(["QNBA", "CBQA", "DOHB", "QIIB"]) + digits(rng, 21)), _iban.is_valid)
    meta = [("Invoice No.", "رقم الفاتورة", no), ("Invoice Date", "تاريخ الفاتورة", fd(d)), ("Booking Ref.", "رقم الحجز", f"BK-{rng.randint(1000, 9999)}")]
    if po:
        meta.append(("LPO No.", "رقم أمر الشراء", po))
    meta.append(("Due Date", "تاريخ الاستحقاق", fd(due)) if due else ("Payment Terms", "شروط الدفع", "Balance payable 7 days before the event"))
    tots = [("Sub Total", "المجموع الفرعي", money(sub), False)]
    if disc:
        tots.append(("Less: package discount", "الخصم", "-" + money(disc), False))
    tots.append(("Invoice Total (QAR)", "إجمالي الفاتورة", money(total), True))
    sched = [(f"Deposit paid on {fd(dep_d)} – receipt RV-{rng.randint(1000, 9999)}", "العربون المدفوع", money(dep)), ("Balance to pay", "المبلغ المتبقي", money(total - dep))]
    html = (
        """<html><head><meta charset="utf-8"><style>"""
        + css(margin="12mm 13mm", font="'DejaVu Sans',sans-serif", fs="8.4pt")
        + """
.hd{color:{{ color }}} .ar{direction:rtl;text-align:right} table.kv td{padding:2px 6px;border-bottom:1px dotted #ccc} table.it{width:100%;margin-top:10px} table.it th{border-top:2px solid {{ color }};border-bottom:1px solid {{ color }};padding:4px;font-size:7.6pt}
table.it td{padding:4px;border-bottom:1px solid #eee} table.tot{margin-left:auto;margin-top:8px;min-width:110mm} table.tot td{padding:3px 6px} .small{font-size:7pt;color:#666} .box{border:1px solid {{ color }};padding:6px 8px;margin-top:10px}
</style></head><body>
<table style="width:100%"><tr><td style="width:55%"><div class="hd" style="font-size:14pt;font-weight:bold">{{ v_name }}</div><div>{{ v_addr }}, State of Qatar</div><div>Tel +974 {{ tel }} · events@{{ dom }}.qa</div><div>C.R. No. {{ cr }} · TIN {{ tin }}</div></td>
<td class="ar"><div class="hd" style="font-size:13pt;font-weight:bold">{{ v_ar }}</div><div>سجل تجاري {{ cr }}</div></td></tr></table>
<table style="width:100%;margin-top:10px;background:{{ color }};color:#fff"><tr><td style="padding:5px 8px;font-size:13pt;font-weight:bold">INVOICE – WEDDING CATERING</td><td class="ar" style="padding:5px 8px;font-size:13pt;font-weight:bold">فاتورة</td></tr></table>
<table style="width:100%;margin-top:8px"><tr><td style="width:52%"><table class="kv">{% for k, a, v in meta %}<tr><td>{{ k }}</td><td class="ar small">{{ a }}</td><td><b>{{ v }}</b></td></tr>{% endfor %}</table></td>
<td style="padding-left:12px"><div class="small">Bill to / فاتورة إلى</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>{{ qid_label }} {{ qid }}<br><br><div class="small">Event / المناسبة</div>Wedding reception, {{ event }}<br>{{ venue }} · {{ guests }} guests confirmed</td></tr></table>
<table class="it"><tr><th style="text-align:left">Description</th><th class="ar">البيان</th><th class="r">Qty</th><th class="r">Unit price</th><th class="r">Amount (QAR)</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td class="ar small">{{ it.ar }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tot">{% for k, a, v, b in tots %}<tr{% if b %} style="background:#f5f0e6"{% endif %}><td>{% if b %}<b>{{ k }}</b>{% else %}{{ k }}{% endif %}</td><td class="ar small">{{ a }}</td><td class="r">{% if b %}<b>{{ v }}</b>{% else %}{{ v }}{% endif %}</td></tr>{% endfor %}</table>
<div class="small" style="text-align:right">No VAT is charged in the State of Qatar.</div>
<table class="tot" style="margin-top:10px;border-top:1px dashed #999"><tr><td colspan="3" class="small"><b>Payment schedule</b></td></tr>{% for k, a, v in sched %}<tr><td class="small">{{ k }}</td><td class="ar small">{{ a }}</td><td class="r small">{{ v }}</td></tr>{% endfor %}</table>
<div class="box">Bank transfer: {{ bank }} · Account name {{ v_name }} · IBAN {{ iban }} · SWIFT {{ swift }} · Please quote the invoice number.</div>
<div class="small" style="margin-top:8px">Final guest numbers must be confirmed 72 hours before the event; additional guests are charged at the buffet rate. Cancellation within 14 days of the event forfeits the deposit.</div>
<div class="small" style="margin-top:16px;border-top:1px solid #ccc;padding-top:3px">{{ v_name }} · C.R. {{ cr }} · Page 1 of 1</div>
</body></html>"""
    )
    ctx = dict(
        color=color, v_name=vname, v_ar=var, v_addr=vaddr, tel=f"{rng.choice(['4', '3', '5', '7'])}{digits(rng, 3)} {digits(rng, 4)}", dom=vname.split()[0].lower() + vname.split()[1].lower().replace("&", ""), cr=cr, tin=tin,
        meta=meta, b_name=bname, b_addr=baddr, qid_label="QID" if i != 3 else "C.R. No.", qid=digits(rng, 11, True) if i != 3 else str(rng.randint(10000, 99999)), event=fd(event), venue=QA_VENUES[i], guests=guests,
        items=[{"desc": it["desc"], "ar": it["ar"], "q": en(it["qty"], 0), "p": money(it["price"]), "a": money(it["amount"])} for it in items], tots=tots, sched=sched,
        bank=rng.choice(["Qatar National Bank", "Commercial Bank of Qatar", "Doha Bank", "Qatar Islamic Bank"]), iban=iban_fmt(ib), swift=rng.choice(["QNBAQAQA", "CBQAQAQA", "DOHBQAQA", "QISBQAQA"]),
    )
    notes = (
        "Qatari wedding caterer's INVOICE in English with Arabic labels (no VAT in Qatar): vendor = the English legal name (W.L.L.) at the top (the Arabic name is the same company); vendor tax id = 'TIN' (10 digits, no public checksum: random); "
        "the C.R. number, the client's QID or C.R. number, booking reference, receipt number and IBAN are decoys. invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' ("
        + ["dd/mm/yyyy", "dd-Mon-yyyy", "'12 March 2026'", "dd/mm/yyyy"][i] + "); the event date and the deposit date are decoys. "
        + ("due = 'Due Date' (the balance's due date). " if due else "'Balance payable 7 days before the event' is a term: no due date (null). ")
        + (f"PO = 'LPO No.' {po}. " if po else "No PO. ")
        + "subtotal = 'Sub Total'; tax = null (none printed, none charged); total = 'Invoice Total (QAR)'" + (" (Sub Total less the package discount)" if disc else " (equal to the Sub Total)")
        + "; the deposit paid and 'Balance to pay' in the payment schedule are decoys. Currency QAR. Amounts '1,234.56'. Line items: every item row (amount = 'Amount (QAR)'; quantity 'Qty'); the discount is a totals row, not a line."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=tin, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="QAR", subtotal=mt(sub), tax=None, total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "TIN " + tin, no, po, vname, "QAR"], (html, ctx)


# =========================================================================== 08 Surinamese pest control service contract (FIN, BTW 10 %, visit log, open balance)
SR_V = [
    ("Ongediertebestrijding Tropica N.V.", "Kwattaweg 312, Paramaribo", "#2e7d32"),
    ("Hygiëne Totaal Suriname N.V.", "Jaggernath Lachmonstraat 88, Paramaribo", "#00695c"),
    ("Nickerie Plaagdierbeheer N.V.", "Gouverneurstraat 14, Nieuw-Nickerie", "#6d4c41"),
    ("Commewijne Pest Services N.V.", "Oost-Westverbinding 51, Meerzorg", "#283593"),
]
SR_B = [("Supermarkt Tulip N.V.", "Tourtonnelaan 135, Paramaribo"), ("Hotel Torarica N.V. – afdeling Facilitair", "Mr. L.J. Rietbergplein 1, Paramaribo"),
        ("Rijstpellerij De Nieuwe Polder N.V.", "Waterloo, Nickerie"), ("Fernandes Bottling Company N.V.", "Kernkampweg 57, Paramaribo")]
SR_WORK = [
    ("Periodieke inspectie en behandeling kakkerlakken en mieren", "bezoek", 3, 6, "450.00", "1200.00"),
    ("Onderhoud en controle rattenlokdozen", "doos", 10, 60, "35.00", "85.00"),
    ("Termietbehandeling houtwerk (injectie)", "m²", 10, 120, "40.00", "110.00"),
    ("Vliegenlampen: vervangen UV-buizen", "stuk", 2, 12, "180.00", "350.00"),
    ("Extra bezoek op afroep (spoed)", "bezoek", 1, 2, "650.00", "1500.00"),
    ("Rookbehandeling opslagruimte", "m³", 50, 400, "6.00", "14.00"),
]


@style("08", "sr_ongediertebestrijding_contract")
def s08(rng, i):
    vname, vaddr, color = SR_V[i]
    bname, baddr = SR_B[i]
    d = rand_date(rng)
    q_no = (d.month - 1) // 3 + 1
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(SR_WORK, rng.randint(3, 5)):
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(lo), D(hi), D("0.50"))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.10"))
    total = net + tax
    fin = f"{rng.choice(['1', '2', '4'])}{digits(rng, 9)}"
    b_fin = f"{rng.choice(['1', '2', '4'])}{digits(rng, 9)}"
    no = [f"F{d.year}-{rng.randint(100, 999)}", f"{rng.randint(2025000, 2026999)}", f"NPB/{rng.randint(100, 999)}/{d.strftime('%y')}", f"CPS-{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%d-%m-%Y"), lambda x: f"{x.day} {MONTHS['nl'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y")][i]
    due = d + dt.timedelta(days=[14, 0, 0, 30][i]) if i in (0, 3) else None
    term = ["", "Betaling binnen 14 dagen na factuurdatum", "Contant bij uitvoering", ""][i]
    po = [f"IO-{rng.randint(10000, 99999)}", None, f"{rng.randint(4500, 4599)}{digits(rng, 4)}", None][i]
    open_prev = [(f"F{d.year}-{rng.randint(10, 99)}" if i == 0 else f"{rng.randint(2024000, 2024999)}", fd(d - dt.timedelta(days=rng.randint(40, 120))), q2(D(rng.randint(50000, 900000)) / 100)) for _ in range(rng.randint(0, 2))]
    visits = sorted(d - dt.timedelta(days=rng.randint(1, 80)) for _ in range(rng.randint(3, 5)))
    money = lambda x: de(x)  # noqa: E731
    finds = ["geen activiteit", "lichte activiteit kakkerlakken keuken", "vraat in 2 lokdozen", "mierensporen magazijn", "termietgangen deurkozijn achterzijde", "vliegen bij laadperron"]
    html = (
        """<html><head><meta charset="utf-8"><style>"""
        + css(margin="13mm 14mm", font="'DejaVu Sans',sans-serif", fs="8.5pt")
        + """
.hd{color:{{ color }}} .side{border-left:4px solid {{ color }};padding-left:8px} table.it{width:100%;margin-top:10px} table.it th{background:{{ color }};color:#fff;padding:4px;font-size:7.8pt;text-align:left} table.it td{padding:4px;border-bottom:1px solid #ddd}
table.tot{margin-left:auto;margin-top:6px} table.tot td{padding:2px 8px} .small{font-size:7pt;color:#555} table.log td{padding:1px 6px;font-size:7.2pt;border-bottom:1px solid #eee}
</style></head><body>
<table style="width:100%"><tr><td><div class="hd" style="font-size:15pt;font-weight:bold">{{ v_name }}</div><div class="small">Ongediertebestrijding · termietbehandeling · hygiënecontracten voor horeca en industrie</div><div>{{ v_addr }}, Suriname · Tel. +597 {{ tel }}</div>
<div>FIN {{ fin }} · KKF-nr. {{ kkf }}</div></td><td class="r" style="vertical-align:top"><div class="hd" style="font-size:20pt;font-weight:bold">FACTUUR</div></td></tr></table>
<table style="width:100%;margin-top:14px"><tr><td class="side" style="width:50%"><div class="small">Factuur aan</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>FIN klant: {{ b_fin }}</td>
<td><table>{% for k, v in meta %}<tr><td class="small" style="padding:1px 10px 1px 0">{{ k }}</td><td style="padding:1px 0"><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:10px">Servicecontract {{ contract }} – {{ quarter }}. Locatie: {{ b_addr }}.</div>
<table class="it"><tr><th>Omschrijving</th><th>Eenheid</th><th class="r">Aantal</th><th class="r">Prijs SRD</th><th class="r">Bedrag SRD</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td>{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tot"><tr><td>Subtotaal</td><td class="r">SRD {{ net }}</td></tr><tr><td>BTW 10%</td><td class="r">SRD {{ tax }}</td></tr><tr><td style="border-top:1px solid #333"><b>Totaal te betalen</b></td><td class="r" style="border-top:1px solid #333"><b>SRD {{ total }}</b></td></tr></table>
<div class="small" style="margin-top:12px"><b>Bezoekrapport (uitgevoerde bezoeken)</b></div>
<table class="log">{% for v, t, f in log %}<tr><td>{{ v }}</td><td>{{ t }}</td><td>{{ f }}</td></tr>{% endfor %}</table>
{% if open %}<div class="small" style="margin-top:10px"><b>Nog openstaande facturen</b></div><table class="log">{% for n, dd, a in open %}<tr><td>Factuur {{ n }}</td><td>{{ dd }}</td><td class="r">SRD {{ a }}</td></tr>{% endfor %}<tr><td colspan="2">Totaal openstaand incl. deze factuur</td><td class="r">SRD {{ open_total }}</td></tr></table>{% endif %}
<div style="margin-top:10px">Gelieve te betalen op {{ bank }} rek.nr. {{ acct }} t.n.v. {{ v_name }} onder vermelding van het factuurnummer.</div>
<div class="small" style="position:fixed;bottom:0;left:0;right:0;text-align:center;border-top:1px solid #ccc;padding-top:3px">{{ v_name }} · FIN {{ fin }} · Gebruikte middelen toegelaten door het Ministerie van LVV · Pagina 1 van 1</div>
</body></html>"""
    )
    meta = [("Factuurnummer", no), ("Factuurdatum", fd(d))]
    if po:
        meta.append(("Uw inkoopordernummer", po))
    meta.append(("Vervaldatum", fd(due)) if due else ("Betalingsconditie", term))
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"{rng.choice(['4', '8', '49', '23'])}{digits(rng, 5)}", fin=fin, kkf=str(rng.randint(10000, 79999)), b_name=bname, b_addr=baddr, b_fin=b_fin, meta=meta,
        contract=f"SC-{d.year - 1}-{rng.randint(10, 99)}", quarter=f"kwartaal {q_no} {d.year}",
        items=[{"desc": it["desc"], "unit": it["unit"], "q": qstr(it["qty"]), "p": money(it["price"]), "a": money(it["amount"])} for it in items], net=money(net), tax=money(tax), total=money(total),
        log=[(fd(v), rng.choice(["R. Ramdin", "K. Sabajo", "M. Pinas", "A. Kartodikromo"]), rng.choice(finds)) for v in visits], open=[(n, dd, money(a)) for n, dd, a in open_prev],
        open_total=money(total + sum(a for _, _, a in open_prev)), bank=rng.choice(["De Surinaamsche Bank", "Hakrinbank", "Finabank", "Republic Bank Suriname"]), acct=f"{digits(rng, 2)}.{digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 3)}",
    )
    notes = (
        "Surinamese pest-control contractor's FACTUUR in Dutch for a quarter of a service contract: vendor = the legal name (N.V.) at the top; vendor tax id = 'FIN' (fiscaal identificatienummer, 10 digits, no public checksum: random); "
        "the client's FIN, the KKF (chamber of commerce) number, the contract number, bank account and earlier invoice numbers are decoys. invoice_number = 'Factuurnummer'; invoice_date = 'Factuurdatum' ("
        + ["dd-mm-yyyy", "'12 maart 2026'", "dd/mm/yyyy", "dd-mm-yyyy"][i] + "); the visit dates and earlier invoices' dates are decoys. "
        + ("due = 'Vervaldatum'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Uw inkoopordernummer' {po}. " if po else "No PO. ")
        + "subtotal = 'Subtotaal'; tax = 'BTW 10%'; total = 'Totaal te betalen'" + ("; the open earlier invoices and the total outstanding are decoys" if open_prev else "")
        + ". Currency SRD. Amounts '1.234,56'. Line items: every row (amount = 'Bedrag SRD'; quantity 'Aantal')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=fin, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="SRD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "FIN " + fin, no, po, vname, "SRD"], (html, ctx)
