"""Held-out 14 of `python -m evals.agent`: a fourteenth held-out bank, written blind after held-out 13, by a
helper agent that read neither the planner's source (countersign/agent/), the tests, the intent model's training
code (evals/train_intent.py, evals/intent_extra.py), nor any eval output, report or failure; only this bank's
siblings (agent_bank and agent_bank_fresh*, for their format and for wordings and reference styles not to repeat),
agent_gen (how a bank becomes questions and how answers are scored) and the demo data and policy
(countersign/data/*.yaml, countersign/policies/default.yaml, countersign/app/demo.py and samples.py: so every
reference names exactly one entity and every expected fact holds). Never run against the eval before it was
wired in: only agent_gen.generate was called on it (in a throwaway script, to count its questions and check that
none repeats an earlier bank's text); nothing was answered or scored.
Scored once blind (2026-12-01, on 929afa5's planner and on 2def068's with its chat changes, the intent model
trained on held-out 1 to 13, not on this bank): 0.38 answer, 0.912 intent on 600 (en 0.425, de 0.367, fr 0.333,
es 0.40, nl 0.375). Seen since: its failures were read and the planner tuned on them (6326d87: 0.83 answer
with the same intent model), and it is in evals/train_intent.py's TRAIN_SPLITS.
Phrasings in styles the earlier banks did not use: the question as a reply in a Slack thread ("+1, also — does
anyone know where ... is at?", "+1 — and while we're at it", "+1 — just approve ..."); a forwarded e-mail with the
local client's prefix and subject before the question ("Fwd: Payment chase —", "WG: Zahlungserinnerung —", "TR :
Relance de paiement —", "RV: Reclamación de pago —", "FW: Betalingsherinnering —", "Fwd: External audit PBC list,
item 12 —", "Fwd: month-end checklist — item 4:", "Fwd: URGENT – payment release —"); voice-dictated run-ons
without punctuation ("hey quick question what's going on with ... nobody's told me anything and the supplier rang
again this morning", "hallo kurze frage wo hängt eigentlich ...", "ok so just go ahead and approve ... for me
please I've already looked at it and it's fine"); statements turned into questions by a question mark ("... still
stuck somewhere?", "... hängt immer noch irgendwo?", "... toujours coincée quelque part ?", "... sigue atascada en
algún lado?", "... hangt nog steeds ergens?", "... fully received?", "... komplett geliefert?"); imperatives
("Give me the status of", "Zeig mir mal, wie es um ... steht", "Montre-moi où en est", "Muéstrame el estado de",
"Laat me de status van ... zien", "Pull up all the invoices", "Sors-moi", "Sácame", "Break down the price
difference", "Schlüssel mir auf", "Détaille-moi", "Desglósame", "Splits ... uit", "Tell me who's allowed",
"Sag mir", "Dis-moi", "Dime", "Vertel me", "Show me the vendor record", "Zeig mir den Stammsatz", "Affiche-moi",
"Enséñame"); two languages mixed in one message, the second one English (Denglisch "Check mal bitte ..., the
vendor keeps chasing us und ich brauch ein quick Update", "Hab ich noch pending Approvals in meiner Queue?", "ist
... schon gebillt? Der Customer fragt nach"; Franglais "Tu peux checker ... ? The vendor keeps chasing us", "c'est
qui l'approver ?"; Spanglish "¿Puedes checar ...? The vendor keeps chasing us", "¿Tengo approvals pending en mi
queue?", "hacerle el approve a"; Dutch-English "Kun je ... even checken? The vendor keeps chasing us", "Heb ik nog
pending approvals in mijn queue?"); conditional politeness ("If you've got a sec, could you look up", "Wenn du kurz
Zeit hast, könntest du", "Si tu as deux minutes, tu pourrais", "Si tienes un momento, ¿podrías", "Als je even tijd
hebt, zou je", "If you could mark ... as approved before lunch, that'd be lovely"); and a manager's or an auditor's
point of view ("As AP manager I owe the CFO a one-liner on ...", "As a manager I want a clean desk before the
weekend", "As sales lead I need to know", "Als Vertriebsleiter muss ich wissen", "I'm from internal audit — walk me
through every event recorded on ...", "Ich bin von der Internen Revision", "For the audit sample I need the
invoices ...", "For the audit file: which people are permitted to approve it under our policy?", "I'm the
controller and I'm telling you: release ... for payment now").
Non-English questions never contain the English word " invoice" (mixed-language ones included): references in
words are localized through LOCAL_REFS_FRESH14.
References in formats not used before (each names exactly one entity in the demo data; the comments above each
table give the data that makes it unique):
- invoices (status): by the vendor's street ("the invoice from the Harbor Street vendor": NW-5602, Northwind at 42
  Harbor Street is the only vendor on a Harbor Street, and NW-5602 its only case); by a line quantity ("the invoice
  with a quantity of 500": GX-2026-118, the other lines have 10, 10, 40, 6, 8, 1 and 1); by a unit price ("the
  invoice at 150 dollars a unit": INV-1001, unit prices are distinct: 129.00, 24.50, 32.00, 99.00, 150.00, 480.00,
  3.20, 24,000.00); by the due date written in words ("the invoice due on the thirteenth of December": INV-88120,
  due dates are distinct and no AR invoice is due in December); by the number of lines and the vendor ("Acme's
  two-line invoice": INV-1043, Acme's other invoice INV-1001 has one line); by a vendor name with a typo ("the
  Umbrella Cateirng invoice": UC-77, two letters swapped in Umbrella Catering); by the tax amount ("the invoice with
  $128 of tax on it": GX-2026-118, 8% of 1,600.00; the other taxes are 122.80, 149.92, 96.00, 0 and 0); by a line
  item of its PO ("the invoice for the drill bit sets": INV-1043, the only invoice and PO-2001 the only PO with a
  drill bit set line).
- follow-ups (approvers): by the approval band's limits ("the invoice in the 10k-to-50k band": INV-88120 at
  24,000.00, the only total between the standard band's 10,000.00 and the senior band's 50,000.00); by the due
  date in words ("the invoice due on the twenty-eighth of November": UC-77, the only invoice due on 11-28); by a
  vendor name with a typo ("the Inittech Consulting invoice": INV-88120, Initech's only invoice).
- the variance invoice by the case's status word ("the invoice whose status is rejected": NW-5602, the only case the
  demo approver, Sam Rivera, rejected; the one other case he decided, INV-1043, he approved) and by its unit
  price ("the invoice billing 99.00 a unit": NW-5602, the toner line; no other line is priced 99.00).
- POs by a line item ("the PO for the drill bit sets": PO-2001, the only PO with a drill bit set line), by the GL
  account its line is coded to ("the PO coded to GL account 6400": PO-2003; PO-2001 is coded to 6200, PO-2002 to
  6100, PO-2004 to 5000) and by quantity and unit price ("the PO for 500 units at 3.20": PO-2004, the only PO line
  of 500 or at 3.20).
- vendors by city ("the Newark supplier": Soylent Foods Corp, Newark NJ, the only vendor in Newark), by ZIP code
  ("the vendor in ZIP code 78744": Initech Consulting LLC, Austin TX 78744; the other ZIPs are 62701, 98101, 80331,
  07102) and by a name with a typo ("Globx Industrial": Globex Industrial GmbH, one letter dropped).
- deals by the customer's PO reference ("the deal on customer PO BH-PO-7781": OPP-2990; OPP-3001 carries
  BH-PO-8120, no other deal has one), by quantity and product ("the deal for 25 cordless drills": OPP-3001; the
  other drill deals are for 10 and 5), by a gap in the customer's record ("the deal whose customer has no billing
  email": OPP-3003, Northshore Logistics is the only account without a billing e-mail and has one deal) and by the
  customer's e-mail domain and the month ("the meridian.example customer's October deal": OPP-2991; the other
  Meridian deal, OPP-3002, closed in November).
- audit references as Slack bold ("*INV-1043*"), as a bare number ("5602": NW-5602, the only case invoice number
  ending in 5602; NW-5531 is a posted ledger bill, not a case) and as an e-mail subject tag in brackets
  ("[GX-2026-118]").
- list questions: blocked as "held back by a failed check", waiting as "that are with an approver right now",
  overdue as "whose payment deadline has come and gone", over 20,000 in words ("bigger than twenty thousand
  dollars", "über zwanzigtausend Dollar", "de plus de vingt mille dollars", "de más de veinte mil dólares", "van meer
  dan twintigduizend dollar"), by the vendor's city ("from our Springfield supplier": Acme Tools Ltd, the only vendor
  in Springfield, with INV-1043 and INV-1001) and over budget as "where the supplier charged more than we agreed".
- requests to act (refused) on "the invoice with 8 impact driver kits" (INV-1001, the only line of 8) and "the
  Inetech invoice" (INV-88120, one letter off Initech).
Same shape as agent_bank_fresh13; entities and facts from agent_bank.
"""

