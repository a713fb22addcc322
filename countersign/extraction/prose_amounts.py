"""The sums a letter states in its sentences: "Der Nettobetrag von CHF 1'528.65 zuzüglich ... ergibt einen
Rechnungsbetrag von total CHF 1'585.63", "Our fees total K 1,832,000.00", "the fees total $1,832.00".

A paragraph of running text (lines of one segment each, close under one another, a dozen words at least) is read as
one run of words; an amount with cents in one word, or grouped by spaces with its cents or its money after it ("2
450,00", "1 805 100 FCFA"), is a subtotal's or a total's when the words just before it (past its money's code or
sign) end in that field's label ("Nettobetrag von", "Rechnungsbetrag von total", "fees total"), maybe then a verb of
amounting to ("Le montant hors taxes s'élève à").
A tax's amount in a sentence is left to the sums: after a rate it may be the tax or the base it is levied on.
The candidates are rank 1, as the sentences' terms and orders are (`prose`): a label in a table or a totals block wins.
"""

from __future__ import annotations

import dataclasses
import re

from countersign.extraction.candidate import Candidate
from countersign.extraction.confidence import GOOD
from countersign.extraction.label_free_amounts import CENTS, cents_amount_from, money_word, whole_with_money
from countersign.extraction.label_words import FILLER
from countersign.extraction.labels import LabelMatch, label_matches
from countersign.extraction.layout import Line, PageLayout, Word, join_words
from countersign.extraction.lexicon import concepts_of
from countersign.extraction.values import parse_amount

# (no tax: "MWST zu 2.6% auf CHF 1'215.15" names the base the tax is levied on, "VAT at 16.5% of K 302,280.00 is
# added" the tax itself)
_FIELDS = ("subtotal", "total")
_PARAGRAPH = 12  # words from which lines of one segment are running text
# words before an amount that may hold its label ("montant total toutes taxes comprises de la présente facture à")
_BEFORE = 12


def amounts_in_prose(pages: list[PageLayout], skip: set[int]) -> dict[str, list[Candidate]]:
    """subtotal and total candidates from the amounts a paragraph's sentences name, and the total a francophone
    invoice's closing formula restates ("Arrêtée la présente facture à la somme de ... (885 379,00 HTG)")."""
    found: dict[str, list[Candidate]] = {}
    for page in pages:
        for words in paragraphs(page, skip):
            for i in range(len(words)):
                start = _amount_start(words, i)
                if start is None:
                    continue
                cand = _named_amount(words, start, i)
                if cand is not None:
                    found.setdefault(cand.field, []).append(cand)
        found.setdefault("total", []).extend(_closed_at(page))
    return {name: cands for name, cands in found.items() if cands}


def _amount_start(words: list[Word], i: int) -> int | None:
    """Where the amount word `i` ends starts: with cents, or whole with its money after it; None when it ends none."""
    return cents_amount_from(words, i) if CENTS.search(words[i].text) else whole_with_money(words, i)


# "Arrêtée la présente facture à la somme de", "Arrêté le présent état à la somme de": the invoice closed at its total,
# said in words, maybe then in figures ("... gourdes (885 379,00 HTG)")
_CLOSED = re.compile(r"arr[êe]t[ée]e?s?\s+(?:la|le)\s+pr[ée]sente?\s+\w+\s+(?:à|a)\s+la\s+somme\s+de\b", re.IGNORECASE)


def _closed_at(page: PageLayout) -> list[Candidate]:
    """The total in figures after a closing formula's words, within its three lines: rank 1."""
    out: list[Candidate] = []
    for line in page.lines:
        if not re.match(r"arr[êe]t", line.words[0].text, re.IGNORECASE):
            continue
        words = [w for ln in page.lines[line.index:line.index + 3] for w in ln.words]
        m = _CLOSED.match(join_words(words))
        if m is None:
            continue
        said = len(m.group(0).split())
        plain = [dataclasses.replace(w, text=w.text.lstrip("(")) for w in words]  # "(885 379,00 HTG)"
        for i in range(said, len(words)):
            start = _amount_start(plain, i)
            if start is None:
                continue
            parsed = parse_amount("".join(w.text for w in plain[start:i + 1]).rstrip("),.;:"))
            if parsed is not None:
                out.append(Candidate("total", 1, GOOD, format(parsed[0], "f"), words[start:i + 1], words[:said],
                                     f"{m.group(0)} {join_words(words[start:i + 1])}", {"label": "prose"}))
                break
    return out


def paragraphs(page: PageLayout, skip: set[int]) -> list[list[Word]]:
    """The words of each run of lines of one segment each, close under one another, none of them skipped, that holds a
    dozen words at least."""
    runs: list[list[Line]] = []
    for line in page.lines:
        if not line.one_run or any(w.id in skip for w in line.words):
            runs.append([])
            continue
        if runs and runs[-1] and line.y0 - runs[-1][-1].y1 < 1.2 * line.h:
            runs[-1].append(line)
        else:
            runs.append([line])
    return [[w for ln in run for w in ln.words] for run in runs if sum(len(ln.words) for ln in run) >= _PARAGRAPH]


