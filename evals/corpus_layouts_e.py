"""Tables with no header row: the items stand in aligned columns and nothing names them.

Written for issue 12's "line items from column alignment" before the reader could read them:
- `render_columns` (development): no header and no rules, three numeric columns (quantity, unit
  price, amount), a position number in front, or only the amount; long tables go on over a page
  break with no header repeated;
- `render_bare` (held out, scored only): another locale, two numeric columns (a quantity printed
  with its unit, and the amount with its currency code), a rule under every row.
"""

from __future__ import annotations

from evals.corpus_families import Canvas, fmt_number, fmt_qty
from evals.corpus_layouts import (
    BANK,
    UNITS,
    block,
    buyer_lines,
    draw_table,
    draw_totals,
    due_note,
    header_rows,
    pairs,
    vat_line,
)


def _columns_variant(spec: dict) -> list[tuple[str, str, float, str]]:
    """The columns of a `render_columns` document: (key, header, x, align); the header is never
    printed."""
    style = spec["style"]
    if style < 0.4:
        return [("desc", "", 40, "L"), ("qty", "", 360, "R"), ("price", "", 460, "R"), ("amount", "", 555, "R")]
    if style < 0.7:
        return [("pos", "", 50, "R"), ("desc", "", 62, "L"), ("qty", "", 380, "R"), ("price", "", 470, "R"),
                ("amount", "", 555, "R")]
    return [("desc", "", 40, "L"), ("amount", "", 555, "R")]


def render_columns(spec: dict) -> bytes:
    """The vendor top left, the title and facts top right, the buyer; the items with no header
    row and no rules, running over to page 2 when long ("Page 1 of 2" at the foot); the
    totals under the amounts; the bank details and terms below."""
    c = Canvas()
    L, lang = spec["labels"], spec["lang"]
    block(c, 40, 40, [spec["vendor"], spec["v_street"], spec["v_city"], spec["v_phone"], vat_line(spec)], 9, 11,
          bold_first=True)
    c.text(555, 40, spec["title"], 16, bold=True, align="R")
    pairs(c, header_rows(spec), 360, 460, 70, size=9)
    block(c, 40, 130, [L["bill_to"]] + buyer_lines(spec), 9, 11, bold_first=True)
    cols = _columns_variant(spec)
    _, pages = draw_table(None, spec, cols, 230, header=False, repeat_header=False)

    def footer(canvas: Canvas, page: int, n: int) -> None:
        canvas.text(555, 800, L["page"].format(p=page, n=n), 7.5, align="R")

    y, page = draw_table(c, spec, cols, 230, header=False, repeat_header=False, footer=footer, pages=pages)
    y = draw_totals(c, spec, y + 14, 340, 555)
    block(c, 40, y + 12, [due_note(spec), f"{BANK[lang]}: IBAN {spec['iban']}"], 8.5, 11)
    if pages > 1:
        footer(c, page, pages)
    return c.output()


def render_bare(spec: dict) -> bytes:
    """A small trader's invoice: facts left, vendor right; the items as description, quantity
    with its unit and amount with its currency code, no header row, a thin rule under each;
    the totals in a column of their own."""
    c = Canvas()
    block(c, 555, 40, [spec["vendor"], spec["v_street"], spec["v_city"], vat_line(spec)], 9, 11, align="R",
          bold_first=True)
    c.text(40, 40, spec["title"], 15, bold=True)
    y = pairs(c, header_rows(spec), 40, 150, 66, size=9, colon=True)
    block(c, 40, max(y, 120) + 10, buyer_lines(spec), 9, 11)
    y, s = 240, spec["sign"]
    for ln in spec["lines"]:
        unit = UNITS[spec["lang"]][1 if ln["quantity"] % 1 else 0]
        c.text(40, y, f"{ln['sku']}  {ln['description']}", 8.5)
        c.text(430, y, f"{fmt_qty(ln['quantity'], spec['numfmt'])} {unit}", 8.5, align="R")
        c.text(555, y, f"{fmt_number(ln['amount'] * s, spec['numfmt'])} {spec['currency']}", 8.5, align="R")
        c.line(40, y + 12, 555, y + 12)
        y += 15
    y = draw_totals(c, spec, y + 12, 330, 555)
    block(c, 40, y + 14, [due_note(spec), f"IBAN {spec['iban']}"], 8.5, 11)
    return c.output()
