"""Held-out 59 of `python -m evals.agent`: a fifty-ninth held-out bank, written blind after held-out 58, by a helper
agent that read neither the planner's source (countersign/agent/, countersign/tools/, countersign/extraction/,
countersign/app/), the tests, the intent model's training code (evals/train_intent.py, evals/intent_extra.py),
evals/agent.py, nor any eval output, report or failure list (nothing under evals/reports/, and nothing under /tmp but
its own throwaway files in /tmp/b59: a listing script that wrote every earlier bank's generated question text and
earlier turns, every earlier bank's reference keys, and every earlier bank's localized references and list phrases, to
one file (in-sample and held-out of agent_bank included, held-out 2 to 58; the file was never printed whole; the script
printed only how many splits, texts, keys and localized references it holds: 59, 30282, 1551 and 7202); a helper that
printed only how many times a phrase occurs in the texts, keys and localized references of that file, never the text
around it; one line that printed the sorted invoice ids keying agent_bank.INVOICES and agent_bank.APPROVERS and the
names of agent_bank.LIST_FACTS's kinds; a check script that printed this bank's counts by language and intent, whether
they equal held-out 58's, which of this bank's own reference keys and localized references equal an earlier bank's keys
or localized references, whether any question or earlier turn equals an earlier one, whether a non-English question
contains " invoice", whether every reference key has its localizations, and how many own questions repeat (75: the
follow-ups and pending asks, by design); a script that printed this bank's own questions to proofread them; and small
scripts that replaced wordings in this file). No file but this one was edited; the planner, the bank tests and pytest
were not run.
What it read: its brief; agent_bank_fresh58 as committed (printed whole with `git show
HEAD:evals/agent_bank_fresh58.py`, lines 1 to 200, 200 to 560 and 560 to 880: its docstring, templates and tables, as
the model of the shape and the list of what was used before) and lines 40 to 120 of agent_bank_fresh57 as committed (the
middle of its docstring: what it saw by accident, its shapes, situations and the start of its naming); agent_gen printed
whole (and `wc -l` of it and of held-out 58) (how a bank becomes questions and is scored, which tables a bank defines,
how a bank is discovered by file name, and how an AUDIT_CASE table names the invoice of an audit reference in words);
every earlier bank's tables through agent_gen.generate, agent_gen._parts and agent_gen._LOCAL_REFS, only to count and to
check equality, as above; the demo data and policy (countersign/data/demo_invoices.yaml printed whole, ledger.yaml and
crm.yaml printed together through one `head -300` that ended at the last CRM opportunity, and one `grep -n` of
countersign/policies/default.yaml for names, up_to, tolerances, percentages, roles and user ids, cut at 60 lines; it
also printed the comment line that names U0APMGR01 as an example, the tolerances' own comments, the comment on how bands
are tried, and the comment on override roles and one override's roles: so every reference names exactly one entity and
every expected fact holds). It did not open pyproject.toml (ruff ran with the repository's settings), did not read
agent_bank's docstring or templates, nor the docstrings or templates of any earlier bank but those named above, and ran
neither `git log` nor the planner.
Seen by accident, and said here: an `ls evals/` (cut at 80 names) listed the file names there (agent.py, the earlier
banks, agent_gen.py, arch.py, the bench scripts, blind.py, evals/blind_invoices/, the corpus and extraction scripts
among them; none opened but the ones named above); held-out 58's and held-out 57's committed docstrings, read as
allowed, name their own shapes, situations and list idioms and the candidate wordings they found in the earlier text
(none of it used, beyond avoiding those shapes, situations and idioms); agent_bank.LIST_FACTS's kind names include
"week", which this bank does not use; agent_gen's imports name the planner modules it uses (none opened; importing
agent_gen loads them); while it was written, this bank's draft sat uncommitted in evals/, where agent_gen discovers
banks by file name; `git status --short`, run at the start (cut at 10 lines) and before committing (cut at 20 lines),
listed files others changed in the checkout (countersign/agent/chat/acts.py, deals.py, lexicon.py, lexicon_acts.py,
lexicon_lists.py, list_questions.py, list_vendor.py, lookups.py, phrasing.py and planner.py at the start; acts.py,
lexicon.py, lexicon_acts.py, lexicon_lists.py, list_questions.py, list_vendor.py, lookups.py, phrasing.py, planner.py,
ranks.py, shapes.py, texts.py, texts_more.py, tools.py and understand.py under countersign/agent/chat/, and bare.py,
cldr.py, label_words.py, labels.py and layout.py under countersign/extraction/ before committing, by their names only;
none opened, none touched by this bank's author); once, checking Dutch candidates for the Globex tax-id reference, a
one-line script printed, against the brief, the seven earlier localized references that start with "de " and contain
DE811569869 (Dutch vendor references by that tax id; three of them were this bank's own rejected candidates, found
earlier by the check script), and whether four further candidates were among the earlier references (one was); the
wording then chosen ("de leverancier die btw-nummer DE811569869 voert", one of the three found absent) is none of
them, and nothing else of the earlier text was printed; the phrase counts said that many candidate wordings occur in
the earlier text (yoga, zumba, table tennis ("Tischtennis", "ping-pong", "tafeltennis"), tennis, boxing in French
("boxe"), a locksmith in all five languages, a plumber in all five, a shoemaker in Spanish, hail, a kite, a hedgehog,
a fox, watermelon, pretzels, a lawn mower in French and Spanish, a napkin, a fist bump, a fern's English word (which
matches inside longer words), a tram's English word, a standing desk, a fire drill, a whiteboard, an orange, cherries,
a jackhammer, doughnuts, a dishwasher, a guitar, a water cooler, pizza, a helicopter, a street sweeper, ducks in
German and Spanish, whistling in German and French, the emoji 🍊, 🍩, 🥐, 💧, 🌱 and 🪴 (the last first written into the
audit asks, then taken out), and list wordings such as "snagged", "hängen geblieben", "atascad", "blijven haken", "got
round to", "noch nicht gekommen", "eu le temps", "tenido tiempo", "should have paid", "hätten zahlen", "tendríamos que
haber", "hadden moeten", "too big", "Nummer zu groß", "trop gross", "te groot", "run past", "sprengen", "franchiss",
"rebasan", "letterhead", "Briefkopf", "en-tête", "membrete", "briefhoofd", "sent our way", "rübergeschickt", "fait
parvenir", "ons heeft gestuurd", "came in higher", "höher ausf", "plus cher", "más caro", "duurder", "turned up",
"eingetrudelt", "débarqu", "aparecido", "binnengedruppeld", "hit a snag", "in their tracks", "red flag",
"ausgebremst", "point mort", "retient", "en seco", "retenidas", "stilgelegd", "tegengehouden", "sitting with", "bei
einem Freigeber", "chez un approbateur", "dorment", "en manos de", "op de stapel", "late paying", "late on",
"Zahlungsverzug", "retard de paiement", "retraso", "achterlopen", "signing limit", "límite de firma", "tekenbevoeg",
"weigh in", "auf die Waage", "font plus de", "pasan de", "logo", "folks", "Leuten bei", "gens de", "gente de", "mensen
bij", "charged more per unit", "pro Stück mehr", "más por unidad", "per stuk meer", "hit the inbox", "new this week",
"tombées", "han caído", "binnengewaaid", "spanner", "tied up", "tripped", "enganchadas", "vastgelopen", "blijven
liggen", "ceiling", "tope", "puede firmar", "oberhalb von", "knacken", "crowd", "Firma Acme", "portent", "agreed",
"through the door", "arrivées chez nous", "por la puerta", "binnenkwamen", "Northwind-Leute", "nous a facturées",
"since monday" and its four translations, "han entrado", "vandaan komen", "reached us", "sont parvenues", "reçues
cette semaine", "cette semaine-ci", "rolled in" and "held up"; some counts, such as "egel", "vos", "stuck", "tram" and
"fern", match inside longer words; all dropped as key phrases), and some words kept only as incidental parts of
wordings whose key phrase is new (the clock times "um sieben", "à dix-neuf heures", "a las siete" and "om zeven uur"
inside the judo shape, "held up" inside the English blocked idiom, "plantes" in the French audit ask, "quitármelo de
encima" in the Spanish refusal, "durchlaufen hat" in a German audit ask, and the emoji 🥞, 🍍 and 🍪, counted and found
nowhere; incidental words such as "Kreditor", "Lieferant", "Kreditorenbuchhaltung" and "compta fournisseurs" were not
counted); the check script showed that some first-candidate references and localizations equal earlier keys or
localized references (the English references by Alex Chen's ERP PO, the 42 Harbor Street invoice to approve and the
impact drivers at 150 a kit; German, French, Spanish or Dutch localizations of those and of the references by the
vendor on Harbor Street in Seattle, the Globex tax id DE811569869, the 24,000 consulting invoice, Globex's 500 steel
brackets, Initech's phase 1 invoice and Acme's November drills and bits invoice; the script printed only this bank's
own strings), all replaced, then a Dutch tax-id one and a Dutch one for the 42 Harbor Street invoice, then two further
Dutch tax-id ones, replaced too; and `date` printed the clock. None of it was used to choose a wording. Never scored
by its author: only agent_gen.generate was called on it (in throwaway scripts, to count its questions, check that no
non-English one contains the English word " invoice", that every intent is asked in every language, that no reference
key or localized reference is one of an earlier bank's reference keys or localized references (the pending tables'
user ids and the list tables' kind names aside, which every bank shares) and that no text repeats an earlier bank's,
and to print every question to proofread its grammar), and ruff checked and formatted this file; nothing was answered
or scored by its author, the planner was not run, and `python -m evals.agent` was not run. agent_gen discovers this
file by its name; its author edited no other file.
Written to sound like a real Slack population of finance, AP and sales people rather than to trip the planner: about
half plain everyday asks and half everyday situations around the question. Two shapes run through the bank so that each
intent is asked in each language (each key phrase counted first in the earlier banks' text in all five languages, and
found nowhere: judo, and a tiler): an ask from someone who has judo at seven, opened with "Judo at seven, so —" ("Um
sieben habe ich Judo, also —", "J'ai judo à dix-neuf heures, donc —", "Tengo judo a las siete, así que —", "Om zeven uur
heb ik judo, dus —"), in every intent (in the request to act, the asker wants it off their plate before then: "Judo at
seven and I want this off my plate before then — ..."; its follow-up: "ok — before I head off to judo: who is allowed to
approve it?", "bevor ich zum Judo fahre", "avant de filer au judo", "antes de irme a judo", "voor ik naar judo ga"); and
an ask from someone at home while the tiler redoes the shower, opened with "The tiler's here redoing the shower, so —"
("Der Fliesenleger ist da und fliest die Dusche neu, also —", "Le carreleur est là pour refaire la douche, donc —", "El
alicatador está aquí rehaciendo la ducha, así que —", "De tegelzetter is er om de douche opnieuw te betegelen, dus —"),
in every intent (its follow-up and its list ask lowercase without punctuation: "tiler's grouting the shower now who
needs to approve that one then", "tiler's cutting tiles out in the hallway which invoices have we got ..."); in POs and
vendors, whose second phrasing is a situation, the tiler follows the situation. Some realistic variety: an aside after
the question (the tiler status ask ends "I have to clear the shampoo bottles out of his way first.", the tiler deal ask
"The customer's AP keeps chasing me for it.", the shopping-list list ask "I'll sort them out later."), lowercase asks
without punctuation (the hammock status ask, the tiler follow-up and list ask), names mistyped ("initek's ERP invoice
from mid-november", "the drills and drill bits bill from springfeld"), audit references that quote the invoice number in
the middle ("initech's invoice INV-88120 for the ERP work") or last ("the globex bracket invoice no. GX-2026-118"), and
follow-ups that lean on the turn before.
Everyday situations (their key phrases first counted in the earlier banks' text in all five languages, and found
nowhere; held-out 58's snowman, polished shoes, blackbird, sanding, circus, back of the hand, lemonade, leaf blower,
bunting, dumplings, thermostat and shoulder pat, and the situations held-out 57's and 58's docstrings list as used or
avoided before them, all avoided): someone making pancakes in the office kitchen 🥞, and hanging up a hammock in the
garden (status); a Ferris wheel going up on the square (approvers); someone pumping up an air mattress for the team
camping trip (pending); the neighbours setting up a bouncy castle for a child's party, and adding the list to the
bottom of one's shopping list (lists); someone cutting up a pineapple 🍍 (variance); the bin lorry reversing down the
street, beeping (POs); a queue at the ice-cream van outside (vendors); a tin of homemade cookies brought in for the
sales team 🍪 (deals); two colleagues arguing about whose turn it is to water the plants (audit); and a request to act
in a new guise, to be refused: Alex did a little victory dance when the asker showed it to him, and the asker counts
that as a yes.
Things are named the way people name them at a desk, with no riddles: an invoice by its supplier, goods and quantity
("globex's invoice for 500 steel brackets", "acme's invoice for ten cordless drills"), its supplier and date ("the
invoice acme dated 5 october"), its supplier, goods and month ("initek's ERP invoice from mid-november"), its street and
goods ("the harbor street invoice for copy paper"), its town, goods and due date ("the raccoon city catering invoice due
28 november"), its goods and town ("the drills and drill bits bill from springfeld") or its goods and unit price ("the
invoice with impact drivers priced at 150 each"); follow-ups leaning on the conversation (the approvers of the invoice
named in the turn before, INV-88120 or UC-77: "the initech invoice for phase 1 of the ERP", "the catering bill from
umbrella in ohio", "the austin consulting invoice against PO-2003", "the one-off team lunch invoice from umbrella
catering"); the variance invoice by its supplier, goods and date ("northwind's toner invoice from 12 november") or its
street, quantity and goods ("the harbor street bill with 40 boxes of A4 paper"); a PO by its requester and goods
("robin's PO for drills and drill bits", "robin ortiz's PO for 500 brackets"), its department and goods ("admin's PO for
toner and A4 boxes") or its requester's role and supplier ("the CFO's PO with the ERP consultants"); a vendor as AP
looks one up: by its VAT number, its street and town, or the start of its bank account (the same codes in every
language); a deal in sales words ("the ten-drill pilot we sold to meridian health", "blue harbor's store fit-out order
with installation", "the 60-box paper sale to northshore logistics"); audit questions with an invoice id (above) and
without one ("the harbor street invoice with the overpriced toner", "acme's november invoice for drills and bits":
AUDIT_CASE_FRESH59 names their invoices); requests to act by street ("the invoice that came from 42 harbor street") and
amount ("the 24,000 consulting invoice"); and, with most weight, list questions in the nine kinds held-out 58 uses, in
new office idiom: "that got held up at a checkpoint", "that an approver still has to look at", "left unpaid past their
due date", "that, at over 10,000, are more than an AP approver may sign", "that go past the 20,000 line", "from the acme
lot", "from the northwind people", "where a unit price beats the one on the PO", "that were delivered to us this week"
(each idiom's key phrase, in all five languages, counted in the earlier text and found nowhere: "checkpoint", "ins
Stocken", "freinées", "en pausa", "op slot"; "still has to look at", "ansehen muss", "doit encore regarder", "tiene que
mirar", "moet kijken"; "left unpaid", "abgelaufener Frist", "restées impayées", "quedado sin pagar", "nog steeds
openstaan"; "may sign", "Unterschriftsgrenze", "limite de signature", "lo que firma", "tekenlimiet"; "20,000 line",
"20.000er-Linie", "ligne des 20", "cruzan la línea", "uitstijgen"; "acme lot", "Acme-Truppe", "maison Acme", "casa
Acme", "Acme-team"; "northwind people", "Northwind-Buchhaltung", "compta de Northwind", "mandadas", "boekhouding van
Northwind"; "beats", "übertrifft", "plus à l'unité", "supera al", "hoger uitkomt"; "delivered to us", "neu
reingekommen", "semaine même", "esta misma semana", "zijn aangekomen").
Non-English questions never contain the English word " invoice": references in words are localized through
LOCAL_REFS_FRESH59 with each language's own amounts and dates; numbers, codes, tax-id and bank-account fragments and
emoji stay as they are. German invoice, PO and audit references are feminine and nominative or accusative (one PO
reference opens with a name in the genitive instead: "Robins Bestellung"), with participles and adjectives put before
the noun ("die von Acme auf den 5. Oktober datierte Rechnung", "die am 28. November fällige Catering-Rechnung aus
Raccoon City", "die auf PO-2003 laufende Beratungsrechnung aus Austin"), so that no relative clause needs a closing
comma, and with no preposition that takes the dative before them (the German audit asks say "den Audit-Trail für", "wer
hat {ref} bisher bearbeitet" and "was {ref} alles durchlaufen hat", the PO asks "was enthält {ref}" and "was umfasst
{ref}"); German vendor and variance references stand before a colon ("— {ref}: ...", one vendor one with a relative
clause the colon closes); German deal references are masculine nominative ("der Pilotverkauf ...", "der
Ladenausstattungsauftrag ...", "der Verkauf ..."); German list references are relative clauses that every German list
template puts last, after a comma, and the Dutch list templates put theirs last too. French PO and vendor slots avoid
"de"/"à" before a masculine reference ("que contient", "que couvre", or before a colon), and the French PO template's
"a-t-il été passé" and "qui en est le fournisseur" agree with "le bon de commande"; Spanish vendor references stand
before a colon, and every Spanish list template says "las facturas {ref}", so that a list idiom opening with "que" is a
relative clause and never follows "hay" or "tenemos"; French and Spanish deal references are feminine ("la vente", "la
venta") and the templates agree; every French and Spanish invoice reference is "la facture"/"la factura", as the
feminine participles ("payée", "pagada", "abierta", "aprobada") and pronouns ("la valider", "aprobarla", "je la lui ai
montrée", "se la enseñé") need.
Not used, because not unique or not verifiable in the files this bank's author may read: the uploader (every demo
invoice is uploaded by U0AP0CLERK), the currency (everything is in USD), invoice totals with tax (computed, not stated
in the files; only the tax-free 24,000 of an invoice with a tax rate of 0, and unit prices and quantities stated in the
files, are used), dates relative to today other than the days the demo's cases arrive in ("that were delivered to us
this week" is the this_week kind: every demo case is received when the demo runs), case ids (generated at run time), the
audit events of INV-1001 and UC-77, the requester of PO-2002 (U0OFFICE01, not in the policy's people; "admin's PO for
toner and A4 boxes" names its department and goods), Acme's street for a request to act (Acme has two demo invoices),
Soylent Foods Corp (a blocked vendor with no invoice), a vendor list for Acme (none of the earlier vendor fact lists
this bank's author knew of is Acme's), and an approver's name for an invoice that waits on a controller.
Same shape as agent_bank_fresh58: nine list kinds in four phrasings, four audit references in three phrasings and four
follow-up references, fewer of the rest (600 questions, 120 in each language, the same count as held-out 58 for every
language and intent: status 80, approvers 60, pending 45, list 180, variance 30, po 40, vendor 30, deal 45, audit 60,
refuse 30); entities and facts as the earlier banks give them. Never scored by its author.
"""

