"""A Slack message's surface, made plain before anything reads it: the quoted mail it replies under,
emoji, dictated punctuation, a mail footer and a deadline's time of day name nothing the question
asks about; an id copied letter-spaced or read out with its dashes said, a flag and a channel's name
name what they stand for; a typo corrected on a line of its own ("*stuck") is applied. Pure text in, text out."""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from countersign.agent.chat.known import fold
from countersign.agent.chat.understand import leftover_words, read

# "> Hi team, we still haven't received payment": the mail someone answers under. Its ids count only
# when the question names none of its own ("> INV-1043 is still unpaid\n\nwhat's going on?").
_QUOTED_LINE = re.compile(r"^\s*>.*$", re.M)
_ID = re.compile(r"\b[A-Z]{1,6}(?:-[A-Z0-9]+)*-\d[\w-]*\b|\b[A-Z]{2,6}\d{3,}\b")
# ":eyes:", ":hourglass_flowing_sand:", ":+1:" and the pictographs themselves
_SHORTCODE = re.compile(r"(?<![\w:]):[a-z0-9_+'-]{2,40}:(?![\w:])")
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]+")
# Punctuation said aloud to a phone's dictation. Unambiguous marks switch the reading on; only then do
# words that are also plain words ("point", "punto", "Punkt", "comma") become marks.
_SPOKEN_MARKS = {
    "?": ("question mark", "fragezeichen", "point d'interrogation", "point d’interrogation",
          "signo de interrogación", "signo de interrogacion", "vraagteken"),
    "!": ("exclamation mark", "exclamation point", "ausrufezeichen", "point d'exclamation", "signo de exclamación",
          "uitroepteken"),
    ",": ("comma", "komma", "virgule", "coma"),
    ".": ("full stop", "period", "punkt", "point", "punto", "punt"),
}
_DICTATION_ON = re.compile(r"\b(?:question mark|fragezeichen|point d['’]interrogation|signo de interrogaci[oó]n|"
                           r"vraagteken|full stop|virgule)\b", re.I)
# A mail or phone footer: "Sent from my iPhone", "Von meinem iPhone gesendet"
_FOOTER = re.compile(r"\b(?:sent from my \w+|von meinem \w+ gesendet|envoy[ée] de mon \w+|enviado desde mi \w+|"
                     r"verzonden (?:vanaf|met) mijn \w+)\b.*$", re.I | re.S)
# A mail's sign-off on its own line, and the name or team under it ("Many thanks,\nAccounts Payable"); a line
# that asks is no sign-off
_SIGN_OFF = re.compile(r"\n\s*(?:many thanks|thanks(?: again| a lot)?|thank you|cheers|best(?: regards)?|kind regards|"
                       r"regards|vielen dank|danke|viele gr[üu](?:ß|ss)e|beste gr[üu](?:ß|ss)e|liebe gr[üu](?:ß|ss)e|"
                       r"merci(?: d['’]avance| beaucoup)?|cordialement|bien [àa] vous|muchas gracias|gracias|un saludo|"
                       r"saludos|bedankt|alvast bedankt|groeten|met vriendelijke groet)\b"
                       r"[^\n?]{0,40}(?:\n[^\n?]{0,60}){0,3}\s*$", re.I)
# "The accrual's fine — what I actually need is ...", "Is the printer fixed? Never mind. More important: ...",
# "Kidding. Serious question: ...", "First: ... Second, and this is the real one: ...": the question is what follows
_FOCUS = re.compile(r"\b(?:what i (?:actually |really )?need(?: to know)? is|the thing i (?:actually )?need is|"
                    r"was ich (?:eigentlich |wirklich )?brauche(?:,? ist|:)|ce (?:qu['’]il me faut|dont j['’]ai besoin)"
                    r"(?: vraiment)?,? c['’]est|lo que (?:de verdad |realmente )?necesito es|"
                    r"wat ik (?:eigenlijk |echt )?(?:wil weten|nodig heb),? is|(?:(?:my|meine|ma|mi|mijn) "
                    r"|(?:the |die |la |de )?(?:real|actual|serious|eigentliche|ernsthafte|vraie|s[ée]rieuse|seria|"
                    r"de verdad|echte|serieuze) )(?:question|frage|pregunta|vraag)(?: (?:is|ist|c['’]est|es))?\s?:|"
                    r"what i (?:actually |really )?(?:need|want) to know\s?:|"
                    r"was ich (?:eigentlich |wirklich )?wissen (?:muss|will|m[öo]chte)\s?:|"
                    r"ce que (?:j['’]ai (?:vraiment )?besoin de|je veux (?:vraiment )?) savoir\s?:|"
                    r"lo que (?:de verdad |realmente )?(?:necesito|quiero) saber\s?:|"
                    r"wat ik (?:eigenlijk |echt )?(?:wil|moet) weten\s?:|"
                    r"(?:more important(?:ly)?|wichtiger|plus important|m[áa]s importante|belangrijker)\s?:|"
                    r"(?:and )?this is the real one\s?:|und darum geht['’]?s eigentlich\s?:|"
                    r"et c['’]est (?:[çc]a )?(?:la vraie|le plus important)\s?:|y esto es lo importante\s?:|"
                    r"en daar gaat het (?:eigenlijk )?om\s?:)\s*", re.I)
