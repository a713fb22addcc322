"""An invoice (or the PO billed by it) described by what the checks found on it: a duplicate, bank details that
changed or need a call-back, a supplier not in the vendor master, a price in dispute. understand.py writes what is
said as a reference token ("finding:duplicate"); the tools keep the invoices whose findings carry one of the kind's
codes (FINDINGS).
"""

from __future__ import annotations

import re
from typing import Literal

# An invoice by what the checks found on it: "the invoice with the dodgy bank details", "die Rechnung mit den
# dubiosen Bankdaten", "la facture avec les coordonnées bancaires louches", "la factura con los datos bancarios
# chungos", "de factuur met de louche bankgegevens" (folded); the finding codes of each kind
_BANK_SAID = (r"(?:bank details|bank account|banking details|iban|bankdaten|bankverbindung|kontodaten|bankkonto|"
              r"coordonnees bancaires|rib|compte bancaire|datos bancarios|cuenta bancaria|bankgegevens|"
              r"rekeningnummer|bankrekening)")
_ODD = (r"(?:dodgy|suspicious|shady|fishy|sketchy|odd|weird|strange|changed|new|different|wrong|dubious|questionable|"
        r"dubios\w*|verdachtig\w*|geandert\w*|neue\w*|komisch\w*|falsch\w*|seltsam\w*|merkwurdig\w*|douteu\w*|"
        r"suspect\w*|modifie\w*|nouvel\w*|bizarre\w*|louche\w*|etrange\w*|dudos\w*|sospechos\w*|cambiad\w*|"
        r"nuev\w*|rar[oa]s?|extran\w*|chung\w*|turbi\w*|dubieu\w*|verdacht\w*|gewijzigd\w*|nieuwe|vreemd\w*|"
        r"switched|swapped|updated|gewechselt|ausgetauscht|change\w*|remplace\w*|cambi\w*|veranderd|vervangen)")
# A supplier not yet in the vendor master: "the supplier we're still onboarding", "vom Lieferanten im Onboarding",
# "du fournisseur en cours de référencement", "del proveedor que aún estamos dando de alta", "de nieuwe leverancier"
SUPPLIER = r"(?:vendor|supplier|lieferant\w*|fournisseur|proveedor|leverancier)"
_SUPPLIERS = r"(?:vendors?|suppliers?|lieferant\w*|fournisseurs?|proveedor(?:es)?|leveranciers?)"  # one or more
_NEW_VENDOR = (rf"\bonboarding\b|\b(?:new|unknown|unregistered|nouveau|nouvel|inconnu|neue[nmr]?|unbekannte[nmr]?|"
               rf"nuevo|desconocido|nieuwe|onbekende) (?:\w+ )?{SUPPLIER}\b|\b{SUPPLIER} (?:\w+ ){{0,4}}(?:inconnu|"
               rf"nuevo|desconocido|en cours de referencement|dando de alta|dar de alta)\b|"
               # matched to none of ours: "the invoice the bot couldn't match to any supplier", "keinem unserer
               # Lieferanten zuordenbar", "rattachée à aucun fournisseur", "a ninguno de nuestros proveedores", "aan
               # geen enkele leverancier"
               rf"\b(?:to any|to no|unmatched|no matching|keine[mnr]?(?: unserer| der)?|a aucun(?: de nos| des)?|"
               rf"a ningun[oa]?(?: de nuestros| de los)?|aan geen(?: enkele)?) {SUPPLIER}|"
               # not set up yet: "whose supplier isn't in QuickBooks yet", "eines noch nicht angelegten Lieferanten",
               # "un fournisseur pas encore créé", "un proveedor que aún no está en", "die nog niet in ... staat"
               rf"\b{SUPPLIER} (?:\w+ ){{0,2}}(?:isn t|is not|not yet|pas encore|que aun no|que todavia no|"
               rf"die nog niet) (?:in|on|set up|cree|reference|enregistre|esta|dado de alta|in \w+ staat)\b|"
               rf"\bnoch nicht (?:in \w+ )?(?:angelegt|erfasst)\w* {SUPPLIER}|"
               # not set up by us: "from suppliers we haven't set up yet", "Lieferanten, die wir noch nicht angelegt
               # haben", "fournisseurs qu'on n'a pas encore créés", "proveedores que no hemos dado de alta",
               # "leveranciers die we nog niet hebben aangemaakt"
               rf"\b{_SUPPLIERS} (?:that |which |who )?we (?:still )?(?:haven t|have not|havent|never) (?:yet )?"
               rf"(?:set up|onboarded|added|created|registered)\b|"
               rf"\b{_SUPPLIERS},? die wir (?:noch )?(?:nicht|nie) (?:\w+ )?(?:angelegt|erfasst)|"
               rf"\b{_SUPPLIERS} qu (?:on|nous) n (?:a|avons) (?:pas|jamais) (?:encore )?(?:cree|reference|enregistre)|"
               rf"\b{_SUPPLIERS} que (?:aun |todavia )?no (?:hemos|tenemos) (?:\w+ )?(?:dado de alta|registrad|creado)|"
               rf"\b{_SUPPLIERS} die we (?:nog )?(?:niet|nooit) (?:hebben )?(?:aangemaakt|ingevoerd|vastgelegd)")