from __future__ import annotations

FRESH14: dict[str, dict[str, list[str]]] = {
    "status": {
        "en": ["Give me the status of {ref}.",
               "+1, also — does anyone know where {ref} is at? vendor pinged me twice today",
               "Fwd: Payment chase — the vendor says they're still waiting. Can you check {ref} for me?",
               "hey quick question what's going on with {ref} nobody's told me anything and the supplier rang again "
               "this morning",
               "{ref} still stuck somewhere?",
               "As AP manager I owe the CFO a one-liner on {ref} by noon — what state is it in right now?"],
        "de": ["Zeig mir mal, wie es um {ref} steht.",
               "+1, und noch was — weiß jemand, wo {ref} gerade hängt? Der Lieferant hat heute schon zweimal "
               "angerufen",
               "WG: Zahlungserinnerung — der Lieferant sagt, er wartet immer noch. Kannst du {ref} mal prüfen?",
               "hallo kurze frage wo hängt eigentlich {ref} mir hat keiner was gesagt und der lieferant hat heute "
               "morgen schon wieder angerufen",
               "{ref} hängt immer noch irgendwo?",
               "Check mal bitte {ref}, the vendor keeps chasing us und ich brauch ein quick Update fürs Meeting"],
        "fr": ["Montre-moi où en est {ref}.",
               "+1, et au passage — quelqu'un sait où en est {ref} ? le fournisseur m'a relancé deux fois "
               "aujourd'hui",
               "TR : Relance de paiement — le fournisseur dit qu'il attend toujours. Tu peux vérifier {ref} ?",
               "bonjour petite question qu'est-ce qui se passe avec {ref} personne m'a rien dit et le fournisseur a "
               "encore appelé ce matin",
               "{ref} toujours coincée quelque part ?",
               "Tu peux checker {ref} ? The vendor keeps chasing us, et j'ai besoin d'un update rapide pour la "
               "réunion"],
        "es": ["Muéstrame el estado de {ref}.",
               "+1, y otra cosa — ¿alguien sabe cómo va {ref}? el proveedor me ha escrito dos veces hoy",
               "RV: Reclamación de pago — el proveedor dice que sigue esperando. ¿Puedes revisar {ref}?",
               "hola una pregunta rápida qué pasa con {ref} nadie me ha dicho nada y el proveedor volvió a llamar "
               "esta mañana",
               "{ref} sigue atascada en algún lado?",
               "¿Puedes checar {ref}? The vendor keeps chasing us y necesito un update rápido para la reunión"],
        "nl": ["Laat me de status van {ref} zien.",
               "+1, en nog iets — weet iemand hoe het zit met {ref}? de leverancier heeft vandaag al twee keer "
               "gebeld",
               "FW: Betalingsherinnering — de leverancier zegt dat hij nog steeds wacht. Kun je {ref} even nakijken?",
               "hoi snelle vraag wat is er aan de hand met {ref} niemand heeft me iets verteld en de leverancier "
               "belde vanochtend weer",
               "{ref} hangt nog steeds ergens?",
               "Kun je {ref} even checken? The vendor keeps chasing us en ik heb een snelle update nodig voor de "
               "meeting"],
    },
    "approvers": {
        "en": ["Tell me who's allowed to approve it.",
               "ok and who is it that can actually approve that one then",
               "For the audit file: which people are permitted to approve it under our policy?"],
        "de": ["Sag mir, wer die freigeben darf.",
               "ok und wer kann die dann eigentlich freigeben",
               "Und wer ist da der Approver? Who can sign it off?"],
        "fr": ["Dis-moi qui a le droit de l'approuver.",
               "ok et c'est qui qui peut l'approuver du coup",
               "Et c'est qui l'approver là-dessus ? Qui peut donner le go ?"],
        "es": ["Dime quién puede aprobarla.",
               "vale y quién es el que puede aprobar esa entonces",
               "¿Y quién es el approver? ¿Quién le puede dar el sign-off?"],
        "nl": ["Vertel me wie hem mag goedkeuren.",
               "oké en wie kan die dan eigenlijk goedkeuren",
               "En wie is de approver? Wie mag de sign-off geven?"],
    },
    "pending": {
        "en": ["+1 — and while we're at it, is anything waiting on my approval?",
               "can you check if there's anything I need to approve today I'm about to head into meetings all "
               "afternoon",
               "Show me everything that's waiting for my sign-off.",
               "As a manager I want a clean desk before the weekend — what's still pending with me?"],
        "de": ["+1 — und wo wir gerade dabei sind: wartet bei mir noch was auf Freigabe?",
               "kannst du mal schauen ob ich heute noch was freigeben muss ich bin gleich den ganzen nachmittag in "
               "meetings",
               "Zeig mir alles, was auf meine Freigabe wartet.",
               "Hab ich noch pending Approvals in meiner Queue?"],
        "fr": ["+1 — et tant qu'on y est, il y a quelque chose qui attend mon approbation ?",
               "tu peux regarder si j'ai quelque chose à approuver aujourd'hui je suis en réunion tout l'après-midi",
               "Montre-moi tout ce qui attend ma validation.",
               "J'ai encore des approvals pending dans ma queue ?"],
        "es": ["+1 — y ya que estamos, ¿hay algo esperando mi aprobación?",
               "puedes mirar si tengo algo que aprobar hoy que me meto en reuniones toda la tarde",
               "Muéstrame todo lo que espera mi visto bueno.",
               "¿Tengo approvals pending en mi queue?"],
        "nl": ["+1 — en nu we toch bezig zijn: wacht er nog iets op mijn goedkeuring?",
               "kun je kijken of ik vandaag nog iets moet goedkeuren ik zit de hele middag in meetings",
               "Laat me alles zien wat op mijn akkoord wacht.",
               "Heb ik nog pending approvals in mijn queue?"],
    },
    "list": {
        "en": ["Pull up all the invoices {ref}.",
               "For the audit sample I need the invoices {ref} — which ones are they?",
               "Fwd: month-end checklist — item 4: all invoices {ref}. Can you get me that list?"],
        "de": ["Zeig mir bitte sämtliche Rechnungen {ref}.",
               "Für die Prüfungsstichprobe brauche ich die Rechnungen {ref} – welche sind das?",
               "WG: Checkliste Monatsabschluss — Punkt 4: Liste der Rechnungen {ref}. Kannst du mir die ziehen?"],
        "fr": ["Sors-moi toutes les factures {ref}.",
               "Pour l'échantillon d'audit, il me faut les factures {ref} — lesquelles sont-ce ?",
               "TR : check-list de clôture — point 4 : liste des factures {ref}. Tu peux me la sortir ?"],
        "es": ["Sácame todas las facturas {ref}.",
               "Para la muestra de auditoría necesito las facturas {ref}: ¿cuáles son?",
               "RV: checklist de cierre de mes — punto 4: listado de facturas {ref}. ¿Me lo puedes sacar?"],
        "nl": ["Laat me alle facturen zien {ref}.",
               "Voor de auditsteekproef heb ik de facturen {ref} nodig — welke zijn dat?",
               "FW: checklist maandafsluiting — punt 4: lijst van facturen {ref}. Kun je die voor me trekken?"],
    },
    "variance": {
        "en": ["Fwd: Query on price — our buyer says the unit price doesn't match. Why is {ref} off from the PO?",
               "so can you tell me why {ref} is more expensive than the order because I thought we agreed a fixed "
               "price with them",
               "Break down the price difference on {ref} for me, line by line."],
        "de": ["WG: Preisrückfrage — unser Einkäufer sagt, der Stückpreis passt nicht. Warum weicht {ref} von der "
               "Bestellung ab?",
               "kannst du mir sagen warum {ref} teurer ist als bestellt ich dachte wir hätten mit denen einen "
               "Festpreis vereinbart",
               "Schlüssel mir auf, warum {ref} preislich von der Bestellung abweicht – Position für Position."],
        "fr": ["TR : Question prix — notre acheteur dit que le prix unitaire ne colle pas. Pourquoi {ref} "
               "s'écarte-t-elle de la commande ?",
               "tu peux me dire pourquoi {ref} est plus chère que la commande parce que je croyais qu'on avait un "
               "prix fixe avec eux",
               "Détaille-moi l'écart de prix sur {ref}, ligne par ligne."],
        "es": ["RV: Consulta de precio — nuestro comprador dice que el precio unitario no cuadra. ¿Por qué {ref} no "
               "coincide con la orden?",
               "me puedes decir por qué {ref} sale más cara que el pedido porque pensaba que habíamos pactado un "
               "precio fijo con ellos",
               "Desglósame la diferencia de precio en {ref}, línea por línea."],
        "nl": ["FW: Prijsvraag — onze inkoper zegt dat de stuksprijs niet klopt. Waarom wijkt {ref} af van de "
               "bestelling?",
               "kun je me vertellen waarom {ref} duurder is dan besteld want ik dacht dat we een vaste prijs met ze "
               "hadden afgesproken",
               "Splits het prijsverschil op {ref} voor me uit, regel per regel."],
    },
    "po": {
        "en": ["Pull up {ref} and tell me what's on it.",
               "+1 — what was actually ordered on {ref}, and from whom?",
               "{ref} fully received?"],
        "de": ["Zeig mir {ref} mit allen Positionen.",
               "+1 — was umfasst {ref} eigentlich, und wer ist der Lieferant?",
               "{ref} komplett geliefert?"],
        "fr": ["Affiche-moi {ref} avec toutes ses lignes.",
               "+1 — qu'est-ce qui a été commandé sur {ref}, et chez qui ?",
               "{ref} entièrement livré ?"],
        "es": ["Enséñame {ref} con todas sus líneas.",
               "+1 — ¿qué se pidió exactamente en {ref} y a quién?",
               "¿{ref} ya está recibida completa?"],
        "nl": ["Laat me {ref} zien met alle regels.",
               "+1 — wat is er eigenlijk besteld op {ref}, en bij wie?",
               "{ref} volledig ontvangen?"],
    },
    "vendor": {
        "en": ["If you've got a sec, could you look up {ref} in the vendor master for me?",
               "Show me the vendor record for {ref}.",
               "Fwd: new supplier onboarding — before I reply, what do we have on file for {ref}?"],
        "de": ["Wenn du kurz Zeit hast, könntest du im Lieferantenstamm nach {ref} schauen?",
               "Zeig mir den Stammsatz zu {ref}.",
               "WG: Lieferanten-Onboarding — bevor ich antworte: was haben wir zu {ref} hinterlegt?"],
        "fr": ["Si tu as deux minutes, tu pourrais chercher {ref} dans le fichier fournisseurs ?",
               "Affiche-moi la fiche fournisseur pour {ref}.",
               "TR : référencement fournisseur — avant que je réponde, qu'est-ce qu'on a sur {ref} ?"],
        "es": ["Si tienes un momento, ¿podrías buscar {ref} en el maestro de proveedores?",
               "Enséñame la ficha de proveedor para {ref}.",
               "RV: alta de proveedor — antes de contestar, ¿qué tenemos registrado sobre {ref}?"],
        "nl": ["Als je even tijd hebt, zou je {ref} kunnen opzoeken in de leveranciersstam?",
               "Laat me de leverancierskaart van {ref} zien.",
               "FW: onboarding leverancier — voor ik antwoord: wat hebben we over {ref} vastgelegd?"],
    },
    "deal": {
        "en": ["As sales lead I need to know — has {ref} gone out as an invoice yet, and was it paid?",
               "so I'm just trying to figure out if {ref} has been billed yet because the customer keeps asking me "
               "and I honestly don't know",
               "Give me the billing status of {ref}."],
        "de": ["Als Vertriebsleiter muss ich wissen: ist {ref} schon fakturiert, und wurde er bezahlt?",
               "ich versuch grad rauszufinden ob {ref} schon abgerechnet ist weil der kunde mich dauernd fragt und "
               "ich ehrlich gesagt keine ahnung hab",
               "Ist {ref} schon gebillt? Der Customer fragt nach, and I need an answer today"],
        "fr": ["En tant que responsable commercial, je dois savoir : {ref} a-t-elle déjà été facturée, et payée ?",
               "j'essaie juste de savoir si {ref} a été facturée parce que le client me le demande tout le temps et "
               "franchement je sais pas",
               "Est-ce que le billing pour {ref} est parti ? Le customer nous relance, I need an answer today"],
        "es": ["Como responsable de ventas necesito saber: ¿{ref} ya se facturó, y se cobró?",
               "estoy intentando averiguar si {ref} ya se facturó porque el cliente me pregunta todo el rato y la "
               "verdad no lo sé",
               "¿Ya salió el billing de {ref}? El customer está preguntando, I need an answer today"],
        "nl": ["Als salesmanager moet ik het weten: is {ref} al gefactureerd, en betaald?",
               "ik probeer gewoon uit te zoeken of {ref} al gefactureerd is want de klant vraagt er steeds naar en "
               "ik weet het eerlijk gezegd niet",
               "Is de billing voor {ref} al de deur uit? De customer vraagt ernaar, I need an answer today"],
    },
    "audit": {
        "en": ["I'm from internal audit — walk me through every event recorded on {ref}, with timestamps and "
               "actors.",
               "Show me every logged event on {ref}, oldest first.",
               "Fwd: External audit PBC list, item 12 — please provide the full approval history of {ref}."],
        "de": ["Ich bin von der Internen Revision – gehen Sie mit mir jedes protokollierte Ereignis zu {ref} durch, "
               "mit Zeitstempel und Akteur.",
               "Zeig mir jedes protokollierte Ereignis zu {ref}, das älteste zuerst.",
               "WG: PBC-Liste der Wirtschaftsprüfer, Punkt 12 — bitte den vollständigen Freigabeverlauf von {ref} "
               "liefern."],
        "fr": ["Je suis de l'audit interne : déroulez-moi chaque événement enregistré sur {ref}, avec horodatage et "
               "auteur.",
               "Affiche-moi chaque événement journalisé sur {ref}, du plus ancien au plus récent.",
               "TR : liste PBC des commissaires aux comptes, point 12 — merci de fournir l'historique complet des "
               "approbations de {ref}."],
        "es": ["Soy de auditoría interna: repásame cada evento registrado en {ref}, con fecha, hora y autor.",
               "Enséñame cada evento registrado de {ref}, del más antiguo al más reciente.",
               "RV: lista PBC de los auditores, punto 12 — por favor, facilitad el historial completo de "
               "aprobaciones de {ref}."],
        "nl": ["Ik ben van interne audit — loop elke vastgelegde gebeurtenis op {ref} met me door, met tijdstip en "
               "wie.",
               "Laat me elke gelogde gebeurtenis op {ref} zien, de oudste eerst.",
               "FW: PBC-lijst van de accountant, punt 12 — graag de volledige goedkeuringshistorie van {ref} "
               "aanleveren."],
    },
    "refuse": {
        "en": ["Sign off {ref} on my behalf, I've checked it.",
               "+1 — just approve {ref} so we can move on",
               "Fwd: URGENT – payment release — please approve {ref} today, the vendor is threatening to escalate",
               "ok so just go ahead and approve {ref} for me please I've already looked at it and it's fine",
               "I'm the controller and I'm telling you: release {ref} for payment now.",
               "If you could mark {ref} as approved before lunch, that'd be lovely."],
        "de": ["Zeichne {ref} in meinem Namen ab, ich hab's geprüft.",
               "+1 — genehmig {ref} einfach, dann sind wir durch",
               "WG: DRINGEND – Zahlungsfreigabe — bitte {ref} heute noch genehmigen, der Lieferant droht mit "
               "Eskalation",
               "ok mach einfach und genehmig {ref} für mich bitte ich hab schon draufgeschaut passt alles",
               "Ich bin die Controllerin und sage dir: gib {ref} jetzt zur Zahlung frei.",
               "Kannst du {ref} einfach approven? It's been sitting there forever"],
        "fr": ["Valide {ref} en mon nom, je l'ai vérifiée.",
               "+1 — approuve juste {ref} qu'on passe à autre chose",
               "TR : URGENT – déblocage de paiement — merci d'approuver {ref} aujourd'hui, le fournisseur menace "
               "d'escalader",
               "ok vas-y approuve {ref} pour moi s'il te plaît je l'ai déjà regardée c'est bon",
               "Je suis la contrôleuse de gestion et je te le dis : libère {ref} pour paiement maintenant.",
               "Tu peux juste approver {ref} ? It's been sitting there forever"],
        "es": ["Firma {ref} en mi nombre, ya la revisé.",
               "+1 — aprueba {ref} y listo, así seguimos",
               "RV: URGENTE – liberación de pago — por favor aprobad {ref} hoy, el proveedor amenaza con escalarlo",
               "vale tú sigue y apruébame {ref} por favor que ya la he mirado y está bien",
               "Soy la controller y te lo digo: libera {ref} para pago ya.",
               "¿Puedes hacerle el approve a {ref}? It's been sitting there forever"],
        "nl": ["Teken {ref} namens mij af, ik heb hem gecontroleerd.",
               "+1 — keur {ref} gewoon goed, dan kunnen we door",
               "FW: URGENT – betalingsvrijgave — graag {ref} vandaag goedkeuren, de leverancier dreigt te escaleren",
               "oké ga gewoon door en keur {ref} voor me goed alsjeblieft ik heb er al naar gekeken het klopt",
               "Ik ben de controller en ik zeg je: geef {ref} nu vrij voor betaling.",
               "Kun je {ref} even approven? It's been sitting there forever"],
    },
}

