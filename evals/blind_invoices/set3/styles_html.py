"""Chromium (HTML) styles for set 3."""
import datetime as dt
import uuid
from decimal import Decimal as D

from stdnum.se import orgnr as _seorg
from stdnum.cz import dic as _czdic
from stdnum.tr import vkn as _trvkn

from invoice_kit import (q2, en, de, sp, spd, mt, qstr, digits, rand_date, luhn_check, mk_items, T, li, en_words,
                         tr_words, style_registry)

STYLES, style = style_registry("chromium")


def valid(rng, make, ok):
    for _ in range(10000):
        c = make()
        if ok(c):
            return c
    raise RuntimeError("id")


BASE_CSS = "@page{size:A4;margin:14mm 14mm 14mm 14mm} body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;color:#222}" \
           "table{border-collapse:collapse} td,th{vertical-align:top}"

# =========================================================================== 01 Swedish faktura
SE_VENDORS = [("Norrlands Ventilation AB", "Umeå", "Storgatan"), ("Mälardalens Elservice AB", "Västerås", "Kopparbergsvägen"),
              ("Bergqvist & Lund Fastighetsteknik AB", "Göteborg", "Första Långgatan"), ("Öresunds Kontorsmöbler AB", "Malmö", "Amiralsgatan")]
SE_BUYERS = [("Brf Solgläntan", "Sundbyberg"), ("Kommunfastigheter i Luleå AB", "Luleå"), ("Axelsson Bygg & Montage AB", "Uppsala"),
             ("Region Skåne Servicecenter", "Kristianstad"), ("Hemköp Vasastan AB", "Stockholm")]
SE_CAT = [("Serviceavtal ventilation, kvartal", 1800, 6400, lambda r: 1, "st"),
          ("Arbetstid tekniker", 595, 895, lambda r: D(r.randint(4, 36)) / 2, "tim"),
          ("Filter F7 592x592x635", 189, 420, lambda r: r.randint(4, 24), "st"),
          ("Kabel EKK Light 3G1,5", 9, 19, lambda r: r.choice([50, 100, 150]), "m"),
          ("Reservdel fläktmotor EC 230V", 2400, 5900, lambda r: 1, "st"),
          ("Resekostnad / utryckning", 450, 950, lambda r: 1, "st"),
          ("Kontorsstol ergonomisk, svart", 2190, 4590, lambda r: r.randint(2, 8), "st"),
          ("Skrivbord höj- och sänkbart 160x80", 4200, 7800, lambda r: r.randint(1, 6), "st"),
          ("Injustering luftflöden", 3200, 7400, lambda r: 1, "st"),
          ("Förbrukningsmaterial", 120, 690, lambda r: 1, "st")]

S01_HTML = """<html><head><meta charset="utf-8"><style>""" + BASE_CSS + """
.logo{font-size:17pt;font-weight:bold;color:#0b4f6c}
.title{font-size:22pt;letter-spacing:2px;text-align:right}
.box{border:1px solid #888;padding:6px 8px}
.lbl{font-size:7pt;color:#555;text-transform:uppercase}
table.items{width:100%;margin-top:14px} table.items th{border-bottom:1.5px solid #0b4f6c;text-align:left;font-size:8.5pt;padding:3px}
table.items td{padding:3px;border-bottom:1px dotted #bbb} .r{text-align:right}
.foot{position:fixed;bottom:0;left:0;right:0;border-top:1px solid #0b4f6c;font-size:7.5pt;padding-top:4px}
.foot td{padding-right:18px}
</style></head><body>
<table style="width:100%"><tr><td><div class="logo">{{ v_short }}</div><div style="font-size:8pt">{{ v_name }}<br>{{ v_addr1 }}<br>{{ v_addr2 }}</div></td>
<td class="title">FAKTURA<br><span style="font-size:9pt;letter-spacing:0">Sida 1 av 1</span></td></tr></table>
<table style="width:100%;margin-top:12px"><tr>
<td style="width:48%"><table style="width:100%">
<tr><td class="lbl">Fakturadatum</td><td>{{ inv_date }}</td></tr>
<tr><td class="lbl">Fakturanummer</td><td><b>{{ inv_no }}</b></td></tr>
<tr><td class="lbl">Kundnummer</td><td>{{ cust_no }}</td></tr>
<tr><td class="lbl">Er referens</td><td>{{ their_ref }}</td></tr>
<tr><td class="lbl">Vår referens</td><td>{{ our_ref }}</td></tr>
{% if po_box %}<tr><td class="lbl">Ert ordernr</td><td>{{ po }}</td></tr>{% endif %}
<tr><td class="lbl">Leveransdatum</td><td>{{ deliv_date }}</td></tr>
<tr><td class="lbl">Betalningsvillkor</td><td>{{ terms }}</td></tr>
<tr><td class="lbl">Förfallodatum</td><td><b>{{ due_date }}</b></td></tr>
<tr><td class="lbl">Dröjsmålsränta</td><td>{{ late }}</td></tr>
</table></td>
<td style="width:4%"></td>
<td class="box"><div class="lbl">Fakturaadress</div>{{ b_name }}<br>{{ b_attn }}<br>{{ b_addr1 }}<br>{{ b_addr2 }}<br>
<span style="font-size:8pt">Ert VAT-nr: {{ b_vat }}</span></td></tr></table>
{% if po_sentence %}<p>Avser er beställning {{ po }} enligt offert {{ quote }}.</p>{% endif %}
<table class="items"><tr><th>Art.nr</th><th>Benämning</th><th class="r">Antal</th><th>Enhet</th><th class="r">À-pris</th><th class="r">Moms %</th><th class="r">Belopp</th></tr>
{% for it in items %}<tr><td>{{ it.art }}</td><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td>{{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.rate }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
</table>
<table style="width:60%;margin-left:40%;margin-top:14px">
<tr><td>Summa exkl. moms</td><td class="r">{{ net }}</td></tr>
{% for m in moms %}<tr><td>Moms {{ m.rate }} % på {{ m.base }}</td><td class="r">{{ m.tax }}</td></tr>{% endfor %}
{% if moms|length > 1 %}<tr><td>Summa moms</td><td class="r">{{ tax }}</td></tr>{% endif %}
<tr><td style="border-top:2px solid #0b4f6c;font-size:12pt"><b>Att betala SEK</b></td><td class="r" style="border-top:2px solid #0b4f6c;font-size:12pt"><b>{{ total }}</b></td></tr>
</table>
<div class="box" style="margin-top:18px;width:60%">Vid betalning ange OCR-nummer: <b>{{ ocr }}</b><br>Bankgiro: <b>{{ bg }}</b> &nbsp; Förfallodatum: {{ due_date }}</div>
<div class="foot"><table><tr>
<td><b>{{ v_name }}</b><br>{{ v_addr1 }}<br>{{ v_addr2 }}</td>
<td>Org.nr {{ orgnr }}<br>Momsreg.nr {{ vat }}<br>Godkänd för F-skatt</td>
<td>Bankgiro {{ bg }}<br>IBAN {{ iban }}<br>BIC {{ bic }}</td>
<td>Telefon {{ phone }}<br>{{ email }}<br>Styrelsens säte: {{ city }}</td></tr></table></div>
</body></html>"""