# A meeting the asker mentions ("as promised in this morning's stand-up", "wie heute Morgen im Stand-up", "au
# stand-up ce matin", "en el stand-up de esta mañana", "in de stand-up vanochtend"): no "received today"
_MEETING = (r"(?:stand-?ups?|calls?|meetings?|syncs?|huddles?|besprechung|r[ée]unions?|reuni[oó]n|overleg|"
            r"vergadering)")
_WHEN = (r"(?:this morning(?:['’]s)?|today(?:['’]s)?|heute (?:morgen|fr[üu]h)|ce matin|(?:de )?esta ma[ñn]ana|"
         r"vanochtend|vanmorgen)")
_MET = re.compile(rf"\b{_WHEN}\s+(?:\w+\s+){{0,2}}?{_MEETING}\b|\b{_MEETING}\s+(?:\w+\s+){{0,1}}?{_WHEN}", re.I)
# A time of day, a deadline's, not an amount or a number: "by 4", "before the 3pm run", "bis 16 Uhr",
# "d'ici 16 h", "antes de las 11", "vóór 10 uur", "at 10:30"
_CLOCK = re.compile(
    r"\b\d{1,2}(?:[:.h]\d{2})?[\s-]?(?:am|pm|a\.m\.|p\.m\.|uhr|h|uur)\b(?:-\w+)?"
    r"|\b(?:by|before|until|till|at|bis|vor|um|gegen|avant|d['’]ici|vers|à|antes de las|a las|hasta las|para las|"
    r"v[oó][oó]r|om|tegen)\s+\d{1,2}(?:[:.]\d{2})?(?=\s*(?:[.,;!?)](?!\d)|$|\b(?:today|heute|aujourd|hoy|vandaag|"
    r"though|then|dann|alors|entonces|dan|please|bitte|svp|por favor|graag)\b))",
    re.I)

# Whom a message addresses by a typed "@Countersign" at its start (Slack turns real mentions into "<@U…>", taken
# out where the event arrives), or the app by its name anywhere: that names nothing asked about. A person
# "@"-named later keeps the name ("what's waiting on @Priya?"); a mail address keeps its "@".
_ADDRESSED = re.compile(r"^\s*(?:(?:hey|hi|hallo|salut|hola|hoi)\s+)?(?:@[A-Za-z][\w.-]{1,40}\b|<@[UW][A-Z0-9]+"
                        r"(?:\|[^>]*)?>)[,:]?|(?<![\w.])@countersign\b[,:]?|<@[UW][A-Z0-9]+(?:\|[^>]*)?>", re.I)
_AT_NAME = re.compile(r"(?<![\w.])@(?=[^\W\d_])")
# A tag in brackets that opens the message: "[P1]", "[urgent]", "[FYI]" (an id in brackets stays)
_TAG = re.compile(r"^\s*\[(?:p\d|prio(?:rity)? ?\d|[^\]\d\n]{2,12})\]\s*", re.I)
# Numbered steps of an instruction ("Step 1: pull up … Step 2: tell me …", "Schritt eins erledigt"): the
# markers name nothing, so their numbers must not read as references
_STEP = re.compile(r"\b(?:step|schritt|[ée]tape|paso|stap)\s+(?:\d|one|two|three|eins|zwei|drei|une?|deux|trois|"
                   r"uno|dos|tres|een|twee|drie)\b(?:\s+(?:done|erledigt|faite?|hecho|klaar))?\s*[:,.]?", re.I)