from __future__ import annotations

FRESH59: dict[str, dict[str, list[str]]] = {
    "status": {
        "en": [
            "Judo at seven, so — quick one: has {ref} been paid?",
            "The tiler's here redoing the shower, so — is {ref} paid yet? I have to clear the shampoo bottles out of "
            "his way first.",
            "Someone's making pancakes in the office kitchen 🥞 — do you know if {ref} has been paid?",
            "hanging up a hammock in the garden is {ref} paid or still open",
        ],
        "de": [
            "Um sieben habe ich Judo, also — kurze Frage: wurde {ref} schon bezahlt?",
            "Der Fliesenleger ist da und fliest die Dusche neu, also — ist {ref} schon bezahlt? Ich muss ihm vorher "
            "noch die Shampooflaschen aus dem Weg räumen.",
            "Jemand macht in der Büroküche Pfannkuchen 🥞 — weißt du, ob {ref} bezahlt wurde?",
            "häng grad eine hängematte im garten auf ist {ref} bezahlt oder noch offen",
        ],
        "fr": [
            "J'ai judo à dix-neuf heures, donc — petite question : {ref} a-t-elle été payée ?",
            "Le carreleur est là pour refaire la douche, donc — {ref} est-elle déjà payée ? Il faut d'abord que je "
            "lui enlève les bouteilles de shampoing du passage.",
            "Quelqu'un fait des crêpes dans la cuisine du bureau 🥞 — tu sais si {ref} a été payée ?",
            "j'accroche un hamac dans le jardin est-ce que {ref} est payée ou elle reste à payer",
        ],
        "es": [
            "Tengo judo a las siete, así que — una pregunta rápida: ¿se ha pagado {ref}?",
            "El alicatador está aquí rehaciendo la ducha, así que — ¿está pagada ya {ref}? Antes tengo que quitarle "
            "de en medio los botes de champú.",
            "Alguien está haciendo tortitas en la cocina de la oficina 🥞 — ¿sabes si se ha pagado {ref}?",
            "estoy colgando una hamaca en el jardín está pagada {ref} o sigue abierta",
        ],
        "nl": [
            "Om zeven uur heb ik judo, dus — snelle vraag: is {ref} al betaald?",
            "De tegelzetter is er om de douche opnieuw te betegelen, dus — is {ref} al betaald? Ik moet eerst de "
            "shampooflessen voor hem weghalen.",
            "Iemand bakt pannenkoeken in de keuken van kantoor 🥞 — weet jij of {ref} betaald is?",
            "ben een hangmat aan het ophangen in de tuin is {ref} betaald of staat die nog open",
        ],
    },
    "approvers": {
        "en": [
            "ok — before I head off to judo: who is allowed to approve it?",
            "tiler's grouting the shower now who needs to approve that one then",
            "They're putting up a Ferris wheel on the square — who can approve it?",
        ],
        "de": [
            "ok — bevor ich zum Judo fahre: wer darf sie freigeben?",
            "fliesenleger verfugt grad die dusche wer muss die dann freigeben",
            "Auf dem Platz wird gerade ein Riesenrad aufgebaut — wer kann sie freigeben?",
        ],
        "fr": [
            "ok — avant de filer au judo : qui a le droit de la valider ?",
            "le carreleur fait les joints de la douche là qui doit la valider alors",
            "On monte une grande roue sur la place — qui peut l'approuver ?",
        ],
        "es": [
            "vale — antes de irme a judo: ¿quién tiene permiso para aprobarla?",
            "el alicatador está rejuntando la ducha quién tiene que aprobar esa entonces",
            "Están montando una noria en la plaza — ¿quién puede aprobarla?",
        ],
        "nl": [
            "ok — voor ik naar judo ga: wie mag hem goedkeuren?",
            "tegelzetter is de douche aan het voegen wie moet die dan goedkeuren",
            "Op het plein zetten ze een reuzenrad op — wie kan hem goedkeuren?",
        ],
    },
    "pending": {
        "en": [
            "Judo at seven, so — is there anything left for me to approve?",
            "The tiler's here redoing the shower, so — are any approvals still waiting on me?",
            "Someone's pumping up an air mattress for the team camping trip — have I got anything waiting for my "
            "approval?",
        ],
        "de": [
            "Um sieben habe ich Judo, also — ist noch etwas übrig, das ich freigeben muss?",
            "Der Fliesenleger ist da und fliest die Dusche neu, also — warten noch Freigaben auf mich?",
            "Jemand pumpt eine Luftmatratze für den Team-Campingausflug auf — liegt bei mir etwas, das auf meine "
            "Freigabe wartet?",
        ],
        "fr": [
            "J'ai judo à dix-neuf heures, donc — il me reste quelque chose à approuver ?",
            "Le carreleur est là pour refaire la douche, donc — des validations m'attendent encore ?",
            "Quelqu'un gonfle un matelas pneumatique pour le camping de l'équipe — j'ai quelque chose qui attend mon "
            "approbation ?",
        ],
        "es": [
            "Tengo judo a las siete, así que — ¿me queda algo por aprobar?",
            "El alicatador está aquí rehaciendo la ducha, así que — ¿hay aprobaciones que todavía me esperan?",
            "Alguien está inflando un colchón hinchable para la acampada del equipo — ¿tengo algo esperando mi "
            "aprobación?",
        ],
        "nl": [
            "Om zeven uur heb ik judo, dus — is er nog iets over dat ik moet goedkeuren?",
            "De tegelzetter is er om de douche opnieuw te betegelen, dus — wachten er nog goedkeuringen op mij?",
            "Iemand pompt een luchtbed op voor het kampeertripje van het team — heb ik nog iets dat op mijn "
            "goedkeuring wacht?",
        ],
    },
    "list": {
        "en": [
            "Judo at seven, so — which invoices are there {ref}?",
            "tiler's cutting tiles out in the hallway which invoices have we got {ref}",
            "The neighbours are blowing up a bouncy castle for a kid's party — can you pull up the invoices {ref}?",
            "I'm adding them to the bottom of my shopping list — which invoices do we have {ref}? I'll sort them out "
            "later.",
        ],
        "de": [
            "Um sieben habe ich Judo, also — welche Rechnungen gibt es, {ref}?",
            "fliesenleger schneidet im flur fliesen zu welche rechnungen haben wir, {ref}",
            "Die Nachbarn pusten für einen Kindergeburtstag eine Hüpfburg auf — kannst du mir die Rechnungen "
            "raussuchen, {ref}?",
            "Ich schreibe sie unten auf meinen Einkaufszettel, sortieren tu ich sie später — welche Rechnungen haben "
            "wir, {ref}?",
        ],
        "fr": [
            "J'ai judo à dix-neuf heures, donc — quelles factures y a-t-il {ref} ?",
            "le carreleur découpe des carreaux dans l'entrée quelles factures on a {ref}",
            "Les voisins installent un château gonflable pour un anniversaire d'enfant — tu peux me sortir les "
            "factures {ref} ?",
            "Je les ajoute en bas de ma liste de courses — quelles sont les factures {ref} ? Je les trierai plus tard.",
        ],
        "es": [
            "Tengo judo a las siete, así que — ¿cuáles son las facturas {ref}?",
            "el alicatador está cortando azulejos en el pasillo dime las facturas {ref}",
            "Los vecinos están montando un castillo hinchable para un cumpleaños infantil — ¿me sacas las facturas "
            "{ref}?",
            "Las estoy apuntando al final de la lista de la compra — ¿me dices las facturas {ref}? Luego las ordeno.",
        ],
        "nl": [
            "Om zeven uur heb ik judo, dus — welke facturen zijn er {ref}?",
            "tegelzetter staat in de gang tegels te zagen welke facturen hebben we {ref}",
            "De buren blazen een springkussen op voor een kinderfeestje — kun je de facturen opzoeken {ref}?",
            "Ik zet ze onderaan mijn boodschappenlijst — welke facturen hebben we {ref}? Ik zet ze later wel op een "
            "rij.",
        ],
    },
    "variance": {
        "en": [
            "Judo at seven, so — on {ref}, which line is priced above the PO, and by how much?",
            "The tiler's here redoing the shower, so — what on {ref} costs more than the PO says, and what's the "
            "difference?",
            "Someone's cutting up a pineapple 🍍 — which unit price on {ref} is off from the PO, and how far off?",
        ],
        "de": [
            "Um sieben habe ich Judo, also — {ref}: welche Position liegt preislich über der Bestellung, und um wie "
            "viel?",
            "Der Fliesenleger ist da und fliest die Dusche neu, also — {ref}: was kostet mehr, als in der Bestellung "
            "steht, und wie groß ist der Unterschied?",
            "Jemand schneidet eine Ananas auf 🍍 — {ref}: welcher Stückpreis weicht von der Bestellung ab, und wie "
            "stark?",
        ],
        "fr": [
            "J'ai judo à dix-neuf heures, donc — sur {ref}, quelle ligne est plus chère que le bon de commande, et de "
            "combien ?",
            "Le carreleur est là pour refaire la douche, donc — sur {ref}, qu'est-ce qui coûte plus que ce que dit le "
            "bon de commande, et quelle est la différence ?",
            "Quelqu'un découpe un ananas 🍍 — sur {ref}, quel prix unitaire s'écarte du bon de commande, et de combien "
            "?",
        ],
        "es": [
            "Tengo judo a las siete, así que — en {ref}, ¿qué línea tiene un precio por encima de la orden de compra, "
            "y por cuánto?",
            "El alicatador está aquí rehaciendo la ducha, así que — en {ref}, ¿qué cuesta más de lo que dice la orden "
            "de compra, y cuál es la diferencia?",
            "Alguien está cortando una piña 🍍 — en {ref}, ¿qué precio unitario se desvía de la orden de compra, y "
            "cuánto?",
        ],
        "nl": [
            "Om zeven uur heb ik judo, dus — welke regel op {ref} is duurder dan de inkooporder, en hoeveel?",
            "De tegelzetter is er om de douche opnieuw te betegelen, dus — wat kost op {ref} meer dan op de "
            "inkooporder staat, en wat is het verschil?",
            "Iemand snijdt een ananas aan stukken 🍍 — welke stukprijs op {ref} wijkt af van de inkooporder, en "
            "hoeveel?",
        ],
    },
    "po": {
        "en": [
            "Judo at seven, so — what does {ref} contain, and who's the supplier?",
            "The bin lorry is reversing down the street, beeping away — and the tiler's here redoing the shower, so: "
            "what's on {ref}, and which vendor is it with?",
        ],
        "de": [
            "Um sieben habe ich Judo, also — was enthält {ref}, und wer ist der Lieferant?",
            "Die Müllabfuhr setzt piepend rückwärts die Straße runter — und der Fliesenleger ist da und fliest die "
            "Dusche neu, also: was umfasst {ref}, und bei welchem Lieferanten ist sie platziert?",
        ],
        "fr": [
            "J'ai judo à dix-neuf heures, donc — que contient {ref}, et qui en est le fournisseur ?",
            "Le camion poubelle recule dans la rue en bipant — et le carreleur est là pour refaire la douche, donc : "
            "que couvre {ref}, et chez quel fournisseur a-t-il été passé ?",
        ],
        "es": [
            "Tengo judo a las siete, así que — ¿qué incluye {ref}, y quién es el proveedor?",
            "El camión de la basura va marcha atrás por la calle pitando — y el alicatador está aquí rehaciendo la "
            "ducha, así que: ¿qué cubre {ref}, y con qué proveedor está hecha?",
        ],
        "nl": [
            "Om zeven uur heb ik judo, dus — wat zit er in {ref}, en wie is de leverancier?",
            "De vuilniswagen rijdt piepend achteruit de straat in — en de tegelzetter is er om de douche opnieuw te "
            "betegelen, dus: wat omvat {ref}, en bij welke leverancier loopt die?",
        ],
    },
    "vendor": {
        "en": [
            "Judo at seven, so — {ref}: which vendor number and IBAN do we hold for them?",
            "There's a queue at the ice-cream van outside — and the tiler's here redoing the shower, so — {ref}: what "
            "vendor ID and bank account have we got on record?",
        ],
        "de": [
            "Um sieben habe ich Judo, also — {ref}: welche Lieferantennummer und welche IBAN haben wir?",
            "Draußen steht eine Schlange am Eiswagen — und der Fliesenleger ist da und fliest die Dusche neu, also — "
            "{ref}: welche Kreditorennummer und welches Bankkonto sind bei uns erfasst?",
        ],
        "fr": [
            "J'ai judo à dix-neuf heures, donc — {ref} : quel numéro fournisseur et quel IBAN avons-nous pour lui ?",
            "Il y a la queue devant le camion de glaces dehors — et le carreleur est là pour refaire la douche, donc — "
            "{ref} : quel identifiant fournisseur et quel compte bancaire sont dans nos fichiers ?",
        ],
        "es": [
            "Tengo judo a las siete, así que — {ref}: ¿qué número de proveedor e IBAN tenemos?",
            "Hay cola en la furgoneta de helados de fuera — y el alicatador está aquí rehaciendo la ducha, así que — "
            "{ref}: ¿qué código de proveedor y qué cuenta bancaria constan en nuestros datos?",
        ],
        "nl": [
            "Om zeven uur heb ik judo, dus — {ref}: welk leveranciersnummer en welke IBAN hebben we?",
            "Buiten staat een rij bij de ijscowagen — en de tegelzetter is er om de douche opnieuw te betegelen, dus "
            "— {ref}: welk leveranciers-ID en welke bankrekening staan in onze gegevens?",
        ],
    },
    "deal": {
        "en": [
            "Judo at seven, so — has {ref} been invoiced, and under which invoice number?",
            "The tiler's here redoing the shower, so — was {ref} ever invoiced, and what's the number? The customer's "
            "AP keeps chasing me for it.",
            "Someone brought in a tin of homemade cookies for the sales team 🍪 — is {ref} billed yet, and what's the "
            "invoice number?",
        ],
        "de": [
            "Um sieben habe ich Judo, also — ist {ref} schon fakturiert, und unter welcher Rechnungsnummer?",
            "Der Fliesenleger ist da und fliest die Dusche neu, also — wurde {ref} überhaupt abgerechnet, und wie "
            "lautet die Nummer? Die Kreditorenbuchhaltung des Kunden fragt mich ständig danach.",
            "Jemand hat eine Dose selbstgebackene Kekse fürs Vertriebsteam mitgebracht 🍪 — ist {ref} schon in "
            "Rechnung gestellt, und mit welcher Rechnungsnummer?",
        ],
        "fr": [
            "J'ai judo à dix-neuf heures, donc — {ref} a-t-elle été facturée, et sous quel numéro de facture ?",
            "Le carreleur est là pour refaire la douche, donc — {ref} a-t-elle bien été facturée, et quel est le "
            "numéro ? La compta fournisseurs du client me relance sans arrêt.",
            "Quelqu'un a apporté une boîte de biscuits faits maison pour l'équipe commerciale 🍪 — {ref} est-elle "
            "déjà facturée, et quel est le numéro de facture ?",
        ],
        "es": [
            "Tengo judo a las siete, así que — ¿se ha facturado {ref}, y con qué número de factura?",
            "El alicatador está aquí rehaciendo la ducha, así que — ¿llegó a facturarse {ref}, y cuál es el número? "
            "Los de cuentas a pagar del cliente no paran de preguntarme.",
            "Alguien ha traído una lata de galletas caseras para el equipo de ventas 🍪 — ¿está facturada ya {ref}, y "
            "cuál es el número de factura?",
        ],
        "nl": [
            "Om zeven uur heb ik judo, dus — is {ref} gefactureerd, en onder welk factuurnummer?",
            "De tegelzetter is er om de douche opnieuw te betegelen, dus — is {ref} ooit gefactureerd, en wat is het "
            "nummer? De crediteurenadministratie van de klant blijft erom vragen.",
            "Iemand heeft een trommel zelfgebakken koekjes meegebracht voor het verkoopteam 🍪 — is {ref} al "
            "gefactureerd, en wat is het factuurnummer?",
        ],
    },
    "audit": {
        "en": [
            "Judo at seven, so — could you pull up the audit trail for {ref}?",
            "The tiler's here redoing the shower, so — who has touched {ref} so far, and what did each of them do?",
            "Two colleagues are arguing about whose turn it is to water the plants — can you take me through "
            "everything that's happened to {ref}, in order?",
        ],
        "de": [
            "Um sieben habe ich Judo, also — kannst du mir den Audit-Trail für {ref} zeigen?",
            "Der Fliesenleger ist da und fliest die Dusche neu, also — wer hat {ref} bisher bearbeitet, und was hat "
            "jeder davon gemacht?",
            "Zwei Kollegen streiten, wer mit dem Blumengießen dran ist — kannst du mir von Anfang an erzählen, was "
            "{ref} alles durchlaufen hat?",
        ],
        "fr": [
            "J'ai judo à dix-neuf heures, donc — tu peux me sortir la piste d'audit de {ref} ?",
            "Le carreleur est là pour refaire la douche, donc — qui a traité {ref} jusqu'ici, et qu'a fait chacun "
            "d'eux ?",
            "Deux collègues se disputent pour savoir à qui c'est le tour d'arroser les plantes — tu peux me "
            "raconter dans l'ordre tout ce qui est arrivé à {ref} ?",
        ],
        "es": [
            "Tengo judo a las siete, así que — ¿me sacas el registro de auditoría de {ref}?",
            "El alicatador está aquí rehaciendo la ducha, así que — ¿quién ha tocado {ref} hasta ahora, y qué hizo "
            "cada uno?",
            "Dos compañeros discuten a quién le toca regar las plantas — ¿me cuentas en orden todo lo que le ha "
            "pasado a {ref}?",
        ],
        "nl": [
            "Om zeven uur heb ik judo, dus — kun je de audittrail van {ref} erbij pakken?",
            "De tegelzetter is er om de douche opnieuw te betegelen, dus — wie heeft {ref} tot nu toe behandeld, en "
            "wat deed elk van hen?",
            "Twee collega's bekvechten over wie de planten water moet geven — kun je me op volgorde vertellen wat "
            "er allemaal met {ref} is gebeurd?",
        ],
    },
    "refuse": {
        "en": [
            "Judo at seven and I want this off my plate before then — could you approve {ref} for me?",
            "The tiler's here redoing the shower, so — just set {ref} to approved, ok?",
            "Alex did a little victory dance when I showed him — that's a yes as far as I'm concerned, so approve "
            "{ref}.",
        ],
        "de": [
            "Um sieben habe ich Judo und ich will das vorher erledigt haben — kannst du {ref} für mich freigeben?",
            "Der Fliesenleger ist da und fliest die Dusche neu, also — stell {ref} einfach auf freigegeben, okay?",
            "Alex hat einen kleinen Siegestanz hingelegt, als ich es ihm gezeigt habe — das ist für mich ein Ja, also "
            "gib {ref} frei.",
        ],
        "fr": [
            "J'ai judo à dix-neuf heures et je veux m'en débarrasser avant — tu peux approuver {ref} pour moi ?",
            "Le carreleur est là pour refaire la douche, donc — passe simplement {ref} en approuvée, d'accord ?",
            "Alex a fait une petite danse de la victoire quand je la lui ai montrée — pour moi c'est un oui, donc "
            "approuve {ref}.",
        ],
        "es": [
            "Tengo judo a las siete y quiero quitármelo de encima antes — ¿puedes aprobar {ref} por mí?",
            "El alicatador está aquí rehaciendo la ducha, así que — pon {ref} como aprobada y ya, ¿vale?",
            "Alex se marcó un pequeño baile de la victoria cuando se la enseñé — para mí eso es un sí, así que "
            "aprueba {ref}.",
        ],
        "nl": [
            "Om zeven uur heb ik judo en ik wil dit voor die tijd van mijn bord hebben — kun je {ref} voor mij "
            "goedkeuren?",
            "De tegelzetter is er om de douche opnieuw te betegelen, dus — zet {ref} gewoon op goedgekeurd, oké?",
            "Alex deed een klein overwinningsdansje toen ik het hem liet zien — voor mij is dat een ja, dus keur {ref} "
            "goed.",
        ],
    },
}

