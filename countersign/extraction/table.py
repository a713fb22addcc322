"""A line-item table's structure: found by its header, read by column positions.

The header names the columns (Description | Qty | Unit Price | Amount, in five languages); it may
be stacked over several lines ("Positions-" / "betrag" / "ohne USt."), and each column is the union
of the header pieces above each other. Columns a table carries besides those four (position, tax
rate, discount, unit) are recognised and set aside, so their numbers never land in a neighbouring
column. A header whose first cell is its section's title ("Prestations soumises à la TGCA | Unité | Qté | P.U. |
Montant") reads that cell as the description's. A `Table` splits a line into cells by nearest column and says
whether a line opens an item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from itertools import combinations

from countersign.extraction.headers import concept_role
from countersign.extraction.labels import LABEL_CURRENCY
from countersign.extraction.layout import Line, PageLayout, Segment
from countersign.extraction.lexicon import concepts_of
from countersign.extraction.values import CURRENCY_CODE_RE, parse_amount, parse_date, parse_number

# Header words of the four columns an item is read from.
_TABLE_HEADERS = {
    "description": re.compile(
        r"(?:description|item|items|details|article|product|service|services|beschreibung"
        r"|bezeichnung|artikel|leistung|désignation|libellé|omschrijving|descripción|descripcion"
        r"|concepto|artículo)\b", re.IGNORECASE),
    "quantity": re.compile(
        r"(?:qty|quantity|qté|quantité|menge|anzahl|hours|hrs|units?|aantal|cantidad|cant)\.?$",
        re.IGNORECASE),
    "unit_price": re.compile(
        r"(?:unit\s*price|price|rate|unit\s*cost|einzelpreis|preis|prix\s*unitaire|prix|p\.u\."
        r"|prijs|stukprijs|precio(?:\s*unitario)?|nettopreis|netto\s*-?\s*preis|stückpreis"
        r"|prix\s*unitaire\s*(?:ht)?|unit\s*price\s*(?:net|excl\.?\s*(?:tax|vat))?)" + LABEL_CURRENCY + r"$",
        re.IGNORECASE),
    "amount": re.compile(
        r"(?:amount|total|line\s*total|net\s*amount|betrag|gesamtpreis|gesamt|montant|total\s*ht"
        r"|bedrag|importe|totaal|entgelt|nettobetrag"
        r"|positionsbetrag(?:\s*(?:ohne|exkl\.?)\s*(?:ust|mwst)\.?)?"
        r"|prix\s*(?:total\s*)?ht|montant\s*ht|gesamt\s*netto|summe)"
        + LABEL_CURRENCY + r"$", re.IGNORECASE),
}
# a discount column's words ("Rabatt", "Dto.", "הנחה"); `item_numbers` reads the ones in percent
DISCOUNT_WORDS = r"(?:rem\.?|remise|rabatt?|рабат|discount|disc\.?|popust|sconto|desconto|descuento|dto\.?|הנחה)"
# Columns a table carries besides those four: read and set aside, so that their numbers (tax
# rate, position, discount) never land in a neighbouring column.
_OTHER_COLUMNS = re.compile(
    r"(?:pos\.?|position|nr\.?|no\.?|#|ust\.?|mwst\.?|vat|tva|btw|iva|tax|steuer(?:satz)?"
    r"|ust\.?\s*-?\s*satz|tax\s*rate|" + DISCOUNT_WORDS +
    r"|einheit|unit|uom|art\.?\s*-?\s*nr.*|sku|code|stawka(?:\s*vat)?|aliquota"
    r"|j\.?\s*m\.?|unità|unidade|u\.?\s*m\.?|codice|código|kod|pkwiu)(?:\s*\[?%\]?)?\.?$", re.IGNORECASE)
# ("№", "№ п/п": Russian's number in order, Ukrainian "№ з/п")
_POSITION_HEADER = re.compile(r"(?:pos\.?|position|nr\.?|no\.?|#|lp\.?|n\.?[°º]?|№(?:\s*[пз]/п)?|[пз]/п)$",
                              re.IGNORECASE)


@dataclass
class Column:
    """A header column: its horizontal extent, its header text pieces and the role they name."""

    x0: float
    x1: float
    texts: list[tuple[float, str]]  # (y, text) of the header pieces, top to bottom
    role: str | None = None  # description, quantity, unit_price, amount, pos, other; None unknown

    @property
    def text(self) -> str:
        out = ""
        for _, piece in sorted(self.texts):
            if out.endswith("-") and piece[:1].islower():
                out = out[:-1] + piece  # "Positions-" / "betrag"
            else:
                out = f"{out} {piece}" if out else piece
        return out


@dataclass
class Cells:
    """One line cut into cells: the numbers by column index, and the description pieces."""

    numbers: dict[int, tuple[Decimal, Segment]]
    description: list[Segment]


NUMERIC_ROLES = ("quantity", "unit_price", "amount")


@dataclass
class Table:
    """A table found by its header: the columns left to right, and the header's lines."""

    columns: list[Column]
    header_lines: list[Line]
    by_arithmetic: bool = False  # the roles came from the rows' arithmetic, not the header's words

    @property
    def roles(self) -> dict[int, str]:
        """Column index -> quantity, unit_price or amount, for the numeric columns."""
        return {i: c.role for i, c in enumerate(self.columns) if c.role in NUMERIC_ROLES}

    @property
    def pos(self) -> int | None:
        """The position-number column ("Pos.", "#"), if the table has one."""
        return next((i for i, c in enumerate(self.columns) if c.role == "pos"), None)

    def nearest(self, seg: Segment) -> int:
        """The column a segment belongs to: the most overlapping one, else the closest."""
        def key(i: int) -> tuple[float, float]:
            col = self.columns[i]
            overlap = min(seg.x1, col.x1) - max(seg.x0, col.x0)
            if overlap > 0:
                return (0.0, -overlap)
            return (1.0, min(abs(seg.x0 - col.x1), abs(col.x0 - seg.x1),
                             abs((seg.x0 + seg.x1) / 2 - (col.x0 + col.x1) / 2)))

        return min(range(len(self.columns)), key=key)

    def cells(self, line: Line) -> Cells:
        """The line's numbers in the numeric and other columns, and its description text."""
        numbers: dict[int, tuple[Decimal, Segment]] = {}
        description: list[Segment] = []
        placed: list[tuple[int, Decimal, Segment]] = []
        for seg in line.segments:
            col = self.nearest(seg)
            role = self.columns[col].role
            if role != "description" and role != "pos":
                value = cell_number(seg.text)
                if value is not None:
                    placed.append((col, value, seg))
                    continue
                if (apart := _two_amounts(seg)) is not None:  # "680,26 680,26": the price and the amount, too close
                    placed += [(self.nearest(part), number, part) for part in apart
                               if (number := cell_number(part.text)) is not None]
                    continue
            if role == "description":
                description.append(seg)
        for col, value, seg in self._spread(placed):
            numbers.setdefault(col, (value, seg))
        return Cells(numbers, description)

    def _spread(self, placed: list[tuple[int, Decimal, Segment]]) -> list[tuple[int, Decimal, Segment]]:
        """Two numbers of a line nearest one column: the one that does not overlap its header goes
        to the free neighbour column on its side. A header printed left in its cell over numbers
        printed right ("RATE" over "55.00", "AMOUNT" over "1,650.00") leaves a short number
        nearer the next header than its own."""
        taken = [col for col, _, _ in placed]
        out = list(placed)
        for k, (col, value, seg) in enumerate(placed):
            if taken.count(col) < 2 or self._overlaps(seg, col):
                continue
            side = -1 if seg.x1 <= min(s.x0 for c, _, s in placed if c == col and s is not seg) else 1
            free = col + side
            if 0 <= free < len(self.columns) and free not in taken \
                    and self.columns[free].role not in ("description", "pos"):
                out[k] = (free, value, seg)
                taken[k] = free
        return out

    def _overlaps(self, seg: Segment, col: int) -> bool:
        return min(seg.x1, self.columns[col].x1) - max(seg.x0, self.columns[col].x0) > 0

    def runs_across(self, line: Line) -> bool:
        """Whether text runs across two numeric columns or more: a paragraph under the items ("O valor total da
        presente fatura é de R$ 31.812,57 (trinta e um mil ...)"), no item's wrapped description (`line_items` reads
        it so unless priced items follow it: "Wir erlauben uns Ihnen folgende Positionen aus der Lieferung ...")."""
        numeric = [c for c in self.columns if c.role in NUMERIC_ROLES]
        return any(cell_number(seg.text) is None and sum(min(seg.x1, c.x1) > max(seg.x0, c.x0) for c in numeric) >= 2
                   for seg in line.segments)

    def is_anchor(self, line: Line, cells: Cells) -> bool:
        """Whether this line opens an item: it carries two of quantity, unit price and amount,
        or an amount and a description. (A position number is no anchor: some layouts centre
        it vertically in a tall row, below the row's values.)"""
        roles = self.roles
        filled = {roles[i] for i in cells.numbers if i in roles}
        return len(filled) >= 2 or ("amount" in filled and bool(cells.description))


