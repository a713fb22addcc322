"""E-invoices: embedded CII read exactly (checked against values read independently by XPath),
ZUGFeRD 1 and UBL XML, plain XML input, hybrid page/XML mismatch warnings, hostile XML refused."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pymupdf
import pytest
from lxml import etree

from countersign.extraction.einvoice import EInvoiceError, parse_xml, read_einvoice
from countersign.extraction.pdf import UnreadableDocument
from countersign.extraction.reader import extract_invoice, extract_path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "einvoices"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(),
                                  reason=f"shared e-invoice samples not found at {SHARED}")

NS = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}
H = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction"
SUM = f"{H}/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation"

SAMPLES = [
    "XML-Rechnung__FX__EN16931_Einfach.pdf",
    "ZUGFeRDv2__correct__FNFE-factur-x-examples__Avoir_FR_type381_BASIC.pdf",
    "ZUGFeRDv2__correct__Mustangproject__MustangGnuaccountingBeispielRE-20190610_507.pdf",
    "ZUGFeRDv2__correct__symtrax__Beispiele__MINIMUM__zugferd_2p1_MINIMUM_Rechnung.pdf",
    "XML-Rechnung__FX__XRECHNUNG_Elektron.pdf",
]


def _xpath(root, path: str) -> str | None:
    nodes = root.xpath(path, namespaces=NS)
    return nodes[0].text.strip() if nodes else None


def _embedded(pdf: bytes) -> bytes:
    doc = pymupdf.open(stream=pdf, filetype="pdf")
    names = [n for n in doc.embfile_names() if n.lower().endswith(".xml")]
    data = doc.embfile_get(names[0])
    doc.close()
    return data


@needs_shared
@pytest.mark.parametrize("name", SAMPLES)
def test_embedded_cii_equals_independent_xpath(name):
    pdf = (SHARED / name).read_bytes()
    root = etree.fromstring(_embedded(pdf), etree.XMLParser(resolve_entities=False))
    result = extract_invoice(pdf)
    assert result.document.method == "einvoice"
    credit = _xpath(root, "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:TypeCode") == "381"
    assert result.value("invoice_number") == _xpath(root, "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:ID")
    issued = _xpath(root, "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString")
    assert result.value("invoice_date") == f"{issued[:4]}-{issued[4:6]}-{issued[6:]}"
    assert result.value("vendor_name") == _xpath(
        root, f"{H}/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:Name")
    assert result.value("currency") == _xpath(root, f"{H}/ram:ApplicableHeaderTradeSettlement/ram:InvoiceCurrencyCode")
    grand = Decimal(_xpath(root, f"{SUM}/ram:GrandTotalAmount"))
    assert result.money("total") == (-grand if credit else grand)
    basis = Decimal(_xpath(root, f"{SUM}/ram:TaxBasisTotalAmount"))
    assert result.money("subtotal") == (-basis if credit else basis)
    assert result.value("document_type") == ("credit_note" if credit else "invoice")
    lines = root.xpath(f"{H}/ram:IncludedSupplyChainTradeLineItem", namespaces=NS)
    assert len(result.line_items) == len(lines)
    for field in result.fields.values():
        if field.value is not None:
            assert field.confidence >= 0.9
            assert field.evidence[0].page == 0 and field.evidence[0].bbox == []
            assert field.evidence[0].text.startswith("/rsm:CrossIndustryInvoice/")


@needs_shared
def test_credit_note_reports_negative_amounts():
    result = extract_invoice(
        (SHARED / "ZUGFeRDv2__correct__FNFE-factur-x-examples__Avoir_FR_type381_BASIC.pdf").read_bytes())
    assert result.value("document_type") == "credit_note"
    assert result.money("total") == Decimal("-233.47")
    assert all(line.amount < 0 for line in result.line_items)


@needs_shared
def test_consistent_hybrid_has_no_mismatch_warning():
    result = extract_invoice((SHARED / SAMPLES[0]).read_bytes())
    assert not [w for w in result.warnings if w.startswith("EINVOICE_PAGE_MISMATCH")]


def _retarget(pdf: bytes, old: bytes, new: bytes) -> bytes:
    """The same PDF with the embedded XML edited (the page is left as printed)."""
    doc = pymupdf.open(stream=pdf, filetype="pdf")
    name = [n for n in doc.embfile_names() if n.lower().endswith(".xml")][0]
    data = doc.embfile_get(name)
    assert old in data
    doc.embfile_del(name)
    doc.embfile_add(name, data.replace(old, new))
    out = doc.tobytes(garbage=3)
    doc.close()
    return out


@needs_shared
def test_hybrid_mismatch_is_warned():
    pdf = (SHARED / SAMPLES[0]).read_bytes()
    edited = _retarget(pdf, b"<ram:GrandTotalAmount>529.87<", b"<ram:GrandTotalAmount>952.87<")
    result = extract_invoice(edited)
    assert result.value("total") == "952.87"
    warnings = [w for w in result.warnings if w.startswith("EINVOICE_PAGE_MISMATCH: field total:")]
    assert warnings and "XML says 952.87" in warnings[0] and "page says 529.87" in warnings[0]


@needs_shared
def test_stripped_pdf_falls_back_to_the_page():
    doc = pymupdf.open(stream=(SHARED / SAMPLES[0]).read_bytes(), filetype="pdf")
    for name in list(doc.embfile_names()):
        doc.embfile_del(name)
    data = doc.tobytes(garbage=3)
    doc.close()
    result = extract_invoice(data)
    assert result.document.method == "text"
    assert result.value("invoice_number") == "471102"
    assert result.value("total") == "529.87"


CII = b"""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
 xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
 xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocument><ram:ID>INV-7</ram:ID><ram:TypeCode>380</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">20260105</udt:DateTimeString></ram:IssueDateTime>
 </rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:ApplicableHeaderTradeAgreement><ram:SellerTradeParty><ram:Name>Acme GmbH</ram:Name>
   <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE123456789</ram:ID></ram:SpecifiedTaxRegistration>
  </ram:SellerTradeParty></ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    <ram:TaxBasisTotalAmount>100.00</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="USD">21.00</ram:TaxTotalAmount>
    <ram:TaxTotalAmount currencyID="EUR">19.00</ram:TaxTotalAmount>
    <ram:GrandTotalAmount>119.00</ram:GrandTotalAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>"""

ZUGFERD1 = b"""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0"
 xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12"
 xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15">
 <rsm:HeaderExchangedDocument><ram:ID>471102</ram:ID><ram:TypeCode>381</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">20130305</udt:DateTimeString></ram:IssueDateTime>
 </rsm:HeaderExchangedDocument>
 <rsm:SpecifiedSupplyChainTradeTransaction>
  <ram:ApplicableSupplyChainTradeAgreement>
   <ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name></ram:SellerTradeParty>
   <ram:BuyerOrderReferencedDocument><ram:ID>PO-1</ram:ID></ram:BuyerOrderReferencedDocument>
  </ram:ApplicableSupplyChainTradeAgreement>
  <ram:ApplicableSupplyChainTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradeSettlementMonetarySummation>
    <ram:TaxBasisTotalAmount currencyID="EUR">473.00</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="EUR">56.87</ram:TaxTotalAmount>
    <ram:GrandTotalAmount currencyID="EUR">529.87</ram:GrandTotalAmount>
   </ram:SpecifiedTradeSettlementMonetarySummation>
  </ram:ApplicableSupplyChainTradeSettlement>
  <ram:IncludedSupplyChainTradeLineItem>
   <ram:SpecifiedSupplyChainTradeAgreement><ram:NetPriceProductTradePrice>
    <ram:ChargeAmount currencyID="EUR">9.90</ram:ChargeAmount></ram:NetPriceProductTradePrice>
   </ram:SpecifiedSupplyChainTradeAgreement>
   <ram:SpecifiedSupplyChainTradeDelivery><ram:BilledQuantity unitCode="C62">20</ram:BilledQuantity>
   </ram:SpecifiedSupplyChainTradeDelivery>
   <ram:SpecifiedSupplyChainTradeSettlement><ram:SpecifiedTradeSettlementMonetarySummation>
    <ram:LineTotalAmount currencyID="EUR">198.00</ram:LineTotalAmount>
   </ram:SpecifiedTradeSettlementMonetarySummation></ram:SpecifiedSupplyChainTradeSettlement>
   <ram:SpecifiedTradeProduct><ram:Name>Trennblaetter A4</ram:Name></ram:SpecifiedTradeProduct>
  </ram:IncludedSupplyChainTradeLineItem>
 </rsm:SpecifiedSupplyChainTradeTransaction>
