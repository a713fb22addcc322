"""Where a vendor or customer is: "the Munich supplier", "le client de Duluth", "el proveedor alemán".

People name a counterparty by its town or country when its name escapes them. A record's address
("Industriestrasse 7, 80331 Muenchen, Germany") is read for the places it names, and a question
for the places it mentions, both through `places.tsv` (one place a line: its English key, then
its names in the languages people write, transliterations and, for countries, the adjectives
"German", "allemand", "alemán"), so "Múnich" in a question meets "Muenchen" in an address.
A place the table lacks still matches by its own spelling. Pure lookups over package data.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import TypeVar

from rapidfuzz.distance import OSA

TABLE = Path(__file__).with_name("places.tsv")
_LONGEST = 4  # words in the longest place name looked for ("saint louis", "rio de janeiro")
_UMLAUT = re.compile(r"(?<=[a-z])(?:ae|oe|ue)")  # "Muenchen" is "München": both fold to "munchen"
_STREETS = re.compile(r"\d|\b(?:street|st|road|rd|lane|ln|way|ave|avenue|blvd|drive|dr|suite|floor|"
                      r"strasse|straße|str|weg|platz|allee|gasse|rue|avenue|boulevard|calle|avenida|plaza|"
                      r"straat|laan|plein|gracht|via|piazza|rua|ulica)\b", re.I)
T = TypeVar("T")
# A US address names its state by the postal code ("Seattle, WA 98101"): the state's key in places.tsv
_US_STATES: dict[str, tuple[str, ...]] = {code: (name,) for code, name in (
    ("AL", "alabama"), ("AK", "alaska"), ("AZ", "arizona"), ("AR", "arkansas"), ("CA", "california"),
    ("CO", "colorado"), ("CT", "connecticut"), ("DE", "delaware"), ("FL", "florida"), ("GA", "georgia"),
    ("HI", "hawaii"), ("ID", "idaho"), ("IL", "illinois"), ("IN", "indiana"), ("IA", "iowa"), ("KS", "kansas"),
    ("KY", "kentucky"), ("LA", "louisiana"), ("ME", "maine"), ("MD", "maryland"), ("MA", "massachusetts"),
    ("MI", "michigan"), ("MN", "minnesota"), ("MS", "mississippi"), ("MO", "missouri"), ("MT", "montana"),
    ("NE", "nebraska"), ("NV", "nevada"), ("NH", "new hampshire"), ("NJ", "new jersey"), ("NM", "new mexico"),
    ("NY", "new york state"), ("NC", "north carolina"), ("ND", "north dakota"), ("OH", "ohio"),
    ("OK", "oklahoma"), ("OR", "oregon"), ("PA", "pennsylvania"), ("RI", "rhode island"),
    ("SC", "south carolina"), ("SD", "south dakota"), ("TN", "tennessee"), ("TX", "texas"), ("UT", "utah"),
    ("VT", "vermont"), ("VA", "virginia"), ("WV", "west virginia"), ("WI", "wisconsin"), ("WY", "wyoming"))}
_US_STATES["WA"] = ("washington state", "washington")  # "the Washington supplier" rarely means the capital
_US_STATES["DC"] = ("washington",)


def fold(text: str) -> str:
    """Lower case, without accents, umlauts spelt out or not alike, punctuation as spaces."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))
    text = text.replace("ß", "ss")
    return " ".join(_UMLAUT.sub(lambda m: m.group(0)[0], re.sub(r"[^\w]+|_", " ", text)).split())


@cache
def _table() -> dict[str, str]:
    """Every name (folded) -> its place's key."""
    names: dict[str, str] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, _, forms = line.partition("\t")
        for form in (key, *forms.split("|")):
            if len(name := fold(form)) >= 3:
                names.setdefault(name, fold(key))
            # a name of several words as a question's reference reaches it: without its small words and numbers
            # ("Land of 10,000 Lakes" -> "land lakes", "tierra de los 10.000 lagos" -> "tierra lagos")
            if len(bare := [w for w in name.split() if w not in _SMALL and not w.isdigit()]) >= 2 < len(name.split()):
                names.setdefault(" ".join(bare), fold(key))
    return names


