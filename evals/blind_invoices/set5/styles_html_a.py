"""Chromium (HTML) styles for set 5, part A (01 Italian FatturaPA print, 02 Argentine factura A, 04 Moroccan facture,
05 US SaaS usage invoice, 06 Australian tradie phone-app invoice)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import fr_words
from invoice_kit import (
    T,
    css,
    de,
    digits,
    en,
    exact_price,
    iban,
    mt,
    q2,
    qstr,
    rand_date,
    sp,
    style_registry,
    valid,
)
from kit_common import qr_svg
from stdnum.ar import cuit as _cuit
from stdnum.au import abn as _abn
from stdnum.it import codicefiscale as _itcf
from stdnum.it import iva as _itiva
from stdnum.ma import ice as _ice
from stdnum.us import ein as _ein

STYLES, style = style_registry("chromium")


def it_piva(rng):
    return valid(rng, lambda: "0" + digits(rng, 10), _itiva.is_valid)


def it_cf_person(rng, surname, name, female):
    def cons(s):
        return [c for c in s.upper() if c.isalpha() and c not in "AEIOU"]

    def vow(s):
        return [c for c in s.upper() if c in "AEIOU"]

    sc = (cons(surname) + vow(surname) + ["X"] * 3)[:3]
    nc = cons(name)
    nc = [nc[0], nc[2], nc[3]] if len(nc) > 3 else (nc + vow(name) + ["X"] * 3)[:3]
    yy = f"{rng.randint(60, 92)}"
    mm = "ABCDEHLMPRST"[rng.randint(0, 11)]
    dd = rng.randint(1, 28) + (40 if female else 0)
    town = rng.choice(["A944", "L219", "F839", "H501", "G224"])
    base = "".join(sc + nc) + yy + mm + f"{dd:02d}" + town
    return base + _itcf.calc_check_digit(base)


# =========================================================================== 01 Italian FatturaPA courtesy print
IT_V = [
    ("Studio Tecnico Ing. Marco Bellini", "Via Guglielmo Marconi, 14", "Bologna", "BO", "40122", "RF01", "ing"),
    ("FERRARIS ELENA", "Corso Francia, 211", "Torino", "TO", "10138", "RF19", "forf"),
    ("Studio Legale Avv. Chiara Moretti", "Via dei Mille, 48", "Napoli", "NA", "80121", "RF01", "avv"),
    ("Geo Rilievi S.r.l.", "Via dell'Artigianato, 9", "Vigonza", "PD", "35010", "RF01", "pa"),
]
IT_B = [
    ("Solaria Energie S.r.l.", "Via Emilia Ponente, 300", "Bologna", "BO", "40133"),
    ("Meccanica Valsusa S.p.A.", "Strada del Drosso, 72", "Torino", "TO", "10135"),
    ("Partenope Costruzioni S.r.l.", "Centro Direzionale Isola G1", "Napoli", "NA", "80143"),
    ("COMUNE DI CITTADELLA", "Via Indipendenza, 41", "Cittadella", "PD", "35013"),
]
IT_LINES = {
    "ing": [
        ("Progettazione esecutiva impianto fotovoltaico {k} kWp", 1800, 4800, lambda r: 1),
        ("Direzione lavori - stato avanzamento n. {n}", 900, 2600, lambda r: 1),
        ("Pratica di connessione e-distribuzione", 350, 900, lambda r: 1),
        ("Sopralluogo tecnico in cantiere", 150, 300, lambda r: r.randint(1, 3)),
        ("Redazione certificato di regolare esecuzione", 400, 950, lambda r: 1),
    ],
    "forf": [
        ("Traduzione tecnica EN>IT manuale d'uso (cartelle)", 18, 28, lambda r: r.randint(12, 70)),
        ("Revisione e impaginazione testi (ore)", 30, 45, lambda r: r.randint(2, 12)),
        ("Asseverazione traduzione presso Tribunale", 60, 95, lambda r: 1),
        ("Interpretariato di trattativa (giornate)", 380, 520, lambda r: r.randint(1, 2)),
    ],
    "avv": [
        ("Compenso professionale attività stragiudiziale - pratica {n}", 800, 3500, lambda r: 1),
        ("Redazione parere pro veritate", 450, 1400, lambda r: 1),
        ("Assistenza alla negoziazione contratto di appalto", 900, 2600, lambda r: 1),
        ("Partecipazione a udienza", 250, 600, lambda r: r.randint(1, 3)),
    ],
    "pa": [
        ("Rilievo topografico plano-altimetrico area ex scuola - lotto {n}", 2000, 6000, lambda r: 1),
        ("Restituzione grafica e relazione tecnica", 800, 2000, lambda r: 1),
        ("Frazionamento catastale (Pregeo) - particelle", 180, 320, lambda r: r.randint(2, 6)),
        ("Picchettamento confini", 450, 1200, lambda r: 1),
    ],
}

S01_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="9mm 10mm", font="'DejaVu Sans',sans-serif", fs="7.6pt")
    + """
