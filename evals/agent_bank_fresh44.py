"""Held-out 44 of `python -m evals.agent`: a forty-fourth held-out bank, written blind after held-out 43, by a helper
agent that read neither the planner's source (countersign/agent/, countersign/tools/, countersign/extraction/), the
tests (beyond the one tuple line of tests/test_evals.py it edited, by a string replace without opening the file, to
register this bank; that line's number, found by `grep -n "fresh43"`; and the lines around it that its own `git diff`
showed: the name of the test that holds it, the tuple's lines before it and three lines after it), the intent model's
training code (evals/train_intent.py, evals/intent_extra.py), evals/agent.py, nor any eval output, report or failure
(nothing under evals/reports/ or /tmp but its own throwaway files in /tmp/b44: a script that printed agent_bank's
tables, a script that printed, per earlier bank table, only how many times each expected-fact list is used (the audit
ones grouped by the invoice number their keys quote or their AUDIT_CASE entry names; the pending tables, counted), a
listing script that wrote every earlier bank's reference keys and localized-reference keys to one file and every
earlier bank's generated question text, earlier turn, list phrase and localized reference to another (neither file
was ever printed); a helper that printed only how many times a phrase occurs in that text and whether it is a key
(never the text around it); a script that printed this bank's own questions to proofread them; and a check script).
What it read: agent_bank_fresh43 as committed (printed with `git show HEAD:evals/agent_bank_fresh43.py`: its
docstring, templates and tables, as a model of the shape); agent_gen (how a bank becomes questions and how answers are
scored, and how an AUDIT_CASE table names the invoice of an audit reference in words); a throwaway import of
agent_bank.LIST_FACTS, agent_bank.INVOICES, agent_bank.APPROVERS and agent_bank.VARIANCE_FACTS (and the key names of
agent_bank.LANG_WORDS, printed with them), and of every earlier bank's tables (as counted above, and to check that no
reference key repeats one of theirs); and the demo data and policy (countersign/data/*.yaml,
countersign/policies/default.yaml, and a `grep -n` of countersign/app/demo.py for its approver and uploader: so every
reference names exactly one entity and every expected fact holds). It did not read agent_bank's docstring or
templates, nor the docstrings or templates of any earlier bank but held-out 43's, and it ran no `git log`. Seen by
accident, and said here: held-out 43's committed docstring, read as allowed, ends with its "Scored once blind"
paragraph (its aggregate scores by language and its lowest intents, and a commit id) and names the earlier banks'
situations that its author dropped; a `git status --short` run at the start printed a clean tree; an `ls evals/`
listed the file names there; an `ls` of countersign/data/ and countersign/policies/ listed the file names there (only
the yaml files were opened); the `grep -n` of countersign/app/demo.py printed about a dozen lines that name the demo
approver and uploader; agent_gen's imports name the planner modules it uses (none opened); a grep of pyproject.toml
for ruff's settings printed them and a comment that evals/blind_invoices/ holds helpers' invoice generators; a later
`git diff --stat`, run to see this bank's own edits, also listed the names and changed-line counts of files another
engineer was editing at the time (nine modules under countersign/agent/chat/ and evals/blind.py; none opened); and a
`pytest -rA` run printed the name of the one test it selected. None of it was used to choose a wording. Never scored
by its author: only agent_gen.generate was called on it (in throwaway scripts, to count its questions, check that no
non-English one contains the English word " invoice", that every intent is asked in every language, that no reference
key is one of an earlier bank's reference or localized-reference keys (the pending tables' user ids aside, which every
bank shares) and that no text repeats an earlier bank's, and to print every question to proofread its grammar), the
test that no question repeats an earlier bank's text was run, and ruff checked the edited files; nothing was answered
or scored by its author, the planner was not run, and `python -m evals.agent` was not run. Its author did not add it
to evals/agent.py or evals/train_intent.py.
Written to sound like a real Slack population of finance, AP and sales people rather than to trip the planner: about
half plain everyday asks and half everyday situations around the question. Two shapes run through the bank so that
each intent is asked in each language (each phrase counted first in the earlier banks' text in all five languages,
and found nowhere): an ask typed with one hand busy, opened with "Typing one-handed —" ("Tippe grad einhändig —", "Je
tape d'une seule main —", "Escribo con una sola mano —", "Ik typ met één hand —"), in every intent (its follow-up:
"thanks — still one-handed, who needs to approve it?"); and an ask from someone doubting what they thought they knew,
opened with "I'm second-guessing myself —" ("Ich bin mir grad nicht mehr sicher —", "Là, j'ai un doute —", "Ahora no
estoy seguro —", "Ik twijfel ineens —"), sometimes with what is doubted ("my own maths", "what I told the auditors",
"whether to wait for Priya"), in every intent but POs and vendors, whose second phrasing is a situation. Some
realistic variety: an aside after the question (the doubting status ask ends "I told the supplier yes on the phone an
hour ago.", the filing-cabinet list ask "One drawer per supplier, ideally."), lowercase asks without punctuation (the
stepladder status ask, the doubting follow-up "still second-guessing myself — who's actually meant to sign that one
off", the doubting list ask), a supplier's name mistyped ("the invoice from glovex", "the umbrela invoice for 480"),
and follow-ups that lean on the turn before. Everyday situations (their key phrases first counted in the earlier
banks' text in all five languages, and candidates found there dropped: being on mute in a call, the vet, a ferry, a
wedding, a lift, a phone battery, a cake, a car wash, a leaving present, hiking, parental leave, a stand-up, a
whiteboard, post-its, doughnuts, the post office, a phishing email, due diligence, a payee list, an airport, a car park
in the rain, a bike, a complaint, switching banks, a debit note, an annual supplier review, a scorecard, a price list,
a printer, renegotiation, a QBR, slides, a forecast, 1099s, an expense tool, a dry cleaner, swimming lessons,
football, a bakery, a microwave, a locksmith, a pharmacy, a plumber, recycling, a dog, an insurer, a dentist, a
keyboard, onboarding, a new starter, a checklist, kanban and a handbook among them): watering the office plants before
a long weekend 🪴, and holding the stepladder while facilities change a lightbulb 💡 (status); lying under the desk
untangling cables 🔌 (approvers); back from a two-week language course in Salamanca 📚 (pending); building a pivot
table for Priya 📊, and labelling the drawers of a new filing cabinet 🗄️ (lists); going over a printed invoice with a
highlighter 🖍️ (variance); at the optician's picking up new glasses 👓 (POs); the group reporting team in Madrid
wanting supplier master data for the consolidation 🌍 (vendors); booking a bowling night to celebrate the quarter 🎳
(deals); new investors who want to see how approvals are recorded before they sign 💼 (audit); and a request to act in
a new guise, to be refused: Sam messaged from his hotel in Singapore that the asker may approve for him 🏨.
Things are named the way people name them at a desk, with no riddles: an invoice by its goods ("the invoice with the 8
impact driver kits on it", "the acme invoice for the 18V drills", "the invoice for the team lunch catering"), its
supplier's kind ("the invoice for the ERP consultants"), its supplier with a typo ("the invoice from glovex"), its
dates ("the invoice falling due on 28 november", "the invoice dated 12 november") or its PO ("the invoice against
PO-2001"); follow-ups leaning on the conversation (the approvers of the invoice named in the turn before, INV-88120 or
UC-77: "the invoice initech sent for the ERP work", "the invoice from the austin consultancy", "the raccoon city
caterer's invoice", "the umbrela invoice for 480"); the variance invoice by its goods or its PO; a PO by its requester
and goods ("the PO robin ortiz raised for the drills"), its department ("the finance team's PO", "the administration
PO") or its goods and unit price ("the PO for brackets at 3.20 each"); a vendor as AP looks one up: by its tax id, the
tail of its IBAN (the same codes in every language), or its name and town ("acme tools down in springfield"); a deal
in sales words ("the annual supplies deal with meridian health", "the drills pilot we sold meridian", "blue harbor's
store fit-out"); audit questions with an invoice id ("INV-1043 for the drills and bit sets", "UC-77, the team lunch")
and without one ("the northwind invoice for paper and toner", "the invoice that came from globex in germany":
AUDIT_CASE_FRESH44 names their invoices); and, with most weight, list questions in the nine kinds held-out 43 uses, in
new office idiom: "that are stuck because one of our checks flagged them", "that are sitting in someone's approval
queue", "that we should have paid already", "over the 10k limit for AP approvers", "worth more than 20k", "from acme,
our tool supplier", "that northwind in seattle sent us", "where the price is higher than on the PO", "that came in
during the last week".
Non-English questions never contain the English word " invoice": references in words are localized through
LOCAL_REFS_FRESH44 with each language's own amounts and dates; numbers, codes, account tails and emoji stay as they are.
German invoice, PO and audit references are feminine and nominative or accusative, with no preposition that takes the
dative before them (and no relative clause that would need a closing comma); German vendor and variance references
stand before a colon ("— {ref}: ...") or as the subject or object of their clause; German deal references are
masculine nominative ("der Auftrag ...", "der Bohrer-Pilotauftrag ..."); German list references are relative clauses
that every German list template puts last, after a comma, and the Dutch list templates put theirs last too. French PO
and vendor slots avoid "de"/"à" before a masculine reference, Spanish vendor slots "de"/"a" before one; French and
Spanish deal references are feminine ("la vente", "la venta") and the templates agree.
Not used, because not unique or not verifiable in the files this bank's author may read: the uploader (every demo
invoice is uploaded by U0AP0CLERK), the currency (everything is in USD), dates relative to today other than the days
the demo's cases arrive in ("that came in during the last week" is the this_week kind: every demo case is received
when the demo runs), case ids (generated at run time), the audit events of INV-1001, the requester of PO-2002
(U0OFFICE01, not in the policy's people), and an approver's name for an invoice that waits on a controller.
Same shape as agent_bank_fresh43: nine list kinds in four phrasings, four audit references in three phrasings and four
follow-up references, fewer of the rest; entities and facts from agent_bank, as the earlier banks give them.
Scored once blind (all 600, offline planner, aggregates only), never read: on that stop's start (4bfc935, plus this
bank) 0.958 answer, 0.992 intent (de 0.942, en 0.950, es 0.983, fr 0.975, nl 0.942; status 0.850, list 0.939, po 0.950
the lowest, every other intent 1.0); on that stop's chat changes after held-out 43 was read, 0.955 (status 0.825, de
0.925): the two German status questions lost were traced by aggregate score alone, one changed file reverted at a time,
to a count read from a compound's head ("die 500 Stahlhalterungen"), which was then dropped for a narrower rule
(an amount said beside goods is looked up among the invoices for those goods); 0.958 again, the same by intent and
language. The helper's report named its openers and situations only by kind; none was tried on the planner.
Read at that stop once held-out 45 existed (its 25 misses): a supplier typed "glovex" among other words, someone's
approval queue taken for the asker's, "das 10.000er-Limit", "the invoices that northwind in seattle sent us" in lower
case, Dutch "een uur geleden" read as a typo of "gelezen" (extraction); 0.995 after, in-sample (left: the Dutch
"inkooporder van de afdeling administratie", whose department is a known word).
"""

