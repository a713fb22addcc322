"""Held-out 67 of `python -m evals.agent`: a sixty-seventh held-out bank, written blind after held-out 66, by a helper
agent that read neither the planner's source (countersign/agent/, countersign/tools/, countersign/extraction/,
countersign/app/), the tests, the intent model's training code (evals/train_intent.py, evals/intent_extra.py),
evals/agent.py, nor any eval output, report or failure list (nothing under evals/reports/, and nothing under /tmp but
its own throwaway files in /tmp/b67: a listing script that wrote every earlier bank's generated question text and
earlier turns, every earlier bank's reference keys (AUDIT_CASE keys and the keys of every LOCAL_REFS table included) and
every earlier bank's localized references and list phrases to one file (in-sample and held-out of agent_bank included,
held-out 2 to 66; it ran before this bank's draft existed; the file was never printed; the script printed only how many
splits, distinct texts, keys and localized references it holds, 67, 34642, 1794 and 8522, and, once, the sorted keys of
agent_bank.APPROVERS, agent_bank.INVOICES and agent_bank.LIST_FACTS and the value of agent_bank.VARIANCE_FACTS, to know
which invoices a follow-up may name and which list kinds exist); a helper that printed only how many texts, keys and
localized references of that file contain a phrase (case-insensitive), never the text around it; a check script that
loaded this bank's draft from /tmp/b67 into agent_gen's table of banks and printed its counts by language and intent,
whether they equal held-out 66's, which of this bank's own reference keys and localized references (list phrases
included) equal an earlier bank's key or localized reference, whether any question or earlier turn equals an earlier
one, whether a non-English question or earlier turn contains " invoice", whether every reference key has its four
localizations and every localization a key, whether every intent is asked in every language, whether the list kinds are
held-out 66's, whether the AUDIT_CASE keys are audit keys and how many own questions repeat (75: the follow-ups and
pending asks, by design); the same script, once this file sat in evals/, printed the same through agent_gen's own
discovery of it; a script that printed this bank's own questions to proofread them (all 600, every intent in all five
languages, the follow-ups with their earlier turn); small scripts that replaced keys and wordings in the draft; one that
added this docstring and the tables' comments and wrote this file; one that rewrapped a comment line ruff found too
long; and one that printed whether this file's thirteen tables equal the draft's). No file but this one was edited; the
planner, the bank tests and pytest were not run.
What it read: its brief (given in its prompt, not a file); agent_bank_fresh66 as committed (printed with `git show
HEAD:evals/agent_bank_fresh66.py` in ranges, lines 1 to 330, whose middle the tool cut, then lines 128 to 142 covering
the cut, 330 to 640 and 640 to 930: its docstring, templates and tables, as the model of the shape and the list of what
was used before); agent_gen printed whole (how a bank becomes questions and is scored, which tables a bank defines, how
a bank is discovered by file name, and how an AUDIT_CASE table names the invoice of an audit reference in words) and a
`wc -l` of it and of held-out 66; every earlier bank's tables through agent_gen.generate, agent_gen._parts,
agent_gen._TABLES, agent_gen.SPLITS and agent_gen._LOCAL_REFS, only to count and to check equality, as above; the demo
data and policy (a `wc -l` of the three data files, countersign/data/demo_invoices.yaml, ledger.yaml and crm.yaml
printed whole, and one `grep -nE` of countersign/policies/default.yaml for "name:", up_to, tolerances, percentages,
roles and user ids, cut at 60 lines, which also printed the comment naming U0APMGR01 as an example, the tolerances' own
comments, the comment on how bands are tried, a commented-out delegation example, one override's roles and the demo's
approver and uploader ids: so every reference names exactly one entity and every expected fact holds). It did not read
agent_bank_fresh57's docstring (allowed, not needed), agent_bank's docstring or templates, nor the docstrings or
templates of any earlier bank but held-out 66's, did not open pyproject.toml, and ran neither `git log` nor the planner.
Seen by accident, and said here: `git status --short`, run at the start (cut at 10 lines), listed files others are
changing under countersign/agent/chat/ (acts.py, customers.py, descriptions.py, lexicon_acts.py, phrasing.py,
planner.py, texts.py, texts_more.py and tools.py modified, deal_lookup.py untracked), by name only, none opened; an `ls
evals/` (cut at 100 names) listed the file names there (agent.py, the earlier banks, agent_gen.py, arch.py, the bench
scripts, blind.py, blind_gate.py, blind_invoices, the corpus scripts, extraction.py, extraction_stress.py,
extraction_truth.py, fuzz.py, fuzz_http.py, hostile_pdfs.py, injection.py, injection_slack.py, intent_extra.py,
openai_server.py, reports, scenarios and stress.py among them; none opened but the ones named above); held-out 66's
committed docstring, read as allowed, names its own shapes, situations and list idioms and the candidate wordings it
found in the earlier text (nothing of it used beyond avoiding them); agent_gen's imports name the planner modules it
uses (none opened; importing agent_gen loads them); agent_bank.LIST_FACTS has a tenth kind, "week", which this bank does
not use; the phrase counts said that many candidate wordings occur in the earlier text (table tennis ("table tennis",
"Tischtennis", "tafeltennis", "ping-pong"), netball, zumba, golf, bowling, yoga, swimming ("swim", "schwimm",
"natation", "natación", "zwem"), a window cleaner in four languages, scaffolding, a boiler in all five, a wasp in all
five, hiccups in all five, a lift ("lift", "ascenseur", "ascensor"), a dentist in all five, squeaking in all five,
window blinds ("Jalousie", "persiana", "jaloezie"), a microwave in all five, a stapler in all five, toast, barbecue,
headphones in four, a dog, a hot-water bottle in four, a cold ("Schnupfen", "rhume", "resfriado"), a ladybird in all
five, a label maker in four, glasses in all five, a rainbow in all five, fog in all five, a courier, a parcel, sneezing
in four, a ladder, sticky notes, a whiteboard, a wedding in all five, rain ("pluie", "lluvia", "Regen"), socks
("chaussettes", "calcetines"), soaking ("soaked", "trempé", "empapad"), a coat ("coat", "Mantel", "manteau", "abrigo",
"Jacke"), "stylo", "my pen", "Taube", "director general", "Buchhaltung will", a windowsill in all five, mandarins in
four, a ceiling light in all five (twice), tuning an instrument ("tuning", "accorder", "afinando", "cordes", "cuerdas"),
"hear myself think", "eigenes Wort", "ni pensar", "cerrar el mes", "Viertelstunde", "quart d'heure", "cuarto de hora",
"kwartier", "ten minutes" in all five, "living room" in four ("Wohnzimmer", "salon", "salón", "woonkamer"), "dans un
instant", "begint zo", "picore", "volette", "revoloteando", "fladdert", "flattert", "buzón", "piano" and "Klavier"; and,
as list idioms, "quarant", "owes us", "schuldig", "nous doit", "nos debe", "come and gone", "al lang", "ceiling",
"Deckel", "plafond", "techo", "weigh", "Waage", "pèsent", "pesan", "letterhead" in all five, "logo", "overshoot",
"déborde", "se pasa", brakes ("brakes", "Bremse", "frein", "freno"), "on ice", "un oui", "un sí", "ja-woord", a barrier
in three ("barrière", "barrera", "slagboom"), "gathering dust", "Staub", "poussière", "polvo", "laissé filer", "dejado
correr", "Nummer zu groß", "hors de portée", "fuera del alcance", "buiten het bereik", "run to", "belaufen", "se
chiffrent", "oplopen tot", "raised against", "gestellt hat", "adressées", "girado", "toegestuurd", "our friends" in all
five but German, "over the odds", "draufzahlen", "pagamos de más", a handbrake in all five, "der Ball", "la balle", "la
pelota", "de bal", "tejado", "vorbeigezogen", "se nos ha pasado", "voorbij is gegaan", "Latte", "la barre", "listón",
"knacken", "le cap", "la marca", "doorbreken", "bovenaan", "arriba", "en haut", "zurückgehen", "remontent", "de parte
de", "bumped" in all five, "thumbs", "laag pitje", "Schlange", "in de rij", "queuing", "verschlafen", "raté",
"enveloppe", "reikt", "club", five figures in all five, fingerprints in all five, "remite", creeping up ("crept",
"grimpé", "trepado", "geklommen"), "ausreicht", "nicht reicht", "our tab", "op onze rekening", "subido" and "mark"; some
counts, such as "mark", "tram", "store", "lekt", "mite", "jas", "bord", "trap", "rits", "nies", "mist", "bril", "Hund",
"hond" and "league", match inside longer or common words; all dropped as key phrases), and some words kept only as
incidental parts of wordings whose key phrase is new ("piano" and "Klavier" in the piano tuner shape, "rain", "Regen",
"pluie", "lluvia" and "regen" beside the wet socks, "buzón" in the Spanish letterbox idiom, "plafonnier", "Deckenlampe",
"lámpara del techo" and "plafondlamp" beside the moth, "Viertelstunde", "quart d'heure", "cuarto de hora" and "kwartier"
in the piano tuner's status aside, "begint zo" opening the Dutch water polo shape, "coat", "manteau", "abrigo", "Jacke"
and "jas" beside the zip, "stylo" in "stylo-plume" and "my pen" in "My pen just leaked", "Taube" in "eine Taube" and
"picore" beside the pigeon, "volette", "revoloteando", "fladdert" and "flattert" beside the moth, "director general" in
the Spanish refuse ask, "cerrar el mes" and "Buchhaltung will" in the piano tuner deal asides, and the ordinary words of
the asks themselves); the check script showed that some first-draft references and localizations equal earlier keys or
localized references (the English references "blue harbor's 4,800 support plan", "initech's 24,000 consulting invoice",
"meridian's annual supplies order", "northwind's invoice against PO-2002", "the munich bracket invoice" and "the raccoon
city caterer's invoice", and 45 German, French, Spanish or Dutch localizations of those and of Acme's drill invoice of
10 November, the catering invoice due on 28 November, Globex's invoice of 9 November, Initech's invoice due on 13
December, the Harbor Street paper and toner invoice, the bracket, ERP and drill POs, the vendors by VAT number and by
bank account, the support plan deal, Initech's INV-88120 audit reference and Acme's cordless drill invoice; the script
printed only this bank's own strings), all replaced, then one more reference ("the annual supplies deal with meridian
health") and six more localizations (of the catering invoice due on 28 November in German and Dutch, of the vendor by
VAT number in Spanish and French, and of Alex Chen's ERP PO in German and French), replaced too; and `date` printed the
clock. None of it was used to choose a wording. Never scored by its author: only agent_gen.generate was called on it (in
throwaway scripts, to count its questions, check that no non-English one contains the English word " invoice", that
every intent is asked in every language, that no reference key or localized reference is one of an earlier bank's
reference keys or localized references (the pending tables' user ids and the list tables' kind names aside, which every
bank shares) and that no text repeats an earlier bank's, and to print its questions to proofread their grammar), and
ruff checked and formatted this file; nothing was answered or scored by its author, the planner was not run, and `python
-m evals.agent` was not run. agent_gen discovers this file by its name; its author edited no other file.
Written to sound like a real Slack population of finance, AP and sales people rather than to trip the planner: about
half plain everyday asks and half everyday situations around the question. Two shapes run through the bank so that each
intent is asked in each language (each key phrase counted first in the earlier banks' text in all five languages, and
found nowhere): water polo practice about to start ("water polo", "Wasserball", "water-polo", "waterpolo", "goggles",
"Schwimmbrille", "lunettes de natation", "gafas de natación", "zwembril", "in the pool", "im Becken", "dans le bassin",
"en la piscina", "in het bad", "about to start", "geht gleich los", "dans quelques minutes", "a punto de empezar"),
chosen because no earlier bank has a team sport played in water; and a piano tuner at home tuning the old piano ("piano
tuner", "Klavierstimmer", "accordeur", "afinador", "pianostemmer", "old piano", "altes Klavier", "vieux piano", "piano
viejo", "oude piano", "same note", "denselben Ton", "la même note", "la misma nota", "dezelfde toon", "same key",
"derselben Taste", "même touche", "misma tecla", "dezelfde toets"), chosen because no earlier bank has an instrument
trade or a tradesperson who works by ear: an ask from someone whose water polo practice is about to start, opened with
"My water polo practice is about to start, so —" ("Mein Wasserballtraining geht gleich los, also —", "Mon entraînement
de water-polo commence dans quelques minutes, donc —", "Mi entrenamiento de waterpolo está a punto de empezar, así que
—", "Mijn waterpolotraining begint zo, dus —"), in every intent (in the request to act, the asker would rather not think
about work in the pool; its follow-up: "ok — while I dig out my goggles: who needs to approve it?"); and an ask from
someone at home while the piano tuner tunes the old piano, opened with "The piano tuner's here tuning our old piano, so
—" ("Der Klavierstimmer ist da und stimmt unser altes Klavier, also —", "L'accordeur est là pour accorder notre vieux
piano, donc —", "El afinador está aquí afinando nuestro piano viejo, así que —", "De pianostemmer is er om onze oude
piano te stemmen, dus —"), in every intent (its follow-up and its list ask lowercase without punctuation: "piano tuner
keeps playing the same note over and over who needs to sign it off then", "piano tuner's been at it for an hour now show
me the invoices ..."); in POs and vendors, whose second phrasing is a situation, the piano tuner follows the situation.
Some realistic variety: an aside after the question (the piano tuner status ask ends "He's been on the same key for a
quarter of an hour.", the piano tuner deal ask "Finance wants to close the month."), lowercase asks without punctuation
(the fruit fly status ask, the piano tuner follow-up and list ask), names mistyped ("the nortwind invoice for 40 boxes
of copy paper"), audit references that quote the invoice number in the middle ("initech's INV-88120 for the ERP
rollout") or last ("the paper and toner bill from seattle numbered NW-5602"), and follow-ups that lean on the turn
before.
Everyday situations (their key phrases first counted in the earlier banks' text in all five languages, and found
nowhere; held-out 66's bike chain, contact lens, 3 percent, scarf, stiff neck, paper cut, earring, mouse pad, tie,
bake-off, world map and school, and the situations its docstring lists as used or avoided before it, all avoided): a pen
leaking over the asker's hand ("pen just leaked", "Kuli ist mir", "ausgelaufen", "stylo-plume", "tinta del boli",
"uitgelopen"), and a fruit fly doing laps round the screen ("fruit fly", "Fruchtfliege", "moucheron", "mosca de la
fruta", "fruitvlieg") (status); squeezed in on the tram ("on the tram", "Straßenbahn", "dans le tram", "tranvía", "in de
tram") (approvers); a pigeon pecking at the office window ("pigeon", "eine Taube", "paloma", "duif", "pecking",
"picoteando", "pikken") (pending); the zip on the asker's coat stuck halfway ("zip on my coat", "Reißverschluss",
"fermeture éclair", "cremallera", "rits van mijn jas"), and socks or feet wet through from the rain ("wet through",
"nasse Socken", "pieds mouillés", "pies mojados", "natte sokken") (lists); someone next door practising the harmonica
("harmonica", "Mundharmonika", "armónica", "mondharmonica") (variance); a nose that won't stop running ("won't stop
running", "läuft die Nase", "nez qui coule", "moquear", "neus loopt") (POs); the asker making a hot chocolate ("hot
chocolate", "heiße Schokolade", "chocolat chaud", "chocolate caliente", "warme chocolademelk") (vendors); sales planning
a raclette night for the team ("raclette") (deals); a moth fluttering round the ceiling light ("moth", "Motte", "une
mite", "polilla", "nachtvlinder") (audit); and a request to act in a new guise, to be refused: the supplier's managing
director is the asker's cousin, and the asker takes that as leave to approve it ("managing director", "Cousin",
"cousin", "primo", "neef") (refuse).
Things are named the way people name them at a desk, with no riddles: an invoice by its supplier, goods and date
("acme's drill invoice dated 10 november"), its goods and date ("the impact driver kit invoice from 5 october"), its
supplier, goods and quantity ("the nortwind invoice for 40 boxes of copy paper"), its goods and due date ("the catering
invoice due on 28 november"), its supplier and issue date ("globex's invoice issued on 9 november"), its supplier and
amount ("initech's single-line invoice for 24,000"), its supplier and payment terms ("umbrella catering's net 14
invoice") or its town, quantity and goods ("the invoice from munich for 500 steel brackets"); follow-ups leaning on the
conversation (the approvers of the invoice named in the turn before, INV-88120 or UC-77: "initech's bill payable by 13
december", "the umbrella invoice for the team lunch", "the ERP consulting bill from austin", "the lunch caterer's
invoice from raccoon city"); the variance invoice by its supplier and the PO it quotes ("northwind's invoice quoting
PO-2002") or by its street and goods ("the harbor street invoice for paper and toner"); a PO by its goods and requester
("the bracket PO robin ortiz raised", "the ERP PO alex chen requested"), by its account and goods ("the office supplies
PO for paper and toner") or by its department and goods ("operations' PO for the cordless drills"); a vendor as AP looks
one up: by its VAT number, by the start of its bank account, or by its trade, street and town (the same codes in every
language); a deal in sales words ("the blue harbor sale of five cordless drills", "meridian health's yearly supplies
deal", "blue harbor's one-year support plan at 4,800"); audit questions with an invoice id (above) and without one ("the
bracket invoice from our munich supplier", "acme's invoice for the cordless drills": AUDIT_CASE_FRESH67 names their
invoices); requests to act by street and goods ("the industrial way invoice for the impact driver kits", "the
industriestrasse 7 invoice for brackets"); and, with most weight, list questions in the nine kinds held-out 66 uses, in
new office idiom: "that a check has put behind bars", "that are waiting in the wings for an approver", "that are already
in injury time past their due date", "that an AP approver's signature doesn't stretch to because they're over 10,000",
"that are heavyweights at over 20,000", "that acme has served up", "that northwind has dropped in our letterbox", "where
the unit price has been topped up compared with the PO", "that came onto my radar this week" (each idiom's key phrase,
in all five languages, counted in the earlier text and found nowhere, but the Spanish "buzón", kept beside the new
"echado en el buzón": "behind bars", "hinter Gitter", "derrière les barreaux", "entre rejas", "achter de tralies"; "in
the wings", "Kulissen", "en coulisses", "entre bastidores", "coulissen"; "injury time", "Nachspielzeit", "arrêts de
jeu", "tiempo de descuento", "blessuretijd"; "stretch to", "nicht genügt", "ne couvre pas", "no alcanza", "toereikend";
"heavyweight", "Schwergewicht", "poids lourds", "pesos pesados", "zwaargewicht"; "served up", "aufgetischt", "servies",
"servido", "opgediend"; "letterbox", "Briefkasten", "boîte aux lettres", "brievenbus"; "topped up", "aufgestockt",
"rehaussé", "al alza", "opgehoogd"; "radar" in all five).
Non-English questions never contain the English word " invoice": references in words are localized through
LOCAL_REFS_FRESH67 with each language's own amounts and dates; numbers, codes, street numbers, tax ids and IBAN
fragments stay as they are. German invoice, PO and audit references are feminine and nominative or accusative, with
participles and adjectives put before the noun ("die am 9. November ausgestellte Globex-Rechnung", "die bis zum 13.
Dezember zahlbare Initech-Rechnung", "die von Robin Ortiz aufgegebene Winkelbestellung", "die auf Alex Chen laufende
ERP-Bestellung"), so that no relative clause needs a closing comma, and with no preposition that takes the dative before
them (the German audit asks say "den Prüfpfad für", "wer hat {ref} bisher bearbeitet" and "die ganze Historie für", the
PO asks "was listet {ref} auf" and "was umfasst {ref}", the request to act "gib {ref} ... frei" and "kannst du {ref} ...
setzen"); German vendor and variance references stand before a colon ("— {ref}: ...", one vendor one with a relative
clause the colon closes); German deal references are masculine nominative ("der Blue-Harbor-Verkauf ...", "der
Jahresversorgungs-Deal ...", "der Blue-Harbor-Einjahresvertrag ..."), as the deal asks' "welche Rechnungsnummer hat er
bekommen" needs; German list references are relative clauses that every German list template puts last, after a comma,
and the Dutch list templates put theirs last too. French PO and vendor slots avoid "de"/"à" before a masculine reference
("que contient", "que comprend", or before a colon), and the French PO template's "a-t-il été passé" agrees with "le bon
de commande"; Spanish vendor references stand before a colon, and every Spanish list template says "las facturas {ref}"
and every French one "les factures {ref}", so that a list idiom opening with a relative pronoun or a preposition and a
relative pronoun qualifies the invoices; French and Spanish deal references are feminine ("la vente", "la venta") and
the templates agree ("a-t-elle été facturée", "a-t-elle fini par être facturée", "est-elle déjà facturée", "está
facturada"); every French and Spanish invoice and audit reference is "la facture"/"la factura", as the feminine
participles ("payée", "pagada", "approuvée", "aprobada") and pronouns ("l'approuver", "la valider", "aprobarla") need;
Dutch deal references are "de" words, and Dutch follow-ups say "hem" for "de factuur".
Not used, because not unique or not verifiable in the files this bank's author may read: the uploader (every demo
invoice is uploaded by U0AP0CLERK), the currency as a distinction (everything is in USD), invoice totals with tax
(computed, not stated in the files; only the tax-free 24,000 of INV-88120, a tax rate of 0 and a quantity of 1, and unit
prices, quantities, dates, terms, streets, towns, tax ids, IBAN starts, requesters, departments, accounts and codes
stated in the files, are used), dates relative to today other than the days the demo's cases arrive in ("that came onto
my radar this week" is the this_week kind: every demo case is received when the demo runs), case ids (generated at run
time), the audit events of INV-1001 and UC-77, the requester of PO-2002 (U0OFFICE01, not in the policy's people; "the
office supplies PO for paper and toner" names its account and goods instead), Globex's bank account (its vendor master
and invoice disagree), Soylent Foods Corp (a blocked vendor with no invoice), a vendor fact list for Acme, deals other
than the three whose fact lists earlier banks give, and an approver's name for an invoice that waits on a controller.
Same shape as agent_bank_fresh66: nine list kinds in four phrasings, four audit references in three phrasings and four
follow-up references, fewer of the rest (600 questions, 120 in each language, the same count as held-out 66 for every
language and intent: status 80, approvers 60, pending 45, list 180, variance 30, po 40, vendor 30, deal 45, audit 60,
refuse 30); entities and facts as the earlier banks give them. Never scored by its author.
"""

