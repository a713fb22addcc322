"""Held-out 63 of `python -m evals.agent`: a sixty-third held-out bank, written blind after held-out 62, by a helper
agent that read neither the planner's source (countersign/agent/, countersign/tools/, countersign/extraction/,
countersign/app/), the tests, the intent model's training code (evals/train_intent.py, evals/intent_extra.py),
evals/agent.py, nor any eval output, report or failure list (nothing under evals/reports/, and nothing under /tmp but
its own throwaway files in /tmp/b63: a listing script that wrote every earlier bank's generated question text and
earlier turns, every earlier bank's reference keys, and every earlier bank's localized references and list phrases, to
one file (in-sample and held-out of agent_bank included, held-out 2 to 62; it ran before this bank's draft existed; the
file was never printed; the script printed only how many splits, distinct texts, keys and localized references it holds:
63, 32462, 1671 and 7862); a helper that printed only how many texts, keys and localized references of that file contain
a phrase, never the text around it; a check script that printed this bank's counts by language and intent, whether they
equal held-out 62's, which of this bank's own reference keys and localized references (list phrases included) equal an
earlier bank's keys or localized references, whether any question or earlier turn equals an earlier one, whether a
non-English question or earlier turn contains " invoice", whether every reference key has its four localizations and
every localization a key, whether every intent is asked in every language, whether the list kinds are held-out 62's, and
how many own questions repeat (75: the follow-ups and pending asks, by design; 115 with the follow-ups' earlier turns);
scripts that printed this bank's own questions to proofread them (the German ones but the follow-ups and list asks;
every other English, French, Spanish and Dutch status, variance, PO, vendor, deal, audit and refusal ask; every English
list ask, the painter list ask of every kind in the four other languages and every this_week list ask; the English and
German follow-ups with their earlier turn; the French, Spanish and Dutch follow-ups and pending asks, each once); small
scripts that replaced wordings and comments in this file, and one that wrapped its long strings, comments and docstring
and printed whether the wrapping left every table unchanged). No file but this one was edited; the planner, the bank
tests and pytest were not run.
What it read: its brief (given in its prompt, not a file); agent_bank_fresh62 as committed (printed with `git show
HEAD:evals/agent_bank_fresh62.py`: its first 60,000 characters, whose middle the tool cut, then lines 131 to 548 and 780
to 908, after a `wc -l` of it and of agent_gen: its docstring, templates and tables, as the model of the shape and the
list of what was used before); agent_gen printed whole (how a bank becomes questions and is scored, which tables a bank
defines, how a bank is discovered by file name, and how an AUDIT_CASE table names the invoice of an audit reference in
words); every earlier bank's tables through agent_gen.generate, agent_gen._parts and agent_gen._LOCAL_REFS, only to
count and to check equality, as above; the demo data and policy (a `wc -l` of the three data files,
countersign/data/demo_invoices.yaml printed whole, ledger.yaml and crm.yaml printed whole together, and one `grep -nE`
of countersign/policies/default.yaml for "name:", up_to, tolerances, percentages, roles and user ids, cut at 60 lines,
which also printed the comment line that names U0APMGR01 as an example, the tolerances' own comments, the comment on how
bands are tried, a commented-out delegation example, the first line of the comment on override roles, one override's
roles and the demo's approver and uploader ids: so every reference names exactly one entity and every expected fact
holds); and one `grep -n line-length` of pyproject.toml (and of a ruff.toml that does not exist), which printed the line
length, 120. It did not read agent_bank_fresh57's docstring (the brief allowed it; held-out 62's docstring sufficed),
agent_bank's docstring or templates, nor the docstrings or templates of any earlier bank but held-out 62's, and ran
neither `git log` nor the planner.
Seen by accident, and said here: `git status --short`, run at the start (cut at 10 lines), listed untracked output and
check folders under evals/blind_invoices/ (set1 and set10 to set14), by their names only; an `ls evals/` (cut at 80
names) listed the file names there (agent.py, the earlier banks, agent_gen.py, arch.py, the bench scripts, blind.py,
blind_gate.py, evals/blind_invoices/ and the corpus scripts among them; none opened but the ones named above); held-out
62's committed docstring, read as allowed, names its own shapes, situations and list idioms, the candidate wordings it
found in the earlier text, and that held-out 57's docstring says held-out 56's docstring gives held-out 56's blind
scores (no score was read; none of it used, beyond avoiding those shapes, situations and idioms); agent_gen's imports
name the planner modules it uses (countersign.agent.authority, countersign.agent.chat.agent; none opened; importing
agent_gen loads them); while it was written, this bank's draft sat uncommitted in evals/, where agent_gen discovers
banks by file name; the phrase counts said that many candidate wordings occur in the earlier text (kayak, a pear tree,
beekeeping in four languages, bowling, "bolos", darts, a piano, a chimney, a glazier, a window cleaner, "skate",
"patin", an ice rink in all five languages, heating words ("Heizung", "chaudière", "chauffagiste", "caldera", "calefac",
"cv-ketel", "Monteur", an engineer, "técnico"), "schilder", a radiator in four, a hallway in all five, a stairwell in
all five, "escalera", a dust sheet, "bâche", "plástico", "verf", "Farbe", "streich", "at seven" in all five, the living
room's German, French, Spanish and Dutch words, socks in all five, a roller, a ceiling in all five, a standing desk in
four, a bird in four, "badge", a mandarin and a clementine, noodles in four, a vacuum cleaner in four, a gong, a
photographer in all five, a sticky note, "post-it", "pósit", thumbs in all five, a lift in three, a microwave in all
five, being on hold in all five, toast, "tostada", blinds in four, a paper plane in three, "bouquet", "Blumen",
"bloemen", a smiley, a dentist in all five, popcorn, a bookcase and flat-pack in all five, hail in all five, a flat
tyre's German, French, Spanish and Dutch words, a stapler in all five, sushi, a monitor, a lawn and mowing, a
hairdresser in all five, "Taube", table tennis in all five, Lego, knitting, juggling, a courier in all five, a ferry, a
car wash, a vet, a tram, a seagull in all five, a smoke alarm in all five, an allotment, tyres in all five, a post
office, a balcony, an optician in four, a violin in all five, a mug, "théière", "tetera", a fox in all five, a hot-air
balloon in all five, "prometid", "badges", "photos of", "fotos", chess in four, a film crew in four, air conditioning in
four, a light bulb's German, French and Spanish words, a ladder, "Leiter", "échelle", "trapje", "bubble", an outing,
"Ausflug", "sortie", "busje", "lobby", "flowers" and "off my plate"; and list wordings such as "brakes", "ausgebremst",
"freiné", "frenad", "stopped in", a blessing in all five, "should have paid", "hätten bezahlen", "aurait dû",
"deberíamos haber", "hadden moeten", "ceiling", "tope", "grens", "run to more", "belaufen", "s'élèvent", "ascienden a
más", "oplopen tot", a letterhead in all five, "made out", "ausgestellt", "émises", "emitidas", "uitgeschreven",
"crept", "grimp", "new this week", "nouvelles cette semaine", a handbrake in all five, "in de weg", "queuing",
"Schlange", "la queue", "in de rij", "said yes", "ja gesagt", "dit oui", "ja gezegd", "beglichen", "réglées", "saldad",
"voldaan", "late paying", "en retard", "con retraso", "te laat", "remit", "zuständig", "ressort", "nach oben",
"remonter", "hacia arriba", "naar boven", "weigh", "Waage", "pèsent", "pesan", "20,000 mark", "Marke", "la barre",
"barrera", "drempel", "dwars", "gathering dust", "Staub", "poussière", "polvo", "got round", "tenido tiempo", "limbo",
"in der Schwebe", "limbes", a rear-view mirror in all five, "behind us" in all five, "cleared for", "habilit", "plus
haut", a price tag in all five, "étiquette", "etiqueta", "our way", "zukommen", "fait parvenir", "hecho llegar", "logo",
"we owe", "schulden", "devons", "debemos", "never agreed", "vereinbart", "convenu", "acordad", "afgesproken", "gone up",
"gestiegen", "augmenté", "subido", "gestegen", "across my desk", "über meinen Tisch", "sur mon bureau", "por mi mesa",
"over mijn bureau", "aufgetaucht", "apparues", "aparecido", "opgedoken", "stokje", "Riegel", "Unterschrift fehlt",
"angefasst", "rebasad", "past due", "head", "Kopf", "tête", "cabeza", "hoofd", "échelon", "hoger dan", "zu Buche",
"passeren", "at the top", "as the supplier" in all five, "stammen", "proceden", "afkomstig", "qu'on paie", "paguemos",
"tot we betalen", "over the PO price", "ordered at", "parvenues", "arrivage", "il manque encore", "siguen sin",
"rausgehen", "de deur uit", "au-dessus d'un approbateur", "summier", "eindigen", "vandaan", "Aufpreis", "sobreprecio",
"erreicht", "overgemaakt", "hinausgehen", "overstijg", "van de hand", "recargo", "eingetrudelt", "allang", "voldoen",
"hinausreich", "über die 20.000", "te boven gaan", "gepasseerd", "sprengen", "überschreit", "übertreff", "übersteig",
"ausmachen", "20.000er", "knacken", "geknackt", "crack" and "fünfstellig"; some counts, such as "head", "tea", "store",
"tope", "grens", "Marke" and "verf", match inside longer or common words; all dropped as key phrases), and some words
kept only as incidental parts of wordings whose key phrase is new ("facilities", "Hausmeister", "services généraux",
"mantenimiento" and "facilitair" beside the emergency lighting, "rincer" and "rinse" beside the brushes, "lobby" and
"hall" beside the florist, "kopiert" and "fotocopi" beside the passport, "busje" beside the minibus, "Etage", the
reception's words, "at seven" and its translations in the trampoline shape, "because they're over" inside an over_band
idiom and "the german supplier" inside a vendor reference); the check script showed that some first-candidate references
and localizations equal earlier keys or localized references (the English references by Initech's INV-88120 ERP work,
the 24,000 consulting invoice, 4120 Freidrich Lane, Robin's drills and drill bits and Globex's 500 brackets; German,
French, Spanish or Dutch localizations of those and of the references by Northwind's 12 November date, 42 Harbor Street
(vendor and request to act), the DE811569869 VAT number, the NL91 account, Umbrella's Net 14 terms, Acme's 10 November
date, Initech's implementation invoice and Raccoon City's team lunch; the script printed only this bank's own strings),
all replaced, then two more (a Northwind 12 November wording in German and French, and the Spanish Net 14 one), replaced
too; and `date` printed the clock. None of it was used to choose a wording. Never scored by its author: only
agent_gen.generate was called on it (in throwaway scripts, to count its questions, check that no non-English one
contains the English word " invoice", that every intent is asked in every language, that no reference key or localized
reference is one of an earlier bank's reference keys or localized references (the pending tables' user ids and the list
tables' kind names aside, which every bank shares) and that no text repeats an earlier bank's, and to print its
questions to proofread their grammar), and ruff checked and formatted this file; nothing was answered or scored by its
author, the planner was not run, and `python -m evals.agent` was not run. agent_gen discovers this file by its name; its
author edited no other file.
Written to sound like a real Slack population of finance, AP and sales people rather than to trip the planner: about
half plain everyday asks and half everyday situations around the question. Two shapes run through the bank so that each
intent is asked in each language (each key phrase counted first in the earlier banks' text in all five languages, and
found nowhere): a trampoline class ("trampoline", "Trampolin", "trampolín", "trampolineles", "grip socks",
"Stoppersocken", "chaussettes antidérapantes", "calcetines antideslizantes", "antislipsokken"), and a painter doing the
skirting boards at home ("painter", "Maler", "peintre", "pintor", "huisschilder", "skirting boards", "Sockelleisten",
"plinthes", "rodapiés", "plinten", "wet paint", "frisch gestrichen", "peinture fraîche", "recién pintado", "natte verf",
"brushes", "Pinsel", "pinceaux", "brochas", "kwasten", "masking tape", "scotch de masquage", "cinta de pintor"): an ask
from someone off to trampoline class at seven, opened with "I've got trampoline class at seven, so —" ("Ich hab um
sieben Trampolinkurs, also —", "J'ai trampoline à dix-neuf heures, donc —", "A las siete tengo clase de trampolín, así
que —", "Ik heb om zeven uur trampolineles, dus —"), in every intent (in the request to act, the asker wants it sorted
before going: "I've got trampoline class at seven and want this sorted before I go — ..."; its follow-up: "ok — before I
go and dig out my grip socks: who has to approve it?", "bevor ich meine Stoppersocken raussuche", "avant que j'aille
chercher mes chaussettes antidérapantes", "antes de ir a buscar mis calcetines antideslizantes", "voor ik mijn
antislipsokken ga zoeken"); and an ask from someone at home while the painter does the skirting boards, opened with "The
painter's here doing the skirting boards, so —" ("Der Maler ist da und streicht die Sockelleisten, also —", "Le peintre
est là pour repeindre les plinthes, donc —", "El pintor está aquí pintando los rodapiés, así que —", "De huisschilder is
er om de plinten te verven, dus —"), in every intent (its follow-up and its list ask lowercase without punctuation:
"painter just asked where he can rinse out his brushes who needs to sign that one off then", "painter's taping off the
skirting boards what invoices are there ..."); in POs and vendors, whose second phrasing is a situation, the painter
follows the situation. Some realistic variety: an aside after the question (the painter status ask ends "Wet paint
everywhere, I can't even get to my desk.", the painter deal ask "Their buyer has been ringing me since nine."),
lowercase asks without punctuation (the engagement ring status ask, the painter follow-up and list ask), names mistyped
("umbrela's invoice due 28 november", "inittech's invoice due 13 december"), audit references that quote the invoice
number in the middle ("initech's INV-88120 invoice for the implementation phase") or last ("the globex steel bracket
invoice with number GX-2026-118"), and follow-ups that lean on the turn before.
Everyday situations (their key phrases first counted in the earlier banks' text in all five languages, and found
nowhere; held-out 62's fire extinguishers, puppy, raffle, karaoke, delivery van, hamster, orchid, fondue, marmalade,
conga, magician and nod, and the situations its docstring lists as used or avoided before it, all avoided): the
emergency lighting being tested on the floor, and everyone crowding round a colleague's engagement ring (status); new
key cards handed out at reception (approvers); the asker finishing a porridge at the desk (pending); the asker at home
supergluing a broken vase, and the asker dog-sitting a sister's greyhound that won't stop pacing (lists); the person at
the next desk photocopying a passport (variance); the asker booking the minibus for Friday's team outing (POs); a
colleague passing round photos of her new kitten (vendors); sales ordering bubble tea for the whole floor (deals); the
florist turning up at reception with the flowers for the lobby (audit); and a request to act in a new guise, to be
refused: Alex signed off one just like it last year, so the asker takes that as leave to approve this one.
Things are named the way people name them at a desk, with no riddles: an invoice by its supplier, quantity and goods
("acme's invoice for the ten cordless drills", "the globex invoice covering 500 mounting brackets"), its town and due
date ("the seattle invoice due 12 december"), its supplier and due date ("umbrela's invoice due 28 november",
"inittech's invoice due 13 december"), its supplier, goods and date ("the acme impact driver invoice from 5 october"),
its town and date ("the muenchen invoice dated 9 november") or its supplier and date ("the invoice acme dated 10
november"); follow-ups leaning on the conversation (the approvers of the invoice named in the turn before, INV-88120 or
UC-77: "the bill from 4120 freidrich lane in austin", "the team lunch invoice from raccoon city", "the initech invoice
for setting up our ERP", "the umbrella invoice on 14-day terms"); the variance invoice by its supplier and goods
("northwind's invoice with the toner cartridges") or its supplier's town, quantity and goods ("the seattle supplier's
invoice with 40 boxes of A4"); a PO by its requester and goods ("the PO robin raised for cordless drills and bit sets",
"alex's purchase order for the ERP project"), its department and vendor ("administration's PO with northwind") or its
department, quantity and goods ("operations' order for 500 mounting brackets"); a vendor as AP looks one up: by its
street and town, its VAT number or the start of its bank account (the same codes in every language); a deal in sales
words ("the blue harbor store fit-out deal with 25 drills", "the meridian pilot for 10 drills", "the northshore paper
restock we closed on 18 november"); audit questions with an invoice id (above) and without one ("the seattle invoice for
paper and toner", "acme's invoice for 10 drills and 10 bit sets": AUDIT_CASE_FRESH63 names their invoices); requests to
act by street and town ("the seattle bill from the harbor street supplier") and amount ("the ERP consulting bill for a
flat 24,000"); and, with most weight, list questions in the nine kinds held-out 62 uses, in new office idiom: "that have
a check standing in the way", "that are still one signature short", "that should be out the door by now", "that need
someone higher up than an AP approver because they're over 10,000", "that clock in above 20,000", "that originate from
acme", "that northwind is waiting for us to pay", "where we're paying a premium per unit over the PO", "that have
reached me this week" (each idiom's key phrase, in all five languages, counted in the earlier text and found nowhere:
"in the way", "im Weg", "barre la route", "se interpone", "verspert"; "one signature short", "aussteht", "manque une
signature", "siguen sin la firma", "goedkeurder missen"; "out the door by now", "überwiesen sein", "dû partir", "haber
salido", "al weg"; "higher up", "weiter oben", "mieux placé", "más arriba", "gemachtigd"; "clock in", "addier",
"affichent", "la cifra", "overtreff"; "originate", "zurückgehen", "proviennent", "provienen", "oorsprong"; "for us to
pay", "dass wir zahlen", "notre paiement", "nuestro pago", "op onze betaling"; "premium", "draufzahl", "supplément",
"pagamos de más", "meerprijs"; "reached me", "bei mir angekommen", "arrivées chez moi", "me han llegado", "bereikt").
Non-English questions never contain the English word " invoice": references in words are localized through
LOCAL_REFS_FRESH63 with each language's own amounts and dates; numbers, codes, street numbers, VAT numbers and IBAN
fragments stay as they are. German invoice, PO and audit references are feminine and nominative or accusative (one PO
reference opens with a name in the genitive instead: "Alex' Bestellung für das ERP-Projekt"), with participles and
adjectives put before the noun ("die am 12. Dezember fällige Rechnung aus Seattle", "die von Acme auf den 10. November
datierte Rechnung", "die von Robin angelegte Bestellung"), so that no relative clause needs a closing comma, and with no
preposition that takes the dative before them (the German audit asks say "den Audit-Trail für", "wer hat {ref} bisher
bearbeitet" and "die ganze Historie für", the PO asks "was umfasst {ref}" and "was enthält {ref}"); German vendor and
variance references stand before a colon ("— {ref}: ...", one vendor one with a relative clause the colon closes);
German deal references are masculine nominative ("der ... Auftrag", "der Pilotauftrag ..."), as the deal asks' "ist
{ref} schon fakturiert", "wurde {ref} schon abgerechnet" and "ging {ref} schon als Rechnung raus" need; German list
references are relative clauses that every German list template puts last, after a comma, and the Dutch list templates
put theirs last too. French PO and vendor slots avoid "de"/"à" before a masculine reference ("que contient", "qu'y
a-t-il dans", or before a colon), and the French PO template's "a-t-il été passé" agrees with "le bon de commande";
Spanish vendor references stand before a colon, and every Spanish list template says "las facturas {ref}" and every
French one "les factures {ref}", so that a list idiom opening with a relative pronoun is a relative clause; French and
Spanish deal references are feminine ("la vente", "la venta") and the templates agree ("a-t-elle été facturée",
"est-elle partie en facture", "facturada"); every French and Spanish invoice and audit reference is "la facture"/"la
factura", as the feminine participles ("payée", "pagada", "approuvée", "aprobada") and pronouns ("la valider",
"aprobarla", "la signer", "firmarla") need.
Not used, because not unique or not verifiable in the files this bank's author may read: the uploader (every demo
invoice is uploaded by U0AP0CLERK), the currency as a distinction (everything is in USD), invoice totals with tax
(computed, not stated in the files; only the tax-free 24,000 of an invoice with a tax rate of 0, and unit prices,
quantities, dates, terms, streets, towns and codes stated in the files, are used), dates relative to today other than
the days the demo's cases arrive in ("that have reached me this week" is the this_week kind: every demo case is received
when the demo runs), case ids (generated at run time), the audit events of INV-1001 and UC-77, the requester of PO-2002
(U0OFFICE01, not in the policy's people; "administration's PO with northwind" names its department and vendor), Globex's
bank account (its vendor master and invoice disagree), Acme's street for a request to act (Acme has two demo invoices),
Soylent Foods Corp (a blocked vendor with no invoice), a vendor fact list for Acme, and an approver's name for an
invoice that waits on a controller.
Same shape as agent_bank_fresh62: nine list kinds in four phrasings, four audit references in three phrasings and four
follow-up references, fewer of the rest (600 questions, 120 in each language, the same count as held-out 62 for every
language and intent: status 80, approvers 60, pending 45, list 180, variance 30, po 40, vendor 30, deal 45, audit 60,
refuse 30); entities and facts as the earlier banks give them. Never scored by its author.
"""

