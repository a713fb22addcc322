"""Chromium (HTML) styles for set 66, second part (04 Herceg Novi fiscal RAČUN in Montenegrin on an 80 mm TILL ROLL,
prices including PDV 21 % and 7 %, IKOF / JIKR, a discount row on two and the buyer's PIB on one; 05 Komotini
ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ in Greek for professional services by the hour, the seller in a coloured LEFT SIDEBAR,
labels in small capitals ABOVE the values, descriptions wrapped over two or three lines, ΦΠΑ 24 % and on two the
20 % withholding tax deducted below the total)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, by_rate_gross, group4, long_date, rand_iban, vid
from invoice_kit import css, de, digits, exact_price, q2, qstr, rand_date, style_registry
from kit_common import due_note, po_note, qr_svg, truth
from stdnum.gr import vat as grvat
from stdnum.me import pib

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Herceg Novi (PDV 21/7, EUR), 80 mm till roll
HN_V = [  # (trading name, legal name, address, kind)
    ("KONOBA BOKELJSKI DVORI", "Bokeljski dvori d.o.o.", "Njegoševa 31, 85340 Herceg Novi", "food"),
    ("APOTEKA SAVINA", "Farmacija Savina d.o.o.", "Šetalište pet Danica 14, 85340 Herceg Novi", "pharmacy"),
    ("NAUTIKA KUMBOR SHOP", "Marina Kumbor Servis d.o.o.", "Kumbor bb, 85346 Kumbor, Herceg Novi", "marine"),
    ("PEKARA IGALO", "Pekara i poslastičarnica Igalo d.o.o.", "Sava Kovačevića 2, 85347 Igalo, Herceg Novi", "bakery"),
]
HN_ROWS = {  # (desc, lo, hi, qmax, rate)
    "food": [("Riblja čorba", 4.5, 7.5, 4, 21), ("Lignje na žaru", 12, 18, 3, 21), ("Crni rižoto", 11, 16, 3, 21), ("Brancin 1 kg", 45, 65, 1, 21),
             ("Vranac Plantaže 0,75", 18, 32, 2, 21), ("Voda Rosa 0,75", 2.5, 4, 3, 21), ("Hljeb domaći", 1.5, 3, 2, 7), ("Palačinke", 4, 6.5, 3, 21)],
    "pharmacy": [("Brufen 400 mg 30 tbl", 3.2, 5.8, 2, 7), ("Panadol 500 mg 24 tbl", 2.4, 4.6, 3, 7), ("Krema za sunčanje SPF50", 12, 24, 2, 21),
                 ("Vitamin C 1000 šumeće", 4, 8, 3, 21), ("Flaster vodootporni", 2, 4.5, 3, 21), ("Aspirin C 10 tbl", 5, 8, 2, 7), ("Termometar digitalni", 6, 14, 1, 21)],
    "marine": [("Konop poliester 12 mm / m", 1.8, 3.2, 30, 21), ("Bokobran 15x58", 18, 34, 4, 21), ("Ulje za motore 2T 1 l", 9, 15, 6, 21),
               ("Sidro 10 kg galvanizirano", 58, 95, 1, 21), ("Karta navigaciona Boka", 15, 25, 1, 21), ("Led kocke 2 kg", 1.5, 3, 5, 7)],
    "bakery": [("Burek sa sirom", 1.8, 2.6, 6, 7), ("Kifla", 0.3, 0.6, 12, 7), ("Hljeb bijeli 500 g", 0.9, 1.4, 6, 7), ("Krofna", 0.8, 1.3, 8, 21),
               ("Jogurt 1 l", 1.2, 1.9, 4, 7), ("Kafa espresso", 1.2, 1.8, 4, 21), ("Torta čokoladna, komad", 2.5, 3.8, 4, 21)],
}
HN_HTML = """<html lang="sr-ME"><head><meta charset="utf-8"><style>@page{size:80mm {{ h }}mm;margin:4mm 4mm}
body{font-family:'DejaVu Sans Condensed','DejaVu Sans',sans-serif;font-size:7.6pt;color:#000;margin:0}
.c{text-align:center} .r{text-align:right;white-space:nowrap} .hr{border-top:1px dashed #000;margin:3px 0} table{width:100%;border-collapse:collapse} td{padding:0;vertical-align:top}
.big{font-size:11pt;font-weight:bold}
</style></head><body>
<div class="c" style="font-size:10pt;font-weight:bold">{{ trade }}</div>
<div class="c">{{ legal }}<br>{{ addr }}<br>PIB: {{ vpib }}<br>PDV br.: {{ pdvno }}</div>
<div class="hr"></div>
<div class="c" style="font-weight:bold">FISKALNI RAČUN</div>
<table><tr><td>Broj računa:</td><td class="r">{{ no }}</td></tr>
<tr><td>Datum i vrijeme:</td><td class="r">{{ dtime }}</td></tr>
<tr><td>ENU:</td><td class="r">{{ enu }}</td></tr><tr><td>Operater:</td><td class="r">{{ oper }}</td></tr>
{% if table_no %}<tr><td>Sto:</td><td class="r">{{ table_no }}</td></tr>{% endif %}</table>
{% if buyer %}<div class="hr"></div><div>Kupac: {{ buyer }}<br>PIB kupca: {{ bpib }}</div>{% endif %}
<div class="hr"></div>
<table>{% for it in items %}<tr><td colspan="2">{{ it.d }}</td></tr><tr><td style="padding-left:6px">{{ it.q }} x {{ it.p }} [{{ it.l }}]</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
{% if disc %}<tr><td>{{ disc_l }} [{{ disc_letter }}]</td><td class="r">{{ disc }}</td></tr>{% endif %}</table>
<div class="hr"></div>
<table><tr><td class="big">UKUPNO EUR</td><td class="r big">{{ total }}</td></tr></table>
<div class="hr"></div>
<table><tr><td>Oznaka</td><td class="r">Stopa</td><td class="r">Osnovica</td><td class="r">PDV</td></tr>
{% for r in rates %}<tr><td>{{ r.l }}</td><td class="r">{{ r.r }}%</td><td class="r">{{ r.b }}</td><td class="r">{{ r.t }}</td></tr>{% endfor %}</table>
<table style="margin-top:2px"><tr><td>Ukupno bez PDV:</td><td class="r">{{ net }}</td></tr><tr><td>Ukupno PDV:</td><td class="r">{{ tax }}</td></tr></table>
<div class="hr"></div>
<table><tr><td>Način plaćanja:</td><td class="r">{{ pay }}</td></tr>{% if given %}<tr><td>Primljeno:</td><td class="r">{{ given }}</td></tr><tr><td>Kusur:</td><td class="r">{{ change }}</td></tr>{% endif %}{% if card %}<tr><td>Kartica:</td><td class="r">{{ card }}</td></tr><tr><td>Autorizacija:</td><td class="r">{{ auth }}</td></tr>{% endif %}</table>
<div class="hr"></div>
<div style="font-size:6.4pt;word-break:break-all">IKOF: {{ ikof }}<br>JIKR: {{ jikr }}</div>
<div class="c" style="margin-top:4px">{{ qr | safe }}</div>
<div class="c" style="font-size:6.6pt;margin-top:2px">Hvala na posjeti! · Dobro došli ponovo<br>{{ foot }}</div>
</body></html>"""


def _hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _code(rng):
    return "".join(rng.choice("abcdefghjkmnprstuvz") for _ in range(2)) + digits(rng, 3) + "".join(rng.choice("abcdefghjkmnprstuvz") for _ in range(2)) + digits(rng, 3)


@style("04", "me_hno_herceg_novi_fiskalni_racun_pdv_21_7_till_80mm")
def s04(rng, i):
    trade, legal, addr, kind = HN_V[i]
    d = rand_date(rng)
    rows = rng.sample(HN_ROWS[kind], [5, 4, 3, 6][i])
    items = []
    for desc, lo, hi, qmax, rate in rows:
        q = D(rng.randint(1, qmax))
        p = exact_price(rng, q, D(str(lo)), D(str(hi)), D("0.10") if kind != "bakery" else D("0.05"))
        items.append({"desc": desc, "qty": q, "price": p, "amount": q2(q * p), "rate": rate})
    disc = None
    if i in (0, 2):
        pct = D(rng.choice([5, 10, 15]))
        base_rate = max(items, key=lambda x: x["amount"])["rate"]
        base = sum(x["amount"] for x in items if x["rate"] == base_rate)
        disc = -q2(base * pct / 100)
        items.append({"desc": f"Popust {pct}%", "qty": None, "price": None, "amount": disc, "rate": base_rate, "show_qty": False})
    letters = {21: "A", 7: "B"}
    rates = by_rate_gross(items)
    total = sum(g for *_, g in rates)
    tax = sum(t for _, _, t, _ in rates)
    net = total - tax
    vpib = vid(rng, 8, pib, "02")
    bpib = vid(rng, 8, pib, "03") if i == 2 else None
    unit, tcr = _code(rng), _code(rng)
    ordn = rng.randint(10, 9999)
    no = [f"{unit}/{ordn}/{d.year}/{tcr}", f"{ordn}/{d.year}", f"{unit}/{ordn}/{d.year}/{tcr}", f"{ordn}/{d.year}"][i]
    hh, mm, ss = rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59)
    dstr = [d.strftime("%d.%m.%Y."), d.strftime("%d.%m.%Y"), d.strftime("%d.%m.%Y."), d.strftime("%d.%m.%Y")][i]
    cash = i in (0, 3)
    given = None
    if cash:
        given = ((total // 5) + 1) * 5 if total % 5 else total
        if rng.random() < 0.5:
            given = ((total // 10) + 1) * 10
    ikof = _hex(rng, 32).upper()
    jikr = f"{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}"
    ctx = dict(
        h=112 + 7 * len(items) + (9 if bpib else 0) + (4 if kind == "food" else 0), trade=trade, legal=legal, addr=addr, vpib=vpib, pdvno=f"{rng.choice([30, 40, 81])}/{rng.randint(31, 33)}-{digits(rng, 5, True)}-{rng.randint(1, 9)}",
        no=no, dtime=f"{dstr} {hh:02d}:{mm:02d}:{ss:02d}", enu=tcr, oper=_code(rng), table_no=str(rng.randint(1, 24)) if kind == "food" else None,
        buyer="Jadranski sajam a.d. Budva" if bpib else None, bpib=bpib,
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "p": de(x["price"]), "l": letters[x["rate"]], "a": de(x["amount"])} for x in items if x.get("qty") is not None],
        disc=de(disc) if disc else None, disc_l=items[-1]["desc"] if disc else None, disc_letter=letters[items[-1]["rate"]] if disc else None,
        total=de(total), rates=[{"l": letters[r], "r": r, "b": de(b), "t": de(t)} for r, b, t, _ in rates], net=de(net), tax=de(tax),
        pay="Gotovina" if cash else ("Kartica" if i == 1 else "Virman"), given=de(given) if given else None, change=de(given - total) if given else None,
        card=f"{rng.choice(['VISA', 'Mastercard', 'Maestro'])} ****{digits(rng, 4)}" if i == 1 else None, auth=digits(rng, 6),
        ikof=ikof, jikr=jikr, qr=qr_svg(rng, 24), foot=f"Kasa {rng.randint(1, 4)} · Softver: Fiskal ME {rng.randint(2, 5)}.{rng.randint(0, 9)}",
    )
    notes = (
        "Herceg Novi (Montenegro) fiscal RAČUN in Montenegrin (Latin) on an 80 mm TILL ROLL: the trading name over the legal name, PIB and PDV number, each item on two lines ('2 x 3,50 [A]'), prices INCLUDING PDV (A 21 %, B 7 %), "
        "a per-rate table with 'Ukupno bez PDV' and 'Ukupno PDV', IKOF / JIKR and a QR: vendor = the legal name under the trading name; vendor_tax_id = 'PIB' (the PDV registration number"
        + (", the buyer's 'PIB kupca'" if bpib else "") + ", ENU, operator code, IKOF and JIKR are decoys). invoice_number = 'Broj računa' as printed"
        + (" (the fiscal form business-unit/number/year/ENU)" if "/" in no and len(no) > 12 else "")
        + "; invoice_date = the date of 'Datum i vrijeme'. No due date (paid at the till). No PO. "
        "subtotal = 'Ukupno bez PDV'; tax = 'Ukupno PDV'; total = 'UKUPNO EUR'" + (" (cash given and change are decoys)" if given else "")
        + ". Currency EUR. Line items: every item, VAT-inclusive" + (", and the discount row (negative, no quantity)" if disc else "") + "; they sum to the total."
    )
    t = truth(legal, vpib, no, None, d, None, "EUR", net, tax, total, items, notes)
    chk = {"printed": [dstr, no, legal, vpib, "UKUPNO EUR", bpib, jikr, de(given - total) if given else None]}
    return t, chk, (HN_HTML, ctx)


# =========================================================================== 05 Komotini (ΦΠΑ 24, EUR), services by the hour, left sidebar, withholding
KO_V = [  # (name, profession line, address, colour, freelancer)
    ("ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΕΩΡΓΙΟΣ", "Πολιτικός Μηχανικός Ε.Μ.Π. · Μελέτες – Επιβλέψεις", "Βασ. Γεωργίου 42, 691 00 Κομοτηνή", "#0c4a6e", True),
    ("ΘΡΑΚΙΚΗ ΛΟΓΙΣΤΙΚΗ Ι.Κ.Ε.", "Λογιστικές και φοροτεχνικές υπηρεσίες", "Πλατεία Ειρήνης 7, 691 32 Κομοτηνή", "#14532d", False),
    ("ΧΑΤΖΗΟΓΛΟΥ ΑΙΚΑΤΕΡΙΝΗ", "Δικηγόρος παρ' Αρείω Πάγω · ΑΜ ΔΣ Ροδόπης 318", "Ορφέως 19, 691 00 Κομοτηνή", "#7c2d12", True),
    ("ΡΟΔΟΠΗ ΠΛΗΡΟΦΟΡΙΚΗ Μ.Ι.Κ.Ε.", "Ανάπτυξη λογισμικού και υποστήριξη συστημάτων", "Λεωφ. Ορφέως 88, 691 33 Κομοτηνή", "#4c1d95", False),
]
KO_B = [("ΔΗΜΟΣ ΚΟΜΟΤΗΝΗΣ", "Πλατεία Βυζαντίου 1, 691 33 Κομοτηνή"), ("ΕΛΑΙΟΥΡΓΙΚΗ ΘΡΑΚΗΣ Α.Ε.", "ΒΙ.ΠΕ. Κομοτηνής, 691 00 Κομοτηνή"),
        ("ΑΓΡΟΤΙΚΟΣ ΣΥΝΕΤΑΙΡΙΣΜΟΣ ΣΑΠΩΝ", "Σάπες, 693 00 Ροδόπη"), ("ΔΗΜΟΚΡΙΤΕΙΟ ΠΑΝΕΠΙΣΤΗΜΙΟ ΘΡΑΚΗΣ – ΕΛΚΕ", "Πανεπιστημιούπολη, 691 00 Κομοτηνή")]
KO_ROWS = [
    [("Σύνταξη στατικής μελέτης για την ενίσχυση φέρουσας τοιχοποιίας στο κτίριο του πρώην Καπνεργοστασίου, με έλεγχο σε σεισμό κατά ΚΑΝ.ΕΠΕ.", 45, 70),
     ("Αυτοψία και αποτύπωση φθορών με φωτογραφική τεκμηρίωση, σύνταξη τεχνικής έκθεσης", 40, 60),
     ("Επίβλεψη εργασιών αποκατάστασης στέγης, συμμετοχή σε συσκέψεις με τον ανάδοχο και τήρηση ημερολογίου έργου", 40, 65)],
    [("Τήρηση βιβλίων και σύνταξη περιοδικών δηλώσεων ΦΠΑ, διασταύρωση με τα δεδομένα του myDATA", 35, 55),
     ("Σύνταξη μισθοδοσίας και υποβολή ΑΠΔ για το προσωπικό της συγκομιδής, ενημέρωση ΕΡΓΑΝΗ", 30, 50),
     ("Φοροτεχνική υποστήριξη κατά τον έλεγχο της ΑΑΔΕ, προετοιμασία φακέλου και παράσταση", 50, 80)],
    [("Νομική γνωμοδότηση επί της σύμβασης μίσθωσης αγροτεμαχίων και των όρων ανανέωσης της", 70, 110),
     ("Σύνταξη και κατάθεση αγωγής ενώπιον του Μονομελούς Πρωτοδικείου Ροδόπης, μελέτη φακέλου", 80, 120),
     ("Παράσταση σε γενική συνέλευση των μελών του συνεταιρισμού και σύνταξη πρακτικού", 60, 100)],
    [("Ανάπτυξη λειτουργιών στο πληροφοριακό σύστημα διαχείρισης ερευνητικών έργων, ενότητα προμηθειών, με τεκμηρίωση και δοκιμές αποδοχής", 35, 60),
     ("Μετάπτωση δεδομένων από το παλαιό σύστημα και έλεγχος ακεραιότητας", 35, 55),
     ("Εκπαίδευση χρηστών των γραμματειών σε δύο κύκλους", 30, 50)],
]
KO_HTML = """<html lang="el"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:absolute;top:0;left:0;bottom:0;width:56mm;background:{{ color }};color:#fff;padding:12mm 6mm;box-sizing:border-box}
.side .n{font-family:'DejaVu Serif',serif;font-size:12pt;font-weight:bold;line-height:1.2} .side .k{font-size:6pt;letter-spacing:1px;color:#cbd5e1;margin-top:9px} .side .v{font-size:8.2pt}
.main{margin-left:64mm;margin-right:12mm;padding-top:12mm} .k{font-size:6pt;letter-spacing:1px;color:#64748b} .v{font-size:9.2pt;font-weight:bold}
.grid td{padding:4px 14px 4px 0;vertical-align:top}
table.it{width:100%;border-collapse:collapse;margin-top:12px;font-size:8.2pt} table.it th{text-align:left;font-size:6pt;letter-spacing:1px;color:#64748b;font-weight:normal;padding:3px;border-bottom:2px solid {{ color }}} table.it th.r{text-align:right} table.it td{padding:5px 3px;border-bottom:1px solid #e5e7eb;vertical-align:top}
.r{text-align:right;white-space:nowrap}
</style></head><body>
<div class="side"><div class="n">{{ vname }}</div><div class="v" style="margin-top:4px;opacity:.9">{{ prof }}</div>
<div class="k">ΔΙΕΥΘΥΝΣΗ</div><div class="v">{{ vaddr }}</div>
<div class="k">Α.Φ.Μ.</div><div class="v">{{ vafm }}</div>
<div class="k">Δ.Ο.Υ.</div><div class="v">Κομοτηνής</div>
<div class="k">{{ reg_l }}</div><div class="v">{{ reg }}</div>
<div class="k">ΤΗΛΕΦΩΝΟ</div><div class="v">25310 {{ tel }}</div>
<div class="k">ΤΡΑΠΕΖΑ</div><div class="v">{{ bank }}<br>{{ ibanv }}</div>
<div style="position:absolute;bottom:12mm;left:6mm;right:6mm">{{ qr | safe }}<div class="k" style="color:#e2e8f0">ΜΑΡΚ {{ mark }}</div><div style="font-size:5.8pt;color:#cbd5e1;word-break:break-all">UID {{ uid }}</div></div></div>
<div class="main"><div style="font-size:17pt;font-weight:bold;color:{{ color }}">ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ</div><div class="k" style="margin-top:2px">ΠΡΩΤΟΤΥΠΟ · ΣΕΛΙΔΑ 1 / 1</div>
<table class="grid" style="margin-top:10px"><tr><td><div class="k">ΣΕΙΡΑ</div><div class="v">{{ series }}</div></td><td><div class="k">ΑΡΙΘΜΟΣ</div><div class="v">{{ no }}</div></td>
<td><div class="k">ΗΜΕΡΟΜΗΝΙΑ ΕΚΔΟΣΗΣ</div><div class="v">{{ d }}</div></td><td><div class="k">ΤΡΟΠΟΣ ΠΛΗΡΩΜΗΣ</div><div class="v">{{ pay }}</div></td></tr>
<tr>{% if due %}<td colspan="2"><div class="k">ΗΜΕΡΟΜΗΝΙΑ ΛΗΞΗΣ</div><div class="v">{{ due }}</div></td>{% else %}<td colspan="2"></td>{% endif %}
<td colspan="2">{% if po %}<div class="k">{{ po_l }}</div><div class="v">{{ po }}</div>{% endif %}</td></tr></table>
<div style="margin-top:8px;border:1px solid #cbd5e1;padding:6px 8px"><div class="k">ΣΤΟΙΧΕΙΑ ΠΕΛΑΤΗ</div><div class="v">{{ bname }}</div><div style="font-size:8.2pt">{{ baddr }}<br>Α.Φ.Μ. {{ bafm }} · Δ.Ο.Υ. {{ bdoy }}</div></div>
<table class="it"><tr><th style="width:4%">Α/Α</th><th>ΠΕΡΙΓΡΑΦΗ ΥΠΗΡΕΣΙΑΣ</th><th class="r">ΩΡΕΣ</th><th class="r">ΤΙΜΗ / ΩΡΑ</th><th class="r">ΦΠΑ</th><th class="r">ΑΞΙΑ</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">24%</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:12px;font-size:8.8pt;border-collapse:collapse">
<tr><td class="k" style="padding:3px 16px">ΚΑΘΑΡΗ ΑΞΙΑ</td><td class="r">{{ net }} €</td></tr>
<tr><td class="k" style="padding:3px 16px">Φ.Π.Α. 24%</td><td class="r">{{ tax }} €</td></tr>
<tr><td class="k" style="padding:5px 16px;border-top:2px solid {{ color }};color:{{ color }}">ΣΥΝΟΛΙΚΗ ΑΞΙΑ</td><td class="r" style="border-top:2px solid {{ color }};font-size:12pt;font-weight:bold;color:{{ color }}">{{ total }} €</td></tr>
{% if wht %}<tr><td class="k" style="padding:3px 16px">ΠΑΡΑΚΡΑΤΗΣΗ ΦΟΡΟΥ 20%</td><td class="r">−{{ wht }} €</td></tr>
<tr><td class="k" style="padding:3px 16px">ΠΛΗΡΩΤΕΟ ΠΟΣΟ</td><td class="r"><b>{{ payable }} €</b></td></tr>{% endif %}</table>
<div style="margin-top:16px;font-size:7.4pt;color:#475569">{{ remark }}</div>
<div style="margin-top:6px;font-size:6.8pt;color:#94a3b8">Εκδόθηκε μέσω παρόχου ηλεκτρονικής τιμολόγησης {{ provider }} · Η άθροιση των ωρών βασίζεται στο συνημμένο φύλλο χρεώσεων.</div>
</div></body></html>"""


@style("05", "gr_kom_komotini_timologio_parochis_fpa_24_hours_sidebar_left_parakratisi")
def s05(rng, i):
    vname, prof, vaddr, color, freelancer = KO_V[i]
    bname, baddr = KO_B[i]
    d = rand_date(rng)
    rows = KO_ROWS[i][: [3, 2, 3, 2][i]]
    items = []
    for desc, lo, hi in rows:
        q = D(rng.randint(4, 60)) / 2
        p = exact_price(rng, q, D(lo), D(hi), D("1"))
        items.append({"desc": desc, "qty": q, "price": p, "amount": q2(q * p), "rate": 24})
    net = sum(x["amount"] for x in items)
    tax = by_rate(items)[0][2]
    total = net + tax
    wht = q2(net * D("0.20")) if freelancer else None
    vafm = vid(rng, 9, grvat, first_nonzero=False)
    bafm = vid(rng, 9, grvat, first_nonzero=False)
    series = ["ΤΠΥ", "Α", "ΤΠΥ-Β", "ΤΠ"][i]
    no = str(rng.randint(12, 940))
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "el"), lambda x: f"{x.day}-{x.month}-{x.year}", lambda x: x.strftime("%d/%m/%Y")][i]
    due = {0: None, 1: d + dt.timedelta(days=30), 2: None, 3: d + dt.timedelta(days=60)}[i]
    po = {0: f"{rng.randint(100, 999)}/{d.year}", 1: None, 2: None, 3: f"{rng.randint(1000, 9999)}/{d.strftime('%d-%m-%Y')}"}[i]
    po_l = "ΑΡ. ΣΥΜΒΑΣΗΣ" if i == 0 else "ΑΡ. ΠΑΡΑΓΓΕΛΙΑΣ (ΕΛΚΕ)"
    ibanv = group4(rand_iban(rng, "GR", 23, rng.choice(["0110", "0140", "0172", "0260"])))
    ctx = dict(
        color=color, vname=vname, prof=prof, vaddr=vaddr, vafm=vafm, reg_l="ΑΡ. ΓΕΜΗ" if not freelancer else ("ΑΡ. ΜΗΤΡΩΟΥ ΤΕΕ" if i == 0 else "ΑΡ. ΜΗΤΡΩΟΥ ΔΣ"),
        reg=digits(rng, 12, True) if not freelancer else digits(rng, 6, True), tel=digits(rng, 5, True), bank=rng.choice(["Εθνική Τράπεζα", "Τράπεζα Πειραιώς", "Eurobank"]), ibanv=ibanv,
        qr=qr_svg(rng, 22), mark=digits(rng, 15, True), uid=_hex(rng, 40).upper(), series=series, no=no, d=fd(d),
        pay={0: "Επί πιστώσει", 1: "Κατάθεση σε λογαριασμό", 2: "Μετρητοίς", 3: "Επί πιστώσει"}[i], due=fd(due) if due else None, po=po, po_l=po_l,
        bname=bname, baddr=baddr, bafm=bafm, bdoy=rng.choice(["Κομοτηνής", "Ξάνθης", "ΦΑΕ Θεσσαλονίκης"]),
        items=[{"d": x["desc"], "q": de(x["qty"], 1), "p": de(x["price"]), "a": de(x["amount"])} for x in items],
        net=de(net), tax=de(tax), total=de(total), wht=de(wht) if wht else None, payable=de(total - wht) if wht else None,
        remark=("Παρακρατείται φόρος εισοδήματος 20% επί της καθαρής αξίας (άρθρο 64 ν. 4172/2013). " if wht else "") + "Παρακαλούμε αναγράψτε τη σειρά και τον αριθμό του τιμολογίου στην αιτιολογία της κατάθεσης.",
        provider=rng.choice(["Epsilon Smart", "Softone", "Entersoft"]),
    )
    notes = (
        "Komotini (Rhodope, Greece) ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ in Greek for professional services BY THE HOUR (hours in halves, '12,5'), the seller's details in a coloured LEFT SIDEBAR, labels in small CAPITALS ABOVE the values, "
        "descriptions WRAPPED over two or three lines, ΦΠΑ 24 %, '1.234,56 €': vendor = the name at the top of the sidebar; vendor_tax_id = the sidebar's 'Α.Φ.Μ.' (the ΓΕΜΗ or professional register, the customer's Α.Φ.Μ., the IBAN, ΜΑΡΚ and UID are decoys). "
        "invoice_number = 'ΑΡΙΘΜΟΣ' alone (the 'ΣΕΙΡΑ' beside it is the series); invoice_date = 'ΗΜΕΡΟΜΗΝΙΑ ΕΚΔΟΣΗΣ'. "
        + due_note(due, "Μετρητοίς" if i == 2 else ("Επί πιστώσει" if i == 0 else None), "ΗΜΕΡΟΜΗΝΙΑ ΛΗΞΗΣ")
        + po_note(po, po_l)
        + "subtotal = 'ΚΑΘΑΡΗ ΑΞΙΑ'; tax = 'Φ.Π.Α. 24%'; total = 'ΣΥΝΟΛΙΚΗ ΑΞΙΑ'"
        + (" (the 20 % income-tax withholding deducted below it and the 'ΠΛΗΡΩΤΕΟ ΠΟΣΟ' are decoys)" if wht else "")
        + ". Currency EUR. Line items: every row, hours as quantities, net of ΦΠΑ."
    )
    t = truth(vname, vafm, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vafm, "ΣΥΝΟΛΙΚΗ ΑΞΙΑ", fd(due) if due else None, bafm, de(total - wht) if wht else None]}
    return t, chk, (KO_HTML.replace("@@BASE@@", css(margin="0", fs="8.4pt")), ctx)