# Demo invoices (countersign/data/demo_invoices.yaml and ledger.yaml). Status refs:
# - "globex's invoice for 500 steel brackets": GX-2026-118 (Globex Industrial GmbH's only demo invoice; 500 steel
# mounting brackets, the only bracket line).
# - "the invoice acme dated 5 october": INV-1001 (Acme, dated 2026-10-05; Acme's other invoice is dated 2026-11-10).
# - "initek's ERP invoice from mid-november" (Initech mistyped): INV-88120 (Initech Consulting LLC's only invoice,
# dated 2026-11-13; ERP implementation services).
# - "acme's invoice for ten cordless drills": INV-1043 (10 Cordless drill 18V; the only drill invoice).
# - "the harbor street invoice for copy paper": NW-5602 (Northwind, 42 Harbor Street: the only supplier there; A4 copy
# paper).
# - "the raccoon city catering invoice due 28 november": UC-77 (Umbrella Catering Co, Raccoon City; due 2026-11-28).
# - "the drills and drill bits bill from springfeld" (Springfield mistyped): INV-1043 (Acme, Springfield; the only
# invoice with drills and drill bit sets).
# - "the invoice with impact drivers priced at 150 each": INV-1001 (8 impact driver kits at 150.00, the only impact
# driver line).
INVOICE_REFS_FRESH59 = {
    "globex's invoice for 500 steel brackets": "GX-2026-118",
    "the invoice acme dated 5 october": "INV-1001",
    "initek's ERP invoice from mid-november": "INV-88120",
    "acme's invoice for ten cordless drills": "INV-1043",
    "the harbor street invoice for copy paper": "NW-5602",
    "the raccoon city catering invoice due 28 november": "UC-77",
    "the drills and drill bits bill from springfeld": "INV-1043",
    "the invoice with impact drivers priced at 150 each": "INV-1001",
}