_SMALL = frozenset("of the de la le les du des del los las der die das van het aux au y and et und en".split())


def _grams(words: Sequence[str]) -> Iterable[str]:
    for size in range(_LONGEST, 0, -1):
        for start in range(len(words) - size + 1):
            yield " ".join(words[start:start + size])


def mentioned(text: str, *, inside: bool = False) -> frozenset[str]:
    """The places a question mentions, by the table's keys ("Múnich" -> "munich"), a US state's postal code
    ("our NJ supplier") or a city's airport code ("the SEA invoice", "MUC-Lieferant"), both in capitals. `inside`:
    `text` is words taken from inside a question (a reference), so its first word begins no sentence."""
    table = _table()
    found = {table[gram] for gram in _grams(fold(text).split()) if gram in table} | {
        key for m in re.finditer(r"[^\W\d_]{7,}", text) if (key := _demonym(m.group(0), table, not inside and re.search(
            r"(?:^|[.!?:;—–-])\W*$", text[:m.start()]) is not None))}
    for code in _CODE.findall(text):
        if len(code) == 2 and code not in _NOT_STATES:
            found.update(_US_STATES.get(code, ()))
        elif len(code) == 3 and code not in _NOT_AIRPORTS and (city := _airports().get(code)):
            found.add(table.get(city, city))
    return frozenset(found)


# a town's people, as an adjective: "the Münchner supplier", "le fournisseur munichois", "our Bostonian vendor",
# "der Berliner Lieferant", "le fournisseur seattlois": its town's name (its "-en" or "-e" dropped) and an ending
_DEMONYM = re.compile(r"(?:n?er|ois|oise|ais|aise|ien|ienne|iens|ian|ians|ite|ites|eno|ena|ense|enses|ese)$")


def _demonym(word: str, table: dict[str, str], opens: bool) -> str | None:
    """The place of a town's adjective (_DEMONYM), by a stem of five letters or more, so no common word is one; an
    "-er" one capitalized inside a sentence (`opens`: it begins one), as German writes it ("Münchner", not "further",
    "Further to my mail")."""
    folded = fold(word)
    if folded in table or not (m := _DEMONYM.search(folded)) or m.group(0).endswith("er") and (
            opens or not word[0].isupper()):
        return None
    stem = folded[:m.start()]
    return next((table[name] for name in (stem, f"{stem}e", f"{stem}en", f"{stem}n") if len(stem) >= 5
                 and name in table and " " not in name), None)


# capitals alone, or before a hyphenated word ("MUC-Lieferanten"), not an id's prefix ("UC-77", "GX-2026")
_CODE = re.compile(r"(?<![\w-])([A-Z]{2,3})(?![\w]|-\d)")
# postal codes that are also finance's or chat's abbreviations ("vendor ID", "AR", "OK"), or a country's code
_NOT_STATES = frozenset(("ID", "AR", "OK", "IN", "OR", "DE", "PA", "HI", "AL", "MD"))
# capitals people write for other things that happen to be some airfield's code ("CFO", "CRM", "KPI")
_NOT_AIRPORTS = frozenset(("AKA", "AML", "API", "AWS", "BCC", "BIC", "BTW", "CEO", "CET", "CFO", "CIF", "COO", "CRM",
                           "CSV", "CTO", "DAP", "DDP", "DHL", "DUE", "EIN", "EOD", "EOM", "EOW", "ERP", "EST", "ETA",
                           "EXW", "FAQ", "FAX", "FOB", "FWD", "FYI", "GBP", "GMT", "GST", "HST", "IMO", "INV", "IPO",
                           "IVA", "KPI", "KYC", "LOL", "MSA", "NDA", "NET", "NYC", "OMG", "OOO", "OPP", "PDF", "PLS",
                           "POS", "PST", "PTO", "QST", "QTY", "REF", "RFP", "RFQ", "ROI", "SAP", "SKU", "SLA", "SOW",
                           "SOX", "SSN", "TAX", "TBC", "TBD", "THX", "TVA", "UPS", "URL", "USA", "UTC", "VAT", "WIP",
                           "XML", "ZIP"))


