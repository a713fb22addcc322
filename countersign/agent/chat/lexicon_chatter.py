"""The words around a question that name nothing, in the five languages (folded): understand.py drops
them from the words left for a name."""

from __future__ import annotations

# What people say around a question and name nothing by: preambles ("remind me", "quick sanity
# check", "dumb question, but"), excuses ("sry on my phone"), bumps ("bump — nobody got back to
# me yesterday"), hedges ("correct me if I'm wrong"). Dropped from the words left for a name; not
# counted for the language. Folded.
CHATTER: dict[str, tuple[str, ...]] = {
    "en": ("remind", "reminder", "sanity", "check", "quick", "quickly", "dumb", "silly", "stupid", "question",
           "bump", "bumping", "sorry", "sry", "phone", "mobile", "rn", "cant", "app", "correct", "wrong", "urgent",
           "but", "actually", "today", "yesterday", "tomorrow", "nobody", "anyone", "anybody", "somebody", "someone",
           "back", "help", "doing", "just", "really", "also", "maybe", "guess", "think", "wondering", "curious",
           "wanted", "ask", "asking", "mind", "per", "message", "fyi", "btw", "asap", "pls", "plz", "thx", "lol",
           "todo", "enough", "hurry", "rush", "busy", "meeting", "boss", "manager", "team", "folks", "guys"),
    "de": ("erinner", "erinnere", "erinnern", "kurzer", "kurze", "kurz", "plausi", "check", "blode", "dumme",
           "frage", "eilig", "sorry", "handy", "grad", "komm", "komme", "rein", "app", "korrigier", "korrigiere",
           "falsch", "falschliege", "liege", "schieb", "nochmal", "hoch", "gestern", "heute", "morgen", "keiner",
           "niemand", "jemand", "geantwortet", "hilfst", "helfen", "punkt", "klaren", "eben", "halt", "bloss",
           "wohl", "vielleicht", "immer", "nachricht", "geschrieben", "dringend", "stress"),
    "fr": ("rappelle", "rappeler", "petite", "petit", "verif", "verification", "rapide", "vite", "question", "bete",
           "urgent", "dsl", "desole", "tel", "telephone", "arrive", "ouvrir", "appli", "corrige", "trompe",
           "remonte", "besoin", "savoir", "personne", "repondu", "hier", "aujourd", "hui", "demain", "aides", "aide",
           "aider", "juste", "vraiment", "peut-etre", "message", "indique", "bref"),
    "es": ("recuerdame", "recordar", "comprobacion", "rapida", "rapido", "pregunta", "tonta", "corre", "prisa",
           "perdon", "toy", "estoy", "movil", "abre", "ap", "app", "corrigeme", "equivoco", "subo", "sigo",
           "necesitando", "saber", "nadie", "alguien", "contesto", "ayer", "hoy", "manana", "ayudas", "ayudar",
           "solo", "igual", "mensaje", "decia", "urgente", "oye", "consulta", "consultas", "duda"),
    "nl": ("help", "herinneren", "herinner", "sanity", "check", "domme", "vraag", "haast", "sorry", "telefon",
           "telefoon", "krijg", "app", "open", "verbeter", "mis", "omhoog", "wil", "weten", "gisteren",
           "reageerde", "niemand", "iemand", "vandaag", "morgen", "helpen", "help", "vorige", "bericht",
           "zoals", "snel", "dringend", "eigenlijk"),
}
