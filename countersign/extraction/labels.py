"""The label lexicon: what "Invoice No.", "Rechnungsdatum", "Total TTC" or "IBAN" look like, and
which value fits each label.

`LABELS` maps each field to its label patterns in English, German, French, Dutch, Spanish (and a
few Italian, Portuguese and Polish ones the lexicon's concepts do not make),
with a rank (0: the field's own label; 1: a weaker one, such as a bare "Date"). A label ends at a
word boundary, then ":" or "-": "PO-2001" is a value, not the label "PO" followed by "2001".
`NOT_A_FIELD` names labels that are read as nothing but must not be read as another field's value
("Customer No.", "Phone"); `BILL_TO` opens the buyer's block (the document's title is `titles`);
`LEGAL_SUFFIX` ends a company name. `validate` says whether the words after a label hold a value
for its field, and returns it normalised (ISO date, plain decimal, compact IBAN).
"""

from __future__ import annotations

import re
from functools import lru_cache

from countersign.extraction.cldr import WORD_CODES, currency_signs, money_names, numeric_currency
from countersign.extraction.ids import SWISS_VAT_SUFFIX, iban_length, tax_id_valid, tax_id_well_formed, vat_format
from countersign.extraction.layout import Line, Segment, Word, join_words, without_field_number, words_after
from countersign.extraction.lexicon import NUMBERED, LabelRead, concepts_of, read_label
from countersign.extraction.translations import gloss_closed, translated, translation_after
from countersign.extraction.values import (
    CURRENCY_CODE_RE,
    parse_amount,
    parse_date,
)


def _label(pattern: str) -> re.Pattern[str]:
    # The label must end at a word boundary (or on punctuation such as "#"), then ":" or "-";
    # "PO-2001" is a value, not the label "PO" followed by "2001".
    return re.compile(
        r"(?:" + pattern + r")(?:(?<=[#:.%)])|(?![A-Za-z0-9À-ÿ]))(?![-–/][A-Za-z0-9])"
        r"\s*(?::|[\-–](?![\d.,]))?\s*",  # "Total -8,79": the dash is the amount's sign
        re.IGNORECASE,
    )


LabelMatch = re.Match[str] | LabelRead  # where a label ends (`end()`), and its tax rate

# An optional currency after a label or a column header: "Total (EUR)", "Amount €".
# a currency in a label: three letters, but not a month before its year ("TOTAL MAY 2026" is the month's total)
_CODE = r"[A-Z]{3}(?!\s*(?:19|20)\d\d(?![\d.,]))"
# A sign of CLDR's ("TOTAL Afl.", "Total Amount KD", "TOTAL G$"), but not one letter ("R", "P").
_SIGN = "|".join(re.escape(sign) for sign in sorted(currency_signs(), key=len, reverse=True)
                 if len(sign) > 1 or not sign.isalpha())
