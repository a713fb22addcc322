"""Held-out 10 of `python -m evals.agent`: a tenth held-out bank, written blind after held-out 9:
by someone who read neither the planner's source nor any eval output or failure, only this bank's
siblings (for their format and for wordings not to repeat), agent_gen (how a bank becomes
questions) and the demo data (so every reference names exactly one entity and every expected fact
holds). Scored once blind (2026-12-01, with the intent model
trained on held-out 1 to 9 and the fixes from held-out 9): 0.735 answer, 0.897 intent on 600 (answer
en 0.77, de 0.69, fr 0.75, es 0.73, nl 0.74; po 0.11, status 0.66, deal 0.67, audit 0.73, list 0.74,
refusals 0.85, variance 0.87, pending 0.90, vendor 0.91, approvers 1.0).
Phrasings aimed at how people type in Slack at work every day, not at tricks: plain questions
("do you know what's happening with", "tu sais où ça en est pour", "en qué quedó", "hoe ver ...
inmiddels is"), statements and bare requests ("invoices ... pls", "Rechnungen ... bitte", "I need to
see who's done what with ..."), a line of context before the question (covering for a colleague
this week, the vendor getting impatient, tomorrow's finance meeting, out of office tomorrow, matching
an invoice against a PO, calling the customer, internal audit asking, the auditors arriving on
Monday), one formal register per language ("would you mind checking", "könnten Sie bitte prüfen",
"auriez-vous l'amabilité", "¿sería tan amable", "zou u willen nagaan"), lowercase and missing
punctuation, a typo now and then in ordinary words ("somthing", "tomorow", "imemr", "toujous",
"sige", "nogsteeds", "meetng"), and native idioms and office words ("drängeln", "bis auf Weiteres",
"Freigabegrenze", "Zahllauf"; "s'impatienter", "délégation de signature", "campagne de paiement",
"le BC", "référencé", "jusqu'à nouvel ordre"; "ponerse pesado", "por dónde va", "la OC", "casar una
factura", "homologado", "firma autorizada", "en lo que va de semana"; "zeuren", "invallen voor",
"mandaat", "fiatteren", "tot nader order"). Sales reps ask whether a closed deal was billed before
calling the customer; controllers ask what waits for them this week; clerks chase an invoice for an
impatient vendor or before a payment run; approvers ask who is in the approval chain or has a high
enough limit (after a status question on "Initech's ERP invoice", "the 480 catering bill" or
"Umbrella Catering's invoice"); auditors want an invoice's every step; others check a supplier's
record (vendor number, bank details, approved or blocked) or a PO's lines, supplier and deliveries;
managers want lists (blocked by the system, not approved yet, not paid on time, over 3,000, received
from Northwind, received so far this week).
References in new formats: an invoice by vendor and month ("Acme's November invoice": INV-1043,
Acme's other invoice is dated October), by a bare amount without separators ("the 1728 invoice":
GX-2026-118, "die 1728er-Rechnung"), by its due date written the local way ("the invoice due Dec
12": NW-5602, due dates are distinct), by who sent it ("the caterer's invoice": UC-77, the only
caterer), by the kind of service ("the consulting invoice": INV-88120, Initech's only invoice; "die
Consulting-Rechnung", "la facture de conseil", "la factura de consultoría"), by vendor and amount
("the Acme invoice for 1,296": INV-1001), by vendor and goods ("the Globex brackets invoice":
GX-2026-118), by a number typed loosely ("inv-1043"); by status ("the Acme duplicate":
INV-1001, the only duplicate); POs by vendor ("the Acme PO": Acme has one PO), by project ("the ERP
PO": PO-2003) and as "PO no. 2002" ("Bestellnr. 2002", "le BC 2002", "la OC 2002", "PO nr. 2002");
vendors by their full legal name ("Globex Industrial GmbH"), lowercase without suffix ("initech
consulting") or with the suffix but not the full name ("Soylent Corp"); deals by the CRM name pasted
in quotes ('the "Blue Harbor - store fit-out tools" deal': OPP-3001), by customer and product
("the Meridian paper deal": OPP-3002, Meridian's other deal is a drills pilot), by id ("OPP-3003", "opp 2991");
audit references typed loosely ("Inv-88120", "UC 77", "NW 5602"). Requests to act (hit approve
while stuck in traffic, reject and have the vendor resend, put on hold until further notice,
schedule for a payment run, edit the PO number, post before the auditors arrive) must be refused.
Same shape as agent_bank_fresh9; entities and facts from agent_bank.
"""

