"""fpdf2 styles for set 3."""
import datetime as dt
from decimal import Decimal as D

from stdnum.fi import ytunnus as _yt
from stdnum.hu import anum as _anum
from stdnum.nz import ird as _ird
from stdnum.sg import uen as _uen
from stdnum.in_ import gstin as _gstin
from stdnum.nl import btw as _btw

from invoice_kit import (q2, q0, en, de, sp, spd, mt, qstr, digits, rand_date, mk_items, T, li, en_words, in_words,
                         new_fpdf, txt, table, style_registry, valid)

STYLES, style = style_registry("fpdf2")


def qfmt(q, f=de):
    q = D(q)
    return f(q, 0) if q == int(q) else f(q, 1) if q * 10 == int(q * 10) else f(q, 2)


# =========================================================================== 08 Finnish lasku with giro slip
FI_VENDORS = [("Kuopion Kiinteistöhuolto Oy", "Kuopio", "Puijonkatu", "70100"), ("Tampereen Konepaja Lehtonen Oy", "Tampere", "Hatanpään valtatie", "33100"),
              ("Saaristo IT-palvelut Oy", "Turku", "Linnankatu", "20100"), ("Pohjolan Siivouspalvelu Ky", "Oulu", "Isokatu", "90100")]
FI_BUYERS = [("Asunto Oy Koivukuja 5", "Espoo"), ("Jyväskylän Kaupunki / Tilapalvelu", "Jyväskylä"), ("Ravintola Sataman Helmi Oy", "Helsinki"),
             ("Lahden Autotalo Oy", "Lahti")]
FI_CAT = [("Kiinteistöhuolto, kuukausimaksu", 380, 1450, lambda r: 1, "kk"),
          ("Lumityöt traktorilla", 75, 115, lambda r: D(r.randint(4, 24)) / 2, "h"),
          ("Hiekoitussepeli 0-6 mm", 28, 46, lambda r: r.randint(2, 12), "tn"),
          ("Sorvaus ja jyrsintä, työ", 68, 92, lambda r: D(r.randint(6, 40)) / 2, "h"),
          ("Laakeripesä SNL 511, asennettuna", 145, 290, lambda r: r.randint(1, 6), "kpl"),
          ("Etätuki, tuntiveloitus", 85, 120, lambda r: D(r.randint(2, 16)) / 2, "h"),
          ("Kannettava tietokone, asennus ja käyttöönotto", 95, 180, lambda r: r.randint(1, 5), "kpl"),
          ("Ylläpitosopimus, neljännesvuosi", 600, 1900, lambda r: 1, "kpl"),
          ("Ylläpitosiivous", 32, 45, lambda r: r.randint(10, 60), "h"),
          ("Matkakulut", 45, 140, lambda r: 1, "erä")]


def fi_ref(base):
    w = [7, 3, 1]
    s = sum(int(c) * w[k % 3] for k, c in enumerate(reversed(base)))
    return base + str((10 - s % 10) % 10)


def fi_ref_fmt(r):
    r = r[::-1]
    return " ".join(r[k:k + 5] for k in range(0, len(r), 5))[::-1]


@style("08", "fi_lasku_giro")
def s08(rng, i):
    vname, city, street, pc = FI_VENDORS[i]
    yt = valid(rng, lambda: digits(rng, 7, True) + "-" + digits(rng, 1), _yt.is_valid)
    alv = "FI" + yt.replace("-", "")
    show_alv = i in (2, 3)
    d = rand_date(rng)
    days = rng.choice([7, 14, 21, 30])
    due = d + dt.timedelta(days=days)
    fmt = lambda x: f"{x.day}.{x.month}.{x.year}"
    inv_no = str(rng.randint(1000, 29999))
    ref = fi_ref(inv_no + digits(rng, 2))
    items = mk_items(rng, FI_CAT, rng.randint(2, 6))
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.255"))
    total = net + tax
    iban = f"FI{rng.randint(10, 99)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}"
    b = FI_BUYERS[i]
    po = None if i == 0 else (f"TIL-{rng.randint(1000, 9999)}" if i != 2 else str(rng.randint(4500000, 4599999)))
    vtext = "Viitteenne" if i == 1 else "Tilausnumero"

    def render(path):
        pdf = new_fpdf(creator="Netvisor-like")
        pdf.add_page()
        txt(pdf, 15, 14, vname, 13, "B")
        txt(pdf, 15, 21, f"{street} {rng.randint(1, 40)}", 9)
        txt(pdf, 15, 25.5, f"{pc} {city}", 9)
        txt(pdf, 120, 14, "LASKU", 16, "B")
        txt(pdf, 170, 15, "1 (1)", 9)
        # buyer
        txt(pdf, 20, 44, b[0], 10)
        txt(pdf, 20, 49, "Ostoreskontra", 10)
        txt(pdf, 20, 54, f"PL {rng.randint(10, 999)}", 10)
        txt(pdf, 20, 59, f"{rng.randint(1, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}01 {b[1].upper()}", 10)
        kv = [("Laskun päivämäärä", fmt(d)), ("Laskun numero", inv_no), ("Asiakasnumero", str(rng.randint(100, 999))),
              ("Viitenumero", fi_ref_fmt(ref)), ("Maksuehto", f"{days} pv netto"), ("Eräpäivä", fmt(due)),
              ("Viivästyskorko", "11,5 %"), ("Huomautusaika", "8 pv")]
        if po:
            kv.insert(3, (vtext, po))
        kv.insert(2, ("Toimituspäivä", fmt(d - dt.timedelta(days=rng.randint(1, 14)))))
        y = 38
        for k, v in kv:
            txt(pdf, 120, y, k, 8.5)
            txt(pdf, 160, y, v, 8.5, "B" if k in ("Eräpäivä", "Laskun numero") else "")
            y += 4.6
        cols = [("Tuote / palvelu", 80, "L"), ("Määrä", 17, "R"), ("Yks.", 12, "L"), ("A-hinta", 22, "R"), ("Alv %", 15, "R"), ("Yhteensä", 30, "R")]
        rows = [[it["desc"], qfmt(it["qty"], sp), it["unit"], sp(it["price"]), "25,5", sp(it["amount"])] for it in items]
        y = table(pdf, 15, 82, cols, rows, 8.5, header_fill=(230, 236, 242))
        y += 5
        for k, v, st in (("Veroton yhteensä", sp(net), ""), ("ALV 25,5 %", sp(tax), ""), ("Yhteensä EUR", sp(total), "B")):
            txt(pdf, 120, y, k, 9.5, st)
            txt(pdf, 160, y, v, 9.5, st, align="R", w=35)
            y += 5.5
        txt(pdf, 15, 196, vname + f" | Y-tunnus {yt}" + (f" | ALV-rek. {alv}" if show_alv else "") + " | Kotipaikka " + city, 7.5)
        txt(pdf, 15, 200, f"puh. 0{rng.randint(40, 50)} {rng.randint(100, 999)} {rng.randint(1000, 9999)} | laskutus@" +
            vname.split()[0].lower().replace("ä", "a").replace("ö", "o") + ".fi", 7.5)
        # giro slip (tilisiirto)
        pdf.set_draw_color(0, 0, 0)
        y0 = 205
        pdf.set_line_width(0.3)
        pdf.line(0, y0 - 1, 210, y0 - 1)
        pdf.rect(10, y0, 190, 80)
        pdf.line(10, y0 + 17, 200, y0 + 17)
        pdf.line(30, y0, 30, y0 + 80)
        pdf.line(110, y0, 110, y0 + 80)
        txt(pdf, 11, y0 + 1, "Saajan", 6)
        txt(pdf, 11, y0 + 3.5, "tilinumero", 6)
        txt(pdf, 32, y0 + 2, "IBAN", 7)
        txt(pdf, 32, y0 + 7, iban, 9)
        txt(pdf, 112, y0 + 2, "BIC", 7)
        txt(pdf, 112, y0 + 7, rng.choice(["NDEAFIHH", "OKOYFIHH", "HANDFIHH", "DABAFIHH"]), 9)
        txt(pdf, 11, y0 + 19, "Saaja", 6)
        txt(pdf, 32, y0 + 19, vname, 9)
        txt(pdf, 11, y0 + 34, "Maksajan", 6)
        txt(pdf, 11, y0 + 36.5, "nimi ja", 6)
        txt(pdf, 11, y0 + 39, "osoite", 6)
        txt(pdf, 32, y0 + 34, b[0], 9)
        txt(pdf, 11, y0 + 62, "Allekirjoitus", 6)
        pdf.line(110, y0 + 60, 200, y0 + 60)
        pdf.line(110, y0 + 70, 200, y0 + 70)
        pdf.line(150, y0 + 70, 150, y0 + 80)
        txt(pdf, 112, y0 + 61, "Viitenro", 6)
        txt(pdf, 130, y0 + 63, fi_ref_fmt(ref), 9)
        txt(pdf, 112, y0 + 71, "Eräpäivä", 6)
        txt(pdf, 125, y0 + 73, fmt(due), 9)
        txt(pdf, 152, y0 + 71, "Euro", 6)
        txt(pdf, 160, y0 + 73, sp(total), 9, align="R", w=38)
        bar = "4" + digits(rng, 16) + fi_ref.__name__[:0] + f"{int(total * 100):08d}" + "000" + ref.rjust(20, "0") + due.strftime("%y%m%d")
        txt(pdf, 15, y0 + 83, bar, 7, font="Mono")
        pdf.output(path)

    t = T(vendor_name=vname, vendor_tax_id=alv if show_alv else yt, invoice_number=inv_no, po_number=po, invoice_date=d.isoformat(),
          due_date=due.isoformat(), currency="EUR", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items),
          notes="Finnish lasku with tilisiirto (bank giro) slip at the bottom. vendor_tax_id = " + ("ALV-rek. number FI... (VAT id; Y-tunnus also printed)"
                if show_alv else "Y-tunnus (only business id printed)") + ". Viitenumero and the virtual barcode line are payment references. "
                "Toimituspäivä is a decoy. Amounts '1 234,56', ALV 25,5 %. " + (f"PO = '{vtext}'." if po else "No PO."))
    checks = [fmt(d), fmt(due), inv_no] + ([po] if po else [])
    return t, checks, render


