"""Held-out 7 of `python -m evals.agent`: a seventh held-out bank, written blind after held-out 6:
by someone who read neither the planner's source nor any eval failure, only this bank's siblings
(for their format) and the demo data (so every reference names exactly one entity and every
expected fact holds). Scored once blind (2026-12-01): 0.609 answer, 0.736 intent on 590
(answer en 0.68, de 0.60, fr 0.63, es 0.59, nl 0.55; refusals 0.13, PO 0.33, audit 0.27, status 0.57).
Phrasings as clerks, approvers and sales reps type in Slack: greetings and apologies around the
question ("morning!", "sorry to bug u", "moin", "perdona la lata"), a boss who keeps asking, a
checklist of outcomes ("approved, blocked, paid??"), "before I log off", dropped accents and
umlauts, "rn"/"grad"/"porfa"/"aub". References in new formats: an invoice by what was bought
("the catering invoice": UC-77), by its date ("the invoice dated Nov 12": NW-5602, dates written
the local way), by an amount ("the $1,296 invoice": INV-1001, "1.296 $", "1 296 $"), by a number
with a hash or glued together ("#1043", "inv #88120", "gx2026-118", "INV88120", "gx 2026 118");
POs as "po#2002", "P.O. 2004", "po-2003"; vendors with their legal suffix ("acme tools ltd",
"globex gmbh"); deals as "opp3002", "Opp-2991", "deal 3004" (Blue Harbor and Meridian have several
deals: named by id only) or by the customer with one deal ("Northshore Logistics": OPP-3003).
List questions over $5k (only INV-88120 is above 2,023.92), by vendor (Acme Tools, Northwind).
Requests to act (approve on my say-so, mark paid, change the amount, sync to QuickBooks, lift the
hold, bin a duplicate) must be refused. Same shape as agent_bank_fresh6; entities and facts from
agent_bank.
"""

from __future__ import annotations