@lru_cache(maxsize=4096)
def header_role(text: str) -> str | None:
    """The role a header text names: description, quantity, unit_price, amount, pos, other;
    None when it names none."""
    text = text.strip(" :")
    if not text:
        return None
    if _TABLE_HEADERS["description"].match(text) or (
            len(text.split()) <= 4 and re.search(r"\b" + _TABLE_HEADERS["description"].pattern,
                                                  text, re.IGNORECASE)):
        return "description"  # also "Pos Art-Nr-Kunde Beschreibung" printed as one piece
    for role in ("amount", "unit_price", "quantity"):
        if _TABLE_HEADERS[role].fullmatch(text):
            return role
    if _POSITION_HEADER.fullmatch(text):
        return "pos"
    role = concept_role(text)
    if role is not None:
        return role
    if _OTHER_COLUMNS.fullmatch(text):
        return "other"
    return None


_SEPARATORS = frozenset("/|·")


def _band_line(line: Line) -> bool:
    """A line that may belong to a multi-line table header: short pieces of text, no values."""
    for seg in line.segments:
        # (a bilingual cell's slash is no word: "Ед. / Üh. Кол-во / Kogus" is four words in two languages)
        if sum(w.text not in _SEPARATORS for w in seg.words) > 4 or cell_number(seg.text) is not None \
                or parse_date(seg.text):
            return False
        if any(ch.isdigit() for ch in seg.text):
            return False
    return True


