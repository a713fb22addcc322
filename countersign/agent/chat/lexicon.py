"""The offline planner's small multilingual lexicon: cue words per intent, and function words.

Words are written as the planner compares them: lower case, accents removed ("hängt" is
"hangt"). A cue ending in "*" is a stem (matches any word it begins); a cue with a space is a
phrase (matched in the normalized text). Languages: en, de, fr, es, nl. Kept as data so a cue
is added here, not in code.

Grown from the in-sample questions of `evals.agent` (evals/agent_bank.py) and the first English
planner; an entry that only the held-out questions use was removed, so the held-out score
measures words the planner was not given.
"""

from __future__ import annotations

LANGS = ("en", "de", "fr", "es", "nl")

# intent -> lang -> cues. Each cue found adds 1 to the intent's score (phrases 2).
CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "status": {
        "en": ("why", "stuck", "stall*", "status", "where", "happen*", "held", "hold*", "going on", "how come",
               "progress", "blocked", "delay*", "standing", "stand", "what about"),
        "de": ("warum", "hangt", "fest", "stand", "status", "los", "passiert", "wieso", "weshalb", "blockiert",
               "verzoger*", "hakt"),
        "fr": ("pourquoi", "bloque*", "statut", "ou en est", "passe", "coince*", "etat", "retard*", "en est",
               "avancement"),
        "es": ("por que", "atascad*", "estado", "pasa", "bloquead*", "detenid*", "como va"),
        "nl": ("waarom", "vast", "status", "staat", "ervoor", "geblokkeerd", "hoe zit"),
    },
    "approve_word": {
        "en": ("approv*", "sign", "signs", "sign off", "authori*"),
        "de": ("freigeb*", "freigab*", "genehmig*", "unterschreib*", "abzeichn*", "freizugeben"),
        "fr": ("approuv*", "valid*", "sign*", "autoris*", "approbation*"),
        "es": ("aprob*", "autoriz*", "firma*", "aprueb*"),
        "nl": ("goedkeur*", "goedgekeurd", "accorder*", "teken*", "akkoord", "ondertek*"),
    },
    "who": {
        "en": ("who", "whom", "which approver"),
        "de": ("wer", "wem"),
        "fr": ("qui",),
        "es": ("quien", "quienes"),
        "nl": ("wie",),
    },
    "me": {
        "en": ("me", "my", "i", "mine"),
        "de": ("mich", "mir", "ich", "meine*"),
        "fr": ("moi", "je", "m", "mes", "ma", "mon"),
        "es": ("tenga", "mi", "me", "yo", "tengo", "mis"),
        "nl": ("mij", "ik", "mijn", "me"),
    },
    "pending": {
        "en": ("waiting", "wait*", "pending", "queue", "inbox", "to sign", "sign", "need* my", "approvals", "to do"),
        "de": ("wartet", "warten", "offen*", "unterschreiben", "freigaben", "genehmigen", "muss"),
        "fr": ("attend*", "signer", "valider", "approuver", "approbations", "en attente"),
        "es": ("espera*", "firmar", "pendiente*", "aprobaciones"),
        "nl": ("wacht*", "tekenen", "goedkeuren", "openstaand*", "goedkeuringen", "moet"),
    },
    "invoice_noun": {
        "en": ("invoice", "bill"),
        "de": ("rechnung",),
        "fr": ("facture",),
        "es": ("factura",),
        "nl": ("factuur",),
    },
    "list": {
        "en": ("which", "list", "all", "any", "show", "what invoices"),
        "de": ("welche", "alle", "liste", "zeig*", "gibt es"),
        "fr": ("quelles", "quels", "toutes", "liste", "montre*", "y a t il", "y a-t-il"),
        "es": ("que facturas", "cuales", "todas", "lista", "muestra*", "hay"),
        "nl": ("welke", "alle", "lijst", "laat", "toon"),
    },
    "invoices": {
        "en": ("invoices", "bills"),
        "de": ("rechnungen",),
        "fr": ("factures",),
        "es": ("facturas",),
        "nl": ("facturen",),
    },
    "blocked": {
        "en": ("blocked", "stuck", "on hold"),
        "de": ("blockiert", "gesperrt", "hangen"),
        "fr": ("bloquee*", "bloque*"),
        "es": ("bloquead*", "atascad*"),
        "nl": ("geblokkeerd", "vast"),
    },
    "waiting": {
        "en": ("waiting", "awaiting", "pending approval", "pending"),
        "de": ("in freigabe", "wartend*", "warten*"),
        "fr": ("en attente",),
        "es": ("pendiente*", "esperando"),
        "nl": ("in afwachting", "wachtend*"),
    },
    "overdue": {
        "en": ("overdue", "past due", "late"),
        "de": ("uberfallig", "verspatet"),
        "fr": ("en retard", "echue*"),
        "es": ("vencid*", "atrasad*"),
        "nl": ("achterstallig", "te laat", "vervallen"),
    },
    "over_budget": {
        "en": ("over budget", "above budget", "overbilled"),
        "de": ("uber budget", "budget"),
        "fr": ("hors budget", "budget"),
        "es": ("sobre presupuesto", "presupuesto"),
        "nl": ("boven budget", "budget"),
    },
    "over": {
        "en": ("over", "above", "more than", "greater than", "exceeding"),
        "de": ("uber", "mehr als", "oberhalb"),
        "fr": ("plus de", "superieur*"),
        "es": ("mas de", "sobre"),
        "nl": ("boven", "meer dan"),
    },
    "this_week": {
        "en": ("this week",),
        "de": ("dieser woche",),
        "fr": ("cette semaine",),
        "es": ("esta semana",),
        "nl": ("deze week",),
    },
    "from": {
        "en": ("from", "by"),
        "de": ("von", "vom"),
        "fr": ("de", "du", "d"),
        "es": ("de", "del"),
        "nl": ("van",),
    },
    "variance": {
        "en": ("varian*", "differ*", "discrepan*", "mismatch*", "price", "prices", "overbill*"),
        "de": ("abweich*", "unterschied*", "preis*", "weicht"),
        "fr": ("ecart*", "different*", "differe*", "prix"),
        "es": ("diferencia*", "diferent*", "distint*", "precio*"),
        "nl": ("afwijk*", "verschil*", "anders", "prijs*"),
    },
    "po": {
        "en": ("look up", "lookup", "purchase order", "order", "details", "show"),
        "de": ("bestellung", "nachschlagen", "details", "zeig*"),
        "fr": ("bon de commande", "commande", "cherche*", "details"),
        "es": ("orden de compra", "pedido", "busca*"),
        "nl": ("inkooporder", "bestelling", "zoek*", "details", "toon"),
    },
    "vendor": {
        "en": ("match vendor", "find vendor", "match", "find", "who is", "vendor", "supplier", "called"),
        "de": ("wer ist", "lieferant*"),
        "fr": ("qui est", "fournisseur"),
        "es": ("quien es", "proveedor"),
        "nl": ("wie is", "leverancier"),
    },
    "deal": {
        "en": ("invoiced", "billed", "deal", "opportunity"),
        "de": ("fakturiert", "abgerechnet", "deal", "verkaufschance"),
        "fr": ("facture", "factures", "opportunite"),
        "es": ("facturado", "oportunidad"),
        "nl": ("gefactureerd", "gefactureerd", "kans", "deal"),
    },
    "audit": {
        "en": ("audit", "trail", "history", "who did", "log"),
        "de": ("prufpfad", "wer hat", "historie", "protokoll"),
        "fr": ("piste", "audit", "qui a fait"),
        "es": ("historial", "auditoria", "quien hizo"),
        "nl": ("audittrail", "audit", "wie heeft", "historie"),
    },
    "sync": {
        "en": ("sync", "to the erp", "bill the customer"),
        "de": ("synchronis*", "ins erp"),
        "fr": ("synchronis*",),
        "es": ("sincroniz*",),
        "nl": ("synchronis*",),
    },
    "extraction": {
        "en": ("read from", "extract*", "fields", "confidence"),
        "de": ("gelesen", "felder"),
        "fr": ("lu", "champs"),
        "es": ("leido", "campos"),
        "nl": ("gelezen", "velden"),
    },
    "draft": {
        "en": ("draft", "the bill for", "gl account", "gl coding"),
        "de": ("entwurf",),
        "fr": ("brouillon",),
        "es": ("borrador",),
        "nl": ("concept",),
    },
}

