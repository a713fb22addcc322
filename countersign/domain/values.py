"""Values every layer shares: the clock, money, hashing, and how ids, names and numbers compare.

Pure functions. Money is `Decimal` (a float is refused); times are aware UTC. The normalizers
are the one definition of "the same" for invoice numbers, tax ids, IBANs, vendor names and
line descriptions, used alike by matching, validation and the ledger's index keys.
Example: `normalize_name("Globex Industrial GmbH & Co. KG")` is "globex industrial";
`fmt_money(Decimal("89"))` is "89.00"; `fmt_pct(Decimal("11.235"))` is "+11.24%".
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date, datetime, timezone
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from pydantic import BaseModel

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
_LEGAL_SUFFIXES = frozenset({
    "ltd", "limited", "inc", "incorporated", "llc", "llp", "lp", "corp", "corporation", "co", "company",
    "gmbh", "mbh", "ag", "kg", "ohg", "ug", "se", "sa", "sas", "sarl", "eurl", "bv", "nv", "plc", "pty", "pte",
    "srl", "spa", "sl", "oy", "ab", "as", "aps", "kk", "pvt", "pllc", "lda", "ltda", "sro", "zoo", "kft",
})
_CONNECTORS = frozenset({"and", "und", "et", "y"})


def utcnow() -> datetime:
    """The one clock of the application: aware UTC."""
    return datetime.now(timezone.utc)


def to_decimal(value: Any) -> Decimal | None:
    """Decimal from a plain decimal string or int; None when absent. Floats are refused."""
    if value is None or value == "":
        return None
    if isinstance(value, float):
        raise TypeError("money must not be a float")
    try:
        return Decimal(str(value))
    except InvalidOperation as exc:
        raise ValueError(f"not a decimal amount: {value!r}") from exc


def canonical_json(data: Any) -> str:
    """Stable JSON (sorted keys, no spaces, Decimal/date as strings) for hashing and keys."""
    return _CANONICAL.encode(data)


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    raise TypeError(f"cannot serialise {type(value).__name__}")


# One encoder for every call (json.dumps with options builds a new one each time; `audit verify`
# hashes thousands of events). Encoding keeps no state between calls.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), default=_json_default)


def sha256_hex(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode()
    return hashlib.sha256(data).hexdigest()


def normalize_invoice_number(number: str | None) -> str:
    """Invoice numbers compared without case, spaces or punctuation ("INV-0042" == "inv 0042")."""
    return "".join(ch for ch in (number or "").upper() if ch.isalnum())


def normalize_id(value: str | None) -> str:
    """Tax ids and IBANs compared without case, spaces or punctuation: "de 811.569.869" -> "DE811569869"."""
    return re.sub(r"[^0-9A-Z]", "", (value or "").upper())


def normalize_name(name: str | None) -> str:
    """A vendor name reduced for comparison: lowercase, "&" as "and", dots dropped ("S.A." ->
    "sa"), other punctuation as spaces, and trailing legal suffixes removed ("Globex Industrial
    GmbH & Co. KG" -> "globex industrial"). A name that is nothing but suffixes is kept whole."""
    text = (name or "").lower().replace("&", " and ").replace(".", "")
    words = re.sub(r"[^0-9a-z\u00c0-\u024f ]", " ", text).split()
    kept = list(words)
    while kept and (kept[-1] in _LEGAL_SUFFIXES or kept[-1] in _CONNECTORS):
        kept.pop()
    return " ".join(kept or words)


def normalize_description(text: str | None) -> str:
    """Descriptions compared without case or punctuation: "A4 Copy-Paper (box)" -> "a4 copy paper box"."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", (text or "").lower()).split())


def fmt_money(amount: Decimal) -> str:
    """Money as a plain decimal string with at least two places: 89 -> "89.00", 3.125 -> "3.125"."""
    if amount.is_finite() and amount.as_tuple().exponent > -2:  # type: ignore[operator]
        amount = amount.quantize(CENT)
    return format(amount, "f")


def fmt_number(value: Decimal) -> str:
    """A quantity or percentage without trailing zeros: Decimal("10.00") -> "10", 2.50 -> "2.5"."""
    if value == 0:
        return "0"
    return format(value.normalize(), "f")


def fmt_pct(value: Decimal) -> str:
    """A signed percentage with two places: +11.24%."""
    return f"{value.quantize(CENT, rounding=ROUND_HALF_UP):+f}%"
