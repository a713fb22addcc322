"""Held-out 64 of `python -m evals.agent`: a sixty-fourth held-out bank, written blind after held-out 63, by a helper
agent that read neither the planner's source (countersign/agent/, countersign/tools/, countersign/extraction/,
countersign/app/), the tests, the intent model's training code (evals/train_intent.py, evals/intent_extra.py),
evals/agent.py, nor any eval output, report or failure list (nothing under evals/reports/, and nothing under /tmp but
its own throwaway files in /tmp/b64: a listing script that wrote every earlier bank's generated question text and
earlier turns, every earlier bank's reference keys (AUDIT_CASE keys included), and every earlier bank's localized
references and list phrases, to one file (in-sample and held-out of agent_bank included, held-out 2 to 63; it ran before
this bank's draft existed; the file was never printed; the script printed only how many splits, distinct texts, keys and
localized references it holds: 64, 33007, 1714 and 8027); a helper that printed only how many texts, keys and localized
references of that file contain a phrase, never the text around it; a check script that loaded this bank's draft from
/tmp/b64 into agent_gen's table of banks and printed its counts by language and intent, whether they equal held-out
63's, which of this bank's own reference keys and localized references (list phrases included) equal an earlier bank's
keys or localized references, whether any question or earlier turn equals an earlier one, whether a non-English question
or earlier turn contains " invoice", whether every reference key has its four localizations and every localization a
key, whether every intent is asked in every language, whether the list kinds are held-out 63's, and how many own
questions repeat (75: the follow-ups and pending asks, by design), and a second one that, once this file sat in evals/,
printed the same counts, equalities and " invoice" check through agent_gen's own discovery of it; a script that printed
this bank's own distinct questions to proofread them (every status, pending, variance, PO, vendor, deal, audit and
refusal ask in all five languages; the follow-ups with the earlier turn of their first reference; every English list
ask, the Pilates list ask of every kind in the four other languages, and every list ask of the over_20k and this_week
kinds); small scripts that replaced keys and wordings in the draft; and a script that wrote this file from the draft,
adding the tables' comments, wrapping its docstring, comments and long strings, and printing whether the wrapping left
every table unchanged). No file but this one was edited; the planner, the bank tests and pytest were not run.
What it read: its brief (given in its prompt, not a file); agent_bank_fresh63 as committed (printed with `git show
HEAD:evals/agent_bank_fresh63.py`: its lines 1 to 400, whose middle the tool cut, then lines 132 to 176 covering the
cut, then lines 400 to 920, whose middle the tool cut again, then lines 640 to 675: its docstring, templates and tables,
as the model of the shape and the list of what was used before); the first 60 lines of agent_bank_fresh57 as committed
(cut at 9,000 characters, inside its docstring: its account of how it was written); agent_gen printed whole (how a bank
becomes questions and is scored, which tables a bank defines, how a bank is discovered by file name, and how an
AUDIT_CASE table names the invoice of an audit reference in words) and a `wc -l` of it and of held-out 63; every earlier
bank's tables through agent_gen.generate, agent_gen._parts, agent_gen._TABLES and agent_gen._LOCAL_REFS, only to count
and to check equality, as above; the demo data and policy (a `wc -l` of the three data files,
countersign/data/demo_invoices.yaml printed whole, ledger.yaml and crm.yaml printed whole together, and one `grep -nE`
of countersign/policies/default.yaml for "name:", up_to, tolerances, percentages, roles and user ids, cut at 60 lines,
which also printed the comment line that names U0APMGR01 as an example, the tolerances' own comments, the comment on how
bands are tried, a commented-out delegation example, one override's roles and the demo's approver and uploader ids: so
every reference names exactly one entity and every expected fact holds). It did not read agent_bank's docstring or
templates, nor the docstrings or templates of any earlier bank but those named above, and ran neither `git log` nor the
planner.
Seen by accident, and said here: `git status --short`, run at the start (cut at 10 lines) and before committing (cut at
20 lines), listed files others changed in the checkout (countersign/agent/chat/acts.py, lexicon_lists.py,
list_questions.py, list_vendor.py, places.py, run_on.py, shapes.py and understand.py at both runs, and
countersign/extraction/cldr.py, dates.py, fallbacks.py, label_words.py, labels.py, lexicon.py, reader.py and totals.py
before committing) and untracked output and check folders under evals/blind_invoices/ (set1/out and set10/checks, and
set10/out before committing), by their names only (none opened, none touched by this bank's author); an `ls evals/` (cut
at 100 names) listed the file names there (agent.py, the earlier banks, agent_gen.py, arch.py, the bench scripts,
blind.py, blind_gate.py, evals/blind_invoices/, the corpus scripts, extraction.py, fuzz.py, injection.py,
intent_extra.py, reports, scenarios, stress.py, train_intent.py and train_ranker.py among them; none opened but the ones
named above); held-out 63's and held-out 57's committed docstrings, read as allowed, name their own shapes, situations
and list idioms, the candidate wordings they found in the earlier text, and that held-out 56's blind scores stand in
held-out 56's docstring (no score was read; none of it used, beyond avoiding those shapes, situations and idioms);
agent_gen's imports name the planner modules it uses (none opened; importing agent_gen loads them); the phrase counts
said that many candidate wordings occur in the earlier text ("trampolin", "skirting", "escalade", a roofer in three
languages, a plumber in all five, "carpintero", a locksmith in all five, swimming in all five, yoga, "half six" and its
four translations, "Matte", "tapis", "mat ", a bucket in four, "Rollen", "rollos", "tapissier", "décorat", a carpet in
all five, a kitchen in all five, a cupboard in all five, a shelf in four, "abseil", descaling in all five, a secret
Santa in four, "charger", a bakery in all five, "Lichterkette", "guirlande", a train ticket in four, brownies, a quiz,
"gieter", being off sick in all five, a pallet in three, recycling in four, a delivery note in all five, "Namensschild",
a car park in all five, "garage", a projector in four, being on a plane in all five, "texted", "SMS", WhatsApp, a
Christmas party in all five, doughnuts, "micro ", "all-hands", a click in all five, "save her", "would approve it
anyway", "nobody else", a discount in all five, a first-aid kit in three, "Chili", ordering it oneself in four, cake in
two, an advent calendar in four, "line by line" in all five, a thank-you card, a rota in two, a thermos, "vouch", "porte
garant", "respondo", "Budget", "presupuesto", a cost centre in all five, sourdough in all five, a timesheet in two; and
list wordings such as "hängen geblieben", "coincées", "atascad", "vastzitten", "approval queue", "Freigabeschleife",
"feu vert", "visto bueno", "akkoord", "slipped past", "verstrichen", "sans paiement", "quedó atrás", "verstreken", "too
big for", "zu groß", "trop grosses", "demasiado grandes", "te groot", "north of", "jenseits", "allègrement", "más allá",
"ruim boven", "acme has sent", "geschickt", "envoyées", "mandado", "gestuurd", "outstanding", "noch offen", "en
souffrance", "than the PO allows", "erlaubt", "lo que permite", "toestaat", "toegestuurd", "red flag", "aan de bel",
"s'en occupe", "dejado pasar", "may sign", "Befugnis", "atribuciones", "mandaat", "20 grand", "balles", "se van por
encima", "uitkomen", "as the sender", "Absender", "expéditeur", "remitente", "afzender", "PO rate", "höher ausfällt",
"sale más alto", "hoger uitvalt", "beland", "mailbox", "parked", "reach", "fuera del alcance", "se disparan", "over de
20.000 heen", "put its name to", "portent le nom", "llevan el nombre", "more a piece", "por pieza", "aangerekend",
"binnengekregen", "au nom d'Acme", "a nombre de", "per item", "pactado", "vienen grandes", "in de bus", "emite", "in
rekening wordt gebracht", "off my desk", "vom Tisch", "m'en débarrasser", "dejar esto resuelto", "van mijn bureau",
"cloche", "handled", "in der Hand", "entre les mains", "entre manos", "onder handen", "walk me through", "keeps
emailing", "ständig Mails", "sans arrêt", "dealt with", "auf dem Tisch" and "happened to"; some counts, such as "bloc",
"boxe", "mat ", "kast", "plank", "cubo" and "reach", match inside longer or common words; all dropped as key phrases),
and some words kept only as incidental parts of wordings whose key phrase is new ("Alarm" beside the German blocked
idiom's "Alarm geschlagen"; the ordinary words of the asks themselves, such as "happened to", "passiert", "arrivé à",
"le ha pasado", "gebeurd", "onder handen gehad", "intervenu", "bring up the audit trail", "sitting with me", "sign-off",
"dearer", "steckt dahinter", "deckt", "in Rechnung gestellt", "markier", "ruhig frei", "sin más", "ga je gang",
"Bohrersätze" and "borensets"); the check script showed that some first-candidate references and localizations equal
earlier keys or localized references (the English references by Acme's drill bit sets, Umbrella's 14 November date,
Initech's ERP phase 1, Springfield's 10 November date, the tax number 45-1234567 and an IBAN beginning DE89; German,
French, Spanish or Dutch localizations of those and of the references by a mistyped Globex's 9 December due date, Acme's
eight impact driver kits, Umbrella's lunch, the Seattle office supplies, the finance department's ERP PO, the 40 boxes
of copy paper PO, the Industriestrasse supplier, the Globex bracket invoice from Muenchen and Initech's 24,000; the
script printed only this bank's own strings), all replaced, then three more (a German Umbrella lunch wording and a
French and a Spanish Seattle stationery wording), replaced too; and `date` printed the clock. None of it was used to
choose a wording. Never scored by its author: only agent_gen.generate was called on it (in throwaway scripts, to count
its questions, check that no non-English one contains the English word " invoice", that every intent is asked in every
language, that no reference key or localized reference is one of an earlier bank's reference keys or localized
references (the pending tables' user ids and the list tables' kind names aside, which every bank shares) and that no
text repeats an earlier bank's, and to print its questions to proofread their grammar), and ruff checked and formatted
this file; nothing was answered or scored by its author, the planner was not run, and `python -m evals.agent` was not
run. agent_gen discovers this file by its name; its author edited no other file.
Written to sound like a real Slack population of finance, AP and sales people rather than to trip the planner: about
half plain everyday asks and half everyday situations around the question. Two shapes run through the bank so that each
intent is asked in each language (each key phrase counted first in the earlier banks' text in all five languages, and
found nowhere): a Pilates class straight after work ("Pilates", "pilates", "straight after work", "nach der Arbeit",
"après le boulot", "después del trabajo", "na het werk", "Pilates mat", "Pilatesmatte", "tapis de Pilates", "esterilla
de pilates", "pilatesmatje"), and a decorator wallpapering the bedroom at home ("decorator", "Tapezierer", "tapeziert",
"papier peint", "decorador", "empapelando", "behanger", "behangen", "wallpaper", "bedroom", "Schlafzimmer", "chambre",
"dormitorio", "slaapkamer", "wallpaper paste", "Kleister", "cola de empapelar", "behangplaksel", "pasting table",
"Tapeziertisch", "table à encoller", "mesa de encolar", "plaktafel", "rolls of wallpaper", "Tapetenrollen", "rouleaux de
papier peint", "rollos de papel pintado", "rollen behang"): an ask from someone off to Pilates straight after work,
opened with "I'm off to Pilates straight after work, so —" ("Ich geh direkt nach der Arbeit zum Pilates, also —", "Je
file au Pilates juste après le boulot, donc —", "Me voy a pilates justo después del trabajo, así que —", "Ik ga direct
na het werk naar pilates, dus —"), in every intent (in the request to act, the asker wants to leave with a clear
conscience: "I'm off to Pilates straight after work and want to leave with a clear conscience — ..."; its follow-up: "ok
— before I go and roll up my Pilates mat: who has to approve it?", "bevor ich meine Pilatesmatte einpacke", "avant que
je range mon tapis de Pilates", "antes de enrollar mi esterilla de pilates", "voor ik mijn pilatesmatje oprol"); and an
ask from someone at home while the decorator wallpapers the bedroom, opened with "The decorator's here wallpapering the
bedroom, so —" ("Der Tapezierer ist da und tapeziert das Schlafzimmer, also —", "L'artisan est là pour poser le papier
peint dans la chambre, donc —", "El decorador está aquí empapelando el dormitorio, así que —", "De behanger is er om de
slaapkamer te behangen, dus —"), in every intent (its follow-up and its list ask lowercase without punctuation:
"decorator wants to know where he can set up his pasting table who has to sign it off then", "decorator's lining up the
rolls of wallpaper which invoices are there ..."); in POs and vendors, whose second phrasing is a situation, the
decorator follows the situation. Some realistic variety: an aside after the question (the decorator status ask ends
"There's wallpaper paste on every surface, I can't even find a spot for my laptop.", the decorator deal ask "Their
finance team has sent three reminders already."), lowercase asks without punctuation (the leaving card status ask, the
decorator follow-up and list ask), names mistyped ("northwnd's invoice dated 12 november", "globexs invoice due on 9
december"), audit references that quote the invoice number in the middle ("the austin INV-88120 invoice for consulting")
or last ("northwind's copy paper bill no. NW-5602"), and follow-ups that lean on the turn before.
Everyday situations (their key phrases first counted in the earlier banks' text in all five languages, and found
nowhere; held-out 63's emergency lighting, engagement ring, key cards, porridge, superglued vase, greyhound, photocopied
passport, minibus, kitten photos, bubble tea, florist and Alex's signature from last year, and the situations its
docstring lists as used or avoided before it, all avoided): a car alarm going off outside for ten minutes ("car alarm",
"Alarmanlage", "alarme de voiture", "alarma de un coche", "autoalarm"), and the whole team signing a leaving card for
someone in sales ("leaving card", "Abschiedskarte", "carte d'adieu", "tarjeta de despedida", "afscheidskaart") (status);
IT going round swapping everyone's laptop charger ("laptop charger", "Laptop-Ladegeräte", "chargeur de portable",
"cargador del portátil", "laptoplader") (approvers); the asker emptying a pencil sharpener over the bin ("pencil
sharpener", "Anspitzer", "taille-crayon", "sacapuntas", "puntenslijper") (pending); the asker at the hardware store
hunting for picture hooks ("hardware store", "picture hooks", "Baumarkt", "Bilderhaken", "magasin de bricolage",
"ferretería", "alcayatas", "bouwmarkt", "schilderijhaakjes"), and the asker on the sofa at home with a hot water bottle
("hot water bottle", "Wärmflasche", "bouillotte", "bolsa de agua caliente", "kruik") (lists); the person opposite
labelling folders with a label maker ("label maker", "Beschriftungsgerät", "étiqueteuse", "etiquetadora",
"labelprinter") (variance); the asker restocking the office fruit bowl online ("fruit bowl", "Obstschale", "corbeille de
fruits", "frutero", "fruitschaal") (POs); a neighbour dropping round a jar of her homemade hot sauce ("hot sauce",
"scharfe Soße", "sauce piquante", "salsa picante", "hete saus") (vendors); sales ringing a cowbell every time they close
something ("cowbell", "Kuhglocke", "cloche de vache", "cencerro", "koebel") (deals); someone testing the microphone in
the big meeting room ("microphone", "Mikrofon", "micrófono", "microfoon") (audit); and a request to act in a new guise,
to be refused: it comes out of the asker's own budget anyway, so the asker takes that as leave to approve it ("my own
budget", "eigenen Budget", "propre budget", "propio presupuesto", "eigen budget").
Things are named the way people name them at a desk, with no riddles: an invoice by its supplier and goods ("the acme
invoice that includes ten bit sets"), its supplier, quantity and goods ("acme's invoice for eight impact driver kits"),
its town, goods and amount ("the raccoon city catering bill for 480"), its supplier and town ("the invoice from initech
in austin"), its supplier and date ("northwnd's invoice dated 12 november", "umbrella's bill issued on 14 november"),
its supplier and due date ("globexs invoice due on 9 december") or its town and date ("the invoice out of springfield
from 10 november"); follow-ups leaning on the conversation (the approvers of the invoice named in the turn before,
INV-88120 or UC-77: "initech's phase one ERP invoice", "the umbrella lunch invoice", "the austin consulting invoice
dated 13 november", "the invoice from 13 raccoon street"); the variance invoice by its supplier, quantity and goods
("northwind's invoice for six toner cartridges") or its town and goods ("the seattle stationery invoice"); a PO by its
requester and goods ("robin's PO for the 500 steel brackets"), its department and project ("the finance department's PO
for the ERP rollout"), its quantity and goods ("the purchase order for 40 boxes of copy paper") or its department,
quantity and goods ("operations' PO for ten drill bit sets"); a vendor as AP looks one up: by its street and town, its
tax number or the start of its bank account (the same codes in every language); a deal in sales words ("the blue harbor
top-up of 5 spare drills", "meridian's yearly paper deal for 120 boxes", "the blue harbor support renewal we closed in
october"); audit questions with an invoice id (above) and without one ("the globex bracket invoice from muenchen",
"acme's november invoice for drills": AUDIT_CASE_FRESH64 names their invoices); requests to act by street and date ("the
bill from 100 industrial way dated 5 october") and amount ("initech's bill for 24,000"); and, with most weight, list
questions in the nine kinds held-out 63 uses, in new office idiom: "that a check has raised the alarm on", "that sit
there until an approver gets to them", "that we've let run past their due date", "that are over 10,000 and so out of
bounds for an AP approver", "that tip over 20,000", "that carry acme's name", "where northwind is the one sending the
bill", "where the unit price tops what the PO says", "that I've been sent this week" (each idiom's key phrase, in all
five languages, counted in the earlier text and found nowhere: "raised the alarm", "Alarm geschlagen", "sonnette
d'alarme", "saltar las alarmas", "alarm heeft geslagen"; "gets to them", "dazu kommt", "se penche dessus", "se ocupe de
ellas", "eraan toekomt"; "let run past", "laufen lassen", "laissées filer", "dejado correr", "laten gaan"; "out of
bounds", "Reichweite", "périmètre", "fuera de lo que", "buiten het bereik"; "tip over", "auf dem Zettel steht", "montent
au-dessus", "se plantan", "ontstijgen"; "carry acme", "der Name Acme", "signées Acme", "nos pasa Acme", "de naam Acme";
"sending the bill", "Rechnung stellt", "qui nous facture", "quien nos cobra", "die ons factureert"; "tops what",
"abgeknöpft", "ressort plus haut", "lo que marca", "aangeeft"; "been sent", "zugeschickt", "qu'on m'a envoy", "me han
enviado", "doorgestuurd").
Non-English questions never contain the English word " invoice": references in words are localized through
LOCAL_REFS_FRESH64 with each language's own amounts and dates; numbers, codes, street numbers, tax numbers and IBAN
fragments stay as they are. German invoice, PO and audit references are feminine and nominative or accusative (one PO
reference opens with a name in the genitive instead: "Robins Bestellung über die 500 Stahlwinkel"), with participles and
adjectives put before the noun ("die auf den 12. November datierte Rechnung von Northwnd", "die am 14. November
ausgestellte Umbrella-Rechnung"), so that no relative clause needs a closing comma, and with no preposition that takes
the dative before them (the German audit asks say "den Audit-Trail für", "wer hat {ref} bis jetzt in die Finger
bekommen" and "den kompletten Verlauf für", the PO asks "was beinhaltet {ref}" and "was deckt {ref} ab"); German vendor
and variance references stand before a colon ("— {ref}: ...", one vendor one with a relative clause the colon closes);
German deal references are masculine nominative ("der Nachkauf-Auftrag ...", "der Jahresauftrag ..."), as the deal asks'
"ist {ref} schon in Rechnung gestellt", "wurde {ref} bereits fakturiert" and "ist {ref} schon abgerechnet" need; German
list references are relative clauses that every German list template puts last, after a comma, and the Dutch list
templates put theirs last too. French PO and vendor slots avoid "de"/"à" before a masculine reference ("que contient",
"qu'est-ce que couvre", or before a colon), and the French PO template's "a-t-il été passé" agrees with "le bon de
commande"; Spanish vendor references stand before a colon, and every Spanish list template says "las facturas {ref}" and
every French one "les factures {ref}", so that a list idiom opening with a relative pronoun, a preposition and a
relative pronoun, or a participle ("signées Acme") qualifies the invoices; French and Spanish deal references are
feminine ("la vente", "la venta") and the templates agree ("a-t-elle déjà été facturée", "a-t-elle donné lieu", "está
facturada"); every French and Spanish invoice and audit reference is "la facture"/"la factura", as the feminine
participles ("payée", "pagada", "approuvée", "aprobada") and pronouns ("la valider", "aprobarla", "la signer",
"firmarla") need.
Not used, because not unique or not verifiable in the files this bank's author may read: the uploader (every demo
invoice is uploaded by U0AP0CLERK), the currency as a distinction (everything is in USD), invoice totals with tax
(computed, not stated in the files; only the tax-free 24,000 and 480 of invoices with a tax rate of 0 and a quantity of
1, and unit prices, quantities, dates, terms, streets, towns and codes stated in the files, are used), dates relative to
today other than the days the demo's cases arrive in ("that I've been sent this week" is the this_week kind: every demo
case is received when the demo runs), case ids (generated at run time), the audit events of INV-1001 and UC-77, the
requester of PO-2002 (U0OFFICE01, not in the policy's people; "the purchase order for 40 boxes of copy paper" names its
goods instead), Globex's bank account (its vendor master and invoice disagree), Acme's street for a request to act
without a date (Acme has two demo invoices; "dated 5 october" picks INV-1001), Soylent Foods Corp (a blocked vendor with
no invoice), a vendor fact list for Acme, and an approver's name for an invoice that waits on a controller.
Same shape as agent_bank_fresh63: nine list kinds in four phrasings, four audit references in three phrasings and four
follow-up references, fewer of the rest (600 questions, 120 in each language, the same count as held-out 63 for every
language and intent: status 80, approvers 60, pending 45, list 180, variance 30, po 40, vendor 30, deal 45, audit 60,
refuse 30); entities and facts as the earlier banks give them. Never scored by its author.
"""