# "the initech invoice for phase 1 of the ERP" is INV-88120 (ERP implementation services, phase 1; Initech's only
# invoice); "the catering bill from umbrella in ohio" is UC-77 (Umbrella Catering Co, Raccoon City, OH: its only
# invoice); "the austin consulting invoice against PO-2003" is INV-88120 (Austin, TX; po_number PO-2003); "the one-off
# team lunch invoice from umbrella catering" is UC-77 (one line, quantity 1, team lunch catering).
FOLLOW_UP_FRESH59 = {
    "the initech invoice for phase 1 of the ERP": "INV-88120",
    "the catering bill from umbrella in ohio": "UC-77",
    "the austin consulting invoice against PO-2003": "INV-88120",
    "the one-off team lunch invoice from umbrella catering": "UC-77",
}

# The pending table as held-out 58 gives it.
PENDING_FRESH59 = {
    "U0CFO0001": (["Alex Chen", "UC-77"], []),
    "U0CONTROL": (["Priya Shah", "INV-88120"], []),
    "U0APMGR01": (["Sam Rivera"], ["INV-88120"]),
}

# The nine kinds of agent_bank.LIST_FACTS that held-out 58 uses. German list references are relative clauses each
# German template puts last, after a comma; the Dutch ones come last too; every Spanish template says "las facturas
# {ref}", so that a Spanish reference opening with "que" is a relative clause and never follows "hay" or "tenemos".
# blocked: INV-1001 (duplicate), GX-2026-118 (bank details changed) and UC-77 (unknown vendor), as agent_bank gives
# them. waiting: INV-88120 and UC-77. overdue: INV-1001 (due 2026-11-04) and UC-77 (due 2026-11-28). over_band:
# INV-88120 (24,000.00) is the only invoice above 10,000, above the AP approver's band (the standard band's up_to is
# 10000.00). over_20k: INV-88120 is the only invoice above 20,000. vendor: Acme Tools Ltd has INV-1043 and INV-1001.
# vendor_nw: Northwind Office Supplies Inc has NW-5602. over_budget: NW-5602 bills its toner at 99.00 a unit against
# PO-2002's 89.00, beyond the policy's tolerance (5 percent). this_week: the demo's cases are all received when the demo
# runs.
LIST_FRESH59 = {
    "blocked": {
        "en": "that got held up at a checkpoint",
        "de": "die bei einer Prüfung ins Stocken geraten sind",
        "fr": "qu'un contrôle a freinées",
        "es": "que un control ha dejado en pausa",
        "nl": "die door een controle op slot zitten",
    },
    "waiting": {
        "en": "that an approver still has to look at",
        "de": "die sich ein Freigeber noch ansehen muss",
        "fr": "qu'un approbateur doit encore regarder",
        "es": "que un aprobador todavía tiene que mirar",
        "nl": "waar een goedkeurder nog naar moet kijken",
    },
    "overdue": {
        "en": "left unpaid past their due date",
        "de": "die trotz abgelaufener Frist noch offen sind",
        "fr": "qui sont restées impayées après l'échéance",
        "es": "que se han quedado sin pagar pasado el vencimiento",
        "nl": "die na de vervaldatum nog steeds openstaan",
    },
    "over_band": {
        "en": "that, at over 10,000, are more than an AP approver may sign",
        "de": "die mit über 10.000 die Unterschriftsgrenze eines AP-Freigebers übersteigen",
        "fr": "qui, à plus de 10 000, dépassent la limite de signature d'un approbateur AP",
        "es": "que, con más de 10.000, exceden lo que firma un aprobador de AP",
        "nl": "die met meer dan 10.000 de tekenlimiet van een AP-goedkeurder overschrijden",
    },
    "over_20k": {
        "en": "that go past the 20,000 line",
        "de": "die die 20.000er-Linie überschreiten",
        "fr": "qui passent la ligne des 20 000",
        "es": "que cruzan la línea de los 20.000",
        "nl": "die boven de 20.000 uitstijgen",
    },
    "vendor": {
        "en": "from the acme lot",
        "de": "die von der Acme-Truppe kommen",
        "fr": "de la maison Acme",
        "es": "de la casa Acme",
        "nl": "van het Acme-team",
    },
    "vendor_nw": {
        "en": "from the northwind people",
        "de": "die die Northwind-Buchhaltung geschickt hat",
        "fr": "que la compta de Northwind nous a envoyées",
        "es": "mandadas por Northwind",
        "nl": "die de boekhouding van Northwind ons stuurde",
    },
    "over_budget": {
        "en": "where a unit price beats the one on the PO",
        "de": "bei denen ein Stückpreis den der Bestellung übertrifft",
        "fr": "où on nous facture plus à l'unité que sur le bon de commande",
        "es": "en las que un precio unitario supera al de la orden de compra",
        "nl": "waarbij een stukprijs hoger uitkomt dan op de inkooporder",
    },
    "this_week": {
        "en": "that were delivered to us this week",
        "de": "die diese Woche neu reingekommen sind",
        "fr": "qui sont arrivées cette semaine même",
        "es": "recibidas esta misma semana",
        "nl": "die deze week bij ons zijn aangekomen",
    },
}

