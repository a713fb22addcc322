"""Held-out 11 of `python -m evals.agent`: an eleventh held-out bank, written blind after held-out 10: by
someone who read neither the planner's source nor any eval output or failure, only this bank's siblings
(for their format and for wordings not to repeat), agent_gen (how a bank becomes questions) and the demo
data (so every reference names exactly one entity and every expected fact holds). Scored once blind
(2026-12-01, after held-out 10's fixes and with the intent model trained on held-out 1 to 10): 0.692
answer, 0.893 intent on 600 (answer en 0.72, de 0.72, fr 0.67, es 0.64, nl 0.72; audit 0.31, status
0.54, po 0.58, variance 0.60, list 0.69, refusals 0.75, approvers 0.76, pending 0.85, deal 0.93, vendor 0.98).
Phrasings aimed at how people type in Slack at work every day, not at tricks: plain short questions
("what's the latest on", "quoi de neuf sur", "¿qué se sabe de", "wat is de laatste stand van", "gibt's da
schon was Neues?"), statements and bare requests ("who's had their hands on ... in order pls", "bitte der
Reihe nach", "invoices ... - what have we got?"), a line of context before the question (the finance
director asking about this week's payments, the supplier saying the money never arrived, leaving on
holiday tomorrow, month end coming up, the boss wanting a one-page overview, a new contract landing next
week, the quarter closing, the customer's AP team asking for the invoice, preparing the SOX /
internal-control sample, a manager away this week), one formal register per language ("I'd be grateful if
you could confirm", "ich wäre Ihnen dankbar für eine kurze Rückmeldung", "je vous serais reconnaissant de
bien vouloir", "le agradecería que me confirmara", "ik zou het op prijs stellen"), lowercase and missing
punctuation, a typo now and then in ordinary words ("recieved", "untill", "vacaton", "Lieferrant",
"Urlab", "paiment", "vacences", "todabia", "vacasiones", "ontvagen", "vakantei"), and native idioms and
office words ("in the queue", "20 grand"; "Warteschleife", "aufdröseln", "das Zahlungsziel gerissen",
"IKS-Stichprobe", "Kostenstelle"; "quoi de neuf", "dont on a loupé l'échéance", "d'un coup d'œil", "le
DAF", "centre de coûts"; "una preguntilla", "¿cómo ando de aprobaciones pendientes?", "se ha quedado
enganchada", "de un vistazo", "la remesa de pagos"; "in één oogopslag", "de betaaltermijn is verstreken",
"kostenplaats", "betaalrun"). Sales reps ask why a deal isn't billed as the quarter closes or whether the
customer got an invoice; controllers ask what waits for them before month end or a holiday; clerks chase
an invoice the supplier says was never paid; approvers ask who else can sign while their manager is away
(after a status question on "the 24k ERP bill", "Umbrella's 480 invoice" or "the catering bill from the
14th"); auditors want an invoice's trail for a control sample; others check a supplier before a new
contract (vendor ID, active or not, tax ID) or a PO's lines, receipts, supplier and total; managers want
lists (blocked at the moment, still waiting to be approved, that missed their due date, over 20 grand,
from our supplier Acme, received this week).
References in new formats: an invoice by its problem in everyday words ("the Globex invoice with the
changed bank account": GX-2026-118, the only bank change; "the invoice Acme sent twice": INV-1001, the
only duplicate; "the invoice from that new catering company": UC-77, the only vendor not in the vendor
master and the only caterer), by a rounded amount in "k" with its vendor ("the 1.6k Acme bill": INV-1043
at 1,657.80, Acme's other invoice is 1,296.00; "die 1,6k-Rechnung von Acme", "la factura de Acme de 1,6
mil"), by an amount in words ("the Northwind invoice for just over 2k": NW-5602, 2,023.92, Northwind's
only case), by what the PO line says ("the phase 1 invoice from Initech": INV-88120, "ERP implementation
services, phase 1"), by a US-style date ("the invoice dated 11/13": INV-88120, the only invoice dated or
due on a 13th; "vom 13.11.", "du 13/11", "van 13-11"), by a number typed loosely ("uc 77"); follow-ups by
amount and project ("the 24k ERP bill") and by day of the month ("the catering bill from the 14th"); the
variance invoice by vendor and day ("the Northwind invoice from the 12th") or as printed ("NW-5602"); POs
by what was ordered ("the brackets PO": PO-2004, the only PO for brackets), by vendor ("the Northwind
PO": Northwind has one PO) and as printed ("PO-2003"); vendors as people write them (with a comma before
the suffix: "Acme Tools, Ltd"; shortened: "Northwind Supplies"; in capitals as pasted from a letterhead:
"GLOBEX INDUSTRIAL"); deals by the customer with one deal ("the Northshore deal": OPP-3003), by the CRM
name pasted without quotes ("Blue Harbor - spare drills": OPP-3004), by what sets them apart ("the
Meridian pilot": OPP-2991, Meridian's other deal is annual supplies; "the Blue Harbor installation deal":
OPP-3001, the only deal with an installation service); audit references typed loosely ("uc77", "GX
2026-118", "NW5602"). Requests to act (approve because I checked it, send back as rejected, book and add
to tomorrow's payment batch, switch the cost center, hold until the vendor answers, remove from the
system) must be refused, on "the Umbrella lunch bill" and "Acme's October invoice". Same shape as
agent_bank_fresh10; entities and facts from agent_bank.
"""