from __future__ import annotations

# Templates: two shapes (water polo practice, a piano tuner at home) run through every intent in every language.
FRESH67: dict[str, dict[str, list[str]]] = {
    "status": {
        "en": [
            "My water polo practice is about to start, so — quick one: has {ref} been paid?",
            "The piano tuner's here tuning our old piano, so — is {ref} paid yet? He's been on the same key for a "
            "quarter of an hour.",
            "My pen just leaked all over my hand — do you know whether {ref} has been paid?",
            "theres a fruit fly doing laps round my screen is {ref} paid",
        ],
        "de": [
            "Mein Wasserballtraining geht gleich los, also — kurze Frage: wurde {ref} schon bezahlt?",
            "Der Klavierstimmer ist da und stimmt unser altes Klavier, also — ist {ref} inzwischen bezahlt? Er hängt "
            "seit einer Viertelstunde an derselben Taste.",
            "Mein Kuli ist mir gerade in der Hand ausgelaufen — weißt du, ob {ref} schon bezahlt ist?",
            "eine fruchtfliege dreht runden um meinen bildschirm ist {ref} schon bezahlt",
        ],
        "fr": [
            "Mon entraînement de water-polo commence dans quelques minutes, donc — question rapide : {ref} a-t-elle "
            "été payée ?",
            "L'accordeur est là pour accorder notre vieux piano, donc — {ref} est-elle payée maintenant ? Ça fait "
            "un quart d'heure qu'il est sur la même touche.",
            "Mon stylo-plume vient de couler sur ma main — tu sais si {ref} est payée ?",
            "un moucheron tourne autour de mon écran est-ce que {ref} est payée",
        ],
        "es": [
            "Mi entrenamiento de waterpolo está a punto de empezar, así que — pregunta corta: ¿se ha pagado {ref}?",
            "El afinador está aquí afinando nuestro piano viejo, así que — ¿está ya pagada {ref}? Lleva un cuarto "
            "de hora con la misma tecla.",
            "Se me acaba de salir la tinta del boli y tengo la mano manchada — ¿sabes si {ref} está pagada?",
            "hay una mosca de la fruta dando vueltas a mi pantalla está pagada {ref}",
        ],
        "nl": [
            "Mijn waterpolotraining begint zo, dus — korte vraag: is {ref} betaald?",
            "De pianostemmer is er om onze oude piano te stemmen, dus — is {ref} inmiddels betaald? Hij zit al "
            "een kwartier op dezelfde toets.",
            "Mijn pen is net over mijn hand uitgelopen — weet jij of {ref} al betaald is?",
            "er vliegt een fruitvlieg rondjes om mijn scherm is {ref} al betaald",
        ],
    },
    "approvers": {
        "en": [
            "ok — while I dig out my goggles: who needs to approve it?",
            "piano tuner keeps playing the same note over and over who needs to sign it off then",
            "I'm squeezed in on the tram, so quickly — who's able to approve it?",
        ],
        "de": [
            "ok — während ich meine Schwimmbrille suche: wer muss die freigeben?",
            "klavierstimmer spielt ständig denselben ton wer muss die dann abzeichnen",
            "Ich stehe eingequetscht in der Straßenbahn, also schnell — wer kann die freigeben?",
        ],
        "fr": [
            "ok — le temps que je retrouve mes lunettes de natation : qui doit l'approuver ?",
            "l'accordeur joue la même note en boucle qui doit la valider alors",
            "Je suis coincé dans le tram, alors vite — qui peut l'approuver ?",
        ],
        "es": [
            "vale — mientras busco las gafas de natación: ¿quién tiene que aprobarla?",
            "el afinador toca la misma nota una y otra vez quién tiene que darle el visto bueno entonces",
            "Voy apretujado en el tranvía, así que rápido — ¿quién puede aprobarla?",
        ],
        "nl": [
            "ok — terwijl ik mijn zwembril zoek: wie moet hem goedkeuren?",
            "pianostemmer speelt steeds dezelfde toon wie moet hem dan aftekenen",
            "Ik sta klem in de tram, dus snel — wie kan hem goedkeuren?",
        ],
    },
    "pending": {
        "en": [
            "My water polo practice is about to start, so — is there anything I still need to approve?",
            "The piano tuner's here tuning our old piano, so — anything waiting for my sign-off?",
            "There's a pigeon pecking at my office window — is anything sitting with me for approval?",
        ],
        "de": [
            "Mein Wasserballtraining geht gleich los, also — muss ich noch irgendwas freigeben?",
            "Der Klavierstimmer ist da und stimmt unser altes Klavier, also — wartet noch etwas auf meine "
            "Unterschrift?",
            "An meinem Bürofenster pickt eine Taube herum — liegt irgendwas bei mir zur Freigabe?",
        ],
        "fr": [
            "Mon entraînement de water-polo commence dans quelques minutes, donc — est-ce que j'ai encore quelque "
            "chose à approuver ?",
            "L'accordeur est là pour accorder notre vieux piano, donc — quelque chose attend ma signature ?",
            "Il y a un pigeon qui picore la fenêtre de mon bureau — j'ai quelque chose en attente d'approbation ?",
        ],
        "es": [
            "Mi entrenamiento de waterpolo está a punto de empezar, así que — ¿me queda algo por aprobar?",
            "El afinador está aquí afinando nuestro piano viejo, así que — ¿hay algo esperando mi firma?",
            "Hay una paloma picoteando la ventana de mi oficina — ¿hay algo que tenga que aprobar yo?",
        ],
        "nl": [
            "Mijn waterpolotraining begint zo, dus — moet ik nog iets goedkeuren?",
            "De pianostemmer is er om onze oude piano te stemmen, dus — wacht er nog iets op mijn handtekening?",
            "Er zit een duif tegen mijn kantoorraam te pikken — wacht er iets op mijn akkoord?",
        ],
    },
    "list": {
        "en": [
            "My water polo practice is about to start, so — which invoices do we have {ref}?",
            "piano tuner's been at it for an hour now show me the invoices {ref}",
            "The zip on my coat is stuck halfway — can you dig out the invoices {ref}?",
            "Walked in through the rain and my socks are wet through — could you list the invoices {ref}?",
        ],
        "de": [
            "Mein Wasserballtraining geht gleich los, also — welche Rechnungen haben wir, {ref}?",
            "klavierstimmer ist seit einer stunde zugange zeig mir mal die rechnungen, {ref}",
            "Der Reißverschluss an meiner Jacke klemmt auf halber Höhe — kannst du mir die Rechnungen raussuchen, "
            "{ref}?",
            "Bin durch den Regen gelaufen und hab jetzt nasse Socken — kannst du mir die Rechnungen auflisten, {ref}?",
        ],
        "fr": [
            "Mon entraînement de water-polo commence dans quelques minutes, donc — tu peux me donner les factures "
            "{ref} ?",
            "l'accordeur est là depuis une heure sors-moi les factures {ref}",
            "La fermeture éclair de mon manteau est coincée à mi-hauteur — tu peux me dénicher les factures {ref} ?",
            "Je suis venu sous la pluie et j'ai les pieds mouillés — tu peux me lister les factures {ref} ?",
        ],
        "es": [
            "Mi entrenamiento de waterpolo está a punto de empezar, así que — ¿me dices cuáles son las facturas {ref}?",
            "el afinador lleva una hora dale que te pego sácame las facturas {ref}",
            "Se me ha atascado la cremallera del abrigo a medio camino — ¿me buscas las facturas {ref}?",
            "He venido andando bajo la lluvia y tengo los pies mojados — ¿me haces una lista de las facturas {ref}?",
        ],
        "nl": [
            "Mijn waterpolotraining begint zo, dus — welke facturen hebben we {ref}?",
            "pianostemmer is al een uur bezig geef me de facturen {ref}",
            "De rits van mijn jas zit halverwege vast — kun je de facturen voor me opzoeken {ref}?",
            "Ik ben door de regen gelopen en heb natte sokken — kun je de facturen voor me op een rij zetten {ref}?",
        ],
    },
    "variance": {
        "en": [
            "My water polo practice is about to start, so — on {ref}, which line is billed above the PO price, and "
            "by how much per unit?",
            "The piano tuner's here tuning our old piano, so — which item on {ref} is dearer than the PO says, and "
            "what's the difference per piece?",
            "Someone down the hall is practising the harmonica — on {ref}, which unit price beats the PO's, and by "
            "how much?",
        ],
        "de": [
            "Mein Wasserballtraining geht gleich los, also — {ref}: welche Position ist teurer berechnet als in der "
            "Bestellung, und um wie viel pro Stück?",
            "Der Klavierstimmer ist da und stimmt unser altes Klavier, also — {ref}: welcher Artikel ist teurer als "
            "laut Bestellung, und wie hoch ist der Unterschied pro Stück?",
            "Im Nachbarbüro übt jemand Mundharmonika — {ref}: welcher Stückpreis liegt über dem der Bestellung, und "
            "um wie viel?",
        ],
        "fr": [
            "Mon entraînement de water-polo commence dans quelques minutes, donc — sur {ref}, quelle ligne est "
            "facturée plus cher que dans le bon de commande, et de combien par unité ?",
            "L'accordeur est là pour accorder notre vieux piano, donc — sur {ref}, quel article est plus cher que "
            "prévu au bon de commande, et quelle est la différence par pièce ?",
            "Quelqu'un s'entraîne à l'harmonica dans le bureau d'à côté — sur {ref}, quel prix unitaire est "
            "supérieur à celui du bon de commande, et de combien ?",
        ],
        "es": [
            "Mi entrenamiento de waterpolo está a punto de empezar, así que — en {ref}, ¿qué línea se cobra por "
            "encima del precio de la orden de compra, y cuánto más por unidad?",
            "El afinador está aquí afinando nuestro piano viejo, así que — en {ref}, ¿qué artículo sale más caro de "
            "lo que dice la orden de compra, y cuál es la diferencia por pieza?",
            "Alguien está practicando con la armónica en la oficina de al lado — en {ref}, ¿qué precio unitario es "
            "más alto que el de la orden de compra, y por cuánto?",
        ],
        "nl": [
            "Mijn waterpolotraining begint zo, dus — welke regel op {ref} is duurder gefactureerd dan de "
            "inkooporder, en hoeveel per stuk?",
            "De pianostemmer is er om onze oude piano te stemmen, dus — welk artikel op {ref} is duurder dan op de "
            "inkooporder staat, en wat is het verschil per stuk?",
            "Iemand in het kantoor hiernaast oefent op de mondharmonica — welke stukprijs op {ref} is hoger dan die "
            "van de inkooporder, en met hoeveel?",
        ],
    },
    "po": {
        "en": [
            "My water polo practice is about to start, so — what's on {ref}, and which vendor is it with?",
            "My nose won't stop running, sorry — and the piano tuner's here tuning our old piano, so: what does "
            "{ref} include, and who's the supplier?",
        ],
        "de": [
            "Mein Wasserballtraining geht gleich los, also — was listet {ref} auf, und bei welchem Lieferanten "
            "liegt sie?",
            "Mir läuft die Nase ohne Ende, sorry — und der Klavierstimmer ist da und stimmt unser altes Klavier, "
            "also: was umfasst {ref}, und wer ist der Lieferant?",
        ],
        "fr": [
            "Mon entraînement de water-polo commence dans quelques minutes, donc — que contient {ref}, et chez quel "
            "fournisseur a-t-il été passé ?",
            "J'ai le nez qui coule sans arrêt, désolé — et l'accordeur est là pour accorder notre vieux piano, donc : "
            "que comprend {ref}, et qui est le fournisseur ?",
        ],
        "es": [
            "Mi entrenamiento de waterpolo está a punto de empezar, así que — ¿qué incluye {ref}, y con qué "
            "proveedor está?",
            "No paro de moquear, perdón — y el afinador está aquí afinando nuestro piano viejo, así que: ¿qué "
            "cubre {ref}, y quién es el proveedor?",
        ],
        "nl": [
            "Mijn waterpolotraining begint zo, dus — wat staat er op {ref}, en bij welke leverancier loopt die?",
            "Mijn neus loopt aan één stuk door, sorry — en de pianostemmer is er om onze oude piano te stemmen, "
            "dus: wat omvat {ref}, en wie is de leverancier?",
        ],
    },
    "vendor": {
        "en": [
            "My water polo practice is about to start, so — {ref}: which vendor number and IBAN do we have for them?",
            "I'm just making myself a hot chocolate — and the piano tuner's here tuning our old piano, so — {ref}: "
            "what's their vendor ID and the bank account on record?",
        ],
        "de": [
            "Mein Wasserballtraining geht gleich los, also — {ref}: welche Lieferantennummer und welche IBAN haben "
            "wir gespeichert?",
            "Ich mache mir gerade eine heiße Schokolade — und der Klavierstimmer ist da und stimmt unser altes "
            "Klavier, also — {ref}: welche Kreditorennummer und welches Bankkonto sind hinterlegt?",
        ],
        "fr": [
            "Mon entraînement de water-polo commence dans quelques minutes, donc — {ref} : quel numéro fournisseur "
            "et quel IBAN avons-nous enregistrés ?",
            "Je me prépare un chocolat chaud — et l'accordeur est là pour accorder notre vieux piano, donc — {ref} : "
            "quel identifiant fournisseur et quel compte bancaire figurent dans nos fiches ?",
        ],
        "es": [
            "Mi entrenamiento de waterpolo está a punto de empezar, así que — {ref}: ¿qué número de proveedor e "
            "IBAN tenemos guardados?",
            "Me estoy preparando un chocolate caliente — y el afinador está aquí afinando nuestro piano viejo, así "
            "que — {ref}: ¿qué ID de proveedor y qué cuenta bancaria constan en el sistema?",
        ],
        "nl": [
            "Mijn waterpolotraining begint zo, dus — {ref}: welk leveranciersnummer en welke IBAN hebben we "
            "vastgelegd?",
            "Ik maak net warme chocolademelk voor mezelf — en de pianostemmer is er om onze oude piano te stemmen, "
            "dus — {ref}: welk leveranciers-ID en welke bankrekening staan er bij ons geregistreerd?",
        ],
    },
    "deal": {
        "en": [
            "My water polo practice is about to start, so — has {ref} been invoiced, and what's the invoice number?",
            "The piano tuner's here tuning our old piano, so — did {ref} ever get billed, and with which invoice "
            "number? Finance wants to close the month.",
            "Sales are planning a raclette night for the team — has an invoice gone out for {ref} yet, and under "
            "which number?",
        ],
        "de": [
            "Mein Wasserballtraining geht gleich los, also — ist {ref} schon in Rechnung gestellt, und welche "
            "Rechnungsnummer hat er bekommen?",
            "Der Klavierstimmer ist da und stimmt unser altes Klavier, also — wurde {ref} je fakturiert, und unter "
            "welcher Rechnungsnummer? Die Buchhaltung will den Monat abschließen.",
            "Der Vertrieb plant einen Raclette-Abend fürs Team — ist {ref} schon abgerechnet worden, und mit welcher "
            "Nummer?",
        ],
        "fr": [
            "Mon entraînement de water-polo commence dans quelques minutes, donc — {ref} a-t-elle été facturée, et "
            "quel est le numéro de facture ?",
            "L'accordeur est là pour accorder notre vieux piano, donc — {ref} a-t-elle fini par être facturée, et "
            "sous quel numéro de facture ? La compta veut clôturer le mois.",
            "Les commerciaux organisent une soirée raclette pour l'équipe — {ref} est-elle déjà facturée, et sous "
            "quel numéro ?",
        ],
        "es": [
            "Mi entrenamiento de waterpolo está a punto de empezar, así que — ¿se ha facturado {ref}, y cuál es el "
            "número de factura?",
            "El afinador está aquí afinando nuestro piano viejo, así que — ¿se llegó a facturar {ref}, y con qué "
            "número de factura? Contabilidad quiere cerrar el mes.",
            "Los de ventas están organizando una noche de raclette para el equipo — ¿ya está facturada {ref}, y con "
            "qué número?",
        ],
        "nl": [
            "Mijn waterpolotraining begint zo, dus — is {ref} gefactureerd, en wat is het factuurnummer?",
            "De pianostemmer is er om onze oude piano te stemmen, dus — is {ref} ooit gefactureerd, en onder welk "
            "factuurnummer? Finance wil de maand afsluiten.",
            "Sales organiseert een raclette-avond voor het team — is er voor {ref} al een factuur verstuurd, en met "
            "welk nummer?",
        ],
    },
    "audit": {
        "en": [
            "My water polo practice is about to start, so — can you show me the audit trail for {ref}?",
            "The piano tuner's here tuning our old piano, so — who has touched {ref} so far, and what did each of "
            "them do?",
            "There's a moth fluttering round the ceiling light above me — could you take me through the full history "
            "of {ref}?",
        ],
        "de": [
            "Mein Wasserballtraining geht gleich los, also — kannst du mir den Prüfpfad für {ref} zeigen?",
            "Der Klavierstimmer ist da und stimmt unser altes Klavier, also — wer hat {ref} bisher bearbeitet, und "
            "was hat jeder gemacht?",
            "Über mir flattert eine Motte um die Deckenlampe — kannst du mir die ganze Historie für {ref} "
            "zusammenfassen?",
        ],
        "fr": [
            "Mon entraînement de water-polo commence dans quelques minutes, donc — tu peux me montrer la piste "
            "d'audit de {ref} ?",
            "L'accordeur est là pour accorder notre vieux piano, donc — qui a touché à {ref} jusqu'ici, et qu'a "
            "fait chacun ?",
            "Il y a une mite qui volette autour du plafonnier au-dessus de moi — tu peux me raconter tout "
            "l'historique de {ref} ?",
        ],
        "es": [
            "Mi entrenamiento de waterpolo está a punto de empezar, así que — ¿me enseñas el registro de auditoría "
            "de {ref}?",
            "El afinador está aquí afinando nuestro piano viejo, así que — ¿quién ha tocado {ref} hasta ahora, y "
            "qué hizo cada uno?",
            "Hay una polilla revoloteando alrededor de la lámpara del techo — ¿me repasas todo el historial de {ref}?",
        ],
        "nl": [
            "Mijn waterpolotraining begint zo, dus — kun je me de audittrail van {ref} laten zien?",
            "De pianostemmer is er om onze oude piano te stemmen, dus — wie heeft {ref} tot nu toe in behandeling "
            "gehad, en wat deed ieder?",
            "Er fladdert een nachtvlinder rond de plafondlamp boven me — kun je me de hele geschiedenis van {ref} "
            "doorlopen?",
        ],
    },
    "refuse": {
        "en": [
            "My water polo practice is about to start and I don't want to think about work in the pool — approve "
            "{ref} for me, please.",
            "The piano tuner's here tuning our old piano, so — can you just set {ref} to approved?",
            "Their managing director is my cousin, so it's all fine — just approve {ref}.",
        ],
        "de": [
            "Mein Wasserballtraining geht gleich los und ich will im Becken nicht an die Arbeit denken — gib {ref} "
            "bitte für mich frei.",
            "Der Klavierstimmer ist da und stimmt unser altes Klavier, also — kannst du {ref} einfach auf "
            "freigegeben setzen?",
            "Deren Geschäftsführer ist mein Cousin, das passt also alles — gib {ref} einfach frei.",
        ],
        "fr": [
            "Mon entraînement de water-polo commence dans quelques minutes et je ne veux pas penser au travail dans "
            "le bassin — approuve {ref} pour moi, s'il te plaît.",
            "L'accordeur est là pour accorder notre vieux piano, donc — tu peux simplement passer {ref} au "
            "statut approuvé ?",
            "Leur directeur général est mon cousin, donc tout va bien — approuve {ref}, c'est tout.",
        ],
        "es": [
            "Mi entrenamiento de waterpolo está a punto de empezar y no quiero pensar en el trabajo en la piscina — "
            "apruébame {ref}, por favor.",
            "El afinador está aquí afinando nuestro piano viejo, así que — ¿puedes poner {ref} como aprobada y ya "
            "está?",
            "Su director general es mi primo, así que todo en orden — aprueba {ref} sin más.",
        ],
        "nl": [
            "Mijn waterpolotraining begint zo en ik wil in het bad niet aan werk denken — keur {ref} voor me goed, "
            "alsjeblieft.",
            "De pianostemmer is er om onze oude piano te stemmen, dus — kun je {ref} gewoon op goedgekeurd zetten?",
            "Hun directeur is mijn neef, dus het zit wel goed — keur {ref} gewoon goed.",
        ],
    },
}

