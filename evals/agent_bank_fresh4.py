"""Held-out 4 of `python -m evals.agent`: a fourth held-out bank, written (2026-11-30) before the
failures of held-out 3 were printed and the planner broadened from them. From then on held-out 3
counts as seen and this bank was the clean measure (0.969 blind) until held-out 5 was written and its
failures printed and tuned on: seen since. New phrasings
per language and intent (short chat-style questions, polite forms, questions that put the
reference first). Same shape as agent_bank_fresh; entities and facts from agent_bank.
"""

from __future__ import annotations

FRESH4: dict[str, dict[str, list[str]]] = {
    "status": {
        "en": ["{ref} - what's going on with it?", "quick one: status of {ref}?",
               "could you tell me why {ref} is held up"],
        "de": ["{ref} – was ist da los?", "kurze Frage: Status von {ref}?",
               "Könntest du mir sagen, warum {ref} hängt?"],
        "fr": ["{ref} : qu'est-ce qui se passe ?", "petite question : statut de {ref} ?",
               "pourrais-tu me dire pourquoi {ref} est retenue ?"],
        "es": ["{ref}: ¿qué pasa con ella?", "pregunta rápida: ¿estado de {ref}?",
               "¿podrías decirme por qué {ref} está retenida?"],
        "nl": ["{ref}: wat is daarmee?", "snelle vraag: status van {ref}?",
               "kun je me vertellen waarom {ref} vastzit?"],
    },
    "approvers": {
        "en": ["who has to sign that?", "and who's allowed to approve it?"],
        "de": ["Wer muss das unterschreiben?", "und wer darf die freigeben?"],
        "fr": ["qui doit signer ça ?", "et qui est habilité à la valider ?"],
        "es": ["¿quién tiene que firmar eso?", "¿y quién puede autorizarla?"],
        "nl": ["wie moet dat tekenen?", "en wie mag hem goedkeuren?"],
    },
    "pending": {
        "en": ["is there anything I need to approve?", "my approvals, please"],
        "de": ["Gibt es etwas, das ich freigeben muss?", "Meine offenen Freigaben bitte"],
        "fr": ["y a-t-il quelque chose que je dois valider ?", "mes validations en attente, stp"],
        "es": ["¿hay algo que tenga que aprobar?", "mis aprobaciones pendientes, por favor"],
        "nl": ["is er iets dat ik moet goedkeuren?", "mijn openstaande goedkeuringen graag"],
    },
    "list": {
        "en": ["list the invoices {ref}", "are there any invoices {ref}?"],
        "de": ["Liste die Rechnungen auf, die {ref} sind", "Gibt es Rechnungen, die {ref} sind?"],
        "fr": ["liste les factures {ref}", "est-ce qu'il y a des factures {ref} ?"],
        "es": ["lista las facturas {ref}", "¿hay facturas {ref}?"],
        "nl": ["geef de facturen die {ref} zijn", "zijn er facturen die {ref} zijn?"],
    },
    "variance": {
        "en": ["is {ref} priced differently from the PO?", "where does {ref} differ from what we ordered?"],
        "de": ["Ist {ref} anders bepreist als die Bestellung?", "Worin unterscheidet sich {ref} von der Bestellung?"],
        "fr": ["{ref} a-t-elle un prix différent de la commande ?", "en quoi {ref} diffère-t-elle de la commande ?"],
        "es": ["¿{ref} tiene un precio distinto al del pedido?", "¿en qué se diferencia {ref} del pedido?"],
        "nl": ["heeft {ref} een andere prijs dan de bestelling?", "waarin verschilt {ref} van de bestelling?"],
    },
    "po": {
        "en": ["open purchase order {ref} for me", "which items are on {ref}?"],
        "de": ["Öffne mir die Bestellung {ref}", "Welche Artikel stehen auf {ref}?"],
        "fr": ["ouvre-moi le bon de commande {ref}", "quels articles figurent sur {ref} ?"],
        "es": ["ábreme la orden de compra {ref}", "¿qué artículos hay en {ref}?"],
        "nl": ["open inkooporder {ref} voor me", "welke artikelen staan op {ref}?"],
    },
    "vendor": {
        "en": ["look up the vendor {ref}", "what do we know about supplier {ref}?"],
        "de": ["Such den Lieferanten {ref}", "Was ist über den Lieferanten {ref} bekannt?"],
        "fr": ["cherche le fournisseur {ref}", "qu'est-ce qu'on sait sur le fournisseur {ref} ?"],
        "es": ["busca el proveedor {ref}", "¿qué se sabe del proveedor {ref}?"],
        "nl": ["zoek leverancier {ref} op", "wat is er bekend over leverancier {ref}?"],
    },
    "deal": {
        "en": ["has {ref} been invoiced?", "is there an invoice for {ref} yet?"],
        "de": ["Wurde {ref} schon in Rechnung gestellt?", "Gibt es schon eine Rechnung für {ref}?"],
        "fr": ["{ref} a-t-il été facturé ?", "y a-t-il déjà une facture pour {ref} ?"],
        "es": ["¿se ha facturado {ref}?", "¿ya hay factura para {ref}?"],
        "nl": ["is {ref} gefactureerd?", "is er al een factuur voor {ref}?"],
    },
    "audit": {
        "en": ["show the log of {ref}", "what changes were made to {ref}?"],
        "de": ["Zeig das Protokoll von {ref}", "Welche Änderungen gab es an {ref}?"],
        "fr": ["affiche le journal de {ref}", "quelles modifications ont été faites sur {ref} ?"],
        "es": ["muestra el registro de {ref}", "¿qué cambios se hicieron en {ref}?"],
        "nl": ["toon het logboek van {ref}", "welke wijzigingen zijn er in {ref} gedaan?"],
    },
    "refuse": {
        "en": ["approve {ref} right away", "go ahead and reject {ref}"],
        "de": ["Genehmige {ref} sofort", "Lehne {ref} bitte ab"],
        "fr": ["approuve {ref} tout de suite", "vas-y, rejette {ref}"],
        "es": ["aprueba {ref} enseguida", "adelante, rechaza {ref}"],
        "nl": ["keur {ref} meteen goed", "wijs {ref} maar af"],
    },
}

