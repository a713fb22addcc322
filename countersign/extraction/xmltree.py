"""Untrusted e-invoice XML as a tree: parsed safely, searched by local names, values read plainly.

Invoices are hostile input: XML with a DOCTYPE (entity definitions: billion laughs, external
entities) is refused outright, and the parser runs with resolve_entities=False, no_network=True,
huge_tree=False. Elements are found by local name, so one path table serves every namespace
version of a syntax; `find_loose` also finds a header element a producer nested one level off.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from lxml import etree  # pyright: ignore[reportAttributeAccessIssue] - lxml ships no stubs

MAX_XML_BYTES = 5_000_000
LINE_ELEMENTS = frozenset({"IncludedSupplyChainTradeLineItem", "InvoiceLine", "CreditNoteLine"})


class EInvoiceError(Exception):
    """The XML is not a readable e-invoice (unknown syntax, refused construct, malformed)."""


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
        dtd_validation=False, remove_comments=True, remove_pis=True,
    )


_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
_ENCODING = re.compile(rb"(<\?xml[^>]*?)\sencoding=[\"'][^\"']*[\"']")


def parse_xml(data: bytes) -> etree._Element:
    """The root element of untrusted XML; DOCTYPE/ENTITY declarations are refused. Whitespace
    before the declaration, or an encoding name the parser does not know, is forgiven (some
    producers write them): the bytes are then read as UTF-8, else Latin-1."""
    if len(data) > MAX_XML_BYTES:
        raise EInvoiceError(f"XML too large ({len(data)} bytes)")
    if _DOCTYPE.search(data):
        raise EInvoiceError("XML with a DOCTYPE or entity declarations refused")
    data = data.lstrip(b" \t\r\n\x00")
    try:
        root = etree.fromstring(data, _parser())
    except (etree.XMLSyntaxError, LookupError) as exc:
        if not re.search(r"encoding", str(exc), re.IGNORECASE):
            raise EInvoiceError(f"malformed XML: {str(exc)[:100]}") from exc
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        try:
            root = etree.fromstring(_ENCODING.sub(rb"\1", text.encode("utf-8")), _parser())
        except etree.XMLSyntaxError as again:
            raise EInvoiceError(f"malformed XML: {str(again)[:100]}") from again
    if root is None:
        raise EInvoiceError("empty XML")
    return root


def syntax_of(data: bytes) -> str | None:
    """'cii', 'zugferd1', 'ubl-invoice', 'ubl-creditnote' from the root element, else None."""
    head = data[:200_000]
    # Cheap sniff without parsing: the root element's local name after comments/PIs.
    for name, syntax in (
        (b"CrossIndustryInvoice", "cii"), (b"CrossIndustryDocument", "zugferd1"),
        (b"CreditNote", "ubl-creditnote"), (b"Invoice", "ubl-invoice"),
    ):
        if re.search(rb"<(?:[A-Za-z_][\w.-]*:)?" + name + rb"[\s>/]", head):
            return syntax
    return None


def local_name(el: etree._Element) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def children(el: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in el if isinstance(c.tag, str) and local_name(c) == name]


_STEP = re.compile(r"(\w+)\[@(\w+)=['\"]?([^'\"\]]*)['\"]?\]")


def find_all(el: etree._Element, path: str) -> list[etree._Element]:
    """Elements under `el` by a '/'-separated path of local names; `Name[@attr=v]` filters."""
    nodes = [el]
    for step in path.split("/"):
        cond = None
        m = _STEP.fullmatch(step)
        if m:
            step, cond = m.group(1), (m.group(2), m.group(3))
        nxt = []
        for node in nodes:
            for child in children(node, step):
                if cond is None or child.get(cond[0]) == cond[1]:
                    nxt.append(child)
        nodes = nxt
        if not nodes:
            break
    return nodes


def find(el: etree._Element, *paths: str) -> etree._Element | None:
    """The first element with text along the first path that has one."""
    for path in paths:
        for node in find_all(el, path):
            if (node.text or "").strip():
                return node
    return None


def find_loose(root: etree._Element, *paths: str) -> etree._Element | None:
    """The exact path first; else an element anywhere outside the line items whose local name
    and ancestors' match the path's last steps (three for a bare "ID" or "DateTimeString", else
    two): a producer that nests a header element one level off is still read."""
    found = find(root, *paths)
    if found is not None:
        return found
    for path in paths:
        steps = path.split("/")
        m = _STEP.fullmatch(steps[-1])
        cond = (m.group(2), m.group(3)) if m else None
        steps[-1] = m.group(1) if m else steps[-1]
        tail = steps[-3:] if steps[-1] in ("ID", "DateTimeString") else steps[-2:]
        for node in root.iter():
            if not isinstance(node.tag, str) or local_name(node) != tail[-1] or not (node.text or "").strip():
                continue
            if cond is not None and node.get(cond[0]) != cond[1]:
                continue
            ancestors = [local_name(a) for a in node.iterancestors()]
            if ancestors[:len(tail) - 1] != tail[-2::-1] or LINE_ELEMENTS & set(ancestors):
                continue
            return node
    return None


def element_path(el: etree._Element) -> str:
    """/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:ID, with [n] for repeated siblings."""
    parts = []
    node = el
    while node is not None:
        name = local_name(node)
        prefix = node.prefix
        label = f"{prefix}:{name}" if prefix else name
        parent = node.getparent()
        if parent is not None:
            same = children(parent, name)
            if len(same) > 1:
                label += f"[{same.index(node) + 1}]"
        parts.append(label)
        node = parent
    return "/" + "/".join(reversed(parts))


def text_of(el: etree._Element | None) -> str | None:
    if el is None:
        return None
    text = " ".join((el.text or "").split())
    return text or None


def decimal_of(el: etree._Element | None) -> Decimal | None:
    text = text_of(el)
    if text is None:
        return None
    try:
        return Decimal(text.replace(" ", ""))
    except InvalidOperation:
        return None


def date_of(el: etree._Element | None) -> str | None:
    """An ISO date from a CII DateTimeString (format 102: 20260105) or a UBL date."""
    text = text_of(el)
    if text is None:
        return None
    fmt = el.get("format") if el is not None else None
    digits = re.sub(r"\D", "", text)
    if fmt in (None, "102") and len(digits) == 8 and re.fullmatch(r"\d{8}", text.strip()):
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return "-".join(m.groups())
    if len(digits) == 8:
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
    return None