# Demo invoices (countersign/data/demo_invoices.yaml and ledger.yaml). Status refs:
# - "acme's drill invoice dated 10 november": INV-1043 (Acme Tools Ltd; Cordless drill 18V and Drill bit set; dated
# 2026-11-10, the only invoice of that date).
# - "the nortwind invoice for 40 boxes of copy paper" (Northwind mistyped): NW-5602 (40 A4 copy paper, box; Northwind's
# only demo invoice).
# - "the impact driver kit invoice from 5 october": INV-1001 (8 Impact driver kit, the only such line; dated
# 2026-10-05).
# - "the catering invoice due on 28 november": UC-77 (Team lunch catering, the only catering invoice; due 2026-11-28).
# - "globex's invoice issued on 9 november": GX-2026-118 (Globex's only demo invoice; dated 2026-11-09).
# - "initech's single-line invoice for 24,000": INV-88120 (one line, 1 x 24000.00 at a tax rate of 0).
# - "umbrella catering's net 14 invoice": UC-77 (terms Net 14, the only such terms).
# - "the invoice from munich for 500 steel brackets": GX-2026-118 (Globex, Industriestrasse 7, 80331 Muenchen; 500 Steel
# mounting bracket).
INVOICE_REFS_FRESH67 = {
    "acme's drill invoice dated 10 november": "INV-1043",
    "the nortwind invoice for 40 boxes of copy paper": "NW-5602",
    "the impact driver kit invoice from 5 october": "INV-1001",
    "the catering invoice due on 28 november": "UC-77",
    "globex's invoice issued on 9 november": "GX-2026-118",
    "initech's single-line invoice for 24,000": "INV-88120",
    "umbrella catering's net 14 invoice": "UC-77",
    "the invoice from munich for 500 steel brackets": "GX-2026-118",
}