LABEL_CURRENCY = r"(?:\s*\(?\s*(?:" + _SIGN + r"|" + _CODE + r"|[$€£])\s*\)?)?"
# After a "net amount" or a tax's label only a code or "$€£": "Net Amount KD" after a discount may be the amount due.
_NET_CURRENCY = r"(?:\s*\(?\s*(?:" + _CODE + r"|[$€£])\s*\)?)?"
_IN_CUR = r"(?:\s*in\s*(?:" + _CODE + r"|[$€£]))?"
LABELS: list[tuple[str, int, re.Pattern[str]]] = [
    ("invoice_number", 0, _label(
        r"invoice\s*(?:no\.?|number|num\.?|nr\.?|#|id)|inv\.?\s*(?:no\.?|#)"
        r"|(?:handels|schluss|teil)?rechnungs\s*-?\s*(?:nummer|nr\.?)|rechnung\s*(?:nr\.?|no\.?)"
        r"|(?:n°|no\.?|num[ée]ro)\s*(?:de\s*)?(?:la\s*)?facture|facture\s*(?:n°|no\.?)"
        r"|factuur\s*(?:nummer|nr\.?|no\.?)|factuurnummer"
        r"|(?:n[úu]mero|n[º°o]\.?)\s*(?:de\s*)?factura|factura\s*(?:n[º°o]\.?|n[úu]m\.?|n[úu]mero)"
        r"|(?:credit|adjustment)\s*note\s*(?:no\.?|number|#)|gutschrift\s*(?:nr\.?|nummer)|avoir\s*n°")),
    ("invoice_number", 1, _label(r"(?:document|bill|beleg|trans(?:action)?)\s*(?:no\.?|number|#|nr\.?)")),  # a till's
    ("invoice_date", 0, _label(
        r"invoice\s*date|date\s*of\s*(?:issue|invoice)|issue\s*date|date\s*issued"
        r"|rechnungsdatum|belegdatum|date\s*de\s*(?:la\s*)?facture|date\s*d['’]émission"
        r"|factuurdatum|fecha\s*(?:de\s*)?(?:la\s*)?(?:factura|emisi[óo]n)|credit\s*note\s*date")),
    ("invoice_date", 1, _label(r"date\s*\(\s*g\.\s?c\.?\s*\)|date|datum|fecha|dated")),  # "Date (G.C.)": Gregorian
    ("due_date", 0, _label(
        r"due\s*date|payment\s*due(?:\s*date)?|date\s*due|due\s*by|pay(?:able)?\s*(?:by|until)"
        r"|(?:please\s*)?(?:remit|pay)\s*(?:by|until|before)"
        r"|fälligkeitsdatum|fällig\s*am|zahlbar\s*bis|date\s*d['’]échéance|échéance"
        r"|vervaldatum|uiterste\s*betaaldatum|fecha\s*de\s*vencimiento|vencimiento")),
    ("due_date", 1, _label(r"due|fälligkeit|fällig")),
    ("po_number", 0, _label(
        r"(?:p\.?\s*o\.?|purchase\s*order)\s*(?:no\.?|number|nr\.?|#|ref(?:erence)?\.?)?"
        r"|bestell\s*-?\s*(?:nummer|nr\.?)|best\.\s*-?\s*nr\.?|bon\s*de\s*commande(?:\s*n°)?|commande\s*n°"
        # France's public buyers order by a commitment: "Engagement n°", "N° d'engagement (juridique)"
        r"|engagement\s*(?:juridique\s*)?n[°o]\.?|n[°o]\.?\s*(?:d['’]\s*)?engagement(?:\s*juridique)?"
        r"|inkooporder(?:nummer)?|bestelnummer|pedido\s*(?:n[º°o]\.?)?|orden\s*de\s*compra"
        r"|votre\s*(?:référence|commande)|ihre\s*bestellung(?:\s*nr\.?)?|bestellung"
        r"|đơn\s*đặt\s*hàng(?:\s*số)?"  # Vietnamese: the purchase order (number)
        r"|nota\s*de\s*encomenda(?:\s*n\.?\s?[º°o]\.?)?")),  # Portugal's "Nota de encomenda n.º": the order's note
    ("po_number", 1, _label(r"(?:your\s*)?order\s*(?:no\.?|number|#|ref\.?)|your\s*order|your\s*reference"
                            r"|uw\s*(?:referentie|bestelling)|su\s*pedido")),
    ("subtotal", 0, _label(
        r"net\s*(?:amount|total)" + _NET_CURRENCY
        + r"|(?:sub\s*-?\s*total|total\s*(?:net|excl\.?(?:uding)?\s*(?:tax|vat)|before\s*(?:tax|vat|gst))|zwischensumme"
        r"|netto(?:betrag|summe)?|summe\s*netto|sous\s*-?\s*total"
        r"|total\s*ht|montant\s*(?:total\s*)?ht|rechnungssumme\s*ohne\s*(?:ust\.?|mwst\.?)"
        r"|gesamt\s*netto|subtotaal|totaal\s*excl\.?\s*btw|base\s*imponible|subtotal"
        r"|dasar\s*pengenaan\s*pajak|dpp(?!\s*nilai))" + LABEL_CURRENCY)),  # Indonesia's tax base (not the 11/12 of it)
    ("tax", 0, _label(
        r"(?:total\s*)?(?:sales\s*tax|taxes|tax|vat|gst|hst|mwst\.?|ust\.?|tva|umsatzsteuer"
        r"|mehrwertsteuer|btw|iva)(?!\s*(?:id|no\b|no\.|number|nr|reg|#|identification|code|rate\b"
        r"|client|intra|-?\s*id))"
        r"(?:\s*\(?\s*@?\s*(?P<rate>\d{1,2}(?:[.,]\d{1,3})?)\s*%\s*\)?)?(?:\s*(?:amount|total|betrag))?"
        + _NET_CURRENCY + r"|steuerbetrag" + _IN_CUR + r"|ust\.?\s*-?\s*betrag|mwst\.?\s*-?\s*betrag"
        r"|montant\s*(?:de\s*(?:la\s*)?)?tva|btw\s*-?\s*bedrag|cuota\s*(?:de\s*)?iva|importe\s*iva"
        r"|(?:total\s*|amount\s*|price\s*)?includes?\s*(?:gst|vat|tax)(?:\s*of)?")),  # "Total includes GST of"
    ("total", 0, _label(
        r"(?:grand\s*total|invoice\s*total|total\s*(?:amount|incl\.?(?:uding)?\s*(?:tax|vat)|ttc)"
        r"|total\s*de\s*la\s*(?:operaci[óo]n|venta|factura)"  # the transaction's (Paraguay's KuDE), the sale's
        r"|total|gesamt(?:betrag|summe)?|rechnungsbetrag|brutto(?:summe|betrag)|gesamtbrutto(?:betrag)?"
        r"|montant\s*(?:total|ttc)|totaal(?:\s*incl\.?\s*btw)?|totaalbedrag|importe\s*total"
        r"|total\s*factura|samtals\s*at\s*gjalda)" + LABEL_CURRENCY)),  # Faroese "Samtals at gjalda kr."
    ("total", 1, _label(
        r"(?:amount\s*due|total\s*due|balance\s*due|amount\s*payable|zahlbetrag|due\s*payable"
        r"|net\s*à\s*payer|te\s*betalen|total\s*a\s*pagar)" + LABEL_CURRENCY)),
    ("vendor_tax_id", 0, _label(
        r"tax\s*(?:id|no\.?|number|identification(?:\s*number)?)|f?ein|tin"
        r"|vat\s*(?:-?\s*id|no\.?|number|reg(?:istration)?(?:\s*no\.?)?|account\s*(?:no\.?|number))"  # (Bahrain's)
        r"|ust\.?\s*-?\s*id(?:nr\.?|\.?\s*-?\s*nr\.?)?|ust-?idnr\.?|steuer\s*-?\s*(?:nummer|nr\.?)"
        r"|n°\s*tva(?!\s*client)|tva\s*intracom\w*|tva|btw\s*-?\s*(?:nummer|nr\.?|id)"
        r"|nif|cif|n[úu]mero\s*de\s*iva|partita\s*iva|p\.\s*iva|c\.?\s*f\.?\s*/\s*p\.?\s*iva|nipc?|cnpj|gstin"
        r"|abn|siret|siren|rfc|(?:n\.?[ºo°]\s*(?:de\s*)?)?contribuinte(?:\s*n\.?[ºo°])?"
        r"|v-tal|persoonsnummer(?:\s*\(pn\))?")),  # the Faroes' VAT number; Aruba's taxpayer's "Persoonsnummer"
    ("vendor_iban", 0, _label(r"iban")),
    ("terms", 0, _label(
        r"(?:payment\s*)?terms|zahlungs\s*(?:bedingungen|ziel)|conditions\s*de\s*paiement"
        r"|betalingstermijn|betalingsvoorwaarden|condiciones\s*de\s*pago|forma\s*de\s*pago")),
    ("currency", 0, _label(r"currency|(?:rechnungs)?währung|devise|valuta|moneda")),
]
# One pass that says whether any of LABELS could match: most texts on a page are values.
_ANY_LABEL = re.compile("|".join("(?:" + p.pattern.replace("(?P<rate>", "(?:") + ")" for _, _, p in LABELS),
                        re.IGNORECASE)