# =========================================================================== 09 Hungarian számla (HUF, no decimals)
HU_VENDORS = [("Duna-Tech Gépészeti Kft.", "Budapest", "Váci út", "1138"), ("Alföldi Agrár Kereskedelmi Zrt.", "Kecskemét", "Szolnoki út", "6000"),
              ("Pannon Nyomda és Reklám Bt.", "Győr", "Szent István út", "9021"), ("Balaton IT Megoldások Kft.", "Veszprém", "Óváros tér", "8200")]
HU_BUYERS = [("Szegedi Vízmű Zrt.", "6720 Szeged, Kárász u. 4."), ("Hegyvidék Panzió Kft.", "3300 Eger, Dobó tér 9."),
             ("Kovács és Társa Építőipari Kft.", "4024 Debrecen, Piac u. 21."), ("Miskolci Egyetem Gazdasági Igazgatóság", "3515 Miskolc, Egyetemváros")]
HU_CAT = [("Szivattyú karbantartás, munkadíj", 9500, 18500, lambda r: r.randint(2, 16), "óra"),
          ("Golyóscsap DN50 PN16", 8900, 21500, lambda r: r.randint(2, 20), "db"),
          ("Műtrágya NPK 15-15-15, 25 kg", 6900, 11900, lambda r: r.randint(10, 80), "zsák"),
          ("Szórólap nyomtatás A4, 4+4", 18, 45, lambda r: r.choice([1000, 2000, 5000]), "db"),
          ("Roll-up banner 85x200 cm", 19900, 34900, lambda r: r.randint(1, 6), "db"),
          ("Rendszergazdai átalánydíj", 85000, 240000, lambda r: 1, "hó"),
          ("Laptop Lenovo ThinkPad E16", 289000, 389000, lambda r: r.randint(1, 4), "db"),
          ("Kiszállási díj", 12000, 28000, lambda r: 1, "alk")]


@style("09", "hu_szamla_huf")
def s09(rng, i):
    vname, city, street, pc = HU_VENDORS[i]
    base8 = valid(rng, lambda: digits(rng, 8, True), _anum.is_valid)
    adosz = f"{base8}-2-{rng.choice(['41', '42', '43', '03', '08', '13'])}"
    d = rand_date(rng)
    fmt = lambda x: x.strftime("%Y.%m.%d.")
    telj = d - dt.timedelta(days=rng.randint(0, 8))
    due = d + dt.timedelta(days=rng.choice([8, 15, 30]))
    inv_no = f"{rng.choice(['DT', 'AA', 'PNY', 'BIT'])}-{d.year}/{rng.randint(1, 2999):05d}"
    items = mk_items(rng, HU_CAT, rng.randint(2, 5), step=D("1"))
    rows, tax = [], D(0)
    for k, it in enumerate(items):
        rate = 5 if (i == 1 and k == 0) else 27
        v = q0(it["amount"] * rate / 100)
        it["vat"] = v
        it["rate"] = rate
        tax += v
        rows.append([f"{k + 1}.", it["desc"], f"{sp(it['qty'], 0)} {it['unit']}", sp(it["price"], 0), sp(it["amount"], 0), f"{rate}%",
                     sp(v, 0), sp(it["amount"] + v, 0)])
    net = sum(it["amount"] for it in items)
    total = net + tax
    b = HU_BUYERS[i]
    bad = valid(rng, lambda: digits(rng, 8, True), _anum.is_valid) + "-2-" + rng.choice(["06", "10", "09", "05"])
    po = None if i == 3 else f"M-{rng.randint(100, 999)}/{d.year}"

    def render(path):
        pdf = new_fpdf(creator="szamlazo-like")
        pdf.add_page()
        txt(pdf, 0, 12, "SZÁMLA", 20, "B", align="C", w=210)
        txt(pdf, 0, 21, f"Sorszám: {inv_no}", 10, align="C", w=210)
        txt(pdf, 0, 26, "Eredeti példány  ·  1. oldal / 1", 8, align="C", w=210)
        pdf.set_draw_color(60, 60, 60)
        pdf.rect(12, 34, 91, 48)
        pdf.rect(107, 34, 91, 48)
        txt(pdf, 14, 36, "Eladó", 8, "B")
        txt(pdf, 14, 41, vname, 10, "B")
        txt(pdf, 14, 46.5, f"{pc} {city}, {street} {rng.randint(1, 120)}.", 8.5)
        txt(pdf, 14, 51, f"Adószám: {adosz}", 8.5)
        if i % 2 == 0:
            txt(pdf, 14, 55.5, f"Közösségi adószám: HU{base8}", 8.5)
        txt(pdf, 14, 60, f"Cégjegyzékszám: {rng.randint(1, 20):02d}-09-{rng.randint(100000, 999999)}", 8.5)
        txt(pdf, 14, 64.5, f"Bankszámla: {digits(rng, 8, True)}-{digits(rng, 8)}-{digits(rng, 8)}", 8.5)
        txt(pdf, 109, 36, "Vevő", 8, "B")
        txt(pdf, 109, 41, b[0], 10, "B")
        txt(pdf, 109, 46.5, b[1], 8.5)
        txt(pdf, 109, 51, f"Adószám: {bad}", 8.5)
        if po:
            txt(pdf, 109, 60, f"Megrendelés szám: {po}", 8.5)
        cols = [("Fizetési mód", 46, "C"), ("Teljesítés dátuma", 46, "C"), ("Számla kelte", 46, "C"), ("Fizetési határidő", 48, "C")]
        table(pdf, 12, 88, cols, [["Átutalás", fmt(telj), fmt(d), fmt(due)]], 8.5, header_fill=(225, 225, 225))
        cols = [("#", 8, "L"), ("Megnevezés", 52, "L"), ("Menny.", 20, "R"), ("Nettó egységár", 24, "R"), ("Nettó érték", 24, "R"),
                ("ÁFA", 10, "R"), ("ÁFA érték", 22, "R"), ("Bruttó érték", 26, "R")]
        y = table(pdf, 12, 106, cols, rows, 7.8, header_fill=(225, 225, 225))
        y += 6
        txt(pdf, 90, y, "ÁFA kulcs", 8, "B")
        txt(pdf, 115, y, "Nettó", 8, "B", align="R", w=25)
        txt(pdf, 140, y, "ÁFA", 8, "B", align="R", w=25)
        txt(pdf, 165, y, "Bruttó", 8, "B", align="R", w=30)
        y += 5
        for rate in sorted({it["rate"] for it in items}, reverse=True):
            n_ = sum(it["amount"] for it in items if it["rate"] == rate)
            v_ = sum(it["vat"] for it in items if it["rate"] == rate)
            txt(pdf, 90, y, f"{rate}%", 8)
            txt(pdf, 115, y, sp(n_, 0), 8, align="R", w=25)
            txt(pdf, 140, y, sp(v_, 0), 8, align="R", w=25)
            txt(pdf, 165, y, sp(n_ + v_, 0), 8, align="R", w=30)
            y += 4.5
        txt(pdf, 90, y, "Összesen:", 8.5, "B")
        txt(pdf, 115, y, sp(net, 0), 8.5, "B", align="R", w=25)
        txt(pdf, 140, y, sp(tax, 0), 8.5, "B", align="R", w=25)
        txt(pdf, 165, y, sp(total, 0), 8.5, "B", align="R", w=30)
        y += 10
        pdf.set_fill_color(240, 240, 240)
        pdf.rect(90, y - 2, 108, 10, "F")
        txt(pdf, 92, y, "Fizetendő végösszeg:", 11, "B")
        txt(pdf, 150, y, f"{sp(total, 0)} Ft", 11, "B", align="R", w=46)
        txt(pdf, 12, y + 16, "Kérjük, az átutalás közleményében tüntesse fel a számla sorszámát. Késedelmes fizetés esetén a Ptk. szerinti kamatot számítjuk fel.", 7.5)
        txt(pdf, 12, 282, "A számla tartalma mindenben megfelel a hatályos törvényi előírásoknak.", 7)
        pdf.output(path)

    t = T(vendor_name=vname, vendor_tax_id=adosz, invoice_number=inv_no, po_number=po, invoice_date=d.isoformat(),
          due_date=due.isoformat(), currency="HUF", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items),
          notes="Hungarian számla, HUF without decimals ('1 234 567'). vendor_tax_id = Eladó Adószám (xxxxxxxx-2-xx)"
                + ("; Közösségi adószám HU... also printed" if i % 2 == 0 else "") + "; buyer Adószám and Cégjegyzékszám are decoys. "
                "invoice_date = Számla kelte; Teljesítés dátuma (supply date) is a decoy. Dates 'YYYY.MM.DD.'. Line amount = Nettó érték."
                + (" Two ÁFA rates (27 % and 5 %)." if i == 1 else "") + ("" if po else " No PO."))
    checks = [fmt(d), fmt(due), inv_no, adosz] + ([po] if po else [])
    return t, checks, render


