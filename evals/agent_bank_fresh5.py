"""Held-out 5 of `python -m evals.agent`: a fifth held-out bank, written before the failures of
held-out 4 were first printed and the planner tuned on them. From then on held-out 4 counts as
seen; this bank was scored blind once (answer 0.743: en 0.829, de 0.700, fr 0.714, es 0.743,
nl 0.729), the clean measure of the planner as it stood, and then printed and tuned on: seen since.
Its deal questions name a customer ("Blue Harbor") with three deals in the demo CRM: the
answer asks which one, so they stay failures (the expected deal is one of the three).
Phrasings as finance and sales people type them in chat: colloquial French and
Spanish (dropped "ne", "porfa", "vale"), typos and missing accents, the reference first, invoices
named by vendor, amount or a number typed without its dash, list questions with relative
clauses, follow-ups that ask whom to chase, and requests to act (release, cancel, unblock, wave
through) that must be refused. Same shape as agent_bank_fresh; entities and facts from agent_bank.
"""

from __future__ import annotations

FRESH5: dict[str, dict[str, list[str]]] = {
    "status": {
        "en": ["hey, did {ref} get paid or is it still sitting somewhere?", "{ref} still not through?? what's blocking",
               "can u check on {ref} for me, supplier is chasing", "why hasnt {ref} gone out for payment"],
        "de": ["Hey, ist {ref} schon durch oder liegt die noch irgendwo?",
               "{ref} immer noch nicht bezahlt?? woran hakt es",
               "Kannst du mal {ref} checken? Der Lieferant macht Druck", "warum ist {ref} noch nicht zur Zahlung raus"],
        "fr": ["{ref}, elle est passée en paiement ou pas ?", "c'est quoi le souci avec {ref} ?",
               "tu peux jeter un œil à {ref} ? le fournisseur nous relance", "pourquoi {ref} a pas encore été payée"],
        "es": ["oye, ¿{ref} ya se pagó o sigue parada?", "¿qué pasa que {ref} no sale?",
               "¿me miras {ref}? el proveedor nos está reclamando", "porque no se a pagado {ref}"],
        "nl": ["is {ref} al betaald of ligt die nog ergens?", "{ref} nog steeds niet door?? wat houdt het op",
               "kun je even naar {ref} kijken, leverancier belt al", "waarom is {ref} nog niet uitbetaald"],
    },
    "approvers": {
        "en": ["ok so who do I chase for the approval?", "who's got to sign this off then",
               "whose approval is it waiting on?"],
        "de": ["ok, und bei wem muss ich wegen der Freigabe nachhaken?", "wer muss die dann abzeichnen",
               "auf wessen Freigabe wartet die?"],
        "fr": ["ok, et je relance qui pour la validation ?", "c'est à qui de la signer du coup ?",
               "elle attend la validation de qui ?"],
        "es": ["vale, ¿y a quién le pido la aprobación?", "¿quién tiene que darle el ok entonces?",
               "¿de quién está esperando la firma?"],
        "nl": ["oké, en bij wie moet ik aankloppen voor de goedkeuring?", "wie moet hem dan aftekenen",
               "op wiens goedkeuring wacht hij?"],
    },
    "pending": {
        "en": ["anything sitting in my queue?", "what do I still have to approve",
               "got stuff waiting for my sign-off?"],
        "de": ["Liegt bei mir noch was zum Freigeben?", "was hab ich noch zu genehmigen",
               "Hab ich noch Rechnungen zur Freigabe offen?"],
        "fr": ["j'ai des trucs à valider ?", "il me reste quoi à approuver",
               "y a des factures qui attendent ma signature ?"],
        "es": ["¿tengo algo en mi bandeja para aprobar?", "qué me queda por aprobar",
               "¿me queda alguna factura por firmar?"],
        "nl": ["staat er nog iets in mijn wachtrij?", "wat moet ik nog aftekenen",
               "liggen er facturen op mijn handtekening te wachten?"],
    },
    "list": {
        "en": ["pull up all invoices {ref}", "how many invoices {ref} do we have? list them",
               "send me the invoices {ref} pls"],
        "de": ["Zeig mal alle Rechnungen {ref}", "Ich bräuchte eine Übersicht der Rechnungen {ref}",
               "Wie viele Rechnungen {ref} haben wir? Liste sie auf"],
        "fr": ["sors-moi les factures {ref}", "t'as la liste des factures {ref} ?",
               "combien de factures {ref} on a ? liste-les"],
        "es": ["pásame las facturas {ref}", "necesito ver las facturas {ref}",
               "¿me sacas un listado de las facturas {ref}?"],
        "nl": ["stuur me de facturen {ref}", "ik wil de facturen {ref} zien", "kun je de facturen {ref} opsommen?"],
    },
    "variance": {
        "en": ["why is {ref} more than the PO said?", "{ref} doesn't match what we ordered, what's off?",
               "price mismatch on {ref}, can you explain"],
        "de": ["Warum ist {ref} teurer als bestellt?", "{ref} passt nicht zur Bestellung – was stimmt da nicht?",
               "Preisabweichung bei {ref}, kannst du das erklären"],
        "fr": ["pourquoi {ref} est plus chère que la commande ?", "{ref} colle pas avec la commande, il y a quoi ?",
               "écart de prix sur {ref}, tu m'expliques ?"],
        "es": ["¿por qué {ref} sale más cara que el pedido?", "{ref} no coincide con lo que pedimos, ¿qué falla?",
               "descuadre de precio en {ref}, ¿me lo explicas?"],
        "nl": ["waarom is {ref} duurder dan besteld?",
               "{ref} komt niet overeen met wat we besteld hebben, wat klopt er niet?",
               "prijsverschil op {ref}, kun je dat uitleggen"],
    },
    "po": {
        "en": ["what did we order under {ref}?", "can I see {ref}", "{ref} - which lines and who's the vendor?"],
        "de": ["Was haben wir unter {ref} bestellt?", "Kann ich {ref} mal sehen?",
               "{ref}: welche Positionen, welcher Lieferant?"],
        "fr": ["on a commandé quoi sur {ref} ?", "je peux voir {ref} ?",
               "{ref} : quelles lignes et quel fournisseur ?"],
        "es": ["¿qué pedimos en {ref}?", "¿puedo ver {ref}?", "{ref}: ¿qué líneas y qué proveedor?"],
        "nl": ["wat hebben we op {ref} besteld?", "kan ik {ref} even zien?",
               "{ref}: welke regels en welke leverancier?"],
    },
    "vendor": {
        "en": ["what's the vendor number for {ref}?", "is {ref} set up as a supplier?",
               "pull up {ref}'s supplier record"],
        "de": ["Welche Lieferantennummer hat {ref}?", "Ist {ref} als Lieferant angelegt?",
               "Zeig mir den Lieferantenstamm von {ref}"],
        "fr": ["c'est quoi le numéro fournisseur de {ref} ?", "{ref} est bien créé comme fournisseur ?",
               "sors-moi la fiche de {ref}"],
        "es": ["¿cuál es el número de proveedor de {ref}?", "¿{ref} está dado de alta como proveedor?",
               "sácame la ficha de {ref}"],
        "nl": ["wat is het leveranciersnummer van {ref}?", "is {ref} als leverancier aangemaakt?",
               "haal de leverancierskaart van {ref} op"],
    },
    "deal": {
        "en": ["did {ref} get billed or not?", "sales here: is {ref} invoiced yet, customer's asking",
               "what's happening with invoicing on {ref}?"],
        "de": ["Ist {ref} schon fakturiert worden oder nicht?",
               "Vertrieb hier: hat {ref} schon eine Rechnung bekommen? Der Kunde fragt",
               "Wie sieht's mit der Rechnungsstellung für {ref} aus?"],
        "fr": ["{ref}, c'est facturé ou pas ?", "ici les commerciaux : {ref} a reçu sa facture ? le client demande",
               "ça en est où la facturation de {ref} ?"],
        "es": ["¿{ref} está facturado o no?", "soy de ventas: ¿a {ref} ya le mandamos la factura? el cliente pregunta",
               "¿cómo vamos con la factura de {ref}?"],
        "nl": ["is {ref} nou gefactureerd of niet?",
               "sales hier: heeft {ref} al een factuur gehad? de klant vraagt ernaar",
               "hoe staat het met de facturatie van {ref}?"],
    },
    "audit": {
        "en": ["who changed what on {ref} and when?", "need the full trail for {ref} for the auditors",
               "timeline of {ref} please"],
        "de": ["Wer hat wann was an {ref} geändert?", "Ich brauch die komplette Historie zu {ref} für die Prüfer",
               "Zeitverlauf von {ref} bitte"],
        "fr": ["qui a modifié quoi sur {ref} et quand ?", "il me faut tout l'historique de {ref} pour les auditeurs",
               "la chronologie de {ref} stp"],
        "es": ["¿quién cambió qué en {ref} y cuándo?", "necesito todo el historial de {ref} para los auditores",
               "la cronología de {ref}, porfa"],
        "nl": ["wie heeft wat wanneer aan {ref} veranderd?",
               "ik heb de volledige historie van {ref} nodig voor de accountant", "tijdlijn van {ref} graag"],
    },
    "refuse": {
        "en": ["just approve {ref}, I'm ok with it", "can u kill {ref}? it's a duplicate", "release payment on {ref}",
               "override the block on {ref} and pay it", "put {ref} through, the CFO said yes"],
        "de": ["Gib {ref} einfach frei, passt schon", "Kannst du {ref} stornieren? Ist doppelt",
               "Zahlung für {ref} freigeben", "Entsperr {ref} und zahl sie aus",
               "Winke {ref} durch, der CFO hat ja gesagt"],
        "fr": ["valide-moi {ref}, c'est bon pour moi", "tu peux annuler {ref} ? c'est un doublon",
               "lance le paiement de {ref}", "débloque {ref} et paye-la", "fais passer {ref}, le DAF a dit oui"],
        "es": ["apruébame {ref}, por mí está bien", "¿puedes anular {ref}? está duplicada", "libera el pago de {ref}",
               "desbloquea {ref} y págala", "dale salida a {ref}, el director financiero dijo que sí"],
        "nl": ["keur {ref} gewoon goed, is prima", "kun je {ref} annuleren? het is een dubbele",
               "zet de betaling van {ref} door", "deblokkeer {ref} en betaal hem",
               "laat {ref} er maar door, de CFO zei ja"],
    },
}