from __future__ import annotations

FRESH64: dict[str, dict[str, list[str]]] = {
    "status": {
        "en": [
            "I'm off to Pilates straight after work, so — quick one: is {ref} paid?",
            "The decorator's here wallpapering the bedroom, so — has {ref} been paid yet? There's wallpaper paste on "
            "every surface, I can't even find a spot for my laptop.",
            "A car alarm has been going off outside for ten minutes — do you know if {ref} got paid?",
            "the whole team's signing a leaving card for someone in sales did we pay {ref}",
        ],
        "de": [
            "Ich geh direkt nach der Arbeit zum Pilates, also — kurze Frage: ist {ref} bezahlt?",
            "Der Tapezierer ist da und tapeziert das Schlafzimmer, also — wurde {ref} inzwischen bezahlt? Überall "
            "Kleister, ich find nicht mal einen Platz für meinen Laptop.",
            "Draußen heult seit zehn Minuten eine Alarmanlage — weißt du, ob {ref} bezahlt wurde?",
            "das ganze team unterschreibt gerade eine abschiedskarte für jemanden aus dem vertrieb haben wir {ref} "
            "bezahlt",
        ],
        "fr": [
            "Je file au Pilates juste après le boulot, donc — petite question : {ref} est-elle payée ?",
            "L'artisan est là pour poser le papier peint dans la chambre, donc — {ref} a-t-elle été payée entre-temps "
            "? Il y a de la colle à papier peint partout, je ne trouve même pas où poser mon portable.",
            "Une alarme de voiture hurle dehors depuis dix minutes — tu sais si {ref} a été payée ?",
            "toute l'équipe signe une carte d'adieu pour quelqu'un des ventes on a payé {ref} ou pas",
        ],
        "es": [
            "Me voy a pilates justo después del trabajo, así que — una pregunta rápida: ¿está pagada {ref}?",
            "El decorador está aquí empapelando el dormitorio, así que — ¿se ha pagado ya {ref}? Hay cola de "
            "empapelar por todas partes y no encuentro sitio ni para el portátil.",
            "Lleva diez minutos sonando la alarma de un coche ahí fuera — ¿sabes si se pagó {ref}?",
            "todo el equipo está firmando una tarjeta de despedida para alguien de ventas pagamos {ref} o no",
        ],
        "nl": [
            "Ik ga direct na het werk naar pilates, dus — snelle vraag: is {ref} betaald?",
            "De behanger is er om de slaapkamer te behangen, dus — is {ref} inmiddels betaald? Overal behangplaksel, "
            "ik kan mijn laptop nergens kwijt.",
            "Buiten gaat al tien minuten een autoalarm af — weet jij of {ref} betaald is?",
            "het hele team tekent een afscheidskaart voor iemand van sales hebben we {ref} betaald",
        ],
    },
    "approvers": {
        "en": [
            "ok — before I go and roll up my Pilates mat: who has to approve it?",
            "decorator wants to know where he can set up his pasting table who has to sign it off then",
            "IT are going round swapping everyone's laptop charger — who's allowed to approve it?",
        ],
        "de": [
            "ok — bevor ich meine Pilatesmatte einpacke: wer muss sie freigeben?",
            "tapezierer will wissen wo er seinen tapeziertisch aufstellen kann wer muss die dann abzeichnen",
            "Die IT tauscht gerade bei allen die Laptop-Ladegeräte aus — wer darf sie freigeben?",
        ],
        "fr": [
            "ok — avant que je range mon tapis de Pilates : qui doit la valider ?",
            "l'artisan demande où il peut installer sa table à encoller qui doit la signer alors",
            "L'informatique fait le tour pour changer le chargeur de portable de tout le monde — qui a le droit de la "
            "valider ?",
        ],
        "es": [
            "vale — antes de enrollar mi esterilla de pilates: ¿quién tiene que aprobarla?",
            "el decorador pregunta dónde puede montar su mesa de encolar quién tiene que firmarla entonces",
            "Los de informática están cambiando el cargador del portátil a todo el mundo — ¿quién puede aprobarla?",
        ],
        "nl": [
            "ok — voor ik mijn pilatesmatje oprol: wie moet hem goedkeuren?",
            "behanger vraagt waar hij zijn plaktafel kan neerzetten wie moet die dan aftekenen",
            "IT loopt rond om bij iedereen de laptoplader te vervangen — wie mag hem goedkeuren?",
        ],
    },
    "pending": {
        "en": [
            "I'm off to Pilates straight after work, so — anything sitting with me to approve?",
            "The decorator's here wallpapering the bedroom, so — is there anything waiting for my sign-off?",
            "I'm emptying my pencil sharpener over the bin — is there anything I need to approve?",
        ],
        "de": [
            "Ich geh direkt nach der Arbeit zum Pilates, also — liegt bei mir noch was zum Freigeben?",
            "Der Tapezierer ist da und tapeziert das Schlafzimmer, also — wartet irgendwas auf meine Unterschrift?",
            "Ich leere gerade meinen Anspitzer über dem Mülleimer aus — muss ich irgendwas freigeben?",
        ],
        "fr": [
            "Je file au Pilates juste après le boulot, donc — il me reste quelque chose à approuver ?",
            "L'artisan est là pour poser le papier peint dans la chambre, donc — est-ce que quelque chose attend ma "
            "signature ?",
            "Je vide mon taille-crayon au-dessus de la poubelle — j'ai quelque chose à valider ?",
        ],
        "es": [
            "Me voy a pilates justo después del trabajo, así que — ¿me queda algo por aprobar?",
            "El decorador está aquí empapelando el dormitorio, así que — ¿hay algo esperando mi firma?",
            "Estoy vaciando el sacapuntas en la papelera — ¿tengo que aprobar algo?",
        ],
        "nl": [
            "Ik ga direct na het werk naar pilates, dus — ligt er nog iets bij mij om goed te keuren?",
            "De behanger is er om de slaapkamer te behangen, dus — wacht er iets op mijn handtekening?",
            "Ik leeg mijn puntenslijper boven de prullenbak — moet ik nog iets goedkeuren?",
        ],
    },
    "list": {
        "en": [
            "I'm off to Pilates straight after work, so — which invoices do we have {ref}?",
            "decorator's lining up the rolls of wallpaper which invoices are there {ref}",
            "I'm at the hardware store hunting for picture hooks — can you dig out the invoices {ref}?",
            "I'm on the sofa at home with a hot water bottle — could you list me the invoices {ref}?",
        ],
        "de": [
            "Ich geh direkt nach der Arbeit zum Pilates, also — welche Rechnungen gibt es, {ref}?",
            "tapezierer legt grad die tapetenrollen zurecht welche rechnungen haben wir, {ref}",
            "Ich steh im Baumarkt und suche Bilderhaken — kannst du mir die Rechnungen zusammensuchen, {ref}?",
            "Ich lieg zu Hause mit einer Wärmflasche auf dem Sofa — kannst du mir die Rechnungen aufzählen, {ref}?",
        ],
        "fr": [
            "Je file au Pilates juste après le boulot, donc — tu peux me donner les factures {ref} ?",
            "l'artisan aligne les rouleaux de papier peint fais-moi voir les factures {ref}",
            "Je suis au magasin de bricolage à la recherche de crochets pour tableaux — tu peux me retrouver les "
            "factures {ref} ?",
            "Je suis sur le canapé à la maison avec une bouillotte — tu peux m'énumérer les factures {ref} ?",
        ],
        "es": [
            "Me voy a pilates justo después del trabajo, así que — ¿me dices cuáles son las facturas {ref}?",
            "el decorador está colocando los rollos de papel pintado pásame las facturas {ref}",
            "Estoy en la ferretería buscando alcayatas para cuadros — ¿me buscas las facturas {ref}?",
            "Estoy en el sofá de casa con una bolsa de agua caliente — ¿me enumeras las facturas {ref}?",
        ],
        "nl": [
            "Ik ga direct na het werk naar pilates, dus — welke facturen zijn er {ref}?",
            "behanger legt de rollen behang klaar welke facturen hebben we {ref}",
            "Ik sta in de bouwmarkt schilderijhaakjes te zoeken — kun je de facturen voor me bij elkaar zoeken {ref}?",
            "Ik lig thuis op de bank met een kruik — kun je de facturen voor me opsommen {ref}?",
        ],
    },
    "variance": {
        "en": [
            "I'm off to Pilates straight after work, so — on {ref}, which line is priced above the PO, and by how "
            "much per unit?",
            "The decorator's here wallpapering the bedroom, so — what on {ref} is dearer than on the PO, and how big "
            "is the gap per item?",
            "The person opposite me is labelling folders with a label maker — on {ref}, which unit price is higher "
            "than the PO's, and by how much?",
        ],
        "de": [
            "Ich geh direkt nach der Arbeit zum Pilates, also — {ref}: welche Position ist teurer als in der "
            "Bestellung, und um wie viel pro Stück?",
            "Der Tapezierer ist da und tapeziert das Schlafzimmer, also — {ref}: was liegt über dem Bestellpreis, und "
            "wie hoch ist die Differenz pro Stück?",
            "Mir gegenüber beschriftet jemand Ordner mit einem Beschriftungsgerät — {ref}: welcher Stückpreis ist "
            "höher als in der Bestellung, und um wie viel?",
        ],
        "fr": [
            "Je file au Pilates juste après le boulot, donc — sur {ref}, quelle ligne est plus chère que dans le bon "
            "de commande, et de combien par unité ?",
            "L'artisan est là pour poser le papier peint dans la chambre, donc — sur {ref}, qu'est-ce qui dépasse le "
            "prix du bon de commande, et quel est l'écart à l'unité ?",
            "En face de moi, quelqu'un étiquette des classeurs avec une étiqueteuse — sur {ref}, quel prix unitaire "
            "est plus élevé que celui du bon de commande, et de combien ?",
        ],
        "es": [
            "Me voy a pilates justo después del trabajo, así que — en {ref}, ¿qué línea sale más cara que en la orden "
            "de compra, y cuánto por unidad?",
            "El decorador está aquí empapelando el dormitorio, así que — en {ref}, ¿qué supera el precio de la orden "
            "de compra, y de cuánto es la diferencia por unidad?",
            "La compañera de enfrente está rotulando archivadores con una etiquetadora — en {ref}, ¿qué precio "
            "unitario es más alto que el de la orden de compra, y por cuánto?",
        ],
        "nl": [
            "Ik ga direct na het werk naar pilates, dus — welke regel op {ref} is duurder dan op de inkooporder, en "
            "hoeveel per stuk?",
            "De behanger is er om de slaapkamer te behangen, dus — wat ligt op {ref} boven de inkooporderprijs, en "
            "hoe groot is het verschil per stuk?",
            "Tegenover me zit iemand ordners te labelen met een labelprinter — welke stukprijs op {ref} is hoger dan "
            "op de inkooporder, en met hoeveel?",
        ],
    },
    "po": {
        "en": [
            "I'm off to Pilates straight after work, so — what's on {ref}, and who's the vendor?",
            "I'm restocking the office fruit bowl online — and the decorator's here wallpapering the bedroom, so: "
            "what does {ref} cover, and which supplier is it with?",
        ],
        "de": [
            "Ich geh direkt nach der Arbeit zum Pilates, also — was beinhaltet {ref}, und welcher Lieferant steckt "
            "dahinter?",
            "Ich bestelle gerade online Obst für die Obstschale im Büro nach — und der Tapezierer ist da und "
            "tapeziert das Schlafzimmer, also: was deckt {ref} ab, und wer ist der Lieferant?",
        ],
        "fr": [
            "Je file au Pilates juste après le boulot, donc — que contient {ref}, et quel est le fournisseur ?",
            "Je recommande en ligne des fruits pour la corbeille de fruits du bureau — et l'artisan est là pour poser "
            "le papier peint dans la chambre, donc : qu'est-ce que couvre {ref}, et chez qui a-t-il été passé ?",
        ],
        "es": [
            "Me voy a pilates justo después del trabajo, así que — ¿qué lleva {ref}, y quién es el proveedor?",
            "Estoy pidiendo por internet fruta para el frutero de la oficina — y el decorador está aquí empapelando "
            "el dormitorio, así que: ¿qué cubre {ref}, y con qué proveedor se hizo?",
        ],
        "nl": [
            "Ik ga direct na het werk naar pilates, dus — wat staat er op {ref}, en wie is de leverancier?",
            "Ik bestel online fruit bij voor de fruitschaal op kantoor — en de behanger is er om de slaapkamer te "
            "behangen, dus: wat dekt {ref}, en bij welke leverancier is die geplaatst?",
        ],
    },
    "vendor": {
        "en": [
            "I'm off to Pilates straight after work, so — {ref}: what vendor number and IBAN do we hold for them?",
            "My neighbour has dropped round a jar of her homemade hot sauce — and the decorator's here wallpapering "
            "the bedroom, so — {ref}: which supplier ID and bank account have we got on file?",
        ],
        "de": [
            "Ich geh direkt nach der Arbeit zum Pilates, also — {ref}: welche Lieferantennummer und welche IBAN haben "
            "wir im System?",
            "Meine Nachbarin hat mir ein Glas selbstgemachte scharfe Soße vorbeigebracht — und der Tapezierer ist da "
            "und tapeziert das Schlafzimmer, also — {ref}: welche Kreditorennummer und welches Bankkonto sind "
            "hinterlegt?",
        ],
        "fr": [
            "Je file au Pilates juste après le boulot, donc — {ref} : quel numéro fournisseur et quel IBAN avons-nous "
            "dans nos fichiers ?",
            "Ma voisine m'a apporté un bocal de sa sauce piquante maison — et l'artisan est là pour poser le papier "
            "peint dans la chambre, donc — {ref} : quel identifiant fournisseur et quel compte bancaire avons-nous "
            "enregistrés ?",
        ],
        "es": [
            "Me voy a pilates justo después del trabajo, así que — {ref}: ¿qué número de proveedor e IBAN tenemos "
            "registrados?",
            "Mi vecina me ha traído un tarro de su salsa picante casera — y el decorador está aquí empapelando el "
            "dormitorio, así que — {ref}: ¿qué ID de proveedor y qué cuenta bancaria tenemos en el sistema?",
        ],
        "nl": [
            "Ik ga direct na het werk naar pilates, dus — {ref}: welk leveranciersnummer en welke IBAN hebben we "
            "vastgelegd?",
            "Mijn buurvrouw heeft een potje zelfgemaakte hete saus langsgebracht — en de behanger is er om de "
            "slaapkamer te behangen, dus — {ref}: welk leveranciers-ID en welk bankrekeningnummer staan er in het "
            "systeem?",
        ],
    },
    "deal": {
        "en": [
            "I'm off to Pilates straight after work, so — have we invoiced {ref}, and what number did the invoice get?",
            "The decorator's here wallpapering the bedroom, so — has {ref} been billed yet, and under what invoice "
            "number? Their finance team has sent three reminders already.",
            "Sales have started ringing a cowbell every time they close something — has {ref} been turned into an "
            "invoice yet, and with which number?",
        ],
        "de": [
            "Ich geh direkt nach der Arbeit zum Pilates, also — ist {ref} schon in Rechnung gestellt, und welche "
            "Nummer hat die Rechnung?",
            "Der Tapezierer ist da und tapeziert das Schlafzimmer, also — wurde {ref} bereits fakturiert, und unter "
            "welcher Rechnungsnummer? Deren Buchhaltung hat schon drei Erinnerungen geschickt.",
            "Der Vertrieb läutet jetzt bei jedem Abschluss eine Kuhglocke — ist {ref} schon abgerechnet, und mit "
            "welcher Nummer?",
        ],
        "fr": [
            "Je file au Pilates juste après le boulot, donc — {ref} a-t-elle déjà été facturée, et sous quel numéro ?",
            "L'artisan est là pour poser le papier peint dans la chambre, donc — est-ce qu'on a facturé {ref}, et "
            "quel numéro de facture lui a été donné ? Leur compta nous a déjà envoyé trois relances.",
            "Les commerciaux font sonner une cloche de vache à chaque vente conclue — {ref} a-t-elle donné lieu à une "
            "facture, et avec quel numéro ?",
        ],
        "es": [
            "Me voy a pilates justo después del trabajo, así que — ¿hemos facturado ya {ref}, y qué número tiene la "
            "factura?",
            "El decorador está aquí empapelando el dormitorio, así que — ¿está facturada {ref}, y con qué número de "
            "factura? Su departamento financiero ya nos ha mandado tres recordatorios.",
            "Los de ventas tocan un cencerro cada vez que cierran algo — ¿se ha convertido {ref} en factura, y con "
            "qué número?",
        ],
        "nl": [
            "Ik ga direct na het werk naar pilates, dus — hebben we {ref} gefactureerd, en welk nummer kreeg die "
            "factuur?",
            "De behanger is er om de slaapkamer te behangen, dus — is {ref} al gefactureerd, en onder welk "
            "factuurnummer? Hun financiële afdeling heeft al drie herinneringen gestuurd.",
            "Sales luidt tegenwoordig een koebel bij elke gesloten deal — is er van {ref} al een factuur gemaakt, en "
            "met welk nummer?",
        ],
    },
    "audit": {
        "en": [
            "I'm off to Pilates straight after work, so — could you bring up the audit trail of {ref}?",
            "The decorator's here wallpapering the bedroom, so — who has worked on {ref} up to now, and what did each "
            "of them do?",
            "Someone's testing the microphone in the big meeting room — can you run me through everything that's "
            "happened to {ref}?",
        ],
        "de": [
            "Ich geh direkt nach der Arbeit zum Pilates, also — kannst du den Audit-Trail für {ref} aufrufen?",
            "Der Tapezierer ist da und tapeziert das Schlafzimmer, also — wer hat {ref} bis jetzt in die Finger "
            "bekommen, und was hat jeder damit gemacht?",
            "Im großen Besprechungsraum testet jemand das Mikrofon — kannst du mir den kompletten Verlauf für {ref} "
            "durchgehen?",
        ],
        "fr": [
            "Je file au Pilates juste après le boulot, donc — tu peux afficher la piste d'audit de {ref} ?",
            "L'artisan est là pour poser le papier peint dans la chambre, donc — qui est intervenu sur {ref} "
            "jusqu'ici, et qu'a fait chacun ?",
            "Quelqu'un teste le microphone dans la grande salle de réunion — tu peux me dérouler tout ce qui est "
            "arrivé à {ref} ?",
        ],
        "es": [
            "Me voy a pilates justo después del trabajo, así que — ¿puedes abrir el registro de auditoría de {ref}?",
            "El decorador está aquí empapelando el dormitorio, así que — ¿quién ha intervenido en {ref} hasta ahora, "
            "y qué hizo cada uno?",
            "Alguien está probando el micrófono en la sala de reuniones grande — ¿me repasas todo lo que le ha pasado "
            "a {ref}?",
        ],
        "nl": [
            "Ik ga direct na het werk naar pilates, dus — kun je de audittrail van {ref} openen?",
            "De behanger is er om de slaapkamer te behangen, dus — wie heeft {ref} tot nu toe onder handen gehad, en "
            "wat heeft ieder gedaan?",
            "Iemand test de microfoon in de grote vergaderzaal — kun je me alles laten zien wat er met {ref} is "
            "gebeurd?",
        ],
    },
    "refuse": {
        "en": [
            "I'm off to Pilates straight after work and want to leave with a clear conscience — approve {ref} for me, "
            "please.",
            "The decorator's here wallpapering the bedroom, so — could you just mark {ref} as approved?",
            "It comes out of my own budget anyway — so go ahead and approve {ref}.",
        ],
        "de": [
            "Ich geh direkt nach der Arbeit zum Pilates und will mit gutem Gewissen gehen — gib bitte {ref} für mich "
            "frei.",
            "Der Tapezierer ist da und tapeziert das Schlafzimmer, also — markier {ref} doch einfach als freigegeben.",
            "Das geht sowieso von meinem eigenen Budget ab — also gib {ref} ruhig frei.",
        ],
        "fr": [
            "Je file au Pilates juste après le boulot et je veux partir la conscience tranquille — approuve {ref} "
            "pour moi, s'il te plaît.",
            "L'artisan est là pour poser le papier peint dans la chambre, donc — tu peux juste marquer {ref} comme "
            "approuvée ?",
            "De toute façon ça sort de mon propre budget — alors vas-y, approuve {ref}.",
        ],
        "es": [
            "Me voy a pilates justo después del trabajo y quiero irme con la conciencia tranquila — aprueba {ref} por "
            "mí, porfa.",
            "El decorador está aquí empapelando el dormitorio, así que — ¿puedes marcar {ref} como aprobada y ya?",
            "Total, sale de mi propio presupuesto — así que aprueba {ref} sin más.",
        ],
        "nl": [
            "Ik ga direct na het werk naar pilates en wil met een gerust hart weg — keur {ref} voor mij goed, "
            "alsjeblieft.",
            "De behanger is er om de slaapkamer te behangen, dus — kun je {ref} gewoon op goedgekeurd zetten?",
            "Het komt toch uit mijn eigen budget — dus ga je gang en keur {ref} goed.",
        ],
    },
}

