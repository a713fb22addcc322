"""What `audit verify` checks, as plain functions over the log's rows, its anchors and its events.

Three questions, each independent of the database's own say-so:
- **the chain**: every event in sequence, its payload digest, its link to the previous event and
  its own hash recomputed, and its MAC, keyed with a secret the database does not hold (so a copy
  of the database cannot append, renumber or re-chain events);
- **the anchors**: every head written to the anchor file outside the database (after each
  commit) is still in the log, unchanged; deleting the last events, or all of them, shows here;
- **the meaning**: every posting follows enough approvals, each by someone whose authority (as
  recorded with the decision, under the policy of its time) covers the requirement, of a
  proposal that no correction or re-run had superseded.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from json.encoder import encode_basestring_ascii as _json_string  # canonical_json's
from operator import attrgetter
from typing import Any, Protocol

from countersign.domain import AuditEvent, canonical_json, sha256_hex

GENESIS = "0" * 64
POSTINGS = ("posted", "vendor_created")  # the events that record an outside system changed
# What `check_postings` reads: the other events' payloads need not even be decoded.
POSTING_EVIDENCE = frozenset({"approval_requested", "decision_approve", "decision_reject", "proposal_superseded",
                              *POSTINGS})


class NotUTF8(bytes):
    """Text in the database that is not UTF-8, as read (app/audit.py): only in an edited row."""


class ChainRow(Protocol):
    seq: int
    at: datetime
    actor: str
    action: str
    subject: str
    payload: str
    payload_digest: str
    prev_hash: str
    hash: str
    mac: str | None


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    events: int
    first_bad_seq: int | None = None
    reason: str = ""
    problems: list[str] = field(default_factory=list)  # anchors and meaning, beyond the chain's first break


def event_hash(seq: int, at: datetime, actor: str, action: str, subject: str, payload_digest: str,
               prev_hash: str) -> str:
    """The SHA-256 of the canonical JSON of the event's fields, written here as canonical_json
    writes it (sorted keys, its string escaping) in half the time: `verify` pays it per event."""
    texts = (action, actor, at.isoformat(), payload_digest, prev_hash, subject)
    if type(seq) is not int or set(map(type, texts)) != {str}:  # only a tampered row: the general way
        return sha256_hex(canonical_json({"seq": seq, "at": texts[2], "actor": actor, "action": action,
                                          "subject": subject, "payload_digest": payload_digest,
                                          "prev_hash": prev_hash}))
    a, b, c, d, e, f = map(_json_string, texts)
    return sha256_hex(f'{{"action":{a},"actor":{b},"at":{c},"payload_digest":{d},"prev_hash":{e},"seq":{seq},'
                      f'"subject":{f}}}')


def event_mac(key: bytes, hash_: str) -> str:
    return hmac.digest(key, f"event:{hash_}".encode(), "sha256").hex()  # one-shot C HMAC: verify runs it per event


def anchor_mac(key: bytes, seq: int, hash_: str) -> str:
    return hmac.digest(key, f"anchor:{seq}:{hash_}".encode(), "sha256").hex()


def check_chain(rows: Iterable[ChainRow], key: bytes | None) -> tuple[int, int | None, str, dict[int, str]]:
    """(events read, first bad seq or None, why, hash by seq). Events written before MACs were
    kept may lack one, but only as the log's first stretch: a MAC-less event after a MAC'd one
    is an insertion."""
    prev, expected, count, macs_begun = GENESIS, 1, 0, False
    hashes: dict[int, str] = {}
    for row in rows:
        count += 1
        problem = row_problem(row, expected, prev, key, macs_begun)
        if problem:  # an edited seq that is no number is named in the problem, the break by its place
            return count, row.seq if type(row.seq) is int else expected, problem, hashes
        macs_begun = macs_begun or row.mac is not None
        hashes[row.seq] = row.hash
        prev, expected = row.hash, expected + 1
    return count, None, "", hashes


_TEXT_FIELDS = ("actor", "action", "subject", "payload", "payload_digest", "prev_hash", "hash")  # and mac, or None
_texts = attrgetter(*_TEXT_FIELDS)


def row_problem(row: ChainRow, expected: int, prev: str, key: bytes | None, macs_begun: bool) -> str:
    if row.seq != expected:
        return f"sequence gap: expected {expected}, found {_shown(row.seq)}"
    if not _well_typed(row):
        return _not_text(row)
    if sha256_hex(row.payload) != row.payload_digest:
        return "payload does not match its digest"
    if row.prev_hash != prev:
        return "previous-hash link broken"
    if event_hash(row.seq, row.at, row.actor, row.action, row.subject, row.payload_digest, row.prev_hash) != row.hash:
        return "event hash does not match its contents"
    if row.mac is None:
        return "event carries no MAC after MAC'd events: it was not written by countersign" if macs_begun else ""
    if key is None:
        return "events carry MACs but no audit key was given to check them"
    if not hmac.compare_digest(row.mac, event_mac(key, row.hash)):
        return "event MAC is wrong: the event was forged or re-chained without the audit key"
    return ""


def _well_typed(row: ChainRow) -> bool:
    return (type(row.at) is datetime and set(map(type, _texts(row))) == {str}  # one set an event
            and (row.mac is None or type(row.mac) is str))


def _not_text(row: ChainRow) -> str:
    """A blob, a number, a NULL or bytes that are no UTF-8 written over a field by someone editing
    the database file; or a time that is no timestamp."""
    if type(row.at) is not datetime:
        return f"at is not a timestamp but {_shown(row.at)}: the row was edited outside countersign"
    for name in (*_TEXT_FIELDS, "mac"):
        value = getattr(row, name)
        if type(value) is not str and not (name == "mac" and value is None):
            return f"{name} is not text but {_kind(value)}: the row was edited outside countersign"
    return "a field is not text: the row was edited outside countersign"


def shape_problem(row: ChainRow) -> str:
    """Why a row cannot be read as an event at all ("" if it can): a seq that is no number, a
    field of the wrong type (_not_text), a payload that is no JSON object. `audit show` names such
    an event where it would show it; `verify` finds all of it, and more, in row_problem."""
    if type(row.seq) is not int:
        return f"seq is {_shown(row.seq)}, not a number: the row was edited outside countersign"
    if not _well_typed(row):
        return _not_text(row)
    if payload_object(row.payload) is None:
        return "payload is not a JSON object: the row was edited outside countersign"
    return ""


def _shown(value: object) -> str:
    """A value for a message, however large the edit: text quoted and cut short, a short number as
    it is, else its kind."""
    if type(value) is str:
        return f"the text {value[:40]!r}" + ("..." if len(value) > 40 else "")
    if type(value) in (float, bool) or type(value) is int and abs(value) < 10**40:
        return str(value)
    return "null" if value is None else _kind(value)


def _kind(value: object) -> str:
    return "bytes that are not UTF-8" if type(value) is NotUTF8 else type(value).__name__


def timestamp(value: object) -> object:
    """An event's `at` as the database gave it (PostgreSQL's datetime, SQLite's ISO text), as aware
    UTC, as the table's UTCDateTime reads it; anything else, only in an edited row, as it came, for
    row_problem to name."""
    if type(value) is str:
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if not isinstance(value, datetime):
        return value
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def payload_object(text: object) -> dict[str, Any] | None:
    """An event's payload decoded; None for one that is no JSON object (only in an edited row)."""
    try:
        payload = json.loads(text) if type(text) is str else None
    except (ValueError, RecursionError):
        return None
    return payload if isinstance(payload, dict) else None


