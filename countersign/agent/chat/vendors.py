"""Which vendor a person means by what the vendor master says of it rather than by its name: its
number ("vendor V002"), its status ("the vendor we've blocked", "der gesperrte Kreditor"), its legal
form ("the only GmbH among our vendors", "the invoice from the LLC"), its default ledger account ("the
vendor that defaults to GL 6100") or how many invoices it sent ("the one vendor we've never had an invoice
from"); and the words of a question that name a vendor, for the planner's call. Pure over the vendors read; the
tools decide what one or several found means.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from countersign.agent.chat.accounts import GL_CODE
from countersign.agent.chat.descriptions import INVOICES, SET_UP, invoice_count_said
from countersign.agent.chat.places import with_street
from countersign.agent.chat.resolve import TAX_TAIL_TOKEN, compact
from countersign.agent.chat.shapes import LEGAL_FORMS, VENDOR_NO
from countersign.agent.chat.understand import MAX_WORDS, fold
from countersign.domain import Vendor, VendorStatus

# stems, folded: "blocked", "gesperrt", "bloqué", "bloqueado", "geblokkeerd"; "inactive", "inaktiv", ...
_STATUS = {VendorStatus.BLOCKED: ("block", "gesperrt", "sperr", "bloque", "geblokkeerd", "blokkeer"),
           VendorStatus.INACTIVE: ("inactiv", "inaktiv", "inactif", "inactief", "deactivat", "deaktiviert",
                                   "desactiv", "gedeactiveerd")}
# a name: a capitalized word before a legal form or another capitalized word (a German noun stands alone)
_NAMED = re.compile(rf"\b[A-Z][\w&.-]*\s+(?:{'|'.join(re.escape(f) for f in LEGAL_FORMS)}|[A-Z][a-z][\w&.-]*)(?![\w.])")


def set_up_by(ref: str, vendors: Sequence[Vendor], people: set[str]) -> list[Vendor]:
    """The vendors the people named (their ids) set up in the vendor master, when `ref` says who set one up;
    [] when it does not say so."""
    return [v for v in vendors if v.created_by in people] if people and SET_UP in ref.split() else []


def status_said(text: str) -> str | None:
    """The vendor-master status a message says ("blocked", "inactive"), which cue words leave out of
    the words for a name."""
    words = fold(text).split()
    return next((str(status) for status, stems in _STATUS.items() if any(w.startswith(stems) for w in words)), None)


def described(ref: str, vendors: Sequence[Vendor], invoices_from: Callable[[Vendor], int] | None = None,
              ) -> list[Vendor]:
    """The vendors `ref` names by number, ledger account, status, legal form or how many invoices came
    from them (`invoices_from`; the first of these it says that any vendor has); [] when it says none of
    them, or says a name besides (status and form)."""
    if (m := INVOICES.search(ref)) and invoices_from is not None:  # "the one vendor we've never had an invoice from"
        return [v for v in vendors if invoices_from(v) == int(m.group(1))]
    if m := TAX_TAIL_TOKEN.search(ref):  # "the vendor whose tax ID ends in 4321" (understand.py)
        return [v for v in vendors if re.sub(r"\D", "", v.tax_id or "").endswith(m.group(1))]
    if m := VENDOR_NO.search(ref):  # "vendor #5" (shapes.py): the id whose digits are that number
        return [v for v in vendors if (digits := re.sub(r"\D", "", v.id)) and int(digits) == int(m.group(1))]
    said = {_unpadded(compact(w)) for w in ref.split()}
    if by_id := [v for v in vendors if _unpadded(compact(v.id)) in said and re.search(r"\d", v.id)]:
        return by_id  # "V003", "v-003", or "V3" as people type it
    if (m := GL_CODE.search(ref)) and (by_account := [v for v in vendors if v.default_account == m.group(1)]):
        return by_account
    if _NAMED.search(ref):
        return []  # a name said ("is Foo Corp blocked?", "Foo Industries"): not a description of one of ours
    if (status := status_said(ref)) and (hits := [v for v in vendors if v.status == status]):
        return hits
    forms = {w.strip(",;:?!()") for w in ref.split()} & LEGAL_FORMS
    return [v for v in vendors if v.name.split() and v.name.split()[-1] in forms]


def _unpadded(key: str) -> str:
    """An id's letters and its number without leading zeros: "V003" and "V3" are one vendor."""
    return re.sub(r"(?<=[A-Z])0+(?=\d)", "", key)


def vendor_words(t: str, r) -> str:
    """What names a vendor in the planner's call: the words, the street said with its number (first, so that no
    length cap cuts it), a status said ("the vendor we've blocked": a cue word otherwise) and how many invoices it sent
    ("the one vendor we've never had an invoice from")."""
    if m := _CALLED.search(t):
        return m.group(1)  # "a vendor called Zenith Widgets": that name, no situation's word ("the office is orange")
    status, count = status_said(t), invoice_count_said(fold(t))
    said = [x for x in (status, count) if x and x not in r.words.split()]
    return with_street(t, " ".join([r.words[:MAX_WORDS - sum(len(x) + 1 for x in said)].strip(), *said]).strip())


_CALLED = re.compile(r"\b(?:called|named|namens|genannt|nomm[ée]e?|appel[ée]e?|llamad[oa]|genaamd|heet)\s+[\"“„«]?"
                     r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)")