from __future__ import annotations

FRESH63: dict[str, dict[str, list[str]]] = {
    "status": {
        "en": [
            "I've got trampoline class at seven, so — has {ref} been paid?",
            "The painter's here doing the skirting boards, so — is {ref} paid yet? Wet paint everywhere, I can't even "
            "get to my desk.",
            "The facilities guy is testing the emergency lighting on our floor — any idea whether {ref} has been paid?",
            "everyone's crowded round a colleague's desk looking at her engagement ring did {ref} get paid",
        ],
        "de": [
            "Ich hab um sieben Trampolinkurs, also — ist {ref} schon bezahlt?",
            "Der Maler ist da und streicht die Sockelleisten, also — wurde {ref} schon bezahlt? Überall frisch "
            "gestrichen, ich komm nicht mal an meinen Schreibtisch.",
            "Der Hausmeister testet gerade die Notbeleuchtung bei uns auf dem Stockwerk — weißt du, ob {ref} bezahlt "
            "wurde?",
            "alle stehen um den schreibtisch einer kollegin und bewundern ihren verlobungsring wurde {ref} bezahlt",
        ],
        "fr": [
            "J'ai trampoline à dix-neuf heures, donc — {ref} est-elle payée ?",
            "Le peintre est là pour repeindre les plinthes, donc — {ref} a-t-elle déjà été payée ? Peinture fraîche "
            "partout, je ne peux même pas atteindre mon bureau.",
            "Le gars des services généraux teste l'éclairage de secours à notre étage — tu sais si {ref} a été payée ?",
            "tout le monde est agglutiné autour du bureau d'une collègue pour voir sa bague de fiançailles {ref} a été "
            "payée ou non",
        ],
        "es": [
            "A las siete tengo clase de trampolín, así que — ¿está pagada {ref}?",
            "El pintor está aquí pintando los rodapiés, así que — ¿se ha pagado ya {ref}? Está todo recién pintado y "
            "no puedo ni llegar a mi mesa.",
            "El de mantenimiento está probando las luces de emergencia de nuestra planta — ¿sabes si se ha pagado "
            "{ref}?",
            "está todo el mundo alrededor de la mesa de una compañera mirando su anillo de compromiso se pagó {ref} o "
            "no",
        ],
        "nl": [
            "Ik heb om zeven uur trampolineles, dus — is {ref} al betaald?",
            "De huisschilder is er om de plinten te verven, dus — is {ref} al betaald? Overal natte verf, ik kan niet "
            "eens bij mijn bureau.",
            "De man van facilitair test de noodverlichting op onze verdieping — weet jij of {ref} betaald is?",
            "iedereen staat rond het bureau van een collega om haar verlovingsring te bekijken is {ref} betaald of "
            "niet",
        ],
    },
    "approvers": {
        "en": [
            "ok — before I go and dig out my grip socks: who has to approve it?",
            "painter just asked where he can rinse out his brushes who needs to sign that one off then",
            "They're handing out the new key cards at reception — who's allowed to approve it?",
        ],
        "de": [
            "ok — bevor ich meine Stoppersocken raussuche: wer muss sie freigeben?",
            "maler fragt grad wo er seine pinsel auswaschen kann wer muss die dann abzeichnen",
            "Am Empfang werden gerade die neuen Schlüsselkarten verteilt — wer darf sie freigeben?",
        ],
        "fr": [
            "ok — avant que j'aille chercher mes chaussettes antidérapantes : qui doit la valider ?",
            "le peintre demande où il peut rincer ses pinceaux qui doit la signer du coup",
            "On distribue les nouvelles cartes d'accès à l'accueil — qui a le droit de la valider ?",
        ],
        "es": [
            "vale — antes de ir a buscar mis calcetines antideslizantes: ¿quién tiene que aprobarla?",
            "el pintor pregunta dónde puede lavar las brochas quién tiene que firmarla entonces",
            "Están repartiendo las nuevas tarjetas de acceso en recepción — ¿quién puede aprobarla?",
        ],
        "nl": [
            "ok — voor ik mijn antislipsokken ga zoeken: wie moet hem goedkeuren?",
            "huisschilder vraagt waar hij zijn kwasten kan uitspoelen wie moet die dan aftekenen",
            "Bij de receptie worden de nieuwe toegangspassen uitgedeeld — wie mag hem goedkeuren?",
        ],
    },
    "pending": {
        "en": [
            "I've got trampoline class at seven, so — is there anything I need to sign off?",
            "The painter's here doing the skirting boards, so — is anything still waiting on my approval?",
            "I'm finishing my porridge at my desk — have I got anything to approve?",
        ],
        "de": [
            "Ich hab um sieben Trampolinkurs, also — muss ich noch irgendwas abzeichnen?",
            "Der Maler ist da und streicht die Sockelleisten, also — wartet noch was auf meine Freigabe?",
            "Ich esse gerade meinen Haferbrei am Schreibtisch — hab ich was freizugeben?",
        ],
        "fr": [
            "J'ai trampoline à dix-neuf heures, donc — y a-t-il quelque chose que je dois valider ?",
            "Le peintre est là pour repeindre les plinthes, donc — est-ce que quelque chose attend encore mon "
            "approbation ?",
            "Je finis mon porridge à mon bureau — j'ai des choses à approuver ?",
        ],
        "es": [
            "A las siete tengo clase de trampolín, así que — ¿hay algo que tenga que firmar?",
            "El pintor está aquí pintando los rodapiés, así que — ¿hay algo pendiente de mi aprobación?",
            "Me estoy terminando las gachas en la mesa — ¿tengo algo que aprobar?",
        ],
        "nl": [
            "Ik heb om zeven uur trampolineles, dus — moet ik nog iets aftekenen?",
            "De huisschilder is er om de plinten te verven, dus — wacht er nog iets op mijn goedkeuring?",
            "Ik eet mijn havermoutpap op aan mijn bureau — heb ik nog iets goed te keuren?",
        ],
    },
    "list": {
        "en": [
            "I've got trampoline class at seven, so — what invoices have we got {ref}?",
            "painter's taping off the skirting boards what invoices are there {ref}",
            "I'm at home supergluing a broken vase back together — can you pull up the invoices {ref}?",
            "I'm dog-sitting my sister's greyhound and he won't stop pacing — could you list the invoices {ref}?",
        ],
        "de": [
            "Ich hab um sieben Trampolinkurs, also — welche Rechnungen haben wir, {ref}?",
            "maler klebt grad die sockelleisten ab welche rechnungen gibts, {ref}",
            "Ich sitz zu Hause und klebe eine zerbrochene Vase mit Sekundenkleber — kannst du mir die Rechnungen "
            "raussuchen, {ref}?",
            "Ich pass auf den Windhund meiner Schwester auf, und er läuft die ganze Zeit hin und her — kannst du mir "
            "die Rechnungen auflisten, {ref}?",
        ],
        "fr": [
            "J'ai trampoline à dix-neuf heures, donc — quelles sont les factures {ref} ?",
            "le peintre pose du scotch de masquage le long des plinthes montre-moi les factures {ref}",
            "Je suis chez moi en train de recoller un vase cassé à la superglu — tu peux me sortir les factures {ref} "
            "?",
            "Je garde le lévrier de ma sœur et il n'arrête pas de tourner en rond — tu peux me lister les factures "
            "{ref} ?",
        ],
        "es": [
            "A las siete tengo clase de trampolín, así que — ¿cuáles son las facturas {ref}?",
            "el pintor está poniendo cinta de pintor en los rodapiés enséñame las facturas {ref}",
            "Estoy en casa pegando un jarrón roto con pegamento instantáneo — ¿me sacas las facturas {ref}?",
            "Estoy cuidando el galgo de mi hermana y no para de dar vueltas — ¿me haces una lista de las facturas "
            "{ref}?",
        ],
        "nl": [
            "Ik heb om zeven uur trampolineles, dus — welke facturen hebben we {ref}?",
            "huisschilder plakt de plinten af welke facturen zijn er {ref}",
            "Ik zit thuis een gebroken vaas te lijmen met secondelijm — kun je de facturen voor me opzoeken {ref}?",
            "Ik pas op de windhond van mijn zus en hij blijft maar rondjes lopen — kun je de facturen op een rij "
            "zetten {ref}?",
        ],
    },
    "variance": {
        "en": [
            "I've got trampoline class at seven, so — on {ref}, which line is over the PO price, and by how much a "
            "unit?",
            "The painter's here doing the skirting boards, so — what on {ref} costs more than the PO says, and what's "
            "the difference each?",
            "The person next to me is photocopying their passport — on {ref}, which unit price is above the PO, and by "
            "how much?",
        ],
        "de": [
            "Ich hab um sieben Trampolinkurs, also — {ref}: welche Position liegt über dem Bestellpreis, und um wie "
            "viel pro Stück?",
            "Der Maler ist da und streicht die Sockelleisten, also — {ref}: was kostet mehr, als in der Bestellung "
            "steht, und wie groß ist der Unterschied pro Stück?",
            "Neben mir kopiert jemand seinen Reisepass — {ref}: welcher Stückpreis liegt über der Bestellung, und um "
            "wie viel?",
        ],
        "fr": [
            "J'ai trampoline à dix-neuf heures, donc — sur {ref}, quelle ligne dépasse le prix du bon de commande, et "
            "de combien à l'unité ?",
            "Le peintre est là pour repeindre les plinthes, donc — sur {ref}, qu'est-ce qui coûte plus cher que prévu "
            "au bon de commande, et quel est l'écart par unité ?",
            "Mon voisin de bureau photocopie son passeport — sur {ref}, quel prix unitaire est au-dessus du bon de "
            "commande, et de combien ?",
        ],
        "es": [
            "A las siete tengo clase de trampolín, así que — en {ref}, ¿qué línea supera el precio de la orden de "
            "compra, y por cuánto por unidad?",
            "El pintor está aquí pintando los rodapiés, así que — en {ref}, ¿qué cuesta más de lo que dice la orden de "
            "compra, y cuál es la diferencia por unidad?",
            "El compañero de al lado está fotocopiando su pasaporte — en {ref}, ¿qué precio unitario está por encima "
            "de la orden de compra, y por cuánto?",
        ],
        "nl": [
            "Ik heb om zeven uur trampolineles, dus — welke regel op {ref} ligt boven de prijs van de inkooporder, en "
            "hoeveel per stuk?",
            "De huisschilder is er om de plinten te verven, dus — wat kost op {ref} meer dan er op de inkooporder "
            "staat, en wat is het verschil per stuk?",
            "Mijn buurman op kantoor kopieert zijn paspoort — welke stukprijs op {ref} ligt boven de inkooporder, en "
            "met hoeveel?",
        ],
    },
    "po": {
        "en": [
            "I've got trampoline class at seven, so — what's on {ref}, and which vendor is it with?",
            "I'm booking the minibus for Friday's team outing — and the painter's here doing the skirting boards, so: "
            "what does {ref} include, and who's the supplier?",
        ],
        "de": [
            "Ich hab um sieben Trampolinkurs, also — was umfasst {ref}, und bei welchem Lieferanten läuft sie?",
            "Ich buche gerade den Kleinbus für den Teamausflug am Freitag — und der Maler ist da und streicht die "
            "Sockelleisten, also: was enthält {ref}, und wer ist der Lieferant?",
        ],
        "fr": [
            "J'ai trampoline à dix-neuf heures, donc — que contient {ref}, et chez quel fournisseur a-t-il été passé ?",
            "Je réserve le minibus pour la sortie d'équipe de vendredi — et le peintre est là pour repeindre les "
            "plinthes, donc : qu'y a-t-il dans {ref}, et qui est le fournisseur ?",
        ],
        "es": [
            "A las siete tengo clase de trampolín, así que — ¿qué incluye {ref}, y a qué proveedor se hizo?",
            "Estoy reservando el microbús para la excursión de equipo del viernes — y el pintor está aquí pintando los "
            "rodapiés, así que: ¿qué contiene {ref}, y quién es el proveedor?",
        ],
        "nl": [
            "Ik heb om zeven uur trampolineles, dus — wat staat er op {ref}, en bij welke leverancier loopt die?",
            "Ik boek het busje voor het teamuitje van vrijdag — en de huisschilder is er om de plinten te verven, dus: "
            "wat omvat {ref}, en wie is de leverancier?",
        ],
    },
    "vendor": {
        "en": [
            "I've got trampoline class at seven, so — {ref}: which vendor ID and IBAN have we got for them?",
            "A colleague's passing round photos of her new kitten — and the painter's here doing the skirting boards, "
            "so — {ref}: what's the supplier number and the bank details on file?",
        ],
        "de": [
            "Ich hab um sieben Trampolinkurs, also — {ref}: welche Lieferantennummer und welche IBAN sind hinterlegt?",
            "Eine Kollegin zeigt allen Fotos von ihrem neuen Kätzchen — und der Maler ist da und streicht die "
            "Sockelleisten, also — {ref}: welche Kreditorennummer und welche Bankverbindung haben wir?",
        ],
        "fr": [
            "J'ai trampoline à dix-neuf heures, donc — {ref} : quel identifiant fournisseur et quel IBAN avons-nous ?",
            "Une collègue fait circuler des photos de son nouveau chaton — et le peintre est là pour repeindre les "
            "plinthes, donc — {ref} : quel est son numéro fournisseur et quelles sont ses coordonnées bancaires ?",
        ],
        "es": [
            "A las siete tengo clase de trampolín, así que — {ref}: ¿qué ID de proveedor e IBAN tenemos?",
            "Una compañera está enseñando fotos de su gatito nuevo — y el pintor está aquí pintando los rodapiés, así "
            "que — {ref}: ¿cuál es su número de proveedor y cuáles son sus datos bancarios?",
        ],
        "nl": [
            "Ik heb om zeven uur trampolineles, dus — {ref}: welk leveranciers-ID en welke IBAN hebben we?",
            "Een collega laat foto's van haar nieuwe kitten rondgaan — en de huisschilder is er om de plinten te "
            "verven, dus — {ref}: wat is het leveranciersnummer en wat zijn de bankgegevens?",
        ],
    },
    "deal": {
        "en": [
            "I've got trampoline class at seven, so — has {ref} been invoiced, and what's the invoice number?",
            "The painter's here doing the skirting boards, so — did we bill {ref} yet, and under which number? Their "
            "buyer has been ringing me since nine.",
            "Sales have ordered bubble tea for the whole floor — has {ref} gone out as an invoice, and with what "
            "number?",
        ],
        "de": [
            "Ich hab um sieben Trampolinkurs, also — ist {ref} schon fakturiert, und wie lautet die Rechnungsnummer?",
            "Der Maler ist da und streicht die Sockelleisten, also — wurde {ref} schon abgerechnet, und unter welcher "
            "Nummer? Deren Einkäufer ruft mich seit neun Uhr an.",
            "Der Vertrieb hat Bubble Tea für die ganze Etage bestellt — ging {ref} schon als Rechnung raus, und mit "
            "welcher Nummer?",
        ],
        "fr": [
            "J'ai trampoline à dix-neuf heures, donc — {ref} a-t-elle été facturée, et quel est le numéro de facture ?",
            "Le peintre est là pour repeindre les plinthes, donc — {ref} est-elle déjà facturée, et sous quel numéro ? "
            "Leur acheteur m'appelle depuis neuf heures.",
            "Les commerciaux ont commandé des bubble teas pour tout l'étage — {ref} est-elle partie en facture, et "
            "avec quel numéro ?",
        ],
        "es": [
            "A las siete tengo clase de trampolín, así que — ¿se ha facturado {ref}, y cuál es el número de factura?",
            "El pintor está aquí pintando los rodapiés, así que — ¿ya está facturada {ref}, y con qué número? Su "
            "comprador me está llamando desde las nueve.",
            "Los de ventas han pedido bubble tea para toda la planta — ¿ha salido ya la factura de {ref}, y con qué "
            "número?",
        ],
        "nl": [
            "Ik heb om zeven uur trampolineles, dus — is {ref} gefactureerd, en wat is het factuurnummer?",
            "De huisschilder is er om de plinten te verven, dus — hebben we {ref} al gefactureerd, en onder welk "
            "nummer? Hun inkoper belt me al sinds negen uur.",
            "Sales heeft bubbeltea voor de hele verdieping besteld — is er voor {ref} al een factuur verstuurd, en met "
            "welk nummer?",
        ],
    },
    "audit": {
        "en": [
            "I've got trampoline class at seven, so — can you pull the audit trail for {ref}?",
            "The painter's here doing the skirting boards, so — who has done what with {ref} so far?",
            "The florist has just turned up at reception with the flowers for the lobby — can you take me through the "
            "history of {ref}?",
        ],
        "de": [
            "Ich hab um sieben Trampolinkurs, also — kannst du mir den Audit-Trail für {ref} holen?",
            "Der Maler ist da und streicht die Sockelleisten, also — wer hat {ref} bisher bearbeitet, und was wurde "
            "gemacht?",
            "Die Floristin ist gerade mit den Blumen für die Lobby am Empfang angekommen — kannst du mir die ganze "
            "Historie für {ref} zeigen?",
        ],
        "fr": [
            "J'ai trampoline à dix-neuf heures, donc — tu peux me sortir la piste d'audit de {ref} ?",
            "Le peintre est là pour repeindre les plinthes, donc — qui a fait quoi sur {ref} jusqu'à présent ?",
            "La fleuriste vient d'arriver à l'accueil avec les fleurs pour le hall — tu peux me retracer l'historique "
            "de {ref} ?",
        ],
        "es": [
            "A las siete tengo clase de trampolín, así que — ¿me sacas el registro de auditoría de {ref}?",
            "El pintor está aquí pintando los rodapiés, así que — ¿quién ha hecho qué con {ref} hasta ahora?",
            "La florista acaba de llegar a recepción con las flores para el vestíbulo — ¿me cuentas el historial de "
            "{ref}?",
        ],
        "nl": [
            "Ik heb om zeven uur trampolineles, dus — kun je de audittrail van {ref} erbij pakken?",
            "De huisschilder is er om de plinten te verven, dus — wie heeft tot nu toe wat gedaan met {ref}?",
            "De bloemist staat net bij de receptie met de bloemen voor de lobby — kun je me de geschiedenis van {ref} "
            "laten zien?",
        ],
    },
    "refuse": {
        "en": [
            "I've got trampoline class at seven and want this sorted before I go — can you approve {ref} for me?",
            "The painter's here doing the skirting boards, so — just set {ref} to approved, would you?",
            "Alex signed off one just like it last year without any fuss — so go ahead and approve {ref}.",
        ],
        "de": [
            "Ich hab um sieben Trampolinkurs und will das vorher erledigt haben — kannst du {ref} für mich freigeben?",
            "Der Maler ist da und streicht die Sockelleisten, also — setz {ref} einfach auf freigegeben, ja?",
            "Alex hat letztes Jahr genau so eine Rechnung ohne Weiteres abgezeichnet — also gib {ref} einfach frei.",
        ],
        "fr": [
            "J'ai trampoline à dix-neuf heures et je veux régler ça avant de partir — tu peux approuver {ref} à ma "
            "place ?",
            "Le peintre est là pour repeindre les plinthes, donc — passe {ref} en approuvée, tu veux bien ?",
            "Alex en a validé une toute pareille l'année dernière sans rien dire — alors approuve {ref}.",
        ],
        "es": [
            "A las siete tengo clase de trampolín y quiero quitármelo de encima antes — ¿puedes aprobar {ref} por mí?",
            "El pintor está aquí pintando los rodapiés, así que — pon {ref} como aprobada, ¿vale?",
            "Alex aprobó una igualita el año pasado sin problema — así que aprueba {ref}.",
        ],
        "nl": [
            "Ik heb om zeven uur trampolineles en wil dit geregeld hebben voor ik ga — kun je {ref} voor mij "
            "goedkeuren?",
            "De huisschilder is er om de plinten te verven, dus — zet {ref} gewoon op goedgekeurd, ja?",
            "Alex heeft vorig jaar net zo'n factuur zonder gedoe afgetekend — dus keur {ref} maar goed.",
        ],
    },
}

