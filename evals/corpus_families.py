"""Layout families of the synthetic corpus: what one invoice of a family carries, and its truth.

A family is one invoicing program's design: where the blocks stand, how the header pairs labels
with values, how the table and the totals look. Documents of one family differ in their data and
in their wordings (drawn from `corpus_vocab`). Families are how accuracy on unseen invoices is
measured: a family the reader was never tuned on stands for a vendor the product has not met.
`SEALED` families print the held-back wordings too and are kept out of development: they are
looked at only as a score.

`family_spec` draws one document's data; `family_truth` is what a reader should report for it
(the grand total including tax; the subtotal net of tax, so subtotal + tax == total; a due date
printed or computed from the terms). The drawing is in `corpus_layouts`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Callable

from evals.corpus_vocab import CITIES, IBANS, ITEMS, LONG_NOTES, STREETS, wording

CENT = Decimal("0.01")
RATES = {"en": ["0.20", "0.0825", "0.10", "0.07"], "de": ["0.19", "0.07"], "fr": ["0.20", "0.10", "0.055"],
         "nl": ["0.21", "0.09"], "es": ["0.21", "0.10"], "it": ["0.22", "0.10", "0.04"], "pt": ["0.23", "0.13", "0.06"],
         "pl": ["0.23", "0.08", "0.05"]}
CURRENCIES = {"en": ["USD", "GBP", "EUR"], "de": ["EUR", "EUR", "CHF"], "fr": ["EUR"], "nl": ["EUR"],
              "es": ["EUR"], "it": ["EUR"], "pt": ["EUR"], "pl": ["PLN", "PLN", "EUR"]}
SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "PLN": "zł", "INR": "₹"}
NUMBER_STYLES = {"en": ["us"], "de": ["de", "de", "ch"], "fr": ["fr", "de"], "nl": ["de", "us"], "es": ["de"],
                 "it": ["de"], "pt": ["fr", "de"], "pl": ["fr", "fr", "de"]}
DATE_STYLES = {"en": ["iso", "us", "name_mdy", "name_dmy", "abbr_dmy", "abbr_mdy"],
               "de": ["dot", "dot", "iso", "name_dmy", "dot_short"], "fr": ["slash_eu", "name_dmy", "dot", "iso"],
               "nl": ["dash_eu", "name_dmy", "slash_eu", "iso"], "es": ["slash_eu", "name_dmy", "dash_eu"],
               "it": ["slash_eu", "name_dmy", "dot", "slash_eu"], "pt": ["slash_eu", "dash_eu", "name_de", "iso"],
               "pl": ["dot", "iso", "name_dmy", "dot"]}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    # Polish dates name the month in the genitive ("12 marca 2025")
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
}
TITLES = {"en": ("INVOICE", "CREDIT NOTE"), "de": ("Rechnung", "Gutschrift"), "fr": ("Facture", "Avoir"),
          "nl": ("Factuur", "Creditnota"), "es": ("Factura", "Nota de crédito"), "it": ("Fattura", "Nota di credito"),
          "pt": ("Fatura", "Nota de crédito"), "pl": ("Faktura VAT", "Faktura korygująca")}
NAME_PARTS = {
    "en": (["Acme", "Northwind", "Blue Harbor", "Brightline", "Oakridge", "Summit", "Redwood", "Kestrel",
            "Harbour & Finch", "Greenleaf"],
           ["Tools", "Supplies", "Logistics", "Consulting", "Print", "Systems", "Electric", "Studio", "Works"],
           ["Ltd", "Inc.", "LLC", "Limited", "Corp.", "", ""]),
    "de": (["Müller", "Schneider", "Becker", "Hoffmann", "Nordlicht", "Weber & Söhne", "Krause", "Alpen"],
           ["Maschinenbau", "Elektrotechnik", "Bürobedarf", "Logistik", "IT-Service", "Druckerei", "Haustechnik"],
           ["GmbH", "KG", "GmbH & Co. KG", "AG", "e.K.", "", "OHG"]),
    "fr": (["Atelier", "Maison", "Société", "Groupe", "Cabinet"],
           ["Lumière", "Dupont", "Moreau", "Bernard", "Rivière", "Lefèvre"],
           ["SARL", "SAS", "SA", "EURL", ""]),
    "nl": (["Van Dijk", "De Groot", "Jansen", "Bakker", "Visser", "Smit"],
           ["Installatietechniek", "Handel", "Logistiek", "Advies", "Drukkerij", "Techniek"],
           ["B.V.", "B.V.", "N.V.", "V.O.F.", ""]),
    "es": (["Talleres", "Distribuciones", "Suministros", "Servicios", "Construcciones"],
           ["García", "Ruiz", "Martínez", "López", "Navarro", "Iberia"],
           ["S.L.", "S.A.", "S.L.U.", ""]),
    "it": (["Rossi", "Bianchi", "Ferrari", "Esposito", "Colombo", "Ricci", "Gallo"],
           ["Forniture", "Impianti", "Servizi", "Logistica", "Informatica", "Arredamenti"],
           ["S.r.l.", "S.r.l.", "S.p.A.", "S.n.c.", "S.a.s.", ""]),
    "pt": (["Ferreira", "Silva", "Costa", "Pereira", "Almeida", "Santos"],
           ["& Filhos", "Comércio", "Serviços", "Construções", "Informática", "Distribuição"],
           ["Lda.", "Lda.", "S.A.", "Unipessoal Lda.", ""]),
    "pl": (["Kowalski", "Nowak", "Wiśniewski", "Zieliński", "Mazur", "Wójcik"],
           ["Serwis", "Handel", "Budownictwo", "Systemy", "Logistyka", "Instalacje"],
           ["Sp. z o.o.", "Sp. z o.o.", "S.A.", "Sp.j.", "Sp.k.", ""]),
}
BUYERS = [("Globex Corporation", "DE136695976"), ("Initech Europe B.V.", "NL001234567B01"),
          ("Umbrella Retail SAS", "FR19787878784"), ("Stark Components Ltd", "GB987654321"),
          ("Wayne Logistik GmbH", "DE298765432")]


@dataclass(frozen=True)
class Family:
    """One layout family: its renderer, the languages it prints, and whether it is held out."""

    name: str
    render: Callable[[dict], bytes]
    langs: tuple[str, ...]
    sealed: bool = False
    lines: tuple[int, int] = (1, 6)  # item count range
    multi_rate: bool = False
    charges: bool = False  # shipping / discount between subtotal and tax
    hours: bool = False  # quantities are hours (7.5), services
    exempt: bool = False  # some documents charge no VAT (small business, reverse charge), saying why
    currency: str | None = None  # one currency for every document (else the language's)
    numfmt: str | None = None  # one number style for every document (else the language's)
    rates: tuple[str, ...] | None = None  # the VAT rates (else the language's)
    split_tax: bool = False  # the tax printed as two halves (India's CGST + SGST): each half to the cent
    due_on_receipt: bool = False  # paid when received: no due date, no terms; due on the invoice date


def cents(v: Decimal) -> Decimal:
    return v.quantize(CENT, rounding=ROUND_HALF_UP)


def _tax_id(rng: random.Random, lang: str, currency: str) -> str:
    digits = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    if lang == "en":
        return f"{digits(2)}-{digits(7)}" if currency == "USD" else f"GB{digits(9)}"
    if lang == "de":
        return f"CHE-{digits(3)}.{digits(3)}.{digits(3)}" if currency == "CHF" else f"DE{digits(9)}"
    if lang == "fr":
        return f"FR{digits(2)}{digits(9)}"
    if lang == "nl":
        return f"NL{digits(9)}B0{rng.randint(1, 9)}"
    if lang in ("it", "pt", "pl"):
        return _checked_vat(rng, lang)
    return f"ES{rng.choice('ABCDEFGH')}{digits(8)}"


def _checked_vat(rng: random.Random, lang: str) -> str:
    """A VAT id of the newer languages with its check digit right (most real ones pass; the
    older languages' ids are random digits, as sample invoices print): IT partita IVA (Luhn),
    PT NIF (mod 11), PL NIP (weighted mod 11)."""
    while True:
        if lang == "it":
            office = rng.randint(1, 100)  # digits 8-10: a provincial office code
            body = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(6)] + [int(c) for c in f"{office:03d}"]
            total = sum(d if i % 2 == 0 else (2 * d - 9 if 2 * d > 9 else 2 * d) for i, d in enumerate(body))
            return "IT" + "".join(map(str, body)) + str((10 - total % 10) % 10)
        if lang == "pt":
            body = [rng.choice([1, 2, 5])] + [rng.randint(0, 9) for _ in range(7)]
            check = 11 - sum(d * w for d, w in zip(body, range(9, 1, -1), strict=True)) % 11
            if check < 10:
                return "PT" + "".join(map(str, body)) + str(check % 11 if check != 11 else 0)
            continue
        body = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        check = sum(d * w for d, w in zip(body, (6, 5, 7, 2, 3, 4, 5, 6, 7), strict=True)) % 11
        if check < 10:
            return "PL" + "".join(map(str, body)) + str(check)


def _vendor_name(rng: random.Random, lang: str) -> str:
    first, second, legal = NAME_PARTS[lang]
    name = f"{rng.choice(first)} {rng.choice(second)}"
    suffix = rng.choice(legal)
    return f"{name} {suffix}" if suffix else name


def _number(rng: random.Random, issued: date) -> str:
    return rng.choice([
        f"INV-{rng.randint(1000, 99999)}", f"{issued.year}-{rng.randint(1, 9999):04d}",
        f"RE{issued.year % 100}{rng.randint(100, 9999):04d}", f"F{issued.year}/{rng.randint(1, 999):03d}",
        f"{rng.randint(10000, 999999)}", f"A-{rng.randint(100, 9999)}-{rng.choice('ABCXYZ')}",
        f"{issued.year}{issued.month:02d}{rng.randint(1, 999):03d}",
    ])


def _po(rng: random.Random) -> str:
    return rng.choice([f"PO-{rng.randint(10000, 99999)}", f"{rng.randint(4500000000, 4599999999)}",
                       f"BE{rng.randint(1000, 9999)}", f"P{rng.randint(100000, 999999)}",
                       f"ORD-{rng.randint(100, 999)}-{rng.randint(10, 99)}"])


def _lines(rng: random.Random, fam: Family, lang: str, rates: list[Decimal]) -> list[dict]:
    out = []
    for _ in range(rng.randint(*fam.lines)):
        if fam.hours:
            qty = Decimal(rng.randint(2, 32)) / 2
            price = Decimal(rng.choice([65, 75, 85, 95, 110, 120, 135, 150]))
        else:
            qty = Decimal(rng.choice([1, 1, 1, 2, 3, 4, 5, 6, 10, 12, 20, 25, 50, 100]))
            price = cents(Decimal(rng.randint(95, 480000 if qty < 10 else 30000)) / 100)
        note = None
        if rng.random() < 0.3:
            note = rng.choice(LONG_NOTES[lang]).format(n=rng.randint(100, 999))
        out.append({"description": rng.choice(ITEMS[lang]), "note": note, "quantity": qty, "unit_price": price,
                    "amount": cents(qty * price), "rate": rng.choice(rates) if fam.multi_rate else rates[0],
                    "sku": f"{rng.choice('ABKMX')}{rng.randint(1000, 99999)}"})
    return out


def family_spec(rng: random.Random, i: int, fam: Family) -> dict:
    """One document of `fam`: its data, and the wordings it prints (drawn from the development
    share of the vocabulary, or from all of it for a sealed family)."""
    lang = rng.choice(fam.langs)
    currency = rng.choice(CURRENCIES[lang])
    rates = [Decimal(r) for r in fam.rates or RATES[lang]]
    main = rng.choice(rates[:2]) if lang != "en" else rng.choice(rates)
    rates = [main] + [r for r in rates if r != main][:1]
    issued = date(2024, 6, 1) + timedelta(days=rng.randrange(0, 800))
    days = rng.choice([7, 10, 14, 30, 45, 60])
    credit = rng.random() < 0.1
    lines = _lines(rng, fam, lang, rates)
    shipping = cents(Decimal(rng.randint(500, 9000)) / 100) if fam.charges and rng.random() < 0.7 else None
    discount = None
    if fam.charges and rng.random() < 0.5:
        discount = cents(sum((ln["amount"] for ln in lines), Decimal(0)) * Decimal("0.05"))
    bases: dict[Decimal, Decimal] = {}
    for ln in lines:
        bases[ln["rate"]] = bases.get(ln["rate"], Decimal(0)) + ln["amount"]
    bases[main] = bases.get(main, Decimal(0)) + (shipping or 0) - (discount or 0)
    exempt = fam.exempt and rng.random() < 0.25
    taxes = {r: Decimal("0.00") if exempt else 2 * cents(b * r / 2) if fam.split_tax else cents(b * r)
             for r, b in bases.items()}
    net = sum(bases.values(), Decimal(0))
    tax = sum(taxes.values(), Decimal(0))
    sign = Decimal(-1) if credit else Decimal(1)
    w = lambda name: wording(rng, name, lang, fam.sealed)  # noqa: E731
    vendor_currency = currency = fam.currency or currency
    return {
        "i": i, "family": fam.name, "lang": lang, "sealed": fam.sealed, "credit": credit, "sign": sign,
        "vendor": _vendor_name(rng, lang), "vat": _tax_id(rng, lang, vendor_currency),
        "vat_printed": rng.random() < 0.92,
        "v_street": rng.choice(STREETS[lang]), "v_city": rng.choice(CITIES[lang]),
        "v_phone": f"+{rng.choice([44, 49, 33, 31, 34, 1])} {rng.randint(20, 99)} {rng.randint(100000, 9999999)}",
        "iban": rng.choice(IBANS), "buyer": rng.choice(BUYERS), "b_street": rng.choice(STREETS[lang]),
        "b_city": rng.choice(CITIES[lang]), "customer_no": f"{rng.randint(10000, 99999)}",
        "currency": currency, "symbol": currency in SYMBOLS and rng.random() < 0.5,
        "numfmt": fam.numfmt or rng.choice(NUMBER_STYLES[lang]), "datefmt": rng.choice(DATE_STYLES[lang]),
        "number": _number(rng, issued), "po": _po(rng) if rng.random() < 0.55 else None,
        "issued": issued, "due": issued + timedelta(days=days) if rng.random() < 0.7 and not fam.due_on_receipt
        else None, "days": 0 if fam.due_on_receipt else days,
        "lines": lines, "rates": rates, "bases": bases, "taxes": taxes, "shipping": shipping, "discount": discount,
        "lines_sum": sum((ln["amount"] for ln in lines), Decimal(0)),
        "subtotal": net * sign, "tax": tax * sign, "total": (net + tax) * sign,
        "paid": (not credit) and rng.random() < 0.2, "buyer_tax_id": rng.random() < 0.4, "exempt": exempt,
        "labels": {name: w(name) for name in (
            "number", "date", "due", "po", "customer_no", "subtotal", "tax", "total", "amount_due", "paid",
            "shipping", "discount", "bill_to", "tax_id", "terms", "desc", "qty", "price", "amount", "hours",
            "unit", "vat_col", "carried", "page")},
        "title": TITLES[lang][1 if credit else 0],
        "style": rng.random(),  # a free draw each renderer may use for its own variants
    }


def family_truth(spec: dict) -> dict:
    """What the reader should report for a family document (see the module docstring)."""
    f = lambda v: format(cents(v), "f")  # noqa: E731
    sign = spec["sign"]
    return {
        "vendor_name": spec["vendor"], "vendor_tax_id": spec["vat"] if spec["vat_printed"] else None,
        "invoice_number": spec["number"], "po_number": spec["po"], "invoice_date": spec["issued"].isoformat(),
        "due_date": (spec["due"] or spec["issued"] + timedelta(days=spec["days"])).isoformat(),
        "currency": spec["currency"], "subtotal": f(spec["subtotal"]), "tax": f(spec["tax"]),
        "total": f(spec["total"]), "document_type": "credit_note" if spec["credit"] else "invoice",
        "line_items": [{"amount": f(ln["amount"] * sign), "quantity": format(ln["quantity"].normalize(), "f")}
                       for ln in spec["lines"]],
        "lang": spec["lang"], "family": spec["family"],
        "tax_rates": len(spec["taxes"]), "charges": spec["shipping"] is not None or spec["discount"] is not None,
        "exempt": spec["exempt"],
    }


# --------------------------------------------------------------------------- printing values


def fmt_number(v: Decimal, style: str, places: int = 2) -> str:
    """1,234.56 (us) / 1.234,56 (de) / 1 234,56 (fr) / 1'234.56 (ch) / 1234.56 (plain)."""
    neg = v < 0
    whole, frac = f"{abs(v):.{places}f}".split(".") if places else (f"{abs(v):.0f}", "")
    sep, dec = {"us": (",", "."), "de": (".", ","), "fr": (" ", ","), "ch": ("'", "."), "plain": ("", "."),
                "in": (",", ".")}[style]
    groups = []
    while whole:
        width = 3 if style != "in" or not groups else 2  # Indian: the last three, then pairs
        groups.insert(0, whole[-width:])
        whole = whole[:-width]
    text = sep.join(groups) + (dec + frac if places else "")
    return ("-" if neg else "") + text


def fmt_qty(q: Decimal, style: str) -> str:
    """A quantity as printed: whole numbers bare, halves with the style's decimal mark."""
    if q == q.to_integral_value():
        return str(int(q))
    return fmt_number(q, style, 1 if q * 10 == (q * 10).to_integral_value() else 2)


def fmt_date(d: date, style: str, lang: str) -> str:
    months = MONTHS[lang].split()
    name, abbr = months[d.month - 1], months[d.month - 1][:3]
    return {
        "iso": d.isoformat(), "us": f"{d.month:02d}/{d.day:02d}/{d.year}", "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dot_short": f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}", "slash_eu": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dash_eu": f"{d.day:02d}-{d.month:02d}-{d.year}", "name_mdy": f"{name} {d.day}, {d.year}",
        "name_dmy": f"{d.day} {name} {d.year}", "abbr_dmy": f"{d.day:02d}-{abbr}-{d.year}",
        "abbr_mdy": f"{abbr} {d.day}, {d.year}", "short_dash": f"{d.day}-{d.month}-{d.year}",
        "name_de": f"{d.day} de {name} de {d.year}",
        "short_slash": f"{d.day}/{d.month}/{d.year}",
    }[style]


