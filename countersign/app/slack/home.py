"""The App Home tab and the daily digest: each person's own view of what waits for them.

"Waiting for you" is `agent.approvals.waiting_for`: the same checks a click gets (current policy,
segregation of duties), so the tab never offers a request the click would refuse. The tab is
published when the person opens it and again after they decide from it; the digest goes once
a day per person from the policy's `digest_hour_utc`, claimed in the store so that several
processes send it once.
"""

from __future__ import annotations

import logging
from datetime import datetime

from slack_bolt import App
from slack_sdk.errors import SlackApiError

from countersign.agent.approvals import waiting_for
from countersign.agent.runtime import Runtime
from countersign.app.slack.deps import SlackDeps
from countersign.app.slack.home_blocks import HomeContent, HomeItem, digest_text, home_view
from countersign.domain import CaseView, ProposalStatus

log = logging.getLogger(__name__)
RECENT = 10


def register(app: App, deps: SlackDeps) -> None:
    @app.event("app_home_opened")
    def on_home_opened(event: dict) -> None:
        if event.get("tab", "home") == "home" and event.get("user"):
            deps.io.submit(publish_home, deps, str(event["user"]))


def _item(case: CaseView, **more) -> HomeItem:
    return HomeItem(case_id=case.id, invoice_number=case.invoice_number, vendor=case.vendor_name,
                    total=str(case.total) if case.total is not None else None, currency=case.currency,
                    status=case.status, reason=case.reason, **more)


def home_content(services: Runtime, user_id: str, now: datetime, console_url: str | None = None) -> HomeContent:
    """What the person's home tab shows, read from the store and the policy."""
    store = services.store
    waiting = [_item(case, proposal_id=p.id, expires_at=p.expires_at)
               for p, case in waiting_for(services, user_id, now)]
    uploaded = [_item(case) for case in store.cases_uploaded_by(user_id, RECENT)]
    decided = []
    for decision in store.decisions_by(user_id, RECENT):
        proposal = store.get_proposal(decision.proposal_id)
        case = store.get_case(proposal.case_id) if proposal else None
        if case is not None:
            decided.append(_item(case, proposal_id=decision.proposal_id, verdict=decision.verdict,
                                 decided_at=decision.at))
    person = services.policy.people.get(user_id)
    return HomeContent(user_id=user_id, name=person.name if person else None, waiting=waiting,
                       uploaded=uploaded, decided=decided, console_url=console_url)


def publish_home(deps: SlackDeps, user_id: str) -> None:
    services = deps.services
    content = home_content(services, user_id, services.clock(), deps.settings.console_public_url)
    try:
        deps.client.views_publish(user_id=user_id, view=home_view(content))
    except SlackApiError as exc:
        log.warning("could not publish the home tab of %s: %s", user_id, exc.response.get("error"))


def send_digests(deps: SlackDeps, now: datetime) -> list[str]:
    """From the policy's digest hour, DM each approver with waiting requests once that day.
    Returns who was sent one. The claim is taken before sending: a failed send is not retried
    that day (a reminder on the card thread still follows), never sent twice."""
    services = deps.services
    hour = services.policy.digest_hour_utc
    if hour is None or now.hour < hour:
        return []
    sent = []
    waiting = services.store.proposals_with_status([ProposalStatus.AWAITING_APPROVAL])
    if not waiting:
        return []
    for user_id in services.policy.people:
        content = home_content(services, user_id, now, deps.settings.console_public_url)
        if not content.waiting or not deps.refs.claim(f"digest:{user_id}:{now:%Y-%m-%d}"):
            continue
        try:
            deps.client.chat_postMessage(channel=user_id, text=digest_text(content), unfurl_links=False)
        except SlackApiError as exc:
            log.warning("could not send the digest to %s: %s", user_id, exc.response.get("error"))
            continue
        services.audit.record(actor="system", action="digest_sent", subject=f"person:{user_id}",
                              payload={"channel": "slack", "proposals": [i.proposal_id for i in content.waiting]})
        sent.append(user_id)
    return sent
