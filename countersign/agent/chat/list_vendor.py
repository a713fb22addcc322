"""The vendor a list question names: after "from", with its legal form, as the one who sent the invoices or whose name
they bear, typed in lower case where the words around it say it is a name, by its town or by what it sells; and, where
the list model reads a question about a vendor that no rule's words catch, the words no lexicon knows in its ask. The
planner's; pure text functions (the list tool matches the words to the store's vendors).
"""

from __future__ import annotations

import re

from countersign.agent.chat.clauses import spoken_of
from countersign.agent.chat.goods import BILLING_UNITS, SUPPLIER_KINDS, concepts
from countersign.agent.chat.known import is_word, swap_typo
from countersign.agent.chat.lexicon import DEPARTMENT_NAMES
from countersign.agent.chat.places import STREET_KIND, is_place_code, mentioned, says_abroad
from countersign.agent.chat.shapes import ASIDE_BEFORE, ASIDE_DASH
from countersign.agent.chat.understand import fold, read
from countersign.extraction.cldr import month_numbers, weekday_numbers

# A name as typed: capitalized words ("Acme Tools", "Northwind Office Supplies")
_NAME = r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)"


# "from Acme", "d'Acme", and with an article or the word for vendor between: "von der Firma Acme",
# "del proveedor Acme", "van leverancier Acme"
_FROM_NAME = re.compile(r"(?i:\b(?:from|by|von|vom|de|du|chez|van|del|par|por|door)\s+"
                        r"(?:(?:the|der|dem|den|la|le|les|el|los|het|de|our|unserem|unserer|unseren|notre|nos|nuestro|"
                        r"nuestros|onze)\s+)?"
                        # "from the folks at Acme", "von den Leuten bei Acme", "de los chicos de Acme": its people
                        r"(?:(?:folks|people|guys|team|crew|leuten?|jungs|gens|gars|gente|chicos|chavales|equipo|mensen|"
                        r"jongens|lui)\s+(?:at|over\s+at|from|bei|von|de\s+chez|chez|de|del|bij|van|op)\s+)?"
                        r"(?:(?:vendor|supplier|company|firma|lieferant(?:en)?|kreditor|fournisseur|soci[ée]t[ée]|"
                        r"proveedor|acreedor|empresa|leverancier|crediteur|bedrijf)\s+"
                        # "von unserem Lieferanten in Springfield", "du fournisseur à Lyon": where it is
                        r"(?:(?:in|aus|à|a|en|de|uit|te)\s+)?)?|\bd['’]|"
                        # "where the vendor is Acme", "dont le fournisseur est Acme", "cuyo proveedor es Acme"
                        r"\b(?:vendor|supplier|lieferant|kreditor|fournisseur|proveedor|leverancier|crediteur)\s+"
                        rf"(?:is|ist|est|es)\s+){_NAME}")


# what our own people do to invoices: "that Sam has approved for us" names no sender
_NOT_OURS = r"(?!(?:approved|signed|rejected|checked|reviewed|paid|posted|booked|flagged|held|blocked|cleared)\b)"


