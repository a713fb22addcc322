"""Chromium (HTML) styles for set 40, second part (04 Stellenbosch wine estate's BELASTINGFAKTUUR in Afrikaans as an
80 mm roll receipt with prices including BTW 15 %, the BTW taken out of the total and cash tendered and change, 05
Sharjah packaging supplier's TAX INVOICE in English with Arabic labels, the totals boxed at the TOP above the items,
VAT 5 %, returned pallets as a negative row and on some a US-dollar equivalent or an advance below the total)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, af_date
from invoice_kit import css, digits, en, iban, iban_fmt, luhn_check, q2, qstr, rand_date, sp, style_registry
from kit_common import due_note, lines, po_note, truth

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Stellenbosch (BTW 15 % included, ZAR), 80 mm roll
ST_V = [
    ("Jonkershoek Wynlandgoed (Edms) Bpk", "Jonkershoekweg, Stellenbosch 7600"),
    ("Helderberg Kelders & Deli BK", "Annandaleweg, Stellenbosch 7600"),
    ("Simonsberg Wyn- en Kaasproe (Edms) Bpk", "R44, Kanonkop, Stellenbosch 7599"),
    ("Eersterivier Plaaswinkel (Edms) Bpk", "Dorpstraat 112, Stellenbosch 7600"),
]
ST_ROWS = [  # gross prices (BTW included), ZAR
    ("Chenin Blanc 2024, 750 ml", "bot", 1, 12, D("95.00"), D("220.00")),
    ("Pinotage Reserwe 2021, 750 ml", "bot", 1, 12, D("180.00"), D("420.00")),
    ("Cabernet Sauvignon 2020, 750 ml", "bot", 1, 6, D("210.00"), D("520.00")),
    ("Kaapse Vonkel MCC, 750 ml", "bot", 1, 6, D("160.00"), D("340.00")),
    ("Wynproe, 5 wyne", "pers", 1, 8, D("90.00"), D("180.00")),
    ("Kaasbord vir twee", "st", 1, 3, D("245.00"), D("390.00")),
    ("Biltong, 250 g", "pak", 1, 4, D("85.00"), D("145.00")),
    ("Geskenkboks vir 3 bottels", "st", 1, 3, D("45.00"), D("95.00")),
    ("Koffie (flat white)", "st", 1, 4, D("32.00"), D("45.00")),
]
ST_HTML = """<html lang="af"><head><meta charset="utf-8"><style>@page{size:80mm {{ h }}mm;margin:4mm 4mm} body{font-family:'DejaVu Sans Mono',monospace;font-size:7.6pt;color:#000;margin:0}
.c{text-align:center} .r{text-align:right;white-space:nowrap} table{width:100%;border-collapse:collapse} td{vertical-align:top;padding:0.5px 0} hr{border:0;border-top:1px dashed #000;margin:3px 0}
</style></head><body>
<div class="c" style="font-weight:bold;font-size:9pt">{{ vname }}</div><div class="c">{{ vaddr }}</div><div class="c">Tel. 021 {{ tel }}</div><div class="c">BTW-nr.: {{ vid }}</div><div class="c">Reg.-nr. {{ reg }}</div>
<hr><div class="c" style="font-weight:bold">BELASTINGFAKTUUR</div><hr>
<table><tr><td>Faktuurnr.:</td><td class="r">{{ no }}</td></tr><tr><td>Datum:</td><td class="r">{{ date }}</td></tr><tr><td>Tyd:</td><td class="r">{{ time }}</td></tr><tr><td>Kassier:</td><td class="r">{{ cashier }}</td></tr><tr><td>Kasregister:</td><td class="r">{{ till }}</td></tr></table>
{% if buyer %}<hr><div>Koper: {{ buyer }}</div><div>Adres: {{ baddr }}</div><div>Koper se BTW-nr.: {{ bvat }}</div>{% endif %}
<hr><table>{% for it in items %}<tr><td colspan="2">{{ it.d }}</td></tr><tr><td>&nbsp;&nbsp;{{ it.q }} x {{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table><hr>
<table><tr style="font-weight:bold;font-size:9pt"><td>TOTAAL</td><td class="r">R {{ total }}</td></tr>
<tr><td>Bedrag sonder BTW</td><td class="r">{{ net }}</td></tr><tr><td>BTW 15% ingesluit</td><td class="r">{{ tax }}</td></tr></table><hr>
<table>{% if cash %}<tr><td>Kontant ontvang</td><td class="r">{{ tend }}</td></tr><tr><td>Kleingeld</td><td class="r">{{ change }}</td></tr>{% else %}<tr><td>Kaart ({{ card }})</td><td class="r">{{ total }}</td></tr><tr><td>Magtigingskode</td><td class="r">{{ auth }}</td></tr>{% endif %}</table>
<hr><div class="c">Items: {{ n }} · Lojaliteitskaart {{ loyal }}</div><div class="c">Goedere word nie teruggeneem nie.</div><div class="c">Baie dankie! Kom kuier weer.</div>
</body></html>"""


@style("04", "za_stb_stellenbosch_belastingfaktuur_btw_15_roll")
def s04(rng, i):
    vname, vaddr = ST_V[i]
    d = rand_date(rng)
    items = lines(rng, ST_ROWS, rng.randint(1, 7), D("0.50"))
    total = sum(x["amount"] for x in items)
    tax = q2(total * 15 / 115)
    net = total - tax
    vid = "4" + digits(rng, 8)
    vid += luhn_check(vid)
    no = [f"KW{rng.randint(100000, 999999)}", f"INV-{rng.randint(10000, 99999)}", f"{rng.randint(1, 9)}-{rng.randint(100000, 999999)}", f"PW{d.strftime('%y')}{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%Y/%m/%d"), af_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%Y-%m-%d")][i]
    cash = i in (0, 3)
    tend = (total // 50 + 1) * 50 if cash else None
    buyer = total > 1000 or i == 2
    bvat = "4" + digits(rng, 8)
    ctx = dict(
        h=130 + 9 * len(items) + (18 if buyer else 0), vname=vname, vaddr=vaddr, tel=f"{rng.randint(800, 899)} {rng.randint(1000, 9999)}", vid=vid, reg=f"{rng.randint(1990, 2020)}/{digits(rng, 6)}/07",
        no=no, date=fd(d), time=f"{rng.randint(10, 17):02d}:{rng.randint(0, 59):02d}", cashier=rng.choice(["Marlize", "Johan", "Anele", "Riaan"]), till=f"{rng.randint(1, 4):02d}",
        buyer=rng.choice(["Boland Toere (Edms) Bpk", "Kaapse Konferensies BK", "Dr. P. van der Merwe Ing."]) if buyer else None, baddr="Pleinstraat 7, Stellenbosch", bvat=bvat + luhn_check(bvat),
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "p": sp(x["price"]), "a": sp(x["amount"])} for x in items],
        total=sp(total), net=sp(net), tax=sp(tax), cash=cash, tend=sp(tend) if cash else None, change=sp(tend - total) if cash else None,
        card=rng.choice(["Visa ****", "Mastercard ****"]) + digits(rng, 4), auth=digits(rng, 6), n=len(items), loyal="*" * 6 + digits(rng, 4),
    )
    notes = (
        "Stellenbosch (Western Cape) wine estate's tasting-room BELASTINGFAKTUUR in Afrikaans on an 80 mm ROLL, amounts with spaces and a decimal comma ('R 1 234,50'), prices INCLUDING BTW 15 %, the BTW taken out of the total ('BTW 15% ingesluit') and the amount without it, "
        + ("cash tendered and change" if cash else "a card payment with its authorisation code") + ("; the buyer's name, address and VAT number as a full tax invoice prints them" if buyer else "") + ": "
        "vendor = the name at the top; vendor_tax_id = its 'BTW-nr.' (10 digits starting with 4; the company registration number" + (", the buyer's BTW-nr." if buyer else "") + " and the loyalty card are decoys). "
        "invoice_number = 'Faktuurnr.'; invoice_date = 'Datum' (" + ["yyyy/mm/dd", "Afrikaans words ('12 Maart 2026')", "dd/mm/yyyy", "yyyy-mm-dd"][i] + "); time, cashier and till are decoys. "
        "No due date (paid at the till, null). No PO. "
        "subtotal = 'Bedrag sonder BTW'; tax = 'BTW 15% ingesluit'; total = 'TOTAAL'" + ("; the cash tendered and the change are not totals" if cash else "") + ". Currency ZAR. Line items: every row at its VAT-inclusive amount (they sum to the total)."
    )
    t = truth(vname, vid, no, None, d, None, "ZAR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "TOTAAL", ctx["change"], ctx["reg"]]}
    return t, chk, (ST_HTML, ctx)


# =========================================================================== 05 Sharjah packaging supplier (VAT 5 %, AED), totals at the top, returned pallets
SH_V = [
    ("Al Sajaa Packaging Industries L.L.C.", "Industrial Area 18, P.O. Box 41872, Sharjah, U.A.E.", "#0f766e"),
    ("Gulf Stretch Film Trading FZE", "SAIF Zone, Q4-112, P.O. Box 8820, Sharjah, U.A.E.", "#1d4ed8"),
    ("Hamriyah Pallets & Crates L.L.C.", "Hamriyah Free Zone, Plot 2C-14, Sharjah, U.A.E.", "#9a3412"),
    ("Emirates Corrugated Boxes Co. L.L.C.", "Industrial Area 4, P.O. Box 27311, Sharjah, U.A.E.", "#6d28d9"),
]
SH_B = [
    ("Al Qusais Foodstuff Trading L.L.C.", "Al Qusais 2, Dubai"),
    ("Ajman Dates Factory L.L.C.", "Al Jurf Industrial, Ajman"),
    ("Sharjah Cosmetics Manufacturing L.L.C.", "Industrial Area 6, Sharjah"),
    ("Fujairah Fisheries Export Co.", "Fujairah Port Road, Fujairah"),
]
SH_ROWS = [
    ("Stretch film 23 micron, 500 mm x 300 m", "roll", 20, 400, D("18.50"), D("32.00")),
    ("Euro pallet 1200 x 800, heat treated", "pcs", 20, 300, D("28.00"), D("55.00")),
    ("Corrugated carton 5-ply 60x40x40", "pcs", 100, 3000, D("2.10"), D("5.80")),
    ("PP strapping 12 mm, 2,000 m coil", "coil", 5, 80, D("42.00"), D("78.00")),
    ("Bubble wrap roll 1 m x 100 m", "roll", 5, 60, D("35.00"), D("68.00")),
    ("Edge protector 50x50x3 mm, 1 m", "pcs", 100, 2000, D("0.85"), D("1.90")),
    ("Packing tape brown 48 mm x 100 m", "carton", 5, 50, D("95.00"), D("160.00")),
    ("Delivery charges, Sharjah to customer site", "trip", 1, 4, D("150.00"), D("450.00")),
]
SH_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.2pt;color:#555} .ar{direction:rtl;font-size:8pt;color:#444} table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{background:#f1f5f9;border:1px solid #cbd5e1;font-size:7.6pt;padding:3px} table.it td{border:1px solid #e2e8f0;padding:3px;font-size:8.2pt} .r{text-align:right;white-space:nowrap}
.box td{padding:2px 6px;font-size:8.8pt}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="small">{{ vaddr }}<br>Tel. +971 6 {{ tel }} · TRN: {{ vid }}<br>Trade Licence No. {{ lic }}</div></td>
<td style="width:42%"><div style="border:2px solid {{ color }};padding:6px"><table class="box" style="width:100%"><tr><td>Total before VAT <span class="ar">المجموع قبل الضريبة</span></td><td class="r">{{ net }}</td></tr><tr><td>VAT 5% <span class="ar">ضريبة القيمة المضافة</span></td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:10.5pt"><td>Total AED <span class="ar">الإجمالي</span></td><td class="r">{{ total }}</td></tr>{% if adv %}<tr><td>Less advance received ({{ rv }})</td><td class="r">-{{ adv }}</td></tr><tr style="font-weight:bold"><td>Balance payable</td><td class="r">{{ bal }}</td></tr>{% endif %}
{% if usd %}<tr><td class="small">USD equivalent @ 3.6725</td><td class="r small">{{ usd }}</td></tr>{% endif %}</table></div></td></tr></table>
<div style="text-align:center;font-size:14pt;font-weight:bold;margin-top:10px">TAX INVOICE <span class="ar">فاتورة ضريبية</span></div>
<table style="width:100%;margin-top:8px;font-size:8.4pt"><tr><td style="width:50%"><span class="small">Bill to <span class="ar">العميل</span></span><br><b>{{ bname }}</b><br>{{ baddr }}<br>Customer TRN: {{ bid }}</td>
<td><table class="box">{% for k, a, v in head %}<tr><td>{{ k }} <span class="ar">{{ a }}</span></td><td><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr><th>#</th><th>Description <span class="ar">الوصف</span></th><th>Unit</th><th class="r">Qty</th><th class="r">Unit price</th><th class="r">Amount AED</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<div style="margin-top:10px;font-size:8.2pt">{{ payline }}</div>
<div style="margin-top:4px;font-size:8pt">Bank: {{ bank }} · IBAN {{ iban }} · Account name: {{ vname }}</div>
<div class="small" style="margin-top:16px">Goods received in good condition. Receiver's name, signature and stamp: ______________________ · This is a computer generated invoice.</div>
</body></html>"""


@style("05", "ae_shj_sharjah_tax_invoice_vat_5_totals_top")
def s05(rng, i):
    vname, vaddr, color = SH_V[i]
    bname, baddr = SH_B[i]
    d = rand_date(rng)
    items = lines(rng, SH_ROWS, rng.randint(1, 7), D("0.05"))
    if i in (1, 3):
        q = -D(rng.randint(10, 60))
        p = D(rng.choice(["20.00", "25.00", "30.00"]))
        items.append(dict(desc="Less: returned pallets (credit)", unit="pcs", qty=q, price=p, amount=q2(q * p)))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.05"))
    total = net + tax
    vid = "100" + digits(rng, 12)
    no = [f"SI-{rng.randint(10000, 99999)}", f"GSF/{d.year}/{rng.randint(1000, 9999)}", f"INV{d.strftime('%y%m')}{rng.randint(100, 999)}", f"ECB-{rng.randint(100000, 999999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day:02d}-{MONTHS['en_short'][x.month - 1]}-{x.year}", lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 45, 60, 90])) if i != 2 else None
    term = None if due else "Cash / PDC on delivery"
    po = [f"LPO-{rng.randint(1000, 9999)}", f"PO{rng.randint(100000, 999999)}", None, f"{rng.randint(4500000, 4599999)}"][i]
    dn = f"DN{rng.randint(10000, 99999)}"
    head = [("Invoice No.", "رقم الفاتورة", no), ("Invoice Date", "التاريخ", fd(d))]
    if due:
        head.append(("Due Date", "تاريخ الاستحقاق", fd(due)))
    if po:
        head.append(("LPO No.", "أمر الشراء", po))
    head += [("Delivery Note", "إشعار التسليم", dn), ("Salesman", "المندوب", rng.choice(["Rajesh K.", "Omar S.", "Ahmed F.", "Vinod P."]))]
    adv = q2(total * D(rng.choice([20, 25, 50])) / 100) if i == 2 else None
    usd = q2(total / D("3.6725")) if i in (0, 3) else None
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(500, 599)} {rng.randint(1000, 9999)}", vid=vid, lic=f"{rng.randint(100000, 999999)}", net=en(net), tax=en(tax), total=en(total),
        adv=en(adv) if adv else None, bal=en(total - adv) if adv else None, rv=f"RV-{rng.randint(1000, 9999)}", usd=en(usd) if usd else None, bname=bname, baddr=baddr, bid="100" + digits(rng, 12), head=head,
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        payline=(f"Payment terms: {(due - d).days} days from invoice date." if due else f"Payment terms: {term}."),
        bank=rng.choice(["Emirates NBD", "Sharjah Islamic Bank", "Mashreq Bank", "Bank of Sharjah"]), iban=iban_fmt(iban("AE", f"{rng.choice(['026', '041', '033', '046'])}{digits(rng, 16)}")),
    )
    notes = (
        "Sharjah (U.A.E.) packaging supplier's TAX INVOICE in English with Arabic labels beside, the totals BOXED AT THE TOP right above the title and the items, in dirhams with commas ('1,234.50'), VAT 5 %"
        + ("; returned pallets as a NEGATIVE row" if i in (1, 3) else "") + ("; an advance deducted below the total in the box leaving the 'Balance payable'" if adv else "") + ("; a USD equivalent in the box" if usd else "") + ": "
        "vendor = the name at the top; vendor_tax_id = its 'TRN' (15 digits starting 100; the customer TRN, the trade licence and the IBAN are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (" + ["dd/mm/yyyy", "dd-Mon-yyyy", "dd.mm.yyyy", "dd/mm/yyyy"][i] + "); the delivery note and salesman are decoys. "
        + due_note(due, term, "Due Date")
        + po_note(po, "LPO No.")
        + "subtotal = 'Total before VAT'; tax = 'VAT 5%'; total = 'Total AED'" + (" (BEFORE the advance)" if adv else "") + ("; the USD equivalent is not the total" if usd else "") + ". Currency AED. Line items: every row, the returned pallets negative."
    )
    t = truth(vname, vid, no, po, d, due, "AED", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total AED", fd(due) if due else None, dn, ctx["bal"], ctx["usd"]]}
    return t, chk, (SH_HTML.replace("@@BASE@@", css(margin="12mm 13mm", fs="9pt")), ctx)
