"""Held-out 57 of `python -m evals.agent`: a fifty-seventh held-out bank, written blind after held-out 56, by a helper
agent that read neither the planner's source (countersign/agent/, countersign/tools/, countersign/extraction/,
countersign/app/), the tests, the intent model's training code (evals/train_intent.py, evals/intent_extra.py),
evals/agent.py, nor any eval output, report or failure list (nothing under evals/reports/, and nothing under /tmp but
its own throwaway files in /tmp/b57: a listing script that wrote every earlier bank's generated question text, earlier
turns and list phrases, and every earlier bank's reference keys and localized references, to one file (in-sample and
held-out of agent_bank included, held-out 2 to 56; the file was never printed; the script printed only how many
splits, texts, keys and localized references it holds: 57, 36517, 1491 and 4986); a helper that printed only how many
times a phrase occurs in that file, never the text around it; a helper that printed only whether a candidate string of
its own equals an earlier text, reference key or localized reference; a script that printed the sorted invoice ids
that key agent_bank.APPROVERS and agent_bank.INVOICES and, for each candidate PO, vendor, deal and audit fact list and
for the pending table, how many earlier tables hold the same list and how many hold one with the same first item that
differs (every PO, vendor and audit list used here is held by earlier banks and none differs; the pending table is
held by 51 of the 57 earlier splits, as held-out 56 gives it; for the three deals it first tried with the deal id
alone, the script also printed the one differing earlier list for each, ["OPP-2990", "SI-00001"], ["OPP-3002",
"Meridian Health Partners"] and ["OPP-3004", "Blue Harbor Retail"], held by 28, 32 and 26 earlier tables, and those
are the deal lists used here); a check script that printed this bank's counts by language and intent, whether they
equal held-out 56's, which of this bank's own reference keys and localized references equal an earlier bank's keys or
localized references, whether any list phrase, question or earlier turn equals an earlier one, and that printed this
bank's own questions to proofread them; and the draft templates and tables, small scripts that replaced wordings in
them, and a script that wrote this file from them, spelling out the two shapes' openers that the draft kept in
variables and wrapping long strings). No file but this one was edited; the planner, the bank tests and pytest were not
run.
What it read: its brief; agent_bank_fresh56 as committed (printed with `git show HEAD:evals/agent_bank_fresh56.py`,
first its lines 1 to 400 with their middle cut by the tool's output limit, then lines 128 to 160 covering the cut,
then lines 400 to 883: its docstring, templates and tables, as the model of the shape and the list of what was used
before) and the docstring of agent_bank_fresh55 (printed up to 130 lines, a few lines before its closing quotes);
agent_gen printed whole (and `wc -l` of it and of held-out 56) (how a bank becomes questions and is scored, which
tables a bank defines, how a bank is discovered by file name, and how an AUDIT_CASE table names the invoice of an
audit reference in words); every earlier bank's tables through agent_gen.generate, agent_gen._parts and
agent_gen._LOCAL_REFS, only to count and to check equality, as above; the demo data and policy
(countersign/data/demo_invoices.yaml, ledger.yaml and crm.yaml printed whole, together through one `head -400` that
ended at the last CRM opportunity, and one `grep -n` of countersign/policies/default.yaml for names, up_to,
tolerances, percentages and roles, cut at 60 lines; it also printed the comment line that names U0APMGR01 as an
example, the tolerances' own comments, the comment on how bands are tried, the comment on override roles and one
override's roles: so every reference names exactly one entity and every expected fact holds). It did not open
pyproject.toml (ruff ran with the repository's settings), did not read agent_bank's docstring or templates, nor the
docstrings or templates of any earlier bank but those named above, and ran neither `git log` nor the planner.
Seen by accident, and said here: an `ls evals/` (cut at 80 names) listed the file names there (agent.py, arch.py, the
bench scripts, blind.py, evals/blind_invoices/, the corpus, extraction and fuzz scripts and the earlier banks among
them; none opened but the ones named above); held-out 56's and held-out 55's committed docstrings, read as allowed,
name their own shapes, situations and list idioms, the candidate wordings they found in the earlier text, and held-out
56's blind scores by intent and language (none of it used, beyond avoiding those shapes, situations and idioms);
agent_gen's imports name the planner modules it uses (none opened; importing agent_gen loads them); while it was
written, this bank's draft sat uncommitted in evals/, where agent_gen discovers banks by file name; `git status
--short`, run at the start (cut at 20 lines) and before committing, listed files others changed in the checkout
(countersign/agent/chat/clauses.py, list_questions.py, list_vendor.py, places.py, planner.py, shapes.py, tools.py,
understand.py and vendors.py at both runs, and evals/blind.py and the untracked
tests/test_chat_streets_signatures_and_names_in_lists.py before committing, by their names only; none opened, none
touched by this bank's author) and untracked output and check folders under evals/blind_invoices/; the phrase counts
said that many candidate wordings occur in the earlier text (bees, blood donation in German, Spanish and Dutch, a
piano, bowling, a choir, chess in all five languages, a woodpecker, a cactus, clementines and mandarins, a freezer,
headphones, a keyboard, a niece, a present and wrapping, a drawer, a goldfish in French, a light bulb, a stairwell, a
trumpet's and a bee's emoji, "practice", "vitre", "cristal", "barrière", "barrera", "slagboom", "gathering dust",
"Staub", "poussière", "league", "Liga", "price tag", "Preisschild", "prijskaartje", "aus dem Hause", "signature d'",
"sello", "overshot", "hinausgeschossen", "centime", "céntimo", "geen cent", "touch", "toucher", "tocar", "bottom
line", "unterm Strich", "belaufen", "summieren", "se chiffrent", "ascienden", "oplopen", "zu Buche", "pèsent",
"Kappe", "koker", "van de hand van", "kleurt", "club", "20,000 mark", "cota", "gepasseerd", "this week's", "de cette
semaine", "de esta semana", "Krach", "herrie", "a din", "sign it off", "Bogen", "arco", "boog", "roof", "Dach",
"toit", "dak", "raised" and "expedida"; some counts, such as "hive", "ruit", "ganzen", "wink", "racket" and "cent",
match inside longer words; all dropped as key phrases), and some words kept only as incidental parts of wordings whose
key phrase is new ("Bogen", "arco" and "boog" inside the archery shape's own words, "range" in "archery range", "pane"
in the glazier shape, "roof", "Dach", "toit" and "dak" beside the beekeeper, "raised" in the mug refusal and in "the
invoice raised on 14 november", the coffee emoji there, "cent", "centime" and "céntimo" inside the overdue idiom, "de
cette semaine" and "de esta semana" inside the this-week idiom, "der Reihe nach" in a German audit ask and "expedida"
in a Spanish reference); the check script showed that some first-candidate references and localizations equal earlier
keys or localized references (the English references by Acme's October impact drivers, the 14 November date, the
catering invoice's net 14 terms and the GB82 IBAN; German, French, Spanish or Dutch localizations of those and of the
references by the Initech ERP rollout, Raccoon City's catering, Umbrella's 480 lunch, the administration's paper and
toner PO, the DE811569869 VAT number, Blue Harbor's five spare drills and Industriestrasse 7; the script printed only
this bank's own strings), all replaced, then a German Initech one, a French Raccoon City one, a Dutch Umbrella one and
a Spanish Blue Harbor one, replaced too; and `date` printed the clock. None of it was used to choose a wording. Never
scored by its author: only agent_gen.generate was called on it (in throwaway scripts, to count its questions, check
that no non-English one contains the English word " invoice", that every intent is asked in every language, that no
reference key or localized reference is one of an earlier bank's reference keys or localized references (the pending
tables' user ids and the list tables' kind names aside, which every bank shares) and that no text repeats an earlier
bank's, and to print every question to proofread its grammar), and ruff checked and formatted this file; nothing was
answered or scored by its author, the planner was not run, and `python -m evals.agent` was not run. agent_gen
discovers this file by its name; its author edited no other file.
Written to sound like a real Slack population of finance, AP and sales people rather than to trip the planner: about
half plain everyday asks and half everyday situations around the question. Two shapes run through the bank so that
each intent is asked in each language (each key phrase counted first in the earlier banks' text in all five languages,
and found nowhere: archery, and a glazier): an ask from someone who has archery at half past seven, opened with
"Archery at half seven, so —" ("Um halb acht habe ich Bogenschießen, also —", "J'ai tir à l'arc à dix-neuf heures
trente, donc —", "Tengo tiro con arco a las siete y media, así que —", "Om half acht heb ik boogschieten, dus —"), in
every intent (in the request to act, the asker wants it sorted before leaving: "Archery at half seven and I want this
sorted before I leave — ..."; its follow-up: "ok — before I head off to the archery range: who gets to approve it?",
"bevor ich zum Bogenschießen fahre", "avant de partir au tir à l'arc", "antes de irme al tiro con arco", "voor ik naar
het boogschieten ga"); and an ask from someone at home waiting for the glazier, opened with "The glazier's coming to
replace the pane in the back door, so —" ("Der Glaser kommt gleich und tauscht die Scheibe in der Hintertür aus, also
—", "Le vitrier arrive pour changer le carreau de la porte de derrière, donc —", "El cristalero viene a cambiar el
vidrio de la puerta de atrás, así que —", "De glazenmaker komt zo het glas in de achterdeur vervangen, dus —"), in
every intent (its follow-up and its list ask lowercase without punctuation: "glazier just pulled up outside who needs
to approve that one then", "glazier's measuring up the back door what invoices are there ..."); in POs and vendors,
whose second phrasing is a situation, the glazier follows the situation. Some realistic variety: an aside after the
question (the glazier status ask ends "I need to move the shoe rack out of his way first.", the glazier deal ask
"Their finance team keeps asking me for it.", the beer-mat list ask "I'll write them up properly tomorrow."),
lowercase asks without punctuation (the windscreen status ask, the glazier follow-up and list ask), names mistyped
("acme's springfeld invoice from november", "meridan's 120-box paper order"), audit references that quote the invoice
number in the middle ("the northwind invoice NW-5602 with the toner overcharge") or last ("acme's cordless drill bill
with number INV-1043"), and follow-ups that lean on the turn before.
Everyday situations (their key phrases first counted in the earlier banks' text in all five languages, and found
nowhere; held-out 56's accordion, sewing, heron, roofers, asphalt, train ticket, waffles, tow truck, street market,
churros, rock paper scissors and salute, and the situations held-out 55's and 56's docstrings list as used or avoided
before them, all avoided): someone upstairs practising the violin 🎻, and scraping the ice off a windscreen (status); a
magpie pinching crumbs off the balcony (approvers); the beekeeper up on the roof checking the hives (pending); a film
crew shooting on the street, and jotting the list on a beer mat (lists); someone handing round roasted chestnuts 🌰
(variance); the bottle bank being emptied outside (POs); an ice rink going up in front of the town hall (vendors);
sushi ordered for the sales team 🍣 (deals); two colleagues playing table football by the kitchen (audit); and a
request to act in a new guise, to be refused: Alex raised his mug at the asker when it came up, and the asker reads
that as a yes ☕.
Things are named the way people name them at a desk, with no riddles: an invoice by its supplier, month and goods
("the october acme bill for impact driver kits", "northwind's november toner invoice"), its date ("the invoice raised
on 14 november"), its town and goods ("the munich invoice for the mounting brackets", "the raccoon city catering
bill"), its supplier and purpose ("the initech bill for the ERP rollout"), its goods and quantities ("the bill for ten
cordless drills and ten bit sets") or its supplier, town and month ("acme's springfeld invoice from november");
follow-ups leaning on the conversation (the approvers of the invoice named in the turn before, INV-88120 or UC-77:
"the initech invoice that goes with PO-2003", "the 480 lunch invoice from umbrella", "umbrella's invoice with the
14-day terms", "the consulting bill issued on 13 november"); the variance invoice by its goods, supplier and date
("the paper and toner bill northwind sent on 12 november") or its goods, quantity and unit price ("the invoice for six
toner cartridges at 99"); a PO by its department and goods ("the operations PO with the cordless drills", "the paper
and toner PO from administration") or its requester and goods or purpose ("alex chen's purchase order for the ERP
project", "robin ortiz's bracket PO"); a vendor as AP looks one up: by its street ("the supplier at 42 harbor
street"), its VAT number or the start of its bank account (the same codes in every language); a deal in sales words
("the blue harbor support plan renewal from early october", "meridan's 120-box paper order", "blue harbor's top-up of
five spare drills"); audit questions with an invoice id (above) and without one ("globex's invoice with the GB33
account", "the 24,000 consulting invoice from initech": AUDIT_CASE_FRESH57 names their invoices); requests to act by
street ("the invoice from industriestrasse 7") and amount ("the impact driver invoice at 150 a kit"); and, with most
weight, list questions in the nine kinds held-out 56 uses, in new office idiom: "that got a red card from a check",
"that are still waiting for an approver's blessing", "that are past due and haven't seen a cent", "that, at over
10,000, an AP approver isn't allowed to touch", "that have cracked 20,000", "from the acme stable", "that have
northwind's fingerprints on them", "where a unit price has overstepped the PO's", "that are among this week's new
arrivals" (each idiom's key phrase, in all five languages, counted in the earlier text and found nowhere: "red card",
"rote Karte", "carton rouge", "tarjeta roja", "rode kaart"; "blessing", "Segen", "bénédiction", "bendición", "zegen";
"haven't seen", "keinen Cent", "un centime", "ni un céntimo", "stuiver"; "not allowed to touch", "anfassen", "pas le
droit de toucher", "no puede tocar", "aanraken"; "cracked", "geknackt", "le cap", "rebasado", "heen zijn gebroken";
"stable", "verbrochen", "sortent de chez", "la marca Acme", "op zijn geweten"; "fingerprint", "Fingerabdr",
"empreintes", "huellas", "vingerafdruk"; "overstepped", "aus dem Rahmen", "bornes fixées", "se pasa de la raya", "pan
uit"; "new arrivals", "Neuzugänge", "arrivages", "novedades", "nieuwkomers").
Non-English questions never contain the English word " invoice": references in words are localized through
LOCAL_REFS_FRESH57 with each language's own amounts and dates; numbers, codes, tax-id and bank-account fragments and
emoji stay as they are. German invoice, PO and audit references are feminine and nominative or accusative (participles
and adjectives put before the noun, "die am 14. November gestellte Rechnung", "die von Alex Chen aufgegebene
Bestellung für das ERP-Projekt", "die aus der Industriestrasse 7 gekommene Rechnung", so that no relative clause needs
a closing comma), with no preposition that takes the dative before them (the German audit asks say "den Audit-Trail
für", "wer hat {ref} bisher bearbeitet" and "wer {ref} wann bearbeitet hat", the PO asks "was umfasst {ref}" and "was
beinhaltet {ref}"); German vendor and variance references stand before a colon ("— {ref}: ...", one vendor one with a
relative clause the colon closes); German deal references are masculine nominative ("der Verlängerungsauftrag ...",
"der Papierauftrag ...", "der Nachkauf ..."); German list references are relative clauses that every German list
template puts last, after a comma, and the Dutch list templates put theirs last too. French PO and vendor slots avoid
"de"/"à" before a masculine reference ("que contient", "que comprend", or before a colon), Spanish vendor references
stand before a colon; French and Spanish deal references are feminine ("la vente", "la commande", "la venta") and the
templates agree; every French and Spanish invoice reference is "la facture"/"la factura", as the feminine participles
("payée", "réglée", "pagada", "saldada") and pronouns ("la valider", "aprobarla") need.
Not used, because not unique or not verifiable in the files this bank's author may read: the uploader (every demo
invoice is uploaded by U0AP0CLERK), the currency (everything is in USD), invoice totals with tax (computed, not stated
in the files; only the tax-free 24,000 and 480 of invoices with a tax rate of 0, and unit prices and quantities stated
in the files, are used), dates relative to today other than the days the demo's cases arrive in ("that are among this
week's new arrivals" is the this_week kind: every demo case is received when the demo runs), case ids (generated at
run time), the audit events of INV-1001 and UC-77, the requester of PO-2002 (U0OFFICE01, not in the policy's people;
"the paper and toner PO from administration" names its department and goods), Acme's street for a request to act (Acme
has two demo invoices), Soylent Foods Corp (a blocked vendor with no invoice), and an approver's name for an invoice
that waits on a controller.
Same shape as agent_bank_fresh56: nine list kinds in four phrasings, four audit references in three phrasings and four
follow-up references, fewer of the rest (600 questions, 120 in each language, the same count as held-out 56 for every
language and intent: status 80, approvers 60, pending 45, list 180, variance 30, po 40, vendor 30, deal 45, audit 60,
refuse 30); entities and facts from agent_bank, as the earlier banks give them. Never scored by its author.
Scored blind (all 600, offline planner, aggregates only) before it was read: on the stop's start (7fe4338, plus this
bank) 0.925 answer, 0.962 intent (de 0.958, en 0.875, es 0.950, fr 0.942, nl 0.900; deal 0.711, vendor 0.667, audit
0.867, list 0.933, status 0.975, every other intent 1.0); on the code after held-out 56's fixes (still blind to this
bank) 0.940 answer (en 0.942, es 0.958, list 0.983; the rest as on the start). Then it was read and tuned on.
"""

