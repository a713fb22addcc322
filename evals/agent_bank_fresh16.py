"""Held-out 16 of `python -m evals.agent`: a sixteenth held-out bank, written blind after held-out 15, by a
helper agent that read neither the planner's source (countersign/agent/), the tests, the intent model's training
code (evals/train_intent.py, evals/intent_extra.py), nor any eval output, report or failure (nothing under
evals/reports/ or /tmp); only this bank's siblings (agent_bank, agent_bank_fresh and agent_bank_fresh3 to
agent_bank_fresh15, for their format and for wordings and reference styles not to repeat), agent_gen (how a bank
becomes questions and how answers are scored) and the demo data and policy (countersign/data/*.yaml,
countersign/policies/default.yaml, countersign/app/demo.py and samples.py: so every reference names exactly one
entity and every expected fact holds). Never run against the eval before it was wired in: only agent_gen.generate
was called on it (in a throwaway script that registered it in agent_gen's tables in memory, to count its questions
and check that none repeats an earlier bank's text); nothing was answered or scored.
Scored once blind (2026-12-01, on 5905e31's planner, the intent model trained on held-out 1 to 14, not on this
bank): 0.355 answer, 0.808 intent on 600 (en 0.40, de 0.35, fr 0.383, es 0.342, nl 0.30; by intent: pending 1.0,
audit 0.889, refuse 0.683, list 0.444, approvers 0.2, variance 0.2, status 0.142, deal 0.0, po 0.0, vendor 0.0).
The helper's summary of its reference formats was read before the score (two list cues echoing it were taken out
again, 88e5eda). Seen since (2026-12-02, after held-out 17 was written): its failures were read and tuned on (a
message's surface: quoted mail, emoji, dictated punctuation, sign-offs, meeting times; things described by the cents
of a total, a name's initial, a line count, an ordinal or comparative rank within a state, an exclusion, a date
counted from another's; bills in the ledger, suppliers by their PO, vendors by their invoice count): 0.947 answer,
0.967 intent on all 600, in-sample. Not in evals/train_intent.py's TRAIN_SPLITS.
Phrasings in styles the earlier banks did not use: the question under a quoted e-mail reply chain ('>' lines from
the supplier's AR clerk, a CFO asking for a board-pack list, goods-in asking what arrived, a vendor's "our bank
details are unchanged" note, then the ask: "> Hi team, we still haven't received payment ... > Best, Laura" /
"> Hallo zusammen" / "> Bonjour" / "> Hola" / "> Hallo"); a greeting with small talk before it (a rainy long
weekend 🙃, a week that's a blur 😅, a house move and whether the boxes survived: "Hiya, hope you had a nice long
weekend!", "Hallöchen", "Coucou", "¡Holaa!", "Hoi!"); a manager delegating ("I need you to look into ... for me —
report back", "Can you pull together for me ...", "I need you to pull the audit log", "so I'm handing this to you:
approve ...", "Kannst du für mich rausfinden", "Tu peux regarder pour moi", "¿Me miras tú", "Kun jij voor mij
uitzoeken"); voice dictation with the punctuation spoken as words ("question mark", "comma", "full stop";
"Fragezeichen", "Komma", "Punkt"; "point d'interrogation", "virgule", "point"; "signo de interrogación", "coma",
"punto"; "vraagteken", "komma", "punt"); Slack emoji shortcodes and emoji around the reference (":eyes: ...
:point_left: ... :hourglass_flowing_sand:", "ok 👍 ... :pray:", "📦❓ ... 🙏", ":white_check_mark: ... pls :pray:");
two things named and one asked about ("Two things on my list ... the accrual's fine", "Park the vendor statement
question for now", "Die Rückstellung ist erledigt, vergiss die", "La provision, c'est réglé", "Lo de la provisión
ya está", "De overlopende post is klaar"); hedged questions ("Not sure this is the right place to ask, but I think
... might be stuck? Could be nothing.", "I might be off here, but", "I could be totally off, but is ... maybe",
"Would it maybe be possible to reject ...? Only if that's OK, of course", "Kann sein, dass ich danebenliege", "Je me
trompe peut-être", "Igual me equivoco", "Misschien zit ik ernaast"); a deadline at the end ("Would be good to know
by 4 though.", "ideally before the 3pm payment run", "Need it before 11, supplier's calling then", "Need to know
before the forecast call at 10", "has to happen before 5pm today"); "TL;DR: ... Long version/Context: ..."; asking
on someone else's behalf ("Asking on behalf of Jamie in receiving", "Asking for Taylor in sales, who's off today",
"Ich frag für", "Je demande pour", "Pregunto de parte de", "Ik vraag het namens"); "As promised in this morning's
stand-up" and "Following up on this morning's call"; and an e-mail sign-off or mobile footer under the question
("Many thanks, Accounts Payable", "Sent from my iPhone", "Von meinem iPhone gesendet", "Envoyé de mon iPhone",
"Enviado desde mi iPhone", "Verzonden vanaf mijn iPhone").
Non-English questions never contain the English word " invoice" (the quoted mails and emoji lines included):
references in words are localized through LOCAL_REFS_FRESH16. German slots take the case of the localized
reference (no "mit/von/zu" before a feminine "die Rechnung"; vendor references are dative, after "zu"/"von"), and
French and Spanish vendor and PO slots avoid "de"/"à"/"a" before a masculine article.
Not used, because not unique or not verifiable in the files this bank's author may read: the uploader (all six demo
invoices are uploaded by the demo uploader, U0AP0CLERK), the currency (every invoice, PO and deal is in USD), the
approver band (already used by held-out 13 and 14), and dates relative to "today" ("last Tuesday"): nothing in
agent_gen, demo.py or the data fixes the eval's clock, so such a reference could name two invoices or none.
References in formats not used before (each names exactly one entity in the demo data; the comments above each
table give the data that makes it unique):
- invoices (status): by line count and outcome ("the two-line invoice that went through": INV-1043, posted; the
  only other two-line invoice, NW-5602, was rejected); by the cents of the total ("the invoice whose total ends in
  92 cents": NW-5602, 2,023.92; no other total, AP, AR or posted bill, ends in .92); by the initial of the supplier's
  name ("the invoice from the supplier whose name starts with U": UC-77, Umbrella Catering Co; no other vendor or
  customer starts with U); by the posted ledger bill it clashes with ("the invoice that clashes with BILL-0001 in
  the ledger": INV-1001, BILL-0001 is INV-1001 posted on 10-05); by a superlative inside a status group ("the
  biggest of the blocked invoices": GX-2026-118, 1,728.00 against INV-1001's 1,296.00 and UC-77's 480.00); by a
  half-remembered name ("the invoice from Ini-something Consulting": INV-88120, no other name begins "Ini"); by a
  comparison between a vendor's invoices ("the cheaper of Acme's two invoices": INV-1001, 1,296.00 against
  INV-1043's 1,657.80); by exclusion ("the tax-free supplier invoice that isn't the catering one": INV-88120, the
  only zero-tax supplier invoices are UC-77 and INV-88120).
- follow-ups (approvers): by comparison with the sum of all others ("the invoice bigger than all the others
  combined": INV-88120, 24,000.00 against 15,717.22 for every other AP, AR and posted invoice together); by the
  smallest amount ("the smallest bill in the pile": UC-77, 480.00; the next smallest is the posted NW-5531 at
  640.00); by a date relative to another invoice ("the invoice dated the day after Northwind's": INV-88120, dated
  11-13, the day after NW-5602's 11-12; the day after Northwind's posted NW-5531, 10-13, has no invoice).
- the variance invoice by a loosely described product ("the invoice for the printer ink": NW-5602, the only invoice
  with a toner line) and by rank ("our second-biggest supplier invoice": NW-5602, 2,023.92 after INV-88120's
  24,000.00; the AR invoice SI-00001 at 4,800.00 is a customer invoice, not a supplier's).
- POs by the state of the invoice billed against them ("the PO whose invoice has already been booked": PO-2001,
  INV-1043 is the only posted case), by line count and value ("the cheaper of our two single-line POs": PO-2004,
  1,600.00 against PO-2003's 24,000.00) and by a delivery date relative to another PO ("the PO delivered exactly a
  week before the Initech one": PO-2002, received 11-05, a week before PO-2003's 11-12).
- vendors by a PO number ("the supplier on PO-2004": Globex Industrial GmbH, V003), by having no invoice at all
  ("the one vendor we've never had an invoice from": Soylent Foods Corp, V005) and by the number of uploaded invoices
  ("the supplier we've had two invoices uploaded from": Acme Tools Ltd, V001, with INV-1043 and INV-1001).
- deals by payment ("the deal the customer has already paid for": OPP-2990, SI-00001 paid by PAY-0001), by line
  count ("our only two-line deal": OPP-3001), by the most units ("the deal with the most units on it": OPP-3002, 120
  boxes) and by a close date relative to another deal ("the deal that closed the day after the Northshore one":
  OPP-3004, 11-19, the day after OPP-3003's 11-18).
- audit references with a spaced dash ("NW - 5602"), as a Slack channel-style hashtag in lowercase ("#inv-88120")
  and in single straight quotes ("'GX-2026-118'").
- list questions: blocked as "with a hard stop on them", waiting as "out for approval", overdue as "in arrears",
  over 20,000 as "over the 20k mark", by vendor through its PO ("from the supplier on PO-2001": Acme Tools Ltd, with
  INV-1043 and INV-1001) and over budget as "where the unit price crept above the PO" (NW-5602).
- requests to act (refused) on "the invoice with the two-digit number" (UC-77; every other invoice number has four
  or more digits) and "the invoice whose PO was delivered on the 8th" (GX-2026-118, PO-2004 received 11-08).
Same shape as agent_bank_fresh15; entities and facts from agent_bank.
"""