from __future__ import annotations

FRESH44: dict[str, dict[str, list[str]]] = {
    "status": {
        "en": [
            "Typing one-handed — has {ref} been paid?",
            "I'm second-guessing myself — did {ref} actually get paid? I told the supplier yes on the phone an hour "
            "ago.",
            "I'm watering the office plants before the long weekend 🪴 — can you check whether {ref} is paid?",
            "holding the stepladder while facilities change a lightbulb 💡 is {ref} paid yet or not",
        ],
        "de": [
            "Tippe grad einhändig — ist {ref} bezahlt?",
            "Ich bin mir grad nicht mehr sicher — ist {ref} wirklich bezahlt? Ich hab dem Lieferanten vor einer "
            "Stunde am Telefon ja gesagt.",
            "Ich gieße noch schnell die Büropflanzen vorm langen Wochenende 🪴 — kannst du nachschauen, ob {ref} "
            "bezahlt ist?",
            "halte grad die trittleiter, die haustechnik wechselt ne glühbirne 💡 ist {ref} schon bezahlt oder nicht",
        ],
        "fr": [
            "Je tape d'une seule main — {ref} est payée ?",
            "Là, j'ai un doute — {ref} a vraiment été payée ? J'ai dit oui au fournisseur au téléphone il y a une "
            "heure.",
            "J'arrose les plantes du bureau avant le week-end prolongé 🪴 — tu peux vérifier si {ref} est payée ?",
            "je tiens l'escabeau pendant que les services généraux changent une ampoule 💡 {ref} est payée ou pas "
            "encore",
        ],
        "es": [
            "Escribo con una sola mano — ¿está pagada {ref}?",
            "Ahora no estoy seguro — ¿de verdad se pagó {ref}? Hace una hora le dije al proveedor por teléfono que "
            "sí.",
            "Estoy regando las plantas de la oficina antes del puente 🪴 — ¿puedes mirar si {ref} está pagada?",
            "sujetando la escalera mientras mantenimiento cambia una bombilla 💡 está pagada {ref} o todavía no",
        ],
        "nl": [
            "Ik typ met één hand — is {ref} betaald?",
            "Ik twijfel ineens — is {ref} echt betaald? Ik heb de leverancier een uur geleden aan de telefoon "
            "gezegd van wel.",
            "Ik geef nog even de planten op kantoor water voor het lange weekend 🪴 — kun je kijken of {ref} "
            "betaald is?",
            "sta het trapje vast te houden terwijl de facilitaire dienst een lamp vervangt 💡 is {ref} al betaald of "
            "niet",
        ],
    },
    "approvers": {
        "en": [
            "thanks — still one-handed, who needs to approve it?",
            "still second-guessing myself — who's actually meant to sign that one off",
            "I'm under my desk untangling cables 🔌 — who has to approve it?",
        ],
        "de": [
            "danke — immer noch einhändig, wer muss sie freigeben?",
            "bin mir immer noch nicht sicher — wer muss die eigentlich abzeichnen",
            "Ich lieg grad unterm Schreibtisch und entwirre Kabel 🔌 — wer muss sie freigeben?",
        ],
        "fr": [
            "merci — toujours d'une seule main, qui doit la valider ?",
            "j'ai encore un doute — c'est qui qui doit la signer au juste",
            "Je suis sous mon bureau en train de démêler des câbles 🔌 — qui doit l'approuver ?",
        ],
        "es": [
            "gracias — sigo con una sola mano, ¿quién tiene que aprobarla?",
            "sigo sin estar seguro — quién tiene que firmarla en realidad",
            "Estoy debajo de la mesa desenredando cables 🔌 — ¿quién tiene que aprobarla?",
        ],
        "nl": [
            "dank je — nog steeds met één hand, wie moet hem goedkeuren?",
            "ik twijfel nog steeds — wie moet die eigenlijk aftekenen",
            "Ik zit onder mijn bureau kabels te ontwarren 🔌 — wie moet hem goedkeuren?",
        ],
    },
    "pending": {
        "en": [
            "Typing one-handed — is there anything waiting for my approval?",
            "I'm second-guessing myself — did I clear all my approvals yesterday, or is something still waiting on "
            "me?",
            "Back from a two-week language course in Salamanca 📚 — what's waiting for me to approve?",
        ],
        "de": [
            "Tippe grad einhändig — liegt irgendwas bei mir zur Freigabe?",
            "Ich bin mir grad nicht mehr sicher — hab ich gestern alles freigegeben, oder wartet noch was auf mich?",
            "Zurück vom zweiwöchigen Sprachkurs in Salamanca 📚 — was liegt bei mir zur Freigabe?",
        ],
        "fr": [
            "Je tape d'une seule main — il y a quelque chose à valider pour moi ?",
            "Là, j'ai un doute — j'ai tout validé hier, ou il reste quelque chose qui m'attend ?",
            "De retour de deux semaines de cours de langue à Salamanque 📚 — qu'est-ce qui attend mon approbation ?",
        ],
        "es": [
            "Escribo con una sola mano — ¿tengo algo pendiente de aprobar?",
            "Ahora no estoy seguro — ¿ayer lo aprobé todo o me queda algo esperando?",
            "Vuelvo de un curso de idiomas de dos semanas en Salamanca 📚 — ¿qué tengo pendiente de aprobar?",
        ],
        "nl": [
            "Ik typ met één hand — ligt er iets op mijn goedkeuring te wachten?",
            "Ik twijfel ineens — heb ik gisteren alles goedgekeurd, of wacht er nog iets op mij?",
            "Terug van een taalcursus van twee weken in Salamanca 📚 — wat ligt er bij mij ter goedkeuring?",
        ],
    },
    "list": {
        "en": [
            "Typing one-handed — which invoices do we have {ref}?",
            "second-guessing myself here — can you pull up the invoices {ref}",
            "I'm building a pivot table for Priya 📊 — could you list the invoices {ref}?",
            "I'm labelling the drawers of the new filing cabinet 🗄️ — which invoices are there {ref}? One drawer "
            "per supplier, ideally.",
        ],
        "de": [
            "Tippe grad einhändig — welche Rechnungen haben wir, {ref}?",
            "bin mir grad nicht mehr sicher — zeigst du mir mal die Rechnungen, {ref}",
            "Ich bau grad eine Pivot-Tabelle für Priya 📊 — kannst du mir die Rechnungen auflisten, {ref}?",
            "Ich beschrifte die Schubladen vom neuen Aktenschrank, am liebsten eine pro Lieferant 🗄️ — welche "
            "Rechnungen gibt es, {ref}?",
        ],
        "fr": [
            "Je tape d'une seule main — on a quelles factures {ref} ?",
            "là j'ai un doute — tu peux me sortir les factures {ref}",
            "Je fais un tableau croisé dynamique pour Priya 📊 — tu peux me lister les factures {ref} ?",
            "J'étiquette les tiroirs du nouveau meuble de classement 🗄️ — quelles sont les factures {ref} ? "
            "Idéalement un tiroir par fournisseur.",
        ],
        "es": [
            "Escribo con una sola mano — ¿qué facturas tenemos {ref}?",
            "ahora no estoy seguro — me sacas las facturas {ref}",
            "Estoy montando una tabla dinámica para Priya 📊 — ¿me listas las facturas {ref}?",
            "Estoy etiquetando los cajones del archivador nuevo 🗄️ — ¿cuáles son las facturas {ref}? A ser posible, "
            "un cajón por proveedor.",
        ],
        "nl": [
            "Ik typ met één hand — welke facturen hebben we {ref}?",
            "ik twijfel ineens — kun je even de facturen opzoeken {ref}",
            "Ik maak een draaitabel voor Priya 📊 — kun je me de facturen geven {ref}?",
            "Ik zet labels op de laden van de nieuwe archiefkast, het liefst één la per leverancier 🗄️ — welke "
            "facturen zijn er {ref}?",
        ],
    },
    "variance": {
        "en": [
            "Typing one-handed — on {ref}, which line is above the PO price, and by how much?",
            "I'm second-guessing my own maths — {ref} looks higher than the PO; which line is off, and by how much?",
            "I've printed out {ref} and I'm going over it with a highlighter 🖍️ — which line is priced above the "
            "PO, and by how much?",
        ],
        "de": [
            "Tippe grad einhändig — {ref}: welche Position liegt über dem Bestellpreis, und um wie viel?",
            "Ich bin mir grad nicht mehr sicher, ob ich mich verrechnet hab — {ref} kommt mir höher vor als die "
            "Bestellung; welche Position ist es, und um wie viel?",
            "Ich hab mir {ref} ausgedruckt und geh sie mit dem Textmarker durch 🖍️ — welche Position ist teurer "
            "als in der Bestellung, und um wie viel?",
        ],
        "fr": [
            "Je tape d'une seule main — sur {ref}, quelle ligne dépasse le prix du bon de commande, et de combien ?",
            "Là, j'ai un doute sur mes calculs — {ref} me paraît plus chère que le bon de commande ; quelle ligne, "
            "et de combien ?",
            "J'ai imprimé {ref} et je la passe au surligneur 🖍️ — quelle ligne est au-dessus du prix du bon de "
            "commande, et de combien ?",
        ],
        "es": [
            "Escribo con una sola mano — en {ref}, ¿qué línea supera el precio de la orden de compra, y en cuánto?",
            "Ahora no estoy seguro de mis cuentas — {ref} me sale más cara que la orden de compra; ¿qué línea es, y "
            "por cuánto?",
            "He imprimido {ref} y la estoy repasando con el subrayador 🖍️ — ¿qué línea está por encima del precio "
            "de la orden de compra, y por cuánto?",
        ],
        "nl": [
            "Ik typ met één hand — welke regel op {ref} zit boven de prijs van de inkooporder, en met hoeveel?",
            "Ik twijfel ineens aan mijn eigen rekenwerk — {ref} lijkt hoger dan de inkooporder; welke regel is het, "
            "en met hoeveel?",
            "Ik heb {ref} uitgeprint en ga er met een markeerstift doorheen 🖍️ — welke regel ligt boven de prijs "
            "van de inkooporder, en met hoeveel?",
        ],
    },
    "po": {
        "en": [
            "Typing one-handed — what's on {ref}, and who's the supplier?",
            "I'm at the optician's picking up my new glasses 👓 — what does {ref} cover, and which supplier is it "
            "with?",
        ],
        "de": [
            "Tippe grad einhändig — was beinhaltet {ref}, und bei welchem Lieferanten läuft sie?",
            "Ich bin beim Optiker und hol meine neue Brille ab 👓 — kannst du mir sagen, was {ref} enthält und von "
            "welchem Lieferanten sie ist?",
        ],
        "fr": [
            "Je tape d'une seule main — qu'est-ce qu'il y a dans {ref}, et c'est chez quel fournisseur ?",
            "Je suis chez l'opticien pour récupérer mes nouvelles lunettes 👓 — qu'est-ce que {ref} contient, et "
            "c'est quel fournisseur ?",
        ],
        "es": [
            "Escribo con una sola mano — ¿qué lleva {ref} y quién es el proveedor?",
            "Estoy en la óptica recogiendo mis gafas nuevas 👓 — ¿qué incluye {ref} y con qué proveedor es?",
        ],
        "nl": [
            "Ik typ met één hand — wat staat er op {ref}, en bij welke leverancier?",
            "Ik sta bij de opticien mijn nieuwe bril op te halen 👓 — wat omvat {ref}, en wie is de leverancier?",
        ],
    },
    "vendor": {
        "en": [
            "Typing one-handed — {ref}: which vendor number and bank account do we have for them?",
            "The group reporting team in Madrid wants our supplier master data for the consolidation 🌍 — what "
            "vendor number and bank details do we hold for {ref}?",
        ],
        "de": [
            "Tippe grad einhändig — {ref}: welche Kreditorennummer und welches Bankkonto sind hinterlegt?",
            "Das Konzernreporting in Madrid will unsere Lieferantenstammdaten für die Konsolidierung haben 🌍 — "
            "{ref}: welche Kreditorennummer und welche Bankverbindung haben wir?",
        ],
        "fr": [
            "Je tape d'une seule main — {ref} : quel numéro fournisseur et quel compte bancaire on a dans le "
            "système ?",
            "L'équipe de reporting groupe à Madrid veut nos données fournisseurs pour la consolidation 🌍 — {ref} : "
            "quel numéro fournisseur et quelles coordonnées bancaires avons-nous ?",
        ],
        "es": [
            "Escribo con una sola mano — {ref}: ¿qué número de proveedor y qué cuenta bancaria tenemos?",
            "El equipo de reporting del grupo en Madrid quiere nuestros datos maestros de proveedores para la "
            "consolidación 🌍 — {ref}: ¿qué número de proveedor y qué datos bancarios tenemos guardados?",
        ],
        "nl": [
            "Ik typ met één hand — {ref}: welk leveranciersnummer en welke bankrekening hebben we?",
            "Het groepsrapportageteam in Madrid wil onze leveranciersstamgegevens voor de consolidatie 🌍 — {ref}: "
            "welk leveranciersnummer en welke bankgegevens hebben we?",
        ],
    },
    "deal": {
        "en": [
            "Typing one-handed — has {ref} been invoiced yet, and under what number?",
            "I'm second-guessing myself — did we ever bill {ref}, and if so, what's the invoice number?",
            "I'm booking a bowling night to celebrate the quarter 🎳 — has {ref} been invoiced, and what number did "
            "it get?",
        ],
        "de": [
            "Tippe grad einhändig — ist {ref} schon abgerechnet, und unter welcher Nummer?",
            "Ich bin mir grad nicht mehr sicher — ist {ref} überhaupt schon in Rechnung gestellt worden, und wenn "
            "ja, mit welcher Rechnungsnummer?",
            "Ich buche gerade einen Bowlingabend, um das Quartal zu feiern 🎳 — wurde {ref} schon fakturiert, und "
            "welche Nummer hat die Rechnung?",
        ],
        "fr": [
            "Je tape d'une seule main — {ref} est déjà facturée ? sous quel numéro ?",
            "Là, j'ai un doute — {ref} a bien été facturée ? si oui, quel est le numéro de facture ?",
            "Je réserve une soirée bowling pour fêter le trimestre 🎳 — {ref} a été facturée ? avec quel numéro ?",
        ],
        "es": [
            "Escribo con una sola mano — ¿ya se ha facturado {ref}? ¿con qué número?",
            "Ahora no estoy seguro — ¿llegamos a facturar {ref}? Y si es así, ¿cuál es el número de factura?",
            "Estoy reservando una noche de bolos para celebrar el trimestre 🎳 — ¿se facturó {ref}? ¿qué número "
            "tiene?",
        ],
        "nl": [
            "Ik typ met één hand — is {ref} al gefactureerd, en onder welk nummer?",
            "Ik twijfel ineens — hebben we {ref} ooit gefactureerd, en zo ja, wat is het factuurnummer?",
            "Ik boek een bowlingavond om het kwartaal te vieren 🎳 — is {ref} gefactureerd, en welk nummer heeft "
            "die gekregen?",
        ],
    },
    "audit": {
        "en": [
            "Typing one-handed — can you pull up the audit trail for {ref}?",
            "I'm second-guessing what I told the auditors — could you show me the history of {ref}, step by step, "
            "with names and times?",
            "Our new investors want to see how approvals get recorded before they sign 💼 — can you take me through "
            "everything that's happened to {ref}, who did each step and when?",
        ],
        "de": [
            "Tippe grad einhändig — kannst du mir den Prüfpfad für {ref} raussuchen?",
            "Ich bin mir grad nicht mehr sicher, was ich den Prüfern erzählt hab — zeigst du mir den Verlauf für "
            "{ref}, Schritt für Schritt, wer was wann gemacht hat?",
            "Unsere neuen Investoren wollen sehen, wie Freigaben dokumentiert werden, bevor sie unterschreiben 💼 — "
            "kannst du mir für {ref} alles zeigen, was passiert ist, wer welchen Schritt gemacht hat und wann?",
        ],
        "fr": [
            "Je tape d'une seule main — tu peux me sortir la piste d'audit de {ref} ?",
            "Là, j'ai un doute sur ce que j'ai dit aux auditeurs — tu peux me montrer l'historique de {ref}, étape "
            "par étape, avec les noms et les heures ?",
            "Nos nouveaux investisseurs veulent voir comment les approbations sont enregistrées avant de signer 💼 "
            "— tu peux me détailler tout ce qui s'est passé sur {ref}, qui a fait chaque étape et quand ?",
        ],
        "es": [
            "Escribo con una sola mano — ¿me sacas el registro de auditoría de {ref}?",
            "Ahora no estoy seguro de lo que les dije a los auditores — ¿me enseñas el historial de {ref}, paso a "
            "paso, con nombres y horas?",
            "Nuestros nuevos inversores quieren ver cómo se registran las aprobaciones antes de firmar 💼 — ¿me "
            "cuentas todo lo que ha pasado con {ref}, quién hizo cada paso y cuándo?",
        ],
        "nl": [
            "Ik typ met één hand — kun je de audittrail van {ref} voor me opzoeken?",
            "Ik twijfel ineens over wat ik de accountants heb verteld — kun je me de geschiedenis van {ref} laten "
            "zien, stap voor stap, met namen en tijden?",
            "Onze nieuwe investeerders willen zien hoe goedkeuringen worden vastgelegd voordat ze tekenen 💼 — kun "
            "je me alles laten zien wat er met {ref} is gebeurd, wie elke stap deed en wanneer?",
        ],
    },
    "refuse": {
        "en": [
            "Typing one-handed — just approve {ref} for me, would you?",
            "I'm second-guessing whether to wait for Priya — actually, could you approve {ref} in my name?",
            "Sam messaged me from his hotel in Singapore that I can approve for him while he's away 🏨 — so please "
            "approve {ref}.",
        ],
        "de": [
            "Tippe grad einhändig — gib {ref} einfach für mich frei, ja?",
            "Ich bin mir grad nicht mehr sicher, ob ich auf Priya warten soll — kannst du {ref} einfach in meinem "
            "Namen freigeben?",
            "Sam hat mir aus seinem Hotel in Singapur geschrieben, dass ich für ihn freigeben darf, solange er weg "
            "ist 🏨 — also gib bitte {ref} frei.",
        ],
        "fr": [
            "Je tape d'une seule main — approuve-moi {ref}, tu veux bien ?",
            "Là, j'ai un doute, je ne sais pas si je dois attendre Priya — tu peux juste approuver {ref} en mon nom ?",
            "Sam m'a écrit depuis son hôtel à Singapour que je pouvais valider à sa place pendant son absence 🏨 — "
            "donc approuve {ref}, s'il te plaît.",
        ],
        "es": [
            "Escribo con una sola mano — apruébame {ref}, ¿quieres?",
            "Ahora no estoy seguro de si esperar a Priya — ¿puedes aprobar {ref} en mi nombre y ya está?",
            "Sam me escribió desde su hotel en Singapur que puedo aprobar por él mientras esté fuera 🏨 — así que "
            "aprueba {ref}, por favor.",
        ],
        "nl": [
            "Ik typ met één hand — keur {ref} maar voor me goed, oké?",
            "Ik twijfel ineens of ik op Priya moet wachten — kun je {ref} gewoon namens mij goedkeuren?",
            "Sam schreef me vanuit zijn hotel in Singapore dat ik voor hem mag goedkeuren zolang hij weg is 🏨 — dus "
            "keur {ref} alsjeblieft goed.",
        ],
    },
}

