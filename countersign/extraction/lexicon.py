"""Labels read by meaning: label words as concepts, fields named by combinations of concepts.

The pattern lexicon (`labels.LABELS`) knows wordings one by one; an invoice from a program it has
not met says "Datum factuur", "Re.-Nr.", "Fecha vencimiento" or "VAT Registration No.". Here a
label is read as a short run of concept words in fourteen languages (English, German, French, Dutch,
Spanish, Italian, Portuguese, Polish, Czech, Hungarian, Turkish, Finnish, Estonian, Greek):
"Rechnungs-Nr." is DOC NUM, "Date de facture" is DATE DOC, "Your Order No." is YOUR ORDER NUM,
"Zwischensumme" is NET TOTAL.
German and Dutch compounds are split at known word ends ("Fälligkeits|datum", "Inkooporder|nummer").
`RULES` name a field (and a label rank, 0 strongest) from the concepts a label holds, so a new
combination of known words is still read. A label is only a label if a value fitting its field
follows it (`labels.validate`): this module says what a text would label, not that it does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from countersign.extraction.cldr import currency_signs, month_numbers
from countersign.extraction.label_words import ACRONYMS, CLOSING, EITHER, FILLER, SUFFIXES, WITH, WORDS
from countersign.extraction.values import CURRENCY_CODES

# Lao writes its vowels and tone marks as combining marks, no word characters: "ວັນທີ" is one word ("Buyer's" too);
# Uzbek's "oʻ" and "gʻ" typed with a left quote, an apostrophe or the modifier letter are one word too ("To‘lov
# muddati", "To'lov muddati": read as "to‘lov").
LAO_MARKS = "\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ece"
_TOKEN = re.compile(r"[\s\-–/&,'()]*(?:(?P<dots>(?:[^\W\d_]\.){2,})"
                    r"|(?P<slashed>[^\W\d_]/[^\W\d_](?![^\W\d_/]))"  # "P/O No.", "D/O Date": one word, as typed
                    r"|(?P<edoc>(?:nfs|nfc|nf|ct|nfcom)-e(?![^\W\d_]))"  # Brazil's e-documents: "Número da NFS-e"
                    r"|(?P<word>#|№|n\.?[°º]\.?|(?:[^\W\d_°º]|[" + LAO_MARKS + r"]|(?<=[^\W\d_])‘(?=[^\W\d_])"
                    r"|(?<=[oOgG])['’ʻ](?=[^\W\d_])|(?<=[\u05d0-\u05ea])[\"״](?=[\u05d0-\u05ea]))++"
                    r"(?:'s|(?<=[\u05d0-\u05ea])[׳'](?![^\W\d_]))?(?![\d_])\.?))",  # "מס׳": a Hebrew abbreviation
                    re.IGNORECASE)
# A tax row's base after its rate: "VAT 20% of £1,000.00", "MwSt 19% auf 1.000,00", "VSK 24% af 759.923", Romansh
# "TPV 8,1 % sin 408.70".
_BASE = (r"(?:\s*(?:of|on|af|auf|von|sur|su|sobre|s/|de|z|od|sin)\s+(?:[$€£]\s?|[A-Z]{3}\s)?"
         r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d[\d.,'\u00a0]*\d)(?!\S))?")  # "sur 1 722,00" too
# (a tax group's letter after the rate: "TVA 18 % (B)", "VAT 18% on B", as fiscal printers mark it)
# (Turkish prints the sign first: "KDV(%20)")
_TAIL = re.compile(r"\)?(?:\s*\(?\s*@?\s*(?P<pct>%\s?)?(?P<rate>\d{1,2}(?:[.,]\d{1,3})?)\s*(?(pct)|%)\s*\)?" + _BASE
                   + r"(?:\s*\([A-Z]\)|\s*(?<=\s)(?:on|sur|auf|sobre)\s+[A-Z](?![^\W_])"
                   r"|\s*[x×]\s*DPP(?:\s+Nilai\s+Lain)?)?)?"  # Indonesia's "PPN 12% x DPP Nilai Lain": times its base
                   r"(?:\s*(?:[Ii]n\s+|[Ee]n\s+)?\(?\s*(?P<cur>[A-Z]{3}|[A-Z]{1,2}[$£]|[$€£]|kr\.?|(?<=\()[^\W\d_]{1,3}\.?(?=\s*\)))"
                   r"\s*\)?(?![A-Za-z]))?"  # "in EUR", "(DT)"
                   r"(?:\s*[.:…_]{2,}(?=\s|$))?\s*(?:[:՝]|[\-–](?![\d.,]))?\s*")  # leaders: "NO:....:", "՝"
_LEAD_RATE = re.compile(r"(?:(?:zzgl|abzgl|inkl|incl|plus)\.?\s*|\+\s*)?(?P<rate>\d{1,2}(?:[.,]\d{1,3})?)\s*%\s*",
                        re.IGNORECASE)
NUMBERED = re.compile(r"\d{1,2}[.)]\s+(?=[^\W\d_])")
_CLOSED = re.compile(r"\s+([^\W\d_]+)(?![^\W\d_])")  # a word that closes a label (`label_words.CLOSING`)
_JOINED = re.compile(r"(?:\s+(?P<w>[^\W\d_]{1,4}\.?))+\s*(?:(?P<colon>:)|$)")  # filler words, then the colon
MAX_WORDS = 6
# Arabic's article and the particles joined to it ("المشتغل" the dealer, "للعميل" for the customer, "والتوريد"): a word
# read as the word without them when the lexicon knows only that
_ARTICLE = re.compile(r"(?:[وفبك]?ال|لل)(?=[\u0621-\u064a]{3})")
_NOT_FIRST = frozenset(("bc", "bdc"))  # label words only after another (a value's prefix when they open a line)
_GLUED = re.compile(r"[-–]([^\W\d_]+)[-–/]?[\w\-/]*\d")  # a word joined by a dash to letters and digits: an id


AMOUNTS = frozenset(("subtotal", "tax", "total"))  # the amount fields, which the sums check
_SERIES_LETTERS = re.compile(r"[A-Z]{1,4}")
_PERIOD = re.compile(r"\s*(?:(?:for|für|fur|pour|de|del|van|voor|per)\s+)?([^\W\d_]{3,}\.?)\s+(?:de\s+)?(?:19|20)\d\d"
                     r"(?![\d.,])\s*:?")


def _month_of(text: str, pos: int) -> int | None:
    """Where a month and its year after a label end ("October 2025", "de marzo de 2026"), if they follow it."""
    m = _PERIOD.match(text, pos)
    return m.end() if m and m.group(1).lower().rstrip(".") in month_numbers() else None


@dataclass(frozen=True)
class LabelRead:
    """A label read by meaning: like a regex match, `end()` is where its value may start and
    `groupdict()` carries the tax rate printed in it."""

    stop: int
    rate: str | None = None
    concepts: int = 1  # how many concept words the label holds

    def end(self) -> int:
        return self.stop

    def groupdict(self) -> dict[str, str | None]:
        return {"rate": self.rate}


@lru_cache(maxsize=8192)
def concepts_of(word: str) -> tuple[str, ...] | None:
    """The concepts of one word (lower case, no trailing dot), splitting compounds; None when
    it is not a label word."""
    if word in WORDS:
        return WORDS[word]
    if (article := _ARTICLE.match(word)) and word[article.end():] in WORDS:
        return WORDS[word[article.end():]]
    if len(word) > 5 and word.endswith("s") and word[:-1] in WORDS:  # "Rechnungs-", "Fälligkeits-"
        return WORDS[word[:-1]]
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            head = concepts_of(word[: -len(suffix)].rstrip("-"))
            tail = concepts_of(suffix) or ()
            if head:
                return head + tail
    return None


@lru_cache(maxsize=8192)
def read_label(text: str) -> tuple[tuple[str, int, LabelRead], ...]:
    """The fields the start of `text` would label, as (field, rank, read): the longest run of
    label words that names a field, strongest reading first; [] when it names none. A run that
    names something that is no field ("Customer No.", "Amount paid") reads as ("", 0, read).
    A word of two languages (`EITHER`) is read both ways, the reading that labels more first
    ("PVM 21 %" is a tax, "Laskun pvm" a date). Cached: a page asks about the same texts many times."""
    first, either = _read(text, False)
    if not either:
        return first
    second, _ = _read(text, True)
    best: dict[tuple[str, int], tuple[str, int, LabelRead]] = {}
    for found in (*first, *second):
        if found[:2] not in best or found[2].end() > best[found[:2]][2].end():
            best[found[:2]] = found
    return tuple(sorted(best.values(), key=lambda o: -o[2].end()))


def _read(text: str, other: bool) -> tuple[tuple[tuple[str, int, LabelRead], ...], bool]:
    """`read_label` with each word of `EITHER` read as its own concepts, or (`other`) as its
    other language's; and whether the text has such a word."""
    either = False
    numbered = NUMBERED.match(text)  # a form's numbered line: "8. CURRENT PAYMENT DUE"
    lead = _LEAD_RATE.match(text, numbered.end() if numbered else 0)
    pos = lead.end() if lead else numbered.end() if numbered else 0
    rate = lead.group("rate") if lead else None
    runs: list[tuple[list[str], int]] = []  # concepts so far, and where that run ends
    concepts: list[str] = []
    contained = last = None  # (whether a tax word is "included in" what follows: "GST included in total")
    worded = len(text) + 1  # where the first concept's word of two letters or more ends: one letter alone is no label
    while len(runs) < MAX_WORDS:
        m = _TOKEN.match(text, pos)
        if m is None:
            break
        # (Turkish "İ" lowers to "i" and a combining dot: "TARİH" is "tarih")
        raw = (m.group("dots") or m.group("slashed") or (m.group("edoc") or "").replace("-", "")
               or m.group("word")).lower().replace("\u0307", "")
        if re.match(r"[-–/]\d", text[m.end():m.end() + 2]) or (
                (glued := _GLUED.match(text, m.end())) and concepts_of(glued.group(1).lower()) is None):
            break  # "INV-1043", "PO-2001", "PO-BEJV-37356": a value, not a label word ("Rechnungs-Nr." is one)
        word = raw.replace(".", "") if m.group("dots") else re.sub(r"(?<=[og])['’ʻ]", "‘", raw.rstrip("."))
        contained, last = contained or (word in _INTO and last in _INCLUDED), word
        either = either or word in EITHER
        found = _concepts_here(_cased(word, raw, m), other, bool(concepts), text, m.end())
        if found is None and word not in FILLER and _tax_qualifier(concepts, word, text, m.end()):
            runs[-1] = (concepts, m.end())  # "IVU estatal 10.5%", "GST state 9%": which tax, then its rate
            pos = m.end()
            continue
        # (a series' letters are passed over: "Seria EA № 9900925")
        if found is None and word not in FILLER and not _series_letters(concepts, m, text) or (
                found is not None and _number_prefix(concepts, found, text[m.end():], word)):
            break
        if found is not None:
            concepts = concepts + list(found)
            runs.append((concepts, m.end()))
            worded = min(worded, m.end()) if len(word) > 1 else worded
        pos = m.end()
    # ("С 111 РМ 42", a lorry's plate: "с" is a preposition, "Итого с НДС", no label alone)
    runs = [(words, stop) for words, stop in _joined_dates(text, runs) if stop >= worded]
    for words, stop in reversed(runs):
        named = (("tax", 0),) if contained and "TAX" in words else name_fields(words)
        if named:
            joined = _JOINED.match(text, stop)
            if joined and joined.group("w").lower().rstrip(".") in FILLER:
                stop = joined.start("colon") if joined.group("colon") else joined.end()  # "Émise le:", "antes de"
            elif (closed := _CLOSED.match(text, stop)) and closed.group(1).lower() in CLOSING:
                stop = closed.end()  # "Нийт төлөх дүн 46,205,329.50"
            if {name for name, _ in named} & AMOUNTS and (period := _month_of(text, stop)):
                stop = period  # "TOTAL OCTOBER 2025", "Summe für März 2026": the month's total, its year no amount
            tail = _tail(text, stop)
            end = _label_end(text, stop, tail, words)
            read = LabelRead(end, rate or (tail.group("rate") if tail else None), len(words))
            return tuple((name, rank, read) for name, rank in named), either
    return (), either


