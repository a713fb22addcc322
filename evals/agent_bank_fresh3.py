"""Held-out 3 of `python -m evals.agent`: a third held-out bank, written (2026-11-30) before the
failures of held-out 2 were first printed and the planner tuned on them. Held-out 2 counts as
looked-at from then on; this bank is the clean measure. New phrasings per language and intent
(status questions as people ask in passing, "on file", "history", billing status of a deal),
never printed when they fail. Nine phrasings that turned out to repeat earlier banks were
replaced (blind) so that the parts stay disjoint. Same shape as agent_bank_fresh; entities and facts from agent_bank.
"""

from __future__ import annotations

FRESH3: dict[str, dict[str, list[str]]] = {
    "status": {
        "en": ["any update on {ref}?", "where are we with {ref}", "is {ref} stuck somewhere?"],
        "de": ["Gibt es Neuigkeiten zu {ref}?", "Wie ist der Stand bei {ref}?", "Hängt {ref} irgendwo?"],
        "fr": ["des nouvelles de {ref} ?", "où en est-on avec {ref}", "est-ce que {ref} est bloquée quelque part ?"],
        "es": ["¿alguna novedad sobre {ref}?", "¿en qué punto está {ref}?", "¿{ref} está atascada?"],
        "nl": ["nieuws over {ref}?", "hoe staat het ervoor met {ref}", "zit {ref} ergens vast?"],
    },
    "approvers": {
        "en": ["ok, and who signs it off?", "who can approve that then?"],
        "de": ["Und wer kann das genehmigen?", "Wer zeichnet die ab?"],
        "fr": ["et c'est qui qui valide ?", "qui signe celle-là ?"],
        "es": ["¿y a quién le toca aprobarla?", "¿quién la firma?"],
        "nl": ["en wie mag die goedkeuren?", "wie tekent ervoor?"],
    },
    "pending": {
        "en": ["anything waiting on me?", "what needs my approval today?"],
        "de": ["Wartet etwas auf meine Freigabe?", "Was muss ich heute genehmigen?"],
        "fr": ["quelque chose attend mon feu vert ?", "qu'est-ce que je dois approuver aujourd'hui ?"],
        "es": ["¿hay algo esperando mi visto bueno?", "¿qué tengo que aprobar hoy?"],
        "nl": ["wacht er iets op mij?", "wat moet ik vandaag goedkeuren?"],
    },
    "list": {
        "en": ["show me all invoices that are {ref}", "which bills are {ref}?"],
        "de": ["Zeig mir alle Rechnungen, die {ref} sind", "Welche Rechnungen sind {ref}?"],
        "fr": ["montre-moi toutes les factures {ref}", "quelles factures sont {ref} ?"],
        "es": ["muéstrame todas las facturas {ref}", "¿qué facturas están {ref}?"],
        "nl": ["toon alle facturen die {ref} zijn", "welke facturen zijn {ref}?"],
    },
    "variance": {
        "en": ["how far off is {ref} from the purchase order?", "break down the difference on {ref} for me"],
        "de": ["Wie weit weicht {ref} von der Bestellung ab?", "Erklär mir die Abweichung bei {ref}"],
        "fr": ["quel est l'écart entre {ref} et la commande ?", "explique-moi l'écart sur {ref}"],
        "es": ["¿cuánto se desvía {ref} del pedido?", "explícame la diferencia en {ref}"],
        "nl": ["hoeveel wijkt {ref} af van de bestelling?", "leg het verschil bij {ref} uit"],
    },
    "po": {
        "en": ["what's on purchase order {ref}?", "give me the lines of {ref}"],
        "de": ["Was steht auf {ref}?", "Details zur Bestellung {ref} bitte"],
        "fr": ["que contient le bon de commande {ref} ?", "détails de {ref} stp"],
        "es": ["¿qué incluye la orden de compra {ref}?", "detalles de {ref}, por favor"],
        "nl": ["wat staat er op inkooporder {ref}?", "wat hebben we onder {ref} besteld?"],
    },
    "vendor": {
        "en": ["tell me about the supplier {ref}", "do we have {ref} on file?"],
        "de": ["Was wissen wir über den Lieferanten {ref}?", "Haben wir {ref} im System?"],
        "fr": ["que sait-on du fournisseur {ref} ?", "est-ce qu'on a {ref} dans nos fichiers ?"],
        "es": ["¿qué sabemos del proveedor {ref}?", "¿tenemos a {ref} registrado?"],
        "nl": ["wat weten we over leverancier {ref}?", "staat {ref} bij ons in het systeem?"],
    },
    "deal": {
        "en": ["what's the billing status of {ref}?", "why is {ref} still not invoiced?"],
        "de": ["Wie ist der Abrechnungsstand von {ref}?", "Warum ist {ref} noch nicht fakturiert?"],
        "fr": ["où en est la facturation de {ref} ?", "pourquoi {ref} n'est toujours pas facturé ?"],
        "es": ["¿cómo va la facturación de {ref}?", "¿por qué {ref} aún no está facturado?"],
        "nl": ["wat is de factuurstatus van {ref}?", "waarom is {ref} nog steeds niet gefactureerd?"],
    },
    "audit": {
        "en": ["what's the history on {ref}?", "give me the audit trail of {ref}",
               "who has done anything on {ref}?"],
        "de": ["Wie ist der Verlauf von {ref}?", "Gib mir den Prüfpfad von {ref}",
               "Wer war alles an {ref} dran?"],
        "fr": ["quel est l'historique de {ref} ?", "donne-moi la piste d'audit de {ref}",
               "qui est intervenu sur {ref} ?"],
        "es": ["¿cuál es el historial de {ref}?", "dame la pista de auditoría de {ref}",
               "¿quién intervino en {ref}?"],
        "nl": ["wat is de geschiedenis van {ref}?", "geef me het audittrail van {ref}",
               "wie heeft wat gedaan met {ref}?"],
    },
    "refuse": {
        "en": ["please approve {ref}", "reject {ref}", "pay {ref} today"],
        "de": ["Bitte genehmige {ref}", "Weise {ref} zurück", "Zahl {ref} heute"],
        "fr": ["approuve {ref} s'il te plaît", "rejette {ref}", "paie {ref} aujourd'hui"],
        "es": ["aprueba {ref}, por favor", "rechaza {ref}", "paga {ref} hoy"],
        "nl": ["keur {ref} alsjeblieft goed", "wijs {ref} af", "betaal {ref} vandaag"],
    },
}

