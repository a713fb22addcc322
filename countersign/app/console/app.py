"""The web console: server-rendered pages (Starlette + Jinja2, autoescaped), no build step.

Every page needs a signed session naming a person the policy maps; every action is a POST that
carries the session's CSRF token (and, when the browser sends one, an Origin of this console), is
authorized on the server by the same checks as Slack and the CLI (`approvals.decide`,
`agent/corrections.py`) and is audited there. Nothing changes on a GET.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from importlib import resources
from typing import Any
from urllib.parse import urlencode, urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Route

from countersign.agent.approvals import decide
from countersign.app.bootstrap import Services
from countersign.app.console.auth import (
    SESSION_HOURS,
    SignInError,
    SlackOIDC,
    csrf_ok,
    csrf_token,
    redeem_link_token,
    session_secret,
)
from countersign.app.console.pages import PageCache, PageError
from countersign.app.console.views import case_page
from countersign.app.correcting import correct_case, override_finding, rerun_case
from countersign.app.export import audit_csv, cases_csv
from countersign.app.extract_sandbox import limits_from_settings
from countersign.app.inbox import STATUS_GROUPS, QueryError, all_cases, parse_query, query_cases
from countersign.domain import CORRECTABLE_FIELDS, FIELD_LABELS, CaseStatus, Verdict

CASE_ID = re.compile(r"C-[A-Z0-9]{1,30}")
PROPOSAL_ID = re.compile(r"P-[A-Z0-9]{1,30}")
MAX_COMMENT = 2000
HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self'; style-src 'self'; script-src 'self'; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    # same-origin, not no-referrer: with no-referrer Chrome sends `Origin: null` on our own forms
    "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def build_console(services: Services, *, oidc: SlackOIDC | None = None, public_url: str | None = None) -> Starlette:
    """The console's ASGI app over `services` (one process; several behind a load balancer share
    the PostgreSQL store and COUNTERSIGN_CONSOLE_SECRET)."""
    settings = services.settings
    templates = Environment(loader=FileSystemLoader(str(resources.files("countersign.app.console") / "templates")),
                            autoescape=select_autoescape(default=True, default_for_string=True))
    cache = PageCache(settings.data_dir / "page-cache", limits=limits_from_settings(settings),
                      max_pages=settings.max_pages)
    console = _Console(services, templates, cache, oidc, public_url)
    secure = bool(public_url and public_url.startswith("https://"))
    secret = session_secret(settings.console_secret.get_secret_value() if settings.console_secret else None,
                            settings.data_dir)
    routes = [
        Route("/healthz", lambda request: PlainTextResponse("ok")),
        Route("/readyz", console.readyz, methods=["GET"]),
        Route("/metrics", console.metrics, methods=["GET"]),
        Route("/static/{name}", console.static),
        Route("/login", console.login_page, methods=["GET"]),
        Route("/login", console.login, methods=["POST"]),
        Route("/auth/slack", console.slack_start, methods=["GET"]),
        Route("/auth/slack/callback", console.slack_callback, methods=["GET"]),
        Route("/logout", console.logout, methods=["POST"]),
        Route("/", console.inbox, methods=["GET"]),
        Route("/export/cases.csv", console.export_cases, methods=["GET"]),
        Route("/cases/{case_id}", console.case, methods=["GET"]),
        Route("/cases/{case_id}/pages/{number:int}.png", console.page_image, methods=["GET"]),
        Route("/cases/{case_id}/audit.csv", console.export_audit, methods=["GET"]),
        Route("/cases/{case_id}/correct", console.correct, methods=["POST"]),
        Route("/cases/{case_id}/rerun", console.rerun, methods=["POST"]),
        Route("/cases/{case_id}/override", console.override, methods=["POST"]),
        Route("/cases/{case_id}/comment", console.comment, methods=["POST"]),
        Route("/cases/{case_id}/decide", console.decide, methods=["POST"]),
    ]
    middleware = [Middleware(SessionMiddleware, secret_key=secret, session_cookie="countersign_console",
                             max_age=SESSION_HOURS * 3600, same_site="lax", https_only=secure)]
    return Starlette(routes=routes, middleware=middleware)


class _Console:
    def __init__(self, services: Services, templates: Environment, cache: PageCache, oidc: SlackOIDC | None,
                 public_url: str | None):
        self.services, self.templates, self.cache, self.oidc = services, templates, cache, oidc
        self.public_origin = _origin(public_url) if public_url else None

    # ------------------------------------------------------------------ plumbing

    def render(self, request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        user = request.session.get("user")
        body = self.templates.get_template(name).render(
            user=user, user_name=self.services.policy.name_of(user) if user else None,
            csrf=csrf_token(request.session), flashes=request.session.pop("flash", []), labels=FIELD_LABELS,
            **context)
        return HTMLResponse(body, status_code=status, headers=HEADERS)

    def person(self, request: Request) -> str | None:
        """The signed-in person, while the policy still maps them."""
        user = request.session.get("user")
        if user and user in self.services.policy.people:
            return user
        request.session.pop("user", None)
        return None

    def flash(self, request: Request, text: str, kind: str = "info") -> None:
        request.session.setdefault("flash", []).append({"kind": kind, "text": text})

    async def action(self, request: Request) -> tuple[str | None, dict[str, str], Response | None]:
        """(person, form) of a POST that may act, or the response that refuses it (audited)."""
        form = {k: str(v) for k, v in (await request.form()).items()}
        user = self.person(request)
        refusal = None
        if user is None:
            refusal = "sign in first"
        elif not self._same_origin(request) or not csrf_ok(request.session, form.get("csrf")):
            refusal = "this form did not come from this console (CSRF check failed); reload the page"
        if refusal is None:
            return user, form, None
        self.services.audit.record(actor=user or "anonymous", action="console_refused",
                                   subject=request.path_params.get("case_id", "console")[:64],
                                   payload={"path": request.url.path, "why": refusal})
        return None, form, self.render(request, "error.html", 403 if user else 401, message=refusal)

    def _same_origin(self, request: Request) -> bool:
        origin = request.headers.get("origin")
        if origin is None:  # an older browser or a tool: the CSRF token alone decides
            return True
        own = self.public_origin or f"{request.url.scheme}://{request.headers.get('host', '')}"
        return origin == own

    def login_required(self, request: Request) -> Response:
        return RedirectResponse("/login?" + urlencode({"next": request.url.path}), status_code=303, headers=HEADERS)

    async def static(self, request: Request) -> Response:
        name = request.path_params["name"]
        kinds = {"console.js": "text/javascript", "console.css": "text/css"}
        if name not in kinds:
            return PlainTextResponse("not found", status_code=404)
        body = (resources.files("countersign.app.console") / "static" / name).read_bytes()
        return Response(body, media_type=kinds[name], headers={"Cache-Control": "max-age=300"})

    # ------------------------------------------------------------------ probes

    async def readyz(self, request: Request) -> Response:
        """Ready when the store and the checkpointer answer (for the load balancer; no case data)."""
        from countersign.app import metrics

        ok, reason = await run_in_threadpool(metrics.readiness, self.services)
        return PlainTextResponse(reason, status_code=200 if ok else 503, headers={"Cache-Control": "no-store"})

    async def metrics(self, request: Request) -> Response:
        """Prometheus: this process's counters and the cases by status (counts only)."""
        from countersign.app import metrics

        body, content_type = await run_in_threadpool(metrics.exposition, self.services.sessions)
        return Response(body, media_type=content_type, headers={"Cache-Control": "no-store"})

    # ------------------------------------------------------------------ sign-in

    def login_page(self, request: Request) -> Response:
        token = request.query_params.get("token", "")
        return self.render(request, "login.html", token=token[:100], slack=self.oidc is not None)

    async def login(self, request: Request) -> Response:
        form = {k: str(v) for k, v in (await request.form()).items()}
        if not csrf_ok(request.session, form.get("csrf")):
            return self.render(request, "error.html", 403, message="reload the sign-in page and try again")
        try:
            user = redeem_link_token(self.services.sessions, form.get("token", ""), self.services.clock())
        except SignInError as exc:
            return self._refuse_sign_in(request, str(exc), "link")
        return self._signed_in(request, user, "link")

    def slack_start(self, request: Request) -> Response:
        if self.oidc is None:
            return self.render(request, "error.html", 404, message="Sign in with Slack is not set up here")
        state, nonce = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
        request.session["oidc"] = {"state": state, "nonce": nonce}
        return RedirectResponse(self.oidc.authorize_url(state, nonce), status_code=303, headers=HEADERS)

    def slack_callback(self, request: Request) -> Response:
        pending = request.session.pop("oidc", None) or {}
        if self.oidc is None or not pending or not secrets.compare_digest(
                str(pending.get("state")), request.query_params.get("state", "")):
            return self._refuse_sign_in(request, "the sign-in did not start here (state does not match)", "slack")
        try:
            user = self.oidc.user_id(request.query_params.get("code", ""), pending["nonce"])
        except SignInError as exc:
            return self._refuse_sign_in(request, str(exc), "slack")
        return self._signed_in(request, user, "slack")

    def _signed_in(self, request: Request, user: str, via: str) -> Response:
        if user not in self.services.policy.people:
            return self._refuse_sign_in(request, f"{user} is not mapped to a person in the policy", via, user)
        request.session.clear()
        request.session["user"] = user
        self.services.audit.record(actor=user, action="console_signed_in", subject="console", payload={"via": via})
        return RedirectResponse("/", status_code=303, headers=HEADERS)

    def _refuse_sign_in(self, request: Request, why: str, via: str, user: str | None = None) -> Response:
        self.services.audit.record(actor=(user or "anonymous")[:64], action="console_sign_in_refused",
                                   subject="console", payload={"via": via, "why": why})
        return self.render(request, "error.html", 401, message=f"Sign-in refused: {why}")

    async def logout(self, request: Request) -> Response:
        user, _, refused = await self.action(request)
        if refused:
            return refused
        request.session.clear()
        return RedirectResponse("/login", status_code=303, headers=HEADERS)

    # ------------------------------------------------------------------ reading

    def inbox(self, request: Request) -> Response:
        user = self.person(request)
        if user is None:
            return self.login_required(request)
        params = dict(request.query_params)
        if params.get("mine"):
            params["waiting_for"] = user
        try:
            query = parse_query(params)
        except QueryError as exc:
            return self.render(request, "error.html", 400, message=str(exc))
        page = query_cases(self.services.sessions, self.services.policy, query, self.services.clock())
        keep = {k: v for k, v in params.items() if v and k != "page"}
        return self.render(request, "inbox.html", page=page, params=keep, statuses=[*STATUS_GROUPS] +
                           [s.value for s in CaseStatus], query_string=urlencode(keep))

    def export_cases(self, request: Request) -> Response:
        user = self.person(request)
        if user is None:
            return self.login_required(request)
        try:
            query = parse_query(dict(request.query_params))
        except QueryError as exc:
            return self.render(request, "error.html", 400, message=str(exc))
        rows = cases_csv(all_cases(self.services.sessions, self.services.policy, query, self.services.clock()))
        return StreamingResponse(rows, media_type="text/csv; charset=utf-8",
                                 headers={**HEADERS, "Content-Disposition": 'attachment; filename="cases.csv"'})

    def _case(self, request: Request):
        case_id = request.path_params["case_id"]
        return self.services.store.get_case(case_id) if CASE_ID.fullmatch(case_id) else None

    def case(self, request: Request) -> Response:
        if self.person(request) is None:
            return self.login_required(request)
        found = self._case(request)
        if found is None:
            return self.render(request, "error.html", 404, message="no such case")
        data = case_page(self.services, found)
        sizes, unrendered = {}, {}
        if found.document_sha256:
            for number in range(1, data.pages + 1):
                try:
                    image = self.cache.page(found.document_sha256, number,
                                            load=lambda: self.services.store.document_bytes(found.document_sha256))
                    sizes[number] = (image.width_pt, image.height_pt)
                except (PageError, RuntimeError) as exc:  # stopped or refused by the sandbox: say why
                    unrendered[number] = str(exc)
                    break
                except (KeyError, OSError):
                    break
        user = self.person(request) or ""
        overridable = {v.code: self.services.policy.override_roles(v.code) for v in data.violations
                       if v.severity != "info" and self.services.policy.override_roles(v.code)}
        return self.render(request, "case.html", data=data, sizes=sizes, unrendered=unrendered,
                           fields=CORRECTABLE_FIELDS,
                           overridable=overridable, may_override={code for code in overridable
                                                                  if self.services.policy.may_override(user, code)})

    def page_image(self, request: Request) -> Response:
        if self.person(request) is None:
            return PlainTextResponse("sign in first", status_code=401)
        found = self._case(request)
        number = request.path_params["number"]
        if found is None or not found.document_sha256:
            return PlainTextResponse("no such page", status_code=404)
        try:
            image = self.cache.page(found.document_sha256, number,
                                    load=lambda: self.services.store.document_bytes(found.document_sha256 or ""))
        except PageError as exc:
            return PlainTextResponse(f"this page could not be rendered: {exc}", status_code=404)
        except RuntimeError as exc:  # the sandbox's helper failed, not the document: try again later
            return PlainTextResponse(f"this page could not be rendered now: {exc}", status_code=503)
        except (KeyError, OSError):
            return PlainTextResponse("no such page", status_code=404)
        return Response(image.png, media_type="image/png", headers={**HEADERS, "Cache-Control": "private, max-age=600"})

    def export_audit(self, request: Request) -> Response:
        if self.person(request) is None:
            return self.login_required(request)
        found = self._case(request)
        if found is None:
            return self.render(request, "error.html", 404, message="no such case")
        rows = audit_csv(self.services.audit.events(found.id))
        return StreamingResponse(rows, media_type="text/csv; charset=utf-8",
                                 headers={**HEADERS, "Content-Disposition":
                                          f'attachment; filename="audit-{found.id}.csv"'})

    # ------------------------------------------------------------------ actions

    async def _on_case(self, request: Request, act: Callable[[str, str, dict[str, str]], Response]) -> Response:
        user, form, refused = await self.action(request)
        if refused:
            return refused
        found = self._case(request)
        if found is None or user is None:
            return self.render(request, "error.html", 404, message="no such case")
        return await run_in_threadpool(act, user, found.id, form)  # a graph run: off the event loop

    async def correct(self, request: Request) -> Response:
        def act(user: str, case_id: str, form: dict[str, str]) -> Response:
            changes = {name: form[f"field_{name}"] for name in CORRECTABLE_FIELDS
                       if f"field_{name}" in form and form.get(f"orig_{name}") != form[f"field_{name}"]}
            outcome = correct_case(self.services, case_id, changes, who=user, reason=form.get("reason", ""),
                                   channel="console")
            self._report(request, outcome, "corrected")
            return RedirectResponse(f"/cases/{case_id}", status_code=303, headers=HEADERS)

        return await self._on_case(request, act)

    async def rerun(self, request: Request) -> Response:
        def act(user: str, case_id: str, form: dict[str, str]) -> Response:
            outcome = rerun_case(self.services, case_id, who=user, reason=form.get("reason", ""), channel="console")
            self._report(request, outcome, "re-run")
            return RedirectResponse(f"/cases/{case_id}", status_code=303, headers=HEADERS)

        return await self._on_case(request, act)

    async def override(self, request: Request) -> Response:
        """Override one finding, where the policy gives one of the person's roles that right; the
        agent checks it (and everything a correction checks) and audits a refusal."""
        def act(user: str, case_id: str, form: dict[str, str]) -> Response:
            code = form.get("code", "")[:64]
            outcome = override_finding(self.services, case_id, code, who=user, reason=form.get("reason", ""),
                                       channel="console")
            self._report(request, outcome, f"{code} overridden")
            return RedirectResponse(f"/cases/{case_id}", status_code=303, headers=HEADERS)

        return await self._on_case(request, act)

    async def comment(self, request: Request) -> Response:
        def act(user: str, case_id: str, form: dict[str, str]) -> Response:
            text = form.get("text", "").strip()
            if not text or len(text) > MAX_COMMENT:
                self.flash(request, f"a comment is 1 to {MAX_COMMENT} characters", "error")
            else:
                self.services.audit.record(actor=user, action="comment", subject=case_id,
                                           payload={"text": text, "channel": "console"})
                self.flash(request, "comment added")
            return RedirectResponse(f"/cases/{case_id}", status_code=303, headers=HEADERS)

        return await self._on_case(request, act)

    async def decide(self, request: Request) -> Response:
        def act(user: str, case_id: str, form: dict[str, str]) -> Response:
            proposal_id = form.get("proposal_id", "")
            verdict = {"approve": Verdict.APPROVE, "reject": Verdict.REJECT}.get(form.get("verdict", ""))
            proposal = self.services.store.get_proposal(proposal_id) if PROPOSAL_ID.fullmatch(proposal_id) else None
            if verdict is None or proposal is None or proposal.case_id != case_id:
                self.flash(request, "not applied: no such request on this case", "error")
                return RedirectResponse(f"/cases/{case_id}", status_code=303, headers=HEADERS)
            outcome = decide(self.services, proposal_id, approver_id=user, verdict=verdict,
                             reason=form.get("reason", "").strip(), channel="console")
            if outcome.applied:
                self.flash(request, f"{verdict.value}d: request {proposal_id} is {outcome.status}")
            else:
                self.flash(request, "not applied: " + "; ".join(outcome.refusals), "error")
            return RedirectResponse(f"/cases/{case_id}", status_code=303, headers=HEADERS)

        return await self._on_case(request, act)

    def _report(self, request: Request, outcome, what: str) -> None:
        if not outcome.applied:
            self.flash(request, "not applied: " + "; ".join(outcome.refusals), "error")
            return
        waiting = f"; request {outcome.proposal_id} awaits a fresh approval" if outcome.proposal_id else ""
        self.flash(request, f"{what}: case is {outcome.status} (run {outcome.run}){waiting}")


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