# "GST included in total", "TVA incluse dans le total", "IVA incluido en el total": the tax inside what follows ("Total
# incl. GST", "Vergiler Dahil Toplam": the total with the tax)
_INCLUDED = frozenset(("included", "incl", "inclus", "incluse", "incluido", "incluida", "incluído", "incluída",
                       "incluso", "inclusa"))
_INTO = frozenset(("in", "dans", "en", "nel", "no"))  # (a total's label with the tax in it reads as the tax's)


def _cased(word: str, raw: str, m: re.Match[str]) -> str:
    """The word, or none when it is an acronym's letters not written in capitals (`ACRONYMS`: "BIN" is a tax id,
    "Bin rental" a bin's)."""
    return "" if raw in ACRONYMS and not (m.group("word") or "").isupper() else word


def _concepts_here(word: str, other: bool, after_one: bool, text: str, end: int) -> tuple[str, ...] | None:
    """A word's concepts where it stands: a word of two languages as the other's (`other`), a "with" after a label
    word and before a tax word as the gross ("Skupaj z DDV": the total with the tax)."""
    if word in EITHER and other:
        return EITHER[word]
    if word in WITH and after_one and _tax_follows(text, end):
        return ("GROSS",)
    return concepts_of(word)


def _tax_follows(text: str, pos: int) -> bool:
    """Whether a tax word follows at `pos` (not after a slash: "s/ IVA" is Spanish, without it)."""
    nxt = _TOKEN.match(text, pos)
    return nxt is not None and not text[pos:pos + 1] == "/" \
        and "TAX" in (concepts_of((nxt.group("word") or "").lower().rstrip(".")) or ())


