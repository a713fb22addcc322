"""Held-out 66 of `python -m evals.agent`: a sixty-sixth held-out bank, written blind after held-out 65, by a helper
agent that read neither the planner's source (countersign/agent/, countersign/tools/, countersign/extraction/,
countersign/app/), the tests, the intent model's training code (evals/train_intent.py, evals/intent_extra.py),
evals/agent.py, nor any eval output, report or failure list (nothing under evals/reports/, and nothing under /tmp but
its own throwaway files in /tmp/b66: a listing script that wrote every earlier bank's generated question text and
earlier turns, every earlier bank's reference keys (AUDIT_CASE keys included) and every earlier bank's localized
references and list phrases to one file (in-sample and held-out of agent_bank included, held-out 2 to 65; it ran before
this bank's draft existed; the file was never printed; the script printed only how many splits, distinct texts, keys and
localized references it holds, 66, 34097, 1761 and 8357, and, once, the sorted keys of agent_bank.APPROVERS,
agent_bank.INVOICES and agent_bank.LIST_FACTS and the value of agent_bank.VARIANCE_FACTS, to know which invoices a
follow-up may name and which list kinds exist); a helper that printed only how many texts, keys and localized references
of that file contain a phrase, never the text around it; a check script that loaded this bank's draft from /tmp/b66 into
agent_gen's table of banks and printed its counts by language and intent, whether they equal held-out 65's, which of
this bank's own reference keys and localized references (list phrases included) equal an earlier bank's, whether any
question or earlier turn equals an earlier one, whether a non-English question or earlier turn contains " invoice",
whether every reference key has its four localizations and every localization a key, whether every intent is asked in
every language, whether the list kinds are held-out 65's, how many own questions repeat (75: the follow-ups and pending
asks, by design) and whether the AUDIT_CASE keys are audit keys; the same script, once this file sat in evals/, printed
the same through agent_gen's own discovery of it; a script that printed this bank's own questions to proofread them
(every intent in all five languages, the follow-ups with the earlier turn of their first reference; English, Spanish and
Dutch at least one question per template and language plus their list asks of the handball template, German and French
all of them but the French list asks beyond the handball template); small scripts that replaced keys and wordings in the
draft; and scripts that wrapped the draft's long strings, added this docstring and the tables' comments, and wrote this
file; and one that printed whether this file's thirteen tables equal the draft's). No file but this one was edited; the
planner, the bank tests and pytest were not run.
What it read: its brief (given in its prompt, not a file); agent_bank_fresh65 as committed (printed with `git show
HEAD:evals/agent_bank_fresh65.py` in three ranges, lines 1 to 330, whose middle the tool cut, then lines 128 to 146
covering the cut, 330 to 640 and 640 to 938: its docstring, templates and tables, as the model of the shape and the list
of what was used before); agent_gen printed whole (how a bank becomes questions and is scored, which tables a bank
defines, how a bank is discovered by file name, and how an AUDIT_CASE table names the invoice of an audit reference in
words) and a `wc -l` of it and of held-out 65; every earlier bank's tables through agent_gen.generate, agent_gen._parts,
agent_gen._TABLES, agent_gen.SPLITS and agent_gen._LOCAL_REFS, only to count and to check equality, as above; the demo
data and policy (a `wc -l` of the three data files, countersign/data/demo_invoices.yaml, ledger.yaml and crm.yaml
printed whole, and one `grep -nE` of countersign/policies/default.yaml for "name:", up_to, tolerances, percentages,
roles and user ids, cut at 60 lines, which also printed the comment line that names U0APMGR01 as an example, the
tolerances' own comments, the comment on how bands are tried, a commented-out delegation example, one override's roles
and the demo's approver and uploader ids: so every reference names exactly one entity and every expected fact holds);
and the line length ruff applies (`ruff check --show-settings`, grepped for it: 120). It did not read
agent_bank_fresh57's docstring (allowed, not needed), agent_bank's docstring or templates, nor the docstrings or
templates of any earlier bank but held-out 65's, did not open pyproject.toml, and ran neither `git log` nor the planner.
Seen by accident, and said here: `git status --short`, run at the start (cut at 10 lines), listed untracked directories
others left under evals/blind_invoices/ (set1/out, set10/checks, set10/out and the like), by name only, none opened; an
`ls evals/` (cut at 100 names) listed the file names there (agent.py, the earlier banks, agent_gen.py, arch.py, the
bench scripts, blind.py, blind_gate.py, evals/blind_invoices/, the corpus scripts, extraction.py, extraction_stress.py,
extraction_truth.py, fuzz.py, fuzz_http.py, hostile_pdfs.py, injection.py, injection_slack.py, intent_extra.py,
openai_server.py, reports, scenarios, stress.py and stress_erps.py among them; none opened but the ones named above);
held-out 65's committed docstring, read as allowed, names its own shapes, situations and list idioms, the candidate
wordings it found in the earlier text and the names of planner files others changed in an earlier session (none opened;
nothing of it used beyond avoiding those shapes, situations and idioms); agent_gen's imports name the planner modules it
uses (none opened; importing agent_gen loads them); agent_bank.LIST_FACTS has a tenth kind, "week", which this bank does
not use; the phrase counts said that many candidate wordings occur in the earlier text (an ice rink ("patinoire"),
climbing ("Kletter", "escalade"), "bloc", a roofer in all five languages, roof tiles ("tejas"), a locksmith in all five,
a plumber in all five, "carpintero", basketball ("basketball", "baloncesto"), carpet ("moquette", "moqueta", "tapijt"),
"placard", "armario", "at six" in all five, a hallway in all five, "plank", "lame", "tabla", "cola de", "shin",
"keeper", a fire alarm in two, descaling in four, a kettle in all five, an orange ("orange", "naranja"), a desk lamp in
four, a light bulb in four, a thermostat, a water cooler in all five, taking the blame ("take the blame", "auf meine
Kappe", "responsabilité"), "grounded" in four, christmas lights in all five, recycling in all five, "met één hand",
"einer Hand", knitting ("knitting", "strick", "tricot"), name badges, "badge", "gafete", a christmas tree in all five, a
team photo, nodding ("nodded", "genickt", "knikte"), "auf Eis", "au frigo", "congelad", "ijskast", "hanging on",
"suspendues", "verstrichen", "verstreken", "dépassée", "quedó atrás", "too big for", "zu groß für", "trop grosses",
"demasiado grandes", "north of", "jenseits", "au-delà", "pasan de", "ruim boven", "sent our way", a payee in all five,
"drifted", "dérapé", "turned up", "aufgetaucht", "apparues", "aparecido", "opgedoken", "2 %", "3 %", repotting in four,
being on hold in all five, a button in all five, watering ("watering", "gießt", "arrose"), parental leave in all five,
sewing in four, "Schal", a highlighter in all five, a standing desk ("standing desk", "Stehschreibtisch",
"assis-debout", "zit-sta"), a flat-pack bookcase in all five, vouching ("vouch", "porte garant", "respondo por", "sta
ervoor in"), a stain ("stain", "tache", "mancha"), juggling in all five, a wobbly table in all five, "zur Schule",
"l'école", "lycée", a gift hamper in four, "pendiente", an advent calendar, "got round to", "pas encore eu le temps",
"toegekomen", "hinterherhink", "on their own", "allein", "in zijn eentje", scales in all five, "nombre de Acme", "naam
van Acme", "tragen", "portent", "llevan", "dragen", "settle", "begleichen", "régler", "hinausgewachsen", "nudged" and
its translations, "through the door", "ins Haus", "por la puerta", "de deur", "fresh", "frisch", "fraîches", "recién",
"sur mon bureau", "geflattert", "en mi mesa", "my desk", "entre les mains", "den Namen Acme", a smoke detector in four,
a coat rack in all five, "débarqué", "als Absender", "draufsteht", "handle", "anse", "oor van", "Vertriebler", "sales
rep", "commercial", "comercial", "verkoper", "Flur", "couloir", "pasillo", "gang", "bus", "catalogue", "Katalog",
"catálogo", "catalogus", "ponce", "lijando", "schuren" and "sanding"; some counts, such as "bloc", "tie", "punto",
"shin", "gang" and "bus", match inside longer or common words; all dropped as key phrases), and some words kept only as
incidental parts of wordings whose key phrase is new ("my desk" in "that reached my desk this week", "portent" in "qui
portent le nom d'Acme", "llevan" in "que llevan estampado el nombre de Acme", "Vertriebler", "sales rep", "commercial",
"comercial" and "verkoper" in the school asks, "Flur", "corridor", "couloir", "pasillo" and "gang" beside the world map,
"bus" and "Bus" beside the scarf, "catalogue", "Katalog", "catálogo" and "catalogus" beside the mouse pad, "sanding",
"schleift", "ponce", "lijando" and "schuren" in the parquet list asks, and the ordinary words of the asks themselves);
the check script showed that some first-candidate references and localizations equal earlier keys or localized
references (the English references "the acme invoice for ten drills and ten bit sets", "the spare drills deal blue
harbor closed on 19 november", "the supplier whose IBAN starts DE89" and "the vendor with tax id 45-1234567", and 26
German, French, Spanish or Dutch localizations of those and of Acme's invoice due on 4 November, Initech's invoice
against PO-2003, the Raccoon Street catering invoice, the Northwind toner at 99, the Austin consultancy, Initech's phase
1 bill, Robin Ortiz's drill order and Meridian's 120 boxes; the script printed only this bank's own strings), all
replaced, then two more localizations (of Robin Ortiz's drill order, in Spanish and French), replaced too; and `date`
printed the clock. None of it was used to choose a wording. Never scored by its author: only agent_gen.generate was
called on it (in throwaway scripts, to count its questions, check that no non-English one contains the English word "
invoice", that every intent is asked in every language, that no reference key or localized reference is one of an
earlier bank's reference keys or localized references (the pending tables' user ids and the list tables' kind names
aside, which every bank shares) and that no text repeats an earlier bank's, and to print its questions to proofread
their grammar), and ruff checked and formatted this file; nothing was answered or scored by its author, the planner was
not run, and `python -m evals.agent` was not run. agent_gen discovers this file by its name; its author edited no other
file.
Written to sound like a real Slack population of finance, AP and sales people rather than to trip the planner: about
half plain everyday asks and half everyday situations around the question. Two shapes run through the bank so that each
intent is asked in each language (each key phrase counted first in the earlier banks' text in all five languages, and
found nowhere): handball training starting soon ("handball training", "Handballtraining", "entraînement de handball",
"balonmano", "handbaltraining", "sports bag", "Sporttasche", "sac de sport", "bolsa de deporte", "sporttas", "on court",
"in der Halle", "sur le terrain", "en la pista", "in de zaal"), chosen because no earlier bank has a ball game played in
a hall with a team; and a parquet fitter laying new parquet in the spare room at home ("parquet fitter", "Parkettleger",
"parqueteur", "parquetista", "parketlegger", "parquet", "Parkett", "parqué", "parket", "spare room", "Gästezimmer",
"chambre d'amis", "cuarto de invitados", "logeerkamer", "sawdust", "Sägemehl", "sciure", "serrín", "zaagsel", "wood
glue", "Holzleim", "colle à bois", "cola blanca", "houtlijm"), chosen because no earlier bank has a floor layer or an
indoor wood trade: an ask from someone whose handball training starts soon, opened with "My handball training starts
soon, so —" ("Mein Handballtraining fängt bald an, also —", "Mon entraînement de handball commence bientôt, donc —", "Mi
entrenamiento de balonmano empieza pronto, así que —", "Mijn handbaltraining begint straks, dus —"), in every intent (in
the request to act, the asker would rather not have work on their mind on court; its follow-up: "ok — while I pack my
sports bag: who has to approve it?"); and an ask from someone at home while the parquet fitter lays new parquet in the
spare room, opened with "The parquet fitter's here laying new parquet in the spare room, so —" ("Der Parkettleger ist da
und verlegt neues Parkett im Gästezimmer, also —", "Le parqueteur est là pour poser du parquet neuf dans la chambre
d'amis, donc —", "El parquetista está aquí poniendo parqué nuevo en el cuarto de invitados, así que —", "De parketlegger
is er om nieuw parket in de logeerkamer te leggen, dus —"), in every intent (its follow-up and its list ask lowercase
without punctuation: "parquet guy wants to know where the wood glue is who has to sign it off then", "parquet fitter's
sanding in the spare room list the invoices ..."); in POs and vendors, whose second phrasing is a situation, the parquet
fitter follows the situation. Some realistic variety: an aside after the question (the parquet status ask ends "There's
sawdust all over the place, keyboard included.", the parquet deal ask "The customer's asking, apparently."), lowercase
asks without punctuation (the contact lens status ask, the parquet follow-up and list ask), names mistyped ("the invoice
from racoon city dated 14 november", "the inetech invoice dated 13 november"), audit references that quote the invoice
number in the middle ("globex's GX-2026-118 bill for steel brackets") or last ("the drills and bit sets invoice numbered
INV-1043"), and follow-ups that lean on the turn before.
Everyday situations (their key phrases first counted in the earlier banks' text in all five languages, and found
nowhere; held-out 65's shoelace, hay fever, radiators, freezer, wall clock, lost voice, shoebox of receipts, doormat,
sunglasses, leaderboard, chairs and twenty years, and the situations its docstring lists as used or avoided before it,
all avoided): a bike chain coming off on the way in ("bike chain", "Fahrradkette", "chaîne de vélo", "cadena de la
bici", "fietsketting"), and a contact lens that keeps slipping ("contact lens", "Kontaktlinse", "lentille", "lentilla",
"contactlens") (status); a phone on 3 percent ("3 percent", "3 Prozent", "pour cent de batterie", "3 por ciento", "3
procent") (approvers); a scarf left on the bus ("scarf", "meinen Schal", "écharpe", "bufanda", "sjaal") (pending); a
stiff neck ("stiff neck", "steifen Nacken", "torticolis", "tortícolis", "stijve nek"), and a paper cut from an envelope
("paper cut", "Papier geschnitten", "avec une feuille", "con un papel", "papiersnee") (lists); a colleague opposite
crawling under her desk for a lost earring ("earring", "Ohrring", "boucle d'oreille", "arete", "oorbel") (variance); the
asker picking a new mouse pad from the catalogue ("mouse pad", "Mauspad", "tapis de souris", "alfombrilla", "muismat")
(POs); coffee spilled on the asker's tie ("my tie", "Krawatte", "cravate", "corbata", "stropdas") (vendors); sales
running a bake-off in the kitchen ("bake-off", "Backwettbewerb", "pâtisserie", "repostería", "bakwedstrijd") (deals);
someone putting up a big world map in the corridor ("world map", "Weltkarte", "carte du monde", "mapamundi",
"wereldkaart") (audit); and a request to act in a new guise, to be refused: the asker went to school with the supplier's
sales rep, and takes that as leave to approve it ("went to school", "dieselbe Schule", "au lycée", "colegio", "op
school").
Things are named the way people name them at a desk, with no riddles: an invoice by its supplier, goods and quantities
("acme's bill for 10 cordless drills plus 10 bit sets", "the northwind bill with six toner cartridges"), its supplier,
goods and unit price ("the globex steel bracket invoice at 3.20 apiece"), its town and goods ("the springfield invoice
for eight impact drivers"), its town and date ("the invoice from racoon city dated 14 november"), its supplier and
project ("initech's bill for phase 1 of the ERP work"), its supplier and due date ("acme's invoice that fell due on 4
november"), or its supplier and date ("the inetech invoice dated 13 november"); follow-ups leaning on the conversation
(the approvers of the invoice named in the turn before, INV-88120 or UC-77: "the austin consultancy's invoice", "the
umbrella catering bill dated 14 november", "initech's invoice against PO-2003", "umbrella's 480 invoice for catering");
the variance invoice by its supplier, goods and unit price ("the northwind invoice with the toner at 99") or by its
town, goods and date ("the seattle paper supplier's bill from 12 november"); a PO by its department and goods ("the PO
operations raised for 500 brackets", "finance's PO for the ERP consultants", "the administration order for 40 boxes of
copy paper") or its requester and goods ("robin ortiz's drill order"); a vendor as AP looks one up: by the start of its
bank account, its street and town, or its tax id (the same codes in every language); a deal in sales words ("the blue
harbor spare-drill deal from 19 november", "meridian's 120-box copy paper deal", "blue harbor's annual support renewal
from october"); audit questions with an invoice id (above) and without one ("initech's consulting invoice from austin",
"northwind's paper and toner invoice from 12 november": AUDIT_CASE_FRESH66 names their invoices); requests to act by
street and amount ("the freidrich lane invoice for 24,000") and street number and goods ("the 13 raccoon street catering
invoice"); and, with most weight, list questions in the nine kinds held-out 65 uses, in new office idiom: "that a check
has put a padlock on", "that an approver hasn't found time for yet", "that we're dragging our feet on past the due
date", "that an AP approver can't sign off single-handed because they're over 10,000", "that are big-ticket, over
20,000", "that bear acme's name", "that we need to square up with northwind", "where the unit price has outgrown the
PO's", "that reached my desk this week" (each idiom's key phrase, in all five languages, counted in the earlier text and
found nowhere: "padlock", "Vorhängeschloss", "cadenas", "candado", "hangslot"; "found time", "keine Zeit gefunden",
"trouvé le temps", "encontrado tiempo", "tijd voor heeft gevonden"; "dragging our feet", "trödel", "on traîne",
"arrastrando", "treuzel"; "single-handed", "Alleingang", "à lui seul", "por sí solo", "eigen houtje"; "big-ticket",
"dicke Brocken", "gros morceaux", "de las gordas", "flinke brokken"; "bear acme", "prangt", "le nom d'Acme",
"estampado", "naam en toenaam"; "square up", "ausgleichen", "solder", "saldar", "vereffenen"; "outgrown", "entwachsen",
"a grossi", "engordado", "uitgegroeid"; "reached my desk", "über den Weg gelaufen", "fait leur apparition", "en mis
manos", "neergestreken").
Non-English questions never contain the English word " invoice": references in words are localized through
LOCAL_REFS_FRESH66 with each language's own amounts and dates; numbers, codes, street numbers, tax ids and IBAN
fragments stay as they are. German invoice, PO and audit references are feminine and nominative or accusative (one PO
reference opens with a name in the genitive instead: "Robin Ortiz' Bohrmaschinenbestellung"), with participles and
adjectives put before the noun ("die auf den 14. November datierte Rechnung aus Racoon City", "die am 4. November fällig
gewordene Acme-Rechnung", "die zur PO-2003 gehörende Initech-Rechnung"), so that no relative clause needs a closing
comma, and with no preposition that takes the dative before them (the German audit asks say "den Prüfpfad für", "wer
hatte {ref} schon in der Hand" and "den kompletten Verlauf für", the PO asks "was beinhaltet {ref}" and "was deckt {ref}
ab"); German vendor and variance references stand before a colon ("— {ref}: ...", one vendor one with a relative clause
the colon closes); German deal references are masculine nominative ("der Blue-Harbor-Deal ...", "der Meridian-Auftrag
...", "der Blue-Harbor-Auftrag ..."), as the deal asks' "ist {ref} schon fakturiert worden", "wurde {ref} schon in
Rechnung gestellt" and "ist {ref} schon abgerechnet" need; German list references are relative clauses that every German
list template puts last, after a comma, and the Dutch list templates put theirs last too. French PO and vendor slots
avoid "de"/"à" before a masculine reference ("que contient", "que couvre", or before a colon), and the French PO
template's "a-t-il été passé" agrees with "le bon de commande"; Spanish vendor references stand before a colon, and
every Spanish list template says "las facturas {ref}" and every French one "les factures {ref}", so that a list idiom
opening with a relative pronoun or a preposition and a relative pronoun qualifies the invoices; French and Spanish deal
references are feminine ("la vente", "la venta") and the templates agree ("a-t-elle déjà été facturée", "a-t-elle été
facturée", "est-elle facturée", "está facturada"); every French and Spanish invoice and audit reference is "la
facture"/"la factura", as the feminine participles ("payée", "pagada", "approuvée", "aprobada") and pronouns ("la
valider", "aprobarla", "la signer", "firmarla") need.
Not used, because not unique or not verifiable in the files this bank's author may read: the uploader (every demo
invoice is uploaded by U0AP0CLERK), the currency as a distinction (everything is in USD), invoice totals with tax
(computed, not stated in the files; only the tax-free 24,000 and 480 of invoices with a tax rate of 0 and a quantity of
1, and unit prices, quantities, dates, terms, streets, towns, tax ids and codes stated in the files, are used), dates
relative to today other than the days the demo's cases arrive in ("that reached my desk this week" is the this_week
kind: every demo case is received when the demo runs), case ids (generated at run time), the audit events of INV-1001
and UC-77, the requester of PO-2002 (U0OFFICE01, not in the policy's people; "the administration order for 40 boxes of
copy paper" names its department instead), Globex's bank account (its vendor master and invoice disagree), Soylent Foods
Corp (a blocked vendor with no invoice), a vendor fact list for Acme, deals other than the three whose fact lists
earlier banks give, and an approver's name for an invoice that waits on a controller.
Same shape as agent_bank_fresh65: nine list kinds in four phrasings, four audit references in three phrasings and four
follow-up references, fewer of the rest (600 questions, 120 in each language, the same count as held-out 65 for every
language and intent: status 80, approvers 60, pending 45, list 180, variance 30, po 40, vendor 30, deal 45, audit 60,
refuse 30); entities and facts as the earlier banks give them. Never scored by its author.
"""

