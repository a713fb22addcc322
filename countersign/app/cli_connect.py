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
