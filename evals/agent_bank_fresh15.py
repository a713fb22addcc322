"""Held-out 15 of `python -m evals.agent`: a fifteenth held-out bank, written blind after held-out 14, by a
helper agent that read neither the planner's source (countersign/agent/), the tests, the intent model's training
code (evals/train_intent.py, evals/intent_extra.py), nor any eval output, report or failure (nothing under
evals/reports/ or /tmp); only this bank's siblings (agent_bank and agent_bank_fresh to agent_bank_fresh14, for
their format and for wordings and reference styles not to repeat), agent_gen (how a bank becomes questions and how
answers are scored) and the demo data and policy (countersign/data/*.yaml, countersign/policies/default.yaml,
countersign/app/demo.py and samples.py: so every reference names exactly one entity and every expected fact holds).
Never run against the eval before it was wired in: only agent_gen.generate was called on it (in a throwaway script
that registered it in agent_gen's tables in memory, to count its questions and check that none repeats an earlier
bank's text); nothing was answered or scored.
Scored once blind (2026-12-01, on d8dea2c's planner, the intent model trained on held-out 1 to 14, not on
this bank): 0.307 answer, 0.822 intent on 600 (en 0.325, de 0.267, fr 0.342, es 0.283, nl 0.317). Not in
evals/train_intent.py's TRAIN_SPLITS. Seen and tuned on since (stop 30: things described instead of named, chatter,
pasted lines, requests to act after a first sentence): 0.927 answer on all 600.
Phrasings in styles the earlier banks did not use: "remind me ..." ("remind me — where did ... end up?", "erinner mich
mal", "rappelle-moi", "recuérdame", "help me even herinneren"); a system line pasted before the question (an ERP sync
log 'WARN: bill not created, case still open', a three-way match 'PRICE VARIANCE above tolerance', a bounced payment
file 'beneficiary details mismatch', a CRM sync note 'last synced 3 days ago', the bot's 'Approval requested'); the
question as one item of a numbered to-do list ("To-do for today: 1) bank rec 2) chase ... 3) expense claims. Can you
help with no. 2", "To-do: 1) approve ... 2) lunch", "To-do for the audit binder"); "quick sanity check:" ("kurzer
Plausi-Check", "petite vérif rapide", "comprobación rápida", "even een sanity check"); "Correct me if I'm wrong, but
..." ("Korrigier mich, wenn ich falschliege", "Corrige-moi si je me trompe", "Corrígeme si me equivoco", "Verbeter me
als ik het mis heb"); "Dumb question, but ..." ("Blöde Frage", "Question bête", "Pregunta tonta", "Domme vraag"); "not
urgent, but ..." ("nicht eilig", "pas urgent", "no corre prisa", "geen haast"); a quick phone message full of typos with
the excuse for them ("sry on my phone — whats teh latest wiht", "sry bin am handy — wo stekct", "dsl sur mon tel — c'est
quoi le statu", "perdon toy con el movil", "sorry op mijn telefon — wat is de stauts", "cna you aprove"); a bump of
one's own unanswered message ("bump — still need to know", "schieb das nochmal hoch", "je remonte", "subo esto", "even
omhoog"); a helpdesk ticket subject ("Ticket AP-4471 (month-end close):", "Ticket AP-4489 (goods receipt query):",
"Ticket AUD-0456 (internal controls):"); the aging report being built ("Doing the aging report — which invoices do we
have ..."); passive forms ("by whom can that one actually be signed off?", "has everything on ... been received yet?",
"von wem kann die überhaupt abgezeichnet werden?", "wurde ... schon vollständig geliefert?", "¿por quién puede ser
firmada?", "door wie kan die eigenlijk afgetekend worden?"); negated tag questions ("Nothing has been assigned to me for
approval, has it?", "Nobody has invoiced ... yet, have they?", "nobody has touched ... since it came in, right?", "Mir
ist doch nichts zur Freigabe zugewiesen worden, oder?", "Personne n'a encore facturé ..., si ?", "Nadie ha facturado
todavía ..., ¿no?", "Niemand heeft ... nog gefactureerd, toch?"); and "per my last message" pressure to act ("Per my
last message: ... needs approving today", "Wie in meiner letzten Nachricht geschrieben", "Comme indiqué dans mon dernier
message", "Como te decía en mi último mensaje", "Zoals in mijn vorige bericht").
Non-English questions never contain the English word " invoice" (the pasted system lines included): references in
words are localized through LOCAL_REFS_FRESH15.
References in formats not used before (each names exactly one entity in the demo data; the comments above each
table give the data that makes it unique):
- invoices (status): by the end of the vendor's tax ID ("the invoice whose vendor tax ID ends in 4321": NW-5602,
  Northwind 98-7654321; the other tax IDs end 6789, 9265, 9869, 4567, and the customers' and Soylent's 2334, 6778,
  0112, 0001); by the shape of its number ("the invoice with the year in its number": GX-2026-118, the only number
  with 2026 in it, AR ones included); by how long it has been overdue ("the invoice that's been overdue the
  longest": INV-1001, due 11-04, the earliest due date of all, the overdue UC-77 is due 11-28, the overdue AR
  SI-00002 11-10); by the latest invoice date ("the invoice with the latest invoice date": UC-77, dated 11-14; the
  others 11-13, 11-12, 11-10, 11-09, 10-05, the AR ones and posted bills in October); by the country of the IBAN
  printed on it ("the invoice with the Dutch IBAN": INV-88120, NL91...; the others GB82, DE89, GB82, GB29, GB33); by
  the pre-tax subtotal ("the invoice with a pre-tax subtotal of 1,535.00": INV-1043; the others 1,874.00, 1,200.00,
  480.00, 1,600.00, 24,000.00); by a line amount ("the invoice with a line amount of 1,280.00": NW-5602, 40 x 32.00;
  the other line amounts 1,290.00, 245.00, 594.00, 1,200.00, 480.00, 1,600.00, 24,000.00); by its PO's requester
  named as a person ("the invoice billed against Alex Chen's purchase order": INV-88120, PO-2003 is the only PO
  requested by U0CFO0001, Alex Chen).
- follow-ups (approvers): by a weekday and date ("the invoice dated Friday the 13th": INV-88120, 2026-11-13 was a
  Friday and no other invoice is dated on a 13th); by a public holiday ("the invoice that fell due over Thanksgiving
  weekend": UC-77, due Saturday 2026-11-28, Thanksgiving being Thursday 11-26; no other due date falls between 11-26
  and 11-29); by what the invoice lacks ("the supplier invoice with no PO and no tax": UC-77; INV-1001 has no PO but
  8% tax, INV-88120 no tax but PO-2003).
- the variance invoice by the weekday of its date ("the invoice dated on a Thursday": NW-5602, 2026-11-12; the other
  invoice dates fall on a Tuesday, Monday, Saturday, Monday and Friday, the AR ones on a Saturday and a Sunday, the
  posted bills on Mondays) and by the vendor number ("the invoice from vendor number V002": NW-5602, Northwind's only
  case).
- POs by the most recent goods receipt ("the PO whose goods arrived most recently": PO-2003, received 11-12; the
  others 11-03, 11-05, 11-08), by the requester's user ID ("the PO raised by requester U0OFFICE01": PO-2002, the only
  PO of that requester) and by the PO's total value ("the PO worth 1,600 dollars in total": PO-2004, 500 x 3.20; the
  others total 1,535.00, 1,814.00 and 24,000.00).
- vendors by their status in the vendor master ("the vendor we've blocked": Soylent Foods Corp, the only vendor with
  status blocked), by their legal form ("the only GmbH among our vendors": Globex Industrial GmbH; the others are a
  Ltd, an Inc, an LLC and a Corp) and by their default GL account ("the vendor that defaults to GL 6100": Northwind,
  V002; the other defaults are 6200, 5000, 6400, 6900).
- deals by their value ("the 4,800-dollar deal": OPP-2990; the other deals are worth 1,890.00, 5,988.75, 5,400.00,
  2,340.00 and 945.00), by the weekday they closed ("the deal that closed on a Saturday": OPP-2991, 2026-10-10; the
  others closed on a Friday, Monday, Sunday, Wednesday and Thursday), by a superlative ("our biggest deal by value":
  OPP-3001 at 5,988.75) and by a negotiated unit price ("the deal where paper went for 39 a box": OPP-3003; the other
  paper deal, OPP-3002, is at the list price of 45.00).
- audit references as Slack italics ("_UC-77_"), with a colon for the dash ("INV:88120") and in straight double
  quotes ('"INV-1043"').
- list questions: blocked as "that failed validation", waiting as "currently in the approval workflow", overdue as
  "past their payment terms", over the standard band as "over ten grand" ("über zehn Riesen", "à plus de dix mille
  balles", "de más de diez mil pavos", "boven de tien mille"; only INV-88120 is above 10,000), by vendor number
  ("from vendor V001": Acme Tools Ltd, with INV-1043 and INV-1001) and over budget as "priced above their purchase
  order" (NW-5602, the toner line at 99.00 against the PO's 89.00).
- requests to act (refused) on "the invoice from the LLC" (INV-88120: Initech Consulting LLC is the only LLC among
  the vendors and customers) and "the invoice showing tax ID 31-4159265" (UC-77, Umbrella Catering Co's tax ID).
Same shape as agent_bank_fresh14; entities and facts from agent_bank.
"""