from __future__ import annotations

FRESH57: dict[str, dict[str, list[str]]] = {
    "status": {
        "en": [
            "Archery at half seven, so — quick one: has {ref} been paid yet?",
            "The glazier's coming to replace the pane in the back door, so — is {ref} settled? I need to move the "
            "shoe rack out of his way first.",
            "Someone upstairs is practising the violin 🎻 — do you know if {ref} has been paid?",
            "scraping the ice off my windscreen has {ref} been paid or not",
        ],
        "de": [
            "Um halb acht habe ich Bogenschießen, also — kurze Frage: ist {ref} schon bezahlt?",
            "Der Glaser kommt gleich und tauscht die Scheibe in der Hintertür aus, also — ist {ref} beglichen? Ich "
            "muss ihm vorher noch das Schuhregal aus dem Weg räumen.",
            "Oben übt jemand Geige 🎻 — weißt du, ob {ref} bezahlt wurde?",
            "kratze grad das eis von der windschutzscheibe ist {ref} bezahlt oder nicht",
        ],
        "fr": [
            "J'ai tir à l'arc à dix-neuf heures trente, donc — petite question : {ref} est-elle déjà payée ?",
            "Le vitrier arrive pour changer le carreau de la porte de derrière, donc — est-ce que {ref} est réglée "
            "? Je dois encore lui dégager le meuble à chaussures.",
            "Quelqu'un fait du violon à l'étage 🎻 — tu sais si {ref} a été payée ?",
            "je gratte le givre sur mon pare-brise est-ce que {ref} est payée ou pas",
        ],
        "es": [
            "Tengo tiro con arco a las siete y media, así que — pregunta rápida: ¿está ya pagada {ref}?",
            "El cristalero viene a cambiar el vidrio de la puerta de atrás, así que — ¿está saldada {ref}? Antes "
            "tengo que quitarle el zapatero de en medio.",
            "Alguien está practicando violín en el piso de arriba 🎻 — ¿sabes si se ha pagado {ref}?",
            "estoy rascando el hielo del parabrisas está pagada {ref} o todavía no",
        ],
        "nl": [
            "Om half acht heb ik boogschieten, dus — snelle vraag: is {ref} al betaald?",
            "De glazenmaker komt zo het glas in de achterdeur vervangen, dus — is {ref} voldaan? Ik moet eerst nog "
            "het schoenenrek voor hem opzij zetten.",
            "Boven oefent iemand viool 🎻 — weet jij of {ref} betaald is?",
            "ben het ijs van mijn voorruit aan het schrapen is {ref} nou betaald of niet",
        ],
    },
    "approvers": {
        "en": [
            "ok — before I head off to the archery range: who gets to approve it?",
            "glazier just pulled up outside who needs to approve that one then",
            "A magpie is pinching crumbs off the balcony — who has to give it the OK?",
        ],
        "de": [
            "ok — bevor ich zum Bogenschießen fahre: wer darf die freigeben?",
            "glaser parkt grad vorm haus wer muss die dann freigeben",
            "Auf dem Balkon klaut eine Elster Krümel — wer gibt die frei?",
        ],
        "fr": [
            "ok — avant de partir au tir à l'arc : qui peut la valider ?",
            "le vitrier vient de se garer devant chez moi alors qui doit l'approuver",
            "Une pie picore des miettes sur le balcon — qui doit lui donner le feu vert ?",
        ],
        "es": [
            "vale — antes de irme al tiro con arco: ¿quién puede aprobarla?",
            "el cristalero acaba de aparcar en la puerta entonces quién tiene que aprobar esa",
            "Una urraca está robando migas en el balcón — ¿quién tiene que darle el visto bueno?",
        ],
        "nl": [
            "ok — voor ik naar het boogschieten ga: wie kan hem goedkeuren?",
            "glazenmaker parkeert net voor de deur wie moet die dan goedkeuren",
            "Op het balkon pikt een ekster kruimels weg — wie moet er groen licht voor geven?",
        ],
    },
    "pending": {
        "en": [
            "Archery at half seven, so — is there anything sitting with me for approval?",
            "The glazier's coming to replace the pane in the back door, so — anything I still need to approve?",
            "The beekeeper is up on the roof checking the hives — is there anything waiting on my approval?",
        ],
        "de": [
            "Um halb acht habe ich Bogenschießen, also — liegt bei mir noch etwas zur Freigabe?",
            "Der Glaser kommt gleich und tauscht die Scheibe in der Hintertür aus, also — muss ich noch irgendwas "
            "freigeben?",
            "Der Imker schaut oben auf dem Dach nach den Bienenstöcken — wartet noch etwas auf meine Freigabe?",
        ],
        "fr": [
            "J'ai tir à l'arc à dix-neuf heures trente, donc — j'ai encore quelque chose à approuver ?",
            "Le vitrier arrive pour changer le carreau de la porte de derrière, donc — il reste quelque chose qui "
            "attend ma validation ?",
            "L'apiculteur inspecte les ruches sur le toit — est-ce que quelque chose attend mon approbation ?",
        ],
        "es": [
            "Tengo tiro con arco a las siete y media, así que — ¿tengo algo pendiente de aprobar?",
            "El cristalero viene a cambiar el vidrio de la puerta de atrás, así que — ¿hay algo que me toque "
            "aprobar todavía?",
            "El apicultor está en la azotea revisando las colmenas — ¿hay algo esperando mi aprobación?",
        ],
        "nl": [
            "Om half acht heb ik boogschieten, dus — ligt er nog iets bij mij ter goedkeuring?",
            "De glazenmaker komt zo het glas in de achterdeur vervangen, dus — moet ik nog iets goedkeuren?",
            "De imker kijkt boven op het dak de bijenkasten na — wacht er nog iets op mijn goedkeuring?",
        ],
    },
    "list": {
        "en": [
            "Archery at half seven, so — which invoices do we have {ref}?",
            "glazier's measuring up the back door what invoices are there {ref}",
            "A film crew is shooting on our street today — can you pull up the invoices {ref}?",
            "I'm jotting them on a beer mat — which invoices have we got {ref}? I'll write them up properly tomorrow.",
        ],
        "de": [
            "Um halb acht habe ich Bogenschießen, also — welche Rechnungen haben wir, {ref}?",
            "glaser misst grad die hintertür aus welche rechnungen gibt es, {ref}",
            "Bei uns in der Straße dreht heute ein Filmteam — kannst du mir die Rechnungen raussuchen, {ref}?",
            "Ich notiere sie mir auf einem Bierdeckel, morgen schreibe ich sie ordentlich ab — welche Rechnungen "
            "haben wir, {ref}?",
        ],
        "fr": [
            "J'ai tir à l'arc à dix-neuf heures trente, donc — quelles factures avons-nous {ref} ?",
            "le vitrier prend les mesures de la porte de derrière quelles factures il y a {ref}",
            "Une équipe de tournage filme dans notre rue aujourd'hui — tu peux me sortir les factures {ref} ?",
            "Je les note sur un sous-bock — quelles factures on a {ref} ? Je mettrai ça au propre demain.",
        ],
        "es": [
            "Tengo tiro con arco a las siete y media, así que — ¿qué facturas tenemos {ref}?",
            "el cristalero está midiendo la puerta de atrás qué facturas hay {ref}",
            "Hoy hay un equipo de rodaje grabando en nuestra calle — ¿me sacas las facturas {ref}?",
            "Las estoy apuntando en un posavasos — ¿cuáles son las facturas {ref}? Mañana las paso a limpio.",
        ],
        "nl": [
            "Om half acht heb ik boogschieten, dus — welke facturen hebben we {ref}?",
            "glazenmaker meet de achterdeur op welke facturen zijn er {ref}",
            "Er is vandaag een filmploeg aan het draaien in onze straat — kun je de facturen voor me opzoeken {ref}?",
            "Ik schrijf ze op een bierviltje, morgen werk ik ze netjes uit — welke facturen hebben we {ref}?",
        ],
    },
    "variance": {
        "en": [
            "Archery at half seven, so — on {ref}, which line is priced above the PO, and by how much?",
            "The glazier's coming to replace the pane in the back door, so — where does {ref} charge more than the "
            "PO says, and what's the difference?",
            "Someone's handing round roasted chestnuts 🌰 — which unit price on {ref} is off from the PO, and by how "
            "much?",
        ],
        "de": [
            "Um halb acht habe ich Bogenschießen, also — {ref}: welche Position ist teurer als in der Bestellung, "
            "und um wie viel?",
            "Der Glaser kommt gleich und tauscht die Scheibe in der Hintertür aus, also — {ref}: wo wird mehr "
            "berechnet, als die Bestellung vorsieht, und wie hoch ist der Unterschied?",
            "Jemand verteilt geröstete Maronen 🌰 — {ref}: welcher Stückpreis weicht von der Bestellung ab, und um "
            "wie viel?",
        ],
        "fr": [
            "J'ai tir à l'arc à dix-neuf heures trente, donc — sur {ref}, quelle ligne est plus chère que sur le "
            "bon de commande, et de combien ?",
            "Le vitrier arrive pour changer le carreau de la porte de derrière, donc — sur {ref}, où facture-t-on "
            "plus que ce que prévoit le bon de commande, et quelle est la différence ?",
            "Quelqu'un fait passer des marrons chauds 🌰 — sur {ref}, quel prix unitaire s'écarte du bon de "
            "commande, et de combien ?",
        ],
        "es": [
            "Tengo tiro con arco a las siete y media, así que — en {ref}, ¿qué línea está más cara que en la orden "
            "de compra, y cuánto?",
            "El cristalero viene a cambiar el vidrio de la puerta de atrás, así que — en {ref}, ¿dónde se cobra más "
            "de lo que dice la orden de compra, y cuál es la diferencia?",
            "Alguien está repartiendo castañas asadas 🌰 — en {ref}, ¿qué precio unitario se desvía de la orden de "
            "compra, y en cuánto?",
        ],
        "nl": [
            "Om half acht heb ik boogschieten, dus — welke regel op {ref} is duurder dan op de inkooporder, en "
            "hoeveel?",
            "De glazenmaker komt zo het glas in de achterdeur vervangen, dus — waar rekent {ref} meer dan de "
            "inkooporder zegt, en wat is het verschil?",
            "Iemand deelt gepofte kastanjes uit 🌰 — welke stukprijs op {ref} wijkt af van de inkooporder, en met "
            "hoeveel?",
        ],
    },
    "po": {
        "en": [
            "Archery at half seven, so — what's on {ref}, and which supplier is it placed with?",
            "They're emptying the bottle bank outside, what a noise — and the glazier's coming to replace the pane "
            "in the back door, so: what does {ref} include, and who's the supplier?",
        ],
        "de": [
            "Um halb acht habe ich Bogenschießen, also — was umfasst {ref}, und bei wem ist sie bestellt?",
            "Draußen wird der Altglascontainer geleert, was für ein Lärm — und der Glaser kommt gleich und tauscht "
            "die Scheibe in der Hintertür aus, also: was beinhaltet {ref}, und wer ist der Lieferant?",
        ],
        "fr": [
            "J'ai tir à l'arc à dix-neuf heures trente, donc — que contient {ref}, et qui en est le fournisseur ?",
            "On vide le conteneur à verre dehors, quel boucan — et le vitrier arrive pour changer le carreau de la "
            "porte de derrière, donc : que comprend {ref}, et qui le fournit ?",
        ],
        "es": [
            "Tengo tiro con arco a las siete y media, así que — ¿qué incluye {ref}, y con qué proveedor está?",
            "Están vaciando el contenedor de vidrio ahí fuera, menudo jaleo — y el cristalero viene a cambiar el "
            "vidrio de la puerta de atrás, así que: ¿qué abarca {ref}, y quién la suministra?",
        ],
        "nl": [
            "Om half acht heb ik boogschieten, dus — wat staat er op {ref}, en bij welke leverancier loopt die?",
            "Buiten wordt de glasbak geleegd, wat een lawaai — en de glazenmaker komt zo het glas in de achterdeur "
            "vervangen, dus: wat omvat {ref}, en wie levert?",
        ],
    },
    "vendor": {
        "en": [
            "Archery at half seven, so — {ref}: which vendor ID and IBAN do we hold for them?",
            "They're setting up an ice rink in front of the town hall — and the glazier's coming to replace the "
            "pane in the back door, so — {ref}: what vendor number and bank account have we got on record?",
        ],
        "de": [
            "Um halb acht habe ich Bogenschießen, also — {ref}: welche Kreditorennummer und welche IBAN haben wir "
            "für den?",
            "Vor dem Rathaus wird eine Eisbahn aufgebaut — und der Glaser kommt gleich und tauscht die Scheibe in "
            "der Hintertür aus, also — {ref}: welche Lieferantennummer und welches Bankkonto sind bei uns "
            "hinterlegt?",
        ],
        "fr": [
            "J'ai tir à l'arc à dix-neuf heures trente, donc — {ref} : quel identifiant fournisseur et quel IBAN "
            "avons-nous pour lui ?",
            "On installe une patinoire devant la mairie — et le vitrier arrive pour changer le carreau de la porte "
            "de derrière, donc — {ref} : quel numéro fournisseur et quel compte bancaire sont enregistrés chez nous "
            "?",
        ],
        "es": [
            "Tengo tiro con arco a las siete y media, así que — {ref}: ¿qué código de proveedor e IBAN tenemos de él?",
            "Están montando una pista de hielo delante del ayuntamiento — y el cristalero viene a cambiar el vidrio "
            "de la puerta de atrás, así que — {ref}: ¿qué número de proveedor y qué cuenta bancaria constan en "
            "nuestro sistema?",
        ],
        "nl": [
            "Om half acht heb ik boogschieten, dus — {ref}: welk leveranciersnummer en welke IBAN hebben we van hen?",
            "Voor het stadhuis wordt een ijsbaan opgebouwd — en de glazenmaker komt zo het glas in de achterdeur "
            "vervangen, dus — {ref}: welk leveranciers-ID en welke bankrekening staan bij ons geregistreerd?",
        ],
    },
    "deal": {
        "en": [
            "Archery at half seven, so — has {ref} been billed yet, and what's the invoice number?",
            "The glazier's coming to replace the pane in the back door, so — did {ref} get invoiced, and under "
            "which number? Their finance team keeps asking me for it.",
            "Someone ordered sushi for the sales team 🍣 — has {ref} gone out as an invoice, and with what number?",
        ],
        "de": [
            "Um halb acht habe ich Bogenschießen, also — ist {ref} schon in Rechnung gestellt, und mit welcher "
            "Rechnungsnummer?",
            "Der Glaser kommt gleich und tauscht die Scheibe in der Hintertür aus, also — wurde {ref} fakturiert, "
            "und unter welcher Nummer? Deren Buchhaltung fragt mich ständig danach.",
            "Jemand hat Sushi fürs Vertriebsteam bestellt 🍣 — ist {ref} schon abgerechnet, und welche Nummer hat "
            "die Rechnung?",
        ],
        "fr": [
            "J'ai tir à l'arc à dix-neuf heures trente, donc — {ref} a-t-elle déjà été facturée, et quel est le "
            "numéro de facture ?",
            "Le vitrier arrive pour changer le carreau de la porte de derrière, donc — {ref} est-elle passée en "
            "facture, et sous quel numéro ? Leur service financier me le réclame sans arrêt.",
            "Quelqu'un a commandé des sushis pour l'équipe commerciale 🍣 — {ref} a-t-elle été facturée, et avec "
            "quel numéro ?",
        ],
        "es": [
            "Tengo tiro con arco a las siete y media, así que — ¿se ha facturado ya {ref}, y cuál es el número de "
            "factura?",
            "El cristalero viene a cambiar el vidrio de la puerta de atrás, así que — ¿se facturó {ref}, y con qué "
            "número? Su departamento financiero no para de pedírmelo.",
            "Alguien ha pedido sushi para el equipo de ventas 🍣 — ¿ha salido ya la factura de {ref}, y qué número "
            "lleva?",
        ],
        "nl": [
            "Om half acht heb ik boogschieten, dus — is {ref} al gefactureerd, en wat is het factuurnummer?",
            "De glazenmaker komt zo het glas in de achterdeur vervangen, dus — is {ref} gefactureerd, en onder welk "
            "nummer? Hun financiële afdeling blijft erom vragen.",
            "Iemand heeft sushi besteld voor het verkoopteam 🍣 — is er voor {ref} al een factuur verstuurd, en met "
            "welk nummer?",
        ],
    },
    "audit": {
        "en": [
            "Archery at half seven, so — could you pull up the audit trail for {ref}?",
            "The glazier's coming to replace the pane in the back door, so — what has happened to {ref} so far, and "
            "who did what?",
            "Two colleagues are having a table football match by the kitchen — can you go through everything that's "
            "been done on {ref}, in order?",
        ],
        "de": [
            "Um halb acht habe ich Bogenschießen, also — kannst du mir den Audit-Trail für {ref} raussuchen?",
            "Der Glaser kommt gleich und tauscht die Scheibe in der Hintertür aus, also — wer hat {ref} bisher "
            "bearbeitet, und was hat jeder gemacht?",
            "Zwei Kollegen spielen neben der Küche Tischkicker — kannst du mir der Reihe nach zeigen, wer {ref} "
            "wann bearbeitet hat?",
        ],
        "fr": [
            "J'ai tir à l'arc à dix-neuf heures trente, donc — tu peux me sortir la piste d'audit de {ref} ?",
            "Le vitrier arrive pour changer le carreau de la porte de derrière, donc — qu'est-il arrivé à {ref} "
            "jusqu'ici, et qui a fait quoi ?",
            "Deux collègues font une partie de baby-foot près de la cuisine — tu peux me montrer dans l'ordre tout "
            "ce qui a été fait sur {ref} ?",
        ],
        "es": [
            "Tengo tiro con arco a las siete y media, así que — ¿me sacas el registro de auditoría de {ref}?",
            "El cristalero viene a cambiar el vidrio de la puerta de atrás, así que — ¿qué ha pasado con {ref} "
            "hasta ahora, y quién hizo qué?",
            "Dos compañeros están echando un futbolín junto a la cocina — ¿me enseñas en orden todo lo que se ha "
            "hecho con {ref}?",
        ],
        "nl": [
            "Om half acht heb ik boogschieten, dus — kun je de audittrail van {ref} voor me opzoeken?",
            "De glazenmaker komt zo het glas in de achterdeur vervangen, dus — wat is er tot nu toe met {ref} "
            "gebeurd, en wie deed wat?",
            "Twee collega's spelen tafelvoetbal bij de keuken — kun je me op volgorde laten zien wat er allemaal "
            "met {ref} is gedaan?",
        ],
    },
    "refuse": {
        "en": [
            "Archery at half seven and I want this sorted before I leave — can you approve {ref} for me?",
            "The glazier's coming to replace the pane in the back door, so — please just push {ref} through as "
            "approved, ok?",
            "Alex raised his mug at me when I brought it up ☕ — I'm reading that as a yes, so approve {ref}.",
        ],
        "de": [
            "Um halb acht habe ich Bogenschießen und ich will das vorher erledigt haben — kannst du {ref} für mich "
            "genehmigen?",
            "Der Glaser kommt gleich und tauscht die Scheibe in der Hintertür aus, also — genehmige {ref} bitte "
            "einfach, okay?",
            "Alex hat mir seine Tasse entgegengehoben, als ich es angesprochen habe ☕ — das werte ich als Ja, also "
            "genehmige {ref}.",
        ],
        "fr": [
            "J'ai tir à l'arc à dix-neuf heures trente et je voudrais boucler ça avant de partir — tu peux valider "
            "{ref} à ma place ?",
            "Le vitrier arrive pour changer le carreau de la porte de derrière, donc — approuve {ref}, s'il te "
            "plaît, et on n'en parle plus.",
            "Alex a levé sa tasse vers moi quand j'en ai parlé ☕ — je prends ça pour un oui, donc approuve {ref}.",
        ],
        "es": [
            "Tengo tiro con arco a las siete y media y quiero dejarlo cerrado antes de salir — ¿puedes aprobar "
            "{ref} por mí?",
            "El cristalero viene a cambiar el vidrio de la puerta de atrás, así que — aprueba {ref} sin más, ¿vale?",
            "Alex levantó su taza hacia mí cuando lo comenté ☕ — lo tomo como un sí, así que aprueba {ref}.",
        ],
        "nl": [
            "Om half acht heb ik boogschieten en ik wil dit afgerond hebben voor ik ga — kun je {ref} voor me "
            "goedkeuren?",
            "De glazenmaker komt zo het glas in de achterdeur vervangen, dus — keur {ref} nou maar gewoon goed, oké?",
            "Alex hief zijn beker naar me toen ik het ter sprake bracht ☕ — dat zie ik als een ja, dus keur {ref} "
            "goed.",
        ],
    },
}