def money(spec: dict, v: Decimal, *, currency: bool = True) -> str:
    """An amount as the document prints it: with its code or symbol where `currency`."""
    n = fmt_number(v, spec["numfmt"])
    if not currency:
        return n
    if spec["symbol"]:
        sym = SYMBOLS[spec["currency"]]
        return f"{sym}{n}" if spec["lang"] == "en" else f"{n} {sym}"
    return f"{n} {spec['currency']}" if spec["lang"] != "en" else f"{spec['currency']} {n}"


def day(spec: dict, d: date) -> str:
    return fmt_date(d, spec["datefmt"], spec["lang"])


def rate_text(spec: dict, r: Decimal) -> str:
    """A tax rate as printed in a label: "19", "5,5", "8.25"."""
    pct = (r * 100).normalize()
    text = format(pct, "f")
    return text.replace(".", ",") if spec["numfmt"] in ("de", "fr") else text


def tax_label(spec: dict, r: Decimal) -> str:
    return spec["labels"]["tax"].replace("{r}", rate_text(spec, r))


def terms_text(spec: dict) -> str:
    from evals.corpus_vocab import ALL_POOLS, DEV_POOLS

    pools = ALL_POOLS if spec["sealed"] else DEV_POOLS
    choice = pools["terms"][spec["lang"]][int(spec["style"] * 1000) % len(pools["terms"][spec["lang"]])]
    return choice.format(d=spec["days"])


