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
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import TypeVar

from countersign.agent.chat.findings import FINDING, SUPPLIER
from countersign.extraction.cldr import month_numbers, weekday_numbers

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
_DUE = re.compile(r"\b(?:due|fallig\w*|echeance\w*|vence\w*|vencimiento|vervaldatum|vervalt|vervallen)\b")
# French and Spanish say the superlative with the comparative's words: "la plus chère", "la factura más grande";
# with "que" ("de lo") after them they compare ("plus cher que la commande", "más cara de lo pactado")
_COMPARED = ("plus ", "moins ", "mas ", "mayor", "menor")
_THAN = re.compile(r"^(?:\w+ ){0,2}(?:que|qu|de lo|de la|del|than)\b")  # "más caro de lo pactado" compares too
# "oldest first", "de oudste eerst", "die älteste zuerst", "le plus ancien d'abord", "el más antiguo primero": how
# a list is ordered, no superlative
_ORDER = re.compile(r"^(?:first|on top|zuerst|oben|eerst|bovenaan|d abord|en premier|en tete|primero|arriba)\b")
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
_NO = r"(?:no|nor|without|with no|missing|lacking|ohne|kein\w*|sans|sin|zonder|geen|ni|noch)"
# "with no PO", "still missing their PO number", "sin número de pedido", "sans numéro de commande" (folded)
_LACKS = {"po": re.compile(rf"\b{_NO} (?:a |an |une |un |una |een |their |its |the |ihre |seine |leur |son |sa |su "
                           r"|hun |het )?(?:numero de |nummer van )?(?:po|p o|purchase order|bestellung|bestellnummer"
                           r"|bon de commande|commande|orden de compra|pedido|inkooporder|bestelling)\b"),
          "tax": re.compile(rf"\b{_NO} (?:any )?(?:tax|vat|steuer|mwst|ust|tva|taxe|iva|impuestos?|btw)\b|"
                            r"\b(?:tax-?free|tax free|steuerfrei\w*|hors taxe|exento de iva|btw-?vrij\w*)\b")}
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
            and not _ORDER.match(padded.split(f" {p} ", 1)[1])
            and not (p.startswith(_COMPARED) and _THAN.match(padded.split(f" {p} ", 1)[1]))]
    said += [(key, p) for key, phrases in _OF_TWO.items() for p in phrases
             if f" {p} " in padded and not _NOT_OF_TWO.match(padded.split(f" {p} ", 1)[1])]
    said += [(key, f"{place}{stem}") for key, stems in _GERMAN.items() for stem in stems for place in ("zweit", "dritt")
             if re.search(rf"\b{place}{stem}\w*", folded)]
    if not said:
        return "rank:max:tax" if _MOST_TAX.search(folded) else None
    (direction, key), phrase = said[0]
    if _ranks_another(phrase, padded.split(f" {phrase} ", 1)[-1].split()):
        return None
    if key == "date" and _DUE.search(folded):
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


# "the invoice whose total ends in 92 cents", "deren Betrag auf 92 Cent endet", "dont le total se termine par 92
# centimes", "cuyo total termina en 92 céntimos", "waarvan het totaal op 92 cent eindigt" (folded)
_CENTS = re.compile(r"\b(\d{1,2}) (?:cents?|centimes?|centimos?|centavos?|ct)\b")
_ENDS = re.compile(r"\b(?:end|ends|ending|endet|enden|endend\w*|auf|termine|terminant|se termine|termina|terminan|"
                   r"terminado|acaba|acabe|eindigt|eindigend|op)\b")
CENTS = re.compile(r"cents:(\d{2})")


def cents_said(folded: str) -> str | None:
    """The cents a total ends in, as a reference token ("cents:92"); None if not said."""
    m = _CENTS.search(folded)
    return f"cents:{int(m.group(1)):02d}" if m and _ENDS.search(folded) else None


# "the supplier whose name starts with U", "dessen Name mit U anfängt", "dont le nom commence par U", "cuyo
# nombre empieza por U", "wiens naam met een U begint" (folded)
_INITIAL = re.compile(r"\b(?:(?:starts?|starting|begins?|beginning) with (?:the letter |an? (?=\w\b))?([a-z])"
                      r"|mit (?:dem buchstaben |einem )?([a-z]) (?:anfangt|beginnt|anfangend\w*|beginnend\w*)"
                      r"|(?:commence|commencant|debute) par (?:la lettre |une? (?=\w\b))?([a-z])"
                      r"|(?:empieza|empiezan|comienza|comienzan|empezando|comenzando) (?:por|con) "
                      r"(?:la letra |una? (?=\w\b))?([a-z])"
                      r"|met (?:de letter |een )?([a-z]) (?:begint|beginnend|start))\b")
