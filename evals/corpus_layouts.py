"""The drawings of the layout families (`corpus_families` draws their data and truth).

Each renderer is one invoicing program's page design, drawn with fpdf2 from a family spec:
a German business letter with its window address, a SaaS billing page, a boxed header grid,
several VAT rates, shipping and discounts, a table running over pages, hours billed, a vendor
named only in the footer, a header on one line, a monospaced ERP print, amounts without a
currency next to them. Shared pieces (the items table, the totals rows) are at the top.
"""

from __future__ import annotations

from decimal import Decimal

from evals.corpus_families import Canvas, day, fmt_number, fmt_qty, money, rate_text, tax_label, terms_text
from evals.corpus_vocab import EXEMPT, GREETING, MANAGER, PAY_BY, REGISTER

LINES_LABEL = {"en": "Subtotal", "de": "Zwischensumme", "fr": "Sous-total", "nl": "Subtotaal", "es": "Suma",
               "it": "Subtotale", "pt": "Subtotal", "pl": "Suma"}
NET_LABEL = {"en": "Net total", "de": "Nettobetrag", "fr": "Total HT", "nl": "Totaal excl. btw",
             "es": "Base imponible", "it": "Totale imponibile", "pt": "Total sem IVA", "pl": "Razem netto"}
UNITS = {"en": ("pcs", "h"), "de": ("Stk.", "Std."), "fr": ("pce", "h"), "nl": ("st.", "uur"), "es": ("ud.", "h"),
         "it": ("pz.", "h"), "pt": ("un.", "h"), "pl": ("szt.", "godz.")}
NR = {"en": "No. ", "de": "Nr. ", "fr": "n° ", "nl": "nr. ", "es": "nº ", "it": "n. ", "pt": "n.º ", "pl": "nr "}
BANK = {"en": "Bank details", "de": "Bankverbindung", "fr": "Coordonnées bancaires", "nl": "Bankgegevens",
        "es": "Datos bancarios", "it": "Coordinate bancarie", "pt": "Dados bancários", "pl": "Rachunek bankowy"}
TERMS_LABEL = {"en": "Terms", "de": "Zahlungsbedingungen", "fr": "Conditions", "nl": "Betalingstermijn",
               "es": "Condiciones", "it": "Condizioni", "pt": "Condições", "pl": "Warunki płatności"}


# --------------------------------------------------------------------------- shared pieces


def totals_rows(spec: dict, *, currency: bool = True) -> list[tuple[str, str, bool]]:
    """(label, printed amount, bold) of the totals block: the net or the items' sum with its
    charges, one row per tax rate, the grand total, then a payment and the amount due."""
    L, s, lang = spec["labels"], spec["sign"], spec["lang"]

    def m(v: Decimal) -> str:
        return money(spec, v, currency=currency)

    rows: list[tuple[str, str, bool]] = []
    if spec["shipping"] is not None or spec["discount"] is not None:
        rows.append((LINES_LABEL[lang], m(spec["lines_sum"] * s), False))
        if spec["discount"] is not None:
            rows.append((L["discount"], m(-spec["discount"] * s), False))
        if spec["shipping"] is not None:
            rows.append((L["shipping"], m(spec["shipping"] * s), False))
        if spec["style"] < 0.5:
            label = L["subtotal"] if L["subtotal"] != LINES_LABEL[lang] else NET_LABEL[lang]
            rows.append((label, m(spec["subtotal"]), False))
    else:
        rows.append((L["subtotal"], m(spec["subtotal"]), False))
    if spec["exempt"]:
        if spec["style"] < 0.5:  # a zero tax row, or none at all
            rows.append((tax_label(spec, Decimal(0)), m(Decimal("0.00")), False))
        rows.append((L["total"], m(spec["total"]), True))
        return rows
    for rate, tax in spec["taxes"].items():
        label = tax_label(spec, rate)
        if len(spec["taxes"]) > 1 and "{r}" not in L["tax"]:
            label = f"{label} {rate_text(spec, rate)}%"
        rows.append((label, m(tax * s), False))
    rows.append((L["total"], m(spec["total"]), True))
    if spec["paid"]:
        paid = (spec["total"] / 2).quantize(Decimal("0.01"))
        rows += [(L["paid"], m(-paid), False), (L["amount_due"], m(spec["total"] - paid), True)]
    return rows