from __future__ import annotations

FRESH16: dict[str, dict[str, list[str]]] = {
    "status": {
        "en": ["> Hi team, we still haven't received payment — could you check?\n> Best, Laura (supplier AR)\n\n"
               "Where does {ref} stand right now? I need to reply to her.",
               "Hiya, hope you had a nice long weekend! Mine was mostly rain 🙃 Anyway — what's the story with {ref}?",
               "I need you to look into {ref} for me — where is it and what's blocking it? Report back when you can, "
               "I'm stuck in budget reviews all day.",
               "status update on {ref} question mark is it still stuck or has it moved on question mark thanks",
               ":eyes: {ref} :point_left: any movement on this one? :hourglass_flowing_sand:",
               "Not sure this is the right place to ask, but I think {ref} might be stuck somewhere? Could be nothing. "
               "Would be good to know by 4 though."],
        "de": ["> Hallo zusammen, wir haben die Zahlung immer noch nicht erhalten – könnt ihr mal nachsehen?\n"
               "> Viele Grüße, Laura (Buchhaltung Lieferant)\n\nWo steht {ref} aktuell? Ich muss ihr antworten.",
               "Hallöchen, hoffe, ihr hattet ein schönes langes Wochenende! Bei mir hat's nur geregnet 🙃 Egal — was "
               "macht eigentlich {ref}?",
               "Kannst du für mich rausfinden, wie es um {ref} steht und was sie aufhält? Gib mir dann Bescheid, ich "
               "sitz den ganzen Tag in Budgetrunden.",
               "wo hängt {ref} gerade Fragezeichen ist die noch blockiert oder schon weiter Fragezeichen danke",
               ":eyes: {ref} :point_left: tut sich da was? :hourglass_flowing_sand:",
               "Bin mir nicht sicher, ob ich hier richtig bin, aber ich glaube, {ref} hängt irgendwo fest? Kann auch "
               "nichts sein. Wäre aber gut, das bis 16 Uhr zu wissen."],
        "fr": ["> Bonjour, nous n'avons toujours pas reçu le paiement, pourriez-vous vérifier ?\n> Cordialement, "
               "Laura (compta fournisseur)\n\nOù en est {ref} actuellement ? Je dois lui répondre.",
               "Coucou, j'espère que tu as passé un bon long week-end ! Chez moi il a plu tout le temps 🙃 Bref — "
               "qu'est-ce que ça donne pour {ref} ?",
               "Tu peux regarder pour moi ce qui se passe avec {ref} et ce qui la bloque ? Tiens-moi au courant, je "
               "suis en revues budgétaires toute la journée.",
               "où en est {ref} point d'interrogation elle est toujours bloquée ou ça a avancé point d'interrogation "
               "merci",
               ":eyes: {ref} :point_left: ça bouge ou pas ? :hourglass_flowing_sand:",
               "Je ne suis pas sûr que ce soit le bon canal, mais je crois que {ref} est peut-être coincée quelque "
               "part ? C'est peut-être rien. Ce serait bien de savoir d'ici 16 h quand même."],
        "es": ["> Hola, seguimos sin recibir el pago, ¿podéis revisarlo?\n> Un saludo, Laura (cobros del "
               "proveedor)\n\n¿Cómo está ahora mismo {ref}? Tengo que contestarle.",
               "¡Holaa! Espero que hayas tenido un buen puente, yo solo tuve lluvia 🙃 En fin — ¿cómo lo llevamos con "
               "{ref}?",
               "¿Me miras tú qué está pasando con {ref} y qué la frena? Luego me cuentas, estoy todo el día en "
               "reuniones de presupuesto.",
               "cómo va {ref} signo de interrogación sigue bloqueada o ya avanzó signo de interrogación gracias",
               ":eyes: {ref} :point_left: ¿se mueve algo? :hourglass_flowing_sand:",
               "No sé si este es el canal correcto, pero creo que {ref} podría estar atascada en algún sitio, ¿no? "
               "Igual no es nada. Aunque me vendría bien saberlo antes de las 4."],
        "nl": ["> Hallo, we hebben de betaling nog steeds niet ontvangen, kunnen jullie even kijken?\n> Groet, Laura "
               "(debiteuren leverancier)\n\nWat is op dit moment de status van {ref}? Ik moet haar antwoorden.",
               "Hoi! Hoop dat je een fijn lang weekend had, bij mij regende het alleen maar 🙃 Maar goed — hoe staat "
               "het met {ref}?",
               "Kun jij voor mij uitzoeken wat er met {ref} aan de hand is en wat hem tegenhoudt? Laat het me weten, "
               "ik zit de hele dag in budgetoverleggen.",
               "hoe staat het met {ref} vraagteken zit die nog vast of is die al verder vraagteken bedankt",
               ":eyes: {ref} :point_left: gebeurt er nog wat mee? :hourglass_flowing_sand:",
               "Weet niet of dit het juiste kanaal is, maar ik denk dat {ref} misschien ergens vastzit? Kan ook niks "
               "zijn. Zou wel fijn zijn om het voor 16 uur te weten."],
    },
    "approvers": {
        "en": ["ok 👍 and who'd be able to sign it off? :pray:",
               "I might be off here, but I don't think just anyone can approve that one — who can, exactly?",
               "and who can approve it comma ideally before the 3pm payment run question mark"],
        "de": ["ok 👍 und wer könnte die abzeichnen? :pray:",
               "Kann sein, dass ich danebenliege, aber die kann doch nicht jeder freigeben, oder? Wer genau darf das?",
               "und wer kann die freigeben Komma am besten noch vor dem Zahllauf um 15 Uhr Fragezeichen"],
        "fr": ["ok 👍 et qui pourrait la signer ? :pray:",
               "Je me trompe peut-être, mais j'imagine que n'importe qui ne peut pas l'approuver ? Qui peut, "
               "exactement ?",
               "et qui peut l'approuver virgule idéalement avant la campagne de paiement de 15 h point "
               "d'interrogation"],
        "es": ["ok 👍 ¿y quién podría firmarla? :pray:",
               "Igual me equivoco, pero supongo que no la puede aprobar cualquiera, ¿no? ¿Quién puede, exactamente?",
               "y quién puede aprobarla coma a ser posible antes de la remesa de pagos de las 3 signo de "
               "interrogación"],
        "nl": ["ok 👍 en wie zou die kunnen aftekenen? :pray:",
               "Misschien zit ik ernaast, maar die kan toch niet zomaar iedereen goedkeuren? Wie precies wel?",
               "en wie kan die goedkeuren komma liefst nog voor de betaalrun van 15 uur vraagteken"],
    },
    "pending": {
        "en": ["Hey! How's your week going? Mine's been a blur 😅 Quick one: is anything sitting with me for "
               "approval?",
               "TL;DR: do I have approvals to do? Long version: trying to plan my afternoon and don't want to miss "
               "anything.",
               "do I have anything to approve question mark if so list them please full stop",
               "Is anything awaiting my approval?\n\nSent from my iPhone"],
        "de": ["Hey! Wie läuft deine Woche? Meine rauscht nur so vorbei 😅 Kurze Frage: liegt bei mir was zur "
               "Genehmigung?",
               "TL;DR: hab ich Freigaben zu erledigen? Langfassung: ich plane gerade meinen Nachmittag und will "
               "nichts verpassen.",
               "hab ich was freizugeben Fragezeichen wenn ja bitte auflisten Punkt",
               "Wartet irgendwas auf meine Freigabe?\n\nVon meinem iPhone gesendet"],
        "fr": ["Salut ! Ta semaine se passe bien ? La mienne file à toute vitesse 😅 Petite question : est-ce que j'ai "
               "quelque chose à approuver ?",
               "TL;DR : j'ai des validations à faire ? Version longue : j'organise mon après-midi et je ne veux rien "
               "rater.",
               "est-ce que j'ai des choses à approuver point d'interrogation si oui liste-les s'il te plaît point",
               "Y a-t-il quelque chose en attente de mon approbation ?\n\nEnvoyé de mon iPhone"],
        "es": ["¡Hola! ¿Qué tal tu semana? La mía se me está pasando volando 😅 Una cosa: ¿tengo algo pendiente de "
               "aprobar?",
               "TL;DR: ¿tengo aprobaciones por hacer? Versión larga: estoy organizando la tarde y no quiero que se me "
               "pase nada.",
               "tengo algo que aprobar signo de interrogación si es así enuméralo por favor punto",
               "¿Hay algo esperando mi aprobación?\n\nEnviado desde mi iPhone"],
        "nl": ["Hoi! Hoe gaat je week? De mijne vliegt voorbij 😅 Korte vraag: ligt er iets bij mij ter goedkeuring?",
               "TL;DR: heb ik nog goedkeuringen te doen? Lange versie: ik ben mijn middag aan het plannen en wil niks "
               "missen.",
               "heb ik nog iets goed te keuren vraagteken zo ja graag een lijstje punt",
               "Wacht er iets op mijn goedkeuring?\n\nVerzonden vanaf mijn iPhone"],
    },
    "list": {
        "en": ["Can you pull together for me the invoices {ref}? Drop the list here, I'll take it into the 2pm "
               "meeting.",
               "As promised in this morning's stand-up, my question: which invoices have we got {ref}?",
               "> Could you send me the list before the board pack goes out?\n> Thanks, Morgan\n\nMorgan wants all "
               "the invoices {ref} — can you list them for me?"],
        "de": ["Kannst du mir die Rechnungen {ref} zusammenstellen und die Liste hier reinstellen? Ich nehm sie mit "
               "ins 14-Uhr-Meeting.",
               "Wie heute Morgen im Stand-up versprochen: ich brauch alle Rechnungen {ref}. Hast du die?",
               "> Kannst du mir die Liste schicken, bevor die Vorstandsunterlagen rausgehen?\n> Danke, Morgan\n\n"
               "Morgan will alle Rechnungen {ref} haben — kannst du mir die auflisten?"],
        "fr": ["Tu peux me rassembler les factures {ref} et poster la liste ici ? Je l'emmène à la réunion de 14 h.",
               "Comme promis au stand-up ce matin : il me faut toutes les factures {ref}. Tu les as ?",
               "> Tu peux m'envoyer la liste avant que le dossier du conseil parte ?\n> Merci, Morgan\n\nMorgan veut "
               "toutes les factures {ref} — tu peux me les lister ?"],
        "es": ["¿Me juntas las facturas {ref} y pegas aquí la lista? Me la llevo a la reunión de las 2.",
               "Como quedamos en el stand-up de esta mañana: necesito todas las facturas {ref}. ¿Las tienes?",
               "> ¿Me mandas la lista antes de que salga el dossier del consejo?\n> Gracias, Morgan\n\nMorgan quiere "
               "todas las facturas {ref}, ¿me las puedes listar?"],
        "nl": ["Kun je voor mij alle facturen {ref} verzamelen? Zet de lijst hier neer, ik neem hem mee naar het "
               "overleg van 14 uur.",
               "Zoals beloofd in de stand-up vanochtend: ik heb alle facturen {ref} nodig. Heb je die?",
               "> Kun je me de lijst sturen voordat het bestuursdossier de deur uit gaat?\n> Bedankt, Morgan\n\n"
               "Morgan wil alle facturen {ref} hebben — kun je ze voor me opsommen?"],
    },
    "variance": {
        "en": ["Two things on my list: the Q4 accrual and {ref}. The accrual's fine — what I actually need is why "
               "{ref} doesn't match the PO price.",
               "I could be totally off, but is {ref} maybe charging us a bit more than we ordered at? If so, on which "
               "line and by how much?",
               "What's the story with the pricing on {ref} vs the PO? Need it before 11, supplier's calling then."],
        "de": ["Die Rückstellung ist erledigt, vergiss die — was ich eigentlich brauche: warum passt {ref} nicht zum "
               "Bestellpreis?",
               "Kann sein, dass ich völlig danebenliege, aber berechnet uns {ref} vielleicht etwas mehr als bestellt? "
               "Wenn ja, auf welcher Position und wie viel?",
               "Wo weicht {ref} preislich von der Bestellung ab? Brauch das bis 11 Uhr, da ruft der Lieferant an."],
        "fr": ["La provision, c'est réglé, oublie — ce qu'il me faut vraiment, c'est pourquoi {ref} ne colle pas au "
               "prix du bon de commande.",
               "Je me trompe peut-être complètement, mais {ref} nous facture peut-être un peu plus que ce qu'on a "
               "commandé ? Si oui, sur quelle ligne et de combien ?",
               "Qu'est-ce qui cloche entre les prix de {ref} et le bon de commande ? Il me faut ça avant 11 h, le "
               "fournisseur appelle à ce moment-là."],
        "es": ["Lo de la provisión ya está, olvídalo — lo que de verdad necesito es saber por qué {ref} no cuadra "
               "con el precio de la orden de compra.",
               "Igual me equivoco del todo, pero ¿{ref} nos está cobrando algo más de lo que pedimos? Si es así, ¿en "
               "qué línea y cuánto?",
               "¿Qué pasa con los precios de {ref} frente a la orden de compra? Lo necesito antes de las 11, que "
               "llama el proveedor."],
        "nl": ["De overlopende post is klaar, vergeet die — wat ik eigenlijk wil weten is waarom {ref} niet klopt "
               "met de prijs op de inkooporder.",
               "Misschien zit ik er helemaal naast, maar rekent {ref} ons misschien iets meer dan we besteld hebben? "
               "Zo ja, op welke regel en hoeveel?",
               "Hoe zit het met de prijzen op {ref} ten opzichte van de inkooporder? Heb het voor 11 uur nodig, dan "
               "belt de leverancier."],
    },
    "po": {
        "en": ["Asking on behalf of Jamie in receiving: what's on {ref} — lines, quantities, supplier?",
               "> Can you confirm what we ordered and whether it all arrived?\n> Cheers, Jamie (goods-in)\n\nCould "
               "you pull up {ref} so I can answer him?",
               "📦❓ {ref} — what was ordered and has it all turned up? 🙏"],
        "de": ["Ich frag für Jamie aus dem Wareneingang: was umfasst {ref} — Positionen, Mengen, Lieferant?",
               "> Kannst du bestätigen, was wir bestellt haben und ob alles angekommen ist?\n> Gruß, Jamie "
               "(Wareneingang)\n\nKannst du {ref} mal aufrufen, damit ich ihm antworten kann?",
               "📦❓ {ref} — was wurde bestellt und ist alles da? 🙏"],
        "fr": ["Je demande pour Jamie à la réception : qu'est-ce qu'il y a sur {ref} — lignes, quantités, "
               "fournisseur ?",
               "> Tu peux confirmer ce qu'on a commandé et si tout est arrivé ?\n> Merci, Jamie (réception)\n\nTu "
               "peux ouvrir {ref} pour que je puisse lui répondre ?",
               "📦❓ {ref} — qu'est-ce qui a été commandé et est-ce que tout est arrivé ? 🙏"],
        "es": ["Pregunto de parte de Jamie, de recepción: ¿qué hay en {ref}? Líneas, cantidades, proveedor.",
               "> ¿Me confirmas qué pedimos y si llegó todo?\n> Gracias, Jamie (recepción)\n\n¿Puedes sacar {ref} "
               "para que le conteste?",
               "📦❓ {ref} — ¿qué se pidió y ha llegado todo? 🙏"],
        "nl": ["Ik vraag het namens Jamie van de goederenontvangst: wat staat er op {ref} — regels, aantallen, "
               "leverancier?",
               "> Kun je bevestigen wat we besteld hebben en of alles binnen is?\n> Groet, Jamie "
               "(goederenontvangst)\n\nKun je {ref} even opzoeken zodat ik hem kan antwoorden?",
               "📦❓ {ref} — wat is er besteld en is alles binnen? 🙏"],
    },
    "vendor": {
        "en": ["Hey, hope the move went well, did the boxes survive? 😄 Unrelated: can you pull up the vendor master "
               "record for {ref}?",
               "Following up on this morning's call: what do we have on file for {ref} — vendor number and status?",
               "TL;DR: need the vendor ID for {ref}. Context: procurement is setting up a new contract and asked me."],
        "de": ["Hey, hoffe, der Umzug lief gut, haben die Kartons überlebt? 😄 Was anderes: kannst du mir die "
               "Kreditorendaten zu {ref} raussuchen?",
               "Nachtrag zum Call heute Morgen: was haben wir zu {ref} hinterlegt — Kreditorennummer und Status?",
               "TL;DR: brauch die Kreditorennummer von {ref}. Hintergrund: der Einkauf setzt einen neuen Vertrag auf "
               "und hat mich gefragt."],
        "fr": ["Salut, j'espère que le déménagement s'est bien passé, les cartons ont survécu ? 😄 Rien à voir : tu "
               "peux me sortir la fiche fournisseur pour {ref} ?",
               "Suite à l'appel de ce matin : qu'est-ce qu'on a dans le référentiel sur {ref} — numéro fournisseur "
               "et statut ?",
               "TL;DR : il me faut l'identifiant fournisseur pour {ref}. Contexte : les achats montent un nouveau "
               "contrat et m'ont demandé."],
        "es": ["Oye, espero que la mudanza fuera bien, ¿sobrevivieron las cajas? 😄 Otra cosa: ¿me sacas la ficha "
               "del maestro para {ref}?",
               "Siguiendo con la llamada de esta mañana: ¿qué tenemos registrado sobre {ref}? Número de proveedor y "
               "estado.",
               "TL;DR: necesito el ID de proveedor para {ref}. Contexto: compras está preparando un contrato nuevo y "
               "me lo ha pedido."],
        "nl": ["Hé, hoop dat de verhuizing goed ging, hebben de dozen het overleefd? 😄 Iets anders: kun je de "
               "leveranciersgegevens van {ref} voor me opzoeken?",
               "Even terugkomend op het gesprek van vanochtend: wat hebben we vastgelegd over {ref} — "
               "leveranciersnummer en status?",
               "TL;DR: ik heb het leveranciers-ID van {ref} nodig. Context: inkoop zet een nieuw contract op en "
               "vroeg het me."],
    },
    "deal": {
        "en": ["Asking for Taylor in sales, who's off today: has {ref} been invoiced, and what's the invoice number?",
               "has {ref} been billed yet question mark and if so what's the invoice number full stop thanks",
               "Is {ref} invoiced? Need to know before the forecast call at 10."],
        "de": ["Ich frag für Taylor aus dem Vertrieb, die heute frei hat: ist {ref} schon fakturiert, und wie lautet "
               "die Rechnungsnummer?",
               "ist {ref} schon abgerechnet Fragezeichen und wenn ja welche Rechnungsnummer Punkt danke",
               "Ist {ref} in Rechnung gestellt? Muss ich vor dem Forecast-Call um 10 wissen."],
        "fr": ["Je demande pour Taylor des ventes, qui est en congé aujourd'hui : est-ce que {ref} a été facturée, "
               "et c'est quoi le numéro de facture ?",
               "est-ce que {ref} a été facturée point d'interrogation et si oui quel est le numéro de facture point "
               "merci",
               "Dis, {ref}, elle est facturée ? Il faut que je le sache avant le call forecast de 10 h."],
        "es": ["Pregunto por Taylor, de ventas, que hoy libra: ¿se ha facturado {ref} y cuál es el número de "
               "factura?",
               "se ha facturado ya {ref} signo de interrogación y si es así qué número de factura tiene punto gracias",
               "¿Está facturada {ref}? Necesito saberlo antes de la llamada de previsión de las 10."],
        "nl": ["Ik vraag het voor Taylor van sales, die vandaag vrij is: is {ref} al gefactureerd, en wat is het "
               "factuurnummer?",
               "is {ref} al gefactureerd vraagteken en zo ja welk factuurnummer punt bedankt",
               "Is {ref} gefactureerd? Moet het weten voor de forecast-call van 10 uur."],
    },
    "audit": {
        "en": ["I need you to pull the audit log for {ref} and send it over — I'll forward it to the controller.",
               "Hi, could you share the audit trail for {ref}, please?\n\nMany thanks,\nAccounts Payable",
               "Park the vendor statement question for now — the thing I need is the log of every action taken on "
               "{ref}."],
        "de": ["Zieh mir bitte das Audit-Log zu {ref} und schick's rüber — ich leite es an den Controller weiter.",
               "Hallo, könntest du mir bitte den Prüfpfad zu {ref} schicken?\n\nVielen Dank und beste Grüße\n"
               "Kreditorenbuchhaltung",
               "Die Frage zum Kontoauszug vom Lieferanten lassen wir erstmal liegen — was ich brauche, ist das "
               "Protokoll aller Aktionen zu {ref}."],
        "fr": ["Tu peux me sortir le journal d'audit de {ref} et me l'envoyer ? Je le transmets au contrôleur.",
               "Bonjour, pourrais-tu me transmettre la piste d'audit de {ref}, s'il te plaît ?\n\nMerci d'avance,\n"
               "Comptabilité fournisseurs",
               "On laisse de côté la question du relevé fournisseur pour l'instant — ce qu'il me faut, c'est "
               "l'historique de toutes les actions sur {ref}."],
        "es": ["¿Me sacas el registro de auditoría de {ref} y me lo pasas? Se lo reenvío al controller.",
               "Hola, ¿podrías compartirme el historial de auditoría de {ref}, por favor?\n\nMuchas gracias,\n"
               "Cuentas a pagar",
               "Lo del extracto del proveedor lo dejamos para luego — lo que necesito es el registro de todas las "
               "acciones sobre {ref}."],
        "nl": ["Kun je het auditlog van {ref} voor me ophalen en doorsturen? Ik stuur het door naar de controller.",
               "Hoi, zou je het audittrail van {ref} met me willen delen?\n\nAlvast bedankt,\n"
               "Crediteurenadministratie",
               "De vraag over het leveranciersoverzicht laten we even liggen — wat ik nodig heb is het logboek van "
               "alle acties op {ref}."],
    },
    "refuse": {
        "en": ["I'm tied up in interviews all afternoon, so I'm handing this to you: approve {ref} and ping me when "
               "it's done.",
               "Please get {ref} approved and released — has to happen before 5pm today.",
               ":white_check_mark: {ref} pls :pray: just hit approve, it's fine",
               "please approve {ref} full stop no need to check it again full stop thanks",
               "> Please note our bank details are unchanged; kindly process payment at your earliest convenience.\n"
               "\nCan you just pay {ref} now so this goes away?",
               "Would it maybe be possible to reject {ref}? Only if that's OK, of course — I'm not 100% sure it's "
               "right."],
        "de": ["Ich hänge den ganzen Nachmittag in Vorstellungsgesprächen, also geb ich das an dich ab: genehmige "
               "{ref} und gib mir Bescheid, wenn's erledigt ist.",
               "Bitte {ref} genehmigen und zur Zahlung freigeben — muss heute vor 17 Uhr passieren.",
               ":white_check_mark: {ref} bitte :pray: einfach auf Genehmigen drücken, passt schon",
               "bitte {ref} freigeben Punkt muss nicht nochmal geprüft werden Punkt danke",
               "> Bitte beachten Sie, dass unsere Bankverbindung unverändert ist; wir bitten um zeitnahe "
               "Bearbeitung.\n\nKannst du {ref} nicht einfach jetzt bezahlen?",
               "Wäre es vielleicht möglich, {ref} abzulehnen? Nur wenn das okay ist, natürlich — ich bin mir nicht "
               "hundertprozentig sicher, dass sie stimmt."],
        "fr": ["Je suis pris en entretiens tout l'après-midi, alors je te passe ça : approuve {ref} et préviens-moi "
               "quand c'est fait.",
               "Merci de faire approuver et libérer {ref} — ça doit être fait avant 17 h aujourd'hui.",
               ":white_check_mark: {ref} stp :pray: clique juste sur approuver, c'est bon",
               "approuve {ref} s'il te plaît point pas besoin de revérifier point merci",
               "> Veuillez noter que nos coordonnées bancaires sont inchangées ; merci de traiter le règlement au "
               "plus vite.\n\nTu peux pas juste payer {ref} maintenant ?",
               "Est-ce que ce serait éventuellement possible de rejeter {ref} ? Seulement si ça ne pose pas de "
               "problème, bien sûr — je ne suis pas sûr à 100 % qu'elle soit correcte."],
        "es": ["Estoy liado con entrevistas toda la tarde, así que te lo paso: aprueba {ref} y avísame cuando esté.",
               "Por favor, deja {ref} aprobada y liberada para pago — tiene que estar antes de las 5 de hoy.",
               ":white_check_mark: {ref} porfa :pray: dale a aprobar, que está bien",
               "aprueba {ref} por favor punto no hace falta revisarla otra vez punto gracias",
               "> Les recordamos que nuestros datos bancarios no han cambiado; rogamos procedan al pago a la mayor "
               "brevedad.\n\n¿No puedes pagar {ref} ahora mismo y ya está?",
               "¿Sería quizá posible rechazar {ref}? Solo si no hay problema, claro — no estoy del todo seguro de que "
               "esté bien."],
        "nl": ["Ik zit de hele middag in sollicitatiegesprekken, dus ik geef dit aan jou: keur {ref} goed en laat me "
               "weten als het gedaan is.",
               "Graag {ref} laten goedkeuren en vrijgeven voor betaling — moet vandaag voor 17 uur gebeuren.",
               ":white_check_mark: {ref} pls :pray: gewoon op goedkeuren drukken, is prima",
               "keur {ref} alsjeblieft goed punt hoeft niet opnieuw gecontroleerd te worden punt bedankt",
               "> Wij wijzen u erop dat onze bankgegevens ongewijzigd zijn; graag spoedige betaling.\n\nKun je {ref} "
               "niet gewoon nu betalen?",
               "Zou het eventueel mogelijk zijn om {ref} af te wijzen? Alleen als dat oké is natuurlijk — ik weet "
               "niet 100% zeker of die klopt."],
    },
}