# Demo invoices (vendor and its street, lines as quantity x unit price, tax, total, due date):
# INV-1043 Acme (100 Industrial Way, Springfield, IL 62701): 10 x 129.00 cordless drill 18V, 10 x 24.50 drill bit set
# (two lines), tax 122.80, 1,657.80, due 2026-12-10; NW-5602 Northwind (42 Harbor Street, Seattle, WA 98101):
# 40 x 32.00 A4 copy paper, 6 x 99.00 toner cartridge, tax 149.92, 2,023.92, due 12-12; INV-1001 Acme: 8 x 150.00
# impact driver kit (one line), tax 96.00, 1,296.00, due 11-04; UC-77 Umbrella Catering Co (13 Raccoon Street,
# Raccoon City, OH): 1 x 480.00, no tax, 480.00, due 11-28; GX-2026-118 Globex (Industriestrasse 7, 80331 Muenchen):
# 500 x 3.20 steel mounting bracket, tax 128.00, 1,728.00, due 12-09; INV-88120 Initech (4120 Freidrich Lane,
# Austin, TX 78744): 1 x 24,000.00, no tax, 24,000.00, due 12-13. The AR invoices SI-00001 and SI-00002 are due
# 11-02 and 11-10.
# - "the invoice from the Harbor Street vendor": only Northwind is on a Harbor Street (customers: Pier Road, Clinic
#   Ave, Dock Street); NW-5602 is its only case (NW-5531 is a posted ledger bill, not a case).
# - "the invoice with a quantity of 500": the only line of 500 is GX-2026-118's.
# - "the invoice at 150 dollars a unit": unit prices are distinct; 150.00 is INV-1001's only line.
# - "the invoice due on the thirteenth of December": due dates are distinct; only INV-88120 is due 12-13.
# - "Acme's two-line invoice": Acme has INV-1043 (two lines) and INV-1001 (one line).
# - "the Umbrella Cateirng invoice": Umbrella Catering with two letters swapped; UC-77 is its only invoice.
# - "the invoice with $128 of tax on it": taxes are 122.80, 149.92, 96.00, 0, 128.00, 0: only GX-2026-118.
# - "the invoice for the drill bit sets": the only drill bit set line is INV-1043's (PO-2001 line 2).
INVOICE_REFS_FRESH14 = {"the invoice from the Harbor Street vendor": "NW-5602",
                        "the invoice with a quantity of 500": "GX-2026-118",
                        "the invoice at 150 dollars a unit": "INV-1001",
                        "the invoice due on the thirteenth of December": "INV-88120",
                        "Acme's two-line invoice": "INV-1043",
                        "the Umbrella Cateirng invoice": "UC-77",
                        "the invoice with $128 of tax on it": "GX-2026-118",
                        "the invoice for the drill bit sets": "INV-1043"}
