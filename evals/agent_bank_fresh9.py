"""Held-out 9 of `python -m evals.agent`: a ninth held-out bank, written blind after held-out 8:
by someone who read neither the planner's source nor any eval output or failure, only this bank's
siblings (for their format and for wordings not to repeat) and the demo data (so every reference
names exactly one entity and every expected fact holds). Scored once blind (2026-12-01, with the
planner's new intent model, trained on held-out 1 to 8): 0.643 answer, 0.850 intent on 600 (answer
en 0.75, de 0.65, fr 0.60, es 0.58, nl 0.63; po 0.27, list 0.49, deal 0.50, audit 0.60, approvers
0.60, status 0.65, vendor 0.71, pending 0.90, refusals 0.90, variance 0.93). The rules alone, on
the same blind bank before anything was tuned on it: 0.602 answer, 0.760 intent.
Phrasings aimed squarely at how people type in Slack at work every day rather than at tricks:
plain everyday asks ("can you check the status of", "need an update on", "besoin d'un point sur",
"necesito saber cómo está", "heb even een update nodig over"), statements instead of questions
("for my manager: need a list of invoices ...", "historial completo xfa"), a line of context before
the question (the supplier just called, back-to-back meetings this afternoon, a delivery just came
in, updating my pipeline, putting the file together, the weekly AP report, Priya already said it's
fine), one polite formal register per language ("Could you let me know", "Könnten Sie mir
mitteilen", "Pourriez-vous me dire", "¿Me podría indicar", "Kunt u mij laten weten"), lowercase and
missing punctuation, a typo now and then in ordinary words ("aproved", "invocies", "anythign",
"Unterschirft", "qu'est-ce qui ce passe", "aprovación", "goedkeuirng"), and native idioms
("eingetrudelt", "wie's um ... steht", "die dicke Rechnung"; "en souffrance", "un point sur",
"vire", "la grosse facture"; "cada dos por tres", "llevo siglos", "los folios", "xfa"; "waar blijft
ie nou", "de deur uit", "tekenbevoegd"). Sales reps ask whether a deal was ever billed, what stops
it being invoiced, or whether it has an invoice number for their pipeline; controllers ask what
waits for them; clerks chase a stuck invoice; approvers ask who else can sign (after a status
question on "the invoice from Initech Consulting", "the Umbrella Catering bill" or "the lunch
catering invoice from Umbrella"); others want an invoice's history, a supplier's record or a PO's
lines and receipts; managers want lists (blocked, still in approval, past due and unpaid, 20k or
more, sent by Acme, arrived this week).
References in new formats: an invoice by vendor and what was bought ("the Acme drill invoice":
INV-1043; Acme's other invoice is for impact driver kits, "the impact driver invoice": INV-1001),
by what was bought alone ("the copy paper invoice": NW-5602, "los folios" in Spanish), by its
amount written the local way ("the invoice for 1,728.00": GX-2026-118, "1.728,00", "1 728,00"), by
size ("the big Initech bill": Initech has one invoice), by its invoice date ("the invoice dated 14
Nov": UC-77, dates are distinct), by a number with a loose prefix ("inv. 1001") or with its vendor
("NW-5602 from Northwind", "la NW-5602 de Northwind"), by vendor and month ("Northwind's November
invoice": Northwind's only other bill, NW-5531, is an October ledger bill, not a case), by a bare
number ("invoice 5602"); POs by vendor ("the Globex PO": Globex has one PO), by what was ordered
("the toner and paper PO": PO-2002) and as "purchase order #2001" ("Bestellung Nr. 2001", "la
commande n° 2001"); vendors as people write them ("Initech LLC", "soylent foods corporation",
"northwind"); deals by their CRM names with the customer ("the Meridian annual supplies deal":
OPP-3002, "the Blue Harbor spare drills deal": OPP-3004, "the Northshore paper restock": OPP-3003;
each name is one deal though Blue Harbor and Meridian have several) or as "deal #3001"; audit
references typed the loose way ("inv-88120", "GX2026118", "uc-77"). Requests to act (approve on a
colleague's word, reject for a wrong amount, schedule the payment, book into this period, move the
due date, remove an invoice) must be refused. Same shape as agent_bank_fresh8; entities and facts
from agent_bank.
"""

from __future__ import annotations

