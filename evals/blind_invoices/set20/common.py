"""Set 20's own helpers, copied from set 19's common.py and pruned to what set 20 uses: month names, RIB keys, catalogue
lines with exact prices. The plumbing sets 3 to 20 share (numbers, truth, rendering, self-check) is ../invoice_kit.py;
the fake QR code and the fpdf2 and HTML drawing helpers are ../kit_common.py, amounts in words ../kit_words.py.
"""

# The month tables are kept on long lines.
# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import MONTHS as _KIT_MONTHS
from invoice_kit import exact_price, q2

MONTHS = {  # the kit's five languages and the ones set 20 prints
    **_KIT_MONTHS,
    "fr_days": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "en_short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "nl_short": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "pt_cap": "Janeiro Fevereiro Março Abril Maio Junho Julho Agosto Setembro Outubro Novembro Dezembro".split(),
}

__all__ = ["MONTHS", "rib_key", "lines"]


def rib_key(bank, branch, account):
    """The two key digits of a French-style RIB (also the CEMAC and UEMOA ones): 97 minus the number banque + guichet +
    compte, times 100, modulo 97; letters count as the digits of the French table (A and J 1, B, K and S 2, ...)."""
    conv = {c: str(d) for d, letters in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]) for c in letters}
    n = int("".join(conv.get(c, c) for c in (bank + branch + account).upper()))
    return f"{97 - n * 100 % 97:02d}"


def lines(rng, catalog, n, step, halves=False):
    """catalog rows: (desc, unit, qlo, qhi, lo, hi[, extra]); integer quantities (or halves when halves=True and the unit
    says so), prices exact to the step and the cent."""
    out = []
    for row in rng.sample(catalog, min(n, len(catalog))):
        desc, unit, qlo, qhi, lo, hi = row[:6]
        q = D(rng.randint(qlo * 2, qhi * 2)) / 2 if halves and unit in ("kg", "uur", "hr", "h") else D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(str(lo)), D(str(hi)), step)
        out.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "extra": row[6] if len(row) > 6 else None})
    return out