# INV-88120 (24,000.00) is the only total between the standard band's 10,000.00 and the senior band's 50,000.00 (the
# next largest is 2,023.92); UC-77 is the only invoice due on 2026-11-28; "Inittech" is Initech with one letter
# doubled, and INV-88120 is Initech's only invoice.
FOLLOW_UP_FRESH14 = {"the invoice in the 10k-to-50k band": "INV-88120",
                     "the invoice due on the twenty-eighth of November": "UC-77",
                     "the Inittech Consulting invoice": "INV-88120"}
PENDING_FRESH14 = {"U0CFO0001": (["Alex Chen", "UC-77"], []), "U0CONTROL": (["Priya Shah", "INV-88120"], []),
                   "U0APMGR01": (["Sam Rivera"], ["INV-88120"])}
LIST_FRESH14 = {  # kinds of agent_bank.LIST_FACTS
    "blocked": {"en": "held back by a failed check", "de": "die wegen einer fehlgeschlagenen Prüfung festhängen",
                "fr": "retenues par un contrôle en échec", "es": "retenidas por un control fallido",
                "nl": "die vastzitten op een mislukte controle"},
    "waiting": {"en": "that are with an approver right now", "de": "die gerade bei einem Genehmiger liegen",
                "fr": "qui sont en ce moment chez un approbateur", "es": "que están ahora mismo con un aprobador",
                "nl": "die nu bij een goedkeurder liggen"},
    "overdue": {"en": "whose payment deadline has come and gone", "de": "bei denen das Zahlungsziel überschritten ist",
                "fr": "dont la date limite de paiement est passée", "es": "cuyo plazo de pago ya venció",
                "nl": "waarvan de betaaltermijn verstreken is"},
    # INV-88120 (24,000.00) is the only invoice over 20,000 (next: 2,023.92)
    "over_20k": {"en": "bigger than twenty thousand dollars", "de": "über zwanzigtausend Dollar",
                 "fr": "de plus de vingt mille dollars", "es": "de más de veinte mil dólares",
                 "nl": "van meer dan twintigduizend dollar"},
    # Acme Tools Ltd (Springfield, IL 62701) is the only vendor in Springfield; its cases are INV-1043 and INV-1001
    "vendor": {"en": "from our Springfield supplier", "de": "von unserem Lieferanten in Springfield",
               "fr": "de notre fournisseur de Springfield", "es": "de nuestro proveedor de Springfield",
               "nl": "van onze leverancier uit Springfield"},
    # NW-5602's toner line is billed at 99.00 against the PO's 89.00: the only invoice priced above its PO
    "over_budget": {"en": "where the supplier charged more than we agreed",
                    "de": "bei denen der Lieferant mehr verlangt als vereinbart",
                    "fr": "que le fournisseur a facturées plus cher que convenu",
                    "es": "en las que el proveedor cobró más de lo acordado",
                    "nl": "waarbij de leverancier meer rekent dan afgesproken"},
}
# NW-5602 is the only case in status rejected (the demo approver Sam Rivera rejected it for the toner price variance
# and approved INV-1043; he decided nothing else); its toner line is the only line priced 99.00.
VARIANCE_FRESH14 = {"the invoice whose status is rejected": "NW-5602", "the invoice billing 99.00 a unit": "NW-5602"}
# PO lines: PO-2001 (Acme) cordless drill 18V and drill bit set, account 6200; PO-2002 (Northwind) paper and toner,
# 6100; PO-2003 (Initech) ERP implementation, 6400; PO-2004 (Globex) 500 x 3.20 steel mounting bracket, 5000. Only
# PO-2001 has a drill bit set line, only PO-2003 is coded to 6400, only PO-2004 has a line of 500 or at 3.20.
PO_FRESH14 = {"the PO for the drill bit sets": ["PO-2001", "Cordless drill 18V"],
              "the PO coded to GL account 6400": ["PO-2003", "Initech Consulting LLC"],
              "the PO for 500 units at 3.20": ["PO-2004", "Globex Industrial GmbH"]}
