"""Held-out 2 ("fresh") of `python -m evals.agent`: a second held-out bank, written after the
first planner was tuned and before its lexicon was broadened, with new phrasings per language
and intent (how a finance person asks in a hurry: synonyms, "can you" forms, separable verbs).
It is never used to tune the planner; reported apart as "held_out_2". Same shape as
agent_bank.IN_SAMPLE / HELD_OUT; entities and facts from agent_bank.
"""

from __future__ import annotations

FRESH: dict[str, dict[str, list[str]]] = {
    "status": {
        "en": ["what's the hold-up with {ref}?", "can you check where invoice {ref} is", "has {ref} been paid yet?"],
        "de": ["Warum ist {ref} noch nicht bezahlt?", "Kannst du mal nachsehen, wo die Rechnung {ref} steckt?",
               "Was blockiert {ref}?"],
        "fr": ["Pourquoi {ref} n'est-elle toujours pas payée ?", "tu peux vérifier où en est {ref} ?",
               "qu'est-ce qui coince avec la facture {ref}"],
        "es": ["¿por qué no se ha pagado {ref}?", "¿puedes mirar cómo está la factura {ref}?",
               "¿qué problema tiene {ref}?"],
        "nl": ["waarom is {ref} nog niet betaald?", "kun je kijken hoe het met factuur {ref} staat?",
               "wat is er aan de hand met {ref}?"],
    },
    "approvers": {
        "en": ["who needs to approve that one?", "who's the approver on it?"],
        "de": ["Wer muss die noch freigeben?", "wer ist dafür der Freigeber?"],
        "fr": ["qui doit la valider ?", "c'est qui l'approbateur ?"],
        "es": ["¿quién tiene que aprobarla?", "¿quién es el aprobador?"],
        "nl": ["wie moet die goedkeuren?", "wie is de goedkeurder?"],
    },
    "pending": {
        "en": ["what's on my plate to approve?", "do I have anything to sign off?"],
        "de": ["Was liegt bei mir zur Genehmigung?", "Muss ich noch etwas freigeben?"],
        "fr": ["qu'est-ce qui attend ma validation ?", "est-ce que j'ai des factures à approuver ?"],
        "es": ["¿qué tengo pendiente de aprobar?", "¿hay facturas esperando mi aprobación?"],
        "nl": ["wat ligt er bij mij ter goedkeuring?", "heb ik nog iets goed te keuren?"],
    },
    "list": {
        "en": ["can I get a list of invoices {ref}?", "what invoices are {ref} right now"],
        "de": ["Liste mir die Rechnungen auf, die {ref} sind", "Was haben wir an Rechnungen, die {ref} sind?"],
        "fr": ["donne-moi la liste des factures {ref}", "on a quelles factures {ref} ?"],
        "es": ["dame la lista de facturas {ref}", "¿cuáles son las facturas {ref}?"],
        "nl": ["geef me een overzicht van facturen die {ref} zijn", "wat voor facturen zijn er {ref}?"],
    },
    "variance": {
        "en": ["why doesn't {ref} match the PO?", "what's the price gap on {ref}?"],
        "de": ["Warum passt {ref} nicht zur Bestellung?", "Wo liegt die Preisdifferenz bei {ref}?"],
        "fr": ["pourquoi {ref} ne correspond pas au bon de commande ?", "quelle est la différence de prix sur {ref} ?"],
        "es": ["¿por qué {ref} no cuadra con el pedido?", "¿cuál es la discrepancia en {ref}?"],
        "nl": ["waarom klopt {ref} niet met de inkooporder?", "wat is het prijsverschil bij {ref}?"],
    },
    "po": {
        "en": ["pull up {ref}", "what was ordered on {ref}?"],
        "de": ["Was wurde mit {ref} bestellt?", "Öffne {ref}"],
        "fr": ["qu'est-ce qui a été commandé sur {ref} ?", "affiche {ref}"],
        "es": ["¿qué se pidió en {ref}?", "enséñame {ref}"],
        "nl": ["wat is er besteld op {ref}?", "laat {ref} eens zien"],
    },
    "vendor": {
        "en": ["what's in the vendor master for {ref}?", "is {ref} one of our suppliers?"],
        "de": ["Ist {ref} einer unserer Lieferanten?", "Stammdaten von {ref}?"],
        "fr": ["{ref} fait partie de nos fournisseurs ?", "fiche fournisseur de {ref}"],
        "es": ["¿{ref} es uno de nuestros proveedores?", "ficha del proveedor {ref}"],
        "nl": ["is {ref} een van onze leveranciers?", "leveranciersgegevens van {ref}"],
    },
    "deal": {
        "en": ["did we bill {ref} yet?", "has an invoice gone out for {ref}?"],
        "de": ["Haben wir {ref} schon abgerechnet?", "Ist für {ref} schon eine Rechnung raus?"],
        "fr": ["a-t-on déjà facturé {ref} ?", "la facture de {ref} est partie ?"],
        "es": ["¿ya facturamos {ref}?", "¿se emitió la factura de {ref}?"],
        "nl": ["hebben we {ref} al gefactureerd?", "is er al een factuur verstuurd voor {ref}?"],
    },
    "audit": {
        "en": ["who touched {ref}?", "show me the change log for {ref}"],
        "de": ["Wer hat {ref} bearbeitet?", "Zeig mir das Änderungsprotokoll von {ref}"],
        "fr": ["qui a touché à {ref} ?", "montre-moi le journal de {ref}"],
        "es": ["¿quién ha tocado {ref}?", "enséñame el registro de cambios de {ref}"],
        "nl": ["wie heeft aan {ref} gezeten?", "laat het logboek van {ref} zien"],
    },
    "refuse": {
        "en": ["sign off on {ref}", "could you push {ref} through to payment?", "mark {ref} as approved"],
        "de": ["Gib {ref} frei", "Kannst du {ref} bezahlen?", "Lehn {ref} ab"],
        "fr": ["valide {ref}", "tu peux payer {ref} ?", "refuse {ref} stp"],
        "es": ["autoriza {ref}", "¿me puedes pagar {ref}?", "marca {ref} como aprobada"],
        "nl": ["geef {ref} vrij", "kun je {ref} betalen?", "zet {ref} op goedgekeurd"],
    },
}