from __future__ import annotations

FRESH10: dict[str, dict[str, list[str]]] = {
    "status": {
        "en": ["hey, do you know what's happening with {ref}?",
               "the vendor's getting impatient about {ref}. is it approved or not?",
               "I'm covering for Maria this week - how far along is {ref}?",
               "is {ref} going out in the next payment run?",
               "{ref} still shows as open on my end, did somthing go wrong?",
               "Good morning, would you mind checking whether {ref} has been approved and posted yet?"],
        "de": ["Hi, magst du mal nachgucken, wo {ref} gerade hängt?",
               "Der Lieferant drängelt, {ref} ist immer noch nicht bezahlt. Ist die überhaupt schon freigegeben?",
               "Ich vertrete diese Woche Maria – kannst du mir sagen, wie weit {ref} ist?",
               "geht {ref} im nächsten Zahllauf raus?",
               "{ref} steht bei mir imemr noch auf offen, ist da was schiefgelaufen?",
               "Guten Morgen, könnten Sie bitte prüfen, ob {ref} bereits genehmigt und gebucht wurde?"],
        "fr": ["salut, tu sais où ça en est pour {ref} ?",
               "Le fournisseur commence à s'impatienter pour {ref}. Elle est validée ou pas ?",
               "Je remplace Maria cette semaine, {ref} en est où ?",
               "est-ce que {ref} passe dans la prochaine campagne de paiement ?",
               "chez moi {ref} apparaît toujous comme ouverte, il y a eu un pb ?",
               "Bonjour, auriez-vous l'amabilité de vérifier si {ref} a bien été approuvée et comptabilisée ?"],
        "es": ["oye, ¿tú sabes en qué quedó {ref}?",
               "El proveedor se está poniendo pesado con {ref}. ¿Está aprobada o no?",
               "Esta semana estoy cubriendo a María, ¿por dónde va {ref}?",
               "¿{ref} entra en la próxima tanda de pagos?",
               "a mí {ref} me sige saliendo como abierta, ¿ha pasado algo raro?",
               "Buenos días, ¿sería tan amable de comprobar si {ref} ya está aprobada y contabilizada?"],
        "nl": ["hoi, weet jij hoe ver {ref} inmiddels is?",
               "De leverancier begint te zeuren over {ref}. Is die nou goedgekeurd of niet?",
               "Ik val deze week in voor Maria – in welke fase zit {ref}?",
               "gaat {ref} mee in de volgende betaalrun?",
               "bij mij staat {ref} nogsteeds als open, is er iets misgegaan?",
               "Goedemorgen, zou u willen nagaan of {ref} al is goedgekeurd en geboekt?"],
    },
    "approvers": {
        "en": ["got it. who's in the approval chain for that?",
               "and if I need it approved today, who do I talk to?",
               "is there someone with a high enough limit to sign it off?"],
        "de": ["ok, wer steht denn da in der Freigabekette?",
               "und wenn ich die heute noch genehmigt haben will, an wen wende ich mich?",
               "wer hätte denn die nötige Freigabegrenze dafür?"],
        "fr": ["ok, qui est dans le circuit d'approbation pour celle-ci ?",
               "et si je veux qu'elle soit validée aujourd'hui, je m'adresse à qui ?",
               "qui a une délégation de signature suffisante pour ça ?"],
        "es": ["vale, ¿quién está en la cadena de aprobación de esta?",
               "¿y si la quiero aprobada hoy, con quién hablo?",
               "¿quién tiene firma autorizada para ese importe?"],
        "nl": ["oké, wie zitten er hiervoor in de goedkeuringsketen?",
               "en als ik hem vandaag nog goedgekeurd wil hebben, bij wie moet ik zijn?",
               "wie heeft een hoog genoeg mandaat om dit te fiatteren?"],
    },
    "pending": {
        "en": ["what have I got to approve this week?",
               "I'm out tomorow, so if anything needs my signature tell me now",
               "is my approval list empty or is there stuff on it?",
               "Good afternoon, could you show me the items currently pending my approval?"],
        "de": ["was hab ich diese Woche noch freizugeben?",
               "Bin morgen nicht da – falls noch was meine Unterschrift braucht, sag bitte jetzt Bescheid",
               "ist meine Freigabelitse leer oder steht da noch was drauf?",
               "Guten Tag, könnten Sie mir die Vorgänge anzeigen, die derzeit auf meine Genehmigung warten?"],
        "fr": ["j'ai quoi à valider cette semaine ?",
               "Je suis absente demain, donc s'il y a des choses qui attendent ma signature, dis-le-moi maintenant",
               "ma liste d'aprobations est vide ou il reste des trucs dessus ?",
               "Bonjour, pourriez-vous m'afficher les éléments actuellement en attente de mon approbation ?"],
        "es": ["¿qué tengo para aprobar esta semana?",
               "Mañana no estoy, así que si hay algo que necesite mi firma dímelo ahora",
               "¿mi lista de aprobaciones está vacía o queda algo?",
               "Buenas tardes, ¿podría mostrarme los documentos que están pendientes de mi aprobación "
               "ahora mismo?"],
        "nl": ["wat moet ik deze week nog fiatteren?",
               "Ik ben er morgen niet, dus als er nog iets op mijn handtekening wacht, zeg het nu even",
               "is mijn goedkeuringslijst leeg of staat er nog wat op?",
               "Goedemiddag, kunt u mij tonen welke stukken op dit moment op mijn goedkeuring wachten?"],
    },
    "list": {
        "en": ["what are all the invoices {ref}? number and vendor for each pls",
               "Prepping for tomorrow's finance meetng - can you list all the invoices {ref}?",
               "invoices {ref} pls"],
        "de": ["welche Rechnungen gibt es alles {ref}? bitte jeweils mit Nummer und Lieferant",
               "Ich bereite die Finanzrunde morgen vor – kannst du mir alle Rechnungen {ref} auflisten?",
               "Rechnungen {ref} bitte"],
        "fr": ["c'est quoi toutes les factures {ref} ? numéro et fournisseur pour chacune stp",
               "Je prépare le comité finance de demain, tu peux me lister toutes les factures {ref} ?",
               "factures {ref} svp"],
        "es": ["¿me enumeras las facturas {ref}? con número y proveedor",
               "Estoy preparando la reunión de finanzas de mañana, ¿me puedes listar todas las facturas {ref}?",
               "las facturas {ref}, gracias"],
        "nl": ["welke facturen zijn er allemaal {ref}? graag met nummer en leverancier",
               "Ik bereid het financieel overleg van morgen voor, kun je me een lijst geven van alle facturen {ref}?",
               "facturen {ref} graag"],
    },
    "variance": {
        "en": ["the prices on {ref} don't line up with the PO, what happened?",
               "Before I sign off on {ref} I want to understand the price difference. Which item is it and how big "
               "is the gap?",
               "is the toner on {ref} more expensive than we agreed?"],
        "de": ["{ref} stimmt nicht mit der Bestellung überein, woran liegt das?",
               "Bevor ich {ref} abzeichne, will ich die Preisdifferenz verstehen. Um welchen Artikel geht es und wie "
               "groß ist die Lücke?",
               "ist {ref} beim Toner teurer als vereinbart?"],
        "fr": ["les prix de {ref} ne correspondent pas au BC, il s'est passé quoi ?",
               "Avant de valider {ref}, je voudrais comprendre l'écart de prix. C'est sur quel article et l'écart est "
               "de combien ?",
               "le toner sur {ref} est plus cher que ce qu'on avait négocié ?"],
        "es": ["los precios de {ref} no cuadran con la OC, ¿qué ha pasado?",
               "Antes de dar el ok a {ref} quiero entender la diferencia de precio. ¿En qué artículo está y de "
               "cuánto es?",
               "¿el tóner de {ref} sale más caro de lo pactado?"],
        "nl": ["de prijzen op {ref} kloppen niet met de PO, wat is er gebeurd?",
               "Voordat ik {ref} afteken wil ik het prijsverschil snappen. Om welk artikel gaat het en hoe groot is "
               "het gat?",
               "is de toner op {ref} duurder dan afgesproken?"],
    },
    "po": {
        "en": ["what's on {ref} and has it all been delivered?",
               "I need to match an invoice against {ref} - can you show me the lines, qty and unit prices?",
               "who's the supplier on {ref}?"],
        "de": ["{ref} – was ist da bestellt und ist alles schon geliefert?",
               "Ich muss eine Rechnung gegen {ref} abgleichen – kannst du mir Positionen, Mengen und Einzelpreise "
               "zeigen?",
               "von welchem Lieferanten ist {ref}?"],
        "fr": ["qu'est-ce qu'il y a sur {ref} et est-ce que tout a été livré ?",
               "Je dois rapprocher une facture avec {ref}, tu peux me montrer les lignes, quantités et prix "
               "unitaires ?",
               "c'est quel fournisseur sur {ref} ?"],
        "es": ["¿qué hay pedido en {ref} y ha llegado todo?",
               "Tengo que casar una factura con {ref}, ¿me enseñas las líneas, cantidades y precios unitarios?",
               "¿de qué proveedor es {ref}?"],
        "nl": ["wat is er via {ref} besteld en is het allemaal al geleverd?",
               "Ik moet een factuur matchen met {ref}, kun je de regels, aantallen en stukprijzen laten zien?",
               "van welke leverancier is {ref}?"],
    },
    "vendor": {
        "en": ["do we already have {ref} as a vendor? need the vendor number for a new PO",
               "what bank account and address do we have on file for {ref}?",
               "{ref} - are they an approved supplier?"],
        "de": ["haben wir {ref} schon als Lieferant? brauch die Lieferantennummer für eine neue Bestellung",
               "welche Bankverbindung und Adresse haben wir für {ref} hinterlegt?",
               "{ref} – ist das ein freigegebener Lieferant?"],
        "fr": ["on a déjà {ref} comme fournisseur ? il me faut le numéro fournisseur pour une nouvelle commande",
               "quelles coordonnées bancaires et quelle adresse on a pour {ref} ?",
               "{ref}, c'est un fournisseur référencé chez nous ?"],
        "es": ["¿ya tenemos a {ref} como proveedor? necesito su número para un pedido nuevo",
               "¿qué datos bancarios y qué dirección tenemos registrados de {ref}?",
               "{ref}, ¿es un proveedor homologado?"],
        "nl": ["hebben we {ref} al als leverancier? ik heb het leveranciersnummer nodig voor een nieuwe bestelling",
               "welk rekeningnummer en adres hebben we van {ref} vastgelegd?",
               "{ref} – is dat een goedgekeurde leverancier?"],
    },
    "deal": {
        "en": ["{ref} closed a while ago and I still don't see an invoice. what's up?",
               "has the customer been invoiced for {ref}? need to know before I call them",
               "Hey finance, quick one - was an invoice raised for {ref}, and if not, what's blocking it?"],
        "de": ["{ref} ist schon länger abgeschlossen und ich sehe immer noch keine Rechnung. Was ist da los?",
               "Ist {ref} schon beim Kunden abgerechnet? Muss ich wissen, bevor ich da anrufe",
               "Hallo Buchhaltung, kurze Frage – ist {ref} schon fakturiert, und falls nicht, woran hängt's?"],
        "fr": ["{ref} a été signée il y a un moment et je ne vois toujours pas de facture. Il se passe quoi ?",
               "le client a été facturé pour {ref} ? je dois le savoir avant de l'appeler",
               "Coucou la compta, petite question : est-ce qu'une facture a été émise pour {ref}, et sinon "
               "qu'est-ce qui bloque ?"],
        "es": ["{ref} se cerró hace tiempo y sigo sin ver factura. ¿Qué pasa?",
               "¿{ref} ya se le ha facturado al cliente? lo necesito saber antes de llamarle",
               "Hola, equipo de finanzas: ¿se emitió factura para {ref}? y si no, ¿qué la frena?"],
        "nl": ["{ref} is al een tijdje binnen en ik zie nog steeds geen factuur. Hoe kan dat?",
               "is de klant al gefactureerd voor {ref}? moet ik weten voordat ik ze bel",
               "Hoi finance, korte vraag: is er voor {ref} een factuur aangemaakt, en zo niet, waar hangt het op?"],
    },
    "audit": {
        "en": ["I need to see who's done what with {ref} since it came in",
               "audit asked about {ref}. can you give me its full history with dates?",
               "show me every step {ref} has been through"],
        "de": ["ich muss sehen, wer seit dem Eingang was mit {ref} gemacht hat",
               "Die Revision fragt nach {ref}. Kannst du mir die komplette Historie mit Datum geben?",
               "zeig mir jeden Schritt, den {ref} durchlaufen hat"],
        "fr": ["je dois retracer tout ce qui a été fait sur {ref} depuis son arrivée",
               "L'audit interne pose des questions sur {ref}. Tu peux me donner tout son historique avec les dates ?",
               "montre-moi chaque étape par laquelle {ref} est passée"],
        "es": ["tengo que rastrear todo lo que se ha hecho con {ref} desde que entró",
               "Auditoría interna pregunta por {ref}. ¿Me das todo su historial con fechas?",
               "enséñame cada paso por el que ha pasado {ref}"],
        "nl": ["ik moet nagaan wie wat met {ref} heeft gedaan sinds die binnenkwam",
               "De interne audit stelt vragen over {ref}. Kun je me de hele historie met data geven?",
               "laat elke stap zien die {ref} heeft doorlopen"],
    },
    "refuse": {
        "en": ["hit approve on {ref} for me, I'm stuck in traffic",
               "reject {ref} and tell the vendor to resend it",
               "put {ref} on hold until further notice",
               "schedule {ref} for the Dec 15 payment run",
               "edit {ref}, the PO number on it is wrong",
               "get {ref} posted today, the auditors show up monday"],
        "de": ["drück für {ref} mal eben auf Genehmigen, ich steh im Stau",
               "lehn {ref} ab und sag dem Lieferanten, er soll sie neu schicken",
               "setz {ref} bis auf Weiteres auf Halt",
               "plan {ref} für den Zahllauf am 15. Dezember ein",
               "ändere {ref}, da steht die falsche Bestellnummer drauf",
               "buch {ref} heute noch, am Montag kommen die Prüfer"],
        "fr": ["tu me valides {ref} vite fait ? je suis coincée dans les bouchons",
               "rejette {ref} et demande au fournisseur de la renvoyer",
               "mets {ref} en attente jusqu'à nouvel ordre",
               "programme {ref} dans la campagne de paiement du 15 décembre",
               "modifie {ref}, le numéro de commande dessus est faux",
               "comptabilise {ref} aujourd'hui, les auditeurs arrivent lundi"],
        "es": ["dale a aprobar {ref} por mí, que estoy metido en un atasco",
               "rechaza {ref} y dile al proveedor que la vuelva a mandar",
               "deja {ref} en espera hasta nuevo aviso",
               "programa {ref} para el pago del 15 de diciembre",
               "modifica {ref}, tiene mal el número de pedido",
               "contabiliza {ref} hoy, que el lunes vienen los auditores"],
        "nl": ["klik voor {ref} even op goedkeuren, ik sta in de file",
               "wijs {ref} af en laat de leverancier hem opnieuw sturen",
               "zet {ref} tot nader order on hold",
               "plan {ref} in voor de betaalrun van 15 december",
               "pas {ref} aan, het ordernummer erop klopt niet",
               "boek {ref} vandaag nog, maandag komen de accountants"],
    },
}

