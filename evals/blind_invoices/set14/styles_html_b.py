"""Chromium (HTML) styles for set 14, part B (02 Bangladeshi printing press's Mushak-6.3 tax invoice with a job ticket,
proof rounds, a delivery challan and an advance received, 07 Omani scaffolding hire invoice in English with Arabic
labels, one row per hire week, VAT 5 % and a security deposit)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import (
    T,
    css,
    digits,
    en,
    exact_price,
    iban,
    iban_fmt,
    in_words,
    li,
    mt,
    q2,
    rand_date,
    style_registry,
)
from kit_common import MONTHS, bars_svg, en3

STYLES, style = style_registry("chromium")


# =========================================================================== 02 Bangladeshi printing press Mushak-6.3 (BIN, VAT 15 %, job ticket with proofs)
BD_V = [
    ("Padma Offset Printers & Packaging Ltd.", "Plot 23, Tejgaon Industrial Area, Dhaka-1208", "#8e1b1b"),
    ("Karnaphuli Colour Press Ltd.", "House 12, Road 3, Nasirabad I/A, Chattogram-4209", "#1b4f8e"),
    ("Meghna Print Solutions Ltd.", "BSCIC Industrial Estate, Fatullah, Narayanganj-1400", "#2e6b1f"),
    ("Rupsha Printing & Publications Ltd.", "21 KDA Avenue, Khulna-9100", "#5e2a7e"),
]
BD_B = [
    ("Bengal Agro Foods Ltd.", "Gulshan Avenue 90, Dhaka-1212"),
    ("Sonar Bangla Textiles Ltd.", "Agrabad C/A, Chattogram-4100"),
    ("Green Delta Pharma Ltd.", "Tongi I/A, Gazipur-1710"),
    ("Sundarban Seafood Exports Ltd.", "Rupsha Ghat Road, Khulna-9100"),
]
BD_JOBS = [
    ("Annual Report 2025, A4, 96 pp + cover", 500, 3000, "100 gsm matt art (text), 300 gsm art card (cover)", 16),
    ("Product brochure, A4, 8 pp, 4/4 colour", 2000, 12000, "150 gsm gloss art paper", 4),
    ("Carton outer box, 3-ply, 320 x 240 x 180 mm", 5000, 20000, "350 gsm duplex board", 4),
    ("Product catalogue 2026, A5, 48 pp + cover", 1000, 6000, "115 gsm matt art, 250 gsm cover", 12),
]


@style("02", "bd_print_job_ticket_proofs")
def s02(rng, i):
    vname, vaddr, color = BD_V[i]
    bname, baddr = BD_B[i]
    job, qlo, qhi, stock, forms = BD_JOBS[i]
    d = rand_date(rng)
    run = D(rng.randint(qlo // 500, qhi // 500) * 500)
    items = []

    def add(desc, q, lo, hi, step=D("0.25"), unit="pcs"):
        q = D(q)
        p = exact_price(rng, q, D(lo), D(hi), step)
        items.append({"desc": desc, "qty": q, "price": p, "amount": q2(q * p), "unit": unit})

    add(f"Printing – {job}, 4/4 colour, {stock}", run, 6, 48)
    add(f"CTP plates, 4 colours x {forms} forms", 4 * forms, 550, 950, D("5"), "plates")
    n_proof = rng.randint(2, 3)
    add(f"Digital colour proofs – {n_proof} rounds (additional rounds beyond the first)", n_proof - 1, 350, 900, D("10"), "rounds")
    extras = [("Lamination – matt, one side", 1, 4), ("Spot UV varnish", 1.5, 5), ("Die-cutting & creasing", 0.75, 2.5), ("Perfect binding", 6, 16), ("Saddle stitching", 0.75, 2)]
    for desc, lo, hi in rng.sample(extras, rng.randint(1, 2)):
        add(desc, run, lo, hi)
    add("Delivery to client premises (covered van)", rng.randint(1, 2), 1500, 4500, D("50"), "trips")
    for it in items:
        it["vat"] = q2(it["amount"] * D("0.15"))
    net = sum(it["amount"] for it in items)
    tax = sum(it["vat"] for it in items)
    total = net + tax
    bin_ = f"{digits(rng, 9)}-{rng.choice(['0101', '0102', '0103'])}"
    b_bin = f"{digits(rng, 9)}-0101"
    no = [f"PPL/{d.year}/{rng.randint(1000, 9999)}", f"KCP-{rng.randint(10000, 99999)}", f"MPS/INV/{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}/{d.strftime('%y')}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=[30, 0, 15, 0][i]) if i in (0, 2) else None
    po = [f"BAF/WO/{rng.randint(100, 999)}", None, f"GDP-PUR-{rng.randint(10000, 99999)}", f"SSE/PO/{d.year}/{rng.randint(10, 99)}"][i]
    order_d = d - dt.timedelta(days=rng.randint(12, 30))
    p1 = order_d + dt.timedelta(days=rng.randint(2, 4))
    proofs = [(f"Proof {k + 1}", fd(p1 + dt.timedelta(days=3 * k)), "corrections marked" if k < n_proof - 1 else "APPROVED – signed by client") for k in range(n_proof)]
    deliv = d - dt.timedelta(days=rng.randint(0, 3))
    money = lambda x: en(x)  # noqa: E731
    adv = q2(total * D(rng.choice([20, 25, 30, 40])) / 100) if i in (1, 2) else None
    tots = [("Total value (excl. VAT)", money(net), False), ("Supplementary duty", "0.00", False), ("VAT @ 15%", money(tax), False), ("Total amount including VAT (Tk)", money(total), True)]
    if adv:
        tots += [(f"Less: advance received (MR No. {rng.randint(1000, 9999)}, {fd(order_d)})", money(adv), False), ("Net payable (Tk)", money(total - adv), False)]
    taka, paisa = int(total), int((total % 1) * 100)
    words = f"Taka {in_words(taka)}{f' and {paisa} Paisa' if paisa else ''} Only"
    meta = [("Invoice No.", no), ("Date of issue", fd(d)), ("Time of issue", f"{rng.randint(10, 17)}:{rng.randint(0, 59):02d}"), ("Challan No.", f"DC-{rng.randint(1000, 9999)} ({fd(deliv)})")]
    if po:
        meta.append(("Work order / PO No.", po))
    meta.append(("Payment due", fd(due)) if due else ("Payment terms", ["", "within 30 days of delivery", "", "cash against delivery"][i]))
    html = (
        """<html><head><meta charset="utf-8"><style>"""
        + css(margin="11mm 12mm", font="'DejaVu Sans',sans-serif", fs="8.2pt")
        + """
