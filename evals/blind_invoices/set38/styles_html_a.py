"""Chromium (HTML) styles for set 38, first part (01 Kochi spice and coffee trader's TAX INVOICE in English with CGST
and SGST (IGST across states) at 5 % and 18 %, an HSN summary, amounts grouped by LAKH, a ROUND OFF row and the total
in words, 02 Plovdiv conference hotel's ФАКТУРА in Bulgarian with ДДС 9 % on nights and 20 % on the rest, in leva in
2025 and euros from 2026 with the other currency as a counter-value, and one КРЕДИТНО ИЗВЕСТИЕ with negative rows,
03 Sion brasserie's ticket de caisse on an 80 mm ROLL in French with prices including TVA 8,1 % on site and 2,6 % take
away, francs with apostrophes and a euro counter-value)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import bg_date, by_rate, lakh
from invoice_kit import ch, css, digits, iban, iban_fmt, q0, q2, qstr, rand_date, sp, style_registry, valid
from kit_common import MONTHS, due_note, lines, po_note, truth
from stdnum.bg import vat as bgvat
from stdnum.ch import vat as chvat
from stdnum.in_ import gstin

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Kochi (GST 5 % / 18 %, CGST + SGST or IGST), lakh grouping, round off
KO_V = [
    ("Malabar Coast Spice Traders Pvt. Ltd.", "XL/412, Bazaar Road, Mattancherry, Kochi 682002, Kerala", "AABCM", "#7c2d12"),
    ("Periyar Hills Coffee & Tea Co.", "41/2187, Willingdon Island, Kochi 682003, Kerala", "AAFFP", "#14532d"),
    ("Fort Kochi Cardamom Exports Pvt. Ltd.", "1/622, Calvetty Road, Fort Kochi 682001, Kerala", "AABCF", "#1e3a8a"),
    ("Ernakulam Spice Board Agencies", "Door 38/1420, M.G. Road, Ernakulam, Kochi 682016, Kerala", "AAGFE", "#6b21a8"),
]
KO_B = [  # (name, address, state, state code)
    ("Grand Backwaters Resort Pvt. Ltd.", "Kumarakom North, Kottayam 686563", "Kerala", "32"),
    ("Hotel Marine Drive Residency", "Shanmugham Road, Ernakulam 682031", "Kerala", "32"),
    ("Bangalore Gourmet Foods LLP", "No. 14, 100 Feet Road, Indiranagar, Bengaluru 560038", "Karnataka", "29"),
    ("Kovalam Beach Hotels Ltd.", "Lighthouse Road, Kovalam, Thiruvananthapuram 695527", "Kerala", "32"),
]
KO_ROWS = [  # (desc, unit, qty lo, qty hi, price lo, price hi, (hsn, rate))
    ("Black Pepper, Malabar Garbled MG1", "Kg", 10, 400, 560, 780, ("0904", 5)),
    ("Green Cardamom 8 mm bold", "Kg", 5, 120, 1850, 2900, ("0908", 5)),
    ("Cloves, hand picked", "Kg", 5, 80, 820, 1250, ("0907", 5)),
    ("Nutmeg with shell", "Kg", 10, 150, 480, 720, ("0908", 5)),
    ("Turmeric fingers, Alleppey", "Kg", 20, 500, 145, 260, ("0910", 5)),
    ("Arabica coffee beans, roasted", "Kg", 10, 200, 640, 980, ("0901", 5)),
    ("CTC tea, Munnar BOP", "Kg", 20, 300, 260, 420, ("0902", 5)),
    ("Cinnamon quills, Ceylon type", "Kg", 5, 60, 900, 1450, ("0906", 5)),
    ("Courier and handling charges", "Nos", 1, 1, 450, 3800, ("996812", 18)),
    ("Private label printing and pouch branding", "Nos", 1, 1, 2500, 18000, ("998912", 18)),
]
KO_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7pt;color:#444} table.g{width:100%;border-collapse:collapse} table.g td,table.g th{border:1px solid #555;padding:3px 4px;font-size:7.8pt} table.g th{background:#f3f3f3} td.r,th.r{text-align:right;white-space:nowrap} td.c{text-align:center}
</style></head><body>
<div style="text-align:center;font-size:13pt;font-weight:bold;letter-spacing:1px">TAX INVOICE</div>
<div class="small" style="text-align:center">(Original for Recipient)</div>
<table class="g" style="margin-top:6px"><tr><td rowspan="3" style="width:52%"><div style="font-size:12pt;font-weight:bold;color:{{ color }}">{{ vname }}</div>{{ vaddr }}<br>GSTIN/UIN: <b>{{ vid }}</b><br>State Name: Kerala, Code: 32<br>PAN: {{ pan }} · CIN: {{ cin }}<br>FSSAI Lic. No. {{ fssai }}</td>
<td>Invoice No.<br><b>{{ no }}</b></td><td>Dated<br><b>{{ date }}</b></td></tr>
<tr><td>Buyer's Order No.<br><b>{{ po or '-' }}</b></td><td>Order Dated<br><b>{{ podate or '-' }}</b></td></tr>
<tr><td>e-Way Bill No.<br><b>{{ ewb }}</b></td><td>{% if due %}Due Date<br><b>{{ due }}</b>{% else %}Mode/Terms of Payment<br><b>{{ term }}</b>{% endif %}</td></tr>
<tr><td>Buyer (Bill to)<br><b>{{ bname }}</b><br>{{ baddr }}<br>GSTIN/UIN: {{ bid }}<br>State Name: {{ bstate }}, Code: {{ bcode }}</td><td colspan="2">Dispatched through: {{ carrier }}<br>Destination: {{ dest }}<br>Vehicle No.: {{ vehicle }}</td></tr></table>
<table class="g" style="margin-top:6px"><tr><th>Sl</th><th>Description of Goods / Services</th><th>HSN/SAC</th><th class="r">Quantity</th><th class="r">Rate</th><th>per</th><th class="r">GST %</th><th class="r">Taxable Value</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.h }}</td><td class="r">{{ it.q }} {{ it.u }}</td><td class="r">{{ it.p }}</td><td>{{ it.u }}</td><td class="r">{{ it.g }}%</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr><td></td><td colspan="6" style="text-align:right">Taxable Value</td><td class="r"><b>{{ net }}</b></td></tr>
{% for k, v in taxrows %}<tr><td></td><td colspan="6" style="text-align:right">{{ k }}</td><td class="r">{{ v }}</td></tr>{% endfor %}
<tr><td></td><td colspan="6" style="text-align:right">Total GST</td><td class="r">{{ tax }}</td></tr>
<tr><td></td><td colspan="6" style="text-align:right">Round Off</td><td class="r">{{ roff }}</td></tr>
<tr><td></td><td colspan="6" style="text-align:right;font-weight:bold">Grand Total</td><td class="r" style="font-weight:bold;font-size:10pt">₹ {{ total }}</td></tr></table>
<div style="font-size:8.2pt;margin-top:4px">Amount Chargeable (in words): <b>INR {{ words }} Only</b></div>
<table class="g" style="margin-top:6px"><tr><th>HSN/SAC</th><th class="r">Taxable Value</th>{% if igst %}<th class="r">IGST Rate</th><th class="r">IGST Amount</th>{% else %}<th class="r">CGST Rate</th><th class="r">CGST Amount</th><th class="r">SGST/UTGST Rate</th><th class="r">SGST Amount</th>{% endif %}<th class="r">Total Tax Amount</th></tr>
{% for h in hsn %}<tr><td>{{ h.h }}</td><td class="r">{{ h.b }}</td>{% if igst %}<td class="r">{{ h.r }}%</td><td class="r">{{ h.t }}</td>{% else %}<td class="r">{{ h.hr }}%</td><td class="r">{{ h.c }}</td><td class="r">{{ h.hr }}%</td><td class="r">{{ h.c }}</td>{% endif %}<td class="r">{{ h.t }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px;font-size:7.6pt"><tr><td style="width:60%;vertical-align:top">IRN: {{ irn }}<br>Ack No.: {{ ack }} · Ack Date: {{ ackdate }}<br>Company's Bank Details: {{ bank }}, A/c No. {{ acct }}, IFSC {{ ifsc }}<br>Declaration: We declare that this invoice shows the actual price of the goods described and that all particulars are true and correct.</td>
<td style="text-align:right;vertical-align:bottom">for <b>{{ vname }}</b><br><br><br>Authorised Signatory</td></tr></table>
<div class="small" style="text-align:center;margin-top:6px">SUBJECT TO KOCHI JURISDICTION · This is a Computer Generated Invoice</div>
</body></html>"""