# A vendor as the one who sent them: "(that) Acme sent us", "die Acme uns geschickt hat", "qu'Acme nous a
# envoyées", "que nos ha mandado Acme", "die Acme ons heeft gestuurd"
_SENT_BY = re.compile(rf"{_NAME}(?:['’]s(?:\s+[a-z]+){{1,2}})?\s+(?:has\s+|have\s+)?(?:sent|billed|invoiced|mailed)"
                      r"\s+(?:us|over)\b|"  # "Acme sent us", "Acme's accounts people sent us": its people's
                      rf"{_NAME}['’]s?\s+(?:letterhead|logo)\b|"  # "with Acme's letterhead on them": the sender's
                      rf"(?:\b(?:die|welche|que|qui)\s+|\bqu['’]){_NAME}\s+(?:uns|nous|ons|nos)\b|"
                      # "die uns Acme verrechnet hat", "die ons Acme heeft gestuurd": the name after "us"
                      rf"\b(?:die|welche)\s+(?:uns|ons)\s+(?:(?:die|der|de|het)\s+)?{_NAME}\s+"
                      rf"(?:(?:heeft|hebben)\s+\w+|\w+\s+(?:hat|haben|heeft|hebben))\b|"
                      rf"\b(?:mandado|enviado|facturado|cobrado|emitido|mandó|envió|facturó|cobró|emitió)\s+{_NAME}|"
                      # "que nos ha hecho llegar Acme", "que Northwind ha extendido a nuestro nombre", "that Acme has
                      # put in front of us": the one who did it to us
                      rf"\bque\s+nos\s+(?:ha|han)\s+\w+(?:\s+llegar)?\s+{_NAME}|\bque\s+{_NAME}\s+(?:nos\s+)?(?:ha|han)\s+"
                      rf"\w+\s+a\s+nuestro\s+nombre|\b(?:that|which)\s+{_NAME}\s+(?:has|have)\s+{_NOT_OURS}"
                      r"[a-z]+(?:\s+[a-z]+){0,4}?\s+us\b|"
                      # in whose name they are: "in Acme's name", "auf den Namen Acme", "au nom d'Acme", "a nombre
                      # de Acme", "op naam van Acme"
                      rf"\bin\s+{_NAME}['’]s?\s+name\b|{_NAME}['’]s?\s+name\s+(?:at|on)\s+(?:the\s+)?top\b|"
                      rf"(?i:\b(?:auf\s+|oben\s+)?den\s+namen\s+(?:von\s+)?|\bau\s+nom\s+"
                      rf"(?:de\s+|d['’])|\ba\s+nombre\s+de\s+|\bop\s+(?:de\s+)?naam\s+van\s+){_NAME}")


# A vendor by its role on them: "with acme as the sender", "mit Acme als Absender", "avec Acme comme émetteur", "con
# Acme como emisor", "met Acme als afzender": the role says it is a name, whatever its case
_AS_SENDER = re.compile(r"(?i:\b(?:with|mit|avec|con|met)\s+)([\w&.-]+(?:\s+[\w&.-]+)?)(?i:\s+(?:as|als|comme|como)\s+"
                        r"(?:the\s+|de\s+|el\s+|l['’])?(?:sender|issuer|vendor|supplier|biller|absender|aussteller|"
                        r"lieferant|rechnungssteller|[ée]metteur|fournisseur|exp[ée]diteur|emisor|remitente|proveedor|"
                        r"afzender|leverancier|verzender|uitgever))\b")


# A vendor by where its name stands on them, whatever its case: "with acme in the supplier field", "die Acme im
# Lieferantenfeld haben", "avec Acme dans le champ fournisseur", "con Acme en el campo de proveedor", "met Acme in het
# leveranciersveld"; "that bear northwind's name", "qui portent le nom de Northwind", "die de naam van Northwind dragen"
_NAME_BORNE = re.compile(r"(?i:\b(?:with|mit|avec|con|met|die|que|qui)\s+)([\w&.-]+)(?i:\s+(?:in\s+the\s+(?:supplier|"
                         r"vendor|sender|from)\s+field|im\s+(?:lieferanten|absender|kreditoren)feld|dans\s+le\s+champ"
                         r"\s+(?:du\s+)?(?:fournisseur|[ée]metteur)|en\s+el\s+campo\s+(?:del?\s+)?(?:proveedor|emisor)|"
                         r"in\s+het\s+(?:leveranciers|afzender)veld))\b|(?i:\bbear(?:s|ing)?\s+)([\w&.-]+)['’]s\s+name\b|"
                         r"(?i:\b(?:bear(?:s|ing)?|tragen|portent|llevan|dragen)\s+(?:the\s+name\s+(?:of\s+)?|den\s+namen\s+"
                         r"(?:von\s+)?|le\s+nom\s+(?:de\s+|d['’])|el\s+nombre\s+de\s+|de\s+naam\s+van\s+))([\w&.-]+)|"
                         r"(?i:\bde\s+naam\s+van\s+)([\w&.-]+)(?i:\s+dragen)\b")


