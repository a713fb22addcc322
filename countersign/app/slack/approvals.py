"""Approve / Reject clicks and the reject-reason modal.

Only two things are taken from a click: the button's value (an opaque proposal id) and the
clicking user's id, which Slack vouches for (the request is signed, or arrives over the
app's own socket). Authority, segregation of duties, expiry and "still awaiting" are all checked
by `approvals.decide` on the server; a refusal is an ephemeral reply saying why, and is audited.
A value that cannot be one of our proposal ids (`PROPOSAL_ID`: longer than the column, or other
characters) is forged input: refused and audited before it is looked up or stored anywhere.
"""

from __future__ import annotations

import json
import logging
import re

from slack_bolt import Ack, App
from slack_sdk.errors import SlackApiError
from sqlalchemy.exc import DBAPIError

from countersign.agent.approvals import decide
from countersign.agent.runner import run_case
from countersign.app.slack import blocks as bk
from countersign.app.slack.deps import SlackDeps, retry_store
from countersign.app.slack.home import publish_home
from countersign.domain import ProposalStatus, Verdict

log = logging.getLogger(__name__)
PROPOSAL_ID = re.compile(r"[A-Za-z0-9_-]{1,32}")  # what we put in a button (proposals.id is 32 characters)


def register(app: App, deps: SlackDeps) -> None:
    @app.action(bk.APPROVE_ACTION)
    def on_approve(ack: Ack, body: dict, action: dict) -> None:
        ack()
        user = body["user"]["id"]
        channel = _channel(body)
        deps.cases.submit(_apply, deps, str(action.get("value", "")), user, Verdict.APPROVE, "", channel,
                          _from_home(body))

    @app.action(bk.REJECT_ACTION)
    def on_reject(ack: Ack, body: dict, action: dict, client) -> None:
        ack()
        proposal_id = str(action.get("value", ""))
        if not PROPOSAL_ID.fullmatch(proposal_id):  # no modal for a request we never made
            deps.cases.submit(_apply, deps, proposal_id, body["user"]["id"], Verdict.REJECT, "", _channel(body))
            return
        # The trigger id expires 3 s after the click: open the modal now, before anything else.
        metadata = json.dumps({"proposal_id": proposal_id, "channel": _channel(body), "home": _from_home(body)})
        try:
            client.views_open(trigger_id=body["trigger_id"], view=bk.reject_modal(proposal_id, metadata))
        except SlackApiError as exc:
            log.warning("could not open the reject modal: %s", exc.response.get("error"))

    @app.view(bk.REJECT_VIEW)
    def on_reject_reason(ack: Ack, body: dict, view: dict) -> None:
        values = view.get("state", {}).get("values", {})
        reason = ((values.get(bk.REASON_BLOCK) or {}).get(bk.REASON_INPUT) or {}).get("value") or ""
        if not reason.strip():
            ack(response_action="errors", errors={bk.REASON_BLOCK: "Say why it is rejected."})
            return
        ack()
        try:
            meta = json.loads(view.get("private_metadata") or "{}")
        except ValueError:
            meta = {}
        deps.cases.submit(_apply, deps, str(meta.get("proposal_id", "")), body["user"]["id"], Verdict.REJECT,
                          reason.strip(), meta.get("channel"), meta.get("home") is True)


def _from_home(body: dict) -> bool:
    """The click came from the person's App Home tab (republished once decided)."""
    return (body.get("view") or {}).get("type") == "home" or (body.get("container") or {}).get("type") == "view"


def _channel(body: dict) -> str | None:
    return (body.get("container") or {}).get("channel_id") or (body.get("channel") or {}).get("id")


def _apply(deps: SlackDeps, proposal_id: str, user: str, verdict: Verdict, reason: str, channel: str | None,
           from_home: bool = False) -> None:
    try:
        _apply_decision(deps, proposal_id, user, verdict, reason, channel)
    finally:
        if from_home:  # the tab shows the request as decided, or still there with the refusal DM'd
            deps.io.submit(publish_home, deps, user)


def _apply_decision(deps: SlackDeps, proposal_id: str, user: str, verdict: Verdict, reason: str,
                    channel: str | None) -> None:
    services = deps.services
    if not PROPOSAL_ID.fullmatch(proposal_id):
        refusals = ["this button does not carry an approval request this app issued"]
        retry_store(lambda: services.audit.record(
            actor=user[:64], action="decision_refused", subject="slack:forged-value",
            payload={"value": proposal_id[:64], "value_length": len(proposal_id), "verdict": verdict,
                     "refusals": refusals, "channel": "slack"}))
        _refuse(deps, channel, user, refusals)
        return
    if services.store.get_proposal(proposal_id) is None:
        outcome_refusals = [f"no approval request {proposal_id}"]
        services.audit.record(actor=user, action="decision_refused", subject=proposal_id or "unknown",
                              payload={"proposal_id": proposal_id, "verdict": verdict, "refusals": outcome_refusals,
                                       "channel": "slack"})
        _refuse(deps, channel, user, outcome_refusals)
        return
    try:
        outcome = decide(services, proposal_id, approver_id=user, verdict=verdict, reason=reason, channel="slack")
    except DBAPIError:
        # The decision committed but resuming the graph hit a store conflict (another process
        # writing the audit chain): carry on from the checkpoint; posting is idempotent.
        proposal = services.store.get_proposal(proposal_id)
        if proposal.status == ProposalStatus.AWAITING_APPROVAL:
            raise
        retry_store(lambda: run_case(services, proposal.case_id))
        deps.io.submit(deps.notifier.refresh, proposal.case_id)
        return
    if not outcome.applied:
        _refuse(deps, channel, user, outcome.refusals)
        return
    # A final outcome already updated the cards through the workflow's notify step; a partial one
    # (the first of two approvers) has no workflow step, so refresh here. Updating twice is harmless.
    proposal = services.store.get_proposal(proposal_id)
    deps.io.submit(deps.notifier.refresh, proposal.case_id)


def _refuse(deps: SlackDeps, channel: str | None, user: str, refusals: list[str]) -> None:
    text = bk.refusal_text(refusals)
    try:
        if channel:
            deps.client.chat_postEphemeral(channel=channel, user=user, text=text)
        else:
            deps.client.chat_postMessage(channel=user, text=text)
    except SlackApiError as exc:
        log.warning("could not tell %s why their decision was refused: %s", user, exc.response.get("error"))
