"""Chromium (HTML) styles for set 6, part A (01 Polish faktura VAT with split payment, 03 Swiss QR-bill invoice,
05 Canadian courier invoice with fuel surcharge and HST, 06 Saudi simplified tax invoice, 08 French micro-entrepreneur)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, pl_words
from invoice_kit import (
    T,
    ch,
    css,
    de,
    digits,
    en,
    exact_price,
    iban,
    iban_fmt,
    mt,
    q2,
    qstr,
    rand_date,
    sp,
    style_registry,
    valid,
)
from kit_common import items_from, qr_svg
from stdnum.ca import bn as _cabn
from stdnum.ch import esr as _esr
from stdnum.ch import uid as _chuid
from stdnum.fr import siren as _siren
from stdnum.fr import siret as _siret
from stdnum.pl import nip as _nip

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Polish faktura VAT (MPP, NIP, słownie)
PL_V = [
    ("Przedsiębiorstwo Budowlane DOMBUD Sp. z o.o.", "ul. Zakopiańska 62", "30-418 Kraków", "Kraków"),
    ("ELMAX Hurtownia Elektryczna Sp. j.", "ul. Grabiszyńska 241", "53-234 Wrocław", "Wrocław"),
    ("Kowalczyk Transport i Spedycja Jan Kowalczyk", "ul. Portowa 8", "81-350 Gdynia", "Gdynia"),
    ("SOFTLAB Systemy Informatyczne S.A.", "al. Jerozolimskie 134", "02-305 Warszawa", "Warszawa"),
]
PL_B = [
    ("Wspólnota Mieszkaniowa Os. Podwawelskie 14", "ul. Kapelanka 14", "30-347 Kraków"),
    ("Instalbud Serwis Sp. z o.o.", "ul. Legnicka 55F", "54-203 Wrocław"),
    ("Bałtycka Chłodnia Sp. z o.o.", "ul. Kwiatkowskiego 14", "81-156 Gdynia"),
    ("Mazowieckie Centrum Logistyczne Sp. z o.o.", "ul. Łopuszańska 95", "02-457 Warszawa"),
]
PL_LINES = [
    [
        ("Roboty tynkarskie - klatka schodowa", "m2", 38, 62, 80, 420, 8),
        ("Wymiana pionów kanalizacyjnych", "kpl.", 2400, 5200, 1, 4, 8),
        ("Malowanie elewacji z materiałem", "m2", 55, 95, 120, 600, 8),
        ("Wywóz gruzu kontenerem 7 m3", "szt.", 650, 980, 1, 3, 23),
        ("Rusztowanie - najem (dni)", "dzień", 90, 160, 5, 30, 23),
    ],
    [
        ("Kabel YDYp 3x2,5 mm2 (100 m)", "krąg", 280, 420, 5, 60, 23),
        ("Rozdzielnica natynkowa 36 mod. IP65", "szt.", 180, 390, 2, 20, 23),
        ("Wyłącznik nadprądowy B16 1P", "szt.", 9, 19, 24, 300, 23),
        ("Oprawa LED hermetyczna 120 cm 36W", "szt.", 45, 110, 10, 160, 23),
        ("Puszka instalacyjna podtynkowa fi60", "op.", 25, 48, 5, 40, 23),
    ],
    [
        ("Transport chłodniczy Gdynia - Poznań", "kurs", 2100, 3400, 1, 6, 23),
        ("Transport międzynarodowy Gdynia - Hamburg", "kurs", 4200, 6800, 1, 3, 23),
        ("Postój pojazdu ponad normę", "godz.", 90, 140, 2, 14, 23),
        ("Opłata drogowa e-TOLL (refaktura)", "usł.", 180, 650, 1, 3, 23),
    ],
    [
        ("Licencja systemu WMS - moduł magazynowy", "szt.", 8500, 22000, 1, 3, 23),
        ("Wdrożenie i konfiguracja", "rbh", 180, 260, 16, 120, 23),
        ("Szkolenie użytkowników", "dzień", 2200, 3800, 1, 4, 23),
        ("Opieka serwisowa - abonament miesięczny", "mies.", 1800, 4200, 1, 3, 23),
    ],
]

S01_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="12mm 12mm", font="'Liberation Sans',Arial,sans-serif", fs="8.6pt")
    + """
