"""extract_invoice: the guarded tool that reads an invoice PDF (or its embedded e-invoice XML).

The tool boundary: bytes and limits in, an `ExtractedInvoice` out; it never writes anywhere.
The reader behind it lives in extraction/.
"""

from countersign.extraction.reader import UnreadableDocument, extract_invoice, extract_path

__all__ = ["UnreadableDocument", "extract_invoice", "extract_path"]
