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
    october" asks about a sale), by its account's head."""
    said = _name_words(words)
    if not said or any(name_score(" ".join(said), v) >= NAME_SCORE for v in vendor_names):
        return None
    return next((a for a in dict.fromkeys(o.account_name for o in won if o.account_name) if _says_head(said, a)), None)


def vendor_named(words: str, won: Sequence[Opportunity], vendor_names: Sequence[str]) -> str | None:
    """The vendor whose name a deal's reference says when it names no customer, deal or goods of the CRM ("der
    erste Deal von Initech"): our suppliers sell us nothing the CRM sells, so a deal picked by the rest of the words
    ("the first") would be some customer's."""
    said = _name_words(words)
    vendor = next((v for v in vendor_names if _says_head(said, v)), None)
    if vendor is None:
        return None
    sold = {w for o in won for w in plain_name(f"{o.name} {o.account_name} "
                                               f"{' '.join(line.product for line in o.lines)}").split()}
    return None if set(_head(vendor)) <= sold else vendor


def _name_words(words: str) -> list[str]:
    """The words of a reference long enough to be part of a party's name."""
    return [w for w in plain_name(words).split() if len(w) >= 4]


def _head(name: str) -> list[str]:
    """A party's name by its head: its first word when long enough to be a name alone ("Meridian"), else its first
    two ("Blue Harbor", not "blue" alone)."""
    words = plain_name(name).split()
    return words[:1] if words and len(words[0]) >= 6 else words[:2]


def _says_head(said: list[str], name: str) -> bool:
    """Whether words `said` name a party by its head, a typo in it forgiven."""
    head = _head(name)
    return bool(head) and all(any(fuzz.ratio(w, h) >= 85 for w in said) for h in head)
