"""The offline planner's words for requests to act, per language: the imperatives and infinitives
it refuses, the phrases around a command, the verbs that only ask, and the words that open an
object (acts.is_action_request, unknown_commands.is_unknown_command). Apart from lexicon.py, whose
cue groups say what a question asks about.
"""

from __future__ import annotations

import re

# Requests to act, per language (the planner refuses these; acts.is_action_request).
# IMPERATIVES: the verb forms that open a command ("Buche ...", "approuve ...", "keur ... goed");
# a separable verb is "verb+particle" (the particle anywhere after it: "gib X frei", "wijs X af").
# INFINITIVES: the forms after "can you" ("kannst du X freigeben?", "puedes aprobar X?").
IMPERATIVES: dict[str, tuple[str, ...]] = {
    "en": ("approve", "reject", "post", "pay", "override", "bypass", "skip", "delete", "remove", "change", "update",
           "edit", "mark", "set", "create", "release", "decline", "authorize", "authorise", "sign", "book", "void",
           "cancel", "deny", "confirm", "accept", "settle", "process", "submit", "clear", "unblock",
           "force", "greenlight", "countersign", "sign+off", "push+through", "wave+through", "put+through",
           "let+through", "kill", "scrap", "ok", "okay", "schedule", "reschedule", "postpone", "defer", "hit+approve",
           "click+approve", "press+approve", "put+hold", "get+posted", "get+paid", "get+approved", "send+back",
           "get+rid", "bounce+back", "recode", "reclassify", "recategorize", "reallocate", "repost", "backdate",
           "log+approved", "log+rejected", "record+approved", "rubber+stamp", "rubberstamp",
           # an approval or signature carried to another invoice
           "copy+approval", "copy+sign", "transfer+approval", "reuse+approval", "apply+approval", "apply+signature",
           "use+signature", "put+signature", "queue", "queue+payment"),
    "de": ("genehmige", "genehmig", "genehmigen", "gib+frei", "gebt+frei", "buche", "buch", "buchen", "lehne+ab",
           "lehn+ab", "bezahle", "bezahl", "zahle", "zahl", "losche", "losch", "storniere",
           "zeichne+ab", "unterschreibe", "unterschreib", "markiere", "setze", "setz", "uberweise", "bestatige",
           "akzeptiere", "verbuche", "weise+zuruck", "entsperre", "ablehnen", "freigeben", "bezahlen", "stornieren",
           "mach+freigabe", "erteile+freigabe", "winke+durch", "schiebe+durch", "lasse+durch", "plane+ein", "plan+ein",
           "verschiebe", "verschieb", "druck+genehmigen", "drucke+genehmigen", "klick+genehmigen", "klicke+genehmigen",
           "druck+freigeben", "druck+durch", "drucke+durch", "wink+durch", "klick+freigeben", "schick+zuruck",
           "schicke+zuruck", "sende+zuruck", "buche+um",
           "buch+um", "kontiere+um", "kontier+um", "trag+genehmigt", "trage+genehmigt", "datiere+zuruck",
           "datier+zuruck", "stempel+ab", "stemple+ab",
           "kopier+freigabe", "kopiere+freigabe", "ubernimm+freigabe", "ubertrag+freigabe", "setz+unterschrift",
           "setze+unterschrift"),
    "fr": ("approuve", "approuvez", "approuver", "rejette", "rejetez", "rejeter", "valide", "validez",
           "comptabilise", "comptabilisez", "paie", "paye", "payez", "supprime", "supprimez", "modifie", "modifiez",
           "refuse", "refusez", "signe", "signez", "autorise", "autorisez", "annule", "annulez", "marque",
           "marquez", "debloque", "debloquez", "regle", "reglez", "confirme", "confirmez", "accepte", "acceptez",
           "passe", "passez", "vire", "virez", "enregistre", "enregistrez", "lance", "lancez", "declenche",
           "declenchez", "effectue", "effectuez", "fais+passer", "faites+passer", "laisse+passer", "decale", "decalez",
           "reporte", "reportez", "programme", "programmez", "planifie", "clique+valider", "clique+approuver",
           "appuie+valider", "bloque", "bloquez", "renvoie", "renvoyez", "retourne", "impute", "imputez", "reimpute",
           "reclasse", "reclassez", "antidate", "antidatez", "tamponne", "tamponnez",
           "donne+feu vert", "donnez+feu vert", "copie+approbation",
           "reprends+approbation", "appose+signature", "mets+signature"),
    "es": ("aprueba", "apruebe", "rechaza", "rechace", "rechazar", "contabiliza", "contabilice", "paga", "pague",
           "borra", "borre", "elimina", "elimine", "cambia", "cambie", "autoriza", "autorice", "firma", "firme",
           "anula", "anule", "marca", "marque", "desbloquea", "desbloquee", "registra", "registre", "confirma",
           "confirme", "acepta", "acepte", "procesa", "procese", "abona", "abone", "liquida", "liquide", "modifica",
           "modifique", "aprobar", "libera", "libere", "tramita", "tramite", "ejecuta", "ejecute", "da+salida",
           "da+curso", "aprobarias", "pagarias", "rechazarias", "autorizarias", "programa", "programe", "aplaza",
           "aplace", "pospon", "posponga", "dale+aprobar", "pulsa+aprobar", "haz+clic", "devuelve", "devuelvele",
           "devuelva", "quita", "quitala", "retén", "reten", "bloquea", "reclasifica", "reclasifique", "imputa",
           "impute",
           # "¿me apruebas la factura?": the present tense asking a favour
           "apruebas", "pagas", "rechazas", "liberas", "contabilizas", "autorizas", "firmas", "desbloqueas",
           "dale+visto bueno", "da+visto bueno", "dale+luz verde", "copia+aprobacion", "pon+firma",
           "ponle+firma", "aplica+firma", "saca+adelante"),
    "nl": ("keur+goed", "keur+af", "geef+vrij", "wijs+af", "boek", "betaal", "verwijder", "wijzig", "annuleer",
           "markeer", "zet+op", "onderteken", "teken", "accordeer", "bevestig", "accepteer", "deblokkeer",
           "verwerk", "goedkeuren", "afwijzen", "boeken", "zet+door", "laat+er+door", "plan+in", "verschuif",
           "stel+uit", "klik+goedkeuren", "druk+goedkeuren", "stuur+terug", "blokkeer", "haal+weg", "herboek",
           "boek+om", "herclassificeer", "dateer+terug", "stempel+af", "geef+groen licht", "teken+af",
           "kopieer+goedkeuring", "zet+handtekening", "duw+door"),
}
INFINITIVES: dict[str, tuple[str, ...]] = {
    "en": ("approve", "reject", "post", "pay", "override", "bypass", "delete", "remove", "change", "update", "edit",
           "mark", "release", "decline", "authorize", "authorise", "sign", "book", "void", "cancel", "deny",
           "confirm", "accept", "settle", "process", "submit", "unblock", "force", "countersign", "push", "kill",
           "scrap", "schedule", "reschedule", "postpone", "defer", "backdate"),
    "de": ("genehmigen", "freigeben", "buchen", "verbuchen", "ablehnen", "bezahlen", "zahlen", "loschen", "andern",
           "stornieren", "abzeichnen", "unterschreiben", "zuruckdatieren", "markieren", "setzen", "uberweisen",
           "bestatigen",
           "akzeptieren", "entsperren", "zuruckweisen", "abweisen", "einplanen", "verschieben", "umbuchen",
           "umkontieren", "abstempeln", "durchwinken", "durchlassen", "abnicken", "absegnen", "okayen"),
    "fr": ("approuver", "rejeter", "valider", "comptabiliser", "payer", "supprimer", "modifier", "refuser", "signer",
           "autoriser", "annuler", "marquer", "debloquer", "regler", "confirmer", "accepter", "virer",
           "enregistrer", "passer", "lancer", "declencher", "effectuer", "decaler", "reporter", "programmer",
           "planifier", "imputer", "reimputer", "reclasser", "antidater"),
    "es": ("aprobar", "rechazar", "contabilizar", "pagar", "borrar", "eliminar", "cambiar", "autorizar", "firmar",
           "anular", "marcar", "desbloquear", "registrar", "confirmar", "aceptar", "procesar", "abonar", "liquidar",
           "modificar", "liberar", "tramitar", "ejecutar", "aprobarias", "pagarias", "rechazarias", "autorizarias",
           "aprobaria", "pagaria", "programar", "aplazar", "posponer", "reclasificar", "imputar", "liberarse",
           "aprobarse", "pagarse", "antedatar", "retrotraer"),
    "nl": ("goedkeuren", "afkeuren", "vrijgeven", "afwijzen", "boeken", "betalen", "verwijderen", "wijzigen",
           "annuleren", "markeren", "ondertekenen", "tekenen", "accorderen", "bevestigen", "accepteren",
           "deblokkeren", "verwerken", "goed te keuren", "doorzetten", "inplannen", "verschuiven", "uitstellen",
           "herboeken", "omboeken", "terugdateren", "aftekenen", "afstempelen"),
}
# Putting an invoice into a payment run is paying it: an imperative verb of putting with a payment run
# anywhere after it ("push X into the payment run", "nimm X in den Zahllauf", "zet X in de betaalrun").
PUT_VERBS = {
    "en": ("put", "push", "add", "include", "move", "slot", "queue", "throw", "stick"),
    "de": ("nimm", "nehm", "setz", "setze", "pack", "packe", "schieb", "schiebe", "tu", "tue", "nehmt", "stell"),
    "fr": ("mets", "mettez", "ajoute", "ajoutez", "inclus", "incluez", "integre", "integrez", "glisse", "rajoute"),
    "es": ("mete", "meta", "pon", "ponga", "anade", "anada", "incluye", "incluya", "agrega", "agregue", "mueve"),
    "nl": ("zet", "stop", "voeg", "neem", "doe", "plaats", "gooi"),
}
PAY_RUNS = {  # the English words are office jargon in every language ("in den Payment-Run packen")
    "en": ("payment run", "pay run", "payment batch", "payrun", "payment proposal", "check run"),
    "de": ("zahllauf", "zahlungslauf", "zahlungsvorschlag", "zahlungsliste", "zahlungsbatch", "payment run",
           "zahlungsrunde", "in eine zahlung", "in die nachste zahlung"),
    "fr": ("lot de paiement", "campagne de paiement", "virements", "proposition de paiement", "payment run",
           "paiements du jour", "dans le prochain virement"),
    "es": ("remesa", "lote de pagos", "lote de pago", "propuesta de pago", "corrida de pagos", "corrida de pago",
           "payment run", "pagos de hoy"),
    "nl": ("betaalrun", "betalingsrun", "betaalbatch", "betaalvoorstel", "betalingsronde", "payment run",
           "betaling van vandaag", "betalingen van vandaag"),
}
# The verbs of putting last, as German and Dutch say them ("in den Zahllauf packen", "in de betaalrun meenemen"),
# or as an infinitive after "can you" ("peux-tu la mettre dans le lot de paiement").
PUT_LAST = ("packen", "reinpacken", "nehmen", "aufnehmen", "mitnehmen", "setzen", "schieben", "meenemen", "zetten",
            "opnemen", "toevoegen", "mettre", "ajouter", "inclure", "meter", "poner", "incluir", "agregar", "anadir",
            "put", "add", "include")