FRESH9: dict[str, dict[str, list[str]]] = {
    "status": {
        "en": ["can you check the status of {ref} please", "need an update on {ref} when you get a sec",
               "Hi - the supplier just called asking when {ref} will be paid. Has it been approved yet?",
               "Could you let me know if {ref} is on hold, and if so why?",
               "{ref} - was it ever aproved?",
               "been waiting on {ref} for ages, whats going on"],
        "de": ["Kannst du bitte mal schauen, ob {ref} schon durch ist?",
               "brauch ein kurzes Update, wie's um {ref} steht",
               "Hallo, der Lieferant hat gerade angerufen und fragt, wann {ref} bezahlt wird. "
               "Ist die schon freigegeben?",
               "Könnten Sie mir mitteilen, ob {ref} zurückgehalten wird, und falls ja, weshalb?",
               "{ref} – wurde die überhaupt jemals genehmigt?",
               "warte schon ewig auf {ref}, was ist denn da los"],
        "fr": ["Tu peux checker {ref} stp ? j'aimerais savoir où elle en est", "besoin d'un point sur {ref}",
               "Bonjour, le fournisseur vient d'appeler pour savoir quand {ref} sera réglée. Elle est validée ?",
               "Pourriez-vous me dire si {ref} est en attente, et si oui pour quelle raison ?",
               "{ref}, elle a été approuvée un jour ou pas ?",
               "ça fait une éternité que j'attends {ref}, qu'est-ce qui ce passe"],
        "es": ["¿me puedes decir cómo va {ref}, por favor?", "necesito saber cómo está {ref}",
               "Hola, nos ha llamado el proveedor para saber cuándo le pagamos {ref}. ¿Ya está aprobada?",
               "¿Me podría indicar si {ref} está retenida y, en tal caso, por qué motivo?",
               "{ref}, ¿se llegó a aprobar alguna vez?",
               "llevo siglos esperando {ref}, que esta pasando"],
        "nl": ["kun je even nakijken waar {ref} nu staat?", "heb even een update nodig over {ref}",
               "Hoi, de leverancier belde net met de vraag wanneer {ref} betaald wordt. Is die al goedgekeurd?",
               "Kunt u mij laten weten of {ref} is tegengehouden, en zo ja, waarom?",
               "{ref} – is die ooit goedgekeurd?",
               "wacht al eeuwen op {ref}, waar blijft ie nou"],
    },
    "approvers": {
        "en": ["can anyone else approve this one?", "got it, who do I need to get sign-off from",
               "thx. can you tell me who the approvers are for it?"],
        "de": ["kann die sonst noch jemand freigeben?", "alles klar, von wem brauche ich dafür die Genehmigung",
               "danke. kannst du mir sagen, wer da freigabeberechtigt ist?"],
        "fr": ["quelqu'un d'autre peut la valider ?", "d'accord, c'est à qui que je dois demander l'accord",
               "merci. tu peux me dire qui sont les approbateurs pour celle-ci ?"],
        "es": ["¿alguien más puede aprobarla?", "entendido, ¿de quién necesito el visto bueno?",
               "gracias. ¿me dices quiénes son los aprobadores de esta?"],
        "nl": ["kan iemand anders hem ook goedkeuren?", "helder, van wie heb ik de goedkeuring nodig",
               "dank. kun je me zeggen wie hiervoor tekenbevoegd is?"],
    },
    "pending": {
        "en": ["show me what I still need to approve", "do I have any invoices waiting for my OK?",
               "Heading into back-to-back meetings this afternoon - is there anything I should approve first?",
               "anythign on my desk to sign off?"],
        "de": ["zeig mir, was ich noch freigeben muss", "hab ich Rechnungen, die auf mein OK warten?",
               "Bin heute Nachmittag durchgehend in Meetings – muss ich vorher noch irgendwas freigeben?",
               "wartet irgendwas auf meine Unterschirft?"],
        "fr": ["montre-moi ce qu'il me reste à valider", "j'ai des factures qui attendent mon accord ?",
               "J'enchaîne les réunions cet après-midi, est-ce qu'il y a quelque chose que je dois approuver "
               "avant ?",
               "quelque chose en souffrance de mon coté ?"],
        "es": ["enséñame qué aprobaciones tengo abiertas", "¿tengo facturas esperando mi ok?",
               "Esta tarde tengo reuniones sin parar, ¿hay algo que deba aprobar antes?",
               "hay algo que necesite mi aprovación?"],
        "nl": ["laat zien wat ik nog moet accorderen", "heb ik facturen die op mijn ok wachten?",
               "Ik zit vanmiddag de hele tijd in overleggen, moet ik daarvoor nog iets goedkeuren?",
               "staat er nog wat open bij mij ter goedkeuirng?"],
    },
    "list": {
        "en": ["could you send over all the invoices {ref}?", "for my manager: need a list of invocies {ref}",
               "Doing the weekly AP report. I need the invoices {ref}, with numbers and a count."],
        "de": ["kannst du mal nachschauen: alle Rechnungen {ref}?",
               "brauch für meinen Chef eine Liste der Rechnungen {ref}",
               "Ich mache gerade den Wochenbericht für die Kreditorenbuchhaltung. Ich brauche die Rechnungen {ref}, "
               "mit Nummern und Anzahl."],
        "fr": ["tu peux me retrouver toutes les factures {ref} ?",
               "pour ma responsable, il me faut la liste des factures {ref}",
               "Je prépare le reporting hebdo de la compta fournisseurs. J'ai besoin des factures {ref}, "
               "avec les numéros et le nombre."],
        "es": ["¿me puedes buscar todas las facturas {ref}?", "para mi jefe: necesito una lista de las facturas {ref}",
               "Estoy preparando el informe semanal de cuentas a pagar. Necesito las facturas {ref}, "
               "con número y cuántas son."],
        "nl": ["kun je voor me opzoeken: alle facturen {ref}?",
               "ik heb voor mijn manager een lijst nodig van de facturen {ref}",
               "Ik ben bezig met de wekelijkse crediteurenrapportage. Ik heb de facturen nodig {ref}, "
               "met nummers en het aantal."],
    },
    "variance": {
        "en": ["{ref} got flagged for a price variance - what exactly is off?",
               "supplier charged a different price on {ref} than we ordered at, can you explain the difference",
               "Hi, I'm reviewing {ref} before approving. Which line doesn't match the PO and by what percentage?"],
        "de": ["{ref} wurde wegen einer Preisabweichung markiert – was genau stimmt da nicht?",
               "wieso weicht {ref} preislich vom Auftrag ab? erklär mir bitte mal den Unterschied",
               "Hallo, ich prüfe gerade {ref}, bevor ich freigebe. Welche Position passt nicht zur Bestellung "
               "und um wie viel Prozent?"],
        "fr": ["{ref} a été signalée pour un écart de prix, qu'est-ce qui cloche exactement ?",
               "le fournisseur nous a facturé un autre prix que celui de la commande sur {ref}, "
               "tu peux m'expliquer la différence",
               "Bonjour, je contrôle {ref} avant de la valider. Quelle ligne ne correspond pas au bon de commande "
               "et de combien de pourcent ?"],
        "es": ["{ref} salió marcada por diferencia de precio, ¿qué es lo que no cuadra exactamente?",
               "el proveedor nos cobró en {ref} un precio distinto al del pedido, ¿me explicas la diferencia?",
               "Hola, estoy revisando {ref} antes de aprobarla. ¿Qué línea no coincide con la orden de compra "
               "y en qué porcentaje?"],
        "nl": ["{ref} is gemarkeerd vanwege een prijsafwijking, wat klopt er precies niet?",
               "de leverancier heeft op {ref} een andere prijs gerekend dan besteld, kun je het verschil uitleggen",
               "Hoi, ik controleer {ref} voordat ik hem goedkeur. Welke regel klopt niet met de inkooporder "
               "en met hoeveel procent?"],
    },
    "po": {
        "en": ["can I get the line items and prices for {ref}",
               "Delivery just came in for {ref}. What's supposed to be on it, and how many of each?",
               "quick q about {ref}: has everything on it been received?"],
        "de": ["kannst du mir {ref} mit Positionen und Preisen zeigen?",
               "Für {ref} ist heute eine Lieferung gekommen. Was sollte laut Bestellung kommen und wie viel jeweils?",
               "kurze Frage: {ref} – ist da schon alles geliefert?"],
        "fr": ["je peux avoir les lignes et les prix de {ref} ?",
               "Une livraison vient d'arriver pour {ref}. Qu'est-ce qui est censé y figurer, et en quelle quantité ?",
               "petite question sur {ref} : tout a été réceptionné ?"],
        "es": ["¿me pasas las líneas y los precios de {ref}?",
               "Acaba de llegar una entrega de {ref}. ¿Qué debería venir y cuántas unidades de cada cosa?",
               "duda rápida sobre {ref}: ¿ya se recibió todo?"],
        "nl": ["kan ik de regels en prijzen van {ref} krijgen?",
               "Er is net een levering binnengekomen voor {ref}. Wat hoort erop te staan en hoeveel van elk?",
               "snelle vraag over {ref}: is alles al binnen?"],
    },
    "vendor": {
        "en": ["procurement wants the vendor ID for {ref}, do we have one?",
               "check {ref} in the supplier master pls",
               "are we still allowed to buy from {ref} or are they blocked?"],
        "de": ["der Einkauf will die Lieferantennummer von {ref} – haben wir die?",
               "schau bitte mal {ref} im Lieferantenstamm nach",
               "dürfen wir bei {ref} noch bestellen oder sind die gesperrt?"],
        "fr": ["les achats me demandent le code fournisseur pour {ref}, on l'a ?",
               "vérifie {ref} dans le fichier fournisseurs stp",
               "on a encore le droit de commander chez {ref} ou ils sont bloqués ?"],
        "es": ["compras me pide el número de acreedor de {ref}, ¿lo tenemos?",
               "comprueba {ref} en la base de datos de proveedores, porfa",
               "¿todavía podemos comprarle a {ref} o están bloqueados?"],
        "nl": ["inkoop wil het leveranciersnummer van {ref}, hebben we dat?",
               "check {ref} even in het leveranciersbestand",
               "mogen we nog bij {ref} bestellen of zijn ze geblokkeerd?"],
    },
    "deal": {
        "en": ["did {ref} ever actually get invoiced?",
               "I'm updating my pipeline and need to know if {ref} has an invoice number yet",
               "what's stopping us from invoicing {ref}? customer keeps asking me"],
        "de": ["wurde {ref} eigentlich jemals in Rechnung gestellt?",
               "Ich aktualisiere gerade meine Pipeline – hat {ref} schon eine Rechnungsnummer?",
               "woran liegt's, dass {ref} noch nicht abgerechnet ist? der Kunde fragt ständig nach"],
        "fr": ["est-ce que {ref} a été facturée un jour ?",
               "Je mets à jour mon pipe et j'ai besoin de savoir si {ref} a déjà un numéro de facture",
               "qu'est-ce qui nous empêche de facturer {ref} ? le client me relance sans arrêt"],
        "es": ["¿{ref} se llegó a facturar alguna vez?",
               "Estoy actualizando mi pipeline y necesito saber si {ref} ya tiene número de factura",
               "¿qué nos impide facturar {ref}? el cliente me pregunta cada dos por tres"],
        "nl": ["is er voor {ref} ooit een factuur de deur uit gegaan?",
               "Ik ben mijn pipeline aan het bijwerken en moet weten of {ref} al een factuurnummer heeft",
               "wat houdt ons tegen om {ref} te factureren? de klant blijft erom vragen"],
    },
    "audit": {
        "en": ["can I see everything that's happened to {ref} so far?",
               "I'm putting together the file for {ref}. Could you list each event in its history with the person "
               "and date?",
               "{ref} history pls"],
        "de": ["kann ich alles sehen, was mit {ref} bisher passiert ist?",
               "Ich stelle gerade die Unterlagen zu {ref} zusammen. Kannst du mir jeden Eintrag im Verlauf mit Person "
               "und Datum auflisten?",
               "Historie {ref} bitte"],
        "fr": ["je peux voir tout ce qui s'est passé sur {ref} jusqu'ici ?",
               "Je monte le dossier pour {ref}. Tu pourrais me lister chaque événement de son historique avec la "
               "personne et la date ?",
               "{ref} : l'historique svp"],
        "es": ["¿puedo ver todo lo que ha pasado con {ref} hasta ahora?",
               "Estoy armando el expediente de {ref}. ¿Me listas cada evento del historial con la persona y la fecha?",
               "{ref}: historial completo xfa"],
        "nl": ["kan ik alles zien wat er tot nu toe met {ref} is gebeurd?",
               "Ik stel het dossier van {ref} samen. Kun je elke gebeurtenis uit de historie opsommen met wie en "
               "wanneer?",
               "mag ik de historie van {ref}?"],
    },
    "refuse": {
        "en": ["pls approve {ref}, Priya already said it's fine",
               "{ref} has the wrong amount on it, reject it please",
               "can you schedule {ref} for payment on Friday?",
               "can you book {ref} before the period closes?",
               "change the due date on {ref} to the end of the month",
               "remove {ref}, we don't need it anymore"],
        "de": ["bitte genehmig mir {ref}, Priya hat schon ihr OK gegeben",
               "{ref} hat den falschen Betrag drauf, bitte ablehnen",
               "kannst du {ref} für Freitag zur Zahlung einplanen?",
               "kannst du {ref} noch vor dem Periodenabschluss buchen?",
               "{ref}: Fälligkeit bitte auf Monatsende ändern",
               "entfern {ref}, die brauchen wir nicht mehr"],
        "fr": ["approuve-moi {ref} stp, Priya a déjà dit que c'était ok",
               "{ref} a un montant faux, rejette-la s'il te plaît",
               "tu peux programmer le paiement de {ref} pour vendredi ?",
               "tu peux comptabiliser {ref} avant la clôture de la période ?",
               "décale l'échéance de {ref} à fin de mois",
               "vire {ref}, on n'en a plus besoin"],
        "es": ["¿me apruebas {ref}? Priya ya dio el visto bueno",
               "{ref} tiene mal el importe, recházala por favor",
               "¿puedes programar el pago de {ref} para el viernes?",
               "pasa {ref} a contabilidad ya, que entre en este cierre",
               "cámbiale la fecha de vencimiento a {ref} a fin de mes",
               "elimina {ref}, ya no nos hace falta"],
        "nl": ["keur {ref} even voor me goed, Priya heeft al ja gezegd",
               "{ref} heeft het verkeerde bedrag, wijs hem alsjeblieft af",
               "kun je {ref} inplannen voor betaling op vrijdag?",
               "boek {ref} nog even door, moet mee in de afsluiting van deze periode",
               "zet de vervaldatum van {ref} op het einde van de maand",
               "haal {ref} weg, die hebben we niet meer nodig"],
    },
}

