"""A learned ranker for fields every rule left empty: the invoice number, the invoice date, the
vendor's tax id and the due date read with no label the lexicon knows.

Candidates are the page-1 values of the field's shape (a reference with a digit, a date, a tax id
of five digits or more); each is described by features of its label (the words before it or above
it: does a known label name this field or another one, does it end in a colon, how alike it is to
the labels beside the field's values in training, char trigrams), its place (height and side of
the page, letterhead or footer, the items table, the buyer's block), its type size against the
page's, the values beside it (the title on its line, the same value printed elsewhere, a date
the earliest on the page) and its own shape (digits, letters, separators, a checked tax id).

A conditional logit (a softmax over one document's candidates plus "none") scores them; its
weights, and the label bank, are `ranker.json` beside this file, written by
`python -m evals.train_ranker` from the blind sets 1-4 and the development styles of sets 5-9. The best candidate
fills the empty field when its probability passes the field's threshold, at 0.6-0.8 by that
probability: never 0.9, so the calibration of values reported as sure is untouched.

What the rules decided stays decided: a value a label gave for the field and the rules did not
take is no candidate (a buyer's tax id), nor another field's value (the invoice number is no tax
id), nor a date whose own label dates something else ("Lieferdatum:"), nor a VAT number's shape
whose check digits fail; a number only on a page titled as an invoice; one value ranked best for
two fields goes to the likelier.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Set as AbstractSet
from datetime import date
from functools import lru_cache
from pathlib import Path

from countersign.domain import FieldValue
from countersign.extraction.confidence import field_value
from countersign.extraction.dates import page_order, reads_day_first
from countersign.extraction.ids import after_a_telephone, tax_id_valid, tax_id_well_formed, vat_format
from countersign.extraction.labels import BILL_TO, LEGAL_SUFFIX, NOT_A_FIELD, label_matches, validate
from countersign.extraction.layout import Line, PageLayout, Segment, Word, join_words
from countersign.extraction.titles import TITLE, plain_heading
from countersign.extraction.values import CURRENCY_CODES, parse_date

WEIGHTS = Path(__file__).with_name("ranker.json")
RANKED = ("invoice_number", "invoice_date", "vendor_tax_id", "due_date")
_DATES = ("invoice_date", "due_date")
LOW, HIGH = 0.6, 0.8  # the confidence of a ranked value: never sure, whatever its probability

_MARKER = re.compile(
    r"(?:(?:^|[\s\-./])(?:no|br|č|num|sz|αρ|series?|seria|serie|ref|id)|nr|n[°º]|n\.?º|#|číslo"
    r"|nummer|number|numero|número|numer|szám|αριθμός)\.?:?\s*$",
    re.I,
)
_DATE_WORD = re.compile(r"dat|fecha|ngày|tarih|kuupäev|päiväys|dags|issued|issue|emis|emitid|izdavanj|vystaven", re.I)
_TAX_WORD = re.compile(
    r"vat|tax|tin|gst|hst|mwst|ust|tva|iva|btw|moms|mva|nip|nif|cif|oib|cvr|cnpj|cpf|rut|ruc|rfc"
    r"|abn|ein|pib|dič|ičo|ico|adó|vkn|pvm|kmkr|afm|αφμ|npwp|trn|uid|org|reg|kennitala|brn"
    r"|business|company|registr",
    re.I,
)
_CONTACT = re.compile(
    r"tel|phone|fax|mob|iban|bic|swift|konto|account|acct|bank|sort|routing|kunden|customer"
    r"|client|order|bestell|pedido|ordine|commande|comand|comenz|narud|objedn|zamów|sipari"
    r"|p\.?o\b|ref|contract|giro|žiro|жиро|текући|tekući",  # a giro or current account (Serbian, Croatian)
    re.I,
)
_OTHER_DATE = re.compile(
    r"due|fällig|échéance|vencim|scadenza|forfald|dospije|splatnost|termen|deliver|liefer"
    r"|leistung|ship|period|\bfrom\b|\bto\b|\bbis\b|\bvon\b|valid|paid|order|bestell"
    r"|isporuk|livraison",
    re.I,
)
_DUE_WORD = re.compile(
    r"due|f[äa]llig|zahlbar|payable|pay\s*by|payment|zahlung|[ée]ch[ée]an|paiement|vencim|pago|scaden|pagamento"
    r"|vervaldat|betal|forfald|f[öo]rfall|er[äa]p[äa]iv|splatn|termin|płatn|plat|lejár|fizet|vade|ödeme|srok"
    r"|оплат|thanh to|jatuh|maks|limit|until|bis\b|before|avant|antes|vóór|entro",
    re.I,
)
_TERM_DAYS = frozenset({7, 10, 14, 15, 20, 21, 30, 45, 60, 90})  # a due day that many days after the invoice
_NOT_DUE = re.compile(  # a date of the goods or the service, not of the payment
    r"deliver|liefer|livr|lever|entreg|consegn|ship|versand|period|leistung|zeitraum|service|valid|gültig",
    re.I,
)
# A due word's acronym after it, lower-case words before: "Vto. CAE:", "Fecha de vencimiento CAE:" (when the tax
# office's authorisation code expires), not the invoice's due day
_CODE_AFTER = re.compile(r"[^\W\d_]*[a-zà-ÿ][^\W\d_]*\.?\s+([A-Z]{2,5})\s*:?\s*$")


def _of_a_code(left: str) -> bool:
    """Whether a date's label ends in a code's acronym, no currency's: the date is that code's (`_CODE_AFTER`)."""
    m = _CODE_AFTER.search(left)
    return m is not None and m.group(1) not in CURRENCY_CODES


# A company's number in its register, after "company no.", "registered ... number": no tax id. Not a business
# registration number: in Korea (사업자등록번호) and elsewhere that one is the tax id
_COMPANY_NO = re.compile(r"\b(?:company|firm)\s*(?:reg(?:istration|\.)?\s*)?(?:no|number|nr|#)\.?\s*:?\s*$"
                         r"|\bregistered\b.*\b(?:no|number)\.?\s*:?\s*$", re.I)
_LETTERS = re.compile(r"[^\W\d_]+")
_CENTS = re.compile(r"-?[\d.,' ]*\d[.,]\d{2}")
_ZIP = re.compile(r"(?:[A-Z]{1,2}[- ]?)?\d{4,5}(?:-\d{3,4})?")  # "NY 10013", "75266-0108", "D-50667"
_PHONE = re.compile(r"^\+|^\(?0\d|^1-8\d\d|^\(?\d{3}\)?[ -]\d{3}[ -]\d{4}$|^555")


@lru_cache(maxsize=1)
def _model() -> dict:
    return json.loads(WEIGHTS.read_text()) if WEIGHTS.is_file() else {}


def fill_ranked(
    fields: dict[str, FieldValue],
    pages: list[PageLayout],
    table: set[int],
    buyer: set[int],
    warnings: list[str],
    refused: dict[str, set[str]] | None = None,
    model: dict | None = None,
) -> None:
    """Fill each of `RANKED` still empty with its best ranked candidate, in place, below 0.9; a
    field already read is never touched. `table` and `buyer` are the word ids of the items table
    and the buyer's block; `refused` holds per field the values its labels gave that the rules did
    not take (a buyer's tax id, say): never proposed again."""
    model = _model() if model is None else model
    refused = refused or {}
    if not pages or not model:
        return
    ranked = {}
    for name in RANKED:
        if fields.get(name, FieldValue()).value is not None or name not in model:
            continue
        if name == "vendor_tax_id" and no_tax_levied(pages):
            continue  # "Hong Kong levies no sales tax, VAT or GST": an unlabelled number is no VAT id
        best = best_candidate(name, pages, table, buyer, fields, model[name], refused.get(name, set()))
        if best is not None:
            ranked[name] = best
    for name, (value, words, p) in ranked.items():
        if any(_key(v) == _key(value) and q > p for other, (v, _, q) in ranked.items() if other != name):
            continue  # one value ranked best for two fields: the likelier keeps it
        fields[name] = field_value(value, LOW + (HIGH - LOW) * p, words)
        warnings.append(
            f"{name.replace('_', ' ')} {value} read with no known label: the ranker's best candidate ({p:.2f})"
        )


# A page's word that no VAT, GST or sales tax is charged at all, or that the seller is not registered for one: its
# unlabelled numbers are a company's register or a licence, no VAT id (a labelled one the rules read still is)
_NO_TAX = re.compile(
    r"\bno\s+(?:sales\s+tax|vat|gst)(?:\s*(?:,|or|and|nor)\s*(?:sales\s+tax|vat|gst))*\s+(?:is\s+|are\s+)?"
    r"(?:charged|levied|payable|applicable|applies)|\blev(?:y|ies)\s+(?:no|neither)\b"
    r"|\bnot\s+(?:registered\s+for\s+(?:vat|gst)|(?:vat|gst)[\s-]registered)|non\s+assujetti", re.IGNORECASE)


def no_tax_levied(pages: list[PageLayout]) -> bool:
    """Whether a page says no VAT, GST or sales tax is charged at all (`_NO_TAX`)."""
    return any(_NO_TAX.search(" ".join(join_words(line.words) for line in page.lines)) for page in pages)


def best_candidate(
    name: str,
    pages: list[PageLayout],
    table: set[int],
    buyer: set[int],
    fields: dict[str, FieldValue],
    params: dict,
    refused: AbstractSet[str] = frozenset(),
) -> tuple[str, list[Word], float] | None:
    """(value, words, probability) of the top candidate when its probability passes the field's
    threshold, else None; none of the `refused` values."""
    cands = candidates(name, pages[0], table, buyer, fields, params.get("bank", []), refused)
    if not cands:
        return None
    probs = softmax([score(params["w"], f) for _, _, f in cands] + [params["none"]])
    i = max(range(len(cands)), key=lambda k: probs[k])
    if probs[i] < params["threshold"]:
        return None
    return cands[i][0], cands[i][1], probs[i]


def score(weights: dict[str, float], feats: dict[str, float]) -> float:
    return sum(weights.get(k, 0.0) * v for k, v in feats.items())


def softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


# --------------------------------------------------------------------------- candidates


def candidates(
    name: str,
    page: PageLayout,
    table: set[int],
    buyer: set[int],
    fields: dict[str, FieldValue],
    bank: list[str],
    refused: AbstractSet[str] = frozenset(),
) -> list[tuple[str, list[Word], dict[str, float]]]:
    """Every value of the field's shape on the page (outside the buyer's block), each once (its
    first place on the page), with its features."""
    heights = sorted(w.h for line in page.lines for w in line.words) or [1.0]
    median_h = heights[len(heights) // 2] or 1.0
    titles = [line.index for line in page.lines if any(TITLE.fullmatch(s.text.strip(":.")) for s in line.segments)]
    upper = [w.h for line in page.lines if line.y0 < 0.4 * page.height for w in line.words]
    big = [
        line.index
        for line in page.lines
        if upper and line.y0 < 0.4 * page.height and max(w.h for w in line.words) >= 0.9 * max(upper)
    ]  # the page's headline: its title, mostly
    grams = _bank_grams(tuple(bank))
    if name == "invoice_number" and not _titled(page):
        return []  # a number is the invoice's only on a page titled as one (as `bare` asks)
    raw = raw_candidates(name, page, buyer)
    counts: dict[str, int] = {}
    for value, *_ in raw:
        counts[value] = counts.get(value, 0) + 1
    dates = sorted({v for v, *_ in raw}) if name in _DATES else []
    issued = fields.get("invoice_date", FieldValue()).value if name == "due_date" else None
    vendor = fields.get("vendor_name", FieldValue())
    anchor = vendor.evidence[0].bbox if vendor.evidence and vendor.evidence[0].page == 1 else None
    vendor_name = (vendor.value or "").casefold()
    seen: set[str] = set(refused)
    taken = {_key(v.value) for k, v in fields.items() if k != name and v.value} if name != "invoice_date" else set()
    out = []
    for value, words, seg, i in raw:
        if value in seen or _key(value) in taken:  # another field's value (the number, a PO) is not this one
            continue
        seen.add(value)
        if name == "invoice_date" and _of_something_else(page, seg, i):
            continue  # "Lieferdatum: 01.03.2025" dates the delivery, not the invoice
        if name == "vendor_tax_id" and _COMPANY_NO.search(context(page, seg, i)[0]):
            continue  # "Registered in Gibraltar, company no. 114802": the register's number
        if name == "due_date" and (
            issued and value <= str(issued) or _names_another(left := context(page, seg, i)[0], name)
            or _NOT_DUE.search(left) or _of_a_code(left)
        ):
            continue  # no due day precedes the invoice; "Lieferdatum:", "Wir liefern bis" date something else
        feats = _features(name, value, words, seg, i, page, median_h, titles, grams, table, vendor_name)
        feats["big_line"] = float(seg.line.index in big)
        feats["near_big"] = float(any(abs(page.lines[b].y0 - seg.line.y0) < 0.05 * page.height for b in big))
        feats["repeats"] = min(counts[value] - 1, 3) / 3
        if dates:
            feats["earliest"] = float(value == dates[0])
            feats["latest"] = float(value == dates[-1] and len(dates) > 1)
            feats["n_dates"] = min(len(dates), 6) / 6
        if issued:
            gap = (date.fromisoformat(value) - date.fromisoformat(str(issued))).days
            feats["gap"], feats["gap_terms"] = min(gap, 120) / 120, float(gap in _TERM_DAYS)
        if name == "vendor_tax_id" and anchor is not None:
            dy = abs(words[0].y0 - anchor[1]) / page.height
            feats["near_vendor"] = float(dy < 0.12 and abs(words[0].x0 - anchor[0]) < page.width * 0.25)
        out.append((value, words, feats))
    return out


def raw_candidates(name: str, page: PageLayout, buyer: set[int]) -> list[tuple[str, list[Word], Segment, int]]:
    """(value, its words, its segment, the index of its first word there) of every value of the
    field's shape on the page, outside the buyer's block, in reading order."""
    raw = []
    text = " ".join(join_words(line.words) for line in page.lines) if name in _DATES else ""
    day_first = reads_day_first(text, page_order(text)) if text else False
    for line in page.lines:
        for seg in line.segments:
            for i, w in enumerate(seg.words):
                if w.id in buyer or name == "vendor_tax_id" and i and seg.words[i - 1].text.startswith("+"):
                    continue  # the buyer's, or a phone number's digits after its "+31"
                found = _value(name, seg.words[i:], day_first)
                if found is not None and not (name == "vendor_tax_id" and after_a_telephone(
                        [w.text for w in seg.words], i, len(found[1]))):  # "Tel. 04-8022000": no EIN
                    raw.append((found[0], found[1], seg, i))
    return raw


def _key(value: str) -> str:
    return re.sub(r"[\s.\-/]", "", value).upper()


def _value(name: str, words: list[Word], day_first: bool) -> tuple[str, list[Word]] | None:
    if name in _DATES:
        if not words[0].text.lstrip("«\"„“")[:1].isalnum() or not any(ch.isdigit() for w in words[:5] for ch in w.text):
            return None  # every date has its year's digits
        for n in (5, 4, 3, 2, 1):
            if len(words) >= n:
                parsed = parse_date(join_words(words[:n]))
                if parsed is not None:
                    day, ambiguous = parsed
                    if ambiguous and day_first:
                        day = date(day.year, day.day, day.month)
                    return day.isoformat(), words[:n]
        return None
    found = validate(name, words)
    if found is None or found[1][0] is not words[0]:
        return None
    if name == "vendor_tax_id" and (
        parse_date(found[0]) is not None
        or _CENTS.fullmatch(found[0])
        or vat_format(found[0])
        and not tax_id_valid(found[0])
    ):
        return None  # a date, an amount, or a VAT number's shape whose check digits fail
    if name == "invoice_number" and re.fullmatch(r"[-\d.,']*\d[.,]\d{2}|\d{1,2}|\d+%", found[0]):
        return None  # an amount, a count, a percentage
    return found


def _features(
    name: str,
    value: str,
    words: list[Word],
    seg: Segment,
    i: int,
    page: PageLayout,
    median_h: float,
    titles: list[int],
    grams: tuple[frozenset[str], ...],
    table: set[int],
    vendor: str,
) -> dict[str, float]:
    line = seg.line
    left, above = context(page, seg, i)
    f: dict[str, float] = {"bias": 1.0}
    for where, text in (("l", left), ("a", above)):
        if not text:
            f[f"{where}_empty"] = 1.0
            continue
        named = {n for n, _, _ in label_matches(text)} | {n for n, _, _ in label_matches(_tail(text))}
        f[f"{where}_same"] = float(name in named)
        f[f"{where}_other"] = float(bool(named - {name}))
        f[f"{where}_only_other"] = float(bool(named) and name not in named)
        f[f"{where}_none"] = float(bool(NOT_A_FIELD.match(_tail(text))))
        f[f"{where}_colon"] = float(text.rstrip().endswith(":"))
        f[f"{where}_sim"] = _similarity(_tail(text), grams)
        f[f"{where}_marker"] = float(bool(_MARKER.search(text)))
        f[f"{where}_date"] = float(bool(_DATE_WORD.search(text)))
        f[f"{where}_tax"] = float(bool(_TAX_WORD.search(text)))
        f[f"{where}_contact"] = float(bool(_CONTACT.search(text)))
        f[f"{where}_otherdate"] = float(bool(_OTHER_DATE.search(text)))
        f[f"{where}_titleword"] = float(bool(TITLE.search(text)))
        if name == "due_date":
            f[f"{where}_due"] = float(bool(_DUE_WORD.search(text)))
    text = join_words(line.words)
    f["buyer_above"], f["party_above"], f["vendor_above"] = _party_above(page, line, words[0], vendor)
    f["line_title"] = float(line.index in titles)
    f["near_title"] = float(any(abs(page.lines[t].y0 - line.y0) < 0.06 * page.height for t in titles))
    f["line_contact"] = float(bool(_CONTACT.search(text)))
    f["line_len"] = min(len(line.words), 20) / 20
    y, x = words[0].y0 / page.height, words[0].x0 / page.width
    f["y"], f["x"] = y, x
    f["top"], f["head"], f["foot"], f["right"] = float(y < 0.3), float(y < 0.15), float(y > 0.8), float(x > 0.5)
    f["table"] = float(any(w.id in table for w in words))
    f["size"] = max(-1.0, min(1.0, words[0].h / median_h - 1))
    f["seg_start"] = float(i == 0)
    digits = sum(ch.isdigit() for ch in value)
    f["digits"] = min(digits, 16) / 16
    f["alpha"] = float(any(ch.isalpha() for ch in value))
    f["sep"] = float(any(ch in "-/" for ch in value))
    f["dots"] = float("." in value)
    f["words"] = len(words) / 5
    f["alldigits"] = float(value.isdigit())
    f["year"] = float(bool(re.fullmatch(r"(?:19|20)\d\d", value)))
    if name == "vendor_tax_id":
        f["vat"], f["valid"] = float(vat_format(value)), float(tax_id_valid(value))
        f["formed"] = float(tax_id_well_formed(value))
        f["zip"] = float(bool(_ZIP.fullmatch(value)))
        f["phone"] = float(bool(_PHONE.search(value)))
    return f


def context(page: PageLayout, seg: Segment, i: int) -> tuple[str, str]:
    """(the words before the value: up to four in its segment, else the segment before it on its
    line; the segment right above it): where its label would be."""
    left = join_words(seg.words[max(0, i - 4) : i])
    if not left:
        k = seg.line.segments.index(seg)
        left = seg.line.segments[k - 1].text if k else ""
    return left, _above(page, seg.line, seg.words[i])


def _titled(page: PageLayout) -> bool:
    """Whether the page prints a document title ("Invoice", "FACTURĂ", "R E C H N U N G")."""
    for line in page.lines:
        for seg in line.segments:
            if TITLE.match(plain_heading(seg.text)):
                return True
    return False


def _of_something_else(page: PageLayout, seg: Segment, i: int) -> bool:
    """Whether a date's own label (before it on its line) says it is of something else: a delivery,
    a period, the due day."""
    label = _tail(context(page, seg, i)[0])
    named = {n for n, _, _ in label_matches(label)}
    return (
        bool(_OTHER_DATE.search(label))
        and "invoice_date" not in named
        or bool(named)
        and not (named & {"invoice_date"})
    )


def _names_another(left: str, name: str) -> bool:
    """Whether a value's own label (`left`: the words before it on its line) names another field and not this one."""
    named = {n for n, _, _ in label_matches(_tail(left))}
    return bool(named) and name not in named


def label_of(page: PageLayout, seg: Segment, i: int) -> str:
    """The label a value's context gives it (the bank's entries): the tail of the words before it,
    else of the segment above."""
    left, above = context(page, seg, i)
    return _tail(left or above)


def _tail(text: str) -> str:
    """The label part of a context: its last three words."""
    return " ".join(text.split()[-3:])


def _above(page: PageLayout, line: Line, word: Word) -> str:
    """The segment right above the word (over its left edge, within two lines' height)."""
    for k in range(line.index - 1, max(-1, line.index - 3), -1):
        prev = page.lines[k]
        if word.y0 - prev.y1 > 2.5 * max(word.h, 1):
            return ""
        for seg in prev.segments:
            if seg.x0 - 10 <= word.x0 <= seg.x1 + 5:
                return seg.text
    return ""


def _party_above(page: PageLayout, line: Line, word: Word, vendor: str) -> tuple[float, float, float]:
    """(a buyer's heading, another company's name, the vendor's name): the nearest of them over the
    word's column, within six lines above it; a value in someone's address block."""
    for k in range(line.index - 1, max(-1, line.index - 7), -1):
        for seg in page.lines[k].segments:
            if abs(seg.x0 - word.x0) > 15 and not seg.x0 - 15 <= word.x0 <= seg.x1:
                continue
            if vendor and vendor in seg.text.casefold():
                return 0.0, 0.0, 1.0
            if BILL_TO.match(seg.text):
                return 1.0, 0.0, 0.0
            if LEGAL_SUFFIX.search(seg.text) and not any(ch.isdigit() for ch in seg.text):
                return 0.0, 1.0, 0.0
    return 0.0, 0.0, 0.0


def trigrams(text: str) -> frozenset[str]:
    t = " " + " ".join(_LETTERS.findall(text.casefold())) + " "
    return frozenset(t[k : k + 3] for k in range(len(t) - 2))


@lru_cache(maxsize=4096)
def _bank_grams(bank: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    return tuple(trigrams(b) for b in bank)


def _similarity(text: str, bank: tuple[frozenset[str], ...]) -> float:
    """The highest trigram Jaccard between a label and the labels of the field's values in training."""
    grams = trigrams(text)
    if len(grams) < 2 or not bank:
        return 0.0
    return max((len(grams & g) / len(grams | g) for g in bank if g), default=0.0)
