"""Set 19's month names, copied from set 18's common.py. The plumbing sets 3 to 19 share (numbers, truth, rendering,
self-check) is ../invoice_kit.py; the catalogue lines and the fpdf2 and HTML drawing helpers are ../kit_common.py,
amounts in words ../kit_words.py.
"""

# The month tables are kept on long lines.
# ruff: noqa: E501

from invoice_kit import MONTHS as _KIT_MONTHS

MONTHS = {  # the kit's five languages, set 14's, set 15's, set 16's, set 17's and set 18's
    **_KIT_MONTHS,
    "es_short": "ene feb mar abr may jun jul ago sep oct nov dic".split(),
    "fr_days": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "ru_gen": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "en_short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre".split(),
    "ca_de": "de gener|de febrer|de març|d'abril|de maig|de juny|de juliol|d'agost|de setembre|d'octubre|de novembre|de desembre".split("|"),
    "ru_nom": "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pt_short": "jan fev mar abr mai jun jul ago set out nov dez".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "fr_short": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "fo": "januar februar mars apríl mai juni juli august september oktober november desember".split(),
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember".split(),
    "nl_short": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "da_short": "jan. feb. mar. apr. maj jun. jul. aug. sep. okt. nov. dec.".split(),
}

__all__ = [
    "MONTHS",
]
