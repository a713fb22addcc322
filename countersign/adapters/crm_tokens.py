"""OAuth tokens of a CRM (HubSpot, Pipedrive), encrypted at rest, refreshed once when they expire.

One file per CRM in the data dir (`hubspot-tokens.enc`, `pipedrive-tokens.enc`), a JSON document
encrypted with the Fernet key in `COUNTERSIGN_TOKEN_KEY`, written atomically (temp file +
rename, mode 0600) — as the QuickBooks tokens are. `OAuthTokens` hands the API client a valid
access token, refreshes it when it expires or the CRM answers 401 (under a file lock, so two
processes do not both spend the refresh token), and saves the rotated refresh token before
using the new access token. Nothing here logs or prints a token; a wrong key, a file changed by
hand or a refused refresh is a `CRMError` that says what to do.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken

from countersign.ports import CRMError

KEY_HINT = ("generate one with: python -c \"from cryptography.fernet import Fernet; "
            "print(Fernet.generate_key().decode())\" and set COUNTERSIGN_TOKEN_KEY")


@dataclass(frozen=True)
class CRMTokenSet:
    access_token: str
    refresh_token: str
    access_expires_at: datetime
    extra: dict[str, str]  # what the CRM said besides the tokens (Pipedrive's api_domain, HubSpot's hub id)
    updated_at: datetime

    def __repr__(self) -> str:  # never show the tokens themselves
        return f"CRMTokenSet(access_expires_at={self.access_expires_at.isoformat()}, extra={self.extra!r})"

    __str__ = __repr__

    def access_valid(self, now: datetime, skew: timedelta = timedelta(seconds=60)) -> bool:
        return bool(self.access_token) and now + skew < self.access_expires_at

    @classmethod
    def from_response(cls, data: dict[str, Any], *, now: datetime, previous: CRMTokenSet | None = None,
                      extra_keys: tuple[str, ...] = ()) -> CRMTokenSet:
        """From an OAuth token endpoint's JSON answer (`access_token`, `refresh_token`, `expires_in`)."""
        if not data.get("access_token"):
            raise CRMError("the token endpoint answered without an access token")
        refresh = data.get("refresh_token") or (previous.refresh_token if previous else "")
        extra = dict(previous.extra) if previous else {}
        extra.update({k: str(data[k]) for k in extra_keys if data.get(k) is not None})
        return cls(access_token=str(data["access_token"]), refresh_token=str(refresh),
                   access_expires_at=now + timedelta(seconds=int(data.get("expires_in") or 1800)),
                   extra=extra, updated_at=now)

    def to_json(self) -> str:
        data = asdict(self)
        data["access_expires_at"] = self.access_expires_at.isoformat()
        data["updated_at"] = self.updated_at.isoformat()
        return json.dumps(data, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> CRMTokenSet:
        data = json.loads(text)
        data["access_expires_at"] = datetime.fromisoformat(data["access_expires_at"])
        data["updated_at"] = datetime.fromisoformat(data["updated_at"])
        return cls(**data)

    def with_(self, **changes: Any) -> CRMTokenSet:
        return replace(self, **changes)


class CRMTokenStore:
    """`load()` / `save()` one CRM's encrypted token file; `locked()` serialises refreshes across processes."""

    def __init__(self, path: Path, key: str | None, *, system: str, connect: str):
        self.path = Path(path)
        self.system = system
        self.connect = connect  # the command that makes the file, for the error messages
        if not key:
            raise CRMError(f"COUNTERSIGN_TOKEN_KEY is not set: the {system} tokens are stored encrypted; {KEY_HINT}")
        try:
            self._fernet = Fernet(key.encode())
        except (ValueError, TypeError):
            raise CRMError(f"COUNTERSIGN_TOKEN_KEY is not a valid Fernet key; {KEY_HINT}") from None

    def exists(self) -> bool:
        return self.path.exists()

    def load(self) -> CRMTokenSet:
        try:
            blob = self.path.read_bytes()
        except FileNotFoundError:
            raise CRMError(f"no {self.system} tokens at {self.path}: run `{self.connect}` first") from None
        try:
            return CRMTokenSet.from_json(self._fernet.decrypt(blob).decode())
        except InvalidToken:
            raise CRMError(f"cannot decrypt {self.path} with COUNTERSIGN_TOKEN_KEY: the key is wrong or the file "
                           f"was modified; set the key the tokens were saved with, or run `{self.connect}` again"
                           ) from None
        except (ValueError, TypeError, KeyError):
            raise CRMError(f"{self.path} decrypts but is not a token file; run `{self.connect}` again") from None

    def save(self, tokens: CRMTokenSet) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        blob = self._fernet.encrypt(tokens.to_json().encode())
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
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


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


class OAuthTokens:
    """The token source an API client asks for `access_token`, and tells to `refresh()` on a 401.

    `exchange(refresh_token) -> dict` is the CRM's refresh call (its token endpoint's JSON)."""

    def __init__(self, store: CRMTokenStore, exchange: Callable[[str], dict[str, Any]], *,
                 clock: Callable[[], datetime] = _utcnow, extra_keys: tuple[str, ...] = ()):
        self.store = store
        self._exchange = exchange
        self._clock = clock
        self._extra_keys = extra_keys
        self._lock = threading.Lock()
        self._tokens: CRMTokenSet | None = None

    @property
    def tokens(self) -> CRMTokenSet:
        if self._tokens is None:
            self._tokens = self.store.load()
        return self._tokens

    @property
    def access_token(self) -> str:
        tokens = self.tokens
        if tokens.access_valid(self._clock()):
            return tokens.access_token
        return self.refresh(stale=tokens.access_token)

    def refresh(self, stale: str | None = None) -> str:
        """A new access token, saved (with the rotated refresh token) before it is used. When
        another thread or process replaced `stale` already, its token is used instead."""
        stale = stale if stale is not None else (self._tokens.access_token if self._tokens else None)
        with self._lock, self.store.locked():
            current = self.store.load()
            if stale is not None and current.access_token != stale and current.access_valid(self._clock()):
                self._tokens = current
                return current.access_token
            data = self._exchange(current.refresh_token)
            fresh = CRMTokenSet.from_response(data, now=self._clock(), previous=current, extra_keys=self._extra_keys)
            self.store.save(fresh)
            self._tokens = fresh
            return fresh.access_token


class StaticToken:
    """A token that does not expire (HubSpot private app, Pipedrive API token): a 401 is final."""

    def __init__(self, token: str, *, system: str, setting: str):
        self._token = token
        self._system = system
        self._setting = setting

    def __repr__(self) -> str:
        return f"StaticToken({self._system})"

    @property
    def access_token(self) -> str:
        return self._token

    def refresh(self, stale: str | None = None) -> str:
        raise CRMError(f"{self._system} refused the token (HTTP 401): check {self._setting}; it was revoked, "
                       "rotated or never valid")