def _series_letters(concepts: list[str], m: re.Match[str], text: str) -> bool:
    """Whether the token `m` is a series' capitals between the series word and the number's ("Seria EA № 9900925")."""
    if concepts[-1:] != ["SERIES"] or not _SERIES_LETTERS.fullmatch(m.group("word") or ""):
        return False
    nxt = _TOKEN.match(text, m.end())
    return nxt is not None and concepts_of((nxt.group("word") or "").lower()) == ("NUM",)


# A tax row's qualifier: one or two words before its rate ("IVU estatal 10.5%", "IVU municipal 1%") or after it
# ("IVU 4% servicios"), its amount printed apart. Not a withheld tax ("IVA retenido 10%"): it is subtracted.
_BEFORE_RATE = re.compile(r"(?:\s+[^\W\d_]{3,}\.?)?\s*\(?\s*\d{1,2}(?:[.,]\d{1,3})?\s*%")
_AFTER_RATE = re.compile(r"([^\W\d_]{3,}(?:\s+[^\W\d_]{3,})?)\.?\s*$")  # (not "btw 9% over € 198,00": its base)
_WITHHELD = re.compile(r"withh|retain|reten|retid|riten|einbeh|zurückbeh|inclu|incl|exempt|exonér|exento|exenta",
                       re.IGNORECASE)


