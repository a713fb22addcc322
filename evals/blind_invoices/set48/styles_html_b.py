"""Chromium (HTML) styles for set 48, second part (04 Fujairah TAX INVOICE in English and Arabic, VAT 5 %, dirhams
'1,234.56' and on two a USD counter-value, the TRN beside the name; 05 Eldoret eTIMS receipt in English on an 80 mm
ROLL, VAT 16 % included in the prices, KRA PIN, M-Pesa or cash)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import group4, rand_iban
from invoice_kit import css, digits, en, q2, qstr, rand_date, style_registry
from kit_common import due_note, lines, po_note, qr_svg, truth

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Fujairah (VAT 5 %, AED), bilingual
FJ_V = [
    ("Fujairah Marine Bunkering Services LLC", "شركة الفجيرة لخدمات تزويد السفن ذ.م.م", "Port of Fujairah, Building 3, Office 214, Fujairah, U.A.E."),
    ("Al Hayl Industrial Supplies FZE", "الحيل للتوريدات الصناعية م.م.ح", "Fujairah Free Zone, Warehouse B-17, Fujairah, U.A.E."),
    ("Dibba Coast Diving & Tours LLC", "دبا كوست للغوص والرحلات ذ.م.م", "Corniche Road, Dibba Al Fujairah, U.A.E."),
    ("Masafi Road Building Materials Trading LLC", "طريق مسافي لتجارة مواد البناء ذ.م.م", "Masafi Road, Al Faseel, Fujairah, U.A.E."),
]
FJ_B = ["Gulf Horizon Shipping DMCC, Dubai", "Emirates Stone Crushers LLC, Fujairah", "Sharq Adventure Travel LLC, Sharjah", "Al Ain Contracting Co. LLC, Al Ain"]
FJ_ROWS = [
    ("Marine gas oil delivery (barge), MT", "MT", 5, 200, 2650, 3400),
    ("Barge hire, per hour", "hr", 2, 12, 850, 1600),
    ("Fresh water supply, m3", "m3", 10, 300, 18, 35),
    ("Steel wire rope 16 mm, coil", "coil", 1, 10, 1450, 2900),
    ("Safety helmets (box of 10)", "box", 1, 20, 180, 320),
    ("Hydraulic hose assembly", "pc", 1, 40, 95, 420),
    ("PADI Open Water course", "pax", 1, 8, 1450, 1950),
    ("Snorkelling trip Snoopy Island", "pax", 2, 30, 150, 260),
    ("Dhow cruise with lunch", "pax", 2, 40, 180, 320),
    ("Cement OPC 50 kg", "bag", 50, 1200, 14, 19),
    ("Hollow blocks 8 in", "pc", 200, 6000, 2, 4),
    ("Rebar 16 mm, ton", "ton", 1, 40, 2350, 2900),
    ("Crushed gabbro aggregate 20 mm, ton", "ton", 10, 400, 28, 45),
    ("Transport Fujairah–Dubai", "trip", 1, 6, 650, 1200),
]
FJ_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
table.it{width:100%;border-collapse:collapse;margin-top:8px} table.it th{background:{{ color }};color:#fff;font-size:7.2pt;padding:4px;text-align:left} table.it td{border-bottom:1px solid #ddd;padding:4px;font-size:8pt}
.r{text-align:right;white-space:nowrap} .ar{direction:rtl;font-size:8pt;color:#444}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:13pt;font-weight:bold;color:{{ color }}">{{ vname }}{% if trn_side %} <span style="font-size:8pt;color:#333;font-weight:normal">TRN {{ vid }}</span>{% endif %}</div><div class="ar" style="text-align:left">{{ vname_ar }}</div><div style="font-size:8pt">{{ vaddr }}<br>Trade Licence No. {{ lic }} · Tel +971 9 {{ tel }}</div></td>
<td class="r" style="vertical-align:top"><div style="font-size:16pt;font-weight:bold">TAX INVOICE</div><div class="ar" style="font-size:12pt">فاتورة ضريبية</div></td></tr></table>
<table style="width:100%;margin-top:8px;font-size:8pt;border:1px solid #ccc"><tr><td style="padding:6px;width:50%"><b>Bill to / <span class="ar">إلى</span></b><br>{{ bname }}<br>Customer TRN: {{ btrn }}</td>
<td style="padding:6px"><table>{% for k, v in heads %}<tr><td style="color:#555;padding-right:6px">{{ k }}</td><td><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr><th>#</th><th>Description / الوصف</th><th class="r">Qty</th><th>Unit</th><th class="r">Unit price</th><th class="r">Taxable amount</th><th class="r">VAT 5%</th><th class="r">Amount incl. VAT</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="r">{{ it.t }}</td><td class="r">{{ it.g }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:10px;font-size:8.6pt"><tr><td style="padding:2px 8px">Total excluding VAT <span class="ar">الإجمالي غير شامل الضريبة</span></td><td class="r" style="padding:2px 8px">{{ net }}</td></tr>
<tr><td style="padding:2px 8px">VAT @ 5% <span class="ar">ضريبة القيمة المضافة</span></td><td class="r" style="padding:2px 8px">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:10pt;border-top:2px solid {{ color }}"><td style="padding:4px 8px">Total amount due {{ curcode }} <span class="ar">المبلغ المستحق</span></td><td class="r" style="padding:4px 8px">{{ total }}</td></tr>
{% if usd %}<tr style="color:#666;font-size:7.5pt"><td style="padding:2px 8px">Equivalent in USD @ 3.6725</td><td class="r" style="padding:2px 8px">USD {{ usd }}</td></tr>{% endif %}</table>
<div style="margin-top:10px;font-size:7.6pt">Bank: {{ bank }} · Account name: {{ vname }} · IBAN {{ iban }} · SWIFT {{ swift }}</div>
{% if not trn_side %}<div style="margin-top:16px;border-top:1px solid #ccc;padding-top:4px;font-size:7.6pt;color:#333">Supplier Tax Registration Number (TRN) / <span class="ar">رقم التسجيل الضريبي للمورد</span>: {{ vid }}</div>{% endif %}
{% if curnote %}<div style="font-size:7pt;color:#666">{{ curnote }}</div>{% endif %}
</body></html>"""


