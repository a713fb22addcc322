"""Chromium (HTML) styles for set 24, second part (04 Kleinwalsertal ski school's Rechnung in German with the
Austrian Umsatzsteuer at the Mittelberg standard rate 19 % and 10 % on lift passes, 05 Melilla property developer's
factura in Spanish for the sale of a flat with its garage and storeroom at IPSI 4 % and the reservation deducted)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import de_date, po_note
from kit_common import truth
from invoice_kit import de, digits, iban, iban_fmt, q2, qstr, rand_date, style_registry, valid
from kit_common import MONTHS, html_head
from stdnum.at import uid as _uid
from stdnum.es import cif as _cif

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Kleinwalsertal ski school (UID ATU, USt 19 % Mittelberg / 10 %, EUR), one row per course and group
AT_V = [("Skischule Riezlern Walser GmbH", "Walserstraße 55", "6991 Riezlern", "#c1121f"), ("Skischule Hirschegg Ifen OG", "Oberseitestraße 6", "6992 Hirschegg", "#1d3557"),
        ("Schneesportschule Mittelberg GmbH", "Walserstraße 212", "6993 Mittelberg", "#2a9d8f"), ("Skischule Heuberg Kleinwalsertal KG", "Schwendestraße 17", "6991 Riezlern", "#6a4c93")]
AT_B = [("Gymnasium Am Stadtpark", "Parkstraße 9", "D-87435 Kempten"), ("Realschule Ottobeuren", "Klosterwald 2", "D-87724 Ottobeuren"),
        ("Sportverein Blau-Weiß Ulm e.V.", "Stadionstraße 3", "D-89073 Ulm"), ("Hotel Walserhof Betriebs GmbH", "Walserstraße 310", "6992 Hirschegg")]
AT_C = [("Gruppenkurs Ski alpin, Anfänger", "19", "Teiln.", "95", "160"), ("Gruppenkurs Ski alpin, Fortgeschrittene", "19", "Teiln.", "95", "160"), ("Snowboard-Gruppenkurs", "19", "Teiln.", "105", "170"),
        ("Leihski mit Schuhen und Helm", "19", "Teiln.", "60", "110"), ("Privatlehrer ganztägig", "19", "Tage", "290", "380"), ("Liftkarte Kleinwalsertal 3 Tage, Jugend", "10", "Stk.", "98", "135"),
        ("Liftkarte Kleinwalsertal 5 Tage, Jugend", "10", "Stk.", "150", "195")]


@style("04", "at_kleinwalsertal_skischule_ust_19_10")
def s04(rng, i):
    vname, vstreet, vcity, color = AT_V[i]
    bname, bstreet, bcity = AT_B[i]
    d = rand_date(rng)
    if d.month not in (1, 2, 3, 12):
        d = d.replace(month=rng.choice([1, 2, 3]), day=min(d.day, 28))
    week_from = d - dt.timedelta(days=rng.randint(7, 20))
    week_to = week_from + dt.timedelta(days=4)
    n = rng.randint(18, 60)
    items = []
    for desc, rate, unit, lo, hi in sorted(rng.sample(AT_C, rng.randint(3, 5)), key=AT_C.index):
        q = D(rng.randint(2, 5)) if unit == "Tage" else D(rng.randint(max(4, n // 4), n))
        p = D(rng.randint(int(lo), int(hi)))
        items.append({"desc": desc, "rate": rate, "unit": unit, "qty": q, "price": p, "amount": q * p})
    b19 = sum(x["amount"] for x in items if x["rate"] == "19")
    b10 = sum(x["amount"] for x in items if x["rate"] == "10")
    if not b10:
        desc, rate, unit, lo, hi = AT_C[5]
        q = D(n)
        items.append({"desc": desc, "rate": rate, "unit": unit, "qty": q, "price": D(rng.randint(int(lo), int(hi))), "amount": None})
        items[-1]["amount"] = q * items[-1]["price"]
        b10 = items[-1]["amount"]
    v19, v10 = q2(b19 * D("0.19")), q2(b10 * D("0.10"))
    net, tax = b19 + b10, v19 + v10
    total = net + tax
    uid = valid(rng, lambda: "ATU" + digits(rng, 8), _uid.is_valid)
    no = [f"RE-{d.year}-{rng.randint(100, 999)}", f"{rng.randint(24000, 26999)}", f"{d.strftime('%y')}/{rng.randint(1000, 4999)}", f"SR{rng.randint(10000, 99999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), de_date, lambda x: x.strftime("%d.%m.%Y"), lambda x: f"{x.day}. {MONTHS['de'][x.month - 1][:3]}. {x.year}"][i]
    due = d + dt.timedelta(days=[14, 10, 30, 14][i])
    po = [None, f"Az. {rng.randint(100, 999)}/{d.year}", None, f"Best.-Nr. {rng.randint(4500, 4599)}{digits(rng, 4)}"][i]
    po_t = po.split(" ", 1)[1] if po and po.startswith("Best.") else po
    po_label = ["", "Ihr Zeichen", "", "Ihre Bestellung"][i]
    acct = iban("AT", f"{rng.choice(['37431', '37432', '20604'])}{digits(rng, 11)}")
    html = html_head(margin="15mm 16mm 14mm 20mm", fs="9pt") + """
