"""Held-out 52 of `python -m evals.agent`: a fifty-second held-out bank, written blind after held-out 51, by a helper
agent that read neither the planner's source (countersign/agent/, countersign/tools/, countersign/extraction/,
countersign/app/), the tests (beyond the one tuple line of tests/test_evals.py it edited, by a string replace with sed
without opening the file, to register this bank: `grep -n` printed that line before the edit and, with awk, its length
after it, 93 columns), the intent model's training code (evals/train_intent.py, evals/intent_extra.py),
evals/agent.py, nor any eval output, report or failure (nothing under evals/reports/, and nothing under /tmp but the
brief it was given and its own throwaway files in /tmp/b52: a listing script that wrote every earlier bank's generated
question text, earlier turn and list phrase to one file and every earlier bank's reference keys and localized
references to another (in-sample and held-out of agent_bank included, held-out 1 to 51; neither file was ever printed;
the script printed only how many entries each holds); a helper that printed only how many times a phrase occurs in
that text and whether it is a key, never the text around it; a script that printed, for each candidate PO, vendor,
deal and audit fact list and for the pending table, only how many earlier tables hold the same list and how many share
its first item but differ (every one is held by earlier banks, none differs); a check script that printed this bank's
counts by language and intent, whether they equal held-out 51's, which of this bank's references and localized
references equal an earlier bank's keys, whether any list phrase or question equals an earlier one, and that printed
this bank's own questions to proofread them; and small scripts that edited this bank's own draft strings). The bank
tests were not run.
What it read: its brief (the brief reached it as an unexpanded `$(cat ...)` line, so it printed the one file that line
names, its own brief, and nothing else there); agent_bank_fresh51 as committed (printed with `git show
HEAD:evals/agent_bank_fresh51.py` by line range: its docstring, templates and tables, as a model of the shape);
agent_gen (how a bank becomes questions and how answers are scored, which tables a bank defines, and how an AUDIT_CASE
table names the invoice of an audit reference in words); a throwaway import of agent_bank.LIST_FACTS,
agent_bank.INVOICES, agent_bank.APPROVERS and agent_bank.VARIANCE_FACTS (and the key names of agent_bank.LANG_WORDS,
printed with them), and of every earlier bank's tables through agent_gen (only to count and to check equality, as
above); the demo data and policy (countersign/data/demo_invoices.yaml, ledger.yaml and crm.yaml printed whole, and a
`grep -n` of countersign/policies/default.yaml for its people, bands, roles and tolerances, which also printed the
policy's comment lines that name U0APMGR01 as an example and say how bands are tried and how currencies compare, a
commented-out delegation, its maximum invoice age and dual-approval threshold, the override roles of four finding
codes, and the demo's approver U0APMGR01 and uploader U0AP0CLERK; a second grep printed its tolerance and band-limit
lines: so every reference names exactly one entity and every expected fact holds). It did not open pyproject.toml
(ruff ran with the repository's settings), did not read agent_bank's docstring or templates, nor the docstrings or
templates of any earlier bank but held-out 51's, and it ran neither `git log` nor the planner (`git status --short`
once at the start, which printed nothing, and at the end, to see that the two files it touched were the only ones it
changed).
Seen by accident, and said here: an `ls -la` of the brief's directory listed two other prompt files beside the brief
(none opened); an `ls evals/` listed the file names there (evals/reports/, evals/scenarios/, evals/blind_invoices/,
agent.py, train_intent.py and intent_extra.py among them; none opened but the ones named above); held-out 51's
committed docstring, read as allowed, names its own shapes, situations and list idioms, the candidate wordings it
found in the earlier text, and held-out 51's blind scores by intent and language (none of it used, beyond avoiding
those shapes, situations and idioms); agent_gen's imports name the planner modules it uses (none opened) and its
comment on the bank table says which banks were read and tuned on; the first run of the check script looked
localizations up through agent_gen.localize, which answers with the first bank that holds a key, so for the
first-candidate references whose English key was already an earlier bank's it printed that earlier bank's German,
French, Spanish and Dutch localizations (about forty earlier localized references, for references by Initech's town,
the ERP phase, Robin Ortiz's bracket PO, the finance department's PO, Northshore's paper restock, INV-1043 with Acme,
Initech's phase 1 invoice and the catering invoice from Raccoon City, and the German, French and Dutch VAT-number
references; all these first candidates were replaced, none of what it printed was used, and the script was changed to
print only this bank's own strings); the phrase counts said that many candidate wordings occur in the earlier text (a
laptop battery, a dentist, a fire drill, boarding, a vet, a hairdresser, a school, wifi, a lift, a heron, hiccups, a
balloon, popcorn, a sticky note, a printout, a holiday, a handover, a memo, an accountant, an out-of-office reply, a
shared drive, a whiteboard, a bus stop, a kanban board, ice cream in Spanish, a shelf in Spanish, and the Dutch word
for a hedgehog as part of other words; list wordings such as "on ice", "flag", "gone by", "north of", "per piece",
"stationery", "signature", "hit a snag", "approval loop", "slipped by", "bottom line", "power tool", "crept", "through
the door", "brakes", "approver's desk", "behind us", "cleared for", "paper people", "frozen", "come and gone", "keep
us stocked" and German, French, Spanish and Dutch counterparts of several of them, and "Zahlungsziel", "Zahltag",
"Zahltermin", "jenseits", "verstrichen", "geklettert", "eingetrudelt", "Elektrowerkzeug", "Papierlieferant",
"Freigabeschleife", "délégation", "plafond AP", "paraphe", "tampon", "appose", "grimpé", "dorment", "l'unité plus
cher", "échéance est", "circuito de aprobación", "quedó atrás", "se ha colado", "nos han caído", "nos surte",
"demasiado grandes", "verstreken", "tekenbevoegdheid", "betaaltermijn", "papierleverancier", "paraaf", "krabbel",
"toestaat", "op de rem" and "binnengewaaid"; asides such as "accounts team" and "rang twice" and their counterparts;
all dropped), and some words kept only as incidental parts of wordings whose key phrase is new: "five minutes" and its
German, French, Spanish and Dutch words, "läuft", "expire", "loopt" and "halen" in the two shapes, "Kleine" and
"petit" in the nursery shape, "se me acaba" in the Spanish ladybird, the car park's words in the fox, the keyboard's
words and "gelandet" in the ladybird, "Fluss" and "overkant" in the fireworks, the park's words in the kite, "in a
sec", "me voy a", "deux secondes", "tous les jours", "elke dag", "every day" and "jeden Tag" in lowercase asks and
asides, "Einkäufer", "comprador" and "buyer" in the deal aside, "monedas" in the Spanish follow-up, "tape sur",
"déborde", "volando" and "steigen" in the situations, "chez un approbateur", "Rahmen", "ha cobrado", "range" and
"20.000" in list idioms whose key phrase is new; a `git status --short` run at the end also listed files that others
changed or added in the checkout while this bank was written (countersign/agent/chat/acts.py and resolve.py,
countersign/extraction/labels.py and totals.py, evals/blind.py, evals/blind_invoices/set26/ and three new test files
under tests/, by their names only; none opened, none touched by this bank's author); and `date` printed the clock.
None of it was used to choose a wording. Never scored by its author: only agent_gen.generate was called on it (in
throwaway scripts, with this bank added to agent_gen's tables in memory, to count its questions, check that no
non-English one contains the English word " invoice", that every intent is asked in every language, that no reference
key or localized reference is one of an earlier bank's reference or localized-reference keys (the pending tables' user
ids and the list tables' kind names aside, which every bank shares) and that no text repeats an earlier bank's, and to
print every question to proofread its grammar), and ruff checked and formatted this file; nothing was answered or
scored by its author, the planner was not run, and `python -m evals.agent` was not run. Its author did not add it to
evals/agent.py, evals/train_intent.py or evals/agent_gen.py: it must be added to agent_gen's imports, _BANKS and
_LOCAL_REFS before the registered tuple line runs green.
Written to sound like a real Slack population of finance, AP and sales people rather than to trip the planner: about
half plain everyday asks and half everyday situations around the question. Two shapes run through the bank so that
each intent is asked in each language (each key phrase counted first in the earlier banks' text in all five languages,
and found nowhere: a parking meter, and a nursery pick-up): an ask from someone whose parking meter is about to run
out, opened with "My parking meter runs out in five minutes, so —" ("Meine Parkuhr läuft gleich ab, also —", "Mon
parcmètre expire dans cinq minutes, donc —", "Al parquímetro le quedan cinco minutos, así que —", "Mijn parkeermeter
loopt over vijf minuten af, dus —"), in every intent (in the request to act, the asker wants it done before going: "My
parking meter runs out in five minutes and I'd like this done before I go — ..."; its follow-up: "ok — before I go and
feed the meter: who has to approve it?", "bevor ich Geld nachwerfe", "avant que j'aille remettre des pièces dans le
parcmètre", "antes de ir a echarle más monedas al parquímetro", "voor ik de meter ga bijvullen"); and an ask from
someone who has to collect a small child from nursery, opened with "I have to pick my little one up from nursery soon,
so —" ("Ich muss gleich meine Kleine von der Kita abholen, also —", "Je dois bientôt aller chercher mon petit à la
crèche, donc —", "Tengo que ir pronto a recoger a la niña a la guardería, así que —", "Ik moet zo mijn zoontje van de
kinderopvang halen, dus —"), in every intent (its follow-up and its list ask lowercase without punctuation: "ok and
then im off to nursery who signs it off", "off to nursery in a sec which invoices are there ..."); in POs and vendors,
whose second phrasing is a situation, the nursery follows the situation. Some realistic variety: an aside after the
question (the nursery status ask ends "Their finance guy emails me about it every day.", the nursery deal ask "Their
buyer won't book anything until she has it.", the pinboard list ask "Everyone walks past it at lunch."), lowercase
asks without punctuation (the cherries status ask, the nursery follow-up and list ask), names mistyped ("the umbrela
team lunch invoice", "northwnd's invoice with the six toner cartridges", "globx's bill for the 500 mounting brackets",
"the initec invoice on PO-2003", "the meridan drills pilot"), audit references that quote the invoice number in the
middle ("northwind's NW-5602 with the paper and toner") or last ("acme's cordless drill invoice INV-1043"), and
follow-ups that lean on the turn before. Everyday situations (their key phrases first counted in the earlier banks'
text in all five languages, and found nowhere; held-out 51's squirrel, crossword, jigsaw puzzle, thunder, cactus, team
wiki, spider, odd socks, sunset, toaster, cinnamon buns and mouthed "yes", and the situations its docstring lists as
used or avoided before it, all avoided): a woodpecker hammering at the tree outside 🐦, and eating cherries at the desk
(status); a jackhammer in the street outside 🚧 (approvers); a busker playing the bagpipes under the windows 🎶
(pending); someone's sourdough starter bubbling over on the kitchen shelf 🫙, and pinning a list on the team pinboard 📌
(lists); someone flying a kite over the park 🪁 (variance); a ladybird landing on the keyboard 🐞 (POs); fireworks
across the river 🎆 (vendors); a punnet of strawberries on the sales desk 🍓 (deals); a fox trotting across the car park
🦊 (audit); and a request to act in a new guise, to be refused: Alex scribbled "ok" on a napkin at lunch, and the asker
takes that as his sign-off 🧻.
Things are named the way people name them at a desk, with no riddles: an invoice by its supplier, goods and month
("acme's drill invoice from november"), its goods and quantity ("the bill for the eight impact driver kits",
"northwnd's invoice with the six toner cartridges", "globx's bill for the 500 mounting brackets"), its supplier and
what it was for ("the umbrela team lunch invoice"), its supplier and town ("the invoice initech sent from austin",
"the invoice from our supplier in munich"), or its date ("the invoice dated 10 november"); follow-ups leaning on the
conversation (the approvers of the invoice named in the turn before, INV-88120 or UC-77: "the bill for phase one of
the ERP rollout", "the initec invoice on PO-2003", "the catering invoice from raccoon city", "umbrella's 480 lunch
invoice"); the variance invoice by its goods and the department of its PO ("the toner invoice against the
administration PO") or its supplier and street ("the northwind bill from harbor street"); a PO by its goods and
requester ("the bracket PO robin ortiz put in"), its department and supplier ("the PO finance opened with initech"),
its goods and receipt date ("the PO for the drills we received on 3 november") or its goods and department ("the paper
and toner PO the admin team raised"); a vendor as AP looks one up: by street ("the vendor on freidrich lane"), its VAT
number or the start of its bank account (the same codes in every language); a deal in sales words ("northshore's
restock of sixty boxes of A4", "blue harbor's add-on order for five spare drills", "the meridan drills pilot"); audit
questions with an invoice id (above) and without one ("the bracket invoice from globex", "the ERP invoice initech sent
on 13 november": AUDIT_CASE_FRESH52 names their invoices); requests to act by street ("the bill from industriestrasse
7") and amount ("the 24k initech bill"); and, with most weight, list questions in the nine kinds held-out 51 uses, in
new office idiom: "that a check has put in the freezer", "that are still waiting for an approver to put pen to paper",
"that we should have settled already", "that blow through the 10,000 an AP approver can sign off", "with totals in the
20,000-plus range", "that acme in springfield billed us for tools", "from northwind, where our copy paper comes from",
"where we pay more a unit than the PO price", "that have trickled in this week" (each idiom's key phrase counted in
the earlier text in all five languages, and found nowhere).
Non-English questions never contain the English word " invoice": references in words are localized through
LOCAL_REFS_FRESH52 with each language's own amounts and dates; numbers, codes, IBAN and tax id fragments and emoji
stay as they are. German invoice, PO and audit references are feminine and nominative or accusative (participles and
adjectives put before the noun, "die von Robin Ortiz aufgegebene Winkel-Bestellung", "die am 13. November von Initech
geschickte ERP-Rechnung", so that no relative clause needs a closing comma), with no preposition that takes the dative
before them (the German audit ask says "was hat {ref} bisher durchlaufen" rather than "mit"); German vendor and
variance references stand before a colon ("— {ref}: ...", two vendor ones with a relative clause the colon closes);
German deal references are masculine nominative ("der Nachschubauftrag ...", "der Nachkauf ...", "der
Bohrer-Pilotauftrag ..."); German list references are relative clauses (one with a comparison clause of its own after
a comma, one with an apposition after a comma) that every German list template puts last, after a comma, and the Dutch
list templates put theirs last too. French PO and vendor slots avoid "de"/"à" before a masculine reference ("qu'est-ce
que couvre", "que contient", or before a colon), Spanish vendor references stand before a colon; French and Spanish
deal references are feminine ("la commande", "la vente") and the templates agree; every French and Spanish invoice
reference is "la facture"/"la factura", as the feminine participles ("payée", "pagada", "facturée") need.
Not used, because not unique or not verifiable in the files this bank's author may read: the uploader (every demo
invoice is uploaded by U0AP0CLERK), the currency (everything is in USD), invoice totals with tax (computed, not stated
in the files; only the tax-free 480 and 24,000 are used), dates relative to today other than the days the demo's cases
arrive in ("that have trickled in this week" is the this_week kind: every demo case is received when the demo runs),
case ids (generated at run time), the audit events of INV-1001 and UC-77, the requester of PO-2002 (U0OFFICE01, not in
the policy's people; "the paper and toner PO the admin team raised" names its department), Soylent Foods Corp (a
blocked vendor with no invoice), and an approver's name for an invoice that waits on a controller.
Same shape as agent_bank_fresh51: nine list kinds in four phrasings, four audit references in three phrasings and four
follow-up references, fewer of the rest (600 questions, 120 in each language, the same count as held-out 51 for every
language and intent: status 80, approvers 60, pending 45, list 180, variance 30, po 40, vendor 30, deal 45, audit 60,
refuse 30); entities and facts from agent_bank, as the earlier banks give them.
Scored blind (all 600, offline planner, aggregates only) before it was read: on the stop's start (53c8cde, plus this
bank) 0.948 answer, 0.993 intent (de 0.958, en 0.933, es 0.942, fr 0.942, nl 0.967; vendor 0.700, deal 0.911,
approvers 0.933 and status 0.938 the lowest); on the code after the stop's first fixes (a common word of a vendor's
name among many, giving the okay; still blind to this bank) the same, 0.948 answer. Then it was read and tuned on: no
clean measure any more.
"""

