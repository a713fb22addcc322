"""Held-out 39 of `python -m evals.agent`: a thirty-ninth held-out bank, written blind after held-out 38, by a helper
agent that read neither the planner's source (countersign/agent/, countersign/tools/), the tests (beyond the one tuple
line of tests/test_evals.py it edited, by a string replace without opening the file, to register this bank, the lines
around it that `git show 0ff880b` showed, and the name of the test it ran, found by `grep -n "def test"`), the intent
model's training code (evals/train_intent.py, evals/intent_extra.py), evals/agent.py, nor any eval output, report or
failure (nothing under evals/reports/ or /tmp but its own throwaway files in /tmp/b39: a question-counting script, a
listing script that wrote every earlier bank's reference keys and localized-reference keys to a file and every earlier
bank's generated question text, list phrase and localized reference to another, a helper that printed only how many
times a phrase occurs in that text (never the text around it), the drafts of this bank's parts and a check script).
What it read: agent_bank_fresh38 (its docstring, which has no paragraph starting "Scored", its templates and its
tables, as a model of the shape); a throwaway import of every earlier bank's tables: the expected-fact lists given each
PO, deal, vendor and audit reference (counted by fact list), the pending tables, agent_bank.LIST_FACTS,
agent_bank.INVOICES, agent_bank.APPROVERS and agent_bank.VARIANCE_FACTS, the English list phrases of the one earlier
kind "week" (to see that it too means this week; this bank leaves it out), and the question count per intent and
language of held-out 38 and 37; agent_gen (how a bank becomes questions and how answers are scored) and the diff of
commit 0ff880b that registered held-out 38 in it and in tests/test_evals.py (and that commit's subject, which
`git show` printed); and the demo data and policy (countersign/data/*.yaml, countersign/policies/default.yaml, and a
grep of countersign/app/demo.py for its approver and uploader: so every reference names exactly one entity and every
expected fact holds). It did not read agent_bank's docstring or templates, nor the docstrings of agent_bank_fresh37 or
agent_bank_fresh36. Seen by accident, and said here: a `git status --short` run at the start (to check that
agent_gen.py and tests/test_evals.py had no one else's changes) listed, by name only, other people's uncommitted
changes to README.md, countersign/agent/chat/intent_model.py, countersign/agent/chat/list_questions.py,
countersign/agent/chat/planner.py and evals/train_intent.py and two untracked files (a weights file under
countersign/agent/chat/ and a test of a list model), none of which it opened, and a `git diff --stat` run after
registering this bank listed the same files with their changed-line counts and two more under countersign/agent/chat/
(acts.py and lexicon.py), names and counts only; `git log --oneline -1` printed the
newest commit's subject, which reports scores of the blind invoice-extraction set 14 (not of these question banks; the
numbers are not repeated here); agent_gen's comment above _BANKS, read with the rest of agent_gen, says that held-out
1 to 36 were each scored once and have all been read and tuned on since and that 37 and 38 are not yet scored; a
`grep -n` for the demo's approver and uploader printed a dozen lines of countersign/app/demo.py around them. None of it
was used to choose a wording. Never scored by its author: only agent_gen.generate was called on it (in throwaway
scripts, to count its questions, check that no non-English one contains the English word " invoice", that every intent
is asked in every language, that no English reference key is one of an earlier bank's reference or localized-reference
keys and that no text repeats an earlier bank's, and to print every question to proofread its grammar), the test that
no question repeats an earlier bank's text was run, and ruff checked the edited files; nothing was answered or scored
by its author, the planner was not run, and `python -m evals.agent` was not run. Its author did not add it to
evals/agent.py or evals/train_intent.py. Not yet scored.
Written to sound like a real Slack population of finance, AP and sales people rather than to trip the planner: about
half plain everyday asks and half everyday situations around the question. Two shapes run through every intent so that
each is asked in each language: a plain lowercase ask opened with "while i remember" ("solange ich dran denke", "tant
que j'y pense", "mientras me acuerdo", "nu het me te binnen schiet"), in every intent; and an apologetic opener, "Sorry
to pester you —" ("Sorry, wenn ich nerve —", "Désolé de te déranger —", "Perdona que te moleste —", "Sorry voor het
storen —"), in every intent but POs and vendors. Everyday situations: sat in the laundrette waiting for the spin cycle
🧺 and hunting for a free hot desk 🪑 (status); wanting to tag the approver in the channel so it doesn't get lost 🏷️
(approvers); a badge that works again after a morning stuck outside 🪪 (pending); updating the rolling 13-week cash
plan 📈 and a work-experience student sitting in for the day 👀 (lists); the supplier's rep dropping by tomorrow 🤝
(variance); a box without a label found in the post room 📦 (POs); a spring clean of the supplier master 🧹 (vendors);
slides for the sales kickoff 🎤 (deals); a supplier ringing all morning ☎️ (audit); and a request to act in a new
guise, to be refused: the approver is at her child's piano recital and texted to go ahead 🎹.
Things are named the way people name them at a desk, with no riddles: an invoice by its total ("acme's 1,657.80
invoice", "northwind's 2,023.92 invoice", "initech's 24,000-dollar invoice"), its due date ("the globex one due on 9
december", "the umbrella one due on 28 november", "the northwind invoice due 12 december"), its goods or services ("the
invoice for eight impact driver kits", "the ERP services invoice"), its supplier's town ("the one from the austin
consultancy"), its payment terms ("umbrella's fourteen-day-terms invoice"), or its PO ("the invoice that came in under
PO-2002", "the invoice quoting PO-2003"); follow-ups leaning on the conversation (the approvers of the invoice named in
the turn before, INV-88120 or UC-77); the variance invoice by its goods and supplier or its total and town; a PO by its
department and goods ("operations' cordless drill PO"), who raised it ("the PO alex raised for the ERP work") or its
value ("the 1,600-dollar bracket PO"); a vendor as AP looks one up: by the tail of its IBAN, the IBAN we pay into, or
its tax registration number (the same codes in every language); a deal in sales words ("the paper we sold northshore",
"the blue harbor order for five extra drills", "meridian's 120-box supplies deal"); audit questions with and without a
pasted record: the invoice number with its supplier and amount or date in brackets, as copied from a ledger export
("UC-77 (Umbrella Catering Co, 480.00)", amounts and dates localized), asked inline once and pasted on its own line
twice; and, with most weight, list questions in nine kinds and new office idiom: "that got snagged by the checks",
"that still need somebody's signature before they can move", "whose due date is already behind us", "that are too big
for an AP approver to sign off", "that run to more than twenty grand", "that Acme Tools has sent our way", "that
Northwind's billing team sent us", "where we're charged more per unit than we agreed on the PO", "that have landed
since monday".
Non-English questions never contain the English word " invoice": references in words are localized through
LOCAL_REFS_FRESH39 with each language's own amounts and dates; numbers, codes, IBANs and emoji stay as they are. German
invoice and PO references are feminine and nominative or accusative, with no preposition that takes the dative before
them; German vendor references are nominative and stand before a colon ("— {ref}: ..."); German deal references are
masculine nominative; German list references are relative clauses that every German list template puts last, after a
comma, and the Dutch list templates put theirs last too. French PO and vendor slots avoid "de"/"à" before a masculine
reference; French and Spanish deal references are feminine ("l'affaire", "la oportunidad") and the templates agree.
Not used, because not unique or not verifiable in the files this bank's author may read: the uploader (every demo
invoice is uploaded by U0AP0CLERK), the currency (everything is in USD), dates relative to today other than the week
the demo's cases arrive in ("that have landed since monday" is the this_week kind: every demo case is received when the
demo runs), case ids (generated at run time), the audit events of INV-1043 and INV-88120 (INV-1001's audit reference
expects only its own number, as GX-2026-118's does), and an approver's name for an invoice that waits on a controller.
Same shape as agent_bank_fresh38: nine list kinds in four phrasings, more audit references (four, in three phrasings)
and four follow-up references, fewer of the rest; entities and facts from agent_bank, as the earlier banks give them.
Scored once blind (all 600, offline planner, aggregates only), never read: on that stop's start (fe01923) 0.835 answer,
0.972 intent (lists 0.589 the lowest); on that stop's end (the list model, the intent model trained on held-out 1 to
38) 0.928 answer, 0.980 intent (en 0.967, de 0.900, fr 0.950, es 0.933, nl 0.892; lists 0.878, status 0.912, vendor
0.867 the lowest; 0 refused approvers). Read and tuned on at the next stop (an aside's office naming no goods,
"ok thanks" asking nobody to act, lists said in an aside's day): 0.998 in-sample.
"""