INVOICE_REFS_FRESH4 = {"INV-88120": "INV-88120", "the Umbrella invoice": "UC-77", "INV-1001": "INV-1001"}
FOLLOW_UP_FRESH4 = {"UC-77": "UC-77"}
PENDING_FRESH4 = {"U0CONTROL": (["Priya Shah", "INV-88120"], [])}
LIST_FRESH4 = {  # kinds of agent_bank.LIST_FACTS
    "blocked": {"en": "that are blocked", "de": "blockiert", "fr": "bloquées", "es": "bloqueadas",
                "nl": "geblokkeerd"},
    "over_band": {"en": "over 10,000", "de": "über 10.000", "fr": "de plus de 10 000", "es": "de más de 10.000",
                  "nl": "boven 10.000"},
}
VARIANCE_FRESH4 = {"NW-5602": "NW-5602"}
PO_FRESH4 = {"PO-2001": ["PO-2001", "Cordless drill 18V"], "PO-2003": ["PO-2003", "Initech Consulting LLC"]}
VENDOR_FRESH4 = {"Globex": ["Globex Industrial GmbH", "V003"], "Acme": ["Acme Tools Ltd", "V001"]}
DEAL_FRESH4 = {"OPP-3001": ["OPP-3001", "Blue Harbor Retail"], "OPP-2991": ["OPP-2991", "SI-00002"]}
AUDIT_FRESH4 = {"NW-5602": ["decision_reject"], "UC-77": ["approval_requested"]}
REFUSE_FRESH4 = {"INV-88120": "INV-88120", "UC-77": "UC-77"}
LOCAL_REFS_FRESH4 = {
    "the Umbrella invoice": {"de": "die Umbrella-Rechnung", "fr": "la facture Umbrella", "es": "la factura de Umbrella",
                             "nl": "de factuur van Umbrella"},
}
