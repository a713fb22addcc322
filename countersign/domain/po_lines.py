"""Pairing invoice lines with purchase-order lines: the one definition, used by validation,
the bill draft and the variance report alike."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from countersign.domain.invoice import LineItem
from countersign.domain.master import POLine
from countersign.domain.values import normalize_description

# Two descriptions are "the same item" when their normalized forms are at least this similar.
DESCRIPTION_MATCH_RATIO = 0.8


@dataclass(frozen=True)
class LineMatch:
    """One invoice line (1-based `index`) and the PO line it was matched to, if any."""

    index: int
    line: LineItem
    po_line: POLine | None
    method: Literal["description", "position", "none"]


def match_po_lines(invoice_lines: Sequence[LineItem], po_lines: Sequence[POLine]) -> list[LineMatch]:
    """Pair invoice lines with PO lines, one to one.

    First by description: normalized (case- and punctuation-insensitive) descriptions whose
    difflib ratio is at least 0.8, best pairs first. Then by position for what is left: invoice
    line i takes PO line i when that PO line is still free. Anything else is unmatched.
    Example: invoice ["TONER CARTRIDGE", "A4 copy paper - box"] against PO lines
    [1 "A4 copy paper, box", 2 "Toner cartridge"] pairs 1->2 and 2->1 by description.
    """
    inv_norm = [normalize_description(line.description) for line in invoice_lines]
    po_norm = [normalize_description(line.description) for line in po_lines]
    candidates: list[tuple[float, int, int]] = []
    for i, a in enumerate(inv_norm):
        if not a:
            continue
        for j, b in enumerate(po_norm):
            if not b:
                continue
            ratio = 1.0 if a == b else difflib.SequenceMatcher(None, a, b).ratio()
            if ratio >= DESCRIPTION_MATCH_RATIO:
                candidates.append((ratio, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))

    paired: dict[int, tuple[int, Literal["description", "position"]]] = {}
    used_po: set[int] = set()
    for _, i, j in candidates:
        if i not in paired and j not in used_po:
            paired[i] = (j, "description")
            used_po.add(j)
    for i in range(len(invoice_lines)):
        if i not in paired and i < len(po_lines) and i not in used_po:
            paired[i] = (i, "position")
            used_po.add(i)

    matches: list[LineMatch] = []
    for i, line in enumerate(invoice_lines):
        if i in paired:
            j, method = paired[i]
            matches.append(LineMatch(i + 1, line, po_lines[j], method))
        else:
            matches.append(LineMatch(i + 1, line, None, "none"))
    return matches