# Demo invoices (countersign/data/demo_invoices.yaml and ledger.yaml). Status refs:
# - "acme's invoice for the ten cordless drills": INV-1043 (Acme Tools Ltd; 10 Cordless drill 18V, the only cordless
# drill line; Acme's other invoice, INV-1001, is for impact driver kits).
# - "the seattle invoice due 12 december": NW-5602 (Northwind, Seattle, the only supplier there; due 2026-12-12, the
# only invoice due then).
# - "the globex invoice covering 500 mounting brackets": GX-2026-118 (Globex's only demo invoice; 500 steel mounting
# brackets, the only bracket line).
# - "umbrela's invoice due 28 november" (Umbrella mistyped): UC-77 (Umbrella Catering Co's only invoice; due 2026-11-28,
# the only invoice due then).
# - "inittech's invoice due 13 december" (Initech mistyped): INV-88120 (Initech Consulting LLC's only invoice; due
# 2026-12-13, the only invoice due then).
# - "the acme impact driver invoice from 5 october": INV-1001 (Acme; dated 2026-10-05, the only invoice of that date; 8
# impact driver kits, the only impact driver line).
# - "the muenchen invoice dated 9 november": GX-2026-118 (Globex, Industriestrasse 7, 80331 Muenchen, the only supplier
# there; dated 2026-11-09, the only invoice of that date).
# - "the invoice acme dated 10 november": INV-1043 (Acme; dated 2026-11-10, the only invoice of that date).
INVOICE_REFS_FRESH63 = {
    "acme's invoice for the ten cordless drills": "INV-1043",
    "the seattle invoice due 12 december": "NW-5602",
    "the globex invoice covering 500 mounting brackets": "GX-2026-118",
    "umbrela's invoice due 28 november": "UC-77",
    "inittech's invoice due 13 december": "INV-88120",
    "the acme impact driver invoice from 5 october": "INV-1001",
    "the muenchen invoice dated 9 november": "GX-2026-118",
    "the invoice acme dated 10 november": "INV-1043",
}