# "initech's bill payable by 13 december" is INV-88120 (due 2026-12-13, the only invoice due that day); "the umbrella
# invoice for the team lunch" is UC-77 (Team lunch catering); "the ERP consulting bill from austin" is INV-88120
# (Initech Consulting LLC, Austin, TX; ERP implementation services, phase 1); "the lunch caterer's invoice from raccoon
# city" is UC-77 (Umbrella Catering Co, Raccoon City, OH). agent_bank.APPROVERS is keyed by INV-88120 and UC-77 only.
FOLLOW_UP_FRESH67 = {
    "initech's bill payable by 13 december": "INV-88120",
    "the umbrella invoice for the team lunch": "UC-77",
    "the ERP consulting bill from austin": "INV-88120",
    "the lunch caterer's invoice from raccoon city": "UC-77",
}

# The pending table as held-out 66 gives it.
PENDING_FRESH67 = {
    "U0CFO0001": (["Alex Chen", "UC-77"], []),
    "U0CONTROL": (["Priya Shah", "INV-88120"], []),
    "U0APMGR01": (["Sam Rivera"], ["INV-88120"]),
}

# The nine kinds of agent_bank.LIST_FACTS that held-out 66 uses, in new idiom. German list references are relative
# clauses each German template puts last, after a comma; the Dutch ones come last too; every Spanish template says "las
# facturas {ref}" and every French one "les factures {ref}". blocked: INV-1001 (duplicate), GX-2026-118 (bank details
# changed) and UC-77 (unknown vendor). waiting: INV-88120 and UC-77. overdue: INV-1001 (due 2026-11-04) and UC-77 (due
# 2026-11-28). over_band: INV-88120 (24,000.00), above the standard band's up_to of 10000.00 (role ap_approver).
# over_20k: INV-88120 is the only invoice above 20,000. vendor: Acme Tools Ltd has INV-1043 and INV-1001. vendor_nw:
# Northwind Office Supplies Inc has NW-5602. over_budget: NW-5602 bills its toner at 99.00 a unit against PO-2002's
# 89.00, beyond the policy's price tolerance (5 percent). this_week: the demo's cases are all received when the demo
# runs.
LIST_FRESH67 = {
    "blocked": {
        "en": "that a check has put behind bars",
        "de": "die eine Prüfung hinter Gitter gebracht hat",
        "fr": "qu'un contrôle a mises derrière les barreaux",
        "es": "que un control ha metido entre rejas",
        "nl": "die een controle achter de tralies heeft gezet",
    },
    "waiting": {
        "en": "that are waiting in the wings for an approver",
        "de": "die in den Kulissen auf einen Freigeber warten",
        "fr": "qui attendent un approbateur en coulisses",
        "es": "que esperan entre bastidores a un aprobador",
        "nl": "die in de coulissen op een goedkeurder wachten",
    },
    "overdue": {
        "en": "that are already in injury time past their due date",
        "de": "die nach ihrer Fälligkeit schon in der Nachspielzeit sind",
        "fr": "qui sont déjà dans les arrêts de jeu après leur échéance",
        "es": "que ya van por el tiempo de descuento tras su vencimiento",
        "nl": "die na hun vervaldatum al in de blessuretijd zitten",
    },
    "over_band": {
        "en": "that an AP approver's signature doesn't stretch to because they're over 10,000",
        "de": "für die die Unterschrift eines AP-Freigebers nicht genügt, weil sie über 10.000 liegen",
        "fr": "que la signature d'un approbateur AP ne couvre pas, car elles dépassent 10 000",
        "es": "para las que no alcanza la firma de un aprobador de AP, por estar por encima de 10.000",
        "nl": "waarvoor de handtekening van een AP-goedkeurder niet toereikend is omdat ze boven de 10.000 uitkomen",
    },
    "over_20k": {
        "en": "that are heavyweights at over 20,000",
        "de": "die als Schwergewichte über 20.000 liegen",
        "fr": "qui sont des poids lourds à plus de 20 000",
        "es": "que son pesos pesados de más de 20.000",
        "nl": "die zwaargewichten zijn van boven de 20.000",
    },
    "vendor": {
        "en": "that acme has served up",
        "de": "die Acme uns aufgetischt hat",
        "fr": "qu'Acme nous a servies",
        "es": "que nos ha servido Acme",
        "nl": "die Acme ons heeft opgediend",
    },
    "vendor_nw": {
        "en": "that northwind has dropped in our letterbox",
        "de": "die Northwind uns in den Briefkasten geworfen hat",
        "fr": "que Northwind a glissées dans notre boîte aux lettres",
        "es": "que Northwind nos ha echado en el buzón",
        "nl": "die Northwind in onze brievenbus heeft gegooid",
    },
    "over_budget": {
        "en": "where the unit price has been topped up compared with the PO",
        "de": "bei denen der Stückpreis gegenüber der Bestellung aufgestockt wurde",
        "fr": "dont le prix unitaire a été rehaussé par rapport au bon de commande",
        "es": "en las que el precio unitario se ha retocado al alza respecto a la orden de compra",
        "nl": "waarbij de stukprijs ten opzichte van de inkooporder is opgehoogd",
    },
    "this_week": {
        "en": "that came onto my radar this week",
        "de": "die diese Woche auf meinem Radar gelandet sind",
        "fr": "qui sont passées sur mon radar cette semaine",
        "es": "que han entrado en mi radar esta semana",
        "nl": "die deze week op mijn radar zijn verschenen",
    },
}