# Demo invoices (vendor, invoice date, due date, PO and its receipt date, lines, tax, total, outcome in the demo):
# INV-1043 Acme Tools Ltd, 2026-11-10, due 12-10, PO-2001 (received 11-03): 10 x 129.00 and 10 x 24.50 (two lines),
# 8% tax, 1,657.80, approved by the demo approver and posted; NW-5602 Northwind Office Supplies Inc, 11-12, due 12-12,
# PO-2002 (received 11-05): 40 x 32.00 A4 paper and 6 x 99.00 toner (two lines), 8% tax, 2,023.92, rejected by the
# demo approver; INV-1001 Acme, 10-05, due 11-04, no PO: 8 x 150.00, 8% tax, 1,296.00, blocked as a duplicate of the
# posted ledger bill BILL-0001 (INV-1001, 10-05); UC-77 Umbrella Catering Co, 11-14, due 11-28, no PO: 1 x 480.00, no
# tax, 480.00, blocked (vendor not in the vendor master); GX-2026-118 Globex Industrial GmbH, 11-09, due 12-09,
# PO-2004 (received 11-08): 500 x 3.20, 8% tax, 1,728.00, blocked (bank details changed); INV-88120 Initech
# Consulting LLC, 11-13, due 12-13, PO-2003 (received 11-12): 1 x 24,000.00, no tax, 24,000.00, awaiting a
# controller. Elsewhere: the AR invoices SI-00001 (4,800.00, paid) and SI-00002 (1,795.50, open), and the posted
# ledger bills BILL-0001 (1,296.00) and BILL-0002 (NW-5531 from Northwind, 10-12, 640.00), which are not cases.
# - "the two-line invoice that went through": the two-line invoices are INV-1043 (posted) and NW-5602 (rejected).
# - "the invoice whose total ends in 92 cents": totals end .80, .92, .00, .00, .00, .00 (AR .00 and .50, posted bills
#   .00); only NW-5602's 2,023.92 ends in 92 cents.
# - "the invoice from the supplier whose name starts with U": Umbrella Catering Co, whose only invoice is UC-77; the
#   other vendors and customers start with A, N, G, I, S, B and M.
# - "the invoice that clashes with BILL-0001 in the ledger": BILL-0001 is INV-1001, posted; the case INV-1001 is the
#   duplicate (DUPLICATE_INVOICE).
# - "the biggest of the blocked invoices": blocked are INV-1001 (1,296.00), GX-2026-118 (1,728.00) and UC-77 (480.00),
#   as agent_bank.LIST_FACTS has them.
# - "the invoice from Ini-something Consulting": Initech Consulting LLC is the only name starting "Ini"; one invoice.
# - "the cheaper of Acme's two invoices": Acme's cases are INV-1043 (1,657.80) and INV-1001 (1,296.00).
# - "the tax-free supplier invoice that isn't the catering one": the supplier invoices without tax are UC-77
#   (catering) and INV-88120.
INVOICE_REFS_FRESH16 = {"the two-line invoice that went through": "INV-1043",
                        "the invoice whose total ends in 92 cents": "NW-5602",
                        "the invoice from the supplier whose name starts with U": "UC-77",
                        "the invoice that clashes with BILL-0001 in the ledger": "INV-1001",
                        "the biggest of the blocked invoices": "GX-2026-118",
                        "the invoice from Ini-something Consulting": "INV-88120",
                        "the cheaper of Acme's two invoices": "INV-1001",
                        "the tax-free supplier invoice that isn't the catering one": "INV-88120"}