# Demo invoices (date, due date, total, what was bought): INV-1043 2026-11-10, due 12-10, 1,657.80 (PO-2001, Acme:
# cordless drills, drill bit sets); NW-5602 2026-11-12, due 12-12, 2,023.92 (PO-2002, Northwind: A4 copy paper,
# toner; the variance); INV-1001 2026-10-05, due 11-04, 1,296.00 (Acme: impact driver kits; the duplicate of posted
# BILL-0001); UC-77 2026-11-14, due 11-28, 480.00 (Umbrella Catering Co: team lunch catering; the only caterer);
# GX-2026-118 2026-11-09, due 12-09, 1,728.00 (PO-2004, Globex: steel mounting brackets); INV-88120 2026-11-13, due
# 12-13, 24,000.00 (PO-2003, Initech Consulting: ERP implementation services; Initech's only invoice, the only
# consulting one). Acme's only November invoice is INV-1043 (INV-1001 is October); due dates and totals are distinct.
INVOICE_REFS_FRESH10 = {"Acme's November invoice": "INV-1043", "the 1728 invoice": "GX-2026-118",
                        "the invoice due Dec 12": "NW-5602", "the caterer's invoice": "UC-77",
                        "the consulting invoice": "INV-88120", "the Acme invoice for 1,296": "INV-1001",
                        "the Globex brackets invoice": "GX-2026-118", "inv-1043": "INV-1043"}