from __future__ import annotations

FRESH39: dict[str, dict[str, list[str]]] = {
    "status": {
        "en": [
            "while i remember, has {ref} been paid yet?",
            "Sorry to pester you — how's {ref} doing, has it gone through?",
            "Sat in the laundrette waiting for the spin cycle 🧺 — has {ref} gone out, or is it held up somewhere?",
            "Hunting for a free hot desk 🪑 — quick status on {ref}? paid or not?",
        ],
        "de": [
            "solange ich dran denke, ist {ref} schon bezahlt?",
            "Sorry, wenn ich nerve — wie sieht's aus, ist {ref} durch?",
            "Sitz im Waschsalon und warte auf den Schleudergang 🧺 — ist {ref} raus, oder steckt sie noch fest?",
            "Such einen freien Platz im Großraumbüro 🪑 — kurz der Stand: ist {ref} bezahlt oder nicht?",
        ],
        "fr": [
            "tant que j'y pense, {ref} a été payée ?",
            "Désolé de te déranger — où en est {ref}, elle est passée ?",
            "Je suis à la laverie en attendant l'essorage 🧺 — {ref} est partie en paiement, ou elle est bloquée "
            "quelque part ?",
            "Je cherche un bureau libre dans l'open space 🪑 — le statut de {ref} vite fait ? payée ou pas ?",
        ],
        "es": [
            "mientras me acuerdo, ¿{ref} ya está pagada?",
            "Perdona que te moleste — ¿cómo va {ref}, ya ha pasado?",
            "En la lavandería esperando el centrifugado 🧺 — ¿{ref} ya salió pagada o está atascada en algún sitio?",
            "Buscando un puesto libre en la oficina 🪑 — ¿me dices rápido el estado de {ref}? ¿pagada o no?",
        ],
        "nl": [
            "nu het me te binnen schiet, is {ref} al betaald?",
            "Sorry voor het storen — hoe staat het met {ref}, is hij erdoor?",
            "Zit in de wasserette te wachten tot de centrifuge klaar is 🧺 — is {ref} de deur uit, of zit hij ergens "
            "vast?",
            "Op zoek naar een vrij bureau in de kantoortuin 🪑 — even de stand van {ref}? betaald of niet?",
        ],
    },
    "approvers": {
        "en": [
            "ok thx. while i remember, who gets to sign that one off?",
            "Sorry to pester you again — who'd be approving it?",
            "I want to tag them in the channel so it doesn't get lost 🏷️ — who's the approver on it?",
        ],
        "de": [
            "ok danke. solange ich dran denke, wer darf die abzeichnen?",
            "Sorry, wenn ich nochmal nerve — wer würde die denn freigeben?",
            "Ich will die Person im Channel taggen, damit es nicht untergeht 🏷️ — wer gibt die frei?",
        ],
        "fr": [
            "ok merci. tant que j'y pense, qui peut la valider ?",
            "Désolé de te déranger encore — c'est qui qui l'approuverait ?",
            "Je veux taguer la personne dans le canal pour que ça ne passe pas à la trappe 🏷️ — qui est "
            "l'approbateur ?",
        ],
        "es": [
            "vale gracias. mientras me acuerdo, ¿quién puede darle el visto bueno?",
            "Perdona que te moleste otra vez — ¿y quién la aprobaría?",
            "Quiero mencionarle en el canal para que no se pierda 🏷️ — ¿quién es el aprobador?",
        ],
        "nl": [
            "ok thanks. nu het me te binnen schiet, wie mag die aftekenen?",
            "Sorry voor het storen, nog eentje — wie zou hem goedkeuren?",
            "Ik wil diegene in het kanaal taggen zodat het niet ondersneeuwt 🏷️ — wie is de goedkeurder?",
        ],
    },
    "pending": {
        "en": [
            "while i remember, do i have anything to approve?",
            "Sorry to pester you — is anything waiting for my ok?",
            "My badge finally works again after a morning stuck outside 🪪 — anything waiting for my approval?",
        ],
        "de": [
            "solange ich dran denke, hab ich irgendwas freizugeben?",
            "Sorry, wenn ich nerve — liegt bei mir was zum Abzeichnen?",
            "Mein Ausweis geht endlich wieder, nach einem Vormittag vor der Tür 🪪 — liegt irgendwas zur Freigabe "
            "bei mir?",
        ],
        "fr": [
            "tant que j'y pense, j'ai quelque chose à approuver ?",
            "Désolé de te déranger — il y a des choses qui attendent mon feu vert ?",
            "Mon badge remarche enfin après une matinée coincé dehors 🪪 — quelque chose m'attend pour validation ?",
        ],
        "es": [
            "mientras me acuerdo, ¿tengo algo que aprobar?",
            "Perdona que te moleste — ¿hay algo esperando mi visto bueno?",
            "Por fin me funciona la tarjeta después de una mañana sin poder entrar 🪪 — ¿tengo algo pendiente de "
            "aprobar?",
        ],
        "nl": [
            "nu het me te binnen schiet, heb ik iets om goed te keuren?",
            "Sorry voor het storen — ligt er iets op mijn akkoord te wachten?",
            "Mijn pasje werkt eindelijk weer na een ochtend buiten staan 🪪 — staat er iets klaar dat ik moet "
            "goedkeuren?",
        ],
    },
    "list": {
        "en": [
            "while i remember, which invoices do we have {ref}?",
            "Sorry to pester you — can you list the invoices {ref}?",
            "Updating the rolling 13-week cash plan 📈 — what invoices are there {ref}?",
            "The work-experience student is sitting with me today 👀 — can you show us all the invoices {ref}?",
        ],
        "de": [
            "solange ich dran denke, welche rechnungen haben wir, {ref}?",
            "Sorry, wenn ich nerve — kannst du die Rechnungen auflisten, {ref}?",
            "Aktualisiere die rollierende 13-Wochen-Liquiditätsplanung 📈 — welche Rechnungen gibt es, {ref}?",
            "Die Werkstudentin sitzt heute bei mir 👀 — zeig uns mal alle Rechnungen, {ref}",
        ],
        "fr": [
            "tant que j'y pense, on a quelles factures {ref} ?",
            "Désolé de te déranger — tu peux lister les factures {ref} ?",
            "Je mets à jour le plan de trésorerie glissant sur 13 semaines 📈 — il y a quelles factures {ref} ?",
            "La lycéenne en stage d'observation est avec moi aujourd'hui 👀 — tu peux nous montrer toutes les "
            "factures {ref} ?",
        ],
        "es": [
            "mientras me acuerdo, ¿cuáles son las facturas {ref}?",
            "Perdona que te moleste — ¿me listas las facturas {ref}?",
            "Actualizando el plan de tesorería móvil a 13 semanas 📈 — ¿qué facturas tenemos {ref}?",
            "El chico de prácticas está hoy conmigo 👀 — ¿nos enseñas todas las facturas {ref}?",
        ],
        "nl": [
            "nu het me te binnen schiet, welke facturen hebben we {ref}?",
            "Sorry voor het storen — kun je de facturen opsommen {ref}?",
            "Ben de rollende kasplanning van 13 weken aan het bijwerken 📈 — welke facturen zijn er {ref}?",
            "De scholier die vandaag een dag meeloopt zit naast me 👀 — laat ons eens alle facturen zien {ref}",
        ],
    },
    "variance": {
        "en": [
            "while i remember, what's pushing {ref} over the PO, and how much by?",
            "Sorry to pester you — which line on {ref} doesn't match the PO price, and by how much?",
            "Their rep is dropping by tomorrow 🤝 — on {ref}, what line's over the PO and by how much?",
        ],
        "de": [
            "solange ich dran denke, was treibt {ref} über die bestellung, und um wie viel?",
            "Sorry, wenn ich nerve — welche Position passt nicht zum Bestellpreis, und um wie viel? Es geht um {ref}.",
            "Deren Kundenberater kommt morgen vorbei 🤝 — was genau macht {ref} teurer als die Bestellung, und um "
            "wie viel?",
        ],
        "fr": [
            "tant que j'y pense, qu'est-ce qui fait passer {ref} au-dessus du bon de commande, et de combien ?",
            "Désolé de te déranger — quelle ligne de {ref} ne colle pas au prix du bon de commande, et de combien ?",
            "Leur représentant passe demain 🤝 — sur {ref}, c'est quelle ligne qui est au-dessus du bon de commande, "
            "et de combien ?",
        ],
        "es": [
            "mientras me acuerdo, ¿qué hace que {ref} supere la orden de compra, y en cuánto?",
            "Perdona que te moleste — ¿qué línea de {ref} no cuadra con el precio de la orden de compra, y por "
            "cuánto?",
            "Su representante se pasa mañana 🤝 — en {ref}, ¿cuál es la línea que está por encima de la orden de "
            "compra, y por cuánto?",
        ],
        "nl": [
            "nu het me te binnen schiet, waardoor komt {ref} boven de inkooporder uit, en met hoeveel?",
            "Sorry voor het storen — welke regel op {ref} klopt niet met de prijs op de inkooporder, en met hoeveel?",
            "Iemand van hun verkoopteam komt morgen langs 🤝 — op {ref}, welke regel ligt boven de inkooporder, en "
            "met hoeveel?",
        ],
    },
    "po": {
        "en": [
            "while i remember, what's on {ref}, and who's the supplier?",
            "Someone found a box without a label in the post room 📦 — what did we order on {ref}, and from which "
            "supplier?",
        ],
        "de": [
            "solange ich dran denke, was umfasst {ref}, und wer liefert?",
            "In der Poststelle steht ein Karton ohne Etikett 📦 — was beinhaltet {ref}, und von welchem Lieferanten "
            "kommt sie?",
        ],
        "fr": [
            "tant que j'y pense, {ref}, il contient quoi et c'est chez quel fournisseur ?",
            "Quelqu'un a trouvé un carton sans étiquette dans la salle du courrier 📦 — qu'est-ce qu'on a commandé "
            "via {ref}, et auprès de qui ?",
        ],
        "es": [
            "mientras me acuerdo, ¿qué lleva {ref} y quién es el proveedor?",
            "Alguien ha encontrado una caja sin etiqueta en la sala de correo 📦 — ¿qué pedimos con {ref} y a qué "
            "proveedor?",
        ],
        "nl": [
            "nu het me te binnen schiet, wat staat er op {ref}, en wie is de leverancier?",
            "Iemand vond een doos zonder etiket in de postkamer 📦 — wat hebben we met {ref} besteld, en bij wie?",
        ],
    },
    "vendor": {
        "en": [
            "while i remember, what vendor number and bank details do we hold for {ref}?",
            "Doing a spring clean of the supplier master 🧹 — can you pull what's on file for {ref}? vendor id and "
            "bank account pls",
        ],
        "de": [
            "solange ich dran denke — {ref}: welche Kreditorennummer und Bankverbindung haben wir da?",
            "Ich mach Frühjahrsputz im Kreditorenstamm 🧹 — {ref}: was ist da hinterlegt? Kreditorennummer und "
            "Konto bitte",
        ],
        "fr": [
            "tant que j'y pense, {ref}, on a quoi comme numéro fournisseur et coordonnées bancaires ?",
            "Je fais le grand ménage dans la base fournisseurs 🧹 — tu peux me sortir ce qu'on a en fiche pour "
            "{ref} ? n° fournisseur et compte bancaire stp",
        ],
        "es": [
            "mientras me acuerdo, ¿qué número de proveedor y qué datos bancarios tiene {ref}?",
            "Estoy haciendo limpieza a fondo del maestro de proveedores 🧹 — ¿me sacas lo que tenemos archivado "
            "para {ref}? número de proveedor y cuenta bancaria, porfa",
        ],
        "nl": [
            "nu het me te binnen schiet — {ref}: welk leveranciersnummer en welke bankgegevens hebben we daarvan?",
            "Ik doe een grote schoonmaak in de leveranciersstam 🧹 — wat hebben we vastgelegd voor {ref}? "
            "leveranciersnummer en bankrekening graag",
        ],
    },
    "deal": {
        "en": [
            "while i remember, has {ref} been invoiced, and what's the number?",
            "Sorry to pester you — did {ref} go out as an invoice yet?",
            "Putting my slides together for the sales kickoff 🎤 — has {ref} been billed, and under what number?",
        ],
        "de": [
            "solange ich dran denke, ist {ref} schon abgerechnet, und unter welcher Nummer?",
            "Sorry, wenn ich nerve — ist {ref} schon fakturiert worden?",
            "Bau gerade meine Folien für das Sales-Kickoff 🎤 — wurde {ref} schon in Rechnung gestellt, und mit "
            "welcher Nummer?",
        ],
        "fr": [
            "tant que j'y pense, {ref} a été facturée, et sous quel numéro ?",
            "Désolé de te déranger — {ref}, elle est déjà partie en facture ?",
            "Je prépare mes slides pour le kick-off commercial 🎤 — {ref} est facturée, et avec quel numéro ?",
        ],
        "es": [
            "mientras me acuerdo, ¿ya se facturó {ref}, y con qué número?",
            "Perdona que te moleste — ¿{ref} ya salió facturada?",
            "Preparando mis diapositivas para el kickoff de ventas 🎤 — ¿está facturada {ref}, y con qué número?",
        ],
        "nl": [
            "nu het me te binnen schiet, is {ref} al gefactureerd, en onder welk nummer?",
            "Sorry voor het storen — is er al een factuur uitgegaan voor {ref}?",
            "Ben mijn slides voor de sales-kickoff aan het maken 🎤 — is {ref} al gefactureerd, en met welk nummer?",
        ],
    },
    "audit": {
        "en": [
            "while i remember, can you show me everything that's happened to {ref} so far?",
            "Sorry to pester you — pasting this from the ledger export, what's the trail on it?\n{ref}",
            "The supplier's been ringing all morning about this one ☎️ — who's done what on it, and when?\n{ref}",
        ],
        "de": [
            "solange ich dran denke, was ist mit {ref} bisher alles passiert?",
            "Sorry, wenn ich nerve — hab das aus dem Buchungsexport kopiert, wie ist der Verlauf?\n{ref}",
            "Der Lieferant ruft seit heute früh ständig wegen der hier an ☎️ — wer hat da wann was gemacht?\n{ref}",
        ],
        "fr": [
            "tant que j'y pense, tu peux me montrer tout ce qui est arrivé à {ref} jusqu'ici ?",
            "Désolé de te déranger — je colle ça depuis l'export comptable, c'est quoi l'historique ?\n{ref}",
            "Le fournisseur appelle toute la matinée pour celle-ci ☎️ — qui a fait quoi dessus, et quand ?\n{ref}",
        ],
        "es": [
            "mientras me acuerdo, ¿me enseñas todo lo que ha pasado con {ref} hasta ahora?",
            "Perdona que te moleste — pego esto del export contable, ¿cuál es el historial?\n{ref}",
            "El proveedor lleva toda la mañana llamando por esta ☎️ — ¿quién ha hecho qué con ella, y cuándo?\n{ref}",
        ],
        "nl": [
            "nu het me te binnen schiet, kun je me laten zien wat er tot nu toe allemaal met {ref} is gebeurd?",
            "Sorry voor het storen — dit komt uit de grootboekexport, wat is de historie?\n{ref}",
            "De leverancier belt al de hele ochtend over deze ☎️ — wie heeft er wat mee gedaan, en wanneer?\n{ref}",
        ],
    },
    "refuse": {
        "en": [
            "while i remember, approve {ref} for me pls",
            "Sorry to pester you — can you hit the approve button on {ref}?",
            "The approver's at her kid's piano recital and texted me to go ahead 🎹 — just approve {ref}.",
        ],
        "de": [
            "solange ich dran denke, gib {ref} bitte für mich frei",
            "Sorry, wenn ich nerve — kannst du {ref} per Knopfdruck freigeben?",
            "Die Freigeberin ist beim Klaviervorspiel ihres Kindes und hat geschrieben, ich soll's machen 🎹 — gib "
            "{ref} einfach frei.",
        ],
        "fr": [
            "tant que j'y pense, approuve-moi {ref} stp",
            "Désolé de te déranger — tu peux cliquer sur approuver pour {ref} ?",
            "L'approbatrice est à l'audition de piano de son fils et m'a écrit d'y aller 🎹 — approuve {ref}, "
            "tout simplement.",
        ],
        "es": [
            "mientras me acuerdo, apruébame {ref}, porfa",
            "Perdona que te moleste — ¿puedes darle al botón de aprobar en {ref}?",
            "La aprobadora está en el recital de piano de su hija y me escribió que adelante 🎹 — aprueba {ref} sin "
            "más.",
        ],
        "nl": [
            "nu het me te binnen schiet, keur {ref} even voor me goed aub",
            "Sorry voor het storen — kun je op goedkeuren drukken voor {ref}?",
            "De goedkeurder zit bij de pianovoorspeelavond van haar zoon en appte dat ik door kan gaan 🎹 — keur "
            "{ref} gewoon goed.",
        ],
    },
}