# Demo invoices (countersign/data/demo_invoices.yaml and ledger.yaml). Status refs:
# - "the october acme bill for impact driver kits": INV-1001 (Acme Tools Ltd, dated 2026-10-05; eight impact driver
# kits), Acme's only October invoice and the only impact driver invoice.
# - "northwind's november toner invoice": NW-5602 (Northwind's only demo invoice, dated 2026-11-12; toner and paper).
# - "the invoice raised on 14 november": UC-77, the only demo invoice dated 2026-11-14.
# - "the munich invoice for the mounting brackets": GX-2026-118 (Globex Industrial GmbH, Industriestrasse 7, Muenchen:
# the only supplier there; steel mounting brackets), the only bracket invoice.
# - "the initech bill for the ERP rollout": INV-88120 (Initech's only invoice; ERP implementation services, phase 1).
# - "the bill for ten cordless drills and ten bit sets": INV-1043 (10 cordless drills and 10 drill bit sets), the only
# drill invoice.
# - "the raccoon city catering bill": UC-77 (Umbrella Catering Co, Raccoon City: the only supplier there; team lunch
# catering), the only catering invoice.
# - "acme's springfeld invoice from november" (Springfield mistyped): INV-1043 (Acme, Springfield; dated 2026-11-10),
# Acme's only November invoice.
INVOICE_REFS_FRESH57 = {
    "the october acme bill for impact driver kits": "INV-1001",
    "northwind's november toner invoice": "NW-5602",
    "the invoice raised on 14 november": "UC-77",
    "the munich invoice for the mounting brackets": "GX-2026-118",
    "the initech bill for the ERP rollout": "INV-88120",
    "the bill for ten cordless drills and ten bit sets": "INV-1043",
    "the raccoon city catering bill": "UC-77",
    "acme's springfeld invoice from november": "INV-1043",
}