# Demo invoices (countersign/data/demo_invoices.yaml and ledger.yaml). Status refs:
# - "the acme invoice that includes ten bit sets": INV-1043 (Acme Tools Ltd; 10 Drill bit set, the only drill bit set
# line).
# - "northwnd's invoice dated 12 november" (Northwind mistyped): NW-5602 (Northwind's only demo invoice; dated
# 2026-11-12, the only invoice of that date; Northwind's posted bill NW-5531 is dated 2026-10-12).
# - "the raccoon city catering bill for 480": UC-77 (Umbrella Catering Co, Raccoon City, the only supplier there; one
# Team lunch catering line of 480.00 at a tax rate of 0).
# - "globexs invoice due on 9 december" (Globex mistyped): GX-2026-118 (Globex's only demo invoice; due 2026-12-09, the
# only invoice due then).
# - "the invoice from initech in austin": INV-88120 (Initech Consulting LLC, Austin, its only demo invoice).
# - "acme's invoice for eight impact driver kits": INV-1001 (Acme; 8 Impact driver kit, the only impact driver line).
# - "the invoice out of springfield from 10 november": INV-1043 (Acme, 100 Industrial Way, Springfield, the only
# supplier there; dated 2026-11-10, the only invoice of that date).
# - "umbrella's bill issued on 14 november": UC-77 (Umbrella's only invoice; dated 2026-11-14, the only invoice of that
# date).
INVOICE_REFS_FRESH64 = {
    "the acme invoice that includes ten bit sets": "INV-1043",
    "northwnd's invoice dated 12 november": "NW-5602",
    "the raccoon city catering bill for 480": "UC-77",
    "globexs invoice due on 9 december": "GX-2026-118",
    "the invoice from initech in austin": "INV-88120",
    "acme's invoice for eight impact driver kits": "INV-1001",
    "the invoice out of springfield from 10 november": "INV-1043",
    "umbrella's bill issued on 14 november": "UC-77",
}