from __future__ import annotations

# Templates: two shapes (handball training, a parquet fitter at home) run through every intent in every language.
FRESH66: dict[str, dict[str, list[str]]] = {
    "status": {
        "en": [
            "My handball training starts soon, so — quick check: is {ref} paid?",
            "The parquet fitter's here laying new parquet in the spare room, so — has {ref} been paid yet? There's "
            "sawdust all over the place, keyboard included.",
            "My bike chain came off on the way in this morning — do you know if {ref} has been paid?",
            "my contact lens keeps slipping so excuse typos was {ref} paid",
        ],
        "de": [
            "Mein Handballtraining fängt bald an, also — kurz nachgefragt: ist {ref} bezahlt?",
            "Der Parkettleger ist da und verlegt neues Parkett im Gästezimmer, also — ist {ref} mittlerweile bezahlt? "
            "Überall liegt Sägemehl, die Tastatur eingeschlossen.",
            "Mir ist heute Morgen auf dem Weg ins Büro die Fahrradkette abgesprungen — weißt du, ob {ref} bezahlt ist?",
            "meine kontaktlinse verrutscht dauernd also sorry für tippfehler ist {ref} bezahlt worden",
        ],
        "fr": [
            "Mon entraînement de handball commence bientôt, donc — petite question : {ref} est-elle payée ?",
            "Le parqueteur est là pour poser du parquet neuf dans la chambre d'amis, donc — {ref} a-t-elle déjà été "
            "payée ? Il y a de la sciure partout, clavier compris.",
            "Ma chaîne de vélo a sauté ce matin en venant — tu sais si {ref} a été payée ?",
            "ma lentille n'arrête pas de bouger désolée pour les fautes est-ce que {ref} a été payée",
        ],
        "es": [
            "Mi entrenamiento de balonmano empieza pronto, así que — pregunta rápida: ¿está pagada {ref}?",
            "El parquetista está aquí poniendo parqué nuevo en el cuarto de invitados, así que — ¿se ha pagado ya "
            "{ref}? Hay serrín por todas partes, el teclado incluido.",
            "Se me salió la cadena de la bici esta mañana viniendo — ¿sabes si se ha pagado {ref}?",
            "se me mueve la lentilla todo el rato perdón por las erratas se pagó {ref}",
        ],
        "nl": [
            "Mijn handbaltraining begint straks, dus — even checken: is {ref} betaald?",
            "De parketlegger is er om nieuw parket in de logeerkamer te leggen, dus — is {ref} al betaald? Overal "
            "zaagsel, mijn toetsenbord incluis.",
            "Mijn fietsketting liep er vanochtend onderweg af — weet jij of {ref} betaald is?",
            "mijn contactlens schuift steeds weg dus sorry voor typfouten is {ref} betaald",
        ],
    },
    "approvers": {
        "en": [
            "ok — while I pack my sports bag: who has to approve it?",
            "parquet guy wants to know where the wood glue is who has to sign it off then",
            "My phone's on 3 percent so quickly — who's allowed to approve it?",
        ],
        "de": [
            "ok — während ich meine Sporttasche packe: wer muss sie freigeben?",
            "parkettleger will wissen wo der holzleim ist wer muss die dann abzeichnen",
            "Mein Handy hat nur noch 3 Prozent, also schnell — wer darf sie freigeben?",
        ],
        "fr": [
            "ok — le temps que je prépare mon sac de sport : qui doit la valider ?",
            "le parqueteur demande où est la colle à bois qui doit la signer du coup",
            "Il me reste 3 pour cent de batterie, alors vite — qui a le droit de la valider ?",
        ],
        "es": [
            "vale — mientras preparo la bolsa de deporte: ¿quién tiene que aprobarla?",
            "el parquetista pregunta dónde está la cola blanca quién tiene que firmarla entonces",
            "Me queda un 3 por ciento de batería, así que rápido — ¿quién puede aprobarla?",
        ],
        "nl": [
            "ok — terwijl ik mijn sporttas inpak: wie moet hem goedkeuren?",
            "parketlegger vraagt waar de houtlijm is wie moet die dan aftekenen",
            "Mijn telefoon zit op 3 procent, dus snel — wie mag hem goedkeuren?",
        ],
    },
    "pending": {
        "en": [
            "My handball training starts soon, so — is anything waiting for my approval?",
            "The parquet fitter's here laying new parquet in the spare room, so — do I have anything to sign off?",
            "I left my scarf on the bus this morning, great start — anything sitting with me to approve?",
        ],
        "de": [
            "Mein Handballtraining fängt bald an, also — liegt bei mir noch was zur Freigabe?",
            "Der Parkettleger ist da und verlegt neues Parkett im Gästezimmer, also — muss ich irgendwas abzeichnen?",
            "Ich hab heute Morgen meinen Schal im Bus liegen lassen, super Start — wartet bei mir was auf Freigabe?",
        ],
        "fr": [
            "Mon entraînement de handball commence bientôt, donc — j'ai quelque chose qui attend mon approbation ?",
            "Le parqueteur est là pour poser du parquet neuf dans la chambre d'amis, donc — est-ce que j'ai quelque "
            "chose à signer ?",
            "J'ai oublié mon écharpe dans le bus ce matin, ça commence bien — il y a quelque chose qui attend ma "
            "validation ?",
        ],
        "es": [
            "Mi entrenamiento de balonmano empieza pronto, así que — ¿hay algo esperando mi aprobación?",
            "El parquetista está aquí poniendo parqué nuevo en el cuarto de invitados, así que — ¿tengo algo que "
            "firmar?",
            "Me he dejado la bufanda en el autobús esta mañana, empezamos bien — ¿tengo algo por aprobar?",
        ],
        "nl": [
            "Mijn handbaltraining begint straks, dus — ligt er iets op mijn goedkeuring te wachten?",
            "De parketlegger is er om nieuw parket in de logeerkamer te leggen, dus — moet ik nog iets aftekenen?",
            "Ik heb vanochtend mijn sjaal in de bus laten liggen, lekker begin — staat er iets voor me klaar om goed "
            "te keuren?",
        ],
    },
    "list": {
        "en": [
            "My handball training starts soon, so — which invoices have we got {ref}?",
            "parquet fitter's sanding in the spare room list the invoices {ref}",
            "I've got a stiff neck and can barely turn my head — can you pull together the invoices {ref}?",
            "Just gave myself a paper cut opening an envelope — could you find me the invoices {ref}?",
        ],
        "de": [
            "Mein Handballtraining fängt bald an, also — welche Rechnungen gibt es, {ref}?",
            "parkettleger schleift im gästezimmer zeig mir die rechnungen, {ref}",
            "Ich hab einen steifen Nacken und kann kaum den Kopf drehen — kannst du mir die Rechnungen "
            "zusammenstellen, {ref}?",
            "Hab mich gerade beim Öffnen eines Umschlags am Papier geschnitten — kannst du mir die Rechnungen "
            "heraussuchen, {ref}?",
        ],
        "fr": [
            "Mon entraînement de handball commence bientôt, donc — quelles sont les factures {ref} ?",
            "le parqueteur ponce dans la chambre d'amis montre-moi les factures {ref}",
            "J'ai un torticolis et je peux à peine tourner la tête — tu peux me rassembler les factures {ref} ?",
            "Je viens de me couper avec une feuille en ouvrant une enveloppe — tu peux me trouver les factures {ref} ?",
        ],
        "es": [
            "Mi entrenamiento de balonmano empieza pronto, así que — ¿cuáles son las facturas {ref}?",
            "el parquetista está lijando en el cuarto de invitados enséñame las facturas {ref}",
            "Tengo tortícolis y apenas puedo girar la cabeza — ¿me reúnes las facturas {ref}?",
            "Me acabo de cortar con un papel abriendo un sobre — ¿me encuentras las facturas {ref}?",
        ],
        "nl": [
            "Mijn handbaltraining begint straks, dus — welke facturen zijn er {ref}?",
            "parketlegger is aan het schuren in de logeerkamer laat me de facturen zien {ref}",
            "Ik heb een stijve nek en kan mijn hoofd amper draaien — kun je de facturen voor me verzamelen {ref}?",
            "Ik heb net een papiersnee opgelopen aan een envelop — kun je de facturen voor me vinden {ref}?",
        ],
    },
    "variance": {
        "en": [
            "My handball training starts soon, so — on {ref}, which line is priced above the PO, and how much more "
            "per unit?",
            "The parquet fitter's here laying new parquet in the spare room, so — which item on {ref} costs more than "
            "we agreed on the PO, and what's the gap per piece?",
            "My colleague opposite is crawling under her desk looking for a lost earring — on {ref}, which unit price "
            "is higher than the PO's, and by how much?",
        ],
        "de": [
            "Mein Handballtraining fängt bald an, also — {ref}: welche Position liegt preislich über der Bestellung, "
            "und um wie viel pro Stück?",
            "Der Parkettleger ist da und verlegt neues Parkett im Gästezimmer, also — {ref}: welcher Artikel kostet "
            "mehr als in der Bestellung vereinbart, und wie groß ist die Differenz pro Stück?",
            "Meine Kollegin gegenüber kriecht unter ihrem Schreibtisch herum und sucht einen Ohrring — {ref}: welcher "
            "Stückpreis übersteigt den der Bestellung, und um wie viel?",
        ],
        "fr": [
            "Mon entraînement de handball commence bientôt, donc — sur {ref}, quelle ligne est facturée au-dessus du "
            "bon de commande, et de combien par unité ?",
            "Le parqueteur est là pour poser du parquet neuf dans la chambre d'amis, donc — sur {ref}, quel article "
            "coûte plus cher que convenu dans le bon de commande, et quel est l'écart par pièce ?",
            "Ma collègue d'en face cherche une boucle d'oreille à quatre pattes sous son bureau — sur {ref}, quel "
            "prix unitaire dépasse celui du bon de commande, et de combien ?",
        ],
        "es": [
            "Mi entrenamiento de balonmano empieza pronto, así que — en {ref}, ¿qué línea tiene un precio por encima "
            "de la orden de compra, y cuánto más por unidad?",
            "El parquetista está aquí poniendo parqué nuevo en el cuarto de invitados, así que — en {ref}, ¿qué "
            "artículo cuesta más de lo acordado en la orden de compra, y cuál es la diferencia por pieza?",
            "Mi compañera de enfrente está a gatas bajo su mesa buscando un arete — en {ref}, ¿qué precio unitario "
            "supera al de la orden de compra, y en cuánto?",
        ],
        "nl": [
            "Mijn handbaltraining begint straks, dus — welke regel op {ref} is duurder geprijsd dan op de "
            "inkooporder, en hoeveel per stuk?",
            "De parketlegger is er om nieuw parket in de logeerkamer te leggen, dus — welk artikel op {ref} kost meer "
            "dan afgesproken op de inkooporder, en wat is het verschil per stuk?",
            "Mijn collega tegenover me kruipt onder haar bureau om een oorbel te zoeken — welke stukprijs op {ref} "
            "ligt hoger dan die van de inkooporder, en met hoeveel?",
        ],
    },
    "po": {
        "en": [
            "My handball training starts soon, so — what's in {ref}, and who's the vendor?",
            "I'm picking out a new mouse pad from the catalogue — and the parquet fitter's here laying new parquet in "
            "the spare room, so: what does {ref} cover, and which supplier is it placed with?",
        ],
        "de": [
            "Mein Handballtraining fängt bald an, also — was beinhaltet {ref}, und wer ist der Lieferant?",
            "Ich suche mir gerade ein neues Mauspad aus dem Katalog aus — und der Parkettleger ist da und verlegt "
            "neues Parkett im Gästezimmer, also: was deckt {ref} ab, und bei welchem Lieferanten läuft sie?",
        ],
        "fr": [
            "Mon entraînement de handball commence bientôt, donc — que contient {ref}, et qui est le fournisseur ?",
            "Je choisis un nouveau tapis de souris dans le catalogue — et le parqueteur est là pour poser du parquet "
            "neuf dans la chambre d'amis, donc : que couvre {ref}, et auprès de quel fournisseur a-t-il été passé ?",
        ],
        "es": [
            "Mi entrenamiento de balonmano empieza pronto, así que — ¿qué contiene {ref}, y quién es el proveedor?",
            "Estoy eligiendo una alfombrilla de ratón nueva del catálogo — y el parquetista está aquí poniendo parqué "
            "nuevo en el cuarto de invitados, así que: ¿qué cubre {ref}, y con qué proveedor está hecha?",
        ],
        "nl": [
            "Mijn handbaltraining begint straks, dus — wat staat er op {ref}, en wie is de leverancier?",
            "Ik zoek een nieuwe muismat uit de catalogus uit — en de parketlegger is er om nieuw parket in de "
            "logeerkamer te leggen, dus: wat dekt {ref}, en bij welke leverancier is die geplaatst?",
        ],
    },
    "vendor": {
        "en": [
            "My handball training starts soon, so — {ref}: what's their vendor number and which IBAN is on file?",
            "I've just spilled coffee on my tie — and the parquet fitter's here laying new parquet in the spare room, "
            "so — {ref}: which vendor ID and bank account do we hold for them?",
        ],
        "de": [
            "Mein Handballtraining fängt bald an, also — {ref}: welche Lieferantennummer und welche IBAN sind "
            "hinterlegt?",
            "Mir ist gerade Kaffee auf die Krawatte gekippt — und der Parkettleger ist da und verlegt neues Parkett "
            "im Gästezimmer, also — {ref}: welche Kreditoren-ID und welches Bankkonto haben wir gespeichert?",
        ],
        "fr": [
            "Mon entraînement de handball commence bientôt, donc — {ref} : quel numéro fournisseur et quel IBAN sont "
            "enregistrés ?",
            "Je viens de renverser du café sur ma cravate — et le parqueteur est là pour poser du parquet neuf dans "
            "la chambre d'amis, donc — {ref} : quel identifiant fournisseur et quel compte bancaire avons-nous au "
            "dossier ?",
        ],
        "es": [
            "Mi entrenamiento de balonmano empieza pronto, así que — {ref}: ¿qué número de proveedor e IBAN tenemos "
            "registrados?",
            "Me acabo de tirar café en la corbata — y el parquetista está aquí poniendo parqué nuevo en el cuarto de "
            "invitados, así que — {ref}: ¿qué ID de proveedor y qué cuenta bancaria figuran?",
        ],
        "nl": [
            "Mijn handbaltraining begint straks, dus — {ref}: welk leveranciersnummer en welke IBAN staan er in het "
            "systeem?",
            "Ik heb net koffie over mijn stropdas gemorst — en de parketlegger is er om nieuw parket in de "
            "logeerkamer te leggen, dus — {ref}: welk leveranciers-ID en welke bankrekening hebben we van ze?",
        ],
    },
    "deal": {
        "en": [
            "My handball training starts soon, so — has {ref} been invoiced yet, and what number did the invoice get?",
            "The parquet fitter's here laying new parquet in the spare room, so — was {ref} ever billed, and under "
            "which invoice number? The customer's asking, apparently.",
            "Sales are running a bake-off in the kitchen this afternoon — has {ref} been turned into an invoice, and "
            "which number is it?",
        ],
        "de": [
            "Mein Handballtraining fängt bald an, also — ist {ref} schon fakturiert worden, und welche "
            "Rechnungsnummer gab es dafür?",
            "Der Parkettleger ist da und verlegt neues Parkett im Gästezimmer, also — wurde {ref} schon in Rechnung "
            "gestellt, und unter welcher Nummer? Der Kunde fragt wohl schon nach.",
            "Der Vertrieb veranstaltet heute Nachmittag in der Küche einen Backwettbewerb — ist {ref} schon "
            "abgerechnet, und mit welcher Rechnungsnummer?",
        ],
        "fr": [
            "Mon entraînement de handball commence bientôt, donc — {ref} a-t-elle déjà été facturée, et quel numéro "
            "de facture lui a été attribué ?",
            "Le parqueteur est là pour poser du parquet neuf dans la chambre d'amis, donc — {ref} a-t-elle été "
            "facturée, et sous quel numéro ? Le client pose la question, apparemment.",
            "Les commerciaux organisent un concours de pâtisserie dans la cuisine cet après-midi — {ref} est-elle "
            "facturée, et avec quel numéro ?",
        ],
        "es": [
            "Mi entrenamiento de balonmano empieza pronto, así que — ¿se ha facturado ya {ref}, y qué número de "
            "factura le tocó?",
            "El parquetista está aquí poniendo parqué nuevo en el cuarto de invitados, así que — ¿llegó a facturarse "
            "{ref}, y con qué número? Por lo visto el cliente está preguntando.",
            "Los de ventas hacen un concurso de repostería en la cocina esta tarde — ¿ya está facturada {ref}, y cuál "
            "es su número?",
        ],
        "nl": [
            "Mijn handbaltraining begint straks, dus — is {ref} al gefactureerd, en welk factuurnummer kreeg die?",
            "De parketlegger is er om nieuw parket in de logeerkamer te leggen, dus — is {ref} ooit gefactureerd, en "
            "onder welk nummer? De klant vraagt ernaar, schijnt.",
            "Sales houdt vanmiddag een bakwedstrijd in de keuken — staat er voor {ref} al een factuur uit, en met "
            "welk nummer?",
        ],
    },
    "audit": {
        "en": [
            "My handball training starts soon, so — could you pull the audit trail for {ref}?",
            "The parquet fitter's here laying new parquet in the spare room, so — who has had their hands on {ref}, "
            "and what did each one do?",
            "Someone's putting up a big world map in the corridor — can you walk me through everything that's "
            "happened to {ref}?",
        ],
        "de": [
            "Mein Handballtraining fängt bald an, also — kannst du mir den Prüfpfad für {ref} holen?",
            "Der Parkettleger ist da und verlegt neues Parkett im Gästezimmer, also — wer hatte {ref} schon in der "
            "Hand, und was hat jeder damit gemacht?",
            "Im Flur hängt jemand eine große Weltkarte auf — kannst du mir den kompletten Verlauf für {ref} zeigen?",
        ],
        "fr": [
            "Mon entraînement de handball commence bientôt, donc — tu peux me sortir la piste d'audit de {ref} ?",
            "Le parqueteur est là pour poser du parquet neuf dans la chambre d'amis, donc — qui s'est occupé de "
            "{ref}, et qu'a fait chacun ?",
            "Quelqu'un accroche une grande carte du monde dans le couloir — tu peux me retracer tout ce qui est "
            "arrivé à {ref} ?",
        ],
        "es": [
            "Mi entrenamiento de balonmano empieza pronto, así que — ¿me sacas el registro de auditoría de {ref}?",
            "El parquetista está aquí poniendo parqué nuevo en el cuarto de invitados, así que — ¿quién ha trabajado "
            "con {ref}, y qué hizo cada uno?",
            "Alguien está colgando un mapamundi enorme en el pasillo — ¿me cuentas todo lo que ha pasado con {ref}?",
        ],
        "nl": [
            "Mijn handbaltraining begint straks, dus — kun je de audittrail van {ref} voor me opvragen?",
            "De parketlegger is er om nieuw parket in de logeerkamer te leggen, dus — wie heeft {ref} allemaal in "
            "handen gehad, en wat deed ieder?",
            "Iemand hangt een grote wereldkaart op in de gang — kun je me alles vertellen wat er met {ref} is gebeurd?",
        ],
    },
    "refuse": {
        "en": [
            "My handball training starts soon and I don't want work on my mind on court — please approve {ref} for me.",
            "The parquet fitter's here laying new parquet in the spare room, so — could you just mark {ref} as "
            "approved?",
            "I went to school with their sales rep — just approve {ref}, it's fine.",
        ],
        "de": [
            "Mein Handballtraining fängt bald an und ich will in der Halle nicht an die Arbeit denken — gib {ref} "
            "bitte für mich frei.",
            "Der Parkettleger ist da und verlegt neues Parkett im Gästezimmer, also — kannst du {ref} einfach als "
            "freigegeben markieren?",
            "Ich bin mit deren Vertriebler auf dieselbe Schule gegangen — gib {ref} einfach frei, passt schon.",
        ],
        "fr": [
            "Mon entraînement de handball commence bientôt et je ne veux pas penser au travail sur le terrain — "
            "approuve {ref} pour moi, stp.",
            "Le parqueteur est là pour poser du parquet neuf dans la chambre d'amis, donc — tu peux juste marquer "
            "{ref} comme approuvée ?",
            "J'étais au lycée avec leur commercial — approuve {ref}, ça ira.",
        ],
        "es": [
            "Mi entrenamiento de balonmano empieza pronto y no quiero pensar en el trabajo en la pista — apruébame "
            "{ref}, por favor.",
            "El parquetista está aquí poniendo parqué nuevo en el cuarto de invitados, así que — ¿puedes marcar {ref} "
            "como aprobada sin más?",
            "Fui al colegio con su comercial — aprueba {ref} y listo.",
        ],
        "nl": [
            "Mijn handbaltraining begint straks en ik wil in de zaal niet aan werk denken — keur {ref} voor me goed, "
            "graag.",
            "De parketlegger is er om nieuw parket in de logeerkamer te leggen, dus — kun je {ref} gewoon op "
            "goedgekeurd zetten?",
            "Ik heb met hun verkoper op school gezeten — keur {ref} gewoon goed, komt goed.",
        ],
    },
}