INVOICE_REFS_FRESH = {"UC-77": "UC-77", "Globex Industrial": "GX-2026-118", "INV-1043": "INV-1043"}
FOLLOW_UP_FRESH = {"UC-77": "UC-77"}
PENDING_FRESH = {"U0CONTROL": (["Priya Shah", "INV-88120"], [])}
LIST_FRESH = {  # kinds of agent_bank.LIST_FACTS
    "overdue": {"en": "past due", "de": "überfällig", "fr": "échues", "es": "atrasadas", "nl": "over de vervaldatum"},
    "blocked": {"en": "on hold", "de": "angehalten", "fr": "en suspens", "es": "retenidas", "nl": "in de wacht"},
}
VARIANCE_FRESH = {"NW-5602": "NW-5602"}
PO_FRESH = {"PO-2001": ["PO-2001", "Cordless drill 18V"]}
VENDOR_FRESH = {"Northwind Office": ["Northwind", "V002"]}
DEAL_FRESH = {"OPP-3001": ["OPP-3001", "Blue Harbor Retail"]}
AUDIT_FRESH = {"NW-5602": ["decision_reject"]}
REFUSE_FRESH = {"GX-2026-118": "GX-2026-118", "the Umbrella invoice": "UC-77"}
LOCAL_REFS_FRESH = {
    "the Umbrella invoice": {"de": "die Umbrella-Rechnung", "fr": "la facture Umbrella", "es": "la factura de Umbrella",
                             "nl": "de factuur van Umbrella"},
}
