"""Three more layout families, added after the first eleven were worked on (`corpus_layouts`).

Each was scored once, unseen, before any rule was written with it in view: a German ERP print
(service period and delivery date next to the invoice date, the currency in the column
headers, 'Summe Positionen'), a US small-business bill (Bill To and Ship To side by side, a
service date on every line, a payment and the balance due), and a continental layout that
prints the tax base in the tax row ('BTW 21% over € 1.000,00') with dates like 3-7-2025.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from evals.corpus_families import Canvas, day, fmt_number, fmt_qty, money, tax_label
from evals.corpus_layouts import (
    BANK,
    block,
    buyer_lines,
    draw_table,
    due_note,
    header_rows,
    pairs,
    totals_rows,
    vat_line,
)
from evals.corpus_vocab import MANAGER, REGISTER

PERIOD = {"en": ("Service period", "Delivery date"), "de": ("Leistungszeitraum", "Lieferdatum"),
          "fr": ("Période de prestation", "Date de livraison"), "nl": ("Leverperiode", "Leverdatum"),
          "es": ("Periodo de servicio", "Fecha de entrega")}
POSITIONS = {"en": "Items total", "de": "Summe Positionen", "fr": "Total des lignes", "nl": "Totaal regels",
             "es": "Suma de líneas"}
OVER = {"en": "on", "de": "auf", "fr": "sur", "nl": "over", "es": "sobre"}


def render_erp(spec: dict) -> bytes:
    """A German ERP print: info block with its values flush right, a service period and a
    delivery date as decoy dates, the currency in the column headers, 'Summe Positionen'."""
    c = Canvas()
    L, lang, cur = spec["labels"], spec["lang"], spec["currency"]
    c.text(40, 38, spec["vendor"], 13, bold=True)
    c.text(40, 128, f"{spec['vendor']} - {spec['v_street']} - {spec['v_city']}", 6.5)
    block(c, 40, 140, buyer_lines(spec), 10, 12)
    c.text(340, 100, spec["title"], 16, bold=True)
    period, delivery = PERIOD[lang]
    start = spec["issued"].replace(day=1)
    rows = header_rows(spec, customer=True) + [
        (delivery, day(spec, spec["issued"] - timedelta(days=2))),
        (period, f"{day(spec, start)} - {day(spec, spec['issued'])}")]
    y = 124
    for label, value in rows:
        c.text(340, y, label + ":", 8.5)
        c.text(555, y, value, 8.5, align="R")
        y += 11
    cols = [("pos", "Pos.", 40, "L"), ("sku", "Art.-Nr." if lang == "de" else "SKU", 66, "L"),
            ("desc", L["desc"], 120, "L"), ("qty", L["qty"], 345, "R"), ("unit", L["unit"], 352, "L"),
            ("price", f"{L['price']} {cur}", 468, "R"), ("amount", f"{L['amount']} {cur}", 555, "R")]
    y, _ = draw_table(c, spec, cols, 250, ruled=True, size=8)
    s = spec["sign"]
    if spec["shipping"] is None and spec["discount"] is None and not spec["exempt"]:
        c.text(330, y + 8, POSITIONS[lang], 9)
        c.text(555, y + 8, fmt_number(spec["lines_sum"] * s, spec["numfmt"]), 9, align="R")
        y += 14
    for label, value, bold in totals_rows(spec, currency=False):
        c.text(330, y + 8, label, 9, bold=bold)
        c.text(555, y + 8, value, 9, bold=bold, align="R")
        y += 14
    c.text(40, y + 24, due_note(spec), 9)
    cols4 = [[spec["vendor"], spec["v_street"], spec["v_city"]], [spec["v_phone"], f"info@{lang}.example"],
             [BANK[lang], f"IBAN {spec['iban']}"], [REGISTER[lang].format(n=spec["customer_no"]), MANAGER[lang],
                                                      vat_line(spec)]]
    for i, col in enumerate(cols4):
        block(c, 40 + i * 132, 772, col, 6.5, 8)
    return c.output()


def render_smallbiz(spec: dict) -> bytes:
    """A US small-business bill: Bill To and Ship To side by side, an uppercase header box, a
    service date on every line, then the total, a payment and the balance due."""
    c = Canvas()
    L = spec["labels"]
    block(c, 40, 40, [spec["vendor"], spec["v_street"], spec["v_city"], spec["v_phone"], vat_line(spec)],
          9, 11, bold_first=True)
    c.text(555, 40, spec["title"].upper(), 22, bold=True, align="R")
    block(c, 40, 130, ["BILL TO"] + buyer_lines(spec)[:3], 9, 11, bold_first=True)
    block(c, 230, 130, ["SHIP TO", spec["buyer"][0], spec["b_street"], spec["b_city"]], 9, 11, bold_first=True)
    rows = [(label.upper(), value) for label, value in header_rows(spec)]
    if spec["due"] is None:
        rows.append(("TERMS", f"Net {spec['days']}"))
    pairs(c, rows, 480, 490, 130, size=8.5, label_right=True, colon=False, bold_label=True)
    y = 230
    heads = [("DATE", 40, "L"), ("ACTIVITY", 100, "L"), (L["qty"].upper(), 380, "R"), (L["price"].upper(), 460, "R"),
             ("AMOUNT", 555, "R")]
    for text, x, align in heads:
        c.text(x, y, text, 8.5, bold=True, align=align)
    c.line(40, y + 12, 555, y + 12)
    y += 18
    s = spec["sign"]
    for i, ln in enumerate(spec["lines"]):
        c.text(40, y, day(spec, spec["issued"] - timedelta(days=len(spec["lines"]) - i)), 8.5)
        c.text(100, y, ln["description"], 8.5)
        c.text(380, y, fmt_qty(ln["quantity"], spec["numfmt"]), 8.5, align="R")
        c.text(460, y, fmt_number(ln["unit_price"] * s, spec["numfmt"]), 8.5, align="R")
        c.text(555, y, fmt_number(ln["amount"] * s, spec["numfmt"]), 8.5, align="R")
        y += 14
    c.line(40, y, 555, y)
    y += 10
    for label, value, bold in totals_rows(spec, currency=False):
        c.text(400, y, label.upper(), 8.5, bold=bold)
        c.text(555, y, value, 8.5, bold=bold, align="R")
        y += 13
    c.text(400, y + 8, "BALANCE DUE", 12, bold=True)
    balance = spec["total"] - (spec["total"] / 2).quantize(Decimal("0.01")) if spec["paid"] else spec["total"]
    c.text(555, y + 8, money(spec, balance), 12, bold=True, align="R")
    return c.output()


def render_taxbase(spec: dict) -> bytes:
    """'Label: value' pieces under a centred title, dates like 3-7-2025, the currency symbol
    before the amount, and the tax base printed in the tax row ('BTW 21% over € 1.000,00')."""
    c = Canvas()
    L, lang = spec["labels"], spec["lang"]
    sym = {"EUR": "€", "GBP": "£", "USD": "$"}.get(spec["currency"], spec["currency"])
    spec = dict(spec, datefmt="short_" + ("dash" if lang == "nl" else "slash"))

    def amount(v: Decimal) -> str:
        return f"{sym} {fmt_number(v, spec['numfmt'])}"

    block(c, 40, 40, [spec["vendor"], spec["v_street"], spec["v_city"], vat_line(spec)], 9, 11, bold_first=True)
    block(c, 360, 40, [L["bill_to"] + ":"] + buyer_lines(spec), 9, 11, bold_first=True)
    c.text(297, 130, spec["title"].upper(), 16, bold=True, align="C")
    y = 160
    for label, value in header_rows(spec):
        c.text(40, y, f"{label}: {value}", 9)
        y += 12
    cols = [("desc", L["desc"], 40, "L"), ("qty", L["qty"], 330, "R"), ("unit", L["unit"], 338, "L"),
            ("price", L["price"], 450, "R"), ("amount", L["amount"], 555, "R")]
    y, _ = draw_table(c, spec, cols, y + 20, ruled=True)
    s = spec["sign"]
    y += 10
    rows = [(L["subtotal"], amount(spec["subtotal"]))]
    for rate, tax in spec["taxes"].items():
        rows.append((f"{tax_label(spec, rate)} {OVER[lang]} {amount(spec['bases'][rate] * s)}", amount(tax * s)))
    rows.append((L["total"], amount(spec["total"])))
    for label, value in rows:
        c.text(300, y, label, 9, bold=label == L["total"])
        c.text(555, y, value, 9, bold=label == L["total"], align="R")
        y += 14
    c.text(40, y + 16, due_note(spec), 9)
    return c.output()
