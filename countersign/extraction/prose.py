"""Facts said in a sentence rather than under a label: a due date, payment terms, the buyer's order,
a letter's place and date.

"Please pay by 31 March 2025", "Bitte überweisen Sie den Betrag bis zum 31.03.2025", "Merci de
régler avant le 31/03/2025" and "$1,234.56 due March 15, 2025" carry the due date with no label
of their own; "Payable within 30 days", "Zahlbar innerhalb von 14 Tagen", "Paiement à 30 jours"
carry the terms. Candidates found here are weaker than labelled ones: a due date in prose reads
at 0.9 and loses to a labelled one (a different labelled value makes both doubtful, as any two
values do); terms found in a sentence are rank 1, so a due date computed from them stays low. "(your PO 64873)",
"(Ihr Auftrag Nr. 4577430)", "votre commande n° 5521" name the buyer's order, its number maybe on
the next line, and so do "purchase order" or "orden de compra" without a "your"; rank 1, so any
labelled PO number wins.
"""

from __future__ import annotations

import dataclasses
import re

from countersign.extraction.candidate import Candidate, candidate
from countersign.extraction.confidence import GOOD, WEAK
from countersign.extraction.labels import validate
from countersign.extraction.layout import PageLayout, Segment, Word, join_words, words_after

_PAY = (r"(?:pay|paid|payment|payable|remit|settle|transfer|wire|überweisen|zahlen|zahlbar|begleichen|régler|regler"
        r"|payer|paiement|règlement|betalen|betaling|overmaken|voldoen|pagar|pago|pague|abonar|ingresar|pagament|pagare"
        r"|bonifico|zapłat|zaplat|płatn|przelew|virer|virement|saldar"  # Italian "saldare", Spanish "saldar"
        r"|betal|indbetal|innbetal"  # Danish, Norwegian, Swedish: "bedes indbetalt senest den", "betalas senast"
        r"|uplat|уплат|оплат|плат"  # Serbian, Croatian, Bosnian: "uplatite najkasnije do"; Russian, Bulgarian
        r"|pagu"  # Albanian "ta paguani shumën"
        r"|cancelar\s+(?:el|la|su)\s+(?:importe|monto|saldo|factura|total))")  # Latin America's "to settle" a sum
_PAY_WORD = re.compile(rf"\b{_PAY}", re.IGNORECASE)
_BY = (r"(?:by|before|until|no\s+later\s+than|bis(?:\s+(?:zum|spätestens))?|spätestens(?:\s+am)?"
       r"|avant(?:\s+le)?|au\s+plus\s+tard\s+le|jusqu['’]au|vóór|voor|uiterlijk(?:\s+op)?|antes\s+del?"
       r"|hasta\s+el|entro(?:\s+e\s+non\s+oltre)?(?:\s+il)?|fino\s+al|até(?:\s+(?:ao|à|a))?|ate|do(?:\s+dnia)?"
       r"|sene?st(?:\s+(?:den|d\.))?|(?<![\d.]\s)до"  # (not a period's "с 01.12.2025 до 31.12.2025")
       r"|a\s+m[áa]s\s+tardar(?:\s+el)?|jo\s+m[ëe]\s+von[ëe]\s+se(?:\s+m[ëe])?)")  # at the latest, not later than
# the words between may hold an amount ("den Betrag von 2.213,40 EUR bis zum"): a point between digits
# does not end the sentence
_DUE_IN_PROSE = re.compile(rf"\b{_PAY}\w*\b(?:[^.;]|(?<=\d)\.(?=\d)){{0,80}}?\b{_BY}\s+|\bdue\s+(?:on\s+|by\s+)?",
                           re.IGNORECASE)
_TERMS = re.compile(r"\bnet\s*\d{1,3}\b|\b\d{1,3}\s*(?:days?|tagen?|jours|dagen|d[íi]as|giorni|gg|dni)\b",
                    re.IGNORECASE)
_TERMS_CUE = re.compile(rf"\b{_PAY}|\bnet\b|netto|terms|vencimiento|zahlungsziel|termijn|conditions|pagamento"
                        r"|prazo|termin|płatno|condizioni|condições|scadenza|vencimento|bonifico|przelew",
                        re.IGNORECASE)


# A direct debit on a date: "wird am 10.03.2025 von Ihrem Konto abgebucht", "will be charged on
# March 10, 2025", "sera prélevé le 10/03/2025".
_DEBIT = re.compile(r"\b(?:abgebucht|eingezogen|(?:will\s+be\s+)?(?:charged|debited|collected)|prélev|geïncasseerd"
                    r"|afgeschreven|domiciliad|cargad|addebitat|debitad)", re.IGNORECASE)