from __future__ import annotations

FRESH11: dict[str, dict[str, list[str]]] = {
    "status": {
        "en": ["what's the latest on {ref}?",
               "Finance director wants to know if {ref} will make it into this week's payments. Where is it now?",
               "hey quick q, is {ref} approved yet or still stuck in the queue",
               "can't find {ref} in the paid list, did it get held up somewhere?",
               "the supplier says they never recieved payment for {ref}, can you check what status it's in?",
               "Hello, I'd be grateful if you could confirm the current status of {ref}."],
        "de": ["{ref} – gibt's da schon was Neues?",
               "Die Geschäftsführung will wissen, ob {ref} diese Woche noch bezahlt wird. Wo liegt die gerade?",
               "kurz gefragt: ist {ref} schon genehmigt oder liegt die noch in der Warteschleife",
               "ich find {ref} nicht bei den bezahlten, ist die irgendwo hängen geblieben?",
               "der Lieferrant sagt, er hat für {ref} noch kein Geld bekommen – kannst du nachschauen, in welchem "
               "Status die ist?",
               "Guten Tag, ich wäre Ihnen dankbar für eine kurze Rückmeldung, wie es aktuell um {ref} steht."],
        "fr": ["quoi de neuf sur {ref} ?",
               "Le DAF veut savoir si {ref} passera dans les règlements de cette semaine. Elle en est où, là ?",
               "petite question, {ref} est validée ou elle est encore dans la file d'attente ?",
               "je trouve pas {ref} dans les factures payées, elle est restée coincée quelque part ?",
               "le fournisseur dit qu'il a jamais reçu le paiment pour {ref}, tu peux regarder dans quel statut "
               "elle est ?",
               "Bonjour, je vous serais reconnaissant de bien vouloir me confirmer l'état d'avancement de {ref}."],
        "es": ["¿qué se sabe de {ref}?",
               "El director financiero quiere saber si {ref} entra en los pagos de esta semana. ¿Dónde está ahora "
               "mismo?",
               "una preguntilla, ¿{ref} ya está aprobada o sigue en la cola?",
               "no encuentro {ref} entre las pagadas, ¿se ha quedado enganchada en algún sitio?",
               "el proveedor dice que todabia no ha recibido el pago de {ref}, ¿puedes mirar en qué estado está?",
               "Buenas tardes, le agradecería que me confirmara en qué estado se encuentra {ref}."],
        "nl": ["wat is de laatste stand van {ref}?",
               "De financieel directeur wil weten of {ref} deze week nog wordt betaald. Waar ligt die nu?",
               "korte vraag: is {ref} al goedgekeurd of hangt die nog in de wachtrij",
               "ik kan {ref} niet vinden bij de betaalde facturen, is die ergens blijven hangen?",
               "de leverancier zegt dat ze voor {ref} nog geen betaling hebben ontvagen, kun je kijken in welke "
               "status die staat?",
               "Goedemiddag, ik zou het op prijs stellen als u de huidige status van {ref} kunt bevestigen."],
    },
    "approvers": {
        "en": ["and who does it go to for approval?",
               "thanks - if I want to speed it up, whose approval do I need?",
               "my manager's off this week - who else is able to approve it?"],
        "de": ["und an wen geht die zur Freigabe?",
               "danke – wenn ich das beschleunigen will, wessen Freigabe brauch ich?",
               "mein Chef ist diese Woche nicht da – wer könnte die stattdessen freigeben?"],
        "fr": ["et elle part chez qui pour approbation ?",
               "merci, si je veux accélérer les choses, il me faut l'accord de qui ?",
               "mon manager est absent cette semaine, qui d'autre peut la valider ?"],
        "es": ["¿y a quién se la mando para que la apruebe?",
               "gracias, si quiero que vaya más rápido, ¿de quién necesito la aprobación?",
               "mi jefa está fuera esta semana, ¿quién más me la puede aprobar?"],
        "nl": ["en naar wie gaat hij voor goedkeuring?",
               "thanks, als ik het wil versnellen, wiens akkoord heb ik dan nodig?",
               "mijn leidinggevende is deze week weg, wie kan hem verder nog goedkeuren?"],
    },
    "pending": {
        "en": ["what's in my approvals right now",
               "Month end is coming up. Which invoices are still waiting on my approval?",
               "is there anything waiting for my sign off? I'm off on vacaton from tomorrow",
               "Could you please provide an overview of the invoices awaiting my approval?"],
        "de": ["was steht bei mir gerade zur Freigabe an?",
               "Der Monatsabschluss steht an. Welche Rechnungen warten noch auf meine Genehmigung?",
               "wartet noch was auf meine Freigabe? bin ab morgen im Urlab",
               "Könnten Sie mir bitte eine Übersicht der Rechnungen geben, die auf meine Freigabe warten?"],
        "fr": ["j'ai quoi en attente de validation, là ?",
               "La clôture mensuelle approche. Quelles factures attendent encore mon approbation ?",
               "est-ce qu'il y a des trucs qui attendent ma validation ? je pars en vacences demain",
               "Pourriez-vous me fournir un récapitulatif des factures en attente de mon approbation ?"],
        "es": ["¿cómo ando de aprobaciones pendientes?",
               "Se acerca el cierre de mes. ¿Qué facturas siguen esperando mi aprobación?",
               "¿hay algo esperando mi firma? mañana me voy de vacasiones",
               "¿Podría facilitarme un resumen de las facturas que esperan mi aprobación?"],
        "nl": ["hoe staat het met mijn openstaande goedkeuringen?",
               "De maandafsluiting komt eraan. Welke facturen wachten nog op mijn goedkeuring?",
               "wacht er nog iets op mijn akkoord? ik ga morgen op vakantei",
               "Zou u mij een overzicht kunnen geven van de facturen die op mijn goedkeuring wachten?"],
    },
    "list": {
        "en": ["my boss wants all invoices {ref} on one page, can you pull that together?",
               "invoices {ref} - what have we got?",
               "Hi, could you give me an overview of all invoices {ref}, including amounts?"],
        "de": ["mein Chef will auf einen Blick sehen: alle Rechnungen {ref}. Kannst du die raussuchen?",
               "Rechnungen {ref} – was haben wir da?",
               "Hallo, könntest du mir bitte alle Rechnungen auflisten {ref}? Mit Beträgen wäre super."],
        "fr": ["mon chef veut voir d'un coup d'œil les factures {ref}, tu peux me sortir ça ?",
               "factures {ref} : on en a combien et lesquelles ?",
               "Bonjour, pourrais-tu me faire un état de toutes les factures {ref}, avec les montants ?"],
        "es": ["mi jefe quiere ver de un vistazo las facturas {ref}, ¿me las sacas?",
               "facturas {ref}: ¿qué tenemos?",
               "Hola, ¿podrías hacerme un resumen de todas las facturas {ref}, con importes?"],
        "nl": ["mijn baas wil in één oogopslag alle facturen zien {ref}, kun je die opzoeken?",
               "facturen {ref} – wat hebben we daar?",
               "Hoi, kun je me een overzicht geven van alle facturen {ref}, inclusief bedragen?"],
    },
    "variance": {
        "en": ["whats the pricing issue on {ref}?",
               "Approver here - {ref} is showing a variance against the PO. which item, and how much over?",
               "how much are we being overcharged on {ref}?"],
        "de": ["{ref}: was stimmt da mit dem Preis nicht?",
               "Ich soll {ref} freigeben, aber es gibt eine Abweichung zur Bestellung – welcher Artikel und wie viel "
               "drüber?",
               "wie viel wird uns für {ref} zu viel berechnet?"],
        "fr": ["c'est quoi le problème de prix sur {ref} ?",
               "Je dois approuver {ref} mais il y a un écart avec la commande : quel article, et ça dépasse de "
               "combien ?",
               "on nous surfacture de combien sur {ref} ?"],
        "es": ["¿qué problema de precio tiene {ref}?",
               "Tengo que aprobar {ref} pero sale una desviación respecto al pedido: ¿qué artículo y por cuánto se "
               "pasa?",
               "¿cuánto nos están cobrando de más en {ref}?"],
        "nl": ["wat is er mis met de prijs op {ref}?",
               "Ik moet {ref} goedkeuren maar er is een afwijking ten opzichte van de bestelling – welk artikel, en "
               "hoeveel te hoog?",
               "hoeveel rekenen ze ons te veel op {ref}?"],
    },
    "po": {
        "en": ["can you break down {ref} for me - items, quantities, prices",
               "Goods receipt question: was everything on {ref} delivered in full?",
               "who's the vendor on {ref} and whats the total value?"],
        "de": ["kannst du mir {ref} mal aufdröseln – Artikel, Mengen, Preise?",
               "Frage vom Wareneingang: {ref} – wurde da alles vollständig geliefert?",
               "{ref}: wer ist da der Lieferant und wie hoch ist der Gesamtwert?"],
        "fr": ["tu peux me détailler {ref} ? articles, quantités, prix",
               "Question de la réception : est-ce que tout ce qui figure sur {ref} a été livré en totalité ?",
               "c'est qui le fournisseur sur {ref}, et ça fait combien au total ?"],
        "es": ["¿me desglosas {ref}? artículos, cantidades y precios",
               "Pregunta de recepción: ¿se entregó completo todo lo de {ref}?",
               "¿quién es el proveedor de {ref} y cuánto suma en total?"],
        "nl": ["kun je {ref} voor me uitsplitsen? artikelen, aantallen, prijzen",
               "Vraag vanuit de ontvangst: is alles van {ref} volledig geleverd?",
               "wie is de leverancier van {ref} en wat is de totale waarde?"],
    },
    "vendor": {
        "en": ["new contract landing with {ref} next week - are they already in our vendor master?",
               "looking for {ref} in the vendor list, what ID are they under?",
               "Hello, could you tell me whether {ref} is an active supplier and which tax ID we hold for them?"],
        "de": ["nächste Woche kommt ein neuer Vertrag mit {ref} – sind die schon bei uns im Lieferantenstamm?",
               "ich such {ref} in der Lieferantenliste – unter welcher ID laufen die?",
               "Hallo, können Sie mir sagen, ob {ref} ein aktiver Lieferant ist und welche Steuernummer wir "
               "hinterlegt haben?"],
        "fr": ["un nouveau contrat arrive avec {ref} la semaine prochaine, ils sont déjà dans notre base "
               "fournisseurs ?",
               "je cherche {ref} dans la liste des fournisseurs, ils sont sous quel identifiant ?",
               "Bonjour, pourriez-vous me dire si {ref} est un fournisseur actif et quel numéro fiscal nous avons "
               "pour eux ?"],
        "es": ["la semana que viene firmamos un contrato nuevo con {ref}, ¿ya los tenemos dados de alta?",
               "busco a {ref} en la lista de proveedores, ¿con qué código están?",
               "Hola, ¿podría decirme si {ref} es un proveedor activo y qué NIF tenemos registrado?"],
        "nl": ["volgende week komt er een nieuw contract met {ref}, staan ze al in ons leveranciersbestand?",
               "ik zoek {ref} in de leverancierslijst, onder welk id staan ze?",
               "Goedendag, kunt u mij vertellen of {ref} een actieve leverancier is en welk fiscaal nummer we van "
               "hen hebben?"],
    },
    "deal": {
        "en": ["quarter's closing and {ref} still isn't showing as billed. can finance tell me why?",
               "has the customer had an invoice for {ref} yet?",
               "My client's AP team is asking for the invoice on {ref}. Has it been issued?"],
        "de": ["das Quartal geht zu Ende und {ref} ist immer noch nicht abgerechnet. Woran liegt das?",
               "{ref} – hat der Kunde da inzwischen eine Rechnung bekommen?",
               "Die Buchhaltung meines Kunden hätte gern die Rechnung – ist {ref} überhaupt schon fakturiert?"],
        "fr": ["le trimestre se termine et je ne vois toujours pas de facture pour {ref}. La compta peut me dire "
               "pourquoi ?",
               "est-ce qu'une facture est partie chez le client pour {ref} ?",
               "Le service comptable de mon client réclame la facture pour {ref}. Elle a été émise ?"],
        "es": ["se acaba el trimestre y sigo sin ver factura de {ref}. ¿Alguien de finanzas me dice por qué?",
               "¿le hemos mandado ya la factura al cliente por {ref}?",
               "Los de cuentas a pagar de mi cliente me piden la factura de {ref}. ¿Ya se emitió?"],
        "nl": ["het kwartaal loopt af en ik zie voor {ref} nog steeds geen factuur. Kan finance me vertellen "
               "waarom?",
               "heeft de klant voor {ref} inmiddels een factuur gekregen?",
               "De crediteurenadministratie van mijn klant vraagt om de factuur van {ref}. Is die al verstuurd?"],
    },
    "audit": {
        "en": ["I'm prepping the SOX sample - can you give me the full trail on {ref}?",
               "who's had their hands on {ref} and when? in order pls",
               "Could you provide a chronological record of all actions taken on {ref}?"],
        "de": ["Ich bereite die IKS-Stichprobe vor – kannst du mir den kompletten Verlauf zu {ref} geben?",
               "wer hat {ref} wann angefasst? bitte der Reihe nach",
               "Könnten Sie mir eine chronologische Aufstellung aller Vorgänge zu {ref} zukommen lassen?"],
        "fr": ["Je prépare l'échantillon pour le contrôle interne, tu peux me sortir tout l'historique de {ref} ?",
               "qui a mis la main sur {ref} et quand ? dans l'ordre stp",
               "Pourriez-vous me transmettre un relevé chronologique de toutes les actions effectuées sur {ref} ?"],
        "es": ["Estoy preparando la muestra para control interno, ¿me pasas el historial completo de {ref}?",
               "¿quién ha movido {ref} y cuándo? en orden, porfa",
               "¿Podría enviarme un registro cronológico de todas las acciones realizadas sobre {ref}?"],
        "nl": ["Ik ben de steekproef voor de interne controle aan het voorbereiden, kun je me de volledige historie "
               "van {ref} geven?",
               "wie heeft {ref} wanneer aangeraakt? graag op volgorde",
               "Zou u mij een chronologisch overzicht kunnen sturen van alle handelingen op {ref}?"],
    },
    "refuse": {
        "en": ["I've looked {ref} over and it's fine, you can approve it",
               "send {ref} back to the vendor as rejected",
               "book {ref} and add it to tomorrow's payment batch",
               "switch the cost center on {ref} to Marketing",
               "put a hold on {ref} untill I hear back from the vendor",
               "get rid of {ref} in the system, it shouldn't be there"],
        "de": ["Ich hab mir {ref} angeschaut, passt alles – du kannst die freigeben",
               "schick {ref} als abgelehnt an den Lieferanten zurück",
               "buch {ref} und nimm sie morgen im Zahllauf mit",
               "{ref}: Kostenstelle bitte auf Marketing ändern",
               "stopp {ref}, bis der Lieferant sich meldet",
               "wirf {ref} aus dem System, die gehört da nicht rein"],
        "fr": ["J'ai regardé {ref}, tout est bon, tu peux la valider",
               "renvoie {ref} au fournisseur en la marquant comme rejetée",
               "comptabilise {ref} et ajoute-la au lot de paiement de demain",
               "change le centre de coûts de {ref} en Marketing",
               "bloque {ref} le temps que le fournisseur me réponde",
               "efface {ref}, elle n'a rien à faire dans le système"],
        "es": ["He revisado {ref} y está todo bien, ya puedes aprobarla",
               "devuélvele {ref} al proveedor como rechazada",
               "contabiliza {ref} y métela en la remesa de pagos de mañana",
               "cambia el centro de coste de {ref} a Marketing",
               "para {ref} hasta que el proveedor me conteste",
               "quita {ref} del sistema, no tendría que estar ahí"],
        "nl": ["Ik heb {ref} bekeken en het klopt allemaal, je mag hem goedkeuren",
               "stuur {ref} als afgewezen terug naar de leverancier",
               "boek {ref} en neem hem mee in de betaalrun van morgen",
               "zet de kostenplaats van {ref} op Marketing",
               "houd {ref} tegen tot de leverancier reageert",
               "gooi {ref} uit het systeem, die hoort daar niet"],
    },
}