def cell(spec: dict, key: str, n: int, ln: dict) -> str:
    """One item's value for a table column."""
    s, style = spec["sign"], spec["numfmt"]
    if key == "pos":
        return str(n)
    if key == "sku":
        return ln["sku"]
    if key == "desc":
        return ln["description"]
    if key in ("qty", "hours"):
        return fmt_qty(ln["quantity"], style)
    if key == "unit":
        return UNITS[spec["lang"]][1 if key == "hours" or ln["quantity"] % 1 else 0]
    if key == "price":
        return fmt_number(ln["unit_price"] * s, style)
    if key == "vat":
        return rate_text(spec, ln["rate"]) + " %"
    return fmt_number(ln["amount"] * s, style)  # amount


def _table_header(c: Canvas | None, cols: list[tuple[str, str, float, str]], top: float, size: float,
                  rule: tuple[float, float] | None) -> float:
    """The header row (and its rule); returns the y of the first row."""
    if c is not None:
        for _, text, x, align in cols:
            c.text(x, top, text, size, bold=True, align=align)
        if rule:
            c.line(rule[0], top + size + 4, rule[1], top + size + 4)
    return top + size + 8


def _carried_row(c: Canvas, spec: dict, cols: list[tuple[str, str, float, str]], y: float, running: Decimal,
                 size: float) -> None:
    """A carried-forward row: the running sum of the items so far (a decoy, never a subtotal)."""
    desc_x = next(x for k, _, x, _ in cols if k == "desc")
    amount_x = next(x for k, _, x, _ in cols if k == "amount")
    c.text(desc_x, y, spec["labels"]["carried"], size, bold=True)
    c.text(amount_x, y, fmt_number(running * spec["sign"], spec["numfmt"]), size, align="R")


def draw_table(c: Canvas | None, spec: dict, cols: list[tuple[str, str, float, str]], y: float, *,
               size: float = 8.5, row_h: float = 13, ruled: bool = False, grid: tuple[float, float] | None = None,
               notes: bool = True, limit: float = 740, repeat_header: bool = True, carried: bool = False,
               footer=None, pages: int = 1, header: bool = True) -> tuple[float, int]:
    """Draw the items table (`cols`: key, header, x, align "L"/"R") from `y`; a row past `limit`
    goes to a new page (header repeated or not, a carried-forward row when `carried`). With no
    canvas it only counts the pages; with no `header` the header row is left out (its space
    kept). Returns the y after the table and the page count."""
    page, running = 1, Decimal(0)
    rule = grid or ((cols[0][2], 555) if ruled else None)
    y = _table_header(c if header else None, cols, y, size, rule)
    desc_x = next(x for k, _, x, _ in cols if k == "desc")
    for n, ln in enumerate(spec["lines"], start=1):
        height = row_h * (2 if notes and ln["note"] else 1)
        if y + height > limit:
            if c is not None:
                if carried:
                    _carried_row(c, spec, cols, y + 2, running, size)
                if footer:
                    footer(c, page, pages)
                c.new_page()
            page, y = page + 1, 50
            if carried and c is not None:
                _carried_row(c, spec, cols, y, running, size)
                y += row_h + 4
            if repeat_header and header:
                y = _table_header(c, cols, y, size, rule)
        if c is not None:
            for key, _, x, align in cols:
                c.text(x, y, cell(spec, key, n, ln), size, align=align)
            if notes and ln["note"]:
                c.text(desc_x, y + row_h - 1, ln["note"], size - 1.5)
            if grid:
                c.line(grid[0], y + height - 2, grid[1], y + height - 2)
        running += ln["amount"]
        y += height
    return y, page