.hd{color:{{ color }}} table.it{width:100%;margin-top:8px;border:1px solid #777} table.it th{background:#eee;border:1px solid #777;padding:3px;font-size:7.2pt} table.it td{border:1px solid #999;padding:3px}
table.tot{margin-left:auto;margin-top:6px} table.tot td{padding:2px 6px;border-bottom:1px solid #ddd} .small{font-size:6.9pt;color:#444} .box{border:1px solid #999;padding:5px 7px} .job td{padding:1px 5px;font-size:7.6pt}
</style></head><body>
<table style="width:100%"><tr><td style="width:60%"><div class="hd" style="font-size:15pt;font-weight:bold">{{ v_name }}</div><div>{{ v_addr }}</div><div>Phone {{ tel }} · {{ mail }}</div><div><b>BIN: {{ bin }}</b> · Trade licence {{ tl }} · e-TIN {{ etin }}</div></td>
<td style="text-align:right;vertical-align:top"><div style="font-weight:bold;font-size:9pt">Mushak-6.3</div><div class="small">[See clause (ka) and (cha) of sub-rule (1) of rule 40]</div><div class="hd" style="font-size:16pt;font-weight:bold;margin-top:4px">TAX INVOICE</div></td></tr></table>
<table style="width:100%;margin-top:8px"><tr><td class="box" style="width:50%"><div class="small">Buyer</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>Buyer BIN: {{ b_bin }}<br>Destination of supply: {{ b_city }}</td><td style="width:2%"></td>
<td class="box"><table>{% for k, v in meta %}<tr><td class="small" style="padding:1px 4px">{{ k }}</td><td style="padding:1px 0"><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<div class="box" style="margin-top:8px;background:#fafafa"><b>JOB TICKET {{ job_no }}</b> · ordered {{ order_d }} · run {{ run }} copies
<table class="job" style="width:100%"><tr><td>Job: {{ job }}</td><td>Stock: {{ stock }}</td></tr>
{% for k, v, s in proofs %}<tr><td>{{ k }} sent {{ v }}</td><td>{{ s }}</td></tr>{% endfor %}<tr><td>Delivered: {{ deliv }}</td><td>Press: Heidelberg SM 74 · Operator {{ op }}</td></tr></table></div>
<table class="it"><tr><th>SL</th><th>Description of goods / services</th><th>Unit</th><th>Quantity</th><th>Unit price (Tk)</th><th>Value (Tk)</th><th>SD</th><th>VAT rate</th><th>VAT (Tk)</th><th>Value incl. VAT (Tk)</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.desc }}</td><td>{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="r">0.00</td><td class="c">15%</td><td class="r">{{ it.v }}</td><td class="r">{{ it.g }}</td></tr>{% endfor %}</table>
<table class="tot">{% for k, v, b in tots %}<tr><td>{% if b %}<b>{{ k }}</b>{% else %}{{ k }}{% endif %}</td><td class="r" style="min-width:30mm">{% if b %}<b>{{ v }}</b>{% else %}{{ v }}{% endif %}</td></tr>{% endfor %}</table>
<div style="margin-top:6px">In words: <b>{{ words }}</b></div>
<div class="box" style="margin-top:8px">Payment by account payee cheque / BEFTN to {{ v_name }}, {{ bank }}, A/C {{ acct }}, routing {{ routing }}.</div>
<table style="width:100%;margin-top:26px"><tr><td class="small" style="width:50%">Name of authorised person: {{ auth }}<br>Designation: Manager (Accounts)</td><td class="small" style="text-align:right">Signature &amp; seal<br>{{ bars|safe }}</td></tr></table>
<div class="small" style="margin-top:6px;text-align:center">* Printed from {{ v_short }} ERP · This is a VAT invoice under the VAT and Supplementary Duty Act, 2012 · Page 1 of 1</div>
</body></html>"""
    )
    ctx = dict(
        color=color, v_name=vname, v_short=vname.split()[0], v_addr=vaddr, tel=f"+880 1{rng.choice(['7', '8', '9', '5'])}{digits(rng, 8)}", mail=f"accounts@{vname.split()[0].lower()}print.com.bd",
        bin=bin_, tl=f"TRAD/DNCC/{rng.randint(10000, 99999)}/{rng.randint(2018, 2024)}", etin=digits(rng, 12), meta=meta, b_name=bname, b_addr=baddr, b_bin=b_bin, b_city=baddr.split(",")[-1].strip(),
        job_no=f"JT-{rng.randint(10000, 99999)}", order_d=fd(order_d), run=en(run, 0), job=job, stock=stock, proofs=proofs, deliv=fd(deliv), op=rng.choice(["Rafiq", "Sohel", "Mizan", "Alamgir"]),
        items=[{"desc": it["desc"], "unit": it["unit"], "q": en(it["qty"], 0), "p": money(it["price"]), "a": money(it["amount"]), "v": money(it["vat"]), "g": money(it["amount"] + it["vat"])} for it in items],
        tots=tots, words=words, bank=rng.choice(["Dutch-Bangla Bank PLC", "BRAC Bank PLC", "Eastern Bank PLC", "Sonali Bank PLC"]), acct=digits(rng, 13), routing=digits(rng, 9),
        auth=rng.choice(["Md. Kamrul Hasan", "Nasrin Akter", "Shahidul Islam", "Tanvir Ahmed"]), bars=bars_svg(rng, 50, 8),
    )
    notes = (
        "Bangladeshi printing press's TAX INVOICE (Mushak-6.3) with a job ticket: vendor = the legal name at the top; vendor tax id = 'BIN' (9 digits + '-' + 4, as printed; no public checksum: random); "
        "the buyer's BIN, the trade licence, e-TIN, job ticket number, challan number, bank account and routing number are decoys. invoice_number = 'Invoice No.'"
        + "; invoice_date = 'Date of issue' (" + ["dd/mm/yyyy", "dd-Mon-yyyy", "'12 March 2026'", "dd.mm.yyyy"][i]
        + "); the order, proof, challan and delivery dates are decoys. " + ("due = 'Payment due'. " if due else f"'{['', 'within 30 days of delivery', '', 'cash against delivery'][i]}' is a term: no due date (null). ")
        + (f"PO = 'Work order / PO No.' {po}. " if po else "No PO. ")
        + "subtotal = 'Total value (excl. VAT)'; tax = 'VAT @ 15%' (the per-row VAT adds up to it); total = 'Total amount including VAT (Tk)'"
        + ("; the advance received and 'Net payable' are decoys" if adv else "")
        + ". Currency BDT ('Tk', 'Taka'). Amounts '1,234.56' (the quantities whole with commas); the amount in words (lakh / crore) repeats the total. Line items: every row (amount = 'Value (Tk)' excl. VAT; quantity 'Quantity')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=bin_, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="BDT", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, {"printed": [fd(d), fd(due) if due else None, bin_, no, po, vname, "Tk"]}, (html, ctx)


# =========================================================================== 07 Omani scaffolding hire (English / Arabic labels, VAT 5 %, weekly hire rows, OMR three decimals)
OM_V = [
    ("Al Batinah Scaffolding & Access Solutions LLC", "شركة الباطنة للسقالات وحلول الوصول ش.م.م", "Sohar Industrial Estate, P.O. Box 112, PC 322, Sohar", "#b35900"),
    ("Muscat Access Systems SAOC", "مسقط لأنظمة الوصول ش.م.ع.م", "Way 3712, Ghala Industrial Area, P.O. Box 1540, PC 130, Muscat", "#004c7a"),
    ("Duqm Formwork & Scaffolding Co. LLC", "شركة الدقم للقوالب والسقالات ش.م.م", "Plot 14, Duqm Special Economic Zone, P.O. Box 44, PC 700, Duqm", "#1d6e3a"),
    ("Dhofar Scaffold Hire & Services LLC", "ظفار لتأجير السقالات والخدمات ش.م.م", "Raysut Industrial Area, P.O. Box 2290, PC 211, Salalah", "#6e1d4f"),
]
OM_B = [
    ("Galfar Towers Contracting LLC", "Al Khuwair, Muscat"), ("Oman Refinery Maintenance Services LLC", "Mina Al Fahal, Muscat"),
    ("Duqm Port Civil Works JV", "Port of Duqm, Al Wusta"), ("Salalah Marine Structures LLC", "Port of Salalah, Dhofar"),
]
OM_SITES = ["Tower B façade, Al Mouj", "Crude unit CDU-2 shutdown", "Berth 3 quay wall", "Cold store extension, Raysut"]


@style("07", "om_scaffold_hire_weekly_bilingual")
def s07(rng, i):
    vname, var, vaddr, color = OM_V[i]
    bname, baddr = OM_B[i]
    d = rand_date(rng)
    nweeks = rng.randint(2, 4)
    start = d - dt.timedelta(days=7 * nweeks + rng.randint(1, 4))
    start -= dt.timedelta(days=start.weekday())
    area = rng.randint(180, 1400)
    rate = None
    items = []
    for w in range(nweeks):
        ws = start + dt.timedelta(days=7 * w)
        we = ws + dt.timedelta(days=6)
        area = max(60, area + rng.choice([0, 0, 40, 80, -60, -120]))
        q = D(area)
        if rate is None:
            rate = exact_price(rng, q, D("0.150"), D("0.600"), D("0.005"))
        r = rate
        if q * r != q2(q * r):
            r = exact_price(rng, q, D("0.150"), D("0.600"), D("0.005"))
        items.append({"desc": f"Scaffold hire – week {w + 1} ({ws.strftime('%d/%m')} – {we.strftime('%d/%m/%Y')})", "ar": "إيجار السقالات – أسبوع", "unit": "m²", "qty": q, "price": r, "amount": q2(q * r)})
    extra = [("Erection labour (scaffolders & supervisor)", "أعمال التركيب", "m²", 180, 900, "0.800", "2.400"), ("Dismantling labour", "أعمال الفك", "m²", 120, 700, "0.500", "1.500"),
             ("Transport – flatbed trailer with HIAB (trips)", "النقل", "trip", 1, 4, "45.000", "120.000"), ("Scaffold inspection & tagging (weekly)", "الفحص والترخيص", "visit", 1, 4, "15.000", "35.000"),
             ("Lost / damaged fittings (per off-hire return note)", "القطع المفقودة والتالفة", "pc", 2, 40, "1.500", "6.000")]
    for desc, ar, unit, qlo, qhi, lo, hi in rng.sample(extra, rng.randint(1, 3)):
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(lo), D(hi), D("0.005"))
        items.append({"desc": desc, "ar": ar, "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.05"))
    total = net + tax
    vatin = "OM11000" + digits(rng, 5)
    b_vatin = "OM11000" + digits(rng, 5)
    cr = str(rng.randint(1000000, 1399999))
    no = [f"INV-{d.year}-{rng.randint(1000, 9999)}", f"MAS/HI/{rng.randint(10000, 99999)}", f"DFS{d.strftime('%y%m')}{rng.randint(100, 999)}", f"HI-{rng.randint(100000, 999999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=[30, 0, 30, 60][i]) if i != 1 else None
    po = [f"LPO-{rng.randint(10000, 99999)}", None, None, f"SMS/PO/{rng.randint(1000, 9999)}"][i]
    contract = f"HC-{rng.randint(1000, 9999)}"
    deposit = D(rng.randint(5, 40) * 100)
    meta = [("Tax Invoice No.", "رقم الفاتورة الضريبية", no), ("Invoice Date", "تاريخ الفاتورة", fd(d)), ("Hire contract", "عقد الإيجار", contract), ("Hire period", "فترة الإيجار", f"{fd(start)} – {fd(start + dt.timedelta(days=7 * nweeks - 1))}")]
    if po:
        meta.append(("Customer LPO No.", "رقم أمر الشراء", po))
    meta.append(("Due Date", "تاريخ الاستحقاق", fd(due)) if due else ("Payment Terms", "شروط الدفع", "45 days from invoice"))
    tots = [("Total excluding VAT", "المجموع غير شامل الضريبة", f"RO {en3(net)}", False), ("VAT @ 5%", "ضريبة القيمة المضافة ٥٪", f"RO {en3(tax)}", False), ("Total including VAT", "الإجمالي شامل الضريبة", f"RO {en3(total)}", True)]
    todate = total + q2(D(rng.randint(2000, 40000)) / 10)
    info = [("Security deposit held (refundable on final off-hire)", f"RO {en3(deposit)}"), ("Contract value invoiced to date incl. this invoice", f"RO {en3(todate)}")]
    ib = iban("OM", rng.choice(["018", "027", "009", "014"]) + digits(rng, 16))
    html = (
        """<html><head><meta charset="utf-8"><style>"""
        + css(margin="12mm 13mm", font="'DejaVu Sans',sans-serif", fs="8.2pt")
        + """
.hd{color:{{ color }}} .ar{direction:rtl;text-align:right} table.kv td{padding:2px 6px;border-bottom:1px solid #e6e6e6} table.it{width:100%;margin-top:10px} table.it th{background:{{ color }};color:#fff;padding:4px;font-size:7.3pt}
table.it td{padding:4px;border-bottom:1px solid #ccc} table.tot{margin-left:auto;margin-top:8px;min-width:100mm} table.tot td{padding:3px 6px} .small{font-size:7pt;color:#555} .box{border:1px solid {{ color }};padding:6px 8px;margin-top:10px}
</style></head><body>
<table style="width:100%;border-bottom:3px solid {{ color }}"><tr><td style="width:55%"><div class="hd" style="font-size:14pt;font-weight:bold">{{ v_name }}</div><div>{{ v_addr }}, Sultanate of Oman</div><div>C.R. No. {{ cr }} · Tel +968 {{ tel }}</div></td>
<td class="ar"><div class="hd" style="font-size:13pt;font-weight:bold">{{ v_ar }}</div><div>سجل تجاري رقم {{ cr }}</div></td></tr></table>
<div style="margin-top:4px">VATIN: <b>{{ vatin }}</b> <span class="ar">الرقم الضريبي</span></div>
<table style="width:100%;margin-top:10px"><tr><td class="hd" style="font-size:15pt;font-weight:bold">TAX INVOICE – SCAFFOLD HIRE</td><td class="ar hd" style="font-size:14pt;font-weight:bold">فاتورة ضريبية</td></tr></table>
<table style="width:100%;margin-top:6px"><tr><td style="width:52%"><table class="kv">{% for k, a, v in meta %}<tr><td>{{ k }}</td><td><b>{{ v }}</b></td><td class="ar small">{{ a }}</td></tr>{% endfor %}</table></td>
<td style="padding-left:14px"><div class="small">Customer / العميل</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>Customer VATIN: {{ b_vatin }}<br>Site: {{ site }}<br>Off-hire notes: {{ offhire }}</td></tr></table>
<table class="it"><tr><th style="text-align:left">Description / البيان</th><th>Unit</th><th class="r">Qty</th><th class="r">Rate (RO)</th><th class="r">Amount (RO)</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}<span class="small ar" style="display:block">{{ it.ar }}</span></td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<div class="small">Hire is charged per m² of erected scaffold per week (minimum hire one week); week rows show the area on hire that week.</div>
<table class="tot">{% for k, a, v, b in tots %}<tr{% if b %} style="background:#f4efe9"{% endif %}><td>{% if b %}<b>{{ k }}</b>{% else %}{{ k }}{% endif %}</td><td class="ar small">{{ a }}</td><td class="r">{% if b %}<b>{{ v }}</b>{% else %}{{ v }}{% endif %}</td></tr>{% endfor %}</table>
<table class="tot" style="margin-top:8px;border-top:1px dashed #999">{% for k, v in info %}<tr><td class="small">{{ k }}</td><td class="r small">{{ v }}</td></tr>{% endfor %}</table>
<div class="box"><b>Bank details</b> · {{ bank }} · Account name {{ v_name }} · IBAN {{ iban }} · SWIFT {{ swift }}</div>
<div class="small" style="margin-top:18px;border-top:1px solid #bbb;padding-top:4px">{{ v_name }} · VATIN {{ vatin }} · Goods remain the property of the hirer until returned; hire continues until an off-hire note is issued. · Page 1/1</div>
</body></html>"""
    )
    ctx = dict(
        color=color, v_name=vname, v_ar=var, v_addr=vaddr, cr=cr, tel=f"2{digits(rng, 7)}", vatin=vatin, meta=meta, b_name=bname, b_addr=baddr, b_vatin=b_vatin, site=OM_SITES[i],
        offhire=", ".join(f"OH-{rng.randint(1000, 9999)}" for _ in range(rng.randint(1, 2))),
        items=[{"desc": it["desc"], "ar": it["ar"], "unit": it["unit"], "q": en(it["qty"], 0), "p": en3(it["price"]), "a": en3(it["amount"])} for it in items], tots=tots, info=info,
        bank=rng.choice(["Bank Muscat", "National Bank of Oman", "Sohar International", "Bank Dhofar"]), iban=iban_fmt(ib), swift=rng.choice(["BMUSOMRX", "NBOMOMRX", "BSHROMRU", "BDOFOMRU"]),
    )
    notes = (
        "Omani scaffolding hire TAX INVOICE in English with Arabic labels beside the English ones: vendor = the English legal name (the Arabic name is the same company); vendor tax id = 'VATIN' (OM + 10 digits, "
        "no public checksum: random); the customer's VATIN, the C.R. number, hire contract, off-hire note numbers and IBAN are decoys. invoice_number = 'Tax Invoice No.'; invoice_date = 'Invoice Date' ("
        + ["dd/mm/yyyy", "dd-Mon-yyyy", "'12 March 2026'", "dd/mm/yyyy"][i] + "); the hire period and the week dates in the rows are decoys. "
        + ("due = 'Due Date'. " if due else "'45 days from invoice' is a term: no due date (null). ")
        + (f"PO = 'Customer LPO No.' {po}. " if po else "No PO. ")
        + "subtotal = 'Total excluding VAT'; tax = 'VAT @ 5%'; total = 'Total including VAT'; the security deposit held and the contract value invoiced to date below it are decoys. "
        "Currency OMR ('RO', three decimals printed, the third always 0 here: '1,234.560'). Line items: every row (amount = 'Amount (RO)'; quantity 'Qty': m² on hire in each week row, m², trips, visits, pieces)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=vatin, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="OMR", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, {"printed": [fd(d), fd(due) if due else None, vatin, no, po, vname, "RO"]}, (html, ctx)
