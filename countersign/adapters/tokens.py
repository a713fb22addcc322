"""Token files: an ERP's OAuth tokens encrypted at rest (Fernet) in the data dir, one file per system.

One JSON document, encrypted with the key from `COUNTERSIGN_TOKEN_KEY`, written atomically
(temp file + rename, mode 0600). The file never holds a token in clear text, and no method of
this module logs or prints one. A wrong key, or a file changed by hand, is a clear error.

`StoredTokens` is the API clients' token source over such a file: the current access token,
refreshed (by the system's own `refresh` function) on expiry or on a 401, and persisted before it
is used, under a file lock so that processes sharing the workspace refresh once between them.
QuickBooks, Xero, NetSuite, Business Central and Sage Intacct all keep their tokens this way.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, Protocol

from cryptography.fernet import Fernet, InvalidToken

from countersign.ports import ERPError

log = logging.getLogger(__name__)

GENERATE_KEY_HINT = (
    "generate one with: python -c \"from cryptography.fernet import Fernet; "
    "print(Fernet.generate_key().decode())\" and set COUNTERSIGN_TOKEN_KEY"
)


class TokenSource(Protocol):
    """What an API client asks for a token: the current one, and a new one after a 401 (`stale` is
    the one refused). `StoredTokens` is one; a static token refuses to refresh."""

    @property
    def access_token(self) -> str: ...

    def refresh(self, stale: str | None = None) -> str: ...


class TokenStoreError(ERPError):
    """The token file is missing, unreadable with this key, or malformed."""


@dataclass(frozen=True)
class TokenSet:
    """`realm_id` is the company the tokens are for (QuickBooks realm, Xero tenant, NetSuite account,
    Business Central company, Intacct company); `extra` holds what else a system needs kept secret
    (NetSuite's token-based-auth token id and secret)."""

    realm_id: str
    access_token: str
    refresh_token: str
    access_expires_at: datetime
    refresh_expires_at: datetime | None = None
    updated_at: datetime | None = None
    extra: dict[str, str] = field(default_factory=dict)

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
        if not data["extra"]:
            del data["extra"]
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


def fernet_from_key(key: str | None, system: str = "QuickBooks",
                    error: type[Exception] = TokenStoreError) -> Fernet:
    if not key:
        raise error(f"COUNTERSIGN_TOKEN_KEY is not set: the {system} tokens are stored encrypted; "
                    + GENERATE_KEY_HINT)
    try:
        return Fernet(key.encode() if isinstance(key, str) else key)
    except (ValueError, TypeError):
        raise error("COUNTERSIGN_TOKEN_KEY is not a valid Fernet key (32 url-safe base64-encoded bytes); "
                    + GENERATE_KEY_HINT) from None


class TokenStore:
    """`load()` / `save()` the encrypted token file; `locked()` serialises refreshes across processes."""

    # What the file holds and what its failures raise: an ERP's TokenSet and TokenStoreError (an
    # ERPError); the CRMs' store (crm_tokens.py) sets its own token type and CRMError.
    token_type: Any = TokenSet
    error: type[Exception] = TokenStoreError

    def __init__(self, path: Path, key: str | None, *, system: str = "QuickBooks", connect: str = "quickbooks"):
        self.path = Path(path)
        self.system = system
        self.command = f"countersign connect {connect}"
        self._fernet = fernet_from_key(key, system, self.error)

    def exists(self) -> bool:
        return self.path.exists()

    def load(self) -> Any:
        try:
            blob = self.path.read_bytes()
        except FileNotFoundError:
            raise self.error(f"no {self.system} tokens at {self.path}: "
                                  f"run `{self.command}` first") from None
        try:
            text = self._fernet.decrypt(blob).decode()
        except InvalidToken:
            raise self.error(
                f"cannot decrypt {self.path} with COUNTERSIGN_TOKEN_KEY: the key is wrong (or changed) or the file "
                f"was modified; set the key the tokens were saved with, or run `{self.command}` again"
            ) from None
        try:
            return self.token_type.from_json(text)
        except (ValueError, TypeError, KeyError):
            raise self.error(f"{self.path} decrypts but is not a token file; "
                                  f"run `{self.command}` again") from None

    def save(self, tokens: Any) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        blob = self._fernet.encrypt(tokens.to_json().encode())
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.stem}.", dir=self.path.parent)
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


def token_path(data_dir: Path, connect: str) -> Path:
    """Where `countersign connect NAME` keeps NAME's tokens: `<data dir>/NAME-tokens.enc`."""
    return Path(data_dir) / f"{connect}-tokens.enc"


def secret(value) -> str | None:
    """The plain text of a setting that may be a pydantic SecretStr."""
    if value is None:
        return None
    return value.get_secret_value() if hasattr(value, "get_secret_value") else str(value)


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


class StoredTokens:
    """A token source over a `TokenStore`: the current access token; `refresh` on expiry or a 401.

    `refresh_with(current)` asks the system for new tokens (a refresh-token grant, a client-credentials
    grant, a new JWT assertion) and returns them; they are saved before anyone uses them, and a
    refresh token the answer leaves out is kept."""

    def __init__(self, store: TokenStore, refresh_with: Callable[[TokenSet], TokenSet], *,
                 clock: Callable[[], datetime] = _utcnow):
        self.store = store
        self._refresh_with = refresh_with
        self._clock = clock
        self._lock = threading.Lock()
        self._tokens: TokenSet | None = None

    @property
    def tokens(self) -> TokenSet:
        if self._tokens is None:
            self._tokens = self.store.load()
        return self._tokens

    @property
    def realm_id(self) -> str:
        return self.tokens.realm_id

    @property
    def access_token(self) -> str:
        tokens = self.tokens
        if tokens.access_valid(self._clock()):
            return tokens.access_token
        return self.refresh(stale=tokens.access_token)

    def refresh(self, stale: str | None = None) -> str:
        """A new access token, saved before it is used. `stale` is the token that failed or expired;
        when another thread or process has already replaced it (seen under the file lock), its
        tokens are used instead of refreshing again."""
        stale = stale if stale is not None else (self._tokens.access_token if self._tokens else None)
        with self._lock, self.store.locked():
            current = self.store.load()
            if stale is not None and current.access_token != stale and current.access_valid(self._clock()):
                self._tokens = current
                return current.access_token
            fresh = self._refresh_with(current)
            if not fresh.refresh_token and current.refresh_token:
                fresh = fresh.with_(refresh_token=current.refresh_token)
            self.store.save(fresh)  # persist first: a rotated refresh token must never be lost
            self._tokens = fresh
            log.info("%s access token refreshed for %s", self.store.system, getattr(current, "realm_id", "-"))
            return fresh.access_token


def utc(now: datetime | None = None) -> datetime:
    return now or datetime.now(timezone.utc)