@cache
def _iata() -> dict[str, dict]:
    """airportsdata's airports by IATA code, read once, on first use."""
    import airportsdata  # noqa: PLC0415 - its table loads on first use only

    return airportsdata.load("IATA")


@cache
def _airports() -> dict[str, str]:
    """An airport's IATA code -> its city, folded."""
    return {code: fold(a["city"]) for code, a in _iata().items() if a.get("city")}


@cache
def _regions() -> dict[str, str]:
    """A town's key -> its region's key ("munich" -> "bavaria"), from the airports' table, where every airport of
    a town of that name agrees on one region (Paris, France and Paris, Texas do not): an address rarely prints
    its region, but people name a supplier by it ("our supplier in Bavaria")."""
    table, seen = _table(), {}
    for a in _iata().values():
        if a.get("city") and a.get("subd"):
            town, region = fold(a["city"]), fold(a["subd"])
            seen.setdefault(table.get(town, town), set()).add(table.get(region, region))
    return {town: next(iter(regions)) for town, regions in seen.items() if len(regions) == 1}


@cache
def located(address: str | None) -> frozenset[str]:
    """The places an address names: its town and country by the table's key; a part after the
    street that names no place the table knows, as written ("Raccoon City", all of it); the street
    itself without its number ("harbor street", "industriestrasse") and the postal code ("78744")."""
    if not address:
        return frozenset()
    parts = [p for p in address.split(",") if p.strip()]
    table, found = _table(), set()
    if len(parts) > 1:
        found |= _street(parts[0])
        parts = parts[1:]  # the first part is the street (or a building): its words name no town
        found |= {code for part in parts for code in re.findall(r"\b\d{4,6}\b", part)}
    for part in parts:
        found.update(key for code in re.findall(r"\b[A-Z]{2}\b", part) for key in _US_STATES.get(code, ()))
        words = [w for w in fold(_STREETS.sub(" ", part)).split() if len(w) > 2]  # state codes read above
        known = {table[gram] for gram in _grams(words) if gram in table}
        found |= known or ({" ".join(words)} if len(" ".join(words)) >= 4 else set())
    regions = _regions()
    return frozenset(found | {region for place in found if (region := regions.get(place))})


def _street(part: str) -> set[str]:
    """A street as people name it, its number dropped: "42 Harbor Street" -> "harbor street". Only
    with its kind of street said ("Street", "-strasse"), so "Harbor" alone is no street."""
    words = [w for w in fold(part).split() if not any(c.isdigit() for c in w)]
    named = " ".join(words)
    kind = _STREETS.search(" ".join(w for w in part.split() if not any(c.isdigit() for c in w)))
    compound = any(w.endswith(("strasse", "weg", "straat", "gasse", "laan", "platz", "plein")) and len(w) > 8
                   for w in words)
    return {named} if len(named) >= 6 and (kind or compound) else set()


# a street's kind after its name: "Industrial Way", "Harbor Street", "Freidrich Lane" (a street, not a vendor)
_KINDS = r"street|st|road|rd|lane|ln|way|avenue|ave|boulevard|blvd|drive|dr|plaza"
STREET_KIND = re.compile(rf"\b(?:{_KINDS})\b", re.I)
# a street said with its house number: "at 100 industrial way", "del 100 de Industrial Way", "Industriestrasse 7",
# "Freidrich Lane 4120"
_STREET_SAID = re.compile(r"\b\d{1,5}\s+(?:(?:de|del|van|von|am|an)\s+)?((?:[^\W\d_]+\s+){1,3}?"
                          rf"(?:{_KINDS}|square|court|place))\b|"
                          r"\b([^\W\d_]{3,}(?:strasse|straße|weg|straat|gasse|laan|platz|plein))\s+\d{1,5}\b|"
                          r"\b(?:(?:in|der|am|an|the|on|aan|op|de|del|la)\s+)*"  # "in der Freidrich Lane 4120"
                          rf"((?:[^\W\d_]+\s+){{1,2}}?(?:{_KINDS}))\s+\d{{1,5}}\b(?![.,]\d)", re.I)


