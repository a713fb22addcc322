"""What a reference in a chat question means, looked up with the store, the ERP and the policy.

The chat tools take what a person typed ("INV-1043", "the Munich supplier's invoice", "the invoice
Sam rejected", "the PO Finance raised") and find the one record it means here: by case id or
invoice number first, then by what resolve.py reads from the cases alone, then by what needs the
vendor master, the decisions or the purchase orders. Reads only; the ports are the read-only halves.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import cache

from langchain_core.tools import ToolException

from countersign.agent.chat.accounts import GL_CODE, GL_KIND, kinds_of
from countersign.agent.chat.case_states import FINAL, finding_codes, in_state
from countersign.agent.chat.customers import refuse_a_customers
from countersign.agent.chat.deps import ToolDeps
from countersign.agent.chat.descriptions import DESCRIBED, LINES, PERIOD, RELATION, SET_UP, STATE
from countersign.agent.chat.feasts import named_on
from countersign.agent.chat.findings import FINDING, FINDINGS
from countersign.agent.chat.goods import concepts, same_thing
from countersign.agent.chat.lexicon import DEPARTMENT_NAMES, REJECTED, ROLE_TITLES
from countersign.agent.chat.periods import in_period
from countersign.agent.chat.phrasing import ambiguous_error, as_said, no_match_error
from countersign.agent.chat.ranks import RANK, extreme, pick
from countersign.agent.chat.resolve import (
    best_by_name,
    bought,
    compact,
    described_fits,
    field,
    month_days,
    most_shared,
    of_vendor_named,
    only,
    parse_amount,
    parse_day,
    plain_name,
    prefer_open,
    related,
    resolve_case,
    same_stem,
    shared_words,
)
from countersign.agent.chat.shapes import TOTAL_OF
from countersign.agent.chat.understand import fold, read
from countersign.agent.chat.vendors import described, set_up_by
from countersign.domain import CaseFacts, CaseView, PostedBill, PurchaseOrder, Vendor, Verdict
from countersign.policies.rules.gl import line_accounts
from countersign.policies.rules.purchase_orders import po_ordered_amount


def find(deps: ToolDeps, case: str):
    """By case id or invoice number, else by what else people call an invoice (`by_words`)."""
    dated = parse_day(case) or month_days(case)  # a date's digits are no invoice number's tail
    if found := None if dated else deps.store.find_case(case):
        return found
    cases = deps.store.list_cases()  # read once for every way of naming it below
    if (m := GL_KIND.search(case) or GL_CODE.search(case)) and (fits := coded_to(deps, m, cases)):
        if len(fits) > 1 and (named := resolve_with_vendors(deps, GL_KIND.sub(" ", case), fits)):
            fits = [named]  # "the Acme invoice coded to tools": of those coded so, the one the rest names
        if len(fits) > 1:
            raise _several(fits)
        return fits[0]
    if m := TOTAL_OF.fullmatch(case):
        return _by_total(deps, m, cases)
    if SET_UP in case.split() and named_people(deps, case):  # "from a supplier Dana set up": their invoices only,
        return _one(_set_up_fits(deps, case, cases), case)  # the vendor master read once
    refuse_a_customers(deps, case, lambda: [c.vendor_name for c in cases if c.vendor_name], no_match_error(case))
    if found := by_words(deps, case, cases) or _by_start(case, cases):
        return found
    if fits := _by_digits(case, cases) or _by_prefix(case, cases):
        return _one(fits, case)
    if SET_UP not in case.split() and DESCRIBED.search(case) and len(fits := described_fits(case, cases)) > 1:
        raise _several(fits)
    if head := _day_first(case):
        return find(deps, head)  # "2026-11-14 Folie": the day alone, when the word typed beside it names nothing
    raise ToolException(no_match_error(case))


def _by_total(deps: ToolDeps, m: re.Match[str], cases: list[CaseView]) -> CaseView:
    """"total 1700 acme" (the planner's): that amount among Acme's invoices; else the number alone, which may be an
    invoice's ("total 88120 waded messages", "northwind 5602"), when it is the vendor's named; none when the vendor
    named has no such invoice ("the globex one for 480" is not Umbrella's 480.00)."""
    if found := by_words(deps, m.group(0), cases):
        return found
    named = {c.vendor_name for c in of_vendor_named(m.group(2), cases)}
    try:
        alone = find(deps, m.group(1))
    except Several:
        raise
    except ToolException:
        if not named:
            raise
        alone = None
    if alone is not None and (not named or alone.vendor_name in named):
        return alone
    raise ToolException(no_match_error(f"{m.group(2)} {m.group(1)}"))


def _one(fits: list[CaseView], case: str) -> CaseView:
    """The one case of `fits`; else the error that asks which, or says none fits."""
    if len(fits) > 1:
        raise _several(fits)
    if fits:
        return fits[0]
    raise ToolException(no_match_error(case))


def _day_first(case: str) -> str | None:
    """The day a reference opens with, when words follow it (None otherwise)."""
    head, _, rest = case.partition(" ")
    return head if rest and (parse_day(head) or month_days(head)) else None


class Several(ToolException):
    """Several invoices fit what was said: the asker is asked which (no other reading is tried)."""


def _several(fits: list[CaseView]) -> Several:
    """Several invoices fit what was said: the error that names the first five, to ask which."""
    return Several(ambiguous_error(len(fits), ", ".join(c.invoice_number or c.id for c in fits[:5])))


def coded_to(deps: ToolDeps, said: re.Match[str], cases: list[CaseView]) -> list[CaseView]:
    """The invoices whose lines are coded (PO line, coding rule, vendor default: line_accounts) to the account
    `said` names: its number ("GL 6400") or its kind ("gl:cogs", accounts.py) by the chart's name for it."""
    fits = []
    for case in cases:
        if case.kind != "invoice" or not case.facts:
            continue
        facts = CaseFacts.model_validate(case.facts)
        codes = {line.account for line in line_accounts(facts, deps.policy) if line.account}
        if said.re is GL_CODE:
            hit = said.group(1) in codes
        else:
            chart = {account.code: account.name for account in facts.gl_accounts}
            hit = any(said.group(1) in kinds_of(fold(chart.get(code, ""))) for code in codes)
        if hit:
            fits.append(case)
    open_ = [c for c in fits if c.status not in FINAL]
    return open_ or fits


def _by_start(ref: str, cases: list[CaseView]) -> CaseView | None:
    """The one invoice whose number starts with a number half remembered ("the invoice whose number starts
    INV-88"): its letters and at least two digits."""
    start = compact(ref)
    if not re.fullmatch(r"[a-z]{1,6}\d{2,}", start, re.I):
        return None
    return only([c for c in cases if c.kind == "invoice" and compact(c.invoice_number or "").startswith(start)])


_ID_TYPED = re.compile(r"[A-Z]{1,6}(?:-[A-Z0-9]*\d[A-Z0-9]*)+", re.I)


def _by_digits(ref: str, cases: list[CaseView]) -> list[CaseView]:
    """The invoices an id typed with the wrong letters or a part left out or chunked still names by its digits:
    "IVN-1043" (INV-1043), "INV-5602" for the vendor's NW-5602, "GX-118" for GX-2026-118, "INV-88-120" for
    INV-88120 (three digits at least, ending its number), "UC-077" for UC-77 (its letters and number), "GX-2025-118"
    for GX-2026-118 (its year off by one, typed by habit), "GX-2026-0118" (a group zero-padded). Those whose
    letters are the ones typed first, when several fit."""
    if not _ID_TYPED.fullmatch(ref.strip()):
        return []
    typed = re.findall(r"\d+", ref)
    tail, letters = "".join(typed).lstrip("0"), _letters(ref)

    def fits(number: str) -> bool:
        groups = re.findall(r"\d+", number)
        same = len(typed) == 1 and _letters(number) == letters
        return bool(groups) and (len(tail) >= 3 and "".join(groups).endswith(tail)
                                 or same and int(typed[0]) == int(groups[-1]) or _year_off(number, groups)
                                 or _letters(number) == letters and [int(g) for g in groups] == [int(t) for t in typed])

    def _year_off(number: str, groups: list[str]) -> bool:  # "GX-2025-118": last year's, typed by habit
        pairs = list(zip(groups, typed, strict=False))
        differ = [(a, b) for a, b in pairs if a != b]
        return (_letters(number) == letters and len(groups) == len(typed) > 1 and len(differ) == 1
                and len(differ[0][0]) == len(differ[0][1]) == 4 and abs(int(differ[0][0]) - int(differ[0][1])) == 1)
    found = [c for c in cases if c.kind == "invoice" and c.invoice_number and fits(c.invoice_number)]
    return [c for c in found if _letters(c.invoice_number or "") == letters] or found


def _by_prefix(ref: str, cases: list[CaseView]) -> list[CaseView]:
    """The invoices a reference names by their number's letters, typed in capitals ("die NW-Rechnung mit dem Toner",
    "la factura de NW"): of several, those whose lines share a word with it."""
    said = {m.group(1) for m in re.finditer(r"(?<![\w-])([A-Z]{2,4})(?![\w]|-\d)", ref)}
    fits = [c for c in cases if c.kind == "invoice" and (m := re.match(r"([A-Z]{2,4})-\d", c.invoice_number or ""))
            and m.group(1) in said]
    return most_shared(ref, fits, bought)[1] if len(fits) > 1 else fits


def other_number(ref: str, case: CaseView) -> str | None:
    """The id `ref` typed when it names `case` though it is not its number, its case id nor its PO's number (a
    typo, last year's number, the vendor's letters): the asker is told so; None when it is the case's own."""
    typed = ref.strip()
    # its PO's number names it too ("the one billed against PO-2003")
    own = {compact(case.invoice_number or ""), compact(case.id), compact(str(field(case, "po_number") or ""))}
    if not _ID_TYPED.fullmatch(typed) or compact(typed) in own:
        return None
    return typed


def _letters(number: str) -> str:
    return re.sub(r"[^A-Z]", "", number.upper())


def by_words(deps: ToolDeps, ref: str, cases: list[CaseView] | None = None) -> CaseView | None:
    """The case `ref` means when it is no case id or invoice number: by what resolve.py reads (with
    the vendors' addresses), by who decided it, or as the newest invoice on the PO it names by
    department, requester or delivery ("the invoice on Administration's PO"). Among `cases` when the
    caller has read them."""
    cases = deps.store.list_cases() if cases is None else cases
    if SET_UP in ref.split() and named_people(deps, ref):  # "from a supplier Dana set up": not what Dana decided
        return only(_set_up_fits(deps, ref, cases))
    decided = bool({"approved", "rejected"} & set(ref.split()))  # "the Acme invoice Sam approved": of Sam's, Acme's
    found = decided_by(deps, ref) if decided else None
    found = found or resolve_with_vendors(deps, ref, cases) or (None if decided else decided_by(deps, ref))
    if found is None and not PERIOD.search(ref) and (po := po_named(deps, ref)) is not None:
        found = latest_case_for_po(deps.store, po.number)  # (a period said dates the invoice, not its PO's goods)
    if found is None and (vendors := described(ref, deps.erp.list_vendors())):  # "the invoice from the LLC"
        ids = {v.id for v in vendors}
        found = prefer_open([c for c in cases if c.vendor_id in ids])
    if found is None and (bill := _ledger_bill(deps, ref, cases)) is not None:  # "clashes with BILL-0001"
        found = prefer_open([c for c in cases if c.kind == "invoice" and c.vendor_id == bill.vendor_id
                             and compact(c.invoice_number or "") == compact(bill.invoice_number)])
    if found is None and "rejected" in ref.split() and not named_people(deps, ref):
        found = only([c for c in cases if c.status == "rejected"])  # "the invoice whose status is rejected"
    return found


def _set_up_fits(deps: ToolDeps, ref: str, cases: list[CaseView]) -> list[CaseView]:
    """"The blocked invoice from a supplier Dana set up": of the invoices of the vendors the person named set up, those
    in the state said, else those still open."""
    ids = {v.id for v in set_up_by(ref, deps.erp.list_vendors(), named_people(deps, ref))}
    pool, states = [c for c in cases if c.vendor_id in ids], STATE.findall(ref)
    return [c for c in pool if any(in_state(c, s) for s in states)] if states else [
        c for c in pool if c.status not in FINAL]


_BILL_SCAN = 25  # the vendors whose ledger bills a bill's number is looked for in, newest cases first


def _ledger_bill(deps: ToolDeps, ref: str, cases: list[CaseView]) -> PostedBill | None:
    """The bill in the ledger whose id `ref` says ("the invoice that clashes with BILL-0001"), among the
    bills of the vendors of the latest cases: a bill's number names the invoice it was posted for."""
    said = {compact(w) for w in ref.split() if re.search(r"\d", w)}
    if not said:
        return None
    vendors = list(dict.fromkeys(c.vendor_id for c in sorted(cases, key=lambda c: c.created_at, reverse=True)
                                 if c.vendor_id))[:_BILL_SCAN]
    return next((b for v in vendors for b in deps.erp.bills_for_vendor(v) if compact(b.id) in said), None)


def resolve_with_vendors(deps: ToolDeps, ref: str, cases: list[CaseView]) -> CaseView | None:
    """resolve_case, with each case's vendor's address from the ERP's vendor master."""
    return resolve_case(ref, cases, vendor_address(deps))


def vendor_address(deps: ToolDeps) -> Callable[[CaseView], str | None]:
    """A case's vendor's address from the ERP's vendor master (read once, and only when a place is
    what is left to try); for a vendor the master lacks (not set up yet), the address its invoice prints."""
    addresses: dict[str, str] = {}

    def address_of(case: CaseView) -> str | None:
        if not addresses:
            addresses.update({v.id: v.address for v in deps.erp.list_vendors()})
        return addresses.get(case.vendor_id or "") or _printed_address(case)

    return address_of


def _printed_address(case: CaseView) -> str | None:
    """The vendor's address as the case's reading (or a clerk's correction) has it."""
    field = ((case.extracted or {}).get("fields") or {}).get("vendor_address") or {}
    return field.get("value") if isinstance(field, dict) else None


def decided_by(deps: ToolDeps, ref: str) -> CaseView | None:
    """"The invoice Sam Rivera rejected", "die von Priya freigegebene Rechnung": the latest case one
    person named in `ref` (by the policy's names) decided, rejected or approved as `ref` says; of several, the one the
    rest of `ref` names ("the Acme invoice Sam approved")."""
    named = named_people(deps, ref)
    if len(named) != 1:
        return None
    rejected = any(f" {stem}" in f" {fold(ref)} " for stem in REJECTED)
    verdict = Verdict.REJECT if rejected else Verdict.APPROVE if read(ref).has("approve_word") else None
    found: dict[str, CaseView] = {}
    for decision in deps.store.decisions_by(named.pop(), limit=50):
        if verdict is None or decision.verdict == verdict:
            proposal = deps.store.get_proposal(decision.proposal_id)
            if proposal is not None and (case := deps.store.get_case(proposal.case_id)) is not None:
                found.setdefault(case.id, case)
    several = list(found.values())  # newest first; of several, the one the rest of `ref` names (its vendor)
    return (len(several) > 1 and resolve_with_vendors(deps, ref, several)) or (several[0] if several else None)


def named_people(deps: ToolDeps, ref: str) -> set[str]:
    """The ids of the people (the policy's) `ref` names: by the whole name, else by one of its words."""
    said = f" {fold(ref)} "
    named = {pid for pid, person in deps.policy.people.items() if f" {fold(person.name)} " in said}
    return named or {pid for pid, person in deps.policy.people.items()
                     if any(len(w) >= 3 and f" {w} " in said for w in fold(person.name).split())}


RECENT_POS = 200  # purchase orders looked at for a department or a requester: those of the newest invoices


def po_named(deps: ToolDeps, ref: str, recent: list[PurchaseOrder] | None = None) -> PurchaseOrder | None:
    """"The PO Finance raised", "die Bestellung der Finanzabteilung", "the PO Alex Chen requested", "the CFO's PO",
    "the PO raised against vendor V004" (the vendor master's id),
    "the PO delivered on 5 November" (a day as understand.py writes it, "--11-05"), "the PO for 500
    units at 3.20", "the PO coded to GL 6400": of the POs the newest invoices name, the one whose
    department, requester, a receipt's day or its lines' figures `ref` names (None unless exactly one)."""
    recent = _recent_pos(deps) if recent is None else recent  # read once: each is an ERP call
    if (lines := _line_figures(ref)) is not None and (po := _po_by_lines(recent, *lines)) is not None:
        return po  # else its figures may be a year or a count, and its words still name the PO
    if DESCRIBED.search(ref):
        found = _po_described(deps, ref, recent)
        return found[0] if len(found) == 1 else None
    said, typed = fold(ref).split(), {compact(w) for w in ref.split()}
    for who in ("requester", "vendor_id"):  # "the PO raised by requester U0OFFICE01", "raised against vendor V004"
        if by_id := [po for po in recent if getattr(po, who) and compact(getattr(po, who)) in typed]:
            return by_id[0] if len(by_id) == 1 else None
    days = [d for w in ref.split() if (d := parse_day(w)) is not None]
    pairs = set().union(*(month_days(w) for w in ref.split()))
    people = deps.policy.people
    firsts = Counter(fold(p.name).split()[0] for p in people.values() if p.name.split())
    found = []
    for po in recent:
        person = people.get(po.requester or "")
        first = fold(person.name).split()[0] if person and person.name.split() else ""
        if first and firsts[first] == 1 and len(first) >= 3 and first in said:  # "Robin's PO": a first name no one
            found.append(po)  # else in the policy has
            continue
        if (days or pairs) and any(r.received_at in days or (r.received_at.month, r.received_at.day) in pairs
                                   for r in po.receipts) or any(named_on(ref, r.received_at) for r in po.receipts):
            found.append(po)
        elif any((names := fold(text).split()) and all(any(w == d or len(d) >= 4 and same_stem(w, d) for w in said)
                                                       for d in names)
                 for text in (po.department or "", *DEPARTMENT_NAMES.get(fold(po.department or ""), ()),
                              person.name if person else "",
                              *(t for r in (person.roles if person else ()) for t in (r, *ROLE_TITLES.get(r, ()))))):
            found.append(po)  # by its department, its requester's name or role ("the CFO's PO", "du DAF")
    if len(found) > 1:  # "Robin's drills PO", "le bon de commande de Robin pour les perceuses": by its goods too
        found = [po for po in found if any(same_thing(w, d) for w in said for line in po.lines
                                           for d in fold(line.description).split())] or found
    return found[0] if len(found) == 1 else None


def po_by_contents(deps: ToolDeps, ref: str) -> PurchaseOrder | None:
    """Of the POs the newest invoices name, the one whose lines carry the figures `ref` says ("the PO for 24,000"),
    else the one whose lines have the most of the goods it names ("the mounting-hardware PO", "die Bestellung für die
    Implementierungsarbeiten", "the A4 paper PO"); None when it says neither or two POs fit as well. A figure
    comes first: an aside's words may name goods too ("a pallet with no paperwork")."""
    recent = _recent_pos(deps)
    if (lines := _line_figures(ref)) is not None and (po := _po_by_lines(recent, *lines)) is not None:
        return po  # else a year or a count, and the words still name it
    goods = " ".join(w for w in plain_name(ref).split() if concepts(w) or _MODEL.fullmatch(w))
    if not goods:
        return None
    if (named := po_named(deps, ref, recent)) is not None:
        return named  # its department or requester says more than a word that may name goods ("budgethouder")
    most, pos = most_shared(goods, recent, lambda po: " ".join(line.description for line in po.lines))
    return pos[0] if most and len(pos) == 1 else None


_MODEL = re.compile(r"\d+[a-z]+|[a-z]+\d+")  # "18v", "a4": a model or size goods are named by


def _vendor_name(deps: ToolDeps, po: PurchaseOrder) -> str:
    return v.name if (v := deps.erp.get_vendor(po.vendor_id)) else ""


def _po_described(deps: ToolDeps, ref: str, recent: list[PurchaseOrder]) -> list[PurchaseOrder]:
    """The POs a description picks: "the PO delivered a week before the Initech one" (by its latest
    receipt), "the cheaper of our two single-line POs" (by lines, then its ordered amount), "the PO whose
    goods arrived most recently", "the PO whose invoice has already been booked" (its invoice's state), "the
    PO with the price dispute" (its invoice's findings)."""
    def received(po: PurchaseOrder):
        return max((r.received_at for r in po.receipts), default=None)

    if m := RELATION.search(ref):
        names = {po.number: _vendor_name(deps, po) or po.vendor_id for po in recent}
        return related(recent, int(m.group(1)), m.group(2), recent, lambda po: names[po.number], received)
    pool = [po for po in recent if not (m := LINES.search(ref)) or len(po.lines) == int(m.group(1))]
    if m := PERIOD.search(ref):  # "the PO delivered in wk 46", "early in November": a receipt's day
        pool = [po for po in pool if any(in_period(r.received_at, m) for r in po.receipts)]
    if m := FINDING.search(ref):  # "the PO with the price dispute": its invoice's checks found it
        pool = [po for po in pool if (case := latest_case_for_po(deps.store, po.number)) is not None
                and FINDINGS[m.group(1)] & set(finding_codes(case))]
    if states := STATE.findall(ref):  # "whose invoice has already been booked"
        pool = [po for po in pool if (case := latest_case_for_po(deps.store, po.number)) is not None
                and any(in_state(case, s) for s in states)]
    if said := [w for w in fold(as_said(ref)).split() if concepts(w)]:  # goods a PO carries, by their own name: of
        carried = {po.number: fold(" ".join([*(line.description for line in po.lines), _vendor_name(deps, po)])).split()
                   for po in recent}  # those ("the paper PO"); what each is for, and from whom ("the consulting PO")
        if goods := [w for w in said if any(same_thing(w, d, kinds=False) for ws in carried.values() for d in ws)]:
            pool = [po for po in pool if any(same_thing(w, d, kinds=False) for w in goods for d in carried[po.number])]
    if m := RANK.search(ref):
        direction = m.group(1)

        def unit_price(po: PurchaseOrder) -> Decimal | None:  # its cheapest line's, or dearest when the most is asked
            return extreme((line.unit_price for line in po.lines), direction)
        key = {"total": po_ordered_amount, "unit": unit_price}.get(m.group(2), received)
        return pick(pool, direction, key, int(m.group(3) or 1))
    return pool


_FIGURES = re.compile(r"(?:^|(?<=\s))(?:(qty|unit|GL) )?([$€£]?\d[\d.,]*)(?=\s|$)")  # no date's digits


def _line_figures(ref: str) -> tuple[dict[str, set[Decimal]], set[str]] | None:
    """What `ref` says of a PO's lines: quantities ("qty 500"), unit prices ("unit 3.20"), figures of
    either ("500"), and ledger accounts ("GL 6400"); None when it says none of these."""
    said: dict[str, set[Decimal]] = {"qty": set(), "unit": set(), "": set()}
    accounts = set()
    for m in _FIGURES.finditer(ref):
        if m.group(1) == "GL":
            accounts.add(m.group(2))
        elif (value := parse_amount(m.group(2))) is not None:
            said[m.group(1) or ""].add(value)
    return (said, accounts) if accounts or any(said.values()) else None


def _po_by_lines(pos: list[PurchaseOrder], said: dict[str, set[Decimal]], accounts: set[str]) -> PurchaseOrder | None:
    """Of `pos`, the one whose lines have every figure and account said (a bare figure may be its total)."""
    found = []
    for po in pos:
        quantities, prices = {line.quantity for line in po.lines}, {line.unit_price for line in po.lines}
        if (said["qty"] <= quantities and said["unit"] <= prices
                and said[""] <= quantities | prices | {po_ordered_amount(po)}  # "the PO worth 1,600 in total"
                and accounts <= {line.account for line in po.lines if line.account}):
            found.append(po)
    return found[0] if len(found) == 1 else None


def _recent_pos(deps: ToolDeps) -> list[PurchaseOrder]:
    """The purchase orders the newest invoices name (RECENT_POS at most), newest first."""
    numbers = dict.fromkeys(str(n) for c in reversed(deps.store.list_cases()) if (n := field(c, "po_number")))
    return [po for number in list(numbers)[:RECENT_POS] if (po := deps.erp.get_purchase_order(number)) is not None]


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


def vendors_selling(deps: ToolDeps, words: str, vendors: Sequence[Vendor]) -> list[Vendor]:
    """The vendors whose invoices bill the goods `words` name ("our drill supplier", "notre fournisseur de perceuses"),
    in any of the five languages (goods.py's glossary)."""
    ids = {c.vendor_id for c in deps.store.list_cases() if c.vendor_id and shared_words(words, bought(c), shortest=4)}
    return [v for v in vendors if v.id in ids]


def vendors_by_spend(deps: ToolDeps, vendors: list[Vendor], direction: str) -> list[Vendor]:
    """The vendor we were invoiced most (or least) by, over all its invoices; none when they are in several
    currencies, which no total can compare."""
    spend: dict[str, Decimal] = {}
    currencies = set()
    for case in deps.store.list_cases():
        if case.kind == "invoice" and case.vendor_id and case.total is not None:
            spend[case.vendor_id] = spend.get(case.vendor_id, Decimal(0)) + case.total
            currencies.add(case.currency)
    return pick([v for v in vendors if v.id in spend], direction, lambda v: spend[v.id]) if len(currencies) == 1 else []


def invoices_from(deps: ToolDeps) -> Callable[[Vendor], int]:
    """How many invoices came from a vendor: its cases, and when it has none, its bills in the ledger."""
    @cache
    def counts() -> dict[str, int]:  # read on first use: most descriptions of a vendor never count invoices
        return Counter(c.vendor_id for c in deps.store.list_cases() if c.kind == "invoice" and c.vendor_id)

    return lambda v: counts().get(v.id) or len(deps.erp.bills_for_vendor(v.id))


def a_vendor(deps: ToolDeps, words: str) -> bool:
    """Whether words name a vendor of the vendor master: by its number or its name, misspelt or partly."""
    vendors = deps.erp.list_vendors()
    return any(compact(v.id) == compact(words) for v in vendors) or bool(best_by_name(words, vendors, lambda v: v.name))
