"""The issuer's name (its tax id and IBAN are vendor_ids.py's).

The buyer's blocks are found first and set aside (parties.py): they name the buyer. The vendor's name has
three cues, strongest first: a seller block ("Verkäufer", "Seller", "Fournisseur") with its name (not a
remittance slip's "From:", the payer's); a company name with a legal form in a letterhead or return-address
line ("Au bon moulin SARL - 1242 chemin ..."); the most prominent text at the top of page 1. Agreement
between cues raises the confidence.
"""

from __future__ import annotations

import re

from countersign.domain import FieldValue
from countersign.extraction.confidence import POOR, field_value
from countersign.extraction.document import CREDIT_TITLE
from countersign.extraction.key_lists import key_value_pair, stacked_key
from countersign.extraction.labels import BILL_TO, LEGAL_SUFFIX, NOT_A_FIELD, REGISTRATION, is_label, label_matches
from countersign.extraction.layout import Line, PageLayout, Segment, Word, join_words, reading_order, words_within
from countersign.extraction.legal_names import legal_names
from countersign.extraction.parties import PARTS as _PARTS
from countersign.extraction.parties import (
    QUOTED_NAME,
    SALESPERSON,
    SELLER,
    SLIP,
    body_height,
    continues_sentence,
    form_row,
    imprint,
    inline_seller,
    legal_form_below,
    legal_form_only,
    legal_form_under,
    letterhead,
    looks_like_contact,
    name_words,
    name_wrapped_under,
    other_heading,
    quote_closed_under,
    quoted_part,
    seller_lines,
    sender_line,
    states_an_amount,
)
from countersign.extraction.title_number import title_after
from countersign.extraction.titles import TITLE, title_or_stamp


def read_vendor_name(page: PageLayout, *, buyer_words: set[int], table_words: set[int],
                     used_words: set[int], warnings: list[str]) -> FieldValue:
    """The issuer's name on the first page. Three cues, strongest first: a seller block ("Verkäufer", "Seller",
    "Fournisseur") with its name; a company name with a legal form in a letterhead or return-address line ("Au bon
    moulin SARL - 1242 chemin ...", or the one over a window envelope's address field, `sender_line`); the most
    prominent text at the top of page 1; last, a name heading a footer of the vendor's address and ids. Agreement
    between cues raises the confidence. A name the buyer's blocks print is none of these cues. Nothing but a legal
    form is no name; a name that opens as a fragment, or printed within a longer company name, stays below 0.9."""
    buyers = _buyer_names(page, buyer_words)
    chunks = [c for c in legal_names(page, buyer_words, table_words) if _key(c[0]) not in buyers]
    found = _read_name(page, buyers, chunks, buyer_words, buyer_words | table_words | used_words, warnings)
    if found.value is None or legal_form_only(found.value):
        return FieldValue() if found.value is not None else found  # "GMBH", "B.V.": a legal form, no name
    name = reading_order(found.value, words_within(page, found.evidence))  # a right-to-left name from its right
    if _fragment(name) or _printed_longer(found.value, chunks):
        found = found.model_copy(update={"confidence": min(found.confidence, 0.85)})
    return found.model_copy(update={"value": name})


def _key(text: str) -> str:
    """A name closed up and case folded, for comparing two printings of it."""
    return re.sub(r"[^\w]", "", text.casefold())


def _fragment(name: str) -> bool:
    """Whether a name opens as the middle of one: with punctuation ("- Soluções Informáticas,
    S.A.") or a word in lower case ("do Oeste, Unipessoal Lda."): its first words may be a logo."""
    first = name.split()[0]
    return not (first[0].isalnum() or first[0] in "\"'(«„“") or first.isalpha() and first.islower()


