"""Chromium (HTML) styles for set 22, second part (04 Ceuta renovation contractor's factura priced by chapters and
measured items with IPSI 4 % on the works and 3 % on other services, 05 Campione d'Italia watchmaker's fattura to a
private customer for repairs grouped by watch with the local consumption tax ILCCI 8,1 %, in euros or Swiss francs, and
a counter-value in the other currency)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, due_note, es_date, es_iban, it_date, po_note
from kit_common import truth
from invoice_kit import ch, de, digits, exact_price, iban, iban_fmt, mt, q2, qstr, rand_date, style_registry, valid
from kit_common import html_head
from stdnum.es import cif as _cif
from stdnum.es import dni as _dni
from stdnum.it import iva as _iva

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Ceuta renovation by chapters (CIF, IPSI 4 % works / 3 % services, EUR)
EA_V = [("Reformas y Construcciones Hadú, S.L.", "Calle Real 84, bajo", "51002 Ceuta", "#8d0801"), ("Obras y Servicios del Estrecho, S.L.", "Avenida de España 12, local 4", "51001 Ceuta", "#005f73"),
        ("Construcciones Monte Hacho, S.L.U.", "Calle Independencia 21", "51001 Ceuta", "#3d405b"), ("Reformas Integrales Benítez, S.L.", "Barriada de Benítez, Calle Sur 7", "51004 Ceuta", "#606c38")]
EA_B = [("Comunidad de Propietarios Edificio Miramar", "Paseo de las Palmeras 18, 51001 Ceuta", "H", "Reforma de los aseos comunitarios y del portal"),
        ("D. Mohamed Abdelkader Ahmed", "Calle Camoens 9, 3º B, 51001 Ceuta", "dni", "Reforma integral de baño y cocina en vivienda"),
        ("Hotel Puerta de África, S.A.", "Calle Alférez Bayton 2, 51001 Ceuta", "A", "Reforma de habitaciones de la planta 2"),
        ("Dña. Fátima Mohamed Mustafa", "Barriada Los Rosales, bloque 3, 51003 Ceuta", "dni", "Reforma de vivienda")]
EA_CHAPTERS = [
    ("DEMOLICIONES", [("Demolición de alicatado de paredes con medios manuales", "m²", 8, 40, "8.00", "14.00"), ("Levantado de pavimento cerámico y rodapié", "m²", 10, 60, "9.00", "15.00"),
                      ("Desmontaje de aparatos sanitarios y retirada", "ud", 2, 5, "25.00", "45.00")]),
    ("ALBAÑILERÍA", [("Tabique de ladrillo hueco doble de 7 cm", "m²", 5, 25, "22.00", "32.00"), ("Recrecido de mortero para nivelación de suelo", "m²", 10, 50, "12.00", "18.00"),
                     ("Ayudas de albañilería a instalaciones", "ud", 1, 1, "250.00", "600.00")]),
    ("FONTANERÍA", [("Red de agua fría y caliente en multicapa, baño completo", "ud", 1, 2, "480.00", "750.00"), ("Plato de ducha de resina 120 x 80 cm, colocado", "ud", 1, 2, "290.00", "420.00"),
                    ("Inodoro de porcelana vitrificada con cisterna, colocado", "ud", 1, 2, "210.00", "340.00")]),
    ("ELECTRICIDAD", [("Punto de luz sencillo con mecanismo", "ud", 4, 16, "32.00", "48.00"), ("Toma de corriente de 16 A", "ud", 4, 20, "30.00", "45.00"),
                      ("Cuadro general de protección con diferencial", "ud", 1, 1, "380.00", "620.00")]),
    ("SOLADOS Y ALICATADOS", [("Solado con baldosa de gres porcelánico 60 x 60 cm", "m²", 10, 60, "28.00", "42.00"), ("Alicatado con azulejo cerámico 30 x 60 cm", "m²", 10, 45, "24.00", "36.00"),
                              ("Rodapié cerámico de 8 cm", "ml", 10, 60, "6.00", "11.00")]),
    ("PINTURA", [("Pintura plástica lisa en paredes y techos, dos manos", "m²", 40, 220, "5.50", "9.00"), ("Esmalte sintético en carpintería de madera", "m²", 4, 20, "12.00", "18.00")]),
]
EA_SERV = [("Alquiler de contenedor de escombros de 6 m³", "ud", 1, 3, "110.00", "160.00"), ("Limpieza final de obra", "h", 4, 16, "14.00", "19.00")]


def _measure(rng, unit, lo, hi):
    """A measured quantity: square or linear metres to the hundredth, units whole."""
    if unit in ("m²", "ml"):
        return D(rng.randint(lo * 100, hi * 100)) / 100
    return D(rng.randint(lo, hi))


@style("04", "ea_ceuta_reformas_capitulos_ipsi")
def s04(rng, i):
    vname, vstreet, vcity, color = EA_V[i]
    bname, baddr, bkind, site = EA_B[i]
    d = rand_date(rng)
    chapters = sorted(rng.sample(range(len(EA_CHAPTERS)), rng.randint(4, 6)))
    groups = []
    for ci in chapters:
        title, rows = EA_CHAPTERS[ci]
        part = []
        for k, (desc, unit, qlo, qhi, lo, hi) in enumerate(rng.sample(rows, rng.randint(2, len(rows)))):
            q = _measure(rng, unit, qlo, qhi)
            p = D(rng.randint(int(D(lo) * 4), int(D(hi) * 4))) / 4
            part.append({"code": f"{ci + 1:02d}.{k + 1:02d}", "desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "rate": 4})
        groups.append((f"{ci + 1:02d}", title, part))
    serv = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(EA_SERV, rng.randint(1, 2)):
        q = D(rng.randint(qlo, qhi))
        serv.append({"code": "S", "desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.50")), "rate": 3})
        serv[-1]["amount"] = q2(q * serv[-1]["price"])
    items = [x for _c, _t, part in groups for x in part] + serv
    works = sum(x["amount"] for x in items if x["rate"] == 4)
    other = sum(x["amount"] for x in serv)
    ipsi4, ipsi3 = q2(works * D("0.04")), q2(other * D("0.03"))
    net = works + other
    tax = ipsi4 + ipsi3
    total = net + tax
    nif = valid(rng, lambda: rng.choice("B") + "51" + digits(rng, 5) + rng.choice("0123456789"), _cif.is_valid)
    if bkind == "dni":
        num = digits(rng, 8, True)
        b_id = num + _dni.calc_check_digit(num)
    else:
        b_id = valid(rng, lambda: bkind + "51" + digits(rng, 5) + rng.choice("0123456789ABCDEFGHIJ"), _cif.is_valid)
    no = [f"{d.year}/{rng.randint(30, 480):04d}", f"F-{rng.randint(1000, 9999)}", f"MH{d.strftime('%y')}-{rng.randint(100, 999)}", f"RIB/{rng.randint(10, 99)}/{d.strftime('%y')}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), es_date, lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%y")][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=60), None][i]
    term = ["", "Pago a la finalización de la obra", "", "Transferencia a 30 días fecha factura"][i]
    po = [f"CP-MIR-{rng.randint(10, 99)}/{d.year}", None, f"PO-HPA-{rng.randint(1000, 9999)}", None][i]
    baseprint, sumrow = i != 3, i in (0, 2)
    advance = q2(total * D("0.40")) if i == 1 else None
    money = lambda x: de(x) + " €"  # noqa: E731
    qfmt = lambda q: de(q) if q != q.to_integral_value() else qstr(q)  # noqa: E731
    html = html_head(margin="12mm 13mm 14mm 13mm", fs="8.2pt") + """