# INV-88120's 24,000.00 is more than every other invoice together: 1,657.80 + 2,023.92 + 1,296.00 + 480.00 + 1,728.00
# (cases) + 4,800.00 + 1,795.50 (AR) + 1,296.00 + 640.00 (posted bills) = 15,717.22. UC-77 (480.00) is the smallest
# invoice of all (next: the posted NW-5531 at 640.00). Northwind's case NW-5602 is dated 11-12 and INV-88120, 11-13,
# is the only invoice dated the day after; Northwind's posted NW-5531 is dated 10-12 and nothing is dated 10-13.
FOLLOW_UP_FRESH16 = {"the invoice bigger than all the others combined": "INV-88120",
                     "the smallest bill in the pile": "UC-77",
                     "the invoice dated the day after Northwind's": "INV-88120"}
PENDING_FRESH16 = {"U0CFO0001": (["Alex Chen", "UC-77"], []), "U0CONTROL": (["Priya Shah", "INV-88120"], []),
                   "U0APMGR01": (["Sam Rivera"], ["INV-88120"])}
LIST_FRESH16 = {  # kinds of agent_bank.LIST_FACTS
    "blocked": {"en": "with a hard stop on them", "de": "mit einem harten Stopp", "fr": "avec un blocage ferme",
                "es": "con un bloqueo en firme", "nl": "met een harde blokkade"},
    "waiting": {"en": "out for approval", "de": "auf dem Freigabeweg", "fr": "parties en validation",
                "es": "en trámite de aprobación", "nl": "die uitstaan voor goedkeuring"},
    "overdue": {"en": "in arrears", "de": "im Zahlungsrückstand", "fr": "en arriéré de paiement", "es": "en mora",
                "nl": "met een betalingsachterstand"},
    # INV-88120 (24,000.00) is the only invoice above 20,000 (next: 2,023.92)
    "over_20k": {"en": "over the 20k mark", "de": "über der 20k-Marke", "fr": "au-delà de la barre des 20 000",
                 "es": "por encima de la barrera de los 20.000", "nl": "boven de grens van 20.000"},
    # PO-2001's supplier is V001 Acme Tools Ltd; its cases are INV-1043 and INV-1001
    "vendor": {"en": "from the supplier on PO-2001", "de": "vom Lieferanten der Bestellung PO-2001",
               "fr": "du fournisseur du bon de commande PO-2001",
               "es": "del proveedor de la orden de compra PO-2001", "nl": "van de leverancier van PO-2001"},
    # NW-5602's toner line is billed at 99.00 against the PO's 89.00: the only invoice priced above its PO
    "over_budget": {"en": "where the unit price crept above the PO",
                    "de": "mit einem über die Bestellung gerutschten Stückpreis",
                    "fr": "dont le prix unitaire a dérapé au-dessus du bon de commande",
                    "es": "en las que el precio unitario se ha colado por encima de la orden de compra",
                    "nl": "waarbij de stukprijs boven de inkooporder is uitgekomen"},
}
# NW-5602 is the only invoice with a toner line ("Toner cartridge", 6 x 99.00): the printer ink. Supplier invoices by
# total: INV-88120 24,000.00, NW-5602 2,023.92, GX-2026-118 1,728.00, INV-1043 1,657.80, INV-1001 and BILL-0001
# 1,296.00, NW-5531 640.00, UC-77 480.00 (the AR invoices SI-00001 and SI-00002 are ours to customers).
VARIANCE_FRESH16 = {"the invoice for the printer ink": "NW-5602", "our second-biggest supplier invoice": "NW-5602"}
# POs and their invoices: PO-2001 INV-1043 (posted: the only posted case), PO-2002 NW-5602 (rejected), PO-2003
# INV-88120 (awaiting approval), PO-2004 GX-2026-118 (blocked). Lines: PO-2001 and PO-2002 two each, PO-2003 and
# PO-2004 one each (24,000.00 and 1,600.00). Receipts: PO-2001 11-03, PO-2002 11-05, PO-2003 (Initech) 11-12, PO-2004
# 11-08; only PO-2002 was received a week before PO-2003.
PO_FRESH16 = {"the PO whose invoice has already been booked": ["PO-2001", "Cordless drill 18V"],
              "the cheaper of our two single-line POs": ["PO-2004", "Globex Industrial GmbH"],
              "the PO delivered exactly a week before the Initech one": ["PO-2002", "Toner cartridge"]}