def _printed_longer(name: str, chunks: list[tuple[str, list[Word], float]]) -> bool:
    """Whether the page prints the name as part of a longer company name elsewhere, with more
    capitalised words before or after it than a legal form ("Components Ltd" in a footer's
    "Harrow Components Ltd"): the name read may have lost a word to a logo or a line break."""
    words = [_key(w) for w in name.split() if _key(w)]
    n = len(words)
    for text, _, _ in chunks:
        other = [w for w in text.split() if _key(w)]
        keys = [_key(w) for w in other]
        if len(keys) <= n or len(keys) > n + 4:
            continue
        if keys[-n:] == words:
            extra = other[:-n]
        elif keys[:n] == words:
            extra = other[n:]
            if legal_form_only(" ".join(extra)):
                continue  # "Acme" and "Acme GmbH": one name, with or without its legal form
        else:
            continue
        named = " ".join(extra)
        if (m := LEGAL_SUFFIX.search(named)) is not None:
            named = named[:m.start()]  # its legal form may be in lower case: "… Musterstadt a.G."
        if all(w[0].isupper() or not w[0].isalpha() for w in named.split()) and not label_matches(" ".join(extra)) \
                and not any(w.endswith(":") or w.casefold() == "for" for w in extra):
            return True  # (a label before it, "To: Acme Ltd", or a signature's "For Acme W.L.L." is no part of it)
    return False


def _read_name(page: PageLayout, buyers: set[str], chunks: list[tuple[str, list[Word], float]],
               buyer_words: set[int], excluded: set[int], warnings: list[str]) -> FieldValue:
    """The name by the strongest cue (read_vendor_name's three, and the footer); `excluded` are
    the words of the buyer's blocks, the tables, the labels and their values."""
    key = _key
    seller = _from_seller_block(page, buyer_words)
    prominent = _prominent(page, excluded, bool(buyer_words), buyers)
    chunk_keys = [key(c[0]) for c in chunks]

    def agrees(name: str) -> int:
        k = key(name)
        return sum(1 for ck in chunk_keys if ck and (ck.startswith(k) or k.startswith(ck)))

    if seller is not None:
        name, words = seller
        conf = 0.95 if agrees(name) or LEGAL_SUFFIX.search(name) else 0.85
        if any(_PAYEE.match(sg.text) for ln in page.lines for sg in ln.segments):
            conf = min(conf, 0.85)  # a remit-to address may be a collector's, not the issuer's
        return field_value(name, conf, words)
    sender = sender_line(page)
    if sender is not None:
        name = _PARTS.split(sender.text)[0].strip(" ,;:")
        if prominent is not None and prominent[3] and key(prominent[0]) != key(name) and len(name.split()[-1]) > 2 \
                and name.split()[-1].casefold() in prominent[0].casefold().split():
            # a sole trader's business in the letterhead, named after them: "PC-Service Yilmaz" over "Emre Yilmaz"
            return field_value(prominent[0], 0.85, prominent[1])
        sure = agrees(name) or (prominent is not None and key(prominent[0]) == key(name))
        return field_value(name, 0.95 if sure else 0.85, sender.words[:len(name.split())])
    footer = _from_footer(page, buyer_words)
    if footer is not None and key(footer[0]) in buyers:
        footer = None
    if chunks:
        return _from_chunks(page, chunks, prominent, footer, bool(buyer_words))
    if prominent is None:
        if footer is not None:
            return field_value(footer[0], 0.8, footer[1])
        warnings.append("vendor name not found")
        return FieldValue()
    name, words, conf, _ = prominent
    if footer is not None and key(footer[0]) == key(name):
        conf = max(conf, 0.9)  # the letterhead's name is the one the footer signs with
    return field_value(name, conf, words)


def _buyer_names(page: PageLayout, buyer_words: set[int]) -> set[str]:
    """The texts of the buyer's blocks (closed up, case folded; a line's first part and the text
    before its first comma too): a company name printed there is the buyer's wherever else the
    page prints it ("Bill To: Globex Ltd" over a "Globex Ltd" in the notes), never the vendor."""
    out: set[str] = set()
    for line in page.lines:
        for seg in line.segments:
            if not seg.words or any(w.id not in buyer_words for w in seg.words) or BILL_TO.fullmatch(seg.text):
                continue
            for text in (seg.text, _PARTS.split(seg.text)[0], seg.text.split(",")[0]):
                k = re.sub(r"[^\w]", "", text.casefold())
                if sum(ch.isalpha() for ch in k) >= 4:
                    out.add(k)
    return out