INITIAL = re.compile(r"initial:([a-z])")


def initial_said(folded: str) -> str | None:
    """The letter a name is said to start with, as a reference token ("initial:u"); None if not said."""
    return _token("initial", _INITIAL, folded)


def _token(kind: str, pattern: re.Pattern[str], folded: str) -> str | None:
    """`kind` and the first group `pattern` matched in `folded` (one group an alternative, one a language)."""
    m = pattern.search(folded)
    return f"{kind}:{next(g for g in m.groups() if g)}" if m else None


# "the two-line invoice", "die Rechnung mit zwei Positionen", "la facture à deux lignes", "la factura de dos líneas",
# "de factuur met twee regels", "our single-line POs" (numbers already digits: numbers.spelled_out)
_COUNTS = {"single": 1, "one": 1, "einer": 1, "ein": 1, "une": 1, "una": 1, "een": 1, "two": 2, "zwei": 2, "deux": 2,
           "dos": 2, "twee": 2, "three": 3, "drei": 3, "trois": 3, "tres": 3, "drie": 3}
_LINES = re.compile(r"\b(\d|" + "|".join(_COUNTS) + r")[\s-]?(?:line|lines|lined|position|positionen|zeilen?|zeilig\w*"
                    r"|lignes?|lineas?|regels?|regel|posten)\b")
LINES = re.compile(r"lines:(\d)")


def lines_said(folded: str) -> str | None:
    """How many lines the thing is said to have, as a reference token ("lines:2"); None if not said."""
    if not (m := _LINES.search(folded)):
        return None
    count = _COUNTS.get(m.group(1)) or int(m.group(1))
    return f"lines:{count}" if count else None


PAID = ("paid", "paid for", "settled", "bezahlt", "beglichen", "payee", "paye", "reglee", "pagada", "pagado",
        "betaald", "voldaan")
# Where an invoice has got to, said of it ("the two-line invoice that went through", "the rejected one"): a
# tie-breaker among the invoices a description fits, or the group a superlative ranks ("the biggest of the
# blocked invoices")
_STATES = {"posted": ("went through", "gone through", "got through", "posted", "booked", "durchgegangen",
                      "gebucht", "verbucht", "est passee", "qui est passee", "passee", "comptabilisee",
                      "se aprobo", "contabilizada", "contabilizado", "salio adelante", "erdoor", "doorgegaan",
                      "doorheen gekomen", "doorheen is gekomen", "geboekt"),
           "paid": PAID,
           "rejected": ("rejected", "turned down", "declined", "abgelehnt", "zuruckgewiesen", "rejetee", "refusee",
                        "rechazada", "denegada", "afgewezen", "geweigerd"),
           # nothing found on it: "the clean acme one", "die saubere", "sans accroc", "que paso limpia", "de schone"
           "clean": ("clean", "cleanly", "without a hitch", "no issues", "saubere", "sauber", "einwandfreie",
                     "ohne probleme", "sans accroc", "sans probleme", "limpia", "limpio", "sin problemas",
                     "schone", "zonder problemen", "probleemloos")}
STATE = re.compile(r"state:(posted|paid|rejected|blocked|waiting|clean)")


# a state the invoices of a list are already in, said in the plural too ("which invoices were rejected", "quelles
# factures sont comptabilisées", "welke facturen zijn goedgekeurd en geboekt"); an approval done is a post here
# (an approved invoice is posted at once: "welche Rechnungen sind schon freigegeben?")
_DONE_APPROVED = re.compile(r"\b(?:are|were|have been|been|already|sind|wurden|schon|bereits|sont|ont ete|deja|estan|"
                            r"fueron|han sido|ya|zijn|werden|al)\s+(?:(?!not\b|nicht\b|pas\b|no\b|niet\b|nog\b|being\b|"
                            r"noch\b|encore\b|todavia\b|aun\b|still\b|yet\b|to\b)\w+\s+)?(?:approved|signed off|"
                            r"freigegeben|genehmigt|abgezeichnet|approuvees|validees|aprobadas|autorizadas|goedgekeurd|"
                            r"afgetekend)\b(?!\s+(?:werden|worden|te worden|by me|von mir|par moi|por mi|door mij))")
