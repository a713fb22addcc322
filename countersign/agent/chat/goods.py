"""What a word names among goods, services and kinds of supplier, across the five languages.

People ask in their own language about invoices whose lines and vendors are written in another:
"die Rechnung für die Akkubohrer" is the one for "Cordless drill 18V", "la facture du traiteur"
the one from "Umbrella Catering". Each word maps to the concepts of `goods_glossary.tsv` (one
concept a line: its English key, then its words in en, de, fr, es and nl), so two words in
different languages match when they share a concept. A German or Dutch compound the glossary
lacks names what its head names ("Ersatzbohrer" is a "bohrer"); one whose head is a kind of supplier
names what it supplies too ("Papierlieferant"). A line whose key starts with "*" holds the general words
for its whole section ("food", "Büromaterial", "outillage"): such a word names every concept of the
section ("the food invoice" is the one for "Team lunch catering"), while two concepts of one section
stay apart (a drill is no ladder). Pure lookups over package data.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

GLOSSARY = Path(__file__).with_name("goods_glossary.tsv")
_HEAD = 5  # a compound's head: five letters at least ("toner", "bohrer"), after a stem of three or more
_ENDINGS = ("es", "en", "s", "n", "e")  # plural and case endings a glossary form may lack
# the longest word taken apart as a compound (real ones stay well under it: "Arbeitsplatzrechnerzubehörrechnung"
# has 34 letters); past it every head would be looked up, an invoice's word repeated ("rechnungrechnung…") as deep
_LONGEST = 48
# heads that say little of what was bought: a compound of one names its first part too ("Befestigungsmaterial")
_GENERIC = frozenset(("labour", "material", "equipment", "factory"))
_SUPPLIER = "supplier"  # the concept of a supplier as such
# an invoice's, an order's or a deal's word as a compound's head: the goods are the stem's ("winkelinrichtingsdeal")
_DOCUMENTS = frozenset(("rechnung", "rechnungen", "factuur", "facturen", "bestellung", "bestellungen", "bestelling",
                        "bestellingen", "inkooporder", "inkooporders", "order", "orders", "deal", "deals", "auftrag",
                        "auftrage", "opdracht", "opdrachten"))
# a pack's word as a compound's tail: "Schlagschrauber-Sets", "slagschroevendraaierkits" name the goods and the pack
_PACKS = ("kits", "kit", "sets", "set")
SUPPLIER_KINDS = frozenset((_SUPPLIER, "wholesaler", "manufacturer"))  # who sells, not what is sold
# what a line is billed or counted by, not what is bought: "cuyo día de pago", "the monthly run", "a unit price the PO
# never agreed to" name no supplier's goods
BILLING_UNITS = frozenset(("day", "hours", "weekly", "monthly", "annual", "unit"))


def plain(word: str) -> str:
    """Lower case without accents: the glossary's and the matcher's common form."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


@cache
def _glossary() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """Every word form (plain) -> the concept keys it names; and each concept key -> its section's
    general key (a "*" line's), for the sections that have one."""
    table: dict[str, set[str]] = {}
    section: dict[str, str] = {}
    general: str | None = None
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if line.startswith("# ---"):
            general = None  # a new section begins: its general line, if any, comes first
        if not line.strip() or line.startswith("#"):
            continue
        columns = line.split("\t")
        key = plain(columns[0].split("|")[0])
        general = key if key.startswith("*") else general
        if general:
            section[key] = general
        for column in columns:
            for form in column.split("|"):
                if len(form := plain(form.strip())) >= 3 and not form.startswith("*"):
                    table.setdefault(form, set()).add(key)
    return {form: frozenset(keys) for form, keys in table.items()}, section


def _table() -> dict[str, frozenset[str]]:
    return _glossary()[0]


def named_goods(word: str) -> frozenset[str]:
    """The concepts a word names as one of the glossary's own forms (no compound split), or a long form's plural
    ("500 montagebeugels": "montagebeugel"): how goods are counted ("500 brackets", "500 Winkel"), where a near
    word must not do ("24000 fest")."""
    w, table = plain(word), _table()
    if found := table.get(w):
        return found
    plural = next((w[:-len(end)] for end in ("s", "en", "es") if w.endswith(end) and len(w) - len(end) >= 7), "")
    return table.get(plural, frozenset())


@cache
def concepts(word: str) -> frozenset[str]:
    """The concepts a word names: as written, without an ending, or by its compound's head (none
    for a word that names no goods, service or kind of supplier)."""
    w = plain(word)
    if len(w) > _LONGEST:  # no goods' word is this long: a hostile line's text is not taken apart
        return frozenset()
    if found := _lookup(w):
        return found
    if (pack := next((p for p in _PACKS if w.endswith(p) and len(w) - len(p) > _HEAD), None)) and (
            found := concepts(w[: -len(pack)].rstrip("-"))):
        return found | _lookup(pack)
    for start in range(3, len(w) - _HEAD + 2):  # the longest head first
        head, stem = w[start:], w[:start]
        # a head of six letters after any stem; of five only after a known word ("Druckertoner", but
        # "industrial" holds no "trial"); of four only a generic one after a known word ("implementatiewerk")
        named = _lookup(stem) or _lookup(stem[:-1])
        if stem.endswith("ge") and head not in _table():
            continue  # a German participle ("abgeschlossen", "angeschlossen": closed, connected), no "Schloss" (lock)
        if (len(head) >= 6 or named) and (found := _lookup(head)) and (len(head) >= _HEAD or found <= _GENERIC):
            # "Papierlieferant": paper and a supplier; "Implementierungsarbeiten": work, and what work
            return found | named if _SUPPLIER in found or found <= _GENERIC else found
        if head in _DOCUMENTS and (named := concepts(stem.removesuffix("-"))):
            return named  # "Büromaterialrechnung", "kantoorartikelenfactuur": the goods the invoice is for
    return frozenset()


def _lookup(w: str) -> frozenset[str]:
    table = _table()
    if w in table:
        return table[w]
    return next((table[w[: -len(e)]] for e in _ENDINGS
                 if w.endswith(e) and len(w) - len(e) >= 4 and w[: -len(e)] in table), frozenset())


def same_thing(a: str, b: str, kinds: bool = True) -> bool:
    """Whether two words name the same goods, service or kind of supplier ("Bohrer", "drills"), or, with
    `kinds`, one names the kind of goods the other is ("food" and "catering", "Büromaterial" and "toner"):
    what was bought is matched by kind, a name word by its own meaning ("drills" names no "Acme Tools")."""
    ca, cb = concepts(a), concepts(b)
    return bool(ca & cb or kinds and (_covers(ca, cb) or _covers(cb, ca)))


def _covers(general: frozenset[str], specific: frozenset[str]) -> bool:
    """Whether the general keys among `general` hold a concept of `specific` in their section."""
    kinds = {k for k in general if k.startswith("*")}
    section = _glossary()[1]
    return bool(kinds) and any(section.get(k) in kinds for k in specific)
