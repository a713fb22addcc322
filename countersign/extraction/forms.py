"""How much drawing a page asks for once its form XObjects are expanded.

A form XObject is a content stream that a page draws by name (`/X Do`), and a form can draw
forms in turn. Stored once, drawn many times: seven levels that each draw the next ten times are
ten million draws from a 4 KB file, which a cap on the stored streams' size never sees. Here each
form's content is read once (inflated under a byte cap) and its `Do` operators counted. What a
stream costs when drawn is bounded above by its `Do` count x (1 + the most that any XObject in
its resources costs): the draws must stay under `MAX_FORM_DRAWS` and the content interpreted
under `MAX_EXPANDED_BYTES` per page, before MuPDF draws anything. The bound over-counts only a
form that draws unequal children, which invoices do not nest.
"""

from __future__ import annotations

import re
import zlib
from typing import Any, NamedTuple

MAX_FORM_DRAWS = 10_000  # XObject draws on one page, forms expanded; invoices draw a few
MAX_EXPANDED_BYTES = 32_000_000  # content one page interprets, forms expanded (the stored cap's size)
MAX_FORM_DEPTH = 64  # forms drawing forms; deeper is refused (and would exhaust the recursion)
MAX_FORM_BYTES = 32_000_000  # the content read here, inflated, once each stream

# The `Do` operator as a token: delimited by white space, a PDF delimiter or the stream's ends.
_DO = re.compile(rb"(?<![^\s\[\]()<>{}/%])Do(?![^\s\[\]()<>{}/%])")
_REF = re.compile(r"(\d+)\s+\d+\s+R")


class FormLimit(Exception):
    """A page's forms ask for more work than the limits allow; the message says which."""


class _Cost(NamedTuple):
    draws: int  # XObjects drawn
    size: int  # content bytes interpreted


def check_form_draws(doc: Any, page_count: int, *, max_draws: int = MAX_FORM_DRAWS,
                     max_bytes: int = MAX_EXPANDED_BYTES) -> None:
    """Raise FormLimit when a page, its forms expanded, draws more than `max_draws` XObjects or
    interprets more than `max_bytes` of content, or nests forms deeper than MAX_FORM_DEPTH."""
    walk = _Walk(doc, max_draws, max_bytes)
    for number in range(page_count):
        try:
            page = doc.load_page(number)
            contents = list(page.get_contents())
            children = sorted({x[0] for x in doc.get_page_xobjects(number) if x[2] == 0 and x[0] > 0})
        except Exception:  # noqa: BLE001 - a damaged page: the reader reports it
            continue
        walk.page = number + 1
        streams = [walk.content(xref) for xref in contents]
        cost = walk.expand(sum(len(_DO.findall(s)) for s in streams), sum(map(len, streams)), children, 1)
        if cost.draws > max_draws:
            raise FormLimit(f"too complex: page {number + 1} draws its forms more than {max_draws:,} times "
                            "(forms nested in forms)")
        if cost.size > max_bytes:
            raise FormLimit(f"too large when expanded: page {number + 1}'s forms draw more than "
                            f"{max_bytes // 1_000_000} MB of content (forms nested in forms)")


class _Walk:
    """The cost of each XObject, each stream read once, over the whole document."""

    def __init__(self, doc: Any, max_draws: int, max_bytes: int):
        self.doc = doc
        self.max_draws = max_draws
        self.max_bytes = max_bytes
        self.page = 0
        self.inflated = 0
        self.memo: dict[tuple[int, tuple[int, ...]], _Cost] = {}

    def expand(self, calls: int, size: int, children: list[int], depth: int) -> _Cost:
        """A stream of `size` bytes with `calls` Do operators, drawing from `children`: at most
        each call draws the costliest child (saturating just above the caps)."""
        if not calls:
            return _Cost(0, size)
        below = [self.cost(xref, children, depth) for xref in children]
        draws = calls * (1 + max((c.draws for c in below), default=0))
        size += calls * max((c.size for c in below), default=0)
        return _Cost(min(draws, self.max_draws + 1), min(size, self.max_bytes + 1))

    def cost(self, xref: int, inherited: list[int], depth: int) -> _Cost:
        """What drawing XObject `xref` costs inside it (nothing for an image)."""
        if depth > MAX_FORM_DEPTH:
            raise FormLimit(f"too complex: page {self.page} nests forms more than {MAX_FORM_DEPTH} deep")
        own = self._own_children(xref)
        children = inherited if own is None else own  # a form without resources uses its caller's
        key = (xref, () if own is not None else tuple(inherited))
        if key in self.memo:
            return self.memo[key]
        self.memo[key] = _Cost(0, 0)  # a form that draws itself: MuPDF refuses the cycle, count it once
        cost = _Cost(0, 0)
        if self._is_form(xref):
            content = self.content(xref)
            cost = self.expand(len(_DO.findall(content)), len(content), children, depth + 1)
        self.memo[key] = cost
        return cost

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

    def content(self, xref: int) -> bytes:
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