def _named_amount(words: list[Word], start: int, i: int) -> Candidate | None:
    """The candidate of the amount in `words[start:i + 1]` when the words before it end in a subtotal's or a total's
    label ("Nettobetrag von CHF | 1'528.65"); None otherwise."""
    text = "".join(w.text for w in words[start:i + 1]).rstrip(".,;:)")
    parsed = parse_amount(text)
    if parsed is None:
        return None
    before = words[max(0, start - _BEFORE):start]
    lead = ""
    if before and money_word(before[-1].text):
        lead, before = before[-1].text, before[:-1]  # its money: "CHF", "K", "€"
    money = words[i + 1].text.rstrip(".,;:)") if i + 1 < len(words) and money_word(words[i + 1].text) else ""
    for k in range(min(len(before), _BEFORE), 0, -1):
        said = join_words(before[-k:])
        for name, _, m in label_matches(said):
            if name in _FIELDS and _names_it(m, said[:m.end()].split(), said[m.end():].split()):
                value = format(parsed[0], "f")
                return Candidate(name, 1, GOOD, value, words[start:i + 1], before[-k:],  # (its money after it too)
                                 " ".join(filter(None, (said, lead, join_words(words[start:i + 1]), money))),
                                 {"label": "prose"})
    after = _net_after(words[i + 1:i + 5])
    if after and not _PRICED.search(join_words(words[max(0, start - 4):start])):
        # "comprising AMD 1,127,500 net of VAT", "1 200,00 € hors taxes" (not a unit price's: "au prix unitaire de
        # 61 500 Ar hors taxes")
        return Candidate("subtotal", 1, GOOD, format(parsed[0], "f"), words[start:i + 1], after,
                         f"{join_words(words[start:i + 1])} {join_words(after)}", {"label": "prose"})
    return None


_PRICED = re.compile(r"(?<![^\W\d_])(?:prix|price|preço|precio|prezzo|preis|unit\w*|each|at|à|@|per|par)(?![^\W\d_])",
                     re.IGNORECASE)


def _net_after(words: list[Word]) -> list[Word]:
    """The words after an amount that call it the net: a word of the net and a tax's, maybe its money and a small word
    between ("AMD 1,127,500 net of VAT", "1 200,00 € hors taxes", "1.000 EUR ohne MwSt."); [] when they don't."""
    if words and money_word(words[0].text):
        words = words[1:]
    said = [w.text.casefold().strip(".,;:()") for w in words]
    if not said or "NET" not in (concepts_of(said[0]) or ()):
        return []
    k = 2 if len(said) > 2 and said[1] in FILLER else 1
    return words[:k + 1] if k < len(said) and concepts_of(said[k]) == ("TAX",) else []


def _names_it(read: LabelMatch, label: list[str], after: list[str]) -> bool:
    """Whether a label read in a sentence names the amount right after it: a wording the lexicon knows whole, two
    label words at least ("Nettobetrag", "fees total"; "un montant de", an amount of, names none) or a word of the net
    ("The merchandise comes to"), then at most two small words or "total" ("von", "de", "von total")."""
    kept = [w for w in after if w.casefold().replace("’", "'").removeprefix("s'").lstrip("'") not in _AMOUNTS_TO]
    verb = len(kept) < len(after)  # a verb of amounting to: one label word names the sum ("L'imponibile ammonta a")
    after = [w for w in kept if w.casefold() not in _OF_THIS and concepts_of(w.casefold()) != ("DOC",)]
    named = isinstance(read, re.Match) or read.concepts >= 2 or verb or any(  # ("da presente fatura é de")
        "NETW" in (concepts_of(w.casefold().strip(".,:;")) or ()) for w in label)
    return named and (len(after) <= 2 or len(after) <= 4 and all(w.casefold() in FILLER for w in after)) and all(
        w.casefold() in FILLER or concepts_of(w.casefold()) == ("TOTAL",) for w in after)  # ("... de la présente
    # facture à": small words around the document's)


# Verbs of amounting to, between a sum's label and its amount: "s'élève à", "asciende a", "ascende a", "beläuft sich
# auf", "amounts to", "bedraagt", "soma" ("O valor dos serviços soma R$ 5.358,00"), Albanian "arrin në"
# The document named after a sum's label and the verb to be: "O valor total da presente fatura é de R$ 38.774,00", "The
# total of this invoice is", "Le montant total de cette facture est de"
_OF_THIS = frozenset({"presente", "présente", "présent", "this", "cette", "cet", "ce", "esta", "este", "questa",
                      "questo", "dieser", "diese", "dieses", "deze", "é", "est", "es", "ist", "är", "er", "është"})
_AMOUNTS_TO = frozenset({"élève", "élevant", "eleve", "asciende", "ascende", "ammonta", "beläuft", "sich", "auf",
                         "amounts", "comes", "bedraagt", "wynosi", "činí", "cini", "soma", "suma", "arrin", "në"})