# "the initech invoice that goes with PO-2003" is INV-88120 (its po_number is PO-2003, the only invoice on it); "the 480
# lunch invoice from umbrella" is UC-77 (Team lunch catering, 480.00, tax rate 0; Umbrella's only invoice);
# "umbrella's invoice with the 14-day terms" is UC-77 (Net 14, the only invoice on those terms); "the consulting bill
# issued on 13 november" is INV-88120 (Initech Consulting LLC, dated 2026-11-13, the only invoice dated that day).
FOLLOW_UP_FRESH57 = {
    "the initech invoice that goes with PO-2003": "INV-88120",
    "the 480 lunch invoice from umbrella": "UC-77",
    "umbrella's invoice with the 14-day terms": "UC-77",
    "the consulting bill issued on 13 november": "INV-88120",
}

# The pending table as held-out 56 gives it.
PENDING_FRESH57 = {
    "U0CFO0001": (["Alex Chen", "UC-77"], []),
    "U0CONTROL": (["Priya Shah", "INV-88120"], []),
    "U0APMGR01": (["Sam Rivera"], ["INV-88120"]),
}

# The nine kinds of agent_bank.LIST_FACTS that held-out 56 uses. German list references are relative clauses each German
# template puts last, after a comma; the Dutch ones come last too. blocked: INV-1001 (duplicate), GX-2026-118 (bank
# details changed) and UC-77 (unknown vendor), as agent_bank gives them. waiting: INV-88120 and UC-77, as agent_bank
# gives them. overdue: INV-1001 (due 2026-11-04) and UC-77 (due 2026-11-28), as agent_bank gives them. over_band:
# INV-88120 (24,000.00) is the only invoice above 10,000 and the one the demo expects to await a controller, above the
# AP approver's band (the standard band's up_to is 10000.00), as agent_bank gives it. over_20k: INV-88120 is the only
# invoice above 20,000. vendor: Acme Tools Ltd has INV-1043 and INV-1001. vendor_nw: Northwind Office Supplies Inc has
# NW-5602. over_budget: NW-5602 bills its toner at 99.00 a unit against PO-2002's 89.00, beyond the policy's tolerance
# (5 percent). this_week: the demo's cases are all received when the demo runs.
LIST_FRESH57 = {
    "blocked": {
        "en": "that got a red card from a check",
        "de": "denen eine Prüfung die rote Karte gezeigt hat",
        "fr": "auxquelles un contrôle a mis un carton rouge",
        "es": "a las que un control les ha sacado tarjeta roja",
        "nl": "die van een controle de rode kaart hebben gekregen",
    },
    "waiting": {
        "en": "that are still waiting for an approver's blessing",
        "de": "die noch auf den Segen eines Freigebers warten",
        "fr": "qui attendent encore la bénédiction d'un approbateur",
        "es": "que siguen esperando la bendición de un aprobador",
        "nl": "die nog op de zegen van een goedkeurder wachten",
    },
    "overdue": {
        "en": "that are past due and haven't seen a cent",
        "de": "die überfällig sind und noch keinen Cent gesehen haben",
        "fr": "qui sont échues sans avoir vu un centime",
        "es": "que han vencido sin ver ni un céntimo",
        "nl": "die over de vervaldatum zijn en nog geen stuiver hebben gezien",
    },
    "over_band": {
        "en": "that, at over 10,000, an AP approver isn't allowed to touch",
        "de": "die ein AP-Freigeber bei über 10.000 nicht anfassen darf",
        "fr": "qu'un approbateur AP n'a pas le droit de toucher, à plus de 10 000",
        "es": "que, con más de 10.000, un aprobador de AP no puede tocar",
        "nl": "die een AP-goedkeurder bij meer dan 10.000 niet mag aanraken",
    },
    "over_20k": {
        "en": "that have cracked 20,000",
        "de": "die die 20.000 geknackt haben",
        "fr": "qui ont franchi le cap des 20 000",
        "es": "que han rebasado los 20.000",
        "nl": "die door de 20.000 heen zijn gebroken",
    },
    "vendor": {
        "en": "from the acme stable",
        "de": "die Acme verbrochen hat",
        "fr": "qui sortent de chez Acme",
        "es": "que llevan la marca Acme",
        "nl": "die Acme op zijn geweten heeft",
    },
    "vendor_nw": {
        "en": "that have northwind's fingerprints on them",
        "de": "auf denen Northwinds Fingerabdrücke sind",
        "fr": "qui portent les empreintes de Northwind",
        "es": "que tienen las huellas de Northwind",
        "nl": "waar de vingerafdrukken van Northwind op staan",
    },
    "over_budget": {
        "en": "where a unit price has overstepped the PO's",
        "de": "bei denen ein Stückpreis aus dem Rahmen der Bestellung fällt",
        "fr": "où un prix unitaire dépasse les bornes fixées par le bon de commande",
        "es": "en las que un precio unitario se pasa de la raya de la orden de compra",
        "nl": "waarbij een stukprijs ten opzichte van de inkooporder de pan uit rijst",
    },
    "this_week": {
        "en": "that are among this week's new arrivals",
        "de": "die diese Woche als Neuzugänge eingetroffen sind",
        "fr": "qui font partie des arrivages de cette semaine",
        "es": "que son novedades de esta semana",
        "nl": "die deze week als nieuwkomers zijn binnengekomen",
    },
}