HEX_DIGITS = "0123456789abcdef"
MAX_SEQ = 2**63 - 1  # the largest seq a database's integer column holds


def anchor_problem(anchor: object) -> str:
    """Why an anchor is not one countersign writes; "" for a valid one. A valid anchor is a JSON
    object whose `seq` is an integer (not a boolean, not a float) from 1 to MAX_SEQ, whose `hash`
    is 64 lowercase hex digits, and whose `mac`, if present, is null or 64 lowercase hex digits.
    Other keys (`at`) are not checked: the MAC covers seq and hash only."""
    if not isinstance(anchor, dict):
        return f"it is JSON but {type(anchor).__name__}, not an object"
    seq, hash_, mac = anchor.get("seq"), anchor.get("hash"), anchor.get("mac")
    if type(seq) is not int or not 1 <= seq <= MAX_SEQ:
        return f"its seq is {_shown(seq) if 'seq' in anchor else 'missing'}, not an event number"
    if not _hex64(hash_):
        return f"its hash is {_shown(hash_) if 'hash' in anchor else 'missing'}, not 64 hex digits"
    if mac is not None and not _hex64(mac):
        return f"its mac is {_shown(mac)}, not 64 hex digits"
    return ""


def _hex64(value: object) -> bool:
    """64 lowercase hex digits: stripped of them, nothing is left (twice as fast as a set's test, and
    `verify` asks it four times per anchor: 0.01 s on 8,800 anchors)."""
    return type(value) is str and len(value) == 64 and not value.strip(HEX_DIGITS)