@style("04", "ae_fjr_fujairah_tax_invoice_vat_5_bilingual_usd")
def s04(rng, i):
    vname, vname_ar, vaddr = FJ_V[i]
    d = rand_date(rng)
    cat = [FJ_ROWS[:6] + FJ_ROWS[13:], FJ_ROWS[3:6] + FJ_ROWS[9:], FJ_ROWS[6:9], FJ_ROWS[9:]][i]
    items = lines(rng, cat, [3, 7, 2, 5][i], D("0.25"))
    for x in items:
        x["tax"] = q2(x["amount"] * D("0.05"))
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    vid = "100" + digits(rng, 12)
    btrn = "100" + digits(rng, 12)
    no = [f"INV-{d.year}-{rng.randint(1000, 9999)}", f"FFZ/{rng.randint(10000, 99999)}", f"TI{rng.randint(100000, 999999)}", f"{rng.randint(1000, 9999)}/{d.strftime('%y')}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%d %B %Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i != 2 else None
    po = [f"PO-{rng.randint(10000, 99999)}", f"{rng.randint(4500000000, 4599999999)}", None, f"LPO {rng.randint(100, 999)}"][i]
    heads = [("Invoice No. / رقم الفاتورة", no), ("Invoice date / التاريخ", fd(d)), ("Date of supply", fd(d - dt.timedelta(days=rng.randint(0, 5))))]
    if due:
        heads.append(("Due date", fd(due)))
    else:
        heads.append(("Payment", "Paid by card"))
    if po:
        heads.append(("Customer PO / LPO", po))
    if i in (0, 3):
        heads.append(("Delivery note", f"DN-{rng.randint(10000, 99999)}"))
    curcode = ["AED", "(AED)", "", "AED"][i]
    curnote = "All amounts in UAE Dirhams." if i == 2 else None
    usd = en(q2(total / D("3.6725"))) if i in (0, 1) else None
    ctx = dict(
        color=["#0c4a6e", "#7c2d12", "#0e7490", "#44403c"][i], vname=vname, vname_ar=vname_ar, vaddr=vaddr, trn_side=i in (1, 3), vid=vid, lic=digits(rng, 6, True), tel=f"{rng.randint(200, 299)} {digits(rng, 4)}",
        bname=FJ_B[i], btrn=btrn, heads=heads, items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": en(x["price"]), "a": en(x["amount"]), "t": en(x["tax"]), "g": en(x["amount"] + x["tax"])} for x in items],
        net=en(net), tax=en(tax), total=en(total), curcode=curcode, usd=usd, bank=rng.choice(["Emirates NBD", "Mashreq Bank", "National Bank of Fujairah"]),
        iban=group4(rand_iban(rng, "AE", 19)), swift=rng.choice(["EBILAEAD", "BOMLAEAD", "NBFUAEAF"]), curnote=curnote,
    )
    notes = (
        "Fujairah (U.A.E.) TAX INVOICE in English with Arabic labels, VAT 5 % per row, dirhams '1,234.56'"
        + (", the supplier's TRN BESIDE the name" if i in (1, 3) else ", the supplier's TRN only in the FOOTER")
        + ": vendor = the English name at the top; vendor_tax_id = the supplier's TRN (the customer's TRN, the trade licence, the IBAN, the delivery note are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice date' (the 'Date of supply' is a decoy). "
        + due_note(due, "Paid by card", "Due date")
        + po_note(po, "Customer PO / LPO")
        + "subtotal = 'Total excluding VAT'; tax = 'VAT @ 5%'; total = 'Total amount due'"
        + (" (the USD equivalent is a decoy)" if usd else "")
        + ". Currency AED" + (" (only in the footnote 'UAE Dirhams')" if i == 2 else "") + ". Line items: every row, the taxable amount."
    )
    t = truth(vname, vid, no, po, d, due, "AED", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, btrn, "Total amount due", fd(due) if due else None, usd]}
    return t, chk, (FJ_HTML.replace("@@BASE@@", css(margin="12mm 12mm", fs="8.6pt")), ctx)