@style("01", "se_faktura_ocr")
def s01(rng, i):
    vname, city, street = SE_VENDORS[i]
    org = valid(rng, lambda: digits(rng, 1, True) + "5" + digits(rng, 8), _seorg.is_valid) if False else None
    base9 = "556" + digits(rng, 6)
    org = base9 + luhn_check(base9)
    orgf = org[:6] + "-" + org[6:]
    vat = "SE" + org + "01"
    bnum = "5" + digits(rng, 6)
    bg = bnum[:3] + "-" + bnum[3:] + luhn_check(bnum)
    bg = bg[:4] + "-" + bg[4:].replace("-", "") if False else f"{bnum[:3]}{bnum[3]}-{bnum[4:]}{luhn_check(bnum)}"
    inv_no = str(rng.randint(10000, 99999))
    ocr_base = inv_no + digits(rng, 3)
    ocr_len = ocr_base + str((len(ocr_base) + 2) % 10)
    ocr = ocr_len + luhn_check(ocr_len)
    d = rand_date(rng)
    days = rng.choice([10, 20, 30])
    due = d + dt.timedelta(days=days)
    deliv = d - dt.timedelta(days=rng.randint(1, 9))
    items = mk_items(rng, SE_CAT, rng.randint(3, 7))
    food_mode = i == 3
    if food_mode:
        items.append({"desc": "Fika och lunch vid utbildningsdag", "qty": D(rng.randint(8, 25)), "unit": "port"})
        items[-1]["price"] = D(rng.randint(85, 145))
        items[-1]["amount"] = q2(items[-1]["qty"] * items[-1]["price"])
    rows, base = [], {}
    for k, it in enumerate(items):
        rate = 12 if food_mode and k == len(items) - 1 else 25
        it["rate"] = rate
        base[rate] = base.get(rate, D(0)) + it["amount"]
        rows.append({"art": f"{rng.randint(1000, 9999)}-{rng.randint(10, 99)}", "desc": it["desc"], "q": sp(it["qty"], 0 if it["qty"] == int(it["qty"]) else 1),
                     "unit": it["unit"], "p": sp(it["price"]), "rate": str(rate), "a": sp(it["amount"])})
    net = sum(base.values())
    moms = [{"rate": r, "base": sp(b), "tax": sp(q2(b * r / 100))} for r, b in sorted(base.items(), reverse=True)]
    tax = sum(q2(b * r / 100) for r, b in base.items())
    total = net + tax
    buyer = rng.choice(SE_BUYERS)
    bvat = "SE" + "55" + digits(rng, 8) + "01"
    po_mode = ["box", "sentence", "none", "box"][i]
    po = "45" + digits(rng, 8) if po_mode != "none" else None
    ctx = dict(v_short=vname.replace(" AB", "").upper(), v_name=vname, v_addr1=f"{street} {rng.randint(2, 60)}",
               v_addr2=f"{rng.randint(100, 989)} {rng.randint(10, 99)} {city}", inv_date=d.isoformat(), inv_no=inv_no,
               cust_no=str(rng.randint(1000, 9999)), their_ref=rng.choice(["Anna Holm", "Per Ekström", "Lena Sjöberg", "Johan Berg"]),
               our_ref=rng.choice(["Mikael Strand", "Sara Nyqvist", "Erik Lundin"]), po_box=po_mode == "box", po_sentence=po_mode == "sentence",
               po=po, quote=f"OFF-{rng.randint(1000, 9999)}", deliv_date=deliv.isoformat(), terms=f"{days} dagar netto",
               due_date=due.isoformat(), late="Referensränta + 8 %", b_name=buyer[0], b_attn="Att: Ekonomiavdelningen",
               b_addr1=f"Box {rng.randint(100, 9999)}", b_addr2=f"{rng.randint(100, 989)} {rng.randint(10, 99)} {buyer[1]}", b_vat=bvat,
               items=rows, net=sp(net), moms=moms, tax=sp(tax), total=sp(total), ocr=ocr, bg=bg, orgnr=orgf, vat=vat,
               iban=f"SE{rng.randint(10, 99)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
               bic=rng.choice(["HANDSESS", "SWEDSESS", "ESSESESS", "NDEASESS"]), phone=f"0{rng.randint(10, 90)}-{rng.randint(100000, 999999)}",
               email="faktura@" + vname.split()[0].lower().replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("å", "a") + ".se", city=city)
    t = T(vendor_name=vname, vendor_tax_id=vat, invoice_number=inv_no, po_number=po, invoice_date=d.isoformat(),
          due_date=due.isoformat(), currency="SEK", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items),
          notes="Swedish faktura. vendor_tax_id = Momsreg.nr (SE...01) in footer; Org.nr and buyer 'Ert VAT-nr' are decoys. "
                "OCR-nummer and Bankgiro are payment references, not the invoice number. Leveransdatum is a decoy date. "
                + ("PO only in the sentence 'Avser er beställning ...'. " if po_mode == "sentence" else "")
                + ("No PO printed. " if po_mode == "none" else "")
                + ("Two VAT rates (25 % and 12 %), tax = sum. " if food_mode else "") + "Amounts 1 234,56.")
    checks = [d.isoformat(), due.isoformat(), vat, inv_no]
    return t, checks, (S01_HTML, ctx)


# =========================================================================== 02 Czech faktura
CZ_VENDORS = [("Stavebniny Horák s.r.o.", "Brno", "Vídeňská"), ("ELTRON Praha a.s.", "Praha 9", "Kolbenova"),
              ("Novák & Dvořák IT služby s.r.o.", "Ostrava", "Nádražní"), ("Tiskárna Vltava spol. s r.o.", "České Budějovice", "Husova")]
CZ_BUYERS = [("Město Kroměříž", "Kroměříž"), ("Pekárna Zlatý klas s.r.o.", "Olomouc"), ("Autoservis Beneš s.r.o.", "Plzeň"),
             ("Základní škola Lesní, Liberec", "Liberec"), ("Hotel Slavia Karlovy Vary a.s.", "Karlovy Vary")]
CZ_CAT = [("Cement CEM II 32,5 R, 25 kg", 119, 189, lambda r: r.choice([20, 40, 60, 80]), "ks"),
          ("Montážní práce", 450, 890, lambda r: D(r.randint(4, 30)) / 2, "hod"),
          ("Tisk letáků A5, 4/4, 135 g", D("1.20"), D("3.80"), lambda r: r.choice([1000, 2500, 5000]), "ks"),
          ("Správa serveru – měsíční paušál", 3500, 9800, lambda r: 1, "měs"),
          ("Kabel CYKY-J 3x2,5", 28, 46, lambda r: r.choice([50, 100, 200]), "m"),
          ("Doprava materiálu", 650, 1900, lambda r: 1, "km"),
          ("Licence Microsoft 365 Business Standard", 299, 339, lambda r: r.randint(5, 25), "ks"),
          ("Sádrokartonová deska 12,5 mm", 145, 239, lambda r: r.randint(10, 60), "ks"),
          ("Konzultace a návrh řešení", 950, 1600, lambda r: r.randint(2, 12), "hod")]

S02_HTML = """<html><head><meta charset="utf-8"><style>""" + BASE_CSS + """
h1{font-size:15pt;margin:0 0 6px 0} .grid td{border:1px solid #444;padding:5px 7px}
.lbl{color:#555;font-size:8pt} .r{text-align:right}
table.items{width:100%;margin-top:10px} table.items th{background:#e8e8e8;border:1px solid #444;padding:3px;font-size:8pt}
table.items td{border:1px solid #999;padding:3px;font-size:8.5pt}
</style></head><body>
<h1>FAKTURA – DAŇOVÝ DOKLAD č. {{ inv_no }}</h1>
<table class="grid" style="width:100%"><tr>
<td style="width:50%"><span class="lbl">Dodavatel:</span><br><b>{{ v_name }}</b><br>{{ v_addr1 }}<br>{{ v_addr2 }}<br><br>
IČO: {{ v_ico }}<br>DIČ: {{ v_dic }}<br><span style="font-size:7.5pt">{{ register }}</span></td>
<td><span class="lbl">Odběratel:</span><br><b>{{ b_name }}</b><br>{{ b_addr1 }}<br>{{ b_addr2 }}<br><br>IČO: {{ b_ico }}<br>DIČ: {{ b_dic }}
{% if ship %}<br><br><span class="lbl">Konečný příjemce / místo dodání:</span><br>{{ ship }}{% endif %}</td></tr>
<tr><td>Bankovní účet: {{ account }}<br>IBAN: {{ iban }}<br>Variabilní symbol: <b>{{ vs }}</b><br>Konstantní symbol: 0308<br>Forma úhrady: převodním příkazem</td>
<td>Datum vystavení: {{ d_issue }}<br>Datum uskutečnění zdanitelného plnění: {{ d_duzp }}<br>Datum splatnosti: <b>{{ d_due }}</b><br>
{% if po %}Objednávka č.: {{ po }} ze dne {{ d_po }}<br>{% endif %}Dodací list: {{ dl }}</td></tr></table>
<p>Fakturujeme Vám za dodané zboží a služby:</p>
<table class="items"><tr><th>Označení dodávky</th><th>Počet</th><th>MJ</th><th>Cena za MJ</th><th>DPH %</th><th>Bez DPH</th><th>DPH</th><th>Celkem</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td>{{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.rate }}</td><td class="r">{{ it.net }}</td><td class="r">{{ it.vat }}</td><td class="r">{{ it.gross }}</td></tr>{% endfor %}
</table>
<table style="margin-top:12px;margin-left:auto" class="items"><tr><th>Sazba DPH</th><th>Základ</th><th>DPH</th><th>Celkem</th></tr>
{% for r in recap %}<tr><td>{{ r.rate }} %</td><td class="r">{{ r.base }}</td><td class="r">{{ r.tax }}</td><td class="r">{{ r.gross }}</td></tr>{% endfor %}
<tr><td><b>Součet</b></td><td class="r"><b>{{ net }}</b></td><td class="r"><b>{{ tax }}</b></td><td class="r"><b>{{ total }}</b></td></tr></table>
<p style="text-align:right;font-size:13pt;margin-top:14px">Celkem k úhradě: <b>{{ total }} Kč</b></p>
{% if paid_note %}<p style="font-size:8pt">{{ paid_note }}</p>{% endif %}
<p style="font-size:8pt;margin-top:30px">Vystavil: {{ issuer }} &nbsp; Tel.: {{ phone }} &nbsp; E-mail: {{ email }}</p>
<p style="font-size:8pt">Převzal: ............................................ &nbsp;&nbsp; Razítko a podpis</p>
</body></html>"""