</rsm:CrossIndustryDocument>"""

UBL_CREDIT = b"""<?xml version="1.0" encoding="UTF-8"?>
<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
 <cbc:ID>CN-42</cbc:ID><cbc:IssueDate>2026-02-01</cbc:IssueDate>
 <cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>
 <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
 <cac:OrderReference><cbc:ID>PO-9</cbc:ID></cac:OrderReference>
 <cac:AccountingSupplierParty><cac:Party>
  <cac:PartyTaxScheme><cbc:CompanyID>NL123456789B01</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
  <cac:PartyLegalEntity><cbc:RegistrationName>De Groot B.V.</cbc:RegistrationName></cac:PartyLegalEntity>
 </cac:Party></cac:AccountingSupplierParty>
 <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">21.00</cbc:TaxAmount></cac:TaxTotal>
 <cac:LegalMonetaryTotal><cbc:TaxExclusiveAmount currencyID="EUR">100.00</cbc:TaxExclusiveAmount>
  <cbc:TaxInclusiveAmount currencyID="EUR">121.00</cbc:TaxInclusiveAmount>
  <cbc:PayableAmount currencyID="EUR">121.00</cbc:PayableAmount></cac:LegalMonetaryTotal>
 <cac:CreditNoteLine><cbc:ID>1</cbc:ID><cbc:CreditedQuantity unitCode="C62">2</cbc:CreditedQuantity>
  <cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount>
  <cac:Item><cbc:Name>Returned widgets</cbc:Name></cac:Item>
  <cac:Price><cbc:PriceAmount currencyID="EUR">50.00</cbc:PriceAmount></cac:Price></cac:CreditNoteLine>
