"""An invoice or a deal described rather than named: by what it lacks ("the invoice with no PO and
no tax", "die Rechnung ohne Bestellung"), by the weekday of its date ("the invoice dated on a Thursday", "die
Rechnung vom Freitag", "la factura del jueves"), its cents, initial, lines, state or part of a month; by a
superlative through ranks.py. understand.py writes what is said as one token of
the reference ("rank:max:total", "weekday:date:3", "lacks:po"), and the tools pick by it among
what the rest of the reference leaves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from countersign.agent.chat.findings import FINDING, SUPPLIER
from countersign.agent.chat.ranks import DUE, RANK, rank_said
from countersign.extraction.cldr import month_numbers, weekday_numbers

WEEKDAY = re.compile(r"weekday:(date|due):([0-6])")


# what ties a weekday to the thing's own date ("dated on a Thursday", "closed on a Saturday", "the invoice from
# Friday the 13th", "vom Donnerstag", "an einem Samstag", "datée d'un jeudi", "conclue un samedi", "del jueves",
# "cerrada un sábado", "op een zaterdag"), not a deadline ("the cut-off is Friday", "bis Freitag", "el viernes")
_DATED = re.compile(r"\b(?:dated|from|of|on a|vom|von einem|an einem|datiert|du|d un|un|del|de un|fechada|fechado"
                    r"|op een|van|gedateerd)\s+$")


def weekday_said(folded: str) -> str | None:
    """The weekday a folded message dates the thing by (CLDR's wide names), as a reference token
    ("weekday:date:3"; "due" when it speaks of the due date); None when it dates it by none, or several."""
    days = {n for m in re.finditer(r"\w+", folded) if (n := weekday_numbers().get(m.group(0))) is not None
            and _DATED.search(folded[:m.start()][-20:])}
    if len(days) != 1:
        return None
    return f"weekday:{'due' if DUE.search(folded) else 'date'}:{days.pop()}"


# "no PO", "without a purchase order", "ohne Bestellung", "sans bon de commande", "sin orden de compra", "zonder
# inkooporder"; "no tax", "tax-free", "ohne Steuer", "steuerfrei", "sans TVA", "sin IVA", "zonder btw" (folded)
_NO = r"(?:no|nor|without|with no|missing|lacking|ohne|kein\w*|sans|sin|zonder|geen|ni|noch)"
# "with no PO", "still missing their PO number", "sin número de pedido", "sans numéro de commande" (folded)
_LACKS = {"po": re.compile(rf"\b{_NO} (?:a |an |une |un |una |een |their |its |the |ihre |seine |leur |son |sa |su "
                           r"|hun |het )?(?:numero de |nummer van )?(?:po|p o|purchase order|bestellung|bestellnummer"
                           r"|bon de commande|commande|orden de compra|pedido|inkooporder|bestelling)\b"),
          "tax": re.compile(rf"\b{_NO} (?:any )?(?:tax|vat|steuer|mwst|ust|tva|taxe|iva|impuestos?|btw)\b|"
                            r"\b(?:tax-?free|tax free|steuerfrei\w*|hors taxe|exento de iva|btw-?vrij\w*)\b")}
LACKS = re.compile(r"lacks:(po|tax)")


def without_lacks(folded: str) -> str:
    """A folded message without what it says the thing lacks: "the invoice with no PO" asks for no PO."""
    for pattern in _LACKS.values():
        folded = pattern.sub(" ", folded)
    return folded


def lacks_said(folded: str) -> str | None:
    """What a folded message says the thing lacks, as reference tokens ("lacks:po lacks:tax"); None if nothing."""
    said = [f"lacks:{what}" for what, pattern in _LACKS.items() if pattern.search(folded)]
    return " ".join(said) or None


# "the invoice whose total ends in 92 cents", "deren Betrag auf 92 Cent endet", "dont le total se termine par 92
# centimes", "cuyo total termina en 92 céntimos", "waarvan het totaal op 92 cent eindigt" (folded)
_CENTS = re.compile(r"\b(\d{1,2}) (?:cents?|centimes?|centimos?|centavos?|ct)\b")
_ENDS = re.compile(r"\b(?:end|ends|ending|endet|enden|endend\w*|auf|termine|terminant|se termine|termina|terminan|"
                   r"terminado|acaba|acabe|eindigt|eindigend|op)\b")
CENTS = re.compile(r"cents:(\d{2})")


def cents_said(folded: str) -> str | None:
    """The cents a total ends in, as a reference token ("cents:92"); None if not said."""
    m = _CENTS.search(folded)
    return f"cents:{int(m.group(1)):02d}" if m and _ENDS.search(folded) else None


# "the supplier whose name starts with U", "dessen Name mit U anfängt", "dont le nom commence par U", "cuyo
# nombre empieza por U", "wiens naam met een U begint" (folded)
_INITIAL = re.compile(r"\b(?:(?:starts?|starting|begins?|beginning) with (?:the letter |an? (?=\w\b))?([a-z])"
                      r"|mit (?:dem buchstaben |einem )?([a-z]) (?:anfangt|beginnt|anfangend\w*|beginnend\w*)"
                      r"|(?:commence|commencant|debute) par (?:la lettre |une? (?=\w\b))?([a-z])"
                      r"|(?:empieza|empiezan|comienza|comienzan|empezando|comenzando) (?:por|con) "
                      r"(?:la letra |una? (?=\w\b))?([a-z])"
                      r"|met (?:de letter |een )?([a-z]) (?:begint|beginnend|start))\b")
INITIAL = re.compile(r"initial:([a-z])")


def initial_said(folded: str) -> str | None:
    """The letter a name is said to start with, as a reference token ("initial:u"); None if not said."""
    return _token("initial", _INITIAL, folded)


def _token(kind: str, pattern: re.Pattern[str], folded: str) -> str | None:
    """`kind` and the first group `pattern` matched in `folded` (one group an alternative, one a language)."""
    m = pattern.search(folded)
    return f"{kind}:{next(g for g in m.groups() if g)}" if m else None


# "the two-line invoice", "die Rechnung mit zwei Positionen", "la facture à deux lignes", "la factura de dos líneas",
# "de factuur met twee regels", "our single-line POs" (numbers already digits: numbers.spelled_out)
_COUNTS = {"single": 1, "one": 1, "einer": 1, "ein": 1, "une": 1, "una": 1, "een": 1, "two": 2, "zwei": 2, "deux": 2,
           "dos": 2, "twee": 2, "three": 3, "drei": 3, "trois": 3, "tres": 3, "drie": 3}
_LINES = re.compile(r"\b(\d|" + "|".join(_COUNTS) + r")[\s-]?(?:line|lines|lined|position|positionen|zeilen?|zeilig\w*"
                    r"|lignes?|lineas?|regels?|regel|posten)\b")
LINES = re.compile(r"lines:(\d)")


def lines_said(folded: str) -> str | None:
    """How many lines the thing is said to have, as a reference token ("lines:2"); None if not said."""
    if not (m := _LINES.search(folded)):
        return None
    count = _COUNTS.get(m.group(1)) or int(m.group(1))
    return f"lines:{count}" if count else None


PAID = ("paid", "paid for", "settled", "bezahlt", "beglichen", "payee", "paye", "reglee", "pagada", "pagado",
        "betaald", "voldaan")
# Where an invoice has got to, said of it ("the two-line invoice that went through", "the rejected one"): a
# tie-breaker among the invoices a description fits, or the group a superlative ranks ("the biggest of the
# blocked invoices")
_STATES = {"posted": ("went through", "gone through", "got through", "posted", "booked", "durchgegangen",
                      "gebucht", "verbucht", "est passee", "qui est passee", "passee", "comptabilisee",
                      "se aprobo", "contabilizada", "contabilizado", "salio adelante", "erdoor", "doorgegaan",
                      "doorheen gekomen", "doorheen is gekomen", "geboekt"),
           "paid": PAID,
           "rejected": ("rejected", "turned down", "declined", "abgelehnt", "zuruckgewiesen", "rejetee", "refusee",
                        "rechazada", "denegada", "afgewezen", "geweigerd"),
           # nothing found on it: "the clean acme one", "die saubere", "sans accroc", "que paso limpia", "de schone"
           "clean": ("clean", "cleanly", "without a hitch", "no issues", "saubere", "sauber", "einwandfreie",
                     "ohne probleme", "sans accroc", "sans probleme", "limpia", "limpio", "sin problemas",
                     "schone", "zonder problemen", "probleemloos")}
STATE = re.compile(r"state:(posted|paid|rejected|blocked|waiting|clean)")


# a state the invoices of a list are already in, said in the plural too ("which invoices were rejected", "quelles
# factures sont comptabilisées", "welke facturen zijn goedgekeurd en geboekt"); an approval done is a post here
# (an approved invoice is posted at once: "welche Rechnungen sind schon freigegeben?")
_DONE_APPROVED = re.compile(r"\b(?:are|were|have been|been|already|sind|wurden|schon|bereits|sont|ont ete|deja|estan|"
                            r"fueron|han sido|ya|zijn|werden|al)\s+(?:(?!not\b|nicht\b|pas\b|no\b|niet\b|nog\b|being\b|"
                            r"noch\b|encore\b|todavia\b|aun\b|still\b|yet\b|to\b)\w+\s+)?(?:approved|signed off|"
                            r"freigegeben|genehmigt|abgezeichnet|approuvees|validees|aprobadas|autorizadas|goedgekeurd|"
                            r"afgetekend)\b(?!\s+(?:werden|worden|te worden|by me|von mir|par moi|por mi|door mij))|"
                            # the participle beside its noun: "invoices approved last week", "the approved invoices",
                            # "les factures validées", "die freigegebenen Rechnungen", "de goedgekeurde facturen"
                            r"\b(?:invoices|bills|factures|facturas)\s+(?:approved|signed off|approuvees|validees|"
                            r"aprobadas|autorizadas)\b|\b(?:approved|signed off|freigegebenen?|genehmigten?|"
                            r"approuvees|validees|aprobadas|autorizadas|goedgekeurde)\s+(?:invoices|bills|rechnungen|"
                            r"factures|facturas|facturen)\b")
_NOT_YET = re.compile(r"\b(?:not|nicht|pas|no|niet|noch|encore|todavia|aun|still|yet|nog|pending|need|needs|must|"
                      r"muss|mussen|doit|doivent|tiene|tienen|moet|moeten)\b")


# what crossed a person's desk, not a ledger: "the invoices that went through my inbox", "les factures qui sont
# passées sur mon radar" (folded) were received, not posted
_CROSSED_DESK = re.compile(r"\b(?:went|gone|got|passees?|passe)\s+(?:through|across|over|sur|par|devant|entre|dans|"
                           r"sous)\s+(?:my|our|your|his|her|mon|ma|mes|notre|nos|ton|ta|tes)\s+(?:\w+\s+)?(?:desk|inbox|"
                           r"radar|hands|table|screen|bureau|mains|ecran|boite)\b")


def done_state(folded: str) -> str | None:
    """The state a list question's invoices are already in ("posted", "rejected"), or None: a wait or a
    negation said with it ("not yet approved", "still to be posted") is no finished state."""
    if _NOT_YET.search(folded):
        return None
    padded = f" {_CROSSED_DESK.sub(' ', folded)} "
    said = [s for s in ("rejected", "posted") if any(
        f" {p} " in padded or f" {p}s " in padded for p in _STATES[s])]
    if not said and _DONE_APPROVED.search(folded):
        said = ["posted"]
    return said[0] if len(said) == 1 else None


def states_said(folded: str, groups: Sequence[str] = ()) -> str | None:
    """The states a folded message speaks of (plus `groups` the lexicon found: "blocked", "waiting"), as
    reference tokens ("state:posted"); None if none. Not "paid", asked far more often than it describes ("is
    it paid?"): the planner says when it describes ("the deal the customer has already paid for")."""
    padded = f" {_CROSSED_DESK.sub(' ', folded)} "
    said = [s for s, phrases in _STATES.items() if s != "paid" and any(f" {p} " in padded for p in phrases)]
    said += list(groups)
    return " ".join(f"state:{s}" for s in dict.fromkeys(said)) or None


# A vendor by how many invoices came from it: "the one vendor we've never had an invoice from", "von dem wir noch
# nie eine Rechnung hatten", "dont on n'a jamais reçu de facture", "del que nunca hemos recibido una factura", "van
# wie we nooit een factuur", "the supplier we've had two invoices uploaded from" (folded)
_NO_INVOICE = re.compile(r"\b(?:never (?:had|received|got|seen) (?:an? |any )?invoices?|no invoices? (?:from|yet)|"
                         r"(?:noch )?(?:nie|keine) (?:eine )?rechnung|jamais (?:recu|eu|vu) (?:de |une |d )?facture|"
                         r"nunca (?:hemos |he )?(?:recibido|tenido|visto) (?:una |ninguna )?factura|"
                         r"nooit (?:een )?factuur|geen factuur)")
_SOME_INVOICES = re.compile(r"\b(\d|" + "|".join(_COUNTS) + r") (?:invoices|rechnungen|factures|facturas|facturen)\b")
INVOICES = re.compile(r"invoices:(\d)")


def invoice_count_said(folded: str) -> str | None:
    """How many invoices a vendor is said to have sent, as a reference token ("invoices:0"); None if not said."""
    if _NO_INVOICE.search(folded):
        return "invoices:0"
    m = _SOME_INVOICES.search(folded)
    return f"invoices:{_COUNTS.get(m.group(1)) or int(m.group(1))}" if m else None


# "the tax-free invoice that isn't the catering one", "die nicht die vom Catering ist", "qui n'est pas celle du
# traiteur", "que no es la del catering", "die niet die van de catering is": all but the one named (folded)
_NOT_THE = re.compile(r"\b(?:(?:isn t|is not|isnt|aren t|not) (?:the|that) (\w+) one|nicht (?:die|der|das) "
                      r"(?:vom|von der|von|des) (\w+)|n est pas (?:celle|celui) (?:du|de la|de l|des|de|d) (\w+)|"
                      r"no es (?:la|el) (?:del|de la|de los|de) (\w+)|niet (?:die|de|het) van (?:de |het )?(\w+))\b")
NOT = re.compile(r"not:(\w+)")


def exclusion_said(folded: str) -> str | None:
    """The one a message excludes by name, vendor or goods, as a reference token ("not:catering")."""
    return _token("not", _NOT_THE, folded)


# A date counted from another's: "the invoice dated the day after Northwind's", "the deal that closed the day
# after the Northshore one", "the PO delivered exactly a week before the Initech one", "einen Tag nach der von
# Northwind", "le lendemain de celle de Northwind", "una semana antes que la de Initech", "een dag na die van
# Northwind" (folded); the anchor is the name after it
_SPAN = (r"(?P<span>the day|the next day|a day|one day|a week|one week|(?P<n>\d+) days|einen tag|eine woche|"
         r"(?P<n2>\d+) tage|(?<=vom |dem )tag|(?<=am )tag|lendemain|veille|une semaine|(?P<n3>\d+) jours|el dia|"
         r"del dia|un dia|una semana|vispera|(?P<n4>\d+) dias|een dag|(?<=de )dag|een week|(?P<n5>\d+) dagen)")
_WAY = (r"(?P<way>after|before|nach|vor|apres|avant|despues|antes|siguiente|anterior|na|voor)")
_RELATION = re.compile(rf"\b{_SPAN}\s+(?:exactly\s+|genau\s+|exactement\s+|justo\s+|precies\s+)?(?:{_WAY}\s+)?"
                       r"(?:que |a |de |of )?(?:the |der |dem |den |die |la |el |le |celle |celui |het |de )?"
                       r"(?:von |de |del |d |du |des |van )?(?:der |dem |la |el |de |het |las |los |les )?"
                       r"(?P<anchor>[a-z][\w-]{2,})\b")
_BACK = ("before", "vor", "avant", "antes", "anterior", "voor")
RELATION = re.compile(r"rel:(-?\d+):(\w[\w-]*)")


def relation_said(folded: str) -> str | None:
    """A date counted from another thing's, as a reference token ("rel:1:northwind", "rel:-7:initech")."""
    for m in _RELATION.finditer(folded):
        span, way = m.group("span"), m.group("way") or ""
        if not way and span not in ("lendemain", "veille", "vispera"):
            continue
        count = next((int(m.group(g)) for g in ("n", "n2", "n3", "n4", "n5") if m.group(g)), None)
        days = count if count is not None else 7 if span.endswith(("week", "woche", "semaine", "semana")) else 1
        back = way in _BACK or span in ("veille", "vispera")
        return f"rel:{-days if back else days}:{m.group('anchor')}"
    return None


# "the invoice bigger than all the others combined", "größer als alle anderen zusammen", "plus grosse que toutes
# les autres réunies", "supera a todas las demás juntas", "groter dan alle andere samen" (folded)
_DOMINANT = re.compile(r"\b(?:(?:bigger|larger|more|greater) than (?:all )?(?:the |of the )?(?:others|other \w+|rest)|"
                       r"(?:grosser|hoher|mehr) (?:ist )?als alle anderen|"
                       r"plus gros(?:se)? que (?:toutes|tous) les autres|"
                       r"(?:supera a|mayor que|mas grande que) (?:todas|todos) (?:las|los) dem[a-z]s|"
                       r"(?:groter|hoger|meer) (?:is )?dan alle (?:andere|anderen|overige))\b")
DOMINANT = re.compile(r"dominant:total")


def dominant_said(folded: str) -> str | None:
    """A thing said to outweigh all the others together, as a reference token ("dominant:total")."""
    return "dominant:total" if _DOMINANT.search(folded) else None


# A part of a month, folded: "the first week of October", "early November", "erste Woche im Oktober", "Mitte
# Oktober", "début octobre", "mi octobre", "a mediados de octubre", "eind oktober": its days, inclusive
_MONTH_PARTS = {
    (1, 7): ("first week", "erste woche", "ersten woche", "premiere semaine", "primera semana", "eerste week"),
    (8, 14): ("second week", "zweite woche", "zweiten woche", "deuxieme semaine", "segunda semana", "tweede week"),
    (15, 21): ("third week", "dritte woche", "dritten woche", "troisieme semaine", "tercera semana", "derde week"),
    (22, 28): ("fourth week", "vierte woche", "vierten woche", "quatrieme semaine", "cuarta semana", "vierde week"),
    (25, 31): ("last week", "letzte woche", "letzten woche", "derniere semaine", "ultima semana", "laatste week"),
    (1, 10): ("early", "beginning of", "start of", "anfang", "debut", "principios", "comienzos", "begin", "begin van"),
    (11, 20): ("mid", "middle of", "mitte", "mi", "milieu", "mediados", "half", "midden"),
    (21, 31): ("late", "end of", "ende", "fin", "finales", "fines", "eind", "einde", "eind van"),
}
_PART_OF = {phrase: days for days, phrases in _MONTH_PARTS.items() for phrase in phrases}
_PART = re.compile(rf"\b({'|'.join(sorted(map(re.escape, _PART_OF), key=len, reverse=True))})"
                   r"((?: (?:of|in|im|des|de|d|del|van|a))*) (\w+)\b")
# their words are words, not typos of others ("first" is no "Frist")
PART_WORDS = frozenset(word for phrases in _MONTH_PARTS.values() for phrase in phrases for word in phrase.split())
PERIOD = re.compile(r"period:(date|due):(?:(\d{1,2}):(\d{1,2}):(\d{1,2})|w(\d{1,2}))")
# a calendar week by its number: "wk 41", "KW 41", "calendar week 41", "semaine 41", "semana 45", "week 46"
_WEEK = re.compile(r"\b(?:calendar week|kalenderwoche|wk|kw|cw|week|semaine|semana|sem)\s?(\d{1,2})\b")


def period_said(folded: str) -> str | None:
    """The part of a month a folded message dates the thing by, as a reference token ("period:date:10:1:7"; "due"
    when it speaks of the due date), or its calendar week ("period:date:w41"); None when it names none. "Last
    week" alone is no part of a month."""
    if (m := _WEEK.search(folded)) and 1 <= int(m.group(1)) <= 53:
        return f"period:{'due' if DUE.search(folded) else 'date'}:w{int(m.group(1))}"
    for m in _PART.finditer(folded):
        if (month := month_numbers().get(m.group(3))) is not None:
            low, high = _PART_OF[m.group(1)]
            return f"period:{'due' if DUE.search(folded) else 'date'}:{month}:{low}:{high}"
    return None


# any of the tokens above: a reference that describes the thing
# A deal by its price against the price book: "the paper deal we sold at full list price", "der Papier-Deal zum vollen
# Listenpreis", "vendue au prix catalogue", "vendida a precio de tarifa", "tegen volle catalogusprijs"; or discounted
# ("the deal we gave a discount on", "mit Rabatt", "avec une remise", "con descuento", "met korting") (folded)
PRICED = re.compile(r"price:(list|discount)")
_LIST_PRICE = re.compile(r"\b(?:list price|listenpreis\w*|prix (?:de )?catalogue|prix public|precio de (?:tarifa|lista|"
                         r"catalogo)|catalogusprijs|lijstprijs)\b")
_DISCOUNT = re.compile(r"\b(?:discount\w*|below list|rabatt\w*|nachlass|remise\w*|rabais|descuento\w*|rebajad\w*|"
                       r"korting|afgeprijsd\w*)\b")
_DEAL_WORD = re.compile(r"(?:deals?|\bopportunit\w*|\baffaires?|\boportunidad\w*|verkaufschancen?|verkoopkans\w*)\b")


def price_said(folded: str) -> str | None:
    """A deal described by its price against the price book, as a token ("price:list", "price:discount")."""
    if not _DEAL_WORD.search(folded):
        return None
    return "price:list" if _LIST_PRICE.search(folded) else "price:discount" if _DISCOUNT.search(folded) else None


# who set a vendor up: "the supplier Dana set up", "a supplier Sam onboarded", "den Dana angelegt hat", "créé par
# Dana", "que dio de alta Dana", "die Dana heeft aangemaakt" (folded); the token tells the tools to look at who did
_SET_UP_VERB = (r"(?:set (?:\w+ )?up|onboard\w*|created|added|angelegt\w*|eingerichtet\w*|cree\w*|referenc\w*|"
                r"dio de alta|dado de alta|creado|aangemaakt|toegevoegd)")
_SET_UP = re.compile(rf"\b{SUPPLIER}s? (?:\w+ ){{0,4}}(?<!not )(?<!isn t )(?<!nicht )(?<!pas )(?<!niet )"
                     rf"{_SET_UP_VERB}\b|\b{_SET_UP_VERB} (?:\w+ ){{0,2}}{SUPPLIER}")  # ("isn't set up yet": no one)
SET_UP = "set_up:by"
# what describes an invoice even beside a vendor word ("the bill from the vendor Dana set up", "the invoice with the
# supplier's dodgy IBAN"): with an invoice said, the invoice is asked about
OF_BILL = re.compile(rf"{FINDING.pattern}|{SET_UP}")


DESCRIBED = re.compile("|".join(p.pattern for p in (LACKS, RANK, WEEKDAY, CENTS, INITIAL, LINES, STATE, NOT,
                                                    RELATION, DOMINANT, PERIOD, FINDING, PRICED)))


def described_by(said: str, typed: str) -> list[str]:
    """Every description a message gives, as reference tokens: `said` folded after typo repair, `typed` folded
    as typed (counts and units: "regel" is no typo of "regle")."""
    return [x for x in (rank_said(said), weekday_said(said), lacks_said(said), cents_said(typed), initial_said(said),
                        lines_said(typed), exclusion_said(said), relation_said(said), dominant_said(said),
                        period_said(said), price_said(said), SET_UP if _SET_UP.search(said) else None) if x]


# "ends in 92 cents" as typed: no amount of 92
CENTS_SAID = re.compile(r"\b\d{1,2}\s*(?:cents?|centimes?|c[eé]ntimos?|centavos?|ct)\b", re.I)