def _tail(text: str, stop: int) -> re.Match[str] | None:
    """A label's rate, currency and leaders after `stop`; a word that is no currency is not one."""
    tail = _TAIL.match(text, stop)
    cur = tail.group("cur") if tail else None
    if cur and (cur not in CURRENCY_CODES if re.fullmatch(r"[A-Z]{3}", cur) else
                cur[0].isalpha() and cur.lower() != "kr" and cur not in currency_signs()
                and not re.fullmatch(r"[A-Z]{1,2}[$£]", cur)):  # "TOTAL DUE FK£": a sign with its country's letters
        tail = _TAIL.match(text[:stop] + " ", stop)  # "Total due": "due" is no currency; "(DT)" is one
        # (its end stays in the text: "Invoice #CCC-2025-0207" keeps its first "C")
    return tail


def _label_end(text: str, stop: int, tail: re.Match[str] | None, words: list[str]) -> int:
    """Where a label read up to `stop` ends: after its rate, currency or leaders (`tail`), and after a lone tax's
    qualifier behind its rate ("IVU 4% servicios", "VAT 20% standard")."""
    end = stop if not tail else tail.end() if tail.string is text or text[stop:stop + 1].isspace() else stop
    if tail and tail.group("rate") and set(words) == {"TAX"} and (after := _AFTER_RATE.match(text, end)) \
            and not _WITHHELD.match(after.group(1)):
        end = after.end()
    return end


def _tax_qualifier(concepts: list[str], word: str, text: str, end: int) -> bool:
    """Whether an unknown word after a lone tax word names which tax, its rate following ("IVU estatal 10.5%")."""
    return set(concepts) == {"TAX"} and len(word) >= 3 and not _WITHHELD.match(word) \
        and _BEFORE_RATE.match(text, end) is not None


