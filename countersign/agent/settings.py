"""Settings from the environment (prefix COUNTERSIGN_) or a .env file; every one is in .env.example."""

from __future__ import annotations

from pathlib import Path

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
    # Model settings (chat agent); unused until configured. The secret never reaches logs.
    openai_api_key: SecretStr | None = None
    openai_base_url: str | None = None
    openai_model: str | None = None

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'countersign.db').resolve()}"

    @property
    def documents_dir(self) -> Path:
        return self.data_dir / "documents"

    @property
    def checkpoint_path(self) -> Path:
        return self.data_dir / "checkpoints.sqlite"

    @property
    def is_postgres(self) -> bool:
        return self.db_url.startswith(("postgresql", "postgres"))
