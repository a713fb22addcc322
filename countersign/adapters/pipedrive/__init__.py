"""Pipedrive behind the CRM port (httpx over the v2 API): client.py, crm.py, oauth.py, factory.py."""
