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
    # QuickBooks Online (`countersign connect quickbooks`, then COUNTERSIGN_ERP=quickbooks). Secrets never reach logs.
    erp: Literal["local", "quickbooks"] = Field("local", description="which ERP adapter posts bills: "
                                                                      "the embedded ledger or QuickBooks Online")
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
    crm: Literal["local", "salesforce"] = Field("local", description="which CRM adapter: embedded or Salesforce")
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
                                                             "(https://…): Slack's redirect and secure cookies")
    console_slack_client_id: str | None = Field(None, description="Slack app Client ID, for Sign in with Slack")
    console_slack_client_secret: SecretStr | None = Field(None, description="Slack app Client Secret")
    console_slack_team_id: str | None = Field(None, description="only people of this Slack workspace sign in")
    slack_oidc_url: str = Field("https://slack.com", description="Slack's OpenID Connect base URL; "
                                                                "only tests point it at a local stub")

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
