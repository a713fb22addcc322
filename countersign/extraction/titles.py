"""The document's title ("INVOICE", "Rechnung", "HÓA ĐƠN GIÁ TRỊ GIA TĂNG") and the stamps across a page ("PAID",
"COPY"): headings that name no party. Moved out of `labels`, whose labels say which field a value is."""

from __future__ import annotations

import re
import unicodedata

from countersign.extraction.layout import right_to_left

# The words of a document's title, in every language read; `TITLE` reads a whole title, `title_number` a title
# with its number ("Rechnung Nr. 471102").
TITLE_WORDS = (
    r"invoice|(?:handels|teil|schluss|storno)?rechnung"
    r"|rechnungskorrektur|facture|bill|credit\s*note|adjustment\s*note|gutschrift|avoir|receipt|statement|factuur"
    r"|creditnota|factura(?:\s*electr[óo]nica)?|nota\s*de\s*cr[ée]dito|factura\s*rectificativa|fattura"
    r"|nota\s*di\s*credito|arve|reikningur|rokningur|τιμολ[όο]γιο"  # Estonian, Icelandic, Faroese, Greek
    r"(?:\s*(?:παροχ[ήη]ς\s*υπηρεσι[ώω]ν|π[ώω]λησης))?"  # Greek: of services, of sale
    r"|πιστωτικ[όο]\s*(?:σημε[ίι]ωμα|τιμολ[όο]γιο)"  # Greek: a credit note
    r"|фактура|кредитно\s*известие|(?:pvm\s*)?s[aą]skaita(?:\s*fakt[uū]ra)?"  # Bulgarian, Lithuanian
    r"|рахунок(?:-фактура|\s*на\s*оплату)?|сч[её]т(?:-фактура|\s*на\s*оплату)?"  # Ukrainian, Russian
    r"|h[óo]a\s*đ[ơo]n(?:\s*(?:gi[áa]\s*tr[ịi]\s*gia\s*t[ăa]ng|b[áa]n\s*h[àa]ng|gtgt))?"  # Vietnamese (VAT, sales)
    r"|fatura(?:\s*-\s*recibo)?|fature|faktura(?:\s*vat)?|faktura\s*korygująca"
    r"|рачун|ra[čc]un|(?:pvn\s*)?r[ēe][ķk]ins"  # Serbian, Croatian, Slovenian, Latvian
    r"|hisob\s*-\s*faktura"  # Uzbek (Latin script)
    r"|хисап(?:-фактура)?"  # Tatar
    r"|нэхэмжлэх|ҳисобнома(?:\s*-\s*фактура)?"  # Mongolian; Tajik
    r"|صورتحساب(?:\s*فروش)?"  # Persian: a (sales) invoice
    r"|zli[čc]bowanka|invois(?:\s*cukai)?|faktur(?:\s*(?:penjualan|pajak))?"  # Upper Sorbian, Malay, Indonesian
    r"|ໃບເກັບເງິນ"  # Lao
    r"|հաշիվ(?:-ապրանքագիր)?"  # Armenian (invoice; invoice and waybill: "ՀԱՇԻՎ-ԱՊՐԱՆՔԱԳԻՐ")
    r"|anfoneb|note\s*d['’]honoraires"  # Welsh; a French fee note
    r"|boleta(?:\s*de\s*(?:venta|honorarios))?(?:\s*electr[óo]nica)?"  # Chile's and Peru's receipts for sales, fees
    r"|(?:ضريبية\s*)?فاتورة(?:\s*ضريبية)?"  # Arabic "tax invoice" either way
    r"|חשבונית(?:\s*(?:מס(?:\s*/?\s*קבלה)?|זיכוי|עסקה))?|(?:מס\s*)?חשבונית"  # Hebrew: (tax, credit) invoice
)
TITLE = re.compile(r"(?:tax\s*|commercial\s*|export\s*|sales\s*|pro\s*-?\s*forma\s*|self[-\s]?bill(?:ing|ed)\s*)?(?:"
                   + TITLE_WORDS
                   + r")(?:\s*[/·]\s*\w+)?(?:\s*\(\d{3}\))?", re.IGNORECASE)  # "FAKTURA · LASKU", "(380)"