# Labels that are not pairs to read but must not be read as values of others.
NOT_A_FIELD = _label(
    r"customer\s*(?:no\.?|number|id|#)|account\s*(?:no\.?|number)|bic|swift|phone|tel\.?|fax"
    r"|e-?mail|page|bank|sort\s*code|routing\s*(?:no\.?|number)?"
    # a date in another calendar than the Gregorian: Ethiopia's "Date (E.C.)" beside its "Date (G.C.)", the Hijri's
    r"|date\s*\(\s*(?:e\.\s?c\.?|ethiopian(?:\s*calendar)?|hijri|a\.\s?h\.?)\s*\)"
)
# What follows a party's word in a label of one of its numbers or references, not a heading over
# its address: "CLIENT PO", "Customer Ref.", "Client VAT", "Customer account", "Cliente n.º",
# "Kunde Nr.", "Klant nummer".
_NOT_THE_PARTY = (r"(?!\s*(?:no\b|no\.|n\s?[.º°]|nr\b|nr\.|num(?:ber|ero|éro|mer)?\b|nummer|número|id\b|#"
                  r"|p\.?\s?o\b|purchase|order|ref|account|acct|code|cod\.|código|codice|vat|tax))")
BILL_TO = re.compile(  # after the heading in another language and a slash too: "ΠΡΟΣ / BILL TO"
    r"(?:[^\W\d_]{2,20}(?:\s[^\W\d_]{2,20})?\s*/\s*(?=\w))?"
    r"(?:bill(?:ed)?\s*to|invoice\s*to|sold\s*to|ship\s*to|deliver(?:y)?\s*(?:to|address)"
    r"|customer|client"
    r"|buyer|recipient|rechnungs(?:empfänger|adresse)|lieferadresse|kunde|factur[ée]\s*à|(?:facture\s*)?adressée\s*à"
    r"|käufer(?:/leistungsempfänger)?|leistungsempfänger|empfänger|acheteur|destinataire"
    r"|koper|klant|factuuradres|cliente|facturar\s*a|destinatario"
    r"|adresse\s*de\s*(?:facturation|livraison)|gefactureerd\s*aan|datos\s*del\s*cliente"
    r"|nabywca|odbiorca|płatnik|spett(?:\.\s*le|abile)|committente|cessionario|intestatario"
    r"|faturar\s*a|adquirente|dados\s*do\s*cliente|odběratel|odberatel|odberateľ|cumpărător|cumparator|blerësi|bleresi|לכבוד|vevő|vevo|alıcı|alici|sayın"
    r"|получател|покупатель|грузополучатель|купувач|pirkėjas|pirkejas|(?:ditagihkan\s*)?kepada(?:\s*yth\.?)?|kirim\s*ke|pembeli|người\s*mua(?:\s*hàng)?|đơn\s*vị\s*mua(?:\s*hàng)?"
    r"|maksja|ostja|στοιχεία\s*πελάτη|στοιχεια\s*πελατη|αγοραστής|αγοραστης|señor(?:\(?es\)?)?|señores"
    r"|kaupandi|greiðandi"  # Icelandic
    r"|(?:zahlbar\s*durch|payable\s*par|pagabile\s*da)(?=\s*:?\s*$)"  # a Swiss QR bill's payer
    # (not the English "Payable by": a due date's label too)
    r"|купац|kupac|kupec|naručitelj|narucitelj|pircējs|pircejs|destinatário"  # Serbian, Croatian, Slovenian, Latvian
    r"|maksātājs|preču\s*saņēmējs"  # Latvian: the payer, the goods' receiver ("Preču saņēmējs / maksātājs")
    r"|sotib\s*oluvchi|xaridor|харидор|төлөгч(?![^\W\d_])"  # Uzbek, Tajik (the buyer); Mongolian (the payer)
    r"|to\s*owner"  # a construction pay application's owner (its contractor is "From Contractor")
    r"|(?:to|an|aan|para)(?=\s*:?\s*$))(?![A-Za-z])" + _NOT_THE_PARTY + r"\s*:?\s*",  # a bare "To:" heading
    re.IGNORECASE,
)
# A company's registration statement: "Registered in England and Wales No. 1234567", "Registered
# office: ...", "Amtsgericht Köln HRB 12345", "RCS Paris B 123 456 789", "Capital: ...", "Inscrita en
# el Registro Mercantil de Valencia, Tomo 29576, Folio 107". Not a name, and its numbers are no
# invoice's ("Folio" labels Mexico's invoice number).
REGISTRATION = re.compile(  # ("registered" says where or what: not a name's word, "Tortola Registered Agents Ltd")
    r"\b(?:registered(?=\s*(?:in|office|offices|number|no\b|nr\b|with|at|under|as|address|charity|company|by|:|\d|$))"
    r"|registration|reg\.?\s*no|company\s*(?:no|number|reg)|incorporated\s+in|eingetragen"
    r"|amtsgericht|handelsregister|registergericht|hr[ab]|rcs|siren|siret|kvk|(?:au|share)\s*capital"
    r"|capital\s*(?:social|de)|capital(?=\s*:?\s*\d)|stammkapital|sitz\s*der|geschäftsführ\w*|directors?(?=\s*:)"
    r"|registro\s+mercantil|inscrit[ao]|registro\s+(?:delle\s+)?imprese)\b", re.IGNORECASE)


