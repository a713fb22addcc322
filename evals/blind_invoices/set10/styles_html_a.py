"""Chromium (HTML) styles for set 10, part A (01 Chilean boleta de honorarios electrónica with the retención, 02 Cypriot
τιμολόγιο with a sidebar, 03 Jordanian tax invoice in Arabic with its totals above the items, 04 Macedonian фактура
with ЕДБ and ДДВ)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS
from invoice_kit import (
    T,
    css,
    de,
    digits,
    en,
    iban,
    iban_fmt,
    li,
    mt,
    q2,
    qstr,
    rand_date,
    style_registry,
    valid,
)
from kit_common import items_from, qr_svg
from stdnum.cl import rut as _rut
from stdnum.cy import vat as _cyvat
from stdnum.mk import edb as _edb

STYLES, style = style_registry("chromium")


def rut_fmt(r):
    body, dv = r[:-1], r[-1]
    return f"{de(D(body), 0)}-{dv}"


def make_rut(rng, lo, hi):
    body = str(rng.randint(lo, hi))
    return body + _rut.calc_check_digit(body)


# =========================================================================== 01 Chilean boleta de honorarios electrónica (RUT, retención 14,5 % / 15,25 %)
CL_V = [
    ("CAROLINA ANDREA MUÑOZ REYES", "PSICÓLOGA", "Av. Providencia 1208, Of. 504, Providencia, Santiago", (9000000, 17999999)),
    ("JUAN PABLO SEPÚLVEDA TORO", "INGENIERO CIVIL INFORMÁTICO", "Los Carrera 1430, Concepción", (12000000, 19999999)),
    ("MARÍA IGNACIA FUENTES ARAYA", "TRADUCTORA E INTÉRPRETE", "Calle Esmeralda 987, Dpto. 32, Valparaíso", (10000000, 18999999)),
    ("RODRIGO ALEJANDRO VIDAL PARRA", "ARQUITECTO", "Av. Alemania 0671, Temuco", (8000000, 15999999)),
]
CL_B = [
    ("CENTRO MÉDICO INTEGRAL LOS ANDES SPA", "Av. Vitacura 5250, Vitacura"),
    ("AGRÍCOLA Y FORESTAL BIOBÍO LIMITADA", "Camino a Penco km 3, Concepción"),
    ("NAVIERA AUSTRAL DEL PACÍFICO S.A.", "Blanco 1131, Valparaíso"),
    ("INMOBILIARIA LA FRONTERA SPA", "Manuel Montt 450, Temuco"),
]
CL_L = [
    [("Atención psicológica individual", 35000, 55000, "sesiones"), ("Taller de autocuidado para funcionarios", 180000, 320000, None), ("Evaluación psicolaboral", 60000, 95000, "evaluaciones")],
    [("Desarrollo de módulo de inventario", 18000, 32000, "horas"), ("Soporte y mantención de sistema, mes de", 250000, 600000, None), ("Migración de base de datos", 400000, 900000, None)],
    [("Traducción inglés-español de contrato de fletamento", 120000, 480000, None), ("Interpretación simultánea", 220000, 380000, "jornadas"), ("Revisión de manual técnico", 90000, 260000, None)],
    [("Anteproyecto de arquitectura edificio habitacional", 1200000, 3500000, None), ("Tramitación de permiso de edificación DOM", 450000, 900000, None), ("Visitas a obra", 45000, 80000, "visitas")],
]
S01_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="14mm 16mm", font="'Liberation Sans',Arial,sans-serif", fs="9pt")
    + """
