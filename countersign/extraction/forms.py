"""How much drawing a page asks for once its form XObjects are expanded.

A form XObject is a content stream that a page draws by name (`/X Do`), and a form can draw
forms in turn. Stored once, drawn many times: seven levels that each draw the next ten times are
ten million draws from a 4 KB file, which a cap on the stored streams' size never sees. Here each
form's content is read once (inflated under a byte cap) and its `Do` operators counted. What a
stream draws is bounded above by its `Do` count x (1 + the most that any XObject in its resources
draws), and that bound must stay under `MAX_FORM_DRAWS` per page before MuPDF draws anything.
The bound over-counts only a form that draws unequal children, which invoices do not nest.
"""

from __future__ import annotations

import re
import zlib
from typing import Any

MAX_FORM_DRAWS = 10_000  # XObject draws on one page, forms expanded; invoices draw a few
MAX_FORM_DEPTH = 64  # forms drawing forms; deeper is refused (and would exhaust the recursion)
MAX_FORM_BYTES = 32_000_000  # the forms' content, inflated, once each (the pages' own cap)

# The `Do` operator as a token: delimited by white space, a PDF delimiter or the stream's ends.
_DO = re.compile(rb"(?<![^\s\[\]()<>{}/%])Do(?![^\s\[\]()<>{}/%])")
_REF = re.compile(r"(\d+)\s+\d+\s+R")


class FormLimit(Exception):
    """A page's forms ask for more work than the limits allow; the message says which."""


def check_form_draws(doc: Any, page_count: int, *, max_draws: int = MAX_FORM_DRAWS) -> None:
    """Raise FormLimit when a page, its forms expanded, draws more than `max_draws` XObjects,
    nests forms deeper than MAX_FORM_DEPTH or holds more than MAX_FORM_BYTES of form content."""
    walk = _Walk(doc, max_draws)
    for number in range(page_count):
        try:
            page = doc.load_page(number)
            contents = list(page.get_contents())
            children = sorted({x[0] for x in doc.get_page_xobjects(number) if x[2] == 0 and x[0] > 0})
        except Exception:  # noqa: BLE001 - a damaged page: the reader reports it
            continue
        walk.page = number + 1
        calls = sum(walk.do_count(xref) for xref in contents)
        if calls and walk.draws_below(children, 1) * calls > max_draws:
            raise FormLimit(f"too complex: page {number + 1} draws its forms more than {max_draws:,} times "
                            "(forms nested in forms)")


class _Walk:
    """Draw counts per XObject, each stream read once, over the whole document."""

    def __init__(self, doc: Any, max_draws: int):
        self.doc = doc
        self.max_draws = max_draws
        self.page = 0
        self.inflated = 0
        self.memo: dict[tuple[int, tuple[int, ...]], int] = {}

    def draws_below(self, children: list[int], depth: int) -> int:
        """1 + the most draws that drawing one of `children` can cause (saturating above the cap)."""
        return 1 + max((self.draws(xref, children, depth) for xref in children), default=0)

    def draws(self, xref: int, inherited: list[int], depth: int) -> int:
        """The draws that drawing XObject `xref` causes inside it (0 for an image)."""
        if depth > MAX_FORM_DEPTH:
            raise FormLimit(f"too complex: page {self.page} nests forms more than {MAX_FORM_DEPTH} deep")
        own = self._own_children(xref)
        children = inherited if own is None else own  # a form without resources uses its caller's
        key = (xref, () if own is not None else tuple(inherited))
        if key in self.memo:
            return self.memo[key]
        self.memo[key] = 0  # a form that draws itself: MuPDF refuses the cycle, count it once
        count = 0
        if self._is_form(xref):
            calls = self.do_count(xref)
            if calls:
                count = min(self.max_draws + 1, calls * self.draws_below(children, depth + 1))
        self.memo[key] = count
        return count

    def do_count(self, xref: int) -> int:
        """The `Do` operators in a content stream, inflated here under the byte cap."""
        return len(_DO.findall(self._content(xref)))

    def _is_form(self, xref: int) -> bool:
        try:
            return self.doc.xref_get_key(xref, "Subtype") == ("name", "/Form")
        except Exception:  # noqa: BLE001
            return False

    def _own_children(self, xref: int) -> list[int] | None:
        """The XObjects named in a form's own /Resources, or None when it has no resources."""
        try:
            kind, value = self.doc.xref_get_key(xref, "Resources")
            if kind == "null":
                return None
            kind, value = self.doc.xref_get_key(xref, "Resources/XObject")
            if kind == "xref":
                value = self.doc.xref_object(int(value.split()[0]), compressed=True)
            elif kind != "dict":
                return []
        except Exception:  # noqa: BLE001 - damaged resources draw nothing
            return []
        return sorted({int(n) for n in _REF.findall(value) if int(n) > 0})

    def _content(self, xref: int) -> bytes:
        """A stream's content, decoded; FlateDecode is inflated here chunk by chunk so that a
        decompression bomb stops at the cap. Other filters are rare in content and MuPDF decodes them."""
        try:
            raw = self.doc.xref_stream_raw(xref) or b""
            kind, filt = self.doc.xref_get_key(xref, "Filter")
            flate = kind != "null" and filt in ("/FlateDecode", "/Fl")
            data = raw if kind == "null" or flate else (self.doc.xref_stream(xref) or b"")
        except Exception:  # noqa: BLE001 - damage: MuPDF reports it when it draws
            return b""
        if flate:
            data = self._inflate(raw)
        self._count(len(data))
        self.inflated += len(data)
        return data

    def _inflate(self, raw: bytes) -> bytes:
        inflater = zlib.decompressobj()
        parts: list[bytes] = []
        size = 0
        try:
            while raw:
                parts.append(inflater.decompress(raw, 1 << 20))
                size += len(parts[-1])
                self._count(size)
                raw = inflater.unconsumed_tail
        except zlib.error:
            pass  # damaged: what inflated so far is what MuPDF will draw
        return b"".join(parts)

    def _count(self, size: int) -> None:
        if self.inflated + size > MAX_FORM_BYTES:
            raise FormLimit(f"too large when inflated: page {self.page}'s content and forms expand beyond "
                            f"{MAX_FORM_BYTES // 1_000_000} MB (a decompression bomb?)")