def cz_ico(rng):
    while True:
        b = digits(rng, 7, True)
        s = sum(int(c) * w for c, w in zip(b, range(8, 1, -1)))
        c = (11 - s % 11) % 10
        ico = b + str(c)
        if _czdic.is_valid(ico):
            return ico


def cz_date(d):
    return f"{d.day}. {d.month}. {d.year}" if d.day % 2 else f"{d.day:02d}.{d.month:02d}.{d.year}"


@style("02", "cz_faktura")
def s02(rng, i):
    vname, city, street = CZ_VENDORS[i]
    ico = cz_ico(rng)
    dic = "CZ" + ico
    d = rand_date(rng)
    fmt = lambda x: f"{x.day}. {x.month}. {x.year}" if i % 2 == 0 else f"{x.day:02d}.{x.month:02d}.{x.year}"
    duzp = d - dt.timedelta(days=rng.randint(0, 12))
    due = d + dt.timedelta(days=rng.choice([14, 21, 30]))
    inv_no = f"{d.year}{rng.randint(100, 999):04d}"[:4] + f"{rng.randint(1, 999):04d}"
    inv_no = str(d.year) + f"{rng.randint(10, 1999):04d}"
    items = mk_items(rng, CZ_CAT, rng.randint(3, 6))
    rows, recap_b = [], {}
    for k, it in enumerate(items):
        rate = 12 if (i == 1 and k == 0) else 21
        tax_l = q2(it["amount"] * rate / 100)
        recap_b.setdefault(rate, [D(0), D(0)])
        recap_b[rate][0] += it["amount"]
        recap_b[rate][1] += tax_l
        rows.append({"desc": it["desc"], "q": sp(it["qty"], 0 if it["qty"] == int(it["qty"]) else 1), "unit": it["unit"],
                     "p": sp(it["price"]), "rate": rate, "net": sp(it["amount"]), "vat": sp(tax_l), "gross": sp(it["amount"] + tax_l)})
    net = sum(v[0] for v in recap_b.values())
    tax = sum(v[1] for v in recap_b.values())
    total = net + tax
    recap = [{"rate": r, "base": sp(v[0]), "tax": sp(v[1]), "gross": sp(v[0] + v[1])} for r, v in sorted(recap_b.items(), reverse=True)]
    b = rng.choice(CZ_BUYERS)
    bico = cz_ico(rng)
    po = None if i == 2 else f"OBJ-{d.year}-{rng.randint(100, 999)}" if i != 3 else str(rng.randint(2400000, 2499999))
    ctx = dict(inv_no=inv_no, v_name=vname, v_addr1=f"{street} {rng.randint(1, 300)}/{rng.randint(1, 40)}",
               v_addr2=f"{rng.randint(100, 799)} {rng.randint(10, 99)} {city}", v_ico=ico, v_dic=dic,
               register=f"Společnost zapsaná v obchodním rejstříku vedeném Krajským soudem, oddíl C, vložka {rng.randint(1000, 99999)}",
               b_name=b[0], b_addr1=f"{rng.choice(['Masarykovo nám.', 'Palackého', 'Smetanova', 'Komenského'])} {rng.randint(1, 90)}",
               b_addr2=f"{rng.randint(100, 799)} {rng.randint(10, 99)} {b[1]}", b_ico=bico, b_dic="CZ" + bico,
               ship=(f"Provozovna {b[1]}, Průmyslová {rng.randint(1, 50)}" if i % 2 else None),
               account=f"{rng.randint(100000, 9999999)}/{rng.choice(['0800', '0100', '0300', '2010', '5500'])}",
               iban=f"CZ{rng.randint(10, 99)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
               vs=inv_no, d_issue=fmt(d), d_duzp=fmt(duzp), d_due=fmt(due), po=po, d_po=fmt(d - dt.timedelta(days=rng.randint(15, 40))),
               dl=f"DL{rng.randint(10000, 99999)}", items=rows, recap=recap, net=sp(net), tax=sp(tax), total=sp(total),
               paid_note=("Nepřijímáme platby v hotovosti. Při pozdní úhradě účtujeme úrok z prodlení dle nař. vl. č. 351/2013 Sb." if i == 0 else None),
               issuer=rng.choice(["Jana Veselá", "Petr Král", "Martina Černá"]), phone=f"+420 {rng.randint(600, 799)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
               email="fakturace@" + rng.choice(["firma.cz", "seznam.cz", "email.cz"]))
    t = T(vendor_name=vname, vendor_tax_id=dic, invoice_number=inv_no, po_number=po, invoice_date=d.isoformat(),
          due_date=due.isoformat(), currency="CZK", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items),
          notes="Czech daňový doklad. vendor_tax_id = DIČ (CZ + IČO); IČO and buyer IČO/DIČ are decoys. invoice_date = Datum vystavení "
                "(DUZP = taxable supply date is a decoy; Objednávka date too). Variabilní symbol equals the invoice number. "
                "Line amount = 'Bez DPH' (net) column." + (" No PO printed." if po is None else ""))
    checks = [fmt(d), fmt(due), dic, inv_no] + ([po] if po else [])
    return t, checks, (S02_HTML, ctx)


# =========================================================================== 03 South Africa tax invoice (Sage/Pastel-like)
ZA_VENDORS = [("Highveld Packaging Supplies (Pty) Ltd", "Germiston", "Refinery Road"),
              ("Cape Peninsula Electrical Wholesalers (Pty) Ltd", "Cape Town", "Voortrekker Road"),
              ("Umgeni Catering Equipment CC", "Durban", "Umgeni Road"), ("Bosveld Agri Supplies (Pty) Ltd", "Polokwane", "Nelson Mandela Drive")]
ZA_BUYERS = [("Sunrise Fresh Produce (Pty) Ltd", "Pretoria"), ("Mzansi Build & Civils CC", "Midrand"), ("Karoo Guest Lodge", "Graaff-Reinet"),
             ("Ubuntu Community Clinic NPC", "Soweto"), ("Table Bay Seafoods (Pty) Ltd", "Cape Town")]
ZA_CAT = [("Corrugated box 600x400x400 single wall", D("8.50"), D("19.90"), lambda r: r.choice([100, 250, 500]), "EA"),
          ("Stretch wrap 500mm x 23mu", 89, 149, lambda r: r.randint(6, 36), "ROLL"),
          ("LED downlight 9W warm white", 39, 89, lambda r: r.randint(10, 60), "EA"),
          ("Surfix cable 2.5mm 3-core 100m", 1450, 2390, lambda r: r.randint(1, 6), "ROLL"),
          ("Commercial chest freezer 500L", 8900, 14500, lambda r: 1, "EA"),
          ("Stainless steel prep table 1800mm", 3200, 5900, lambda r: r.randint(1, 3), "EA"),
          ("Chicken layer mash 50kg", 389, 499, lambda r: r.randint(10, 40), "BAG"),
          ("Delivery - local", 350, 850, lambda r: 1, "EA"),
          ("Irrigation dripline 16mm 200m", 690, 1190, lambda r: r.randint(2, 10), "ROLL")]