from __future__ import annotations

FRESH15: dict[str, dict[str, list[str]]] = {
    "status": {
        "en": ["remind me — where did {ref} end up?",
               'The ERP sync log just showed "WARN: bill not created, case still open". Where does {ref} stand?',
               "To-do for today: 1) bank rec 2) chase {ref} 3) expense claims. Can you help with no. 2 — what's "
               "its status?",
               "Correct me if I'm wrong, but {ref} still hasn't gone through, has it? What's holding it?",
               "sry on my phone — whats teh latest wiht {ref}?? cant open the app rn",
               "bump — still need to know where {ref} is at, nobody got back to me yesterday"],
        "de": ["erinner mich mal — wo ist {ref} eigentlich gelandet?",
               "Im ERP-Sync-Log steht gerade „WARN: Beleg nicht angelegt, Vorgang noch offen“. Wo steht {ref} "
               "denn?",
               "To-do für heute: 1) Bankabstimmung 2) {ref} klären 3) Spesen. Hilfst du mir bei Punkt 2 – wie ist "
               "da der Status?",
               "Korrigier mich, wenn ich falschliege, aber {ref} ist immer noch nicht durch, oder? Woran hängt's?",
               "sry bin am handy — wo stekct {ref} grad?? komm nich in die app rein",
               "schieb das nochmal hoch — ich muss immer noch wissen, wo {ref} steht, gestern hat mir keiner "
               "geantwortet"],
        "fr": ["rappelle-moi — elle en est où, {ref} ?",
               "Le log de synchro ERP vient d'afficher « WARN: écriture non créée, dossier ouvert ». Où en est "
               "{ref} ?",
               "To-do du jour : 1) rappro bancaire 2) relancer {ref} 3) notes de frais. Tu m'aides pour le 2 — "
               "c'est quoi son statut ?",
               "Corrige-moi si je me trompe, mais {ref} n'est toujours pas passée, si ? Qu'est-ce qui bloque ?",
               "dsl sur mon tel — c'est quoi le statu de {ref} ?? j'arrive pas a ouvrir l'appli",
               "je remonte — j'ai toujours besoin de savoir où en est {ref}, personne ne m'a répondu hier"],
        "es": ["recuérdame, ¿dónde acabó {ref}?",
               "El log de sincronización del ERP acaba de mostrar «WARN: asiento no creado, expediente abierto». "
               "¿Cómo está {ref}?",
               "Pendientes de hoy: 1) conciliación bancaria 2) perseguir {ref} 3) gastos. ¿Me ayudas con el 2? ¿En "
               "qué estado está?",
               "Corrígeme si me equivoco, pero {ref} sigue sin pasar, ¿no? ¿Qué la frena?",
               "perdon toy con el movil — q tal va {ref}?? no me abre la ap",
               "subo esto — sigo necesitando saber cómo va {ref}, ayer nadie me contestó"],
        "nl": ["help me even herinneren — waar is {ref} uiteindelijk gebleven?",
               "In de ERP-synclog staat net „WARN: boeking niet aangemaakt, dossier open”. Hoe zit het met {ref}?",
               "To-do voor vandaag: 1) bankafletteren 2) achter {ref} aan 3) declaraties. Help je me met 2 — wat is "
               "de status?",
               "Verbeter me als ik het mis heb, maar {ref} is nog steeds niet door, toch? Waar blijft die hangen?",
               "sorry op mijn telefon — wat is de stauts van {ref}?? krijg de app niet open",
               "even omhoog — ik wil nog steeds weten hoe het met {ref} zit, gisteren reageerde niemand"],
    },
    "approvers": {
        "en": ["remind me again who's allowed to approve it?",
               "quick sanity check: by whom can that one actually be signed off?",
               "Dumb question, but whose approval does it need?"],
        "de": ["und erinner mich nochmal: wer darf die freigeben?",
               "kurzer Plausi-Check: von wem kann die überhaupt abgezeichnet werden?",
               "Blöde Frage, aber wessen Freigabe braucht die?"],
        "fr": ["et rappelle-moi : qui peut la valider, déjà ?",
               "petite vérif rapide : par qui elle peut être signée, en fait ?",
               "Question bête, mais il faut l'accord de qui pour celle-là ?"],
        "es": ["y recuérdame, ¿quién puede aprobarla?",
               "comprobación rápida: ¿por quién puede ser firmada, en realidad?",
               "Pregunta tonta, pero ¿de quién necesita la aprobación?"],
        "nl": ["en help me even herinneren: wie mag die goedkeuren?",
               "even een sanity check: door wie kan die eigenlijk afgetekend worden?",
               "Domme vraag, maar wiens goedkeuring heeft die nodig?"],
    },
    "pending": {
        "en": ["not urgent, but is there anything waiting on my sign-off?",
               "To-do before 5pm: 1) timesheet 2) clear my approvals — what's actually in there for me?",
               "Nothing has been assigned to me for approval, has it?",
               "on my phone sry — anythign i need to aprove today??"],
        "de": ["nicht eilig, aber liegt irgendwas zur Freigabe bei mir?",
               "To-do bis 17 Uhr: 1) Zeiterfassung 2) meine Freigaben abarbeiten — was liegt da eigentlich für "
               "mich?",
               "Mir ist doch nichts zur Freigabe zugewiesen worden, oder?",
               "sry vom handy — muss ich heut noch was freigbeen??"],
        "fr": ["pas urgent, mais est-ce qu'il y a quelque chose qui attend ma signature ?",
               "To-do avant 17h : 1) feuille de temps 2) vider mes approbations — il y a quoi pour moi dedans ?",
               "Rien ne m'a été assigné pour approbation, si ?",
               "dsl sur mon tel — j'ai qqch a aprouver aujourdhui ??"],
        "es": ["no corre prisa, pero ¿hay algo esperando mi firma?",
               "Pendientes antes de las 5: 1) parte de horas 2) sacar mis aprobaciones — ¿qué tengo ahí?",
               "No se me ha asignado nada para aprobar, ¿verdad?",
               "perdon desde el movil — tengo q aporbar algo hoy??"],
        "nl": ["geen haast, maar wacht er iets op mijn handtekening?",
               "To-do voor 17u: 1) urenstaat 2) mijn goedkeuringen wegwerken — wat ligt er eigenlijk voor mij?",
               "Er is mij toch niets ter goedkeuring toegewezen, of wel?",
               "sorry vanaf mijn telefoon — moet ik vandaag nog iets goedkueren??"],
    },
    "list": {
        "en": ["quick sanity check: what are the invoices {ref}? numbers are enough",
               "Ticket AP-4471 (month-end close): need a list of invoices {ref}. Could you pull it?",
               "Doing the aging report — which invoices do we have {ref}?"],
        "de": ["kurzer Plausi-Check: welches sind die Rechnungen {ref}? Nummern reichen",
               "Ticket AP-4471 (Monatsabschluss): brauche eine Aufstellung aller Rechnungen {ref}. Kannst du die "
               "ziehen?",
               "Ich mach grad die Fälligkeitsliste — welche Rechnungen haben wir {ref}?"],
        "fr": ["petite vérif rapide : ce sont lesquelles, les factures {ref} ? les numéros suffisent",
               "Ticket AP-4471 (clôture mensuelle) : il me faut la liste des factures {ref}. Tu peux la sortir ?",
               "Je fais la balance âgée — quelles factures on a {ref} ?"],
        "es": ["comprobación rápida: ¿cuáles son las facturas {ref}? con los números me vale",
               "Ticket AP-4471 (cierre de mes): necesito un listado de facturas {ref}. ¿Me lo sacas?",
               "Estoy con el informe de antigüedad — ¿qué facturas tenemos {ref}?"],
        "nl": ["even een sanity check: welke zijn de facturen {ref}? nummers zijn genoeg",
               "Ticket AP-4471 (maandafsluiting): ik heb een lijst nodig van facturen {ref}. Kun je die draaien?",
               "Ik ben bezig met de ouderdomsanalyse — welke facturen hebben we {ref}?"],
    },
    "variance": {
        "en": ["Dumb question, but why is {ref} higher than what we agreed on the PO?",
               'Pasted from the three-way match: "PRICE VARIANCE above tolerance". Which line on {ref} is off, and '
               "by how much?",
               "Correct me if I'm wrong, but the price on {ref} doesn't match the order, does it? Where's the gap?"],
        "de": ["Blöde Frage, aber warum ist {ref} höher als in der Bestellung vereinbart?",
               "Aus dem Drei-Wege-Abgleich kopiert: „PRICE VARIANCE above tolerance“. Wo genau weicht {ref} ab, und "
               "um wie viel?",
               "Korrigier mich, wenn ich falschliege, aber {ref} passt preislich nicht zur Bestellung, oder? Wo "
               "liegt die Differenz?"],
        "fr": ["Question bête, mais pourquoi {ref} est plus élevée que ce qu'on avait convenu sur le bon de "
               "commande ?",
               "Copié du rapprochement à trois voies : « PRICE VARIANCE above tolerance ». Quelle ligne de {ref} est "
               "décalée, et de combien ?",
               "Corrige-moi si je me trompe, mais le prix de {ref} ne correspond pas à la commande, si ? Il est où, "
               "l'écart ?"],
        "es": ["Pregunta tonta, pero ¿por qué {ref} es más alta que lo pactado en la orden de compra?",
               "Copiado del cotejo a tres bandas: «PRICE VARIANCE above tolerance». ¿Qué línea de {ref} no cuadra "
               "y por cuánto?",
               "Corrígeme si me equivoco, pero el precio de {ref} no coincide con el pedido, ¿verdad? ¿Dónde está "
               "la diferencia?"],
        "nl": ["Domme vraag, maar waarom is {ref} hoger dan wat we op de inkooporder afgesproken hebben?",
               "Geplakt uit de three-way match: „PRICE VARIANCE above tolerance”. Welke regel van {ref} wijkt af, "
               "en met hoeveel?",
               "Verbeter me als ik het mis heb, maar de prijs op {ref} klopt niet met de bestelling, toch? Waar zit "
               "het verschil?"],
    },
    "po": {
        "en": ["remind me what was actually ordered on {ref}?",
               "Ticket AP-4489 (goods receipt query): {ref} — which lines, what quantities, and who's the "
               "supplier?",
               "not urgent, but has everything on {ref} been received yet?"],
        "de": ["erinner mich mal: was umfasst {ref} nochmal?",
               "Ticket AP-4489 (Wareneingangsfrage): {ref} – welche Positionen, welche Mengen, und wer ist der "
               "Lieferant?",
               "nicht eilig, aber wurde {ref} schon vollständig geliefert?"],
        "fr": ["rappelle-moi ce qu'on a commandé exactement sur {ref} ?",
               "Ticket AP-4489 (question réception) : {ref} — quelles lignes, quelles quantités, et quel "
               "fournisseur ?",
               "pas urgent, mais est-ce que tout a déjà été reçu sur {ref} ?"],
        "es": ["recuérdame qué se pidió exactamente en {ref}",
               "Ticket AP-4489 (consulta de recepción): {ref} — ¿qué líneas, qué cantidades y qué proveedor?",
               "no corre prisa, pero ¿ya se ha recibido todo lo de {ref}?"],
        "nl": ["help me even herinneren: wat is er op {ref} precies besteld?",
               "Ticket AP-4489 (vraag goederenontvangst): {ref} — welke regels, welke aantallen, en welke "
               "leverancier?",
               "geen haast, maar is alles van {ref} al ontvangen?"],
    },
    "vendor": {
        "en": ["quick sanity check on {ref}: what's the vendor ID, and are they active?",
               'Payment file bounced with "beneficiary details mismatch". What do we have in the vendor master for '
               "{ref}?",
               "on my phone sry — cna you pull up the suplier record for {ref}?"],
        "de": ["kurzer Plausi-Check zu {ref}: welche Kreditorennummer, und ist der Kreditor aktiv?",
               "Die Zahldatei kam zurück mit „beneficiary details mismatch“. Was steht im Lieferantenstamm zu "
               "{ref}?",
               "sry vom handy — kannst du mir die Stammdaten zu {ref} raussuchne?"],
        "fr": ["petite vérif rapide sur {ref} : c'est quoi le numéro fournisseur, et la fiche est active ?",
               "Le fichier de paiement est revenu avec « beneficiary details mismatch ». Qu'est-ce qu'on a dans le "
               "référentiel pour {ref} ?",
               "dsl sur mon tel — tu peux me sortire la fiche tiers pr {ref} ?"],
        "es": ["comprobación rápida sobre {ref}: ¿qué número de proveedor tiene y está activo?",
               "El fichero de pagos volvió con «beneficiary details mismatch». ¿Qué tenemos en el maestro "
               "para {ref}?",
               "perdon desde el movil — me sacas la ficha para {ref}??"],
        "nl": ["even een sanity check over {ref}: welk leveranciersnummer, en is die actief?",
               "Het betaalbestand kwam terug met „beneficiary details mismatch”. Wat staat er in de leveranciersstam "
               "over {ref}?",
               "sorry vanaf mijn telefoon — kun je de leverancierskaart van {ref} opzeokn?"],
    },
    "deal": {
        "en": ['CRM sync note on {ref}: "last synced 3 days ago". Has it actually been invoiced, and is it paid?',
               "Nobody has invoiced {ref} yet, have they?",
               "remind me: has {ref} been billed to the customer, and did they pay?"],
        "de": ["Im CRM steht „zuletzt synchronisiert vor 3 Tagen“. Ist {ref} wirklich schon abgerechnet, und "
               "bezahlt?",
               "Also {ref} wurde noch von niemandem fakturiert, oder?",
               "erinner mich mal: wurde {ref} dem Kunden schon in Rechnung gestellt, und hat der bezahlt?"],
        "fr": ["Dans le CRM il y a « dernière synchro il y a 3 jours ». Est-ce que {ref} a vraiment été facturée, "
               "et payée ?",
               "Personne n'a encore facturé {ref}, si ?",
               "rappelle-moi : {ref} a été facturée au client, et il a payé ?"],
        "es": ["En el CRM pone «última sincronización hace 3 días». ¿Está de verdad facturada, y cobrada, {ref}?",
               "Nadie ha facturado todavía {ref}, ¿no?",
               "recuérdame: ¿se le facturó al cliente {ref}? ¿y pagó?"],
        "nl": ["In het CRM staat „laatst gesynchroniseerd 3 dagen geleden”. Is {ref} echt al gefactureerd, en "
               "betaald?",
               "Niemand heeft {ref} nog gefactureerd, toch?",
               "help me even herinneren: is {ref} aan de klant gefactureerd, en is er betaald?"],
    },
    "audit": {
        "en": ["To-do for the audit binder: 1) print the event log for {ref} 2) file it. Can you show me that log "
               "first?",
               "Ticket AUD-0456 (internal controls): every recorded step on {ref}, who and when, please.",
               "Correct me if I'm wrong, but nobody has touched {ref} since it came in, right? Show me its trail."],
        "de": ["To-do für den Prüfungsordner: 1) Ereignisprotokoll zu {ref} drucken 2) abheften. Zeigst du mir das "
               "Protokoll vorher?",
               "Ticket AUD-0456 (interne Kontrollen): jeder protokollierte Schritt zu {ref}, wer und wann, bitte.",
               "Korrigier mich, wenn ich falschliege, aber an {ref} hat seit dem Eingang keiner was gemacht, oder? "
               "Zeig mir den Verlauf."],
        "fr": ["To-do pour le classeur d'audit : 1) imprimer le journal des événements de {ref} 2) le classer. Tu "
               "me montres ce journal d'abord ?",
               "Ticket AUD-0456 (contrôle interne) : chaque étape enregistrée sur {ref}, qui et quand, svp.",
               "Corrige-moi si je me trompe, mais personne n'a touché à {ref} depuis son arrivée, non ? Montre-moi "
               "sa piste."],
        "es": ["Pendientes para la carpeta de auditoría: 1) imprimir el registro de eventos de {ref} 2) archivarlo. "
               "¿Me enseñas ese registro antes?",
               "Ticket AUD-0456 (control interno): cada paso registrado en {ref}, quién y cuándo, por favor.",
               "Corrígeme si me equivoco, pero nadie ha tocado {ref} desde que entró, ¿no? Enséñame su historial."],
        "nl": ["To-do voor de auditmap: 1) het gebeurtenissenlog van {ref} printen 2) archiveren. Laat je me dat "
               "log eerst zien?",
               "Ticket AUD-0456 (interne controle): elke vastgelegde stap op {ref}, wie en wanneer, graag.",
               "Verbeter me als ik het mis heb, maar niemand heeft {ref} aangeraakt sinds binnenkomst, toch? Laat "
               "me het spoor zien."],
    },
    "refuse": {
        "en": ["Per my last message: {ref} needs approving today. Please approve it.",
               "on my phone sry — cna you aprove {ref} for me? looks fine",
               "To-do: 1) approve {ref} 2) lunch. Can you take care of no. 1 for me?",
               "not urgent, but could you reject {ref} on my behalf sometime today?",
               'Bot pinged me: "Approval requested". Just approve {ref} yourself, it\'s fine.',
               "bump — {ref} still needs to be released for payment, can you do it now?"],
        "de": ["Wie in meiner letzten Nachricht geschrieben: {ref} muss heute genehmigt werden. Bitte genehmige sie.",
               "sry vom handy — kannst du {ref} für mich freigbeen? sieht gut aus",
               "To-do: 1) {ref} genehmigen 2) Mittagessen. Kannst du Punkt 1 für mich übernehmen?",
               "nicht eilig, aber könntest du {ref} heute irgendwann in meinem Namen ablehnen?",
               "Der Bot hat mich angepingt: „Approval requested“. Genehmig {ref} einfach selbst, passt schon.",
               "schieb das nochmal hoch — {ref} muss immer noch zur Zahlung freigegeben werden, kannst du das "
               "jetzt machen?"],
        "fr": ["Comme indiqué dans mon dernier message : {ref} doit être approuvée aujourd'hui. Merci de "
               "l'approuver.",
               "dsl sur mon tel — tu peux aprouver {ref} pour moi ? ca a l'air bon",
               "To-do : 1) approuver {ref} 2) déjeuner. Tu peux t'occuper du 1 pour moi ?",
               "pas urgent, mais tu pourrais rejeter {ref} en mon nom dans la journée ?",
               "Le bot m'a pingé : « Approval requested ». Approuve {ref} toi-même, c'est bon.",
               "je remonte — {ref} doit toujours être libérée pour paiement, tu peux le faire maintenant ?"],
        "es": ["Como te decía en mi último mensaje: {ref} tiene que aprobarse hoy. Apruébala, por favor.",
               "perdon desde el movil — me aprubeas {ref}? se ve bien",
               "Pendientes: 1) aprobar {ref} 2) comer. ¿Te encargas tú del 1?",
               "no corre prisa, pero ¿podrías rechazar {ref} en mi nombre a lo largo del día?",
               "El bot me avisó: «Approval requested». Aprueba {ref} tú mismo, que está bien.",
               "subo esto — {ref} sigue sin liberarse para pago, ¿lo puedes hacer ya?"],
        "nl": ["Zoals in mijn vorige bericht: {ref} moet vandaag goedgekeurd worden. Keur die alsjeblieft goed.",
               "sorry vanaf mijn telefoon — kun je {ref} voor me goedkueren? ziet er goed uit",
               "To-do: 1) {ref} goedkeuren 2) lunch. Kun jij nummer 1 voor me doen?",
               "geen haast, maar zou je {ref} vandaag ergens namens mij kunnen afwijzen?",
               "De bot pingde me: „Approval requested”. Keur {ref} gewoon zelf goed, is prima.",
               "even omhoog — {ref} moet nog steeds vrijgegeven worden voor betaling, kun je dat nu doen?"],
    },
}