for _lang, _verbs in PUT_VERBS.items():
    IMPERATIVES[_lang] += tuple(f"{verb}+{run}" for verb in _verbs for run in PAY_RUNS[_lang])
ACT_VERBS: dict[str, tuple[str, ...]] = {  # every act word, for telling the language
    lang: tuple(dict.fromkeys(w for v in IMPERATIVES[lang] + INFINITIVES[lang] for w in v.split("+")))
    for lang in IMPERATIVES}
# Words before a command that keep it a command ("ok, please approve ...", "bitte jetzt buchen").
POLITE = ("please", "pls", "plz", "pleeease", "kindly", "just", "now", "go ahead and", "bitte", "jetzt", "sofort",
          "s'il te plait", "s'il vous plait", "stp", "svp", "maintenant", "tout de suite", "por favor", "porfa",
          "porfis", "porfi", "xfa", "ahora", "ya", "alsjeblieft", "alstublieft",
          "aub", "nu", "meteen", "direct", "gewoon", "einfach",
          # a formal letter's request: "Merci d'approuver ...", "Le ruego apruebe ...", "Je vous prie de ..."
          "merci d", "je vous prie", "veuillez", "le ruego", "te ruego", "les ruego", "ruego")
# Words that may open a command without making it one ("ok, and approve ..."): skipped before the verb.
OPENERS = ("ok", "okay", "then", "and", "hey", "hi", "so", "come on", "go on", "alright", "mal", "dann", "und",
           "also", "komm", "alors", "et", "bon", "vas y", "allez", "allez y", "y", "pues", "vale", "venga",
           "adelante", "oye", "bueno", "me", "nos", "en", "dan", "oke", "even", "graag", "toe", "kom op",
           "tu",  # the subject said before the imperative: "tú aprueba la de Acme", "tu valide celle-ci"
           # greetings and apologies before the message
           "morning", "good morning", "hello", "hiya", "sorry", "moin", "hallo", "servus", "morgen", "guten morgen",
           "salut", "bonjour", "coucou", "hola", "buenas", "buenos dias", "goeiemorgen", "goedemorgen", "hoi")