# --------------------------------------------------------------------------- the canvas


class Canvas:
    """fpdf2 in points, top-left origin: text by its top edge, aligned left, right or centred."""

    def __init__(self, font: str = "Helvetica", page: str | tuple[float, float] = "A4") -> None:
        from fpdf import FPDF

        self.pdf = FPDF(unit="pt", format=page)
        self.pdf.set_auto_page_break(False)
        self.pdf.core_fonts_encoding = "windows-1252"  # the euro sign in the base-14 fonts
        self.pdf.set_creation_date(datetime(2026, 1, 1))
        self.font = font
        self.pdf.add_page()

    def width(self, s: str, size: float = 9, bold: bool = False) -> float:
        self.pdf.set_font(self.font, "B" if bold else "", size)
        return self.pdf.get_string_width(s)

    def text(self, x: float, y: float, s: str, size: float = 9, bold: bool = False, align: str = "L",
             spacing: float = 0.0) -> float:
        """Draw `s` with its top at `y`; `x` is its left edge (L), right edge (R) or centre (C).
        Returns the width drawn."""
        self.pdf.set_font(self.font, "B" if bold else "", size)
        if spacing:
            self.pdf.set_char_spacing(spacing)
        w = self.pdf.get_string_width(s) + 2
        left = x - w if align == "R" else x - w / 2 if align == "C" else x
        self.pdf.set_xy(left, y)
        self.pdf.cell(w, size + 2, s)
        if spacing:
            self.pdf.set_char_spacing(0)
        return w

    def line(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.pdf.line(x0, y0, x1, y1)

    def rect(self, x: float, y: float, w: float, h: float) -> None:
        self.pdf.rect(x, y, w, h)

    def new_page(self) -> None:
        self.pdf.add_page()

    def output(self) -> bytes:
        return bytes(self.pdf.output())