_BY_THEN_PAY = re.compile(rf"\b{_BY}\s+", re.IGNORECASE)
_PAY_AFTER = re.compile(r"\b(?:over\s+te\s+maken|te\s+betalen|te\s+voldoen|zu\s+(?:überweisen|zahlen|begleichen)"
                        r"|überweisen|zahlen|to\s+pay|paid|à\s+régler|à\s+payer|pagar|abonar|pagare|pagamento)\b",
                        re.IGNORECASE)
_ON = re.compile(r"\b(?:am|on|le|op|el|il|em)\s+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<!\d)\.\s")  # (not a day's ordinal point: "21. Januar")


def _due_in(whole: Segment, text: str, opens: int | None = None) -> Candidate | None:
    """The first date a payment sentence asks to be paid by, as a due_date candidate; else the
    date of a direct debit, a little weaker. With `opens`, the sentence's words up to there are its first line's
    and only a date asked for on that line counts ("... par virement avant le dimanche 14" / "décembre 2025"; "...
    le règlement au plus tard le" / "23 octobre 2025": the line ends with the asking)."""
    for m in _DUE_IN_PROSE.finditer(text, 0, opens or len(text)):
        value = validate("due_date", words_after(whole, m.end()))
        if value is not None:
            return candidate("due_date", 0, GOOD, value, [], text, {"label": "prose"})
    for m in _BY_THEN_PAY.finditer(text, 0, opens or len(text)):  # "Gelieve het bedrag vóór 03-09-2024 over te maken"
        if _PAY_AFTER.search(_SENTENCE_END.split(text[m.end():m.end() + 110])[0]):  # (the account between: "... bis
            # zum 21. Januar 2026 auf unser Konto IBAN CH47 0077 8667 9885 1003 8 zu überweisen")
            value = validate("due_date", words_after(whole, m.end()))
            if value is not None:
                return candidate("due_date", 0, GOOD, value, [], text, {"label": "prose"})
    if _DEBIT.search(text, 0, opens or len(text)):
        for m in _ON.finditer(text, 0, opens or len(text)):
            value = validate("due_date", words_after(whole, m.end()))
            if value is not None:
                return candidate("due_date", 0, 0.85, value, [], text, {"label": "prose (direct debit)"})
    return None


_YOUR_ORDER = re.compile(
    r"(?:\b(?:your|ihre?[rnms]?|votre|vos|su|sus|uw|vostro|vostra|vossa|v/|jeres|deres|dere|ert?|va[šs][aeu]?"
    r"|ваш[аеу]?)\s*"
    r"(?:purchase\s+order|p\.?\s?o\.?|order|auftrag|bestellung|best\.|commande|pedido|orden(?:\s+de\s+compra)?"
    r"|bestelling|inkooporder|ordine"
    r"|encomenda|ordre|bestilling|beställning|narud[žz]benic\w*|наруџбениц\w*|porud[žz]bin\w*|поруџбин\w*)"
    # nouns that only ever mean the buyer's order need no "your": "Observaciones: Orden de compra OC-5725/2024"
    r"|\b(?:purchase\s+order|orden\s+de\s+compra|ordem\s+de\s+compra|bon\s+de\s+commande|lettre[-\s]commande|inkooporder"
    r"|ordine\s+d['’]acquisto|zam[óo]wienie))"
    r"(?:\s*-?\s*(?:no\.?|nr\.?|n[°º]\.?|number|nummer|num[ée]ro|n[úu]mero|#|broj|број|br\.|бр\.))?\s*[:.]?\s*",
    # ("Best.-Nr."; Serbian "ваше наруџбенице број")
    re.IGNORECASE)


def _bare(word: Word) -> Word:
    """A word without the brackets and stops of the sentence around it ("(4577430)," -> "4577430")."""
    return dataclasses.replace(word, text=word.text.strip("(),;."))


_MARK = re.compile(r"(?:no|nr|n[°º]|№|broj|број|br|бр)\.?:?", re.IGNORECASE)  # a number's mark, alone


def _order_in(whole: Segment, text: str, below: list[Word]) -> Candidate | None:
    """The buyer's order number a sentence names ("your PO 64873"), or the first word of the next
    line when the sentence breaks right after its label ("Ihr Auftrag Nr." / "4577430)") or after the number's
    letters ("orden de compra N° OC" / "480/2025,")."""
    for m in _YOUR_ORDER.finditer(text):
        after = words_after(whole, m.end())
        if not after and below:  # (the number's mark may open the next line: "ваше наруџбенице" / "број 218-4/26")
            below = below[1:] if len(below) > 1 and _MARK.fullmatch(below[0].text) else below
            after = [_bare(w) for w in below[:1]]
        elif len(after) == 1 and re.fullmatch(r"[A-Z]{1,4}", after[0].text) and below:
            after = [after[0], _bare(below[0])]
        elif after:
            after = [_bare(w) for w in after[:1]]
        value = validate("po_number", after) if after else None
        if value is not None and any(ch.isdigit() for ch in value[0]):
            return candidate("po_number", 1, GOOD, value, [], text, {"label": "prose"})
    return None


