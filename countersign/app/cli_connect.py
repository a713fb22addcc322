"""`countersign connect NAME`: authorize countersign with an outside system, once per workspace.

Each command runs that system's authorization flow and stores its tokens encrypted
(COUNTERSIGN_TOKEN_KEY), as for QuickBooks; settings then choose the adapter (COUNTERSIGN_ERP,
COUNTERSIGN_CRM). No command here writes anything to the outside system.
"""

from __future__ import annotations

import typer

from countersign.app.cli_common import cli_settings, console, fail

connect_app = typer.Typer(no_args_is_help=True, help="Connect an outside system (OAuth).")


@connect_app.command("quickbooks")
def connect_quickbooks():
    """Authorize countersign with QuickBooks Online; tokens are stored encrypted (COUNTERSIGN_TOKEN_KEY)."""
    from countersign.adapters.quickbooks.oauth import connect_flow
    from countersign.ports import ERPError

    try:
        tokens = connect_flow(cli_settings())
    except ERPError as exc:
        fail(str(exc), code=1)
    console.print(f"connected to QuickBooks company {tokens.realm_id}; set COUNTERSIGN_ERP=quickbooks to post there")


@connect_app.command("hubspot")
def connect_hubspot():
    """Connect HubSpot: check a private-app token (COUNTERSIGN_HUBSPOT_ACCESS_TOKEN), or run OAuth and
    store the tokens encrypted (COUNTERSIGN_HUBSPOT_CLIENT_ID / _CLIENT_SECRET, COUNTERSIGN_TOKEN_KEY)."""
    from countersign.adapters.hubspot.factory import hubspot_crm_from_settings, private_app_token
    from countersign.adapters.hubspot.oauth import connect_flow
    from countersign.ports import CRMError

    settings = cli_settings()
    try:
        if not private_app_token(settings):
            tokens = connect_flow(settings)
            console.print(f"connected to HubSpot account {tokens.extra.get('hub_id', '?')}; tokens stored encrypted")
        won = hubspot_crm_from_settings(settings).won_stage_labels()
    except CRMError as exc:
        fail(str(exc), code=1)
    console.print(f"HubSpot answers; closed-won stages: {', '.join(won) or 'none found'}. "
                  "Set COUNTERSIGN_CRM=hubspot to read deals there.", markup=False)


@connect_app.command("pipedrive")
def connect_pipedrive():
    """Connect Pipedrive: check an API token (COUNTERSIGN_PIPEDRIVE_API_TOKEN), or run OAuth and store
    the tokens encrypted (COUNTERSIGN_PIPEDRIVE_CLIENT_ID / _CLIENT_SECRET, COUNTERSIGN_TOKEN_KEY)."""
    from countersign.adapters.pipedrive.factory import api_token, pipedrive_crm_from_settings
    from countersign.adapters.pipedrive.oauth import connect_flow
    from countersign.ports import CRMError

    settings = cli_settings()
    try:
        if not api_token(settings):
            tokens = connect_flow(settings)
            console.print(f"connected to Pipedrive at {tokens.extra.get('api_domain', '?')}; tokens stored encrypted",
                          markup=False)
        fields = pipedrive_crm_from_settings(settings).field_report()
    except CRMError as exc:
        fail(str(exc), code=1)
    console.print(f"Pipedrive answers. {fields} Set COUNTERSIGN_CRM=pipedrive to read deals there.", markup=False)


@connect_app.command("dynamics")
def connect_dynamics():
    """Check the Dynamics 365 Sales connection: an Entra ID token (client credentials, msal) and
    WhoAmI as the application user (COUNTERSIGN_DYNAMICS_URL, _TENANT_ID, _CLIENT_ID, _CLIENT_SECRET)."""
    from countersign.adapters.dynamics.factory import dynamics_crm_from_settings
    from countersign.ports import CRMError

    settings = cli_settings()
    try:
        user = dynamics_crm_from_settings(settings).who_am_i()
    except CRMError as exc:
        fail(str(exc), code=1)
    console.print(f"Dynamics 365 Sales answers at {settings.dynamics_url} as application user {user}. "
                  "Set COUNTERSIGN_CRM=dynamics to read opportunities there.", markup=False)


@connect_app.command("xero")
def connect_xero():
    """Authorize countersign with a Xero organisation; tokens are stored encrypted (COUNTERSIGN_TOKEN_KEY)."""
    from countersign.adapters.xero.oauth import connect_flow
    from countersign.ports import ERPError

    try:
        tokens = connect_flow(cli_settings())
    except ERPError as exc:
        fail(str(exc), code=1)
    console.print(f"connected to Xero organisation {tokens.realm_id}; set COUNTERSIGN_ERP=xero to post there")


@connect_app.command("netsuite")
def connect_netsuite():
    """Authorize countersign with NetSuite (OAuth 2.0 M2M certificate, or token-based auth); tokens stored encrypted."""
    from countersign.adapters.netsuite.auth import connect_flow
    from countersign.ports import ERPError

    settings = cli_settings()
    try:
        tokens = connect_flow(settings)
    except ERPError as exc:
        fail(str(exc), code=1)
    console.print(f"connected to NetSuite account {tokens.realm_id} ({settings.netsuite_auth}); "
                  "set COUNTERSIGN_ERP=netsuite to post there")


@connect_app.command("businesscentral")
def connect_businesscentral():
    """Authorize countersign with Dynamics 365 Business Central (Entra ID client credentials); token encrypted."""
    from countersign.adapters.businesscentral.auth import connect_flow
    from countersign.ports import ERPError

    settings = cli_settings()
    try:
        connect_flow(settings)
    except ERPError as exc:
        fail(str(exc), code=1)
    console.print(f"connected to Business Central tenant {settings.bc_tenant_id}, environment "
                  f"{settings.bc_environment}, company {settings.bc_company_id}; "
                  "set COUNTERSIGN_ERP=businesscentral to post there")


@connect_app.command("intacct")
def connect_intacct():
    """Authorize countersign with Sage Intacct (Web Services sender + company user); session stored encrypted."""
    from countersign.adapters.intacct.auth import connect_flow
    from countersign.ports import ERPError

    settings = cli_settings()
    try:
        connect_flow(settings)
    except ERPError as exc:
        fail(str(exc), code=1)
    console.print(f"connected to Sage Intacct company {settings.intacct_company_id}; "
                  "set COUNTERSIGN_ERP=intacct to post there")
