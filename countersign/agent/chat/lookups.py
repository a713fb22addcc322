"""What a reference in a chat question means, looked up with the store, the ERP and the policy.

The chat tools take what a person typed ("INV-1043", "the Munich supplier's invoice", "the invoice
Sam rejected", "the PO Finance raised") and find the one record it means here: by case id or
invoice number first, then by what resolve.py reads from the cases alone, then by what needs the
vendor master, the decisions or the purchase orders. Reads only; the ports are the read-only halves.
"""

from __future__ import annotations

from langchain_core.tools import ToolException

from countersign.agent.chat.deps import ToolDeps
from countersign.agent.chat.lexicon import REJECTED
from countersign.agent.chat.resolve import field, month_days, parse_day, resolve_case, same_stem
from countersign.agent.chat.understand import fold, read
from countersign.domain import CaseView, PurchaseOrder, Verdict


def find(deps: ToolDeps, case: str):
    """By case id or invoice number, else by what else people call an invoice (`by_words`)."""
    dated = parse_day(case) or month_days(case)  # a date's digits are no invoice number's tail
    found = (None if dated else deps.store.find_case(case)) or by_words(deps, case)
    if found is None:
        raise ToolException(f"no case or invoice matches {case!r}")
    return found


def by_words(deps: ToolDeps, ref: str) -> CaseView | None:
    """The case `ref` means when it is no case id or invoice number: by what resolve.py reads (with
    the vendors' addresses), by who decided it, or as the newest invoice on the PO it names by
    department, requester or delivery ("the invoice on Administration's PO")."""
    found = resolve_with_vendors(deps, ref, deps.store.list_cases()) or decided_by(deps, ref)
    if found is None and (po := po_named(deps, ref)) is not None:
        found = latest_case_for_po(deps.store, po.number)
    return found


def resolve_with_vendors(deps: ToolDeps, ref: str, cases: list[CaseView]) -> CaseView | None:
    """resolve_case, with each case's vendor's address from the ERP's vendor master (read once,
    and only when a town is what is left to try)."""
    addresses: dict[str, str] = {}

    def address_of(case: CaseView) -> str | None:
        if not addresses:
            addresses.update({v.id: v.address for v in deps.erp.list_vendors()})
        return addresses.get(case.vendor_id or "")

    return resolve_case(ref, cases, address_of)


def decided_by(deps: ToolDeps, ref: str) -> CaseView | None:
    """"The invoice Sam Rivera rejected", "die von Priya freigegebene Rechnung": the latest case one
    person named in `ref` (by the policy's names) decided, rejected or approved as `ref` says."""
    said = f" {fold(ref)} "
    named = {pid for pid, person in deps.policy.people.items()
             if f" {fold(person.name)} " in said}  # the whole name first
    if not named:
        named = {pid for pid, person in deps.policy.people.items()
                 if any(len(w) >= 3 and f" {w} " in said for w in fold(person.name).split())}
    if len(named) != 1:
        return None
    rejected = any(f" {stem}" in said for stem in REJECTED)
    verdict = Verdict.REJECT if rejected else Verdict.APPROVE if read(ref).has("approve_word") else None
    for decision in deps.store.decisions_by(named.pop(), limit=50):
        if verdict is None or decision.verdict == verdict:
            proposal = deps.store.get_proposal(decision.proposal_id)
            if proposal is not None and (case := deps.store.get_case(proposal.case_id)) is not None:
                return case
    return None


RECENT_POS = 200  # purchase orders looked at for a department or a requester: those of the newest invoices


def po_named(deps: ToolDeps, ref: str) -> PurchaseOrder | None:
    """"The PO Finance raised", "die Bestellung der Finanzabteilung", "the PO Alex Chen requested",
    "the PO delivered on 5 November" (a day as understand.py writes it, "--11-05"): of the POs the
    newest invoices name, the one whose department, requester or a receipt's day `ref` names (None
    unless exactly one)."""
    said = fold(ref).split()
    days = [d for w in ref.split() if (d := parse_day(w)) is not None]
    pairs = set().union(*(month_days(w) for w in ref.split()))
    people = deps.policy.people
    numbers = dict.fromkeys(str(n) for c in reversed(deps.store.list_cases()) if (n := field(c, "po_number")))
    found = []
    for number in list(numbers)[:RECENT_POS]:
        po = deps.erp.get_purchase_order(number)
        if po is None:
            continue
        requester = people[po.requester].name if po.requester in people else ""
        if (days or pairs) and any(r.received_at in days or (r.received_at.month, r.received_at.day) in pairs
                                   for r in po.receipts):
            found.append(po)
        elif any((names := fold(text).split()) and all(any(w == d or len(d) >= 4 and same_stem(w, d) for w in said)
                                                       for d in names) for text in (po.department or "", requester)):
            found.append(po)
    return found[0] if len(found) == 1 else None


def order_case(deps: ToolDeps, opportunity_id: str):
    """The newest order case for this opportunity (a case's reference is its opportunity id)."""
    found = deps.store.find_case(opportunity_id)
    if found is not None and found.kind == "order" and found.invoice_number == opportunity_id:
        return found
    return next((c for c in reversed(deps.store.list_cases())
                 if c.kind == "order" and c.invoice_number == opportunity_id), None)


def latest_case_for_po(store, po_number: str):
    for case in reversed(store.list_cases()):
        fields = (case.extracted or {}).get("fields", {})
        if (fields.get("po_number") or {}).get("value") == po_number:
            return case
    return None