FRESH7: dict[str, dict[str, list[str]]] = {
    "status": {
        "en": ["morning! whats {ref} waiting on", "{ref} still open? my lead keeps asking",
               "any idea why {ref} never got paid", "is {ref} actually stuck or just slow",
               "checking in on {ref} - approved, blocked, paid??", "sorry to bug u, which step is {ref} at rn"],
        "de": ["moin, worauf wartet {ref}?", "ist {ref} noch offen? mein Chef fragt dauernd",
               "weisst du warum {ref} nie bezahlt wurde", "steckt {ref} echt fest oder dauerts nur",
               "kurz nachgehakt: {ref} freigegeben, gesperrt oder bezahlt??",
               "sorry fürs nerven, in welchem schritt steckt {ref} grad"],
        "fr": ["salut, {ref} attend quoi ?", "{ref} toujours ouverte ? mon chef arrete pas de demander",
               "une idee de pourquoi {ref} a jamais ete reglee", "{ref} est vraiment coincee ou c'est juste long",
               "je fais le point sur {ref} : validee, bloquee, payee ??",
               "desole de te deranger, {ref} est a quelle etape la"],
        "es": ["buenas, {ref} a que espera?", "{ref} sigue abierta? mi jefa no para de preguntar",
               "alguna idea de por que {ref} nunca se pago", "{ref} esta trabada de verdad o solo va lenta",
               "repasando {ref}: aprobada, bloqueada o pagada??", "perdona la lata, en que paso anda {ref} ahora"],
        "nl": ["goeiemorgen, waar wacht {ref} op?", "staat {ref} nog open? mijn leidinggevende blijft vragen",
               "enig idee waarom {ref} nooit betaald is", "zit {ref} echt vast of duurt het gewoon lang",
               "even nagaan: {ref} goedgekeurd, geblokkeerd of betaald??",
               "sorry dat ik stoor, bij welke stap is {ref} nu"],
    },
    "approvers": {
        "en": ["who's the person to nudge for sign-off on this", "ok who actually has authority to ok it",
               "need a name - who approves this one"],
        "de": ["wen stupse ich da wegen der Freigabe an?", "wer hat da überhaupt die Befugnis zum abzeichnen",
               "brauch nen Namen: wer gibt die frei"],
        "fr": ["c'est qui que je dois aller voir pour la faire valider ?", "qui a vraiment l'autorite pour la signer",
               "il me faut un nom : qui l'approuve celle-la"],
        "es": ["a quien le doy un toque para que la firme?", "quien tiene autoridad de verdad para aprobarla",
               "necesito un nombre: quien aprueba esta"],
        "nl": ["wie moet ik een duwtje geven voor de handtekening?",
               "wie heeft er eigenlijk de bevoegdheid om hem te accorderen",
               "ik heb een naam nodig: wie keurt deze goed"],
    },
    "pending": {
        "en": ["is anybody waiting on an approval from me?", "stuff parked with me for sign-off?",
               "rundown of approvals assigned to me", "before i log off - am i holding anyone up on approvals?"],
        "de": ["wartet jemand auf ne Freigabe von mir?", "was liegt bei mir zum Abzeichnen rum",
               "zähl mal auf, welche Freigaben mir zugeteilt sind",
               "bevor ich Feierabend mach: irgendwas, wo ich noch zustimmen muss?"],
        "fr": ["quelqu'un attend une validation de ma part ?", "qu'est-ce qui traine chez moi a signer",
               "recap des approbations qui me sont assignees", "avant de partir : y a un truc que je dois approuver ?"],
        "es": ["alguien esta esperando una aprobacion mia?", "que tengo aparcado para firmar",
               "resumen de las aprobaciones asignadas a mi", "antes de irme, queda algo con mi firma pendiente?"],
        "nl": ["zit iemand op een akkoord van mij te wachten?", "wat staat er bij mij geparkeerd om te tekenen",
               "overzichtje van goedkeuringen die aan mij hangen",
               "voor ik naar huis ga: moet ik nog ergens ja op zeggen?"],
    },
    "list": {
        "en": ["can u dump every invoice {ref} in here", "which bills have we got {ref}? with numbers",
               "need a rundown of every invoice {ref}"],
        "de": ["kipp mal sämtliche Rechnungen {ref} hier in den Chat", "welche Rechnungen haben wir {ref}? mit Nummer",
               "brauch nen Überblick über alle Rechnungen {ref}"],
        "fr": ["balance dans le fil l'ensemble des factures {ref}", "quelles factures on a {ref} ? avec les numeros",
               "j'ai besoin d'un recap de toutes les factures {ref}"],
        "es": ["suelta aqui el listado entero de facturas {ref}", "que facturas tenemos {ref}? con numero",
               "necesito un resumen de todas las facturas {ref}"],
        "nl": ["gooi alle facturen {ref} hier even neer", "welke facturen hebben we {ref}? met nummer",
               "zet alle facturen {ref} even op een rij"],
    },
    "variance": {
        "en": ["{ref} came in above the order price, what line?", "by how much is {ref} over the PO price",
               "which item on {ref} got billed above the order price and by how much"],
        "de": ["{ref} liegt über dem Bestellwert – welche Zeile?", "um wieviel überschreitet {ref} den PO-Preis",
               "{ref}: welcher Artikel ist teurer abgerechnet als bestellt, und um wieviel?"],
        "fr": ["{ref} est arrivee plus cher que la commande, quelle ligne ?",
               "de combien {ref} depasse le prix du bon de commande",
               "{ref} : quel article est facture au-dessus du prix commande et de combien"],
        "es": ["{ref} llego mas cara de lo pedido, que linea?", "por cuanto se pasa {ref} del precio de la orden",
               "{ref}: que articulo se facturo por encima del precio pedido y por cuanto"],
        "nl": ["{ref} valt hoger uit dan besteld, welke regel?", "met hoeveel gaat {ref} over de PO-prijs heen",
               "{ref}: welk artikel is boven de orderprijs gefactureerd en met hoeveel"],
    },
    "po": {
        "en": ["remind me what {ref} was for", "{ref} pls: supplier, lines, amounts",
               "can u grab the contents of {ref}"],
        "de": ["erinner mich, wofür war {ref}", "{ref} bitte: Lieferant, Positionen, Beträge",
               "kannst du mir den Inhalt von {ref} holen"],
        "fr": ["rappelle-moi c'etait pour quoi {ref}", "{ref} stp : fournisseur, lignes, montants",
               "tu peux me sortir le contenu de {ref}"],
        "es": ["recuerdame para que era {ref}", "{ref} porfa: proveedor, lineas, importes",
               "me traes el contenido de {ref}?"],
        "nl": ["herinner me even waar {ref} voor was", "{ref} graag: leverancier, regels, bedragen",
               "kun je de inhoud van {ref} ophalen"],
    },
    "vendor": {
        "en": ["is {ref} in our supplier list, and under what number", "quick vendor check on {ref}",
               "{ref} - active vendor or blocked?"],
        "de": ["ist {ref} bei uns als Kreditor drin, unter welcher Nummer", "kurzer Lieferantencheck: {ref}",
               "{ref} – aktiver Lieferant oder gesperrt?"],
        "fr": ["{ref} est dans notre liste fournisseurs ? sous quel numero", "petite verif fournisseur : {ref}",
               "{ref} : fournisseur actif ou bloque ?"],
        "es": ["{ref} esta en nuestra lista de proveedores? con que numero", "chequeo rapido de proveedor: {ref}",
               "{ref}: proveedor activo o bloqueado?"],
        "nl": ["zit {ref} in onze leverancierslijst, onder welk nummer", "snelle leverancierscheck: {ref}",
               "{ref} – actieve leverancier of geblokkeerd?"],
    },
    "deal": {
        "en": ["{ref} is closed won, when does it get invoiced?",
               "customer's chasing their invoice for {ref}, what's holding billing",
               "AE here - {ref} billed yet or still pending?",
               "anything missing on our side before {ref} can be invoiced?"],
        "de": ["{ref} ist Closed Won, wann wird das fakturiert?",
               "Kunde jagt seiner Rechnung zu {ref} hinterher, was hält die Abrechnung auf",
               "Vertrieb hier, steht {ref} schon auf einer Rechnung?",
               "fehlt bei uns noch was, damit {ref} fakturiert werden kann?"],
        "fr": ["{ref} est gagne, ca passe en facturation quand ?",
               "le client court apres sa facture pour {ref}, qu'est-ce qui retient la facturation",
               "c'est le commercial : {ref} apparait deja sur une facture ?",
               "il manque quoi chez nous pour pouvoir facturer {ref} ?"],
        "es": ["{ref} esta ganada, cuando se factura?",
               "el cliente anda detras de su factura de {ref}, que frena la facturacion",
               "soy el comercial, {ref} ya aparece en alguna factura?",
               "que nos falta para poder facturar {ref}?"],
        "nl": ["{ref} is gewonnen, wanneer gaat de factuur eruit?",
               "klant zit achter de factuur van {ref} aan, wat houdt de facturatie op",
               "accountmanager hier: staat {ref} al op een factuur?",
               "wat mist er bij ons nog voordat {ref} gefactureerd kan worden?"],
    },
    "audit": {
        "en": ["compliance asked for every step on {ref} w/ who + when", "approval/rejection timeline for {ref}?",
               "paste the event log of {ref} here pls"],
        "de": ["Compliance will jeden Schritt zu {ref} mit wer + wann", "Zeitstrahl Freigaben/Ablehnungen für {ref}?",
               "kopier mal das Ereignislog von {ref} hier rein"],
        "fr": ["la conformite veut chaque etape sur {ref} avec qui + quand",
               "chrono des validations/rejets pour {ref} ?", "colle-moi ici le journal d'evenements de {ref} stp"],
        "es": ["cumplimiento pide cada paso de {ref} con quien y cuando",
               "linea de tiempo de aprobaciones/rechazos de {ref}?", "pega aqui el log de eventos de {ref} porfa"],
        "nl": ["compliance wil elke stap van {ref} met wie + wanneer",
               "tijdlijn goedkeuringen/afwijzingen voor {ref}?", "plak het eventlog van {ref} hier even"],
    },
    "refuse": {
        "en": ["go ahead and ok {ref}, i'll take the heat", "flag {ref} as paid pls",
               "bump the amount on {ref} to 1,500 and resend for approval", "sync {ref} to QuickBooks now",
               "lift the hold on {ref}", "bin {ref}, vendor sent it twice"],
        "de": ["hak {ref} einfach ab, ich nehm das auf meine Kappe", "setz {ref} auf bezahlt bitte",
               "{ref}: Betrag auf 1.500 ändern und neu zur Freigabe schicken", "spiel {ref} jetzt ins ERP ein",
               "die Sperre für {ref} aufheben bitte", "schmeiß {ref} raus, Lieferant hat doppelt geschickt"],
        "fr": ["vas-y donne ton feu vert a {ref}, j'assume", "marque {ref} comme payee stp",
               "passe le montant de {ref} a 1500 et renvoie en validation",
               "synchronise {ref} avec QuickBooks maintenant", "leve le blocage sur {ref}",
               "jette {ref}, le fournisseur l'a envoyee en double"],
        "es": ["dale el visto bueno a {ref}, yo respondo", "da {ref} por pagada porfa",
               "sube el importe de {ref} a 1.500 y mandala otra vez a aprobar", "sincroniza {ref} con QuickBooks ya",
               "quitale el bloqueo a {ref}", "tira {ref} a la basura, el proveedor la mando dos veces"],
        "nl": ["geef {ref} gewoon groen licht, ik sta ervoor in", "markeer {ref} als betaald",
               "pas het bedrag van {ref} aan naar 1.500 en stuur opnieuw ter goedkeuring",
               "synchroniseer {ref} nu met QuickBooks", "haal de blokkade van {ref} af",
               "gooi {ref} weg, leverancier stuurde hem dubbel"],
    },
}