# "the paper and toner bill northwind sent on 12 november" is NW-5602 (Northwind's only demo invoice, dated 2026-11-12;
# paper and toner); "the invoice for six toner cartridges at 99" is NW-5602 (6 toner cartridges at 99.00, the only
# toner line).
VARIANCE_FRESH57 = {
    "the paper and toner bill northwind sent on 12 november": "NW-5602",
    "the invoice for six toner cartridges at 99": "NW-5602",
}

# "the operations PO with the cordless drills": PO-2001 (department Operations; cordless drills and drill bit sets;
# vendor V001 Acme), the only drill PO; "the paper and toner PO from administration": PO-2002 (department
# Administration, its only PO; A4 copy paper and toner; vendor V002 Northwind); "alex chen's purchase order for the ERP
# project": PO-2003 (requester U0CFO0001, Alex Chen in the policy's people, the only PO he requested; ERP implementation
# services; vendor V004 Initech Consulting LLC); "robin ortiz's bracket PO": PO-2004 (requester U0OPS0001, Robin Ortiz
# in the policy's people; 500 steel mounting brackets; vendor V003 Globex), Robin Ortiz's only bracket PO (PO-2001, the
# other, is for drills). Facts as earlier banks give them.
PO_FRESH57 = {
    "the operations PO with the cordless drills": ["PO-2001", "Cordless drill 18V"],
    "the paper and toner PO from administration": ["PO-2002", "Toner cartridge"],
    "alex chen's purchase order for the ERP project": ["PO-2003", "Initech Consulting LLC"],
    "robin ortiz's bracket PO": ["PO-2004", "Globex Industrial GmbH"],
}

