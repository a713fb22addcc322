"""An invoice by the ledger account its lines are coded to: "the invoice that's coded to COGS", "die Rechnung auf
dem Sachkonto Wareneinsatz", "la facture imputée au compte coût des marchandises", "la factura imputada a la
cuenta de coste de mercancías", "de factuur op de grootboekrekening kostprijs omzet".

People name an account by its kind in their own words, not by the chart's wording ("COGS" for "Cost of goods -
materials"). The kinds below are the usual expense and cost accounts of a chart, each with the words finance
people use for it in the five languages; a chart account is of a kind when its own name says one of them.
Pure: understand.py writes what is said as a token ("gl:cogs"), lookups.py matches it against the chart.
"""

from __future__ import annotations

import re

# What says "the account it is coded to" (folded): a coding verb, or a ledger account's noun
_CODED = re.compile(r"\b(?:coded|booked|charged|posted|allocated|expensed)\s+(?:to|against|on|under)\b|\bg ?l\b|"
                    r"\b(?:expense|ledger|cost) account\b|\b(?:sach|aufwands|gl|kosten|buchungs)?konto\b|"
                    r"\bkontiert\b|\bgebucht auf\b|\bimput\w*\b|\bcompte\b|\bcuenta\b|\bpartida\b|"
                    r"\b(?:grootboek|kosten)?rekening\b|\bgeboekt op\b")
KINDS: dict[str, tuple[str, ...]] = {  # folded phrases, in any language
    "cogs": ("cogs", "cost of goods", "cost of sales", "cost of revenue", "materials", "wareneinsatz",
             "materialaufwand", "herstellungskosten", "cout des marchandises", "cout des ventes",
             "achats de marchandises", "coste de mercancias", "coste de ventas", "costo de ventas",
             "costo de mercancias", "kostprijs omzet", "kostprijs van de omzet", "inkoopwaarde"),
    "office": ("office supplies", "office supply", "office expenses", "stationery", "buromaterial", "burobedarf",
               "fournitures de bureau", "fournitures", "material de oficina", "suministros de oficina",
               "kantoorbenodigdheden", "kantoorartikelen", "kantoorkosten"),
    "meals": ("meals", "entertainment", "hospitality", "bewirtung", "bewirtungskosten", "reprasentation",
              "frais de reception", "frais de representation", "repas", "gastos de representacion",
              "comidas", "atenciones", "representatiekosten", "relatiegeschenken", "maaltijden"),
    "services": ("professional services", "professional fees", "consulting", "consultancy", "beratung",
                 "beratungskosten", "honorare", "fremdleistungen", "honoraires", "services professionnels",
                 "conseil", "servicios profesionales", "honorarios", "consultoria", "advieskosten",
                 "professionele diensten", "adviesdiensten"),
    "tools": ("tools", "equipment", "werkzeuge", "werkzeug", "ausstattung", "betriebsausstattung", "outillage",
              "outils", "equipement", "herramientas", "equipos", "equipamiento", "gereedschap", "apparatuur",
              "inventaris"),
    "travel": ("travel", "reisekosten", "frais de deplacement", "deplacements", "gastos de viaje", "viajes",
               "reiskosten"),
    "rent": ("rent", "lease", "miete", "mietaufwand", "loyer", "alquiler", "arrendamiento", "huur"),
    "utilities": ("utilities", "energy", "nebenkosten", "energie", "charges locatives", "suministros",
                  "servicios publicos", "nutsvoorzieningen"),
    "software": ("software", "subscriptions", "saas", "licences", "licenses", "lizenzen", "logiciels",
                 "abonnements", "licencias", "suscripciones", "licenties", "abonnementen"),
    "marketing": ("marketing", "advertising", "werbung", "werbekosten", "publicite", "publicidad", "reclame"),
    "freight": ("freight", "shipping", "postage", "fracht", "frachtkosten", "versand", "porto", "transport",
                "fret", "port", "flete", "envio", "envios", "vracht", "verzendkosten"),
    "repairs": ("repairs", "maintenance", "reparaturen", "instandhaltung", "wartung", "entretien", "reparations",
                "mantenimiento", "reparaciones", "onderhoud", "reparaties"),
    "misc": ("miscellaneous", "sundry", "sonstige", "sonstiges", "divers", "diversos", "varios", "overige",
             "diversen"),
}
_KIND_OF = {phrase: kind for kind, phrases in KINDS.items() for phrase in phrases}
_PHRASES = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(_KIND_OF, key=len, reverse=True)) + r")\b")
GL_KIND = re.compile(r"\bgl:([a-z]+)\b")  # the token understand.py writes
GL_CODE = re.compile(r"\bGL (\d{3,8})\b")  # a ledger account by its number, as understand.py writes it


def kind_said(folded: str) -> str | None:
    """The kind of account a folded message says an invoice is coded to, as a token ("gl:cogs"): a kind's
    words within a few words after what says coding ("coded to COGS", "Sachkonto Wareneinsatz")."""
    for m in _CODED.finditer(folded):
        if said := _PHRASES.search(" ".join(folded[m.end():].split()[:6])):
            return f"gl:{_KIND_OF[said.group(0)]}"
    return None


def kinds_of(folded_name: str) -> set[str]:
    """The kinds a chart account's folded name says ("cost of goods materials": cogs)."""
    return {_KIND_OF[m.group(0)] for m in _PHRASES.finditer(folded_name)}
