"""Set 74's own helpers beside the shared ones (../kit_common.py): Danish, Norwegian, Swedish and Icelandic month names
and long dates, and ids whose check digits python-stdnum accepts (an Irish VAT number, a Norwegian organisation number
with MVA and a bank account, a Swedish VAT number, a Danish CVR, a Dutch VAT number, a German USt-IdNr., a Swiss UID, an
Icelandic kennitala, a Canadian business number), all made by drawing random digits until `is_valid` says yes."""

from decimal import Decimal as D

from invoice_kit import digits, q2, valid
from kit_common import MONTHS as SHARED_MONTHS
from stdnum.ca import bn
from stdnum.ch import uid
from stdnum.de import vat as de_vat
from stdnum.dk import cvr
from stdnum.ie import vat as ie_vat
from stdnum.is_ import kennitala
from stdnum.nl import vat as nl_vat
from stdnum.no import kontonr, mva
from stdnum.se import vat as se_vat

MONTHS = {
    **SHARED_MONTHS,
    "no": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember".split(),
}


def long_date(x, lang):
    """de '12. März 2026', da '12. marts 2026', is '12. mars 2026', sv '12 mars 2026', fr / nl / en '12 mars 2026'."""
    name = MONTHS[lang][x.month - 1]
    return f"{x.day}. {name} {x.year}" if lang in ("de", "da", "no", "is") else f"{x.day} {name} {x.year}"


def ie_vatno(rng):
    """IE + 7 digits + check letter (+ 'H' or 'A' in the new form: we use the classic 7+1)."""
    return valid(rng, lambda: "IE" + digits(rng, 7, True) + rng.choice("ABCDEFGHIJKLMNOPQRSTUVW"), ie_vat.is_valid)


def no_orgnr(rng):
    """'9xx xxx xxx MVA' whose mod-11 check digit stdnum accepts."""
    n = valid(rng, lambda: "9" + digits(rng, 8), lambda s: mva.is_valid("NO" + s + "MVA"))
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def no_konto(rng):
    n = valid(rng, lambda: rng.choice(["1503", "1254", "4201", "3000"]) + digits(rng, 7), kontonr.is_valid)
    return f"{n[:4]}.{n[4:6]}.{n[6:]}"


def se_vatno(rng):
    """(org.nr 'NNNNNN-NNNN', momsreg.nr 'SENNNNNNNNNN01')."""
    v = valid(rng, lambda: "SE55" + digits(rng, 8) + "01", se_vat.is_valid)
    o = v[2:12]
    return f"{o[:6]}-{o[6:]}", v


def dk_cvr(rng):
    return valid(rng, lambda: digits(rng, 8, True), cvr.is_valid)


def nl_vatno(rng):
    return valid(rng, lambda: "NL" + digits(rng, 9, True) + "B0" + str(rng.randint(1, 3)), nl_vat.is_valid)


def de_ustid(rng):
    return valid(rng, lambda: "DE" + digits(rng, 9, True), de_vat.is_valid)


def ch_uid(rng):
    """'CHE-123.456.789' (the MWST suffix is added by the style)."""
    n = valid(rng, lambda: "CHE" + digits(rng, 9, True), uid.is_valid)
    return f"CHE-{n[3:6]}.{n[6:9]}.{n[9:]}"


def is_kt(rng):
    """A company kennitala 'DDMMYY-NNNN' (day + 40, checked by stdnum)."""
    def make():
        return f"{rng.randint(41, 68):02d}{rng.randint(1, 12):02d}{rng.randint(70, 99):02d}" + digits(rng, 4)

    n = valid(rng, make, kennitala.is_valid)
    return f"{n[:6]}-{n[6:]}"


def ca_bn(rng):
    """A business number's nine digits (Luhn) for 'NNNNNNNNN RT0001'."""
    return valid(rng, lambda: digits(rng, 9, True), bn.is_valid)


def incl_tax(gross, rate):
    """The tax inside a tax-inclusive amount, to the cent."""
    return q2(D(gross) * D(str(rate)) / (100 + D(str(rate))))