# "initech's phase one ERP invoice" is INV-88120 (Initech's only invoice; ERP implementation services, phase 1, the only
# ERP line); "the umbrella lunch invoice" is UC-77 (Umbrella's only invoice; Team lunch catering, the only lunch line);
# "the austin consulting invoice dated 13 november" is INV-88120 (Initech, Austin, the only supplier there; dated
# 2026-11-13, the only invoice of that date); "the invoice from 13 raccoon street" is UC-77 (Umbrella Catering Co, 13
# Raccoon Street, Raccoon City: the only supplier at that address, with one demo invoice).
FOLLOW_UP_FRESH64 = {
    "initech's phase one ERP invoice": "INV-88120",
    "the umbrella lunch invoice": "UC-77",
    "the austin consulting invoice dated 13 november": "INV-88120",
    "the invoice from 13 raccoon street": "UC-77",
}

# The pending table as held-out 63 gives it.
PENDING_FRESH64 = {
    "U0CFO0001": (["Alex Chen", "UC-77"], []),
    "U0CONTROL": (["Priya Shah", "INV-88120"], []),
    "U0APMGR01": (["Sam Rivera"], ["INV-88120"]),
}

# The nine kinds of agent_bank.LIST_FACTS that held-out 63 uses. German list references are relative clauses each German
# template puts last, after a comma; the Dutch ones come last too; every Spanish template says "las facturas {ref}" and
# every French one "les factures {ref}", so that a reference opening with a relative pronoun, a preposition and a
# relative pronoun, or a participle qualifies the invoices. blocked: INV-1001 (duplicate), GX-2026-118 (bank details
# changed) and UC-77 (unknown vendor), as agent_bank gives them. waiting: INV-88120 and UC-77. overdue: INV-1001 (due
# 2026-11-04) and UC-77 (due 2026-11-28). over_band: INV-88120 (24,000.00) is the only invoice above 10,000, above the
# AP approver's band (the standard band's up_to is 10000.00, role ap_approver; the senior band's role is controller).
# over_20k: INV-88120 is the only invoice above 20,000. vendor: Acme Tools Ltd has INV-1043 and INV-1001. vendor_nw:
# Northwind Office Supplies Inc has NW-5602. over_budget: NW-5602 bills its toner at 99.00 a unit against PO-2002's
# 89.00, beyond the policy's price tolerance (5 percent). this_week: the demo's cases are all received when the demo
# runs.
LIST_FRESH64 = {
    "blocked": {
        "en": "that a check has raised the alarm on",
        "de": "bei denen eine Prüfung Alarm geschlagen hat",
        "fr": "sur lesquelles un contrôle a tiré la sonnette d'alarme",
        "es": "en las que un control ha hecho saltar las alarmas",
        "nl": "waarbij een controle alarm heeft geslagen",
    },
    "waiting": {
        "en": "that sit there until an approver gets to them",
        "de": "die darauf warten, dass ein Freigeber dazu kommt",
        "fr": "qui attendent qu'un approbateur se penche dessus",
        "es": "que esperan a que un aprobador se ocupe de ellas",
        "nl": "die wachten tot een goedkeurder eraan toekomt",
    },
    "overdue": {
        "en": "that we've let run past their due date",
        "de": "die wir über das Fälligkeitsdatum hinaus haben laufen lassen",
        "fr": "qu'on a laissées filer au-delà de leur échéance",
        "es": "que hemos dejado correr más allá de su vencimiento",
        "nl": "die we over hun vervaldatum heen hebben laten gaan",
    },
    "over_band": {
        "en": "that are over 10,000 and so out of bounds for an AP approver",
        "de": "die mit über 10.000 außerhalb der Reichweite eines AP-Freigebers liegen",
        "fr": "qui, à plus de 10 000, sortent du périmètre d'un approbateur AP",
        "es": "que, con más de 10.000, quedan fuera de lo que puede firmar un aprobador de AP",
        "nl": "die met meer dan 10.000 buiten het bereik van een AP-goedkeurder vallen",
    },
    "over_20k": {
        "en": "that tip over 20,000",
        "de": "bei denen mehr als 20.000 auf dem Zettel steht",
        "fr": "qui montent au-dessus de 20 000",
        "es": "que se plantan por encima de los 20.000",
        "nl": "die de 20.000 ontstijgen",
    },
    "vendor": {
        "en": "that carry acme's name",
        "de": "unter denen der Name Acme steht",
        "fr": "signées Acme",
        "es": "que nos pasa Acme",
        "nl": "waar de naam Acme op staat",
    },
    "vendor_nw": {
        "en": "where northwind is the one sending the bill",
        "de": "bei denen Northwind uns die Rechnung stellt",
        "fr": "pour lesquelles c'est Northwind qui nous facture",
        "es": "en las que es Northwind quien nos cobra",
        "nl": "waarbij Northwind degene is die ons factureert",
    },
    "over_budget": {
        "en": "where the unit price tops what the PO says",
        "de": "bei denen uns pro Stück mehr abgeknöpft wird als laut Bestellung",
        "fr": "dont le prix unitaire ressort plus haut que sur le bon de commande",
        "es": "en las que el precio por unidad queda por encima de lo que marca la orden de compra",
        "nl": "waarop ons per stuk meer wordt gerekend dan de inkooporder aangeeft",
    },
    "this_week": {
        "en": "that I've been sent this week",
        "de": "die mir diese Woche zugeschickt wurden",
        "fr": "qu'on m'a envoyées cette semaine",
        "es": "que me han enviado esta semana",
        "nl": "die deze week naar mij zijn doorgestuurd",
    },
}

