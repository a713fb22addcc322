"""Dynamics 365 Sales behind the CRM port (Dataverse Web API over requests, msal for Entra ID)."""