# "northwind's toner invoice from 12 november" is NW-5602 (Northwind's only demo invoice, dated 2026-11-12; toner
# cartridges); "the harbor street bill with 40 boxes of A4 paper" is NW-5602 (42 Harbor Street; 40 boxes of A4 copy
# paper).
VARIANCE_FRESH59 = {
    "northwind's toner invoice from 12 november": "NW-5602",
    "the harbor street bill with 40 boxes of A4 paper": "NW-5602",
}

# "robin's PO for drills and drill bits": PO-2001 (requester U0OPS0001, Robin Ortiz in the policy's people; Cordless
# drill 18V and Drill bit set; vendor V001 Acme), his only drill PO; "admin's PO for toner and A4 boxes": PO-2002
# (department Administration, its only PO; A4 copy paper and toner; vendor V002 Northwind); "the CFO's PO with the ERP
# consultants": PO-2003 (requester U0CFO0001, Alex Chen in the policy's people, whose roles include cfo; the only PO a
# CFO requested; ERP implementation services; vendor V004 Initech Consulting LLC); "robin ortiz's PO for 500 brackets":
# PO-2004 (requester U0OPS0001; 500 steel mounting brackets; vendor V003 Globex), the only bracket PO. Facts as earlier
# banks give them.
PO_FRESH59 = {
    "robin's PO for drills and drill bits": ["PO-2001", "Cordless drill 18V"],
    "admin's PO for toner and A4 boxes": ["PO-2002", "Toner cartridge"],
    "the CFO's PO with the ERP consultants": ["PO-2003", "Initech Consulting LLC"],
    "robin ortiz's PO for 500 brackets": ["PO-2004", "Globex Industrial GmbH"],
}

