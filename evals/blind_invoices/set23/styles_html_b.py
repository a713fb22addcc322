"""Chromium (HTML) styles for set 23, second part (04 Åland cider press's faktura in Swedish for contract pressing at
moms 25,5 % and its own apple juice at moms 14 % with a moms specification, 05 Svalbard dog-sledding company's faktura in
Norwegian to a tour operator with one row per departure and no merverdiavgift)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, fi_ref, mod10_ref, nb_date, po_note, sv_date
from kit_common import truth, valid_id
from invoice_kit import de, digits, exact_price, iban, iban_fmt, mt, q2, qstr, rand_date, sp, style_registry
from kit_common import html_head
from stdnum.fi import alv as _alv
from stdnum.fi import ytunnus as _ytunnus
from stdnum.no import kontonr as _kontonr
from stdnum.no import orgnr as _orgnr

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Åland cider press (FO-nummer, momsnummer, moms 25,5 % / 14 %, EUR)
AX_V = [("Ålands Musteri Ab", "Industrigatan 14", "22100 Mariehamn", "#7a9a01"), ("Saltviks Äppelpress Ab", "Haraldsbyvägen 6", "22430 Saltvik", "#b5172e"),
        ("Jomala Fruktgård & Musteri Ab", "Gölbyvägen 31", "22150 Jomala", "#d17a00"), ("Lemlands Must Ab", "Nåtöbyvägen 2", "22610 Lemland", "#3f7d20")]
AX_B = [("Kastelholms Gårdscafé", "Kastelholmsvägen 12", "22520 Sund"), ("Familjen Sjöblom", "Godbyvägen 88", "22410 Finström"),
        ("Eckerö Gästhem & Restaurang Ab", "Storbyvägen 5", "22270 Eckerö"), ("Ålands Skolkök, Landskapsregeringen", "Strandgatan 37", "22100 Mariehamn")]
AX_SERV = [("Tvättning och malning av kundens äpplen", "kg", 300, 1800, "0.18", "0.30", "25.5"), ("Pressning av kundens äpplen", "kg", 300, 1800, "0.30", "0.55", "25.5"),
           ("Pastörisering och tappning i bag-in-box 3 l", "st", 40, 300, "1.20", "1.90", "25.5"), ("Bag-in-box 3 l, påse och kartong", "st", 40, 300, "1.10", "1.60", "25.5"),
           ("Hämtning av fruktlådor med paketbil", "km", 20, 80, "0.80", "1.10", "25.5")]
AX_FOOD = [("Äppelmust Rubinstep 3 l bag-in-box", "st", 10, 80, "11.00", "15.00", "14"), ("Äppelmust Transparente Blanche 0,75 l", "fl", 12, 96, "3.20", "4.80", "14"),
           ("Äppelcidervinäger 0,5 l", "fl", 6, 48, "4.50", "6.90", "14"), ("Äppelmos, osötat 0,5 kg", "burk", 6, 36, "3.10", "4.60", "14")]


@style("04", "ax_musteri_pressning_tva_momssatser")
def s04(rng, i):
    vname, vstreet, vcity, color = AX_V[i]
    bname, bstreet, bcity = AX_B[i]
    d = rand_date(rng, start=dt.date(2025, 8, 25), end=dt.date(2026, 11, 20))
    if d.month in (1, 2, 3, 4, 5, 6, 7):
        d = d.replace(month=rng.choice([9, 10, 11]))
    kg = D(rng.randint(300, 1800))
    items = []
    serv = rng.sample(AX_SERV, rng.randint(3, 5))
    for desc, unit, qlo, qhi, lo, hi, rate in sorted(serv, key=AX_SERV.index):
        q = kg if unit == "kg" else D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(lo), D(hi), D("0.01"))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "rate": rate})
    for desc, unit, qlo, qhi, lo, hi, rate in rng.sample(AX_FOOD, rng.randint(1, 3)):
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(lo), D(hi), D("0.05"))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "rate": rate})
    b25 = sum(x["amount"] for x in items if x["rate"] == "25.5")
    b14 = sum(x["amount"] for x in items if x["rate"] == "14")
    v25, v14 = q2(b25 * D("0.255")), q2(b14 * D("0.14"))
    net, tax = b25 + b14, v25 + v14
    total = net + tax
    fo = valid_id(rng, 8, _ytunnus.is_valid, first_nonzero=False)
    fo = f"{fo[:7]}-{fo[7]}"
    momsnr = "FI" + fo.replace("-", "")
    assert _alv.is_valid(momsnr)
    no = [f"{rng.randint(2000, 2999)}", f"{d.year}{rng.randint(100, 999)}", f"{rng.randint(10000, 19999)}", f"{rng.randint(400, 899)}"][i]
    ref = fi_ref(f"{rng.randint(10, 99)}{no[-4:]}")
    fd = [lambda x: f"{x.day}.{x.month}.{x.year}", sv_date, lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%Y-%m-%d")][i]
    due = d + dt.timedelta(days=[14, 14, 21, 30][i])
    po = [None, None, f"EGR-{rng.randint(100, 999)}", f"ÅLR/{d.year}/{rng.randint(1000, 9999)}"][i]
    po_label = ["", "", "Er beställning", "Inköpsorder"][i]
    sumrow = i in (1, 3)
    acct = iban("FI", f"{rng.choice(['660', '497', '405'])}{digits(rng, 11)}")
    money = de
    html = html_head(margin="12mm 14mm", fs="8.6pt") + """