# =========================================================================== 05 Eldoret (VAT 16 % inclusive, KES), roll
EL_V = [
    ("Uasin Gishu Farmers Agrovet Ltd", "Oloo Street, P.O. Box 2210-30100, Eldoret"),
    ("Rift Valley Hardware & Paints Ltd", "Uganda Road, Eldoret"),
    ("Kapsoya Supermarket Ltd", "Kapsoya Estate, Eldoret"),
    ("Highlands Dairy Supplies Ltd", "Nandi Road, Eldoret"),
]
EL_ROWS = [
    ("DAP FERTILIZER 50KG", "bag", 1, 6, "3800.00", "5200.00"),
    ("DAIRY MEAL 70KG", "bag", 1, 5, "2950.00", "3600.00"),
    ("MAIZE SEED H614 2KG", "pkt", 1, 8, "640.00", "890.00"),
    ("ACARICIDE 100ML", "btl", 1, 4, "350.00", "720.00"),
    ("KNAPSACK SPRAYER 16L", "pc", 1, 2, "2400.00", "3600.00"),
    ("IRON SHEETS G30 3M", "pc", 1, 20, "780.00", "1150.00"),
    ("ROOFING NAILS 1KG", "kg", 1, 6, "220.00", "320.00"),
    ("CROWN PAINT 4L WHITE", "tin", 1, 4, "2100.00", "3200.00"),
    ("CEMENT BAMBURI 50KG", "bag", 1, 20, "720.00", "850.00"),
    ("MILK CAN ALUMINIUM 10L", "pc", 1, 3, "3900.00", "5600.00"),
    ("SUGAR 2KG", "pkt", 1, 5, "270.00", "340.00"),
    ("COOKING OIL 3L", "btl", 1, 4, "780.00", "990.00"),
    ("BREAD 400G", "pc", 1, 6, "60.00", "70.00"),
    ("RICE PISHORI 2KG", "pkt", 1, 4, "380.00", "520.00"),
    ("SOAP BAR 800G", "pc", 1, 6, "190.00", "260.00"),
    ("TEA LEAVES 500G", "pkt", 1, 4, "240.00", "320.00"),
    ("WHEELBARROW", "pc", 1, 1, "4800.00", "6900.00"),
    ("HOSE PIPE 30M", "roll", 1, 2, "2300.00", "3400.00"),
]
EL_HTML = """<html lang="en-KE"><head><meta charset="utf-8"><style>@@BASE@@
body{font-family:'DejaVu Sans Mono',monospace;font-size:7.4pt;line-height:1.35} .c{text-align:center} .r{text-align:right;white-space:nowrap} hr{border:0;border-top:1px dashed #000;margin:4px 0}
table{width:100%;border-collapse:collapse} td{padding:0;vertical-align:top}
</style></head><body>
<div class="c"><b style="font-size:9pt">{{ vname }}</b><br>{{ vaddr }}<br>Tel 0{{ tel }}{% if pin_top %}<br>PIN: {{ vid }}{% endif %}</div><hr>
<div class="c"><b>TAX INVOICE</b></div>
<table><tr><td>Invoice No</td><td class="r">{{ no }}</td></tr><tr><td>Date</td><td class="r">{{ date }} {{ time }}</td></tr><tr><td>Cashier</td><td class="r">{{ cashier }}</td></tr>
{% if bpin %}<tr><td>Buyer PIN</td><td class="r">{{ bpin }}</td></tr>{% endif %}{% if po %}<tr><td>LPO No</td><td class="r">{{ po }}</td></tr>{% endif %}</table><hr>
<table>{% for it in items %}<tr><td colspan="2">{{ it.d }}</td></tr><tr><td>&nbsp;{{ it.q }} x {{ it.p }} {{ it.c }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table><hr>
<table><tr style="font-weight:bold;font-size:9.5pt"><td>TOTAL</td><td class="r">{{ cur }}{{ total }}</td></tr>
<tr><td>TAXABLE A-16%</td><td class="r">{{ net16 }}</td></tr><tr><td>VAT A-16%</td><td class="r">{{ tax }}</td></tr>{% if ex %}<tr><td>EXEMPT E</td><td class="r">{{ ex }}</td></tr>{% endif %}<tr><td>TOTAL VAT</td><td class="r">{{ tax }}</td></tr></table><hr>
<table>{% if mpesa %}<tr><td>M-PESA</td><td class="r">{{ total }}</td></tr><tr><td colspan="2">Ref {{ mpesa }} · Till {{ till }}</td></tr>{% else %}<tr><td>CASH</td><td class="r">{{ tend }}</td></tr><tr><td>CHANGE</td><td class="r">{{ change }}</td></tr>{% endif %}</table><hr>
<div>SCU ID: {{ scu }}<br>CU INVOICE NO: {{ cuno }}<br>Internal data: {{ idata }}<br>Receipt signature: {{ sig }}</div>
<div class="c">{{ qr|safe }}</div>
{% if not pin_top %}<div class="c">Seller PIN {{ vid }}</div>{% endif %}
<div class="c">{{ curnote }}Goods once sold are not returnable<br>THANK YOU – KARIBU TENA</div>
</body></html>"""


