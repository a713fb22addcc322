"""Chromium (HTML) styles for set 27, second part (04 Batam machining and fabrication workshop's invoice in Indonesian
in rupiah with the PPN not collected in the Batam free trade zone (PPN 'tidak dipungut', Rp 0), a down payment
deducted below the total and a delivery note, 05 Juneau marine repair shop's invoice in English in US dollars with the
City and Borough of Juneau sales tax 5 %, labour and parts tables, an amount-due box at the top and a remittance stub
at the foot)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import id_date, rows
from kit_common import due_note, po_note, truth, valid_id
from invoice_kit import de, digits, en, q0, q2, qstr, rand_date, style_registry
from kit_common import html_head, us_date
from stdnum.id import npwp as id_npwp

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Batam workshop (PPN not collected in the FTZ, IDR), down payment deducted
BT_V = [
    ("PT Batam Presisi Teknik", "Kawasan Industri Batamindo Blok C No. 12, Muka Kuning", "#b91c1c"),
    ("CV Sekupang Marine Works", "Jl. R.E. Martadinata No. 8, Sekupang", "#0369a1"),
    ("PT Kabil Fabrikasi Mandiri", "Kawasan Industri Kabil Blok D-5, Nongsa", "#15803d"),
    ("PT Tanjung Uncang Baja Utama", "Jl. Brigjen Katamso Km. 4, Tanjung Uncang", "#6d28d9"),
]
BT_B = [
    ("PT Samudera Lintas Kepri", "Batu Ampar, Batam"),
    ("PT Galangan Kapal Nusantara Batam", "Tanjung Uncang, Batam"),
    ("PT Elektronika Prima Batam", "Batam Centre, Batam"),
    ("PT Pelayaran Selat Riau", "Harbour Bay, Batam"),
]
BT_ROWS = [
    ("Jasa bubut poros baling-baling (shaft turning)", "unit", 1, 2, 3500000, 9500000),
    ("Fabrikasi bracket stainless SUS304", "pcs", 4, 40, 185000, 650000),
    ("Jasa las argon (TIG)", "jam", 4, 40, 150000, 275000),
    ("Pelat baja SS400 tebal 10 mm", "kg", 100, 900, 14500, 19500),
    ("Jasa machining flange 8 inch", "pcs", 2, 12, 450000, 1200000),
    ("Sandblasting dan pengecatan", "m2", 10, 120, 85000, 160000),
    ("Pipa seamless SCH40 4 inch", "m", 6, 60, 420000, 690000),
]

BT_HTML = """@@HEAD@@
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ v_name }}</div>
<div>{{ v_addr }}<br>Batam, Kepulauan Riau {{ zip }} · Telp. (0778) {{ tel }}<br>NPWP: {{ npwp }} · NIB: {{ nib }}</div></td>
<td style="vertical-align:top;text-align:right"><div style="font-size:22pt;letter-spacing:2px;color:{{ color }}">INVOICE</div>
<table style="margin-left:auto">{% for k, v in meta %}<tr><td style="padding:1px 8px;color:#666">{{ k }}</td><td class="r" style="padding:1px 0">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:14px;background:#f3f4f6;padding:6px 10px"><span style="color:#666">Kepada Yth.</span><br><b>{{ b_name }}</b><br>{{ b_addr }}</div>
<table class="it" style="border:1px solid #bbb"><tr style="background:{{ color }};color:#fff"><th>No</th><th style="text-align:left">Uraian</th><th>Qty</th><th>Satuan</th><th class="r">Harga Satuan (Rp)</th><th class="r">Jumlah (Rp)</th></tr>
{% for it in items %}<tr style="border-top:1px solid #ddd"><td class="c">{{ loop.index }}</td><td>{{ it.d }}</td><td class="c">{{ it.q }}</td><td class="c">{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin:12px 0 0 auto;min-width:390px">{% for k, v, b in tot %}<tr><td style="padding:3px 10px{% if b %};font-weight:bold;border-top:1px solid #333{% endif %}">{{ k }}</td><td class="r" style="padding:3px 0{% if b %};font-weight:bold;border-top:1px solid #333{% endif %}">{{ v }}</td></tr>{% endfor %}</table>
<div style="margin-top:10px"><i>Terbilang: {{ words }}</i></div>
<div style="margin-top:12px" class="small">PPN tidak dipungut: penyerahan jasa dan barang di dalam Kawasan Perdagangan Bebas dan Pelabuhan Bebas (KPBPB) Batam sesuai PP No. 41 Tahun 2021. {{ term }}</div>
<div style="margin-top:10px">Pembayaran ke: {{ bank }} · No. Rek. {{ acct }} a.n. {{ v_name }}</div>
<table style="width:100%;margin-top:34px"><tr><td class="c">Diterima oleh,<br><br><br>(______________)</td><td class="c">Hormat kami,<br><br><br>({{ signer }})</td></tr></table>
</body></html>"""

_ID1 = "nol satu dua tiga empat lima enam tujuh delapan sembilan".split()


def _id999(n):
    h, r = divmod(n, 100)
    parts = []
    if h:
        parts.append("seratus" if h == 1 else _ID1[h] + " ratus")
    if r:
        if r < 10:
            parts.append(_ID1[r])
        elif r == 10:
            parts.append("sepuluh")
        elif r == 11:
            parts.append("sebelas")
        elif r < 20:
            parts.append(_ID1[r - 10] + " belas")
        else:
            t, u = divmod(r, 10)
            parts.append(_ID1[t] + " puluh" + (" " + _ID1[u] if u else ""))
    return " ".join(parts)


def id_words(n):
    """Indonesian words for a whole number ('seribu', 'seratus', 'satu juta'), capitalised as 'Terbilang' lines print."""
    n = int(n)
    parts = []
    for div, name in ((10**9, "miliar"), (10**6, "juta"), (1000, "ribu"), (1, "")):
        k, n = divmod(n, div)
        if k:
            parts.append("seribu" if div == 1000 and k == 1 else _id999(k) + (" " + name if name else ""))
    return " ".join(w.capitalize() for w in " ".join(parts).split())


@style("04", "id_batam_invoice_ppn_tidak_dipungut_dp")
def s04(rng, i):
    vname, vaddr, color = BT_V[i]
    bname, baddr = BT_B[i]
    d = rand_date(rng)
    items = rows(rng, BT_ROWS, rng.randint(3, 5), 500)
    net = sum(x["amount"] for x in items)
    total = net
    dp = q0(total * D(rng.choice(["0.3", "0.4", "0.5"])) / 1000) * 1000
    npwp = valid_id(rng, 15, id_npwp.is_valid, prefix="0")
    npwp_f = f"{npwp[0:2]}.{npwp[2:5]}.{npwp[5:8]}.{npwp[8]}-{npwp[9:12]}.{npwp[12:15]}"
    no = [f"INV/{d.year}/{d.month:02d}/{rng.randint(1, 299):04d}", f"{rng.randint(100, 999)}/SMW/{['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][d.month - 1]}/{d.year}", f"KFM-{rng.randint(10000, 99999)}", f"TU{d.strftime('%y%m')}{rng.randint(10, 99)}"][i]
    fd = [id_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), id_date][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=14), None][i]
    term = ["", "Pembayaran: 30 hari setelah barang diterima.", "", ""][i]
    po = [f"PO-{rng.randint(1000, 9999)}/{d.year}", f"{rng.randint(100, 999)}/PO/{d.year}", None, f"SLK-PO-{rng.randint(100, 999)}"][i]
    dn = f"SJ-{rng.randint(1000, 9999)}"
    meta = [("No. Invoice", no), ("Tanggal", fd(d))]
    if po:
        meta.append(("No. PO", po))
    meta.append(("No. Surat Jalan", dn))
    if due:
        meta.append(("Jatuh Tempo", fd(due)))
    rp = lambda x: "Rp " + de(x, 0)  # noqa: E731
    tot = [
        ("Subtotal", rp(net), False),
        ("PPN (tidak dipungut, KPBPB Batam)", rp(0), False),
        ("Total", rp(total), True),
        (f"Dikurangi Uang Muka (DP) – invoice {no.split('/')[0]}-DP", "(" + rp(dp) + ")", False),
        ("Sisa Tagihan", rp(total - dp), False),
    ]
    ctx = dict(
        color=color,
        v_name=vname,
        v_addr=vaddr,
        zip=rng.choice(["29433", "29422", "29467", "29425"]),
        tel=digits(rng, 6, True),
        npwp=npwp_f,
        nib=digits(rng, 13, True),
        meta=meta,
        b_name=bname,
        b_addr=baddr,
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": de(x["price"], 0), "a": de(x["amount"], 0)} for x in items],
        tot=tot,
        words=id_words(total) + " Rupiah",
        term=term,
        bank=rng.choice(["Bank Mandiri KCP Batam Center", "BCA KCU Batam", "BNI Cabang Batam"]),
        acct=digits(rng, 13, True),
        signer=rng.choice(["Hendra Wijaya", "Siti Rahmawati", "Agus Salim", "Lina Hartono"]),
    )
    notes = (
        "Batam (free trade zone, KPBPB) machining and fabrication workshop's INVOICE in Indonesian in rupiah: the PPN is not collected in the Batam FTZ ('PPN (tidak dipungut, KPBPB Batam) Rp 0'), a down payment deducted below the total and the balance ('Sisa Tagihan'), the total in words ('Terbilang'): vendor = the company name at the top left; vendor_tax_id = 'NPWP' as printed with its dots (the NIB is a decoy). "
        "invoice_number = 'No. Invoice'; invoice_date = 'Tanggal' ("
        + ["'12 Maret 2026'", "dd/mm/yyyy", "dd-mm-yyyy", "'12 Maret 2026'"][i]
        + "). "
        + due_note(due, term, "Jatuh Tempo")
        + po_note(po, "No. PO")
        + "The delivery note ('No. Surat Jalan') is a decoy. subtotal = 'Subtotal'; tax = the printed PPN row, Rp 0 (0.00); total = 'Total'. The down payment and 'Sisa Tagihan' are decoys. Currency IDR. Amounts 'Rp 1.234.500'. Line items: every row (quantity = units, pieces, hours, kg, m2, m)."
    )
    t = truth(vname, npwp_f, no, po, d, due, "IDR", net, D(0), total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, npwp_f, "Sisa Tagihan"], (BT_HTML.replace("@@HEAD@@", html_head(margin="14mm 14mm", fs="9pt")), ctx)


# =========================================================================== 05 Juneau marine repair (CBJ sales tax 5 %, USD), amount-due box at the top, remittance stub
AK_V = [
    ("Gastineau Channel Marine Repair", "1850 Harbor Way", "Juneau, AK 99801", "#1e3a8a"),
    ("Auke Bay Outboard & Diesel", "11745 Glacier Hwy", "Juneau, AK 99801", "#0f766e"),
    ("Douglas Island Boat Works LLC", "3010 Douglas Hwy", "Douglas, AK 99824", "#9a3412"),
    ("Mendenhall Marine Electric", "8745 Airport Blvd", "Juneau, AK 99801", "#374151"),
]
AK_B = [
    ("F/V Northern Dawn", "Kessler Fisheries LLC, PO Box 33412, Juneau, AK 99803"),
    ("Alaska Glacier Tours Inc.", "76 Egan Dr, Juneau, AK 99801"),
    ("M/V Sitka Spruce", "Tongass Charters, PO Box 240811, Douglas, AK 99824"),
    ("CBJ Docks & Harbors", "155 Heritage Way, Juneau, AK 99801"),
]
AK_LAB = [
    ("Diagnose and repair raw-water cooling system", "hr", 2, 8, "125", "165"),
    ("Replace lower unit seals and gear oil", "hr", 1, 5, "125", "165"),
    ("Haul-out, pressure wash and block", "hr", 1, 4, "110", "150"),
    ("Rewire helm station and install chartplotter", "hr", 3, 12, "115", "155"),
    ("Hydraulic steering service", "hr", 1, 6, "125", "165"),
]
AK_PARTS = [
    ("Impeller kit, Johnson 09-1027B", "ea", 1, 3, "48.00", "89.00"),
    ("Zinc anode set", "set", 1, 2, "65.00", "140.00"),
    ("Marine wire 10 AWG tinned, 100 ft", "roll", 1, 3, "78.00", "129.00"),
    ("Racor fuel filter element 2040PM", "ea", 2, 6, "18.50", "32.00"),
    ("Gear lube, quart", "qt", 2, 6, "14.50", "22.00"),
    ("Hydraulic fluid, gallon", "gal", 1, 4, "39.00", "62.00"),
    ("Bottom paint, gallon", "gal", 1, 4, "189.00", "289.00"),
]

AK_HTML = """@@HEAD@@
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ v_name }}</div>
<div>{{ v_street }}<br>{{ v_city }}<br>(907) {{ tel }} · Alaska Business License #{{ lic }}</div></td>
<td style="vertical-align:top;width:230px"><div style="border:2px solid {{ color }};padding:8px"><div style="font-size:14pt;font-weight:bold">INVOICE</div>
{% for k, v in meta %}<div>{{ k }}: {{ v }}</div>{% endfor %}<div style="margin-top:6px;font-size:11pt" class="b">{{ box_label }} {{ box }}</div></div></td></tr></table>
<table style="width:100%;margin-top:14px"><tr><td style="vertical-align:top"><span class="small">BILL TO</span><br><b>{{ b_name }}</b><br>{{ b_addr }}</td>
<td style="vertical-align:top"><span class="small">VESSEL / JOB</span><br>Work Order {{ wo }} · Hull ID {{ hull }}<br>Completed {{ done }}</td></tr></table>
<div style="margin-top:12px" class="b">Labor</div>
<table class="it" style="margin-top:2px"><tr style="border-bottom:1px solid #333"><th style="text-align:left">Description</th><th class="r">Hours</th><th class="r">Rate</th><th class="r">Amount</th></tr>
{% for it in lab %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<div style="margin-top:10px" class="b">Parts</div>
<table class="it" style="margin-top:2px"><tr style="border-bottom:1px solid #333"><th style="text-align:left">Part</th><th class="r">Qty</th><th class="r">Unit Price</th><th class="r">Amount</th></tr>
{% for it in parts %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin:12px 0 0 auto;min-width:280px">{% for k, v, b in tot %}<tr><td style="padding:2px 10px{% if b %};font-weight:bold;border-top:1px solid #333{% endif %}">{{ k }}</td><td class="r" style="padding:2px 0{% if b %};font-weight:bold;border-top:1px solid #333{% endif %}">{{ v }}</td></tr>{% endfor %}</table>
<div class="small" style="margin-top:10px">{{ term }}City and Borough of Juneau sales tax (5%) applies to labor and parts. No State of Alaska sales tax. Thank you for your business!</div>
<div style="margin-top:40px;border-top:1px dashed #555;padding-top:8px"><div class="small">✂ Please detach and return this portion with your payment</div>
<table style="width:100%;margin-top:6px"><tr><td>{{ v_name }}<br>{{ v_street }}, {{ v_city }}</td><td>Invoice {{ no }}<br>Customer {{ cust }}</td><td>{{ box_label }} <b>{{ box }}</b><br>Amount enclosed $__________</td></tr></table></div>
</body></html>"""


@style("05", "us_ak_juneau_marine_repair_sales_tax_5")
def s05(rng, i):
    vname, vstreet, vcity, color = AK_V[i]
    bname, baddr = AK_B[i]
    d = rand_date(rng)
    lab = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(AK_LAB, rng.randint(1, 3)):
        q = D(rng.randint(qlo * 2, qhi * 2)) / 2
        p = D(rng.randrange(int(lo), int(hi) + 1, 5))
        lab.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    parts = rows(rng, [(a, b, c, e, float(f), float(g)) for a, b, c, e, f, g in AK_PARTS], rng.randint(2, 4), "0.01")
    items = lab + parts
    ltot = sum(x["amount"] for x in lab)
    ptot = sum(x["amount"] for x in parts)
    net = ltot + ptot
    tax = q2(net * D("0.05"))
    total = net + tax
    deposit = [None, q2(total * D("0.25")), None, q2(total * D("0.5"))][i]
    deposit = deposit.quantize(D("1")) if deposit else None
    no = [f"{rng.randint(10000, 19999)}", f"AB-{rng.randint(2000, 6999)}", f"{d.strftime('%y')}-{rng.randint(100, 999)}", f"ME{rng.randint(40000, 49999)}"][i]
    fd = [lambda x: x.strftime("%m/%d/%Y"), us_date, lambda x: x.strftime("%m/%d/%y"), lambda x: x.strftime("%b %d, %Y")][i]
    due = [d + dt.timedelta(days=30), None, None, d + dt.timedelta(days=30)][i]
    term = ["", "Terms: Net 15. ", "Due upon completion. ", ""][i]
    po = [None, f"AGT-{rng.randint(1000, 9999)}", None, f"{rng.randint(26000, 26999)}"][i]
    meta = [("Invoice #", no), ("Date", fd(d))]
    if po:
        meta.append(("P.O. #", po))
    if due:
        meta.append(("Due Date", fd(due)))
    m = lambda x: "$" + en(x)  # noqa: E731
    tot = [("Labor", m(ltot), False), ("Parts", m(ptot), False), ("Subtotal", m(net), False), ("CBJ Sales Tax 5%", m(tax), False), ("Total", m(total), True)]
    if deposit:
        tot += [("Less deposit received", "-" + m(deposit), False), ("Balance Due", m(total - deposit), True)]
    box_label = "Balance Due" if deposit else "Amount Due"
    ctx = dict(
        color=color,
        v_name=vname,
        v_street=vstreet,
        v_city=vcity,
        tel=f"{rng.randint(500, 799)}-{digits(rng, 4)}",
        lic=digits(rng, 7, True),
        meta=meta,
        box_label=box_label,
        box=m(total - deposit if deposit else total),
        b_name=bname,
        b_addr=baddr,
        wo=f"WO-{rng.randint(3000, 8999)}",
        hull=f"{rng.choice(['ABC', 'GLX', 'BWC', 'HIN'])}{digits(rng, 5)}{rng.choice('ABCDEFGHJK')}{digits(rng, 3)}",
        done=fd(d - dt.timedelta(days=rng.randint(0, 4))),
        lab=[{"d": x["desc"], "q": qstr(x["qty"]), "p": m(x["price"]), "a": m(x["amount"])} for x in lab],
        parts=[{"d": x["desc"], "q": qstr(x["qty"]), "p": m(x["price"]), "a": m(x["amount"])} for x in parts],
        tot=tot,
        term=term,
        no=no,
        cust=f"{rng.randint(1000, 9999)}",
    )
    notes = (
        "Juneau (Alaska) marine repair shop's INVOICE in English in US dollars with the City and Borough of Juneau sales tax at 5 % on labour and parts (Alaska has no state sales tax): a boxed header at the top right with the amount due, labour and parts tables, a remittance stub at the foot: vendor = the company name at the top left; no vendor tax id (null; the Alaska business licence number is a decoy). "
        "invoice_number = 'Invoice #'; invoice_date = 'Date' ("
        + ["mm/dd/yyyy", "'March 12, 2026'", "mm/dd/yy", "'Mar 12, 2026'"][i]
        + "); the completion date is a decoy. "
        + due_note(due, term.strip().rstrip("."), "Due Date")
        + po_note(po, "P.O. #")
        + "Work order, hull id and customer number are decoys. subtotal = 'Subtotal' (labour + parts); tax = 'CBJ Sales Tax 5%'; total = 'Total'. "
        + ("'Less deposit received' and 'Balance Due' (in the box and on the stub) are decoys. " if deposit else "The amount due in the box and on the stub repeats the total. ")
        + "Currency USD. Amounts '$1,234.50'. Line items: every labour row (quantity = hours) and every part row."
    )
    t = truth(vname, None, no, po, d, due, "USD", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, "CBJ Sales Tax 5%"], (AK_HTML.replace("@@HEAD@@", html_head(margin="13mm 15mm", fs="9pt")), ctx)
