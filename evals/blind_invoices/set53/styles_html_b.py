"""Chromium (HTML) styles for set 53, second part (04 Netanya חשבונית מס in Hebrew right to left on a FULLY RULED grid,
מע"מ 18 %, shekels '1,234.56', the allocation number and the buyer's ח.פ. as decoys; 05 Maracaibo FACTURA in Spanish
with a table WITHOUT RULES, the TOTALS at the LEFT, IVA 16 %, bolívares '1.234,56' with the USD counter-values at the
BCV rate and a discount as a negative row)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import css, de, digits, en, q2, qstr, rand_date, style_registry, valid
from kit_common import due_note, lines, po_note, truth
from stdnum.il import hp
from stdnum.ve import rif

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Netanya (מע"מ 18 %, ILS), RTL, ruled
NT_V = [
    ("יהלומי השרון בע\"מ", "רח' הרצל 41, נתניה 4240308"),
    ("נתניה מיזוג אוויר והנדסה בע\"מ", "אזור התעשייה ספיר, רח' הגביש 12, נתניה"),
    ("חוף פולג ציוד ימי בע\"מ", "שד' בן גוריון 19, נתניה"),
    ("דפוס עיר ימים בע\"מ", "רח' שמואל הנציב 7, נתניה"),
]
NT_B = ["ג'ואלרי פלוס בע\"מ, רמת גן", "קניון השרון ניהול בע\"מ, נתניה", "מועדון שייט הרצליה בע\"מ", "עיריית נתניה – מחלקת רכש"]
NT_ROWS = [
    ("ליטוש יהלום 0.5 קראט", "יח'", 1, 12, 850, 2400), ("שיבוץ טבעת זהב 14K", "יח'", 1, 10, 380, 950), ("תעודת גמולוגית", "יח'", 1, 10, 120, 260),
    ("מזגן מיני מרכזי 3.5 כ\"ס", "יח'", 1, 4, 7800, 12800), ("התקנה וצנרת נחושת", "מטר", 5, 60, 95, 180), ("שירות תחזוקה חודשי", "חודש", 1, 12, 450, 980),
    ("מצוף הצלה SOLAS", "יח'", 1, 10, 290, 540), ("חבל עגינה 14 מ\"מ", "מטר", 10, 200, 14, 32), ("אנטי-פאולינג 2.5 ליטר", "יח'", 1, 8, 420, 690), ("הדרכת בטיחות ימית", "שעה", 1, 12, 280, 450),
    ("הדפסת קטלוג 32 עמ' 4 צבעים", "עותק", 200, 3000, 4, 12), ("שלטי רול-אפ 85x200", "יח'", 1, 20, 190, 340), ("עיצוב גרפי", "שעה", 2, 30, 180, 320), ("כרטיסי ביקור 350 גר'", "חבילה", 1, 40, 45, 120),
]
NT_HTML = """<html lang="he" dir="rtl"><head><meta charset="utf-8"><style>@@BASE@@
table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th,table.it td{border:1px solid #555;padding:4px 5px;font-size:8.2pt} table.it th{background:#e5e7eb}
.n{direction:ltr;unicode-bidi:embed;text-align:left;white-space:nowrap} .box{border:1px solid #555;padding:6px}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:8.4pt">{{ vaddr }}<br>טל' <span class="n">09-{{ tel }}</span> · {{ vlabel }} <span class="n">{{ vid }}</span></div></td>
<td style="text-align:left;vertical-align:top"><div style="font-size:17pt;font-weight:bold">חשבונית מס</div><div style="font-size:9pt">מקור</div></td></tr></table>
<table style="width:100%;margin-top:10px"><tr><td class="box" style="width:55%"><b>לכבוד:</b> {{ bname }}<br>ח.פ. לקוח: <span class="n">{{ bid }}</span></td>
<td class="box"><table>{% for k, v in heads %}<tr><td style="padding-left:10px">{{ k }}</td><td><b class="n">{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr><th>#</th><th>תיאור</th><th>יחידה</th><th>כמות</th><th>מחיר ליחידה</th><th>סה"כ</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="n">{{ it.q }}</td><td class="n">{{ it.p }}</td><td class="n">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-right:auto;margin-top:10px;border-collapse:collapse;font-size:9pt">
<tr><td class="box">סה"כ לפני מע"מ</td><td class="box n">₪ {{ net }}</td></tr><tr><td class="box">מע"מ 18%</td><td class="box n">₪ {{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:10.5pt"><td class="box">סה"כ לתשלום</td><td class="box n">₪ {{ total }}</td></tr></table>
<div style="margin-top:12px;font-size:8pt">{{ terms }}<br>פרטי בנק: {{ bank }}, סניף <span class="n">{{ br }}</span>, חשבון <span class="n">{{ acc }}</span></div>
<div style="position:absolute;bottom:0;width:100%;font-size:7pt;color:#666;border-top:1px solid #999">מסמך ממוחשב · הופק ע"י חשבשבת · עמוד <span class="n">1 מתוך 1</span></div>
</body></html>"""


@style("04", "il_nty_netanya_heshbonit_mas_maam_18_ruled_rtl")
def s04(rng, i):
    vname, vaddr = NT_V[i]
    d = rand_date(rng, start=dt.date(2025, 1, 6))
    cat = [NT_ROWS[:3], NT_ROWS[3:6], NT_ROWS[6:10], NT_ROWS[10:]][i]
    items = lines(rng, cat, [3, 3, 4, 4][i], D("0.5"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.18"))
    total = net + tax
    vid = valid(rng, lambda: "51" + digits(rng, 7), hp.is_valid)
    bid = valid(rng, lambda: "51" + digits(rng, 7), hp.is_valid) if i != 3 else "500700017"
    no = [f"{rng.randint(10000, 99999)}", f"{d.year}-{rng.randint(100, 9999)}", f"{rng.randint(1000, 9999)}", f"{rng.randint(30000, 39999)}"][i]
    fd = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i in (0, 3) else None
    po = [None, f"PO-{rng.randint(1000, 9999)}", None, f"{rng.randint(4500000, 4599999)}"][i]
    heads = [("חשבונית מס מס'", no), ("תאריך", fd(d)), ("תאריך אספקה", fd(d - dt.timedelta(days=rng.randint(1, 6))))]
    if due:
        heads.append(("לתשלום עד", fd(due)))
    if po:
        heads.append(("הזמנת רכש", po))
    heads.append(("מספר הקצאה", digits(rng, 9, True)))
    term = None if due else "שוטף + 30"
    ctx = dict(
        color=["#1e3a8a", "#0f766e", "#075985", "#6b21a8"][i], vname=vname, vaddr=vaddr, tel=digits(rng, 7, True), vlabel=["ח.פ.", "ע.מ.", "ח.פ.", "ע.מ."][i], vid=vid,
        bname=NT_B[i], bid=bid, heads=heads, items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": en(x["price"]), "a": en(x["amount"])} for x in items],
        net=en(net), tax=en(tax), total=en(total), terms=f"תנאי תשלום: {term}" if term else "תשלום בהעברה בנקאית עד לתאריך הנקוב",
        bank=rng.choice(["בנק לאומי", "בנק הפועלים", "בנק דיסקונט"]), br=f"{rng.randint(600, 899)}", acc=f"{rng.randint(10, 99)}-{digits(rng, 6)}",
    )
    notes = (
        "Netanya (Israel) חשבונית מס in Hebrew RIGHT TO LEFT on a FULLY RULED grid, מע\"מ 18 %, shekels '₪ 1,234.56': vendor = the Hebrew name at the top right; "
        "vendor_tax_id = its " + ctx["vlabel"] + " number under the address (the customer's ח.פ., the allocation number 'מספר הקצאה', the bank account are decoys). "
        "invoice_number = 'חשבונית מס מס''; invoice_date = 'תאריך' (the supply date 'תאריך אספקה' is a decoy). "
        + due_note(due, "שוטף + 30", "לתשלום עד")
        + po_note(po, "הזמנת רכש")
        + "subtotal = 'סה\"כ לפני מע\"מ'; tax = 'מע\"מ 18%'; total = 'סה\"כ לתשלום'. Currency ILS ('₪'). Line items: every row."
    )
    t = truth(vname, vid, no, po, d, due, "ILS", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vid, bid, fd(due) if due else None]}
    return t, chk, (NT_HTML.replace("@@BASE@@", css(margin="14mm", fs="9pt")), ctx)


# =========================================================================== 05 Maracaibo (IVA 16 %, VES + USD), unruled, totals left
MC_V = [
    ("Suministros Industriales del Lago, C.A.", "Av. 17 Los Haticos, local 45-80, Maracaibo, estado Zulia"),
    ("Refrigeración Zuliana 2010, C.A.", "Calle 77 (5 de Julio) con Av. 3H, Maracaibo, Zulia"),
    ("Distribuidora Farmacéutica La Chinita, C.A.", "Zona Industrial Sur, Av. 16 Guajira, Maracaibo"),
    ("Tornería y Soldadura El Saladillo, C.A.", "Sector El Saladillo, Calle 95, Maracaibo, Zulia"),
]
MC_B = ["Petrocasa Occidente, S.A. – RIF J-29876543-1", "Hotel Venetur Lago, C.A.", "Farmacias Sur del Lago, C.A.", "Astilleros del Zulia, C.A."]
MC_ROWS = [
    ("Válvula de compuerta 4\" clase 150", "und", 1, 12, 180, 420), ("Empacadura espirometálica 6\"", "und", 5, 60, 9, 28), ("Electrodo 7018 1/8\" (caja 20 kg)", "caja", 1, 20, 85, 140),
    ("Compresor 5 TR R-410A", "und", 1, 4, 850, 1600), ("Gas refrigerante R-410A 11,3 kg", "bombona", 1, 8, 120, 210), ("Mantenimiento preventivo de chiller", "servicio", 1, 3, 450, 1200),
    ("Amoxicilina 500 mg x 21 caps", "caja", 20, 400, 3, 7), ("Acetaminofén 650 mg x 10", "caja", 50, 800, 1, 3), ("Solución fisiológica 500 ml", "und", 20, 400, 1, 4), ("Guantes de nitrilo M x 100", "caja", 5, 120, 6, 14),
    ("Torneado de eje de propela", "servicio", 1, 3, 380, 950), ("Soldadura de casco (hora-hombre)", "hora", 4, 80, 18, 35), ("Plancha naval 1/4\" 4x8", "und", 1, 20, 210, 390),
]
MC_HTML = """<html lang="es-VE"><head><meta charset="utf-8"><style>@@BASE@@
table.it{width:100%;border-collapse:collapse;margin-top:12px} table.it th{font-size:7.2pt;color:#555;text-align:left;padding:3px 4px;text-transform:uppercase} table.it td{padding:3px 4px;font-size:8pt}
.r{text-align:right;white-space:nowrap}
</style></head><body>
<div style="font-size:14pt;font-weight:bold">{{ vname }}</div><div style="font-size:8pt">RIF: {{ vid }}<br>{{ vaddr }} · Telf. (0261) {{ tel }}</div>
<table style="width:100%;margin-top:10px;font-size:8.4pt"><tr><td style="width:55%"><b>Cliente:</b> {{ bname }}<br>RIF cliente: {{ brif }}<br>Dirección fiscal: Maracaibo, Zulia</td>
<td><div style="font-size:13pt;font-weight:bold">FACTURA</div>N° de factura: <b>{{ no }}</b><br>N° de control: {{ ctl }}<br>Fecha de emisión: <b>{{ d }}</b>{% if due %}<br>Fecha de vencimiento: {{ due }}{% endif %}{% if po %}<br>Orden de compra: {{ po }}{% endif %}<br>Condición: {{ cond }}</td></tr></table>
<table class="it"><tr><th>Código</th><th>Descripción</th><th class="r">Cant.</th><th class="r">Precio Bs.</th><th class="r">Total Bs.</th><th class="r">Ref. USD</th></tr>
{% for it in items %}<tr><td>{{ it.c }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="r">{{ it.u }}</td></tr>{% endfor %}</table>
<table style="margin-top:16px;font-size:8.6pt;border-collapse:collapse"><tr><td style="padding:2px 14px 2px 0">Base imponible IVA 16%</td><td class="r">Bs. {{ net }}</td><td class="r" style="padding-left:14px;color:#666">USD {{ unet }}</td></tr>
<tr><td style="padding:2px 14px 2px 0">IVA 16%</td><td class="r">Bs. {{ tax }}</td><td class="r" style="padding-left:14px;color:#666">USD {{ utax }}</td></tr>
<tr style="font-weight:bold;font-size:10pt"><td style="padding:3px 14px 3px 0;border-top:1px solid #000">TOTAL A PAGAR</td><td class="r" style="border-top:1px solid #000">Bs. {{ total }}</td><td class="r" style="padding-left:14px;color:#666;border-top:1px solid #000">USD {{ utotal }}</td></tr></table>
<div style="margin-top:8px;font-size:7.6pt;color:#444">Tasa de cambio BCV del {{ rd }}: Bs. {{ rate }} por USD. Los montos en USD son referenciales (art. 128 Ley del BCV).</div>
<div style="margin-top:6px;font-size:7.6pt">Pago móvil / transferencia: {{ bank }} cta. {{ acc }}</div>
<div style="position:absolute;bottom:0;font-size:6.8pt;color:#777">Imprenta Digital Occidente, C.A. RIF J-{{ imp }} · Providencia SENIAT/0032 · N° de control desde 00-{{ c1 }} hasta 00-{{ c2 }} · Página 1 de 1</div>
</body></html>"""


def _ve_rif(rng, kind="J"):
    s = valid(rng, lambda: kind + digits(rng, 9), rif.is_valid)
    return f"{s[0]}-{s[1:9]}-{s[9]}"


@style("05", "ve_mar_maracaibo_factura_iva_16_unruled_totals_left_usd")
def s05(rng, i):
    vname, vaddr = MC_V[i]
    d = rand_date(rng)
    cat = [MC_ROWS[:3], MC_ROWS[3:6], MC_ROWS[6:10], MC_ROWS[10:]][i]
    rate = D(rng.randint(3600, 48000)) / 100
    items = lines(rng, cat, [3, 3, 4, 3][i], D("0.01"))
    for x in items:  # USD list prices converted at the day's rate to bolívares
        x["usd"] = x["price"]
        x["price"] = q2(x["usd"] * rate)
        x["amount"] = q2(x["qty"] * x["price"])
    if i in (1, 2):
        g = sum(x["amount"] for x in items)
        disc = -q2(g * D(rng.choice([3, 5, 10])) / 100)
        items.append({"desc": f"Descuento comercial {int(round(-disc / g * 100))}%", "unit": "", "qty": None, "price": disc, "amount": disc, "usd": None, "show_qty": False})
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.16"))
    total = net + tax
    vid = _ve_rif(rng)
    brif = _ve_rif(rng)
    no = [f"{rng.randint(1, 9999):08d}", f"A-{rng.randint(1000, 9999)}", f"{rng.randint(10000, 99999)}", f"00{rng.randint(1000, 9999)}"][i]
    fd = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i != 3 else None
    po = [f"OC-{rng.randint(10000, 99999)}", None, f"{rng.randint(100000, 999999)}", None][i]
    c1 = rng.randint(1000, 50000)
    u = lambda x: en(q2(x / rate))  # noqa: E731
    ctx = dict(
        vname=vname, vid=vid, vaddr=vaddr, tel=digits(rng, 7, True), bname=MC_B[i], brif=brif, no=no, ctl=f"00-{c1 + rng.randint(1, 900):08d}", d=fd(d), due=fd(due) if due else None, po=po,
        cond="Crédito" if due else "Contado", items=[{"c": f"{rng.randint(1000, 9999)}" if x["qty"] is not None else "", "d": x["desc"], "q": qstr(x["qty"]) if x["qty"] is not None else "", "p": de(x["price"]) if x["qty"] is not None else "", "a": de(x["amount"]), "u": u(x["amount"])} for x in items],
        net=de(net), tax=de(tax), total=de(total), unet=u(net), utax=u(tax), utotal=u(total), rate=de(rate, 4), rd=fd(d), bank=rng.choice(["Banco Occidental de Descuento", "Banesco", "Banco de Venezuela"]),
        acc=f"0{rng.randint(100, 199)}-{digits(rng, 4)}-{digits(rng, 2)}-{digits(rng, 10)}", imp=f"{digits(rng, 8)}-{rng.randint(0, 9)}", c1=f"{c1:08d}", c2=f"{c1 + 1000:08d}",
    )
    notes = (
        "Maracaibo (Zulia, Venezuela) FACTURA in Spanish with the item table WITHOUT RULES and the TOTALS at the LEFT under it, IVA 16 %, bolívares 'Bs. 1.234,56' with a USD reference column and USD totals at the BCV rate (decoys)"
        + (", a commercial DISCOUNT as a NEGATIVE row" if i in (1, 2) else "")
        + ": vendor = the name at the top; vendor_tax_id = its RIF as printed (J-xxxxxxxx-x; the customer's RIF, the printer's RIF, the control numbers, the bank account are decoys). "
        "invoice_number = 'N° de factura' (the 'N° de control' is a decoy); invoice_date = 'Fecha de emisión'. "
        + due_note(due, "Contado", "Fecha de vencimiento")
        + po_note(po, "Orden de compra")
        + "subtotal = 'Base imponible IVA 16%'; tax = 'IVA 16%'; total = 'TOTAL A PAGAR' in bolívares. Currency VES. Line items: every row in Bs." + (" including the discount row (no quantity)." if i in (1, 2) else "")
    )
    t = truth(vname, vid, no, po, d, due, "VES", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, brif, "TOTAL A PAGAR", ctx["ctl"], "USD " + ctx["utotal"], fd(due) if due else None]}
    return t, chk, (MC_HTML.replace("@@BASE@@", css(margin="14mm", fs="8.6pt")), ctx)