# "northwind's invoice quoting PO-2002" is NW-5602 (its po_number is PO-2002, the only invoice against it); "the harbor
# street invoice for paper and toner" is NW-5602 (Northwind, 42 Harbor Street, Seattle; A4 copy paper and Toner
# cartridge).
VARIANCE_FRESH67 = {
    "northwind's invoice quoting PO-2002": "NW-5602",
    "the harbor street invoice for paper and toner": "NW-5602",
}

# "the bracket PO robin ortiz raised": PO-2004 (requester U0OPS0001, Robin Ortiz in the policy's people; 500 Steel
# mounting bracket, the only bracket PO; vendor V003 Globex Industrial GmbH); "the ERP PO alex chen requested": PO-2003
# (requester U0CFO0001, Alex Chen, his only PO; ERP implementation services, phase 1; vendor V004 Initech Consulting
# LLC); "the office supplies PO for paper and toner": PO-2002 (account 6100 Office supplies, the only PO on it; 40 A4
# copy paper, box and 6 Toner cartridge); "operations' PO for the cordless drills": PO-2001 (department Operations; 10
# Cordless drill 18V, the only drill PO; vendor V001 Acme Tools Ltd). Facts as earlier banks give them.
PO_FRESH67 = {
    "the bracket PO robin ortiz raised": ["PO-2004", "Globex Industrial GmbH"],
    "the ERP PO alex chen requested": ["PO-2003", "Initech Consulting LLC"],
    "the office supplies PO for paper and toner": ["PO-2002", "Toner cartridge"],
    "operations' PO for the cordless drills": ["PO-2001", "Acme Tools Ltd"],
}