# words that tell a figure's street apart from a figure before other words ("the 500 invoice on the way", "paid 200
# to dr smith"): a street's name has none of them
_NO_STREET_NAME = frozenset(("the", "a", "an", "to", "on", "of", "from", "for", "in", "at", "by", "and", "or", "is",
                             "invoice", "invoices", "bill", "bills", "usd", "eur", "euros", "dollars"))


def without_house_number(text: str) -> str:
    """`text` with the house number of a street it names blanked ("the bill from 4120 freidrich lane", "aus der
    Freidrich Lane 4120"): a house number is no amount; the street names the vendor (with_street)."""
    def blanked(m: re.Match[str]) -> str:
        said = m.group(0)
        if text[max(0, m.start() - 1):m.start()] in (",", ".", "'", "$", "€", "£") or _NO_STREET_NAME & set(
                fold(re.sub(r"\d", " ", said)).split()):
            return said  # "the 1,200 invoice from st louis": an amount's last digits
        return re.sub(r"\d", " ", said)
    return _STREET_SAID.sub(blanked, text)


def with_street(text: str, words: str) -> str:
    """`words` with the street `text` names by its house number, its words in a row first as `located` has them
    ("tools industrial" -> "industrial way tools"): the number alone is no word, yet the street says which vendor;
    first, so that a situation's words told before it are the ones a length cap cuts."""
    if not (m := _STREET_SAID.search(text)):
        return words
    street = fold(next(g for g in m.groups() if g)).split()
    return " ".join([*street, *(w for w in words.split() if fold(w) not in street)])


def in_named_place(text: str, items: Iterable[T], address_of: Callable[[T], str | None]) -> list[T]:
    """The items whose address is in a place `text` names: by the table, or by the address's own
    words, when `text` has them all in a row (a town the table lacks); abroad (_ABROAD), those in another
    country than most of them."""
    if says_abroad(text):
        return abroad(list(items), address_of)
    places = mentioned(text, inside=True)  # "Münchner Winkelrechnung": a reference's words, no sentence
    said = fold(text).split()
    return [item for item in items
            if (where := located(address_of(item))) and (places & where or any(_said_in(said, w) for w in where))]


def _said_in(said: list[str], place: str) -> bool:
    """Whether the folded words `said` name `place` in a row; a street of two words or more also with a letter
    missing, added or swapped in a long word ("harbor stret")."""
    words = place.split()
    for i in range(len(said) - len(words) + 1):
        run = said[i:i + len(words)]
        if run == words or len(words) > 1 and all(
                a == b or len(b) >= 5 and OSA.distance(a, b) <= 1 for a, b in zip(run, words, strict=True)):
            return True
    return False


def on_its_street(text: str, name: str, address: str | None) -> bool:
    """Whether the words `text` shares with a vendor's `name` are words of another vendor's `address`: "the supplier
    on industrial way in springfield" names a street, not Globex Industrial."""
    said, address_words = set(fold(text).split()), set(fold(address or "").split())
    shared = said & set(fold(name).split())
    return bool(shared) and shared <= address_words