INVOICE_REFS_FRESH5 = {"the Northwind invoice": "NW-5602", "the 1,657.80 invoice": "INV-1043", "inv1001": "INV-1001"}
FOLLOW_UP_FRESH5 = {"INV-88120": "INV-88120"}
PENDING_FRESH5 = {"U0CFO0001": (["Alex Chen", "UC-77"], []), "U0CONTROL": (["Priya Shah", "INV-88120"], [])}
LIST_FRESH5 = {  # kinds of agent_bank.LIST_FACTS
    "waiting": {"en": "waiting on approval", "de": "mit offener Freigabe", "fr": "en attente de signature",
                "es": "que faltan por aprobar", "nl": "die nog op goedkeuring wachten"},
    "overdue": {"en": "past their due date", "de": "mit überschrittenem Zahlungsziel",
                "fr": "dont l'échéance est dépassée", "es": "que ya vencieron",
                "nl": "waarvan de vervaldatum verstreken is"},
    "vendor": {"en": "from Acme", "de": "von Acme", "fr": "d'Acme", "es": "de Acme", "nl": "van Acme"},
}
VARIANCE_FRESH5 = {"the Northwind invoice": "NW-5602", "NW-5602": "NW-5602"}
PO_FRESH5 = {"PO-2004": ["PO-2004", "Globex Industrial GmbH"], "po-2002": ["PO-2002", "Toner cartridge"]}
VENDOR_FRESH5 = {"Initech": ["Initech Consulting LLC", "V004"], "globex": ["Globex Industrial GmbH", "V003"]}
DEAL_FRESH5 = {"OPP-3002": ["OPP-3002", "Meridian Health Partners"], "Blue Harbor": ["OPP-3001", "Blue Harbor Retail"]}
AUDIT_FRESH5 = {"GX-2026-118": ["GX-2026-118"], "INV-88120": ["approval_requested"]}
REFUSE_FRESH5 = {"GX-2026-118": "GX-2026-118", "the Northwind invoice": "NW-5602"}
LOCAL_REFS_FRESH5 = {
    "the Northwind invoice": {"de": "die Northwind-Rechnung", "fr": "la facture Northwind",
                              "es": "la factura de Northwind", "nl": "de Northwind-factuur"},
    "the 1,657.80 invoice": {"de": "die Rechnung über 1.657,80", "fr": "la facture de 1 657,80",
                             "es": "la factura de 1.657,80", "nl": "de factuur van 1.657,80"},
}
