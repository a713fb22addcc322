"""Chromium (HTML) styles for set 41, second part (04 Brisbane plumbing wholesaler's TAX INVOICE in English with the
amount due boxed at the TOP, GST 10 % and GST-free rows, CREDIT rows for returned goods as negative rows and a
remittance slip, 05 Surabaya packaging supplier's FAKTUR in Indonesian with a table without rules, the TOTALS at the
LEFT, PPN 12 % on the DPP nilai lain 11/12 and whole rupiah)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS
from invoice_kit import css, de, digits, en, q0, q2, qstr, rand_date, style_registry, valid
from kit_common import due_note, en_date, lines, po_note, truth
from stdnum.au import abn
from stdnum.id import npwp

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Brisbane (GST 10 %, AUD), amount due at the top, credit rows, remittance slip
BN_V = [
    ("Moreton Bay Plumbing Supplies Pty Ltd", "14 Kingsford Smith Drive, Hamilton QLD 4007", "#0369a1"),
    ("Fortitude Valley Trade Centre Pty Ltd", "220 Wickham Street, Fortitude Valley QLD 4006", "#b45309"),
    ("Brisbane Bathroom Wholesale Pty Ltd", "5 Cullen Avenue, Eagle Farm QLD 4009", "#047857"),
    ("Logan Pipe & Pump Pty Ltd", "88 Kingston Road, Underwood QLD 4119", "#6d28d9"),
]
BN_B = [
    ("Sunnybank Plumbing & Gas", "31 Mains Road, Sunnybank QLD 4109"),
    ("Redcliffe Renovations Pty Ltd", "7 Anzac Avenue, Redcliffe QLD 4020"),
    ("Paddington Property Maintenance", "102 Given Terrace, Paddington QLD 4064"),
    ("Ipswich Drainage Contractors Pty Ltd", "15 Brisbane Road, Booval QLD 4304"),
]
BN_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, gst)
    ("PVC pressure pipe DN25 x 6 m", "len", 2, 40, 18, 34, True),
    ("Copper tube 15 mm Type B x 6 m", "len", 2, 20, 48, 92, True),
    ("Mixer tap chrome, basin", "ea", 1, 12, 85, 260, True),
    ("Hot water system 250 L electric", "ea", 1, 2, 980, 1650, True),
    ("Ball valve brass 20 mm", "ea", 2, 30, 14, 32, True),
    ("PTFE thread tape 12 mm (10 pk)", "pk", 1, 20, 6, 14, True),
    ("Toilet suite close-coupled", "ea", 1, 6, 320, 690, True),
    ("Sump pump submersible 400 W", "ea", 1, 3, 240, 520, True),
    ("Delivery Brisbane metro", "ea", 1, 1, 45, 120, True),
    ("Plumbing Industry Council licence guide (book)", "ea", 1, 2, 35, 60, False),
]
BN_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
table.it{width:100%;border-collapse:collapse;margin-top:8px} table.it th{border-bottom:2px solid {{ color }};font-size:7.6pt;text-align:left;padding:3px} table.it td{padding:3px;font-size:8pt;border-bottom:1px solid #ddd} .r{text-align:right;white-space:nowrap} .small{font-size:7pt;color:#555} tr.cr td{color:#b91c1c}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="small">{{ vaddr }} · Ph (07) {{ tel }}<br>ABN {{ vid }}</div></td>
<td style="width:62mm;vertical-align:top"><div style="background:{{ color }};color:#fff;padding:6px"><div style="font-size:13pt;font-weight:bold">TAX INVOICE</div><div>Amount due: <b style="font-size:13pt">${{ total }}</b></div>{% if due %}<div>Due {{ due }}</div>{% else %}<div>{{ term }}</div>{% endif %}</div></td></tr></table>
<table style="width:100%;margin-top:10px;font-size:8.4pt"><tr><td style="vertical-align:top"><span class="small">Invoice to</span><br><b>{{ bname }}</b><br>{{ baddr }}{% if babn %}<br><span class="small">Customer ABN {{ babn }}</span>{% endif %}</td>
<td style="vertical-align:top;text-align:right">Invoice No. <b>{{ no }}</b><br>Invoice date <b>{{ date }}</b><br>Account {{ acc }}{% if po %}<br>Your order {{ po }}{% endif %}{% if dock %}<br>Delivery docket {{ dock }} ({{ ddate }}){% endif %}</td></tr></table>
<table class="it"><tr><th>Code</th><th>Description</th><th class="r">Qty</th><th>UOM</th><th class="r">Unit price ex GST</th><th class="r">Amount ex GST</th></tr>
{% for it in items %}<tr{% if it.cr %} class="cr"{% endif %}><td>{{ it.c }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:6px;font-size:8.6pt"><tr><td>Subtotal ex GST</td><td class="r">{{ net }}</td></tr><tr><td>GST 10%</td><td class="r">{{ tax }}</td></tr><tr style="font-weight:bold"><td>Total inc GST</td><td class="r">${{ total }}</td></tr></table>
<div class="small">* GST-free item. Credit lines (negative) are goods returned against earlier invoices.</div>
<div style="margin-top:14px;font-size:8pt">Pay by EFT: BSB {{ bsb }} Account {{ acct }} · Reference {{ no }}</div>
<div style="margin-top:16px;border-top:1px dashed #000;padding-top:6px;font-size:8pt"><b>REMITTANCE ADVICE</b> – please return with your payment<br>
<table style="width:100%;font-size:8pt"><tr><td>From: {{ bname }}<br>Account {{ acc }}</td><td>To: {{ vname }}<br>PO Box {{ pobox }}, Brisbane QLD 4001</td><td class="r">Invoice {{ no }}<br>Amount due ${{ total }}<br>Amount paid $________</td></tr></table></div>
</body></html>"""


