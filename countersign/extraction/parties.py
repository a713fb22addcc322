"""Whose block is whose: the buyer's address blocks and the sender's return-address line.

The "Bill To" / "Ship To" blocks, the address under a window envelope's return-address line
and a name addressed with a Japanese honorific all name the buyer; the vendor's name, tax id and
IBAN are read outside them (vendor.py). The return-address line itself names the vendor.
"""

from __future__ import annotations

import re

from countersign.extraction.labels import BILL_TO, LEGAL_SUFFIX, is_label, label_matches
from countersign.extraction.layout import Line, PageLayout, Segment, Word, join_words, without_field_number
from countersign.extraction.lexicon import concepts_of

# The parts of a run-together line: "Au bon moulin SARL - 1242 chemin ... - 84340 Malaucène".
PARTS = re.compile(r"\s+[-–•●·|]\s+|\s*[•●·|]\s*")

# A marketplace's seller heading ("Sold by", "Verkauft von", "Vendu par"): the seller issues the
# invoice the marketplace prints on its behalf.
_SOLD_BY = r"sold\s*by|verkauft\s*von|vendu\s*par|venduto\s*da|vendido\s*por|verkocht\s*door"
SOLD_BY = re.compile(rf"(?:{_SOLD_BY})\s*:?", re.IGNORECASE)

# A seller block's heading: "From", "Supplier:", "Lieferant", "Dodavatel", "Sold by", "Đơn vị bán hàng (Seller):".
SELLER = re.compile(  # after the heading in another language and a slash too: "Сатучы / Продавец:" (Tatar, Russian)
    r"(?:[^\W\d_]{2,20}(?:\s[^\W\d_]{2,20})?\s*/\s*(?=\w))?"
    r"(?:verkäufer|lieferant|rechnungssteller|leistungserbringer|seller|supplier|vendor|exporter"
    r"|issued\s*by|from(?:\s*(?:sub)?contractor)?|remit(?:\s*payment)?\s*to|pay\s*to|payee|fournisseur|vendeur|émetteur|leverancier|verkoper|proveedor|vendedor"
    r"|emisor|sprzedawca|wystawca|fornitore|cedente(?:\s*/\s*prestatore)?|fornecedor|emitente"
    r"|доставчик|продавач|постачальник|поставщик|продавець|продавец|исполнитель|виконавець|pardavėjas|pardavejas|tiekėjas|tiekejas|penjual|đơn\s*vị\s*bán(?:\s*hàng)?|người\s*bán(?:\s*hàng)?"
    r"|продавац|prodavac|prodavatelj|dobavitelj|izdajatelj|pārdevējs|pardevejs|piegādātājs|yetkazib\s*beruvchi"
    rf"|dodavatel|dodávateľ|furnizor|shitësi|shitesi|eladó|elado|szállító|szallito|satıcı|satici|մատակարար|нэхэмжлэгч|фурӯшанда|{_SOLD_BY})"
    r"(?:\s*\([^\W\d_][^()\d]{0,40}\))?\s*[:՝]?",  # (Armenian's colon: "Մատակարար՝")
    re.IGNORECASE)

# A remittance slip's heading at a line's start ("REMITTANCE ADVICE - please return with your payment",
# "Payment slip", "Talon à joindre au règlement"): below it "From:" names the payer and "To:" the payee.
SLIP = re.compile(r"(?:[^\W\d_]{2,20}(?:-[^\W\d_]{2,20})?\s*/\s*)?"  # after its own language's: "DUILLEAG-PHÀIGHIDH /"
                   r"(?:remittance\s*(?:advice|slip|stub|copy|portion)|payment\s*(?:advice|slip|stub|coupon|counterfoil)"
                   r"|(?:please\s*)?detach\b|(?:talon|coupon)\s*(?:de\s*(?:paiement|règlement)|à\s*(?:joindre|retourner|détacher))"
                   r"|zahlschein|einzahlungsschein|überweisungsträger|cup[oó]n\s*de\s*pago|tal[oó]n\s*de\s*pago|canhoto"
                   r"|recibo\s*do\s*(?:pagador|sacado)|ficha\s*de\s*compensa[çc][ãa]o"  # a Brazilian boleto's
                   r"|zahlteil|empfangsschein|section\s*paiement|sezione\s*pagamento|payment\s*part"  # a QR-bill's
                   r"|талон\s*за\s*плащане|вносна\s*бележка|платежн\w*\s*(?:нареждане|поручение))",  # (Bulgarian)
                   re.IGNORECASE)
