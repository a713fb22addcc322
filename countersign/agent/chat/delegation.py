"""A decision claimed on someone else's word: "Priya handed me her approvals on the train, so INV-88120 is approved",
"Priya hat gesagt, ich darf für sie freigeben — die Rechnung ist damit freigegeben". Approval rights are the policy's
(its approvers, its delegations, checked against the clicker), never a colleague's say-so in a chat: the planner
refuses such a message as a request to act. And the other way: "quiero hacerlo bien" is the asker's own wish to do a
thing right, no act handed over. Pure text functions over folded text (understand.fold)."""

from __future__ import annotations

import re

# someone's approvals handed over, or the asker allowed to decide in their stead (folded)
_HANDED = re.compile(
    r"\b(?:on (?:her|his|their) behalf|in (?:her|his|their) (?:place|stead)"
    r"|for (?:her|him|them)\b.{0,20}\b(?:approv|sign)"
    r"|(?:approv\w*|sign\w*) (?:\w+ )?for (?:her|him|them)\b|stand ?in|(?:hand\w*|pass\w*|gave|give\w*|leav\w*|left)"
    r" (?:me )?(?:over )?(?:her|his|their) (?:approv|sign)|take over (?:her|his|their) (?:approv|sign)"
    r"|(?:said|told me|says|tells me) (?:that )?i (?:can|could|may|might) (?:\w+ )?(?:approv|sign|ok)"
    r"|let me (?:approv|sign|take over)"
    r"|fur (?:sie|ihn) (?:\w+ )?(?:freigeb|freizugeb|abzeichn|genehmig|unterschreib)|in (?:ihrer|seiner) vertretung"
    r"|(?:ihre|seine) freigaben (?:\w+ )?(?:ubernehm|ubertrag|uberlass|ubergeb)|darf ich (?:\w+ )?fur (?:sie|ihn)"
    r"|ich (?:\w+ )?(?:darf|kann|konne|durfe) (?:\w+ ){0,4}fur (?:sie|ihn)"
    r"|a sa place|en son nom"
    r"|(?:confie|passe|laisse|transmis|delegue) (?:\w+ )?ses (?:validations|approbations|signatures)"
    r"|(?:dit|dire) que je (?:pouvais|peux|pourrais) (?:\w+ )?(?:valider|approuver|signer)"
    r"|por (?:ella|el)\b.{0,20}\b(?:aprob|firm)|(?:aprob\w*|firm\w*) por (?:ella|el)\b|en su (?:lugar|nombre)"
    r"|(?:paso|dejo|cedio|delego|traspaso) (?:\w+ )?sus (?:aprobaciones|firmas)"
    r"|(?:dijo|dice) que (?:yo )?(?:puedo|podia|podria) (?:\w+ )?(?:aprobar|firmar)"
    r"|namens (?:haar|hem)|in (?:haar|zijn) plaats|(?:haar|zijn) (?:goedkeuringen|akkoorden|handtekeningen) "
    r"(?:\w+ )?(?:overgedragen|overgelaten|gegeven)|(?:zei|zegt) dat ik (?:\w+ ){0,3}mag (?:\w+ )?(?:goedkeur|afteken)"
    # or the approver's own yes relayed by word of mouth: "she said she's fine with it", "gave the nod"
    r"|(?:she|he|they) (?:is|s|are|re) (?:fine|ok|okay|good|happy) with it|gave (?:it )?(?:the|her|his|a) nod"
    r"|(?:okayed|ok d|nodded) it (?:through )?(?:verbally|on the|in the|at the|over)|(?:sie|er) ist einverstanden"
    r"|hat (?:es )?(?:mundlich|per handschlag) (?:freigegeben|ok)|(?:elle|il) est d accord|(?:ella|el) esta de acuerdo"
    r"|dio (?:el )?visto bueno|(?:ze|hij) (?:vindt|vond) het goed|gaf (?:haar|zijn) akkoord)")
# the decision taken or to be taken by the asker: a participle of deciding, "I approve", "can go through"
_DECIDED = re.compile(
    r"\b(?:approved|signed off|okayed|good to (?:post|pay|go)|go through|goes through|(?:i ?m|i am|i will|i ll|i)"
    r" (?:now )?(?:approv|sign)\w*|freigegeben|abgezeichnet|genehmigt|gebe (?:\w+ ){0,3}frei|validee?s?|approuvee?s?"
    r"|je (?:la |le )?valide|aprobad[ao]s?|queda aprobad|(?:la |lo )?apruebo|goedgekeurd|afgetekend|keur (?:\w+ )?goed)"
    r"\b")


def claims_delegated_decision(folded: str) -> bool:
    """The message claims approval rights from another person's word and a decision by them (folded text)."""
    return bool(_HANDED.search(folded) and _DECIDED.search(folded))


# the asker's own wish to do a thing ("quiero hacerlo bien", "I want to do it right", "je veux le faire"): no hand-over
_WANT = frozenset({"quiero", "quisiera", "necesito", "intento", "voy", "want", "wanna", "need", "try", "trying", "like",
                   "veux", "voudrais", "dois", "vais", "essaie", "will", "mochte", "muss", "wil", "moet", "probeer"})
_YOU = frozenset({"you", "u", "ya", "du", "dich", "tu", "toi", "vous", "jij", "usted"})


def own_doing(padded: str, phrase: str) -> bool:
    """Whether every "do it" in `padded` follows the asker's own want ("quiero hacerlo", "I'd like to do it"), not
    a want of the reader's doing ("I want you to do it")."""
    found = False
    for part in padded.split(f" {phrase} ")[:-1]:
        before = part.split()[-3:]
        if not (_WANT & set(before)) or _YOU & set(before):
            return False
        found = True
    return found
