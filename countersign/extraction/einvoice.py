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

Elements are found by local name, so one path table serves every namespace version of a syntax
(`xmltree`). Credit notes (CII type code 381 and friends, UBL CreditNote) report negative amounts.
An XML that lacks an amount never blanks the others: a missing grand total, tax or net is
computed from the amounts it has (basis + tax, amount due + prepaid, the tax rows, the lines with
charges and allowances), at `DERIVED_CONFIDENCE` and with a warning; what it cannot give, the
reader fills from the printed page (`hybrid.fill_from_page`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Callable

from lxml import etree  # pyright: ignore[reportAttributeAccessIssue] - lxml ships no stubs

from countersign.domain import DocumentInfo, Evidence, ExtractedInvoice, FieldValue, LineItem
from countersign.extraction.xmltree import (
    MAX_XML_BYTES,
    EInvoiceError,
    children,
    date_of,
    decimal_of,
    element_path,
    find,
    find_all,
    find_loose,
    local_name,
    parse_xml,
    syntax_of,
    text_of,
)

__all__ = ["MAX_XML_BYTES", "MISMATCH_PREFIX", "EInvoice", "EInvoiceError", "parse_xml", "read_einvoice",
           "syntax_of", "to_extracted"]
XML_CONFIDENCE = 0.99
DERIVED_CONFIDENCE = 0.95  # an amount the XML does not carry, computed from those it does
NATIONAL_TAX_ID_CONFIDENCE = 0.85  # a Steuernummer is the seller's tax id, not the VAT id the field names
CREDIT_NOTE_CODES = frozenset({"381", "261", "262", "296", "308", "396", "420", "458", "532"})
MISMATCH_PREFIX = "EINVOICE_PAGE_MISMATCH"


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
    "vendor_address": f"{_CII_H}/ApplicableHeaderTradeAgreement/SellerTradeParty/PostalTradeAddress",
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
    **{key: [f"{_CII_H}/ApplicableHeaderTradeSettlement/SpecifiedTradeSettlementHeaderMonetarySummation/{el}"]
       for key, el in (("due_payable", "DuePayableAmount"), ("prepaid", "TotalPrepaidAmount"),
                       ("line_total", "LineTotalAmount"), ("charges", "ChargeTotalAmount"),
                       ("allowances", "AllowanceTotalAmount"))},
    "tax_rows": f"{_CII_H}/ApplicableHeaderTradeSettlement/ApplicableTradeTax",
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
    "vendor_address": f"{_V1_H}/ApplicableSupplyChainTradeAgreement/SellerTradeParty/PostalTradeAddress",
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
    **{key: [f"{_V1_H}/ApplicableSupplyChainTradeSettlement/SpecifiedTradeSettlementMonetarySummation/{el}"]
       for key, el in (("due_payable", "DuePayableAmount"), ("prepaid", "TotalPrepaidAmount"),
                       ("line_total", "LineTotalAmount"), ("charges", "ChargeTotalAmount"),
                       ("allowances", "AllowanceTotalAmount"))},
    "tax_rows": f"{_V1_H}/ApplicableSupplyChainTradeSettlement/ApplicableTradeTax",
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
    "vendor_address": f"{_UBL_P}/PostalAddress",
    "currency": ["DocumentCurrencyCode"],
    "due_date": ["DueDate", "PaymentMeans/PaymentDueDate"],
    "subtotal": ["LegalMonetaryTotal/TaxExclusiveAmount"],
    "tax": ["TaxTotal/TaxAmount"],
    "total": ["LegalMonetaryTotal/TaxInclusiveAmount"],
    "vendor_iban": ["PaymentMeans/PayeeFinancialAccount/ID"],
    "due_payable": ["LegalMonetaryTotal/PayableAmount"], "prepaid": ["LegalMonetaryTotal/PrepaidAmount"],
    "line_total": ["LegalMonetaryTotal/LineExtensionAmount"], "charges": ["LegalMonetaryTotal/ChargeTotalAmount"],
    "allowances": ["LegalMonetaryTotal/AllowanceTotalAmount"],
    "tax_rows": "TaxTotal/TaxSubtotal",
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
    local = local_name(root)
    table = _TABLES.get(local)
    if table is None:
        raise EInvoiceError(f"not an e-invoice (root element {local or '?'})")
    out = EInvoice(_SYNTAXES[local])
    # CII: an element one level off is still found; UBL's short paths ("ID") would be too loose.
    look = find if local in ("Invoice", "CreditNote") else find_loose
    currency_el = look(root, *table["currency"])
    currency = text_of(currency_el)
    type_el = look(root, *table["type_code"])
    type_code = text_of(type_el) or ""
    out.credit_note = local == "CreditNote" or type_code in CREDIT_NOTE_CODES
    _read_names_and_ids(root, local, table, out.values, out.confidence, look)
    _read_address(root, table, out.values)
    for name in ("invoice_date", "due_date"):
        el = look(root, *table[name])
        value = date_of(el)
        if value:
            out.values[name] = (value, element_path(el))
    if currency:
        out.values["currency"] = (currency.upper(), element_path(currency_el))
    _read_amounts(root, table, currency, out, look)
    out.values["document_type"] = (
        "credit_note" if out.credit_note else "invoice",
        element_path(type_el) if type_el is not None else element_path(root),
    )
    out.lines = _read_lines(root, table, out.credit_note)
    return out


def _read_names_and_ids(root: etree._Element, local: str, table: dict, values: dict[str, tuple[str, str]],
                        confidence: dict[str, float], look) -> None:
    """The vendor's name, tax id and IBAN, the invoice and PO numbers, into `values`. A national
    tax number (schemeID FC, a 'Steuernummer') stands in for a missing VAT id, at the confidence
    the page reader gives a tax id of no known VAT shape."""
    for name in ("vendor_name", "vendor_tax_id", "invoice_number", "po_number", "vendor_iban"):
        el = look(root, *table[name])
        if el is not None:
            value = text_of(el)
            if name == "vendor_iban":
                value = re.sub(r"\s", "", value or "").upper() or None
            if value:
                values[name] = (value, element_path(el))
                if name == "vendor_tax_id" and el.get("schemeID") == "FC":
                    confidence[name] = NATIONAL_TAX_ID_CONFIDENCE
    if local in ("Invoice", "CreditNote") and "vendor_tax_id" in values:
        # UBL: the VAT registration, not another tax scheme's id (which stands in, like FC).
        confidence["vendor_tax_id"] = NATIONAL_TAX_ID_CONFIDENCE
        for scheme in find_all(root, f"{_UBL_P}/PartyTaxScheme"):
            scheme_id = text_of(find(scheme, "TaxScheme/ID"))
            company = find(scheme, "CompanyID")
            if company is not None and (scheme_id or "").upper() == "VAT":
                values["vendor_tax_id"] = (text_of(company) or "", element_path(company))
                del confidence["vendor_tax_id"]
                break


# An address's parts in the order a letterhead prints them; the parts of one group share a line ("12345 Berlin").
_CII_ADDRESS = (("LineOne",), ("LineTwo",), ("LineThree",), ("PostcodeCode", "CityName"), ("CountrySubDivisionName",),
                ("CountryID",))
_UBL_ADDRESS = (("StreetName", "BuildingNumber"), ("AdditionalStreetName",), ("AddressLine/Line",),
                ("PostalZone", "CityName"), ("CountrySubentity",), ("Country/IdentificationCode",))


def _read_address(root: etree._Element, table: dict, values: dict[str, tuple[str, str]]) -> None:
    """The seller's postal address (what finds a new vendor by its town), one line as a letterhead prints it. A CII
    writer that nests the seller one level off is still read: its first seller with an address."""
    boxes = find_all(root, table["vendor_address"])
    if not boxes and table is not _UBL:
        boxes = [box for el in root.iter() if isinstance(el.tag, str) and local_name(el) == "SellerTradeParty"
                 for box in children(el, "PostalTradeAddress")]
    if not boxes:
        return
    parts = _UBL_ADDRESS if table is _UBL else _CII_ADDRESS
    said = [" ".join(t for name in group if (t := text_of(find(boxes[0], name)))) for group in parts]
    if any(said[:-1]):  # a country code alone is no address: the page's reading stands in
        text = ", ".join(dict.fromkeys(line for line in said if line))
        values["vendor_address"] = (text, element_path(boxes[0]))


Amount = tuple[Decimal, str]  # a value as the XML states it (positive on a credit note too), and where


def _read_amounts(root: etree._Element, table: dict, currency: str | None, out: EInvoice, look) -> None:
    """Subtotal, tax and total into `out.values` (negative on a credit note); one the XML lacks
    is computed from the others it carries (`_derive`), with a warning."""
    got: dict[str, Amount] = {}
    for name in ("subtotal", "tax", "total", "due_payable", "prepaid", "line_total", "charges", "allowances"):
        el = None
        if name == "tax" and currency:
            # A second TaxTotalAmount may be in the accounting currency: take the invoice's.
            for path in table[name]:
                matches = [e for e in find_all(root, path) if (e.text or "").strip()]
                same = [e for e in matches if e.get("currencyID") in (None, currency)]
                if same:
                    el = same[0]
                    break
        if el is None:
            el = look(root, *table[name])
        amount = decimal_of(el)
        if amount is not None:
            got[name] = (amount, element_path(el))
    rows = [(decimal_of(find(row, "CalculatedAmount", "TaxAmount")), decimal_of(find(row, "BasisAmount",
                                                                                      "TaxableAmount")))
            for row in find_all(root, table["tax_rows"])]
    derived = _derive(got, rows, table["tax_rows"])
    for name in ("subtotal", "tax", "total"):
        if name not in got and name not in derived:
            out.warnings.append(f"the e-invoice XML has no {_XML_NAMES[name]}")
            continue
        (amount, path), how = (got[name], None) if name in got else derived[name]
        if out.credit_note:
            amount = -abs(amount)
        out.values[name] = (format(amount, "f"), path)
        if how:
            out.confidence[name] = DERIVED_CONFIDENCE
            out.warnings.append(f"{name} {format(amount, 'f')} computed from the e-invoice XML: {how}")


_XML_NAMES = {"subtotal": "net total (TaxBasisTotalAmount)", "tax": "tax total (TaxTotalAmount)",
              "total": "grand total (GrandTotalAmount)"}


_ZERO = Decimal(0)
# How a missing amount follows from others: (target, the amounts it needs, how, the formula).
_RULES: tuple[tuple[str, tuple[str, ...], str, Callable[[dict[str, Decimal]], Decimal]], ...] = (
    ("total", ("subtotal", "tax"), "net + tax", lambda h: h["subtotal"] + h["tax"]),
    ("total", ("due_payable",), "amount due + prepaid", lambda h: h["due_payable"] + h.get("prepaid", _ZERO)),
    ("tax", ("tax_rows",), "the sum of the tax rows", lambda h: h["tax_rows"]),
    ("tax", ("subtotal", "total"), "total - net", lambda h: h["total"] - h["subtotal"]),
    ("subtotal", ("line_total",), "lines + charges - allowances",
     lambda h: h["line_total"] + h.get("charges", _ZERO) - h.get("allowances", _ZERO)),
    ("subtotal", ("basis_rows",), "the sum of the tax rows' basis amounts", lambda h: h["basis_rows"]),
    ("subtotal", ("total", "tax"), "total - tax", lambda h: h["total"] - h["tax"]),
)


def _derive(got: dict[str, Amount], rows: list[tuple[Decimal | None, Decimal | None]], rows_path: str
            ) -> dict[str, tuple[Amount, str]]:
    """The totals the XML lacks, from those it has: ((value, evidence path), how) per name."""
    have = {k: v[0] for k, v in got.items()}
    paths = {k: v[1] for k, v in got.items()}
    if rows and all(t is not None for t, _ in rows):
        have["tax_rows"], paths["tax_rows"] = sum((t for t, _ in rows if t is not None), _ZERO), rows_path
    if rows and all(b is not None for _, b in rows):
        have["basis_rows"], paths["basis_rows"] = sum((b for _, b in rows if b is not None), _ZERO), rows_path
    out: dict[str, tuple[Amount, str]] = {}
    for _ in range(2):  # a second pass uses what the first computed
        for target, needs, how, formula in _RULES:
            if target in have or not all(n in have for n in needs):
                continue
            have[target] = formula(have)
            paths[target] = " + ".join(paths[n] for n in needs)
            out[target] = ((have[target], paths[target]), how)
    return out


def _read_lines(root: etree._Element, table: dict, credit_note: bool) -> list[LineItem]:
    """The invoice lines; the unit price per one unit (not per a basis quantity of 100)."""
    lines: list[LineItem] = []
    line_els = (find_all(root, table["lines"]) if table["lines"]
                else children(root, "InvoiceLine") + children(root, "CreditNoteLine"))
    for el in line_els:
        qty = decimal_of(find(el, *table["line_qty"]))
        price = decimal_of(find(el, *table["line_price"]))
        basis = decimal_of(find(el, *table["line_basis"]))
        amount = decimal_of(find(el, *table["line_amount"]))
        if price is not None and basis not in (None, Decimal(0), Decimal(1)):
            price = price / basis
        if credit_note:
            amount = -abs(amount) if amount is not None else None
            price = -abs(price) if price is not None else None
        lines.append(LineItem(
            description=text_of(find(el, *table["line_name"])) or "",
            quantity=qty, unit_price=price, amount=amount, confidence=XML_CONFIDENCE,
            evidence=[Evidence(page=0, bbox=[], text=element_path(el))],
        ))
    return lines


def to_extracted(einv: EInvoice, *, sha256: str, pages: int) -> ExtractedInvoice:
    """The e-invoice as the reader's result: every field at XML_CONFIDENCE, method "einvoice"."""
    fields: dict[str, FieldValue] = {}
    for name in ("vendor_name", "vendor_tax_id", "invoice_number", "po_number", "invoice_date",
                 "due_date", "currency", "subtotal", "tax", "total", "vendor_iban",
                 "document_type", "vendor_address"):
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