# A stamp across the page, never a party's name: "PAID", "UNPAID", "OVERDUE", "COPY", "DRAFT", "BEZAHLT", "PAYÉE"
STAMP = re.compile(r"(?:un)?paid|overdue|void|draft|copy|duplicate|cancell?ed|(?:un)?bezahlt|entwurf|kopie|storniert"
                   r"|pay[ée]e?s?|impay[ée]e?s?|brouillon|annul[ée]e?|pagad[ao]|impagad[ao]|borrador|anulad[ao]"
                   r"|(?:on)?betaald|vervallen|concept|מקור|העתק"  # (Hebrew: original, copy)
                   r"|original|оригинал|копие|копия|дубликат", re.IGNORECASE)  # (Bulgarian, Russian: original, copy)


def title_or_stamp(text: str) -> bool:
    """A heading that names no party: the document's title, with a word joined to it by a hyphen ("e-Factura",
    "HISOB-FAKTURA") or after its word in another language and a slash ("CUNNTAS / INVOICE"), or before a slash and
    what it sells ("فاتورة ضريبية / بيع نقدي": a cash sale's), or a stamp ("PAID"). A right-to-left heading is read in
    its words' order as the page shows them, and in reading order."""
    if right_to_left(text) and _title_or_stamp(" ".join(reversed(text.split()))):
        return True
    return _title_or_stamp(text)


def _title_or_stamp(text: str) -> bool:
    bare = _QUALIFIED.sub("", plain_heading(text).strip(" :!*"))  # "FACTURĂ FISCALĂ": the title, qualified
    bare = _QUALIFIED_BEFORE.sub("", bare)  # "FİSKAL FAKTURA", "Fiscal invoice": the qualifier first
    return bool(TITLE.fullmatch(bare) or TITLE.fullmatch(re.sub(r"^[^\W\d_]{1,12}-|^[^\W\d_]{2,20}\s*/\s*", "", bare))
                or STAMP.fullmatch(bare)  # ("ՀԱՇԻՎ-ԱՊՐԱՆՔԱԳԻՐ" is a title whole)
                or " / " in bare and (TITLE.fullmatch(bare.split(" / ")[0]) or TITLE.fullmatch(bare.split(" / ")[-1])))


# a word after a title that says what kind of document it is ("FATURË TATIMORE", "FAKTÚRA – DAŇOVÝ DOKLAD": tax)
_QUALIFIED = re.compile(r"(?:\s+[–-])?\s+(?:fiscal[aă]?|electr[oó]nic[aă]?|simplificad[ao]|tributari[ao]|original"
                        r"|copie|duplicado|definitiv[aă]?|tatimore|da[nň]ov[yý]\s+doklad|de\s+stornare"
                        r"|оригинал|копие|копия|дубликат"  # (Bulgarian, Russian: "ФАКТУРА – ОРИГИНАЛ")
                        r"|ک\s?ال[اآ]?\s*و\s*خدمات"  # (a reversal; Persian: of goods and services)
                        r"|اصلي[ةه]"  # Arabic "أصلية", original (its hamza is a mark, taken off)
                        r"|(?:de|du|d['’])\s*[^\W\d_]{3,})$", re.IGNORECASE)  # "FACTURE DE TRANSIT": what it bills
_QUALIFIED_BEFORE = re.compile(r"^(?:fis[ck]al[aă]?|electr[oó]nic[aă]?|elektroni[kc])\s+(?=\S)", re.IGNORECASE)


def plain_heading(text: str) -> str:
    """A heading closed up (`unspaced`) and without its accents, as TITLE reads it: "FACTURĂ" -> "FACTURA"."""
    return "".join(c for c in unicodedata.normalize("NFKD", unspaced(text)) if not unicodedata.combining(c))


def unspaced(text: str) -> str:
    """A letter-spaced heading closed up: "I N V O I C E" -> "INVOICE"."""
    return re.sub(r"(?<=\b\w) (?=\w\b)", "", text) if re.fullmatch(r"(?:\w )+\w", text) else text