# "can you ...": a request to act when an act verb follows.
CAN_YOU = ("can you", "could you", "would you", "will you", "can u", "you can", "i want you to", "i need you to",
           "go ahead and", "you should", "you must",
           "kannst du", "konntest du", "konnen sie", "konnten sie", "wurdest du", "wurden sie", "du kannst",
           "mach mal", "ich will dass du", "ich mochte dass du",
           "peux tu", "pouvez vous", "pourrais tu", "pourriez vous", "tu peux", "vous pouvez", "tu pourrais",
           "je veux que tu", "merci de",
           "puedes", "podrias", "puede usted", "podria", "me puedes", "quiero que",
           "kun je", "kunt u", "kan je", "zou je", "zou u", "wil je", "wilt u", "kun jij")
# Verbs that ask for information: "can you tell me who may approve it?" is a question, not a command.
INFO_VERBS = ("tell", "show", "check", "look", "explain", "find", "see", "list", "say", "give",
              "sagen", "zeigen", "nachsehen", "nachschauen", "prufen", "erklaren", "schauen", "sag", "zeig",
              "dire", "montrer", "verifier", "regarder", "expliquer", "voir", "dis", "montre",
              "decir", "mostrar", "mirar", "explicar", "ver", "revisar", "comprobar", "dime", "muestrame",
              "zeggen", "tonen", "kijken", "controleren", "uitleggen", "laten", "zien", "vertel", "nagaan",
              # verbs that fetch or hand over what was asked for ("paste the log here", "pásame la lista")
              "paste", "dump", "copy", "grab", "fetch", "pull", "send", "share", "bring", "summarize", "summarise",
              "compare", "describe", "review", "open", "display", "recap", "print", "walk", "remind", "get",
              "kopier", "kopiere", "schick", "schicke", "hol", "hole", "fass", "vergleich", "vergleiche", "erinner",
              "colle", "copie", "envoie", "resume", "compare", "decris", "affiche", "sors", "sortir", "balance",
              "rappelle", "transmettre", "transmets", "transmettez", "envoyer", "envoyez", "communiquer",
              "provide", "zusenden", "ubermitteln", "enviar", "pasame", "toesturen",
              "pega", "copia", "manda", "envia", "trae", "resume", "compara", "describe", "suelta", "saca", "recuerda",
              "plak", "kopieer", "stuur", "vat", "vergelijk", "beschrijf", "herinner",
              # verbs that gather a list ("tu peux lister les factures qu'on paie trop cher ?")
              "compile", "gather", "lister", "liste", "rassembler", "rassemble", "recenser", "listar", "lista",
              "reunir", "reune", "auflisten", "aufzahlen", "zusammenstellen", "opsommen", "oplijsten", "verzamelen",
              # the imperatives of asking verbs, and adverbs that open a request ("kurz PO 2001 anzeigen")
              "erklare", "erklar", "such", "suche", "zeige", "prufe", "pruf", "explique", "expliquez", "verifie",
              "cherche", "regarde", "explica", "explique", "abre", "busca", "mira", "revisa", "comprueba", "buscar",
              "retrouve", "retrouver", "opzoeken", "zoek+op",
              # verbs that dig something out ("could you dig out the invoices that ...", "heraussuchen")
              "dig", "hunt", "heraussuchen", "raussuchen", "denicher", "deniche", "buscame",
              "localiza", "localizar", "opdiepen", "diep",
              "leg", "zoek", "bekijk", "check", "toon", "kurz", "schnell", "snel", "quick", "quickly", "vite",
              "rapido", "briefly", "eben")
