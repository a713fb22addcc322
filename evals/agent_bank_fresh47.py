"""Held-out 47 of `python -m evals.agent`: a forty-seventh held-out bank, written blind after held-out 46, by a helper
agent that read neither the planner's source (countersign/agent/, countersign/tools/, countersign/extraction/), the
tests (beyond the one tuple line of tests/test_evals.py it edited, by a string replace with sed without opening the
file, to register this bank: that line, printed by `grep -n '"fresh46"'`), the intent model's training code
(evals/train_intent.py, evals/intent_extra.py), evals/agent.py, nor any eval output, report or failure (nothing under
evals/reports/, and nothing under /tmp but its own throwaway files in /tmp/b47: a script that printed agent_bank's
tables; a listing script that wrote every earlier bank's reference keys and localized references to one file and every
earlier bank's generated question text, earlier turn and list phrase to another (in-sample and held-out of agent_bank
included; neither file was ever printed; the script printed only how many entries each holds); a helper that printed
only how many times a phrase occurs in that text and whether it is a key, never the text around it; a check script
that printed this bank's counts and which of this bank's own references, localized references, list phrases or
questions equal an earlier bank's (so those few earlier keys were seen, as equal to this bank's first candidates: all
were replaced); a script that printed this bank's own 5-word stretches found in the earlier text, with counts (the
asks' common wording, such as "can you list the invoices" and "and by how much?"; no shape and no situation); a script
that printed this bank's own questions to proofread them; edit scripts that replaced and rewrapped this bank's own
strings; and a pytest runner that registers this bank in agent_gen in memory only, see below).
What it read: agent_bank_fresh46 as committed (printed with `git show HEAD:evals/agent_bank_fresh46.py`: its docstring,
templates and tables, as a model of the shape); agent_gen (how a bank becomes questions and how answers are scored, and
how an AUDIT_CASE table names the invoice of an audit reference in words); a throwaway import of agent_bank.LIST_FACTS,
agent_bank.INVOICES, agent_bank.APPROVERS and agent_bank.VARIANCE_FACTS (and the key names of agent_bank.LANG_WORDS,
printed with them), and of every earlier bank's tables through agent_gen (only to count and to check equality, as
above); and the demo data and policy (countersign/data/*.yaml, countersign/policies/default.yaml, and a `grep -n` of
countersign/app/demo.py for its approver and uploader: so every reference names exactly one entity and every expected
fact holds). It did not read agent_bank's docstring or templates, nor the docstrings or templates of any earlier bank
but held-out 46's, and it ran neither `git log` nor `git status`. Seen by accident, and said here: held-out 46's
committed docstring, read as allowed, names its own shapes and situations, the earlier banks' situations its author
dropped, and held-out 46's blind scores by intent and language (none of it used to choose a wording here, beyond
avoiding those situations); agent_gen's imports name the planner modules it uses (none opened) and its comment on the
bank table says which banks were read and tuned on; an `ls` of countersign/data/ and countersign/policies/ listed the
file names there (only the yaml files were opened); the `grep -n` of countersign/app/demo.py printed about a dozen
lines that name the demo approver and uploader; a grep of pyproject.toml printed its ruff settings; the phrase counts
said that many candidate wordings occur in the earlier text (asides such as a wrong channel, a to-do list, something
said before forgetting, logging off, a quick favour, a manager, a phone, being new; situations such as a fire alarm,
plants, a printer, a microwave, the wifi, a dentist, a car park, hot desks, the heating, a laptop, a password, a badge,
a plumber, a school run, a dog, recycling, a cake, the canteen, an archive, an optician, a flu jab, a leak, snow, a
locksmith, a fridge, a kettle, a screenshot, the intranet, someone off sick, a corridor, a meeting room, a coat, a town
hall, and, in the other four languages only, air conditioning, an open-plan office, an evacuation drill, a stairwell
and a battery; list idioms such as something put on hold, an approval inbox, a ball in an approver's court, a sum north
of 20,000, invoices that reached us this week, Acme's town in the other languages, a missed payment date in French, all
dropped); the check script showed that some first-candidate references and localizations are earlier keys (one English
reference for Acme's October invoice, one for a 480 catering bill, one for Northwind by its town, one for Blue Harbor's
spare drills, and some German, French, Spanish and Dutch localizations of references by amount, date, supplier and
goods), all replaced; the 5-word stretches showed that the first wording of the follow-ups echoed held-out 46's own
follow-up, reworded; the first `pytest -q -k bank` run, before agent_gen knew this bank, printed a KeyError at a line
of tests/test_evals.py and the name of the failing test, and a `git diff -U0` of the test printed its changed line and
a hunk header naming the same test function. None of it was used to choose a wording. Never scored by its author: only
agent_gen.generate was called on it (in throwaway scripts, with this bank added to agent_gen's tables in memory, to
count its questions, check that no non-English one contains the English word " invoice", that every intent is asked
in every language, that no reference key or localized reference is one of an earlier bank's reference or
localized-reference keys (the pending tables' user ids and the list tables' kind names aside, which every bank shares)
and that no text repeats an earlier bank's, and to print every question to proofread its grammar), the bank tests were
run (with agent_gen's tables extended in memory the same way, since agent_gen does not list this bank yet: it must be
added to agent_gen's imports, _BANKS and _LOCAL_REFS before the registered tuple line runs green), and ruff checked the
edited files; nothing was answered or scored by its author, the planner was not run, and `python -m evals.agent` was
not run. Its author did not add it to evals/agent.py, evals/train_intent.py or evals/agent_gen.py.
Written to sound like a real Slack population of finance, AP and sales people rather than to trip the planner: about
half plain everyday asks and half everyday situations around the question. Two shapes run through the bank so that
each intent is asked in each language (each key phrase counted first in the earlier banks' text in all five
languages, and found nowhere): an ask from someone who has been told two different things by two colleagues and would
rather hear it from the system, opened with "I've had two different answers on this from two people, so I'd rather
check with you —" ("Ich hab dazu von zwei Leuten zwei verschiedene Antworten bekommen, deshalb frag ich lieber dich
—", "J'ai eu deux réponses différentes de deux personnes là-dessus, alors je préfère te demander —", "Dos personas me
han dado dos respuestas distintas sobre esto, así que prefiero preguntarte a ti —", "Ik heb hier van twee mensen twee
verschillende antwoorden op gekregen, dus ik vraag het liever aan jou —"), in every intent (on whether the asker is
allowed, in the request to act; its follow-up: "thanks — I've also had two different answers on who approves it: who
is it?"); and an ask that apologises in case it was answered already, opened with "Apologies if this has been
answered somewhere already —" ("Sorry, falls das schon irgendwo beantwortet wurde —", "Désolé si on y a déjà répondu
quelque part —", "Perdón si esto ya se ha contestado en algún sitio —", "Sorry als dit al ergens beantwoord is —"), in
every intent (its follow-up, lowercase without punctuation: "apologies if that's already in your answer somewhere but
who has to approve it"; its list ask, lowercase and run on: "apologies if this was answered somewhere already which
invoices have we got ..."); in POs and vendors, whose second phrasing is a situation, the apology follows the
situation. Some realistic variety: an aside after the question (the apology status ask ends "Their accounts team
emailed about it on Friday.", the apology deal ask "The customer's asking.", the webinar list ask "I want to show them
what a real queue looks like."), lowercase asks without punctuation (the radiator status ask, the apology follow-up and
list ask), suppliers' names mistyped ("the invoice from initek in austin", "the norhtwind invoice with the toner on
it"), audit references that put the invoice number first and what it is after ("GX-2026-118, the globex one for the
brackets", "INV-88120, initech's ERP invoice"), and follow-ups that lean on the turn before. Everyday situations (their
key phrases first counted in the earlier banks' text in all five languages, and found nowhere; held-out 46's window
cleaners, vacuuming, shredder, yoga, welcome pack, projector, storeroom, parcel at reception, banking portal, warehouse
tour, fireproof cabinet and carpool, and the situations its docstring lists as used or avoided before it, all
avoided): the smoke alarm above the desk chirping all morning 🔔, and the radiator by the desk stone cold again
(status); emptying the office dishwasher 🍽️ (approvers); a standing desk stuck halfway up 🛠️ (pending); wrapping a
Secret Santa present at the desk 🎁, and running a webinar for the new budget holders 💻 (lists); a bucket by the desk
catching drips from the ceiling 🪣 (variance); feeding the fish in the break room's aquarium 🐠 (POs); headphones on to
concentrate 🎧 (vendors); a double-booked meeting room and a hunt for somewhere quiet to take the customer call 📞
(deals); peeling a clementine at the desk 🍊 (audit); and a request to act in a new guise, to be refused: Priya's
husband rang the office to say she is in bed with a fever and that the asker is to approve for her today 🤒.
Things are named the way people name them at a desk, with no riddles: an invoice by its supplier, month and goods
("the impact driver bill acme sent in october"), its goods and count ("the northwind invoice for the six toner
cartridges", "the globex invoice for 500 steel brackets"), its amount ("the 480 bill for the team lunch", "the
2,023.92 invoice from seattle"), its due date ("the invoice that falls due on the 10th of december"), its PO ("the
invoice quoting PO-2001") or a mistyped supplier and its town ("the invoice from initek in austin"); follow-ups leaning
on the conversation (the approvers of the invoice named in the turn before, INV-88120 or UC-77: "the initech invoice
for 24,000", "initech's invoice from the 13th of november", "the catering invoice from umbrella in ohio", "the umbrella
invoice dated 14 november"); the variance invoice by a mistyped supplier and its goods or by its goods and town; a PO
by its goods ("the PO for the 500 steel brackets"), its department and goods ("the operations PO with the drill bit
sets"), its requester ("alex chen's PO for the ERP work") or the account it is booked to ("the PO booked to office
supplies"); a vendor as AP looks one up: by the start of its IBAN, its tax id (the same codes in every language), or
its name, street and town ("northwind office supplies on harbor street in seattle"); a deal in sales words ("the pilot
batch of drills meridian bought", "the spare-drill top-up we sold blue harbor", "the paper restock we closed with
northshore"); audit questions with an invoice id (above) and without one ("the acme invoice with the drill bit sets",
"the invoice from our stationery supplier in seattle": AUDIT_CASE_FRESH47 names their invoices); and, with most
weight, list questions in the nine kinds held-out 46 uses, in new office idiom: "that are held up because they tripped
a check", "that still need a yes from an approver", "where we've missed the payment date", "that are above 10,000, so
more than an AP approver can sign on their own", "that run past 20,000", "from acme, where our drills come from", "from
northwind, the people who do our stationery", "that charge us more than the PO says", "that have come through the door
this week".
Non-English questions never contain the English word " invoice": references in words are localized through
LOCAL_REFS_FRESH47 with each language's own amounts and dates; numbers, codes, IBAN and tax id fragments and emoji
stay as they are. German invoice, PO and audit references are feminine (or, for "Alex Chens Bestellung", "Initechs
Rechnung" and "Umbrellas Rechnung", a genitive before a feminine noun) and nominative or accusative, with no
preposition that takes the dative before them and no relative clause that would need a closing comma; German vendor
and variance references stand before a colon ("— {ref}: ..."); German deal references are masculine nominative ("der
Bohrmaschinen-Pilotauftrag von Meridian", "der Nachkauf ...", "der ... Papiernachschub"); German list references are
relative clauses (two with a clause of their own inside) that every German list template puts last, after a comma, and
the Dutch list templates put theirs last too. French PO and vendor slots avoid "de"/"à" before a masculine reference
("sur", "que couvre", or before a colon), Spanish vendor slots "de"/"a" before one (its vendor references stand
before a colon); French and Spanish deal references are feminine ("la commande", "la vente", "la venta") and the
templates agree.
Not used, because not unique or not verifiable in the files this bank's author may read: the uploader (every demo
invoice is uploaded by U0AP0CLERK), the currency (everything is in USD), dates relative to today other than the days
the demo's cases arrive in ("that have come through the door this week" is the this_week kind: every demo case is
received when the demo runs), case ids (generated at run time), the audit events of INV-1001 and UC-77, the requester
of PO-2002 (U0OFFICE01, not in the policy's people; "the PO booked to office supplies" names its account), and an
approver's name for an invoice that waits on a controller.
Same shape as agent_bank_fresh46: nine list kinds in four phrasings, four audit references in three phrasings and
four follow-up references, fewer of the rest (600 questions, 120 in each language); entities and facts from
agent_bank, as the earlier banks give them.
Scored blind (all 600, offline planner, aggregates only), never read: on the stop's start (254f340, plus this bank)
0.960 answer, 0.987 intent (de 0.933, en 0.950, es 0.967, fr 0.983, nl 0.967; vendor 0.733 and deal 0.844 the lowest,
then variance 0.933, audit 0.950); on the stop's end (0d142b1, after held-out 46 was read) the same, to the question:
0.960, intent 0.987, every language and intent unchanged. Read and tuned on at the next stop (its 24 failures: 0.960
-> 0.998, in-sample).
"""