<table style="width:100%"><tr><td style="vertical-align:top;width:60%"><div style="font-size:13pt;color:{{ color }};white-space:nowrap" class="b">{{ v_name }}</div><div>{{ v_street }} · {{ v_city }}</div><div>Tel. 956 {{ tel }} · obras@{{ dom }}.es</div><div class="b">CIF {{ nif }}</div></td>
<td style="vertical-align:top"><table style="width:100%;border:1px solid #999"><tr><td colspan="2" style="background:{{ color }};color:#fff;padding:4px 8px;font-size:14pt" class="b">FACTURA</td></tr>
{% for k, v in meta %}<tr><td style="padding:2px 8px;color:#555;border-top:1px solid #ddd">{{ k }}</td><td class="b r" style="padding:2px 8px;border-top:1px solid #ddd">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<table style="width:100%;margin-top:10px"><tr><td style="width:50%;vertical-align:top;border:1px solid #ccc;padding:5px 8px"><div class="small">CLIENTE</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>NIF {{ b_id }}</td><td style="width:2%"></td>
<td style="vertical-align:top;border:1px solid #ccc;padding:5px 8px"><div class="small">OBRA</div>{{ site }}<br>{{ b_addr }}<br>Presupuesto aceptado n.º {{ quote }}</td></tr></table>
<table class="it"><tr style="border-bottom:2px solid {{ color }}"><th style="text-align:left">Código</th><th style="text-align:left">Descripción</th><th>Ud</th><th class="r">Medición</th><th class="r">Precio</th><th class="r">Importe</th></tr>
{% for code, title, rows, sub in groups %}<tr style="background:#f0f0f0"><td class="b">{{ code }}</td><td colspan="5" class="b">{{ title }}</td></tr>
{% for it in rows %}<tr style="border-bottom:1px solid #eee"><td>{{ it.code }}</td><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr><td></td><td colspan="4" class="r" style="color:#555">Total capítulo {{ code }} {{ title }}</td><td class="r" style="color:#555;border-top:1px solid #999">{{ sub }}</td></tr>{% endfor %}
<tr style="background:#f0f0f0"><td class="b">S</td><td colspan="5" class="b">OTROS SERVICIOS (IPSI 3 %)</td></tr>
{% for it in serv %}<tr style="border-bottom:1px solid #eee"><td>{{ it.code }}</td><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px;page-break-inside:avoid"><tr><td style="width:45%;vertical-align:top" class="small">Resumen: {{ n_ch }} capítulos de obra, total ejecución material {{ works }}; otros servicios {{ other }}.<br>Operación sujeta al Impuesto sobre la Producción, los Servicios y la Importación (IPSI) de la Ciudad Autónoma de Ceuta.</td>
<td style="vertical-align:top"><table style="margin-left:auto">{% for k, v, bold in tot %}<tr{% if bold %} style="background:{{ color }};color:#fff"{% endif %}><td style="padding:2px 10px"{% if bold %} class="b"{% endif %}>{{ k }}</td><td class="r{% if bold %} b{% endif %}" style="padding:2px 8px">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:12px;page-break-inside:avoid">{% if term %}Forma de pago: {{ term }}. {% endif %}IBAN {{ iban }} ({{ bank }}).</div>
<div class="small" style="margin-top:8px;border-top:1px solid #ccc;padding-top:3px">{{ v_name }} · Inscrita en el Registro Mercantil de Ceuta, tomo {{ tomo }}, folio {{ folio }}, hoja CE-{{ hoja }}</div>
</body></html>"""
    meta = [("Nº factura", no), ("Fecha", fd(d))]
    if po:
        meta.append(("Nº pedido", po))
    if due:
        meta.append(("Vencimiento", fd(due)))
    tot = [("Total ejecución de obra", money(works), False), ("Otros servicios", money(other), False)]
    if baseprint:
        tot.append(("Base imponible total", money(net), False))
    tot += [("IPSI 4 % s/ obra", money(ipsi4), False), ("IPSI 3 % s/ servicios", money(ipsi3), False)]
    if sumrow:
        tot.append(("Total cuota IPSI", money(tax), False))
    tot.append(("TOTAL FACTURA", money(total), True))
    if advance:
        tot += [(f"Entregado a cuenta el {(d - dt.timedelta(days=rng.randint(20, 50))).strftime('%d/%m/%Y')}", money(advance), False), ("Pendiente de pago", money(total - advance), False)]
    bank, bcode = rng.choice([("CaixaBank", "2100"), ("Banco Santander", "0049"), ("Unicaja Banco", "2103"), ("BBVA", "0182")])
    ctx = dict(
        color=color, v_name=vname, v_street=vstreet, v_city=vcity, tel=f"{rng.randint(50, 52)} {rng.randint(10, 99)} {rng.randint(10, 99)}", dom=vname.split()[0].lower(), nif=nif, meta=meta,
        b_name=bname, b_addr=baddr, b_id=b_id, site=site, quote=f"P-{rng.randint(100, 999)}/{d.year}",
        groups=[(code, title, [{"code": x["code"], "desc": x["desc"], "unit": x["unit"], "q": qfmt(x["qty"]), "p": de(x["price"]), "a": de(x["amount"])} for x in part], de(sum(x["amount"] for x in part))) for code, title, part in groups],
        serv=[{"code": x["code"], "desc": x["desc"], "unit": x["unit"], "q": qfmt(x["qty"]), "p": de(x["price"]), "a": de(x["amount"])} for x in serv],
        n_ch=len(groups), works=money(works), other=money(other), tot=tot, term=term, iban=es_iban(rng, bcode), bank=bank,
        tomo=rng.randint(80, 240), folio=rng.randint(1, 220), hoja=rng.randint(1000, 6999),
    )
    notes = (
        "Ceuta renovation contractor's FACTURA in Spanish priced by chapters (bold chapter rows, measured items with codes, a grey 'Total capítulo' row closing each chapter) and 'OTROS SERVICIOS', with the Ceuta IPSI instead of IVA (4 % on the works, 3 % on the other services): vendor = the company name (S.L./S.L.U.) at the top left; vendor tax id = 'CIF' (valid under python-stdnum's es.cif, province code 51); the client's NIF, the quote number and the registry data are decoys. "
        "invoice_number = 'Nº factura'; invoice_date = 'Fecha' (" + ["dd/mm/yyyy", "'12 de marzo de 2026'", "dd-mm-yyyy", "dd/mm/yy"][i] + "). "
        + due_note(due, term, "Vencimiento")
        + po_note(po, "Nº pedido")
        + ("subtotal = 'Base imponible total'" if baseprint else "subtotal null (no row prints the sum of the two bases; 'Total ejecución de obra' and 'Otros servicios' are the two bases)")
        + "; tax = 'IPSI 4 % s/ obra' + 'IPSI 3 % s/ servicios'"
        + (", printed as 'Total cuota IPSI'" if sumrow else " (no row prints their sum)")
        + "; total = 'TOTAL FACTURA'"
        + ("; 'Entregado a cuenta' and 'Pendiente de pago' are decoys" if advance else "")
        + ". The 'Total capítulo' rows and the summary in small print are decoys. Currency EUR, amounts '1.234,56' ('€' after the totals). "
        "Line items: every coded row of the chapters and every row under 'OTROS SERVICIOS' (quantity = the 'Medición': square or linear metres to the hundredth printed '23,45', units, hours)."
    )
    t = truth(vname, nif, no, po, d, due, "EUR", net if baseprint else None, tax, total, items, notes)
    printed = [fd(d), fd(due) if due else None, "CIF " + nif, no, po, vname, "TOTAL FACTURA", "IPSI"]
    return t, (printed if sumrow else {"printed": printed, "tax_parts": [mt(ipsi4), mt(ipsi3)]}), (html, ctx)


# =========================================================================== 05 Campione d'Italia watchmaker (P. IVA, ILCCI 8,1 %, EUR or CHF), repairs grouped by watch
IT_V = [("Orologeria Campionese S.r.l.", "Piazza Roma 3", "#7f5539"), ("Laboratorio Orologiaio di Luca Galli", "Via Totone 11", "#1b4332"),
        ("Gioielleria Orologeria Corso Italia S.n.c. di Rusconi & C.", "Corso Italia 24", "#6a040f"), ("Tempo & Tecnica S.r.l.s.", "Piazzale Maestri Campionesi 2", "#14213d")]
IT_B = [("Sig. Marco Bernasconi", "Via Marco da Campione 5"), ("Sig.ra Elena Ferrari", "Viale Marco da Campione 14"), ("Dott. Giorgio Lurati", "Via Volta 8"), ("Sig.ra Paola Verda", "Corso Italia 41")]
IT_WATCHES = [("Rolex Submariner ref. 16610", "cal. 3135"), ("Omega Seamaster Diver 300M", "cal. 1120"), ("Longines Conquest", "cal. L888"), ("Tissot PRX Powermatic 80", "cal. C07.111"),
              ("Tudor Black Bay 58", "cal. MT5402"), ("Orologio da tasca in argento, fine Ottocento", "scappamento a cilindro"), ("Zenith El Primero", "cal. 400")]
IT_WORK = [("Sostituzione vetro zaffiro", 90, 220), ("Sostituzione corona e tubo", 60, 140), ("Kit guarnizioni e prova di impermeabilità 10 bar", 35, 60),
           ("Lucidatura cassa e bracciale", 80, 180), ("Cinturino in pelle di alligatore, fibbia originale", 120, 260), ("Smagnetizzazione e controllo al cronocomparatore", 25, 45),
           ("Sostituzione molla di carica", 70, 130)]


@style("05", "it_campione_orologeria_ilcci")
def s05(rng, i):
    vname, vaddr, color = IT_V[i]
    bname, baddr = IT_B[i]
    chf = i == 3
    d = rand_date(rng)
    watches = []
    for w, cal in rng.sample(IT_WATCHES, rng.randint(1, 2)):
        rows = [{"desc": f"Revisione completa del movimento ({cal}): smontaggio, lavaggio, lubrificazione, regolazione", "unit": "n.", "qty": D(1), "price": exact_price(rng, D(1), D(280), D(650), D(5))}]
        for desc, lo, hi in rng.sample(IT_WORK, rng.randint(1, 3)):
            rows.append({"desc": desc, "unit": "n.", "qty": D(1), "price": exact_price(rng, D(1), D(lo), D(hi), D(5))})
        if rng.random() < 0.5:
            q = D(rng.randint(1, 3))
            rows.append({"desc": "Manodopera aggiuntiva", "unit": "ore", "qty": q, "price": exact_price(rng, q, D(60), D(90), D(5))})
        for x in rows:
            x["amount"] = q2(x["qty"] * x["price"])
        watches.append((w, f"{rng.randint(3000, 9999)}", rows))
    items = [x for _w, _b, rows in watches for x in rows]
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.081"))
    total = net + tax
    rate = D(rng.randint(920, 965)) / 1000
    other = q2(total * rate) if not chf else q2(total / rate)
    piva = valid(rng, lambda: digits(rng, 7) + "013" + rng.choice("0123456789"), _iva.is_valid)
    no = [f"{rng.randint(10, 280)}/{d.year}", f"FT {rng.randint(10, 199)}/{d.strftime('%y')}", f"{d.year}-{rng.randint(10, 400):04d}", f"{rng.randint(10, 150)}/C"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), it_date, lambda x: x.strftime("%d.%m.%Y"), lambda x: f"{MONTHS['it_days'][x.weekday()]} {it_date(x)}"][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=15), None][i]
    term = ["", "Alla riconsegna dell'orologio", "", "Contanti o carta al ritiro"][i]
    deposit = q2(total * D("0.3")) if i in (0, 2) else None
    money = (lambda x: "CHF " + ch(x)) if chf else (lambda x: de(x) + " €")  # noqa: E731
    plain = ch if chf else de
    tot_label = ["Totale fattura", "Totale da pagare (EUR)", "Totale documento", "Totale fattura CHF"][i]
    html = html_head(margin="14mm 15mm", fs="8.5pt", font="'DejaVu Serif',serif") + """
