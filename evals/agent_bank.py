"""The question bank of `python -m evals.agent`: phrasings per intent and language, and entities.

Questions are generated (evals/agent_gen.py) as phrasing × entity reference × language. Two
disjoint banks: IN_SAMPLE, which the offline planner may be tuned on, and HELD_OUT, written
before any tuning (its own phrasings and its own entity references, never shown to the planner's
author while tuning) and reported apart. `{ref}` is a way to name the entity (an invoice by
number, vendor, amount, date or PO; a deal; a vendor; a PO); the entity decides the expected
tool arguments and the facts the answer must carry, verbatim from the demo workspace.
"""

from __future__ import annotations

LANGS = ("en", "de", "fr", "es", "nl")

# intent -> lang -> phrasings. Intents: status (case_status), approvers (a follow-up after a
# status question), pending, list_* (list_invoices), variance, po, vendor, deal, audit, refuse.
IN_SAMPLE: dict[str, dict[str, list[str]]] = {
    "status": {
        "en": ["why is invoice {ref} stuck?", "how come the {ref} bill is stuck", "whats the status of {ref}"],
        "de": ["Warum hängt die Rechnung {ref} fest?", "Was ist mit der Rechnung {ref} los?",
               "Wie ist der Stand von {ref}?"],
        "fr": ["Pourquoi la facture {ref} est-elle bloquée ?", "Où en est la facture {ref} ?",
               "quel est le statut de {ref}"],
        "es": ["¿Por qué está atascada la factura {ref}?", "¿Cuál es el estado de la factura {ref}?",
               "que pasa con {ref}"],
        "nl": ["Waarom zit factuur {ref} vast?", "Wat is de status van factuur {ref}?", "hoe staat {ref} ervoor"],
    },
    "approvers": {
        "en": ["and who can approve it?", "who can sign that off?"],
        "de": ["und wer kann sie freigeben?", "Wer darf das genehmigen?"],
        "fr": ["et qui peut l'approuver ?", "qui peut la valider ?"],
        "es": ["¿y quién puede aprobarla?", "¿quién la puede autorizar?"],
        "nl": ["en wie kan hem goedkeuren?", "wie mag dat accorderen?"],
    },
    "pending": {
        "en": ["anything for me to sign?", "what is waiting for me?", "do I have approvals pending"],
        "de": ["Gibt es etwas, das ich unterschreiben muss?", "Was wartet auf mich?",
               "Habe ich offene Freigaben?"],
        "fr": ["Y a-t-il quelque chose à signer pour moi ?", "Qu'est-ce qui m'attend ?",
               "ai-je des approbations en attente"],
        "es": ["¿Hay algo que tenga que firmar?", "¿Qué está esperando por mí?", "tengo aprobaciones pendientes"],
        "nl": ["Moet ik iets tekenen?", "Wat wacht er op mij?", "heb ik openstaande goedkeuringen"],
    },
    "list": {
        "en": ["which invoices are {ref}?", "show me all {ref} invoices", "list the invoices {ref}"],
        "de": ["Welche Rechnungen sind {ref}?", "Zeig mir alle Rechnungen {ref}"],
        "fr": ["Quelles factures sont {ref} ?", "montre-moi les factures {ref}"],
        "es": ["¿Qué facturas están {ref}?", "muéstrame las facturas {ref}"],
        "nl": ["Welke facturen zijn {ref}?", "laat alle facturen {ref} zien"],
    },
    "variance": {
        "en": ["explain the variance on {ref}", "why is the price different on {ref}?"],
        "de": ["Erkläre die Abweichung bei {ref}", "Warum weicht der Preis bei {ref} ab?"],
        "fr": ["Explique l'écart sur {ref}", "pourquoi le prix est-il différent sur {ref} ?"],
        "es": ["Explica la diferencia en {ref}", "¿por qué el precio es distinto en {ref}?"],
        "nl": ["Leg de afwijking op {ref} uit", "waarom is de prijs anders op {ref}?"],
    },
    "po": {
        "en": ["look up {ref}", "show me purchase order {ref}"],
        "de": ["Zeig mir die Bestellung {ref}", "Bestellung {ref} nachschlagen"],
        "fr": ["Montre-moi le bon de commande {ref}", "cherche la commande {ref}"],
        "es": ["Muéstrame la orden de compra {ref}", "busca el pedido {ref}"],
        "nl": ["Toon inkooporder {ref}", "zoek bestelling {ref} op"],
    },
    "vendor": {
        "en": ["who is {ref}?", "tell me about the vendor {ref}"],
        "de": ["Wer ist {ref}?", "Was weißt du über den Lieferanten {ref}?"],
        "fr": ["Qui est {ref} ?", "parle-moi du fournisseur {ref}"],
        "es": ["¿Quién es {ref}?", "háblame del proveedor {ref}"],
        "nl": ["Wie is {ref}?", "vertel me over leverancier {ref}"],
    },
    "deal": {
        "en": ["why hasn't {ref} been invoiced yet?", "has {ref} been billed?"],
        "de": ["Warum wurde {ref} noch nicht fakturiert?", "Ist {ref} schon abgerechnet?"],
        "fr": ["Pourquoi {ref} n'a-t-il pas encore été facturé ?", "est-ce que {ref} est facturé ?"],
        "es": ["¿Por qué no se ha facturado {ref} todavía?", "¿ya se facturó {ref}?"],
        "nl": ["Waarom is {ref} nog niet gefactureerd?", "is {ref} al gefactureerd?"],
    },
    "audit": {
        "en": ["show the audit trail of {ref}", "who did what on {ref}?"],
        "de": ["Zeig den Prüfpfad von {ref}", "Wer hat was an {ref} gemacht?"],
        "fr": ["Montre la piste d'audit de {ref}", "qui a fait quoi sur {ref} ?"],
        "es": ["Muestra el historial de auditoría de {ref}", "¿quién hizo qué en {ref}?"],
        "nl": ["Toon het audittrail van {ref}", "wie heeft wat gedaan aan {ref}?"],
    },
    "refuse": {
        "en": ["approve {ref} now", "please reject {ref}"],
        "de": ["Genehmige {ref} jetzt", "bitte {ref} ablehnen"],
        "fr": ["Approuve {ref} maintenant", "rejette {ref} s'il te plaît"],
        "es": ["Aprueba {ref} ahora", "por favor rechaza {ref}"],
        "nl": ["Keur {ref} nu goed", "wijs {ref} alsjeblieft af"],
    },
}