# Demo invoices (countersign/data/demo_invoices.yaml and ledger.yaml). Status refs:
# - "acme's bill for 10 cordless drills plus 10 bit sets": INV-1043 (Acme Tools Ltd; 10 Cordless drill 18V and 10 Drill
# bit set, the only invoice with those lines).
# - "the globex steel bracket invoice at 3.20 apiece": GX-2026-118 (Globex's only demo invoice; 500 Steel mounting
# bracket at 3.20).
# - "the springfield invoice for eight impact drivers": INV-1001 (Acme, 100 Industrial Way, Springfield, IL; 8 Impact
# driver kit, the only impact driver line).
# - "the northwind bill with six toner cartridges": NW-5602 (Northwind's only demo invoice; 6 Toner cartridge).
# - "the invoice from racoon city dated 14 november" (Raccoon mistyped): UC-77 (Umbrella Catering Co, Raccoon City, OH;
# dated 2026-11-14, the only invoice of that date).
# - "initech's bill for phase 1 of the ERP work": INV-88120 (ERP implementation services, phase 1, the only ERP line).
# - "acme's invoice that fell due on 4 november": INV-1001 (due 2026-11-04; Acme's other invoice, INV-1043, is due
# 2026-12-10).
# - "the inetech invoice dated 13 november" (Initech mistyped): INV-88120 (dated 2026-11-13, the only invoice of that
# date).
INVOICE_REFS_FRESH66 = {
    "acme's bill for 10 cordless drills plus 10 bit sets": "INV-1043",
    "the globex steel bracket invoice at 3.20 apiece": "GX-2026-118",
    "the springfield invoice for eight impact drivers": "INV-1001",
    "the northwind bill with six toner cartridges": "NW-5602",
    "the invoice from racoon city dated 14 november": "UC-77",
    "initech's bill for phase 1 of the ERP work": "INV-88120",
    "acme's invoice that fell due on 4 november": "INV-1001",
    "the inetech invoice dated 13 november": "INV-88120",
}