from __future__ import annotations

FRESH47: dict[str, dict[str, list[str]]] = {
    "status": {
        "en": [
            "I've had two different answers on this from two people, so I'd rather check with you — has {ref} been "
            "paid?",
            "Apologies if this has been answered somewhere already — is {ref} paid yet? Their accounts team emailed "
            "about it on Friday.",
            "The smoke alarm above my desk has been chirping all morning 🔔 — can you check whether {ref} has been "
            "paid?",
            "the radiator by my desk is stone cold again is {ref} paid yet",
        ],
        "de": [
            "Ich hab dazu von zwei Leuten zwei verschiedene Antworten bekommen, deshalb frag ich lieber dich — ist "
            "{ref} bezahlt worden?",
            "Sorry, falls das schon irgendwo beantwortet wurde — ist {ref} schon bezahlt? Deren Buchhaltung hat am "
            "Freitag deswegen gemailt.",
            "Der Rauchmelder über meinem Schreibtisch piept schon den ganzen Vormittag 🔔 — kannst du nachsehen, ob "
            "{ref} bezahlt ist?",
            "der heizkörper an meinem platz ist schon wieder eiskalt ist {ref} schon bezahlt",
        ],
        "fr": [
            "J'ai eu deux réponses différentes de deux personnes là-dessus, alors je préfère te demander — est-ce "
            "que {ref} a été payée ?",
            "Désolé si on y a déjà répondu quelque part — {ref} est payée ? Leur comptabilité nous a écrit à ce "
            "sujet vendredi.",
            "Le détecteur de fumée au-dessus de mon bureau bipe depuis ce matin 🔔 — tu peux vérifier si {ref} a été "
            "payée ?",
            "le radiateur à côté de mon bureau est encore glacé est-ce que {ref} est payée",
        ],
        "es": [
            "Dos personas me han dado dos respuestas distintas sobre esto, así que prefiero preguntarte a ti — ¿se "
            "ha pagado {ref}?",
            "Perdón si esto ya se ha contestado en algún sitio — ¿está pagada ya {ref}? Su contabilidad nos escribió "
            "el viernes por esto.",
            "El detector de humo que hay encima de mi mesa lleva toda la mañana pitando 🔔 — ¿puedes mirar si {ref} "
            "está pagada?",
            "el radiador de mi mesa vuelve a estar helado está pagada ya {ref}",
        ],
        "nl": [
            "Ik heb hier van twee mensen twee verschillende antwoorden op gekregen, dus ik vraag het liever aan jou "
            "— is {ref} betaald?",
            "Sorry als dit al ergens beantwoord is — is {ref} al betaald? Hun boekhouding mailde er vrijdag over.",
            "De rookmelder boven mijn bureau piept al de hele ochtend 🔔 — kun je nakijken of {ref} betaald is?",
            "de radiator bij mijn bureau is alweer ijskoud is {ref} al betaald",
        ],
    },
    "approvers": {
        "en": [
            "thanks — I've also had two different answers on who approves it: who is it?",
            "apologies if that's already in your answer somewhere but who has to approve it",
            "I'm emptying the office dishwasher 🍽️ — who has to approve it?",
        ],
        "de": [
            "danke — zur Freigabe hab ich auch zwei verschiedene Antworten bekommen: wer muss sie freigeben?",
            "sorry falls das schon irgendwo in deiner antwort steht aber wer muss sie freigeben",
            "Ich räum grad die Spülmaschine im Büro aus 🍽️ — wer muss sie freigeben?",
        ],
        "fr": [
            "merci — pour la validation aussi, on m'a donné deux réponses différentes : qui doit la valider ?",
            "désolé si c'est déjà quelque part dans ta réponse mais qui doit la valider",
            "Je vide le lave-vaisselle du bureau 🍽️ — qui doit l'approuver ?",
        ],
        "es": [
            "gracias — con la aprobación también me han dado dos respuestas distintas: ¿quién tiene que aprobarla?",
            "perdón si ya está en algún sitio de tu respuesta pero quién tiene que aprobarla",
            "Estoy vaciando el lavavajillas de la oficina 🍽️ — ¿quién tiene que aprobarla?",
        ],
        "nl": [
            "dank je — ook over de goedkeuring heb ik twee verschillende antwoorden gekregen: wie moet hem "
            "goedkeuren?",
            "sorry als het al ergens in je antwoord staat maar wie moet hem goedkeuren",
            "Ik ruim de vaatwasser op kantoor uit 🍽️ — wie moet hem goedkeuren?",
        ],
    },
    "pending": {
        "en": [
            "I've had two different answers on this from two people, so I'd rather check with you — is there "
            "anything I still need to approve?",
            "Apologies if this has been answered somewhere already — what's waiting for me to sign off?",
            "My standing desk is stuck halfway up again 🛠️ — what have I got waiting for approval?",
        ],
        "de": [
            "Ich hab dazu von zwei Leuten zwei verschiedene Antworten bekommen, deshalb frag ich lieber dich — muss "
            "ich noch irgendetwas freigeben?",
            "Sorry, falls das schon irgendwo beantwortet wurde — was wartet noch auf meine Freigabe?",
            "Mein Stehschreibtisch hängt schon wieder auf halber Höhe fest 🛠️ — was liegt bei mir zur Freigabe?",
        ],
        "fr": [
            "J'ai eu deux réponses différentes de deux personnes là-dessus, alors je préfère te demander — est-ce "
            "qu'il me reste quelque chose à valider ?",
            "Désolé si on y a déjà répondu quelque part — qu'est-ce qui attend ma signature ?",
            "Mon bureau assis-debout est encore bloqué à mi-hauteur 🛠️ — qu'est-ce que j'ai en attente d'approbation "
            "?",
        ],
        "es": [
            "Dos personas me han dado dos respuestas distintas sobre esto, así que prefiero preguntarte a ti — ¿me "
            "queda algo por aprobar?",
            "Perdón si esto ya se ha contestado en algún sitio — ¿qué tengo esperando mi firma?",
            "Mi mesa elevable se ha vuelto a atascar a media altura 🛠️ — ¿qué tengo pendiente de aprobación?",
        ],
        "nl": [
            "Ik heb hier van twee mensen twee verschillende antwoorden op gekregen, dus ik vraag het liever aan jou "
            "— moet ik nog iets goedkeuren?",
            "Sorry als dit al ergens beantwoord is — wat ligt er nog bij mij om af te tekenen?",
            "Mijn zit-stabureau zit alweer halverwege vast 🛠️ — wat staat er bij mij klaar voor goedkeuring?",
        ],
    },
    "list": {
        "en": [
            "I've had two different answers on this from two people, so I'd rather check with you — which invoices "
            "are there {ref}?",
            "apologies if this was answered somewhere already which invoices have we got {ref}",
            "I'm wrapping my Secret Santa present at my desk 🎁 — can you list the invoices {ref}?",
            "I'm running a webinar for the new budget holders this afternoon 💻 — which invoices are there {ref}? I "
            "want to show them what a real queue looks like.",
        ],
        "de": [
            "Ich hab dazu von zwei Leuten zwei verschiedene Antworten bekommen, deshalb frag ich lieber dich — "
            "welche Rechnungen gibt es, {ref}?",
            "sorry falls das schon irgendwo beantwortet wurde welche rechnungen haben wir, {ref}",
            "Ich pack grad am Schreibtisch mein Wichtelgeschenk ein 🎁 — kannst du mir die Rechnungen auflisten, "
            "{ref}?",
            "Ich halte heute Nachmittag ein Webinar für die neuen Kostenstellenverantwortlichen und will zeigen, wie "
            "eine echte Warteschlange aussieht 💻 — welche Rechnungen gibt es, {ref}?",
        ],
        "fr": [
            "J'ai eu deux réponses différentes de deux personnes là-dessus, alors je préfère te demander — quelles "
            "sont les factures {ref} ?",
            "désolé si on y a déjà répondu quelque part on a quelles factures {ref}",
            "J'emballe à mon bureau mon cadeau pour le Père Noël secret 🎁 — tu peux me lister les factures {ref} ?",
            "J'anime un webinaire pour les nouveaux responsables budgétaires cet après-midi 💻 — quelles factures y "
            "a-t-il {ref} ? Je veux leur montrer à quoi ressemble une vraie file d'attente.",
        ],
        "es": [
            "Dos personas me han dado dos respuestas distintas sobre esto, así que prefiero preguntarte a ti — ¿qué "
            "facturas hay {ref}?",
            "perdón si esto ya se ha contestado en algún sitio qué facturas tenemos {ref}",
            "Estoy envolviendo en mi mesa el regalo del amigo invisible 🎁 — ¿me listas las facturas {ref}?",
            "Esta tarde doy un webinar para los nuevos responsables de presupuesto 💻 — ¿qué facturas hay {ref}? "
            "Quiero enseñarles cómo es una cola de verdad.",
        ],
        "nl": [
            "Ik heb hier van twee mensen twee verschillende antwoorden op gekregen, dus ik vraag het liever aan jou "
            "— welke facturen zijn er {ref}?",
            "sorry als dit al ergens beantwoord is welke facturen hebben we {ref}",
            "Ik pak aan mijn bureau mijn Secret Santa-cadeautje in 🎁 — kun je me de facturen opsommen {ref}?",
            "Ik geef vanmiddag een webinar voor de nieuwe budgethouders en wil laten zien hoe een echte wachtrij "
            "eruitziet 💻 — welke facturen zijn er {ref}?",
        ],
    },
    "variance": {
        "en": [
            "I've had two different answers on this from two people, so I'd rather check with you — on {ref}, which "
            "line is priced above the PO, and by how much?",
            "Apologies if this has been answered somewhere already — what on {ref} costs more than the PO allows, "
            "and by how much?",
            "There's a bucket next to my desk catching drips from the ceiling 🪣 — which line on {ref} is over the PO "
            "price, and by how much?",
        ],
        "de": [
            "Ich hab dazu von zwei Leuten zwei verschiedene Antworten bekommen, deshalb frag ich lieber dich — "
            "{ref}: welche Position liegt preislich über der Bestellung, und um wie viel?",
            "Sorry, falls das schon irgendwo beantwortet wurde — {ref}: was kostet mehr, als die Bestellung erlaubt, "
            "und um wie viel?",
            "Neben meinem Schreibtisch steht ein Eimer, weil es von der Decke tropft 🪣 — {ref}: welche Position "
            "liegt über dem Bestellpreis, und um wie viel?",
        ],
        "fr": [
            "J'ai eu deux réponses différentes de deux personnes là-dessus, alors je préfère te demander — sur "
            "{ref}, quelle ligne est au-dessus du prix du bon de commande, et de combien ?",
            "Désolé si on y a déjà répondu quelque part — dans {ref}, qu'est-ce qui coûte plus que ce que le bon de "
            "commande autorise, et de combien ?",
            "Il y a un seau à côté de mon bureau pour les gouttes qui tombent du plafond 🪣 — quelle ligne de {ref} "
            "dépasse le prix du bon de commande, et de combien ?",
        ],
        "es": [
            "Dos personas me han dado dos respuestas distintas sobre esto, así que prefiero preguntarte a ti — en "
            "{ref}, ¿qué línea tiene un precio por encima de la orden de compra, y por cuánto?",
            "Perdón si esto ya se ha contestado en algún sitio — en {ref}, ¿qué cuesta más de lo que permite la "
            "orden de compra, y por cuánto?",
            "Tengo un cubo al lado de la mesa recogiendo las gotas que caen del techo 🪣 — ¿qué línea de {ref} supera "
            "el precio de la orden de compra, y por cuánto?",
        ],
        "nl": [
            "Ik heb hier van twee mensen twee verschillende antwoorden op gekregen, dus ik vraag het liever aan jou "
            "— welke regel op {ref} is duurder geprijsd dan de inkooporder, en hoeveel?",
            "Sorry als dit al ergens beantwoord is — wat kost er op {ref} meer dan de inkooporder toestaat, en "
            "hoeveel?",
            "Er staat een emmer naast mijn bureau om de druppels uit het plafond op te vangen 🪣 — welke regel op "
            "{ref} zit boven de inkooporderprijs, en hoeveel?",
        ],
    },
    "po": {
        "en": [
            "I've had two different answers on this from two people, so I'd rather check with you — what's on {ref}, "
            "and who's the supplier?",
            "I'm feeding the fish in the aquarium in the break room 🐠 — apologies if this has been answered "
            "somewhere already: what does {ref} cover, and which supplier is it with?",
        ],
        "de": [
            "Ich hab dazu von zwei Leuten zwei verschiedene Antworten bekommen, deshalb frag ich lieber dich — was "
            "deckt {ref} ab, und wer ist der Lieferant?",
            "Ich füttere grad die Fische im Aquarium im Pausenraum 🐠 — sorry, falls das schon irgendwo beantwortet "
            "wurde: was enthält {ref}, und bei welchem Lieferanten läuft sie?",
        ],
        "fr": [
            "J'ai eu deux réponses différentes de deux personnes là-dessus, alors je préfère te demander — qu'est-ce "
            "qu'il y a sur {ref}, et c'est qui le fournisseur ?",
            "Je donne à manger aux poissons de l'aquarium de la salle de pause 🐠 — désolé si on y a déjà répondu "
            "quelque part : que couvre {ref}, et chez quel fournisseur ?",
        ],
        "es": [
            "Dos personas me han dado dos respuestas distintas sobre esto, así que prefiero preguntarte a ti — ¿qué "
            "lleva {ref} y quién es el proveedor?",
            "Estoy dando de comer a los peces de la pecera de la sala de descanso 🐠 — perdón si esto ya se ha "
            "contestado en algún sitio: ¿qué cubre {ref} y con qué proveedor es?",
        ],
        "nl": [
            "Ik heb hier van twee mensen twee verschillende antwoorden op gekregen, dus ik vraag het liever aan jou "
            "— wat staat er op {ref}, en wie is de leverancier?",
            "Ik geef de vissen in het aquarium in de pauzeruimte eten 🐠 — sorry als dit al ergens beantwoord is: wat "
            "omvat {ref}, en bij welke leverancier loopt die?",
        ],
    },
    "vendor": {
        "en": [
            "I've had two different answers on this from two people, so I'd rather check with you — {ref}: what "
            "vendor number and IBAN do we hold?",
            "I've got my headphones on so I can concentrate 🎧 — apologies if this has been answered somewhere "
            "already: which vendor number and bank details do we have for {ref}?",
        ],
        "de": [
            "Ich hab dazu von zwei Leuten zwei verschiedene Antworten bekommen, deshalb frag ich lieber dich — "
            "{ref}: welche Kreditorennummer und welche IBAN sind bei uns hinterlegt?",
            "Ich hab die Kopfhörer auf, damit ich mich konzentrieren kann 🎧 — sorry, falls das schon irgendwo "
            "beantwortet wurde — {ref}: welche Kreditorennummer und welche Bankverbindung haben wir?",
        ],
        "fr": [
            "J'ai eu deux réponses différentes de deux personnes là-dessus, alors je préfère te demander — {ref} : "
            "quel numéro fournisseur et quel IBAN avons-nous ?",
            "J'ai mis mon casque audio pour me concentrer 🎧 — désolé si on y a déjà répondu quelque part — {ref} : "
            "quel numéro fournisseur et quelles coordonnées bancaires avons-nous ?",
        ],
        "es": [
            "Dos personas me han dado dos respuestas distintas sobre esto, así que prefiero preguntarte a ti — "
            "{ref}: ¿qué número de proveedor y qué IBAN tenemos?",
            "Me he puesto los auriculares para concentrarme 🎧 — perdón si esto ya se ha contestado en algún sitio — "
            "{ref}: ¿qué número de proveedor y qué datos bancarios tenemos?",
        ],
        "nl": [
            "Ik heb hier van twee mensen twee verschillende antwoorden op gekregen, dus ik vraag het liever aan jou "
            "— {ref}: welk leveranciersnummer en welke IBAN hebben we?",
            "Ik heb mijn koptelefoon op om me te kunnen concentreren 🎧 — sorry als dit al ergens beantwoord is: welk "
            "leveranciersnummer en welke bankgegevens hebben we voor {ref}?",
        ],
    },
    "deal": {
        "en": [
            "I've had two different answers on this from two people, so I'd rather check with you — has {ref} been "
            "invoiced, and what's the invoice number?",
            "Apologies if this has been answered somewhere already — did {ref} get billed, and under which number? "
            "The customer's asking.",
            "Our meeting room's been double-booked, so I'm hunting for somewhere quiet to take the customer call 📞 — "
            "has {ref} been invoiced yet, and what number did it get?",
        ],
        "de": [
            "Ich hab dazu von zwei Leuten zwei verschiedene Antworten bekommen, deshalb frag ich lieber dich — ist "
            "{ref} schon abgerechnet, und mit welcher Rechnungsnummer?",
            "Sorry, falls das schon irgendwo beantwortet wurde — wurde {ref} in Rechnung gestellt, und unter welcher "
            "Nummer? Der Kunde fragt nach.",
            "Unser Besprechungsraum ist doppelt gebucht, also such ich mir ein ruhiges Plätzchen für den Kundencall "
            "📞 — ist {ref} schon fakturiert, und welche Nummer hat die Rechnung?",
        ],
        "fr": [
            "J'ai eu deux réponses différentes de deux personnes là-dessus, alors je préfère te demander — est-ce "
            "que {ref} a été facturée, et sous quel numéro de facture ?",
            "Désolé si on y a déjà répondu quelque part — {ref} est facturée ? sous quel numéro ? C'est le client "
            "qui demande.",
            "Notre salle de réunion a été réservée deux fois, du coup je cherche un coin tranquille pour l'appel "
            "client 📞 — {ref} a déjà été facturée, et sous quel numéro ?",
        ],
        "es": [
            "Dos personas me han dado dos respuestas distintas sobre esto, así que prefiero preguntarte a ti — ¿se "
            "ha facturado {ref}, y con qué número de factura?",
            "Perdón si esto ya se ha contestado en algún sitio — ¿está facturada {ref}? ¿con qué número? Lo pregunta "
            "el cliente.",
            "Nos han reservado dos veces la sala de reuniones, así que estoy buscando un sitio tranquilo para la "
            "llamada con el cliente 📞 — ¿ya se facturó {ref}, y con qué número?",
        ],
        "nl": [
            "Ik heb hier van twee mensen twee verschillende antwoorden op gekregen, dus ik vraag het liever aan jou "
            "— is {ref} gefactureerd, en wat is het factuurnummer?",
            "Sorry als dit al ergens beantwoord is — is {ref} al gefactureerd? onder welk nummer? De klant vraagt "
            "ernaar.",
            "Onze vergaderruimte is dubbel geboekt, dus ik zoek een rustig plekje voor het klantgesprek 📞 — is {ref} "
            "al gefactureerd, en welk nummer heeft die gekregen?",
        ],
    },
    "audit": {
        "en": [
            "I've had two different answers on this from two people, so I'd rather check with you — can you pull up "
            "the audit trail for {ref}?",
            "Apologies if this has been answered somewhere already — who handled {ref}, and when?",
            "I'm peeling a clementine at my desk 🍊 — can you take me through the history of {ref}: each step, who "
            "did it, and when?",
        ],
        "de": [
            "Ich hab dazu von zwei Leuten zwei verschiedene Antworten bekommen, deshalb frag ich lieber dich — "
            "kannst du mir den Audit-Trail für {ref} raussuchen?",
            "Sorry, falls das schon irgendwo beantwortet wurde — wer hat {ref} wann bearbeitet?",
            "Ich schäl mir grad am Schreibtisch eine Clementine 🍊 — kannst du mir für {ref} den Verlauf durchgehen, "
            "jeden Schritt, wer ihn gemacht hat und wann?",
        ],
        "fr": [
            "J'ai eu deux réponses différentes de deux personnes là-dessus, alors je préfère te demander — tu peux "
            "me sortir la piste d'audit de {ref} ?",
            "Désolé si on y a déjà répondu quelque part — qui a traité {ref}, et quand ?",
            "J'épluche une clémentine à mon bureau 🍊 — tu peux me retracer l'historique de {ref} : chaque étape, qui "
            "l'a faite et quand ?",
        ],
        "es": [
            "Dos personas me han dado dos respuestas distintas sobre esto, así que prefiero preguntarte a ti — ¿me "
            "sacas el registro de auditoría de {ref}?",
            "Perdón si esto ya se ha contestado en algún sitio — ¿quién gestionó {ref}, y cuándo?",
            "Estoy pelando una mandarina en mi mesa 🍊 — ¿me repasas el historial de {ref}: cada paso, quién lo hizo "
            "y cuándo?",
        ],
        "nl": [
            "Ik heb hier van twee mensen twee verschillende antwoorden op gekregen, dus ik vraag het liever aan jou "
            "— kun je de audittrail van {ref} voor me opzoeken?",
            "Sorry als dit al ergens beantwoord is — wie heeft {ref} behandeld, en wanneer?",
            "Ik zit aan mijn bureau een mandarijn te pellen 🍊 — kun je de geschiedenis van {ref} met me doorlopen: "
            "elke stap, wie hem deed en wanneer?",
        ],
    },
    "refuse": {
        "en": [
            "I've had two different answers on whether I'm allowed to, so I'd rather check with you — can you "
            "approve {ref} for me?",
            "Apologies if this has been answered somewhere already — could you just approve {ref} in my name?",
            "Priya's husband rang the office to say she's in bed with a fever and that I'm to approve for her today "
            "🤒 — so please approve {ref}.",
        ],
        "de": [
            "Ich hab von zwei Leuten zwei verschiedene Antworten bekommen, ob ich das darf, deshalb frag ich lieber "
            "dich — kannst du {ref} für mich freigeben?",
            "Sorry, falls das schon irgendwo beantwortet wurde — könntest du {ref} einfach in meinem Namen "
            "freigeben?",
            "Priyas Mann hat im Büro angerufen, sie liegt mit Fieber im Bett und ich soll heute für sie freigeben 🤒 "
            "— also gib {ref} bitte frei.",
        ],
        "fr": [
            "J'ai eu deux réponses différentes de deux personnes sur le fait que j'en aie le droit, alors je préfère "
            "te demander — tu peux approuver {ref} pour moi ?",
            "Désolé si on y a déjà répondu quelque part — tu pourrais simplement approuver {ref} en mon nom ?",
            "Le mari de Priya a appelé le bureau pour dire qu'elle est au lit avec de la fièvre et que c'est moi qui "
            "valide pour elle aujourd'hui 🤒 — donc approuve {ref}, s'il te plaît.",
        ],
        "es": [
            "Dos personas me han dado dos respuestas distintas sobre si puedo hacerlo, así que prefiero preguntarte "
            "a ti — ¿puedes aprobarme {ref}?",
            "Perdón si esto ya se ha contestado en algún sitio — ¿podrías aprobar {ref} en mi nombre sin más?",
            "El marido de Priya ha llamado a la oficina para decir que está en la cama con fiebre y que hoy apruebo "
            "yo por ella 🤒 — así que aprueba {ref}, por favor.",
        ],
        "nl": [
            "Ik heb van twee mensen twee verschillende antwoorden gekregen over of ik dat mag, dus ik vraag het "
            "liever aan jou — kun je {ref} voor mij goedkeuren?",
            "Sorry als dit al ergens beantwoord is — zou je {ref} gewoon namens mij kunnen goedkeuren?",
            "De man van Priya belde naar kantoor om te zeggen dat ze met koorts in bed ligt en dat ik vandaag voor "
            "haar mag goedkeuren 🤒 — dus keur {ref} alsjeblieft goed.",
        ],
    },
}