# Imperatives and requests to act, per language (the planner refuses these).
ACT_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("approve", "reject", "post", "pay", "override", "bypass", "skip", "delete", "remove", "change", "update",
           "edit", "mark", "set", "create", "release", "decline", "authorize", "authorise"),
    "de": ("genehmige", "genehmigen", "freigeben", "gib", "buchen", "lehne", "ablehnen", "bezahle", "zahle", "losche",
           "andere", "storniere"),
    "fr": ("approuve", "approuvez", "approuver", "rejette", "rejetez", "rejeter", "valide", "validez", "comptabilisez",
           "paie", "payez", "supprime", "modifie", "refuse", "refusez"),
    "es": ("aprueba", "apruebe", "rechaza", "rechace", "rechazar", "contabilice", "paga", "pague", "borra", "elimina",
           "cambia", "autoriza"),
    "nl": ("keur", "goedkeuren", "wijs", "afwijzen", "boeken", "betaal", "verwijder", "wijzig"),
}
POLITE = ("please", "pls", "just", "now", "go ahead and", "bitte", "jetzt", "s'il te plait", "maintenant", "por favor",
          "ahora", "ya", "alsjeblieft", "nu")
CAN_YOU = ("can you", "could you", "would you", "will you", "konntest du", "konnen sie", "pouvez-vous", "pouvez vous",
           "podrias", "puede usted", "kunt u", "wil je")

