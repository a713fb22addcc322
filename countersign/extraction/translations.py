"""A label in a language the lexicon does not know, read by its translation printed with it: in parentheses before a
colon ("Đồng tiền thanh toán (Currency): VND", "Valuta (Currency): EUR"), or after a slash ("Verildiyi gün / Data
eliberării", "Seriya / Seria EA № 9900925": Gagauz, then Romanian). `labels.label_matches` asks here when the text
opens with no label it knows.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Callable, Protocol, TypeVar

from countersign.extraction.lexicon import LabelRead, concepts_of

_GLOSSED = re.compile(r"[^\W\d_][^()\d:]{0,40}?\s*\((?P<gloss>[^\W\d_][^()\d:]{1,40})\)\s*:\s*")
# one to three words, then a slash with spaces around it ("р/с 40702810..." is a bank account's abbreviation); a
# one-letter word only before another ("К оплате / Tasuda kokku": Russian's "to", then "payment")
# ("შეკვეთის № / Order No."; an abbreviation's letters and dots and a rate: "მ.შ. დღგ 18% / incl. VAT 18%")
_FIRST_LANGUAGE = re.compile(r"(?:(?:[^\W\d_]\.){2,3}|[^\W\d_][^\W\d_'’.]+|[^\W\d_](?=\s+[^\W\d_]{2}))"
                             r"(?:\s+(?:[^\W\d_][^\W\d_'’.]*|№|#|\d{1,2}(?:[.,]\d{1,3})?\s?%)){0,2}"
                             r"\s+/\s+(?=[^\W\d_#№])")

class _Found(Protocol):
    """What `labels.label_matches` returns for a label: a regex match or a `LabelRead`."""

    def end(self) -> int: ...

    def groupdict(self) -> dict[str, Any]: ...


Reading = tuple[tuple[str, int, _Found], ...]
F = TypeVar("F", bound=_Found)


def translated(text: str, read: Callable[[str], Reading]) -> tuple[tuple[str, int, LabelRead], ...]:
    """The fields the text's label names by its translation (`read` is `labels.label_matches`); () when none."""
    if (first := _FIRST_LANGUAGE.match(text)) is not None and (found := _after_slash(text, first.end(), read)):
        return found
    if "(" in text[:50]:
        return _glossed(text, read)
    return ()


def _after_slash(text: str, start: int, read: Callable[[str], Reading]) -> tuple[tuple[str, int, LabelRead], ...]:
    """The fields the translation after the slash names, read from there, when it names them with two words or more
    (one word, "Datum", "Summe", stands in many a line that is no label), or is all the text after the slash and
    glosses a label in another script ("თარიღი / Date": a label alone in its cell; "Yhteensä / Summa" may go on
    on the next line)."""
    rest = text[start:]
    glossed = not _latin(text[:start]) and _latin(rest)

    def named(m: _Found) -> bool:
        said = [w for w in rest[:m.end()].split() if any(ch.isalpha() for ch in w)]  # (not a rate: "GST (5 %)")
        return getattr(m, "concepts", len(said)) >= 2 or glossed and not rest[m.end():].strip(" :.")

    return tuple((name, rank, LabelRead(start + m.end(), m.groupdict().get("rate"), getattr(m, "concepts", 0)))
                 for name, rank, m in read(rest) if named(m))


def _latin(text: str) -> bool:
    """Whether a text's letters are all Latin ones."""
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in text if ch.isalpha())


def _glossed(text: str, read: Callable[[str], Reading]) -> tuple[tuple[str, int, LabelRead], ...]:
    """The fields a label's translation in parentheses names, when it names them with all its words; the label ends
    after its colon."""
    m = _GLOSSED.match(text)
    if m is None:
        return ()
    gloss = m.group("gloss").strip()
    named = {(name, rank): found.groupdict().get("rate") for name, rank, found in read(gloss + ":")
             if found.end() >= len(gloss)}
    if not named and _BARE_NUMBER.fullmatch(gloss):  # "Số (No.): 29176367": the document's own number
        named = {("invoice_number", 1): None}
    return tuple((name, rank, LabelRead(m.end(), rate)) for (name, rank), rate in named.items())


_BARE_NUMBER = re.compile(r"no\.?|nr\.?|number|#", re.IGNORECASE)


# after a label the lexicon knows: a slash, one to three words with no digit, and a colon or a value's first digit
# ("Your order / Agas arghadow 479", Cornish; "Nr. / Numri: 88")
_TRANSLATION_AFTER = re.compile(r"\s*/\s+(?P<gloss>[^\W\d_][^\W\d_'’.-]*\.?(?:\s+[^\W\d_][^\W\d_'’.-]*\.?){0,2})"
                                r"(?:\s*:\s*|\s+(?=\d))")


def translation_after(text: str, found: tuple[tuple[str, int, F], ...], read: Callable[[str], Reading]
                      ) -> tuple[tuple[str, int, F | LabelRead], ...]:
    """A known label followed by its translation in a language the lexicon does not know, in one run with its value:
    the label ends after the translation, so the value after it is the label's. Not when the words after the slash
    name another field ("Invoice No / Date: ...")."""
    if not found or (m := _TRANSLATION_AFTER.match(text, end := found[0][2].end())) is None:
        return found
    if {name for name, _, _ in read(m.group("gloss") + ":")} - {name for name, _, _ in found}:
        return found
    return tuple((name, rank, LabelRead(m.end(), hit.groupdict().get("rate"), getattr(hit, "concepts", 1)))
                 if hit.end() == end else (name, rank, hit) for name, rank, hit in found)


_GLOSS_REST = re.compile(r"[^()\d]{0,40}\)\s*:?\s*")


def gloss_closed(text: str, found: tuple[tuple[str, int, F], ...]) -> tuple[tuple[str, int, F | LabelRead], ...]:
    """A label whose reading stopped inside its translation in parentheses ("Cộng tiền hàng (Total amount before
    VAT) 273.572.000": the lexicon reads "(Total amount" and no further): the label runs to the closing parenthesis,
    so the value after it is the label's."""
    out: list[tuple[str, int, F | LabelRead]] = []
    for name, rank, hit in found:
        end = hit.end()
        inside = text[text.rfind("(", 0, end) + 1:end] if text.count("(", 0, end) > text.count(")", 0, end) else ""
        # (a label's words read in it: not a qualifier's, "Итого по реестру (по ценам АЗС, с НДС)")
        named = any(concepts_of(word) for word in re.findall(r"[^\W\d_]+", inside.lower()))
        m = _GLOSS_REST.match(text, end) if named else None
        out.append((name, rank, LabelRead(m.end(), hit.groupdict().get("rate"), getattr(hit, "concepts", 1)))
                   if m else (name, rank, hit))
    return tuple(out)

