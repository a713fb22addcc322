"""Chromium (HTML) styles for set 30, first part (01 Sápmi (Guovdageaidnu / Kárášjohka) reindeer-meat and duodji
business's REHKET / FAKTURA in Northern Sami with Norwegian beside, the amount due boxed at the top above a table
without rules, MVA 15 % on food and 25 % on the rest per row and a MVA summary per rate, 02 Breton bookshop's
FAKTURENN in Breton written as a letter with TVA 5,5 % on books and 20 % on the rest, a discount column on the
books and a summary per rate, 03 Lusatian (Budyšin / Kamjenc) printing house's ZLIČBOWANKA / RECHNUNG in Upper
Sorbian with German beside on a landscape page, USt. 7 % on books and 19 % on print work, and a paid instalment
deducted below the total)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import br_date, hsb_date, se_date
from invoice_kit import css, de, digits, q2, qstr, rand_date, sp, style_registry
from kit_common import due_note, lines, po_note, truth, valid_id
from stdnum.de import vat as de_vat
from stdnum.fr import siren, tva
from stdnum.no import orgnr

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Sápmi reindeer meat and duodji (MVA 15 % / 25 %, NOK)
SE_V = [
    ("Biegga Boazobiergu AS", "Bredbuktnesveien 14", "9520 Guovdageaidnu / Kautokeino", "#b91c1c"),
    ("Kárášjoga Duodji ja Biergu", "Badjenjárga 7", "9730 Kárášjohka / Karasjok", "#1d4ed8"),
    ("Deanu Boazodoallu AS", "Sirbmá 22", "9845 Deatnu / Tana", "#15803d"),
    ("Unjárgga Mearrabiergu DA", "Várjjatvuona geaidnu 3", "9840 Unjárga / Nesseby", "#7c2d12"),
]
SE_B = [
    ("Thon Hotel Alta", "Bjørn Wirkolas vei 11", "9510 Alta"),
    ("Scandic Hammerfest", "Sørøygata 15", "9600 Hammerfest"),
    ("Sámi allaskuvla - kantiidna", "Hánnoluohkka 45", "9520 Guovdageaidnu"),
    ("Rica Hotel Kirkenes", "Pasvikveien 63", "9900 Kirkenes"),
]
SE_ROWS = [
    ("Bohccobiergu, fileá / Reinsdyrfilet", "kg", 2, 20, 520, 690, 15),
    ("Goikebiergu / Tørket reinkjøtt", "kg", 2, 15, 380, 520, 15),
    ("Suovasbiergu / Røkt reinkjøtt", "kg", 3, 25, 290, 410, 15),
    ("Láibi, gáhkku / Brød (gáhkku)", "stk", 10, 60, 38, 65, 15),
    ("Luomi / Multebær, fryst", "kg", 2, 10, 210, 320, 15),
    ("Duodjeniibi / Sameknivsett", "stk", 1, 4, 1450, 2900, 25),
    ("Bohccoduolji / Reinskinn", "stk", 1, 10, 650, 1150, 25),
    ("Fievrrideapmi / Frakt med kjølebil", "tur", 1, 3, 950, 1800, 25),
]

SE_HTML = """<html lang="se"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.4pt;color:#555} table.g{width:100%;border-collapse:collapse;margin-top:6px}
table.g th{padding:4px 5px;text-align:left;color:{{ color }};font-size:8pt} table.g td{padding:3px 5px} table.g th.r{text-align:right}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ v_name }}</div>
<div>{{ v_street }}, {{ v_city }}</div><div class="small">Org.nr. {{ orgnr }} · Tlf. {{ tel }} · {{ mail }}</div></td>
<td style="vertical-align:top;text-align:right"><div style="font-size:18pt;font-weight:bold;letter-spacing:1px">REHKET</div><div class="small">FAKTURA</div></td></tr></table>
<table style="width:100%;margin-top:8mm"><tr><td style="vertical-align:top;width:50%"><div class="small">Oastti / Kjøper</div><div style="line-height:1.35">{{ b_name }}<br>{{ b_street }}<br>{{ b_city }}</div>
<table class="small" style="margin-top:8px">{% for k, v in meta %}<tr><td style="padding:1px 10px 1px 0">{{ k }}</td><td style="color:#222;font-weight:bold">{{ v }}</td></tr>{% endfor %}</table></td>
<td style="vertical-align:top"><div style="border:2px solid {{ color }};padding:8px 10px">
<table style="width:100%">{% for k, v in box %}<tr><td style="padding:2px 0">{{ k }}</td><td class="r" style="padding:2px 0;font-weight:bold;white-space:nowrap">{{ v }}</td></tr>{% endfor %}
<tr><td style="padding:5px 0 0;font-size:11pt;font-weight:bold;border-top:1px solid {{ color }}">Oktiibuot máksit / Å betale</td><td class="r" style="padding:5px 0 0;white-space:nowrap;font-size:11pt;font-weight:bold;border-top:1px solid {{ color }}">kr {{ total }}</td></tr></table></div>
<div class="small" style="margin-top:6px">Kontonr. {{ konto }} · KID {{ kid }}</div></td></tr></table>
<table class="g" style="margin-top:10mm"><tr><th>Gálvu / Vare</th><th class="r">Mearri / Antall</th><th>Ovttadat</th><th class="r">Haddi / Pris</th><th class="r">MVA %</th><th class="r">Supmi / Beløp</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin:10px 0 0 auto;min-width:320px" class="small"><tr><th style="text-align:left;padding:2px 10px 2px 0">MVA-mearri / Sats</th><th class="r" style="padding:2px 10px">Vuođđu / Grunnlag</th><th class="r" style="padding:2px 0">MVA</th></tr>
{% for r, b, v in spec %}<tr><td style="padding:1px 10px 1px 0">{{ r }}</td><td class="r" style="padding:1px 10px">{{ b }}</td><td class="r" style="padding:1px 0">{{ v }}</td></tr>{% endfor %}</table>
<p class="small" style="margin-top:12mm">{{ pay }} Go máksát, geavat KID-nummara. / Ved betaling, bruk KID. Giitu! / Takk for handelen!</p>
</body></html>"""


@style("01", "no_sapmi_guovdageaidnu_rehkenastin_mva_25_15")
def s01(rng, i):
    vname, vstreet, vcity, color = SE_V[i]
    bname, bstreet, bcity = SE_B[i]
    d = rand_date(rng)
    food = [x for x in SE_ROWS if x[6] == 15]
    other = [x for x in SE_ROWS if x[6] == 25]
    items = lines(rng, food, rng.randint(2, 4), D("1")) + lines(rng, other, rng.randint(1, 2), D("1"))
    rng.shuffle(items)
    base = {r: sum(x["amount"] for x in items if x["extra"] == r) for r in (15, 25)}
    vat = {r: q2(base[r] * r / 100) for r in base}
    net = base[15] + base[25]
    tax = vat[15] + vat[25]
    total = net + tax
    o = valid_id(rng, 9, orgnr.is_valid)
    org_s = f"{o[:3]} {o[3:6]} {o[6:]} MVA"
    no = [f"{rng.randint(1000, 9999)}", f"{d.year}{rng.randint(100, 999)}", f"{rng.randint(20000, 29999)}", f"R-{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), se_date, lambda x: x.strftime("%d.%m.%Y"), se_date][i]
    due = [d + dt.timedelta(days=14), d + dt.timedelta(days=30), None, d + dt.timedelta(days=10)][i]
    term = ["", "", "Máksu go gálvu boahtá / Betaling ved levering.", ""][i]
    po = [f"{rng.randint(4500000, 4599999)}", None, f"SA-{rng.randint(100, 999)}", None][i]
    po_label = "Diŋgojupmi / Bestilling"
    meta = [("Rehketnummir / Fakturanr.", no), ("Rehketbeaivi / Fakturadato", fd(d))]
    if po:
        meta.append((po_label, po))
    meta.append(("Doaimmahanbeaivi / Leveringsdato", fd(d - dt.timedelta(days=rng.randint(1, 6)))))
    meta.append(("Oastinummir / Kundenr.", f"{rng.randint(10000, 19999)}"))
    if due:
        meta.append(("Máksinbeaivi / Forfall", fd(due)))
    kid = digits(rng, 12, True)
    m = sp
    ctx = dict(
        color=color,
        v_name=vname,
        v_street=vstreet,
        v_city=vcity,
        orgnr=org_s,
        tel=f"+47 {digits(rng, 3, True)} {digits(rng, 2)} {digits(rng, 3)}",
        mail="post@" + vname.split()[0].lower().replace("á", "a") + ".no",
        b_name=bname,
        b_street=bstreet,
        b_city=bcity,
        meta=meta,
        box=[("Supmi MVA haga / Sum eks. mva", m(net)), ("MVA oktiibuot / Sum mva", m(tax))],
        total=m(total),
        konto=f"{digits(rng, 4, True)}.{digits(rng, 2)}.{digits(rng, 5)}",
        kid=kid,
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": m(x["price"]), "r": f"{x['extra']} %", "a": m(x["amount"])} for x in items],
        spec=[(f"{r} %", m(base[r]), m(vat[r])) for r in (15, 25) if base[r]],
        pay=(f"Máksinbeaivi / Forfall {fd(due)}." if due else term),
    )
    notes = (
        "Guovdageaidnu / Kárášjohka / Deatnu / Unjárga (Sápmi, Finnmark, Norway) reindeer-meat and duodji business's REHKET / FAKTURA in Northern Sami with Norwegian beside each label, in Norwegian kroner ('1 234,50', 'kr'), with MVA 15 % on food and 25 % on the rest per row, the amount due boxed at the top above a table without rules and a MVA summary per rate below it: vendor = the name at the top; vendor_tax_id = 'Org.nr.' as printed ('912 345 678 MVA'). "
        "invoice_number = 'Rehketnummir / Fakturanr.'; invoice_date = 'Rehketbeaivi / Fakturadato' ("
        + ["dd.mm.yyyy", "Northern Sami words ('12. njukčamánnu 2026')", "dd.mm.yyyy", "Northern Sami words"][i]
        + "); the delivery date ('Doaimmahanbeaivi / Leveringsdato') is a decoy. "
        + due_note(due, term, "Máksinbeaivi / Forfall")
        + po_note(po, po_label)
        + "The customer number, the account number and the KID are no PO. subtotal = 'Supmi MVA haga / Sum eks. mva'; tax = 'MVA oktiibuot / Sum mva' (the summary's rate rows summed); total = 'Oktiibuot máksit / Å betale' in the box at the top. Currency NOK. Line items: every row (net)."
    )
    t = truth(vname, org_s, no, po, d, due, "NOK", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, org_s, "Oktiibuot máksit / Å betale"], (SE_HTML.replace("@@BASE@@", css(margin="14mm 16mm", fs="9.2pt")), ctx)


# =========================================================================== 02 Breton bookshop (TVA 5,5 % / 20 %, EUR), letter, discount on books
BR_V = [
    ("Levrdi an Hent Glas", "12 straed ar C'hastell", "29000 Kemper", "Kemper", "#1e3a8a"),
    ("Ti al Levrioù Montroulez", "4 plasenn Alstom", "29600 Montroulez", "Montroulez", "#0f766e"),
    ("Levraoueg-Stal Gwened", "27 straed Sant-Vicent", "56000 Gwened", "Gwened", "#9d174d"),
    ("Stal Levrioù Karaez", "8 plasenn ar Roue Marc'h", "29270 Karaez", "Karaez", "#854d0e"),
]
BR_B = [
    ("Skol Diwan Kemper", "Evit an Ao. Yann Le Goff", "Hent Pont-Aven", "29000 Kemper", "school"),
    ("Mediaoueg Montroulez", "Evit an Itron Soazig Kerbrat", "2 straed Jean-Jaurès", "29600 Montroulez", "library"),
    ("Kreizenn Sevenadurel Gwened", "Evit an Ao. Erwan Guillou", "5 hent an Arvor", "56000 Gwened", "other"),
    ("Mediaoueg Karaez", "Evit an Itron Nolwenn Pichon", "1 plasenn ar Republik", "29270 Karaez", "library"),
]
BR_BOOKS = [
    ("Geriadur brezhoneg-galleg (TES)", "levr", 2, 12, 24, 39),
    ("Albom bugale « Kerzhadenn ar Moc'h »", "levr", 3, 25, 12, 18),
    ("Romant « An Ti e-kreiz ar C'hoad »", "levr", 2, 15, 16, 24),
    ("Kelenn ar brezhoneg - levr ar c'helenner", "levr", 2, 10, 28, 42),
    ("Bannoù-treset « Asteriks e brezhoneg »", "levr", 3, 20, 11, 15),
]
BR_OTHER = [
    ("Skritell-vro Breizh (60 x 80)", "pez", 2, 10, 12, 25),
    ("Kartennoù-post (tamm 10)", "pakad", 2, 15, 6, 12),
    ("Abadenn lenn gant ur skrivagner (2 eur)", "abadenn", 1, 2, 250, 420),
]
BR_HTML = """<html lang="br"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.4pt;color:#555} table.g{width:100%;border-collapse:collapse;margin-top:8px}
table.g th{padding:4px 5px;border-bottom:1.5px solid {{ color }};text-align:left;font-size:8.2pt} table.g td{padding:3px 5px;border-bottom:1px solid #e5e7eb} table.g th.r{text-align:right}
</style></head><body>
<div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ v_name }}</div>
<div class="small">{{ v_street }} · {{ v_city }} · Pgz {{ tel }}<br>SIRET {{ siret }} · Niv. TVA {{ tva }}</div>
<div style="margin:16mm 0 0 100mm;line-height:1.35">{{ b_name }}<br>{{ b_att }}<br>{{ b_street }}<br>{{ b_city }}</div>
<div style="margin:10mm 0 0 100mm">{{ place }}, d'an {{ date_long }}</div>
<div style="font-size:13pt;font-weight:bold;margin-top:8mm">FAKTURENN niv. {{ no }}</div>
<table class="small" style="margin-top:3px">{% for k, v in meta %}<tr><td style="padding:1px 12px 1px 0">{{ k }}</td><td style="color:#222">{{ v }}</td></tr>{% endfor %}</table>
<p>Itron, Aotrou,<br>Setu amañ ar fakturenn evit an traoù kaset deoc'h :</p>
<table class="g"><tr><th>Danvez</th><th class="r">Niver</th><th class="r">Priz unan</th><th class="r">Distaol</th><th class="r">TVA</th><th class="r">Hollad hep TVA</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.k }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="vertical-align:top" class="small"><table>{% for r, b, v in spec %}<tr><td style="padding:1px 10px 1px 0">TVA {{ r }}</td><td style="padding:1px 10px">diazez {{ b }}</td><td class="r">{{ v }}</td></tr>{% endfor %}</table>
<div style="margin-top:6px">{{ disc_note }}</div></td>
<td style="vertical-align:top"><table style="margin-left:auto;min-width:270px">{% for k, v, b in tot %}<tr><td style="padding:2px 10px 2px 0{% if b %};font-weight:bold;border-top:1.5px solid {{ color }}{% endif %}">{{ k }}</td><td class="r" style="padding:2px 0{% if b %};font-weight:bold;border-top:1.5px solid {{ color }}{% endif %}">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<p>{{ pay }}<br><span class="small">IBAN {{ iban }} · BIC {{ bic }}</span></p>
<p>Gant hor gwellañ gourc'hemennoù,<br><br>{{ signer }}</p>
</body></html>"""


@style("02", "fr_bzh_kemper_fakturenn_tva_20_5_5")
def s02(rng, i):
    from invoice_kit import iban, iban_fmt

    vname, vstreet, vcity, place, color = BR_V[i]
    bname, batt, bstreet, bcity, kind = BR_B[i]
    d = rand_date(rng)
    disc = D("9") if kind == "library" else D("5")  # loi Lang: 5 %, public libraries up to 9 %
    books = lines(rng, BR_BOOKS, rng.randint(2, 4), D("0.1"))
    for x in books:
        x["gross"] = x["amount"]
        x["disc"] = disc
        x["amount"] = q2(x["gross"] * (100 - disc) / 100)
        x["rate"] = D("5.5")
    others = lines(rng, BR_OTHER, rng.randint(1, 2), D("0.5"))
    for x in others:
        x["disc"] = None
        x["rate"] = D("20")
    items = books + others
    base = {r: sum(x["amount"] for x in items if x["rate"] == r) for r in (D("5.5"), D("20"))}
    vat = {r: q2(base[r] * r / 100) for r in base}
    net = sum(base.values())
    tax = sum(vat.values())
    total = net + tax
    tv = valid_id(rng, 9, siren.is_valid)
    key = (12 + 3 * (int(tv) % 97)) % 97
    tva_s = f"FR{key:02d}{tv}"
    if not tva.is_valid(tva_s):
        raise RuntimeError("tva")
    siret = f"{tv[:3]} {tv[3:6]} {tv[6:]} {digits(rng, 5)}"
    no = [f"{d.year}-{rng.randint(100, 999)}", f"F{rng.randint(1000, 9999)}", f"{rng.randint(200, 999)}/{d.year % 100}", f"FK-{rng.randint(10000, 99999)}"][i]
    fd = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=45), None][i]
    term = ["", "Da baeañ a-benn 30 devezh goude resev ar fakturenn", "", "Da baeañ diouzhtu"][i]
    po = [f"BC-{rng.randint(100, 999)}", f"{d.year}-{rng.randint(1000, 9999)}", None, f"MK{rng.randint(100, 999)}"][i]
    po_label = "Hoc'h urzh niv."
    meta = [("Niverenn an arval", f"C{rng.randint(1000, 9999)}")]
    if po:
        meta.append((po_label, po))
    meta.append(("Paperenn-gas niv.", f"BL{rng.randint(10000, 99999)}"))
    meta.append(("Deiziad kas", fd(d - dt.timedelta(days=rng.randint(1, 8)))))
    m = lambda x: sp(x) + " €"  # noqa: E731
    tot = [("Hollad hep TVA", m(net), False), ("Hollad TVA", m(tax), False), ("Hollad gant TVA", m(total), True)]
    ctx = dict(
        color=color,
        v_name=vname,
        v_street=vstreet,
        v_city=vcity,
        tel=f"02 98 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
        siret=siret,
        tva=tva_s,
        b_name=bname,
        b_att=batt,
        b_street=bstreet,
        b_city=bcity,
        place=place,
        date_long=br_date(d),
        no=no,
        meta=meta,
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "p": m(x["price"]), "k": f"{x['disc']} %" if x["disc"] else "", "r": f"{sp(x['rate'], 1) if x['rate'] % 1 else int(x['rate'])} %", "a": m(x["amount"])} for x in items],
        spec=[(f"{sp(r, 1) if r % 1 else int(r)} %", m(base[r]), m(vat[r])) for r in base if base[r]],
        disc_note=f"Distaol {disc} % war al levrioù (lezenn Lang).",
        tot=tot,
        pay=(f"Da baeañ a-raok an {fd(due)}, dre dreuzvarc'h." if due else term + "."),
        iban=iban_fmt(iban("FR", digits(rng, 10) + digits(rng, 11) + digits(rng, 2))),
        bic=rng.choice(["CMBRFR2BXXX", "AGRIFRPP829", "CCBPFRPPBRE"]),
        signer=rng.choice(["Gwenaelle Le Bihan", "Tangi Kervella", "Morgan Le Gall", "Katell Riou"]),
    )
    notes = (
        "Kemper / Montroulez / Gwened / Karaez (Brittany) bookshop's FAKTURENN in Breton, written as a letter with the addressee at the right and the date in the place line, in euros ('1 234,50 €'), with TVA 5,5 % on books after a discount column (5 %, 9 % for public libraries, the loi Lang ceiling) and 20 % on posters, cards and readings, a TVA summary per rate: vendor = the name at the top; vendor_tax_id = 'Niv. TVA' as printed (FR + key + SIREN; the SIRET is a decoy). "
        "invoice_number = 'FAKTURENN niv.'; invoice_date = the date in the place line (Breton words, 'Kemper, d'an 12 a viz Meurzh 2026'); the delivery date ('Deiziad kas') and the delivery note number ('Paperenn-gas niv.') are decoys. "
        + due_note(due, term, "Da baeañ a-raok an")
        + po_note(po, po_label)
        + "The customer number ('Niverenn an arval') is no PO. subtotal = 'Hollad hep TVA'; tax = 'Hollad TVA'; total = 'Hollad gant TVA'. Currency EUR. Line items: every row, the amount being 'Hollad hep TVA' after the row's discount."
    )
    t = truth(vname, tva_s, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, [br_date(d), fd(due) if due else None, no, po, vname, tva_s, "Hollad gant TVA"], (BR_HTML.replace("@@BASE@@", css(margin="14mm 16mm 14mm 20mm", fs="9.3pt")), ctx)


# =========================================================================== 03 Lusatian printing house (USt. 7 % / 19 %, EUR), landscape, instalment deducted
HSB_V = [
    ("Ćišćernja Smoler & Syn", "Tuchmacherstraße 27", "02625 Budyšin / Bautzen", "#7f1d1d"),
    ("Łužiska ćišćernja Kamjenc", "Zwingerstraße 8", "01917 Kamjenc / Kamenz", "#1e40af"),
    ("Ćišćernja Pawlik", "Hauptstraße 15", "01920 Chrósćicy / Crostwitz", "#166534"),
    ("Wojerowska ćišćernja GmbH", "Bautzener Allee 44", "02977 Wojerecy / Hoyerswerda", "#6b21a8"),
]
HSB_B = [
    ("Serbski muzej / Sorbisches Museum", "Ortenburg 3-5", "02625 Budyšin"),
    ("Rěčny centrum WITAJ", "Am Bahnhof 1", "03130 Grodk"),
    ("Serbski šulski spěchowanski zwjazk", "Postplatz 2", "02625 Budyšin"),
    ("Gmejna Pančicy-Kukow", "Klosterstraße 11", "01920 Pančicy-Kukow"),
]
HSB_ROWS = [
    ("Knihi „Serbske bajki“ (wjazane, 96 str.)", "ex.", 50, 400, 6.5, 14, 7),
    ("Protyka 2026 (kalender, 64 str.)", "ex.", 100, 800, 2.2, 4.8, 7),
    ("Zešiwk za dźěći (24 str.)", "ex.", 100, 600, 1.1, 2.6, 7),
    ("Plakaty A2, 4/0-barbne / Plakate", "ex.", 50, 500, 0.6, 1.9, 19),
    ("Flyer DIN lang, 4/4 / Faltblätter", "ex.", 500, 5000, 0.05, 0.16, 19),
    ("Grafiski design / Gestaltung", "hodź.", 2, 20, 55, 85, 19),
    ("Wizitki / Visitenkarten (250 ex.)", "paket", 1, 10, 28, 49, 19),
]
HSB_HTML = """<html lang="hsb"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.2pt;color:#555} table.g{width:100%;border-collapse:collapse;margin-top:8px}
table.g th{background:#f3f4f6;padding:4px 5px;text-align:left;font-size:7.8pt;border-top:2px solid {{ color }}} table.g td{padding:3px 5px;border-bottom:1px solid #e5e7eb} table.g th.r{text-align:right}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top;width:35%"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ v_name }}</div><div>{{ v_street }}, {{ v_city }}</div>
<div class="small">Tel. {{ tel }} · Steuernr. / Dawkowe čo. {{ stnr }}<br>USt-IdNr. {{ ustid }}</div></td>
<td style="vertical-align:top;width:30%"><div class="small">Přijimar / Empfänger</div><div style="line-height:1.35">{{ b_name }}<br>{{ b_street }}<br>{{ b_city }}</div></td>
<td style="vertical-align:top"><div style="font-size:17pt;font-weight:bold;text-align:right">ZLIČBOWANKA</div><div style="text-align:right" class="small">RECHNUNG</div>
<table style="margin:4px 0 0 auto" class="small">{% for k, v in meta %}<tr><td style="padding:1px 8px">{{ k }}</td><td style="padding:1px 0;color:#222;font-weight:bold">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<table class="g"><tr><th>Poz.</th><th>Wopisanje / Bezeichnung</th><th class="r">Ličba / Menge</th><th>Jědn.</th><th class="r">Jědn. płaćizna / Einzelpreis</th><th class="r">Dawk / USt.</th><th class="r">Netto</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="vertical-align:top;width:55%" class="small">{{ pay }}<br>Wobdźěłane / Leistungszeitraum: {{ period }}<br>Banka / Bank: {{ bank }} · IBAN {{ iban }}<br>Dźakujemy so za Waše dowěrjenje. / Vielen Dank für Ihren Auftrag.</td>
<td style="vertical-align:top"><table style="margin-left:auto;min-width:330px">{% for k, v, b in tot %}<tr><td style="padding:2px 10px 2px 0{% if b %};font-weight:bold;border-top:1.5px solid {{ color }}{% endif %}">{{ k }}</td><td class="r" style="padding:2px 0{% if b %};font-weight:bold;border-top:1.5px solid {{ color }}{% endif %}">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
</body></html>"""


@style("03", "de_lausitz_budysin_zlicbowanka_dph_19_7")
def s03(rng, i):
    from invoice_kit import iban, iban_fmt

    vname, vstreet, vcity, color = HSB_V[i]
    bname, bstreet, bcity = HSB_B[i]
    d = rand_date(rng)
    r7 = [x for x in HSB_ROWS if x[6] == 7]
    r19 = [x for x in HSB_ROWS if x[6] == 19]
    items = lines(rng, r7, rng.randint(1, 2), D("0.05")) + lines(rng, r19, rng.randint(2, 3), D("0.01"))
    base = {r: sum(x["amount"] for x in items if x["extra"] == r) for r in (7, 19)}
    vat = {r: q2(base[r] * r / 100) for r in base}
    net = base[7] + base[19]
    tax = vat[7] + vat[19]
    total = net + tax
    paid = q2(total * D(rng.choice(["0.3", "0.4", "0.5"])))
    rest = total - paid
    u = valid_id(rng, 9, lambda s: de_vat.is_valid("DE" + s))
    ustid = "DE" + u
    no = [f"{d.year}-{rng.randint(1000, 9999)}", f"RE{rng.randint(10000, 99999)}", f"{rng.randint(100, 999)}/{d.year}", f"Z-{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), hsb_date, lambda x: x.strftime("%d.%m.%Y"), hsb_date][i]
    due = [d + dt.timedelta(days=14), None, d + dt.timedelta(days=30), d + dt.timedelta(days=21)][i]
    term = ["", "Płaćomne bjez wotćehnjenja / Zahlbar sofort ohne Abzug", "", ""][i]
    po = [f"{rng.randint(100, 999)}/{d.year % 100}", None, f"SŠSZ-{rng.randint(10, 99)}", f"B-{rng.randint(1000, 9999)}"][i]
    po_label = "Waše skazanje / Ihre Bestellung"
    meta = [("Čisło / Rechnungs-Nr.", no), ("Datum", fd(d))]
    if po:
        meta.append((po_label, po))
    meta.append(("Čisło kupca / Kunden-Nr.", f"{rng.randint(10000, 39999)}"))
    meta.append(("Dodaće / Lieferschein", f"LS-{rng.randint(1000, 9999)}"))
    if due:
        meta.append(("Płaćomne hač do / Zahlbar bis", fd(due)))
    m = lambda x: de(x) + " €"  # noqa: E731
    start = d - dt.timedelta(days=rng.randint(20, 40))
    tot = [("Netto", m(net)), ("Dawk / USt. 7 % z " + m(base[7]), m(vat[7])), ("Dawk / USt. 19 % z " + m(base[19]), m(vat[19]))]
    tot = [(a, b, False) for a, b in tot] + [("Cyłkowna suma / Rechnungsbetrag", m(total), True), (f"Zapłaćena záloha / Abschlag vom {fd(start)}", "- " + m(paid), False), ("Zbytk / Restbetrag", m(rest), True)]
    ctx = dict(
        color=color,
        v_name=vname,
        v_street=vstreet,
        v_city=vcity,
        tel=f"0359{rng.randint(1, 9)} {digits(rng, 6, True)}",
        stnr=f"207/{digits(rng, 3)}/{digits(rng, 5)}",
        ustid=ustid,
        b_name=bname,
        b_street=bstreet,
        b_city=bcity,
        meta=meta,
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": m(x["price"]), "r": f"{x['extra']} %", "a": m(x["amount"])} for x in items],
        tot=tot,
        pay=(f"Prošu zapłaćće zbytk hač do {fd(due)}. / Bitte zahlen Sie den Restbetrag bis {fd(due)}." if due else term + "."),
        period=f"{fd(start)} – {fd(d - dt.timedelta(days=1))}",
        bank=rng.choice(["Kreissparkasse Bautzen", "Volksbank Dresden-Bautzen", "Ostsächsische Sparkasse Dresden"]),
        iban=iban_fmt(iban("DE", digits(rng, 8, True) + digits(rng, 10))),
    )
    notes = (
        "Budyšin / Kamjenc / Chrósćicy / Wojerecy (Lusatia, Saxony) printing house's ZLIČBOWANKA / RECHNUNG in Upper Sorbian with German beside each label, on a landscape page, in euros ('1.234,50 €'), with USt. (dawk) 7 % on books and calendars and 19 % on print work and design per row, the tax per rate in the totals, and a paid instalment deducted below the invoice total: vendor = the name at the top left; vendor_tax_id = 'USt-IdNr.' (DE + 9 digits; the Steuernummer is a decoy). "
        "invoice_number = 'Čisło / Rechnungs-Nr.'; invoice_date = 'Datum' ("
        + ["dd.mm.yyyy", "Upper Sorbian words ('12. měrca 2026')", "dd.mm.yyyy", "Upper Sorbian words"][i]
        + "); the service period and the delivery note number are decoys. "
        + due_note(due, term, "Płaćomne hač do / Zahlbar bis")
        + po_note(po, po_label)
        + "The customer number is no PO. subtotal = 'Netto'; tax = the two 'Dawk / USt.' rows summed (no tax total is printed); total = 'Cyłkowna suma / Rechnungsbetrag'; the instalment ('Zapłaćena záloha / Abschlag') and 'Zbytk / Restbetrag' are decoys. Currency EUR. Line items: every row (net)."
    )
    t = truth(vname, ustid, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), fd(due) if due else None, no, po, vname, ustid, "Cyłkowna suma / Rechnungsbetrag"], "tax_parts": [str(vat[7]), str(vat[19])]}
    return t, chk, (HSB_HTML.replace("@@BASE@@", css(size="A4 landscape", margin="11mm 13mm", fs="8.8pt")), ctx)