_NOT_YET = re.compile(r"\b(?:not|nicht|pas|no|niet|noch|encore|todavia|aun|still|yet|nog|pending|need|needs|must|"
                      r"muss|mussen|doit|doivent|tiene|tienen|moet|moeten)\b")


def done_state(folded: str) -> str | None:
    """The state a list question's invoices are already in ("posted", "rejected"), or None: a wait or a
    negation said with it ("not yet approved", "still to be posted") is no finished state."""
    if _NOT_YET.search(folded):
        return None
    padded = f" {folded} "
    said = [s for s in ("rejected", "posted") if any(
        f" {p} " in padded or f" {p}s " in padded for p in _STATES[s])]
    if not said and _DONE_APPROVED.search(folded):
        said = ["posted"]
    return said[0] if len(said) == 1 else None


def states_said(folded: str, groups: Sequence[str] = ()) -> str | None:
    """The states a folded message speaks of (plus `groups` the lexicon found: "blocked", "waiting"), as
    reference tokens ("state:posted"); None if none. Not "paid", asked far more often than it describes ("is
    it paid?"): the planner says when it describes ("the deal the customer has already paid for")."""
    padded = f" {folded} "
    said = [s for s, phrases in _STATES.items() if s != "paid" and any(f" {p} " in padded for p in phrases)]
    said += list(groups)
    return " ".join(f"state:{s}" for s in dict.fromkeys(said)) or None



# A vendor by how many invoices came from it: "the one vendor we've never had an invoice from", "von dem wir noch
# nie eine Rechnung hatten", "dont on n'a jamais reçu de facture", "del que nunca hemos recibido una factura", "van
# wie we nooit een factuur", "the supplier we've had two invoices uploaded from" (folded)
_NO_INVOICE = re.compile(r"\b(?:never (?:had|received|got|seen) (?:an? |any )?invoices?|no invoices? (?:from|yet)|"
                         r"(?:noch )?(?:nie|keine) (?:eine )?rechnung|jamais (?:recu|eu|vu) (?:de |une |d )?facture|"
                         r"nunca (?:hemos |he )?(?:recibido|tenido|visto) (?:una |ninguna )?factura|"
                         r"nooit (?:een )?factuur|geen factuur)")
_SOME_INVOICES = re.compile(r"\b(\d|" + "|".join(_COUNTS) + r") (?:invoices|rechnungen|factures|facturas|facturen)\b")
INVOICES = re.compile(r"invoices:(\d)")


def invoice_count_said(folded: str) -> str | None:
    """How many invoices a vendor is said to have sent, as a reference token ("invoices:0"); None if not said."""
    if _NO_INVOICE.search(folded):
        return "invoices:0"
    m = _SOME_INVOICES.search(folded)
    return f"invoices:{_COUNTS.get(m.group(1)) or int(m.group(1))}" if m else None


# "the tax-free invoice that isn't the catering one", "die nicht die vom Catering ist", "qui n'est pas celle du
# traiteur", "que no es la del catering", "die niet die van de catering is": all but the one named (folded)
_NOT_THE = re.compile(r"\b(?:(?:isn t|is not|isnt|aren t|not) (?:the|that) (\w+) one|nicht (?:die|der|das) "
                      r"(?:vom|von der|von|des) (\w+)|n est pas (?:celle|celui) (?:du|de la|de l|des|de|d) (\w+)|"
                      r"no es (?:la|el) (?:del|de la|de los|de) (\w+)|niet (?:die|de|het) van (?:de |het )?(\w+))\b")
NOT = re.compile(r"not:(\w+)")


def exclusion_said(folded: str) -> str | None:
    """The one a message excludes by name, vendor or goods, as a reference token ("not:catering")."""
    return _token("not", _NOT_THE, folded)


# A date counted from another's: "the invoice dated the day after Northwind's", "the deal that closed the day
# after the Northshore one", "the PO delivered exactly a week before the Initech one", "einen Tag nach der von
# Northwind", "le lendemain de celle de Northwind", "una semana antes que la de Initech", "een dag na die van
# Northwind" (folded); the anchor is the name after it
_SPAN = (r"(?P<span>the day|the next day|a day|one day|a week|one week|(?P<n>\d+) days|einen tag|eine woche|"
         r"(?P<n2>\d+) tage|(?<=vom |dem )tag|(?<=am )tag|lendemain|veille|une semaine|(?P<n3>\d+) jours|el dia|"
         r"del dia|un dia|una semana|vispera|(?P<n4>\d+) dias|een dag|(?<=de )dag|een week|(?P<n5>\d+) dagen)")