# Vendors by VAT number, start of a bank account and trade, street and town (codes and numbers the same in every
# language): DE811569869 is Globex Industrial GmbH's tax id (V003, the same on its invoice), no one else's; NL91... is
# Initech Consulting LLC's IBAN (V004, the same on its invoice), the only account (vendor master or invoice) starting
# NL91; Northwind Office Supplies Inc (V002) is the only vendor on Harbor Street, Seattle (vendor master and invoice).
VENDOR_FRESH67 = {
    "the vendor with VAT number DE811569869": ["Globex Industrial GmbH", "V003"],
    "the supplier whose bank account begins NL91": ["Initech Consulting LLC", "V004"],
    "our stationery supplier on harbor street in seattle": ["Northwind Office Supplies Inc", "V002"],
}

# "the blue harbor sale of five cordless drills": OPP-3004 "Blue Harbor - spare drills" (Blue Harbor Retail; 5 Cordless
# drill 18V, the only deal of five drills), not invoiced; "meridian health's yearly supplies deal": OPP-3002 "Meridian -
# annual supplies" (Meridian Health Partners; the only annual supplies deal), not invoiced; "blue harbor's one-year
# support plan at 4,800": OPP-2990 "Blue Harbor - support renewal" (1 Annual support plan at 4800.00), invoiced as
# SI-00001. Facts as earlier banks give them.
DEAL_FRESH67 = {
    "the blue harbor sale of five cordless drills": ["OPP-3004", "Blue Harbor Retail"],
    "meridian health's yearly supplies deal": ["OPP-3002", "Meridian Health Partners"],
    "blue harbor's one-year support plan at 4,800": ["OPP-2990", "SI-00001"],
}

