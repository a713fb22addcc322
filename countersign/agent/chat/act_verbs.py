"""The act verbs, folded, and whether a token is one: the imperatives and infinitives of lexicon_acts.py with the
particles a command needs, a Spanish pronoun written onto the verb, a letter typed off. Shared by the requests to
act (acts.py) and the commands whose verb no lexicon knows (unknown_commands.py).
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import OSA

from countersign.agent.chat.known import is_word
from countersign.agent.chat.lexicon_acts import CAN_YOU, IMPERATIVES, INFINITIVES, INFO_VERBS, OPENERS, POLITE
from countersign.agent.chat.understand import fold, swapped

QUESTION_WORDS = frozenset(
    "what which who whom why where when how is are do does did has have any anything was welche welcher wer warum "
    "wo wann wie wen wem wessen gibt ist sind hat habe muss liegt wieso weshalb que q qu quoi quel quelle quels "
    "quelles qui pourquoi ou quand comment est y cual cuales quien quienes donde cuando como hay tengo wat welke "
    "wie waarom waar wanneer hoe zijn heb moet ligt kann darf soll sollte kannst darfst kan kun mag zal".split())
# "update on X?" asks, "update X" orders; "confirm whether X was paid", "confirme si": asks to be told
_NOT_AFTER = frozenset(("on", "of", "about", "status", "whether", "if", "ob", "si"))
# German and Dutch also command with the infinitive last ("Zahlung für X freigeben", "X betalen"),
# unless it is "zu"/"te" + infinitive ("was ist noch zu genehmigen").
VERB_LAST = frozenset(fold(v) for lang in ("de", "nl") for v in INFINITIVES[lang])
NOT_BEFORE_LAST = frozenset(("zu", "zum", "zur", "te", "om"))
# a verb and the particle that makes it another verb once folded: "zähl mir die Rechnungen auf" lists them (aufzählen),
# it pays nothing ("zahl")
_OTHER_VERB = frozenset({("zahl", "auf"), ("zahle", "auf")})
# Spanish object pronouns written onto the verb: "apruébame X", "págala", "anularla".
_CLITICS = ("selo", "sela", "melo", "mela", "los", "las", "les", "nos", "me", "te", "lo", "la", "le")


@lru_cache(maxsize=None)
def act_words() -> tuple[dict[str, tuple[str, ...]], frozenset[str], tuple[str, ...], tuple[str, ...], frozenset[str],
                    tuple[str, ...]]:
    """Imperatives (first word -> particles it needs), infinitives, and the can-you, polite and
    info phrases, folded."""
    imperatives: dict[str, tuple[str, ...]] = {}
    for lang, forms in IMPERATIVES.items():
        for form in forms:
            verb, _, particle = form.partition("+")
            verb = fold(verb)  # German drops the imperative's -e: "entsperr(e)", "wink(e) durch"
            for spelt in {verb, verb[:-1]} if lang == "de" and verb.endswith("e") else {verb}:
                imperatives[spelt] = imperatives.get(spelt, ()) + (fold(particle),)
    infinitives = frozenset(fold(v) for vs in INFINITIVES.values() for v in vs)
    return (imperatives, infinitives, tuple(fold(p) for p in CAN_YOU), tuple(fold(p) for p in POLITE),
            frozenset(fold(v) for v in INFO_VERBS), tuple(fold(p) for p in OPENERS))


def strip_openers(tokens: tuple[str, ...], openers: tuple[str, ...]) -> tuple[str, ...]:
    """The tokens after the polite words and openers that begin them."""
    rest = tokens
    while rest:
        hit = next((p for p in openers if rest[:len(p.split())] == tuple(p.split())), None)
        if not hit:
            break
        rest = rest[len(hit.split()):]
    return rest


# A near-word that is a word of its own: "approver" is no "approuver" with a letter dropped ("prueba" is
# no "aprueba" either: the first letter is never the typo, nor the last: "report" is no "reporte")
_NOUNS = frozenset(("approver", "approvers", "releaser", "poster", "signer"))


def verb_of(token: str, verbs) -> str:
    """The verb of `verbs` a token is, with a Spanish pronoun written onto it or not ("apruébame": "aprueba")."""
    if token in verbs:
        return token
    if len(token) >= 5 and token not in _NOUNS and not is_word(token) and (typo := next((v for v in verbs if len(
            v) >= 6 and (
            token[0] == v[0] and (swapped(token, v) or len(token) == len(v) - 1 and OSA.distance(token, v) == 1
                                  and token != v[:-1]))),
            None)):
        return typo  # "aprubeas", "aprvoe": two letters swapped; "aprove", "aprouver": a letter dropped
    return next((token[:-len(c)] for c in _CLITICS if token.endswith(c) and token[:-len(c)] in verbs), token)


def is_command(tokens: tuple[str, ...], imperatives: dict[str, tuple[str, ...]]) -> bool:
    """Tokens that open with an imperative ("gib X frei", "laat X er door": the particles anywhere after it)."""
    verb = verb_of(tokens[0], imperatives) if tokens else ""
    if verb not in imperatives or (len(tokens) > 1 and tokens[1] in _NOT_AFTER) or (verb, tokens[-1]) in _OTHER_VERB:
        return False
    return any(all(p in tokens[1:] for p in particle.split()) for particle in imperatives[verb])