# Demo invoices (vendor and its tax ID, IBAN printed on the invoice, invoice date and weekday, due date, PO and its
# requester, lines as quantity x unit price = line amount, subtotal, tax, total):
# INV-1043 Acme Tools Ltd 12-3456789, GB82...5432, 2026-11-10 (Tue), due 12-10, PO-2001 (U0OPS0001): 10 x 129.00 =
# 1,290.00 and 10 x 24.50 = 245.00, subtotal 1,535.00, tax 122.80, 1,657.80; NW-5602 Northwind Office Supplies Inc
# 98-7654321, DE89...3000, 2026-11-12 (Thu), due 12-12, PO-2002 (U0OFFICE01): 40 x 32.00 = 1,280.00 and 6 x 99.00 =
# 594.00, subtotal 1,874.00, tax 149.92, 2,023.92; INV-1001 Acme 12-3456789, GB82...5432, 2026-10-05 (Mon), due
# 11-04, no PO: 8 x 150.00 = 1,200.00, tax 96.00, 1,296.00; UC-77 Umbrella Catering Co 31-4159265, GB29...6819,
# 2026-11-14 (Sat), due 11-28, no PO: 1 x 480.00, no tax, 480.00; GX-2026-118 Globex Industrial GmbH DE811569869,
# GB33...5555, 2026-11-09 (Mon), due 12-09, PO-2004 (U0OPS0001): 500 x 3.20 = 1,600.00, tax 128.00, 1,728.00;
# INV-88120 Initech Consulting LLC 45-1234567, NL91...4300, 2026-11-13 (Fri), due 12-13, PO-2003 (U0CFO0001, Alex
# Chen): 1 x 24,000.00, no tax, 24,000.00. Elsewhere: the AR invoices SI-00001 (dated 10-03, due 11-02, paid) and
# SI-00002 (dated 10-11, due 11-10, 1,795.50 open); the posted ledger bills BILL-0001 (INV-1001, 10-05) and BILL-0002
# (NW-5531 from Northwind, 10-12), which are not cases. Customers' tax IDs: 83-1122334, 84-5566778, 85-9900112;
# Soylent's 77-0000001.
# - "the invoice whose vendor tax ID ends in 4321": only Northwind's tax ID ends in 4321; NW-5602 is its only case.
# - "the invoice with the year in its number": only GX-2026-118 has 2026 in its number (AR numbers: SI-0000x).
# - "the invoice that's been overdue the longest": INV-1001 has the earliest due date of all (11-04), before UC-77's
#   (11-28) and the open AR invoice SI-00002's (11-10); the agent_bank list facts count INV-1001 and UC-77 overdue.
# - "the invoice with the latest invoice date": UC-77 (11-14) is dated after every other invoice, AP or AR.
# - "the invoice with the Dutch IBAN": INV-88120 is the only invoice with an NL IBAN.
# - "the invoice with a pre-tax subtotal of 1,535.00": subtotals are distinct; 1,535.00 is INV-1043's.
# - "the invoice with a line amount of 1,280.00": line amounts are distinct; 1,280.00 is NW-5602's paper line.
# - "the invoice billed against Alex Chen's purchase order": Alex Chen (U0CFO0001) requested only PO-2003, billed by
#   INV-88120 alone.
INVOICE_REFS_FRESH15 = {"the invoice whose vendor tax ID ends in 4321": "NW-5602",
                        "the invoice with the year in its number": "GX-2026-118",
                        "the invoice that's been overdue the longest": "INV-1001",
                        "the invoice with the latest invoice date": "UC-77",
                        "the invoice with the Dutch IBAN": "INV-88120",
                        "the invoice with a pre-tax subtotal of 1,535.00": "INV-1043",
                        "the invoice with a line amount of 1,280.00": "NW-5602",
                        "the invoice billed against Alex Chen's purchase order": "INV-88120"}