# A letter's place and date: "Casablanca, le 09/11/2025", "Berlin, den 3. März 2025", "Madrid, a 3 de marzo
# de 2025", "Milano, 3 marzo 2025"; the line says nothing else.
_PLACE = r"[^\W\d_]+(?:[ .'’-]+[^\W\d_]+){0,3},\s*"
_ON_DAY = r"(?:le|den|am|a|el|il|em|dnia|dne)"  # "le", "den", Polish "dnia", Czech "dne": on the day
_PLACE_DATE = re.compile(rf"{_PLACE}(?:{_ON_DAY}\s+)?(?=\d)", re.IGNORECASE)
_PLACE_ALONE = re.compile(rf"{_PLACE}{_ON_DAY}", re.IGNORECASE)  # its date in the next segment
# the word for "year" after a date's year: "Бијељина, 10. јануара 2025. године", "Wrocław, 3 marca 2025 r."
_YEAR_WORD = re.compile(r"године|godine|года|год\.?|г\.?|r\.?|roku", re.IGNORECASE)


def _dated_at(page: PageLayout, whole: Segment, text: str) -> Candidate | None:
    """The invoice date of a place-and-date line in the top half of page 1, rank 1 and weak (label-free)."""
    m = _PLACE_DATE.match(text)
    if page.number != 1 or m is None or whole.y0 > page.height / 2:
        return None
    rest = words_after(whole, m.end())
    value = validate("invoice_date", rest) or validate("invoice_date", rest + _year_under(page, whole))
    if value is None or len(value[1]) not in (len(rest), len(rest) + 1) and not (
            len(rest) == len(value[1]) + 1 and _YEAR_WORD.fullmatch(rest[-1].text)):
        return None
    return candidate("invoice_date", 1, WEAK, value, [], text, {"label": "place and date"})


def _year_under(page: PageLayout, whole: Segment) -> list[Word]:
    """The year of a place and date wrapped onto the next line, under the place ("Grenoble, le 19 novembre" /
    "2025", under its start or its end): its word, or none."""
    line = whole.line
    below = page.lines[line.index + 1] if line.index + 1 < len(page.lines) else None
    if below is None or below.y0 - line.y1 > 0.8 * below.h:
        return []
    return [w for seg in below.segments if min(abs(seg.x0 - whole.x0), abs(seg.x1 - whole.x1)) <= 6
            and re.fullmatch(r"(?:19|20)\d{2}", seg.text)
            for w in seg.words]


def prose_candidates(pages: list[PageLayout], skip: set[int]) -> dict[str, list[Candidate]]:
    """due_date, terms and po_number candidates from sentences outside the words in `skip`
    (tables, the buyer's block, labels and values already paired)."""
    found: dict[str, list[Candidate]] = {}
    for page in pages:
        for index, line in enumerate(page.lines):
            words = [w for w in line.words if w.id not in skip]
            if len(words) < 2:
                continue
            text = join_words(words)
            whole = Segment(words, line)
            below = [w for w in page.lines[index + 1].words if w.id not in skip] if index + 1 < len(page.lines) else []
            for seg, nxt in zip(line.segments, [*line.segments[1:], None], strict=True):
                if nxt is not None and _PLACE_ALONE.fullmatch(seg.text):  # "Gdańsk, dnia" | "25 czerwca 2026"
                    seg = Segment(seg.words + nxt.words, line)
                dated = _dated_at(page, seg, seg.text) if not any(w.id in skip for w in seg.words) else None
                if dated is not None:
                    found.setdefault("invoice_date", []).append(dated)
            order = _order_in(whole, text, below)
            if order is not None:
                found.setdefault("po_number", []).append(order)
            due = _due_in(whole, text)
            if due is None and below and page.lines[index + 1].y0 - line.y1 < line.h and text[-1] not in ".:;" \
                    and (_PAY_WORD.search(text) or _BY_THEN_PAY.search(text)):
                due = _due_in(Segment(words + below, line), f"{text} {join_words(below)}", len(text) + 1)
            if due is not None:
                found.setdefault("due_date", []).append(due)
            elif _TERMS.search(text) and _TERMS_CUE.search(text):
                found.setdefault("terms", []).append(Candidate("terms", 1, WEAK, text, words, [], text,
                                                               {"label": "prose"}))
    return found