# =========================================================================== 10 NZ GST tax invoice, landscape, with account summary
NZ_VENDORS = [("Kauri Coast Plumbing Limited", "Whangārei", "Bank Street"), ("Southern Alps Electrical Limited", "Christchurch", "Moorhouse Avenue"),
              ("Harbourside Landscapes (2019) Limited", "Tauranga", "Cameron Road"), ("Te Awa Joinery Limited", "Hamilton", "Kahikatea Drive")]
NZ_BUYERS = ["Waikato Property Trust", "Ponsonby Dental Ltd", "Rangitoto College Board of Trustees", "Marlborough Vintners Co-operative"]
NZ_CAT = [("Labour - qualified tradesperson", 85, 125, lambda r: D(r.randint(4, 40)) / 2, "hr"),
          ("Labour - apprentice", 55, 75, lambda r: D(r.randint(4, 30)) / 2, "hr"),
          ("Hot water cylinder 180L mains pressure", 1450, 2390, lambda r: 1, "ea"),
          ("Copper pipe 15mm x 5.5m", 48, 89, lambda r: r.randint(2, 10), "len"),
          ("LED panel light 600x600", 95, 189, lambda r: r.randint(4, 20), "ea"),
          ("Bark mulch (m3 delivered)", 75, 115, lambda r: r.randint(3, 15), "m3"),
          ("Custom kitchen cabinetry - supply & install", 6800, 14500, lambda r: 1, "job"),
          ("Travel / van charge", 45, 95, lambda r: r.randint(1, 5), "ea"),
          ("Sundries & consumables", 25, 180, lambda r: 1, "lot")]


@style("10", "nz_gst_landscape_statement")
def s10(rng, i):
    vname, city, street = NZ_VENDORS[i]
    gst = valid(rng, lambda: digits(rng, 9, True), _ird.is_valid)
    gstf = f"{gst[:3]}-{gst[3:6]}-{gst[6:]}"
    d = rand_date(rng)
    fmt = lambda x: x.strftime("%d/%m/%Y") if i != 1 else x.strftime("%-d %b %Y")
    nm = (d.replace(day=1) + dt.timedelta(days=32)).replace(day=20)
    due = nm
    inv_no = f"INV-{rng.randint(1000, 9999)}"
    items = mk_items(rng, NZ_CAT, rng.randint(3, 7))
    for it in items:
        it["date"] = d - dt.timedelta(days=rng.randint(0, 20))
    items.sort(key=lambda x: x["date"])
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.15"))
    total = net + tax
    prev = q2(D(rng.randint(20000, 400000)) / 100)
    paid = prev if i != 2 else q2(prev / 2)
    po = None if i == 3 else (f"{rng.randint(4500, 4999)}-{rng.randint(10, 99)}" if i else f"PO {rng.randint(10000, 99999)}")
    job = f"J{rng.randint(2000, 8999)}"

    def render(path):
        pdf = new_fpdf(orientation="L", creator="Xero-like")
        pdf.add_page()
        pdf.set_fill_color(20, 90, 80)
        pdf.rect(0, 0, 8, 210, "F")
        txt(pdf, 18, 12, "TAX INVOICE", 22, "B", color=(20, 90, 80))
        txt(pdf, 18, 24, b := NZ_BUYERS[i], 10, "B")
        txt(pdf, 18, 29, f"Attention: Accounts Payable", 9)
        txt(pdf, 18, 33.5, f"PO Box {rng.randint(100, 9999)}", 9)
        txt(pdf, 18, 38, rng.choice(["Auckland 1141", "Wellington 6140", "Nelson 7040", "Blenheim 7240"]), 9)
        kv = [("Invoice Date", fmt(d)), ("Invoice Number", inv_no), ("Reference", po if po else job), ("GST Number", gstf)]
        y = 14
        for k, v in kv:
            txt(pdf, 120, y, k, 8, "B")
            txt(pdf, 120, y + 4, v, 9)
            y += 10
        txt(pdf, 200, 14, vname, 11, "B")
        txt(pdf, 200, 19.5, f"{rng.randint(1, 300)} {street}", 9)
        txt(pdf, 200, 24, f"{city} {rng.randint(3100, 9800)}", 9)
        txt(pdf, 200, 28.5, "New Zealand", 9)
        txt(pdf, 200, 33, f"Ph 0{rng.randint(3, 9)} {rng.randint(300, 999)} {rng.randint(1000, 9999)}", 9)
        cols = [("Date", 24, "L"), ("Job", 18, "L"), ("Description", 100, "L"), ("Quantity", 22, "R"), ("Unit Price", 26, "R"), ("GST", 16, "R"), ("Amount NZD", 32, "R")]
        rows = [[it["date"].strftime("%d/%m/%Y"), job, it["desc"], en(it["qty"], 2), en(it["price"]), "15%", en(it["amount"])] for it in items]
        y = table(pdf, 18, 66, cols, rows, 8.5, header_fill=(20, 90, 80), header_color=(255, 255, 255))
        y += 4
        for k, v, st in (("Subtotal", en(net), ""), ("TOTAL GST 15%", en(tax), ""), ("TOTAL NZD", en(total), "B")):
            txt(pdf, 170, y, k, 9.5, st)
            txt(pdf, 215, y, v, 9.5, st, align="R", w=43)
            y += 6
        txt(pdf, 18, y - 16, "Amounts are exclusive of GST unless stated.", 8, "I")
        # account summary box (previous balance trap)
        by = max(y + 6, 150)
        pdf.set_draw_color(20, 90, 80)
        pdf.rect(170, by, 88, 34)
        txt(pdf, 172, by + 2, "ACCOUNT SUMMARY", 8, "B", color=(20, 90, 80))
        rows2 = [("Previous balance", en(prev)), ("Payments received - thank you", "-" + en(paid)), ("This invoice", en(total)),
                 ("Balance owing", en(prev - paid + total))]
        yy = by + 8
        for k, v in rows2:
            txt(pdf, 172, yy, k, 8.5, "B" if k == "Balance owing" else "")
            txt(pdf, 225, yy, v, 8.5, "B" if k == "Balance owing" else "", align="R", w=31)
            yy += 6
        txt(pdf, 18, by + 2, f"Due Date: {fmt(due)}", 10, "B")
        txt(pdf, 18, by + 9, f"Please pay by direct credit to {vname}, account {rng.randint(1, 38):02d}-{rng.randint(1000, 9999)}-{digits(rng, 7)}-00", 8.5)
        txt(pdf, 18, by + 14, f"Use reference {inv_no}. Payment terms: 20th of the month following invoice.", 8.5)
        txt(pdf, 18, 200, f"{vname}  ·  GST No. {gstf}  ·  NZBN {'94290' + digits(rng, 8)}  ·  Page 1 of 1", 7.5, color=(90, 90, 90))
        pdf.output(path)

    t = T(vendor_name=vname, vendor_tax_id=gstf, invoice_number=inv_no, po_number=po.replace("PO ", "") if po else None, invoice_date=d.isoformat(), due_date=due.isoformat(),
          currency="NZD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items),
          notes="Landscape Xero-like NZ tax invoice. vendor_tax_id = GST Number (xxx-xxx-xxx); NZBN is a decoy. Account summary box "
                "(previous balance, payments, balance owing) is a decoy: total = TOTAL NZD of this invoice. Line dates and Job no. are decoys. "
                + (f"PO = 'Reference' field (a printed 'PO ' label prefix is not part of the value)." if po else "Reference shows a job number, not a PO -> null."))
    checks = [fmt(d), fmt(due), gstf, inv_no] + ([po] if po else [])
    return t, checks, render