<table style="width:100%"><tr><td style="vertical-align:top"><div style="display:inline-block;width:34px;height:34px;border-radius:50% 50% 50% 0;background:{{ color }};vertical-align:middle"></div>
<span style="font-size:16pt;vertical-align:middle;margin-left:6px;white-space:nowrap" class="b">{{ v_name }}</span><div style="margin-top:3px">{{ v_street }}, {{ v_city }}, Åland</div></td>
<td style="text-align:right;vertical-align:top"><div style="font-size:20pt;letter-spacing:2px;color:{{ color }}">FAKTURA</div></td></tr></table>
<table style="width:100%;margin-top:14px"><tr><td style="width:50%;vertical-align:top;padding-top:6px"><b>{{ b_name }}</b><br>{{ b_street }}<br>{{ b_city }}</td>
<td style="vertical-align:top"><table style="width:100%;border:1px solid #bbb">{% for k, v in meta %}<tr><td style="padding:2px 8px;color:#555;border-bottom:1px solid #eee">{{ k }}</td><td style="padding:2px 8px;border-bottom:1px solid #eee" class="b">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:10px">Pressningssäsongen {{ season }}: {{ kg }} kg äpplen mottagna {{ recv }}, våg nr {{ scale }}.</div>
<table class="it"><tr style="border-bottom:2px solid {{ color }}"><th style="text-align:left">Beskrivning</th><th class="r">Antal</th><th>Enhet</th><th class="r">À-pris</th><th class="r">Moms %</th><th class="r">Belopp</th></tr>
{% for it in items %}<tr style="border-bottom:1px solid #e5e5e5"><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.rate }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:12px;page-break-inside:avoid"><tr><td style="width:50%;vertical-align:top"><div class="small b">Momsspecifikation</div>
<table style="font-size:7.8pt;border:1px solid #bbb;margin-top:2px"><tr style="background:#f0f0f0"><th style="padding:2px 8px">Moms %</th><th class="r" style="padding:2px 8px">Netto</th><th class="r" style="padding:2px 8px">Moms</th><th class="r" style="padding:2px 8px">Brutto</th></tr>
{% for r, b, v, g in spec %}<tr><td class="c">{{ r }}</td><td class="r" style="padding:1px 8px">{{ b }}</td><td class="r" style="padding:1px 8px">{{ v }}</td><td class="r" style="padding:1px 8px">{{ g }}</td></tr>{% endfor %}</table></td>
<td style="vertical-align:top"><table style="margin-left:auto">{% for k, v, bold in tot %}<tr{% if bold %} style="border-top:2px solid #222;font-size:10.5pt"{% endif %}><td style="padding:2px 10px"{% if bold %} class="b"{% endif %}>{{ k }}</td><td class="r{% if bold %} b{% endif %}">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:16px;border:1.5px solid #222;padding:8px 10px;page-break-inside:avoid"><table style="width:100%"><tr>
<td style="vertical-align:top"><div class="small">Mottagare</div>{{ v_name }}<div class="small" style="margin-top:4px">Mottagarens kontonummer (IBAN)</div><b>{{ iban }}</b> &nbsp; BIC {{ bic }}</td>
<td style="vertical-align:top"><div class="small">Referensnummer</div><b>{{ ref }}</b><div class="small" style="margin-top:4px">Förfallodag</div><b>{{ due }}</b></td>
<td style="vertical-align:top" class="r"><div class="small">Euro</div><b style="font-size:11pt">{{ total }}</b></td></tr></table></div>
<div class="small" style="margin-top:8px">Dröjsmålsränta enligt räntelagen. Anmärkningar inom 8 dagar. FO-nummer {{ fo }} · Momsnummer {{ momsnr }} · Hemort {{ home }}, Åland · Tel. +358 18 {{ tel }}</div>
</body></html>"""
    meta = [("Fakturanummer", no), ("Fakturadatum", fd(d)), ("Kundnummer", f"{rng.randint(1000, 1999)}")]
    if po:
        meta.append((po_label, po))
    meta += [("Betalningsvillkor", f"{(due - d).days} dagar netto"), ("Förfallodag", fd(due)), ("Vår referens", rng.choice(["Linda Eriksson", "Jan-Erik Mattsson", "Sofia Karlsson"]))]
    tot = [("Summa exkl. moms", money(net), False), ("Moms 25,5 %", money(v25), False), ("Moms 14 %", money(v14), False)]
    if sumrow:
        tot.append(("Moms totalt", money(tax), False))
    tot.append(("Att betala EUR", money(total), True))
    ctx = dict(
        color=color, v_name=vname, v_street=vstreet, v_city=vcity, b_name=bname, b_street=bstreet, b_city=bcity, meta=meta, season=d.year if d.month >= 8 else d.year - 1, kg=qstr(kg),
        recv=(d - dt.timedelta(days=rng.randint(3, 12))).strftime("%d.%m"), scale=rng.randint(1, 4),
        items=[{"desc": x["desc"], "q": qstr(x["qty"]), "unit": x["unit"], "p": money(x["price"]), "rate": x["rate"].replace(".", ","), "a": money(x["amount"])} for x in items],
        spec=[("25,5", money(b25), money(v25), money(b25 + v25)), ("14", money(b14), money(v14), money(b14 + v14))], tot=tot,
        iban=iban_fmt(acct), bic=rng.choice(["AABAFI22", "HELSFIHH", "OKOYFIHH"]), ref=" ".join([ref[::-1][k:k + 5][::-1] for k in range(0, len(ref), 5)][::-1]), due=fd(due), total=money(total),
        fo=fo, momsnr=momsnr, home=vcity.split()[1], tel=f"{rng.randint(10, 99)} {digits(rng, 3)}",
    )
    notes = (
        "Åland cider press's FAKTURA in Swedish for contract pressing of the customer's apples (moms 25,5 %) and its own juice and apple products (food, moms 14 %): vendor = the company name (Ab) at the top left; vendor tax id = 'Momsnummer' FI + 8 digits (valid under python-stdnum fi.alv); the 'FO-nummer' (the same digits with a dash), the customer number, the reference number and the scale number are decoys. "
        "invoice_number = 'Fakturanummer'; invoice_date = 'Fakturadatum' (" + ["d.m.yyyy", "'12 mars 2026'", "dd.mm.yyyy", "yyyy-mm-dd"][i] + "); due_date = 'Förfallodag' (in the box and in the payment slip); the day the apples were received (dd.mm) is a decoy. "
        + po_note(po, po_label)
        + "subtotal = 'Summa exkl. moms'; tax = 'Moms 25,5 %' + 'Moms 14 %'"
        + ("; printed as 'Moms totalt'" if sumrow else " (no row prints their sum)")
        + "; total = 'Att betala EUR', repeated in the payment slip. The moms specification (rate, net, moms, gross per rate) is a decoy. "
        "Currency EUR. Amounts '1.234,56'. Line items: every row (quantity = kg of apples, pieces, km, bottles, jars; the kg of the pressing rows equals the kg received)."
    )
    t = truth(vname, momsnr, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, ([fd(d), fd(due), "Momsnummer " + momsnr, no, po, vname, "Att betala EUR"] if sumrow else {"printed": [fd(d), fd(due), "Momsnummer " + momsnr, no, po, vname, "Att betala EUR"], "tax_parts": [mt(v25), mt(v14)]}), (html, ctx)


# =========================================================================== 05 Svalbard dog sledding (org.nr., no MVA: outside the VAT area, NOK), one row per departure
SJ_V = [("Longyearbyen Hundesenter AS", "Postboks 512", "9171 Longyearbyen", "#1d3557"), ("Svalbard Husky Tours AS", "Postboks 118", "9171 Longyearbyen", "#0b7285"),
        ("Adventdalen Villmarkssenter AS", "Vei 400, Adventdalen", "9170 Longyearbyen", "#5f3dc4"), ("Bolterdalen Hundespann AS", "Postboks 276", "9171 Longyearbyen", "#c92a2a")]
SJ_B = [("Polarlys Reiser AS", "Storgata 44", "9008 Tromsø"), ("Arctic Incentive Travel GmbH", "Große Elbstraße 145", "22767 Hamburg, Tyskland"),
        ("Nordkalotten Turistbyrå AS", "Dronningens gate 12", "8006 Bodø"), ("Isfjord Expedition Cruises Ltd.", "1 Harbour Walk", "Southampton SO14 2AQ, Storbritannia")]
SJ_TOURS = [("Hundesledetur 4 timer, Bolterdalen", "5", "1850", "2450"), ("Hundesledetur med lunsj i lavvo, 6 timer", "5", "2600", "3300"), ("Kveldstur med hundeslede og nordlys", "5", "1950", "2550"),
            ("Hundevalpbesøk og kennelomvisning, 1,5 timer", "5", "650", "950"), ("Vognkjøring med hunder (barmark), 3 timer", "5", "1250", "1650")]
SJ_EXTRA = [("Leie av polardress og støvler", "stk", 2, 20, "250", "400"), ("Henting og retur til hotell", "tur", 1, 4, "600", "1200"), ("Ekstra guide for gruppen", "tur", 1, 3, "2500", "4200"),
            ("Rifle-/sikkerhetsvakt (isbjørnberedskap)", "tur", 1, 2, "1800", "2800")]


@style("05", "sj_hundespann_avganger_uten_mva")
def s05(rng, i):
    vname, vbox, vcity, color = SJ_V[i]
    bname, bstreet, bcity = SJ_B[i]
    d = rand_date(rng)
    if d.month in (6, 7, 8):
        d = d.replace(month=rng.choice([2, 3, 4, 11]))
    items = []
    day = d - dt.timedelta(days=rng.randint(25, 40))
    for _ in range(rng.randint(4, 8)):
        desc, step, lo, hi = rng.choice(SJ_TOURS)
        day += dt.timedelta(days=rng.randint(1, 4))
        q = D(rng.randint(4, 24))
        p = D(rng.randint(int(lo) // 50, int(hi) // 50) * 50)
        items.append({"day": day, "dep": f"{rng.choice(['09', '10', '13', '19'])}:{rng.choice(['00', '30'])}", "desc": desc, "unit": "gjest", "qty": q, "price": p, "amount": q * p, "grp": f"{bname.split()[0][:3].upper()}-{rng.randint(10, 99)}"})
    for desc, unit, qlo, qhi, lo, hi in rng.sample(SJ_EXTRA, rng.randint(1, 2)):
        q = D(rng.randint(qlo, qhi))
        items.append({"day": None, "dep": "", "desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("50")), "grp": ""})
        items[-1]["amount"] = q2(items[-1]["qty"] * items[-1]["price"])
    if i in (1, 3):  # a cancellation credit without quantity
        a = -q2(items[0]["amount"] / 2)
        items.append({"day": None, "dep": "", "desc": f"Kreditering 50 %: avlyst avgang {items[0]['day'].strftime('%d.%m')} (storm)", "unit": "", "qty": None, "price": None, "amount": a, "grp": "", "show_qty": False})
    total = sum(x["amount"] for x in items)
    orgnr = valid_id(rng, 9, _orgnr.is_valid, first_nonzero=False, prefix="9")
    org_fmt = _orgnr.format(orgnr)
    konto = valid_id(rng, 11, _kontonr.is_valid, first_nonzero=False, prefix=rng.choice(["4740", "1503", "9710"]))
    no = [f"{rng.randint(10000, 29999)}", f"{d.year}-{rng.randint(100, 999)}", f"{rng.randint(3000, 6999)}", f"F{rng.randint(100000, 199999)}"][i]
    kid = mod10_ref(f"{rng.randint(100, 999)}{no[-4:].replace('-', '0')}")
    fd = [lambda x: x.strftime("%d.%m.%Y"), nb_date, lambda x: x.strftime("%d.%m.%Y"), lambda x: f"{x.day}. {MONTHS['nb_short'][x.month - 1]} {x.year}"][i]
    due = d + dt.timedelta(days=[14, 30, 20, 10][i])
    po = [None, f"AIT-{rng.randint(1000, 9999)}", f"NT{d.strftime('%y')}/{rng.randint(100, 999)}", None][i]
    money = lambda x: sp(x)  # noqa: E731
    zero_row = i in (0, 2)
    html = html_head(margin="13mm 14mm", fs="8.5pt") + """