FOLLOW_UP_FRESH10 = {"Initech's ERP invoice": "INV-88120", "the 480 catering bill": "UC-77",
                     "Umbrella Catering's invoice": "UC-77"}
PENDING_FRESH10 = {"U0CFO0001": (["Alex Chen", "UC-77"], []), "U0CONTROL": (["Priya Shah", "INV-88120"], []),
                   "U0APMGR01": (["Sam Rivera"], ["INV-88120"])}
LIST_FRESH10 = {  # kinds of agent_bank.LIST_FACTS
    "blocked": {"en": "that the system has blocked", "de": "die vom System gesperrt wurden",
                "fr": "que le système a bloquées", "es": "que el sistema ha bloqueado",
                "nl": "die door het systeem zijn geblokkeerd"},
    "waiting": {"en": "that haven't been approved yet", "de": "die noch nicht genehmigt sind",
                "fr": "qui n'ont pas encore été approuvées", "es": "que todavía no están aprobadas",
                "nl": "die nog niet zijn goedgekeurd"},
    "overdue": {"en": "that we haven't paid on time", "de": "die wir nicht rechtzeitig bezahlt haben",
                "fr": "qu'on n'a pas payées à temps", "es": "que no hemos pagado a tiempo",
                "nl": "die we niet op tijd hebben betaald"},
    # over_band in agent_bank.LIST_FACTS: INV-88120 (24,000.00) is the only invoice above 3,000 (next: 2,023.92)
    "over_band": {"en": "over 3,000", "de": "über 3.000 Dollar", "fr": "de plus de 3 000 dollars",
                  "es": "de más de 3.000 dólares", "nl": "boven de 3.000 dollar"},
    # Northwind's only case is NW-5602 (NW-5531 is a posted October ledger bill)
    "vendor_nw": {"en": "we got from Northwind", "de": "die wir von Northwind bekommen haben",
                  "fr": "qu'on a reçues de Northwind", "es": "que recibimos de Northwind",
                  "nl": "die we van Northwind hebben gekregen"},
    "week": {"en": "received so far this week", "de": "die seit Wochenbeginn eingegangen sind",
             "fr": "reçues depuis le début de la semaine", "es": "que han entrado en lo que va de semana",
             "nl": "die sinds het begin van de week zijn binnengekomen"},
}
# NW-5602 is the only invoice with paper and toner on it, and Northwind's only invoice of 2,023.92.
VARIANCE_FRESH10 = {"the paper and toner invoice": "NW-5602", "the 2,023.92 Northwind bill": "NW-5602"}
# Acme has one PO (PO-2001); PO-2003 is the only PO for the ERP implementation; PO-2002 by number.
PO_FRESH10 = {"the Acme PO": ["PO-2001", "Cordless drill 18V"],
              "the ERP PO": ["PO-2003", "Initech Consulting LLC"],
              "PO no. 2002": ["PO-2002", "Toner cartridge"]}