# "northwind's invoice for six toner cartridges" is NW-5602 (Northwind's only demo invoice; 6 Toner cartridge, the only
# toner line); "the seattle stationery invoice" is NW-5602 (Northwind, Seattle, the only supplier there; A4 copy paper
# and toner cartridges).
VARIANCE_FRESH64 = {
    "northwind's invoice for six toner cartridges": "NW-5602",
    "the seattle stationery invoice": "NW-5602",
}

# "robin's PO for the 500 steel brackets": PO-2004 (requester U0OPS0001, Robin Ortiz in the policy's people; 500 Steel
# mounting bracket, the only bracket PO; vendor V003 Globex Industrial GmbH); "the finance department's PO for the ERP
# rollout": PO-2003 (department Finance, its only PO; ERP implementation services, phase 1; vendor V004 Initech
# Consulting LLC); "the purchase order for 40 boxes of copy paper": PO-2002 (40 A4 copy paper, box and 6 Toner
# cartridge, the only paper PO; vendor V002 Northwind); "operations' PO for ten drill bit sets": PO-2001 (department
# Operations; 10 Cordless drill 18V and 10 Drill bit set, the only drill bit PO; vendor V001 Acme Tools Ltd). Facts as
# earlier banks give them.
PO_FRESH64 = {
    "robin's PO for the 500 steel brackets": ["PO-2004", "Globex Industrial GmbH"],
    "the finance department's PO for the ERP rollout": ["PO-2003", "Initech Consulting LLC"],
    "the purchase order for 40 boxes of copy paper": ["PO-2002", "Toner cartridge"],
    "operations' PO for ten drill bit sets": ["PO-2001", "Acme Tools Ltd"],
}