# A price in dispute: "the PO with the price dispute", "die Bestellung mit dem Preisstreit", "qui fait l'objet d'un
# litige sur les prix", "con la disputa de precios", "met het prijsgeschil"
# (a dispute only: "the price difference" is what a variance question asks about, no description)
_PRICE_DISPUTE = (r"\bprice (?:dispute|disagreement)|\bdisputed price|\bpreis(?:streit|konflikt)|"
                  r"\b(?:litige|desaccord) (?:\w+ )?(?:sur )?(?:les |le )?prix|"
                  r"\b(?:disputa|desacuerdo) (?:\w+ )?(?:de |en (?:el |los )?)?precios?|\bprijs(?:geschil|discussie)")
# A duplicate: "the duplicate invoice", "the one we nearly paid twice", "the double-billed one", "die doppelte
# Rechnung", "die Dublette", "la facture en double", "le doublon", "la factura duplicada", "cobrada dos veces",
# "de dubbele factuur", "twee keer gefactureerd" (folded; "twice" only after a verb of billing or paying)
_TWICE = (r"(?:paid|billed|invoiced|charged|booked|posted|entered|sent|submitted|bezahlt|berechnet|gebucht|"
          r"eingereicht|payee?s?|facturee?s?|comptabilisee?s?|envoyee?s?|pagad[oa]s?|cobrad[oa]s?|facturad[oa]s?|"
          r"pagamos|pagaron|cobraron|cobramos|facturaron|"
          r"contabilizad[oa]s?|registrad[oa]s?|enviad[oa]s?|betaald|gefactureerd|geboekt|ingediend|verstuurd)")
_DUPLICATE = (rf"\b(?:duplicat\w*|dupes?|double[ -]?(?:billed|charged|booked|paid|posted|entered)|doppelte[nmrs]?|"
              rf"doppelt (?:bezahlt|berechnet|gebucht|eingereicht|abgerechnet)\w*|dublette\w*|duplikat\w*|en double|"
              rf"doublons?|dupliquee?s?|duplicad[oa]s?|por duplicado|dubbele|"
              rf"dubbel (?:betaald|gefactureerd|geboekt|ingediend)e?|duplica(?:at|ten)|"
              rf"carbon ?copy|copy ?paste[sd]?)\b|"
              rf"\b{_TWICE} (?:\w+ )?(?:twice|two times|zweimal|doppelt|deux fois|dos veces|twee ?keer|tweemaal)\b")
# held because of them: "on hold over the supplier's bank details", "wegen der Bankverbindung angehalten", "bloquée à
# cause des coordonnées bancaires", "retenida por los datos bancarios", "vastzit op de bankgegevens"
_HELD_OVER = (r"(?:over|because of|due to|wegen|a cause d\w*|en raison d\w*|por|vanwege|vastzit op|vast op|"
              r"hangt op)")
