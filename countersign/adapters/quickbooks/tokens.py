"""The QuickBooks token file: OAuth tokens encrypted at rest (Fernet) in the data dir.

One JSON document, encrypted with the key from `COUNTERSIGN_TOKEN_KEY`, written atomically
(temp file + rename, mode 0600). The file never holds a token in clear text, and no method of
this module logs or prints one. A wrong key, or a file changed by hand, is a clear error.
"""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

from cryptography.fernet import Fernet, InvalidToken

from countersign.ports import ERPError

GENERATE_KEY_HINT = (
    "generate one with: python -c \"from cryptography.fernet import Fernet; "
    "print(Fernet.generate_key().decode())\" and set COUNTERSIGN_TOKEN_KEY"
)


class TokenStoreError(ERPError):
    """The token file is missing, unreadable with this key, or malformed."""


@dataclass(frozen=True)
class TokenSet:
    realm_id: str
    access_token: str
    refresh_token: str
    access_expires_at: datetime
    refresh_expires_at: datetime | None = None
    updated_at: datetime | None = None

    def __repr__(self) -> str:  # never show the tokens themselves
        return (f"TokenSet(realm_id={self.realm_id!r}, access_expires_at={self.access_expires_at.isoformat()}, "
                f"refresh_expires_at={self.refresh_expires_at.isoformat() if self.refresh_expires_at else None})")

    __str__ = __repr__

    def access_valid(self, now: datetime, skew: timedelta = timedelta(seconds=60)) -> bool:
        return bool(self.access_token) and now + skew < self.access_expires_at

    @classmethod
    def from_auth_client(cls, auth_client, *, realm_id: str, now: datetime) -> "TokenSet":
        """The tokens an intuitlib AuthClient holds after `get_bearer_token` or `refresh`."""
        expires_in = int(getattr(auth_client, "expires_in", None) or 3600)
        refresh_in = getattr(auth_client, "x_refresh_token_expires_in", None)
        return cls(
            realm_id=str(realm_id),
            access_token=auth_client.access_token,
            refresh_token=auth_client.refresh_token,
            access_expires_at=now + timedelta(seconds=expires_in),
            refresh_expires_at=now + timedelta(seconds=int(refresh_in)) if refresh_in else None,
            updated_at=now,
        )

    def to_json(self) -> str:
        data = asdict(self)
        for name in ("access_expires_at", "refresh_expires_at", "updated_at"):
            data[name] = data[name].isoformat() if data[name] else None
        return json.dumps(data, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "TokenSet":
        data = json.loads(text)
        for name in ("access_expires_at", "refresh_expires_at", "updated_at"):
            data[name] = datetime.fromisoformat(data[name]) if data.get(name) else None
        return cls(**data)

    def with_(self, **changes) -> "TokenSet":
        return replace(self, **changes)


def fernet_from_key(key: str | None) -> Fernet:
    if not key:
        raise TokenStoreError("COUNTERSIGN_TOKEN_KEY is not set: the QuickBooks tokens are stored encrypted; "
                              + GENERATE_KEY_HINT)
    try:
        return Fernet(key.encode() if isinstance(key, str) else key)
    except (ValueError, TypeError):
        raise TokenStoreError("COUNTERSIGN_TOKEN_KEY is not a valid Fernet key (32 url-safe base64-encoded bytes); "
                              + GENERATE_KEY_HINT) from None


class TokenStore:
    """`load()` / `save()` the encrypted token file; `locked()` serialises refreshes across processes."""

    def __init__(self, path: Path, key: str | None):
        self.path = Path(path)
        self._fernet = fernet_from_key(key)

    def exists(self) -> bool:
        return self.path.exists()

    def load(self) -> TokenSet:
        try:
            blob = self.path.read_bytes()
        except FileNotFoundError:
            raise TokenStoreError(f"no QuickBooks tokens at {self.path}: "
                                  "run `countersign connect quickbooks` first") from None
        try:
            text = self._fernet.decrypt(blob).decode()
        except InvalidToken:
            raise TokenStoreError(
                f"cannot decrypt {self.path} with COUNTERSIGN_TOKEN_KEY: the key is wrong (or changed) or the file "
                "was modified; set the key the tokens were saved with, or run `countersign connect quickbooks` again"
            ) from None
        try:
            return TokenSet.from_json(text)
        except (ValueError, TypeError, KeyError):
            raise TokenStoreError(f"{self.path} decrypts but is not a token file; "
                                  "run `countersign connect quickbooks` again") from None

    def save(self, tokens: TokenSet) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        blob = self._fernet.encrypt(tokens.to_json().encode())
        fd, tmp = tempfile.mkstemp(prefix=".qbo-tokens.", dir=self.path.parent)
        try:
            os.chmod(tmp, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(blob)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @contextmanager
    def locked(self) -> Iterator[None]:
        """An exclusive advisory lock next to the file (POSIX); a no-op where fcntl is missing."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            yield
            return
        with open(self.path.with_name(self.path.name + ".lock"), "a") as fh:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def default_token_path(data_dir: Path) -> Path:
    return Path(data_dir) / "quickbooks-tokens.enc"


def utc(now: datetime | None = None) -> datetime:
    return now or datetime.now(timezone.utc)