def draw_totals(c: Canvas, spec: dict, y: float, x_label: float, x_value: float, *, size: float = 9,
                currency: bool = True, step: float = 14, rule: bool = False) -> float:
    for label, value, bold in totals_rows(spec, currency=currency):
        if rule and bold:
            c.line(x_label, y - 2, x_value, y - 2)
        c.text(x_label, y, label, size, bold=bold)
        c.text(x_value, y, value, size, bold=bold, align="R")
        y += step
    return y


def pairs(c: Canvas, rows: list[tuple[str, str]], x_label: float, x_value: float, y: float, *,
          size: float = 9, step: float = 13, colon: bool = True, bold_label: bool = False,
          label_right: bool = False) -> float:
    """Label/value rows: the value right of its label (in its own column)."""
    for label, value in rows:
        text = label + (":" if colon and not label.endswith(":") else "")
        c.text(x_label, y, text, size, bold=bold_label, align="R" if label_right else "L")
        c.text(x_value, y, value, size)
        y += step
    return y


def header_rows(spec: dict, *, due: bool = True, po: bool = True, customer: bool = False) -> list[tuple[str, str]]:
    L = spec["labels"]
    rows = [(L["number"], spec["number"]), (L["date"], day(spec, spec["issued"]))]
    if customer:
        rows.append((L["customer_no"], spec["customer_no"]))
    if due and spec["due"] is not None:
        rows.append((L["due"], day(spec, spec["due"])))
    if po and spec["po"]:
        rows.append((L["po"], spec["po"]))
    return rows


def exempt_note(spec: dict) -> str | None:
    """The sentence saying why no VAT is charged, on an exempt document."""
    return EXEMPT[spec["lang"]][spec["buyer_tax_id"]] if spec["exempt"] else None


def due_note(spec: dict) -> str:
    """The sentence under the totals: a due date in prose, or the payment terms."""
    if spec["due"] is not None:
        return PAY_BY[spec["lang"]].format(date=day(spec, spec["due"]))
    return terms_text(spec)


def vat_line(spec: dict) -> str | None:
    return f"{spec['labels']['tax_id']}: {spec['vat']}" if spec["vat_printed"] else None


def buyer_lines(spec: dict) -> list[str]:
    name, vat = spec["buyer"]
    lines = [name, spec["b_street"], spec["b_city"]]
    if spec["buyer_tax_id"]:
        lines.append(f"{spec['labels']['tax_id']}: {vat}")
    return lines


def block(c: Canvas, x: float, y: float, lines: list[str | None], size: float = 9, step: float = 11,
          align: str = "L", bold_first: bool = False) -> float:
    for i, text in enumerate(t for t in lines if t):
        c.text(x, y, text, size, bold=bold_first and i == 0, align=align)
        y += step
    return y


def standard_cols(spec: dict, x0: float = 40, right: float = 555) -> list[tuple[str, str, float, str]]:
    L = spec["labels"]
    return [("desc", L["desc"], x0, "L"), ("qty", L["qty"], right - 195, "R"), ("price", L["price"], right - 95, "R"),
            ("amount", L["amount"], right, "R")]


# --------------------------------------------------------------------------- the families


