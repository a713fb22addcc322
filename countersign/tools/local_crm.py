"""LocalCRM: the embedded CRM (tables `crm_*`), the default until Salesforce is set up."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from countersign.domain import to_decimal
from countersign.tables import CrmAccountRow, CrmOpportunityLineRow, CrmOpportunityRow


class LocalCRM:
    name = "local CRM"

    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def list_accounts(self) -> list[dict]:
        with self._sessions() as s:
            return [
                {
                    "id": r.id,
                    "name": r.name,
                    "billing_email": r.billing_email,
                    "billing_address": r.billing_address,
                    "billing_contact": r.billing_contact,
                }
                for r in s.scalars(select(CrmAccountRow).order_by(CrmAccountRow.id))
            ]

    def closed_won_opportunities(self) -> list[dict]:
        with self._sessions() as s:
            out = []
            for r in s.scalars(select(CrmOpportunityRow).where(CrmOpportunityRow.stage == "Closed Won")):
                lines = s.scalars(select(CrmOpportunityLineRow).where(CrmOpportunityLineRow.opportunity_id == r.id))
                out.append(
                    {
                        "id": r.id,
                        "account_id": r.account_id,
                        "name": r.name,
                        "close_date": r.close_date,
                        "currency": r.currency,
                        "owner": r.owner,
                        "lines": [
                            {"product": l.product, "quantity": l.quantity, "unit_price": l.unit_price} for l in lines
                        ],
                    }
                )
            return out

    def load_seed(self, data: dict[str, Any]) -> None:
        with self._sessions.begin() as s:
            for a in data.get("accounts", []):
                if s.get(CrmAccountRow, a["id"]) is None:
                    s.add(CrmAccountRow(**{k: a.get(k) for k in ("id", "name", "billing_email", "billing_address", "billing_contact")}))
            s.flush()
            for o in data.get("opportunities", []):
                if s.get(CrmOpportunityRow, o["id"]) is not None:
                    continue
                s.add(
                    CrmOpportunityRow(
                        id=o["id"],
                        account_id=o["account_id"],
                        name=o["name"],
                        stage=o["stage"],
                        close_date=date.fromisoformat(o["close_date"]) if o.get("close_date") else None,
                        currency=o.get("currency", "USD"),
                        owner=o.get("owner"),
                    )
                )
                s.flush()
                for line in o.get("lines", []):
                    s.add(
                        CrmOpportunityLineRow(
                            opportunity_id=o["id"],
                            product=line["product"],
                            quantity=to_decimal(line["quantity"]),
                            unit_price=to_decimal(line["unit_price"]),
                        )
                    )
