"""Sage Intacct authentication: Web Services sender credentials plus a company user's API session,
and `countersign connect intacct`.

Every request carries the Web Services sender id and password (from Sage, authorized in the company
under *Company → Setup → Company → Security → Web Services authorizations*). The company user (a
Web Services-only user is best) logs in with `getAPISession`, which returns a session id and the
endpoint to use; the session id is stored encrypted like an access token and a new one is taken
when Intacct says the session ended. `connect intacct` takes the first one, proving both sets of
credentials work.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, timedelta, timezone
from typing import Callable

import requests
from lxml import etree

from countersign.adapters.intacct.client import _PARSER, ENDPOINT, el, errors_of
from countersign.adapters.tokens import StoredTokens, TokenSet, TokenStore, secret, token_path
from countersign.ports import ERPError

log = logging.getLogger(__name__)

SESSION_HOURS = 1  # Intacct ends idle API sessions; a new one is taken on the first failed request anyway
Clock = Callable[[], datetime]


class IntacctAuthError(ERPError):
    """Logging in failed; the message says what to do."""


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def token_store(settings) -> TokenStore:
    return TokenStore(token_path(settings.data_dir, "intacct"), secret(settings.token_key), system="Sage Intacct",
                      connect="intacct")


def require(settings) -> None:
    needed = (("SENDER_ID", settings.intacct_sender_id),
              ("SENDER_PASSWORD", secret(settings.intacct_sender_password)),
              ("COMPANY_ID", settings.intacct_company_id), ("USER_ID", settings.intacct_user_id),
              ("USER_PASSWORD", secret(settings.intacct_user_password)))
    missing = [f"COUNTERSIGN_INTACCT_{name}" for name, value in needed if not value]
    if missing:
        raise IntacctAuthError(f"{', '.join(missing)} must be set (the Web Services sender from Sage, and a company "
                               "user for countersign)")


def endpoint(settings) -> str:
    return settings.intacct_endpoint_url or ENDPOINT


def login(settings, *, now: Clock = _utcnow, http=requests) -> TokenSet:
    """A new API session from the user's credentials (getAPISession)."""
    require(settings)
    company = settings.intacct_company_id + (f"|{settings.intacct_entity_id}" if settings.intacct_entity_id else "")
    request = el("request", None,
                 el("control", None, el("senderid", settings.intacct_sender_id),
                    el("password", secret(settings.intacct_sender_password)), el("controlid", f"cs-{uuid.uuid4().hex}"),
                    el("uniqueid", "false"), el("dtdversion", "3.0"), el("includewhitespace", "false")),
                 el("operation", None,
                    el("authentication", None, el("login", None, el("userid", settings.intacct_user_id),
                                                  el("companyid", company),
                                                  el("password", secret(settings.intacct_user_password)))),
                    el("content", None, el("function", None, el("getAPISession"), controlid="f1"))))
    moment = now()
    try:
        response = http.post(endpoint(settings), data=etree.tostring(request, xml_declaration=True, encoding="UTF-8"),
                             headers={"Content-Type": "application/xml"}, timeout=(10, 60))
    except requests.RequestException as exc:
        raise IntacctAuthError(f"cannot reach Sage Intacct ({type(exc).__name__})") from None
    try:
        xml = etree.fromstring(response.content, _PARSER) if response.status_code == 200 else None
    except etree.XMLSyntaxError:
        xml = None
    if xml is None:
        raise IntacctAuthError(f"Sage Intacct answered HTTP {response.status_code} to the login")
    if xml.findtext("control/status") != "success":
        raise IntacctAuthError(f"Sage Intacct refused the Web Services sender ({errors_of(xml)[0]})")
    if xml.findtext("operation/authentication/status") != "success":
        raise IntacctAuthError(f"Sage Intacct refused the company user ({errors_of(xml.find('operation'))[0]}); "
                               "check the company id, user id and password")
    session = xml.findtext("operation/result/data/api/sessionid")
    if not session:
        raise IntacctAuthError("Sage Intacct returned no session")
    return TokenSet(realm_id=settings.intacct_company_id, access_token=session, refresh_token="",
                    access_expires_at=moment + timedelta(hours=SESSION_HOURS), updated_at=moment,
                    extra={"endpoint": xml.findtext("operation/result/data/api/endpoint") or endpoint(settings)})


def sessions(settings, *, clock: Clock = _utcnow) -> StoredTokens:
    return StoredTokens(token_store(settings), lambda _current: login(settings, now=clock), clock=clock)


def connect_flow(settings, *, clock: Clock = _utcnow) -> TokenSet:
    store = token_store(settings)  # fail on a missing or bad key first
    tokens = login(settings, now=clock)
    store.save(tokens)
    log.info("Sage Intacct company %s connected; session stored encrypted at %s", settings.intacct_company_id,
             store.path)
    return tokens
