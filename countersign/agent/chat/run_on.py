"""Where a question begins when a remark runs into it without a stop.

People type in Slack the way they talk: "got glitter all over me from the office decorations has globex's invoice
been paid or not", "el yesero está mezclando yeso en un cubo en el pasillo pásame las facturas que suben de los
20.000". The remark's words are no vendor ("plaster") and no goods ("glitter"). With a dash between them the planner
already reads the remark as an aside; `dash_run_on` sets that dash where the question begins: at a question's verb
or list word followed by the invoice it asks about, after a remark of four words or more that names no invoice, holds
no figure (an id, an amount) and asks nothing itself. Pure text in, text out.
"""

from __future__ import annotations

import re

from countersign.agent.chat.known import fold
from countersign.agent.chat.shapes import INVOICE_WORD  # also in a compound ("Stahlwinkel-Rechnung")

# an auxiliary that opens a yes/no question ("has X's invoice been paid", "wurde die Rechnung bezahlt", "se ha pagado
# la factura", "is de factuur betaald"), or an imperative that asks for invoices ("pásame las facturas", "show me")
_VERBS = frozenset(("has", "have", "had", "was", "were", "is", "are", "did", "does", "wurde", "wurden", "ist", "sind",
                    "hat", "haben", "ha", "han", "fue", "esta", "estan", "zijn", "werd", "heeft", "hebben", "pasame",
                    "dame", "ensename", "muestrame", "show", "list", "zeig", "gib", "geef", "toon", "montre", "donne"))
# a question word, only with the invoices it asks for right after it ("which invoices", "welke facturen")
_WHICH = frozenset(("which", "what", "welche", "quelles", "quels", "cuales", "cuantas", "welke"))
_INVOICES = frozenset(("invoices", "bills", "rechnungen", "factures", "facturas", "facturen"))
_REMARK_WORDS = 4
_REACH = 5  # the invoice within five words of the verb ("has the northwind bill", "is de Duitse factuur")
# a remark that asks or binds what follows is the question's own start ("on what date was ...", "anything from
# globex that is ..."); a stop or a dash already ends a remark
_ASKING = frozenset(("what", "when", "where", "who", "why", "how", "which", "whether", "if", "that", "wann", "wo",
                     "warum", "wer", "ob", "dass", "quand", "ou", "qui", "quoi", "pourquoi", "si", "cuando", "donde",
                     "quien", "qu", "wanneer", "waar", "wat", "waarom", "hoe"))
_STOP = re.compile(r"[—–.!?:;\d]")  # a stop or a dash ends a remark already; a figure may be the question's own


def dash_run_on(text: str) -> str:
    """`text` with a dash where its question begins after a remark run into it; as it is otherwise."""
    tokens = text.split()
    folded = [fold(t) for t in tokens]
    for i in range(_REMARK_WORDS, len(tokens)):
        word, ahead = folded[i].split()[0] if folded[i] else "", folded[i + 1:i + 1 + _REACH]  # "montre-moi"
        if not (word in _VERBS and any(INVOICE_WORD.search(w) for w in ahead)
                or word in _WHICH and _INVOICES & set(folded[i + 1:i + 3])):
            continue
        said = " ".join(folded[:i])
        if _STOP.search(" ".join(tokens[:i])) or INVOICE_WORD.search(said) or _ASKING & set(said.split()):
            return text
        start = i - 1 if folded[i - 1] == "se" else i  # "se ha pagado": the reflexive opens it
        return " ".join(tokens[:start]) + " — " + " ".join(tokens[start:])
    return text