# A vendor's name typed in lower case after "from" ("the invoices from northwnd"): a word no language has
# or as the one who sent them: "the invoices that northwind in seattle sent us"
_FROM_LOWER = re.compile(r"\b(?:from|von|vom|chez)\s+([a-z][a-z&.-]{2,}[a-z])\b(?!\s+(?:suppliers?|vendors?|companies"
                         r"|lieferant\w*|firmen|fournisseurs?))|"  # "from german suppliers"; (Dutch "van vanavond")
                         r"\b(?:that|which)\s+(?!(?:they|them|this|these|those|what)\b)([a-z][a-z&.-]{2,}[a-z])"
                         r"(?:\s+(?:in|from)\s+[a-z]+)?\s+(?:has\s+|have\s+)?"
                         r"(?:sent|billed|invoiced|mailed)\s+(?:us|over)\b|"
                         r"\b([a-z][a-z&.-]{2,}[a-z])['’]s\s+(?:name\s+(?:at|on)\s+(?:the\s+)?top|letterhead|logo)\b|"
                         # "quelque chose de nouveau de globex", "algo nuevo de globex", "iets nieuws van globex"
                         r"\b(?:quelque\s+chose|rien|algo|nada|iets|niets)(?:\s+(?:de\s+)?(?:nouveau|neuf|nuevo|nieuws))?"
                         r"\s+(?:de|d['’]|del|van)\s*([a-z][a-z&.-]{2,}[a-z])\b|"
                         # "that acme has put in front of us", "that northwind has drawn up for us": a name if no word
                         r"\b(?:that|which)\s+(?!(?:they|them|this|these|those|what|we|you|i|he|she|it)\b)"
                         rf"([a-z][a-z&.-]{{2,}}[a-z])\s+(?:has|have|had)\s+{_NOT_OURS}[a-z]+(?:\s+[a-z]+){{0,4}}?\s+us\b|"
                         # "from our friends at acme", "from the folks over at northwind": the company they work at
                         r"\bfrom\s+(?:our|the|my)\s+[a-z]+\s+(?:over\s+)?at\s+([a-z][a-z&.-]{2,}[a-z])\b")


# the vendor as the one who waits for our payment: "the invoices that northwind is waiting for us to pay", "bei denen
# Northwind darauf wartet, dass wir zahlen", "pour lesquelles Northwind attend notre paiement", "por las que Northwind
# espera nuestro pago", "waarvoor Northwind op onze betaling wacht": its unpaid invoices, no approver's queue
AWAITS_PAYMENT = re.compile(r"\b([\w&.-]{3,})\s+(?:(?:is|are)\s+(?:still\s+)?(?:waiting|holding\s+out)\s+(?:for|on)\s+"
                            r"(?:us\s+to\s+pay|(?:our\s+)?payment|(?:our\s+)?money)|"
                            r"(?:noch\s+)?(?:darauf\s+wartet,?\s+dass\s+wir\s+(?:zahlen|bezahlen|uberweisen)|"
                            r"auf\s+(?:unsere\s+)?(?:zahlung|(?:unser\s+)?geld)\s+wartet)|"
                            r"attend\s+(?:toujours\s+|encore\s+)?(?:notre\s+|son\s+)?(?:paiement|reglement|argent)|"
                            r"espera\s+(?:todavia\s+|aun\s+)?(?:nuestro\s+|su\s+)?(?:pago|dinero)|"
                            r"(?:nog\s+)?op\s+(?:onze\s+|zijn\s+|haar\s+)?(?:betaling|geld)\s+wacht)\b", re.I)


