"""Chromium (HTML) styles for set 47, second part (04 Paramaribo wholesaler's FACTUUR in Dutch with a coloured LEFT
SIDEBAR, BTW 10 % and basic goods at 0 %, SRD '1.234,56' and a USD counter-value, 05 Trujillo supplier's FACTURA
ELECTRÓNICA in Spanish with the TOTAL in a band at the TOP, IGV 18 %, soles or dollars and the total in words)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import es_date, nl_date
from invoice_kit import css, de, digits, en, q2, qstr, rand_date, style_registry, valid
from kit_common import due_note, lines, po_note, qr_svg, truth
from kit_words import es_words
from stdnum.pe import ruc

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Paramaribo (BTW 10 %, SRD), left sidebar
PB_V = [
    ("Groothandel Saramacca N.V.", "Saramaccastraat 118, Paramaribo", "#065f46"),
    ("Kersten Bouwmaterialen N.V.", "Kernkampweg 42, Paramaribo-Noord", "#7c2d12"),
    ("Wanica Agro Supplies B.V.", "Indira Gandhiweg 310, Lelydorp, Wanica", "#1e3a8a"),
    ("Commewijne Import & Export N.V.", "Anton Dragtenweg 77, Paramaribo", "#6b21a8"),
]
PB_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, exempt)
    ("Rijst Parboiled 25 kg", "zak", 5, 200, "420.00", "690.00", True),
    ("Bruine bonen 1 kg", "krat", 2, 60, "280.00", "450.00", True),
    ("Zonnebloemolie 1 L (12 st.)", "doos", 2, 80, "760.00", "1180.00", False),
    ("Suiker kristal 50 kg", "zak", 2, 60, "1350.00", "1890.00", True),
    ("Cement Portland 42,5 kg", "zak", 10, 400, "310.00", "420.00", False),
    ("Golfplaat gegalvaniseerd 3,6 m", "stuk", 5, 120, "640.00", "980.00", False),
    ("Bouwstaal 12 mm, 12 m", "stuk", 5, 200, "420.00", "610.00", False),
    ("Verf buiten wit 20 L", "emmer", 1, 40, "2100.00", "3400.00", False),
    ("Kunstmest NPK 15-15-15, 50 kg", "zak", 2, 80, "1450.00", "2200.00", False),
    ("Motorzaag ketting 18\"", "stuk", 1, 12, "380.00", "620.00", False),
    ("Zeep vloeibaar 5 L", "can", 2, 60, "260.00", "390.00", False),
    ("Melkpoeder 2,5 kg", "blik", 2, 80, "690.00", "940.00", True),
    ("Transport naar Nickerie", "rit", 1, 2, "2500.00", "4800.00", False),
    ("Kippenvoer 40 kg", "zak", 2, 120, "880.00", "1240.00", False),
]
PB_HTML = """<html lang="nl-SR"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:absolute;left:0;top:0;bottom:0;width:58mm;background:{{ color }};color:#fff;padding:10mm 6mm;box-sizing:border-box;font-size:8pt;line-height:1.45}
.side .l{font-size:6.8pt;opacity:.8;margin-top:8px;text-transform:uppercase;letter-spacing:.5px}
.main{margin-left:64mm;margin-right:8mm;padding-top:10mm}
table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{border-bottom:1pt solid #333;font-size:7.5pt;text-align:left;padding:3px} table.it td{padding:3px;font-size:8pt;border-bottom:0.4pt solid #ddd}
.r{text-align:right;white-space:nowrap}
</style></head><body>
<div class="side"><div style="font-size:12pt;font-weight:bold">{{ vname }}</div><div>{{ vaddr }}</div><div>Tel. (597) {{ tel }}</div>
<div class="l">BTW-registratienummer</div><div>{{ vid }}</div>
<div class="l">KKF-nummer</div><div>{{ kkf }}</div>
<div class="l">Bank</div><div>{{ bank }}<br>Rek. SRD {{ acct }}{% if acct_usd %}<br>Rek. USD {{ acct_usd }}{% endif %}</div>
<div class="l">Te betalen</div><div style="font-size:14pt;font-weight:bold">{{ cursym }} {{ total }}</div>
{% if due %}<div class="l">Vervaldatum</div><div>{{ due }}</div>{% else %}<div class="l">Betaling</div><div>{{ payterm }}</div>{% endif %}
</div>
<div class="main"><div style="font-size:20pt;font-weight:bold;color:{{ color }}">FACTUUR</div>
<table style="width:100%;margin-top:8px;font-size:8.4pt"><tr><td style="width:55%"><b>Aan:</b><br>{{ bname }}<br>{{ baddr }}{% if bid %}<br>BTW-nr. {{ bid }}{% endif %}</td>
<td><table><tr><td>Factuurnummer</td><td><b>{{ no }}</b></td></tr><tr><td>Factuurdatum</td><td>{{ date }}</td></tr><tr><td>Klantnummer</td><td>{{ cust }}</td></tr>{% if po %}<tr><td>Uw order</td><td>{{ po }}</td></tr>{% endif %}{% if pak %}<tr><td>Pakbon</td><td>{{ pak }} ({{ pakdate }})</td></tr>{% endif %}</table></td></tr></table>
<table class="it"><tr><th>Omschrijving</th><th>Eenheid</th><th class="r">Aantal</th><th class="r">Prijs</th><th class="r">BTW</th><th class="r">Bedrag</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.v }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:8px;font-size:8.6pt"><tr><td style="padding-right:20px">Subtotaal</td><td class="r">{{ net }}</td></tr>
{% if exempt %}<tr><td>waarvan 0% (basisgoederen)</td><td class="r">{{ exempt }}</td></tr>{% endif %}
<tr><td>BTW 10% over {{ base10 }}</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:10pt"><td style="border-top:1pt solid #333">Totaal {{ curcode }}</td><td class="r" style="border-top:1pt solid #333">{{ total }}</td></tr></table>
{% if usd %}<div style="font-size:7.6pt;color:#555;margin-top:6px;text-align:right">Tegenwaarde ter informatie: USD {{ usd }} (koers CBvS {{ rate }})</div>{% endif %}
<div style="font-size:7.4pt;color:#555;margin-top:18px">Bedragen in Surinaamse dollars (SRD). Basisgoederen belast tegen het 0%-tarief. Op al onze leveringen zijn onze algemene voorwaarden van toepassing.</div>
</div></body></html>"""


@style("04", "sr_pbm_paramaribo_factuur_btw_10_sidebar_left")
def s04(rng, i):
    vname, vaddr, color = PB_V[i]
    d = rand_date(rng, dt.date(2025, 1, 6))
    cat = PB_ROWS if i in (0, 3) else [r for r in PB_ROWS if not r[6]]
    items = lines(rng, cat, [5, 1, 9, 13][i], D("0.01"))
    for x in items:
        x["ex"] = bool(x["extra"])
    net = sum(x["amount"] for x in items)
    base10 = sum(x["amount"] for x in items if not x["ex"])
    exempt = net - base10
    tax = q2(base10 / 10)
    total = net + tax
    vid = f"{digits(rng, 9, True)}"
    no = [f"F{d.year}-{rng.randint(1000, 9999)}", f"{rng.randint(20000, 99999)}", f"WAS/{rng.randint(100, 999)}", f"CIE-{d.strftime('%y')}{rng.randint(1000, 9999)}"][i]
    fd = [nl_date, lambda x: x.strftime("%d-%m-%Y"), nl_date, lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 30, 45])) if i in (0, 2) else None
    po = [f"PO-{rng.randint(1000, 9999)}", None, f"{rng.randint(100, 999)}/{d.year}", None][i]
    usd = en(q2(total / D("36.85"))) if i in (1, 3) else None
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(40, 49)}-{rng.randint(1000, 9999)}", vid=vid, kkf=digits(rng, 5, True),
        bank=rng.choice(["De Surinaamsche Bank N.V.", "Hakrinbank N.V.", "Finabank N.V.", "Republic Bank (Suriname) N.V."]), acct=digits(rng, 9, True), acct_usd=digits(rng, 9, True) if i % 2 else None,
        cursym="SRD" if i != 2 else "SRD$", curcode="SRD", total=de(total), due=fd(due) if due else None, payterm=["", "Contant bij aflevering", "", "Betaling binnen 8 dagen"][i],
        bname=["Supermarkt Nieuw Nickerie N.V.", "Bouwbedrijf Moengo", "Landbouwcoöperatie Tijgerkreek", "Restaurant 't Vat"][i], baddr=["Gouverneurstraat 12, Nieuw Nickerie", "Wilhelminastraat 8, Moengo", "Tijgerkreek-West, Saramacca", "Kleine Waterstraat 1, Paramaribo"][i],
        bid=digits(rng, 9, True) if i != 1 else None, no=no, date=fd(d), cust=f"K{rng.randint(1000, 9999)}", po=po, pak=f"PB{rng.randint(10000, 99999)}" if i in (0, 3) else None, pakdate=(d - dt.timedelta(days=rng.randint(0, 5))).strftime("%d-%m-%Y"),
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": de(x["price"]), "v": "0%" if x["ex"] else "10%", "a": de(x["amount"])} for x in items],
        net=de(net), exempt=de(exempt) if exempt else None, base10=de(base10), tax=de(tax), usd=usd, rate="36,850",
    )
    notes = (
        "Paramaribo (Suriname) wholesaler's FACTUUR in Dutch with a coloured LEFT SIDEBAR (BTW number, KKF, bank, the TOTAL 'Te betalen'), BTW 10 %" + (" and basic goods at 0 %" if exempt else "") + ", SRD '1.234,56': "
        "vendor = the sidebar name; vendor_tax_id = 'BTW-registratienummer' in the sidebar (the buyer's BTW-nr., KKF number, bank accounts, customer number, pakbon are decoys). "
        "invoice_number = 'Factuurnummer'; invoice_date = 'Factuurdatum' (" + ["Dutch long date", "dd-mm-yyyy", "Dutch long date", "dd/mm/yyyy"][i] + "). "
        + due_note(due, ctx["payterm"] or None, "Vervaldatum")
        + po_note(po, "Uw order")
        + "subtotal = 'Subtotaal'; tax = 'BTW 10%'; total = 'Totaal SRD' / 'Te betalen'" + (" (the USD counter-value at the CBvS rate is a decoy)" if usd else "")
        + ". Currency SRD. Line items: every row (the 0 % basic goods included)."
    )
    t = truth(vname, vid, no, po, d, due, "SRD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Factuurnummer", fd(due) if due else None, usd]}
    return t, chk, (PB_HTML.replace("@@BASE@@", css(margin="0", fs="8.6pt")), ctx)


# =========================================================================== 05 Trujillo (IGV 18 %, PEN / USD), total at the top
TR_V = [
    ("AGROINDUSTRIAL MOCHE S.A.C.", "Av. América Sur 1250, Urb. La Merced, Trujillo - La Libertad", "#b91c1c"),
    ("CALZADOS EL PORVENIR E.I.R.L.", "Jr. Sánchez Carrión 455, El Porvenir, Trujillo", "#0f766e"),
    ("SERVICIOS INDUSTRIALES HUANCHACO S.R.L.", "Mz. B Lt. 14, Parque Industrial, La Esperanza, Trujillo", "#1d4ed8"),
    ("DISTRIBUIDORA CHAN CHAN S.A.", "Av. Mansiche 890, Trujillo - La Libertad", "#a16207"),
]
TR_ROWS = [
    ("ESPÁRRAGO VERDE FRESCO CAL. JUMBO (CAJA 5 KG)", "CJA", 10, 400, "38.00", "62.00"), ("PALTA HASS CAT. I (CAJA 10 KG)", "CJA", 10, 300, "55.00", "88.00"),
    ("ARÁNDANO FRESCO CLAMSHELL 125 G (x12)", "CJA", 10, 500, "36.00", "54.00"), ("ZAPATO DE CUERO CABALLERO MOD. 1020", "PAR", 12, 300, "68.00", "145.00"),
    ("BOTÍN DAMA CUERO NAPA", "PAR", 12, 200, "85.00", "160.00"), ("SUELA DE PVC N° 38-42", "DOC", 5, 120, "42.00", "66.00"),
    ("MANTENIMIENTO PREVENTIVO DE CALDERO 150 BHP", "SERV", 1, 2, "1800.00", "4600.00"), ("SOLDADURA ESTRUCTURAL (HORA-HOMBRE)", "HH", 4, 80, "45.00", "75.00"),
    ("ALQUILER DE MONTACARGA 3 TN (DÍA)", "DIA", 1, 20, "380.00", "560.00"), ("AZÚCAR RUBIA BOLSA 50 KG", "BLS", 5, 200, "142.00", "178.00"),
    ("ARROZ EXTRA COSTEÑO 49 KG", "SAC", 5, 200, "165.00", "210.00"), ("ACEITE VEGETAL 1 L (CAJA x12)", "CJA", 5, 150, "82.00", "110.00"),
    ("FLETE TRUJILLO - CHICLAYO", "VJE", 1, 3, "650.00", "1400.00"), ("CAMBIO DE RODAMIENTOS FAJA TRANSPORTADORA", "SERV", 1, 3, "900.00", "2800.00"),
]
TR_HTML = """<html lang="es-PE"><head><meta charset="utf-8"><style>@@BASE@@
table.it{width:100%;border-collapse:collapse;margin-top:8px} table.it th{background:{{ color }};color:#fff;font-size:7.4pt;padding:3px;font-weight:normal} table.it td{padding:3px;font-size:7.8pt;border-bottom:0.4pt solid #ccc}
.r{text-align:right;white-space:nowrap} .box{border:1.2pt solid {{ color }};border-radius:6px;padding:6px 10px;text-align:center}
</style></head><body>
<div style="background:{{ color }};color:#fff;padding:8px 12px;display:flex;justify-content:space-between;align-items:center"><div style="font-size:8pt">IMPORTE TOTAL A PAGAR<br><span style="font-size:18pt;font-weight:bold">{{ sym }} {{ total }}</span></div><div style="text-align:right;font-size:8pt">{% if due %}Vence: {{ due }}{% else %}Forma de pago: Contado{% endif %}<br>Emitido: {{ date }}</div></div>
<table style="width:100%;margin-top:8px"><tr><td style="width:62%;font-size:8.4pt"><b style="font-size:11pt">{{ vname }}</b><br>{{ vaddr }}<br>Tel. (044) {{ tel }}</td>
<td><div class="box"><b>R.U.C. N° {{ vid }}</b><br><span style="font-size:11pt;font-weight:bold">FACTURA ELECTRÓNICA</span><br><b>{{ no }}</b></div></td></tr></table>
<table style="width:100%;margin-top:8px;font-size:8pt;border:0.5pt solid #999"><tr><td style="padding:4px">Señor(es): <b>{{ bname }}</b><br>RUC: {{ bid }}<br>Dirección: {{ baddr }}</td>
<td style="padding:4px">Fecha de emisión: {{ date }}<br>Moneda: {{ curname }}{% if tc %}<br>Tipo de cambio: {{ tc }}{% endif %}{% if po %}<br>Orden de compra: {{ po }}{% endif %}{% if guia %}<br>Guía de remisión: {{ guia }}{% endif %}</td></tr></table>
<table class="it"><tr><th>CANT.</th><th>UNID.</th><th>CÓDIGO</th><th>DESCRIPCIÓN</th><th class="r">V. UNITARIO</th><th class="r">VALOR VENTA</th></tr>
{% for it in items %}<tr><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td>{{ it.k }}</td><td>{{ it.d }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px"><tr><td style="font-size:8pt;vertical-align:top">SON: {{ words }}<br><br>{% if detr %}Operación sujeta al Sistema de Pago de Obligaciones Tributarias con el Gobierno Central (SPOT). Detracción {{ detr_pct }}%: S/ {{ detr }} — Cta. Banco de la Nación N° {{ bn }}{% endif %}<br>{{ qr|safe }}<br><span style="font-size:6.8pt">Representación impresa de la Factura Electrónica. Consulte en sunat.gob.pe · Resumen: {{ hash }}</span></td>
<td style="width:40%;vertical-align:top"><table style="width:100%;font-size:8.4pt"><tr><td>Op. Gravada</td><td class="r">{{ sym }} {{ net }}</td></tr><tr><td>Op. Exonerada</td><td class="r">{{ sym }} 0.00</td></tr><tr><td>Op. Inafecta</td><td class="r">{{ sym }} 0.00</td></tr><tr><td>I.G.V. 18%</td><td class="r">{{ sym }} {{ tax }}</td></tr><tr style="font-weight:bold"><td>IMPORTE TOTAL</td><td class="r">{{ sym }} {{ total }}</td></tr></table></td></tr></table>
</body></html>"""


@style("05", "pe_tru_trujillo_factura_igv_18_total_top_words")
def s05(rng, i):
    vname, vaddr, color = TR_V[i]
    d = rand_date(rng)
    cat = [TR_ROWS[:3] + TR_ROWS[12:13], TR_ROWS[3:6], TR_ROWS[6:9] + TR_ROWS[13:], TR_ROWS[9:13] + TR_ROWS[:3]][i]
    items = lines(rng, cat, [3, 2, 1, 6][i], D("0.01"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.18"))
    total = net + tax
    usd = i == 0
    vid = valid(rng, lambda: "20" + digits(rng, 9), ruc.is_valid)
    bid = valid(rng, lambda: rng.choice(["20", "10"]) + digits(rng, 9), ruc.is_valid)
    no = f"F{rng.choice(['001', '002', '003', '101'])}-{rng.randint(1, 99999):08d}" if i != 2 else f"E001-{rng.randint(1, 9999)}"
    fd = [lambda x: x.strftime("%d/%m/%Y"), es_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%Y-%m-%d")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 60])) if i in (0, 2) else None
    po = [f"OC-{rng.randint(10000, 99999)}", None, f"4500{rng.randint(100000, 999999)}", None][i]
    cents = int((total - int(total)) * 100)
    curname = "DÓLARES AMERICANOS" if usd else "SOLES"
    detr = q2(total * D("0.12")) if i == 2 else None
    ctx = dict(
        color=color, sym="US$" if usd else "S/", total=en(total), due=fd(due) if due else None, date=fd(d), vname=vname, vaddr=vaddr, tel=f"{rng.randint(200, 299)}{rng.randint(100, 999)}", vid=vid, no=no,
        bname=["FRESH FRUIT IMPORTS LLC", "COMERCIAL CALZADO NORTE S.A.C.", "AGROINDUSTRIAL LAREDO S.A.A.", "MINIMARKET LA ESPERANZA E.I.R.L."][i], bid=bid, baddr=["Miami, FL (exportación vía agente)", "Av. Balta 560, Chiclayo", "Carretera Industrial km 8, Laredo", "Av. Túpac Amaru 1200, La Esperanza"][i],
        curname=curname, tc="3.742" if usd else None, po=po, guia=f"T001-{rng.randint(100, 99999):08d}" if i in (0, 3) else None,
        items=[{"q": qstr(x["qty"]), "u": x["unit"], "k": f"P{rng.randint(1000, 9999)}", "d": x["desc"], "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        words=f"{es_words(int(total)).upper()} CON {cents:02d}/100 {curname}", detr=en(detr) if detr else None, detr_pct=12, bn=f"00-{digits(rng, 3)}-{digits(rng, 6)}",
        qr=qr_svg(rng, 20), hash="".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(28)), net=en(net), tax=en(tax),
    )
    notes = (
        "Trujillo (La Libertad, Peru) supplier's FACTURA ELECTRÓNICA in Spanish with the TOTAL in a coloured band at the TOP ('IMPORTE TOTAL A PAGAR'), the RUC box, IGV 18 %, '1,234.56' with "
        + ("'US$' and 'Moneda: DÓLARES AMERICANOS' (tipo de cambio a decoy)" if usd else "'S/' and 'Moneda: SOLES'") + ", total in Spanish words ('SON: ...'): "
        "vendor = the name beside the RUC box; vendor_tax_id = 'R.U.C. N°' in the box (the buyer's RUC, guía de remisión, Banco de la Nación account are decoys). "
        "invoice_number = the series-number in the box; invoice_date = 'Fecha de emisión' (" + ["dd/mm/yyyy", "Spanish long date", "dd/mm/yyyy", "yyyy-mm-dd"][i] + "). "
        + due_note(due, None if due else "Contado", "Vence")
        + po_note(po, "Orden de compra")
        + "subtotal = 'Op. Gravada'; tax = 'I.G.V. 18%'; total = 'IMPORTE TOTAL'" + (" (the detracción amount is a decoy: it is paid out of the total, not deducted from it)" if detr else "")
        + f". Currency {'USD' if usd else 'PEN'}. Line items: every row's 'VALOR VENTA' (before IGV)."
    )
    t = truth(vname, vid, no, po, d, due, "USD" if usd else "PEN", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bid, "IMPORTE TOTAL", curname, fd(due) if due else None]}
    return t, chk, (TR_HTML.replace("@@BASE@@", css(margin="10mm 11mm", fs="8.4pt")), ctx)
