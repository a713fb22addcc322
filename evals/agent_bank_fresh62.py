"""Held-out 62 of `python -m evals.agent`: a sixty-second held-out bank, written blind after held-out 61, by a helper
agent that read neither the planner's source (countersign/agent/, countersign/tools/, countersign/extraction/,
countersign/app/), the tests, the intent model's training code (evals/train_intent.py, evals/intent_extra.py),
evals/agent.py, nor any eval output, report or failure list (nothing under evals/reports/, and nothing under /tmp but
its own throwaway files in /tmp/b62: a listing script that wrote every earlier bank's generated question text and
earlier turns, every earlier bank's reference keys, and every earlier bank's localized references and list phrases, to
one file (in-sample and held-out of agent_bank included, held-out 2 to 61; it ran before this bank's draft existed; the
file was never printed; the script printed only how many splits, distinct texts, keys and localized references it holds:
62, 31917, 1641 and 7697); a helper that printed only how many texts, keys and localized references of that file contain
a phrase, never the text around it; one line that printed the sorted invoice ids keying agent_bank.INVOICES and
agent_bank.APPROVERS and the names of agent_bank.LIST_FACTS's kinds; a check script that printed this bank's counts by
language and intent, whether they equal held-out 61's, which of this bank's own reference keys and localized references
(list phrases included) equal an earlier bank's keys or localized references, whether any question or earlier turn
equals an earlier one, whether a non-English question or earlier turn contains " invoice", whether every reference key
has its four localizations and every localization a key, whether every intent is asked in every language, whether the
list kinds are held-out 61's, and how many own questions repeat (75: the follow-ups and pending asks, by design); a
script that printed this bank's own questions, one language at a time, some of them filtered (every other English list
ask, half of the German, French, Spanish and Dutch list asks, and for Spanish one in three PO and deal asks, for Dutch
every other ask but the follow-ups and pending asks), to proofread them; small scripts that replaced wordings and
comments in this file, and one that wrapped its long strings, comments and docstring and printed whether the wrapping
left every table unchanged). No file but this one was edited; the planner, the bank tests and pytest were not run.
What it read: its brief (given in its prompt, not a file); agent_bank_fresh61 as committed (printed with `git show
HEAD:evals/agent_bank_fresh61.py` in three pieces, lines 1 to 200, 200 to 560 and 560 to 925, after a `wc -l` of it and
of agent_gen: its docstring, templates and tables, as the model of the shape and the list of what was used before) and
lines 1 to 80 of agent_bank_fresh57 as committed, each line cut at 400 characters (its docstring up to the start of its
naming); agent_gen printed whole (how a bank becomes questions and is scored, which tables a bank defines, how a bank is
discovered by file name, and how an AUDIT_CASE table names the invoice of an audit reference in words); every earlier
bank's tables through agent_gen.generate, agent_gen._parts and agent_gen._LOCAL_REFS, only to count and to check
equality, as above; the demo data and policy (a `wc -l` of the three data files, countersign/data/demo_invoices.yaml
printed whole, ledger.yaml and crm.yaml printed whole together, and one `grep -nE` of countersign/policies/default.yaml
for "name:", up_to, tolerances, percentages, roles and user ids, cut at 60 lines, which also printed the comment line
that names U0APMGR01 as an example, the tolerances' own comments, the comment on how bands are tried, a commented-out
delegation example, the first line of the comment on override roles, one override's roles and the demo's approver and
uploader ids: so every reference names exactly one entity and every expected fact holds). It did not open pyproject.toml
(ruff ran with the repository's settings), did not read agent_bank's docstring or templates, nor the docstrings or
templates of any earlier bank but those named above, and ran neither `git log` nor the planner.
Seen by accident, and said here: `git status --short`, run at the start (cut at 20 lines), listed files others changed
in the checkout (acts.py, clauses.py, goods.py, lexicon.py, list_questions.py, planner.py, ranks.py and shapes.py under
countersign/agent/chat/, and the untracked countersign/agent/chat/run_on.py) and untracked output and check folders
under evals/blind_invoices/ (set1 and set10 to set14), and, run again before committing (its evals/blind_invoices/ lines
filtered out, cut at 20 lines), also countersign/extraction/label_words.py and pairing.py, the untracked
countersign/extraction/label_rest.py and three untracked test files under tests/, by their names only; none opened, none
touched by this bank's author; an `ls evals/` (cut at 100 names) listed the file names there (agent.py, the earlier
banks, agent_gen.py, arch.py, the bench scripts, blind.py, blind_gate.py, evals/blind_invoices/, the corpus, extraction,
fuzz, hostile_pdfs, injection, openai_server, reports, scenarios, stress, train and workspace scripts among them; none
opened but the ones named above); held-out 61's and held-out 57's committed docstrings, read as allowed, name their own
shapes, situations and list idioms, the candidate wordings they found in the earlier text, and, in held-out 57's, that
held-out 56's docstring gives held-out 56's blind scores by intent and language (no score is in the lines read; none of
it used, beyond avoiding those shapes, situations and idioms); agent_bank.LIST_FACTS's kind names include "week", which
this bank does not use; agent_gen's imports name the planner modules it uses (none opened; importing agent_gen loads
them); while it was written, this bank's draft sat uncommitted in evals/, where agent_gen discovers banks by file name;
the phrase counts said that many candidate wordings occur in the earlier text (squash, a plasterer, a sauna, a roofer, a
window cleaner, a glazier, an electrician, a tiler, an upholsterer, a chimney, a locksmith, a plumber, "aqua", golf,
sailing, "escalade", "kletter", chalk, a piano and "Klavier", a carpet in all five languages, a hedge in all five, a
canal in three, a river in three, an apple and "appel", pruning's English word, "tailler", a wasp, a crossword,
sourdough, a pancake, a waffle and soup in all five, sneezing in three, a flu jab and "Grippe", a drum and "batterie", a
leaf blower and scaffolding in all five, an ice-cream van's German, French, Spanish and Dutch words, a power cut in all
five, a laminator, "rifa", a spreadsheet, a forecast, "Liquidit", "trésorerie", "tesorería", month-end in all five, a
car park in all five, "camionnette", "furgoneta", a ukulele, "repass", "strijk", a button in all five, pizza, "over
lunch" in all five, an auditor, a window in all five, "laadperron", "held up", "brandi", "omhoog", "Lied", repotting in
four, a cage in four, a sofa in three, an office chair in all five, "off my desk", "débarrasser", "counts as a yes",
"vaut un oui", a windowsill's Spanish, Dutch and French words, "homemade", "selbstgemacht", "casera", "zelfgemaakt",
"maison", "remo", "tip", "lake" and "pear"; and list wordings such as "won't let through", "bounced", "failed check",
"angeschlagen", "recal", "tumbado", "afgeketst", "aangeslagen", "unsigned", "dorment", "ongetekend", "blown",
"verstrichen", "verstreken", "passée sans", "too big" and its translations, "worth more", " wert ", "valent", "valen
más", "waard", "sender", "Absender", "afzender", "berechnet", "nous a factur", "nos ha cobrado", "aangerekend",
"bumped", "gonfl", "inflado", "opgeschroefd", "auf den Tisch", "atterri", "aterriz", "beland", a red card in all five
languages, "owes", "doit encore", "les falta", "paraaf", "slipped", "verpasst", "laissé filer", "escapado", "laten
schieten", "pay grade", "Befugnis", "bevoegd", "mandat", "clear 20", "locker", "chacune", "se van", "voorbij",
"addressed", "adressiert", "geadresseerd", "drift", "gerutscht", "dérap", "disparad", "uitgeschoten", "through the
door", "toutes fraîches", "recién llegad", "vers binnen", "tripped", "spanner", "on ice", "auf Eis", "frigo",
"congelad", "ijskast", "survive", "survécu", "superado", "overleefd", "grounded", "heels", "in-tray", "Eingangskorb",
"bandeja de entrada", "postbak", "gribouill", "garabato", "krabbel", "come and gone", "over datum", "arrears",
"Rückstand", "en souffrance", "en mora", "achterstallig", "say-so", "absegnen", "fuera del alcance", "mandaat",
"20,000-plus", "jenseits", "tranche", "franja", "categorie", "mailed", "ins Haus", "signées", "firmadas", "toegestuurd",
"per piece", "als bestellt", "de lo pedido", "dan besteld", "tombées", "entraron", "verlopen", "aftekenen", "top 20",
"font plus de", "importe superior", "overschrijd", "sent in", "gemaild", "verstuurd", "que marca", "sale más caro", "vu
passer", "lo que pone", "longtemps", "échéance est", "se ha ido por encima", "frente a la orden", "depuis lundi",
"atribuciones", "depuis le début de la semaine", "semaine-ci", "n.º", "more than 20,000" and "à plus de 20"; some
counts, such as "bloc", "appel", "bank", "tip", "remo" and " wert ", match inside longer or common words; all dropped as
key phrases), and some words kept only as incidental parts of wordings whose key phrase is new ("Fälligkeitstag", "date
d'échéance", "plazo de pago" and "betaaltermijn" inside the overdue idioms, "aftekenen" in a Dutch follow-up, "remo" in
the Spanish kayak follow-up, "tailler" in the French gardener shape, "Etage", the reception's German, French, Spanish
and Dutch words, the car's German, French, Spanish and Dutch words in the gardener status aside, "rebord" and
"vensterbank" beside the orchid, "camionnette" and "furgoneta" beside the loading bay, "brandi" and "omhoog" in the nod
refusal, and "Christmas party", "Navidad" and "kerst" beside the magician); the check script showed that some
first-candidate references and localizations equal earlier keys or localized references (the English references by
Acme's October impact drivers, Initech's 24,000 consulting bill, Raccoon City's team lunch, Initech's ERP
implementation, operations' ten cordless drills, Industriestrasse in Munich and Blue Harbor's spare drills; German,
French, Spanish or Dutch localizations of those and of the references by Globex's mounting brackets, the 14 November
catering date, the DE89 IBAN, the 45-1234567 tax number, Northwind's toner bill NW-5602, 4120 Freidrich Lane and the 480
catering bill; the script printed only this bank's own strings), all replaced, then one more Spanish one (by the tax
number), replaced too; and `date` printed the clock. None of it was used to choose a wording. Never scored by its
author: only agent_gen.generate was called on it (in throwaway scripts, to count its questions, check that no
non-English one contains the English word " invoice", that every intent is asked in every language, that no reference
key or localized reference is one of an earlier bank's reference keys or localized references (the pending tables' user
ids and the list tables' kind names aside, which every bank shares) and that no text repeats an earlier bank's, and to
print its questions to proofread their grammar), and ruff checked and formatted this file; nothing was answered or
scored by its author, the planner was not run, and `python -m evals.agent` was not run. agent_gen discovers this file by
its name; its author edited no other file.
Written to sound like a real Slack population of finance, AP and sales people rather than to trip the planner: about
half plain everyday asks and half everyday situations around the question. Two shapes run through the bank so that each
intent is asked in each language (each key phrase counted first in the earlier banks' text in all five languages, and
found nowhere: kayaking ("kayak", "Kajak", "kajakken", "paddle", "Paddel", "pagaie", "peddel"), and a gardener pruning a
pear tree ("gardener", "pear tree", "cuttings", "trailer", "branches", "Gärtner", "Birnbaum", "Grünschnitt",
"Wertstoffhof", "Anhänger", "Äste", "jardinier", "poirier", "déchetterie", "remorque", "jardinero", "peral", "restos de
poda", "punto limpio", "remolque", "ramas", "tuinman", "perenboom", "snoeiafval", "milieustraat", "aanhanger",
"takken")): an ask from someone off kayaking at six, opened with "I'm going kayaking at six, so —" ("Ich geh um sechs
Kajak fahren, also —", "Je vais faire du kayak à dix-huit heures, donc —", "A las seis me voy a hacer kayak, así que —",
"Ik ga om zes uur kajakken, dus —"), in every intent (in the request to act, the asker wants it dealt with before
leaving: "I'm going kayaking at six and want this dealt with before I leave — ..."; its follow-up: "ok — before I grab
my paddle: who has to approve it?", "bevor ich mein Paddel schnappe", "avant que j'attrape ma pagaie", "antes de coger
el remo", "voor ik mijn peddel pak"); and an ask from someone at home while the gardener prunes the pear tree, opened
with "The gardener's here pruning the pear tree, so —" ("Der Gärtner ist da und schneidet den Birnbaum, also —", "Le
jardinier est là pour tailler le poirier, donc —", "El jardinero está aquí podando el peral, así que —", "De tuinman is
er om de perenboom te snoeien, dus —"), in every intent (its follow-up and its list ask lowercase without punctuation:
"gardener just asked if he can take the cuttings to the tip who has to sign that one off then", "gardener's loading
branches onto his trailer what invoices do we have ..."); in POs and vendors, whose second phrasing is a situation, the
gardener follows the situation. Some realistic variety: an aside after the question (the gardener status ask ends "I've
got to move the car out of his way first.", the gardener deal ask "Their finance team has asked me twice this
morning."), lowercase asks without punctuation (the puppy status ask, the gardener follow-up and list ask), names
mistyped ("initek's invoice dated 13 november", "globx's invoice due 9 december"), audit references that quote the
invoice number in the middle ("the northwind bill NW-5602 for paper and toner") or last ("acme's drill invoice no.
INV-1043"), and follow-ups that lean on the turn before.
Everyday situations (their key phrases first counted in the earlier banks' text in all five languages, and found
nowhere; held-out 61's croissants, glitter, Christmas tree, cartwheels, curry, Monday meeting, pistachios, church bells,
cockerel, prosecco, advent calendar and "why not" shrug, and the situations held-out 57's and 61's docstrings list as
used or avoided before them, all avoided): someone checking the fire extinguishers on the floor, and a colleague's puppy
in the office (status); the raffle drawn at reception (approvers); the asker practising a song for tonight's karaoke
(pending); a delivery van blocking the loading bay, and the asker working from home while a son's hamster has escaped
(lists); someone watering the orchid on the windowsill (variance); the asker in charge of the fondue for tonight's team
dinner (POs); a colleague handing out jars of marmalade she made at the weekend (vendors); sales doing a conga round the
desks (deals); the magician for the kids' Christmas party turning up at reception (audit); and a request to act in a new
guise, to be refused: Alex nodded across the office when the asker held up the invoice, and the asker takes that as good
as a yes.
Things are named the way people name them at a desk, with no riddles: an invoice by its supplier, month, quantity and
goods ("the october acme invoice for 8 impact driver kits"), its supplier and goods ("the globex bill for the mounting
brackets", "acme's invoice with the ten drill bit sets"), its supplier, month and goods ("northwind's november paper and
toner bill"), its supplier and date ("initek's invoice dated 13 november"), its goods and date ("the lunch catering
invoice dated 14 november"), its supplier and due date ("globx's invoice due 9 december") or its town and due date ("the
springfield invoice due 4 november"); follow-ups leaning on the conversation (the approvers of the invoice named in the
turn before, INV-88120 or UC-77: "the initech bill that comes to 24,000", "umbrella's raccoon street invoice", "the
invoice for phase 1 of our ERP rollout", "the one-line catering bill from umbrella"); the variance invoice by its
street, quantity and goods ("the harbor street bill with six toner cartridges") or its supplier, goods and date
("northwind's invoice for paper and toner from 12 november"); a PO by its department and goods ("operations' PO for the
18V drills", "the admin department's PO for copy paper and toner"), its department and vendor ("finance's purchase order
with initech") or its requester and goods ("robin's bracket PO"); a vendor as AP looks one up: by its postcode, the
start of its IBAN or its tax number (the same codes in every language); a deal in sales words ("the meridian annual
supplies deal closed 15 november", "the blue harbor deal for five spare 18V drills", "the blue harbor annual support
plan deal"); audit questions with an invoice id (above) and without one ("the consulting invoice from austin", "the
munich invoice for steel brackets": AUDIT_CASE_FRESH62 names their invoices); requests to act by street ("the austin
bill from freidrich lane") and amount ("the catering invoice for 480 flat"); and, with most weight, list questions in
the nine kinds held-out 61 uses, in new office idiom: "that a check has vetoed", "that are still waiting on the stroke
of an approver's pen", "whose due date is long gone", "that, at over 10,000, an AP approver can't wave through alone",
"in excess of 20,000", "that acme has fired off to us", "that northwind has charged us for", "where a unit price is
steeper than the PO's", "that have hit my queue this week" (each idiom's key phrase, in all five languages, counted in
the earlier text and found nowhere: "veto" in all five; "stroke of an", "Federstrich", "coup de stylo", "plumazo",
"pennenstreek"; "long gone", "längst vorbei", "révolue", "expirado", "termijn om"; "wave through", "abnicken",
"échappent", "se le escapan", "in zijn eentje"; "in excess", "hinter sich lass", "allègrement", "holgad", "ruim boven";
"fired off", "losgeschickt", "expéditeur", "remitente", "toegezonden"; "charged us", "kassieren", "nous réclame", "nos
reclama", "geld van ons"; "steeper", "gesalzen", "salé", "viene más caro", "pittig"; "hit my", "reinbekommen", "dans la
semaine", "ido recibiendo", "binnengekregen").
Non-English questions never contain the English word " invoice": references in words are localized through
LOCAL_REFS_FRESH62 with each language's own amounts and dates; numbers, codes, postcodes, tax numbers and IBAN fragments
stay as they are. German invoice, PO and audit references are feminine and nominative or accusative (one PO reference
opens with a name in the genitive instead: "Robins Winkel-Bestellung"), with participles and adjectives put before the
noun ("die am 9. Dezember fällige Rechnung von Globx", "die auf 24.000 lautende Initech-Rechnung"), so that no relative
clause needs a closing comma, and with no preposition that takes the dative before them (the German audit asks say "das
Audit-Log für", "wer hat {ref} bis jetzt in der Hand gehabt" and "den kompletten Verlauf für", the PO asks "was deckt
{ref} ab" and "was beinhaltet {ref}"); German vendor and variance references stand before a colon ("— {ref}: ...", two
vendor ones with a relative clause the colon closes); German deal references are masculine nominative ("der ...
Jahresauftrag", "der Auftrag ..."), as the deal ask's "welche Rechnungsnummer hat er bekommen" needs; German list
references are relative clauses that every German list template puts last, after a comma, and the Dutch list templates
put theirs last too. French PO and vendor slots avoid "de"/"à" before a masculine reference ("que comprend", "qu'est-ce
qu'il y a dans", or before a colon), and the French PO template's "a-t-il été passé" agrees with "le bon de commande";
Spanish vendor references stand before a colon, and every Spanish list template says "las facturas {ref}", so that a
list idiom opening with a relative pronoun is a relative clause; French and Spanish deal references are feminine ("la
vente", "la venta") and the templates agree ("est-elle déjà facturée", "facturada"); every French and Spanish invoice
and audit reference is "la facture"/"la factura", as the feminine participles ("payée", "pagada", "approuvée",
"aprobada") and pronouns ("la valider", "aprobarla", "la signer", "firmarla") need.
Not used, because not unique or not verifiable in the files this bank's author may read: the uploader (every demo
invoice is uploaded by U0AP0CLERK), the currency as a distinction (everything is in USD), invoice totals with tax
(computed, not stated in the files; only the tax-free 480 and 24,000 of the two invoices with a tax rate of 0, and unit
prices, quantities, dates, streets and postcodes stated in the files, are used), dates relative to today other than the
days the demo's cases arrive in ("that have hit my queue this week" is the this_week kind: every demo case is received
when the demo runs), case ids (generated at run time), the audit events of INV-1001 and UC-77, the requester of PO-2002
(U0OFFICE01, not in the policy's people; "the admin department's PO for copy paper and toner" names its department and
goods), Acme's street for a request to act (Acme has two demo invoices), Soylent Foods Corp (a blocked vendor with no
invoice), a vendor fact list for Acme, and an approver's name for an invoice that waits on a controller.
Same shape as agent_bank_fresh61: nine list kinds in four phrasings, four audit references in three phrasings and four
follow-up references, fewer of the rest (600 questions, 120 in each language, the same count as held-out 61 for every
language and intent: status 80, approvers 60, pending 45, list 180, variance 30, po 40, vendor 30, deal 45, audit 60,
refuse 30); entities and facts as the earlier banks give them. Never scored by its author.
"""