.tt{font-size:11pt;font-weight:bold;margin:0 0 2px 0} .ver{font-size:7pt;color:#555}
.party{width:49%;display:inline-block;vertical-align:top;border:1px solid #4a6d8c;padding:5px 6px;box-sizing:border-box;min-height:170px}
.party h3{margin:0 0 4px 0;font-size:8pt;background:#dbe5f1;padding:2px 4px}
table.g{width:100%;margin-top:8px} table.g th{background:#dbe5f1;border:1px solid #4a6d8c;padding:2px 3px;font-size:7pt;font-weight:bold;text-align:left}
table.g td{border:1px solid #9fb3c8;padding:2px 3px} .sec{margin-top:9px;font-weight:bold;font-size:8pt;color:#244062}
</style></head><body>
<div class="tt">FATTURA ELETTRONICA</div><div class="ver">Versione {{ ver }} &nbsp;·&nbsp; Copia di cortesia priva di valore fiscale ai sensi dell'art. 21 DPR 633/72</div>
<div style="margin-top:8px">
<div class="party"><h3>Cedente/prestatore (fornitore)</h3>
Identificativo fiscale ai fini IVA: <b>{{ v_piva }}</b><br>Codice fiscale: {{ v_cf }}<br>
{% if v_person %}Cognome nome: <b>{{ v_name }}</b>{% else %}Denominazione: <b>{{ v_name }}</b>{% endif %}<br>
Regime fiscale: {{ v_regime }}<br>Indirizzo: {{ v_addr }}<br>Comune: {{ v_city }} Provincia: {{ v_prov }}<br>Cap: {{ v_cap }} Nazione: IT<br>
Telefono: {{ v_tel }}<br>Email: {{ v_mail }}</div>
<div class="party" style="margin-left:1%"><h3>Cessionario/committente (cliente)</h3>
{% if b_piva %}Identificativo fiscale ai fini IVA: {{ b_piva }}<br>{% endif %}Codice fiscale: {{ b_cf }}<br>
Denominazione: <b>{{ b_name }}</b><br>Indirizzo: {{ b_addr }}<br>Comune: {{ b_city }} Provincia: {{ b_prov }}<br>Cap: {{ b_cap }} Nazione: IT<br>
Pec: {{ b_pec }}</div></div>
<table class="g"><tr><th>Tipologia documento</th><th>Art. 73</th><th>Numero documento</th><th>Data documento</th><th>Codice destinatario</th></tr>
<tr><td>TD01 fattura</td><td></td><td><b>{{ inv_no }}</b></td><td><b>{{ d }}</b></td><td>{{ sdi }}</td></tr></table>
{% if causale %}<table class="g"><tr><th>Causale</th></tr><tr><td>{{ causale }}</td></tr></table>{% endif %}
{% if order %}<table class="g"><tr><th>Dati ordine di acquisto: Id documento</th><th>Data</th><th>Codice CIG</th><th>Codice CUP</th></tr>
<tr><td>{{ order }}</td><td>{{ order_d }}</td><td>{{ cig }}</td><td>{{ cup }}</td></tr></table>{% endif %}
<table class="g"><tr><th>Cod. articolo</th><th style="width:40%">Descrizione</th><th class="r">Quantità</th><th class="r">Prezzo unitario</th><th>UM</th>
<th class="r">Sconto o magg.</th><th class="r">%IVA</th><th class="r">Prezzo totale</th></tr>
{% for it in items %}<tr><td>{{ it.code }}</td><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td>{{ it.um }}</td>
<td></td><td class="r">{{ it.iva }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
{% if cassa %}<div class="sec">Dati della cassa previdenziale</div>
<table class="g"><tr><th>Tipo cassa</th><th class="r">Aliquota cassa</th><th class="r">Imponibile previdenziale</th><th class="r">Importo contributo</th>
<th class="r">%IVA</th><th>Ritenuta</th></tr>
<tr><td>{{ cassa.tipo }}</td><td class="r">4,00</td><td class="r">{{ cassa.base }}</td><td class="r">{{ cassa.amt }}</td><td class="r">22,00</td><td></td></tr></table>{% endif %}
{% if rit %}<div class="sec">Dati ritenuta d'acconto</div>
<table class="g"><tr><th>Tipo ritenuta</th><th class="r">Aliquota ritenuta</th><th class="r">Importo ritenuta</th><th>Causale pagamento</th></tr>
<tr><td>RT01 (ritenuta persone fisiche)</td><td class="r">20,00</td><td class="r">{{ rit }}</td><td>A (decodifica come da modello CU)</td></tr></table>{% endif %}
<div class="sec">RIEPILOGHI IVA E TOTALI</div>
<table class="g"><tr><th>esigibilità iva / riferimenti normativi</th><th class="r">%IVA</th><th class="r">Spese accessorie</th><th class="r">Arr.</th>
<th class="r">Totale imponibile</th><th class="r">Totale imposta</th></tr>
{% for r in riep %}<tr><td>{{ r.ref }}</td><td class="r">{{ r.pct }}</td><td></td><td></td><td class="r">{{ r.imp }}</td><td class="r">{{ r.tax }}</td></tr>{% endfor %}
</table>
<table class="g"><tr><th>Importo bollo</th><th>Sconto/Maggiorazione</th><th>Valuta</th><th class="r">Totale documento</th></tr>
<tr><td>{{ bollo }}</td><td></td><td>EUR</td><td class="r"><b>{{ total }}</b></td></tr></table>
<table class="g"><tr><th>Modalità pagamento</th><th>IBAN</th><th>Istituto</th><th>Data scadenza</th><th class="r">Importo</th></tr>
<tr><td>MP05 Bonifico</td><td>{{ iban }}</td><td>{{ bank }}</td><td>{{ due }}</td><td class="r">{{ pay }}</td></tr></table>
{% if note %}<p style="margin-top:10px;font-size:7.2pt">{{ note }}</p>{% endif %}
</body></html>"""
)


@style("01", "it_fattura_ritenuta_cassa")
def s01(rng, i):
    vname, vaddr, vcity, vprov, vcap, regime, kind = IT_V[i]
    bname, baddr, bcity, bprov, bcap = IT_B[i]
    piva = it_piva(rng)
    v_piva = "IT" + piva
    if kind == "forf":
        v_cf = it_cf_person(rng, "Ferraris", "Elena", True)
    elif kind in ("ing", "avv"):
        v_cf = it_cf_person(rng, *(("Bellini", "Marco", False) if kind == "ing" else ("Moretti", "Chiara", True)))
    else:
        v_cf = piva
    b_piva_raw = it_piva(rng)
    d = rand_date(rng)

    def f(x):
        return x.strftime("%d-%m-%Y")

    year = d.year
    items = []
    for desc, lo, hi, qf in rng.sample(IT_LINES[kind], rng.randint(2, 4)):
        q = D(qf(rng))
        p = D(rng.randint(lo, hi)) if q == 1 else exact_price(rng, q, lo, hi)
        items.append(
            {
                "code": "",
                "desc": desc.format(k=rng.choice([20, 49, 98, 145]), n=f"{rng.randint(10, 99)}/{year % 100}"),
                "q": q,
                "p": p,
                "amount": q2(q * p),
                "um": "" if q == 1 else rng.choice(["nr", "ore", "cartelle", "gg"]),
                "iva": "22,00",
            }
        )
    if kind == "forf":
        for it in items:
            it["iva"] = "0,00"
    fees = sum(it["amount"] for it in items)
    cassa = None
    rit = None
    riep = []
    bollo = ""
    line_adj = D(0)
    note = ""
    order = None
    due = d + dt.timedelta(days=rng.choice([30, 60])) if kind != "forf" else None
    if kind == "ing":
        k_amt = q2(fees * D("0.04"))
        cassa = {
            "tipo": "TC04 (Cassa nazionale previdenza e assistenza ingegneri e architetti liberi professionisti)",
            "base": de(fees),
            "amt": de(k_amt),
        }
        line_adj = k_amt
        imp = fees + k_amt
        vat = q2(imp * D("0.22"))
        total = imp + vat
        rit = q2(fees * D("0.20"))
        pay = total - rit
        riep.append({"ref": "I (esigibilità immediata)", "pct": "22,00", "imp": de(imp), "tax": de(vat)})
        subtotal = imp
    elif kind == "forf":
        rv = q2(fees * D("0.04"))
        items.append(
            {
                "code": "",
                "desc": "Rivalsa INPS 4% (art. 1 c. 212 L. 662/96)",
                "q": D(1),
                "p": rv,
                "amount": rv,
                "um": "",
                "iva": "0,00",
            }
        )
        items.append(
            {
                "code": "",
                "desc": "Rimborso imposta di bollo",
                "q": D(1),
                "p": D("2.00"),
                "amount": D("2.00"),
                "um": "",
                "iva": "0,00",
            }
        )
        imp = fees + rv
        vat = D(0)
        total = imp + D(2)
        pay = total
        bollo = "2,00"
        riep.append(
            {
                "ref": "N2.2 (non soggette - altri casi) - Operazione in franchigia da IVA ai sensi dell'art. 1, commi 54-89, L. 190/2014",
                "pct": "0,00",
                "imp": de(imp),
                "tax": "0,00",
            }
        )
        riep.append({"ref": "N1 (escluse ex art. 15)", "pct": "0,00", "imp": "2,00", "tax": "0,00"})
        subtotal = None
        note = (
            "Prestazione resa da soggetto in regime forfettario: non soggetta a ritenuta d'acconto ai sensi dell'art. 1, comma 67, "
            "L. 190/2014. Imposta di bollo assolta in modo virtuale."
        )
    elif kind == "avv":
        sg = q2(fees * D("0.15"))
        items.append(
            {
                "code": "",
                "desc": "Spese generali 15% (art. 2 D.M. 55/2014)",
                "q": D(1),
                "p": sg,
                "amount": sg,
                "um": "",
                "iva": "22,00",
            }
        )
        k_amt = q2((fees + sg) * D("0.04"))
        cassa = {"tipo": "TC02 (Cassa previdenza avvocati)", "base": de(fees + sg), "amt": de(k_amt)}
        line_adj = k_amt
        imp = fees + sg + k_amt
        vat = q2(imp * D("0.22"))
        anticip = D(rng.choice([27, 43, 98, 118, 237, 259])) + D(rng.choice(["0", "0.00", "16.00"]))
        items.append(
            {
                "code": "",
                "desc": "Anticipazioni esenti art. 15 DPR 633/72 (contributo unificato, marca da bollo)",
                "q": D(1),
                "p": anticip,
                "amount": anticip,
                "um": "",
                "iva": "0,00",
            }
        )
        total = imp + vat + anticip
        rit = q2((fees + sg) * D("0.20"))
        pay = total - rit
        riep.append({"ref": "I (esigibilità immediata)", "pct": "22,00", "imp": de(imp), "tax": de(vat)})
        riep.append({"ref": "N1 (escluse ex art. 15)", "pct": "0,00", "imp": de(anticip), "tax": "0,00"})
        subtotal = None
    else:  # PA, split payment
        imp = fees
        vat = q2(imp * D("0.22"))
        total = imp + vat
        pay = imp
        riep.append(
            {
                "ref": "S (scissione dei pagamenti) - art. 17-ter DPR 633/72",
                "pct": "22,00",
                "imp": de(imp),
                "tax": de(vat),
            }
        )
        subtotal = imp
        order = f"{rng.randint(100, 999)}/{year}"
        note = (
            "Operazione soggetta a scissione dei pagamenti ai sensi dell'art. 17-ter DPR 633/72: l'IVA sarà versata dall'ente "
            "committente. Importo da liquidare al fornitore al netto dell'IVA."
        )
    order_d = d - dt.timedelta(days=rng.randint(20, 90))
    inv_no = [
        f"FPR {rng.randint(5, 60)}/{year % 100}",
        f"{rng.randint(1, 40)}",
        f"{year}/{rng.randint(10, 180):03d}",
        f"{rng.randint(20, 300)}/E",
    ][i]
    causale = {
        "ing": f"Competenze professionali come da disciplinare d'incarico del {f(order_d)}",
        "forf": "",
        "avv": f"Saldo competenze pratica n. {rng.randint(100, 999)}/{year - 1}",
        "pa": f"Affidamento diretto servizio di rilievo - determina n. {order}",
    }[kind]
    ib = iban(
        "IT",
        rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        + rng.choice(["03069", "02008", "05034", "03111"])
        + digits(rng, 5)
        + digits(rng, 12),
    )
    ctx = dict(
        ver="FPA12" if kind == "pa" else "FPR12",
        v_piva=v_piva,
        v_cf=v_cf,
        v_person=kind == "forf",
        v_name=vname,
        v_regime={"RF01": "RF01 (ordinario)", "RF19": "RF19 (forfettario - L. 190/2014)"}[regime],
        v_addr=vaddr,
        v_city=vcity,
        v_prov=vprov,
        v_cap=vcap,
        v_tel=f"0{rng.randint(10, 99)} {digits(rng, 7)}",
        v_mail=[
            "studio@ingbellini.it",
            "elena.ferraris.traduzioni@gmail.com",
            "segreteria@avvmoretti.it",
            "amministrazione@georilievi.it",
        ][i],
        b_piva=None if kind == "pa" else "IT" + b_piva_raw,
        b_cf=("8" + digits(rng, 10)) if kind == "pa" else b_piva_raw,
        b_name=bname,
        b_addr=baddr,
        b_city=bcity,
        b_prov=bprov,
        b_cap=bcap,
        b_pec=[
            "solariaenergie@legalmail.it",
            "amministrazione@pec.meccanicavalsusa.it",
            "partenopecostruzioni@pec.it",
            "protocollo@pec.comune.cittadella.pd.it",
        ][i],
        inv_no=inv_no,
        d=f(d),
        sdi=("UF" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(4)))
        if kind == "pa"
        else rng.choice(["0000000", "M5UXCR1", "KRRH6B9", "SUBM70N"]),
        causale=causale,
        order=order,
        order_d=f(order_d),
        cig="Z" + "".join(rng.choice("0123456789ABCDEF") for _ in range(9)),
        cup=f"J{digits(rng, 2)}B{digits(rng, 2)}000{digits(rng, 3)}000{digits(rng, 1)}",
        items=[
            {
                "code": it["code"],
                "desc": it["desc"],
                "q": de(it["q"]),
                "p": de(it["p"]),
                "um": it["um"],
                "iva": it["iva"],
                "a": de(it["amount"]),
            }
            for it in items
        ],
        cassa=cassa,
        rit=de(rit) if rit else None,
        riep=riep,
        bollo=bollo,
        total=de(total),
        iban=ib,
        bank=rng.choice(["Intesa Sanpaolo S.p.A.", "BPER Banca", "Banco BPM", "UniCredit S.p.A."]),
        due=f(due) if due else "",
        pay=de(pay),
        note=note,
    )
    notes = (
        "Italian FatturaPA courtesy print (ministerial/AssoSoftware stylesheet): vendor = cedente/prestatore "
        + ("'Cognome nome' as printed (a person in the flat-rate regime); " if kind == "forf" else "'Denominazione'; ")
        + "vendor_tax_id = 'Identificativo fiscale ai fini IVA' (IT + partita IVA); codice fiscale, the client's ids, the SDI/"
        "destination code are decoys. invoice_date = 'Data documento' (dd-mm-yyyy). total = 'Totale documento'. "
    )
    if kind == "ing":
        notes += (
            "Engineer: Inarcassa 4 % contribution printed only in the 'Dati della cassa previdenziale' block (not a line; lines + cassa = "
            "taxable amount); subtotal = 'Totale imponibile' (fees + cassa); the 20 % ritenuta d'acconto and the payment 'Importo' "
            "(total minus ritenuta) are decoys; due date = 'Data scadenza'."
        )
    elif kind == "forf":
        notes += (
            "Flat-rate regime: no VAT (tax 0.00 as printed in the riepilogo), rivalsa INPS 4 % and the 2,00 stamp-duty recharge are "
            "lines; two riepilogo rows so no single subtotal printed (null); 'Importo bollo 2,00' is part of the lines; no due date."
        )
    elif kind == "avv":
        notes += (
            "Lawyer: 'Spese generali 15%' and the art. 15 exempt disbursements are lines; the 4 % CPA contribution only in the cassa block; "
            "two riepilogo rows (22 % and N1) so no single subtotal printed (null); tax = the 22 % imposta; ritenuta d'acconto "
            "(20 % of fees + spese generali) and the payment 'Importo' are decoys; due date = 'Data scadenza'."
        )
    else:
        notes += (
            "Public body client, split payment (scissione dei pagamenti): the VAT is printed and part of 'Totale documento' (truth total "
            "includes it) although the payment 'Importo' is the net amount (decoy). PO = 'Dati ordine di acquisto: Id documento'; CIG/"
            "CUP and the order date are decoys; due date = 'Data scadenza'."
        )
    t = T(
        vendor_name=vname,
        vendor_tax_id=v_piva,
        invoice_number=inv_no,
        po_number=order,
        invoice_date=d.isoformat(),
        due_date=due.isoformat() if due else None,
        currency="EUR",
        subtotal=mt(subtotal) if subtotal is not None else None,
        tax=mt(vat),
        total=mt(total),
        line_items=[{"amount": mt(it["amount"]), "quantity": qstr(it["q"])} for it in items],
        notes=notes,
    )
    checks = {"printed": [f(d), v_piva, inv_no, f(due) if due else None, order, vname], "line_adjustment": mt(line_adj)}
    return t, checks, (S01_HTML, ctx)


# =========================================================================== 02 Argentine factura A (AFIP layout / ERP layout)
AR_V = [
    ("Distribuidora Del Plata S.A.", "Av. Belgrano 1452, Piso 3", "C1093AAO - Ciudad Autónoma de Buenos Aires"),
    ("Servicios Informáticos Andes S.R.L.", "Bv. Oroño 1125", "S2000DSK - Rosario, Santa Fe"),
    ("Frigorífico La Pampeana S.A.", "Ruta Nacional 5 Km 98,5", "B6600 - Mercedes, Buenos Aires"),
    ("Estudio Contable Fernández & Asoc. S.R.L.", "Av. Colón 455, Of. 7", "X5000EPF - Córdoba"),
]
AR_B = [
    ("Supermercados Cuyo S.A.", "San Martín 2200 - Mendoza"),
    ("Agroinsumos del Litoral S.R.L.", "Ruta 11 Km 452 - Santa Fe"),
    ("Hotel Patagonia Sur S.A.", "Av. San Martín 1200 - San Carlos de Bariloche"),
    ("Clínica Privada San Lucas S.A.", "Av. Rivadavia 6400 - CABA"),
]
AR_LINES = [
    [
        ("Aceite de girasol 1,5 L x 12", 18000, 32000, "caja"),
        ("Yerba mate 1 kg x 10", 24000, 41000, "caja"),
        ("Harina 000 1 kg x 10", 6500, 11000, "caja"),
        ("Arroz largo fino 1 kg x 10", 9000, 16000, "caja"),
        ("Azúcar 1 kg x 10", 8000, 14000, "caja"),
    ],
    [
        ("Abono mensual soporte técnico", 180000, 450000, "mes"),
        ("Licencia ERP - usuarios", 22000, 38000, "usuario"),
        ("Horas de desarrollo", 18000, 30000, "hora"),
        ("Hosting servidor dedicado", 90000, 160000, "mes"),
    ],
    [
        ("Media res novillo (kg)", 3800, 5200, "kg"),
        ("Bife de chorizo envasado al vacío (kg)", 11000, 16500, "kg"),
        ("Asado de tira (kg)", 7200, 9800, "kg"),
        ("Vacío (kg)", 8600, 11500, "kg"),
    ],
    [
        ("Honorarios liquidación de sueldos", 150000, 420000, "mes"),
        ("Honorarios asesoramiento impositivo", 200000, 600000, "mes"),
        ("Presentación DDJJ Ganancias", 120000, 280000, "unidad"),
        ("Certificación contable", 90000, 180000, "unidad"),
    ],
]

S02_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="8mm", font="'Liberation Sans',Arial,sans-serif", fs="8.4pt")
    + """
.b{border:1px solid #000} .hd{position:relative} .letter{position:absolute;left:50%;top:-1px;transform:translateX(-50%);width:52px;height:52px;border:1px solid #000;
background:#fff;text-align:center;font-size:26pt;font-weight:bold;line-height:40px} .letter small{display:block;font-size:6.5pt;line-height:8px}
table.w{width:100%} .orig{text-align:center;font-weight:bold;font-size:11pt;padding:3px}
table.it{width:100%} table.it th{background:#ccc;border:1px solid #000;font-size:7.4pt;padding:2px} table.it td{padding:2px 3px;font-size:7.8pt}
.lbl{font-weight:bold}
</style></head><body>
{% if afip %}<div class="b orig">ORIGINAL</div>{% endif %}
<div class="b hd" style="margin-top:-1px"><table class="w"><tr>
<td style="width:50%;padding:8px 10px;border-right:1px solid #000;height:110px"><div style="font-size:15pt;font-weight:bold;text-align:center;margin:10px 0 10px 0">{{ v_name }}</div>
<span class="lbl">Razón Social:</span> {{ v_name }}<br><span class="lbl">Domicilio Comercial:</span> {{ v_a1 }} - {{ v_a2 }}<br>
<span class="lbl">Condición frente al IVA:</span> IVA Responsable Inscripto</td>
<td style="padding:8px 10px 8px 40px"><div style="font-size:17pt;font-weight:bold">FACTURA{% if not afip %} A{% endif %}</div>
{% if afip %}<span class="lbl">Punto de Venta:</span> {{ pv }} &nbsp;&nbsp; <span class="lbl">Comp. Nro:</span> {{ nro }}<br>{% else %}<span class="lbl">N°</span> <b style="font-size:11pt">{{ inv_no }}</b><br>{% endif %}
<span class="lbl">Fecha de Emisión:</span> {{ d }}<br><br>
<span class="lbl">CUIT:</span> {{ cuit }}<br><span class="lbl">Ingresos Brutos:</span> {{ iibb }}<br>
<span class="lbl">Fecha de Inicio de Actividades:</span> {{ inicio }}</td></tr></table>
<div class="letter">A<small>COD. 01</small></div></div>
{% if period %}<div class="b" style="margin-top:2px;padding:4px 8px"><span class="lbl">Período Facturado Desde:</span> {{ p0 }} &nbsp;&nbsp;
<span class="lbl">Hasta:</span> {{ p1 }} &nbsp;&nbsp; <span class="lbl">Fecha de Vto. para el pago:</span> {{ due }}</div>
{% elif due %}<div class="b" style="margin-top:2px;padding:4px 8px"><span class="lbl">Fecha de Vto. para el pago:</span> {{ due }}</div>{% endif %}
<div class="b" style="margin-top:2px;padding:5px 8px"><table class="w"><tr><td style="width:45%"><span class="lbl">CUIT:</span> {{ b_cuit }}</td>
<td><span class="lbl">Apellido y Nombre / Razón Social:</span> {{ b_name }}</td></tr>
<tr><td><span class="lbl">Condición frente al IVA:</span> IVA Responsable Inscripto</td><td><span class="lbl">Domicilio:</span> {{ b_addr }}</td></tr>
<tr><td><span class="lbl">Condición de venta:</span> {{ cond }}</td><td>{% if po %}<span class="lbl">Orden de Compra N°:</span> {{ po }}{% endif %}
{% if remito %} &nbsp; <span class="lbl">Remito N°:</span> {{ remito }}{% endif %}</td></tr></table></div>
<table class="it" style="margin-top:4px"><tr><th>Código</th><th>Producto / Servicio</th><th>Cantidad</th><th>U. Medida</th><th>Precio Unit.</th><th>% Bonif</th>
<th>Subtotal</th><th>Alícuota IVA</th><th>Subtotal c/IVA</th></tr>
{% for it in items %}<tr><td>{{ it.code }}</td><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td>{{ it.um }}</td><td class="r">{{ it.p }}</td>
<td class="r">{{ it.b }}</td><td class="r">{{ it.a }}</td><td class="r">{{ it.rate }}</td><td class="r">{{ it.g }}</td></tr>{% endfor %}</table>
<div style="height:{{ gap }}px"></div>
<div class="b" style="padding:6px 10px"><table class="w"><tr><td style="width:50%">{% if otros %}<b>Otros Tributos</b><br>
<table style="width:90%;font-size:7.6pt"><tr><td><b>Descripción</b></td><td><b>Detalle</b></td><td class="r"><b>Alíc. %</b></td><td class="r"><b>Importe</b></td></tr>
{% for o in otros %}<tr><td>{{ o.desc }}</td><td>{{ o.det }}</td><td class="r">{{ o.pct }}</td><td class="r">{{ o.amt }}</td></tr>{% endfor %}</table>{% endif %}</td>
<td><table style="margin-left:auto;font-size:8.6pt">
<tr><td class="r lbl">Importe Neto Gravado: $</td><td class="r" style="width:95px">{{ net }}</td></tr>
{% for r in ivas %}<tr><td class="r lbl">IVA {{ r.pct }}: $</td><td class="r">{{ r.amt }}</td></tr>{% endfor %}
<tr><td class="r lbl">Importe Otros Tributos: $</td><td class="r">{{ otros_tot }}</td></tr>
<tr><td class="r lbl" style="font-size:10pt">Importe Total: $</td><td class="r" style="font-size:10pt"><b>{{ total }}</b></td></tr></table></td></tr></table></div>
<table class="w" style="margin-top:8px"><tr><td style="width:110px">{{ qr|safe }}</td>
<td style="padding-left:10px"><div style="font-size:13pt;font-weight:bold;font-style:italic">AFIP</div><b>Comprobante Autorizado</b><br>
<span style="font-size:7pt">Esta Administración Federal no se responsabiliza por los datos ingresados en el detalle de la operación</span></td>
<td class="r"><b>CAE N°:</b> {{ cae }}<br><b>Fecha de Vto. de CAE:</b> {{ cae_vto }}<br><br>Pág. 1/1</td></tr></table>
</body></html>"""
)


@style("02", "ar_factura_a_afip")
def s02(rng, i):
    vname, va1, va2 = AR_V[i]
    bname, baddr = AR_B[(i + 1) % 4]
    afip = i in (0, 2)
    cuit = valid(rng, lambda: rng.choice(["30", "33"]) + digits(rng, 9), _cuit.is_valid)
    b_cuit = valid(rng, lambda: rng.choice(["30", "30", "33"]) + digits(rng, 9), _cuit.is_valid)
    cuit_p = cuit if afip else f"{cuit[:2]}-{cuit[2:10]}-{cuit[10]}"
    b_cuit_p = b_cuit if afip else f"{b_cuit[:2]}-{b_cuit[2:10]}-{b_cuit[10]}"
    d = rand_date(rng)

    def f(x):
        return x.strftime("%d/%m/%Y")

    pv = f"{rng.randint(1, 12):05d}" if afip else f"{rng.randint(1, 12):04d}"
    nro = f"{rng.randint(120, 48000):08d}"
    inv_no = nro if afip else f"{pv}-{nro}"
    services = i in (1, 3)
    period = services
    p0 = (d.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    p1 = d.replace(day=1) - dt.timedelta(days=1)
    due = d + dt.timedelta(days=rng.choice([10, 15, 30])) if (services or i == 2) else None
    items = []
    for desc, lo, hi, um in rng.sample(AR_LINES[i], rng.randint(2, 4)):
        q = (
            D(rng.randint(1, 40))
            if um in ("caja",)
            else D(rng.randint(1, 3))
            if um in ("mes", "unidad")
            else D(rng.randint(2, 25))
            if um in ("usuario", "hora")
            else D(rng.randint(40, 900)) / 2
        )
        p = q2(D(rng.randint(lo * 100, hi * 100)) / 100)
        b = D(rng.choice([0, 0, 0, 5, 10])) if not services else D(0)
        a = q2(q * p * (1 - b / 100))
        rate = D("10.5") if (i == 2 and "kg" in desc) else D(21)
        items.append(
            {
                "code": f"{rng.randint(100, 9999)}",
                "desc": desc,
                "q": q,
                "p": p,
                "b": b,
                "amount": a,
                "um": um,
                "rate": rate,
            }
        )
    net = sum(it["amount"] for it in items)
    ivas = {}
    for it in items:
        ivas[it["rate"]] = ivas.get(it["rate"], D(0)) + it["amount"]
    iva_amt = {r: q2(v * r / 100) for r, v in ivas.items()}
    otros = []
    if i in (0, 2):
        pct = D(rng.choice(["2.5", "3", "3.5"]))
        otros.append(
            {
                "desc": "Percepción IIBB",
                "det": rng.choice(["Buenos Aires - ARBA", "Mendoza - ATM", "CABA - AGIP"]),
                "pct": de(pct, 2),
                "amount": q2(net * pct / 100),
            }
        )
    otros_tot = sum((o["amount"] for o in otros), D(0))
    tax = sum(iva_amt.values()) + otros_tot
    total = net + tax
    money = (lambda x: sp(x)) if afip else de
    iva_rows = []
    for pct in ["27%", "21%", "10.5%", "5%", "2.5%", "0%"]:
        r = D(pct[:-1])
        iva_rows.append({"pct": pct, "amt": money(iva_amt.get(r, D(0)))})
    if not afip:
        iva_rows = [x for x in iva_rows if D(x["pct"][:-1]) in iva_amt]
    po = f"OC-{rng.randint(1000, 99999)}" if i in (0, 1) else (f"{rng.randint(4500000, 4599999)}" if i == 3 else None)
    ctx = dict(
        afip=afip,
        v_name=vname,
        v_a1=va1,
        v_a2=va2,
        pv=pv,
        nro=nro,
        inv_no=inv_no,
        d=f(d),
        cuit=cuit_p,
        iibb=f"{digits(rng, 3)}-{digits(rng, 6)}-{digits(rng, 1)}",
        inicio=f(dt.date(rng.randint(1995, 2018), rng.randint(1, 12), rng.randint(1, 28))),
        period=period,
        p0=f(p0),
        p1=f(p1),
        due=f(due) if due else "",
        b_cuit=b_cuit_p,
        b_name=bname,
        b_addr=baddr,
        cond=rng.choice(["Cuenta Corriente", "Contado", "Transferencia bancaria - 30 días"]),
        po=po,
        remito=f"{rng.randint(1, 9):04d}-{rng.randint(1000, 99999):08d}" if not services else None,
        items=[
            {
                "code": it["code"],
                "desc": it["desc"],
                "q": money(it["q"]),
                "um": it["um"],
                "p": money(it["p"]),
                "b": money(it["b"]),
                "a": money(it["amount"]),
                "rate": f"{qstr(it['rate'])}%",
                "g": money(q2(it["amount"] * (1 + it["rate"] / 100))),
            }
            for it in items
        ],
        gap=rng.randint(60, 260),
        otros=[{**o, "amt": money(o["amount"])} for o in otros],
        net=money(net),
        ivas=iva_rows,
        otros_tot=money(otros_tot),
        total=money(total),
        qr=qr_svg(rng, 26),
        cae=digits(rng, 14, True),
        cae_vto=f(d + dt.timedelta(days=10)),
    )
    tax_parts = [mt(v) for r, v in sorted(iva_amt.items())] + ([mt(otros_tot)] if otros else [])
    notes = (
        "Argentine factura A ("
        + (
            "AFIP 'Comprobantes en línea' layout: Punto de Venta and Comp. Nro in separate cells; invoice_number = "
            "Comp. Nro as printed (the punto de venta is a series in its own cell, as set 4)"
            if afip
            else "ERP layout: 'N° 0004-00012345' printed as one number -> invoice_number as printed"
        )
        + "). vendor_tax_id = the CUIT in the issuer half (the client's CUIT is a decoy); Ingresos Brutos, CAE and its due date, "
        "inicio de actividades are decoys. Line amount = 'Subtotal' (net after % bonif); 'Subtotal c/IVA' is a decoy. subtotal = "
        "'Importe Neto Gravado'; tax = all IVA rows + 'Importe Otros Tributos' (percepción IIBB when present; the parts are printed, "
        "their sum not when there is more than one), total = 'Importe Total'. "
        + ("Período facturado dates are decoys; due = 'Fecha de Vto. para el pago'. " if period else "")
        + ("PO = 'Orden de Compra N°'. " if po else "")
        + ("Remito number is a decoy. " if not services else "")
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=cuit_p,
        invoice_number=inv_no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat() if due else None,
        currency="ARS",
        subtotal=mt(net),
        tax=mt(tax),
        total=mt(total),
        line_items=[{"amount": mt(it["amount"]), "quantity": qstr(it["q"])} for it in items],
        notes=notes,
    )
    checks = {"printed": [f(d), cuit_p, inv_no, f(due) if due else None, po], "tax_parts": tax_parts}
    return t, checks, (S02_HTML, ctx)


# =========================================================================== 04 Moroccan facture (ICE / IF / RC / Patente)
MA_V = [
    ("ATLAS EQUIPEMENTS SARL", "Lot. Al Mansour, Zone Industrielle Sidi Bernoussi", "20600 Casablanca", "#0d4d8a"),
    ("SOCIETE SOUSS FROID SARL AU", "Quartier Industriel Tassila", "80000 Agadir", "#00796b"),
    ("MAGHREB LOGISTIQUE & TRANSPORT SA", "Route de Rabat Km 12, Aïn Harrouda", "28630 Mohammedia", "#6d4c41"),
    ("CABINET CONSEIL NOUR SARL", "45, Avenue Hassan II, 3ème étage", "10000 Rabat", "#5e35b1"),
]
MA_B = [
    ("OCP Services SA", "Boulevard Moulay Ismaïl, Casablanca"),
    ("Marjane Holding SA", "Route de Rabat, Aïn Sebaâ, Casablanca"),
    ("Hôtel Kenzi Menara SARL", "Avenue Mohammed VI, Marrakech"),
    ("Centrale Laitière SA", "Route de Mohammedia, Casablanca"),
]
MA_LINES = [
    [
        ("Compresseur à vis 15 kW", 38000, 62000, 1, 2, 20),
        ("Kit filtration huile/air", 900, 2400, 1, 6, 20),
        ("Installation et mise en service", 2500, 6000, 1, 1, 20),
        ('Flexible haute pression 1/2" (ml)', 45, 90, 10, 60, 20),
    ],
    [
        ("Chambre froide positive 20 m3", 42000, 78000, 1, 1, 20),
        ("Groupe frigorifique 3 CV", 9800, 16500, 1, 2, 20),
        ("Gaz réfrigérant R404A (kg)", 180, 290, 5, 30, 20),
        ("Main d'oeuvre technicien (heures)", 180, 260, 4, 40, 20),
    ],
    [
        ("Transport routier Casablanca - Tanger Med (camion 40 t)", 4800, 7500, 1, 6, 14),
        ("Manutention au port", 900, 2200, 1, 4, 14),
        ("Entreposage (palettes/jour)", 8, 14, 50, 600, 20),
        ("Frais de dossier transit", 450, 900, 1, 1, 20),
    ],
    [
        ("Mission d'audit interne - jours/homme", 5500, 9000, 2, 12, 20),
        ("Formation comptabilité analytique (jours)", 6000, 11000, 1, 3, 20),
        ("Accompagnement fiscal - forfait mensuel", 7000, 15000, 1, 1, 20),
        ("Frais de déplacement", 800, 2600, 1, 1, 20),
    ],
]

S04_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="12mm 14mm", font="'DejaVu Sans',sans-serif", fs="9pt")
    + """
.logo{font-size:18pt;font-weight:bold;color:{{ col }};letter-spacing:1px} .sub{color:#666;font-size:8pt}
.fact{font-size:20pt;font-weight:bold;color:{{ col }};text-align:right}
.cli{border:1px solid {{ col }};border-radius:6px;padding:8px 10px;width:300px;margin-left:auto}
table.it{width:100%;margin-top:16px} table.it th{background:{{ col }};color:#fff;padding:5px;font-size:8.4pt} table.it td{padding:5px;border:1px solid #ccc}
table.tot{margin-left:auto;margin-top:8px} table.tot td{padding:4px 8px;border:1px solid #ccc} .arr{margin-top:14px;font-style:italic}
.foot{position:fixed;bottom:0;left:0;right:0;border-top:2px solid {{ col }};padding-top:4px;font-size:7.2pt;color:#444;text-align:center}
</style></head><body>
<table style="width:100%"><tr><td><div class="logo">{{ v_name }}</div><div class="sub">{{ v_act }}</div><div class="sub">{{ v_a1 }} – {{ v_a2 }}<br>Tél : {{ v_tel }} – {{ v_mail }}</div></td>
<td><div class="fact">FACTURE</div><div style="text-align:right">N° <b>{{ inv_no }}</b><br>{{ city }}, le {{ d }}</div></td></tr></table>
<table style="width:100%;margin-top:14px"><tr><td style="width:48%;font-size:8.4pt">
{% if po %}Bon de commande N° : <b>{{ po }}</b>{% if po_d %} du {{ po_d }}{% endif %}<br>{% endif %}
{% if bl %}Bon de livraison N° : {{ bl }} du {{ bl_d }}<br>{% endif %}
Mode de règlement : {{ mode }}<br>{% if due %}Échéance : <b>{{ due }}</b>{% else %}Conditions : {{ cond }}{% endif %}</td>
<td><div class="cli"><b>Client :</b> {{ b_name }}<br>{{ b_addr }}<br>ICE : {{ b_ice }}</div></td></tr></table>
<table class="it"><tr><th style="text-align:left">Désignation</th><th>Qté</th><th>P.U. HT</th>{% if multi %}<th>TVA</th>{% endif %}<th>Montant HT</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td class="c">{{ it.q }}</td><td class="r">{{ it.p }}</td>{% if multi %}<td class="c">{{ it.rate }} %</td>{% endif %}
<td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tot"><tr><td>Total HT</td><td class="r" style="width:110px">{{ net }}</td></tr>
{% for r in vat_rows %}<tr><td>TVA {{ r.rate }} %</td><td class="r">{{ r.amt }}</td></tr>{% endfor %}
{% if multi %}<tr><td>Total TVA</td><td class="r">{{ tax }}</td></tr>{% endif %}
<tr><td><b>Total TTC ({{ cur }})</b></td><td class="r"><b>{{ total }}</b></td></tr>
{% if avance %}<tr><td>Avance reçue le {{ av_d }}</td><td class="r">- {{ avance }}</td></tr><tr><td><b>Reste à payer</b></td><td class="r"><b>{{ reste }}</b></td></tr>{% endif %}
</table>
<div class="arr">Arrêtée la présente facture à la somme de : <b>{{ words }}</b></div>
<p style="margin-top:20px;font-size:8pt">Règlement par virement au compte {{ bank }} – RIB : {{ rib }}</p>
<div style="margin-top:26px;width:200px;margin-left:auto;text-align:center;font-size:8pt">Cachet et signature<br><br><br></div>
<div class="foot">{{ v_name }} – {{ v_form }} au capital de {{ capital }} DH – Siège social : {{ v_a1 }}, {{ v_a2 }}<br>
RC : {{ rc }} – Patente : {{ patente }} – IF : {{ if_ }} – CNSS : {{ cnss }} – ICE : {{ ice }}</div>
</body></html>"""
)


@style("04", "ma_facture_ice")
def s04(rng, i):
    vname, va1, va2, col = MA_V[i]
    bname, baddr = MA_B[i]
    ice = valid(rng, lambda: "00" + digits(rng, 13), _ice.is_valid)
    b_ice = valid(rng, lambda: "00" + digits(rng, 13), _ice.is_valid)
    if_ = digits(rng, 8, True) if i != 1 else digits(rng, 7, True)
    d = rand_date(rng)

    def f(x):
        return x.strftime("%d/%m/%Y")

    items = []
    for desc, lo, hi, qlo, qhi, rate in rng.sample(MA_LINES[i], rng.randint(2, 4)):
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, lo, hi)
        items.append({"desc": desc, "q": q, "p": p, "amount": q2(q * p), "rate": rate})
    net = sum(it["amount"] for it in items)
    by = {}
    for it in items:
        by[it["rate"]] = by.get(it["rate"], D(0)) + it["amount"]
    vats = {r: q2(v * r / 100) for r, v in sorted(by.items(), reverse=True)}
    tax = sum(vats.values())
    total = net + tax
    multi = len(vats) > 1
    due = d + dt.timedelta(days=rng.choice([30, 60, 90])) if i in (0, 3) else None
    po = f"BC-{d.year}-{rng.randint(100, 9999):04d}" if i in (0, 1, 2) else None
    avance = q2(total * D(rng.choice(["0.3", "0.4", "0.5"]))) if i == 1 else None
    whole, cents = divmod(int(total * 100), 100)
    words = fr_words(whole).capitalize() + " dirhams" + (f" et {fr_words(cents)} centimes" if cents else "") + " TTC"
    money = sp
    cur = rng.choice(["DH", "MAD"])
    ctx = dict(
        col=col,
        v_name=vname,
        v_act=[
            "Équipements industriels – Air comprimé",
            "Froid industriel et commercial",
            "Transport – Transit – Logistique",
            "Audit – Conseil – Formation",
        ][i],
        v_a1=va1,
        v_a2=va2,
        v_tel=f"05 {rng.randint(22, 39)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
        v_mail=[
            "contact@atlas-equipements.ma",
            "commercial@soussfroid.ma",
            "facturation@mlt.ma",
            "contact@cabinetnour.ma",
        ][i],
        inv_no=[
            f"F{d.year}-{rng.randint(100, 2999):04d}",
            f"FA{d.strftime('%y%m')}{rng.randint(1, 999):03d}",
            f"{rng.randint(100, 999)}/{d.year}",
            f"CN-{d.year % 100}-{rng.randint(10, 400):03d}",
        ][i],
        city=va2.split(" ", 1)[1],
        d=f(d),
        po=po,
        po_d=f(d - dt.timedelta(days=rng.randint(5, 40))) if po else None,
        bl=f"BL{rng.randint(10000, 99999)}" if i in (0, 1, 2) else None,
        bl_d=f(d - dt.timedelta(days=rng.randint(0, 6))),
        mode=rng.choice(["Virement bancaire", "Chèque", "Effet de commerce (LCN)"]),
        due=f(due) if due else None,
        cond=rng.choice(["30 jours fin de mois", "à réception de facture", "60 jours date de facture"]),
        b_name=bname,
        b_addr=baddr,
        b_ice=b_ice,
        multi=multi,
        items=[
            {"desc": it["desc"], "q": qstr(it["q"]), "p": money(it["p"]), "a": money(it["amount"]), "rate": it["rate"]}
            for it in items
        ],
        net=money(net),
        vat_rows=[{"rate": r, "amt": money(v)} for r, v in vats.items()],
        tax=money(tax),
        total=money(total),
        cur=cur,
        avance=money(avance) if avance else None,
        av_d=f(d - dt.timedelta(days=rng.randint(10, 45))),
        reste=money(total - avance) if avance else None,
        words=words,
        bank=rng.choice(["Attijariwafa Bank", "BMCE Bank of Africa", "Banque Populaire", "CIH Bank"]),
        rib=f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 16)} {digits(rng, 2)}",
        v_form=["SARL", "SARL AU", "SA", "SARL"][i],
        capital=sp(D(rng.choice([100000, 250000, 1000000, 3000000])), 0),
        rc=f"{rng.randint(10000, 499999)}",
        patente=digits(rng, 8, True),
        if_=if_,
        cnss=digits(rng, 7, True),
        ice=ice,
    )
    inv_no = ctx["inv_no"]
    notes = (
        "Moroccan facture; all legal ids only in the footer line 'RC – Patente – IF – CNSS – ICE'. vendor_tax_id = IF (identifiant "
        "fiscal) as printed; ICE (15 digits), RC, patente, CNSS and the client's ICE are decoys. invoice_date = 'Ville, le dd/mm/yyyy'. "
        "subtotal = Total HT, tax = TVA (sum of the rows"
        + (", 'Total TVA' printed" if multi else "")
        + "), total = Total TTC; the amount "
        "in French words repeats the total. "
        + ("Bon de commande = PO (its date is a decoy). " if po else "")
        + ("Bon de livraison number/date are decoys. " if i in (0, 1, 2) else "")
        + ("Avance reçue and 'Reste à payer' are decoys. " if avance else "")
        + ("Due = 'Échéance'. " if due else "Terms only -> due_date null. ")
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=if_,
        invoice_number=inv_no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat() if due else None,
        currency="MAD",
        subtotal=mt(net),
        tax=mt(tax),
        total=mt(total),
        line_items=[{"amount": mt(it["amount"]), "quantity": qstr(it["q"])} for it in items],
        notes=notes,
    )
    checks = [f(d), if_, inv_no, f(due) if due else None, po]
    return t, checks, (S04_HTML, ctx)


# =========================================================================== 05 US SaaS usage invoice with prorations and credits
SAAS_V = [
    ("Logwell, Inc.", "logwell", "548 Market St, PMB 71820", "San Francisco, CA 94104", "#5b3cc4"),
    (
        "Pipestream Technologies Inc.",
        "pipestream",
        "1201 Pennsylvania Ave NW, Suite 300",
        "Washington, DC 20004",
        "#0f766e",
    ),
    ("Quillmetrics LLC", "quillmetrics", "20 Custom House St, Floor 7", "Boston, MA 02110", "#b45309"),
    ("Northbeam Data Corp.", "NORTHBEAM", "2101 4th Ave, Suite 1500", "Seattle, WA 98121", "#1d4ed8"),
]
SAAS_B = [
    ("Harbor & Vine Hospitality Group", "410 N Michigan Ave", "Chicago, IL 60611", "IL"),
    ("Tillamook Ridge Outfitters LLC", "88 SW Yamhill St", "Portland, OR 97204", "OR"),
    ("Brightwater Dental Partners", "2900 Westheimer Rd", "Houston, TX 77098", "TX"),
    ("Kessler Freight Systems GmbH", "Hafenstraße 12", "20457 Hamburg, Germany", "DE"),
]

S05_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(size="Letter", margin="12mm 14mm", font="'DejaVu Sans',sans-serif", fs="8.6pt")
    + """
.brand{font-size:17pt;font-weight:bold;color:{{ col }}} .muted{color:#6b7280} h1{font-size:22pt;margin:0;font-weight:600}
table.meta td{padding:1px 10px 1px 0} .grp td{background:#f3f4f6;font-weight:bold;padding:5px 4px;border-top:1px solid #d1d5db}
table.li{width:100%;margin-top:14px} table.li th{font-size:7.5pt;color:#6b7280;text-align:left;border-bottom:1px solid #9ca3af;padding:4px}
table.li td{padding:4px;border-bottom:1px solid #eef0f3} td.sub{color:#6b7280;font-size:7.6pt}
table.tot{margin-left:auto;margin-top:10px;min-width:300px} table.tot td{padding:3px 4px} .big{font-size:11pt;font-weight:bold}
.due{border:1px solid {{ col }};border-radius:6px;padding:10px 12px;width:220px}
</style></head><body>
<table style="width:100%"><tr><td><div class="brand">{{ brand }}</div></td><td class="r muted">Page 1 of 1</td></tr></table>
<table style="width:100%;margin-top:14px"><tr><td style="width:60%"><h1>Invoice</h1>
<table class="meta" style="margin-top:8px"><tr><td class="muted">Invoice number</td><td><b>{{ inv_no }}</b></td></tr>
<tr><td class="muted">Date of issue</td><td>{{ d }}</td></tr>
{% if due %}<tr><td class="muted">Date due</td><td>{{ due }}</td></tr>{% else %}<tr><td class="muted">Payment</td><td>Auto-charged to card on file</td></tr>{% endif %}
<tr><td class="muted">Billing period</td><td>{{ p0 }} – {{ p1 }}</td></tr>
<tr><td class="muted">Account ID</td><td>{{ acct }}</td></tr>
{% if po %}<tr><td class="muted">PO number</td><td>{{ po }}</td></tr>{% endif %}</table></td>
<td><div class="due"><span class="muted">Amount due</span><br><span style="font-size:18pt;font-weight:bold">{{ amount_due }}</span><br>
<span class="muted">{% if due %}due {{ due }}{% else %}charged on {{ d }}{% endif %}</span></div></td></tr></table>
<table style="width:100%;margin-top:16px"><tr><td style="width:33%"><b>{{ v_name }}</b><br>{{ v_a1 }}<br>{{ v_a2 }}<br>billing@{{ brand|lower }}.io
{% if ein %}<br>EIN {{ ein }}{% endif %}</td>
<td style="width:33%"><span class="muted">Bill to</span><br><b>{{ b_name }}</b><br>{{ b_a1 }}<br>{{ b_a2 }}{% if b_vat %}<br>VAT ID {{ b_vat }}{% endif %}</td>
<td><span class="muted">Ship to / Tax location</span><br>{{ b_a2 }}</td></tr></table>
<table class="li"><tr><th style="width:52%">Description</th><th class="r">Qty</th><th class="r">Unit price</th><th class="r">Amount</th></tr>
{% for g in groups %}<tr class="grp"><td colspan="3">{{ g.name }}</td><td class="r" style="font-weight:normal;color:#6b7280">{{ g.sum }}</td></tr>
{% for it in g.rows %}<tr><td>{{ it.desc }}{% if it.sub %}<br><span class="sub">{{ it.sub }}</span>{% endif %}</td><td class="r">{{ it.q }}</td>
<td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}{% endfor %}</table>
<table class="tot"><tr><td>Subtotal</td><td class="r">{{ net }}</td></tr>
{% if tax_row %}<tr><td>{{ tax_label }}</td><td class="r">{{ tax }}</td></tr>{% endif %}
<tr><td class="big">Total</td><td class="r big">{{ total }}</td></tr>
{% if applied %}<tr><td>Applied balance (prepaid credits)</td><td class="r">-{{ applied }}</td></tr>{% endif %}
<tr><td><b>Amount due</b></td><td class="r"><b>{{ amount_due }}</b></td></tr></table>
<p class="muted" style="margin-top:18px;font-size:7.6pt">Usage is metered in UTC. Prorations reflect plan changes made during the billing period.
Remaining prepaid credit balance after this invoice: {{ credit_left }}. Questions about this invoice? Contact billing@{{ brand|lower }}.io and quote account {{ acct }}.
{% if reverse %}Customer to account for any VAT due under the reverse charge mechanism.{% endif %}</p>
</body></html>"""
)


@style("05", "us_saas_usage_proration")
def s05(rng, i):
    vname, brand, va1, va2, col = SAAS_V[i]
    bname, ba1, ba2, bst = SAAS_B[i]
    d = rand_date(rng).replace(day=1)
    p1 = d - dt.timedelta(days=1)
    p0 = p1.replace(day=1)

    def f(x):
        return x.strftime("%b %-d, %Y")

    change = p0 + dt.timedelta(days=rng.randint(5, 22))
    days_total = (p1 - p0).days + 1
    days_left = (p1 - change).days + 1
    seats_old, seats_new = rng.randint(5, 20), 0
    seats_new = seats_old + rng.randint(2, 15)
    price_old = D(rng.choice([29, 39, 49]))
    price_new = D(rng.choice([59, 79, 99]))
    groups = []
    plan_items = [
        {
            "desc": f"Team plan × {seats_old} seats",
            "sub": f"{f(p0)} – {f(p1)}",
            "q": D(seats_old),
            "p": price_old,
            "amount": q2(seats_old * price_old),
        }
    ]
    unused = -q2(seats_old * price_old * days_left / days_total)
    remaining = q2(seats_new * price_new * days_left / days_total)
    plan_items.append(
        {
            "desc": f"Unused time on Team plan × {seats_old} after {f(change)}",
            "sub": "Proration",
            "q": D(1),
            "p": unused,
            "amount": unused,
        }
    )
    plan_items.append(
        {
            "desc": f"Remaining time on Business plan × {seats_new} after {f(change)}",
            "sub": "Proration",
            "q": D(1),
            "p": remaining,
            "amount": remaining,
        }
    )
    groups.append({"name": "Subscription", "items": plan_items})
    usage = []
    metrics = [
        ("Ingested events", "per 1,000 events", D("0.0008"), 1000, (200000, 9000000)),
        ("API requests", "per request above 1,000,000 included", D("0.00035"), 1, (1100000, 18000000)),
        ("Data retention (GB-months)", "per GB-month", D("0.021"), 1, (400, 9000)),
        ("Compute minutes", "per minute", D("0.012"), 1, (2000, 60000)),
    ]
    for name, unit, price, per, (lo, hi) in rng.sample(metrics, rng.randint(2, 3)):
        raw = rng.randint(lo, hi)
        if per == 1000:
            q = D(raw // 1000)
            amt = q2(q * price * 1000)
            usage.append(
                {
                    "desc": name,
                    "sub": f"Tier 1 · {unit}",
                    "q": q,
                    "p": price * 1000,
                    "amount": amt,
                    "pfmt": "$" + en(price * 1000, 4),
                }
            )
        else:
            q = D(raw)
            amt = q2(q * price)
            usage.append(
                {
                    "desc": name,
                    "sub": f"Tier 1 · {unit}",
                    "q": q,
                    "p": price,
                    "amount": amt,
                    "pfmt": "$" + (en(price, 5) if price < D("0.001") else en(price, 4 if price < 1 else 2)),
                }
            )
    groups.append({"name": "Usage", "items": usage})
    credit = -D(rng.choice([50, 100, 150, 250]))
    adj = [
        {
            "desc": rng.choice(
                ["Promotional credit – Startup Program", "Service credit – incident INC-%d" % rng.randint(1000, 9999)]
            ),
            "sub": "One-time",
            "q": D(1),
            "p": credit,
            "amount": credit,
        }
    ]
    groups.append({"name": "Credits & adjustments", "items": adj})
    all_items = plan_items + usage + adj
    net = sum(it["amount"] for it in all_items)
    if i == 0:
        tax = q2(net * D("0.11"))
        tax_label = "Chicago personal property lease transaction tax (11%)"
    elif i == 2:
        tax = q2(net * D("0.8") * D("0.0825"))
        tax_label = "Sales tax – Texas (8.25% on 80% of charges)"
    else:
        tax, tax_label = None, ""
    total = net + (tax or 0)
    applied = D(rng.choice([0, 200, 500])) if i in (1, 2) else D(0)
    applied = min(applied, total)
    amount_due = total - applied
    due = d + dt.timedelta(days=30) if i in (0, 3) else None
    ein = None
    if i in (1, 3):
        e = valid(
            rng, lambda: rng.choice(["46", "47", "81", "83", "84", "85", "87", "88"]) + digits(rng, 7), _ein.is_valid
        )
        ein = f"{e[:2]}-{e[2:]}"
    po = f"PO-{rng.randint(10000, 99999)}" if i in (0, 3) else None
    inv_no = (
        f"{''.join(rng.choice('0123456789ABCDEF') for _ in range(8))}-{rng.randint(1, 40):04d}"
        if i % 2 == 0
        else f"INV-{d.year}{d.month:02d}-{digits(rng, 5)}"
    )

    def money(x):
        return ("-$" if x < 0 else "$") + en(abs(x))

    ctx = dict(
        col=col,
        brand=brand,
        inv_no=inv_no,
        d=f(d),
        due=f(due) if due else None,
        p0=f(p0),
        p1=f(p1),
        acct=f"acct_{digits(rng, 8)}",
        po=po,
        amount_due=money(amount_due),
        v_name=vname,
        v_a1=va1,
        v_a2=va2,
        ein=ein,
        b_name=bname,
        b_a1=ba1,
        b_a2=ba2,
        b_vat=("DE" + digits(rng, 9, True)) if bst == "DE" else None,
        groups=[
            {
                "name": g["name"],
                "sum": money(sum(x["amount"] for x in g["items"])),
                "rows": [
                    {
                        "desc": x["desc"],
                        "sub": x["sub"],
                        "q": en(x["q"], 0),
                        "p": x.get("pfmt") or money(x["p"]),
                        "a": money(x["amount"]),
                    }
                    for x in g["items"]
                ],
            }
            for g in groups
        ],
        net=money(net),
        tax_row=tax is not None,
        tax_label=tax_label,
        tax=money(tax) if tax is not None else "",
        total=money(total),
        applied=en(applied) if applied else None,
        credit_left=money(D(rng.randint(0, 900))),
        reverse=bst == "DE",
    )
    notes = (
        "US usage-based SaaS invoice: grouped lines (Subscription / Usage / Credits & adjustments) with decoy group sums in the group "
        "header rows; prorations ('Unused time' negative, 'Remaining time' positive) and a negative credit are lines (quantity 1); "
        "usage quantities are large integers. subtotal = Subtotal, total = Total; 'Applied balance' / 'Amount due' "
        + ("differ (decoys). " if applied else "equal the total here. ")
        + ("Sales tax printed -> tax. " if tax is not None else "No tax row printed -> tax null. ")
        + ("Billing period dates and the proration dates are decoys; invoice_date = 'Date of issue'. ")
        + ("due = 'Date due'. " if due else "Auto-charged, no due date. ")
        + ("EIN in the vendor block -> vendor_tax_id. " if ein else "No vendor tax id printed. ")
        + ("Customer VAT ID is a decoy. " if bst == "DE" else "")
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=ein,
        invoice_number=inv_no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat() if due else None,
        currency="USD",
        subtotal=mt(net),
        tax=mt(tax) if tax is not None else None,
        total=mt(total),
        line_items=[{"amount": mt(x["amount"]), "quantity": qstr(x["q"])} for x in all_items],
        notes=notes,
    )
    checks = [f(d), inv_no, ein, f(due) if due else None, po]
    return t, checks, (S05_HTML, ctx)


# =========================================================================== 06 Australian tradie invoice from a phone app
AU_V = [
    (
        "Coastline Plumbing & Gas",
        "Jake Morrison",
        "PL 208847",
        "0412 558 301",
        "Unit 4/18 Industrial Dr, Burleigh Heads QLD 4220",
        "#0e7490",
    ),
    (
        "Sparkright Electrical Pty Ltd",
        "Sparkright",
        "EC 31752",
        "0438 990 214",
        "27 Ferntree Gully Rd, Oakleigh East VIC 3166",
        "#ca8a04",
    ),
    (
        "Hills District Roofing",
        "Dan Petrovic",
        "Lic. 299317C",
        "0401 772 506",
        "PO Box 512, Castle Hill NSW 1765",
        "#b91c1c",
    ),
    (
        "Swan River Aircon Services",
        "Priya Nair",
        "ARCtick AU41877",
        "0422 310 988",
        "3 Kew St, Welshpool WA 6106",
        "#4338ca",
    ),
]
AU_B = [
    ("Burleigh Pavilion Cafe", "Shop 2, 43 Goodwin Tce, Burleigh Heads QLD 4220"),
    ("Oakleigh Family Medical Centre", "150 Atherton Rd, Oakleigh VIC 3166"),
    ("St Agnes Parish School", "21 Cook St, Baulkham Hills NSW 2153"),
    ("Perth Hills Realty - Property Mgmt", "Level 2, 10 Kings Park Rd, West Perth WA 6005"),
]
AU_LINES = [
    [
        ("Labour", "hrs", 95, 125, True),
        ("Call-out fee", None, 80, 120, False),
        ("Hot water system 250L electric - supply", None, 980, 1450, False),
        ("Tempering valve & fittings", None, 120, 220, False),
        ("Blocked drain - jet blaster", None, 280, 420, False),
    ],
    [
        ("Labour", "hrs", 98, 130, True),
        ("Switchboard upgrade - RCBOs x 6", None, 650, 1100, False),
        ("LED downlights supplied & installed", "each", 38, 65, True),
        ("Test & tag (items)", "each", 3, 6, True),
        ("Smoke alarm 240V interconnected", "each", 95, 140, True),
    ],
    [
        ("Labour - roof restoration", "hrs", 85, 110, True),
        ("Ridge capping re-bed & re-point (lm)", "lm", 28, 45, True),
        ("Replace broken tiles", "each", 12, 20, True),
        ("Gutter clean & flush", None, 180, 320, False),
        ("Scaffold / safety rail hire", None, 250, 480, False),
    ],
    [
        ("Split system service (per unit)", "each", 119, 169, True),
        ("Labour", "hrs", 95, 120, True),
        ("Refrigerant top-up R32 (kg)", "kg", 65, 95, True),
        ("Isolator switch replacement", None, 95, 160, False),
    ],
]

S06_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(size="{{ page }}", margin="0", font="'DejaVu Sans',sans-serif", fs="{{ fs }}")
    + """
.top{background:{{ col }};color:#fff;padding:16px 18px 14px 18px} .biz{font-size:15pt;font-weight:bold} .top .s{opacity:.85;font-size:8pt}
.card{margin:-10px 14px 0 14px;background:#fff;border-radius:10px;box-shadow:0 1px 4px rgba(0,0,0,.25);padding:12px 14px}
.lab{color:#6b7280;font-size:7.5pt;text-transform:uppercase;letter-spacing:.5px} .amt{font-size:20pt;font-weight:bold;color:{{ col }}}
.sec{margin:12px 14px 0 14px} .row{display:flex;justify-content:space-between;padding:6px 0;border-bottom:1px solid #eceff3}
.row .d{max-width:68%} .muted{color:#6b7280;font-size:7.6pt} .tot .row{border:none;padding:2px 0}
.pill{display:inline-block;background:#dcfce7;color:#166534;border-radius:10px;padding:2px 8px;font-size:7.5pt;font-weight:bold}
</style></head><body>
<div class="top"><div class="biz">{{ biz }}</div><div class="s">{{ trade }} · {{ lic }}<br>ABN {{ abn }} · {{ phone }}<br>{{ addr }}</div></div>
<div class="card"><table style="width:100%"><tr><td><div class="lab">{{ title }}</div><div style="font-size:12pt;font-weight:bold"># {{ inv_no }}</div>
<div class="muted">Issued {{ d }}</div>{% if due %}<div class="muted">Due {{ due }}</div>{% else %}<div class="muted">{{ terms }}</div>{% endif %}</td>
<td class="r"><div class="lab">{{ big_label }}</div><div class="amt">${{ big_amt }}</div>{% if paid_pill %}<span class="pill">PAID</span>{% endif %}</td></tr></table></div>
<div class="sec"><div class="lab">Bill to</div><b>{{ b_name }}</b><br><span class="muted">{{ b_addr }}</span>
{% if site %}<div class="lab" style="margin-top:6px">Job site</div><span class="muted">{{ site }} · Job #{{ job }} · Attended {{ attended }}</span>{% endif %}
{% if po %}<div class="lab" style="margin-top:6px">Order / PO</div>{{ po }}{% endif %}</div>
<div class="sec"><div class="lab">Items</div>
{% for it in items %}<div class="row"><div class="d"><b>{{ it.desc }}</b>{% if it.qline %}<br><span class="muted">{{ it.qline }}</span>{% endif %}</div><div>${{ it.a }}</div></div>{% endfor %}</div>
<div class="sec tot">{% if gst_mode == 'ex' %}<div class="row"><div>Subtotal</div><div>${{ net }}</div></div>
<div class="row"><div>GST 10%</div><div>${{ gst }}</div></div><div class="row" style="font-weight:bold"><div>Total</div><div>${{ total }}</div></div>
{% else %}<div class="row" style="font-weight:bold"><div>Total (inc. GST)</div><div>${{ total }}</div></div>
<div class="row muted"><div>Includes GST of</div><div>${{ gst }}</div></div>{% endif %}
{% if deposit %}<div class="row"><div>Deposit paid {{ dep_d }}</div><div>-${{ deposit }}</div></div>{% endif %}
{% if paid_pill %}<div class="row"><div>Paid by card {{ d }}</div><div>-${{ total }}</div></div>{% endif %}
<div class="row" style="font-weight:bold;color:{{ col }}"><div>Balance due</div><div>${{ balance }}</div></div></div>
<div class="sec muted" style="margin-top:14px">Pay by bank transfer: {{ acc_name }} · BSB {{ bsb }} · Acc {{ acc }} · Ref {{ inv_no }}<br>
Card payments incur a 1.5% surcharge. Thanks for choosing {{ biz }}!<br><br>Sent from {{ app }}</div>
</body></html>"""
)


@style("06", "au_tradie_mobile_app")
def s06(rng, i):
    biz, contact, lic, phone, addr, col = AU_V[i]
    bname, baddr = AU_B[i]
    abn = valid(rng, lambda: digits(rng, 11, True), _abn.is_valid)
    abn_p = f"{abn[:2]} {abn[2:5]} {abn[5:8]} {abn[8:]}"
    d = rand_date(rng)

    def f(x):
        return x.strftime("%d/%m/%Y")

    items = []
    for desc, unit, lo, hi, has_q in rng.sample(AU_LINES[i], rng.randint(2, 5)):
        if has_q:
            q = D(rng.randint(2, 14)) / 2 if unit == "hrs" else D(rng.randint(1, 12))
        else:
            q = D(1)
        p = exact_price(rng, q, lo, hi, D("0.5") if unit == "hrs" else D("1"))
        qline = f"{qstr(q)} {unit} × ${en(p)}" if has_q else (f"1 × ${en(p)}" if rng.random() < 0.4 else "")
        items.append({"desc": desc, "q": q, "p": p, "amount": q2(q * p), "qline": qline, "show_q": bool(qline)})
    gst_mode = "ex" if i in (0, 2) else "inc"
    lines_sum = sum(it["amount"] for it in items)
    if gst_mode == "ex":
        net = lines_sum
        gst = q2(net / 10)
        total = net + gst
    else:
        total = lines_sum
        gst = q2(total / 11)
        net = None
    deposit = q2(total * D("0.3")) if i == 2 else None
    paid = i == 3
    balance = D(0) if paid else total - (deposit or 0)
    due = d + dt.timedelta(days=rng.choice([7, 14])) if i in (0, 2) else None
    inv_no = [
        f"INV-{rng.randint(1000, 4999)}",
        f"{rng.randint(10000, 19999)}",
        f"HDR{rng.randint(100, 999)}",
        f"{rng.randint(100, 999)}",
    ][i]
    po = [
        None,
        f"WO-{rng.randint(20000, 29999)}",
        f"PO {rng.randint(1000, 9999)}",
        f"Work order {rng.randint(300000, 399999)}",
    ][i]
    po_truth = (
        None
        if po is None
        else po.split(" ", 1)[1]
        if po.startswith("PO ")
        else po.split(" ")[-1]
        if po.startswith("Work order")
        else po
    )
    ctx = dict(
        page="A5" if i in (1, 3) else "A4",
        fs="8.2pt" if i in (1, 3) else "9.4pt",
        col=col,
        biz=biz,
        trade=["Licensed plumber & gasfitter", "Electrical contractor", "Roof restoration", "Air conditioning"][i],
        lic=lic,
        abn=abn_p,
        phone=phone,
        addr=addr,
        title="Tax Invoice",
        inv_no=inv_no,
        d=f(d),
        due=f(due) if due else None,
        terms=rng.choice(["Payment due on receipt", "Due on completion"]),
        big_label="Balance due" if not paid else "Amount paid",
        big_amt=en(balance if not paid else total),
        paid_pill=paid,
        b_name=bname,
        b_addr=baddr,
        site=baddr if i != 1 else None,
        job=rng.randint(1000, 9999),
        attended=f(d - dt.timedelta(days=rng.randint(0, 5))),
        po=po,
        items=[{"desc": it["desc"], "qline": it["qline"], "a": en(it["amount"])} for it in items],
        gst_mode=gst_mode,
        net=en(net) if net is not None else "",
        gst=en(gst),
        total=en(total),
        deposit=en(deposit) if deposit else None,
        dep_d=f(d - dt.timedelta(days=rng.randint(7, 20))),
        balance=en(balance),
        acc_name=contact if i != 1 else biz,
        bsb=f"{digits(rng, 3)}-{digits(rng, 3)}",
        acc=digits(rng, 8),
        app=rng.choice(["Invoice Simple", "Tradify", "ServiceM8", "Fergus"]),
    )
    notes = (
        "Australian tradesperson tax invoice from a phone app ("
        + ("A5" if i in (1, 3) else "A4")
        + ", coloured header, summary card). "
        "vendor = business name in the header; vendor_tax_id = ABN as printed with spaces; licence number, BSB/account and the job "
        "number are decoys. invoice_date = 'Issued'; the attended date is a decoy. "
        + (
            "Prices ex GST: Subtotal + GST 10% = Total. "
            if gst_mode == "ex"
            else "Prices include GST: 'Total (inc. GST)' and 'Includes GST of' printed, no subtotal -> subtotal null, tax = included GST; lines sum to the total. "
        )
        + ("Deposit paid and the balance due are decoys (total = Total). " if deposit else "")
        + ("Paid by card: balance 0.00 and 'Amount paid' card; total = Total. " if paid else "")
        + ("Due date printed. " if due else "No due date (on receipt / completion). ")
        + ("PO/work order -> po_number without the 'PO'/'Work order' word. " if po else "")
        + "Quantities only where the app prints a 'q × $price' sub-line; otherwise quantity null."
    )
    t = T(
        vendor_name=biz,
        vendor_tax_id=abn_p,
        invoice_number=inv_no,
        po_number=po_truth,
        invoice_date=d.isoformat(),
        due_date=due.isoformat() if due else None,
        currency="AUD",
        subtotal=mt(net) if net is not None else None,
        tax=mt(gst),
        total=mt(total),
        line_items=[{"amount": mt(it["amount"]), "quantity": qstr(it["q"]) if it["show_q"] else None} for it in items],
        notes=notes,
    )
    checks = [f(d), abn_p, inv_no, f(due) if due else None, po_truth]
    return t, checks, (S06_HTML, ctx)
