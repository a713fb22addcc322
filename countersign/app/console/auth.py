"""Who is at the console: one-time sign-in links, Sign in with Slack (OpenID Connect), CSRF tokens.

- **One-time link** (the embedded default, like a notebook server): `countersign console` signs
  in the person the OS account maps to (`--as` only in the demo workspace) and prints a link
  whose token is kept only as its SHA-256 in the store; the first use marks it used (a
  compare-and-set, so on any number of hosts it signs in once), and it lapses after 15 minutes.
- **Sign in with Slack**: the authorization-code flow with `state` (kept in the signed session)
  and a `nonce` (checked in the id_token), the id_token's RS256 signature checked against Slack's
  published keys, its issuer, audience, expiry and (when set) team. The identity is the Slack user
  id, which the policy maps; an unmapped one is refused and audited.
- The session is a signed cookie (Starlette's, itsdangerous) holding the person's id and a CSRF
  token that every form posts back.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from countersign.app.workspace_keys import workspace_key
from countersign.tables import ConsoleTokenRow

LINK_MINUTES = 15
KEY_FILE = "console.key"
SESSION_HOURS = 12
SLACK_ISSUER = "https://slack.com"


class SignInError(Exception):
    """Sign-in refused; the message says why, for the person (and the audit log)."""


def session_secret(secret: str | None, data_dir: Path) -> str:
    """The key that signs sessions: COUNTERSIGN_CONSOLE_SECRET, else a random one kept in the
    workspace's `console.key` (created once, readable by its owner only)."""
    if secret:
        return secret
    return workspace_key(data_dir / KEY_FILE, "console session key", "COUNTERSIGN_CONSOLE_SECRET")


# --------------------------------------------------------------------------- one-time links


def issue_link_token(sessions: sessionmaker[Session], user_id: str, now: datetime) -> str:
    """A new one-time sign-in token for `user_id`; only its hash is stored."""
    token = secrets.token_urlsafe(32)
    with sessions.begin() as s:
        s.add(ConsoleTokenRow(token_sha256=_digest(token), user_id=user_id, created_at=now,
                              expires_at=now + timedelta(minutes=LINK_MINUTES)))
    return token


def redeem_link_token(sessions: sessionmaker[Session], token: str, now: datetime) -> str:
    """The person the token signs in, marking it used; `SignInError` when it is unknown, used or lapsed."""
    if not token or len(token) > 100:
        raise SignInError("this sign-in link is not valid")
    digest = _digest(token)
    with sessions.begin() as s:
        won = s.execute(update(ConsoleTokenRow)
                        .where(ConsoleTokenRow.token_sha256 == digest, ConsoleTokenRow.used_at.is_(None),
                               ConsoleTokenRow.expires_at > now)
                        .values(used_at=now)).rowcount == 1
        row = s.get(ConsoleTokenRow, digest)
    if row is None:
        raise SignInError("this sign-in link is not valid")
    if not won:
        raise SignInError("this sign-in link was already used or has lapsed; run `countersign console` for a new one")
    return row.user_id


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


# --------------------------------------------------------------------------- CSRF


def csrf_token(session: dict[str, Any]) -> str:
    token = session.get("csrf")
    if not token:
        token = session["csrf"] = secrets.token_urlsafe(24)
    return token


def csrf_ok(session: dict[str, Any], sent: str | None) -> bool:
    expected = session.get("csrf")
    return bool(expected and sent and hmac.compare_digest(str(expected), str(sent)))


# --------------------------------------------------------------------------- Sign in with Slack


@dataclass(frozen=True)
class SlackOIDC:
    client_id: str
    client_secret: str
    redirect_uri: str
    base_url: str = SLACK_ISSUER  # tests point it at a local stub
    team_id: str | None = None

    def authorize_url(self, state: str, nonce: str) -> str:
        params = {"response_type": "code", "scope": "openid email profile", "client_id": self.client_id,
                  "redirect_uri": self.redirect_uri, "state": state, "nonce": nonce}
        if self.team_id:
            params["team"] = self.team_id
        return f"{self.base_url}/openid/connect/authorize?{urlencode(params)}"

    def user_id(self, code: str, nonce: str, now: float | None = None) -> str:
        """Exchange the code, check the id_token, return the Slack user id it names."""
        try:
            with httpx.Client(timeout=10.0) as http:
                answer = http.post(f"{self.base_url}/api/openid.connect.token",
                                   data={"client_id": self.client_id, "client_secret": self.client_secret,
                                         "code": code, "redirect_uri": self.redirect_uri}).json()
                if not answer.get("ok") or not answer.get("id_token"):
                    raise SignInError(f"Slack refused the sign-in: {answer.get('error', 'no id_token')}")
                keys = http.get(f"{self.base_url}/openid/connect/keys").json().get("keys", [])
        except (httpx.HTTPError, ValueError) as exc:
            raise SignInError(f"Slack could not be asked: {type(exc).__name__}") from None
        claims = verify_id_token(answer["id_token"], keys, audience=self.client_id, nonce=nonce,
                                 now=time.time() if now is None else now)
        if self.team_id and claims.get("https://slack.com/team_id") != self.team_id:
            raise SignInError("that Slack account belongs to another workspace")
        user = claims.get("https://slack.com/user_id") or claims.get("sub")
        if not isinstance(user, str) or not user:
            raise SignInError("Slack named no user")
        return user


def verify_id_token(token: str, keys: list[dict[str, Any]], *, audience: str, nonce: str,
                    now: float) -> dict[str, Any]:
    """The claims of an RS256 id_token signed by one of `keys` (JWKS), issued by Slack for
    `audience`, carrying `nonce`, not expired; else `SignInError`."""
    try:
        head_b64, body_b64, sig_b64 = token.split(".")
        header, claims = json.loads(_b64(head_b64)), json.loads(_b64(body_b64))
        signature = _b64(sig_b64)
    except ValueError:
        raise SignInError("the id_token is not a JWT") from None
    if header.get("alg") != "RS256":
        raise SignInError("the id_token is not signed with RS256")
    key = next((k for k in keys if k.get("kid") == header.get("kid") and k.get("kty") == "RSA"), None)
    if key is None:
        raise SignInError("the id_token is signed with a key Slack does not publish")
    public = rsa.RSAPublicNumbers(int.from_bytes(_b64(key["e"]), "big"),
                                  int.from_bytes(_b64(key["n"]), "big")).public_key()
    try:
        public.verify(signature, f"{head_b64}.{body_b64}".encode(), padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        raise SignInError("the id_token's signature does not verify") from None
    audiences = claims.get("aud") if isinstance(claims.get("aud"), list) else [claims.get("aud")]
    if claims.get("iss") != SLACK_ISSUER or audience not in audiences:
        raise SignInError("the id_token was not issued by Slack for this console")
    if not isinstance(claims.get("exp"), (int, float)) or claims["exp"] < now:
        raise SignInError("the id_token has expired")
    if not nonce or not hmac.compare_digest(str(claims.get("nonce", "")), nonce):
        raise SignInError("the id_token's nonce does not match this sign-in")
    return claims


def _b64(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