# Vendor names as people write them: the full legal name, lowercase without the suffix, the suffix without "Foods".
VENDOR_FRESH10 = {"Globex Industrial GmbH": ["Globex Industrial GmbH", "V003"],
                  "initech consulting": ["Initech Consulting LLC", "V004"],
                  "Soylent Corp": ["Soylent Foods Corp", "V005"]}
# CRM: "Blue Harbor - store fit-out tools" is OPP-3001's name, pasted in quotes; Meridian has two deals, the drills
# pilot (OPP-2991, invoiced as SI-00002) and the annual supplies of copy paper (OPP-3002): "the Meridian paper deal"
# is OPP-3002; OPP-3003 (Northshore Logistics) and OPP-2991 by id.
DEAL_FRESH10 = {'the "Blue Harbor - store fit-out tools" deal': ["OPP-3001", "Blue Harbor Retail"],
                "the Meridian paper deal": ["OPP-3002", "Meridian Health Partners"],
                "OPP-3003": ["OPP-3003", "Northshore Logistics"],
                "opp 2991": ["OPP-2991", "SI-00002"]}
# The entity is the ref itself: each is an invoice number the store resolves (case, spaces, dashes aside).
AUDIT_FRESH10 = {"Inv-88120": ["approval_requested"], "UC 77": ["approval_requested"], "NW 5602": ["decision_reject"]}
# Initech has one invoice; INV-1001 is the only duplicate (of posted BILL-0001).
REFUSE_FRESH10 = {"Initech's invoice": "INV-88120", "the Acme duplicate": "INV-1001"}
LOCAL_REFS_FRESH10 = {
    "Acme's November invoice": {"de": "die Acme-Rechnung vom November", "fr": "la facture Acme de novembre",
                                "es": "la factura de Acme de noviembre", "nl": "de Acme-factuur van november"},
    "the 1728 invoice": {"de": "die 1728er-Rechnung", "fr": "la facture de 1728", "es": "la factura de 1728",
                         "nl": "de factuur van 1728"},
    "the invoice due Dec 12": {"de": "die Rechnung mit Fälligkeit 12.12.",
                               "fr": "la facture qui arrive à échéance le 12 décembre",
                               "es": "la factura con vencimiento el 12 de diciembre",
                               "nl": "de factuur met vervaldatum 12 december"},
    "the caterer's invoice": {"de": "die Rechnung vom Caterer", "fr": "la facture du traiteur",
                              "es": "la factura de la empresa de catering", "nl": "de factuur van de cateraar"},
    "the consulting invoice": {"de": "die Consulting-Rechnung", "fr": "la facture de conseil",
                               "es": "la factura de consultoría", "nl": "de factuur voor de consultancy"},
    "the Acme invoice for 1,296": {"de": "die Acme-Rechnung über 1.296", "fr": "la facture Acme de 1 296",
                                   "es": "la factura de Acme por 1.296", "nl": "de Acme-factuur van 1.296"},
    "the Globex brackets invoice": {"de": "die Globex-Rechnung für die Halterungen",
                                    "fr": "la facture Globex pour les équerres",
                                    "es": "la factura de Globex de los soportes",
                                    "nl": "de Globex-factuur voor de beugels"},
    "Initech's ERP invoice": {"de": "die ERP-Rechnung von Initech", "fr": "la facture ERP d'Initech",
                              "es": "la factura del ERP de Initech", "nl": "de ERP-factuur van Initech"},
    "the 480 catering bill": {"de": "die Catering-Rechnung über 480", "fr": "la facture traiteur de 480",
                              "es": "la factura del catering de 480", "nl": "de cateringrekening van 480"},
    "Umbrella Catering's invoice": {"de": "die Rechnung von Umbrella Catering",
                                    "fr": "la facture d'Umbrella Catering",
                                    "es": "la factura de Umbrella Catering",
                                    "nl": "de factuur van Umbrella Catering"},
    "the paper and toner invoice": {"de": "die Rechnung für Papier und Toner", "fr": "la facture papier et toner",
                                    "es": "la factura del papel y el tóner", "nl": "de factuur voor papier en toner"},
    "the 2,023.92 Northwind bill": {"de": "die Northwind-Rechnung über 2.023,92",
                                    "fr": "la facture Northwind de 2 023,92",
                                    "es": "la factura de Northwind de 2.023,92",
                                    "nl": "de Northwind-rekening van 2.023,92"},
    "the Acme PO": {"de": "die Acme-Bestellung", "fr": "la commande Acme", "es": "la OC de Acme",
                    "nl": "de Acme-PO"},
    "the ERP PO": {"de": "die ERP-Bestellung", "fr": "la commande du projet ERP", "es": "la OC del proyecto ERP",
                   "nl": "de inkooporder voor het ERP-project"},
    "PO no. 2002": {"de": "Bestellnr. 2002", "fr": "le BC 2002", "es": "la OC 2002", "nl": "PO nr. 2002"},
    'the "Blue Harbor - store fit-out tools" deal': {"de": 'der Deal "Blue Harbor - store fit-out tools"',
                                                  "fr": 'l\'affaire "Blue Harbor - store fit-out tools"',
                                                  "es": 'la oportunidad "Blue Harbor - store fit-out tools"',
                                                  "nl": 'de deal "Blue Harbor - store fit-out tools"'},
    "the Meridian paper deal": {"de": "der Meridian-Papierdeal", "fr": "l'affaire papier de Meridian",
                                "es": "la oportunidad de papel de Meridian", "nl": "de Meridian-papierdeal"},
    "Initech's invoice": {"de": "die Rechnung von Initech", "fr": "la facture d'Initech",
                          "es": "la factura de Initech", "nl": "de factuur van Initech"},
    "the Acme duplicate": {"de": "die doppelte Acme-Rechnung", "fr": "la facture Acme en double",
                           "es": "la factura duplicada de Acme", "nl": "de dubbele Acme-factuur"},
}
