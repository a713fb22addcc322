"""QuickBooks Online adapter of the ERP port: OAuth tokens, a retrying client, the adapter, its factory."""
