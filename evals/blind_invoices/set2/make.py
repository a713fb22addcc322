#!/usr/bin/env python3
"""Blind invoice test set #2: 16 layout styles x 4 instances, seeded.

Usage:  python make.py            # generate everything into out/ and verify
        python make.py --only 07  # only one style (prefix match on style number)
        python make.py --verify   # only verify existing out/
"""
import datetime as dt
import os
import random
import sys

# ---------------------------------------------------------------- shared helpers
import base64
import datetime as dt
import io
import json
import os
import subprocess
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_FLOOR

import jinja2
from stdnum import iban as _iban
from stdnum.ar import cuit as _cuit
from stdnum.at import uid as _atuid
from stdnum.au import abn as _abn
from stdnum.be import vat as _bevat
from stdnum.ca import bn as _cabn
from stdnum.ch import uid as _chuid
from stdnum.de import vat as _devat
from stdnum.dk import cvr as _dkcvr
from stdnum.es import cif as _escif
from stdnum.es import dni as _esdni
from stdnum.fr import tva as _frtva
from stdnum.gb import vat as _gbvat
from stdnum.ie import vat as _ievat
from stdnum.jp import cn as _jpcn
from stdnum.mx import rfc as _mxrfc
from stdnum.nl import btw as _nlbtw
from stdnum.no import kontonr as _nokonto
from stdnum.no import orgnr as _noorg
from stdnum.us import ein as _usein

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, "out")
HTMLDIR = os.path.join(BASE, "html")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

CENT = D("0.01")


def q2(x):
    return D(x).quantize(CENT, ROUND_HALF_UP)


def fnum(x, dec=".", thou=",", nd=2):
    """Format a number; sign always leading '-'. Callers do trailing minus etc."""
    x = D(x)
    neg = x < 0
    s = f"{abs(x):,.{nd}f}"
    s = s.replace(",", "\0").replace(".", dec).replace("\0", thou)
    return ("-" if neg else "") + s


def en(x, nd=2):
    return fnum(x, ".", ",", nd)


def de(x, nd=2):
    return fnum(x, ",", ".", nd)


def sp(x, nd=2):  # space thousands, comma decimal (fr/no)
    return fnum(x, ",", " ", nd)


def qstr(q):
    """Canonical quantity string for truth."""
    q = D(q).normalize()
    return format(q, "f")


def money_truth(x):
    return str(q2(x))


def dstr(d):
    return d.isoformat()