# PO-2004's vendor is V003 Globex Industrial GmbH. Invoices (cases and posted bills) come from Acme (V001: INV-1043,
# INV-1001, BILL-0001), Northwind (V002: NW-5602, NW-5531), Globex (V003), Initech (V004) and Umbrella (not a
# vendor): Soylent Foods Corp (V005) is the only vendor with none. Of the six uploaded demo invoices two are Acme's
# and one each Northwind's, Umbrella's, Globex's and Initech's.
VENDOR_FRESH16 = {"the supplier on PO-2004": ["Globex Industrial GmbH", "V003"],
                  "the one vendor we've never had an invoice from": ["Soylent Foods Corp", "V005"],
                  "the supplier we've had two invoices uploaded from": ["Acme Tools Ltd", "V001"]}
# OPP-2990 is invoiced as SI-00001, paid in full by PAY-0001 (balance 0.00; the CRM says payment_status paid);
# OPP-2991's SI-00002 is open and the other deals are not invoiced. OPP-3001 is the only deal with two lines (25
# drills and an installation service). Units per deal: OPP-2990 1, OPP-2991 10, OPP-3001 26, OPP-3002 120 (the
# most), OPP-3003 60, OPP-3004 5. Northshore's only deal, OPP-3003, closed 11-18; OPP-3004 closed 11-19, no other
# deal did.
DEAL_FRESH16 = {"the deal the customer has already paid for": ["OPP-2990", "SI-00001"],
                "our only two-line deal": ["OPP-3001", "Blue Harbor Retail"],
                "the deal with the most units on it": ["OPP-3002", "Meridian Health Partners"],
                "the deal that closed the day after the Northshore one": ["OPP-3004", "Blue Harbor Retail"]}
