"""Chromium (HTML) styles for set 64, second part (04 Yogyakarta faktur penjualan in Indonesian with the seller's facts
in a coloured LEFT SIDEBAR of small-capital labels above their values, a table without rules whose descriptions wrap,
PPN 12 % on the DPP nilai lain (11/12), a potongan harga, an uang muka taken off below the total and the total in
words; 05 Salelologa (Savai'i, Samoa) hardware account shaped as a statement: the amounts in a band at the TOP, each
fact's LABEL ENDING a line of text with the value on the next line, VAGST 15 %, a balance brought forward and a
remittance slip to tear off)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, id_npwp, id_words
from invoice_kit import css, de, digits, en, q0, q2, qstr, rand_date, style_registry
from kit_common import bars_svg, due_note, lines, po_note, truth

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Yogyakarta (PPN 12 % on DPP 11/12, IDR), left sidebar
YG_V = [
    ("PT Batik Sekar Jagad Mataram", "Jl. Prawirotaman No. 27, Mergangsan, Kota Yogyakarta 55153", "#6b3a1f", "BSJ"),
    ("CV Perak Kotagede Lestari", "Jl. Mondorakan No. 8, Kotagede, Kota Yogyakarta 55172", "#2f4858", "PKL"),
    ("PT Katering Gudeg Wijilan Nusantara", "Jl. Wijilan No. 14, Panembahan, Kraton, Yogyakarta 55131", "#7a4b00", "GWN"),
    ("PT Gamelan Sleman Karya Abadi", "Jl. Kaliurang Km 9,5, Ngaglik, Kab. Sleman, D.I. Yogyakarta 55581", "#1f4e3d", "GSK"),
]
YG_B = [
    ("PT Hotel Malioboro Indah", "Jl. Malioboro No. 60, Yogyakarta 55213"),
    ("Toko Souvenir Borobudur Jaya", "Jl. Badrawati, Borobudur, Kab. Magelang, Jawa Tengah 56553"),
    ("Universitas Gadjah Mada – Fakultas Ilmu Budaya", "Jl. Nusantara 1, Bulaksumur, Sleman 55281"),
    ("Dinas Kebudayaan Kabupaten Bantul", "Jl. Parangtritis Km 12, Bantul 55752"),
]
YG_ROWS = [  # (desc, unit, qlo, qhi, lo, hi)
    [("Kain batik tulis motif Parang Rusak, katun primisima, 2,5 m, pewarna alam soga", "lembar", 5, 40, 850000, 2400000), ("Kemeja batik cap motif Kawung, lengan panjang, ukuran M–XL untuk seragam staf hotel", "pcs", 20, 120, 185000, 420000),
     ("Taplak meja batik motif Truntum 150 x 250 cm untuk restoran", "pcs", 10, 60, 165000, 390000), ("Selendang sutra batik motif Sido Mukti", "pcs", 5, 30, 320000, 780000)],
    [("Cincin perak 925 filigri motif bunga, finishing oksidasi", "pcs", 20, 200, 85000, 260000), ("Miniatur Candi Borobudur perak, tinggi 12 cm, kotak kayu jati", "pcs", 5, 40, 650000, 1850000),
     ("Bros perak motif kupu-kupu, sepuh emas", "pcs", 20, 150, 75000, 190000), ("Kalung perak rantai Singapur 45 cm", "pcs", 20, 120, 120000, 340000)],
    [("Nasi gudeg komplit (ayam kampung, telur, krecek, tahu) dalam besek bambu", "porsi", 100, 600, 28000, 55000), ("Snack box: bakpia, lemper, kue lapis, air mineral 330 ml", "box", 100, 600, 15000, 32000),
     ("Wedang uwuh dan teh poci untuk rehat kopi sore", "porsi", 100, 400, 8000, 15000), ("Sewa peralatan prasmanan dan pramusaji, 6 jam", "paket", 1, 2, 1500000, 4500000)],
    [("Seperangkat gamelan Jawa laras pelog perunggu, 18 ricikan, termasuk rancakan ukir jati", "set", 1, 1, 185000000, 320000000), ("Kendang ciblon kulit kambing, kayu nangka", "pcs", 1, 6, 2800000, 5500000),
     ("Pengiriman dan penyetelan (stem) di lokasi, 2 hari kerja", "paket", 1, 1, 2500000, 6500000), ("Gong ageng perunggu diameter 90 cm", "pcs", 1, 2, 28000000, 46000000)],
]
YG_HTML = """<html lang="id"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:absolute;left:0;top:0;bottom:0;width:58mm;background:{{ color }};color:#fff;padding:10mm 6mm;box-sizing:border-box}
.side .sl{font-variant:small-caps;letter-spacing:.6px;font-size:7.6pt;color:#f3e6d8;margin-top:9px} .side .sv{font-size:8.6pt;font-weight:bold}
.main{margin-left:64mm;margin-right:10mm;padding-top:10mm} table.it{width:100%;border-collapse:collapse;margin-top:10px}
table.it th{font-size:7.4pt;text-align:left;padding:5px 4px;color:{{ color }};font-variant:small-caps;letter-spacing:.4px} table.it th.r{text-align:right} table.it td{padding:5px 4px;font-size:8.4pt;vertical-align:top}
table.it tr:nth-child(even) td{background:#f6f1ec} .r{text-align:right;white-space:nowrap} table.k td{padding:1px 8px 1px 0;font-size:8.6pt}
table.t td{padding:2px 0 2px 14px;font-size:8.8pt}
</style></head><body>
<div class="side"><div style="font-family:'DejaVu Serif',serif;font-size:15pt;font-weight:bold;line-height:1.15">{{ vname }}</div>
<div style="font-size:7.8pt;margin-top:6px">{{ vaddr }}</div>
<div class="sl">npwp</div><div class="sv">{{ vid_fmt }}</div>
<div class="sl">nib</div><div class="sv">{{ nib }}</div>
<div class="sl">telepon</div><div class="sv">(0274) {{ tel }}</div>
<div class="sl">surel</div><div class="sv">{{ mail }}</div>
<div class="sl">pembayaran ke</div><div class="sv">{{ bank }}<br>No. Rek. {{ acct }}<br>a.n. {{ vname }}</div>
<div class="sl">catatan</div><div style="font-size:7.6pt">Pembayaran dianggap sah setelah dana efektif diterima di rekening kami. Mohon cantumkan nomor faktur pada berita transfer.</div>
<div style="position:absolute;bottom:10mm;font-size:7pt;color:#f3e6d8">Halaman 1 dari 1</div></div>
<div class="main">
<div style="font-size:20pt;font-weight:bold;color:{{ color }};letter-spacing:1px">FAKTUR PENJUALAN</div>
<table style="width:100%;margin-top:8px"><tr><td style="width:52%;vertical-align:top;font-size:8.6pt"><div style="color:#777;font-size:7.6pt">Kepada Yth.</div><b>{{ bname }}</b><br>{{ baddr }}<br>NPWP: {{ bnpwp }}</td>
<td style="vertical-align:top"><table class="k"><tr><td>Nomor Faktur</td><td>: <b>{{ no }}</b></td></tr><tr><td>Tanggal</td><td>: {{ d }}</td></tr>
{% if due %}<tr><td>Jatuh Tempo</td><td>: {{ due }}</td></tr>{% endif %}{% if po %}<tr><td>No. PO</td><td>: {{ po }}</td></tr>{% endif %}<tr><td>No. Surat Jalan</td><td>: {{ sj }}</td></tr><tr><td>Sales</td><td>: {{ sales }}</td></tr></table></td></tr></table>
<table class="it"><tr><th style="width:5%">No</th><th>Uraian Barang / Jasa</th><th class="r" style="width:9%">Kuantitas</th><th class="r" style="width:17%">Harga Satuan (Rp)</th><th class="r" style="width:18%">Jumlah (Rp)</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }} {{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:12px;border-top:2px solid {{ color }}"><tr><td style="width:40%;font-size:7.6pt;color:#555;vertical-align:top;padding-top:6px">
DPP Nilai Lain = 11/12 × (Harga Jual – Potongan), sesuai PMK 131 Tahun 2024.<br>Faktur Pajak (e-Faktur) menyusul dengan nomor seri tersendiri.</td><td>
<table class="t" style="margin-left:auto"><tr><td>Harga Jual</td><td class="r">Rp {{ gross }}</td></tr>
{% if disc %}<tr><td>Potongan Harga {{ disc_p }}%</td><td class="r">- Rp {{ disc }}</td></tr><tr><td>Jumlah Setelah Potongan</td><td class="r">Rp {{ net }}</td></tr>{% endif %}
<tr><td style="color:#777">DPP Nilai Lain (11/12)</td><td class="r" style="color:#777">Rp {{ dpp }}</td></tr>
<tr><td>PPN 12%</td><td class="r">Rp {{ tax }}</td></tr>
<tr><td style="font-weight:bold;font-size:10.5pt;color:{{ color }}">Total Faktur</td><td class="r" style="font-weight:bold;font-size:10.5pt;color:{{ color }}">Rp {{ total }}</td></tr>
{% if dp %}<tr><td>Dikurangi Uang Muka ({{ dp_ref }})</td><td class="r">- Rp {{ dp }}</td></tr><tr><td><b>Sisa yang Harus Dibayar</b></td><td class="r"><b>Rp {{ rest }}</b></td></tr>{% endif %}</table></td></tr></table>
<div style="margin-top:10px;padding:6px 8px;background:#f6f1ec;font-size:8.4pt"><b>Terbilang:</b> <i># {{ words }} Rupiah #</i></div>
<table style="width:100%;margin-top:22px;font-size:8.4pt;text-align:center"><tr><td>Penerima,<br><br><br><br>(______________________)</td><td>Yogyakarta, {{ d }}<br>Hormat kami,<br><br><br>( {{ signer }} )<br>{{ role }}</td></tr></table>
</div></body></html>"""


def _npwp_fmt(n):
    return f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}"


@style("04", "id_yog_yogyakarta_faktur_ppn_12_sidebar_left_labels_above_uang_muka_terbilang")
def s04(rng, i):
    vname, vaddr, color, code = YG_V[i]
    bname, baddr = YG_B[i]
    d = rand_date(rng)
    items = lines(rng, YG_ROWS[i], [3, 4, 3, 3][i], D("500"))
    gross = sum(x["amount"] for x in items)
    disc_p = [None, 5, None, 3][i]
    disc = q0(gross * disc_p / 100) if disc_p else D(0)
    net = gross - disc
    dpp = q0(net * 11 / 12)
    tax = q0(dpp * D("0.12"))
    total = net + tax
    dp = q0(total * D(rng.choice([30, 40, 50])) / 100 / 1000) * 1000 if i in (2, 3) else None
    vid = id_npwp(rng)
    bnpwp = id_npwp(rng)
    mon = MONTHS["id"]
    fd = [lambda x: f"{x.day} {mon[x.month - 1]} {x.year}", lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day:02d} {mon[x.month - 1][:3]} {x.year}", lambda x: x.strftime("%d-%m-%Y")][i]
    roman = "I II III IV V VI VII VIII IX X XI XII".split()[d.month - 1]
    no = [f"{rng.randint(1, 399):03d}/{code}/INV/{roman}/{d.year}", f"INV-{code}-{d.strftime('%y%m')}{rng.randint(10, 99)}", f"{code}/{d.year}/{rng.randint(1000, 9999)}", f"FJ-{rng.randint(100000, 999999)}"][i]
    due = d + dt.timedelta(days=rng.choice([14, 30])) if i != 1 else None
    po = [f"PO/HMI/{roman}/{rng.randint(100, 999)}", None, f"SPK-{rng.randint(1000, 9999)}/UN1.FIB/{d.year}", f"027/{rng.randint(100, 999)}/Disbud/{d.year}"][i]
    w = id_words(total)
    words = " ".join(x.capitalize() for x in w.split())
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, vid_fmt=_npwp_fmt(vid), nib=digits(rng, 13, True), tel=f"{rng.randint(370000, 589999)}", mail=f"keuangan@{code.lower()}.co.id",
        bank=rng.choice(["Bank BPD DIY", "Bank Mandiri KCP Malioboro", "BCA KCU Yogyakarta", "BNI Cabang UGM"]), acct=digits(rng, 10, True),
        bname=bname, baddr=baddr, bnpwp=_npwp_fmt(bnpwp), no=no, d=fd(d), due=fd(due) if due else None, po=po, sj=f"SJ/{code}/{rng.randint(100, 999)}",
        sales=rng.choice(["Rina Kusumawati", "Bagus Wicaksono", "Dewi Lestari", "Agus Prasetyo"]),
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": de(x["price"], 0), "a": de(x["amount"], 0)} for x in items],
        gross=de(gross, 0), disc=de(disc, 0) if disc else None, disc_p=disc_p, net=de(net, 0), dpp=de(dpp, 0), tax=de(tax, 0), total=de(total, 0),
        dp=de(dp, 0) if dp else None, dp_ref=f"kuitansi KW-{rng.randint(100, 999)} tgl. {fd(d - dt.timedelta(days=rng.randint(10, 40)))}", rest=de(total - dp, 0) if dp else None,
        words=words, signer=rng.choice(["R. Ay. Sri Wahyuni", "Hendro Sutrisno", "Nyi Ratna Sari", "Budi Santoso"]), role=rng.choice(["Direktur", "Manajer Keuangan"]),
    )
    notes = (
        "Yogyakarta (Indonesia) FAKTUR PENJUALAN in Indonesian with the seller's facts in a coloured LEFT SIDEBAR of small-capital LABELS ABOVE their values (npwp, nib, telepon, surel, bank), "
        "the invoice facts as 'Label : value' BESIDE each other, a table WITHOUT RULES (zebra) whose descriptions WRAP, whole rupiah 'Rp 1.234.567', PPN 12 % on the 'DPP Nilai Lain (11/12)', the total in words ('Terbilang'): "
        "vendor = the name at the top of the sidebar; vendor_tax_id = the sidebar's 'npwp' as printed in groups of four (the buyer's NPWP, the NIB, the bank account are decoys). "
        "invoice_number = 'Nomor Faktur'; invoice_date = 'Tanggal' (also in the signature line; the uang muka receipt's date is a decoy). "
        + due_note(due, None, "Jatuh Tempo")
        + po_note(po, "No. PO")
        + ("subtotal = 'Jumlah Setelah Potongan' (the item rows less the 'Potongan Harga' row, a line_adjustment; 'Harga Jual' before it is a decoy)" if disc else "subtotal = 'Harga Jual'")
        + "; the 'DPP Nilai Lain (11/12)' is a decoy; tax = 'PPN 12%'; total = 'Total Faktur'"
        + (" (the 'Dikurangi Uang Muka' down payment and the 'Sisa yang Harus Dibayar' balance below it are decoys)" if dp else "")
        + ". Currency IDR ('Rp'). Line items: every row."
    )
    t = truth(vname, _npwp_fmt(vid), no, po, d, due, "IDR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, _npwp_fmt(vid), _npwp_fmt(bnpwp), "Total Faktur", f"{words} Rupiah", de(total - dp, 0) if dp else None, de(dpp, 0)], "line_adjustment": str(-disc)}
    return t, chk, (YG_HTML.replace("@@BASE@@", css(margin="0", fs="8.6pt")), ctx)


# =========================================================================== 05 Salelologa (VAGST 15 %, WST), statement, totals top, label at line end
SL_V = [
    ("Savai'i Hardware & Timber Ltd", "Main Road, Salelologa Wharf, Savai'i", "#1d4e89"),
    ("Salelologa Marine & Outboard Supplies Ltd", "Salelologa Market Road, Savai'i", "#0b6e4f"),
    ("Fa'asaleleaga Building Supplies Ltd", "Main South Coast Road, Salelologa, Savai'i", "#8c2f39"),
    ("Tautua Water Tanks & Plumbing Ltd", "Salelologa Industrial Area, Savai'i", "#5a3d8a"),
]
SL_B = [("Aganoa Beach Fales", "Satuiatua, Savai'i"), ("Lalomalava Women's Committee", "Lalomalava, Savai'i"), ("Puapua Methodist Church Hall Building Committee", "Puapua, Savai'i"), ("Tuasivi District Hospital Maintenance", "Tuasivi, Savai'i")]
SL_ROWS = [
    [("Treated pine 100 x 50 H3, 4.8 m", "length", 10, 120, 24, 48), ("Roofing iron 0.4 BMT, 3.6 m", "sheet", 10, 80, 58, 96), ("Galvanised nails 75 mm, 5 kg", "box", 2, 20, 42, 68), ("Cement 40 kg", "bag", 10, 120, 34, 41)],
    [("Yamaha 2-stroke oil 1 L", "bottle", 6, 48, 24, 36), ("Outboard propeller 13 x 19", "each", 1, 3, 420, 890), ("Anchor rope 12 mm", "metre", 20, 200, 3, 7), ("Fuel filter / water separator", "each", 1, 6, 68, 140)],
    [("Plywood 12 mm marine, 2400 x 1200", "sheet", 5, 60, 120, 210), ("Paint acrylic exterior 10 L", "pail", 2, 20, 290, 460), ("Hardwood timber 150 x 50, 5.4 m", "length", 10, 80, 62, 118), ("Roofing screws 12g x 65, 100", "pack", 2, 30, 38, 64)],
    [("Poly water tank 5,000 L", "each", 1, 4, 1850, 3200), ("PVC pipe 50 mm, 6 m", "length", 5, 60, 42, 78), ("Brass tap & fittings set", "set", 1, 10, 65, 140), ("Installation labour", "hour", 2, 24, 45, 80)],
]
SL_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
.band{display:flex;margin-top:8px;border:1.5px solid {{ color }}} .band > div{flex:1;padding:6px 8px;border-right:1px solid {{ color }}} .band > div:last-child{border-right:none;background:{{ color }};color:#fff}
.bl{font-size:7pt;text-transform:none} .bv{font-size:11pt;font-weight:bold;margin-top:2px}
.facts div{font-size:8.2pt;line-height:1.25} .facts .v{font-weight:bold;font-size:9.2pt;margin-bottom:4px}
table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{background:#eef2f7;font-size:7.6pt;text-align:left;padding:4px} table.it th.r{text-align:right} table.it td{padding:3px 4px;font-size:8.4pt;border-bottom:1px solid #dde3ea}
.r{text-align:right;white-space:nowrap} .slip{position:absolute;left:0;right:0;bottom:0;border-top:1.5px dashed #333;padding-top:6px}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:8pt">{{ vaddr }} · Ph (+685) {{ tel }}<br>TIN / VAGST Reg. {{ vid }} · Business Licence {{ lic }}</div></td>
<td class="r" style="vertical-align:top"><div style="font-size:13pt;font-weight:bold">TAX INVOICE &amp; STATEMENT</div><div style="font-size:8pt">Pili o tupe / Account invoice</div></td></tr></table>
<div class="band"><div><div class="bl">Previous balance</div><div class="bv">{{ prev }}</div></div><div><div class="bl">Payments received – thank you</div><div class="bv">{{ paid }}</div>{% if lastpay %}<div class="bl">last received {{ lastpay }}</div>{% endif %}</div>
<div><div class="bl">This invoice (incl. VAGST)</div><div class="bv">{{ total }}</div></div><div><div class="bl">Total now due / Aofa'i o le tupe</div><div class="bv">WS$ {{ due_amt }}</div></div></div>
<table style="width:100%;margin-top:12px"><tr><td style="width:50%;vertical-align:top" class="facts">
<div>This account is issued to the customer below, Account No.:</div><div class="v">{{ acct }}</div>
<div>Quote this reference with your payment, Invoice No.:</div><div class="v">{{ no }}</div>
<div>Goods supplied and invoiced on the Invoice Date:</div><div class="v">{{ d }}</div>
{% if due %}<div>Please pay the amount now due by the Due Date:</div><div class="v">{{ due }}</div>{% endif %}
{% if po %}<div>Supplied against your written order, Order No.:</div><div class="v">{{ po }}</div>{% endif %}
</td><td style="vertical-align:top;font-size:8.6pt;padding-left:16px"><div style="color:#666;font-size:7.4pt">BILL TO / TOTOGI E</div><b>{{ bname }}</b><br>{{ baddr }}<br>Customer TIN: {{ btin }}<br><br>
<div style="color:#666;font-size:7.4pt">DELIVERED</div>{{ deliv }} · Docket {{ docket }}</td></tr></table>
<table class="it"><tr><th>Code</th><th>Description / Fa'amatalaga</th><th class="r">Qty</th><th>Unit</th><th class="r">Price excl.</th><th class="r">Amount excl.</th></tr>
{% for it in items %}<tr><td>{{ it.c }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:8px;font-size:9pt"><tr><td style="padding:2px 14px">Total excl. VAGST</td><td class="r">{{ net }}</td></tr>
<tr><td style="padding:2px 14px">VAGST 15%</td><td class="r">{{ tax }}</td></tr><tr><td style="padding:2px 14px;font-weight:bold;border-top:1px solid #000">Invoice total WS$</td><td class="r" style="font-weight:bold;border-top:1px solid #000">{{ total }}</td></tr></table>
<div style="margin-top:10px;font-size:7.6pt;color:#555">{{ terms }} Goods remain the property of {{ vname }} until paid in full. Fa'afetai tele lava mo lau pisinisi.</div>
<div class="slip"><table style="width:100%"><tr><td style="width:55%;font-size:8pt"><b>REMITTANCE ADVICE</b> – please detach and return with your payment<br>{{ vname }}, {{ vaddr }}<br>Direct credit: {{ bank }} account {{ bacct }}<br>{{ bars|safe }}</td>
<td style="font-size:8.4pt"><table style="width:100%"><tr><td>Account No.</td><td class="r">{{ acct }}</td></tr><tr><td>Invoice No.</td><td class="r">{{ no }}</td></tr>
<tr><td>Amount due</td><td class="r"><b>WS$ {{ due_amt }}</b></td></tr><tr><td>Amount paid</td><td class="r">WS$ ____________</td></tr></table></td></tr></table></div>
</body></html>"""


@style("05", "ws_sll_salelologa_vagst_15_statement_totals_top_label_eol_slip")
def s05(rng, i):
    vname, vaddr, color = SL_V[i]
    bname, baddr = SL_B[i]
    d = rand_date(rng)
    items = lines(rng, SL_ROWS[i], [4, 3, 4, 3][i], D("0.05"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.15"))
    total = net + tax
    prev = [D(0), q2(D(rng.randint(20000, 180000)) / 100), q2(D(rng.randint(5000, 90000)) / 100), D(0)][i]
    paid = [D(0), prev, q2(prev / 2), D(0)][i]
    due_amt = prev - paid + total
    vid = f"{rng.randint(1000000, 1199999)}"
    btin = f"{rng.randint(1200000, 1899999)}"
    no = [f"SHT{rng.randint(10000, 99999)}", f"{rng.randint(2000, 9999)}", f"FBS-{d.strftime('%y')}-{rng.randint(100, 999)}", f"TW/{rng.randint(1000, 9999)}"][i]
    mon = MONTHS["sm"]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: f"{x.day} {mon[x.month - 1]} {x.year}", lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 20, 30])) if i != 3 else None
    terms = "Account terms: 20th of the month following." if due else "Cash account: payment on collection of goods."
    po = [f"AB-{rng.randint(100, 999)}", None, f"PMC/{rng.randint(10, 99)}", f"MOH-SAV-{rng.randint(1000, 9999)}"][i]
    codes = [f"{rng.choice(['HW', 'TM', 'PL', 'MR'])}{rng.randint(1000, 9999)}" for _ in items]
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"5{rng.randint(1000, 9999)}", vid=vid, lic=f"BL{rng.randint(10000, 99999)}", prev=en(prev), paid=en(paid), total=en(total), due_amt=en(due_amt),
        lastpay=fd(d - dt.timedelta(days=rng.randint(8, 40))) if paid else None, acct=f"C{rng.randint(1000, 9999)}", no=no, d=fd(d), due=fd(due) if due else None, po=po, bname=bname, baddr=baddr, btin=btin,
        deliv=fd(d - dt.timedelta(days=rng.randint(0, 4))), docket=f"D{rng.randint(10000, 99999)}",
        items=[{"c": c, "d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": en(x["price"]), "a": en(x["amount"])} for c, x in zip(codes, items, strict=True)],
        net=en(net), tax=en(tax), terms=terms, bank=rng.choice(["ANZ Bank (Samoa)", "Bank South Pacific Samoa", "Samoa Commercial Bank"]), bacct=digits(rng, 10, True), bars=bars_svg(rng, 70, 9),
    )
    notes = (
        "Salelologa (Savai'i, Samoa) TAX INVOICE & STATEMENT in English with Samoan glosses, shaped as an account statement: the amounts in a band at the TOP (previous balance, payments received, this invoice, total now due), "
        "each fact's LABEL at the END of a line of text with the value on the NEXT line ('… Invoice No.:' / value), VAGST 15 % added, '1,234.56', a remittance slip at the foot: "
        "vendor = the name at the top left; vendor_tax_id = 'TIN / VAGST Reg.' (7 digits; the customer TIN, the business licence, the account number and the bank account are decoys). "
        "invoice_number = 'Invoice No.:' (also on the slip); invoice_date = 'Invoice Date:' (the delivery date is a decoy). "
        + due_note(due, None, "Due Date:")
        + ("'Cash account: payment on collection' prints no date. " if not due else "")
        + po_note(po, "Order No.:")
        + "subtotal = 'Total excl. VAGST'; tax = 'VAGST 15%'; total = 'This invoice (incl. VAGST)' in the band and 'Invoice total WS$' below the items"
        + ("; the previous balance, the payments received and their date, and 'Total now due' (which carries them) are decoys" if prev else "; 'Total now due' prints the same amount (no previous balance)")
        + ". Currency WST ('WS$'). Line items: every row, excluding VAGST."
    )
    t = truth(vname, vid, no, po, d, due, "WST", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, btin, "Invoice total WS$", fd(due) if due else None, en(due_amt)]}
    return t, chk, (SL_HTML.replace("@@BASE@@", css(margin="12mm", fs="8.6pt", font="'Liberation Sans',sans-serif")), ctx)