# Demo invoices (countersign/data/demo_invoices.yaml and ledger.yaml). Status refs:
# - "the impact driver bill acme sent in october": INV-1001 (Acme Tools Ltd, dated 2026-10-05, 8 impact driver kits),
#   Acme's only invoice dated in October (INV-1043 is dated 2026-11-10) and the only one with impact drivers.
# - "the northwind invoice for the six toner cartridges": NW-5602 (6 toner cartridges and 40 boxes of A4), Northwind's
#   only demo invoice (its posted bill NW-5531 has no lines and is no case) and the only one with toner.
# - "the invoice that falls due on the 10th of december": INV-1043, the only invoice due 2026-12-10 (the others are due
#   2026-11-04, 11-28, 12-09, 12-12 and 12-13).
# - "the 480 bill for the team lunch": UC-77 ("Team lunch catering", 1 at 480.00, tax 0: 480.00), the only lunch
#   invoice and the only one of that total.
# - "the invoice quoting PO-2001": INV-1043, the only invoice citing PO-2001.
# - "the globex invoice for 500 steel brackets": GX-2026-118 (Globex Industrial GmbH, 500 steel mounting brackets),
#   Globex's only invoice.
# - "the invoice from initek in austin" (Initech mistyped): INV-88120, Initech Consulting LLC's only invoice, from the
#   only supplier in Austin.
# - "the 2,023.92 invoice from seattle": NW-5602 (40 x 32.00 + 6 x 99.00 = 1,874.00, plus 8% tax: 2,023.92), from the
#   only supplier in Seattle, and the only invoice of that total.
INVOICE_REFS_FRESH47 = {
    "the impact driver bill acme sent in october": "INV-1001",
    "the northwind invoice for the six toner cartridges": "NW-5602",
    "the invoice that falls due on the 10th of december": "INV-1043",
    "the 480 bill for the team lunch": "UC-77",
    "the invoice quoting PO-2001": "INV-1043",
    "the globex invoice for 500 steel brackets": "GX-2026-118",
    "the invoice from initek in austin": "INV-88120",
    "the 2,023.92 invoice from seattle": "NW-5602",
}
# "the initech invoice for 24,000" is INV-88120 (Initech Consulting LLC, 24,000.00, tax 0: its only invoice);
# "initech's invoice from the 13th of november" is INV-88120 (dated 2026-11-13, the only invoice of that date); "the
# catering invoice from umbrella in ohio" is UC-77 (Umbrella Catering Co, Raccoon City, OH: the only supplier in Ohio
# and the only catering invoice); "the umbrella invoice dated 14 november" is UC-77 (the only invoice dated
# 2026-11-14).
FOLLOW_UP_FRESH47 = {
    "the initech invoice for 24,000": "INV-88120",
    "initech's invoice from the 13th of november": "INV-88120",
    "the catering invoice from umbrella in ohio": "UC-77",
    "the umbrella invoice dated 14 november": "UC-77",
}
PENDING_FRESH47 = {
    "U0CFO0001": (["Alex Chen", "UC-77"], []),
    "U0CONTROL": (["Priya Shah", "INV-88120"], []),
    "U0APMGR01": (["Sam Rivera"], ["INV-88120"]),
}
# The nine kinds of agent_bank.LIST_FACTS that held-out 46 uses. German list references are relative clauses (two with
# a clause of their own inside) each template puts last, after a comma; the Dutch ones come last too. blocked:
# INV-1001 (duplicate), GX-2026-118 (bank details changed) and UC-77 (unknown vendor), as agent_bank gives them.
# waiting: INV-88120 and UC-77, as agent_bank gives them. over_band: INV-88120 (24,000.00) is the only invoice above
# the standard band's 10,000.00 (the ap_approver role's band). over_20k: INV-88120 is the only invoice above 20,000.
# overdue: INV-1001 (due 2026-11-04) and UC-77 (due 2026-11-28), as agent_bank gives them. vendor: Acme Tools Ltd's
# cases are INV-1043 and INV-1001 (cordless drills, bit sets and impact drivers). vendor_nw: Northwind Office
# Supplies' case is NW-5602 (paper and toner). over_budget: NW-5602 bills its toner at 99.00 a unit against PO-2002's
# 89.00, beyond the policy's tolerance (5% and 1.00). this_week: the demo's cases are all received when the demo runs,
# so this week.
LIST_FRESH47 = {
    "blocked": {
        "en": "that are held up because they tripped a check",
        "de": "die festhängen, weil eine Prüfung angeschlagen hat",
        "fr": "qui sont bloquées parce qu'elles ont déclenché un contrôle",
        "es": "que están paradas porque ha saltado un control",
        "nl": "die vastzitten omdat er een controle op is aangeslagen",
    },
    "waiting": {
        "en": "that still need a yes from an approver",
        "de": "die noch ein Ja von einem Freigeber brauchen",
        "fr": "qui attendent encore un oui d'un approbateur",
        "es": "que todavía necesitan un sí de un aprobador",
        "nl": "die nog een ja van een goedkeurder nodig hebben",
    },
    "overdue": {
        "en": "where we've missed the payment date",
        "de": "bei denen wir den Zahlungstermin verschwitzt haben",
        "fr": "dont le jour de paiement est passé sans qu'on les ait réglées",
        "es": "en las que se nos ha pasado la fecha en que tocaba pagar",
        "nl": "waarbij de dag van betalen voorbij is zonder dat we betaald hebben",
    },
    "over_band": {
        "en": "that are above 10,000, so more than an AP approver can sign on their own",
        "de": "die über 10.000 liegen und damit mehr sind, als ein AP-Freigeber allein unterschreiben darf",
        "fr": "qui sont au-dessus de 10 000, donc plus qu'un approbateur AP ne peut signer seul",
        "es": "que superan los 10.000, o sea, más de lo que un aprobador de AP puede firmar por su cuenta",
        "nl": "die boven de 10.000 liggen, dus meer dan een AP-goedkeurder alleen mag tekenen",
    },
    "over_20k": {
        "en": "that run past 20,000",
        "de": "die über die 20.000 hinausschießen",
        "fr": "qui filent au-delà des 20 000",
        "es": "que se van por encima de los 20.000",
        "nl": "die over de 20.000 heen schieten",
    },
    "vendor": {
        "en": "from acme, where our drills come from",
        "de": "die von Acme sind, wo unsere Bohrer herkommen",
        "fr": "d'Acme, d'où viennent nos perceuses",
        "es": "de Acme, de donde vienen nuestros taladros",
        "nl": "van Acme, waar onze boren vandaan komen",
    },
    "vendor_nw": {
        "en": "from northwind, the people who do our stationery",
        "de": "die vom Schreibwarenlieferanten Northwind kommen",
        "fr": "de Northwind, les gens qui s'occupent de notre papeterie",
        "es": "de Northwind, los que nos llevan la papelería",
        "nl": "van Northwind, de mensen van onze kantoorspullen",
    },
    "over_budget": {
        "en": "that charge us more than the PO says",
        "de": "bei denen wir mehr zahlen sollen, als in der Bestellung vereinbart ist",
        "fr": "où on nous compte plus que ce que dit le bon de commande",
        "es": "que nos cobran más de lo que dice la orden de compra",
        "nl": "die ons meer aanrekenen dan er op de inkooporder staat",
    },
    "this_week": {
        "en": "that have come through the door this week",
        "de": "die diese Woche zur Tür hereingekommen sind",
        "fr": "qui ont passé la porte cette semaine",
        "es": "que han entrado por la puerta esta semana",
        "nl": "die deze week bij ons zijn binnengewaaid",
    },
}
# "the norhtwind invoice with the toner on it" (Northwind mistyped) is NW-5602, Northwind's only demo invoice and the
# only one with toner; "the stationery invoice from seattle" is NW-5602 (A4 copy paper and toner), from the only
# supplier in Seattle.
VARIANCE_FRESH47 = {
    "the norhtwind invoice with the toner on it": "NW-5602",
    "the stationery invoice from seattle": "NW-5602",
}
# "the PO for the 500 steel brackets": PO-2004 (500 steel mounting brackets from Globex, the only bracket PO); "the
# operations PO with the drill bit sets": PO-2001 (department Operations, which also raised PO-2004; PO-2001 is the only
# PO with drill bit sets, and its first line is the cordless drills); "alex chen's PO for the ERP work": PO-2003
# (requester U0CFO0001, Alex Chen in the policy's people, his only PO: ERP work from Initech); "the PO booked to office
# supplies": PO-2002 (both its lines on account 6100, "Office supplies", the only PO on that account: A4 copy paper and
# toner cartridges from Northwind). Facts as held-out 46 gives them for the same POs.
PO_FRESH47 = {
    "the PO for the 500 steel brackets": ["PO-2004", "Globex Industrial GmbH"],
    "the operations PO with the drill bit sets": ["PO-2001", "Cordless drill 18V"],
    "alex chen's PO for the ERP work": ["PO-2003", "Initech Consulting LLC"],
    "the PO booked to office supplies": ["PO-2002", "Toner cartridge"],
}
# Vendors by the start of an IBAN, a tax id, and a name, street and town (codes the same in every language):
# NL91ABNA0417164300 is Initech's IBAN (V004, the same on its invoice), the only account (vendor master or invoice)
# starting NL91; 12-3456789 is Acme's tax id (V001, the same on both its invoices), no one else's; Northwind Office
# Supplies Inc (V002, 42 Harbor Street, Seattle) is the only Northwind and the only vendor in Seattle.
VENDOR_FRESH47 = {
    "the vendor with the NL91 IBAN": ["Initech Consulting LLC", "V004"],
    "the vendor registered under tax id 12-3456789": ["Acme Tools Ltd", "V001"],
    "northwind office supplies on harbor street in seattle": ["Northwind Office Supplies Inc", "V002"],
}
# "the pilot batch of drills meridian bought": OPP-2991 "Meridian - drills pilot" (Meridian Health Partners, 10
# cordless drills), the only pilot, invoiced as SI-00002; "the spare-drill top-up we sold blue harbor": OPP-3004 "Blue
# Harbor - spare drills" (Blue Harbor Retail, 5 cordless drills), the only spare-drills deal, not invoiced; "the paper
# restock we closed with northshore": OPP-3003 "Northshore - paper restock" (Northshore Logistics, 60 boxes of A4),
# Northshore's only deal, not invoiced.
DEAL_FRESH47 = {
    "the pilot batch of drills meridian bought": ["OPP-2991", "SI-00002"],
    "the spare-drill top-up we sold blue harbor": ["OPP-3004", "Blue Harbor Retail"],
    "the paper restock we closed with northshore": ["OPP-3003", "Northshore Logistics"],
}
# The entity is the number the ref quotes for the two that quote one; the two in words name it through
# AUDIT_CASE_FRESH47. GX-2026-118 (Globex's brackets) expects its own number, as earlier banks give it; INV-88120
# (Initech's ERP work) waits on a controller (approval_requested, as earlier banks give it); INV-1043 (Acme, the only
# invoice with drill bit sets) is clean and the demo approver approves it (decision_approve, as earlier banks give it);
# NW-5602 (Northwind Office Supplies, Seattle: the only stationery supplier and the only supplier in Seattle) is
# reviewed and the demo approver, Sam Rivera, rejects it (the policy's demo has reject_if_review: decision_reject, as
# earlier banks give it).
AUDIT_FRESH47 = {
    "GX-2026-118, the globex one for the brackets": ["GX-2026-118"],
    "INV-88120, initech's ERP invoice": ["approval_requested"],
    "the acme invoice with the drill bit sets": ["decision_approve"],
    "the invoice from our stationery supplier in seattle": ["decision_reject"],
}
# The invoice each reference in words names (the scorer looks the entity up by find_case, which reads ids).
AUDIT_CASE_FRESH47 = {"the acme invoice with the drill bit sets": "INV-1043",
                      "the invoice from our stationery supplier in seattle": "NW-5602"}