# The most prominent text: its words, confidence, and whether it stands out: in type larger than the
# body's and the next largest text's, or on the page's first line of text (not merely the first
# line of an address block lower down, when the letterhead is a logo).
Prominent = tuple[str, list[Word], float, bool]


def _from_chunks(page: PageLayout, chunks: list[tuple[str, list[Word], float]],
                 prominent: Prominent | None, footer: tuple[str, list[Word]] | None,
                 have_buyer: bool) -> FieldValue:
    """The vendor among company names with a legal form: the one printed on most lines, then the
    first; but a letterhead over a name printed once lower down, or (no buyer block) a footer
    signed with the issuer's ids by another name, wins at 0.8-0.85."""
    key = _key
    counts: dict[str, int] = {}
    for k, _ in {(key(c[0]), round(c[2])) for c in chunks}:
        counts[k] = counts.get(k, 0) + 1  # by line: a bill-to and a ship-to side by side print the buyer twice
    short = key(prominent[0]) if prominent is not None else ""
    spaced = prominent is not None and all(len(w.text) == 1 for w in prominent[1])  # a logo: "R O T H"
    if len(short) >= 4 and (full := [c for c in chunks if key(c[0]) != short and (
            key(c[0]).startswith(short) or spaced and short in key(c[0]))]):
        # the letterhead's "LUMEN" is short for "Lumen Optik AB", "R O T H" for "Kanzlei Dr. Roth & Weber PartG mbB"
        return field_value(full[0][0], 0.9 if key(full[0][0]).startswith(short) else 0.85, full[0][1])
    name, words, y = max(chunks, key=lambda c: (counts[key(c[0])], -c[2]))
    once = counts[key(name)] < 2
    if prominent is not None and key(prominent[0]) != key(name) and once \
            and letterhead(page, prominent[1]) and prominent[1][0].y0 < y \
            and not (have_buyer and footer is not None and key(footer[0]) == key(name)) \
            and (y - prominent[1][0].y1 > 1.5 * prominent[1][0].h and not _spelt_out_under(page, prominent[1], words)
                 or {w.id for w in words} & {w.id for w in prominent[1]}):  # one right under it is its legal name
        # The top's largest type issues, not a name printed once lower (an unheaded buyer's, not the footer's signer)
        signed = footer is not None and key(footer[0]) == key(prominent[0])
        return field_value(prominent[0], 0.85 if signed else 0.8, prominent[1])
    if footer is not None and not key(name).startswith(key(footer[0])) and once and not have_buyer \
            and (prominent is None or prominent[2] < 0.9 or key(prominent[0]) != key(name)):
        # No buyer block found, one company name once on the page, and a footer signed by
        # another name (not its short form: "SOMACAJU" under "SOMACAJU - Manuseamento de Caju, SA") with the issuer's
        # address and ids: the name over the ids issues it.
        return field_value(footer[0], 0.8, footer[1])
    conf = 0.85 if once else 0.9
    if prominent is not None and key(prominent[0]) == key(name) and prominent[3]:
        conf = max(conf, 0.95)  # the letterhead agrees
        if not once and letterhead(page, prominent[1]):
            return field_value(name, conf, words)  # in large type at the top and printed again: no buyer's
    return field_value(name, conf if have_buyer else min(conf, 0.85), words)


def _spelt_out_under(page: PageLayout, short: list[Word], legal: list[Word]) -> bool:
    """Whether a company name is the letterhead's spelt out: the next text under the letterhead's
    large type in its column, sharing one of its words ("Andina Distribuciones" in large type, then
    "DISTRIBUIDORA ANDINA DISANDI S.A." in small type, with a gap between)."""
    top, left, right = short[0].y1, legal[0].x0, legal[-1].x1
    shared = {w.text.casefold() for w in short if len(w.text) >= 4} & {w.text.casefold().strip(",") for w in legal}
    return bool(shared) and not any(top < w.y0 < legal[0].y0 and w.x1 > left and w.x0 < right
                                    for ln in page.lines for w in ln.words if ln.page == legal[0].page)