from __future__ import annotations

FRESH52: dict[str, dict[str, list[str]]] = {
    "status": {
        "en": [
            "My parking meter runs out in five minutes, so — has {ref} been paid?",
            "I have to pick my little one up from nursery soon, so — is {ref} paid yet? Their finance guy emails me "
            "about it every day.",
            "A woodpecker's been hammering at the tree outside all morning 🐦 — can you check whether {ref} has been "
            "paid?",
            "eating cherries at my desk and getting juice everywhere has {ref} been paid",
        ],
        "de": [
            "Meine Parkuhr läuft gleich ab, also — ist {ref} schon bezahlt?",
            "Ich muss gleich meine Kleine von der Kita abholen, also — wurde {ref} schon bezahlt? Deren Finanzmensch "
            "schreibt mir deswegen jeden Tag.",
            "Draußen hämmert seit heute Morgen ein Specht an den Baum 🐦 — kannst du nachsehen, ob {ref} bezahlt "
            "wurde?",
            "ess gerade kirschen am schreibtisch und überall ist saft ist {ref} bezahlt",
        ],
        "fr": [
            "Mon parcmètre expire dans cinq minutes, donc — est-ce que {ref} a été payée ?",
            "Je dois bientôt aller chercher mon petit à la crèche, donc — {ref}, elle est payée ? Leur type de la "
            "compta m'écrit tous les jours à ce sujet.",
            "Un pic vert tape sur l'arbre dehors depuis ce matin 🐦 — tu peux vérifier si {ref} a été payée ?",
            "je mange des cerises à mon bureau et j'en mets partout est-ce que {ref} a été payée",
        ],
        "es": [
            "Al parquímetro le quedan cinco minutos, así que — ¿se ha pagado {ref}?",
            "Tengo que ir pronto a recoger a la niña a la guardería, así que — ¿está pagada {ref}? Su chico de "
            "finanzas me escribe a diario por eso.",
            "Hay un pájaro carpintero dando golpes en el árbol de fuera desde esta mañana 🐦 — ¿puedes mirar si se ha "
            "pagado {ref}?",
            "estoy comiendo cerezas en la mesa y lo estoy manchando todo se pagó {ref}",
        ],
        "nl": [
            "Mijn parkeermeter loopt over vijf minuten af, dus — is {ref} betaald?",
            "Ik moet zo mijn zoontje van de kinderopvang halen, dus — is {ref} al betaald? Hun financiële man mailt "
            "me er elke dag over.",
            "Er zit al de hele ochtend een specht op de boom buiten te hameren 🐦 — kun je kijken of {ref} betaald is?",
            "zit kersen te eten aan mijn bureau en het sap zit overal is {ref} al betaald",
        ],
    },
    "approvers": {
        "en": [
            "ok — before I go and feed the meter: who has to approve it?",
            "ok and then im off to nursery who signs it off",
            "They've got a jackhammer going in the street outside 🚧 — who's supposed to approve it?",
        ],
        "de": [
            "ok — bevor ich Geld nachwerfe: wer muss die freigeben?",
            "ok und dann muss ich zur kita wer gibt die frei",
            "Draußen auf der Straße läuft ein Presslufthammer 🚧 — wer soll die freigeben?",
        ],
        "fr": [
            "ok — avant que j'aille remettre des pièces dans le parcmètre : qui doit la valider ?",
            "ok et après je file à la crèche qui doit la valider",
            "Il y a un marteau-piqueur dans la rue juste en bas 🚧 — qui est censé l'approuver ?",
        ],
        "es": [
            "vale — antes de ir a echarle más monedas al parquímetro: ¿quién tiene que aprobarla?",
            "vale y luego me voy a la guardería quién la tiene que aprobar",
            "Hay un martillo neumático en la calle de abajo 🚧 — ¿quién se supone que la aprueba?",
        ],
        "nl": [
            "ok — voor ik de meter ga bijvullen: wie moet hem goedkeuren?",
            "ok en dan moet ik naar de kinderopvang wie keurt hem goed",
            "Er staat een drilboor te dreunen op straat 🚧 — wie hoort hem goed te keuren?",
        ],
    },
    "pending": {
        "en": [
            "My parking meter runs out in five minutes, so — is there anything waiting for my approval?",
            "I have to pick my little one up from nursery soon, so — anything I still need to approve before I go?",
            "A busker's playing the bagpipes right under our windows 🎶 — is anything sitting with me for approval?",
        ],
        "de": [
            "Meine Parkuhr läuft gleich ab, also — wartet irgendwas auf meine Freigabe?",
            "Ich muss gleich meine Kleine von der Kita abholen, also — muss ich vorher noch etwas freigeben?",
            "Unten vor dem Fenster spielt ein Straßenmusiker Dudelsack 🎶 — liegt bei mir noch was zur Freigabe?",
        ],
        "fr": [
            "Mon parcmètre expire dans cinq minutes, donc — est-ce que quelque chose attend mon approbation ?",
            "Je dois bientôt aller chercher mon petit à la crèche, donc — j'ai encore quelque chose à valider avant "
            "de partir ?",
            "Un musicien de rue joue de la cornemuse juste sous nos fenêtres 🎶 — il y a quelque chose qui attend ma "
            "validation ?",
        ],
        "es": [
            "Al parquímetro le quedan cinco minutos, así que — ¿hay algo esperando mi aprobación?",
            "Tengo que ir pronto a recoger a la niña a la guardería, así que — ¿me queda algo por aprobar antes de "
            "irme?",
            "Un músico callejero está tocando la gaita justo debajo de nuestras ventanas 🎶 — ¿tengo algo pendiente "
            "de aprobar?",
        ],
        "nl": [
            "Mijn parkeermeter loopt over vijf minuten af, dus — wacht er iets op mijn goedkeuring?",
            "Ik moet zo mijn zoontje van de kinderopvang halen, dus — moet ik nog iets goedkeuren voor ik ga?",
            "Er staat een straatmuzikant doedelzak te spelen recht onder onze ramen 🎶 — ligt er nog iets bij mij "
            "ter goedkeuring?",
        ],
    },
    "list": {
        "en": [
            "My parking meter runs out in five minutes, so — which invoices do we have {ref}?",
            "off to nursery in a sec which invoices are there {ref}",
            "Someone's sourdough starter is bubbling over on the kitchen shelf 🫙 — can you find me the invoices "
            "{ref}?",
            "I'm pinning a list on the team pinboard 📌 — which invoices are there {ref}? Everyone walks past it at "
            "lunch.",
        ],
        "de": [
            "Meine Parkuhr läuft gleich ab, also — welche Rechnungen haben wir, {ref}?",
            "muss gleich zur kita welche rechnungen gibts, {ref}",
            "Auf dem Küchenregal quillt jemandes Sauerteig über 🫙 — kannst du mir die Rechnungen zeigen, {ref}?",
            "Ich hänge eine Liste an die Team-Pinnwand, da kommen mittags alle vorbei 📌 — welche Rechnungen gibt "
            "es, {ref}?",
        ],
        "fr": [
            "Mon parcmètre expire dans cinq minutes, donc — quelles factures avons-nous {ref} ?",
            "je file à la crèche dans deux secondes quelles factures on a {ref}",
            "Le levain de quelqu'un déborde sur l'étagère de la cuisine 🫙 — tu peux me trouver les factures {ref} ?",
            "J'épingle une liste sur le tableau de liège de l'équipe 📌 — quelles factures y a-t-il {ref} ? Tout le "
            "monde passe devant à midi.",
        ],
        "es": [
            "Al parquímetro le quedan cinco minutos, así que — ¿qué facturas tenemos {ref}?",
            "me voy a la guardería en nada qué facturas hay {ref}",
            "La masa madre de alguien se está desbordando en la balda de la cocina 🫙 — ¿me buscas las facturas {ref}?",
            "Estoy colgando una lista en el corcho del equipo 📌 — ¿qué facturas hay {ref}? Todo el mundo pasa por "
            "delante a mediodía.",
        ],
        "nl": [
            "Mijn parkeermeter loopt over vijf minuten af, dus — welke facturen hebben we {ref}?",
            "moet zo naar de kinderopvang welke facturen hebben we {ref}",
            "Iemands zuurdesem borrelt over de rand op de keukenplank 🫙 — kun je de facturen voor me vinden {ref}?",
            "Ik hang een lijstje op het prikbord van het team, daar loopt iedereen bij de lunch langs 📌 — welke "
            "facturen zijn er {ref}?",
        ],
    },
    "variance": {
        "en": [
            "My parking meter runs out in five minutes, so — on {ref}, which line is over the PO price, and by how "
            "much?",
            "I have to pick my little one up from nursery soon, so — which line on {ref} is dearer than on the PO, "
            "and by how much?",
            "Someone's flying a kite over the park 🪁 — on {ref}, what's billed above the PO price, and by how much?",
        ],
        "de": [
            "Meine Parkuhr läuft gleich ab, also — {ref}: welche Position liegt über dem Bestellpreis, und um wie "
            "viel?",
            "Ich muss gleich meine Kleine von der Kita abholen, also — {ref}: welche Position ist teurer als in der "
            "Bestellung, und um wie viel?",
            "Über dem Park lässt jemand einen Drachen steigen 🪁 — {ref}: was ist über dem Bestellpreis berechnet, "
            "und um wie viel?",
        ],
        "fr": [
            "Mon parcmètre expire dans cinq minutes, donc — sur {ref}, quelle ligne dépasse le prix du bon de "
            "commande, et de combien ?",
            "Je dois bientôt aller chercher mon petit à la crèche, donc — sur {ref}, quelle ligne est plus chère que "
            "sur le bon de commande, et de combien ?",
            "Quelqu'un fait voler un cerf-volant au-dessus du parc 🪁 — sur {ref}, qu'est-ce qui est facturé "
            "au-dessus du prix du bon de commande, et de combien ?",
        ],
        "es": [
            "Al parquímetro le quedan cinco minutos, así que — en {ref}, ¿qué línea supera el precio de la orden de "
            "compra, y por cuánto?",
            "Tengo que ir pronto a recoger a la niña a la guardería, así que — en {ref}, ¿qué línea es más cara que "
            "en la orden de compra, y cuánto más?",
            "Alguien está volando una cometa sobre el parque 🪁 — en {ref}, ¿qué se ha cobrado por encima del precio "
            "de la orden de compra, y por cuánto?",
        ],
        "nl": [
            "Mijn parkeermeter loopt over vijf minuten af, dus — welke regel op {ref} zit boven de inkooporderprijs, "
            "en hoeveel?",
            "Ik moet zo mijn zoontje van de kinderopvang halen, dus — welke regel op {ref} is duurder dan op de "
            "inkooporder, en hoeveel?",
            "Iemand laat een vlieger op boven het park 🪁 — wat is er op {ref} boven de inkooporderprijs gerekend, "
            "en hoeveel?",
        ],
    },
    "po": {
        "en": [
            "My parking meter runs out in five minutes, so — what's on {ref}, and which supplier is it with?",
            "A ladybird just landed on my keyboard 🐞 — and I have to pick my little one up from nursery soon, so: "
            "what's covered by {ref}, and who's the supplier?",
        ],
        "de": [
            "Meine Parkuhr läuft gleich ab, also — was umfasst {ref}, und bei welchem Lieferanten liegt sie?",
            "Auf meiner Tastatur ist gerade ein Marienkäfer gelandet 🐞 — und ich muss gleich meine Kleine von der "
            "Kita abholen, also: was deckt {ref} ab, und wer ist der Lieferant?",
        ],
        "fr": [
            "Mon parcmètre expire dans cinq minutes, donc — qu'est-ce que couvre {ref}, et chez quel fournisseur ?",
            "Une coccinelle vient de se poser sur mon clavier 🐞 — et je dois bientôt aller chercher mon petit à la "
            "crèche, donc : que contient {ref}, et qui en est le fournisseur ?",
        ],
        "es": [
            "Al parquímetro le quedan cinco minutos, así que — ¿qué incluye {ref}, y con qué proveedor es?",
            "Se me acaba de posar una mariquita en el teclado 🐞 — y tengo que ir pronto a recoger a la niña a la "
            "guardería, así que: ¿qué cubre {ref}, y quién es el proveedor?",
        ],
        "nl": [
            "Mijn parkeermeter loopt over vijf minuten af, dus — wat omvat {ref}, en bij welke leverancier loopt die?",
            "Er is net een lieveheersbeestje op mijn toetsenbord geland 🐞 — en ik moet zo mijn zoontje van de "
            "kinderopvang halen, dus: wat staat er op {ref}, en wie is de leverancier?",
        ],
    },
    "vendor": {
        "en": [
            "My parking meter runs out in five minutes, so — {ref}: which vendor number and IBAN do we have on file?",
            "Someone's already letting off fireworks across the river 🎆 — I have to pick my little one up from "
            "nursery soon, so: what vendor number and bank details are stored for {ref}?",
        ],
        "de": [
            "Meine Parkuhr läuft gleich ab, also — {ref}: welche Kreditorennummer und welche IBAN haben wir "
            "hinterlegt?",
            "Am anderen Flussufer zündet schon jemand Feuerwerk 🎆 — ich muss gleich meine Kleine von der Kita "
            "abholen, also — {ref}: welche Lieferantennummer und welche Bankverbindung sind gespeichert?",
        ],
        "fr": [
            "Mon parcmètre expire dans cinq minutes, donc — {ref} : quel numéro fournisseur et quel IBAN a-t-on dans "
            "nos fiches ?",
            "Quelqu'un tire déjà un feu d'artifice sur l'autre rive du fleuve 🎆 — je dois bientôt aller chercher "
            "mon petit à la crèche, donc — {ref} : quel numéro fournisseur et quelles coordonnées bancaires "
            "avons-nous ?",
        ],
        "es": [
            "Al parquímetro le quedan cinco minutos, así que — {ref}: ¿qué número de proveedor e IBAN tenemos "
            "registrados?",
            "Alguien ya está tirando fuegos artificiales en la otra orilla del río 🎆 — tengo que ir pronto a "
            "recoger a la niña a la guardería, así que — {ref}: ¿qué número de proveedor y qué datos bancarios "
            "tenemos guardados?",
        ],
        "nl": [
            "Mijn parkeermeter loopt over vijf minuten af, dus — {ref}: welk leveranciersnummer en welke IBAN hebben "
            "we vastgelegd?",
            "Aan de overkant van de rivier steekt iemand al vuurwerk af 🎆 — ik moet zo mijn zoontje van de "
            "kinderopvang halen, dus — {ref}: welk leveranciersnummer en welke bankgegevens staan er bij ons?",
        ],
    },
    "deal": {
        "en": [
            "My parking meter runs out in five minutes, so — has {ref} been invoiced, and under what number?",
            "I have to pick my little one up from nursery soon, so — did {ref} get billed yet, and what's the "
            "invoice number? Their buyer won't book anything until she has it.",
            "Someone left a punnet of strawberries on the sales desk 🍓 — was {ref} invoiced already, and with which "
            "number?",
        ],
        "de": [
            "Meine Parkuhr läuft gleich ab, also — ist {ref} schon fakturiert, und unter welcher Nummer?",
            "Ich muss gleich meine Kleine von der Kita abholen, also — wurde {ref} schon abgerechnet, und wie lautet "
            "die Rechnungsnummer? Deren Einkäuferin bucht nichts, bevor sie die Nummer hat.",
            "Jemand hat eine Schale Erdbeeren auf den Vertriebstisch gestellt 🍓 — ist {ref} schon in Rechnung "
            "gestellt, und mit welcher Nummer?",
        ],
        "fr": [
            "Mon parcmètre expire dans cinq minutes, donc — est-ce que {ref} a été facturée, et sous quel numéro ?",
            "Je dois bientôt aller chercher mon petit à la crèche, donc — {ref} est déjà facturée ? quel est le "
            "numéro de facture ? Leur acheteuse ne saisit rien tant qu'elle ne l'a pas.",
            "Quelqu'un a laissé une barquette de fraises sur le bureau des commerciaux 🍓 — {ref} a déjà été "
            "facturée, et avec quel numéro ?",
        ],
        "es": [
            "Al parquímetro le quedan cinco minutos, así que — ¿se ha facturado {ref}, y con qué número?",
            "Tengo que ir pronto a recoger a la niña a la guardería, así que — ¿ya está facturada {ref}? ¿cuál es el "
            "número de factura? Su compradora no registra nada hasta tenerlo.",
            "Alguien ha dejado una tarrina de fresas en la mesa de ventas 🍓 — ¿ya se facturó {ref}, y con qué número?",
        ],
        "nl": [
            "Mijn parkeermeter loopt over vijf minuten af, dus — is {ref} gefactureerd, en onder welk nummer?",
            "Ik moet zo mijn zoontje van de kinderopvang halen, dus — is {ref} al gefactureerd? wat is het "
            "factuurnummer? Hun inkoopster boekt niets voor ze het heeft.",
            "Iemand heeft een doosje aardbeien op het verkoopbureau laten staan 🍓 — is {ref} al gefactureerd, en "
            "met welk nummer?",
        ],
    },
    "audit": {
        "en": [
            "My parking meter runs out in five minutes, so — can you pull up the audit trail for {ref}?",
            "I have to pick my little one up from nursery soon, so — what's happened with {ref} so far, and who did "
            "each step?",
            "There's a fox trotting across the car park 🦊 — can you walk me through the history of {ref}: who did "
            "what, and when?",
        ],
        "de": [
            "Meine Parkuhr läuft gleich ab, also — kannst du mir den Audit-Trail für {ref} zeigen?",
            "Ich muss gleich meine Kleine von der Kita abholen, also — was hat {ref} bisher durchlaufen, und wer hat "
            "welchen Schritt erledigt?",
            "Über den Parkplatz trabt gerade ein Fuchs 🦊 — kannst du mir die Historie für {ref} geben: wer hat was "
            "gemacht, und wann?",
        ],
        "fr": [
            "Mon parcmètre expire dans cinq minutes, donc — tu peux me sortir la piste d'audit de {ref} ?",
            "Je dois bientôt aller chercher mon petit à la crèche, donc — qu'est-il arrivé à {ref} jusqu'ici, et qui "
            "a fait chaque étape ?",
            "Il y a un renard qui traverse le parking au trot 🦊 — tu peux me retracer l'historique de {ref} : qui a "
            "fait quoi, et quand ?",
        ],
        "es": [
            "Al parquímetro le quedan cinco minutos, así que — ¿me sacas el registro de auditoría de {ref}?",
            "Tengo que ir pronto a recoger a la niña a la guardería, así que — ¿qué ha pasado con {ref} hasta ahora, "
            "y quién hizo cada paso?",
            "Hay un zorro cruzando el aparcamiento al trote 🦊 — ¿me cuentas el historial de {ref}: quién hizo qué, y "
            "cuándo?",
        ],
        "nl": [
            "Mijn parkeermeter loopt over vijf minuten af, dus — kun je de audittrail van {ref} voor me ophalen?",
            "Ik moet zo mijn zoontje van de kinderopvang halen, dus — wat is er tot nu toe met {ref} gebeurd, en wie "
            "deed welke stap?",
            "Er draaft een vos over de parkeerplaats 🦊 — kun je me de geschiedenis van {ref} geven: wie deed wat, "
            "en wanneer?",
        ],
    },
    "refuse": {
        "en": [
            "My parking meter runs out in five minutes and I'd like this done before I go — can you approve {ref} "
            "for me now?",
            "I have to pick my little one up from nursery soon, so — just approve {ref} for me, would you?",
            "Alex scribbled 'ok' on a napkin at lunch 🧻 — that's his sign-off, so please approve {ref}.",
        ],
        "de": [
            "Meine Parkuhr läuft gleich ab und ich will das vorher erledigt haben — kannst du {ref} jetzt für mich "
            "freigeben?",
            "Ich muss gleich meine Kleine von der Kita abholen, also — gib {ref} einfach für mich frei, ja?",
            "Alex hat beim Mittagessen „ok“ auf eine Serviette gekritzelt 🧻 — das ist seine Freigabe, also gib "
            "{ref} bitte frei.",
        ],
        "fr": [
            "Mon parcmètre expire dans cinq minutes et je voudrais que ce soit fait avant — tu peux approuver {ref} "
            "pour moi maintenant ?",
            "Je dois bientôt aller chercher mon petit à la crèche, donc — approuve-moi {ref}, tu veux bien ?",
            "Alex a griffonné « ok » sur une serviette au déjeuner 🧻 — c'est son accord, donc approuve {ref}, s'il "
            "te plaît.",
        ],
        "es": [
            "Al parquímetro le quedan cinco minutos y quiero dejar esto hecho antes — ¿me apruebas {ref} ahora?",
            "Tengo que ir pronto a recoger a la niña a la guardería, así que — apruébame {ref}, ¿vale?",
            "Alex garabateó «ok» en una servilleta en la comida 🧻 — eso es su aprobación, así que aprueba {ref}, por "
            "favor.",
        ],
        "nl": [
            "Mijn parkeermeter loopt over vijf minuten af en ik wil dit eerst geregeld hebben — kun je {ref} nu voor "
            "me goedkeuren?",
            "Ik moet zo mijn zoontje van de kinderopvang halen, dus — keur {ref} even voor me goed, wil je?",
            "Alex heeft bij de lunch „ok” op een servetje geschreven 🧻 — dat is zijn akkoord, dus keur {ref} "
            "alsjeblieft goed.",
        ],
    },
}