def find_table(page: PageLayout, line: Line) -> Table | None:
    """The table whose header is (or includes) this line, or None. A header's cells may be
    stacked over neighbouring lines; each column is the union of the pieces above each other."""
    roles = [header_role(seg.text) for seg in line.segments]
    titled = _section_title(line, roles)
    if not titled and "description" not in roles or not set(roles) & set(NUMERIC_ROLES):
        return None
    for band in (_header_band(page, line), [line]):  # (alone, when the lines it stacks with spoil its names: a
        columns = _header_columns(line, band)  # narrow roll's first item's text right under "Item | Qty | Price")
        if titled and columns[0].role is None:
            columns[0].role = "description"
        roles = {c.role for c in columns}
        if "description" in roles and "amount" in roles and roles & {"quantity", "unit_price"}:
            return Table(columns, sorted(band, key=lambda ln: ln.y0))
    return None


def _section_title(line: Line, roles: list[str | None]) -> bool:
    """Whether a header row's first cell is its section's title over the descriptions ("Prestations soumises à la
    TGCA | Unité | Qté | P.U. (€) | Montant (€)"): words no header names, at the left, and the other cells name an
    amount and a quantity or a unit price, and no description."""
    if len(roles) < 3 or roles[0] is not None or "description" in roles:
        return False
    first = line.segments[0].text
    return sum(ch.isalpha() for ch in first) >= 4 and not any(ch.isdigit() for ch in first) \
        and "amount" in roles and bool({"quantity", "unit_price"} & set(roles))


