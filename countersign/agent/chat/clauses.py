"""Which clause of a message asks: the question after an aside or a heading, not the sentence before it that tells
what the asker saw or does. The planner's; pure text functions.
"""

from __future__ import annotations

import re

from countersign.agent.chat.shapes import ASIDE_DASH, asked_part
from countersign.agent.chat.understand import leftover_words, read


def aside_only(t: str, cue: str, *others: str) -> bool:
    """Whether `cue` is said only in an aside before the question or a remark after it, while the question itself
    cues one of `others` and names what it asks about ("The supplier closes its books on Friday — where does the
    GmbH one stand?" asks where the invoice stands, not about the supplier; "no idea if Globex is in our vendor
    master — can you look?" asks about the vendor)."""
    part = asked_part(t)
    return part != t and not (question := read(part)).has(cue) and any(question.has(o) for o in others) and bool(
        leftover_words(part))


def asked_alone(t: str) -> str | None:
    """The question alone, after what the asker told before it ("The sunset's turning the office orange — a
    courier's waiting, so quickly: which vendor is at 100 industrial way?"), or after a remark run into it with no
    stop ("eating cherries at my desk and the juice is everywhere has the invoice ... been paid"); None when the
    message is its ask."""
    if (part := asked_part(t)) != t:
        return part
    for noun in _INVOICE_NOUN.finditer(t):
        before = t[:noun.start()].split()
        at = next((i for i in range(len(before) - 1, max(len(before) - 5, 0) - 1, -1) if _ASK_HEAD.fullmatch(
            before[i]) or {" ".join(before[i:i + n]).lower() for n in (2, 3)} & _ASK_HEADS), None)
        if at is not None and at >= 3 and not read(" ".join(before[:at])).has("invoice_noun"):
            return " ".join(t.split()[at:])
    return None


# where a question about one invoice begins: its verb or question word, then the invoice within four words ("has the
# invoice", "ist die Rechnung", "est-ce que la facture", "se ha pagado la factura", "is de factuur")
_INVOICE_NOUN = re.compile(r"\b(?:invoice|bill|rechnung|facture|factura|factuur)\b", re.I)
_ASK_HEAD = re.compile(r"(?:has|is|was|did|where|why|when|who|ist|wurde|hat|wo|warum|wann|wer|o[uù]|pourquoi|quand|"
                       r"d[oó]nde|cu[aá]ndo|qui[eé]n|heeft|werd|waar|waarom|wanneer)", re.I)
_ASK_HEADS = frozenset(("est-ce que", "est ce que", "se ha pagado", "se pagó"))


def asked(t: str, cue: str, other: str) -> bool:
    """Whether the question itself cues `cue`: not only a sentence or a heading before it, which tells what
    the asker saw or does ("The ERP sync log just showed ... Where does X stand?" asks for the status, not the
    log; "Fürs Protokoll: wer kann die genehmigen?" asks who may approve), while the question cues `other`."""
    # "For the minutes: who ...?"; a dot inside a figure ends no sentence ("Wo steht die Rechnung mit 1.535,00 netto?")
    questions = [s for s in re.findall(r"(?:[^.!?:]|[.:](?!\s))*\?", t) if s.strip()]
    if not questions:
        return True
    question = read(ASIDE_DASH.split(questions[-1])[-1])  # "I've a hunch, but I'd rather check — who touched it?"
    return question.has(cue) or not question.has(other)


# who did it and when, or so far: the trail's own question ("everything that happened to it, by whom and when?", "wat
# is er tot nu toe mee gebeurd, en door wie?"), however the rest of it reads like a status question
_WHO = r"(?:who|whom|wer|wem|qui (?:a|est|s est|s en est)|par qui|quien|wie)"  # French "qui" asks only so ("qui est
# intervenu", "qui s'en est occupé"): "celle qui tombe" relates
_SO_FAR_WORDS = (r"so far|until now|up to now|bisher|bislang|bis jetzt|jusqu ici|jusqu a present|hasta ahora|"
                 r"hasta la fecha|tot nu toe|tot dusver")
# not "when you can", "when u have a min", "when I get a sec", "cuando te venga bien", "quand tu peux", "wann du Zeit
# hast", "wanneer je tijd hebt": an opener
_WHEN = (r"(?:when(?! you| u\b| ya\b| i (?:get|have|m)\b| we get\b)|wann(?! du| immer)|quand(?! tu| t | vous| on)"
         r"|cuando(?! te| puedas| tengas| pueda)|wanneer(?! je| jij| u )"
         rf"|{_SO_FAR_WORDS})")
