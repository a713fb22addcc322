"""Set 33's own helpers beside the shared ones: month names in Asturian, Croatian (genitive), Serbian (Latin), Greek
(genitive) and Uzbek / Karakalpak (Latin) and their long dates. The plumbing the sets share (numbers, truth,
rendering, self-check) is ../invoice_kit.py; month tables, item makers, drawing helpers and the truth record are
../kit_common.py; amounts in words ../kit_words.py.
"""

# The month tables are kept on long lines.
# ruff: noqa: E501

from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {  # the shared tables (../kit_common.py) and set 33's own
    **SHARED_MONTHS,
    "ast": "xineru febreru marzu abril mayu xunu xunetu agostu setiembre ochobre payares avientu".split(),
    "hr_gen": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca".split(),
    "sr": "januar februar mart april maj jun jul avgust septembar oktobar novembar decembar".split(),
    "el_gen": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "uz": "yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr".split(),
}


def ast_date(x):
    """12 de marzu de 2026 (Asturian; 'd'abril', 'd'agostu', 'd'ochobre' before a vowel)."""
    m = MONTHS["ast"][x.month - 1]
    return f"{x.day} {'d’' if m[0] in 'aeiou' else 'de '}{m} de {x.year}"


def hr_date(x):
    """12. ožujka 2026. (Croatian)."""
    return f"{x.day}. {MONTHS['hr_gen'][x.month - 1]} {x.year}."


def el_date(x):
    """12 Μαρτίου 2026 (Greek)."""
    return f"{x.day} {MONTHS['el_gen'][x.month - 1]} {x.year}"


def uz_date(x):
    """2026-yil 12-mart (Uzbek / Karakalpak Latin)."""
    return f"{x.year}-yil {x.day}-{MONTHS['uz'][x.month - 1]}"