# Idioms that read as a command verb with its particle but ask to see a list ("zet alle facturen op een rij"), and
# a state said with an act's verb, a list's filter ("facturen die we te laat betalen", "sin firmar"). Folded.
LIST_IDIOMS = ("op een rij", "op een rijtje", "op een lijstje", "te laat betalen", "te laat betaald",
               "paying late", "zu spat zahlen", "zu spat bezahlen", "payons en retard", "payer en retard",
               "pagamos tarde", "pagando tarde", "sin firmar", "sin aprobar", "por firmar",
               "fehlendem okay", "fehlendes okay", "fehlender freigabe", "ohne okay", "sin pagar", "still unpaid")
# A list to make is one to see: "can you set up a list of invoices approved last week", "create me a report of the
# rejected ones" ask for what "show" would (the other languages' "erstellen", "créer", "crear", "maken" act on nothing)
LIST_MADE = re.compile(r"\b(?:set\s+up|create|make|draw\s+up|build|prepare)\s+(?:me\s+|us\s+)?(?:a|an)\s+"
                       r"(?:(?:quick|short|new|full)\s+)?(?:list|report|overview|summary|table|rundown|breakdown)\b",
                       re.I)
# A debate to settle is no invoice to settle: "Settle a debate: ...", "Tranche un débat", "Resuélveme una discusión",
# "Beslecht even een discussie", "einen Streit zu schlichten": the verb, a few words, the dispute (or the dispute,
# then the German or Dutch verb), taken out before a message is read for a command
SETTLED = re.compile(r"\b(?:settle|resolve|decide|tranche[rz]?|r[ée]sou[st]|resu[ée]lve(?:me|nos)?|beslecht|beslis|"
                     r"schlichte?|entscheide?)\b(?:\s+\S+){0,3}?\s+(?:debate|argument|bet|disagreement|discussion|"
                     r"streit|diskussion|wette|d[ée]bat|pari|discusi[óo]n|apuesta|discussie|ruzie|weddenschap)\b|"
                     r"\b(?:streit|diskussion|wette|discussie|ruzie)\b(?:\s+\S+){0,2}?\s+(?:zu\s+|te\s+)?"
                     r"(?:schlichten|entscheiden|beslechten|beslissen)\b", re.I)