</CreditNote>"""


def test_plain_cii_xml_file(tmp_path):
    path = tmp_path / "invoice.xml"
    path.write_bytes(CII)
    result = extract_path(path)
    assert result.document.method == "einvoice"
    assert result.document.pages == 0
    assert (result.value("vendor_name"), result.value("vendor_tax_id")) == ("Acme GmbH", "DE123456789")
    assert (result.value("invoice_date"), result.value("total")) == ("2026-01-05", "119.00")
    assert result.value("tax") == "19.00"  # the invoice currency's tax total, not the USD one
    assert result.fields["total"].evidence[0].text.endswith("ram:GrandTotalAmount")
    assert result.contract_json()["fields"]["document_type"]["value"] == "invoice"


def test_zugferd1_credit_note():
    einv = read_einvoice(ZUGFERD1)
    assert einv.syntax == "zugferd1" and einv.credit_note
    result = extract_invoice(ZUGFERD1)
    assert result.value("invoice_number") == "471102"
    assert result.value("po_number") == "PO-1"
    assert result.value("total") == "-529.87"
    assert result.line_items[0].amount == Decimal("-198.00")
    assert result.line_items[0].quantity == Decimal("20")


def test_ubl_credit_note():
    result = extract_invoice(UBL_CREDIT)
    assert result.value("document_type") == "credit_note"
    assert result.value("vendor_name") == "De Groot B.V."
    assert result.value("vendor_tax_id") == "NL123456789B01"
    assert result.value("po_number") == "PO-9"
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == (
        "-100.00", "-21.00", "-121.00")
    assert result.line_items[0].description == "Returned widgets"


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
 xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100">
<rsm:ExchangedDocument><ram:ID>&lol4;</ram:ID></rsm:ExchangedDocument></rsm:CrossIndustryInvoice>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
 xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100">
<rsm:ExchangedDocument><ram:ID>&xxe;</ram:ID></rsm:ExchangedDocument></rsm:CrossIndustryInvoice>"""


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["billion-laughs", "xxe"])
def test_hostile_xml_is_refused(xml):
    with pytest.raises(EInvoiceError):
        parse_xml(xml)
    with pytest.raises(UnreadableDocument, match="DOCTYPE"):
        extract_invoice(xml)


