"""Invoices in from the AP channel: `file_shared` events and `message` events with files.

One upload arrives both ways, so each file id is claimed once in the store. Per file: check it
is a PDF (by what Slack says, then by the bytes), download with the bot token, then on the
`cases` pool: intake and the reading, and at once the reading card in the file's thread (what
was read, nothing yet about vendor, PO or policy). The rest of the workflow is queued behind
(`deps.checks`), so in a burst every reading shows before any checks run; the case's card then
replaces the reading card in place. Several files in one message give one reply each; a non-PDF
or unreadable file gives one short reply. With
`slack_uploads_to_workers`, the app stops after the claim and its pending note: the workers
take the file from there (`take_noted_file`, through `handoff.py`).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime

from slack_bolt import App
from slack_sdk.errors import SlackApiError

from countersign.agent import runner
from countersign.app.slack import blocks as bk
from countersign.app.slack.deps import SlackDeps, retry_store
from countersign.app.slack.files import DownloadError, download_pdf, is_pdf_file

log = logging.getLogger(__name__)
READ_STEP = "extract"  # the workflow step after which the thread shows the reading


@dataclass(frozen=True)
class SharedFile:
    """One file of one delivery: where it was shared, by whom, and what the event said about it."""

    file_id: str
    channel: str
    thread_ts: str | None
    user: str | None
    file: dict | None  # the message event's file object; None from `file_shared` (files.info later)


def register(app: App, deps: SlackDeps) -> None:
    def own_files(body: dict, context: dict, next) -> None:  # noqa: A002 - Bolt passes `next` by name
        """Runs before Slack gets its 200. Slack does not redeliver an acknowledged event, so each
        file is claimed *and* noted pending in one transaction first: a process that dies after the
        ack leaves the note for the next start (`answer_pending`); a store that fails here fails
        the delivery, and Slack sends it again. One upload arrives twice (file_shared and the
        file_share message): the first delivery to claim the file owns it."""
        context["owned_files"] = [f for f in _files_of(body.get("event") or {})
                                  if deps.in_ap_channel(f.channel) and deps.refs.claim(
                                      f"file:{f.file_id}", _pending_key(f.file_id, f.channel, f.thread_ts, f.user))]
        next()

    @app.event("file_shared", middleware=[own_files])
    def on_file_shared(context: dict) -> None:
        # Bolt has already acked; this runs on its listener pool and only hands the work on.
        hand_on(context["owned_files"])

    @app.event({"type": "message", "subtype": "file_share"}, middleware=[own_files])
    def on_file_message(context: dict) -> None:
        hand_on(context["owned_files"])

    def hand_on(files: list[SharedFile]) -> None:
        if deps.settings.slack_uploads_to_workers:
            return  # the pending notes are the workers' queue (handoff.py)
        for shared in files:
            deps.io.submit(_take_file, deps, shared)


def _files_of(event: dict) -> list[SharedFile]:
    if event.get("type") == "file_shared":
        file_id = event.get("file_id") or (event.get("file") or {}).get("id")
        return [SharedFile(file_id, event.get("channel_id"), None, event.get("user_id"), None)] if file_id else []
    thread_ts = event.get("thread_ts") or event.get("ts")
    return [SharedFile(f["id"], event.get("channel"), thread_ts, event.get("user"), f)
            for f in event.get("files") or [] if f.get("id")]


def _take_file(deps: SlackDeps, shared: SharedFile) -> None:
    """Fetch what the event did not carry, then handle the file (its claim and note are written)."""
    file, thread_ts = shared.file, shared.thread_ts
    if file is None or (not file.get("url_private_download") and not file.get("url_private")):
        file = deps.client.files_info(file=shared.file_id)["file"]  # `file_access: check_file_info`
    if shared.file is None:  # from file_shared: the thread is the message that shared it
        thread_ts = _thread_of(file, shared.channel)
    _handle_file(deps, file, shared.channel, shared.user or file.get("user"), thread_ts)


def take_noted_file(deps: SlackDeps, file_id: str, channel: str, thread_ts: str | None, user: str | None) -> None:
    """A file from its pending note (a dead process's, or one the app left to the workers): what
    the note says first, then what files.info says."""
    file = deps.client.files_info(file=file_id)["file"]
    _handle_file(deps, file, channel, user or file.get("user"), thread_ts or _thread_of(file, channel))


def _pending_key(file_id: str, channel: str, thread_ts: str | None, user: str | None) -> str:
    return f"file-pending:{file_id}|{channel}|{thread_ts or ''}|{user or ''}"


def _file_done(deps: SlackDeps, file: dict) -> None:
    if file.get("id"):
        deps.refs.finish_file(file["id"])


def _thread_of(file: dict, channel: str) -> str | None:
    """The ts of the message that shared the file in `channel` (from files.info `shares`)."""
    shares = file.get("shares") or {}
    for kind in ("public", "private"):
        for share in (shares.get(kind) or {}).get(channel) or []:
            return share.get("thread_ts") or share.get("ts")
    return None


def _handle_file(deps: SlackDeps, file: dict, channel: str, user: str | None, thread_ts: str | None) -> None:
    name = file.get("name") or file.get("title") or file.get("id", "file")
    if not is_pdf_file(file):
        deps.notifier.post_text(channel, thread_ts,
                                bk.not_pdf_text(name, file.get("pretty_type") or file.get("filetype")))
        _file_done(deps, file)
        return
    try:
        data = download_pdf(file, token=deps.bot_token, max_bytes=deps.settings.max_upload_bytes,
                            extra_hosts=deps.file_hosts)
    except DownloadError as exc:
        deps.services.audit.record(actor=user or "slack", action="slack_download_failed", subject=file.get("id", name),
                                   payload={"filename": name, "reason": str(exc), "channel": channel})
        deps.notifier.post_text(channel, thread_ts, bk.failed_intake_text(name, str(exc)))
        _file_done(deps, file)
        return
    deps.cases.submit(_process, deps, data, name, channel, user, thread_ts, file.get("id"))


def _process(deps: SlackDeps, data: bytes, name: str, channel: str, user: str | None, thread_ts: str | None,
             file_id: str | None = None) -> None:
    """Intake and the reading, then the reading card in the thread; the checks and the case's card
    are queued behind (`deps.checks`), so in a burst every upload's reading shows before any
    upload's checks run."""
    services = deps.services
    result = retry_store(lambda: runner.intake_bytes(services, data, filename=name, source="slack", uploader=user))
    if file_id:
        _file_done(deps, {"id": file_id})
    if result.failed or result.duplicate_of:
        deps.io.submit(_reply, deps, result, name, channel, thread_ts)
        return
    # Where to answer, recorded before the work: a process that dies now leaves a reply to post.
    deps.refs.claim(f"reply-to:{result.case_id}|{channel}|{thread_ts or ''}")
    retry_store(lambda: runner.run_case(services, result.case_id, pause_after=READ_STEP))
    try:
        deps.notifier.post_reading(result.case_id, channel=channel, thread_ts=thread_ts)
    except SlackApiError as exc:  # the card still comes
        log.warning("could not post the reading of case %s: %s", result.case_id, exc.response.get("error"))
    deps.checks.submit(_finish, deps, result, name, channel, thread_ts)


def _finish(deps: SlackDeps, result: runner.IntakeResult, name: str, channel: str, thread_ts: str | None) -> None:
    """The rest of the case's run (vendor, PO, policy, draft, approval request), then its card."""
    retry_store(lambda: runner.run_case(deps.services, result.case_id))
    deps.io.submit(_reply, deps, result, name, channel, thread_ts)


def _reply(deps: SlackDeps, result: runner.IntakeResult, name: str, channel: str, thread_ts: str | None) -> None:
    try:
        if result.duplicate_of:
            deps.notifier.post_text(channel, thread_ts, bk.duplicate_text(name, result.duplicate_of, result.status))
        else:
            post_case_once(deps, result.case_id, channel, thread_ts)
    except SlackApiError as exc:
        log.warning("could not reply for case %s: %s", result.case_id, exc.response.get("error"))


def post_case_once(deps: SlackDeps, case_id: str, channel: str, thread_ts: str | None) -> None:
    """The case's card in its thread, once across processes (given back if Slack refuses it)."""
    if not deps.refs.claim(f"replied:{case_id}"):
        return
    try:
        deps.notifier.post_case(case_id, channel=channel, thread_ts=thread_ts)
    except Exception:
        deps.refs.release(f"replied:{case_id}")
        raise
    deps.refs.replied(case_id)


def catch_up(deps: SlackDeps) -> threading.Thread:
    """`answer_pending` on a thread of its own, started now (unless uploads go to workers, which
    take what is pending themselves): a restarted process serves Slack at once. Run before
    serving, a predecessor that died owing many cases kept the port closed until every one was
    finished, so Slack's deliveries and the clicks meanwhile failed. Safe beside new events: each
    file is claimed once, and a card is posted once (`post_case_once`)."""
    def run() -> None:
        if deps.settings.slack_uploads_to_workers:
            return  # the workers take what is pending (handoff.py)
        answered = answer_pending(deps)
        if answered:
            log.info("answered %d case(s) a stopped process left without a Slack reply", len(answered))

    thread = threading.Thread(target=run, name="slack-catch-up", daemon=True)
    thread.start()
    return thread


def answer_pending(deps: SlackDeps) -> list[str]:
    """At start-up: take in the files a dead process had claimed but not turned into cases, finish
    the cases it left mid-way and post the replies it owed."""
    for file_id, channel, thread_ts, user in deps.refs.pending_files():
        try:
            take_noted_file(deps, file_id, channel, thread_ts, user)
        except Exception:  # noqa: BLE001 - logged; the next start tries again
            log.exception("could not take in pending file %s", file_id)
    deps.drain()
    return answer_owed(deps)


def answer_owed(deps: SlackDeps, *, skip_held: bool = False, noted_before: datetime | None = None) -> list[str]:
    """Thread replies a process died owing (the case opened, its card never posted): finish each
    case as far as it goes now and post its card. `skip_held` (a worker's periodic look) leaves a
    case someone holds right now to them: its own reply is on the way. `noted_before` (the same
    look) leaves the replies owed since then to the process that owes them: a case whose checks
    wait in a worker's queue behind a burst's readings is held by no one, yet not orphaned."""
    answered = []
    for case_id, channel, thread_ts in deps.refs.pending_replies(noted_before):
        with deps.services.claims.hold(case_id) as mine:
            if skip_held and not mine:
                continue
            try:
                # wait=0: a case another process holds is being finished there; do not hold up start-up
                retry_store(lambda case_id=case_id: runner.run_case(deps.services, case_id, wait=0))
                post_case_once(deps, case_id, channel, thread_ts)
                answered.append(case_id)
            except Exception:  # noqa: BLE001 - logged; the next look tries again
                log.exception("could not answer pending case %s", case_id)
    return answered
