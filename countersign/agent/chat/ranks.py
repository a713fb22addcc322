"""An invoice, deal or PO picked by a superlative rather than named: "our biggest deal by value", "the smallest Acme
invoice", "the invoice that's been overdue the longest", "la factura más reciente", "die älteste Rechnung", "de
hoogste deal", "the second-biggest", "the cheaper of the two". understand.py writes it as one token of the reference
("rank:max:total", "rank:max:total:2"), and `pick` chooses by it among what the rest of the reference leaves.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import TypeVar

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
                       "plus faible", "plus bas", "plus basse", "mas pequena", "mas pequeno", "menor", "mas baja",
                       "mas bajo", "mas barata", "mas barato", "laagste", "goedkoopste"),
    ("max", "date"): ("newest", "most recently", "most recent", "latest", "zuletzt", "le plus recemment",
                      "mas recientemente", "het laatst", "het meest recent", "neueste", "neuesten", "jungste",
                      "jungsten",
                      "plus recent", "plus recente", "mas reciente", "mas nueva", "mas nuevo", "nieuwste",
                      "recentste", "meest recente"),
    ("min", "date"): ("oldest", "earliest", "alteste", "altesten", "fruheste", "fruhesten", "plus ancien",
                      "plus ancienne", "mas antigua", "mas antiguo", "oudste", "vroegste",
                      # "Meridian's first deal with us": the earliest of them
                      "first deal", "first invoice", "erste deal", "ersten deal", "erste rechnung", "ersten rechnung",
                      "premiere affaire", "premiere facture", "primera oportunidad", "primer deal", "primera factura",
                      "eerste deal", "eerste factuur"),
    # units over all lines: "the deal with the most units", "der Deal mit den meisten Stück"
    ("max", "units"): ("most units", "most items", "largest quantity", "biggest quantity", "highest quantity",
                       "meisten stuck", "meisten einheiten", "grosste menge", "hochste menge", "plus d unites",
                       "plus grande quantite", "mas unidades", "mayor cantidad", "meeste stuks", "meeste eenheden",
                       "grootste aantal", "hoogste aantal"),
    # payment terms, the days from the invoice's date to its due date: "the invoice with the shortest payment terms"
    ("min", "terms"): ("shortest payment terms", "shortest terms", "kurzesten zahlungsziel", "kurzeste zahlungsziel",
                       "kurzesten zahlungsfrist", "kurzeste zahlungsfrist", "delai de paiement le plus court",
                       "plazo de pago mas corto", "kortste betalingstermijn", "kortste betaaltermijn"),
    ("max", "terms"): ("longest payment terms", "longest terms", "langsten zahlungsziel", "langste zahlungsziel",
                       "langsten zahlungsfrist", "langste zahlungsfrist", "delai de paiement le plus long",
                       "plazo de pago mas largo", "langste betalingstermijn", "langste betaaltermijn"),
    ("min", "units"): ("fewest units", "fewest items", "smallest quantity", "wenigsten stuck", "moins d unites",
                       "menos unidades", "minste stuks"),
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
DUE = re.compile(r"\b(?:due|fallig\w*|echeance\w*|vence\w*|vencimiento|vervaldatum|vervalt|vervallen)\b")
# French and Spanish say the superlative with the comparative's words: "la plus chère", "la factura más grande";
# with "que" ("de lo") after them they compare ("plus cher que la commande", "más cara de lo pactado")
_COMPARED = ("plus ", "moins ", "mas ", "mayor", "menor")
_THAN = re.compile(r"^(?:\w+ ){0,2}(?:que|qu|de lo|de la|del|than)\b")  # "más caro de lo pactado" compares too
# "oldest first", "de oudste eerst", "die älteste zuerst", "le plus ancien d'abord", "el más antiguo primero": how
# a list is ordered, no superlative
_ORDER = re.compile(r"^(?:first|on top|zuerst|oben|eerst|bovenaan|d abord|en premier|en tete|primero|arriba)\b")
# "what's the latest on X", "the latest with X", "what's the latest?": news, no superlative
_NEWS = re.compile(r"^(?:(?:on|with|about|re|regarding|for|from|news|update)\b|$)")

# a stretch of time after it: "la dernière semaine", "the last month", "die letzten sieben Tage": a span, no
# superlative; "de laatste tijd" (lately), "het laatste jaar", "das letzte Mal", "la dernière fois": a time, no invoice
_SPAN = re.compile(r"^(?:(?:\d+|two|three|seven|ten|zwei|drei|sieben|zehn|deux|trois|sept|dix|dos|tres|siete|diez|"
                   r"twee|drie|zeven|tien)\s+)?(?:week|weeks|weken|woche|wochen|semaine|semaines|semana|semanas|month|"
                   r"months|monat|monate|monaten|mois|mes|meses|maand|maanden|day|days|tag|tage|tagen|jour|jours|dia|"
                   r"dias|dag|dagen|time|times|tijd|zeit|temps|tiempo|tiempos|keer|mal|fois|vez|year|jahr|annee|ano|"
                   r"jaar)\b")
# "who has the last word", "das letzte Wort", "le dernier mot", "la última palabra", "het laatste woord": who decides
_SAY = re.compile(r"^(?:word|say|wort|mot|palabra|woord)\b")
RANK = re.compile(r"rank:(max|min):(total|date|due|overdue|units|unit|tax|terms)(?::([2-9]))?")
# a price per unit next to the superlative: "cheapest unit price", "niedrigsten Stückpreis", "prix unitaire le
# plus bas", "precio unitario más bajo"
_UNIT_PRICE = re.compile(r"(?:\w+ )?(?:unit price|price per unit|per unit|stuckpreis\w*|einzelpreis\w*|"
                         r"prix unitaire|precio unitario|precio por unidad|stukprijs|eenheidsprijs)\b")
# the tax after a superlative ("dem höchsten Steuerbetrag", "le plus gros montant de taxes", "el mayor importe de
# impuestos", "het hoogste belastingbedrag"), or the most of it ("the most sales tax", "le plus de taxes")
_TAXES = r"(?:sales tax|tax|taxes|vat|steuer\w*|mwst|tva|impuestos?|iva|belasting\w*|btw)\b"
_TAX = re.compile(rf"(?:\w+ ){{0,2}}{_TAXES}")
_MOST_TAX = re.compile(rf"\b(?:most|meisten|le plus de|mas|meeste) (?:\w+ )?{_TAXES}")
# Of two, the comparative picks one ("the cheaper of Acme's two invoices", "die günstigere der beiden", "de
# goedkopere van de twee"); with "than" ("als", "dan") after it, it compares with something else
_OF_TWO: dict[tuple[str, str], tuple[str, ...]] = {
    ("max", "total"): ("bigger", "larger", "higher", "pricier", "more expensive", "grossere", "hohere", "teurere",
                       "grotere", "hogere", "duurdere"),
    ("min", "total"): ("cheaper", "smaller", "lower", "less expensive", "gunstigere", "billigere", "kleinere",
                       "niedrigere", "goedkopere", "kleinere", "lagere"),
    ("max", "date"): ("newer", "more recent", "later", "neuere", "jungere", "spatere", "nieuwere", "latere"),
    ("min", "date"): ("older", "earlier", "altere", "fruhere", "oudere", "eerdere"),
}
# "older than", "älter als"; "my earlier question", "meine frühere Nachricht": the asker's own words, no invoice
_NOT_OF_TWO = re.compile(r"^(?:(?:\w+ ){0,3}(?:than|als|dan)|(?:question|message|post|frage|nachricht|"
                         r"vraag|bericht)s?)\b")
# "later" and "earlier" are adverbs too ("I'll type it up later", "uittypen doe ik later"): one of two only before
# its noun ("the later one", "the earlier invoice", "the later of the two")
_ADVERBS = frozenset(("later", "earlier"))
_OF_TWO_NOUN = re.compile(r"(?:one|ones|invoices?|bills?|of)\b")
# "the second-biggest", "die zweitgrößte", "la deuxième plus grosse", "la segunda más grande", "de op één na
# grootste", "de tweede grootste": the place in the order, said just before the superlative
_PLACES = {"second": 2, "third": 3, "zweit": 2, "dritt": 3, "deuxieme": 2, "seconde": 2, "troisieme": 3,
           "segunda": 2, "segundo": 2, "tercera": 3, "tercer": 3, "tercero": 3, "tweede": 2, "derde": 3,
           "op een na": 2, "op twee na": 3}
_PLACE = re.compile(r"(?:\b(" + "|".join(sorted(_PLACES, key=len, reverse=True)) + r")(?:[\s-]\w+){0,3})$")


def rank_said(folded: str) -> str | None:
    """The superlative a folded message says, as a reference token ("rank:max:total", "rank:max:total:2"
    for the second-biggest); a comparative "of the two" alike; None if none."""
    padded = f" {folded} "
    said = [(key, p) for key, phrases in _SAID.items() for p in phrases if f" {p} " in padded
            and not (p == "latest" and _NEWS.search(padded.split(f" {p} ", 1)[1]))
            and not _ORDER.match(padded.split(f" {p} ", 1)[1]) and not _SPAN.match(padded.split(f" {p} ", 1)[1])
            and not _SAY.match(padded.split(f" {p} ", 1)[1])
            and not (p.startswith(_COMPARED) and _THAN.match(padded.split(f" {p} ", 1)[1]))]
    said += [(key, p) for key, phrases in _OF_TWO.items() for p in phrases
             if f" {p} " in padded and not _NOT_OF_TWO.match(rest := padded.split(f" {p} ", 1)[1]) and not (
                 p in _ADVERBS and not _OF_TWO_NOUN.match(rest))]
    said += [(key, f"{place}{stem}") for key, stems in _GERMAN.items() for stem in stems for place in ("zweit", "dritt")
             if re.search(rf"\b{place}{stem}\w*", folded)]
    if not said:
        return "rank:max:tax" if _MOST_TAX.search(folded) else None
    (direction, key), phrase = said[0]
    if _ranks_another(phrase, padded.split(f" {phrase} ", 1)[-1].split()):
        return None
    if key == "date" and DUE.search(folded):
        key = "due"
    if key == "total" and (_UNIT_PRICE.match(padded.split(f" {phrase} ", 1)[-1])
                           or _UNIT_PRICE.search(padded.split(f" {phrase} ", 1)[0][-20:])):
        key = "unit"  # "the PO with the cheapest unit price", "au prix unitaire le plus bas": a line's price
    elif key == "total" and _TAX.match(padded.split(f" {phrase} ", 1)[-1]):
        key = "tax"  # "the invoice with the highest tax"
    before = padded.split(f" {phrase}", 1)[0] if f" {phrase}" in padded else ""
    place = _PLACES.get(m.group(1)) if (m := _PLACE.search(before.strip())) else None
    place = place or next((n for w, n in _PLACES.items() if phrase.startswith(w) and w in ("zweit", "dritt")), None)
    return f"rank:{direction}:{key}" + (f":{place}" if place else "")


# after a superlative, the invoice asked about as a noun phrase of its own, far on: "je bloque sur la dernière
# définition des mots croisés lol est-ce que la facture ...", "zit vast op de laatste omschrijving van de puzzel haha is
# de factuur ...": the superlative ranks something else (not "the latest one, the invoice ...", "the biggest of them")
_INVOICE_NOUN = re.compile(r"(?:invoices?|bills?|rechnung(?:en)?|factures?|facturas?|factuur|facturen)")
_THE = frozenset({"the", "la", "le", "les", "las", "die", "der", "das", "de", "het", "el", "l"})
_PARTITIVE = frozenset({"of", "von", "de", "des", "del", "van", "der", "from", "aus", "among", "unter", "parmi"})
# what the bot ranks, the superlative's own noun: deals, orders, suppliers, customers, lines
_RANKED = re.compile(r"(?:\w+ )?(?:deals?|affaires?|oportunidad\w*|opportunit\w*|verkaufschance\w*|verkoopkans\w*|"
                     r"auftr\w*|orders?|commandes?|pedidos?|bestell\w*|inkooporder\w*|pos?|suppliers?|vendors?|"
                     r"lieferant\w*|fournisseurs?|proveedor\w*|leverancier\w*|customers?|clients?|kunde\w*|"
                     r"cliente\w*|klant\w*|lines?|positionen?|lignes?|lineas?|regels?|items?|amounts?|importes?|"
                     r"montants?|betrag|bedrag|totals?|summe|prices?|prix|precios?|preis|prijs|valor|valeur|wert|"
                     r"units?|stuck\w*|einheiten|unites?|unidades?|eenheden|stuks)\b")
_NUMBER = frozenset({"number", "numero", "nummer", "no", "nr"})  # "el número de factura": the number asked, no noun
_ONE_OF = frozenset({"one", "ones", "of", "von", "eine", "einer", "celle", "celui", "una", "uno", "van", "de", "des",
                     "del", "die", "der"})


def _ranks_another(phrase: str, after: list[str]) -> bool:
    if not after or after[0] in _ONE_OF or _RANKED.match(" ".join(after[:2])) or any(
            _RANKED.fullmatch(w) or _INVOICE_NOUN.fullmatch(w) for w in phrase.split()):
        return False  # "la plus grosse affaire du client ... numéro de facture", "la primera oportunidad": ranked
    at = next((i for i, w in enumerate(after) if _INVOICE_NOUN.fullmatch(w)), None)
    return at is not None and at > 4 and after[at - 1] in _THE and after[at - 2] not in _PARTITIVE | _NUMBER


def extreme(values: Iterable[Decimal], direction: str) -> Decimal | None:
    """The least of `values` when the least is asked ("min"), else the greatest; None when there are none:
    "the cheapest unit price" ranks a thing by its cheapest line's price, "the highest" by its dearest."""
    return (min if direction == "min" else max)(values, default=None)


def pick(items: Sequence[T], direction: str, key: Callable[[T], Decimal | date | None], place: int = 1) -> list[T]:
    """The items with the greatest (or least) key, or the `place`-th greatest; items without one do not count."""
    keyed = [(k, item) for item in items if (k := key(item)) is not None]
    ranks = sorted({k for k, _ in keyed}, reverse=direction == "max")  # type: ignore[type-var]
    if len(ranks) < place:
        return []
    return [item for k, item in keyed if k == ranks[place - 1]]