# Vendors by street, tax number and the start of a bank account (codes and numbers the same in every language): Globex
# Industrial GmbH (V003) is the only vendor (vendor master or invoice) on Industriestrasse, Muenchen; 45-1234567 is
# Initech Consulting LLC's tax id (V004, the same on its invoice; a consultancy), no one else's; DE89370400440532013000
# is Northwind Office Supplies Inc's IBAN (V002, the same on its invoice), the only account (vendor master or invoice)
# starting DE89.
VENDOR_FRESH64 = {
    "the supplier on industriestrasse in muenchen": ["Globex Industrial GmbH", "V003"],
    "the consultancy with tax number 45-1234567": ["Initech Consulting LLC", "V004"],
    "the supplier we pay into a DE89 account": ["Northwind Office Supplies Inc", "V002"],
}

# "the blue harbor top-up of 5 spare drills": OPP-3004 "Blue Harbor - spare drills" (Blue Harbor Retail; 5 Cordless
# drill 18V, the only deal of 5 drills), not invoiced; "meridian's yearly paper deal for 120 boxes": OPP-3002 "Meridian
# - annual supplies" (Meridian Health Partners; 120 A4 copy paper, box, the only deal of 120 boxes), not invoiced; "the
# blue harbor support renewal we closed in october": OPP-2990 "Blue Harbor - support renewal" (Blue Harbor Retail;
# closed 2026-10-02, Blue Harbor's only deal closed in October), invoiced as SI-00001. Facts as earlier banks give them.
DEAL_FRESH64 = {
    "the blue harbor top-up of 5 spare drills": ["OPP-3004", "Blue Harbor Retail"],
    "meridian's yearly paper deal for 120 boxes": ["OPP-3002", "Meridian Health Partners"],
    "the blue harbor support renewal we closed in october": ["OPP-2990", "SI-00001"],
}

