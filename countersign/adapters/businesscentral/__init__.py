"""Dynamics 365 Business Central adapter of the ERP port (API v2.0 over requests, msal for Entra ID)."""
