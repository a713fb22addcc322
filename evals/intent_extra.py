"""Training-only questions for the intent model (evals/train_intent.py) that no eval bank asks:
things outside what the chat can do. With them the model learns a "none" class, so a question about
the weather or a request for a poem gets "I can't help with that" instead of the nearest tool.
Not an eval: nothing here is scored.
"""

from __future__ import annotations

NONE = "none"

UNSUPPORTED: dict[str, list[str]] = {
    "en": ["write me a poem about invoices", "what's the weather like in Berlin tomorrow?", "tell me a joke",
           "who won the game last night?", "what is the capital of Australia?", "help me write a python script",
           "translate this paragraph into Japanese", "book a meeting room for 3pm", "order lunch for the team",
           "what should I get my boss for her birthday?", "how do I reset my laptop password?",
           "summarize the news today", "what's 17 times 23?", "recommend a good book on leadership",
           "can you draft a cover letter for me", "what time is it in Tokyo"],
    "de": ["schreib mir ein Gedicht über Rechnungen", "wie wird das Wetter morgen in Hamburg?",
           "erzähl mir einen Witz", "wer hat gestern das Spiel gewonnen?", "was ist die Hauptstadt von Kanada?",
           "hilf mir bei einem Excel-Makro", "übersetz diesen Absatz ins Englische",
           "buch mir einen Besprechungsraum für 15 Uhr", "bestell Mittagessen fürs Team",
           "was schenke ich meiner Chefin zum Geburtstag?", "wie setze ich mein Laptop-Passwort zurück?",
           "fass mir die Nachrichten von heute zusammen", "was ist 17 mal 23?",
           "kannst du mir ein gutes Buch empfehlen?", "schreib mir ein Anschreiben für eine Bewerbung",
           "wie spät ist es in New York"],
    "fr": ["écris-moi un poème sur les factures", "quel temps fera-t-il demain à Lyon ?", "raconte-moi une blague",
           "qui a gagné le match hier soir ?", "quelle est la capitale du Canada ?",
           "aide-moi à écrire une macro Excel", "traduis ce paragraphe en anglais",
           "réserve-moi une salle de réunion pour 15h", "commande le déjeuner pour l'équipe",
           "qu'est-ce que j'offre à ma cheffe pour son anniversaire ?",
           "comment je réinitialise le mot de passe de mon portable ?", "résume-moi l'actualité du jour",
           "combien font 17 fois 23 ?", "tu me conseilles un bon livre ?", "rédige-moi une lettre de motivation",
           "quelle heure est-il à Montréal"],
    "es": ["escríbeme un poema sobre facturas", "¿qué tiempo hará mañana en Sevilla?", "cuéntame un chiste",
           "¿quién ganó el partido anoche?", "¿cuál es la capital de Canadá?", "ayúdame con una macro de Excel",
           "traduce este párrafo al inglés", "resérvame una sala de reuniones para las 15h",
           "pide la comida para el equipo", "¿qué le regalo a mi jefa por su cumpleaños?",
           "¿cómo restablezco la contraseña del portátil?", "resúmeme las noticias de hoy",
           "¿cuánto es 17 por 23?", "¿me recomiendas un buen libro?", "redáctame una carta de presentación",
           "qué hora es en México"],
    "nl": ["schrijf een gedicht over facturen", "wat voor weer wordt het morgen in Utrecht?", "vertel een mop",
           "wie heeft gisteren de wedstrijd gewonnen?", "wat is de hoofdstad van Canada?",
           "help me met een Excel-macro", "vertaal deze alinea naar het Engels",
           "boek een vergaderruimte voor 15 uur", "bestel lunch voor het team",
           "wat geef ik mijn baas voor haar verjaardag?", "hoe reset ik het wachtwoord van mijn laptop?",
           "vat het nieuws van vandaag samen", "hoeveel is 17 keer 23?", "kun je een goed boek aanraden?",
           "schrijf een motivatiebrief voor me", "hoe laat is het in New York"],
}