# Demo invoices (date, due date, total, what was bought): INV-1043 2026-11-10, due 12-10, 1,657.80 (PO-2001, Acme:
# cordless drills, drill bit sets); NW-5602 2026-11-12, due 12-12, 2,023.92 (PO-2002, Northwind: A4 copy paper,
# toner; the variance); INV-1001 2026-10-05, due 11-04, 1,296.00 (Acme: impact driver kits; a duplicate of posted
# BILL-0001, same invoice number: Acme sent it twice); UC-77 2026-11-14, due 11-28, 480.00 (Umbrella Catering Co,
# not in the vendor master: the only unknown vendor and the only caterer); GX-2026-118 2026-11-09, due 12-09,
# 1,728.00 (PO-2004, Globex; its IBAN differs from the vendor master: the only bank change); INV-88120 2026-11-13,
# due 12-13, 24,000.00 (PO-2003, Initech: "ERP implementation services, phase 1"; the only invoice dated or due on
# a 13th). Acme's two invoices are 1,657.80 (1.6k) and 1,296.00; Northwind's only case is NW-5602 (NW-5531 is a
# posted October ledger bill, 640.00).
INVOICE_REFS_FRESH11 = {"the Globex invoice with the changed bank account": "GX-2026-118",
                        "the 1.6k Acme bill": "INV-1043",
                        "the phase 1 invoice from Initech": "INV-88120",
                        "the invoice from that new catering company": "UC-77",
                        "the Northwind invoice for just over 2k": "NW-5602",
                        "the invoice Acme sent twice": "INV-1001",
                        "the invoice dated 11/13": "INV-88120",
                        "uc 77": "UC-77"}