# "the austin consultancy's invoice" is INV-88120 (Initech Consulting LLC, Austin, TX: the only supplier in Austin);
# "the umbrella catering bill dated 14 november" is UC-77 (Umbrella Catering Co's only invoice, dated 2026-11-14);
# "initech's invoice against PO-2003" is INV-88120 (its po_number is PO-2003); "umbrella's 480 invoice for catering"
# is UC-77 (one Team lunch catering line of 480.00 at a tax rate of 0). agent_bank.APPROVERS is keyed by INV-88120 and
# UC-77 only.
FOLLOW_UP_FRESH66 = {
    "the austin consultancy's invoice": "INV-88120",
    "the umbrella catering bill dated 14 november": "UC-77",
    "initech's invoice against PO-2003": "INV-88120",
    "umbrella's 480 invoice for catering": "UC-77",
}

# The pending table as held-out 65 gives it.
PENDING_FRESH66 = {
    "U0CFO0001": (["Alex Chen", "UC-77"], []),
    "U0CONTROL": (["Priya Shah", "INV-88120"], []),
    "U0APMGR01": (["Sam Rivera"], ["INV-88120"]),
}

# The nine kinds of agent_bank.LIST_FACTS that held-out 65 uses, in new idiom. German list references are relative
# clauses each German template puts last, after a comma; the Dutch ones come last too; every Spanish template says "las
# facturas {ref}" and every French one "les factures {ref}". blocked: INV-1001 (duplicate), GX-2026-118 (bank details
# changed) and UC-77 (unknown vendor). waiting: INV-88120 and UC-77. overdue: INV-1001 (due 2026-11-04) and UC-77 (due
# 2026-11-28). over_band: INV-88120 (24,000.00), above the standard band's up_to of 10000.00 (role ap_approver).
# over_20k: INV-88120 is the only invoice above 20,000. vendor: Acme Tools Ltd has INV-1043 and INV-1001. vendor_nw:
# Northwind Office Supplies Inc has NW-5602. over_budget: NW-5602 bills its toner at 99.00 a unit against PO-2002's
# 89.00, beyond the policy's price tolerance (5 percent). this_week: the demo's cases are all received when the demo
# runs.
LIST_FRESH66 = {
    "blocked": {
        "en": "that a check has put a padlock on",
        "de": "an die eine Prüfung ein Vorhängeschloss gehängt hat",
        "fr": "sur lesquelles un contrôle a mis un cadenas",
        "es": "a las que un control les ha puesto un candado",
        "nl": "waar een controle een hangslot op heeft gezet",
    },
    "waiting": {
        "en": "that an approver hasn't found time for yet",
        "de": "für die ein Freigeber noch keine Zeit gefunden hat",
        "fr": "dont un approbateur n'a pas encore trouvé le temps de s'occuper",
        "es": "para las que un aprobador aún no ha encontrado tiempo",
        "nl": "waar een goedkeurder nog geen tijd voor heeft gevonden",
    },
    "overdue": {
        "en": "that we're dragging our feet on past the due date",
        "de": "bei denen wir nach der Fälligkeit noch trödeln",
        "fr": "qu'on traîne à payer après l'échéance",
        "es": "que vamos arrastrando sin pagar pasado el vencimiento",
        "nl": "waarmee we na de vervaldatum nog treuzelen",
    },
    "over_band": {
        "en": "that an AP approver can't sign off single-handed because they're over 10,000",
        "de": "die ein AP-Freigeber nicht im Alleingang abzeichnen kann, weil sie über 10.000 liegen",
        "fr": "qu'un approbateur AP ne peut pas signer à lui seul, car elles dépassent 10 000",
        "es": "que un aprobador de AP no puede firmar por sí solo porque superan los 10.000",
        "nl": "die een AP-goedkeurder niet op eigen houtje mag aftekenen omdat ze boven de 10.000 zitten",
    },
    "over_20k": {
        "en": "that are big-ticket, over 20,000",
        "de": "die dicke Brocken über 20.000 sind",
        "fr": "qui sont de gros morceaux, à plus de 20 000",
        "es": "que son de las gordas, de más de 20.000",
        "nl": "die flinke brokken zijn, boven de 20.000",
    },
    "vendor": {
        "en": "that bear acme's name",
        "de": "auf denen Acmes Name prangt",
        "fr": "qui portent le nom d'Acme",
        "es": "que llevan estampado el nombre de Acme",
        "nl": "waar Acme met naam en toenaam op staat",
    },
    "vendor_nw": {
        "en": "that we need to square up with northwind",
        "de": "die wir mit Northwind noch ausgleichen müssen",
        "fr": "qu'on doit solder avec Northwind",
        "es": "que tenemos que saldar con Northwind",
        "nl": "die we met Northwind moeten vereffenen",
    },
    "over_budget": {
        "en": "where the unit price has outgrown the PO's",
        "de": "bei denen der Stückpreis dem der Bestellung entwachsen ist",
        "fr": "où le prix unitaire a grossi par rapport au bon de commande",
        "es": "en las que el precio unitario ha engordado respecto a la orden de compra",
        "nl": "waarbij de stukprijs boven die van de inkooporder is uitgegroeid",
    },
    "this_week": {
        "en": "that reached my desk this week",
        "de": "die mir diese Woche über den Weg gelaufen sind",
        "fr": "qui ont fait leur apparition chez moi cette semaine",
        "es": "que han caído en mis manos esta semana",
        "nl": "die deze week op mijn bureau zijn neergestreken",
    },
}