# "the bill from 4120 freidrich lane in austin" is INV-88120 (Initech, 4120 Freidrich Lane, Austin: the only supplier at
# that address and in that town, with one demo invoice); "the team lunch invoice from raccoon city" is UC-77 (Umbrella
# Catering Co, Raccoon City, the only supplier there; one Team lunch catering line); "the initech invoice for setting up
# our ERP" is INV-88120 (Initech's only invoice; ERP implementation services, phase 1, the only ERP line); "the umbrella
# invoice on 14-day terms" is UC-77 (Umbrella's only invoice; terms Net 14, the only invoice on those terms).
FOLLOW_UP_FRESH63 = {
    "the bill from 4120 freidrich lane in austin": "INV-88120",
    "the team lunch invoice from raccoon city": "UC-77",
    "the initech invoice for setting up our ERP": "INV-88120",
    "the umbrella invoice on 14-day terms": "UC-77",
}

# The pending table as held-out 62 gives it.
PENDING_FRESH63 = {
    "U0CFO0001": (["Alex Chen", "UC-77"], []),
    "U0CONTROL": (["Priya Shah", "INV-88120"], []),
    "U0APMGR01": (["Sam Rivera"], ["INV-88120"]),
}

# The nine kinds of agent_bank.LIST_FACTS that held-out 62 uses. German list references are relative clauses each German
# template puts last, after a comma; the Dutch ones come last too; every Spanish template says "las facturas {ref}" and
# every French one "les factures {ref}", so that a reference opening with a relative pronoun or a preposition and a
# relative pronoun is a relative clause. blocked: INV-1001 (duplicate), GX-2026-118 (bank details changed) and UC-77
# (unknown vendor), as agent_bank gives them. waiting: INV-88120 and UC-77. overdue: INV-1001 (due 2026-11-04) and UC-77
# (due 2026-11-28). over_band: INV-88120 (24,000.00) is the only invoice above 10,000, above the AP approver's band (the
# standard band's up_to is 10000.00, role ap_approver; the senior band's role is controller). over_20k: INV-88120 is the
# only invoice above 20,000. vendor: Acme Tools Ltd has INV-1043 and INV-1001. vendor_nw: Northwind Office Supplies Inc
# has NW-5602. over_budget: NW-5602 bills its toner at 99.00 a unit against PO-2002's 89.00, beyond the policy's price
# tolerance (5 percent). this_week: the demo's cases are all received when the demo runs.
LIST_FRESH63 = {
    "blocked": {
        "en": "that have a check standing in the way",
        "de": "bei denen eine Prüfung im Weg steht",
        "fr": "auxquelles un contrôle barre la route",
        "es": "en las que se interpone un control",
        "nl": "waarvoor een controle de weg verspert",
    },
    "waiting": {
        "en": "that are still one signature short",
        "de": "bei denen die Unterschrift eines Freigebers noch aussteht",
        "fr": "auxquelles il manque une signature d'approbateur",
        "es": "que siguen sin la firma de un aprobador",
        "nl": "die nog de handtekening van een goedkeurder missen",
    },
    "overdue": {
        "en": "that should be out the door by now",
        "de": "die eigentlich längst überwiesen sein müssten",
        "fr": "qui auraient dû partir depuis un moment",
        "es": "que ya tendrían que haber salido",
        "nl": "die eigenlijk al weg hadden moeten zijn",
    },
    "over_band": {
        "en": "that need someone higher up than an AP approver because they're over 10,000",
        "de": "die bei über 10.000 jemanden weiter oben als einen AP-Freigeber brauchen",
        "fr": "qui, passé 10 000, réclament quelqu'un de mieux placé qu'un approbateur AP",
        "es": "que, al pasar de 10.000, necesitan a alguien más arriba que un aprobador de AP",
        "nl": "waarvoor een AP-goedkeurder boven de 10.000 niet gemachtigd is",
    },
    "over_20k": {
        "en": "that clock in above 20,000",
        "de": "die sich auf über 20.000 addieren",
        "fr": "qui affichent plus de 20 000",
        "es": "que superan la cifra de 20.000",
        "nl": "die de 20.000 overtreffen",
    },
    "vendor": {
        "en": "that originate from acme",
        "de": "die auf Acme zurückgehen",
        "fr": "qui proviennent d'Acme",
        "es": "que provienen de Acme",
        "nl": "die bij Acme hun oorsprong hebben",
    },
    "vendor_nw": {
        "en": "that northwind is waiting for us to pay",
        "de": "bei denen Northwind darauf wartet, dass wir zahlen",
        "fr": "pour lesquelles Northwind attend notre paiement",
        "es": "por las que Northwind espera nuestro pago",
        "nl": "waarvoor Northwind op onze betaling wacht",
    },
    "over_budget": {
        "en": "where we're paying a premium per unit over the PO",
        "de": "bei denen wir pro Stück gegenüber der Bestellung draufzahlen",
        "fr": "où l'on paie un supplément à l'unité par rapport au bon de commande",
        "es": "en las que pagamos de más por unidad respecto a la orden de compra",
        "nl": "met een meerprijs per stuk tegenover de inkooporder",
    },
    "this_week": {
        "en": "that have reached me this week",
        "de": "die diese Woche bei mir angekommen sind",
        "fr": "qui sont arrivées chez moi cette semaine",
        "es": "que me han llegado esta semana",
        "nl": "die mij deze week hebben bereikt",
    },
}