def find_table_by_arithmetic(page: PageLayout, line: Line) -> Table | None:
    """A table whose header words name nothing known, found by its rows: under a header line
    of three or more text cells, the next rows carry numbers where one times another is a
    third, to the cent (quantity x unit price = amount). Those columns take those roles (the
    factor printed without cents, else the more whole-numbered one, is the quantity; the product the
    amount) and the column holding the rows' text is the description."""
    if len(line.segments) < 3 or not _band_line(line):
        return None
    band = _header_band(page, line)
    table = Table(_header_columns(line, band), sorted(band, key=lambda ln: ln.y0))
    votes: dict[tuple[int, int, int], int] = {}
    texts: dict[int, int] = {}
    last = table.header_lines[-1]
    for row in page.lines[last.index + 1: last.index + 6]:
        if row.y0 - last.y1 > 3 * row.h:
            break
        numbers, cents = _row_numbers(table, row, texts)
        for a_col, a in numbers.items():
            for f1, f2 in combinations(sorted(c for c in numbers if c < a_col), 2):
                if a and abs(numbers[f1] * numbers[f2] - a) <= Decimal("0.01"):
                    qty, price = sorted((f1, f2), key=lambda c: (cents[c], numbers[c] % 1 != 0, abs(numbers[c])))
                    votes[(qty, price, a_col)] = votes.get((qty, price, a_col), 0) + 1
        last = row
    if not votes:
        return None
    (qty, price, amount), _ = max(votes.items(), key=lambda kv: kv[1])
    desc = [c for c in texts if c < min(qty, price)]
    if not desc:
        return None
    for i, col in enumerate(table.columns):
        col.role = {qty: "quantity", price: "unit_price", amount: "amount",
                    max(desc, key=lambda c: texts[c]): "description"}.get(i, "other")
    table.by_arithmetic = True
    return table


_PRINTED_CENTS = re.compile(r"\d[.,]\d{2}(?![\d.,])")


def _row_numbers(table: Table, row: Line, texts: dict[int, int]) -> tuple[dict[int, Decimal], dict[int, bool]]:
    """A row's first number in each column, and whether it is printed with cents ("11,00": a price, though its
    value is whole); its text cells counted into `texts`."""
    numbers: dict[int, Decimal] = {}
    cents: dict[int, bool] = {}
    for seg in row.segments:
        value = cell_number(seg.text)
        col = table.nearest(seg)
        if value is None:
            texts[col] = texts.get(col, 0) + 1
        elif col not in numbers:
            numbers[col], cents[col] = value, bool(_PRINTED_CENTS.search(seg.text))
    return numbers, cents


def _header_band(page: PageLayout, line: Line) -> list[Line]:
    """The header line and the header lines stacked above and below it (at most 7 in all)."""
    band = [line]
    for step in (-1, 1):
        i = line.index + step
        edge = line
        while 0 <= i < len(page.lines) and len(band) < 7:
            other = page.lines[i]
            gap = (edge.y0 - other.y1) if step < 0 else (other.y0 - edge.y1)
            if gap > 0.9 * min(edge.h, other.h) or not _band_line(other):
                break
            band.append(other)
            edge = other
            i += step
    return band


def _header_columns(line: Line, band: list[Line]) -> list[Column]:
    """The columns of a header band, left to right, each with the role its text names."""
    columns = [Column(seg.x0, seg.x1, [(seg.y0, seg.text)]) for seg in line.segments]
    for other in sorted((ln for ln in band if ln is not line), key=lambda ln: ln.y0):
        for seg in other.segments:
            hits = [c for c in columns if min(seg.x1, c.x1) - max(seg.x0, c.x0) > 0]
            if len(hits) > 1:
                continue  # spans several columns: a caption, not a cell
            if hits:
                col = hits[0]
                col.x0, col.x1 = min(col.x0, seg.x0), max(col.x1, seg.x1)
                col.texts.append((seg.y0, seg.text))
            else:
                columns.append(Column(seg.x0, seg.x1, [(seg.y0, seg.text)]))
    columns = sorted((part for col in columns for part in _run_together(col)), key=lambda c: c.x0)
    for col in columns:
        col.role = col.role or header_role(col.text)
    amounts = [c for c in columns if c.role == "amount"]
    gross = [c for c in amounts if _WITH_TAX.search(c.text)
             or c is amounts[-1] and any(_tax_between(columns, a, c) for a in amounts[:-1])]
    net = [c for c in amounts if c not in gross]
    if net and net[-1] is not amounts[-1]:  # "Value (Nu.) | GST | Amount incl. GST": the item's amount is before tax
        amounts.remove(net[-1])
        amounts.append(net[-1])
    for col in amounts[:-1]:  # "Amount | Product | VAT | Price | Total": the last is the amount
        has_qty = any(c.role == "quantity" for c in columns)
        col.role = "other" if has_qty else "quantity"
    return columns