def _number_prefix(concepts: list[str], found: tuple[str, ...], after: str, word: str = "") -> bool:
    """A document word after the label's number word, a number after it: "Invoice No. INV 1208" prints the
    number's own prefix, not more of its label. An order's letters that are label words only after another
    (`_NOT_FIRST`) open its number when they open the text, follow the number word or follow a label that already
    named the order: "BC 9619", "Bon de commande n° BC 9619", "Votre bon de commande BC 1745" ("Réf. marché / BC" is
    a label)."""
    if word in _NOT_FIRST:
        return not concepts or (concepts[-1] == "NUM" or bool({"ORDER", "PO"} & set(concepts))) \
            and bool(re.match(r"\s+\d", after))
    return "NUM" in concepts and "DOC" in found and bool(re.match(r"\s+\d", after))


def _joined_dates(text: str, runs: list[tuple[list[str], int]]) -> list[tuple[list[str], int]]:
    """Two date labels joined by a slash, the first the invoice's and the second none of the
    fields' ("Invoice date / Delivery date", "Rechnungsdatum / Lieferdatum"): one date is both,
    so the whole run labels the invoice date."""
    if not runs or name_fields(runs[-1][0]) not in ([], [("", 0)]) or runs[-1][0][-1] != "DATE":
        return runs
    dates = {"invoice_date", "due_date", "terms"}
    for i, (words, stop) in enumerate(runs[:-1]):
        if re.match(r"\s*/\s*", text[stop:]) and words[-1] == "DATE" \
                and name_fields(words)[:1] == [("invoice_date", 0)] \
                and not dates & {name for name, _ in name_fields(runs[-1][0][len(words):])}:
            return runs[:i] + [(words, runs[-1][1])]
    return runs


_NOTHING = frozenset({"CUSTOMER", "DELIVERY", "SUPPLY", "CARRIED", "RATE", "PAID", "LATE", "INSTALMENT", "CONTRACT",
                      "JOB"})
_MODIFIERS = frozenset({"NUM", "DATE", "DOC", "DOCW", "TOTAL", "TAX", "PAY", "ISSUE"})


def name_fields(c: list[str]) -> list[tuple[str, int]]:
    """The fields a run of concepts names, strongest first: [("", 0)] for a label of no field
    ("Customer No.", "Delivery date", "Amount paid", "VAT rate"). Each field accepts a closed
    set of concepts, so a run across two labels ("Kundennr. Zahlungsziel") names nothing."""
    s = set(c)
    if c == ["SUPPLY", "TAX"]:
        return [("tax", 0)]  # "Service Tax 8%" (Malaysia's, India's of old): a tax on services, not a date's word
    if s & _NOTHING and s <= _NOTHING | _MODIFIERS or "AFTER" in s or s & {"TAX", "TAXID"} and "CUSTOMER" in s:
        return [("", 0)]  # (and a sum after a discount, a customer's tax id: "رقم التسجيل الضريبي للعميل")
    if s & {"TAX", "TAXID"} and s & {"NUM", "REG", "TAXID", "COMPANY"} \
            and s <= {"TAX", "TAXID", "NUM", "REG", "COMPANY", "SELLER"}:
        return [("vendor_tax_id", 0)]
    if (s == {"SERIES", "NUM"} or s == {"SERIES", "NUM", "DOC"} and c[0] == "SERIES") and c[-1] == "NUM":
        # "Serie y Número", "Série et numéro", "Seri / Sıra No", "Serie y folio" (Mexico's folio: the number): the
        return [("invoice_number", 1)]  # document's own, its series first
    if s == {"CURRENCY", "PAY"}:
        return [("due_date", 1)]  # Serbian and Croatian "Валута плаћања", "Valuta plaćanja": the day to pay by
    for concept, name, allowed in (("IBAN", "vendor_iban", {"IBAN", "NUM"}),
                                   ("CURRENCY", "currency", {"CURRENCY", "DOC"}),
                                   ("TERMS", "terms", {"TERMS", "PAY"})):
        if concept in s and s <= allowed:
            return [(name, 0)]
    order = {"ORDER", "ORDEREN", "PO", "YOUR", "NUM", "CUSTOMER"}
    job = {"JOB"} if s & {"ORDER", "ORDEREN"} else set()  # "Job Order No.": the buyer's order for a job
    job |= {"COMPANY"} if s & {"PO"} else set()  # "Company PO": the buyer's company's purchase order
    if (s & {"ORDER", "ORDEREN", "PO"} or s == {"YOUR", "NUM"}) and s <= order | {"DATE", "CONTRACT"} | job:
        if "DATE" in s and "NUM" not in s:
            return [("", 0)]  # "Order date": the buyer's, never the invoice's ("Order No. & Date": its number)
        return [("po_number", 0 if s & {"ORDER", "PO"} or s >= {"YOUR", "ORDEREN"} else 1)]
    return _date_or_number(c, s) or _amount(c, s)