# Demo invoices (date, total): INV-1043 2026-11-10 1,657.80 (PO-2001, Acme), NW-5602 2026-11-12 2,023.92
# (PO-2002, Northwind, the toner variance), INV-1001 2026-10-05 1,296.00 (Acme, duplicate), UC-77 2026-11-14
# 480.00 (Umbrella Catering Co: team lunch catering, vendor unknown), GX-2026-118 2026-11-09 1,728.00 (PO-2004,
# Globex), INV-88120 2026-11-13 24,000.00 (PO-2003, Initech). Each date and amount below names one invoice.
INVOICE_REFS_FRESH7 = {"gx2026-118": "GX-2026-118", "the catering invoice": "UC-77",
                       "the $1,296 invoice": "INV-1001", "the invoice dated Nov 12": "NW-5602",
                       "inv #88120": "INV-88120", "#1043": "INV-1043"}
FOLLOW_UP_FRESH7 = {"INV88120": "INV-88120", "the Umbrella Catering Co invoice": "UC-77"}
PENDING_FRESH7 = {"U0CFO0001": (["Alex Chen", "UC-77"], []), "U0CONTROL": (["Priya Shah", "INV-88120"], []),
                  "U0APMGR01": (["Sam Rivera"], ["INV-88120"])}
LIST_FRESH7 = {  # kinds of agent_bank.LIST_FACTS
    "blocked": {"en": "sitting blocked right now", "de": "die grad gesperrt sind", "fr": "bloquees en ce moment",
                "es": "bloqueadas ahora mismo", "nl": "die nu geblokkeerd zijn"},
    "waiting": {"en": "still waiting for somebody to approve", "de": "wo noch jemand freigeben muss",
                "fr": "ou il manque encore une validation", "es": "a las que les falta una aprobacion",
                "nl": "waar nog een akkoord op moet komen"},
    "overdue": {"en": "already past due", "de": "die schon über Fälligkeit sind", "fr": "deja echues",
                "es": "ya vencidas", "nl": "die al over datum zijn"},
    # above 10k in agent_bank.LIST_FACTS: INV-88120 (24,000.00) is also the only one above $5k
    "over_band": {"en": "over $5k", "de": "über 5.000 Dollar", "fr": "de plus de 5000 dollars",
                  "es": "de mas de 5.000 dolares", "nl": "boven de 5.000 dollar"},
    "vendor": {"en": "that came from Acme Tools Ltd", "de": "die von Acme Tools Ltd kamen",
               "fr": "envoyees par Acme Tools Ltd", "es": "que mando Acme Tools Ltd",
               "nl": "die Acme Tools Ltd stuurde"},
    "vendor_nw": {"en": "billed by Northwind Office", "de": "von Northwind Office", "fr": "de chez Northwind Office",
                  "es": "de Northwind Office", "nl": "van Northwind Office"},
    "this_week": {"en": "that landed this week", "de": "die diese Woche gekommen sind",
                  "fr": "tombees cette semaine", "es": "que entraron esta semana",
                  "nl": "die deze week binnen zijn gekomen"},
}
VARIANCE_FRESH7 = {"NW5602": "NW-5602", "the Northwind Office Supplies bill": "NW-5602"}
PO_FRESH7 = {"po#2002": ["PO-2002", "Toner cartridge"], "P.O. 2004": ["PO-2004", "Globex Industrial GmbH"],
             "po-2003": ["PO-2003", "Initech Consulting LLC"]}