# Function words per language: for telling the language, and left out of a reference.
STOP: dict[str, tuple[str, ...]] = {
    "en": ("and", "the", "a", "an", "is", "are", "was", "of", "on", "in", "to", "for", "it", "this", "that", "what",
           "whats", "what's", "s", "and", "with", "there", "has", "have", "been", "yet", "me", "my", "i", "do", "can",
           "up", "about", "tell", "please", "invoice", "bill", "one", "us", "any", "so", "how", "come", "from", "by",
           "vendor", "supplier", "called", "still", "its"),
    "de": ("der", "weisst", "weiss", "du", "uber", "den", "die", "das", "den", "dem", "des", "ein", "eine", "ist",
           "sind", "mit", "und", "von", "es", "gibt", "noch", "schon", "was", "wie", "mir", "mich", "ich", "bitte",
           "rechnung", "nicht", "wurde", "auf", "bei", "uber", "dieser", "kann", "darf", "sie", "du", "mal"),
    "fr": ("le", "quel", "quelle", "la", "les", "l", "une", "est", "sont", "de", "du", "des", "d", "et", "pour", "sur",
           "en", "qu", "que", "quoi", "il", "elle", "ce", "qui", "a", "t", "y", "moi", "je", "facture", "pas",
           "encore", "avec", "aux", "peut", "s", "te", "plait"),
    "es": ("el", "cual", "cuales", "tenga", "la", "los", "las", "una", "es", "son", "de", "del", "y", "por", "en",
           "que", "se", "ha", "ya", "mi", "me", "factura", "con", "al", "lo", "le", "todavia", "aun", "esta", "algo"),
    "nl": ("de", "het", "is", "zijn", "van", "en", "op", "in", "aan", "wat", "er", "mij", "ik", "factuur", "met",
           "nog", "al", "niet", "die", "dat", "deze", "hem", "me", "over", "kan", "mag"),
}
# Written marks that give a language away even in a short question.
MARKS = {
    "de": ("ä", "ö", "ü", "ß"),
    "es": ("¿", "¡", "ñ"),
    "fr": ("ç", "è", "ê", "à", "ù", "œ"),
    "nl": ("ij",),
}