def _from_footer(page: PageLayout, buyer_words: set[int]) -> tuple[str, list[Word]] | None:
    """A name opening a footer line whose other parts are an address, contact or ids
    ("Acme Systems | 12 High Street | London | VAT No.: GB..."): the vendor signing its page."""
    for line in reversed(page.lines):
        if line.y0 < page.height * 0.8:
            break
        if any(w.id in buyer_words for w in line.words) or continues_sentence(page, line):
            continue  # (a name carrying on the line above's sentence is a bank's or a payee's)
        text = join_words(line.words)
        parts = [p.strip(" ,;:") for p in _PARTS.split(text) if p.strip(" ,;:")]
        skip = 0
        while len(parts) > 2 and _PAGE_NO.fullmatch(parts[0]):  # a page counter: "Pág. 1/1 · Acme, Lda. · NIF"
            skip += len(parts.pop(0).split())
        if len(parts) < 2 and LEGAL_SUFFIX.search(text.split(",")[0]):
            parts = [p.strip() for p in text.split(",") if p.strip()]  # "Acme Ltd, 12 High Street, London"
        if len(parts) < 2:
            continue
        first = parts[0]
        if (len(first) > 60 or sum(ch.isalpha() for ch in first) < 3 or looks_like_contact(first)
                or label_matches(first) or TITLE.match(first) or SLIP.match(first) or not _could_be_a_name(first)
                or imprint(first)):
            continue
        if any(looks_like_contact(p) or label_matches(p) or re.search(r"\d{4,}", p) for p in parts[1:]):
            return first, line.words[skip:skip + len(first.split())]
    return None


_PAGE_NO = re.compile(r"(?:page|p[áa]g(?:ina)?|seite|strona|str|sivu|side|sida|blatt)\.?\s*\d+\s*"
                      r"(?:/|of|de|von|z|di|sur)\s*\d+", re.IGNORECASE)


def _could_be_a_name(text: str) -> bool:
    """Whether a text may be a company's name: no registration statement, no run of five digits
    (a company, phone or account number)."""
    return not REGISTRATION.search(text) and not re.search(r"\d{5,}", text)


# A name's label under a seller heading: "Name:", "Firma:", Bulgarian "Име:", Lithuanian "Pavadinimas:".
_NAME_LABEL = r"(?:name|nom|naam|nombre|firma|име|наименование|pavadinimas|nama)"
_PAYEE = re.compile(r"(?:remit(?:\s*payment)?\s*to|pay\s*to|payee)\s*:?\s*$", re.IGNORECASE)


def _from_seller_block(page: PageLayout, buyer_words: set[int]) -> tuple[str, list[Word]] | None:
    """The name given by a seller heading: on its line, or in the lines below it (never the buyer's block's)."""
    for line in seller_lines(page):
        seg = line.segments[0]
        beside = next((sg for sg in line.segments[1:] if SELLER.fullmatch(sg.text.strip())), None)
        if beside is not None and not SELLER.fullmatch(seg.text.strip()):
            found = _given_beside(page, line, beside)
            if found is not None:
                return found
            continue
        if not SELLER.fullmatch(seg.text.strip()):
            inline = inline_seller(seg)
            if inline is not None:
                return inline
            continue
        rest = line.segments[1:]
        if rest and is_label(rest[0]) and (quoted := quoted_part(rest[0].words)) is not None:
            return quoted  # "Поставщик: | БИН / ИИН 210540012679, ТОО «Каспий Бурсервис», г. Актау": its ids first
        keyed = bool(rest) and key_value_pair(page, line)  # ("Caisse : 03" over "Vendeur : Rachid")
        if rest and not is_label(rest[0]) and not other_heading(rest[0].text) \
                and sum(ch.isalpha() for ch in rest[0].text) >= 2 and not SALESPERSON.fullmatch(rest[0].text.strip()) \
                and not (keyed and len(rest[0].words) == 1 and not LEGAL_SUFFIX.search(rest[0].text)) \
                and (rest[0].x0 - seg.x1 <= max(120.0, 4 * (seg.x1 - seg.x0)) or form_row(page, line, rest[0])):
            # ("Sprzedawca: | Nabywca:": two headings; far right of it, another column's text)
            words = rest[0].words
            if len(rest) > 2 and all(len(s.words) == 1 for s in rest):  # justified: a word a segment, to its ids
                run = name_words([w for s in rest for w in s.words])
                words = run if len(run) < len(rest) else words
            words = name_words(words + legal_form_below(page, line, rest[0]))
            return re.sub(r"\s+", " ", join_words(words)).strip(" ,;:"), words
        if keyed or stacked_key(page, line, seg):
            continue  # a key among a list's: the next line is the next key's, no block under a heading
        found = _seller_name_below(page, line, buyer_words)
        if found is not None:
            return found
    return None