_FROM = re.compile(r"(?:[^\W\d_]{2,20}\s*/\s*)?(?:from|von|van|de|payer|remitter|expéditeur)\b", re.IGNORECASE)


def seller_lines(page: PageLayout) -> list[Line]:
    """The page's lines but a remittance slip's "From:" lines (below a `SLIP` heading in the page's lower
    part): the payer's, not the issuer's. Its "Remit to:" stays the payee's."""
    start = _slip_start(page)
    return page.lines[:start] + [ln for ln in page.lines[start:] if not any(_FROM.match(sg.text) for sg in ln.segments)]


# An initial and a surname after "Vendedor:", "Sold by:": the salesperson who took the order, not the firm
SALESPERSON = re.compile(r"[^\W\d_]\.\s?[^\W\d_][^\W\d_'’-]+(?:[-'’][^\W\d_]+)?")

# A name in quotes ("ООО «Уральский Металлопрокат»", "«Արարատ Ֆուդ» ՍՊԸ"): a firm's, never a salesperson's
QUOTED_NAME = re.compile(r"[«„“][^»“”]{2,}[»“”]")

# The honorific that follows the addressee's name on Japanese invoices (御中 to a company, 様 or
# 殿 to a person, spaced off so that 仕様 is no name; "Messrs." in their English versions): that
# name is the buyer's.
ADDRESSEE = re.compile(r"(?:御中|(?:^|(?<=\s))(?:様|殿|Messrs\.?))\s*$")


def buyer_block_words(pages: list[PageLayout]) -> set[int]:
    """The ids of the words of every "Bill To" / "Ship To" block: its heading and the lines
    below it in the same column, up to the next block or a label; the address under a window
    envelope's return-address line, which has no heading (`sender_line`); and a name addressed
    the Japanese way, with the honorific after it (`ADDRESSEE`)."""
    buyer: set[int] = set()
    sender = sender_line(pages[0]) if pages else None
    if sender is not None:
        _block_below(pages[0], sender.line, sender, buyer)
    for line in pages[0].lines[1:] if pages else ():  # a letter's addressee: "Monsieur le Directeur Général" / ...
        seg = line.segments[0]
        if line.y0 < 0.5 * pages[0].height and _HONORIFIC.match(seg.text) and not seg.text.rstrip().endswith(","):
            block: set[int] = set(w.id for w in seg.words)  # (not the salutation: "Monsieur le Directeur Général,")
            _block_below(pages[0], line, seg, block)
            buyer.update(w.id for ln in pages[0].lines[line.index:line.index + 8] for w in ln.words
                         if w.id in block and not _DATELINE.search(join_words(ln.words)))
    for page in pages:
        for line in page.lines:
            for i, seg in enumerate(line.segments):
                if ADDRESSEE.search(seg.text):  # "Hokuriku Machinery K.K. Messrs.", "… 御中": the name only
                    named = seg if ADDRESSEE.match(seg.text) is None else line.segments[max(i - 1, 0)]
                    buyer.update(w.id for w in (*named.words, *seg.words))
                    continue
                match = BILL_TO.match(seg.text)
                nxt = line.segments[i + 1] if i + 1 < len(line.segments) else None
                if not match and nxt is not None and len(nxt.text) <= 3 and BILL_TO.fullmatch(f"{seg.text} {nxt.text}"):
                    buyer.update(w.id for w in nxt.words)  # a heading spaced out over two segments: "FACTURÉ" | "À"
                    match = BILL_TO.match(seg.text + " " + nxt.text)
                    seg = Segment(seg.words + nxt.words, line)
                if not match or _payee_in_slip(page, line, seg) or _in_a_sentence(seg, match.end()) \
                        or i == 0 and _sentence_goes_on(page, line):
                    continue
                buyer.update(w.id for w in seg.words)
                if match.end() == len(seg.text) and (named := _beside(line, i)) is not None:
                    buyer.update(w.id for w in named.words)  # "Bill To:" | "Globex Corporation Ltd"
                _block_below(page, line, seg, buyer)
    return buyer


