"""Sage Intacct adapter of the ERP port (XML Web Services over requests and lxml)."""