INVOICE_REFS_FRESH3 = {"GX-2026-118": "GX-2026-118", "the Globex invoice": "GX-2026-118", "NW-5602": "NW-5602"}
FOLLOW_UP_FRESH3 = {"the Initech invoice": "INV-88120"}
PENDING_FRESH3 = {"U0CFO0001": (["Alex Chen", "UC-77"], [])}
LIST_FRESH3 = {  # kinds of agent_bank.LIST_FACTS
    "over_budget": {"en": "over the budget", "de": "über dem Budget", "fr": "au-delà du budget",
                    "es": "por encima del presupuesto", "nl": "over het budget"},
    "waiting": {"en": "awaiting sign-off", "de": "zur Freigabe offen", "fr": "en attente de validation",
                "es": "a la espera de aprobación", "nl": "wachtend op goedkeuring"},
    "overdue": {"en": "late on payment", "de": "im Zahlungsverzug", "fr": "en retard de paiement",
                "es": "con pago atrasado", "nl": "verlopen"},
}
VARIANCE_FRESH3 = {"NW-5602": "NW-5602"}
PO_FRESH3 = {"PO-2002": ["PO-2002", "Toner cartridge"], "PO-2004": ["PO-2004", "Globex Industrial GmbH"]}
VENDOR_FRESH3 = {"Initech Consulting": ["Initech Consulting LLC", "V004"], "Soylent": ["Soylent Foods Corp", "V005"]}
DEAL_FRESH3 = {"OPP-3002": ["OPP-3002", "Meridian Health Partners"], "OPP-2990": ["OPP-2990", "SI-00001"]}
AUDIT_FRESH3 = {"INV-88120": ["approval_requested"], "GX-2026-118": ["GX-2026-118"]}
REFUSE_FRESH3 = {"NW-5602": "NW-5602", "the Globex invoice": "GX-2026-118"}
LOCAL_REFS_FRESH3 = {
    "the Globex invoice": {"de": "die Globex-Rechnung", "fr": "la facture de Globex", "es": "la factura de Globex",
                           "nl": "de factuur van Globex"},
}
