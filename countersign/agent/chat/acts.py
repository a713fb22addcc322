"""Whether a message asks the chat to act (approve, pay, post, delete ...) rather than to tell:
imperatives and infinitives from the lexicon (lexicon_acts.py), commands whose verb no lexicon
knows done to a named thing, and German and Dutch commands with the verb last. The planner refuses
these; a person decides in the approval card.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz.distance import OSA

from countersign.agent.chat.act_verbs import (
    NOT_BEFORE_LAST,
    QUESTION_WORDS,
    VERB_LAST,
    act_words,
    is_command,
    strip_openers,
    verb_of,
)
from countersign.agent.chat.delegation import claims_delegated_decision, own_doing
from countersign.agent.chat.lexicon_acts import (
    ALREADY,
    ANYONE,
    ARTICLES,
    ASKS,
    BEFORE_NOUN,
    DO_IT,
    DONE,
    DUTIES,
    EACH,
    GIVE,
    LIST_IDIOMS,
    LIST_MADE,
    MAKE_VERBS,
    MAY,
    ME_NEXT,
    MODALS,
    NOUN_TOO,
    OWNERS,
    PAY_RUNS,
    PUT_LAST,
    PUT_VERBS,
    RAISE_VERBS,
    SETTLED,
    STAND_INS,
    STILL,
    SUBJECTS,
    THANKS,
    THEREFORE,
    TO_MARKERS,
    WH,
    WHETHER,
    WHETHER_NEXT,
    WHICH,
    WHO,
    WRITERS,
    YOU_NEXT,
)
from countersign.agent.chat.request_shapes import shaped_request
from countersign.agent.chat.shapes import ASIDE, ASIDE_DASH
from countersign.agent.chat.understand import Question, fold, read

# a subject before a last verb makes it a statement or a relative clause ("der Lieferant, an den wir ... zahlen",
# "de leverancier die we ... betalen"), no infinitive's command
_WE_I = frozenset(("wir", "ich", "we", "wij", "ik"))

def _second_command(q: Question, rest: tuple[str, ...], imperatives: dict[str, tuple[str, ...]],
                    skipped: tuple[str, ...]) -> bool:
    """A command joined to another by "and" ("Select everything in my queue and bulk-approve it", "Selecteer
    alles en keur het goed"), in a message that asks nothing and does not tell what its writer does ("I'll
    check it and approve it tomorrow") unless it then draws a consequence ("I checked them, so approve it")."""
    if "?" in q.text or not rest or rest[0] in QUESTION_WORDS:
        return False
    clauses = [_consequence(part.split()) for part in _clauses(_PARTICIPLE.sub(" ", q.text))[1:]]  # "qui, passé
    # 10 000, attendent": a participle, no "passe" (an accent folded away)
    if rest[0] in WRITERS:  # "I googled them and they look legit, so unblock X": told what to do about it
        return any(drawn and is_command(strip_openers(tuple(words), skipped), imperatives)
                   for drawn, words in clauses)
    parts = [part.split() for part in re.split(r"\b(?:and|und|et|y|en)\b", _BULK.sub(" ", q.folded))[1:]]
    if not WH & set(q.tokens):  # "Just this once, unblock X": a command after an opening clause
        parts += [words for _, words in clauses if not WRITERS & set(words[1:2])]  # "buche ich?" asks
    return any(is_command(strip_openers(tuple(words), skipped), imperatives) for words in parts)


def _consequence(words: list[str]) -> tuple[bool, list[str]]:
    """Whether a clause's words begin by drawing a consequence ("so", "donc", "así que"), and its words after that."""
    if words[:2] in (["asi", "que"], ["du", "coup"], ["por", "eso"]):
        return True, words[2:]
    return (True, words[1:]) if words[:1] and words[0] in THEREFORE else (False, words)


def _clauses(text: str) -> list[str]:
    """`text`'s clauses, folded, split at commas and dashes: "Just this once, unblock X" is two."""
    return [fold(part) for part in re.split(r"(?<!\d),|,(?!\d)|\s[—–-]\s", text)]  # "1.296,00" is one amount


def as_shown(text: str) -> str:
    """`text` with a list asked to be made ("set up a list", "create a report") asked to be shown."""
    return LIST_MADE.sub("show me a list", text)


def is_action_request(q: Question) -> bool:
    """A request to approve, reject, post, pay or change something, in any of the five languages:
    an imperative ("Buche X", "approuve X", "keur X goed"), "can you" with an act verb ("kannst du
    X freigeben?", "¿puedes aprobar X?"), or an act verb after "please" outside a question. Not a
    question that mentions approving ("wer darf diese freigeben?", "what is waiting for me to approve?")."""
    imperatives, infinitives, can_you, polite, info, openers = act_words()
    if SETTLED.search(q.text):  # "Settle a debate: is X approved?" asks
        q = read(SETTLED.sub(" ", q.text))
    if LIST_MADE.search(q.text):  # "can you set up a list of ...": shown, not set
        q = read(as_shown(q.text))
    tokens = q.tokens
    if not tokens:
        return False
    rest = strip_openers(tokens, polite + openers)
    padded = f" {q.folded} "
    if any(f" {idiom} " in padded for idiom in LIST_IDIOMS) or asks_who_may(q):
        return False
    if _granted(rest) or claims_delegated_decision(q.folded):  # "Priya handed me her approvals, so it's approved"
        return True
    if is_command(_first_clause(q, rest, polite + openers), imperatives) or _second_command(
            q, rest, imperatives, polite + openers) or shaped_request(q.folded):
        return True
    asks = rest and rest[0] in QUESTION_WORDS or "?" in q.text and WH & set(tokens)  # "..., of is hij al geboekt?"
    if not asks and (_duty_done(q, padded) or _put_in_run(q, padded, can_you) or _delegated(q, padded)):
        return True
    if (tokens[-1] in VERB_LAST and len(tokens) > 1 and tokens[-2] not in NOT_BEFORE_LAST and "?" not in q.text
            and not (QUESTION_WORDS | _WE_I) & set(tokens)):  # "ik wil weten wie X moet goedkeuren" still asks
        return True
    acts = set(imperatives) | infinitives
    if _can_you_act(padded, acts, _nouns(q.text)) or _possible_act(q, padded, infinitives) or _left_done(
            rest) or _put_as_done(q) or (len(parts := ASIDE_DASH.split(q.text)) > 1 and (
            _left_done((last := read(parts[-1])).tokens) or _put_as_done(last))):  # "deja X aprobada", "— ponme X
        return True  # como aprobada"
    if not (_polite(padded, polite, acts) or tokens[0] == "graag") or rest and rest[0] in QUESTION_WORDS or (
            _REPORTED.search(q.folded)) or _asked_after_aside(q):  # "pregunta si ... para poder registrar": asks
        return False  # "graag" asks only up front ("Graag X laten goedkeuren"; "met nummers graag" is a manner)
    # an act verb, unless its own clause asks who ("bitte sag mir, wer X freigeben kann"); a "who" of
    # another clause is a relative ("la facture qui était due le 4, supprime-la stp")
    return any(not read(clause).has("who") and any(
        verb_of(t, infinitives) in infinitives or is_command(words[i:], imperatives)
        for i, t in enumerate(words) if verb_of(t, acts) in acts and words[i + 1:i + 2] not in WHETHER_NEXT
        and not ("?" in q.text and i and words[i - 1] in TO_MARKERS)  # "qqch à valider pr moi ?": what waits
        and not (i > 1 and words[i - 1] in TO_MARKERS and words[i - 2] in STILL)  # "invoices I was asked to approve"
        and not ARTICLES & set(words[max(0, i - 2):i])  # "ein quick Update": a noun
        and not (i and words[i - 1] in EACH)  # "jeden erfassten Schritt": a participle that describes
        and not (i and words[i - 1] in SUBJECTS)  # "elle bloque sur quoi ?": a subject's verb, no command
        and not (i and words[i - 1] in _OF and verb_of(t, infinitives) not in infinitives)  # "límite de firma": a noun
        and not ("?" in q.text and WH & set(words[:i]))  # "où est-ce que la facture bloque ?": asked about
        and not (i == 0 and words[1:2] and words[1] in THANKS)  # "ok thanks.": an answer acknowledged, no act
        and not (i and words[i - 1] in OWNERS)  # "someone's approval queue", "my queue": a noun
        and not _RELATIVE.search(" ".join(words[:i]))  # "der Lieferant, an den wir ... zahlen": ours, no command
        and not _threshold(words, i)  # "the invoices that clear 20,000": a threshold
        and not (_RELATIVE_HEAD.search(" ".join(words[:i])) and MODALS & set(words)))  # "die Rechnungen, die noch
        # jemand abzeichnen muss", "de facturen die een goedkeurder mag aftekenen": which ones, no command

        for clause in re.split(r"[,;:.!?()\n]+|\s[—–]\s", _PARTICIPLE.sub(" ", _NOUNS_HYPHENED.sub(" ", _PAYABLES.sub(
            " ", _without_asides(
            q.text, acts)))))
        if (words := tuple(fold(clause).split())))


def _threshold(words: Sequence[str], i: int) -> bool:
    """Whether the act word at `i` is a relative's verb before a figure ("the invoices that clear 20,000"): no act."""
    return bool(i and words[i - 1] in WHICH and words[i + 1:i + 2] and words[i + 1][:1].isdigit())


# a relative clause's subject before the verb: "an den wir", "die we", "dat we", "qu'on", "que nous", "that we"
_RELATIVE = re.compile(r"\b(?:den|dem|denen|die|der|das|welche[nmrs]?|dat|waar\w*|qu|que|that|which)\s+"
                       r"(?:wir|we|wij|on|nous)\b")
# a relative clause with a modal, someone else's duty: "die noch jemand abzeichnen muss", "that someone has to approve"
_RELATIVE_HEAD = re.compile(r"\b(?:die|der|das|welche[nmrs]?|dat|that|which|que|qu|qui)\b")
_NEGATIONS = frozenset({"not", "pas", "plus", "jamais", "nicht", "niet", "nie"})  # between a modal and its verb
# polite right before the act only: "just approve it", not "she just stopped by", "nu het me te binnen schiet"
_ADVERBS = frozenset({"just", "now", "nu", "jetzt", "maintenant", "ahora", "ya"})


def _polite(padded: str, polite: tuple[str, ...], acts: set[str]) -> bool:
    """Whether the message says "please" or the like; "just", "now" only with an act word right after them."""
    words = padded.split()
    return any(f" {p} " in padded and (p not in _ADVERBS or any(
        verb_of(w, acts) in acts for i, word in enumerate(words) if word == p for w in words[i + 1:i + 4]))
        for p in polite)


# someone other than the asker as the one who acts: "could another person approve it" asks who may, asks no act
OTHER_ACTOR = re.compile(r"\b(?:another (?:person|approver|one of us)|some(?:one|body) else|any(?:one|body) else|"
                         r"jemand anderes?|quelqu.un d.autre|otra persona|alguien m[aá]s|iemand anders)\b", re.I)
_OF = frozenset({"de", "of", "del"})  # before a form that is no infinitive, a noun: "el límite de firma"
# accounts payable as Spanish names the department ("un aprobador de cuentas a pagar"): no "pay" asked
_PAYABLES = re.compile(r"\bcuentas\s+(?:a|por)\s+pagar\b", re.I)


def _first_clause(q: Question, rest: tuple[str, ...], skipped: tuple[str, ...]) -> tuple[str, ...]:
    """The tokens of the message's first part, before an aside's dash: an imperative's particle is sought there
    ("Zet een pot thee ... — laat me de facturen zien die op een beslissing wachten" has no "zet ... op")."""
    first = ASIDE_DASH.split(q.text, maxsplit=1)[0]
    return rest if first == q.text else strip_openers(read(first).tokens, skipped)


def _nouns(text: str) -> frozenset[str]:
    """The words written as nouns: with a capital past the message's first word, or a compound's last part
    ("IBAN-check"), folded."""
    return frozenset(fold(w) for w in re.findall(r"(?<!^)\b[A-ZÄÖÜ][a-zäöüß]{3,}\b|(?<=\w-)[a-zäöüß]{3,}\b",
                                                 text.strip()))


def _without_asides(text: str, acts: set[str]) -> str:
    """`text` without the asides in brackets that name no act ("où est-ce que la facture 88 120 (c'est Excel qui a
    mis l'espace) bloque ?"): the clause around one reads on as one."""
    return ASIDE.sub(lambda m: m.group(0) if acts & set(fold(m.group(0)).split()) else " ", text)


# a French participle is no imperative: "le bon de commande passé chez X" ("passe" would be one)
_PARTICIPLE = re.compile(r"\b\w+(?:é|ée|és|ées)\b", re.I)
# a question reported, whether it is asked of someone or by someone: "asks whether", "fragt, ob", "demande si" (folded)
_REPORTED = re.compile(r"\b(?:asks?|asking|wants to know|wondering|checking|check) (?:whether|if)\b|"
                      r"\b(?:fragt|fragen|wissen|checken|prufen) ob\b|\b(?:demande|demandent|savoir|verifier) si\b|"
                      r"\b(?:pregunta|preguntan|saber|comprobar|confirmar) si\b|"
                      r"\b(?:vraagt|vragen|weten|checken|controleren) of\b")  # "just checking if X waits on me to OK"
# a compound's first word is no verb: "Post-its" (a sticky note), "das Post-Mortem", "the book-keeping"
_NOUNS_HYPHENED = re.compile(r"\b[^\W\d_]+-(?=[^\W\d_]{2})")
_BULK = re.compile(r"\b(?:bulk|mass|batch|massen|sammel|en masse|en bloc|masivamente|en bloque)\s")  # folded


def asks_who_may(q: Question) -> bool:
    """A question whose doer is anyone, with a who ("couldn't anyone just approve it? Who's actually allowed
    to?", "kann die nicht einfach jeder freigeben? Wer darf das?"): it asks who may, whatever its sentences."""
    return "?" in q.text and q.has("who") and bool(ANYONE & set(q.tokens) or " n importe qui " in f" {q.folded} ")


def _granted(rest: tuple[str, ...]) -> bool:
    """A request for the right to decide: one's limit raised ("raise my approval limit", "heb mein Freigabelimit
    an") or oneself made a stand-in or approver ("make me Priya's delegate", "ponme como suplente")."""
    if not rest:
        return False
    if rest[0] in RAISE_VERBS:
        return any("limit" in t or "limiet" in t for t in rest[1:])
    return rest[0] in MAKE_VERBS and (rest[0].endswith("me") and rest[0] != "make" or rest[1:2] in ME_NEXT or rest[
        1:3] == ("de", "moi")) and any(s in t for s in STAND_INS for t in rest[1:])


def _info_typo(token: str, info: frozenset[str]) -> bool:
    """A verb of asking typed with one letter off ("sortire", "shwo"): still asking, not acting."""
    return len(token) >= 5 and any(len(v) >= 5 and OSA.distance(token, v) == 1 for v in info)


# "would it be possible to reject X?", "wäre es möglich, X abzulehnen?", "¿sería posible rechazar X?", "zou het
# mogelijk zijn om X af te wijzen?": a request put as a question of possibility
_POSSIBLE = ("possible to", "possible for you to", "possible de", "moglich", "posible", "mogelijk")
# "leave X approved and released" ("deja X aprobada"): the act done, asked for
_LEAVE = frozenset(("leave", "lass", "lasst", "laisse", "laissez", "deja", "dejad", "dejala", "dejalo", "laat"))


def _left_done(words: tuple[str, ...]) -> bool:
    """The invoice left in an act's state ("deja X aprobada", "lass X bezahlt"), before any question begins."""
    return bool(words) and verb_of(words[0], _LEAVE) in _LEAVE and bool(
        _act_phrases()[1] & set(_until_asked(words[1:])))


# putting an invoice down as in an act's state, the verb in any form and place: "kun je X gewoon op goedgekeurd
# zetten?", "kannst du X auf genehmigt setzen?", "¿puedes poner X como aprobada?", "peux-tu mettre X en approuvée ?"
_PUT_ANY = frozenset(("put", "set", "mark", "zet", "zetten", "setz", "setze", "setzen", "markeer", "markeren",
                      "markier", "markieren", "pon", "poned", "poner", "pones", "marca", "marcar", "mets", "mettre",
                      "mettez", "marque", "marquer"))  # a Spanish pronoun on it read off ("ponme", "márcala")
_STATE_AS = frozenset(("as", "to", "op", "auf", "als", "como", "en", "comme"))
_AS = frozenset(("como", "as", "comme"))  # unlike "op", "en": not "ponme las facturas pagadas en una lista"


def _put_as_done(q: Question) -> bool:
    """An invoice put down as in an act's state: a verb of putting before the state ("poner X como aprobada") or just
    after it ("op goedgekeurd zetten"). Not who did it or why, nor the invoices in such a state, a relative between
    ("kun je de facturen op een rij zetten die op goedgekeurd staan")."""
    tokens, done = q.tokens, _act_phrases()[1]
    if WHO & set(tokens) or "?" in q.text and WH & set(tokens):  # "why is X set to approved?" asks
        return False
    for i, (a, b) in enumerate(zip(tokens, tokens[1:], strict=False)):
        if a not in _STATE_AS or b not in done:
            continue
        if _PUT_ANY & set(tokens[i + 2:i + 4]):
            return True
        put = max((j for j, t in enumerate(tokens[:i]) if verb_of(t, _PUT_ANY) in _PUT_ANY), default=None)
        if put is not None and (put == 0 and a in _AS or not _RELATIVE_HEAD.search(" ".join(tokens[put + 1:i]))):
            return True  # opening with the verb, "as" is the put's: "ponme la factura que viene de ... como aprobada"
    return False


def _until_asked(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The words before a question begins ("lass die Folie ploppen ist die Rechnung bezahlt": "ist" asks)."""
    return next((tokens[:i] for i, t in enumerate(tokens) if t in QUESTION_WORDS), tokens)


def _possible_act(q: Question, padded: str, infinitives: frozenset[str]) -> bool:
    """A possibility asked of an act verb's infinitive, German "zu" inside ("abzulehnen") and Dutch "te"
    before it ("af te wijzen") included; unless it asks who."""
    if not any(f" {p} " in padded for p in _POSSIBLE) or WHO & set(q.tokens):
        return False
    tokens = q.tokens
    return any(t in infinitives or "zu" in t[2:] and t.replace("zu", "", 1) in infinitives
               or i >= 2 and tokens[i - 1] == "te" and tokens[i - 2] + t in infinitives for i, t in enumerate(tokens))


def _can_you_act(padded: str, acts: set[str], nouns: frozenset[str] = frozenset()) -> bool:
    """"can you" with an act verb after it, before any verb of asking or "who"/"whether"; `nouns`, the words written
    as German nouns are (no verb of asking however near one they are typed)."""
    imperatives, infinitives, can_you, _, info, _ = act_words()
    for phrase in can_you:
        at = padded.find(f" {phrase} ")
        if at < 0 or padded[:at].split()[-1:] and padded[:at].split()[-1] in ASKS:
            continue  # "¿y quién podría firmarla?": who could, not "could you"
        after = padded[at + len(phrase) + 2:].split()
        for i, token in enumerate(after):
            if token in GIVE and any(after[j] in NOUN_TOO and after[j - 1] in BEFORE_NOUN
                                      for j in range(i + 2, min(len(after), i + 5))):
                return True  # "can you give INV-1043 the okay": approving it, though "give me" asks
            if token in ASKS or (token in info or _info_typo(token, info) and not BEFORE_NOUN & set(
                    after[i - 1:i])) and token not in nouns:  # ("die Umbrella-Sache freigeben": a noun, no "suche"
                break  # mistyped; "am IBAN-Check": no "check"; "de toner": no "tonen" mistyped)
            if i + 1 < len(after) and after[i + 1] in WHETHER:
                break  # "could you confirm whether X is approved", "peux-tu confirmer si": asks to be told
            if i and token in NOUN_TOO and after[i - 1] in BEFORE_NOUN:
                if GIVE & set(after[max(0, i - 2):i + 5]):
                    return True  # "can you give the okay for X", "kun je het okay geven": approving it
                continue  # "die noch auf das Okay eines Freigebers warten": the nod awaited
            if ARTICLES & set(after[max(0, i - 2):i]) and after[i - 1] not in nouns or WRITERS & set(
                    after[max(0, i - 3):i]) or _RELATIVE.search(" ".join(after[:i])) or _threshold(after, i):
                continue  # "d'un update rapide": a noun, not "mit einem Klick freigeben"; "les factures qu'on paie",
                # "waarvoor we meer betalen", "bei denen wir mehr pro Stück zahlen": ours
            k = i - 1 if i < 2 or after[i - 1] not in _NEGATIONS else i - 2  # "ne peut pas signer": the modal's
            if i and (after[k] in MAY or after[k] in MODALS and tuple(after[k - 1:k]) not in YOU_NEXT):
                continue  # "kun je de facturen geven die boven wat een goedkeurder mag aftekenen", "..., waarvoor een
                # controller moet tekenen", "qu'un approbateur ne peut pas signer": another's act (not "kun je ...
                # je moet tekenen")
            if verb_of(token, acts) in acts and is_command(tuple(after[i:]), imperatives) or verb_of(
                    token, infinitives) in infinitives:
                return True
    return False


@lru_cache(maxsize=1)
def _act_phrases() -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """Duties, acts done, "do that" phrases, payment runs and verbs of putting, folded once."""
    return (tuple(fold(d) for d in DUTIES), frozenset(fold(d) for d in DONE), tuple(fold(d) for d in DO_IT),
            tuple(fold(run) for runs in PAY_RUNS.values() for run in runs),
            frozenset(fold(v) for verbs in (*PUT_VERBS.values(), PUT_LAST) for v in verbs))


def _asked(q: Question, padded: str, unless: tuple[str, ...]) -> bool:
    """A question, unless one of `unless` ("can you", "do that") makes it a request."""
    return "?" in q.text and not any(f" {phrase} " in padded for phrase in unless)


def _duty_done(q: Question, padded: str) -> bool:
    """A duty, then the act done, in a statement or with "can you do that" ("X needs to be posted
    today, could you do that"; "X muss heute verbucht werden"); "must X be paid?" only asks."""
    duties, done, do_it, _, _ = _act_phrases()
    if _asked(q, padded, do_it):
        return False
    for duty in duties:
        if (at := padded.find(f" {duty} ")) < 0 or ASKS & set(padded[:at].split()[-2:]):
            continue  # "quién la tiene que aprobar", lowercase without its "?": asks who
        after = padded[at + len(duty) + 2:].split()
        hit = next((i for i, w in enumerate(after) if w in done), None)
        if hit is not None and not WHETHER & set(after[:hit]) and not (
                hit and after[hit - 1] in ALREADY):  # "ich muss wissen, ob sie bezahlt ist": asks
            return True
    return False


def _delegated(q: Question, padded: str) -> bool:
    """"Can you do that / te encargas tú del 1 / kun jij nummer 1 voor me doen" with an act named
    anywhere in the message ("1) aprobar la factura de la LLC 2) comer", "still not released for
    payment"): the act handed over, unless a who-question asks for a person."""
    _, done, do_it, _, _ = _act_phrases()
    infinitives = act_words()[1]
    return (any(f" {phrase} " in padded and not own_doing(padded, phrase) for phrase in do_it)
            and bool((done | infinitives) & set(q.tokens)) and not ASKS & set(q.tokens))


def _put_in_run(q: Question, padded: str, can_you: tuple[str, ...]) -> bool:
    """A payment run and a verb of putting, in any order ("X noch in den Payment-Run packen", "mete X
    en la corrida de pagos"): paying it. Not asked as a question, unless "can you" asks it."""
    _, _, _, runs, puts = _act_phrases()
    if not any(f" {run} " in padded for run in runs) or _asked(q, padded, can_you):
        return False
    return bool(puts & set(q.tokens))


def _asked_after_aside(q: Question) -> bool:
    """A question after an aside's dash or colon ("Nu ik je toch spreek — moet ik iets goedkeuren?"): the aside's
    words ("nu", "now") make no request of the question."""
    last = read(re.split(r"\s[—–]\s|:\s", q.text)[-1]).tokens
    return q.text.rstrip().endswith("?") and bool(last) and last[0] in QUESTION_WORDS
