"""The QuickBooks token file (`<data dir>/quickbooks-tokens.enc`); the format and the store are
shared by every ERP adapter and live in `countersign/adapters/tokens.py`."""

from __future__ import annotations

from pathlib import Path

from countersign.adapters.tokens import (
    GENERATE_KEY_HINT,
    TokenSet,
    TokenStore,
    TokenStoreError,
    fernet_from_key,
    token_path,
    utc,
)


def default_token_path(data_dir: Path) -> Path:
    return token_path(data_dir, "quickbooks")


__all__ = ["GENERATE_KEY_HINT", "TokenSet", "TokenStore", "TokenStoreError", "default_token_path",
           "fernet_from_key", "utc"]