def render_letter(spec: dict) -> bytes:
    """A German-style business letter (DIN 5008): letterhead right, a tiny sender line over the
    window address (no "Bill To"), an info block, the number in the subject, a footer of columns."""
    c = Canvas("Times" if spec["style"] < 0.3 else "Helvetica")
    L, lang = spec["labels"], spec["lang"]
    c.text(555, 40, spec["vendor"], 15, bold=True, align="R")
    block(c, 555, 60, [spec["v_street"], spec["v_city"], spec["v_phone"]], 8, 10, align="R")
    c.text(57, 128, f"{spec['vendor']} · {spec['v_street']} · {spec['v_city']}", 6.5)
    c.line(57, 137, 290, 137)
    block(c, 57, 145, buyer_lines(spec), 10, 12)
    in_info = spec["style"] > 0.35
    rows = header_rows(spec, due=spec["style"] > 0.6, customer=True)
    pairs(c, rows if in_info else rows[1:], 360, 460, 150, size=8.5, step=12)
    c.text(57, 262, f"{spec['title']} {NR[lang] if spec['style'] < 0.7 else ''}{spec['number']}", 12, bold=True)
    c.text(57, 285, GREETING[lang], 9)
    cols = [("pos", "Pos.", 57, "L"), ("desc", L["desc"], 85, "L"), ("qty", L["qty"], 345, "R"),
            ("unit", L["unit"], 352, "L"), ("price", L["price"], 470, "R"), ("amount", L["amount"], 540, "R")]
    y, _ = draw_table(c, spec, cols, 315, ruled=True)
    c.line(330, y + 2, 540, y + 2)
    y = draw_totals(c, spec, y + 8, 330, 540, rule=True)
    if not (spec["due"] is not None and spec["style"] > 0.6):
        c.text(57, y + 16, due_note(spec), 9)
    footer = [[spec["vendor"], spec["v_street"], spec["v_city"]],
              [BANK[lang], f"IBAN {spec['iban']}", "BIC COBADEFFXXX"],
              [REGISTER[lang].format(n=spec["customer_no"]), MANAGER[lang], vat_line(spec)]]
    for i, col in enumerate(footer):
        block(c, 57 + i * 170, 770, col, 7, 9)
    return c.output()


def render_saas(spec: dict) -> bytes:
    """A SaaS billing page: "Invoice" top left, a grid of labels with values in a column, the
    vendor's and the buyer's blocks side by side, "$X due <date>", the table, "Amount due"."""
    c = Canvas()
    L = spec["labels"]
    c.text(40, 40, spec["title"].title(), 20, bold=True)
    rows = header_rows(spec, due=True, po=True)
    pairs(c, rows, 40, 150, 80, size=9, step=13, colon=False)
    y = block(c, 40, 160, [spec["vendor"], spec["v_street"], spec["v_city"], spec["v_phone"], vat_line(spec)],
              9, 12, bold_first=True)
    block(c, 250, 160, [L["bill_to"]] + buyer_lines(spec), 9, 12, bold_first=True)
    y = max(y, 230) + 14
    headline = money(spec, spec["total"])
    if spec["due"] is not None and spec["lang"] == "en":
        headline += f" due {day(spec, spec['due'])}"
    c.text(40, y, headline, 14, bold=True)
    y, _ = draw_table(c, spec, standard_cols(spec), y + 40, ruled=True, notes=True)
    y = draw_totals(c, spec, y + 12, 330, 555, rule=True)
    if spec["due"] is None:
        c.text(40, y + 10, terms_text(spec), 9)
    c.text(40, 800, f"{spec['number']} · {money(spec, spec['total'])}", 7.5)
    c.text(555, 800, spec["labels"]["page"].format(p=1, n=1), 7.5, align="R")
    return c.output()


def render_boxed(spec: dict) -> bytes:
    """Title left, vendor right; the header as a row of boxes (labels over values); a ruled
    grid table and boxed totals."""
    c = Canvas()
    L = spec["labels"]
    c.text(40, 40, spec["title"].upper(), 18, bold=True)
    block(c, 555, 40, [spec["vendor"], spec["v_street"], spec["v_city"], vat_line(spec)], 9, 11, align="R",
          bold_first=True)
    block(c, 40, 110, [L["bill_to"] + ":"] + buyer_lines(spec), 9, 11, bold_first=True)
    cells = header_rows(spec, customer=True)
    if spec["due"] is None:
        cells.append((TERMS_LABEL[spec["lang"]], terms_text(spec).split(":")[-1].strip()))
    width = 515 / len(cells)
    for i, (label, value) in enumerate(cells):
        x = 40 + i * width
        c.rect(x, 200, width, 30)
        c.text(x + 4, 203, label, 7, bold=True)
        c.text(x + 4, 216, value, 8.5)
    cols = standard_cols(spec, 46, 549)
    c.rect(40, 250, 515, 14)
    y, _ = draw_table(c, spec, cols, 252, grid=(40, 555), notes=False)
    c.rect(330, y + 6, 225, 14 * len(totals_rows(spec)) + 4)
    y = draw_totals(c, spec, y + 9, 336, 549)
    note = exempt_note(spec)
    if note:
        c.text(40, y + 16, note, 8.5)
    c.text(40, 790, f"IBAN {spec['iban']} · {spec['v_phone']}", 7)
    return c.output()


