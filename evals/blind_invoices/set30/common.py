"""Set 30's own helpers beside the shared ones: month names in Northern Sami, Breton, Upper Sorbian and Sardinian and
their long dates. The plumbing the sets share (numbers, truth, rendering, self-check) is ../invoice_kit.py; month
tables, item makers, drawing helpers and the truth record are ../kit_common.py; amounts in words ../kit_words.py.
"""

# The month tables are kept on long lines.
# ruff: noqa: E501

from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {  # the shared tables (../kit_common.py) and set 30's own
    **SHARED_MONTHS,
    "se": "ođđajagemánnu guovvamánnu njukčamánnu cuoŋománnu miessemánnu geassemánnu suoidnemánnu borgemánnu čakčamánnu golggotmánnu skábmamánnu juovlamánnu".split(),
    "br": "Genver C'hwevrer Meurzh Ebrel Mae Mezheven Gouere Eost Gwengolo Here Du Kerzu".split(),
    "hsb_gen": "januara februara měrca apryla meje junija julija awgusta septembra oktobra nowembra decembra".split(),
    "sc": "ghennàrgiu freàrgiu martzu abrile maju làmpadas trìulas austu cabudanni santugaine santandria nadale".split(),
}


def se_date(x):
    """12. njukčamánnu 2026 (Northern Sami)."""
    return f"{x.day}. {MONTHS['se'][x.month - 1]} {x.year}"


def br_date(x):
    """12 a viz Meurzh 2026 (Breton)."""
    return f"{x.day} a viz {MONTHS['br'][x.month - 1]} {x.year}"


def hsb_date(x):
    """12. měrca 2026 (Upper Sorbian, the month in the genitive)."""
    return f"{x.day}. {MONTHS['hsb_gen'][x.month - 1]} {x.year}"


def sc_date(x):
    """12 de martzu 2026 (Sardinian, LSC spelling)."""
    return f"{x.day} de {MONTHS['sc'][x.month - 1]} {x.year}"