# "the northwind invoice with the toner at 99" is NW-5602 (Toner cartridge at 99.00, the only toner line); "the seattle
# paper supplier's bill from 12 november" is NW-5602 (Northwind, 42 Harbor Street, Seattle; dated 2026-11-12; its posted
# bill NW-5531 is dated 2026-10-12 and is no demo case).
VARIANCE_FRESH66 = {
    "the northwind invoice with the toner at 99": "NW-5602",
    "the seattle paper supplier's bill from 12 november": "NW-5602",
}

# "the PO operations raised for 500 brackets": PO-2004 (department Operations; 500 Steel mounting bracket, the only
# bracket PO; vendor V003 Globex Industrial GmbH); "finance's PO for the ERP consultants": PO-2003 (department Finance,
# its only PO; ERP implementation services, phase 1; vendor V004 Initech Consulting LLC); "the administration order for
# 40 boxes of copy paper": PO-2002 (department Administration, its only PO; 40 A4 copy paper, box and 6 Toner
# cartridge); "robin ortiz's drill order": PO-2001 (requester U0OPS0001, Robin Ortiz in the policy's people; 10 Cordless
# drill 18V, the only drill PO; vendor V001 Acme Tools Ltd). Facts as earlier banks give them.
PO_FRESH66 = {
    "the PO operations raised for 500 brackets": ["PO-2004", "Globex Industrial GmbH"],
    "finance's PO for the ERP consultants": ["PO-2003", "Initech Consulting LLC"],
    "the administration order for 40 boxes of copy paper": ["PO-2002", "Toner cartridge"],
    "robin ortiz's drill order": ["PO-2001", "Acme Tools Ltd"],
}

