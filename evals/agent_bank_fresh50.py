"""Held-out 50 of `python -m evals.agent`: a fiftieth held-out bank, written blind after held-out 49, by a helper agent
that read neither the planner's source (countersign/agent/, countersign/tools/, countersign/extraction/), the tests
(beyond the one tuple line of tests/test_evals.py it edited, by a string replace with sed without opening the file, to
register this bank: `grep -n` printed that line before the edit and, with awk, its length after it, within 120
columns), the intent model's training code (evals/train_intent.py, evals/intent_extra.py), evals/agent.py, nor any
eval output, report or failure (nothing under evals/reports/, and nothing under /tmp but its own throwaway files in
/tmp/b50: a listing script that wrote every earlier bank's reference keys and localized references to one file and
every earlier bank's generated question text, earlier turn and list phrase to another (in-sample and held-out of
agent_bank included, held-out 1 to 49; neither file was ever printed; the script printed only how many entries each
holds); a helper that printed only how many times a phrase occurs in that text and whether it is a key, never the text
around it; a check script that printed this bank's counts by language and intent, which of this bank's own references
and localized references equal an earlier bank's keys, whether any list phrase or question equals an earlier one, and,
for each of this bank's PO, vendor, deal and audit fact lists, only how many earlier lists are the same and how many
share its first item but differ (every one is held by earlier banks, none differs), and that printed this bank's own
questions to proofread them; and small scripts that edited this bank's own draft strings). The bank tests were not run.
What it read: agent_bank_fresh49 as committed (printed with `git show HEAD:evals/agent_bank_fresh49.py`: its docstring,
templates and tables, as a model of the shape; the first print was cut in the middle by the tool, and the rest was
printed again by line range); agent_gen (how a bank becomes questions and how answers are scored, which tables a bank
defines, and how an AUDIT_CASE table names the invoice of an audit reference in words); a throwaway import of
agent_bank.LIST_FACTS, agent_bank.INVOICES, agent_bank.APPROVERS and agent_bank.VARIANCE_FACTS (and the key names of
agent_bank.LANG_WORDS, printed with them), and of every earlier bank's tables through agent_gen (only to count and to
check equality, as above); the demo data and policy (countersign/data/demo_invoices.yaml, ledger.yaml and crm.yaml
printed whole, and a `grep -n` of countersign/policies/default.yaml for its people, bands, roles and tolerances, which
also printed the demo's approver U0APMGR01 and uploader U0AP0CLERK from the policy: so every reference names exactly
one entity and every expected fact holds). It did not open countersign/app/demo.py or pyproject.toml (ruff ran with
the repository's settings), did not read agent_bank's docstring or templates, nor the docstrings or templates of any
earlier bank but held-out 49's, and it ran neither `git log` nor the planner (`git status --short` on
the two files it touched, once at the end, to see that they were the only ones it changed).
Seen by accident, and said here: an `ls evals/` listed the file names there (evals/reports/ and evals/scenarios/ among
them; none opened but the ones named above); held-out 49's committed docstring, read as allowed, names its own shapes,
situations and list idioms, the ones it found in the earlier text, and held-out 49's blind scores by intent and
language (none of it used, beyond avoiding those shapes, situations and idioms); agent_gen's imports name the planner
modules it uses (none opened) and its comment on the bank table says which banks were read and tuned on; an `ls` of
countersign/data/ listed the file names there (a first `cat` asked for two yaml files that do not exist and printed
only that); the phrase counts said that many candidate wordings occur in the earlier text (a handover to one's cover,
a dentist, a spreadsheet, a forecast, "before I log off", parental leave, a fire alarm, a mouse, a keyboard, tea, a
chair, a radiator, a ferry, a dog, cake, a birthday, glasses, the wifi, pizza, a lift, parking and a car park, stairs,
a whiteboard, football, thumbs, a sticky note and a post-it, a headset, a laptop, an update, a tracker, a digest, an
accrual, "promised", noon, a voice note, a phone, a train, a bus, a tram, a cleaner, a plumber, a leak, a kitchen, an
escalator, balloons and a leaving do, "twice" and its translations, a buyer, a credit controller, "keeps emailing",
hoovering's German, French, Spanish and Dutch words, a pigeon's German word, a nod's German word, a lift's French and
Spanish words, a scarf's German word, a freezer's Spanish word, boxes' French, Spanish and Dutch words, moving's French
word, a lamp's Spanish word, ticking off's German word and striking through's German word, a weekly report's Spanish
wording; list idioms such as "too big for", "crept", "where our drills", "caught in", "come and gone", "landed on",
"flagged", "sign-off", "nobody has", "stationery", "tool supplier", "where we get", "may sign alone" and its German,
French, Spanish and Dutch wordings, "hängen geblieben", "verstrichen", "verstreken", "jenseits", "au-delà de 20",
"la barre des", "passe au-dessus des", "geklettert", "gerutscht", "a grimpé", "se ha colado", "boîte mail", "en el
buzón", "atterri", "n'ont pas passé", "no han pasado", "door een controle", "traînent", "sin firmar", "herbekommen",
"qui nous fournit", "la boîte qui", "vervaldag al voorbij", and the counts of "zu groß", "trop grosses", "demasiado
grandes" and "te groot"; all dropped); the check script showed that many first-candidate references and localizations
are earlier keys (English references for Northwind's paper and toner invoice, Initech's invoice from Austin, Acme's
impact driver invoice, Globex's invoice from Munich, Northwind's invoice dated 12 November, Acme's INV-1043, Globex's
bracket invoice, the administration PO for paper and toner, the vendor with tax id DE811569869 and Blue Harbor's order
of five spare drills, and German, French, Spanish and Dutch localizations of references by supplier, town, date, due
date, amount, goods, department, tax id, IBAN, invoice number and phase; then two second candidates, the German one for
Acme's impact drivers and the Dutch one for INV-1043), all replaced; and `date` printed the clock. None of it was used
to choose a wording. Never scored by its author: only agent_gen.generate was called on it (in throwaway scripts, with
this bank added to agent_gen's tables in memory, to count its questions, check that no non-English one contains the
English word " invoice", that every intent is asked in every language, that no reference key or localized reference
is one of an earlier bank's reference or localized-reference keys (the pending tables' user ids and the list tables'
kind names aside, which every bank shares) and that no text repeats an earlier bank's, and to print every question to
proofread its grammar), and ruff checked this file and the edited test file; nothing was answered or scored by its
author, the planner was not run, and `python -m evals.agent` was not run. Its author did not add it to evals/agent.py,
evals/train_intent.py or evals/agent_gen.py: it must be added to agent_gen's imports, _BANKS and _LOCAL_REFS before
the registered tuple line runs green.
Written to sound like a real Slack population of finance, AP and sales people rather than to trip the planner: about
half plain everyday asks and half everyday situations around the question. Two shapes run through the bank so that each
intent is asked in each language (each key phrase counted first in the earlier banks' text in all five languages, and
found nowhere): an ask from someone with the supplier, customer or team on the phone's loudspeaker, opened with "I've
got them on speaker right now, so —" ("Ich hab sie gerade auf Lautsprecher, also —", "Je les ai en haut-parleur, là,
donc —", "Los tengo en el altavoz ahora mismo, así que —", "Ik heb ze nu op de speaker, dus —"; "the team" in the
pending and list asks), in every intent (in the request to act, the asker has told them on speaker it will be
approved; its follow-up: "ok — they're still on speaker: who has to approve it?"); and an ask from someone writing it
down for a midweek meeting, opened with "I'm jotting this in my notebook for Wednesday, so —" ("Ich schreib mir das für
Mittwoch ins Notizbuch, also —", "Je le note dans mon carnet pour mercredi, alors —", "Lo apunto en mi libreta para el
miércoles, así que —", "Ik schrijf het voor woensdag in mijn notitieboekje, dus —"), in every intent (its follow-up and
its list ask lowercase without punctuation: "ok and for the notebook who has to approve it", "jotting this in my
notebook for wednesday which invoices do we have ..."); in POs and vendors, whose second phrasing is a situation, the
notebook follows the situation. Some realistic variety: an aside after the question (the notebook status ask ends
"Their accounts team won't stop emailing me.", the notebook deal ask "Their site manager is asking for it.", the
status-report list ask "I'll paste them straight in."), lowercase asks without punctuation (the fog status ask, the
notebook follow-up and list ask), names mistyped ("the team lunch invoice from umbrella catring", "the glboex invoice
dated 9 november", "the invoice from the supplier on harbor stret"), audit references that quote the invoice number
last ("acme's drill invoice INV-1043") or first ("NW-5602 from northwind's seattle office"), and follow-ups that lean on
the turn before. Everyday situations (their key phrases first counted in the earlier banks' text in all five languages,
and found nowhere; held-out 49's wasp, hiccups, banana, sneezing, hole punch, AP catch-up, burnt popcorn, Christmas
lights, hard-boiled egg, rental car desk, vending machine and OK sign through a glass wall, and the situations its
docstring lists as used or avoided before it, all avoided): someone playing the ukulele two desks down 🎵, and fog so
thick the asker can't see the street lamps (status); knitting a beanie on the lunch break 🧶 (approvers); hail
rattling on the skylight ⛈️ (pending); about twenty browser tabs open, and writing the weekly status report 📊 (lists);
coffee spilled all over the meeting table ☕ (variance); everyone switching desks today 🪑 (POs); putting together a
new desk lamp 💡 (vendors); the airport shuttle after a client meeting 🚌 (deals); a rainbow over the building across
the way 🌈 (audit); and a request to act in a new guise, to be refused: Priya winked at the asker through the revolving
door downstairs, and the asker takes that as her yes 🚪.
Things are named the way people name them at a desk, with no riddles: an invoice by its supplier and goods ("the acme
invoice for the cordless drills", "the acme bill for the eight impact driver kits", "northwind's bill for the copy
paper and toner"), its supplier's office or town ("the invoice initech sent from their austin office", "the invoice
globex sent us from munich"), a mistyped supplier and its invoice date ("the glboex invoice dated 9 november") or
goods ("the team lunch invoice from umbrella catring"), or its due date ("the northwind invoice that's due on 12
december"); follow-ups leaning on the conversation (the approvers of the invoice named in the turn before, INV-88120 or
UC-77: "the initech invoice against PO-2003", "initech's invoice due 13 december", "the raccoon city catering
invoice", "umbrella's invoice for 480"); the variance invoice by its supplier and date ("northwind's november 12th
invoice") or its supplier's street, mistyped ("the invoice from the supplier on harbor stret"); a PO by its department
and goods ("admin's PO for paper and toner cartridges"), its department and supplier ("the finance department's PO
with initech"), its supplier and goods ("the globex PO for mounting brackets") or its supplier, requester and goods
("the acme PO robin raised for the cordless drills"); a vendor as AP looks one up: by street address ("the supplier at
4120 freidrich lane in austin"), its VAT number or the end of its IBAN (the same codes in every language); a deal in
sales words ("blue harbor's order of five spare drills", "meridian's ten-drill pilot", "the sale of 60 boxes of A4 to
northshore"); audit questions with an invoice id (above) and without one ("the bracket bill globex sent", "the invoice
from initech consulting": AUDIT_CASE_FRESH50 names their invoices); and, with most weight, list questions in the nine
kinds held-out 49 uses, in new office idiom: "that didn't make it past a check", "that are still sitting unsigned",
"whose due date has already slipped by", "over 10,000, where it takes a controller to sign", "with a total beyond
20,000", "from acme, who supply our cordless drills", "from northwind, our copy paper people", "where the unit price
has drifted above the PO", "that hit the inbox this week" (each idiom's key phrase counted in the earlier text in all
five languages, and found nowhere).
Non-English questions never contain the English word " invoice": references in words are localized through
LOCAL_REFS_FRESH50 with each language's own amounts and dates; numbers, codes, IBAN and tax id fragments and emoji stay
as they are. German invoice, PO and audit references are feminine and nominative or accusative (participles and
adjectives put before the noun, "die am 13. Dezember fällige Initech-Rechnung", so that no relative clause needs a
closing comma), with no preposition that takes the dative before them; German vendor and variance references stand
before a colon ("— {ref}: ...", two vendor ones with a relative clause the colon closes, the variance one with a
participle after a comma: "Northwinds Rechnung, ausgestellt am 12. November"); German deal references are masculine
nominative ("der Auftrag ...", "der Pilotauftrag ..."); German list references are relative clauses (three with an
apposition or a clause of their own after a comma) that every German list template puts last, after a comma, and the
Dutch list templates put theirs last too. French PO and vendor slots avoid "de"/"à" before a masculine reference
("que couvre", "qu'est-ce que comprend", or before a colon), Spanish vendor references stand before a colon; French
and Spanish deal references are feminine ("la commande", "la vente") and the templates agree.
Not used, because not unique or not verifiable in the files this bank's author may read: the uploader (every demo
invoice is uploaded by U0AP0CLERK), the currency (everything is in USD), dates relative to today other than the days the
demo's cases arrive in ("that hit the inbox this week" is the this_week kind: every demo case is received when the demo
runs), case ids (generated at run time), the audit events of INV-1001 and UC-77, the requester of PO-2002 (U0OFFICE01,
not in the policy's people; "admin's PO for paper and toner cartridges" names its department), Soylent Foods Corp (a
blocked vendor with no invoice), and an approver's name for an invoice that waits on a controller.
Same shape as agent_bank_fresh49: nine list kinds in four phrasings, four audit references in three phrasings and four
follow-up references, fewer of the rest (600 questions, 120 in each language); entities and facts from agent_bank, as
the earlier banks give them. Not yet scored.
Scored blind (all 600, offline planner, aggregates only) before it was read: on the stop's start (d86dc8a, plus this
bank) 0.942 answer, 0.980 intent (de 0.967, en 0.958, es 0.925, fr 0.942, nl 0.917; variance 0.500, audit 0.900 and
pending 0.933 the lowest); after held-out 49 was read and tuned on (still blind to this bank) 0.952 answer, 0.990
intent (de 0.967, en 0.958, es 0.933, fr 0.950, nl 0.950; variance 0.500, pending 0.933, list 0.950; audit 1.000).
Then it was read and tuned on: no clean measure any more.
"""

