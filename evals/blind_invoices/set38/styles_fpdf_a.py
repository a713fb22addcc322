"""fpdf2 styles for set 38, first part (06 Gdańsk food wholesaler's FAKTURA VAT in Polish over TWO PAGES with the totals
only on page 2, VAT 5, 8 and 23 % and a summary per rate, 07 Izmir hotel supplier's e-FATURA in Turkish on a LANDSCAPE
page with a discount per row, KDV 1, 10 and 20 % printed only per rate, the ETTN and the amount in Turkish words, one in
euros with the lira counter-value, 08 Tromsø arctic-tour operator's FAKTURA in Norwegian with a coloured SIDEBAR holding
the amount due at the top, MVA 25, 15 and 12 % and a KID)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
import uuid
from decimal import Decimal as D

from common import by_rate, no_date, pl_date
from invoice_kit import (
    de,
    digits,
    iban,
    iban_fmt,
    luhn_check,
    new_fpdf,
    q2,
    qstr,
    rand_date,
    sp,
    style_registry,
    table,
    tr_words,
    txt,
    valid,
)
from kit_common import due_note, kv, lines, para, po_note, qr_fpdf, totals, truth, valid_id, wrap
from stdnum.no import kontonr, orgnr
from stdnum.pl import nip
from stdnum.tr import vkn

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Gdańsk (VAT 5 / 8 / 23 %, PLN), two pages, totals on page 2
GD_V = [
    ("Bałtycka Hurtownia Spożywcza Sp. z o.o.", "ul. Grunwaldzka 411", "80-309 Gdańsk", (30, 64, 175)),
    ("Oliwa Dystrybucja Sp. j.", "ul. Opacka 12", "80-338 Gdańsk", (153, 27, 27)),
    ("Motława Gastro Hurt S.A.", "ul. Elbląska 64", "80-724 Gdańsk", (21, 128, 61)),
    ("Kaszubskie Smaki Jan Formela", "ul. Kartuska 210", "80-122 Gdańsk", (124, 45, 18)),
]
GD_B = [
    ("Hotel Nad Motławą Sp. z o.o.", "ul. Chmielna 16, 80-748 Gdańsk"),
    ("Restauracja Długi Targ s.c.", "ul. Długi Targ 40, 80-830 Gdańsk"),
    ("Szkoła Podstawowa nr 45 w Gdańsku", "ul. Kartuska 3, 80-103 Gdańsk"),
    ("Sopockie Bistro Molo Sp. z o.o.", "ul. Bohaterów Monte Cassino 5, 81-767 Sopot"),
]
GD_ROWS = [  # (desc, unit, qty lo, qty hi, price lo, price hi, rate)
    ("Chleb żytni 800 g", "szt.", 10, 120, D("4.20"), D("7.90"), 5), ("Mleko 3,2% 1 l", "szt.", 12, 240, D("2.89"), D("4.49"), 5),
    ("Masło ekstra 200 g", "szt.", 10, 80, D("5.99"), D("8.99"), 5), ("Ser żółty gouda", "kg", 2, 30, D("24.90"), D("38.90"), 5),
    ("Jaja kurze L (30 szt.)", "opak.", 2, 40, D("19.90"), D("32.00"), 5), ("Mąka pszenna typ 450, 1 kg", "szt.", 10, 100, D("2.49"), D("4.29"), 5),
    ("Kasza gryczana 1 kg", "szt.", 5, 60, D("6.20"), D("9.90"), 5), ("Filet z dorsza mrożony", "kg", 2, 40, D("39.00"), D("62.00"), 5),
    ("Śledź w oleju 1 kg", "szt.", 2, 30, D("18.50"), D("29.90"), 5), ("Ziemniaki jadalne", "kg", 25, 300, D("1.49"), D("2.89"), 5),
    ("Jabłka polskie", "kg", 10, 120, D("2.90"), D("5.40"), 5), ("Woda mineralna 1,5 l", "szt.", 12, 240, D("1.29"), D("2.49"), 8),
    ("Woda gazowana 0,5 l", "szt.", 24, 240, D("0.99"), D("1.89"), 8), ("Kawa ziarnista 1 kg", "szt.", 1, 20, D("59.00"), D("99.00"), 23),
    ("Herbata czarna 100 torebek", "opak.", 2, 30, D("12.90"), D("24.90"), 23), ("Płyn do mycia naczyń 5 l", "szt.", 1, 12, D("18.90"), D("34.90"), 23),
    ("Ręczniki papierowe ZZ", "karton", 1, 20, D("39.00"), D("69.00"), 23), ("Folia spożywcza 300 m", "szt.", 1, 10, D("24.00"), D("45.00"), 23),
    ("Worki na odpady 120 l", "rolka", 2, 40, D("6.90"), D("12.90"), 23), ("Transport chłodniczy", "usł.", 1, 1, D("80.00"), D("250.00"), 23),
    ("Olej rzepakowy 5 l", "szt.", 1, 24, D("29.90"), D("44.90"), 5), ("Cukier biały 1 kg", "szt.", 5, 60, D("3.49"), D("5.29"), 5),
]


@style("06", "pl_gdn_gdansk_faktura_vat_23_8_5_two_pages")
def s06(rng, i):
    vname, vstreet, vcity, color = GD_V[i]
    bname, baddr = GD_B[i]
    d = rand_date(rng)
    items = lines(rng, GD_ROWS, rng.randint(16, 22), D("0.01"))
    for x in items:
        x["rate"] = D(x["extra"])
    summary = by_rate(items)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    raw = valid_id(rng, 10, nip.is_valid, prefix="58")
    vid = [raw, f"{raw[:3]}-{raw[3:6]}-{raw[6:8]}-{raw[8:]}", raw, f"PL{raw}"][i]
    no = [f"FV/{rng.randint(1, 999)}/{d.month:02d}/{d.year}", f"{rng.randint(1, 2999)}/{d.year}", f"FS {rng.randint(100, 9999)}/{d.strftime('%m/%y')}", f"FV-{d.year}-{rng.randint(1, 9999):05d}"][i]
    fd = [lambda x: x.isoformat(), lambda x: x.strftime("%d.%m.%Y"), pl_date, lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([7, 14, 21, 30])) if i != 3 else None
    term = None if due else "gotówka – zapłacono"
    po = [f"ZAM/{rng.randint(100, 999)}/{d.year}", None, f"{rng.randint(1000, 9999)}", None][i]
    sale = d - dt.timedelta(days=rng.randint(0, 5))
    ksef = f"{raw}-{d.strftime('%Y%m%d')}-{''.join(rng.choice('0123456789ABCDEF') for _ in range(12))}-{''.join(rng.choice('0123456789ABCDEF') for _ in range(2))}" if d >= dt.date(2026, 2, 1) else None
    acct = iban("PL", "1020" + digits(rng, 4) + digits(rng, 16))
    bdo = digits(rng, 9, True)
    m = sp
    split = 14

    def foot(pdf, page):
        txt(pdf, 14, 286, f"Faktura {no} · Strona {page} z 2", 7, color=(110, 110, 110))

    def render(path):
        pdf = new_fpdf(creator="Subiekt nexo PRO")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 12.5, "B", color=color)
        para(pdf, 14, 18.5, 100, f"{vstreet}, {vcity}\nNIP: {vid}\nBDO: {bdo}\nBank: {iban_fmt(acct)}", 7.8, h=3.9)
        vk = [("Miejsce wystawienia:", "Gdańsk"), ("Data wystawienia:", fd(d)), ("Data dostawy:", fd(sale))]
        if i == 2:
            vk = [("Gdańsk, dnia", fd(d)), ("Data zakończenia dostawy:", fd(sale))]
        kv(pdf, 118, 14, vk, wl=40, wv=40, size=8, align="L")
        txt(pdf, 14, 44, f"FAKTURA VAT nr {no}", 14, "B")
        txt(pdf, 14, 51, "ORYGINAŁ", 7.4, color=(110, 110, 110))
        if ksef:
            txt(pdf, 118, 44, f"Numer KSeF: {ksef}", 6.6, color=(90, 90, 90))
        txt(pdf, 14, 57, "Sprzedawca", 7.4, "B", color=(90, 90, 90))
        para(pdf, 14, 61, 88, f"{vname}\n{vstreet}\n{vcity}\nNIP: {vid}", 8, h=4)
        txt(pdf, 110, 57, "Nabywca", 7.4, "B", color=(90, 90, 90))
        para(pdf, 110, 61, 86, f"{bname}\n{baddr}\nNIP: {valid_id(rng, 10, nip.is_valid, prefix='58')}", 8, h=4)
        y0 = 82
        if po:
            txt(pdf, 14, 79, f"Zamówienie nr: {po}", 7.8)
            y0 = 85
        cols = [("Lp.", 8, "R"), ("Nazwa towaru / usługi", 66, "L"), ("Ilość", 14, "R"), ("J.m.", 12, "L"), ("Cena netto", 20, "R"), ("Wartość netto", 24, "R"), ("VAT", 10, "R"), ("Wartość brutto", 28, "R")]

        def rows(xs, start):
            return [[str(start + k), x["desc"], qstr(x["qty"]), x["unit"], m(x["price"]), m(x["amount"]), f"{x['rate']}%", m(q2(x["amount"] * (100 + x["rate"]) / 100))] for k, x in enumerate(xs)]

        table(pdf, 14, y0, cols, rows(items[:split], 1), size=7.4, rowh=5.8, header_fill=(236, 236, 236), line_color=(190, 190, 190))
        foot(pdf, 1)
        pdf.add_page()
        txt(pdf, 14, 12, f"FAKTURA VAT nr {no} (cd.)", 10, "B", color=color)
        y = table(pdf, 14, 20, cols, rows(items[split:], split + 1), size=7.4, rowh=5.8, header_fill=(236, 236, 236), line_color=(190, 190, 190))
        y += 6
        rc = [("Stawka VAT", 24, "R"), ("Wartość netto", 30, "R"), ("Kwota VAT", 26, "R"), ("Wartość brutto", 30, "R")]
        rr = [[f"{r}%", m(b), m(v), m(b + v)] for r, b, v in summary] + [["Razem", m(net), m(tax), m(total)]]
        y2 = table(pdf, 86, y, rc, rr, size=7.8, rowh=5.4, header_fill=(236, 236, 236), line_color=(190, 190, 190))
        y2 += 6
        txt(pdf, 86, y2, "Razem do zapłaty:", 11, "B")
        txt(pdf, 140, y2, f"{m(total)} PLN", 11, "B", align="R", w=56, color=color)
        pay = [("Sposób płatności:", "przelew" if due else term), ("Termin płatności:", fd(due) if due else None), ("Numer rachunku:", iban_fmt(acct) if due else None)]
        kv(pdf, 14, y2 + 10, pay, wl=34, wv=80, size=8, align="L")
        if total > 15000:
            txt(pdf, 14, y2 + 26, "mechanizm podzielonej płatności", 8, "B")
        txt(pdf, 14, y2 + 42, "....................................................", 8)
        txt(pdf, 120, y2 + 42, "....................................................", 8)
        txt(pdf, 14, y2 + 46, "osoba upoważniona do odbioru", 6.6, color=(110, 110, 110))
        txt(pdf, 120, y2 + 46, "osoba upoważniona do wystawienia", 6.6, color=(110, 110, 110))
        foot(pdf, 2)
        pdf.output(path)

    notes = (
        "Gdańsk (Poland) food wholesaler's FAKTURA VAT in Polish over TWO PAGES (14 rows on page 1, the rest, the summary per rate and 'Razem do zapłaty' ONLY on page 2, no carried sum), złoty with spaces and a decimal comma ('1 234,56'), VAT 5 % (basic food), 8 % (water) and 23 % (coffee, tea, cleaning goods, transport) per row with net and gross: "
        "vendor = 'Sprzedawca'; vendor_tax_id = its 'NIP' as printed ("
        + ["10 digits", "with dashes", "10 digits", "with the PL prefix"][i]
        + "; the buyer's NIP, the BDO number and the bank account are decoys). "
        "invoice_number = 'FAKTURA VAT nr'; invoice_date = "
        + ["'Data wystawienia' (yyyy-mm-dd)", "'Data wystawienia' (dd.mm.yyyy)", "'Gdańsk, dnia' in Polish words ('12 marca 2026')", "'Data wystawienia' (dd.mm.yyyy)"][i]
        + "; the delivery date 'Data dostawy' / 'Data zakończenia dostawy'"
        + (" and the KSeF number are decoys. " if ksef else " is a decoy. ")
        + due_note(due, term, "Termin płatności")
        + po_note(po, "Zamówienie nr")
        + "subtotal = the 'Razem' row's 'Wartość netto'; tax = its 'Kwota VAT'; total = 'Razem do zapłaty' (= its 'Wartość brutto'). Currency PLN. Line items: every row on both pages (net)."
    )
    t = truth(vname, vid, no, po, d, due, "PLN", net, tax, total, items, notes)
    return t, [fd(d), no, vname, vid, "Razem do zapłaty", fd(due) if due else None, fd(sale), ksef, bdo, "Strona 2 z 2"], render


# =========================================================================== 07 Izmir (KDV 1 / 10 / 20 %, TRY or EUR), landscape e-Fatura, discount per row
IZ_V = [
    ("EGE OTEL TEDARİK GIDA SAN. VE TİC. A.Ş.", "Atatürk Organize Sanayi Bölgesi 10001 Sk. No: 22 Çiğli / İzmir", "Çiğli", (190, 18, 60)),
    ("KORDON HORECA ÜRÜNLERİ LTD. ŞTİ.", "Cumhuriyet Bulvarı No: 148/3 Konak / İzmir", "Kordon", (30, 64, 175)),
    ("KARŞIYAKA ZEYTİN VE ZEYTİNYAĞI TİC. A.Ş.", "Girne Bulvarı No: 87 Karşıyaka / İzmir", "Karşıyaka", (21, 128, 61)),
    ("BORNOVA TEMİZLİK VE GIDA DAĞITIM A.Ş.", "Ankara Caddesi No: 215 Bornova / İzmir", "Bornova", (107, 33, 168)),
]
IZ_B = [
    ("ALAÇATI TAŞ KONAK OTELCİLİK A.Ş.", "Kemalpaşa Cad. No: 44 Çeşme / İzmir", "Çeşme"),
    ("FOÇA MARİNA RESTORAN İŞLETMECİLİĞİ LTD. ŞTİ.", "Reha Midilli Cad. No: 12 Foça / İzmir", "Foça"),
    ("KARABURUN BUTİK OTEL TURİZM A.Ş.", "Sahil Yolu No: 3 Karaburun / İzmir", "Karaburun"),
    ("EFES KONGRE VE ETKİNLİK HİZMETLERİ A.Ş.", "Atatürk Mah. 1. Sk. No: 9 Selçuk / İzmir", "Selçuk"),
]
IZ_ROWS = [  # (desc, unit, qty lo, qty hi, price lo, price hi, rate)
    ("Ekmeklik un 50 kg", "Çuval", 1, 20, D("680"), D("1150"), 1), ("Makarna 5 kg", "Koli", 1, 30, D("210"), D("380"), 1),
    ("Zeytinyağı natürel sızma 5 l", "Adet", 2, 40, D("1250"), D("1950"), 10), ("Siyah zeytin Gemlik 10 kg", "Teneke", 1, 20, D("1400"), D("2600"), 10),
    ("Beyaz peynir 17 kg", "Teneke", 1, 10, D("3200"), D("5200"), 10), ("Domates salçası 4,3 kg", "Teneke", 2, 30, D("290"), D("480"), 10),
    ("Süzme bal 5 kg", "Adet", 1, 10, D("1900"), D("3400"), 10), ("Çay 5 kg", "Paket", 1, 20, D("1400"), D("2300"), 20),
    ("Bulaşık makinesi deterjanı 20 kg", "Bidon", 1, 12, D("950"), D("1600"), 20), ("Peçete 24x24 (3600 adet)", "Koli", 1, 20, D("380"), D("720"), 20),
    ("Streç film 300 m", "Rulo", 2, 30, D("160"), D("320"), 20), ("Nakliye bedeli", "Sefer", 1, 1, D("750"), D("3500"), 20),
]


@style("07", "tr_izm_izmir_e_fatura_kdv_20_10_1_landscape")
def s07(rng, i):
    vname, vaddr, vd, color = IZ_V[i]
    bname, baddr, bvd = IZ_B[i]
    d = rand_date(rng)
    eur = i == 3
    items = lines(rng, IZ_ROWS, rng.randint(2, 12), D("0.05") if eur else D("1"))
    fxr = D(rng.choice(["37.8421", "41.2254", "44.6108", "47.9035"]))
    for x in items:
        x["rate"] = D(x["extra"])
        if eur:
            x["price"] = q2(x["price"] / 40)
            x["amount"] = q2(x["qty"] * x["price"])
        x["gross"] = x["amount"]
        x["dpct"] = D(rng.choice([0, 0, 0, 5, 10])) if i != 1 else D(0)
        x["disc"] = q2(x["gross"] * x["dpct"] / 100)
        x["amount"] = x["gross"] - x["disc"]
    summary = by_rate(items)
    gross = sum(x["gross"] for x in items)
    disc = sum(x["disc"] for x in items)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    vid = valid(rng, lambda: digits(rng, 10, True), vkn.is_valid)
    pref = ["EOT", "KHR", "KZY", "BTG"][i]
    no = f"{pref}{d.year}{rng.randint(1, 99999):09d}"
    fd = [lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 60])) if i in (0, 3) else None
    po = [None, f"SP-{rng.randint(1000, 9999)}", f"{rng.randint(10000, 99999)}", None][i]
    irs = f"{pref}{d.year}{rng.randint(1, 99999):09d}"
    irsd = d - dt.timedelta(days=rng.randint(0, 3))
    ettn = str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()
    cur = "EUR" if eur else "TL"
    m = de
    words = "YALNIZ " + (tr_words(int(total)) + ("AVRO" if eur else "TÜRKLİRASI") + (f" {tr_words(int((total % 1) * 100))}{'SENT' if eur else 'KURUŞ'}" if total % 1 else "")).upper()

    def render(path):
        pdf = new_fpdf(orientation="L", creator="Uyumsoft e-Fatura")
        pdf.add_page()
        txt(pdf, 12, 10, vname, 11, "B", color=color)
        para(pdf, 12, 16, 120, f"{vaddr}\nTel: 0232 {rng.randint(200, 499)} {rng.randint(10, 99)} {rng.randint(10, 99)}\nVergi Dairesi: {vd} · VKN: {vid}\nMersis No: {digits(rng, 16, True)} · Ticaret Sicil No: {rng.randint(100000, 299999)}", 7.6, h=3.8)
        pdf.set_draw_color(*color)
        pdf.rect(140, 9, 34, 24)
        txt(pdf, 141, 15, "e-FATURA", 12, "B", color=color, w=32, align="C")
        txt(pdf, 141, 23, "GİB", 9, "B", w=32, align="C", color=(120, 120, 120))
        kv(pdf, 186, 10, [("Özelleştirme No:", "TR1.2"), ("Senaryo:", "TİCARİFATURA" if i % 2 else "TEMELFATURA"), ("Fatura Tipi:", "SATIŞ"), ("Fatura No:", no), ("Fatura Tarihi:", fd(d)), ("Fatura Saati:", f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"), ("Son Ödeme Tarihi:", fd(due) if due else None), ("Sipariş No:", po), ("İrsaliye No:", irs), ("İrsaliye Tarihi:", fd(irsd))], wl=32, wv=66, size=7.6, step=4.2, align="L")
        txt(pdf, 12, 36, "SAYIN", 8, "B")
        para(pdf, 12, 40, 120, f"{bname}\n{baddr}\nVergi Dairesi: {bvd} · VKN: {valid(rng, lambda: digits(rng, 10, True), vkn.is_valid)}", 7.8, h=3.9)
        txt(pdf, 12, 58, f"ETTN: {ettn}", 7.6)
        cols = [("Sıra No", 14, "R"), ("Mal Hizmet", 72, "L"), ("Miktar", 22, "R"), ("Birim Fiyat", 28, "R"), ("İskonto Oranı", 24, "R"), ("İskonto Tutarı", 26, "R"), ("KDV Oranı", 18, "R"), ("KDV Tutarı", 26, "R"), ("Mal Hizmet Tutarı", 43, "R")]
        rows = [[str(k + 1), x["desc"], f"{qstr(x['qty'])} {x['unit']}", f"{m(x['price'])} {cur}", f"%{x['dpct']}", f"{m(x['disc'])} {cur}", f"%{x['rate']}", f"{m(q2(x['amount'] * x['rate'] / 100))} {cur}", f"{m(x['amount'])} {cur}"] for k, x in enumerate(items)]
        y = table(pdf, 12, 64, cols, rows, size=7.2, rowh=5.4, header_fill=(225, 225, 225), line_color=(150, 150, 150))
        y += 4
        trows = [("Mal Hizmet Toplam Tutarı", f"{m(gross)} {cur}", False), ("Toplam İskonto", f"{m(disc)} {cur}", False), ("Vergi Hariç Tutar", f"{m(net)} {cur}", False)]
        trows += [(f"Hesaplanan KDV(%{r})", f"{m(v)} {cur}", False) for r, _b, v in summary]
        trows += [("Vergiler Dahil Toplam Tutar", f"{m(total)} {cur}", False), ("Ödenecek Tutar", f"{m(total)} {cur}", True)]
        totals(pdf, 190, y, trows, wl=54, wv=41, size=7.8, line=color, step=4.6)
        pdf.set_draw_color(150, 150, 150)
        pdf.rect(12, y, 170, 30)
        notes_ = [words, f"Banka: {rng.choice(['Ziraat Bankası', 'Garanti BBVA', 'İş Bankası', 'Yapı Kredi'])} İzmir Şb. IBAN: {iban_fmt(iban('TR', digits(rng, 5) + '0' + digits(rng, 16)))}"]
        if eur:
            notes_.append(f"Döviz Kuru: 1 EUR = {m(fxr, 4)} TL · Ödenecek Tutar TL karşılığı: {m(q2(total * fxr))} TL")
        if not due:
            notes_.append("Ödeme Şekli: Peşin / Havale")
        para(pdf, 14, y + 2, 166, "Not:\n" + "\n".join(notes_), 7.4, h=3.8)
        qr_fpdf(pdf, rng, 14, y + 33, 22)
        txt(pdf, 40, y + 40, f"e-Fatura sorgulama: ETTN {ettn[:8]}…", 6.6, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Izmir (Turkey) hotel supplier's e-FATURA print in Turkish on a LANDSCAPE A4 page, "
        + ("in EUROS with the exchange rate and the lira counter-value in the notes" if eur else "in lira")
        + " ('1.234,56 TL'), a discount per row ('İskonto Oranı', 'İskonto Tutarı'), KDV 1 % (flour, pasta), 10 % (other food) and 20 % (tea, cleaning goods, transport) printed ONLY per rate ('Hesaplanan KDV(%20)'; the check file's tax_parts), the ETTN and the amount in Turkish words: "
        "vendor = the name at the top left; vendor_tax_id = its 'VKN' (10 digits; the Mersis and trade-register numbers and the buyer's VKN are decoys). "
        "invoice_number = 'Fatura No' (16 characters); invoice_date = 'Fatura Tarihi' ("
        + ["dd-mm-yyyy", "dd.mm.yyyy", "dd-mm-yyyy", "dd.mm.yyyy"][i]
        + "); the 'İrsaliye No' and 'İrsaliye Tarihi' (dispatch note), the time and the ETTN are decoys. "
        + due_note(due, None if due else "Ödeme Şekli: Peşin / Havale", "Son Ödeme Tarihi")
        + po_note(po, "Sipariş No")
        + "subtotal = 'Vergi Hariç Tutar' (after the discounts; 'Mal Hizmet Toplam Tutarı' is before them and 'Toplam İskonto' is the discount); tax = the sum of the 'Hesaplanan KDV' rows; total = 'Vergiler Dahil Toplam Tutar' (= 'Ödenecek Tutar'). "
        + f"Currency {'EUR' if eur else 'TRY'}. Line items: every row, the 'Mal Hizmet Tutarı' after the row's discount."
    )
    t = truth(vname, vid, no, po, d, due, "EUR" if eur else "TRY", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Ödenecek Tutar", fd(due) if due else None, irs, ettn, words, m(q2(total * fxr)) if eur else None], "tax_parts": [str(v) for _r, _b, v in summary]}
    return t, chk, render


# =========================================================================== 08 Tromsø (MVA 25 / 15 / 12 %, NOK), sidebar with the amount due at the top
TO_V = [
    ("Ishavet Opplevelser AS", "Strandgata 22", "9008 Tromsø", (12, 74, 110)),
    ("Nordlys Safari Tromsø AS", "Storgata 64", "9008 Tromsø", (20, 83, 45)),
    ("Kvaløya Fjordturer AS", "Kvaløyvegen 310", "9100 Kvaløysletta", (88, 28, 135)),
    ("Polar Catering og Transport AS", "Stakkevollvegen 45", "9010 Tromsø", (127, 29, 29)),
]
TO_B = [
    ("Arctic Hotels Tromsø AS", "Sjøgata 7, 9008 Tromsø"),
    ("UiT Norges arktiske universitet", "Hansine Hansens veg 18, 9019 Tromsø"),
    ("Reisebyrået Midnattsol AS", "Karl Johans gate 12, 0154 Oslo"),
    ("Tromsø Havn KF", "Kirkegata 2, 9008 Tromsø"),
]
TO_ROWS = [  # (desc, unit, qty lo, qty hi, price lo, price hi, rate)
    ("Nordlyssafari med buss, per person", "pers", 4, 60, 1290, 1890, 12), ("Fjordcruise, per person", "pers", 4, 60, 890, 1590, 12),
    ("Overnatting i lavvo", "natt", 2, 20, 1450, 2400, 12), ("Busstransport, charter", "time", 2, 12, 1350, 2100, 12),
    ("Matpakke, levert", "stk", 4, 60, 145, 260, 15), ("Catering, varm suppe levert (ikke servert)", "pers", 4, 60, 129, 245, 15),
    ("Kaffe og kaker, levert", "pers", 4, 60, 65, 120, 15), ("Utleie av termodresser", "stk", 4, 60, 150, 290, 25),
    ("Guiding på engelsk", "time", 2, 12, 850, 1450, 25), ("Fotopakke (digitale bilder)", "stk", 1, 10, 390, 790, 25),
]


@style("08", "no_tos_tromso_faktura_mva_25_15_12_sidebar")
def s08(rng, i):
    vname, vstreet, vcity, color = TO_V[i]
    bname, baddr = TO_B[i]
    d = rand_date(rng)
    items = lines(rng, TO_ROWS, rng.randint(1, 8), D("1"))
    for x in items:
        x["rate"] = D(x["extra"])
    summary = by_rate(items)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    org = valid(rng, lambda: rng.choice("89") + digits(rng, 8), orgnr.is_valid)
    vid = f"NO {orgnr.format(org)} MVA"
    acct = valid(rng, lambda: rng.choice(["1503", "4750", "9001", "1254"]) + digits(rng, 7), kontonr.is_valid)
    no = f"{rng.randint(10000, 99999)}" if i != 2 else f"{d.year}{rng.randint(100, 999)}"
    kid = no.rjust(9, "0") + luhn_check(no.rjust(9, "0"))
    fd = [lambda x: x.strftime("%d.%m.%Y"), no_date, lambda x: x.strftime("%d.%m.%Y"), no_date][i]
    due = d + dt.timedelta(days=rng.choice([10, 14, 20, 30])) if i != 3 else None
    term = None if due else "Betalt med kort"
    po = [f"PO-{rng.randint(10000, 99999)}", None, f"{rng.randint(100, 999)}", None][i]
    tour = d - dt.timedelta(days=rng.randint(1, 10))
    m = sp

    def render(path):
        pdf = new_fpdf(creator="Tripletex")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 62, 297, "F")
        w = (255, 255, 255)
        para(pdf, 8, 14, 50, vname, 12, "B", h=5.5, color=w)
        para(pdf, 8, 30, 50, f"{vstreet}\n{vcity}\nTlf. +47 77 {rng.randint(60, 69)} {rng.randint(10, 99)} {rng.randint(10, 99)}\npost@{vname.split()[0].lower().replace('ø', 'o')}.no", 7.6, h=3.9, color=w)
        txt(pdf, 8, 56, "Foretaksregisteret", 6.8, color=(220, 220, 220))
        txt(pdf, 8, 60, vid, 8, "B", color=w)
        pdf.set_draw_color(255, 255, 255)
        pdf.line(8, 70, 54, 70)
        txt(pdf, 8, 76, "Å BETALE", 8, "B", color=(220, 220, 220))
        txt(pdf, 8, 82, f"kr {m(total)}", 14, "B", color=w)
        txt(pdf, 8, 94, "Forfallsdato" if due else term, 7.4, color=(220, 220, 220))
        if due:
            txt(pdf, 8, 99, fd(due), 10, "B", color=w)
        txt(pdf, 8, 110, "Kontonummer", 7.4, color=(220, 220, 220))
        txt(pdf, 8, 115, f"{acct[:4]}.{acct[4:6]}.{acct[6:]}", 10, "B", color=w)
        txt(pdf, 8, 126, "KID", 7.4, color=(220, 220, 220))
        txt(pdf, 8, 131, kid, 10, "B", color=w)
        para(pdf, 8, 250, 50, "Ved for sen betaling beregnes forsinkelsesrente etter forsinkelsesrenteloven.", 6.6, h=3.4, color=(220, 220, 220))
        txt(pdf, 72, 16, "FAKTURA", 20, "B", color=color)
        kv(pdf, 140, 14, [("Fakturanr.:", no), ("Fakturadato:", fd(d)), ("Turdato:", fd(tour)), ("Kundenr.:", str(rng.randint(10000, 99999))), ("Deres ref.:", rng.choice(["Kari Nordmann", "Ola Berg", "Ingrid Hansen", "Jonas Lie"])), ("Bestillingsnr.:", po)], wl=26, wv=30, size=8, align="L")
        txt(pdf, 72, 46, bname, 10, "B")
        para(pdf, 72, 51.5, 70, f"{baddr}\nOrg.nr. {orgnr.format(valid(rng, lambda: '9' + digits(rng, 8), orgnr.is_valid))}", 8, h=4)
        cols = [("Beskrivelse", 56, "L"), ("Antall", 12, "R"), ("Enhet", 11, "L"), ("Pris", 18, "R"), ("MVA", 11, "R"), ("Beløp", 24, "R")]
        rows = [[wrap(x["desc"], 32), qstr(x["qty"]), x["unit"], m(x["price"]), f"{x['rate']} %", m(x["amount"])] for x in items]
        y = table(pdf, 70, 72, cols, rows, size=7.8, rowh=6, border_bottom=False, zebra=(243, 246, 249), header_color=color)
        y += 8
        trows = [("Sum eks. mva", m(net), False)] + [(f"MVA {r} % av {m(b)}", m(v), False) for r, b, v in summary] + [("Totalt å betale, NOK", m(total), True)]
        totals(pdf, 118, y, trows, wl=50, wv=28, size=8.6, line=color)
        para(pdf, 70, 262, 126, f"Vennligst bruk KID {kid} ved betaling til konto {acct[:4]}.{acct[4:6]}.{acct[6:]}." if due else "Fakturaen er betalt med kort ved bestilling. Kvittering for kortbetaling er sendt på e-post.", 7.6, h=3.9, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Tromsø (Norway) arctic-tour operator's FAKTURA in Norwegian (bokmål) with a coloured SIDEBAR on the left holding the vendor's details and, at the TOP of the page, the amount due ('Å BETALE kr …'), the due date, the account number and the KID; kroner with spaces and a decimal comma ('1 234,00'); MVA 12 % on passenger transport, tours and lodging, 15 % on food delivered (not served) and 25 % on the rest, a MVA line per rate below a table without rules: "
        "vendor = the name in the sidebar; vendor_tax_id = its 'Foretaksregisteret' number as printed ('NO 987 654 321 MVA'; the buyer's Org.nr., the account number and the KID are decoys). "
        "invoice_number = 'Fakturanr.'; invoice_date = 'Fakturadato' ("
        + ["dd.mm.yyyy", "Norwegian words ('12. mars 2026')", "dd.mm.yyyy", "Norwegian words"][i]
        + "); the 'Turdato', the customer number and 'Deres ref.' are decoys. "
        + due_note(due, term, "Forfallsdato")
        + po_note(po, "Bestillingsnr.")
        + "subtotal = 'Sum eks. mva'; tax = the sum of the MVA lines; total = 'Totalt å betale, NOK' (= 'Å BETALE' in the sidebar). Currency NOK. Line items: every row (net)."
    )
    t = truth(vname, vid, no, po, d, due, "NOK", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Totalt å betale, NOK", fd(due) if due else None, fd(tour), kid], "tax_parts": [str(v) for _r, _b, v in summary]}
    return t, chk, render
