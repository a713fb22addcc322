"""The won deal a reference names, read through the CRM (and the ERP, for the deal behind an invoice or payment).

The deal_status tool's lookup when it is given words, not an id: deals.py picks among the CRM's records, and this
module fetches them, the price books and the ERP documents it needs, and raises the errors that say why none or
several fit.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Callable

from langchain_core.tools import ToolException

from countersign.agent.chat.customers import vendor_named
from countersign.agent.chat.deals import find_deals, invoiced_as
from countersign.agent.chat.deps import ToolDeps
from countersign.agent.chat.phrasing import deals_error, no_deal_error, vendor_error
from countersign.domain import Opportunity
from countersign.ports import CRMError, ERPError


def named_deal(deps: ToolDeps, deal: str, today: date) -> Opportunity:
    """The one won deal `deal` names ("the Blue Harbor fit-out"); ToolException naming the deals when several fit,
    saying so when none does, and saying why when the words name one of our vendors rather than a customer."""
    crm, erp = deps.crm, deps.erp
    try:
        won = crm.closed_won()
    except CRMError:
        won = []
    try:
        vendor = vendor_named(deal, won, [v.name for v in erp.list_vendors()])
    except ERPError:
        vendor = None
    if vendor is not None:  # "der erste Deal von Initech": a supplier of ours has no deal with us
        raise ToolException(vendor_error(no_deal_error(deal, crm.name), vendor, erp.name))
    people = deps.policy.people  # the CRM's owner is a Slack id; people say the name
    close = find_deals(deal, won, lambda o: people[o.owner].name if o.owner in people else o.owner,
                       _price_books(deps))
    if not close:  # "the deal behind INVC-0001": the deal an ERP invoice was made from
        try:  # or by the payment that settled it ("the deal PAY-0001 settled")
            span = (today - timedelta(days=730), today + timedelta(days=1))
            ids = invoiced_as(deal, erp.invoices(*span), erp.payments(*span))
        except ERPError:
            ids = set()
        close = [o for o in won if o.id in ids]
    if len(close) > 1:  # a customer with several deals: ask which, naming them
        raise ToolException(deals_error(deal, crm.name, [f"{o.id} ({o.name})" for o in close]))
    if not close:
        raise ToolException(no_deal_error(deal, crm.name))
    return close[0]


def _price_books(deps: ToolDeps) -> Callable[[Opportunity], dict[str, Decimal]]:
    """A deal's price book, by its currency: read from the CRM when first asked, once per currency."""
    books: dict[str, dict[str, Decimal]] = {}

    def of(opp: Opportunity) -> dict[str, Decimal]:
        if opp.currency not in books:
            try:
                books[opp.currency] = deps.crm.price_book(opp.currency)
            except CRMError as exc:
                raise ToolException(f"the {deps.crm.name} did not answer: {exc}") from None
        return books[opp.currency]
    return of