# Asking to be given the right to decide: a change to the policy, refused. Raising one's limit ("raise my approval
# limit", "heb mein Freigabelimit an", "augmente ma limite", "súbeme el límite", "verhoog mijn goedkeuringslimiet");
# being made someone's stand-in ("make me Priya's delegate", "mach mich zu ihrer Vertretung", "fais
# de moi le suppléant", "ponme como suplente", "maak mij Priya's vervanger"). Folded.
RAISE_VERBS = ("raise", "increase", "bump", "lift", "up", "extend", "double", "erhohe", "erhoh", "heb", "hebe",
               "verdopple", "augmente", "augmentez", "monte", "montez", "releve", "relevez", "sube", "subeme",
               "aumenta", "aumentame", "amplia", "ampliame", "verhoog", "verdubbel")
MAKE_VERBS = ("make", "mach", "mache", "fais", "faites", "nomme", "nommez", "hazme", "ponme", "nombrame", "maak",
              "benoem", "zet")
SELF_OBJECTS = ("me", "mich", "moi", "mij")
STAND_INS = ("delegat", "deputy", "proxy", "backup", "vertret", "vertrete", "suppleant", "remplacant", "suplente",
             "sustitut", "vervanger", "gedelegeerd")  # not "approver": "make me a list of approvers" asks