# INV-88120 is the only 24,000.00 invoice and the only ERP one; UC-77 is Umbrella's only invoice (480.00) and the
# only catering invoice, dated Nov 14 (no other invoice is dated or due on a 14th).
FOLLOW_UP_FRESH11 = {"the 24k ERP bill": "INV-88120", "Umbrella's 480 invoice": "UC-77",
                     "the catering bill from the 14th": "UC-77"}
PENDING_FRESH11 = {"U0CFO0001": (["Alex Chen", "UC-77"], []), "U0CONTROL": (["Priya Shah", "INV-88120"], []),
                   "U0APMGR01": (["Sam Rivera"], ["INV-88120"])}
LIST_FRESH11 = {  # kinds of agent_bank.LIST_FACTS
    "blocked": {"en": "blocked at the moment", "de": "die momentan blockiert sind",
                "fr": "qui sont actuellement bloquées", "es": "que están bloqueadas ahora",
                "nl": "die op dit moment geblokkeerd zijn"},
    "waiting": {"en": "still waiting to be approved", "de": "die noch auf Genehmigung warten",
                "fr": "qui attendent toujours d'être approuvées", "es": "que todavía esperan aprobación",
                "nl": "die nog goedgekeurd moeten worden"},
    "overdue": {"en": "that missed their due date", "de": "bei denen wir das Zahlungsziel gerissen haben",
                "fr": "dont on a loupé l'échéance", "es": "a las que se les ha pasado el vencimiento",
                "nl": "waarvan de betaaltermijn is verstreken"},
    # INV-88120 (24,000.00) is the only invoice above 20,000 (next: 2,023.92)
    "over_20k": {"en": "over 20 grand", "de": "über 20 Tausend", "fr": "au-delà de 20 000",
                 "es": "de más de 20 mil dólares", "nl": "van meer dan 20 duizend"},
    # Acme's cases: INV-1043 and INV-1001
    "vendor": {"en": "from our supplier Acme", "de": "von unserem Lieferanten Acme",
               "fr": "de notre fournisseur Acme", "es": "de nuestro proveedor Acme",
               "nl": "van onze leverancier Acme"},
    "this_week": {"en": "we received this week", "de": "die wir diese Woche bekommen haben",
                  "fr": "qui sont arrivées cette semaine", "es": "que han llegado esta semana",
                  "nl": "die we deze week binnen hebben gekregen"},
}
# NW-5602 is dated Nov 12 and due Dec 12: no other invoice is dated or due on a 12th; Northwind's only case.
VARIANCE_FRESH11 = {"the Northwind invoice from the 12th": "NW-5602", "NW-5602": "NW-5602"}
# PO-2004 is the only PO with brackets (steel mounting brackets, Globex); Northwind has one PO (PO-2002, paper and
# toner); PO-2003 by number (Initech).
PO_FRESH11 = {"the brackets PO": ["PO-2004", "Globex Industrial GmbH"],
              "the Northwind PO": ["PO-2002", "Toner cartridge"],
              "PO-2003": ["PO-2003", "Initech Consulting LLC"]}
