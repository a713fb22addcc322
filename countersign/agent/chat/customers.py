"""A reference that names a customer of ours where a vendor's name would stand.

"The blue harbor support renewal from early october", "the Meridian paper order from mid-November": the words name
no vendor but a customer of the CRM, so the question is about a sale. An invoice or a PO lookup that went on by the
date or the description alone would answer with whichever supplier's document fits that date; it says so instead,
and the planner asks the CRM for the deal (offline_planner._retry).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from langchain_core.tools import ToolException
from rapidfuzz import fuzz

from countersign.agent.chat.deps import ToolDeps
from countersign.agent.chat.descriptions import DESCRIBED
from countersign.agent.chat.phrasing import as_said, customer_error
from countersign.agent.chat.resolve import FIGURE, NAME_SCORE, month_days, name_score, parse_day, plain_name
from countersign.domain import Opportunity
from countersign.ports import CRMError


def refuse_a_customers(deps: ToolDeps, ref: str, vendor_names: Callable[[], Sequence[str]], error: str) -> None:
    """Raise `error`, saying why, when a dated, described or counted reference names a customer of the CRM and none
    of the vendors: a lookup by the date, the description or the count alone would answer with another party's."""
    if (DESCRIBED.search(ref) or FIGURE.match(ref) or any(parse_day(w) or month_days(w) for w in ref.split())) and (
            customer := named_customer(deps, ref, vendor_names())):
        raise ToolException(customer_error(error, customer, deps.crm.name))


def named_customer(deps: ToolDeps, ref: str, vendor_names: Sequence[str]) -> str | None:
    """The CRM customer `ref` names instead of any of `vendor_names` (None also when the CRM does not answer)."""
    try:
        won = deps.crm.closed_won()
    except CRMError:
        return None
    return customer_named(as_said(ref), won, vendor_names)


def customer_named(words: str, won: Sequence[Opportunity], vendor_names: Sequence[str]) -> str | None:
    """The customer whose name `words` say when they name no vendor ("the blue harbor support renewal from early
    october" asks about a sale): a customer's account by its head, its first word when that is long enough to be
    a name alone ("Meridian"), else its first two ("Blue Harbor", not "blue" alone); a typo in it forgiven."""
    said = [w for w in plain_name(words).split() if len(w) >= 4]
    if not said or any(name_score(" ".join(said), v) >= NAME_SCORE for v in vendor_names):
        return None
    for account in dict.fromkeys(o.account_name for o in won if o.account_name):
        name = plain_name(account).split()
        head = name[:1] if name and len(name[0]) >= 6 else name[:2]
        if head and all(any(fuzz.ratio(w, h) >= 85 for w in said) for h in head):
            return account
    return None