LEGAL_SUFFIX = re.compile(
    r"\b(?:ltd|limited|inc|incorporated|llc|llp|plc|gmbh|ag|kg|ohg|co|corp|corporation|company|aps|a/s|asa|oyj|(?-i:AS)|partg(?:\s*mbb)?"
    r"|s\.?a\.?|s[aà]rl|sas|b\.?v\.?|n\.?v\.?|oy|ky|tmi|ab|pty|srl|s\.?p\.?a\.?|ug|e\.?k\.?|a\.\s?g|e\.\s?v"
    r"|s\.?l\.?|ltda|sprl|bvba|scomm|eurl|sasu|se|kgaa|gbr|vof|s\.r\.l(?:\.s)?|srls|s\.n\.c|s\.a\.s|s\.l\.u|lda|unipessoal"
    r"|sp\.?\s*z\s*o\.\s*o|sp\.\s*[jk]|pvt\.?\s*ltd|private\s+limited|llp|gmbh\s*&\s*co\.?\s*kg"
    r"|s\.\s?r\.\s?o|a\.\s?s|k\.\s?s|v\.\s?o\.\s?s|kft|zrt|nyrt|bt|a\.\s?ş|ltd\.?\s*şti"  # Czech, Hungarian, Turkish
    r"|(?:limited|anonim)\s+şirketi|ehf|hf|slf|ses"  # Icelandic
    r"|s\.a\.c|s\.a\.a|e\.i\.r\.l|limitada"  # Peruvian (with their dots: "SAC" is a word); Central American
    r"|s\.?\s?a\.?\s+de\s+c\.\s?v|s\.\s?de\s+r\.\s?l(?:\.\s?de\s+c\.\s?v)?"  # Mexico, Central America ("S.A. de C.V.")
    r"|mchj|(?-i:SAL)|s\.a\.l"  # Uzbek (Mas'uliyati cheklangan jamiyat); Lebanese (société anonyme libanaise)
    r"|ຈຳກັດ|sdn\.?\s*bhd|bhd|berhad"  # Lao (limited: "ບໍລິສັດ ... ຈຳກັດ"); Malaysian
    r"|cyf|cyfyngedig|λτδ"  # Welsh (limited); Cyprus's Greek "Λτδ"
    r"|l\.\s?l\.\s?c|fz[e-]?\s?llc|fze|fzco|dmcc"  # the Emirates' free-zone forms
    r"|p/f|sp/f"  # the Faroes' ("Kavarin Sp/f")
    r"|d\.\s?o\.\s?o|d\.\s?d|z\.\s?o\.\s?o|s\.\s?p|д\.\s?о\.\s?о|а\.\s?д"  # the former Yugoslavia's ("Alpina d.o.o.")
    r"|(?-i:ЕООД|ООД|ЕАД|АД|ДООЕЛ|ДОО)"  # Bulgarian, Macedonian, in capitals ("Сливен Нет ЕООД")
    r"|w\.?\s?l\.?\s?l|k\.s\.c(?:\.\s?[cp])?|s\.p\.c|b\.s\.c(?:\.?\s?\(c\))?)\.?$",  # the Gulf's ("Co. W.L.L.")
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def label_matches(text: str) -> tuple[tuple[str, int, LabelMatch], ...]:
    """Every field whose label starts this text, longest first: the pattern lexicon's and the
    reading by meaning (`lexicon`); none if a label of no field ("Customer No.", "Phone",
    "Amount paid") is longer. Cached: a page asks about the same texts many times."""
    if not text or (text[0].isdigit() and "%" not in text[:7] and not NUMBERED.match(text)):
        return ()  # an amount, a date, a street number: no label starts with a digit but a rate or a line's number
    out: list[tuple[str, int, LabelMatch]] = []
    if _ANY_LABEL.match(text):
        for name, rank, pattern in LABELS:
            m = pattern.match(text)
            if m:
                out.append((name, rank, m))
    nothing = NOT_A_FIELD.match(text)
    longest_nothing = nothing.end() if nothing else -1
    for name, rank, read in read_label(text):
        if name:
            out.append((name, rank, read))
        else:
            longest_nothing = max(longest_nothing, read.end())
    if not out and (own := _OWN.match(text)):  # "Supplier VAT Reg. No.": the seller's own tax id (a self-bill's)
        return tuple((name, rank, LabelRead(own.end() + read.end(), None, 2)) for name, rank, read
                     in label_matches(text[own.end():]) if name == "vendor_tax_id")
    if not out and longest_nothing < 0:  # a label in a language the lexicon does not know, then its translation
        return translated(text, label_matches)
    if not out or longest_nothing > max(m.end() for _, _, m in out):
        return ()
    several = len(out) > 1
    out.sort(key=lambda o: (-o[2].end(), o[1], several and o[0] == "total" and _tax_word_ends(text, o[2])))
    return translation_after(text, gloss_closed(text, tuple(out)), label_matches)


def _tax_word_ends(text: str, m: LabelMatch) -> bool:
    """Whether a label ends in a tax's name, read as the currency's three capitals too ("Total PDV", "Total KDV",
    "Total TPV"): the tax's reading of it goes first."""
    words = text[:m.end()].split()
    return len(words) > 1 and concepts_of(words[-1].strip("():.").casefold()) == ("TAX",)


def starts_label(text: str) -> bool:
    """Whether the text opens with a label, of a field or of none ("Customer No.")."""
    return bool(label_matches(text) or NOT_A_FIELD.match(text) or read_label(text))


def _label_match(text: str) -> tuple[str, int, LabelMatch] | None:
    """The field whose label starts this text (longest label wins), or None."""
    matches = label_matches(text)
    return matches[0] if matches else None


def is_label(seg: Segment, allow: tuple[str, ...] = (), *, by_meaning_alone: bool = True) -> bool:
    """A segment that is a label: the label alone, or followed by a value that fits it. A label
    read only by meaning (`lexicon`) counts alone when it has two concept words or a colon
    ("Ihre Bestellnummer", "Verpackung:"); with `by_meaning_alone` False not even then, since
    single words and short phrases stand in descriptions and sentences too."""
    match = _label_match(seg.text)
    if match is None or match[0] in allow:
        return False
    rest = words_after(seg, match[2].end())
    if rest and (rest[0].text == "/" or " / " in seg.text[:match[2].end()]):
        # the label's translation after a slash ("Total Amount / Jumlah B$"), maybe read in part as more of the label,
        # its value after it ("Total taxable amount / المبلغ الخاضع للضريبة | 1,205.200")
        rest = rest[next((i for i, w in enumerate(rest) if any(ch.isdigit() for ch in w.text)), len(rest)):]
    if not rest:
        read = match[2]
        return isinstance(read, re.Match) or (by_meaning_alone and (
            read.concepts >= 2 or seg.text.rstrip().endswith(":")))
    return validate(match[0], rest) is not None


def line_has_label(line: Line) -> bool:
    """Whether a line holds a label (one read only by meaning only with its value): a segment
    that is one, or a label whose value stands in a later segment ("Zwischensumme | 1.234,56")."""
    for i, seg in enumerate(line.segments):
        if is_label(seg, by_meaning_alone=False):
            return True
        if i + 1 < len(line.segments) and is_label(Segment([w for s in line.segments[i:] for w in s.words], line),
                                                   by_meaning_alone=False):
            return True
    return False


_POST_BOX = frozenset(("box", "postfach", "bp", "apartado", "postbus", "caixa"))
_PO_WORD = re.compile(r"(?:p\.?\s?o\.?|p/o)[#:]?", re.IGNORECASE)


def validate(name: str, words: list[Word], *, order_named: bool = False) -> tuple[str, list[Word]] | None:
    """The value a label's neighbour holds for `name`, normalised, with the words it used; `order_named`: its label
    names the order ("Customer PO"), so an order's word in letters opening the value ("PO 1687", "LPO 4296") is a
    prefix of the number as printed, as "OC 46082" is (`_reference`)."""
    if not words:
        return None
    text = join_words(words)
    if name == "po_number" and words[0].text.strip(".:").casefold() in _POST_BOX:
        return None  # "P.O. Box 660108" is an address
    if name == "po_number" and len(words) > 1 and _PO_WORD.fullmatch(words[0].text) \
            and not (order_named and words[0].text.isalpha()):
        words = words[1:]  # "Your reference: PO 4500295360", "P/O 83239": the number after the order's word
    if name in ("invoice_number", "po_number"):
        return _reference(words)
    if name in ("invoice_date", "due_date"):  # "Срок оплаты: до 4 февраля 2025 г.", "Zahlbar: bis 8.2.": the day by
        return _leading_date(words[1:] if name == "due_date" and len(words) > 1 and concepts_of(
            words[0].text.casefold()) == ("BY",) else words)
    if name in ("subtotal", "tax", "total", "charge", "discount", "lines_total"):
        return _leading_amount(words) or _leading_amount(_past_money_name(words))
    if name == "vendor_tax_id":
        return _tax_id(words)
    if name == "vendor_iban":
        return iban_from_words(words)
    if name == "terms":
        dated = _leading_date(words)
        if dated is not None and len(dated[1]) == len(words):
            return None  # a date alone is a due date ("Zahlungsziel: 8 Februar 2025"), not terms
        return text, words
    if name == "currency":  # an ISO code opening it, else its name then its numeric code ("Российский рубль, 643")
        words = without_field_number(words)
        token = words[0].text.strip(".,;:()")  # (a code that is a word too, in capitals after a label: "Արժույթ՝ AMD")
        m = CURRENCY_CODE_RE.fullmatch(token.upper())
        code = token if token in WORD_CODES else m.group(1) if m else None
        number = numeric_currency(words[-1].text) if len(words) > 1 and words[-2].text.endswith(",") else None
        return (code, words[:1]) if code else (number, words[-1:]) if number else None
    return None


_NUMERO = frozenset(("№", "N°", "Nº", "#"))


def _reference(words: list[Word]) -> tuple[str, list[Word]] | None:
    """An invoice or PO number: one token with a digit that is not a date, or a short prefix and a
    number ("INV 1043")."""
    if len(words) > 1 and words[0].text in _NUMERO:
        words = words[1:]  # "Заказ покупателя: | № З-259": the number sign opening the value's cell
    token = words[0].text.strip(".,;:")
    # a series in Greek or Cyrillic capitals too: "ΤΠΥ 3546"
    if re.fullmatch(r"[A-Za-z]{1,4}|[Α-ΩА-Я]{1,4}", token) and len(words) > 1 and (re.fullmatch(
        r"\d[\w\-/]*|[A-Za-z]{0,4}\d*[A-Za-z]?[/-]\d+", words[1].text.strip(".,;:")  # "FT A/1059", "FT RAM2025-85"
    ) or token.isupper() and re.fullmatch(r"[A-Z]{1,4}(?:/\d+){2}", words[1].text.strip(".,;:"))):
        # (a document type's capitals before a series, its year and the number: "FT PVM/2025/0146")
        return f"{token} {words[1].text.strip('.,;:')}", words[:2]
    if (re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9\-/_.]{0,31}|" + _LETTERED + "|" + _DIGITS_FIRST, token)
            and any(ch.isdigit() for ch in token) and parse_date(token) is None):
        return token, words[:1]
    return None