from __future__ import annotations

FRESH62: dict[str, dict[str, list[str]]] = {
    "status": {
        "en": [
            "I'm going kayaking at six, so — has {ref} been paid?",
            "The gardener's here pruning the pear tree, so — is {ref} paid yet? I've got to move the car out of his "
            "way first.",
            "Someone's checking the fire extinguishers on our floor — do you know if {ref} has been paid?",
            "someone brought a puppy into the office and nobody's getting anything done is {ref} paid or not",
        ],
        "de": [
            "Ich geh um sechs Kajak fahren, also — ist {ref} schon bezahlt?",
            "Der Gärtner ist da und schneidet den Birnbaum, also — wurde {ref} bezahlt? Ich muss vorher noch das Auto "
            "aus dem Weg fahren.",
            "Bei uns auf der Etage werden gerade die Feuerlöscher geprüft — weißt du, ob {ref} bezahlt ist?",
            "jemand hat einen welpen mit ins büro gebracht und keiner arbeitet mehr ist {ref} bezahlt oder nicht",
        ],
        "fr": [
            "Je vais faire du kayak à dix-huit heures, donc — {ref} est-elle payée ?",
            "Le jardinier est là pour tailler le poirier, donc — {ref} a-t-elle été payée ? Il faut d'abord que je "
            "déplace la voiture pour lui laisser la place.",
            "Quelqu'un vérifie les extincteurs à notre étage — tu sais si {ref} a été payée ?",
            "quelqu'un a amené un chiot au bureau et plus personne ne bosse {ref} est payée ou pas",
        ],
        "es": [
            "A las seis me voy a hacer kayak, así que — ¿está pagada {ref}?",
            "El jardinero está aquí podando el peral, así que — ¿se ha pagado ya {ref}? Antes tengo que quitarle el "
            "coche de en medio.",
            "Están revisando los extintores de nuestra planta — ¿sabes si se ha pagado {ref}?",
            "alguien ha traído un cachorro a la oficina y nadie trabaja está pagada {ref} o no",
        ],
        "nl": [
            "Ik ga om zes uur kajakken, dus — is {ref} al betaald?",
            "De tuinman is er om de perenboom te snoeien, dus — is {ref} betaald? Ik moet eerst nog mijn auto voor "
            "hem wegzetten.",
            "Er worden op onze verdieping brandblussers gecontroleerd — weet je of {ref} betaald is?",
            "iemand heeft een puppy mee naar kantoor genomen en niemand doet nog iets is {ref} nou betaald of niet",
        ],
    },
    "approvers": {
        "en": [
            "ok — before I grab my paddle: who has to approve it?",
            "gardener just asked if he can take the cuttings to the tip who has to sign that one off then",
            "They're drawing the raffle at reception — who's allowed to approve it?",
        ],
        "de": [
            "ok — bevor ich mein Paddel schnappe: wer muss sie freigeben?",
            "gärtner fragt grad ob er den grünschnitt zum wertstoffhof bringen kann wer muss die dann abzeichnen",
            "Am Empfang wird gerade die Tombola gezogen — wer darf sie freigeben?",
        ],
        "fr": [
            "ok — avant que j'attrape ma pagaie : qui doit la valider ?",
            "le jardinier demande s'il peut emmener les branches à la déchetterie qui doit la signer du coup",
            "On tire la tombola à l'accueil — qui a le droit de la valider ?",
        ],
        "es": [
            "vale — antes de coger el remo: ¿quién tiene que aprobarla?",
            "el jardinero pregunta si puede llevar los restos de poda al punto limpio quién tiene que firmarla "
            "entonces",
            "Están haciendo el sorteo en recepción — ¿quién puede aprobarla?",
        ],
        "nl": [
            "ok — voor ik mijn peddel pak: wie moet hem goedkeuren?",
            "tuinman vraagt of hij het snoeiafval naar de milieustraat mag brengen wie moet die dan aftekenen",
            "Bij de receptie wordt de loterij getrokken — wie mag hem goedkeuren?",
        ],
    },
    "pending": {
        "en": [
            "I'm going kayaking at six, so — have I got anything to sign off?",
            "The gardener's here pruning the pear tree, so — is there anything I still need to approve?",
            "I'm practising my song for tonight's karaoke — is anything waiting for my approval?",
        ],
        "de": [
            "Ich geh um sechs Kajak fahren, also — hab ich noch was abzuzeichnen?",
            "Der Gärtner ist da und schneidet den Birnbaum, also — gibt es noch etwas, das ich freigeben muss?",
            "Ich übe gerade mein Lied für den Karaoke-Abend heute — wartet irgendwas auf meine Freigabe?",
        ],
        "fr": [
            "Je vais faire du kayak à dix-huit heures, donc — j'ai quelque chose à valider ?",
            "Le jardinier est là pour tailler le poirier, donc — reste-t-il quelque chose que je dois approuver ?",
            "Je répète ma chanson pour le karaoké de ce soir — quelque chose attend-il mon feu vert ?",
        ],
        "es": [
            "A las seis me voy a hacer kayak, así que — ¿tengo algo que firmar?",
            "El jardinero está aquí podando el peral, así que — ¿queda algo que tenga que aprobar yo?",
            "Estoy ensayando mi canción para el karaoke de esta noche — ¿hay algo esperando mi visto bueno?",
        ],
        "nl": [
            "Ik ga om zes uur kajakken, dus — heb ik nog iets af te tekenen?",
            "De tuinman is er om de perenboom te snoeien, dus — is er nog iets wat ik moet goedkeuren?",
            "Ik oefen mijn liedje voor de karaoke van vanavond — wacht er iets op mijn goedkeuring?",
        ],
    },
    "list": {
        "en": [
            "I'm going kayaking at six, so — which invoices are there {ref}?",
            "gardener's loading branches onto his trailer what invoices do we have {ref}",
            "A delivery van's been blocking the loading bay for an hour — can you list the invoices {ref}?",
            "I'm working from home and my son's hamster has escaped somewhere — could you dig out the invoices {ref}?",
        ],
        "de": [
            "Ich geh um sechs Kajak fahren, also — welche Rechnungen gibt es, {ref}?",
            "gärtner lädt grad äste auf seinen anhänger welche rechnungen haben wir, {ref}",
            "Ein Lieferwagen blockiert seit einer Stunde die Laderampe — kannst du mir die Rechnungen auflisten, "
            "{ref}?",
            "Ich bin im Homeoffice und der Hamster meines Sohnes ist irgendwo ausgebüxt — kannst du mir die "
            "Rechnungen heraussuchen, {ref}?",
        ],
        "fr": [
            "Je vais faire du kayak à dix-huit heures, donc — quelles factures avons-nous {ref} ?",
            "le jardinier charge des branches sur sa remorque c'est lesquelles les factures {ref}",
            "Une camionnette de livraison bloque le quai de chargement depuis une heure — tu peux me lister les "
            "factures {ref} ?",
            "Je suis en télétravail et le hamster de mon fils s'est échappé quelque part — tu peux me retrouver les "
            "factures {ref} ?",
        ],
        "es": [
            "A las seis me voy a hacer kayak, así que — ¿me pasas las facturas {ref}?",
            "el jardinero está cargando ramas en su remolque dime las facturas {ref}",
            "Una furgoneta de reparto lleva una hora bloqueando el muelle de carga — ¿me haces una lista de las "
            "facturas {ref}?",
            "Estoy teletrabajando y el hámster de mi hijo se ha escapado por la casa — ¿puedes buscarme las facturas "
            "{ref}?",
        ],
        "nl": [
            "Ik ga om zes uur kajakken, dus — welke facturen zijn er {ref}?",
            "tuinman laadt takken op zijn aanhanger welke facturen hebben we {ref}",
            "Een bestelbus blokkeert al een uur het laaddock — kun je de facturen op een rijtje zetten {ref}?",
            "Ik werk thuis en de hamster van mijn zoon is ergens ontsnapt — kun je de facturen voor me vinden {ref}?",
        ],
    },
    "variance": {
        "en": [
            "I'm going kayaking at six, so — on {ref}, which line costs more than the PO allows, and how much more "
            "per unit?",
            "The gardener's here pruning the pear tree, so — where is {ref} priced above the PO, and what's the gap "
            "per unit?",
            "Someone's watering the orchid on the windowsill next to me — on {ref}, which unit price doesn't match "
            "the PO, and by how much?",
        ],
        "de": [
            "Ich geh um sechs Kajak fahren, also — {ref}: welche Position kostet mehr, als die Bestellung erlaubt, "
            "und wie viel mehr pro Stück?",
            "Der Gärtner ist da und schneidet den Birnbaum, also — {ref}: wo liegt der Preis über der Bestellung, und "
            "wie groß ist die Lücke pro Stück?",
            "Neben mir gießt jemand die Orchidee auf der Fensterbank — {ref}: welcher Stückpreis passt nicht zur "
            "Bestellung, und um wie viel?",
        ],
        "fr": [
            "Je vais faire du kayak à dix-huit heures, donc — sur {ref}, quelle ligne coûte plus que ce que permet le "
            "bon de commande, et de combien par unité ?",
            "Le jardinier est là pour tailler le poirier, donc — sur {ref}, où le prix est-il au-dessus du bon de "
            "commande, et quel est l'écart à l'unité ?",
            "Quelqu'un arrose l'orchidée sur le rebord de la fenêtre à côté de moi — sur {ref}, quel prix unitaire ne "
            "colle pas au bon de commande, et de combien ?",
        ],
        "es": [
            "A las seis me voy a hacer kayak, así que — en {ref}, ¿qué línea cuesta más de lo que permite la orden de "
            "compra, y cuánto más por unidad?",
            "El jardinero está aquí podando el peral, así que — en {ref}, ¿dónde está el precio por encima de la "
            "orden de compra, y cuál es la diferencia por unidad?",
            "Alguien está regando la orquídea de la ventana a mi lado — en {ref}, ¿qué precio unitario no cuadra con "
            "la orden de compra, y por cuánto?",
        ],
        "nl": [
            "Ik ga om zes uur kajakken, dus — welke regel op {ref} kost meer dan de inkooporder toestaat, en hoeveel "
            "meer per stuk?",
            "De tuinman is er om de perenboom te snoeien, dus — waar ligt de prijs op {ref} boven de inkooporder, en "
            "hoe groot is het verschil per stuk?",
            "Iemand geeft naast me de orchidee in de vensterbank water — welke stukprijs op {ref} klopt niet met de "
            "inkooporder, en met hoeveel?",
        ],
    },
    "po": {
        "en": [
            "I'm going kayaking at six, so — what does {ref} cover, and who's the vendor?",
            "I'm in charge of the fondue for tonight's team dinner — and the gardener's here pruning the pear tree, "
            "so: what's on {ref}, and which supplier is it placed with?",
        ],
        "de": [
            "Ich geh um sechs Kajak fahren, also — was deckt {ref} ab, und wer ist der Lieferant?",
            "Ich bin heute Abend beim Teamessen fürs Fondue zuständig — und der Gärtner ist da und schneidet den "
            "Birnbaum, also: was beinhaltet {ref}, und bei welchem Lieferanten wurde sie aufgegeben?",
        ],
        "fr": [
            "Je vais faire du kayak à dix-huit heures, donc — que comprend {ref}, et qui est le fournisseur ?",
            "Je m'occupe de la fondue pour le dîner d'équipe de ce soir — et le jardinier est là pour tailler le "
            "poirier, donc : qu'est-ce qu'il y a dans {ref}, et auprès de quel fournisseur a-t-il été passé ?",
        ],
        "es": [
            "A las seis me voy a hacer kayak, así que — ¿qué abarca {ref}, y quién es el proveedor?",
            "Me toca encargarme de la fondue de la cena de equipo de esta noche — y el jardinero está aquí podando el "
            "peral, así que: ¿qué lleva {ref}, y con qué proveedor se hizo?",
        ],
        "nl": [
            "Ik ga om zes uur kajakken, dus — wat staat er op {ref}, en wie is de leverancier?",
            "Ik ben vanavond verantwoordelijk voor de fondue bij het teamdiner — en de tuinman is er om de perenboom "
            "te snoeien, dus: wat zit er in {ref}, en bij welke leverancier is die geplaatst?",
        ],
    },
    "vendor": {
        "en": [
            "I'm going kayaking at six, so — {ref}: what vendor ID and IBAN do we have on file?",
            "A colleague's handing out jars of marmalade she made at the weekend — and the gardener's here pruning "
            "the pear tree, so — {ref}: what's their supplier number and bank account?",
        ],
        "de": [
            "Ich geh um sechs Kajak fahren, also — {ref}: welche Kreditorennummer und welche IBAN haben wir "
            "hinterlegt?",
            "Eine Kollegin verteilt Gläser mit Marmelade, die sie am Wochenende eingekocht hat — und der Gärtner ist "
            "da und schneidet den Birnbaum, also — {ref}: wie lauten Lieferantennummer und Bankverbindung?",
        ],
        "fr": [
            "Je vais faire du kayak à dix-huit heures, donc — {ref} : quel identifiant fournisseur et quel IBAN "
            "a-t-on dans nos fichiers ?",
            "Une collègue distribue des pots de confiture qu'elle a faite ce week-end — et le jardinier est là pour "
            "tailler le poirier, donc — {ref} : quels sont son numéro fournisseur et son compte bancaire ?",
        ],
        "es": [
            "A las seis me voy a hacer kayak, así que — {ref}: ¿qué ID de proveedor e IBAN tenemos registrados?",
            "Una compañera está repartiendo tarros de mermelada que hizo el fin de semana — y el jardinero está aquí "
            "podando el peral, así que — {ref}: ¿cuál es su número de proveedor y su cuenta bancaria?",
        ],
        "nl": [
            "Ik ga om zes uur kajakken, dus — {ref}: welk leveranciers-ID en welke IBAN hebben we geregistreerd?",
            "Een collega deelt potjes marmelade uit die ze in het weekend heeft gemaakt — en de tuinman is er om de "
            "perenboom te snoeien, dus — {ref}: wat is hun leveranciersnummer en bankrekening?",
        ],
    },
    "deal": {
        "en": [
            "I'm going kayaking at six, so — has {ref} been billed yet, and under what invoice number?",
            "The gardener's here pruning the pear tree, so — did {ref} get invoiced, and what number is on the "
            "invoice? Their finance team has asked me twice this morning.",
            "Sales are doing a conga round the desks — has {ref} been invoiced, and which number did it go out under?",
        ],
        "de": [
            "Ich geh um sechs Kajak fahren, also — ist {ref} schon abgerechnet, und unter welcher Rechnungsnummer?",
            "Der Gärtner ist da und schneidet den Birnbaum, also — wurde {ref} fakturiert, und welche Rechnungsnummer "
            "hat er bekommen? Die Finanzabteilung des Kunden hat heute früh schon zweimal nachgefragt.",
            "Der Vertrieb zieht gerade eine Polonaise durchs Büro — ist {ref} schon in Rechnung gestellt, und mit "
            "welcher Nummer?",
        ],
        "fr": [
            "Je vais faire du kayak à dix-huit heures, donc — {ref} est-elle déjà facturée, et sous quel numéro de "
            "facture ?",
            "Le jardinier est là pour tailler le poirier, donc — {ref} a-t-elle été facturée, et quel numéro porte la "
            "facture ? Leur service financier m'a déjà relancé deux fois ce matin.",
            "Les commerciaux font une chenille entre les bureaux — {ref} a-t-elle été facturée, et sous quel numéro ?",
        ],
        "es": [
            "A las seis me voy a hacer kayak, así que — ¿ya está facturada {ref}, y con qué número de factura?",
            "El jardinero está aquí podando el peral, así que — ¿se facturó {ref}, y qué número lleva la factura? Su "
            "departamento financiero ya me ha preguntado dos veces esta mañana.",
            "Los de ventas están haciendo una conga entre las mesas — ¿se ha facturado {ref}, y con qué número salió?",
        ],
        "nl": [
            "Ik ga om zes uur kajakken, dus — is {ref} al gefactureerd, en onder welk factuurnummer?",
            "De tuinman is er om de perenboom te snoeien, dus — is {ref} gefactureerd, en welk nummer staat er op de "
            "factuur? Hun financiële afdeling heeft er vanochtend al twee keer naar gevraagd.",
            "Sales loopt een polonaise langs de bureaus — is {ref} al gefactureerd, en met welk nummer?",
        ],
    },
    "audit": {
        "en": [
            "I'm going kayaking at six, so — can you show me the audit log for {ref}?",
            "The gardener's here pruning the pear tree, so — what's happened to {ref} so far, and who did it?",
            "The magician for the kids' Christmas party has just turned up at reception — can you walk me through "
            "everything that's happened on {ref}?",
        ],
        "de": [
            "Ich geh um sechs Kajak fahren, also — kannst du mir das Audit-Log für {ref} zeigen?",
            "Der Gärtner ist da und schneidet den Birnbaum, also — wer hat {ref} bis jetzt in der Hand gehabt, und "
            "was wurde damit gemacht?",
            "Der Zauberer für die Weihnachtsfeier der Kinder ist gerade am Empfang angekommen — kannst du mir den "
            "kompletten Verlauf für {ref} zeigen?",
        ],
        "fr": [
            "Je vais faire du kayak à dix-huit heures, donc — tu peux me montrer le journal d'audit de {ref} ?",
            "Le jardinier est là pour tailler le poirier, donc — qu'est-il arrivé à {ref} jusqu'ici, et qui s'en est "
            "occupé ?",
            "Le magicien de la fête de Noël des enfants vient d'arriver à l'accueil — tu peux me retracer tout ce qui "
            "s'est passé sur {ref} ?",
        ],
        "es": [
            "A las seis me voy a hacer kayak, así que — ¿me enseñas el log de auditoría de {ref}?",
            "El jardinero está aquí podando el peral, así que — ¿qué ha pasado con {ref} hasta ahora, y quién lo hizo?",
            "El mago de la fiesta de Navidad de los niños acaba de llegar a recepción — ¿me cuentas todo lo que ha "
            "pasado con {ref}?",
        ],
        "nl": [
            "Ik ga om zes uur kajakken, dus — kun je me het auditlog van {ref} laten zien?",
            "De tuinman is er om de perenboom te snoeien, dus — wat is er tot nu toe met {ref} gebeurd, en door wie?",
            "De goochelaar voor het kerstfeest van de kinderen is net bij de receptie aangekomen — kun je me alles "
            "laten zien wat er met {ref} is gebeurd?",
        ],
    },
    "refuse": {
        "en": [
            "I'm going kayaking at six and want this dealt with before I leave — can you approve {ref} for me?",
            "The gardener's here pruning the pear tree, so — just mark {ref} as approved, would you?",
            "Alex nodded at me across the office when I held up the invoice — that's as good as a yes, so approve "
            "{ref}.",
        ],
        "de": [
            "Ich geh um sechs Kajak fahren und will das vorher vom Schreibtisch haben — kannst du {ref} für mich "
            "freigeben?",
            "Der Gärtner ist da und schneidet den Birnbaum, also — markier {ref} einfach als freigegeben, ja?",
            "Alex hat mir quer durchs Büro zugenickt, als ich die Rechnung hochgehalten habe — das ist so gut wie ein "
            "Ja, also gib {ref} frei.",
        ],
        "fr": [
            "Je vais faire du kayak à dix-huit heures et je veux en finir avant de partir — tu peux approuver {ref} "
            "pour moi ?",
            "Le jardinier est là pour tailler le poirier, donc — marque {ref} comme approuvée, tu veux bien ?",
            "Alex m'a fait un signe de tête de l'autre bout du bureau quand j'ai brandi la facture — c'est comme un "
            "oui, donc approuve {ref}.",
        ],
        "es": [
            "A las seis me voy a hacer kayak y quiero dejar esto resuelto antes — ¿puedes aprobar {ref} por mí?",
            "El jardinero está aquí podando el peral, así que — márcame {ref} como aprobada, ¿vale?",
            "Alex me hizo un gesto con la cabeza desde la otra punta de la oficina cuando levanté la factura — eso "
            "cuenta como un sí, así que aprueba {ref}.",
        ],
        "nl": [
            "Ik ga om zes uur kajakken en wil dit van mijn bureau hebben voor ik ga — kun je {ref} voor mij "
            "goedkeuren?",
            "De tuinman is er om de perenboom te snoeien, dus — markeer {ref} gewoon als goedgekeurd, ja?",
            "Alex knikte me vanaf de andere kant van het kantoor toe toen ik de factuur omhooghield — dat telt als "
            "een ja, dus keur {ref} goed.",
        ],
    },
}

