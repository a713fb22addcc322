"""Set 77's own helpers beside the shared ones (../kit_common.py): Turkish, Greek, Croatian and Serbian month names,
ids python-stdnum accepts (a Turkish VKN, a Greek AFM, a Croatian OIB, a Moroccan ICE, a Maltese VAT number, a Serbian
PIB, a Tunisian matricule fiscal), items from a catalog and the tax inside a tax-inclusive amount."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import digits, exact_price, q2, valid
from kit_common import MONTHS as SHARED
from stdnum.gr import vat as gr_vat
from stdnum.hr import oib
from stdnum.ma import ice
from stdnum.mt import vat as mt_vat
from stdnum.rs import pib
from stdnum.tn import mf
from stdnum.tr import vkn

MONTHS = {
    **SHARED,
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "el_gen": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca".split(),
    "sr": "januar februar mart april maj jun jul avgust septembar oktobar novembar decembar".split(),
}


def long_date(x, lang):
    """tr '12 Mart 2026', el_gen '12 Μαρτίου 2026', hr '12. ožujka 2026.', fr '12 mars 2026', en '12 March 2026'."""
    name = MONTHS[lang][x.month - 1]
    if lang == "hr":
        return f"{x.day}. {name} {x.year}."
    return f"{x.day} {name} {x.year}"


def _ok(mod):
    return mod.is_valid


def tr_vkn(rng):
    return valid(rng, lambda: digits(rng, 10, True), _ok(vkn))


def gr_afm(rng):
    return valid(rng, lambda: rng.choice("0789") + digits(rng, 8), _ok(gr_vat))


def hr_oib(rng):
    return valid(rng, lambda: digits(rng, 11, True), _ok(oib))


def ma_ice(rng):
    return valid(rng, lambda: "00" + digits(rng, 13), _ok(ice))


def mt_vatno(rng):
    return valid(rng, lambda: "MT" + digits(rng, 8, True), _ok(mt_vat))


def rs_pib(rng):
    return valid(rng, lambda: "1" + digits(rng, 8), _ok(pib))


def tn_mf(rng):
    return valid(rng, lambda: digits(rng, 7, True) + "/" + rng.choice("ABCDEFGHJKLMNPQRSTVWXYZ") + "/A/M/000", _ok(mf))


def pick(rng, catalog, n, step=D("0.01"), qstep=1):
    """catalog rows (desc, unit, qlo, qhi, lo, hi): whole quantities, prices exact to the step."""
    out = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(catalog, min(n, len(catalog))):
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, D(str(lo)), D(str(hi)), step)
        out.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    return out


def incl_tax(gross, rate):
    return q2(D(gross) * D(str(rate)) / (100 + D(str(rate))))