# A duty to act on a thing, then the act done ("X needs to be posted today", "X muss heute verbucht
# werden", "X doit être comptabilisée", "X se tiene que contabilizar", "X moet ingeboekt worden",
# "make sure X goes out with today's payments"): a request, unless asked as a question with no "do it".
DUTIES = ("needs to be", "need to be", "has to be", "have to be", "must be", "should be", "make sure", "ensure",
          "muss", "mussen", "soll", "sollte", "sorg dafur", "sorge dafur", "stell sicher", "stelle sicher",
          "doit etre", "doivent etre", "il faut", "assure toi", "assurez vous", "fais en sorte", "veille a",
          "tiene que", "tienen que", "hay que", "asegurate", "asegurese",
          "moet", "moeten", "zorg dat", "zorg ervoor")
DONE = ("posted", "paid", "approved", "booked", "deleted", "removed", "rejected", "released", "recoded",
        "reclassified", "payments", "paid out",
        "verbucht", "gebucht", "bezahlt", "genehmigt", "freigegeben", "geloscht", "storniert", "abgelehnt",
        "uberwiesen", "umgebucht", "umkontiert", "zahlungen",
        "comptabilisee", "comptabilise", "comptabilisees", "payee", "paye", "payees", "validee", "approuvee",
        "supprimee", "rejetee", "reglee", "paiements",
        "contabilizar", "contabilizada", "contabilizado", "pagar", "pagada", "pagado", "aprobar", "aprobada",
        "borrar", "borrada", "registrar", "registrada", "pagos",
        "geboekt", "ingeboekt", "betaald", "goedgekeurd", "verwijderd", "afgewezen", "betalingen",
        "liberada", "liberado", "vrijgegeven")
# "... can you do that?": the act named before it ("kannst du das machen", "tu peux t'en charger").
DO_IT = ("do that", "do it", "do this", "handle it", "handle that", "take care of it", "take care of that",
         "das machen", "das erledigen", "das ubernehmen", "t en charger", "t en occuper", "le faire", "vous en charger",
         "lo puedes hacer", "hacerlo", "encargarte", "lo haces", "te encargas", "dat doen", "dat regelen", "het doen",
         "dat even doen", "das jetzt machen", "das gleich machen", "dat nu doen", "voor me doen", "voor mij doen",
         "do no", "handle no", "le faire maintenant", "hacerlo ya", "lo puedes hacer ya", "te encargas tu")

# "ok thanks.": an answer acknowledged, no act
THANKS = frozenset({"thanks", "thank", "thx", "ty", "cheers", "danke", "merci", "gracias", "bedankt", "dank", "top",
                    "great", "cool", "super", "perfect", "prima", "parfait", "perfecto", "genial", "perfekt"})
# another's duty after a relative: "die noch jemand abzeichnen muss", "that someone has to approve"
MODALS = frozenset({"muss", "mussen", "soll", "sollen", "darf", "durfen", "kann", "konnen", "mag", "moet", "moeten",
                    "mogen", "must", "has", "have", "needs", "need", "may", "should", "doit", "doivent", "peut",
                    "peuvent", "debe", "deben", "tiene", "tienen", "puede", "pueden"})
# whose, or what kind: before an act word, a noun's ("someone's approval queue", "our payment run", "meine Freigabe")
OWNERS = frozenset({"my", "your", "our", "their", "his", "her", "s", "approval", "payment", "mein", "meine",
                    "meinen", "deine", "deinen", "unsere", "unseren", "mon", "ma", "mes", "ton", "ta", "tes", "notre",
                    "nos", "votre", "vos", "mis", "tus", "nuestra", "nuestro", "nuestros", "nuestras", "mijn", "jouw",
                    "onze"})