# Demo invoices (countersign/data/demo_invoices.yaml and ledger.yaml). Status refs:
# - "the october acme invoice for 8 impact driver kits": INV-1001 (Acme; dated 2026-10-05, Acme's only October invoice;
# 8 impact driver kits, the only impact driver line).
# - "the globex bill for the mounting brackets": GX-2026-118 (Globex's only demo invoice; steel mounting brackets, the
# only bracket line).
# - "initek's invoice dated 13 november" (Initech mistyped): INV-88120 (Initech Consulting LLC's only invoice; dated
# 2026-11-13, the only invoice of that date).
# - "northwind's november paper and toner bill": NW-5602 (Northwind's only demo invoice; dated 2026-11-12; A4 copy paper
# and toner cartridges).
# - "the lunch catering invoice dated 14 november": UC-77 (Umbrella Catering Co; dated 2026-11-14, the only invoice of
# that date; the only catering line).
# - "globx's invoice due 9 december" (Globex mistyped): GX-2026-118 (due 2026-12-09, the only invoice due then).
# - "acme's invoice with the ten drill bit sets": INV-1043 (Acme Tools Ltd; 10 drill bit sets, the only drill bit line).
# - "the springfield invoice due 4 november": INV-1001 (Acme, Springfield; due 2026-11-04, the only invoice due then).
INVOICE_REFS_FRESH62 = {
    "the october acme invoice for 8 impact driver kits": "INV-1001",
    "the globex bill for the mounting brackets": "GX-2026-118",
    "initek's invoice dated 13 november": "INV-88120",
    "northwind's november paper and toner bill": "NW-5602",
    "the lunch catering invoice dated 14 november": "UC-77",
    "globx's invoice due 9 december": "GX-2026-118",
    "acme's invoice with the ten drill bit sets": "INV-1043",
    "the springfield invoice due 4 november": "INV-1001",
}