_WAY = (r"(?P<way>after|before|nach|vor|apres|avant|despues|antes|siguiente|anterior|na|voor)")
_RELATION = re.compile(rf"\b{_SPAN}\s+(?:exactly\s+|genau\s+|exactement\s+|justo\s+|precies\s+)?(?:{_WAY}\s+)?"
                       r"(?:que |a |de |of )?(?:the |der |dem |den |die |la |el |le |celle |celui |het |de )?"
                       r"(?:von |de |del |d |du |des |van )?(?:der |dem |la |el |de |het |las |los |les )?"
                       r"(?P<anchor>[a-z][\w-]{2,})\b")
_BACK = ("before", "vor", "avant", "antes", "anterior", "voor")
RELATION = re.compile(r"rel:(-?\d+):(\w[\w-]*)")


def relation_said(folded: str) -> str | None:
    """A date counted from another thing's, as a reference token ("rel:1:northwind", "rel:-7:initech")."""
    for m in _RELATION.finditer(folded):
        span, way = m.group("span"), m.group("way") or ""
        if not way and span not in ("lendemain", "veille", "vispera"):
            continue
        count = next((int(m.group(g)) for g in ("n", "n2", "n3", "n4", "n5") if m.group(g)), None)
        days = count if count is not None else 7 if span.endswith(("week", "woche", "semaine", "semana")) else 1
        back = way in _BACK or span in ("veille", "vispera")
        return f"rel:{-days if back else days}:{m.group('anchor')}"
    return None


# "the invoice bigger than all the others combined", "größer als alle anderen zusammen", "plus grosse que toutes
# les autres réunies", "supera a todas las demás juntas", "groter dan alle andere samen" (folded)
_DOMINANT = re.compile(r"\b(?:(?:bigger|larger|more|greater) than (?:all )?(?:the |of the )?(?:others|other \w+|rest)|"
                       r"(?:grosser|hoher|mehr) (?:ist )?als alle anderen|"
                       r"plus gros(?:se)? que (?:toutes|tous) les autres|"
                       r"(?:supera a|mayor que|mas grande que) (?:todas|todos) (?:las|los) dem[a-z]s|"
                       r"(?:groter|hoger|meer) (?:is )?dan alle (?:andere|anderen|overige))\b")
DOMINANT = re.compile(r"dominant:total")


def dominant_said(folded: str) -> str | None:
    """A thing said to outweigh all the others together, as a reference token ("dominant:total")."""
    return "dominant:total" if _DOMINANT.search(folded) else None


# A part of a month, folded: "the first week of October", "early November", "erste Woche im Oktober", "Mitte
# Oktober", "début octobre", "mi octobre", "a mediados de octubre", "eind oktober": its days, inclusive
_MONTH_PARTS = {
    (1, 7): ("first week", "erste woche", "ersten woche", "premiere semaine", "primera semana", "eerste week"),
    (8, 14): ("second week", "zweite woche", "zweiten woche", "deuxieme semaine", "segunda semana", "tweede week"),
    (15, 21): ("third week", "dritte woche", "dritten woche", "troisieme semaine", "tercera semana", "derde week"),
    (22, 28): ("fourth week", "vierte woche", "vierten woche", "quatrieme semaine", "cuarta semana", "vierde week"),
    (25, 31): ("last week", "letzte woche", "letzten woche", "derniere semaine", "ultima semana", "laatste week"),
    (1, 10): ("early", "beginning of", "start of", "anfang", "debut", "principios", "comienzos", "begin", "begin van"),
    (11, 20): ("mid", "middle of", "mitte", "mi", "milieu", "mediados", "half", "midden"),
    (21, 31): ("late", "end of", "ende", "fin", "finales", "fines", "eind", "einde", "eind van"),
}
_PART_OF = {phrase: days for days, phrases in _MONTH_PARTS.items() for phrase in phrases}
_PART = re.compile(rf"\b({'|'.join(sorted(map(re.escape, _PART_OF), key=len, reverse=True))})"
                   r"((?: (?:of|in|im|des|de|d|del|van|a))*) (\w+)\b")
# their words are words, not typos of others ("first" is no "Frist")
PART_WORDS = frozenset(word for phrases in _MONTH_PARTS.values() for phrase in phrases for word in phrase.split())
PERIOD = re.compile(r"period:(date|due):(?:(\d{1,2}):(\d{1,2}):(\d{1,2})|w(\d{1,2}))")
# a calendar week by its number: "wk 41", "KW 41", "calendar week 41", "semaine 41", "semana 45", "week 46"
_WEEK = re.compile(r"\b(?:calendar week|kalenderwoche|wk|kw|cw|week|semaine|semana|sem)\s?(\d{1,2})\b")


