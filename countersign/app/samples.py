"""Demo invoice PDFs, rendered with PyMuPDF from the specs in `countersign/data/demo_invoices.yaml`.

The demo reads these back through the real extractor, so they look like ordinary vendor invoices:
vendor block top-left, "INVOICE" title and header block top-right, a "Bill To" block (the buyer,
never the vendor), a line-item table, totals and a payment footer with an IBAN and a decoy phone
number. Rendering is deterministic: the same spec gives byte-identical PDF bytes, because documents
are de-duplicated by the SHA-256 of their bytes.

Money is computed with `Decimal` and ROUND_HALF_UP to cents; floats never touch an amount.

Optional spec keys beyond the demo file (used by tests and evals):
- `date_style`: "long" ("November 10, 2026", default), "short" ("10 Nov 2026"), "iso", "us"
  ("11/10/2026");
- `printed`: {"subtotal"|"tax"|"total": "1234.56"} prints that figure instead of the computed one
  (to make an invoice whose arithmetic does not add up);
- `due_date` may be left out: then only the terms ("Net 30") are printed;
- `bill_to.tax_id`: the buyer's tax ID printed in the Bill To block (a decoy for the vendor's).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import pymupdf
import yaml

CENT = Decimal("0.01")
PAGE_WIDTH, PAGE_HEIGHT = 595.0, 842.0  # A4 in points
MARGIN = 50.0
RIGHT = PAGE_WIDTH - MARGIN

REGULAR, BOLD = "helv", "hebo"  # base-14 Helvetica: nothing embedded, nothing variable
INK = (0.1, 0.1, 0.1)
GREY = (0.4, 0.4, 0.4)
RULE = (0.75, 0.75, 0.75)
SHADE = (0.93, 0.93, 0.93)

# Table columns: description starts at MARGIN, the numbers are right-aligned at these x.
COL_QTY, COL_PRICE, COL_AMOUNT = 345.0, 445.0, RIGHT

_MONTHS = (
    "January February March April May June July August September October November December"
).split()


# --------------------------------------------------------------------------- money and dates


def _dec(value: Any) -> Decimal:
    if isinstance(value, float):
        raise TypeError("amounts in invoice specs must be strings, not floats")
    return Decimal(str(value))


def _cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _money(value: Decimal) -> str:
    """"24,000.00": thousands separators, two decimals."""
    return f"{_cents(value):,.2f}"


def _plain(value: Decimal) -> str:
    """The contract's form: "1657.80"."""
    return format(_cents(value), "f")


def _quantity(value: Decimal) -> str:
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def _percent(rate: Decimal) -> str:
    return _quantity(rate * 100) + "%"


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def format_date(value: Any, style: str = "long") -> str:
    day = _day(value)
    if style == "long":
        return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"
    if style == "short":
        return f"{day.day:02d} {_MONTHS[day.month - 1][:3]} {day.year}"
    if style == "iso":
        return day.isoformat()
    if style == "us":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    raise ValueError(f"unknown date style: {style!r}")