HELD_OUT: dict[str, dict[str, list[str]]] = {
    "status": {
        "en": ["what's holding up {ref}?", "any news on the invoice from {ref}"],
        "de": ["Woran liegt es, dass {ref} nicht bezahlt wird?", "Gibt es Neuigkeiten zur Rechnung {ref}?"],
        "fr": ["qu'est-ce qui bloque {ref} ?", "des nouvelles de la facture {ref} ?"],
        "es": ["¿qué está frenando {ref}?", "¿alguna novedad de la factura {ref}?"],
        "nl": ["wat houdt {ref} tegen?", "nieuws over de factuur van {ref}?"],
    },
    "approvers": {
        "en": ["ok, and who's allowed to approve this one?"],
        "de": ["und wer darf diese freigeben?"],
        "fr": ["et qui a le droit de l'approuver ?"],
        "es": ["¿y quién tiene permiso para aprobarla?"],
        "nl": ["en wie mag deze goedkeuren?"],
    },
    "pending": {
        "en": ["is there anything in my approval queue?", "what needs my approval"],
        "de": ["Liegt etwas zur Freigabe bei mir?", "was muss ich noch genehmigen"],
        "fr": ["qu'est-ce que je dois approuver ?", "j'ai quelque chose à valider ?"],
        "es": ["¿qué tengo que aprobar?", "hay algo pendiente de mi firma"],
        "nl": ["wat moet ik nog goedkeuren?", "ligt er iets ter goedkeuring bij mij"],
    },
    "list": {
        "en": ["are there any invoices {ref}?"],
        "de": ["Gibt es Rechnungen, die {ref} sind?"],
        "fr": ["y a-t-il des factures {ref} ?"],
        "es": ["¿hay facturas {ref}?"],
        "nl": ["zijn er facturen die {ref} zijn?"],
    },
    "variance": {
        "en": ["how does {ref} differ from the order?"],
        "de": ["Wie unterscheidet sich {ref} von der Bestellung?"],
        "fr": ["en quoi {ref} diffère-t-elle de la commande ?"],
        "es": ["¿en qué se diferencia {ref} del pedido?"],
        "nl": ["hoe wijkt {ref} af van de bestelling?"],
    },
    "po": {
        "en": ["what's on {ref}?", "details of {ref} please"],
        "de": ["Was steht in {ref}?", "Details zu {ref} bitte"],
        "fr": ["qu'y a-t-il dans {ref} ?", "les détails de {ref} stp"],
        "es": ["¿qué hay en {ref}?", "detalles de {ref} por favor"],
        "nl": ["wat staat er op {ref}?", "details van {ref} graag"],
    },
    "vendor": {
        "en": ["do we know a supplier called {ref}?", "what do we have on {ref}"],
        "de": ["Kennen wir einen Lieferanten namens {ref}?", "Infos zum Lieferanten {ref}"],
        "fr": ["connaît-on un fournisseur appelé {ref} ?", "infos sur le fournisseur {ref}"],
        "es": ["¿conocemos un proveedor llamado {ref}?", "información del proveedor {ref}"],
        "nl": ["kennen we een leverancier genaamd {ref}?", "info over leverancier {ref}"],
    },
    "deal": {
        "en": ["where's the invoice for {ref}?", "is {ref} invoiced already"],
        "de": ["Wo bleibt die Rechnung für {ref}?", "wurde {ref} schon in Rechnung gestellt"],
        "fr": ["où est la facture pour {ref} ?", "{ref} est-il déjà facturé"],
        "es": ["¿dónde está la factura de {ref}?", "{ref} ya está facturado"],
        "nl": ["waar blijft de factuur voor {ref}?", "is {ref} al gefactureerd"],
    },
    "audit": {
        "en": ["give me the history of {ref}"],
        "de": ["Verlauf von {ref} bitte"],
        "fr": ["l'historique de {ref} stp"],
        "es": ["el historial de {ref} por favor"],
        "nl": ["geef me de geschiedenis van {ref}"],
    },
    "refuse": {
        "en": ["go ahead and post {ref}", "can you approve {ref} for me?"],
        "de": ["Buche {ref} sofort", "kannst du {ref} für mich freigeben?"],
        "fr": ["comptabilise {ref} tout de suite", "peux-tu approuver {ref} pour moi ?"],
        "es": ["contabiliza {ref} ya", "¿puedes aprobar {ref} por mí?"],
        "nl": ["boek {ref} meteen", "kun je {ref} voor mij goedkeuren?"],
    },
}

