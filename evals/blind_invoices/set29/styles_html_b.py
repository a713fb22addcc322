"""Chromium (HTML) styles for set 29, second part (04 Lower Engadine / Surselva bakery-grocer's QUINT in Romansh to a
hotel as a Swiss letter with the address window at the right, TPV (Swiss VAT) at 2,6 % on food and 8,1 % on the rest
by rate code, and the total rounded to 5 Rappen, 05 Bhutanese wholesaler's TAX INVOICE on a landscape page in English
with the GST 5 % (from 1 January 2026) per row beside exempt rice, salt and cooking oil, and the total in words in
ngultrum and chhertum)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import rm_date
from invoice_kit import ROUND_HALF_UP, ch, css, digits, en, iban, iban_fmt, ordinal, q2, qstr, rand_date, style_registry
from kit_common import MONTHS, due_note, lines, po_note, truth, valid_id
from kit_words import en_words_title
from stdnum.ch import uid

STYLES, style = style_registry("chromium")


def r05(x):
    """Swiss rounding to 5 Rappen."""
    return (D(x) * 20).quantize(D("1"), ROUND_HALF_UP) / 20


# =========================================================================== 04 Engadine bakery-grocer (TPV 2,6 % / 8,1 %, CHF), Romansh letter
RM_V = [
    ("Pasternaria Bezzola SA", "Stradun 312", "7550 Scuol", "#9f1239"),
    ("Butia Cadonau", "Via Principala 41", "7180 Disentis/Mustér", "#1e3a8a"),
    ("Chascharia e Butia Val Müstair", "Plaz 8", "7537 Müstair", "#166534"),
    ("Furnaria Tschenett Sagl", "Via da la Staziun 5", "7530 Zernez", "#92400e"),
]
RM_B = [
    ("Hotel Piz Linard", "Sra. Mengia Stecher", "Via da Lavin 14", "7543 Lavin"),
    ("Hotel Cucagna", "Sgr. Gion Derungs", "Via Lucmagn 7", "7180 Disentis/Mustér"),
    ("Chasa Chalavaina", "Sra. Annatina Gross", "Plaz 23", "7537 Müstair"),
    ("Hotel Baer & Post", "Sgr. Curdin Sedlacek", "Suot Plaz 1", "7530 Zernez"),
]
RM_ROWS = [
    ("Paun da painch (1 kg)", "tocs", 10, 80, 3.2, 6.5, "1"),
    ("Gipfels da painch", "tocs", 20, 200, 0.9, 1.8, "1"),
    ("Chaschiel da muntogna", "kg", 2, 15, 22, 38, "1"),
    ("Tuorta da nusch engiadinaisa", "tocs", 2, 12, 24, 42, "1"),
    ("Latg UHT 1 l", "l", 12, 96, 1.4, 2.2, "1"),
    ("Vin Valtellina 75 cl", "buttiglias", 6, 36, 14, 28, "2"),
    ("Detergent per vaschella 5 l", "bidons", 1, 6, 18, 34, "2"),
    ("Servietas da papier (pachet 250)", "pachets", 2, 20, 6, 12, "2"),
]
RM_RATE = {"1": D("2.6"), "2": D("8.1")}

RM_HTML = """<html lang="rm"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.4pt;color:#555} table.g{width:100%;border-collapse:collapse;margin-top:10px}
table.g th{padding:4px 5px;text-align:left;border-bottom:1px solid #333} table.g td{padding:3px 5px}
</style></head><body>
<div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ v_name }}</div>
<div class="small">{{ v_street }} · {{ v_city }} · Tel. 081 {{ tel }} · UID {{ uid }}</div>
<div style="margin:18mm 0 0 95mm;line-height:1.35"><span class="small" style="text-decoration:underline">{{ v_name }}, {{ v_city }}</span><br>{{ b_name }}<br>{{ b_att }}<br>{{ b_street }}<br>{{ b_city }}</div>
<div style="margin:12mm 0 0 95mm">{{ place }}, ils {{ date_long }}</div>
<div style="font-size:13pt;font-weight:bold;margin-top:8mm">Quint nr. {{ no }}</div>
<table style="margin-top:3px" class="small">{% for k, v in meta %}<tr><td style="padding:1px 10px 1px 0">{{ k }}</td><td>{{ v }}</td></tr>{% endfor %}</table>
<p>{{ salut }}<br>Nus As ingraziain per Vossa empustaziun e facturain sco suonda:</p>
<table class="g"><tr><th>Artitgel</th><th class="r">Quantitad</th><th>Unitad</th><th class="r">Pretsch</th><th class="c">TPV</th><th class="r">Import CHF</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="c">{{ it.c }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin:8px 0 0 auto;min-width:300px;border-top:1px solid #333">{% for k, v, b in tot %}<tr><td style="padding:2px 10px 2px 0{% if b %};font-weight:bold;border-top:1px solid #333;border-bottom:3px double #333{% endif %}">{{ k }}</td><td class="r" style="padding:2px 0{% if b %};font-weight:bold;border-top:1px solid #333;border-bottom:3px double #333{% endif %}">{{ v }}</td></tr>{% endfor %}</table>
<p class="small">Code TPV: 1 = 2,6 % (victualias), 2 = 8,1 % (tariffa normala).</p>
<p>{{ pay }}<br>IBAN {{ iban }} · {{ bank }}</p>
<p>Cun salids amiaivels<br><br>{{ signer }}</p>
</body></html>"""


@style("04", "ch_gr_quint_rumantsch_tpv_8_1_2_6")
def s04(rng, i):
    vname, vstreet, vcity, color = RM_V[i]
    bname, batt, bstreet, bcity = RM_B[i]
    d = rand_date(rng, dt.date(2025, 1, 6), dt.date(2026, 11, 20))
    items = lines(rng, RM_ROWS, rng.randint(4, 7), D("0.05"))
    base = {c: sum(x["amount"] for x in items if x["extra"] == c) for c in ("1", "2")}
    vat = {c: q2(base[c] * RM_RATE[c] / 100) for c in base}
    net = base["1"] + base["2"]
    tax = vat["1"] + vat["2"]
    raw = net + tax
    total = r05(raw)
    adj = total - raw
    u = valid_id(rng, 9, lambda s: uid.is_valid("CHE" + s))
    uid_s = f"CHE-{u[:3]}.{u[3:6]}.{u[6:]} TPV"
    no = [f"{d.year}-{rng.randint(100, 999)}", f"{rng.randint(10000, 19999)}", f"Q{d.strftime('%y')}{rng.randint(1000, 9999)}", f"{rng.randint(3000, 3999)}"][i]
    fd = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=20), None][i]
    term = ["", "Pajabel entaifer 30 dis netto", "", "Pajabel entaifer 10 dis"][i]
    po = [None, f"{rng.randint(100, 999)}", None, f"HB-{rng.randint(10, 99)}/{d.year % 100}"][i]
    po_label = "Vossa empustaziun nr."
    meta = [("Client nr.", f"{rng.randint(1000, 1999)}")]
    if po:
        meta.append((po_label, po))
    dn = [f"{rng.randint(5000, 5999)}" for _ in range(rng.randint(1, 3))]
    meta.append(("Fegls da furniziun", ", ".join(dn)))
    meta.append(("Perioda da furniziun", f"{fd(d - dt.timedelta(days=rng.randint(14, 28)))} – {fd(d - dt.timedelta(days=1))}"))
    m = ch
    tot = [("Total net", m(net), False), (f"TPV 2,6 % sin {m(base['1'])}", m(vat["1"]), False), (f"TPV 8,1 % sin {m(base['2'])}", m(vat["2"]), False), ("Total TPV", m(tax), False)]
    if adj:
        tot.append(("Rundaziun", m(adj), False))
    tot.append(("Total CHF", m(total), True))
    ctx = dict(
        base=css(margin="14mm 16mm 14mm 20mm", fs="9.4pt"),
        color=color,
        v_name=vname,
        v_street=vstreet,
        v_city=vcity,
        tel=f"{digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}",
        uid=uid_s,
        b_name=bname,
        b_att=batt,
        b_street=bstreet,
        b_city=bcity,
        place=vcity.split(" ", 1)[1].split("/")[0],
        date_long=rm_date(d),
        no=no,
        meta=meta,
        salut="Stimada dunna" if batt.startswith("Sra.") else "Stimà signur",
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": m(x["price"]), "c": x["extra"], "a": m(x["amount"])} for x in items],
        tot=tot,
        pay=(f"Pajabel enfin ils {fd(due)}." if due else term + "."),
        iban=iban_fmt(iban("CH", digits(rng, 5) + digits(rng, 12))),
        bank=rng.choice(["Banca Chantunala Grischuna", "Raiffeisen Engiadina Val Müstair", "PostFinance"]),
        signer=rng.choice(["Reto Bezzola", "Flurina Cadonau", "Men Gross", "Seraina Tschenett"]),
    )
    notes = (
        "Scuol / Disentis / Müstair / Zernez bakery-grocer's QUINT in Romansh (Rumantsch Grischun) to a hotel, as a Swiss letter with the address window at the right, in Swiss francs ('1'234.50'), with TPV (taglia sin la plivalur, Swiss VAT) by rate code, 1 = 2,6 % (food) and 2 = 8,1 %, and the total rounded to 5 Rappen ('Rundaziun' when not zero): vendor = the name at the top; vendor_tax_id = 'UID' as printed ('CHE-123.456.789 TPV'). "
        "invoice_number = 'Quint nr.'; invoice_date = the date in the place line ('Scuol, ils 12 da mars 2026'); the delivery period and the delivery note numbers ('Fegls da furniziun') are decoys. "
        + due_note(due, term, "Pajabel enfin ils")
        + po_note(po, po_label)
        + "The client number is no PO. subtotal = 'Total net'; tax = 'Total TPV' (the two rate rows summed); total = 'Total CHF' (after the rounding row, which is neither). Currency CHF. Line items: every row (net)."
    )
    t = truth(vname, uid_s, no, po, d, due, "CHF", net, tax, total, items, notes)
    chk = {"printed": [rm_date(d), fd(due) if due else None, no, po, vname, uid_s, "Total CHF"], "total_adjustment": str(adj)}
    return t, chk, (RM_HTML.replace("@@BASE@@", ctx.pop("base")), ctx)


# =========================================================================== 05 Bhutanese wholesaler (GST 5 % and exempt, BTN), landscape
BT_V = [
    ("Druk Wholesale & Distribution", "Norzin Lam, Thimphu", "#b45309"),
    ("Phuentsholing Trading House", "Zangdopelri Complex, Phuentsholing", "#1d4ed8"),
    ("Paro Valley Provisions", "Main Town, Paro", "#047857"),
    ("Bumthang General Suppliers", "Chamkhar Town, Bumthang", "#7c3aed"),
]
BT_B = [
    ("Hotel Namgay Heritage", "Thimphu"),
    ("Royal Thimphu College - Canteen", "Ngabiphu, Thimphu"),
    ("Zhiwa Ling Resort", "Satsam Chorten, Paro"),
    ("Jakar Higher Secondary School Mess", "Jakar, Bumthang"),
]
BT_ROWS = [
    ("Red rice (Bhutanese), 25 kg bag", "bag", 2, 30, 1350, 2100, "E"),
    ("Basmati rice, 25 kg bag", "bag", 2, 20, 2400, 3600, "E"),
    ("Iodised salt, 1 kg", "pkt", 10, 100, 18, 30, "E"),
    ("Mustard oil, 15 L tin", "tin", 1, 12, 2600, 3400, "E"),
    ("Sunflower oil, 5 L", "can", 2, 20, 780, 1050, "E"),
    ("Sugar, 50 kg bag", "bag", 1, 6, 2900, 3600, "T"),
    ("Tea leaves (CTC), 1 kg", "pkt", 2, 30, 320, 480, "T"),
    ("Instant noodles (carton of 30)", "ctn", 2, 20, 450, 690, "T"),
    ("Washing powder, 5 kg", "bag", 1, 12, 620, 940, "T"),
    ("Processed cheese (datshi), 1 kg", "kg", 2, 20, 380, 560, "T"),
]

BT_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.3pt;color:#555} table.g{width:100%;border-collapse:collapse;margin-top:8px}
table.g th{background:{{ color }};color:#fff;padding:4px 5px;font-weight:bold} table.g td{padding:3px 5px;border:1px solid #d4d4d4}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top;width:38%"><div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ v_name }}</div><div>{{ v_addr }}, Bhutan</div><div class="small">Trade Licence No. {{ lic }} · Tel. +975 {{ tel }}</div></td>
<td style="vertical-align:top;text-align:center;width:24%"><div style="font-size:17pt;font-weight:bold;border:2px solid {{ color }};padding:4px">TAX INVOICE</div><div class="small" style="margin-top:3px">Goods and Services Tax</div></td>
<td style="vertical-align:top"><table style="margin-left:auto">{% for k, v in meta %}<tr><td style="padding:1px 8px;color:#555">{{ k }}</td><td style="padding:1px 0;font-weight:bold">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<table style="width:100%;margin-top:8px"><tr><td style="width:50%;vertical-align:top"><b>Bill to:</b> {{ b_name }}, {{ b_city }}</td><td style="vertical-align:top"><b>Ship to:</b> {{ b_name }} store, {{ b_city }} · Vehicle No. {{ veh }}</td></tr></table>
<table class="g"><tr><th>Sl.</th><th style="text-align:left">Description of goods</th><th>Unit</th><th class="r">Qty</th><th class="r">Rate (Nu.)</th><th class="r">Value (Nu.)</th><th class="c">GST rate</th><th class="r">GST (Nu.)</th><th class="r">Amount incl. GST (Nu.)</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.d }}</td><td class="c">{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="c">{{ it.gr }}</td><td class="r">{{ it.g }}</td><td class="r">{{ it.t }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="vertical-align:top;width:58%"><div><b>Amount in words:</b> {{ words }}</div>
<div class="small" style="margin-top:6px">Rice, salt and cooking oil are exempt supplies under the GST Act of Bhutan. Indian Rupees accepted at par. {{ term }}</div>
<div class="small" style="margin-top:6px">Bank: {{ bank }} · mBoB / ePay: {{ epay }}</div></td>
<td style="vertical-align:top"><table style="margin-left:auto;min-width:300px">{% for k, v, b in tot %}<tr><td style="padding:2px 8px{% if b %};font-weight:bold;border-top:2px solid {{ color }};font-size:11pt{% endif %}">{{ k }}</td><td class="r" style="padding:2px 0{% if b %};font-weight:bold;border-top:2px solid {{ color }};font-size:11pt{% endif %}">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<table style="width:100%;margin-top:22px" class="small"><tr><td>Received the goods in good condition: ____________</td><td style="text-align:right">For {{ v_name }} · Authorised signatory</td></tr></table>
</body></html>"""


@style("05", "bt_thimphu_tax_invoice_gst_5_landscape")
def s05(rng, i):
    vname, vaddr, color = BT_V[i]
    bname, bcity = BT_B[i]
    d = rand_date(rng, dt.date(2026, 1, 5), dt.date(2026, 11, 20))  # GST from 1 January 2026
    ex = [x for x in BT_ROWS if x[6] == "E"]
    tx = [x for x in BT_ROWS if x[6] == "T"]
    items = lines(rng, ex, rng.randint(1, 3), D("0.5")) + lines(rng, tx, rng.randint(2, 4), D("0.5"))
    rng.shuffle(items)
    for x in items:
        x["gst"] = q2(x["amount"] * D("0.05")) if x["extra"] == "T" else D(0)
    taxable = sum(x["amount"] for x in items if x["extra"] == "T")
    exempt = sum(x["amount"] for x in items if x["extra"] == "E")
    net = taxable + exempt
    gst = sum(x["gst"] for x in items)
    total = net + gst
    no = [f"TI/{d.year}/{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}", f"PVP-{rng.randint(10000, 99999)}", f"BGS/{d.strftime('%y')}/{rng.randint(10, 999):03d}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day:02d}-{MONTHS['en_short'][x.month - 1]}-{x.year}", lambda x: f"{ordinal(x.day)} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.strftime("%Y-%m-%d")][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=15), None][i]
    term = ["", "Payment: cash / mBoB on delivery.", "", "Credit 30 days from date of invoice."][i]
    po = [f"HNH/PO/{rng.randint(100, 999)}", f"RTC-{rng.randint(1000, 9999)}", None, None][i]
    po_label = "Order No."
    meta = [("Invoice No.", no), ("Invoice Date", fd(d))]
    if po:
        meta.append((po_label, po))
    meta.append(("Challan No.", f"{rng.randint(100, 999)}"))
    meta.append(("Date of supply", fd(d - dt.timedelta(days=rng.randint(0, 3)))))
    if due:
        meta.append(("Due Date", fd(due)))
    meta.append(("Customer Code", f"CUS-{rng.randint(100, 999)}"))
    nu, ch_ = divmod(int(total * 100), 100)
    words = f"Ngultrum {en_words_title(nu)}" + (f" and Chhertum {en_words_title(ch_)}" if ch_ else "") + " only"
    tot = [("Taxable value (GST 5%)", en(taxable), False), ("Exempt supplies", en(exempt), False), ("Total value", en(net), False), ("GST @ 5%", en(gst), False), ("Invoice Total (Nu.)", en(total), True)]
    ctx = dict(
        base=css(size="A4 landscape", margin="11mm 13mm", fs="8.8pt"),
        color=color,
        v_name=vname,
        v_addr=vaddr,
        lic=f"{rng.randint(1000000, 9999999)}",
        tel=f"{rng.choice(['2', '5', '8', '3'])} {digits(rng, 6)}",
        meta=meta,
        b_name=bname,
        b_city=bcity,
        veh=f"BP-{rng.randint(1, 4)}-A{rng.randint(1000, 9999)}",
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"]), "gr": "5%" if x["extra"] == "T" else "Exempt", "g": en(x["gst"]), "t": en(x["amount"] + x["gst"])} for x in items],
        words=words,
        term=term,
        bank=f"{rng.choice(['Bank of Bhutan', 'Bhutan National Bank', 'Druk PNB Bank'])} A/c {digits(rng, 9, True)}",
        epay=f"17{digits(rng, 6)}",
        tot=tot,
    )
    notes = (
        "Thimphu / Phuentsholing / Paro / Bumthang grocery wholesaler's TAX INVOICE on a landscape page in English in ngultrum (Nu., '1,234.50'), with the Bhutanese GST 5 % (in force from 1 January 2026) per row and exempt rice, salt and cooking oil ('Exempt' in the rate column), and the total in words in ngultrum and chhertum: vendor = the name at the top left; no vendor tax id printed (null; the trade licence number and the vehicle number are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' ("
        + ["dd/mm/yyyy", "dd-Mon-yyyy", "ordinal day, month, year ('12th March 2026')", "yyyy-mm-dd"][i]
        + "); the challan (delivery note) number and the date of supply are decoys. "
        + due_note(due, term, "Due Date")
        + po_note(po, po_label)
        + "The customer code is no PO. subtotal = 'Total value' (taxable plus exempt); tax = 'GST @ 5%'; total = 'Invoice Total (Nu.)'. Currency BTN. Line items: every row, the amount being the 'Value (Nu.)' column before GST (the last column adds the row's GST)."
    )
    t = truth(vname, None, no, po, d, due, "BTN", net, gst, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, "Invoice Total (Nu.)"], (BT_HTML.replace("@@BASE@@", ctx.pop("base")), ctx)
