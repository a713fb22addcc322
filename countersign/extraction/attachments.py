"""Finding the e-invoice XML a Factur-X / ZUGFeRD / XRechnung PDF carries as an embedded file.

Embedded files are listed from the document's EmbeddedFiles name tree (a scan of every file
specification if the tree is damaged), preferred names first. Each is read from its raw stream
and inflated here with a hard output cap, so a decompression bomb never reaches the XML parser;
a file over the cap is skipped with a warning. Works on an open PyMuPDF document; parsing the
XML is `einvoice`'s job.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from typing import Any

from countersign.extraction.einvoice import MAX_XML_BYTES, syntax_of


@dataclass
class EmbeddedXML:
    """An embedded file's name and its (inflated, capped) bytes."""

    name: str
    data: bytes


def embedded_xml(doc: Any, warnings: list[str], cap: int = MAX_XML_BYTES) -> EmbeddedXML | None:
    """The e-invoice XML embedded in an open PyMuPDF document, or None.

    Preferred names first (factur-x.xml, zugferd-invoice.xml, xrechnung.xml, ZUGFeRD-invoice.xml),
    then any other *.xml whose root is a known e-invoice syntax."""
    try:
        if doc.embfile_count() == 0:
            return None
    except Exception:  # noqa: BLE001 - a damaged name tree: no attachments to read
        return None
    files = _embedded_streams(doc)
    preferred = ("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml")
    files.sort(key=lambda f: (f[0].lower() not in preferred, f[0].lower()))
    for name, xref in files:
        if name and not name.lower().endswith(".xml"):
            continue
        data = _read_stream(doc, xref, cap)
        if data is None:
            warnings.append(f"embedded file {name or '(unnamed)'!r} skipped: larger than {cap // 1_000_000} MB "
                            "or undecodable")
            continue
        if syntax_of(data) is not None:
            return EmbeddedXML(name or "embedded XML", data)
    return None


def _embedded_streams(doc: Any) -> list[tuple[str, int]]:
    """(file name, stream xref) of the embedded files, from the document's EmbeddedFiles name
    tree (what `embfile_names()` lists); a scan of all file specifications if that fails."""
    try:
        found = _name_tree_streams(doc)
    except Exception:  # noqa: BLE001 - a damaged tree: scan instead
        found = []
    return found or _scan_streams(doc)


def _name_tree_streams(doc: Any) -> list[tuple[str, int]]:
    """(file name, stream xref) from the catalog's EmbeddedFiles name tree (at most 200 nodes)."""
    out: list[tuple[str, int]] = []
    kind, value = doc.xref_get_key(doc.pdf_catalog(), "Names/EmbeddedFiles")
    todo = [value if kind == "dict" else doc.xref_object(int(value.split()[0]))] if kind in (
        "dict", "xref") else []
    visited = 0
    while todo and visited < 200:
        node = todo.pop()
        visited += 1
        for ref in re.findall(r"/Kids\s*\[([^\]]*)\]", node):
            todo.extend(doc.xref_object(int(x)) for x in re.findall(r"(\d+)\s+0\s+R", ref))
        names = re.search(r"/Names\s*\[(.*)\]", node, re.DOTALL)
        if not names:
            continue
        body = names.group(1)
        for m in re.finditer(r"\((?P<name>(?:[^()\\]|\\.)*)\)\s*(?:(?P<ref>\d+)\s+0\s+R"
                             r"|<<(?P<inline>.*?/EF\s*<<[^>]*>>))", body, re.DOTALL):
            if m.group("ref"):
                k, v = doc.xref_get_key(int(m.group("ref")), "EF/F")
                if k != "xref":
                    k, v = doc.xref_get_key(int(m.group("ref")), "EF/UF")
                if k == "xref":
                    out.append((m.group("name"), int(v.split()[0])))
            else:
                ef = re.search(r"/EF\s*<<[^>]*?/U?F\s+(\d+)\s+0\s+R", m.group("inline"))
                if ef:
                    out.append((m.group("name"), int(ef.group(1))))
    return out


def _scan_streams(doc: Any) -> list[tuple[str, int]]:
    """(file name, stream xref) of each file specification with an embedded file."""
    out: list[tuple[str, int]] = []
    seen: set[int] = set()
    for xref in range(1, doc.xref_length()):
        try:
            kind, ref = doc.xref_get_key(xref, "EF/F")
            if kind != "xref":
                kind, ref = doc.xref_get_key(xref, "EF/UF")
            if kind != "xref":
                continue
            stream = int(ref.split()[0])
            if stream in seen:
                continue
            name = ""
            for key in ("UF", "F"):
                k, v = doc.xref_get_key(xref, key)
                if k == "string" and v:
                    name = v
                    break
        except Exception:  # noqa: BLE001 - a damaged object: skip it
            continue
        seen.add(stream)
        out.append((name, stream))
    # File specifications written inline in the name tree have no xref of their own: take
    # their embedded-file streams unnamed and let the root element decide.
    for xref in range(1, doc.xref_length()):
        if xref in seen:
            continue
        try:
            if doc.xref_get_key(xref, "Type") == ("name", "/EmbeddedFile"):
                out.append(("", xref))
        except Exception:  # noqa: BLE001
            continue
    return out


def _read_stream(doc: Any, xref: int, cap: int) -> bytes | None:
    """A stream's bytes, inflating FlateDecode ourselves with a cap on the output size."""
    try:
        raw = doc.xref_stream_raw(xref)
        kind, filt = doc.xref_get_key(xref, "Filter")
    except Exception:  # noqa: BLE001
        return None
    if raw is None or len(raw) > cap:
        return None
    if kind == "null":
        return raw
    if filt in ("/FlateDecode", "/Fl") or filt.strip("[] ") in ("/FlateDecode", "/Fl"):
        inflater = zlib.decompressobj()
        try:
            out = inflater.decompress(raw, cap + 1)
        except zlib.error:
            return None
        return None if len(out) > cap else out
    return None  # other filters (LZW, ASCIIHex chains, ...): not used by e-invoice producers