# the vendor named by its role: the one who bills us, in a cleft sentence ("where northwind is the one sending the
# bill", "en las que es Northwind quien nos cobra", "waarbij Northwind degene is die ons factureert", "où c'est
# Northwind qui nous facture", "bei denen Northwind diejenige ist, die uns die Rechnung stellt"; folded)
_BY_ROLE = re.compile(r"\b([\w&.-]{3,}) (?:is|are) the (?:one|ones|company|supplier|vendor) (?:sending|that sends|"
                      r"who sends|billing|that bills|who bills|invoicing|who invoices)\b|"
                      r"\bes ([\w&.-]{3,}) (?:quien|el que|la que) nos (?:cobra|factura|manda|envia)\b|"
                      r"\b([\w&.-]{3,}) (?:degene|diegene|de partij) is die ons (?:factureert|de rekening stuurt|"
                      r"rekent)\b|\bc est ([\w&.-]{3,}) qui nous (?:facture|envoie|adresse)\b|"
                      r"\b([\w&.-]{3,}) (?:derjenige|diejenige) ist,? (?:der|die) uns (?:die rechnung stellt|"
                      r"berechnet|abrechnet)\b|"
                      # or as the one our money goes to: "where the money goes to northwind", "bei denen das
                      # Geld an Northwind geht", "où l'argent va à Northwind", "en las que el dinero va a
                      # Northwind", "waarbij het geld naar Northwind gaat"
                      r"\bthe (?:money|payment) goes to ([\w&.-]{3,})\b|"
                      r"\b(?:das geld|die zahlung) (?:geht |fliesst )?an ([\w&.-]{3,})\b|"
                      r"\b(?:l argent|le paiement) va a ([\w&.-]{3,})\b|"
                      r"\b(?:el dinero|el pago) (?:se )?va (?:a|para) ([\w&.-]{3,})\b|"
                      r"\b(?:het geld|de betaling) (?:gaat )?naar ([\w&.-]{3,})\b")


# a supplier by its town, typed in lower case: "from our supplier in raccoon city", "vom Lieferanten in seattle"
_SUPPLIER_IN = re.compile(r"\b(?i:supplier|vendor|lieferant\w*|fournisseur|proveedor|leverancier)\s+"
                          r"(?:in|aus|à|a|de|en|uit|te|from)\s+([a-z][\w'-]+(?:\s+[a-z][\w'-]+)?)")


# A vendor as the folder its invoices are filed in: "filed under Acme", "im Acme-Ordner", "classées sous Acme",
# "archivadas bajo Acme", "die onder Acme staan"
_FILED = re.compile(r"\b(?:filed|kept|sorted|classed|saved)\s+under\s+([^\W\d_][\w&.-]*)|"
                    r"\bim\s+([^\W\d_][\w&.]*)-(?:ordner|order)\b|\bclass[ée]e?s?\s+sous\s+([^\W\d_][\w&.-]*)|"
                    r"\b(?:archivad|guardad|clasificad)[ao]s?\s+bajo\s+([^\W\d_][\w&.-]*)|"
                    r"\bonder\s+([^\W\d_][\w&.-]*)\s+(?:staan|staat|zitten|gearchiveerd)\b", re.I)


# A vendor named with its legal form is a vendor wherever it stands ("die Acme Tools Ltd stuurde")
_LEGAL_NAME = re.compile(r"\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*\s+(?:Ltd|Limited|GmbH|Inc|LLC|BV|B\.V\.|NV|SA|SAS|"
                         r"SARL|SL|SRL|AG|KG|Corp|Co|plc|Oy|AB)\.?)(?!\w)")


# a compound's supplier word ("unserem IL-Lieferanten", "onze IL-leverancier") or its people ("den Northwind-Leuten"),
# an elided article ("de l'IL")
_SUPPLIER_WORD = re.compile(r"-(?:lieferant\w*|leverancier\w*|supplier\w*|vendor\w*|leute\w*|team|people|folks|mensen|"
                            r"jongens)$|^l['’]", re.I)


_DEPARTMENTS = frozenset(name for names in DEPARTMENT_NAMES.values() for name in names)  # "vom Einkauf": no vendor


# "anything (new) from globex (come in)?": a vendor's invoices, when the words around its name say nothing else
_ANYTHING = frozenset(("anything", "something", "etwas", "was", "quelque", "chose", "algo", "iets", "new", "neu",
                       "neues", "nouveau", "nouvelle", "nuevo", "nueva", "nieuw", "nieuws"))


_ARRIVED = frozenset(("arrived", "landed", "received", "gotten", "binnengekomen", "binnengekregen", "ingekomen",
                      "gekomen", "aangekomen", "reingekommen", "eingegangen", "eingetroffen", "gekommen", "angekommen",
                      "arrivees", "arrives", "recu", "recues", "llegado", "llegaron", "entrado", "recibido"))


def asks_anything(folded: str) -> bool:
    """Whether a (folded) question asks for anything or something new ("was" alone is German "what")."""
    return bool((_ANYTHING - {"was"}) & set(folded.split()))