S03_HTML = """<html><head><meta charset="utf-8"><style>""" + BASE_CSS + """
body{font-family:'Liberation Sans',sans-serif;font-size:9pt} .r{text-align:right}
.hd td{padding:2px 4px} .bx{border:1px solid #000;padding:5px}
table.items{width:100%;margin-top:8px} table.items th{border-top:1px solid #000;border-bottom:1px solid #000;padding:3px;font-size:8pt;text-align:left}
table.items td{padding:2px 3px;font-size:8.5pt}
.tot td{padding:2px 6px;border:1px solid #000}
</style></head><body>
<table style="width:100%"><tr><td style="width:60%"><div style="font-size:14pt;font-weight:bold">{{ v_name }}</div>
{{ v_addr1 }}<br>{{ v_addr2 }}<br>Tel: {{ phone }}<br>Reg No: {{ reg }}<br>VAT No: {{ vat }}</td>
<td style="text-align:right"><div style="font-size:20pt;font-weight:bold">TAX INVOICE</div>
<table class="hd" style="margin-left:auto"><tr><td>Document No:</td><td><b>{{ inv_no }}</b></td></tr><tr><td>Date:</td><td>{{ d }}</td></tr>
<tr><td>Page:</td><td>1/1</td></tr>{% if due %}<tr><td>Due Date:</td><td>{{ due }}</td></tr>{% endif %}</table></td></tr></table>
<table style="width:100%;margin-top:10px"><tr><td class="bx" style="width:48%"><b>Invoice To:</b><br>{{ b_name }}<br>{{ b_addr1 }}<br>{{ b_addr2 }}<br>Customer VAT No: {{ b_vat }}</td><td></td>
<td class="bx" style="width:48%"><b>Deliver To:</b><br>{{ b_name }}<br>{{ s_addr1 }}<br>{{ s_addr2 }}</td></tr></table>
<table style="width:100%;margin-top:8px" class="items"><tr><th>Account</th><th>Your Reference</th><th>Sales Code</th><th>Terms</th><th>Delivery Note</th></tr>
<tr><td>{{ acct }}</td><td>{{ ref }}</td><td>{{ sales }}</td><td>{{ terms }}</td><td>{{ dn }}</td></tr></table>
<table class="items"><tr><th>Code</th><th>Description</th><th class="r">Qty</th><th>Unit</th><th class="r">Excl. Price</th><th class="r">Disc %</th><th class="r">VAT %</th><th class="r">Excl. Total</th><th class="r">Incl. Total</th></tr>
{% for it in items %}<tr><td>{{ it.code }}</td><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td>{{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.disc }}</td><td class="r">15.00</td><td class="r">{{ it.ex }}</td><td class="r">{{ it.inc }}</td></tr>{% endfor %}
</table>
<table style="width:100%;margin-top:16px"><tr><td style="width:55%;font-size:8pt" class="bx"><b>Banking Details</b><br>{{ bank }}<br>Branch Code: {{ branch }}<br>Account No: {{ acc_no }}<br>
Please use {{ inv_no }} as reference.<br><br>Goods remain the property of {{ v_name }} until paid in full.</td><td></td>
<td><table class="tot" style="margin-left:auto"><tr><td>Total Discount:</td><td class="r">{{ disc_tot }}</td></tr>
<tr><td>Total Exclusive:</td><td class="r">{{ net }}</td></tr><tr><td>Total VAT:</td><td class="r">{{ tax }}</td></tr>
<tr><td>Sub Total:</td><td class="r">{{ total }}</td></tr><tr><td><b>Grand Total:</b></td><td class="r"><b>R {{ total }}</b></td></tr></table></td></tr></table>
</body></html>"""


@style("03", "za_tax_invoice")
def s03(rng, i):
    vname, city, street = ZA_VENDORS[i]
    vat = "4" + digits(rng, 9)
    d = rand_date(rng)
    fmt = (lambda x: x.strftime("%Y/%m/%d")) if i % 2 == 0 else (lambda x: f"{x.day} {x.strftime('%B %Y')}")
    inv_no = f"IN{rng.randint(100000, 199999)}"
    raw = mk_items(rng, ZA_CAT, rng.randint(3, 7))
    rows, disc_tot = [], D(0)
    items = []
    for it in raw:
        disc = rng.choice([0, 0, 0, 5, 10, D("2.5")])
        gross = it["amount"]
        ex = q2(gross * (100 - D(disc)) / 100)
        disc_tot += gross - ex
        inc = q2(ex * D("1.15"))
        items.append({"qty": it["qty"], "amount": ex})
        rows.append({"code": f"{it['desc'][:3].upper()}{rng.randint(100, 999)}", "desc": it["desc"], "q": spd(it["qty"], 2), "unit": it["unit"],
                     "p": spd(it["price"]), "disc": spd(D(disc)), "ex": spd(ex), "inc": spd(inc)})
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.15"))
    total = net + tax
    b = rng.choice(ZA_BUYERS)
    due = d + dt.timedelta(days=30) if i in (1, 2) else None
    po = f"PO{rng.randint(10000, 99999)}" if i != 3 else None
    ref = po if po else rng.choice(["COLLECT", "Thabo - site", "Cash sale"])
    ctx = dict(v_name=vname, v_addr1=f"{rng.randint(1, 200)} {street}", v_addr2=f"{city}, {rng.randint(1000, 9999)}",
               phone=f"0{rng.randint(11, 87)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
               reg=f"{rng.randint(1998, 2019)}/{rng.randint(100000, 999999)}/07", vat=vat, inv_no=inv_no, d=fmt(d),
               due=fmt(due) if due else None, b_name=b[0], b_addr1=f"PO Box {rng.randint(100, 9999)}", b_addr2=f"{b[1]}, {rng.randint(1000, 9999)}",
               b_vat="4" + digits(rng, 9), s_addr1=f"{rng.randint(1, 99)} {rng.choice(['Main Reef Rd', 'Church St', 'Jan Smuts Ave'])}",
               s_addr2=b[1], acct=f"{b[0][:3].upper()}{rng.randint(1, 99):03d}", ref=ref, sales=rng.choice(["JV", "MN", "SK"]),
               terms="30 Days" if due else rng.choice(["30 Days from statement", "COD"]), dn=f"DN{rng.randint(10000, 99999)}", items=rows,
               bank=rng.choice(["First National Bank", "Standard Bank", "ABSA Bank", "Nedbank"]), branch=str(rng.choice([250655, 51001, 632005, 198765])),
               acc_no=digits(rng, 11, True), disc_tot=spd(disc_tot), net=spd(net), tax=spd(tax), total=spd(total))
    t = T(vendor_name=vname, vendor_tax_id=vat, invoice_number=inv_no, po_number=po, invoice_date=d.isoformat(),
          due_date=due.isoformat() if due else None, currency="ZAR", subtotal=mt(net), tax=mt(tax), total=mt(total),
          line_items=li(items),
          notes="Sage Pastel-like SA tax invoice, amounts '12 345.67'. vendor_tax_id = VAT No; Reg No and Customer VAT No are decoys. "
                "po_number = 'Your Reference' " + ("(here a PO). " if po else "(here not a PO -> null). ")
                + "Line amount = Excl. Total after line discount (Incl. Total is a decoy). 'Sub Total' row equals the VAT-inclusive total."
                + ("" if due else " No due date printed (terms only)."))
    checks = [fmt(d), vat, inv_no] + ([fmt(due)] if due else [])
    return t, checks, (S03_HTML, ctx)


# =========================================================================== 04 UAE bilingual tax invoice
AE_VENDORS = [("Al Noor Facilities Management L.L.C.", "Dubai", "Al Quoz Industrial Area 3"),
              ("Gulf Horizon Trading FZ-LLC", "Ras Al Khaimah", "RAKEZ Business Zone"),
              ("Emirates Precision Signage L.L.C.", "Sharjah", "Industrial Area 13"),
              ("Desert Rose IT Solutions DMCC", "Dubai", "Jumeirah Lakes Towers, Cluster X")]
AE_BUYERS = [("Marina Pearl Residences Owners Association", "Dubai"), ("Al Falah Medical Centre L.L.C.", "Abu Dhabi"),
             ("Coastal Logistics FZE", "Jebel Ali"), ("Bayt Al Khair Restaurants L.L.C.", "Ajman")]
AE_CAT = [("Annual AMC - HVAC preventive maintenance", 4500, 18000, lambda r: 1, "Job"),
          ("Deep cleaning services - common areas", 850, 2400, lambda r: r.randint(1, 4), "Visit"),
          ("Acrylic 3D signage letters 600mm", 320, 780, lambda r: r.randint(6, 20), "Pcs"),
          ("Network switch 24-port PoE", 1450, 2950, lambda r: r.randint(1, 6), "Pcs"),
          ("Technician man-hours (overtime)", 65, 110, lambda r: r.randint(8, 40), "Hrs"),
          ("Pest control treatment", 450, 950, lambda r: r.randint(1, 3), "Visit"),
          ("Firewall licence renewal 12 months", 2800, 7900, lambda r: 1, "Lic"),
          ("Lightbox LED module replacement", 45, 95, lambda r: r.randint(10, 60), "Pcs")]