def render_rates(spec: dict) -> bytes:
    """Several VAT rates: a rate column in the table and one tax row per rate."""
    c = Canvas()
    L = spec["labels"]
    c.text(40, 40, spec["vendor"], 16, bold=True)
    block(c, 40, 62, [f"{spec['v_street']}, {spec['v_city']}", vat_line(spec)], 8.5, 11)
    c.text(555, 40, spec["title"].upper(), 16, bold=True, align="R")
    pairs(c, header_rows(spec), 350, 450, 70, size=9)
    block(c, 40, 140, [L["bill_to"] + ":"] + buyer_lines(spec), 9, 11, bold_first=True)
    cols = [("desc", L["desc"], 40, "L"), ("qty", L["qty"], 300, "R"), ("price", L["price"], 390, "R"),
            ("vat", L["vat_col"], 450, "R"), ("amount", L["amount"], 555, "R")]
    y, _ = draw_table(c, spec, cols, 230, ruled=spec["style"] < 0.5)
    y = draw_totals(c, spec, y + 14, 330, 555)
    if spec["due"] is None:
        c.text(40, y + 12, terms_text(spec), 9)
    c.text(40, 790, f"IBAN {spec['iban']}", 7)
    return c.output()


def render_charges(spec: dict) -> bytes:
    """Shipping and a discount between the items' sum and the tax; the net printed or not."""
    c = Canvas()
    L = spec["labels"]
    c.text(40, 36, spec["vendor"].upper(), 18, bold=True, spacing=1.0)
    block(c, 40, 60, [spec["v_street"], spec["v_city"], spec["v_phone"], vat_line(spec)], 8, 10)
    c.text(555, 36, spec["title"], 14, bold=True, align="R")
    pairs(c, header_rows(spec), 462, 470, 60, size=8.5, label_right=True, colon=True)
    block(c, 40, 150, [L["bill_to"]] + buyer_lines(spec), 9, 11, bold_first=True)
    y, _ = draw_table(c, spec, standard_cols(spec), 230, ruled=True)
    y = draw_totals(c, spec, y + 14, 340, 555, rule=True)
    if spec["due"] is None:
        c.text(40, y + 12, terms_text(spec), 9)
    return c.output()


def render_multipage(spec: dict) -> bytes:
    """A long table over two or three pages: carried-forward rows, page footers, the header
    repeated or not; the totals on the last page."""
    L = spec["labels"]
    repeat, carried = spec["style"] < 0.6, spec["style"] > 0.3
    cols = [("pos", "#", 40, "L")] + standard_cols(spec, 62)

    def footer(c: Canvas, p: int, n: int) -> None:
        c.text(297, 805, L["page"].format(p=p, n=n), 7.5, align="C")

    y_end, pages = draw_table(None, spec, cols, 250, repeat_header=repeat, carried=carried)
    if y_end + 14 * len(totals_rows(spec)) > 780:
        pages += 1
    c = Canvas()
    c.text(40, 40, spec["vendor"], 15, bold=True)
    block(c, 40, 60, [spec["v_street"], spec["v_city"], vat_line(spec)], 8.5, 11)
    c.text(555, 40, spec["title"].upper(), 16, bold=True, align="R")
    pairs(c, header_rows(spec), 350, 450, 66, size=9)
    block(c, 40, 140, [L["bill_to"] + ":"] + buyer_lines(spec), 9, 11, bold_first=True)
    y, page = draw_table(c, spec, cols, 250, repeat_header=repeat, carried=carried, footer=footer, pages=pages)
    if y + 14 * len(totals_rows(spec)) > 780:
        footer(c, page, pages)
        c.new_page()
        page += 1
        y = 50
    y = draw_totals(c, spec, y + 12, 340, 555)
    if spec["due"] is None:
        c.text(40, y + 10, terms_text(spec), 9)
    footer(c, page, pages)
    return c.output()


