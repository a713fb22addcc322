"""Chromium (HTML) styles for set 48, first part (01 Olomouc FAKTURA – DAŇOVÝ DOKLAD in Czech with a dark LEFT SIDEBAR,
DPH 21 % and 12 %, '1 234,56 Kč'; 02 Łódź FAKTURA VAT in Polish with the TOTAL at the TOP, a table without rules, VAT
23 % and 8 % and on two an advance (zaliczka) deducted; 03 Lobito FACTURA in Portuguese (Angola) on a fully ruled grid,
IVA 14 %, kwanzas '1.234,56 Kz' and the total in words)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, group4, long_date, rand_iban
from invoice_kit import css, de, digits, q2, qstr, rand_date, sp, style_registry, valid
from kit_common import due_note, lines, po_note, qr_svg, truth
from kit_words import pt_words
from stdnum.cz import dic
from stdnum.pl import nip

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Olomouc (DPH 21/12, CZK), left sidebar
OL_V = [
    ("Hanácká strojírna s.r.o.", "Přerovská 412/18, 779 00 Olomouc", "#1e3a5f"),
    ("Kavárna a pražírna U Dómu s.r.o.", "Václavské náměstí 4, 779 00 Olomouc", "#5b3a29"),
    ("Moravská tiskárna Litovel a.s.", "Palackého 901, 784 01 Litovel", "#14532d"),
    ("Olomoucké pivní lázně s.r.o.", "Holická 1173/49, 779 00 Olomouc", "#7c2d12"),
]
OL_B = ["Prostějovská stavební s.r.o., Vrahovická 80, 796 01 Prostějov", "Hotel Flora Olomouc a.s., Krapkova 34, 779 00 Olomouc", "Univerzitní knihkupectví s.r.o., Křížkovského 8, 779 00 Olomouc", "Šternberk Sport s.r.o., Hlavní náměstí 2, 785 01 Šternberk"]
OL_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, rate)
    ("Soustružení hřídele dle výkresu", "ks", 1, 40, 350, 2900, 21),
    ("Svařování konstrukce, práce", "hod", 1, 30, 650, 980, 21),
    ("Ocelový plech S235 2 mm", "kg", 10, 400, 38, 64, 21),
    ("Montáž na místě", "hod", 1, 16, 720, 1100, 21),
    ("Káva zrnková Etiopie 1 kg", "ks", 1, 20, 520, 890, 12),
    ("Káva zrnková Brazílie 1 kg", "ks", 1, 20, 420, 690, 12),
    ("Olomoucké tvarůžky 1 kg", "ks", 1, 30, 240, 380, 12),
    ("Čaj sypaný 250 g", "ks", 1, 30, 140, 290, 12),
    ("Kniha – Dějiny Olomouce", "ks", 1, 50, 290, 590, 12),
    ("Tisk brožur A5, 16 stran", "ks", 50, 2000, 12, 45, 21),
    ("Grafická příprava", "hod", 1, 12, 550, 950, 21),
    ("Pivní koupel pro 2 osoby", "ks", 1, 10, 2900, 4200, 21),
    ("Ubytování, noc", "noc", 1, 14, 1450, 2600, 12),
    ("Doprava", "km", 10, 300, 18, 32, 21),
    ("Dárkový poukaz – služby", "ks", 1, 10, 500, 3000, 21),
]
OL_HTML = """<html lang="cs"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:absolute;left:0;top:0;bottom:0;width:58mm;background:{{ color }};color:#fff;padding:12mm 6mm;box-sizing:border-box;font-size:8pt;line-height:1.45}
.side .l{color:#cbd5e1;font-size:6.8pt;margin-top:8px} .main{margin-left:64mm;padding-top:12mm;padding-right:10mm}
table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{border-bottom:1.5px solid {{ color }};font-size:7.4pt;text-align:left;padding:3px} table.it td{border-bottom:1px solid #ddd;padding:3px;font-size:8pt}
.r{text-align:right;white-space:nowrap} .tot{background:#fff;color:{{ color }};padding:6px;margin-top:10px;font-size:13pt;font-weight:bold;text-align:center}
</style></head><body>
<div class="side"><div style="font-size:11pt;font-weight:bold">{{ vname }}</div><div>{{ vaddr }}</div>
<div class="l">IČO</div><div>{{ ico }}</div><div class="l">DIČ</div><div>{{ vid }}</div>
<div class="l">{{ reg }}</div>
<div class="l">Bankovní spojení</div><div>{{ bank }}<br>č. ú. {{ acct }}<br>IBAN {{ ibanv }}<br>SWIFT {{ swift }}</div>
<div class="l">Variabilní symbol</div><div>{{ vs }}</div><div class="l">Konstantní symbol</div><div>0308</div>
<div class="l">K úhradě</div><div class="tot">{{ total }} Kč</div>
{% if qr %}<div style="margin-top:8px;background:#fff;display:inline-block;padding:2px">{{ qr|safe }}</div><div style="font-size:6.5pt">QR Platba</div>{% endif %}</div>
<div class="main"><div style="font-size:17pt;font-weight:bold;color:{{ color }}">FAKTURA – DAŇOVÝ DOKLAD</div><div style="font-size:10pt">č. {{ no }}</div>
<table style="width:100%;margin-top:10px;font-size:8.3pt"><tr><td style="width:52%"><div style="color:#666;font-size:7pt">Odběratel</div><b>{{ bname }}</b><br>IČO: {{ bico }} · DIČ: {{ bdic }}{% if cust %}<br>Číslo zákazníka: {{ cust }}{% endif %}</td>
<td><table>{% for k, v in heads %}<tr><td style="color:#666;padding-right:8px">{{ k }}</td><td><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr><th>Označení dodávky</th><th class="r">Množství</th><th>MJ</th><th class="r">Cena/MJ</th><th class="r">DPH %</th><th class="r">Bez DPH</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-top:10px;margin-left:auto;font-size:8.3pt;border-collapse:collapse"><tr style="color:#666"><td style="padding:2px 8px">Sazba</td><td class="r" style="padding:2px 8px">Základ</td><td class="r" style="padding:2px 8px">DPH</td><td class="r" style="padding:2px 8px">Celkem</td></tr>
{% for r in rates %}<tr><td style="padding:2px 8px">{{ r.r }} %</td><td class="r" style="padding:2px 8px">{{ r.b }}</td><td class="r" style="padding:2px 8px">{{ r.t }}</td><td class="r" style="padding:2px 8px">{{ r.g }}</td></tr>{% endfor %}
<tr style="font-weight:bold;border-top:1px solid #333"><td style="padding:2px 8px">Součet</td><td class="r" style="padding:2px 8px">{{ net }}</td><td class="r" style="padding:2px 8px">{{ tax }}</td><td class="r" style="padding:2px 8px">{{ total }}</td></tr></table>
<div style="margin-top:6px;text-align:right;font-size:11pt"><b>Celkem k úhradě: {{ total }} Kč</b></div>
{% if eur %}<div style="text-align:right;font-size:7.5pt;color:#555">Informativně v EUR (kurz ČNB {{ rate }}): {{ eur }} EUR</div>{% endif %}
<div style="margin-top:14px;font-size:7.5pt;color:#555">{{ foot }}</div></div>
</body></html>"""


@style("01", "cz_olo_olomouc_faktura_dph_21_12_sidebar")
def s01(rng, i):
    vname, vaddr, color = OL_V[i]
    d = rand_date(rng)
    items = lines(rng, OL_ROWS, [3, 9, 1, 14][i], D("1"))
    for x in items:
        x["rate"] = x["extra"]
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    ico = valid(rng, lambda: digits(rng, 8, True), dic.is_valid)
    vid = "CZ" + ico
    bico = valid(rng, lambda: digits(rng, 8, True), dic.is_valid)
    no = [f"{d.year}{rng.randint(1, 999):04d}", f"FV-{rng.randint(100, 999)}/{d.year}", f"{d.strftime('%y')}1{rng.randint(10000, 99999)}", f"{rng.randint(1000, 9999)}/{d.strftime('%y')}"][i]
    vs = "".join(c for c in no if c.isdigit())[:10]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: f"{x.day}. {x.month}. {x.year}", lambda x: long_date(x, "cs"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 14, 30])) if i != 1 else None
    duzp = d - dt.timedelta(days=rng.randint(0, 6))
    po = [f"OBJ-{rng.randint(1000, 9999)}", None, f"{rng.randint(45000, 45999)}", None][i]
    heads = [("Datum vystavení", fd(d)), ("Datum zdanitelného plnění", fd(duzp)), ("Datum splatnosti", fd(due) if due else "uhrazeno kartou"), ("Forma úhrady", "převodem" if due else "platební karta")]
    if po:
        heads.append(("Objednávka č.", po))
    if i == 3:
        heads.append(("Dodací list č.", f"DL{rng.randint(10000, 99999)}"))
    eur = de(q2(total / D("24.85"))) if i in (0, 3) else None
    acct = f"{digits(rng, 9, True)}/0100"
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, ico=ico, vid=vid, reg=f"Zapsáno v OR u Krajského soudu v Ostravě, oddíl C, vložka {rng.randint(1000, 99999)}",
        bank=rng.choice(["Komerční banka, a.s.", "Česká spořitelna, a.s.", "ČSOB, a.s."]), acct=acct, ibanv=group4(rand_iban(rng, "CZ", 20, "0100")), swift="KOMBCZPP", vs=vs,
        total=sp(total), qr=qr_svg(rng, 24) if due else None, no=no, bname=OL_B[i].split(",")[0], bico=bico, bdic="CZ" + bico, cust=digits(rng, 6) if i in (1, 2) else None,
        heads=heads, items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": sp(x["price"]), "r": x["rate"], "a": sp(x["amount"])} for x in items],
        rates=[{"r": r, "b": sp(b), "t": sp(t), "g": sp(b + t)} for r, b, t in rates], net=sp(net), tax=sp(tax), eur=eur, rate="24,850",
        foot="Faktura vystavena v systému Pohoda. Při úhradě uvádějte variabilní symbol." + (" Zaplaceno platební kartou – neplaťte." if not due else ""),
    )
    notes = (
        "Olomouc (Czechia) FAKTURA – DAŇOVÝ DOKLAD in Czech with a dark LEFT SIDEBAR (IČO, DIČ, bank, variable symbol, the TOTAL boxed), DPH 21 % and 12 % summarised per rate, '1 234,56 Kč': "
        "vendor = the name at the top of the sidebar; vendor_tax_id = 'DIČ' (CZ + IČO; the IČO alone, the buyer's IČO/DIČ, the account and IBAN, the variable and constant symbols, the court register are decoys). "
        "invoice_number = 'č.' under the title; invoice_date = 'Datum vystavení' (the 'Datum zdanitelného plnění' is a decoy). "
        + due_note(due, "uhrazeno kartou", "Datum splatnosti")
        + po_note(po, "Objednávka č.")
        + "subtotal = 'Součet' Základ; tax = 'Součet' DPH; total = 'Celkem k úhradě'"
        + (" (the informative EUR amount is a decoy)" if eur else "")
        + ". Currency CZK (only 'Kč'). Line items: every row, the value without DPH."
    )
    t = truth(vname, vid, no, po, d, due, "CZK", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Celkem k úhradě", fd(due) if due else None, fd(duzp), bico, eur]}
    return t, chk, (OL_HTML.replace("@@BASE@@", css(margin="0", fs="8.6pt")), ctx)


# =========================================================================== 02 Łódź (VAT 23/8, PLN), total at the top, unruled, advance
LD_V = [
    ("Łódzka Manufaktura Tekstyliów Sp. z o.o.", "ul. Piotrkowska 182, 90-368 Łódź", "#7f1d1d"),
    ("Księgarnia i Kawiarnia Pod Fabryką Sp. j.", "ul. Ogrodowa 17, 91-065 Łódź", "#1e40af"),
    ("Widzewska Pracownia Mebli Jan Kowalczyk", "al. Piłsudskiego 135, 92-318 Łódź", "#065f46"),
    ("Bałuckie Centrum Druku Sp. z o.o.", "ul. Zgierska 98, 91-303 Łódź", "#6b21a8"),
]
LD_B = ["Hotel Andel's Łódź Sp. z o.o.", "Szkoła Filmowa – Fundacja Kadr", "Restauracja Anatewka s.c.", "Teatr Nowy im. K. Dejmka"]
LD_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, rate)
    ("Tkanina lniana, bel. 50 m", "szt.", 1, 20, 890, 2400, 23),
    ("Obrusy bawełniane 140x220", "szt.", 5, 80, 89, 189, 23),
    ("Ręczniki hotelowe 70x140", "szt.", 10, 300, 29, 59, 23),
    ("Pościel satynowa komplet", "kpl.", 5, 120, 149, 329, 23),
    ("Książka – Ziemia obiecana, wyd. kolekcjonerskie", "szt.", 1, 40, 49, 129, 8),
    ("Album – Łódź fabryczna", "szt.", 1, 30, 89, 189, 8),
    ("Usługa gastronomiczna – catering", "os.", 10, 120, 45, 140, 8),
    ("Kawa parzona, dzbanek", "szt.", 1, 60, 18, 34, 8),
    ("Stół dębowy na wymiar", "szt.", 1, 4, 2400, 7800, 23),
    ("Krzesło tapicerowane", "szt.", 2, 24, 390, 890, 23),
    ("Renowacja szafy", "usł.", 1, 3, 600, 2400, 23),
    ("Druk plakatów B1", "szt.", 10, 300, 12, 48, 23),
    ("Druk programów teatralnych A5", "szt.", 100, 3000, 2, 9, 23),
    ("Projekt graficzny", "godz.", 1, 20, 120, 260, 23),
    ("Transport", "usł.", 1, 2, 150, 650, 23),
]
LD_HTML = """<html lang="pl"><head><meta charset="utf-8"><style>@@BASE@@
table.it{width:100%;border-collapse:collapse;margin-top:8px} table.it th{font-size:7.2pt;color:#666;font-weight:normal;text-align:left;padding:3px 4px} table.it td{padding:3px 4px;font-size:8pt}
.r{text-align:right;white-space:nowrap} .lab{color:#666;font-size:7.2pt}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:13pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:8pt">{{ vaddr }}<br>NIP {{ vid }} · REGON {{ regon }}{% if krs %} · KRS {{ krs }}{% endif %}</div></td>
<td style="width:72mm;background:{{ color }};color:#fff;padding:8px;text-align:right"><div style="font-size:7.5pt">{{ toplab }}</div><div style="font-size:18pt;font-weight:bold">{{ top }} zł</div>{% if due %}<div style="font-size:8pt">termin płatności: {{ due }}</div>{% endif %}</td></tr></table>
<div style="font-size:15pt;font-weight:bold;margin-top:10px">Faktura VAT nr {{ no }}</div>
<div style="font-size:8pt">Data wystawienia: {{ date }}, Łódź · Data sprzedaży: {{ sdate }}{% if po %} · Zamówienie: {{ po }}{% endif %}</div>
<table style="width:100%;margin-top:8px;font-size:8pt"><tr><td style="width:50%"><div class="lab">Sprzedawca</div>{{ vname }}<br>{{ vaddr }}<br>Konto: {{ konto }}</td><td><div class="lab">Nabywca</div><b>{{ bname }}</b><br>NIP: {{ bnip }}</td></tr></table>
<table class="it"><tr><th>Lp.</th><th>Nazwa towaru lub usługi</th><th>J.m.</th><th class="r">Ilość</th><th class="r">Cena netto</th><th class="r">Wartość netto</th><th class="r">Stawka VAT</th><th class="r">Kwota VAT</th><th class="r">Wartość brutto</th></tr>
{% for it in items %}<tr style="{% if loop.index is even %}background:#f5f5f4{% endif %}"><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="r">{{ it.r }}%</td><td class="r">{{ it.t }}</td><td class="r">{{ it.g }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:8px;font-size:8pt"><tr class="lab"><td style="padding:2px 8px">Stawka</td><td class="r" style="padding:2px 8px">Netto</td><td class="r" style="padding:2px 8px">VAT</td><td class="r" style="padding:2px 8px">Brutto</td></tr>
{% for r in rates %}<tr><td style="padding:2px 8px">{{ r.r }}%</td><td class="r" style="padding:2px 8px">{{ r.b }}</td><td class="r" style="padding:2px 8px">{{ r.t }}</td><td class="r" style="padding:2px 8px">{{ r.g }}</td></tr>{% endfor %}
<tr style="font-weight:bold"><td style="padding:2px 8px">Razem</td><td class="r" style="padding:2px 8px">{{ net }}</td><td class="r" style="padding:2px 8px">{{ tax }}</td><td class="r" style="padding:2px 8px">{{ total }}</td></tr></table>
<div style="margin-top:8px;font-size:9pt">Razem do zapłaty: <b>{{ total }} PLN</b>{% if adv %}<br>Zapłacono zaliczką (faktura zaliczkowa {{ advno }} z {{ advdate }}): {{ adv }} PLN<br><b>Pozostało do zapłaty: {{ rest }} PLN</b>{% endif %}</div>
<div style="font-size:7.5pt;color:#555;margin-top:4px">Sposób płatności: {{ pay }}{% if mpp %} · Mechanizm podzielonej płatności{% endif %}</div>
<table style="width:100%;margin-top:30px;font-size:7pt;color:#666"><tr><td>............................................<br>podpis osoby upoważnionej do odbioru</td><td class="r">............................................<br>podpis osoby upoważnionej do wystawienia</td></tr></table>
</body></html>"""


@style("02", "pl_lod_lodz_faktura_vat_23_8_zaliczka_total_top")
def s02(rng, i):
    vname, vaddr, color = LD_V[i]
    d = rand_date(rng)
    items = lines(rng, LD_ROWS, [5, 2, 12, 8][i], D("0.01"))
    for x in items:
        x["rate"] = x["extra"]
        x["tax"] = q2(x["amount"] * x["rate"] / 100)
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vid = valid(rng, lambda: str(rng.randint(7, 9)) + digits(rng, 9), nip.is_valid)
    bnip = valid(rng, lambda: str(rng.randint(7, 9)) + digits(rng, 9), nip.is_valid)
    fmt_nip = lambda s: f"{s[:3]}-{s[3:6]}-{s[6:8]}-{s[8:]}"  # noqa: E731
    vidp = [vid, fmt_nip(vid), vid, fmt_nip(vid)][i]
    no = [f"FV/{rng.randint(1, 300)}/{d.month:02d}/{d.year}", f"{rng.randint(1, 999)}/{d.year}", f"F/{d.year}/{rng.randint(1000, 9999)}", f"FV {rng.randint(10, 99)}/{d.strftime('%m/%y')}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "pl"), lambda x: x.isoformat(), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([7, 14, 21])) if i != 1 else None
    adv = q2(total * D(rng.choice([30, 40, 50])) / 100) if i in (2, 3) else None
    po = [f"ZAM/{rng.randint(100, 999)}/{d.year}", None, None, f"{rng.randint(4500000, 4599999)}"][i]
    advdate = d - dt.timedelta(days=rng.randint(10, 60))
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, vid=vidp, regon=digits(rng, 9, True), krs=f"0000{digits(rng, 6)}" if "Sp. z o.o." in vname else None,
        toplab="Pozostało do zapłaty" if adv else "Do zapłaty", top=sp((total - adv) if adv else total), due=fd(due) if due else None, no=no, date=fd(d), sdate=fd(d - dt.timedelta(days=rng.randint(0, 3))), po=po,
        konto=(lambda ib: ib[2:4] + " " + group4(ib[4:]))(rand_iban(rng, "PL", 24)), bname=LD_B[i], bnip=fmt_nip(bnip),
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": sp(x["price"]), "a": sp(x["amount"]), "r": x["rate"], "t": sp(x["tax"]), "g": sp(x["amount"] + x["tax"])} for x in items],
        rates=[{"r": r, "b": sp(b), "t": sp(t), "g": sp(b + t)} for r, b, t in rates], net=sp(net), tax=sp(tax), total=sp(total),
        adv=sp(adv) if adv else None, advno=f"FZ/{rng.randint(1, 99)}/{advdate.year}", advdate=advdate.strftime("%d.%m.%Y"), rest=sp(total - adv) if adv else None,
        pay="gotówka – zapłacono" if not due else "przelew", mpp=total > 15000,
    )
    notes = (
        "Łódź (Poland) FAKTURA VAT in Polish with the amount due in a coloured box at the TOP, a table WITHOUT RULES (zebra), VAT 23 % and 8 % per row and summarised per rate, '1 234,56 zł': "
        "vendor = the name at the top; vendor_tax_id = 'NIP' under it (the buyer's NIP, REGON, KRS and the account are decoys). "
        "invoice_number = 'Faktura VAT nr'; invoice_date = 'Data wystawienia' (the 'Data sprzedaży' is a decoy). "
        + due_note(due, "gotówka – zapłacono", "termin płatności")
        + po_note(po, "Zamówienie")
        + "subtotal = 'Razem' Netto; tax = 'Razem' VAT; total = 'Razem do zapłaty'"
        + (" (BEFORE the advance: the advance invoice, its amount and 'Pozostało do zapłaty', also the box at the top, are decoys)" if adv else "")
        + ". Currency PLN ('zł' and 'PLN'). Line items: every row, the net value."
    )
    t = truth(vname, vidp, no, po, d, due, "PLN", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vidp, "Razem do zapłaty", fd(due) if due else None, ctx["bnip"], ctx["rest"]]}
    return t, chk, (LD_HTML.replace("@@BASE@@", css(margin="12mm 12mm", fs="8.6pt")), ctx)


# =========================================================================== 03 Lobito (IVA 14 %, AOA), fully ruled, total in words
LB_V = [
    ("Pescados do Lobito, Lda.", "Rua da Restinga n.º 45, Lobito, Benguela"),
    ("Caminho de Ferro Serviços Logísticos, S.A.", "Av. da Independência n.º 210, Compão, Lobito"),
    ("Ferragens Catumbela Comercial, Lda.", "Estrada Nacional 100, Catumbela, Benguela"),
    ("Papelaria e Livraria Baía Azul, Lda.", "Rua 15 de Agosto n.º 8, Lobito"),
]
LB_B = ["Hotel Terminus Lobito, Lda.", "Sonangol Logística – Base do Lobito", "Construções Benguela Sul, S.A.", "Colégio Esperança do Lobito"]
LB_ROWS = [
    ("Carapau congelado, caixa 20 kg", "cx", 1, 60, 18000, 32000),
    ("Camarão médio, kg", "kg", 5, 120, 6500, 12500),
    ("Peixe seco (corvina), kg", "kg", 5, 80, 3500, 7500),
    ("Armazenagem em contentor, dia", "dia", 1, 30, 15000, 45000),
    ("Manuseamento portuário", "TEU", 1, 12, 85000, 180000),
    ("Transporte ferroviário Lobito–Huambo", "ton", 5, 60, 9500, 18000),
    ("Cimento Portland 50 kg", "saco", 10, 400, 4200, 6800),
    ("Varão de ferro 12 mm, 12 m", "un", 10, 300, 5200, 8900),
    ("Tinta plástica branca 20 L", "bd", 1, 40, 18500, 36000),
    ("Cadernos A4 96 folhas", "un", 20, 500, 450, 950),
    ("Resmas de papel A4", "un", 5, 200, 3900, 6500),
    ("Manual escolar 7.ª classe", "un", 10, 200, 2800, 5500),
    ("Frete e entrega", "serv", 1, 1, 15000, 85000),
]
LB_HTML = """<html lang="pt-AO"><head><meta charset="utf-8"><style>@@BASE@@
table.g{width:100%;border-collapse:collapse} table.g td,table.g th{border:1px solid #444;padding:3px 4px;font-size:8pt} table.g th{background:#e5e7eb;font-size:7.4pt}
.r{text-align:right;white-space:nowrap}
</style></head><body>
<table style="width:100%"><tr><td style="width:60%"><div style="font-size:13pt;font-weight:bold">{{ vname }}</div><div style="font-size:8pt">{{ vaddr }}<br>Contribuinte n.º {{ vid }}<br>Tel. +244 272 {{ tel }}</div></td>
<td style="border:1.5px solid #000;padding:6px"><div style="font-size:14pt;font-weight:bold">FACTURA</div><div style="font-size:9pt">N.º {{ no }}</div><div style="font-size:8pt">Data de emissão: {{ date }}{% if due %}<br>Data de vencimento: {{ due }}{% endif %}<br>{{ via }}</div></td></tr></table>
<table class="g" style="margin-top:8px"><tr><td style="width:50%">Exmo.(s) Sr.(s)<br><b>{{ bname }}</b><br>NIF do cliente: {{ bnif }}</td><td>Cliente n.º {{ cust }}{% if po %}<br>Requisição n.º {{ po }}{% endif %}{% if guia %}<br>Guia de remessa {{ guia }}{% endif %}<br>Moeda: {{ curlab }}</td></tr></table>
<table class="g" style="margin-top:8px"><tr><th>Código</th><th>Descrição</th><th>Un.</th><th>Qtd.</th><th>Preço unit.</th><th>Desc.</th><th>IVA</th><th>Valor</th></tr>
{% for it in items %}<tr><td>{{ it.c }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">0,00</td><td class="r">14%</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px"><tr><td style="width:55%;font-size:7.6pt;vertical-align:top"><table class="g"><tr><th>Taxa</th><th>Incidência</th><th>Valor IVA</th><th>Motivo</th></tr><tr><td>IVA 14%</td><td class="r">{{ net }}</td><td class="r">{{ tax }}</td><td>—</td></tr></table>
<div style="margin-top:6px">Coordenadas bancárias: {{ bank }} · IBAN {{ iban }}</div></td>
<td style="vertical-align:top"><table class="g"><tr><td>Total ilíquido</td><td class="r">{{ net }}</td></tr><tr><td>Total descontos</td><td class="r">0,00</td></tr><tr><td>Total IVA</td><td class="r">{{ tax }}</td></tr><tr><td><b>Total a pagar</b></td><td class="r"><b>{{ total }}{{ suffix }}</b></td></tr></table></td></tr></table>
<div style="margin-top:8px;font-size:8.4pt">Valor por extenso: <i>{{ words }}</i></div>
{% if usd %}<div style="font-size:7.5pt;color:#555">Contravalor em USD ao câmbio do BNA ({{ rate }}): USD {{ usd }}</div>{% endif %}
<div style="margin-top:20px;font-size:7pt;color:#555">{{ hash }}-Processado por programa validado n.º {{ cert }}/AGT/{{ certy }} · Os bens/serviços foram colocados à disposição do adquirente na data do documento.</div>
</body></html>"""


@style("03", "ao_lob_lobito_factura_iva_14_kwanzas_ruled")
def s03(rng, i):
    vname, vaddr = LB_V[i]
    d = rand_date(rng)
    items = lines(rng, LB_ROWS, [2, 6, 10, 4][i], D("10"))
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.14"))
    total = net + tax
    vid = f"5{digits(rng, 9)}"
    bnif = f"5{digits(rng, 9)}" if i != 3 else digits(rng, 9, True) + "LA" + digits(rng, 3)
    no = [f"FT {d.year}/{rng.randint(1, 999)}", f"FT A{d.strftime('%y')}/{rng.randint(1000, 9999)}", f"FT FC{d.year}/{rng.randint(10, 999)}", f"FT 1/{rng.randint(100, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: x.isoformat()][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i != 3 else None
    po = [None, f"REQ-{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}/{d.year}", None][i]
    whole = int(total)
    cents = int((total - whole) * 100)
    words = pt_words(whole).capitalize() + " kwanzas" + (f" e {pt_words(cents)} cêntimos" if cents else "")
    curlab, suffix = [("AOA – Kwanza", ""), ("Kwanza (AOA)", " Kz"), ("AOA", " AOA"), ("Kz", " Kz")][i]
    usd = f"{total / D('912.5'):,.2f}" if i in (1, 2) else None
    ctx = dict(
        vname=vname, vaddr=vaddr, vid=vid, tel=digits(rng, 6), no=no, date=fd(d), due=fd(due) if due else None, via=rng.choice(["Original", "Original", "Duplicado"]),
        bname=LB_B[i], bnif=bnif, cust=digits(rng, 5), po=po, guia=f"GR {d.year}/{rng.randint(10, 999)}" if i in (0, 2) else None, curlab=curlab,
        items=[{"c": f"{rng.randint(100, 999)}.{rng.randint(10, 99)}", "d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": de(x["price"]), "a": de(x["amount"])} for x in items],
        net=de(net), tax=de(tax), total=de(total), suffix=suffix, words=words, usd=usd, rate="912,500", bank=rng.choice(["BAI", "BFA", "BIC", "Banco Sol"]),
        iban=group4(rand_iban(rng, "AO", 21, "0040")), hash="".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)), cert=rng.randint(10, 400), certy=rng.choice([2019, 2020, 2021]),
    )
    notes = (
        "Lobito (Benguela, Angola) FACTURA in Portuguese on a FULLY RULED grid, IVA 14 %, kwanzas '1.234,56' with the total in Portuguese words ('Valor por extenso'): "
        "vendor = the name at the top; vendor_tax_id = 'Contribuinte n.º' (the NIF; the client's NIF, the client number, the IBAN, the AGT software certificate are decoys). "
        "invoice_number = 'N.º' in the box ('FT ...'); invoice_date = 'Data de emissão'. "
        + due_note(due, None, "Data de vencimento")
        + po_note(po, "Requisição n.º")
        + "subtotal = 'Total ilíquido'; tax = 'Total IVA'; total = 'Total a pagar'"
        + (" (the USD counter-value at the BNA rate is a decoy)" if usd else "")
        + f". Currency AOA (shown as '{curlab}'{', and in words' if True else ''}). Line items: every row."
    )
    t = truth(vname, vid, no, po, d, due, "AOA", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total a pagar", fd(due) if due else None, bnif, words, usd]}
    return t, chk, (LB_HTML.replace("@@BASE@@", css(margin="12mm 12mm", fs="8.6pt")), ctx)
