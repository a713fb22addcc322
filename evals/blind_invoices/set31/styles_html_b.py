"""Chromium (HTML) styles for set 31, second part (04 Gagauzia (Comrat / Ceadîr-Lunga / Vulcănești) winery and dairy's
FİSKAL FAKTURA / FACTURĂ FISCALĂ in Gagauz with Romanian beside, TVA 8 % on dairy and bread and 20 % on wine per row, a
totals row under the grid and the amount to pay boxed below, 05 Monrovia restaurant's receipt on an 80 mm roll in
English with the GST on meals and drinks (10 %, 12 % from June 2025), a Liberian-dollar counter-value, cash tendered and change)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import css, digits, en, q2, qstr, rand_date, sp, style_registry
from kit_common import due_note, lines, po_note, truth, valid_id
from stdnum.md import idno

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Gagauzia winery and dairy (TVA 8 % / 20 %, MDL)
GA_V = [
    ("SRL «Komrat Şarapçılık»", "or. Comrat, str. Lenin 184, MD-3805", "#7f1d1d"),
    ("SRL «Çadır Süt»", "or. Ceadîr-Lunga, str. Miciurin 12, MD-6101", "#1e3a8a"),
    ("SA «Valkaneş Bağ»", "or. Vulcănești, str. Pobedî 57, MD-5301", "#14532d"),
    ("SRL «Avdarma Ekmek»", "s. Avdarma, str. Gagarin 3, MD-3809", "#78350f"),
]
GA_B = [
    ("SRL «Linella Comerț»", "mun. Chișinău, str. Uzinelor 19"),
    ("SRL «Market Cahul»", "or. Cahul, str. Republicii 8"),
    ("ÎI «Topal Gheorghe»", "or. Comrat, str. Pobedî 44"),
    ("SRL «Restaurant Gagauz Sofrası»", "or. Comrat, str. Lenin 90"),
]
GA_ROWS = [
    ("Kaşkaval peynir / Cașcaval, 1 kg", "kg", 10, 80, 95, 160, "8"),
    ("Brınza / Brânză de oi", "kg", 10, 60, 70, 120, "8"),
    ("Süt 2,5 % / Lapte 2,5 %, 1 l", "l", 40, 400, 13, 19, "8"),
    ("Ekmek / Pâine albă, 0,5 kg", "buc", 50, 400, 6, 11, "8"),
    ("Şarap Kaberne / Vin Cabernet, 0,75 l", "st", 12, 240, 65, 140, "20"),
    ("Şarap Muskat / Vin Muscat, 0,75 l", "st", 12, 180, 60, 130, "20"),
    ("Kutu / Cutii carton", "buc", 10, 100, 8, 18, "20"),
    ("Taşıma / Transport", "curse", 1, 2, 450, 900, "20"),
]
GA_HTML = """<html lang="gag"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.2pt;color:#555} table.g{width:100%;border-collapse:collapse;margin-top:8px;font-size:8pt} table.g th{border:1px solid #666;background:#eef2f7;padding:3px;font-weight:normal}
table.g td{border:1px solid #666;padding:3px 4px}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:9pt;color:{{ color }};font-weight:bold">{{ vname }}</div><div class="small">{{ vaddr }}</div></td>
<td style="text-align:right"><div style="font-size:15pt;font-weight:bold">FİSKAL FAKTURA</div><div style="font-size:10pt">FACTURĂ FISCALĂ</div>
<div>Seriya / Seria <b>{{ series }}</b> № <b>{{ no }}</b></div></td></tr></table>
<table style="width:100%;margin-top:10px;font-size:8.4pt"><tr><td style="width:50%;vertical-align:top;border:1px solid #bbb;padding:5px">
<div class="small">Satıcı / Furnizor</div><b>{{ vname }}</b><br>{{ vaddr }}<br>IDNO / Cod fiscal: <b>{{ vid }}</b><br>TVA kodu / Cod TVA: {{ vtva }}<br>IBAN: {{ iban }}</td>
<td style="vertical-align:top;border:1px solid #bbb;padding:5px"><div class="small">Alıcı / Cumpărător</div><b>{{ bname }}</b><br>{{ baddr }}<br>IDNO / Cod fiscal: {{ bid }}<br>Müşteri № / Cod client: {{ cust }}</td></tr></table>
<table style="margin-top:8px;font-size:8.4pt">{% for k, v in head %}<tr><td style="padding:1px 12px 1px 0;color:#555">{{ k }}</td><td style="font-weight:bold">{{ v }}</td></tr>{% endfor %}</table>
<table class="g"><tr><th>№</th><th>Malın adı / Denumirea mărfii</th><th>Ölçü / U.m.</th><th>Sayı / Cantitatea</th><th>Fiat / Preț fără TVA</th><th>Deer / Valoarea fără TVA</th><th>TVA %</th><th>TVA summası / Suma TVA</th><th>TVA ilän / Valoarea cu TVA</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td class="c">{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="c">{{ it.r }}</td><td class="r">{{ it.v }}</td><td class="r">{{ it.t }}</td></tr>{% endfor %}
<tr style="font-weight:bold"><td colspan="5">Toplam / Total</td><td class="r">{{ net }}</td><td></td><td class="r">{{ tax }}</td><td class="r">{{ total }}</td></tr></table>
<table style="margin-top:10px;margin-left:auto;border:2px solid {{ color }}"><tr><td style="padding:6px 12px">Ödemä için / Spre plată, lei</td><td style="padding:6px 12px;font-size:12pt;font-weight:bold">{{ total }}</td></tr></table>
<div style="margin-top:10px;font-size:8.4pt">{{ pay }}</div>
<table style="width:100%;margin-top:18px;font-size:8pt"><tr><td>Verdi / A eliberat: ____________ {{ boss }}</td><td>Aldı / A primit: ____________</td></tr></table>
<div class="small" style="margin-top:8px">Faktura e-Factura sistemasında registrațiya edildi / Factura înregistrată în SIA e-Factura.</div>
</body></html>"""


@style("04", "md_gag_komrat_fatura_tva_20_8")
def s04(rng, i):
    vname, vaddr, color = GA_V[i]
    bname, baddr = GA_B[i]
    d = rand_date(rng)
    items = lines(rng, [x for x in GA_ROWS if x[6] == "8"], rng.randint(1, 3), D("0.5")) + lines(rng, [x for x in GA_ROWS if x[6] == "20"], rng.randint(1, 3), D("0.5"))
    for x in items:
        x["rate"] = D(x["extra"])
        x["vat"] = q2(x["amount"] * x["rate"] / 100)
    net = sum(x["amount"] for x in items)
    tax = sum(x["vat"] for x in items)
    total = net + tax
    vid = valid_id(rng, 13, idno.is_valid, prefix="10")
    bid = valid_id(rng, 13, idno.is_valid, prefix="10")
    series = ["EA", "EB", "AAB", "EC"][i]
    no = f"{rng.randint(1000000, 9999999)}"
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([10, 15, 30])) if i in (0, 2) else None
    term = [None, "Ödemä: malın alındıktan sora 30 gün içindä / Plata: în termen de 30 zile de la livrare.", None, "Ödemä: peşin / Plata: în numerar la livrare."][i]
    po = f"{rng.randint(10, 99)}-{rng.randint(100, 999)}" if i in (1, 3) else None
    head = [("Verildiyi gün / Data eliberării:", fd(d)), ("Kontrakt / Contract:", f"№ {rng.randint(10, 99)}/{rng.randint(1, 12)} din {fd(d - dt.timedelta(days=rng.randint(90, 400)))}"),
            ("Yük yollayan / Expeditor:", "aynı / același"), ("Avtomobil / Auto:", f"KMR {digits(rng, 3)} · foaia de parcurs {rng.randint(100, 999)}")]
    if po:
        head.append(("Sipariş / Comanda:", po))
    if due:
        head.append(("Ödemä vakıdı / Termen de plată:", fd(due)))
    pay = f"Ödemä vakıdı / Termen de plată: {fd(due)}" if due else term
    m = sp
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, series=series, no=no, vid=vid, vtva=digits(rng, 7, True), iban=f"MD{rng.randint(10, 99)}AG{digits(rng, 18)}",
        bname=bname, baddr=baddr, bid=bid, cust=f"{rng.randint(100, 999)}", head=head,
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]).replace(".", ","), "p": m(x["price"]), "a": m(x["amount"]), "r": f"{x['rate']}", "v": m(x["vat"]), "t": m(x["amount"] + x["vat"])} for x in items],
        net=m(net), tax=m(tax), total=m(total), pay=pay, boss=rng.choice(["İ. Topal", "M. Kısa", "N. Uzun", "V. Dragan"]),
    )
    notes = (
        "Gagauzia (Comrat / Ceadîr-Lunga / Vulcănești / Avdarma, Moldova) winery, dairy or bakery's FİSKAL FAKTURA / FACTURĂ FISCALĂ in Gagauz with Romanian beside each label, in lei ('1 234,50'), with TVA 8 % on cheese, milk and bread and 20 % on wine, boxes and transport per row and a totals row under the grid: vendor = the seller's name as printed (SRL «...»); vendor_tax_id = the seller's 'IDNO / Cod fiscal' (13 digits; the TVA code, the buyer's IDNO and the customer number are decoys). "
        "invoice_number = the number after '№' (the series '" + series + "' printed before it is not part of it); invoice_date = 'Verildiyi gün / Data eliberării' (" + ["dd.mm.yyyy", "dd.mm.yyyy", "dd/mm/yyyy", "dd.mm.yyyy"][i] + "); the contract and its date, the vehicle and the waybill are decoys. "
        + due_note(due, term, "Ödemä vakıdı / Termen de plată") + po_note(po, "Sipariş / Comanda")
        + "subtotal = the 'Toplam / Total' row's 'Valoarea fără TVA'; tax = its 'Suma TVA'; total = its 'Valoarea cu TVA' (= 'Ödemä için / Spre plată'). Currency MDL. Line items: every row, the amount being 'Valoarea fără TVA' (the last column adds the row's TVA); quantities may have a half ('2,5')."
    )
    t = truth(vname, vid, no, po, d, due, "MDL", net, tax, total, items, notes)
    return t, [fd(d), no, vname, vid, "Ödemä için / Spre plată", fd(due) if due else None], (GA_HTML.replace("@@BASE@@", css(margin="12mm 12mm", fs="8.8pt")), ctx)


# =========================================================================== 05 Monrovia restaurant receipt (GST 10 %, USD and L$), 80 mm roll
LR_V = [
    ("MAMBA POINT KITCHEN INC.", "United Nations Drive, Mamba Point", "Monrovia, Liberia"),
    ("SINKOR PALM RESTAURANT", "15th Street & Tubman Blvd, Sinkor", "Monrovia, Liberia"),
    ("CONGO TOWN GRILL & BAR", "Tubman Boulevard, Congo Town", "Monrovia, Liberia"),
    ("PAYNESVILLE TASTE HOUSE", "ELWA Junction, Paynesville", "Montserrado County, Liberia"),
]
LR_ROWS = [
    ("Jollof Rice w/ Chicken", "", 1, 4, 6.50, 12.00),
    ("Palm Butter & Rice", "", 1, 4, 7.00, 13.50),
    ("Potato Greens & Rice", "", 1, 3, 6.00, 11.00),
    ("Pepper Soup (Fish)", "", 1, 3, 8.00, 15.00),
    ("Fried Plantain", "", 1, 4, 2.50, 5.00),
    ("Club Beer 600ml", "", 1, 8, 2.75, 4.50),
    ("Soft Drink", "", 1, 6, 1.25, 2.50),
    ("Bottled Water 1.5L", "", 1, 6, 1.00, 2.00),
    ("Ginger Beer (house)", "", 1, 4, 2.00, 3.50),
]
LR_HTML = """<html><head><meta charset="utf-8"><style>@@BASE@@
body{font-family:'DejaVu Sans Mono',monospace;font-size:8.2pt;width:70mm} .c{text-align:center} .r{text-align:right} hr{border:none;border-top:1px dashed #000;margin:4px 0} td{padding:0}
</style></head><body>
<div class="c" style="font-weight:bold;font-size:10pt">{{ vname }}</div><div class="c">{{ vaddr1 }}</div><div class="c">{{ vaddr2 }}</div><div class="c">Tel: {{ tel }}</div><div class="c">TIN: {{ tin }}</div>
<hr><div class="c" style="font-weight:bold">{{ title }}</div><hr>
<table style="width:100%">{% for k, v in head %}<tr><td>{{ k }}</td><td class="r">{{ v }}</td></tr>{% endfor %}</table><hr>
<table style="width:100%">{% for it in items %}<tr><td colspan="2">{{ it.d }}</td></tr><tr><td>&nbsp;&nbsp;{{ it.q }} x {{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table><hr>
<table style="width:100%"><tr><td>SUBTOTAL</td><td class="r">{{ net }}</td></tr><tr><td>GST {{ gst }}%</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:10pt"><td>TOTAL US$</td><td class="r">{{ total }}</td></tr>
<tr><td>L$ equiv. @ {{ rate }}</td><td class="r">{{ lrd }}</td></tr></table><hr>
<table style="width:100%"><tr><td>{{ tender_label }}</td><td class="r">{{ tender }}</td></tr><tr><td>CHANGE US$</td><td class="r">{{ change }}</td></tr></table><hr>
<div class="c">{{ foot }}</div><div class="c">Thank you - come again!</div>
</body></html>"""


@style("05", "lr_monrovia_receipt_gst_10_lrd")
def s05(rng, i):
    vname, vaddr1, vaddr2 = LR_V[i]
    # GST on restaurant services 10 %, 12 % from the LRA's notice of 28 May 2025; 2026 (13 % proposed) is left out
    d = rand_date(rng, dt.date(2025, 1, 6), dt.date(2025, 5, 20)) if i % 2 == 0 else rand_date(rng, dt.date(2025, 6, 5), dt.date(2025, 12, 20))
    gst = D("10") if i % 2 == 0 else D("12")
    items = lines(rng, LR_ROWS, rng.randint(3, 7), D("0.25"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * gst / 100)
    total = net + tax
    rate = D(rng.randint(180, 200))
    lrd = q2(total * rate)
    tender = D(((int(total) // 10) + 1) * 10)
    change = tender - total
    tin = digits(rng, 9, True)
    no = [f"{rng.randint(10000, 99999)}", f"R-{rng.randint(100000, 999999)}", f"{rng.randint(1, 9)}-{rng.randint(10000, 99999)}", f"{rng.randint(100000, 999999)}"][i]
    fd = [lambda x: x.strftime("%m/%d/%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%m/%d/%Y"), lambda x: x.strftime("%d-%b-%Y").upper()][i]
    tm = f"{rng.randint(11, 22):02d}:{rng.randint(0, 59):02d}"
    title = ["CASH RECEIPT", "RECEIPT / TAX INVOICE", "CASH RECEIPT", "SALES RECEIPT"][i]
    head = [("Receipt No:", no), ("Date:", f"{fd(d)} {tm}"), ("Table:", f"{rng.randint(1, 30)}"), ("Order #:", f"{rng.randint(100, 999)}"), ("Cashier:", rng.choice(["Comfort", "Musu", "Prince", "Jartu", "Emmanuel"])), ("Guests:", f"{rng.randint(1, 6)}")]
    m = en
    ctx = dict(
        vname=vname, vaddr1=vaddr1, vaddr2=vaddr2, tel=f"+231 {rng.choice(['77', '88'])} {digits(rng, 3)} {digits(rng, 4)}", tin=tin, title=title, head=head,
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "p": m(x["price"]), "a": m(x["amount"])} for x in items],
        net=m(net), gst=gst, tax=m(tax), total=m(total), rate=m(rate), lrd=m(lrd), tender_label="CASH US$", tender=m(tender), change=m(change),
        foot="GST included as required by the Liberia Revenue Authority",
    )
    notes = (
        "Monrovia restaurant's " + title + " on an 80 mm roll in English, monospaced, in US dollars ('1,234.50'), with the GST on meals and drinks below the subtotal (10 % on the receipts dated before June 2025, 12 % on those after the LRA's notice of 28 May 2025), a Liberian-dollar counter-value at the day's rate, cash tendered and change: vendor = the name at the top (capitals); vendor_tax_id = 'TIN' (the author's 9 digits; the format was not verified). "
        "invoice_number = 'Receipt No'; invoice_date = 'Date' (" + ["mm/dd/yyyy", "dd/mm/yyyy", "mm/dd/yyyy", "dd-MON-yyyy"][i] + ", a time after it); the table, order number, cashier and guests are decoys. No due date or term printed (null). No PO. "
        "subtotal = 'SUBTOTAL'; tax = 'GST 10%' or 'GST 12%'; total = 'TOTAL US$'; the L$ equivalent, the cash tendered and the change are decoys. Currency USD. Line items: every item (two lines each: the name, then quantity x price and the amount)."
    )
    t = truth(vname, tin, no, None, d, None, "USD", net, tax, total, items, notes)
    return t, [fd(d), no, vname, tin, "TOTAL US$", m(lrd), m(change)], (LR_HTML.replace("@@BASE@@", css(size="80mm 240mm", margin="4mm 5mm", font="'DejaVu Sans Mono',monospace", fs="8.2pt")), ctx)