S04_HTML = """<html><head><meta charset="utf-8"><style>""" + BASE_CSS + """
.ar{direction:rtl;font-family:'DejaVu Sans'} .r{text-align:right} .c{text-align:center}
.head{background:#7a1f2b;color:#fff;padding:10px 14px}
table.items{width:100%;margin-top:10px} table.items th{background:#f1e5e7;border:1px solid #7a1f2b;padding:3px;font-size:7.5pt}
table.items td{border:1px solid #c9a3a9;padding:3px;font-size:8.5pt}
.kv td{padding:2px 6px;border:1px solid #ddd} .kv td:last-child{white-space:nowrap}
</style></head><body>
<div class="head"><table style="width:100%;color:#fff"><tr><td><div style="font-size:15pt;font-weight:bold">{{ v_name }}</div>{{ v_addr }}<br>TRN: {{ trn }}</td>
<td class="r"><div style="font-size:18pt">TAX INVOICE</div><div class="ar" style="font-size:16pt">فاتورة ضريبية</div></td></tr></table></div>
<table style="width:100%;margin-top:10px"><tr><td style="width:52%">
<table class="kv" style="width:100%"><tr><td>Invoice No. <span class="ar">رقم الفاتورة</span></td><td><b>{{ inv_no }}</b></td></tr>
<tr><td>Invoice Date <span class="ar">تاريخ الفاتورة</span></td><td>{{ d }}</td></tr>
<tr><td>Date of Supply <span class="ar">تاريخ التوريد</span></td><td>{{ d_supply }}</td></tr>
{% if due %}<tr><td>Due Date <span class="ar">تاريخ الاستحقاق</span></td><td>{{ due }}</td></tr>{% endif %}
{% if po %}<tr><td>LPO No. <span class="ar">رقم أمر الشراء</span></td><td>{{ po }}</td></tr>{% endif %}
<tr><td>Quotation Ref.</td><td>{{ quote }}</td></tr></table></td><td style="width:4%"></td>
<td style="border:1px solid #7a1f2b;padding:6px"><b>Bill To <span class="ar">فاتورة إلى</span></b><br>{{ b_name }}<br>{{ b_addr }}<br>TRN: {{ b_trn }}</td></tr></table>
<table class="items"><tr><th>#</th><th>Description<br><span class="ar">الوصف</span></th><th>Unit</th><th>Qty<br><span class="ar">الكمية</span></th><th>Unit Price<br>AED</th>
<th>Taxable Amount<br>AED</th><th>VAT %</th><th>VAT Amount<br>AED</th><th>Total incl. VAT<br>AED</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.desc }}</td><td>{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td>
<td class="r">{{ it.a }}</td><td class="c">5%</td><td class="r">{{ it.v }}</td><td class="r">{{ it.g }}</td></tr>{% endfor %}
</table>
<table class="kv" style="margin-left:auto;margin-top:10px;width:55%">
<tr><td>Total Taxable Amount (Excl. VAT) <span class="ar">المبلغ الخاضع للضريبة</span></td><td class="r">AED {{ net }}</td></tr>
<tr><td>Total VAT @ 5% <span class="ar">ضريبة القيمة المضافة</span></td><td class="r">AED {{ tax }}</td></tr>
<tr><td><b>Total Amount Due <span class="ar">إجمالي المبلغ المستحق</span></b></td><td class="r"><b>AED {{ total }}</b></td></tr></table>
<p><b>Amount in words:</b> {{ words }}</p>
<p style="font-size:8pt">Bank: {{ bank }} &nbsp; IBAN: {{ iban }} &nbsp; Account name: {{ v_name }}<br>Trade Licence No. {{ lic }} &nbsp; | &nbsp; {{ terms }}</p>
<table style="width:100%;margin-top:30px;font-size:8pt"><tr><td>Prepared by: ____________</td><td>Received by (name, sign &amp; stamp): ____________</td></tr></table>
</body></html>"""


def words_money(total, major, minor, title=True):
    w = en_words(int(total))
    fils = int((total - int(total)) * 100)
    s = f"{major} {w}" + (f" and {minor} {en_words(fils)}" if fils else "") + " only"
    return s.title() if title else s


@style("04", "ae_tax_invoice_bilingual")
def s04(rng, i):
    vname, city, area = AE_VENDORS[i]
    trn = "100" + digits(rng, 11) + "3"
    d = rand_date(rng)
    fmt = lambda x: x.strftime("%d-%b-%Y") if i % 2 == 0 else x.strftime("%d/%m/%Y")
    inv_no = rng.choice(["TI", "INV", "SI"]) + f"-{d.year % 100}{rng.randint(1, 12):02d}-{rng.randint(1, 9999):04d}"
    items = mk_items(rng, AE_CAT, rng.randint(2, 6))
    rows = []
    tax = D(0)
    for it in items:
        v = q2(it["amount"] * D("0.05"))
        tax += v
        rows.append({"desc": it["desc"], "unit": it["unit"], "q": en(it["qty"], 2), "p": en(it["price"]), "a": en(it["amount"]),
                     "v": en(v), "g": en(it["amount"] + v)})
    net = sum(it["amount"] for it in items)
    total = net + tax
    b = AE_BUYERS[i]
    due = d + dt.timedelta(days=rng.choice([30, 45, 60])) if i != 1 else None
    po = f"LPO/{d.year}/{rng.randint(100, 2999)}" if i != 2 else None
    ctx = dict(v_name=vname, v_addr=f"Office {rng.randint(101, 1908)}, {area}, {city}, UAE", trn=trn, inv_no=inv_no, d=fmt(d),
               d_supply=fmt(d - dt.timedelta(days=rng.randint(0, 20))), due=fmt(due) if due else None, po=po,
               quote=f"QT-{rng.randint(1000, 9999)}", b_name=b[0], b_addr=f"P.O. Box {rng.randint(1000, 99999)}, {b[1]}, UAE",
               b_trn="100" + digits(rng, 12), items=rows, net=en(net), tax=en(tax), total=en(total),
               words=words_money(total, "UAE Dirhams", "Fils"), bank=rng.choice(["Emirates NBD", "ADCB", "Mashreq Bank", "FAB"]),
               iban=f"AE{rng.randint(10, 99)} {digits(rng, 3)} {digits(rng, 16)}", lic=str(rng.randint(100000, 999999)),
               terms="Payment terms: " + ("as per due date" if due else "cheque on delivery"))
    t = T(vendor_name=vname, vendor_tax_id=trn, invoice_number=inv_no, po_number=po, invoice_date=d.isoformat(),
          due_date=due.isoformat() if due else None, currency="AED", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items),
          notes="UAE bilingual (English/Arabic) tax invoice. vendor_tax_id = supplier TRN in the header band; Bill To TRN is the buyer's. "
                "po_number = LPO No. Date of Supply is a decoy date. Line amount = Taxable Amount (net). Amount also in words.")
    checks = [fmt(d), trn, inv_no] + ([fmt(due)] if due else []) + ([po] if po else [])
    return t, checks, (S04_HTML, ctx)


# =========================================================================== 05 Hotel folio (German hotel, English)
HOTELS = [("ALSTERBLICK", "Hotel Alsterblick Betriebs GmbH", "Hamburg", "An der Alster", "20099"),
          ("RHEINTERRASSEN", "Rheinterrassen Hotelgesellschaft mbH", "Düsseldorf", "Joseph-Beuys-Ufer", "40213"),
          ("ISARGRÜN BOUTIQUE HOTEL", "Isargrün Hospitality GmbH & Co. KG", "München", "Zweibrückenstraße", "80331"),
          ("SPREEHAFEN HOTEL", "Spreehafen Hotel Management GmbH", "Berlin", "Stralauer Allee", "10245")]
GUESTS = ["Mr. Daniel Okafor", "Ms. Ingrid Solberg", "Mr. Tomasz Wiśniewski", "Ms. Priya Raman", "Mr. Jean-Luc Moreau"]
FIRMS = [("Lindqvist Consulting AB", "Kungsgatan 12, 111 43 Stockholm, Sweden", "SE556677889901"),
         ("Baxter Medical Devices Ltd", "14 Harbour Way, Bristol BS1 5TY, United Kingdom", "GB 284 5531 07"),
         ("Verhoeven Engineering B.V.", "Stationsplein 8, 3511 ED Utrecht, Netherlands", "NL812345678B01")]

S05_HTML = """<html><head><meta charset="utf-8"><style>""" + BASE_CSS + """
body{font-family:'DejaVu Serif',serif;font-size:9pt} .r{text-align:right}
.brand{text-align:center;font-size:20pt;letter-spacing:6px;color:#3d5a40} .sub{text-align:center;font-size:8pt;letter-spacing:2px;color:#3d5a40}
table.f{width:100%;margin-top:8px} table.f th{border-bottom:1px solid #3d5a40;text-align:left;padding:3px;font-size:8pt}
table.f td{padding:2px 3px;font-size:8.5pt}
.kv td{padding:1px 8px 1px 0;font-size:8.5pt}
.foot{position:fixed;bottom:0;width:100%;text-align:center;font-size:7pt;color:#555;border-top:1px solid #3d5a40;padding-top:3px}
</style></head><body>
<div class="brand">{{ brand }}</div><div class="sub">{{ street }} · {{ plz }} {{ city }} · GERMANY</div>
<table style="width:100%;margin-top:18px"><tr><td style="width:50%">{% if firm %}<b>{{ firm }}</b><br>{{ guest }}<br>{{ firm_addr }}<br>VAT ID: {{ firm_vat }}{% else %}<b>{{ guest }}</b><br>{{ guest_addr }}{% endif %}</td>
<td><table class="kv"><tr><td>Room</td><td>{{ room }}</td></tr><tr><td>Arrival</td><td>{{ arr }}</td></tr><tr><td>Departure</td><td>{{ dep }}</td></tr>
<tr><td>Folio No.</td><td>{{ folio }}</td></tr><tr><td>Confirmation No.</td><td>{{ conf }}</td></tr>{% if po %}<tr><td>Your reference</td><td>{{ po }}</td></tr>{% endif %}
<tr><td>Cashier</td><td>{{ cashier }}</td></tr></table></td></tr></table>
<div style="margin-top:14px;font-size:13pt"><b>INVOICE / RECHNUNG No. {{ inv_no }}</b></div><div>Invoice date: {{ inv_date }} &nbsp;&nbsp; Page 1 of 1</div>
<table class="f"><tr><th>Date</th><th>Description</th><th class="r">Qty</th><th class="r">Charges EUR</th><th class="r">Credits EUR</th></tr>
{% for c in charges %}<tr><td>{{ c.date }}</td><td>{{ c.desc }}</td><td class="r">{{ c.q }}</td><td class="r">{{ c.amt }}</td><td class="r"></td></tr>{% endfor %}
<tr><td>{{ dep }}</td><td>{{ pay_desc }}</td><td></td><td></td><td class="r">{{ total }}</td></tr>
<tr style="border-top:1px solid #3d5a40"><td></td><td><b>Total</b></td><td></td><td class="r"><b>{{ total }}</b></td><td class="r"><b>{{ total }}</b></td></tr>
<tr><td></td><td><b>Balance</b></td><td></td><td class="r"><b>0,00</b></td><td></td></tr></table>
<table class="f" style="width:70%;margin-top:16px"><tr><th>VAT rate</th><th class="r">Net</th><th class="r">VAT</th><th class="r">Gross</th></tr>
{% for v in vats %}<tr><td>{{ v.rate }}</td><td class="r">{{ v.net }}</td><td class="r">{{ v.vat }}</td><td class="r">{{ v.gross }}</td></tr>{% endfor %}
<tr><td><b>Total</b></td><td class="r"><b>{{ net }}</b></td><td class="r"><b>{{ tax }}</b></td><td class="r"><b>{{ total }}</b></td></tr></table>
<p style="font-size:8pt;margin-top:14px">Thank you for staying with us. The invoice amount has been settled in full. Service and delivery date corresponds to the stay period.</p>
<div class="foot">{{ legal }} · {{ street }} · {{ plz }} {{ city }} · Amtsgericht {{ city }} HRB {{ hrb }} · Geschäftsführer: {{ gf }}<br>
USt-IdNr.: {{ vat }} · Steuernummer: {{ stnr }} · IBAN {{ iban }}</div>
</body></html>"""