def only_the_vendor(words: str, vendor: str) -> bool:
    """Whether the words no lexicon knows are the vendor's name, "anything new" and having arrived, and nothing
    else ("anything from globex arrived?"; not "anything from globex about the brackets?")."""
    return set(fold(words).split()) <= set(fold(vendor).split()) | _ANYTHING | _ARRIVED


def vendor_filter(t: str, q, r) -> str | None:
    """The vendor a list question filters on: a name after "from", a legal name, "Acme sent us", "Acme's letterhead",
    "with Acme as the sender";
    abroad ("from our foreign suppliers"); by what it sells ("from the supplier of our power tools")."""
    if m := _AS_SENDER.search(t):
        return m.group(1)
    folded = fold(t)
    for m in (AWAITS_PAYMENT.search(folded), _BY_ROLE.search(folded)):
        if m and not is_word(name := next(g for g in m.groups() if g)) and not a_day(name):
            return name  # the one waiting for our payment, the one who bills us
    if (m := _NAME_BORNE.search(t)) and not is_word(name := next(g for g in m.groups() if g)):
        return name
    parts = ASIDE_DASH.split(t)  # the question's own sender first: not the situation's "vom Monatsupdate"
    for scope in ((parts[-1], t) if len(parts) > 1 else (t,)):
        if name := _sender_named(scope, q):
            return name
    if says_abroad(r.words):  # "the invoices from our foreign suppliers": in another country than most
        return "abroad"
    m = _FROM_LOWER.search(parts[-1])
    loose = m and (m.group(1) or m.group(4) or m.group(5) or m.group(6))  # "from", "quelque chose de", "friends at":
    if m and (name := m.group(2) or m.group(3) or (loose if not is_word(loose) and loose not in _DEPARTMENTS and (
            loose in r.words.split() or swap_typo(loose)) else None)) and not a_day(name):
        return name  # "from northwnd", "that acme has put in front of us": a name if no word, department or day ("from
        # paper", "from june", "that finance has approved"; "acme" reads as "came" typed wrong, yet is a name); "that
        # acme has billed us", "northwind's name at the top": a sender by its role, whatever the word
    if (m := _SUPPLIER_IN.search(parts[-1])) and not any(concepts(w) for w in m.group(1).split()) and (
            place := " ".join(w for w in m.group(1).split() if w in r.words.split())):
        return place  # (not "the supplier in question": a word; nor "el proveedor de material de oficina": goods)
    if not q.has("vendor"):
        return None
    asked_of = t[:t.rindex("?")] if "?" in t else t  # not a remark after the question ("I want a folder for each")
    asked = set(fold(spoken_of(asked_of, ASIDE_BEFORE)).split())  # not an aside's "weekly call", "pot of tea",
    if len(parts := ASIDE_DASH.split(asked_of)) > 1:  # nor a situation's before the dash that says "invoices" but
        # no supplier ("Ich bau den Beamer auf und will echte Rechnungen zeigen — ..."; "the invoices from our
        # office-supplies vendor on her desk by 10 — ..." says one)
        asked &= {w for part in parts[:-1] if read(part).has("vendor") for w in fold(part).split()} | set(
            fold(parts[-1]).split())
    goods = [w for w in r.words.split() if concepts(re.split(r"['’]", w)[-1]) - SUPPLIER_KINDS - BILLING_UNITS
             and set(fold(w).split()) <= asked]
    return " ".join(goods) or None  # "l'outillage"; "from the supplier we buy our power tools from": by what it sells


def a_day(name: str) -> bool:
    """A weekday's or a month's name ("Konfetti vom Freitag", "from june"): a day, no vendor."""
    return fold(name) in weekday_numbers() or fold(name) in month_numbers()