# a series in another script before its digits: "ПК-06/25-673", "АФК-2025/8703" (its letters, a dash or a slash)
_LETTERED = r"[^\W\d_]{1,6}[-/]?\d[\d\-/.]{0,25}"  # (or glued: "Б52/03")
_DIGITS_FIRST = (r"\d{1,8}/[^\W\d_]{1,6}-\d{2,8}"  # and after its digits: "855/ĐH-2026" (Vietnam's order, its year),
                 r"|\d{1,8}[-/.]\d[\d\-/.]{0,20}[-/][^\W\d_]{1,3}")  # or ending them: "108/2025-А" (a Cyrillic A)


def _leading_date(words: list[Word]) -> tuple[str, list[Word]] | None:
    """The longest run of up to five leading words that reads as a date ("3 de março de 2025"), not
    counting translations in parentheses ("14 tháng (month) 10 năm (year) 2026")."""
    glosses = sum(1 for w in words[:8] if w.text.startswith("(") and w.text.endswith(")") and w.text[1:2].isalpha())
    for n in range(min(len(words), 5 + glosses), 0, -1):
        parsed = parse_date(join_words(words[:n]))
        if parsed:
            while n > 1 and parse_date(join_words(words[:n - 1])) == parsed:
                n -= 1  # only the words of the date: "30-10-2024 | Bestellung: ..." is one word of it
            return parsed[0].isoformat(), words[:n]  # the caller notes an ambiguous date
    return None


