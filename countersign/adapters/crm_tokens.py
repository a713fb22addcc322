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
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from countersign.adapters.tokens import StoredTokens, TokenStore, utc
from countersign.ports import CRMError


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


class CRMTokenStore(TokenStore):
    """One CRM's encrypted token file: the ERPs' `TokenStore` (adapters/tokens.py), holding a
    `CRMTokenSet` and failing with `CRMError`."""

    token_type = CRMTokenSet
    error = CRMError

    def __init__(self, path: Path, key: str | None, *, system: str, connect: str):
        super().__init__(path, key, system=system, connect=connect.removeprefix("countersign connect "))


class OAuthTokens(StoredTokens):
    """The token source an API client asks for `access_token`, and tells to `refresh()` on a 401:
    the ERPs' `StoredTokens` (refreshed once under the file lock, saved before use), refreshed by
    `exchange(refresh_token) -> dict`, the CRM's token endpoint's JSON."""

    def __init__(self, store: CRMTokenStore, exchange: Callable[[str], dict[str, Any]], *,
                 clock: Callable[[], datetime] = utc, extra_keys: tuple[str, ...] = ()):
        def refresh_with(current: CRMTokenSet) -> CRMTokenSet:
            return CRMTokenSet.from_response(exchange(current.refresh_token), now=clock(), previous=current,
                                             extra_keys=extra_keys)

        super().__init__(store, refresh_with, clock=clock)


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
