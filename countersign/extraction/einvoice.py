"""Structured e-invoices: the XML a Factur-X / ZUGFeRD / XRechnung PDF carries, or a plain XML file.
(`attachments` finds the XML inside a PDF; this module parses it.)

Reads CII (Factur-X, ZUGFeRD 2.x, XRechnung-CII; root `rsm:CrossIndustryInvoice`), ZUGFeRD 1.0
(`rsm:CrossIndustryDocument`) and UBL 2.1 Invoice / CreditNote into the same `ExtractedInvoice`
as the visual reader, with method "einvoice". Evidence points into the XML: page 0, empty bbox,
and the element path (e.g. `/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:ID`).

Invoices are hostile input:
- embedded files are read from their raw stream and inflated with a hard output cap (no
  decompression bombs; see `attachments`); files over the cap are skipped with a warning;
- XML with a DOCTYPE (entity definitions: billion laughs, external entities) is refused
  outright, and the parser runs with resolve_entities=False, no_network=True, huge_tree=False.

Elements are found by local name, so one path table serves every namespace version of a syntax.
Credit notes (CII type code 381 and friends, UBL CreditNote) report negative amounts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from lxml import etree  # pyright: ignore[reportAttributeAccessIssue] - lxml ships no stubs

from countersign.domain import DocumentInfo, Evidence, ExtractedInvoice, FieldValue, LineItem

MAX_XML_BYTES = 5_000_000
XML_CONFIDENCE = 0.99
NATIONAL_TAX_ID_CONFIDENCE = 0.85  # a Steuernummer is the seller's tax id, not the VAT id the field names
CREDIT_NOTE_CODES = frozenset({"381", "261", "262", "296", "308", "396", "420", "458", "532"})
MISMATCH_PREFIX = "EINVOICE_PAGE_MISMATCH"


class EInvoiceError(Exception):
    """The XML is not a readable e-invoice (unknown syntax, refused construct, malformed)."""


# --------------------------------------------------------------------------- parsing


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
        dtd_validation=False, remove_comments=True, remove_pis=True,
    )


_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


def parse_xml(data: bytes) -> etree._Element:
    """The root element of untrusted XML; DOCTYPE/ENTITY declarations are refused."""
    if len(data) > MAX_XML_BYTES:
        raise EInvoiceError(f"XML too large ({len(data)} bytes)")
    if _DOCTYPE.search(data):
        raise EInvoiceError("XML with a DOCTYPE or entity declarations refused")
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise EInvoiceError(f"malformed XML: {str(exc)[:100]}") from exc
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


def _local(el: etree._Element) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(el: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in el if isinstance(c.tag, str) and _local(c) == name]


def _find_all(el: etree._Element, path: str) -> list[etree._Element]:
    """Elements under `el` by a '/'-separated path of local names; `Name[@attr=v]` filters."""
    nodes = [el]
    for step in path.split("/"):
        cond = None
        m = re.fullmatch(r"(\w+)\[@(\w+)=['\"]?([^'\"\]]*)['\"]?\]", step)
        if m:
            step, cond = m.group(1), (m.group(2), m.group(3))
        nxt = []
        for node in nodes:
            for child in _children(node, step):
                if cond is None or child.get(cond[0]) == cond[1]:
                    nxt.append(child)
        nodes = nxt
        if not nodes:
            break
    return nodes


def _find(el: etree._Element, *paths: str) -> etree._Element | None:
    for path in paths:
        for node in _find_all(el, path):
            if (node.text or "").strip():
                return node
    return None


def element_path(el: etree._Element) -> str:
    """/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:ID, with [n] for repeated siblings."""
    parts = []
    node = el
    while node is not None:
        name = _local(node)
        prefix = node.prefix
        label = f"{prefix}:{name}" if prefix else name
        parent = node.getparent()
        if parent is not None:
            same = _children(parent, name)
            if len(same) > 1:
                label += f"[{same.index(node) + 1}]"
        parts.append(label)
        node = parent
    return "/" + "/".join(reversed(parts))


def _text(el: etree._Element | None) -> str | None:
    if el is None:
        return None
    text = " ".join((el.text or "").split())
    return text or None


def _decimal(el: etree._Element | None) -> Decimal | None:
    text = _text(el)
    if text is None:
        return None
    try:
        return Decimal(text.replace(" ", ""))
    except InvalidOperation:
        return None


def _date(el: etree._Element | None) -> str | None:
    text = _text(el)
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


# Paths per syntax (local names, relative to the root).
_CII_H = "SupplyChainTradeTransaction"
_CII = {
    "invoice_number": ["ExchangedDocument/ID"],
    "type_code": ["ExchangedDocument/TypeCode"],
    "invoice_date": ["ExchangedDocument/IssueDateTime/DateTimeString"],
    "vendor_name": [f"{_CII_H}/ApplicableHeaderTradeAgreement/SellerTradeParty/Name"],
    "vendor_tax_id": [
        f"{_CII_H}/ApplicableHeaderTradeAgreement/SellerTradeParty/SpecifiedTaxRegistration/ID[@schemeID=VA]",
        f"{_CII_H}/ApplicableHeaderTradeAgreement/SellerTradeParty/SpecifiedTaxRegistration/ID[@schemeID=FC]",
        f"{_CII_H}/ApplicableHeaderTradeAgreement/SellerTaxRepresentativeTradeParty/SpecifiedTaxRegistration/ID",
    ],
    "po_number": [f"{_CII_H}/ApplicableHeaderTradeAgreement/BuyerOrderReferencedDocument/IssuerAssignedID"],
    "currency": [f"{_CII_H}/ApplicableHeaderTradeSettlement/InvoiceCurrencyCode"],
    "due_date": [f"{_CII_H}/ApplicableHeaderTradeSettlement/SpecifiedTradePaymentTerms/DueDateDateTime/DateTimeString"],
    "subtotal": [f"{_CII_H}/ApplicableHeaderTradeSettlement/SpecifiedTradeSettlementHeaderMonetarySummation"
                 "/TaxBasisTotalAmount"],
    "tax": [f"{_CII_H}/ApplicableHeaderTradeSettlement/SpecifiedTradeSettlementHeaderMonetarySummation/TaxTotalAmount"],
    "total": [f"{_CII_H}/ApplicableHeaderTradeSettlement/SpecifiedTradeSettlementHeaderMonetarySummation"
              "/GrandTotalAmount"],
    "vendor_iban": [
        f"{_CII_H}/ApplicableHeaderTradeSettlement/SpecifiedTradeSettlementPaymentMeans/PayeePartyCreditorFinancialAccount/IBANID",
    ],
    "lines": f"{_CII_H}/IncludedSupplyChainTradeLineItem",
    "line_name": ["SpecifiedTradeProduct/Name"],
    "line_qty": ["SpecifiedLineTradeDelivery/BilledQuantity"],
    "line_price": ["SpecifiedLineTradeAgreement/NetPriceProductTradePrice/ChargeAmount"],
    "line_basis": ["SpecifiedLineTradeAgreement/NetPriceProductTradePrice/BasisQuantity"],
    "line_amount": ["SpecifiedLineTradeSettlement/SpecifiedTradeSettlementLineMonetarySummation/LineTotalAmount"],
}
_V1_H = "SpecifiedSupplyChainTradeTransaction"
_V1 = {
    "invoice_number": ["HeaderExchangedDocument/ID"],
    "type_code": ["HeaderExchangedDocument/TypeCode"],
    "invoice_date": ["HeaderExchangedDocument/IssueDateTime/DateTimeString"],
    "vendor_name": [f"{_V1_H}/ApplicableSupplyChainTradeAgreement/SellerTradeParty/Name"],
    "vendor_tax_id": [
        f"{_V1_H}/ApplicableSupplyChainTradeAgreement/SellerTradeParty/SpecifiedTaxRegistration/ID[@schemeID=VA]",
        f"{_V1_H}/ApplicableSupplyChainTradeAgreement/SellerTradeParty/SpecifiedTaxRegistration/ID[@schemeID=FC]",
    ],
    "po_number": [f"{_V1_H}/ApplicableSupplyChainTradeAgreement/BuyerOrderReferencedDocument/ID"],
    "currency": [f"{_V1_H}/ApplicableSupplyChainTradeSettlement/InvoiceCurrencyCode"],
    "due_date": [f"{_V1_H}/ApplicableSupplyChainTradeSettlement/SpecifiedTradePaymentTerms"
                 "/DueDateDateTime/DateTimeString"],
    "subtotal": [f"{_V1_H}/ApplicableSupplyChainTradeSettlement/SpecifiedTradeSettlementMonetarySummation"
                 "/TaxBasisTotalAmount"],
    "tax": [f"{_V1_H}/ApplicableSupplyChainTradeSettlement/SpecifiedTradeSettlementMonetarySummation/TaxTotalAmount"],
    "total": [f"{_V1_H}/ApplicableSupplyChainTradeSettlement/SpecifiedTradeSettlementMonetarySummation"
              "/GrandTotalAmount"],
    "vendor_iban": [
        f"{_V1_H}/ApplicableSupplyChainTradeSettlement/SpecifiedTradeSettlementPaymentMeans/PayeePartyCreditorFinancialAccount/IBANID",
    ],
    "lines": f"{_V1_H}/IncludedSupplyChainTradeLineItem",
    "line_name": ["SpecifiedTradeProduct/Name"],
    "line_qty": ["SpecifiedSupplyChainTradeDelivery/BilledQuantity"],
    "line_price": ["SpecifiedSupplyChainTradeAgreement/NetPriceProductTradePrice/ChargeAmount"],
    "line_basis": ["SpecifiedSupplyChainTradeAgreement/NetPriceProductTradePrice/BasisQuantity"],
    "line_amount": ["SpecifiedSupplyChainTradeSettlement/SpecifiedTradeSettlementMonetarySummation/LineTotalAmount"],
}
_UBL_P = "AccountingSupplierParty/Party"
_UBL = {
    "invoice_number": ["ID"],
    "type_code": ["InvoiceTypeCode", "CreditNoteTypeCode"],
    "invoice_date": ["IssueDate"],
    "vendor_name": [f"{_UBL_P}/PartyLegalEntity/RegistrationName", f"{_UBL_P}/PartyName/Name"],
    "vendor_tax_id": [f"{_UBL_P}/PartyTaxScheme/CompanyID"],
    "po_number": ["OrderReference/ID"],
    "currency": ["DocumentCurrencyCode"],
    "due_date": ["DueDate", "PaymentMeans/PaymentDueDate"],
    "subtotal": ["LegalMonetaryTotal/TaxExclusiveAmount"],
    "tax": ["TaxTotal/TaxAmount"],
    "total": ["LegalMonetaryTotal/TaxInclusiveAmount"],
    "vendor_iban": ["PaymentMeans/PayeeFinancialAccount/ID"],
    "lines": None,  # InvoiceLine or CreditNoteLine
    "line_name": ["Item/Name", "Item/Description"],
    "line_qty": ["InvoicedQuantity", "CreditedQuantity"],
    "line_price": ["Price/PriceAmount"],
    "line_basis": ["Price/BaseQuantity"],
    "line_amount": ["LineExtensionAmount"],
}


@dataclass
class EInvoice:
    """What the XML says: values with their element paths, before becoming an ExtractedInvoice."""

    syntax: str
    values: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (value, path)
    lines: list[LineItem] = field(default_factory=list)
    credit_note: bool = False
    warnings: list[str] = field(default_factory=list)
    confidence: dict[str, float] = field(default_factory=dict)  # below XML_CONFIDENCE, and why: a name


_TABLES = {"CrossIndustryInvoice": _CII, "CrossIndustryDocument": _V1, "Invoice": _UBL, "CreditNote": _UBL}
_SYNTAXES = {"CrossIndustryInvoice": "cii", "CrossIndustryDocument": "zugferd1",
             "Invoice": "ubl-invoice", "CreditNote": "ubl-creditnote"}


def read_einvoice(data: bytes) -> EInvoice:
    """Parse CII / ZUGFeRD 1 / UBL XML bytes into values with element paths."""
    root = parse_xml(data)
    local = _local(root)
    table = _TABLES.get(local)
    if table is None:
        raise EInvoiceError(f"not an e-invoice (root element {local or '?'})")
    out = EInvoice(_SYNTAXES[local])
    currency_el = _find(root, *table["currency"])
    currency = _text(currency_el)
    type_el = _find(root, *table["type_code"])
    type_code = _text(type_el) or ""
    out.credit_note = local == "CreditNote" or type_code in CREDIT_NOTE_CODES
    _read_names_and_ids(root, local, table, out.values, out.confidence)
    for name in ("invoice_date", "due_date"):
        el = _find(root, *table[name])
        value = _date(el)
        if value:
            out.values[name] = (value, element_path(el))
    if currency:
        out.values["currency"] = (currency.upper(), element_path(currency_el))
    _read_amounts(root, table, currency, out.credit_note, out.values)
    out.values["document_type"] = (
        "credit_note" if out.credit_note else "invoice",
        element_path(type_el) if type_el is not None else element_path(root),
    )
    out.lines = _read_lines(root, table, out.credit_note)
    if "total" not in out.values:
        out.warnings.append("the e-invoice XML has no grand total")
    return out


def _read_names_and_ids(root: etree._Element, local: str, table: dict,
                        values: dict[str, tuple[str, str]], confidence: dict[str, float]) -> None:
    """The vendor's name, tax id and IBAN, the invoice and PO numbers, into `values`. A national
    tax number (schemeID FC, a 'Steuernummer') stands in for a missing VAT id, at the confidence
    the page reader gives a tax id of no known VAT shape."""
    for name in ("vendor_name", "vendor_tax_id", "invoice_number", "po_number", "vendor_iban"):
        el = _find(root, *table[name])
        if el is not None:
            value = _text(el)
            if name == "vendor_iban":
                value = re.sub(r"\s", "", value or "").upper() or None
            if value:
                values[name] = (value, element_path(el))
                if name == "vendor_tax_id" and el.get("schemeID") == "FC":
                    confidence[name] = NATIONAL_TAX_ID_CONFIDENCE
    if local in ("Invoice", "CreditNote") and "vendor_tax_id" in values:
        # UBL: the VAT registration, not another tax scheme's id (which stands in, like FC).
        confidence["vendor_tax_id"] = NATIONAL_TAX_ID_CONFIDENCE
        for scheme in _find_all(root, f"{_UBL_P}/PartyTaxScheme"):
            scheme_id = _text(_find(scheme, "TaxScheme/ID"))
            company = _find(scheme, "CompanyID")
            if company is not None and (scheme_id or "").upper() == "VAT":
                values["vendor_tax_id"] = (_text(company) or "", element_path(company))
                del confidence["vendor_tax_id"]
                break


def _read_amounts(root: etree._Element, table: dict, currency: str | None, credit_note: bool,
                  values: dict[str, tuple[str, str]]) -> None:
    """Subtotal, tax and total into `values`; negative on a credit note."""
    for name in ("subtotal", "tax", "total"):
        el = None
        if name == "tax" and currency:
            # A second TaxTotalAmount may be in the accounting currency: take the invoice's.
            for path in table[name]:
                matches = [e for e in _find_all(root, path) if (e.text or "").strip()]
                same = [e for e in matches if e.get("currencyID") in (None, currency)]
                if same:
                    el = same[0]
                    break
        if el is None:
            el = _find(root, *table[name])
        amount = _decimal(el)
        if amount is not None:
            if credit_note:
                amount = -abs(amount)
            values[name] = (format(amount, "f"), element_path(el))


def _read_lines(root: etree._Element, table: dict, credit_note: bool) -> list[LineItem]:
    """The invoice lines; the unit price per one unit (not per a basis quantity of 100)."""
    lines: list[LineItem] = []
    line_els = (_find_all(root, table["lines"]) if table["lines"]
                else _children(root, "InvoiceLine") + _children(root, "CreditNoteLine"))
    for el in line_els:
        qty = _decimal(_find(el, *table["line_qty"]))
        price = _decimal(_find(el, *table["line_price"]))
        basis = _decimal(_find(el, *table["line_basis"]))
        amount = _decimal(_find(el, *table["line_amount"]))
        if price is not None and basis not in (None, Decimal(0), Decimal(1)):
            price = price / basis
        if credit_note:
            amount = -abs(amount) if amount is not None else None
            price = -abs(price) if price is not None else None
        lines.append(LineItem(
            description=_text(_find(el, *table["line_name"])) or "",
            quantity=qty, unit_price=price, amount=amount, confidence=XML_CONFIDENCE,
            evidence=[Evidence(page=0, bbox=[], text=element_path(el))],
        ))
    return lines


def to_extracted(einv: EInvoice, *, sha256: str, pages: int) -> ExtractedInvoice:
    """The e-invoice as the reader's result: every field at XML_CONFIDENCE, method "einvoice"."""
    fields: dict[str, FieldValue] = {}
    for name in ("vendor_name", "vendor_tax_id", "invoice_number", "po_number", "invoice_date",
                 "due_date", "currency", "subtotal", "tax", "total", "vendor_iban",
                 "document_type"):
        if name in einv.values:
            value, path = einv.values[name]
            fields[name] = FieldValue(
                value=value, confidence=einv.confidence.get(name, XML_CONFIDENCE),
                evidence=[Evidence(page=0, bbox=[], text=path)],
            )
        else:
            fields[name] = FieldValue()
    return ExtractedInvoice(
        document=DocumentInfo(sha256=sha256, pages=pages, method="einvoice"),
        fields=fields, line_items=list(einv.lines), warnings=list(einv.warnings),
    )
