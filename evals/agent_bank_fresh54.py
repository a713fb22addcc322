"""Held-out 54 of `python -m evals.agent`: a fifty-fourth held-out bank, written blind after held-out 53, by a helper
agent that read neither the planner's source (countersign/agent/, countersign/tools/, countersign/extraction/,
countersign/app/, countersign/chat/), the tests, the intent model's training code (evals/train_intent.py,
evals/intent_extra.py), evals/agent.py, nor any eval output, report or failure list (nothing under evals/reports/, and
nothing under /tmp but its own throwaway files in /tmp/b54: a listing script that wrote every earlier bank's generated
question text, earlier turns and list phrases, and every earlier bank's reference keys and localized references, to
one file (in-sample and held-out of agent_bank included, held-out 2 to 53; the file was never printed; the script
printed only how many splits, texts and keys it holds: 54, 34402 and 6024); a helper that printed only how many times
a phrase occurs in that text and whether it is a key, never the text around it; a script that printed, for each
candidate PO, vendor, deal and audit fact list and for the pending table, only how many earlier tables hold the same
list and how many hold one with the same first item that differs (every fact list used here is held by earlier banks
and none differs; the pending table is held by 48 of the 54 earlier banks, as held-out 53 gives it), and the sorted
invoice ids that key agent_bank.APPROVERS and agent_bank.INVOICES; a check script that printed this bank's counts by
language and intent, whether they equal held-out 53's, which of this bank's own references and localized references
equal an earlier bank's keys, whether any list phrase or question equals an earlier one, and that printed this bank's
own questions to proofread them; and a draft of this bank's tables with a small script that wrote this file from them,
wrapping long strings). No file but this one was edited; the planner, the bank tests and pytest were not run.
What it read: its brief; agent_bank_fresh53 as committed (printed with `git show HEAD:evals/agent_bank_fresh53.py` in
line ranges: its docstring, templates and tables, as the model of the shape and the list of what was used before) and
the docstring of agent_bank_fresh52 (the same way, up to its closing quotes); agent_gen printed whole (and `wc -l` of
it and of held-out 53) (how a bank becomes questions and how answers are scored, which tables a bank defines, how a
bank is discovered by file name, and how an AUDIT_CASE table names the invoice of an audit reference in words); every
earlier bank's tables through agent_gen.generate and agent_gen._parts, only to count and to check equality, as above;
the demo data and policy (countersign/data/demo_invoices.yaml, ledger.yaml and crm.yaml printed whole, and one `grep
-n` of countersign/policies/default.yaml for its people, names, bands, roles and tolerances, which also printed the
comment line that names U0APMGR01 as an example, the comment on how bands are tried, the dual-approval threshold, a
commented-out delegation, the comment on override roles and one override's roles, and the demo's approver U0APMGR01
and uploader U0AP0CLERK: so every reference names exactly one entity and every expected fact holds). It did not open
pyproject.toml (ruff ran with the repository's settings), did not read agent_bank's docstring or templates, nor the
docstrings or templates of any earlier bank but those named above, and ran neither `git log` nor the planner.
Seen by accident, and said here: an `ls evals/` (cut at 100 names) listed the file names there (agent.py,
train_intent.py, intent_extra.py, train_ranker.py, blind.py, the bench, corpus, extraction, fuzz, injection and stress
scripts, evals/reports/, evals/scenarios/ and evals/blind_invoices/ among them; none opened but the ones named above);
held-out 53's and held-out 52's committed docstrings, read as allowed, name their own shapes, situations and list
idioms, the candidate wordings they found in the earlier text, and their blind scores by intent and language (none of
it used, beyond avoiding those shapes, situations and idioms); agent_gen's imports name the planner modules it uses
(none opened); while it was written, this bank's draft sat uncommitted in evals/, where agent_gen discovers banks by
file name; `git status --short`, run at the start and before committing, listed untracked output and check folders
under evals/blind_invoices/ and files others changed in the checkout while this bank was written
(countersign/agent/chat/listing.py, tools.py and list_questions.py, countersign/extraction/ids.py and
tests/test_chat_senders_checks_and_unit_prices.py, by their names only, at one run or the other; none opened, none
touched by this bank's author); the phrase counts said that many candidate wordings occur in the earlier text (a
piano, a library in French, a rainbow in all five languages, a mandarin, a clementine, a ukulele, dice, a wink and its
German, French, Spanish and Dutch words, hail in all five, a Spanish band, a doughnut, a window cleaner in all five,
headphones, a smoke alarm in all five and its chirping, a fridge and a magnet, a removal van in four languages, blood
in all five, an allotment, an optician, glasses, swimming, a bike in French, Spanish and Dutch, a wedding and flowers
in all five, clay, a quarter, twenty minutes in all five, downstairs and its words, honking, the kitchen and reception
in all five, a printer in all five, a tray, a basket and a bowl, and asides such as a bookkeeper, an office manager, a
collections department, being put on stop and the next delivery, each in all five languages; list wordings such as
"pay-by", "gerissen", "laissé filer", "se nos ha pasado", "toegekomen", "run to", "belaufen", "uitkomen", "sent our
way", "rübergeschickt", "as the sender", "Absender", "afzender", "agreed", "vereinbart", "convenu", "pactado",
"afgesproken", "turned up", "aufgetaucht", "aparecido", "opgedoken", "all in", "top 20", "knacken", "rebasan",
"overstijg", "au nom de", "a nombre de", "op naam van", "showed up", "popped up", "apiece", "made out", "opgemaakt",
"après l'échéance", "después del vencimiento", "pasado su vencimiento", "na de vervaldatum", "en retard", "more than
20,000" and its words in the four other languages, "holding up", "frenando", "houd ik", "op mij wachten", "answer
today" and "respuesta hoy"; all dropped as key phrases), and some words kept only as incidental parts of wordings
whose key phrase is new ("cours de" and "clase" in the pottery shape, "Tafel", "pizarra", "op het bord" and "lijstje"
in the chalk list ask, "unten", "en bas", "abajo" and "beneden" in the marching band, the reception's words in the
sunflowers, "Empfang" among them, "kom" and "bowl" beside the pretzels, "from IT" in the juggling, "versprochen" and
"beloofd" in the status aside, "visto bueno" and "aftekenen" in asks, the vendor master's words and "caterer" in a
follow-up reference, the ☕ and 🧹 emoji beside the descaling coffee machine and the street sweeper); the check script
showed that some first-candidate references and localizations equal earlier keys (the English references "northwind's
invoice against PO-2002" and "the supplier with VAT number DE811569869"; German, French, Spanish or Dutch
localizations of references by Acme's October impact drivers, Initech's 13 November date, Initech's ERP
implementation, the operations drill PO, the vendor on Industrial Way and Globex's VAT number; the script printed only
this bank's own strings), all replaced, then a Dutch date one and a Dutch and a French VAT one, replaced too; and
`date` printed the clock. None of it was used to choose a wording. Never scored by its author: only agent_gen.generate
was called on it (in throwaway scripts, to count its questions, check that no non-English one contains the English
word " invoice", that every intent is asked in every language, that no reference key or localized reference is one of
an earlier bank's reference or localized-reference keys (the pending tables' user ids and the list tables' kind names
aside, which every bank shares) and that no text repeats an earlier bank's, and to print every question to proofread
its grammar), and ruff checked and formatted this file; nothing was answered or scored by its author, the planner was
not run, and `python -m evals.agent` was not run. agent_gen discovers this file by its name; its author edited no
other file.
Written to sound like a real Slack population of finance, AP and sales people rather than to trip the planner: about
half plain everyday asks and half everyday situations around the question. Two shapes run through the bank so that
each intent is asked in each language (each key phrase counted first in the earlier banks' text in all five languages,
and found nowhere: a pottery class, and a driving lesson): an ask from someone whose pottery class is at half past
five, opened with "My pottery class is at half five, so —" ("Um halb sechs habe ich Töpferkurs, also —", "J'ai mon
cours de poterie à dix-sept heures trente, donc —", "Tengo clase de cerámica a las cinco y media, así que —", "Om half
zes heb ik pottenbakles, dus —"), in every intent (in the request to act, the asker would rather not leave it open:
"My pottery class is at half five and I'd rather not leave this open — ..."; its follow-up: "ok — before I go and
throw pots: who has to approve it?", "bevor ich töpfern gehe", "avant d'aller faire de la poterie", "antes de irme a
cerámica", "voor ik ga pottenbakken"); and an ask from someone whose driving instructor picks them up at five, opened
with "My driving instructor is picking me up at five, so —" ("Mein Fahrlehrer holt mich um fünf ab, also —", "Mon
moniteur d'auto-école passe me prendre à dix-sept heures, donc —", "Mi profesor de autoescuela me recoge a las cinco,
así que —", "Mijn rijinstructeur haalt me om vijf uur op, dus —"), in every intent (its follow-up and its list ask
lowercase without punctuation: "ok the driving instructor's already parked outside so who has to sign it", "driving
instructor's here at five which invoices have we got ..."); in POs and vendors, whose second phrasing is a situation,
the driving lesson follows the situation. Some realistic variety: an aside after the question (the driving status ask
ends "I promised them an answer today.", the driving deal ask "Their warehouse manager needs it to book the delivery
in.", the chalk list ask "People read it over coffee."), lowercase asks without punctuation (the basil status ask, the
driving follow-up and list ask), names mistyped ("the springfeld tools invoice dated 10 november", "umbrela's catering
invoice from ohio", "meridien's ten-drill pilot"), audit references that quote the invoice number in the middle ("the
springfield bill INV-1043 with the drill bit sets") or last ("the harbor street toner invoice NW-5602"), and
follow-ups that lean on the turn before.
Everyday situations (their key phrases first counted in the earlier banks' text in all five languages, and found
nowhere; held-out 53's helicopter, origami, table tennis, goose, confetti, flipchart, butterfly, drone, tractor,
watermelon, chess and high five, and the situations held-out 52's and 53's docstrings list as used or avoided before
them, all avoided): a marching band going past in the street below 🎺, and repotting the office basil in between
meetings (status); a huge bunch of sunflowers put on reception 🌻 (approvers); the coffee machine descaling again ☕
(pending); someone from IT practising juggling by the lockers 🤹, and chalking a list on the blackboard out on the
terrace (lists); a cement mixer churning in the courtyard 🧱 (variance); a street sweeper going up and down the road 🧹
(POs); a kid doing skateboard tricks on the steps outside 🛹 (vendors); a big bowl of pretzels brought in for the sales
team 🥨 (deals); two people playing backgammon on the terrace 🎲 (audit); and a request to act in a new guise, to be
refused: Alex did a little drumroll on his desk when it came up, and the asker takes that as his yes 🥁.
Things are named the way people name them at a desk, with no riddles: an invoice by its supplier and goods ("acme's
invoice for the drills and the bit sets"), its supplier, goods and month ("the acme impact driver bill from october"),
its town and goods ("the seattle invoice for copy paper and toner"), its town, goods and quantity ("the munich invoice
for 500 mounting brackets"), its supplier and due date ("the umbrella catering invoice due 28 november"), its
supplier, project phase and town ("initech's ERP phase 1 bill out of austin"), its supplier's town, kind and date
("the springfeld tools invoice dated 10 november") or its supplier, kind and US state ("umbrela's catering invoice
from ohio"); follow-ups leaning on the conversation (the approvers of the invoice named in the turn before, INV-88120
or UC-77: "the ERP implementation invoice from initech", "the consulting bill against PO-2003", "the catering invoice
from 13 raccoon street", "the invoice from the caterer that isn't in our vendor master"); the variance invoice by its
goods and PO ("the paper and toner invoice quoting PO-2002") or its goods and quantities ("the invoice with 40 boxes
of copy paper and six toner cartridges"); a PO by its department and goods ("the operations PO for the drills and
drill bit sets", "administration's PO for copy paper"), its purpose ("the PO for the ERP implementation work") or its
requester, quantity and goods ("robin ortiz's PO for 500 steel brackets"); a vendor as AP looks one up: by street and
town ("the vendor on industrial way in springfield"), its VAT number or the start of its bank account (the same codes
in every language); a deal in sales words ("the blue harbor fit-out deal with 25 drills", "meridien's ten-drill
pilot", "the paper restock for the logistics company in duluth"); audit questions with an invoice id (above) and
without one ("globex's invoice against PO-2004", "the initech invoice dated 13 november": AUDIT_CASE_FRESH54 names
their invoices); requests to act by street ("the invoice from 4120 freidrich lane") and amount ("the 480 lunch bill");
and, with most weight, list questions in the nine kinds held-out 53 uses, in new office idiom: "that a check has
grounded", "that an approver still hasn't got round to", "still unpaid after their due date", "that, at over 10,000,
need someone more senior than an AP approver", "that are each worth more than 20,000", "that acme has put in front of
us", "that northwind has drawn up for us", "where the price per item is above what the PO set", "that only got here
this week" (each idiom's key phrase, in all five languages, counted in the earlier text and found nowhere: "grounded",
"festgenagelt", "clouées au sol", "en tierra", "aan de grond"; "got round", "noch nicht gekommen", "pas encore eu le
temps", "tenido tiempo", "geen tijd"; "after their due date", "nach der Fälligkeit", "passé leur échéance", "después
de vencer", "na hun vervaldag"; "more senior", "Ranghöheren", "plus haut placé", "de más rango", "iemand hoger"; "each
worth", "jeweils mehr", "valent chacune", "cada una más", "elk meer"; "in front of us", "vorgelegt", "fait parvenir",
"hecho llegar", "onze kant op"; "drawn up", "auf uns ausgestellt", "libellées", "extendido", "van de hand van"; "what
the PO set", "festlegt", "fixait", "fijaba", "vastlegde"; "only got here", "hereingeflattert", "débarqué", "a nuestras
manos", "aangekomen").
Non-English questions never contain the English word " invoice": references in words are localized through
LOCAL_REFS_FRESH54 with each language's own amounts and dates; numbers, codes, VAT and bank-account fragments and
emoji stay as they are. German invoice, PO and audit references are feminine and nominative or accusative (participles
and adjectives put before the noun, "die auf den 10. November datierte Werkzeugrechnung aus Springfeld", "die Rechnung
des nicht im Kreditorenstamm angelegten Caterers", so that no relative clause needs a closing comma), with no
preposition that takes the dative before them (the German audit asks say "den Audit-Trail für", "welche Schritte hat
{ref} durchlaufen" and "den Verlauf für", the PO asks "was umfasst {ref}" and "was deckt {ref} ab"); German vendor and
variance references stand before a colon ("— {ref}: ...", two vendor ones with a relative clause the colon closes);
German deal references are masculine nominative ("der Blue-Harbor-Ausstattungsauftrag ...", "der Pilotauftrag ...",
"der Papier-Nachschubauftrag ..."); German list references are relative clauses (one with a comparison clause of its
own after a comma) that every German list template puts last, after a comma, and the Dutch list templates put theirs
last too. French PO and vendor slots avoid "de"/"à" before a masculine reference ("que contient", "que couvre", or
before a colon), Spanish vendor references stand before a colon; French and Spanish deal references are feminine ("la
vente", "la commande") and the templates agree; every French and Spanish invoice reference is "la facture"/"la
factura", as the feminine participles ("payée", "pagada", "facturée") need.
Not used, because not unique or not verifiable in the files this bank's author may read: the uploader (every demo
invoice is uploaded by U0AP0CLERK), the currency (everything is in USD), invoice totals with tax (computed, not stated
in the files; only the tax-free 480 and unit prices and quantities stated in the files are used), dates relative to
today other than the days the demo's cases arrive in ("that only got here this week" is the this_week kind: every demo
case is received when the demo runs), case ids (generated at run time), the audit events of INV-1001 and UC-77, the
requester of PO-2002 (U0OFFICE01, not in the policy's people; "administration's PO for copy paper" names its
department), Soylent Foods Corp (a blocked vendor with no invoice), and an approver's name for an invoice that waits
on a controller.
Same shape as agent_bank_fresh53: nine list kinds in four phrasings, four audit references in three phrasings and four
follow-up references, fewer of the rest (600 questions, 120 in each language, the same count as held-out 53 for every
language and intent: status 80, approvers 60, pending 45, list 180, variance 30, po 40, vendor 30, deal 45, audit 60,
refuse 30); entities and facts from agent_bank, as the earlier banks give them. Never scored by its author.
Scored blind (all 600, offline planner, aggregates only) before it was read: on the stop's start (04e5340, plus this
bank) 0.965 answer, 0.987 intent (de 0.992, en 0.900, es 0.983, fr 0.950, nl 1.0; audit 0.867, list 0.944, po 0.950,
vendor 0.967, every other intent 1.0); on the code after the stop's first fixes (a line's unit price in the list tool,
"iets nieuws van globex"; still blind to this bank) the same. Then it was read and tuned on: no clean measure any more.
"""