def _given_beside(page: PageLayout, line: Line, heading: Segment) -> tuple[str, list[Word]] | None:
    """The name a seller heading not first on its line gives: after its colon a firm's quoted name, or the text under
    it ("Bill To:" | "Remit To:" side by side) unless it is a key among a list's."""
    after = line.segments[line.segments.index(heading) + 1:]
    if after and heading.text.strip().endswith(":"):  # "Vendedor: | L. Vargas": a salesperson's label and value,
        if not QUOTED_NAME.search(after[0].text):  # but "Продавец: | ООО «Уральский Металлопрокат»": the firm's
            return None
        return join_words(words := name_words(after[0].words)).strip(" ,;:"), words
    found = _name_under(page, line, heading)
    return found if found is not None and not stacked_key(page, line, heading) else None


def _name_under(page: PageLayout, line: Line, heading: Segment) -> tuple[str, list[Word]] | None:
    """The text just under a heading that is not the first on its line, in its column."""
    for below in page.lines[line.index + 1: line.index + 3]:
        for sg in below.segments:
            if abs(sg.x0 - heading.x0) < 6 and sum(ch.isalpha() for ch in sg.text) >= 2 \
                    and not looks_like_contact(sg.text) and not is_label(sg):
                named = re.match(_NAME_LABEL + r"\s*:\s*", sg.text, re.IGNORECASE)  # "Име: ТЕХНО СТРОЙ ЕООД"
                words = sg.words[len(named.group(0).split()):] if named else sg.words
                if named and not words:  # "Име: | Шуменски машиностроителен" / "завод АД": its value at its right
                    words = _keyed_value(page, below, sg)
                if words:
                    return re.sub(r"\s+", " ", join_words(words)).strip(" ,;:"), words
    return None


def _keyed_value(page: PageLayout, line: Line, key: Segment) -> list[Word]:
    """The words of the value right of a key on its line, with the next line's under it when no key opens that line
    (a name wrapped: "Шуменски машиностроителен" / "завод АД")."""
    value = next((sg for sg in line.segments if sg.x0 > key.x1), None)
    if value is None:
        return []
    nxt = page.lines[line.index + 1] if line.index + 1 < len(page.lines) else None
    if nxt is None or nxt.y0 - line.y1 > 0.5 * line.h or any(abs(sg.x0 - key.x0) < 3 for sg in nxt.segments):
        return value.words
    under = next((sg for sg in nxt.segments if abs(sg.x0 - value.x0) < 3 and ":" not in sg.text), None)
    return value.words + (under.words if under is not None else [])