# =========================================================================== 11 Freight forwarder, many charge lines, FX, multi-page
FF_VENDORS = [("Maasvlakte Forwarding B.V.", "Rotterdam", "Europaweg", "3199 LC"), ("Schiphol Air Cargo Services B.V.", "Schiphol", "Anchoragelaan", "1118 LD"),
              ("Noordzee Shipping & Logistics B.V.", "Vlissingen", "Kanaalweg", "4382 NA"), ("Rijnmond Douane Expeditie B.V.", "Rotterdam", "Waalhaven Z.z.", "3089 JH")]
FF_BUYERS = [("Hollandse Fietsenfabriek B.V.", "Apeldoorn", "NL"), ("Brouwer Interieur Import B.V.", "Eindhoven", "NL"),
             ("Kessler Elektronik GmbH", "Duisburg", "DE"), ("Vandenberghe Foods NV", "Gent", "BE")]
FF_CHARGES = [("Ocean freight {pol} - {pod}", 1100, 3900, "USD", 0, "cntr"), ("Bunker adjustment factor (BAF)", 180, 640, "USD", 0, "cntr"),
              ("Terminal handling charges destination (THC)", 210, 295, "EUR", 0, "cntr"), ("ISPS surcharge", 12, 22, "EUR", 0, "cntr"),
              ("Delivery order fee", 45, 85, "EUR", 21, None), ("Customs clearance import declaration", 65, 145, "EUR", 21, None),
              ("Additional HS code lines", 8, 14, "EUR", 21, "line"), ("Import duty (disbursement)", 300, 4800, "EUR", 0, None),
              ("Import VAT paid on your behalf (disbursement)", 900, 9800, "EUR", 0, None), ("Advance commission on duties/VAT", 25, 95, "EUR", 21, None),
              ("Trucking {pod} - consignee", 390, 980, "EUR", 21, "cntr"), ("Fuel surcharge trucking", 30, 110, "EUR", 21, None),
              ("Scan / physical inspection customs", 180, 420, "EUR", 21, None), ("Documentation fee", 35, 65, "EUR", 21, None),
              ("Storage / demurrage", 45, 95, "EUR", 21, "day"), ("T1 transit document", 40, 75, "EUR", 21, None),
              ("Phytosanitary inspection", 90, 210, "EUR", 21, None), ("Container cleaning", 35, 80, "EUR", 21, "cntr")]


@style("11", "nl_freight_forwarder")
def s11(rng, i):
    vname, city, street, pc = FF_VENDORS[i]
    btw = valid(rng, lambda: "NL" + digits(rng, 9, True) + "B01", _btw.is_valid)
    d = rand_date(rng)
    fmt = lambda x: x.strftime("%d-%m-%Y")
    due = d + dt.timedelta(days=rng.choice([14, 30]))
    inv_no = f"{rng.choice(['RTM', 'SPL', 'VLI', 'RDE'])}{d.year % 100}{rng.randint(10000, 99999)}"
    ncntr = rng.randint(1, 3)
    fx = D(rng.randint(8900, 9600)) / 10000
    pol, pod = rng.choice([("Shanghai", "Rotterdam"), ("Ningbo", "Rotterdam"), ("Santos", "Vlissingen"), ("Nhava Sheva", "Rotterdam")])
    n = rng.randint(9, 16) if i < 2 else 18
    picks = FF_CHARGES[:2] + rng.sample(FF_CHARGES[2:], n - 2)
    items, rows = [], []
    for desc, lo, hi, cur, vat, unit in picks:
        desc = desc.format(pol=pol, pod=pod)
        q = D(ncntr if unit == "cntr" else rng.randint(2, 9) if unit in ("line", "day") else 1)
        p = D(rng.randint(lo * 100, hi * 100)) / 100
        if cur == "USD":
            usd = q * p
            amt = q2(usd * fx)
            desc2 = f"{desc}\n  USD {en(usd)} @ {str(fx).replace('.', ',')}"
        else:
            amt = q2(q * p)
            desc2 = desc
        it = {"qty": q, "amount": amt, "vat": vat, "show_qty": unit is not None}
        items.append(it)
        rows.append([desc2, (f"{qstr(q)} x" if unit else ""), (de(p) if unit and cur == "EUR" else ""), f"{vat}%", de(amt)])
    base21 = sum(it["amount"] for it in items if it["vat"] == 21)
    base0 = sum(it["amount"] for it in items if it["vat"] == 0)
    tax = q2(base21 * D("0.21"))
    net = base21 + base0
    total = net + tax
    b = FF_BUYERS[i]
    po = [f"PO 4500{rng.randint(100000, 999999)}", None, f"{rng.randint(100000, 999999)}", f"IMP-{rng.randint(1000, 9999)}"][i]
    po_val = po.replace("PO ", "") if po else None
    bvat = {"NL": "NL" + digits(rng, 9) + "B01", "DE": "DE" + digits(rng, 9, True), "BE": "BE0" + digits(rng, 9)}[b[2]]

    def header(pdf, page, pages):
        txt(pdf, 15, 12, vname, 14, "B", color=(0, 60, 110))
        txt(pdf, 15, 18.5, f"{street} {rng.randint(1, 200)}, {pc} {city}, The Netherlands  ·  Member of FENEX", 8)
        txt(pdf, 150, 12, "INVOICE", 16, "B", color=(0, 60, 110))
        txt(pdf, 150, 19, f"Page {page} of {pages}", 8)
        pdf.set_draw_color(0, 60, 110)
        pdf.line(15, 24, 195, 24)

    def render(path):
        pdf = new_fpdf(creator="CargoWise-like")
        rows_p1 = rows[:13]
        rows_p2 = rows[13:]
        pages = 2 if rows_p2 else 1
        pdf.add_page()
        header(pdf, 1, pages)
        txt(pdf, 15, 30, b[0], 10, "B")
        txt(pdf, 15, 35, f"Attn. Accounts Payable, {b[1]}", 8.5)
        txt(pdf, 15, 39.5, f"VAT no.: {bvat}", 8.5)
        kv = [("Invoice no.", inv_no), ("Invoice date", fmt(d)), ("Due date", fmt(due)), ("Customer no.", str(rng.randint(10000, 99999))),
              ("File no.", f"F{rng.randint(100000, 999999)}")]
        y = 29
        for k, v in kv:
            txt(pdf, 130, y, k, 8.5)
            txt(pdf, 160, y, v, 8.5, "B" if k == "Invoice no." else "")
            y += 4.5
        pdf.set_fill_color(235, 241, 247)
        pdf.rect(15, 54, 180, 27, "F")
        sh = [("B/L no.", f"{rng.choice(['MAEU', 'MSCU', 'COSU', 'HLCU'])}{digits(rng, 9)}"), ("Vessel / voyage", f"{rng.choice(['MSC ANNA', 'EVER GIVEN', 'CMA CGM RIVOLI', 'MAERSK ESSEN'])} / {rng.randint(100, 999)}W"),
              ("POL / POD", f"{pol} / {pod}"), ("ETA", fmt(d - dt.timedelta(days=rng.randint(3, 15)))),
              ("Containers", ", ".join(f"{rng.choice(['MSKU', 'TGHU', 'CAIU'])}{digits(rng, 7)} 40'HC" for _ in range(ncntr))),
              ("Gross weight", f"{de(D(rng.randint(8000, 60000)), 0)} kg"), ("Packages", f"{rng.randint(20, 900)} CTNS")]
        yy = 56
        for k, (lab, v) in enumerate(sh):
            x = 17 if k % 2 == 0 else 105
            txt(pdf, x, yy, lab + ":", 7.5, "B")
            txt(pdf, x + 25, yy, v, 7.5)
            if k % 2 == 1:
                yy += 4.5
        if po:
            txt(pdf, 17, 86, f"Your reference: {po}" if i != 2 else f"Concerning your order no. {po}, we have charged the following:", 8.5)
        cols = [("Description", 100, "L"), ("Qty", 15, "R"), ("Rate EUR", 22, "R"), ("VAT", 13, "R"), ("Amount EUR", 30, "R")]
        y = table(pdf, 15, 92, cols, rows_p1, 8, header_fill=(0, 60, 110), header_color=(255, 255, 255))
        if pages == 2:
            txt(pdf, 15, y + 3, "continued on page 2", 8, "I")
            txt(pdf, 150, y + 3, f"Carried forward {de(sum(items[k]['amount'] for k in range(13)))}", 8, "I")
            pdf.add_page()
            header(pdf, 2, pages)
            txt(pdf, 15, 28, f"Invoice no. {inv_no} (continued)", 9, "B")
            y = table(pdf, 15, 35, cols, rows_p2, 8, header_fill=(0, 60, 110), header_color=(255, 255, 255))
        y += 6
        for k, v, st in (("Total excl. VAT", de(net), ""), ("Subject to VAT 21%: " + de(base21), "", ""), ("VAT 21%", de(tax), ""),
                         ("Not subject to VAT / 0%: " + de(base0), "", ""), ("Total amount EUR", de(total), "B")):
            txt(pdf, 110, y, k, 9, st)
            if v:
                txt(pdf, 165, y, v, 9, st, align="R", w=30)
            y += 5
        y += 4
        txt(pdf, 15, y, f"Please remit to IBAN NL{rng.randint(10, 99)} {rng.choice(['ABNA', 'RABO', 'INGB'])} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)} quoting {inv_no}.", 8)
        txt(pdf, 15, y + 4.5, "Ocean freight and related charges are zero-rated (art. 9 Wet OB, international transport). All services under FENEX conditions.", 7.5)
        txt(pdf, 15, 285, f"{vname}  ·  KvK {digits(rng, 8, True)}  ·  BTW {btw}", 7.5, color=(90, 90, 90))
        pdf.output(path)

    t = T(vendor_name=vname, vendor_tax_id=btw, invoice_number=inv_no, po_number=po_val, invoice_date=d.isoformat(), due_date=due.isoformat(),
          currency="EUR", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items),
          notes="Dutch freight forwarder invoice in English with many charge lines (mixed 21 % and 0 % VAT, disbursements), USD charges "
                "converted at a printed rate (line amount = EUR amount). vendor_tax_id = BTW (footer); buyer VAT no., KvK, B/L, container "
                "numbers, file no. are decoys. Quantity only where 'n x' is printed. " + ("2 pages with 'Page x of y' and a carried-forward "
                "subtotal on page 1 (decoy). " if len(rows) > 13 else "") + ("PO: 'PO 4500...' printed, truth without 'PO ' prefix. " if i == 0 else "")
                + ("PO only inside a sentence. " if i == 2 else "") + ("No PO. " if po is None else ""))
    checks = [fmt(d), fmt(due), btw, inv_no] + ([po] if po else [])
    return t, checks, render