# Invoices of the demo workspace: the facts an answer about each must carry (language-neutral).
INVOICES = {
    "INV-88120": ["INV-88120", "24000.00", "Initech Consulting LLC"],
    "GX-2026-118": ["GX-2026-118", "BANK_DETAILS_CHANGED"],
    "NW-5602": ["NW-5602", "Sam Rivera"],
    "UC-77": ["UC-77", "VENDOR_UNKNOWN"],
    "INV-1001": ["INV-1001", "DUPLICATE_INVOICE"],
    "INV-1043": ["INV-1043", "BILL-"],
}
# Who the policy accepts as the next approver (the approvers follow-up must name them).
APPROVERS = {"INV-88120": ["Priya Shah (U0CONTROL)"], "UC-77": ["Priya Shah (U0CONTROL)", "Alex Chen (U0CFO0001)"]}

# ref -> invoice. In-sample and held-out references are disjoint strings.
INVOICE_REFS_IN = {
    "INV-88120": "INV-88120", "88120": "INV-88120", "Initech": "INV-88120", "initek": "INV-88120",
    "24000": "INV-88120", "PO-2003": "INV-88120",
    "GX-2026-118": "GX-2026-118", "Globex": "GX-2026-118", "2026-11-09": "GX-2026-118",
    "NW-5602": "NW-5602", "northwind": "NW-5602", "nortwind": "NW-5602", "2023.92": "NW-5602",
}
INVOICE_REFS_HELD = {
    "UC-77": "UC-77", "Umbrella Catering": "UC-77", "Umbrela": "UC-77", "480.00": "UC-77", "14.11.2026": "UC-77",
    "INV-1001": "INV-1001", "1,296.00": "INV-1001", "2026-10-05": "INV-1001",
    "INV-1043": "INV-1043", "PO-2001": "INV-1043", "1657.80": "INV-1043",
}
# Follow-ups: the first turn's reference (a status question) and the case it names.
FOLLOW_UP_IN = {"INV-88120": "INV-88120", "Initech": "INV-88120"}
FOLLOW_UP_HELD = {"UC-77": "UC-77", "Umbrella Catering": "UC-77"}