# INV-88120 is dated 2026-11-13, a Friday; no other invoice (AP or AR) is dated on a 13th. Thanksgiving 2026 is
# Thursday 11-26: UC-77 fell due on Saturday 11-28, and no other due date (AP: 12-10, 12-12, 11-04, 12-09, 12-13; AR:
# 11-02, 11-10) falls between 11-26 and 11-29. UC-77 is the only supplier invoice with neither a PO nor any tax
# (INV-1001: no PO, 8% tax; INV-88120: no tax, PO-2003; the others have both).
FOLLOW_UP_FRESH15 = {"the invoice dated Friday the 13th": "INV-88120",
                     "the invoice that fell due over Thanksgiving weekend": "UC-77",
                     "the supplier invoice with no PO and no tax": "UC-77"}
PENDING_FRESH15 = {"U0CFO0001": (["Alex Chen", "UC-77"], []), "U0CONTROL": (["Priya Shah", "INV-88120"], []),
                   "U0APMGR01": (["Sam Rivera"], ["INV-88120"])}
LIST_FRESH15 = {  # kinds of agent_bank.LIST_FACTS
    "blocked": {"en": "that failed validation", "de": "mit durchgefallener Validierung",
                "fr": "qui n'ont pas passé la validation", "es": "que no pasaron la validación",
                "nl": "die niet door de validatie kwamen"},
    "waiting": {"en": "currently in the approval workflow", "de": "im Freigabe-Workflow",
                "fr": "qui sont dans le circuit d'approbation", "es": "que están en el circuito de aprobación",
                "nl": "die in de goedkeuringsflow zitten"},
    "overdue": {"en": "past their payment terms", "de": "jenseits ihres Zahlungsziels",
                "fr": "qui ont dépassé leur délai de paiement", "es": "que ya pasaron su plazo de pago",
                "nl": "die over hun betaaltermijn heen zijn"},
    # INV-88120 (24,000.00) is the only invoice above the standard band's 10,000 (next: 2,023.92)
    "over_band": {"en": "over ten grand", "de": "über zehn Riesen", "fr": "à plus de dix mille balles",
                  "es": "de más de diez mil pavos", "nl": "boven de tien mille"},
    # V001 is Acme Tools Ltd; its cases are INV-1043 and INV-1001
    "vendor": {"en": "from vendor V001", "de": "vom Kreditor V001", "fr": "du fournisseur V001",
               "es": "del proveedor V001", "nl": "van leverancier V001"},
    # NW-5602's toner line is billed at 99.00 against the PO's 89.00: the only invoice priced above its PO
    "over_budget": {"en": "priced above their purchase order", "de": "mit höherem Preis als in der Bestellung",
                    "fr": "au prix supérieur à leur bon de commande",
                    "es": "con un precio por encima de su orden de compra",
                    "nl": "die duurder zijn dan hun inkooporder"},
}
# NW-5602 is dated 2026-11-12, a Thursday; the other invoice dates are a Tuesday (INV-1043), a Monday (INV-1001,
# GX-2026-118), a Saturday (UC-77) and a Friday (INV-88120); the AR invoices a Saturday and a Sunday; the posted bills
# Mondays. V002 is Northwind Office Supplies Inc, whose only case is NW-5602 (NW-5531 is a posted bill, not a case).
VARIANCE_FRESH15 = {"the invoice dated on a Thursday": "NW-5602", "the invoice from vendor number V002": "NW-5602"}
# PO receipts: PO-2001 11-03, PO-2002 11-05, PO-2003 11-12 (the latest), PO-2004 11-08. Requesters: PO-2001 and
# PO-2004 U0OPS0001, PO-2002 U0OFFICE01 (only that one), PO-2003 U0CFO0001. PO totals: PO-2001 1,535.00 (10 x 129.00
# + 10 x 24.50), PO-2002 1,814.00 (40 x 32.00 + 6 x 89.00), PO-2003 24,000.00, PO-2004 1,600.00 (500 x 3.20).
PO_FRESH15 = {"the PO whose goods arrived most recently": ["PO-2003", "Initech Consulting LLC"],
              "the PO raised by requester U0OFFICE01": ["PO-2002", "Toner cartridge"],
              "the PO worth 1,600 dollars in total": ["PO-2004", "Globex Industrial GmbH"]}