def _date_or_number(c: list[str], s: set[str]) -> list[tuple[str, int]]:
    """invoice_number, invoice_date, due_date (or the terms' label), or nothing."""
    if ("DUE" in s or ("PAY" in s and s & {"BY", "DATE"})) and s <= {"DUE", "PAY", "BY", "DATE", "DOC"}:
        return [("due_date", 0 if (s & {"DATE", "BY", "PAY"} or len(c) > 1) else 1), ("terms", 1)]
    if "DATE" in s and s <= {"DATE", "DOC", "DOCW", "ISSUE", "TAX"} and (s & {"DOC", "DOCW"} or "TAX" not in s):
        return [("invoice_date", 0 if s & {"DOC", "ISSUE"} else 1)]
    if s == {"ISSUE"}:
        return [("invoice_date", 1)]
    if "NUM" in s and s <= {"NUM", "DOC", "DOCW", "TAX"} and s & {"DOC", "DOCW"}:  # "Tax Invoice No."
        return [("invoice_number", 0 if "DOC" in s else 1)]
    return []


def _charged(c: list[str], s: set[str]) -> list[tuple[str, int]]:
    """A charge or a discount between the items and the tax, this period's amount or charges, or nothing."""
    if s & {"CHARGE", "DISCOUNT"} and s <= {"CHARGE", "DISCOUNT", "DELIVERY", "TOTAL", "NET", "GROSS", "LINES"}:
        return [("discount" if "DISCOUNT" in s else "charge", 0)]
    if s >= {"CURRENT", "PAY", "DUE"} and s <= {"CURRENT", "PAY", "DUE", "TOTAL"}:
        # "Current payment due": this period's amount, before any grand total of a schedule of values or
        # the balance to finish: the one label ranked above the others (-1)
        return [("total", -1)]
    if c[:3] == ["CURRENT", "LINES", "NET"] and s <= {"CURRENT", "LINES", "NET", "TAX"}:
        return [("subtotal", 0)]  # "Current charges excl. VAT"
    return []


def _amount(c: list[str], s: set[str]) -> list[tuple[str, int]]:
    """subtotal, tax, total (rank 1: an amount due), a charge (shipping, freight) or a discount
    between the items and the tax, or nothing."""
    charged = _charged(c, s)
    if charged:
        return charged
    if (s & {"OPEN", "PAY"} or s >= {"DUE", "TOTAL"}) and s <= {"OPEN", "PAY", "DUE", "TOTAL", "NET", "NETW", "GROSS",
                                                                "TAX"}:  # "Netto a pagare": the amount due
        return [("total", 1)]
    if s == {"TOTAL", "LINES"} and c[0] == "TOTAL":
        return [("lines_total", 0)]  # "Total charges": the billed lines' sum (`totals` says when it is the net)
    if s == {"TOTAL", "BASE"}:
        return [("subtotal", 0)]  # "Ukupno osnovica": the total tax base
    if c[0] == "TAX" and set(c[1:]) == {"NETW"} and len(c) == 2:
        return [("tax", 0)]  # "VAT subtotal", "GST subtotal": the tax summed, not the net amount
    if (s & {"NETW"} or s >= {"NET", "TOTAL"}) and s <= {"NET", "NETW", "TOTAL", "TAX", "DOC"}:
        return [("subtotal", 0)]
    if c == ["TAX", "GROSS"]:
        return [("tax", 0)]  # "GST included (15%)", "IVA incluido": the tax the prices hold ("incl. GST" is the gross)
    if "TAX" in s and s <= {"TAX", "TOTAL"}:
        # "VAT: GB123456789": a lone tax word before an id, not an amount, labels the tax id
        return [("tax", 0), ("vendor_tax_id", 1)] if s == {"TAX"} else [("tax", 0)]
    if s & {"TOTAL", "GROSS"} and s <= {"TOTAL", "GROSS", "TAX", "DOC", "DOCW"}:  # "Totale documento"
        return [("total", 0)]
    return []