def render_hours(spec: dict) -> bytes:
    """A freelancer's services invoice: hours first, wrapped descriptions, a rate per hour."""
    c = Canvas()
    L = spec["labels"]
    c.text(40, 40, spec["vendor"], 13, bold=True)
    c.text(40, 58, f"{spec['v_street']} | {spec['v_city']} | {spec['v_phone']}", 8)
    c.text(40, 100, spec["title"], 22, bold=True)
    block(c, 40, 140, [L["bill_to"]] + buyer_lines(spec), 9, 11, bold_first=True)
    pairs(c, header_rows(spec), 330, 430, 140, size=9, colon=False, bold_label=True)
    cols = [("hours", L["hours"], 60, "R"), ("desc", L["desc"], 80, "L"), ("price", L["price"], 460, "R"),
            ("amount", L["amount"], 555, "R")]
    y, _ = draw_table(c, spec, cols, 240, ruled=True, row_h=12)
    y = draw_totals(c, spec, y + 16, 360, 555)
    block(c, 40, y + 14, [exempt_note(spec), due_note(spec) if spec["due"] is None else None, vat_line(spec),
                          f"IBAN {spec['iban']}"], 8.5, 11)
    return c.output()


def render_footer_vendor(spec: dict) -> bytes:
    """The vendor named only in the footer; a letter-spaced title; "#" labels; terms but the
    due date printed or not."""
    c = Canvas()
    L = spec["labels"]
    c.text(40, 40, spec["title"].upper(), 24, bold=True, spacing=4)
    block(c, 40, 90, [L["bill_to"] + ":"] + buyer_lines(spec), 9.5, 12, bold_first=True)
    rows = header_rows(spec)
    pairs(c, rows, 360, 455, 90, size=9)
    if spec["due"] is None:
        c.text(360, 90 + 13 * len(rows), terms_text(spec), 9)
    y, _ = draw_table(c, spec, standard_cols(spec), 220, ruled=True)
    draw_totals(c, spec, y + 14, 340, 555, rule=True)
    c.line(40, 770, 555, 770)
    parts = [spec["vendor"], spec["v_street"], spec["v_city"], vat_line(spec), f"IBAN {spec['iban']}"]
    c.text(297, 776, "  |  ".join(p for p in parts[:3] if p), 7.5, align="C")
    c.text(297, 788, "  |  ".join(p for p in parts[3:] if p), 7.5, align="C")
    return c.output()


def render_inline(spec: dict) -> bytes:
    """The header on one line ("Invoice No. 1 | Date 2 | Customer 3"); totals as the table's
    last rows, their labels in the description column."""
    c = Canvas()
    L = spec["labels"]
    c.text(40, 40, spec["vendor"], 14, bold=True)
    c.text(40, 58, f"{spec['v_street']}, {spec['v_city']}" + (f" - {vat_line(spec)}" if vat_line(spec) else ""), 8)
    block(c, 330, 90, [L["bill_to"] + ":"] + buyer_lines(spec), 9, 11, bold_first=True)
    c.text(40, 170, spec["title"].upper(), 14, bold=True)
    parts = [f"{label}: {value}" for label, value in header_rows(spec, customer=True)]
    sep = "  |  " if spec["style"] < 0.5 else "        "
    c.text(40, 190, sep.join(parts[:3]), 8.5)
    if parts[3:]:
        c.text(40, 202, sep.join(parts[3:]), 8.5)
    y, _ = draw_table(c, spec, standard_cols(spec), 230, grid=(40, 555), notes=False)
    for label, value, bold in totals_rows(spec, currency=False):
        c.text(400, y, label, 8.5, bold=bold, align="R")
        c.text(555, y, value, 8.5, bold=bold, align="R")
        y += 13
    c.text(40, y + 10, f"{spec['currency']} · {due_note(spec)}", 8.5)
    return c.output()