def test_hostile_xml_embedded_in_a_pdf_is_ignored():
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((50, 80), "Invoice No. INV-1", fontsize=10)
    doc.embfile_add("factur-x.xml", EXTERNAL_ENTITY)
    data = doc.tobytes()
    doc.close()
    result = extract_invoice(data)
    assert result.document.method == "text"
    assert any("not used" in w and "DOCTYPE" in w for w in result.warnings)
    assert "root:" not in str(result.contract_json())


def test_xml_that_is_not_an_einvoice_is_unreadable():
    with pytest.raises(UnreadableDocument):
        extract_invoice(b"<?xml version='1.0'?><html><body>hello</body></html>")


def test_a_national_tax_number_stands_in_for_a_missing_vat_id_below_09():
    """A Steuernummer (schemeID FC), or a UBL tax scheme other than VAT, is the seller's tax id
    but not the VAT id the field names: reported, at the page reader's 0.85 for such ids."""
    assert extract_invoice(CII).confidence("vendor_tax_id") == 0.99
    national = CII.replace(b'schemeID="VA">DE123456789', b'schemeID="FC">201/113/40209')
    result = extract_invoice(national)
    assert (result.value("vendor_tax_id"), result.confidence("vendor_tax_id")) == ("201/113/40209", 0.85)
    both = CII.replace(b'<ram:ID schemeID="VA">DE123456789</ram:ID>',
                       b'<ram:ID schemeID="FC">201/113/40209</ram:ID><ram:ID schemeID="VA">DE123456789</ram:ID>')
    assert (extract_invoice(both).value("vendor_tax_id"), extract_invoice(both).confidence("vendor_tax_id")) == (
        "DE123456789", 0.99)
    other = UBL_CREDIT.replace(b"<cbc:ID>VAT</cbc:ID>", b"<cbc:ID>FC</cbc:ID>")
    assert extract_invoice(other).confidence("vendor_tax_id") == 0.85
    assert extract_invoice(UBL_CREDIT).confidence("vendor_tax_id") == 0.99


# --------------------------------------------------------------------------- an XML that lacks a field

def _v1(summation: bytes) -> bytes:
    """The ZUGFeRD 1.0 credit note above, as an invoice, with another header summation."""
    tag = b"<ram:SpecifiedTradeSettlementMonetarySummation>"
    start = ZUGFERD1.index(tag)
    end = ZUGFERD1.index(b"</ram:SpecifiedTradeSettlementMonetarySummation>") + len(tag) + 1
    return (ZUGFERD1[:start] + tag + summation + b"</ram:SpecifiedTradeSettlementMonetarySummation>"
            + ZUGFERD1[end:]).replace(b"<ram:TypeCode>381</ram:TypeCode>", b"<ram:TypeCode>380</ram:TypeCode>")


def _hybrid(xml: bytes, lines: list[str], name: str = "ZUGFeRD-invoice.xml") -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    for i, text in enumerate(lines):
        page.insert_text((50, 80 + 16 * i), text, fontsize=10)
    doc.embfile_add(name, xml)
    data = doc.tobytes()
    doc.close()
    return data