# the control for changed bank details, a call-back to the supplier: "the invoice we have to do a call-back on", "per
# Rückruf zu prüfen", "vérifier par contre-appel", "una llamada de comprobación", "een terugbelcontrole"
# (a noun or a compound, not the asker's own phone call: "I have to call them back", "ich muss sie zurückrufen", "ik
# moet ze zo terugbellen")
_CALL_BACK = (r"\b(?:(?:a|an|the|our|any|no|supplier|vendor|phone) call ?backs?|call ?back (?:check|control|verif\w*)|"
              r"(?:einen|einem|ein|den|dem|der|per|nach) ruckruf|ruckruf(?:kontroll|verfahren|prufung|bestatigung)\w*|"
              r"contre appel|appel de verification|llamadas? de (?:comprobacion|verificacion)|"
              r"terugbel(?:controle|verificatie|check|procedure|actie)\w*)\b")
# bank details that differ from the vendor master's: "whose bank account doesn't match", "deren IBAN nicht
# übereinstimmt", "dont le RIB ne correspond pas", "cuya cuenta bancaria no coincide", "waarvan het rekeningnummer niet
# klopt" (folded)
_MISMATCH = (r"(?:doesn t|don t|does not|do not|no longer|didn t) match|weicht\w* ab|ne correspond\w* (?:pas|plus)|"
             r"(?:nicht|niet) (?:\w+ ){0,3}(?:uberein\w*|pass\w*|stimm\w*|overeen\w*|klopt|strookt)|"
             r"no coincide\w*|no cuadra\w*")
_FLAGGED = {"bank": re.compile(rf"\b{_ODD} (?:\w+ )?{_BANK_SAID}\b|\b{_BANK_SAID} (?:\w+ ){{0,2}}{_ODD}\b|"
                               rf"\b{_BANK_SAID} (?:\w+ ){{0,4}}(?:{_MISMATCH})\b|"
                               rf"\b{_HELD_OVER} (?:\w+ ){{0,3}}{_BANK_SAID}\b|{_CALL_BACK}"),
            "new_vendor": re.compile(_NEW_VENDOR), "price": re.compile(_PRICE_DISPUTE),
            "duplicate": re.compile(_DUPLICATE)}
FINDINGS = {"bank": frozenset(("BANK_DETAILS_CHANGED", "BANK_DETAILS_UNVERIFIED", "IBAN_INVALID",
                               "NEW_VENDOR_IBAN_INVALID")),
            "new_vendor": frozenset(("VENDOR_UNKNOWN",)), "price": frozenset(("PO_PRICE_VARIANCE",)),
            "duplicate": frozenset(("DUPLICATE_INVOICE", "DUPLICATE_LIKELY", "DUPLICATE_DOCUMENT"))}
FINDING = re.compile(r"finding:(bank|new_vendor|price|duplicate)")
Finding = Literal["bank", "new_vendor", "price", "duplicate"]  # a kind of finding, as a list is filtered by it


# A room, a meeting or a desk booked twice is a calendar's mix-up, no duplicate invoice: "our meeting room is double
# booked", "der Besprechungsraum ist doppelt gebucht", "la salle est réservée en double", "onze vergaderruimte is dubbel
# geboekt", "a double-booked meeting room"
_ROOM = (r"(?:\w*(?:raum|room|zimmer|ruimte|kamer|zaal)|salle|sala|meeting|besprechung\w*|vergadering|reunion|"
         r"termin\w*|slot|desk|bureau|hotel|flight|flug|vlucht|vuelo)")
_BOOKED = (r"(?:double[ -]?booked|doppelt (?:ge|ver)bucht\w*|dubbel geboekt\w*|reservee?s? (?:deux fois|en double)|"
           r"reservad[oa]s? dos veces|dos veces reservad[oa]s?)")
_CALENDAR_TWICE = re.compile(rf"\b{_ROOM}\b(?: \w+){{0,3}} {_BOOKED}|\b{_BOOKED}(?: \w+){{0,2}} {_ROOM}\b")


def finding_kind(folded: str) -> str | None:
    """The kind of finding a folded message describes an invoice by ("bank"), as a list is filtered by it."""
    folded = _CALENDAR_TWICE.sub(" ", folded)
    return next((kind for kind, pattern in _FLAGGED.items() if pattern.search(folded)), None)


def finding_said(folded: str) -> str | None:
    """The same as a reference token ("finding:bank")."""
    return f"finding:{kind}" if (kind := finding_kind(folded)) else None