_TIME_UNIT = re.compile(r"(?:days?|tagen?|jours?|dagen|d[íi]as|months?|monate?n?|mois|maanden|meses|%)\.?$",
                        re.IGNORECASE)
# a measure's unit after the number: "alt. 2232 m" (a refuge's altitude), "Total 25 kg" (a weight), no amount
_MEASURE_UNIT = re.compile(r"(?:mm|cm|m|km|m²|m³|kg|g|t|l|ml|ha)$")


def _leading_amount(words: list[Word]) -> tuple[str, list[Word]] | None:
    """The longest run of up to four leading words that reads as an amount; not a number of
    days or months ("Payable sous 30 jours"), a percentage, a measure ("2232 m") or a serial ("001")."""
    if words and re.fullmatch(r"0\d+", words[0].text):
        return None  # "Cuota 001": a serial number printed with its zeros, not an amount
    for n in range(min(len(words), 4), 0, -1):
        parsed = parse_amount(join_words(words[:n]))
        if parsed:
            if n < len(words) and (_TIME_UNIT.match(words[n].text) or _MEASURE_UNIT.match(words[n].text)
                                   or _place_after(words[:n], words[n])):
                return None
            return format(parsed[0], "f"), words[:n]
    return None


def _past_money_name(words: list[Word]) -> list[Word]:
    """The words after a money's name in words opening them ("Malawi Kwacha 7,133,295.00", "Kwacha 318,500.00"); none
    when they open with no such name."""
    at = next((i for i, w in enumerate(words[:2]) if w.text.casefold() in money_names()), None)
    return words[at + 1:] if at is not None else []