.top td{padding:1px 4px} .lbl{color:#444;text-align:right;white-space:nowrap}
h1{font-size:15pt;margin:14px 0 2px 0;text-align:center} .orig{text-align:center;font-size:8pt;color:#555}
.pty{width:48%;display:inline-block;vertical-align:top} .pty h3{font-size:9pt;margin:0 0 3px 0;border-bottom:1.5px solid #000;padding-bottom:2px}
table.it{width:100%;margin-top:12px} table.it th{border:1px solid #000;background:#e8e8e8;font-size:7.4pt;padding:3px 2px;font-weight:bold}
table.it td{border:1px solid #000;padding:3px 3px;font-size:8pt} table.sum{margin-left:auto;margin-top:6px} table.sum td{border:1px solid #000;padding:2px 5px;font-size:8pt}
.mpp{border:2px solid #000;padding:5px 8px;margin-top:10px;font-weight:bold;font-size:8.6pt}
.pay td{padding:1px 6px 1px 0} .sig{display:inline-block;width:40%;border-top:1px dotted #000;text-align:center;font-size:7pt;margin-top:55px}
</style></head><body>
<table style="width:100%"><tr><td style="width:50%"><div style="font-size:16pt;font-weight:bold;color:{{ color }}">{{ logo }}</div><div style="font-size:7.5pt;color:#555">{{ tagline }}</div></td>
<td><table class="top" style="margin-left:auto">
<tr><td class="lbl">Miejsce wystawienia:</td><td>{{ place }}</td></tr>
<tr><td class="lbl">Data wystawienia:</td><td><b>{{ d }}</b></td></tr>
<tr><td class="lbl">{{ sale_label }}</td><td>{{ sale_d }}</td></tr></table></td></tr></table>
<h1>Faktura VAT nr {{ inv_no }}</h1><div class="orig">ORYGINAŁ</div>
<div style="margin-top:14px"><div class="pty"><h3>Sprzedawca</h3><b>{{ v_name }}</b><br>{{ v_a1 }}<br>{{ v_a2 }}<br>NIP: {{ v_nip }}<br>{% if regon %}REGON: {{ regon }}<br>{% endif %}
Bank: {{ bank }}<br>Nr konta: {{ account }}</div>
<div class="pty" style="margin-left:2%"><h3>Nabywca</h3><b>{{ b_name }}</b><br>{{ b_a1 }}<br>{{ b_a2 }}<br>NIP: {{ b_nip }}</div></div>
{% if po %}<div style="margin-top:8px">Zamówienie nr: <b>{{ po }}</b>{% if wz %} &nbsp;&nbsp; Dokument WZ: {{ wz }}{% endif %}</div>{% elif wz %}<div style="margin-top:8px">Dokument WZ: {{ wz }}</div>{% endif %}
<table class="it"><tr><th>Lp.</th><th style="width:34%">Nazwa towaru lub usługi</th><th>J.m.</th><th>Ilość</th><th>Cena netto</th><th>Wartość netto</th><th>Stawka VAT</th><th>Kwota VAT</th><th>Wartość brutto</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.net }}</td><td class="c">{{ it.rate }}</td><td class="r">{{ it.vat }}</td><td class="r">{{ it.gross }}</td></tr>{% endfor %}
</table>
<table class="sum"><tr><td></td><td class="c"><b>Wartość netto</b></td><td class="c"><b>Stawka</b></td><td class="c"><b>Kwota VAT</b></td><td class="c"><b>Wartość brutto</b></td></tr>
{% for r in rates %}<tr><td>{% if loop.first %}W tym{% endif %}</td><td class="r">{{ r.net }}</td><td class="c">{{ r.rate }}</td><td class="r">{{ r.vat }}</td><td class="r">{{ r.gross }}</td></tr>{% endfor %}
<tr><td><b>Razem</b></td><td class="r"><b>{{ net }}</b></td><td class="c">X</td><td class="r"><b>{{ vat }}</b></td><td class="r"><b>{{ gross }}</b></td></tr></table>
{% if eur %}<div style="margin-top:6px;font-size:8pt">Kurs średni NBP z dnia {{ nbp_d }} (tabela nr {{ nbp_tab }}): 1 EUR = {{ nbp_rate }} PLN. Kwota podatku VAT przeliczona na złote: <b>{{ vat_pln }} PLN</b></div>{% endif %}
<table class="pay" style="margin-top:12px"><tr><td>Sposób płatności:</td><td>przelew</td></tr><tr><td>Termin płatności:</td><td><b>{{ due }}</b> ({{ days }} dni)</td></tr>
{% if paid %}<tr><td>Zapłacono:</td><td>{{ paid }} {{ cur }}</td></tr><tr><td>Pozostało do zapłaty:</td><td>{{ rest }} {{ cur }}</td></tr>{% endif %}</table>
<div style="font-size:12pt;margin-top:10px"><b>Do zapłaty: {{ gross }} {{ cur }}</b></div>
<div style="margin-top:3px">Słownie: {{ words }}</div>
{% if mpp %}<div class="mpp">MECHANIZM PODZIELONEJ PŁATNOŚCI</div><div style="font-size:7.5pt;margin-top:3px">Faktura dotyczy towarów/usług wymienionych w załączniku nr 15 do ustawy o VAT - płatność wyłącznie z zastosowaniem mechanizmu podzielonej płatności (art. 108a ust. 1a ustawy o VAT).</div>{% endif %}
{% if ksef %}<div style="font-size:7.5pt;margin-top:8px;color:#333">Numer KSeF: {{ ksef }}</div>{% endif %}
<div style="margin-top:20px"><span class="sig">Imię, nazwisko i podpis osoby upoważnionej do odbioru dokumentu</span><span class="sig" style="margin-left:18%">{{ issuer }}<br>Imię, nazwisko i podpis osoby upoważnionej do wystawienia dokumentu</span></div>
</body></html>"""
)


def pl_nip(rng):
    return valid(rng, lambda: digits(rng, 10, True), _nip.is_valid)


@style("01", "pl_faktura_vat_mpp")
def s01(rng, i):
    vname, va1, va2, place = PL_V[i]
    bname, ba1, ba2 = PL_B[i]
    raw = pl_nip(rng)
    dashed = i in (0, 2)
    v_nip = f"{raw[:3]}-{raw[3:6]}-{raw[6:8]}-{raw[8:]}" if dashed else raw
    b_raw = pl_nip(rng)
    b_nip = f"{b_raw[:3]}-{b_raw[3:6]}-{b_raw[6:8]}-{b_raw[8:]}" if dashed else b_raw
    d = rand_date(rng)
    sale = d - dt.timedelta(days=rng.randint(0, 12))
    eur = i == 2
    cur = "EUR" if eur else "PLN"
    items = items_from(rng, PL_LINES[i], rng.randint(3, 5))
    if eur:
        for it in items:  # international transport priced lower in EUR
            it["price"] = exact_price(rng, it["qty"], 450, 1600)
            it["amount"] = q2(it["qty"] * it["price"])
    for it in items:
        it["rate"] = it["extra"] if i == 0 else 23
        it["vat"] = q2(it["amount"] * it["rate"] / 100)
    net = sum(it["amount"] for it in items)
    vat = sum(it["vat"] for it in items)
    gross = net + vat
    rates = []
    for r in sorted({it["rate"] for it in items}, reverse=True):
        n_ = sum(it["amount"] for it in items if it["rate"] == r)
        v_ = sum(it["vat"] for it in items if it["rate"] == r)
        rates.append({"net": sp(n_), "rate": f"{r}%", "vat": sp(v_), "gross": sp(n_ + v_)})
    gross_pln = gross if not eur else q2(gross * D("4.2"))
    mpp = i in (1, 3) or (
        i == 0 and gross_pln > 15000
    )  # MPP legend on the wholesale and IT invoices, the builder's when large
    days = rng.choice([7, 14, 21, 30])
    due = d + dt.timedelta(days=days)
    seq = rng.randint(12, 480)
    inv_no = [
        f"FV/{seq}/{d.month:02d}/{d.year}",
        f"{seq}/{d.year}",
        f"FS {seq}/{d.month:02d}/{d.year % 100}",
        f"F/{d.year}/{seq:05d}",
    ][i]
    po = [None, f"ZAM/{rng.randint(100, 999)}/{d.year}", None, f"PO-{digits(rng, 6)}"][i]
    wz = f"WZ {rng.randint(100, 999)}/{d.month:02d}/{d.year}" if i == 1 else None
    paid = q2(gross * D("0.3")) if i == 0 else None
    nbp_rate = D(rng.randint(41800, 43300)) / 10000
    vat_pln = q2(vat * nbp_rate)
    zl, gr = divmod(int(gross * 100), 100)
    words = f"{pl_words(zl)} {'EUR' if eur else 'PLN'} {gr:02d}/100"
    f = lambda x: x.isoformat()  # noqa: E731
    ksef = (
        f"{raw}-{d.strftime('%Y%m%d')}-{''.join(rng.choice('0123456789ABCDEF') for _ in range(12))}-{''.join(rng.choice('0123456789ABCDEF') for _ in range(2))}"
        if i in (1, 3)
        else None
    )
    ctx = dict(
        color=["#b3261e", "#1d4f91", "#2f6b2f", "#5b2c83"][i],
        logo=["DOMBUD", "ELMAX", "KOWALCZYK TRANSPORT", "SOFTLAB"][i],
        tagline=[
            "remonty · elewacje · instalacje",
            "hurtownia elektryczna od 1994",
            "spedycja krajowa i międzynarodowa",
            "systemy dla logistyki",
        ][i],
        place=place,
        d=f(d),
        sale_label="Data sprzedaży:" if i != 3 else "Data wykonania usługi:",
        sale_d=f(sale),
        inv_no=inv_no,
        v_name=vname,
        v_a1=va1,
        v_a2=va2,
        v_nip=v_nip,
        regon=digits(rng, 9, True) if i in (0, 3) else None,
        bank=rng.choice(["Santander Bank Polska S.A.", "PKO BP S.A.", "mBank S.A.", "Bank Pekao S.A."]),
        account=iban_fmt(iban("PL", rng.choice(["10901014", "10201026", "11402004", "12401037"]) + digits(rng, 16))),
        b_name=bname,
        b_a1=ba1,
        b_a2=ba2,
        b_nip=b_nip,
        po=po,
        wz=wz,
        items=[
            {
                "desc": it["desc"],
                "unit": it["unit"],
                "q": sp(it["qty"], 0),
                "p": sp(it["price"]),
                "net": sp(it["amount"]),
                "rate": f"{it['rate']}%",
                "vat": sp(it["vat"]),
                "gross": sp(it["amount"] + it["vat"]),
            }
            for it in items
        ],
        rates=rates,
        net=sp(net),
        vat=sp(vat),
        gross=sp(gross),
        eur=eur,
        nbp_d=f(d - dt.timedelta(days=1)),
        nbp_tab=f"{rng.randint(20, 240):03d}/A/NBP/{d.year}",
        nbp_rate=de(nbp_rate, 4),
        vat_pln=sp(vat_pln),
        due=f(due),
        days=days,
        paid=sp(paid) if paid else None,
        rest=sp(gross - paid) if paid else None,
        cur=cur,
        words=words,
        mpp=mpp,
        ksef=ksef,
        issuer=rng.choice(["Anna Nowak", "Piotr Wiśniewski", "Katarzyna Zielińska", "Tomasz Wójcik"]),
    )
    notes = (
        "Polish faktura VAT: title 'Faktura VAT nr <number>' (number after 'nr'); Sprzedawca left, Nabywca right, each with NIP; "
        + ("NIPs printed with dashes (truth as printed). " if dashed else "NIPs printed as 10 digits. ")
        + "vendor_tax_id = Sprzedawca NIP; the Nabywca NIP, REGON, bank account and KSeF number are decoys. invoice_date = 'Data wystawienia' "
        "(ISO); 'Data sprzedaży'/'Data wykonania usługi' (top right, under it) is a decoy. subtotal = Razem wartość netto, tax = Razem kwota VAT, "
        "total = 'Do zapłaty' (= Razem brutto); lines are the net values (Wartość netto). due = 'Termin płatności'. "
        + ("Two VAT rates (8 % construction services, 23 %): the 'W tym' rows are per-rate decoys. " if i == 0 else "")
        + ("'Zapłacono' (30 % paid) and 'Pozostało do zapłaty' are decoys. " if paid else "")
        + (
            "EUR invoice: currency EUR; the VAT converted to PLN at the NBP rate (art. 106e ust. 11) is a decoy. "
            if eur
            else ""
        )
        + ("'MECHANIZM PODZIELONEJ PŁATNOŚCI' block (split payment) - no effect on the amounts. " if mpp else "")
        + ("PO = 'Zamówienie nr'. " if po else "")
        + ("WZ (goods issue note) number is a decoy. " if wz else "")
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=v_nip,
        invoice_number=inv_no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat(),
        currency=cur,
        subtotal=mt(net),
        tax=mt(vat),
        total=mt(gross),
        line_items=[{"amount": mt(it["amount"]), "quantity": qstr(it["qty"])} for it in items],
        notes=notes,
    )
    return t, [f(d), v_nip, inv_no, f(due), po, vname], (S01_HTML, ctx)


# =========================================================================== 03 Swiss invoice with QR-bill payment part
CH_V = [
    ("Limmat Data Engineering GmbH", "Hardturmstrasse 161", "8005 Zürich", "Zürich", "de"),
    ("Aare Bio-Frischdienst AG", "Freiburgstrasse 412", "3018 Bern", "Bern", "de"),
    ("Fiduciaire Léman Conseils SA", "Avenue de la Gare 12", "1003 Lausanne", "Lausanne", "fr"),
    ("Rheinknie Präzisionsteile AG", "Hochbergerstrasse 60", "4057 Basel", "Basel", "de"),
]
CH_B = [
    ("Helvetia Versand AG", "Herr Daniel Keller", "Industriestrasse 23", "8604 Volketswil"),
    ("Kantine Wankdorf GmbH", "Einkauf", "Papiermühlestrasse 71", "3014 Bern"),
    ("Boulangerie Perrin Sàrl", "Madame Sophie Perrin", "Rue du Bourg 8", "1095 Lutry"),
    ("Schwarzwald Fluidtechnik GmbH", "Wareneingang / Kreditoren", "Gewerbestrasse 14", "79539 Lörrach, Deutschland"),
]
CH_LINES = [
    [
        ("Data Engineering Senior (Std.)", "Std.", 165, 210, 8, 60, "8.1"),
        ("Cloud-Architektur Review (Std.)", "Std.", 190, 240, 4, 20, "8.1"),
        ("Wartungspauschale Datenplattform", "Mt.", 900, 2400, 1, 3, "8.1"),
        ("Spesen Reisezeit (Pauschale)", "Pausch.", 80, 240, 1, 1, "8.1"),
    ],
    [
        ("Bio-Gemüsekiste gross", "Stk.", 38, 59, 4, 24, "2.6"),
        ("Bio-Vollmilch 1 l", "l", 1.9, 2.6, 20, 120, "2.6"),
        ("Bergkäse am Stück (kg)", "kg", 28, 36, 2, 12, "2.6"),
        ("Reinigungsmittel Öko 5 l", "Kan.", 24, 38, 1, 8, "8.1"),
        ("Mehrweg-Gebinde Depot", "Stk.", 5, 10, 2, 20, "8.1"),
        ("Lieferpauschale Kühlfahrzeug", "Pausch.", 25, 45, 1, 1, "8.1"),
    ],
    [
        ("Tenue de la comptabilité (heures)", "h", 110, 150, 6, 30, "8.1"),
        ("Bouclement annuel et états financiers", "forfait", 1800, 3200, 1, 1, "8.1"),
        ("Déclaration TVA trimestrielle", "forfait", 280, 450, 1, 1, "8.1"),
        ("Conseil fiscal (heures)", "h", 160, 220, 1, 6, "8.1"),
    ],
    [
        ("Drehteil Ø 24 mm Edelstahl 1.4404", "Stk.", 6.4, 14.8, 100, 800, "8.1"),
        ("Frästeil Aluminium EN AW-6082", "Stk.", 18, 46, 20, 200, "8.1"),
        ("Einrichtkosten CNC", "Pausch.", 180, 420, 1, 1, "8.1"),
        ("Prüfprotokoll 3.1 nach EN 10204", "Stk.", 35, 60, 1, 3, "8.1"),
    ],
]
CH_L = {
    "de": dict(
        inv="Rechnung",
        no="Rechnungsnummer",
        date="Rechnungsdatum",
        cust="Kundennummer",
        po="Ihre Bestellung",
        due="Zahlbar bis",
        pos="Pos.",
        desc="Bezeichnung",
        qty="Menge",
        unit="Einheit",
        price="Preis",
        amount="Betrag",
        net="Total exkl. MWST",
        vat="MWST",
        on="auf",
        vattot="Total MWST",
        rnd="Rundungsdifferenz",
        tot="Rechnungsbetrag inkl. MWST",
        uid="MWST-Nr.",
        receipt="Empfangsschein",
        part="Zahlteil",
        acc="Konto / Zahlbar an",
        ref="Referenz",
        payer="Zahlbar durch",
        cur="Währung",
        amt="Betrag",
        accept="Annahmestelle",
        add="Zusätzliche Informationen",
        greet="Sehr geehrte Damen und Herren",
        body="Wir danken für Ihren Auftrag und stellen Ihnen wie folgt in Rechnung:",
        terms="Zahlbar innert {n} Tagen netto.",
        skonto="Bei Zahlung innert 10 Tagen gewähren wir 2 % Skonto ({cur} {amt}).",
        sep="Vor der Einzahlung abzutrennen",
    ),
    "fr": dict(
        inv="Facture",
        no="Facture n°",
        date="Date",
        cust="N° client",
        po="Votre commande",
        due="Payable jusqu'au",
        pos="Pos.",
        desc="Désignation",
        qty="Quantité",
        unit="Unité",
        price="Prix",
        amount="Montant",
        net="Total hors TVA",
        vat="TVA",
        on="sur",
        vattot="Total TVA",
        rnd="Arrondi",
        tot="Total TTC",
        uid="N° TVA",
        receipt="Récépissé",
        part="Section paiement",
        acc="Compte / Payable à",
        ref="Référence",
        payer="Payable par",
        cur="Monnaie",
        amt="Montant",
        accept="Point de dépôt",
        add="Informations supplémentaires",
        greet="Madame, Monsieur,",
        body="Nous vous remercions de votre confiance et vous facturons les prestations suivantes :",
        terms="Payable à {n} jours net.",
        skonto="Escompte de 2 % en cas de paiement sous 10 jours ({cur} {amt}).",
        sep="À détacher avant le versement",
    ),
}
S03_HTML = """<html><head><meta charset="utf-8"><style>@page{size:A4;margin:0} body{font-family:'Liberation Sans',Arial,sans-serif;font-size:9pt;color:#111;margin:0}
table{border-collapse:collapse} td,th{vertical-align:top} .r{text-align:right}
.page{position:relative;width:210mm;height:296mm;overflow:hidden} .main{position:absolute;left:20mm;right:15mm;top:14mm}
.info td{padding:1px 12px 1px 0} table.it{width:100%;margin-top:8px} table.it th{border-bottom:1.2px solid #000;text-align:left;padding:3px 4px;font-size:8.4pt}
table.it td{padding:3px 4px;border-bottom:0.5px solid #ccc} table.tot{margin-left:auto;margin-top:6px} table.tot td{padding:1.5px 4px}
.qr{position:absolute;left:0;top:192mm;width:210mm;height:105mm;border-top:1px dashed #000;font-size:8pt}
.qr h4{font-size:11pt;margin:0 0 4mm 0} .rc{position:absolute;left:5mm;top:5mm;width:52mm;height:95mm;border-right:1px dashed #000}
.pp{position:absolute;left:67mm;top:5mm;width:138mm} .hd{font-size:6pt;font-weight:bold;margin-top:2.5mm} .pv{font-size:8pt;line-height:1.25}
.sc{position:absolute;left:60mm;top:-3.2mm;font-size:9pt;background:#fff}
</style></head><body><div class="page"><div class="main">
<table style="width:100%"><tr><td><div style="font-size:17pt;font-weight:bold;color:{{ color }}">{{ logo }}</div><div style="font-size:7.8pt;color:#555;margin-top:2px">{{ v_name }} · {{ v_a1 }} · {{ v_a2 }}</div></td>
<td class="r" style="font-size:7.8pt;color:#444">{{ phone }}<br>{{ mail }}<br>{{ L.uid }} {{ uid }}</td></tr></table>
<div style="margin:14mm 0 0 95mm;line-height:1.35">{{ b_name }}<br>{{ b_att }}<br>{{ b_a1 }}<br>{{ b_a2 }}</div>
<div style="margin:10mm 0 2mm 0">{{ city }}, {{ long_d }}</div>
<div style="font-size:13pt;font-weight:bold;margin-bottom:3mm">{{ L.inv }} {{ inv_no }}</div>
<table class="info"><tr><td>{{ L.no }}:</td><td>{{ inv_no }}</td><td style="padding-left:10mm">{{ L.cust }}:</td><td>{{ cust }}</td></tr>
<tr><td>{{ L.date }}:</td><td>{{ d }}</td><td style="padding-left:10mm">{% if po %}{{ L.po }}:{% endif %}</td><td>{% if po %}{{ po }}{% endif %}</td></tr>
<tr><td>{{ L.due }}:</td><td>{{ due }}</td><td></td><td></td></tr></table>
<p style="margin:4mm 0 1mm 0">{{ L.greet }}<br>{{ L.body }}</p>
<table class="it"><tr><th>{{ L.pos }}</th><th style="width:46%">{{ L.desc }}</th><th class="r">{{ L.qty }}</th><th>{{ L.unit }}</th><th class="r">{{ L.price }}</th><th class="r">MWST</th><th class="r">{{ L.amount }} {{ cur }}</th></tr>
{% for it in items %}<tr><td>{{ loop.index * 10 }}</td><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td>{{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.rate }}%</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tot"><tr><td>{{ L.net }}</td><td class="r" style="width:28mm">{{ net }}</td></tr>
{% for r in rates %}<tr><td>{{ L.vat }} {{ r.rate }} % {{ L.on }} {{ cur }} {{ r.base }}</td><td class="r">{{ r.vat }}</td></tr>{% endfor %}
{% if rates|length > 1 %}<tr><td>{{ L.vattot }}</td><td class="r">{{ vat }}</td></tr>{% endif %}
{% if rnd %}<tr><td>{{ L.rnd }}</td><td class="r">{{ rnd }}</td></tr>{% endif %}
<tr><td style="border-top:1.2px solid #000;font-weight:bold">{{ L.tot }} {{ cur }}</td><td class="r" style="border-top:1.2px solid #000;font-weight:bold">{{ total }}</td></tr></table>
{% if chf_vat %}<div style="font-size:7.8pt;margin-top:2mm">MWST-Betrag in CHF (Kurs {{ fx }}): CHF {{ chf_vat }}</div>{% endif %}
<p style="margin-top:4mm;font-size:8.4pt">{{ terms }} {{ skonto }}</p>
</div>
<div class="qr"><span class="sc">✂ {{ L.sep }}</span>
<div class="rc"><h4>{{ L.receipt }}</h4><div class="hd">{{ L.acc }}</div><div class="pv">{{ qiban }}<br>{{ v_name }}<br>{{ pay_a1 }}<br>{{ pay_a2 }}</div>
{% if ref %}<div class="hd">{{ L.ref }}</div><div class="pv">{{ ref }}</div>{% endif %}<div class="hd">{{ L.payer }}</div><div class="pv">{{ b_name }}<br>{{ b_a1 }}<br>{{ b_a2 }}</div>
<table style="margin-top:6mm"><tr><td class="hd" style="padding-right:8mm">{{ L.cur }}</td><td class="hd">{{ L.amt }}</td></tr><tr><td class="pv">{{ cur }}</td><td class="pv">{{ qamt }}</td></tr></table>
<div class="hd" style="text-align:right;margin-right:5mm;margin-top:4mm">{{ L.accept }}</div></div>
<div class="pp"><table><tr><td style="width:51mm"><h4>{{ L.part }}</h4>{{ qr|safe }}
<table style="margin-top:4mm"><tr><td class="hd" style="padding-right:8mm">{{ L.cur }}</td><td class="hd">{{ L.amt }}</td></tr><tr><td class="pv">{{ cur }}</td><td class="pv">{{ qamt }}</td></tr></table></td>
<td style="padding-left:4mm"><div class="hd" style="margin-top:0">{{ L.acc }}</div><div class="pv">{{ qiban }}<br>{{ v_name }}<br>{{ pay_a1 }}<br>{{ pay_a2 }}</div>
{% if ref %}<div class="hd">{{ L.ref }}</div><div class="pv">{{ ref }}</div>{% endif %}<div class="hd">{{ L.add }}</div><div class="pv">{{ L.inv }} {{ inv_no }}</div>
<div class="hd">{{ L.payer }}</div><div class="pv">{{ b_name }}<br>{{ b_a1 }}<br>{{ b_a2 }}</div></td></tr></table></div></div>
</div></body></html>"""


@style("03", "ch_qr_bill_zahlteil")
def s03(rng, i):
    vname, va1, va2, city, lang = CH_V[i]
    bname, batt, ba1, ba2 = CH_B[i]
    L = CH_L[lang]
    uid9 = valid(rng, lambda: digits(rng, 9, True), lambda s: _chuid.is_valid("CHE" + s))
    uid = f"CHE-{uid9[:3]}.{uid9[3:6]}.{uid9[6:]}"
    d = rand_date(rng)
    days = rng.choice([10, 20, 30])
    due = d + dt.timedelta(days=days)
    cur = "EUR" if i == 3 else "CHF"
    cat = CH_LINES[i]
    if i == 1:
        items = items_from(rng, cat[:3], rng.randint(2, 3)) + items_from(rng, cat[3:], rng.randint(1, 3))
    else:
        items = items_from(rng, cat, rng.randint(2, 4))
    rates = []
    vat = D(0)
    for r in sorted({it["extra"] for it in items}, key=D):
        base = sum(it["amount"] for it in items if it["extra"] == r)
        v = q2(base * D(r) / 100)
        vat += v
        rates.append({"rate": r, "base": ch(base), "vat": ch(v)})
    net = sum(it["amount"] for it in items)
    raw_total = net + vat
    total = (raw_total * 20).quantize(D("1"), rounding="ROUND_HALF_UP") / 20 if cur == "CHF" else raw_total
    total = q2(total)
    rnd = total - raw_total
    fx = D(rng.randint(9180, 9560)) / 10000
    use_qrr = i != 2
    if use_qrr:
        qiban = iban("CH", str(rng.randint(30000, 31999)) + digits(rng, 12))
        body = digits(rng, 26)
        refn = body + _esr.calc_check_digit(body)
        ref = refn[:2] + " " + " ".join(refn[k : k + 5] for k in range(2, 27, 5))
    else:
        qiban = iban("CH", rng.choice(["00762", "00235", "00700"]) + digits(rng, 12))
        ref = None
    inv_no = [
        f"{d.year}-{rng.randint(100, 999):04d}",
        f"R{digits(rng, 6)}",
        f"{rng.randint(2000, 8999)}",
        f"VR-{d.year % 100}-{rng.randint(1000, 9999)}",
    ][i]
    po = [f"BE-{digits(rng, 5)}", None, None, f"4500{digits(rng, 6)}"][i]
    de_d = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    long_d = (
        f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}"
        if lang == "de"
        else f"le {d.day} {MONTHS['fr'][d.month - 1]} {d.year}"
    )
    pay_other = i == 1  # a different payee address (central accounting)
    ctx = dict(
        L=L,
        color=["#0b5cad", "#3b7a1e", "#8a1c3c", "#333"][i],
        logo=["LIMMAT DATA", "aare bio", "Léman Conseils", "RHEINKNIE"][i],
        v_name=vname,
        v_a1=va1,
        v_a2=va2,
        phone=f"+41 {rng.choice(['44', '31', '21', '61'])} {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}",
        mail=[
            "info@limmat-data.ch",
            "bestellung@aare-bio.ch",
            "contact@leman-conseils.ch",
            "verkauf@rheinknie-praezision.ch",
        ][i],
        uid=uid + (" MWST" if lang == "de" else " TVA"),
        b_name=bname,
        b_att=batt,
        b_a1=ba1,
        b_a2=ba2,
        city=city,
        long_d=long_d,
        inv_no=inv_no,
        cust=f"{rng.randint(10000, 99999)}",
        d=de_d(d),
        po=po,
        due=de_d(due),
        items=[
            {
                "desc": it["desc"],
                "q": (ch(it["qty"], 0) if it["qty"] == int(it["qty"]) else ch(it["qty"], 1)),
                "unit": it["unit"],
                "p": ch(it["price"]),
                "rate": it["extra"],
                "a": ch(it["amount"]),
            }
            for it in items
        ],
        cur=cur,
        net=ch(net),
        rates=rates,
        vat=ch(vat),
        rnd=(("+" if rnd > 0 else "") + ch(rnd)) if rnd else None,
        total=ch(total),
        chf_vat=ch(q2(vat / fx)) if cur == "EUR" else None,
        fx=f"{fx}",
        terms=L["terms"].format(n=days),
        skonto=L["skonto"].format(cur=cur, amt=ch(q2(total * D("0.98")))) if i in (0, 3) else "",
        qiban=iban_fmt(qiban),
        pay_a1="Postfach 3022" if pay_other else va1,
        pay_a2="3001 Bern" if pay_other else va2,
        ref=ref,
        qamt=f"{total:,.2f}".replace(",", " "),
        qr=qr_svg(rng, 46, 33, swiss_cross=True),
    )
    notes = (
        f"Swiss invoice ({'German' if lang == 'de' else 'French'}) with a QR-bill at the bottom ({L['receipt']} + {L['part']}). vendor_tax_id = the UID "
        f"'{uid}' (the ' MWST'/' TVA' suffix is not part of it). invoice_date = '{L['date']}' (dd.mm.yyyy); the letter's place-and-date line repeats it. "
        f"due = '{L['due']}'. subtotal = '{L['net']}', tax = the MWST/TVA {'total' if len(rates) > 1 else 'row'}, total = '{L['tot']}'. "
        + ("Total rounded to 5 Rappen: a rounding row sits between subtotal + tax and total. " if rnd else "")
        + (
            "Two VAT rates (2.6 % food, 8.1 %): per-rate rows are decoys, 'Total MWST' is the tax. "
            if len(rates) > 1
            else ""
        )
        + ("EUR invoice: the VAT in CHF is a decoy. " if cur == "EUR" else "")
        + ("Skonto amount (2 %) is a decoy. " if i in (0, 3) else "")
        + ("QR reference (27 digits) and the QR-IBAN are decoys. " if ref else "IBAN without reference. ")
        + ("Payee address in the payment part differs (Postfach: a remit-to). " if pay_other else "")
        + (f"PO = '{L['po']}'. " if po else "")
        + "The customer number is a decoy; lines are net."
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=uid,
        invoice_number=inv_no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat(),
        currency=cur,
        subtotal=mt(net),
        tax=mt(vat),
        total=mt(total),
        line_items=[{"amount": mt(it["amount"]), "quantity": qstr(it["qty"])} for it in items],
        notes=notes,
    )
    return t, {"printed": [de_d(d), uid, inv_no, de_d(due), po, vname], "total_adjustment": mt(rnd)}, (S03_HTML, ctx)


# =========================================================================== 05 Canadian courier invoice (fuel surcharge, HST, previous balance)
CA_V = [
    ("Northern Arrow Express Inc.", "#c8102e", "NORTHERN ARROW", "PO Box 4410, Station A", "Toronto ON  M5W 0J1", "ON"),
    (
        "Prairie Parcel Couriers Ltd.",
        "#00529b",
        "PRAIRIE PARCEL",
        "PO Box 2188, Station M",
        "Calgary AB  T2P 2M4",
        "AB",
    ),
    (
        "Laurentian Courier Services Inc.",
        "#006a4e",
        "LAURENTIAN",
        "CP 11520, succursale Centre-ville",
        "Montréal QC  H3C 5N7",
        "QC",
    ),
    (
        "Atlantic Dispatch Couriers Ltd.",
        "#1c2d5a",
        "ATLANTIC DISPATCH",
        "PO Box 9210, Station A",
        "Halifax NS  B3K 5N3",
        "NS",
    ),
]
CA_B = [
    ("Lakeshore Dental Supply Co.", "Attn: Accounts Payable", "2250 Industrial Pkwy", "Markham ON  L3R 4C1"),
    ("Bow River Outfitters Ltd.", "Accounts Payable", "1410 9 Ave SE", "Calgary AB  T2G 0T5"),
    ("Pharmacie Distribution Boréal inc.", "Comptes fournisseurs", "8750 boul. Pie-IX", "Montréal QC  H1Z 3T9"),
    ("Harbourview Marine Parts Inc.", "Accounts Payable", "45 Wright Ave", "Dartmouth NS  B3B 1H3"),
]
CA_CITIES = {
    "ON": ["Toronto ON", "Ottawa ON", "London ON", "Hamilton ON", "Barrie ON", "Kingston ON"],
    "AB": ["Edmonton AB", "Red Deer AB", "Lethbridge AB", "Calgary AB"],
    "QC": ["Québec QC", "Laval QC", "Sherbrooke QC", "Gatineau QC"],
    "NS": ["Halifax NS", "Truro NS", "Sydney NS"],
    "BC": ["Vancouver BC", "Kelowna BC"],
    "NB": ["Moncton NB", "Saint John NB"],
}
CA_TAX = {
    "ON": [("HST ON 13%", "13")],
    "NS": [("HST NS 14%", "14")],
    "NB": [("HST NB 15%", "15")],
    "AB": [("GST 5%", "5")],
    "BC": [("GST 5%", "5")],
    "QC": [("GST 5%", "5"), ("QST 9.975%", "9.975")],
}

S05_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(size="Letter", margin="11mm 12mm", font="'Liberation Sans',Arial,sans-serif", fs="8.4pt")
    + """
.box{border:1px solid #999} .lbl{text-align:right;color:#555;padding:2px 6px 2px 10px;white-space:nowrap} .val{padding:2px 8px 2px 2px;font-weight:bold}
.sec{background:{{ color }};color:#fff;font-weight:bold;padding:3px 6px;font-size:8.6pt;margin-top:10px}
table.sm{width:100%} table.sm td{padding:3px 6px;border-bottom:1px solid #e2e2e2} table.det{width:100%;font-size:7.4pt}
table.det th{background:#eee;border-bottom:1px solid #888;padding:3px 3px;text-align:left;font-size:7pt} table.det td{padding:2.5px 3px;border-bottom:0.5px solid #ddd}
.stub{border-top:1.5px dashed #666;margin-top:16px;padding-top:6px}
</style></head><body>
<table class="hdr" style="width:100%"><tr><td><div style="font-size:20pt;font-weight:bold;color:{{ color }};letter-spacing:1px">{{ logo }}</div>
<div style="font-size:8pt">{{ v_name }}<br>{{ v_addr }}<br>{{ v_phone }} · {{ v_web }}<br>GST/HST Registration No.: {{ bn }}{% if qst %}<br>QST No.: {{ qst }}{% endif %}</div></td>
<td style="width:46%"><div style="font-size:16pt;font-weight:bold;text-align:right;margin-bottom:4px">INVOICE</div>
<table class="box" style="margin-left:auto"><tr><td class="lbl">Account Number</td><td class="val">{{ acct }}</td></tr>
<tr><td class="lbl">Invoice Number</td><td class="val">{{ inv_no }}</td></tr><tr><td class="lbl">Invoice Date</td><td class="val">{{ d }}</td></tr>
<tr><td class="lbl">Billing Period</td><td class="val">{{ p0 }} - {{ p1 }}</td></tr><tr><td class="lbl">Payment Due Date</td><td class="val">{{ due }}</td></tr>
<tr><td class="lbl">Page</td><td class="val">1</td></tr></table></td></tr></table>
<table style="width:100%;margin-top:12px"><tr><td style="width:50%"><b>BILL TO</b><br>{{ b_name }}<br>{{ b_att }}<br>{{ b_a1 }}<br>{{ b_a2 }}</td>
<td><div class="box" style="padding:6px 8px"><b>ACCOUNT SUMMARY</b><table style="width:100%;margin-top:3px">
<tr><td>Previous Balance</td><td class="r">{{ prev }}</td></tr><tr><td>Payments Received - Thank You</td><td class="r">{{ paid }}</td></tr>
<tr><td>Balance Forward</td><td class="r">{{ fwd }}</td></tr><tr><td>Current Charges</td><td class="r">{{ total }}</td></tr>
<tr><td style="border-top:1px solid #000;font-weight:bold;font-size:10pt">Total Amount Due</td><td class="r" style="border-top:1px solid #000;font-weight:bold;font-size:10pt">${{ due_amt }}</td></tr></table></div></td></tr></table>
<div class="sec">SUMMARY OF CURRENT CHARGES</div>
<table class="sm"><tr><td>Transportation Charges ({{ n }} shipments)</td><td class="r">{{ base }}</td></tr><tr><td>Fuel Surcharge</td><td class="r">{{ fuel }}</td></tr>
<tr><td>Accessorial Charges</td><td class="r">{{ acc }}</td></tr><tr><td><b>Subtotal</b></td><td class="r"><b>{{ sub }}</b></td></tr>
{% for t in taxes %}<tr><td>{{ t.label }}</td><td class="r">{{ t.amt }}</td></tr>{% endfor %}
{% if show_taxtot %}<tr><td>Total Taxes</td><td class="r">{{ tax }}</td></tr>{% endif %}
<tr><td style="font-weight:bold;font-size:9.5pt">Total Current Charges (CAD)</td><td class="r" style="font-weight:bold;font-size:9.5pt">${{ total }}</td></tr></table>
<p style="font-size:7.6pt;color:#444">Fuel surcharge for this billing period: {{ fuel_pct }}% of transportation charges. Payment terms: net {{ days }} days. A service charge of 1.5% per month (19.56% per annum) applies to overdue balances.</p>
<div class="stub"><table style="width:100%"><tr><td style="width:55%"><b>REMITTANCE - please detach and return with your payment</b><br><br>Make cheques payable to / Remit to:<br><b>{{ v_name }}</b><br>{{ remit1 }}<br>{{ remit2 }}</td>
<td><table class="box" style="width:100%"><tr><td class="lbl">Account Number</td><td class="val">{{ acct }}</td></tr><tr><td class="lbl">Invoice Number</td><td class="val">{{ inv_no }}</td></tr>
<tr><td class="lbl">Amount Due</td><td class="val">${{ due_amt }}</td></tr><tr><td class="lbl">Amount Enclosed</td><td class="val">$ ____________</td></tr></table></td></tr></table></div>
<div style="page-break-before:always"></div>
<div style="font-size:8pt;color:#555">{{ v_name }} · Account {{ acct }} · Invoice {{ inv_no }}</div>
<div class="sec">SHIPMENT DETAIL</div>
<table class="det"><tr><th>Ship Date</th><th>Waybill No.</th><th>Reference</th><th>From</th><th>To</th><th>Service</th><th class="r">Pcs</th><th class="r">Wt (kg)</th><th class="r">Base</th><th class="r">Fuel</th><th>Accessorials</th><th class="r">Other</th><th class="r">Total</th></tr>
{% for s in ships %}<tr><td>{{ s.d }}</td><td>{{ s.wb }}</td><td>{{ s.ref }}</td><td>{{ s.fr }}</td><td>{{ s.to }}</td><td>{{ s.svc }}</td><td class="r">{{ s.pcs }}</td><td class="r">{{ s.wt }}</td><td class="r">{{ s.base }}</td><td class="r">{{ s.fuel }}</td><td>{{ s.accd }}</td><td class="r">{{ s.acc }}</td><td class="r">{{ s.tot }}</td></tr>{% endfor %}
<tr><td colspan="8"><b>Total before taxes</b></td><td class="r"><b>{{ base }}</b></td><td class="r"><b>{{ fuel }}</b></td><td></td><td class="r"><b>{{ acc }}</b></td><td class="r"><b>{{ sub }}</b></td></tr></table>
</body></html>"""
)


@style("05", "ca_courier_hst_fuel")
def s05(rng, i):
    vname, color, logo, remit1, remit2, home = CA_V[i]
    bname, batt, ba1, ba2 = CA_B[i]
    bn9 = valid(rng, lambda: digits(rng, 9, True), _cabn.is_valid)
    bn = f"{bn9} RT0001" if i != 2 else f"{bn9}RT0001"
    qst = f"{digits(rng, 10, True)}TQ0001" if home == "QC" else None
    d = rand_date(rng)
    p1 = d - dt.timedelta(days=rng.randint(1, 3))
    p0 = p1 - dt.timedelta(days=rng.choice([6, 13]))
    days = rng.choice([15, 30])
    due = d + dt.timedelta(days=days)
    fuel_pct = D(rng.choice(["27.25", "29.50", "31.75", "24.80"]))
    n = rng.randint(9, 22) if i != 3 else rng.randint(26, 34)
    dests = {
        0: ["ON"] * 5 + ["QC", "AB"],
        1: ["AB"] * 4 + ["BC"],
        2: ["QC"] * 4 + ["ON"],
        3: ["NS"] * 3 + ["NB", "ON"],
    }[i]
    svcs = [("Express", 14, 38), ("Express 9AM", 38, 72), ("Ground", 9, 24), ("Express Pak", 12, 19)]
    accs = [
        ("Residential", D("5.25")),
        ("Signature", D("4.50")),
        ("Address Correction", D("17.00")),
        ("Dangerous Goods", D("42.00")),
        ("Extended Area", D("12.75")),
    ]
    ships = []
    for _ in range(n):
        sd = p0 + dt.timedelta(days=rng.randint(0, (p1 - p0).days))
        prov = rng.choice(dests)
        svc, lo, hi = rng.choice(svcs)
        base = D(rng.randint(lo * 100, hi * 100)) / 100
        fuel = q2(base * fuel_pct / 100)
        ac = [a for a in accs if rng.random() < 0.12]
        acc = sum((a[1] for a in ac), D(0))
        ships.append(
            {
                "date": sd,
                "wb": f"{rng.choice(['3', '5', '7'])}{digits(rng, 11)}",
                "ref": rng.choice(
                    [
                        "",
                        "",
                        f"PO {rng.randint(40000, 49999)}",
                        f"SO-{digits(rng, 5)}",
                        "RMA " + digits(rng, 4),
                        "SAMPLES",
                    ]
                ),
                "to": rng.choice(CA_CITIES[prov]),
                "prov": prov,
                "svc": svc,
                "pcs": rng.choice([1, 1, 1, 2, 3]),
                "wt": D(rng.randint(3, 250)) / 10,
                "base": base,
                "fuel": fuel,
                "accd": ", ".join(a[0] for a in ac),
                "acc": acc,
                "amount": base + fuel + acc,
            }
        )
    ships.sort(key=lambda s: (s["date"], s["wb"]))
    base_t = sum(s["base"] for s in ships)
    fuel_t = sum(s["fuel"] for s in ships)
    acc_t = sum(s["acc"] for s in ships)
    sub = base_t + fuel_t + acc_t
    taxes = {}
    for s in ships:
        for label, r in CA_TAX[s["prov"]]:
            taxes[label] = taxes.get(label, D(0)) + s["amount"] * D(r) / 100
    tax_rows = [(label, q2(v)) for label, v in sorted(taxes.items())]
    tax = sum(v for _, v in tax_rows)
    total = sub + tax
    if i in (1, 3):
        prev = q2(D(rng.randint(30000, 400000)) / 100)
        pay = prev if i == 1 else q2(prev - D(rng.randint(1000, 20000)) / 100)
    else:
        prev = q2(D(rng.randint(30000, 400000)) / 100)
        pay = prev
    fwd = prev - pay
    due_amt = fwd + total
    iso = i in (0, 2)
    f = (lambda x: x.isoformat()) if iso else (lambda x: x.strftime("%b %d, %Y"))
    inv_no = [
        f"{digits(rng, 9, True)}",
        f"PP{digits(rng, 7)}",
        f"{rng.randint(1, 9)}{digits(rng, 7)}-{d.strftime('%y%m')}",
        f"AD-{digits(rng, 6)}",
    ][i]
    acct = f"{rng.randint(100000, 999999)}" if i != 1 else f"C{digits(rng, 5)}"
    show_taxtot = len(tax_rows) == 1 or i == 0
    ctx = dict(
        color=color,
        logo=logo,
        v_name=vname,
        v_addr=[
            "1855 Matheson Blvd E, Mississauga ON L4W 1P5",
            "3320 48 Ave NE, Calgary AB T3J 5J5",
            "9200 ch. de la Côte-de-Liesse, Lachine QC H8T 1A1",
            "75 Akerley Blvd, Dartmouth NS B3B 1R7",
        ][i],
        v_phone=f"1-888-{digits(rng, 3)}-{digits(rng, 4)}",
        v_web=["northernarrow.ca", "prairieparcel.ca", "laurentian-courrier.ca", "atlanticdispatch.ca"][i],
        bn=bn,
        qst=qst,
        acct=acct,
        inv_no=inv_no,
        d=f(d),
        p0=f(p0),
        p1=f(p1),
        due=f(due),
        b_name=bname,
        b_att=batt,
        b_a1=ba1,
        b_a2=ba2,
        prev=en(prev),
        paid="-" + en(pay),
        fwd=en(fwd),
        total=en(total),
        due_amt=en(due_amt),
        n=n,
        base=en(base_t),
        fuel=en(fuel_t),
        acc=en(acc_t),
        sub=en(sub),
        taxes=[{"label": lb, "amt": en(v)} for lb, v in tax_rows],
        show_taxtot=show_taxtot,
        tax=en(tax),
        fuel_pct=f"{fuel_pct}",
        days=days,
        remit1=remit1,
        remit2=remit2,
        ships=[
            {
                "d": s["date"].strftime("%Y-%m-%d"),
                "wb": s["wb"],
                "ref": s["ref"],
                "fr": CA_CITIES[home][0] if home != "AB" else "Calgary AB",
                "to": s["to"],
                "svc": s["svc"],
                "pcs": s["pcs"],
                "wt": f"{s['wt']:.1f}",
                "base": en(s["base"]),
                "fuel": en(s["fuel"]),
                "accd": s["accd"],
                "acc": en(s["acc"]) if s["acc"] else "",
                "tot": en(s["amount"]),
            }
            for s in ships
        ],
    )
    notes = (
        "Canadian courier invoice, page 1 summary + shipment detail on the following page(s). Invoice header box with labels right-aligned to their "
        "values. vendor_tax_id = 'GST/HST Registration No.' (BN with RT0001 program account, as printed)"
        + ("; the QST number is a decoy. " if qst else ". ")
        + "invoice_date = 'Invoice Date'; billing period dates are decoys; due = 'Payment Due Date'. subtotal = Subtotal (transportation + fuel "
        "+ accessorials), tax = "
        + ("'Total Taxes'" if show_taxtot else "the sum of the printed tax rows (no total printed)")
        + ", total = 'Total Current Charges'. "
        + (
            "Account summary: previous balance, payments received and balance forward are decoys; 'Total Amount Due' (balance forward + current charges) is a decoy "
            + (
                "(equal to the current charges here, the previous balance having been paid). "
                if fwd == 0
                else "(larger than this invoice's charges). "
            )
        )
        + "Line items = one per shipment (its total before tax); pieces and weights are not quantities (quantity null). Shipment 'Reference' values "
        "(some 'PO 4xxxx') are the shipper's references, not the invoice's PO (po null). Remit-to PO Box address in the stub is not the vendor's address. "
        "Account number is a decoy."
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=bn,
        invoice_number=inv_no,
        po_number=None,
        invoice_date=d.isoformat(),
        due_date=due.isoformat(),
        currency="CAD",
        subtotal=mt(sub),
        tax=mt(tax),
        total=mt(total),
        line_items=[{"amount": mt(s["amount"]), "quantity": None} for s in ships],
        notes=notes,
    )
    chk = {"printed": [f(d), bn, inv_no, f(due), vname]}
    if not show_taxtot:
        chk["tax_parts"] = [mt(v) for _, v in tax_rows]
    return t, chk, (S05_HTML, ctx)


# =========================================================================== 06 Saudi simplified tax invoice (80 mm receipt, Arabic/English)
SA_V = [
    (
        "Al Noor Coffee Roasters Co.",
        "شركة محمصة النور للقهوة",
        "King Fahd Rd, Al Olaya, Riyadh 12214",
        "طريق الملك فهد، العليا، الرياض",
        True,
    ),
    (
        "Qimam Pharmacy Est.",
        "مؤسسة صيدلية القمم",
        "Prince Sultan St, Al Zahraa, Jeddah 23424",
        "شارع الأمير سلطان، الزهراء، جدة",
        False,
    ),
    (
        "Sahel Auto Parts Trading Co.",
        "شركة الساحل لتجارة قطع غيار السيارات",
        "Industrial Area 2, Dammam 32234",
        "الصناعية الثانية، الدمام",
        False,
    ),
    (
        "Rawabi Bakery & Sweets",
        "مخبز وحلويات الروابي",
        "Prince Turki St, Al Khobar 34424",
        "شارع الأمير تركي، الخبر",
        True,
    ),
]
SA_LINES = [
    [
        ("قهوة مختصة V60", "Specialty V60", 18, 28),
        ("لاتيه", "Caffe Latte", 15, 22),
        ("كرواسون زبدة", "Butter Croissant", 9, 14),
        ("قهوة سعودية دلة", "Saudi Coffee Dallah", 25, 45),
        ("تشيز كيك", "Cheesecake", 19, 26),
        ("بن محمص 250 جم", "Roasted Beans 250g", 48, 75),
        ("ماء 330 مل", "Water 330ml", 2, 3),
    ],
    [
        ("باراسيتامول 500 مجم", "Paracetamol 500mg 24s", 6, 12),
        ("فيتامين د 50000", "Vitamin D 50000 IU", 28, 46),
        ("كريم مرطب", "Moisturizing Cream 200ml", 35, 79),
        ("معقم يدين", "Hand Sanitizer 500ml", 12, 22),
        ("جهاز قياس الضغط", "BP Monitor", 140, 260),
        ("حليب أطفال", "Infant Formula 400g", 42, 68),
    ],
    [
        ("فلتر زيت", "Oil Filter", 18, 45),
        ("زيت محرك 5W-30 4 لتر", "Engine Oil 5W-30 4L", 95, 160),
        ("فحمات فرامل أمامية", "Front Brake Pads", 120, 280),
        ("بطارية 70 أمبير", "Battery 70Ah", 290, 420),
        ("شمعات احتراق", "Spark Plug", 22, 48),
        ("مساحات زجاج", "Wiper Blade", 25, 60),
    ],
    [
        ("كيكة شوكولاتة", "Chocolate Cake", 65, 140),
        ("معمول تمر كيلو", "Date Maamoul 1kg", 45, 80),
        ("خبز صامولي", "Samoli Bread", 1, 3),
        ("كنافة", "Kunafa Tray", 55, 110),
        ("بقلاوة مشكلة", "Mixed Baklava 500g", 40, 70),
        ("عصير برتقال", "Orange Juice", 8, 14),
    ],
]
S06_HTML = """<html dir="ltr"><head><meta charset="utf-8"><style>@page{size:80mm {{ h }}mm;margin:4mm 4mm} body{font-family:'DejaVu Sans',sans-serif;font-size:7.2pt;color:#000;margin:0}
table{border-collapse:collapse;width:100%} td,th{vertical-align:top;padding:1px 0} .r{text-align:right} .c{text-align:center} .ar{direction:rtl;text-align:right}
.hr{border-top:1px dashed #000;margin:4px 0} .big{font-size:9.5pt;font-weight:bold}
</style></head><body>
<div class="c"><div class="big" dir="rtl">{{ v_ar }}</div><div class="big">{{ v_name }}</div><div dir="rtl">{{ a_ar }}</div><div>{{ addr }}</div>
<div>VAT No. {{ vat_no }} <span dir="rtl">الرقم الضريبي</span></div><div>CR {{ cr }} <span dir="rtl">س.ت</span></div></div>
<div class="hr"></div><div class="c big"><span dir="rtl">فاتورة ضريبية مبسطة</span><br>Simplified Tax Invoice</div><div class="hr"></div>
<table><tr><td>Invoice No.</td><td class="c">{{ inv_no }}</td><td class="ar">رقم الفاتورة</td></tr>
<tr><td>Date</td><td class="c">{{ d }}</td><td class="ar">التاريخ</td></tr><tr><td>Time</td><td class="c">{{ tm }}</td><td class="ar">الوقت</td></tr>
{% if order %}<tr><td>Order</td><td class="c">{{ order }}</td><td class="ar">رقم الطلب</td></tr>{% endif %}<tr><td>Cashier</td><td class="c">{{ cashier }}</td><td class="ar">الكاشير</td></tr></table>
<div class="hr"></div>
<table><tr><th style="text-align:left">Item <span dir="rtl">الصنف</span></th><th class="r">Qty<br><span dir="rtl">الكمية</span></th><th class="r">Price<br><span dir="rtl">السعر</span></th>{% if vatcol %}<th class="r">VAT<br>%</th>{% endif %}<th class="r">Total<br><span dir="rtl">المجموع</span></th></tr>
{% for it in items %}<tr><td><div dir="rtl" style="text-align:left">{{ it.ar }}</div>{{ it.en }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td>{% if vatcol %}<td class="r">{{ it.rate }}</td>{% endif %}<td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<div class="hr"></div>
<table><tr><td>Total (excl. VAT)</td><td class="r">{{ net }}</td><td class="ar">الإجمالي غير شامل الضريبة</td></tr>
<tr><td>VAT 15%</td><td class="r">{{ vat }}</td><td class="ar">ضريبة القيمة المضافة</td></tr>
<tr><td class="big">Total (incl. VAT)</td><td class="r big">{{ total }}</td><td class="ar big">الإجمالي شامل الضريبة</td></tr>
<tr><td colspan="3" class="c" style="font-size:6.6pt">{{ incl_note }}</td></tr></table>
<div class="hr"></div>
<table>{% for p in pays %}<tr><td>{{ p.en }}</td><td class="r">{{ p.amt }}</td><td class="ar">{{ p.ar }}</td></tr>{% endfor %}</table>
<div class="hr"></div><div class="c">{{ qr|safe }}</div>
<div class="c" style="margin-top:3px" dir="rtl">شكراً لزيارتكم</div><div class="c">Thank you for your visit · All amounts in SAR</div>
<div class="c" style="font-size:6pt;margin-top:3px">{{ footer }}</div>
</body></html>"""


@style("06", "sa_zatca_simplified_bilingual")
def s06(rng, i):
    vname, v_ar, addr, a_ar, inclusive = SA_V[i]
    vat_no = "3" + digits(rng, 9) + "00003"
    d = rand_date(rng)
    tm = f"{rng.randint(8, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    rows = rng.sample(SA_LINES[i], rng.randint(3, 6))
    items = []
    for ar, en_, lo, hi in rows:
        q = D(rng.choice([1, 1, 1, 2, 2, 3, 4]))
        p = D(rng.randint(lo * 4, hi * 4)) / 4
        items.append({"ar": ar, "en": en_, "qty": q, "price": q2(p), "amount": q2(q * p), "rate": 15})
    if i == 1:  # some medicines zero-rated
        for it in items:
            if "mg" in it["en"] or "Formula" in it["en"]:
                it["rate"] = 0
    if i == 2 and rng.random() < 0.9:
        disc = -q2(sum(it["amount"] for it in items) * D("0.05"))
        items.append({"ar": "خصم 5%", "en": "Discount 5%", "qty": None, "price": disc, "amount": disc, "rate": 15})
    if inclusive:
        total = sum(it["amount"] for it in items)
        vat = q2(total * 15 / 115)
        net = total - vat
    else:
        net = sum(it["amount"] for it in items)
        vat = q2(sum(it["amount"] * it["rate"] / 100 for it in items))
        total = net + vat
    pays = []
    if i in (0, 2):
        pays.append({"en": "mada", "ar": "مدى", "amt": en(total)})
        pays.append({"en": "Card ****" + digits(rng, 4), "ar": "البطاقة", "amt": ""})
    else:
        tendered = (int(total) // 50 + 1) * 50 if i == 3 else (int(total) // 100 + 1) * 100
        pays.append({"en": "Cash tendered", "ar": "المبلغ المدفوع", "amt": en(D(tendered))})
        pays.append({"en": "Change", "ar": "المتبقي", "amt": en(D(tendered) - total)})
    inv_no = [
        f"{rng.randint(1, 4)}-{digits(rng, 6, True)}",
        f"INV-{d.year}-{rng.randint(1, 99999):05d}",
        f"SIN{digits(rng, 8)}",
        f"{rng.randint(10000, 99999)}",
    ][i]
    order = f"#{rng.randint(10, 999)}" if i in (0, 3) else None
    iso = i in (0, 1)
    f = (lambda x: x.isoformat()) if iso else (lambda x: x.strftime("%d/%m/%Y"))
    ctx = dict(
        h=150 + 11 * len(items) + (12 if i == 1 else 0),
        v_ar=v_ar,
        v_name=vname,
        a_ar=a_ar,
        addr=addr,
        vat_no=vat_no,
        cr=f"{rng.choice(['1010', '4030', '2050'])}{digits(rng, 6)}",
        inv_no=inv_no,
        d=f(d),
        tm=tm,
        order=order,
        cashier=rng.choice(["Fahad", "Noura", "Omar", "Reem", "Khalid"]),
        vatcol=i == 1,
        items=[
            {
                "ar": it["ar"],
                "en": it["en"],
                "q": qstr(it["qty"]) if it["qty"] else "",
                "p": en(it["price"]),
                "rate": it["rate"],
                "a": en(it["amount"]),
            }
            for it in items
        ],
        net=en(net),
        vat=en(vat),
        total=en(total),
        incl_note="Prices include VAT · الأسعار شاملة الضريبة" if inclusive else "",
        pays=pays,
        qr=qr_svg(rng, 24, 29),
        footer=f"Sold items cannot be returned after 7 days · {rng.choice(['POS 02', 'POS 01', 'Till 3'])}",
    )
    notes = (
        "Saudi simplified tax invoice (B2C receipt, 80 mm) in Arabic and English; three-column rows: English label, value, Arabic label. vendor_name = the "
        "English name as printed (the Arabic name is the same entity). vendor_tax_id = 'VAT No.' (15 digits); CR (commercial registration) is a decoy. "
        "invoice_date = 'Date' "
        + ("(ISO). " if iso else "(dd/mm/yyyy). ")
        + "No due date, no PO"
        + ("; 'Order' number is a decoy. " if order else ". ")
        + (
            "Line prices include VAT: lines sum to the total. "
            if inclusive
            else "Line prices exclude VAT: lines sum to the subtotal. "
        )
        + ("Per-line VAT rates (0 % for qualifying medicines, 15 %): tax = printed VAT row. " if i == 1 else "")
        + (
            "A 'Discount 5%' row is a line item (negative, no quantity). "
            if i == 2 and any(it["qty"] is None for it in items)
            else ""
        )
        + ("Cash tendered and change are decoys. " if i in (1, 3) else "mada card payment row repeats the total. ")
        + "subtotal = 'Total (excl. VAT)', tax = 'VAT 15%', total = 'Total (incl. VAT)'; currency SAR (stated in the footer)."
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=vat_no,
        invoice_number=inv_no,
        po_number=None,
        invoice_date=d.isoformat(),
        due_date=None,
        currency="SAR",
        subtotal=mt(net),
        tax=mt(vat),
        total=mt(total),
        document_type="invoice",
        line_items=[{"amount": mt(it["amount"]), "quantity": qstr(it["qty"]) if it["qty"] else None} for it in items],
        notes=notes,
    )
    return t, [f(d), vat_no, inv_no, vname], (S06_HTML, ctx)


# =========================================================================== 08 French micro-entrepreneur (TVA non applicable, art. 293 B)
FR_V = [
    ("Camille Dubois EI", "Graphiste - identité visuelle", "14 rue des Tanneurs", "67000 Strasbourg", "#d94f30"),
    ("Julien Moreau EI", "Développeur web freelance", "3 impasse des Lilas", "44300 Nantes", "#2a6f97"),
    (
        "Sarah Benali EI",
        "Formatrice - bureautique et outils numériques",
        "27 avenue Jean Jaurès",
        "69007 Lyon",
        "#6a4c93",
    ),
    ("Thomas Garnier EI", "Photographe professionnel", "8 place du Marché", "33000 Bordeaux", "#2d6a4f"),
]
FR_B = [
    ("Brasserie du Rhin SARL", "5 quai des Bateliers", "67000 Strasbourg"),
    ("Atelier Nantais de Menuiserie SAS", "12 rue de la Fonderie", "44200 Nantes"),
    ("CCI Formation Rhône SAS", "20 rue de la Bourse", "69002 Lyon"),
    ("Agence Immobilière des Chartrons SARL", "45 cours Portal", "33000 Bordeaux"),
]
FR_LINES = [
    [
        ("Création de logo et charte graphique", "forfait", 600, 1800, 1, 1),
        ("Déclinaison cartes de visite", "forfait", 120, 300, 1, 1),
        ("Conception menu (pages)", "page", 45, 90, 2, 8),
        ("Retouches supplémentaires", "heure", 40, 55, 1, 6),
    ],
    [
        ("Développement site vitrine (jours)", "jour", 320, 480, 3, 12),
        ("Intégration module de réservation", "forfait", 450, 1200, 1, 1),
        ("Hébergement et nom de domaine (1 an)", "an", 90, 180, 1, 1),
        ("Maintenance mensuelle", "mois", 60, 150, 1, 6),
    ],
    [
        ("Formation Excel avancé (journée)", "jour", 550, 850, 1, 4),
        ("Préparation des supports pédagogiques", "forfait", 200, 450, 1, 1),
        ("Frais de déplacement", "forfait", 30, 120, 1, 1),
        ("Formation Word et publipostage (demi-journée)", "demi-jour", 280, 420, 1, 3),
    ],
    [
        ("Reportage photo biens immobiliers", "bien", 90, 160, 2, 12),
        ("Visite virtuelle 360°", "bien", 120, 220, 1, 5),
        ("Photos par drone", "forfait", 180, 350, 1, 1),
        ("Retouche HDR (photos)", "photo", 3, 8, 20, 120),
    ],
]
S08_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="15mm 16mm", font="'DejaVu Sans',sans-serif", fs="8.6pt")
    + """
.band{background:{{ color }};height:5px;margin-bottom:12px} .k{font-size:6.6pt;letter-spacing:1px;text-transform:uppercase;color:#777;margin-bottom:2px}
.cell{display:inline-block;vertical-align:top;width:23%;margin-right:1.5%;border-top:2px solid {{ color }};padding-top:4px} .v{font-weight:bold;font-size:9.5pt}
table.it{width:100%;margin-top:16px} table.it th{font-size:6.8pt;letter-spacing:1px;text-transform:uppercase;color:#777;text-align:left;padding:4px 4px;border-bottom:1px solid #bbb}
table.it td{padding:6px 4px;border-bottom:1px solid #eee} table.tot{margin-left:auto;margin-top:10px;width:45%} table.tot td{padding:3px 4px}
.legal{font-size:6.8pt;color:#555;margin-top:16px;line-height:1.45}
</style></head><body><div class="band"></div>
<table style="width:100%"><tr><td><div style="font-size:15pt;font-weight:bold">{{ v_name }}</div><div style="color:#555">{{ v_act }}</div><div style="margin-top:4px">{{ v_a1 }}<br>{{ v_a2 }}<br>{{ v_mail }} · {{ v_tel }}</div>
<div style="margin-top:4px">SIRET : {{ siret }}{% if ape %}<br>Code APE : {{ ape }}{% endif %}</div></td>
<td style="width:40%"><div class="k">Facturé à</div><b>{{ b_name }}</b><br>{{ b_a1 }}<br>{{ b_a2 }}<br><span style="color:#555">SIREN {{ b_siren }}<br>N° TVA intracom. {{ b_tva }}</span></td></tr></table>
<div style="font-size:20pt;font-weight:bold;margin:16px 0 10px 0;color:{{ color }}">FACTURE</div>
<div><div class="cell"><div class="k">Facture n°</div><div class="v">{{ inv_no }}</div></div><div class="cell"><div class="k">Date d'émission</div><div class="v">{{ d }}</div></div>
<div class="cell"><div class="k">{{ due_label }}</div><div class="v">{{ due }}</div></div><div class="cell"><div class="k">{{ ref_label }}</div><div class="v">{{ ref }}</div></div></div>
{% if presta %}<div style="margin-top:10px;color:#555">Date de la prestation : {{ presta }}</div>{% endif %}
<table class="it"><tr><th style="width:52%">Désignation</th><th style="text-align:right">Qté</th><th>Unité</th><th style="text-align:right">Prix unitaire HT</th><th style="text-align:right">Montant HT</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td>{{ it.unit }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tot"><tr><td>Total HT</td><td class="r">{{ total }} €</td></tr><tr><td>TVA</td><td class="r" style="font-size:7.6pt">non applicable</td></tr>
{% if acompte %}<tr><td>Acompte versé le {{ acompte_d }}</td><td class="r">- {{ acompte }} €</td></tr>{% endif %}
<tr><td style="border-top:2px solid {{ color }};font-weight:bold;font-size:10.5pt">{{ final_label }}</td><td class="r" style="border-top:2px solid {{ color }};font-weight:bold;font-size:10.5pt">{{ final }} €</td></tr></table>
<div style="margin-top:8px;font-weight:bold">TVA non applicable, art. 293 B du CGI</div>
<div style="margin-top:12px"><div class="k">Règlement</div>Par virement sur le compte : {{ iban }} · BIC {{ bic }}<br>{{ terms }}</div>
<div class="legal">En cas de retard de paiement, application de pénalités au taux de 3 fois le taux d'intérêt légal, exigibles dès le lendemain de la date d'échéance,
ainsi que d'une indemnité forfaitaire pour frais de recouvrement de 40 € (art. L441-10 et D441-5 du Code de commerce). Pas d'escompte pour paiement anticipé.<br>
{{ v_name }} - Entrepreneur individuel - Dispensé d'immatriculation au registre du commerce et des sociétés (RCS) et au répertoire des métiers (RM).</div>
</body></html>"""
)


@style("08", "fr_micro_entrepreneur_293b")
def s08(rng, i):
    vname, act, va1, va2, color = FR_V[i]
    bname, ba1, ba2 = FR_B[i]
    siren = valid(rng, lambda: digits(rng, 8, True) + "0", _siren.is_valid)
    nic = valid(rng, lambda: "000" + digits(rng, 2), lambda s: _siret.is_valid(siren + s))
    siret = f"{siren[:3]} {siren[3:6]} {siren[6:]} {nic}" if i != 1 else siren + nic
    b_siren = valid(rng, lambda: digits(rng, 9, True), _siren.is_valid)
    b_tva = f"FR{(12 + 3 * (int(b_siren) % 97)) % 97:02d}{b_siren}"
    d = rand_date(rng)
    items = items_from(rng, FR_LINES[i], rng.randint(2, 4))
    total = sum(it["amount"] for it in items)
    long_dates = i in (2, 3)
    f = (
        (lambda x: f"{x.day} {MONTHS['fr'][x.month - 1]} {x.year}")
        if long_dates
        else (lambda x: x.strftime("%d/%m/%Y"))
    )
    days = rng.choice([15, 30])
    due = d + dt.timedelta(days=days) if i != 3 else d
    inv_no = [
        f"F-{d.year}-{rng.randint(1, 80):03d}",
        f"{d.year}{d.month:02d}-{rng.randint(1, 30):02d}",
        f"FA{rng.randint(100, 400)}",
        f"{d.year}-{rng.randint(1, 120):04d}",
    ][i]
    po = f"BC-{digits(rng, 6)}" if i == 2 else None
    acompte = q2(total * D("0.30")) if i in (0, 1) else None
    ctx = dict(
        color=color,
        v_name=vname,
        v_act=act,
        v_a1=va1,
        v_a2=va2,
        v_mail=[
            "contact@camilledubois.fr",
            "julien@moreau-dev.fr",
            "s.benali.formation@gmail.com",
            "thomas@garnier-photo.fr",
        ][i],
        v_tel=f"06 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
        siret=siret,
        ape=["7410Z", "6201Z", "8559A", "7420Z"][i] if i != 0 else None,
        b_name=bname,
        b_a1=ba1,
        b_a2=ba2,
        b_siren=f"{b_siren[:3]} {b_siren[3:6]} {b_siren[6:]}",
        b_tva=b_tva,
        inv_no=inv_no,
        d=f(d),
        due_label="Échéance" if i != 3 else "Paiement",
        due=f(due) if i != 3 else "à réception",
        ref_label="Bon de commande" if po else "Référence client",
        ref=po if po else f"CL-{rng.randint(10, 99)}",
        presta=(
            f"du {(d - dt.timedelta(days=rng.randint(10, 25))).strftime('%d/%m/%Y')} au {(d - dt.timedelta(days=rng.randint(1, 9))).strftime('%d/%m/%Y')}"
            if i in (1, 2)
            else None
        ),
        items=[
            {"desc": it["desc"], "q": sp(it["qty"], 0), "unit": it["unit"], "p": sp(it["price"]), "a": sp(it["amount"])}
            for it in items
        ],
        total=sp(total),
        acompte=sp(acompte) if acompte else None,
        acompte_d=f(d - dt.timedelta(days=rng.randint(15, 40))),
        final_label="Reste à payer" if acompte else "Net à payer",
        final=sp(total - acompte) if acompte else sp(total),
        iban=iban_fmt(
            iban(
                "FR",
                rng.choice(["30004", "20041", "10278", "16958"]) + digits(rng, 5) + digits(rng, 11) + digits(rng, 2),
            )
        ),
        bic=rng.choice(["BNPAFRPPXXX", "PSSTFRPPXXX", "CMCIFR2A", "QNTOFRP1XXX"]),
        terms=("Paiement à réception de facture." if i == 3 else f"Paiement à {days} jours, au plus tard le {f(due)}."),
    )
    notes = (
        "French micro-entrepreneur (EI) invoice, labels above values in a row of cells (Facture n°, Date d'émission, Échéance/Paiement, Bon de commande/Référence). "
        "'TVA non applicable, art. 293 B du CGI': no VAT, so tax is null and subtotal null (only 'Total HT' = total). vendor_tax_id = SIRET as printed "
        + ("(grouped 3-3-3-5)" if i != 1 else "(14 digits)")
        + "; the client's SIREN and intracommunity VAT number are decoys"
        + ("; APE code a decoy. " if i != 0 else ". ")
        + ("Long French dates. " if long_dates else "dd/mm/yyyy dates. ")
        + ("Due date = 'Échéance'. " if i != 3 else "'Paiement à réception': no due date. ")
        + (
            "'Acompte versé' (30 % deposit) and 'Reste à payer' are decoys; total = Total HT. "
            if acompte
            else "total = Total HT = Net à payer. "
        )
        + ("PO = 'Bon de commande'. " if po else "'Référence client' is a decoy. ")
        + ("'Date de la prestation' period is a decoy. " if i in (1, 2) else "")
        + "The 40 € recovery indemnity in the legal text is a decoy."
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=siret,
        invoice_number=inv_no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat() if i != 3 else None,
        currency="EUR",
        subtotal=None,
        tax=None,
        total=mt(total),
        line_items=[{"amount": mt(it["amount"]), "quantity": qstr(it["qty"])} for it in items],
        notes=notes,
    )
    return t, [f(d), siret, inv_no, f(due) if i != 3 else None, po, vname], (S08_HTML, ctx)