def compute_lines(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Each line with Decimal quantity, unit_price and amount (quantity x price, to the cent)."""
    lines = []
    for line in spec.get("lines", []):
        quantity, unit_price = _dec(line["quantity"]), _dec(line["unit_price"])
        lines.append(
            {
                "description": str(line["description"]),
                "quantity": quantity,
                "unit_price": unit_price,
                "amount": _cents(quantity * unit_price),
            }
        )
    return lines


def compute_totals(spec: dict[str, Any]) -> dict[str, Decimal]:
    """subtotal, tax and total as the spec implies them (before any `printed` override)."""
    subtotal = sum((line["amount"] for line in compute_lines(spec)), Decimal("0.00"))
    tax = _cents(subtotal * _dec(spec.get("tax_rate", "0")))
    return {"subtotal": _cents(subtotal), "tax": tax, "total": _cents(subtotal + tax)}


def printed_totals(spec: dict[str, Any]) -> dict[str, Decimal]:
    totals = compute_totals(spec)
    for name, value in (spec.get("printed") or {}).items():
        totals[name] = _cents(_dec(value))
    return totals


def expected_fields(spec: dict[str, Any]) -> dict[str, str | None]:
    """What the extractor should report for this spec, in the `extract --json` contract's form."""
    totals = printed_totals(spec)
    vendor = spec["vendor"]
    iban = vendor.get("iban")
    return {
        "vendor_name": vendor["name"],
        "vendor_tax_id": vendor.get("tax_id"),
        "invoice_number": spec["invoice_number"],
        "po_number": spec.get("po_number"),
        "invoice_date": _day(spec["invoice_date"]).isoformat(),
        "due_date": _expected_due(spec),
        "currency": spec.get("currency", "USD"),
        "subtotal": _plain(totals["subtotal"]),
        "tax": _plain(totals["tax"]),
        "total": _plain(totals["total"]),
        "vendor_iban": "".join(iban.split()).upper() if iban else None,
    }


def _expected_due(spec: dict[str, Any]) -> str | None:
    if spec.get("due_date"):
        return _day(spec["due_date"]).isoformat()
    match = re.search(r"net\s*(\d{1,3})", str(spec.get("terms") or ""), re.IGNORECASE)
    if match:
        return (_day(spec["invoice_date"]) + timedelta(days=int(match.group(1)))).isoformat()
    return None


# --------------------------------------------------------------------------- drawing


def _text(page: pymupdf.Page, x: float, y: float, text: str, *, size: float = 9.0,
          bold: bool = False, color: tuple[float, float, float] = INK) -> None:
    page.insert_text((x, y), text, fontname=BOLD if bold else REGULAR, fontsize=size, color=color)


def _text_right(page: pymupdf.Page, right: float, y: float, text: str, *, size: float = 9.0,
                bold: bool = False, color: tuple[float, float, float] = INK) -> None:
    font = BOLD if bold else REGULAR
    width = pymupdf.get_text_length(text, fontname=font, fontsize=size)
    page.insert_text((right - width, y), text, fontname=font, fontsize=size, color=color)


def _rule(page: pymupdf.Page, y: float, x0: float = MARGIN, x1: float = RIGHT) -> None:
    page.draw_line((x0, y), (x1, y), color=RULE, width=0.6)


def _address_lines(address: str) -> list[str]:
    """"100 Industrial Way, Springfield, IL 62701" -> street line, then the rest."""
    street, _, rest = str(address).partition(",")
    return [part.strip() for part in (street, rest) if part.strip()]


def _group_iban(iban: str) -> str:
    compact = "".join(iban.split()).upper()
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _wrap(text: str, width: float, size: float) -> list[str]:
    words, lines, current = text.split(), [], ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if current and pymupdf.get_text_length(candidate, fontname=REGULAR, fontsize=size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    return lines + ([current] if current else [])


def render_invoice(spec: dict[str, Any]) -> bytes:
    """One-page A4 invoice for `spec`; deterministic (same spec, same bytes)."""
    vendor, bill_to = spec["vendor"], spec.get("bill_to") or {}
    currency = spec.get("currency", "USD")
    style = spec.get("date_style", "long")
    lines = compute_lines(spec)
    totals = printed_totals(spec)

    doc = pymupdf.open()
    page = doc.new_page(width=PAGE_WIDTH, height=PAGE_HEIGHT)
    _draw_vendor(page, vendor)
    y = _draw_header(page, spec, style)
    y = _draw_bill_to(page, bill_to, y)
    y = _draw_lines(page, lines, y)
    y = _draw_totals(page, spec, totals, currency, y)
    _draw_footer(page, spec, vendor, y)

    stamp = "D:" + _day(spec["invoice_date"]).strftime("%Y%m%d") + "090000Z"
    doc.set_metadata(
        {
            "title": f"Invoice {spec['invoice_number']}",
            "author": vendor["name"],
            "subject": "Invoice",
            "keywords": "",
            "creator": "countersign demo",
            "producer": "countersign",
            "creationDate": stamp,
            "modDate": stamp,
        }
    )
    data = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    doc.close()
    return data


def _draw_vendor(page: pymupdf.Page, vendor: dict[str, Any]) -> None:
    """Vendor block, top-left."""
    _text(page, MARGIN, 72, vendor["name"], size=16, bold=True)
    y = 90.0
    for line in _address_lines(vendor.get("address", "")):
        _text(page, MARGIN, y, line, color=GREY)
        y += 12
    if vendor.get("tax_id"):
        _text(page, MARGIN, y, f"Tax ID: {vendor['tax_id']}", color=GREY)


def _draw_header(page: pymupdf.Page, spec: dict[str, Any], style: str) -> float:
    """Title and header block, top-right; returns the y below it."""
    _text_right(page, RIGHT, 72, "INVOICE", size=24, bold=True)
    header: list[tuple[str, str]] = [
        ("Invoice No.", str(spec["invoice_number"])),
        ("Invoice Date", format_date(spec["invoice_date"], style)),
    ]
    if spec.get("due_date"):
        header.append(("Due Date", format_date(spec["due_date"], style)))
    if spec.get("po_number"):
        header.append(("PO Number", str(spec["po_number"])))
    if spec.get("terms"):
        header.append(("Terms", str(spec["terms"])))
    y = 104.0
    for label, value in header:
        _text(page, 360, y, label, bold=True)
        _text_right(page, RIGHT, y, value)
        y += 14
    return y


def _draw_bill_to(page: pymupdf.Page, bill_to: dict[str, Any], y: float) -> float:
    """Bill To, left, below the vendor block (and at least below `y`)."""
    y = max(y, 150.0) + 20
    _text(page, MARGIN, y, "Bill To", size=10, bold=True)
    y += 14
    if bill_to.get("name"):
        _text(page, MARGIN, y, bill_to["name"])
        y += 12
    for line in _address_lines(bill_to.get("address", "")):
        _text(page, MARGIN, y, line)
        y += 12
    if bill_to.get("tax_id"):
        _text(page, MARGIN, y, f"Tax ID: {bill_to['tax_id']}")
        y += 12
    return y


def _draw_lines(page: pymupdf.Page, lines: list[dict[str, Any]], y: float) -> float:
    """The line-item table: a shaded header row, then one ruled row per line (descriptions wrap)."""
    y += 24
    page.draw_rect(pymupdf.Rect(MARGIN, y - 12, RIGHT, y + 5), color=None, fill=SHADE)
    _text(page, MARGIN + 4, y, "Description", bold=True)
    _text_right(page, COL_QTY, y, "Qty", bold=True)
    _text_right(page, COL_PRICE, y, "Unit Price", bold=True)
    _text_right(page, COL_AMOUNT - 4, y, "Amount", bold=True)
    y += 20
    for line in lines:
        wrapped = _wrap(line["description"], COL_QTY - 60 - MARGIN, 9)
        _text(page, MARGIN + 4, y, wrapped[0])
        _text_right(page, COL_QTY, y, _quantity(line["quantity"]))
        _text_right(page, COL_PRICE, y, _money(line["unit_price"]))
        _text_right(page, COL_AMOUNT - 4, y, _money(line["amount"]))
        for extra in wrapped[1:]:
            y += 12
            _text(page, MARGIN + 4, y, extra)
        y += 8
        _rule(page, y)
        y += 14
    return y


def _draw_totals(page: pymupdf.Page, spec: dict[str, Any], totals: dict[str, Decimal], currency: str,
                 y: float) -> float:
    """Subtotal, tax and total, right."""
    y += 10
    rate = _dec(spec.get("tax_rate", "0"))
    rows = [
        ("Subtotal", _money(totals["subtotal"]), False),
        (f"Tax ({_percent(rate)})", _money(totals["tax"]), False),
        ("Total", f"{currency} {_money(totals['total'])}", True),
    ]
    for label, value, strong in rows:
        if strong:
            _rule(page, y - 11, 360, RIGHT)
            y += 4
        _text(page, 360, y, label, size=10 if strong else 9, bold=True)
        _text_right(page, COL_AMOUNT - 4, y, value, size=10 if strong else 9, bold=strong)
        y += 16
    return y


def _draw_footer(page: pymupdf.Page, spec: dict[str, Any], vendor: dict[str, Any], y: float) -> None:
    """Payment details at the foot of the page, and the page number."""
    y = max(y + 40, 700.0)
    _rule(page, y - 14)
    _text(page, MARGIN, y, "Payment details", size=10, bold=True)
    y += 14
    if vendor.get("iban"):
        _text(page, MARGIN, y, f"IBAN: {_group_iban(vendor['iban'])}")
        y += 12
    _text(page, MARGIN, y, f"Please quote invoice {spec['invoice_number']} with your payment.")
    y += 12
    _text(page, MARGIN, y, f"Questions? Phone: +1 555 {_phone_suffix(spec)}", color=GREY)
    _text_right(page, RIGHT, 800, "Page 1 of 1", size=8, color=GREY)


def _phone_suffix(spec: dict[str, Any]) -> str:
    """A stable, spec-dependent decoy number (no randomness)."""
    digits = "".join(ch for ch in str(spec["invoice_number"]) if ch.isdigit()).rjust(8, "0")[-8:]
    return f"{digits[:4]} {digits[4:]}"


# --------------------------------------------------------------------------- demo files


def load_demo_specs() -> list[dict[str, Any]]:
    """The demo's invoice specs from the packaged `countersign/data/demo_invoices.yaml`."""
    text = resources.files("countersign").joinpath("data", "demo_invoices.yaml").read_text("utf-8")
    return list(yaml.safe_load(text)["invoices"])


def write_demo_invoices(directory: Path) -> list[Path]:
    """Render every demo spec to `directory/<spec.file>`; returns the paths in spec order."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for spec in load_demo_specs():
        path = directory / spec["file"]
        path.write_bytes(render_invoice(spec))
        paths.append(path)
    return paths