def _place_after(number: list[Word], word: Word) -> bool:
    """A postcode and its town ("6500 Bellinzona", "75002 Paris"): a bare four- or five-digit number before a
    capitalised word that is no money's name or code."""
    return len(number) == 1 and re.fullmatch(r"\d{4,5}", number[0].text) is not None and re.fullmatch(
        r"[^\W\d_][^\W\d_'’-]{2,}", word.text) is not None and word.text[0].isupper() and not word.text.isupper() \
        and word.text.casefold() not in money_names()


_VAT_SUFFIX = re.compile(rf"{SWISS_VAT_SUFFIX}|MVA")  # part of a Swiss or Norwegian VAT number: "CHE-… MWST"


def _tax_id(words: list[Word]) -> tuple[str, list[Word]] | None:
    """A tax id of three, two or one words (four in a VAT number's shape, "GB 503 3387 37"): at
    least five digits, every extra word a short group with a digit, or groups of digits that make
    the format of a tax id but for its check digits ("DE 123456 789"); or the longest run of up to
    five words that python-stdnum accepts as one ("PT 501 964 843", "51 824 753 556")."""
    for n in range(min(len(words), 5), 1, -1):
        value = join_words(words[:n]).strip(".,;")
        if all(re.fullmatch(r"[0-9A-Z.\-]{0,4}\d[0-9A-Z.\-]{0,4}", w.text)
               or i == n - 1 and _VAT_SUFFIX.fullmatch(w.text) for i, w in enumerate(words[1:n], 1)) \
                and tax_id_valid(value):
            return value, words[:n]
    for n in (4, 3, 2, 1):  # four words only in a VAT number's shape ("GB 503 3387 37")
        if len(words) < n:
            continue
        value = join_words(words[:n]).strip(".,;")
        if n == 4 and not vat_format(value):
            continue
        # a country's letters in Cyrillic too: "МК4080664495722"
        if (re.fullmatch(r"(?:[A-Za-z]{0,4}|[А-Я]{2})[\s-]?\d[0-9A-Za-z\-./ ]{3,20}", value)
                and sum(ch.isdigit() for ch in value) >= 5
                and (n == 1 or all(re.fullmatch(r"[0-9A-Z.\-]{1,5}", w.text)
                                   and any(ch.isdigit() for ch in w.text)
                                   or i == n - 1 and re.fullmatch(r"[A-Z]", w.text)  # a check letter: "6311373 K"
                                   for i, w in enumerate(words[1:n], 1))
                 or tax_id_well_formed(value) and all(re.fullmatch(r"\d{1,12}", w.text) for w in words[1:n]))):
            # groups of digits of any length that make a tax id's format: "DE 123456 789"
            return value, words[:n]
    return None