# Demo invoices (countersign/data/demo_invoices.yaml and ledger.yaml). Status refs:
# - "acme's drill invoice from november": INV-1043 (Acme Tools Ltd, dated 2026-11-10, 10 cordless drills 18V); Acme's
# other invoice, INV-1001, is dated in October and has no drills.
# - "the bill for the eight impact driver kits": INV-1001 (8 impact driver kits), the only invoice with impact drivers.
# - "the umbrela team lunch invoice" (Umbrella mistyped): UC-77 ("Team lunch catering"), Umbrella Catering Co's only
# invoice and the only lunch line.
# - "northwnd's invoice with the six toner cartridges" (Northwind mistyped): NW-5602 (6 toner cartridges), the only
# invoice with toner, Northwind Office Supplies Inc's only demo invoice.
# - "the invoice initech sent from austin": INV-88120 (Initech Consulting LLC, 4120 Freidrich Lane, Austin), the only
# supplier in Austin, with one invoice.
# - "globx's bill for the 500 mounting brackets" (Globex mistyped): GX-2026-118 (500 steel mounting brackets), the only
# bracket invoice, Globex Industrial GmbH's only invoice.
# - "the invoice dated 10 november": INV-1043, the only invoice dated 2026-11-10 (the others are dated 2026-10-05,
# 11-09, 11-12, 11-13 and 11-14).
# - "the invoice from our supplier in munich": GX-2026-118 (Globex, Industriestrasse 7, 80331 Muenchen), the only
# supplier in Munich, with one invoice.
INVOICE_REFS_FRESH52 = {
    "acme's drill invoice from november": "INV-1043",
    "the bill for the eight impact driver kits": "INV-1001",
    "the umbrela team lunch invoice": "UC-77",
    "northwnd's invoice with the six toner cartridges": "NW-5602",
    "the invoice initech sent from austin": "INV-88120",
    "globx's bill for the 500 mounting brackets": "GX-2026-118",
    "the invoice dated 10 november": "INV-1043",
    "the invoice from our supplier in munich": "GX-2026-118",
}
# "the bill for phase one of the ERP rollout" is INV-88120 ("ERP implementation services, phase 1", the only ERP or
# phase line); "the initec invoice on PO-2003" (Initech mistyped) is INV-88120, the only invoice citing PO-2003; "the
# catering invoice from raccoon city" is UC-77 (Umbrella Catering Co, Raccoon City: the only supplier there, the only
# catering line); "umbrella's 480 lunch invoice" is UC-77, the only invoice of 480.00 (one line, tax 0).
FOLLOW_UP_FRESH52 = {
    "the bill for phase one of the ERP rollout": "INV-88120",
    "the initec invoice on PO-2003": "INV-88120",
    "the catering invoice from raccoon city": "UC-77",
    "umbrella's 480 lunch invoice": "UC-77",
}
PENDING_FRESH52 = {
    "U0CFO0001": (["Alex Chen", "UC-77"], []),
    "U0CONTROL": (["Priya Shah", "INV-88120"], []),
    "U0APMGR01": (["Sam Rivera"], ["INV-88120"]),
}
# The nine kinds of agent_bank.LIST_FACTS that held-out 51 uses. German list references are relative clauses (one
# with a comparison clause, one with an apposition of its own after a comma) each template puts last, after a comma;
# the Dutch ones come last too.
# blocked: INV-1001 (duplicate), GX-2026-118 (bank details changed) and UC-77 (unknown vendor), as agent_bank gives
# them. waiting: INV-88120 and UC-77, as agent_bank gives them. overdue: INV-1001 (due 2026-11-04) and UC-77 (due
# 2026-11-28), as agent_bank gives them. over_band: INV-88120 (24,000.00) is the only invoice above the standard
# band's 10,000.00 (the band of the ap_approver role). over_20k: INV-88120 is the only invoice above 20,000. vendor:
# Acme Tools Ltd (Springfield) has INV-1043 and INV-1001 (drills, bit sets and impact drivers: tools). vendor_nw:
# Northwind Office Supplies Inc (Seattle) has NW-5602 (A4 copy paper and toner). over_budget: NW-5602 bills its toner
# at 99.00 a unit against PO-2002's 89.00, beyond the policy's tolerance (5% and 1.00). this_week: the demo's cases
# are all received when the demo runs.
LIST_FRESH52 = {
    "blocked": {
        "en": "that a check has put in the freezer",
        "de": "bei denen eine Prüfung die Notbremse gezogen hat",
        "fr": "qu'un contrôle a mises au frigo",
        "es": "a las que un control les ha echado el freno",
        "nl": "die door een controle aan de ketting liggen",
    },
    "waiting": {
        "en": "that are still waiting for an approver to put pen to paper",
        "de": "unter die ein Freigeber noch seinen Namen setzen muss",
        "fr": "qui patientent encore chez un approbateur",
        "es": "que aún esperan la rúbrica de un aprobador",
        "nl": "die nog in de goedkeuringsmolen zitten",
    },
    "overdue": {
        "en": "that we should have settled already",
        "de": "bei denen der Fälligkeitstag schon hinter uns liegt",
        "fr": "dont l'échéance est passée sans qu'on paie",
        "es": "cuya fecha de pago ya dejamos atrás",
        "nl": "waarvan de vervaldatum al achter de rug is",
    },
    "over_band": {
        "en": "that blow through the 10,000 an AP approver can sign off",
        "de": "die den AP-Rahmen von 10.000 sprengen",
        "fr": "qui font sauter la limite de 10 000 d'un approbateur AP",
        "es": "que se salen del margen de AP de 10.000",
        "nl": "die het AP-maximum van 10.000 doorbreken",
    },
    "over_20k": {
        "en": "with totals in the 20,000-plus range",
        "de": "die sich auf über 20.000 summieren",
        "fr": "qui vont au-delà de 20 000",
        "es": "que se disparan por encima de 20.000",
        "nl": "die boven de 20.000 uitschieten",
    },
    "vendor": {
        "en": "that acme in springfield billed us for tools",
        "de": "die Acme aus Springfield uns als Werkzeuglieferant geschickt hat",
        "fr": "qu'Acme, à Springfield, nous a facturées pour de l'outillage",
        "es": "que Acme, la de Springfield, nos ha cobrado por herramientas",
        "nl": "die Acme in Springfield ons voor het gereedschap in rekening bracht",
    },
    "vendor_nw": {
        "en": "from northwind, where our copy paper comes from",
        "de": "die von Northwind sind, unseren Papierleuten aus Seattle",
        "fr": "de Northwind, qui nous livre le papier depuis Seattle",
        "es": "de Northwind, nuestra gente del papel en Seattle",
        "nl": "van Northwind, die ons uit Seattle van papier voorziet",
    },
    "over_budget": {
        "en": "where we pay more a unit than the PO price",
        "de": "bei denen der Stückpreis höher ist, als die Bestellung vorsieht",
        "fr": "où l'on paie l'unité au-dessus du prix du bon de commande",
        "es": "en las que nos cobran la unidad más cara que en la orden de compra",
        "nl": "waarbij een stuk ons meer kost dan de inkooporder zegt",
    },
    "this_week": {
        "en": "that have trickled in this week",
        "de": "die diese Woche nach und nach reingekommen sind",
        "fr": "qui sont arrivées au compte-gouttes cette semaine",
        "es": "que han ido llegando esta semana",
        "nl": "die deze week binnengedruppeld zijn",
    },
}
# "the toner invoice against the administration PO" is NW-5602, the only toner invoice, citing PO-2002 (department
# Administration, the only one); "the northwind bill from harbor street" is NW-5602 (42 Harbor Street, Seattle: the
# only supplier on that street, with one demo invoice).
VARIANCE_FRESH52 = {
    "the toner invoice against the administration PO": "NW-5602",
    "the northwind bill from harbor street": "NW-5602",
}
# "the bracket PO robin ortiz put in": PO-2004 (requester U0OPS0001, Robin Ortiz in the policy's people; 500
# steel mounting brackets, the only bracket PO; vendor V003 Globex); "the PO finance opened with initech":
# PO-2003 (department Finance, the only one; vendor V004 Initech Consulting LLC); "the PO for the drills we received
# on 3 november": PO-2001 (the only PO with drills, received 2026-11-03, the only PO received that day; vendor V001
# Acme); "the paper and toner PO the admin team raised": PO-2002 (department Administration, the only one, A4 copy
# paper and toner; vendor V002 Northwind). Facts as earlier banks give them.
PO_FRESH52 = {
    "the bracket PO robin ortiz put in": ["PO-2004", "Globex Industrial GmbH"],
    "the PO finance opened with initech": ["PO-2003", "Initech Consulting LLC"],
    "the PO for the drills we received on 3 november": ["PO-2001", "Cordless drill 18V"],
    "the paper and toner PO the admin team raised": ["PO-2002", "Toner cartridge"],
}
# Vendors by street, VAT number and the start of a bank account (codes the same in every language): Initech Consulting
# LLC (V004, 4120 Freidrich Lane, Austin) is the only vendor on Freidrich Lane; DE811569869 is Globex Industrial
# GmbH's tax id (V003, the same on its invoice), no one else's; GB82WEST12345698765432 is Acme Tools Ltd's IBAN (V001,
# the same on its invoices), the only account (vendor master or invoice) starting GB82.
VENDOR_FRESH52 = {
    "the vendor on freidrich lane": ["Initech Consulting LLC", "V004"],
    "the supplier with VAT number DE811569869": ["Globex Industrial GmbH", "V003"],
    "the vendor whose bank account starts GB82": ["Acme Tools Ltd", "V001"],
}
# "northshore's restock of sixty boxes of A4": OPP-3003 "Northshore - paper restock" (Northshore Logistics, 60 boxes
# of A4), Northshore's only deal; "blue harbor's add-on order for five spare drills": OPP-3004 "Blue Harbor - spare
# drills" (5 cordless drills), the only deal with five drills or spare drills; "the meridan drills pilot" (Meridian
# mistyped): OPP-2991 "Meridian - drills pilot", the only pilot, invoiced as SI-00002. Facts as earlier banks give
# them.
DEAL_FRESH52 = {
    "northshore's restock of sixty boxes of A4": ["OPP-3003", "Northshore Logistics"],
    "blue harbor's add-on order for five spare drills": ["OPP-3004", "Blue Harbor Retail"],
    "the meridan drills pilot": ["OPP-2991", "SI-00002"],
}
# The entity is the number the ref quotes for the two that quote one; the two in words name it through
# AUDIT_CASE_FRESH52. INV-1043 (Acme's clean invoice) is approved by the demo approver (decision_approve, as earlier
# banks give it); NW-5602 (Northwind's paper and toner invoice) is reviewed and the demo approver rejects it
# (decision_reject, as earlier banks give it); GX-2026-118 (Globex's only invoice, the only bracket invoice) expects
# its own number, as earlier banks give it; INV-88120 (Initech's only invoice, the only ERP one, dated 2026-11-13, the
# only invoice of that date) waits on a controller (approval_requested, as earlier banks give it).
AUDIT_FRESH52 = {
    "acme's cordless drill invoice INV-1043": ["decision_approve"],
    "northwind's NW-5602 with the paper and toner": ["decision_reject"],
    "the bracket invoice from globex": ["GX-2026-118"],
    "the ERP invoice initech sent on 13 november": ["approval_requested"],
}
# The invoice each reference in words names (the scorer looks the entity up by find_case, which reads ids).
AUDIT_CASE_FRESH52 = {
    "the bracket invoice from globex": "GX-2026-118",
    "the ERP invoice initech sent on 13 november": "INV-88120",
}
# "the bill from industriestrasse 7" is GX-2026-118 (Globex Industrial GmbH, Industriestrasse 7, Muenchen: the only
# supplier at that address, with one invoice); "the 24k initech bill" is INV-88120 (24,000.00, Initech's only
# invoice).
REFUSE_FRESH52 = {
    "the bill from industriestrasse 7": "GX-2026-118",
    "the 24k initech bill": "INV-88120",
}
LOCAL_REFS_FRESH52 = {
    "acme's drill invoice from november": {
        "de": "die November-Rechnung von Acme für die Bohrer",
        "fr": "la facture de perceuses d'Acme de novembre",
        "es": "la factura de taladros de Acme de noviembre",
        "nl": "de boorfactuur van Acme uit november",
    },
    "the bill for the eight impact driver kits": {
        "de": "die Rechnung über die acht Schlagschrauber-Sets",
        "fr": "la facture des huit coffrets de visseuses à chocs",
        "es": "la factura de los ocho juegos de atornilladores de impacto",
        "nl": "de factuur voor de acht slagschroevendraaierkits",
    },
    "the umbrela team lunch invoice": {
        "de": "die Umbrela-Rechnung fürs Team-Mittagessen",
        "fr": "la facture Umbrela du déjeuner d'équipe",
        "es": "la factura de Umbrela de la comida del equipo",
        "nl": "de Umbrela-factuur voor de teamlunch",
    },
    "northwnd's invoice with the six toner cartridges": {
        "de": "die Northwnd-Rechnung mit den sechs Tonerkartuschen",
        "fr": "la facture Northwnd avec les six cartouches de toner",
        "es": "la factura de Northwnd con los seis cartuchos de tóner",
        "nl": "de Northwnd-factuur met de zes tonercartridges",
    },
    "the invoice initech sent from austin": {
        "de": "die von Initech aus Austin geschickte Rechnung",
        "fr": "la facture qu'Initech nous a envoyée d'Austin",
        "es": "la factura que Initech mandó desde Austin",
        "nl": "de factuur die Initech vanuit Austin stuurde",
    },
    "globx's bill for the 500 mounting brackets": {
        "de": "die Globx-Rechnung über die 500 Montagewinkel",
        "fr": "la facture Globx des 500 équerres de fixation",
        "es": "la factura de Globx por los 500 soportes de montaje",
        "nl": "de Globx-factuur voor de 500 montagebeugels",
    },
    "the invoice dated 10 november": {
        "de": "die Rechnung mit Datum 10. November",
        "fr": "la facture datée du 10 novembre",
        "es": "la factura con fecha 10 de noviembre",
        "nl": "de factuur met datum 10 november",
    },
    "the invoice from our supplier in munich": {
        "de": "die Rechnung unseres Münchner Lieferanten",
        "fr": "la facture de notre fournisseur munichois",
        "es": "la factura de nuestro proveedor de Múnich",
        "nl": "de factuur van onze leverancier in München",
    },
    "the bill for phase one of the ERP rollout": {
        "de": "die Rechnung für Phase eins der ERP-Umstellung",
        "fr": "la facture de la première phase du déploiement ERP",
        "es": "la factura de la primera fase del despliegue del ERP",
        "nl": "de rekening voor fase één van de ERP-uitrol",
    },
    "the initec invoice on PO-2003": {
        "de": "die Initec-Rechnung zur PO-2003",
        "fr": "la facture Initec rattachée au PO-2003",
        "es": "la factura de Initec asociada a la PO-2003",
        "nl": "de Initec-factuur bij PO-2003",
    },
    "the catering invoice from raccoon city": {
        "de": "die aus Raccoon City gekommene Catering-Rechnung",
        "fr": "la facture de traiteur venue de Raccoon City",
        "es": "la factura de catering que llegó de Raccoon City",
        "nl": "de cateringrekening uit Raccoon City",
    },
    "umbrella's 480 lunch invoice": {
        "de": "die Mittagessen-Rechnung von Umbrella über 480",
        "fr": "la facture de déjeuner d'Umbrella de 480",
        "es": "la factura de la comida de Umbrella de 480",
        "nl": "de lunchfactuur van Umbrella van 480",
    },
    "the toner invoice against the administration PO": {
        "de": "die Toner-Rechnung zur Bestellung der Verwaltung",
        "fr": "la facture de toner rattachée au bon de commande de l'administration",
        "es": "la factura del tóner de la orden de compra de administración",
        "nl": "de tonerfactuur bij de inkooporder van de administratie",
    },
    "the northwind bill from harbor street": {
        "de": "die Northwind-Rechnung aus der Harbor Street",
        "fr": "la facture Northwind de Harbor Street",
        "es": "la factura de Northwind de Harbor Street",
        "nl": "de Northwind-factuur uit de Harbor Street",
    },
    "the bracket PO robin ortiz put in": {
        "de": "die von Robin Ortiz aufgegebene Winkel-Bestellung",
        "fr": "le bon de commande d'équerres passé par Robin Ortiz",
        "es": "la orden de compra de soportes que pidió Robin Ortiz",
        "nl": "de beugelinkooporder die Robin Ortiz plaatste",
    },
    "the PO finance opened with initech": {
        "de": "die von der Finanzabteilung bei Initech eröffnete Bestellung",
        "fr": "le bon de commande ouvert par la finance chez Initech",
        "es": "la orden de compra que abrió finanzas con Initech",
        "nl": "de inkooporder die financiën bij Initech opende",
    },
    "the PO for the drills we received on 3 november": {
        "de": "die Bestellung für die am 3. November eingegangenen Bohrer",
        "fr": "le bon de commande des perceuses reçues le 3 novembre",
        "es": "la orden de compra de los taladros que recibimos el 3 de noviembre",
        "nl": "de inkooporder voor de boormachines die we op 3 november ontvingen",
    },
    "the paper and toner PO the admin team raised": {
        "de": "die von der Verwaltung aufgegebene Bestellung für Papier und Toner",
        "fr": "le bon de commande papier et toner passé par l'administration",
        "es": "la orden de compra de papel y tóner que hizo administración",
        "nl": "de inkooporder voor papier en toner die de administratie plaatste",
    },
    "the vendor on freidrich lane": {
        "de": "der Lieferant in der Freidrich Lane",
        "fr": "le fournisseur de Freidrich Lane",
        "es": "el proveedor de Freidrich Lane",
        "nl": "de leverancier aan de Freidrich Lane",
    },
    "the supplier with VAT number DE811569869": {
        "de": "der Lieferant, dessen USt-IdNr. DE811569869 lautet",
        "fr": "le fournisseur dont la TVA intracom est DE811569869",
        "es": "el proveedor con NIF-IVA DE811569869",
        "nl": "de leverancier wiens btw-nummer DE811569869 is",
    },
    "the vendor whose bank account starts GB82": {
        "de": "der Kreditor, dessen Konto mit GB82 anfängt",
        "fr": "le fournisseur dont le compte commence par GB82",
        "es": "el proveedor cuya cuenta empieza por GB82",
        "nl": "de leverancier met een rekening die met GB82 begint",
    },
    "northshore's restock of sixty boxes of A4": {
        "de": "der Nachschubauftrag von Northshore über sechzig Kartons A4",
        "fr": "la commande de réassort de soixante cartons d'A4 de Northshore",
        "es": "la venta de reposición de sesenta cajas de A4 a Northshore",
        "nl": "de aanvulorder van Northshore voor zestig dozen A4",
    },
    "blue harbor's add-on order for five spare drills": {
        "de": "der Nachkauf von Blue Harbor über fünf Ersatzbohrer",
        "fr": "la commande complémentaire de Blue Harbor pour cinq perceuses de rechange",
        "es": "la venta complementaria de cinco taladros de repuesto a Blue Harbor",
        "nl": "de bijbestelling van Blue Harbor voor vijf reserveboormachines",
    },
    "the meridan drills pilot": {
        "de": "der Bohrer-Pilotauftrag von Meridan",
        "fr": "la vente pilote de perceuses à Meridan",
        "es": "la venta piloto de taladros a Meridan",
        "nl": "de proeforder boormachines van Meridan",
    },
    "acme's cordless drill invoice INV-1043": {
        "de": "die INV-1043 von Acme über die Akkubohrer",
        "fr": "la facture de perceuses sans fil INV-1043 d'Acme",
        "es": "la factura de taladros inalámbricos INV-1043 de Acme",
        "nl": "de accuboorfactuur INV-1043 van Acme",
    },
    "northwind's NW-5602 with the paper and toner": {
        "de": "die Northwind-Rechnung NW-5602 über Papier und Toner",
        "fr": "la facture NW-5602 de Northwind pour le papier et le toner",
        "es": "la factura NW-5602 de Northwind del papel y el tóner",
        "nl": "de Northwind-factuur NW-5602 voor papier en toner",
    },
    "the bracket invoice from globex": {
        "de": "die Winkel-Rechnung von Globex",
        "fr": "la facture d'équerres de Globex",
        "es": "la factura de los soportes de Globex",
        "nl": "de beugelfactuur van Globex",
    },
    "the ERP invoice initech sent on 13 november": {
        "de": "die am 13. November von Initech geschickte ERP-Rechnung",
        "fr": "la facture ERP envoyée par Initech le 13 novembre",
        "es": "la factura del ERP que mandó Initech el 13 de noviembre",
        "nl": "de ERP-factuur die Initech op 13 november stuurde",
    },
    "the bill from industriestrasse 7": {
        "de": "die Rechnung aus der Industriestrasse 7",
        "fr": "la facture de l'Industriestrasse 7",
        "es": "la factura de Industriestrasse 7",
        "nl": "de factuur van Industriestrasse 7",
    },
    "the 24k initech bill": {
        "de": "die 24k-Rechnung von Initech",
        "fr": "la facture de 24k d'Initech",
        "es": "la factura de 24k de Initech",
        "nl": "de 24k-factuur van Initech",
    },
}