def _seller_name_below(page: PageLayout, line: Line, buyer_words: set[int]) -> tuple[str, list[Word]] | None:
    """The name under a seller heading: after "Name:", or the first line of text in the
    heading's column (left of the next heading on its line: "Sprzedawca: | Nabywca:"); a name
    wrapped onto two lines is joined."""
    left = line.segments[0].x0 - 20
    # (a heading alone on its line: its column's text starts under it, not in a sidebar level with the column)
    right = line.segments[1].x0 - 3 if len(line.segments) > 1 else line.segments[0].x1 + 0.25 * page.width
    for below in page.lines[line.index + 1: line.index + 7]:
        if below.y0 - line.y1 > 80:
            break
        first = _in_column(below, left, right, buyer_words)
        if first is None:
            continue  # only another column prints on this line: the seller's column has a gap
        if first is not below.segments[0]:
            return _lone_name(first)  # a column left of the heading's ("BILLED TO" lost over it)
        text = join_words(below.words)
        m = re.match(_NAME_LABEL + r"\s*:\s*", text, re.IGNORECASE)
        if m:
            return _after_name_label(page, line, below, first, text[m.end():],
                                     right if len(line.segments) > 1 else page.width)  # (a next heading's column)
        if ":" in first.text or re.match(r"(?:globale\s*)?nummer|number|n°", text, re.I):
            continue
        if BILL_TO.match(text) or looks_like_contact(text):
            break
        nxt = page.lines[below.index + 1] if below.index + 1 < len(page.lines) else None
        if nxt is not None and re.match(_NAME_LABEL + r"\s*:",
                                        join_words(nxt.words), re.IGNORECASE):
            continue  # the first half of a name wrapped before its "Name:" line
        if sum(ch.isalpha() for ch in text) >= 2:
            words = below.words
            if len(below.segments) > 1 and (below.segments[1].x0 - first.x1 > 3 * below.h or any(
                    abs(below.segments[1].x0 - head.x0) < 3 for head in line.segments[1:])
                    or LEGAL_SUFFIX.search(first.text.strip(" ,;:"))):
                # another column's text shares the line (under its own heading: "Odběratel:"; a
                # name ends at its legal form)
                words, text = first.words, first.text
            words, text = _wrapped_on(page, below, first, nxt, words, text)
            return re.sub(r"\s+", " ", text).strip(" ,;:"), words
    return None


def _wrapped_on(page: PageLayout, below: Line, first: Segment, nxt: Line | None, words: list[Word], text: str
                ) -> tuple[list[Word], str]:
    """A name under a seller heading wrapped onto the next line, which ends in its legal form: that whole line ("MVM
    Musterhafter" / "Versicherungsverein Musterstadt a.G."), or in a column, the lines under its first part flush left
    in its type size ("Slezská gastro" / "velkoobchod s.r.o. | ODBĚRATEL | Datum vystavení: ..."); else as it is."""
    if closing := quote_closed_under(page, first):  # "UAB „Luokės statybinės" / "medžiagos“"
        words = words + closing
        return words, join_words(words)
    if LEGAL_SUFFIX.search(text.strip(" ,;:")):
        return words, text
    if (nxt is not None and nxt.y0 - below.y1 < 1.2 * below.h
            and abs(nxt.words[0].x0 - below.words[0].x0) < 3
            and LEGAL_SUFFIX.search(join_words(nxt.words).strip(" ,;:"))
            and not looks_like_contact(join_words(nxt.words))
            and ":" not in join_words(nxt.words)):
        words = below.words + nxt.words
        return words, join_words(words)
    if wrapped := name_wrapped_under(page, first):
        words = words + wrapped
        return words, join_words(words)
    return words, text


def _after_name_label(page: PageLayout, line: Line, below: Line, first: Segment, rest: str, right: float
                      ) -> tuple[str, list[Word]]:
    """The name on a "Name:" line under a seller heading (`rest`, the text after the label), left of `right` (the
    buyer's "Pavadinimas: | UAB ..." beside it is the next heading's); a name wrapped onto two lines, its first half
    alone on the line above, is joined."""
    words = [w for w in below.words if w not in first.words and w.x0 < right] or first.words
    value = join_words(words) if words is not first.words else rest
    prev = page.lines[below.index - 1]
    if (words is not first.words and prev is not line and len(prev.segments) == 1
            and abs(prev.segments[0].x0 - words[0].x0) < 3
            and below.y0 - prev.y1 < 1.2 * below.h
            and ":" not in prev.segments[0].text):
        words = prev.words + words  # a name wrapped onto two lines
        value = join_words(words)
    return value.strip(" ,;:"), words


