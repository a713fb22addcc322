"""extract_invoice: read one invoice document (a PDF, or a CII / UBL e-invoice XML) into an
`ExtractedInvoice`, every field with its value, confidence and evidence.

The tool boundary of extraction: limits in (`max_bytes`, `max_pages`; OCR and decompression caps
are the reader's own), an `ExtractedInvoice` out, and `UnreadableDocument` with a short human
reason for input that cannot be read. It never writes anywhere: no file, no database, no
network (the optional model assist is passed in by the caller). The agent, the app and the evals
import extraction from here; how the reading is done lives in `countersign.extraction`.
"""

from __future__ import annotations

from countersign.extraction.pdf import UnreadableDocument
from countersign.extraction.reader import extract_invoice, extract_path

__all__ = ["UnreadableDocument", "extract_invoice", "extract_path"]
