"""Set 42's own helpers beside the shared ones (../kit_common.py): month names in Estonian, Levantine Arabic, Swahili,
Greek (genitive), Georgian, Austrian German, Norwegian and Polish (genitive), a tax summary per rate (as sets 34 to 41
have it in their own common.py) and two check digits (the Estonian viitenumber 7-3-1, the Norwegian KID mod 10)."""

# ruff: noqa: E501

from invoice_kit import luhn_check, q2
from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {
    **SHARED_MONTHS,
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember".split(),
    "ar_lev": "كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول".split("|"),
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba".split(),
    "el_gen": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "ka": "იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი".split(),
    "de_at": "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "no": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "pl_gen": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
}


def long_date(lang, x, pattern="{d} {m} {y}"):
    """A long date from a month table: pattern with {d}, {m}, {y}."""
    return pattern.format(d=x.day, m=MONTHS[lang][x.month - 1], y=x.year)


def by_rate(items, key="rate", amount="amount", q=q2):
    """[(rate, base, tax)] per rate, the tax rounded once per rate."""
    out = []
    for r in sorted({x[key] for x in items}):
        b = sum(x[amount] for x in items if x[key] == r)
        out.append((r, b, q(b * r / 100)))
    return out


def viitenumber(base):
    """Estonian payment reference: base digits and the 7-3-1 check digit."""
    w = [7, 3, 1]
    s = sum(int(c) * w[k % 3] for k, c in enumerate(reversed(base)))
    return base + str((10 - s % 10) % 10)


def kid(base):
    """Norwegian KID with the mod 10 (Luhn) check digit."""
    return base + luhn_check(base)
