"""Set 65's own helpers beside the shared ones (../kit_common.py): Swedish, Norwegian and Icelandic month names, long
dates in the set's languages, a tax summary per rate (net or gross rows), valid IBANs, tax ids and payment references
made valid with python-stdnum or their published check-digit rules (German USt-IdNr., Swiss UID, Dutch BTW-id,
Belgian BTW, French SIREN / TVA, Norwegian org.nr., Swedish org.nr., Spanish CIF, Mexican RFC; Belgian structured
communication, Norwegian KID, Swedish OCR)."""

# ruff: noqa: E501

from decimal import Decimal as D

from invoice_kit import digits, iban, luhn_check, q2, valid
from kit_common import MONTHS as SHARED_MONTHS
from stdnum.be import vat as be_vat
from stdnum.ch import uid as ch_uid_mod
from stdnum.de import vat as de_vat
from stdnum.es import cif as es_cif
from stdnum.exceptions import ValidationError
from stdnum.fr import siren as fr_siren
from stdnum.fr import tva as fr_tva
from stdnum.mx import rfc as mx_rfc_mod
from stdnum.nl import btw as nl_btw
from stdnum.no import orgnr as no_orgnr
from stdnum.se import orgnr as se_orgnr

MONTHS = {
    **SHARED_MONTHS,
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "nb": "januar februar mars april mai juni juli august september oktober november desember".split(),
}


def long_date(x, lang):
    """de '12. März 2026', nl '12 maart 2026', sv '12 mars 2026', nb '12. mars 2026', es '12 de marzo de 2026',
    fr '12 mars 2026', en_us 'March 12, 2026'."""
    if lang == "en_us":
        return f"{MONTHS['en'][x.month - 1]} {x.day}, {x.year}"
    name = MONTHS[lang][x.month - 1]
    return {
        "de": f"{x.day}. {name} {x.year}",
        "nb": f"{x.day}. {name} {x.year}",
        "nl": f"{x.day} {name} {x.year}",
        "sv": f"{x.day} {name} {x.year}",
        "fr": f"{'1er' if x.day == 1 else x.day} {name} {x.year}",
        "es": f"{x.day} de {name} de {x.year}",
    }[lang]


def per_rate(items, gross=False):
    """[(rate, net, tax, gross)] per VAT rate (highest first), the tax rounded once per rate; gross=True when the rows'
    amounts include the tax (the tax is then taken out of each rate's sum)."""
    out = []
    for r in sorted({x["rate"] for x in items}, key=lambda v: -D(str(v))):
        s = sum(x["amount"] for x in items if x["rate"] == r)
        rr = D(str(r))
        if gross:
            t = q2(s * rr / (100 + rr))
            out.append((r, s - t, t, s))
        else:
            t = q2(s * rr / 100)
            out.append((r, s, t, s + t))
    return out


def iban_of(rng, cc, n, prefix=""):
    """A valid IBAN (ISO 13616 check digits, the kit's iban) with an all-digit BBAN of n characters."""
    return iban(cc, prefix + digits(rng, n - len(prefix)))


def spaced(s, k=4):
    return " ".join(s[j : j + k] for j in range(0, len(s), k))


# ------------------------------------------------------------------ tax ids (valid by python-stdnum)
def de_ustid(rng):
    return valid(rng, lambda: "DE" + digits(rng, 9, True), de_vat.is_valid)


def ch_uid(rng):
    """'CHE-123.456.789' (the check digit is the ninth)."""
    s = valid(rng, lambda: "CHE" + digits(rng, 9, True), ch_uid_mod.is_valid)
    return f"CHE-{s[3:6]}.{s[6:9]}.{s[9:12]}"


def nl_btw_id(rng):
    return valid(rng, lambda: "NL" + digits(rng, 9, True) + "B0" + str(rng.randint(1, 3)), nl_btw.is_valid)


def be_btw(rng):
    """'BE 0123.456.789' and the bare ten digits (the KBO / enterprise number is the same digits)."""
    s = valid(rng, lambda: "0" + digits(rng, 9, True), lambda c: be_vat.is_valid("BE" + c))
    return s


def fr_siren_tva(rng):
    """A SIREN (Luhn) and its TVA intracommunautaire 'FRkk SIREN'."""
    s = valid(rng, lambda: digits(rng, 9, True), fr_siren.is_valid)
    key = (12 + 3 * (int(s) % 97)) % 97
    t = f"FR{key:02d}{s}"
    assert fr_tva.is_valid(t)
    return s, t


def siret(siren_, rng):
    return valid(rng, lambda: siren_ + digits(rng, 5), lambda c: luhn_check(c[:-1]) == c[-1])


def no_org(rng):
    return valid(rng, lambda: rng.choice("89") + digits(rng, 8), no_orgnr.is_valid)


def se_org(rng):
    """A Swedish company org.nr. '556123-4567' (Luhn on the ten digits)."""
    s = valid(rng, lambda: "55" + digits(rng, 8), se_orgnr.is_valid)
    return f"{s[:6]}-{s[6:]}"


def es_cif_id(rng, letter="B"):
    return valid(rng, lambda: letter + digits(rng, 7) + str(rng.randint(0, 9)), es_cif.is_valid)


def mx_rfc(rng, letters, born):
    """A company RFC (three letters, yymmdd, two homoclave characters, the check character) that stdnum accepts with
    its check digits; the check character is found by trying each."""

    def ok(c):
        try:
            mx_rfc_mod.validate(c, validate_check_digits=True)
            return True
        except ValidationError:
            return False

    for _ in range(500):
        stem = letters + born.strftime("%y%m%d") + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rng.choice("0123456789")
        for c in "0123456789A":
            if ok(stem + c):
                return stem + c
    raise RuntimeError("no RFC")


# ------------------------------------------------------------------ payment references
def be_ogm(rng):
    """A Belgian structured communication '+++123/4567/89002+++': ten digits and their remainder modulo 97 (97 for 0)."""
    base = digits(rng, 10, True)
    c = int(base) % 97 or 97
    s = f"{base}{c:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"


def kid(rng, n=9):
    """A Norwegian KID: n - 1 digits and a MOD10 (Luhn) check digit."""
    s = digits(rng, n - 1, True)
    return s + luhn_check(s)


def se_ocr(rng, n=10):
    """A Swedish OCR reference with its length digit and Luhn check (the 'length check' variant)."""
    s = digits(rng, n - 2, True)
    s += str(n % 10)
    return s + luhn_check(s)