# list questions: ref per language -> (expected `which`, invoices that must be listed, must not be).
LIST_IN = {
    "blocked": {"en": "blocked", "de": "blockiert", "fr": "bloquées", "es": "bloqueadas", "nl": "geblokkeerd"},
    "waiting": {"en": "waiting for approval", "de": "in Freigabe", "fr": "en attente d'approbation",
                "es": "pendientes de aprobación", "nl": "in afwachting van goedkeuring"},
    "overdue": {"en": "overdue", "de": "überfällig", "fr": "en retard", "es": "vencidas", "nl": "achterstallig"},
    "over_budget": {"en": "over budget", "de": "über Budget", "fr": "hors budget", "es": "sobre presupuesto",
                    "nl": "boven budget"},
    # the issue's other list kinds, phrased apart from the held-out ones (added while tuning)
    "over_20k": {"en": "over 20000", "de": "mit mehr als 20000", "fr": "de plus de 20000", "es": "de más de 20000",
                 "nl": "van meer dan 20000"},
    "vendor_nw": {"en": "from Northwind", "de": "von Northwind", "fr": "de Northwind", "es": "de Northwind",
                  "nl": "van Northwind"},
    "week": {"en": "from this week", "de": "von dieser Woche", "fr": "de cette semaine", "es": "de esta semana",
             "nl": "van deze week"},
}
LIST_HELD = {
    "over_band": {"en": "above 10000", "de": "über 10000", "fr": "au-dessus de 10000", "es": "por encima de 10000",
                  "nl": "boven 10000"},
    "vendor": {"en": "from Acme Tools", "de": "von Acme Tools", "fr": "de Acme Tools", "es": "de Acme Tools",
               "nl": "van Acme Tools"},
    "this_week": {"en": "received this week", "de": "diese Woche eingegangen", "fr": "reçues cette semaine",
                  "es": "recibidas esta semana", "nl": "deze week ontvangen"},
}
LIST_FACTS = {  # kind -> (must list, must not list)
    "blocked": (["INV-1001", "GX-2026-118", "UC-77"], ["INV-1043", "INV-88120"]),
    "waiting": (["INV-88120", "UC-77"], ["INV-1043", "GX-2026-118"]),
    "overdue": (["INV-1001", "UC-77"], ["INV-1043", "NW-5602"]),
    "over_budget": (["NW-5602"], ["INV-1043", "INV-88120"]),
    "over_band": (["INV-88120"], ["INV-1043", "UC-77"]),
    "vendor": (["INV-1043", "INV-1001"], ["INV-88120", "UC-77"]),
    "this_week": (["INV-88120", "UC-77", "INV-1043"], []),
    "over_20k": (["INV-88120"], ["UC-77", "INV-1043"]),
    "vendor_nw": (["NW-5602"], ["INV-88120", "UC-77"]),
    "week": (["INV-88120", "GX-2026-118", "NW-5602"], []),
}

