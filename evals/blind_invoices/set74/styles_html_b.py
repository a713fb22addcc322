"""Chromium (HTML) styles for set 74, second part (04 Sursee RECHNUNG as a BUSINESS LETTER in Swiss German with the
facts and totals in RUNNING SENTENCES, MWST 8,1 % (2,6 % on food), CHF 1'234.56, a discount in the text and the euro counter-value;
05 Steinkjer FAKTURA in Norwegian with a ZEBRA table whose headers stand on TWO LINES (left-aligned over right-aligned
numbers), MVA 25 %, '1 234,56', an advance ('forskudd') deducted on two and a KID)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import ch_uid, long_date, no_konto, no_orgnr
from invoice_kit import ch, css, digits, iban, iban_fmt, q2, qstr, rand_date, sp, style_registry
from kit_common import due_note, lines, po_note, truth

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Sursee (MWST 8,1 %, CHF), letter, running sentences
SU_V = [
    ("Schreinerei Mauensee AG", "Bahnhofstrasse 21", "6210 Sursee", "Holzbau und Innenausbau"),
    ("Käserei Sempachersee GmbH", "Oberstadt 4", "6210 Sursee", "Käsespezialitäten und Molkereiprodukte"),
    ("Treuhand Surental Partner AG", "Centralstrasse 9", "6210 Sursee", "Treuhand · Steuern · Revision"),
    ("Elektro Wyher & Söhne AG", "Industriestrasse 33", "6210 Sursee", "Elektroinstallationen · Telematik · Photovoltaik"),
]
SU_B = [("Frau Claudia Bucher", "Gasthaus Rössli", "Dorfstrasse 12", "6204 Sempach"), ("Herrn Beat Amrein", "Landi Surental AG", "Kantonsstrasse 80", "6234 Triengen"),
        ("Herrn Reto Kaufmann", "Bäckerei Kaufmann GmbH", "Unterstadt 8", "6210 Sursee"), ("Frau Nadia Felder", "Stiftung Wohnheim Mariazell", "Mariazellweg 5", "6210 Sursee")]
SU_ROWS = [
    [("Einbauschrank Eiche massiv, Lieferung und Montage", "Stk", 1, 2, 2800, 5400), ("Arbeitsstunden Schreiner", "Std", 4, 30, 88, 112), ("Massivholz-Tischplatte Nussbaum", "Stk", 1, 3, 900, 1800)],
    [("Sbrinz AOP, 12 Monate, kg", "kg", 5, 40, 32, 44), ("Luzerner Bergkäse, kg", "kg", 5, 30, 22, 34), ("Rahmbutter, 250 g", "Stk", 20, 120, 3, 5)],
    [("Buchhaltung und Jahresabschluss", "Std", 6, 30, 140, 175), ("Steuererklärung juristische Person", "Pausch.", 1, 1, 650, 1100), ("Lohnbuchhaltung, pro Mitarbeitende/n", "Mt", 3, 24, 28, 45)],
    [("Installation Photovoltaikanlage 9,8 kWp", "Pausch.", 1, 1, 14000, 19000), ("Elektromonteur EFZ, Stunden", "Std", 4, 40, 95, 118), ("Wallbox 11 kW inkl. Anschluss", "Stk", 1, 2, 1400, 2200)],
]
SU_HTML = """<html lang="de-CH"><head><meta charset="utf-8"><style>@@BASE@@
p{margin:0 0 9px 0;line-height:1.55;text-align:justify} .k{font-size:7.4pt;color:#555}
</style></head><body>
<div style="border-bottom:1px solid #444;padding-bottom:5px"><span style="font-size:17pt;font-variant:small-caps;letter-spacing:1px">{{ vname }}</span>
<span style="float:right;font-size:8pt;text-align:right;margin-top:4px">{{ vstreet }} · {{ vcity }}<br>{{ trade }}</span></div>
<div style="font-size:6.8pt;margin-top:16mm;text-decoration:underline">{{ vname }}, {{ vstreet }}, {{ vcity }}</div>
<div style="margin-top:3px;line-height:1.45">{{ bco }}<br>{{ battn }}<br>{{ bstreet }}<br>{{ bcity }}</div>
<div style="margin-top:12mm;text-align:right">Sursee, {{ d }}</div>
<div style="margin-top:8mm;font-weight:bold">Rechnung Nr. {{ no }}{% if po %} – Ihre Bestellung {{ po }}{% endif %}</div>
<div style="margin-top:8mm">{{ greet }}</div><div style="margin-top:3mm"></div>
<p>Wir danken Ihnen für Ihren Auftrag und erlauben uns, Ihnen mit dieser Rechnung vom {{ d }} die folgenden Leistungen zu verrechnen, die wir am {{ ld }} ausgeführt beziehungsweise geliefert haben: {{ itemtext }}.</p>
<p>{{ disc }}Der Nettobetrag beläuft sich somit auf CHF {{ net }}. Hinzu kommt die Mehrwertsteuer von {{ vat }} % im Betrag von CHF {{ tax }}, womit sich ein Rechnungsbetrag von <b>CHF {{ total }}</b> ergibt (zum Tageskurs von {{ rate }} entsprechend rund EUR {{ eur }}).</p>
<p>{{ payt }} Bitte verwenden Sie dazu den beiliegenden Einzahlungsschein oder überweisen Sie auf unser Konto bei der {{ bank }}, IBAN {{ iban }}, unter Angabe der Rechnungsnummer.</p>
<p>Für Fragen stehen wir Ihnen jederzeit gerne zur Verfügung.</p>
<div style="margin-top:6mm">Freundliche Grüsse</div><div style="margin-top:12mm">{{ signer }}<br>{{ vname }}</div>
<div style="position:absolute;bottom:0;left:0;right:0;border-top:1px solid #999;padding-top:4px" class="k">{{ vname }} · Tel. 041 921 {{ tel }} · MWST-Nr. {{ uid }} MWST · Handelsregister Kanton Luzern {{ hr }}</div>
</body></html>"""


@style("04", "ch_sur_sursee_rechnung_brief_mwst_8_1_running_text_rabatt_eur_countervalue")
def s04(rng, i):
    vname, vstreet, vcity, trade = SU_V[i]
    battn, bco, bstreet, bcity = SU_B[i]
    d = rand_date(rng, start=dt.date(2025, 1, 6))
    items = lines(rng, SU_ROWS[i], 3, D("0.05"))
    gross = sum(x["amount"] for x in items)
    pct = [D("5"), D("0"), D("0"), D("3")][i]
    disc = q2(gross * pct / 100)
    net = gross - disc
    vat = D("2.6") if i == 1 else D("8.1")
    tax = q2(net * vat / 100)
    total = net + tax
    uid = ch_uid(rng)
    vid = uid + " MWST"
    no = [f"{rng.randint(24000, 26999)}", f"RE-{d.year}-{rng.randint(100, 999)}", f"{d.strftime('%y')}.{rng.randint(1000, 9999)}", f"{rng.randint(800000, 899999)}"][i]
    fd = lambda x: long_date(x, "de")  # noqa: E731
    due = d + dt.timedelta(days=30) if i in (0, 3) else None
    po = [None, f"B-{rng.randint(10000, 99999)}", None, f"{rng.randint(4500, 4599)}/{d.year}"][i]
    rate = D(rng.choice(["1.0466", "1.0524", "1.0631", "1.0718"]))
    parts = [f"{x['desc']}, {qstr(x['qty'])} {x['unit']} zu CHF {ch(x['price'])}, ausmachend CHF {ch(x['amount'])}" for x in items]
    ctx = dict(vname=vname, vstreet=vstreet, vcity=vcity, trade=trade, bco=bco, battn=battn, bstreet=bstreet, bcity=bcity, d=fd(d), no=no, po=po,
               greet=("Sehr geehrte " if battn.startswith("Frau") else "Sehr geehrter ") + battn.replace("Herrn", "Herr"), ld=fd(d - dt.timedelta(days=rng.randint(2, 20))),
               itemtext="; ".join(parts), disc=(f"Vom Total der Leistungen von CHF {ch(gross)} ziehen wir den vereinbarten Rabatt von {pct} % ab, das heisst CHF {ch(disc)}. " if pct else ""),
               net=ch(net), tax=ch(tax), vat=str(vat).replace(".", ","), total=ch(total), rate=str(rate), eur=ch(q2(total * rate)),
               payt=(f"Wir bitten Sie, den Betrag bis zum {fd(due)} zu begleichen." if due else "Zahlbar innert 30 Tagen netto, bei Zahlung innert 10 Tagen gewähren wir 2 % Skonto."),
               bank=rng.choice(["Luzerner Kantonalbank", "Raiffeisenbank Sursee", "Valiant Bank"]), iban=iban_fmt(iban("CH", rng.choice(["00778", "80808", "06300"]) + digits(rng, 12))),
               signer=rng.choice(["Thomas Wey", "Monika Estermann", "Urs Bühlmann", "Sandra Achermann"]), tel=f"{digits(rng, 2)} {digits(rng, 2)}", uid=uid, hr="CH-100." + digits(rng, 1) + "." + digits(rng, 3) + "." + digits(rng, 3) + "-" + digits(rng, 1))
    notes = (
        "Sursee (Canton of Lucerne, Switzerland) RECHNUNG as a BUSINESS LETTER in Swiss German (no ß) with every fact and amount in RUNNING SENTENCES, MWST 8,1 % (the cheese dairy's food 2,6 %), CHF \"1'234.56\", dates '12. März 2026': "
        "vendor = the letterhead's name; vendor_tax_id = 'MWST-Nr. CHE-… MWST' in the footer (the commercial-register number, the IBAN and the addressee are decoys). "
        "invoice_number = 'Rechnung Nr.'; invoice_date = the place-and-date line 'Sursee, …' (the date the work was done or delivered is a decoy). "
        + due_note(due, "Zahlbar innert 30 Tagen netto", "bis zum …")
        + po_note(po, "Ihre Bestellung")
        + "subtotal = 'Der Nettobetrag' (after the discount where one is given; the gross before it and the discount are decoys); tax = 'Mehrwertsteuer von n % im Betrag von'; total = 'Rechnungsbetrag' (the EUR counter-value is a decoy). Currency CHF. Line items: each service in the first paragraph's sentence."
    )
    t = truth(vname, vid, no, po, d, due, "CHF", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Rechnungsbetrag", fd(due) if due else None, ctx["eur"]], "line_adjustment": str(-disc)}
    return t, chk, (SU_HTML.replace("@@BASE@@", css(margin="14mm 18mm 14mm 22mm", font="'Liberation Serif',serif", fs="10.5pt")), ctx)


# =========================================================================== 05 Steinkjer (MVA 25 %, NOK), zebra, two-line headers, forskudd
ST_V = [
    ("Steinkjer Rørleggerservice AS", "Sjøfartsgata 6, 7714 Steinkjer", "#8a1c1c"),
    ("Byafossen Snekkerverksted AS", "Fossbergvegen 14, 7725 Steinkjer", "#2f4f2f"),
    ("Innherred Landbrukssenter AS", "Kvamsgata 41, 7713 Steinkjer", "#1c3d8a"),
    ("Snåsavatnet Båt og Motor AS", "Industrivegen 3, 7717 Steinkjer", "#4b2a6b"),
]
ST_B = [("Egge Borettslag", "Eggevegen 22, 7715 Steinkjer"), ("Mære Landbruksskole", "Mære, 7710 Sparbu"), ("Kvam Gårdsbruk v/ Ola Kvam", "Kvam, 7732 Steinkjer"), ("Follafoss Hytteforening", "Follafoss, 7796 Follafoss")]
ST_ROWS = [
    [("Arbeid rørlegger", "t", 3, 30, 850, 1100), ("Varmtvannsbereder 200 l", "stk", 1, 1, 9800, 14500), ("Blandebatteri kjøkken", "stk", 1, 3, 1400, 2900), ("Kjøring og servicebil", "stk", 1, 4, 450, 690), ("Rørdeler og forbruksmateriell", "stk", 1, 1, 300, 1200)],
    [("Arbeid snekker", "t", 4, 40, 720, 890), ("Kjøkkenfronter eik, målsøm", "stk", 6, 20, 1100, 1900), ("Benkeplate heltre 3 m", "stk", 1, 2, 4800, 7900), ("Listverk og beslag", "stk", 1, 1, 600, 1800)],
    [("Kraftfôr storfe, 600 kg storsekk", "sekk", 1, 10, 3900, 5200), ("Rundballplast 750 mm", "rull", 2, 20, 880, 1150), ("Gjødsel Fullgjødsel 22-3-10, 600 kg", "sekk", 1, 12, 5400, 7600), ("Grasfrø slåttemiks, 15 kg", "sekk", 1, 10, 980, 1600)],
    [("Service påhengsmotor 60 hk", "stk", 1, 1, 3800, 5600), ("Arbeid mekaniker", "t", 2, 14, 890, 1150), ("Propell aluminium 13 1/4 x 17", "stk", 1, 1, 2400, 3600), ("Vinteropplag og krympeplast", "stk", 1, 1, 3200, 5200)],
]
ST_HTML = """<html lang="nb"><head><meta charset="utf-8"><style>@@BASE@@
table.g{width:100%;border-collapse:collapse} table.g td{vertical-align:top}
table.it{width:100%;border-collapse:collapse;margin-top:14px} table.it th{font-size:7.4pt;text-align:left;font-weight:bold;padding:4px 5px;vertical-align:bottom;border-bottom:2px solid {{ color }}}
table.it td{padding:5px;font-size:8.6pt} table.it tr:nth-child(odd) td{background:#f1f1f1} .r{text-align:right;white-space:nowrap} .k{font-size:7.4pt;color:#666}
.kv td{padding:1px 0 1px 10px;font-size:8.6pt}
</style></head><body>
<table class="g"><tr><td><div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:8pt">{{ vaddr }}<br>Org.nr. {{ org }} MVA · Foretaksregisteret</div></td>
<td style="text-align:right"><div style="font-size:24pt;font-weight:bold;color:{{ color }}">FAKTURA</div></td></tr></table>
<table class="g" style="margin-top:10mm"><tr><td style="width:55%;line-height:1.45"><b>{{ bname }}</b><br>{{ baddr }}<br><span class="k">Kundens org.nr.: {{ borg }}</span></td>
<td><table class="kv" style="margin-left:auto">
<tr><td class="k">Fakturanr.</td><td><b>{{ no }}</b></td></tr><tr><td class="k">Fakturadato</td><td><b>{{ d }}</b></td></tr>
<tr><td class="k">Forfallsdato</td><td><b>{{ due }}</b></td></tr><tr><td class="k">Kundenr.</td><td>{{ kunde }}</td></tr>
{% if po %}<tr><td class="k">Deres bestillingsnr.</td><td>{{ po }}</td></tr>{% endif %}<tr><td class="k">Leveringsdato</td><td>{{ ld }}</td></tr></table></td></tr></table>
<table class="it"><tr><th>Varenr.</th><th>Beskrivelse</th><th>Antall<br>&nbsp;</th><th>Enhet</th><th>Pris per<br>enhet</th><th>Beløp eks.<br>mva.</th><th>Mva-<br>sats</th></tr>
{% for it in items %}<tr><td>{{ it.c }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="r">25 %</td></tr>{% endfor %}</table>
<table class="g" style="margin-top:12px"><tr><td style="width:50%;font-size:8.2pt;line-height:1.5">Betales til kontonr. <b>{{ konto }}</b><br>KID: <b>{{ kid }}</b><br>{{ extra }}</td>
<td><table style="margin-left:auto;font-size:9pt;min-width:80mm">
<tr><td style="padding:2px 6px">Sum eks. mva.</td><td class="r" style="padding:2px 6px">{{ net }}</td></tr>
<tr><td style="padding:2px 6px">Mva. 25 % av {{ net }}</td><td class="r" style="padding:2px 6px">{{ tax }}</td></tr>
<tr><td style="padding:4px 6px;border-top:1.5px solid #222"><b>Sum inkl. mva.</b></td><td class="r" style="padding:4px 6px;border-top:1.5px solid #222"><b>{{ total }}</b></td></tr>
{% if dep %}<tr><td style="padding:2px 6px">Fratrukket forskudd, faktura {{ depno }}</td><td class="r" style="padding:2px 6px">-{{ dep }}</td></tr>
<tr><td style="padding:4px 6px;background:{{ color }};color:#fff"><b>Å betale NOK</b></td><td class="r" style="padding:4px 6px;background:{{ color }};color:#fff"><b>{{ bal }}</b></td></tr>{% else %}
<tr><td style="padding:4px 6px;background:{{ color }};color:#fff"><b>Å betale NOK</b></td><td class="r" style="padding:4px 6px;background:{{ color }};color:#fff"><b>{{ total }}</b></td></tr>{% endif %}
</table></td></tr></table>
<div class="k" style="position:absolute;bottom:0;left:0;right:0;border-top:1px solid #bbb;padding-top:4px">{{ vname }} · {{ vaddr }} · Tlf. 74 16 {{ tel }} · post@{{ mail }}.no · Side 1 av 1</div>
</body></html>"""


@style("05", "no_ste_steinkjer_faktura_mva_25_zebra_two_line_headers_forskudd_kid")
def s05(rng, i):
    vname, vaddr, color = ST_V[i]
    bname, baddr = ST_B[i]
    d = rand_date(rng)
    items = lines(rng, ST_ROWS[i], [5, 4, 3, 4][i], D("1"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.25"))
    total = net + tax
    dep = q2(rng.randint(2, 5) * 1000) if i in (0, 1) else None
    org = no_orgnr(rng)
    borg = no_orgnr(rng)
    vid = org + " MVA"
    no = f"{rng.randint(10000, 99999)}"
    fd = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([14, 20, 30]))
    po = [None, f"{rng.randint(1000, 9999)}", f"INN-{rng.randint(100, 999)}", None][i]
    kid = digits(rng, 12, True)
    ctx = dict(color=color, vname=vname, vaddr=vaddr, org=org, bname=bname, baddr=baddr, borg=borg, no=no, d=fd(d), due=fd(due), kunde=str(rng.randint(10000, 19999)), po=po,
               ld=fd(d - dt.timedelta(days=rng.randint(1, 10))), konto=no_konto(rng), kid=kid, extra="Ved for sen betaling beregnes forsinkelsesrente etter gjeldende sats.",
               items=[{"c": str(rng.randint(1000, 9999)), "d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": sp(x["price"]), "a": sp(x["amount"])} for x in items],
               net=sp(net), tax=sp(tax), total=sp(total), dep=sp(dep) if dep else None, depno=str(int(no) - rng.randint(5, 60)), bal=sp(total - dep) if dep else None,
               tel=f"{digits(rng, 2)} {digits(rng, 2)}", mail=vname.split()[0].lower().replace("ø", "o").replace("å", "a"))
    notes = (
        "Steinkjer (Trøndelag, Norway) FAKTURA in Norwegian (bokmål) with a ZEBRA table whose headers stand on TWO LINES, left-aligned over right-aligned numbers, MVA 25 %, '1 234,56', dates dd.mm.yyyy: "
        "vendor = the name at the top left; vendor_tax_id = 'Org.nr. … MVA' (the customer's org.nr., the account number, the KID and the customer number are decoys). "
        "invoice_number = 'Fakturanr.'; invoice_date = 'Fakturadato' (the 'Leveringsdato' is a decoy). "
        + due_note(due, None, "Forfallsdato")
        + po_note(po, "Deres bestillingsnr.")
        + "subtotal = 'Sum eks. mva.'; tax = 'Mva. 25 % av …'; total = 'Sum inkl. mva.'"
        + (" (the advance 'Fratrukket forskudd' deducted below it, the earlier invoice it names and 'Å betale NOK' are decoys)" if dep else " (repeated as 'Å betale NOK')")
        + ". Currency NOK. Line items: every row ('Beløp eks. mva.')."
    )
    t = truth(vname, vid, no, po, d, due, "NOK", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Sum inkl. mva.", fd(due), borg, kid, ctx["bal"]]}
    return t, chk, (ST_HTML.replace("@@BASE@@", css(margin="14mm 15mm", fs="9pt")), ctx)