def test_zugferd1_without_a_grand_total_computes_it_and_keeps_every_other_field():
    xml = _v1(b"<ram:LineTotalAmount>473.00</ram:LineTotalAmount>"
              b"<ram:TaxBasisTotalAmount>473.00</ram:TaxBasisTotalAmount>"
              b"<ram:TaxTotalAmount>56.87</ram:TaxTotalAmount>")
    result = extract_invoice(xml)
    assert (result.value("invoice_number"), result.value("vendor_name"), result.value("po_number")) == (
        "471102", "Lieferant GmbH", "PO-1")
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("473.00", "56.87", "529.87")
    assert result.confidence("total") == 0.95 and result.confidence("subtotal") == 0.99
    assert any("total 529.87 computed from the e-invoice XML: net + tax" in w for w in result.warnings)
    assert "TaxBasisTotalAmount + " in result.fields["total"].evidence[0].text


def test_zugferd1_with_only_the_amount_due_and_tax_rows():
    xml = _v1(b"<ram:TotalPrepaidAmount>29.87</ram:TotalPrepaidAmount>"
              b"<ram:DuePayableAmount>500.00</ram:DuePayableAmount>")
    rows = (b"<ram:ApplicableTradeTax><ram:CalculatedAmount>37.87</ram:CalculatedAmount>"
            b"<ram:BasisAmount>399.00</ram:BasisAmount></ram:ApplicableTradeTax>"
            b"<ram:ApplicableTradeTax><ram:CalculatedAmount>19.00</ram:CalculatedAmount>"
            b"<ram:BasisAmount>74.00</ram:BasisAmount></ram:ApplicableTradeTax>")
    xml = xml.replace(b"<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>",
                      b"<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>" + rows)
    result = extract_invoice(xml)
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("473.00", "56.87", "529.87")
    assert {result.confidence(n) for n in ("subtotal", "tax", "total")} == {0.95}


def test_a_header_element_nested_one_level_off_is_still_read():
    """An older writer put the seller under the settlement instead of the agreement."""
    seller = b"<ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name></ram:SellerTradeParty>"
    currency = b"<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>"
    xml = ZUGFERD1.replace(seller, b"").replace(currency, currency + seller)
    assert extract_invoice(xml).value("vendor_name") == "Lieferant GmbH"
    # A line's own summation never stands in for the header's.
    result = extract_invoice(_v1(b""))
    assert result.value("total") is None and result.value("invoice_number") == "471102"
    assert any("has no grand total" in w for w in result.warnings)


def test_what_the_xml_lacks_is_filled_from_the_printed_page():
    xml = _v1(b"")  # no amounts at all
    pdf = _hybrid(xml, ["Lieferant GmbH", "Rechnung Nr. 471102", "Rechnungsdatum: 05.03.2013",
                        "Nettobetrag: 473,00 EUR", "MwSt. 19%: 56,87 EUR", "Gesamtbetrag: 529,87 EUR"])
    result = extract_invoice(pdf)
    assert result.document.method == "einvoice"
    assert result.value("invoice_number") == "471102"
    assert result.fields["invoice_number"].evidence[0].page == 0  # from the XML
    assert (result.value("subtotal"), result.value("tax"), result.value("total")) == ("473.00", "56.87", "529.87")
    assert result.fields["total"].evidence[0].page == 1  # from the page
    assert any(w.startswith("total: not in the e-invoice XML; 529.87 read from the printed page")
               for w in result.warnings)
    # An optional field the XML leaves out is not taken from the page.
    no_po = xml.replace(b"<ram:BuyerOrderReferencedDocument><ram:ID>PO-1</ram:ID></ram:BuyerOrderReferencedDocument>",
                        b"")
    pdf = _hybrid(no_po, ["Rechnung Nr. 471102", "Bestellnummer: PO-77", "Gesamtbetrag: 529,87 EUR"])
    assert extract_invoice(pdf).value("po_number") is None