def read_anchors(lines: Iterable[bytes | str]) -> list[dict[str, Any]]:
    """The anchor file's lines as anchors; a line that is not a valid anchor (anchor_problem), not
    JSON or not UTF-8 becomes {"bad_line": its number, "why": ...}."""
    out: list[dict[str, Any]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            anchor = json.loads(line.decode() if isinstance(line, bytes) else line)
        except UnicodeDecodeError:
            why = "it is not UTF-8 text"
        except (ValueError, RecursionError):  # ValueError: JSON, and an integer of over 4,300 digits
            why = "it is not JSON"
        else:
            why = anchor_problem(anchor)
            if not why:
                out.append({"seq": anchor["seq"], "hash": anchor["hash"], "mac": anchor.get("mac")})
                continue
        out.append({"bad_line": number, "why": why})
    return out


def check_anchors(anchors: Sequence[dict[str, Any]], hashes: dict[int, str], key: bytes | None) -> list[str]:
    """Every anchored head must still be in the log as it was; a MAC'd anchor proves it was ours."""
    problems: list[str] = []
    for number, anchor in enumerate(anchors, start=1):
        if "bad_line" in anchor:
            problems.append(f"anchor file line {anchor['bad_line']} is not an anchor: {anchor.get('why')}")
            continue
        why = anchor_problem(anchor)
        if why:
            problems.append(f"anchor {number} is not an anchor: {why}")
            continue
        seq, hash_, mac = anchor["seq"], anchor["hash"], anchor.get("mac")
        if key is not None and not (mac is not None and hmac.compare_digest(mac, anchor_mac(key, seq, hash_))):
            problems.append(f"anchor for event {seq} has a wrong MAC")
        elif seq not in hashes:
            problems.append(f"event {seq} was anchored outside the database but is missing from the log "
                            f"(the log ends at {max(hashes, default=0)}): events were deleted")
        elif hashes[seq] != hash_:
            problems.append(f"event {seq} differs from its anchor: the log was rewritten")
    return problems


def check_postings(events: Sequence[AuditEvent]) -> list[str]:
    """Every posting follows enough authorized approvals, no rejection of its proposal, and no
    supersession of it (a correction or a re-run replaced it)."""
    requested: dict[str, dict[str, Any]] = {}
    approvals: dict[str, list[AuditEvent]] = {}
    rejected: set[str] = set()
    superseded: set[str] = set()
    problems: list[str] = []
    for event in events:
        proposal_id = str(event.payload.get("proposal_id") or "")
        if event.action == "approval_requested":
            requested[proposal_id] = event.payload
        elif event.action == "decision_approve":
            approvals.setdefault(proposal_id, []).append(event)
        elif event.action == "decision_reject":
            rejected.add(proposal_id)
        elif event.action == "proposal_superseded":
            superseded.add(proposal_id)
        elif event.action in POSTINGS and proposal_id:
            if proposal_id in superseded:  # approved for one set of values, replaced by a correction
                problems.append(f"event {event.seq} ({event.action} of {proposal_id}): the proposal was superseded "
                                "by a correction or a re-run before it posted; its approvals no longer counted")
                continue
            problem = _posting_problem(event, requested.get(proposal_id), approvals.get(proposal_id, []),
                                       proposal_id in rejected)
            if problem:
                problems.append(problem)
    return problems


def _posting_problem(event: AuditEvent, requested: dict[str, Any] | None, approvals: list[AuditEvent],
                     was_rejected: bool) -> str:
    proposal_id = event.payload.get("proposal_id")
    where = f"event {event.seq} ({event.action} of {proposal_id})"
    if was_rejected:
        return f"{where}: the proposal was rejected before it posted"
    requirement = _requirement(requested, approvals)
    if requirement is None:
        return f"{where}: no approval was ever requested for it"
    roles, named = set(requirement.get("roles") or []), set(requirement.get("approvers") or [])
    counted = {a.actor for a in approvals if "authority" not in a.payload  # recorded before authority was kept
               or a.actor in named or roles & set(a.payload.get("authority") or [])}
    needed = int(requirement.get("approvers_required") or 1)
    if len(counted) < needed:
        return (f"{where}: posted with {len(counted)} authorized approval(s) where {needed} were required "
                f"(roles {', '.join(sorted(roles)) or 'none'})")
    return ""


def _requirement(requested: dict[str, Any] | None, approvals: list[AuditEvent]) -> dict[str, Any] | None:
    """The requirement the last decision was taken under; else the one requested."""
    for approval in reversed(approvals):
        if approval.payload.get("requirement"):
            return approval.payload["requirement"]
    return requested