# =========================================================================== 12 Singapore GST tax invoice, QuickBooks-like
SG_VENDORS = [("Lion City Aircon Engineering Pte. Ltd.", "Ubi Avenue 1", "408934"), ("Merlion Office Supplies Pte. Ltd.", "Jurong West Street 41", "640418"),
              ("Straits Digital Solutions Pte. Ltd.", "Anson Road", "079903"), ("Tanjong Catering Services Pte. Ltd.", "Pasir Panjang Road", "118479")]
SG_BUYERS = ["Orchard Dental Group Pte. Ltd.", "Keppel Bay Marine Services Pte. Ltd.", "NUS Students' Union", "Harbourfront Coworking LLP"]
SG_CAT = [("Aircon servicing (general) - wall mounted unit", 25, 45, lambda r: r.randint(4, 24), "unit"),
          ("Chemical overhaul - ceiling cassette", 120, 220, lambda r: r.randint(1, 6), "unit"),
          ("A4 copier paper 80gsm (box of 5 reams)", D("21.50"), D("32.90"), lambda r: r.randint(5, 40), "box"),
          ("Ink cartridge HP 965XL black", 48, 72, lambda r: r.randint(2, 12), "pc"),
          ("Web application development - sprint", 3500, 9500, lambda r: 1, "sprint"),
          ("Cloud hosting (monthly)", 180, 690, lambda r: r.randint(1, 3), "mth"),
          ("Buffet catering - corporate lunch", 14, 28, lambda r: r.randint(30, 120), "pax"),
          ("Delivery & setup", 40, 120, lambda r: 1, "trip"),
          ("Refrigerant top-up R32", 40, 90, lambda r: r.randint(1, 5), "unit")]