def rand_date(rng, start=dt.date(2024, 1, 8), end=dt.date(2026, 10, 20)):
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def digits(rng, n, first_nonzero=False):
    s = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def letters(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def sample_valid(rng, make, valid, tries=5000):
    for _ in range(tries):
        c = make()
        if valid(c):
            return c
    raise RuntimeError("could not make a valid id")


# ---------------------------------------------------------------- tax ids
def de_vat(rng):
    return sample_valid(rng, lambda: "DE" + digits(rng, 9, True), _devat.is_valid)


def at_uid(rng):
    return sample_valid(rng, lambda: "ATU" + digits(rng, 8), _atuid.is_valid)


def be_vat(rng):
    """returns compact 'BE0123456789'"""
    return sample_valid(rng, lambda: "BE0" + digits(rng, 9, True), _bevat.is_valid)


def be_fmt(c):  # BE0123456789 -> BE0123.456.789
    n = c[2:]
    return f"BE{n[:4]}.{n[4:7]}.{n[7:]}"


def nl_btw(rng):
    return sample_valid(rng, lambda: "NL" + digits(rng, 9, True) + "B" + digits(rng, 2), _nlbtw.is_valid)


def gb_vat(rng):
    return sample_valid(rng, lambda: "GB" + digits(rng, 9, True), _gbvat.is_valid)


def ie_vat(rng):
    return sample_valid(rng, lambda: "IE" + digits(rng, 7, True) + letters(rng, 1, "ABCDEFGHIJKLMNOPQRSTUVW"), _ievat.is_valid)


def fr_tva(rng):
    return sample_valid(rng, lambda: "FR" + digits(rng, 2) + digits(rng, 9, True), _frtva.is_valid)


def ch_uid(rng):
    return sample_valid(rng, lambda: "CHE" + digits(rng, 9, True), _chuid.is_valid)


def au_abn(rng):
    return sample_valid(rng, lambda: digits(rng, 11, True), _abn.is_valid)


def abn_fmt(a):
    return f"{a[:2]} {a[2:5]} {a[5:8]} {a[8:]}"


def dk_cvr(rng):
    return sample_valid(rng, lambda: digits(rng, 8, True), _dkcvr.is_valid)


def no_org(rng):
    return sample_valid(rng, lambda: rng.choice("89") + digits(rng, 8), _noorg.is_valid)


def no_konto(rng):
    return sample_valid(rng, lambda: digits(rng, 11, True), _nokonto.is_valid)


def es_dni(rng):
    n = digits(rng, 8, True)
    return n + _esdni.calc_check_digit(n)


def es_cif(rng):
    return sample_valid(rng, lambda: rng.choice("AB") + digits(rng, 8), _escif.is_valid)


def mx_rfc(rng, initials, date):
    base = initials[:3].upper() + date.strftime("%y%m%d")

    def make():
        hc = letters(rng, 1, "ABCDEFGHJKLMNPQRSTUVWXYZ123456789") + letters(rng, 1, "ABCDEFGHJKLMNPQRSTUVWXYZ123456789")
        c = base + hc
        return c + _mxrfc.calc_check_digit(c)
    return sample_valid(rng, make, _mxrfc.is_valid)


def jp_regno(rng):
    return "T" + sample_valid(rng, lambda: digits(rng, 13, True), _jpcn.is_valid)


def us_ein(rng):
    return sample_valid(rng, lambda: rng.choice(["13", "20", "26", "27", "45", "46", "47", "81", "82", "84"]) + digits(rng, 7), _usein.is_valid)


def ar_cuit(rng):
    return sample_valid(rng, lambda: "30" + digits(rng, 9, True), _cuit.is_valid)


def ca_bn(rng):
    return sample_valid(rng, lambda: digits(rng, 9, True), _cabn.is_valid)


def iban(rng, cc, bban_make):
    def make():
        b = bban_make()
        return cc + _iban.calc_check_digits(cc + "00" + b) + b
    return sample_valid(rng, make, _iban.is_valid, tries=20000)


def iban_de(rng):
    return iban(rng, "DE", lambda: digits(rng, 8, True) + digits(rng, 10))


def iban_at(rng):
    return iban(rng, "AT", lambda: digits(rng, 5, True) + digits(rng, 11))


def iban_be(rng):
    return iban(rng, "BE", lambda: digits(rng, 12))


def iban_nl(rng):
    return iban(rng, "NL", lambda: rng.choice(["INGB", "ABNA", "RABO", "BUNQ", "TRIO"]) + digits(rng, 10))


def iban_es(rng):
    return iban(rng, "ES", lambda: digits(rng, 20))


def iban_ie(rng):
    return iban(rng, "IE", lambda: rng.choice(["AIBK", "BOFI", "IPBS"]) + digits(rng, 6) + digits(rng, 8))


def iban_gb(rng):
    return iban(rng, "GB", lambda: rng.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + digits(rng, 6) + digits(rng, 8))


def iban_dk(rng):
    return iban(rng, "DK", lambda: digits(rng, 14))


def iban_fr(rng):
    return iban(rng, "FR", lambda: digits(rng, 23))


def iban_ch(rng):
    return iban(rng, "CH", lambda: digits(rng, 17))


def iban_fmt(i):
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


def be_structured(rng):
    base = int(digits(rng, 10, True))
    chk = base % 97 or 97
    s = f"{base:010d}{chk:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"


def luhn_digit(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


# ---------------------------------------------------------------- addresses
STREETS = {
    "DE": ["Industriestraße", "Hauptstraße", "Am Hafen", "Gewerbepark Nord", "Bahnhofstraße", "Lindenallee", "Schillerstraße", "Robert-Bosch-Straße"],
    "AT": ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Wiener Straße", "Industriezeile", "Salzburger Straße", "Grabenweg"],
    "BE": ["Rue de la Station", "Avenue Louise", "Chaussée de Namur", "Rue du Commerce", "Boulevard d'Avroy", "Rue des Tanneurs"],
    "NL": ["Keizersgracht", "Stationsweg", "Oudegracht", "Industrieweg", "Spoorlaan", "Vondelstraat"],
    "ES": ["Calle de Alcalá", "Carrer de Mallorca", "Avenida de la Constitución", "Calle Mayor", "Gran Vía", "Calle San Vicente"],
    "DK": ["Vesterbrogade", "Nørregade", "Strandvejen", "Søndergade", "Industrivej", "Åboulevarden"],
    "NO": ["Storgata", "Kongens gate", "Bryggen", "Industriveien", "Strandkaien", "Olav Tryggvasons gate"],
    "IE": ["Pembroke Street Upper", "Grand Canal Quay", "Dock Road", "Eyre Square", "South Mall", "Harcourt Road"],
    "GB": ["High Street", "Queen Street", "Station Road", "Kings Road", "Deansgate", "Victoria Street"],
    "US": ["Main Street", "Broadway", "Commerce Drive", "Industrial Pkwy", "Market Street", "Atlantic Avenue"],
    "AU": ["George Street", "Collins Street", "Queen Street", "Hay Street", "King William Street", "Flinders Lane"],
    "FR": ["Rue de Rivoli", "Avenue Jean Jaurès", "Boulevard Haussmann", "Rue de la République", "Quai de la Fosse"],
    "CH": ["Bahnhofstrasse", "Limmatquai", "Seestrasse", "Industriestrasse", "Marktgasse"],
    "AR": ["Av. Corrientes", "Av. Santa Fe", "Calle Florida", "Av. Rivadavia", "Av. Belgrano"],
    "CA": ["King Street West", "Yonge Street", "Bay Street", "Queen Street East"],
}
CITIES = {
    "DE": [("20457", "Hamburg"), ("70173", "Stuttgart"), ("50667", "Köln"), ("04109", "Leipzig"), ("90402", "Nürnberg"), ("28195", "Bremen"), ("33602", "Bielefeld")],
    "AT": [("1060", "Wien"), ("4020", "Linz"), ("8010", "Graz"), ("5020", "Salzburg"), ("6020", "Innsbruck"), ("9020", "Klagenfurt")],
    "BE": [("4000", "Liège"), ("5000", "Namur"), ("1050", "Bruxelles"), ("6000", "Charleroi"), ("1300", "Wavre"), ("7000", "Mons")],
    "NL": [("1015 CJ", "Amsterdam"), ("3511 AB", "Utrecht"), ("5611 AA", "Eindhoven"), ("2011 VA", "Haarlem"), ("9711 LM", "Groningen")],
    "ES": [("28014", "Madrid"), ("08008", "Barcelona"), ("41001", "Sevilla"), ("46002", "Valencia"), ("48001", "Bilbao")],
    "DK": [("1620", "København V"), ("8000", "Aarhus C"), ("5000", "Odense C"), ("9000", "Aalborg")],
    "NO": [("0155", "Oslo"), ("5003", "Bergen"), ("7011", "Trondheim"), ("4006", "Stavanger")],
    "IE": [("D02 X285", "Dublin 2"), ("H91 E2K3", "Galway"), ("T12 W8DY", "Cork"), ("V94 T9PX", "Limerick")],
    "GB": [("M3 4LZ", "Manchester"), ("LS1 4AP", "Leeds"), ("EC1V 9HX", "London"), ("BS1 6QH", "Bristol"), ("G2 1BT", "Glasgow")],
    "US": [("10013", "New York, NY"), ("11201", "Brooklyn, NY"), ("07302", "Jersey City, NJ"), ("06901", "Stamford, CT"), ("10701", "Yonkers, NY")],
    "AU": [("2000", "Sydney NSW"), ("3000", "Melbourne VIC"), ("4000", "Brisbane QLD"), ("6000", "Perth WA"), ("5000", "Adelaide SA")],
    "FR": [("75001", "Paris"), ("69002", "Lyon"), ("13001", "Marseille"), ("44000", "Nantes"), ("31000", "Toulouse")],
    "CH": [("8001", "Zürich"), ("4051", "Basel"), ("3011", "Bern"), ("6003", "Luzern")],
    "AR": [("C1043AAZ", "Ciudad Autónoma de Buenos Aires"), ("X5000", "Córdoba"), ("S2000", "Rosario")],
    "CA": [("M5V 2T6", "Toronto, ON"), ("M5J 2N8", "Toronto, ON")],
}


def address(rng, cc):
    street = rng.choice(STREETS[cc])
    num = rng.randint(1, 180)
    pc, city = rng.choice(CITIES[cc])
    if cc in ("US", "CA"):
        st = f"{num * 10 + rng.randint(0, 9)} {street}"
        if rng.random() < 0.4:
            st += f", Suite {rng.randint(1, 9)}{rng.randint(0, 2)}{rng.randint(0, 9)}"
        return [st, f"{city} {pc}"]
    if cc == "AU":
        return [f"Level {rng.randint(1, 20)}, {num} {street}", f"{city} {pc}"]
    if cc in ("GB", "IE"):
        return [f"{num} {street}", city, pc]
    if cc == "FR":
        return [f"{num} {street}", f"{pc} {city}"]
    if cc == "AR":
        return [f"{street} {num * 10}", f"{pc} {city}"]
    return [f"{street} {num}", f"{pc} {city}"]


# ---------------------------------------------------------------- rendering
_env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)


def render_html(template, ctx, name):
    os.makedirs(HTMLDIR, exist_ok=True)
    html = _env.from_string(template).render(**ctx)
    hp = os.path.join(HTMLDIR, name + ".html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(html)
    out = os.path.join(OUT, name + ".pdf")
    if os.path.exists(out):
        os.remove(out)
    subprocess.run(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={out}", "file://" + hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    if not os.path.exists(out):
        raise RuntimeError("chromium produced nothing for " + name)
    return out


def new_fpdf(fmt="A4", creator=None):
    from fpdf import FPDF
    pdf = FPDF(format=fmt, unit="mm")
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    for style, fn in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
        pdf.add_font("DejaVu", style, FONTDIR + fn)
    for style, fn in (("", "DejaVuSansCondensed.ttf"), ("B", "DejaVuSansCondensed-Bold.ttf")):
        pdf.add_font("DejaVuC", style, FONTDIR + fn)
    for style, fn in (("", "DejaVuSansMono.ttf"), ("B", "DejaVuSansMono-Bold.ttf")):
        pdf.add_font("Mono", style, FONTDIR + fn)
    for style, fn in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf")):
        pdf.add_font("Serif", style, FONTDIR + fn)
    if creator:
        pdf.set_creator(creator)
    return pdf


def initials_png(text, bg, fg="#ffffff", size=220, sub=None):
    from PIL import Image, ImageDraw, ImageFont
    w = size
    if sub:
        f2 = ImageFont.truetype(FONTDIR + "DejaVuSans.ttf", int(size * 0.22))
        w = int(size * 1.2 + ImageDraw.Draw(Image.new("RGB", (1, 1))).textlength(sub, font=f2) + size * 0.1)
    img = Image.new("RGB", (w, size), "#ffffff")
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([0, 0, size - 1, size - 1], radius=size // 9, fill=bg)
    f = ImageFont.truetype(FONTDIR + "DejaVuSans-Bold.ttf", int(size * 0.42))
    bb = d.textbbox((0, 0), text, font=f)
    d.text(((size - (bb[2] - bb[0])) / 2 - bb[0], (size - (bb[3] - bb[1])) / 2 - bb[1]), text, font=f, fill=fg)
    if sub:
        d.text((size + size * 0.12, size * 0.36), sub, font=f2, fill=bg)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def exact_price(rng, qty, lo, hi, step=D("0.01")):
    """Pick a unit price in [lo,hi] (multiple of step) such that qty*price has <=2 decimals."""
    for _ in range(1000):
        steps = rng.randint(int(D(lo) / step), int(D(hi) / step))
        p = step * steps
        a = D(qty) * p
        if a == q2(a):
            return p
    raise RuntimeError("no exact price")


def mk_items(rng, catalog, n, qty_fn, price_range, step=D("0.01"), unique=True):
    """catalog: list of (description, (lo, hi)) or plain strings. returns dicts."""
    picks = rng.sample(catalog, n) if unique and n <= len(catalog) else [rng.choice(catalog) for _ in range(n)]
    items = []
    for p in picks:
        if isinstance(p, tuple):
            desc, pr = p[0], p[1]
        else:
            desc, pr = p, price_range
        q = D(str(qty_fn()))
        price = exact_price(rng, q, D(str(pr[0])), D(str(pr[1])), step)
        items.append({"desc": desc, "qty": q, "price": price, "amount": q2(q * price)})
    return items


# ---------------------------------------------------------------- Spanish number words (MXN/ARS)
_U = ["", "UN", "DOS", "TRES", "CUATRO", "CINCO", "SEIS", "SIETE", "OCHO", "NUEVE", "DIEZ", "ONCE", "DOCE", "TRECE",
      "CATORCE", "QUINCE", "DIECISÉIS", "DIECISIETE", "DIECIOCHO", "DIECINUEVE", "VEINTE", "VEINTIÚN", "VEINTIDÓS",
      "VEINTITRÉS", "VEINTICUATRO", "VEINTICINCO", "VEINTISÉIS", "VEINTISIETE", "VEINTIOCHO", "VEINTINUEVE"]
_T = ["", "", "", "TREINTA", "CUARENTA", "CINCUENTA", "SESENTA", "SETENTA", "OCHENTA", "NOVENTA"]
_H = ["", "CIENTO", "DOSCIENTOS", "TRESCIENTOS", "CUATROCIENTOS", "QUINIENTOS", "SEISCIENTOS", "SETECIENTOS",
      "OCHOCIENTOS", "NOVECIENTOS"]


def _es999(n):
    if n == 0:
        return ""
    if n == 100:
        return "CIEN"
    h, r = divmod(n, 100)
    parts = []
    if h:
        parts.append(_H[h])
    if r < 30:
        if r:
            parts.append(_U[r])
    else:
        t, u = divmod(r, 10)
        parts.append(_T[t] + (" Y " + _U[u] if u else ""))
    return " ".join(parts)


def es_words(n):
    n = int(n)
    if n == 0:
        return "CERO"
    mill, rest = divmod(n, 1_000_000)
    th, un = divmod(rest, 1000)
    parts = []
    if mill:
        parts.append("UN MILLÓN" if mill == 1 else _es999(mill) + " MILLONES")
    if th:
        parts.append("MIL" if th == 1 else _es999(th) + " MIL")
    if un:
        parts.append(_es999(un))
    return " ".join(parts)


def write_truth(name, truth):
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

SEED = 20250611
DOCS = []  # (style_no, style_name, builder)


def style(no, name):
    def deco(fn):
        DOCS.append((no, name, fn))
        return fn
    return deco


def T(**kw):
    base = {"vendor_name": None, "vendor_tax_id": None, "invoice_number": None, "po_number": None,
            "invoice_date": None, "due_date": None, "currency": None, "subtotal": None, "tax": None,
            "total": None, "document_type": "invoice", "line_items": [], "style": None, "producer": None,
            "notes": ""}
    for k, v in kw.items():
        if k not in base:
            raise KeyError(k)
        base[k] = v
    return base


def lines_truth(items, neg=False, qty=True):
    out = []
    for it in items:
        a = it["amount"]
        out.append({"amount": money_truth(-a if neg else a),
                    "quantity": (qstr(it["qty"]) if (qty and it.get("qty") is not None and it.get("show_qty", True)) else None)})
    return out


def tot(items):
    return sum((it["amount"] for it in items), D("0.00"))


# =====================================================================================
# 01  ERP (SAP-like) German invoice -- fpdf2
# =====================================================================================
ERP_VENDORS = [("Kessler Antriebstechnik GmbH", "KESSLER", "Stuttgart"), ("Hansewerk Industriebedarf AG", "HANSEWERK", "Hamburg"),
               ("Vogtland Hydraulik GmbH & Co. KG", "VOGTLAND HYDRAULIK", "Leipzig"), ("Schäfer Präzisionsteile GmbH", "SCHÄFER", "Nürnberg")]
ERP_BUYERS = ["Müller Maschinenbau GmbH", "Brandt Fördertechnik AG", "Stadtwerke Norderstedt GmbH", "Weber & Söhne Anlagenbau KG",
              "Klinikum Oberhavel GmbH", "Lindner Verpackungssysteme GmbH"]
ERP_CAT = [("Zylinderschraube DIN 912 M8x30 8.8 verzinkt", (0.08, 0.45), "ST", "big"),
           ("Rillenkugellager 6204-2RS C3", (2.10, 6.90), "ST", "mid"),
           ("Hydraulikschlauch DN12 2SN, L=1500 mm, DKOL/DKOL", (18.5, 46.0), "ST", "small"),
           ("Getriebemotor 0,75 kW, i=20, B5-Flansch", (310.0, 690.0), "ST", "one"),
           ("Wellendichtring 35x52x7 NBR", (0.65, 2.40), "ST", "mid"),
           ("Zahnriemen HTD 8M-1200-30", (24.0, 61.0), "ST", "small"),
           ("Profilschienenführung 20 mm, L=800 mm", (88.0, 149.0), "ST", "small"),
           ("Elastische Kupplung ROTEX 28, 1.0/1.0", (35.0, 72.0), "ST", "small"),
           ("Rundstahl S235JR blank, D=40 mm", (1.40, 2.90), "KG", "kg"),
           ("Frequenzumrichter 1,5 kW 3x400 V", (240.0, 420.0), "ST", "one"),
           ("Montagesatz Flansch DN50 PN16", (14.0, 31.0), "SET", "small"),
           ("Messing-Gleitlagerbuchse 20x26x30", (3.20, 7.80), "ST", "mid"),
           ("Induktiver Sensor M12, PNP, 4 mm", (19.0, 38.0), "ST", "small"),
           ("Kabelkanal PVC 60x60 grau", (3.10, 6.50), "M", "m"),
           ("Einwegpalette 1200x800, Verpackung", (9.0, 16.0), "ST", "one")]


def _erp_qty(rng, kind):
    return {"big": lambda: rng.choice([250, 500, 1000, 1500, 2000]), "mid": lambda: rng.choice([10, 20, 25, 40, 50, 100]),
            "small": lambda: rng.randint(1, 12), "one": lambda: rng.randint(1, 3),
            "kg": lambda: D(rng.randint(40, 400)) / 2, "m": lambda: rng.choice([12, 24, 36, 50])}[kind]()


@style("01", "erp_sap_de")
def s01(rng, i):
    from stdnum.de import stnr
    vname, vshort, vcity = ERP_VENDORS[i]
    vat = de_vat(rng)
    buyer = rng.choice(ERP_BUYERS)
    buyer_vat = de_vat(rng)
    vaddr = address(rng, "DE")
    vaddr[1] = vaddr[1].split(" ")[0] + " " + vcity
    baddr = address(rng, "DE")
    inv_date = rand_date(rng)
    beleg = "9" + digits(rng, 7)
    kunde = str(rng.randint(100000, 199999))
    bestell = "45" + digits(rng, 8)
    best_date = inv_date - dt.timedelta(days=rng.randint(8, 30))
    auftrag = "1" + digits(rng, 7)
    auf_date = best_date + dt.timedelta(days=rng.randint(0, 3))
    liefer = "80" + digits(rng, 6)
    lief_date = inv_date - dt.timedelta(days=rng.randint(0, 4))
    n = rng.randint(3, 8)
    picks = rng.sample(ERP_CAT, n)
    items = []
    for desc, pr, unit, kind in picks:
        q = D(str(_erp_qty(rng, kind)))
        p = exact_price(rng, q, D(str(pr[0])), D(str(pr[1])))
        items.append({"desc": desc, "qty": q, "price": p, "amount": q2(q * p), "unit": unit,
                      "mat": f"{rng.randint(10, 99)}{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                      "cust_mat": (f"Ihre Materialnr.: {letters(rng, 2)}-{digits(rng, 5)}" if rng.random() < 0.5 else None)})
    sub = tot(items)
    tax = q2(sub * D("0.19"))
    total = sub + tax
    terms_due = i % 2 == 0
    due = inv_date + dt.timedelta(days=30)
    skonto = rng.random() < 0.5
    stnr_v = None
    if i in (1, 3):
        stnr_v = sample_valid(rng, lambda: f"{rng.randint(10, 99)}/{digits(rng, 3)}/{digits(rng, 5)}", lambda s: stnr.is_valid(s))
    iban = iban_de(rng)
    bic = rng.choice(["COBADEFFXXX", "DEUTDESSXXX", "BYLADEMMXXX", "SOLADEST600", "HYVEDEMMXXX"])
    ansprech = rng.choice(["Fr. Albrecht", "Hr. Yilmaz", "Fr. Nowak", "Hr. Petersen"])
    dd = lambda d: d.strftime("%d.%m.%Y")

    def qfmt(q, unit):
        return de(q, 3) if unit == "KG" else de(q, 0)

    def render(path):
        pdf = new_fpdf(creator="SAP NetWeaver 7.50 / Adobe Document Services")
        pdf.add_page()
        F = lambda st="", sz=8: pdf.set_font("Helvetica", st, sz)
        # letterhead
        F("B", 18)
        pdf.set_xy(120, 12)
        pdf.cell(80, 8, vshort, align="R")
        F("", 7)
        pdf.set_xy(120, 20)
        pdf.cell(80, 4, vname, align="R")
        # sender line + address window
        F("", 6)
        pdf.set_xy(20, 45)
        pdf.cell(85, 3, f"{vname} · {vaddr[0]} · {vaddr[1]}")
        pdf.line(20, 48.5, 105, 48.5)
        F("", 9)
        y = 51
        for ln in [buyer, "Kreditorenbuchhaltung", *baddr]:
            pdf.set_xy(20, y)
            pdf.cell(85, 4.4, ln)
            y += 4.4
        # header grid
        grid = [("Belegnummer", beleg, "Datum", dd(inv_date)),
                ("Kundennummer", kunde, "Ihre USt-IdNr.", buyer_vat),
                ("Bestellnummer", bestell, "Bestelldatum", dd(best_date)),
                ("Auftragsnummer", auftrag, "Auftragsdatum", dd(auf_date)),
                ("Lieferscheinnummer", liefer, "Lieferdatum", dd(lief_date)),
                ("Ansprechpartner", ansprech, "Telefon", f"+49 {rng.randint(30, 911)} {digits(rng, 6)}-{rng.randint(10, 99)}")]
        gx, gy, cw, rh = 112, 32, 44, 8.6
        for r, (l1, v1, l2, v2) in enumerate(grid):
            yy = gy + r * rh
            for c, (lab, val) in enumerate(((l1, v1), (l2, v2))):
                xx = gx + c * cw
                pdf.rect(xx, yy, cw, rh)
                F("", 5.5)
                pdf.set_xy(xx + 1, yy + 0.6)
                pdf.cell(cw - 2, 2.6, lab)
                F("B" if lab in ("Belegnummer",) else "", 8)
                pdf.set_xy(xx + 1, yy + 3.7)
                pdf.cell(cw - 2, 4, val)
        F("", 7)
        pdf.set_xy(gx, gy + 6 * rh + 1)
        pdf.cell(2 * cw, 3.5, "Seite 1 von 1", align="R")
        pdf.set_xy(gx, gy + 6 * rh + 4.5)
        pdf.cell(2 * cw, 3.5, f"Unsere USt-IdNr.: {vat}", align="R")
        # title
        F("B", 14)
        pdf.set_xy(20, 100)
        pdf.cell(80, 7, "Rechnung")
        F("", 8)
        pdf.set_xy(20, 107)
        pdf.cell(170, 4, f"Lieferbedingung: FCA {vcity} (Incoterms 2020)   Versandart: Spedition")
        # table
        cols = [(20, 12, "Pos.", "L"), (32, 24, "Material", "L"), (56, 70, "Bezeichnung", "L"), (126, 20, "Menge", "R"),
                (146, 9, "ME", "L"), (155, 20, "Preis/ME", "R"), (175, 25, "Betrag EUR", "R")]
        y = 114
        pdf.set_fill_color(225, 225, 225)
        pdf.rect(20, y, 180, 5.5, style="F")
        F("B", 7.5)
        for x, w, h, a in cols:
            pdf.set_xy(x + 0.5, y + 0.7)
            pdf.cell(w - 1, 4, h, align=a)
        y += 7
        for k, it in enumerate(items):
            F("", 8)
            vals = [str((k + 1) * 10), it["mat"], it["desc"], qfmt(it["qty"], it["unit"]), it["unit"], de(it["price"]), de(it["amount"])]
            for (x, w, h, a), v in zip(cols, vals):
                pdf.set_xy(x + 0.5, y)
                pdf.cell(w - 1, 4, v, align=a)
            y += 4
            F("", 6.5)
            sub_lines = [f"Lieferschein {liefer} vom {dd(lief_date)}"]
            if it["cust_mat"]:
                sub_lines.append(it["cust_mat"])
            for s in sub_lines:
                pdf.set_xy(56.5, y)
                pdf.cell(70, 3.2, s)
                y += 3.2
            y += 1.6
        pdf.line(20, y, 200, y)
        y += 2
        F("", 8.5)
        rows = [("Summe netto", de(sub)), ("USt 19 %", de(tax))]
        for lab, val in rows:
            pdf.set_xy(120, y)
            pdf.cell(50, 4.6, lab)
            pdf.set_xy(170, y)
            pdf.cell(30, 4.6, val, align="R")
            y += 4.8
        pdf.line(120, y, 200, y)
        F("B", 9.5)
        pdf.set_xy(120, y + 1)
        pdf.cell(50, 5.5, "Endbetrag EUR")
        pdf.set_xy(170, y + 1)
        pdf.cell(30, 5.5, de(total), align="R")
        y += 12
        F("", 8)
        terms = []
        if terms_due:
            terms.append(f"Zahlungsbedingung: Zahlbar bis {dd(due)} ohne Abzug.")
        else:
            terms.append("Zahlungsbedingung: Zahlbar innerhalb 30 Tagen nach Rechnungsdatum ohne Abzug.")
        if skonto:
            terms.append(f"Bei Zahlung innerhalb von 10 Tagen gewähren wir 2 % Skonto ({de(q2(total * D('0.02')))} EUR).")
        terms.append(f"Bitte geben Sie bei Zahlung die Belegnummer {beleg} und Ihre Kundennummer {kunde} an.")
        terms.append("Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen. Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.")
        for t in terms:
            pdf.set_xy(20, y)
            pdf.multi_cell(175, 3.9, t)
            y = pdf.get_y() + 0.8
        # footer
        pdf.line(20, 270, 200, 270)
        F("", 6.3)
        fcols = [[vname, vaddr[0], vaddr[1], "Deutschland"],
                 [f"Sitz der Gesellschaft: {vcity}", f"Registergericht: Amtsgericht {vcity}", f"HRB {rng.randint(10000, 99999)}",
                  "Geschäftsführung: " + rng.choice(["Dr. Jörg Kessler", "Sabine Hartmann", "Thomas Vogt", "Michael Schäfer"])],
                 [f"USt-IdNr.: {vat}"] + ([f"Steuernummer: {stnr_v}"] if stnr_v else []) + [f"Tel. +49 {rng.randint(30, 911)} {digits(rng, 6)}-0"],
                 [rng.choice(["Commerzbank AG", "Deutsche Bank AG", "BayernLB", "Kreissparkasse", "UniCredit Bank AG"]), f"IBAN {iban_fmt(iban)}", f"BIC {bic}"]]
        for c, lines in enumerate(fcols):
            for r, t in enumerate(lines):
                pdf.set_xy(20 + c * 45, 271.5 + r * 3)
                pdf.cell(45, 3, t)
        pdf.output(path)

    truth = T(vendor_name=vname, vendor_tax_id=vat, invoice_number=beleg, po_number=bestell, invoice_date=dstr(inv_date),
              due_date=dstr(due) if terms_due else None, currency="EUR", subtotal=money_truth(sub), tax=money_truth(tax),
              total=money_truth(total), line_items=lines_truth(items),
              notes="SAP-like grid. invoice_number = Belegnummer (doc titled 'Rechnung'); po_number = Bestellnummer (buyer PO 45xxxxxxxx); "
                    "Auftragsnummer (vendor sales order), Lieferscheinnummer, Kundennummer and buyer USt-IdNr are decoys. "
                    + ("Due date printed as 'Zahlbar bis'. " if terms_due else "Only '30 Tagen' terms printed -> due_date null. ")
                    + ("German Steuernummer also printed in footer; truth uses the USt-IdNr. " if stnr_v else "")
                    + ("Skonto amount is a decoy. " if skonto else "")
                    + "Quantities printed German-style (e.g. '1.500' = 1500, '12,500 KG' = 12.5).")
    checks = [vname, vat, beleg, bestell, dd(inv_date), de(sub), de(tax), de(total)] + ([dd(due)] if terms_due else [])
    return truth, checks, render, "fpdf2"

# =====================================================================================
# 02  US utility / telecom bill -- chromium
# =====================================================================================
S02_HTML = """<!doctype html><html><head><meta charset="utf-8"><title>{{ title }}</title><style>
@page { size: Letter; margin: 0.45in 0.5in; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.2pt; color: #222; margin: 0; }
.top { display: flex; justify-content: space-between; align-items: flex-start; }
.brand { font-size: 20pt; font-weight: bold; color: {{ color }}; letter-spacing: -0.5px; }
.brand small { display: block; font-size: 8pt; color: #555; font-weight: normal; letter-spacing: 0; }
.ids { text-align: right; font-size: 8.6pt; line-height: 1.45; }
.ids b { display: inline-block; min-width: 1.2in; text-align: left; font-weight: normal; color: #666; }
.row { display: flex; gap: 0.25in; margin-top: 0.18in; }
.cust { flex: 1; font-size: 9.5pt; line-height: 1.35; padding-top: 0.2in; }
.summary { flex: 1.15; border: 2px solid {{ color }}; border-radius: 6px; padding: 8px 12px; }
.summary h3 { margin: 0 0 6px 0; font-size: 10.5pt; color: {{ color }}; text-transform: uppercase; }
.summary table { width: 100%; border-collapse: collapse; }
.summary td { padding: 2.5px 0; }
.summary td.r { text-align: right; white-space: nowrap; }
.summary tr.tot td { border-top: 1.5px solid #333; font-weight: bold; font-size: 11pt; padding-top: 5px; }
.due { background: {{ color }}; color: white; margin-top: 8px; padding: 6px 10px; font-size: 11.5pt; font-weight: bold; display: flex; justify-content: space-between; border-radius: 4px; }
.msg { margin-top: 0.16in; background: #f3f3f3; padding: 6px 10px; font-size: 8.4pt; }
h4 { margin: 0.16in 0 3px 0; font-size: 9.8pt; border-bottom: 1px solid #999; padding-bottom: 2px; color: {{ color }}; }
table.det { width: 100%; border-collapse: collapse; font-size: 8.8pt; }
table.det td { padding: 2px 0; }
table.det td.r { text-align: right; white-space: nowrap; width: 1.1in; }
table.det td.u { color: #555; width: 2.2in; }
table.det tr.sub td { border-top: 1px solid #bbb; font-weight: bold; }
.usage { font-size: 8pt; color: #444; margin-top: 4px; }
.stub { margin-top: 0.22in; border-top: 1.5px dashed #777; padding-top: 0.12in; display: flex; justify-content: space-between; font-size: 8.8pt; }
.stub .box td { border: 1px solid #555; padding: 3px 8px; }
.ocr { font-family: 'DejaVu Sans Mono', monospace; font-size: 10pt; letter-spacing: 1px; margin-top: 0.1in; }
.foot { font-size: 7.2pt; color: #666; margin-top: 0.08in; }
</style></head><body>
<div class="top">
 <div class="brand">{{ brand }}<small>{{ vendor }} &middot; {{ vaddr|join(', ') }}</small></div>
 <div class="ids">
  <div><b>Account number</b> {{ acct }}</div>
  <div><b>Invoice number</b> {{ invno }}</div>
  <div><b>Bill date</b> {{ bill_date }}</div>
  <div><b>Service period</b> {{ period }}</div>
  <div><b>Page</b> 1 of 1</div>
 </div>
</div>
<div class="row">
 <div class="cust">
  <div style="font-size:7.5pt;color:#777">SERVICE ADDRESS</div>
  {{ cust }}<br>{{ caddr|join('<br>'|safe) }}<br>
  {% if meter %}<div style="margin-top:6px;font-size:8pt;color:#555">Meter no. {{ meter }} &middot; Rate schedule {{ rate_sched }}</div>{% endif %}
  <div style="margin-top:6px;font-size:8pt;color:#555">Customer since {{ since }} &middot; PIN hint: last 4 of phone</div>
 </div>
 <div class="summary">
  <h3>Account summary</h3>
  <table>
   <tr><td>Previous balance</td><td class="r">{{ prev }}</td></tr>
   <tr><td>Payments received {{ pay_date }} &ndash; thank you</td><td class="r">-{{ prev }}</td></tr>
   <tr><td>Adjustments</td><td class="r">0.00</td></tr>
   <tr><td>Balance forward</td><td class="r">$0.00</td></tr>
   <tr><td>Current charges</td><td class="r">{{ current }}</td></tr>
   <tr class="tot"><td>Total amount due</td><td class="r">{{ current }}</td></tr>
  </table>
  <div class="due"><span>Due date</span><span>{{ due_date }}</span></div>
  <div style="font-size:7.6pt;margin-top:5px;color:#555">A late payment charge of {{ late }} applies if payment is not received by the due date. Amount due after {{ due_short }}: {{ after_due }}</div>
 </div>
</div>
<div class="msg">{{ message }}</div>
<h4>Current charges &ndash; detail</h4>
<table class="det">
{% for it in items %}<tr><td>{{ it.desc }}</td><td class="u">{{ it.usage }}</td><td class="r">{{ it.amt }}</td></tr>
{% endfor %}<tr class="sub"><td>{{ sub_label }}</td><td></td><td class="r">{{ sub }}</td></tr>
</table>
<h4>Taxes</h4>
<table class="det">
{% for t in taxes %}<tr><td>{{ t.desc }}</td><td class="u">{{ t.basis }}</td><td class="r">{{ t.amt }}</td></tr>
{% endfor %}<tr class="sub"><td>Total taxes</td><td></td><td class="r">{{ taxtot }}</td></tr>
<tr class="sub"><td>Total current charges</td><td></td><td class="r">{{ current }}</td></tr>
</table>
{% if usage_note %}<div class="usage">{{ usage_note }}</div>{% endif %}
<div class="stub">
 <div>
  <b>{{ brand }}</b><br>Please detach and return this portion with your payment.<br>Make checks payable to {{ vendor }}{% if not vendor.endswith('.') %}.{% endif %}<br><br>
  Remit to:<br>{{ vendor }}<br>{{ remit|join('<br>'|safe) }}
 </div>
 <div>
  <table class="box" style="border-collapse:collapse">
   <tr><td>Account number</td><td>{{ acct }}</td></tr>
   <tr><td>Invoice number</td><td>{{ invno }}</td></tr>
   <tr><td>Due date</td><td>{{ due_date }}</td></tr>
   <tr><td>Total amount due</td><td><b>{{ current }}</b></td></tr>
   <tr><td>Amount enclosed</td><td>$ ____________</td></tr>
  </table>
  <div class="ocr">{{ ocr }}</div>
 </div>
</div>
<div class="foot">{{ footer }}</div>
</body></html>"""

S02_V = [
    dict(kind="tel", vendor="Pinnacle Wireless Communications, Inc.", brand="pinnacle wireless", color="#b0122b",
         vcity=("Overland Park, KS 66210",), remit=["P.O. Box 660108", "Dallas, TX 75266-0108"]),
    dict(kind="elec", vendor="Summit Ridge Electric Cooperative", brand="Summit Ridge Electric", color="#1d5e2f",
         vcity=("Boise, ID 83702",), remit=["P.O. Box 8870", "Boise, ID 83707-2870"]),
    dict(kind="fiber", vendor="Lakeshore Fiber Networks LLC", brand="LAKESHORE FIBER", color="#0b5cad",
         vcity=("Madison, WI 53703",), remit=["Dept. 4471, P.O. Box 4115", "Carol Stream, IL 60197-4115"]),
    dict(kind="gas", vendor="Prairie Gas & Water Company", brand="Prairie Gas & Water", color="#a05a00",
         vcity=("Tulsa, OK 74103",), remit=["P.O. Box 21350", "Tulsa, OK 74121-1350"]),
]


@style("02", "us_utility_bill")
def s02(rng, i):
    v = S02_V[i]
    bill = rand_date(rng)
    start = (bill.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    end = bill.replace(day=1) - dt.timedelta(days=1)
    due = bill + dt.timedelta(days=rng.choice([18, 21, 24]))
    fm = lambda d: d.strftime("%b %d, %Y").replace(" 0", " ")
    acct = f"{digits(rng, 4, True)} {digits(rng, 4)} {digits(rng, 4)}" if v["kind"] in ("tel", "fiber") else f"{digits(rng, 6, True)}-{digits(rng, 3)}"
    invno = digits(rng, 10) if v["kind"] != "gas" else f"{bill:%y%m}{digits(rng, 6)}"
    items = []
    meter = None
    usage_note = None
    if v["kind"] == "tel":
        nl = rng.randint(2, 5)
        plan = D(rng.choice([30, 35, 40, 45])) * nl
        items.append(dict(desc=f"Unlimited Plus plan ({nl} lines)", usage=f"{fm(start)} - {fm(end)}", amount=q2(plan)))
        items.append(dict(desc="Device payment - Galaxy S24 (14 of 36)", usage="", amount=D("22.23")))
        if rng.random() < 0.7:
            items.append(dict(desc="International Day Pass", usage=f"{rng.randint(1, 4)} days", amount=D(rng.choice(["10.00", "20.00", "30.00"]))))
        items.append(dict(desc="Protection plan - multi-device", usage="", amount=D("29.00")))
        items.append(dict(desc="Administrative & telco recovery charge", usage="", amount=D("3.49") * nl))
        taxdefs = [("Kansas state sales tax", D("0.065")), ("Johnson County sales tax", D("0.01475")), ("E911 tax", None)]
        sub_label = "Total plans, devices & services"
    elif v["kind"] == "elec":
        kwh = rng.randint(300, 800) * 2
        e_rate = D(rng.randint(18, 28)) * D("0.005")
        d_rate = D(rng.randint(6, 12)) * D("0.005")
        meter = digits(rng, 8, True)
        items.append(dict(desc="Basic service charge", usage=f"{(end - start).days + 1} days", amount=D("15.00")))
        items.append(dict(desc="Energy charge", usage=f"{kwh:,} kWh x ${e_rate:.4f}", amount=q2(kwh * e_rate), qty=D(kwh)))
        items.append(dict(desc="Distribution delivery charge", usage=f"{kwh:,} kWh x ${d_rate:.4f}", amount=q2(kwh * d_rate), qty=D(kwh)))
        items.append(dict(desc="Power cost adjustment", usage="", amount=D(rng.randint(150, 990)) / 100))
        taxdefs = [("Idaho sales tax", D("0.06")), ("City franchise tax", D("0.03"))]
        sub_label = "Total electric charges"
        prevk = rng.randint(280, 820)
        usage_note = (f"Meter read {fm(end)}: current {digits(rng, 5, True)} - previous. This month {kwh:,} kWh; "
                      f"same month last year {prevk * 2:,} kWh. Average daily use {kwh / ((end - start).days + 1):.1f} kWh.")
    elif v["kind"] == "fiber":
        items.append(dict(desc="Fiber 1 Gig internet", usage=f"{fm(start)} - {fm(end)}", amount=D(rng.choice(["70.00", "75.00", "80.00"]))))
        items.append(dict(desc="Whole-home Wi-Fi mesh rental (2 units)", usage="", amount=D("15.00")))
        items.append(dict(desc="Static IP address", usage="", amount=D("10.00")))
        if rng.random() < 0.6:
            items.append(dict(desc="Voice line - unlimited nationwide", usage="", amount=D("24.99")))
        if rng.random() < 0.5:
            items.append(dict(desc="Service visit - installation of additional jack", usage="one-time", amount=D("49.00")))
        items.append(dict(desc="Network maintenance fee", usage="", amount=D("4.99")))
        taxdefs = [("Wisconsin state sales tax", D("0.05")), ("Dane County sales tax", D("0.005"))]
        sub_label = "Total services"
    else:
        th = rng.randint(25, 140) * 2
        g_rate = D(rng.randint(80, 160)) * D("0.005")
        gal = rng.randint(20, 90) * 100
        items.append(dict(desc="Gas customer charge", usage="monthly", amount=D("18.50")))
        items.append(dict(desc="Natural gas usage", usage=f"{th} therms x ${g_rate:.4f}", amount=q2(th * g_rate), qty=D(th)))
        items.append(dict(desc="Water base charge (5/8 in. meter)", usage="monthly", amount=D("21.40")))
        w_rate = D(rng.choice([5, 6, 7, 8])) / 1000
        items.append(dict(desc="Water usage", usage=f"{gal:,} gal x ${w_rate:.4f}", amount=q2(gal * w_rate), qty=D(gal)))
        items.append(dict(desc="Stormwater utility fee", usage="", amount=D("6.75")))
        taxdefs = [("Oklahoma sales tax (gas)", D("0.045")), ("City of Tulsa sales tax", D("0.0365"))]
        sub_label = "Total gas & water charges"
        meter = f"G{digits(rng, 7)} / W{digits(rng, 7)}"
    for it in items:
        assert it["amount"] == q2(it["amount"])
    sub = sum((it["amount"] for it in items), D("0.00"))
    taxes = []
    for desc, rate in taxdefs:
        if rate is None:
            amt = D("0.60") * D(nl)
            taxes.append(dict(desc=desc, basis=f"{nl} lines x $0.60", amt=en(amt), a=amt))
        else:
            amt = q2(sub * rate)
            taxes.append(dict(desc=desc, basis=f"{(rate * 100).normalize()}% of ${en(sub)}", amt=en(amt), a=amt))
    tax = sum((t["a"] for t in taxes), D("0.00"))
    current = sub + tax
    prev = q2(current * D(str(rng.uniform(0.8, 1.2))))
    late = q2(max(D("5.00"), current * D("0.015")))
    vaddr = [address(rng, "US")[0], v["vcity"][0]]
    cust = rng.choice(["Harborview Dental Group PLLC", "Okafor Family Bakery LLC", "Northgate Realty Partners", "Jennifer M. Castillo",
                       "Blue Heron Yoga Studio", "Daniel R. Whitaker"])
    caddr = [address(rng, "US")[0], v["vcity"][0]]
    msgs = {"tel": "Your Autopay discount was not applied because Autopay is off. Turn on Autopay with a debit card or bank account and save $5/line.",
            "elec": "Planned outage notice: crews will upgrade lines in your area. Visit our website for details. Energy assistance programs are available.",
            "fiber": "Thanks for being a customer! Your promotional rate of $10 off per month ends after your next billing cycle.",
            "gas": "Water quality report available online. Call 811 before you dig. Budget billing can even out seasonal bills."}
    ctx = dict(title=f"Bill {invno}", brand=v["brand"], vendor=v["vendor"], vaddr=vaddr, color=v["color"], acct=acct, invno=invno,
               bill_date=fm(bill), period=f"{fm(start)} - {fm(end)}", cust=cust, caddr=caddr, meter=meter,
               rate_sched=rng.choice(["RS-1", "GS-2", "R-01"]), since=str(rng.randint(2004, 2022)),
               prev="$" + en(prev), pay_date=(bill - dt.timedelta(days=rng.randint(10, 20))).strftime("%m/%d"),
               current="$" + en(current), due_date=fm(due), due_short=due.strftime("%m/%d/%Y"), late="$" + en(late),
               after_due="$" + en(current + late), message=msgs[v["kind"]],
               items=[dict(desc=it["desc"], usage=it["usage"], amt=en(it["amount"])) for it in items], sub_label=sub_label, sub=en(sub),
               taxes=taxes, taxtot=en(tax), usage_note=usage_note, remit=v["remit"],
               ocr=f"{acct.replace(' ', '').replace('-', '')} {invno} {int(current * 100):09d} {int((current + late) * 100):09d} 4",
               footer=f"Questions? Call 1-800-{digits(rng, 3, True)}-{digits(rng, 4)} or visit our website. "
                      f"{v['vendor']} is regulated by the state Public Utilities Commission. Payments received after 5 p.m. post the next business day.")
    li = [{"amount": money_truth(it["amount"]), "quantity": qstr(it["qty"]) if it.get("qty") is not None else None} for it in items]
    truth = T(vendor_name=v["vendor"], vendor_tax_id=None, invoice_number=invno, po_number=None, invoice_date=dstr(bill),
              due_date=dstr(due), currency="USD", subtotal=money_truth(sub), tax=money_truth(tax), total=money_truth(current),
              line_items=li,
              notes="Utility/telecom bill. invoice_date = Bill date. Previous balance was fully paid (balance forward $0.00) so "
                    "Total amount due = current charges = total. tax = 'Total taxes' (sum of the printed tax lines). "
                    "Account number, meter no., late-fee amount and 'amount due after due date' are decoys. Line items are the "
                    "charge-detail lines (quantity only where usage units x rate are printed).")
    checks = [v["vendor"], invno, acct, fm(bill), fm(due), en(sub), en(tax), "$" + en(current)]
    return truth, checks, (S02_HTML, ctx), "chromium"

# =====================================================================================
# 03  Freelancer invoice made in a spreadsheet -- chromium
# =====================================================================================
S03_HTML = """<!doctype html><html><head><meta charset="utf-8"><title>{{ title }}</title><style>
@page { size: {{ page }}; margin: 0.4in 0.35in; }
body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
table.sheet { border-collapse: collapse; table-layout: fixed; width: 100%; }
table.sheet td { border: 1px solid #d4d4d4; height: 17px; padding: 0 4px; white-space: nowrap; overflow: hidden; }
table.sheet td.hd { background: #ececec; color: #555; text-align: center; font-size: 8.5pt; }
table.sheet td.rn { background: #ececec; color: #555; text-align: center; font-size: 8.5pt; width: 26px; }
.r { text-align: right; } .b { font-weight: bold; } .big { font-size: 16pt; font-weight: bold; } .t { font-size: 20pt; color: #1f4e79; font-weight: bold; }
.fill { background: #ddebf7; } .grey { color: #666; } .tot { background: #fff2cc; font-weight: bold; }
</style></head><body>
<table class="sheet">
<colgroup><col style="width:26px"><col style="width:{{ w[0] }}"><col style="width:{{ w[1] }}"><col style="width:{{ w[2] }}"><col style="width:{{ w[3] }}"><col style="width:{{ w[4] }}"><col style="width:{{ w[5] }}"></colgroup>
<tr><td class="hd"></td>{% for c in 'ABCDEF' %}<td class="hd">{{ c }}</td>{% endfor %}</tr>
{% for row in rows %}<tr><td class="rn">{{ loop.index }}</td>{% for c in row %}<td class="{{ c.cls }}" colspan="{{ c.span }}">{{ c.v }}</td>{% endfor %}</tr>
{% endfor %}
</table>
<div style="font-size:7.5pt;color:#888;margin-top:6px;display:flex;justify-content:space-between"><span>{{ sheetname }}</span><span>Page 1</span></div>
</body></html>"""

S03_V = [
    dict(cc="US", name="Marcus Ellery", trade="Freelance Motion Design & Animation", cur="USD", sym="$", rate=(70, 110),
         tax_label="Sales tax (0%)", tax_rate=D("0"), taxid=None, page="Letter",
         fmt_date=lambda d: f"{d.month}/{d.day}/{d.year}", email="marcus@ellerymotion.com"),
    dict(cc="GB", name="Priya Natarajan", trade="Data & Analytics Consulting", cur="GBP", sym="£", rate=(45, 75),
         tax_label="VAT @ 20%", tax_rate=D("0.20"), taxid="gb", page="A4", fmt_date=lambda d: d.strftime("%d/%m/%Y"),
         email="priya@natarajan-analytics.co.uk"),
    dict(cc="CA", name="Olivier Tremblay", trade="Web Development", cur="CAD", sym="$", rate=(80, 120),
         tax_label="HST 13%", tax_rate=D("0.13"), taxid="ca", page="Letter", fmt_date=lambda d: d.isoformat(),
         email="olivier@tremblaydev.ca"),
    dict(cc="IE", name="Aoife Brennan", trade="Technical Writing & Translation", cur="EUR", sym="€", rate=(50, 80),
         tax_label="VAT 23%", tax_rate=D("0.23"), taxid="ie", page="A4", fmt_date=lambda d: d.strftime("%d-%b-%Y"),
         email="aoife@brennanwrites.ie"),
]
S03_TASKS = ["Discovery call & requirements", "Storyboard revisions", "Animation - scene {n}", "Client feedback round {n}",
             "Data cleaning & validation", "Dashboard build (Power BI)", "Stakeholder workshop", "Model documentation",
             "Front-end implementation", "API integration", "Bug fixing & QA", "Deployment & handover", "Weekly status meeting",
             "Translation DE>EN ({n} pages)", "User guide chapter {n}", "Terminology review", "Project management",
             "Sound design & mix", "Export & delivery of final files", "Performance tuning"]


@style("03", "spreadsheet_freelancer")
def s03(rng, i):
    v = S03_V[i]
    inv_date = rand_date(rng)
    fd = v["fmt_date"]
    invno = rng.choice([f"{inv_date.year}-{rng.randint(1, 60):03d}", f"INV{rng.randint(100, 480)}", f"{rng.randint(14, 99)}"])
    n = rng.randint(4, 11)
    rate = D(rng.randint(*v["rate"]))
    items = []
    d0 = inv_date - dt.timedelta(days=rng.randint(20, 40))
    ds = sorted(d0 + dt.timedelta(days=rng.randint(0, 18)) for _ in range(n))
    for k in range(n):
        h = D(rng.randint(2, 40)) / 4
        desc = rng.choice(S03_TASKS).format(n=rng.randint(1, 6))
        items.append(dict(date=ds[k], desc=desc, qty=h, price=rate, amount=q2(h * rate)))
    sub = tot(items)
    tax = q2(sub * v["tax_rate"])
    total = sub + tax
    due_explicit = i in (0, 2)
    due = inv_date + dt.timedelta(days=rng.choice([14, 15, 30]))
    taxid_print = None
    if v["taxid"] == "gb":
        g = gb_vat(rng)[2:]
        taxid_print = f"GB {g[:3]} {g[3:7]} {g[7:]}"
        taxline = f"VAT Reg. No. {taxid_print}"
    elif v["taxid"] == "ca":
        taxid_print = f"{ca_bn(rng)} RT0001"
        taxline = f"GST/HST No. {taxid_print}"
    elif v["taxid"] == "ie":
        taxid_print = ie_vat(rng)
        taxline = f"VAT No. {taxid_print}"
    else:
        taxline = ""
    client = rng.choice({"US": ["Brightline Media Group LLC", "Cobalt Ridge Studios Inc.", "Nimbus Health, Inc."],
                         "GB": ["Halden Retail Group plc", "Kestrel Insurance Services Ltd", "Foxglove Housing Association"],
                         "CA": ["Maple Leaf Outfitters Inc.", "Northern Lights Analytics Corp.", "Laurentian Credit Union"],
                         "IE": ["Shannon MedTech DAC", "Carrow Software Ltd", "Wicklow Outdoor Gear Ltd"]}[v["cc"]])
    caddr = address(rng, v["cc"])
    myaddr = address(rng, v["cc"])
    po = f"PO-{rng.randint(10000, 99999)}" if i in (1, 2) else None
    sym = v["sym"]
    E = lambda: {"v": "", "cls": ""}
    C = lambda val, cls="": {"v": val, "cls": cls}
    rows = []
    rows.append([C(v["name"], "big"), E(), E(), E(), C("INVOICE", "t r"), E()])
    rows.append([C(v["trade"], "grey"), E(), E(), E(), E(), E()])
    for a in myaddr:
        rows.append([C(a), E(), E(), E(), E(), E()])
    rows.append([C(v["email"]), E(), E(), E(), E(), E()])
    if taxline:
        rows.append([C(taxline), E(), E(), E(), E(), E()])
    rows.append([E()] * 6)
    rows.append([C("Bill to:", "b"), E(), E(), C("Invoice #", "b"), C(invno, "r"), E()])
    rows.append([C(client), E(), E(), C("Invoice date", "b"), C(fd(inv_date), "r"), E()])
    rows.append([C(caddr[0]), E(), E(), C("Due date" if due_explicit else "Terms", "b"),
                 C(fd(due) if due_explicit else "Net 30", "r"), E()])
    rows.append([C(" ".join(caddr[1:])), E(), E(), C("PO / Ref" if po else "", "b"), C(po or "", "r"), E()])
    rows.append([E()] * 6)
    rows.append([C("Date", "b fill"), C("Description", "b fill"), E() | {"cls": "fill"}, C("Hours", "b fill r"),
                 C(f"Rate ({v['cur']})", "b fill r"), C("Amount", "b fill r")])
    for it in items:
        rows.append([C(fd(it["date"])), C(it["desc"]), E(), C(f"{it['qty']:.2f}", "r"),
                     C(en(it["price"]), "r"), C(en(it["amount"]), "r")])
    for _ in range(rng.randint(1, 3)):
        rows.append([E()] * 6)
    th = sum(it["qty"] for it in items)
    rows.append([E(), C("Total hours", "grey"), E(), C(f"{th:.2f}", "r grey"), C("Subtotal", "b r"), C(en(sub), "r")])
    rows.append([E(), E(), E(), E(), C(v["tax_label"], "r"), C(en(tax), "r")])
    rows.append([E(), E(), E(), E(), C("TOTAL", "b r tot"), C(f"{sym}{en(total)}", "r tot")])
    rows.append([E()] * 6)
    pay = {"US": f"Payment via ACH: Routing {digits(rng, 9, True)}  Acct {digits(rng, 10)}  or Zelle {v['email']}",
           "GB": f"Bank transfer: Sort code {digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}  Account {digits(rng, 8)}",
           "CA": f"Interac e-Transfer to {v['email']}  (auto-deposit enabled)",
           "IE": f"IBAN {iban_fmt(iban_ie(rng))}  BIC AIBKIE2D"}[v["cc"]]
    rows.append([C("Payment details:", "b"), E(), E(), E(), E(), E()])
    rows.append([C(pay), E(), E(), E(), E(), E()])
    rows.append([C("Thank you for your business!", "grey"), E(), E(), E(), E(), E()])
    w = ["92px", "200px", "40px", "70px", "110px", "100px"]
    merged = []
    for row in rows:  # emulate Excel text overflow into empty neighbour cells
        out, k = [], 0
        while k < len(row):
            c = dict(row[k])
            span = 1
            if c["v"] and "r" not in c["cls"].split():
                while k + span < len(row) and not row[k + span]["v"] and "fill" not in row[k + span]["cls"]:
                    span += 1
            c["span"] = span
            out.append(c)
            k += span
        merged.append(out)
    rows = merged
    ctx = dict(title=f"Invoice {invno}.xlsx", page=v["page"], rows=rows, w=w, sheetname=f"Invoice {invno}")
    truth = T(vendor_name=v["name"], vendor_tax_id=taxid_print, invoice_number=invno, po_number=po, invoice_date=dstr(inv_date),
              due_date=dstr(due) if due_explicit else None, currency=v["cur"], subtotal=money_truth(sub), tax=money_truth(tax),
              total=money_truth(total), line_items=lines_truth(items),
              notes="Spreadsheet-printed freelancer invoice (gridlines, row/column headings). vendor_name = freelancer's personal name "
                    "(trade description under it is not the name). Quantity = hours. "
                    + ("Tax line printed as 0% / 0.00. " if v["tax_rate"] == 0 else "")
                    + ("Only 'Net 30' terms -> due_date null. " if not due_explicit else "")
                    + ("'Total hours' is a decoy. "))
    checks = [v["name"], invno, fd(inv_date), en(sub), en(tax), en(total)] + ([taxid_print] if taxid_print else []) + ([po] if po else [])
    return truth, checks, (S03_HTML, ctx), "chromium"


# =====================================================================================
# 04  Belgian invoice in French -- chromium
# =====================================================================================
S04_HTML = """<!doctype html><html><head><meta charset="utf-8"><title>{{ title }}</title><style>
@page { size: A4; margin: 14mm 16mm 12mm 16mm; }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 8.6pt; color: #1e1e1e; }
.hdr { display: flex; justify-content: space-between; border-bottom: 3px solid {{ color }}; padding-bottom: 8px; }
.logo { font-family: 'DejaVu Serif', serif; font-size: 17pt; color: {{ color }}; font-weight: bold; }
.logo span { display: block; font-family: 'DejaVu Sans'; font-size: 7.5pt; color: #666; font-weight: normal; }
.vinfo { text-align: right; font-size: 7.8pt; line-height: 1.45; }
.mid { display: flex; justify-content: space-between; margin-top: 10mm; }
.facts table { border-collapse: collapse; }
.facts td { padding: 2px 10px 2px 0; }
.facts td.l { color: #666; }
h1 { font-size: 20pt; margin: 0 0 4mm 0; color: {{ color }}; letter-spacing: 1px; }
.client { width: 80mm; border: 1px solid #ccc; padding: 4mm; line-height: 1.45; }
table.lines { width: 100%; border-collapse: collapse; margin-top: 9mm; }
table.lines th { background: {{ color }}; color: white; font-weight: normal; padding: 5px; text-align: left; font-size: 8pt; }
table.lines td { padding: 5px; border-bottom: 1px solid #e2e2e2; vertical-align: top; }
.n { text-align: right !important; white-space: nowrap; }
.tots { margin-left: auto; width: 80mm; margin-top: 5mm; border-collapse: collapse; }
.tots td { padding: 3px 5px; }
.tots tr.g td { font-weight: bold; font-size: 10.5pt; border-top: 2px solid {{ color }}; background: #f4f4f4; }
.pay { margin-top: 9mm; border: 1px dashed {{ color }}; padding: 4mm; line-height: 1.55; }
.comm { font-family: 'DejaVu Sans Mono', monospace; font-size: 11pt; font-weight: bold; }
.cond { margin-top: 7mm; font-size: 6.8pt; color: #666; text-align: justify; }
.foot { position: fixed; bottom: 0; left: 0; right: 0; font-size: 6.8pt; color: #777; border-top: 1px solid #ccc; padding-top: 2mm; display: flex; justify-content: space-between; }
</style></head><body>
<div class="hdr">
 <div class="logo">{{ vendor }}<span>{{ tagline }}</span></div>
 <div class="vinfo">{{ vaddr|join('<br>'|safe) }}<br>Tél. {{ tel }}<br>{{ mail }}<br>TVA {{ vat }}<br>RPM {{ rpm }}</div>
</div>
<div class="mid">
 <div class="facts"><h1>FACTURE</h1>
  <table>
   <tr><td class="l">Facture n°</td><td><b>{{ invno }}</b></td></tr>
   <tr><td class="l">Date facture</td><td>{{ inv_date }}</td></tr>
   <tr><td class="l">Date de livraison</td><td>{{ deliv }}</td></tr>
   <tr><td class="l">Échéance</td><td>{{ due }}</td></tr>
   <tr><td class="l">N° client</td><td>{{ custno }}</td></tr>
   {% if po %}<tr><td class="l">Votre bon de commande</td><td>{{ po }}</td></tr>{% endif %}
  </table>
 </div>
 <div class="client"><b>{{ client }}</b><br>{% if attn %}À l'attention de {{ attn }}<br>{% endif %}{{ caddr|join('<br>'|safe) }}<br>Belgique<br><br>N° TVA client : {{ cvat }}</div>
</div>
<table class="lines">
 <tr><th>Description</th><th class="n">Qté</th><th>Unité</th><th class="n">Prix unit. HTVA</th><th class="n">TVA</th><th class="n">Total HTVA</th></tr>
 {% for it in items %}<tr><td>{{ it.desc }}</td><td class="n">{{ it.q }}</td><td>{{ it.u }}</td><td class="n">{{ it.p }}</td><td class="n">21 %</td><td class="n">{{ it.a }}</td></tr>
 {% endfor %}
</table>
<table class="tots">
 <tr><td>Total HTVA</td><td class="n">{{ sub }}</td></tr>
 <tr><td>TVA 21 %</td><td class="n">{{ tax }}</td></tr>
 <tr class="g"><td>Total TVAC</td><td class="n">{{ total }}</td></tr>
</table>
<div class="pay">Merci de verser le montant de <b>{{ total }}</b> au plus tard le <b>{{ due }}</b> sur le compte<br>
IBAN <b>{{ iban }}</b> &nbsp; BIC {{ bic }} &nbsp; ({{ bank }})<br>
avec la communication structurée : <span class="comm">{{ comm }}</span></div>
<div class="cond">Conditions générales : toute réclamation doit être introduite par écrit dans les 8 jours de la réception de la facture.
Toute facture impayée à l'échéance produira de plein droit et sans mise en demeure un intérêt de retard au taux légal applicable aux transactions
commerciales ainsi qu'une indemnité forfaitaire de 10 % du montant dû (minimum 40,00 €). En cas de litige, seuls les tribunaux de l'arrondissement de {{ court }} sont compétents.</div>
<div class="foot"><span>{{ vendor }} · {{ vaddr|join(' · ') }}</span><span>TVA {{ vat }} · IBAN {{ iban }}</span><span>Page 1/1</span></div>
</body></html>"""

S04_V = [
    dict(vendor="Menuiserie Lambert SRL", tag="Menuiserie intérieure & extérieure · Châssis · Escaliers", color="#7a4b1f", court="Liège",
         cat=[("Fourniture et pose châssis PVC 1200x1400", "pc", (480, 920)), ("Porte intérieure chêne plaqué", "pc", (260, 540)),
              ("Main d'œuvre menuisier", "h", (42, 58)), ("Escalier hêtre sur mesure", "forfait", (2400, 4800)),
              ("Plinthes MDF 12x70", "m", (6.5, 11.0)), ("Déplacement", "forfait", (35, 65)), ("Évacuation des déchets", "forfait", (45, 95))]),
    dict(vendor="Imprimerie Delvaux SRL", tag="Impression offset & numérique depuis 1978", color="#0d5c63", court="Namur",
         cat=[("Dépliants A4 3 volets, 135 g couché mat", "ex.", (0.08, 0.21)), ("Cartes de visite recto/verso 350 g", "ex.", (0.05, 0.12)),
              ("Affiches A2 quadri 170 g", "ex.", (1.2, 3.4)), ("Mise en page / PAO", "h", (45, 65)), ("Roll-up 85x200 avec sac", "pc", (79, 129)),
              ("Épreuve couleur certifiée", "pc", (15, 30)), ("Livraison", "forfait", (25, 60))]),
    dict(vendor="Techni-Clim Wallonie SA", tag="Chauffage · Climatisation · Ventilation", color="#b22222", court="Charleroi",
         cat=[("Entretien annuel chaudière gaz", "pc", (120, 180)), ("Pompe à chaleur air/eau 8 kW", "pc", (4200, 6900)),
              ("Unité split mural 3,5 kW", "pc", (890, 1390)), ("Main d'œuvre technicien", "h", (48, 62)), ("Tuyauterie cuivre 1/4 - 3/8", "m", (14, 24)),
              ("Mise en service et certificat", "forfait", (95, 180)), ("Déplacement", "forfait", (35, 55))]),
    dict(vendor="Bureau d'études Verhaegen SRL", tag="Ingénierie stabilité & techniques spéciales", color="#223a70", court="Bruxelles",
         cat=[("Étude de stabilité - phase avant-projet", "forfait", (1800, 4200)), ("Note de calcul charpente", "forfait", (650, 1450)),
              ("Réunion de chantier", "h", (85, 120)), ("Plans d'exécution", "pc", (240, 480)), ("Visite et rapport d'expertise", "forfait", (480, 950)),
              ("Contrôle PEB", "forfait", (350, 700))]),
]


@style("04", "be_facture_fr")
def s04(rng, i):
    v = S04_V[i]
    inv_date = rand_date(rng)
    due = inv_date + dt.timedelta(days=rng.choice([15, 30, 30, 45]))
    deliv = inv_date - dt.timedelta(days=rng.randint(1, 12))
    vat = be_fmt(be_vat(rng))
    cvat = be_fmt(be_vat(rng))
    invno = rng.choice([f"{inv_date.year}/{rng.randint(1, 900):04d}", f"F{inv_date.year % 100}-{rng.randint(100, 999)}", f"{inv_date.year}{rng.randint(100, 600):05d}"])
    n = rng.randint(2, min(6, len(v["cat"])))
    items = []
    for desc, unit, pr in rng.sample(v["cat"], n):
        if unit == "ex.":
            q = D(rng.choice([250, 500, 1000, 2500, 5000]))
        elif unit == "h":
            q = D(rng.randint(2, 24)) / 2
        elif unit == "m":
            q = D(rng.randint(4, 60))
        elif unit == "forfait":
            q = D(1)
        else:
            q = D(rng.randint(1, 6))
        step = D("0.001") if unit == "ex." else D("0.01")
        p = exact_price(rng, q, D(str(pr[0])), D(str(pr[1])), step)
        items.append(dict(desc=desc, qty=q, u=unit, price=p, amount=q2(q * p)))
    sub = tot(items)
    tax = q2(sub * D("0.21"))
    total = sub + tax
    eur = lambda x: de(x) + " €"
    po = f"BC-{inv_date.year}-{rng.randint(10, 999):03d}" if i % 2 == 0 else None
    vaddr = address(rng, "BE")
    iban = iban_be(rng)
    ctx = dict(title=f"Facture {invno}", vendor=v["vendor"], tagline=v["tag"], color=v["color"], vaddr=vaddr,
               tel=f"+32 {rng.randint(2, 87)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
               mail="info@" + v["vendor"].split()[1].lower().replace("é", "e").replace("'", "") + ".be", vat=vat,
               rpm=vaddr[1].split(" ", 1)[1], invno=invno, inv_date=inv_date.strftime("%d/%m/%Y"), deliv=deliv.strftime("%d/%m/%Y"),
               due=due.strftime("%d/%m/%Y"), custno=f"C{rng.randint(1000, 9999)}", po=po,
               client=rng.choice(["Résidence Les Tilleuls ACP", "Boulangerie Dumoulin SRL", "Commune de Wavre", "Clinique Saint-Luc ASBL",
                                  "Garage Mertens & Fils SA", "Athénée Royal de Namur"]),
               attn=rng.choice([None, "M. Dupont", "Mme Claes", "Service comptabilité"]), caddr=address(rng, "BE"), cvat=cvat,
               items=[dict(desc=it["desc"], q=de(it["qty"], 0 if it["qty"] % 1 == 0 else 1), u=it["u"],
                           p=de(it["price"], 3 if it["u"] == "ex." else 2), a=de(it["amount"])) for it in items],
               sub=eur(sub), tax=eur(tax), total=eur(total), iban=iban_fmt(iban),
               bic=rng.choice(["GEBABEBB", "BBRUBEBB", "KREDBEBB", "GKCCBEBB"]), bank=rng.choice(["BNP Paribas Fortis", "ING Belgique", "KBC", "Belfius"]),
               comm=be_structured(rng), court=v["court"])
    truth = T(vendor_name=v["vendor"], vendor_tax_id=vat, invoice_number=invno, po_number=po, invoice_date=dstr(inv_date),
              due_date=dstr(due), currency="EUR", subtotal=money_truth(sub), tax=money_truth(tax), total=money_truth(total),
              line_items=lines_truth(items),
              notes="Belgian invoice in French. vendor_tax_id printed as 'TVA BE0xxx.xxx.xxx' (no space after BE). Client's N° TVA, "
                    "N° client, Date de livraison and the structured communication +++...+++ are decoys. due_date = Échéance.")
    checks = [v["vendor"], vat, invno, ctx["inv_date"], ctx["due"], de(sub), de(tax), de(total), ctx["comm"]] + ([po] if po else [])
    return truth, checks, (S04_HTML, ctx), "chromium"

# =====================================================================================
# 05  Austrian invoice -- chromium
# =====================================================================================
S05_HTML = """<!doctype html><html><head><meta charset="utf-8"><title>{{ title }}</title><style>
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'Liberation Serif', 'DejaVu Serif', serif; font-size: 10.5pt; color: #111; }
.page { position: relative; width: 210mm; height: 296mm; }
.head { position: absolute; top: 12mm; left: 25mm; right: 20mm; display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 0.6pt solid #444; padding-bottom: 3mm; }
.head .n { font-size: 19pt; font-variant: small-caps; letter-spacing: 1px; }
.head .s { font-size: 8.5pt; text-align: right; color: #333; font-family: 'Liberation Sans', sans-serif; }
.ret { position: absolute; top: 47mm; left: 25mm; font-size: 7pt; font-family: 'Liberation Sans', sans-serif; text-decoration: underline; }
.addr { position: absolute; top: 52mm; left: 25mm; width: 85mm; line-height: 1.35; }
.info { position: absolute; top: 47mm; left: 122mm; width: 70mm; font-family: 'Liberation Sans', sans-serif; font-size: 8.8pt; }
.info td { padding: 1.2px 0; } .info td.l { color: #444; padding-right: 5mm; }
.body { position: absolute; top: 100mm; left: 25mm; right: 20mm; }
h2 { font-size: 14pt; margin: 0 0 4mm 0; }
table.pos { width: 100%; border-collapse: collapse; font-size: 9.6pt; margin-top: 4mm; }
table.pos th { border-top: 0.8pt solid #000; border-bottom: 0.8pt solid #000; text-align: left; padding: 2mm 1mm; font-weight: bold; }
table.pos td { padding: 1.6mm 1mm; vertical-align: top; }
.n { text-align: right !important; white-space: nowrap; }
table.sum { width: 95mm; margin-left: auto; border-collapse: collapse; margin-top: 2mm; }
table.sum td { padding: 1.3mm 1mm; }
table.sum tr.e td { border-top: 0.8pt solid #000; border-bottom: 2.4pt double #000; font-weight: bold; }
.foot { position: absolute; bottom: 10mm; left: 25mm; right: 20mm; border-top: 0.5pt solid #777; padding-top: 2mm; font-family: 'Liberation Sans', sans-serif; font-size: 7pt; color: #333; display: flex; justify-content: space-between; line-height: 1.4; }
</style></head><body><div class="page">
<div class="head"><div class="n">{{ vendor }}</div><div class="s">{{ tagline }}<br>{{ vaddr|join(' · ') }}<br>{{ web }}</div></div>
<div class="ret">{{ vendor }}, {{ vaddr|join(', ') }}</div>
<div class="addr">{{ client }}<br>{% if attn %}z. H. {{ attn }}<br>{% endif %}{{ caddr|join('<br>'|safe) }}<br>{{ ccountry }}</div>
<div class="info"><table>
 <tr><td class="l">Rechnungsnummer</td><td><b>{{ invno }}</b></td></tr>
 <tr><td class="l">Rechnungsdatum</td><td>{{ inv_date }}</td></tr>
 <tr><td class="l">Kundennummer</td><td>{{ custno }}</td></tr>
 <tr><td class="l">{{ perf_label }}</td><td>{{ perf }}</td></tr>
 {% if po %}<tr><td class="l">Ihre Bestellung</td><td>{{ po }}</td></tr>{% endif %}
 <tr><td class="l">Ihre UID-Nr.</td><td>{{ cuid }}</td></tr>
 <tr><td class="l">Sachbearbeiter/in</td><td>{{ clerk }}</td></tr>
</table></div>
<div class="body">
<h2>Rechnung</h2>
Sehr geehrte Damen und Herren,<br>wir bedanken uns für Ihren Auftrag und erlauben uns, folgende Leistungen in Rechnung zu stellen:
<table class="pos">
<tr><th>Pos.</th><th>Bezeichnung</th><th class="n">Menge</th><th>Einheit</th><th class="n">Einzelpreis</th><th class="n">Gesamt</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.desc }}</td><td class="n">{{ it.q }}</td><td>{{ it.u }}</td><td class="n">€ {{ it.p }}</td><td class="n">€ {{ it.a }}</td></tr>
{% endfor %}
</table>
<table class="sum">
<tr><td style="border-top:0.8pt solid #000">Summe exkl. USt.</td><td class="n" style="border-top:0.8pt solid #000">€ {{ sub }}</td></tr>
<tr><td>20 % USt.</td><td class="n">€ {{ tax }}</td></tr>
<tr class="e"><td>Rechnungsbetrag</td><td class="n">€ {{ total }}</td></tr>
</table>
<p style="margin-top:7mm;line-height:1.5">Zahlungsziel: {{ zahlungsziel }}<br>
Skonto 2% bei Zahlung bis {{ skonto_date }} (Zahlbetrag abzüglich Skonto: € {{ skonto_amt }}).<br>
Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf unser unten angeführtes Konto.</p>
<p>Mit freundlichen Grüßen<br><br>{{ signer }}</p>
</div>
<div class="foot">
 <div>{{ vendor }}<br>{{ vaddr|join('<br>'|safe) }}</div>
 <div>{{ fn }}<br>{{ court }}<br>UID-Nr.: {{ uid }}</div>
 <div>{{ bank }}<br>IBAN: {{ iban }}<br>BIC: {{ bic }}</div>
 <div>Tel.: {{ tel }}<br>{{ mail }}<br>Seite 1 von 1</div>
</div>
</div></body></html>"""

S05_V = [
    dict(vendor="Alpenblick Software GmbH", tag="Softwareentwicklung · IT-Beratung", web="www.alpenblick-software.at", legal="GmbH",
         cat=[("Softwareentwicklung Modul Auftragsverwaltung", "Std.", (95, 135)), ("Projektmanagement", "Std.", (90, 120)),
              ("Wartungspauschale Quartal", "Pauschale", (450, 950)), ("Schulung Anwender (halbtägig)", "Pauschale", (480, 780)),
              ("Lizenz Add-on Reporting, 12 Monate", "Stk.", (190, 390)), ("Datenmigration Altbestand", "Std.", (95, 125))]),
    dict(vendor="Tischlerei Gruber e.U.", tag="Meisterbetrieb · Möbel nach Maß", web="www.tischlerei-gruber.at", legal="e.U.",
         cat=[("Einbauschrank Eiche furniert, nach Maß", "Stk.", (1900, 3800)), ("Küchenarbeitsplatte Massivholz, 3 m", "Stk.", (640, 1150)),
              ("Montagearbeiten", "Std.", (58, 72)), ("Anfahrt Pauschale", "Pauschale", (45, 80)), ("Beschläge Blum Tandembox", "Satz", (38, 66)),
              ("Oberflächenbehandlung Naturöl", "m²", (22, 39))]),
    dict(vendor="Steirische Elektrotechnik GmbH", tag="Elektroinstallationen · Photovoltaik · E-Mobilität", web="www.st-elektrotechnik.at", legal="GmbH",
         cat=[("Wallbox 11 kW inkl. Montage", "Stk.", (890, 1490)), ("Mantelleitung NYM-J 5x2,5", "m", (2.4, 4.2)), ("Elektriker Arbeitsstunde", "Std.", (62, 78)),
              ("FI-Schutzschalter 40A 30mA", "Stk.", (48, 79)), ("Überprüfung nach ÖVE E 8101, Prüfprotokoll", "Pauschale", (180, 320)),
              ("PV-Modul 430 Wp", "Stk.", (135, 190))]),
    dict(vendor="Donau Reinigungsservice KG", tag="Gebäudereinigung · Fensterreinigung · Sonderreinigung", web="www.donau-reinigung.at", legal="KG",
         cat=[("Unterhaltsreinigung Büroflächen lt. Vertrag", "Monat", (980, 2600)), ("Fensterreinigung beidseitig", "m²", (2.2, 3.9)),
              ("Grundreinigung Teppichboden", "m²", (4.1, 6.8)), ("Sonderreinigung nach Umbau", "Std.", (34, 44)),
              ("Hygieneartikel Nachfüllung", "Pauschale", (85, 190))]),
]


@style("05", "at_rechnung")
def s05(rng, i):
    v = S05_V[i]
    inv_date = rand_date(rng)
    uid = at_uid(rng)
    cuid = at_uid(rng)
    invno = rng.choice([f"RE-{inv_date.year}-{rng.randint(100, 2999):04d}", f"{inv_date.year % 100}{rng.randint(10000, 99999)}", f"AR{rng.randint(20000, 39999)}"])
    n = rng.randint(2, min(6, len(v["cat"])))
    items = []
    for desc, unit, pr in rng.sample(v["cat"], n):
        if unit == "Std.":
            q = D(rng.randint(2, 60)) / 2
        elif unit in ("m", "m²"):
            q = D(rng.randint(10, 240))
        elif unit in ("Pauschale", "Monat"):
            q = D(1)
        else:
            q = D(rng.randint(1, 8))
        p = exact_price(rng, q, D(str(pr[0])), D(str(pr[1])))
        items.append(dict(desc=desc, qty=q, u=unit, price=p, amount=q2(q * p)))
    sub = tot(items)
    tax = q2(sub * D("0.20"))
    total = sub + tax
    explicit = i in (0, 3)
    due = inv_date + dt.timedelta(days=rng.choice([14, 30]))
    skd = inv_date + dt.timedelta(days=rng.choice([7, 10]))
    dd = lambda d: d.strftime("%d.%m.%Y")
    zz = f"{dd(due)} netto" if explicit else rng.choice(["30 Tage netto", "30 Tage ab Rechnungsdatum ohne Abzug"])
    po = f"{rng.choice(['BE', 'PO', 'B'])}{rng.randint(2024000, 2026999)}" if i in (1, 3) else None
    perf_start = inv_date - dt.timedelta(days=rng.randint(10, 40))
    perf = rng.choice([f"{dd(perf_start)} – {dd(inv_date - dt.timedelta(days=1))}", dd(inv_date - dt.timedelta(days=rng.randint(0, 5)))])
    vaddr = address(rng, "AT")
    ctx = dict(title=f"Rechnung {invno}", vendor=v["vendor"], tagline=v["tag"], web=v["web"], vaddr=vaddr,
               client=rng.choice(["Hotel Sonnhof Betriebs GmbH", "Gemeinde Leonding", "Brauerei Zwettl AG", "Ordination Dr. Hofer",
                                  "Kastner Immobilien GmbH", "Wohnbau Mürztal GesmbH"]),
               attn=rng.choice([None, "Frau Mag. Steiner", "Herrn Ing. Pichler", "Buchhaltung"]), caddr=address(rng, "AT"),
               ccountry="Österreich", invno=invno, inv_date=dd(inv_date), custno=f"{rng.randint(10000, 29999)}",
               perf_label="Leistungszeitraum" if "–" in perf else "Lieferdatum", perf=perf, po=po, cuid=cuid,
               clerk=rng.choice(["Fr. Huber", "Hr. Wallner", "Fr. Berger"]),
               items=[dict(desc=it["desc"], q=de(it["qty"], 0 if it["qty"] % 1 == 0 else 1), u=it["u"], p=de(it["price"]), a=de(it["amount"])) for it in items],
               sub=de(sub), tax=de(tax), total=de(total), zahlungsziel=zz, skonto_date=dd(skd), skonto_amt=de(total - q2(total * D("0.02"))),
               signer=rng.choice(["Ing. Markus Gruber", "Mag. Andrea Leitner", "DI Stefan Hofbauer", "Claudia Wimmer"]),
               fn=(f"FN {rng.randint(100000, 599999)} {rng.choice('abdfghikmpstvwxyz')}" if v["legal"] != "e.U." else f"FN {rng.randint(100000, 599999)} {rng.choice('abdfgh')} (e.U.)"),
               court=f"Firmenbuchgericht: {rng.choice(['Handelsgericht Wien', 'Landesgericht Linz', 'Landesgericht für ZRS Graz', 'Landesgericht Salzburg'])}",
               uid=uid, bank=rng.choice(["Erste Bank der österreichischen Sparkassen AG", "Raiffeisenlandesbank OÖ", "Bank Austria", "BAWAG P.S.K."]),
               iban=iban_fmt(iban_at(rng)), bic=rng.choice(["GIBAATWWXXX", "RZOOAT2L", "BKAUATWW", "BAWAATWW"]),
               tel=f"+43 {rng.randint(1, 732)} {digits(rng, 6)}", mail="office@" + v["web"][4:])
    truth = T(vendor_name=v["vendor"], vendor_tax_id=uid, invoice_number=invno, po_number=po, invoice_date=dstr(inv_date),
              due_date=dstr(due) if explicit else None, currency="EUR", subtotal=money_truth(sub), tax=money_truth(tax), total=money_truth(total),
              line_items=lines_truth(items),
              notes="Austrian invoice. total = Rechnungsbetrag (before Skonto). The Skonto date and the skonto-reduced amount are decoys, "
                    "as are the buyer's UID-Nr., Kundennummer, FN (Firmenbuchnummer) and Leistungszeitraum/Lieferdatum. "
                    + ("due_date = Zahlungsziel date. " if explicit else "Zahlungsziel only as '30 Tage' terms -> due_date null. "))
    checks = [v["vendor"], uid, invno, dd(inv_date), de(sub), de(tax), de(total)] + ([po] if po else []) + ([dd(due)] if explicit else [])
    return truth, checks, (S05_HTML, ctx), "chromium"


# =====================================================================================
# 06  Mexican CFDI printed representation -- fpdf2
# =====================================================================================
S06_V = [
    dict(vendor="Comercializadora del Bajío S.A. de C.V.", ini="CBA", cp="37000", city="León, Guanajuato", color=(0, 84, 147),
         cat=[("43211503", "H87", "Pieza", "Computadora portátil 14\" Core i5 16GB", (11500, 18900)), ("43211708", "H87", "Pieza", "Mouse inalámbrico ergonómico", (189, 420)),
              ("43202005", "H87", "Pieza", "Memoria USB 64 GB", (95, 210)), ("44103103", "H87", "Pieza", "Tóner negro compatible HP 58A", (690, 1250)),
              ("81112501", "E48", "Servicio", "Configuración e instalación de equipo", (350, 900)), ("43211902", "H87", "Pieza", "Monitor LED 24\" Full HD", (2390, 3800))]),
    dict(vendor="Servicios Integrales Monterrey S.A. de C.V.", ini="SIM", cp="64000", city="Monterrey, Nuevo León", color=(140, 20, 30),
         cat=[("76111500", "E48", "Servicio", "Servicio de limpieza de oficinas (mensual)", (8500, 22000)), ("72101516", "E48", "Servicio", "Mantenimiento preventivo de elevador", (3200, 7800)),
              ("70111703", "E48", "Servicio", "Jardinería y poda de áreas verdes", (2400, 5600)), ("47131700", "H87", "Pieza", "Despachador de papel higiénico jumbo", (320, 690)),
              ("92121504", "E48", "Servicio", "Servicio de vigilancia 12 h (turno)", (850, 1350))]),
    dict(vendor="Distribuidora Pacífico Norte S. de R.L. de C.V.", ini="DPN", cp="80000", city="Culiacán, Sinaloa", color=(20, 110, 60),
         cat=[("10171701", "KGM", "Kilogramo", "Fertilizante triple 17 granulado", (14, 29)), ("21101501", "H87", "Pieza", "Aspersora de mochila 20 L", (890, 1690)),
              ("40141700", "MTR", "Metro", "Manguera de riego 1\" reforzada", (18, 36)), ("10151500", "KGM", "Kilogramo", "Semilla de maíz híbrido", (95, 180)),
              ("78101802", "E48", "Servicio", "Flete local", (1200, 3500))]),
    dict(vendor="Tecnologías Anáhuac S.A.P.I. de C.V.", ini="TAN", cp="03100", city="Benito Juárez, Ciudad de México", color=(90, 40, 130),
         cat=[("81111500", "E48", "Servicio", "Desarrollo de software a la medida (horas)", (650, 1100)), ("81112200", "E48", "Servicio", "Soporte y mantenimiento de aplicaciones", (9000, 24000)),
              ("81111800", "E48", "Servicio", "Consultoría en arquitectura de nube", (1100, 1800)), ("43232300", "E48", "Servicio", "Licencia anual plataforma SaaS (usuario)", (2400, 4200))]),
]
S06_BUYERS = [("Grupo Hotelero Caribe Azul S.A. de C.V.", "GHC"), ("Constructora Sierra Madre S.A. de C.V.", "CSM"),
              ("Farmacias del Centro S.A. de C.V.", "FCE"), ("Universidad Tecnológica del Norte A.C.", "UTN"), ("Agroexportadora Los Mochis S.P.R. de R.L.", "ALM")]


@style("06", "mx_cfdi")
def s06(rng, i):
    import uuid as _uuid
    v = S06_V[i]
    inv_date = rand_date(rng)
    ts = dt.datetime.combine(inv_date, dt.time(rng.randint(8, 19), rng.randint(0, 59), rng.randint(0, 59)))
    tcert = ts + dt.timedelta(seconds=rng.randint(5, 90))
    rfc_e = mx_rfc(rng, v["ini"], dt.date(rng.randint(1995, 2016), rng.randint(1, 12), rng.randint(1, 28)))
    bname, bini = rng.choice(S06_BUYERS)
    rfc_r = mx_rfc(rng, bini, dt.date(rng.randint(1990, 2018), rng.randint(1, 12), rng.randint(1, 28)))
    folio = rng.choice([str(rng.randint(1000, 19999)), f"F{rng.randint(1000, 9999)}", f"A-{rng.randint(100, 9999)}"])
    uuid = str(_uuid.UUID(int=rng.getrandbits(128), version=4)).upper()
    n = rng.randint(2, len(v["cat"]))
    items = []
    for cps, cu, un, desc, pr in rng.sample(v["cat"], n):
        if cu == "KGM":
            q = D(rng.choice([50, 100, 250, 500, 1000]))
        elif cu == "MTR":
            q = D(rng.choice([50, 100, 150, 200]))
        elif "horas" in desc:
            q = D(rng.randint(8, 80))
        else:
            q = D(rng.randint(1, 10)) if pr[1] < 5000 else D(rng.randint(1, 3))
        p = exact_price(rng, q, D(str(pr[0])), D(str(pr[1])))
        items.append(dict(cps=cps, cu=cu, un=un, desc=desc, qty=q, price=p, amount=q2(q * p), noid=f"{v['ini']}-{rng.randint(100, 999)}"))
    sub = tot(items)
    tax = q2(sub * D("0.16"))
    total = sub + tax
    po = f"OC-{rng.randint(2000, 9999)}/{inv_date.year}" if i in (0, 2) else None
    metodo = rng.choice(["PUE - Pago en una sola exhibición", "PPD - Pago en parcialidades o diferido"])
    forma = "99 - Por definir" if metodo.startswith("PPD") else rng.choice(["03 - Transferencia electrónica de fondos", "04 - Tarjeta de crédito"])
    cents = int((total * 100) % 100)
    letra = f"({es_words(int(total))} PESOS {cents:02d}/100 M.N.)"
    b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    sello = lambda k: "".join(rng.choice(b64) for _ in range(k)) + "=="
    nocert = "0000100000050" + digits(rng, 7)
    nocert_sat = "0000100000070" + digits(rng, 7)
    money = lambda x: "$" + en(x)

    def render(path):
        pdf = new_fpdf(fmt="Letter", creator="Sistema de Facturación Electrónica v4.0 / PAC")
        pdf.add_page()
        c = v["color"]
        F = lambda st="", sz=7.5, fam="DejaVu": pdf.set_font(fam, st, sz)
        # issuer block
        pdf.set_fill_color(*c)
        pdf.rect(10, 10, 16, 16, style="F")
        pdf.set_text_color(255, 255, 255)
        F("B", 10)
        pdf.set_xy(10, 15)
        pdf.cell(16, 6, v["ini"], align="C")
        pdf.set_text_color(0, 0, 0)
        F("B", 10.5)
        pdf.set_xy(29, 10)
        pdf.cell(100, 5, v["vendor"])
        F("", 7.5)
        lines = [f"RFC: {rfc_e}", "Régimen fiscal: 601 - General de Ley Personas Morales",
                 f"Domicilio: {rng.choice(['Blvd. Adolfo López Mateos', 'Av. Constitución', 'Calz. de Tlalpan', 'Av. Revolución'])} {rng.randint(100, 3999)}, {v['city']}",
                 f"Lugar de expedición (C.P.): {v['cp']}"]
        for k, t in enumerate(lines):
            pdf.set_xy(29, 16 + k * 3.6)
            pdf.cell(100, 3.6, t)
        # fiscal box right
        pdf.set_draw_color(*c)
        pdf.rect(135, 10, 71, 38)
        pdf.set_fill_color(*c)
        pdf.rect(135, 10, 71, 6, style="F")
        pdf.set_text_color(255, 255, 255)
        F("B", 9)
        pdf.set_xy(135, 10.6)
        pdf.cell(71, 5, "FACTURA  CFDI 4.0", align="C")
        pdf.set_text_color(0, 0, 0)
        rows = [("Folio:", folio), ("Folio fiscal (UUID):", ""), ("", uuid), ("Fecha de emisión:", ts.strftime("%Y-%m-%dT%H:%M:%S")),
                ("Fecha de certificación:", tcert.strftime("%Y-%m-%dT%H:%M:%S")), ("No. de serie del CSD:", nocert),
                ("Tipo de comprobante:", "I - Ingreso"), ("Exportación:", "01 - No aplica")]
        for k, (a, b) in enumerate(rows):
            F("B", 6.8)
            pdf.set_xy(137, 17.5 + k * 3.7)
            pdf.cell(30, 3.5, a)
            F("", 6.8 if b != uuid else 6.6, "Mono" if b == uuid else "DejaVu")
            pdf.set_xy(137 if b == uuid else 167, 17.5 + k * 3.7)
            pdf.cell(68 if b == uuid else 38, 3.5, b, align="L" if b == uuid else "R")
        # receptor
        pdf.set_draw_color(*c)
        pdf.rect(10, 52, 196, 20)
        F("B", 7.5)
        pdf.set_fill_color(235, 235, 235)
        pdf.rect(10, 52, 196, 4.5, style="F")
        pdf.set_xy(12, 52.5)
        pdf.cell(60, 3.5, "RECEPTOR")
        F("", 7.3)
        rr = [(f"Nombre: {bname}", f"RFC: {rfc_r}"), (f"Domicilio fiscal (C.P.): {rng.choice(['77500', '44100', '06600', '81200', '83000'])}",
                                                     "Régimen fiscal: 601 - General de Ley Personas Morales"),
              ("Uso CFDI: G03 - Gastos en general", f"Moneda: MXN    Tipo de cambio: 1")]
        for k, (a, b) in enumerate(rr):
            pdf.set_xy(12, 57.5 + k * 4.4)
            pdf.cell(110, 4, a)
            pdf.set_xy(122, 57.5 + k * 4.4)
            pdf.cell(82, 4, b)
        # conceptos
        cols = [(10, 17, "Clave P/S", "L"), (27, 16, "No. ident.", "L"), (43, 13, "Cantidad", "R"), (56, 14, "Clave unid.", "C"),
                (70, 60, "Descripción", "L"), (130, 25, "Valor unitario", "R"), (155, 27, "Importe", "R"), (182, 24, "Objeto imp.", "C")]
        y = 76
        pdf.set_fill_color(*c)
        pdf.rect(10, y, 196, 5, style="F")
        pdf.set_text_color(255, 255, 255)
        F("B", 6.8)
        for x, w, h, a in cols:
            pdf.set_xy(x + 0.5, y + 0.7)
            pdf.cell(w - 1, 3.6, h, align=a)
        pdf.set_text_color(0, 0, 0)
        y += 6.5
        for it in items:
            F("", 7)
            qv = f"{it['qty']:.2f}" if it["cu"] in ("KGM", "MTR") else str(int(it["qty"]))
            vals = [it["cps"], it["noid"], qv, it["cu"], it["desc"], money(it["price"]), money(it["amount"]), "02"]
            for (x, w, h, a), val in zip(cols, vals):
                pdf.set_xy(x + 0.5, y)
                pdf.cell(w - 1, 3.6, val, align=a)
            F("", 6)
            pdf.set_text_color(90, 90, 90)
            pdf.set_xy(70.5, y + 3.6)
            pdf.cell(110, 3, f"Unidad: {it['un']}   Traslado IVA 002 Base {en(it['amount'])} Tasa 0.160000 Importe {en(q2(it['amount'] * D('0.16')))}")
            pdf.set_text_color(0, 0, 0)
            y += 8.2
        pdf.line(10, y, 206, y)
        # payment info and totals
        y += 3
        F("", 7.2)
        info = [f"Forma de pago: {forma}", f"Método de pago: {metodo}", "Condiciones de pago: " + ("Contado" if metodo.startswith("PUE") else "Crédito 30 días")]
        if po:
            info.append(f"Observaciones: Orden de compra {po}")
        for k, t in enumerate(info):
            pdf.set_xy(10, y + k * 4)
            pdf.cell(110, 4, t)
        tots = [("Subtotal", money(sub)), ("Descuento", "$0.00"), ("IVA 16%", money(tax)), ("Total", money(total))]
        for k, (a, b) in enumerate(tots):
            F("B" if a == "Total" else "", 8.5 if a == "Total" else 7.8)
            pdf.set_xy(145, y + k * 4.6)
            pdf.cell(30, 4.4, a)
            pdf.set_xy(175, y + k * 4.6)
            pdf.cell(31, 4.4, b, align="R")
        y += 20
        F("B", 7.2)
        pdf.set_xy(10, y)
        pdf.multi_cell(196, 3.6, "Importe con letra: " + letra)
        y = pdf.get_y() + 3
        # QR-like block
        qx, qy, cell = 10, y, 1.15
        pdf.set_fill_color(0, 0, 0)
        for r in range(29):
            for cc in range(29):
                corner = (r < 7 and cc < 7) or (r < 7 and cc > 21) or (r > 21 and cc < 7)
                on = ((r in (0, 6) or cc in (0, 6) or (2 <= r <= 4 and 2 <= cc <= 4)) if r < 7 and cc < 7 else
                      (r in (0, 6) or cc in (22, 28) or (2 <= r <= 4 and 24 <= cc <= 26)) if r < 7 and cc > 21 else
                      (r in (22, 28) or cc in (0, 6) or (24 <= r <= 26 and 2 <= cc <= 4)) if r > 21 and cc < 7 else rng.random() < 0.48)
                if corner and not on:
                    continue
                if on:
                    pdf.rect(qx + cc * cell, qy + r * cell, cell, cell, style="F")
        F("B", 6.3)
        tx = 48
        blocks = [("Sello digital del CFDI:", sello(342)), ("Sello digital del SAT:", sello(342)),
                  ("Cadena original del complemento de certificación digital del SAT:",
                   f"||1.1|{uuid}|{tcert.strftime('%Y-%m-%dT%H:%M:%S')}|{rng.choice(['SAT970701NN3', 'LSO1306189R5', 'SPR190613I52'])}|{sello(60)}|{nocert_sat}||")]
        for a, b in blocks:
            F("B", 6.3)
            pdf.set_xy(tx, y)
            pdf.cell(150, 3, a)
            F("", 5.2, "Mono")
            pdf.set_xy(tx, y + 3)
            pdf.multi_cell(158, 2.5, b)
            y = pdf.get_y() + 1.5
        F("", 6.5)
        pdf.set_xy(tx, y + 1)
        pdf.cell(150, 3, f"No. de serie del certificado del SAT: {nocert_sat}")
        F("I", 7)
        pdf.set_xy(10, 262)
        pdf.cell(196, 4, "Este documento es una representación impresa de un CFDI versión 4.0", align="C")
        F("", 6.5)
        pdf.set_xy(10, 266)
        pdf.cell(196, 4, "Página 1 de 1", align="C")
        pdf.output(path)

    truth = T(vendor_name=v["vendor"], vendor_tax_id=rfc_e, invoice_number=folio, po_number=po, invoice_date=dstr(inv_date),
              due_date=None, currency="MXN", subtotal=money_truth(sub), tax=money_truth(tax), total=money_truth(total),
              line_items=lines_truth(items),
              notes="Printed CFDI 4.0. invoice_number = Folio (no Serie printed). The UUID (folio fiscal), CSD/SAT certificate numbers, "
                    "receptor RFC, ClaveProdServ codes, sellos and cadena original are decoys. invoice_date = Fecha de emisión (ISO datetime printed). "
                    "No due date printed (conditions 'Contado'/'Crédito 30 días' only). 'Descuento $0.00' is printed. "
                    + ("po_number from 'Observaciones: Orden de compra ...'. " if po else ""))
    checks = [v["vendor"], rfc_e, folio, uuid, money(sub), money(tax), money(total), ts.strftime("%Y-%m-%dT%H:%M:%S")] + ([po] if po else [])
    return truth, checks, render, "fpdf2"

# =====================================================================================
# 07  Irish / UK VAT invoice with reverse charge -- chromium
# =====================================================================================
S07_HTML = """<!doctype html><html><head><meta charset="utf-8"><title>{{ title }}</title><style>
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; color: #2b2b2b; }
.side { position: absolute; top: 0; bottom: 0; left: 0; width: 9mm; background: {{ color }}; }
.wrap { margin: 14mm 16mm 0 24mm; }
.top { display: flex; justify-content: space-between; }
.top .co { font-size: 15pt; font-weight: bold; color: {{ color }}; }
.top .co div { font-size: 8.2pt; font-weight: normal; color: #444; line-height: 1.45; margin-top: 2mm; }
.title { text-align: right; }
.title h1 { margin: 0; font-size: 24pt; font-weight: 300; color: #333; letter-spacing: 2px; }
.meta { display: grid; grid-template-columns: auto auto; gap: 1.5mm 6mm; margin-top: 3mm; font-size: 8.8pt; text-align: right; }
.meta .k { color: #777; }
.parties { display: flex; gap: 10mm; margin-top: 11mm; }
.parties div { flex: 1; line-height: 1.45; }
.parties .h { font-size: 7.5pt; color: #888; text-transform: uppercase; letter-spacing: 1px; border-bottom: 1px solid #ddd; margin-bottom: 2mm; }
table.l { width: 100%; border-collapse: collapse; margin-top: 10mm; }
table.l th { text-align: left; font-size: 7.8pt; color: #666; text-transform: uppercase; border-bottom: 2px solid {{ color }}; padding: 2mm 1.5mm; }
table.l td { padding: 2.3mm 1.5mm; border-bottom: 1px solid #eee; }
.n { text-align: right !important; white-space: nowrap; }
.totals { width: 78mm; margin-left: auto; margin-top: 4mm; border-collapse: collapse; }
.totals td { padding: 1.6mm 1.5mm; }
.totals tr.g td { font-size: 11pt; font-weight: bold; border-top: 2px solid {{ color }}; }
.rc { margin-top: 8mm; border-left: 4px solid {{ color }}; background: #f5f7f9; padding: 3mm 4mm; font-weight: bold; }
.bank { margin-top: 6mm; line-height: 1.55; }
.foot { position: absolute; bottom: 9mm; left: 24mm; right: 16mm; font-size: 7pt; color: #888; border-top: 1px solid #ddd; padding-top: 2mm; display: flex; justify-content: space-between; }
</style></head><body><div class="side"></div><div class="wrap">
<div class="top">
 <div class="co">{{ vendor }}<div>{{ vaddr|join('<br>'|safe) }}<br>{{ email }}<br>VAT No: {{ vat }}</div></div>
 <div class="title"><h1>INVOICE</h1>
  <div class="meta"><span class="k">Invoice No.</span><span>{{ invno }}</span>
   <span class="k">Invoice date</span><span>{{ inv_date }}</span>
   <span class="k">Date of supply</span><span>{{ supply }}</span>
   {% if due %}<span class="k">Payment due</span><span>{{ due }}</span>{% else %}<span class="k">Terms</span><span>{{ terms }}</span>{% endif %}
   {% if po %}<span class="k">Your PO</span><span>{{ po }}</span>{% endif %}
   <span class="k">Account ref.</span><span>{{ acct }}</span></div>
 </div>
</div>
<div class="parties">
 <div><div class="h">Invoice to</div><b>{{ client }}</b><br>{{ caddr|join('<br>'|safe) }}<br>{{ ccountry }}<br>Customer VAT No: {{ cvat }}</div>
 <div><div class="h">Project</div>{{ project }}</div>
</div>
<table class="l">
<tr><th>Description</th><th class="n">Qty</th><th class="n">Unit price</th><th class="n">VAT</th><th class="n">Net ({{ cur }})</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td class="n">{{ it.q }}</td><td class="n">{{ it.p }}</td><td class="n">0% RC</td><td class="n">{{ it.a }}</td></tr>
{% endfor %}
</table>
<table class="totals">
<tr><td>Subtotal</td><td class="n">{{ sym }}{{ sub }}</td></tr>
<tr><td>VAT @ 0%</td><td class="n">{{ sym }}0.00</td></tr>
<tr class="g"><td>Total {{ cur }}</td><td class="n">{{ sym }}{{ total }}</td></tr>
</table>
<div class="rc">Reverse charge: customer to account for VAT. {{ rc_extra }}</div>
<div class="bank"><b>Payment details</b><br>Bank: {{ bank }}<br>Account name: {{ vendor }}<br>IBAN: {{ iban }} &nbsp; BIC: {{ bic }}{% if sort %}<br>Sort code: {{ sort }} &nbsp; Account no: {{ accno }}{% endif %}<br>Please quote {{ invno }} as payment reference.</div>
</div>
<div class="foot"><span>{{ vendor }} · Registered in {{ reg }} No. {{ regno }} · Registered office: {{ vaddr|join(', ') }}</span><span>Page 1 of 1</span></div>
</body></html>"""

S07_V = [
    dict(cc="IE", vendor="Liffey Cloud Services Limited", color="#00695c", cur="EUR", sym="€", reg="Ireland",
         extra="Supply of services – VAT to be accounted for by the recipient (Article 196, Council Directive 2006/112/EC)."),
    dict(cc="IE", vendor="Corrib Data Systems Ltd", color="#283593", cur="EUR", sym="€", reg="Ireland",
         extra="Article 196 Council Directive 2006/112/EC."),
    dict(cc="GB", vendor="Thameside Consulting Ltd", color="#6a1b9a", cur="GBP", sym="£", reg="England and Wales",
         extra="Services supplied to a business customer outside the UK; the customer must account for VAT in their own country."),
    dict(cc="GB", vendor="Pennine Engineering Services Ltd", color="#bf360c", cur="EUR", sym="€", reg="England and Wales",
         extra="Place of supply is the customer's country (B2B general rule)."),
]
S07_CAT = [("Cloud infrastructure management – monthly retainer", (1800, 5200), "one"), ("Kubernetes cluster migration", (95, 140), "h"),
           ("24/7 incident support plan", (650, 1450), "one"), ("Data pipeline development", (85, 130), "h"),
           ("Security audit & penetration test", (4200, 8900), "one"), ("Engineering design review", (90, 150), "h"),
           ("Technical documentation package", (1200, 2600), "one"), ("Travel & subsistence (recharged)", (180, 950), "one"),
           ("Licence – monitoring platform (seats)", (18, 45), "seat"), ("On-site commissioning day", (750, 1100), "day")]
S07_CLIENTS = [("Nordhafen Logistik GmbH", "DE"), ("Société Générale d'Équipements SAS", "FR"), ("Van Dijk Technologies B.V.", "NL"),
               ("Berliner Verkehrstechnik AG", "DE"), ("Groupe Lumière Industries SA", "FR")]


@style("07", "ie_uk_reverse_charge")
def s07(rng, i):
    v = S07_V[i]
    inv_date = rand_date(rng)
    vat = ie_vat(rng) if v["cc"] == "IE" else gb_vat(rng)
    vat_print = vat if v["cc"] == "IE" else f"GB {vat[2:5]} {vat[5:9]} {vat[9:]}"
    client, ccc = rng.choice(S07_CLIENTS)
    cvat = {"DE": de_vat, "FR": fr_tva, "NL": nl_btw}[ccc](rng)
    caddr = address(rng, ccc)
    invno = rng.choice([f"INV-{rng.randint(1000, 9999)}", f"{v['vendor'][:2].upper()}{inv_date:%y}{rng.randint(100, 999)}", f"{rng.randint(20000, 29999)}"])
    n = rng.randint(1, 5)
    items = []
    for desc, pr, kind in rng.sample(S07_CAT, n):
        q = {"one": lambda: D(1), "h": lambda: D(rng.randint(4, 80)) / 2, "seat": lambda: D(rng.randint(5, 60)), "day": lambda: D(rng.randint(1, 6))}[kind]()
        p = exact_price(rng, q, D(str(pr[0])), D(str(pr[1])))
        items.append(dict(desc=desc, qty=q, price=p, amount=q2(q * p)))
    sub = tot(items)
    due = inv_date + dt.timedelta(days=30) if i in (0, 3) else None
    po = f"{rng.choice(['4500', 'PO', 'BE-'])}{rng.randint(100000, 999999)}" if i in (1, 3) else None
    supply = inv_date - dt.timedelta(days=rng.randint(0, 20))
    fd = lambda d: d.strftime("%d %B %Y").lstrip("0")
    ctx = dict(title=f"Invoice {invno}", vendor=v["vendor"], color=v["color"], vaddr=address(rng, v["cc"]),
               email=f"accounts@{v['vendor'].split()[0].lower()}.{'ie' if v['cc'] == 'IE' else 'co.uk'}", vat=vat_print, invno=invno,
               inv_date=fd(inv_date), supply=fd(supply), due=fd(due) if due else None, terms="30 days from invoice date", po=po,
               acct=f"{client.split()[0][:4].upper()}{rng.randint(10, 99)}", client=client, caddr=caddr,
               ccountry={"DE": "Germany", "FR": "France", "NL": "Netherlands"}[ccc], cvat=cvat,
               project=rng.choice(["Platform reliability programme – phase 2", "Warehouse automation controls", "Data platform modernisation",
                                   "Annual support & maintenance"]),
               items=[dict(desc=it["desc"], q=qstr(it["qty"]), p=en(it["price"]), a=en(it["amount"])) for it in items],
               cur=v["cur"], sym=v["sym"], sub=en(sub), total=en(sub), rc_extra=v["extra"],
               bank=rng.choice(["Allied Irish Banks, p.l.c.", "Bank of Ireland"]) if v["cc"] == "IE" else rng.choice(["Barclays Bank UK PLC", "HSBC UK Bank plc"]),
               iban=iban_fmt(iban_ie(rng) if v["cc"] == "IE" else iban_gb(rng)), bic=rng.choice(["AIBKIE2D", "BOFIIE2D"]) if v["cc"] == "IE" else rng.choice(["BUKBGB22", "HBUKGB4B"]),
               sort=(f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}" if v["cc"] == "GB" else None), accno=digits(rng, 8),
               reg=v["reg"], regno=digits(rng, 6, True) if v["cc"] == "IE" else digits(rng, 8, True))
    truth = T(vendor_name=v["vendor"], vendor_tax_id=vat_print, invoice_number=invno, po_number=po, invoice_date=dstr(inv_date),
              due_date=dstr(due) if due else None, currency=v["cur"], subtotal=money_truth(sub), tax="0.00", total=money_truth(sub),
              line_items=lines_truth(items),
              notes="Cross-border B2B reverse charge: VAT 0%, tax = 0.00, subtotal = total. Customer VAT number, company registration number, "
                    "account ref and 'Date of supply' are decoys. "
                    + ("UK VAT number printed with spaces ('GB 123 4567 89'). " if v["cc"] == "GB" else "")
                    + ("" if due else "Only '30 days from invoice date' terms -> due_date null. "))
    checks = [v["vendor"], vat_print, invno, fd(inv_date), v["sym"] + en(sub), cvat, "Reverse charge: customer to account for VAT"] + ([po] if po else []) + ([fd(due)] if due else [])
    return truth, checks, (S07_HTML, ctx), "chromium"


# =====================================================================================
# 08  US sales-tax invoice (QuickBooks-desktop look) -- chromium
# =====================================================================================
S08_HTML = """<!doctype html><html><head><meta charset="utf-8"><title>{{ title }}</title><style>
@page { size: Letter; margin: 0.5in 0.5in; }
body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; color: #000; }
.top { display: flex; justify-content: space-between; }
.co { line-height: 1.35; } .co b { font-size: 12pt; }
.inv h1 { font-size: 22pt; margin: 0 0 4px 0; text-align: right; font-weight: bold; }
table.box { border-collapse: collapse; }
table.box td, table.box th { border: 1px solid #000; padding: 2px 8px; text-align: center; font-size: 8.5pt; }
table.box th { font-weight: normal; background: #eee; }
.addrs { display: flex; gap: 0.4in; margin-top: 0.25in; }
.addrs table { width: 3.1in; border-collapse: collapse; }
.addrs th { border: 1px solid #000; background: #eee; text-align: left; padding: 2px 6px; font-weight: normal; }
.addrs td { border: 1px solid #000; padding: 4px 6px; height: 0.85in; vertical-align: top; line-height: 1.3; }
table.bar { width: 100%; border-collapse: collapse; margin-top: 0.2in; }
table.bar th, table.bar td { border: 1px solid #000; text-align: center; padding: 2px 4px; font-size: 8.5pt; }
table.bar th { background: #eee; font-weight: normal; }
table.items { width: 100%; border-collapse: collapse; margin-top: 0.12in; }
table.items th { border: 1px solid #000; background: #eee; font-weight: normal; padding: 3px; }
table.items td { border-left: 1px solid #000; border-right: 1px solid #000; padding: 3px 5px; vertical-align: top; }
table.items tr.fill td { height: {{ fill_h }}in; border-bottom: 1px solid #000; }
.n { text-align: right; white-space: nowrap; }
.bottom { display: flex; justify-content: space-between; margin-top: 0; }
.msg { width: 4in; padding-top: 6px; font-size: 8.4pt; line-height: 1.4; }
table.tot { border-collapse: collapse; width: 2.9in; }
table.tot td { border: 1px solid #000; padding: 3px 6px; }
table.tot tr.b td { font-weight: bold; font-size: 10.5pt; }
.foot { margin-top: 0.3in; display: flex; justify-content: space-between; font-size: 8pt; border-top: 1px solid #000; padding-top: 4px; }
</style></head><body>
<div class="top">
 <div class="co"><b>{{ vendor }}</b><br>{{ vaddr|join('<br>'|safe) }}{% if ein %}<br>Federal EIN: {{ ein }}{% endif %}</div>
 <div class="inv"><h1>Invoice</h1>
  <table class="box"><tr><th>Date</th><th>Invoice #</th>{% if due %}<th>Due Date</th>{% endif %}</tr><tr><td>{{ inv_date }}</td><td>{{ invno }}</td>{% if due %}<td>{{ due }}</td>{% endif %}</tr></table>
 </div>
</div>
<div class="addrs">
 <table><tr><th>Bill To</th></tr><tr><td>{{ bill|join('<br>'|safe) }}</td></tr></table>
 <table><tr><th>Ship To</th></tr><tr><td>{{ ship|join('<br>'|safe) }}</td></tr></table>
</div>
<table class="bar"><tr><th>P.O. No.</th><th>Terms</th><th>Rep</th><th>Ship Date</th><th>Ship Via</th><th>F.O.B.</th><th>Project</th></tr>
<tr><td>{{ po }}</td><td>{{ terms }}</td><td>{{ rep }}</td><td>{{ ship_date }}</td><td>{{ via }}</td><td>{{ fob }}</td><td>{{ project }}</td></tr></table>
<table class="items">
<tr><th style="width:1.1in">Item</th><th>Description</th><th style="width:0.6in">Qty</th><th style="width:0.9in">Rate</th><th style="width:1in">Amount</th></tr>
{% for it in items %}<tr><td>{{ it.code }}</td><td>{{ it.desc }}</td><td class="n">{{ it.q }}</td><td class="n">{{ it.p }}</td><td class="n">{{ it.a }}</td></tr>
{% endfor %}<tr class="fill"><td></td><td></td><td></td><td></td><td></td></tr>
</table>
<div class="bottom">
 <div class="msg">{{ message }}</div>
 <table class="tot">
  <tr><td>Subtotal</td><td class="n">${{ sub }}</td></tr>
  <tr><td>Sales Tax ({{ rate }}%)</td><td class="n">${{ tax }}</td></tr>
  <tr class="b"><td>Total</td><td class="n">${{ total }}</td></tr>
  <tr><td>Payments/Credits</td><td class="n">$0.00</td></tr>
  <tr class="b"><td>Balance Due</td><td class="n">${{ total }}</td></tr>
 </table>
</div>
<div class="foot"><span>Phone # {{ phone }}</span><span>{{ email }}</span><span>{{ web }}</span></div>
</body></html>"""

S08_V = [
    dict(vendor="Empire Restaurant Supply Co.", web="www.empirerestaurantsupply.com",
         cat=[("CHF-8QT", "Stainless stock pot, 8 qt, tri-ply base", (32, 58)), ("CUT-CHEF10", "Chef knife 10\", high-carbon steel", (28, 64)),
              ("SMW-1200", "Commercial microwave 1200W", (289, 449)), ("PAN-HALF", "Half-size sheet pan, 18 ga aluminum", (7.5, 14)),
              ("GLV-NIT-L", "Nitrile gloves, large, case of 1000", (42, 79)), ("CTR-32OZ", "Deli container 32 oz w/ lid, case of 240", (34, 56)),
              ("SLC-12", "Meat slicer 12\" blade, 1/2 HP", (890, 1490))]),
    dict(vendor="Hudson Valley Office Furniture, Inc.", web="www.hvofficefurniture.com",
         cat=[("CHR-ERGO-BK", "Ergonomic task chair, mesh back, black", (189, 389)), ("DSK-SIT-60", "Sit/stand desk 60x30, electric", (520, 880)),
              ("FIL-LAT-3", "Lateral file cabinet, 3 drawer", (340, 610)), ("PNL-66", "Acoustic privacy panel 66\" H", (145, 260)),
              ("INSTALL", "Delivery, assembly & installation", (95, 120)), ("MAT-CHAIR", "Chair mat for carpet 46x60", (39, 69))]),
    dict(vendor="Brooklyn Print Works LLC", web="www.brooklynprintworks.com",
         cat=[("BC-16PT", "Business cards 16pt matte, 2-sided (box of 500)", (38, 69)), ("FLY-100LB", "Flyers 8.5x11 100# gloss text", (0.21, 0.48)),
              ("BAN-3X8", "Vinyl banner 3'x8' w/ grommets", (79, 149)), ("BRO-TRI", "Tri-fold brochure, 100# gloss", (0.39, 0.85)),
              ("DES-HR", "Graphic design / prepress (hourly)", (65, 95)), ("POS-18X24", "Poster 18x24 satin photo paper", (14, 29))]),
    dict(vendor="Metro Electrical Distributors Inc.", web="www.metroelectricaldist.com",
         cat=[("THHN-12-500", "THHN 12 AWG solid copper, 500 ft spool", (68, 119)), ("EMT-3/4", "EMT conduit 3/4\" x 10 ft", (7.2, 12.5)),
              ("BRK-20A", "Circuit breaker 20A single pole", (9.5, 18)), ("LED-TRF-4", "LED troffer 2x4, 50W 4000K", (69, 129)),
              ("BOX-4SQ", "4\" square box 2-1/8\" deep", (2.1, 4.4)), ("GFCI-20", "GFCI receptacle 20A, white", (17, 28))]),
]


@style("08", "us_sales_tax")
def s08(rng, i):
    v = S08_V[i]
    inv_date = rand_date(rng)
    invno = str(rng.randint(1001, 9999)) if i % 2 == 0 else f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    n = rng.randint(2, len(v["cat"]) - 1)
    items = []
    for code, desc, pr in rng.sample(v["cat"], n):
        q = D(rng.choice([250, 500, 1000, 2500])) if pr[1] < 1 else D(rng.randint(1, 24)) if pr[1] < 100 else D(rng.randint(1, 6))
        if "hourly" in desc:
            q = D(rng.randint(2, 16)) / 2
        step = D("0.001") if pr[1] < 1 else D("0.01")
        p = exact_price(rng, q, D(str(pr[0])), D(str(pr[1])), step)
        items.append(dict(code=code, desc=desc, qty=q, price=p, amount=q2(q * p)))
    ship_amt = q2(D(rng.randint(1500, 18500)) / 100)
    ship_qty_printed = i in (1, 3)
    items.append(dict(code="SHIPPING", desc="Shipping & handling - " + rng.choice(["UPS Ground", "LTL freight", "Local delivery"]),
                      qty=D(1), price=ship_amt, amount=ship_amt, show_qty=ship_qty_printed))
    sub = tot(items)
    rate = D("0.08875")
    tax = q2(sub * rate)
    total = sub + tax
    due = inv_date + dt.timedelta(days=30) if i in (1, 3) else None
    po = rng.choice([f"{rng.randint(10000, 99999)}", f"PO-{rng.randint(1000, 9999)}", f"NYC{rng.randint(100000, 999999)}"])
    fd = lambda d: f"{d.month}/{d.day}/{d.year}"
    billco = rng.choice(["Greenpoint Hospitality Group LLC", "Atlas Property Management Corp.", "Borough Medical Associates, P.C.", "Riverside Charter School"])
    shipco = rng.choice(["The Copper Kettle Bistro", "Atlas PM - 455 Grand St. Site Office", "Borough Medical - Flushing Clinic", "Riverside Charter School - Annex"])
    bill = [billco, "Attn: Accounts Payable"] + address(rng, "US")
    ship = [shipco, "Attn: Receiving"] + address(rng, "US")
    ein = us_ein(rng) if i == 2 else None
    ein_print = f"{ein[:2]}-{ein[2:]}" if ein else None
    ctx = dict(title=f"Invoice {invno}", vendor=v["vendor"], vaddr=address(rng, "US"), ein=ein_print, inv_date=fd(inv_date), invno=invno,
               due=fd(due) if due else None, bill=bill, ship=ship, po=po, terms="Net 30", rep=rng.choice(["JM", "TK", "AR", "DS"]),
               ship_date=fd(inv_date - dt.timedelta(days=rng.randint(0, 3))), via=rng.choice(["UPS", "Our truck", "FedEx Freight", "Customer pickup"]),
               fob=rng.choice(["Origin", "Destination"]), project=rng.choice(["", "Spring refit", "Phase 2", ""]),
               items=[dict(code=it["code"], desc=it["desc"], q=(qstr(it["qty"]) if it.get("show_qty", True) else ""),
                           p=en(it["price"], 3 if it["price"] != q2(it["price"]) else 2), a=en(it["amount"])) for it in items],
               fill_h=max(0.3, 3.2 - 0.22 * len(items)), sub=en(sub), rate="8.875", tax=en(tax), total=en(total),
               message="Thank you for your business. Please remit payment to the address above. A 1.5% monthly finance charge applies to balances over 30 days. "
                       "Tax-exempt customers must have a valid ST-120 resale certificate on file.",
               phone=f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{digits(rng, 4)}", email="ar@" + v["web"][4:], web=v["web"])
    truth = T(vendor_name=v["vendor"], vendor_tax_id=ein_print, invoice_number=invno, po_number=po, invoice_date=dstr(inv_date),
              due_date=dstr(due) if due else None, currency="USD", subtotal=money_truth(sub), tax=money_truth(tax), total=money_truth(total),
              line_items=lines_truth(items),
              notes="QuickBooks-style US invoice, Bill To and Ship To are different companies (both customer side). Shipping is printed as the last item "
                    "row and is included in Subtotal (NY taxes shipping). po_number from the 'P.O. No.' column of the bar. Balance Due = Total. "
                    + ("Shipping row has no printed quantity -> null. " if not ship_qty_printed else "")
                    + ("Federal EIN printed -> vendor_tax_id. " if ein else "No seller tax id printed. ")
                    + ("Only 'Net 30' terms -> due_date null. " if not due else ""))
    checks = [v["vendor"], invno, po, fd(inv_date), "$" + en(sub), "$" + en(tax), "$" + en(total)] + ([ein_print] if ein else []) + ([fd(due)] if due else [])
    return truth, checks, (S08_HTML, ctx), "chromium"

# =====================================================================================
# 09  Japanese-style invoice in English, JPY -- fpdf2
# =====================================================================================
S09_V = [
    dict(vendor="Sakura Digital Solutions Co., Ltd.", seal="SAKURA", addr=["5F Shibuya Mark City West", "1-12-1 Dogenzaka, Shibuya-ku", "Tokyo 150-0043"],
         cat=[("System development (March work)", "set", (300000, 1800000), 10), ("Server maintenance fee", "month", (45000, 120000), 10),
              ("Additional development: CSV export", "person-day", (55000, 80000), 10), ("SSL certificate renewal", "pc", (8000, 30000), 10),
              ("Cloud hosting (usage-based)", "month", (18000, 95000), 10)]),
    dict(vendor="Tokai Precision Instruments K.K.", seal="TOKAI", addr=["3-8-15 Meieki, Nakamura-ku", "Nagoya, Aichi 450-0002"],
         cat=[("Digital caliper 150mm IP67", "pc", (9800, 21000), 10), ("Dial gauge 0.01mm", "pc", (6500, 14800), 10),
              ("Calibration service (JCSS)", "pc", (12000, 28000), 10), ("Surface plate 600x450 granite", "pc", (68000, 145000), 10),
              ("Micrometer set 0-100mm", "set", (38000, 82000), 10), ("Carriage / packing", "lot", (1500, 6000), 10)]),
    dict(vendor="Nishiki Foods Trading Co., Ltd.", seal="NISHIKI", addr=["Nishikikoji-dori Tominokoji Nishi-iru", "Nakagyo-ku, Kyoto 604-8054"],
         cat=[("Uji matcha powder 1kg", "bag", (6800, 14500), 8), ("Kyoto pickles assortment (case)", "case", (4800, 9800), 8),
              ("Dashi pack, kombu & bonito (case of 30)", "case", (3200, 6900), 8), ("Sencha tea leaves 500g", "bag", (2400, 5200), 8),
              ("Gift boxes with ribbon", "pc", (180, 420), 10), ("Insulated shipping boxes", "pc", (350, 880), 10), ("Delivery charge (refrigerated)", "lot", (2200, 6400), 10)]),
    dict(vendor="Hikari Creative Inc.", seal="HIKARI", addr=["2-4-1 Umeda, Kita-ku", "Osaka 530-0001"],
         cat=[("Brand logo design", "set", (180000, 450000), 10), ("Website design (top page + 5 pages)", "set", (350000, 900000), 10),
              ("Photography session (half day)", "time", (60000, 120000), 10), ("Brochure layout A4 8pp", "set", (90000, 220000), 10),
              ("Revisions (additional)", "time", (15000, 30000), 10)]),
]
S09_CLIENTS = ["Yamato Logistics Co., Ltd.", "Kansai Medical Systems Inc.", "Aozora Retail Holdings Co., Ltd.", "Minato Hotel Management Co., Ltd.",
               "Hokuriku Machinery K.K."]


@style("09", "jp_invoice_jpy")
def s09(rng, i):
    v = S09_V[i]
    inv_date = rand_date(rng)
    # payment due: end of following month
    nm = (inv_date.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    due = (nm.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    regno = jp_regno(rng)
    invno = rng.choice([f"{inv_date:%Y%m}-{rng.randint(1, 99):03d}", f"INV-{rng.randint(10000, 99999)}", f"No.{rng.randint(1000, 9999)}"])
    n = rng.randint(2, len(v["cat"]))
    items = []
    for desc, unit, pr, rate in rng.sample(v["cat"], n):
        q = D(rng.randint(1, 3)) if pr[0] > 50000 else D(rng.randint(1, 40)) if pr[0] < 1000 else D(rng.randint(1, 12))
        step = D(1000) if pr[0] >= 100000 else D(100) if pr[0] >= 5000 else D(10)
        p = exact_price(rng, q, D(pr[0]), D(pr[1]), step)
        items.append(dict(desc=desc, unit=unit, qty=q, price=p, amount=q * p, rate=rate))
    sub10 = sum((it["amount"] for it in items if it["rate"] == 10), D(0))
    sub8 = sum((it["amount"] for it in items if it["rate"] == 8), D(0))
    tax10 = (sub10 * D("0.10")).to_integral_value(ROUND_FLOOR)
    tax8 = (sub8 * D("0.08")).to_integral_value(ROUND_FLOOR)
    sub, tax = sub10 + sub8, tax10 + tax8
    total = sub + tax
    yen = lambda x: "¥" + en(x, 0)
    dash_box = i in (1, 3)
    client = rng.choice(S09_CLIENTS)
    po = f"PO-{rng.randint(100000, 999999)}" if i == 1 else None
    fd = lambda d: d.strftime("%Y/%m/%d")
    bank = rng.choice([("MUFG Bank", "Shibuya Branch", "135"), ("Mizuho Bank", "Shinjuku Branch", "210"), ("Sumitomo Mitsui Banking Corporation", "Umeda Branch", "101"),
                       ("Resona Bank", "Kyoto Branch", "311")])
    acctno = digits(rng, 7, True)

    def render(path):
        pdf = new_fpdf(creator="Invoice Maker Pro (JP)")
        pdf.add_page()
        F = lambda st="", sz=9: pdf.set_font("DejaVu", st, sz)
        F("B", 20)
        pdf.set_xy(0, 14)
        pdf.cell(210, 10, "I N V O I C E", align="C")
        pdf.line(80, 25, 130, 25)
        pdf.line(80, 26, 130, 26)
        F("", 8.5)
        meta = [("Invoice No.", invno), ("Date of issue", fd(inv_date)), ("Registration No.", regno)]
        for k, (a, b) in enumerate(meta):
            pdf.set_xy(140, 31 + k * 4.6)
            pdf.cell(28, 4.5, a)
            pdf.set_xy(168, 31 + k * 4.6)
            pdf.cell(32, 4.5, b, align="R")
        # client
        F("B", 12)
        pdf.set_xy(15, 46)
        pdf.cell(105, 7, client + "  Messrs.")
        pdf.line(15, 53.5, 118, 53.5)
        F("", 8.5)
        pdf.set_xy(15, 56)
        pdf.cell(100, 4.5, "We hereby invoice you for the following.")
        if po:
            pdf.set_xy(15, 60.5)
            pdf.cell(100, 4.5, f"Your order No.: {po}")
        # vendor block + seal
        F("B", 10)
        pdf.set_xy(125, 50)
        pdf.cell(75, 5, v["vendor"])
        F("", 8)
        for k, t in enumerate(v["addr"] + [f"TEL 0{rng.randint(3, 99)}-{digits(rng, 4)}-{digits(rng, 4)}", f"Contact: {rng.choice(['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe'])}"]):
            pdf.set_xy(125, 55.5 + k * 4)
            pdf.cell(70, 4, t)
        pdf.set_draw_color(200, 30, 30)
        pdf.set_text_color(200, 30, 30)
        pdf.set_line_width(0.6)
        pdf.ellipse(181, 62, 17, 17)
        pdf.set_line_width(0.3)
        pdf.ellipse(182.4, 63.4, 14.2, 14.2)
        F("B", 5.2 if len(v["seal"]) > 6 else 6)
        pdf.set_xy(181, 68.5)
        pdf.cell(17, 3, v["seal"], align="C")
        pdf.set_xy(181, 71.5)
        pdf.cell(17, 3, "SEAL", align="C")
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.2)
        # total box
        pdf.set_fill_color(232, 238, 247)
        pdf.rect(15, 84, 110, 13, style="DF")
        F("", 9)
        pdf.set_xy(18, 85)
        pdf.cell(60, 5, "Total amount due (tax included)")
        F("B", 16)
        pdf.set_xy(55, 89.5)
        pdf.cell(68, 7, yen(total) + ("-" if dash_box else ""), align="R")
        F("", 8.5)
        pdf.set_xy(15, 99)
        pdf.cell(110, 4.5, f"Payment due date: {fd(due)}")
        # table
        cols = [(15, 9, "No.", "C"), (24, 80, "Description", "L"), (104, 14, "Qty", "R"), (118, 20, "Unit", "C"), (138, 26, "Unit price", "R"), (164, 31, "Amount", "R")]
        y = 108
        pdf.set_fill_color(60, 70, 90)
        pdf.set_text_color(255, 255, 255)
        F("B", 8)
        for x, w, h, a in cols:
            pdf.rect(x, y, w, 6, style="DF")
            pdf.set_xy(x + 0.5, y + 1)
            pdf.cell(w - 1, 4, h, align=a)
        pdf.set_text_color(0, 0, 0)
        y += 6
        nrows = max(len(items), 10)
        for k in range(nrows):
            it = items[k] if k < len(items) else None
            F("", 8.5)
            vals = ["", "", "", "", "", ""]
            if it:
                vals = [str(k + 1), it["desc"] + (" ※" if it["rate"] == 8 else ""), qstr(it["qty"]), it["unit"], en(it["price"], 0), en(it["amount"], 0)]
            for (x, w, h, a), val in zip(cols, vals):
                pdf.rect(x, y, w, 6.2)
                pdf.set_xy(x + 0.8, y + 1.1)
                pdf.cell(w - 1.6, 4, val, align=a)
            y += 6.2
        # totals
        y += 3
        rows = [("Subtotal", yen(sub))]
        if sub8:
            rows += [("Consumption tax (10%)", yen(tax10)), ("Consumption tax (8%)※", yen(tax8)), ("Consumption tax total", yen(tax))]
        else:
            rows += [("Consumption tax (10%)", yen(tax10))]
        rows += [("Total", yen(total))]
        for a, b in rows:
            F("B" if a == "Total" else "", 9)
            pdf.rect(124, y, 40, 6.2)
            pdf.rect(164, y, 31, 6.2)
            pdf.set_xy(125, y + 1)
            pdf.cell(38, 4, a)
            pdf.set_xy(165, y + 1)
            pdf.cell(29, 4, b, align="R")
            y += 6.2
        # breakdown
        F("", 7.5)
        yb = y - 6.2 * len(rows)
        pdf.set_xy(15, yb)
        pdf.cell(100, 4, "Breakdown by tax rate")
        br = [f"10% target: {yen(sub10)}   tax {yen(tax10)}"]
        if sub8:
            br.append(f"8% target (reduced rate): {yen(sub8)}   tax {yen(tax8)}")
            br.append("※ indicates items subject to the reduced tax rate (8%).")
        for k, t in enumerate(br):
            pdf.set_xy(15, yb + 4.5 + k * 4)
            pdf.cell(105, 4, t)
        # remarks / bank
        y += 8
        pdf.rect(15, y, 180, 30)
        F("B", 8.5)
        pdf.set_xy(18, y + 2)
        pdf.cell(60, 4, "Remarks / Bank transfer information")
        F("", 8.2)
        rem = [f"Bank: {bank[0]}, {bank[1]} (Branch code {bank[2]})", f"Account type: Ordinary   Account No.: {acctno}",
               f"Account holder: {v['vendor']}", "Please note that bank transfer fees are to be borne by the customer.",
               "Rounding: consumption tax is calculated per tax rate per invoice (fractions under 1 yen are truncated)."]
        for k, t in enumerate(rem):
            pdf.set_xy(18, y + 7 + k * 4.3)
            pdf.cell(175, 4.3, t)
        F("", 7)
        pdf.set_xy(0, 285)
        pdf.cell(210, 4, "1 / 1", align="C")
        pdf.output(path)

    truth = T(vendor_name=v["vendor"], vendor_tax_id=regno, invoice_number=invno, po_number=po, invoice_date=dstr(inv_date),
              due_date=dstr(due), currency="JPY", subtotal=money_truth(sub), tax=money_truth(tax), total=money_truth(total),
              line_items=lines_truth(items),
              notes="Japanese-style invoice in English, JPY without decimals. vendor_tax_id = qualified-invoice Registration No. (T + 13 digits). "
                    "Consumption tax truncated per rate. "
                    + ("Mixed 10%/8% reduced-rate items (※); tax = sum of both rates. " if sub8 else "")
                    + ("The headline box prints the total with a trailing '-' (Japanese convention meaning 'and no more', NOT negative). " if dash_box else "")
                    + "Bank account no. and branch code are decoys.")
    checks = [v["vendor"], regno, invno, fd(inv_date), fd(due), yen(sub), yen(tax), yen(total)] + ([po] if po else [])
    return truth, checks, render, "fpdf2"


# =====================================================================================
# 10  Australian tax invoice -- chromium
# =====================================================================================
S10_HTML = """<!doctype html><html><head><meta charset="utf-8"><title>{{ title }}</title><style>
@page { size: A4; margin: 13mm 14mm; }
body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; color: #333; }
.top { display: grid; grid-template-columns: 1.3fr 1fr 1.2fr; gap: 6mm; }
h1 { font-size: 21pt; margin: 0 0 7mm 0; color: #222; font-weight: normal; letter-spacing: 0.5px; }
.k { font-weight: bold; display: block; font-size: 8.3pt; color: #111; }
.mid div { margin-bottom: 2.5mm; }
.vend { line-height: 1.4; font-size: 8.6pt; }
.vend .logo { font-size: 13pt; font-weight: bold; color: {{ color }}; margin-bottom: 2mm; }
table.l { width: 100%; border-collapse: collapse; margin-top: 10mm; }
table.l th { text-align: left; border-bottom: 1.5px solid #333; padding: 2mm 1.5mm; font-size: 8.5pt; }
table.l td { padding: 2.2mm 1.5mm; border-bottom: 1px solid #ddd; }
.n { text-align: right !important; white-space: nowrap; }
table.t { width: 85mm; margin-left: auto; border-collapse: collapse; margin-top: 3mm; }
table.t td { padding: 1.6mm 1.5mm; }
table.t tr.b td { font-weight: bold; border-top: 1.5px solid #333; }
table.t tr.due td { font-weight: bold; font-size: 11pt; border-top: 1.5px solid #333; }
.terms { margin-top: 8mm; line-height: 1.55; }
.advice { position: fixed; bottom: 0; left: 0; right: 0; border-top: 1.5px dashed #888; padding-top: 4mm; display: grid; grid-template-columns: 1fr 1fr; gap: 8mm; }
.advice h2 { font-size: 14pt; margin: 0 0 2mm 0; font-weight: normal; }
.advice table td { padding: 1.2mm 4mm 1.2mm 0; }
.scissors { position: fixed; bottom: 49mm; left: 0; font-size: 8pt; color: #888; }
</style></head><body>
<div class="top">
 <div><h1>TAX INVOICE</h1>{{ client }}<br>{{ caddr|join('<br>'|safe) }}{% if cabn %}<br>ABN: {{ cabn }}{% endif %}</div>
 <div class="mid"><div><span class="k">Invoice Date</span>{{ inv_date }}</div><div><span class="k">Invoice Number</span>{{ invno }}</div>
  {% if po %}<div><span class="k">Your Order No.</span>{{ po }}</div>{% endif %}<div><span class="k">ABN</span>{{ abn }}</div></div>
 <div class="vend"><div class="logo">{{ logo }}</div>{{ vendor }}<br>{{ vaddr|join('<br>'|safe) }}<br>{{ phone }}<br>{{ email }}</div>
</div>
<table class="l">
<tr><th>Description</th><th class="n">Quantity</th><th class="n">Unit Price</th><th class="n">GST</th><th class="n">Amount AUD</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td class="n">{{ it.q }}</td><td class="n">{{ it.p }}</td><td class="n">10%</td><td class="n">{{ it.a }}</td></tr>
{% endfor %}
</table>
<table class="t">
<tr><td class="n">Subtotal (ex GST)</td><td class="n">{{ sub }}</td></tr>
<tr><td class="n">GST 10%</td><td class="n">{{ tax }}</td></tr>
<tr class="b"><td class="n">Total inc GST</td><td class="n">{{ total }}</td></tr>
<tr><td class="n">Less Amount Paid</td><td class="n">0.00</td></tr>
<tr class="due"><td class="n">AMOUNT DUE AUD</td><td class="n">{{ total }}</td></tr>
</table>
<div class="terms"><b>Due Date: {{ due }}</b><br>Payment by direct deposit to: {{ vendor }}<br>BSB: {{ bsb }} &nbsp; Account: {{ acc }} &nbsp; Reference: {{ invno }}<br>
Payment by credit card incurs a {{ surcharge }}% surcharge. Goods remain the property of {{ vendor }} until paid in full.</div>
<div class="scissors">✂ - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -</div>
<div class="advice">
 <div><h2>PAYMENT ADVICE</h2>To: {{ vendor }}<br>{{ vaddr|join('<br>'|safe) }}</div>
 <div><table><tr><td><b>Customer</b></td><td>{{ client }}</td></tr><tr><td><b>Invoice Number</b></td><td>{{ invno }}</td></tr>
 <tr><td><b>Amount Due</b></td><td><b>{{ total }}</b></td></tr><tr><td><b>Due Date</b></td><td>{{ due }}</td></tr>
 <tr><td><b>Amount Enclosed</b></td><td>______________</td></tr></table><div style="font-size:7.5pt;color:#777">Enter the amount you are paying above</div></div>
</div>
</body></html>"""

S10_V = [
    dict(vendor="Southern Cross Landscaping Pty Ltd", logo="SOUTHERN CROSS LANDSCAPING", color="#2e7d32",
         cat=[("Garden maintenance - fortnightly visit", (180, 320), "v"), ("Hedge trimming", (65, 90), "h"), ("Green waste removal (trailer load)", (120, 190), "v"),
              ("Turf supply & lay - Sir Walter buffalo (m2)", (22, 34), "m2"), ("Irrigation repair - parts & labour", (140, 460), "v"), ("Mulch supply 10 m3", (520, 780), "v")]),
    dict(vendor="Harbourside IT Services Pty Ltd", logo="harbourside it", color="#01579b",
         cat=[("Managed IT services - monthly", (1200, 3800), "v"), ("On-site technician", (130, 175), "h"), ("Microsoft 365 Business Premium licence", (32, 36), "u"),
              ("Firewall appliance FG-40F", (890, 1290), "v"), ("Backup storage 1TB", (45, 80), "u"), ("Network cabling Cat6 point", (160, 240), "u")]),
    dict(vendor="Outback Solar Installations Pty Ltd", logo="OUTBACK SOLAR", color="#e65100",
         cat=[("Solar panel 440W monocrystalline", (180, 260), "u"), ("Hybrid inverter 8kW", (2400, 3600), "v"), ("Battery 10kWh", (7800, 10900), "v"),
              ("Installation labour", (95, 125), "h"), ("Switchboard upgrade", (650, 1200), "v"), ("Grid connection application", (250, 450), "v")]),
    dict(vendor="Fremantle Marine Supplies Pty Ltd", logo="FREMANTLE MARINE", color="#006064",
         cat=[("Marine antifouling paint 4L", (189, 289), "u"), ("Stainless shackle 10mm (pack of 10)", (38, 69), "u"), ("Life jacket Level 100", (85, 149), "u"),
              ("Outboard service - 90hp", (420, 690), "v"), ("Anchor rope 12mm x 50m", (110, 179), "u"), ("Bilge pump 1100 GPH", (69, 129), "u")]),
]


@style("10", "au_tax_invoice")
def s10(rng, i):
    v = S10_V[i]
    inv_date = rand_date(rng)
    abn = abn_fmt(au_abn(rng))
    cabn = abn_fmt(au_abn(rng)) if i % 2 == 0 else None
    invno = rng.choice([f"INV-{rng.randint(1000, 9999)}", f"INV{rng.randint(10000, 99999)}", f"{rng.randint(3000, 8999)}"])
    n = rng.randint(2, 6)
    items = []
    for desc, pr, kind in rng.sample(v["cat"], n):
        q = {"v": lambda: D(1), "h": lambda: D(rng.randint(2, 24)) / 2, "m2": lambda: D(rng.randint(20, 150)), "u": lambda: D(rng.randint(1, 24))}[kind]()
        p = exact_price(rng, q, D(str(pr[0])), D(str(pr[1])))
        items.append(dict(desc=desc, qty=q, price=p, amount=q2(q * p)))
    sub = tot(items)
    tax = q2(sub * D("0.10"))
    total = sub + tax
    due = inv_date + dt.timedelta(days=rng.choice([7, 14, 30]))
    po = f"PO{rng.randint(10000, 99999)}" if i in (1, 2) else None
    fd = lambda d: f"{d.day} {d.strftime('%b %Y')}"
    ctx = dict(title=f"Invoice {invno}", vendor=v["vendor"], logo=v["logo"], color=v["color"], vaddr=address(rng, "AU"),
               phone=f"(0{rng.randint(2, 8)}) {digits(rng, 4)} {digits(rng, 4)}", email="accounts@" + v["logo"].lower().replace(" ", "") + ".com.au",
               client=rng.choice(["Coastal Property Group Pty Ltd", "Banksia Aged Care Ltd", "Koala Café Pty Ltd", "St Brigid's Primary School", "Redgum Builders Pty Ltd"]),
               caddr=address(rng, "AU"), cabn=cabn, inv_date=fd(inv_date), invno=invno, po=po, abn=abn,
               items=[dict(desc=it["desc"], q=f"{it['qty']:.2f}", p=en(it["price"]), a=en(it["amount"])) for it in items],
               sub=en(sub), tax=en(tax), total=en(total), due=fd(due), bsb=f"{rng.choice(['062', '082', '033', '013'])}-{digits(rng, 3)}",
               acc=f"{digits(rng, 4, True)} {digits(rng, 4)}", surcharge=rng.choice(["1.5", "1.2", "2.0"]))
    truth = T(vendor_name=v["vendor"], vendor_tax_id=abn, invoice_number=invno, po_number=po, invoice_date=dstr(inv_date),
              due_date=dstr(due), currency="AUD", subtotal=money_truth(sub), tax=money_truth(tax), total=money_truth(total),
              line_items=lines_truth(items),
              notes="Australian tax invoice (Xero-like). vendor_tax_id = ABN as printed with spaces (the ABN in the middle column belongs to the vendor). "
                    + ("Customer ABN also printed under the customer address (decoy). " if cabn else "")
                    + "Logo text differs from legal name; vendor_name = legal 'Pty Ltd' name. BSB/account, payment-advice amounts are decoys/duplicates. "
                    "Quantities printed with 2 decimals.")
    checks = [v["vendor"], abn, invno, fd(inv_date), fd(due), en(sub), en(tax), en(total), "Total inc GST"] + ([po] if po else [])
    return truth, checks, (S10_HTML, ctx), "chromium"


# =====================================================================================
# 11  Dutch ZZP invoice -- chromium
# =====================================================================================
S11_HTML = """<!doctype html><html><head><meta charset="utf-8"><title>{{ title }}</title><style>
@page { size: A4; margin: 18mm 20mm 14mm 20mm; }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 8.8pt; color: #303030; }
.brand { text-align: right; }
.brand .nm { font-size: 18pt; font-weight: bold; color: {{ color }}; letter-spacing: -0.5px; }
.brand .sub { font-size: 8pt; color: #777; line-height: 1.5; }
.klant { margin-top: 12mm; line-height: 1.5; }
h1 { font-size: 26pt; font-weight: 300; margin: 14mm 0 5mm 0; color: {{ color }}; }
.meta { display: flex; gap: 12mm; border-top: 1px solid #ddd; border-bottom: 1px solid #ddd; padding: 3mm 0; }
.meta div span { display: block; font-size: 7.4pt; color: #888; }
table.r { width: 100%; border-collapse: collapse; margin-top: 8mm; }
table.r th { text-align: left; font-weight: bold; font-size: 8pt; color: #777; padding: 2mm 1mm; border-bottom: 1px solid #bbb; }
table.r td { padding: 2.4mm 1mm; border-bottom: 1px solid #f0f0f0; }
.n { text-align: right !important; white-space: nowrap; }
table.s { width: 72mm; margin-left: auto; margin-top: 3mm; border-collapse: collapse; }
table.s td { padding: 1.6mm 1mm; }
table.s tr.t td { font-weight: bold; font-size: 11pt; border-top: 2px solid {{ color }}; color: {{ color }}; }
.pay { margin-top: 12mm; line-height: 1.6; }
.foot { position: fixed; bottom: 0; left: 0; right: 0; font-size: 7.2pt; color: #888; text-align: center; border-top: 1px solid #eee; padding-top: 2mm; }
</style></head><body>
<div class="brand"><div class="nm">{{ trade }}</div><div class="sub">{{ owner }}<br>{{ vaddr|join('<br>'|safe) }}<br>{{ phone }} · {{ email }}</div></div>
<div class="klant">{{ client }}<br>{% if attn %}T.a.v. {{ attn }}<br>{% endif %}{{ caddr|join('<br>'|safe) }}{% if cbtw %}<br>Btw-nr. klant: {{ cbtw }}{% endif %}</div>
<h1>Factuur</h1>
<div class="meta"><div><span>Factuurnummer</span>{{ invno }}</div><div><span>Factuurdatum</span>{{ inv_date }}</div><div><span>Vervaldatum</span>{{ due }}</div>
<div><span>Klantnummer</span>{{ custno }}</div>{% if po %}<div><span>Uw referentie</span>{{ po }}</div>{% endif %}</div>
<table class="r"><tr><th>Omschrijving</th><th class="n">Aantal</th><th class="n">Tarief</th><th class="n">Bedrag</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td class="n">{{ it.q }}</td><td class="n">€ {{ it.p }}</td><td class="n">€ {{ it.a }}</td></tr>
{% endfor %}</table>
<table class="s"><tr><td>Subtotaal</td><td class="n">€ {{ sub }}</td></tr><tr><td>Btw 21%</td><td class="n">€ {{ tax }}</td></tr>
<tr class="t"><td>Totaal</td><td class="n">€ {{ total }}</td></tr></table>
<div class="pay">Graag het totaalbedrag van <b>€ {{ total }}</b> vóór {{ due }} overmaken op rekeningnummer <b>{{ iban }}</b> t.n.v. {{ trade }}, o.v.v. factuurnummer {{ invno }}.<br>
Vragen over deze factuur? Mail naar {{ email }}.</div>
<div class="foot">{{ trade }} · KvK {{ kvk }} · Btw-id {{ btw }} · IBAN {{ iban }} · BIC {{ bic }}</div>
</body></html>"""

S11_V = [
    dict(trade="Bakker Webdesign", owner="Sanne Bakker", color="#d35400",
         cat=[("Ontwerp homepage", (55, 85), "u"), ("Ontwikkeling WordPress-thema", (60, 85), "u"), ("SEO-optimalisatie", (55, 75), "u"),
              ("Hosting & onderhoud (jaar)", (240, 480), "1"), ("Contentmigratie", (45, 65), "u"), ("Domeinregistratie .nl", (9, 15), "1")]),
    dict(trade="Studio Vermeer", owner="Thijs Vermeer", color="#2c3e50",
         cat=[("Fotoshoot bedrijfsportretten (dagdeel)", (350, 650), "1"), ("Nabewerking foto's", (2.5, 6), "foto"), ("Videomontage", (60, 90), "u"),
              ("Reiskosten (km)", (0.23, 0.23), "km"), ("Licentie beeldgebruik 1 jaar", (150, 450), "1")]),
    dict(trade="De Vries Vertalingen", owner="mr. drs. Eline de Vries", color="#16a085",
         cat=[("Vertaling NL-EN juridische tekst (woorden)", (0.12, 0.19), "w"), ("Revisie / proeflezen", (45, 65), "u"), ("Spoedtoeslag", (75, 150), "1"),
              ("Beëdigde vertaling uittreksel KvK", (45, 75), "1"), ("Terminologielijst opstellen", (50, 70), "u")]),
    dict(trade="Jansen Interim & Advies", owner="Ruud Jansen", color="#8e44ad",
         cat=[("Interim projectmanagement", (85, 125), "u"), ("Advies procesoptimalisatie", (95, 135), "u"), ("Workshop Lean (dagdeel)", (650, 1100), "1"),
              ("Reiskosten (km)", (0.23, 0.23), "km"), ("Rapportage en presentatie", (90, 125), "u")]),
]


@style("11", "nl_zzp_factuur")
def s11(rng, i):
    v = S11_V[i]
    inv_date = rand_date(rng)
    due = inv_date + dt.timedelta(days=rng.choice([14, 30]))
    btw = nl_btw(rng)
    kvk = digits(rng, 8, True)
    invno = rng.choice([f"{inv_date.year}-{rng.randint(1, 120):03d}", f"F{inv_date.year}{rng.randint(1, 99):04d}", f"{inv_date.year % 100}{rng.randint(100, 999)}"])
    n = rng.randint(2, len(v["cat"]))
    items = []
    for desc, pr, kind in rng.sample(v["cat"], n):
        q = {"u": lambda: D(rng.randint(2, 60)) / 2, "1": lambda: D(1), "foto": lambda: D(rng.randint(10, 80)), "km": lambda: D(rng.randint(20, 300)),
             "w": lambda: D(rng.randint(8, 60)) * 100}[kind]()
        step = D("0.001") if pr[1] < 1 else D("0.01")
        p = exact_price(rng, q, D(str(pr[0])), D(str(pr[1])), step)
        items.append(dict(desc=desc, qty=q, price=p, amount=q2(q * p)))
    sub = tot(items)
    tax = q2(sub * D("0.21"))
    total = sub + tax
    po = rng.choice([f"PO{rng.randint(40000, 49999)}", f"Opdracht {rng.randint(100, 999)}", f"{rng.randint(4500000000, 4500999999)}"]) if i in (0, 3) else None
    fd = lambda d: f"{d.day}-{d.month}-{d.year}"
    iban = iban_nl(rng)
    slug = v["trade"].lower().replace(" & ", "").replace(" ", "")
    ctx = dict(title=f"Factuur {invno}", trade=v["trade"], owner=v["owner"], color=v["color"], vaddr=address(rng, "NL"),
               phone=f"06-{digits(rng, 8)}", email=f"info@{slug}.nl",
               client=rng.choice(["Gemeente Haarlem", "Bloemenveiling Aalsmeer B.V.", "Koffiebranderij De Zwaan B.V.", "Stichting Jeugdzorg Utrecht",
                                  "Van Leeuwen Installatietechniek B.V."]),
               attn=rng.choice([None, "afdeling Crediteuren", "mevr. K. Visser", "dhr. P. Mulder"]), caddr=address(rng, "NL"),
               cbtw=nl_btw(rng) if i % 2 == 1 else None, invno=invno, inv_date=fd(inv_date), due=fd(due), custno=f"K{rng.randint(100, 999)}", po=po,
               items=[dict(desc=it["desc"], q=de(it["qty"], 0 if it["qty"] % 1 == 0 else 1), p=de(it["price"], 3 if it["price"] != q2(it["price"]) else 2),
                           a=de(it["amount"])) for it in items],
               sub=de(sub), tax=de(tax), total=de(total), iban=iban_fmt(iban), kvk=kvk, btw=btw,
               bic={"INGB": "INGBNL2A", "ABNA": "ABNANL2A", "RABO": "RABONL2U", "BUNQ": "BUNQNL2A", "TRIO": "TRIONL2U"}[iban[4:8]])
    truth = T(vendor_name=v["trade"], vendor_tax_id=btw, invoice_number=invno, po_number=po, invoice_date=dstr(inv_date),
              due_date=dstr(due), currency="EUR", subtotal=money_truth(sub), tax=money_truth(tax), total=money_truth(total),
              line_items=lines_truth(items),
              notes="Dutch ZZP (sole trader) invoice. vendor_name = the registered trade name printed as letterhead (also in footer); the owner's "
                    "personal name printed under it is not the vendor_name. vendor_tax_id = btw-id (footer); KvK number, klantnummer "
                    + ("and the client's btw-nr. " if i % 2 == 1 else "")
                    + "are decoys. Dates printed d-m-yyyy.")
    checks = [v["trade"], btw, kvk, invno, fd(inv_date), fd(due), de(sub), de(tax), de(total)] + ([po] if po else [])
    return truth, checks, (S11_HTML, ctx), "chromium"


# =====================================================================================
# 12  Spanish invoice with IRPF withholding -- chromium
# =====================================================================================
S12_HTML = """<!doctype html><html><head><meta charset="utf-8"><title>{{ title }}</title><style>
@page { size: A4; margin: 15mm 15mm 14mm 15mm; }
body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; color: #222; }
.hd { display: flex; justify-content: space-between; align-items: center; }
.hd h1 { font-size: 26pt; color: {{ color }}; margin: 0; letter-spacing: 3px; }
.hd table td { padding: 1mm 2mm; } .hd table td.l { font-weight: bold; text-align: right; }
.boxes { display: flex; gap: 6mm; margin-top: 8mm; }
.boxes div.b { flex: 1; border: 1px solid {{ color }}; padding: 3mm 4mm; line-height: 1.5; }
.boxes .t { background: {{ color }}; color: white; margin: -3mm -4mm 2mm -4mm; padding: 1mm 4mm; font-weight: bold; font-size: 8pt; }
table.c { width: 100%; border-collapse: collapse; margin-top: 9mm; }
table.c th { background: #eee; border: 1px solid #bbb; padding: 2mm; text-align: left; font-size: 8.3pt; }
table.c td { border: 1px solid #ddd; padding: 2mm; }
.n { text-align: right !important; white-space: nowrap; }
table.tt { width: 88mm; margin-left: auto; margin-top: 5mm; border-collapse: collapse; }
table.tt td { border: 1px solid #ccc; padding: 2mm; }
table.tt tr.f td { background: {{ color }}; color: white; font-weight: bold; font-size: 11pt; }
.pago { margin-top: 9mm; line-height: 1.6; }
.legal { position: fixed; bottom: 0; left: 0; right: 0; font-size: 6.5pt; color: #888; text-align: justify; }
</style></head><body>
<div class="hd"><h1>FACTURA</h1><table>
<tr><td class="l">Nº de factura:</td><td>{{ invno }}</td></tr>
<tr><td class="l">Fecha de expedición:</td><td>{{ inv_date }}</td></tr>
{% if due %}<tr><td class="l">Fecha de vencimiento:</td><td>{{ due }}</td></tr>{% endif %}
{% if po %}<tr><td class="l">Su pedido:</td><td>{{ po }}</td></tr>{% endif %}
</table></div>
<div class="boxes">
 <div class="b"><div class="t">EMISOR</div><b>{{ vendor }}</b><br>NIF: {{ nif }}<br>{{ vaddr|join('<br>'|safe) }}<br>{{ email }} · {{ phone }}</div>
 <div class="b"><div class="t">CLIENTE</div><b>{{ client }}</b><br>CIF: {{ ccif }}<br>{{ caddr|join('<br>'|safe) }}</div>
</div>
<table class="c"><tr><th>Concepto</th><th class="n">Cantidad</th><th class="n">Precio unitario</th><th class="n">Importe</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td class="n">{{ it.q }}</td><td class="n">{{ it.p }} €</td><td class="n">{{ it.a }} €</td></tr>
{% endfor %}</table>
<table class="tt">
<tr><td>Base imponible</td><td class="n">{{ sub }} €</td></tr>
<tr><td>IVA 21%</td><td class="n">{{ tax }} €</td></tr>
<tr><td>Retención IRPF -15%</td><td class="n">-{{ irpf }} €</td></tr>
<tr class="f"><td>Total factura</td><td class="n">{{ total }} €</td></tr>
</table>
<div class="pago"><b>Forma de pago:</b> transferencia bancaria{% if not due %} a 30 días fecha factura{% endif %}<br>
<b>IBAN:</b> {{ iban }} ({{ bank }})<br>Indique el número de factura en el concepto de la transferencia.</div>
<div class="legal">De conformidad con el Reglamento (UE) 2016/679 (RGPD) y la LOPDGDD, le informamos que sus datos serán tratados por {{ vendor }} con la finalidad de
gestionar la relación comercial y la facturación. Puede ejercer sus derechos de acceso, rectificación, supresión y oposición dirigiéndose a {{ email }}. Página 1 de 1.</div>
</body></html>"""

S12_V = [
    dict(vendor="Laura Martínez Ortega", color="#c0392b", prof="diseño",
         cat=[("Diseño de identidad corporativa", (600, 1800), "1"), ("Maquetación catálogo (páginas)", (25, 60), "p"), ("Horas de consultoría creativa", (40, 65), "h"),
              ("Adaptación de piezas para redes sociales", (15, 40), "u")]),
    dict(vendor="Javier Ruiz Campos", color="#1f618d", prof="abogado",
         cat=[("Honorarios asesoramiento jurídico", (60, 120), "h"), ("Redacción de contrato mercantil", (350, 900), "1"), ("Asistencia a junta de socios", (250, 500), "1"),
              ("Revisión de documentación societaria", (55, 95), "h")]),
    dict(vendor="Marta Sánchez Vidal", color="#117a65", prof="traductora",
         cat=[("Traducción EN>ES manual técnico (palabras)", (0.06, 0.11), "w"), ("Revisión y corrección de estilo", (25, 40), "h"),
              ("Traducción jurada (página)", (30, 45), "p"), ("Gestión de glosario", (120, 300), "1")]),
    dict(vendor="Alejandro Gómez Ferrer", color="#6c3483", prof="ingeniero",
         cat=[("Redacción de proyecto de instalación", (900, 2400), "1"), ("Dirección de obra (visitas)", (120, 220), "u"), ("Certificado de eficiencia energética", (90, 180), "1"),
              ("Horas de ingeniería", (45, 70), "h")]),
]


@style("12", "es_factura_irpf")
def s12(rng, i):
    v = S12_V[i]
    inv_date = rand_date(rng)
    nif = es_dni(rng)
    ccif = es_cif(rng)
    invno = rng.choice([f"{inv_date.year}/{rng.randint(1, 150):03d}", f"F-{inv_date.year}-{rng.randint(1, 99):02d}", f"{inv_date.year}{rng.randint(1, 200):04d}"])
    n = rng.randint(1, len(v["cat"]))
    items = []
    for desc, pr, kind in rng.sample(v["cat"], n):
        q = {"1": lambda: D(1), "p": lambda: D(rng.randint(4, 64)), "h": lambda: D(rng.randint(2, 40)) / 2, "u": lambda: D(rng.randint(2, 20)),
             "w": lambda: D(rng.randint(20, 150)) * 100}[kind]()
        step = D("0.001") if pr[1] < 1 else D("0.01")
        p = exact_price(rng, q, D(str(pr[0])), D(str(pr[1])), step)
        items.append(dict(desc=desc, qty=q, price=p, amount=q2(q * p)))
    sub = tot(items)
    tax = q2(sub * D("0.21"))
    irpf = q2(sub * D("0.15"))
    total = sub + tax - irpf
    due = inv_date + dt.timedelta(days=30) if i in (0, 1) else None
    po = f"PED-{rng.randint(1000, 9999)}" if i in (1, 2) else None
    fd = lambda d: d.strftime("%d/%m/%Y")
    ctx = dict(title=f"Factura {invno}", vendor=v["vendor"], color=v["color"], invno=invno, inv_date=fd(inv_date), due=fd(due) if due else None, po=po,
               nif=nif, vaddr=address(rng, "ES"), email=v["vendor"].split()[0].lower() + "." + v["vendor"].split()[1].lower().replace("í", "i").replace("á", "a") + "@gmail.com",
               phone=f"6{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}",
               client=rng.choice(["Innovaciones Levante S.L.", "Construcciones Hermanos Prieto S.A.", "Bodegas Ribera Alta S.L.", "Grupo Editorial Atlántico S.L.",
                                  "Clínica Dental Sonrisas S.L.P."]),
               ccif=ccif, caddr=address(rng, "ES"),
               items=[dict(desc=it["desc"], q=de(it["qty"], 0 if it["qty"] % 1 == 0 else 1), p=de(it["price"], 3 if it["price"] != q2(it["price"]) else 2), a=de(it["amount"])) for it in items],
               sub=de(sub), tax=de(tax), irpf=de(irpf), total=de(total), iban=iban_fmt(iban_es(rng)),
               bank=rng.choice(["CaixaBank", "BBVA", "Banco Santander", "Banco Sabadell"]))
    truth = T(vendor_name=v["vendor"], vendor_tax_id=nif, invoice_number=invno, po_number=po, invoice_date=dstr(inv_date),
              due_date=dstr(due) if due else None, currency="EUR", subtotal=money_truth(sub), tax=money_truth(tax), total=money_truth(total),
              line_items=lines_truth(items),
              notes=f"Spanish autónomo invoice with IRPF withholding. subtotal = Base imponible, tax = IVA 21% only, total = printed 'Total factura' "
                    f"= base + IVA - IRPF 15% ({money_truth(irpf)}); so subtotal + tax != total by the withholding amount (arithmetic exception, intended). "
                    "vendor is a natural person (NIF = DNI format); client CIF is a decoy. "
                    + ("" if due else "Only '30 días fecha factura' terms -> due_date null. "))
    checks = [v["vendor"], nif, invno, fd(inv_date), de(sub), de(tax), "-" + de(irpf), de(total), "Total factura"] + ([po] if po else []) + ([fd(due)] if due else [])
    return truth, checks, (S12_HTML, ctx), "chromium"

# =====================================================================================
# 13  Danish / Norwegian invoice -- fpdf2
# =====================================================================================
S13_V = [
    dict(cc="DK", vendor="Nordlys Byg ApS", cur="DKK",
         cat=[("Tømrerarbejde", "timer", (395, 545)), ("Gipsplader 13 mm", "stk", (62, 98)), ("Skruer og beslag", "pk", (45, 189)),
              ("Kørsel", "km", (3.8, 3.8)), ("Containerleje, 10 m³", "stk", (1450, 2450)), ("Vinduer 3-lags, montering", "stk", (3900, 6800))]),
    dict(cc="DK", vendor="Skovgaard IT A/S", cur="DKK",
         cat=[("Konsulentbistand", "timer", (850, 1250)), ("Microsoft 365 Business Standard", "stk", (95, 105)), ("Serviceaftale, måned", "stk", (2500, 7500)),
              ("Bærbar PC 14\" inkl. opsætning", "stk", (7900, 12900)), ("Fjernsupport", "timer", (650, 850))]),
    dict(cc="NO", vendor="Fjordtek Elektro AS", cur="NOK",
         cat=[("Elektrikerarbeid", "timer", (790, 1090)), ("Kabel PFSP 3G2,5", "m", (14, 26)), ("Stikkontakt dobbel jordet", "stk", (89, 169)),
              ("Sikringsskap, komplett", "stk", (6900, 12900)), ("Kjøring / servicebil", "stk", (450, 790)), ("Elbillader 22 kW", "stk", (9900, 15900))]),
    dict(cc="NO", vendor="Bergen Regnskapsbyrå AS", cur="NOK",
         cat=[("Regnskapsføring", "timer", (750, 1100)), ("Lønnskjøring, ansatte", "stk", (180, 290)), ("Årsoppgjør og skattemelding", "stk", (9500, 24000)),
              ("Rådgivning", "timer", (1100, 1500)), ("Programvarelisens Tripletex, måned", "stk", (450, 990))]),
]


@style("13", "dk_no_faktura")
def s13(rng, i):
    v = S13_V[i]
    dk = v["cc"] == "DK"
    inv_date = rand_date(rng)
    due = inv_date + dt.timedelta(days=rng.choice([8, 14, 30]))
    if dk:
        cvr = dk_cvr(rng)
        taxid = cvr
        fmtm = de
    else:
        org = no_org(rng)
        taxid = f"NO {org[:3]} {org[3:6]} {org[6:]} MVA"
        fmtm = sp
    invno = str(rng.randint(1000, 29999))
    custno = str(rng.randint(100, 9999))
    n = rng.randint(2, len(v["cat"]))
    items = []
    for desc, unit, pr in rng.sample(v["cat"], n):
        q = {"timer": lambda: D(rng.randint(2, 60)) / 2, "km": lambda: D(rng.randint(20, 180)), "m": lambda: D(rng.randint(10, 120))}.get(unit, lambda: D(rng.randint(1, 12) if pr[1] < 3000 else rng.randint(1, 3)))()
        p = exact_price(rng, q, D(str(pr[0])), D(str(pr[1])))
        items.append(dict(desc=desc, unit=unit, qty=q, price=p, amount=q2(q * p), sku=str(rng.randint(1000, 9999))))
    sub = tot(items)
    tax = q2(sub * D("0.25"))
    total = sub + tax
    po = f"{rng.randint(4500000, 4599999)}" if i in (1, 2) else None
    fd = (lambda d: d.strftime("%d-%m-%Y")) if dk else (lambda d: d.strftime("%d.%m.%Y"))
    vaddr = address(rng, v["cc"])
    caddr = address(rng, v["cc"])
    client = rng.choice(["Andelsboligforeningen Solgården", "Bager Hansen ApS", "Vesterbro Tandklinik I/S", "Roskilde Kommune"] if dk else
                        ["Borettslaget Fjellsiden", "Nordvik Fiskeoppdrett AS", "Kaffebrenneriet Sentrum AS", "Stavanger kommune"])
    kid = None
    if not dk:
        base = custno.zfill(5) + invno.zfill(7)
        kid = base + luhn_digit(base)
        konto = no_konto(rng)
        konto_p = f"{konto[:4]}.{konto[4:6]}.{konto[6:]}"
    else:
        reg = digits(rng, 4, True)
        kontonr = digits(rng, 10, True)
        fik = f"+71<{digits(rng, 15)} +8{digits(rng, 7)}<"

    L = (dict(title="Faktura", no="Fakturanr.", date="Fakturadato", due="Forfaldsdato", cust="Kundenr.", ref="Jeres ref.", po="Jeres ordrenr.",
              cols=["Varenr.", "Beskrivelse", "Antal", "Enhed", "Pris", "Beløb"], sub="Subtotal ekskl. moms", tax="Moms 25 %", tot="I alt DKK",
              terms=f"Betalingsbetingelser: Netto {(due - inv_date).days} dage")
         if dk else
         dict(title="Faktura", no="Fakturanr.", date="Fakturadato", due="Forfallsdato", cust="Kundenr.", ref="Deres ref.", po="Deres bestillingsnr.",
              cols=["Varenr.", "Beskrivelse", "Antall", "Enhet", "Pris", "Beløp"], sub="Sum eks. mva.", tax="MVA 25 %", tot="Å betale",
              terms=f"Betalingsbetingelser: {(due - inv_date).days} dager netto"))

    def render(path):
        pdf = new_fpdf(creator="e-conomic" if dk else "Tripletex")
        pdf.add_page()
        F = lambda st="", sz=9: pdf.set_font("DejaVu", st, sz)
        F("B", 15)
        pdf.set_xy(15, 14)
        pdf.cell(110, 7, v["vendor"])
        F("", 8)
        for k, t in enumerate(vaddr + ["Danmark" if dk else "Norge"]):
            pdf.set_xy(15, 22 + k * 3.8)
            pdf.cell(100, 3.8, t)
        F("", 26)
        pdf.set_text_color(40, 90, 140)
        pdf.set_xy(120, 12)
        pdf.cell(75, 12, L["title"], align="R")
        pdf.set_text_color(0, 0, 0)
        # customer
        F("", 9.5)
        for k, t in enumerate([client] + caddr):
            pdf.set_xy(15, 48 + k * 4.6)
            pdf.cell(90, 4.6, t)
        # info box
        info = [(L["no"], invno), (L["date"], fd(inv_date)), (L["due"], fd(due)), (L["cust"], custno),
                (L["ref"], rng.choice(["Mette Lund", "Jonas Berg", "Ingrid Dahl", "Peter Holm"]))]
        if po:
            info.append((L["po"], po))
        pdf.set_fill_color(243, 246, 250)
        pdf.rect(120, 46, 75, 5 + 5 * len(info), style="F")
        for k, (a, b) in enumerate(info):
            F("B" if a == L["no"] else "", 8.8)
            pdf.set_xy(123, 48.5 + k * 5)
            pdf.cell(35, 5, a)
            pdf.set_xy(158, 48.5 + k * 5)
            pdf.cell(35, 5, b, align="R")
        # table
        cols = [(15, 18, "L"), (33, 80, "L"), (113, 16, "R"), (129, 14, "L"), (143, 24, "R"), (167, 28, "R")]
        y = 92
        F("B", 8.3)
        for (x, w, a), h in zip(cols, L["cols"]):
            pdf.set_xy(x, y)
            pdf.cell(w, 5, h, align=a)
        pdf.set_draw_color(40, 90, 140)
        pdf.set_line_width(0.5)
        pdf.line(15, y + 5.5, 195, y + 5.5)
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)
        y += 7.5
        for it in items:
            F("", 8.8)
            vals = [it["sku"], it["desc"], fmtm(it["qty"], 0 if it["qty"] % 1 == 0 else 2), it["unit"], fmtm(it["price"]), fmtm(it["amount"])]
            for (x, w, a), val in zip(cols, vals):
                pdf.set_xy(x, y)
                pdf.cell(w, 5, val, align=a)
            y += 6
        pdf.line(15, y, 195, y)
        y += 3
        for a, b, bold in ((L["sub"], fmtm(sub), False), (L["tax"], fmtm(tax), False), (L["tot"], fmtm(total), True)):
            F("B" if bold else "", 10 if bold else 9)
            pdf.set_xy(115, y)
            pdf.cell(50, 5.5, a)
            pdf.set_xy(165, y)
            pdf.cell(30, 5.5, b + ("" if dk or not bold else ""), align="R")
            y += 6.2
        if not dk:
            F("", 8)
            pdf.set_xy(115, y)
            pdf.cell(80, 4, f"Beløp i {v['cur']}", align="R")
        y += 8
        F("", 8.5)
        if dk:
            txt = [L["terms"], f"Beløbet indbetales på bankkonto: Reg.nr. {reg} / Kontonr. {kontonr}",
                   f"FI-kort: {fik}", f"Fakturanr. {invno} bedes angivet ved bankoverførsel.",
                   "Ved betaling efter forfald tilskrives der renter på 0,81 % pr. påbegyndt måned, samt et gebyr på 100,00 DKK."]
        else:
            txt = [L["terms"], f"Betales til konto {konto_p} med KID {kid}.", "Ved for sen betaling beregnes forsinkelsesrente etter forsinkelsesrenteloven.",
                   f"Purregebyr kr 35,00 tilkommer ved purring."]
        for t in txt:
            pdf.set_xy(15, y)
            pdf.cell(180, 4.6, t)
            y += 4.6
        if not dk:
            # giro-like payment slip
            gy = 228
            pdf.set_fill_color(255, 244, 214)
            pdf.rect(0, gy, 210, 69, style="F")
            F("B", 10)
            pdf.set_xy(10, gy + 3)
            pdf.cell(60, 5, "GIRO")
            F("", 7.5)
            pdf.set_xy(150, gy + 3)
            pdf.cell(50, 5, f"Betalingsfrist {fd(due)}", align="R")
            F("", 7)
            pdf.set_xy(10, gy + 12)
            pdf.cell(90, 3.5, "Betalt av")
            pdf.set_xy(110, gy + 12)
            pdf.cell(90, 3.5, "Betalt til")
            F("", 8.5)
            for k, t in enumerate([client] + caddr):
                pdf.set_xy(10, gy + 16 + k * 4)
                pdf.cell(90, 4, t)
            for k, t in enumerate(vaddr):
                pdf.set_xy(110, gy + 16 + k * 4)
                pdf.cell(90, 4, t)
            pdf.set_fill_color(255, 255, 255)
            boxes = [(10, 70, "Kundeidentifikasjon (KID)", kid), (82, 30, "Kroner", fmtm(total).split(",")[0]), (114, 12, "Øre", fmtm(total).split(",")[1]),
                     (130, 60, "Til konto", konto_p)]
            for x, w, lab, val in boxes:
                F("", 6.5)
                pdf.set_xy(x, gy + 44)
                pdf.cell(w, 3, lab)
                pdf.rect(x, gy + 47.5, w, 8, style="DF")
                F("", 10, ) if False else pdf.set_font("Mono", "", 10)
                pdf.set_xy(x + 1, gy + 49)
                pdf.cell(w - 2, 5, val, align="R" if lab in ("Kroner", "Øre") else "L")
        # footer
        F("", 7)
        fy = 288 if not dk else 280
        pdf.set_draw_color(160, 160, 160)
        if dk:
            pdf.line(15, fy - 2, 195, fy - 2)
        foot = (f"{v['vendor']} · {vaddr[0]} · {vaddr[1]} · CVR-nr. {cvr} · Tlf. +45 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}"
                if dk else f"{v['vendor']} · Foretaksregisteret {taxid} · {vaddr[1]}")
        pdf.set_xy(15, fy)
        pdf.cell(180, 4, foot, align="C")
        pdf.set_xy(15, fy + 4) if dk else pdf.set_xy(15, 222)
        pdf.cell(180, 4, "Side 1 af 1" if dk else "Side 1 av 1", align="C" if dk else "R")
        pdf.output(path)

    truth = T(vendor_name=v["vendor"], vendor_tax_id=taxid, invoice_number=invno, po_number=po, invoice_date=dstr(inv_date),
              due_date=dstr(due), currency=v["cur"], subtotal=money_truth(sub), tax=money_truth(tax), total=money_truth(total),
              line_items=lines_truth(items),
              notes=("Danish invoice. vendor_tax_id = CVR-nr. as printed (8 digits, no DK prefix). FI-kort (+71<...), Reg.nr./Kontonr., Kundenr. and "
                     "the 'Varenr.' column are decoys. Amounts 1.234,56." if dk else
                     "Norwegian invoice with giro payment slip. vendor_tax_id printed 'NO 123 456 789 MVA' (Foretaksregisteret line in footer). "
                     "KID, kontonummer, kundenr. are decoys; the giro slip repeats the total split into Kroner/Øre. Amounts '1 234,56' (space thousands). ")
                    + ("po_number from '" + L["po"] + "'." if po else ""))
    checks = [v["vendor"], taxid, invno, fd(inv_date), fd(due), fmtm(sub), fmtm(tax), fmtm(total)] + ([po] if po else []) + ([kid] if kid else [])
    return truth, checks, render, "fpdf2"


# =====================================================================================
# 14  Header facts in bordered 2-col table, initials logo image, legal name only in footer small print -- chromium
# =====================================================================================
S14_HTML = """<!doctype html><html><head><meta charset="utf-8"><title>{{ title }}</title><style>
@page { size: A4; margin: 12mm 14mm 10mm 14mm; }
body { margin: 0; font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-size: 8.8pt; color: #222; }
.top { display: flex; justify-content: space-between; align-items: flex-start; }
.top img { height: 24mm; }
table.facts { border-collapse: collapse; min-width: 78mm; }
table.facts td { border: 1px solid #555; padding: 1.5mm 2.5mm; }
table.facts td.l { background: #f0f0f0; font-weight: bold; width: 32mm; }
.to { margin-top: 9mm; line-height: 1.45; }
.to .lbl { font-size: 7pt; color: #777; }
h1 { font-size: 15pt; margin: 9mm 0 2mm 0; font-weight: bold; letter-spacing: 0.5px; }
table.it { width: 100%; border-collapse: collapse; margin-top: 3mm; }
table.it th { border-top: 1px solid #000; border-bottom: 1px solid #000; padding: 1.8mm 1.5mm; text-align: left; font-size: 8pt; }
table.it td { padding: 1.6mm 1.5mm; border-bottom: 0.5px dotted #aaa; }
.n { text-align: right !important; white-space: nowrap; }
table.tot { margin-left: auto; border-collapse: collapse; margin-top: 4mm; width: 82mm; }
table.tot td { padding: 1.4mm 1.5mm; }
table.tot tr.g td { border-top: 1px solid #000; border-bottom: 3px double #000; font-weight: bold; font-size: 10pt; }
.note { margin-top: 8mm; line-height: 1.5; }
.small { position: fixed; bottom: 0; left: 0; right: 0; font-size: 6.2pt; color: #666; border-top: 0.5px solid #999; padding-top: 1.5mm; line-height: 1.4; }
</style></head><body>
<div class="top"><img src="{{ logo }}"><table class="facts">
{% for k, v in facts %}<tr><td class="l">{{ k }}</td><td>{{ v }}</td></tr>{% endfor %}
</table></div>
<div class="to"><div class="lbl">{{ L.to }}</div><b>{{ client }}</b><br>{{ caddr|join('<br>'|safe) }}</div>
<h1>{{ L.title }}</h1>
<div>{{ L.intro }}</div>
<table class="it"><tr><th>{{ L.pos }}</th><th>{{ L.desc }}</th><th class="n">{{ L.qty }}</th><th class="n">{{ L.price }}</th><th class="n">{{ L.amt }}</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.desc }}</td><td class="n">{{ it.q }}</td><td class="n">{{ it.p }}</td><td class="n">{{ it.a }}</td></tr>
{% endfor %}</table>
<table class="tot"><tr><td>{{ L.sub }}</td><td class="n">{{ sub }}</td></tr><tr><td>{{ L.tax }}</td><td class="n">{{ tax }}</td></tr>
<tr class="g"><td>{{ L.total }}</td><td class="n">{{ total }}</td></tr></table>
<div class="note">{{ pay }}</div>
<div class="small">{{ small }}</div>
</body></html>"""

S14_V = [
    dict(cc="GB", legal="Northwind Analytics Ltd", ini="NA", brand="northwind", color="#1565c0", cur="GBP", rate=D("0.20"), vat=gb_vat,
         fmt=lambda x: "£" + en(x), datef=lambda d: d.strftime("%d/%m/%Y"),
         L=dict(to="Invoice address", title="Invoice", intro="For services rendered as per our agreement:", pos="#", desc="Description", qty="Qty",
                price="Unit price", amt="Amount", sub="Net amount", tax="VAT 20%", total="Invoice total",
                no="Invoice No.", date="Invoice date", cust="Customer No.", ref="Your reference", deliv="Delivery date", due="Due date", page="Page", vatl="Our VAT No."),
         cat=[("Analytics platform subscription (monthly)", (900, 2400)), ("Data engineering (days)", (550, 780)), ("Dashboard development", (1200, 3500)),
              ("Training session", (450, 900)), ("Additional user seats", (25, 45))]),
    dict(cc="DE", legal="Kranich Medientechnik GmbH", ini="KM", brand="kranich", color="#c62828", cur="EUR", rate=D("0.19"), vat=de_vat,
         fmt=lambda x: de(x) + " €", datef=lambda d: d.strftime("%d.%m.%Y"),
         L=dict(to="Rechnungsanschrift", title="Rechnung", intro="Wir berechnen Ihnen folgende Lieferungen und Leistungen:", pos="Pos.", desc="Bezeichnung",
                qty="Menge", price="Einzelpreis", amt="Gesamtpreis", sub="Nettobetrag", tax="zzgl. 19 % MwSt.", total="Rechnungsbetrag",
                no="Rechnungs-Nr.", date="Rechnungsdatum", cust="Kunden-Nr.", ref="Ihre Bestellung", deliv="Lieferdatum", due="Fällig am", page="Seite", vatl="USt-IdNr."),
         cat=[("Beamer Full-HD 4500 lm", (890, 1490)), ("Leinwand elektrisch 240x135", (420, 780)), ("Montage und Einrichtung (Std.)", (65, 95)),
              ("HDMI-Kabel 10 m aktiv", (39, 79)), ("Konferenzmikrofon Set", (590, 1290)), ("Anfahrtspauschale", (49, 89))]),
    dict(cc="CH", legal="Helvetia Prüfsysteme AG", ini="HP", brand="helvetia prüfsysteme", color="#2e7d32", cur="CHF", rate=D("0.081"), vat=None,
         fmt=lambda x: "CHF " + fnum(x, ".", "'"), datef=lambda d: d.strftime("%d.%m.%Y"),
         L=dict(to="Rechnungsadresse", title="Rechnung", intro="Wir erlauben uns, Ihnen folgende Leistungen in Rechnung zu stellen:", pos="Pos.", desc="Beschreibung",
                qty="Anzahl", price="Preis", amt="Betrag", sub="Total exkl. MWST", tax="MWST 8.1%", total="Total inkl. MWST",
                no="Rechnung Nr.", date="Datum", cust="Kunden-Nr.", ref="Ihre Referenz", deliv="Leistungsdatum", due="Zahlbar bis", page="Seite", vatl="MWST-Nr."),
         cat=[("Prüfstand-Kalibrierung", (850, 1900)), ("Messprotokoll nach ISO 17025", (180, 420)), ("Servicetechniker (Std.)", (135, 175)),
              ("Drucksensor 0-10 bar", (290, 540)), ("Reisezeit und Spesen", (120, 380))]),
    dict(cc="IE", legal="Seaboard Facilities Management Limited", ini="SF", brand="seaboard", color="#00838f", cur="EUR", rate=D("0.23"), vat=ie_vat,
         fmt=lambda x: "€" + en(x), datef=lambda d: d.strftime("%d %b %Y"),
         L=dict(to="Bill to", title="Invoice", intro="Facilities services for the period shown:", pos="Line", desc="Service", qty="Qty", price="Rate", amt="Net",
                sub="Subtotal", tax="VAT @ 23%", total="Total due", no="Invoice number", date="Invoice date", cust="Account", ref="PO number",
                deliv="Service period end", due="Payment due", page="Page", vatl="VAT number"),
         cat=[("Contract cleaning – office block A", (1800, 4200)), ("Window cleaning (external)", (350, 780)), ("Washroom services units", (18, 32)),
              ("Reactive maintenance call-out", (95, 160)), ("Waste management – mixed recycling lifts", (28, 55))]),
]


@style("14", "header_table_logo_smallprint")
def s14(rng, i):
    v = S14_V[i]
    L = v["L"]
    inv_date = rand_date(rng)
    due = inv_date + dt.timedelta(days=rng.choice([14, 30]))
    if v["cc"] == "CH":
        u = ch_uid(rng)[3:]
        vat_print = f"CHE-{u[:3]}.{u[3:6]}.{u[6:]} MWST"
    elif v["cc"] == "GB":
        g = gb_vat(rng)
        vat_print = g
    else:
        vat_print = v["vat"](rng)
    invno = rng.choice([f"{inv_date.year}{rng.randint(1000, 9999)}", f"R{rng.randint(100000, 199999)}", f"{rng.randint(10, 99)}/{rng.randint(1000, 9999)}"])
    n = rng.randint(2, len(v["cat"]))
    items = []
    for desc, pr in rng.sample(v["cat"], n):
        q = D(rng.randint(2, 40)) / 2 if ("Std." in desc or "days" in desc or "call-out" in desc) else D(rng.randint(1, 30)) if pr[1] < 100 else D(rng.randint(1, 4))
        p = exact_price(rng, q, D(str(pr[0])), D(str(pr[1])), D("0.05") if v["cc"] == "CH" else D("0.01"))
        items.append(dict(desc=desc, qty=q, price=p, amount=q2(q * p)))
    sub = tot(items)
    tax = q2(sub * v["rate"])
    if v["cc"] == "CH":  # Swiss rounding to 5 Rappen on the VAT amount
        tax = (tax * 20).quantize(D("1"), ROUND_HALF_UP) / 20
        tax = q2(tax)
    total = sub + tax
    po = rng.choice([f"PO{rng.randint(10000, 99999)}", f"{rng.randint(4500000000, 4509999999)}", f"B-{rng.randint(1000, 9999)}"]) if i in (0, 1, 3) else None
    fm = v["fmt"]
    fd = v["datef"]
    vat_in_table = i in (1, 2)
    facts = [(L["no"], invno), (L["date"], fd(inv_date)), (L["cust"], str(rng.randint(10000, 99999)))]
    if po:
        facts.append((L["ref"], po))
    facts += [(L["deliv"], fd(inv_date - dt.timedelta(days=rng.randint(1, 10)))), (L["due"], fd(due))]
    if vat_in_table:
        facts.append((L["vatl"], vat_print))
    facts.append((L["page"], "1 / 1"))
    caddr = address(rng, v["cc"])
    client = rng.choice({"GB": ["Marlowe Retail Group plc", "Ashdown Housing Trust"], "DE": ["Stadthalle Göttingen GmbH", "Evangelische Akademie Tutzing"],
                         "CH": ["Spital Limmattal", "Berner Kantonalbank AG"], "IE": ["Docklands Tech Campus DAC", "Galway Clinic Ltd"]}[v["cc"]])
    email = f"accounts@{v['brand'].split()[0]}.{ {'GB': 'co.uk', 'DE': 'de', 'CH': 'ch', 'IE': 'ie'}[v['cc']] }"
    iban = {"GB": iban_gb, "DE": iban_de, "CH": iban_ch, "IE": iban_ie}[v["cc"]](rng)
    pay = {"GB": f"Please pay by bank transfer by the due date quoting the invoice number. Sort code {digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}, account {digits(rng, 8)}.",
           "DE": f"Bitte überweisen Sie den Rechnungsbetrag bis zum {fd(due)} ohne Abzug unter Angabe der Rechnungsnummer.",
           "CH": f"Zahlbar bis {fd(due)} netto auf IBAN {iban_fmt(iban)}.",
           "IE": "Payment by EFT by the due date shown above. Please use the invoice number as reference."}[v["cc"]]
    small = (f"{v['legal']} · {address(rng, v['cc'])[0]} · {caddr[-1] if v['cc'] in ('GB', 'IE') else address(rng, v['cc'])[1]} · "
             + {"GB": f"Registered in England and Wales No. {digits(rng, 8, True)}", "DE": f"Amtsgericht Köln HRB {rng.randint(10000, 99999)} · Geschäftsführer: {rng.choice(['Anna Kranich', 'Felix Brandt'])}",
                "CH": f"Handelsregister Kanton Zürich, {vat_print.replace(' MWST', '')}", "IE": f"Registered in Ireland No. {digits(rng, 6, True)}"}[v["cc"]]
             + ("" if vat_in_table else f" · {L['vatl']} {vat_print}")
             + f" · IBAN {iban_fmt(iban)} · {email}")
    ctx = dict(title=f"{L['title']} {invno}", logo=initials_png(v["ini"], v["color"], sub=v["brand"]), facts=facts, L=L, client=client, caddr=caddr,
               items=[dict(desc=it["desc"], q=qstr(it["qty"]) if v["cc"] in ("GB", "IE") else de(it["qty"], 0 if it["qty"] % 1 == 0 else 1),
                           p=fm(it["price"]), a=fm(it["amount"])) for it in items],
               sub=fm(sub), tax=fm(tax), total=fm(total), pay=pay, small=small)
    truth = T(vendor_name=v["legal"], vendor_tax_id=vat_print, invoice_number=invno, po_number=po, invoice_date=dstr(inv_date),
              due_date=dstr(due), currency=v["cur"], subtotal=money_truth(sub), tax=money_truth(tax), total=money_truth(total),
              line_items=lines_truth(items),
              notes="Logo is an IMAGE (initials + brand word, no text layer); the vendor's legal name appears ONLY in the small-print footer. "
                    "Header facts are in a bordered 2-column table at top right. "
                    + ("vendor_tax_id is in the header table. " if vat_in_table else "vendor_tax_id only in the footer small print. ")
                    + ("Swiss MWST number printed 'CHE-xxx.xxx.xxx MWST'; amounts as CHF 1'234.50; VAT rounded to 5 Rappen. " if v["cc"] == "CH" else ""))
    checks = [v["legal"], vat_print, invno, fd(inv_date), fd(due), fm(sub), fm(tax), fm(total)] + ([po] if po else [])
    return truth, checks, (S14_HTML, ctx), "chromium"

# =====================================================================================
# 15  Multi-page (3 pages) invoice, totals on last page, 'continued' markers -- fpdf2
# =====================================================================================
S15_V = [
    dict(lang="de", vendor="Rhein-Ruhr Elektrogroßhandel GmbH", cc="DE", cur="EUR", rate=D("0.19"), taxlabel="USt 19 %",
         bases=[("Installationskabel NYM-J {}", ["3x1,5 mm² 100 m", "5x1,5 mm² 50 m", "3x2,5 mm² 100 m", "5x2,5 mm² 50 m", "5x6 mm² 25 m"], (38, 240), "r"),
                ("Leitungsschutzschalter B{}A 1-polig", ["6", "10", "13", "16", "20", "25", "32"], (3.2, 7.9), "m"),
                ("Schalterprogramm reinweiß, {}", ["Wippe", "Rahmen 1-fach", "Rahmen 2-fach", "Steckdose SCHUKO", "Serienschalter", "Wechselschalter"], (2.1, 9.8), "m"),
                ("LED-Panel 62x62 {}", ["36W 4000K", "40W 3000K", "30W 6500K"], (24, 59), "s"),
                ("Abzweigdose AP {}", ["IP54 grau", "IP65 85x85", "IP65 100x100"], (1.8, 6.4), "m"),
                ("Kabelbinder {}", ["200x3,6 schwarz VE100", "300x4,8 natur VE100", "370x7,6 schwarz VE100"], (2.4, 9.5), "s"),
                ("WAGO Verbindungsklemme {}", ["221-412 VE50", "221-413 VE50", "221-415 VE25", "2273-204 VE100"], (9.9, 24.0), "s"),
                ("Installationsrohr flexibel {}", ["M16 50 m", "M20 50 m", "M25 25 m", "M32 25 m"], (14, 39), "s"),
                ("FI-Schutzschalter {}", ["40A 30mA 4-polig Typ A", "25A 30mA 2-polig", "63A 300mA 4-polig"], (28, 89), "s"),
                ("Dübel Nylon {}", ["6x30 VE100", "8x40 VE100", "10x50 VE50"], (3.5, 8.9), "s"),
                ("Aderendhülsen isoliert {}", ["1,5 mm² VE500", "2,5 mm² VE500", "6 mm² VE100"], (4.2, 9.9), "s"),
                ("Hutschiene 35 mm gelocht, {}", ["1 m", "2 m"], (2.9, 6.5), "m")]),
    dict(lang="en", vendor="Midlands Catering Wholesale Ltd", cc="GB", cur="GBP", rate=D("0.20"), taxlabel="VAT @ 20%",
         bases=[("Disposable {}", ["paper cups 8oz x1000", "paper cups 12oz x1000", "lids 8oz x1000", "napkins 2ply x2000", "wooden forks x1000", "kraft bags medium x500"], (12, 46), "m"),
                ("Cleaning - {}", ["degreaser 5L", "sanitiser spray 750ml x6", "dishwasher detergent 20L", "rinse aid 5L", "floor cleaner 5L"], (8, 58), "s"),
                ("Gastronorm {}", ["1/1 65mm stainless", "1/2 100mm stainless", "1/3 150mm stainless", "1/4 65mm polycarbonate", "lid 1/1"], (6, 24), "s"),
                ("Catering foil & film {}", ["foil 450mm x 75m", "cling film 450mm x 300m", "baking parchment 450mm x 50m"], (7, 19), "s"),
                ("Blue roll {}", ["2ply x6", "centrefeed x6"], (11, 18), "s"),
                ("Food containers {}", ["foil no.2 x500", "foil no.6a x500", "microwavable 650ml x250", "salad box kraft x300"], (19, 42), "s"),
                ("Chef's whites {}", ["jacket S", "jacket M", "jacket L", "apron black", "skull cap"], (5, 24), "s"),
                ("Glassware {}", ["hi-ball 10oz x24", "wine glass 12oz x24", "pint glass CE x24", "tumbler 8oz x48"], (14, 39), "s")]),
    dict(lang="en_us", vendor="Bay State Lab Supply, Inc.", cc="US", cur="USD", rate=D("0.0625"), taxlabel="MA Sales Tax 6.25%",
         bases=[("Pipette tips {}", ["10 µL filtered, rack of 96 x10", "200 µL bulk x1000", "1000 µL filtered x960", "20 µL low-retention x960"], (28, 96), "s"),
                ("Nitrile exam gloves {}", ["S, box of 100", "M, box of 100", "L, box of 100", "XL, box of 90"], (9, 16), "m"),
                ("Centrifuge tubes {}", ["15 mL sterile x500", "50 mL sterile x500", "1.5 mL microtubes x500", "2.0 mL screw cap x500"], (39, 149), "s"),
                ("Petri dishes {}", ["90 mm x500", "60 mm x500", "150 mm x100"], (42, 118), "s"),
                ("Beaker borosilicate {}", ["50 mL x12", "250 mL x12", "600 mL x6", "1000 mL x6"], (24, 88), "s"),
                ("Serological pipettes {}", ["5 mL x200", "10 mL x200", "25 mL x150"], (36, 79), "s"),
                ("Lab wipes {}", ["small x280 x60", "large x140 x15"], (64, 139), "s"),
                ("Cryovials {}", ["2 mL external thread x500", "5 mL x250"], (78, 165), "s"),
                ("Parafilm M {}", ["2 in x 250 ft", "4 in x 125 ft"], (39, 59), "s")]),
    dict(lang="de", vendor="Fachbuchhandlung Lindemann GmbH", cc="DE", cur="EUR", rate=D("0.07"), taxlabel="USt 7 %",
         bases=[("{}", ["Grundlagen der Elektrotechnik, 9. Aufl.", "Handbuch Steuerrecht 2025", "BGB Kommentar, 84. Aufl.", "Technische Mechanik 1 - Statik",
                        "Kostenrechnung für Einsteiger", "Arbeitsrecht kompakt", "Mathematik für Ingenieure Bd. 1", "Mathematik für Ingenieure Bd. 2",
                        "Projektmanagement in der Praxis", "Einführung in die Volkswirtschaftslehre", "Bilanzen lesen und verstehen", "Pflegewissen Kardiologie",
                        "Anatomie Atlas, 4. Aufl.", "Physik für Naturwissenschaftler", "Organische Chemie, Lehrbuch", "Datenbanksysteme", "Python für Einsteiger",
                        "Statistik ohne Formeln", "Baukonstruktionslehre", "Tabellenbuch Metall, 48. Aufl.", "Fachkunde Elektrotechnik", "Marketing Management",
                        "Personalführung im Mittelstand", "Wirtschaftsprivatrecht", "Handbuch der Lebensmittelhygiene", "Deutsch als Fremdsprache B1",
                        "Englisch für Techniker", "Geschichte Europas 1900-2000", "Kinder- und Jugendhilferecht", "Logistikmanagement",
                        "Medizinische Terminologie", "Schaltungstechnik", "Regelungstechnik 1", "Werkstoffkunde", "Steuerlehre 1", "Steuerlehre 2",
                        "Einkommensteuer Praxis", "Sozialrecht Textausgabe", "Baurecht Textausgabe", "Umsatzsteuer kompakt", "Controlling", "Buchführung 1",
                        "Buchführung 2", "Qualitätsmanagement ISO 9001", "Arbeitsschutz in der Praxis", "Gesundheitsökonomie", "Wissenschaftliches Arbeiten",
                        "Psychologie Grundkurs", "Didaktik der Mathematik", "Pädagogische Psychologie", "Chemie im Alltag", "Grundkurs Informatik",
                        "Netzwerktechnik", "IT-Sicherheit", "Algorithmen und Datenstrukturen", "Elektronik für Einsteiger", "Mikrocontroller-Praxis",
                        "Handbuch Projektsteuerung", "Vertragsrecht", "Gesellschaftsrecht", "Insolvenzrecht kompakt", "Immobilienbewertung",
                        "Holzbau-Taschenbuch", "Stahlbau-Kalender", "Betonkalender", "Verkehrsplanung", "Stadtplanung heute", "Umweltrecht Textausgabe",
                        "Energietechnik", "Photovoltaik-Handbuch", "Wärmepumpen in der Praxis"], (19.9, 129.0), "b")]),
]


@style("15", "multipage_3p")
def s15(rng, i):
    from stdnum import isbn as _isbn
    v = S15_V[i]
    lang = v["lang"]
    de_ = lang == "de"
    inv_date = rand_date(rng)
    vat = de_vat(rng) if v["cc"] == "DE" else gb_vat(rng) if v["cc"] == "GB" else None
    vat_print = vat if v["cc"] != "GB" else f"GB {vat[2:5]} {vat[5:9]} {vat[9:]}"
    invno = rng.choice([f"{inv_date.year}-{rng.randint(10000, 99999)}", f"{rng.randint(300000, 399999)}"]) if de_ else rng.choice([f"SI-{rng.randint(100000, 199999)}", f"{rng.randint(50000, 59999)}"])
    P1, P2 = 20, 26
    n3 = rng.randint(3, 8)
    n = P1 + P2 + n3
    combos = [(b.format(var), pr, kind) for b, vars_, pr, kind in v["bases"] for var in vars_]
    picks = rng.sample(combos, min(n, len(combos)))
    picks += [rng.choice(combos) for _ in range(n - len(picks))]  # collective invoice: items may recur in later deliveries
    ndel = rng.randint(3, 5)
    ddates = sorted(inv_date - dt.timedelta(days=rng.randint(1, 28)) for _ in range(ndel))
    dnos = sorted(str(rng.randint(700000, 799999)) for _ in range(ndel))
    cuts = sorted(rng.sample(range(1, n), ndel - 1))
    items = []
    memo = {}
    for desc, pr, kind in picks:
        q = {"r": lambda: D(rng.randint(1, 6)), "m": lambda: D(rng.choice([5, 10, 12, 20, 24, 50])), "s": lambda: D(rng.randint(1, 12)),
             "b": lambda: D(rng.choice([1, 1, 1, 2, 3, 5, 10, 25]))}[kind]()
        step = D("0.10") if kind == "b" else D("0.01")
        p = exact_price(rng, q, D(str(pr[0])), D(str(pr[1])), step)
        code = (_isbn.format(sample_valid(rng, lambda: "9783" + digits(rng, 9), _isbn.is_valid)) if kind == "b" else
                f"{rng.randint(100000, 999999)}" if de_ else f"{letters(rng, 2)}{rng.randint(1000, 9999)}")
        if desc in memo:  # recurring article: same code and unit price
            code, p = memo[desc]
        memo[desc] = (code, p)
        items.append(dict(desc=desc, qty=q, price=p, amount=q2(q * p), code=code))
    for k, it in enumerate(items):
        di = sum(1 for c in cuts if c <= k)
        it["dn"], it["dd"] = dnos[di], ddates[di]
    sub = tot(items)
    tax = q2(sub * v["rate"])
    total = sub + tax
    po = rng.choice([f"{rng.randint(4500000000, 4509999999)}", f"PO-{rng.randint(10000, 99999)}", f"BE{rng.randint(100000, 999999)}"])
    if de_:
        fm, fd = de, (lambda d: d.strftime("%d.%m.%Y"))
        cur_sfx = " EUR"
    elif lang == "en":
        fm, fd = en, (lambda d: d.strftime("%d/%m/%Y"))
        cur_sfx = ""
    else:
        fm, fd = en, (lambda d: d.strftime("%m/%d/%Y"))
        cur_sfx = ""
    explicit_due = i in (0, 1)
    due = inv_date + dt.timedelta(days=30)
    Lx = dict(de=dict(title="Rechnung", no="Rechnungsnummer", date="Rechnungsdatum", cust="Kundennummer", po="Ihre Bestellnummer", dn="Lieferschein-Nr.",
                      due="Fälligkeitsdatum", cols=["Pos", "Artikel-Nr." if i == 0 else "ISBN", "Bezeichnung", "Menge", "Einzelpreis", "Gesamt"],
                      cf="Übertrag", bf="Übertrag von Seite {p}", cont="Fortsetzung auf Seite {p}", page="Seite {p} von {n}", sub="Warenwert netto",
                      total="Rechnungsbetrag", terms_due="Zahlbar bis {d} ohne Abzug.", terms="Zahlbar innerhalb von 30 Tagen ohne Abzug."),
              en=dict(title="Sales Invoice", no="Invoice No.", date="Invoice / Tax point", cust="Account No.", po="Customer order no.", dn="Delivery note",
                      due="Due date", cols=["Line", "Code", "Description", "Qty", "Unit price", "Net"], cf="Carried forward", bf="Brought forward from page {p}",
                      cont="Continued on page {p} ...", page="Page {p} of {n}", sub="Goods total (net)", total="Invoice total",
                      terms_due="Payment due by {d}.", terms="Terms: 30 days from date of invoice."),
              en_us=dict(title="INVOICE", no="Invoice #", date="Invoice Date", cust="Customer ID", po="Purchase Order", dn="Packing slip",
                         due="Due Date", cols=["Ln", "Catalog #", "Description", "Qty", "Unit Price", "Ext. Price"], cf="Carried forward",
                         bf="Balance brought forward from page {p}", cont="*** Continued on page {p} ***", page="Page {p} of {n}", sub="Merchandise subtotal",
                         total="TOTAL DUE", terms_due="Due {d}.", terms="Terms: Net 30."))[lang]
    client = rng.choice({"DE": ["Elektro Schuster GmbH & Co. KG", "Universität Bielefeld – Zentraler Einkauf", "Stadtbibliothek Leipzig", "Hausmeisterservice Krüger"],
                         "GB": ["The Old Mill Hotel & Spa", "Brindley Place Events Ltd", "St Chad's School Kitchen", "Cotswold Garden Café"],
                         "US": ["Northeastern Biotech Research Institute", "Cambridge BioFoundry LLC", "Worcester Polytechnic Core Lab", "Harborview Diagnostics"]}[v["cc"]])
    caddr = address(rng, v["cc"])
    vaddr = address(rng, v["cc"])
    if v["cc"] == "US":
        vaddr = [vaddr[0], "Boston, MA 02210"]
    custno = str(rng.randint(10000, 99999))
    dn = dnos[0] + (f" ff." if de_ else " etc.")
    pages = [items[:P1], items[P1:P1 + P2], items[P1 + P2:]]
    carried = [sum((it["amount"] for it in pages[0]), D("0.00")), sum((it["amount"] for it in pages[0] + pages[1]), D("0.00"))]

    def render(path):
        pdf = new_fpdf(creator="Microsoft Dynamics NAV" if de_ else "Sage 200" if lang == "en" else "QuickBooks Enterprise")
        F = lambda st="", sz=8.5: pdf.set_font("DejaVuC", st, sz)
        cols = [(15, 10, "R"), (26, 28, "L"), (55, 85, "L"), (140, 13, "R"), (153, 20, "R"), (173, 22, "R")]
        pos = 0
        for pno, rows in enumerate(pages, start=1):
            pdf.add_page()
            if pno == 1:
                F("B", 16)
                pdf.set_xy(15, 13)
                pdf.cell(120, 8, v["vendor"])
                F("", 7.5)
                pdf.set_xy(15, 21)
                pdf.cell(150, 4, " · ".join(vaddr) + (f" · {'USt-IdNr.' if de_ else 'VAT Reg No'} {vat_print}" if vat else ""))
                F("", 9.5)
                for k, t in enumerate([client] + caddr):
                    pdf.set_xy(15, 38 + k * 4.6)
                    pdf.cell(90, 4.6, t)
                meta = [(Lx["no"], invno), (Lx["date"], fd(inv_date)), (Lx["cust"], custno), (Lx["po"], po), (Lx["dn"], dn)]
                if explicit_due:
                    meta.append((Lx["due"], fd(due)))
                for k, (a, b) in enumerate(meta):
                    F("B" if k == 0 else "", 8.5)
                    pdf.set_xy(120, 36 + k * 4.6)
                    pdf.cell(38, 4.6, a)
                    pdf.set_xy(158, 36 + k * 4.6)
                    pdf.cell(37, 4.6, b, align="R")
                F("B", 13)
                pdf.set_xy(15, 68)
                pdf.cell(100, 7, Lx["title"])
                y = 78
            else:
                F("", 8)
                pdf.set_xy(15, 12)
                pdf.cell(100, 4, v["vendor"])
                pdf.set_xy(100, 12)
                pdf.cell(95, 4, f"{Lx['title']} {invno} · {fd(inv_date)}", align="R")
                pdf.line(15, 17, 195, 17)
                y = 21
            # table head
            pdf.set_fill_color(230, 230, 230)
            pdf.rect(15, y, 180, 5.5, style="F")
            F("B", 8)
            for (x, w, a), h in zip(cols, Lx["cols"]):
                pdf.set_xy(x, y + 0.7)
                pdf.cell(w, 4, h, align=a)
            y += 7
            if pno > 1:
                F("", 8.3)
                pdf.set_xy(55, y)
                pdf.cell(85, 4.4, Lx["bf"].format(p=pno - 1))
                pdf.set_xy(173, y)
                pdf.cell(22, 4.4, fm(carried[pno - 2]), align="R")
                y += 5.2
            for it in rows:
                pos += 1
                F("", 8.3)
                vals = [str(pos), it["code"], it["desc"], qstr(it["qty"]), fm(it["price"]), fm(it["amount"])]
                for (x, w, a), val in zip(cols, vals):
                    pdf.set_xy(x, y)
                    pdf.cell(w, 4.4, val, align=a)
                F("", 6.8)
                pdf.set_text_color(90, 90, 90)
                pdf.set_xy(55, y + 4.1)
                pdf.cell(85, 3.4, {"de": "Lieferschein {} vom {}", "en": "Delivery note {} - {}", "en_us": "Packing slip {} shipped {}"}[lang].format(it["dn"], fd(it["dd"])))
                pdf.set_text_color(0, 0, 0)
                y += 8.6
            pdf.line(15, y, 195, y)
            y += 1.5
            if pno < 3:
                F("B", 8.5)
                pdf.set_xy(55, y)
                pdf.cell(85, 4.6, Lx["cf"])
                pdf.set_xy(168, y)
                pdf.cell(27, 4.6, fm(carried[pno - 1]), align="R")
                F("", 8.5)
                pdf.set_xy(15, y + 7)
                pdf.cell(180, 4.6, Lx["cont"].format(p=pno + 1), align="C")
            else:
                y += 3
                rows_t = [(Lx["sub"], fm(sub)), (v["taxlabel"], fm(tax)), (Lx["total"] + (f" {v['cur']}" if lang != "en_us" else ""), ("$" if lang == "en_us" else "£" if lang == "en" else "") + fm(total) + ("" if not de_ else ""))]
                for k, (a, b) in enumerate(rows_t):
                    F("B" if k == 2 else "", 10 if k == 2 else 9)
                    pdf.set_xy(115, y)
                    pdf.cell(50, 5.5, a)
                    pdf.set_xy(160, y)
                    pdf.cell(35, 5.5, b, align="R")
                    y += 6.2
                y += 6
                F("", 8.5)
                terms = Lx["terms_due"].format(d=fd(due)) if explicit_due else Lx["terms"]
                extra = {"de": f"Bankverbindung: IBAN {iban_fmt(iban_de(rng))} · BIC {rng.choice(['WELADED1XXX', 'DORTDE33XXX', 'COBADEFFXXX'])}",
                         "en": f"BACS: sort code {digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)} account {digits(rng, 8)}. Goods remain our property until paid in full.",
                         "en_us": f"Remit to: {v['vendor']}, P.O. Box {rng.randint(1000, 9999)}, Boston, MA 02241. Federal Tax ID on request."}[lang]
                for t in (terms, extra):
                    pdf.set_xy(15, y)
                    pdf.multi_cell(180, 4.4, t)
                    y = pdf.get_y() + 1
            F("", 7.5)
            pdf.set_xy(15, 284)
            pdf.cell(180, 4, Lx["page"].format(p=pno, n=3), align="R")
            pdf.set_xy(15, 284)
            pdf.cell(120, 4, f"{v['vendor']} · {vaddr[-1]}")
        pdf.output(path)

    truth = T(vendor_name=v["vendor"], vendor_tax_id=vat_print, invoice_number=invno, po_number=po, invoice_date=dstr(inv_date),
              due_date=dstr(due) if explicit_due else None, currency=v["cur"], subtotal=money_truth(sub), tax=money_truth(tax), total=money_truth(total),
              line_items=lines_truth(items),
              notes=f"3-page invoice with {n} line items ({P1} on p.1, {P2} on p.2, {n3} on p.3); totals only on page 3. The per-page "
                    "'carried forward / Übertrag' running sums and 'brought forward' rows are decoys (not line items, not the subtotal). "
                    "Collective invoice over several delivery notes: the same article may appear on more than one line (separate line items). "
                    + ("Item code column holds valid ISBN-13s. " if i == 3 else "")
                    + ("" if explicit_due else "Only 30-day terms -> due_date null. ")
                    + ("No seller tax id printed (US). " if vat is None else ""))
    checks = [v["vendor"], invno, po, fd(inv_date), fm(sub), fm(tax), fm(total), fm(carried[0]), fm(carried[1])] + ([vat_print] if vat else [])
    assert len(pages[2]) >= 3
    return truth, checks, render, "fpdf2"

# =====================================================================================
# 16  Credit notes: Gutschrift (fpdf2), avoir (chromium), UK credit note (chromium), nota de crédito AR (fpdf2)
# =====================================================================================
S16_FR_HTML = """<!doctype html><html><head><meta charset="utf-8"><title>{{ title }}</title><style>
@page { size: A4; margin: 15mm 16mm 12mm 16mm; }
body { margin: 0; font-family: 'DejaVu Serif', serif; font-size: 8.8pt; color: #222; }
.top { display: flex; justify-content: space-between; }
.co b { font-size: 13pt; color: {{ color }}; }
.co { line-height: 1.45; }
.doc { text-align: right; }
.doc h1 { margin: 0; font-size: 24pt; color: {{ color }}; letter-spacing: 4px; }
.doc table { margin-left: auto; margin-top: 3mm; border-collapse: collapse; }
.doc td { padding: 1mm 0 1mm 5mm; text-align: right; }
.client { margin: 10mm 0 0 95mm; border-left: 3px solid {{ color }}; padding-left: 4mm; line-height: 1.5; }
.ref { margin-top: 8mm; background: #f6f2ec; padding: 3mm; }
table.l { width: 100%; border-collapse: collapse; margin-top: 6mm; font-family: 'DejaVu Sans', sans-serif; font-size: 8.4pt; }
table.l th { border-bottom: 2px solid {{ color }}; padding: 2mm; text-align: left; }
table.l td { border-bottom: 1px solid #e5e5e5; padding: 2mm; }
.n { text-align: right !important; white-space: nowrap; }
table.t { margin-left: auto; margin-top: 4mm; width: 85mm; border-collapse: collapse; font-family: 'DejaVu Sans', sans-serif; }
table.t td { padding: 1.6mm 2mm; }
table.t tr.g td { font-weight: bold; border-top: 2px solid {{ color }}; font-size: 10pt; }
.mention { margin-top: 8mm; line-height: 1.5; }
.foot { position: fixed; bottom: 0; left: 0; right: 0; font-size: 6.8pt; color: #777; text-align: center; border-top: 1px solid #ddd; padding-top: 2mm; font-family: 'DejaVu Sans', sans-serif; }
</style></head><body>
<div class="top"><div class="co"><b>{{ vendor }}</b><br>{{ vaddr|join('<br>'|safe) }}<br>Tél. {{ tel }}</div>
<div class="doc"><h1>AVOIR</h1><table><tr><td>Avoir n°</td><td><b>{{ no }}</b></td></tr><tr><td>Date</td><td>{{ date }}</td></tr><tr><td>Code client</td><td>{{ custno }}</td></tr></table></div></div>
<div class="client"><b>{{ client }}</b><br>{{ caddr|join('<br>'|safe) }}<br>N° TVA intracom. : {{ cvat }}</div>
<div class="ref">Avoir sur facture n° <b>{{ orig }}</b> du {{ orig_date }} — Motif : {{ reason }}</div>
<table class="l"><tr><th>Réf.</th><th>Désignation</th><th class="n">Qté</th><th class="n">PU HT</th><th class="n">Montant HT</th></tr>
{% for it in items %}<tr><td>{{ it.ref }}</td><td>{{ it.desc }}</td><td class="n">{{ it.q }}</td><td class="n">{{ it.p }}</td><td class="n">{{ it.a }}</td></tr>{% endfor %}
</table>
<table class="t"><tr><td>Total HT</td><td class="n">{{ sub }}</td></tr><tr><td>TVA 20 %</td><td class="n">{{ tax }}</td></tr><tr class="g"><td>Total TTC de l'avoir</td><td class="n">{{ total }}</td></tr></table>
<div class="mention">Les montants entre parenthèses sont en votre faveur. {{ settle }}</div>
<div class="foot">{{ vendor }} — SAS au capital de {{ capital }} € — RCS {{ rcs }} — SIRET {{ siret }} — N° TVA intracommunautaire : {{ vat }} — Page 1/1</div>
</body></html>"""

S16_UK_HTML = """<!doctype html><html><head><meta charset="utf-8"><title>{{ title }}</title><style>
@page { size: A4; margin: 14mm 15mm; }
body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; color: #222; }
.band { background: {{ color }}; color: white; padding: 5mm 6mm; display: flex; justify-content: space-between; align-items: center; }
.band h1 { margin: 0; font-size: 20pt; letter-spacing: 1px; }
.band .v { text-align: right; font-size: 8.4pt; line-height: 1.4; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 8mm; margin-top: 8mm; }
.grid table td { padding: 1mm 4mm 1mm 0; }
.grid .k { color: #666; }
table.l { width: 100%; border-collapse: collapse; margin-top: 8mm; }
table.l th { background: #f0f0f0; text-align: left; padding: 2mm; border-bottom: 1px solid #999; }
table.l td { padding: 2mm; border-bottom: 1px solid #e3e3e3; }
.n { text-align: right !important; white-space: nowrap; }
table.t { width: 80mm; margin-left: auto; margin-top: 4mm; border-collapse: collapse; }
table.t td { padding: 1.5mm 2mm; }
table.t tr.g td { font-weight: bold; font-size: 11pt; border-top: 2px solid {{ color }}; }
.note { margin-top: 8mm; font-size: 8.4pt; line-height: 1.5; }
.foot { position: fixed; bottom: 0; left: 0; right: 0; font-size: 7pt; color: #888; display: flex; justify-content: space-between; }
</style></head><body>
<div class="band"><h1>CREDIT NOTE</h1><div class="v"><b>{{ vendor }}</b><br>{{ vaddr|join(', ') }}<br>VAT Registration No. {{ vat }}</div></div>
<div class="grid">
 <div><div class="k">Credit to</div><b>{{ client }}</b><br>{{ caddr|join('<br>'|safe) }}</div>
 <table><tr><td class="k">Credit note no.</td><td><b>{{ no }}</b></td></tr><tr><td class="k">Credit note date</td><td>{{ date }}</td></tr>
 <tr><td class="k">Against invoice</td><td>{{ orig }} ({{ orig_date }})</td></tr>{% if po %}<tr><td class="k">Customer PO</td><td>{{ po }}</td></tr>{% endif %}
 <tr><td class="k">Account</td><td>{{ custno }}</td></tr><tr><td class="k">Reason</td><td>{{ reason }}</td></tr></table>
</div>
<table class="l"><tr><th>Description</th><th class="n">Qty</th><th class="n">Unit price</th><th class="n">VAT %</th><th class="n">Net</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td class="n">{{ it.q }}</td><td class="n">{{ it.p }}</td><td class="n">20</td><td class="n">{{ it.a }}</td></tr>{% endfor %}
</table>
<table class="t"><tr><td>Net credit</td><td class="n">{{ sub }}</td></tr><tr><td>VAT @ 20%</td><td class="n">{{ tax }}</td></tr><tr class="g"><td>Total credit</td><td class="n">{{ total }}</td></tr></table>
<div class="note">Figures in brackets are credits. This credit has been applied to your account and will be offset against your next payment; no payment is due.
Remaining balance on account after this credit: {{ bal }}.</div>
<div class="foot"><span>{{ vendor }} · Registered in England and Wales No. {{ regno }}</span><span>Page 1 of 1</span></div>
</body></html>"""


@style("16", "credit_note")
def s16(rng, i):
    inv_date = rand_date(rng)
    orig_date = inv_date - dt.timedelta(days=rng.randint(5, 60))
    if i in (0, 3):
        return _s16_fpdf(rng, i, inv_date, orig_date)
    if i == 1:
        vendor = rng.choice(["Distrilux Équipements SAS", "Atelier Numérique Lyonnais SAS"])
        vat = fr_tva(rng)
        siren = vat[4:]
        cat = [("Écran LED 27 pouces", (189, 329)), ("Station d'accueil USB-C", (89, 159)), ("Casque audio sans fil", (59, 129)),
               ("Remise commerciale exceptionnelle", (50, 300)), ("Frais de port refacturés à tort", (12, 35)), ("Clavier ergonomique", (39, 89))]
        items = []
        for desc, pr in rng.sample(cat, rng.randint(1, 4)):
            q = D(1) if "Remise" in desc or "Frais" in desc else D(rng.randint(1, 6))
            p = exact_price(rng, q, D(str(pr[0])), D(str(pr[1])))
            items.append(dict(desc=desc, qty=q, price=p, amount=q2(q * p), ref=f"{letters(rng, 3)}{rng.randint(100, 999)}"))
        sub = tot(items)
        tax = q2(sub * D("0.20"))
        total = sub + tax
        par = lambda x: f"({sp(x)} €)"
        no = f"AV-{inv_date.year}-{rng.randint(1, 300):03d}"
        orig = f"FA-{orig_date.year}-{rng.randint(100, 4999):04d}"
        fd = lambda d: d.strftime("%d/%m/%Y")
        ctx = dict(title=f"Avoir {no}", color="#8d4b2a", vendor=vendor, vaddr=address(rng, "FR"), tel=f"+33 {rng.randint(1, 5)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
                   no=no, date=fd(inv_date), custno=f"CL{rng.randint(1000, 9999)}", client=rng.choice(["Cabinet Morel & Associés", "Mairie de Villeurbanne", "Lycée Jean Moulin", "Pharmacie du Centre SARL"]),
                   caddr=address(rng, "FR"), cvat=fr_tva(rng), orig=orig, orig_date=fd(orig_date),
                   reason=rng.choice(["retour de marchandise défectueuse", "erreur de facturation", "geste commercial", "marchandise non livrée"]),
                   items=[dict(ref=it["ref"], desc=it["desc"], q=qstr(it["qty"]), p=sp(it["price"]), a=par(it["amount"])) for it in items],
                   sub=par(sub), tax=par(tax), total=par(total),
                   settle=rng.choice(["Ce montant sera déduit de votre prochain règlement.", "Ce montant vous sera remboursé par virement sous 15 jours."]),
                   capital=sp(D(rng.choice([10000, 37000, 50000, 150000])), 0), rcs=f"{rng.choice(['Lyon', 'Paris', 'Nantes'])} {siren[:3]} {siren[3:6]} {siren[6:]}",
                   siret=f"{siren[:3]} {siren[3:6]} {siren[6:]} {digits(rng, 5)}", vat=vat)
        truth = T(vendor_name=vendor, vendor_tax_id=vat, invoice_number=no, po_number=None, invoice_date=dstr(inv_date), due_date=None,
                  currency="EUR", subtotal=money_truth(-sub), tax=money_truth(-tax), total=money_truth(-total), document_type="credit_note",
                  line_items=lines_truth(items, neg=True),
                  notes="French avoir (credit note). All amounts printed in parentheses = negative. invoice_number = avoir number; the referenced original "
                        "invoice number/date are decoys. Quantities and unit prices are printed positive; line amounts negative (so qty x unit price = -amount). "
                        "SIREN/SIRET/RCS and customer TVA number are decoys.")
        checks = [vendor, vat, no, orig, fd(inv_date), par(sub), par(tax), par(total)]
        return truth, checks, (S16_FR_HTML, ctx), "chromium"
    # i == 2: UK credit note
    vendor = rng.choice(["Castlegate Office Supplies Ltd", "Wessex Trade Paints Ltd"])
    vat = gb_vat(rng)
    vat_print = f"GB{vat[2:5]} {vat[5:9]} {vat[9:]}"
    cat = [("Returned: A4 copier paper 80gsm (box of 5 reams)", (18, 29)), ("Returned: toner cartridge CF259X", (89, 149)), ("Price adjustment - contract rate not applied", (15, 120)),
           ("Damaged in transit: desk pedestal 3-drawer", (119, 189)), ("Short delivery: lever arch files (pack of 10)", (14, 26))]
    items = []
    for desc, pr in rng.sample(cat, rng.randint(1, 4)):
        q = D(1) if "adjustment" in desc else D(rng.randint(1, 10))
        p = exact_price(rng, q, D(str(pr[0])), D(str(pr[1])))
        items.append(dict(desc=desc, qty=q, price=p, amount=q2(q * p)))
    sub = tot(items)
    tax = q2(sub * D("0.20"))
    total = sub + tax
    par = lambda x, sym="": f"({sym}{en(x)})"
    no = f"CN-{rng.randint(1000, 9999)}"
    orig = f"INV-{rng.randint(20000, 29999)}"
    po = f"PO{rng.randint(10000, 99999)}"
    fd = lambda d: d.strftime("%d %b %Y")
    ctx = dict(title=f"Credit note {no}", color="#37474f", vendor=vendor, vaddr=address(rng, "GB"), vat=vat_print, client=rng.choice(["Harrow & Finch Solicitors LLP", "Brambleton Primary Academy", "Kingsway Dental Care"]),
               caddr=address(rng, "GB"), no=no, date=fd(inv_date), orig=orig, orig_date=fd(orig_date), po=po, custno=f"{letters(rng, 3)}{rng.randint(100, 999)}",
               reason=rng.choice(["Goods returned", "Damaged in transit", "Pricing error"]),
               items=[dict(desc=it["desc"], q=qstr(it["qty"]), p=en(it["price"]), a=par(it["amount"])) for it in items],
               sub=par(sub, "£"), tax=par(tax, "£"), total=par(total, "£"), bal="£" + en(q2(D(rng.randint(0, 500000)) / 100)), regno=digits(rng, 8, True))
    truth = T(vendor_name=vendor, vendor_tax_id=vat_print, invoice_number=no, po_number=po, invoice_date=dstr(inv_date), due_date=None,
              currency="GBP", subtotal=money_truth(-sub), tax=money_truth(-tax), total=money_truth(-total), document_type="credit_note",
              line_items=lines_truth(items, neg=True),
              notes="UK credit note; all amounts in brackets = negative. invoice_number = credit note no.; 'Against invoice' number/date are decoys, as is the "
                    "'remaining balance on account' amount. Quantities/unit prices printed positive, line amounts negative. No due date.")
    checks = [vendor, vat_print, no, orig, po, fd(inv_date), par(sub, "£"), par(tax, "£"), par(total, "£")]
    return truth, checks, (S16_UK_HTML, ctx), "chromium"


def _s16_fpdf(rng, i, inv_date, orig_date):
    if i == 0:
        vendor = rng.choice(["Hofmann Bürotechnik GmbH", "Lorenz & Partner Laborbedarf GmbH"])
        vat = de_vat(rng)
        taxid = vat
        cat = [("Retoure: Aktenvernichter P-4, 30 l", (149, 289)), ("Retoure: Bürostuhl Comfort Plus", (219, 389)), ("Preisnachlass lt. Vereinbarung", (25, 150)),
               ("Gutschrift Fehlmenge: Ordner A4 breit", (2.1, 3.9)), ("Retoure: Tischleuchte LED", (39, 79)), ("Bonus Jahresumsatz", (100, 600))]
        rate, rlabel = D("0.19"), "zzgl. 19 % USt"
        fm = lambda x: de(x) + "-"
        fd = lambda d: d.strftime("%d.%m.%Y")
        no = f"GS-{inv_date.year}-{rng.randint(1, 400):04d}"
        orig = f"RE-{orig_date.year}-{rng.randint(1000, 9999)}"
        po = f"{rng.randint(4500000000, 4509999999)}"
        cur = "EUR"
    else:
        vendor = rng.choice(["Distribuidora Río de la Plata S.A.", "Insumos Industriales Pampa S.R.L."])
        cuit = ar_cuit(rng)
        taxid = f"{cuit[:2]}-{cuit[2:10]}-{cuit[10:]}"
        cat = [("Devolución: rodamiento 6205 ZZ", (3500, 8900)), ("Devolución: correa en V A-48", (4200, 9800)), ("Bonificación por pronto pago", (15000, 90000)),
               ("Diferencia de precio s/ factura", (5000, 40000)), ("Devolución: guantes de nitrilo x100", (6900, 14500))]
        rate, rlabel = D("0.21"), "IVA 21%"
        fm = lambda x: "$ " + de(x) + "-"
        fd = lambda d: d.strftime("%d/%m/%Y")
        pv = rng.randint(1, 12)
        no = f"{pv:05d}-{rng.randint(100, 9999):08d}"
        orig = f"{pv:05d}-{rng.randint(10000, 99999):08d}"
        po = None
        cur = "ARS"
    items = []
    for desc, pr in rng.sample(cat, rng.randint(2, 4)):
        q = D(1) if any(w in desc for w in ("Preisnachlass", "Bonus", "Bonificación", "Diferencia")) else D(rng.randint(1, 12))
        p = exact_price(rng, q, D(str(pr[0])), D(str(pr[1])))
        items.append(dict(desc=desc, qty=q, price=p, amount=q2(q * p), code=str(rng.randint(10000, 99999))))
    sub = tot(items)
    tax = q2(sub * rate)
    total = sub + tax
    client = rng.choice(["Steuerkanzlei Brandt & Kollegen", "Gymnasium am Stadtpark", "Physiotherapie Wagner"] if i == 0 else
                        ["Metalúrgica Santa Fe S.A.", "Frigorífico del Sur S.A.", "Talleres Córdoba S.R.L."])
    caddr = address(rng, "DE" if i == 0 else "AR")
    vaddr = address(rng, "DE" if i == 0 else "AR")
    cuit_c = ar_cuit(rng) if i == 3 else None
    cae = digits(rng, 14, True)
    cae_vto = inv_date + dt.timedelta(days=10)

    def render(path):
        pdf = new_fpdf(creator="Lexware faktura+auftrag" if i == 0 else "Facturador AFIP / WSFE")
        pdf.add_page()
        F = lambda st="", sz=9: pdf.set_font("DejaVu", st, sz)
        if i == 0:
            F("B", 14)
            pdf.set_xy(20, 15)
            pdf.cell(120, 7, vendor)
            F("", 8)
            pdf.set_xy(20, 22)
            pdf.cell(150, 4, " | ".join(vaddr) + f" | USt-IdNr. {vat}")
            F("", 6.5)
            pdf.set_xy(20, 44)
            pdf.cell(90, 3, f"{vendor}, {vaddr[0]}, {vaddr[1]}")
            F("", 9.5)
            for k, t in enumerate([client] + caddr):
                pdf.set_xy(20, 49 + k * 4.6)
                pdf.cell(90, 4.6, t)
            meta = [("Gutschrift-Nr.", no), ("Datum", fd(inv_date)), ("Kundennummer", str(rng.randint(10000, 69999))), ("Ihre Bestellnummer", po),
                    ("Bezug", f"Rechnung {orig} vom {fd(orig_date)}")]
            for k, (a, b) in enumerate(meta):
                F("B" if k == 0 else "", 8.5)
                pdf.set_xy(115, 44 + k * 4.8)
                pdf.cell(32, 4.8, a)
                pdf.set_xy(147, 44 + k * 4.8)
                pdf.cell(48, 4.8, b, align="R")
            F("B", 15)
            pdf.set_xy(20, 82)
            pdf.cell(120, 7, "Gutschrift (Rechnungskorrektur)")
            F("", 9)
            pdf.set_xy(20, 91)
            pdf.multi_cell(175, 4.6, f"Sehr geehrte Damen und Herren,\nzu unserer Rechnung {orig} schreiben wir Ihnen folgende Positionen gut:")
            cols = [(20, 10, "Pos", "L"), (30, 18, "Art.-Nr.", "L"), (48, 82, "Bezeichnung", "L"), (130, 15, "Menge", "R"), (145, 24, "Einzelpreis", "R"), (169, 26, "Betrag EUR", "R")]
            y = 104
        else:
            # AFIP style box with letter
            pdf.rect(10, 10, 190, 46)
            pdf.line(105, 24, 105, 56)
            pdf.rect(97, 10, 16, 14)
            F("B", 22)
            pdf.set_xy(97, 10.5)
            pdf.cell(16, 10, "A", align="C")
            F("", 5.5)
            pdf.set_xy(97, 20)
            pdf.cell(16, 3, "COD. 03", align="C")
            F("B", 12)
            pdf.set_xy(12, 13)
            pdf.cell(82, 6, vendor)
            F("", 7.8)
            left = [f"Domicilio comercial: {vaddr[0]}, {vaddr[1]}", "Condición frente al IVA: IVA Responsable Inscripto"]
            yl = 30
            for t in left:
                pdf.set_xy(12, yl)
                pdf.multi_cell(88, 4, t)
                yl = pdf.get_y() + 2
            F("B", 13)
            pdf.set_xy(118, 12)
            pdf.cell(80, 6, "NOTA DE CRÉDITO")
            F("", 8)
            right = [("N°:", no), ("Fecha de emisión:", fd(inv_date)), ("CUIT:", taxid), ("Ingresos Brutos:", f"{digits(rng, 3)}-{digits(rng, 6)}-{rng.randint(1, 9)}"),
                     ("Fecha de inicio de actividades:", f"01/{rng.randint(1, 12):02d}/{rng.randint(1995, 2015)}")]
            for k, (a, b) in enumerate(right):
                F("B" if k == 0 else "", 8.5 if k == 0 else 8)
                pdf.set_xy(110, 27 + k * 5)
                pdf.cell(45, 5, a)
                pdf.set_xy(155, 27 + k * 5)
                pdf.cell(43, 5, b, align="R")
            pdf.rect(10, 58, 190, 24)
            F("", 8)
            rec = [(f"CUIT: {cuit_c[:2]}-{cuit_c[2:10]}-{cuit_c[10:]}", f"Apellido y Nombre / Razón Social: {client}"),
                   ("Condición frente al IVA: IVA Responsable Inscripto", f"Domicilio: {caddr[0]}, {caddr[1]}"),
                   ("Condición de venta: Cuenta Corriente", f"Comprobante asociado: Factura A {orig} del {fd(orig_date)}")]
            for k, (a, b) in enumerate(rec):
                pdf.set_xy(12, 60 + k * 7)
                pdf.cell(80, 5, a)
                pdf.set_xy(92, 60 + k * 7)
                pdf.cell(106, 5, b)
            cols = [(10, 16, "Código", "L"), (26, 70, "Producto / Servicio", "L"), (96, 16, "Cantidad", "R"), (112, 18, "U. medida", "C"),
                    (130, 24, "Precio unit.", "R"), (154, 14, "% Bonif", "R"), (168, 32, "Subtotal", "R")]
            y = 86
        pdf.set_fill_color(225, 225, 225)
        pdf.rect(cols[0][0], y, cols[-1][0] + cols[-1][1] - cols[0][0], 5.5, style="F")
        F("B", 7.8)
        for x, w, h, a in cols:
            pdf.set_xy(x + 0.5, y + 0.8)
            pdf.cell(w - 1, 4, h, align=a)
        y += 7.5
        for k, it in enumerate(items):
            F("", 8.4)
            if i == 0:
                vals = [str(k + 1), it["code"], it["desc"], qstr(it["qty"]) + " Stk", de(it["price"]), fm(it["amount"])]
            else:
                vals = [it["code"], it["desc"], de(it["qty"]), "unidades", de(it["price"]), "0,00", de(it["amount"]) + "-"]
            for (x, w, h, a), val in zip(cols, vals):
                pdf.set_xy(x + 0.5, y)
                pdf.cell(w - 1, 4.5, val, align=a)
            y += 6
        x0 = cols[0][0]
        x1 = cols[-1][0] + cols[-1][1]
        pdf.line(x0, y, x1, y)
        y += 3
        rows = ([("Nettobetrag", fm(sub)), (rlabel, fm(tax)), ("Gutschriftsbetrag", fm(total))] if i == 0 else
                [("Importe Neto Gravado:", fm(sub)), ("IVA 21%:", fm(tax)), ("Importe Otros Tributos:", "$ 0,00"), ("Importe Total:", fm(total))])
        for k, (a, b) in enumerate(rows):
            last = k == len(rows) - 1
            F("B" if last else "", 10 if last else 9)
            pdf.set_xy(x1 - 85, y)
            pdf.cell(50, 5.5, a)
            pdf.set_xy(x1 - 40, y)
            pdf.cell(40, 5.5, b, align="R")
            y += 6.2
        y += 6
        F("", 8.5)
        if i == 0:
            txt = [rng.choice(["Der Gutschriftsbetrag wird mit Ihrer nächsten Rechnung verrechnet.", "Der Betrag wird Ihnen innerhalb von 10 Tagen auf Ihr Konto überwiesen."]),
                   "Beträge mit nachgestelltem Minuszeichen sind Gutschriften zu Ihren Gunsten.", "Mit freundlichen Grüßen", "Ihr Team der " + vendor]
            for t in txt:
                pdf.set_xy(20, y)
                pdf.cell(175, 4.6, t)
                y += 5
            F("", 6.8)
            pdf.line(20, 276, 195, 276)
            pdf.set_xy(20, 277)
            pdf.cell(175, 3.4, f"{vendor} · {vaddr[0]} · {vaddr[1]} · Amtsgericht {rng.choice(['Hannover', 'Kassel', 'Dortmund'])} HRB {rng.randint(10000, 99999)} · USt-IdNr. {vat}", align="C")
            pdf.set_xy(20, 280.5)
            pdf.cell(175, 3.4, f"IBAN {iban_fmt(iban_de(rng))} · Seite 1 von 1", align="C")
        else:
            pdf.rect(10, 248, 190, 26)
            F("B", 9)
            pdf.set_xy(120, 252)
            pdf.cell(78, 5, f"CAE N°: {cae}", align="R")
            pdf.set_xy(120, 258)
            pdf.cell(78, 5, f"Fecha de Vto. de CAE: {fd(cae_vto)}", align="R")
            F("", 7)
            pdf.set_xy(12, 252)
            pdf.cell(100, 4, "Comprobante Autorizado")
            pdf.set_xy(12, 256)
            pdf.set_font("DejaVu", "", 6.3)
            pdf.multi_cell(100, 3, "Esta Administración Federal no se responsabiliza por los datos ingresados en el detalle de la operación.")
            pdf.set_font("Mono", "", 7.5)
            pdf.set_xy(12, 264)
            pdf.cell(150, 4, f"{cuit}03{no[:5]}{cae}{cae_vto:%Y%m%d}{rng.randint(0, 9)}")
            F("", 7)
            pdf.set_xy(10, 276)
            pdf.cell(190, 4, "Pág. 1/1   ORIGINAL", align="C")
        pdf.output(path)

    if i == 0:
        notes = ("German Gutschrift/Rechnungskorrektur: amounts printed with TRAILING minus ('119,00-') = negative. invoice_number = Gutschrift-Nr.; the "
                 "referenced invoice (Bezug) is a decoy. Quantities ('3 Stk') and unit prices printed positive; line amounts negative. po_number = Ihre Bestellnummer.")
        checks = [vendor, vat, no, orig, po, fd(inv_date), fm(sub), fm(tax), fm(total)]
    else:
        notes = ("Argentine 'Nota de Crédito A' (AFIP layout, COD. 03). Amounts printed with TRAILING minus ('$ 1.234,56-') = negative. invoice_number printed as "
                 "'N°: PPPPP-NNNNNNNN' (punto de venta + número). 'Comprobante asociado' invoice number, CAE number and 'Fecha de Vto. de CAE' (NOT a due date) "
                 "are decoys; receptor CUIT and Ingresos Brutos also decoys. Quantities/unit prices positive, line amounts negative.")
        checks = [vendor, taxid, no, orig, fd(inv_date), fm(sub), fm(tax), fm(total), cae]
    truth = T(vendor_name=vendor, vendor_tax_id=taxid, invoice_number=no, po_number=po, invoice_date=dstr(inv_date), due_date=None,
              currency=cur, subtotal=money_truth(-sub), tax=money_truth(-tax), total=money_truth(-total), document_type="credit_note",
              line_items=lines_truth(items, neg=True), notes=notes)
    return truth, checks, render, "fpdf2"


# === END STYLES ===
def _norm(s):
    import re
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    return re.sub(r"\s+", " ", s).strip()


def verify(names=None):
    import glob
    import json
    import pymupdf
    bad = 0
    files = sorted(glob.glob(os.path.join(OUT, "*.json")))
    for jf in files:
        name = os.path.basename(jf)[:-5]
        if names and name not in names:
            continue
        t = json.load(open(jf, encoding="utf-8"))
        pf = jf[:-5] + ".pdf"
        doc = pymupdf.open(pf)
        text = _norm(" ".join(p.get_text() for p in doc))
        problems = []
        if len(text) < 200:
            problems.append("little text")
        chk = json.load(open(os.path.join(OUT, "..", "checks", name + ".json"), encoding="utf-8"))
        for c in chk:
            if _norm(c) not in text:
                problems.append(f"missing {c!r}")
        # every truth amount must appear in some printed form
        def forms(a):
            a = D(a)
            m = abs(a)
            fs = {en(m), de(m), sp(m), fnum(m, ".", "'")}
            if m == m.to_integral_value():
                fs |= {en(m, 0)}
            return fs
        for key in ["subtotal", "tax", "total"] + [f"li{k}" for k in range(len(t["line_items"]))]:
            val = t[key] if not key.startswith("li") else t["line_items"][int(key[2:])]["amount"]
            if not any(f in text for f in forms(val)):
                problems.append(f"amount {key}={val} not found")
        for key in ("vendor_name", "vendor_tax_id", "invoice_number", "po_number"):
            if t[key] and _norm(t[key]) not in text:
                problems.append(f"{key} {t[key]!r} not in text")
        # arithmetic
        sub, tax, total = D(t["subtotal"]), D(t["tax"]), D(t["total"])
        s_items = sum(D(li["amount"]) for li in t["line_items"])
        if s_items != sub:
            problems.append(f"items {s_items} != subtotal {sub}")
        withheld = D("0")
        if t["style"] == "es_factura_irpf":
            withheld = q2(sub * D("0.15"))
        if sub + tax - withheld != total:
            problems.append(f"sub+tax {sub + tax} != total {total}")
        if t["producer"] not in ("chromium", "fpdf2"):
            problems.append("producer")
        prod = (doc.metadata or {}).get("producer", "")
        print(f"{name:28s} pages={doc.page_count} chars={len(text):5d} producer={prod[:18]:18s} "
              + ("OK" if not problems else "PROBLEMS: " + "; ".join(problems)))
        bad += bool(problems)
    print(f"{len(files)} docs, {bad} with problems")
    return bad


def main():
    import json
    args = sys.argv[1:]
    if "--verify" in args:
        sys.exit(1 if verify() else 0)
    only = args[args.index("--only") + 1] if "--only" in args else None
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(os.path.join(BASE, "checks"), exist_ok=True)
    made = []
    for no, sname, fn in DOCS:
        if only and not no.startswith(only):
            continue
        for i in range(4):
            rng = random.Random(f"{SEED}-{no}-{i}")
            truth, checks, render, producer = fn(rng, i)
            name = f"s{no}_{sname}_{i + 1}"
            truth["style"] = sname
            truth["producer"] = producer
            if producer == "fpdf2":
                render(os.path.join(OUT, name + ".pdf"))
            else:
                html, ctx = render
                render_html(html, ctx, name)
            write_truth(name, truth)
            with open(os.path.join(BASE, "checks", name + ".json"), "w", encoding="utf-8") as f:
                json.dump([c for c in checks if c], f, ensure_ascii=False, indent=0)
            made.append(name)
            print("made", name, flush=True)
    sys.exit(1 if verify(set(made)) else 0)


if __name__ == "__main__":
    main()
