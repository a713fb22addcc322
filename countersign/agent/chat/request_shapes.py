"""Requests to act said in a shape of their own rather than with an imperative (acts.is_action_request): a favour
asked in the second person ("¿me la apruebas?", "gibst du sie frei?", "tu me la valides ?"), an approval given as a
thing ("give it the green light", "dale el visto bueno"), an invoice sent to the bank to be paid, a state asked to
be set ("pon la factura como aprobada"). Folded text."""

from __future__ import annotations

import re

# Spanish asks a favour in the second person with the thing as a pronoun: "¿me la apruebas?", "¿nos lo pagarías?"
_FOR_ME = re.compile(r"\b(?:me|nos)\s+(?:(?:la|lo|las|los)\s+)?(?:aprueb|aprob|pag|rechaz|contabiliz|firm|autoriz"
                     r"|valid|liber|anul|desbloque)\w*?(?:as|es|arias|aras|erias|eras)\b"  # "¿me apruebas la de X?"
                     # German the same: "gibst du die Northwind-Rechnung für mich frei?", "winkst du sie durch?"
                     r"|\b(?:gibst|winkst|gebt|winkt)\s+(?:du|ihr)\b(?:\s+(?!(?:bescheid|ob|wann|wenn|sobald)\b)\S+)"
                     r"{0,12}?\s+(?:frei|durch)\b"
                     # and French the same: "tu approuves celle de Globex ?", "tu me la valides ?"
                     r"|\btu\s+(?:(?:me|m|nous)\s+)?(?:(?:la|le|les|l)\s+)?(?:(?:approuv|valid|debloqu|rejett"
                     r"|comptabilis|autoris|sign)es|paies|payes)\b"  # "tu m'approuves ...": the elision folded to "m"
                     # "¿me das el visto bueno a la de Acme?": the approval asked for as a thing given
                     r"|\b(?:me|nos|le|les)\s+(?:das|dais)\s+(?:el|tu|la)\s+(?:visto bueno|ok|okey|aprobacion"
                     r"|luz verde)\b")
# an approval asked for as a thing to give: "give X a quick approve", "give it the green light", "dale una aprobación
# rápida a X", "dale el visto bueno", "gib X mal dein OK", "donne ton feu vert à X", "geef X even groen licht" (folded)
_GIVE = re.compile(r"(?:^|[.!;:]\s*|\b(?:just|please|pls|bitte|stp|porfa|even|graag) )(?:give|gib|gebt|donne|donnez|"
                   r"dale|denle|geef|geeft) (?!(?:me|us|mir|uns|moi|nous|mij|ons)\b)(?:\S+ ){0,4}"
                   r"(?:an? |the |ein |dein |das |un |ton |le |una |el |een |je )?"
                   r"(?:quick |fast |rapid |kurzes |petit |rapide |rapida |snel )?(?:approve|approval|sign off|ok|okay|"
                   r"go ahead|green light|thumbs up|freigabe|grunes licht|feu vert|validation|aprobacion|visto bueno|"
                   r"luz verde|goedkeuring|groen licht|akkoord)\b(?! (?:chain|matrix|status|history|rules?|limits?|"
                   r"path|flow|process|workflow|trail|steps?)\b)"
                   # "¿le das a aprobar?", "dale a pagar": the button pressed, in Spanish
                   r"|\b(?<!quien )(?:le |se lo |se la )?(?<!quien le )(?<!quien se lo )(?<!quien se la )"
                   r"(?:das|dais|da|dale|denle|darle|dadle) (?:al? |el boton de )"
                   r"(?:aprobar|pagar|contabilizar|rechazar|validar|firmar)\b")

# a payment asked for as sending the invoice to the bank ("and send it straight to the bank", "schick sie an die
# Bank", "envoie-la directement à la banque", "y mándala al banco", "en stuur hem naar de bank")
_TO_BANK = re.compile(r"(?:^|[.!;:]\s*|\b(?:and|und|et|y|en|then|dann|puis|luego|dan|just|please|bitte|stp|porfa"
                      r"|graag) )(?:send|forward|schick\w*|sende|envoie\w*|envoyez|transmets|manda\w*|envia\w*|stuur)"
                      r"\b.{0,40}?\b(?:to|an|zur|a|al|naar) (?:the |die |la |de |el )?(?:bank|banque|banco)\b")


# a state asked to be set: "so mark the Acme invoice as approved", "pon la factura ... como aprobada", "zet hem op
# betaald", "setz sie auf genehmigt", "marque-la comme payée" (up front, or after "so", "please" and the like)
_MARK_AS = re.compile(r"(?:^|\b(?:so|also|donc|asi que|dus|then|dann|puis|luego|and|und|et|y|en|just|please|pls|bitte"
                      r"|stp|porfa|graag|vale|ok|okay)\s+)(?:mark|set|flag|markeer|zet|marque|mets|marca\w*|pon|ponla"
                      r"|ponlo|ponlas|ponlos|setz\w*|markier\w*)\b.{0,60}?\b(?:as|als|comme|como|auf|op)\s+(?:approved|"
                      r"paid|posted|settled|aprobad[ao]s?|pagad[ao]s?|contabilizad[ao]s?|goedgekeurd|betaald|geboekt|"
                      r"genehmigt|bezahlt|gebucht|freigegeben|approuvee?s?|payee?s?|validee?s?|comptabilisee?s?)\b")


def shaped_request(folded: str) -> bool:
    """Whether a folded message asks to act in one of these shapes."""
    return bool(_GIVE.search(folded) or _FOR_ME.search(folded) or _TO_BANK.search(folded) or _MARK_AS.search(folded))
