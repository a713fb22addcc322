"""The reader behind the extract-invoice tool: PDF text, layout, values, labels, tables, e-invoice XML.

`reader` is the entry point and reads top to bottom; each step it calls has its own module.
Imports only the standard library, third-party packages and `countersign.domain`.
"""