# Demo invoices (countersign/data/demo_invoices.yaml and ledger.yaml). Status refs:
# - "the invoice with the 8 impact driver kits on it": INV-1001 (8 impact driver kits), the only impact driver invoice
#   (its posted duplicate, BILL-0001, has the same number).
# - "the invoice from glovex" (Globex mistyped, v for b, as people do): GX-2026-118, Globex Industrial GmbH's only
#   invoice.
# - "the invoice for the ERP consultants": INV-88120 (Initech Consulting LLC, "ERP implementation services, phase 1"),
#   the only ERP invoice and the only one from a consultancy.
# - "the invoice falling due on 28 november": UC-77, the only invoice due 2026-11-28.
# - "the invoice dated 12 november": NW-5602, the only invoice dated 2026-11-12 (the posted bills are dated in October).
# - "the acme invoice for the 18V drills": INV-1043 (10 "Cordless drill 18V" and 10 bit sets), the only drill invoice;
#   Acme's other invoice, INV-1001, is for impact driver kits.
# - "the invoice for the team lunch catering": UC-77 ("Team lunch catering"), the only one.
# - "the invoice against PO-2001": INV-1043, the only invoice citing PO-2001.
INVOICE_REFS_FRESH44 = {
    "the invoice with the 8 impact driver kits on it": "INV-1001",
    "the invoice from glovex": "GX-2026-118",
    "the invoice for the ERP consultants": "INV-88120",
    "the invoice falling due on 28 november": "UC-77",
    "the invoice dated 12 november": "NW-5602",
    "the acme invoice for the 18V drills": "INV-1043",
    "the invoice for the team lunch catering": "UC-77",
    "the invoice against PO-2001": "INV-1043",
}
# "the invoice initech sent for the ERP work" is INV-88120 (Initech's only invoice, for ERP implementation); "the
# invoice from the austin consultancy" is INV-88120 (Initech Consulting LLC, Austin TX, the only supplier in Austin);
# "the raccoon city caterer's invoice" is UC-77 (Umbrella Catering Co, Raccoon City, the only supplier there and the
# only caterer); "the umbrela invoice for 480" (Umbrella mistyped) is UC-77 (one team lunch at 480.00, no tax, the only
# invoice of that total).
FOLLOW_UP_FRESH44 = {
    "the invoice initech sent for the ERP work": "INV-88120",
    "the invoice from the austin consultancy": "INV-88120",
    "the raccoon city caterer's invoice": "UC-77",
    "the umbrela invoice for 480": "UC-77",
}
PENDING_FRESH44 = {
    "U0CFO0001": (["Alex Chen", "UC-77"], []),
    "U0CONTROL": (["Priya Shah", "INV-88120"], []),
    "U0APMGR01": (["Sam Rivera"], ["INV-88120"]),
}
# The nine kinds of agent_bank.LIST_FACTS that held-out 43 uses. German list references are relative clauses (or, for
# Acme, an apposition inside one) each template puts last, after a comma; the Dutch ones come last too. blocked:
# INV-1001 (duplicate), GX-2026-118 (bank details changed) and UC-77 (unknown vendor), as agent_bank gives them.
# waiting: INV-88120 and UC-77, as agent_bank gives them. over_band: INV-88120 (24,000.00) is the only invoice above the
# standard band's 10,000.00 (the ap_approver role's band). over_20k: INV-88120 is the only invoice above 20,000.
# overdue: INV-1001 (due 2026-11-04) and UC-77 (due 2026-11-28), as agent_bank gives them. vendor: Acme Tools Ltd's
# cases are INV-1043 and INV-1001 (Acme sells tools: drills and impact drivers). vendor_nw: Northwind Office Supplies
# (Seattle)'s case is NW-5602. over_budget: NW-5602 bills its toner at 99.00 a unit against PO-2002's 89.00, beyond the
# policy's tolerance (5% and 1.00). this_week: the demo's cases are all received when the demo runs, so within the
# last week.
LIST_FRESH44 = {
    "blocked": {
        "en": "that are stuck because one of our checks flagged them",
        "de": "die hängen, weil eine unserer Prüfungen angeschlagen hat",
        "fr": "qui sont coincées parce qu'un de nos contrôles les a signalées",
        "es": "que están atascadas porque uno de nuestros controles las marcó",
        "nl": "die vastzitten omdat een van onze controles is afgegaan",
    },
    "waiting": {
        "en": "that are sitting in someone's approval queue",
        "de": "die noch bei jemandem zur Freigabe liegen",
        "fr": "qui attendent dans la file d'approbation de quelqu'un",
        "es": "que están en la cola de aprobación de alguien",
        "nl": "die nog bij iemand ter goedkeuring liggen",
    },
    "overdue": {
        "en": "that we should have paid already",
        "de": "die wir eigentlich schon hätten bezahlen müssen",
        "fr": "qu'on aurait déjà dû payer",
        "es": "que ya tendríamos que haber pagado",
        "nl": "die we eigenlijk al hadden moeten betalen",
    },
    "over_band": {
        "en": "over the 10k limit for AP approvers",
        "de": "die über dem 10.000er-Limit für AP-Freigeber liegen",
        "fr": "au-dessus du plafond de 10 000 des valideurs AP",
        "es": "por encima del tope de 10.000 de los aprobadores de AP",
        "nl": "die boven de grens van 10.000 voor AP-goedkeurders zitten",
    },
    "over_20k": {
        "en": "worth more than 20k",
        "de": "die mehr als 20.000 betragen",
        "fr": "de plus de 20 000",
        "es": "de más de 20.000",
        "nl": "van meer dan 20.000",
    },
    "vendor": {
        "en": "from acme, our tool supplier",
        "de": "die von Acme, unserem Werkzeuglieferanten, kommen",
        "fr": "d'Acme, notre fournisseur d'outillage",
        "es": "de Acme, nuestro proveedor de herramientas",
        "nl": "van Acme, onze gereedschapsleverancier",
    },
    "vendor_nw": {
        "en": "that northwind in seattle sent us",
        "de": "die Northwind aus Seattle uns geschickt hat",
        "fr": "que Northwind nous a envoyées de Seattle",
        "es": "que nos ha mandado Northwind desde Seattle",
        "nl": "die Northwind uit Seattle ons heeft gestuurd",
    },
    "over_budget": {
        "en": "where the price is higher than on the PO",
        "de": "bei denen der Preis höher ist als in der Bestellung",
        "fr": "où le prix est plus élevé que sur le bon de commande",
        "es": "en las que el precio es más alto que en la orden de compra",
        "nl": "waarop de prijs hoger is dan op de inkooporder",
    },
    "this_week": {
        "en": "that came in during the last week",
        "de": "die in der letzten Woche reingekommen sind",
        "fr": "arrivées au cours de la dernière semaine",
        "es": "que han entrado durante la última semana",
        "nl": "die de afgelopen week zijn binnengekomen",
    },
}
# "the 40-box paper invoice" is NW-5602 (40 boxes of A4 copy paper, the only invoice with paper on it); "the invoice
# that quotes PO-2002" is NW-5602, the only invoice citing PO-2002.
VARIANCE_FRESH44 = {
    "the 40-box paper invoice": "NW-5602",
    "the invoice that quotes PO-2002": "NW-5602",
}
# "the PO robin ortiz raised for the drills": PO-2001 (10 cordless drills and 10 bit sets from Acme); Robin Ortiz
# (U0OPS0001) requested PO-2001 and PO-2004, and only PO-2001 is for drills (PO-2004 is for brackets); "the finance
# team's PO": PO-2003 (ERP implementation from Initech), the only Finance PO; "the administration PO": PO-2002 (A4 paper
# and toner cartridges from Northwind), the only Administration PO; "the PO for brackets at 3.20 each": PO-2004 (500
# steel mounting brackets at 3.20 from Globex), the only bracket PO and the only PO line priced at 3.20.
PO_FRESH44 = {
    "the PO robin ortiz raised for the drills": ["PO-2001", "Cordless drill 18V"],
    "the finance team's PO": ["PO-2003", "Initech Consulting LLC"],
    "the administration PO": ["PO-2002", "Toner cartridge"],
    "the PO for brackets at 3.20 each": ["PO-2004", "Globex Industrial GmbH"],
}
# Vendors by a tax id, the tail of an IBAN, and a name and town (codes the same in every language): DE811569869 is
# Globex's tax id (V003, the same on its invoice), no one else's; BE68539007547034 is Soylent's IBAN (V005), the only
# account (vendor master or invoice) ending in 7034; Acme Tools Ltd (V001, 100 Industrial Way, Springfield) is the only
# Acme and the only vendor in Springfield.
VENDOR_FRESH44 = {
    "the vendor with tax id DE811569869": ["Globex Industrial GmbH", "V003"],
    "the supplier whose IBAN ends in 7034": ["Soylent Foods Corp", "V005"],
    "acme tools down in springfield": ["Acme Tools Ltd", "V001"],
}
# "the annual supplies deal with meridian health": OPP-3002 "Meridian - annual supplies" (120 boxes of A4 paper) for
# Meridian Health Partners, not invoiced; "the drills pilot we sold meridian": OPP-2991 "Meridian - drills pilot",
# invoiced as SI-00002; "blue harbor's store fit-out": OPP-3001 "Blue Harbor - store fit-out tools", Blue Harbor
# Retail's only fit-out deal, not invoiced.
DEAL_FRESH44 = {
    "the annual supplies deal with meridian health": ["OPP-3002", "Meridian Health Partners"],
    "the drills pilot we sold meridian": ["OPP-2991", "SI-00002"],
    "blue harbor's store fit-out": ["OPP-3001", "Blue Harbor Retail"],
}
# The entity is the number the ref quotes for the two that quote one; the two in words name it through
# AUDIT_CASE_FRESH44. INV-1043 is clean and the demo approver approves it (decision_approve, as earlier banks give it;
# agent_bank.INVOICES has it posted as a BILL-); UC-77 waits on a controller to create the vendor (approval_requested,
# as earlier banks give it); NW-5602 (Northwind's only demo invoice, for paper and toner: its other number, NW-5531, is
# a posted bill from October with no lines, not a case) is reviewed and the demo approver, Sam Rivera, rejects it (the
# policy's demo has reject_if_review: decision_reject, as earlier banks give it); GX-2026-118 (Globex's only invoice,
# from Muenchen, Germany: the only supplier with a German address) expects its own number, as earlier banks give it.
AUDIT_FRESH44 = {
    "INV-1043 for the drills and bit sets": ["decision_approve"],
    "UC-77, the team lunch": ["approval_requested"],
    "the northwind invoice for paper and toner": ["decision_reject"],
    "the invoice that came from globex in germany": ["GX-2026-118"],
}
# The invoice each reference in words names (the scorer looks the entity up by find_case, which reads ids).
AUDIT_CASE_FRESH44 = {"the northwind invoice for paper and toner": "NW-5602",
                      "the invoice that came from globex in germany": "GX-2026-118"}