# A letter's form of address over its addressee's block (words no vendor's name opens; not "Mr", "Dr": a name's)
_HONORIFIC = re.compile(r"(?:monsieur|madame|messieurs|mesdames|herrn|frau|señora?|señores|senhora?|senhores|exm[oa]\.?"
                        r"|spett(?:abile|\.le)|egregio|gentile)(?!\w)", re.IGNORECASE)
# A letter's place and date under the addressee ("Papeete, le 23 octobre 2026", "Berlin, 3.3.2025"): its block ends
_DATELINE = re.compile(r"\d{1,2}\.?\s+[^\W\d_]+\.?\s+(?:19|20)\d\d\.?$|\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d$")


def _in_a_sentence(seg: Segment, end: int) -> bool:
    """Whether a heading's words open a line of running text ("invoice to GH₵ 50,027.76. We note that ..."), no
    heading: no colon after them and many words on."""
    return ":" not in seg.text[:end] and len(seg.words) > 8


def _sentence_goes_on(page: PageLayout, line: Line) -> bool:
    """Whether a line goes on with a sentence the line above left open: right under it, at its start, the line above
    a paragraph's of eight words or more, ending in no stop or colon ("... tramite il Sistema di Interscambio (codice"
    over "destinatario ZK1083B).": no heading of the buyer's)."""
    above = page.lines[line.index - 1] if line.index else None
    return above is not None and len(above.words) >= 8 and above.one_run and line.y0 - above.y1 < 0.6 * line.h \
        and abs(above.words[0].x0 - line.words[0].x0) < 2 and not above.words[-1].text.endswith((".", ":", ";"))


def _payee_in_slip(page: PageLayout, line: Line, seg: Segment) -> bool:
    """Whether a bare "To:" names a remittance slip's payee, the vendor ("PAYMENT ADVICE" / "To: Hauraki Boat Systems
    Ltd"), and so does the recipient of a bank's paying-in slip ("ТАЛОН ЗА ПЛАЩАНЕ" / "Получател | Сливен Нет ЕООД"),
    who is the buyer on the invoice above it."""
    return seg.text.strip(" :").casefold() in _PAYEE_WORDS and in_slip(page, line)


_PAYEE_WORDS = frozenset(("to", "получател", "получатель", "одержувач", "empfänger", "recipient", "beneficiary",
                          "bénéficiaire", "beneficiario", "beneficiário", "destinatario", "primatelj", "príjemca",
                          "příjemce", "odbiorca", "prejemnik"))


# A printer's imprint ("Negros Press Inc. · Printer's Accreditation No. 7343MP2022... · Date Issued: 09/16/2023", "BIR
# Authority to Print No. ..."): the form's printer, its accreditation and its dates, not the document's.
# A billing program's imprint says the same of the program ("Processado por programa certificado n.º 2388/AT",
# "Processado por computador").
_IMPRINT = re.compile(r"(?<![^\W\d_])(?:printer[’']?s|printed\s+by|authority\s+to\s+print|(?-i:ATP)"
                      r"|processad[oa]\s+por|processed\s+by)(?![^\W\d_])", re.IGNORECASE)


def printers_imprint(line: Line) -> bool:
    """Whether a line is a printer's imprint (`_IMPRINT`): what its labels give is the printer's, as a footer's is."""
    return any(imprint(seg.text) for seg in line.segments)


def imprint(text: str) -> bool:
    """Whether a text names the form's printer or the program that printed it (`_IMPRINT`): no vendor's name."""
    return _IMPRINT.search(text) is not None


def in_slip(page: PageLayout, line: Line) -> bool:
    """Whether a line stands below a remittance slip's heading (`_slip_start`): what it prints ("Nº do documento
    FL-9141-1", the instalment's) is the slip's, not the document's own."""
    return line.y0 > 0.3 * page.height and line.index > _slip_start(page)  # (a line above the lower part is in none)