def render_mono(spec: dict) -> bytes:
    """A monospaced ERP print: dot leaders, amounts without grouping, dates like 15-MAR-2025,
    credit amounts with a trailing minus."""
    c = Canvas("Courier")
    spec = dict(spec, numfmt="plain")
    L = spec["labels"]
    trailing = spec["credit"] and spec["style"] < 0.5

    def amt(v: Decimal) -> str:
        text = fmt_number(abs(v) if trailing else v, "plain")
        return text + "-" if trailing and v < 0 else text

    c.text(40, 40, spec["vendor"].upper(), 11, bold=True)
    block(c, 40, 54, [spec["v_street"].upper(), spec["v_city"].upper(), vat_line(spec)], 8.5, 10)
    c.text(40, 110, spec["title"].upper(), 12, bold=True)
    y = 130
    for label, value in header_rows(spec, customer=True):
        c.text(40, y, f"{label.upper():.<22}: {value.upper()}", 8.5)
        y += 11
    y = block(c, 330, 130, [L["bill_to"].upper() + ":"] + [t.upper() for t in buyer_lines(spec)], 8.5, 11)
    y = max(y, 130 + 11 * 6) + 16
    c.text(40, y, "-" * 86, 7)
    cols = [(L["desc"].upper(), 40, "L"), (L["qty"].upper(), 330, "R"), (L["price"].upper(), 440, "R"),
            (L["amount"].upper(), 555, "R")]
    for text, x, align in cols:
        c.text(x, y + 9, text, 8, align=align)
    y += 22
    for ln in spec["lines"]:
        c.text(40, y, ln["description"].upper()[:34], 8)
        c.text(330, y, fmt_qty(ln["quantity"], "plain"), 8, align="R")
        c.text(440, y, amt(ln["unit_price"] * spec["sign"]), 8, align="R")
        c.text(555, y, amt(ln["amount"] * spec["sign"]), 8, align="R")
        y += 11
    c.text(40, y, "-" * 86, 7)
    y += 12
    for label, value, _ in totals_rows(spec, currency=False):
        value = amt(Decimal(value)) if trailing else value
        c.text(300, y, f"{label.upper():.<24}", 8.5)
        c.text(555, y, value, 8.5, align="R")
        y += 11
    c.text(40, y + 14, f"{spec['currency']} - {due_note(spec).upper()}", 8)
    return c.output()


def render_right_labels(spec: dict) -> bytes:
    """Labels right-aligned against their values; amounts without a currency; the currency said
    once, in the table header or in a notice."""
    c = Canvas()
    L, cur = spec["labels"], spec["currency"]
    c.text(40, 40, spec["vendor"], 17, bold=True)
    block(c, 40, 64, [spec["v_street"], spec["v_city"], vat_line(spec)], 8.5, 11)
    block(c, 40, 130, [L["bill_to"]] + buyer_lines(spec), 9, 11, bold_first=True)
    c.text(555, 40, spec["title"], 18, bold=True, align="R")
    pairs(c, header_rows(spec, customer=True), 440, 446, 80, size=9, label_right=True)
    cols = standard_cols(spec)
    in_header = spec["style"] < 0.5
    if in_header:
        cols[-1] = ("amount", f"{L['amount']} ({cur})", 555, "R")
    y, _ = draw_table(c, spec, cols, 230, ruled=True)
    y = draw_totals(c, spec, y + 14, 340, 555, currency=False)
    notice = {"en": "All amounts in {c}.", "de": "Alle Beträge in {c}.", "fr": "Montants exprimés en {c}.",
              "nl": "Alle bedragen in {c}.", "es": "Importes en {c}."}[spec["lang"]]
    block(c, 40, y + 12, [None if in_header else notice.format(c=cur), due_note(spec)], 9, 12)
    return c.output()