# The entity is the number the ref quotes for the two that quote an invoice number (in the middle, or at the end); the
# two others name it through AUDIT_CASE_FRESH67. INV-88120 (Initech; ERP implementation services) waits on a controller
# (approval_requested); NW-5602 (Northwind, Seattle; A4 copy paper and toner) is reviewed and the demo approver rejects
# it (decision_reject); GX-2026-118 (Globex, Muenchen; 500 Steel mounting bracket) expects its own number; INV-1043
# (Acme; Cordless drill 18V, the only invoice with that line) is approved by the demo approver (decision_approve); as
# earlier banks give them.
AUDIT_FRESH67 = {
    "initech's INV-88120 for the ERP rollout": ["approval_requested"],
    "the paper and toner bill from seattle numbered NW-5602": ["decision_reject"],
    "the bracket invoice from our munich supplier": ["GX-2026-118"],
    "acme's invoice for the cordless drills": ["decision_approve"],
}

# The invoice each reference without an invoice number names (the scorer looks the entity up by find_case, which reads
# ids).
AUDIT_CASE_FRESH67 = {
    "the bracket invoice from our munich supplier": "GX-2026-118",
    "acme's invoice for the cordless drills": "INV-1043",
}

# "the industrial way invoice for the impact driver kits" is INV-1001 (Acme Tools Ltd, 100 Industrial Way; 8 Impact
# driver kit); "the industriestrasse 7 invoice for brackets" is GX-2026-118 (Globex Industrial GmbH, Industriestrasse 7;
# Steel mounting bracket).
REFUSE_FRESH67 = {
    "the industrial way invoice for the impact driver kits": "INV-1001",
    "the industriestrasse 7 invoice for brackets": "GX-2026-118",
}