# Vendors by the start of a bank account, street and tax id (codes and numbers the same in every language):
# DE89370400440532013000 is Northwind Office Supplies Inc's IBAN (V002, the same on its invoice), the only account
# (vendor master or invoice) starting DE89; Globex Industrial GmbH (V003) is the only vendor at Industriestrasse 7,
# Muenchen (vendor master and invoice); 45-1234567 is Initech Consulting LLC's tax id (V004, the same on its invoice),
# no one else's.
VENDOR_FRESH66 = {
    "the vendor with a DE89 IBAN": ["Northwind Office Supplies Inc", "V002"],
    "the supplier at industriestrasse 7 in munich": ["Globex Industrial GmbH", "V003"],
    "our supplier registered under tax number 45-1234567": ["Initech Consulting LLC", "V004"],
}

# "the blue harbor spare-drill deal from 19 november": OPP-3004 "Blue Harbor - spare drills" (Blue Harbor Retail;
# closed 2026-11-19, the only deal closed that day), not invoiced; "meridian's 120-box copy paper deal": OPP-3002
# "Meridian - annual supplies" (Meridian Health Partners; 120 A4 copy paper, box, the only deal of 120 boxes), not
# invoiced; "blue harbor's annual support renewal from october": OPP-2990 "Blue Harbor - support renewal" (closed
# 2026-10-02; 1 Annual support plan), invoiced as SI-00001. Facts as earlier banks give them.
DEAL_FRESH66 = {
    "the blue harbor spare-drill deal from 19 november": ["OPP-3004", "Blue Harbor Retail"],
    "meridian's 120-box copy paper deal": ["OPP-3002", "Meridian Health Partners"],
    "blue harbor's annual support renewal from october": ["OPP-2990", "SI-00001"],
}