# "northwind's invoice with the toner cartridges" is NW-5602 (Northwind's only demo invoice; 6 toner cartridges, the
# only toner line); "the seattle supplier's invoice with 40 boxes of A4" is NW-5602 (Northwind, Seattle, the only
# supplier there; 40 boxes of A4 copy paper, the only paper line).
VARIANCE_FRESH63 = {
    "northwind's invoice with the toner cartridges": "NW-5602",
    "the seattle supplier's invoice with 40 boxes of A4": "NW-5602",
}

# "the PO robin raised for cordless drills and bit sets": PO-2001 (requester U0OPS0001, Robin Ortiz in the policy's
# people; 10 Cordless drill 18V and 10 Drill bit sets; vendor V001 Acme Tools Ltd), Robin's only drill PO (Robin's other
# PO, PO-2004, is for brackets); "administration's PO with northwind": PO-2002 (department Administration, its only PO;
# vendor V002 Northwind; 40 A4 copy paper boxes and 6 Toner cartridges); "alex's purchase order for the ERP project":
# PO-2003 (requester U0CFO0001, Alex Chen in the policy's people, Alex's only PO; ERP implementation services, phase 1;
# vendor V004 Initech Consulting LLC); "operations' order for 500 mounting brackets": PO-2004 (department Operations;
# 500 Steel mounting brackets, the only bracket PO; vendor V003 Globex Industrial GmbH). Facts as earlier banks give
# them.
PO_FRESH63 = {
    "the PO robin raised for cordless drills and bit sets": ["PO-2001", "Acme Tools Ltd"],
    "administration's PO with northwind": ["PO-2002", "Toner cartridge"],
    "alex's purchase order for the ERP project": ["PO-2003", "Initech Consulting LLC"],
    "operations' order for 500 mounting brackets": ["PO-2004", "Globex Industrial GmbH"],
}