@style("05", "hotel_folio")
def s05(rng, i):
    brand, legal, city, street, plz = HOTELS[i]
    vat = "DE" + digits(rng, 9, True)
    arr = rand_date(rng)
    nights = rng.randint(1, 5)
    dep = arr + dt.timedelta(days=nights)
    fmt = lambda x: x.strftime("%d.%m.%y") if i % 2 == 0 else x.strftime("%d.%m.%Y")
    rate = D(rng.randint(109, 289))
    charges, gross_by = [], {7: D(0), 19: D(0), 0: D(0)}
    items = []
    per_night_breakfast = rng.random() < 0.7
    bf = D(rng.choice(["19.50", "24.00", "28.00", "32.00"]))
    for n in range(nights):
        day = arr + dt.timedelta(days=n)
        charges.append({"date": fmt(day), "desc": "Accommodation / Logis", "q": "1", "amt": de(rate)})
        items.append({"qty": D(1), "amount": rate})
        gross_by[7] += rate
        if per_night_breakfast:
            charges.append({"date": fmt(day + dt.timedelta(days=1)), "desc": "Breakfast / Frühstück", "q": "1", "amt": de(bf)})
            items.append({"qty": D(1), "amount": bf})
            gross_by[19] += bf
    extras = [("Minibar", D(rng.randint(4, 38)) + D("0.50")), ("Restaurant Bistro", D(rng.randint(28, 140)) + D("0.90")),
              ("Parking / Garage", D(rng.choice([22, 25, 29, 32]))), ("Laundry service", D(rng.randint(12, 45)))]
    for desc, amt in rng.sample(extras, rng.randint(1, 3)):
        day = arr + dt.timedelta(days=rng.randint(0, nights - 1))
        charges.append({"date": fmt(day), "desc": desc, "q": "1", "amt": de(amt)})
        items.append({"qty": D(1), "amount": amt})
        gross_by[19] += amt
    ctax = q2(rate * nights * D("0.05"))
    if i != 2:
        charges.append({"date": fmt(dep - dt.timedelta(days=1)), "desc": "City tax / Beherbergungsteuer (not subject to VAT)", "q": "1", "amt": de(ctax)})
        items.append({"qty": D(1), "amount": ctax})
        gross_by[0] += ctax
    vats, net_tot, tax_tot = [], D(0), D(0)
    for r in (7, 19, 0):
        g = gross_by[r]
        if not g:
            continue
        n_ = q2(g / (1 + D(r) / 100))
        v = g - n_
        net_tot += n_
        tax_tot += v
        vats.append({"rate": f"{r} %", "net": de(n_), "vat": de(v), "gross": de(g)})
    total = net_tot + tax_tot
    firm = FIRMS[i % 3] if i != 3 else None
    po = f"PO-{rng.randint(700000, 799999)}" if i == 1 else None
    inv_no = str(rng.randint(300000, 899999))
    ctx = dict(brand=brand, street=f"{street} {rng.randint(1, 60)}", plz=plz, city=city, firm=firm[0] if firm else None,
               firm_addr=firm[1] if firm else "", firm_vat=firm[2] if firm else "", guest=rng.choice(GUESTS),
               guest_addr=f"{rng.randint(10, 400)} Elm Street, Portland, OR 97205, USA", room=str(rng.randint(101, 719)), arr=fmt(arr), dep=fmt(dep),
               folio=str(rng.randint(10000, 99999)), conf=f"{rng.randint(10000000, 99999999)}", po=po,
               cashier=rng.choice(["FO-KM", "FO-AS", "NA-TB"]), inv_no=inv_no, inv_date=fmt(dep), charges=charges,
               pay_desc=rng.choice(["Visa ****", "Mastercard ****", "AMEX ****"]) + digits(rng, 4), total=de(total), vats=vats, net=de(net_tot),
               tax=de(tax_tot), legal=legal, hrb=str(rng.randint(10000, 150000)), gf=rng.choice(["Claudia Reimers", "Stefan Haas", "Nils Petersen"]),
               vat=vat, stnr=f"{rng.randint(10, 99)}/{rng.randint(100, 999)}/{rng.randint(10000, 99999)}",
               iban=f"DE{rng.randint(10, 99)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}")
    t = T(vendor_name=legal, vendor_tax_id=vat, invoice_number=inv_no, po_number=po, invoice_date=dep.isoformat(), due_date=None,
          currency="EUR", subtotal=mt(net_tot), tax=mt(tax_tot), total=mt(total), line_items=li(items),
          notes="Hotel folio/invoice. vendor_name = operating company in the footer (the brand at the top is not the legal name). "
                "invoice_number = 'INVOICE / RECHNUNG No.'; Folio No., Confirmation No., Room are decoys. invoice_date = printed invoice date "
                "(= departure). Charges are VAT-inclusive (gross): line amounts are the gross charges, so line sum = total, subtotal = net "
                "from the VAT table. Card payment and 'Balance 0,00' are decoys; total = Total charges. City tax is 0 % VAT. "
                + ("Guest company's VAT ID is a decoy. " if firm else "") + ("PO = 'Your reference'." if po else "No PO."))
    checks = [fmt(dep), vat, inv_no, legal]
    return t, checks, (S05_HTML, ctx)


# =========================================================================== 06 Modern agency, dark header band, deposit
AG_VENDORS = [("Northlight Studio Ltd", "NORTHLIGHT", "Manchester", "M4 1HN", "Stevenson Square"),
              ("Fathom & Finch Creative Ltd", "FATHOM & FINCH", "Bristol", "BS1 6QH", "Queen Square"),
              ("Pixelgrove Digital Ltd", "pixelgrove", "Leeds", "LS1 4DY", "Wellington Place"),
              ("Halyard Brand Partners LLP", "HALYARD", "London", "EC2A 4NE", "Rivington Street")]
AG_CLIENTS = [("Oakmere Organic Dairy Ltd", "Cheshire"), ("Brightwell Housing Association", "Coventry"),
              ("Kestrel Outdoor Equipment plc", "Kendal"), ("The Wharf Theatre Trust", "Gloucester")]
AG_CAT = [("Brand strategy workshop (2 days)", 2400, 4800, lambda r: 1, "day"),
          ("Visual identity design — logo suite & guidelines", 3500, 9000, lambda r: 1, "fixed"),
          ("UX design sprint", 650, 850, lambda r: r.randint(3, 10), "day"),
          ("Front-end development", 75, 95, lambda r: r.randint(12, 80), "hr"),
          ("Copywriting — website pages", 180, 320, lambda r: r.randint(4, 14), "page"),
          ("Photography day incl. retouching", 1100, 1800, lambda r: 1, "day"),
          ("Project management", 55, 70, lambda r: r.randint(6, 30), "hr"),
          ("Hosting & maintenance (12 months)", 900, 2400, lambda r: 1, "yr")]