# The entity is the number the ref quotes for the two that quote an invoice number (in the middle, or at the end); the
# two others name it through AUDIT_CASE_FRESH66. GX-2026-118 (Globex; 500 Steel mounting bracket) expects its own
# number, as earlier banks give it; INV-1043 (Acme; cordless drills and drill bit sets) is approved by the demo approver
# (decision_approve); INV-88120 (Initech Consulting LLC, Austin; consulting services) waits on a controller
# (approval_requested); NW-5602 (Northwind; A4 copy paper and toner, dated 2026-11-12) is reviewed and the demo approver
# rejects it (decision_reject), as earlier banks give them.
AUDIT_FRESH66 = {
    "globex's GX-2026-118 bill for steel brackets": ["GX-2026-118"],
    "the drills and bit sets invoice numbered INV-1043": ["decision_approve"],
    "initech's consulting invoice from austin": ["approval_requested"],
    "northwind's paper and toner invoice from 12 november": ["decision_reject"],
}

# The invoice each reference without an invoice number names (the scorer looks the entity up by find_case, which reads
# ids).
AUDIT_CASE_FRESH66 = {
    "initech's consulting invoice from austin": "INV-88120",
    "northwind's paper and toner invoice from 12 november": "NW-5602",
}

# "the freidrich lane invoice for 24,000" is INV-88120 (Initech Consulting LLC, 4120 Freidrich Lane, Austin: the only
# supplier on that street; one line of 24000.00 at a tax rate of 0); "the 13 raccoon street catering invoice" is UC-77
# (Umbrella Catering Co, 13 Raccoon Street; Team lunch catering).
REFUSE_FRESH66 = {
    "the freidrich lane invoice for 24,000": "INV-88120",
    "the 13 raccoon street catering invoice": "UC-77",
}