<div style="border-top:6px solid {{ color }};padding-top:8px"><table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:15pt;white-space:nowrap" class="b">{{ v_name }}</div>
<div>{{ v_box }}, {{ v_city }}, Svalbard</div><div>Telefon +47 79 02 {{ tel }} · post@{{ dom }}.no</div><div>Org.nr. {{ org }}</div></td>
<td style="vertical-align:top;text-align:right"><div style="font-size:24pt;color:{{ color }}" class="b">Faktura</div></td></tr></table></div>
<table style="width:100%;margin-top:14px"><tr><td style="width:48%;vertical-align:top"><div class="small">Kunde</div><b>{{ b_name }}</b><br>{{ b_street }}<br>{{ b_city }}</td>
<td style="vertical-align:top"><table style="margin-left:auto">{% for k, v in meta %}<tr><td style="padding:1px 10px;color:#555">{{ k }}</td><td class="b r">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr style="background:{{ color }};color:#fff"><th style="text-align:left">Dato</th><th style="text-align:left">Avgang</th><th style="text-align:left">Gruppe</th><th style="text-align:left">Beskrivelse</th><th class="r">Antall</th><th>Enhet</th><th class="r">Pris</th><th class="r">Beløp</th></tr>
{% for it in items %}<tr style="border-bottom:1px solid #ddd"><td>{{ it.day }}</td><td>{{ it.dep }}</td><td>{{ it.grp }}</td><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px;page-break-inside:avoid"><tr><td style="width:55%;vertical-align:top" class="small">{{ guests }} gjester på {{ deps }} avganger. Ingen merverdiavgift: omsetning på Svalbard er utenfor merverdiavgiftsområdet, og merverdiavgiftsloven gjelder ikke for Svalbard.</td>
<td style="vertical-align:top"><table style="margin-left:auto">{% for k, v, bold in tot %}<tr{% if bold %} style="border-top:2px solid #222;font-size:10.5pt"{% endif %}><td style="padding:2px 10px"{% if bold %} class="b"{% endif %}>{{ k }}</td><td class="r{% if bold %} b{% endif %}">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:18px;border-top:1px dashed #777;padding-top:8px;page-break-inside:avoid"><table style="width:100%"><tr><td>Betales til kontonr. <b>{{ konto }}</b></td><td>KID <b>{{ kid }}</b></td><td>Forfallsdato <b>{{ due }}</b></td><td class="r">Beløp <b>kr {{ total }}</b></td></tr></table>
{% if foreign %}<div class="small" style="margin-top:4px">Fra utlandet: IBAN {{ iban }}, BIC DNBANOKKXXX.</div>{% endif %}</div>
</body></html>"""
    meta = [("Fakturanr.", no), ("Fakturadato", fd(d)), ("Forfallsdato", fd(due)), ("Kundenr.", f"{rng.randint(200, 899)}")]
    if po:
        meta.append(("Deres ref.", po))
    meta.append(("Vår ref.", rng.choice(["Kari Nilsen", "Espen Hagen", "Ingrid Solberg", "Tor Jørgensen"])))
    tot = [("Sum eks. mva.", money(total), False), ("Merverdiavgift 0 %", "0,00", False)] if zero_row else []
    tot.append((["Å betale NOK", "Totalt å betale", "Å betale NOK", "Sum å betale (NOK)"][i], money(total), True))
    ctx = dict(
        color=color, v_name=vname, v_box=vbox, v_city=vcity, tel=f"{rng.randint(10, 99)} {rng.randint(10, 99)}", dom=vname.split()[0].lower(), org=org_fmt, b_name=bname, b_street=bstreet, b_city=bcity, meta=meta,
        items=[{"day": x["day"].strftime("%d.%m") if x["day"] else "", "dep": x["dep"], "grp": x["grp"], "desc": x["desc"], "q": qstr(x["qty"]) if x["qty"] is not None else "", "unit": x["unit"],
                "p": money(x["price"]) if x["price"] is not None else "", "a": money(x["amount"])} for x in items],
        guests=sum(int(x["qty"]) for x in items if x["unit"] == "gjest"), deps=sum(1 for x in items if x["unit"] == "gjest"), tot=tot,
        konto=_kontonr.format(konto), kid=kid, due=fd(due), total=money(total), foreign=i in (1, 3), iban=iban_fmt(iban("NO", konto)),
    )
    notes = (
        "Svalbard dog-sledding company's FAKTURA in Norwegian (bokmål) to a tour operator, one row per departure (date dd.mm, time, group code, guests x price per guest), no merverdiavgift (Svalbard is outside the Norwegian VAT area): vendor = the company name (AS) at the top; vendor tax id = 'Org.nr.' as printed (9 digits in groups of three, valid under python-stdnum no.orgnr; no MVA suffix, the company is not VAT-registered); the customer number, the KID and the account number are decoys. "
        "invoice_number = 'Fakturanr.'; invoice_date = 'Fakturadato' (" + ["dd.mm.yyyy", "'12. mars 2026'", "dd.mm.yyyy", "'12. mar. 2026'"][i] + "); due_date = 'Forfallsdato' (also in the payment line); the departure dates are decoys. "
        + po_note(po, "Deres ref.")
        + ("subtotal = 'Sum eks. mva.'; tax = 0.00 ('Merverdiavgift 0 %' prints 0,00); " if zero_row else "subtotal and tax = null (only the total is printed); ")
        + f"total = '{tot[-1][0]}' (repeated as 'Beløp kr ...' in the payment line). The guest and departure counts are decoys. Currency NOK. Amounts '12 345,00'. Line items: every row (quantity = guests, pieces, trips"
        + ("; the storm cancellation credit is a negative row with no quantity" if i in (1, 3) else "")
        + ")."
    )
    t = truth(vname, org_fmt, no, po, d, due, "NOK", total if zero_row else None, D(0) if zero_row else None, total, items, notes)
    return t, [fd(d), fd(due), "Org.nr. " + org_fmt, no, po, vname, "NOK" if i != 1 else "kr "], (html, ctx)