@style("05", "ke_eld_eldoret_etims_receipt_roll_vat_16_incl")
def s05(rng, i):
    vname, vaddr = EL_V[i]
    d = rand_date(rng)
    cat = [EL_ROWS[:5], EL_ROWS[5:10] + EL_ROWS[16:], EL_ROWS[10:16], EL_ROWS[:4] + EL_ROWS[9:10]][i]
    items = lines(rng, cat, [4, 6, 6, 1][i], D("5"))
    for x in items:
        x["vat"] = not (x["desc"].startswith(("DAP", "MAIZE", "BREAD", "MILK CAN", "RICE")))
    total = sum(x["amount"] for x in items)
    g16 = sum(x["amount"] for x in items if x["vat"])
    ex = total - g16
    tax = q2(g16 * 16 / 116)
    vid = "P05" + digits(rng, 7) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    no = [f"{rng.randint(100000, 999999)}", f"INV{rng.randint(10000, 99999)}", f"KS-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}", f"{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%Y-%m-%d")][i]
    mpesa = i != 2
    tend = (total // 100 + 1) * 100 if not mpesa else None
    po = f"LPO/{rng.randint(100, 999)}" if i == 1 else None
    cur = ["KES ", "Ksh ", "", "KES "][i]
    curnote = "Amounts in Kenya Shillings. " if i == 2 else ""
    ctx = dict(
        vname=vname, vaddr=vaddr, tel=f"7{digits(rng, 8)}", pin_top=i != 3, vid=vid, no=no, date=fd(d), time=f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        cashier=rng.choice(["Wanjiku", "Kiprop", "Chebet", "Otieno"]), bpin=("A0" + digits(rng, 8) + "Z") if i == 1 else None, po=po,
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "p": en(x["price"]), "c": "A" if x["vat"] else "E", "a": en(x["amount"])} for x in items],
        cur=cur, total=en(total), net16=en(g16 - tax), tax=en(tax), ex=en(ex) if ex else None, mpesa="".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)) if mpesa else None,
        till=digits(rng, 6), tend=en(tend) if tend else None, change=en(tend - total) if tend else None, scu="KRACU0" + digits(rng, 9), cuno=f"KRACU0{digits(rng, 9)}/{rng.randint(100, 9999)}",
        idata="-".join("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ234567") for _ in range(4)) for _ in range(6)), sig="-".join("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ234567") for _ in range(4)) for _ in range(4)),
        qr=qr_svg(rng, 22), curnote=curnote,
    )
    page = f"80mm {int(150 + 7 * len(items))}mm"
    notes = (
        "Eldoret (Kenya) shop's eTIMS TAX INVOICE receipt in English on an 80 mm ROLL, monospace, two lines per item, prices VAT-INCLUSIVE (16 % band A, exempt band E): "
        "vendor = the name at the top; vendor_tax_id = the KRA PIN" + (" under the address" if i != 3 else " at the FOOT ('Seller PIN')") + " (the buyer PIN, SCU ID, CU invoice number, internal data, M-Pesa reference and till are decoys). "
        "invoice_number = 'Invoice No'; invoice_date = 'Date'. "
        + due_note(None, "paid at the counter (" + ("M-Pesa" if mpesa else "cash") + ")", "")
        + po_note(po, "LPO No")
        + "subtotal: none printed (null; 'TAXABLE A-16%' is the net of the band A only); tax = 'TOTAL VAT'; total = 'TOTAL'. Currency KES"
        + (" (only in the footnote 'Kenya Shillings')" if i == 2 else "") + ". Line items: every row at its VAT-inclusive amount; the lines sum to the total."
    )
    t = truth(vname, vid, no, po, d, None, "KES", None, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "TOTAL VAT", ctx["cuno"]]}
    return t, chk, (EL_HTML.replace("@@BASE@@", css(size=page, margin="4mm 4mm", fs="7.4pt")), ctx)