# Vendors by street, VAT number and the start of a bank account (codes and numbers the same in every language):
# Northwind Office Supplies Inc (V002) is the only vendor (vendor master or invoice) at 42 Harbor Street, Seattle;
# DE811569869 is Globex Industrial GmbH's tax id (V003, the same on its invoice; Muenchen, Germany, the only German
# vendor), no one else's; NL91ABNA0417164300 is Initech Consulting LLC's IBAN (V004, the same on its invoice), the only
# account (vendor master or invoice) starting NL91.
VENDOR_FRESH63 = {
    "the supplier with the office at 42 harbor street in seattle": ["Northwind Office Supplies Inc", "V002"],
    "the german supplier with VAT ID DE811569869": ["Globex Industrial GmbH", "V003"],
    "the supplier we pay into an account starting NL91": ["Initech Consulting LLC", "V004"],
}

# "the blue harbor store fit-out deal with 25 drills": OPP-3001 "Blue Harbor - store fit-out tools" (Blue Harbor Retail;
# 25 Cordless drill 18V and an installation service, the only deal of 25 drills), not invoiced; "the meridian pilot for
# 10 drills": OPP-2991 "Meridian - drills pilot" (Meridian Health Partners; 10 Cordless drill 18V, Meridian's only drill
# deal), invoiced as SI-00002; "the northshore paper restock we closed on 18 november": OPP-3003 "Northshore - paper
# restock" (Northshore Logistics' only deal; closed 2026-11-18, the only deal closed then), not invoiced.
DEAL_FRESH63 = {
    "the blue harbor store fit-out deal with 25 drills": ["OPP-3001", "Blue Harbor Retail"],
    "the meridian pilot for 10 drills": ["OPP-2991", "SI-00002"],
    "the northshore paper restock we closed on 18 november": ["OPP-3003", "Northshore Logistics"],
}