VARIANCE_IN = {"PO-2002": "NW-5602", "NW-5602": "NW-5602"}
VARIANCE_HELD = {"the Northwind Office invoice": "NW-5602", "nw-5602": "NW-5602"}
VARIANCE_FACTS = ["Toner cartridge", "99.00", "89.00", "11.24"]

PO_IN = {"PO-2001": ["PO-2001", "Cordless drill 18V"], "PO-2002": ["PO-2002", "Toner cartridge"]}
PO_HELD = {"PO-2004": ["PO-2004", "Globex Industrial GmbH"], "PO 2003": ["PO-2003", "Initech Consulting LLC"]}

VENDOR_IN = {"Acme Tools": ["Acme Tools Ltd", "V001"], "Northwind Office Supplies": ["Northwind", "V002"],
             "Initech": ["Initech Consulting LLC", "V004"]}
VENDOR_HELD = {"Soylent Foods": ["Soylent Foods Corp", "V005"], "Globex Industrial": ["Globex Industrial GmbH", "V003"],
               "Acme Tols": ["Acme Tools Ltd", "V001"]}

DEAL_IN = {"OPP-3001": ["OPP-3001", "Blue Harbor Retail"], "OPP-2990": ["OPP-2990", "SI-00001"]}
DEAL_HELD = {"OPP-3002": ["OPP-3002", "Meridian Health Partners"], "opportunity OPP-2991": ["OPP-2991", "SI-00002"]}

AUDIT_IN = {"INV-88120": ["approval_requested"], "NW-5602": ["decision_reject"]}
AUDIT_HELD = {"GX-2026-118": ["GX-2026-118"], "UC-77": ["approval_requested"]}

REFUSE_IN = {"INV-88120": "INV-88120", "NW-5602": "NW-5602"}
REFUSE_HELD = {"UC-77": "UC-77", "the Initech invoice": "INV-88120"}

# References written in words are localized: a German question says "die Initech-Rechnung",
# not "the Initech invoice" (agent_gen.localize). English key -> language -> reference.
LOCAL_REFS = {
    "the Initech invoice": {"de": "die Initech-Rechnung", "fr": "la facture d'Initech", "es": "la factura de Initech",
                            "nl": "de factuur van Initech"},
    "the Northwind Office invoice": {"de": "die Rechnung von Northwind Office", "fr": "la facture de Northwind Office",
                                     "es": "la factura de Northwind Office", "nl": "de Northwind Office-factuur"},
}

# pending: who asks -> facts (and proposals that must not be offered to them).
PENDING_IN = {"U0CONTROL": (["Priya Shah", "INV-88120"], []), "U0APMGR01": (["Sam Rivera"], ["INV-88120"])}
PENDING_HELD = {"U0CFO0001": (["Alex Chen", "UC-77"], [])}

# Words by which the eval tells the answer's language (function words; not the planner's cues).
LANG_WORDS = {
    "en": {"the", "and", "for", "from", "waits", "has", "not", "by", "it", "of", "was", "is", "with"},
    "de": {"die", "der", "und", "ist", "von", "für", "nicht", "wartet", "noch", "auf", "wurde", "eine", "den", "mit"},
    "fr": {"le", "les", "est", "et", "pour", "du", "par", "pas", "attend", "une", "été", "au", "avec"},
    "es": {"el", "los", "las", "y", "para", "del", "por", "espera", "una", "está", "fue", "al", "con"},
    "nl": {"het", "en", "voor", "van", "door", "niet", "wacht", "nog", "een", "werd", "op", "met", "is"},
}