def _in_column(line: Line, left: float, right: float, buyer_words: set[int]) -> Segment | None:
    """The line's first segment that starts between `left` and `right`, unless the buyer's."""
    seg = next((sg for sg in line.segments if left <= sg.x0 < right), None)
    return None if seg is None or all(w.id in buyer_words for w in seg.words) else seg


def _lone_name(seg: Segment) -> tuple[str, list[Word]] | None:
    """A segment as a name on its own: none if it holds a label, an address or contact, or no word."""
    if ":" in seg.text or looks_like_contact(seg.text) or sum(ch.isalpha() for ch in seg.text) < 2:
        return None
    return re.sub(r"\s+", " ", seg.text).strip(" ,;:"), seg.words


def _amount_goes_on(page: PageLayout, line: Line, seg: Segment) -> bool:
    """Whether a segment is the rest of an amount printed in its size right above it, its money's name wrapped in a
    box ("58,296.38 شيقل" over "جديد", the new shekel)."""
    return any(0 <= seg.y0 - sg.y1 < 0.5 * seg.h and abs(sg.h - seg.h) < 0.1 * seg.h
               and sg.x0 - seg.h <= seg.x0 and seg.x1 <= sg.x1 + seg.h and states_an_amount(sg.text)
               for above in page.lines[max(0, line.index - 3):line.index] for sg in above.segments)


def _prominent(page: PageLayout, excluded: set[int], have_buyer: bool, buyers: set[str]
               ) -> Prominent | None:
    """The most prominent text at the top of page 1, outside the buyer block, tables, labels
    and values (the `excluded` word ids), and not a name the buyer's block prints (`buyers`)."""
    body = body_height(page)
    candidates: list[Segment] = []
    for line in page.lines:
        if line.y0 > page.height * 0.35:
            break
        for seg in line.segments:
            text = seg.text
            if any(w.id in excluded for w in seg.words) or re.sub(r"[^\w]", "", text.casefold()) in buyers:
                continue
            if title_or_stamp(text) or NOT_A_FIELD.match(text) or states_an_amount(text) or not _could_be_a_name(text) \
                    or _amount_goes_on(page, line, seg) or CREDIT_TITLE.fullmatch(text.strip(" :!*")):  # "KREEDITARVE"
                continue
            if sum(ch.isalpha() for ch in text) < 2 or looks_like_contact(text) \
                    or re.search(r"[^\W\d_]\s+\d{1,4}[a-zA-Z]?$", text.strip()):  # a street: "Praça do Comércio 3"
                continue
            if re.search(r"stylesheet|beispiel|example|sample|zugferd|factur-x", text, re.I):
                continue
            candidates.append(seg)
    if not candidates:
        return None
    candidates.sort(key=lambda s: (-round(s.h, 1), s.y0, s.x0))
    best = candidates[0]
    words = best.words[:title_after(best.words) or None] + (  # (not a title run on)
        legal_form_under(page, best) or name_wrapped_under(page, best))
    runner_up = next((c.h for c in candidates[1:] if c.words[0] not in words), 0.0)  # not its wrapped legal form
    prominent = best.h >= 1.15 * body and best.h >= 1.1 * runner_up
    suffix = bool(LEGAL_SUFFIX.search(join_words(words)))
    if prominent and suffix:
        confidence = 0.96
    elif prominent or suffix:
        confidence = 0.8
    else:
        confidence = POOR
    if not have_buyer:
        confidence = min(confidence, 0.85)  # no Bill To found: less sure which party is which
    name = re.sub(r"\s+", " ", join_words(words)).strip(" ,;:")
    top = next((ln for ln in page.lines if sum(ch.isalpha() for ch in join_words(ln.words)) >= 2), None)
    return name, words, confidence, prominent or (top is not None and best in top.segments)