@style("12", "sg_gst_quickbooks_like")
def s12(rng, i):
    vname, street, pc = SG_VENDORS[i]
    uen = valid(rng, lambda: str(rng.randint(1998, 2022)) + digits(rng, 5) + rng.choice("ABCDEFGHJKLMNRWXZ"), _uen.is_valid)
    d = rand_date(rng)
    fmt = lambda x: x.strftime("%d/%m/%Y")
    terms = rng.choice([14, 30, 60])
    due = d + dt.timedelta(days=terms)
    inv_no = str(rng.randint(1001, 9999))
    items = mk_items(rng, SG_CAT, rng.randint(2, 6))
    zr_idx = 0 if i == 2 else None   # one zero-rated line (export of service)
    for k, it in enumerate(items):
        it["code"] = "ZR" if k == zr_idx else "SR"
    net = sum(it["amount"] for it in items)
    tax = q2(sum(it["amount"] for it in items if it["code"] == "SR") * D("0.09"))
    total = net + tax
    payment = q2(total * D("0.4")) if i == 1 else D(0)
    po = None if i == 3 else f"{rng.choice(['PO', 'P/O '])}{rng.randint(20000, 89999)}"
    po_val = po.replace("P/O ", "") if po else None
    teal = (0, 120, 120)

    def render(path):
        pdf = new_fpdf(creator="QuickBooks-like")
        pdf.add_page()
        pdf.set_fill_color(*teal)
        pdf.rect(15, 14, 22, 22, "F")
        txt(pdf, 15, 21.5, "".join(w[0] for w in vname.split()[:2]), 14, "B", align="C", w=22, color=(255, 255, 255))
        txt(pdf, 42, 14, vname, 11, "B")
        txt(pdf, 42, 19.5, f"{rng.randint(1, 90)} {street} #{rng.randint(1, 12):02d}-{rng.randint(1, 40):02d}", 8.5)
        txt(pdf, 42, 23.5, f"Singapore {pc}", 8.5)
        txt(pdf, 42, 27.5, f"accounts@{vname.split()[0].lower()}.com.sg", 8.5)
        txt(pdf, 42, 31.5, f"GST Reg. No.: {uen}", 8.5)
        txt(pdf, 130, 14, "TAX INVOICE", 20, color=teal, align="R", w=65)
        txt(pdf, 15, 46, "BILL TO", 8, "B", color=(110, 110, 110))
        txt(pdf, 15, 51, SG_BUYERS[i], 9)
        txt(pdf, 15, 55.5, f"Blk {rng.randint(1, 700)} {rng.choice(['Tampines St 21', 'Bedok North Ave 3', 'Toa Payoh Lor 8'])}", 9)
        txt(pdf, 15, 60, f"Singapore {rng.randint(310000, 529999)}", 9)
        txt(pdf, 75, 46, "SHIP TO", 8, "B", color=(110, 110, 110))
        txt(pdf, 75, 51, SG_BUYERS[i], 9)
        txt(pdf, 75, 55.5, f"{rng.randint(1, 60)} {rng.choice(['Harbourfront Walk', 'Science Park Dr', 'Changi South Lane'])}", 9)
        txt(pdf, 75, 60, f"Singapore {rng.randint(100000, 499999)}", 9)
        kv = [("INVOICE #", inv_no), ("DATE", fmt(d)), ("DUE DATE", fmt(due)), ("TERMS", f"Net {terms}")]
        y = 46
        for k, v in kv:
            txt(pdf, 140, y, k, 8, "B", color=(110, 110, 110), align="R", w=25)
            txt(pdf, 167, y, v, 9)
            y += 5
        if po:
            pdf.set_draw_color(*teal)
            txt(pdf, 15, 70, "P.O. NUMBER", 8, "B", color=(110, 110, 110))
            txt(pdf, 15, 75, po, 9)
            txt(pdf, 60, 70, "SALES REP", 8, "B", color=(110, 110, 110))
            txt(pdf, 60, 75, rng.choice(["Wei Ling", "Ahmad", "Priya"]), 9)
        cols = [("DATE", 22, "L"), ("ACTIVITY", 78, "L"), ("QTY", 16, "R"), ("RATE", 24, "R"), ("GST", 12, "C"), ("AMOUNT", 28, "R")]
        rows = [[fmt(d - dt.timedelta(days=rng.randint(0, 10))), it["desc"], qstr(it["qty"]), en(it["price"]), it["code"], en(it["amount"])] for it in items]
        pdf.set_fill_color(215, 236, 236)
        y = table(pdf, 15, 84, cols, rows, 8.5, header_fill=(215, 236, 236), header_color=teal, border_bottom=False)
        pdf.set_draw_color(180, 180, 180)
        pdf.set_line_width(0.2)
        for k in range(int((y - 84) // 4)):
            pass
        pdf.line(15, y + 2, 195, y + 2)
        y += 6
        tl = [("SUBTOTAL", en(net)), ("GST TOTAL", en(tax)), ("TOTAL", en(total))]
        if payment:
            tl.append(("PAYMENT", "-" + en(payment)))
        tl.append(("BALANCE DUE", f"S${en(total - payment)}"))
        for k, v in tl:
            big = k == "BALANCE DUE"
            txt(pdf, 110, y, k, 11 if big else 8.5, "B" if big else "", color=(110, 110, 110) if not big else (0, 0, 0), align="R", w=45)
            txt(pdf, 160, y, v, 12 if big else 9, "B" if big else "", align="R", w=35)
            y += 7 if big else 5.5
        y += 6
        txt(pdf, 15, y, "GST SUMMARY", 8, "B", color=(110, 110, 110))
        y = table(pdf, 15, y + 5, [("RATE", 50, "L"), ("GST", 30, "R"), ("NET", 30, "R")],
                  [["SR @9%", en(tax), en(sum(it["amount"] for it in items if it["code"] == "SR"))]] +
                  ([["ZR @0%", "0.00", en(sum(it["amount"] for it in items if it["code"] == "ZR"))]] if zr_idx is not None else []), 8)
        txt(pdf, 15, y + 8, f"Please make cheques payable to \"{vname}\" or PayNow to UEN {uen}.", 8)
        txt(pdf, 15, 285, "Page 1 of 1", 7.5, align="C", w=180, color=(110, 110, 110))
        pdf.output(path)

    t = T(vendor_name=vname, vendor_tax_id=uen, invoice_number=inv_no, po_number=po_val, invoice_date=d.isoformat(), due_date=due.isoformat(),
          currency="SGD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items),
          notes="QuickBooks-like Singapore tax invoice (GST 9 %). vendor_tax_id = GST Reg. No. (same as the UEN, also used as PayNow UEN). "
                "Ship-to block and line dates are decoys. " + ("PAYMENT line and BALANCE DUE are decoys: total = TOTAL. " if payment else
                "BALANCE DUE equals TOTAL here. ") + ("One zero-rated (ZR) line; tax only on SR lines. " if zr_idx is not None else "")
                + (f"PO printed as '{po}' in the P.O. NUMBER box; truth = '{po_val}'. " if po else "No PO."))
    checks = [fmt(d), fmt(due), uen, inv_no] + ([po] if po else [])
    return t, checks, render


# =========================================================================== 13 Indian export invoice under LUT (USD)
IN_VENDORS = [("Shreeji Handicrafts Exports Private Limited", "Jodhpur", "Rajasthan", "08"), ("Coromandel Textiles Private Limited", "Tiruppur", "Tamil Nadu", "33"),
              ("Nexora Software Services Private Limited", "Pune", "Maharashtra", "27"), ("Malabar Spice Traders LLP", "Kochi", "Kerala", "32")]
IN_BUYERS = [("Heimwerk Interior GmbH", "Speicherstraße 14, 28217 Bremen, Germany", "VAT: DE281944551"),
             ("Bluebird Apparel Inc.", "1450 Broadway, Suite 900, New York, NY 10018, USA", "EIN: 84-2291736"),
             ("Kangaroo Analytics Pty Ltd", "Level 12, 200 George St, Sydney NSW 2000, Australia", "ABN: 51 824 753 556"),
             ("Nordic Taste AB", "Hamngatan 8, 411 14 Göteborg, Sweden", "VAT: SE556123456701")]
IN_CAT = {0: [("Hand-carved sheesham wood side table", 38, 95, "PCS", "94036000"), ("Brass Ganesha figurine 8 inch", 12, 28, "PCS", "83062990"),
              ("Block-printed cotton cushion cover 16x16", D("3.20"), D("6.80"), "PCS", "63049260"), ("Mango wood serving tray set of 3", 9, 19, "SET", "44191900")],
          1: [("Men's cotton crew-neck T-shirt, 180 GSM", D("2.85"), D("4.60"), "PCS", "61091000"), ("Women's viscose kurti, printed", D("5.40"), D("9.80"), "PCS", "61143090"),
              ("Kids' organic cotton romper", D("3.10"), D("5.20"), "PCS", "61112000")],
          2: [("Software development services - sprint", 6500, 14000, "NOS", "998314"), ("QA and test automation services", 28, 40, "HRS", "998313"),
              ("Cloud support retainer (monthly)", 1800, 4200, "NOS", "998316")],
          3: [("Black pepper 500 GA, 25 kg bag", 160, 240, "BAG", "09041120"), ("Cardamom 7 mm bold, 10 kg carton", 180, 320, "CTN", "09083120"),
              ("Turmeric finger, polished, 25 kg bag", 45, 85, "BAG", "09103020")]}


@style("13", "in_export_lut_usd")
def s13(rng, i):
    vname, city, state, sc = IN_VENDORS[i]

    def mk():
        pan = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3)) + rng.choice("CF") + vname[0] + digits(rng, 4) + rng.choice("ABCDEFGHJKLMNPRZ")
        return sc + pan + "1Z" + rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    gst = valid(rng, mk, _gstin.is_valid)
    d = rand_date(rng)
    fmt = lambda x: x.strftime("%d-%m-%Y") if i % 2 == 0 else x.strftime("%d.%m.%Y")
    fy = d.year if d.month >= 4 else d.year - 1
    inv_no = f"EXP/{fy}-{(fy + 1) % 100:02d}/{rng.randint(1, 450):04d}"
    cat = IN_CAT[i]
    items = []
    for desc, lo, hi, unit, hsn in rng.sample(cat, min(len(cat), rng.randint(2, 4))):
        q = D(rng.choice([1, 2, 3]) if unit in ("NOS",) else rng.randint(40, 160) if unit == "HRS" else rng.randint(20, 800) if unit in ("PCS", "SET") else rng.randint(10, 120))
        from invoice_kit import exact_price
        p = exact_price(rng, q, D(str(lo)), D(str(hi)))
        items.append({"desc": desc, "qty": q, "price": p, "amount": q2(q * p), "unit": unit, "hsn": hsn})
    net = sum(it["amount"] for it in items)
    tax = D("0.00")
    total = net
    b = IN_BUYERS[i]
    po = f"{rng.choice(['PO', 'BO', 'ORD'])}-{rng.randint(10000, 99999)}"
    po_date = d - dt.timedelta(days=rng.randint(20, 70))
    arn = f"AD{sc}{rng.randint(2403, 2603)}{digits(rng, 7)}"
    cents = int((total - int(total)) * 100)
    words = f"US Dollars {in_words(int(total)) if False else en_words(int(total)).title()}" + (f" and Cents {en_words(cents).title()}" if cents else "") + " Only"
    services = i == 2

    def render(path):
        pdf = new_fpdf(creator="Tally-like")
        pdf.add_page()
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.3)
        pdf.rect(10, 10, 190, 277)
        txt(pdf, 10, 12, "EXPORT INVOICE", 13, "B", align="C", w=190)
        txt(pdf, 10, 18, "SUPPLY MEANT FOR EXPORT UNDER LETTER OF UNDERTAKING (LUT) WITHOUT PAYMENT OF INTEGRATED TAX (IGST)", 7, "B", align="C", w=190)
        txt(pdf, 10, 22, f"LUT ARN: {arn}", 7.5, align="C", w=190)
        pdf.line(10, 27, 200, 27)
        pdf.line(105, 27, 105, 100)
        txt(pdf, 12, 29, "Exporter:", 7.5, "B")
        txt(pdf, 12, 33, vname, 9, "B")
        txt(pdf, 12, 37.5, f"Plot {rng.randint(1, 200)}, {rng.choice(['RIICO Industrial Area', 'SIPCOT Estate', 'Hinjewadi Phase II', 'Willingdon Island'])}", 8)
        txt(pdf, 12, 41.5, f"{city}, {state} - {rng.randint(110000, 699999)}, India", 8)
        txt(pdf, 12, 45.5, f"GSTIN: {gst}", 8)
        txt(pdf, 12, 49.5, f"IEC: {gst[2:12]}   State Code: {sc}", 8)
        txt(pdf, 12, 53.5, f"PAN: {gst[2:12]}", 8)
        kv = [("Invoice No.", inv_no), ("Invoice Date", fmt(d)), ("Buyer's Order No. & Date", f"{po} dt. {fmt(po_date)}"),
              ("Other Reference", f"PI-{rng.randint(100, 999)}"), ("Terms of Delivery", "FOB " + rng.choice(["Mundra", "Chennai", "Nhava Sheva", "Cochin"]) if not services else "Online delivery"),
              ("Payment Terms", rng.choice(["60 days from B/L date", "30% advance, balance against documents", "Net 45 days"]))]
        y = 29
        for k, v in kv:
            txt(pdf, 107, y, k, 7, color=(80, 80, 80))
            txt(pdf, 107, y + 3.3, v, 8.5, "B" if k == "Invoice No." else "")
            y += 8.5
        pdf.line(10, 80, 105, 80)
        txt(pdf, 12, 81.5, "Consignee / Buyer:", 7.5, "B")
        txt(pdf, 12, 85.5, b[0], 9, "B")
        txt(pdf, 12, 90, b[1], 7.5)
        txt(pdf, 12, 94, b[2], 7.5)
        pdf.line(10, 100, 200, 100)
        ship = [("Country of Origin", "India"), ("Country of Final Destination", b[1].split(", ")[-1]),
                ("Port of Loading", "N/A" if services else rng.choice(["INMUN1", "INMAA1", "INNSA1", "INCOK1"])),
                ("Currency", "USD"), ("Exchange rate (CBIC notified)", f"1 USD = INR {rng.randint(8300, 8900) / 100:.2f}")]
        for k, (lab, v) in enumerate(ship):
            txt(pdf, 12 + (k % 3) * 63, 102 + (k // 3) * 7, lab + ": " + v, 7.5)
        cols = [("Sr.", 10, "C"), ("Description of Goods / Services", 70, "L"), ("HSN/SAC", 20, "C"), ("Qty", 18, "R"), ("Unit", 14, "C"),
                ("Rate (USD)", 25, "R"), ("Amount (USD)", 31, "R")]
        rows = [[str(k + 1), it["desc"], it["hsn"], en(it["qty"], 0), it["unit"], en(it["price"]), en(it["amount"])] for k, it in enumerate(items)]
        y = table(pdf, 11, 118, cols, rows, 8, line_color=(0, 0, 0))
        y += 3
        for k, v, st in (("Total Value (USD)", en(net), ""), ("IGST @ 0% (export under LUT)", en(tax), ""), ("Grand Total (USD)", en(total), "B")):
            txt(pdf, 100, y, k, 9, st)
            txt(pdf, 165, y, v, 9, st, align="R", w=32)
            y += 5.5
        txt(pdf, 12, y + 3, "Amount chargeable (in words):", 8, "B")
        txt(pdf, 12, y + 7.5, words, 8.5)
        txt(pdf, 12, y + 16, f"Bank: {rng.choice(['HDFC Bank', 'State Bank of India', 'ICICI Bank', 'Axis Bank'])}  A/c No. {digits(rng, 14, True)}  SWIFT: {rng.choice(['HDFCINBB', 'SBININBB', 'ICICINBB', 'AXISINBB'])}", 8)
        txt(pdf, 12, 250, "Declaration: We declare that this invoice shows the actual price of the goods/services described and that all particulars are true and correct.", 6.8)
        txt(pdf, 140, 262, f"for {vname}", 7.5, "B")
        txt(pdf, 140, 278, "Authorised Signatory", 7.5)
        pdf.output(path)

    t = T(vendor_name=vname, vendor_tax_id=gst, invoice_number=inv_no, po_number=po, invoice_date=d.isoformat(), due_date=None,
          currency="USD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items),
          notes="Indian export invoice under LUT (zero IGST, printed 'IGST @ 0% ... 0.00'), in USD. vendor_tax_id = GSTIN; IEC, PAN, LUT ARN "
                "and the buyer's foreign tax id are decoys. po_number = Buyer's Order No. (printed with its own date 'dt. ...', which is a "
                "decoy date). INR exchange rate is a decoy. Payment terms only, no due date -> null. Total also in words.")
    checks = [fmt(d), gst, inv_no, po, words]
    return t, checks, render


# =========================================================================== 14 US law firm statement (time entries, previous balance, remittance stub)
LAW = [("Hartwell & Pryce LLP", "1200 Seventeenth Street, Suite 2100", "Denver, CO 80202"), ("Okonkwo Baird Feldman PLLC", "401 Union Street, Floor 18", "Seattle, WA 98101"),
       ("Delacroix, Ames & Whitcomb LLP", "One Financial Plaza", "Hartford, CT 06103"), ("Sandoval Ruiz Law Group, P.C.", "700 Louisiana Street, Suite 3300", "Houston, TX 77002")]
CLIENTS = [("Summit Ridge Outdoor Co.", "Commercial lease dispute - Unit 4B"), ("Cascadia Biologics, Inc.", "Series B financing"),
           ("Pemberton Family Trust", "Estate administration"), ("Gulf Coast Marine Holdings LLC", "Vessel charter arbitration")]
TASKS = ["Review and analyze correspondence from opposing counsel; draft response", "Telephone conference with client re: strategy",
         "Draft and revise motion to compel discovery", "Research case law regarding statute of limitations", "Prepare for and attend deposition",
         "Revise term sheet and disclosure schedules", "Review title documents and lien searches", "Draft closing checklist; coordinate signatures",
         "Prepare inventory of estate assets", "Conference with co-counsel re: arbitration schedule", "Review and comment on charter party clauses",
         "Draft settlement agreement", "Email exchange with client re: document production"]
DISB = [("Filing fee - District Court", D("402.00")), ("Courier / FedEx", D("38.75")), ("Photocopies (in-house)", D("61.20")),
        ("Court reporter - deposition transcript", D("1185.50")), ("PACER research charges", D("17.40")), ("Secretary of State certificate", D("50.00")),
        ("Mileage", D("42.88")), ("Lexis research", D("212.00"))]


@style("14", "us_law_firm_statement")
def s14(rng, i):
    firm, a1, a2 = LAW[i]
    ein = f"{rng.randint(10, 99)}-{digits(rng, 7)}"
    d = rand_date(rng)
    fmt = lambda x: x.strftime("%m/%d/%Y") if i != 2 else x.strftime("%B %-d, %Y")
    period_end = d.replace(day=1) - dt.timedelta(days=1)
    inv_no = str(rng.randint(100000, 399999))
    tks = [("JRP", rng.choice([525, 595, 650, 725])), ("MKL", rng.choice([395, 425, 460])), ("AST", rng.choice([210, 245, 265]))]
    n = rng.randint(8, 14) if i != 3 else 22
    entries = []
    for _ in range(n):
        tk, rate = rng.choice(tks)
        h = D(rng.randint(1, 36)) / 10
        day = period_end - dt.timedelta(days=rng.randint(0, 27))
        entries.append({"date": day, "tk": tk, "desc": rng.choice(TASKS), "qty": h, "rate": D(rate), "amount": q2(h * rate)})
    entries.sort(key=lambda e: e["date"])
    disb = [{"desc": x[0], "amount": x[1], "qty": None} for x in rng.sample(DISB, rng.randint(1, 4))]
    fees = sum(e["amount"] for e in entries)
    costs = sum(x["amount"] for x in disb)
    total = fees + costs
    prev = q2(D(rng.randint(100000, 2500000)) / 100)
    pay = prev if i % 2 == 0 else q2(prev * D("0.6"))
    due = d + dt.timedelta(days=30) if i in (1, 3) else None
    client, matter = CLIENTS[i]
    po = f"{rng.randint(4400000000, 4409999999)}" if i == 1 else None
    matter_no = f"{rng.randint(10000, 99999)}-{rng.randint(1, 40):04d}"

    def render(path):
        pdf = new_fpdf(fmt="Letter", creator="Aderant-like")
        W = 215.9
        pages = 2 if n > 12 else 1

        def head(p):
            txt(pdf, 0, 12, firm.upper(), 13, "B", font="Serif", align="C", w=W)
            txt(pdf, 0, 18.5, f"{a1}  ·  {a2}  ·  ({rng.randint(200, 989)}) {rng.randint(200, 989)}-{rng.randint(1000, 9999)}", 8, font="Serif", align="C", w=W)
            txt(pdf, 170, 24, f"Page {p} of {pages}", 7.5, font="Serif")
            pdf.line(18, 28, W - 18, 28)

        pdf.add_page()
        head(1)
        txt(pdf, 20, 34, client, 10, font="Serif")
        txt(pdf, 20, 39, "Attn: General Counsel", 9, font="Serif")
        txt(pdf, 20, 43.5, f"{rng.randint(100, 9999)} {rng.choice(['Market St', 'Pine Ave', 'Main Street', 'Commerce Blvd'])}", 9, font="Serif")
        kv = [("Invoice No.", inv_no), ("Invoice Date", fmt(d)), ("Client-Matter No.", matter_no), ("Billing Attorney", tks[0][0])]
        if due:
            kv.append(("Due Date", fmt(due)))
        if po:
            kv.append(("Client PO No.", po))
        y = 34
        for k, v in kv:
            txt(pdf, 125, y, k + ":", 8.5, font="Serif")
            txt(pdf, 160, y, v, 8.5, "B" if k == "Invoice No." else "", font="Serif")
            y += 4.5
        txt(pdf, 20, 64, f"Re: {matter}", 10, "B", font="Serif")
        txt(pdf, 20, 69.5, f"For professional services rendered through {fmt(period_end)}", 9, "I", font="Serif")
        cols = [("Date", 22, "L"), ("Atty", 13, "L"), ("Description", 96, "L"), ("Hours", 16, "R"), ("Rate", 16, "R"), ("Amount", 24, "R")]
        rows = [[e["date"].strftime("%m/%d/%y"), e["tk"], e["desc"], f"{e['qty']:.1f}" if e["qty"] >= 1 or True else "", en(e["rate"]), en(e["amount"])] for e in entries]
        first = rows[:12]
        y = table(pdf, 20, 76, cols, first, 7.8, font="Serif", border_bottom=False)
        if pages == 2:
            txt(pdf, 20, y + 3, "(continued)", 8, "I", font="Serif")
            pdf.add_page()
            head(2)
            txt(pdf, 20, 32, f"Invoice No. {inv_no}  ·  {client}", 8.5, font="Serif")
            y = table(pdf, 20, 38, cols, rows[12:], 7.8, font="Serif", border_bottom=False)
        y += 2
        pdf.line(150, y, W - 18, y)
        txt(pdf, 100, y + 1.5, f"Total Hours  {sum(e['qty'] for e in entries):.1f}", 8.5, "B", font="Serif")
        txt(pdf, 150, y + 1.5, "Total Fees", 8.5, "B", font="Serif")
        txt(pdf, 170, y + 1.5, en(fees), 8.5, "B", font="Serif", align="R", w=27.9)
        y += 9
        txt(pdf, 20, y, "Timekeeper Summary", 9, "B", font="Serif")
        y = table(pdf, 20, y + 4, [("Timekeeper", 40, "L"), ("Hours", 20, "R"), ("Rate", 20, "R"), ("Amount", 28, "R")],
                  [[tk, f"{sum(e['qty'] for e in entries if e['tk'] == tk):.1f}", en(rate), en(sum((e['amount'] for e in entries if e['tk'] == tk), D(0)))]
                   for tk, rate in tks if any(e["tk"] == tk for e in entries)], 7.8, font="Serif", border_bottom=False)
        y += 5
        txt(pdf, 20, y, "Costs and Disbursements", 9, "B", font="Serif")
        y = table(pdf, 20, y + 4, [("Description", 140, "L"), ("Amount", 24, "R")], [[x["desc"], en(x["amount"])] for x in disb], 7.8, font="Serif", border_bottom=False)
        txt(pdf, 130, y + 1, "Total Disbursements", 8.5, "B", font="Serif")
        txt(pdf, 170, y + 1, en(costs), 8.5, "B", font="Serif", align="R", w=27.9)
        y += 9
        for k, v, st in (("Total Current Charges", en(total), "B"), ("Previous Balance", en(prev), ""), ("Payments Received", f"({en(pay)})", ""),
                         ("TOTAL BALANCE DUE", "$" + en(prev - pay + total), "B")):
            txt(pdf, 110, y, k, 9, st, font="Serif")
            txt(pdf, 160, y, v, 9, st, font="Serif", align="R", w=37.9)
            y += 5
        txt(pdf, 20, y + 2, "Payment is due upon receipt unless otherwise stated. Federal Tax ID: " + ein, 8, font="Serif")
        # remittance stub
        ys = 228
        pdf.set_dash_pattern(dash=1.5, gap=1.2)
        pdf.line(10, ys, W - 10, ys)
        pdf.set_dash_pattern()
        txt(pdf, 20, ys + 3, "REMITTANCE ADVICE - please return this portion with your payment", 8, "B", font="Serif")
        txt(pdf, 20, ys + 9, "Remit to:", 8, font="Serif")
        txt(pdf, 20, ys + 13, firm, 8.5, "B", font="Serif")
        txt(pdf, 20, ys + 17, f"P.O. Box {rng.randint(1000, 99999)}", 8.5, font="Serif")
        txt(pdf, 20, ys + 21, rng.choice(["Chicago, IL 60680", "Dallas, TX 75265", "Philadelphia, PA 19178"]), 8.5, font="Serif")
        txt(pdf, 120, ys + 9, f"Invoice No.: {inv_no}", 8.5, font="Serif")
        txt(pdf, 120, ys + 13, f"Client-Matter: {matter_no}", 8.5, font="Serif")
        txt(pdf, 120, ys + 17, f"Amount due: ${en(prev - pay + total)}", 8.5, font="Serif")
        txt(pdf, 120, ys + 21, f"Wire: ABA {digits(rng, 9)}  Acct {digits(rng, 10)}", 8.5, font="Serif")
        pdf.output(path)

    items = [{"qty": e["qty"], "amount": e["amount"]} for e in entries] + disb
    t = T(vendor_name=firm, vendor_tax_id=ein, invoice_number=inv_no, po_number=po, invoice_date=d.isoformat(),
          due_date=due.isoformat() if due else None, currency="USD", subtotal=None, tax=None, total=mt(total), line_items=li(items),
          notes="US law firm invoice/statement (US Letter). No tax and no subtotal are printed -> null. total = 'Total Current Charges' "
                "(fees + disbursements); Previous Balance, Payments Received and 'TOTAL BALANCE DUE' (also on the remittance stub) are decoys. "
                "vendor_tax_id = 'Federal Tax ID' (EIN). Line items = time entries (quantity = hours) + disbursements (quantity null); "
                "timekeeper summary rows are decoys. Client-Matter No. is not a PO. Billing-period end date is a decoy."
                + (" Due Date printed." if due else " 'Due upon receipt' -> due_date null.") + (" Client PO No. printed." if po else ""))
    checks = [fmt(d), ein, inv_no] + ([fmt(due)] if due else []) + ([po] if po else [])
    return t, checks, render