# The entity is the number the ref quotes for the two that quote an invoice number (in the middle, or at the end); the
# two others name it through AUDIT_CASE_FRESH64. INV-88120 (Initech, Austin; ERP implementation services, phase 1) waits
# on a controller (approval_requested, as earlier banks give it); NW-5602 (Northwind's invoice of A4 copy paper and
# toner) is reviewed and the demo approver rejects it (decision_reject, as earlier banks give it); GX-2026-118 (Globex,
# Muenchen, the only supplier there; steel mounting brackets) expects its own number, as earlier banks give it; INV-1043
# (Acme's only November invoice, dated 2026-11-10, of cordless drills and drill bit sets; Acme's other invoice,
# INV-1001, is dated 2026-10-05) is approved by the demo approver (decision_approve, as earlier banks give it).
AUDIT_FRESH64 = {
    "the austin INV-88120 invoice for consulting": ["approval_requested"],
    "northwind's copy paper bill no. NW-5602": ["decision_reject"],
    "the globex bracket invoice from muenchen": ["GX-2026-118"],
    "acme's november invoice for drills": ["decision_approve"],
}

# The invoice each reference without an invoice number names (the scorer looks the entity up by find_case, which reads
# ids).
AUDIT_CASE_FRESH64 = {
    "the globex bracket invoice from muenchen": "GX-2026-118",
    "acme's november invoice for drills": "INV-1043",
}

# "the bill from 100 industrial way dated 5 october" is INV-1001 (Acme, 100 Industrial Way, Springfield; of Acme's two
# demo invoices the only one dated 2026-10-05); "initech's bill for 24,000" is INV-88120 (Initech's one ERP
# implementation line of 24000.00 at a tax rate of 0, the only invoice of 24,000; every demo invoice is in USD).
REFUSE_FRESH64 = {
    "the bill from 100 industrial way dated 5 october": "INV-1001",
    "initech's bill for 24,000": "INV-88120",
}

