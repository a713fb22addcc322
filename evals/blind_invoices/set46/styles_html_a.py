"""Chromium (HTML) styles for set 46, first part (01 Zaragoza wholesaler's FACTURA in Spanish with a LEFT SIDEBAR,
IVA 21 % / 10 % per rate and a commercial discount as a negative row, 02 Nantes supplier's FACTURE or AVOIR in French
with a table WITHOUT RULES, the totals at the LEFT and TVA 20 % / 5,5 %, 03 Ibadan pharmacy and provisions store's
receipt in English on an 80 mm ROLL with VAT 7.5 % added and cash, POS or transfer)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, long_date
from invoice_kit import css, de, digits, en, iban, iban_fmt, q2, qstr, rand_date, sp, style_registry, valid
from kit_common import bars_svg, due_note, lines, po_note, truth
from stdnum.es import cif
from stdnum.fr import siren, tva

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Zaragoza (IVA 21 % / 10 %, EUR), left sidebar
ZA_V = [
    ("Distribuciones Ebro Alimentación, S.L.", "Polígono Plaza, C/ Bari 25, 50197 Zaragoza", "#7f1d1d"),
    ("Suministros Hosteleros del Pilar, S.A.", "Avda. de Cataluña 301, 50014 Zaragoza", "#1e3a8a"),
    ("Aceites y Conservas Moncayo, S.L.", "C/ Miguel Servet 180, 50013 Zaragoza", "#14532d"),
    ("Papelería Técnica Aragonesa, S.L.", "Paseo de Sagasta 42, 50006 Zaragoza", "#4c1d95"),
]
ZA_B = [
    ("Restaurante Casa Lac, S.L.", "C/ Mártires 12, 50003 Zaragoza"),
    ("Hotel Monasterio de Piedra, S.A.", "Nuévalos, 50210 Zaragoza"),
    ("Bar La Republicana, C.B.", "C/ Méndez Núñez 38, 50003 Zaragoza"),
    ("Colegio Santa María del Pilar", "Avda. Pablo Ruiz Picasso 4, 50018 Zaragoza"),
]
ZA_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, rate)
    ("Aceite de oliva virgen extra 5 L", "ud", 2, 30, 28, 46, 10),
    ("Ternasco de Aragón IGP, kg", "kg", 5, 60, 11, 17, 10),
    ("Melocotón de Calanda en almíbar 1 kg", "ud", 6, 80, 4, 7, 10),
    ("Borraja en conserva 660 g", "ud", 6, 60, 2, 4, 10),
    ("Vino D.O. Cariñena tinto 75 cl", "bot", 6, 120, 4, 11, 21),
    ("Cerveza Ámbar Especial 33 cl (24 ud)", "caja", 2, 40, 14, 22, 21),
    ("Servilletas papel 40x40 (1200 ud)", "caja", 1, 20, 18, 32, 21),
    ("Detergente lavavajillas industrial 20 L", "garrafa", 1, 10, 38, 65, 21),
    ("Frutas de Aragón, caja 1 kg", "caja", 2, 30, 12, 19, 10),
    ("Jamón de Teruel D.O., pieza", "ud", 1, 6, 95, 180, 10),
    ("Film transparente 300 m", "rollo", 1, 20, 9, 16, 21),
    ("Café en grano 1 kg", "kg", 2, 40, 13, 21, 10),
    ("Agua mineral 1,5 L (6 ud)", "pack", 5, 80, 2, 4, 10),
    ("Transporte y entrega", "servicio", 1, 1, 15, 60, 21),
]
ZA_HTML = """<html lang="es"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:fixed;left:0;top:0;bottom:0;width:58mm;background:{{ color }};color:#fff;padding:12mm 6mm;box-sizing:border-box;font-size:8pt;line-height:1.45}
.main{margin-left:64mm;margin-right:10mm;padding-top:12mm} .lbl{font-size:6.5pt;text-transform:uppercase;opacity:.8;margin-top:9px}
table.it{width:100%;margin-top:10px;font-size:8pt} table.it th{border-bottom:1.5px solid {{ color }};text-align:left;padding:4px 3px} table.it td{border-bottom:1px solid #ddd;padding:4px 3px} td.r,th.r{text-align:right;white-space:nowrap}
.tot td{padding:2px 4px;font-size:8.5pt}
</style></head><body>
<div class="side"><div style="font-size:11pt;font-weight:bold">{{ vname }}</div><div>{{ vaddr }}</div>
<div class="lbl">{{ vid_label }}</div><div><b>{{ vid }}</b></div>
<div class="lbl">Registro Mercantil</div><div>{{ rm }}</div>
<div class="lbl">Tel. / correo</div><div>976 {{ tel }}<br>administracion@{{ mail }}.es</div>
<div class="lbl">Forma de pago</div><div>{{ pay }}</div>
{% if iban %}<div class="lbl">IBAN</div><div>{{ iban }}</div><div>BIC {{ bic }}</div>{% endif %}
<div style="margin-top:16px;border-top:1px solid rgba(255,255,255,.6);padding-top:8px"><div class="lbl">Total factura</div><div style="font-size:15pt;font-weight:bold">{{ total }} {{ cur_side }}</div></div>
</div>
<div class="main">
<div style="font-size:20pt;font-weight:bold;color:{{ color }}">FACTURA</div>
<table style="width:100%;margin-top:8px;font-size:8.5pt"><tr><td style="width:50%">Nº factura: <b>{{ no }}</b><br>Fecha: <b>{{ date }}</b>{% if due %}<br>Vencimiento: <b>{{ due }}</b>{% endif %}{% if po %}<br>Su pedido nº: {{ po }}{% endif %}{% if alb %}<br>Albarán nº {{ alb }} de {{ alb_date }}{% endif %}<br>Cliente nº {{ cust }}</td>
<td><div class="small">Facturar a</div><b>{{ bname }}</b><br>{{ baddr }}<br>NIF: {{ bid }}</td></tr></table>
<table class="it"><tr><th>Código</th><th>Descripción</th><th class="r">Cant.</th><th class="r">Precio</th><th class="r">% IVA</th><th class="r">Importe</th></tr>
{% for it in items %}<tr><td>{{ it.c }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tot" style="margin-top:10px;margin-left:auto"><tr><th style="text-align:left;font-size:7.5pt">Base imponible</th><th class="r" style="font-size:7.5pt">% IVA</th><th class="r" style="font-size:7.5pt">Cuota IVA</th></tr>
{% for r in rates %}<tr><td>{{ r.b }}</td><td class="r">{{ r.r }} %</td><td class="r">{{ r.t }}</td></tr>{% endfor %}
<tr><td style="border-top:1px solid #999">Total base: {{ net }}</td><td style="border-top:1px solid #999"></td><td class="r" style="border-top:1px solid #999">Total IVA: {{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:11pt"><td colspan="2">TOTAL FACTURA</td><td class="r">{{ total }} {{ cur_main }}</td></tr></table>
{% if words %}<div style="font-size:8pt;margin-top:8px">Son: {{ words }}</div>{% endif %}
<div class="small" style="margin-top:30px">{{ legal }}</div>
</div></body></html>"""


@style("01", "es_zaz_zaragoza_factura_iva_21_10_sidebar_descuento")
def s01(rng, i):
    vname, vaddr, color = ZA_V[i]
    bname, baddr = ZA_B[i]
    d = rand_date(rng)
    items = lines(rng, ZA_ROWS, [3, 9, 14, 6][i], D("0.01"))
    for k, x in enumerate(items):
        x["rate"] = x["extra"]
        x["code"] = f"{rng.randint(10, 99)}{k:02d}{rng.randint(10, 99)}"
    disc = None
    if i in (1, 3):
        pct = rng.choice([3, 5, 8])
        for r in sorted({x["rate"] for x in items}):
            base = sum(x["amount"] for x in items if x["rate"] == r)
            a = -q2(base * pct / 100)
            items.append(
                {
                    "desc": f"Descuento comercial {pct} % s/ artículos IVA {r} %",
                    "unit": "",
                    "qty": None,
                    "price": a,
                    "amount": a,
                    "rate": r,
                    "code": "DTO",
                }
            )
        disc = pct
    rates = by_rate(items)
    net = sum(x["amount"] for x in items)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = (
        valid(rng, lambda: "B50" + digits(rng, 5) + rng.choice("0123456789"), cif.is_valid)
        if i != 1
        else valid(rng, lambda: "A50" + digits(rng, 5) + rng.choice("0123456789"), cif.is_valid)
    )
    bid = (
        valid(rng, lambda: rng.choice("BA") + "50" + digits(rng, 5) + rng.choice("0123456789"), cif.is_valid)
        if i != 3
        else valid(rng, lambda: "R50" + digits(rng, 5) + rng.choice("ABCDEFGHIJ"), cif.is_valid)
    )
    no = [
        f"{d.year}/{rng.randint(100, 2999):04d}",
        f"FV{d.strftime('%y')}-{rng.randint(10000, 99999)}",
        f"A-{rng.randint(1000, 9999)}",
        f"{rng.randint(100, 999)}/{d.strftime('%y')}",
    ][i]
    fd = [
        long_date("es"),
        lambda x: x.strftime("%d/%m/%Y"),
        lambda x: x.strftime("%d/%m/%Y"),
        lambda x: x.strftime("%d-%m-%Y"),
    ][i]
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i != 2 else None
    po = [None, f"PED-{rng.randint(1000, 9999)}", None, f"{rng.randint(10000, 99999)}"][i]
    ib = valid(
        rng,
        lambda: iban("ES", f"{rng.choice(['2085', '0182', '2100'])}{digits(rng, 4)}{digits(rng, 12)}"),
        lambda s: __import__("schwifty").IBAN(s, allow_invalid=True).is_valid,
    )
    alb_d = d - dt.timedelta(days=rng.randint(0, 6))
    cur_main = ["€", "EUR", "euros", ""][i]
    ctx = dict(
        color=color,
        vname=vname,
        vaddr=vaddr,
        vid_label=["NIF", "CIF", "N.I.F.", "NIF-IVA"][i],
        vid=vid if i != 3 else "ES" + vid,
        rm=f"Inscrita en el R. M. de Zaragoza, Tomo {rng.randint(1000, 4999)}, Folio {rng.randint(1, 220)}, Hoja Z-{rng.randint(1000, 59999)}",
        tel=f"{rng.randint(100, 999)} {rng.randint(100, 999)}",
        mail=["ebroalimentacion", "hostelerosdelpilar", "moncayo", "papeleriaaragonesa"][i],
        pay=["Transferencia a 30 días", "Recibo domiciliado", "Contado", "Transferencia"][i],
        iban=iban_fmt(ib) if i != 2 else None,
        bic=rng.choice(["CAZRES2Z", "BBVAESMM", "CAIXESBB"]),
        total=de(total),
        cur_side="€" if i != 3 else "EUR",
        cur_main=cur_main,
        no=no,
        date=fd(d),
        due=fd(due) if due else None,
        po=po,
        alb=f"AL-{rng.randint(10000, 99999)}" if i in (0, 2) else None,
        alb_date=alb_d.strftime("%d/%m/%Y"),
        cust=f"{rng.randint(4300000, 4309999)}",
        bname=bname,
        baddr=baddr,
        bid=bid,
        items=[
            {
                "c": x["code"],
                "d": x["desc"],
                "q": qstr(x["qty"]) if x["qty"] is not None else "",
                "p": de(x["price"]) if x["qty"] is not None else "",
                "r": x["rate"],
                "a": de(x["amount"]),
            }
            for x in items
        ],
        rates=[{"r": r, "b": de(b), "t": de(t)} for r, b, t in rates],
        net=de(net),
        tax=de(tax),
        words=None,
        legal="De conformidad con el RGPD, sus datos se tratan para la gestión de esta relación comercial. "
        + (
            "Pago al contado en el momento de la entrega."
            if i == 2
            else f"Fecha de operación: {alb_d.strftime('%d/%m/%Y')}."
        ),
    )
    if i == 0:
        from kit_words import es_words

        ent, cts = divmod(int(total * 100), 100)
        ctx["words"] = f"{es_words(ent).upper()} EUROS CON {cts:02d} CÉNTIMOS"
    notes = (
        "Zaragoza (Aragón, Spain) food and supplies wholesaler's FACTURA in Spanish with a coloured LEFT SIDEBAR (the seller's tax id, register, IBAN and the TOTAL boxed), IVA 21 % and 10 % per row with a summary per rate (Base imponible / % IVA / Cuota), '1.234,56': "
        f"vendor = the name in the sidebar; vendor_tax_id = '{ctx['vid_label']}' in the sidebar (the buyer's NIF, the Registro Mercantil, the IBAN, the customer number and the albarán are decoys). "
        "invoice_number = 'Nº factura'; invoice_date = 'Fecha' ("
        + ["Spanish long date '12 de marzo de 2026'", "dd/mm/yyyy", "dd/mm/yyyy", "dd-mm-yyyy"][i]
        + "). "
        + due_note(due, "Contado" if i == 2 else None, "Vencimiento")
        + po_note(po, "Su pedido nº")
        + "subtotal = 'Total base'; tax = 'Total IVA'; total = 'TOTAL FACTURA'. Currency EUR"
        + [
            "(printed '€' beside the totals; the total also in Spanish words)",
            " ('EUR')",
            " (the word 'euros' after the total)",
            " (no symbol beside the main total; 'EUR' only in the sidebar's boxed total)",
        ][i]
        + ". "
        + (
            "Line items: every row, including the commercial discount as NEGATIVE rows per IVA rate (no quantity)."
            if disc
            else "Line items: every row, before IVA."
        )
    )
    t = truth(vname, ctx["vid"], no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = [fd(d), no, vname, ctx["vid"], bid, "TOTAL FACTURA", fd(due) if due else None, ctx["cust"]]
    return t, chk, (ZA_HTML.replace("@@BASE@@", css(margin="0")), ctx)


# =========================================================================== 02 Nantes (TVA 20 % / 5,5 %, EUR), unruled table, totals at the left, avoir
NA_V = [
    ("Biscuiterie de l'Erdre SAS", "14 quai de Versailles, 44000 Nantes", "#b45309"),
    ("Atlantique Emballages SARL", "ZI de la Chevrolière, 7 rue de l'Industrie, 44118 La Chevrolière", "#0f766e"),
    ("Maraîchers du Pays Nantais SCA", "35 route de Clisson, 44200 Nantes", "#166534"),
    ("Librairie Graslin SARL", "2 place Graslin, 44000 Nantes", "#7c2d12"),
]
NA_B = [
    ("Épicerie fine Le Passage Pommeraye", "Passage Pommeraye, 44000 Nantes"),
    ("SARL Les Halles de Rezé", "12 rue Jean Jaurès, 44400 Rezé"),
    ("Restaurant L'Île de Nantes SAS", "5 boulevard Léon Bureau, 44200 Nantes"),
    ("Médiathèque de Saint-Herblain", "Place de la Paix, 44800 Saint-Herblain"),
]
NA_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, rate)
    ("Petits-beurre pur beurre, carton de 24", "ctn", 1, 30, 38, 62, "5.5"),
    ("Galettes bretonnes 125 g", "u", 12, 200, 1, 3, "5.5"),
    ("Mâche nantaise IGP, colis 2 kg", "colis", 2, 40, 9, 16, "5.5"),
    ("Muscadet Sèvre-et-Maine sur lie 75 cl", "bout.", 6, 120, 6, 14, "20"),
    ("Sel de Guérande, sac 1 kg", "u", 5, 80, 3, 6, "5.5"),
    ("Boîtes métal décor Loire", "u", 10, 200, 2, 6, "20"),
    ("Caisses carton double cannelure", "u", 50, 800, 1, 3, "20"),
    ("Film étirable 23 µ, rouleau", "rouleau", 4, 60, 8, 15, "20"),
    ("Livres jeunesse (remise libraire)", "u", 5, 120, 6, 19, "5.5"),
    ("Abonnement revue régionale", "abonn.", 1, 5, 28, 60, "5.5"),
    ("Transport et livraison", "forfait", 1, 1, 25, 90, "20"),
    ("Beurre demi-sel AOP 250 g", "u", 12, 150, 2, 4, "5.5"),
]
NA_HTML = """<html lang="fr"><head><meta charset="utf-8"><style>@@BASE@@
table.it{width:100%;font-size:8.3pt;margin-top:12px} table.it th{font-size:7pt;color:#666;font-weight:normal;text-align:left;padding:3px 4px;text-transform:uppercase} table.it td{padding:3px 4px}
td.r,th.r{text-align:right;white-space:nowrap}
.left{float:left;width:70mm;background:#f6f3ee;padding:8px 10px;font-size:8.5pt;box-sizing:border-box} .left td{padding:2px 0}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:8pt">{{ vaddr }}<br>Tél. 02 40 {{ tel }}</div></td>
<td class="r"><div style="font-size:18pt;letter-spacing:2px">{{ title }}</div><div>N° <b>{{ no }}</b></div><div>{{ place_date }}</div></td></tr></table>
<table style="width:100%;margin-top:14px;font-size:8.5pt"><tr><td style="width:55%">{% if ref %}<div>{{ ref }}</div>{% endif %}{% if po %}<div>Votre commande : {{ po }}</div>{% endif %}{% if bl %}<div>Bon de livraison {{ bl }} du {{ bl_date }}</div>{% endif %}<div>Code client : {{ cust }}</div></td>
<td><div style="font-size:7pt;color:#666">DESTINATAIRE</div><b>{{ bname }}</b><br>{{ baddr }}<br>{% if btva %}TVA intracom. client : {{ btva }}{% endif %}</td></tr></table>
<table class="it"><tr><th>Désignation</th><th class="r">Qté</th><th>Unité</th><th class="r">P.U. HT</th><th class="r">TVA</th><th class="r">Montant HT</th></tr>
{% for it in items %}<tr{% if loop.index is even %} style="background:#faf8f5"{% endif %}><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }} %</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<div style="margin-top:16px;overflow:hidden"><div class="left"><table style="width:100%">
<tr><td>Total HT</td><td class="r">{{ net }}</td></tr>
{% for r in rates %}<tr><td>TVA {{ r.r }} % sur {{ r.b }}</td><td class="r">{{ r.t }}</td></tr>{% endfor %}
<tr><td>Total TVA</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:11pt;color:{{ color }}"><td style="padding-top:5px">{{ ttc_label }}</td><td class="r" style="padding-top:5px">{{ total }}</td></tr></table></div>
<div style="margin-left:78mm;font-size:8pt;line-height:1.5">{{ pay|safe }}</div></div>
<div style="position:fixed;bottom:0;left:0;right:0;font-size:6.8pt;color:#666;text-align:center;border-top:1px solid #ccc;padding-top:4px">{{ footer }}</div>
</body></html>"""


@style("02", "fr_nte_nantes_facture_avoir_tva_20_5_5_totals_left")
def s02(rng, i):
    vname, vaddr, color = NA_V[i]
    bname, baddr = NA_B[i]
    d = rand_date(rng)
    credit = i == 2
    items = lines(rng, NA_ROWS, [5, 12, 2, 8][i], D("0.01"))
    for x in items:
        x["rate"] = D(x["extra"])
        if credit:
            x["qty"] = -x["qty"]
            x["amount"] = -x["amount"]
    rates = by_rate(items)
    net = sum(x["amount"] for x in items)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    sir = valid(rng, lambda: digits(rng, 9, True), siren.is_valid)
    vt = f"FR{(12 + 3 * (int(sir) % 97)) % 97:02d}{sir}"
    assert tva.is_valid(vt)
    btva = None
    if i in (0, 1):
        bs = valid(rng, lambda: digits(rng, 9, True), siren.is_valid)
        btva = f"FR {(12 + 3 * (int(bs) % 97)) % 97:02d} {bs[:3]} {bs[3:6]} {bs[6:]}"
    vt_print = f"{vt[:4]} {vt[4:7]} {vt[7:10]} {vt[10:]}"
    no = [
        f"F{d.year}-{rng.randint(100, 9999):04d}",
        f"FA{d.strftime('%y%m')}{rng.randint(100, 999)}",
        f"AV{d.year}-{rng.randint(10, 999):03d}",
        f"{rng.randint(10000, 99999)}",
    ][i]
    fd = [long_date("fr"), lambda x: x.strftime("%d/%m/%Y"), long_date("fr"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([30, 45])) if i in (0, 1, 3) else None
    po = [None, f"CDE-{rng.randint(1000, 9999)}", None, f"BC {rng.randint(2025, 2026)}-{rng.randint(10, 999)}"][i]
    orig = f"F{d.year}-{rng.randint(100, 9999):04d}"
    orig_d = d - dt.timedelta(days=rng.randint(10, 60))
    ib = valid(
        rng,
        lambda: iban(
            "FR", f"{rng.choice(['30004', '10278', '14445'])}{digits(rng, 5)}{digits(rng, 11)}{digits(rng, 2)}"
        ),
        lambda s: __import__("schwifty").IBAN(s, allow_invalid=True).is_valid,
    )
    m = sp
    if credit:
        pay = f"Avoir sur notre facture n° {orig} du {orig_d.strftime('%d/%m/%Y')} (retour de marchandise non conforme).<br>Montant porté au crédit de votre compte, imputable sur vos prochaines factures."
    else:
        pay = (
            (f"Échéance : <b>{fd(due)}</b> — règlement par virement.<br>" if due else "")
            + f"IBAN {iban_fmt(ib)} — BIC {rng.choice(['BNPAFRPP', 'CMBRFR2BXXX', 'CEPAFRPP444'])}<br>Pas d'escompte pour paiement anticipé. Pénalités de retard : 3 fois le taux d'intérêt légal ; indemnité forfaitaire pour frais de recouvrement : 40 €."
        )
    tax_in_footer = i in (1, 3)
    footer = (
        f"{vname} — capital {rng.choice(['8 000', '15 000', '50 000'])} € — RCS Nantes {sir[:3]} {sir[3:6]} {sir[6:]} — SIRET {sir}{digits(rng, 5)} — APE {rng.choice(['1072Z', '4639B', '1721A', '4761Z'])}"
        + (f" — N° TVA intracommunautaire {vt_print}" if tax_in_footer else "")
    )
    ctx = dict(
        color=color,
        vname=vname,
        vaddr=vaddr,
        tel=f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        title="AVOIR" if credit else "FACTURE",
        no=no,
        place_date=(f"Nantes, le {fd(d)}" if i in (0, 2) else f"Date : {fd(d)}"),
        ref=f"Réf. facture d'origine : {orig} du {orig_d.strftime('%d/%m/%Y')}" if credit else None,
        po=po,
        bl=f"BL{rng.randint(10000, 99999)}" if i in (1, 3) else None,
        bl_date=(d - dt.timedelta(days=rng.randint(1, 5))).strftime("%d/%m/%Y"),
        cust=f"C{rng.randint(1000, 9999)}",
        bname=bname,
        baddr=baddr,
        btva=btva,
        items=[
            {
                "d": x["desc"],
                "q": qstr(x["qty"]),
                "u": x["unit"],
                "p": m(x["price"]),
                "r": str(x["rate"]).replace(".", ","),
                "a": m(x["amount"]),
            }
            for x in items
        ],
        rates=[{"r": str(r).replace(".", ","), "b": m(b), "t": m(t)} for r, b, t in rates],
        net=m(net) + " €",
        tax=m(tax) + " €",
        ttc_label="Total TTC" if credit else ["Net à payer", "Total TTC", "", "Montant TTC (EUR)"][i],
        total=m(total) + ("" if i == 3 else " €"),
        pay=pay,
        footer=footer,
    )
    notes = (
        "Nantes (Loire-Atlantique, France) supplier's "
        + (
            "AVOIR (credit note) with every quantity and amount NEGATIVE, referring to an earlier invoice (a decoy number and date)"
            if credit
            else "FACTURE"
        )
        + " in French with a table WITHOUT RULES (zebra rows), the totals boxed at the LEFT below the table, TVA 20 % and 5,5 % per row and per rate, '1 234,56': "
        "vendor = the name at the top; vendor_tax_id = the intra-community VAT number "
        + (
            "in the FOOTER ('N° TVA intracommunautaire', among RCS, SIRET and APE)"
            if tax_in_footer
            else "under the address ('TVA :')"
        )
        + " (the SIREN/RCS, SIRET, the buyer's VAT number, the IBAN, the customer code and the delivery note are decoys). "
        "invoice_number = 'N°' under the title; invoice_date = "
        + [
            "'Nantes, le 12 mars 2026' (French long date)",
            "'Date' dd/mm/yyyy",
            "'Nantes, le …' (French long date)",
            "'Date' dd/mm/yyyy",
        ][i]
        + ". "
        + due_note(due, None, "Échéance")
        + po_note(po, "Votre commande")
        + "subtotal = 'Total HT'; tax = 'Total TVA'; total = '"
        + ctx["ttc_label"]
        + "'. Currency EUR ('€'"
        + (", none after the total, whose label says '(EUR)'" if i == 3 else "")
        + "). Line items: every row, HT."
        + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, vt_print, no, po, d, due, "EUR", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    ctx["vaddr"] = vaddr + ("" if tax_in_footer else f" — TVA : {vt_print}")
    chk = [fd(d), no, vname, vt_print, ctx["cust"], fd(due) if due else None, orig if credit else None]
    return t, chk, (NA_HTML.replace("@@BASE@@", css(margin="14mm 14mm 22mm")), ctx)


# =========================================================================== 03 Ibadan (VAT 7.5 %, NGN), 80 mm roll
IB_V = [
    ("Bodija Family Pharmacy & Stores Ltd", "Plot 4, Awolowo Avenue, Old Bodija, Ibadan, Oyo State"),
    ("Ring Road Provisions Mart Ltd", "22 Ring Road, opp. Challenge, Ibadan"),
    ("Dugbe Electricals & Home Ltd", "Shop 15, Dugbe Market Road, Ibadan"),
    ("Agodi Gate Supermarket Ltd", "Agodi Gate, Iwo Road, Ibadan, Oyo State"),
]
IB_ROWS = [
    ("Peak Milk powder 400g tin", "pc", 1, 6, 2800, 4200),
    ("Golden Penny spaghetti 500g", "pc", 1, 10, 900, 1400),
    ("Indomie chicken 70g (40)", "ctn", 1, 3, 9500, 13500),
    ("Dangote sugar 1kg", "pc", 1, 5, 1800, 2600),
    ("Kings vegetable oil 3L", "pc", 1, 3, 7800, 11500),
    ("Paracetamol 500mg (96)", "pk", 1, 4, 900, 1600),
    ("Vitamin C 1000mg (30)", "pk", 1, 3, 2500, 4800),
    ("Dettol antiseptic 500ml", "pc", 1, 3, 3200, 4900),
    ("Milo 500g refill", "pc", 1, 4, 3400, 4800),
    ("Bournvita 900g", "pc", 1, 3, 5200, 7400),
    ("Extension socket 4-way", "pc", 1, 2, 4500, 9800),
    ("LED bulb 15W", "pc", 1, 6, 900, 1800),
    ("Rechargeable lantern", "pc", 1, 2, 12500, 24000),
    ("Omo detergent 900g", "pc", 1, 4, 2100, 3300),
    ("Cabin biscuits (pack)", "pk", 1, 6, 450, 900),
    ("Coca-Cola 50cl (12)", "pk", 1, 4, 4200, 6000),
    ("Eva water 75cl (12)", "pk", 1, 4, 2600, 3600),
    ("Toothpaste Close-Up 140g", "pc", 1, 4, 1100, 1700),
    ("Tomato paste 400g", "pc", 1, 6, 1200, 2000),
    ("Semovita 1kg", "pc", 1, 4, 1900, 2700),
    ("Honey 500ml", "pc", 1, 2, 3500, 6500),
    ("Tissue paper (10 rolls)", "pk", 1, 3, 3800, 5600),
    ("Baby diapers (44)", "pk", 1, 2, 9500, 14500),
    ("Insecticide spray 600ml", "pc", 1, 3, 2400, 3800),
    ("Bread, sliced family loaf", "pc", 1, 4, 1500, 2400),
]
IB_HTML = """<html lang="en-NG"><head><meta charset="utf-8"><style>@@BASE@@
body{font-family:'DejaVu Sans Mono',monospace;line-height:1.35} .c{text-align:center} td.r{text-align:right;white-space:nowrap} hr{border:0;border-top:1px dashed #000;margin:4px 0}
table{width:100%;border-collapse:collapse} td{padding:0}
</style></head><body>
<div class="c"><b style="font-size:9.5pt">{{ vname }}</b><br>{{ vaddr }}<br>Tel: 0{{ tel }}<br>{{ tin_label }}: {{ vid }}<br>RC {{ rc }}</div><hr>
<div class="c"><b>{{ title }}</b></div>
<table><tr><td>Receipt No:</td><td class="r">{{ no }}</td></tr><tr><td>Date:</td><td class="r">{{ date }} {{ time }}</td></tr><tr><td>Cashier: {{ cashier }}</td><td class="r">Till {{ till }}</td></tr>{% if cust %}<tr><td>Customer:</td><td class="r">{{ cust }}</td></tr>{% endif %}{% if po %}<tr><td>LPO No:</td><td class="r">{{ po }}</td></tr>{% endif %}</table><hr>
<table><tr><td>ITEM</td><td class="r">QTY</td><td class="r">AMOUNT</td></tr>{% for it in items %}<tr><td colspan="3">{{ it.d }}</td></tr><tr><td>&nbsp;&nbsp;@ {{ it.p }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table><hr>
<table><tr><td>Sub Total</td><td class="r">{{ net }}</td></tr><tr><td>VAT 7.5%</td><td class="r">{{ tax }}</td></tr>
<tr style="font-size:10pt;font-weight:bold"><td>TOTAL</td><td class="r">{{ cur }}{{ total }}</td></tr></table><hr>
<table>{% for p in pays %}<tr><td>{{ p[0] }}</td><td class="r">{{ p[1] }}</td></tr>{% endfor %}</table><hr>
<div>Items: {{ n }}{% if ref %} · {{ ref }}{% endif %}</div>
<div class="c" style="margin-top:4px">Goods sold in good condition are not returnable<br>Thank you for shopping with us!<br>{{ bars|safe }}<br>{{ trans }}</div>
</body></html>"""


@style("03", "ng_iba_ibadan_receipt_roll_vat_7_5")
def s03(rng, i):
    vname, vaddr = IB_V[i]
    d = rand_date(rng)
    items = lines(rng, IB_ROWS, [7, 2, 18, 25][i], D("50"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.075"))
    total = net + tax
    vid = f"{digits(rng, 8, True)}-0001"
    no = [
        f"BFP{rng.randint(100000, 999999)}",
        f"{rng.randint(1000000, 9999999)}",
        f"DE/{d.strftime('%y')}/{rng.randint(1000, 9999)}",
        f"AGS-{rng.randint(10000, 99999)}",
    ][i]
    fd = [
        lambda x: x.strftime("%d/%m/%Y"),
        lambda x: x.strftime("%d-%b-%Y"),
        lambda x: x.strftime("%d/%m/%y"),
        lambda x: x.strftime("%Y-%m-%d"),
    ][i]
    po = f"LPO/{rng.randint(100, 999)}" if i == 2 else None
    trans = digits(rng, 12, True)
    mode = ["cash", "pos", "transfer", "pos"][i]
    if mode == "cash":
        tend = (total // 1000 + 1) * 1000
        pays = [("CASH", en(tend)), ("CHANGE", en(tend - total))]
    elif mode == "pos":
        pays = [
            ("POS " + rng.choice(["Verve", "Mastercard", "Visa"]), en(total)),
            (f"Card ****{digits(rng, 4)} RRN {digits(rng, 12)}", ""),
            (f"Terminal {rng.choice(['2058', '2070', '2214'])}{digits(rng, 4)} APPROVED", ""),
        ]
    else:
        pays = [
            ("BANK TRANSFER", en(total)),
            (f"{rng.choice(['GTBank', 'Access', 'Zenith'])} acct {digits(rng, 10)}", ""),
            (f"Session ID {digits(rng, 18)}", ""),
        ]
    cur = ["₦", "NGN ", "N", "₦"][i]
    ctx = dict(
        vname=vname,
        vaddr=vaddr,
        tel=f"80{digits(rng, 8)}",
        tin_label=["TIN", "VAT/TIN", "TIN", "FIRS TIN"][i],
        vid=vid,
        rc=f"{rng.randint(100000, 1999999)}",
        title=["SALES RECEIPT", "TAX INVOICE / RECEIPT", "INVOICE", "RECEIPT"][i],
        no=no,
        date=fd(d),
        time=f"{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}",
        cashier=rng.choice(["Bisi", "Tunde", "Kemi", "Femi"]),
        till=rng.randint(1, 5),
        cust=["Walk-in", None, "Oyo State Hospitals Mgt Board", None][i],
        po=po,
        items=[{"d": x["desc"], "p": en(x["price"]), "q": qstr(x["qty"]), "a": en(x["amount"])} for x in items],
        net=en(net),
        tax=en(tax),
        cur=cur,
        total=en(total),
        pays=pays,
        n=len(items),
        ref=f"Loyalty card {digits(rng, 10)}" if i == 3 else None,
        bars=bars_svg(rng, 60, 9),
        trans=trans,
    )
    page = f"80mm {int(135 + 7.4 * len(items))}mm"
    notes = (
        "Ibadan (Oyo State, Nigeria) store's receipt in English on an 80 mm ROLL, monospace, two lines per item, VAT 7.5 % ADDED below the sub-total, '1,234.56' naira: "
        f"vendor = the name at the top; vendor_tax_id = '{ctx['tin_label']}' (TIN with its '-0001' suffix; the RC number, till, card, RRN, terminal, bank account, session ID and transaction numbers are decoys). "
        "invoice_number = 'Receipt No'; invoice_date = 'Date' ("
        + ["dd/mm/yyyy", "dd-Mon-yyyy", "dd/mm/yy", "yyyy-mm-dd"][i]
        + ", with the time). "
        + due_note(None, "paid at the counter (" + mode + ")", "")
        + po_note(po, "LPO No")
        + "subtotal = 'Sub Total'; tax = 'VAT 7.5%'; total = 'TOTAL'"
        + (" (cash tendered and change are decoys)" if mode == "cash" else "")
        + ". Currency NGN (printed "
        + ["'₦'", "'NGN'", "'N' (the plain-letter naira sign)", "'₦'"][i]
        + "). Line items: every item."
    )
    t = truth(vname, vid, no, po, d, None, "NGN", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "TOTAL", "VAT 7.5%", trans]}
    return t, chk, (IB_HTML.replace("@@BASE@@", css(size=page, margin="4mm 4mm", fs="7.4pt")), ctx)