def iban_from_words(words: list[Word]) -> tuple[str, list[Word]] | None:
    """(compact IBAN, words used) from an IBAN printed whole or in groups ("DE89 3704 ..."): the
    country's length exactly, else None. The checksum is the caller's to check."""
    compact, used = "", []
    for w in words:
        token = w.text.strip(".,;:").upper()
        if not re.fullmatch(r"[A-Z0-9]{1,34}", token):
            break
        compact += token
        used.append(w)
        length = iban_length(compact[:2]) if len(compact) >= 2 else None
        if length is not None and len(compact) >= length:
            break
        if len(compact) >= 34:
            break
    length = iban_length(compact[:2]) if len(compact) >= 2 else None
    if length is not None and len(compact) != length:
        return None
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact):
        return None
    return compact, used


_OWN = re.compile(r"(?:supplier|seller|vendor)(?:'s)?\s+(?=\w)", re.IGNORECASE)


def names_the_seller(label: list[Word]) -> bool:
    """Whether a tax id's label names the seller ("Supplier VAT Reg. No."): on a self-billed invoice, where the
    buyer's letterhead prints the buyer's own, the one the bill is the seller's."""
    return _OWN.match(" ".join(w.text for w in label)) is not None


def names_the_tax(label: list[Word]) -> bool:
    """Whether a tax id's label names the tax ("VAT Reg. No.", "USt-IdNr."), not a bare national number ("TIN"): of
    the two, the VAT registration is the one a bill is booked by."""
    return any("TAX" in (concepts_of(w.text.casefold().rstrip(".:")) or ()) for w in label)