<div style="text-align:center"><div style="font-size:{{ name_pt }}pt;color:{{ color }};letter-spacing:1px;white-space:nowrap" class="b">{{ v_name }}</div><div>{{ v_addr }} · 22061 Campione d'Italia (CO) · Italia</div>
<div>Tel. +39 031 {{ tel }} · info@{{ dom }}.it</div><div>C.F. e P. IVA {{ piva }}</div><div style="width:40%;margin:6px auto;border-top:1px solid #b08d57"></div></div>
<table style="width:100%;margin-top:8px"><tr><td style="width:50%;vertical-align:top"><div class="small">Spett.le / Gentile cliente</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>22061 Campione d'Italia (CO)<br>C.F. {{ b_cf }}</td>
<td style="vertical-align:top"><div style="font-size:13pt;color:{{ color }}" class="b">FATTURA</div><table>{% for k, v in meta %}<tr><td style="padding:1px 10px 1px 0;color:#666">{{ k }}</td><td class="b">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr style="border-bottom:1.5px solid {{ color }}"><th style="text-align:left">Descrizione</th><th>U.M.</th><th class="r">Q.tà</th><th class="r">Prezzo</th><th class="r">Importo</th></tr>
{% for w, env, accepted, rows in watches %}<tr><td colspan="5" style="padding-top:8px"><b>{{ w }}</b> <span class="small">· busta di riparazione n. {{ env }} · accettato il {{ accepted }}</span></td></tr>
{% for it in rows %}<tr style="border-bottom:1px dotted #bbb"><td style="padding-left:14px">{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="width:50%;vertical-align:top"><div style="border:1px solid #ccc;padding:5px 8px" class="small">{{ cv_label }}: <b>{{ cv }}</b><br>cambio applicato {{ rate }} · solo a titolo informativo</div>
<div class="small" style="margin-top:6px">Garanzia 24 mesi sulla revisione, esclusi urti e infiltrazioni dovute a uso improprio.</div></td>
<td style="vertical-align:top"><table style="margin-left:auto">{% for k, v, bold in tot %}<tr{% if bold %} style="border-top:1.5px solid {{ color }}"{% endif %}><td style="padding:2px 10px"{% if bold %} class="b"{% endif %}>{{ k }}</td><td class="r{% if bold %} b{% endif %}">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:12px">{% if term %}Pagamento: {{ term }}. {% endif %}Bonifico: {{ bank }}, IBAN {{ iban }}.</div>
<div class="small" style="margin-top:6px">Imposta locale sul consumo di Campione d'Italia (ILCCI) applicata ai sensi dell'art. 1, commi 559-568, della L. 27 dicembre 2019, n. 160. Operazione non soggetta a IVA.</div>
</body></html>"""
    meta = [("Numero", no), ("Data", fd(d))]
    if due:
        meta.append(("Scadenza", fd(due)))
    meta.append(("Cod. cliente", f"CL{rng.randint(100, 999)}"))
    tot = [("Imponibile", money(net), False), ("ILCCI 8,1 %", money(tax), False), (tot_label, money(total), True)]
    if deposit:
        tot += [("Acconto versato all'accettazione", money(deposit), False), ("Saldo da pagare", money(total - deposit), False)]
    ctx = dict(
        color=color, v_name=vname, name_pt=15 if len(vname) < 40 else 12.5, v_addr=vaddr, tel=f"{rng.randint(64, 69)}{digits(rng, 4)}", dom=vname.split()[0].lower(), piva=piva, b_name=bname, b_addr=baddr,
        b_cf=f"{bname.split()[-1][:3].upper()}{bname.split()[1][:3].upper()}{rng.randint(40, 85)}{rng.choice('ABCDEHLMPRST')}{rng.randint(1, 28):02d}C933{rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ')}", meta=meta,
        watches=[(w, env, (d - dt.timedelta(days=rng.randint(10, 40))).strftime("%d/%m/%Y"), [{"desc": x["desc"], "unit": x["unit"], "q": qstr(x["qty"]), "p": plain(x["price"]), "a": plain(x["amount"])} for x in rows]) for w, env, rows in watches],
        cv_label="Controvalore in euro" if chf else "Controvalore in franchi svizzeri", cv=(de(other) + " €") if chf else ("CHF " + ch(other)), rate=f"1 EUR = {de(rate, 4)} CHF",
        tot=tot, term=term, bank=rng.choice(["Banca Popolare di Sondrio, filiale di Campione d'Italia", "Credito Valtellinese", "Intesa Sanpaolo, Como"]),
        iban=iban_fmt(iban("IT", rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + digits(rng, 10) + digits(rng, 12))),
    )
    notes = (
        "Campione d'Italia watchmaker's FATTURA in Italian to a private customer living in the enclave, repairs grouped under each watch (a bold heading with the repair envelope number and the acceptance date), with the local consumption tax ILCCI at 8,1 % instead of IVA: vendor = the business name centred at the top; vendor tax id = 'C.F. e P. IVA' (11 digits, valid under python-stdnum's it.iva; the province digits unverified); the customer's codice fiscale (a made-up shape), the customer code and the repair envelope numbers are decoys. "
        "invoice_number = 'Numero'; invoice_date = 'Data' (" + ["dd/mm/yyyy", "'12 marzo 2026'", "dd.mm.yyyy", "'giovedì 12 marzo 2026'"][i] + "); the acceptance dates are decoys. "
        + due_note(due, term, "Scadenza")
        + "No PO. "
        + f"subtotal = 'Imponibile'; tax = 'ILCCI 8,1 %'; total = '{tot_label}'"
        + ("; 'Acconto versato all'accettazione' and 'Saldo da pagare' are decoys" if deposit else "")
        + "; the counter-value box (" + ("euros" if chf else "Swiss francs") + ", 'solo a titolo informativo') is a decoy. "
        + ("Currency CHF (the shop bills in Swiss francs, as many in the enclave do), amounts '1'234.50' with 'CHF' before the totals. " if chf else "Currency EUR, amounts '1.234,56' ('€' after the totals). ")
        + "Line items: every row under the watches (quantity = 1 per operation, hours of extra labour)."
    )
    t = truth(vname, piva, no, None, d, due, "CHF" if chf else "EUR", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, "P. IVA " + piva, no, vname, tot_label, "ILCCI 8,1 %"], (html, ctx)
