"""Chromium (HTML) styles for set 49, second part (04 Dunedin garden-and-hardware store's TAX INVOICE receipt in
English on an 80 mm ROLL, GST 15 % included in the prices, a Trade Club discount as a negative row, EFTPOS or cash and the
GST number at the top or in the footer, 05 Bukhara crafts supplier's HISOB-FAKTURA in Uzbek (Latin) with the
TOTAL in a band at the TOP, a table without rules, QQS 12 % per row and so'm '1 234 567,00'). Adapted from set 43's
code."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS
from invoice_kit import css, digits, en, q2, qstr, rand_date, sp, style_registry, valid
from kit_common import bars_svg, due_note, lines, po_note, truth
from stdnum.nz import ird

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Christchurch (GST 15 % inclusive, NZD), 80 mm roll
CH_V = [
    ("Mosgiel Garden & Hardware Ltd", "112 Gordon Road, Mosgiel 9024"),
    ("South Dunedin Trade Depot Ltd", "233 King Edward Street, South Dunedin, Dunedin 9012"),
    ("Port Chalmers Marine & Hardware", "14 George Street, Port Chalmers 9023"),
    ("Andersons Bay Paint & Tool Ltd", "401 Andersons Bay Road, Dunedin 9013"),
]
CH_ROWS = [
    ("Potting mix 40L", "ea", 1, 6, "9.90", "18.90"),
    ("Compost organic 40L", "ea", 1, 6, "8.50", "16.50"),
    ("Hose fitting set 12mm", "ea", 1, 3, "12.90", "29.90"),
    ("Garden gloves (L)", "ea", 1, 4, "7.90", "19.90"),
    ("Screws decking 10g x 65 (500)", "ea", 1, 4, "38.00", "69.00"),
    ("Treated pine 90x45 H3.2 /m", "m", 2, 40, "4.20", "7.80"),
    ("Paint exterior low sheen 4L", "ea", 1, 3, "79.00", "139.00"),
    ("Roller kit 230mm", "ea", 1, 2, "14.90", "29.90"),
    ("Sandpaper assorted 10pk", "ea", 1, 5, "6.50", "12.90"),
    ("Silicone sealant clear", "ea", 1, 6, "9.50", "16.90"),
    ("Masking tape 24mm", "ea", 1, 8, "3.90", "7.90"),
    ("Cable ties 200mm (100)", "ea", 1, 4, "5.90", "11.90"),
    ("LED bulb B22 9W", "ea", 1, 10, "4.50", "9.90"),
    ("Extension lead 10m", "ea", 1, 2, "24.90", "44.90"),
    ("Seed potatoes Agria 2kg", "ea", 1, 4, "8.90", "14.90"),
    ("Vegetable seedlings 6pk", "ea", 1, 10, "3.99", "6.49"),
    ("Slug bait 1kg", "ea", 1, 2, "12.90", "21.90"),
    ("Mooring rope 10mm /m", "m", 5, 30, "2.40", "4.90"),
    ("WD-40 300g", "ea", 1, 4, "9.90", "14.90"),
    ("Padlock brass 40mm", "ea", 1, 3, "12.90", "27.90"),
    ("Bird netting 5x5m", "ea", 1, 2, "14.90", "24.90"),
    ("Wheelbarrow tyre 4.80/4.00-8", "ea", 1, 2, "29.90", "49.90"),
    ("Firewood kindling bag", "ea", 1, 6, "8.00", "14.00"),
    ("Hand trowel stainless", "ea", 1, 2, "12.90", "24.90"),
    ("Fence staples 40mm 1kg", "ea", 1, 3, "9.90", "17.90"),
    ("Weed killer 1L concentrate", "ea", 1, 2, "24.90", "44.90"),
]
CH_HTML = """<html lang="en-NZ"><head><meta charset="utf-8"><style>@@BASE@@
body{font-family:'DejaVu Sans Mono',monospace;font-size:7.6pt;line-height:1.35} .c{text-align:center} .r{text-align:right;white-space:nowrap} hr{border:0;border-top:1px dashed #000;margin:4px 0}
table{width:100%;border-collapse:collapse} td{padding:0;vertical-align:top}
</style></head><body>
<div class="c"><b style="font-size:9.5pt">{{ vname }}</b><br>{{ vaddr }}<br>Ph 03 {{ tel }}{% if not gst_foot %}<br>GST No: {{ vid }}{% endif %}</div><hr>
<div class="c"><b>TAX INVOICE</b></div>
<table><tr><td>Invoice #</td><td class="r">{{ no }}</td></tr><tr><td>Date</td><td class="r">{{ date }} {{ time }}</td></tr><tr><td>Till {{ till }} / {{ cashier }}</td><td class="r">Trans {{ trans }}</td></tr>{% if cust %}<tr><td>Customer</td><td class="r">{{ cust }}</td></tr>{% endif %}{% if po %}<tr><td>Order ref</td><td class="r">{{ po }}</td></tr>{% endif %}</table><hr>
<table>{% for it in items %}<tr><td colspan="2">{{ it.d }}</td></tr><tr><td>{% if it.q %}&nbsp;&nbsp;{{ it.q }} @ {{ it.p }}{% endif %}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table><hr>
<table><tr><td>{{ n }} item{{ 's' if n != 1 else '' }}</td><td></td></tr><tr style="font-size:10pt;font-weight:bold"><td>{{ tlabel }}</td><td class="r">${{ total }}</td></tr>
<tr><td>GST included (15%)</td><td class="r">{{ tax }}</td></tr></table><hr>
<table>{% if cash %}<tr><td>CASH</td><td class="r">{{ tend }}</td></tr><tr><td>CHANGE</td><td class="r">{{ change }}</td></tr>{% else %}<tr><td>EFTPOS {{ card }}</td><td class="r">{{ total }}</td></tr><tr><td colspan="2">Card ****{{ last4 }} · Auth {{ auth }}<br>Terminal {{ term }} · ACCEPTED</td></tr>{% endif %}</table><hr>
{% if loyalty %}<div>Trade Club {{ loyalty }} · points earned {{ pts }}</div>{% endif %}
<div class="c" style="margin-top:4px">Thank you – returns within 30 days with receipt{% if gst_foot %}<br>GST Reg No {{ vid }}{% endif %}<br>{{ bars|safe }}<br>{{ trans }}<br>All prices in NZ dollars incl. GST</div>
</body></html>"""


@style("04", "nz_dud_dunedin_tax_invoice_roll_gst_15_incl")
def s04(rng, i):
    vname, vaddr = CH_V[i]
    d = rand_date(rng)
    items = lines(rng, CH_ROWS, [9, 24, 3, 1][i], D("0.01"))
    disc = None
    if i in (1, 2):
        pct = rng.choice([5, 10, 15])
        base = sum(x["amount"] for x in items)
        a = -q2(base * pct / 100)
        disc = {"desc": f"Trade Club discount {pct}%", "unit": "", "qty": None, "price": a, "amount": a}
        items.append(disc)
    total = sum(x["amount"] for x in items)
    tax = q2(total * 3 / 23)
    vid = ird.format(valid(rng, lambda: digits(rng, 9, True), ird.is_valid))
    no = [f"{rng.randint(1000000, 9999999)}", f"D{rng.randint(100000, 999999)}", f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}", f"INV {rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d/%m/%y"), lambda x: x.strftime("%a %d %b %Y")][i]
    cash = i == 3
    tlabel = ["TOTAL", "TOTAL NZD", "TOTAL", "TOTAL DUE"][i]
    tend = (total // 10 + 1) * 10 if cash else None
    po = f"JOB {rng.randint(100, 999)}" if i == 1 else None
    rows = [{"d": x["desc"], "q": qstr(x["qty"]) if x["qty"] is not None else None, "p": en(x["price"]), "a": en(x["amount"])} for x in items]
    ctx = dict(
        vname=vname, vaddr=vaddr, tlabel=tlabel, gst_foot=i in (0, 2), tel=f"{rng.randint(300, 399)} {rng.randint(1000, 9999)}", vid=vid, no=no, date=fd(d), time=f"{rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}",
        till=rng.randint(1, 6), cashier=rng.choice(["Mere", "Hamish", "Anjali", "Josh"]), trans=digits(rng, 10, True), cust=rng.choice(["Cash sale", "Acc DUD" + digits(rng, 4), None]),
        po=po, items=rows, n=len(items), total=en(total), tax=en(tax), cash=cash, tend=en(tend) if cash else None, change=en(tend - total) if cash else None,
        card=rng.choice(["Debit", "Credit", "Contactless"]), last4=digits(rng, 4), auth=digits(rng, 6), term=digits(rng, 8),
        loyalty=digits(rng, 9) if disc else None, pts=rng.randint(5, 400), bars=bars_svg(rng, 60, 9),
    )
    page = f"80mm {int(120 + 7.2 * len(items))}mm"
    notes = (
        "Dunedin (Otago, New Zealand) garden and hardware store's TAX INVOICE receipt in English on an 80 mm ROLL, monospace, two lines per item, prices GST-INCLUSIVE, '1,234.56': "
        "vendor = the name at the top; vendor_tax_id = " + ("'GST Reg No' in the FOOTER under the thank-you line" if i in (0, 2) else "'GST No' under the address") + " (IRD number as printed with dashes; the till, transaction, terminal, card and auth numbers are decoys). "
        "invoice_number = 'Invoice #'; invoice_date = 'Date' (" + ["dd-Mon-yyyy", "dd/mm/yyyy", "dd/mm/yy", "'Sat 14 Mar 2026'"][i] + ", with the time). "
        + due_note(None, "paid at the counter (" + ("cash" if cash else "EFTPOS") + ")", "")
        + po_note(po, "Order ref")
        + "subtotal: none printed (null); tax = 'GST included (15%)', the GST fraction (3/23) of the total; total = '" + tlabel + "' (the currency only as '$' and the footnote 'All prices in NZ dollars incl. GST'" + ("; also 'NZD' in the label" if 'NZD' in tlabel else "") + ")"
        + (" (cash tendered and change are decoys)" if cash else "")
        + ". Currency NZD. Line items: every row at its GST-inclusive amount"
        + (", the Trade Club discount as a NEGATIVE row (no quantity)" if disc else "")
        + "; the lines sum to the total."
    )
    t = truth(vname, vid, no, po, d, None, "NZD", None, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, tlabel, "GST included (15%)", ctx["trans"]]}
    return t, chk, (CH_HTML.replace("@@BASE@@", css(size=page, margin="4mm 4mm", fs="7.6pt")), ctx)


# =========================================================================== 05 Samarkand (QQS 12 %, UZS), total at the top, table without rules
SK_V = [
    ("\u201cBuxoro Zardo'z Hunarmandlari\u201d MChJ", "Buxoro sh., Xo'ja Nurobobod ko'chasi, 18-uy", "#7e22ce"),
    ("\u201cLabi Hovuz Savdo Uyi\u201d MChJ", "Buxoro sh., Naqshband ko'chasi, 5-uy", "#0f766e"),
    ("\u201cG'ijduvon Hunarmand Savdo\u201d XK", "G'ijduvon tumani, Ulug'bek ko'chasi, 41-uy", "#b45309"),
    ("\u201cKogon Suvenir Ta'minot\u201d MChJ", "Kogon sh., Sanoat ko'chasi, 3-uy", "#1e40af"),
]
SK_B = [
    ("\u201cAsia Bukhara\u201d mehmonxonasi MChJ", "Buxoro sh., Mehtar Anbar ko'chasi, 55"),
    ("\u201cSamarqand Suvenir Markazi\u201d MChJ", "Samarqand sh., Registon ko'chasi, 9"),
    ("\u201cToshkent Dizayn Studiyasi\u201d MChJ", "Toshkent sh., Mirobod tumani, Amir Temur ko'chasi, 88"),
    ("\u201cNavoiy Palace\u201d mehmonxonasi MChJ", "Navoiy sh., Galaba shoh ko'chasi, 14"),
]
SK_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, IKPU)
    ("Zardo'zi do'ppi, qo'lda tikilgan", "dona", 2, 60, 250000, 650000, "06505001001000000"),
    ("Zardo'zi chopon, baxmal", "dona", 1, 8, 2800000, 7500000, "06201001001000000"),
    ("Mis lagan, o'ymakor naqshli, 40 sm", "dona", 1, 20, 450000, 1200000, "07418001001000000"),
    ("G'ijduvon sopol kosa", "dona", 10, 200, 45000, 120000, "06912001001000000"),
    ("G'ijduvon sopol lagan, 36 sm", "dona", 2, 60, 180000, 420000, "06912001002000000"),
    ("Qo'lda to'qilgan gilam 2x3 m", "dona", 1, 4, 6500000, 18000000, "05701001001000000"),
    ("Buxoro qo'g'irchog'i, qo'lda tikilgan", "dona", 5, 100, 85000, 220000, "09503001001000000"),
    ("Suzani, ipak ip bilan, 1,2x1,8 m", "dona", 1, 10, 1500000, 4800000, "06304001001000000"),
    ("Ziravorlar to'plami (zira, zirk), 1 kg", "kg", 5, 120, 65000, 140000, "00909001001000000"),
    ("Qadoqlash va yetkazib berish", "xizmat", 1, 1, 200000, 1200000, "10112001001000000"),
    ("Ko'rgazma stendini ijaraga berish", "kun", 1, 10, 350000, 800000, "07710001001000000"),
    ("Ipak sharf, qo'lda bo'yalgan", "dona", 5, 120, 120000, 310000, "06214001001000000"),
]
SK_HTML = """<html lang="uz"><head><meta charset="utf-8"><style>@@BASE@@
table.it{width:100%;border-collapse:collapse;margin-top:8px} table.it th{font-size:7pt;text-align:left;padding:3px;color:#555;font-weight:normal;vertical-align:bottom} table.it td{padding:3px;font-size:7.8pt} table.it td:nth-child(2){width:30%} table.it td.small{font-size:6pt}
.r{text-align:right} td.r{white-space:nowrap} .small{font-size:7pt;color:#555}
</style></head><body>
<div style="background:{{ color }};color:#fff;padding:8px 10px;display:flex;justify-content:space-between;align-items:center"><div><div style="font-size:15pt;font-weight:bold;letter-spacing:1px">HISOB-FAKTURA</div><div style="font-size:8.5pt">№ {{ no }} · {{ ldate }}</div></div>
<div style="text-align:right"><div style="font-size:7.5pt">Jami to'lovga (QQS bilan)</div><div style="font-size:16pt;font-weight:bold">{{ total }} {{ cursym }}</div>{% if due %}<div style="font-size:8pt">To'lov muddati: {{ due }}</div>{% endif %}</div></div>
<div class="small" style="margin-top:4px">{{ contract_line }}{% if po %} · Buyurtma № {{ po }}{% endif %}{% if proxy %} · Ishonchnoma № {{ proxy }}{% endif %}</div>
<table style="width:100%;margin-top:8px;font-size:8pt"><tr><td style="width:50%;vertical-align:top;padding-right:8px"><div class="small">Yetkazib beruvchi</div><b>{{ vname }}</b><br>Manzil: {{ vaddr }}<br>{{ idl }}: <b>{{ vid }}</b><br>QQS to'lovchisi reg. kodi: {{ vqqs }}<br>H/r: {{ vacct }}<br>Bank: {{ vbank }}, MFO: {{ vmfo }}</td>
<td style="vertical-align:top"><div class="small">Xaridor</div><b>{{ bname }}</b><br>Manzil: {{ baddr }}<br>{{ idl }}: {{ bid }}<br>H/r: {{ bacct }}<br>MFO: {{ bmfo }}</td></tr></table>
<table class="it"><tr><th>№</th><th>Tovar (xizmat) nomi</th><th>IKPU kodi</th><th>O'lchov birligi</th><th class="r">Miqdori</th><th class="r">Narxi</th><th class="r">Yetkazib berish qiymati</th><th class="r">QQS stavkasi</th><th class="r">QQS summasi</th><th class="r">QQS bilan qiymati</th></tr>
{% for it in items %}<tr style="{% if loop.index is even %}background:#f8fafc{% endif %}"><td>{{ loop.index }}</td><td>{{ it.d }}</td><td class="small">{{ it.k }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="r">12%</td><td class="r">{{ it.t }}</td><td class="r">{{ it.g }}</td></tr>{% endfor %}
<tr style="font-weight:bold"><td></td><td colspan="5">Jami:</td><td class="r">{{ net }}</td><td></td><td class="r">{{ tax }}</td><td class="r">{{ total }}</td></tr></table>
<div style="font-size:8pt;margin-top:6px">Jami yetkazib berish qiymati (QQSsiz): <b>{{ net }}</b> so'm · QQS 12%: <b>{{ tax }}</b> so'm{% if usd %} · Markaziy bank kursi bo'yicha ({{ rate }}): {{ usd }} USD{% endif %}</div>
<table style="width:100%;margin-top:22px;font-size:8pt"><tr><td>Rahbar: ____________ {{ boss }}<br><br>Bosh hisobchi: ____________ {{ acc }}</td><td>Qabul qildi: ____________<br><br>Topshirdi: ____________</td></tr></table>
<div class="small" style="margin-top:14px">Elektron hujjat ID: {{ eid }} · Imzolangan: {{ sdate }} · Operator: {{ op }}</div>
</body></html>"""


@style("05", "uz_bhk_bukhara_hisob_faktura_qqs_12_total_top")
def s05(rng, i):
    vname, vaddr, color = SK_V[i]
    bname, baddr = SK_B[i]
    d = rand_date(rng)
    items = lines(rng, SK_ROWS, [8, 3, 12, 1][i], D("100"))
    for x in items:
        x["tax"] = q2(x["amount"] * D("0.12"))
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    vid = rng.choice("23") + digits(rng, 8)
    bid = rng.choice("23") + digits(rng, 8)
    no = [f"BZH-{rng.randint(100, 999)}", f"{rng.randint(1, 999)}", f"GK-{rng.randint(1000, 9999)}", f"{rng.randint(10, 99)}/{d.strftime('%y')}"][i]
    ld = lambda x: f"{x.year}-yil {x.day}-{MONTHS['uz'][x.month - 1]}"  # noqa: E731
    fd = [lambda x: x.strftime("%d.%m.%Y"), ld, lambda x: x.strftime("%d.%m.%Y"), ld][i]
    due = d + dt.timedelta(days=rng.choice([5, 10, 15])) if i in (1, 2) else None
    po = [f"B-{rng.randint(100, 999)}", None, f"{rng.randint(1000, 9999)}", None][i]
    cursym = ["so'm", "UZS", "so'm", "so'm"][i]
    idl = ["STIR", "STIR (INN)", "INN", "STIR"][i]
    cdate = d - dt.timedelta(days=rng.randint(30, 300))
    cno = f"{rng.randint(1, 150)}-{cdate.year}"
    usd = en(q2(total / D("12080"))) if i in (0, 3) else None
    ctx = dict(
        color=color, cursym=cursym, idl=idl, no=no, ldate=fd(d), total=sp(total), due=fd(due) if due else None, contract_line=f"Shartnoma № {cno}, {cdate.strftime('%d.%m.%Y')}", po=po,
        proxy=f"{rng.randint(10, 99)}/{rng.randint(1, 500)}" if i != 2 else None, vname=vname, vaddr=vaddr, vid=vid, vqqs="3260" + digits(rng, 8), vacct="2020800" + digits(rng, 13),
        vbank=rng.choice(["\u201cHamkorbank\u201d ATB Buxoro filiali", "\u201cAgrobank\u201d ATB Buxoro filiali", "\u201cKapitalbank\u201d ATB Buxoro filiali"]), vmfo="0" + digits(rng, 4),
        bname=bname, baddr=baddr, bid=bid, bacct="2020800" + digits(rng, 13), bmfo="0" + digits(rng, 4),
        items=[{"d": x["desc"], "k": x["extra"], "u": x["unit"], "q": qstr(x["qty"]), "p": sp(x["price"]), "a": sp(x["amount"]), "t": sp(x["tax"]), "g": sp(x["amount"] + x["tax"])} for x in items],
        net=sp(net), tax=sp(tax), usd=usd, rate="12 080,00", boss=rng.choice(["Sharipov N.", "Nazarova G.", "Jo'rayev S.", "Hamroyev O."]), acc=rng.choice(["Sobirova N.", "Toshev U.", "Qodirova M."]),
        eid="".join(rng.choice("0123456789abcdef") for _ in range(24)), sdate=d.strftime("%d.%m.%Y"), op=rng.choice(["Didox", "Faktura.uz", "Soliq servis"]),
    )
    notes = (
        "Bukhara (Uzbekistan) supplier's HISOB-FAKTURA in Uzbek (Latin script) with the TOTAL in a coloured band at the TOP ('Jami to'lovga (QQS bilan)'), a table WITHOUT RULES (zebra rows) with IKPU codes, QQS 12 % PER ROW, so'm with spaces and a decimal comma ('1 234 567,00'): "
        "vendor = 'Yetkazib beruvchi'; vendor_tax_id = its '" + idl + "' (9 digits; the buyer's STIR, the VAT registration code, the accounts 'H/r', MFO, the contract and its date, the power of attorney, the electronic document ID are decoys). "
        "invoice_number = '№' in the band; invoice_date = the date beside it (" + ["dd.mm.yyyy", "Uzbek long date '2026-yil 12-mart'", "dd.mm.yyyy", "Uzbek long date"][i] + "). "
        + due_note(due, None, "To'lov muddati")
        + po_note(po, "Buyurtma №")
        + "subtotal = 'Jami yetkazib berish qiymati (QQSsiz)' (the 'Jami' row's value column); tax = 'QQS 12%' (the QQS column's total); total = 'Jami to'lovga (QQS bilan)' (currency as " + cursym + " in the band)"
        + (" (the USD counter-value at the central bank rate is a decoy)" if usd else "")
        + ". Currency UZS. Line items: every row, the value before QQS."
    )
    t = truth(vname, vid, no, po, d, due, "UZS", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bid, "Jami to'lovga (QQS bilan)", fd(due) if due else None, cno, usd]}
    return t, chk, (SK_HTML.replace("@@BASE@@", css(margin="12mm 11mm", fs="8.4pt")), ctx)