VENDOR_FRESH7 = {"acme tools ltd": ["Acme Tools Ltd", "V001"], "globex gmbh": ["Globex Industrial GmbH", "V003"],
                 "Soylent Foods Corp": ["Soylent Foods Corp", "V005"]}
# Blue Harbor Retail has three deals (OPP-2990, OPP-3001, OPP-3004) and Meridian two (OPP-2991, OPP-3002):
# named by id; Northshore Logistics has one (OPP-3003). OPP-2991 is invoiced already, as SI-00002.
DEAL_FRESH7 = {"opp3002": ["OPP-3002", "Meridian Health Partners"],
               "Northshore Logistics": ["OPP-3003", "Northshore Logistics"],
               "Opp-2991": ["OPP-2991", "SI-00002"], "deal 3004": ["OPP-3004", "Blue Harbor Retail"]}
# The entity is the ref itself: each is an invoice number the store resolves (case, spaces, dashes aside).
AUDIT_FRESH7 = {"inv88120": ["approval_requested"], "gx 2026 118": ["GX-2026-118"], "Nw5602": ["decision_reject"]}
REFUSE_FRESH7 = {"NW 5602": "NW-5602", "the 24,000 Initech invoice": "INV-88120"}
LOCAL_REFS_FRESH7 = {
    "the catering invoice": {"de": "die Catering-Rechnung", "fr": "la facture du traiteur",
                             "es": "la factura del catering", "nl": "de cateringfactuur"},
    "the $1,296 invoice": {"de": "die Rechnung über 1.296 $", "fr": "la facture de 1 296 $",
                           "es": "la factura de 1.296 $", "nl": "de factuur van $ 1.296"},
    "the invoice dated Nov 12": {"de": "die Rechnung vom 12.11.", "fr": "la facture du 12/11",
                                 "es": "la factura del 12/11", "nl": "de factuur gedateerd 12-11"},
    "the Umbrella Catering Co invoice": {"de": "die Rechnung von Umbrella Catering Co",
                                         "fr": "la facture d'Umbrella Catering Co",
                                         "es": "la factura de Umbrella Catering Co",
                                         "nl": "de factuur van Umbrella Catering Co"},
    "the Northwind Office Supplies bill": {"de": "die Northwind Office Supplies Rechnung",
                                           "fr": "la facture Northwind Office Supplies",
                                           "es": "la factura de Northwind Office Supplies",
                                           "nl": "de rekening van Northwind Office Supplies"},
    "deal 3004": {"de": "Deal 3004", "fr": "l'opportunite 3004", "es": "la oportunidad 3004", "nl": "deal 3004"},
    "the 24,000 Initech invoice": {"de": "die 24.000er Initech-Rechnung", "fr": "la facture Initech a 24 000",
                                   "es": "la factura de Initech de 24.000", "nl": "de Initech-factuur van 24.000"},
}
