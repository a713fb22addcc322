"""LocalCRM: the embedded CRM (tables `crm_*`), the default until Salesforce is set up."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from countersign.domain import Opportunity, SalesLine, to_decimal
from countersign.ports import CRMError
from countersign.tables import CrmAccountRow, CrmOpportunityLineRow, CrmOpportunityRow, CrmPriceBookRow

ACCOUNT_FIELDS = ("id", "name", "billing_email", "billing_address", "billing_contact", "tax_id", "requires_po",
                  "tax_exempt", "tax_exemption_certificate")


class LocalCRM:
    name = "local CRM"

    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def list_accounts(self) -> list[dict]:
        with self._sessions() as s:
            return [{f: getattr(r, f) for f in ACCOUNT_FIELDS}
                    for r in s.scalars(select(CrmAccountRow).order_by(CrmAccountRow.id))]

    def closed_won(self, start: date | None = None, end: date | None = None) -> list[Opportunity]:
        with self._sessions() as s:
            query = select(CrmOpportunityRow).where(CrmOpportunityRow.stage == "Closed Won")
            if start:
                query = query.where(CrmOpportunityRow.close_date >= start)
            if end:
                query = query.where(CrmOpportunityRow.close_date <= end)
            return [_opportunity(s, r) for r in s.scalars(query.order_by(CrmOpportunityRow.close_date))]

    def get_opportunity(self, opportunity_id: str) -> Opportunity | None:
        with self._sessions() as s:
            row = s.get(CrmOpportunityRow, opportunity_id.strip().upper())
            return _opportunity(s, row) if row else None

    def price_book(self, currency: str) -> dict[str, Decimal]:
        with self._sessions() as s:
            rows = s.scalars(select(CrmPriceBookRow).where(CrmPriceBookRow.currency == currency))
            return {r.product: r.unit_price for r in rows}

    def write_back(self, opportunity_id: str, *, invoice_number: str | None = None,
                   invoice_status: str | None = None, payment_status: str | None = None) -> None:
        with self._sessions.begin() as s:
            row = s.get(CrmOpportunityRow, opportunity_id)
            if row is None:
                raise CRMError(f"no opportunity {opportunity_id}")
            for field, value in (("invoice_number", invoice_number), ("invoice_status", invoice_status),
                                 ("payment_status", payment_status)):
                if value is not None:
                    setattr(row, field, value)

    def load_seed(self, data: dict[str, Any]) -> None:
        with self._sessions.begin() as s:
            for p in data.get("price_book", []):
                if s.get(CrmPriceBookRow, (p["product"], p.get("currency", "USD"))) is None:
                    s.add(CrmPriceBookRow(product=p["product"], currency=p.get("currency", "USD"),
                                          unit_price=to_decimal(p["unit_price"])))
            for a in data.get("accounts", []):
                if s.get(CrmAccountRow, a["id"]) is None:
                    s.add(CrmAccountRow(**{k: a[k] for k in ACCOUNT_FIELDS if k in a}))
            s.flush()
            for o in data.get("opportunities", []):
                if s.get(CrmOpportunityRow, o["id"]) is not None:
                    continue
                s.add(CrmOpportunityRow(
                    id=o["id"], account_id=o["account_id"], name=o["name"], stage=o["stage"],
                    close_date=date.fromisoformat(o["close_date"]) if o.get("close_date") else None,
                    currency=o.get("currency", "USD"), owner=o.get("owner"), po_reference=o.get("po_reference"),
                    approved_discount_pct=to_decimal(o.get("approved_discount_pct")),
                    invoice_number=o.get("invoice_number"), invoice_status=o.get("invoice_status"),
                    payment_status=o.get("payment_status")))
                s.flush()
                for line in o.get("lines", []):
                    s.add(CrmOpportunityLineRow(opportunity_id=o["id"], product=line["product"],
                                                quantity=to_decimal(line["quantity"]),
                                                unit_price=to_decimal(line["unit_price"])))


def _opportunity(s: Session, r: CrmOpportunityRow) -> Opportunity:
    account = s.get(CrmAccountRow, r.account_id)
    lines = s.scalars(select(CrmOpportunityLineRow).where(CrmOpportunityLineRow.opportunity_id == r.id)
                      .order_by(CrmOpportunityLineRow.id))
    return Opportunity(
        id=r.id, name=r.name, account_id=r.account_id, account_name=account.name, stage=r.stage,
        close_date=r.close_date, currency=r.currency, owner=r.owner,
        lines=[SalesLine(product=line.product, quantity=line.quantity, unit_price=line.unit_price) for line in lines],
        po_reference=r.po_reference, approved_discount_pct=r.approved_discount_pct,
        account_requires_po=bool(account.requires_po),
        billing_contact=account.billing_contact, billing_email=account.billing_email,
        billing_address=account.billing_address, tax_id=account.tax_id, tax_exempt=bool(account.tax_exempt),
        tax_exemption_certificate=account.tax_exemption_certificate, invoice_number=r.invoice_number,
        invoice_status=r.invoice_status, payment_status=r.payment_status,
    )
