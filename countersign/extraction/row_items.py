"""A table's rows as `LineItem`s, each cross-checked: quantity x unit price == amount (to the cent) reads at 0.95, a
mismatch at 0.6 with a warning. When the header's column roles fail that check on every row but another assignment of
the numeric columns holds on most rows, that assignment is used.
"""

from __future__ import annotations

import re
from itertools import permutations

from countersign.domain import LineItem
from countersign.extraction.confidence import HIGH, POOR, TOLERANCE
from countersign.extraction.item_numbers import decimal_mark, discount_column, grouped, grouping, kept
from countersign.extraction.layout import evidence_of
from countersign.extraction.table import NUMERIC_ROLES, Table
from countersign.extraction.values import plain_decimal


def items_of_rows(table: Table, rows: list[dict], before: int, warnings: list[str]) -> list[LineItem]:
    """The rows as LineItems, numbered on from `before`; quantity x unit price == amount sets
    the confidence, and a mismatch is a warning."""
    sep, mark, discount = grouping(rows), decimal_mark(rows), discount_column(table)
    rows = [{**row, "cells": {col: (grouped(cell, sep, mark), cell[1]) for col, cell in row["cells"].items()}}
            for row in rows]  # (the numbers as the table prints them: "532.000" dong, "29,680" tonnes)
    roles, apart = _arithmetic_roles(table, rows)
    items: list[LineItem] = []
    for n, row in enumerate(rows, start=before + 1):
        got = {role: row["cells"][col][0] for col, role in roles.items() if col in row["cells"]}
        qty, price, amount = got.get("quantity"), got.get("unit_price"), got.get("amount")
        if amount is None:
            continue  # no amount: a sub-table of article details, not an item
        desc = " ".join(" ".join(w.text for w in seg.words) for seg in row["desc"]).strip()
        if qty is not None and price is not None and amount is not None:
            if abs(qty * price * kept(row, discount) - amount) <= TOLERANCE:
                confidence = HIGH
            else:
                confidence = POOR
                warnings.append(
                    f"line {n} ({desc or 'no description'}): {qty} x {price} = "
                    f"{plain_decimal(qty * price)}, but the line amount reads {plain_decimal(amount)}"
                )
        elif amount is not None:
            confidence = 0.8
        else:
            confidence = POOR
        if not desc:
            confidence = min(confidence, 0.8)
        if not apart:
            confidence = min(confidence, 0.85)  # quantity and unit price may be the other way round
        evidence_words = [w for w in row["words"] if w.page == row["words"][0].page]
        items.append(LineItem(
            description=desc, quantity=qty, unit_price=price, amount=amount,
            confidence=confidence, evidence=evidence_of(evidence_words),
        ))
    return items


def _arithmetic_roles(table: Table, rows: list[dict]) -> tuple[dict[int, str], bool]:
    """Column roles, and whether quantity and unit price are known apart. When the header's own
    roles fail quantity x price = amount on every row but another assignment of the numeric
    columns holds on most rows, that one, preferring the columns the header named (a header
    "Nettopreis" stays the price). Quantity x price is symmetric: the two factors are known
    apart when the header named them, or the quantity is printed whole and the price with
    decimals; otherwise a line is not reported at 0.9 or more."""
    roles = table.roles
    named = {} if table.by_arithmetic else roles

    def holds(assign: dict[int, str]) -> int:
        inv = {r: c for c, r in assign.items()}
        ok = 0
        for row in rows:
            vals = [row["cells"].get(inv.get(r), (None, None))[0] for r in NUMERIC_ROLES]
            if None not in vals and abs(vals[0] * vals[1] - vals[2]) <= TOLERANCE:
                ok += 1
        return ok

    full = [row for row in rows if row["cells"]]
    if not full or holds(roles) > 0:
        return roles, _factors_apart(roles, named, rows)
    cols = [i for i, c in enumerate(table.columns) if c.role in NUMERIC_ROLES + ("other", None)]
    best, best_key = roles, (0, 0)
    for perm in permutations(cols, 3):
        assign: dict[int, str] = dict(zip(perm, NUMERIC_ROLES, strict=True))
        key = (holds(assign), sum(named.get(c) == r for c, r in assign.items()))
        if key > best_key:
            best, best_key = assign, key
    if best_key[0] * 2 < len(full):
        return roles, _factors_apart(roles, named, rows)
    return best, _factors_apart(best, named, rows)


def _factors_apart(roles: dict[int, str], named: dict[int, str], rows: list[dict]) -> bool:
    """Whether the quantity and unit price columns are known apart (see `_arithmetic_roles`)."""
    inv = {r: c for c, r in roles.items()}
    qty, price = inv.get("quantity"), inv.get("unit_price")
    if qty is None or price is None or named.get(qty) == "quantity" or named.get(price) == "unit_price":
        return True
    pairs = [(row["cells"][qty][1].text, row["cells"][price][1].text) for row in rows
             if qty in row["cells"] and price in row["cells"]]
    return bool(pairs) and all(not re.search(r"\d[.,]\d", q) and re.search(r"\d[.,]\d\d\b", p)
                               for q, p in pairs)