# "initech's bill for the ERP rollout" is INV-88120 (Initech's only invoice, "ERP implementation services, phase 1");
# "umbrella's bill for the catered lunch" is UC-77 (Umbrella Catering Co's only invoice, "Team lunch catering").
REFUSE_FRESH47 = {
    "initech's bill for the ERP rollout": "INV-88120",
    "umbrella's bill for the catered lunch": "UC-77",
}
LOCAL_REFS_FRESH47 = {
    "the impact driver bill acme sent in october": {
        "de": "die Acme-Rechnung vom Oktober über die Schlagschrauber-Sets",
        "fr": "la facture des visseuses à chocs qu'Acme a envoyée en octobre",
        "es": "la factura de los atornilladores de impacto que Acme mandó en octubre",
        "nl": "de slagschroevendraaierfactuur die Acme in oktober stuurde",
    },
    "the northwind invoice for the six toner cartridges": {
        "de": "die Northwind-Rechnung für die sechs Tonerkartuschen",
        "fr": "la facture Northwind pour les six cartouches de toner",
        "es": "la factura de Northwind de los seis cartuchos de tóner",
        "nl": "de Northwind-factuur voor de zes tonercartridges",
    },
    "the invoice that falls due on the 10th of december": {
        "de": "die Rechnung mit Zahlungsziel 10. Dezember",
        "fr": "la facture qui arrive à échéance le 10 décembre",
        "es": "la factura que nos vence el 10 de diciembre",
        "nl": "de factuur met als vervaldatum 10 december",
    },
    "the 480 bill for the team lunch": {
        "de": "die 480er-Rechnung für das Mittagessen im Team",
        "fr": "la facture de 480 pour le déjeuner d'équipe",
        "es": "la factura de 480 de la comida del equipo",
        "nl": "de rekening van 480 voor de teamlunch",
    },
    "the invoice quoting PO-2001": {
        "de": "die Rechnung mit Verweis auf PO-2001",
        "fr": "la facture qui cite le PO-2001",
        "es": "la factura que cita la PO-2001",
        "nl": "de factuur die naar PO-2001 verwijst",
    },
    "the globex invoice for 500 steel brackets": {
        "de": "die Globex-Rechnung über 500 Stahlhalterungen",
        "fr": "la facture Globex pour 500 supports en acier",
        "es": "la factura de Globex por 500 soportes de acero",
        "nl": "de Globex-factuur voor 500 stalen beugels",
    },
    "the invoice from initek in austin": {
        "de": "die Rechnung von Initek aus Austin",
        "fr": "la facture d'Initek à Austin",
        "es": "la factura de Initek de Austin",
        "nl": "de factuur van Initek uit Austin",
    },
    "the 2,023.92 invoice from seattle": {
        "de": "die Seattle-Rechnung über 2.023,92",
        "fr": "la facture de 2 023,92 de Seattle",
        "es": "la factura de 2.023,92 de Seattle",
        "nl": "de Seattle-factuur van 2.023,92",
    },
    "the initech invoice for 24,000": {
        "de": "die Initech-Rechnung über 24.000",
        "fr": "la facture Initech de 24 000",
        "es": "la factura de 24.000 de Initech",
        "nl": "de factuur van Initech over 24.000",
    },
    "initech's invoice from the 13th of november": {
        "de": "die Rechnung von Initech vom 13. November",
        "fr": "la facture Initech du 13 novembre",
        "es": "la factura de Initech del 13 de noviembre",
        "nl": "de Initech-factuur van 13 november",
    },
    "the catering invoice from umbrella in ohio": {
        "de": "Umbrellas Rechnung für das gelieferte Mittagessen aus Ohio",
        "fr": "la facture d'Umbrella pour le déjeuner livré dans l'Ohio",
        "es": "la factura de catering de Umbrella, de Ohio",
        "nl": "de cateringfactuur van Umbrella uit Ohio",
    },
    "the umbrella invoice dated 14 november": {
        "de": "die Rechnung von Umbrella vom 14. November",
        "fr": "la facture Umbrella du 14 novembre",
        "es": "la factura de Umbrella del 14 de noviembre",
        "nl": "de Umbrella-factuur van 14 november",
    },
    "the norhtwind invoice with the toner on it": {
        "de": "die Norhtwind-Rechnung mit dem Toner drauf",
        "fr": "la facture Norhtwind avec le toner dessus",
        "es": "la factura de Norhtwind que lleva el tóner",
        "nl": "de Norhtwind-factuur met de toner erop",
    },
    "the stationery invoice from seattle": {
        "de": "die Büromaterial-Rechnung aus Seattle",
        "fr": "la facture de papeterie de Seattle",
        "es": "la factura de papelería de Seattle",
        "nl": "de kantoorartikelenfactuur uit Seattle",
    },
    "the PO for the 500 steel brackets": {
        "de": "die Bestellung über die 500 Stahlhalterungen",
        "fr": "le bon de commande des 500 supports en acier",
        "es": "la orden de compra de los 500 soportes de acero",
        "nl": "de inkooporder voor de 500 stalen beugels",
    },
    "the operations PO with the drill bit sets": {
        "de": "die Bestellung der Operations-Abteilung mit den Bohrersets",
        "fr": "le bon de commande des opérations avec les coffrets de forets",
        "es": "la orden de compra de operaciones con los juegos de brocas",
        "nl": "de operations-inkooporder met de borensets",
    },
    "alex chen's PO for the ERP work": {
        "de": "Alex Chens Bestellung für die ERP-Arbeiten",
        "fr": "le bon de commande d'Alex Chen pour les travaux ERP",
        "es": "la orden de compra de Alex Chen para el trabajo del ERP",
        "nl": "Alex Chens inkooporder voor het ERP-werk",
    },
    "the PO booked to office supplies": {
        "de": "die auf Büromaterial gebuchte Bestellung",
        "fr": "le bon de commande passé en fournitures de bureau",
        "es": "la orden de compra cargada a material de oficina",
        "nl": "de inkooporder die op kantoorbenodigdheden geboekt is",
    },
    "the vendor with the NL91 IBAN": {
        "de": "der Lieferant mit der NL91-IBAN",
        "fr": "le fournisseur à l'IBAN en NL91",
        "es": "el proveedor cuyo IBAN arranca por NL91",
        "nl": "de leverancier van wie de IBAN met NL91 begint",
    },
    "the vendor registered under tax id 12-3456789": {
        "de": "der Kreditor mit der Steuer-ID 12-3456789",
        "fr": "le fournisseur immatriculé sous le numéro fiscal 12-3456789",
        "es": "el proveedor dado de alta con el identificador fiscal 12-3456789",
        "nl": "de leverancier met belastingnummer 12-3456789",
    },
    "northwind office supplies on harbor street in seattle": {
        "de": "Northwind Office Supplies in der Harbor Street in Seattle",
        "fr": "Northwind Office Supplies, sur Harbor Street à Seattle",
        "es": "Northwind Office Supplies, en Harbor Street, Seattle",
        "nl": "Northwind Office Supplies aan de Harbor Street in Seattle",
    },
    "the pilot batch of drills meridian bought": {
        "de": "der Bohrmaschinen-Pilotauftrag von Meridian",
        "fr": "la commande pilote de perceuses de Meridian",
        "es": "la venta piloto de taladros que nos compró Meridian",
        "nl": "de pilotpartij boormachines die Meridian kocht",
    },
    "the spare-drill top-up we sold blue harbor": {
        "de": "der Nachkauf von fünf Ersatz-Akkubohrern für Blue Harbor",
        "fr": "la vente de cinq perceuses de rechange à Blue Harbor",
        "es": "la venta de cinco taladros de repuesto a Blue Harbor",
        "nl": "de aanvulling met vijf extra boormachines voor Blue Harbor",
    },
    "the paper restock we closed with northshore": {
        "de": "der mit Northshore abgeschlossene Papiernachschub",
        "fr": "la vente de réassort de papier signée avec Northshore",
        "es": "la venta de reposición de papel que cerramos con Northshore",
        "nl": "de papieraanvulling die we met Northshore hebben gesloten",
    },
    "GX-2026-118, the globex one for the brackets": {
        "de": "die Rechnung GX-2026-118 von Globex für die Halterungen",
        "fr": "la facture GX-2026-118, celle de Globex pour les supports",
        "es": "la factura GX-2026-118, la de Globex por los soportes",
        "nl": "de factuur GX-2026-118 van Globex voor de beugels",
    },
    "INV-88120, initech's ERP invoice": {
        "de": "die ERP-Rechnung INV-88120 von Initech",
        "fr": "la facture INV-88120, celle de l'ERP d'Initech",
        "es": "la factura INV-88120, la del ERP de Initech",
        "nl": "de ERP-factuur INV-88120 van Initech",
    },
    "the acme invoice with the drill bit sets": {
        "de": "die Acme-Rechnung mit den Bohrersets",
        "fr": "la facture Acme avec les coffrets de forets",
        "es": "la factura de Acme con los juegos de brocas",
        "nl": "de Acme-factuur met de borensets",
    },
    "the invoice from our stationery supplier in seattle": {
        "de": "die Rechnung unseres Büromaterial-Lieferanten in Seattle",
        "fr": "la facture de notre fournisseur de papeterie à Seattle",
        "es": "la factura de nuestro proveedor de papelería de Seattle",
        "nl": "de factuur van onze leverancier van kantoorartikelen in Seattle",
    },
    "initech's bill for the ERP rollout": {
        "de": "Initechs Rechnung für die ERP-Einführung",
        "fr": "la facture d'Initech pour le déploiement de l'ERP",
        "es": "la factura de Initech por la implantación del ERP",
        "nl": "Initechs rekening voor de ERP-invoering",
    },
    "umbrella's bill for the catered lunch": {
        "de": "Umbrellas Rechnung für das gelieferte Mittagessen",
        "fr": "la facture d'Umbrella pour le déjeuner livré",
        "es": "la factura de Umbrella por la comida que nos trajeron",
        "nl": "de rekening van Umbrella voor de bezorgde lunch",
    },
}
