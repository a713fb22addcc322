"""Chromium (HTML) styles for set 66, first part (01 Bydgoszcz FAKTURA VAT in Polish under a coloured HEADER BAND with
white labels, a fully ruled table with a position column, the totals in a box at the right, an advance (zaliczka)
deducted on two, the sum in Polish words and one of four a FAKTURA KORYGUJĄCA (credit note); 02 Pitești utility
FACTURĂ in Romanian with the amount due at the TOP, meter readings, the balance brought forward and a payment slip at
the foot; 03 Tetovo hotel FOLIO / invoice in Macedonian and Albanian with the invoice facts in a RIGHT SIDEBAR, prices
including ДДВ, a deposit deducted and a EUR counter-value)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, by_rate_gross, group4, long_date, pl_zloty, rand_iban, vid
from invoice_kit import css, de, digits, iban, q2, qstr, rand_date, sp, style_registry
from kit_common import bars_svg, due_note, lines, po_note, truth
from stdnum.mk import edb
from stdnum.pl import nip, regon
from stdnum.ro import cui

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Bydgoszcz (VAT 23/8, PLN), header band, ruled, zaliczka, korekta
BY_V = [
    ("Zakłady Stolarskie Brda Sp. z o.o.", "ul. Fordońska 212, 85-790 Bydgoszcz", "#7f1d1d", "KRS 0000" + "{krs}", "furniture"),
    ("Drukarnia Offsetowa Wyspa Młyńska Sp. z o.o.", "ul. Mennica 6, 85-112 Bydgoszcz", "#1e3a8a", "KRS 0000" + "{krs}", "print"),
    ("Hurtownia Elektryczna Kapuściska S.A.", "ul. Wojska Polskiego 65, 85-825 Bydgoszcz", "#14532d", "KRS 0000" + "{krs}", "electric"),
    ("Pracownia Projektowa Brdyujście Sp. z o.o. sp.k.", "ul. Toruńska 148, 85-880 Bydgoszcz", "#4a044e", "KRS 0000" + "{krs}", "design"),
]
BY_B = [
    ("Hotel Pod Orłem Sp. z o.o.", "ul. Gdańska 14, 85-006 Bydgoszcz"),
    ("Wydawnictwo Pomorskie Pióro s.c.", "ul. Dworcowa 31, 85-009 Bydgoszcz"),
    ("Instalbud Toruń Sp. z o.o.", "ul. Szosa Lubicka 110, 87-100 Toruń"),
    ("Gmina Białe Błota", "ul. Szubińska 7, 86-005 Białe Błota"),
]
BY_ROWS = {  # (desc, unit, qlo, qhi, lo, hi, vat)
    "furniture": [("Stół konferencyjny dębowy 280 x 120 cm, blat lity, olejowany, nogi stalowe malowane proszkowo", "szt.", 1, 4, 2400, 6900, 23),
                  ("Krzesło tapicerowane, tkanina trudnopalna kl. B1, kolor grafit", "szt.", 6, 40, 390, 820, 23),
                  ("Szafa aktowa dwudrzwiowa z zamkiem, 5 półek, płyta laminowana 18 mm", "szt.", 1, 12, 780, 1650, 23),
                  ("Montaż mebli u klienta wraz z transportem na terenie Bydgoszczy", "usł.", 1, 1, 350, 1200, 23),
                  ("Lada recepcyjna wg projektu indywidualnego, z podświetleniem LED", "kpl.", 1, 1, 5800, 14800, 23)],
    "print": [("Druk książki, oprawa miękka klejona, 240 stron, papier Munken Print Cream 80 g", "egz.", 200, 2000, 9, 24, 5),
              ("Druk katalogu A4, 48 stron + okładka 4+4, lakier dyspersyjny", "egz.", 100, 1500, 6, 19, 23),
              ("Przygotowanie plików do druku (DTP), korekta techniczna", "godz.", 2, 20, 90, 160, 23),
              ("Ulotki A5, papier kredowy 135 g, druk dwustronny", "szt.", 1000, 10000, 0.12, 0.35, 23),
              ("Druk czasopisma regionalnego, 32 strony, nakład miesięczny", "egz.", 300, 3000, 3, 8, 8)],
    "electric": [("Przewód YDYp 3x2,5 mm² 450/750 V, krążek 100 m", "kr.", 2, 30, 260, 420, 23),
                 ("Rozdzielnica natynkowa 36 modułów IP65 z szyną N/PE", "szt.", 1, 10, 180, 540, 23),
                 ("Wyłącznik różnicowoprądowy 4P 40A 30mA typ A", "szt.", 2, 30, 120, 260, 23),
                 ("Oprawa LED panel 60x60 cm 40 W 4000 K, UGR<19", "szt.", 10, 120, 68, 180, 23),
                 ("Koryto kablowe perforowane 100x60, odcinek 3 m", "odc.", 5, 80, 45, 120, 23)],
    "design": [("Projekt budowlany przebudowy budynku szkoły, branża architektoniczna, etap II", "kpl.", 1, 1, 18000, 46000, 23),
               ("Projekt wykonawczy instalacji sanitarnych z przedmiarem i kosztorysem inwestorskim", "kpl.", 1, 1, 6500, 19000, 23),
               ("Nadzór autorski – pobyt na budowie wraz z wpisem do dziennika budowy", "pobyt", 2, 12, 450, 900, 23),
               ("Inwentaryzacja architektoniczna obiektu, pomiar i rysunki", "m²", 200, 2400, 4, 11, 23)],
}
BY_HTML = """<html lang="pl"><head><meta charset="utf-8"><style>@@BASE@@
.band{background:{{ color }};color:#fff;padding:10px 14px 8px 14px;margin:-2mm -2mm 0 -2mm}
.band .t{font-family:'DejaVu Serif',serif;font-size:19pt;font-weight:bold;letter-spacing:.5px}
.band td.f{padding:3px 14px 0 0;font-size:8.6pt;white-space:nowrap} .band .l{font-size:6.8pt;color:#fde68a;text-transform:none;display:block}
.party{border:1px solid #9ca3af;padding:6px 8px;font-size:8.2pt;vertical-align:top;width:50%}
.party .h{font-size:7pt;color:{{ color }};font-weight:bold;border-bottom:1px solid #d1d5db;margin-bottom:3px}
table.it{width:100%;border-collapse:collapse;margin-top:10px;font-size:7.9pt} table.it th{border:1px solid #6b7280;background:#f3f4f6;padding:3px;font-size:7pt;text-align:center}
table.it td{border:1px solid #6b7280;padding:3px 4px} .r{text-align:right;white-space:nowrap} .c{text-align:center}
table.vs{border-collapse:collapse;font-size:7.8pt} table.vs td,table.vs th{border:1px solid #9ca3af;padding:2px 6px} table.vs th{background:#f3f4f6;font-size:7pt}
.tot{border:2px solid {{ color }};padding:6px 10px;font-size:8.8pt} .tot td{padding:2px 4px}
</style></head><body>
<div class="band"><table style="width:100%"><tr><td style="vertical-align:top"><div class="t">{{ title }}</div><div style="font-size:8pt">{{ subtitle }}</div></td>
<td style="text-align:right;vertical-align:top"><table style="margin-left:auto;color:#fff"><tr>
<td class="f"><span class="l">Numer</span><b>{{ no }}</b></td><td class="f"><span class="l">Data wystawienia</span><b>{{ d }}</b></td>
<td class="f"><span class="l">{{ d2_l }}</span><b>{{ d2 }}</b></td><td class="f"><span class="l">Miejsce wystawienia</span>Bydgoszcz</td></tr></table></td></tr></table></div>
<table style="width:100%;border-collapse:separate;border-spacing:0 8px;margin-top:6px"><tr>
<td class="party"><div class="h">SPRZEDAWCA</div><b>{{ vname }}</b><br>{{ vaddr }}<br>NIP: {{ vnip }}<br>REGON: {{ regon }} · {{ krs }}<br>BDO: {{ bdo }}<br>Bank PKO BP S.A. {{ acct }}</td>
<td class="party"><div class="h">NABYWCA</div><b>{{ bname }}</b><br>{{ baddr }}<br>NIP: {{ bnip }}{% if recv %}<br><span style="color:#555">Odbiorca: {{ recv }}</span>{% endif %}{% if po %}<br>{{ po_l }}: <b>{{ po }}</b>{% endif %}{% if contract %}<br>Umowa nr {{ contract }}{% endif %}</td></tr></table>
{% if orig %}<div style="border-left:4px solid {{ color }};padding:4px 8px;background:#fef2f2;font-size:8.2pt">Korekta do faktury nr <b>{{ orig }}</b> z dnia {{ origd }} · Przyczyna korekty: {{ reason }}</div>{% endif %}
<table class="it"><tr><th style="width:4%">Lp.</th><th>Nazwa towaru lub usługi</th><th style="width:6%">J.m.</th><th style="width:7%">Ilość</th><th style="width:11%">Cena netto</th><th style="width:12%">Wartość netto</th><th style="width:6%">VAT</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.d }}</td><td class="c">{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="c">{{ it.r }}%</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="vertical-align:top;width:52%">
<table class="vs"><tr><th>Stawka VAT</th><th>Wartość netto</th><th>Kwota VAT</th><th>Wartość brutto</th></tr>
{% for r in rates %}<tr><td class="c">{{ r.r }}%</td><td class="r">{{ r.b }}</td><td class="r">{{ r.t }}</td><td class="r">{{ r.g }}</td></tr>{% endfor %}
<tr><td class="c"><b>Razem</b></td><td class="r"><b>{{ net }}</b></td><td class="r"><b>{{ tax }}</b></td><td class="r"><b>{{ total }}</b></td></tr></table>
<div style="margin-top:10px;font-size:8pt">Sposób płatności: <b>{{ pay }}</b>{% if due %}<br>Termin płatności: <b>{{ due }}</b>{% endif %}<br>Nr rachunku: {{ ibanv }}</div>
{% if mpp %}<div style="margin-top:4px;font-size:7.6pt;font-weight:bold">{{ mpp }}</div>{% endif %}
</td><td style="vertical-align:top"><div class="tot"><table style="width:100%">
<tr><td>Razem netto</td><td class="r">{{ net }} zł</td></tr><tr><td>Razem VAT</td><td class="r">{{ tax }} zł</td></tr>
<tr><td style="border-top:1px solid #999"><b>Razem brutto</b></td><td class="r" style="border-top:1px solid #999"><b>{{ total }} zł</b></td></tr>
{% if adv %}<tr><td style="font-size:7.8pt">Zaliczka otrzymana (faktura {{ adv_no }} z {{ adv_d }})</td><td class="r">−{{ adv }} zł</td></tr>{% endif %}
<tr><td style="font-size:10.5pt;color:{{ color }}"><b>{{ due_l }}</b></td><td class="r" style="font-size:10.5pt;color:{{ color }}"><b>{{ pay_amt }} zł</b></td></tr></table>
<div style="font-size:7.6pt;margin-top:4px">Słownie: {{ words }}</div></div></td></tr></table>
<table style="width:100%;margin-top:34px;font-size:7pt;color:#555;text-align:center"><tr><td style="border-top:1px dotted #999;width:40%">Imię, nazwisko i podpis osoby upoważnionej do odbioru dokumentu</td><td></td><td style="border-top:1px dotted #999;width:40%">Wystawił(a): {{ clerk }}</td></tr></table>
<div style="position:absolute;bottom:0;left:0;right:0;font-size:6.6pt;color:#888;border-top:1px solid #ddd;padding-top:2px">{{ vname }} · Sąd Rejonowy w Bydgoszczy, XIII Wydział Gospodarczy KRS · kapitał zakładowy {{ cap }} zł · KSeF: {{ ksef }} · Strona 1 z 1</div>
</body></html>"""


@style("01", "pl_byd_bydgoszcz_faktura_vat_23_8_header_band_zaliczka_korekta")
def s01(rng, i):
    vname, vaddr, color, krs, kind = BY_V[i]
    bname, baddr = BY_B[i]
    credit = i == 2
    d = rand_date(rng)
    items = lines(rng, BY_ROWS[kind], [3, 4, 3, 3][i], D("0.01"))
    for x in items:
        x["rate"] = x["extra"]
        if credit:
            x["qty"], x["amount"] = -x["qty"], -x["amount"]
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    vnip_raw = vid(rng, 10, nip)
    bnip_raw = vid(rng, 10, nip)
    dash = i != 1
    vnip = f"{vnip_raw[:3]}-{vnip_raw[3:6]}-{vnip_raw[6:8]}-{vnip_raw[8:]}" if dash else vnip_raw
    bnip = f"{bnip_raw[:3]}-{bnip_raw[3:6]}-{bnip_raw[6:8]}-{bnip_raw[8:]}" if dash else bnip_raw
    no = [f"FV/{rng.randint(10, 999)}/{d.month:02d}/{d.year}", f"{rng.randint(100, 999)}/{d.year}/DR", f"FK/{rng.randint(1, 99)}/{d.year}", f"FV {d.year}/{d.month:02d}/{rng.randint(1, 120):03d}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: x.isoformat(), lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "pl")][i]
    sale = d - dt.timedelta(days=rng.randint(0, 6))
    due = {0: d + dt.timedelta(days=14), 1: d + dt.timedelta(days=rng.choice([7, 21, 30])), 2: None, 3: d + dt.timedelta(days=30)}[i]
    po = {0: None, 1: f"ZAM/{rng.randint(100, 999)}/{d.year % 100}", 2: None, 3: f"ZP.271.{rng.randint(10, 99)}.{d.year}"}[i]
    po_l = "Zamówienie nr" if i == 1 else "Znak sprawy"
    contract = f"{rng.randint(10, 99)}/UM/{d.year}" if i == 0 else None
    adv = q2(total * D(rng.choice([30, 40, 50])) / 100) if i in (0, 3) else None
    adv_no = f"FZ/{rng.randint(1, 40)}/{d.year}" if adv else None
    adv_d = fd(d - dt.timedelta(days=rng.randint(20, 90))) if adv else None
    pay_amt = total - adv if adv else total
    od = d - dt.timedelta(days=rng.randint(12, 45))
    orig = f"FV/{rng.randint(10, 999)}/{od.month:02d}/{od.year}" if credit else None
    origd = fd(od) if credit else None
    title = ["FAKTURA VAT KOŃCOWA", "FAKTURA VAT", "FAKTURA KORYGUJĄCA", "FAKTURA KOŃCOWA"][i]
    due_l = "Do zwrotu" if credit else ("Pozostało do zapłaty" if adv else "Do zapłaty")
    mpp = "mechanizm podzielonej płatności" if total >= 15000 and not credit else None
    acct = group4(rand_iban(rng, "PL", 24, "1020" + "1462"))
    ctx = dict(
        color=color, title=title, subtitle="ORYGINAŁ" if not credit else "korekta wartości – zwrot towaru", no=no, d=fd(d),
        d2_l="Data korekty" if credit else "Data sprzedaży", d2=fd(d) if credit else fd(sale),
        vname=vname, vaddr=vaddr, vnip=vnip, regon=vid(rng, 9, regon), krs=krs.format(krs=digits(rng, 6, True)), bdo=digits(rng, 9, True), acct=acct,
        bname=bname, baddr=baddr, bnip=bnip, recv="Szkoła Podstawowa nr 2 w Łochowie" if i == 3 else None, po=po, po_l=po_l, contract=contract,
        orig=orig, origd=origd, reason="zwrot części towaru (reklamacja nr R/" + digits(rng, 3, True) + ")",
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": sp(x["price"]), "a": sp(x["amount"]), "r": x["rate"]} for x in items],
        rates=[{"r": r, "b": sp(b), "t": sp(t), "g": sp(b + t)} for r, b, t in rates], net=sp(net), tax=sp(tax), total=sp(total),
        pay={0: "przelew", 1: "przelew", 2: "zwrot na rachunek nabywcy", 3: "przelew"}[i], due=fd(due) if due else None, ibanv=acct, mpp=mpp,
        adv=sp(adv) if adv else None, adv_no=adv_no, adv_d=adv_d, due_l=due_l, pay_amt=sp(abs(pay_amt)) if credit else sp(pay_amt),
        words=pl_zloty(pay_amt), clerk=rng.choice(["Anna Kowalczyk", "Tomasz Wiśniewski", "Katarzyna Lewandowska"]),
        cap=sp(D(rng.choice([5000, 50000, 120000])), 0), ksef=f"{vnip_raw}-{d.strftime('%Y%m%d')}-{digits(rng, 12, True)}-{digits(rng, 2)}",
    )
    notes = (
        "Bydgoszcz (Poland) " + ("FAKTURA KORYGUJĄCA (credit note for returned goods: quantities, amounts and totals printed NEGATIVE; the corrected invoice's number and date are decoys; 'Do zwrotu' prints the amount without sign)" if credit else title)
        + " in Polish under a coloured HEADER BAND with white labels above the values, a fully ruled table with 'Lp.' and wrapped descriptions, a VAT summary per rate and the totals in a framed box at the right, '1 234,56 zł': "
        "vendor = 'SPRZEDAWCA'; vendor_tax_id = the seller's 'NIP' as printed (the REGON, KRS, BDO, the buyer's NIP, the bank account and the KSeF number are decoys). "
        "invoice_number = 'Numer' in the band; invoice_date = 'Data wystawienia' (" + ("'Data korekty' is the same day" if credit else "'Data sprzedaży' is a decoy") + "). "
        + due_note(due, "zwrot na rachunek nabywcy" if credit else None, "Termin płatności")
        + po_note(po, po_l)
        + "subtotal = 'Razem netto'; tax = 'Razem VAT'; total = 'Razem brutto'"
        + (f" before the advance ('Zaliczka otrzymana', its advance invoice {adv_no} and 'Pozostało do zapłaty' with the words are decoys)" if adv else "")
        + ". Currency PLN ('zł'). Line items: every row, net of VAT." + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, vnip, no, po, d, due, "PLN", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, vnip, "Razem brutto", fd(due) if due else None, bnip, orig, pl_zloty(pay_amt), sp(pay_amt) if adv else None, adv_no]}
    return t, chk, (BY_HTML.replace("@@BASE@@", css(margin="12mm", fs="8.4pt")), ctx)


# =========================================================================== 02 Pitești (TVA, RON), utility bill, amount due at the top, slip
PI_V = [  # (name, address, colour, kind)
    ("Argeș Apă-Canal Servicii S.A.", "Str. Exercițiu nr. 11, 110242 Pitești, jud. Argeș", "#0369a1", "water"),
    ("Gaz Trivale Distribuție S.R.L.", "Bd. Republicii nr. 148, 110050 Pitești, jud. Argeș", "#b45309", "gas"),
    ("Energia Găvana Furnizare S.A.", "Str. Frasinului nr. 3, 110191 Pitești, jud. Argeș", "#4d7c0f", "power"),
    ("Salubritate Prundu Servicii S.A.", "Calea Craiovei nr. 61, 110206 Pitești, jud. Argeș", "#475569", "waste"),
]
PI_B = [("ASOCIAȚIA DE PROPRIETARI BLOC P12 TRIVALE", "Str. Trivale nr. 12, Pitești", True), ("POPA ION", "Str. Negru Vodă nr. 27, ap. 4, Pitești", False),
        ("CABINET STOMATOLOGIC DR. MIHĂILESCU S.R.L.", "Bd. I.C. Brătianu nr. 35, Pitești", True), ("STANCIU MARIA", "Str. Fraților nr. 9, Pitești", False)]
PI_HTML = """<html lang="ro"><head><meta charset="utf-8"><style>@@BASE@@
.hd td{vertical-align:top} .lab{color:#64748b;font-size:7pt} .due{border:2px solid {{ color }};border-radius:6px;padding:8px 12px;text-align:center}
.sec{background:{{ color }};color:#fff;font-weight:bold;font-size:8pt;padding:3px 6px;margin-top:10px}
table.m{width:100%;border-collapse:collapse;font-size:8pt} table.m td,table.m th{padding:3px 5px;border-bottom:1px solid #e5e7eb} table.m th{text-align:left;font-size:7pt;color:#475569}
.r{text-align:right;white-space:nowrap} .slip{border-top:1px dashed #555;margin-top:14px;padding-top:6px;font-size:7.8pt}
</style></head><body>
<table class="hd" style="width:100%"><tr><td style="width:58%"><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div>
<div>{{ vaddr }}</div><div class="lab">CUI {{ vcui }} · Nr. Reg. Com. {{ regcom }} · Capital social {{ cap }} lei · Licență ANRE/ANRSC nr. {{ lic }}</div>
<div class="lab">{{ bank }}: {{ ibanv }}</div>
<div style="margin-top:10px;font-size:13pt;font-weight:bold">FACTURĂ</div>
<table style="font-size:8.4pt;margin-top:2px"><tr><td class="lab" style="padding-right:10px">Seria și nr.</td><td><b>{{ no }}</b></td></tr>
<tr><td class="lab">Data emiterii</td><td><b>{{ d }}</b></td></tr><tr><td class="lab">Perioada de facturare</td><td>{{ p0 }} – {{ p1 }}</td></tr>
<tr><td class="lab">Cod client</td><td>{{ ccode }}</td></tr><tr><td class="lab">Cod loc de consum</td><td>{{ lcode }}</td></tr></table></td>
<td><div class="due"><div class="lab">TOTAL DE PLATĂ</div><div style="font-size:20pt;font-weight:bold;color:{{ color }}">{{ topay }} lei</div>
<div class="lab" style="margin-top:4px">Data scadentă</div><div style="font-size:11pt;font-weight:bold">{{ due }}</div></div>
<div style="margin-top:10px;font-size:8.2pt"><div class="lab">Client</div><b>{{ bname }}</b><br>{{ baddr }}{% if bcui %}<br>CIF {{ bcui }}{% endif %}<br>Contract nr. {{ contract }}</div></td></tr></table>
<div class="sec">Citiri contor / Indexuri</div>
<table class="m"><tr><th>Serie contor</th><th>Index vechi</th><th>Data</th><th>Index nou</th><th>Data</th><th>Tip citire</th><th class="r">Consum ({{ mu }})</th></tr>
<tr><td>{{ meter }}</td><td>{{ i0 }}</td><td>{{ p0 }}</td><td>{{ i1 }}</td><td>{{ p1 }}</td><td>{{ rtype }}</td><td class="r">{{ cons }}</td></tr></table>
<div class="sec">Detalii factură curentă</div>
<table class="m"><tr><th>Produs / serviciu</th><th>U.M.</th><th class="r">Cantitate</th><th class="r">Preț unitar fără TVA</th><th class="r">Valoare fără TVA</th><th class="r">Cota TVA</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="r">{{ it.r }}%</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:8px;font-size:8.6pt">
<tr><td class="lab" style="padding:2px 14px">Total fără TVA</td><td class="r">{{ net }}</td></tr>
{% for r in rates %}<tr><td class="lab" style="padding:2px 14px">TVA {{ r.r }}% (bază {{ r.b }})</td><td class="r">{{ r.t }}</td></tr>{% endfor %}
<tr><td class="lab" style="padding:2px 14px">Total TVA</td><td class="r">{{ tax }}</td></tr>
<tr><td style="padding:3px 14px;font-weight:bold">Total factură curentă</td><td class="r"><b>{{ total }}</b></td></tr>
<tr><td class="lab" style="padding:2px 14px">Sold anterior neachitat la {{ sd }}</td><td class="r">{{ sold }}</td></tr>
<tr><td style="padding:3px 14px;font-weight:bold;color:{{ color }}">Total de plată</td><td class="r" style="color:{{ color }}"><b>{{ topay }} lei</b></td></tr></table>
<div style="margin-top:6px;font-size:7pt;color:#64748b">Istoric consum (ultimele 6 luni, {{ mu }})</div><div>{{ chart | safe }}</div>
<div style="font-size:7.2pt;color:#555;margin-top:8px">Valorile sunt exprimate în lei. Neachitarea facturii în termen de 30 de zile de la data scadentă atrage penalități de întârziere de 0,1% pe zi. Următoarea citire estimată: {{ nxt }}. Reclamații: 0248 {{ tel }} (apel cu tarif normal) · Consum mediu zilnic: {{ avg }} {{ mu }}.</div>
<div class="slip"><table style="width:100%"><tr><td style="width:62%"><b>CUPON DE PLATĂ</b> – se detașează și se prezintă la casierie<br>
Furnizor: {{ vname }} · Client: {{ bname }}<br>Cod client: <b>{{ ccode }}</b> · Factura: {{ no }} · Scadență: {{ due }}<br>
Suma de plată: <b>{{ topay }} lei</b><br><span class="lab">Plătiți și online pe portalul clienților sau prin Internet Banking · Pagina 1 din 1</span></td><td style="text-align:right">{{ bars | safe }}<div class="lab">{{ barcode }}</div></td></tr></table></div>
</body></html>"""
PI_ROWS = {  # (desc, unit, qty from consumption?, lo, hi, kind)
    "water": [("Apă potabilă", "mc", "c", "5.12", "6.40", "r"), ("Canalizare – ape uzate", "mc", "c", "4.30", "5.90", "r"), ("Ape pluviale", "mc", "f", "0.80", "1.40", "r")],
    "gas": [("Gaze naturale – consum", "kWh", "c", "0.28", "0.36", "s"), ("Componenta fixă – abonament", "zile", "d", "0.40", "0.70", "s"), ("Servicii de distribuție", "kWh", "c", "0.05", "0.08", "s")],
    "power": [("Energie electrică activă", "kWh", "c", "0.62", "0.89", "s"), ("Tarif de distribuție", "kWh", "c", "0.19", "0.26", "s"), ("Certificate verzi", "kWh", "c", "0.03", "0.05", "s"), ("Contribuție cogenerare de înaltă eficiență", "kWh", "c", "0.01", "0.03", "s")],
    "waste": [("Colectare deșeuri menajere", "pers.", "p", "14.10", "17.50", "s"), ("Colectare deșeuri reciclabile", "pers.", "p", "2.10", "3.20", "s"), ("Taxă de mediu (contribuție economie circulară)", "pers.", "p", "0.80", "1.20", "s")],
}


def _exact_unit(rng, q, lo, hi):
    """A unit price to the cent (or ten-thousandth) whose product with q is exact to the cent."""
    for step in (D("0.01"), D("0.001"), D("0.0001")):
        for _ in range(400):
            p = step * rng.randint(int(D(lo) / step), int(D(hi) / step))
            if q * p == q2(q * p):
                return p
    return D(lo)


_RO_MON = "ian feb mar apr mai iun iul aug sep oct noi dec".split()


def _chart(rng, cons, last, color):
    """Six bars of past consumption (an inline SVG with the months' short names, no values)."""
    bars, x = [], 0
    vals = [max(1, int(cons * rng.uniform(0.6, 1.35))) for _ in range(5)] + [cons]
    top = max(vals)
    for k, v in enumerate(vals):
        m = _RO_MON[(last.month - 6 + k) % 12]
        h = 26 * v / top
        fill = color if k == 5 else "#cbd5e1"
        bars.append(f'<rect x="{x}" y="{30 - h:.1f}" width="14" height="{h:.1f}" fill="{fill}"/><text x="{x + 7}" y="37" font-size="5" text-anchor="middle" fill="#475569">{m}</text>')
        x += 20
    return f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {x} 38" style="width:58mm;height:18mm">{"".join(bars)}</svg>'


@style("02", "ro_pit_pitesti_factura_utilitati_total_top_sold_cupon")
def s02(rng, i):
    vname, vaddr, color, kind = PI_V[i]
    bname, baddr, company = PI_B[i]
    d = rand_date(rng)
    new = d >= dt.date(2025, 8, 1)
    rmap = {"s": 21 if new else 19, "r": 11 if new else 9}
    p1 = d.replace(day=1) - dt.timedelta(days=1)
    p0 = p1.replace(day=1)
    days = (p1 - p0).days + 1
    mu = {"water": "mc", "gas": "kWh", "power": "kWh", "waste": "pers."}[kind]
    cons = {"water": rng.randint(8, 140), "gas": rng.randint(300, 4800), "power": rng.randint(90, 900), "waste": rng.randint(1, 5)}[kind]
    i0 = rng.randint(1000, 90000)
    items = []
    for desc, unit, qk, lo, hi, rk in PI_ROWS[kind]:
        q = {"c": D(cons), "d": D(days), "f": D(max(1, cons // 6)), "p": D(cons)}[qk]
        p = _exact_unit(rng, q, lo, hi)
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "rate": rmap[rk]})
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    sold = [D(0), q2(D(rng.randint(2000, 30000)) / 100), D(0), q2(D(rng.randint(1500, 9000)) / 100)][i]
    topay = total + sold
    vcui = "RO" + vid(rng, 8, cui)
    bcui = vid(rng, 8, cui) if company else None
    series = ["APC", "GTD", "EGF", "SPS"][i]
    no = f"{series} {rng.randint(1000000, 9999999)}"
    fd = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([15, 20, 30]))
    ccode = digits(rng, 8, True)
    bank = rng.choice([("BCR Pitești", "RNCB"), ("BRD Sucursala Argeș", "BRDE"), ("Trezoreria Pitești", "TREZ")])
    barcode = digits(rng, 24, True)
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, vcui=vcui, regcom=f"J03/{rng.randint(100, 2999)}/{rng.randint(1991, 2015)}", cap=de(D(rng.randint(200, 90000) * 10)),
        lic=f"{rng.randint(100, 2999)}/{rng.randint(2010, 2024)}", bank=bank[0], ibanv=group4(iban("RO", bank[1] + digits(rng, 16))),
        no=no, d=fd(d), p0=fd(p0), p1=fd(p1), ccode=ccode, lcode=f"{digits(rng, 4, True)}-{digits(rng, 6)}", topay=de(topay), due=fd(due),
        bname=bname, baddr=baddr, bcui=bcui, contract=f"{rng.randint(1000, 99999)}/{rng.randint(2005, 2024)}",
        meter=f"{rng.choice(['ZN', 'EL', 'GZ', 'SP'])}{digits(rng, 8)}", i0=i0 if kind != "waste" else "–", i1=i0 + cons if kind != "waste" else "–",
        rtype=rng.choice(["citire distribuitor", "autocitire", "estimat"]) if kind != "waste" else "nr. persoane", cons=cons,
        mu=mu, items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": de(x["price"], max(2, -x["price"].normalize().as_tuple().exponent)), "a": de(x["amount"]), "r": x["rate"]} for x in items],
        rates=[{"r": r, "b": de(b), "t": de(t)} for r, b, t in rates], net=de(net), tax=de(tax), total=de(total), sold=de(sold), sd=fd(d - dt.timedelta(days=1)),
        chart=_chart(rng, cons, p1, color), nxt=fd(d + dt.timedelta(days=rng.randint(25, 35))), tel=digits(rng, 6, True), avg=de(q2(D(cons) / days)), bars=bars_svg(rng, 62, 10), barcode=barcode,
    )
    notes = (
        "Pitești (Argeș, Romania) monthly UTILITY BILL (" + kind + ") in Romanian with the amount due and due date in a box at the TOP right, a meter-readings table, the current charges and a PAYMENT SLIP at the foot, '1.234,56': "
        "vendor = the supplier at the top left; vendor_tax_id = 'CUI' (RO …; the Reg. Com., the licence, the client's CIF, client and consumption-point codes, the contract, the meter, the IBAN and the slip's barcode are decoys). "
        "invoice_number = 'Seria și nr.' (series and number); invoice_date = 'Data emiterii' (the billing period's dates and the reading dates are decoys). "
        + due_note(due, None, "Data scadentă")
        + "No PO. subtotal = 'Total fără TVA'; tax = 'Total TVA'; total = 'Total factură curentă' ("
        + ("'Sold anterior neachitat' is added below it, so the 'TOTAL DE PLATĂ' at the top, on the slip and at the foot of the totals is a larger decoy" if sold else "the balance brought forward is 0,00, so 'TOTAL DE PLATĂ' equals it")
        + "). TVA " + " / ".join(f"{r} %" for r, _, _ in rates) + " (21 / 11 % from 1 August 2025, 19 / 9 % before). Currency RON ('lei'). Line items: every charge row, net of TVA."
    )
    t = truth(vname, vcui, no, None, d, due, "RON", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vcui, "Total factură curentă", fd(due), de(topay), ccode, bcui]}
    return t, chk, (PI_HTML.replace("@@BASE@@", css(margin="11mm", fs="8.4pt")), ctx)


# =========================================================================== 03 Tetovo (ДДВ 18/10/5, MKD), hotel folio, bilingual, right sidebar
TE_V = [  # (mk name, sq name, address mk, address sq, colour)
    ("Хотел Шар Тетово ДООЕЛ", "Hotel Sharri Tetovë", "ул. Илинденска бр. 88, 1200 Тетово", "rr. Ilindenit nr. 88, 1200 Tetovë", "#064e3b"),
    ("Попова Шапка Ризорт ДОО", "Popova Shapka Resort", "Попова Шапка бб, 1200 Тетово", "Kodra e Diellit pn, 1200 Tetovë", "#1e3a8a"),
    ("Хотел Пена Лукс ДООЕЛ", "Hotel Pena Lux", "ул. Благоја Тоска бр. 14, 1200 Тетово", "rr. Bllagoja Toska nr. 14, 1200 Tetovë", "#7c2d12"),
    ("Шарена Џамија Апартмани ДООЕЛ", "Apartamentet Xhamia e Larme", "ул. Маршал Тито бр. 3, 1200 Тетово", "rr. Marshall Tito nr. 3, 1200 Tetovë", "#581c87"),
]
TE_B = [("Југохром Алжазаир ДООЕЛ", "Јегуновце"), ("Универзитет во Тетово / Universiteti i Tetovës", "Тетово"), ("Ски Клуб Љуботен", "Тетово"), ("Фармахем Експорт ДОО", "Скопје")]
TE_ROWS = [  # (desc, unit, lo, hi, rate)
    ("Ноќевање со појадок / Fjetje me mëngjes", "ноќ", 2400, 5800, 5),
    ("Вечера / Darkë", "об.", 650, 1400, 10),
    ("Мини бар / Minibar", "ком.", 120, 480, 18),
    ("Паркинг / Parking", "ден", 150, 400, 18),
    ("Перење алишта / Lavanderi", "усл.", 300, 900, 18),
    ("Ски пас 1 ден / Ski pass 1 ditë", "ком.", 1200, 1900, 18),
    ("Сала за состаноци / Salla e mbledhjeve", "час", 900, 2500, 18),
]
TE_HTML = """<html lang="mk"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:absolute;top:0;right:0;width:58mm;bottom:0;background:{{ color }};color:#fff;padding:10mm 6mm 0 6mm;box-sizing:border-box;font-size:8.2pt}
.side .l{font-size:6.6pt;color:#d1fae5;margin-top:7px} .side .v{font-weight:bold;font-size:9pt}
.main{margin-right:62mm;padding-top:4mm} .g{color:#6b7280;font-size:7pt}
table.it{width:100%;border-collapse:collapse;font-size:8pt;margin-top:10px} table.it th{text-align:left;font-size:6.8pt;color:#374151;border-bottom:1.5px solid {{ color }};padding:3px} table.it th.r{text-align:right} table.it td{padding:3px;border-bottom:1px dotted #d1d5db}
.r{text-align:right;white-space:nowrap}
</style></head><body>
<div class="side"><div style="font-size:15pt;font-weight:bold">ФАКТУРА</div><div style="font-size:10pt;opacity:.85">FATURË</div>
<div class="l">Фактура број / Fatura nr.</div><div class="v">{{ no }}</div>
<div class="l">Датум на фактура / Data e faturës</div><div class="v">{{ d }}</div>
{% if due %}<div class="l">Рок на плаќање / Afati i pagesës</div><div class="v">{{ due }}</div>{% endif %}
<div class="l">Фолио / Folio</div><div class="v">{{ folio }}</div>
<div class="l">Соба / Dhoma</div><div class="v">{{ room }}</div>
<div class="l">Гости / Mysafirë</div><div class="v">{{ guest }}</div>
<div class="l">Пристигнување / Arritja</div><div class="v">{{ arr }}</div>
<div class="l">Заминување / Largimi</div><div class="v">{{ dep }}</div>
{% if po %}<div class="l">Нарачка / Porosia</div><div class="v">{{ po }}</div>{% endif %}
<div class="l">Начин на плаќање / Mënyra e pagesës</div><div class="v">{{ pay }}</div>
<div style="margin-top:18px;border-top:1px solid rgba(255,255,255,.4);padding-top:6px"><div class="l">ЗА НАПЛАТА / PËR PAGESË</div><div style="font-size:15pt;font-weight:bold">{{ balance }} ден.</div></div>
<div style="position:absolute;bottom:8mm;font-size:6.6pt;color:#d1fae5">{{ bank }}<br>IBAN {{ ibanv }}<br>SWIFT {{ swift }}</div></div>
<div class="main"><div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ vmk }}</div><div style="font-size:10pt;color:{{ color }}">{{ vsq }}</div>
<div style="font-size:7.8pt;margin-top:2px">{{ amk }} · {{ asq }}<br>ЕДБ / NUMRI TATIMOR: {{ vedb }} · ЕМБС: {{ embs }} · тел. +389 44 {{ tel }}</div>
<div style="margin-top:10px;padding:6px 8px;border:1px solid #d1d5db;font-size:8.2pt"><span class="g">Купувач / Blerësi</span><br><b>{{ bname }}</b>, {{ bcity }}<br>ЕДБ: {{ bedb }}</div>
<table class="it"><tr><th>Датум / Data</th><th>Опис / Përshkrimi</th><th>Ед.</th><th class="r">Кол. / Sasia</th><th class="r">Цена со ДДВ</th><th class="r">ДДВ</th><th class="r">Износ / Shuma</th></tr>
{% for it in items %}<tr><td>{{ it.dt }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px;font-size:8pt"><tr><td style="vertical-align:top">
<table style="border-collapse:collapse"><tr class="g"><td style="padding:2px 8px 2px 0">Стапка / Norma</td><td class="r" style="padding:2px 8px">Основица / Baza</td><td class="r" style="padding:2px 8px">ДДВ / TVSH</td></tr>
{% for r in rates %}<tr><td>{{ r.r }}</td><td class="r" style="padding:2px 8px">{{ r.b }}</td><td class="r" style="padding:2px 8px">{{ r.t }}</td></tr>{% endfor %}</table></td>
<td style="vertical-align:top"><table style="margin-left:auto;border-collapse:collapse">
<tr><td style="padding:2px 10px">Вкупно без ДДВ / Gjithsej pa TVSH</td><td class="r">{{ net }}</td></tr>
<tr><td style="padding:2px 10px">Вкупно ДДВ / Gjithsej TVSH</td><td class="r">{{ tax }}</td></tr>
<tr><td style="padding:4px 10px;font-weight:bold;border-top:1.5px solid {{ color }}">ВКУПНО / GJITHSEJ</td><td class="r" style="border-top:1.5px solid {{ color }}"><b>{{ total }}</b></td></tr>
{% if dep_amt %}<tr><td style="padding:2px 10px">Депозит платен {{ dep_d }} / Depozita</td><td class="r">−{{ dep_amt }}</td></tr>{% endif %}
<tr><td style="padding:2px 10px">Салдо / Saldo</td><td class="r">{{ balance }}</td></tr>
<tr><td class="g" style="padding:2px 10px">Информативно во EUR (курс НБРМ {{ rate }})</td><td class="r g">{{ eur }} EUR</td></tr></table></td></tr></table>
<div style="margin-top:14px;font-size:7.2pt;color:#555">Сите цени се во денари и со вклучен ДДВ. Туристичката такса не подлежи на ДДВ. / Të gjitha çmimet janë në denarë me TVSH të përfshirë. Taksa turistike nuk i nënshtrohet TVSH-së.<br>Фактурата е издадена од хотелскиот систем Opera PMS · Рецепционер / Recepsionisti: {{ clerk }}</div>
<table style="width:100%;margin-top:28px;font-size:7pt;color:#555;text-align:center"><tr><td style="border-top:1px solid #999;width:40%">Примил / Pranoi</td><td></td><td style="border-top:1px solid #999;width:40%">Издал / Lëshoi</td></tr></table>
</div></body></html>"""


@style("03", "mk_tet_tetovo_hotel_folio_faktura_ddv_bilingual_sq_sidebar_right")
def s03(rng, i):
    vmk, vsq, amk, asq, color = TE_V[i]
    bname, bcity = TE_B[i]
    d = rand_date(rng)
    nights = rng.randint(2, 5)
    arr = d - dt.timedelta(days=nights)
    guests = rng.randint(1, 3)
    extras = rng.sample(TE_ROWS[1:], [2, 3, 2, 3][i])
    items = []
    rn = D(rng.randint(24, 58) * 100)
    items.append({"desc": TE_ROWS[0][0], "unit": "ноќ", "qty": D(nights * (1 if i != 1 else guests)), "price": rn, "rate": 5, "dt": arr})
    for desc, unit, lo, hi, rate in extras:
        q = D(rng.randint(1, nights * 2))
        p = D(rng.randint(lo // 10, hi // 10) * 10)
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "rate": rate, "dt": arr + dt.timedelta(days=rng.randint(0, nights - 1))})
    items = items[:1] + sorted(items[1:], key=lambda x: x["dt"])
    ttax = D(rng.choice([40, 50, 60]))
    items.append({"desc": "Туристичка такса / Taksa turistike", "unit": "ноќ", "qty": D(nights * guests), "price": ttax, "rate": 0, "dt": d})
    for x in items:
        x["amount"] = q2(x["qty"] * x["price"])
    rates = by_rate_gross(items)
    total = sum(g for *_, g in rates)
    tax = sum(t for _, _, t, _ in rates)
    net = total - tax
    vedb = vid(rng, 15, edb, "MK40")
    bedb = vid(rng, 15, edb, "MK40")
    no = [f"{rng.randint(100, 999)}/{d.strftime('%y')}", f"Ф-{d.year}-{rng.randint(1000, 9999)}", f"{rng.randint(1000, 9999)}-{d.year}", f"{rng.randint(100, 999)}/{d.year}-А"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "mk"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([8, 15, 30])) if i in (1, 3) else None
    po = f"{rng.randint(100, 999)}-{d.year}" if i == 1 else None
    dep_amt = q2(D(rng.randint(3, 8) * 1000)) if i in (0, 2) else None
    dep_amt = min(dep_amt, total - 500) if dep_amt else None
    balance = total - dep_amt if dep_amt else total
    rate = D(rng.choice(["61.49", "61.53", "61.62", "61.70"]))
    ctx = dict(
        color=color, no=no, d=fd(d), due=fd(due) if due else None, folio=f"{rng.randint(20000, 89999)}", room=f"{rng.randint(1, 4)}{rng.randint(0, 2)}{rng.randint(1, 9)}",
        guest=rng.choice(["Арбен Реџепи", "Марија Стојановска", "Ilir Ademi", "Goran Petrovski", "Besa Memeti"]) + (f" +{guests - 1}" if guests > 1 else ""),
        arr=fd(arr), dep=fd(d), po=po, pay=["картичка / kartelë", "вирман / transfer", "готовина / para në dorë", "вирман / transfer"][i],
        balance=de(balance), bank=rng.choice(["Стопанска банка АД Скопје", "НЛБ Банка АД Скопје", "ТТК Банка АД"]), ibanv=group4(rand_iban(rng, "MK", 15, "300")), swift=rng.choice(["STOBMK2X", "TUTNMK22", "TTKBMK22"]),
        vmk=vmk, vsq=vsq, amk=amk, asq=asq, vedb=vedb, embs=digits(rng, 7, True), tel=digits(rng, 3, True) + " " + digits(rng, 3), bname=bname, bcity=bcity, bedb=bedb,
        items=[{"dt": x["dt"].strftime("%d.%m."), "d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": de(x["price"]), "r": f"{x['rate']}%" if x["rate"] else "—", "a": de(x["amount"])} for x in items],
        rates=[{"r": f"{r}%" if r else "ослободено / e liruar", "b": de(b), "t": de(t)} for r, b, t, _g in rates], net=de(net), tax=de(tax), total=de(total),
        dep_amt=de(dep_amt) if dep_amt else None, dep_d=fd(arr), rate=de(rate), eur=de(q2(total / rate)), clerk=rng.choice(["Фатмире Исмаили", "Дејан Николовски", "Blerta Xhaferi"]),
    )
    notes = (
        "Tetovo (North Macedonia) hotel FOLIO invoice in Macedonian and Albanian (ФАКТУРА / FATURË) with the invoice facts in a coloured RIGHT SIDEBAR (labels above values), one row per charge and date, prices INCLUDING ДДВ "
        "(5 % on rooms, 10 % on meals, 18 % on other services; the tourist tax outside ДДВ), '1.234,56' denars: vendor = the Macedonian company name at the top (the Albanian trading name under it is a second name); "
        "vendor_tax_id = 'ЕДБ / NUMRI TATIMOR' (the ЕМБС, the buyer's ЕДБ, the IBAN, the folio and room numbers are decoys). invoice_number = 'Фактура број / Fatura nr.'; invoice_date = 'Датум на фактура' (the arrival and departure dates are decoys; departure is the same day). "
        + due_note(due, None, "Рок на плаќање / Afati i pagesës")
        + po_note(po, "Нарачка / Porosia")
        + "subtotal = 'Вкупно без ДДВ' (the bases per rate, the tourist tax included at 0); tax = 'Вкупно ДДВ'; total = 'ВКУПНО / GJITHSEJ'"
        + (" before the deposit paid at arrival ('Депозит', the 'Салдо' and the sidebar's 'ЗА НАПЛАТА' are decoys)" if dep_amt else " (the 'Салдо' repeats it)")
        + "; the EUR amount at the NBRM rate is a decoy. Currency MKD ('ден.'). Line items: every row, VAT-inclusive (they sum to the total)."
    )
    t = truth(vmk, vedb, no, po, d, due, "MKD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vmk, vedb, "ВКУПНО / GJITHSEJ", fd(due) if due else None, bedb, fd(arr), de(balance) if dep_amt else None]}
    return t, chk, (TE_HTML.replace("@@BASE@@", css(margin="0", fs="8.4pt")).replace("<body>", '<body style="padding:12mm 0 0 12mm">'), ctx)
