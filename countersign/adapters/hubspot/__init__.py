"""HubSpot CRM behind the CRM port (hubspot-api-client): client.py, crm.py, oauth.py, factory.py."""