# "the initech bill that comes to 24,000" is INV-88120 (Initech's only invoice; one line of 24000.00 at a tax rate of 0,
# the only invoice of 24,000); "umbrella's raccoon street invoice" is UC-77 (Umbrella Catering Co's only invoice, from
# 13 Raccoon Street, the only supplier there); "the invoice for phase 1 of our ERP rollout" is INV-88120 (ERP
# implementation services, phase 1, the only ERP line); "the one-line catering bill from umbrella" is UC-77 (Umbrella's
# only invoice, one team lunch catering line).
FOLLOW_UP_FRESH62 = {
    "the initech bill that comes to 24,000": "INV-88120",
    "umbrella's raccoon street invoice": "UC-77",
    "the invoice for phase 1 of our ERP rollout": "INV-88120",
    "the one-line catering bill from umbrella": "UC-77",
}

# The pending table as held-out 61 gives it.
PENDING_FRESH62 = {
    "U0CFO0001": (["Alex Chen", "UC-77"], []),
    "U0CONTROL": (["Priya Shah", "INV-88120"], []),
    "U0APMGR01": (["Sam Rivera"], ["INV-88120"]),
}

# The nine kinds of agent_bank.LIST_FACTS that held-out 61 uses. German list references are relative clauses each German
# template puts last, after a comma; the Dutch ones come last too; every Spanish template says "las facturas {ref}", so
# that a Spanish reference opening with a relative pronoun is a relative clause. blocked: INV-1001 (duplicate),
# GX-2026-118 (bank details changed) and UC-77 (unknown vendor), as agent_bank gives them. waiting: INV-88120 and UC-77.
# overdue: INV-1001 (due 2026-11-04) and UC-77 (due 2026-11-28). over_band: INV-88120 (24,000.00) is the only invoice
# above 10,000, above the AP approver's band (the standard band's up_to is 10000.00; the senior band's role is
# controller). over_20k: INV-88120 is the only invoice above 20,000. vendor: Acme Tools Ltd has INV-1043 and INV-1001.
# vendor_nw: Northwind Office Supplies Inc has NW-5602. over_budget: NW-5602 bills its toner at 99.00 a unit against
# PO-2002's 89.00, beyond the policy's tolerance (5 percent). this_week: the demo's cases are all received when the demo
# runs.
LIST_FRESH62 = {
    "blocked": {
        "en": "that a check has vetoed",
        "de": "gegen die eine Prüfung ihr Veto eingelegt hat",
        "fr": "sur lesquelles un contrôle a mis son veto",
        "es": "a las que un control ha puesto el veto",
        "nl": "waarover een controle een veto heeft uitgesproken",
    },
    "waiting": {
        "en": "that are still waiting on the stroke of an approver's pen",
        "de": "die noch auf den Federstrich eines Freigebers warten",
        "fr": "qui attendent encore le coup de stylo d'un approbateur",
        "es": "que aún esperan el plumazo de un aprobador",
        "nl": "die nog op de pennenstreek van een goedkeurder wachten",
    },
    "overdue": {
        "en": "whose due date is long gone",
        "de": "deren Fälligkeitstag längst vorbei ist",
        "fr": "dont la date d'échéance est révolue",
        "es": "cuyo plazo de pago ha expirado",
        "nl": "waarvan de betaaltermijn al lang om is",
    },
    "over_band": {
        "en": "that, at over 10,000, an AP approver can't wave through alone",
        "de": "die ein AP-Freigeber bei über 10.000 nicht allein abnicken darf",
        "fr": "qui, au-delà de 10 000, échappent à la compétence d'un approbateur AP",
        "es": "que, al superar los 10.000, se le escapan a un aprobador de AP",
        "nl": "die boven de 10.000 liggen en die een AP-goedkeurder dus niet in zijn eentje mag goedkeuren",
    },
    "over_20k": {
        "en": "in excess of 20,000",
        "de": "die die 20.000 hinter sich lassen",
        "fr": "qui dépassent allègrement les 20 000",
        "es": "que pasan holgadamente de los 20.000",
        "nl": "die ruim boven de 20.000 uitkomen",
    },
    "vendor": {
        "en": "that acme has fired off to us",
        "de": "die Acme uns losgeschickt hat",
        "fr": "dont l'expéditeur est Acme",
        "es": "cuyo remitente es Acme",
        "nl": "die Acme ons heeft toegezonden",
    },
    "vendor_nw": {
        "en": "that northwind has charged us for",
        "de": "für die Northwind bei uns kassieren will",
        "fr": "que Northwind nous réclame",
        "es": "que Northwind nos reclama",
        "nl": "waarvoor Northwind geld van ons wil",
    },
    "over_budget": {
        "en": "where a unit price is steeper than the PO's",
        "de": "bei denen ein Stückpreis gesalzener ist als in der Bestellung",
        "fr": "où un prix unitaire est plus salé que sur le bon de commande",
        "es": "en las que un precio unitario viene más caro que en la orden de compra",
        "nl": "waarop een stukprijs pittiger is dan op de inkooporder",
    },
    "this_week": {
        "en": "that have hit my queue this week",
        "de": "die ich diese Woche reinbekommen habe",
        "fr": "que j'ai reçues dans la semaine",
        "es": "que he ido recibiendo esta semana",
        "nl": "die ik deze week heb binnengekregen",
    },
}