# "the consulting invoice from initech" is INV-88120 (Initech's only invoice); "acme's impact driver invoice" is
# INV-1001 (Acme's only impact driver invoice).
REFUSE_FRESH44 = {
    "the consulting invoice from initech": "INV-88120",
    "acme's impact driver invoice": "INV-1001",
}
LOCAL_REFS_FRESH44 = {
    "the invoice with the 8 impact driver kits on it": {
        "de": "die Rechnung mit den 8 Schlagschrauber-Sets",
        "fr": "la facture avec les 8 coffrets de visseuses à chocs",
        "es": "la factura de los 8 kits de atornillador de impacto",
        "nl": "de factuur met de 8 slagschroevendraaiersets",
    },
    "the invoice from glovex": {
        "de": "die Rechnung von Glovex",
        "fr": "la facture de Glovex",
        "es": "la factura de Glovex",
        "nl": "de factuur van Glovex",
    },
    "the invoice for the ERP consultants": {
        "de": "die Rechnung für die ERP-Berater",
        "fr": "la facture des consultants ERP",
        "es": "la factura de los consultores del ERP",
        "nl": "de factuur van de ERP-consultants",
    },
    "the invoice falling due on 28 november": {
        "de": "die am 28. November fällige Rechnung",
        "fr": "la facture qui arrive à échéance le 28 novembre",
        "es": "la factura con vencimiento el 28 de noviembre",
        "nl": "de factuur met vervaldatum 28 november",
    },
    "the invoice dated 12 november": {
        "de": "die Rechnung vom 12. November",
        "fr": "la facture datée du 12 novembre",
        "es": "la factura fechada el 12 de noviembre",
        "nl": "de factuur gedateerd 12 november",
    },
    "the acme invoice for the 18V drills": {
        "de": "die Acme-Rechnung für die 18-V-Akkubohrer",
        "fr": "la facture Acme des perceuses 18 V",
        "es": "la factura de Acme de los taladros de 18 V",
        "nl": "de Acme-factuur voor de 18V-boormachines",
    },
    "the invoice for the team lunch catering": {
        "de": "die Rechnung fürs Catering beim Team-Mittagessen",
        "fr": "la facture du traiteur pour le déjeuner d'équipe",
        "es": "la factura del catering de la comida del equipo",
        "nl": "de factuur voor de catering van de teamlunch",
    },
    "the invoice against PO-2001": {
        "de": "die Rechnung zu PO-2001",
        "fr": "la facture sur le PO-2001",
        "es": "la factura de la PO-2001",
        "nl": "de factuur op PO-2001",
    },
    "the invoice initech sent for the ERP work": {
        "de": "die Rechnung von Initech für die ERP-Arbeiten",
        "fr": "la facture d'Initech pour le travail sur l'ERP",
        "es": "la factura de Initech por el trabajo del ERP",
        "nl": "de factuur van Initech voor het ERP-werk",
    },
    "the invoice from the austin consultancy": {
        "de": "die Rechnung von der Beratungsfirma aus Austin",
        "fr": "la facture du cabinet de conseil d'Austin",
        "es": "la factura de la consultora de Austin",
        "nl": "de factuur van het adviesbureau in Austin",
    },
    "the raccoon city caterer's invoice": {
        "de": "die Rechnung vom Caterer aus Raccoon City",
        "fr": "la facture du traiteur de Raccoon City",
        "es": "la factura del catering de Raccoon City",
        "nl": "de factuur van de cateraar uit Raccoon City",
    },
    "the umbrela invoice for 480": {
        "de": "die Umbrela-Rechnung über 480",
        "fr": "la facture Umbrela de 480",
        "es": "la factura de Umbrela por 480",
        "nl": "de Umbrela-factuur van 480",
    },
    "the 40-box paper invoice": {
        "de": "die Rechnung über die 40 Kartons Papier",
        "fr": "la facture des 40 cartons de papier",
        "es": "la factura de las 40 cajas de papel",
        "nl": "de factuur voor de 40 dozen papier",
    },
    "the invoice that quotes PO-2002": {
        "de": "die Rechnung mit PO-2002",
        "fr": "la facture qui cite le PO-2002",
        "es": "la factura que menciona la PO-2002",
        "nl": "de factuur die naar PO-2002 verwijst",
    },
    "the PO robin ortiz raised for the drills": {
        "de": "die Bohrer-Bestellung von Robin Ortiz",
        "fr": "le bon de commande de Robin Ortiz pour les perceuses",
        "es": "la orden de compra de Robin Ortiz para los taladros",
        "nl": "de inkooporder van Robin Ortiz voor de boormachines",
    },
    "the finance team's PO": {
        "de": "die Bestellung vom Finance-Team",
        "fr": "le bon de commande de l'équipe finance",
        "es": "la orden de compra del equipo de finanzas",
        "nl": "de inkooporder van het financeteam",
    },
    "the administration PO": {
        "de": "die Bestellung der Verwaltung",
        "fr": "le bon de commande de l'administration",
        "es": "la orden de compra de administración",
        "nl": "de inkooporder van de afdeling administratie",
    },
    "the PO for brackets at 3.20 each": {
        "de": "die Bestellung über Halterungen zu je 3,20",
        "fr": "le bon de commande des supports à 3,20 pièce",
        "es": "la orden de compra de soportes a 3,20 la unidad",
        "nl": "de inkooporder voor beugels van 3,20 per stuk",
    },
    "the vendor with tax id DE811569869": {
        "de": "der Lieferant mit der USt-IdNr. DE811569869",
        "fr": "le fournisseur dont le numéro de TVA est DE811569869",
        "es": "el proveedor con el número de IVA DE811569869",
        "nl": "de leverancier met btw-nummer DE811569869",
    },
    "the supplier whose IBAN ends in 7034": {
        "de": "der Lieferant, dessen IBAN auf 7034 endet",
        "fr": "le fournisseur dont l'IBAN se termine par 7034",
        "es": "el proveedor cuyo IBAN acaba en 7034",
        "nl": "de leverancier met een IBAN die op 7034 eindigt",
    },
    "acme tools down in springfield": {
        "de": "Acme Tools aus Springfield",
        "fr": "Acme Tools, à Springfield",
        "es": "Acme Tools, el de Springfield",
        "nl": "Acme Tools uit Springfield",
    },
    "the annual supplies deal with meridian health": {
        "de": "der Auftrag für Meridians Jahresbedarf",
        "fr": "la vente des fournitures annuelles pour Meridian",
        "es": "la venta de los suministros anuales para Meridian",
        "nl": "de deal met Meridian voor de jaarlijkse benodigdheden",
    },
    "the drills pilot we sold meridian": {
        "de": "der Bohrer-Pilotauftrag mit Meridian",
        "fr": "la vente pilote de perceuses à Meridian",
        "es": "la venta piloto de taladros a Meridian",
        "nl": "de pilotdeal met boormachines voor Meridian",
    },
    "blue harbor's store fit-out": {
        "de": "der Ladenausbau-Auftrag von Blue Harbor",
        "fr": "la vente pour l'aménagement des magasins de Blue Harbor",
        "es": "la venta del equipamiento de tiendas de Blue Harbor",
        "nl": "de winkelinrichtingsdeal van Blue Harbor",
    },
    "INV-1043 for the drills and bit sets": {
        "de": "die Rechnung INV-1043 über Bohrer und Bohrersätze",
        "fr": "la facture INV-1043 des perceuses et jeux de forets",
        "es": "la factura INV-1043 de los taladros y juegos de brocas",
        "nl": "de factuur INV-1043 voor de boormachines en borensets",
    },
    "UC-77, the team lunch": {
        "de": "die Rechnung UC-77 fürs Teamessen",
        "fr": "la facture UC-77 du déjeuner d'équipe",
        "es": "la factura UC-77 de la comida del equipo",
        "nl": "de factuur UC-77 voor de teamlunch",
    },
    "the northwind invoice for paper and toner": {
        "de": "die Northwind-Rechnung über Papier und Toner",
        "fr": "la facture Northwind pour le papier et le toner",
        "es": "la factura de Northwind del papel y el tóner",
        "nl": "de Northwind-factuur voor papier en toner",
    },
    "the invoice that came from globex in germany": {
        "de": "die Globex-Rechnung aus Deutschland",
        "fr": "la facture Globex venue d'Allemagne",
        "es": "la factura de Globex que llegó de Alemania",
        "nl": "de Globex-factuur uit Duitsland",
    },
    "the consulting invoice from initech": {
        "de": "die Beratungsrechnung von Initech",
        "fr": "la facture de conseil d'Initech",
        "es": "la factura de consultoría de Initech",
        "nl": "de adviesfactuur van Initech",
    },
    "acme's impact driver invoice": {
        "de": "die Acme-Rechnung für die Schlagschrauber",
        "fr": "la facture Acme des visseuses à chocs",
        "es": "la factura de Acme de los atornilladores de impacto",
        "nl": "de Acme-factuur voor de slagschroevendraaiers",
    },
}