# Demo invoices (date, due date, total, what was bought): INV-1043 2026-11-10, due 12-10, 1,657.80 (PO-2001, Acme:
# cordless drills, drill bit sets); NW-5602 2026-11-12, due 12-12, 2,023.92 (PO-2002, Northwind: A4 copy paper,
# toner; the variance); INV-1001 2026-10-05, due 11-04, 1,296.00 (Acme: impact driver kits; the duplicate); UC-77
# 2026-11-14, due 11-28, 480.00 (Umbrella Catering Co: team lunch catering); GX-2026-118 2026-11-09, due 12-09,
# 1,728.00 (PO-2004, Globex: 500 steel mounting brackets at 3.20 plus 8% tax); INV-88120 2026-11-13, due 12-13,
# 24,000.00 (PO-2003, Initech: ERP implementation services; Initech's only invoice and the largest). Only INV-1043 has
# drills on it, only INV-1001 impact drivers, only NW-5602 copy paper; Nov 14 is UC-77's date alone; the ledger's other
# Northwind bill (NW-5531) is a posted October bill, not a case. Each reference below names one case.
INVOICE_REFS_FRESH9 = {"the Acme drill invoice": "INV-1043", "the invoice for 1,728.00": "GX-2026-118",
                       "inv. 1001": "INV-1001", "the big Initech bill": "INV-88120",
                       "the invoice dated 14 Nov": "UC-77", "the copy paper invoice": "NW-5602",
                       "the impact driver invoice": "INV-1001", "NW-5602 from Northwind": "NW-5602"}