# An id typed with the letter O for a zero ("INV-1OO1"), read as the digits it means
_O_FOR_ZERO = re.compile(r"\b([A-Z]{1,6}-)([0-9O]*\d[0-9O]*O[0-9O]*|[0-9O]*O[0-9O]*\d[0-9O]*)\b")
# and the other way round: a zero typed for the O of "PO" ("P0-2004", "p0 2004", "P0#2004")
_ZERO_FOR_O = re.compile(r"\b([Pp])0(?=[-\s#]?\d{3,}\b)")
# An id copied letter-spaced out of a PDF ("I N V - 8 8 1 2 0"), or with its dashes said ("GX dash 2026 dash 118",
# "GX Strich 2026", "GX tiret 2026", "GX guion 2026", "GX streepje 2026"): as typed
_LETTER_SPACED = re.compile(r"(?<!\S)(?:[A-Z0-9] (?:- )?){3,}[A-Z0-9](?!\S)")
_SAID_DASH = re.compile(r"\b([A-Z]{1,6}|\d{1,6})\s+(?i:dash|hyphen|strich|bindestrich|tiret|gui[oó]n|streepje|"
                        r"koppelteken)\s+(?=[A-Z0-9])")
# A country's flag ("our 🇩🇪 supplier"): its two regional-indicator letters, as the country's English name
_FLAG = re.compile("[\U0001f1e6-\U0001f1ff]{2}")
# A Slack channel named for a counterparty ("the invoice from #ext-acme"): its words but the channel's kind
_CHANNEL = re.compile(r"(?<![\w&])#([A-Za-z][\w-]{1,60})")
_CHANNEL_WORDS = frozenset("ext external shared connect slack vendor vendors supplier suppliers partner partners "
                           "customer customers client clients ap ar team finance accounting accounts payable "
                           "receivable general random help ops proj project sales channel intake invoices alerts "
                           "notifications".split())


def _ids_and_names(text: str) -> str:
    """Letter-spaced and dash-said ids as typed, flags as their country's name, a channel as its counterparty's."""
    text = _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), _SAID_DASH.sub(r"\1-", text))
    text = _FLAG.sub(lambda m: f" {_country(m.group(0))} ", text)
    return _CHANNEL.sub(lambda m: " ".join(w.capitalize() for w in re.split(r"[-_]+", m.group(1))
                                           if w.casefold() not in _CHANNEL_WORDS), text)


def _country(flag: str) -> str:
    from babel import Locale  # noqa: PLC0415 - CLDR's tables load on the first flag only

    code = "".join(chr(ord(c) - 0x1F1E6 + ord("A")) for c in flag)
    return Locale("en").territories.get(code, "")


# "what's the deal with X?" asks how X stands, it names no sales deal (a failed invoice lookup still tries the deals)
_WHATS_UP = re.compile(r"\bwhat(?:'s|’s|s| is)\s+the\s+deal\s+with\b", re.I)
# a scandal's nickname names its thing: "the tonergate invoice" is the toner invoice (a vowel before "gate" makes a
# word of its own: "navigate", "delegate")
_GATE = re.compile(r"\b([^\W\d_]{3,}[^\W\d_aeiouy])gate\b", re.I)
# a folder path names the thing by its last folder ("filed under AP › 2026 › 11-Nov › Northwind", "AP/2026/Acme"):
# the years and months before it sort, they name nothing
# (a segment starts at a word's start and runs four words at most: no input makes the search quadratic)
_SEGMENT = r"(?<![\w&.'-])[^\W_][\w&.'-]*(?: [A-Z0-9][\w&.'-]*){0,3}"
_PATH = re.compile(rf"(?:{_SEGMENT}\s*›\s*)+(?P<last>{_SEGMENT})|"
                   rf"\b(?:[^\W_][\w&.-]*/){{2,}}(?P<last2>[^\W\d_][\w&.-]*)")


# reactions people type as shortcodes around a question; any other one-word shortcode may name the thing ("the
# :umbrella: invoice" is Umbrella's), the rest are decoration (":white_check_mark:")
_REACTIONS = frozenset("pray eyes fire tada thumbsup thumbsdown wave clap rocket joy sob smile grin wink heart "
                       "warning hourglass shrug facepalm skull sweat rofl sunglasses thinking cry scream rage muscle "
                       "sparkles star coffee zap boom bulb memo pushpin calendar bell hugs salute melting".split())


def _shortcode(m: re.Match[str]) -> str:
    word = m.group(0).strip(":")
    return f" {word} " if word.isalpha() and len(word) >= 4 and word not in _REACTIONS else " "


# a voice note's marker: "(voice note, auto-transcribed)", "(Sprachnachricht)", "[message vocal]", "(nota de voz)"
_VOICE = re.compile(r"^\s*[(\[][^()\[\]\n]{0,30}?\b(?:voice|transcri\w*|sprachnachricht|sprachmemo|transkrib\w*|vocal|"
                    r"nota de voz|audio|spraakbericht|spraakmemo|uitgeschreven)\b[^()\[\]\n]{0,40}[)\]]\s*", re.I)


