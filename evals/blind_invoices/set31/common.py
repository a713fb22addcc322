"""Set 31's own helpers beside the shared ones: month names in Friulian, Slovene (genitive) and North Frisian and
their long dates. The plumbing the sets share (numbers, truth, rendering, self-check) is ../invoice_kit.py; month
tables, item makers, drawing helpers and the truth record are ../kit_common.py; amounts in words ../kit_words.py.
"""

# The month tables are kept on long lines.
# ruff: noqa: E501

from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {  # the shared tables (../kit_common.py) and set 31's own
    **SHARED_MONTHS,
    "fur": "Zenâr Fevrâr Març Avrîl Mai Jugn Lui Avost Setembar Otubar Novembar Dicembar".split(),
    "sl_gen": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra".split(),
    "frr": "jaanewoore februoore määrts april mai juuni juuli august septämber oktoober nowämber detsämber".split(),
}


def fur_date(x):
    """12 di Març dal 2026 (Friulian)."""
    return f"{x.day} di {MONTHS['fur'][x.month - 1]} dal {x.year}"


def sl_date(x):
    """12. marca 2026 (Slovene, the month in the genitive)."""
    return f"{x.day}. {MONTHS['sl_gen'][x.month - 1]} {x.year}"


def de_date(x):
    """12. März 2026 (German)."""
    return f"{x.day}. {MONTHS['de'][x.month - 1]} {x.year}"


def frr_date(x):
    """12. määrts 2026 (North Frisian, Mooring; the author's spelling)."""
    return f"{x.day}. {MONTHS['frr'][x.month - 1]} {x.year}"


def it_date(x):
    """12 marzo 2026 (Italian)."""
    return f"{x.day} {MONTHS['it'][x.month - 1]} {x.year}"