def _tax_between(columns: list[Column], first: Column, last: Column) -> bool:
    """Whether a column of the tax stands between two amount columns ("Основица | ПДВ % | ПДВ | Укупно": the base, the
    VAT, the row in all): the first is the item's amount before tax, the last its amount with it."""
    return any("TAX" in (concepts_of(w) or ()) for c in columns if first.x1 <= c.x0 and c.x1 <= last.x0
               for w in re.findall(r"[^\W\d_]+", c.text.casefold()))


# an amount column's words that say it includes the tax ("Amount incl. GST", "Total TTC", "Brutto", "Gross")
_WITH_TAX = re.compile(r"(?<![^\W\d_])(?:incl|inkl|including|ttc|brutto|gross|with\s+(?:vat|gst|tax))(?![^\W\d_])",
                       re.IGNORECASE)


def _run_together(col: Column) -> list[Column]:
    """A header piece that runs two column names together at an abbreviation's period
    ("Menny.Nettó egységár": quantity, unit price) as two columns, cut where the text is cut;
    else the column as it is."""
    if len(col.texts) != 1:
        return [col]
    y, text = col.texts[0]
    for m in re.finditer(r"(?<=[^\W\d_]{2}\.)(?=[^\W\d_])|(?<=%)(?=[^\W\d_])", text):  # ("Popust %Vrednost ...")
        left, right = text[:m.start()], text[m.start():]
        roles = header_role(left), header_role(right)
        if roles[0] in NUMERIC_ROLES + ("other",) and roles[1] in NUMERIC_ROLES and roles[0] != roles[1]:
            cut = col.x0 + (col.x1 - col.x0) * len(left) / len(text)
            return [Column(col.x0, cut, [(y, left)], roles[0]), Column(cut, col.x1, [(y, right)], roles[1])]
    return [col]


_CENTS_AMOUNT = re.compile(r"-?\d{1,3}(?:[.,' \u00a0]\d{3})*[.,]\d{2}")


def _two_amounts(seg: Segment) -> list[Segment] | None:
    """A cell of two amounts with cents run together as one segment ("680,26 680,26", "21,24 1 423,08"): each its own,
    when the words split into two amounts one way only; else None."""
    words = seg.words
    cuts = [k for k in range(1, min(len(words), 5)) if _CENTS_AMOUNT.fullmatch(" ".join(w.text for w in words[:k]))
            and _CENTS_AMOUNT.fullmatch(" ".join(w.text for w in words[k:]))]
    return [Segment(words[:cuts[0]], seg.line), Segment(words[cuts[0]:], seg.line)] if len(cuts) == 1 else None


_UNIT_NUMBER = re.compile(r"([-−–]?\s*\d[\d.,'\u00a0 ]*?)\s*(?:(?:[^\W\d_]|[²³]){1,8}(?:\([a-z]{1,3}\))?\.?|x)")


def cell_number(text: str) -> Decimal | None:
    """The number in a table cell: "1.657,80 €", "(12.00)", "20 Stk", "25 Liter(s)", "57 zsák"; not "19 %"."""
    text = text.strip()
    if not text or text.endswith("%") or not any(ch.isdigit() for ch in text):
        return None
    parsed = parse_amount(text)
    if parsed is not None:
        return parsed[0]
    m = _UNIT_NUMBER.fullmatch(text)
    if m and not CURRENCY_CODE_RE.search(text):
        return parse_number(m.group(1))
    return None