def _slip_start(page: PageLayout) -> int:
    """The index of a remittance slip's heading line (`SLIP`, in the page's lower part), or the page's line count."""
    return next((ln.index for ln in page.lines if ln.y0 > 0.3 * page.height and SLIP.match(ln.segments[0].text)),
                len(page.lines))


def _beside(line: Line, i: int) -> Segment | None:
    """The text just right of a heading that is alone in its segment ("Bill To:" | "Globex Ltd"),
    when it is no label, heading or amount of its own: the block's first line, the buyer's name."""
    if i + 1 >= len(line.segments):
        return None
    seg, nxt = line.segments[i], line.segments[i + 1]
    text = nxt.text.strip()
    if nxt.x0 - seg.x1 > max(120.0, 4 * (seg.x1 - seg.x0)) or sum(ch.isalpha() for ch in text) < 2:
        return None
    if SELLER.match(text) or BILL_TO.match(text) or is_label(nxt):
        return None
    return nxt


def _block_below(page: PageLayout, line: Line, seg: Segment, buyer: set[int]) -> None:
    """Add the block's lines under its heading `seg` to `buyer`: the heading of another block or
    a label beside it on its line ("BILLED TO" | "FROM" | "ISSUED") is where its column ends."""
    left, right = seg.x0 - 6, seg.x0 + max(220.0, seg.x1 - seg.x0)
    beside = next((s for s in line.segments if s.x0 > seg.x1 and (
        SELLER.fullmatch(s.text.strip()) or BILL_TO.fullmatch(s.text.strip()) or is_label(s))), None)
    if beside is not None:
        right = min(right, beside.x0 - 3)
    bottom = seg.y1
    for below in page.lines[line.index + 1 : line.index + 8]:
        if below.y0 - bottom > 1.6 * below.h:
            break
        inside = [s for s in below.segments if s.x0 >= left and s.x0 < right]
        if not inside:
            continue  # a line of another column (an info block beside the address)
        if any(BILL_TO.match(s.text) or is_label(s, allow=("vendor_tax_id",)) for s in inside):
            break  # the next block (the buyer's VAT ID still belongs to it)
        for s in inside:
            buyer.update(w.id for w in s.words)
        bottom = below.y1


def sender_line(page: PageLayout) -> Segment | None:
    """The return-address line over a window envelope's address field (DIN 5008 and the like):
    a line of small type in the left half of page 1, below its top edge and in its top 40%, in
    parts separated by " · ", " - " or " | " (a name, then a street and a town: "Krause
    Bürobedarf OHG - Lindenallee 7a - 80331 München"), with larger type just under it. It names
    the vendor; the lines under it are the buyer's address. (An info block may share its line.)"""
    body = body_height(page)
    for line in page.lines:
        if line.y0 > page.height * 0.4:
            break
        seg = line.segments[0]
        if seg.h > 0.85 * body or line.y0 < page.height * 0.08 or seg.x1 > 0.55 * page.width:
            continue
        parts = [p.strip() for p in PARTS.split(seg.text) if p.strip()]
        if not (len(parts) >= 3 and not re.search(r"\d", parts[0]) and sum(ch.isalpha() for ch in parts[0]) >= 3
                and any(re.search(r"\d", p) for p in parts[1:]) and not label_matches(parts[0])):
            continue
        under = _first_under(page, line, seg)
        if under is not None and under.h >= 1.15 * seg.h:
            return seg  # a letterhead's small print goes on in small print; a window's address is larger
    return None


def _first_under(page: PageLayout, line: Line, seg: Segment) -> Segment | None:
    """The first segment under `seg` that starts where it starts, if close below it."""
    for below in page.lines[line.index + 1: line.index + 4]:
        for other in below.segments:
            if abs(other.x0 - seg.x0) <= 20:
                return other if other.y0 - seg.y1 < 2.5 * other.h else None
    return None


def marketplace(page: PageLayout) -> bool:
    """Whether the page is a marketplace's invoice for a seller: a line opens with a "Sold by"
    heading. Its bare "Order #" is the marketplace's order, no purchase order of the buyer's."""
    return any(SOLD_BY.fullmatch(line.segments[0].text.strip()) for line in page.lines if line.segments)