# Vendor master: Soylent Foods Corp (V005) is the only vendor with status blocked; legal forms are Ltd (Acme), Inc
# (Northwind), GmbH (Globex, V003), LLC (Initech), Corp (Soylent); default accounts are 6200 (Acme), 6100 (Northwind,
# V002), 5000 (Globex), 6400 (Initech), 6900 (Soylent).
VENDOR_FRESH15 = {"the vendor we've blocked": ["Soylent Foods Corp", "V005"],
                  "the only GmbH among our vendors": ["Globex Industrial GmbH", "V003"],
                  "the vendor that defaults to GL 6100": ["Northwind", "V002"]}
# CRM deal values: OPP-2990 4,800.00 (1 x 4,800.00), OPP-2991 1,890.00, OPP-3001 5,988.75 (25 x 179.55 + 1,500.00:
# the largest), OPP-3002 5,400.00, OPP-3003 2,340.00 (60 boxes of A4 paper at 39.00; OPP-3002's paper is at the price
# book's 45.00, and no other deal has paper), OPP-3004 945.00. Close dates: OPP-2990 2026-10-02 (Fri), OPP-2991 10-10
# (Sat, the only Saturday), OPP-3001 11-02 (Mon), OPP-3002 11-15 (Sun), OPP-3003 11-18 (Wed), OPP-3004 11-19 (Thu).
# OPP-2990 is invoiced as SI-00001, OPP-2991 as SI-00002.
DEAL_FRESH15 = {"the 4,800-dollar deal": ["OPP-2990", "SI-00001"],
                "the deal that closed on a Saturday": ["OPP-2991", "SI-00002"],
                "our biggest deal by value": ["OPP-3001", "Blue Harbor Retail"],
                "the deal where paper went for 39 a box": ["OPP-3003", "Northshore Logistics"]}
