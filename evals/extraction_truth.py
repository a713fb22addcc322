"""Truth and scoring for `evals.extraction`: the shared samples' truth from their XML, and when a
reading counts as right.

Truth for the shared samples is read here with plain lxml XPaths (namespaced, as in the
integration notes), independently of the product's reader. Scoring: amounts and dates exactly;
invoice/PO numbers and tax ids without case, spaces or punctuation; vendor names without case
and punctuation, a trailing legal form ("SARL", "GmbH") printed on the page but not in the XML
is accepted. A value where the truth has none is wrong. A line item is matched by its amount
(and its quantity when both have one).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

FIELDS = ("vendor_name", "vendor_tax_id", "invoice_number", "po_number", "invoice_date",
          "due_date", "currency", "subtotal", "tax", "total")
KEY_FIELDS = ("vendor_name", "invoice_number", "invoice_date", "total", "currency")

# --------------------------------------------------------------------------- truth from XML

NS = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}
H = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction"
S = f"{H}/ram:ApplicableHeaderTradeSettlement"
M = f"{S}/ram:SpecifiedTradeSettlementHeaderMonetarySummation"
XPATHS = {
    "vendor_name": f"{H}/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:Name",
    "vendor_tax_id": f"{H}/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty"
                     "/ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']",
    "invoice_number": "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:ID",
    "type_code": "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:TypeCode",
    "invoice_date": "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IssueDateTime"
                    "/udt:DateTimeString",
    "po_number": f"{H}/ram:ApplicableHeaderTradeAgreement/ram:BuyerOrderReferencedDocument"
                 "/ram:IssuerAssignedID",
    "due_date": f"{S}/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString",
    "currency": f"{S}/ram:InvoiceCurrencyCode",
    "subtotal": f"{M}/ram:TaxBasisTotalAmount",
    "tax": f"{M}/ram:TaxTotalAmount",
    "total": f"{M}/ram:GrandTotalAmount",
}


def xml_truth(xml: bytes) -> dict[str, Any]:
    """The ten fields (plus document_type and line amounts) of a CII XML, by namespaced XPath."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(xml, parser)
    out: dict[str, Any] = {}
    for name, path in XPATHS.items():
        nodes = root.xpath(path, namespaces=NS)
        if name == "tax":
            cur = root.xpath(XPATHS["currency"], namespaces=NS)
            code = cur[0].text.strip() if cur else None
            nodes = [n for n in nodes if n.get("currencyID") in (None, code)] or nodes
        text = nodes[0].text.strip() if nodes and nodes[0].text and nodes[0].text.strip() else None
        out[name] = text
    for name in ("invoice_date", "due_date"):
        if out[name]:
            d = out[name]
            out[name] = f"{d[:4]}-{d[4:6]}-{d[6:8]}"
    credit = out.pop("type_code") in ("381", "261", "262", "296", "308", "396", "420", "458", "532")
    for name in ("subtotal", "tax", "total"):
        if out[name] is not None:
            value = Decimal(out[name])
            out[name] = format(-abs(value) if credit else value, "f")
    out["document_type"] = "credit_note" if credit else "invoice"
    lines = root.xpath(f"{H}/ram:IncludedSupplyChainTradeLineItem", namespaces=NS)
    out["line_items"] = []
    for line in lines:
        amount = line.xpath("ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLine"
                            "MonetarySummation/ram:LineTotalAmount", namespaces=NS)
        qty = line.xpath("ram:SpecifiedLineTradeDelivery/ram:BilledQuantity", namespaces=NS)
        a = Decimal(amount[0].text.strip()) if amount else None
        out["line_items"].append({
            "amount": format(-abs(a) if credit and a is not None else a, "f") if a is not None else None,
            "quantity": qty[0].text.strip() if qty else None,
        })
    return out


def embedded_xml_bytes(pdf: bytes) -> bytes | None:
    import pymupdf

    doc = pymupdf.open(stream=pdf, filetype="pdf")
    try:
        for name in doc.embfile_names():
            if name.lower() in ("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml"):
                return doc.embfile_get(name)
    finally:
        doc.close()
    return None


def strip_embedded(pdf: bytes) -> bytes:
    """The PDF with every embedded file removed: only the printed pages remain."""
    import pymupdf

    doc = pymupdf.open(stream=pdf, filetype="pdf")
    try:
        for name in list(doc.embfile_names()):
            doc.embfile_del(name)
        return doc.tobytes(garbage=3, deflate=True)
    finally:
        doc.close()


# --------------------------------------------------------------------------- scoring


def _compact(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


_LEGAL = re.compile(
    r"\s*(?:gmbh|ag|kg|sarl|sas|sa|ltd|limited|inc|llc|bv|nv|sl|srl|co|e\.?\s?v\.?|a\.?\s?g\.?)\.?$",
    re.IGNORECASE)


_VAT_SUFFIX = re.compile(r"(?<=\d)(?:MWST|TVA|IVA|MVA)$")


def _name_key(text: str) -> str:
    text = " ".join(re.sub(r"[^\w\s&]", " ", text.casefold()).split())
    return text


def correct(name: str, predicted: str | None, truth: str | None) -> bool:
    if truth is None:
        return predicted is None
    if predicted is None:
        return False
    if name in ("subtotal", "tax", "total"):
        try:
            return Decimal(predicted) == Decimal(truth)
        except InvalidOperation:
            return False
    if name == "vendor_tax_id":  # a VAT register's suffix printed on the page but left out of the truth (or the
        # other way round): "CHE-123.456.789 MWST" and "CHE-123.456.789", "NO 982 961 211 MVA": one registration
        return _VAT_SUFFIX.sub("", _compact(predicted)) == _VAT_SUFFIX.sub("", _compact(truth))
    if name in ("invoice_number", "po_number"):
        return _compact(predicted) == _compact(truth)
    if name == "vendor_name":
        p, t = _name_key(predicted), _name_key(truth)
        if p == t:
            return True
        # A legal form printed on the page but absent from the XML (or the other way round).
        longer, shorter = (p, t) if len(p) > len(t) else (t, p)
        return longer.startswith(shorter) and bool(_LEGAL.fullmatch(longer[len(shorter):]))
    return predicted.strip().upper() == truth.strip().upper()


def matched_lines(predicted: list, truth: list[dict]) -> set[int]:
    """The indices of the predicted lines that match a truth line by amount (and quantity when
    both have one), each predicted line used once."""
    used: set[int] = set()
    for t in truth:
        for i, p in enumerate(predicted):
            if i in used:
                continue
            amount = p.amount if hasattr(p, "amount") else p.get("amount")
            qty = p.quantity if hasattr(p, "quantity") else p.get("quantity")
            if amount is None or t["amount"] is None or Decimal(amount) != Decimal(t["amount"]):
                continue
            if qty is not None and t.get("quantity") is not None and Decimal(qty) != Decimal(t["quantity"]):
                continue
            used.add(i)
            break
    return used


def line_accuracy(predicted: list, truth: list[dict]) -> tuple[int, int]:
    """(matched, out_of): truth lines matched, out of the larger of the two counts (so missing
    and extra lines both count against it)."""
    if not truth:
        return 0, 0
    return len(matched_lines(predicted, truth)), max(len(truth), len(predicted))