# The entity is the number the ref quotes for the two that quote an invoice number (in the middle, or at the end); the
# two others name it through AUDIT_CASE_FRESH63. INV-88120 (Initech's invoice for ERP implementation services, phase 1)
# waits on a controller (approval_requested, as earlier banks give it); GX-2026-118 (Globex's steel bracket invoice)
# expects its own number, as earlier banks give it; NW-5602 (Northwind, Seattle, the only supplier there; paper and
# toner) is reviewed and the demo approver rejects it (decision_reject, as earlier banks give it); INV-1043 (Acme's
# invoice of 10 drills and 10 drill bit sets, the only one with both) is approved by the demo approver
# (decision_approve, as earlier banks give it).
AUDIT_FRESH63 = {
    "initech's INV-88120 invoice for the implementation phase": ["approval_requested"],
    "the globex steel bracket invoice with number GX-2026-118": ["GX-2026-118"],
    "the seattle invoice for paper and toner": ["decision_reject"],
    "acme's invoice for 10 drills and 10 bit sets": ["decision_approve"],
}

# The invoice each reference without an invoice number names (the scorer looks the entity up by find_case, which reads
# ids).
AUDIT_CASE_FRESH63 = {
    "the seattle invoice for paper and toner": "NW-5602",
    "acme's invoice for 10 drills and 10 bit sets": "INV-1043",
}

# "the seattle bill from the harbor street supplier" is NW-5602 (Northwind, 42 Harbor Street, Seattle: the only supplier
# on that street and in that town, with one demo invoice); "the ERP consulting bill for a flat 24,000" is INV-88120
# (Initech's one ERP implementation line of 24000.00 at a tax rate of 0, the only invoice of 24,000; every demo invoice
# is in USD).
REFUSE_FRESH63 = {
    "the seattle bill from the harbor street supplier": "NW-5602",
    "the ERP consulting bill for a flat 24,000": "INV-88120",
}

