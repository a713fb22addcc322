"""An invoice or a deal described rather than named: by what it lacks ("the invoice with no PO and
no tax", "die Rechnung ohne Bestellung"), by a superlative ("our biggest deal by value", "the smallest Acme
invoice", "the invoice that's been overdue the longest", "la factura más reciente", "die älteste
Rechnung", "de hoogste deal") or by the weekday of its date ("the invoice dated on a Thursday", "die
Rechnung vom Freitag", "la factura del jueves"). understand.py writes what is said as one token of
the reference ("rank:max:total", "weekday:date:3", "lacks:po"), and the tools pick by it among
what the rest of the reference leaves.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import TypeVar

from countersign.extraction.cldr import weekday_numbers

T = TypeVar("T")

# folded phrases, longest first where one contains another
_SAID: dict[tuple[str, str], tuple[str, ...]] = {
    ("max", "overdue"): ("overdue the longest", "longest overdue", "most overdue", "overdue for the longest",
                         "longest outstanding", "am langsten uberfallig", "am langsten offen", "am meisten uberfallig",
                         "depuis le plus longtemps", "le plus en retard", "la plus en retard",
                         "mas tiempo vencida", "mas tiempo vencido", "mas atrasada", "mas atrasado",
                         "het langst achterstallig", "het langst over", "het langst vervallen", "langst openstaand"),
    ("max", "total"): ("biggest", "largest", "highest", "priciest", "most expensive", "grosste", "grossten",
                       "hochste", "hochsten", "teuerste", "teuersten", "plus gros", "plus grosse", "plus grand",
                       "plus grande", "plus eleve", "plus elevee", "plus cher", "plus chere", "mas grande", "mayor",
                       "mas alto", "mas alta", "mas caro", "mas cara", "grootste", "hoogste", "duurste"),
    ("min", "total"): ("smallest", "lowest", "cheapest", "kleinste", "kleinsten", "niedrigste", "niedrigsten",
                       "gunstigste", "billigste", "plus petit", "plus petite", "moins cher", "moins chere",
                       "plus faible", "mas pequena", "mas pequeno", "menor", "mas baja", "mas bajo", "mas barata",
                       "mas barato", "laagste", "goedkoopste"),
    ("max", "date"): ("newest", "most recently", "most recent", "latest", "zuletzt", "le plus recemment",
                      "mas recientemente", "het laatst", "het meest recent", "neueste", "neuesten", "jungste",
                      "jungsten",
                      "plus recent", "plus recente", "mas reciente", "mas nueva", "mas nuevo", "nieuwste",
                      "recentste", "meest recente"),
    ("min", "date"): ("oldest", "earliest", "alteste", "altesten", "fruheste", "fruhesten", "plus ancien",
                      "plus ancienne", "mas antigua", "mas antiguo", "oudste", "vroegste"),
}
# German superlatives in every ending ("größter Deal", "die neueste Rechnung", "am längsten überfällige")
_GERMAN = {("max", "total"): ("grosst", "hochst", "teuerst"), ("min", "total"): ("kleinst", "niedrigst", "gunstigst",
                                                                                "billigst"),
           ("max", "date"): ("neuest", "jungst"), ("min", "date"): ("altest", "fruhest")}
for _key, _stems in _GERMAN.items():
    _SAID[_key] += tuple(stem + end for stem in _stems for end in ("e", "en", "er", "es", "em"))
_SAID[("max", "overdue")] += tuple(f"langsten uberfallig{end}" for end in ("", "e", "en", "er", "es"))
# "the last" with its article: "die letzte Rechnung", "la dernière facture", "livré en dernier", "la última",
# "de laatste ontvangst" (without it "in meiner letzten Nachricht", "mi último mensaje" are the asker's)
_SAID[("max", "date")] += ("die letzte", "der letzte", "das letzte", "den letzten", "dem letzten", "la derniere",
                           "le dernier", "en dernier", "les derniers", "les dernieres", "la ultima", "el ultimo",
                           "de laatste", "het laatste")
# a due date said ("the invoice due soonest", "la plus ancienne échéance"): the date that counts
_DUE = re.compile(r"\b(?:due|fallig\w*|echeance\w*|vence\w*|vencimiento|vervaldatum|vervalt|vervallen)\b")
# French and Spanish say the superlative with the comparative's words: "la plus chère", "la factura más grande";
# with "que" ("de lo") after them they compare ("plus cher que la commande", "más cara de lo pactado")
_COMPARED = ("plus ", "moins ", "mas ", "mayor", "menor")
_THAN = re.compile(r"^(?:\w+ ){0,2}(?:que|qu|de lo|de la|del|than)\b")  # "más caro de lo pactado" compares too
# "what's the latest on X", "the latest with X", "what's the latest?": news, no superlative
_NEWS = re.compile(r"^(?:(?:on|with|about|re|regarding|for|from|news|update)\b|$)")
WEEKDAY = re.compile(r"weekday:(date|due):([0-6])")


# what ties a weekday to the thing's own date ("dated on a Thursday", "closed on a Saturday", "the invoice from
# Friday the 13th", "vom Donnerstag", "an einem Samstag", "datée d'un jeudi", "conclue un samedi", "del jueves",
# "cerrada un sábado", "op een zaterdag"), not a deadline ("the cut-off is Friday", "bis Freitag", "el viernes")
_DATED = re.compile(r"\b(?:dated|from|of|on a|vom|von einem|an einem|datiert|du|d un|un|del|de un|fechada|fechado"
                    r"|op een|van|gedateerd)\s+$")


def weekday_said(folded: str) -> str | None:
    """The weekday a folded message dates the thing by (CLDR's wide names), as a reference token
    ("weekday:date:3"; "due" when it speaks of the due date); None when it dates it by none, or several."""
    days = {n for m in re.finditer(r"\w+", folded) if (n := weekday_numbers().get(m.group(0))) is not None
            and _DATED.search(folded[:m.start()][-20:])}
    if len(days) != 1:
        return None
    return f"weekday:{'due' if _DUE.search(folded) else 'date'}:{days.pop()}"


# "no PO", "without a purchase order", "ohne Bestellung", "sans bon de commande", "sin orden de compra", "zonder
# inkooporder"; "no tax", "tax-free", "ohne Steuer", "steuerfrei", "sans TVA", "sin IVA", "zonder btw" (folded)
_NO = r"(?:no|nor|without|with no|ohne|kein\w*|sans|sin|zonder|geen|ni|noch)"
_LACKS = {"po": re.compile(rf"\b{_NO} (?:a |an |une |un |una |een )?(?:po|p o|purchase order|bestellung|bestellnummer"
                           r"|bon de commande|commande|orden de compra|pedido|inkooporder|bestelling)\b"),
          "tax": re.compile(rf"\b{_NO} (?:any )?(?:tax|vat|steuer|mwst|ust|tva|taxe|iva|impuestos?|btw)\b|"
                            r"\b(?:tax-?free|tax free|steuerfrei|hors taxe|exento de iva|btw-?vrij)\b")}
LACKS = re.compile(r"lacks:(po|tax)")


def without_lacks(folded: str) -> str:
    """A folded message without what it says the thing lacks: "the invoice with no PO" asks for no PO."""
    for pattern in _LACKS.values():
        folded = pattern.sub(" ", folded)
    return folded


def lacks_said(folded: str) -> str | None:
    """What a folded message says the thing lacks, as reference tokens ("lacks:po lacks:tax"); None if nothing."""
    said = [f"lacks:{what}" for what, pattern in _LACKS.items() if pattern.search(folded)]
    return " ".join(said) or None


RANK = re.compile(r"rank:(max|min):(total|date|due|overdue)")


def rank_said(folded: str) -> str | None:
    """The superlative a folded message says, as a reference token ("rank:max:total"); None if none."""
    padded = f" {folded} "
    for (direction, key), phrases in _SAID.items():
        if any(f" {p} " in padded and not (p == "latest" and _NEWS.search(padded.split(f" {p} ", 1)[1]))
               and not (p.startswith(_COMPARED) and _THAN.match(padded.split(f" {p} ", 1)[1]))
               for p in phrases):
            if key == "date" and _DUE.search(folded):
                key = "due"
            return f"rank:{direction}:{key}"
    return None


def pick(items: Sequence[T], direction: str, key: Callable[[T], Decimal | date | None]) -> list[T]:
    """The items with the greatest (or least) key; items without one do not count."""
    keyed = [(k, item) for item in items if (k := key(item)) is not None]
    if not keyed:
        return []
    best = (max if direction == "max" else min)(k for k, _ in keyed)
    return [item for k, item in keyed if k == best]