def _sender_named(t: str, q) -> str | None:
    """A name typed as the sender ("from Acme", "Acme sent us", a legal name): not a noun after "vom" ("vom System
    gesperrt", "vom Lieferanten, bei dem ..."), a department, a kind of supplier or Dutch "de" ("the")."""
    m = _FROM_NAME.search(t) or _LEGAL_NAME.search(t) or _SENT_BY.search(t) or _FILED.search(t)
    if m and not (is_word(name := _SUPPLIER_WORD.sub("", re.split(r"[.!?]\s", next(
            g for g in m.groups() if g))[0].rstrip("."))) and not (
            is_place_code(name)) or fold(name) in _DEPARTMENTS or a_day(name)) and not all(
            concepts(w) and concepts(w) <= SUPPLIER_KINDS for w in name.split()) and not (
            q.lang == "nl" and m.group(0).lower().startswith("de ")):  # not past its sentence
        return name
    return None


_CAPITALIZED = re.compile(r"(?<=\s)[A-Z][\w&.-]*[a-z][\w&.-]*")  # "Acme", "Northwind": not a sentence's first word
# a German noun after them: articles and possessives ("der Schriftzug", "meine Chefin")
_ARTICLES = frozenset("der die das den dem des ein eine einen einem einer eines mein meine meinen meinem meiner unser "
                      "unsere unseren unserem unserer ihr ihre ihren ihrem sein seine seinen seinem".split())
# a lower-case name where a vendor's stands: after "with", "that", "from (the)", "on", "von", "de", "van", ... or with
# its "'s" ("with acme written at the top", "that northwind is behind", "on acme's account", "from the acme crowd")
_LOWER = re.compile(r"\b(?:(?:with|that|from|by|of|on|mit|von|vom|de|d|du|del|van|con|avec|met|chez|par|por|door)"
                    r"\s+(?:the\s+)?([a-z][a-z&-]{2,})(?![\w-])|([a-z][a-z&-]{2,})['’]s)\b")


def learned_vendor(ask: str, *, loose: bool) -> str | None:
    """The vendor a question names in its ask, when no rule's words said which: a capitalized word no lexicon knows,
    before a place's name, and not a German noun after its article ("auf denen ganz oben der Schriftzug Acme steht";
    but ", die Northwind aus Seattle uns geschickt hat" relates); else, when the list model reads one vendor's invoices
    (`loose`), a lower-case word no lexicon knows where a vendor's name stands ("with acme written at the top"), for
    the list tool to match against the vendors."""
    german = read(ask).lang == "de"
    names = sorted((bool(mentioned(m.group(0))), m.start(), m.group(0).rstrip(".")) for m in _CAPITALIZED.finditer(ask)
                   if not (is_word(m.group(0).rstrip(".")) or a_day(m.group(0)) or read(m.group(0)).has("vendor")
                           or german and "-" not in m.group(0) and _after_article(ask[:m.start()])))  # ("dem
    # Acme-Konto" is Acme's; "Lieferanten" is the word for one)
    if names:
        _, at, name = names[0]
        end = at + len(name)  # "am Industrial Way": the street, not Globex
        street = STREET_KIND.match(ask, end + 1) if ask[end:end + 1] == " " else None
        return f"{name} {street.group(0)}" if street else name
    words = [w for m in _LOWER.finditer(ask) if not (is_word(w := m.group(1) or m.group(2)) or a_day(w)
                                                     or w in _DEPARTMENTS or concepts(w))] if loose else []
    return " ".join(dict.fromkeys(words)) or None


def _after_article(before: str) -> bool:
    """Whether a word follows a German article ("der Schriftzug"), not a relative pronoun after a comma or the
    invoices ("Rechnungen, die Northwind ...", "facturen die Acme ...")."""
    words = before.split()
    return bool(words) and words[-1].lower() in _ARTICLES and not (
        len(words) > 1 and _opens_relative(words[-2])
        or len(words) > 2 and fold(words[-2]) in _RELATIVE_PREPOSITIONS and _opens_relative(words[-3]))


def _opens_relative(word: str) -> bool:
    """Whether a relative clause may follow a word: a comma's, or the invoices' ("Rechnungen, die ...")."""
    return word.endswith(",") or fold(word) in _INVOICES


# a relative clause's preposition before its pronoun: "Rechnungen, für die Northwind bei uns kassieren will"
_RELATIVE_PREPOSITIONS = frozenset(("fur", "von", "bei", "mit", "uber", "auf", "an", "aus", "nach", "zu"))


_INVOICES = frozenset(("rechnungen", "facturen", "invoices", "bills"))