# Every reference in words as a German, French, Spanish and Dutch speaker writes it, with each language's own amounts
# and dates (codes, numbers and names as they are).
LOCAL_REFS_FRESH63 = {
    "acme's invoice for the ten cordless drills": {
        "de": "die Acme-Rechnung über die zehn Akkubohrer",
        "fr": "la facture d'Acme pour les dix perceuses sans fil",
        "es": "la factura de Acme por los diez taladros inalámbricos",
        "nl": "de Acme-factuur voor de tien accuboormachines",
    },
    "the seattle invoice due 12 december": {
        "de": "die am 12. Dezember fällige Rechnung aus Seattle",
        "fr": "la facture de Seattle à échéance du 12 décembre",
        "es": "la factura de Seattle que vence el 12 de diciembre",
        "nl": "de factuur uit Seattle die op 12 december vervalt",
    },
    "the globex invoice covering 500 mounting brackets": {
        "de": "die Globex-Rechnung über 500 Befestigungswinkel",
        "fr": "la facture de Globex qui couvre 500 équerres de fixation",
        "es": "la factura de Globex que cubre 500 soportes de montaje",
        "nl": "de Globex-factuur die 500 montagebeugels dekt",
    },
    "umbrela's invoice due 28 november": {
        "de": "die am 28. November fällige Rechnung von Umbrela",
        "fr": "la facture d'Umbrela à échéance du 28 novembre",
        "es": "la factura de Umbrela que vencía el 28 de noviembre",
        "nl": "de factuur van Umbrela met vervaldatum 28 november",
    },
    "inittech's invoice due 13 december": {
        "de": "die am 13. Dezember fällige Rechnung von Inittech",
        "fr": "la facture d'Inittech à échéance du 13 décembre",
        "es": "la factura de Inittech que vence el 13 de diciembre",
        "nl": "de factuur van Inittech die op 13 december vervalt",
    },
    "the acme impact driver invoice from 5 october": {
        "de": "die Acme-Rechnung für Schlagschrauber vom 5. Oktober",
        "fr": "la facture Acme de visseuses à chocs du 5 octobre",
        "es": "la factura de Acme de atornilladores de impacto del 5 de octubre",
        "nl": "de Acme-factuur voor slagschroevendraaiers van 5 oktober",
    },
    "the muenchen invoice dated 9 november": {
        "de": "die auf den 9. November datierte Rechnung aus München",
        "fr": "la facture de Munich datée du 9 novembre",
        "es": "la factura de Múnich con fecha del 9 de noviembre",
        "nl": "de factuur uit München van 9 november",
    },
    "the invoice acme dated 10 november": {
        "de": "die von Acme auf den 10. November datierte Rechnung",
        "fr": "la facture qu'Acme a datée du 10 novembre",
        "es": "la factura que Acme fechó el 10 de noviembre",
        "nl": "de factuur die Acme op 10 november dateerde",
    },
    "the bill from 4120 freidrich lane in austin": {
        "de": "die Rechnung aus der Freidrich Lane 4120 in Austin",
        "fr": "la facture arrivée du 4120 Freidrich Lane à Austin",
        "es": "la factura que llegó del 4120 de Freidrich Lane, en Austin",
        "nl": "de rekening die uit 4120 Freidrich Lane in Austin kwam",
    },
    "the team lunch invoice from raccoon city": {
        "de": "die Rechnung fürs Team-Mittagessen aus Raccoon City",
        "fr": "la facture du déjeuner d'équipe de Raccoon City",
        "es": "la factura de Raccoon City por la comida del equipo",
        "nl": "de factuur voor de teamlunch uit Raccoon City",
    },
    "the initech invoice for setting up our ERP": {
        "de": "die Initech-Rechnung für die Einrichtung unseres ERP",
        "fr": "la facture Initech pour la mise en place de notre ERP",
        "es": "la factura de Initech por la puesta en marcha de nuestro ERP",
        "nl": "de Initech-factuur voor het opzetten van ons ERP",
    },
    "the umbrella invoice on 14-day terms": {
        "de": "die Umbrella-Rechnung mit vierzehntägigem Zahlungsziel",
        "fr": "la facture Umbrella payable à quatorze jours",
        "es": "la factura de Umbrella pagadera a catorce días",
        "nl": "de Umbrella-factuur met een betalingstermijn van veertien dagen",
    },
    "northwind's invoice with the toner cartridges": {
        "de": "die Northwind-Rechnung mit den Tonerkartuschen",
        "fr": "la facture Northwind avec les cartouches de toner",
        "es": "la factura de Northwind con los cartuchos de tóner",
        "nl": "de Northwind-factuur met de tonercartridges",
    },
    "the seattle supplier's invoice with 40 boxes of A4": {
        "de": "die Rechnung des Lieferanten aus Seattle mit 40 Kartons A4",
        "fr": "la facture du fournisseur de Seattle avec 40 cartons de A4",
        "es": "la factura del proveedor de Seattle con 40 cajas de A4",
        "nl": "de factuur van de leverancier uit Seattle met 40 dozen A4",
    },
    "the PO robin raised for cordless drills and bit sets": {
        "de": "die von Robin angelegte Bestellung für Akkubohrer und Bit-Sets",
        "fr": "le bon de commande établi par Robin pour des perceuses sans fil et des coffrets de forets",
        "es": "la orden de compra que hizo Robin de taladros inalámbricos y juegos de brocas",
        "nl": "de inkooporder die Robin voor accuboormachines en bitsets heeft aangemaakt",
    },
    "administration's PO with northwind": {
        "de": "die Bestellung der Verwaltung bei Northwind",
        "fr": "le bon de commande de l'administration chez Northwind",
        "es": "la orden de compra de administración a Northwind",
        "nl": "de inkooporder van de administratie bij Northwind",
    },
    "alex's purchase order for the ERP project": {
        "de": "Alex' Bestellung für das ERP-Projekt",
        "fr": "le bon de commande d'Alex pour le projet ERP",
        "es": "la orden de compra de Alex para el proyecto ERP",
        "nl": "de inkooporder van Alex voor het ERP-project",
    },
    "operations' order for 500 mounting brackets": {
        "de": "die Operations-Bestellung über 500 Befestigungswinkel",
        "fr": "le bon de commande des opérations pour 500 équerres de fixation",
        "es": "la orden de compra de operaciones de 500 soportes de montaje",
        "nl": "de inkooporder van operations voor 500 montagebeugels",
    },
    "the supplier with the office at 42 harbor street in seattle": {
        "de": "der Lieferant mit dem Büro in der Harbor Street 42 in Seattle",
        "fr": "le fournisseur installé au 42 Harbor Street à Seattle",
        "es": "el proveedor con oficina en el 42 de Harbor Street de Seattle",
        "nl": "de leverancier met kantoor op Harbor Street 42 in Seattle",
    },
    "the german supplier with VAT ID DE811569869": {
        "de": "der deutsche Lieferant mit der Umsatzsteuer-ID DE811569869",
        "fr": "le fournisseur allemand au numéro de TVA intracommunautaire DE811569869",
        "es": "el proveedor alemán con el NIF-IVA DE811569869",
        "nl": "de Duitse leverancier met btw-id DE811569869",
    },
    "the supplier we pay into an account starting NL91": {
        "de": "der Lieferant, dessen Kontonummer vorne mit NL91 losgeht",
        "fr": "le fournisseur qu'on paie sur un compte qui commence par NL91",
        "es": "el proveedor al que pagamos en una cuenta que empieza por NL91",
        "nl": "de leverancier die we betalen op een rekening die met NL91 begint",
    },
    "the blue harbor store fit-out deal with 25 drills": {
        "de": "der Ladenausstattungs-Auftrag von Blue Harbor mit 25 Bohrern",
        "fr": "la vente d'aménagement de magasin à Blue Harbor avec 25 perceuses",
        "es": "la venta del equipamiento de tienda a Blue Harbor con 25 taladros",
        "nl": "de winkelinrichtingsdeal met Blue Harbor met 25 boormachines",
    },
    "the meridian pilot for 10 drills": {
        "de": "der Pilotauftrag über 10 Bohrer für Meridian",
        "fr": "la vente pilote de 10 perceuses à Meridian",
        "es": "la venta piloto de 10 taladros a Meridian",
        "nl": "de pilotdeal van 10 boormachines voor Meridian",
    },
    "the northshore paper restock we closed on 18 november": {
        "de": "der am 18. November abgeschlossene Papier-Nachschubauftrag von Northshore",
        "fr": "la vente de réassort de papier à Northshore conclue le 18 novembre",
        "es": "la venta de reposición de papel a Northshore cerrada el 18 de noviembre",
        "nl": "de op 18 november gesloten papierbevoorradingsdeal met Northshore",
    },
    "initech's INV-88120 invoice for the implementation phase": {
        "de": "die Initech-Rechnung INV-88120 für die Implementierungsphase",
        "fr": "la facture Initech INV-88120 pour la phase d'implémentation",
        "es": "la factura de Initech INV-88120 por la fase de implantación",
        "nl": "de Initech-factuur INV-88120 voor de implementatiefase",
    },
    "the globex steel bracket invoice with number GX-2026-118": {
        "de": "die Globex-Stahlwinkel-Rechnung mit der Nummer GX-2026-118",
        "fr": "la facture d'équerres en acier de Globex portant le numéro GX-2026-118",
        "es": "la factura de soportes de acero de Globex con el número GX-2026-118",
        "nl": "de factuur voor stalen beugels van Globex met nummer GX-2026-118",
    },
    "the seattle invoice for paper and toner": {
        "de": "die Rechnung aus Seattle über Papier und Toner",
        "fr": "la facture de Seattle pour du papier et du toner",
        "es": "la factura de Seattle de papel y tóner",
        "nl": "de factuur uit Seattle voor papier en toner",
    },
    "acme's invoice for 10 drills and 10 bit sets": {
        "de": "die Acme-Rechnung über 10 Bohrer und 10 Bit-Sets",
        "fr": "la facture d'Acme pour 10 perceuses et 10 coffrets de forets",
        "es": "la factura de Acme por 10 taladros y 10 juegos de brocas",
        "nl": "de Acme-factuur voor 10 boormachines en 10 bitsets",
    },
    "the seattle bill from the harbor street supplier": {
        "de": "die Rechnung des Lieferanten aus der Harbor Street in Seattle",
        "fr": "la facture du fournisseur de Harbor Street à Seattle",
        "es": "la factura del proveedor de Harbor Street en Seattle",
        "nl": "de rekening van de leverancier aan de Harbor Street in Seattle",
    },
    "the ERP consulting bill for a flat 24,000": {
        "de": "die ERP-Beratungsrechnung über glatte 24.000",
        "fr": "la facture de conseil ERP de 24 000 pile",
        "es": "la factura de consultoría ERP de 24.000 exactos",
        "nl": "de ERP-consultancyrekening van precies 24.000",
    },
}