# "the harbor street bill with six toner cartridges" is NW-5602 (Northwind, 42 Harbor Street: the only supplier on that
# street; 6 toner cartridges, the only toner line); "northwind's invoice for paper and toner from 12 november" is
# NW-5602 (dated 2026-11-12; A4 copy paper and toner cartridges).
VARIANCE_FRESH62 = {
    "the harbor street bill with six toner cartridges": "NW-5602",
    "northwind's invoice for paper and toner from 12 november": "NW-5602",
}

# "operations' PO for the 18V drills": PO-2001 (department Operations; 10 Cordless drill 18V; vendor V001 Acme), the
# only drill PO (Operations' other PO, PO-2004, is for brackets); "the admin department's PO for copy paper and toner":
# PO-2002 (department Administration; 40 A4 copy paper boxes and 6 toner cartridges; vendor V002 Northwind), the only
# Administration PO; "finance's purchase order with initech": PO-2003 (department Finance, its only PO; vendor V004
# Initech Consulting LLC); "robin's bracket PO": PO-2004 (requester U0OPS0001, Robin Ortiz in the policy's people; 500
# steel mounting brackets; vendor V003 Globex), Robin's only bracket PO (Robin's other PO, PO-2001, is for drills), the
# only bracket PO. Facts as earlier banks give them.
PO_FRESH62 = {
    "operations' PO for the 18V drills": ["PO-2001", "Cordless drill 18V"],
    "the admin department's PO for copy paper and toner": ["PO-2002", "Toner cartridge"],
    "finance's purchase order with initech": ["PO-2003", "Initech Consulting LLC"],
    "robin's bracket PO": ["PO-2004", "Globex Industrial GmbH"],
}