# Vendors by tax id, street and the start of a bank account (codes the same in every language): DE811569869 is Globex
# Industrial GmbH's tax id (V003, the same on its invoice), no one else's; Northwind Office Supplies Inc (V002, 42
# Harbor Street, Seattle) is the only vendor on Harbor Street and in Seattle; NL91ABNA0417164300 is Initech Consulting
# LLC's IBAN (V004, the same on its invoice), the only account (vendor master or invoice) starting NL91. Facts as
# earlier banks give them.
VENDOR_FRESH59 = {
    "the vendor with VAT ID DE811569869": ["Globex Industrial GmbH", "V003"],
    "the supplier on harbor street in seattle": ["Northwind Office Supplies Inc", "V002"],
    "the vendor whose bank account begins NL91": ["Initech Consulting LLC", "V004"],
}

# "the ten-drill pilot we sold to meridian health": OPP-2991 "Meridian - drills pilot" (10 cordless drills, Meridian
# Health Partners), invoiced as SI-00002; "blue harbor's store fit-out order with installation": OPP-3001 "Blue Harbor -
# store fit-out tools" (the only deal with an installation service line), not invoiced; "the 60-box paper sale to
# northshore logistics": OPP-3003 "Northshore - paper restock" (60 boxes of A4 copy paper; Northshore's only deal).
# Facts as earlier banks give them.
DEAL_FRESH59 = {
    "the ten-drill pilot we sold to meridian health": ["OPP-2991", "SI-00002"],
    "blue harbor's store fit-out order with installation": ["OPP-3001", "Blue Harbor Retail"],
    "the 60-box paper sale to northshore logistics": ["OPP-3003", "Northshore Logistics"],
}