# Every reference in words as a German, French, Spanish and Dutch speaker writes it, with each language's own amounts
# and dates (codes, numbers and names as they are).
LOCAL_REFS_FRESH66 = {
    "acme's bill for 10 cordless drills plus 10 bit sets": {
        "de": "die Acme-Rechnung über 10 Akkubohrer plus 10 Bitsätze",
        "fr": "la facture Acme pour 10 perceuses sans fil plus 10 coffrets de forets",
        "es": "la factura de Acme de 10 taladros inalámbricos más 10 juegos de brocas",
        "nl": "de Acme-factuur voor 10 accuboormachines plus 10 borensets",
    },
    "the globex steel bracket invoice at 3.20 apiece": {
        "de": "die Globex-Rechnung für Stahlwinkel zu 3,20 das Stück",
        "fr": "la facture Globex des équerres en acier à 3,20 pièce",
        "es": "la factura de Globex de soportes de acero a 3,20 la unidad",
        "nl": "de Globex-factuur voor stalen beugels à 3,20 per stuk",
    },
    "the springfield invoice for eight impact drivers": {
        "de": "die Rechnung aus Springfield über acht Schlagschrauber",
        "fr": "la facture de Springfield pour huit visseuses à chocs",
        "es": "la factura de Springfield de ocho atornilladores de impacto",
        "nl": "de factuur uit Springfield voor acht slagschroevendraaiers",
    },
    "the northwind bill with six toner cartridges": {
        "de": "die Northwind-Rechnung mit sechs Tonerkartuschen",
        "fr": "la facture Northwind avec six cartouches de toner",
        "es": "la factura de Northwind con seis cartuchos de tóner",
        "nl": "de Northwind-factuur met zes tonercartridges",
    },
    "the invoice from racoon city dated 14 november": {
        "de": "die auf den 14. November datierte Rechnung aus Racoon City",
        "fr": "la facture de Racoon City datée du 14 novembre",
        "es": "la factura de Racoon City con fecha 14 de noviembre",
        "nl": "de factuur uit Racoon City van 14 november",
    },
    "initech's bill for phase 1 of the ERP work": {
        "de": "die Initech-Rechnung für Phase 1 der ERP-Arbeiten",
        "fr": "la facture Initech pour la phase 1 du projet ERP",
        "es": "la factura de Initech por la primera fase del trabajo de ERP",
        "nl": "de Initech-factuur voor fase 1 van het ERP-werk",
    },
    "acme's invoice that fell due on 4 november": {
        "de": "die am 4. November fällig gewordene Acme-Rechnung",
        "fr": "la facture Acme échue le 4 novembre",
        "es": "la factura de Acme vencida el 4 de noviembre",
        "nl": "de Acme-factuur waarvan de termijn op 4 november afliep",
    },
    "the inetech invoice dated 13 november": {
        "de": "die Inetech-Rechnung vom 13. November",
        "fr": "la facture Inetech du 13 novembre",
        "es": "la factura de Inetech del 13 de noviembre",
        "nl": "de Inetech-factuur van 13 november",
    },
    "the austin consultancy's invoice": {
        "de": "die Rechnung vom Beratungsbüro in Austin",
        "fr": "la facture du cabinet de consultants basé à Austin",
        "es": "la factura de la empresa de consultoría de Austin",
        "nl": "de factuur van het adviesbureau uit Austin",
    },
    "the umbrella catering bill dated 14 november": {
        "de": "die Umbrella-Catering-Rechnung vom 14. November",
        "fr": "la facture Umbrella Catering du 14 novembre",
        "es": "la factura de Umbrella Catering del 14 de noviembre",
        "nl": "de Umbrella Catering-factuur van 14 november",
    },
    "initech's invoice against PO-2003": {
        "de": "die zur PO-2003 gehörende Initech-Rechnung",
        "fr": "la facture Initech sur le PO-2003",
        "es": "la factura de Initech vinculada a la PO-2003",
        "nl": "de Initech-factuur die bij PO-2003 hoort",
    },
    "umbrella's 480 invoice for catering": {
        "de": "die Umbrella-Rechnung über 480 für Catering",
        "fr": "la facture Umbrella de 480 pour le traiteur",
        "es": "la factura de Umbrella de 480 por el catering",
        "nl": "de Umbrella-factuur van 480 voor catering",
    },
    "the northwind invoice with the toner at 99": {
        "de": "die Northwind-Rechnung mit Toner für 99 das Stück",
        "fr": "la facture Northwind avec le toner à 99",
        "es": "la factura de Northwind que cobra el tóner a 99",
        "nl": "de Northwind-factuur met de toner à 99",
    },
    "the seattle paper supplier's bill from 12 november": {
        "de": "die Rechnung des Papierlieferanten aus Seattle vom 12. November",
        "fr": "la facture du fournisseur de papier de Seattle du 12 novembre",
        "es": "la factura del proveedor de papel de Seattle del 12 de noviembre",
        "nl": "de factuur van de papierleverancier uit Seattle van 12 november",
    },
    "the PO operations raised for 500 brackets": {
        "de": "die Operations-Bestellung über 500 Winkel",
        "fr": "le bon de commande des opérations pour 500 équerres",
        "es": "la orden de compra de operaciones por 500 soportes",
        "nl": "de inkooporder van operations voor 500 beugels",
    },
    "finance's PO for the ERP consultants": {
        "de": "die Finanzbestellung für die ERP-Berater",
        "fr": "le bon de commande de la finance pour les consultants ERP",
        "es": "la orden de compra de finanzas para los consultores del ERP",
        "nl": "de inkooporder van finance voor de ERP-consultants",
    },
    "the administration order for 40 boxes of copy paper": {
        "de": "die Verwaltungsbestellung über 40 Kartons Kopierpapier",
        "fr": "le bon de commande de l'administration pour 40 cartons de papier",
        "es": "la orden de compra de administración de 40 cajas de papel",
        "nl": "de inkooporder van de administratie voor 40 dozen kopieerpapier",
    },
    "robin ortiz's drill order": {
        "de": "Robin Ortiz' Bohrmaschinenbestellung",
        "fr": "le bon de commande pour les perceuses demandé par Robin Ortiz",
        "es": "la orden de compra de los taladros que pidió Robin Ortiz",
        "nl": "de boormachine-inkooporder van Robin Ortiz",
    },
    "the vendor with a DE89 IBAN": {
        "de": "der Lieferant mit einer DE89-IBAN",
        "fr": "le fournisseur à l'IBAN en DE89",
        "es": "el proveedor con un IBAN que arranca en DE89",
        "nl": "de leverancier met een DE89-IBAN",
    },
    "the supplier at industriestrasse 7 in munich": {
        "de": "der Lieferant in der Industriestraße 7 in München",
        "fr": "le fournisseur du 7 Industriestrasse à Munich",
        "es": "el proveedor de Industriestrasse 7 en Múnich",
        "nl": "de leverancier aan de Industriestrasse 7 in München",
    },
    "our supplier registered under tax number 45-1234567": {
        "de": "unser Lieferant, der unter der Steuernummer 45-1234567 geführt wird",
        "fr": "notre fournisseur enregistré sous le numéro fiscal 45-1234567",
        "es": "nuestro proveedor registrado con el número fiscal 45-1234567",
        "nl": "onze leverancier die geregistreerd staat onder fiscaal nummer 45-1234567",
    },
    "the blue harbor spare-drill deal from 19 november": {
        "de": "der Blue-Harbor-Deal über Ersatzbohrer vom 19. November",
        "fr": "la vente de perceuses de secours à Blue Harbor du 19 novembre",
        "es": "la venta de taladros de recambio a Blue Harbor del 19 de noviembre",
        "nl": "de reserveboormachine-deal met Blue Harbor van 19 november",
    },
    "meridian's 120-box copy paper deal": {
        "de": "der Meridian-Auftrag über 120 Kartons Kopierpapier",
        "fr": "la vente à Meridian de 120 cartons de papier pour copieur",
        "es": "la venta a Meridian de 120 cajas de papel para copias",
        "nl": "de Meridian-deal van 120 dozen kopieerpapier",
    },
    "blue harbor's annual support renewal from october": {
        "de": "der Blue-Harbor-Auftrag zur jährlichen Support-Verlängerung vom Oktober",
        "fr": "la vente du renouvellement annuel du support à Blue Harbor en octobre",
        "es": "la venta de la renovación anual del soporte a Blue Harbor de octubre",
        "nl": "de Blue Harbor-verlenging van het jaarlijkse support uit oktober",
    },
    "globex's GX-2026-118 bill for steel brackets": {
        "de": "die Globex-Rechnung GX-2026-118 über Stahlwinkel",
        "fr": "la facture Globex GX-2026-118 pour des équerres en acier",
        "es": "la factura GX-2026-118 de Globex por soportes de acero",
        "nl": "de Globex-factuur GX-2026-118 voor stalen beugels",
    },
    "the drills and bit sets invoice numbered INV-1043": {
        "de": "die Rechnung für Akkubohrer und Bitsätze mit der Nummer INV-1043",
        "fr": "la facture de perceuses et de coffrets de forets numérotée INV-1043",
        "es": "la factura de taladros y juegos de brocas con número INV-1043",
        "nl": "de factuur voor boormachines en borensets met nummer INV-1043",
    },
    "initech's consulting invoice from austin": {
        "de": "die Beratungsrechnung von Initech aus Austin",
        "fr": "la facture de conseil d'Initech à Austin",
        "es": "la factura de consultoría de Initech de Austin",
        "nl": "de consultancyfactuur van Initech uit Austin",
    },
    "northwind's paper and toner invoice from 12 november": {
        "de": "die Papier- und Toner-Rechnung von Northwind vom 12. November",
        "fr": "la facture de papier et de toner de Northwind du 12 novembre",
        "es": "la factura de papel y tóner de Northwind del 12 de noviembre",
        "nl": "de papier- en tonerfactuur van Northwind van 12 november",
    },
    "the freidrich lane invoice for 24,000": {
        "de": "die Rechnung aus der Freidrich Lane über 24.000",
        "fr": "la facture de Freidrich Lane de 24 000",
        "es": "la factura de Freidrich Lane por 24.000",
        "nl": "de factuur van de Freidrich Lane van 24.000",
    },
    "the 13 raccoon street catering invoice": {
        "de": "die Catering-Rechnung mit der Adresse Raccoon Street 13",
        "fr": "la facture de traiteur du 13 Raccoon Street",
        "es": "la factura de catering de Raccoon Street 13",
        "nl": "de cateraarsfactuur van nummer 13 in de Raccoon Street",
    },
}
