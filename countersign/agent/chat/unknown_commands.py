"""Commands by a verb no lexicon knows, done to one named thing ("bin NW 5602", "lève le blocage sur X"), and German
and Dutch clauses that end on such a verb ("die Sperre für X aufheben"). The planner refuses these as it refuses
the requests of acts.py.
"""

from __future__ import annotations

import re

from countersign.agent.chat.act_verbs import (
    NOT_BEFORE_LAST,
    QUESTION_WORDS,
    VERB_LAST,
    act_words,
    strip_openers,
    verb_of,
)
from countersign.agent.chat.known import known_in
from countersign.agent.chat.lexicon_acts import BEFORE_NOUN
from countersign.agent.chat.understand import COMPOUNDING, STEMS, Question, fold, read
from countersign.extraction.cldr import month_numbers


def is_unknown_command(q: Question, named: str | None) -> bool:  # noqa: C901 - one guard per line
    """A command by a verb no lexicon knows, done to one named thing: "bin NW 5602", "flag the
    24,000 Initech invoice as paid", "lève le blocage sur X", "quítale el bloqueo a X". The verb
    is unknown, and a determiner or the thing's name (`named`, as found by shape) follows it. Not a
    question, not a request for a list, a log or a reading ("paste the event log of X here")."""
    if "?" in q.text or not q.tokens:
        return False
    imperatives, _, _, polite, info, openers = act_words()
    rest = strip_openers(q.tokens, polite + openers)
    if len(rest) < 2:
        return False
    if any(q.has(group) for group in ("audit", "extraction", "draft", "invoices", "every", "who")):
        return False  # a list asks for invoices in the plural or every one; "send" alone may send it for approval
    if q.lang in (*COMPOUNDING, "en") and named and _ends_on_unknown_verb(q, info):  # "die Sperre für X aufheben"
        return True
    if QUESTION_WORDS & set(rest[1:]):  # "désolé de te déranger, X est à quelle étape": a question unmarked
        return False
    verb, after = rest[0], rest[1]
    if after in ("off", "up", "out", "down", "away", "through") and len(rest) > 2:  # "tick off X", "write up X"
        after = rest[2]
    known = known_in(q.lang) | known_in("en")
    syncs = q.score("sync", (q.lang, "en")) and not q.has("po")  # "sync NW 5602 to QuickBooks": posting it
    if not syncs and (not verb.isalpha() or len(verb) < 2 or verb in known or verb in info
                      or verb in QUESTION_WORDS or verb_of(verb, info) in info or verb in month_numbers()
                      or verb.startswith(STEMS) or _GERUND.search(verb)):
        return False  # "ordenando la caja ...", "sorting the box ...": what the asker is doing, no command
    if after in BEFORE_NOUN:  # what the verb is done to ("the difference", "de leverancierskaart"): not a reading
        at = rest.index(after)
        thing = read(" ".join(rest[at:at + 4]))
        return not any(thing.has(group) for group in ("variance", "vendor", "po", "extraction", "draft", "list"))
    return bool(named) and fold(named).split()[0] == after and not q.has("po")


# a gerund or present participle ("sorting", "ordenando", "triant", "sortierend"): no command ("bring", "ring" are)
_GERUND = re.compile(r"^(?:\w{3,}ing|\w{2,}(?:ando|iendo|yendo)|\w{3,}ant|\w{4,}end)$")


# German and Dutch put the verb of a command last, its particle glued on ("aufheben", "rausnehmen",
# "doorzetten"); a verb of asking under the particle ("anzeigen", "nachsehen") still only asks.
_PARTICLES = ("zuruck", "heraus", "raus", "auf", "ab", "an", "aus", "ein", "frei", "weg", "durch", "um", "hoch",
              "runter", "nach", "vor", "af", "aan", "op", "uit", "in", "door", "terug", "vrij", "goed", "over")
_CLAUSE_END = frozenset(("und", "oder", "en", "of", "bitte", "mal", "graag", "even", "jetzt", "nu", "sofort",
                         "direct", "meteen", "schnell", "snel"))


def _ends_on_unknown_verb(q: Question, info: frozenset[str]) -> bool:
    """A German or Dutch clause that ends on an infinitive no lexicon knows as a verb of asking."""
    tokens = q.tokens
    if QUESTION_WORDS & set(tokens):
        return False
    for i, token in enumerate(tokens):
        if not (i == len(tokens) - 1 or tokens[i + 1] in _CLAUSE_END) or len(token) < 6:
            continue
        if not token.endswith(("en", "ern", "eln")):
            continue
        if i and tokens[i - 1] in NOT_BEFORE_LAST:
            continue
        stem = next((token[len(p):] for p in _PARTICLES if token.startswith(p) and len(token) - len(p) >= 4), token)
        if stem in info or token in info or token in known_in(q.lang) or token.startswith(STEMS):
            continue
        if token.endswith("ungen"):  # "Abweichungen", "Anmerkungen": nouns
            continue
        if token in VERB_LAST or stem != token or token.endswith(("ern", "eln", "eren")):
            return True
    return False