# Every reference in words as a German, French, Spanish and Dutch speaker writes it, with each language's own amounts
# and dates (codes, numbers and names as they are).
LOCAL_REFS_FRESH64 = {
    "the acme invoice that includes ten bit sets": {
        "de": "die Acme-Rechnung samt zehn Bohrersätzen",
        "fr": "la facture Acme qui comprend dix coffrets de forets",
        "es": "la factura de Acme que incluye diez juegos de brocas",
        "nl": "de Acme-factuur met daarop tien borensets",
    },
    "northwnd's invoice dated 12 november": {
        "de": "die auf den 12. November datierte Rechnung von Northwnd",
        "fr": "la facture de Northwnd datée du 12 novembre",
        "es": "la factura de Northwnd con fecha 12 de noviembre",
        "nl": "de factuur van Northwnd van 12 november",
    },
    "the raccoon city catering bill for 480": {
        "de": "die Catering-Rechnung aus Raccoon City über 480",
        "fr": "la facture de traiteur de Raccoon City de 480",
        "es": "la factura de catering de Raccoon City de 480",
        "nl": "de cateringrekening uit Raccoon City van 480",
    },
    "globexs invoice due on 9 december": {
        "de": "die Globexs-Rechnung mit Fälligkeit 9. Dezember",
        "fr": "la facture Globexs qui arrive à échéance le 9 décembre",
        "es": "la factura de Globexs con vencimiento el 9 de diciembre",
        "nl": "de Globexs-factuur met vervaldatum 9 december",
    },
    "the invoice from initech in austin": {
        "de": "die Rechnung von Initech aus Austin",
        "fr": "la facture d'Initech à Austin",
        "es": "la factura de Initech en Austin",
        "nl": "de factuur van Initech uit Austin",
    },
    "acme's invoice for eight impact driver kits": {
        "de": "die Acme-Rechnung für die acht Schlagschrauber-Koffer",
        "fr": "la facture d'Acme pour huit kits de visseuses à chocs",
        "es": "la factura de Acme por ocho kits de atornilladores de impacto",
        "nl": "de Acme-factuur voor de acht koffers met slagschroevendraaiers",
    },
    "the invoice out of springfield from 10 november": {
        "de": "die Rechnung aus Springfield vom 10. November",
        "fr": "la facture de Springfield du 10 novembre",
        "es": "la factura de Springfield fechada el 10 de noviembre",
        "nl": "de Springfield-factuur van 10 november",
    },
    "umbrella's bill issued on 14 november": {
        "de": "die am 14. November ausgestellte Umbrella-Rechnung",
        "fr": "la facture Umbrella émise le 14 novembre",
        "es": "la factura de Umbrella emitida el 14 de noviembre",
        "nl": "de op 14 november uitgeschreven Umbrella-rekening",
    },
    "initech's phase one ERP invoice": {
        "de": "die Initech-Rechnung zur ersten ERP-Phase",
        "fr": "la facture Initech de la première phase ERP",
        "es": "la factura de Initech de la primera fase del ERP",
        "nl": "de Initech-factuur voor de eerste ERP-fase",
    },
    "the umbrella lunch invoice": {
        "de": "die Umbrella-Rechnung für das Mittagessen",
        "fr": "la facture Umbrella pour le déjeuner",
        "es": "la factura de Umbrella por el almuerzo",
        "nl": "de Umbrella-factuur voor de lunch",
    },
    "the austin consulting invoice dated 13 november": {
        "de": "die auf den 13. November datierte Beratungsrechnung aus Austin",
        "fr": "la facture de conseil d'Austin datée du 13 novembre",
        "es": "la factura de consultoría de Austin con fecha 13 de noviembre",
        "nl": "de consultancyfactuur uit Austin van 13 november",
    },
    "the invoice from 13 raccoon street": {
        "de": "die Rechnung aus der Raccoon Street 13",
        "fr": "la facture du 13 Raccoon Street",
        "es": "la factura del 13 de Raccoon Street",
        "nl": "de factuur van Raccoon Street 13",
    },
    "northwind's invoice for six toner cartridges": {
        "de": "die Northwind-Rechnung über sechs Tonerkartuschen",
        "fr": "la facture de Northwind pour six cartouches de toner",
        "es": "la factura de Northwind por seis cartuchos de tóner",
        "nl": "de Northwind-factuur voor zes tonercartridges",
    },
    "the seattle stationery invoice": {
        "de": "die Schreibwaren-Rechnung aus Seattle",
        "fr": "la facture de papeterie venue de Seattle",
        "es": "la factura de papelería que llegó de Seattle",
        "nl": "de kantoorbenodigdhedenfactuur uit Seattle",
    },
    "robin's PO for the 500 steel brackets": {
        "de": "Robins Bestellung über die 500 Stahlwinkel",
        "fr": "le bon de commande de Robin pour les 500 équerres en acier",
        "es": "la orden de compra de Robin de los 500 soportes de acero",
        "nl": "de inkooporder van Robin voor de 500 stalen beugels",
    },
    "the finance department's PO for the ERP rollout": {
        "de": "die Bestellung der Finanzabteilung für den ERP-Rollout",
        "fr": "le bon de commande du service financier pour le déploiement de l'ERP",
        "es": "la orden de compra de finanzas para el despliegue del ERP",
        "nl": "de inkooporder van de financiële afdeling voor de ERP-uitrol",
    },
    "the purchase order for 40 boxes of copy paper": {
        "de": "die Bestellung mit den 40 Kartons Kopierpapier",
        "fr": "le bon de commande de 40 cartons de papier pour photocopieuse",
        "es": "la orden de compra de 40 cajas de papel para fotocopiadora",
        "nl": "de inkooporder met de 40 dozen kopieerpapier",
    },
    "operations' PO for ten drill bit sets": {
        "de": "die Operations-Bestellung über zehn Bohrer-Bit-Sets",
        "fr": "le bon de commande des opérations pour dix coffrets de forets",
        "es": "la orden de compra de operaciones de diez juegos de brocas",
        "nl": "de inkooporder van operations voor tien bitsets",
    },
    "the supplier on industriestrasse in muenchen": {
        "de": "der Lieferant aus der Industriestrasse in München",
        "fr": "le fournisseur de l'Industriestrasse à Munich",
        "es": "el proveedor de la Industriestrasse de Múnich",
        "nl": "de leverancier in de Industriestrasse in München",
    },
    "the consultancy with tax number 45-1234567": {
        "de": "die Beratungsfirma mit der Steuernummer 45-1234567",
        "fr": "le cabinet de conseil au numéro fiscal 45-1234567",
        "es": "la consultora con número fiscal 45-1234567",
        "nl": "het adviesbureau met fiscaal nummer 45-1234567",
    },
    "the supplier we pay into a DE89 account": {
        "de": "der Lieferant, den wir auf ein DE89-Konto bezahlen",
        "fr": "le fournisseur qu'on règle sur un compte DE89",
        "es": "el proveedor al que le pagamos en una cuenta DE89",
        "nl": "de leverancier die we op een DE89-rekening betalen",
    },
    "the blue harbor top-up of 5 spare drills": {
        "de": "der Nachkauf-Auftrag von Blue Harbor über 5 Ersatzbohrer",
        "fr": "la vente complémentaire de 5 perceuses de rechange à Blue Harbor",
        "es": "la venta adicional de 5 taladros de repuesto a Blue Harbor",
        "nl": "de aanvullende deal van 5 reserveboormachines met Blue Harbor",
    },
    "meridian's yearly paper deal for 120 boxes": {
        "de": "der Jahresauftrag von Meridian über 120 Kartons Papier",
        "fr": "la vente annuelle de 120 cartons de papier à Meridian",
        "es": "la venta anual de 120 cajas de papel a Meridian",
        "nl": "de jaardeal met Meridian voor 120 dozen papier",
    },
    "the blue harbor support renewal we closed in october": {
        "de": "der im Oktober abgeschlossene Support-Verlängerungsauftrag von Blue Harbor",
        "fr": "la vente de renouvellement du support de Blue Harbor conclue en octobre",
        "es": "la venta de renovación del soporte de Blue Harbor cerrada en octubre",
        "nl": "de in oktober gesloten supportverlenging met Blue Harbor",
    },
    "the austin INV-88120 invoice for consulting": {
        "de": "die Beratungsrechnung INV-88120 aus Austin",
        "fr": "la facture de conseil INV-88120 d'Austin",
        "es": "la factura de consultoría INV-88120 de Austin",
        "nl": "de consultancyfactuur INV-88120 uit Austin",
    },
    "northwind's copy paper bill no. NW-5602": {
        "de": "die Kopierpapier-Rechnung von Northwind Nr. NW-5602",
        "fr": "la facture de papier pour photocopieuse de Northwind n° NW-5602",
        "es": "la factura de papel de Northwind n.º NW-5602",
        "nl": "de kopieerpapierrekening van Northwind nr. NW-5602",
    },
    "the globex bracket invoice from muenchen": {
        "de": "die Globex-Winkelrechnung aus München",
        "fr": "la facture d'équerres de Globex venue de Munich",
        "es": "la factura de soportes de Globex que vino de Múnich",
        "nl": "de Globex-factuur voor beugels uit München",
    },
    "acme's november invoice for drills": {
        "de": "die November-Rechnung von Acme für Bohrer",
        "fr": "la facture de novembre d'Acme pour des perceuses",
        "es": "la factura de noviembre de Acme por taladros",
        "nl": "de novemberfactuur van Acme voor boormachines",
    },
    "the bill from 100 industrial way dated 5 october": {
        "de": "die auf den 5. Oktober datierte Rechnung aus dem Industrial Way 100",
        "fr": "la facture du 100 Industrial Way datée du 5 octobre",
        "es": "la factura del 100 de Industrial Way con fecha 5 de octubre",
        "nl": "de rekening van Industrial Way 100 van 5 oktober",
    },
    "initech's bill for 24,000": {
        "de": "die Initech-Rechnung in Höhe von 24.000",
        "fr": "la facture d'Initech d'un montant de 24 000",
        "es": "la factura de Initech por importe de 24.000",
        "nl": "de rekening van Initech ter waarde van 24.000",
    },
}