S06_HTML = """<html><head><meta charset="utf-8"><style>
@page{size:A4;margin:0} body{margin:0;font-family:'Liberation Sans',sans-serif;font-size:9.5pt;color:#1d1d1f}
.band{background:#15171c;color:#f5f5f5;padding:28px 40px 22px 40px}
.logo{font-size:24pt;font-weight:bold;letter-spacing:3px;color:#ffb400} .wrap{padding:20px 40px}
.cols{display:flex;gap:30px} .col{flex:1} .lbl{font-size:7.5pt;color:#8a8a8f;text-transform:uppercase;letter-spacing:1px;margin-top:8px}
table{border-collapse:collapse} table.items{width:100%;margin-top:20px} table.items th{font-size:7.5pt;text-transform:uppercase;color:#8a8a8f;text-align:left;border-bottom:2px solid #15171c;padding:5px 4px}
table.items td{padding:7px 4px;border-bottom:1px solid #e5e5ea} .r{text-align:right}
.tot td{padding:4px 6px} .tot td.r{white-space:nowrap} .due{background:#ffb400;color:#15171c;font-weight:bold;font-size:12pt}
.foot{position:fixed;bottom:0;left:0;right:0;background:#15171c;color:#bbb;font-size:7.5pt;padding:10px 40px}
</style></head><body>
<div class="band"><table style="width:100%;color:#f5f5f5"><tr><td><div class="logo">{{ logo }}</div><div style="font-size:8pt;margin-top:4px">{{ tagline }}</div></td>
<td class="r" style="font-size:26pt;font-weight:300">Invoice<div style="font-size:10pt">№ {{ inv_no }}</div></td></tr></table></div>
<div class="wrap"><div class="cols">
<div class="col"><div class="lbl">Billed to</div><b>{{ c_name }}</b><br>{{ c_attn }}<br>{{ c_addr }}<br>{% if c_vat %}VAT {{ c_vat }}{% endif %}</div>
<div class="col"><div class="lbl">From</div><b>{{ v_name }}</b><br>{{ v_addr1 }}<br>{{ v_addr2 }}<br>VAT Reg. No. {{ vat }}</div>
<div class="col"><div class="lbl">Issued</div>{{ d }}<div class="lbl">Due</div>{{ due }}<div class="lbl">Project</div>{{ project }}
{% if po_box %}<div class="lbl">Client PO</div>{{ po }}{% endif %}</div></div>
{% if po_sentence %}<p style="margin-top:14px">As agreed under your purchase order {{ po }}, please find below our charges for {{ project }}.</p>{% endif %}
<table class="items"><tr><th>Description</th><th class="r">Qty</th><th class="r">Rate</th><th class="r">Amount</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
</table>
<table class="tot" style="margin-left:auto;margin-top:12px;width:50%">
<tr><td>Subtotal</td><td class="r">£{{ net }}</td></tr><tr><td>VAT 20%</td><td class="r">£{{ tax }}</td></tr>
<tr><td style="border-top:1px solid #15171c"><b>Total</b></td><td class="r" style="border-top:1px solid #15171c"><b>£{{ total }}</b></td></tr>
<tr><td>Less deposit received {{ dep_date }}</td><td class="r">−£{{ deposit }}</td></tr>
<tr class="due"><td>Balance due</td><td class="r">£{{ balance }}</td></tr></table>
<div class="lbl" style="margin-top:26px">Payment details</div>
<div>{{ bank }} · Sort code {{ sort }} · Account {{ acct }} · Reference {{ inv_no }}</div>
<div style="margin-top:6px;font-size:8pt;color:#666">{{ terms }}</div></div>
<div class="foot">{{ v_name }} · Registered in England &amp; Wales No. {{ crn }} · Registered office: {{ v_addr1 }}, {{ v_addr2 }} · hello@{{ domain }}</div>
</body></html>"""


@style("06", "uk_agency_dark_band_deposit")
def s06(rng, i):
    vname, logo, city, pc, street = AG_VENDORS[i]
    vat = f"GB {rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}" if i % 2 == 0 else f"GB{digits(rng, 9, True)}"
    d = rand_date(rng)
    due = d + dt.timedelta(days=rng.choice([14, 30]))
    fmt = (lambda x: x.strftime("%-d %B %Y")) if i != 2 else (lambda x: x.strftime("%d/%m/%Y"))
    items = mk_items(rng, AG_CAT, rng.randint(3, 5), step=D("5"))
    rows = [{"desc": it["desc"], "q": qstr(it["qty"]), "p": en(it["price"]), "a": en(it["amount"])} for it in items]
    if i in (1, 3):
        disc = -q2(sum(it["amount"] for it in items) * D("0.10"))
        items.append({"qty": None, "amount": disc})
        rows.append({"desc": "Loyalty discount 10%", "q": "", "p": "", "a": en(disc).replace("-", "−")})
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.2"))
    total = net + tax
    deposit = q2(total * rng.choice([D("0.3"), D("0.5"), D("0.25")]))
    c = AG_CLIENTS[i]
    po_mode = ["box", "sentence", "none", "box"][i]
    po = (f"PO{rng.randint(10000, 99999)}" if i else f"{rng.randint(4500000, 4599999)}") if po_mode != "none" else None
    ctx = dict(logo=logo, tagline=rng.choice(["Brand · Digital · Film", "Design that earns attention", "Strategy & craft"]),
               inv_no=f"{d.year}-{rng.randint(10, 300):03d}", c_name=c[0], c_attn="FAO Accounts Payable",
               c_addr=f"{rng.randint(1, 80)} {rng.choice(['Mill Lane', 'Station Road', 'High Street'])}, {c[1]}",
               c_vat=(f"GB {rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}" if i % 2 else None),
               v_name=vname, v_addr1=f"{rng.randint(1, 40)} {street}", v_addr2=f"{city} {pc}", vat=vat, d=fmt(d), due=fmt(due),
               project=rng.choice(["Website relaunch", "Rebrand 2026", "Spring campaign", "Annual report design"]),
               po_box=po_mode == "box", po_sentence=po_mode == "sentence", po=po, items=rows, net=en(net), tax=en(tax), total=en(total),
               dep_date=fmt(d - dt.timedelta(days=rng.randint(20, 60))), deposit=en(deposit), balance=en(total - deposit),
               bank=rng.choice(["Starling Bank", "Barclays", "Monzo Business", "HSBC UK"]), sort=f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
               acct=digits(rng, 8, True), terms=f"Payment due within {(due - d).days} days. Late payments may incur interest under the Late Payment of Commercial Debts Act.",
               crn=digits(rng, 8, True), domain=vname.split()[0].lower() + ".co.uk")
    ctx["inv_no_"] = ctx["inv_no"]
    t = T(vendor_name=vname, vendor_tax_id=vat, invoice_number=ctx["inv_no"], po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat(),
          currency="GBP", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items),
          notes="Modern agency invoice with dark header band, 3 columns. total = Total incl. VAT (before the deposit); 'Balance due' "
                "(after 'Less deposit received') is a decoy. " + ("Discount is a negative line in the table (quantity null); subtotal is after it. " if i in (1, 3) else "")
                + ("Buyer VAT number is a decoy. " if i % 2 else "") + ("PO only in a sentence. " if po_mode == "sentence" else "")
                + ("No PO. " if po_mode == "none" else "") + "Company registration number in footer is a decoy.")
    checks = [fmt(d), fmt(due), vat, ctx["inv_no"]] + ([po] if po else [])
    return t, checks, (S06_HTML, ctx)


# =========================================================================== 07 Turkish e-Arşiv fatura
TR_VENDORS = [("ANADOLU ENDÜSTRİYEL MALZEME SANAYİ VE TİCARET LİMİTED ŞİRKETİ", "KOZYATAĞI", "İstanbul", "Kadıköy"),
              ("EGE YAZILIM VE DANIŞMANLIK ANONİM ŞİRKETİ", "KARŞIYAKA", "İzmir", "Bayraklı"),
              ("BAŞKENT OFİS MOBİLYALARI TİCARET LİMİTED ŞİRKETİ", "OSTİM", "Ankara", "Yenimahalle"),
              ("KARADENİZ GIDA PAZARLAMA ANONİM ŞİRKETİ", "ATAKUM", "Samsun", "Atakum")]
TR_BUYERS = [("YILDIZ İNŞAAT TAAHHÜT A.Ş.", "Bursa"), ("MAVİ DENİZ TURİZM OTELCİLİK LTD. ŞTİ.", "Antalya"),
             ("ÇINAR ECZA DEPOSU A.Ş.", "Konya"), ("ÖZKAN OTOMOTİV SAN. TİC. LTD. ŞTİ.", "Kocaeli")]