def _words(n):
    from invoice_kit import in_words

    return in_words(n)


@style("01", "in_cok_kochi_tax_invoice_cgst_sgst_lakh_roundoff")
def s01(rng, i):
    vname, vaddr, pan5, color = KO_V[i]
    bname, baddr, bstate, bcode = KO_B[i]
    d = rand_date(rng)
    items = lines(rng, KO_ROWS, rng.randint(1, 9), D("0.50"))
    if i == 1 and not any(x["extra"][1] == 18 for x in items):
        items += lines(rng, KO_ROWS[-2:-1], 1, D("0.50"))
    for x in items:
        x["hsn"], x["rate"] = x["extra"][0], D(x["extra"][1])
    igst = bcode != "32"
    pan = valid(rng, lambda: pan5 + digits(rng, 4) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"), lambda s: True)
    vid = valid(rng, lambda: "32" + pan + rng.choice("123") + "Z" + rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"), gstin.is_valid)
    bpan = "AA" + rng.choice("ABCDEFGH") + rng.choice("CF") + rng.choice("BCGHKMR") + digits(rng, 4) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    bid = valid(rng, lambda: bcode + bpan + "1Z" + rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"), gstin.is_valid)
    hsn = {}
    for x in items:
        h = hsn.setdefault((x["hsn"], x["rate"]), D(0))
        hsn[(x["hsn"], x["rate"])] = h + x["amount"]
    taxrows, tax, hrows = [], D(0), []
    for (h, r), b in sorted(hsn.items()):
        c = q2(b * r / 200)
        hrows.append({"h": h, "b": lakh(b), "r": str(r), "hr": qstr(r / 2), "c": lakh(c), "t": lakh(2 * c)})
        tax += 2 * c
    for r in sorted({x["rate"] for x in items}):
        c = sum(q2(b * rr / 200) for (_h, rr), b in hsn.items() if rr == r)
        if igst:
            taxrows.append((f"IGST @ {r}%", lakh(2 * c)))
        else:
            taxrows += [(f"CGST @ {qstr(r / 2)}%", lakh(c)), (f"SGST @ {qstr(r / 2)}%", lakh(c))]
    net = sum(x["amount"] for x in items)
    gross = net + tax
    total = q0(gross)
    roff = total - gross
    fy = f"{d.year % 100}-{d.year % 100 + 1}" if d.month >= 4 else f"{d.year % 100 - 1}-{d.year % 100}"
    no = [f"MCST/{fy}/{rng.randint(1, 2999):04d}", f"PHC{rng.randint(100, 999)}/{fy}", f"FKC/EXP/{rng.randint(10, 999)}", f"ESB-{fy}-{rng.randint(100, 9999)}"][i]
    mon = MONTHS["en_short"]
    fd = [lambda x: x.strftime("%d-%m-%Y"), lambda x: f"{x.day:02d}-{mon[x.month - 1]}-{x.year}", lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day}-{mon[x.month - 1]}-{x.strftime('%y')}"][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i in (0, 2) else None
    term = None if due else rng.choice(["Advance paid / Against delivery", "30 days credit"])
    po = [f"PO/{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}", None, f"KBH/PUR/{rng.randint(100, 999)}"][i]
    podate = fd(d - dt.timedelta(days=rng.randint(3, 25))) if po else None
    ewb = digits(rng, 12, True)
    ack = "1" + digits(rng, 14)
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, vid=vid, pan=pan, cin=f"U{rng.randint(10000, 52999)}KL{rng.randint(2001, 2019)}PTC{rng.randint(10000, 99999):06d}", fssai="1" + digits(rng, 13),
        no=no, date=fd(d), po=po, podate=podate, ewb=" ".join([ewb[:4], ewb[4:8], ewb[8:]]), due=fd(due) if due else None, term=term,
        bname=bname, baddr=baddr, bid=bid, bstate=bstate, bcode=bcode, carrier=rng.choice(["VRL Logistics", "Gati Ltd.", "Own vehicle", "Professional Couriers"]), dest=baddr.split(",")[-1].strip().split(" ")[0],
        vehicle=f"KL-{rng.randint(1, 65):02d}-{rng.choice('ABCDEFGHJK')}{rng.choice('ABCDEFGHJK')}-{rng.randint(1000, 9999)}",
        items=[{"d": x["desc"], "h": x["hsn"], "q": qstr(x["qty"]), "u": x["unit"], "p": lakh(x["price"]), "g": x["rate"], "a": lakh(x["amount"])} for x in items],
        net=lakh(net), taxrows=taxrows, tax=lakh(tax), roff=("+" if roff >= 0 else "") + lakh(roff), total=lakh(total), words="Rupees " + _words(total),
        hsn=hrows, igst=igst, irn="".join(rng.choice("0123456789abcdef") for _ in range(64)), ack=ack, ackdate=fd(d),
        bank=rng.choice(["Federal Bank", "South Indian Bank", "State Bank of India", "HDFC Bank"]), acct=digits(rng, 14, True), ifsc=rng.choice(["FDRL", "SIBL", "SBIN", "HDFC"]) + "0" + digits(rng, 6),
    )
    notes = (
        "Kochi (Kerala, India) spice and coffee trader's TAX INVOICE in English, fully ruled, in rupees grouped by LAKH ('1,23,456.50'), GST 5 % on spices, tea and coffee and 18 % on courier and printing services, "
        + ("IGST for a buyer in another state (Karnataka, code 29)" if igst else "split into CGST and SGST halves (buyer in Kerala, code 32)")
        + ", an HSN summary, a 'Round Off' row to the whole rupee and the amount in words: "
        "vendor = the name at the top; vendor_tax_id = its 'GSTIN/UIN' (15 characters, state 32; its PAN, CIN, FSSAI licence, the buyer's GSTIN and the bank account are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Dated' ("
        + ["dd-mm-yyyy", "dd-Mon-yyyy", "dd/mm/yyyy", "d-Mon-yy"][i]
        + "); the order date, the e-Way Bill number, IRN, Ack No. and Ack Date are decoys. "
        + due_note(due, term, "Due Date")
        + po_note(po, "Buyer's Order No.")
        + "subtotal = 'Taxable Value'; tax = 'Total GST' (the sum of the CGST and SGST or IGST rows); total = 'Grand Total' after the 'Round Off' (the check file's total_adjustment). Currency INR. Line items: every row (taxable value)."
    )
    t = truth(vname, vid, no, po, d, due, "INR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Grand Total", fd(due) if due else None, ctx["ewb"], pan, ack, "Rupees " + _words(total)], "total_adjustment": str(roff)}
    return t, chk, (KO_HTML.replace("@@BASE@@", css(margin="10mm 11mm", fs="8.4pt")), ctx)


# =========================================================================== 02 Plovdiv (ДДС 9 % nights / 20 %), BGN in 2025, EUR from 2026, one credit note
PD_V = [
    ("„Хотел Тримонциум Конгрес“ ЕООД", "ул. „Капитан Райчо“ 2, 4000 Пловдив", "#7f1d1d"),
    ("„Марица Парк Хотел“ ООД", "бул. „Марица“ 154, 4002 Пловдив", "#134e4a"),
    ("„Старият Пловдив Хотели“ АД", "ул. „Д-р Вълкович“ 11, 4000 Пловдив", "#1e3a8a"),
    ("„Пълдин Събития“ ЕООД", "бул. „Руски“ 55, 4000 Пловдив", "#4c1d95"),
]
PD_B = [
    ("„Агро Тракия Инвест“ АД", "гр. Пазарджик, ул. „Болница“ 8"),
    ("„Софт Системс България“ ЕООД", "гр. София, бул. „Цариградско шосе“ 115"),
    ("Медицински университет – Пловдив", "гр. Пловдив, бул. „Васил Априлов“ 15А"),
    ("„Родопи Фарма“ ООД", "гр. Асеновград, ул. „Александър Стамболийски“ 40"),
]
PD_9 = [
    ("Нощувка, единична стая, със закуска", "нощ.", 2, 40, 62, 118),
    ("Нощувка, двойна стая, със закуска", "нощ.", 2, 40, 78, 146),
    ("Нощувка, апартамент", "нощ.", 1, 6, 140, 260),
]
PD_20 = [
    ("Наем конферентна зала „Филипопол“", "ден", 1, 3, 280, 900),
    ("Кафе пауза", "бр.", 20, 200, 6, 14),
    ("Обяд, бизнес меню", "бр.", 10, 150, 14, 32),
    ("Вечеря с напитки", "бр.", 10, 120, 28, 60),
    ("Мултимедия и озвучаване", "ден", 1, 3, 60, 240),
    ("Паркинг", "ден", 1, 20, 5, 12),
]
PD_HTML = """<html lang="bg"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7pt;color:#555} table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{border-top:1.5px solid #000;border-bottom:1px solid #000;font-size:7.6pt;padding:3px;text-align:left} table.it td{padding:3px;font-size:8.2pt;border-bottom:1px dotted #999} .r{text-align:right;white-space:nowrap} table.p td{padding:2px 6px;font-size:8.2pt;vertical-align:top}
</style></head><body>
<div style="text-align:center"><div style="font-size:17pt;font-weight:bold;letter-spacing:2px;color:{{ color }}">{{ title }}</div><div>№ <b>{{ no }}</b> / {{ date }}</div><div class="small">ОРИГИНАЛ</div></div>
{% if ref %}<div style="text-align:center;font-size:8.4pt;margin-top:4px">към фактура № {{ ref }} от {{ refdate }}</div>{% endif %}
<table class="p" style="width:100%;margin-top:10px;border:1px solid #999"><tr><td style="width:50%;border-right:1px solid #999"><div class="small">Получател</div><b>{{ bname }}</b><br>{{ baddr }}<br>ЕИК: {{ beik }}<br>ДДС №: BG{{ beik }}<br>МОЛ: {{ bmol }}</td>
<td><div class="small">Доставчик</div><b>{{ vname }}</b><br>{{ vaddr }}<br>ЕИК: {{ veik }}<br>ДДС №: {{ vid }}<br>МОЛ: {{ vmol }}</td></tr></table>
<table class="it"><tr><th>№</th><th>Наименование на стоката/услугата</th><th>Мярка</th><th class="r">Кол.</th><th class="r">Ед. цена</th><th class="r">ДДС</th><th class="r">Стойност</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}%</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px"><tr><td style="vertical-align:top;font-size:8pt;width:50%">
<table class="p">{% for k, v in info %}<tr><td class="small">{{ k }}</td><td>{{ v }}</td></tr>{% endfor %}</table></td>
<td style="vertical-align:top"><table class="p" style="margin-left:auto">{% for r in summary %}<tr><td>Данъчна основа {{ r.r }}%</td><td class="r">{{ r.b }} {{ cur }}</td></tr><tr><td>ДДС {{ r.r }}%</td><td class="r">{{ r.v }} {{ cur }}</td></tr>{% endfor %}
<tr><td style="border-top:1px solid #000">Общо данъчна основа</td><td class="r" style="border-top:1px solid #000">{{ net }} {{ cur }}</td></tr><tr><td>Начислен ДДС</td><td class="r">{{ tax }} {{ cur }}</td></tr>
<tr style="font-weight:bold;font-size:10.5pt"><td style="border-top:2px solid {{ color }}">Сума за плащане</td><td class="r" style="border-top:2px solid {{ color }}">{{ total }} {{ cur }}</td></tr>
{% if cv %}<tr><td class="small">{{ cv[0] }}</td><td class="r small">{{ cv[1] }}</td></tr>{% endif %}</table></td></tr></table>
<table style="width:100%;margin-top:24px;font-size:8pt"><tr><td>Получател: ______________<br><span class="small">(подпис)</span></td><td style="text-align:right">Съставил: ______________ {{ clerk }}<br><span class="small">(подпис)</span></td></tr></table>
<div class="small" style="margin-top:10px">Съгласно чл. 6, ал. 1 от Закона за счетоводството, чл. 114 от ЗДДС и чл. 78 от ППЗДДС подписът и печатът не са задължителни реквизити на фактурата.</div>
</body></html>"""


@style("02", "bg_pdv_plovdiv_faktura_dds_20_9_bgn_eur_kreditno")
def s02(rng, i):
    vname, vaddr, color = PD_V[i]
    bname, baddr = PD_B[i]
    d = rand_date(rng)
    credit = i == 2
    eur = d >= dt.date(2026, 1, 1)
    cur = "EUR" if eur else "BGN"
    sym = "€" if eur else "лв."
    step = D("0.50") if eur else D("1")
    items = lines(rng, PD_9, rng.randint(1, 2), step) + lines(rng, PD_20, rng.randint(1, 5), step)
    for x in items:
        x["rate"] = D(9) if any(x["desc"] == r[0] for r in PD_9) else D(20)
    if credit:
        items = [x for x in items][: rng.randint(1, 2)]
        for x in items:
            x["qty"] = -D(rng.randint(1, max(1, int(x["qty"]) // 2)))
            x["amount"] = q2(x["qty"] * x["price"])
            x["desc"] = "Корекция: " + x["desc"]
    summary = by_rate(items)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    veik = valid(rng, lambda: rng.choice("12") + digits(rng, 8), lambda s: bgvat.is_valid("BG" + s))
    vid = "BG" + veik
    no = f"{rng.randint(1, 99999):010d}"
    fd = [lambda x: x.strftime("%d.%m.%Y"), bg_date, lambda x: x.strftime("%d.%m.%Y г."), bg_date][i]
    ref = f"{int(no) - rng.randint(3, 60):010d}" if credit else None
    refdate = fd(d - dt.timedelta(days=rng.randint(5, 40))) if credit else None
    due = d + dt.timedelta(days=rng.choice([7, 14, 30])) if i in (0, 1) else None
    term = None if (due or credit) else "в брой"
    po = [None, f"{rng.randint(100, 999)}/{d.year}", None, f"ПОР-{rng.randint(1000, 9999)}"][i]
    stay = d - dt.timedelta(days=rng.randint(0, 4))
    info = [("Дата на данъчното събитие:", fd(stay)), ("Място на сделката:", "гр. Пловдив")]
    if po:
        info.append(("Поръчка / договор №:", po))
    info.append(("Плащане:", "по банков път" if (due or credit) else term))
    if due:
        info.append(("Падеж:", fd(due)))
    bank = rng.choice([("УниКредит Булбанк", "UNCR"), ("Банка ДСК", "STSA"), ("Пощенска банка", "BPBI"), ("Първа инвестиционна банка", "FINV")])
    ib = iban("BG", bank[1] + digits(rng, 4) + "10" + digits(rng, 8))
    info += [("Банка:", bank[0]), ("IBAN:", iban_fmt(ib))]
    m = sp
    cv = None
    if eur and d <= dt.date(2026, 8, 8):
        cv = ("Сума за плащане в лева (1 EUR = 1,95583 лв.)", f"{m(q2(total * D('1.95583')))} лв.")
    elif not eur and d >= dt.date(2025, 8, 8):
        cv = ("Сума за плащане в евро (1 EUR = 1,95583 лв.)", f"{m(q2(total / D('1.95583')))} €")
    ctx = dict(
        color=color, title="КРЕДИТНО ИЗВЕСТИЕ" if credit else "ФАКТУРА", no=no, date=fd(d), ref=ref, refdate=refdate,
        bname=bname, baddr=baddr, beik=digits(rng, 9, True), bmol=rng.choice(["Иван Петров", "Мария Георгиева", "Стоян Димитров", "Елена Николова"]),
        vname=vname, vaddr=vaddr, veik=veik, vid=vid, vmol=rng.choice(["Георги Тодоров", "Анна Стоянова", "Петър Иванов", "Десислава Колева"]),
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": m(x["price"]), "r": x["rate"], "a": m(x["amount"])} for x in items],
        info=info, summary=[{"r": r, "b": m(b), "v": m(v)} for r, b, v in summary], net=m(net), tax=m(tax), total=m(total), cur=sym, cv=cv,
        clerk=rng.choice(["Н. Ангелова", "Т. Маринов", "В. Христова", "К. Илиев"]),
    )
    notes = (
        "Plovdiv (Bulgaria) conference hotel's "
        + ("КРЕДИТНО ИЗВЕСТИЕ (credit note) 'към фактура № … от …' with NEGATIVE rows ('Корекция: …') and negative totals" if credit else "ФАКТУРА")
        + " in Bulgarian, amounts with spaces and a decimal comma ('1 234,56'), ДДС 9 % on the nights and 20 % on the hall, meals and the rest, a base and ДДС per rate; in leva (BGN) for 2025 dates and in euros (EUR) from 1 January 2026, with the total in the other currency at the fixed 1,95583 while dual display was required (8 August 2025 to 8 August 2026): "
        "vendor = 'Доставчик'; vendor_tax_id = its 'ДДС №' (BG + the ЕИК; the buyer's ЕИК and ДДС №, the МОЛ names and the IBAN are decoys). "
        "invoice_number = '№' under the title (10 digits); invoice_date = the date after it ("
        + ["dd.mm.yyyy", "Bulgarian words ('12 март 2026 г.')", "dd.mm.yyyy г.", "Bulgarian words"][i]
        + "); the 'Дата на данъчното събитие'"
        + (" and the credited invoice's number and date are decoys. " if credit else " is a decoy. ")
        + due_note(due, term, "Падеж")
        + po_note(po, "Поръчка / договор №")
        + "subtotal = 'Общо данъчна основа'; tax = 'Начислен ДДС'; total = 'Сума за плащане' ("
        + ("negative, document_type credit_note" if credit else "")
        + f"). The amount in the other currency is a counter-value, not the total. Currency {cur}. Line items: every row (net)."
    )
    t = truth(vname, vid, no, po, d, due, cur, net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, vid, "Сума за плащане", fd(due) if due else None, fd(stay), ref, cv[1] if cv else None]}
    return t, chk, (PD_HTML.replace("@@BASE@@", css(margin="13mm 14mm", fs="8.8pt")), ctx)


# =========================================================================== 03 Sion (TVA 8,1 % sur place / 2,6 % à l'emporter, CHF), 80 mm roll
SI_V = [
    ("Brasserie du Grand-Pont SA", "Rue du Grand-Pont 18", "Sàrl"),
    ("Café-Restaurant de la Planta", "Place de la Planta 3", ""),
    ("Boulangerie Tea-Room des Remparts Sàrl", "Rue des Remparts 9", ""),
    ("Restaurant Le Valère – Traiteur", "Rue des Châteaux 14", ""),
]
SI_ON = [  # gross prices incl. TVA 8,1 %
    ("Raclette à discrétion", 29, 38), ("Assiette valaisanne", 24, 34), ("Fondue moitié-moitié", 27, 33), ("Filet de perche, frites", 32, 42),
    ("Croûte au fromage", 19, 26), ("Menu du jour", 19, 26), ("Salade mêlée", 8, 12), ("Tarte aux abricots", 7, 10),
    ("Fendant du Valais 5 dl", 28, 39), ("Dôle 5 dl", 30, 42), ("Eau minérale 5 dl", 5, 7), ("Café crème", 4, 6), ("Bière pression 3 dl", 5, 7),
]
SI_TA = [  # take away, TVA 2,6 %
    ("Pain de seigle valaisan AOP", 5, 8), ("Croissant au beurre", 2, 3), ("Cholera (tourte aux légumes)", 7, 12), ("Sandwich jambon cru", 8, 11), ("Abricotine, boîte de pralinés", 14, 26),
]
SI_HTML = """<html lang="fr"><head><meta charset="utf-8"><style>@page{size:80mm {{ h }}mm;margin:4mm 4mm}
body{font-family:'DejaVu Sans Mono',monospace;font-size:7.8pt;margin:0;color:#000} .c{text-align:center} .r{text-align:right} table{width:100%;border-collapse:collapse} td{vertical-align:top;padding:0.5px 0} .hr{border-top:1px dashed #000;margin:3px 0}
</style></head><body>
<div class="c" style="font-weight:bold;font-size:9.6pt">{{ vname }}</div>
<div class="c">{{ vaddr }}<br>1950 Sion<br>Tél. 027 {{ tel }}<br>N° TVA {{ vid }}</div>
<div class="hr"></div>
<div>{{ kind }} n° {{ no }}<br>{{ date }} {{ time }}{% if table %} · Table {{ table }} · Couverts {{ covers }}{% endif %}<br>Servi par : {{ waiter }}</div>
<div class="hr"></div>
<table>{% for it in items %}<tr><td>{{ it.q }} x {{ it.d }}{% if it.q != '1' %}<br>&nbsp;&nbsp;à {{ it.p }}{% endif %}</td><td class="r">{{ it.a }} {{ it.c }}</td></tr>{% endfor %}</table>
<div class="hr"></div>
<table><tr style="font-weight:bold;font-size:10pt"><td>TOTAL CHF</td><td class="r">{{ total }}</td></tr>
<tr><td>Total EUR (cours {{ fx }})</td><td class="r">{{ eur }}</td></tr></table>
<div class="hr"></div>
<table><tr><td>{{ paylabel }}</td><td class="r">{{ paid }}</td></tr>{% if change %}<tr><td>Rendu</td><td class="r">{{ change }}</td></tr>{% endif %}</table>
{% if card %}<div style="margin-top:2px">Terminal {{ tid }} · Trx {{ trx }}<br>{{ card }} ************{{ last4 }} · Autor. {{ auth }}</div>{% endif %}
<div class="hr"></div>
<table><tr><td>Code</td><td class="r">Taux</td><td class="r">Brut</td><td class="r">Net</td><td class="r">TVA</td></tr>
{% for r in summary %}<tr><td>{{ r.c }}</td><td class="r">{{ r.r }}%</td><td class="r">{{ r.g }}</td><td class="r">{{ r.n }}</td><td class="r">{{ r.v }}</td></tr>{% endfor %}
<tr><td colspan="2">Total</td><td class="r">{{ total }}</td><td class="r">{{ net }}</td><td class="r">{{ tax }}</td></tr></table>
<div style="margin-top:2px">TVA comprise · A = sur place 8,1 % · B = à l'emporter 2,6 %</div>
<div class="hr"></div>
<div class="c">Merci de votre visite – à bientôt !<br>Caisse {{ till }} · Ticket {{ seq }}</div>
</body></html>"""


@style("03", "ch_sio_sion_ticket_caisse_tva_8_1_2_6_roll")
def s03(rng, i):
    vname, vaddr, _ = SI_V[i]
    d = rand_date(rng)
    banquet = i == 3
    items = []
    picks = rng.sample(SI_ON, rng.randint(4, 10) if not banquet else rng.randint(5, 9))
    for desc, lo, hi in picks:
        q = D(rng.randint(12, 40)) if banquet and rng.random() < 0.6 else D(rng.randint(1, 6))
        p = D(rng.randint(lo * 2, hi * 2)) / 2
        items.append({"desc": desc, "qty": q, "price": p, "amount": q2(q * p), "rate": D("8.1"), "code": "A"})
    if i in (0, 2):
        for desc, lo, hi in rng.sample(SI_TA, rng.randint(1, 3)):
            q = D(rng.randint(1, 8))
            p = D(rng.randint(lo * 10, hi * 10)) / 10
            items.append({"desc": desc + " (emporter)", "qty": q, "price": p, "amount": q2(q * p), "rate": D("2.6"), "code": "B"})
    summary = []
    for code, r in (("A", D("8.1")), ("B", D("2.6"))):
        g = sum(x["amount"] for x in items if x["code"] == code)
        if g:
            v = q2(g * r / (100 + r))
            summary.append((code, r, g, g - v, v))
    total = sum(s[2] for s in summary)
    tax = sum(s[4] for s in summary)
    net = total - tax
    vid = valid(rng, lambda: "CHE" + digits(rng, 9, True) + "TVA", chvat.is_valid)
    vidf = chvat.format(vid).replace(" TVA", "")
    no = [f"{rng.randint(10000, 99999)}", f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}", f"{rng.randint(100000, 999999)}", f"F{d.year}-{rng.randint(100, 999)}"][i]
    fx = D(rng.choice(["0.9350", "0.9420", "0.9510", "0.9280"]))
    eur = q2(total / fx)
    cash = i in (1, 2)
    paid = (total / 10).to_integral_value(rounding="ROUND_CEILING") * 10 + (D(rng.choice([0, 10, 50])) if cash else 0) if cash else total
    card = None if cash else rng.choice(["VISA", "Mastercard", "TWINT", "PostFinance Card"])
    m = ch
    ctx = dict(
        h=int(150 + 7 * len(items) + (12 if card else 0)), vname=vname, vaddr=vaddr, tel=f"{rng.randint(300, 399)} {rng.randint(10, 99)} {rng.randint(10, 99)}", vid=vidf + " TVA",
        kind="Facture" if banquet else "Ticket", no=no, date=d.strftime("%d.%m.%Y"), time=f"{rng.randint(11, 22):02d}:{rng.randint(0, 59):02d}",
        table=None if i == 2 else str(rng.randint(1, 40)), covers=str(rng.randint(12, 40) if banquet else rng.randint(1, 6)), waiter=rng.choice(["Sandrine", "Luca", "Mélanie", "Dragan", "Céline"]),
        items=[{"q": qstr(x["qty"]), "d": x["desc"], "p": m(x["price"]), "a": m(x["amount"]), "c": x["code"]} for x in items],
        total=m(total), fx=str(fx), eur=m(eur), paylabel="Espèces CHF" if cash else card, paid=m(paid), change=m(paid - total) if cash else None,
        card=card, tid=digits(rng, 8), trx=digits(rng, 6), last4=digits(rng, 4), auth=digits(rng, 6),
        summary=[{"c": c, "r": str(r), "g": m(g), "n": m(n), "v": m(v)} for c, r, g, n, v in summary], net=m(net), tax=m(tax),
        till=str(rng.randint(1, 4)), seq=digits(rng, 6, True),
    )
    notes = (
        "Sion (Valais, Switzerland) "
        + ("caterer's banquet facture" if banquet else "brasserie / tea-room ticket de caisse")
        + " on an 80 mm ROLL in French (monospace), prices INCLUDING TVA, francs with apostrophes ('1'234.50'), rows coded A (sur place, 8,1 %) and "
        + ("B (à l'emporter, 2,6 %)" if any(x["code"] == "B" for x in items) else "no take-away rows")
        + ", a TVA table per code (Brut, Net, TVA) with a 'Total' row, and a euro counter-value at a printed rate: "
        "vendor = the name at the top; vendor_tax_id = its 'N° TVA' (CHE-…, printed with the suffix TVA). "
        "invoice_number = '" + ("Facture" if banquet else "Ticket") + " n°' (the till and ticket sequence at the foot are decoys); invoice_date = the date under it (dd.mm.yyyy, with the time). "
        "No due date or term printed (paid at the till: null). No PO. "
        "subtotal = the 'Net' of the TVA table's 'Total' row; tax = its 'TVA'; total = 'TOTAL CHF'. The EUR total, the cash given and the change ('Espèces', 'Rendu'), the card terminal and transaction numbers are decoys. Currency CHF. Line items: every row, gross (TVA included)."
    )
    t = truth(vname, vidf, no, None, d, None, "CHF", net, tax, total, items, notes)
    chk = {"printed": [d.strftime("%d.%m.%Y"), no, vname, vidf, "TOTAL CHF", m(eur), ctx["tel"]]}
    return t, chk, (SI_HTML, ctx)