@style("04", "au_bne_brisbane_tax_invoice_gst_10_credit_rows")
def s04(rng, i):
    vname, vaddr, color = BN_V[i]
    bname, baddr = BN_B[i]
    d = rand_date(rng)
    items = lines(rng, BN_ROWS, [4, 10, 6, 3][i], D("0.05"))
    credits = []
    for x in rng.sample(items, min(len(items), [1, 2, 1, 0][i])):
        q = -D(rng.randint(1, max(1, int(x["qty"]) // 2)))
        credits.append(dict(desc="CREDIT – returned: " + x["desc"], unit=x["unit"], qty=q, price=x["price"], amount=q2(q * x["price"]), extra=x["extra"]))
    items += credits
    net = sum(x["amount"] for x in items)
    gbase = sum(x["amount"] for x in items if x["extra"])
    tax = q2(gbase * D("0.10"))
    total = net + tax
    vid = valid(rng, lambda: digits(rng, 11, True), abn.is_valid)
    vfmt = f"{vid[:2]} {vid[2:5]} {vid[5:8]} {vid[8:]}"
    babn = valid(rng, lambda: digits(rng, 11, True), abn.is_valid) if i != 1 else None
    no = [f"INV{rng.randint(100000, 999999)}", f"{rng.randint(300000, 399999)}", f"BBW-{rng.randint(10000, 99999)}", f"LP{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), en_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d %b %Y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 30])) if i != 3 else None
    term = None if due else "COD – paid at pick-up"
    po = [f"SPG-{rng.randint(100, 999)}", None, f"{rng.randint(10000, 99999)}", None][i]
    dock = f"DD{rng.randint(100000, 999999)}" if i in (0, 2, 3) else None
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(3000, 3999)} {rng.randint(1000, 9999)}", vid=vfmt, total=en(total), due=fd(due) if due else None, term=term,
        bname=bname, baddr=baddr, babn=(f"{babn[:2]} {babn[2:5]} {babn[5:8]} {babn[8:]}" if babn else None), no=no, date=fd(d), acc=f"{bname[:3].upper()}{rng.randint(100, 999)}", po=po,
        dock=dock, ddate=fd(d - dt.timedelta(days=rng.randint(1, 9))),
        items=[{"c": f"{rng.choice('PCVHT')}{rng.randint(1000, 9999)}", "d": x["desc"] + ("" if x["extra"] else " *"), "q": qstr(x["qty"]), "u": x["unit"], "p": en(x["price"]), "a": en(x["amount"]), "cr": x["qty"] < 0} for x in items],
        net=en(net), tax=en(tax), bsb=f"0{rng.randint(64, 84)}-{rng.randint(100, 999)}", acct=digits(rng, 8), pobox=rng.randint(100, 9999),
    )
    notes = (
        "Brisbane (Queensland, Australia) plumbing wholesaler's TAX INVOICE in English with the AMOUNT DUE boxed at the TOP right, '1,234.56' dollars, GST 10 % with GST-free rows marked '*', "
        + ("CREDIT rows for returned goods as NEGATIVE rows (negative quantity and amount) netted in the subtotal, " if credits else "no credit rows this time, ")
        + "and a REMITTANCE ADVICE slip at the foot repeating the invoice number and amount: vendor = the name at the top; vendor_tax_id = its 'ABN' as printed with spaces (the customer ABN, the BSB and account are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice date' (" + ["dd/mm/yyyy", "'12 March 2026'", "dd/mm/yyyy", "'12 Mar 2026'"][i] + "); the delivery docket and its date, and the customer account are decoys. "
        + due_note(due, term, "Due")
        + po_note(po, "Your order")
        + "subtotal = 'Subtotal ex GST'; tax = 'GST 10%'; total = 'Total inc GST' = the amount due. Currency AUD. Line items: every row, the credits negative."
    )
    t = truth(vname, vfmt, no, po, d, due, "AUD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vfmt, "Total inc GST", fd(due) if due else None, dock, "REMITTANCE ADVICE"]}
    return t, chk, (BN_HTML.replace("@@BASE@@", css(margin="12mm 14mm", fs="8.6pt")), ctx)


# =========================================================================== 05 Surabaya (PPN 12 % on DPP nilai lain 11/12, IDR), no rules, totals at the left
SB_V = [
    ("PT Kemasan Jaya Surabaya", "Jl. Rungkut Industri III No. 18, Surabaya 60293", "#991b1b"),
    ("CV Karya Plastik Tandes", "Jl. Tandes Kidul No. 45, Surabaya 60187", "#1d4ed8"),
    ("PT Sinar Kardus Margomulyo", "Kawasan Pergudangan Margomulyo Blok C-7, Surabaya 60183", "#166534"),
    ("PT Tanjung Perak Packaging", "Jl. Perak Timur No. 120, Surabaya 60164", "#7c2d12"),
]
SB_B = [
    ("PT Sambal Nusantara Sidoarjo", "Jl. Raya Waru No. 9, Sidoarjo"),
    ("PT Kopi Kapal Api Mandiri", "Jl. Kenjeran No. 300, Surabaya"),
    ("UD Kerupuk Udang Gresik", "Jl. Veteran No. 77, Gresik"),
    ("PT Minuman Segar Jawa Timur", "Jl. Raya Pasuruan km 12, Pasuruan"),
]
SB_ROWS = [
    ("Kardus karton B-flute 30x20x15 cm", "pcs", 500, 8000, 1450, 3200),
    ("Kardus karton C-flute 40x30x30 cm", "pcs", 200, 4000, 3800, 7900),
    ("Plastik standing pouch 250 g zipper", "pcs", 1000, 20000, 650, 1450),
    ("Botol PET 600 ml", "pcs", 1000, 15000, 900, 1600),
    ("Tutup botol 28 mm", "pcs", 1000, 20000, 140, 320),
    ("Lakban coklat 48 mm x 100 yard", "roll", 24, 600, 11500, 18500),
    ("Stretch film 50 cm x 300 m", "roll", 10, 200, 85000, 140000),
    ("Cetak sablon logo 2 warna", "pcs", 500, 8000, 250, 600),
    ("Ongkos kirim truk engkel", "rit", 1, 4, 450000, 950000),
]
SB_HTML = """<html lang="id"><head><meta charset="utf-8"><style>@@BASE@@
table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{font-size:7.6pt;text-align:left;padding:3px;color:{{ color }}} table.it td{padding:3px;font-size:8pt} .r{text-align:right;white-space:nowrap} .small{font-size:7pt;color:#555}
</style></head><body>
<div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="small">{{ vaddr }} · Telp. (031) {{ tel }}<br>NPWP: {{ vid }} · NIB: {{ nib }}</div>
<div style="font-size:14pt;font-weight:bold;margin-top:12px;letter-spacing:2px">FAKTUR PENJUALAN</div>
<table style="width:100%;font-size:8.4pt;margin-top:4px"><tr><td style="vertical-align:top;width:50%">Nomor Faktur: <b>{{ no }}</b><br>Tanggal: <b>{{ date }}</b>{% if due %}<br>Jatuh Tempo: <b>{{ due }}</b>{% endif %}{% if po %}<br>No. PO: {{ po }}{% endif %}{% if sj %}<br>Surat Jalan: {{ sj }}{% endif %}</td>
<td style="vertical-align:top">Kepada Yth.<br><b>{{ bname }}</b><br>{{ baddr }}<br><span class="small">NPWP pembeli: {{ bid }}</span></td></tr></table>
<table class="it"><tr><th>No</th><th>Nama Barang / Jasa</th><th class="r">Kuantum</th><th>Satuan</th><th class="r">Harga Satuan (Rp)</th><th class="r">Jumlah (Rp)</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:14px"><tr><td style="vertical-align:top;width:52%"><table style="font-size:8.6pt">
<tr><td>Harga Jual / Penggantian</td><td class="r">Rp {{ net }}</td></tr>
<tr><td>Dasar Pengenaan Pajak (DPP Nilai Lain 11/12)</td><td class="r">Rp {{ dpp }}</td></tr>
<tr><td>PPN 12% x DPP</td><td class="r">Rp {{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:10pt"><td style="border-top:2px solid {{ color }}">TOTAL TAGIHAN</td><td class="r" style="border-top:2px solid {{ color }}">Rp {{ total }}</td></tr></table>
<div style="font-size:7.8pt;margin-top:6px"><i>Terbilang: {{ words }}</i></div></td>
<td style="vertical-align:top;font-size:7.8pt">Pembayaran ditransfer ke:<br>{{ bank }} a.n. {{ vname }}<br>No. Rek. {{ acct }}<br><br>{{ term }}<br><br>Surabaya, {{ dlong }}<br><br><br>( {{ signer }} )</td></tr></table>
<div class="small" style="margin-top:10px">Faktur Pajak elektronik No. {{ fp }} diterbitkan melalui Coretax DJP.</div>
</body></html>"""

_ID_ONES = "nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas".split()


def id_words(n):
    """Indonesian amount in words."""
    n = int(n)
    if n < 12:
        return _ID_ONES[n]
    if n < 20:
        return _ID_ONES[n - 10] + " belas"
    if n < 100:
        return _ID_ONES[n // 10] + " puluh" + (" " + _ID_ONES[n % 10] if n % 10 else "")
    if n < 200:
        return "seratus" + (" " + id_words(n - 100) if n > 100 else "")
    if n < 1000:
        return _ID_ONES[n // 100] + " ratus" + (" " + id_words(n % 100) if n % 100 else "")
    if n < 2000:
        return "seribu" + (" " + id_words(n - 1000) if n > 1000 else "")
    for size, name in ((10**9, "miliar"), (10**6, "juta"), (1000, "ribu")):
        if n >= size:
            return id_words(n // size) + " " + name + (" " + id_words(n % size) if n % size else "")
    return ""


@style("05", "id_sub_surabaya_faktur_ppn_12_dpp_totals_left")
def s05(rng, i):
    vname, vaddr, color = SB_V[i]
    bname, baddr = SB_B[i]
    d = rand_date(rng, start=dt.date(2025, 2, 3))
    items = lines(rng, SB_ROWS, [2, 5, 8, 4][i], D("5"))
    net = sum(x["amount"] for x in items)
    dpp = q0(net * 11 / 12)
    tax = q0(dpp * D("0.12"))
    total = net + tax
    vid = valid(rng, lambda: "0" + digits(rng, 15), npwp.is_valid)
    vfmt = vid
    no = [f"INV/{d.year}/{d.month:02d}/{rng.randint(1000, 9999)}", f"KPT-{rng.randint(10000, 99999)}", f"SKM/{rng.randint(100, 999)}/{d.strftime('%m')}/{d.year}", f"TPP{d.strftime('%y%m')}{rng.randint(100, 999)}"][i]
    idl = lambda x: f"{x.day} {MONTHS['id'][x.month - 1]} {x.year}"  # noqa: E731
    fd = [lambda x: x.strftime("%d/%m/%Y"), idl, lambda x: x.strftime("%d-%m-%Y"), idl][i]
    due = d + dt.timedelta(days=rng.choice([14, 30, 45])) if i != 2 else None
    term = f"Pembayaran paling lambat {(due - d).days} hari setelah tanggal faktur." if due else "Pembayaran tunai (COD)."
    po = [f"PO-{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}/PO/{d.year}", None, f"4500{rng.randint(100000, 999999)}"][i]
    sj = f"SJ-{rng.randint(10000, 99999)}" if i != 1 else None
    m = lambda x: de(x, 0)  # noqa: E731
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(3000000, 8999999)}", vid=vfmt, nib=digits(rng, 13, True), no=no, date=fd(d), due=fd(due) if due else None, po=po, sj=sj,
        bname=bname, baddr=baddr, bid=valid(rng, lambda: "0" + digits(rng, 15), npwp.is_valid),
        items=[{"d": x["desc"], "q": de(x["qty"], 0), "u": x["unit"], "p": m(x["price"]), "a": m(x["amount"])} for x in items],
        net=m(net), dpp=m(dpp), tax=m(tax), total=m(total), words=id_words(total).capitalize() + " rupiah",
        bank=rng.choice(["Bank Central Asia", "Bank Mandiri", "Bank Negara Indonesia", "Bank Rakyat Indonesia"]), acct=digits(rng, 10), term=term, dlong=idl(d),
        signer=rng.choice(["Budi Santoso", "Siti Rahayu", "Hendra Wijaya", "Dewi Lestari"]), fp=f"04002{d.strftime('%y')}{digits(rng, 8)}",
    )
    notes = (
        "Surabaya (East Java, Indonesia) packaging supplier's FAKTUR PENJUALAN in Indonesian with a table WITHOUT rules and the TOTALS at the LEFT under it, whole rupiah with dots ('1.234.567'), PPN 12 % on the 'DPP Nilai Lain 11/12' (the effective 11 % since 2025), the total in Indonesian words, the signature block beside the totals: "
        "vendor = the name at the top; vendor_tax_id = its 'NPWP' (16 digits; the NIB, the buyer's NPWP, the account and the e-Faktur Pajak number are decoys). "
        "invoice_number = 'Nomor Faktur'; invoice_date = 'Tanggal' (" + ["dd/mm/yyyy", "Indonesian words", "dd-mm-yyyy", "Indonesian words"][i] + "; the place-and-date line repeats it). "
        + due_note(due, None if due else "Pembayaran tunai (COD)", "Jatuh Tempo")
        + po_note(po, "No. PO")
        + "subtotal = 'Harga Jual / Penggantian' (the DPP nilai lain is NOT the subtotal, a decoy); tax = 'PPN 12% x DPP'; total = 'TOTAL TAGIHAN'. Currency IDR. Line items: every row."
    )
    t = truth(vname, vfmt, no, po, d, due, "IDR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vfmt, "TOTAL TAGIHAN", fd(due) if due else None, sj, m(dpp), ctx["fp"]]}
    return t, chk, (SB_HTML.replace("@@BASE@@", css(margin="13mm 14mm", fs="8.6pt")), ctx)
