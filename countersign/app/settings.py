"""Settings from the environment (prefix COUNTERSIGN_) or a .env file; every one is in .env.example."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="COUNTERSIGN_", env_file=".env", extra="ignore")

    data_dir: Path = Field(Path(".countersign"), description="workspace: database, documents, checkpoints")
    database_url: str | None = Field(None, description="SQLAlchemy URL; default SQLite in data_dir")
    policy_file: Path | None = Field(None, description="policy YAML; default the packaged policy")
    terminal_user: str | None = Field(None, description="Slack user id the terminal acts as")
    max_upload_bytes: int = 20_000_000
    max_pages: int = 50
    extract_cpu_seconds: int = Field(10, ge=1, description="processor time reading one document may use, in a "
                                                          "child process; its wall-clock deadline is 3 x that")
    extract_memory_mb: int = Field(512, ge=128, description="memory the child reading one document may use")
    log_level: str = "WARNING"
    # Tracing of the workflow and the chat agent. Off unless set: invoices hold personal data, so an
    # environment's LANGSMITH_TRACING=true is overridden while this says off.
    tracing: Literal["off", "langsmith"] = Field("off", description="send traces of the graphs to LangSmith")
    langsmith_api_key: SecretStr | None = Field(None, description="LangSmith API key (with tracing=langsmith)")
    langsmith_project: str = Field("countersign", description="LangSmith project the traces go to")
    langsmith_endpoint: str | None = Field(None, description="LangSmith API URL; only tests point it at a stub")
    log_format: Literal["auto", "json", "text"] = Field("auto", description="log lines as JSON or text; auto: "
                                                                              "text on a terminal, JSON otherwise")
    # The audit log's MAC key: never in the database. Unset: a random key in data_dir/audit.key.
    # Hosts sharing one PostgreSQL store must share it.
    audit_key: SecretStr | None = Field(None, description="key that authenticates every audit event (HMAC)")
    audit_anchor_file: Path | None = Field(None, description="append-only file of audit heads "
                                                             "(default data_dir/audit-anchor.jsonl)")
    slack_audit_channel: str | None = Field(None, description="channel id where the worker posts the audit head "
                                                              "every hour (and `audit anchor` on demand)")
    # Model settings (chat agent); unused until configured. The secret never reaches logs.
    openai_api_key: SecretStr | None = None
    openai_base_url: str | None = None
    openai_model: str | None = None
    extraction_assist: bool = Field(False, description="ask the model for fields the reader left empty or weak; "
                                                       "a value not printed on the page is dropped")
    # Slack app (countersign serve). Secrets never reach logs; unset = Slack is off.
    slack_bot_token: SecretStr | None = Field(None, description="bot token xoxb-…: Web API calls and file downloads")
    slack_signing_secret: SecretStr | None = Field(None, description="signs HTTP-mode requests; bad or stale = 401")
    slack_app_token: SecretStr | None = Field(None, description="app-level token xapp-… for Socket Mode")
    slack_ap_channel: str | None = Field(None, description="channel id whose PDFs are invoices; "
                                                           "unset = any channel the bot is in")
    slack_api_url: str | None = Field(None, description="Web API base URL; only tests point it at a local stub")
    slack_uploads_to_workers: bool = Field(False, description="the Slack app only acknowledges uploads; "
                                                              "`countersign worker` processes read them, run "
                                                              "their cases and answer in the thread")
    # How much one process does at once (the claims keep every case and upload in one place).
    worker_concurrency: int = Field(2, ge=1, le=32, description="cases one `countersign worker` process works on "
                                                               "at once, and as many Slack uploads again with "
                                                               "slack_uploads_to_workers")
    slack_concurrency: int = Field(4, ge=1, le=32, description="cases the Slack app runs at once when it runs "
                                                              "them itself (slack_uploads_to_workers off)")
    worker_nice: int = Field(10, ge=0, le=19, description="how much a `countersign worker` process lowers its "
                                                       "CPU priority (nice, inherited by its reading helpers), "
                                                       "so on a shared machine the Slack app's acknowledgements "
                                                       "and the console get a busy CPU first; 0 leaves it")
    # Email intake (`countersign intake-email`): an IMAP mailbox such as ap@. Secrets never reach logs.
    imap_host: str | None = Field(None, description="IMAP server of the AP mailbox")
    imap_port: int | None = Field(None, description="default 993 with ssl, 143 otherwise")
    imap_user: str | None = Field(None, description="mailbox login")
    imap_password: SecretStr | None = Field(None, description="mailbox password (or app password)")
    imap_folder: str = Field("INBOX", description="folder read for invoices")
    imap_security: Literal["ssl", "starttls", "none"] = Field("ssl", description="IMAPS, STARTTLS, or plain "
                                                                                  "(plain only on localhost)")
    imap_ca_file: Path | None = Field(None, description="CA bundle that signs the IMAP server's certificate "
                                                        "(default: the system's)")
    imap_done_folder: str | None = Field(None, description="move messages here once taken in; unset = flag them")
    email_max_message_bytes: int = Field(30_000_000, description="larger messages are refused unread")
    email_trusted_authserv_id: str | None = Field(None, description="authserv-id of your receiving mail server: "
                                                  "only its Authentication-Results header proves a sender")
    email_mailbox_owner: str | None = Field(None, description="policy person (Slack id) who owns the AP mailbox: "
                                            "mail from senders the policy does not list is their intake; "
                                            "unset = such mail is refused as from an unknown uploader")
    smtp_host: str | None = Field(None, description="SMTP server for replies to senders; unset = no email replies")
    smtp_port: int | None = Field(None, description="default 465 with ssl, 587 with starttls, 25 otherwise")
    smtp_user: str | None = Field(None, description="SMTP login (unset = no login)")
    smtp_password: SecretStr | None = Field(None, description="SMTP password")
    smtp_security: Literal["ssl", "starttls", "none"] = Field("starttls", description="how to reach smtp_host")
    smtp_ca_file: Path | None = Field(None, description="CA bundle that signs the SMTP server's certificate "
                                                        "(default: the system's)")
    smtp_from: str | None = Field(None, description="From of replies; default imap_user")
    # QuickBooks Online (`countersign connect quickbooks`, then COUNTERSIGN_ERP=quickbooks). Secrets never reach logs.
    erp: Literal["local", "quickbooks", "xero", "netsuite", "businesscentral", "intacct"] = Field(
        "local", description="which ERP adapter posts bills: the embedded ledger, QuickBooks Online, Xero, NetSuite, "
                             "Dynamics 365 Business Central or Sage Intacct")
    qbo_client_id: str | None = Field(None, description="Intuit app Client ID (Keys & credentials)")
    qbo_client_secret: SecretStr | None = Field(None, description="Intuit app Client Secret")
    qbo_realm_id: str | None = Field(None, description="QuickBooks company (realm) id; default the one connected")
    qbo_environment: Literal["sandbox", "production"] = Field("sandbox", description="Intuit environment")
    qbo_redirect_uri: str = Field("http://localhost:8765/quickbooks/callback",
                                  description="redirect URI registered on the Intuit app")
    qbo_base_url: str | None = Field(None, description="QBO API base URL ending in /v3; "
                                                       "only tests point it at a local stub")
    qbo_discovery_url: str | None = Field(None, description="OpenID discovery document URL; "
                                                            "only tests point it at a local stub")
    token_key: SecretStr | None = Field(None, description="Fernet key that encrypts the stored OAuth tokens at rest")
    # Salesforce (COUNTERSIGN_CRM=salesforce). One of: session id + instance URL; JWT bearer (username +
    # consumer key + private key file); username + password + security token.
    crm: Literal["local", "salesforce", "hubspot", "dynamics", "pipedrive"] = Field(
        "local", description="which CRM adapter: embedded, Salesforce, HubSpot, Dynamics 365 Sales or Pipedrive")
    sf_instance_url: str | None = Field(None, description="e.g. https://yourorg.my.salesforce.com")
    sf_session_id: SecretStr | None = Field(None, description="an existing session id (with sf_instance_url)")
    sf_username: str | None = Field(None, description="integration user for JWT or password login")
    sf_password: SecretStr | None = Field(None, description="password login")
    sf_security_token: SecretStr | None = Field(None, description="password login: the user's security token")
    sf_consumer_key: str | None = Field(None, description="JWT bearer: the connected app's consumer key")
    sf_private_key_file: Path | None = Field(None, description="JWT bearer: PEM private key of the connected app")
    sf_domain: str = Field("login", description="'login' for production, 'test' for sandboxes")
    sf_api_version: str = Field("59.0", description="Salesforce REST API version")
    # Web console (`countersign console`). Sessions are signed with console_secret (unset: a random key in
    # data_dir/console.key; hosts behind one load balancer must share it). Sign in with Slack (OpenID
    # Connect) when the client id and secret are set; else only the one-time link the command prints.
    console_secret: SecretStr | None = Field(None, description="key that signs console sessions")
    console_public_url: str | None = Field(None, description="the console's address as browsers reach it "
                                                             "(https://…): Slack's redirect, secure cookies, "
                                                             "and the case links on the Slack Home tab and digests")
    console_slack_client_id: str | None = Field(None, description="Slack app Client ID, for Sign in with Slack")
    console_slack_client_secret: SecretStr | None = Field(None, description="Slack app Client Secret")
    console_slack_team_id: str | None = Field(None, description="only people of this Slack workspace sign in")
    slack_oidc_url: str = Field("https://slack.com", description="Slack's OpenID Connect base URL; "
                                                                "only tests point it at a local stub")

    # Xero (`countersign connect xero`, then COUNTERSIGN_ERP=xero). Secrets never reach logs.
    xero_client_id: str | None = Field(None, description="Xero app client id (developer.xero.com > My Apps)")
    xero_client_secret: SecretStr | None = Field(None, description="Xero app client secret")
    xero_tenant_id: str | None = Field(None, description="Xero organisation (tenant) id; default the one connected")
    xero_redirect_uri: str = Field("http://localhost:8765/xero/callback",
                                   description="redirect URI registered on the Xero app")
    xero_scopes: str = Field("offline_access accounting.invoices accounting.payments accounting.contacts "
                             "accounting.attachments accounting.settings.read",
                             description="OAuth scopes; apps created before 2 March 2026 may use "
                                         "accounting.transactions instead of the granular ones")
    xero_bill_status: Literal["DRAFT", "SUBMITTED", "AUTHORISED"] = Field(
        "AUTHORISED", description="status bills are created in (AUTHORISED: awaiting payment)")
    xero_link_base: str | None = Field(None, description="source-document link on each bill (carries the "
                                                         "idempotency key); default https://countersign.invalid/…")
    xero_api_url: str | None = Field(None, description="https://api.xero.com; only tests point it at a local stub")
    xero_identity_url: str | None = Field(None, description="https://identity.xero.com; only tests point it "
                                                            "at a local stub")

    # NetSuite (`countersign connect netsuite`, then COUNTERSIGN_ERP=netsuite). Secrets never reach logs.
    netsuite_account_id: str | None = Field(None, description="account id, e.g. 1234567 or 1234567_SB1")
    netsuite_auth: Literal["m2m", "tba"] = Field("m2m", description="OAuth 2.0 machine-to-machine (certificate) "
                                                                    "or token-based authentication (OAuth 1.0a)")
    netsuite_client_id: str | None = Field(None, description="integration record's client id (M2M) or consumer key")
    netsuite_client_secret: SecretStr | None = Field(None, description="TBA: the integration's consumer secret")
    netsuite_certificate_id: str | None = Field(None, description="M2M: the certificate id of the mapping (JWT kid)")
    netsuite_private_key_file: Path | None = Field(None, description="M2M: PEM private key of that certificate")
    netsuite_redirect_uri: str = Field("http://localhost:8765/netsuite/callback",
                                       description="TBA: callback URL registered on the integration record")
    netsuite_vendor_iban_field: str | None = Field(None, description="vendor field holding the IBAN (NetSuite has "
                                                                     "none of its own), e.g. custentity_iban")
    netsuite_subsidiary_id: str | None = Field(None, description="OneWorld: subsidiary of vendors and customers "
                                                                 "countersign creates")
    netsuite_attach_restlet: str | None = Field(None, description="external URL of the deployed attach RESTlet; "
                                                                  "unset = PDFs are not attached")
    netsuite_file_folder_id: str | None = Field(None, description="File Cabinet folder for attached PDFs")
    netsuite_base_url: str | None = Field(None, description="REST host; default from the account id; "
                                                            "only tests point it at a local stub")
    netsuite_ui_url: str | None = Field(None, description="UI and RESTlet host for the TBA flow; default from "
                                                          "the account id; only tests point it at a local stub")

    # Dynamics 365 Business Central (`countersign connect businesscentral`, then COUNTERSIGN_ERP=businesscentral)
    bc_tenant_id: str | None = Field(None, description="Microsoft Entra tenant id (GUID or domain)")
    bc_client_id: str | None = Field(None, description="Entra app registration's application (client) id")
    bc_client_secret: SecretStr | None = Field(None, description="that app's client secret")
    bc_environment: str = Field("production", description="Business Central environment name")
    bc_company_id: str | None = Field(None, description="company id (GUID); `connect businesscentral` lists them")
    bc_local_currency: str = Field("USD", description="the company's local currency (LCY): what a blank "
                                                      "currency code means")
    bc_vendor_bank_api: str | None = Field(None, description="route (publisher/group/version) of the published "
                                                             "vendorBankAccounts API page; unset = no IBANs read")
    bc_post_invoices: bool = Field(False, description="post each purchase invoice (Microsoft.NAV.post) instead of "
                                                      "leaving it a draft for AP to post")
    bc_api_url: str | None = Field(None, description="https://api.businesscentral.dynamics.com; only tests "
                                                     "point it at a local stub")
    bc_login_url: str | None = Field(None, description="https://login.microsoftonline.com; only tests point it "
                                                       "at a local stub")

    # Sage Intacct (`countersign connect intacct`, then COUNTERSIGN_ERP=intacct)
    intacct_sender_id: str | None = Field(None, description="Web Services sender id (from Sage)")
    intacct_sender_password: SecretStr | None = Field(None, description="Web Services sender password")
    intacct_company_id: str | None = Field(None, description="company id you log in to")
    intacct_entity_id: str | None = Field(None, description="multi-entity: the entity (location) id; unset = top level")
    intacct_user_id: str | None = Field(None, description="company user countersign logs in as (Web Services user)")
    intacct_user_password: SecretStr | None = Field(None, description="that user's password")
    intacct_base_currency: str = Field("USD", description="the company's base currency")
    intacct_vendor_iban_field: str | None = Field(None, description="vendor custom field holding the IBAN, "
                                                                    "e.g. IBAN; unset = IBANs not read")
    intacct_attachments_folder: str | None = Field(None, description="attachments folder for invoice PDFs; "
                                                                     "unset = PDFs not attached")
    intacct_tax_account: str | None = Field(None, description="GL account for an invoice's tax line; unset = the "
                                                              "first line's account")
    intacct_revenue_account: str | None = Field(None, description="GL account AR invoice lines post to "
                                                                  "(sync_order); unset = no invoices created")
    intacct_endpoint_url: str | None = Field(None, description="the XML gateway; only tests point it at a stub")

    # CRM write-backs (app/writebacks.py): how often the worker reads ERP payments for the CRM.
    crm_payment_sync_seconds: float = Field(900.0, description="seconds between the worker's payment-status "
                                                                "refreshes for the CRM (0: never)")

    # HubSpot (COUNTERSIGN_CRM=hubspot): a private-app token, or an OAuth app + `countersign connect hubspot`.
    hubspot_access_token: SecretStr | None = Field(None, description="private-app (or service key) token")
    hubspot_client_id: str | None = Field(None, description="OAuth: the HubSpot app's client id")
    hubspot_client_secret: SecretStr | None = Field(None, description="OAuth: the HubSpot app's client secret")
    hubspot_redirect_uri: str = Field("http://localhost:8765/hubspot/callback",
                                      description="OAuth: a redirect URL registered on the HubSpot app")
    hubspot_pipelines: str | None = Field(None, description="comma-separated deal pipeline ids to invoice from "
                                                            "(unset: every pipeline)")
    hubspot_closed_won_stages: str | None = Field(None, description="comma-separated stage ids that mean won "
                                                                    "(unset: closed stages with probability 1.0)")
    hubspot_currency: str = Field("USD", description="the HubSpot account's company currency")

    # Pipedrive (COUNTERSIGN_CRM=pipedrive): an API token + company domain, or an OAuth app + `connect pipedrive`.
    pipedrive_api_token: SecretStr | None = Field(None, description="a user's API token (sent as x-api-token)")
    pipedrive_company_domain: str | None = Field(None, description="acme for acme.pipedrive.com (OAuth: default "
                                                                   "the api_domain it answered)")
    pipedrive_client_id: str | None = Field(None, description="OAuth: the Pipedrive app's client id")
    pipedrive_client_secret: SecretStr | None = Field(None, description="OAuth: the Pipedrive app's client secret")
    pipedrive_redirect_uri: str = Field("http://localhost:8765/pipedrive/callback",
                                        description="OAuth: the callback URL registered on the Pipedrive app")
    pipedrive_pipelines: str | None = Field(None, description="comma-separated pipeline ids to invoice from "
                                                              "(unset: every pipeline)")
    pipedrive_currency: str = Field("USD", description="currency of a deal that names none")

    # Dynamics 365 Sales (COUNTERSIGN_CRM=dynamics): an Entra app registered as an application user.
    dynamics_url: str | None = Field(None, description="the environment URL, e.g. https://acme.crm.dynamics.com")
    dynamics_tenant_id: str | None = Field(None, description="Microsoft Entra tenant id (or domain)")
    dynamics_client_id: str | None = Field(None, description="the Entra app's application (client) id")
    dynamics_client_secret: SecretStr | None = Field(None, description="the Entra app's client secret")
    dynamics_authority_host: str = Field("https://login.microsoftonline.com",
                                         description="Entra authority host (sovereign clouds differ)")
    dynamics_api_version: str = Field("9.2", description="Dataverse Web API version")
    dynamics_price_list: str | None = Field(None, description="the price list whose prices are the list prices "
                                                              "(unset: every price list in the currency)")
    dynamics_currency: str = Field("USD", description="currency of an opportunity that names none")

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'countersign.db').resolve()}"

    @property
    def anchor_path(self) -> Path:
        return self.audit_anchor_file or self.data_dir / "audit-anchor.jsonl"

    @property
    def documents_dir(self) -> Path:
        return self.data_dir / "documents"

    @property
    def checkpoint_path(self) -> Path:
        return self.data_dir / "checkpoints.sqlite"

    @property
    def is_postgres(self) -> bool:
        return self.db_url.startswith(("postgresql", "postgres"))