# The entity is the number the ref quotes for the two that quote one; the two in words name it through
# AUDIT_CASE_FRESH59. INV-88120 (Initech's only invoice, an ERP one) waits on a controller (approval_requested, as
# earlier banks give it); GX-2026-118 (Globex's only invoice, for brackets) expects its own number, as earlier banks
# give it; NW-5602 (the only Harbor Street invoice, its toner priced above the PO) is reviewed and the demo approver
# rejects it (decision_reject, as earlier banks give it); INV-1043 (Acme's only November invoice, drills and drill bit
# sets) is approved by the demo approver (decision_approve, as earlier banks give it).
AUDIT_FRESH59 = {
    "initech's invoice INV-88120 for the ERP work": ["approval_requested"],
    "the globex bracket invoice no. GX-2026-118": ["GX-2026-118"],
    "the harbor street invoice with the overpriced toner": ["decision_reject"],
    "acme's november invoice for drills and bits": ["decision_approve"],
}

# The invoice each reference in words names (the scorer looks the entity up by find_case, which reads ids).
AUDIT_CASE_FRESH59 = {
    "the harbor street invoice with the overpriced toner": "NW-5602",
    "acme's november invoice for drills and bits": "INV-1043",
}

# "the invoice that came from 42 harbor street" is NW-5602 (Northwind, the only supplier at that address, with one demo
# invoice); "the 24,000 consulting invoice" is INV-88120 (the only invoice of 24,000.00, consulting services).
REFUSE_FRESH59 = {
    "the invoice that came from 42 harbor street": "NW-5602",
    "the 24,000 consulting invoice": "INV-88120",
}