.box{border:2px solid #c00;color:#c00;text-align:center;font-weight:bold;padding:8px 6px;line-height:1.7;width:68mm}
table.kv td{padding:2px 8px 2px 0} table.it{width:100%;margin-top:6px} table.it td{padding:4px 4px;border-bottom:1px dotted #999}
table.tot{margin-left:auto;margin-top:10px} table.tot td{padding:3px 8px} .small{font-size:7.6pt;color:#444}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:12pt;font-weight:bold">{{ v_name }}</div><div>{{ giro }}</div><div>{{ v_addr }}</div><div>Teléfono: {{ tel }}</div></td>
<td style="width:72mm"><div class="box">R.U.T.: {{ rut }}<br>BOLETA DE HONORARIOS<br>ELECTRÓNICA<br>N° {{ no }}</div><div class="c small" style="margin-top:4px">S.I.I. - {{ unidad }}</div></td></tr></table>
<div style="margin-top:14px;text-align:right">Fecha: {{ d_words }}</div>
<table class="kv" style="margin-top:10px"><tr><td>Señor(es):</td><td><b>{{ b_name }}</b></td></tr><tr><td>Rut:</td><td>{{ b_rut }}</td></tr><tr><td>Domicilio:</td><td>{{ b_addr }}</td></tr></table>
<div style="margin-top:14px;font-weight:bold">Por atención profesional:</div>
<table class="it">{% for it in items %}<tr><td>{{ it.desc }}</td><td class="r" style="width:35mm">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tot"><tr><td>Total Honorarios $:</td><td class="r"><b>{{ gross }}</b></td></tr><tr><td>{{ rate }} % Impto. Retenido:</td><td class="r">{{ ret }}</td></tr><tr><td>Total:</td><td class="r">{{ liq }}</td></tr></table>
{% if note %}<div style="margin-top:14px" class="small">{{ note }}</div>{% endif %}
<div style="margin-top:40px" class="small">Fecha / Hora Emisión: {{ emis }}<br>Verifique este documento en www.sii.cl · Código de verificación: {{ code }}</div>
<div class="small" style="margin-top:6px">{{ ret_note }}</div>
</body></html>"""
)


@style("01", "cl_boleta_honorarios")
def s01(rng, i):
    vname, giro, vaddr, (rlo, rhi) = CL_V[i]
    bname, baddr = CL_B[i]
    d = rand_date(rng)
    rate = D("15.25") if d.year >= 2026 else D("14.5")
    items = []
    for desc, lo, hi, unit in rng.sample(CL_L[i], rng.randint(1, 3)):
        if unit:
            q = rng.randint(2, 12)
            p = D(rng.randint(lo // 1000, hi // 1000) * 1000)
            desc = f"{desc}, {q} {unit} x $ {de(p, 0)}"
            items.append({"desc": desc, "qty": D(q), "amount": p * q, "show_qty": False})
        else:
            a = D(rng.randint(lo // 1000, hi // 1000) * 1000)
            if desc.endswith("mes de"):
                desc = f"{desc} {MONTHS['es'][(d.month - 2) % 12]}"
            items.append({"desc": desc, "qty": None, "amount": a, "show_qty": False})
    gross = sum(it["amount"] for it in items)
    ret = (gross * rate / 100).quantize(D("1"), rounding="ROUND_HALF_UP")
    liq = gross - ret
    rut = make_rut(rng, rlo, rhi)
    b_rut = make_rut(rng, 76000000, 77999999)
    no = str(rng.randint(18, 1450))
    po = f"{rng.randint(4500, 4999)}{digits(rng, 6)}" if i == 1 else None
    note = f"Orden de compra N° {po}" if po else ("Honorarios correspondientes al contrato de prestación de servicios de " + f"{d.year}." if i == 3 else None)
    ctx = dict(
        v_name=vname, giro=giro, v_addr=vaddr, tel=f"+56 9 {digits(rng, 4, True)} {digits(rng, 4)}", rut=rut_fmt(rut), no=no,
        unidad=rng.choice(["SANTIAGO ORIENTE", "CONCEPCIÓN", "VALPARAÍSO", "TEMUCO"]) if i != 0 else "SANTIAGO ORIENTE",
        d_words=f"{d.day} de {MONTHS['es'][d.month - 1].capitalize()} de {d.year}", b_name=bname, b_rut=rut_fmt(b_rut), b_addr=baddr,
        items=[{"desc": it["desc"], "a": de(it["amount"], 0)} for it in items], gross=de(gross, 0), rate=de(rate).rstrip("0").rstrip(","), ret=de(ret, 0), liq=de(liq, 0),
        note=note, emis=f"{d.strftime('%d/%m/%Y')} {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}", code="".join(rng.choice("0123456789ABCDEF") for _ in range(12)),
        ret_note="Retención practicada por el receptor de la boleta (contribuyente de primera categoría).",
    )
    notes = (
        "Chilean boleta de honorarios electrónica (SII format) of a professional: vendor = the professional's name in the letterhead; vendor tax id = the R.U.T. in the red box (as printed, "
        "with dots and check digit); the receiver's Rut and the verification code are decoys. invoice_number = 'N°' in the box; invoice_date = 'Fecha' (in words, '15 de Marzo de 2026'); the "
        "'Fecha / Hora Emisión' repeats it. No due date (null). " + (f"PO = 'Orden de compra N°' {po} under the items. " if po else "No PO. ")
        + f"No tax is charged: subtotal and tax null; total = 'Total Honorarios' (gross fees); the {qstr(rate)} % 'Impto. Retenido' (income tax the receiver withholds) and the "
        "'Total:' after it (the net paid to the professional) are decoys. Currency CLP ('$', whole pesos, '1.234.567'). Line items: every fee row (no quantity column; "
        "quantities printed inside some descriptions are not read as quantities: null)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=rut_fmt(rut), invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=None,
        currency="CLP", subtotal=None, tax=None, total=mt(gross), line_items=li(items), notes=notes,
    )
    return t, [ctx["d_words"], rut_fmt(rut), no, po, vname], (S01_HTML, ctx)


# =========================================================================== 02 Cypriot τιμολόγιο with a left sidebar (ΦΠΑ 19 % / 9 % / 5 %, CY VAT)
CY_V = [
    ("Κυπριακή Ξυλουργική Λτδ", "Kypriaki Xylourgiki Ltd", "Λεωφ. Αρχ. Μακαρίου Γ' 142", "3021 Λεμεσός", "#234e70"),
    ("Αφοί Χριστοδούλου Τεχνικές Εργασίες Λτδ", None, "Οδός Κολοκοτρώνη 18, Στρόβολος", "2045 Λευκωσία", "#6b2c3e"),
    ("Blue Coast Hospitality Ltd", "Blue Coast Hospitality Ltd", "Λεωφ. Νησιού 55, Πρωταράς", "5296 Παραλίμνι", "#0f6a6a"),
    ("Παπαδόπουλος & Ιωάννου Λογιστές Λτδ", None, "Γρίβα Διγενή 61, 3ος όροφος", "6036 Λάρνακα", "#4b4b4b"),
]
CY_B = [
    ("Limassol Marina Residences Ltd", "Λεωφ. Ναυάρχου Νελσώνος 2, 3042 Λεμεσός"),
    ("Δήμος Στροβόλου", "Λεωφ. Στροβόλου 100, 2018 Λευκωσία"),
    ("Sunways Travel GmbH", "Kurfürstendamm 21, 10719 Berlin, Deutschland"),
    ("Ανδρέου Εμπορική Λτδ", "Οδός Ερμού 44, 6021 Λάρνακα"),
]
CY_L = [
    [("Ντουλάπες κουζίνας από δρυ, κατά παραγγελία", "τεμ.", 380, 920, 2, 14, 19), ("Πόρτες εσωτερικές laminate", "τεμ.", 160, 340, 2, 20, 19), ("Τοποθέτηση και εργατικά", "ώρες", 28, 45, 8, 90, 19), ("Ξύλινο δάπεδο δρυς", "m²", 38, 72, 20, 160, 19)],
    [("Συντήρηση κλιματιστικών μονάδων", "τεμ.", 45, 90, 4, 40, 19), ("Επιδιόρθωση ηλεκτρικού πίνακα", "υπηρ.", 180, 650, 1, 2, 19), ("Αντικατάσταση φωτιστικών LED", "τεμ.", 22, 58, 10, 120, 19), ("Εργατικά ηλεκτρολόγου", "ώρες", 25, 38, 4, 60, 19)],
    [("Διανυκτέρευση δίκλινο με πρωινό", "νύχτες", 78, 165, 10, 120, 9), ("Ημιδιατροφή (δείπνο)", "άτομα", 18, 32, 20, 240, 9), ("Μεταφορά από αεροδρόμιο Λάρνακας", "διαδρομές", 45, 95, 1, 8, 19), ("Εκδρομή Τρόοδος με ξεναγό", "άτομα", 35, 60, 10, 60, 19)],
    [("Τήρηση λογιστικών βιβλίων (τρίμηνο)", "υπηρ.", 450, 1200, 1, 1, 19), ("Υποβολή δήλωσης ΦΠΑ", "υπηρ.", 80, 160, 1, 3, 19), ("Μισθοδοσία προσωπικού", "μήνες", 60, 180, 1, 3, 19), ("Ετήσιος έλεγχος οικονομικών καταστάσεων", "υπηρ.", 1500, 4800, 1, 1, 19)],
]
S02_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="0", font="'DejaVu Sans',sans-serif", fs="8.6pt")
    + """
.side{position:fixed;left:0;top:0;bottom:0;width:58mm;background:{{ color }};color:#fff;padding:16mm 6mm 0 7mm;box-sizing:border-box;font-size:7.6pt;line-height:1.5}
.side h1{font-size:12.5pt;line-height:1.25;margin:0 0 6px 0} .side .l{opacity:.75;font-size:6.8pt;margin-top:9px;text-transform:uppercase;letter-spacing:.5px}
.main{margin-left:66mm;margin-right:12mm;padding-top:16mm} .lab{font-size:6.8pt;color:#777;text-transform:uppercase;letter-spacing:.4px} .val{font-size:9.4pt;margin-bottom:6px}
table.meta td{padding:0 14px 4px 0;vertical-align:top} table.it{width:100%;margin-top:16px} table.it th{font-size:7pt;color:#777;text-align:left;padding:4px 3px;border-bottom:1.5px solid {{ color }}} table.it th.r{text-align:right}
table.it td{padding:5px 3px} table.tot{margin-left:auto;margin-top:10px} table.tot td{padding:3px 6px}
</style></head><body>
<div class="side"><h1>{{ v_name }}</h1>{% if v_en %}<div>{{ v_en }}</div>{% endif %}<div style="margin-top:8px">{{ v1 }}<br>{{ v2 }}<br>Κύπρος / Cyprus</div>
<div class="l">Τηλ. / Tel.</div><div>{{ tel }}</div><div class="l">{{ vat_lab }}</div><div>{{ vat }}</div><div class="l">Αρ. Εγγραφής Εταιρείας / Reg. No.</div><div>{{ he }}</div>
<div class="l">{{ tic_lab }}</div><div>{{ tic }}</div><div class="l">Τράπεζα / Bank</div><div>{{ bank }}<br>IBAN {{ ib }}<br>BIC {{ bic }}</div></div>
<div class="main"><div style="font-size:20pt;font-weight:bold;color:{{ color }};letter-spacing:1px">{{ title }}</div>
<table class="meta" style="margin-top:12px"><tr><td><div class="lab">{{ L.no }}</div><div class="val"><b>{{ no }}</b></div></td><td><div class="lab">{{ L.date }}</div><div class="val">{{ d }}</div></td>{% if due %}<td><div class="lab">{{ L.due }}</div><div class="val">{{ due }}</div></td>{% endif %}{% if po %}<td><div class="lab">{{ L.po }}</div><div class="val">{{ po }}</div></td>{% endif %}</tr></table>
<div class="lab" style="margin-top:8px">{{ L.to }}</div><div class="val"><b>{{ b_name }}</b><br>{{ b_addr }}{% if b_vat %}<br>{{ b_vat }}{% endif %}</div>
<table class="it"><tr><th style="width:46%">{{ L.desc }}</th><th class="r">{{ L.qty }}</th><th>{{ L.unit }}</th><th class="r">{{ L.price }}</th><th class="r">{{ L.vatp }}</th><th class="r">{{ L.amt }}</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td>{{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}%</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tot"><tr><td>{{ L.net }}</td><td class="r">{{ net }}</td></tr>{% for r in vat_rows %}<tr><td>{{ L.vat }} {{ r.rate }}% {{ L.on }} {{ r.base }}</td><td class="r">{{ r.tax }}</td></tr>{% endfor %}
{% if vat_rows|length > 1 %}<tr><td>{{ L.vat_t }}</td><td class="r">{{ tax }}</td></tr>{% endif %}<tr><td style="border-top:2px solid {{ color }}"><b>{{ L.total }}</b></td><td class="r" style="border-top:2px solid {{ color }}"><b>€ {{ total }}</b></td></tr></table>
<div style="margin-top:26px;font-size:7.6pt;color:#555">{{ terms }}</div></div>
</body></html>"""
)
CY_LAB = {
    "el": dict(no="Αριθμός τιμολογίου", date="Ημερομηνία", due="Ημερομηνία λήξης", po="Αρ. παραγγελίας", to="Προς", desc="Περιγραφή", qty="Ποσότητα", unit="Μονάδα", price="Τιμή μονάδας", vatp="ΦΠΑ", amt="Ποσό",
               net="Καθαρό ποσό", vat="ΦΠΑ", on="επί", vat_t="Σύνολο ΦΠΑ", total="Γενικό σύνολο"),
    "bi": dict(no="Αρ. Τιμολογίου / Invoice No.", date="Ημερομηνία / Date", due="Λήξη / Due date", po="Αρ. Παραγγελίας / PO", to="Προς / Bill to", desc="Περιγραφή / Description", qty="Ποσ. / Qty", unit="Μον.", price="Τιμή / Price",
               vatp="ΦΠΑ / VAT", amt="Ποσό / Amount", net="Καθαρό ποσό / Net amount", vat="ΦΠΑ / VAT", on="επί", vat_t="Σύνολο ΦΠΑ / Total VAT", total="Σύνολο / Total EUR"),
}


@style("02", "cy_timologio_fpa_sidebar")
def s02(rng, i):
    vname, v_en, v1, v2, color = CY_V[i]
    bname, baddr = CY_B[i]
    d = rand_date(rng)
    items = items_from(rng, CY_L[i], rng.randint(2, 4))
    for it in items:
        it["rate"] = D(it["extra"])
        it["tax"] = q2(it["amount"] * it["rate"] / 100)
    net = sum(it["amount"] for it in items)
    rates = sorted({it["rate"] for it in items}, reverse=True)
    vat_rows = [(r, sum(it["amount"] for it in items if it["rate"] == r)) for r in rates]
    vat_rows = [(r, b, q2(b * r / 100)) for r, b in vat_rows]
    tax = sum(v[2] for v in vat_rows)
    total = net + tax
    lang = "bi" if i in (0, 2) else "el"
    fm = en if i in (0, 2) else de
    body = valid(rng, lambda: rng.choice(["10", "30", "32"]) + digits(rng, 6), lambda s: _cyvat.is_valid(s + _cyvat.calc_check_digit(s)))
    vat = "CY" + body + _cyvat.calc_check_digit(body)
    vat_p = vat if i != 1 else f"CY {body}{vat[-1]}"
    tbody = valid(rng, lambda: rng.choice(["10", "30", "32"]) + digits(rng, 6), lambda s: s != body and _cyvat.is_valid(s + _cyvat.calc_check_digit(s)))
    tic = tbody + _cyvat.calc_check_digit(tbody)
    he = f"ΗΕ {rng.randint(100000, 459999)}"
    no = [f"INV-{d.year}-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}", f"BCH/{str(d.year)[2:]}/{rng.randint(1000, 9999)}", f"Τ-{rng.randint(100, 999)}/{d.year}"][i]
    due = d + dt.timedelta(days=[30, 60, 15, 30][i]) if i != 3 else None
    po = [None, f"ΑΠ {rng.randint(100, 999)}/{d.year}", f"SW-{rng.randint(100000, 999999)}", None][i]
    f = (lambda x: x.strftime("%d/%m/%Y")) if i != 3 else (lambda x: f"{x.day} {MONTHS['el_gen'][x.month - 1]} {x.year}")
    b_vat = "ΑΦΜ/VAT: DE" + digits(rng, 9, True) if i == 2 else None
    ib = iban("CY", rng.choice(["002", "005", "018"]) + digits(rng, 5) + digits(rng, 16))
    terms = [
        "Παρακαλούμε όπως η πληρωμή γίνει με τραπεζικό έμβασμα αναφέροντας τον αριθμό τιμολογίου. / Please quote the invoice number with your payment.",
        "Όροι πληρωμής: 60 ημέρες από την ημερομηνία τιμολόγησης. Το τιμολόγιο αφορά την εντολή εργασίας του Δήμου.",
        "Accommodation subject to the reduced VAT rate of 9%, other services at 19%. Payment within 15 days. / Πληρωμή εντός 15 ημερών.",
        "Πληρωτέο με την παραλαβή. Ευχαριστούμε για τη συνεργασία.",
    ][i]
    ctx = dict(
        color=color, v_name=vname, v_en=v_en if v_en != vname else None, v1=v1, v2=v2, tel=f"+357 {rng.choice(['22', '24', '25', '23'])} {digits(rng, 6, True)}",
        vat_lab="Αρ. Εγγραφής ΦΠΑ / VAT Reg. No." if lang == "bi" else "Αρ. Εγγραφής ΦΠΑ", vat=vat_p, he=he, tic_lab="ΑΦΤ / TIC" if lang == "bi" else "Αρ. Φορολογικής Ταυτότητας (ΑΦΤ)", tic=tic,
        bank=rng.choice(["Bank of Cyprus", "Ελληνική Τράπεζα", "Eurobank Cyprus"]), ib=iban_fmt(ib), bic=rng.choice(["BCYPCY2N", "HEBACY2N", "ERBKCY2N"]),
        title="ΤΙΜΟΛΟΓΙΟ / INVOICE" if lang == "bi" else "ΤΙΜΟΛΟΓΙΟ", L=CY_LAB[lang], no=no, d=f(d), due=f(due) if due else None, po=po, b_name=bname, b_addr=baddr, b_vat=b_vat,
        items=[{"desc": it["desc"], "q": qstr(it["qty"]), "unit": it["unit"], "p": fm(it["price"]), "r": qstr(it["rate"]), "a": fm(it["amount"])} for it in items],
        net=fm(net), vat_rows=[{"rate": qstr(r), "base": fm(b), "tax": fm(t)} for r, b, t in vat_rows], tax=fm(tax), total=fm(total), terms=terms,
    )
    notes = (
        "Cypriot τιμολόγιο, " + ("bilingual Greek/English labels" if lang == "bi" else "Greek labels") + " above their values, with a full-height coloured sidebar on the left holding the company details: "
        "vendor = the name heading the sidebar" + (" (its English name under it is the same company)" if v_en and v_en != vname else "") + "; vendor tax id = the VAT registration number "
        "('Αρ. Εγγραφής ΦΠΑ', CY + 8 digits + check letter, as printed); the ΑΦΤ/TIC, the company registration number (ΗΕ) and the IBAN are decoys"
        + (", as is the buyer's German VAT number" if b_vat else "") + ". invoice_number = 'Αριθμός τιμολογίου' (as printed); invoice_date = 'Ημερομηνία' ("
        + ("a Greek date in words" if i == 3 else "dd/mm/yyyy") + "). " + ("due = the due date. " if due else "'Πληρωτέο με την παραλαβή' (payable on receipt): no due date (null). ")
        + (f"PO = the order number {po}. " if po else "No PO. ")
        + "subtotal = 'Καθαρό ποσό'; tax = " + ("'Σύνολο ΦΠΑ' (9 % on accommodation and meals, 19 % on the rest; the per-rate rows are parts)" if len(vat_rows) > 1 else "the ΦΠΑ row")
        + "; total = the grand total. Currency EUR (€). Amounts " + ("'1,234.56'" if fm is en else "'1.234,56'") + ". Line items: every row (amount = 'Ποσό', net)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=vat_p, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="EUR", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [f(d), f(due) if due else None, vat_p, no, po, vname, tic], (S02_HTML, ctx)


# =========================================================================== 03 Jordanian tax invoice in Arabic (الرقم الضريبي, ضريبة المبيعات 16 % / 4 %, JOD in fils, totals above the items)
JO_V = [
    ("شركة النخيل للتجارة العامة ذ.م.م", "عمّان - شارع وصفي التل، عمارة 112", "#1f5f3f"),
    ("مؤسسة البتراء لمواد البناء", "الزرقاء - المنطقة الصناعية، شارع 36", "#7a3b12"),
    ("شركة الرؤية لتكنولوجيا المعلومات م.خ.م", "عمّان - الشميساني، شارع عبد الحميد شرف 15", "#21407a"),
    ("مطبعة الشرق الحديثة", "إربد - شارع الجامعة، بناية 9", "#5a2a6a"),
]
JO_B = [
    ("سوبرماركت السلام", "عمّان - جبل الحسين"),
    ("شركة المدائن للمقاولات", "العقبة - المنطقة الاقتصادية الخاصة"),
    ("البنك العربي الإسلامي الدولي", "عمّان - الشميساني"),
    ("جامعة اليرموك - دائرة المشتريات", "إربد"),
]
JO_L = [
    [("أرز بسمتي 5 كغ", "كرتونة", 8.5, 14.75, 10, 80, 4), ("زيت زيتون بكر 4 لتر", "عبوة", 18.0, 29.5, 6, 60, 4), ("مناديل ورقية 10 حزم", "كرتونة", 3.25, 6.5, 20, 200, 16), ("منظف أرضيات 3 لتر", "عبوة", 1.75, 3.95, 24, 240, 16)],
    [("إسمنت بورتلاندي 50 كغ", "كيس", 4.1, 5.6, 100, 900, 16), ("حديد تسليح 12 ملم", "طن", 520, 640, 2, 18, 16), ("بلوك إسمنتي 15 سم", "قطعة", 0.28, 0.45, 500, 4000, 16), ("رمل ناعم", "م3", 9.5, 14.0, 10, 120, 16)],
    [("ترخيص برنامج مكافحة الفيروسات - سنة", "رخصة", 12.0, 28.0, 20, 300, 16), ("صيانة شبكة الحاسوب - شهري", "شهر", 350, 900, 1, 3, 16), ("حاسوب محمول Dell Latitude", "جهاز", 610, 890, 1, 12, 16), ("ساعات دعم فني إضافية", "ساعة", 18.0, 35.0, 4, 60, 16)],
    [("طباعة كتب جامعية 240 صفحة", "نسخة", 2.15, 4.5, 200, 3000, 16), ("طباعة نشرات ملونة A4", "ألف", 28.0, 55.0, 2, 30, 16), ("تجليد فاخر", "نسخة", 0.75, 1.6, 100, 1200, 16)],
]
S03_HTML = (
    """<html dir="rtl" lang="ar"><head><meta charset="utf-8"><style>"""
    + css(margin="13mm 14mm", font="'DejaVu Sans',sans-serif", fs="8.8pt")
    + """
body{direction:rtl} td,th{text-align:right} .l{text-align:left} .hd{color:{{ color }}} table.kv td{padding:2px 0 2px 12px}
table.sum{width:100%;margin-top:12px;border:1.5px solid {{ color }}} table.sum td{padding:5px 8px;text-align:center;border-left:1px solid #ccc} table.sum .k{font-size:7.4pt;color:#555}
table.it{width:100%;margin-top:14px} table.it th{background:{{ color }};color:#fff;padding:4px 5px;font-size:8pt} table.it td{padding:4px 5px} table.it tr:nth-child(even) td{background:#f2f2f2}
</style></head><body>
<table style="width:100%"><tr><td><div class="hd" style="font-size:15pt;font-weight:bold">{{ v_name }}</div><div>{{ v_addr }}</div><div>الرقم الضريبي: <b>{{ tin }}</b></div><div>رقم التسجيل في وزارة الصناعة والتجارة: {{ reg }}</div><div>هاتف: <span dir="ltr">{{ tel }}</span></div></td>
<td style="width:30mm" class="l">{{ qr|safe }}</td></tr></table>
<div class="hd" style="font-size:17pt;font-weight:bold;text-align:center;margin-top:10px">{{ title }}</div>
<table style="width:100%;margin-top:8px"><tr><td style="width:55%"><table class="kv"><tr><td>رقم الفاتورة:</td><td><b dir="ltr">{{ no }}</b></td></tr><tr><td>تاريخ الفاتورة:</td><td>{{ d }}</td></tr>
{% if due %}<tr><td>تاريخ الاستحقاق:</td><td>{{ due }}</td></tr>{% endif %}{% if po %}<tr><td>رقم أمر الشراء:</td><td dir="ltr">{{ po }}</td></tr>{% endif %}<tr><td>طريقة الدفع:</td><td>{{ pay }}</td></tr></table></td>
<td><div style="border-right:3px solid {{ color }};padding-right:8px"><span style="font-size:7.4pt;color:#666">اسم المشتري</span><br><b>{{ b_name }}</b><br>{{ b_addr }}{% if b_tin %}<br>الرقم الضريبي للمشتري: {{ b_tin }}{% endif %}</div></td></tr></table>
<table class="sum"><tr>{% for k, v in summary %}<td><div class="k">{{ k }}</div><div style="font-size:{% if loop.last %}12pt;font-weight:bold{% else %}10pt{% endif %}">{{ v }}</div></td>{% endfor %}</tr></table>
<table class="it"><tr><th>#</th><th style="width:40%">الوصف</th><th>الوحدة</th><th>الكمية</th><th>سعر الوحدة</th><th>نسبة الضريبة</th><th>المجموع قبل الضريبة</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.desc }}</td><td>{{ it.unit }}</td><td>{{ it.q }}</td><td>{{ it.p }}</td><td>{{ it.r }}%</td><td>{{ it.a }}</td></tr>{% endfor %}</table>
<div style="margin-top:10px">المبلغ كتابةً: {{ words }}</div>
<div style="margin-top:18px;font-size:7.2pt;color:#555">رقم تسلسل مصدر الدخل: {{ seq }} · المعرّف الفريد للفاتورة (UUID): <span dir="ltr">{{ uuid }}</span><br>تم إصدار هذه الفاتورة من خلال نظام الفوترة الوطني الأردني (جو فوترة).</div>
<table style="width:100%;margin-top:30px"><tr><td class="c">توقيع المستلم ____________</td><td class="c">الختم والتوقيع ____________</td></tr></table>
</body></html>"""
)
AR_ONES = "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة".split()


def jo_words(total):
    """A short Arabic amount line: the dinars in digits, then 'دينار أردني' and the fils (Jordanian invoices often print it so)."""
    dinars = int(total)
    fils = int((total - dinars) * 1000)
    return f"فقط {en(D(dinars), 0)} دينار أردني" + (f" و {fils} فلس" if fils else "") + " لا غير"


@style("03", "jo_fatura_daribiya_jod")
def s03(rng, i):
    vname, vaddr, color = JO_V[i]
    bname, baddr = JO_B[i]
    d = rand_date(rng)
    items = items_from(rng, JO_L[i], rng.randint(2, 4), step=D("0.05") if i != 2 else D("0.25"))
    for it in items:
        it["rate"] = D(it["extra"])
    net = sum(it["amount"] for it in items)
    tax = sum(q2(sum(it["amount"] for it in items if it["rate"] == r) * r / 100) for r in {it["rate"] for it in items})
    total = net + tax
    f3 = lambda x: en(x, 3)  # noqa: E731
    tin = digits(rng, 8, True)
    no = [f"{d.year}-{rng.randint(1000, 9999)}", f"INV{rng.randint(100000, 999999)}", f"SI-{rng.randint(10000, 99999)}", str(rng.randint(1200, 9800))][i]
    due = {1: d + dt.timedelta(days=30), 2: d + dt.timedelta(days=45), 3: d + dt.timedelta(days=60)}.get(i)
    po = [None, f"PO-{rng.randint(1000, 9999)}", f"{rng.randint(4500000, 4599999)}", f"{d.year}/{rng.randint(100, 999)}"][i]
    f = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    multi = len({it["rate"] for it in items}) > 1
    summary = [("المجموع قبل الضريبة", f3(net)), ("ضريبة المبيعات" + ("" if multi else " 16%"), f3(tax)), ("الإجمالي شامل الضريبة (د.أ)", f3(total))]
    if i == 0:
        summary.insert(0, ("عدد الأصناف", str(len(items))))
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tin=tin, reg=str(rng.randint(10000, 250000)), tel=f"+962 {rng.choice(['6', '5', '2'])} {digits(rng, 7, True)}", qr=qr_svg(rng, 26),
        title="فاتورة ضريبية" if i != 0 else "فاتورة ضريبية / بيع نقدي", no=no, d=f(d), due=f(due) if due else None, po=po, pay=["نقداً", "آجل - تحويل بنكي", "آجل - تحويل بنكي", "آجل - شيك"][i],
        b_name=bname, b_addr=baddr, b_tin=digits(rng, 8, True) if i in (1, 2) else None, summary=summary,
        items=[{"desc": it["desc"], "unit": it["unit"], "q": qstr(it["qty"]), "p": f3(it["price"]), "r": qstr(it["rate"]), "a": f3(it["amount"])} for it in items],
        words=jo_words(total), seq=digits(rng, 7, True), uuid="-".join("".join(rng.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12)),
    )
    notes = (
        "Jordanian tax invoice (JoFotara) in Arabic, right to left, its totals in a summary strip ABOVE the items table: vendor = the Arabic letterhead; vendor tax id = 'الرقم الضريبي' under it "
        "(8 digits, no public checksum); the ministry registration number, the income-source sequence, the UUID" + (" and the buyer's tax number" if i in (1, 2) else "") + " are decoys. "
        "invoice_number = 'رقم الفاتورة' (as printed); invoice_date = 'تاريخ الفاتورة' (dd/mm/yyyy). " + ("due = 'تاريخ الاستحقاق'. " if due else "Cash sale: no due date (null). ")
        + (f"PO = 'رقم أمر الشراء' {po}. " if po else "No PO. ")
        + "subtotal = 'المجموع قبل الضريبة'; tax = 'ضريبة المبيعات'" + (" (4 % on staple foods, 16 % on the rest, printed as one sum)" if multi else " 16%") + "; total = 'الإجمالي شامل الضريبة'. "
        + ("'عدد الأصناف' (item count) is a decoy. " if i == 0 else "")
        + "Currency JOD ('د.أ', 'دينار أردني'). Amounts with three decimals (fils, '1,234.560'), all whole cents here. Line items: every row (amount = 'المجموع قبل الضريبة', net)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=tin, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="JOD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [f(d), f(due) if due else None, tin, no, po, vname], (S03_HTML, ctx)


# =========================================================================== 04 Macedonian фактура (ЕДБ МК…, ДДВ 18 % / 5 %, рабат, денари or no currency)
MK_V = [
    ("Македонска Градба ДООЕЛ Скопје", "ул. Партизански одреди бр. 72", "1000 Скопје", "#8a1c1c"),
    ("Охридска Риба ДОО Охрид", "ул. Македонски просветители бр. 14", "6000 Охрид", "#1c4f8a"),
    ("Пелагонија Агро ДООЕЛ Битола", "ул. Индустриска бб", "7000 Битола", "#3d6b1f"),
    ("Вардар Софт ДОО Скопје", "бул. Илинден бр. 101/2-5", "1000 Скопје", "#333"),
]
MK_B = [
    ("Градежно претпријатие Бетон АД Скопје", "ул. Трифун Хаџи Јанев бр. 1, Скопје"),
    ("Хотел Метропол ДООЕЛ", "ул. Кеј Маршал Тито бр. 3, Охрид"),
    ("Тинекс-МТ ДООЕЛ", "ул. Јадранска магистрала бр. 31, Скопје"),
    ("Општина Куманово", "ул. 11 Октомври бб, Куманово"),
]
MK_L = [
    [("Цемент CEM II 42,5 (вреќа 50 кг)", "вреќа", 290, 390, 50, 600, 18), ("Арматура Ø12", "кг", 48, 62, 200, 4000, 18), ("Бетонски блок 20 см", "парче", 38, 55, 200, 3000, 18), ("Превоз со камион", "тура", 3500, 7500, 1, 6, 18)],
    [("Охридска пастрмка (свежа)", "кг", 690, 980, 10, 80, 5), ("Крап филе", "кг", 420, 620, 10, 60, 5), ("Ракчиња замрзнати", "кг", 780, 1150, 5, 40, 5), ("Амбалажа стиропор", "парче", 45, 90, 10, 80, 18)],
    [("Пиперка бабура (гајба 10 кг)", "гајба", 260, 420, 20, 300, 5), ("Домати класа I", "кг", 38, 72, 100, 2000, 5), ("Јаболка Ајдаред", "кг", 25, 48, 200, 3000, 5), ("Палети (повратни)", "парче", 350, 450, 2, 20, 18)],
    [("Одржување на информациски систем (месечно)", "месец", 45000, 120000, 1, 3, 18), ("Лиценца за канцелариски софтвер", "лиценца", 4200, 9800, 5, 60, 18), ("Обука на вработени", "час", 1800, 3200, 4, 40, 18)],
]
S04_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="12mm 12mm", font="'DejaVu Sans',sans-serif", fs="8.2pt")
    + """
table.it{width:100%;margin-top:12px} table.it th,table.it td{border:1px solid #666;padding:2.5px 3px} table.it th{font-size:6.8pt;background:#eee;font-weight:bold}
table.tot{margin-left:auto;margin-top:0} table.tot td{border:1px solid #666;padding:3px 6px} .hd{color:{{ color }}} table.kv td{padding:1.5px 8px 1.5px 0}
</style></head><body>
<table style="width:100%"><tr><td style="width:55%"><div class="hd" style="font-size:14pt;font-weight:bold">{{ v_name }}</div>{{ v1 }}, {{ v2 }}<br>Даночен број: {{ edb }}<br>Жиро сметка: {{ acct }} – {{ bank }}<br>Тел.: {{ tel }}</td>
<td style="border:1px solid #999;padding:5px 8px"><span style="font-size:7pt;color:#666">Купувач:</span><br><b>{{ b_name }}</b><br>{{ b_addr }}<br>ЕДБ: {{ b_edb }}</td></tr></table>
<div style="text-align:center;font-size:15pt;font-weight:bold;margin-top:14px">ФАКТУРА бр. {{ no }}</div>
<table class="kv" style="margin-top:8px"><tr><td>Датум на фактура:</td><td>{{ d }}</td><td style="padding-left:26px">Место на издавање:</td><td>{{ place }}</td></tr>
<tr><td>{{ due_label }}</td><td>{{ due_val }}</td><td style="padding-left:26px">Датум на промет:</td><td>{{ d_supply }}</td></tr>
{% if po %}<tr><td>Ваша нарачка бр.:</td><td>{{ po }}</td><td style="padding-left:26px">Испратница бр.:</td><td>{{ disp }}</td></tr>{% endif %}</table>
<table class="it"><tr><th>Р.бр.</th><th>Шифра</th><th style="width:30%">Назив на стоката / услугата</th><th>Ед. мерка</th><th>Количина</th><th>Цена без ДДВ</th><th>Рабат %</th><th>Износ без ДДВ</th><th>ДДВ %</th><th>Износ ДДВ</th><th>Вкупно со ДДВ</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.code }}</td><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.disc }}</td><td class="r">{{ it.a }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.t }}</td><td class="r">{{ it.g }}</td></tr>{% endfor %}</table>
<table class="tot"><tr><td>Вкупно без ДДВ</td><td class="r">{{ net }}</td></tr>{% for r in vat_rows %}<tr><td>ДДВ {{ r.rate }}% на основица {{ r.base }}</td><td class="r">{{ r.tax }}</td></tr>{% endfor %}
<tr><td>Вкупно ДДВ</td><td class="r">{{ tax }}</td></tr><tr><td><b>ВКУПНО ЗА НАПЛАТА{{ cur }}</b></td><td class="r"><b>{{ total }}</b></td></tr></table>
<div style="margin-top:14px;font-size:7.6pt">{{ terms }}</div>
<table style="width:100%;margin-top:34px"><tr><td class="c">Фактурирал<br><br>______________</td><td class="c">М.П.</td><td class="c">Примил<br><br>______________</td></tr></table>
</body></html>"""
)


def mk_account(rng, bank):
    """A 15-digit Macedonian account: bank code (3) + account (10) + two control digits (ISO 7064 mod 97-10)."""
    body = bank + digits(rng, 10)
    return body + f"{98 - int(body + '00') % 97:02d}"


@style("04", "mk_faktura_ddv")
def s04(rng, i):
    vname, v1, v2, color = MK_V[i]
    bname, baddr = MK_B[i]
    d = rand_date(rng)
    picks = items_from(rng, MK_L[i], rng.randint(2, 4), step=D("1") if i != 3 else D("10"))
    items = []
    for it in picks:
        disc = D(rng.choice([0, 0, 3, 5, 10])) if i in (0, 2) else D(0)
        gross = it["qty"] * it["price"]
        a = q2(gross * (100 - disc) / 100)
        r = D(it["extra"])
        items.append({**it, "disc": disc, "amount": a, "rate": r, "tax": q2(a * r / 100)})
    net = sum(it["amount"] for it in items)
    rates = sorted({it["rate"] for it in items}, reverse=True)
    vat_rows = [(r, sum(it["amount"] for it in items if it["rate"] == r), sum(it["tax"] for it in items if it["rate"] == r)) for r in rates]
    tax = sum(v[2] for v in vat_rows)
    total = net + tax
    edb = valid(rng, lambda: rng.choice(["4030", "4057", "4080", "4002"]) + digits(rng, 8) + "0", lambda s: _edb.is_valid(s[:-1] + _edb.calc_check_digit(s[:-1])))
    edb = edb[:-1] + _edb.calc_check_digit(edb[:-1])
    edb_p = "МК" + edb if i != 2 else edb
    b_edb = valid(rng, lambda: "40" + digits(rng, 10), lambda s: True)
    b_edb = b_edb + _edb.calc_check_digit(b_edb)
    bank = rng.choice([("300", "Комерцијална банка АД Скопје"), ("210", "НЛБ Банка АД Скопје"), ("250", "Шпаркасе Банка АД Скопје"), ("380", "ПроКредит Банка АД Скопје")])
    acct = mk_account(rng, bank[0])
    no = [f"{rng.randint(10, 999)}/{d.year}", f"{str(d.year)[2:]}-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}", f"ВС-{rng.randint(10, 400)}/{str(d.year)[2:]}"][i]
    f = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    due = d + dt.timedelta(days=[15, 30, 30, 60][i]) if i in (0, 2, 3) else None
    po = [f"{rng.randint(1000, 9999)}-{str(d.year)[2:]}", None, f"НР-{rng.randint(1000, 9999)}", None][i]
    cur = " (ден.)" if i in (0, 2) else ""
    fm = de
    due_label, due_val = ("Рок на плаќање:", f(due)) if due else ("Валута:", "30 дена")
    ctx = dict(
        color=color, v_name=vname, v1=v1, v2=v2, edb=edb_p, acct=acct, bank=bank[1], tel=f"+389 {rng.choice(['2', '46', '47'])} {digits(rng, 3, True)} {digits(rng, 3)}",
        b_name=bname, b_addr=baddr, b_edb="МК" + b_edb if i != 2 else b_edb, no=no, d=f(d), place=v2.split(" ", 1)[1], due_label=due_label, due_val=due_val, d_supply=f(d - dt.timedelta(days=rng.randint(0, 3))),
        po=po, disp=f"{rng.randint(100, 999)}/{d.year}",
        items=[{"code": f"{rng.randint(10000, 99999)}", "desc": it["desc"], "unit": it["unit"], "q": fm(it["qty"], 0) if it["qty"] >= 1000 else qstr(it["qty"]), "p": fm(it["price"]), "disc": qstr(it["disc"]),
                "a": fm(it["amount"]), "r": qstr(it["rate"]), "t": fm(it["tax"]), "g": fm(it["amount"] + it["tax"])} for it in items],
        net=fm(net), vat_rows=[{"rate": qstr(r), "base": fm(b), "tax": fm(t)} for r, b, t in vat_rows], tax=fm(tax), total=fm(total), cur=cur,
        terms=(f"Плаќање на жиро сметка {acct} со повикување на бројот на фактурата. По истекот на рокот се пресметува законска казнена камата." if due
               else "Рок на плаќање (валута) 30 дена од датумот на фактурата. Рекламации се примаат во рок од 8 дена."),
    )
    notes = (
        "Macedonian фактура in Cyrillic with a fully ruled 11-column table: vendor = the letterhead (its legal form ДООЕЛ/ДОО and seat are part of the name); vendor tax id = 'Даночен број' ("
        + ("МК + 13-digit ЕДБ" if i != 2 else "the bare 13-digit ЕДБ") + ", checksum, as printed); the buyer's ЕДБ, the 15-digit giro account and item codes are decoys. "
        "invoice_number = the number in the title 'ФАКТУРА бр. …' (as printed); invoice_date = 'Датум на фактура' (dd.mm.yyyy); 'Датум на промет' (supply date) is a decoy. "
        + ("due = 'Рок на плаќање'. " if due else "'Валута: 30 дена' is a payment term, not a currency and no date: due null. ")
        + (f"PO = 'Ваша нарачка бр.' {po}; the dispatch note number is a decoy. " if po else "No PO. ")
        + "subtotal = 'Вкупно без ДДВ'; tax = 'Вкупно ДДВ' (per-rate rows on their base are parts); total = 'ВКУПНО ЗА НАПЛАТА'. "
        + ("Currency MKD ('ден.'). " if cur else "No currency printed anywhere: MKD, the vendor's country's. ")
        + "Amounts '1.234,56'. Line items: every row (amount = 'Износ без ДДВ', after the line's рабат %; quantity 'Количина')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=edb_p, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="MKD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [f(d), f(due) if due else None, edb_p, no, po, vname, acct], (S04_HTML, ctx)
