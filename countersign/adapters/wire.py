"""JSON on the wire without a float anywhere: Decimals go out as JSON numbers written exactly,
numbers come back as Decimal. Used by the ERP clients that speak JSON themselves (NetSuite,
Business Central, Sage Intacct); Xero's SDK sends floats, so its builders check each amount
survives that trip (`exact_float`)."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

from countersign.ports import ERPError

_DEC = re.compile(r'"__DECIMAL__(-?[0-9]+(?:\.[0-9]+)?)__"')


def dumps(payload: Any) -> str:
    """JSON text; a Decimal is written as a number with exactly its digits (1290.00 stays 1290.00)."""
    def default(value: Any) -> Any:
        if isinstance(value, Decimal):
            if not value.is_finite():
                raise ERPError(f"refusing to send the amount {value}")
            return f"__DECIMAL__{value:f}__"
        raise TypeError(f"{type(value).__name__} is not JSON")

    for bad in _floats(payload):
        raise ERPError(f"refusing to send the float {bad!r}: amounts are Decimal")
    return _DEC.sub(r"\1", json.dumps(payload, default=default, ensure_ascii=False))


def loads(text: str | bytes) -> Any:
    """Parsed JSON with every non-integer number as a Decimal."""
    return json.loads(text, parse_float=Decimal)


def _floats(payload: Any):
    if isinstance(payload, float):
        yield payload
    elif isinstance(payload, dict):
        for value in payload.values():
            yield from _floats(value)
    elif isinstance(payload, (list, tuple)):
        for value in payload:
            yield from _floats(value)


def money(value: Decimal | int | str, places: int = 2) -> Decimal:
    """An amount quantized to `places` decimals; a float is refused, never rounded."""
    if isinstance(value, float):
        raise ERPError(f"refusing the float amount {value!r}")
    return Decimal(str(value)).quantize(Decimal(1).scaleb(-places))


def exact(value: Decimal, places: int, what: str) -> Decimal:
    """`value` quantized to `places` decimals when that changes nothing; else an ERPError (never rounded)."""
    quantized = money(value, places)
    if quantized != value:
        raise ERPError(f"{what} {value} has more than {places} decimals; not sending a rounded amount")
    return quantized


def exact_float(value: Decimal, places: int, what: str) -> Decimal:
    """`value` quantized to `places` decimals, checked to come back unchanged from the float an SDK
    sends it as (float's shortest repr reproduces up to 15 significant digits); else an ERPError."""
    quantized = exact(value, places, what)
    if Decimal(repr(float(quantized))) != quantized:
        raise ERPError(f"{what} {value} cannot be sent exactly through the SDK's float; not posting")
    return quantized