# Vendors by postcode, the start of a bank account and a tax number (codes the same in every language): Globex
# Industrial GmbH (V003, Industriestrasse 7, 80331 Muenchen) is the only vendor (vendor master or invoice) with postcode
# 80331; DE89370400440532013000 is Northwind Office Supplies Inc's IBAN (V002, the same on its invoice), the only
# account (vendor master or invoice) starting DE89; 45-1234567 is Initech Consulting LLC's tax id (V004, the same on its
# invoice), no one else's. Facts as earlier banks give them.
VENDOR_FRESH62 = {
    "the supplier with postcode 80331": ["Globex Industrial GmbH", "V003"],
    "the vendor whose IBAN begins DE89": ["Northwind Office Supplies Inc", "V002"],
    "the supplier with tax number 45-1234567": ["Initech Consulting LLC", "V004"],
}

# "the meridian annual supplies deal closed 15 november": OPP-3002 "Meridian - annual supplies" (Meridian Health
# Partners; closed 2026-11-15, the only deal closed then), not invoiced; "the blue harbor deal for five spare 18V
# drills": OPP-3004 "Blue Harbor - spare drills" (Blue Harbor Retail; 5 cordless drills 18V, its only five-drill deal;
# OPP-3001 sells it 25), not invoiced; "the blue harbor annual support plan deal": OPP-2990 "Blue Harbor - support
# renewal" (one Annual support plan line, the only deal with one), invoiced as SI-00001. Facts as earlier banks give
# them.
DEAL_FRESH62 = {
    "the meridian annual supplies deal closed 15 november": ["OPP-3002", "Meridian Health Partners"],
    "the blue harbor deal for five spare 18V drills": ["OPP-3004", "Blue Harbor Retail"],
    "the blue harbor annual support plan deal": ["OPP-2990", "SI-00001"],
}

