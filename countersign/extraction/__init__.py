"""The reader behind the extract-invoice tool: PDF text, layout, values, labels, e-invoice XML."""