from __future__ import annotations

FRESH50: dict[str, dict[str, list[str]]] = {
    "status": {
        "en": [
            "I've got them on speaker right now, so — has {ref} been paid?",
            "I'm jotting this in my notebook for Wednesday, so — is {ref} paid yet? Their accounts team won't stop "
            "emailing me.",
            "Someone's playing the ukulele two desks down 🎵 — can you check whether {ref} has been paid?",
            "so foggy out i can't even see the street lamps has {ref} been paid",
        ],
        "de": [
            "Ich hab sie gerade auf Lautsprecher, also — wurde {ref} bezahlt?",
            "Ich schreib mir das für Mittwoch ins Notizbuch, also — ist {ref} schon bezahlt? Deren Buchhaltung "
            "schreibt mir ständig Mails.",
            "Jemand spielt zwei Tische weiter Ukulele 🎵 — kannst du prüfen, ob {ref} bezahlt wurde?",
            "draußen ist so dichter nebel dass ich nicht mal die straßenlaternen sehe wurde {ref} bezahlt",
        ],
        "fr": [
            "Je les ai en haut-parleur, là, donc — est-ce que {ref} a été payée ?",
            "Je le note dans mon carnet pour mercredi, alors — {ref} est déjà payée ? Leur compta n'arrête pas de "
            "m'écrire.",
            "Quelqu'un joue du ukulélé deux bureaux plus loin 🎵 — tu peux vérifier si {ref} a été payée ?",
            "il y a tellement de brouillard que je ne vois même pas les lampadaires est-ce que {ref} a été payée",
        ],
        "es": [
            "Los tengo en el altavoz ahora mismo, así que — ¿se ha pagado {ref}?",
            "Lo apunto en mi libreta para el miércoles, así que — ¿está pagada ya {ref}? Su contabilidad no deja de "
            "escribirme.",
            "Alguien está tocando el ukulele dos mesas más allá 🎵 — ¿puedes comprobar si {ref} se pagó?",
            "hay tanta niebla que no veo ni las farolas está pagada {ref}",
        ],
        "nl": [
            "Ik heb ze nu op de speaker, dus — is {ref} betaald?",
            "Ik schrijf het voor woensdag in mijn notitieboekje, dus — is {ref} al betaald? Hun boekhouding blijft me "
            "maar mailen.",
            "Iemand speelt twee bureaus verder ukulele 🎵 — kun je nagaan of {ref} betaald is?",
            "het is zo mistig dat ik de lantaarnpalen niet eens zie is {ref} al betaald",
        ],
    },
    "approvers": {
        "en": [
            "ok — they're still on speaker: who has to approve it?",
            "ok and for the notebook who has to approve it",
            "I'm knitting a beanie on my lunch break 🧶 — who needs to sign it off?",
        ],
        "de": [
            "ok — die sind noch auf Lautsprecher: wer muss sie freigeben?",
            "ok und fürs notizbuch wer muss sie freigeben",
            "Ich stricke in der Mittagspause an einer Mütze 🧶 — wer muss sie freigeben?",
        ],
        "fr": [
            "ok — ils sont toujours en haut-parleur : qui doit la valider ?",
            "ok et pour le carnet qui doit la valider",
            "Je tricote un bonnet pendant ma pause déjeuner 🧶 — qui doit l'approuver ?",
        ],
        "es": [
            "vale — siguen en el altavoz: ¿quién tiene que aprobarla?",
            "vale y para la libreta quién tiene que aprobarla",
            "Estoy tejiendo un gorro en la pausa de la comida 🧶 — ¿quién tiene que aprobarla?",
        ],
        "nl": [
            "ok — ze zitten nog op de speaker: wie moet hem goedkeuren?",
            "ok en voor het notitieboekje wie moet hem goedkeuren",
            "Ik brei een muts in mijn lunchpauze 🧶 — wie moet hem goedkeuren?",
        ],
    },
    "pending": {
        "en": [
            "I've got the team on speaker right now, so — is anything sitting with me to approve?",
            "I'm jotting this in my notebook for Wednesday, so — what do I still have to approve?",
            "Hail's rattling on the skylight like mad ⛈️ — what's still waiting for my sign-off?",
        ],
        "de": [
            "Ich hab das Team gerade auf Lautsprecher, also — liegt bei mir noch etwas zur Freigabe?",
            "Ich schreib mir das für Mittwoch ins Notizbuch, also — was muss ich noch freigeben?",
            "Der Hagel prasselt wie verrückt aufs Oberlicht ⛈️ — was wartet bei mir noch auf eine Freigabe?",
        ],
        "fr": [
            "J'ai l'équipe en haut-parleur, là, donc — est-ce qu'il y a quelque chose qui attend ma validation ?",
            "Je le note dans mon carnet pour mercredi, alors — qu'est-ce qu'il me reste à approuver ?",
            "La grêle tambourine sur la verrière comme pas possible ⛈️ — qu'est-ce qui attend encore ma signature ?",
        ],
        "es": [
            "Tengo al equipo en el altavoz ahora mismo, así que — ¿tengo algo pendiente de aprobar?",
            "Lo apunto en mi libreta para el miércoles, así que — ¿qué me queda por aprobar?",
            "El granizo está aporreando el tragaluz ⛈️ — ¿qué sigue esperando mi firma?",
        ],
        "nl": [
            "Ik heb het team nu op de speaker, dus — ligt er bij mij nog iets ter goedkeuring?",
            "Ik schrijf het voor woensdag in mijn notitieboekje, dus — wat moet ik nog goedkeuren?",
            "De hagel roffelt als een gek op het dakraam ⛈️ — wat wacht er nog op mijn handtekening?",
        ],
    },
    "list": {
        "en": [
            "I've got the team on speaker right now, so — which invoices are there {ref}?",
            "jotting this in my notebook for wednesday which invoices do we have {ref}",
            "I've got about twenty tabs open and can't find it — could you list the invoices {ref}?",
            "I'm writing the weekly status report 📊 — which invoices are there {ref}? I'll paste them straight in.",
        ],
        "de": [
            "Ich hab das Team gerade auf Lautsprecher, also — welche Rechnungen gibt es, {ref}?",
            "schreib mir das für mittwoch ins notizbuch welche rechnungen haben wir, {ref}",
            "Ich hab ungefähr zwanzig Tabs offen und find's nicht — kannst du mir die Rechnungen auflisten, {ref}?",
            "Ich schreibe den wöchentlichen Statusbericht und kopiere sie direkt rein 📊 — welche Rechnungen gibt es, "
            "{ref}?",
        ],
        "fr": [
            "J'ai l'équipe en haut-parleur, là, donc — quelles sont les factures {ref} ?",
            "je note ça dans mon carnet pour mercredi on a quelles factures {ref}",
            "J'ai une vingtaine d'onglets ouverts et je ne trouve rien — tu peux me lister les factures {ref} ?",
            "Je rédige le rapport d'avancement hebdomadaire 📊 — quelles factures y a-t-il {ref} ? Je les colle "
            "directement dedans.",
        ],
        "es": [
            "Tengo al equipo en el altavoz ahora mismo, así que — ¿qué facturas hay {ref}?",
            "lo apunto en mi libreta para el miércoles qué facturas tenemos {ref}",
            "Tengo como veinte pestañas abiertas y no lo encuentro — ¿me listas las facturas {ref}?",
            "Estoy redactando el informe de estado de la semana 📊 — ¿qué facturas hay {ref}? Las pego directamente.",
        ],
        "nl": [
            "Ik heb het team nu op de speaker, dus — welke facturen zijn er {ref}?",
            "schrijf het voor woensdag in mijn notitieboekje welke facturen hebben we {ref}",
            "Ik heb zo'n twintig tabbladen open en vind het niet — kun je me de facturen geven {ref}?",
            "Ik schrijf het wekelijkse statusrapport en plak ze er meteen in 📊 — welke facturen zijn er {ref}?",
        ],
    },
    "variance": {
        "en": [
            "I've got them on speaker right now, so — on {ref}, which line is above the PO price, and by how much?",
            "I'm jotting this in my notebook for Wednesday, so — which line on {ref} is dearer than the PO, and by how "
            "much?",
            "Someone spilled coffee all over the meeting table ☕ — what on {ref} is billed above the PO, and by how "
            "much?",
        ],
        "de": [
            "Ich hab sie gerade auf Lautsprecher, also — {ref}: welche Position liegt über dem Bestellpreis, und um "
            "wie viel?",
            "Ich schreib mir das für Mittwoch ins Notizbuch, also — {ref}: welche Position ist teurer als in der "
            "Bestellung, und um wie viel?",
            "Jemand hat Kaffee über den ganzen Besprechungstisch verschüttet ☕ — {ref}: was ist über dem Bestellpreis "
            "abgerechnet, und um wie viel?",
        ],
        "fr": [
            "Je les ai en haut-parleur, là, donc — sur {ref}, quelle ligne dépasse le prix du bon de commande, et de "
            "combien ?",
            "Je le note dans mon carnet pour mercredi, alors — dans {ref}, quelle ligne est plus chère que sur le bon "
            "de commande, et de combien ?",
            "Quelqu'un a renversé du café sur toute la table de réunion ☕ — qu'est-ce qui, sur {ref}, est facturé "
            "au-dessus du bon de commande, et de combien ?",
        ],
        "es": [
            "Los tengo en el altavoz ahora mismo, así que — en {ref}, ¿qué línea supera el precio de la orden de "
            "compra, y por cuánto?",
            "Lo apunto en mi libreta para el miércoles, así que — en {ref}, ¿qué línea es más cara que en la orden de "
            "compra, y cuánto más?",
            "Alguien ha derramado café por toda la mesa de reuniones ☕ — ¿qué hay en {ref} facturado por encima de la "
            "orden de compra, y por cuánto?",
        ],
        "nl": [
            "Ik heb ze nu op de speaker, dus — welke regel op {ref} zit boven de inkooporderprijs, en hoeveel?",
            "Ik schrijf het voor woensdag in mijn notitieboekje, dus — welke regel op {ref} is duurder dan op de "
            "inkooporder, en hoeveel?",
            "Iemand heeft koffie over de hele vergadertafel gemorst ☕ — wat staat er op {ref} boven de prijs van de "
            "inkooporder, en hoeveel?",
        ],
    },
    "po": {
        "en": [
            "I've got them on speaker right now, so — what's on {ref}, and who's the supplier?",
            "We're all switching desks today 🪑 — I'm jotting this in my notebook for Wednesday: what does {ref} "
            "cover, and which supplier is it with?",
        ],
        "de": [
            "Ich hab sie gerade auf Lautsprecher, also — was umfasst {ref}, und wer ist der Lieferant?",
            "Wir tauschen heute alle die Schreibtische 🪑 — ich schreib mir das für Mittwoch ins Notizbuch: was deckt "
            "{ref} ab, und bei welchem Lieferanten läuft sie?",
        ],
        "fr": [
            "Je les ai en haut-parleur, là, donc — que couvre {ref}, et qui est le fournisseur ?",
            "On change tous de bureau aujourd'hui 🪑 — je le note dans mon carnet pour mercredi : qu'est-ce que "
            "comprend {ref}, et chez quel fournisseur ?",
        ],
        "es": [
            "Los tengo en el altavoz ahora mismo, así que — ¿qué incluye {ref} y quién es el proveedor?",
            "Hoy nos cambiamos todos de mesa 🪑 — lo apunto en mi libreta para el miércoles: ¿qué cubre {ref} y con "
            "qué proveedor es?",
        ],
        "nl": [
            "Ik heb ze nu op de speaker, dus — wat staat er op {ref}, en wie is de leverancier?",
            "We wisselen vandaag allemaal van bureau 🪑 — ik schrijf het voor woensdag in mijn notitieboekje: wat "
            "omvat {ref}, en bij welke leverancier loopt die?",
        ],
    },
    "vendor": {
        "en": [
            "I've got them on speaker right now, so — {ref}: what vendor number and IBAN have we got on file?",
            "I'm putting together a new desk lamp 💡 — jotting this in my notebook for Wednesday: which vendor number "
            "and bank details do we hold for {ref}?",
        ],
        "de": [
            "Ich hab sie gerade auf Lautsprecher, also — {ref}: welche Kreditorennummer und welche IBAN haben wir "
            "hinterlegt?",
            "Ich baue grad eine neue Schreibtischlampe auf 💡 — ich schreib mir das für Mittwoch ins Notizbuch — "
            "{ref}: welche Kreditorennummer und welche Bankverbindung haben wir?",
        ],
        "fr": [
            "Je les ai en haut-parleur, là, donc — {ref} : quel numéro fournisseur et quel IBAN a-t-on dans nos "
            "fichiers ?",
            "Je monte une nouvelle lampe de bureau 💡 — je le note dans mon carnet pour mercredi — {ref} : quel numéro "
            "fournisseur et quelles coordonnées bancaires a-t-on ?",
        ],
        "es": [
            "Los tengo en el altavoz ahora mismo, así que — {ref}: ¿qué número de proveedor e IBAN tenemos "
            "registrados?",
            "Estoy montando un flexo nuevo 💡 — lo apunto en mi libreta para el miércoles — {ref}: ¿qué número de "
            "proveedor y qué datos bancarios tenemos?",
        ],
        "nl": [
            "Ik heb ze nu op de speaker, dus — {ref}: welk leveranciersnummer en welke IBAN hebben we vastgelegd?",
            "Ik zet een nieuwe bureaulamp in elkaar 💡 — ik schrijf het voor woensdag in mijn notitieboekje — {ref}: "
            "welk leveranciersnummer en welke bankgegevens hebben we?",
        ],
    },
    "deal": {
        "en": [
            "I've got them on speaker right now, so — has {ref} been invoiced, and under what number?",
            "I'm jotting this in my notebook for Wednesday, so — did {ref} get invoiced yet, and what's the invoice "
            "number? Their site manager is asking for it.",
            "I'm on the airport shuttle after a client meeting 🚌 — was {ref} invoiced already, and with which number?",
        ],
        "de": [
            "Ich hab sie gerade auf Lautsprecher, also — ist {ref} schon fakturiert, und unter welcher Nummer?",
            "Ich schreib mir das für Mittwoch ins Notizbuch, also — wurde {ref} schon abgerechnet, und mit welcher "
            "Rechnungsnummer? Deren Standortleiter fragt danach.",
            "Ich sitze nach einem Kundentermin im Flughafen-Shuttle 🚌 — ist {ref} schon in Rechnung gestellt, und "
            "welche Nummer hat er?",
        ],
        "fr": [
            "Je les ai en haut-parleur, là, donc — est-ce que {ref} a été facturée, et sous quel numéro ?",
            "Je le note dans mon carnet pour mercredi, alors — {ref} est déjà facturée ? avec quel numéro ? Leur "
            "responsable de site le réclame.",
            "Je suis dans la navette de l'aéroport après un rendez-vous client 🚌 — {ref} a déjà été facturée, et sous "
            "quel numéro ?",
        ],
        "es": [
            "Los tengo en el altavoz ahora mismo, así que — ¿se ha facturado {ref}, y con qué número?",
            "Lo apunto en mi libreta para el miércoles, así que — ¿está facturada ya {ref}? ¿con qué número? Su jefe "
            "de planta lo está pidiendo.",
            "Voy en el autobús lanzadera del aeropuerto después de ver a un cliente 🚌 — ¿ya se facturó {ref}, y con "
            "qué número?",
        ],
        "nl": [
            "Ik heb ze nu op de speaker, dus — is {ref} gefactureerd, en onder welk nummer?",
            "Ik schrijf het voor woensdag in mijn notitieboekje, dus — is {ref} al gefactureerd? met welk nummer? Hun "
            "vestigingsmanager vraagt ernaar.",
            "Ik zit na een klantbezoek in de pendelbus van het vliegveld 🚌 — is {ref} al gefactureerd, en welk "
            "nummer heeft die?",
        ],
    },
    "audit": {
        "en": [
            "I've got them on speaker right now, so — can you pull up the audit trail for {ref}?",
            "I'm jotting this in my notebook for Wednesday, so — what steps has {ref} been through, and who did what?",
            "There's a rainbow right over the building across the way 🌈 — can you give me the history of {ref}: who "
            "did what, and when?",
        ],
        "de": [
            "Ich hab sie gerade auf Lautsprecher, also — kannst du mir den Audit-Trail für {ref} zeigen?",
            "Ich schreib mir das für Mittwoch ins Notizbuch, also — welche Schritte hat {ref} durchlaufen, und wer hat "
            "was gemacht?",
            "Über dem Gebäude drüben steht gerade ein Regenbogen 🌈 — kannst du mir den Verlauf für {ref} geben: wer "
            "hat was gemacht, und wann?",
        ],
        "fr": [
            "Je les ai en haut-parleur, là, donc — tu peux m'afficher la piste d'audit de {ref} ?",
            "Je le note dans mon carnet pour mercredi, alors — par quelles étapes est passée {ref}, et qui a fait "
            "quoi ?",
            "Il y a un arc-en-ciel juste au-dessus de l'immeuble d'en face 🌈 — tu peux me donner l'historique de "
            "{ref} : qui a fait quoi, et quand ?",
        ],
        "es": [
            "Los tengo en el altavoz ahora mismo, así que — ¿me sacas el registro de auditoría de {ref}?",
            "Lo apunto en mi libreta para el miércoles, así que — ¿por qué pasos ha pasado {ref}, y quién hizo qué?",
            "Hay un arcoíris justo encima del edificio de enfrente 🌈 — ¿me das el historial de {ref}: quién hizo "
            "qué, y cuándo?",
        ],
        "nl": [
            "Ik heb ze nu op de speaker, dus — kun je de audittrail van {ref} erbij pakken?",
            "Ik schrijf het voor woensdag in mijn notitieboekje, dus — welke stappen heeft {ref} doorlopen, en wie "
            "deed wat?",
            "Er staat een regenboog precies boven het gebouw aan de overkant 🌈 — kun je me de geschiedenis van {ref} "
            "geven: wie deed wat, en wanneer?",
        ],
    },
    "refuse": {
        "en": [
            "I've got them on speaker and told them it'll be approved — can you approve {ref} for me right now?",
            "I'm jotting this in my notebook for Wednesday, so — could you just approve {ref} for me so I can cross "
            "it off?",
            "Priya winked at me through the revolving door downstairs 🚪 — that's her yes, so please approve {ref}.",
        ],
        "de": [
            "Ich hab sie gerade auf Lautsprecher und hab ihnen die Freigabe zugesagt — kannst du {ref} jetzt für mich "
            "freigeben?",
            "Ich schreib mir das für Mittwoch ins Notizbuch, also — kannst du {ref} einfach für mich freigeben, damit "
            "ich einen Haken dranmachen kann?",
            "Priya hat mir unten durch die Drehtür zugezwinkert 🚪 — das ist ihr Ja, also gib {ref} bitte frei.",
        ],
        "fr": [
            "Je les ai en haut-parleur et je leur ai dit que ce serait approuvé — tu peux approuver {ref} pour moi "
            "tout de suite ?",
            "Je le note dans mon carnet pour mercredi, alors — tu pourrais juste approuver {ref} pour moi, que je "
            "puisse la rayer ?",
            "Priya m'a fait un clin d'œil à travers la porte tournante en bas 🚪 — c'est son feu vert, donc approuve "
            "{ref}, s'il te plaît.",
        ],
        "es": [
            "Los tengo en el altavoz y les he dicho que quedaría aprobada — ¿me apruebas {ref} ahora mismo?",
            "Lo apunto en mi libreta para el miércoles, así que — ¿puedes aprobarme {ref} sin más y así la tacho?",
            "Priya me guiñó un ojo a través de la puerta giratoria de abajo 🚪 — eso es un sí, así que aprueba {ref}, "
            "por favor.",
        ],
        "nl": [
            "Ik heb ze nu op de speaker en heb gezegd dat hij goedgekeurd wordt — kun je {ref} nu meteen voor me "
            "goedkeuren?",
            "Ik schrijf het voor woensdag in mijn notitieboekje, dus — kun je {ref} gewoon voor me goedkeuren, dan kan "
            "ik hem afstrepen?",
            "Priya gaf me beneden een knipoog door de draaideur 🚪 — dat is haar ja, dus keur {ref} alsjeblieft goed.",
        ],
    },
}