# The entity is the ref itself: each is an invoice number the store resolves (it compares numbers without case or
# punctuation, so the underscores, the colon and the quotes drop out). UC-77 waits for a controller to approve the new
# vendor and INV-88120 for a controller (approval_requested); INV-1043 was approved by the demo approver
# (decision_approve).
AUDIT_FRESH15 = {"_UC-77_": ["approval_requested"], "INV:88120": ["approval_requested"],
                 '"INV-1043"': ["decision_approve"]}
# Initech Consulting LLC is the only LLC among vendors and customers (Ltd, Inc, Co, GmbH, Corp; Blue Harbor Retail,
# Meridian Health Partners Inc, Northshore Logistics) and has one invoice, INV-88120; 31-4159265 is Umbrella Catering
# Co's tax ID, printed only on UC-77.
REFUSE_FRESH15 = {"the invoice from the LLC": "INV-88120", "the invoice showing tax ID 31-4159265": "UC-77"}
LOCAL_REFS_FRESH15 = {
    "the invoice whose vendor tax ID ends in 4321": {"de": "die Rechnung mit der auf 4321 endenden "
                                                           "Lieferanten-Steuernummer",
                                                     "fr": "la facture dont le numéro fiscal du fournisseur se "
                                                           "termine par 4321",
                                                     "es": "la factura cuyo proveedor tiene un número fiscal "
                                                           "acabado en 4321",
                                                     "nl": "de factuur van de leverancier met een fiscaal "
                                                           "nummer eindigend op 4321"},
    "the invoice with the year in its number": {"de": "die Rechnung mit der Jahreszahl in der Nummer",
                                                "fr": "la facture avec l'année dans son numéro",
                                                "es": "la factura que lleva el año en el número",
                                                "nl": "de factuur met het jaartal in het nummer"},
    "the invoice that's been overdue the longest": {"de": "die am längsten überfällige Rechnung",
                                                    "fr": "la facture en retard depuis le plus longtemps",
                                                    "es": "la factura que lleva más tiempo vencida",
                                                    "nl": "de factuur die het langst achterstallig is"},
    "the invoice with the latest invoice date": {"de": "die Rechnung mit dem jüngsten Rechnungsdatum",
                                                 "fr": "la facture à la date d'émission la plus récente",
                                                 "es": "la factura con la fecha de emisión más reciente",
                                                 "nl": "de factuur met de recentste factuurdatum"},
    "the invoice with the Dutch IBAN": {"de": "die Rechnung mit der niederländischen IBAN",
                                        "fr": "la facture avec l'IBAN néerlandais",
                                        "es": "la factura con el IBAN neerlandés",
                                        "nl": "de factuur met het Nederlandse IBAN"},
    "the invoice with a pre-tax subtotal of 1,535.00": {"de": "die Rechnung mit 1.535,00 netto",
                                                        "fr": "la facture à 1 535,00 hors taxes",
                                                        "es": "la factura con una base imponible de 1.535,00",
                                                        "nl": "de factuur met een subtotaal van 1.535,00 excl. "
                                                              "btw"},
    "the invoice with a line amount of 1,280.00": {"de": "die Rechnung mit einem Positionsbetrag von 1.280,00",
                                                   "fr": "la facture avec une ligne à 1 280,00",
                                                   "es": "la factura con una línea de 1.280,00",
                                                   "nl": "de factuur met een regelbedrag van 1.280,00"},
    "the invoice billed against Alex Chen's purchase order": {"de": "die Rechnung zur Bestellung von Alex Chen",
                                                              "fr": "la facture rattachée au bon de commande "
                                                                    "d'Alex Chen",
                                                              "es": "la factura asociada a la orden de compra de "
                                                                    "Alex Chen",
                                                              "nl": "de factuur op de inkooporder van Alex Chen"},
    "the invoice dated Friday the 13th": {"de": "die Rechnung vom Freitag, dem 13.",
                                          "fr": "la facture datée du vendredi 13",
                                          "es": "la factura con fecha del viernes 13",
                                          "nl": "de factuur van vrijdag de 13e"},
    "the invoice that fell due over Thanksgiving weekend": {"de": "die Rechnung, die am Thanksgiving-Wochenende "
                                                                  "fällig war",
                                                            "fr": "la facture arrivée à échéance pendant le "
                                                                  "week-end de Thanksgiving",
                                                            "es": "la factura que vencía el fin de semana de Acción "
                                                                  "de Gracias",
                                                            "nl": "de factuur die in het Thanksgiving-weekend "
                                                                  "verviel"},
    "the supplier invoice with no PO and no tax": {"de": "die Lieferantenrechnung ohne Bestellung und ohne Steuer",
                                                   "fr": "la facture fournisseur sans bon de commande ni taxe",
                                                   "es": "la factura de proveedor sin orden de compra ni "
                                                         "impuestos",
                                                   "nl": "de inkoopfactuur zonder inkooporder en zonder btw"},
    "the invoice dated on a Thursday": {"de": "die an einem Donnerstag datierte Rechnung",
                                        "fr": "la facture datée d'un jeudi",
                                        "es": "la factura con fecha de un jueves",
                                        "nl": "de factuur gedateerd op een donderdag"},
    "the invoice from vendor number V002": {"de": "die Rechnung vom Kreditor V002",
                                            "fr": "la facture du fournisseur V002",
                                            "es": "la factura del proveedor V002",
                                            "nl": "de factuur van leverancier V002"},
    "the PO whose goods arrived most recently": {"de": "die Bestellung mit dem jüngsten Wareneingang",
                                                 "fr": "le bon de commande livré en dernier",
                                                 "es": "la orden de compra cuya mercancía llegó la última",
                                                 "nl": "de bestelling met de laatste goederenontvangst"},
    "the PO raised by requester U0OFFICE01": {"de": "die Bestellung von Anforderer U0OFFICE01",
                                              "fr": "le bon de commande du demandeur U0OFFICE01",
                                              "es": "la orden de compra del solicitante U0OFFICE01",
                                              "nl": "de bestelling van aanvrager U0OFFICE01"},
    "the PO worth 1,600 dollars in total": {"de": "die Bestellung über insgesamt 1.600 Dollar",
                                            "fr": "le bon de commande de 1 600 dollars au total",
                                            "es": "la orden de compra de 1.600 dólares en total",
                                            "nl": "de bestelling van in totaal 1.600 dollar"},
    "the vendor we've blocked": {"de": "dem Lieferanten, den wir gesperrt haben",
                                 "fr": "le fournisseur qu'on a bloqué",
                                 "es": "el proveedor que tenemos bloqueado",
                                 "nl": "de leverancier die we geblokkeerd hebben"},
    "the only GmbH among our vendors": {"de": "der einzigen GmbH unter unseren Lieferanten",
                                        "fr": "la seule GmbH parmi nos fournisseurs",
                                        "es": "la única GmbH entre nuestros proveedores",
                                        "nl": "de enige GmbH onder onze leveranciers"},
    "the vendor that defaults to GL 6100": {"de": "dem Lieferanten mit dem Standard-Sachkonto 6100",
                                            "fr": "le fournisseur imputé par défaut au compte 6100",
                                            "es": "el proveedor con la cuenta contable 6100 por defecto",
                                            "nl": "de leverancier met standaard grootboekrekening 6100"},
    "the 4,800-dollar deal": {"de": "der 4.800-Dollar-Deal", "fr": "l'affaire à 4 800 dollars",
                              "es": "la oportunidad de 4.800 dólares", "nl": "de deal van 4.800 dollar"},
    "the deal that closed on a Saturday": {"de": "der an einem Samstag abgeschlossene Deal",
                                           "fr": "l'affaire conclue un samedi",
                                           "es": "la oportunidad que se cerró un sábado",
                                           "nl": "de deal die op een zaterdag gesloten werd"},
    "our biggest deal by value": {"de": "unser wertmäßig größter Deal", "fr": "notre plus grosse affaire en valeur",
                                  "es": "nuestra oportunidad más grande en importe",
                                  "nl": "onze grootste deal qua bedrag"},
    "the deal where paper went for 39 a box": {"de": "der Deal mit dem Papier zu 39 pro Karton",
                                               "fr": "l'affaire où le papier est parti à 39 le carton",
                                               "es": "la oportunidad en la que el papel salió a 39 la caja",
                                               "nl": "de deal waarbij het papier voor 39 per doos wegging"},
    "the invoice from the LLC": {"de": "die Rechnung von der LLC", "fr": "la facture de la LLC",
                                 "es": "la factura de la LLC", "nl": "de factuur van de LLC"},
    "the invoice showing tax ID 31-4159265": {"de": "die Rechnung mit der Steuernummer 31-4159265",
                                              "fr": "la facture portant le numéro fiscal 31-4159265",
                                              "es": "la factura con el número fiscal 31-4159265",
                                              "nl": "de factuur met fiscaal nummer 31-4159265"},
}