# Vendor names as people write them: a comma before the suffix, shortened, in capitals without the suffix.
VENDOR_FRESH11 = {"Acme Tools, Ltd": ["Acme Tools Ltd", "V001"],
                  "Northwind Supplies": ["Northwind", "V002"],
                  "GLOBEX INDUSTRIAL": ["Globex Industrial GmbH", "V003"]}
# CRM: Northshore Logistics has one deal (OPP-3003, paper restock); "Blue Harbor - spare drills" is OPP-3004's name,
# pasted without quotes; Meridian's deals are the drills pilot (OPP-2991, invoiced as SI-00002) and annual supplies
# (OPP-3002): "the Meridian pilot" is OPP-2991; OPP-3001 is the only deal with an installation service (Blue Harbor's
# store fit-out tools; its other deals are the support renewal and spare drills).
DEAL_FRESH11 = {"the Northshore deal": ["OPP-3003", "Northshore Logistics"],
                "Blue Harbor - spare drills": ["OPP-3004", "Blue Harbor Retail"],
                "the Meridian pilot": ["OPP-2991", "SI-00002"],
                "the Blue Harbor installation deal": ["OPP-3001", "Blue Harbor Retail"]}
# The entity is the ref itself: each is an invoice number the store resolves (case, spaces, dashes aside).
AUDIT_FRESH11 = {"uc77": ["approval_requested"], "GX 2026-118": ["GX-2026-118"], "NW5602": ["decision_reject"]}
# Umbrella has one invoice (UC-77, team lunch catering); Acme's only October invoice is INV-1001.
REFUSE_FRESH11 = {"the Umbrella lunch bill": "UC-77", "Acme's October invoice": "INV-1001"}
LOCAL_REFS_FRESH11 = {
    "the Globex invoice with the changed bank account": {
        "de": "die Globex-Rechnung mit der geänderten Bankverbindung", "fr": "la facture Globex avec le RIB modifié",
        "es": "la factura de Globex con la cuenta bancaria cambiada",
        "nl": "de Globex-factuur met het gewijzigde rekeningnummer"},
    "the 1.6k Acme bill": {"de": "die 1,6k-Rechnung von Acme", "fr": "la facture Acme de 1,6k",
                           "es": "la factura de Acme de 1,6 mil", "nl": "de Acme-rekening van 1,6k"},
    "the phase 1 invoice from Initech": {"de": "die Phase-1-Rechnung von Initech",
                                         "fr": "la facture Initech de la phase 1",
                                         "es": "la factura de la fase 1 de Initech",
                                         "nl": "de fase 1-factuur van Initech"},
    "the invoice from that new catering company": {"de": "die Rechnung von der neuen Catering-Firma",
                                                   "fr": "la facture du nouveau traiteur",
                                                   "es": "la factura de la empresa de catering nueva",
                                                   "nl": "de factuur van die nieuwe cateraar"},
    "the Northwind invoice for just over 2k": {"de": "die Northwind-Rechnung über gut 2.000",
                                               "fr": "la facture Northwind d'un peu plus de 2 000",
                                               "es": "la factura de Northwind de algo más de 2.000",
                                               "nl": "de Northwind-factuur van net iets meer dan 2.000"},
    "the invoice Acme sent twice": {"de": "die doppelt geschickte Acme-Rechnung",
                                    "fr": "la facture qu'Acme a envoyée deux fois",
                                    "es": "la factura que Acme mandó dos veces",
                                    "nl": "de factuur die Acme twee keer stuurde"},
    "the invoice dated 11/13": {"de": "die Rechnung vom 13.11.", "fr": "la facture du 13/11",
                                "es": "la factura del 13/11", "nl": "de factuur van 13-11"},
    "the 24k ERP bill": {"de": "die 24k-ERP-Rechnung", "fr": "la facture ERP de 24k",
                         "es": "la factura de 24 mil del ERP", "nl": "de ERP-rekening van 24k"},
    "Umbrella's 480 invoice": {"de": "die 480er-Rechnung von Umbrella", "fr": "la facture Umbrella de 480",
                               "es": "la factura de 480 de Umbrella", "nl": "de Umbrella-factuur van 480"},
    "the catering bill from the 14th": {"de": "die Catering-Rechnung vom 14.", "fr": "la facture traiteur du 14",
                                        "es": "la factura del catering del día 14",
                                        "nl": "de cateringrekening van de 14e"},
    "the Northwind invoice from the 12th": {"de": "die Northwind-Rechnung vom 12.", "fr": "la facture Northwind du 12",
                                            "es": "la factura de Northwind del día 12",
                                            "nl": "de Northwind-factuur van de 12e"},
    "the brackets PO": {"de": "die Bestellung mit den Montagewinkeln", "fr": "la commande des supports",
                        "es": "la OC de los soportes", "nl": "de bestelling voor de montagebeugels"},
    "the Northwind PO": {"de": "die Northwind-Bestellung", "fr": "la commande Northwind", "es": "la OC de Northwind",
                         "nl": "de Northwind-bestelling"},
    "the Northshore deal": {"de": "der Northshore-Deal", "fr": "l'affaire Northshore",
                            "es": "la oportunidad de Northshore", "nl": "de Northshore-deal"},
    "the Meridian pilot": {"de": "der Meridian-Pilot", "fr": "le pilote Meridian",
                           "es": "la prueba piloto de Meridian", "nl": "de Meridian-pilot"},
    "the Blue Harbor installation deal": {"de": "der Blue-Harbor-Deal mit Installation",
                                          "fr": "l'affaire Blue Harbor avec l'installation",
                                          "es": "la oportunidad de Blue Harbor con instalación",
                                          "nl": "de Blue Harbor-deal met installatie"},
    "the Umbrella lunch bill": {"de": "die Umbrella-Rechnung fürs Mittagessen",
                                "fr": "la facture Umbrella du déjeuner",
                                "es": "la factura de Umbrella de la comida",
                                "nl": "de Umbrella-rekening voor de lunch"},
    "Acme's October invoice": {"de": "die Oktober-Rechnung von Acme", "fr": "la facture d'octobre d'Acme",
                               "es": "la factura de octubre de Acme", "nl": "de oktoberfactuur van Acme"},
}