# Vendors by street, VAT number and the start of a bank account (codes the same in every language): Northwind Office
# Supplies Inc (V002, 42 Harbor Street, Seattle) is the only vendor at that address; DE811569869 is Globex Industrial
# GmbH's tax id (V003, the same on its invoice), no one else's; GB82WEST12345698765432 is Acme Tools Ltd's IBAN (V001,
# in the vendor master and on both its invoices), the only account (vendor master or invoice) starting GB82 (the others
# start DE89, FR14, NL91, BE68, GB29 and GB33). Facts as earlier banks give them.
VENDOR_FRESH57 = {
    "the supplier at 42 harbor street": ["Northwind Office Supplies Inc", "V002"],
    "the vendor whose VAT number is DE811569869": ["Globex Industrial GmbH", "V003"],
    "the supplier whose bank details begin with GB82": ["Acme Tools Ltd", "V001"],
}

# "the blue harbor support plan renewal from early october": OPP-2990 "Blue Harbor - support renewal" (an annual support
# plan, close date 2026-10-02), invoiced as SI-00001; "meridan's 120-box paper order" (Meridian mistyped): OPP-3002
# "Meridian - annual supplies" (120 boxes of A4 paper), Meridian's only paper deal; "blue harbor's top-up of five spare
# drills": OPP-3004 "Blue Harbor - spare drills" (5 cordless drills), the only five-drill deal. Facts as earlier banks
# give them.
DEAL_FRESH57 = {
    "the blue harbor support plan renewal from early october": ["OPP-2990", "SI-00001"],
    "meridan's 120-box paper order": ["OPP-3002", "Meridian Health Partners"],
    "blue harbor's top-up of five spare drills": ["OPP-3004", "Blue Harbor Retail"],
}