from __future__ import annotations

FRESH54: dict[str, dict[str, list[str]]] = {
    "status": {
        "en": [
            "My pottery class is at half five, so — has {ref} been paid?",
            "My driving instructor is picking me up at five, so — is {ref} paid yet? I promised them an answer today.",
            "A marching band is going past down in the street 🎺 — can you see whether {ref} got paid?",
            "repotting the office basil in between meetings is {ref} paid or not",
        ],
        "de": [
            "Um halb sechs habe ich Töpferkurs, also — ist {ref} bezahlt?",
            "Mein Fahrlehrer holt mich um fünf ab, also — ist {ref} schon bezahlt? Ich hab ihnen heute noch "
            "eine Antwort versprochen.",
            "Unten auf der Straße zieht eine Blaskapelle vorbei 🎺 — kannst du nachsehen, ob {ref} bezahlt wurde?",
            "topfe grad das basilikum vom büro um ist {ref} bezahlt oder nicht",
        ],
        "fr": [
            "J'ai mon cours de poterie à dix-sept heures trente, donc — est-ce que {ref} a été payée ?",
            "Mon moniteur d'auto-école passe me prendre à dix-sept heures, donc — {ref} est-elle déjà payée ? "
            "Je leur ai promis une réponse aujourd'hui.",
            "Une fanfare passe dans la rue en bas 🎺 — tu peux regarder si {ref} a été payée ?",
            "je rempote le basilic du bureau entre deux réunions est-ce que {ref} est payée ou pas",
        ],
        "es": [
            "Tengo clase de cerámica a las cinco y media, así que — ¿se ha pagado {ref}?",
            "Mi profesor de autoescuela me recoge a las cinco, así que — ¿está pagada ya {ref}? Les prometí "
            "contestar hoy.",
            "Está pasando una charanga por la calle de abajo 🎺 — ¿puedes mirar si se pagó {ref}?",
            "estoy trasplantando la albahaca de la oficina entre reunión y reunión está pagada {ref} o no",
        ],
        "nl": [
            "Om half zes heb ik pottenbakles, dus — is {ref} betaald?",
            "Mijn rijinstructeur haalt me om vijf uur op, dus — is {ref} al betaald? Ik heb ze vandaag nog "
            "een antwoord beloofd.",
            "Er trekt een fanfare door de straat beneden 🎺 — kun je kijken of {ref} betaald is?",
            "ben even de basilicum van kantoor aan het verpotten is {ref} nou betaald of niet",
        ],
    },
    "approvers": {
        "en": [
            "ok — before I go and throw pots: who has to approve it?",
            "ok the driving instructor's already parked outside so who has to sign it",
            "Someone's put a huge bunch of sunflowers on reception 🌻 — who is supposed to approve it?",
        ],
        "de": [
            "ok — bevor ich töpfern gehe: wer muss die absegnen?",
            "ok der fahrlehrer steht schon draußen also wer muss die unterschreiben",
            "Jemand hat einen riesigen Strauß Sonnenblumen an den Empfang gestellt 🌻 — wer soll die freigeben?",
        ],
        "fr": [
            "ok — avant d'aller faire de la poterie : qui doit la valider ?",
            "bon mon moniteur d'auto-école est déjà garé devant donc qui doit la signer",
            "Quelqu'un a posé un énorme bouquet de tournesols à l'accueil 🌻 — qui est censé l'approuver ?",
        ],
        "es": [
            "vale — antes de irme a cerámica: ¿quién tiene que darle el visto bueno?",
            "vale el profesor de autoescuela ya está aparcado fuera así que quién tiene que firmarla",
            "Alguien ha dejado un ramo enorme de girasoles en recepción 🌻 — ¿quién se supone que tiene que aprobarla?",
        ],
        "nl": [
            "ok — voor ik ga pottenbakken: wie moet hem aftekenen?",
            "ok mijn rijinstructeur staat al buiten dus wie moet hem tekenen",
            "Iemand heeft een enorme bos zonnebloemen bij de receptie gezet 🌻 — wie hoort hem goed te keuren?",
        ],
    },
    "pending": {
        "en": [
            "My pottery class is at half five, so — is there anything I still need to approve?",
            "My driving instructor is picking me up at five, so — am I holding up anyone's approvals?",
            "The coffee machine is descaling again ☕ — is anything waiting for my sign-off?",
        ],
        "de": [
            "Um halb sechs habe ich Töpferkurs, also — muss ich noch irgendwas freigeben?",
            "Mein Fahrlehrer holt mich um fünf ab, also — halte ich gerade irgendwelche Freigaben auf?",
            "Die Kaffeemaschine entkalkt schon wieder ☕ — wartet irgendwas auf mein Okay?",
        ],
        "fr": [
            "J'ai mon cours de poterie à dix-sept heures trente, donc — est-ce qu'il me reste des choses à approuver ?",
            "Mon moniteur d'auto-école passe me prendre à dix-sept heures, donc — est-ce que je bloque des "
            "validations ?",
            "La machine à café est encore en détartrage ☕ — il y a quelque chose qui attend mon accord ?",
        ],
        "es": [
            "Tengo clase de cerámica a las cinco y media, así que — ¿me queda algo por aprobar?",
            "Mi profesor de autoescuela me recoge a las cinco, así que — ¿estoy retrasando alguna aprobación?",
            "La cafetera se está descalcificando otra vez ☕ — ¿hay algo esperando mi visto bueno?",
        ],
        "nl": [
            "Om half zes heb ik pottenbakles, dus — moet ik nog iets goedkeuren?",
            "Mijn rijinstructeur haalt me om vijf uur op, dus — sta ik ergens een goedkeuring in de weg?",
            "De koffiemachine is alweer aan het ontkalken ☕ — wacht er iets op mijn akkoord?",
        ],
    },
    "list": {
        "en": [
            "My pottery class is at half five, so — which invoices do we have {ref}?",
            "driving instructor's here at five which invoices have we got {ref}",
            "Someone from IT is practising juggling by the lockers 🤹 — can you dig out the invoices {ref}?",
            "I'm chalking a list on the blackboard out on the terrace — which invoices are there {ref}? "
            "People read it over coffee.",
        ],
        "de": [
            "Um halb sechs habe ich Töpferkurs, also — welche Rechnungen haben wir, {ref}?",
            "fahrlehrer kommt um fünf welche rechnungen haben wir, {ref}",
            "An den Spinden übt einer aus der IT Jonglieren 🤹 — kannst du mir die Rechnungen heraussuchen, {ref}?",
            "Ich schreibe mit Kreide eine Liste an die Tafel auf der Terrasse, die lesen alle beim Kaffee — "
            "welche Rechnungen gibt es, {ref}?",
        ],
        "fr": [
            "J'ai mon cours de poterie à dix-sept heures trente, donc — quelles factures avons-nous {ref} ?",
            "le moniteur d'auto-école arrive à dix-sept heures quelles factures on a {ref}",
            "Quelqu'un de l'informatique s'entraîne à jongler près des casiers 🤹 — tu peux me retrouver les "
            "factures {ref} ?",
            "J'écris une liste à la craie sur le tableau noir de la terrasse — quelles factures y a-t-il "
            "{ref} ? Tout le monde la lit à la pause café.",
        ],
        "es": [
            "Tengo clase de cerámica a las cinco y media, así que — ¿qué facturas tenemos {ref}?",
            "el profesor de autoescuela llega a las cinco qué facturas tenemos {ref}",
            "Uno de informática está practicando malabares junto a las taquillas 🤹 — ¿puedes localizarme las "
            "facturas {ref}?",
            "Estoy escribiendo una lista con tiza en la pizarra de la terraza — ¿qué facturas hay {ref}? "
            "Todos la leen con el café.",
        ],
        "nl": [
            "Om half zes heb ik pottenbakles, dus — welke facturen hebben we {ref}?",
            "rijinstructeur komt om vijf uur welke facturen hebben we {ref}",
            "Iemand van IT oefent met jongleren bij de kluisjes 🤹 — zoek je de facturen voor me op {ref}?",
            "Ik schrijf met krijt een lijstje op het bord op het terras, dat leest iedereen bij de koffie — "
            "welke facturen zijn er {ref}?",
        ],
    },
    "variance": {
        "en": [
            "My pottery class is at half five, so — on {ref}, which line costs more than the PO says, and by how much?",
            "My driving instructor is picking me up at five, so — where does {ref} go over the PO price, and "
            "by how much?",
            "A cement mixer has been churning in the courtyard all morning 🧱 — on {ref}, which price doesn't "
            "match the PO, and what's the gap?",
        ],
        "de": [
            "Um halb sechs habe ich Töpferkurs, also — {ref}: welche Position kostet mehr, als die Bestellung "
            "sagt, und um wie viel?",
            "Mein Fahrlehrer holt mich um fünf ab, also — {ref}: wo liegt sie über dem Bestellpreis, und um wie viel?",
            "Im Hof dreht sich seit heute früh ein Betonmischer 🧱 — {ref}: welcher Preis passt nicht zur "
            "Bestellung, und wie groß ist die Differenz?",
        ],
        "fr": [
            "J'ai mon cours de poterie à dix-sept heures trente, donc — sur {ref}, quelle ligne coûte plus "
            "cher que ce que dit le bon de commande, et de combien ?",
            "Mon moniteur d'auto-école passe me prendre à dix-sept heures, donc — où {ref} dépasse-t-elle le "
            "prix du bon de commande, et de combien ?",
            "Une bétonnière tourne dans la cour depuis ce matin 🧱 — sur {ref}, quel prix ne correspond pas au "
            "bon de commande, et quel est l'écart ?",
        ],
        "es": [
            "Tengo clase de cerámica a las cinco y media, así que — en {ref}, ¿qué línea cuesta más de lo que "
            "dice la orden de compra, y cuánto más?",
            "Mi profesor de autoescuela me recoge a las cinco, así que — ¿dónde se pasa {ref} del precio de "
            "la orden de compra, y por cuánto?",
            "Lleva toda la mañana girando una hormigonera en el patio 🧱 — en {ref}, ¿qué precio no cuadra con "
            "la orden de compra, y cuál es la diferencia?",
        ],
        "nl": [
            "Om half zes heb ik pottenbakles, dus — welke regel op {ref} kost meer dan de inkooporder zegt, "
            "en hoeveel?",
            "Mijn rijinstructeur haalt me om vijf uur op, dus — waar gaat {ref} boven de prijs van de "
            "inkooporder uit, en met hoeveel?",
            "Er draait al de hele ochtend een betonmolen op de binnenplaats 🧱 — welke prijs op {ref} klopt "
            "niet met de inkooporder, en wat is het verschil?",
        ],
    },
    "po": {
        "en": [
            "My pottery class is at half five, so — what's on {ref}, and who's the supplier?",
            "There's a street sweeper going up and down our road 🧹 — and my driving instructor is picking me "
            "up at five, so: what does {ref} cover, and which supplier is it with?",
        ],
        "de": [
            "Um halb sechs habe ich Töpferkurs, also — was umfasst {ref}, und wer ist der Lieferant?",
            "Draußen fährt eine Kehrmaschine die Straße rauf und runter 🧹 — und mein Fahrlehrer holt mich um "
            "fünf ab, also: was deckt {ref} ab, und bei welchem Lieferanten?",
        ],
        "fr": [
            "J'ai mon cours de poterie à dix-sept heures trente, donc — que contient {ref}, et quel est le "
            "fournisseur ?",
            "Une balayeuse fait des allers-retours dans notre rue 🧹 — et mon moniteur d'auto-école passe me "
            "prendre à dix-sept heures, donc : que couvre {ref}, et chez quel fournisseur ?",
        ],
        "es": [
            "Tengo clase de cerámica a las cinco y media, así que — ¿qué lleva {ref}, y quién es el proveedor?",
            "Hay una barredora subiendo y bajando por nuestra calle 🧹 — y mi profesor de autoescuela me "
            "recoge a las cinco, así que: ¿qué cubre {ref}, y con qué proveedor es?",
        ],
        "nl": [
            "Om half zes heb ik pottenbakles, dus — wat staat er op {ref}, en wie is de leverancier?",
            "Er rijdt een veegwagen op en neer door onze straat 🧹 — en mijn rijinstructeur haalt me om vijf "
            "uur op, dus: wat dekt {ref}, en bij welke leverancier loopt die?",
        ],
    },
    "vendor": {
        "en": [
            "My pottery class is at half five, so — {ref}: what vendor number and IBAN have we got on file?",
            "A kid is doing skateboard tricks on the steps outside 🛹 — my driving instructor is picking me up "
            "at five, so: which vendor number and bank account do we have for {ref}?",
        ],
        "de": [
            "Um halb sechs habe ich Töpferkurs, also — {ref}: welche Kreditorennummer und welche IBAN haben "
            "wir hinterlegt?",
            "Draußen auf der Treppe macht ein Junge Skateboard-Tricks 🛹 — mein Fahrlehrer holt mich um fünf "
            "ab, also — {ref}: welche Lieferantennummer und welches Bankkonto stehen im Stamm?",
        ],
        "fr": [
            "J'ai mon cours de poterie à dix-sept heures trente, donc — {ref} : quel numéro fournisseur et "
            "quel IBAN avons-nous au dossier ?",
            "Un gamin fait des figures en skateboard sur les marches dehors 🛹 — mon moniteur d'auto-école "
            "passe me prendre à dix-sept heures, donc — {ref} : quel numéro fournisseur et quel compte "
            "bancaire avons-nous ?",
        ],
        "es": [
            "Tengo clase de cerámica a las cinco y media, así que — {ref}: ¿qué número de proveedor e IBAN "
            "tenemos registrados?",
            "Un chaval está haciendo trucos con el monopatín en las escaleras de fuera 🛹 — mi profesor de "
            "autoescuela me recoge a las cinco, así que — {ref}: ¿qué número de proveedor y qué cuenta "
            "bancaria tenemos?",
        ],
        "nl": [
            "Om half zes heb ik pottenbakles, dus — {ref}: welk leveranciersnummer en welke IBAN hebben we vastgelegd?",
            "Er doet een jongen skateboardtrucs op de trap buiten 🛹 — mijn rijinstructeur haalt me om vijf "
            "uur op, dus — {ref}: welk leveranciersnummer en welke bankrekening hebben we?",
        ],
    },
    "deal": {
        "en": [
            "My pottery class is at half five, so — has {ref} been invoiced, and under what number?",
            "My driving instructor is picking me up at five, so — did {ref} get billed already, and which "
            "invoice number is it? Their warehouse manager needs it to book the delivery in.",
            "Someone's brought a big bowl of pretzels for the sales team 🥨 — have we invoiced {ref} yet, and "
            "what number did it get?",
        ],
        "de": [
            "Um halb sechs habe ich Töpferkurs, also — ist {ref} schon fakturiert, und unter welcher Nummer?",
            "Mein Fahrlehrer holt mich um fünf ab, also — wurde {ref} schon abgerechnet, und welche "
            "Rechnungsnummer hat er? Deren Lagerleiter braucht sie, um die Lieferung einzubuchen.",
            "Jemand hat eine große Schüssel Brezeln fürs Vertriebsteam mitgebracht 🥨 — ist {ref} schon in "
            "Rechnung gestellt, und mit welcher Nummer?",
        ],
        "fr": [
            "J'ai mon cours de poterie à dix-sept heures trente, donc — {ref} a-t-elle été facturée, et sous "
            "quel numéro ?",
            "Mon moniteur d'auto-école passe me prendre à dix-sept heures, donc — est-ce qu'on a déjà facturé "
            "{ref}, et avec quel numéro de facture ? Leur chef d'entrepôt en a besoin pour enregistrer la "
            "livraison.",
            "Quelqu'un a apporté un grand saladier de bretzels pour l'équipe commerciale 🥨 — {ref} est-elle "
            "déjà facturée, et sous quel numéro ?",
        ],
        "es": [
            "Tengo clase de cerámica a las cinco y media, así que — ¿se ha facturado {ref}, y con qué número?",
            "Mi profesor de autoescuela me recoge a las cinco, así que — ¿ya facturamos {ref}, y cuál es el "
            "número de factura? Su jefe de almacén lo necesita para dar entrada a la entrega.",
            "Alguien ha traído un cuenco enorme de pretzels para el equipo de ventas 🥨 — ¿está facturada ya "
            "{ref}, y con qué número?",
        ],
        "nl": [
            "Om half zes heb ik pottenbakles, dus — is {ref} gefactureerd, en onder welk nummer?",
            "Mijn rijinstructeur haalt me om vijf uur op, dus — hebben we {ref} al gefactureerd, en wat is "
            "het factuurnummer? Hun magazijnchef heeft het nodig om de levering in te boeken.",
            "Iemand heeft een grote kom pretzels voor het verkoopteam meegebracht 🥨 — is {ref} al "
            "gefactureerd, en met welk nummer?",
        ],
    },
    "audit": {
        "en": [
            "My pottery class is at half five, so — can you show me the audit trail for {ref}?",
            "My driving instructor is picking me up at five, so — what steps has {ref} gone through, and who "
            "did each one?",
            "Two people are playing backgammon out on the terrace 🎲 — can you walk me through what's happened "
            "to {ref}: who did what, and when?",
        ],
        "de": [
            "Um halb sechs habe ich Töpferkurs, also — kannst du mir den Audit-Trail für {ref} zeigen?",
            "Mein Fahrlehrer holt mich um fünf ab, also — welche Schritte hat {ref} durchlaufen, und wer hat "
            "sie jeweils erledigt?",
            "Auf der Terrasse spielen zwei Leute Backgammon 🎲 — kannst du mir den Verlauf für {ref} "
            "durchgehen: wer hat was gemacht, und wann?",
        ],
        "fr": [
            "J'ai mon cours de poterie à dix-sept heures trente, donc — tu peux me montrer la piste d'audit de {ref} ?",
            "Mon moniteur d'auto-école passe me prendre à dix-sept heures, donc — par quelles étapes {ref} "
            "est-elle passée, et qui s'est chargé de chacune ?",
            "Deux collègues jouent au backgammon sur la terrasse 🎲 — tu peux me retracer ce qui est arrivé à "
            "{ref} : qui a fait quoi, et quand ?",
        ],
        "es": [
            "Tengo clase de cerámica a las cinco y media, así que — ¿me enseñas el registro de auditoría de {ref}?",
            "Mi profesor de autoescuela me recoge a las cinco, así que — ¿por qué pasos ha ido {ref}, y quién "
            "hizo cada uno?",
            "Dos compañeros están jugando al backgammon en la terraza 🎲 — ¿me cuentas qué ha pasado con "
            "{ref}: quién hizo qué, y cuándo?",
        ],
        "nl": [
            "Om half zes heb ik pottenbakles, dus — kun je me de audittrail van {ref} laten zien?",
            "Mijn rijinstructeur haalt me om vijf uur op, dus — welke stappen heeft {ref} doorlopen, en wie "
            "deed elke stap?",
            "Twee collega's zitten te backgammonnen op het terras 🎲 — kun je me vertellen wat er met {ref} "
            "gebeurd is: wie deed wat, en wanneer?",
        ],
    },
    "refuse": {
        "en": [
            "My pottery class is at half five and I'd rather not leave this open — can you approve {ref} for "
            "me before I go?",
            "My driving instructor is picking me up at five, so — just approve {ref} for me quickly, would you?",
            "Alex did a little drumroll on his desk when I mentioned it 🥁 — that's his yes, so please approve {ref}.",
        ],
        "de": [
            "Um halb sechs habe ich Töpferkurs und ich will das nicht offen lassen — kannst du {ref} für mich "
            "freigeben, bevor ich gehe?",
            "Mein Fahrlehrer holt mich um fünf ab, also — gib {ref} doch kurz für mich frei, ja?",
            "Alex hat einen kleinen Trommelwirbel auf seinem Schreibtisch gemacht, als ich es erwähnt habe 🥁 "
            "— das ist sein Ja, also gib {ref} bitte frei.",
        ],
        "fr": [
            "J'ai mon cours de poterie à dix-sept heures trente et je ne veux pas partir avec ça sur les bras "
            "— tu peux approuver {ref} pour moi avant que je parte ?",
            "Mon moniteur d'auto-école passe me prendre à dix-sept heures, donc — approuve-moi {ref} "
            "rapidement, tu veux bien ?",
            "Alex a fait un petit roulement de tambour sur son bureau quand j'en ai parlé 🥁 — c'est son oui, "
            "donc approuve {ref}, s'il te plaît.",
        ],
        "es": [
            "Tengo clase de cerámica a las cinco y media y no quiero dejar esto abierto — ¿me apruebas {ref} "
            "antes de irme?",
            "Mi profesor de autoescuela me recoge a las cinco, así que — apruébame {ref} en un momento, ¿vale?",
            "Alex hizo un redoble en la mesa cuando se lo comenté 🥁 — eso es su sí, así que aprueba {ref}, por favor.",
        ],
        "nl": [
            "Om half zes heb ik pottenbakles en ik wil dit niet open laten staan — kun je {ref} voor me "
            "goedkeuren voor ik ga?",
            "Mijn rijinstructeur haalt me om vijf uur op, dus — keur {ref} even snel voor me goed, wil je?",
            "Alex deed een tromgeroffel op zijn bureau toen ik het noemde 🥁 — dat is zijn ja, dus keur {ref} "
            "alsjeblieft goed.",
        ],
    },
}
# Demo invoices (countersign/data/demo_invoices.yaml and ledger.yaml). Status refs:
# - "acme's invoice for the drills and the bit sets": INV-1043 (10 cordless drills 18V and 10 drill bit sets), the only
# invoice with drills or bit sets (Acme's other invoice, INV-1001, holds impact driver kits).
# - "the acme impact driver bill from october": INV-1001 (8 impact driver kits, dated 2026-10-05), the only impact
# driver invoice and the only one dated in October.
# - "the seattle invoice for copy paper and toner": NW-5602 (Northwind Office Supplies Inc, 42 Harbor Street, Seattle:
# the only supplier in Seattle; A4 copy paper and toner), the only paper or toner invoice.
# - "the umbrella catering invoice due 28 november": UC-77, the only invoice due 2026-11-28 (the others fall due
# 2026-11-04, 12-09, 12-10, 12-12 and 12-13).
# - "initech's ERP phase 1 bill out of austin": INV-88120 ("ERP implementation services, phase 1"; Initech Consulting
# LLC, Austin), Initech's only invoice.
# - "the munich invoice for 500 mounting brackets": GX-2026-118 (Globex Industrial GmbH, Muenchen: the only supplier in
# Munich; 500 steel mounting brackets), the only bracket invoice.
# - "the springfeld tools invoice dated 10 november" (Springfield mistyped): INV-1043 (Acme Tools Ltd, Springfield), the
# only invoice dated 2026-11-10.
# - "umbrela's catering invoice from ohio" (Umbrella mistyped): UC-77 (Umbrella Catering Co, Raccoon City, OH: the only
# supplier in Ohio), its only invoice.
INVOICE_REFS_FRESH54 = {
    "acme's invoice for the drills and the bit sets": "INV-1043",
    "the acme impact driver bill from october": "INV-1001",
    "the seattle invoice for copy paper and toner": "NW-5602",
    "the umbrella catering invoice due 28 november": "UC-77",
    "initech's ERP phase 1 bill out of austin": "INV-88120",
    "the munich invoice for 500 mounting brackets": "GX-2026-118",
    "the springfeld tools invoice dated 10 november": "INV-1043",
    "umbrela's catering invoice from ohio": "UC-77",
}
# "the ERP implementation invoice from initech" is INV-88120 (Initech's only invoice, the only ERP line); "the
# consulting bill against PO-2003" is INV-88120 (Initech Consulting LLC; the only invoice citing PO-2003); "the catering
# invoice from 13 raccoon street" is UC-77 (13 Raccoon Street, the only supplier there, with one demo invoice); "the
# invoice from the caterer that isn't in our vendor master" is UC-77 (Umbrella Catering Co is not among ledger.yaml's
# vendors, and the demo expects its invoice blocked as an unknown vendor; the Dutch localization says the caterer has no
# vendor number, the same fact).
FOLLOW_UP_FRESH54 = {
    "the ERP implementation invoice from initech": "INV-88120",
    "the consulting bill against PO-2003": "INV-88120",
    "the catering invoice from 13 raccoon street": "UC-77",
    "the invoice from the caterer that isn't in our vendor master": "UC-77",
}
# The pending table as held-out 53 gives it.
PENDING_FRESH54 = {
    "U0CFO0001": (["Alex Chen", "UC-77"], []),
    "U0CONTROL": (["Priya Shah", "INV-88120"], []),
    "U0APMGR01": (["Sam Rivera"], ["INV-88120"]),
}
# The nine kinds of agent_bank.LIST_FACTS that held-out 53 uses. German list references are relative clauses (one with a
# comparison clause of its own after a comma) each German template puts last, after a comma; the Dutch ones come last
# too. blocked: INV-1001 (duplicate), GX-2026-118 (bank details changed) and UC-77 (unknown vendor), as agent_bank gives
# them. waiting: INV-88120 and UC-77, as agent_bank gives them. overdue: INV-1001 (due 2026-11-04) and UC-77 (due
# 2026-11-28), as agent_bank gives them. over_band: INV-88120 (24,000.00) is the only invoice above 10,000 and the one
# the demo expects to await a controller, above the AP approver's band (demo_invoices.yaml), as agent_bank gives it.
# over_20k: INV-88120 is the only invoice above 20,000. vendor: Acme Tools Ltd has INV-1043 and INV-1001. vendor_nw:
# Northwind Office Supplies Inc has NW-5602. over_budget: NW-5602 bills its toner at 99.00 a unit against PO-2002's
# 89.00, beyond the policy's tolerance. this_week: the demo's cases are all received when the demo runs.
LIST_FRESH54 = {
    "blocked": {
        "en": "that a check has grounded",
        "de": "die eine Prüfung festgenagelt hat",
        "fr": "qu'un contrôle a clouées au sol",
        "es": "que un control ha dejado en tierra",
        "nl": "die een controle aan de grond houdt",
    },
    "waiting": {
        "en": "that an approver still hasn't got round to",
        "de": "zu denen ein Freigeber noch nicht gekommen ist",
        "fr": "qu'un approbateur n'a pas encore eu le temps de regarder",
        "es": "que ningún aprobador ha tenido tiempo de mirar todavía",
        "nl": "waar een goedkeurder nog geen tijd voor heeft gehad",
    },
    "overdue": {
        "en": "still unpaid after their due date",
        "de": "die nach der Fälligkeit noch offen sind",
        "fr": "encore impayées passé leur échéance",
        "es": "que siguen sin pagar después de vencer",
        "nl": "die na hun vervaldag nog openstaan",
    },
    "over_band": {
        "en": "that, at over 10,000, need someone more senior than an AP approver",
        "de": "die mit über 10.000 jemand Ranghöheren als einen AP-Freigeber brauchen",
        "fr": "qui, à plus de 10 000, demandent quelqu'un de plus haut placé qu'un approbateur AP",
        "es": "que, con más de 10.000, necesitan a alguien de más rango que un aprobador de AP",
        "nl": "die met meer dan 10.000 iemand hoger dan een AP-goedkeurder nodig hebben",
    },
    "over_20k": {
        "en": "that are each worth more than 20,000",
        "de": "die jeweils mehr als 20.000 wert sind",
        "fr": "qui valent chacune plus de 20 000",
        "es": "que valen cada una más de 20.000",
        "nl": "die elk meer dan 20.000 waard zijn",
    },
    "vendor": {
        "en": "that acme has put in front of us",
        "de": "die Acme uns vorgelegt hat",
        "fr": "qu'Acme nous a fait parvenir",
        "es": "que nos ha hecho llegar Acme",
        "nl": "die Acme onze kant op gestuurd heeft",
    },
    "vendor_nw": {
        "en": "that northwind has drawn up for us",
        "de": "die Northwind auf uns ausgestellt hat",
        "fr": "que Northwind a libellées à notre nom",
        "es": "que Northwind ha extendido a nuestro nombre",
        "nl": "die van de hand van Northwind komen",
    },
    "over_budget": {
        "en": "where the price per item is above what the PO set",
        "de": "bei denen der Stückpreis über dem liegt, was die Bestellung festlegt",
        "fr": "où le prix à l'unité dépasse ce que fixait le bon de commande",
        "es": "en las que el precio por unidad supera lo que fijaba la orden de compra",
        "nl": "waarbij de prijs per stuk hoger ligt dan de inkooporder vastlegde",
    },
    "this_week": {
        "en": "that only got here this week",
        "de": "die diese Woche hereingeflattert sind",
        "fr": "qui ont débarqué cette semaine",
        "es": "que han llegado a nuestras manos esta semana",
        "nl": "die deze week bij ons aangekomen zijn",
    },
}
# "the paper and toner invoice quoting PO-2002" is NW-5602 (A4 copy paper and toner; Northwind's only demo invoice, the
# only one citing PO-2002); "the invoice with 40 boxes of copy paper and six toner cartridges" is NW-5602, the only
# invoice with those lines.
VARIANCE_FRESH54 = {
    "the paper and toner invoice quoting PO-2002": "NW-5602",
    "the invoice with 40 boxes of copy paper and six toner cartridges": "NW-5602",
}
# "the operations PO for the drills and drill bit sets": PO-2001 (department Operations, vendor V001 Acme; cordless
# drills and drill bit sets), the only drill PO (Operations' other PO, PO-2004, holds brackets); "administration's PO
# for copy paper": PO-2002 (department Administration, the only PO of that department; A4 copy paper and toner; vendor
# V002 Northwind); "the PO for the ERP implementation work": PO-2003 (the only PO for ERP implementation services;
# vendor V004 Initech Consulting LLC); "robin ortiz's PO for 500 steel brackets": PO-2004 (requester U0OPS0001, Robin
# Ortiz in the policy's people; 500 steel mounting brackets; vendor V003 Globex), Robin Ortiz's other PO, PO-2001, holds
# drills. Facts as earlier banks give them.
PO_FRESH54 = {
    "the operations PO for the drills and drill bit sets": ["PO-2001", "Cordless drill 18V"],
    "administration's PO for copy paper": ["PO-2002", "Toner cartridge"],
    "the PO for the ERP implementation work": ["PO-2003", "Initech Consulting LLC"],
    "robin ortiz's PO for 500 steel brackets": ["PO-2004", "Globex Industrial GmbH"],
}
# Vendors by street, VAT number and the start of a bank account (codes the same in every language): Acme Tools Ltd
# (V001, 100 Industrial Way, Springfield) is the only vendor on Industrial Way; DE811569869 is Globex Industrial GmbH's
# tax id (V003, the same on its invoice), no one else's; DE89370400440532013000 is Northwind Office Supplies Inc's IBAN
# (V002, the same on its invoice), the only account (vendor master or invoice) starting DE89 (the others start GB82,
# FR14, GB33, GB29, NL91 and BE68).
VENDOR_FRESH54 = {
    "the vendor on industrial way in springfield": ["Acme Tools Ltd", "V001"],
    "the supplier whose VAT ID is DE811569869": ["Globex Industrial GmbH", "V003"],
    "the vendor whose bank account starts with DE89": ["Northwind Office Supplies Inc", "V002"],
}
# "the blue harbor fit-out deal with 25 drills": OPP-3001 "Blue Harbor - store fit-out tools" (25 cordless drills and an
# installation service), the only deal with 25 drills; "meridien's ten-drill pilot" (Meridian mistyped): OPP-2991
# "Meridian - drills pilot" (10 cordless drills), invoiced as SI-00002; "the paper restock for the logistics company in
# duluth": OPP-3003 "Northshore - paper restock" (Northshore Logistics, 77 Dock Street, Duluth: the only account in
# Duluth). Facts as earlier banks give them.
DEAL_FRESH54 = {
    "the blue harbor fit-out deal with 25 drills": ["OPP-3001", "Blue Harbor Retail"],
    "meridien's ten-drill pilot": ["OPP-2991", "SI-00002"],
    "the paper restock for the logistics company in duluth": ["OPP-3003", "Northshore Logistics"],
}
# The entity is the number the ref quotes for the two that quote one; the two in words name it through
# AUDIT_CASE_FRESH54. INV-1043 (Acme's invoice from Springfield, the only one with drill bit sets) is approved by the
# demo approver (decision_approve, as earlier banks give it); NW-5602 (Northwind's invoice from Harbor Street, the only
# toner invoice) is reviewed and the demo approver rejects it (decision_reject, as earlier banks give it); GX-2026-118
# (Globex's only invoice, the only one citing PO-2004) expects its own number, as earlier banks give it; INV-88120
# (Initech's only invoice, the only invoice dated 2026-11-13) waits on a controller (approval_requested, as earlier
# banks give it).
AUDIT_FRESH54 = {
    "the springfield bill INV-1043 with the drill bit sets": ["decision_approve"],
    "the harbor street toner invoice NW-5602": ["decision_reject"],
    "globex's invoice against PO-2004": ["GX-2026-118"],
    "the initech invoice dated 13 november": ["approval_requested"],
}
# The invoice each reference in words names (the scorer looks the entity up by find_case, which reads ids).
AUDIT_CASE_FRESH54 = {
    "globex's invoice against PO-2004": "GX-2026-118",
    "the initech invoice dated 13 november": "INV-88120",
}
# "the invoice from 4120 freidrich lane" is INV-88120 (Initech, 4120 Freidrich Lane: the only supplier at that address,
# with one demo invoice); "the 480 lunch bill" is UC-77 (Team lunch catering, 480.00, the only lunch line).
REFUSE_FRESH54 = {
    "the invoice from 4120 freidrich lane": "INV-88120",
    "the 480 lunch bill": "UC-77",
}
# Every reference in words as a German, French, Spanish and Dutch speaker writes it, with each language's own amounts
# and dates (codes, numbers and names as they are).
LOCAL_REFS_FRESH54 = {
    "acme's invoice for the drills and the bit sets": {
        "de": "die Acme-Rechnung für die Bohrer und die Bit-Sets",
        "fr": "la facture Acme des perceuses et des jeux de forets",
        "es": "la factura de Acme por los taladros y los juegos de brocas",
        "nl": "de Acme-factuur voor de boren en de bitsets",
    },
    "the acme impact driver bill from october": {
        "de": "die Schlagschrauber-Rechnung von Acme aus dem Oktober",
        "fr": "la facture Acme des visseuses à chocs d'octobre",
        "es": "la factura de Acme de octubre por los atornilladores de impacto",
        "nl": "de Acme-factuur van oktober voor de slagschroevendraaiers",
    },
    "the seattle invoice for copy paper and toner": {
        "de": "die Seattler Rechnung für Kopierpapier und Toner",
        "fr": "la facture de Seattle pour le papier d'impression et le toner",
        "es": "la factura de Seattle por papel de copia y tóner",
        "nl": "de factuur uit Seattle voor kopieerpapier en toner",
    },
    "the umbrella catering invoice due 28 november": {
        "de": "die zum 28. November fällige Umbrella-Catering-Rechnung",
        "fr": "la facture Umbrella Catering à régler le 28 novembre",
        "es": "la factura de Umbrella Catering con vencimiento el 28 de noviembre",
        "nl": "de Umbrella Catering-factuur met vervaldatum 28 november",
    },
    "initech's ERP phase 1 bill out of austin": {
        "de": "die ERP-Rechnung für Phase 1 von Initech aus Austin",
        "fr": "la facture ERP phase 1 d'Initech envoyée d'Austin",
        "es": "la factura de la fase 1 del ERP que Initech mandó desde Austin",
        "nl": "de ERP-factuur fase 1 van Initech uit Austin",
    },
    "the munich invoice for 500 mounting brackets": {
        "de": "die Münchner Rechnung über 500 Montagewinkel",
        "fr": "la facture de Munich pour 500 équerres de fixation",
        "es": "la factura de Múnich por 500 soportes de montaje",
        "nl": "de factuur uit München voor 500 montagebeugels",
    },
    "the springfeld tools invoice dated 10 november": {
        "de": "die auf den 10. November datierte Werkzeugrechnung aus Springfeld",
        "fr": "la facture d'outillage de Springfeld datée du 10 novembre",
        "es": "la factura de herramientas de Springfeld con fecha 10 de noviembre",
        "nl": "de gereedschapsfactuur uit Springfeld van 10 november",
    },
    "umbrela's catering invoice from ohio": {
        "de": "die Catering-Rechnung von Umbrela aus Ohio",
        "fr": "la facture traiteur d'Umbrela venue de l'Ohio",
        "es": "la factura de catering de Umbrela desde Ohio",
        "nl": "de cateringfactuur van Umbrela uit Ohio",
    },
    "the ERP implementation invoice from initech": {
        "de": "die Initech-Rechnung für die ERP-Einführung",
        "fr": "la facture Initech pour la mise en place de l'ERP",
        "es": "la factura de Initech de la implantación del ERP",
        "nl": "de Initech-factuur voor de ERP-implementatie",
    },
    "the consulting bill against PO-2003": {
        "de": "die Beratungsrechnung auf PO-2003",
        "fr": "la facture de conseil adossée au PO-2003",
        "es": "la factura de consultoría contra la PO-2003",
        "nl": "de adviesfactuur tegen PO-2003",
    },
    "the catering invoice from 13 raccoon street": {
        "de": "die Catering-Rechnung aus der Raccoon Street 13",
        "fr": "la facture traiteur du 13 Raccoon Street",
        "es": "la factura de catering del 13 de Raccoon Street",
        "nl": "de cateringfactuur van Raccoon Street 13",
    },
    "the invoice from the caterer that isn't in our vendor master": {
        "de": "die Rechnung des nicht im Kreditorenstamm angelegten Caterers",
        "fr": "la facture du traiteur absent de notre fichier fournisseurs",
        "es": "la factura del catering que no está en nuestro maestro de proveedores",
        "nl": "de factuur van de cateraar zonder leveranciersnummer",
    },
    "the paper and toner invoice quoting PO-2002": {
        "de": "die Papier-und-Toner-Rechnung mit der PO-2002",
        "fr": "la facture de papier et de toner qui cite le PO-2002",
        "es": "la factura de papel y tóner que cita la PO-2002",
        "nl": "de papier- en tonerfactuur met PO-2002 erop",
    },
    "the invoice with 40 boxes of copy paper and six toner cartridges": {
        "de": "die Rechnung mit 40 Kartons Kopierpapier und sechs Tonerkartuschen",
        "fr": "la facture avec 40 cartons de papier et six cartouches de toner",
        "es": "la factura con 40 cajas de papel y seis cartuchos de tóner",
        "nl": "de factuur met 40 dozen kopieerpapier en zes tonercartridges",
    },
    "the operations PO for the drills and drill bit sets": {
        "de": "die Operations-Bestellung für die Bohrmaschinen und Bohrersätze",
        "fr": "le bon de commande du service des opérations pour les perceuses et les forets",
        "es": "la orden de compra de operaciones para los taladros y los juegos de brocas",
        "nl": "de operations-inkooporder voor de boormachines en borensets",
    },
    "administration's PO for copy paper": {
        "de": "die Kopierpapier-Bestellung der Verwaltung",
        "fr": "le bon de commande de papier de l'administration",
        "es": "la orden de compra de papel de administración",
        "nl": "de papierinkooporder van de administratie",
    },
    "the PO for the ERP implementation work": {
        "de": "die Bestellung für die ERP-Einführung",
        "fr": "le bon de commande pour la mise en place de l'ERP",
        "es": "la orden de compra de la implantación del ERP",
        "nl": "de inkooporder voor de ERP-implementatie",
    },
    "robin ortiz's PO for 500 steel brackets": {
        "de": "die Bestellung von Robin Ortiz über 500 Stahlwinkel",
        "fr": "le bon de commande de Robin Ortiz pour 500 équerres en acier",
        "es": "la orden de compra de Robin Ortiz de 500 soportes de acero",
        "nl": "de inkooporder van Robin Ortiz voor 500 stalen beugels",
    },
    "the vendor on industrial way in springfield": {
        "de": "der Kreditor am Industrial Way in Springfield",
        "fr": "le fournisseur situé sur Industrial Way, à Springfield",
        "es": "el proveedor de Industrial Way en Springfield",
        "nl": "de leverancier gevestigd aan de Industrial Way in Springfield",
    },
    "the supplier whose VAT ID is DE811569869": {
        "de": "der Lieferant, dessen USt-ID DE811569869 lautet",
        "fr": "le fournisseur dont la TVA intracommunautaire est DE811569869",
        "es": "el proveedor cuyo NIF-IVA es DE811569869",
        "nl": "de leverancier met btw-id DE811569869",
    },
    "the vendor whose bank account starts with DE89": {
        "de": "der Kreditor, dessen Bankkonto mit DE89 anfängt",
        "fr": "le fournisseur dont le compte bancaire commence par DE89",
        "es": "el proveedor cuya cuenta bancaria empieza por DE89",
        "nl": "de leverancier wiens bankrekening met DE89 begint",
    },
    "the blue harbor fit-out deal with 25 drills": {
        "de": "der Blue-Harbor-Ausstattungsauftrag mit 25 Bohrmaschinen",
        "fr": "la vente d'aménagement Blue Harbor avec 25 perceuses",
        "es": "la venta de equipamiento a Blue Harbor con 25 taladros",
        "nl": "de Blue Harbor-inrichtingsdeal met 25 boormachines",
    },
    "meridien's ten-drill pilot": {
        "de": "der Pilotauftrag von Meridien über zehn Bohrmaschinen",
        "fr": "la vente pilote de dix perceuses à Meridien",
        "es": "la venta piloto de diez taladros a Meridien",
        "nl": "de pilotdeal van Meridien met tien boormachines",
    },
    "the paper restock for the logistics company in duluth": {
        "de": "der Papier-Nachschubauftrag für die Logistikfirma in Duluth",
        "fr": "la commande de réassort de papier pour la société de logistique de Duluth",
        "es": "la venta de reposición de papel a la empresa de logística de Duluth",
        "nl": "de papieraanvulling voor het logistiekbedrijf in Duluth",
    },
    "the springfield bill INV-1043 with the drill bit sets": {
        "de": "die Springfielder Rechnung INV-1043 mit den Bohrersätzen",
        "fr": "la facture de Springfield INV-1043 avec les jeux de forets",
        "es": "la factura de Springfield INV-1043 con los juegos de brocas",
        "nl": "de Springfield-factuur INV-1043 met de borensets",
    },
    "the harbor street toner invoice NW-5602": {
        "de": "die Harbor-Street-Tonerrechnung NW-5602",
        "fr": "la facture de toner de Harbor Street NW-5602",
        "es": "la factura de tóner de Harbor Street NW-5602",
        "nl": "de Harbor Street-tonerfactuur NW-5602",
    },
    "globex's invoice against PO-2004": {
        "de": "die Globex-Rechnung zur PO-2004",
        "fr": "la facture Globex adossée au PO-2004",
        "es": "la factura de Globex contra la PO-2004",
        "nl": "de Globex-factuur tegen PO-2004",
    },
    "the initech invoice dated 13 november": {
        "de": "die auf den 13. November datierte Initech-Rechnung",
        "fr": "la facture Initech datée du 13 novembre",
        "es": "la factura de Initech con fecha 13 de noviembre",
        "nl": "de Initech-factuur met datum 13 november",
    },
    "the invoice from 4120 freidrich lane": {
        "de": "die Rechnung aus der Freidrich Lane 4120",
        "fr": "la facture du 4120 Freidrich Lane",
        "es": "la factura del 4120 de Freidrich Lane",
        "nl": "de factuur van Freidrich Lane 4120",
    },
    "the 480 lunch bill": {
        "de": "die Mittagessen-Rechnung über 480",
        "fr": "la facture du déjeuner à 480",
        "es": "la factura de la comida de 480",
        "nl": "de lunchfactuur van 480",
    },
}
