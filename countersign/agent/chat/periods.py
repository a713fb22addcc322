"""When a thing is said to have happened: a part of a month ("early October", "late November") or a calendar week, as
understand.py writes them in PERIOD tokens. People say a part of a month loosely; its edges give when nothing falls
inside them."""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TypeVar

T = TypeVar("T")


def in_period(day: date | None, period: re.Match[str], slack: int = 0) -> bool:
    """Whether `day` falls in the part of a month a PERIOD token says ("period:date:10:1:7"), or in its calendar
    week ("period:date:w41", of any year); with `slack`, a part's edges widened by that many days."""
    if period.group(5):
        return day is not None and day.isocalendar()[1] == int(period.group(5))
    month, low, high = (int(period.group(i)) for i in (2, 3, 4))
    if day is None or not slack:
        return day is not None and day.month == month and low <= day.day <= high
    start = date(day.year, month, low)
    end = date(day.year, month, min(high, monthrange(day.year, month)[1]))
    return start - timedelta(days=slack) <= day <= end + timedelta(days=slack)


EDGE_DAYS = 4


def near_period(items: Sequence[T], period: re.Match[str], day_of: Callable[[T], date | None]) -> list[T]:
    """Of `items`, those in the period; when none is, the one item dated within EDGE_DAYS of a month part's edge:
    "late November" said of a deal that closed on the 18th. A whole month or a week keeps its edges."""
    inside = [i for i in items if in_period(day_of(i), period)]
    if inside or period.group(5) or int(period.group(4)) - int(period.group(3)) >= 27:
        return inside
    near = [i for i in items if in_period(day_of(i), period, EDGE_DAYS)]
    return near if len(near) == 1 else []