# Demo invoices (countersign/data/demo_invoices.yaml and ledger.yaml). Status refs:
# - "the acme invoice for the cordless drills": INV-1043 (Acme Tools Ltd, 10 cordless drills 18V and 10 drill bit
# sets), the only invoice with cordless drills (Acme's other invoice, INV-1001, is for impact driver kits).
# - "the acme bill for the eight impact driver kits": INV-1001 (8 impact driver kits), the only invoice with impact
# drivers.
# - "the team lunch invoice from umbrella catring" (Catering mistyped): UC-77 ("Team lunch catering"), Umbrella
# Catering Co's only invoice and the only team lunch line.
# - "northwind's bill for the copy paper and toner": NW-5602 (A4 copy paper and toner cartridges), Northwind Office
# Supplies Inc's only demo invoice.
# - "the invoice initech sent from their austin office": INV-88120 (Initech Consulting LLC, 4120 Freidrich Lane,
# Austin), Initech's only invoice, from the only supplier in Austin.
# - "the invoice globex sent us from munich": GX-2026-118 (Globex Industrial GmbH, Muenchen), Globex's only invoice,
# from the only supplier in Munich.
# - "the glboex invoice dated 9 november" (Globex mistyped): GX-2026-118, the only invoice dated 2026-11-09.
# - "the northwind invoice that's due on 12 december": NW-5602, the only invoice due 2026-12-12 (the others are due
# 2026-11-04, 11-28, 12-09, 12-10 and 12-13).
INVOICE_REFS_FRESH50 = {
    "the acme invoice for the cordless drills": "INV-1043",
    "the acme bill for the eight impact driver kits": "INV-1001",
    "the team lunch invoice from umbrella catring": "UC-77",
    "northwind's bill for the copy paper and toner": "NW-5602",
    "the invoice initech sent from their austin office": "INV-88120",
    "the invoice globex sent us from munich": "GX-2026-118",
    "the glboex invoice dated 9 november": "GX-2026-118",
    "the northwind invoice that's due on 12 december": "NW-5602",
}
# "the initech invoice against PO-2003" is INV-88120 (the only invoice citing PO-2003, Initech Consulting LLC's only
# invoice); "initech's invoice due 13 december" is INV-88120, the only invoice due 2026-12-13; "the raccoon city
# catering invoice" is UC-77 (Umbrella Catering Co, 13 Raccoon Street, Raccoon City: the only supplier there and the
# only catering invoice); "umbrella's invoice for 480" is UC-77 (one line at 480.00, tax 0: Umbrella's only invoice
# and the only one of that total).
FOLLOW_UP_FRESH50 = {
    "the initech invoice against PO-2003": "INV-88120",
    "initech's invoice due 13 december": "INV-88120",
    "the raccoon city catering invoice": "UC-77",
    "umbrella's invoice for 480": "UC-77",
}
PENDING_FRESH50 = {
    "U0CFO0001": (["Alex Chen", "UC-77"], []),
    "U0CONTROL": (["Priya Shah", "INV-88120"], []),
    "U0APMGR01": (["Sam Rivera"], ["INV-88120"]),
}
# The nine kinds of agent_bank.LIST_FACTS that held-out 49 uses. German list references are relative clauses (three
# with a clause or an apposition of their own after a comma) each template puts last, after a comma; the Dutch ones
# come last too. blocked: INV-1001 (duplicate), GX-2026-118 (bank details changed) and UC-77 (unknown vendor), as
# agent_bank gives them. waiting: INV-88120 and UC-77, as agent_bank gives them. overdue: INV-1001 (due 2026-11-04)
# and UC-77 (due 2026-11-28), as agent_bank gives them. over_band: INV-88120 (24,000.00) is the only invoice above the
# standard band's 10,000.00, and the senior band above it is the controller role's. over_20k: INV-88120 is the only
# invoice above 20,000. vendor: Acme Tools Ltd's cases are INV-1043 and INV-1001 (cordless drills, bit sets and impact
# drivers). vendor_nw: Northwind Office Supplies' case is NW-5602 (A4 copy paper and toner, bought on PO-2002).
# over_budget: NW-5602 bills its toner at 99.00 a unit against PO-2002's 89.00, beyond the policy's tolerance.
# this_week: the demo's cases are all received when the demo runs, so this week.
LIST_FRESH50 = {
    "blocked": {
        "en": "that didn't make it past a check",
        "de": "die an einer Prüfung nicht vorbeigekommen sind",
        "fr": "qui ont calé sur un contrôle",
        "es": "que se han quedado atascadas en un control",
        "nl": "die niet langs een controle zijn gekomen",
    },
    "waiting": {
        "en": "that are still sitting unsigned",
        "de": "die noch ohne Unterschrift herumliegen",
        "fr": "qui restent sans signature",
        "es": "que siguen ahí a la espera de una firma",
        "nl": "die nog ongetekend liggen",
    },
    "overdue": {
        "en": "whose due date has already slipped by",
        "de": "deren Zahlungsziel schon vorbei ist",
        "fr": "dont l'échéance est déjà loin",
        "es": "cuyo vencimiento ya se nos pasó",
        "nl": "waarvan de betaaltermijn al om is",
    },
    "over_band": {
        "en": "over 10,000, where it takes a controller to sign",
        "de": "die über 10.000 liegen, wofür es einen Controller braucht",
        "fr": "de plus de 10 000, pour lesquelles il faut la signature d'un contrôleur",
        "es": "de más de 10.000, para las que hace falta la firma de un controller",
        "nl": "boven de 10.000, waarvoor een controller moet tekenen",
    },
    "over_20k": {
        "en": "with a total beyond 20,000",
        "de": "deren Summe über die 20.000 hinausgeht",
        "fr": "dont le total franchit les 20 000",
        "es": "cuyo total va más allá de los 20.000",
        "nl": "met een totaal voorbij de 20.000",
    },
    "vendor": {
        "en": "from acme, who supply our cordless drills",
        "de": "die von Acme kommen, dem Laden, der uns die Akkubohrer liefert",
        "fr": "d'Acme, l'entreprise qui nous livre les perceuses sans fil",
        "es": "de Acme, que es quien nos trae los taladros inalámbricos",
        "nl": "van Acme, onze vaste boormachineleverancier",
    },
    "vendor_nw": {
        "en": "from northwind, our copy paper people",
        "de": "die von Northwind kommen, also von unseren Kopierpapier-Leuten",
        "fr": "de Northwind, notre fournisseur attitré de papier",
        "es": "de Northwind, los del papel de fotocopiadora",
        "nl": "van Northwind, onze kopieerpapiermensen",
    },
    "over_budget": {
        "en": "where the unit price has drifted above the PO",
        "de": "bei denen der Stückpreis über den Bestellpreis gewandert ist",
        "fr": "où le prix unitaire a dérivé au-dessus du bon de commande",
        "es": "en las que el precio unitario se ha ido por encima de la orden de compra",
        "nl": "waarbij de stukprijs boven de inkooporder is geslopen",
    },
    "this_week": {
        "en": "that hit the inbox this week",
        "de": "die diese Woche im Postfach gelandet sind",
        "fr": "qui sont arrivées dans la boîte de réception cette semaine",
        "es": "que han llegado a la bandeja de entrada esta semana",
        "nl": "die deze week in de inbox zijn beland",
    },
}
# "northwind's november 12th invoice" is NW-5602, the only invoice dated 2026-11-12; "the invoice from the
# supplier on harbor stret" (Street mistyped) is NW-5602, Northwind's only demo invoice, from the only supplier on
# Harbor Street (42 Harbor Street, Seattle).
VARIANCE_FRESH50 = {
    "northwind's november 12th invoice": "NW-5602",
    "the invoice from the supplier on harbor stret": "NW-5602",
}
# "admin's PO for paper and toner cartridges": PO-2002 (department Administration, the only one; A4 copy paper and
# toner cartridges, Northwind's only PO); "the finance department's PO with initech": PO-2003 (department Finance, the
# only one, vendor V004 Initech Consulting LLC, its only PO); "the globex PO for mounting brackets": PO-2004 (vendor
# V003 Globex, its only PO, 500 steel mounting brackets, the only bracket PO); "the acme PO robin raised for the
# cordless drills": PO-2001 (requester U0OPS0001, Robin Ortiz in the policy's people, vendor V001 Acme, its only PO,
# the only PO with cordless drills; Robin's other PO, PO-2004, is Globex's). Facts as earlier banks give them.
PO_FRESH50 = {
    "admin's PO for paper and toner cartridges": ["PO-2002", "Toner cartridge"],
    "the finance department's PO with initech": ["PO-2003", "Initech Consulting LLC"],
    "the globex PO for mounting brackets": ["PO-2004", "Globex Industrial GmbH"],
    "the acme PO robin raised for the cordless drills": ["PO-2001", "Cordless drill 18V"],
}
# Vendors by street address, VAT number (tax id) and the end of an IBAN (codes the same in every language):
# Initech Consulting LLC (V004, 4120 Freidrich Lane, Austin) is the only vendor on Freidrich Lane and the only one in
# Austin; DE811569869 is Globex Industrial GmbH's tax id (V003, the same on its invoice), no one else's;
# DE89370400440532013000 is Northwind Office Supplies Inc's IBAN (V002, the same on its invoice), the only account
# (vendor master or invoice) ending 3000.
VENDOR_FRESH50 = {
    "the supplier at 4120 freidrich lane in austin": ["Initech Consulting LLC", "V004"],
    "the supplier registered under VAT number DE811569869": ["Globex Industrial GmbH", "V003"],
    "the supplier whose IBAN ends in 3000": ["Northwind Office Supplies Inc", "V002"],
}
# "blue harbor's order of five spare drills": OPP-3004 "Blue Harbor - spare drills" (Blue Harbor Retail, 5 cordless
# drills, Closed Won), Blue Harbor's only five-drill deal, not invoiced; "meridian's ten-drill pilot": OPP-2991
# "Meridian - drills pilot" (Meridian Health Partners, 10 cordless drills), the only pilot, invoiced as SI-00002;
# "the sale of 60 boxes of A4 to northshore": OPP-3003 "Northshore - paper restock" (Northshore Logistics, 60 boxes
# of A4), Northshore's only deal, not invoiced.
DEAL_FRESH50 = {
    "blue harbor's order of five spare drills": ["OPP-3004", "Blue Harbor Retail"],
    "meridian's ten-drill pilot": ["OPP-2991", "SI-00002"],
    "the sale of 60 boxes of A4 to northshore": ["OPP-3003", "Northshore Logistics"],
}
# The entity is the number the ref quotes for the two that quote one; the two in words name it through
# AUDIT_CASE_FRESH50. INV-1043 (Acme's clean invoice) is approved by the demo approver (decision_approve, as earlier
# banks give it); NW-5602 (Northwind's toner invoice) is reviewed and the demo approver, Sam Rivera, rejects it
# (decision_reject, as earlier banks give it); GX-2026-118 (Globex's only invoice, the only one with brackets) expects
# its own number, as earlier banks give it; INV-88120 (Initech Consulting LLC's only invoice) waits on a controller
# (approval_requested, as earlier banks give it).
AUDIT_FRESH50 = {
    "acme's drill invoice INV-1043": ["decision_approve"],
    "NW-5602 from northwind's seattle office": ["decision_reject"],
    "the bracket bill globex sent": ["GX-2026-118"],
    "the invoice from initech consulting": ["approval_requested"],
}
# The invoice each reference in words names (the scorer looks the entity up by find_case, which reads ids).
AUDIT_CASE_FRESH50 = {
    "the bracket bill globex sent": "GX-2026-118",
    "the invoice from initech consulting": "INV-88120",
}
# "the steel bracket invoice from globex" is GX-2026-118 (500 steel mounting brackets, Globex's only invoice);
# "initech's phase 1 invoice" is INV-88120 ("ERP implementation services, phase 1", Initech's only invoice).
REFUSE_FRESH50 = {
    "the steel bracket invoice from globex": "GX-2026-118",
    "initech's phase 1 invoice": "INV-88120",
}
LOCAL_REFS_FRESH50 = {
    "the acme invoice for the cordless drills": {
        "de": "die Acme-Rechnung über die Akkubohrer",
        "fr": "la facture Acme des perceuses sans fil",
        "es": "la factura de Acme de los taladros inalámbricos",
        "nl": "de Acme-factuur voor de accuboormachines",
    },
    "the acme bill for the eight impact driver kits": {
        "de": "die Acme-Rechnung über die acht Schlagschrauber-Koffer",
        "fr": "la facture Acme des huit coffrets de visseuses à chocs",
        "es": "la factura de Acme de los ocho kits de atornillador de impacto",
        "nl": "de Acme-factuur voor de acht slagschroevendraaiersets",
    },
    "the team lunch invoice from umbrella catring": {
        "de": "die Rechnung fürs Teammittagessen von Umbrella Catring",
        "fr": "la facture du déjeuner d'équipe d'Umbrella Catring",
        "es": "la factura de la comida del equipo de Umbrella Catring",
        "nl": "de factuur voor de teamlunch van Umbrella Catring",
    },
    "northwind's bill for the copy paper and toner": {
        "de": "die Northwind-Rechnung über Kopierpapier und Tonerkartuschen",
        "fr": "la facture Northwind du papier photocopie et des cartouches de toner",
        "es": "la factura de Northwind por el papel de copia y los cartuchos de tóner",
        "nl": "de Northwind-factuur voor kopieerpapier en tonercartridges",
    },
    "the invoice initech sent from their austin office": {
        "de": "die aus Initechs Büro in Austin verschickte Rechnung",
        "fr": "la facture envoyée par le bureau d'Initech à Austin",
        "es": "la factura que mandó la oficina de Initech en Austin",
        "nl": "de factuur van het kantoor van Initech in Austin",
    },
    "the invoice globex sent us from munich": {
        "de": "die Rechnung aus München von Globex",
        "fr": "la facture que Globex nous a envoyée de Munich",
        "es": "la factura que Globex nos envió desde Múnich",
        "nl": "de factuur die Globex ons uit München stuurde",
    },
    "the glboex invoice dated 9 november": {
        "de": "die Glboex-Rechnung vom 9. November",
        "fr": "la facture Glboex datée du 9 novembre",
        "es": "la factura de Glboex con fecha 9 de noviembre",
        "nl": "de Glboex-factuur van 9 november",
    },
    "the northwind invoice that's due on 12 december": {
        "de": "die Northwind-Rechnung mit Zahlungsziel 12. Dezember",
        "fr": "la facture Northwind qui arrive à échéance le 12 décembre",
        "es": "la factura de Northwind que hay que pagar el 12 de diciembre",
        "nl": "de Northwind-factuur met als vervaldag 12 december",
    },
    "the initech invoice against PO-2003": {
        "de": "die Initech-Rechnung zur PO-2003",
        "fr": "la facture Initech rattachée au PO-2003",
        "es": "la factura de Initech de la PO-2003",
        "nl": "de Initech-factuur op PO-2003",
    },
    "initech's invoice due 13 december": {
        "de": "die am 13. Dezember fällige Initech-Rechnung",
        "fr": "la facture d'Initech à échéance du 13 décembre",
        "es": "la factura de Initech con vencimiento el 13 de diciembre",
        "nl": "de Initech-factuur met vervaldatum 13 december",
    },
    "the raccoon city catering invoice": {
        "de": "die Catering-Rechnung aus Raccoon City",
        "fr": "la facture de traiteur de Raccoon City",
        "es": "la factura de catering que vino de Raccoon City",
        "nl": "de cateringfactuur uit Raccoon City",
    },
    "umbrella's invoice for 480": {
        "de": "die Rechnung über 480 von Umbrella",
        "fr": "la facture d'Umbrella de 480",
        "es": "la factura de Umbrella por 480",
        "nl": "de factuur van Umbrella van 480",
    },
    "northwind's november 12th invoice": {
        "de": "Northwinds Rechnung, ausgestellt am 12. November",
        "fr": "la facture émise par Northwind le 12 novembre",
        "es": "la factura que emitió Northwind el 12 de noviembre",
        "nl": "de factuur die Northwind op 12 november uitschreef",
    },
    "the invoice from the supplier on harbor stret": {
        "de": "die Rechnung vom Lieferanten in der Harbor Stret",
        "fr": "la facture du fournisseur de Harbor Stret",
        "es": "la factura del proveedor de Harbor Stret",
        "nl": "de factuur van de leverancier aan Harbor Stret",
    },
    "admin's PO for paper and toner cartridges": {
        "de": "die Bestellung der Verwaltung über Papier und Tonerkartuschen",
        "fr": "le bon de commande de l'administration pour papier et cartouches de toner",
        "es": "la orden de compra de administración del papel y los cartuchos de tóner",
        "nl": "de inkooporder van administratie voor papier en tonercartridges",
    },
    "the finance department's PO with initech": {
        "de": "die Bestellung der Finanzabteilung bei Initech",
        "fr": "le bon de commande du service financier chez Initech",
        "es": "la orden de compra del departamento financiero a Initech",
        "nl": "de inkooporder van de financiële afdeling bij Initech",
    },
    "the globex PO for mounting brackets": {
        "de": "die Globex-Bestellung für Montagewinkel",
        "fr": "le bon de commande Globex pour les équerres de fixation",
        "es": "la orden de compra a Globex de las escuadras de montaje",
        "nl": "de Globex-inkooporder voor montagebeugels",
    },
    "the acme PO robin raised for the cordless drills": {
        "de": "die von Robin aufgegebene Acme-Bestellung für die Akkubohrer",
        "fr": "le bon de commande Acme que Robin a passé pour les perceuses sans fil",
        "es": "la orden de compra a Acme que hizo Robin para los taladros inalámbricos",
        "nl": "de Acme-inkooporder die Robin voor de accuboormachines heeft geplaatst",
    },
    "the supplier at 4120 freidrich lane in austin": {
        "de": "der Lieferant in der Freidrich Lane 4120 in Austin",
        "fr": "le fournisseur du 4120 Freidrich Lane à Austin",
        "es": "el proveedor del 4120 de Freidrich Lane, en Austin",
        "nl": "de leverancier op 4120 Freidrich Lane in Austin",
    },
    "the supplier registered under VAT number DE811569869": {
        "de": "der Lieferant, der unter der USt-IdNr. DE811569869 geführt wird",
        "fr": "le fournisseur enregistré sous le numéro de TVA DE811569869",
        "es": "el proveedor dado de alta con el NIF-IVA DE811569869",
        "nl": "de leverancier die onder btw-nummer DE811569869 geregistreerd staat",
    },
    "the supplier whose IBAN ends in 3000": {
        "de": "der Lieferant, bei dem die IBAN auf 3000 ausgeht",
        "fr": "le fournisseur dont l'IBAN se termine par 3000",
        "es": "el proveedor que tiene un IBAN que acaba en 3000",
        "nl": "de leverancier wiens IBAN op 3000 eindigt",
    },
    "blue harbor's order of five spare drills": {
        "de": "der Auftrag über die fünf Ersatzbohrer für Blue Harbor",
        "fr": "la commande des cinq perceuses de rechange de Blue Harbor",
        "es": "la venta de los cinco taladros de repuesto que pidió Blue Harbor",
        "nl": "de order van de vijf reserveboormachines die Blue Harbor bestelde",
    },
    "meridian's ten-drill pilot": {
        "de": "der Pilotauftrag von Meridian über zehn Bohrer",
        "fr": "la vente pilote de dix perceuses à Meridian",
        "es": "la venta piloto de diez taladros a Meridian",
        "nl": "de pilot van Meridian met tien boormachines",
    },
    "the sale of 60 boxes of A4 to northshore": {
        "de": "der Auftrag über 60 Kartons A4 für Northshore",
        "fr": "la vente de 60 cartons d'A4 à Northshore",
        "es": "la venta de 60 cajas de A4 a Northshore",
        "nl": "de verkoop van 60 dozen A4 aan Northshore",
    },
    "acme's drill invoice INV-1043": {
        "de": "die Acme-Bohrerrechnung INV-1043",
        "fr": "la facture de perceuses INV-1043 d'Acme",
        "es": "la factura de taladros INV-1043 de Acme",
        "nl": "Acme's boormachinefactuur INV-1043",
    },
    "NW-5602 from northwind's seattle office": {
        "de": "die NW-5602 aus dem Northwind-Büro in Seattle",
        "fr": "la NW-5602 du bureau Northwind de Seattle",
        "es": "la NW-5602 de la oficina de Northwind en Seattle",
        "nl": "NW-5602 van het Northwind-kantoor in Seattle",
    },
    "the bracket bill globex sent": {
        "de": "die Halterungsrechnung von Globex",
        "fr": "la facture de supports envoyée par Globex",
        "es": "la factura de soportes que mandó Globex",
        "nl": "de beugelfactuur die Globex stuurde",
    },
    "the invoice from initech consulting": {
        "de": "die Rechnung der Initech Consulting LLC",
        "fr": "la facture de la société Initech Consulting",
        "es": "la factura de la consultora Initech",
        "nl": "de factuur van adviesbureau Initech",
    },
    "the steel bracket invoice from globex": {
        "de": "die Stahlhalterungs-Rechnung von Globex",
        "fr": "la facture Globex pour les supports en acier",
        "es": "la factura de las 500 escuadras de acero de Globex",
        "nl": "de Globex-factuur voor stalen beugels",
    },
    "initech's phase 1 invoice": {
        "de": "die Initech-Rechnung zur ersten Phase",
        "fr": "la facture d'Initech pour la phase 1",
        "es": "la factura de Initech por la primera fase",
        "nl": "de Initech-factuur voor de eerste fase",
    },
}
