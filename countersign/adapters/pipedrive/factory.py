"""Build the Pipedrive adapter from settings: the composition root (app/bootstrap.py) calls this.

No network here: an API token is used as it is; OAuth tokens (and the company's api_domain) are
read from the encrypted token file when the adapter is built, and refreshed only when they expire.
"""

from __future__ import annotations

from countersign.adapters.crm_tokens import StaticToken
from countersign.adapters.pipedrive.client import PipedriveAPI
from countersign.adapters.pipedrive.crm import PipedriveCRM
from countersign.adapters.pipedrive.oauth import oauth_tokens
from countersign.ports import CRMError


def api_token(settings) -> str | None:
    token = settings.pipedrive_api_token
    return token.get_secret_value() if token is not None and token.get_secret_value() else None


def base_url(domain: str | None) -> str | None:
    """`acme`, `acme.pipedrive.com` or `https://acme.pipedrive.com` -> https://acme.pipedrive.com."""
    if not domain:
        return None
    domain = domain.strip().rstrip("/")
    if domain.startswith(("https://", "http://")):
        return domain
    return f"https://{domain if '.' in domain else domain + '.pipedrive.com'}"


def pipedrive_api_from_settings(settings, **options) -> PipedriveAPI:
    token = api_token(settings)
    if token:
        url = base_url(settings.pipedrive_company_domain)
        if not url:
            raise CRMError("COUNTERSIGN_PIPEDRIVE_COMPANY_DOMAIN must be set with an API token (e.g. acme for "
                           "acme.pipedrive.com)")
        return PipedriveAPI(url, StaticToken(token, system="Pipedrive", setting="COUNTERSIGN_PIPEDRIVE_API_TOKEN"),
                            **options)
    if settings.pipedrive_client_id:
        tokens = oauth_tokens(settings)
        url = base_url(settings.pipedrive_company_domain) or base_url(tokens.tokens.extra.get("api_domain"))
        if not url:
            raise CRMError("the stored Pipedrive tokens name no api_domain; set COUNTERSIGN_PIPEDRIVE_COMPANY_DOMAIN")
        return PipedriveAPI(url, tokens, oauth=True, **options)
    raise CRMError("Pipedrive is selected but no credentials are set: give COUNTERSIGN_PIPEDRIVE_API_TOKEN and "
                   "COUNTERSIGN_PIPEDRIVE_COMPANY_DOMAIN, or COUNTERSIGN_PIPEDRIVE_CLIENT_ID + _CLIENT_SECRET and run "
                   "`countersign connect pipedrive`")


def pipedrive_crm_from_settings(settings, **options) -> PipedriveCRM:
    pipelines = [p.strip() for p in (settings.pipedrive_pipelines or "").split(",") if p.strip()]
    return PipedriveCRM(pipedrive_api_from_settings(settings, **options), pipelines=pipelines,
                        currency=settings.pipedrive_currency)
