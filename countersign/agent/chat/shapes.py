"""What a chat reference looks like by its shape, besides ids and amounts: a tax id or IBAN (whole, or
by its last digits), payment terms, a postal code, a ledger account, and a decision said of a person.
Patterns only; understand.py reads a question with them. And the one reference the planner writes itself, an amount
with the words said beside it ("total 1700 acme").
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from countersign.agent.chat.goods import SUPPLIER_KINDS, concepts, plain
from countersign.agent.chat.lexicon import STOP
from countersign.extraction.cldr import month_numbers

# a tax id after its label, a word or two of the label between ("VAT ID", "USt-IdNr.", "n° TVA",
# "NIF-IVA", "btw-nummer"), or a bare VAT number python-stdnum accepts (`bare_vat`)
TAX_ID = re.compile(r"\b(?:tax id|tax number|taxpayer id|vat|ein|tin|ust|steuer\w*|tva|nif|cif|rfc|btw"
                     r"|(?:tax|taxpayer|employer) identification number|(?:num[eé]ro d.)?identification fiscale"
                     r"|(?:n[uú]mero de )?identificaci[oó]n fiscal|fiscaal identificatienummer"
                     r"|num[eé]ro fiscal|n[uú]mero fiscal|identifiant fiscal|fiscaal nummer|identificador fiscal"
                     r"|belastingnummer|fiscale\s+nummer)"
                     r"\b[\w.-]*"
                     r"(?:\s+(?:id|number|no\.?|nr\.?|nummer|num[eé]ro))?"
                     r"(?:\s+(?:is|ist|est|es|lautet|=))?"  # "whose tax id is 45-1234567"
                     r"\s*[:#]?\s*([A-Z]{0,2}[\d-]{6,14})\b", re.I)
# the number before its label: "the vendor that has 98-7654321 as its tax id", "bei dem 98-7654321 als Steuernummer
# eingetragen ist", "qui a 98-7654321 comme numéro fiscal"
TAX_ID_BEFORE = re.compile(r"\b([A-Z]{0,2}\d[\d-]{5,13})\s+(?:as|als|comme|como)\s+(?:(?:its|their|the|seine?|ihre?"
                           r"|die|der|son|sa|leur|le|su|el|zijn|hun|haar|het|de)\s+)?(?:tax id|tax number|taxpayer id"
                           r"|vat|ein|tin|steuer\w*|ust\w*|tva|nif|cif|rfc|btw\w*|num[eé]ro fiscal|n[uú]mero fiscal"
                           r"|identifiant fiscal|identificador fiscal|fiscaal nummer|fiscale nummer|belastingnummer)\b",
                           re.I)
# A decision already taken, said of a person ("the invoice Sam signed off on", "die Rechnung, die Priya
# freigegeben hat", "la facture que Sam a validée"): kept in the reference, so a lookup by who
# decided knows which of that person's decisions is meant (lookups.decided_by).
DECIDED = re.compile(
    r"\b(?:approved|signed(?:\s+off)?|okayed|ok'd|authori[sz]ed|green-?lit"
    r"|(?:freigegeben|abgezeichnet|genehmigt|unterschrieben|abgesegnet|gezeichnet)(?:e[nmrs]?)?"
    r"|valid[ée]e?s?|approuv[ée]e?s?|sign[ée]e?s?|autoris[ée]e?s?"
    r"|aprob[óo]|aprobad[ao]s?|firm[óo]|firmad[ao]s?|autoriz[óo]|autorizad[ao]s?"
    r"|(?:goedgekeurd|afgetekend|ondertekend|getekend|geaccordeerd)e?)\b", re.I)
REFUSED = re.compile(
    r"\b(?:rejected|declined|refused|turned\s+down|(?:abgelehnt|zur[üu]ckgewiesen)(?:e[nmrs]?)?|rejet[ée]e?s?|refus[ée]e?s?"
    r"|rechaz[óo]|rechazad[ao]s?|(?:afgekeurd|geweigerd)e?|afgewezen)\b", re.I)


def decision_said(text: str, words: str) -> str | None:
    """"approved" or "rejected" when the message says a named person took that decision (a capital
    in the leftover words), for the reference; "rejected" also of the invoice alone ("the invoice
    whose status is rejected", "die abgelehnte Rechnung"); None otherwise."""
    if REFUSED.search(text):
        return "rejected"
    if not any(w[:1].isupper() for w in words.split()):
        return None
    return "approved" if DECIDED.search(text) else None


# Payment terms as a reference ("the invoice on 14-day terms", "mit 14 Tagen Zahlungsziel", "pago a 14 días",
# "à 14 jours", "betalingstermijn van 14 dagen", "Net 14"): the days, when the message speaks of terms.
# (no terms run past 180 days: "Net 200 ongelezen berichten" is Dutch for "just 200 unread messages")
TERM_DAYS = re.compile(r"\b(\d{1,3})\s*-?\s*(?:days?|tage?n?|jours|d[ií]as|dagen)\b"
                       r"|\bnet(?:to)?\s?(\d{1,2}|1[0-7]\d|180)\b(?![.,]?\d)", re.I)
TERMS_CUE = re.compile(r"\b(?:terms?|net|netto|zahlungsziel|zahlbar|zahlungsfrist|paiement|[ée]ch[ée]ance|pago|plazo"
                        r"|condiciones|betalingstermijn|betaaltermijn|betaling)|(?:\b[àa]\s+\d{1,3}\s*(?:jours|d[ií]as))",
                        re.I)

# a postal code after its name ("ZIP code 78744", "PLZ 80331", "code postal 75008", "CP 28001",
# "postcode 1012"): where a vendor is, no amount
POSTAL = re.compile(r"\b(?:zip(?:\s*code)?|postal\s*code|post\s*code|postcode|plz|postleitzahl|code\s+postal"
                     r"|c[oó]digo\s+postal|CP)\s*[:#]?\s*(\d{4,6})\b", re.I)
# a ledger account by its number ("GL account 6400", "Sachkonto 6400", "compte 6400", "cuenta contable
# 6400", "grootboekrekening 6400"): what a PO line or a bill line is coded to, written "GL 6400"
GL_ACCOUNT = re.compile(r"\b(?:g/?l(?:\s*(?:account|acct|code))?|gl-?konto|sachkonto|hauptbuchkonto|aufwandskonto"
                         r"|compte(?:\s+(?:g[ée]n[ée]ral|comptable|de\s+charges?))?|cuenta(?:\s+contable)?"
                         r"|grootboek(?:rekening)?|kostenrekening)\s*(?:n[°º.]?|nr\.?|no\.?|#|:)?\s*(\d{3,8})\b", re.I)
# an account named by its last digits: "IBAN ending in 3000", "deren IBAN auf 3000 endet", "l'IBAN se termine
# par 3000", "cuyo IBAN termina en 3000", "IBAN eindigend op 3000"; a bank account by another name only with a
# word for its end ("whose bank account ends in 3000", "dessen Bankkonto auf 3000 endet", "rekeningnummer op 3000
# eindigt"): "account 6400" alone is a ledger account
_ACCOUNT = (r"bank\s*account(?:\s+number)?|account\s+number|(?<!gl\s)(?<!ledger\s)account|bank\s*konto|konto(?:nummer)?"
            r"|compte(?:\s+bancaire)?"
            r"|cuenta(?:\s+bancaria)?|(?:bank)?rekening(?:nummer)?")
IBAN_TAIL = re.compile(r"\bIBAN\b[^\d.?!]{0,30}?\b(\d{3,6})\b(?![.,]\d)"
                       rf"|\b(?:{_ACCOUNT})\b[^\d.?!]{{0,30}}?(?:\b(?:ends?|ending|endet|eindigt|finit|finissant|termine"
                       r"|terminant|termina|terminada|acaba)\b[^\d.?!]{0,12}?\b(\d{3,6})\b(?![.,]\d)"
                       r"|\b(\d{3,6})\s+(?:endet|endend\w*|eindigt|eindigend))", re.I)
# an IBAN named by its start, its country and check digits or more: "the vendor whose IBAN (or account) starts NL91",
# "dessen IBAN (Konto) mit NL91 anfängt", "dont l'IBAN (le compte) commence (débute) par NL91", "cuyo IBAN (cuenta)
# empieza (inicia, arranca) por NL91", "een IBAN (rekening) die met NL91 begint"; or by the country and check digits
# alone, in capitals, before or after the word: "the NL91 IBAN", "der NL91-IBAN", "l'IBAN en NL91", "the IBAN NL91",
# "the NL91 bank account", "das NL91-Konto", "le compte NL91" (never a whole IBAN: that is IBAN's); "whose bank details
# begin with GB82", "dessen Bankverbindung mit GB82 beginnt", "dont les coordonnées bancaires commencent par GB82",
# "dessen Kontonummer vorne mit NL91 losgeht"
IBAN_HEAD = re.compile(r"\b(?:IBAN|(?:bank\s*)?account|(?:bank)?konto(?:nummer)?|bankverbindung|bank\s+details|compte|"
                       r"coordonn[ée]es\s+bancaires|cuenta|datos\s+bancarios|(?:bank)?rekening(?:nummer)?|"
                       r"bankgegevens)\b"
                       r"(?=[^.?!:]{0,40}?\b(?:start|begin|anf[aä]ng|beginn|commen[cç]|d[ée]but|d[ée]marr|empie[zc]|comien[zc]"
                       r"|inici|arranc"
                       r"|prefix|opening|vorn|losgeh|vooraan))[^.?!:]{0,40}?\b([A-Z]{2}\d{2}[A-Z0-9]{0,8})\b(?!(?-i:\s?[A-Z0-9]{4}))"
                       r"|(?-i:\b([A-Z]{2}\d{2}))[\s-]?(?:IBAN|(?:bank\s*)?account|(?:bank)?konto|(?:bank)?rekening)\b"
                       r"|\b(?:IBAN|compte(?:\s+bancaire)?|cuenta(?:\s+bancaria)?)\s+(?:(?:en|in|op|auf)\s+)?"
                       r"(?-i:([A-Z]{2}\d{2}))\b"
                       r"(?!(?-i:[\s-]?[A-Z0-9]{2}))", re.I)
# a tax id named by its last digits: "the vendor tax ID ends in 4321", "deren USt-IdNr. auf 4321 endet", "dont le
# numéro de TVA se termine par 4321", "cuyo NIF termina en 4321", "waarvan het btw-nummer eindigt op 4321"
TAX_TAIL = re.compile(r"\b(?:tax\s*id|tax\s+number|vat(?:\s+(?:id|number))?|ein|steuer[\w-]*|ust[\w.-]*|tva|nif|cif"
                       r"|btw[\w-]*|fiscal\w*|fiscaal\s+nummer)\b[^\d.?!]{0,30}?\b(?:ends?|ending|endet|endend|termine"
                       r"|terminant|termina|terminado|acabado|acaba|eindigt|eindigend)\b[^\d.?!]{0,12}?\b(\d{3,6})\b"
                       r"(?![.,-]\d)|"
                       # the German word order: "mit der auf 4321 endenden Lieferanten-Steuernummer"
                       r"\bauf\s+(\d{3,6})\s+endende\w*\s+[\w-]*(?:steuer|ust|vat)[\w.-]*", re.I)
VAT_SHAPE = re.compile(r"\b([A-Z]{2}[0-9A-Z]{8,12})\b")


def bare_vat(text: str) -> str | None:
    """A VAT number typed without its label ("DE811569869"), when its check digits hold."""
    from stdnum.eu import vat  # noqa: PLC0415 - python-stdnum's tables load on first use only

    return next((m.group(1) for m in VAT_SHAPE.finditer(text) if vat.is_valid(m.group(1))), None)


IBAN = re.compile(r"\b([A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?)\b")

# The word for a purchase order, also at the end of a compound ("die Globex-Bestellung")
PO_NOUN = re.compile(r"\b(?:P\.?Os?|purchase orders?|bestellung(?:en)?|bons? de commande|commandes?|"
                     r"ordene?s? de compra|pedidos?|inkooporders?|bestellingen|bestelling"
                     # a compound's head: "Winkelbestellung", "beugelbestelling", "kantoorartikelenorder"
                     r"|[^\W\d_]{3,}(?:bestellung|bestelling)|[^\W\d_]{4,}(?<!re)(?<!pre)order"
                     # an order for a quantity of goods: "operations' order for 500 mounting brackets" (not "in order
                     # for", nor an order of sequence)
                     r"|(?<!\bin )order for (?:the )?\d[\d,.]*(?= [^\W\d_])"
                     # someone's order for goods, its "'s" folded apart: "robin ortiz's order for mounting brackets"
                     r"|(?<!\blet)(?<=\ss )order(?= for\b)"
                     # someone's order named by its goods: "robin ortiz's drill order" (not "what's the order", "it's
                     # the first order", "the order of approvals")
                     r"|(?<![^\W\d_])(?!(?:let|it|that|what|there|here|who|how|where|he|she) s )[^\W\d_]{2,} s "
                     r"(?:(?!(?:the|an?|this|that|my|your|our|their|his|her|its|new|next|last|first)\b)[^\W\d_]{3,} )"
                     r"{1,2}order(?! (?:of|to|in|by|from)\b))\b", re.I)

# a number corrected as it is typed: "INV-1034 (no wait, 1043 ...)", "INV-1034 (nee, Moment: 1043", "(non attends,
# 1043", "(no, espera, 1043", "(nee wacht, 1043", "INV-1034, I mean 1043": the number meant
CORRECTED = re.compile(r"\b([A-Z]{1,6}(?:-[A-Z0-9]+)*-)\d+\b(\W{1,3}(?:(?:no|nee|nein|non|sorry|oops|pardon|perd[oó]n)"
                       r"\W{1,3})?(?:wait|hang on|moment|warte|attends|espera|wacht|I mean|I meant|ich meine?|je veux "
                       r"dire|quiero decir|ik bedoel)\W{1,3})(\d+)\b", re.I)
# a PO's number as a spreadsheet formats it: "PO 2,001", "Bestellung 2.001", "bon de commande 2 001"
_PO_GROUPED = re.compile(r"\b((?:P\.?O\.?|purchase order|bestellung|bon de commande|orden de compra|inkooporder"
                         r"|bestelling)\s*(?:#|no\.?|nr\.?)?\s*)(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+)(?![.,]?\d)", re.I)


# a vendor by its bare number in the vendor master: "vendor #5", "Lieferant Nr. 5", "le fournisseur n° 5", "el
# proveedor número 5", "leverancier nr 5"; written as the token VENDOR_NO reads ("vendor_no_5")
_VENDOR_NUMBER = re.compile(r"\b(vendor|supplier|lieferant(?:en)?|kreditor(?:en)?|fournisseur|proveedor|leverancier|"
                            r"crediteur)\s*(?:#\s*|(?:no|nr|n\.?[°º]|num)\.?\s*|(?:number|nummer|n[uú]m[eé]ro)\s+)(\d{1,6})\b",
                            re.I)
VENDOR_NO = re.compile(r"\bvendor_no_(\d+)\b")


def numbers_meant(text: str) -> str:
    """`text` with its numbers as meant: one corrected as typed ("INV-1034 (no wait, 1043" -> "INV-1043 ("), a
    PO's number without a spreadsheet's grouping ("PO 2,001" -> "PO 2001"), a date as an ERP export prints it
    ("10-NOV-26", "03-Nov-2026", "15NOV26" -> "2026-11-10"), which is no invoice number "NOV-26", a vendor's bare
    number ("vendor #5" -> "vendor vendor_no_5"), which is no amount; a file's name, an id's prefix pasted twice, a
    figure said loosely, a date with a two-digit year."""
    text = CORRECTED.sub(lambda m: m.group(1) + m.group(3), text)
    text = _SHORT_YEAR.sub(_short_year, _export_date().sub(_iso, text))
    text = _UNDERSCORED.sub(lambda m: f"{m.group(1).upper()}-{m.group(2).replace('_', '-')}", _FILE_EXT.sub("", text))
    text = LOOSE_FIGURE.sub(r"\1", _DOUBLED_PREFIX.sub(r"\1", _NET_DASH.sub(r"\1 \2", _ER.sub(r"\1", text))))
    text = _HYPHENED_BOUND.sub(lambda m: m.group(0).replace("-", " "), text)
    text = _VENDOR_NUMBER.sub(lambda m: f"{m.group(1)} vendor_no_{int(m.group(2))}", text)
    return _PO_GROUPED.sub(lambda m: m.group(1) + re.sub(r"\D", "", m.group(2)), text)


@lru_cache(maxsize=1)
def _export_date() -> re.Pattern[str]:
    """Day, a month's abbreviation (CLDR's, any language: "NOV", "DEZ", "MRT") and a year of two or four digits,
    joined by one dash or slash or by nothing, as ERPs (SAP, Oracle) and spreadsheets export a date."""
    names = "|".join(sorted((n for n in month_numbers() if n.isalpha() and len(n) in (3, 4)), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(\d{{1,2}})(?:([-/])({names})\2|({names}))(\d{{4}}|\d{{2}})(?![\w-])", re.I)


# a date with a two-digit year: "14.11.26", "14-11-26" day first; "14/11/26" or "11/14/26" in the order only one fits
_SHORT_YEAR = re.compile(r"(?<![\w.,/-])(\d{1,2})([./-])(\d{1,2})\2(\d{2})(?![\w-]|[.,/]\d)")
# a scan's file name names its invoice ("NW_5602.pdf"), and an id typed with underscores for its dashes ("PO_2001")
_FILE_EXT = re.compile(r"(?<=\w)\.(?:pdf|xml|png|jpe?g|tiff?|heic)\b", re.I)
_UNDERSCORED = re.compile(r"\b([A-Za-z]{1,6})_(\d+(?:_\d+)*)\b")
# payment terms with a dash, "net-14", are no invoice number "NET-14"
_NET_DASH = re.compile(r"\b(net(?:to)?)-(\d{1,3})\b", re.I)
# a number made a German noun or adjective, "die 1043er" (the 1043 one), "das 10.000er-Limit": the number
_ER = re.compile(r"(?<![\w.,-])(\d{3,}|\d{1,3}(?:[.,]\d{3})+)er\b")
# a bound said with hyphens, "just-under-500", is no invoice number "JUST-UNDER-500"
_HYPHENED_BOUND = re.compile(r"\b(?:just|a-bit|slightly|well)-(?:under|over|below|above)-\d", re.I)
# an id's prefix pasted twice: "INV-INV-88120"
_DOUBLED_PREFIX = re.compile(r"\b([A-Z]{1,6}-)\1+(?=\d)", re.I)
# a figure said loosely names the figure: "1,657 and change", "1,600-odd", "1.6k-ish" ("1,657 and change the date":
# a command)
LOOSE_FIGURE = re.compile(r"(\d[\d,.]*\s?k?)(?:\s+and\s+change(?!\s+(?:the|it|its|that|this|to|a|an|my|our)\b)"
                          r"|-?odd|-?ish)\b", re.I)


def _short_year(m: re.Match[str]) -> str:
    a, b, year = int(m.group(1)), int(m.group(3)), 2000 + int(m.group(4))
    orders = [(a, b)] if m.group(2) != "/" else [(d, mo) for d, mo in ((a, b), (b, a)) if 1 <= mo <= 12]
    fits = [(d, mo) for d, mo in orders if 1 <= d <= 31 and 1 <= mo <= 12]
    if len(fits) == 1:
        return f"{year:04d}-{fits[0][1]:02d}-{fits[0][0]:02d}"
    return f"{a}/{b}" if fits else m.group(0)  # either order: a day without its year, read both ways


def _iso(m: re.Match[str]) -> str:
    month, day = month_numbers()[(m.group(3) or m.group(4)).casefold()], int(m.group(1))
    year = int(m.group(5)) + (2000 if len(m.group(5)) == 2 else 0)
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= day <= 31 else m.group(0)


_INVOICE_NO = r"\b(?:invoice|bill|rechnung|facture|factura|factuur)\s*(?:#|no\.?|nr\.?|n[°º]\.?)?\s*"  # "invoice no."
INVOICE_BEFORE = re.compile(_INVOICE_NO + "$", re.I)  # "invoice 88,120": the number is its number
# an invoice's number after its noun, anywhere: "RE: FW: Rechnung 88120" (a mail's subject in quotes names it)
NUMBERED = re.compile(_INVOICE_NO + r"\d{3,}", re.I)
# what a bare number counts when it counts messages, not money: "200 unread messages", "200 ungelesene Nachrichten",
# "200 messages non lus", "200 mensajes sin leer", "200 ongelezen berichten"
COUNTED = re.compile(r"\s+(?:(?:unread|new|ungelesene?n?|neue|nouveaux|nuevos|ongelezen|nieuwe)\s+)?(?:messages?|"
                     r"e-?mails?|mails?|notifications?|pings?|dms?|nachrichten|mitteilungen|benachrichtigungen|mensajes|"
                     r"correos|notificaciones|berichten|meldingen)\b", re.I)

# A purchase order by the invoice billed against it: "the PO behind GX-2026-118", "die Bestellung zu INV-1043",
# "le bon de commande de la facture INV-1043", "la orden de compra de INV-1043", "de inkooporder achter INV-1043"
PO_OF_INVOICE = re.compile(r"\b(?:P\.?O\.?|purchase order|bestellung|bon de commande|orden de compra|pedido"
                           r"|inkooporder|bestelling)\s+(?:behind|of|for|on|against|under|zu|von|hinter|der|de|du|del"
                           r"|van|bij|achter|derri[eè]re|detr[aá]s|voor)\s+"
                           r"(?:(?:the|invoice|la|le|l'|die|der|de|het|el|factura|facture|rechnung|factuur)\s+)*"
                           r"[A-Z]{1,6}(?:-[A-Z0-9]+)*-\d", re.I)
# after a name: a possessive or the thing's noun ("acme's account", "the acme one"): "acme" is no typo of "came"
NAME_HEAD = re.compile(r"(?:['’]s\b|\s+(?:one|invoice|bill|inv|po|deal|order|rechnung|facture|factura|factuur)\b)",
                       re.I)
# an aside in brackets: "(so wurde sie mir vorgelesen)" says how the asker came by the reference, asking nothing
ASIDE = re.compile(r"\([^()]*\)")
# where the question after an aside begins; French sets a space before "?", "!", ":" and ";" ("quel numéro ? Leur ...")
ASIDE_BEFORE = re.compile(r"\s[—–]\s|(?<=[^\W\d])(?:[.!?:;]| [!?:;])\s+(?=\S+\s+\S)")


def asked_part(text: str) -> str:
    """The part of a message that asks: after an aside ("Small one for you — ..."), and the last with a question mark
    when a remark trails it ("... in the vendor master? vendor ID + bank details pls")."""
    cuts = [0, *(m.end() for m in ASIDE_BEFORE.finditer(text)), len(text)]
    parts = [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]
    return ([p for p in parts if "?" in p] or parts or [text])[-1]


ASIDE_DASH = re.compile(r"\s[—–]\s")  # the dash after an aside ("Small one for you — ...")


INVOICE_WORD = re.compile(r"(?:invoice|bill|rechnung|factur|factuur|fattura|rekening)", re.I)  # also in a compound
_DEAL_WORD = re.compile(r"\b(?:deal|auftrag|vente|venta)\b", re.I)  # also at a compound's end ("Bohrer-Auftrag")
_LINE_WORDS = frozenset(("product", "unit", "goods"))  # "Positionen, Mengen", "welk artikel": a line, no goods


_FUNCTION_WORDS = frozenset(plain(w) for words in STOP.values() for w in words)  # "the", "über", "de": no goods


def goods_asked(text: str) -> str:
    """The part after an aside's dash when it names goods itself ("Looking for a free desk in the office 🪑 — the
    invoice for the impact driver kits?", "Ich hoffe, ich störe nicht — der Auftrag über die Ersatzbohrer"): the
    aside's words then name nothing asked about ("office" is no office supplies, "störe" no "store"). The whole
    text when the asked part names none ("The drills came broken — is that invoice paid?")."""
    last = ASIDE_DASH.split(text)[-1]  # "Papier-und-Toner-Rechnung" by its words; a supplier or line is no goods
    named_goods = [w for w in re.findall(r"[^\W\d_]+", last) if concepts(w) - SUPPLIER_KINDS - _LINE_WORDS]
    goods = bool(named_goods)
    # of a deal, goods by a word of their own: not "the" (French "thé"), "über" or the deal's noun ("project")
    sold = any(len(w) > 4 and not _DEAL_WORD.fullmatch(w) for w in named_goods)
    if goods and all(plain(w) in _FUNCTION_WORDS for w in named_goods):
        # goods only by a function word ("the", "über"): the part names something if it has a name or a figure of its
        # own ("die Northwind-Rechnung", "über 2.023,92"), not "Globex called again — is the invoice paid?"
        goods = bool(re.search(r"\d", last) or any(w[:1].isupper() for w in re.findall(r"[^\W\d_][\w-]*", last)[1:]))
    named = INVOICE_WORD.search(last) and goods or _DEAL_WORD.search(last) and sold
    return last if last != text and named else text  # not "acme – aktiver Lieferant?"


# the legal forms a vendor's name ends with, as written (capitals said: "the GmbH", not "co-op")
LEGAL_FORMS = frozenset(("GmbH", "Ltd", "Limited", "Inc", "LLC", "Corp", "Co", "plc", "PLC", "BV", "B.V.", "NV", "SA",
                         "SAS", "SARL", "SL", "SRL", "AG", "KG", "Oy", "AB", "LLP", "LP", "Pty", "SpA", "S.A."))

# an amount and the words said beside it, as `total_reference` writes them ("total 1700 acme")
TOTAL_OF = re.compile(r"total (\S+) (.+)")


def total_reference(amount: Decimal, words: str) -> str:
    """The reference for an amount said with other words ("the acme one just shy of 1,700": "total 1700 acme"), which
    the resolver reads as that amount among the invoices of the vendor the words name."""
    return " ".join(("total", format(amount.normalize(), "f"), *dict.fromkeys(words.split())))
