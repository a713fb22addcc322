"""SalesforceCRM: the CRM port over simple-salesforce.

Reads closed-won opportunities with their line items and the account's billing details, the
standard price book, and writes back the ERP invoice number and invoice / payment status.
Amounts arrive as Decimal (the client is built with `parse_float=Decimal`). Values placed in
SOQL go through `format_soql`, which escapes them.

Custom fields this adapter expects (create them in Setup, or map them in FIELD_MAP):
Opportunity: PO_Reference__c, Approved_Discount_Pct__c, Invoice_Number__c, Invoice_Status__c,
Payment_Status__c. Account: Tax_Id__c, Requires_PO__c, Tax_Exempt__c, Tax_Exemption_Certificate__c,
Billing_Contact__c, Billing_Email__c.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from simple_salesforce import format_soql
from simple_salesforce.exceptions import SalesforceError

from countersign.domain import Opportunity, SalesLine
from countersign.ports import CRMError

FIELD_MAP = {
    "po_reference": "PO_Reference__c",
    "approved_discount_pct": "Approved_Discount_Pct__c",
    "invoice_number": "Invoice_Number__c",
    "invoice_status": "Invoice_Status__c",
    "payment_status": "Payment_Status__c",
    "tax_id": "Tax_Id__c",
    "requires_po": "Requires_PO__c",
    "tax_exempt": "Tax_Exempt__c",
    "tax_exemption_certificate": "Tax_Exemption_Certificate__c",
    "billing_contact": "Billing_Contact__c",
    "billing_email": "Billing_Email__c",
}
_F = FIELD_MAP
OPPORTUNITY_SOQL = (
    "SELECT Id, Name, StageName, CloseDate, OwnerId, AccountId, "
    f"{_F['po_reference']}, {_F['approved_discount_pct']}, {_F['invoice_number']}, {_F['invoice_status']}, "
    f"{_F['payment_status']}, Account.Name, Account.{_F['tax_id']}, Account.{_F['requires_po']}, "
    f"Account.{_F['tax_exempt']}, Account.{_F['tax_exemption_certificate']}, Account.{_F['billing_contact']}, "
    f"Account.{_F['billing_email']}, Account.BillingStreet, Account.BillingCity, Account.BillingState, "
    "Account.BillingPostalCode, Account.BillingCountry, "
    "(SELECT Product2.Name, Quantity, UnitPrice FROM OpportunityLineItems ORDER BY SortOrder) "
    "FROM Opportunity"
)


class SalesforceCRM:
    name = "Salesforce"

    def __init__(self, client, *, currency: str = "USD"):
        """`client` is a simple_salesforce.Salesforce built by the composition root (it logs in)."""
        self._sf = client
        self._currency = currency

    def closed_won(self, start: date | None = None, end: date | None = None) -> list[Opportunity]:
        soql = OPPORTUNITY_SOQL + " WHERE IsWon = TRUE"
        if start:
            soql += format_soql(" AND CloseDate >= {}", start)
        if end:
            soql += format_soql(" AND CloseDate <= {}", end)
        return [self._opportunity(r) for r in self._query(soql + " ORDER BY CloseDate")]

    def get_opportunity(self, opportunity_id: str) -> Opportunity | None:
        records = self._query(OPPORTUNITY_SOQL + format_soql(" WHERE Id = {}", opportunity_id.strip()))
        return self._opportunity(records[0]) if records else None

    def price_book(self, currency: str) -> dict[str, Decimal]:
        soql = ("SELECT Product2.Name, UnitPrice FROM PricebookEntry "
                "WHERE Pricebook2.IsStandard = TRUE AND IsActive = TRUE")
        return {r["Product2"]["Name"]: Decimal(str(r["UnitPrice"])) for r in self._query(soql)}

    def write_back(self, opportunity_id: str, *, invoice_number: str | None = None,
                   invoice_status: str | None = None, payment_status: str | None = None) -> None:
        data = {FIELD_MAP[k]: v for k, v in (("invoice_number", invoice_number), ("invoice_status", invoice_status),
                                              ("payment_status", payment_status)) if v is not None}
        if not data:
            return
        try:
            self._sf.Opportunity.update(opportunity_id, data)
        except SalesforceError as exc:
            raise CRMError(f"Salesforce refused the update of {opportunity_id}: {_message(exc)}") from exc

    # ----------------------------------------------------------------- helpers

    def _query(self, soql: str) -> list[dict[str, Any]]:
        try:
            return list(self._sf.query_all_iter(soql))
        except SalesforceError as exc:
            raise CRMError(f"Salesforce query failed: {_message(exc)}") from exc

    def _opportunity(self, r: dict[str, Any]) -> Opportunity:
        account = r.get("Account") or {}
        items = ((r.get("OpportunityLineItems") or {}).get("records")) or []
        address = ", ".join(str(account[k]) for k in ("BillingStreet", "BillingCity", "BillingState",
                                                     "BillingPostalCode", "BillingCountry") if account.get(k))
        return Opportunity(
            id=r["Id"], name=r["Name"], account_id=r["AccountId"], account_name=account.get("Name", ""),
            stage=r["StageName"], close_date=date.fromisoformat(r["CloseDate"]) if r.get("CloseDate") else None,
            currency=self._currency, owner=r.get("OwnerId"),
            lines=[SalesLine(product=i["Product2"]["Name"], quantity=_dec(i["Quantity"]),
                             unit_price=_dec(i["UnitPrice"])) for i in items],
            po_reference=r.get(_F["po_reference"]),
            approved_discount_pct=_dec(r.get(_F["approved_discount_pct"])),
            account_requires_po=bool(account.get(_F["requires_po"])),
            billing_contact=account.get(_F["billing_contact"]), billing_email=account.get(_F["billing_email"]),
            billing_address=address or None, tax_id=account.get(_F["tax_id"]),
            tax_exempt=bool(account.get(_F["tax_exempt"])),
            tax_exemption_certificate=account.get(_F["tax_exemption_certificate"]),
            invoice_number=r.get(_F["invoice_number"]), invoice_status=r.get(_F["invoice_status"]),
            payment_status=r.get(_F["payment_status"]),
        )


def _dec(value: Any) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, float):  # only if a client was built without parse_float=Decimal
        raise TypeError("Salesforce amounts must be parsed as Decimal (parse_float=Decimal)")
    return Decimal(str(value))


def _message(exc: SalesforceError) -> str:
    content = getattr(exc, "content", None)
    if isinstance(content, list) and content and isinstance(content[0], dict):
        return "; ".join(f"{c.get('errorCode')}: {c.get('message')}" for c in content)
    return str(exc)


def salesforce_client_from_settings(settings):
    """Build the simple-salesforce client from settings: session id + instance URL, JWT bearer,
    or username + password + security token. Logging in is a network call: only call this from
    the composition root when the CRM is actually Salesforce."""
    from simple_salesforce import Salesforce

    common = {"version": settings.sf_api_version, "parse_float": Decimal, "object_pairs_hook": dict}
    secret = lambda s: s.get_secret_value() if s else None  # noqa: E731
    if settings.sf_session_id and settings.sf_instance_url:
        return Salesforce(session_id=secret(settings.sf_session_id), instance_url=settings.sf_instance_url, **common)
    if settings.sf_username and settings.sf_consumer_key and settings.sf_private_key_file:
        return Salesforce(username=settings.sf_username, consumer_key=settings.sf_consumer_key,
                          privatekey_file=str(settings.sf_private_key_file), domain=settings.sf_domain, **common)
    if settings.sf_username and settings.sf_password:
        return Salesforce(username=settings.sf_username, password=secret(settings.sf_password),
                          security_token=secret(settings.sf_security_token) or "", domain=settings.sf_domain,
                          **common)
    raise CRMError("Salesforce is selected but no credentials are set: give COUNTERSIGN_SF_SESSION_ID + "
                   "COUNTERSIGN_SF_INSTANCE_URL, or a JWT key, or username + password + security token")