<table style="width:100%"><tr><td class="small" style="vertical-align:bottom">{{ v_name }} · {{ v_street }} · {{ v_city }} · Österreich</td>
<td class="r"><div style="font-size:14pt;color:{{ color }};white-space:nowrap" class="b">{{ v_name }}</div><div class="small" style="white-space:nowrap">Kleinwalsertal · Tel. +43 5517 {{ tel }}</div><div class="small" style="white-space:nowrap">Aus Deutschland: 08329 {{ tel }}</div></td></tr></table>
<table style="width:100%;margin-top:18px"><tr><td style="width:55%;height:28mm;vertical-align:top">{{ b_name }}<br>{{ b_street }}<br>{{ b_city }}</td>
<td style="vertical-align:top"><table>{% for k, v in meta %}<tr><td style="padding:1px 10px 1px 0;color:#555">{{ k }}</td><td>{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="font-size:13pt;margin-top:6px" class="b">Rechnung Nr. {{ no }}</div>
<div style="margin:6px 0">Für die Skikurswoche vom {{ wf }} bis {{ wt }} ({{ n }} Teilnehmer) erlauben wir uns zu berechnen:</div>
<table class="it"><tr style="border-top:1.5px solid #222;border-bottom:1px solid #222"><th style="text-align:left">Pos.</th><th style="text-align:left">Leistung</th><th class="r">Menge</th><th>Einheit</th><th class="r">E-Preis netto</th><th class="r">USt</th><th class="r">Gesamt netto</th></tr>
{% for it in items %}<tr style="border-bottom:1px solid #ddd"><td>{{ loop.index }}</td><td style="white-space:nowrap">{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="c">{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }} %</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin:10px 0 0 auto;min-width:300px;page-break-inside:avoid">{% for k, v, b in tot %}<tr{% if b %} style="border-top:1.5px solid #222;border-bottom:3px double #222"{% endif %}><td style="padding:2px 10px"{% if b %} class="b"{% endif %}>{{ k }}</td><td class="r{% if b %} b{% endif %}">{{ v }}</td></tr>{% endfor %}</table>
<div style="margin-top:14px">Der Normalsteuersatz beträgt in der Gemeinde Mittelberg 19 % (§ 10 Abs. 4 UStG 1994); Liftkarten 10 %. Bitte überweisen Sie den Betrag bis {{ due }} ohne Abzug.</div>
<div style="margin-top:22px;border-top:1px solid #aaa;padding-top:4px" class="small">{{ v_name }} · UID-Nr. {{ uid }} · FN {{ fn }} · LG Feldkirch · {{ bank }} · IBAN {{ iban }} · BIC {{ bic }}</div>
</body></html>"""
    meta = [("Rechnungsdatum", fd(d)), ("Kundennr.", f"{rng.randint(10000, 19999)}")]
    if po:
        meta.append((po_label, po))
    meta += [("Leistungszeitraum", f"{week_from.strftime('%d.%m.')}–{week_to.strftime('%d.%m.%Y')}"), ("Zahlbar bis", fd(due))]
    tot = [("Summe netto", de(net), False), ("zzgl. 19 % USt auf " + de(b19), de(v19), False), ("zzgl. 10 % USt auf " + de(b10), de(v10), False), ("Rechnungsbetrag EUR", de(total), True)]
    ctx = dict(color=color, v_name=vname, v_street=vstreet, v_city=vcity, tel=digits(rng, 4), b_name=bname, b_street=bstreet, b_city=bcity, meta=meta, no=no, wf=week_from.strftime("%d.%m."), wt=week_to.strftime("%d.%m.%Y"), n=n,
               items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": de(x["price"]), "r": x["rate"], "a": de(x["amount"])} for x in items], tot=tot, due=fd(due),
               uid=uid, fn=f"{rng.randint(100000, 499999)}{rng.choice('abdfgkmsx')}", bank=rng.choice(["Raiffeisenbank Kleinwalsertal", "Walser Privatbank"]), iban=iban_fmt(acct), bic=rng.choice(["RANWAT2K", "WAPRAT2K"]))
    notes = (
        "Kleinwalsertal (Mittelberg, Vorarlberg) ski school's RECHNUNG in German as a DIN-style letter: courses, rental and guides at the Austrian Umsatzsteuer's Mittelberg standard rate 19 % (§ 10 Abs. 4 UStG) and lift passes at 10 %; vendor = the company name (GmbH/OG/KG) at the top right; vendor tax id = 'UID-Nr.' ATU + 8 digits in the footer (valid under python-stdnum at.uid); the Firmenbuch number, the customer number and the German telephone number are decoys. "
        "invoice_number = 'Rechnung Nr.'; invoice_date = 'Rechnungsdatum' (" + ["dd.mm.yyyy", "'12. März 2026'", "dd.mm.yyyy", "'12. Mär. 2026'"][i] + "); due_date = 'Zahlbar bis' (also in the sentence); the course week is a decoy. "
        + po_note(po_t, po_label + (" (printed 'Best.-Nr. ...'; the truth keeps the digits)" if i == 3 else ""))
        + "subtotal = 'Summe netto'; tax = the two USt rows (19 % and 10 %, each printing its base; no row prints their sum); total = 'Rechnungsbetrag EUR'. Currency EUR. Amounts '1.234,56'. Line items: every row (quantity = participants, days or passes)."
    )
    t = truth(vname, uid, no, po_t, d, due, "EUR", net, tax, total, items, notes)
    return t, {"printed": [fd(d), fd(due), uid, no, po, vname, "Rechnungsbetrag EUR"], "tax_parts": [str(v19), str(v10)]}, (html, ctx)


# =========================================================================== 05 Melilla property developer (CIF, IPSI 4 % on the delivery of buildings, EUR), flat + garage + storeroom, reservation deducted
ES_V = [("Promociones Rusadir 2000, S.L.", "Calle General Marina 14, 3.º", "52001 Melilla", "#7f1d1d"), ("Inmobiliaria Cabrerizas Altas, S.A.", "Avenida de la Democracia 7", "52004 Melilla", "#1e3a8a"),
        ("Edificaciones Hipódromo Melilla, S.L.", "Calle Carlos Ramírez de Arellano 5", "52005 Melilla", "#365314"), ("Residencial Los Pinares del Real, S.L.", "Paseo Marítimo Mir Berlanga 22", "52006 Melilla", "#5b21b6")]
ES_B = [("Don Mohamed Al-Lal Mimun", "Calle Hermanos Cayuela 3, 52006 Melilla"), ("Doña Carmen Ruiz Benítez", "Calle Ibáñez Marín 11, 52003 Melilla"),
        ("Don Antonio Jesús Moya Soler y Doña Fatima Ben Amar", "Calle Teniente Aguilar de Mera 8, 52002 Melilla"), ("Gestión Patrimonial Alborán, S.L.", "Calle O'Donnell 19, 52001 Melilla")]


@style("05", "es_melilla_promotora_vivienda_ipsi_4")
def s05(rng, i):
    vname, vstreet, vcity, color = ES_V[i]
    bname, baddr = ES_B[i]
    d = rand_date(rng)
    bldg = rng.choice(["Residencial Puerta del Mar", "Edificio Torres V Centenario II", "Residencial Jardines del Real", "Edificio Atalaya de Rostrogordo"])
    flat = f"{rng.randint(1, 7)}.º {rng.choice('ABCD')}"
    m2 = D(rng.randint(6800, 12800)) / 100
    items = [{"desc": f"Vivienda {flat}, {bldg}, {de(m2)} m² construidos, finca registral n.º {rng.randint(30000, 49999)}", "qty": D(1), "price": D(rng.randint(1400, 2600)) * 100, "unit": "ud"}]
    items.append({"desc": f"Plaza de garaje n.º {rng.randint(1, 80)}, sótano {rng.randint(1, 2)}", "qty": D(1), "price": D(rng.randint(90, 240)) * 100, "unit": "ud"})
    if i != 1:
        items.append({"desc": f"Trastero n.º {rng.randint(1, 40)}, planta bajo cubierta", "qty": D(1), "price": D(rng.randint(30, 90)) * 100, "unit": "ud"})
    for x in items:
        x["amount"] = x["qty"] * x["price"]
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.04"))
    total = net + tax
    reserva = D(rng.choice([3000, 6000, 10000, 12000]))
    entrega = q2(total * D("0.10"))
    cif = valid(rng, lambda: ("A52" if i == 1 else "B52") + digits(rng, 5) + str(rng.randint(0, 9)), _cif.is_valid)
    no = [f"V-{d.year}/{rng.randint(10, 99)}", f"{d.year}{rng.randint(1000, 9999)}", f"FV{rng.randint(100, 999)}/{d.strftime('%y')}", f"PR-{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}", lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    deed = d + dt.timedelta(days=rng.randint(0, 3))
    html = html_head(margin="16mm 16mm", fs="8.9pt") + """
<div style="border-bottom:1px solid {{ color }};padding-bottom:6px"><span style="font-size:16pt;color:{{ color }}" class="b">{{ v_name }}</span><div>{{ v_street }} · {{ v_city }} · CIF {{ cif }}</div>
<div class="small">Inscrita en el Registro Mercantil de Melilla, tomo {{ tomo }}, folio {{ folio }}, hoja ML-{{ hoja }}</div></div>
<table style="width:100%;margin-top:14px"><tr><td style="width:50%;vertical-align:top"><div style="font-size:15pt;letter-spacing:1px" class="b">FACTURA</div>
<table style="margin-top:4px"><tr><td style="color:#555;padding-right:10px;white-space:nowrap">Número</td><td class="b">{{ no }}</td></tr><tr><td style="color:#555;padding-right:10px;white-space:nowrap">Fecha de expedición</td><td class="b">{{ date }}</td></tr>
<tr><td style="color:#555;padding-right:10px;white-space:nowrap">Fecha de la operación</td><td style="white-space:nowrap">{{ deed }} (escritura ante notario)</td></tr></table></td>
<td style="background:#f5f5f4;padding:8px 12px;vertical-align:top"><div class="small">Adquirente</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>NIF {{ b_nif }}</td></tr></table>
<div style="margin-top:12px">Compraventa de los inmuebles siguientes, objeto del contrato privado de {{ contract }}:</div>
<table class="it"><tr style="border-bottom:2px solid {{ color }}"><th style="text-align:left">Concepto</th><th class="r">Cantidad</th><th class="r">Precio</th><th class="r">Importe</th></tr>
{% for it in items %}<tr style="border-bottom:1px solid #ddd"><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin:12px 0 0 auto;min-width:300px;page-break-inside:avoid">{% for k, v, b in tot %}<tr{% if b %} style="border-top:2px solid #222;font-size:10.5pt"{% endif %}><td style="padding:3px 10px"{% if b %} class="b"{% endif %}>{{ k }}</td><td class="r{% if b %} b{% endif %}">{{ v }}</td></tr>{% endfor %}</table>
<div style="margin-top:12px;border:1px solid #bbb;padding:6px 10px;page-break-inside:avoid"><b>Forma de pago</b><br>{% for k, v in pay %}{{ k }}: {{ v }}<br>{% endfor %}</div>
<div style="margin-top:12px" class="small">Operación sujeta al Impuesto sobre la Producción, los Servicios y la Importación (IPSI) de la Ciudad Autónoma de Melilla, entrega de bienes inmuebles al tipo del 4 %; Melilla queda fuera del ámbito territorial del IVA (art. 3 Ley 37/1992).</div>
</body></html>"""
    tot = [("Base imponible", de(net) + " €", False), ("IPSI 4 %", de(tax) + " €", False), ("TOTAL FACTURA", de(total) + " €", True)]
    pay = [("Cantidad entregada a cuenta en la reserva", de(reserva) + " €"), ("Entregado a la firma del contrato privado", de(entrega) + " €"), ("Resto abonado en el acto de la escritura", de(total - reserva - entrega) + " €")]
    b_nif = valid(rng, lambda: "B52" + digits(rng, 5) + str(rng.randint(0, 9)), _cif.is_valid) if i == 3 else f"{digits(rng, 8, True)}{rng.choice('TRWAGMYFPDXBNJZSQVHLCKE')}"
    ctx = dict(color=color, v_name=vname, v_street=vstreet, v_city=vcity, cif=cif, tomo=rng.randint(20, 90), folio=rng.randint(1, 220), hoja=rng.randint(1000, 4999), no=no, date=fd(d), deed=deed.strftime("%d/%m/%Y"),
               b_name=bname, b_addr=baddr, b_nif=b_nif, contract=(d - dt.timedelta(days=rng.randint(200, 700))).strftime("%d/%m/%Y"),
               items=[{"d": x["desc"], "q": qstr(x["qty"]), "p": de(x["price"]) + " €", "a": de(x["amount"]) + " €"} for x in items], tot=tot, pay=pay)
    notes = (
        "Melilla property developer's FACTURA in Spanish for the sale of a flat with its garage space (and storeroom on three) at IPSI 4 % (the Ciudad Autónoma's tax on the delivery of buildings; no IVA in Melilla): vendor = the company name (S.L./S.A.) at the top; vendor tax id = 'CIF' as printed (valid under python-stdnum es.cif); the buyer's NIF and the Registro Mercantil data are decoys. "
        "invoice_number = 'Número'; invoice_date = 'Fecha de expedición' (" + ["dd/mm/yyyy", "'12 de marzo de 2026'", "dd-mm-yyyy", "dd/mm/yyyy"][i] + "); the deed date ('Fecha de la operación') and the private contract's date are decoys; no due date (the price is paid; null). No PO. "
        "subtotal = 'Base imponible'; tax = 'IPSI 4 %'; total = 'TOTAL FACTURA'. The payment box (reservation, amount at the private contract, the rest at the deed) is a decoy. Currency EUR. Amounts '123.456,00 €'. Line items: every row (quantity 1)."
    )
    t = truth(vname, cif, no, None, d, None, "EUR", net, tax, total, items, notes)
    return t, [fd(d), "CIF " + cif, no, vname, "IPSI 4 %"], (html, ctx)
