"""The Slack side of case updates: post a case's card in its file's thread (and approval requests
to each approver's DM), update every card in place as the case moves, reply in the thread when
it ends, remind approvers and expire requests on the policy's intervals.

`SlackNotifier` is the workflow's Notifier. It is created before the services (the workflow
holds it) and bound to the Slack client and services by `build_app`.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from countersign.agent.approvals import expire_overdue
from countersign.app.bootstrap import Services
from countersign.app.slack import blocks as bk
from countersign.app.slack.card_content import card_content
from countersign.app.slack.refs import SlackRefs
from countersign.domain import FINAL_STATUSES, CaseStatus, CaseView, Proposal, ProposalStatus
from countersign.policies.approval import reminders_due

log = logging.getLogger(__name__)


class SlackNotifier:
    def __init__(self, client: WebClient | None = None, services: Services | None = None):
        self.client = client
        self.services = services
        self.refs = SlackRefs(services.sessions, services.clock) if services else None

    def bind(self, client: WebClient, services: Services) -> None:
        self.client, self.services, self.refs = client, services, SlackRefs(services.sessions, services.clock)

    @property
    def bound(self) -> bool:
        return self.client is not None and self.services is not None

    # ------------------------------------------------------------------ Notifier protocol

    def case_updated(self, case: CaseView, proposal: Proposal | None) -> None:
        """Called by the workflow's notify node. Never raises: Slack trouble must not fail a case."""
        if not self.bound:
            return
        try:
            if not self.refs.cards_for_case(case.id):
                return  # intake has not replied yet; its reply will show the current state
            self.refresh(case.id)
            if case.status in FINAL_STATUSES and self.refs.claim(f"outcome:{case.id}:{case.status}"):
                thread = self.refs.thread_of(case.id)
                if thread:
                    content = card_content(self.services, case.id)
                    self.client.chat_postMessage(channel=thread.channel, thread_ts=thread.thread_ts or thread.ts,
                                                 text=bk.outcome_text(content))
        except Exception:  # noqa: BLE001 - logged; the case itself is already recorded
            log.exception("slack update for case %s failed", case.id)

    # ------------------------------------------------------------------ cards

    def post_reading(self, case_id: str, *, channel: str, thread_ts: str | None) -> None:
        """The first reply in the file's thread, as soon as the document is read: the values read,
        before the vendor, the PO and the policy are checked. `post_case` turns it into the card."""
        content = card_content(self.services, case_id)
        if content.status != CaseStatus.PROCESSING:
            return  # not read (the card says why), or already further: the card comes next
        response = self.client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=bk.reading_text(content),
                                                blocks=bk.reading_card(content), unfurl_links=False)
        self.refs.note_reading(case_id, response["channel"], response["ts"])

    def post_case(self, case_id: str, *, channel: str, thread_ts: str | None) -> None:
        """The intake reply in the file's thread (in place of its reading card, if one was posted);
        approval requests also go to each approver's DM."""
        content = card_content(self.services, case_id)
        text, blocks = bk.summary_text(content), bk.case_card(content)
        shown = self._replace_reading(case_id, text, blocks)
        if shown is None:
            response = self.client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=text, blocks=blocks,
                                                    unfurl_links=False)
            shown = response["channel"], response["ts"]
        self.refs.add_card(case_id=case_id, proposal_id=content.proposal_id, kind="thread", channel=shown[0],
                           ts=shown[1], thread_ts=thread_ts)
        if content.status == CaseStatus.AWAITING_APPROVAL and content.proposal_id:
            for user_id, _name in content.approvers:
                try:
                    dm = self.client.conversations_open(users=user_id)["channel"]["id"]
                    sent = self.client.chat_postMessage(channel=dm, text=f"Approval needed: {bk.summary_text(content)}",
                                                        blocks=bk.approval_card(content))
                    self.refs.add_card(case_id=case_id, proposal_id=content.proposal_id, kind="dm",
                                       channel=sent["channel"], ts=sent["ts"], thread_ts=None)
                except SlackApiError as exc:
                    log.warning("could not DM approver %s: %s", user_id, exc.response.get("error"))

    def _replace_reading(self, case_id: str, text: str, blocks: list) -> tuple[str, str] | None:
        """Turn the case's reading card into `blocks`: its (channel, ts), or None when there is none
        to replace (never posted, or deleted meanwhile: the card is then posted anew)."""
        reading = self.refs.reading_of(case_id)
        if reading is None:
            return None
        try:
            self.client.chat_update(channel=reading[0], ts=reading[1], text=text, blocks=blocks)
        except SlackApiError as exc:
            log.warning("could not replace the reading card of case %s: %s", case_id, exc.response.get("error"))
            reading = None
        self.refs.replaced_reading(case_id)
        return reading

    def refresh(self, case_id: str) -> None:
        """Update every card showing the case in place; buttons disappear once it is decided."""
        content = card_content(self.services, case_id)
        for card in self.refs.cards_for_case(case_id):
            try:
                self.client.chat_update(channel=card.channel, ts=card.ts, text=bk.summary_text(content),
                                        blocks=bk.case_card(content))
            except SlackApiError as exc:
                log.warning("could not update card %s/%s: %s", card.channel, card.ts, exc.response.get("error"))

    def post_text(self, channel: str, thread_ts: str | None, text: str) -> None:
        self.client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=text, unfurl_links=False)

    # ------------------------------------------------------------------ reminders and expiry

    def remind_and_expire(self, now: datetime | None = None) -> dict[str, list[str]]:
        """Expire overdue requests (the thread says so, via the notify node), then remind approvers of
        requests waiting longer than the policy's reminder interval. Safe to run from every worker:
        expiry is a compare-and-set and each reminder is claimed in the store."""
        services = self.services
        now = now or services.clock()
        expired = expire_overdue(services, now)
        reminded = []
        every = services.policy.reminder_every_hours
        if every:
            not_since = now - timedelta(hours=every)
            for proposal in services.store.proposals_with_status([ProposalStatus.AWAITING_APPROVAL]):
                if not reminders_due(proposal, now, None, policy=services.policy):
                    continue  # requested less than an interval ago (the claim below spaces later ones)
                thread = self.refs.thread_of(proposal.case_id)
                if thread is None or not self.refs.claim_reminder(proposal.case_id, now=now, not_since=not_since):
                    continue
                content = card_content(services, proposal.case_id)
                self.post_text(thread.channel, thread.thread_ts or thread.ts, bk.reminder_text(content))
                services.audit.record(actor="system", action="reminder_sent", subject=proposal.case_id,
                                      payload={"proposal_id": proposal.id, "channel": "slack",
                                               "approvers": [uid for uid, _ in content.approvers]})
                reminded.append(proposal.id)
        return {"expired": expired, "reminded": reminded}