TR_CAT = [("Paslanmaz vida M6x20 (100'lü kutu)", 180, 420, lambda r: r.randint(5, 40), "Kutu"),
          ("Yazılım bakım ve destek hizmeti (aylık)", 8500, 24000, lambda r: r.randint(1, 3), "Ay"),
          ("Ofis koltuğu, file sırtlı", 3200, 7800, lambda r: r.randint(2, 12), "Adet"),
          ("Çalışma masası 160x80 cm", 4800, 9500, lambda r: r.randint(1, 8), "Adet"),
          ("Fındık içi, naturel (10 kg koli)", 2600, 4200, lambda r: r.randint(3, 30), "Koli"),
          ("Kurulum ve eğitim hizmeti", 1500, 3500, lambda r: r.randint(4, 16), "Saat"),
          ("Endüstriyel eldiven, nitril", 35, 95, lambda r: r.choice([50, 100, 200]), "Çift"),
          ("Nakliye bedeli", 750, 2500, lambda r: 1, "Adet")]

S07_HTML = """<html><head><meta charset="utf-8"><style>""" + BASE_CSS + """
body{font-size:8.5pt} .r{text-align:right} .c{text-align:center}
table.b td{border:1px solid #000;padding:2px 5px}
table.items{width:100%;margin-top:10px} table.items th{border:1px solid #000;padding:2px;font-size:7.5pt;background:#eee}
table.items td{border:1px solid #000;padding:2px 3px;font-size:8pt}
.ea{font-size:15pt;font-weight:bold;text-align:center;border:2px solid #000;padding:8px;width:180px;margin:0 auto}
</style></head><body>
<table style="width:100%"><tr><td style="width:42%;border-bottom:1px solid #000"><b>{{ v_name }}</b><br>{{ v_addr }}<br>Tel: {{ phone }}<br>
Web Sitesi: {{ web }}<br>Vergi Dairesi: {{ vd }}<br>VKN: {{ vkn }}<br>Mersis No: {{ mersis }}<br>Ticaret Sicil No: {{ sicil }}</td>
<td style="text-align:center"><div style="font-size:9pt">GİB</div><div class="ea">e-ARŞİV FATURA</div></td>
<td style="width:20%;font-size:7pt;color:#777;text-align:right">(Karekod)</td></tr></table>
<table style="width:100%;margin-top:10px"><tr><td style="width:50%;border-bottom:1px solid #000"><b>SAYIN</b><br>{{ b_name }}<br>{{ b_addr }}<br>
Vergi Dairesi: {{ b_vd }}<br>VKN: {{ b_vkn }}</td><td></td>
<td><table class="b" style="margin-left:auto"><tr><td>Özelleştirme No:</td><td>TR1.2</td></tr><tr><td>Senaryo:</td><td>EARSIVFATURA</td></tr>
<tr><td>Fatura Tipi:</td><td>SATIS</td></tr><tr><td>Fatura No:</td><td>{{ inv_no }}</td></tr><tr><td>Fatura Tarihi:</td><td>{{ d }}</td></tr>
<tr><td>Düzenleme Saati:</td><td>{{ time }}</td></tr>{% if po %}<tr><td>Sipariş No:</td><td>{{ po }}</td></tr><tr><td>Sipariş Tarihi:</td><td>{{ d_po }}</td></tr>{% endif %}
<tr><td>İrsaliye No:</td><td>{{ irs }}</td></tr>{% if due %}<tr><td>Son Ödeme Tarihi:</td><td>{{ due }}</td></tr>{% endif %}</table></td></tr></table>
<div style="margin-top:6px"><b>ETTN:</b> {{ ettn }}</div>
<table class="items"><tr><th>Sıra No</th><th>Mal Hizmet</th><th>Miktar</th><th>Birim Fiyat</th><th>İskonto Oranı</th><th>İskonto Tutarı</th><th>KDV Oranı</th><th>KDV Tutarı</th><th>Mal Hizmet Tutarı</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }} TL</td><td class="r">%0,00</td><td class="r">0,00 TL</td><td class="r">%20,00</td><td class="r">{{ it.v }} TL</td><td class="r">{{ it.a }} TL</td></tr>{% endfor %}
</table>
<table class="b" style="margin-left:auto;margin-top:8px">
<tr><td>Mal Hizmet Toplam Tutarı</td><td class="r">{{ net }} TL</td></tr><tr><td>Toplam İskonto</td><td class="r">0,00 TL</td></tr>
<tr><td>Hesaplanan KDV(%20)</td><td class="r">{{ tax }} TL</td></tr><tr><td>Vergiler Dahil Toplam Tutar</td><td class="r">{{ total }} TL</td></tr>
<tr><td><b>Ödenecek Tutar</b></td><td class="r"><b>{{ total }} TL</b></td></tr></table>
<table class="b" style="width:100%;margin-top:10px"><tr><td><b>Not:</b> Yalnız #{{ words }}# <br>{{ note }}<br>Banka: {{ bank }} IBAN: {{ iban }}</td></tr></table>
<p style="font-size:7.5pt">Bu satış internet üzerinden yapılmıştır. e-Arşiv izni kapsamında elektronik ortamda iletilmiştir.</p>
</body></html>"""


@style("07", "tr_e_arsiv_fatura")
def s07(rng, i):
    vname, vd, city, ilce = TR_VENDORS[i]
    vkn = valid(rng, lambda: digits(rng, 10, True), _trvkn.is_valid)
    bvkn = valid(rng, lambda: digits(rng, 10, True), _trvkn.is_valid)
    d = rand_date(rng)
    fmt = lambda x: x.strftime("%d-%m-%Y")
    pref = "".join(w[0] for w in vname.split()[:2]) + rng.choice("AEF")
    inv_no = f"{pref}{d.year}{rng.randint(1, 99999):09d}"
    items = mk_items(rng, TR_CAT, rng.randint(2, 5))
    rows = []
    for it in items:
        rows.append({"desc": it["desc"], "q": f"{de(it['qty'], 0)} {it['unit']}", "p": de(it["price"]), "v": de(q2(it["amount"] * D("0.2"))),
                     "a": de(it["amount"])})
    net = sum(it["amount"] for it in items)
    tax = sum(q2(it["amount"] * D("0.2")) for it in items)
    total = net + tax
    lira, kurus = int(total), int((total - int(total)) * 100)
    words = tr_words(lira) + "TürkLirası" + (tr_words(kurus) + "Kuruş" if kurus else "")
    po = f"SP{rng.randint(2024000, 2026999)}" if i in (0, 2) else (str(rng.randint(4500000000, 4509999999)) if i == 3 else None)
    due = d + dt.timedelta(days=30) if i in (1, 3) else None
    b = TR_BUYERS[i]
    ctx = dict(v_name=vname, v_addr=f"{rng.choice(['Atatürk Cad.', 'Cumhuriyet Mah.', 'İnönü Blv.'])} No:{rng.randint(1, 150)} {ilce}/{city}",
               phone=f"0{rng.randint(212, 466)} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
               web="www." + vname.split()[0].lower().replace("ü", "u").replace("ş", "s").replace("ı", "i").replace("ğ", "g").replace("ç", "c").replace("ö", "o").replace("i̇", "i") + ".com.tr",
               vd=vd, vkn=vkn, mersis="0" + digits(rng, 15), sicil=str(rng.randint(10000, 999999)), b_name=b[0],
               b_addr=f"{rng.choice(['Organize Sanayi Bölgesi', 'Lara Cad.', 'Meram Yolu'])} No:{rng.randint(1, 90)} {b[1]}",
               b_vd=rng.choice(["ULUDAĞ", "KURŞUNLU", "MERAM", "ALEMDAĞ"]), b_vkn=bvkn, inv_no=inv_no, d=fmt(d),
               time=f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", po=po, d_po=fmt(d - dt.timedelta(days=rng.randint(3, 20))),
               irs=f"IRS{d.year}{rng.randint(1, 9999):06d}", due=fmt(due) if due else None, ettn=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
               items=rows, net=de(net), tax=de(tax), total=de(total), words=words,
               note=rng.choice(["Ödeme havale/EFT ile yapılacaktır.", "Vade farkı uygulanır.", "Teslim: Depo teslim."]),
               bank=rng.choice(["Ziraat Bankası", "Garanti BBVA", "İş Bankası", "Akbank"]),
               iban=f"TR{rng.randint(10, 99)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}")
    t = T(vendor_name=vname, vendor_tax_id=vkn, invoice_number=inv_no, po_number=po, invoice_date=d.isoformat(),
          due_date=due.isoformat() if due else None, currency="TRY", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items),
          notes="Turkish e-Arşiv fatura (GİB template). vendor_tax_id = seller VKN (top left); buyer VKN under SAYIN is a decoy, as are "
                "Mersis No, ETTN (UUID), İrsaliye No. invoice_number = Fatura No (16 chars). Amounts '1.234,56 TL'; currency TRY. "
                "Total also in words (Yalnız #...#). Line amount = Mal Hizmet Tutarı (net)." + (" Sipariş No = PO." if po else " No PO."))
    checks = [fmt(d), vkn, inv_no] + ([fmt(due)] if due else []) + ([po] if po else [])
    return t, checks, (S07_HTML, ctx)