def period_said(folded: str) -> str | None:
    """The part of a month a folded message dates the thing by, as a reference token ("period:date:10:1:7"; "due"
    when it speaks of the due date), or its calendar week ("period:date:w41"); None when it names none. "Last
    week" alone is no part of a month."""
    if (m := _WEEK.search(folded)) and 1 <= int(m.group(1)) <= 53:
        return f"period:{'due' if _DUE.search(folded) else 'date'}:w{int(m.group(1))}"
    for m in _PART.finditer(folded):
        if (month := month_numbers().get(m.group(3))) is not None:
            low, high = _PART_OF[m.group(1)]
            return f"period:{'due' if _DUE.search(folded) else 'date'}:{month}:{low}:{high}"
    return None




# any of the tokens above: a reference that describes the thing
# A deal by its price against the price book: "the paper deal we sold at full list price", "der Papier-Deal zum vollen
# Listenpreis", "vendue au prix catalogue", "vendida a precio de tarifa", "tegen volle catalogusprijs"; or discounted
# ("the deal we gave a discount on", "mit Rabatt", "avec une remise", "con descuento", "met korting") (folded)
PRICED = re.compile(r"price:(list|discount)")
_LIST_PRICE = re.compile(r"\b(?:list price|listenpreis\w*|prix (?:de )?catalogue|prix public|precio de (?:tarifa|lista|"
                         r"catalogo)|catalogusprijs|lijstprijs)\b")
_DISCOUNT = re.compile(r"\b(?:discount\w*|below list|rabatt\w*|nachlass|remise\w*|rabais|descuento\w*|rebajad\w*|"
                       r"korting|afgeprijsd\w*)\b")
_DEAL_WORD = re.compile(r"(?:deals?|\bopportunit\w*|\baffaires?|\boportunidad\w*|verkaufschancen?|verkoopkans\w*)\b")


def price_said(folded: str) -> str | None:
    """A deal described by its price against the price book, as a token ("price:list", "price:discount")."""
    if not _DEAL_WORD.search(folded):
        return None
    return "price:list" if _LIST_PRICE.search(folded) else "price:discount" if _DISCOUNT.search(folded) else None


# who set a vendor up: "the supplier Dana set up", "a supplier Sam onboarded", "den Dana angelegt hat", "créé par
# Dana", "que dio de alta Dana", "die Dana heeft aangemaakt" (folded); the token tells the tools to look at who did
_SET_UP_VERB = (r"(?:set (?:\w+ )?up|onboard\w*|created|added|angelegt\w*|eingerichtet\w*|cree\w*|referenc\w*|"
                r"dio de alta|dado de alta|creado|aangemaakt|toegevoegd)")
_SET_UP = re.compile(rf"\b{SUPPLIER}s? (?:\w+ ){{0,4}}(?<!not )(?<!isn t )(?<!nicht )(?<!pas )(?<!niet )"
                     rf"{_SET_UP_VERB}\b|\b{_SET_UP_VERB} (?:\w+ ){{0,2}}{SUPPLIER}")  # ("isn't set up yet": no one)
SET_UP = "set_up:by"
# what describes an invoice even beside a vendor word ("the bill from the vendor Dana set up", "the invoice with the
# supplier's dodgy IBAN"): with an invoice said, the invoice is asked about
OF_BILL = re.compile(rf"{FINDING.pattern}|{SET_UP}")


DESCRIBED = re.compile("|".join(p.pattern for p in (LACKS, RANK, WEEKDAY, CENTS, INITIAL, LINES, STATE, NOT,
                                                    RELATION, DOMINANT, PERIOD, FINDING, PRICED)))


def described_by(said: str, typed: str) -> list[str]:
    """Every description a message gives, as reference tokens: `said` folded after typo repair, `typed` folded
    as typed (counts and units: "regel" is no typo of "regle")."""
    return [x for x in (rank_said(said), weekday_said(said), lacks_said(said), cents_said(typed), initial_said(said),
                        lines_said(typed), exclusion_said(said), relation_said(said), dominant_said(said),
                        period_said(said), price_said(said), SET_UP if _SET_UP.search(said) else None) if x]


# "ends in 92 cents" as typed: no amount of 92
CENTS_SAID = re.compile(r"\b\d{1,2}\s*(?:cents?|centimes?|c[eé]ntimos?|centavos?|ct)\b", re.I)