# a typo corrected in a line of its own, as in Slack: "is it still stcuk" then "*stuck"
_CORRECTION = re.compile(r"^[ \t]*\*([^\W\d_][\w'’-]{2,40})[ \t]*$", re.M)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _corrected(text: str) -> str:
    """`text` with each correction line applied to the word it corrects: the last one within one edit (two in a word
    of seven letters or more), transpositions counting once; a correction near no word is dropped."""
    fixes = _CORRECTION.findall(text)
    text = _CORRECTION.sub("", text).strip()
    for fix in fixes:
        limit = 2 if len(fix) >= 7 else 1
        near = [m for m in _WORD.finditer(text) if m.group(0).casefold() != fix.casefold()
                and OSA.distance(m.group(0).casefold(), fix.casefold()) <= limit]
        if near:
            text = f"{text[:near[-1].start()]}{fix}{text[near[-1].end():]}"
    return text


_DEAL = re.compile(r"\b(?:deals?|opportunit\w*|affaires?|oportunidad\w*|verkaufschance\w*|verkoopkans\w*|"
                   r"auftr[aä]g\w*)\b", re.I)
# a lead clause about the asking or the answer itself ("Asking here so everyone can see the answer —", "Kurze Antwort
# reicht —", "Je pose la question ici pour que tout le monde voie la réponse —"), before the question's dash
_META = re.compile(r"\b(?:ask\w*|question\w*|answer\w*|frag\w*|antwort\w*|reponse\w*|demande\w*|pregunt\w*|"
                   r"respuesta\w*|vraag\w*|antwoord\w*)\b")
_LEAD = re.compile(r"^([^—–\n:;.?!]{3,160}?)\s[—–]\s+(?=\S)")  # one clause, before the first dash
_THINGS = ("invoice_noun", "invoices", "po", "vendor")  # what a lead naming the thing asked about speaks of


def _without_meta_lead(text: str) -> str:
    """`text` without a lead clause about the asking, when the question after it names something itself: the lead
    names nothing then ("alle" is no "all invoices", "Kanal" no vendor); kept when it holds an id or a figure, or
    when the question leans on it ("Quick question about Globex — is it paid?")."""
    m = _LEAD.match(text)
    if m is None or not _META.search(fold(m.group(1))) or re.search(r"\d", m.group(1)) or any(
            map(read(m.group(1)).has, _THINGS)) or _DEAL.search(m.group(1)):
        return text  # "Pongamos que recepción me pregunta qué hay en la orden de compra X — ¿qué les digo?"
    return text[m.end():] if leftover_words(text[m.end():]).strip() else text


def plain(text: str) -> str:
    """`text` as the question it asks: quoted reply lines, emoji, a footer and deadline times taken out,
    dictated punctuation turned into marks. Ids of a quoted mail stay when the question has none."""
    text = _corrected(text) if "*" in text else text
    own = _QUOTED_LINE.sub(" ", text)
    if not own.strip():
        own = text.replace(">", " ")
    elif not _ID.search(own) and (ids := _ID.findall("\n".join(_QUOTED_LINE.findall(text)))):
        own = f"{own} ({', '.join(dict.fromkeys(ids))})"
    own = _EMOJI.sub(" ", _SHORTCODE.sub(_shortcode, _ids_and_names(own)))
    own = _GATE.sub(r"\1", _WHATS_UP.sub("what's up with", own))
    own = _PATH.sub(lambda m: f" {m.group('last') or m.group('last2')} ", own)
    own = _STEP.sub(" ", _TAG.sub("", _AT_NAME.sub("", _ADDRESSED.sub(" ", _VOICE.sub(" ", own)))))
    own = _ZERO_FOR_O.sub(r"\1O", _O_FOR_ZERO.sub(lambda m: m[1] + m[2].replace("O", "0"), own))
    own = _SIGN_OFF.sub(" ", _FOOTER.sub(" ", own))
    if (m := _FOCUS.search(own)) and len(own[m.end():].split()) >= 3:
        before, own = own[:m.start()], own[m.end():]
        if not _ID.search(own) and (ids := _ID.findall(before)):
            own = f"{own} ({', '.join(dict.fromkeys(ids))})"
    if _DICTATION_ON.search(own):
        for mark, words in _SPOKEN_MARKS.items():
            spoken = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
            own = re.sub(rf"\s*\b(?:{spoken})\b", mark, own, flags=re.I)
    return _without_meta_lead(_CLOCK.sub(" ", _MET.sub(" ", own)).strip())
