"""Chromium (HTML) styles for set 73, second part (04 Dalanzadgad e-barimt receipt on an 80 mm TILL ROLL in Mongolian
Cyrillic, prices including НӨАТ 10 %, a discount line under some articles, dates yyyy.mm.dd, the ДДТД and the lottery
code; 05 Mount Gambier TAX INVOICE with the amount due boxed at the TOP, boxes of labels ABOVE values, an unruled table
of GST-INCLUSIVE prices with a discount column, 'Total includes GST' and one ADJUSTMENT NOTE (credit note))."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import au_abn, incl_tax, mn_date
from invoice_kit import digits, en, q2, qstr, rand_date, style_registry
from kit_common import due_note, lines, po_note, qr_svg, truth

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Dalanzadgad (НӨАТ 10 % included, MNT), till roll
DZ_V = [
    ("ГОВИЙН ГАНЦ МАРКЕТ ХХК", "Өмнөговь аймаг, Даланзадгад сум, 2-р баг, Худалдааны төв", ["Сүү 1л", "Талх цагаан", "Будаа 1кг", "Гурил 1-р зэрэг 5кг", "Ургамлын тос 1л", "Элсэн чихэр 1кг", "Цай 100ш", "Өндөг 10ш", "Ус 1.5л"], (1800, 26000)),
    ("ӨМНӨГОВЬ БАРИЛГЫН МАТЕРИАЛ ХХК", "Өмнөговь аймаг, Даланзадгад сум, 5-р баг, Төмөр замын гудамж", ["Цемент М400 50кг", "Арматур 12мм 6м", "Хадаас 100мм кг", "Будаг 4л", "Шил хөвөн 10м²", "Цоож", "Гагнуурын электрод 3мм кг"], (4500, 92000)),
    ("ГОВЬ ЭМИЙН САН ХХК", "Өмнөговь аймаг, Даланзадгад сум, 1-р баг, Эмнэлгийн урд", ["Парацетамол 500мг", "Витамин С 1000мг", "Ханиадны сироп 100мл", "Боолт 10см", "Нүүрний маск 50ш", "Гар ариутгагч 500мл", "Даралтын аппарат"], (1500, 68000)),
    ("ДАЛАНЗАДГАД АВТО СЭЛБЭГ ХХК", "Өмнөговь аймаг, Даланзадгад сум, 4-р баг, Авто засварын төв", ["Моторын тос 5W-30 4л", "Тосны шүүр", "Агаарын шүүр", "Тоормосны наклад", "Аккумлятор 75Ah", "Шил арчигч", "Антифриз 5л"], (6000, 240000)),
]
DZ_HTML = """<html><head><meta charset="utf-8"><style>@page{size:80mm {{ h }}mm;margin:4mm 3.5mm}
body{font-family:'DejaVu Sans Condensed','DejaVu Sans',sans-serif;font-size:7.4pt;color:#111;margin:0} .c{text-align:center} .r{text-align:right;white-space:nowrap} .b{font-weight:bold}
table{width:100%;border-collapse:collapse} td{padding:0;vertical-align:top} .hr{border-top:1px dashed #000;margin:4px 0} .mono{font-family:'DejaVu Sans Mono',monospace;font-size:6.6pt;word-break:break-all}
</style></head><body>
<div class="c b" style="font-size:9.4pt">{{ vname }}</div><div class="c">{{ vaddr }}</div><div class="c">Утас: 7053-{{ tel }}</div><div class="c b">ТТД: {{ vid }}</div>
<div class="hr"></div>
<table><tr><td>Баримт №:</td><td class="r b">{{ no }}</td></tr><tr><td>Огноо:</td><td class="r">{{ d }} {{ tm }}</td></tr><tr><td>Касс: {{ till }}</td><td class="r">Кассчин: {{ cashier }}</td></tr>
{% if bid %}<tr><td colspan="2">Худалдан авагч: {{ bname }}</td></tr><tr><td>Худалдан авагчийн ТТД:</td><td class="r">{{ bid }}</td></tr>{% endif %}</table>
<div class="hr"></div>
<table><tr class="b"><td>Бараа</td><td class="r">Тоо</td><td class="r">Үнэ</td><td class="r">Дүн</td></tr>
{% for it in items %}<tr><td colspan="4">{{ it.d }}</td></tr><tr><td style="font-size:6.6pt;color:#444">{{ it.code }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.g }}</td></tr>
{% if it.disc %}<tr><td colspan="3">&nbsp;&nbsp;Хөнгөлөлт {{ it.pct }}%</td><td class="r">-{{ it.disc }}</td></tr><tr><td colspan="3">&nbsp;&nbsp;Хөнгөлөлтийн дараах дүн</td><td class="r">{{ it.a }}</td></tr>{% endif %}{% endfor %}</table>
<div class="hr"></div>
<table><tr class="b" style="font-size:9.6pt"><td>НИЙТ ДҮН:</td><td class="r">{{ total }}₮</td></tr>
<tr><td>НӨАТ (10%):</td><td class="r">{{ tax }}</td></tr><tr><td>НХАТ:</td><td class="r">0.00</td></tr>
{% if disc %}<tr><td>Нийт хөнгөлөлт:</td><td class="r">{{ disc }}</td></tr>{% endif %}</table>
<div class="hr"></div>
<table><tr><td>{{ paym }}:</td><td class="r">{{ paid }}</td></tr>{% if change %}<tr><td>Хариулт:</td><td class="r">{{ change }}</td></tr>{% endif %}<tr><td>Барааны тоо:</td><td class="r">{{ n }}</td></tr></table>
<div class="hr"></div>
<div>ДДТД:</div><div class="mono">{{ ddtd }}</div>
{% if lottery %}<div style="margin-top:2px">Сугалаа: <b>{{ lottery }}</b></div>{% endif %}
<div class="c" style="margin:5px 0">{{ qr|safe }}</div>
<div class="c" style="font-size:6.6pt">Баримтаа ebarimt.mn эсвэл И-Баримт аппликейшнд бүртгүүлнэ үү.</div>
<div class="hr"></div><div class="c b">ХУДАЛДАН АВАЛТ ХИЙСЭНД БАЯРЛАЛАА!</div><div class="c" style="font-size:6.4pt">Дахин ирээрэй · {{ web }}</div>
</body></html>"""


@style("04", "mn_dal_dalanzadgad_ebarimt_till_80mm_noat_10_incl_mnt_discount_ddtd")
def s04(rng, i):
    vname, vaddr, names, (lo, hi) = DZ_V[i]
    d = rand_date(rng)
    n = [7, 4, 5, 3][i]
    items = []
    for name in rng.sample(names, n):
        q = D(rng.randint(1, [5, 12, 3, 4][i]))
        p = D(rng.randint(lo // 50, hi // 50) * 50)
        items.append({"desc": name, "qty": q, "price": p, "amount": q * p, "unit": "ш", "code": "86" + digits(rng, 11)})
    disc_rows = {1} if i == 0 else {0, 2} if i == 1 else {0} if i == 3 else set()
    for k, x in enumerate(items):
        x["gross"] = x["amount"]
        x["pct"] = rng.choice([5, 10, 15]) if k in disc_rows else 0
        x["disc"] = (x["gross"] * x["pct"] / 100).quantize(D("1"))
        x["amount"] = x["gross"] - x["disc"]
    total = sum(x["amount"] for x in items)
    tax = incl_tax(total, 10)
    disc = sum(x["disc"] for x in items)
    vid = str(rng.choice([5, 6])) + digits(rng, 6)
    b2b = i in (1, 3)
    bid = str(rng.choice([2, 5, 6])) + digits(rng, 6) if b2b else None
    no = f"{rng.randint(1, 99999):08d}"
    cash = i in (0, 2)
    paid = ((total // 5000) + 1) * 5000 if cash else total
    f2 = lambda x: en(x)  # noqa: E731
    h = 150 + 9 * n + 7 * len(disc_rows) + (10 if b2b else 0)
    ctx = dict(
        h=h, vname=vname, vaddr=vaddr, tel=digits(rng, 4), vid=vid, no=no, d=mn_date(d), tm=f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        till=f"{rng.randint(1, 4):02d}", cashier=rng.choice(["Б.Солонго", "Д.Энхжин", "Г.Батбаяр", "О.Нарантуяа"]), bid=bid,
        bname=rng.choice(["Гурван Гол Уурхай ХХК", "Өмнөговь Замын Засвар ХХК", "Говийн Өндөр Ресорт ХХК"]) if b2b else None,
        items=[{"d": x["desc"], "code": x["code"], "q": qstr(x["qty"]), "p": f2(x["price"]), "g": f2(x["gross"]), "disc": f2(x["disc"]) if x["disc"] else None, "pct": x["pct"], "a": f2(x["amount"])} for x in items],
        total=f2(total), tax=f2(tax), disc=f2(disc) if disc else None, paym="Бэлэн" if cash else rng.choice(["Карт", "Дансаар"]), paid=f2(paid), change=f2(paid - total) if paid != total else None, n=n,
        ddtd=digits(rng, 33, True), lottery=None if b2b else f"{rng.choice('АБВГДЕЖЗ')}{rng.choice('АБВГДЕЖЗ')} {digits(rng, 8)}", qr=qr_svg(rng, 26), web="www.ebarimt.mn",
    )
    notes = (
        "Dalanzadgad (Ömnögovi, Mongolia) e-barimt receipt on an 80 mm TILL ROLL in Mongolian Cyrillic, prices INCLUDING НӨАТ (VAT) 10 %, amounts '12,500.00' with '₮' at the total, date yyyy.mm.dd: "
        "vendor = the name at the top (ХХК = LLC); vendor_tax_id = 'ТТД' under the address (the buyer's 'Худалдан авагчийн ТТД', the ДДТД (the receipt's 33-digit control number), the lottery code 'Сугалаа' and the article codes are decoys). "
        "invoice_number = 'Баримт №' with its leading zeros; invoice_date = 'Огноо' (the time after it is not part of it). "
        "No due date (paid at the till: null). No PO. subtotal = null (no net is printed); tax = 'НӨАТ (10%)' (НХАТ, the city tax, is printed as 0.00); total = 'НИЙТ ДҮН'. Currency MNT ('₮'). "
        + ("Line items: every article, at its amount after its 'Хөнгөлөлт n%' (discount) line where there is one ('Хөнгөлөлтийн дараах дүн'; the gross before it and the 'Нийт хөнгөлөлт' are decoys), with its quantity. " if disc_rows else "Line items: every article with its quantity. ")
        + ("The cash given and 'Хариулт' (change) are decoys." if paid != total else "")
    )
    t = truth(vname, vid, no, None, d, None, "MNT", None, tax, total, items, notes)
    chk = {"printed": [mn_date(d), no, vname, vid, "НИЙТ ДҮН", bid, ctx["ddtd"], ctx["change"]]}
    return t, chk, (DZ_HTML, ctx)


# =========================================================================== 05 Mount Gambier (GST 10 % included, AUD), amount due at the top, adjustment note
MG_V = [
    ("Blue Lake Garden & Irrigation Pty Ltd", "Blue Lake Garden & Irrigation", "14 Penola Road, Mount Gambier SA 5290", "#0e7490"),
    ("Limestone Coast Tyre & Auto Pty Ltd", "LC Tyre & Auto", "221 Jubilee Highway East, Mount Gambier SA 5290", "#b91c1c"),
    ("Green Triangle Timber & Hardware Pty Ltd", "Green Triangle Timber", "6 Pick Avenue, Mount Gambier SA 5290", "#166534"),
    ("Crater Cycles & Outdoors", "Crater Cycles & Outdoors", "58 Commercial Street West, Mount Gambier SA 5290", "#6d28d9"),
]
MG_B = [("Umpherston Sinkhole Café", "Jubilee Highway East, Mount Gambier SA 5290"), ("Penola Coonawarra Freight Pty Ltd", "Church Street, Penola SA 5277"),
        ("Port MacDonnell Boat Builders", "Charles Street, Port MacDonnell SA 5291"), ("Millicent Trail Riders Club Inc.", "PO Box 118, Millicent SA 5280")]
MG_ROWS = [
    [("Drip line 13 mm x 100 m", "ea", 1, 8, D("39.95"), D("89.00")), ("Pop-up sprinkler 4in with nozzle", "ea", 4, 30, D("6.95"), D("14.50")), ("Irrigation controller 8 station Wi-Fi", "ea", 1, 2, D("189.00"), D("329.00")),
     ("Premium garden mix, cubic metre", "m3", 1, 6, D("62.00"), D("95.00")), ("Installation labour", "hr", 2, 12, D("78.00"), D("98.00"))],
    [("Tyre 265/65R17 all terrain", "ea", 2, 4, D("219.00"), D("329.00")), ("Wheel alignment 4WD", "ea", 1, 2, D("99.00"), D("149.00")), ("Logbook service 60,000 km", "ea", 1, 1, D("389.00"), D("620.00")),
     ("Brake pads rear, fitted", "set", 1, 2, D("129.00"), D("199.00")), ("Battery 12V 800CCA", "ea", 1, 2, D("219.00"), D("289.00"))],
    [("Treated pine 90x45 H3 MGP10, lineal metre", "lm", 20, 240, D("5.20"), D("8.90")), ("Marine plywood 2400x1200 12 mm", "sht", 2, 20, D("119.00"), D("169.00")), ("Decking screws stainless 10g, box 500", "box", 1, 6, D("69.00"), D("98.00")),
     ("Epoxy resin kit 6 L", "kit", 1, 4, D("189.00"), D("265.00")), ("Delivery within 30 km", "ea", 1, 1, D("45.00"), D("85.00"))],
    [("Trail helmet MIPS", "ea", 1, 6, D("149.00"), D("249.00")), ("Mountain bike service major", "ea", 1, 4, D("179.00"), D("249.00")), ("Tubeless tyre 29x2.4", "ea", 2, 8, D("79.95"), D("119.00")),
     ("Hydration pack 12 L", "ea", 1, 6, D("89.00"), D("159.00")), ("Chain and cassette replacement, fitted", "ea", 1, 3, D("169.00"), D("289.00"))],
]
MG_HTML = """<html><head><meta charset="utf-8"><style>@@BASE@@
.box{border:1px solid #d4d4d8;padding:5px 7px} .l{font-size:6.8pt;color:#71717a;text-transform:uppercase;letter-spacing:.6px} .v{font-size:9.4pt;font-weight:bold;margin-top:1px}
table.it{width:100%;border-collapse:collapse;margin-top:14px} table.it th{font-size:7.2pt;color:#52525b;text-align:left;padding:4px;text-transform:uppercase;letter-spacing:.4px} table.it td{padding:5px 4px;font-size:8.6pt}
.r{text-align:right;white-space:nowrap}
</style></head><body>
<table style="width:100%"><tr><td style="width:58%;vertical-align:top"><div style="font-size:17pt;font-weight:bold;color:{{ color }}">{{ trade }}</div>
<div style="font-size:8.2pt">{{ vname }}</div><div style="font-size:8.2pt;color:#444">{{ vaddr }}</div><div style="font-size:8.2pt;color:#444">Ph (08) 87{{ tel }} · ABN {{ abn }}</div></td>
<td style="vertical-align:top;text-align:right"><div style="font-size:16pt;font-weight:bold;letter-spacing:1px">{{ title }}</div>
<div style="margin-top:6px;display:inline-block;text-align:left;background:{{ color }};color:#fff;padding:8px 12px;min-width:56mm">
<div style="font-size:7.4pt;text-transform:uppercase;letter-spacing:.8px">{{ duelabel }}</div><div style="font-size:19pt;font-weight:bold">{{ due_amount }}</div>
<div style="font-size:7.8pt">{{ dueline }}</div></div></td></tr></table>
<table style="width:100%;margin-top:12px;border-collapse:separate;border-spacing:4px 0"><tr>
<td class="box"><div class="l">{{ nolabel }}</div><div class="v">{{ no }}</div></td><td class="box"><div class="l">Date</div><div class="v">{{ d }}</div></td>
<td class="box"><div class="l">Account no.</div><div class="v">{{ acct }}</div></td><td class="box"><div class="l">Your reference</div><div class="v">{{ po or '—' }}</div></td>
{% if orig %}<td class="box"><div class="l">Original invoice</div><div class="v">{{ orig }}</div></td>{% else %}<td class="box"><div class="l">Terms</div><div class="v">{{ terms }}</div></td>{% endif %}</tr></table>
<table style="width:100%;margin-top:10px;font-size:8.6pt"><tr><td style="width:50%;vertical-align:top"><div class="l">Bill to</div><b>{{ bname }}</b><br>{{ baddr }}{% if babn %}<br>ABN {{ babn }}{% endif %}</td>
<td style="vertical-align:top"><div class="l">Delivered to / job</div>{{ deliver }}</td></tr></table>
{% if reason %}<div style="margin-top:8px;font-size:8.4pt;padding:5px 8px;background:#fef2f2;border-left:3px solid {{ color }}">Reason for adjustment: {{ reason }}</div>{% endif %}
<table class="it"><tr style="border-bottom:2px solid {{ color }}"><th>Code</th><th>Description</th><th class="r">Qty</th><th class="r">Unit price<br>inc GST</th><th class="r">Disc %</th><th class="r">Amount<br>inc GST</th></tr>
{% for it in items %}<tr><td style="color:#71717a">{{ it.code }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.pct }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:12px;font-size:9pt;border-top:1px solid #d4d4d8"><tr><td style="padding:4px 14px 2px 0"><b>{{ totlabel }}</b></td><td class="r" style="padding:4px 0 2px 0"><b>{{ total }}</b></td></tr>
<tr><td style="padding:2px 14px 2px 0;color:#52525b">{{ gstlabel }}</td><td class="r" style="color:#52525b">{{ tax }}</td></tr>
{% if paid %}<tr><td style="padding:2px 14px 2px 0;color:#52525b">Paid {{ paid_on }} (EFTPOS)</td><td class="r" style="color:#52525b">{{ paid }}</td></tr><tr><td style="padding:2px 14px 2px 0">Balance</td><td class="r">$0.00</td></tr>{% endif %}</table>
<div style="margin-top:26px;font-size:7.8pt;color:#444;border-top:1px dashed #a1a1aa;padding-top:6px">{{ payinfo }}</div>
<div style="margin-top:6px;font-size:7.2pt;color:#888">All prices include GST. Goods remain the property of {{ vname }} until paid in full. Page 1 of 1</div>
</body></html>"""


@style("05", "au_mtg_mount_gambier_tax_invoice_gst_incl_due_box_top_labels_above_unruled_adjustment_note")
def s05(rng, i):
    vname, trade, vaddr, color = MG_V[i]
    bname, baddr = MG_B[i]
    credit = i == 2
    d = rand_date(rng)
    items = lines(rng, MG_ROWS[i], [4, 3, 2, 5][i], D("0.05"))
    for k, x in enumerate(items):
        x["code"] = f"{rng.choice(['IR', 'TY', 'TP', 'CY'][i:i + 1])}{rng.randint(1000, 9999)}"
        x["pct"] = rng.choice([5, 10]) if (i in (0, 3) and k < 2) else 0
        x["gross"] = x["amount"]
        x["amount"] = q2(x["gross"] * (100 - x["pct"]) / 100)
        if credit:
            x["qty"], x["amount"] = -x["qty"], -x["amount"]
    total = sum(x["amount"] for x in items)
    tax = incl_tax(total, 10)
    abn = au_abn(rng)
    babn = au_abn(rng) if i in (1, 2) else None
    no = [f"INV-{rng.randint(10000, 19999)}", f"{rng.randint(300000, 399999)}", f"AN-{rng.randint(1000, 1999)}", f"CCO{rng.randint(2000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d %b %Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d %b %Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 30])) if i in (0, 1) else None
    po = [f"PO {rng.randint(100, 999)}", f"{rng.randint(20000, 29999)}", None, None][i]
    paid = i == 3
    money = lambda x: ("-" if x < 0 else "") + "$" + en(abs(x))  # noqa: E731
    terms = "14 days" if due and (due - d).days == 14 else "30 days" if due else "COD"
    orig = f"INV-{rng.randint(10000, 19999)}" if credit else None
    ctx = dict(
        color=color, trade=trade, vname=vname, vaddr=vaddr, tel=digits(rng, 6), abn=abn, title="ADJUSTMENT NOTE" if credit else "TAX INVOICE",
        duelabel="Credit to your account" if credit else ("Amount paid" if paid else "Amount due"), due_amount=money(total),
        dueline=("Applied against " + orig) if credit else ("Paid in full – thank you" if paid else f"Due {fd(due)}"),
        nolabel="Adjustment note no." if credit else "Invoice no.", no=no, d=fd(d), acct=f"{['BLG', 'LCT', 'GTT', 'CCO'][i]}{rng.randint(100, 999)}", po=po, orig=orig, terms=terms,
        bname=bname, baddr=baddr, babn=babn, deliver=rng.choice(["Pick-up at counter", "Delivered to site", "Fitted in workshop, rego S" + digits(rng, 3) + "-" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))]),
        reason=("goods returned unused, " + rng.choice(["wrong length supplied", "order cancelled by customer"])) if credit else None,
        items=[{"code": x["code"], "d": x["desc"], "q": qstr(x["qty"]), "p": money(x["price"]), "pct": str(x["pct"]) if x["pct"] else "", "a": money(x["amount"])} for x in items],
        totlabel="Total credit inc GST" if credit else "Total inc GST", gstlabel="GST included in credit" if credit else "Total includes GST of", total=money(total), tax=money(tax),
        paid=money(total) if paid else None, paid_on=fd(d),
        payinfo=("The credit will be applied to your next statement. " if credit else "")
        + f"Direct deposit: BSB 105-{digits(rng, 3)} Account {digits(rng, 9, True)} (BankSA Mount Gambier) · BPAY Biller code {digits(rng, 6, True)} Ref {digits(rng, 10, True)} · Please quote your account number.",
    )
    notes = (
        "Mount Gambier (Limestone Coast, South Australia) " + ("ADJUSTMENT NOTE (the Australian credit note: quantities, amounts, total and GST printed NEGATIVE)" if credit else "TAX INVOICE")
        + " in English with the amount due boxed at the TOP right, boxes of small upper-case labels ABOVE values, an UNRULED table of prices INCLUDING GST 10 % with a discount column, '$1,234.56': "
        "vendor = the legal name under the trading name (the trading name above it is the same business); vendor_tax_id = 'ABN' under the address (the customer's ABN, the BSB and account, the BPAY biller code and reference and the account number are decoys). "
        "invoice_number = '" + ("Adjustment note no." if credit else "Invoice no.") + "'; invoice_date = 'Date'. "
        + due_note(due, "COD" if not credit else None, "Due (in the box at the top)")
        + po_note(po, "Your reference")
        + "subtotal = null (no amount before GST is printed); tax = '" + ("GST included in credit" if credit else "Total includes GST of") + "'; total = '" + ("Total credit inc GST" if credit else "Total inc GST") + "' (repeated in the box at the top"
        + (", there as 'Amount paid': the EFTPOS payment and the zero balance are decoys" if paid else "") + "). Currency AUD ('$'). "
        + ("The original invoice's number is a decoy. document_type credit_note. " if credit else "")
        + "Line items: every row at its amount after the row's discount, GST included, with its quantity."
    )
    t = truth(vname, abn, no, po, d, due, "AUD", None, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, abn, ctx["totlabel"], fd(due) if due else None, babn, orig]}
    return t, chk, (MG_HTML.replace("@@BASE@@", __import__("invoice_kit").css(margin="13mm", font="'Liberation Sans',sans-serif", fs="8.8pt")), ctx)