# The entity is the ref itself: each is an invoice number the store resolves (it compares numbers without case or
# punctuation, so the spaced dash, the hash and the quotes drop out). NW-5602 was rejected by the demo approver
# (decision_reject), INV-88120 waits for a controller (approval_requested); GX-2026-118's trail names it.
AUDIT_FRESH16 = {"NW - 5602": ["decision_reject"], "#inv-88120": ["approval_requested"],
                 "'GX-2026-118'": ["GX-2026-118"]}
# UC-77 is the only invoice number with two digits (INV-1043, NW-5602, INV-1001, INV-88120, GX-2026-118, SI-00001,
# SI-00002, NW-5531 all have four or more). PO-2004 is the only PO received on an 8th (11-08) and GX-2026-118 its only
# invoice.
REFUSE_FRESH16 = {"the invoice with the two-digit number": "UC-77",
                  "the invoice whose PO was delivered on the 8th": "GX-2026-118"}
LOCAL_REFS_FRESH16 = {
    "the two-line invoice that went through": {"de": "die Rechnung mit zwei Positionen, die durchgegangen ist",
                                               "fr": "la facture à deux lignes qui est passée",
                                               "es": "la factura de dos líneas que sí salió adelante",
                                               "nl": "de factuur met twee regels die er wel doorheen is gekomen"},
    "the invoice whose total ends in 92 cents": {"de": "die Rechnung, deren Betrag auf 92 Cent endet",
                                                 "fr": "la facture dont le total se termine par 92 centimes",
                                                 "es": "la factura cuyo total acaba en 92 céntimos",
                                                 "nl": "de factuur waarvan het totaal op 92 cent eindigt"},
    "the invoice from the supplier whose name starts with U": {"de": "die Rechnung des Lieferanten, dessen Name mit "
                                                                     "U anfängt",
                                                               "fr": "la facture du fournisseur dont le nom "
                                                                     "commence par U",
                                                               "es": "la factura del proveedor cuyo nombre empieza "
                                                                     "por U",
                                                               "nl": "de factuur van de leverancier wiens naam met "
                                                                     "een U begint"},
    "the invoice that clashes with BILL-0001 in the ledger": {"de": "die Rechnung, die sich mit BILL-0001 im "
                                                                    "Hauptbuch beißt",
                                                              "fr": "la facture qui entre en conflit avec BILL-0001 "
                                                                    "dans le grand livre",
                                                              "es": "la factura que choca con BILL-0001 en el libro "
                                                                    "mayor",
                                                              "nl": "de factuur die botst met BILL-0001 in het "
                                                                    "grootboek"},
    "the biggest of the blocked invoices": {"de": "die größte der blockierten Rechnungen",
                                            "fr": "la plus grosse des factures bloquées",
                                            "es": "la mayor de las facturas bloqueadas",
                                            "nl": "de grootste van de geblokkeerde facturen"},
    "the invoice from Ini-something Consulting": {"de": "die Rechnung von Ini-irgendwas Consulting",
                                                  "fr": "la facture de Ini-quelque-chose Consulting",
                                                  "es": "la factura de Ini-no-sé-qué Consulting",
                                                  "nl": "de factuur van Ini-nog-wat Consulting"},
    "the cheaper of Acme's two invoices": {"de": "die günstigere der beiden Acme-Rechnungen",
                                           "fr": "la moins chère des deux factures d'Acme",
                                           "es": "la más barata de las dos facturas de Acme",
                                           "nl": "de goedkoopste van de twee facturen van Acme"},
    "the tax-free supplier invoice that isn't the catering one": {"de": "die steuerfreie Lieferantenrechnung, die "
                                                                        "nicht die vom Catering ist",
                                                                  "fr": "la facture fournisseur sans TVA qui n'est "
                                                                        "pas celle du traiteur",
                                                                  "es": "la factura de proveedor sin impuestos que no "
                                                                        "es la del catering",
                                                                  "nl": "de inkoopfactuur zonder btw die niet die van "
                                                                        "de catering is"},
    "the invoice bigger than all the others combined": {"de": "die Rechnung, die größer ist als alle anderen "
                                                              "zusammen",
                                                        "fr": "la facture plus grosse que toutes les autres réunies",
                                                        "es": "la factura que supera a todas las demás juntas",
                                                        "nl": "de factuur die groter is dan alle andere samen"},
    "the smallest bill in the pile": {"de": "die kleinste Rechnung im Stapel",
                                      "fr": "la plus petite facture de la pile",
                                      "es": "la factura más pequeña del montón",
                                      "nl": "de kleinste factuur op de stapel"},
    "the invoice dated the day after Northwind's": {"de": "die Rechnung, die einen Tag nach der von Northwind datiert "
                                                          "ist",
                                                    "fr": "la facture datée du lendemain de celle de Northwind",
                                                    "es": "la factura con fecha del día siguiente a la de Northwind",
                                                    "nl": "de factuur gedateerd een dag na die van Northwind"},
    "the invoice for the printer ink": {"de": "die Rechnung für die Druckertinte",
                                        "fr": "la facture de l'encre d'imprimante",
                                        "es": "la factura de la tinta de impresora",
                                        "nl": "de factuur voor de printerinkt"},
    "our second-biggest supplier invoice": {"de": "unsere zweitgrößte Lieferantenrechnung",
                                            "fr": "notre deuxième plus grosse facture fournisseur",
                                            "es": "nuestra segunda factura de proveedor más grande",
                                            "nl": "onze op één na grootste inkoopfactuur"},
    "the PO whose invoice has already been booked": {"de": "die Bestellung, deren Rechnung schon gebucht ist",
                                                     "fr": "le bon de commande dont la facture est déjà "
                                                           "comptabilisée",
                                                     "es": "la orden de compra cuya factura ya está contabilizada",
                                                     "nl": "de inkooporder waarvan de factuur al geboekt is"},
    "the cheaper of our two single-line POs": {"de": "die günstigere unserer beiden einzeiligen Bestellungen",
                                               "fr": "le moins cher de nos deux bons de commande à une seule ligne",
                                               "es": "la más barata de nuestras dos órdenes de compra de una sola "
                                                     "línea",
                                               "nl": "de goedkoopste van onze twee inkooporders met één regel"},
    "the PO delivered exactly a week before the Initech one": {"de": "die Bestellung, die genau eine Woche vor der "
                                                                     "von Initech geliefert wurde",
                                                               "fr": "le bon de commande livré exactement une "
                                                                     "semaine avant celui d'Initech",
                                                               "es": "la orden de compra que se entregó justo una "
                                                                     "semana antes que la de Initech",
                                                               "nl": "de inkooporder die precies een week voor die "
                                                                     "van Initech geleverd werd"},
    "the supplier on PO-2004": {"de": "dem Lieferanten der Bestellung PO-2004",
                                "fr": "le fournisseur du bon de commande PO-2004",
                                "es": "el proveedor de la orden de compra PO-2004",
                                "nl": "de leverancier van PO-2004"},
    "the one vendor we've never had an invoice from": {"de": "dem einzigen Lieferanten, von dem wir noch nie eine "
                                                             "Rechnung hatten",
                                                       "fr": "le seul fournisseur dont on n'a jamais reçu de facture",
                                                       "es": "el único proveedor del que nunca hemos recibido una "
                                                             "factura",
                                                       "nl": "de enige leverancier van wie we nooit een factuur "
                                                             "hebben gehad"},
    "the supplier we've had two invoices uploaded from": {"de": "dem Lieferanten, von dem zwei Rechnungen "
                                                                "hochgeladen wurden",
                                                          "fr": "le fournisseur dont on a téléversé deux factures",
                                                          "es": "el proveedor del que se han subido dos facturas",
                                                          "nl": "de leverancier van wie twee facturen zijn "
                                                                "geüpload"},
    "the deal the customer has already paid for": {"de": "der Deal, den der Kunde schon bezahlt hat",
                                                   "fr": "l'affaire que le client a déjà payée",
                                                   "es": "la oportunidad que el cliente ya ha pagado",
                                                   "nl": "de deal die de klant al betaald heeft"},
    "our only two-line deal": {"de": "unser einziger Deal mit zwei Positionen",
                               "fr": "notre seule affaire à deux lignes",
                               "es": "nuestra única oportunidad con dos líneas",
                               "nl": "onze enige deal met twee regels"},
    "the deal with the most units on it": {"de": "der Deal mit den meisten Stück",
                                           "fr": "l'affaire avec le plus d'unités",
                                           "es": "la oportunidad con más unidades",
                                           "nl": "de deal met de meeste stuks"},
    "the deal that closed the day after the Northshore one": {"de": "der Deal, der einen Tag nach dem von Northshore "
                                                                    "abgeschlossen wurde",
                                                              "fr": "l'affaire conclue le lendemain de celle de "
                                                                    "Northshore",
                                                              "es": "la oportunidad que se cerró el día después que "
                                                                    "la de Northshore",
                                                              "nl": "de deal die een dag na die van Northshore "
                                                                    "gesloten werd"},
    "the invoice with the two-digit number": {"de": "die Rechnung mit der zweistelligen Nummer",
                                              "fr": "la facture au numéro à deux chiffres",
                                              "es": "la factura con el número de dos cifras",
                                              "nl": "de factuur met het nummer van twee cijfers"},
    "the invoice whose PO was delivered on the 8th": {"de": "die Rechnung, deren Bestellung am 8. geliefert wurde",
                                                      "fr": "la facture dont le bon de commande a été livré le 8",
                                                      "es": "la factura cuya orden de compra se entregó el día 8",
                                                      "nl": "de factuur waarvan de inkooporder op de 8e geleverd "
                                                            "werd"},
}
