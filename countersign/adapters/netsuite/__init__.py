"""NetSuite adapter of the ERP port: SuiteTalk REST web services (records upserted by external id, SuiteQL),
OAuth 2.0 M2M or token-based authentication, the adapter, its factory and the attach RESTlet."""
