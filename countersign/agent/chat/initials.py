"""A name said by its initials ("the GIG invoice" for Globex Industrial GmbH): the resolver's and the deals'."""

from __future__ import annotations

import re

# A name said by its initials ("the GIG invoice" for Globex Industrial GmbH, "the UC one" for Umbrella Catering):
# two letters or more, in capitals, and none of the abbreviations a finance question uses for other things
_INITIALS = re.compile(r"(?<![\w-])[A-Z]{2,5}(?!\w|-\d)")  # "GIG-Rechnung"; "UC-77" is an id
_NOT_INITIALS = frozenset(("VAT", "EIN", "IBAN", "BIC", "ERP", "CRM", "USD", "EUR", "GBP", "CHF", "FYI", "ASAP",
                           "RAG", "SKU", "PDF", "GST", "TVA", "IVA", "BTW", "KPI", "EOD", "ETA", "TBD",
                           "PO", "AP", "AR", "IT", "OK", "HR", "US", "EU", "UK", "CC", "FX", "GL", "ID", "NR", "NO",
                           "QA", "PM", "AM", "CFO", "CEO", "COO", "CTO", "VP", "TY", "BC", "OC", "RE", "MWST"))


def said_initials(query: str, name: str) -> bool:
    """`query` names `name` by the initials of its words, with or without its legal form's ("GIG", "GI")."""
    words = re.findall(r"[^\W\d_]+", name)
    whole = "".join(w[0] for w in words).upper()
    forms = {whole, whole[:-1]} if len(words) >= 3 else {whole}
    return any(t in forms for t in _INITIALS.findall(query) if t not in _NOT_INITIALS)
