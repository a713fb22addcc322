"""Chromium (HTML) styles for set 65, first part (01 Paderborn RECHNUNG in German: a boxed grid of labels in capitals
above their values, a purchase order inside the 'Ihr Zeichen' line, a fully ruled table with a position column and
wrapped descriptions, the totals in a box at the right, USt 19 % and an Abschlag deducted on two; 02 Apeldoorn FACTUUR
in Dutch under a coloured header band with white labels beside their values, a table without rules, the totals at the
LEFT, btw 21 / 9 % and a korting row on two; 03 Schaffhausen HOTELRECHNUNG in Swiss German with the stay's facts in a
RIGHT sidebar, MWST 3,8 / 8,1 % included, a Kurtaxe without MWST, an Anzahlung deducted and a EUR counter-value)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import ch_uid, de_ustid, iban_of, long_date, nl_btw_id, per_rate, spaced
from invoice_kit import ch, css, de, digits, q2, qstr, rand_date, style_registry
from kit_common import due_note, lines, po_note, truth

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Paderborn (USt 19 %), boxed grid, ruled table with Pos.
PB_V = [  # (name, street, legal line, colour, catalogue rows (desc, unit, qlo, qhi, lo, hi, detail))
    ("Senne Systemhaus GmbH", "Technologiepark 14", "Geschäftsführer: Dipl.-Inf. Jörg Tölle", "#0b4f6c", [
        ("IT-Beratung Netzwerkumstellung", "h", 4, 24, 95, 135, "Analyse des Bestandsnetzes, Konzept VLAN-Segmentierung, Abstimmung mit Ihrer IT-Leitung vor Ort"),
        ("Firewall-Appliance Sophos XGS 2300", "Stk.", 1, 2, 1890, 2650, "inkl. 12 Monate Xstream Protection, Seriennr. siehe Lieferschein"),
        ("Managed Switch 48 Port PoE+", "Stk.", 1, 4, 640, 1180, "Layer-3-Lite, 4 x SFP+, Rackmontage im Serverraum EG"),
        ("Einrichtung und Dokumentation", "h", 2, 12, 85, 120, "Konfiguration, Übergabe der Zugangsdaten und Netzplan als PDF"),
        ("Fahrtkosten Anfahrt Paderborn-Elsen", "km", 10, 60, 0.42, 0.60, "pauschal je gefahrenem Kilometer"),
    ]),
    ("Ingenieurbüro Wewer & Elsen PartGmbB", "Driburger Straße 71", "Partner: Dr.-Ing. Anne Wewer, Dipl.-Ing. Lars Elsen", "#5b3a1a", [
        ("Tragwerksplanung Lph. 4 Genehmigungsplanung", "psch.", 1, 1, 2400, 7800, "Aufstellen der prüffähigen statischen Berechnung und der Positionspläne nach HOAI § 51"),
        ("Ingenieurstunden Statik", "h", 4, 30, 88, 118, "Nachweise Holzbalkendecke und Stahlträger, Abstimmung mit dem Prüfingenieur"),
        ("Bauüberwachung vor Ort", "h", 2, 14, 78, 105, "Abnahme der Bewehrung vor dem Betonieren der Bodenplatte, Protokoll"),
        ("Plotkosten und Vervielfältigung", "psch.", 1, 1, 45, 180, "Pläne im Format A1 und A0, je drei Ausfertigungen"),
    ]),
    ("Liboriberg Veranstaltungstechnik GmbH", "Am Rippinger Weg 9", "Geschäftsführerin: Sabine Kleinemeier", "#7a1f4b", [
        ("Line-Array-System, 8 Elemente je Seite", "Tag", 1, 4, 480, 960, "inkl. Subwoofer, Amping, Rigging-Material und Systemprozessor"),
        ("Lichtpult grandMA3 compact mit Bedienung", "Tag", 1, 4, 210, 390, "Programmierung der Szenen nach Ablaufplan der Veranstaltung"),
        ("Veranstaltungstechniker/in", "h", 6, 40, 42, 58, "Auf- und Abbau, Betreuung während der Veranstaltung"),
        ("Transport Lkw 7,5 t", "km", 20, 180, 1.10, 1.85, "Hin- und Rückfahrt Lager Paderborn – Veranstaltungsort"),
        ("Bühnenpodest 2 x 1 m, höhenverstellbar", "Stk.", 4, 24, 18, 32, "Tagesmiete, mit Treppe und Geländer"),
    ]),
    ("Pader Holzbau GmbH & Co. KG", "Frankfurter Weg 112", "Komplementärin: Pader Holzbau Verwaltungs-GmbH", "#2f5d1e", [
        ("Konstruktionsvollholz KVH C24 100/200 mm", "lfm", 20, 160, 14, 22, "Fichte, technisch getrocknet, gehobelt und gefast"),
        ("Zimmererarbeiten Dachstuhl", "h", 8, 60, 58, 74, "Abbund und Aufrichten des Dachstuhls, zwei Gesellen"),
        ("Aufdachdämmung Holzfaser 120 mm", "m²", 20, 140, 38, 56, "inkl. Unterdeckbahn, Konterlattung und Befestigungsmittel"),
        ("Kranstellung Autokran 40 t", "psch.", 1, 1, 690, 1250, "Anfahrt, Abstützung und Einsatz bis vier Stunden"),
    ]),
]
PB_B = [
    ("Westfalen-Kliniken Paderborn gGmbH", "Abteilung IT", "Husener Straße 46", "33098 Paderborn"),
    ("Wohnbau Lippstadt GmbH", "z. Hd. Herrn Brinkmann", "Lange Straße 3", "59555 Lippstadt"),
    ("Stadthalle Delbrück Betriebs GmbH", "Veranstaltungsbüro", "Lange Straße 50", "33129 Delbrück"),
    ("Familie Ahlemeyer", "", "Am Haxtergrund 8", "33100 Paderborn"),
]
PB_HTML = """<html lang="de"><head><meta charset="utf-8"><style>@@BASE@@
.fold{position:absolute;left:-10mm;width:4mm;border-top:0.5pt solid #999}
.sender{font-size:6.6pt;color:#555;border-bottom:0.5pt solid #999;display:inline-block;margin-bottom:3px}
.grid{border-collapse:collapse;width:100%} .grid td{border:0.6pt solid {{ color }};padding:3px 6px 4px 6px;width:33%}
.lab{font-size:6.2pt;letter-spacing:0.06em;color:{{ color }};display:block;margin-bottom:1px} .val{font-size:9.6pt;font-weight:bold}
table.it{width:100%;border-collapse:collapse;margin-top:6px} table.it th{background:#f0f0f0;border:0.6pt solid #666;font-size:7.6pt;padding:4px;text-align:left}
table.it td{border:0.6pt solid #666;padding:4px;font-size:8.6pt;vertical-align:top} .det{font-size:7.4pt;color:#444;margin-top:1px}
.tb{border-collapse:collapse;margin-left:auto;width:86mm;margin-top:8px;border:1pt solid {{ color }}} .tb td{padding:3px 7px;font-size:8.8pt} .tb td.r{white-space:nowrap}
.tb tr.g td{border-top:1pt solid {{ color }};font-weight:bold;font-size:10pt;background:#f5f5f5}
.foot{position:fixed;bottom:0;left:0;right:0;width:100%;font-size:6.6pt;color:#444;border-top:0.6pt solid {{ color }};padding-top:3px}
.foot td{vertical-align:top;padding-right:10px}
</style></head><body>
<div class="fold" style="top:91mm"></div><div class="fold" style="top:134mm"></div>
<table style="width:100%"><tr><td style="width:55%;padding-top:22mm">
<div class="sender">{{ vname }} · {{ vstreet }} · 33{{ plz }} Paderborn</div>
<div style="font-size:9.6pt;line-height:1.35">{% for l in baddr %}{% if l %}{{ l }}<br>{% endif %}{% endfor %}</div></td>
<td style="text-align:right;vertical-align:top"><div style="font-size:17pt;font-weight:bold;color:{{ color }};letter-spacing:0.02em">{{ vname }}</div>
<div style="font-size:8pt;color:#444">{{ vstreet }} · 33{{ plz }} Paderborn<br>Telefon 05251 {{ tel }} · {{ mail }}</div></td></tr></table>
<div style="font-size:14pt;font-weight:bold;margin:9mm 0 3mm 0">Rechnung</div>
<table class="grid"><tr><td><span class="lab">RECHNUNGSNUMMER</span><span class="val">{{ no }}</span></td><td><span class="lab">RECHNUNGSDATUM</span><span class="val">{{ d }}</span></td><td><span class="lab">KUNDENNUMMER</span><span class="val">{{ kdnr }}</span></td></tr>
<tr><td><span class="lab">{{ per_label }}</span><span class="val">{{ per }}</span></td><td><span class="lab">{{ due_label }}</span><span class="val">{{ due }}</span></td><td><span class="lab">SEITE</span><span class="val">1 von 1</span></td></tr></table>
<div style="margin-top:4mm;font-size:8.8pt">{{ ref_line }}</div>
<div style="margin-top:3mm;font-size:8.8pt">{{ salute }}<br>{{ intro }}</div>
<table class="it"><tr><th style="width:9mm">Pos.</th><th>Bezeichnung</th><th class="r" style="width:16mm">Menge</th><th style="width:12mm">Einheit</th><th class="r" style="width:22mm">Einzelpreis €</th><th class="r" style="width:24mm">Gesamtpreis €</th></tr>
{% for it in items %}<tr><td>{{ it.pos }}</td><td><b>{{ it.d }}</b><div class="det">{{ it.det }}</div></td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tb"><tr><td>Summe netto</td><td class="r">{{ net }} €</td></tr><tr><td>zzgl. 19 % USt.</td><td class="r">{{ tax }} €</td></tr>
<tr class="g"><td>Rechnungsbetrag</td><td class="r">{{ total }} €</td></tr>
{% if adv %}<tr><td style="font-size:7.8pt">abzgl. Abschlagsrechnung {{ adv_no }} vom {{ adv_d }}<br>(netto {{ adv_net }} € zzgl. USt. {{ adv_tax }} €)</td><td class="r">-{{ adv }} €</td></tr>
<tr class="g"><td>Zahlbetrag</td><td class="r">{{ rest }} €</td></tr>{% endif %}</table>
<div style="margin-top:6mm;font-size:8.6pt">{{ pay }}</div>
<div style="margin-top:3mm;font-size:8.6pt">Mit freundlichen Grüßen<br>{{ vname }}</div>
<table class="foot"><tr><td>{{ vname }}<br>{{ vstreet }}<br>33{{ plz }} Paderborn</td><td>{{ legal }}<br>Amtsgericht Paderborn {{ reg }}</td>
<td>USt-IdNr.: {{ vid }}<br>Steuernummer: {{ stnr }}<br>Finanzamt Paderborn</td><td>{{ bank }}<br><span style="white-space:nowrap">IBAN {{ iban }}</span><br>BIC {{ bic }}</td></tr></table>
</body></html>"""


@style("01", "de_pad_paderborn_rechnung_ust_19_boxgrid_labels_above_ruled_pos_abschlag")
def s01(rng, i):
    vname, vstreet, legal, color, cat = PB_V[i]
    d = rand_date(rng)
    items = lines(rng, cat, [4, 3, 5, 4][i], D("0.01"), halves=True)
    for x in items:  # lump sums are quoted in whole euros
        if x["unit"] == "psch.":
            x["price"] = x["price"].quantize(D("1"))
            x["amount"] = q2(x["qty"] * x["price"])
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.19"))
    total = net + tax
    vid = de_ustid(rng)
    no = [f"RE-{d.year}-{rng.randint(100, 999):04d}", f"{d.year}/{rng.randint(100, 499):04d}", f"LV-{d.strftime('%y')}-{rng.randint(1000, 1999)}", f"R {d.strftime('%y')} {rng.randint(100, 999):04d}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "de"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 21, 30])) if i in (0, 2) else None
    term = None if due else ["", "sofort ohne Abzug", "", "14 Tage netto"][i]
    po = [f"45{digits(rng, 8)}", f"B-{rng.randint(2000, 2999)}/{d.strftime('%y')}", None, None][i]
    po_d = (d - dt.timedelta(days=rng.randint(12, 60))).strftime("%d.%m.%Y")
    ref_line = [
        f"Ihr Zeichen: Fr. Hölscher / IT-Einkauf · Ihre Bestellung Nr. {po} vom {po_d}",
        f"Ihr Zeichen: Brinkmann · Ihr Auftrag {po} vom {po_d} · Unser Zeichen: AW/le",
        f"Ihr Zeichen: Veranstaltung „Delbrücker Frühlingsball“ · Angebot LV-A-{rng.randint(300, 399)} vom {po_d}",
        f"Ihr Zeichen: Telefonat mit Herrn Ahlemeyer am {po_d} · Bauvorhaben Am Haxtergrund 8",
    ][i]
    adv = None
    if i in (1, 3):
        adv_net = q2(net * D(rng.choice([30, 40, 50])) / 100)
        adv_tax = q2(adv_net * D("0.19"))
        adv = adv_net + adv_tax
    start = d - dt.timedelta(days=rng.randint(20, 40))
    end = d - dt.timedelta(days=rng.randint(1, 6))
    per = f"{start.strftime('%d.%m.%Y')} – {end.strftime('%d.%m.%Y')}" if i != 2 else end.strftime("%d.%m.%Y")
    kdnr = f"{rng.randint(10000, 69999)}"
    pay = (f"Bitte überweisen Sie den Betrag bis zum {fd(due)} unter Angabe der Rechnungsnummer auf das unten genannte Konto." if due
           else f"Zahlbar {term}." + (" Bitte verwenden Sie als Verwendungszweck die Rechnungsnummer." if i == 3 else ""))
    bank = rng.choice(["Sparkasse Paderborn-Detmold-Höxter", "Volksbank Paderborn eG", "Commerzbank Paderborn"])
    ctx = dict(
        color=color, vname=vname, vstreet=vstreet, plz=rng.choice(["098", "100", "102", "104", "106"]), tel=f"{rng.randint(20, 89)} {rng.randint(100, 999)}-0",
        mail="info@" + vname.split()[0].lower().replace("ü", "ue") + "-pb.de", baddr=PB_B[i], no=no, d=fd(d), kdnr=kdnr,
        per_label="LIEFERDATUM" if i == 2 else "LEISTUNGSZEITRAUM", per=per, due_label="FÄLLIG AM" if due else "ZAHLUNGSZIEL", due=fd(due) if due else term,
        ref_line=ref_line, salute=["Sehr geehrte Damen und Herren,", "Sehr geehrter Herr Brinkmann,", "Sehr geehrte Damen und Herren,", "Sehr geehrte Familie Ahlemeyer,"][i],
        intro="für die im genannten Zeitraum erbrachten Leistungen berechnen wir Ihnen wie folgt:" if i != 2 else "für die Vermietung der Veranstaltungstechnik berechnen wir Ihnen:",
        items=[{"pos": (k + 1) * 10 if i % 2 else f"{k + 1}.", "d": x["desc"], "det": x["extra"], "q": de(x["qty"], 1) if x["qty"] % 1 else qstr(x["qty"]), "u": "Std." if x["unit"] == "h" else x["unit"],
                "p": de(x["price"]), "a": de(x["amount"])} for k, x in enumerate(items)],
        net=de(net), tax=de(tax), total=de(total), adv=de(adv) if adv else None, adv_no=f"AR-{d.year}-{rng.randint(10, 99):03d}",
        adv_d=(d - dt.timedelta(days=rng.randint(30, 80))).strftime("%d.%m.%Y"), adv_net=de(adv_net) if adv else None, adv_tax=de(adv_tax) if adv else None,
        rest=de(total - adv) if adv else None, pay=pay, legal=legal, reg=("PR " if "PartG" in vname else "HRA " if "KG" in vname else "HRB ") + str(rng.randint(1000, 14999)),
        vid=vid, stnr=f"339/{rng.randint(5000, 5999)}/{rng.randint(1000, 9999)}", bank=bank, iban=spaced(iban_of(rng, "DE", 18, "47260")), bic=rng.choice(["WELADED1PBN", "DGPBDE3MXXX", "COBADEFFXXX"]),
    )
    notes = (
        "Paderborn (Germany) RECHNUNG in German: a boxed grid of labels in CAPITALS ABOVE their values, a fully ruled table with a position column and wrapped descriptions, "
        "the totals in a box at the right under the table, USt 19 %, '1.234,56 €': vendor = the letterhead name (also the sender line and the footer); vendor_tax_id = 'USt-IdNr.' in the footer "
        "(the Steuernummer, the register number, the customer number and the IBAN are decoys). invoice_number = 'RECHNUNGSNUMMER'; invoice_date = 'RECHNUNGSDATUM' "
        f"(the '{ctx['per_label']}' above the due box is a decoy). "
        + due_note(due, f"Zahlbar {term}" if term else None, "FÄLLIG AM")
        + (po_note(po, "Ihre Bestellung Nr. ... vom" if i == 0 else "Ihr Auftrag ... vom") + "The PO sits inside the 'Ihr Zeichen' reference line. " if po else "No PO (the 'Ihr Zeichen' line names a person, a call or an offer). ")
        + "subtotal = 'Summe netto'; tax = 'zzgl. 19 % USt.'; total = 'Rechnungsbetrag'"
        + (" before the Abschlag (the advance invoice, its net, USt and gross and the 'Zahlbetrag' are decoys)" if adv else "")
        + ". Currency EUR. Line items: every position, net; hours may be halves ('7,5')."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Rechnungsbetrag", fd(due) if due else None, ctx["stnr"], ctx["rest"], po]}
    return t, chk, (PB_HTML.replace("@@BASE@@", css_pb()), ctx)


def css_pb():
    return css(margin="12mm 18mm 24mm 22mm", font="'Liberation Sans',Arial,sans-serif", fs="9pt") + " body{position:relative}"


# =========================================================================== 02 Apeldoorn (btw 21/9 %), colour band, unruled, totals left
AP_V = [  # (name, address, colour, rows (desc, unit, qlo, qhi, lo, hi, rate))
    ("Veluwse Installatietechniek B.V.", "Ravenweg 41, 7325 AN Apeldoorn", "#0f5e78", [
        ("Cv-ketel Intergas Xtreme 36, geleverd en gemonteerd", "st", 1, 1, 1650, 2490, 21), ("Thermostaat Honeywell Lyric T6", "st", 1, 3, 149, 229, 21),
        ("Arbeidsloon monteur", "uur", 2, 12, 58, 72, 21), ("Expansievat 18 l en kleinmateriaal", "st", 1, 1, 85, 160, 21), ("Voorrijkosten", "st", 1, 1, 35, 55, 21)]),
    ("Lunchroom De Loolaan V.O.F.", "Loolaan 88, 7315 AH Apeldoorn", "#8a4b08", [
        ("Lunchbuffet deluxe, per persoon", "p.p.", 12, 80, 14, 22, 9), ("Broodjes gezond, belegd", "st", 10, 60, 4, 7, 9), ("Verse jus d'orange, kan 1 l", "kan", 3, 20, 9, 14, 9),
        ("Koffie en thee, arrangement", "p.p.", 12, 80, 2, 4, 9), ("Wijn huiswijn, fles", "fles", 2, 12, 17, 26, 21), ("Bezorging en afhalen servies", "st", 1, 1, 25, 45, 21)]),
    ("Hoveniersbedrijf Berg en Bos B.V.", "Europaweg 212, 7336 AL Apeldoorn", "#2e6b2f", [
        ("Haagbeuk in kluit, 150-175 cm", "st", 10, 60, 11, 19, 9), ("Rododendron 'Cunningham's White', pot 10 l", "st", 2, 20, 18, 32, 9), ("Tuinaarde, big bag 1 m³", "st", 1, 6, 49, 79, 9),
        ("Arbeid hovenier", "uur", 4, 32, 42, 54, 21), ("Afvoer groenafval, container 6 m³", "st", 1, 2, 165, 245, 21)]),
    ("Drukkerij Apeldoorn-Zuid B.V.", "Sluisoord 1160, 7324 BS Apeldoorn", "#5a2d82", [
        ("Jubileumboek 96 pagina's, gebonden, full colour", "ex", 100, 800, 8, 17, 9), ("Flyer A5, 135 grams, dubbelzijdig", "st", 500, 5000, 0.03, 0.09, 21),
        ("Poster A2, 170 grams", "st", 20, 200, 1, 3, 21), ("Opmaak en correctierondes", "uur", 2, 16, 55, 75, 21)]),
]
AP_B = [("Fam. Van den Brink", "Zwolseweg 307", "7315 GR Apeldoorn", None), ("Gemeente Apeldoorn, Team Facilitair", "Marktplein 1", "7311 LK Apeldoorn", None),
        ("Stichting Paleispark Het Loo", "Koninklijk Park 1", "7315 JA Apeldoorn", "NL"), ("Historische Vereniging Apeldoorn", "Kanaal Noord 120", "7323 AB Apeldoorn", "NL")]
AP_HTML = """<html lang="nl"><head><meta charset="utf-8"><style>@@BASE@@
.band{background:{{ color }};color:#fff;padding:7mm 14mm 6mm 14mm;margin:0 -14mm} .band td{color:#fff;vertical-align:top}
.band .k{font-size:7.6pt;color:#e8f0f2;padding:1px 10px 1px 0;white-space:nowrap} .band .v{font-size:9pt;font-weight:bold;padding:1px 0}
table.it{width:100%;border-collapse:collapse;margin-top:8mm} table.it th{font-size:7.4pt;color:{{ color }};text-align:left;padding:0 4px 5px 4px;font-weight:bold}
table.it td{padding:3px 4px;font-size:8.7pt} .tot{background:#f1f4f5;width:88mm;margin-top:8mm;padding:4mm 5mm} .tot td{padding:2px 0;font-size:8.8pt}
.tot tr.g td{font-size:11pt;font-weight:bold;color:{{ color }};padding-top:5px}
</style></head><body>
<div class="band"><table style="width:100%"><tr><td style="width:52%"><div style="font-size:17pt;font-weight:bold">{{ vname }}</div><div style="font-size:8.2pt;margin-top:2px">{{ vaddr }}<br>T 055 {{ tel }} · {{ web }}</div>
<div style="font-size:20pt;font-weight:bold;margin-top:5mm;letter-spacing:0.08em">{{ title }}</div></td>
<td><table>{% for k, v in facts %}<tr><td class="k">{{ k }}</td><td class="v">{{ v }}</td></tr>{% endfor %}</table></td></tr></table></div>
<table style="width:100%;margin-top:7mm"><tr><td style="width:52%;font-size:9.2pt;line-height:1.4"><span style="font-size:7pt;color:#777">FACTUURADRES</span><br>{% for l in baddr %}{{ l }}<br>{% endfor %}</td>
<td style="font-size:8.4pt;color:#333;line-height:1.5">{% for l in refs %}{{ l }}<br>{% endfor %}</td></tr></table>
<table class="it"><tr><th>Omschrijving</th><th class="r">Aantal</th><th>Eenheid</th><th class="r">Prijs</th><th class="r">Btw</th><th class="r">Bedrag</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%"><tr><td style="width:96mm;vertical-align:top"><div class="tot"><table style="width:100%">
<tr><td>Totaal excl. btw</td><td class="r">€ {{ net }}</td></tr>{% for r in rates %}<tr><td>Btw {{ r.r }}% over € {{ r.b }}</td><td class="r">€ {{ r.t }}</td></tr>{% endfor %}
<tr><td>Totaal btw</td><td class="r">€ {{ tax }}</td></tr><tr class="g"><td>Totaal te betalen</td><td class="r">€ {{ total }}</td></tr></table></div></td>
<td style="vertical-align:top;padding:8mm 0 0 8mm;font-size:8pt;color:#444;line-height:1.5">{{ pay }}<br><br>IBAN {{ iban }} · BIC {{ bic }}<br>t.n.v. {{ vname }}</td></tr></table>
<div style="position:fixed;bottom:0;left:14mm;right:14mm;font-size:7pt;color:#666;text-align:center;border-top:0.5pt solid #ccc;padding-top:2mm">{{ vname }} · KvK {{ kvk }} · Btw-id {{ vid }} · Op al onze leveringen zijn de algemene voorwaarden van toepassing, gedeponeerd bij de KvK.</div>
</body></html>"""


@style("02", "nl_apd_apeldoorn_factuur_btw_21_9_band_labels_beside_unruled_totals_left_korting")
def s02(rng, i):
    vname, vaddr, color, cat = AP_V[i]
    d = rand_date(rng)
    items = lines(rng, cat, [4, 5, 4, 3][i], D("0.01"))
    for x in items:
        x["rate"] = x["extra"]
    disc = None
    if i in (0, 2):  # a korting row over the first row, same rate, no quantity
        base = items[0]
        pct = rng.choice([5, 10, 15])
        disc = {"desc": f"Korting {pct}% op {base['desc'][:28].rstrip(' ,')}", "unit": "", "qty": None, "price": None, "amount": -q2(base["amount"] * pct / 100), "rate": base["rate"], "show_qty": False}
        items.append(disc)
    rates = per_rate(items)
    net = sum(b for _, b, _, _ in rates)
    tax = sum(t for _, _, t, _ in rates)
    total = net + tax
    vid = nl_btw_id(rng)
    no = [f"F{d.year}{rng.randint(1000, 9999)}", f"{d.strftime('%y')}-{rng.randint(100, 999)}", f"VF-{rng.randint(20000, 29999)}", f"{d.year}.{rng.randint(10, 99)}{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d-%m-%Y"), lambda x: long_date(x, "nl"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 30])) if i != 1 else None
    po = [None, f"INK{rng.randint(100000, 999999)}", f"{rng.randint(4100, 4999)}", None][i]
    title = "FACTUUR"
    facts = [("Factuurnummer", no), ("Factuurdatum", fd(d))]
    if due:
        facts.append(("Vervaldatum", fd(due)))
    facts.append(("Klantnummer", f"{rng.randint(1000, 9999)}"))
    if i == 1:
        facts.append(("Betaaltermijn", "30 dagen"))
    lev = d - dt.timedelta(days=rng.randint(1, 12))
    refs = [f"Leverdatum: {fd(lev)}" if i != 3 else f"Opdrachtbevestiging OB-{rng.randint(100, 999)}"]
    if po:
        refs.append(("Inkoopordernummer: " if i == 1 else "Uw referentie: PO ") + po)
    bvat = nl_btw_id(rng) if AP_B[i][3] else None
    if bvat:
        refs.append(f"Uw btw-id: {bvat}")
    if i == 0:
        refs.append(f"Werkbon {rng.randint(5000, 5999)} · Monteur R. Hendriks")
    pay = (f"Wij verzoeken u het totaalbedrag vóór {fd(due)} over te maken onder vermelding van het factuurnummer." if due
           else "Betaling binnen 30 dagen na factuurdatum onder vermelding van het factuurnummer en het inkoopordernummer.")
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(500, 599)} {rng.randint(10, 99)} {rng.randint(10, 99)}", web="www." + vname.split()[0].lower().replace("-", "") + ".nl",
        title=title, facts=facts, baddr=[x for x in AP_B[i][:3]], refs=refs,
        items=[{"d": x["desc"], "q": qstr(x["qty"]) if x["qty"] is not None else "", "u": x["unit"], "p": de(x["price"]) if x["price"] is not None else "", "r": f"{x['rate']}%", "a": de(x["amount"])} for x in items],
        rates=[{"r": r, "b": de(b), "t": de(t)} for r, b, t, _ in rates], net=de(net), tax=de(tax), total=de(total), pay=pay,
        iban=spaced(iban_of(rng, "NL", 14, rng.choice(["RABO", "INGB", "ABNA", "SNSB"]) + "0")), bic=rng.choice(["RABONL2U", "INGBNL2A", "ABNANL2A"]), kvk=digits(rng, 8, True), vid=vid,
    )
    notes = (
        "Apeldoorn (the Netherlands) FACTUUR in Dutch under a coloured header BAND whose facts are white labels BESIDE their values; a table WITHOUT RULES with a btw column; "
        "the totals in a tinted box at the LEFT below the table, btw " + " / ".join(f"{r} %" for r, *_ in rates) + ", '€ 1.234,56': vendor = the name in the band (also the footer); "
        "vendor_tax_id = 'Btw-id' in the footer (the KvK number, the IBAN" + (", the customer's 'Uw btw-id'" if bvat else "") + " and the klantnummer are decoys). "
        "invoice_number = 'Factuurnummer'; invoice_date = 'Factuurdatum'" + (" (the Leverdatum is a decoy)" if i != 3 else "") + ". "
        + due_note(due, "Betaaltermijn 30 dagen", "Vervaldatum") + po_note(po, "Inkoopordernummer" if i == 1 else "Uw referentie: PO")
        + "subtotal = 'Totaal excl. btw'; tax = 'Totaal btw' (the per-rate rows are its parts); total = 'Totaal te betalen'. Currency EUR. Line items: every row, excl. btw"
        + (", the korting row included (negative, no quantity)" if disc else "") + "."
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Totaal te betalen", fd(due) if due else None, bvat, ctx["kvk"]]}
    return t, chk, (AP_HTML.replace("@@BASE@@", css_ap()), ctx)


def css_ap():
    return css(margin="0 0 16mm 0", font="'DejaVu Sans',sans-serif", fs="8.8pt") + " body{padding:0 14mm}"


# =========================================================================== 03 Schaffhausen (MWST 3,8/8,1 % incl.), hotel folio, right sidebar
SH_V = [  # (name, address, colour, web)
    ("Hotel Rheinufer Schaffhausen AG", "Freier Platz 6, 8200 Schaffhausen", "#1c3d5a", "www.rheinufer-hotel.ch"),
    ("Gasthof zum Munot GmbH", "Unterstadt 27, 8200 Schaffhausen", "#6b2d13", "www.munot-gasthof.ch"),
    ("Kongresshotel Herrenacker AG", "Herrenacker 15, 8200 Schaffhausen", "#30473a", "www.herrenacker-hotel.ch"),
    ("Boutique-Hotel Fronwagplatz GmbH", "Fronwagplatz 3, 8200 Schaffhausen", "#4a2f5c", "www.fronwag.ch"),
]
SH_GUEST = [("Herr Dr. Matthias Vogelsang", "Kaiserstrasse 18", "D-79761 Waldshut-Tiengen"), ("Frau Corinne Aebischer", "Route de la Glâne 41", "1700 Fribourg"),
            ("Georg Fischer Piping Systems", "z. Hd. Frau Petra Neff, Reiseorganisation", "8201 Schaffhausen"), ("Mr. Daniel O'Rourke", "14 Merrion Square", "Dublin 2, Ireland")]
SH_HTML = """<html lang="de-CH"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:absolute;right:0;top:0;width:58mm;min-height:250mm;background:#eef1f3;border-left:3pt solid {{ color }};padding:6mm 5mm;box-sizing:border-box;font-size:8.2pt}
.side .k{color:#555;font-size:7.2pt} .side .v{font-weight:bold;margin-bottom:2.6mm} .main{width:118mm}
table.f{width:100%;border-collapse:collapse;margin-top:6mm} table.f th{text-align:left;font-size:7.4pt;border-bottom:1pt solid {{ color }};padding:3px 3px;color:{{ color }}}
table.f td{padding:2.4px 3px;font-size:8.4pt;border-bottom:0.4pt dotted #bbb} .sum td{font-size:8.6pt;padding:2px 3px}
</style></head><body>
<div class="side"><div style="font-size:9pt;font-weight:bold;color:{{ color }};margin-bottom:4mm">Aufenthalt</div>
{% for k, v in side %}<div class="k">{{ k }}</div><div class="v">{{ v }}</div>{% endfor %}
<div style="margin-top:8mm;font-size:7pt;color:#555;line-height:1.45">{{ vname }}<br>{{ vaddr }}<br>Tel. +41 52 {{ tel }}<br>MWST-Nr. {{ vid }} MWST<br>Handelsregister: {{ chid2 }}<br><br>{{ bank }}<br>IBAN {{ iban }}</div></div>
<div class="main"><div style="font-size:19pt;font-family:'DejaVu Serif',serif;color:{{ color }}">{{ vname }}</div><div style="font-size:8pt;color:#555">{{ vaddr }} · {{ web }}</div>
<div style="margin-top:12mm;font-size:9.2pt;line-height:1.4">{% for l in guest %}{{ l }}<br>{% endfor %}</div>
<div style="margin-top:10mm;font-size:13pt;font-weight:bold">Rechnung Nr. {{ no }}</div><div style="font-size:8.4pt;color:#333">Schaffhausen, {{ d }}</div>
<table class="f"><tr><th style="width:17mm">Datum</th><th>Leistung</th><th class="r">Anz.</th><th class="r">Preis</th><th class="r">Betrag CHF</th></tr>
{% for it in items %}<tr><td>{{ it.dt }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr class="sum"><td></td><td style="font-weight:bold;font-size:9.6pt;padding-top:5px">Total CHF</td><td></td><td></td><td class="r" style="font-weight:bold;font-size:9.6pt;padding-top:5px">{{ total }}</td></tr>
{% if dep %}<tr class="sum"><td></td><td>Anzahlung vom {{ dep_d }}</td><td></td><td></td><td class="r">-{{ dep }}</td></tr><tr class="sum"><td></td><td style="font-weight:bold">Saldo zu unseren Gunsten</td><td></td><td></td><td class="r" style="font-weight:bold">{{ rest }}</td></tr>{% endif %}
</table>
{% if eur %}<div style="font-size:7.8pt;color:#444;margin-top:2mm">Gegenwert {{ eur }} EUR zum Kurs {{ kurs }} (nur zur Information)</div>{% endif %}
<table style="border-collapse:collapse;margin-top:6mm;font-size:7.8pt"><tr style="color:#555"><td style="padding:1px 8px 1px 0">MWST-Satz</td><td class="r" style="padding:1px 8px">Brutto</td><td class="r" style="padding:1px 8px">MWST</td><td class="r" style="padding:1px 8px">Netto</td></tr>
{% for r in rates %}<tr><td style="padding:1px 8px 1px 0">{{ r.r }}</td><td class="r" style="padding:1px 8px">{{ r.g }}</td><td class="r" style="padding:1px 8px">{{ r.t }}</td><td class="r" style="padding:1px 8px">{{ r.b }}</td></tr>{% endfor %}
<tr style="font-weight:bold"><td style="padding:2px 8px 1px 0">Total</td><td class="r" style="padding:2px 8px">{{ total }}</td><td class="r" style="padding:2px 8px">{{ tax }}</td><td class="r" style="padding:2px 8px">{{ net }}</td></tr></table>
<div style="font-size:7.8pt;color:#333;margin-top:2mm">Total MWST CHF {{ tax }} · Total exkl. MWST CHF {{ net }}</div>
<div style="margin-top:7mm;font-size:8.4pt">{{ pay }}</div>
<div style="margin-top:5mm;font-size:8.4pt">Wir danken für Ihren Besuch und freuen uns, Sie bald wieder in Schaffhausen begrüssen zu dürfen.</div></div>
</body></html>"""


@style("03", "ch_sha_schaffhausen_hotelrechnung_mwst_3_8_8_1_sidebar_right_anzahlung_eur")
def s03(rng, i):
    vname, vaddr, color, web = SH_V[i]
    nights = rng.randint(2, 5)
    arr = rand_date(rng)
    dep_day = arr + dt.timedelta(days=nights)
    d = dep_day
    room = rng.choice([D("165"), D("189"), D("215"), D("240"), D("278")]) + D(rng.choice([0, 5]))
    guests = rng.choice([1, 2])
    rows = []
    for k in range(nights):
        day = arr + dt.timedelta(days=k)
        rows.append({"date": day, "desc": "Logis Doppelzimmer inkl. Frühstück" if guests == 2 else "Logis Einzelzimmer inkl. Frühstück", "qty": D(1), "price": room, "amount": room, "rate": D("3.8")})
    rows.append({"date": arr, "desc": f"Kurtaxe Stadt Schaffhausen, {guests} Pers. x {nights} N.", "qty": D(guests * nights), "price": D("2.50"), "amount": D("2.50") * guests * nights, "rate": D("0")})
    extras = [("Abendessen Restaurant", 1, 1, D("48"), D("165")), ("Getränke Bar", 1, 3, D("9"), D("38")), ("Minibar", 1, 4, D("4.50"), D("7.50")), ("Parking Tiefgarage", 1, nights, D("18"), D("25")), ("Wäscheservice", 1, 2, D("12"), D("28"))]
    for desc, qlo, qhi, lo, hi in rng.sample(extras, rng.randint(2, 4)):
        q = D(rng.randint(qlo, qhi))
        p = lo + D("0.50") * rng.randint(0, int((hi - lo) / D("0.50")))
        rows.append({"date": arr + dt.timedelta(days=rng.randint(0, nights - 1)), "desc": desc, "qty": q, "price": p, "amount": q * p, "rate": D("8.1")})
    rows.sort(key=lambda x: (x["date"], x["rate"] == 0))
    rates = per_rate(rows, gross=True)
    net = sum(b for _, b, _, _ in rates)
    tax = sum(t for _, _, t, _ in rates)
    total = net + tax
    uid = ch_uid(rng)
    no = [f"{rng.randint(40000, 49999)}", f"R-{d.year}-{rng.randint(1000, 4999)}", f"{rng.randint(100000, 199999)}", f"FW{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "de"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d.%m.%y")][i]
    due = d + dt.timedelta(days=30) if i == 2 else None
    po = f"GF-TR-{rng.randint(10000, 99999)}" if i == 2 else None
    dep = D(rng.choice([100, 150, 200, 300])) if i in (0, 2) else None
    kurs = D(rng.choice(["0.9385", "0.9412", "0.9356", "0.9447"]))
    eur = q2(total / kurs) if i in (0, 3) else None
    side = [("Zimmer", str(rng.randint(101, 418))), ("Gast", SH_GUEST[i][0].replace("Georg Fischer Piping Systems", "Herr Jonas Keller")), ("Anreise", fd(arr)), ("Abreise", fd(dep_day)),
            ("Nächte", str(nights)), ("Personen", str(guests)), ("Reservation", f"{rng.choice(['BK', 'TEL', 'WEB'])}-{digits(rng, 7, True)}"), ("Rechnungsdatum", fd(d))]
    if due:
        side.append(("Zahlbar bis", fd(due)))
    if po:
        side.append(("Ihre Bestellnummer", po))
    side.append(("Kassier", rng.choice(["M. Stamm", "L. Bührer", "S. Ammann", "R. Meister"])))
    pay = [f"Bezahlt mit Kreditkarte Mastercard xxxx {digits(rng, 4)} am {fd(d)}.", f"Bezahlt mit TWINT am {fd(d)}. Beleg-Nr. {digits(rng, 8, True)}.",
           f"Zahlbar bis {fd(due)} netto auf das untenstehende Konto." if due else "", f"Bezahlt bar in EUR am {fd(d)}."][i]
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, web=web, tel=f"6{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        vid=uid, chid2=f"CH-290.{rng.randint(3, 9)}.{digits(rng, 6)}-{rng.randint(1, 9)}", bank=rng.choice(["Schaffhauser Kantonalbank", "UBS Switzerland AG", "Raiffeisenbank Schaffhausen"]),
        iban=spaced(iban_of(rng, "CH", 17, "00782")), guest=SH_GUEST[i], no=no, d=fd(d), side=side,
        items=[{"dt": x["date"].strftime("%d.%m."), "d": x["desc"], "q": qstr(x["qty"]), "p": ch(x["price"]), "a": ch(x["amount"])} for x in rows],
        total=ch(total), dep=ch(dep) if dep else None, dep_d=fd(arr - dt.timedelta(days=rng.randint(7, 40))), rest=ch(total - dep) if dep else None,
        eur=ch(eur) if eur else None, kurs=str(kurs),
        rates=[{"r": "ohne MWST" if r == 0 else f"{r} %", "g": ch(g), "t": ch(t), "b": ch(b)} for r, b, t, g in rates], tax=ch(tax), net=ch(net), pay=pay,
    )
    notes = (
        "Schaffhausen (Switzerland) HOTELRECHNUNG (hotel folio) in Swiss German with the stay's facts in a grey RIGHT SIDEBAR (room, guest, arrival, departure, nights, reservation, invoice date), "
        "the folio rows by date with prices INCLUDING MWST (3.8 % on the room with breakfast, 8.1 % on food, drinks and extras, the Kurtaxe without MWST), a MWST table below, CHF as \"1'234.50\": "
        "vendor = the hotel's name at the top (also the sidebar's foot); vendor_tax_id = 'MWST-Nr.' (CHE-… with its 'MWST' suffix printed after it; the Handelsregister number, reservation and IBAN are decoys). "
        "invoice_number = 'Rechnung Nr.'; invoice_date = 'Rechnungsdatum' in the sidebar, also on the 'Schaffhausen, …' line (it is the departure day; arrival is a decoy). "
        + due_note(due, "paid at departure", "Zahlbar bis") + po_note(po, "Ihre Bestellnummer")
        + "subtotal = 'Total exkl. MWST' (the net of all rates, the Kurtaxe included); tax = 'Total MWST'; total = 'Total CHF'"
        + (" before the Anzahlung (the deposit, its date and the 'Saldo zu unseren Gunsten' are decoys)" if dep else "")
        + (". The EUR 'Gegenwert' and its rate are decoys" if eur else "")
        + ". Currency CHF. Line items: every folio row, amounts MWST-inclusive (they sum to the total); the room night quantity is 1 per row."
    )
    t = truth(vname, uid, no, po, d, due, "CHF", net, tax, total, rows, notes)
    chk = {"printed": [fd(d), no, vname, uid, "Total CHF", fd(due) if due else None, ctx["rest"], ctx["eur"], fd(arr)]}
    return t, chk, (SH_HTML.replace("@@BASE@@", css_sh()), ctx)


def css_sh():
    return css(margin="12mm 0 12mm 16mm", font="'Liberation Sans',Arial,sans-serif", fs="8.6pt") + " body{position:relative}"