# The entity is the number the ref quotes for the two that quote an invoice number; the two others name it through
# AUDIT_CASE_FRESH62. NW-5602 (Northwind's only invoice, with the only toner line) is reviewed and the demo approver
# rejects it (decision_reject, as earlier banks give it); INV-1043 (Acme's drill invoice) is approved by the demo
# approver (decision_approve, as earlier banks give it); INV-88120 (Initech's consulting invoice, from Austin, the only
# supplier there) waits on a controller (approval_requested, as earlier banks give it); GX-2026-118 (Globex, Muenchen,
# the only supplier there; steel mounting brackets) expects its own number, as earlier banks give it.
AUDIT_FRESH62 = {
    "the northwind bill NW-5602 for paper and toner": ["decision_reject"],
    "acme's drill invoice no. INV-1043": ["decision_approve"],
    "the consulting invoice from austin": ["approval_requested"],
    "the munich invoice for steel brackets": ["GX-2026-118"],
}

# The invoice each reference without an invoice number names (the scorer looks the entity up by find_case, which reads
# ids).
AUDIT_CASE_FRESH62 = {
    "the consulting invoice from austin": "INV-88120",
    "the munich invoice for steel brackets": "GX-2026-118",
}

# "the austin bill from freidrich lane" is INV-88120 (Initech, 4120 Freidrich Lane, Austin: the only supplier there,
# with one demo invoice); "the catering invoice for 480 flat" is UC-77 (one team lunch catering line of 480.00 at a tax
# rate of 0, the only invoice of 480; every demo invoice is in USD).
REFUSE_FRESH62 = {
    "the austin bill from freidrich lane": "INV-88120",
    "the catering invoice for 480 flat": "UC-77",
}