def test_an_xml_with_no_invoice_field_gives_way_to_the_page():
    xml = (b'<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100">'
           b"<rsm:ExchangedDocument/></rsm:CrossIndustryInvoice>")
    result = extract_invoice(_hybrid(xml, ["Invoice No. INV-9", "Total: 12.00 USD"], "factur-x.xml"))
    assert result.document.method == "text"
    assert result.value("invoice_number") == "INV-9"
    assert any("carries none of the invoice's fields" in w for w in result.warnings)


def test_xml_with_leading_whitespace_or_an_unknown_encoding_name_is_read():
    assert extract_invoice(b"\n  " + CII).value("total") == "119.00"
    odd = CII.replace(b'encoding="UTF-8"', b'encoding="UTF8-BOGUS"')
    assert read_einvoice(odd).values["total"][0] == "119.00"


# --------------------------------------------------------------------------- the seller's address

def test_the_sellers_postal_address_is_read_from_cii_and_ubl():
    address = (b"<ram:PostalTradeAddress><ram:PostcodeCode>10115</ram:PostcodeCode><ram:LineOne>Hauptstr. 5"
               b"</ram:LineOne><ram:CityName>Berlin</ram:CityName><ram:CountryID>DE</ram:CountryID>"
               b"</ram:PostalTradeAddress>")
    cii = CII.replace(b"<ram:Name>Acme GmbH</ram:Name>", b"<ram:Name>Acme GmbH</ram:Name>" + address)
    result = extract_invoice(cii)
    assert result.value("vendor_address") == "Hauptstr. 5, 10115 Berlin, DE"
    assert result.fields["vendor_address"].evidence[0].text.endswith("ram:PostalTradeAddress")
    assert result.contract_json()["fields"]["vendor_address"]["value"] == "Hauptstr. 5, 10115 Berlin, DE"
    # the buyer's address is never the vendor's
    buyer = (b"<ram:BuyerTradeParty><ram:Name>Kunde AG</ram:Name>" + address.replace(b"Berlin", b"Hamburg")
             + b"</ram:BuyerTradeParty>")
    assert extract_invoice(CII.replace(b"</ram:SellerTradeParty>", b"</ram:SellerTradeParty>" + buyer)
                           ).value("vendor_address") is None
    ubl = UBL_CREDIT.replace(b"<cac:PartyTaxScheme>", b"<cac:PostalAddress><cbc:StreetName>Kerkstraat</cbc:StreetName>"
                             b"<cbc:BuildingNumber>12</cbc:BuildingNumber><cbc:CityName>Utrecht</cbc:CityName>"
                             b"<cbc:PostalZone>3511 AB</cbc:PostalZone><cac:Country><cbc:IdentificationCode>NL"
                             b"</cbc:IdentificationCode></cac:Country></cac:PostalAddress><cac:PartyTaxScheme>", 1)
    assert extract_invoice(ubl).value("vendor_address") == "Kerkstraat 12, 3511 AB Utrecht, NL"


def test_a_country_alone_is_no_address_and_the_page_reads_it():
    seller = b"<ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name>"
    xml = _v1(b"<ram:TaxBasisTotalAmount>473.00</ram:TaxBasisTotalAmount><ram:TaxTotalAmount>56.87"
              b"</ram:TaxTotalAmount><ram:GrandTotalAmount>529.87</ram:GrandTotalAmount>").replace(
        seller, seller + b"<ram:PostalTradeAddress><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>")
    assert extract_invoice(xml).value("vendor_address") is None
    pdf = _hybrid(xml, ["Lieferant GmbH", "Industriestr. 7", "70173 Stuttgart", "", "Rechnung Nr. 471102",
                        "Gesamtbetrag: 529,87 EUR"])
    result = extract_invoice(pdf)
    assert result.value("vendor_address") == "Industriestr. 7, 70173 Stuttgart"
    assert result.fields["vendor_address"].evidence[0].page == 1  # from the page
    assert any(w.startswith("vendor_address: not in the e-invoice XML") for w in result.warnings)