def body_height(page: PageLayout) -> float:
    """The page's body type: the median height of its words (0.0 on a page without any)."""
    heights = sorted(w.h for line in page.lines for w in line.words)
    return heights[len(heights) // 2] if heights else 0.0


def letterhead(page: PageLayout, words: list[Word]) -> bool:
    """Whether `words` are a letterhead: in the top fifth of the page, in type at least 1.4
    times the body's."""
    body = body_height(page)
    return bool(words) and words[0].y0 < page.height * 0.2 and min(w.h for w in words) >= 1.4 * body


def states_an_amount(text: str) -> bool:
    """A headline that states an amount ("$1,234.56 due March 15, 2025"): not a name."""
    return bool(re.search(r"[$€£]\s?\d|\d[\d.,' ]*\d[.,]\d{2}\b", text))


def looks_like_contact(text: str) -> bool:
    """An address, phone, e-mail or web line: not a company name."""
    t = text.strip()
    return bool(
        re.match(r"\d", t)  # street number, zip
        or "@" in t or "www." in t.lower() or "http" in t.lower()
        or re.search(r"(?<![^\W_])\+?\d[\d\s()\-]{6,}\d", t)  # phone (not the digits of a code: "SB202623958")
        or re.search(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b", t)  # US state + ZIP
        or re.search(r"\b\d{4,5}\s+[A-ZÄÖÜ][a-zäöüß]+", t)  # 80331 Muenchen
        or _POST_BOX.match(t)  # "P.O. Box 4462" under "REMIT TO:"
    )


_POST_BOX = re.compile(r"(?:P\.?\s?O\.?\s*Box|Post\s*Office\s*Box|Postfach|Apartado(?:\s*Postal)?|Casilla"
                       r"|Caixa\s*Postal|B\.?\s?P\.?|Boîte\s*postale)\s*(?:No\.?\s*)?\d", re.IGNORECASE)


def form_row(page: PageLayout, line: Line, value: Segment) -> bool:
    """Whether a value far right of its label is a form's: the next two lines are labels ending in a colon with their
    values in the same column ("Поставщик:" ... "ТОО «ДалаОйл Сервис»" over "БИН поставщика:" ... "160240396329")."""
    rows = page.lines[line.index + 1: line.index + 3]
    return len(rows) == 2 and all(len(r.segments) > 1 and r.segments[0].text.rstrip().endswith(":")
                                  and any(abs(sg.x0 - value.x0) < 3 for sg in r.segments[1:]) for r in rows)


def legal_form_below(page: PageLayout, line: Line, name: Segment) -> list[Word]:
    """The legal form a name beside its heading wrapped onto the next line, under its start
    ('"NAVOIY QURILISH MATERIALLARI"' / "MChJ"); none when the name ends in one itself."""
    nxt = page.lines[line.index + 1] if line.index + 1 < len(page.lines) else None
    if nxt is None or LEGAL_SUFFIX.search(name.text.strip(" ,;:")) or nxt.y0 - line.y1 > 0.6 * line.h:
        return []
    below = next((sg for sg in nxt.segments if abs(sg.x0 - name.x0) < 3), None)
    if below is None or len(below.words) > 2 or not LEGAL_SUFFIX.fullmatch(below.text.strip(" ,;:.")):
        return []
    return below.words


def other_heading(text: str) -> bool:
    """A heading beside a seller's that names no party: the buyer's ("Bill To"), or a section of the page in capitals
    that opens with a document's word ("INVOICE DETAILS")."""
    words = text.strip().split()
    if not words or BILL_TO.fullmatch(text.strip()):
        return bool(words)
    return text.isupper() and not LEGAL_SUFFIX.search(text) and "DOC" in (concepts_of(words[0].casefold()) or ())


def name_words(words: list[Word]) -> list[Word]:
    """A seller's words up to its ids: "ООО «Шинный центр», ИНН 036599587, 734025, г. Душанбе" is the company's
    name, then its tax id and address after a comma (or its trade in lower case after its quoted name); a form's field
    number after it is no part of it."""
    words = without_field_number(words)
    for i in range(1, len(words)):
        if words[i - 1].text.endswith(",") and {"TAXID", "REG"} & set(
                concepts_of(words[i].text.lower().rstrip(".:")) or ()):
            return words[:i]
        if words[i - 1].text.endswith(("»,", '",', "”,")) and words[i].text[:1].islower():
            return words[:i]  # "ТОВ «Тетерів-Буд», будівельні матеріали": the firm's trade after its quoted name
        if words[i].text.startswith("(") and words[-1].text.endswith(")") and _restated(words[:i], words[i:]):
            return words[:i]
    return words


_QUOTED = re.compile(r"[«\"“„]([^»\"”“]{2,})[»\"”“]")


def _restated(name: list[Word], aside: list[Word]) -> bool:
    """Whether a parenthesis after a name gives the same name in another language's legal form: "ООО «Идел Азык»
    (ҖЧҖ «Идел Азык»)" (Russian and Tatar) names one company, once."""
    text, inner = " ".join(w.text for w in name), " ".join(w.text for w in aside)[1:-1]
    quoted = _QUOTED.search(text)
    return quoted is not None and quoted.group(0) != text and quoted.group(1) in inner


def legal_form_only(name: str) -> bool:
    """Whether a name is nothing but legal forms ("GMBH", "B.V.", "LİMİTED ŞİRKETİ"): a lost name's end."""
    rest = name.strip()
    while (m := LEGAL_SUFFIX.search(rest)) is not None:
        rest = rest[:m.start()].rstrip(" ,.&-+")
    return not any(ch.isalpha() for ch in rest)


def legal_form_under(page: PageLayout, seg: Segment) -> list[Word]:
    """A name wrapped before its legal form ("CONSULTORES ANDINOS DE INGENIERÍA" / "S.A.C."): the words of the
    segment right under it, aligned with it (left, centred or right), when they are nothing but a legal form."""
    return next((o.words for ln in page.lines for o in ln.segments if 0 <= o.y0 - seg.y1 + 1 < o.h
                 and min(abs(o.x0 - seg.x0), abs(o.x1 - seg.x1), abs(o.x0 + o.x1 - seg.x0 - seg.x1) / 2) < 2
                 and LEGAL_SUFFIX.search(o.text) and legal_form_only(o.text)), [])


def name_wrapped_under(page: PageLayout, seg: Segment) -> list[Word]:
    """A name in a narrow column wrapped over up to four lines, its legal form ending the last ("Distribuidora" /
    "Peninsular de" / "Acabados, S.A. de" / "C.V."): the words of the lines under it, flush left with it and in its
    type size; [] when no line ends the joined name in a legal form."""
    words: list[Word] = []
    last = seg
    quoted = _quote_open(seg.text)  # "UAB „Luokės statybinės" / "medžiagos“": the quotes close the name
    for _ in range(3):
        below = next((o for ln in page.lines if 0 <= ln.y0 - last.y1 + 1 < 1.2 * ln.h for o in ln.segments
                      if abs(o.x0 - seg.x0) < 2 and abs(o.h - seg.h) <= 0.15 * seg.h), None)
        if below is None or is_label(below):
            return []
        words += below.words
        name = join_words(seg.words + words).strip(" ,;")
        if (m := LEGAL_SUFFIX.search(name)) is not None and m.end() == len(name) \
                or quoted and not _quote_open(name) and name[-1] in _CLOSING_QUOTES:
            return words
        last = below
    return []


_CLOSING_QUOTES = "“”»›\""


def _quote_open(text: str) -> bool:
    """Whether a text opens a quoted name it does not close ("UAB „Luokės statybinės", "ООО «Север")."""
    return sum(text.count(q) for q in "„«‹") > sum(text.count(q) for q in "“”»›")


def quote_closed_under(page: PageLayout, seg: Segment) -> list[Word]:
    """The words that close a quoted name a segment opens, from the line under it in its column ("UAB „Luokės
    statybinės" / "medžiagos“", centred under it too); [] when the name is closed or nothing under it closes it."""
    if not _quote_open(seg.text):
        return []
    below = next((ln for ln in page.lines if 0 <= ln.y0 - seg.y1 + 1 < 1.2 * ln.h), None)
    under = None if below is None else next((o for o in below.segments if o.x0 < seg.x1 and o.x1 > seg.x0), None)
    if under is None or abs(under.h - seg.h) > 0.15 * seg.h:
        return []
    ends = next((i for i, w in enumerate(under.words) if w.text.rstrip(",.;") and w.text.rstrip(",.;")[-1]
                 in _CLOSING_QUOTES), None)
    return [] if ends is None else under.words[:ends + 1]


def label_opens(text: str) -> bool:
    """Whether a label opens `text`; a label word opening a company's name, with more words after it and a legal form
    at its end ("Grand Anse Fire & Safety Services Ltd.", "Tempo & Tecnica S.r.l.s."), opens none: no field's value
    is a company's name, so only a colon after the word still makes it a label."""
    for _, _, m in label_matches(text):
        rest = text[m.end():].strip()
        named = bool(rest) and (rest[0].isalpha() or rest[0] in "&'") and LEGAL_SUFFIX.search(text) is not None
        if not named or text[:m.end()].rstrip().endswith(":"):
            return True
    return False


def continues_sentence(page: PageLayout, line: Line) -> bool:
    """Whether a line carries on a sentence wrapped from the line right above it, which starts where it does and
    ends in a word with no stop ("... or by transfer to" / "Republic Bank (St. Kitts) Ltd., account 3642270962."):
    a name there is the sentence's (a bank, a payee), not one heading a footer."""
    above = page.lines[line.index - 1] if line.index > 0 else None
    if above is None or not above.words or abs(above.words[0].x0 - line.words[0].x0) > 3:
        return False
    last = above.words[-1].text
    return line.y0 - above.y1 < above.h and last[-1].isalpha() and last.islower()


def inline_seller(seg: Segment) -> tuple[str, list[Word]] | None:
    """The name after a seller heading's colon in its segment ("Đơn vị bán hàng (Seller): AN PHÁT")."""
    m = SELLER.match(seg.text)
    if m is None or not seg.text[:m.end()].rstrip().endswith(":"):
        return None
    name = join_words(words := seg.words[len(seg.text[:m.end()].split()):]).strip(" ,;")
    if label_matches(name):  # "Поставщик: БИН / ИИН 220940468601, ТОО «Алатау Офис Снаб», г. Алматы": its ids first
        return quoted_part(words)
    if not name[:1].isalpha() or sum(ch.isalpha() for ch in name) < 3 or looks_like_contact(name) \
            or SALESPERSON.fullmatch(name):
        return None
    return name, words


def quoted_part(words: list[Word]) -> tuple[str, list[Word]] | None:
    """The part of a comma-separated run that holds a company's quoted name and no digit ("ТОО «Алатау
    Офис Снаб»"), after its ids; None when no part is one."""
    part: list[Word] = []
    for word in words:
        part.append(word)
        if not word.text.endswith(",") and word is not words[-1]:
            continue
        text = join_words(part).strip(" ,;")
        if QUOTED_NAME.search(text) and not re.search(r"\d", text) and text[:1].isalpha() and not label_matches(text):
            return text, part
        part = []
    return None


_DASH = re.compile(r"\s+[-–]\s+")


def name_across_dash(text: str) -> str | None:
    """A company name printed with a dash between its name and its trade, up to its legal form: "Armazém de Gaia –
    Vinhos e Petiscos, Lda.", whose first part alone has no legal form. Only dashes part it (a bullet or a bar parts
    an address), each part opens in a capital and holds no digit, contact or label; None otherwise."""
    m = LEGAL_SUFFIX.search(text)
    if m is None or text[m.end():].strip(" ,;.") or legal_form_only(text):
        return None
    parts = _DASH.split(text[:m.end()])
    if not 1 < len(parts) <= 3 or PARTS.split(parts[0])[0] != parts[0]:
        return None
    if any(re.search(r"[\d:/@•●·|]", p) or not p[:1].isupper() or looks_like_contact(p) or label_matches(p)
           for p in parts):
        return None
    return text[:m.end()].strip(" ,;")
