"""Chromium (HTML) styles for set 50, second part (04 Zadar fiscal RAČUN in Croatian on an 80 mm TILL ROLL, prices
including PDV 25 / 13 / 5 %, a discount row on two, JIR and ZKI; 05 Lilongwe TAX INVOICE in English with the TOTALS in a
band at the TOP, the facts' LABELS at a LINE'S END and their values on the next line, VAT 16.5 %, kwacha, a deposit
deducted on two)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate_gross, long_date
from invoice_kit import css, de, digits, en, q2, qstr, rand_date, style_registry, valid
from kit_common import due_note, lines, po_note, qr_svg, truth
from stdnum.hr import oib

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Zadar (PDV 25/13/5 incl., EUR), 80 mm till roll
ZD_V = [  # (legal name, trading name, address, catalogue)
    ("BURA UGOSTITELJSTVO d.o.o.", "Konoba Kod Bure", "Ulica Jurja Barakovića 7, 23000 Zadar", [("Riblja plata za 2 osobe", "kom", 1, 3, 38, 62, 13), ("Crni rižot", "kom", 1, 4, 14, 19, 13), ("Paški sir 100 g", "kom", 1, 4, 8, 12, 13), ("Maraschino liker 0,03", "kom", 1, 6, 3, 5, 25), ("Vino Debit 1 l", "kom", 1, 3, 18, 28, 25), ("Mineralna voda 0,75", "kom", 1, 4, 3, 5, 13)]),
    ("LUKA BORIK d.o.o.", "Marina Borik – Nautička trgovina", "Obala kneza Trpimira 76, 23000 Zadar", [("Konop poliester 12 mm", "m", 5, 60, 1, 4, 25), ("Boja antivegetativna 2,5 l", "kom", 1, 3, 79, 139, 25), ("Vez, dnevni, brod do 12 m", "dan", 1, 7, 45, 95, 25), ("Bokobran 20x60", "kom", 1, 6, 19, 39, 25), ("Karta Jadran Zadar–Šibenik", "kom", 1, 2, 14, 22, 5)]),
    ("PEKARA STOMORICA j.d.o.o.", "Pekara Stomorica", "Stomorica ulica 4, 23000 Zadar", [("Kruh bijeli 500 g", "kom", 1, 10, 1, 2, 5), ("Burek sa sirom", "kom", 1, 6, 2, 4, 13), ("Kroasan čokolada", "kom", 1, 8, 1, 3, 13), ("Sok od naranče 0,25", "kom", 1, 4, 2, 3, 25), ("Torta Zadarska, kriška", "kom", 1, 6, 3, 5, 13)]),
    ("ZARA APOTEKA d.o.o.", "Ljekarna Poluotok", "Široka ulica 18, 23000 Zadar", [("Krema za sunčanje SPF 50", "kom", 1, 3, 14, 29, 25), ("Ibuprofen 400 mg, 20 tbl", "kom", 1, 2, 4, 7, 5), ("Flaster vodootporni", "kom", 1, 4, 3, 6, 25), ("Vitamin C 1000, 30 tbl", "kom", 1, 3, 8, 15, 25), ("Sirup protiv kašlja", "kom", 1, 2, 6, 11, 5)]),
]
ZD_HTML = """<html lang="hr"><head><meta charset="utf-8"><style>@page{size:80mm {{ h }}mm;margin:4mm 4mm} body{font-family:'DejaVu Sans Mono',monospace;font-size:7.4pt;color:#000;margin:0}
table{border-collapse:collapse;width:100%} td{vertical-align:top;padding:0} .r{text-align:right;white-space:nowrap} .c{text-align:center} hr{border:0;border-top:1px dashed #000;margin:3px 0}
</style></head><body>
<div class="c" style="font-size:10pt;font-weight:bold">{{ trade }}</div><div class="c">{{ vname }}</div><div class="c">{{ vaddr }}</div><div class="c">OIB: {{ vid }}</div>
<hr><div>RAČUN br: <b>{{ no }}</b></div><div>Datum i vrijeme: {{ d }} {{ tm }}</div><div>Oznaka blagajne: POS{{ pos }} · Stol {{ table_ }}</div><div>Operater: {{ op }}</div>
{% if bname %}<div>Kupac: {{ bname }}, OIB {{ boib }}</div>{% endif %}<hr>
<table><tr><td>Artikl</td><td class="r">Kol.</td><td class="r">Cijena</td><td class="r">Iznos</td></tr>
{% for it in items %}<tr><td colspan="4">{{ it.d }}</td></tr><tr><td style="color:#333">  {{ it.r }}%</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table><hr>
<table><tr style="font-size:10pt;font-weight:bold"><td>UKUPNO EUR</td><td class="r">{{ total }}</td></tr></table>
<div>Način plaćanja: {{ pay }}</div>{% if cash %}<div>Primljeno: {{ cash }} · Vraćeno: {{ change }}</div>{% endif %}<hr>
<table><tr><td>Porez</td><td class="r">Stopa</td><td class="r">Osnovica</td><td class="r">Iznos</td></tr>
{% for r in rates %}<tr><td>PDV</td><td class="r">{{ r.r }}%</td><td class="r">{{ r.b }}</td><td class="r">{{ r.t }}</td></tr>{% endfor %}
<tr><td colspan="2">Ukupno osnovica</td><td class="r" colspan="2">{{ net }}</td></tr><tr><td colspan="2">Ukupno PDV</td><td class="r" colspan="2">{{ tax }}</td></tr></table><hr>
<div>JIR: {{ jir }}</div><div>ZKI: {{ zki }}</div><div class="c" style="margin-top:4px">{{ qr|safe }}</div>
<div class="c" style="margin-top:3px">Hvala na posjeti! · Dobro došli opet</div><div class="c">{{ soft }}</div>
</body></html>"""


@style("04", "hr_zad_zadar_racun_pdv_25_13_till_80mm")
def s04(rng, i):
    vname, trade, vaddr, cat = ZD_V[i]
    d = rand_date(rng)
    items = lines(rng, cat, [5, 3, 4, 2][i], D("0.10"))
    for x in items:
        x["rate"] = x["extra"]
    if i in (0, 2):  # a discount on one row, its own line, same rate
        base = items[0]
        pct = rng.choice([10, 15, 20])
        items.append({"desc": f"Popust {pct}% – {base['desc']}", "unit": "", "qty": None, "price": None, "amount": -q2(base["amount"] * pct / 100), "rate": base["rate"], "show_qty": False})
    rates = by_rate_gross(items)
    net = sum(b for _, b, _, _ in rates)
    tax = sum(t for _, _, t, _ in rates)
    total = net + tax
    vid = valid(rng, lambda: digits(rng, 11, True), oib.is_valid)
    boib = valid(rng, lambda: digits(rng, 11, True), oib.is_valid)
    pos = rng.randint(1, 4)
    no = f"{rng.randint(100, 9999)}/POS{pos}/{rng.randint(1, 3)}"
    fd = [lambda x: x.strftime("%d.%m.%Y."), lambda x: x.strftime("%d.%m.%Y."), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d.%m.%Y.")][i]
    cash = i in (0, 2)
    given = (total // 10 + 1) * 10 if cash else None
    bname = ["", "Jedrenje Kornati d.o.o.", "", "Apartmani Diklo d.o.o."][i]
    ctx = dict(
        h=150 + 9 * len(items), trade=trade, vname=vname, vaddr=vaddr, vid=vid, no=no, d=fd(d), tm=f"{rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        pos=pos, table_=rng.randint(1, 24), op=rng.choice(["Marija", "Ivan K.", "Luka", "Ana 03"]), bname=bname, boib=boib,
        items=[{"d": x["desc"], "r": x["rate"], "q": qstr(x["qty"]) if x["qty"] is not None else "", "p": de(x["price"]) if x["price"] is not None else "", "a": de(x["amount"])} for x in items],
        total=de(total), pay="Gotovina (novčanice)" if cash else rng.choice(["Kartica – Visa", "Kartica – Maestro"]), cash=de(given) if cash else None, change=de(given - total) if cash else None,
        rates=[{"r": r, "b": de(b), "t": de(t)} for r, b, t, _ in rates], net=de(net), tax=de(tax),
        jir="-".join("".join(rng.choice("0123456789abcdef") for _ in range(k)) for k in (8, 4, 4, 4, 12)), zki="".join(rng.choice("0123456789abcdef") for _ in range(32)),
        qr=qr_svg(rng, 22), soft="Fiskalizacija 2.0 · Remaris POS",
    )
    notes = (
        "Zadar (Croatia) fiscal RAČUN on an 80 mm TILL ROLL in Croatian, monospace, prices INCLUDING PDV (" + " / ".join(f"{r} %" for r, *_ in rates) + "), a per-rate tax table below the total, '1.234,56' EUR: "
        f"vendor = the company line under the trading name '{trade}' (the legal name); vendor_tax_id = 'OIB' under the address"
        + (" (the buyer's OIB, JIR, ZKI, the till and table numbers are decoys)" if bname else " (JIR, ZKI, the till and table numbers are decoys)")
        + ". invoice_number = 'RAČUN br' (number/till/device as printed); invoice_date = 'Datum i vrijeme'. No due date (paid at the till, null). No PO. "
        "subtotal = 'Ukupno osnovica'; tax = 'Ukupno PDV'; total = 'UKUPNO EUR'" + (" (cash given and change are decoys)" if cash else "")
        + ". Currency EUR. Line items: every row including the discount row (no quantity), amounts VAT-inclusive; they sum to the total."
    )
    t = truth(vname, vid, no, None, d, None, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "UKUPNO EUR", "Ukupno PDV", ctx["zki"], boib if bname else None]}
    return t, chk, (ZD_HTML, ctx)


# =========================================================================== 05 Lilongwe (VAT 16.5, MWK), totals on top, labels at the line's end
LL_V = [
    ("Kamuzu Office Furniture Ltd", "Plot 3/112, Area 3, Kenyatta Road, Lilongwe", "#b45309"),
    ("Lingadzi Security Services Ltd", "Area 47, Sector 4, Lilongwe", "#1f2937"),
    ("Capital Hill Systems Ltd", "Unit 6, City Centre Shopping Complex, Lilongwe", "#1d4ed8"),
    ("Chitedze Agro-Dealers Ltd", "Mchinji Road, Kanengo Industrial Area, Lilongwe", "#15803d"),
]
LL_B = ["Ministry of Health – Capital Hill", "Press Trust – Lilongwe Office", "Malawi Housing Corporation", "Mponela Farmers' Cooperative"]
LL_ROWS = [
    [("Executive desk, mahogany, 1800 mm", "pcs", 1, 10, 350000, 780000), ("Office chair, high back, mesh", "pcs", 2, 30, 85000, 210000), ("Filing cabinet, 4-drawer steel", "pcs", 1, 12, 160000, 320000), ("Delivery and assembly", "lot", 1, 1, 45000, 120000)],
    [("Static guard, 12-hour shift, monthly", "guard", 2, 12, 210000, 340000), ("Armed response, monthly subscription", "site", 1, 4, 95000, 180000), ("Alarm panel installation", "pcs", 1, 3, 240000, 520000)],
    [("Laptop, Core i5, 16 GB RAM", "pcs", 1, 12, 1150000, 1690000), ("Network switch, 24-port managed", "pcs", 1, 4, 420000, 880000), ("Cabling and termination, per point", "pt", 4, 60, 28000, 55000), ("Support hours", "hr", 2, 40, 38000, 65000)],
    [("Fertiliser NPK 23:21:0+4S, 50 kg", "bag", 10, 400, 78000, 115000), ("Urea 46 %, 50 kg", "bag", 10, 300, 72000, 105000), ("Knapsack sprayer 16 l", "pcs", 1, 30, 38000, 69000), ("Maize seed hybrid, 10 kg", "bag", 5, 200, 42000, 78000)],
]
LL_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
.band{background:{{ color }};color:#fff;padding:8px 12px;margin-top:8px} .band td{color:#fff;padding:0 14px 0 0;font-size:8pt} .band .big{font-size:15pt;font-weight:bold}
.eol{display:flex;justify-content:space-between;border-bottom:1px dotted #999;margin-top:5px;font-size:8pt;color:#444} .nv{font-weight:bold;font-size:9.5pt;text-align:right}
table.it{width:100%;border-collapse:collapse;margin-top:12px} table.it th{border-bottom:2px solid {{ color }};font-size:7.4pt;text-align:left;padding:4px} table.it td{border-bottom:1px solid #e5e7eb;padding:4px;font-size:8.3pt}
.r{text-align:right;white-space:nowrap}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div>{{ vaddr }}</div><div>P.O. Box {{ box }}, Lilongwe 3 · Tel +265 1 {{ tel }}</div></td>
<td style="text-align:right;vertical-align:bottom"><div style="font-size:18pt;font-weight:bold">TAX INVOICE</div></td></tr></table>
<div class="band"><table><tr><td>Amount excl. VAT<br><b>{{ cur }} {{ net }}</b></td><td>VAT @ 16.5%<br><b>{{ cur }} {{ tax }}</b></td><td>Invoice total (VAT inclusive)<br><span class="big">{{ cur }} {{ total }}</span></td>
{% if dep %}<td>Balance now due<br><b>{{ cur }} {{ bal }}</b></td>{% endif %}</tr></table></div>
<table style="width:100%;margin-top:10px"><tr><td style="width:48%;vertical-align:top;font-size:8.4pt"><div style="color:#666;font-size:7pt">INVOICED TO</div><b>{{ bname }}</b><br>Customer TPIN {{ btpin }}<br>Lilongwe</td><td style="width:4%"></td>
<td>{% for k, v in facts %}<div class="eol"><span>{{ k[0] }}</span><span>{{ k[1] }}</span></div><div class="nv">{{ v }}</div>{% endfor %}</td></tr></table>
<table class="it"><tr><th>Description</th><th class="r">Qty</th><th>Unit</th><th class="r">Unit price</th><th class="r">Amount excl. VAT</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr><td colspan="4" class="r">Amount excl. VAT</td><td class="r">{{ net }}</td></tr><tr><td colspan="4" class="r">VAT 16.5%</td><td class="r">{{ tax }}</td></tr>
<tr><td colspan="4" class="r"><b>Invoice total</b></td><td class="r"><b>{{ total }}</b></td></tr>
{% if dep %}<tr><td colspan="4" class="r">Less: deposit received, receipt {{ dep_no }} of {{ dep_d }}</td><td class="r">-{{ dep }}</td></tr><tr><td colspan="4" class="r">Balance due</td><td class="r">{{ bal }}</td></tr>{% endif %}</table>
<div style="margin-top:16px;font-size:7.6pt;color:#444">{{ pay }}<br>Bank: {{ bank }}, Capital City Branch, account no. {{ acct }}. Amounts in Malawi Kwacha. E&amp;OE.<br>{{ efd }}</div>
</body></html>"""


@style("05", "mw_llw_lilongwe_tax_invoice_vat_16_5_total_top_label_eol")
def s05(rng, i):
    vname, vaddr, color = LL_V[i]
    d = rand_date(rng)
    items = lines(rng, LL_ROWS[i], [4, 2, 3, 4][i], D("50"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.165"))
    total = net + tax
    vid = digits(rng, 8, True)
    no = [f"KOF/{d.year}/{rng.randint(100, 999)}", f"INV{rng.randint(10000, 99999)}", f"CHS-{rng.randint(1000, 9999)}", f"{rng.randint(20000, 29999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "en"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d-%b-%Y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 30, 30])) if i != 3 else None
    po = [f"LPO {rng.randint(10000, 99999)}", None, f"PO-{rng.randint(1000, 9999)}", None][i]
    po_v = po.replace("LPO ", "") if po else None
    dep = q2(total * D(rng.choice([30, 40, 50])) / 100) if i in (0, 2) else None
    cur = ["MWK", "MK", "MWK", "MK"][i]
    facts = [(("This tax invoice is issued under number", "Invoice No.:"), no), (("Dated at Lilongwe on the", "Invoice date:"), fd(d))]
    if due:
        facts.append((("Payment to reach us not later than the", "Due date:"), fd(due)))
    if po:
        facts.append((("Issued against your local purchase order", "LPO No.:"), po_v))
    facts.append((("Supplier registered for VAT with MRA,", "TPIN:"), vid))
    facts.append((("Goods dispatched under", "Delivery note:"), f"DN {rng.randint(1000, 9999)}"))
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, box=rng.randint(30000, 31999), tel=f"{rng.randint(700, 799)} {rng.randint(100, 999)}", cur=cur,
        net=en(net), tax=en(tax), total=en(total), dep=en(dep) if dep else None, bal=en(total - dep) if dep else None, dep_no=f"R{rng.randint(1000, 9999)}",
        dep_d=fd(d - dt.timedelta(days=rng.randint(10, 40))), bname=LL_B[i], btpin=digits(rng, 8, True), facts=facts,
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        pay=("Terms: cash with order – paid in full, thank you." if not due else f"Terms: {(due - d).days} days net."),
        bank=rng.choice(["National Bank of Malawi", "Standard Bank Malawi", "FDH Bank"]), acct=digits(rng, 13, True),
        efd=f"MRA EIS invoice verification code {digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)} · Signature {digits(rng, 20)}",
    )
    notes = (
        "Lilongwe (Malawi) TAX INVOICE in English with the TOTALS in a coloured band at the TOP (amount excl. VAT, VAT, invoice total" + (", balance after a deposit" if dep else "")
        + ") and the facts as lines whose LABEL stands at the END of a line of text, the value on the next line; VAT 16.5 %, '1,234,567.00' "
        f"kwacha ('{cur}'): vendor = the name at the top; vendor_tax_id = 'TPIN:' (the customer's TPIN, the delivery note, the bank account and the MRA EIS code are decoys). "
        "invoice_number = 'Invoice No.:'; invoice_date = 'Invoice date:'. "
        + due_note(due, "cash with order – paid in full", "Due date:")
        + po_note(po_v, "LPO No.:")
        + "subtotal = 'Amount excl. VAT'; tax = 'VAT @ 16.5%'; total = 'Invoice total (VAT inclusive)'"
        + (" before the deposit (the deposit, its receipt and date, and the balance due are decoys)" if dep else "")
        + ". Currency MWK. Line items: every row, excl. VAT."
    )
    t = truth(vname, vid, no, po_v, d, due, "MWK", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Invoice total", fd(due) if due else None, ctx["btpin"], ctx["bal"]]}
    return t, chk, (LL_HTML.replace("@@BASE@@", css(margin="14mm", fs="8.6pt")), ctx)