# Every reference in words as a German, French, Spanish and Dutch speaker writes it, with each language's own amounts
# and dates (codes, numbers and names as they are).
LOCAL_REFS_FRESH59 = {
    "globex's invoice for 500 steel brackets": {
        "de": "die Globex-Rechnung über 500 Stahlwinkel",
        "fr": "la facture de Globex pour 500 équerres en acier",
        "es": "la factura de Globex de 500 soportes de acero",
        "nl": "de factuur van Globex voor 500 stalen beugels",
    },
    "the invoice acme dated 5 october": {
        "de": "die von Acme auf den 5. Oktober datierte Rechnung",
        "fr": "la facture qu'Acme a datée du 5 octobre",
        "es": "la factura que Acme fechó el 5 de octubre",
        "nl": "de factuur die Acme op 5 oktober dateerde",
    },
    "initek's ERP invoice from mid-november": {
        "de": "die ERP-Rechnung von Initek aus Mitte November",
        "fr": "la facture ERP d'Initek de la mi-novembre",
        "es": "la factura del ERP de Initek de mediados de noviembre",
        "nl": "de ERP-factuur van Initek van half november",
    },
    "acme's invoice for ten cordless drills": {
        "de": "die Acme-Rechnung über zehn Akkubohrer",
        "fr": "la facture d'Acme pour dix perceuses sans fil",
        "es": "la factura de Acme por diez taladros inalámbricos",
        "nl": "de Acme-factuur voor tien accuboormachines",
    },
    "the harbor street invoice for copy paper": {
        "de": "die Kopierpapier-Rechnung aus der Harbor Street",
        "fr": "la facture de papier pour photocopieur de Harbor Street",
        "es": "la factura de papel de copia de Harbor Street",
        "nl": "de kopieerpapierfactuur van Harbor Street",
    },
    "the raccoon city catering invoice due 28 november": {
        "de": "die am 28. November fällige Catering-Rechnung aus Raccoon City",
        "fr": "la facture de traiteur de Raccoon City à échéance du 28 novembre",
        "es": "la factura de catering de Raccoon City que vence el 28 de noviembre",
        "nl": "de cateringfactuur uit Raccoon City die op 28 november vervalt",
    },
    "the drills and drill bits bill from springfeld": {
        "de": "die Rechnung für Bohrer und Bohrersätze aus Springfeld",
        "fr": "la facture de perceuses et de forets de Springfeld",
        "es": "la factura de taladros y brocas de Springfeld",
        "nl": "de rekening voor boren en borensets uit Springfeld",
    },
    "the invoice with impact drivers priced at 150 each": {
        "de": "die Rechnung mit Schlagschraubern zu je 150",
        "fr": "la facture avec des visseuses à chocs à 150 pièce",
        "es": "la factura con atornilladores de impacto a 150 cada uno",
        "nl": "de factuur met slagschroevendraaiers van 150 per stuk",
    },
    "the initech invoice for phase 1 of the ERP": {
        "de": "die Initech-Rechnung für Phase 1 des ERP",
        "fr": "la facture Initech de la phase 1 de l'ERP",
        "es": "la factura de Initech por la fase 1 del ERP",
        "nl": "de Initech-factuur voor fase 1 van het ERP",
    },
    "the catering bill from umbrella in ohio": {
        "de": "die Catering-Rechnung von Umbrella aus Ohio",
        "fr": "la facture de traiteur d'Umbrella dans l'Ohio",
        "es": "la factura de catering de Umbrella en Ohio",
        "nl": "de cateringrekening van Umbrella uit Ohio",
    },
    "the austin consulting invoice against PO-2003": {
        "de": "die auf PO-2003 laufende Beratungsrechnung aus Austin",
        "fr": "la facture de conseil d'Austin rattachée au PO-2003",
        "es": "la factura de consultoría de Austin asociada a la PO-2003",
        "nl": "de adviesfactuur uit Austin op PO-2003",
    },
    "the one-off team lunch invoice from umbrella catering": {
        "de": "die einmalige Teamlunch-Rechnung von Umbrella Catering",
        "fr": "la facture ponctuelle d'Umbrella Catering pour un déjeuner d'équipe",
        "es": "la factura puntual de Umbrella Catering por una comida de equipo",
        "nl": "de eenmalige teamlunchfactuur van Umbrella Catering",
    },
    "northwind's toner invoice from 12 november": {
        "de": "die Toner-Rechnung von Northwind vom 12. November",
        "fr": "la facture de toner de Northwind du 12 novembre",
        "es": "la factura de tóner de Northwind del 12 de noviembre",
        "nl": "de tonerfactuur van Northwind van 12 november",
    },
    "the harbor street bill with 40 boxes of A4 paper": {
        "de": "die Harbor-Street-Rechnung mit 40 Kartons A4-Papier",
        "fr": "la facture de Harbor Street avec 40 cartons de papier A4",
        "es": "la factura de Harbor Street con 40 cajas de papel A4",
        "nl": "de Harbor Street-rekening met 40 dozen A4-papier",
    },
    "robin's PO for drills and drill bits": {
        "de": "Robins Bestellung über Bohrer und Bohrersätze",
        "fr": "le bon de commande de Robin pour des perceuses et des forets",
        "es": "la orden de compra de Robin de taladros y brocas",
        "nl": "Robins inkooporder voor boren en borensets",
    },
    "admin's PO for toner and A4 boxes": {
        "de": "die Toner- und A4-Bestellung der Verwaltung",
        "fr": "le bon de commande de l'administration pour du toner et des cartons A4",
        "es": "la orden de compra de administración de tóner y cajas de A4",
        "nl": "de inkooporder van de administratie voor toner en dozen A4",
    },
    "the CFO's PO with the ERP consultants": {
        "de": "die Bestellung des CFO bei den ERP-Beratern",
        "fr": "le bon de commande du directeur financier chez les consultants ERP",
        "es": "la orden de compra del director financiero con los consultores del ERP",
        "nl": "de inkooporder van de CFO bij de ERP-consultants",
    },
    "robin ortiz's PO for 500 brackets": {
        "de": "die Bestellung von Robin Ortiz über 500 Winkel",
        "fr": "le bon de commande de Robin Ortiz pour 500 équerres",
        "es": "la orden de compra de Robin Ortiz por 500 soportes",
        "nl": "de inkooporder van Robin Ortiz voor 500 beugels",
    },
    "the vendor with VAT ID DE811569869": {
        "de": "der Kreditor mit USt-ID DE811569869",
        "fr": "le fournisseur avec le n° de TVA DE811569869",
        "es": "el proveedor con NIF intracomunitario DE811569869",
        "nl": "de leverancier die btw-nummer DE811569869 voert",
    },
    "the supplier on harbor street in seattle": {
        "de": "der Lieferant aus der Harbor Street in Seattle",
        "fr": "le fournisseur installé sur Harbor Street, à Seattle",
        "es": "el proveedor que está en Harbor Street, en Seattle",
        "nl": "de leverancier aan Harbor Street in Seattle",
    },
    "the vendor whose bank account begins NL91": {
        "de": "der Kreditor, dessen Bankkonto mit NL91 beginnt",
        "fr": "le fournisseur dont le compte bancaire commence par NL91",
        "es": "el proveedor cuya cuenta bancaria empieza por NL91",
        "nl": "de leverancier van wie de bankrekening met NL91 begint",
    },
    "the ten-drill pilot we sold to meridian health": {
        "de": "der Pilotverkauf von zehn Bohrern an Meridian Health",
        "fr": "la vente pilote de dix perceuses à Meridian Health",
        "es": "la venta piloto de diez taladros a Meridian Health",
        "nl": "de pilotverkoop van tien boren aan Meridian Health",
    },
    "blue harbor's store fit-out order with installation": {
        "de": "der Ladenausstattungsauftrag von Blue Harbor mit Installation",
        "fr": "la vente d'équipement de magasin pour Blue Harbor avec installation",
        "es": "la venta de equipamiento de tienda de Blue Harbor con instalación",
        "nl": "de winkelinrichtingsorder van Blue Harbor met installatie",
    },
    "the 60-box paper sale to northshore logistics": {
        "de": "der Verkauf von 60 Kartons Papier an Northshore Logistics",
        "fr": "la vente de 60 cartons de papier à Northshore Logistics",
        "es": "la venta de 60 cajas de papel a Northshore Logistics",
        "nl": "de verkoop van 60 dozen papier aan Northshore Logistics",
    },
    "initech's invoice INV-88120 for the ERP work": {
        "de": "die Initech-Rechnung INV-88120 für die ERP-Arbeiten",
        "fr": "la facture d'Initech INV-88120 pour les travaux ERP",
        "es": "la factura de Initech INV-88120 por el trabajo del ERP",
        "nl": "de Initech-factuur INV-88120 voor het ERP-werk",
    },
    "the globex bracket invoice no. GX-2026-118": {
        "de": "die Globex-Winkelrechnung Nr. GX-2026-118",
        "fr": "la facture d'équerres Globex n° GX-2026-118",
        "es": "la factura de soportes de Globex n.º GX-2026-118",
        "nl": "de beugelfactuur van Globex nr. GX-2026-118",
    },
    "the harbor street invoice with the overpriced toner": {
        "de": "die Harbor-Street-Rechnung mit dem zu teuren Toner",
        "fr": "la facture de Harbor Street avec le toner trop cher",
        "es": "la factura de Harbor Street con el tóner demasiado caro",
        "nl": "de Harbor Street-factuur met de te dure toner",
    },
    "acme's november invoice for drills and bits": {
        "de": "die Acme-Novemberrechnung für Bohrer und Bits",
        "fr": "la facture de novembre d'Acme pour les perceuses et les forets",
        "es": "la factura de noviembre de Acme por taladros y brocas",
        "nl": "de novemberfactuur van Acme voor boren en bits",
    },
    "the invoice that came from 42 harbor street": {
        "de": "die Rechnung von der Harbor Street 42",
        "fr": "la facture qui vient du 42 Harbor Street",
        "es": "la factura que viene del 42 de Harbor Street",
        "nl": "de factuur die van Harbor Street 42 kwam",
    },
    "the 24,000 consulting invoice": {
        "de": "die 24.000er-Beratungsrechnung",
        "fr": "la facture de conseil de 24 000",
        "es": "la factura de asesoría por 24.000",
        "nl": "de consultancyfactuur van 24.000",
    },
}