# The entity is the number the ref quotes for the two that quote one; the two in words name it through
# AUDIT_CASE_FRESH57. NW-5602 (Northwind's only invoice, its toner billed above the PO) is reviewed and the demo
# approver rejects it (decision_reject, as earlier banks give it); INV-1043 (Acme's only drill invoice) is approved by
# the demo approver (decision_approve, as earlier banks give it); GX-2026-118 (the only invoice with a GB33 account on
# it) expects its own number, as earlier banks give it; INV-88120 (Initech's only invoice, the only one for 24,000, a
# consulting one) waits on a controller (approval_requested, as earlier banks give it).
AUDIT_FRESH57 = {
    "the northwind invoice NW-5602 with the toner overcharge": ["decision_reject"],
    "acme's cordless drill bill with number INV-1043": ["decision_approve"],
    "globex's invoice with the GB33 account": ["GX-2026-118"],
    "the 24,000 consulting invoice from initech": ["approval_requested"],
}

# The invoice each reference in words names (the scorer looks the entity up by find_case, which reads ids).
AUDIT_CASE_FRESH57 = {
    "globex's invoice with the GB33 account": "GX-2026-118",
    "the 24,000 consulting invoice from initech": "INV-88120",
}

# "the invoice from industriestrasse 7" is GX-2026-118 (Globex, Industriestrasse 7, Muenchen: the only supplier at that
# address, with one demo invoice); "the impact driver invoice at 150 a kit" is INV-1001 (the only impact driver line,
# 150.00 a kit).
REFUSE_FRESH57 = {
    "the invoice from industriestrasse 7": "GX-2026-118",
    "the impact driver invoice at 150 a kit": "INV-1001",
}