# abroad, as people say it (folded, small words optional): "our foreign supplier", "across the pond", "aus dem
# Ausland", "auf der anderen Seite des großen Teichs", "d'outre-Atlantique", "del otro lado del charco", "aan de
# overkant van de grote plas"
_ABROAD = re.compile(r"\b(?:abroad|overseas|foreign|across (?:the )?pond|outside (?:the )?(?:us|usa|u s|united states|"
                    r"country)|ausland\w*|auslandisch\w*|uberseeisch\w*|"
                    r"(?:anderen )?seite (?:des )?(?:grossen )?teichs|"
                    r"etranger\w*|outre atlantiq\w*|outre mer|extranjer\w*|del exterior|(?:otro )?lado (?:del )?charco|"
                    r"buitenland\w*|overze\w*|overkant (?:van )?(?:de )?grote plas)\b")


def says_abroad(text: str) -> bool:
    """Whether `text` says abroad (_ABROAD), however it is spelt or accented."""
    return bool(_ABROAD.search(fold(text)))


def with_abroad(text: str, words: str) -> str:
    """A reference's `words` with "abroad" added when `text` says so in words that are cues ("outside the US")."""
    return f"{words} abroad".strip() if says_abroad(text) and not says_abroad(words) else words


def is_place_code(word: str) -> bool:
    """A word in capitals that names a place by its code ("IL", "SEA"), though it may fold to a common word ("il")."""
    return word.isupper() and bool(mentioned(word))


def abroad(items: Sequence[T], address_of: Callable[[T], str | None]) -> list[T]:
    """The items in another country than most of them (the home country: no setting names it); none when no
    country is most of them."""
    countries = [country_of(address_of(item)) for item in items]
    counts = Counter(c for c in countries if c).most_common(2)
    if not counts or len(counts) > 1 and counts[0][1] == counts[1][1]:
        return []
    home = counts[0][0]
    return [item for item, country in zip(items, countries, strict=True) if country and country != home]


def country_of(address: str | None) -> str | None:
    """The ISO code of the country an address is in: a US state's postal code says US ("Seattle, WA 98101"),
    else a country it names ("80331 Muenchen, Germany")."""
    if not address:
        return None
    if any(code in _US_STATES for part in address.split(",")[1:] for code in re.findall(r"\b[A-Z]{2}\b", part)):
        return "US"
    return next((code for key in sorted(located(address)) if (code := _country_code(key))), None)


@cache
def _country_code(key: str) -> str | None:
    import pycountry  # noqa: PLC0415 - its tables load on first use only

    try:
        return pycountry.countries.lookup(key).alpha_2 if len(key) > 3 else None
    except LookupError:
        return None


def banking_in(text: str, items: Iterable[T], iban_of: Callable[[T], str | None]) -> list[T]:
    """The items whose IBAN is of a country `text` names ("the supplier that banks in Belgium",
    "met een Belgische bankrekening"): a vendor's bank may be abroad when its address is not."""
    return in_named_place(text, items, lambda item: _iban_country(iban_of(item)))


def _iban_country(iban: str | None) -> str | None:
    """The country an IBAN is of, by name (pycountry), for `located`."""
    import pycountry  # noqa: PLC0415 - its tables load on first use only

    code = (iban or "").replace(" ", "")[:2].upper()
    country = pycountry.countries.get(alpha_2=code) if len(code) == 2 and code.isalpha() else None
    return f"x, {country.name}" if country is not None else None  # an address's last part names its country


def banked_with(text: str, items: Iterable[T], iban_of: Callable[[T], str | None]) -> list[T]:
    """The items whose IBAN's bank (schwifty's registry) a capitalized word of `text` names ("the invoice paying
    into a Barclays account", "with the Commerzbank details"); none when `text` names no bank."""
    said = {w.casefold() for w in re.findall(r"\b[A-Z][\w-]{3,}", text)}
    return [item for item in items if said & set(re.findall(r"[\w-]+", (_bank_name(iban_of(item)) or "").casefold()))]


def _bank_name(iban: str | None) -> str | None:
    from schwifty import IBAN  # noqa: PLC0415 - its registry loads on first use only
    from schwifty.exceptions import SchwiftyException  # noqa: PLC0415

    try:
        return IBAN((iban or "").replace(" ", "")).bank_name if iban else None
    except SchwiftyException:
        return None