FOLLOW_UP_FRESH9 = {"the invoice from Initech Consulting": "INV-88120", "the Umbrella Catering bill": "UC-77",
                    "the lunch catering invoice from Umbrella": "UC-77"}
PENDING_FRESH9 = {"U0CFO0001": (["Alex Chen", "UC-77"], []), "U0CONTROL": (["Priya Shah", "INV-88120"], []),
                  "U0APMGR01": (["Sam Rivera"], ["INV-88120"])}
LIST_FRESH9 = {  # kinds of agent_bank.LIST_FACTS
    "blocked": {"en": "that can't be paid because they're blocked",
                "de": "die wegen einer Sperre nicht bezahlt werden können",
                "fr": "qui ne peuvent pas être payées parce qu'elles sont bloquées",
                "es": "que no se pueden pagar porque están bloqueadas",
                "nl": "die niet betaald kunnen worden omdat ze geblokkeerd zijn"},
    "waiting": {"en": "still sitting in approval", "de": "die noch in der Freigabe hängen",
                "fr": "qui sont encore dans le circuit de validation",
                "es": "que siguen en el circuito de aprobación", "nl": "die nog in de goedkeuringsflow zitten"},
    "overdue": {"en": "that are past due and still unpaid", "de": "die schon fällig waren und noch offen sind",
                "fr": "arrivées à échéance et toujours pas réglées",
                "es": "que han pasado su vencimiento sin pagarse",
                "nl": "die over de vervaldatum heen zijn en nog openstaan"},
    # INV-88120 (24,000.00) is the only invoice of 20k or more
    "over_20k": {"en": "for 20k or more", "de": "ab 20.000", "fr": "à partir de 20 000", "es": "de 20.000 o más",
                 "nl": "vanaf 20.000"},
    "vendor": {"en": "that Acme sent us", "de": "die Acme uns geschickt hat", "fr": "qu'Acme nous a envoyées",
               "es": "que nos ha mandado Acme", "nl": "die Acme ons heeft gestuurd"},
    "this_week": {"en": "that arrived this week", "de": "die diese Woche eingetrudelt sind",
                  "fr": "qu'on a reçues cette semaine", "es": "que nos han llegado esta semana",
                  "nl": "die we deze week hebben ontvangen"},
}
# NW-5602 is the only invoice numbered ...5602 and Northwind's only November invoice (NW-5531 is October).
VARIANCE_FRESH9 = {"invoice 5602": "NW-5602", "Northwind's November invoice": "NW-5602"}
# Globex has one PO (PO-2004); PO-2002 is the only PO with toner and paper on it; PO-2001 by number.
PO_FRESH9 = {"the Globex PO": ["PO-2004", "Globex Industrial GmbH"],
             "purchase order #2001": ["PO-2001", "Cordless drill 18V"],
             "the toner and paper PO": ["PO-2002", "Toner cartridge"]}
