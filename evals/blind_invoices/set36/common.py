"""Set 36's own helpers beside the shared ones: month names in Georgian, Armenian (genitive), Latvian (locative),
Ukrainian (genitive), Icelandic and Hungarian and their long dates, Tunisian dinars to the millime, and a tax summary
per rate (as sets 34 and 35 have it in their own common.py). The plumbing the sets share (numbers, truth, rendering,
self-check) is ../invoice_kit.py; month tables, item makers, drawing helpers and the truth record are
../kit_common.py; amounts in words ../kit_words.py.
"""

# The month tables are kept on long lines.
# ruff: noqa: E501

from invoice_kit import fnum, q2
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {  # the shared tables (../kit_common.py) and set 36's own
    **SHARED_MONTHS,
    "ka": "იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი".split(),
    "hy_gen": "հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի նոյեմբերի դեկտեմբերի".split(),
    "lv_loc": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī".split(),
    "uk_gen": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
}


def ka_date(x):
    """12 მარტი 2026 წ. (Georgian)."""
    return f"{x.day} {MONTHS['ka'][x.month - 1]} {x.year} წ."


def hy_date(x):
    """12 մարտի 2026 թ. (Armenian)."""
    return f"{x.day} {MONTHS['hy_gen'][x.month - 1]} {x.year} թ."


def lv_date(x):
    """2026. gada 12. martā (Latvian)."""
    return f"{x.year}. gada {x.day}. {MONTHS['lv_loc'][x.month - 1]}"


def uk_date(x):
    """12 березня 2026 р. (Ukrainian)."""
    return f"{x.day} {MONTHS['uk_gen'][x.month - 1]} {x.year} р."


def is_date(x):
    """12. mars 2026 (Icelandic)."""
    return f"{x.day}. {MONTHS['is'][x.month - 1]} {x.year}"


def hu_date(x):
    """2026. március 12. (Hungarian)."""
    return f"{x.year}. {MONTHS['hu'][x.month - 1]} {x.day}."


def tnd(x):
    """1 234,560: Tunisian dinars to the millime (three decimals, space-grouped)."""
    return fnum(x, ",", " ", 3)


def by_rate(items, key="rate", amount="amount", q=q2):
    """[(rate, base, tax)] per rate, the tax rounded once per rate (as a summary per rate prints it)."""
    out = []
    for r in sorted({x[key] for x in items}):
        b = sum(x[amount] for x in items if x[key] == r)
        out.append((r, b, q(b * r / 100)))
    return out
