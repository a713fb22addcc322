""""Edit fields" on a card: the modal, prefilled on the server, and its submission, which corrects the
case through the one path every channel uses (`app/correcting.py` -> `agent/corrections.py`).

Who corrects is the user Slack vouches for (the request is signed, or arrives over the app's own
socket); the agent checks the rest (mapped in the policy, a reason, a case that may be corrected)
and audits a refusal. A value that cannot be a field's is refused inside the modal before anything
is stored. Once applied, every card of the case is updated in place and the thread says who
changed what and why.
"""

from __future__ import annotations

import json
import logging
import re

from slack_bolt import Ack, App
from slack_sdk.errors import SlackApiError

from countersign.app.correcting import correct_case
from countersign.app.slack import edit_view as ev
from countersign.app.slack.card_content import editable, shown
from countersign.app.slack.deps import SlackDeps, retry_store
from countersign.domain import CORRECTABLE_FIELDS, CorrectionError, ProposalStatus, normalize_correction
from countersign.domain.corrections import MAX_REASON

log = logging.getLogger(__name__)
CASE_ID = re.compile(r"C-[A-Z0-9]{1,30}")


def register(app: App, deps: SlackDeps) -> None:
    @app.action(ev.EDIT_ACTION)
    def on_edit(ack: Ack, body: dict, action: dict, client) -> None:
        ack()
        user, channel = body["user"]["id"], _channel(body)
        case_id = str(action.get("value", ""))
        refusals = _open_refusals(deps, user, case_id)
        if refusals:
            deps.io.submit(_refuse, deps, user, case_id, channel, refusals)
            return
        case = deps.services.store.get_case(case_id)
        fields = (case.extracted or {}).get("fields") or {}
        prefill = [(name, _kept(fields, name), shown(name, _kept(fields, name))) for name in CORRECTABLE_FIELDS]
        metadata = ev.edit_metadata(case.id, case.run, channel)
        try:  # the trigger id expires 3 s after the click: open now
            client.views_open(trigger_id=body["trigger_id"],
                              view=ev.edit_modal(case.id, prefill, metadata, case.invoice_number))
        except SlackApiError as exc:
            log.warning("could not open the edit modal: %s", exc.response.get("error"))

    @app.view(ev.EDIT_VIEW)
    def on_edit_submit(ack: Ack, body: dict, view: dict) -> None:
        typed, reason = ev.submitted(view)
        errors = {}
        for name, value in typed.items():
            if name not in CORRECTABLE_FIELDS:
                continue  # not one of our inputs: ignored (never applied)
            try:
                normalize_correction(name, value)
            except CorrectionError as exc:
                errors[ev.FIELD_BLOCK + name] = str(exc)[:150]
        if not reason.strip():
            errors[ev.REASON_BLOCK] = "Say why (kept with the correction in the audit log)."
        elif len(reason) > MAX_REASON:
            errors[ev.REASON_BLOCK] = f"At most {MAX_REASON} characters."
        if errors:
            ack(response_action="errors", errors=errors)
            return
        ack()
        try:
            meta = json.loads(view.get("private_metadata") or "{}")
        except ValueError:
            meta = {}
        deps.cases.submit(_apply, deps, body["user"]["id"], meta if isinstance(meta, dict) else {},
                          typed, reason.strip())


def _channel(body: dict) -> str | None:
    return (body.get("container") or {}).get("channel_id") or (body.get("channel") or {}).get("id")


def _kept(fields: dict, name: str) -> str | None:
    value = (fields.get(name) or {}).get("value")
    return None if value is None else str(value)


def _open_refusals(deps: SlackDeps, user: str, case_id: str) -> list[str]:
    """Why this click opens no form (the agent checks everything again on submission)."""
    if user not in deps.services.policy.people:
        return [f"{user} is not mapped to a person in the policy; unmapped identities can change nothing"]
    case = deps.services.store.get_case(case_id) if CASE_ID.fullmatch(case_id) else None
    if case is None:
        return ["this button does not carry a case this app knows"]
    if not editable(case):
        return [f"case {case.id} is {case.status}: its values cannot be corrected now"]
    return []


def _apply(deps: SlackDeps, user: str, meta: dict, typed: dict[str, str], reason: str) -> None:
    services = deps.services
    case_id, channel = str(meta.get("case_id") or ""), meta.get("channel")
    case = services.store.get_case(case_id) if CASE_ID.fullmatch(case_id) else None
    if case is None:
        _refuse(deps, user, case_id or "unknown", channel, ["this form does not carry a case this app knows"])
        return
    if meta.get("run") != case.run:
        _refuse(deps, user, case_id, channel, [f"case {case_id} changed since you opened the form (run {case.run}"
                                               f" now); open Edit fields again"])
        return
    fields = (case.extracted or {}).get("fields") or {}
    changes: dict[str, str] = {}
    for name, value in typed.items():
        if name not in CORRECTABLE_FIELDS:
            continue
        if name in ev.SECRET_FIELDS:
            if value.strip():  # an empty secret input keeps the value
                changes[name] = value
        elif " ".join(value.split()) != (_kept(fields, name) or ""):
            changes[name] = value
    before = {name: _kept(fields, name) for name in changes}
    outcome = correct_case(services, case_id, changes, who=user, reason=reason, channel="slack")
    if not outcome.applied:
        _refuse(deps, user, case_id, channel, outcome.refusals, audited=True)
        return
    deps.notifier.refresh(case_id)
    thread = deps.refs.thread_of(case_id)
    if thread:
        lines = [(c.field, shown(c.field, before.get(c.field)), shown(c.field, c.new_value))
                 for c in outcome.corrections]
        waiting = any(p.status == ProposalStatus.AWAITING_APPROVAL for p in services.store.proposals_for_case(case_id))
        try:
            deps.notifier.post_text(thread.channel, thread.thread_ts or thread.ts,
                                    ev.correction_text(user, lines, reason, outcome.status, waiting))
        except SlackApiError as exc:
            log.warning("could not tell the thread about the correction of %s: %s", case_id,
                        exc.response.get("error"))


def _refuse(deps: SlackDeps, user: str, case_id: str, channel: str | None, refusals: list[str],
            audited: bool = False) -> None:
    if not audited:  # the agent audits its own refusals; these stopped before reaching it
        retry_store(lambda: deps.services.audit.record(
            actor=user[:64], action="correction_refused", subject=case_id[:64] or "unknown",
            payload={"refusals": refusals, "channel": "slack"}))
    text = ev.edit_refused_text(refusals)
    try:
        if channel:
            deps.client.chat_postEphemeral(channel=channel, user=user, text=text)
        else:
            deps.client.chat_postMessage(channel=user, text=text)
    except SlackApiError as exc:
        log.warning("could not tell %s why their correction was refused: %s", user, exc.response.get("error"))
