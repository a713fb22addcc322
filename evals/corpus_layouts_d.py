"""Two more held-out families, written after the fallbacks of issue 12 and scored once, to check
them on layouts they were not written with: a billing-platform invoice whose headline states
the amount due and its date, and a letterhead invoice whose facts stand in a ruled box with the
labels right-aligned and whose buyer's address has no heading."""

from __future__ import annotations

from evals.corpus_families import Canvas, day, money
from evals.corpus_layouts import (
    BANK,
    block,
    buyer_lines,
    draw_table,
    due_note,
    header_rows,
    standard_cols,
    totals_rows,
    vat_line,
)

DUE_HEADLINE = {"en": "{amount} due {date}", "de": "{amount} fällig am {date}",
                "fr": "{amount} à payer avant le {date}",
                "nl": "{amount} te betalen vóór {date}", "es": "{amount} a pagar antes del {date}",
                "it": "{amount} da pagare entro il {date}", "pt": "{amount} a pagar até {date}"}
PERIOD = {"en": "{a} – {b}", "de": "{a} – {b}", "fr": "du {a} au {b}", "nl": "{a} t/m {b}", "es": "{a} – {b}",
          "it": "dal {a} al {b}", "pt": "{a} a {b}"}


def render_billing(spec: dict) -> bytes:
    """A billing platform's invoice: the title, the facts in a two-column list, the vendor and
    the buyer side by side, a headline "<amount> due <date>" (or the terms), a table with the
    billing period under each item, the totals, "Page 1 of 1" with the number in the footer."""
    c = Canvas()
    lang = spec["lang"]
    c.text(40, 36, spec["title"].title() if lang == "en" else spec["title"], 18, bold=True)
    y = 70
    for label, value in header_rows(spec, po=True):
        c.text(40, y, label, 8.5, bold=True)
        c.text(150, y, value, 8.5)
        y += 12
    block(c, 40, y + 20, [spec["vendor"], spec["v_street"], spec["v_city"], spec["v_phone"], vat_line(spec)], 8.5, 11,
          bold_first=True)
    block(c, 300, y + 20, [spec["labels"]["bill_to"]] + buyer_lines(spec), 8.5, 11, bold_first=True)
    y += 100
    if spec["due"] is not None:
        c.text(40, y, DUE_HEADLINE[lang].format(amount=money(spec, spec["total"]), date=day(spec, spec["due"])), 13,
               bold=True)
    else:
        c.text(40, y, due_note(spec), 10)
    y, _ = draw_table(c, spec, standard_cols(spec), y + 36, ruled=True)
    start = spec["issued"]
    c.text(40, y, PERIOD[lang].format(a=day(spec, start.replace(day=1)), b=day(spec, start)), 7.5)
    y += 20
    for label, value, bold in totals_rows(spec):
        c.text(330, y, label, 9, bold=bold)
        c.text(555, y, value, 9, bold=bold, align="R")
        y += 14
    c.text(40, 800, f"{spec['number']} · {money(spec, spec['total'])}", 7)
    c.text(555, 800, "Page 1 of 1" if lang == "en" else "1/1", 7, align="R")
    return c.output()


def render_letterhead(spec: dict) -> bytes:
    """A letterhead invoice: the vendor large at the top right, the buyer's address at the left
    with no heading, the facts in a ruled box with labels right-aligned, the totals in a ruled
    box, the terms in a sentence, bank and ids in a footer."""
    c = Canvas("Times" if spec["style"] < 0.5 else "Helvetica")
    lang = spec["lang"]
    c.text(555, 36, spec["vendor"], 18, bold=True, align="R")
    c.text(555, 60, f"{spec['v_street']} · {spec['v_city']}", 8, align="R")
    block(c, 50, 130, buyer_lines(spec), 10, 12)
    rows = header_rows(spec, customer=True)
    c.rect(340, 120, 215, 14 * len(rows) + 8)
    y = 126
    for label, value in rows:
        c.text(440, y, label, 8.5, align="R")
        c.text(448, y, value, 8.5, bold=True)
        y += 14
    c.text(50, 250, spec["title"].upper(), 14, bold=True)
    y, _ = draw_table(c, spec, standard_cols(spec, x0=50), 280, grid=(50, 555), notes=False)
    rows_t = totals_rows(spec)
    c.rect(330, y + 6, 225, 14 * len(rows_t) + 6)
    y += 10
    for label, value, bold in rows_t:
        c.text(440, y, label, 9, bold=bold, align="R")
        c.text(550, y, value, 9, bold=bold, align="R")
        y += 14
    c.text(50, y + 20, due_note(spec), 9)
    block(c, 50, 770, [BANK[lang], f"IBAN {spec['iban']}"], 7, 9)
    block(c, 300, 770, [spec["vendor"], vat_line(spec)], 7, 9)
    return c.output()