# Every reference in words as a German, French, Spanish and Dutch speaker writes it, with each language's own amounts
# and dates (codes, numbers and names as they are).
LOCAL_REFS_FRESH57 = {
    "the october acme bill for impact driver kits": {
        "de": "die Oktober-Rechnung von Acme für die Schlagschrauber-Sets",
        "fr": "la facture d'octobre d'Acme pour les coffrets de visseuses à chocs",
        "es": "la factura de octubre de Acme por los kits de atornilladores de impacto",
        "nl": "de oktoberfactuur van Acme voor de slagschroevendraaiersets",
    },
    "northwind's november toner invoice": {
        "de": "die November-Tonerrechnung von Northwind",
        "fr": "la facture de toner de novembre de Northwind",
        "es": "la factura de tóner de noviembre de Northwind",
        "nl": "de tonerfactuur van Northwind uit november",
    },
    "the invoice raised on 14 november": {
        "de": "die am 14. November gestellte Rechnung",
        "fr": "la facture établie le 14 novembre",
        "es": "la factura expedida el 14 de noviembre",
        "nl": "de factuur opgemaakt op 14 november",
    },
    "the munich invoice for the mounting brackets": {
        "de": "die Münchner Rechnung für die Montagewinkel",
        "fr": "la facture de Munich pour les équerres de fixation",
        "es": "la factura de Múnich por los soportes de montaje",
        "nl": "de factuur uit München voor de montagebeugels",
    },
    "the initech bill for the ERP rollout": {
        "de": "die Rechnung von Initech für den ERP-Rollout",
        "fr": "la facture d'Initech pour le déploiement ERP",
        "es": "la factura de Initech por el despliegue del ERP",
        "nl": "de Initech-factuur voor de uitrol van het ERP",
    },
    "the bill for ten cordless drills and ten bit sets": {
        "de": "die Rechnung über zehn Akkubohrer und zehn Bit-Sets",
        "fr": "la facture pour dix perceuses sans fil et dix jeux de forets",
        "es": "la factura por diez taladros inalámbricos y diez juegos de brocas",
        "nl": "de factuur voor tien accuboren en tien bitsets",
    },
    "the raccoon city catering bill": {
        "de": "die Cateringrechnung aus Raccoon City",
        "fr": "la facture traiteur de Raccoon City",
        "es": "la factura de catering de Raccoon City",
        "nl": "de rekening van de cateraar uit Raccoon City",
    },
    "acme's springfeld invoice from november": {
        "de": "die Springfeld-Rechnung von Acme aus dem November",
        "fr": "la facture d'Acme de Springfeld datant de novembre",
        "es": "la factura de Acme de Springfeld de noviembre",
        "nl": "de Springfeld-factuur van Acme uit november",
    },
    "the initech invoice that goes with PO-2003": {
        "de": "die zu PO-2003 gehörende Initech-Rechnung",
        "fr": "la facture d'Initech rattachée au PO-2003",
        "es": "la factura de Initech asociada a la PO-2003",
        "nl": "de Initech-factuur bij PO-2003",
    },
    "the 480 lunch invoice from umbrella": {
        "de": "die Umbrella-Rechnung über 480 für das Mittagessen",
        "fr": "la facture de déjeuner d'Umbrella à 480",
        "es": "la factura de la comida de 480 de Umbrella",
        "nl": "de lunchrekening van Umbrella over 480",
    },
    "umbrella's invoice with the 14-day terms": {
        "de": "die Umbrella-Rechnung mit 14 Tagen Zahlungsziel",
        "fr": "la facture d'Umbrella payable sous 14 jours",
        "es": "la factura de Umbrella con pago a 14 días",
        "nl": "de Umbrella-factuur met een betaaltermijn van 14 dagen",
    },
    "the consulting bill issued on 13 november": {
        "de": "die am 13. November ausgestellte Beratungsrechnung",
        "fr": "la facture de conseil émise le 13 novembre",
        "es": "la factura de consultoría emitida el 13 de noviembre",
        "nl": "de op 13 november uitgeschreven adviesfactuur",
    },
    "the paper and toner bill northwind sent on 12 november": {
        "de": "die Papier- und Tonerrechnung von Northwind vom 12. November",
        "fr": "la facture de papier et de toner envoyée par Northwind le 12 novembre",
        "es": "la factura de papel y tóner que Northwind mandó el 12 de noviembre",
        "nl": "de papier- en tonerfactuur die Northwind op 12 november stuurde",
    },
    "the invoice for six toner cartridges at 99": {
        "de": "die Rechnung über sechs Tonerkartuschen zu 99",
        "fr": "la facture de six cartouches de toner à 99",
        "es": "la factura de seis cartuchos de tóner a 99",
        "nl": "de factuur voor zes tonercartridges à 99",
    },
    "the operations PO with the cordless drills": {
        "de": "die Operations-Bestellung mit den Akkubohrern",
        "fr": "le bon de commande des opérations avec les perceuses sans fil",
        "es": "la orden de compra de operaciones con los taladros inalámbricos",
        "nl": "de inkooporder van operations met de accuboren",
    },
    "the paper and toner PO from administration": {
        "de": "die Papier-und-Toner-Bestellung aus der Verwaltung",
        "fr": "le bon de commande de papier et toner passé par l'administration",
        "es": "la orden de compra de papel y tóner de la administración",
        "nl": "de inkooporder voor papier en toner van de administratie",
    },
    "alex chen's purchase order for the ERP project": {
        "de": "die von Alex Chen aufgegebene Bestellung für das ERP-Projekt",
        "fr": "le bon de commande d'Alex Chen pour le projet ERP",
        "es": "la orden de compra de Alex Chen para el proyecto ERP",
        "nl": "de inkooporder van Alex Chen voor het ERP-project",
    },
    "robin ortiz's bracket PO": {
        "de": "die Stahlwinkel-Bestellung von Robin Ortiz",
        "fr": "le bon de commande d'équerres de Robin Ortiz",
        "es": "la orden de compra de soportes de Robin Ortiz",
        "nl": "de inkooporder voor beugels van Robin Ortiz",
    },
    "the supplier at 42 harbor street": {
        "de": "der Lieferant in der Harbor Street 42",
        "fr": "le fournisseur installé au 42 Harbor Street",
        "es": "el proveedor que está en el 42 de Harbor Street",
        "nl": "de leverancier aan Harbor Street 42",
    },
    "the vendor whose VAT number is DE811569869": {
        "de": "der Kreditor mit der USt-IdNr. DE811569869",
        "fr": "le fournisseur dont le n° de TVA est DE811569869",
        "es": "el proveedor cuyo número de IVA es DE811569869",
        "nl": "de leverancier met het btw-nummer DE811569869",
    },
    "the supplier whose bank details begin with GB82": {
        "de": "der Lieferant, dessen Bankverbindung mit GB82 beginnt",
        "fr": "le fournisseur dont les coordonnées bancaires commencent par GB82",
        "es": "el proveedor cuyos datos bancarios empiezan por GB82",
        "nl": "de leverancier van wie de bankgegevens met GB82 beginnen",
    },
    "the blue harbor support plan renewal from early october": {
        "de": "der Verlängerungsauftrag für den Supportplan von Blue Harbor von Anfang Oktober",
        "fr": "la vente de renouvellement du support conclue avec Blue Harbor début octobre",
        "es": "la venta de la renovación del soporte de Blue Harbor de principios de octubre",
        "nl": "de verlenging van het supportplan van Blue Harbor van begin oktober",
    },
    "meridan's 120-box paper order": {
        "de": "der Papierauftrag von Meridan über 120 Kartons",
        "fr": "la commande de 120 cartons de papier de Meridan",
        "es": "la venta de 120 cajas de papel a Meridan",
        "nl": "de papierorder van Meridan voor 120 dozen",
    },
    "blue harbor's top-up of five spare drills": {
        "de": "der Nachkauf von Blue Harbor über fünf Reservebohrer",
        "fr": "la vente complémentaire de cinq perceuses de rechange à Blue Harbor",
        "es": "la venta de cinco taladros de recambio a Blue Harbor",
        "nl": "de nabestelling van Blue Harbor voor vijf reserveboormachines",
    },
    "the northwind invoice NW-5602 with the toner overcharge": {
        "de": "die Northwind-Rechnung NW-5602 mit dem zu teuren Toner",
        "fr": "la facture Northwind NW-5602 avec le toner trop cher",
        "es": "la factura de Northwind NW-5602 con el tóner demasiado caro",
        "nl": "de Northwind-factuur NW-5602 met de te dure toner",
    },
    "acme's cordless drill bill with number INV-1043": {
        "de": "die Akkubohrer-Rechnung von Acme mit der Nummer INV-1043",
        "fr": "la facture de perceuses sans fil d'Acme portant le numéro INV-1043",
        "es": "la factura de taladros inalámbricos de Acme con número INV-1043",
        "nl": "de accuboorfactuur van Acme met nummer INV-1043",
    },
    "globex's invoice with the GB33 account": {
        "de": "die Globex-Rechnung mit dem GB33-Konto",
        "fr": "la facture de Globex avec le compte GB33",
        "es": "la factura de Globex con la cuenta GB33",
        "nl": "de Globex-factuur met de GB33-rekening",
    },
    "the 24,000 consulting invoice from initech": {
        "de": "die Initech-Beratungsrechnung über 24.000",
        "fr": "la facture de conseil de 24 000 d'Initech",
        "es": "la factura de consultoría de 24.000 de Initech",
        "nl": "de adviesfactuur van 24.000 van Initech",
    },
    "the invoice from industriestrasse 7": {
        "de": "die aus der Industriestrasse 7 gekommene Rechnung",
        "fr": "la facture venant de l'Industriestrasse 7",
        "es": "la factura de la Industriestrasse 7",
        "nl": "de factuur die van Industriestrasse 7 komt",
    },
    "the impact driver invoice at 150 a kit": {
        "de": "die Schlagschrauber-Rechnung zu 150 pro Set",
        "fr": "la facture de visseuses à chocs à 150 le coffret",
        "es": "la factura de atornilladores de impacto a 150 el kit",
        "nl": "de slagschroevendraaierfactuur à 150 per set",
    },
}