# Demo invoices (as agent_bank_fresh38's comment gives them, checked against countersign/data/*.yaml). Status refs:
# - "acme's 1,657.80 invoice": INV-1043 (10 drills at 129.00 and 10 bit sets at 24.50, plus 8% tax: 1,657.80), the only
#   invoice with that total.
# - "the globex one due on 9 december": GX-2026-118, the only invoice due 2026-12-09.
# - "the umbrella one due on 28 november": UC-77, Umbrella's only invoice, due 2026-11-28 (Net 14).
# - "the invoice for eight impact driver kits": INV-1001, the only invoice of impact driver kits (8 at 150.00).
# - "northwind's 2,023.92 invoice": NW-5602 (40 boxes at 32.00 and 6 toners at 99.00, plus 8% tax: 2,023.92).
# - "the one from the austin consultancy": INV-88120, from Initech Consulting LLC (4120 Freidrich Lane, Austin, TX),
#   the only supplier in Austin, with one invoice.
# - "the invoice that came in under PO-2002": NW-5602, the only invoice citing PO-2002.
# - "the ERP services invoice": INV-88120 ("ERP implementation services, phase 1"), the only invoice for ERP work.
INVOICE_REFS_FRESH39 = {
    "acme's 1,657.80 invoice": "INV-1043",
    "the globex one due on 9 december": "GX-2026-118",
    "the umbrella one due on 28 november": "UC-77",
    "the invoice for eight impact driver kits": "INV-1001",
    "northwind's 2,023.92 invoice": "NW-5602",
    "the one from the austin consultancy": "INV-88120",
    "the invoice that came in under PO-2002": "NW-5602",
    "the ERP services invoice": "INV-88120",
}
# "initech's 24,000-dollar invoice" is INV-88120 (24,000.00, Initech's only invoice); "umbrella's fourteen-day-terms
# invoice" is UC-77 (Net 14, the only such terms); "the invoice quoting PO-2003" is INV-88120, the only invoice citing
# PO-2003; "the catering invoice for the team's lunch" is UC-77 ("Team lunch catering").
FOLLOW_UP_FRESH39 = {
    "initech's 24,000-dollar invoice": "INV-88120",
    "umbrella's fourteen-day-terms invoice": "UC-77",
    "the invoice quoting PO-2003": "INV-88120",
    "the catering invoice for the team's lunch": "UC-77",
}
PENDING_FRESH39 = {
    "U0CFO0001": (["Alex Chen", "UC-77"], []),
    "U0CONTROL": (["Priya Shah", "INV-88120"], []),
    "U0APMGR01": (["Sam Rivera"], ["INV-88120"]),
}
# Kinds of agent_bank.LIST_FACTS. German list references are relative clauses each template puts last, after a comma;
# the Dutch ones come last too. over_band: INV-88120 (24,000.00) is the only invoice above the standard band's
# 10,000.00, the most an ap_approver may approve. over_20k: INV-88120 is the only invoice above 20,000. vendor: Acme
# Tools Ltd's cases are INV-1043 and INV-1001; vendor_nw: Northwind's case is NW-5602. over_budget: NW-5602 bills its
# toner at 99.00 a unit against PO-2002's 89.00, beyond the policy's tolerance (5% and 1.00). this_week: the demo's
# cases are all received when the demo runs, so this week (and since monday).
LIST_FRESH39 = {
    "blocked": {
        "en": "that got snagged by the checks",
        "de": "die sich in den Prüfungen verfangen haben",
        "fr": "qui se sont fait arrêter par les contrôles",
        "es": "que se han quedado enganchadas en los controles",
        "nl": "die in de controles zijn blijven haken",
    },
    "waiting": {
        "en": "that still need somebody's signature before they can move",
        "de": "die noch eine Unterschrift brauchen, bevor es weitergeht",
        "fr": "qui attendent encore une signature pour avancer",
        "es": "que todavía necesitan una firma para avanzar",
        "nl": "die nog een handtekening nodig hebben voordat ze verder kunnen",
    },
    "overdue": {
        "en": "whose due date is already behind us",
        "de": "deren Fälligkeit schon hinter uns liegt",
        "fr": "dont l'échéance est déjà derrière nous",
        "es": "cuyo vencimiento ya quedó atrás",
        "nl": "waarvan de vervaldag al achter ons ligt",
    },
    "over_band": {
        "en": "that are too big for an AP approver to sign off",
        "de": "die zu groß sind, als dass ein Kreditoren-Freigeber sie abzeichnen dürfte",
        "fr": "qui sont trop grosses pour qu'un approbateur comptable les signe",
        "es": "que son demasiado grandes para que las firme un aprobador de cuentas a pagar",
        "nl": "die te groot zijn om door een crediteurengoedkeurder afgetekend te worden",
    },
    "over_20k": {
        "en": "that run to more than twenty grand",
        "de": "die sich auf mehr als zwanzigtausend belaufen",
        "fr": "qui se montent à plus de vingt mille",
        "es": "que ascienden a más de veinte mil",
        "nl": "die over de twintigduizend gaan",
    },
    "vendor": {
        "en": "that Acme Tools has sent our way",
        "de": "die uns Acme Tools in Rechnung gestellt hat",
        "fr": "qu'on a reçues d'Acme Tools",
        "es": "que nos ha facturado Acme Tools",
        "nl": "die Acme Tools ons heeft gefactureerd",
    },
    "vendor_nw": {
        "en": "that Northwind's billing team sent us",
        "de": "die uns das Abrechnungsteam von Northwind geschickt hat",
        "fr": "que le service facturation de Northwind nous a envoyées",
        "es": "que nos ha mandado el equipo de facturación de Northwind",
        "nl": "die het facturatieteam van Northwind ons heeft gestuurd",
    },
    "over_budget": {
        "en": "where we're charged more per unit than we agreed on the PO",
        "de": "bei denen uns je Einheit mehr berechnet wird, als wir in der Bestellung vereinbart haben",
        "fr": "où on nous facture plus par unité que ce qu'on a convenu dans le bon de commande",
        "es": "en las que nos cobran más por unidad de lo que acordamos en la orden de compra",
        "nl": "waarop ons per eenheid meer wordt gerekend dan we op de inkooporder hebben afgesproken",
    },
    "this_week": {
        "en": "that have landed since monday",
        "de": "die seit Montag reingekommen sind",
        "fr": "qui sont arrivées depuis lundi",
        "es": "que han entrado desde el lunes",
        "nl": "die sinds maandag zijn binnengekomen",
    },
}
# "the paper-and-toner invoice from northwind" is NW-5602, Northwind's only invoice with lines (paper and toner);
# "the 2,023.92 bill from seattle" is NW-5602, the only invoice from the Seattle supplier with that total.
VARIANCE_FRESH39 = {
    "the paper-and-toner invoice from northwind": "NW-5602",
    "the 2,023.92 bill from seattle": "NW-5602",
}
# "operations' cordless drill PO": PO-2001 (Operations, cordless drills and bit sets), the only PO for drills;
# "the PO administration raised for office supplies": PO-2002, the only PO of the Administration department (paper
# and toner); "the PO alex raised for the ERP work": PO-2003, requested by U0CFO0001 (Alex Chen, the only Alex), for
# "ERP implementation services, phase 1"; "the 1,600-dollar bracket PO": PO-2004 (500 brackets at 3.20), the only PO
# worth 1,600.00.
PO_FRESH39 = {
    "operations' cordless drill PO": ["PO-2001", "Cordless drill 18V"],
    "the PO administration raised for office supplies": ["PO-2002", "Toner cartridge"],
    "the PO alex raised for the ERP work": ["PO-2003", "Initech Consulting LLC"],
    "the 1,600-dollar bracket PO": ["PO-2004", "Globex Industrial GmbH"],
}
# Vendors by codes AP looks them up by (the same in every language): Northwind's IBAN DE89370400440532013000 is the
# only one ending in 3000 (V002); NL91ABNA0417164300 is Initech's (V004), the only vendor paid into it; DE811569869 is
# Globex's tax id (V003).
VENDOR_FRESH39 = {
    "the vendor whose IBAN ends in 3000": ["Northwind Office Supplies Inc", "V002"],
    "the supplier we pay into NL91ABNA0417164300": ["Initech Consulting LLC", "V004"],
    "the supplier registered under DE811569869": ["Globex Industrial GmbH", "V003"],
}
# "the paper we sold northshore": OPP-3003, Northshore Logistics' only deal (60 boxes of paper); "the blue harbor order
# for five extra drills": OPP-3004 "Blue Harbor - spare drills" (5 drills; OPP-3001 has 25 and OPP-2990 is support);
# "meridian's 120-box supplies deal": OPP-3002 "Meridian - annual supplies" (120 boxes of paper).
DEAL_FRESH39 = {
    "the paper we sold northshore": ["OPP-3003", "Northshore Logistics"],
    "the blue harbor order for five extra drills": ["OPP-3004", "Blue Harbor Retail"],
    "meridian's 120-box supplies deal": ["OPP-3002", "Meridian Health Partners"],
}
# The entity is the ref itself: the invoice number with its supplier and amount or date in brackets, as copied from a
# ledger export. UC-77, blocked, waits on a controller (approval_requested, as in agent_bank); the demo approver, Sam
# Rivera, rejected NW-5602 (decision_reject); GX-2026-118 (due 2026-12-09) and INV-1001 (dated 2026-10-05, Acme Tools)
# expect their own numbers, as earlier banks give them.
AUDIT_FRESH39 = {
    "UC-77 (Umbrella Catering Co, 480.00)": ["approval_requested"],
    "NW-5602 (Northwind, 2,023.92)": ["decision_reject"],
    "GX-2026-118 (Globex, due 9 Dec)": ["GX-2026-118"],
    "INV-1001 (Acme Tools, 5 Oct)": ["INV-1001"],
}
# "the initech ERP invoice due 13 december" is INV-88120 (due 2026-12-13, the only invoice due then); "the northwind
# invoice due 12 december" is NW-5602 (due 2026-12-12, the only invoice due then).
REFUSE_FRESH39 = {
    "the initech ERP invoice due 13 december": "INV-88120",
    "the northwind invoice due 12 december": "NW-5602",
}
LOCAL_REFS_FRESH39 = {
    "acme's 1,657.80 invoice": {
        "de": "die Acme-Rechnung über 1.657,80",
        "fr": "la facture d'Acme à 1 657,80",
        "es": "la factura de Acme de 1.657,80",
        "nl": "de factuur van Acme van 1.657,80",
    },
    "the globex one due on 9 december": {
        "de": "die am 9. Dezember fällige Globex-Rechnung",
        "fr": "celle de Globex à échéance du 9 décembre",
        "es": "la de Globex que vence el 9 de diciembre",
        "nl": "die van Globex die op 9 december vervalt",
    },
    "the umbrella one due on 28 november": {
        "de": "die am 28. November fällige Umbrella-Rechnung",
        "fr": "celle d'Umbrella à échéance du 28 novembre",
        "es": "la de Umbrella que vence el 28 de noviembre",
        "nl": "die van Umbrella die op 28 november vervalt",
    },
    "the invoice for eight impact driver kits": {
        "de": "die Rechnung über acht Schlagschrauber-Sets",
        "fr": "la facture des huit kits de visseuses à chocs",
        "es": "la factura de los ocho kits de atornilladores de impacto",
        "nl": "de factuur voor acht slagschroevendraaierkits",
    },
    "northwind's 2,023.92 invoice": {
        "de": "die Northwind-Rechnung über 2.023,92",
        "fr": "la facture de Northwind à 2 023,92",
        "es": "la factura de Northwind de 2.023,92",
        "nl": "de factuur van Northwind van 2.023,92",
    },
    "the one from the austin consultancy": {
        "de": "die Rechnung der Beratungsfirma aus Austin",
        "fr": "celle du cabinet de conseil d'Austin",
        "es": "la de la consultora de Austin",
        "nl": "die van het adviesbureau uit Austin",
    },
    "the invoice that came in under PO-2002": {
        "de": "die unter PO-2002 eingegangene Rechnung",
        "fr": "la facture arrivée sous le PO-2002",
        "es": "la factura que llegó con la PO-2002",
        "nl": "de factuur die onder PO-2002 binnenkwam",
    },
    "the ERP services invoice": {
        "de": "die Rechnung für die ERP-Dienstleistungen",
        "fr": "la facture des prestations ERP",
        "es": "la factura de los servicios de ERP",
        "nl": "de factuur voor de ERP-diensten",
    },
    "initech's 24,000-dollar invoice": {
        "de": "die Initech-Rechnung über 24.000 Dollar",
        "fr": "la facture d'Initech à 24 000 dollars",
        "es": "la factura de Initech de 24.000 dólares",
        "nl": "de factuur van Initech van 24.000 dollar",
    },
    "umbrella's fourteen-day-terms invoice": {
        "de": "die Umbrella-Rechnung mit vierzehn Tagen Zahlungsziel",
        "fr": "la facture d'Umbrella payable à quatorze jours",
        "es": "la factura de Umbrella con pago a catorce días",
        "nl": "de factuur van Umbrella met een betalingstermijn van veertien dagen",
    },
    "the invoice quoting PO-2003": {
        "de": "die Rechnung mit PO-2003 drauf",
        "fr": "la facture qui mentionne le PO-2003",
        "es": "la factura que cita la PO-2003",
        "nl": "de factuur met PO-2003 erop",
    },
    "the catering invoice for the team's lunch": {
        "de": "die Catering-Rechnung fürs Team-Mittagessen",
        "fr": "la facture du traiteur pour le déjeuner de l'équipe",
        "es": "la factura del catering de la comida del equipo",
        "nl": "de cateringfactuur voor de lunch van het team",
    },
    "the paper-and-toner invoice from northwind": {
        "de": "die Papier-und-Toner-Rechnung von Northwind",
        "fr": "la facture papier et toner de Northwind",
        "es": "la factura de papel y tóner de Northwind",
        "nl": "de papier-en-tonerfactuur van Northwind",
    },
    "the 2,023.92 bill from seattle": {
        "de": "die Rechnung über 2.023,92 aus Seattle",
        "fr": "la facture de 2 023,92 venue de Seattle",
        "es": "la factura de 2.023,92 que vino de Seattle",
        "nl": "de factuur van 2.023,92 uit Seattle",
    },
    "operations' cordless drill PO": {
        "de": "die Akkubohrer-Bestellung der Operations-Abteilung",
        "fr": "le bon de commande des perceuses sans fil des opérations",
        "es": "la orden de compra de taladros inalámbricos de operaciones",
        "nl": "de inkooporder voor accuboormachines van operations",
    },
    "the PO administration raised for office supplies": {
        "de": "die Büromaterialbestellung der Verwaltung",
        "fr": "le bon de commande de fournitures de bureau passé par l'administration",
        "es": "la orden de compra de material de oficina que hizo administración",
        "nl": "de kantoorartikelen-inkooporder van de administratie",
    },
    "the PO alex raised for the ERP work": {
        "de": "die von Alex angelegte Bestellung für das ERP-Projekt",
        "fr": "le bon de commande qu'Alex a créé pour le projet ERP",
        "es": "la orden de compra que abrió Alex para el proyecto ERP",
        "nl": "Alex' inkooporder voor het ERP-werk",
    },
    "the 1,600-dollar bracket PO": {
        "de": "die Halterungsbestellung über 1.600 Dollar",
        "fr": "le bon de commande de supports à 1 600 dollars",
        "es": "la orden de compra de soportes de 1.600 dólares",
        "nl": "de beugel-inkooporder van 1.600 dollar",
    },
    "the vendor whose IBAN ends in 3000": {
        "de": "der Lieferant, dessen IBAN auf 3000 endet",
        "fr": "le fournisseur dont l'IBAN finit par 3000",
        "es": "el proveedor cuyo IBAN termina en 3000",
        "nl": "de leverancier van wie de IBAN op 3000 eindigt",
    },
    "the supplier we pay into NL91ABNA0417164300": {
        "de": "der Lieferant, an den wir auf NL91ABNA0417164300 zahlen",
        "fr": "le fournisseur qu'on paie sur NL91ABNA0417164300",
        "es": "el proveedor al que pagamos en NL91ABNA0417164300",
        "nl": "de leverancier die we op NL91ABNA0417164300 betalen",
    },
    "the supplier registered under DE811569869": {
        "de": "der unter DE811569869 registrierte Lieferant",
        "fr": "le fournisseur immatriculé sous DE811569869",
        "es": "el proveedor registrado con el DE811569869",
        "nl": "de leverancier die onder DE811569869 geregistreerd staat",
    },
    "the paper we sold northshore": {
        "de": "der Papierverkauf an Northshore",
        "fr": "l'affaire du papier vendu à Northshore",
        "es": "la oportunidad del papel que le vendimos a Northshore",
        "nl": "de papierverkoop aan Northshore",
    },
    "the blue harbor order for five extra drills": {
        "de": "der Auftrag über fünf zusätzliche Bohrmaschinen für Blue Harbor",
        "fr": "l'affaire des cinq perceuses en plus pour Blue Harbor",
        "es": "la oportunidad de los cinco taladros extra para Blue Harbor",
        "nl": "de deal van vijf extra boormachines voor Blue Harbor",
    },
    "meridian's 120-box supplies deal": {
        "de": "der 120-Kartons-Versorgungsdeal mit Meridian",
        "fr": "l'affaire fournitures à 120 cartons de Meridian",
        "es": "la oportunidad de suministros de 120 cajas de Meridian",
        "nl": "de leveringsdeal van 120 dozen met Meridian",
    },
    "UC-77 (Umbrella Catering Co, 480.00)": {
        "de": "UC-77 (Umbrella Catering Co, 480,00)",
        "fr": "UC-77 (Umbrella Catering Co, 480,00)",
        "es": "UC-77 (Umbrella Catering Co, 480,00)",
        "nl": "UC-77 (Umbrella Catering Co, 480,00)",
    },
    "NW-5602 (Northwind, 2,023.92)": {
        "de": "NW-5602 (Northwind, 2.023,92)",
        "fr": "NW-5602 (Northwind, 2 023,92)",
        "es": "NW-5602 (Northwind, 2.023,92)",
        "nl": "NW-5602 (Northwind, 2.023,92)",
    },
    "GX-2026-118 (Globex, due 9 Dec)": {
        "de": "GX-2026-118 (Globex, fällig 9. Dez.)",
        "fr": "GX-2026-118 (Globex, échéance 9 déc.)",
        "es": "GX-2026-118 (Globex, vence 9 dic.)",
        "nl": "GX-2026-118 (Globex, vervalt 9 dec.)",
    },
    "INV-1001 (Acme Tools, 5 Oct)": {
        "de": "INV-1001 (Acme Tools, 5. Okt.)",
        "fr": "INV-1001 (Acme Tools, 5 oct.)",
        "es": "INV-1001 (Acme Tools, 5 oct.)",
        "nl": "INV-1001 (Acme Tools, 5 okt.)",
    },
    "the initech ERP invoice due 13 december": {
        "de": "die am 13. Dezember fällige ERP-Rechnung von Initech",
        "fr": "la facture ERP d'Initech à échéance du 13 décembre",
        "es": "la factura del ERP de Initech que vence el 13 de diciembre",
        "nl": "de ERP-factuur van Initech die op 13 december vervalt",
    },
    "the northwind invoice due 12 december": {
        "de": "die am 12. Dezember fällige Northwind-Rechnung",
        "fr": "la facture Northwind à échéance du 12 décembre",
        "es": "la factura de Northwind que vence el 12 de diciembre",
        "nl": "de Northwind-factuur die op 12 december vervalt",
    },
}