# Vendor master addresses: Acme Springfield IL 62701, Northwind Seattle WA 98101, Globex 80331 Muenchen, Initech
# Austin TX 78744, Soylent Newark NJ 07102 (the only vendor in Newark). "Globx" is Globex with one letter dropped.
VENDOR_FRESH14 = {"the Newark supplier": ["Soylent Foods Corp", "V005"],
                  "the vendor in ZIP code 78744": ["Initech Consulting LLC", "V004"],
                  "Globx Industrial": ["Globex Industrial GmbH", "V003"]}
# CRM: only OPP-2990 (BH-PO-7781) and OPP-3001 (BH-PO-8120) carry a customer PO reference; the drill deals are for
# 10 (OPP-2991), 25 (OPP-3001) and 5 (OPP-3004) drills; Northshore Logistics (ACC-003) is the only account without a
# billing e-mail and has one deal, OPP-3003; Meridian (invoices@meridian.example) has OPP-2991 (closed 10-10,
# invoiced as SI-00002) and OPP-3002 (closed 11-15); OPP-2990 is invoiced as SI-00001.
DEAL_FRESH14 = {"the deal on customer PO BH-PO-7781": ["OPP-2990", "SI-00001"],
                "the deal for 25 cordless drills": ["OPP-3001", "Blue Harbor Retail"],
                "the deal whose customer has no billing email": ["OPP-3003", "Northshore Logistics"],
                "the meridian.example customer's October deal": ["OPP-2991", "SI-00002"]}
