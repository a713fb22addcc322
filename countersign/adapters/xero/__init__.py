"""Xero adapter of the ERP port: OAuth tokens, a throttled retrying client over xero-python, the adapter, its
factory."""
