"""Chromium (HTML) styles for set 41, first part (01 Penang IT and office supplier's INVOIS CUKAI in Malay with a left
SIDEBAR holding the amount due, service tax 8 % and sales tax 10 % per row and a discount on the rows' sum, 02 Arequipa
textile supplier's FACTURA ELECTRÓNICA in Spanish with IGV 18 %, an ANTICIPO deducted below the total and a dollar
counter-value, 03 Recife bakery's DANFE NFC-e on an 80 mm roll in Portuguese with the approximate taxes, a discount and
cash and change)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, by_rate, es_date
from invoice_kit import css, de, digits, en, q2, qstr, rand_date, style_registry, valid
from kit_common import due_note, lines, po_note, qr_svg, truth
from stdnum.br import cnpj
from stdnum.pe import ruc

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Penang (SST 8 % services / 10 % goods, MYR), sidebar
PN_V = [
    ("Komputer Pulau Pinang Sdn. Bhd.", "No. 12, Lebuh Pantai, 10300 George Town, Pulau Pinang", "#0f766e"),
    ("Bayan Lepas Office Solutions Sdn. Bhd.", "Plot 88, Jalan Sultan Azlan Shah, 11900 Bayan Lepas, Pulau Pinang", "#1e40af"),
    ("Syarikat Teknologi Gurney Sdn. Bhd.", "45-1, Persiaran Gurney, 10250 George Town, Pulau Pinang", "#9d174d"),
    ("Butterworth Digital Supplies Sdn. Bhd.", "3, Jalan Raja Uda, 12300 Butterworth, Pulau Pinang", "#854d0e"),
]
PN_B = [
    ("Hospital Pakar Jelutong Sdn. Bhd.", "Jalan Jelutong, 11600 Pulau Pinang"),
    ("Kilang Elektronik Prai Sdn. Bhd.", "Kawasan Perindustrian Prai, 13600 Prai"),
    ("Hotel Warisan Armenian Street", "Lebuh Armenian, 10200 George Town"),
    ("Sekolah Antarabangsa Tanjung Bungah", "Jalan Tanjung Bungah, 11200 Pulau Pinang"),
]
PN_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, rate)
    ("Komputer riba 14 inci, Core i5", "unit", 1, 10, 2400, 4200, 10),
    ("Monitor LED 24 inci", "unit", 1, 12, 420, 780, 10),
    ("Pencetak laser monokrom", "unit", 1, 4, 650, 1400, 10),
    ("Kertas A4 80gsm (kotak 5 rim)", "kotak", 2, 40, 58, 85, 10),
    ("Tetikus dan papan kekunci tanpa wayar", "set", 2, 20, 65, 140, 10),
    ("Pemasangan dan konfigurasi rangkaian", "jam", 2, 24, 90, 180, 8),
    ("Kontrak penyelenggaraan IT bulanan", "bulan", 1, 12, 450, 1800, 8),
    ("Latihan pengguna Microsoft 365", "sesi", 1, 4, 600, 1500, 8),
    ("Pemulihan data cakera keras", "unit", 1, 3, 350, 900, 8),
]
PN_HTML = """<html lang="ms"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:absolute;left:0;top:0;bottom:0;width:58mm;background:{{ color }};color:#fff;padding:10mm 6mm;box-sizing:border-box;font-size:8pt}
.main{margin-left:64mm;margin-right:8mm;padding-top:10mm} table.it{width:100%;border-collapse:collapse;margin-top:8px} table.it th{background:#f1f5f9;font-size:7.6pt;text-align:left;padding:3px} table.it td{padding:3px;font-size:8pt;border-bottom:1px solid #e2e8f0} .r{text-align:right;white-space:nowrap} .small{font-size:7pt;color:#555}
</style></head><body>
<div class="side"><div style="font-size:12pt;font-weight:bold">{{ vname }}</div><div style="margin-top:4px">{{ vaddr }}</div>
<div style="margin-top:8px">No. Pendaftaran SSM: {{ ssm }}<br>TIN: {{ vtin }}<br>No. Pendaftaran SST:<br><b style="white-space:nowrap">{{ vid }}</b></div>
<div style="margin-top:18px;border:1px solid #fff;padding:6px"><div>JUMLAH PERLU DIBAYAR</div><div style="font-size:15pt;font-weight:bold">RM {{ total }}</div>{% if due %}<div>Tarikh akhir: {{ due }}</div>{% else %}<div>{{ term }}</div>{% endif %}</div>
<div style="margin-top:18px">Bank: {{ bank }}<br>No. Akaun: {{ acct }}</div>
{% if cust %}<div style="margin-top:8px">No. Pelanggan: {{ cust }}</div>{% endif %}
</div>
<div class="main"><div style="font-size:18pt;font-weight:bold;color:{{ color }}">INVOIS CUKAI</div>
<table style="width:100%;margin-top:6px;font-size:8.4pt"><tr><td style="vertical-align:top"><span class="small">Dibilkan kepada</span><br><b>{{ bname }}</b><br>{{ baddr }}<br><span class="small">No. SSM pembeli: {{ bssm }} · TIN pembeli: {{ btin }}</span></td>
<td style="text-align:right;vertical-align:top">No. Invois: <b>{{ no }}</b><br>Tarikh: <b>{{ date }}</b>{% if po %}<br>No. Pesanan Belian: {{ po }}{% endif %}{% if dono %}<br>No. Nota Hantaran: {{ dono }}{% endif %}</td></tr></table>
<table class="it"><tr><th>Bil.</th><th>Perihal</th><th class="r">Kuantiti</th><th>Unit</th><th class="r">Harga Seunit (RM)</th><th class="r">Kadar SST</th><th class="r">Jumlah (RM)</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.rt }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:8px;font-size:8.6pt">
{% if disc %}<tr><td>Jumlah kecil</td><td class="r">{{ gross }}</td></tr><tr><td>Diskaun {{ dpct }}%</td><td class="r">-{{ disc }}</td></tr>{% endif %}
<tr><td>Jumlah sebelum cukai</td><td class="r">{{ net }}</td></tr>
{% for r, b, v in summ %}<tr><td>{{ r }} atas RM {{ b }}</td><td class="r">{{ v }}</td></tr>{% endfor %}
<tr><td>Jumlah SST</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:10pt"><td style="border-top:2px solid {{ color }}">Jumlah Keseluruhan (RM)</td><td class="r" style="border-top:2px solid {{ color }}">{{ total }}</td></tr></table>
<p class="small" style="margin-top:14px">Cukai Perkhidmatan 8% dan Cukai Jualan 10% dikenakan menurut Akta Cukai Perkhidmatan 2018 dan Akta Cukai Jualan 2018. Barang yang telah dijual tidak boleh dikembalikan. Invois ini dijana oleh komputer.</p>
</div></body></html>"""


@style("01", "my_pen_penang_invois_sst_8_10_sidebar")
def s01(rng, i):
    vname, vaddr, color = PN_V[i]
    bname, baddr = PN_B[i]
    d = rand_date(rng, start=dt.date(2025, 1, 6))
    items = lines(rng, PN_ROWS, [3, 7, 2, 9][i], D("0.05"))
    for x in items:
        x["rate"] = D(x["extra"])
    gross = sum(x["amount"] for x in items)
    dpct = [5, None, 3, None][i]
    disc = q2(gross * dpct / 100) if dpct else D(0)
    # the discount spreads over the rates in proportion; the tax per rate is on the discounted base
    summ = []
    for r, b, _v in by_rate(items):
        bb = b - q2(b * dpct / 100) if dpct else b
        summ.append((r, bb, q2(bb * r / 100)))
    net = sum(b for _r, b, _v in summ)
    disc = gross - net
    tax = sum(v for _r, _b, v in summ)
    total = net + tax
    vid = f"P{rng.randint(10, 99)}-{rng.randint(1800, 2412)}-{rng.randint(10000000, 32999999)}"
    no = [f"INV-{rng.randint(10000, 99999)}", f"BLOS/{d.year}/{rng.randint(100, 999)}", f"STG{d.strftime('%y%m')}{rng.randint(100, 999)}", f"BDS-{rng.randint(1000, 9999)}"][i]
    ms = lambda x: f"{x.day} {MONTHS['ms'][x.month - 1]} {x.year}"  # noqa: E731
    fd = [lambda x: x.strftime("%d/%m/%Y"), ms, lambda x: x.strftime("%d-%m-%Y"), ms][i]
    due = d + dt.timedelta(days=rng.choice([14, 30, 60])) if i != 3 else None
    term = None if due else "Bayaran tunai semasa serahan"
    po = [f"PO{rng.randint(100000, 999999)}", None, f"LPO-{rng.randint(100, 999)}", None][i]
    dono = f"DO-{rng.randint(10000, 99999)}" if i in (0, 2, 3) else None
    m = en
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, ssm=f"{rng.randint(2005, 2022)}01{digits(rng, 6)} ({rng.randint(100000, 999999)}-{rng.choice('KTUVW')})", vtin=f"C{digits(rng, 10)}0", vid=vid,
        total=m(total), due=fd(due) if due else None, term=term, bank=rng.choice(["Maybank Berhad", "CIMB Bank Berhad", "Public Bank Berhad", "Hong Leong Bank Berhad"]), acct=digits(rng, 12),
        cust=f"C-{rng.randint(1000, 9999)}" if i % 2 == 0 else None, bname=bname, baddr=baddr, bssm=f"{rng.randint(1990, 2020)}01{digits(rng, 6)}", btin=f"C{digits(rng, 10)}0",
        no=no, date=fd(d), po=po, dono=dono,
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": m(x["price"]), "rt": f"{x['rate']}%", "a": m(x["amount"])} for x in items],
        disc=m(disc) if dpct else None, dpct=dpct, gross=m(gross), net=m(net),
        summ=[(("Cukai Perkhidmatan 8%" if r == 8 else "Cukai Jualan 10%"), m(b), m(v)) for r, b, v in summ], tax=m(tax),
    )
    notes = (
        "Penang (Malaysia) IT and office supplier's INVOIS CUKAI in Malay with a coloured LEFT SIDEBAR (vendor, SSM, TIN, SST number, the AMOUNT DUE boxed, bank) and the items on the right, ringgit '1,234.56', service tax 8 % on services and sales tax 10 % on goods per row, a summary per tax"
        + (", and a DISCOUNT on the rows' sum ('Diskaun') before the tax" if dpct else "")
        + ": vendor = the sidebar's name; vendor_tax_id = 'No. Pendaftaran SST' (the SSM number, the TIN, the buyer's SSM and TIN and the account number are decoys). "
        "invoice_number = 'No. Invois'; invoice_date = 'Tarikh' (" + ["dd/mm/yyyy", "Malay words ('12 Mac 2026')", "dd-mm-yyyy", "Malay words"][i] + "); the delivery note and customer number are decoys. "
        + due_note(due, term, "Tarikh akhir")
        + po_note(po, "No. Pesanan Belian")
        + "subtotal = 'Jumlah sebelum cukai' (after the discount); tax = 'Jumlah SST'; total = 'Jumlah Keseluruhan (RM)' = the sidebar's amount due. Currency MYR. Line items: every row before the discount (the check's line_adjustment is the negative discount)."
    )
    t = truth(vname, vid, no, po, d, due, "MYR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Jumlah Keseluruhan", fd(due) if due else None, dono, ctx["acct"]], "line_adjustment": str(-disc)}
    return t, chk, (PN_HTML.replace("@@BASE@@", css(margin="0", fs="8.6pt")), ctx)


# =========================================================================== 02 Arequipa (IGV 18 %, PEN or USD), anticipo below the total
AQ_V = [
    ("Textiles Misti S.A.C.", "Av. Parra 245, Cercado, Arequipa", "#7f1d1d"),
    ("Alpaca Andina Export E.I.R.L.", "Calle Mercaderes 410, Arequipa", "#365314"),
    ("Hilandería Chachani S.A.", "Parque Industrial Mz. C Lt. 7, Cerro Colorado, Arequipa", "#1e3a8a"),
    ("Confecciones Yanahuara S.R.L.", "Av. Ejército 1020, Yanahuara, Arequipa", "#581c87"),
]
AQ_B = [
    ("Inversiones Turísticas del Sur S.A.C.", "Av. Larco 880, Miraflores, Lima"),
    ("Colegio Particular San Martín de Porres", "Calle Jerusalén 300, Arequipa"),
    ("Minera Cerro Verde Servicios S.A.", "Uchumayo km 15, Arequipa"),
    ("Boutique Cusqueña E.I.R.L.", "Av. El Sol 560, Cusco"),
]
AQ_ROWS = [
    ("Hilado de alpaca baby 2/28, cono", "kg", 5, 120, 95, 160),
    ("Chompa de alpaca tejida a mano", "und", 5, 60, 85, 240),
    ("Chalina de alpaca 180 x 30 cm", "und", 10, 150, 35, 90),
    ("Uniforme escolar, casaca polar", "und", 20, 300, 45, 85),
    ("Polo piqué bordado con logo", "und", 20, 400, 22, 48),
    ("Tela drill 240 g/m², metro", "m", 50, 800, 9, 18),
    ("Servicio de bordado, por prenda", "und", 20, 400, 2.5, 6),
    ("Manta de alpaca 150 x 200 cm", "und", 2, 40, 220, 480),
    ("Flete Arequipa - destino", "servicio", 1, 1, 80, 450),
]
AQ_HTML = """<html lang="es"><head><meta charset="utf-8"><style>@@BASE@@
.box{border:2px solid {{ color }};text-align:center;padding:6px;font-weight:bold} table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{background:{{ color }};color:#fff;font-size:7.6pt;padding:3px} table.it td{padding:3px;font-size:8pt;border-bottom:1px dotted #999} .r{text-align:right;white-space:nowrap} .small{font-size:7pt;color:#555}
table.hd td{font-size:8.2pt;padding:1px 4px;vertical-align:top}
</style></head><body>
<table style="width:100%"><tr><td style="width:62%;vertical-align:top"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div>{{ vaddr }}</div><div class="small">Telf. (054) {{ tel }} · ventas@{{ mail }}.com.pe</div></td>
<td><div class="box">R.U.C. {{ vid }}<br>FACTURA ELECTRÓNICA<br>{{ no }}</div></td></tr></table>
<table class="hd" style="width:100%;margin-top:10px;border:1px solid #999"><tr><td>Fecha de emisión: <b>{{ date }}</b><br>Señor(es): <b>{{ bname }}</b><br>RUC: {{ bid }}<br>Dirección: {{ baddr }}</td>
<td>Moneda: {{ curname }}<br>{% if due %}Fecha de vencimiento: <b>{{ due }}</b><br>{% endif %}Forma de pago: {{ forma }}{% if po %}<br>Orden de compra: {{ po }}{% endif %}{% if guia %}<br>Guía de remisión: {{ guia }}{% endif %}</td></tr></table>
<table class="it"><tr><th>Cant.</th><th>Unidad</th><th>Descripción</th><th class="r">Valor unitario</th><th class="r">Valor de venta</th></tr>
{% for it in items %}<tr><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td>{{ it.d }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px"><tr><td style="vertical-align:top;font-size:7.6pt;width:55%">SON: {{ words }}<br><br>{{ qr|safe }}<br><span class="small">Representación impresa de la Factura Electrónica. Consulte en sunat.gob.pe<br>Hash: {{ hash }}</span>{% if fx %}<br><span class="small">Tipo de cambio SUNAT {{ fx }} – referencial: {{ other }}</span>{% endif %}</td>
<td style="vertical-align:top"><table style="margin-left:auto;font-size:8.6pt">
<tr><td>Op. Gravadas</td><td class="r">{{ sym }} {{ net }}</td></tr><tr><td>I.G.V. 18%</td><td class="r">{{ sym }} {{ tax }}</td></tr>
<tr style="font-weight:bold"><td>Importe Total</td><td class="r">{{ sym }} {{ total }}</td></tr>
{% if adv %}<tr><td>Anticipo recibido ({{ advdoc }})</td><td class="r">-{{ sym }} {{ adv }}</td></tr><tr style="font-weight:bold"><td>Saldo pendiente de pago</td><td class="r">{{ sym }} {{ bal }}</td></tr>{% endif %}
</table></td></tr></table>
<div class="small" style="margin-top:10px">Cta. Cte. {{ bank }}: {{ acct }} · CCI {{ cci }}</div>
</body></html>"""


def es_words(n):
    from kit_words import es_words as w

    return w(n)


@style("02", "pe_aqp_arequipa_factura_igv_18_anticipo")
def s02(rng, i):
    vname, vaddr, color = AQ_V[i]
    bname, baddr = AQ_B[i]
    d = rand_date(rng)
    usd = i in (1, 3)
    fx = D(rng.randint(3650, 3820)) / 1000
    cat = [(a, b, c, e, (D(str(f)) / fx).quantize(D("0.01")) if usd else f, (D(str(g)) / fx).quantize(D("0.01")) if usd else g) for a, b, c, e, f, g in AQ_ROWS]
    items = lines(rng, cat, [4, 8, 3, 6][i], D("0.10") if not usd else D("0.05"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.18"))
    total = net + tax
    adv = q2(total * D(rng.choice([20, 30, 50])) / 100) if i in (0, 1, 3) else None
    vid = valid(rng, lambda: "20" + digits(rng, 9), ruc.is_valid)
    bid = valid(rng, lambda: "20" + digits(rng, 9), ruc.is_valid)
    no = f"F{rng.randint(1, 3):03d}-{rng.randint(100, 99999):08d}"
    fd = [lambda x: x.strftime("%d/%m/%Y"), es_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%Y-%m-%d")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i != 2 else None
    forma = f"Crédito a {(due - d).days} días" if due else "Contado"
    po = [f"OC-{rng.randint(1000, 9999)}", None, f"4500{rng.randint(100000, 999999)}", f"OC {rng.randint(100, 999)}-{d.year}"][i]
    guia = f"T001-{rng.randint(1000, 99999):08d}" if i != 1 else None
    cur = "USD" if usd else "PEN"
    sym = "US$" if usd else "S/"
    whole = int(total)
    cents = int((total - whole) * 100)
    words = f"{es_words(whole).upper()} CON {cents:02d}/100 {'DÓLARES AMERICANOS' if usd else 'SOLES'}"
    other = (f"S/ {en(q2(total * fx))}" if usd else f"US$ {en(q2(total / fx))}") if i in (1, 2) else None
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(200000, 499999)}", mail=vname.split()[1].lower(), vid=vid, no=no, date=fd(d), bname=bname, bid=bid, baddr=baddr,
        curname="DÓLARES AMERICANOS" if usd else "SOLES", due=fd(due) if due else None, forma=forma, po=po, guia=guia,
        items=[{"q": qstr(x["qty"]), "u": x["unit"], "d": x["desc"], "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        words=words, qr=qr_svg(rng, 22), hash="".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(27)) + "=",
        fx=en(fx, 3) if other else None, other=other, sym=sym, net=en(net), tax=en(tax), total=en(total),
        adv=en(adv) if adv else None, advdoc=f"F001-{rng.randint(100, 9999):08d}", bal=en(total - adv) if adv else None,
        bank=rng.choice(["BCP", "BBVA", "Interbank", "Scotiabank"]), acct=f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 1)}-{digits(rng, 2)}", cci=digits(rng, 20),
    )
    notes = (
        "Arequipa (Peru) textile supplier's FACTURA ELECTRÓNICA in Spanish (the SUNAT printed representation: the RUC box with the series and number), in "
        + ("US DOLLARS" if usd else "soles")
        + " '1,234.56', IGV 18 %, the total in Spanish words ('SON: …'), "
        + ("an ANTICIPO (advance) deducted BELOW the total and the 'Saldo pendiente de pago'" if adv else "no advance")
        + (", a counter-value in the other currency at the SUNAT exchange rate" if other else "")
        + ": vendor = the name at the top; vendor_tax_id = the 'R.U.C.' in the box (11 digits; the buyer's RUC, the account and CCI are decoys). "
        "invoice_number = the series-number in the box (e.g. 'F001-00001234'); invoice_date = 'Fecha de emisión' (" + ["dd/mm/yyyy", "Spanish words", "dd/mm/yyyy", "yyyy-mm-dd"][i] + "); the guía de remisión and the advance's invoice number are decoys. "
        + (due_note(due, None, "Fecha de vencimiento") if due else "'Forma de pago: Contado': no due date (null). ")
        + po_note(po, "Orden de compra")
        + f"subtotal = 'Op. Gravadas'; tax = 'I.G.V. 18%'; total = 'Importe Total' (BEFORE the advance; the balance is not the total). Currency {cur}. Line items: every row."
    )
    t = truth(vname, vid, no, po, d, due, cur, net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Importe Total", fd(due) if due else None, guia, ctx["bal"], other]}
    return t, chk, (AQ_HTML.replace("@@BASE@@", css(margin="12mm 13mm", fs="8.6pt")), ctx)


# =========================================================================== 03 Recife (NFC-e, BRL) on an 80 mm roll
RC_V = [
    ("Padaria Boa Vista Ltda", "Rua da Aurora, 325 - Boa Vista, Recife - PE"),
    ("Panificadora Casa Forte Ltda", "Av. 17 de Agosto, 1120 - Casa Forte, Recife - PE"),
    ("Mercadinho Boa Viagem Ltda", "Av. Conselheiro Aguiar, 2210 - Boa Viagem, Recife - PE"),
    ("Delícias de Olinda Comércio de Alimentos Ltda", "Rua do Bom Jesus, 77 - Recife Antigo, Recife - PE"),
]
RC_ROWS = [
    ("PAO FRANCES KG", "KG", 1, 3, 14.9, 19.9),
    ("BOLO DE ROLO FATIA", "UN", 1, 6, 6.5, 12),
    ("CAFE COADO 200ML", "UN", 1, 4, 4, 7.5),
    ("TAPIOCA QUEIJO COALHO", "UN", 1, 4, 9, 16),
    ("CUSCUZ COM OVO", "UN", 1, 3, 10, 18),
    ("SUCO DE CAJU 300ML", "UN", 1, 4, 6, 11),
    ("QUEIJO COALHO KG", "KG", 1, 2, 42, 59),
    ("LEITE INTEGRAL 1L", "UN", 1, 6, 5.2, 7.9),
    ("BOLO SOUZA LEAO INTEIRO", "UN", 1, 1, 45, 90),
    ("AGUA MINERAL 500ML", "UN", 1, 6, 2.5, 4.5),
    ("MANTEIGA DA TERRA 200G", "UN", 1, 2, 14, 22),
    ("PE DE MOLEQUE", "UN", 1, 6, 3.5, 7),
]
RC_HTML = """<html lang="pt"><head><meta charset="utf-8"><style>@@BASE@@
div,td{font-family:'DejaVu Sans Mono',monospace} .c{text-align:center} .r{text-align:right;white-space:nowrap} hr{border:0;border-top:1px dashed #000;margin:4px 0} table{width:100%}
</style></head><body>
<div class="c"><b>{{ vname }}</b><br>CNPJ: {{ vid }}<br>IE: {{ ie }}<br>{{ vaddr }}</div><hr>
<div class="c" style="font-size:6.6pt">DANFE NFC-e - Documento Auxiliar da Nota Fiscal de Consumidor Eletrônica</div><hr>
<table><tr><td>Cód</td><td>Descrição</td><td class="r">Qtde</td><td>UN</td><td class="r">Vl Unit</td><td class="r">Vl Total</td></tr>
{% for it in items %}<tr><td>{{ it.c }}</td><td colspan="5">{{ it.d }}</td></tr><tr><td></td><td></td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table><hr>
<table><tr><td>Qtde. total de itens</td><td class="r">{{ n }}</td></tr><tr><td>Valor total R$</td><td class="r">{{ gross }}</td></tr>
{% if disc %}<tr><td>Desconto R$</td><td class="r">{{ disc }}</td></tr>{% endif %}
<tr><td><b>Valor a Pagar R$</b></td><td class="r"><b>{{ total }}</b></td></tr>
<tr><td>FORMA PAGAMENTO</td><td class="r">VALOR PAGO R$</td></tr><tr><td>{{ pay }}</td><td class="r">{{ paid }}</td></tr>
{% if change %}<tr><td>Troco R$</td><td class="r">{{ change }}</td></tr>{% endif %}</table><hr>
<div style="font-size:6.8pt">Tributos Totais Incidentes (Lei Federal 12.741/2012): R$ {{ trib }}</div><hr>
<div class="c" style="font-size:6.8pt">NFC-e nº {{ no }} Série {{ serie }}<br>Emissão: {{ date }} {{ time }}<br>Via Consumidor<br>Consulte pela Chave de Acesso em<br>nfce.sefaz.pe.gov.br/nfce/consulta<br>{{ key }}</div><hr>
<div class="c" style="font-size:6.8pt">{% if cpf %}CONSUMIDOR CPF: {{ cpf }}{% else %}CONSUMIDOR NÃO IDENTIFICADO{% endif %}</div>
<div class="c">{{ qr|safe }}</div>
<div class="c" style="font-size:6.8pt">Protocolo de Autorização: {{ prot }}<br>Data de Autorização: {{ date }} {{ time }}<br>Obrigado pela preferência!</div>
</body></html>"""


@style("03", "br_rec_recife_nfce_cupom_roll")
def s03(rng, i):
    vname, vaddr = RC_V[i]
    d = rand_date(rng)
    items = lines(rng, RC_ROWS, [3, 6, 9, 12][i], D("0.01"))
    for x in items:
        if x["unit"] == "KG":  # weighed: three decimals of kg
            x["qty"] = D(rng.randint(25, 240)) / 100
            x["amount"] = q2(x["qty"] * x["price"])
    gross = sum(x["amount"] for x in items)
    disc = q2(gross * D(rng.choice([5, 10])) / 100) if i in (1, 3) else D(0)
    total = gross - disc
    vid = valid(rng, lambda: digits(rng, 8, True) + "0001" + digits(rng, 2), cnpj.is_valid)
    vfmt = f"{vid[:2]}.{vid[2:5]}.{vid[5:8]}/{vid[8:12]}-{vid[12:]}"
    no = f"{rng.randint(1000, 999999):09d}"
    serie = f"{rng.randint(1, 9):03d}"
    fd = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    pay = ["Dinheiro", "Cartão de Débito", "Dinheiro", "PIX"][i]
    paid = total if pay != "Dinheiro" else next(D(v) for v in (10, 20, 50, 100, 200, 500, 1000, 2000) if D(v) > total)
    change = paid - total if pay == "Dinheiro" else None
    key = " ".join(digits(rng, 4) for _ in range(11))
    trib = q2(total * D(rng.randint(1800, 3100)) / 10000)
    m = de
    ctx = dict(
        vname=vname, vid=vfmt, ie=f"{digits(rng, 7)}-{digits(rng, 2)}", vaddr=vaddr,
        items=[{"c": f"{rng.randint(1, 999):03d}", "d": x["desc"], "q": (f"{x['qty']:.3f}" if x["unit"] == "KG" else qstr(x["qty"])).replace(".", ","), "u": x["unit"], "p": m(x["price"]), "a": m(x["amount"])} for x in items],
        n=len(items), gross=m(gross), disc=m(disc) if disc else None, total=m(total), pay=pay, paid=m(paid), change=m(change) if change is not None else None, trib=m(trib),
        no=no, serie=serie, date=fd(d), time=f"{rng.randint(6, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", key="26" + key[2:], cpf=f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}-{digits(rng, 2)}" if i in (0, 2) else None,
        qr=qr_svg(rng, 24), prot=f"126{d.strftime('%y')}{digits(rng, 10)}",
    )
    notes = (
        "Recife (Brazil) bakery's DANFE NFC-e (consumer electronic invoice) on an 80 mm ROLL in Portuguese, monospace, reais '1.234,56', each item on two lines (code and description, then quantity, unit, unit price and total), weighed items in kg with three decimals (to 10 g), 'Valor total R$'"
        + (", a 'Desconto R$'" if disc else "")
        + ", 'Valor a Pagar R$', the payment and " + ("the cash tendered and the change ('Troco')" if change is not None else "the amount paid")
        + ", the approximate taxes (Lei 12.741/2012) which are NOT a VAT, the access key, the protocol and a QR code: "
        "vendor = the name at the top; vendor_tax_id = its 'CNPJ' as printed (the IE, the consumer CPF, the access key and the protocol are decoys). "
        "invoice_number = 'NFC-e nº' (9 digits as printed; the 'Série' is apart); invoice_date = 'Emissão' (dd/mm/yyyy, the time beside it). No due date (paid at the counter). No PO. "
        "subtotal and tax are not printed (null; the 'Tributos Totais Incidentes' are an approximation by law, a decoy); total = 'Valor a Pagar R$' (after the discount). Currency BRL. Line items: every item before the discount (the check's line_adjustment is the negative discount); the paid amount and the change are decoys."
    )
    t = truth(vname, vfmt, no, None, d, None, "BRL", None, None, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vfmt, "Valor a Pagar", ctx["key"], m(trib), ctx["change"]], "line_adjustment": str(-disc)}
    h = 150 + 9 * len(items)
    return t, chk, (RC_HTML.replace("@@BASE@@", css(size=f"80mm {h}mm", margin="4mm 3mm", fs="7.4pt")), ctx)