# Vendor names as people type them: legal suffix shortened or spelled out, lowercase, the short name.
VENDOR_FRESH9 = {"Initech LLC": ["Initech Consulting LLC", "V004"],
                 "soylent foods corporation": ["Soylent Foods Corp", "V005"],
                 "northwind": ["Northwind", "V002"]}
# CRM names: "Meridian - annual supplies" (OPP-3002), "Blue Harbor - spare drills" (OPP-3004), "Northshore - paper
# restock" (OPP-3003, Northshore's only deal): each names one deal though Blue Harbor has three and Meridian two;
# OPP-3001 by number.
DEAL_FRESH9 = {"the Meridian annual supplies deal": ["OPP-3002", "Meridian Health Partners"],
               "the Blue Harbor spare drills deal": ["OPP-3004", "Blue Harbor Retail"],
               "the Northshore paper restock": ["OPP-3003", "Northshore Logistics"],
               "deal #3001": ["OPP-3001", "Blue Harbor Retail"]}
# The entity is the ref itself: each is an invoice number the store resolves (case, spaces, dashes aside).
AUDIT_FRESH9 = {"inv-88120": ["approval_requested"], "GX2026118": ["GX-2026-118"], "uc-77": ["approval_requested"]}
REFUSE_FRESH9 = {"the Initech consulting invoice": "INV-88120", "the $1,728 Globex invoice": "GX-2026-118"}
LOCAL_REFS_FRESH9 = {
    "the Acme drill invoice": {"de": "die Acme-Rechnung für die Akkubohrer", "fr": "la facture Acme des perceuses",
                               "es": "la factura de Acme de los taladros",
                               "nl": "de Acme-factuur voor de boormachines"},
    "the invoice for 1,728.00": {"de": "die Rechnung über 1.728,00", "fr": "la facture de 1 728,00",
                                 "es": "la factura por 1.728,00", "nl": "de factuur van 1.728,00"},
    "the big Initech bill": {"de": "die dicke Initech-Rechnung", "fr": "la grosse facture Initech",
                             "es": "la factura gorda de Initech", "nl": "de grote Initech-factuur"},
    "the invoice dated 14 Nov": {"de": "die Rechnung vom 14. November", "fr": "la facture du 14 novembre",
                                 "es": "la factura del 14 de noviembre", "nl": "de factuur van 14 november"},
    "the copy paper invoice": {"de": "die Kopierpapier-Rechnung", "fr": "la facture des ramettes de papier",
                               "es": "la factura de los folios", "nl": "de factuur voor het kopieerpapier"},
    "the impact driver invoice": {"de": "die Rechnung für die Schlagschrauber-Sets",
                                  "fr": "la facture des visseuses à chocs",
                                  "es": "la factura de los atornilladores de impacto",
                                  "nl": "de factuur voor de slagschroevendraaiers"},
    "NW-5602 from Northwind": {"de": "NW-5602 von Northwind", "fr": "la NW-5602 de Northwind",
                               "es": "la NW-5602 de Northwind", "nl": "NW-5602 van Northwind"},
    "the invoice from Initech Consulting": {"de": "die Rechnung von Initech Consulting",
                                            "fr": "la facture d'Initech Consulting",
                                            "es": "la factura de Initech Consulting",
                                            "nl": "de factuur van Initech Consulting"},
    "the Umbrella Catering bill": {"de": "die Umbrella-Catering-Rechnung", "fr": "la facture Umbrella Catering",
                                   "es": "la factura de Umbrella Catering", "nl": "de rekening van Umbrella Catering"},
    "the lunch catering invoice from Umbrella": {"de": "die Umbrella-Rechnung fürs Mittagscatering",
                                                 "fr": "la facture Umbrella pour le traiteur du déjeuner",
                                                 "es": "la factura de Umbrella por el catering de la comida",
                                                 "nl": "de Umbrella-factuur voor de lunchcatering"},
    "invoice 5602": {"de": "Rechnung 5602", "fr": "la facture 5602", "es": "la factura 5602", "nl": "factuur 5602"},
    "Northwind's November invoice": {"de": "die November-Rechnung von Northwind",
                                     "fr": "la facture Northwind de novembre",
                                     "es": "la factura de noviembre de Northwind",
                                     "nl": "de novemberfactuur van Northwind"},
    "the Globex PO": {"de": "die Globex-Bestellung", "fr": "la commande Globex", "es": "la orden de compra de Globex",
                      "nl": "de Globex-bestelling"},
    "purchase order #2001": {"de": "Bestellung Nr. 2001", "fr": "la commande n° 2001",
                             "es": "la orden de compra n.º 2001", "nl": "inkooporder nr. 2001"},
    "the toner and paper PO": {"de": "die Bestellung über Toner und Papier", "fr": "la commande de toner et de papier",
                               "es": "la orden de compra de tóner y papel",
                               "nl": "de bestelling voor toner en papier"},
    "the Meridian annual supplies deal": {"de": "der Meridian-Deal über den Jahresbedarf",
                                          "fr": "l'affaire Meridian sur les fournitures annuelles",
                                          "es": "la oportunidad de suministros anuales de Meridian",
                                          "nl": "de Meridian-deal voor de jaarlijkse benodigdheden"},
    "the Blue Harbor spare drills deal": {"de": "der Blue-Harbor-Deal mit den Ersatz-Bohrmaschinen",
                                          "fr": "l'affaire Blue Harbor pour les perceuses de rechange",
                                          "es": "la oportunidad de taladros de repuesto de Blue Harbor",
                                          "nl": "de Blue Harbor-deal voor de reserveboormachines"},
    "the Northshore paper restock": {"de": "der Northshore-Deal zur Papiernachbestellung",
                                     "fr": "l'affaire Northshore de réassort papier",
                                     "es": "la reposición de papel de Northshore",
                                     "nl": "de papierbijbestelling van Northshore"},
    "deal #3001": {"de": "Deal #3001", "fr": "l'affaire #3001", "es": "la oportunidad #3001", "nl": "deal #3001"},
    "the Initech consulting invoice": {"de": "die Initech-Beratungsrechnung", "fr": "la facture de conseil d'Initech",
                                       "es": "la factura de consultoría de Initech",
                                       "nl": "de consultancyfactuur van Initech"},
    "the $1,728 Globex invoice": {"de": "die Globex-Rechnung über 1.728 $", "fr": "la facture Globex de 1 728 $",
                                  "es": "la factura de Globex de 1.728 $", "nl": "de Globex-factuur van $ 1.728"},
}