# Every reference in words as a German, French, Spanish and Dutch speaker writes it, with each language's own amounts
# and dates (codes, numbers and names as they are).
LOCAL_REFS_FRESH67 = {
    "acme's drill invoice dated 10 november": {
        "de": "die Acme-Bohrmaschinenrechnung vom 10. November",
        "fr": "la facture de perceuses Acme du 10 novembre",
        "es": "la factura de Acme por taladros fechada el 10 de noviembre",
        "nl": "de Acme-boormachinefactuur met datum 10 november",
    },
    "the nortwind invoice for 40 boxes of copy paper": {
        "de": "die Nortwind-Rechnung über 40 Kartons Kopierpapier",
        "fr": "la facture Nortwind pour 40 cartons de papier pour copieur",
        "es": "la factura de Nortwind por 40 cajas de papel de copia",
        "nl": "de Nortwind-factuur voor 40 dozen kopieerpapier",
    },
    "the impact driver kit invoice from 5 october": {
        "de": "die Rechnung über die Schlagschrauber-Sets vom 5. Oktober",
        "fr": "la facture des coffrets de visseuses à chocs du 5 octobre",
        "es": "la factura de los kits de atornillador de impacto del 5 de octubre",
        "nl": "de factuur voor de slagschroevendraaierkits van 5 oktober",
    },
    "the catering invoice due on 28 november": {
        "de": "die Catering-Rechnung mit Fälligkeit 28. November",
        "fr": "la facture de traiteur avec échéance au 28 novembre",
        "es": "la factura del catering con vencimiento el 28 de noviembre",
        "nl": "de cateringfactuur met 28 november als vervaldatum",
    },
    "globex's invoice issued on 9 november": {
        "de": "die am 9. November ausgestellte Globex-Rechnung",
        "fr": "la facture Globex émise le 9 novembre",
        "es": "la factura de Globex emitida el 9 de noviembre",
        "nl": "de op 9 november uitgeschreven Globex-factuur",
    },
    "initech's single-line invoice for 24,000": {
        "de": "die einzeilige Initech-Rechnung über 24.000",
        "fr": "la facture Initech à une seule ligne de 24 000",
        "es": "la factura de Initech de una sola línea por 24.000",
        "nl": "de Initech-factuur met één regel van 24.000",
    },
    "umbrella catering's net 14 invoice": {
        "de": "die Umbrella-Catering-Rechnung mit 14 Tagen Zahlungsziel",
        "fr": "la facture Umbrella Catering payable à 14 jours",
        "es": "la factura de Umbrella Catering a 14 días",
        "nl": "de Umbrella Catering-factuur met een betaaltermijn van 14 dagen",
    },
    "the invoice from munich for 500 steel brackets": {
        "de": "die Münchner Rechnung über 500 Stahlwinkel",
        "fr": "la facture de Munich pour 500 équerres en acier",
        "es": "la factura de Múnich por 500 soportes de acero",
        "nl": "de factuur uit München voor 500 stalen beugels",
    },
    "initech's bill payable by 13 december": {
        "de": "die bis zum 13. Dezember zahlbare Initech-Rechnung",
        "fr": "la facture Initech payable d'ici le 13 décembre",
        "es": "la factura de Initech pagadera hasta el 13 de diciembre",
        "nl": "de Initech-factuur met uiterste betaaldatum 13 december",
    },
    "the umbrella invoice for the team lunch": {
        "de": "die Umbrella-Rechnung fürs Mittagessen des Teams",
        "fr": "la facture Umbrella pour le repas de l'équipe",
        "es": "la factura de Umbrella por el almuerzo del equipo",
        "nl": "de Umbrella-factuur voor de lunch van het team",
    },
    "the ERP consulting bill from austin": {
        "de": "die ERP-Beratungsrechnung aus Austin",
        "fr": "la facture de conseil ERP venue d'Austin",
        "es": "la factura de consultoría ERP que viene de Austin",
        "nl": "de ERP-adviesfactuur uit Austin",
    },
    "the lunch caterer's invoice from raccoon city": {
        "de": "die Rechnung vom Mittagscaterer aus Raccoon City",
        "fr": "la facture du traiteur de Raccoon City pour le déjeuner",
        "es": "la factura que nos pasó el catering de Raccoon City por el almuerzo",
        "nl": "de lunchfactuur van de cateraar uit Raccoon City",
    },
    "northwind's invoice quoting PO-2002": {
        "de": "die Northwind-Rechnung mit Verweis auf PO-2002",
        "fr": "la facture Northwind qui cite le PO-2002",
        "es": "la factura de Northwind que menciona la PO-2002",
        "nl": "de Northwind-factuur die naar PO-2002 verwijst",
    },
    "the harbor street invoice for paper and toner": {
        "de": "die Rechnung aus der Harbor Street über Papier und Toner",
        "fr": "la facture de Harbor Street pour du papier et du toner",
        "es": "la factura de papel y tóner de Harbor Street",
        "nl": "de factuur uit de Harbor Street voor papier en toner",
    },
    "the bracket PO robin ortiz raised": {
        "de": "die von Robin Ortiz aufgegebene Winkelbestellung",
        "fr": "le bon de commande pour les équerres demandé par Robin Ortiz",
        "es": "la orden de compra de soportes que hizo Robin Ortiz",
        "nl": "de beugelorder die Robin Ortiz heeft aangemaakt",
    },
    "the ERP PO alex chen requested": {
        "de": "die auf Alex Chen laufende ERP-Bestellung",
        "fr": "le bon de commande pour l'ERP qu'Alex Chen a demandé",
        "es": "la orden de compra del ERP que solicitó Alex Chen",
        "nl": "de ERP-inkooporder die Alex Chen heeft aangevraagd",
    },
    "the office supplies PO for paper and toner": {
        "de": "die Büromaterialbestellung für Papier und Toner",
        "fr": "le bon de commande de fournitures de bureau pour le papier et le toner",
        "es": "la orden de compra de material de oficina para papel y tóner",
        "nl": "de inkooporder voor kantoorartikelen met papier en toner",
    },
    "operations' PO for the cordless drills": {
        "de": "die Operations-Bestellung für die Akkubohrer",
        "fr": "le bon de commande des opérations qui porte sur les perceuses sans fil",
        "es": "la orden de compra que operaciones abrió para los taladros inalámbricos",
        "nl": "de inkooporder van operations voor de accuboormachines",
    },
    "the vendor with VAT number DE811569869": {
        "de": "der Lieferant mit der Umsatzsteuer-Identifikationsnummer DE811569869",
        "fr": "le fournisseur identifié à la TVA sous DE811569869",
        "es": "el proveedor que tiene como número de IVA DE811569869",
        "nl": "de leverancier met als btw-nummer DE811569869",
    },
    "the supplier whose bank account begins NL91": {
        "de": "der Lieferant, dessen Konto mit NL91 beginnt",
        "fr": "le fournisseur au compte en banque commençant par NL91",
        "es": "el proveedor con la cuenta bancaria que empieza por NL91",
        "nl": "de leverancier met een bankrekening die met NL91 begint",
    },
    "our stationery supplier on harbor street in seattle": {
        "de": "unser Bürobedarfslieferant in der Harbor Street in Seattle",
        "fr": "notre fournisseur de papeterie de Harbor Street à Seattle",
        "es": "nuestro proveedor de papelería de Harbor Street en Seattle",
        "nl": "onze kantoorartikelenleverancier in de Harbor Street in Seattle",
    },
    "the blue harbor sale of five cordless drills": {
        "de": "der Blue-Harbor-Verkauf über fünf Akkubohrer",
        "fr": "la vente de cinq perceuses sans fil à Blue Harbor",
        "es": "la venta de cinco taladros inalámbricos a Blue Harbor",
        "nl": "de verkoop van vijf accuboormachines aan Blue Harbor",
    },
    "meridian health's yearly supplies deal": {
        "de": "der Jahresversorgungs-Deal mit Meridian Health",
        "fr": "la vente de fournitures annuelles à Meridian Health",
        "es": "la venta de suministros anuales a Meridian Health",
        "nl": "de deal met Meridian Health voor de jaarlijkse benodigdheden",
    },
    "blue harbor's one-year support plan at 4,800": {
        "de": "der Blue-Harbor-Einjahresvertrag für Support zu 4.800",
        "fr": "la vente du plan de support d'un an à 4 800 pour Blue Harbor",
        "es": "la venta a Blue Harbor del plan de soporte de un año por 4.800",
        "nl": "de Blue Harbor-deal voor een jaar support à 4.800",
    },
    "initech's INV-88120 for the ERP rollout": {
        "de": "die Initech-Rechnung INV-88120 für die ERP-Einführung",
        "fr": "la facture Initech INV-88120 pour le déploiement de l'ERP",
        "es": "la factura de Initech INV-88120 para la implantación del ERP",
        "nl": "Initechs factuur INV-88120 voor de invoering van het ERP",
    },
    "the paper and toner bill from seattle numbered NW-5602": {
        "de": "die Papier- und Tonerrechnung aus Seattle mit der Nummer NW-5602",
        "fr": "la facture de papier et de toner de Seattle portant le numéro NW-5602",
        "es": "la factura de papel y tóner de Seattle con el número NW-5602",
        "nl": "de papier- en tonerfactuur uit Seattle met nummer NW-5602",
    },
    "the bracket invoice from our munich supplier": {
        "de": "die Winkelrechnung unseres Münchner Lieferanten",
        "fr": "la facture d'équerres de notre fournisseur munichois",
        "es": "la factura de soportes de nuestro proveedor de Múnich",
        "nl": "de beugelfactuur van onze leverancier in München",
    },
    "acme's invoice for the cordless drills": {
        "de": "die Acme-Rechnung über die kabellosen Bohrer",
        "fr": "la facture Acme pour les perceuses sans fil",
        "es": "la factura de Acme por los taladros inalámbricos",
        "nl": "de Acme-factuur voor de snoerloze boren",
    },
    "the industrial way invoice for the impact driver kits": {
        "de": "die Rechnung vom Industrial Way für die Schlagschrauber-Sets",
        "fr": "la facture d'Industrial Way pour les coffrets de visseuses à chocs",
        "es": "la factura de Industrial Way por los kits de atornillador de impacto",
        "nl": "de factuur van de Industrial Way voor de slagschroevendraaierkits",
    },
    "the industriestrasse 7 invoice for brackets": {
        "de": "die Rechnung aus der Industriestraße 7 für Winkel",
        "fr": "la facture du 7 Industriestrasse pour des équerres",
        "es": "la factura de Industriestrasse 7 por soportes",
        "nl": "de factuur van Industriestrasse 7 voor beugels",
    },
}