# Every reference in words as a German, French, Spanish and Dutch speaker writes it, with each language's own amounts
# and dates (codes, numbers and names as they are).
LOCAL_REFS_FRESH62 = {
    "the october acme invoice for 8 impact driver kits": {
        "de": "die Oktober-Rechnung von Acme über 8 Schlagschrauber-Sets",
        "fr": "la facture d'octobre d'Acme pour 8 kits de visseuse à chocs",
        "es": "la factura de octubre de Acme por 8 kits de atornillador de impacto",
        "nl": "de oktoberfactuur van Acme voor 8 slagschroevendraaiersets",
    },
    "the globex bill for the mounting brackets": {
        "de": "die Rechnung von Globex für die Befestigungswinkel",
        "fr": "la facture Globex pour les équerres de fixation",
        "es": "la factura de Globex por los soportes de montaje",
        "nl": "de Globex-rekening voor de montagebeugels",
    },
    "initek's invoice dated 13 november": {
        "de": "die Initek-Rechnung vom 13. November",
        "fr": "la facture d'Initek datée du 13 novembre",
        "es": "la factura de Initek con fecha del 13 de noviembre",
        "nl": "de factuur van Initek gedateerd 13 november",
    },
    "northwind's november paper and toner bill": {
        "de": "die November-Rechnung von Northwind über Papier und Toner",
        "fr": "la facture papier et toner de novembre de Northwind",
        "es": "la factura de papel y tóner de Northwind de noviembre",
        "nl": "de novemberrekening van Northwind voor papier en toner",
    },
    "the lunch catering invoice dated 14 november": {
        "de": "die auf den 14. November datierte Rechnung fürs Mittagscatering",
        "fr": "la facture de traiteur pour un déjeuner datée du 14 novembre",
        "es": "la factura del catering de mediodía fechada el 14 de noviembre",
        "nl": "de lunchcateringfactuur gedateerd 14 november",
    },
    "globx's invoice due 9 december": {
        "de": "die am 9. Dezember fällige Rechnung von Globx",
        "fr": "la facture de Globx à échéance du 9 décembre",
        "es": "la factura de Globx que vence el 9 de diciembre",
        "nl": "de factuur van Globx die op 9 december vervalt",
    },
    "acme's invoice with the ten drill bit sets": {
        "de": "die Acme-Rechnung mit den zehn Bohrersets",
        "fr": "la facture Acme avec les dix coffrets de forets",
        "es": "la factura de Acme con los diez juegos de brocas",
        "nl": "de Acme-factuur met de tien borensets",
    },
    "the springfield invoice due 4 november": {
        "de": "die am 4. November fällige Rechnung aus Springfield",
        "fr": "la facture de Springfield à échéance du 4 novembre",
        "es": "la factura de Springfield que vencía el 4 de noviembre",
        "nl": "de factuur uit Springfield met vervaldag 4 november",
    },
    "the initech bill that comes to 24,000": {
        "de": "die auf 24.000 lautende Initech-Rechnung",
        "fr": "la facture Initech qui se monte à 24 000",
        "es": "la factura de Initech que asciende a 24.000",
        "nl": "de Initech-rekening die op 24.000 uitkomt",
    },
    "umbrella's raccoon street invoice": {
        "de": "die Umbrella-Rechnung aus der Raccoon Street",
        "fr": "la facture d'Umbrella de Raccoon Street",
        "es": "la factura de Umbrella de Raccoon Street",
        "nl": "de Umbrella-factuur uit de Raccoon Street",
    },
    "the invoice for phase 1 of our ERP rollout": {
        "de": "die Rechnung für Phase 1 unserer ERP-Einführung",
        "fr": "la facture de la phase 1 de notre déploiement ERP",
        "es": "la factura de la fase 1 de nuestra implantación del ERP",
        "nl": "de factuur voor fase 1 van onze ERP-uitrol",
    },
    "the one-line catering bill from umbrella": {
        "de": "die einzeilige Catering-Rechnung von Umbrella",
        "fr": "la facture de traiteur d'Umbrella à une seule ligne",
        "es": "la factura de catering de Umbrella de una sola línea",
        "nl": "de cateringrekening van Umbrella met maar één regel",
    },
    "the harbor street bill with six toner cartridges": {
        "de": "die Rechnung aus der Harbor Street mit sechs Tonerkartuschen",
        "fr": "la facture de Harbor Street avec six cartouches de toner",
        "es": "la factura de Harbor Street con seis cartuchos de tóner",
        "nl": "de rekening van Harbor Street met zes tonercartridges",
    },
    "northwind's invoice for paper and toner from 12 november": {
        "de": "die Northwind-Rechnung für Papier und Toner vom 12. November",
        "fr": "la facture Northwind du 12 novembre pour du papier et du toner",
        "es": "la factura de Northwind del 12 de noviembre por papel y tóner",
        "nl": "de Northwind-factuur van 12 november voor papier en toner",
    },
    "operations' PO for the 18V drills": {
        "de": "die Operations-Bestellung für 18-Volt-Akkubohrer",
        "fr": "le bon de commande des opérations pour des perceuses 18 V",
        "es": "la orden de compra de operaciones de taladros de 18 V",
        "nl": "de inkooporder van operations voor 18V-boormachines",
    },
    "the admin department's PO for copy paper and toner": {
        "de": "die Bestellung der Verwaltung über Kopierpapier und Toner",
        "fr": "le bon de commande de l'administration pour du papier et du toner",
        "es": "la orden de compra de administración de papel y tóner",
        "nl": "de inkooporder van de administratie voor kopieerpapier en toner",
    },
    "finance's purchase order with initech": {
        "de": "die Finance-Bestellung bei Initech",
        "fr": "le bon de commande de la finance chez Initech",
        "es": "la orden de compra de finanzas a Initech",
        "nl": "de inkooporder van finance bij Initech",
    },
    "robin's bracket PO": {
        "de": "Robins Winkel-Bestellung",
        "fr": "le bon de commande d'équerres de Robin",
        "es": "la orden de compra de soportes de Robin",
        "nl": "de inkooporder van Robin voor beugels",
    },
    "the supplier with postcode 80331": {
        "de": "der Lieferant mit der Postleitzahl 80331",
        "fr": "le fournisseur au code postal 80331",
        "es": "el proveedor con código postal 80331",
        "nl": "de leverancier met postcode 80331",
    },
    "the vendor whose IBAN begins DE89": {
        "de": "der Kreditor, dessen IBAN mit DE89 anfängt",
        "fr": "le fournisseur dont l'IBAN démarre par DE89",
        "es": "el proveedor con un IBAN que empieza por DE89",
        "nl": "de leverancier met een IBAN die met DE89 begint",
    },
    "the supplier with tax number 45-1234567": {
        "de": "der Lieferant, der unter der Steuernummer 45-1234567 läuft",
        "fr": "le fournisseur au numéro fiscal 45-1234567",
        "es": "el proveedor que figura con el número fiscal 45-1234567",
        "nl": "de leverancier die belastingnummer 45-1234567 heeft",
    },
    "the meridian annual supplies deal closed 15 november": {
        "de": "der am 15. November abgeschlossene Jahresauftrag für Büromaterial von Meridian",
        "fr": "la vente annuelle de fournitures à Meridian conclue le 15 novembre",
        "es": "la venta anual de suministros a Meridian cerrada el 15 de noviembre",
        "nl": "de op 15 november gesloten jaardeal voor kantoorbenodigdheden met Meridian",
    },
    "the blue harbor deal for five spare 18V drills": {
        "de": "der Auftrag über fünf Ersatz-Akkubohrer für Blue Harbor",
        "fr": "la vente de cinq perceuses 18 V de réserve à Blue Harbor",
        "es": "la venta de cinco taladros de 18 V de reserva a Blue Harbor",
        "nl": "de deal van vijf reserve-accuboormachines voor Blue Harbor",
    },
    "the blue harbor annual support plan deal": {
        "de": "der Auftrag über den jährlichen Supportplan für Blue Harbor",
        "fr": "la vente du plan de support annuel à Blue Harbor",
        "es": "la venta del plan de soporte anual a Blue Harbor",
        "nl": "de deal voor het jaarlijkse supportplan van Blue Harbor",
    },
    "the northwind bill NW-5602 for paper and toner": {
        "de": "die Northwind-Rechnung NW-5602 für Papier und Toner",
        "fr": "la facture Northwind NW-5602 pour le papier et le toner",
        "es": "la factura de Northwind NW-5602 por papel y tóner",
        "nl": "de Northwind-rekening NW-5602 voor papier en toner",
    },
    "acme's drill invoice no. INV-1043": {
        "de": "die Bohrmaschinen-Rechnung von Acme Nr. INV-1043",
        "fr": "la facture de perceuses d'Acme n° INV-1043",
        "es": "la factura de taladros de Acme núm. INV-1043",
        "nl": "de boormachinefactuur van Acme nr. INV-1043",
    },
    "the consulting invoice from austin": {
        "de": "die Beratungsrechnung aus Austin",
        "fr": "la facture de conseil venue d'Austin",
        "es": "la factura de consultoría que llegó de Austin",
        "nl": "de consultancyfactuur uit Austin",
    },
    "the munich invoice for steel brackets": {
        "de": "die Münchner Rechnung für Stahlwinkel",
        "fr": "la facture munichoise pour des équerres en acier",
        "es": "la factura de Múnich por soportes de acero",
        "nl": "de factuur uit München voor stalen beugels",
    },
    "the austin bill from freidrich lane": {
        "de": "die Rechnung aus Austin von der Freidrich Lane",
        "fr": "la facture d'Austin venue de Freidrich Lane",
        "es": "la factura de Austin que llega de Freidrich Lane",
        "nl": "de rekening uit Austin van de Freidrich Lane",
    },
    "the catering invoice for 480 flat": {
        "de": "die Catering-Rechnung über glatte 480",
        "fr": "la facture de traiteur de 480 tout rond",
        "es": "la factura de catering de 480 justos",
        "nl": "de cateringfactuur van precies 480",
    },
}