_WHO_WHEN = re.compile(rf"\b{_WHO}\b.*\b{_WHEN}\b|\b{_WHEN}\b.*\b{_WHO}\b")
# who did what: "who did what", "who's done what", "wer hat was (gemacht)", "qui a fait quoi", "quién hizo qué", "wie
# deed wat", "wie heeft wat (gedaan)"
_WHO_WHAT = re.compile(r"\b(?:who (?:did|s done|has done)|wer hat|qui a fait|quien (?:hizo|ha hecho)"
                       r"|wie (?:deed|heeft)) (?:what|was|quoi|que|wat)\b")


# which steps it went through and who took them: "what steps has it gone through, and who did each one?", "par
# quelles étapes est-elle passée, et qui s'est chargé de chacune ?"
_STEPS = r"(?:what|which|welche|quelles|que|welke) (?:steps|schritte|etapes|pasos|stappen)"
_EACH = r"(?:each one|each of them|each step|chacune?|jeweils|jeden davon|cada uno|cada una|elk daarvan|ieder)"
# (German "wie viel ... jeweils" asks how many of each)
_STEPS_WHO = re.compile(rf"\b{_STEPS}\b.*\b{_WHO}\b|\b{_WHO}\b.*\b{_STEPS}\b|\b(?!wie viel){_WHO}\b.*\b{_EACH}\b")


# its history, step by step (folded): "walk me through the history of ...", "Verlauf", "l'historique", "el historial",
# "de geschiedenis", "tijdlijn"; not a due date that "is already history"
_HISTORY = re.compile(r"(?<!\bis )(?<!already )\b(?:history|timeline|step by step|verlauf\w*|schritt fur schritt|"
                      r"historique|etape par etape|historial|paso a paso|geschiedenis|stap voor stap|tijdlijn)\b")


_SO_FAR = re.compile(rf"\b{_WHO}\b.*\b(?:{_SO_FAR_WORDS})\b|\b(?:{_SO_FAR_WORDS})\b.*\b{_WHO}\b")  # ("qu'est-il
# arrivé à X jusqu'ici, et qui s'en est occupé ?")


# everything done on it or that happened to it, in order (folded): "everything that's been done on it", "tout ce qui
# a été fait", "todo lo que le ha pasado", "alles, was damit gemacht wurde", "wat er allemaal mee is gebeurd"
_ALL_DONE = re.compile(r"\b(?:everything|all)(?: that| which)?(?: s| has| have)? (?:been done|happened)\b|"
                       r"\btout ce qui (?:a ete fait|est arrive|s est passe)\b|"
                       r"\btodo lo que (?:se ha hecho|(?:le |les )?ha pasado|(?:le |les )?ha ocurrido)\b|"
                       r"\balles\b.{0,20}\bwas\b.{0,50}\b(?:(?:gemacht|getan|erledigt) (?:wurde|worden)|passiert)\b|"
                       r"\bwat er allemaal\b.{0,80}\b(?:(?:is |zijn )?gedaan|gebeurd)\b")


def trail_asked(folded: str) -> bool:
    """Whether a folded question asks who acted and when, or what `trail_named` says: what only the audit trail
    tells, however the rest of it reads like a status question."""
    return bool(_WHO_WHEN.search(folded)) or trail_named(folded)


def trail_named(folded: str) -> bool:
    """Whether a folded question asks who acted so far ("who has had it in their hands so far"), who did what, which
    steps it went through and who took them, everything done on it, or its history: the trail even where no word of
    the audit's is said ("who can approve it and when is it due?" asks who and when, yet of the status)."""
    return bool(_SO_FAR.search(folded) or _WHO_WHAT.search(folded) or _STEPS_WHO.search(folded)
                or _HISTORY.search(folded) or _ALL_DONE.search(folded))


def spoken_of(t: str, cut: re.Pattern[str]) -> str:
    """The parts of `t` (cut where `cut` matches) that speak of invoices: not an aside before them."""
    return " ".join(part for part in cut.split(t) if (said := read(part)).has("invoices") or said.has("invoice_noun"))