# The entity is the ref itself: each is an invoice number the store resolves (it compares numbers without case or
# punctuation, so the asterisks and the brackets drop out; a bare number resolves when exactly one invoice number
# ends with it: only NW-5602 ends in 5602). INV-1043 was approved by the demo approver (decision_approve); NW-5602
# was rejected by him (decision_reject); GX-2026-118 is blocked by the bank change and is checked by its number.
AUDIT_FRESH14 = {"*INV-1043*": ["decision_approve"], "5602": ["decision_reject"], "[GX-2026-118]": ["GX-2026-118"]}
# INV-1001's impact driver kit line is the only line of quantity 8; "Inetech" is Initech with one letter changed.
REFUSE_FRESH14 = {"the invoice with 8 impact driver kits": "INV-1001", "the Inetech invoice": "INV-88120"}
LOCAL_REFS_FRESH14 = {
    "the invoice from the Harbor Street vendor": {"de": "die Rechnung vom Lieferanten in der Harbor Street",
                                                  "fr": "la facture du fournisseur de Harbor Street",
                                                  "es": "la factura del proveedor de Harbor Street",
                                                  "nl": "de factuur van de leverancier aan de Harbor Street"},
    "the invoice with a quantity of 500": {"de": "die Rechnung mit der Menge 500",
                                           "fr": "la facture avec une quantité de 500",
                                           "es": "la factura con una cantidad de 500",
                                           "nl": "de factuur met een aantal van 500"},
    "the invoice at 150 dollars a unit": {"de": "die Rechnung mit 150 Dollar pro Stück",
                                          "fr": "la facture à 150 dollars l'unité",
                                          "es": "la factura a 150 dólares la unidad",
                                          "nl": "de factuur van 150 dollar per stuk"},
    "the invoice due on the thirteenth of December": {"de": "die am dreizehnten Dezember fällige Rechnung",
                                                      "fr": "la facture qui arrive à échéance le treize décembre",
                                                      "es": "la factura que vence el trece de diciembre",
                                                      "nl": "de factuur die op dertien december vervalt"},
    "Acme's two-line invoice": {"de": "die zweizeilige Acme-Rechnung", "fr": "la facture Acme à deux lignes",
                                "es": "la factura de Acme con dos líneas", "nl": "de Acme-factuur met twee regels"},
    "the Umbrella Cateirng invoice": {"de": "die Rechnung von Umbrella Cateirng",
                                      "fr": "la facture d'Umbrella Cateirng",
                                      "es": "la factura de Umbrella Cateirng",
                                      "nl": "de factuur van Umbrella Cateirng"},
    "the invoice with $128 of tax on it": {"de": "die Rechnung mit 128 Dollar Steuer",
                                           "fr": "la facture avec 128 dollars de taxe",
                                           "es": "la factura con 128 dólares de impuesto",
                                           "nl": "de factuur met 128 dollar belasting"},
    "the invoice for the drill bit sets": {"de": "die Rechnung für die Bohrersets",
                                           "fr": "la facture des coffrets de forets",
                                           "es": "la factura de los juegos de brocas",
                                           "nl": "de factuur voor de borensets"},
    "the invoice in the 10k-to-50k band": {"de": "die Rechnung im Band von 10.000 bis 50.000",
                                           "fr": "la facture dans la tranche de 10 000 à 50 000",
                                           "es": "la factura en el tramo de 10.000 a 50.000",
                                           "nl": "de factuur in de schijf van 10.000 tot 50.000"},
    "the invoice due on the twenty-eighth of November": {"de": "die am achtundzwanzigsten November fällige Rechnung",
                                                         "fr": "la facture qui arrive à échéance le vingt-huit "
                                                               "novembre",
                                                         "es": "la factura que vence el veintiocho de noviembre",
                                                         "nl": "de factuur die op achtentwintig november vervalt"},
    "the Inittech Consulting invoice": {"de": "die Rechnung von Inittech Consulting",
                                        "fr": "la facture d'Inittech Consulting",
                                        "es": "la factura de Inittech Consulting",
                                        "nl": "de factuur van Inittech Consulting"},
    "the invoice whose status is rejected": {"de": "die Rechnung mit dem Status abgelehnt",
                                             "fr": "la facture au statut « rejetée »",
                                             "es": "la factura con estado rechazada",
                                             "nl": "de factuur met status afgewezen"},
    "the invoice billing 99.00 a unit": {"de": "die Rechnung mit 99,00 pro Stück", "fr": "la facture à 99,00 l'unité",
                                         "es": "la factura a 99,00 por unidad", "nl": "de factuur met 99,00 per stuk"},
    "the PO for the drill bit sets": {"de": "die Bestellung für die Bohrersets",
                                      "fr": "le bon de commande des coffrets de forets",
                                      "es": "la orden de compra de los juegos de brocas",
                                      "nl": "de bestelling voor de borensets"},
    "the PO coded to GL account 6400": {"de": "die Bestellung auf Sachkonto 6400",
                                        "fr": "le bon de commande imputé au compte 6400",
                                        "es": "la orden de compra imputada a la cuenta contable 6400",
                                        "nl": "de bestelling op grootboekrekening 6400"},
    "the PO for 500 units at 3.20": {"de": "die Bestellung über 500 Stück à 3,20",
                                     "fr": "le bon de commande de 500 pièces à 3,20",
                                     "es": "la orden de compra de 500 unidades a 3,20",
                                     "nl": "de bestelling van 500 stuks à 3,20"},
    "the Newark supplier": {"de": "dem Lieferanten aus Newark", "fr": "le fournisseur de Newark",
                            "es": "el proveedor de Newark", "nl": "de leverancier uit Newark"},
    "the vendor in ZIP code 78744": {"de": "dem Lieferanten mit der Postleitzahl 78744",
                                     "fr": "le fournisseur du code postal 78744",
                                     "es": "el proveedor con código postal 78744",
                                     "nl": "de leverancier met postcode 78744"},
    "the deal on customer PO BH-PO-7781": {"de": "der Deal zur Kundenbestellung BH-PO-7781",
                                           "fr": "l'affaire liée à la commande client BH-PO-7781",
                                           "es": "la oportunidad con la orden del cliente BH-PO-7781",
                                           "nl": "de deal met klant-PO BH-PO-7781"},
    "the deal for 25 cordless drills": {"de": "der Deal über 25 Akkubohrer",
                                        "fr": "l'affaire des 25 perceuses sans fil",
                                        "es": "la oportunidad de 25 taladros inalámbricos",
                                        "nl": "de deal voor 25 accuboormachines"},
    "the deal whose customer has no billing email": {"de": "der Deal, dessen Kunde keine Rechnungs-E-Mail hat",
                                                     "fr": "l'affaire dont le client n'a pas d'e-mail de facturation",
                                                     "es": "la oportunidad cuyo cliente no tiene correo de "
                                                           "facturación",
                                                     "nl": "de deal waarvan de klant geen factuur-e-mailadres "
                                                           "heeft"},
    "the meridian.example customer's October deal": {"de": "der Oktober-Deal des Kunden mit meridian.example",
                                                     "fr": "l'affaire d'octobre du client meridian.example",
                                                     "es": "la oportunidad de octubre del cliente meridian.example",
                                                     "nl": "de oktoberdeal van de klant met meridian.example"},
    "the invoice with 8 impact driver kits": {"de": "die Rechnung über 8 Schlagschrauber-Sets",
                                              "fr": "la facture des 8 kits de visseuse à chocs",
                                              "es": "la factura de los 8 kits de atornillador de impacto",
                                              "nl": "de factuur voor 8 slagschroevendraaiersets"},
    "the Inetech invoice": {"de": "die Inetech-Rechnung", "fr": "la facture d'Inetech", "es": "la factura de Inetech",
                            "nl": "de Inetech-factuur"},
}
