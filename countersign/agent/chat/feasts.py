"""Public holidays as the dates people name: "the PO delivered on Election Day", "the invoice dated the day before
Veterans Day", "der Deal vom Tag der Deutschen Einheit".

A record's date is checked against the holidays that fall on it, so a floating holiday (Election Day, Easter) is
right in any year without a clock. The `holidays` package knows them: the US with its states' and unofficial days,
Germany, France, Spain, the Netherlands and the UK, each in English and its own language. Pure lookups, cached per
year.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from functools import cache

from countersign.agent.chat.places import fold

# country -> the languages its holidays are named in (None: the package's default)
_COUNTRIES: dict[str, tuple[str | None, ...]] = {"US": (None,), "DE": ("de", "en_US"), "FR": ("fr", "en_US"),
                                                 "ES": ("es", "en_US"), "NL": ("nl", "en_US"), "GB": (None,)}
# words of a holiday's name that say nothing of which holiday: a text needs them only when it names it whole
_SMALL = frozenset("day tag jour dia dag de of the der des du la le el del van het and et y und en s observed "
                   "national holiday".split())


@cache
def _year(year: int) -> dict[date, tuple[tuple[frozenset[str], frozenset[str]], ...]]:
    """Each holiday of `year` -> its names, as (all its words, its own words), folded."""
    import holidays  # noqa: PLC0415 - its tables load on first use only

    found: dict[date, set[tuple[frozenset[str], frozenset[str]]]] = defaultdict(set)
    for country, languages in _COUNTRIES.items():
        kind = holidays.country_holidays(country)
        for subdiv in (None, *kind.subdivisions) if country == "US" else (None,):
            for language in languages:
                days = holidays.country_holidays(country, subdiv=subdiv, years=year, language=language,
                                                 categories=kind.supported_categories)
                for day, names in days.items():
                    for name in names.split("; "):
                        words = frozenset(fold(name).split())
                        if own := words - _SMALL:
                            found[day].add((words, own))
    return {day: tuple(names) for day, names in found.items()}


def named_on(text: str, day: date | None) -> bool:
    """Whether `text` names, whole ("Election Day", "Tag der Deutschen Einheit"), a holiday that falls on `day`."""
    if day is None:
        return False
    said = set(fold(text).split())
    return any(words <= said for words, _ in _year(day.year).get(day, ()))


def anchored_on(anchor: str, day: date | None, days: int) -> bool:
    """Whether `day` is `days` after (before, when negative) a holiday `anchor` names by one of its own words
    ("the day before Veterans Day": the anchor "veterans", a day before 11 November)."""
    if day is None:
        return False
    start = day - timedelta(days=days)
    said = fold(anchor).split()
    return any(w == o or len(o) >= 5 and w.startswith(o) for _, own in _year(start.year).get(start, ())
               for o in own for w in said)  # "élections": Election Day
