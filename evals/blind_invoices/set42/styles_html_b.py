"""Chromium (HTML) styles for set 42, second part (04 Larnaca hotel-supplies wholesaler's ΤΙΜΟΛΟΓΙΟ in Greek with the
amount payable boxed at the TOP, ΦΠΑ 19 % and 5 % summed per rate, returned goods as NEGATIVE rows and one CREDIT NOTE,
05 Batumi seaside hotel's ანგარიშ-ფაქტურა in Georgian with a table WITHOUT rules, the TOTALS at the LEFT, დღგ 18 % in
lari without grouping and a dollar counter-value)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, long_date
from invoice_kit import css, de, digits, iban, iban_fmt, q2, qstr, rand_date, style_registry, valid
from kit_common import due_note, lines, po_note, truth
from stdnum.cy import vat as cyvat

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Larnaca (ΦΠΑ 19 % / 5 %, EUR), amount at the top, negative rows, a credit note
LC_V = [
    ("ΦΟΙΝΙΚΟΥΔΕΣ ΞΕΝΟΔΟΧΕΙΑΚΑ ΕΙΔΗ ΛΤΔ", "Λεωφ. Αθηνών 58, 6022 Λάρνακα", "#0e7490"),
    ("Κ. ΠΑΠΑΔΟΠΟΥΛΟΣ & ΥΙΟΙ ΕΜΠΟΡΙΚΗ ΛΤΔ", "Οδός Ερμού 112, 6023 Λάρνακα", "#a21caf"),
    ("ΑΛΥΚΗ ΤΡΟΦΙΜΑ ΚΑΙ ΕΞΟΠΛΙΣΜΟΣ ΛΤΔ", "Βιομηχανική Περιοχή Λάρνακας, Οδός 5, 7100", "#15803d"),
    ("ΜΑΚΕΝΖΥ ΧΟΡΕΚΑ ΠΡΟΜΗΘΕΙΕΣ ΛΤΔ", "Πιαλέ Πασά 21, 6028 Λάρνακα", "#b45309"),
]
LC_B = [
    ("Sandy Bay Hotel Ltd", "Λεωφ. Ντεκέλειας 35, 7041 Ορόκλινη"),
    ("ΤΑΒΕΡΝΑ ΤΟ ΚΑΣΤΡΟ", "Φινικούδες 7, 6023 Λάρνακα"),
    ("Ayia Napa Marina Suites Ltd", "Λεωφ. Κρύου Νερού 10, 5330 Αγία Νάπα"),
    ("ΞΕΝΟΔΟΧΕΙΟ ΜΕΝΕΟΥ ΜΠΙΤΣ", "Μενεού, 7578 Λάρνακα"),
]
LC_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, rate)
    ("Πετσέτες μπάνιου 70x140 λευκές", "τεμ.", 10, 200, 6.5, 14, 19),
    ("Σεντόνια διπλά βαμβακερά", "τεμ.", 10, 120, 11, 24, 19),
    ("Απορρυπαντικό πλυντηρίου 20 L", "δοχ.", 1, 20, 28, 55, 19),
    ("Ποτήρια κρασιού 350 ml (κιβ. 24)", "κιβ.", 1, 12, 38, 72, 19),
    ("Καφές espresso 1 kg", "kg", 2, 40, 16, 29, 5),
    ("Ελαιόλαδο παρθένο 5 L", "δοχ.", 1, 30, 32, 52, 5),
    ("Χαλλούμι ΠΟΠ 1 kg", "kg", 5, 60, 9, 14, 5),
    ("Αλεύρι για όλες τις χρήσεις 1 kg (κιβ. 10)", "κιβ.", 1, 30, 9, 16, 5),
    ("Σαμπουάν ξενοδοχείου 30 ml (κιβ. 500)", "κιβ.", 1, 6, 85, 160, 19),
    ("Μεταφορικά", "υπηρ.", 1, 1, 15, 60, 19),
]
LC_HTML = """<html lang="el"><head><meta charset="utf-8"><style>@@BASE@@
table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{background:#f1f5f9;border-bottom:2px solid {{ color }};font-size:7.6pt;text-align:left;padding:3px} table.it td{padding:3px;font-size:8pt;border-bottom:1px solid #ddd} .r{text-align:right;white-space:nowrap} .small{font-size:7pt;color:#555} tr.neg td{color:#b91c1c}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:14pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="small">{{ vaddr }} · Τηλ. 24 {{ tel }}<br>Αρ. Μητρώου ΦΠΑ: {{ vid }} · Αρ. Εγγραφής Εταιρείας: ΗΕ {{ he }}</div></td>
<td style="width:64mm;vertical-align:top"><div style="border:2px solid {{ color }};padding:6px"><div style="font-size:12pt;font-weight:bold">{{ title }}</div><div>Αρ.: <b>{{ no }}</b> · Ημερομηνία: <b>{{ date }}</b></div><div style="margin-top:4px">{{ big_label }}: <b style="font-size:13pt">€ {{ total }}</b></div>{% if due %}<div>Λήξη πληρωμής: {{ due }}</div>{% endif %}</div></td></tr></table>
<table style="width:100%;margin-top:10px;font-size:8.4pt"><tr><td style="vertical-align:top;width:55%"><span class="small">Πελάτης</span><br><b>{{ bname }}</b><br>{{ baddr }}<br><span class="small">Αρ. ΦΠΑ πελάτη: {{ bid }} · Κωδ. πελάτη {{ cust }}</span></td>
<td style="vertical-align:top">{% if po %}Αρ. παραγγελίας: {{ po }}<br>{% endif %}{% if dn %}Δελτίο αποστολής: {{ dn }} ({{ dndate }})<br>{% endif %}{% if orig %}Αφορά τιμολόγιο: {{ orig }} της {{ origdate }}<br>{% endif %}Πωλητής: {{ seller }}</td></tr></table>
<table class="it"><tr><th>Κωδικός</th><th>Περιγραφή</th><th class="r">Ποσότητα</th><th>Μον.</th><th class="r">Τιμή μονάδας</th><th class="r">ΦΠΑ %</th><th class="r">Αξία χωρίς ΦΠΑ</th></tr>
{% for it in items %}<tr{% if it.neg %} class="neg"{% endif %}><td>{{ it.c }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="vertical-align:top;font-size:7.8pt"><table style="border-collapse:collapse"><tr><th style="text-align:left;padding:2px 6px">Ανάλυση ΦΠΑ</th><th class="r" style="padding:2px 6px">Καθαρή αξία</th><th class="r" style="padding:2px 6px">ΦΠΑ</th></tr>
{% for r in rates %}<tr><td style="padding:2px 6px">ΦΠΑ {{ r.r }}%</td><td class="r" style="padding:2px 6px">{{ r.b }}</td><td class="r" style="padding:2px 6px">{{ r.v }}</td></tr>{% endfor %}</table></td>
<td style="vertical-align:top"><table style="margin-left:auto;font-size:8.8pt"><tr><td>Σύνολο καθαρής αξίας</td><td class="r" style="padding-left:16px">{{ net }}</td></tr><tr><td>Σύνολο ΦΠΑ</td><td class="r">{{ tax }}</td></tr><tr style="font-weight:bold;font-size:10pt"><td style="border-top:1px solid #000">{{ total_label }}</td><td class="r" style="border-top:1px solid #000">€ {{ total }}</td></tr></table></td></tr></table>
<div style="margin-top:14px;font-size:8pt">{{ pay }}</div>
<div style="font-size:8pt">{{ bank }} · IBAN {{ acct }} · BIC {{ bic }}</div>
<div class="small" style="margin-top:18px">Τα εμπορεύματα παραμένουν ιδιοκτησία της εταιρείας μέχρι την πλήρη εξόφλησή τους.</div>
</body></html>"""


@style("04", "cy_lca_larnaca_timologio_fpa_19_5_credit")
def s04(rng, i):
    vname, vaddr, color = LC_V[i]
    bname, baddr = LC_B[i]
    d = rand_date(rng)
    items = lines(rng, LC_ROWS, [6, 9, 14, 2][i], D("0.05"))
    for x in items:
        x["rate"] = D(x["extra"])
    credit = i == 3
    if i == 1:  # returned goods as negative rows
        for x in rng.sample(items, 2):
            q = -D(rng.randint(1, max(1, int(x["qty"]) // 3)))
            items.append(dict(desc="Επιστροφή: " + x["desc"], unit=x["unit"], qty=q, price=x["price"], amount=q2(q * x["price"]), rate=x["rate"], extra=x["extra"]))
    if credit:
        for x in items:
            x["qty"] = -x["qty"]
            x["amount"] = -x["amount"]
    summ = by_rate(items)
    net = sum(b for _r, b, _v in summ)
    tax = sum(v for _r, _b, v in summ)
    total = net + tax
    vid = valid(rng, lambda: "CY1" + digits(rng, 7) + rng.choice("ABCDEFGHKLMNPQRSTUVWXYZ"), cyvat.is_valid)
    bid = valid(rng, lambda: "CY1" + digits(rng, 7) + rng.choice("ABCDEFGHKLMNPQRSTUVWXYZ"), cyvat.is_valid)
    no = [f"ΤΙΜ-{rng.randint(10000, 99999)}", f"{rng.randint(1000, 9999)}/{d.year}", f"INV{d.strftime('%y')}{rng.randint(1000, 9999)}", f"ΠΣ-{rng.randint(100, 999)}"][i]
    lng = lambda x: long_date("el_gen", x)  # noqa: E731
    fd = [lambda x: x.strftime("%d/%m/%Y"), lng, lambda x: x.strftime("%d/%m/%Y"), lng][i]
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i in (0, 2) else None
    po = [f"PO{rng.randint(1000, 9999)}", None, f"{rng.randint(100, 999)}-{d.strftime('%y')}", None][i]
    orig = f"{rng.randint(1000, 9999)}/{d.year}" if credit else None
    acct = iban("CY", digits(rng, 3) + digits(rng, 5) + digits(rng, 16))
    pay = (f"Όροι πληρωμής: {(due - d).days} ημέρες από την ημερομηνία τιμολογίου." if due else ("Το ποσό θα συμψηφιστεί με το επόμενο τιμολόγιο." if credit else "Όροι πληρωμής: Μετρητοίς / αντικαταβολή."))
    m = de
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(100000, 999999)}", vid=vid, he=rng.randint(10000, 450000), title="ΠΙΣΤΩΤΙΚΟ ΣΗΜΕΙΩΜΑ" if credit else "ΤΙΜΟΛΟΓΙΟ",
        no=no, date=fd(d), big_label="Ποσό πίστωσης" if credit else "Πληρωτέο ποσό", total=m(total), due=fd(due) if due else None,
        bname=bname, baddr=baddr, bid=bid, cust=f"{rng.randint(1000, 9999)}", po=po, dn=f"ΔΑ-{rng.randint(1000, 9999)}" if i in (0, 2) else None, dndate=fd(d - dt.timedelta(days=rng.randint(0, 5))),
        orig=orig, origdate=fd(d - dt.timedelta(days=rng.randint(10, 60))), seller=rng.choice(["Α. Γεωργίου", "Μ. Χριστοδούλου", "Ε. Ιωάννου"]),
        items=[{"c": f"{rng.randint(10000, 99999)}", "d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": m(x["price"]), "r": x["rate"], "a": m(x["amount"]), "neg": x["amount"] < 0} for x in items],
        rates=[{"r": r, "b": m(b), "v": m(v)} for r, b, v in summ], net=m(net), tax=m(tax), total_label="Σύνολο πίστωσης" if credit else "Γενικό σύνολο",
        pay=pay, bank=rng.choice(["Τράπεζα Κύπρου", "Ελληνική Τράπεζα", "Eurobank Κύπρου"]), acct=iban_fmt(acct), bic=rng.choice(["BCYPCY2N", "HEBACY2N", "EBCYCY2N"]),
    )
    notes = (
        "Larnaca (Cyprus) hotel-supplies wholesaler's " + ("CREDIT NOTE ('ΠΙΣΤΩΤΙΚΟ ΣΗΜΕΙΩΜΑ', all quantities and amounts NEGATIVE, referring to an earlier invoice) " if credit else "invoice ('ΤΙΜΟΛΟΓΙΟ') ")
        + "in Greek with the amount boxed at the TOP right, '1.234,56' euros, ΦΠΑ 19 % on goods and 5 % on food, a per-rate summary ('Ανάλυση ΦΠΑ')"
        + (", returned goods as NEGATIVE rows ('Επιστροφή: …')" if i == 1 else "")
        + ": vendor = the name at the top; vendor_tax_id = its 'Αρ. Μητρώου ΦΠΑ' (CY + 8 digits + letter; the customer's VAT number, the company registration ΗΕ, the IBAN, the customer code and the delivery note are decoys"
        + (", and the invoice it refers to with its date" if credit else "") + "). "
        "invoice_number = 'Αρ.' in the box; invoice_date = 'Ημερομηνία' (" + ["dd/mm/yyyy", "Greek words ('12 Μαρτίου 2026')", "dd/mm/yyyy", "Greek words"][i] + "). "
        + due_note(due, None if due else pay, "Λήξη πληρωμής")
        + po_note(po, "Αρ. παραγγελίας")
        + "subtotal = 'Σύνολο καθαρής αξίας'; tax = 'Σύνολο ΦΠΑ'; total = '" + ("Σύνολο πίστωσης" if credit else "Γενικό σύνολο") + "'. Currency EUR. Line items: every row (net)."
        + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, vid, no, po, d, due, "EUR", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, vid, ctx["total_label"], fd(due) if due else None, bid, orig, ctx["title"]]}
    return t, chk, (LC_HTML.replace("@@BASE@@", css(margin="12mm 14mm", fs="8.6pt")), ctx)


# =========================================================================== 05 Batumi (დღგ 18 %, GEL), no rules, totals at the left, USD counter-value
BT_V = [
    ("შპს „ბათუმის ბულვარის სასტუმრო“", "ნინოშვილის ქ. 14, ბათუმი 6010", "#0369a1"),
    ("შპს „აჭარა რივიერა ჰოტელსი“", "ჭავჭავაძის ქ. 55, ბათუმი 6000", "#be123c"),
    ("შპს „მწვანე კონცხის სასტუმრო“", "მწვანე კონცხი, ბათუმი 6411", "#15803d"),
    ("სს „შავი ზღვის სასტუმროები“", "რუსთაველის გამზ. 30, ბათუმი 6010", "#7c2d12"),
]
BT_B = [
    ("შპს „ჯორჯიან ჰოლიდეიზ“", "თბილისი, რუსთაველის გამზ. 12"),
    ("შპს „ქუთაისი ტური“", "ქუთაისი, წერეთლის ქ. 7"),
    ("ააიპ „ბიზნეს ასოციაცია“", "თბილისი, ვაჟა-ფშაველას გამზ. 71"),
    ("შპს „კავკასიონ ტრეველი“", "ბათუმი, გორგილაძის ქ. 40"),
]
BT_ROWS = [
    ("ორადგილიანი ნომერი, ზღვის ხედით", "ღამე", 2, 40, 180, 420),
    ("ერთადგილიანი ნომერი", "ღამე", 1, 20, 120, 260),
    ("საუზმე (შვედური მაგიდა)", "პერსონა", 2, 80, 25, 45),
    ("სადილი რესტორანში", "პერსონა", 2, 60, 45, 90),
    ("საკონფერენციო დარბაზი", "დღე", 1, 3, 400, 1200),
    ("ტრანსფერი აეროპორტიდან", "რეისი", 1, 6, 40, 90),
    ("სპა პროცედურა", "სეანსი", 1, 10, 70, 160),
    ("მინიბარი", "ცალი", 1, 20, 6, 18),
]
BT_HTML = """<html lang="ka"><head><meta charset="utf-8"><style>@@BASE@@
table.it{width:100%;border-collapse:collapse;margin-top:12px} table.it th{font-size:7.4pt;text-align:left;padding:3px;color:{{ color }}} table.it td{padding:3px;font-size:8pt} .r{text-align:right;white-space:nowrap} .small{font-size:7pt;color:#555}
</style></head><body>
<div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="small">{{ vaddr }} · ტელ. +995 422 {{ tel }}<br>საიდენტიფიკაციო კოდი: {{ vid }}</div>
<div style="font-size:14pt;font-weight:bold;margin-top:12px">ანგარიშ-ფაქტურა № {{ no }}</div>
<table style="width:100%;font-size:8.4pt;margin-top:4px"><tr><td style="vertical-align:top;width:50%">თარიღი: <b>{{ date }}</b>{% if due %}<br>გადახდის ვადა: <b>{{ due }}</b>{% endif %}{% if po %}<br>შეკვეთის №: {{ po }}{% endif %}{% if contract %}<br>ხელშეკრულება № {{ contract }}{% endif %}<br>ჯავშანი: {{ booking }} ({{ stay }})</td>
<td style="vertical-align:top">მყიდველი:<br><b>{{ bname }}</b><br>{{ baddr }}<br><span class="small">მყიდველის ს/კ: {{ bid }}</span></td></tr></table>
<table class="it"><tr><th>№</th><th>დასახელება</th><th>ერთეული</th><th class="r">რაოდენობა</th><th class="r">ფასი</th><th class="r">თანხა</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:16px"><tr><td style="vertical-align:top;width:50%"><table style="font-size:8.8pt">
<tr><td>ჯამი დღგ-ს გარეშე</td><td class="r" style="padding-left:14px">{{ net }} ლარი</td></tr><tr><td>დღგ 18%</td><td class="r">{{ tax }} ლარი</td></tr>
<tr style="font-weight:bold;font-size:10pt"><td style="border-top:2px solid {{ color }}">სულ გადასახდელი</td><td class="r" style="border-top:2px solid {{ color }}">{{ total }} ლარი</td></tr></table>
{% if usd %}<div class="small" style="margin-top:6px">ეკვივალენტი: {{ usd }} USD (ეროვნული ბანკის კურსით {{ fx }})</div>{% endif %}</td>
<td style="vertical-align:top;font-size:7.8pt">საბანკო რეკვიზიტები:<br>{{ bank }}<br>IBAN: {{ acct }}<br><br>{{ pay }}<br><br>დირექტორი: ____________ {{ signer }}</td></tr></table>
</body></html>"""


@style("05", "ge_bus_batumi_angarish_faktura_dgg_18_totals_left")
def s05(rng, i):
    vname, vaddr, color = BT_V[i]
    bname, baddr = BT_B[i]
    d = rand_date(rng)
    items = lines(rng, BT_ROWS, [4, 1, 8, 6][i], D("0.5"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.18"))
    total = net + tax
    m = lambda x: f"{x:.2f}"  # noqa: E731 -- lari as "1234.56", no grouping
    vid = f"{rng.choice(['2', '4'])}{digits(rng, 8)}"
    no = [f"{rng.randint(100, 9999)}", f"BT-{rng.randint(1000, 9999)}", f"{d.strftime('%y%m')}-{rng.randint(10, 99)}", f"INV{rng.randint(10000, 99999)}"][i]
    lng = lambda x: long_date("ka", x, "{d} {m} {y} წ.")  # noqa: E731
    fd = [lambda x: x.strftime("%d.%m.%Y"), lng, lambda x: x.strftime("%d/%m/%Y"), lng][i]
    due = d + dt.timedelta(days=rng.choice([5, 10, 15])) if i != 1 else None
    po = [None, None, f"PO-{rng.randint(100, 999)}", f"{rng.randint(10, 99)}/{d.year}"][i]
    fx = D(rng.choice(["2.68", "2.71", "2.74", "2.79"]))
    usd = str(q2(total / fx)) if i in (0, 3) else None
    acct = iban("GE", rng.choice(["TB", "BG", "LB"]) + digits(rng, 16))
    stay = d - dt.timedelta(days=rng.randint(1, 12))
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"2{rng.randint(10, 99)} {rng.randint(100, 999)}", vid=vid, no=no, date=fd(d), due=fd(due) if due else None, po=po,
        contract=f"{rng.randint(1, 99)}/{d.year}" if i in (0, 2) else None, booking=f"R{rng.randint(100000, 999999)}", stay=stay.strftime("%d.%m.%Y"),
        bname=bname, baddr=baddr, bid=f"{rng.choice(['2', '4'])}{digits(rng, 8)}",
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": m(x["price"]), "a": m(x["amount"])} for x in items],
        net=m(net), tax=m(tax), total=m(total), usd=usd, fx=fx, bank=rng.choice(["სს „თიბისი ბანკი“", "სს „საქართველოს ბანკი“", "სს „ლიბერთი ბანკი“"]), acct=acct,
        pay=f"გადახდა {fd(due)}-მდე უნაღდო ანგარიშსწორებით." if due else "გადახდილია ნაღდი ანგარიშსწორებით მიღებისას.", signer=rng.choice(["ნ. ბერიძე", "თ. ხალვაში", "გ. ტაკიძე"]),
    )
    notes = (
        "Batumi (Adjara, Georgia) seaside hotel's invoice ('ანგარიშ-ფაქტურა') in Georgian (Mkhedruli script) to a tour operator, a table WITHOUT rules and the TOTALS at the LEFT with the bank beside them, "
        "lari with a decimal point and no grouping ('1234.56 ლარი'), დღგ (VAT) 18 %" + (", a US-dollar counter-value at the National Bank rate" if usd else "")
        + ": vendor = the name at the top; vendor_tax_id = its 'საიდენტიფიკაციო კოდი' (9 digits; the buyer's code, the IBAN, the contract and the booking number with the stay date are decoys). "
        "invoice_number = 'ანგარიშ-ფაქტურა №'; invoice_date = 'თარიღი' (" + ["dd.mm.yyyy", "Georgian words ('12 მარტი 2026 წ.')", "dd/mm/yyyy", "Georgian words"][i] + "). "
        + due_note(due, "გადახდილია ნაღდი ანგარიშსწორებით მიღებისას", "გადახდის ვადა")
        + po_note(po, "შეკვეთის №")
        + "subtotal = 'ჯამი დღგ-ს გარეშე'; tax = 'დღგ 18%'; total = 'სულ გადასახდელი'. Currency GEL. Line items: every row."
    )
    t = truth(vname, vid, no, po, d, due, "GEL", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "სულ გადასახდელი", fd(due) if due else None, usd, ctx["booking"]]}
    return t, chk, (BT_HTML.replace("@@BASE@@", css(margin="13mm 14mm", fs="8.6pt")), ctx)