WHICH = frozenset({"that", "which", "die", "dat", "qui", "que"})  # a relative's head right before its verb

# the closed-class words acts.py reads a clause by
WHETHER = frozenset({"whether", "if", "ob", "si", "of"})
# "already" before the act done asks whether it happened: "is de factuur die we ... moeten voldoen al betaald"
ALREADY = frozenset({"already", "schon", "bereits", "deja", "ya", "al", "reeds"})
WHO = frozenset({"who", "wer", "qui", "quien", "wie"})
ASKS = WHO | WHETHER
# what someone else may do, said in a clause after "can you": "... dat een goedkeurder mag aftekenen", "... was ein
# Freigeber abzeichnen darf" (the verb before "darf" is no "kannst du ... freigeben")
MAY = frozenset({"mag", "mogen", "may", "darf", "durfen", "peut", "peuvent", "puede", "pueden"})
WHETHER_NEXT = frozenset((w,) for w in WHETHER)
NOUN_TOO = frozenset({"ok", "okay"})  # an act's word that is a noun after a determiner ("das Okay", "het okay")
GIVE = frozenset({"give", "geben", "gib", "geven", "geef", "donner", "donne", "dar", "da", "des"})
YOU_NEXT = frozenset((w,) for w in ("you", "u", "du", "tu", "vous", "jij", "je", "usted", "ya"))
ARTICLES = frozenset({"a", "an", "the", "ein", "eine", "einen", "einem", "un", "une", "el", "una", "een", "het",
                       "du", "des", "au", "aux", "del", "dem"})  # never before a verb: "le process du mois"
# before a noun, so a word after one is no verb mistyped ("de toner" is no "tonen"); after a verb no lexicon knows,
# they open its object ("bin the duplicate", "lift the hold on X"): a command the planner refuses
BEFORE_NOUN = ARTICLES | {"de", "het", "der", "die", "das", "den", "le", "la", "les", "los", "las"}
EACH = frozenset({"every", "each", "jeden", "jede", "jedes", "jedem", "jeder", "chaque", "cada", "elke", "ieder",
                   "iedere"})
TO_MARKERS = frozenset({"to", "zu", "a", "x", "por", "te", "para"})  # an infinitive's marker: "something to approve"
# a pronoun as the subject of the verb after it: a statement or question about the thing, not a command (not
# German or Dutch ones, which are objects too before a verb at the end: "kun je het goedkeuren?")
WH = frozenset("what which why where when how welche warum wo wann wieso weshalb quoi quel quelle pourquoi ou quand "
                "comment cual cuales donde cuando wat welke waarom waar wanneer hoe".split())  # a question's own word
STILL = frozenset({"asked", "supposed", "left", "still", "waiting", "yet", "due"})  # "... to approve": what waits
# an indefinite person as the one who acts: "could anyone approve it?", "kann die nicht einfach jeder freigeben?"
ANYONE = frozenset({"anyone", "anybody", "someone", "somebody", "jemand", "jeder", "irgendwer", "irgendjemand",
                     "quelqu", "alguien", "cualquiera", "iemand", "iedereen"})
ME_NEXT = frozenset((w,) for w in SELF_OBJECTS)
SUBJECTS = frozenset({"it", "he", "she", "they", "il", "elle", "ils", "elles", "ca", "cela", "ella", "ellos",
                       "ellas"})
WRITERS = frozenset({"i", "we", "ich", "wir", "je", "on", "nous", "yo", "nosotros", "ik", "wij"})  # the writer acts
# what begins a clause that draws a consequence ("..., so unblock it", "..., also gib sie frei", "..., donc valide-la")
THEREFORE = frozenset({"so", "then", "therefore", "also", "dann", "daher", "deshalb", "alors", "donc", "entonces",
                        "pues", "dus", "daarom"})
