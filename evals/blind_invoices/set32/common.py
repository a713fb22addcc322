"""Set 32's own helpers beside the shared ones: month names in Aranese, Hungarian, Swedish, Estonian, Latvian (the
locative), Cornish and Indonesian and their long dates. The plumbing the sets share (numbers, truth, rendering,
self-check) is ../invoice_kit.py; month tables, item makers, drawing helpers and the truth record are ../kit_common.py;
amounts in words ../kit_words.py.
"""

# The month tables are kept on long lines.
# ruff: noqa: E501

from kit_common import MONTHS as SHARED_MONTHS

MONTHS = {  # the shared tables (../kit_common.py) and set 32's own
    **SHARED_MONTHS,
    "oc_aran": "gèr hereuèr març abriu mai junh junhsèga agost seteme octobre noveme deseme".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember".split(),
    "lv_loc": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī".split(),
    "kw": "Genver Hwevrer Meurth Ebrel Me Metheven Gortheren Est Gwynngala Hedra Du Kevardhu".split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
}


def aran_date(x):
    """12 de març de 2026 (Aranese Occitan; the author's spelling)."""
    m = MONTHS["oc_aran"][x.month - 1]
    return f"{x.day} {'d’' if m[0] in 'aeio' else 'de '}{m} de {x.year}"


def hu_date(x):
    """2026. március 12. (Hungarian)."""
    return f"{x.year}. {MONTHS['hu'][x.month - 1]} {x.day}."


def sv_date(x):
    """12 mars 2026 (Swedish)."""
    return f"{x.day} {MONTHS['sv'][x.month - 1]} {x.year}"


def lv_date(x):
    """2026. gada 12. martā (Latvian)."""
    return f"{x.year}. gada {x.day}. {MONTHS['lv_loc'][x.month - 1]}"


def kw_date(x):
    """12 Meurth 2026 (Cornish)."""
    return f"{x.day} {MONTHS['kw'][x.month - 1]} {x.year}"


def id_date(x):
    """12 Maret 2026 (Indonesian)."""
    return f"{x.day} {MONTHS['id'][x.month - 1]} {x.year}"
