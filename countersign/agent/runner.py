"""Running cases through the workflow: intake, run, resume after a decision, recover after a crash.

Every run goes through `advance`, under the case's claim (app/claims.py, behind `runtime.Claims`).

`process_file` is the one readable pipeline function: store the PDF once, open a case, run the
graph until it finishes or waits for a human.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from countersign.agent.authority import completed_by_record
from countersign.agent.log_context import bound
from countersign.agent.runtime import Runtime
from countersign.domain import FINAL_STATUSES, CaseProgress, CaseStatus, Proposal, ProposalStatus

log = logging.getLogger(__name__)
CLAIM_WAIT_SECONDS = 30.0  # how long an interactive caller waits for a case another driver holds
RECEIVED = "received"  # needs a run from the start
RESUMED = "resumed"  # needs its graph continued from the checkpoint


def thread_config(case_id: str, run: int = 0) -> dict[str, Any]:
    """The LangGraph thread of a case's run: the case id for its first run, `<id>/run<N>` after a
    correction or a re-run, so no checkpoint of an earlier run (its waiting approval) carries over.
    Its runs are tagged with the case id, for tracing when an operator turns tracing on."""
    return {"configurable": {"thread_id": case_id if run == 0 else f"{case_id}/run{run}"},
            "metadata": {"case_id": case_id, "run": run}, "run_name": "case workflow"}


@dataclass(frozen=True)
class IntakeResult:
    case_id: str
    status: str
    reason: str = ""
    duplicate_of: str | None = None

    @property
    def failed(self) -> bool:
        return self.status == CaseStatus.FAILED_INTAKE


def intake(services: Runtime, path: Path, *, source: str, uploader: str | None) -> IntakeResult:
    """Read and store the file once; a bad path or an oversized file is a failed-intake case."""
    limit = services.settings.max_upload_bytes
    reason = ""
    data = b""
    if not path.exists():
        reason = "no such file"
    elif not path.is_file():
        reason = "not a file"
    elif path.stat().st_size > limit:
        reason = f"too large: {path.stat().st_size / 1e6:.1f} MB > {limit / 1e6:.0f} MB"
    else:
        try:
            data = path.read_bytes()
        except OSError as exc:
            reason = f"cannot read: {exc.strerror}"
    if reason:
        return _failed_intake(services, path.name, source, uploader, reason)
    return intake_bytes(services, data, filename=path.name, source=source, uploader=uploader)


MAX_NAME = 255


def safe_filename(name: str | None) -> str:
    """An uploaded file's name as it may be stored and shown: no directory part, no control
    characters (NUL included), at most 255 characters with the extension kept. The name is only
    a label: documents are stored under their content hash, never under this name."""
    base = re.split(r"[\\/]", name or "")[-1]
    clean = " ".join("".join(ch if ch.isprintable() else " " for ch in base).split())
    if not clean.strip(". "):
        return "upload.pdf"
    if len(clean) > MAX_NAME:
        stem, dot, ext = clean.rpartition(".")
        suffix = f".{ext}" if dot and stem and len(ext) <= 10 else ""
        clean = (stem if suffix else clean)[: MAX_NAME - len(suffix)].rstrip() + suffix
    return clean


def intake_bytes(services: Runtime, data: bytes, *, filename: str, source: str, uploader: str | None) -> IntakeResult:
    """Store bytes received from anywhere (a file, a Slack download) once and open a case for them.

    The same bytes twice give the earlier case (`duplicate_of`); empty or oversized bytes give a
    failed-intake case with the reason.
    """
    store = services.store
    limit = services.settings.max_upload_bytes
    filename = safe_filename(filename)
    if uploader not in services.policy.people:
        return _failed_intake(services, filename, source, uploader, unknown_person(uploader, "submit invoices"))
    if not data:
        return _failed_intake(services, filename, source, uploader, "empty file")
    if len(data) > limit:
        return _failed_intake(services, filename, source, uploader,
                              f"too large: {len(data) / 1e6:.1f} MB > {limit / 1e6:.0f} MB")
    sha = store.save_document(data, filename)
    earlier = store.case_for_document(sha)
    if earlier:
        case = store.case_progress(earlier)
        return IntakeResult(earlier, case.status, f"already received as case {earlier}", duplicate_of=earlier)
    case_id = store.open_case(filename=filename, source=source, uploader=uploader, document_sha256=sha)
    return IntakeResult(case_id, CaseStatus.RECEIVED)


def unknown_person(user: str | None, what: str) -> str:
    """Why intake refuses someone: segregation of duties needs to know who submitted the work."""
    return (f"unknown uploader {user or '(none given)'}: only people mapped in the policy may {what}, so that "
            "nobody approves their own")


def _failed_intake(services: Runtime, filename: str, source: str, uploader: str | None, reason: str) -> IntakeResult:
    case_id = services.store.open_case(filename=filename, source=source, uploader=uploader, document_sha256=None,
                                       status=CaseStatus.FAILED_INTAKE, reason=reason)
    return IntakeResult(case_id, CaseStatus.FAILED_INTAKE, reason)


def sync_order(services: Runtime, opportunity_id: str, *, requested_by: str | None,
               on_step: Callable[[str], None] | None = None) -> IntakeResult:
    """Open (or reuse) the order case for a closed-won opportunity and run it to its approval.

    Nothing is created in the ERP here: the case either stalls with a named reason or waits for a
    person to approve its `sync_order` proposal."""
    reference = opportunity_id.strip()  # CRM ids can be case-sensitive (Salesforce's 15-character ones)
    if requested_by not in services.policy.people:
        reason = unknown_person(requested_by, "request invoices")
        case_id = services.store.open_case(filename=reference, source="crm", uploader=requested_by,
                                           document_sha256=None, kind="order", reference=reference,
                                           status=CaseStatus.FAILED_INTAKE, reason=reason)
        return IntakeResult(case_id, CaseStatus.FAILED_INTAKE, reason)
    opportunity = services.crm.get_opportunity(reference)
    reference = opportunity.id if opportunity else reference.upper()  # the CRM's own spelling of its id
    earlier = services.store.open_order_case(reference)
    if earlier:
        case = services.store.case_progress(earlier)
        return IntakeResult(earlier, case.status, f"already in progress as case {earlier}", duplicate_of=earlier)
    name = opportunity.name if opportunity else reference
    case_id = services.store.open_case(filename=name, source="crm", uploader=requested_by, document_sha256=None,
                                       kind="order", reference=reference)
    after = _run(services, case_id, on_step)
    return IntakeResult(case_id, after.status, after.reason)


def run_case(services: Runtime, case_id: str, on_step: Callable[[str], None] | None = None, *,
             wait: float = CLAIM_WAIT_SECONDS, pause_after: str | None = None) -> str:
    """Take the case as far as it can go now (start it, continue it, apply its decision); return its status.

    If another thread or process holds the case for longer than `wait`, leave it to them.
    `pause_after` stops the run after that step (its checkpoint kept): the next run continues
    from there. Slack's intake shows the reading that way before the checks."""
    return _run(services, case_id, on_step, wait=wait, pause_after=pause_after).status


def _run(services: Runtime, case_id: str, on_step: Callable[[str], None] | None = None, *,
         wait: float = CLAIM_WAIT_SECONDS, pause_after: str | None = None) -> CaseProgress:
    """`run_case`, with the status and reason the run left (read once, for the log and the caller)."""
    _, after = advance_read(services, case_id, on_step, wait=wait, pause_after=pause_after)
    if after is None:  # nothing ran here: the case as it is now
        after = services.store.case_progress(case_id)
    if after is None:
        raise KeyError(f"no case {case_id}")
    return after


def process_file(services: Runtime, path: Path, *, source: str = "cli", uploader: str | None = None,
                 on_step: Callable[[str], None] | None = None) -> IntakeResult:
    return _process(services, intake(services, path, source=source, uploader=uploader), on_step)


def process_bytes(services: Runtime, data: bytes, *, filename: str, source: str, uploader: str | None = None,
                  on_step: Callable[[str], None] | None = None) -> IntakeResult:
    """`process_file` for bytes already in memory (a Slack download)."""
    return _process(services, intake_bytes(services, data, filename=filename, source=source, uploader=uploader),
                    on_step)


def _process(services: Runtime, result: IntakeResult, on_step: Callable[[str], None] | None) -> IntakeResult:
    if result.failed or result.duplicate_of:
        return result
    after = _run(services, result.case_id, on_step)
    return IntakeResult(result.case_id, after.status, after.reason)


def needs_work(services: Runtime, case_id: str) -> str | None:
    """RECEIVED, RESUMED or None, from the case and its graph checkpoint."""
    return _next_step(services, case_id)[0]


def _next_step(services: Runtime, case_id: str) -> tuple[str | None, Any, int]:
    """What the case needs (RECEIVED, RESUMED or None), the graph input that does it and the run
    whose graph thread it goes to."""
    case = services.store.case_progress(case_id)
    if (case is None or case.status == CaseStatus.FAILED_INTAKE
            or (case.document_sha256 is None and case.kind != "order")):
        return None, None, 0
    run = case.run
    state = services.graph.get_state(thread_config(case_id, case.run))
    if not state.next:
        # Never started, or the graph ended while the case did not. The latter was seen at N=1000
        # under SIGKILL when two processes drove one case side by side (now prevented by claims)
        # and a vendor-creation re-run ended early (fixed); kept as a backstop. Run it again from
        # the start: every node is safe to repeat (proposals and bills are keyed).
        return (RECEIVED, {"case_id": case_id}, run) if case.status not in FINAL_STATUSES else (None, None, run)
    if state.interrupts:
        proposal_id = state.interrupts[0].value.get("proposal_id")
        proposal = services.store.get_proposal(proposal_id)
        if proposal is not None and proposal.status == ProposalStatus.AWAITING_APPROVAL:
            if _approved_by_record(services, proposal):
                return RESUMED, _Complete(proposal), run  # its approvals are all in; only the promotion was lost
            return None, None, run  # waiting for a person: nothing to do
        # the decision is recorded: hand it to the waiting approval node
        from langgraph.types import Command  # only when a case is driven: read-only commands never load langgraph

        status = str(proposal.status) if proposal else None
        return RESUMED, Command(resume={"proposal_id": proposal_id, "status": status}), run
    return RESUMED, None, run  # a crash mid-graph: LangGraph continues from the last checkpoint


def advance(services: Runtime, case_id: str, on_step: Callable[[str], None] | None = None, *,
            wait: float = 0.0) -> str | None:
    """Under the case's claim, look at what it needs and do it: RECEIVED, RESUMED, or None (nothing
    needed, or someone else holds it). Looking only after claiming means a case another driver just
    finished is never run again, and no two drivers ever advance one case side by side."""
    return advance_read(services, case_id, on_step, wait=wait)[0]


def advance_read(services: Runtime, case_id: str, on_step: Callable[[str], None] | None = None, *,
                 wait: float = 0.0, pause_after: str | None = None) -> tuple[str | None, CaseProgress | None]:
    """`advance`, and where the case stands when the run it did stopped (None when it did none)."""
    with services.claims.hold(case_id, wait=wait) as ours, bound(case_id=case_id):
        if not ours:
            return None, None
        action, graph_input, run = _next_step(services, case_id)
        if isinstance(graph_input, _Complete):
            services.store.complete_by_record(graph_input.proposal)
            action, graph_input, run = _next_step(services, case_id)
        if action is None:
            return None, None
        log.info("case %s: %s", action, "started" if action == RECEIVED else "continued")
        _drive(services, graph_input, case_id, run, on_step, pause_after)
        after = services.store.case_progress(case_id)
        log.info("case now %s%s", after.status if after else "gone",
                 f": {after.reason}" if after and after.reason else "")
        return action, after


@dataclass(frozen=True)
class _Complete:
    """A proposal still awaiting approval whose recorded approvals already complete it."""

    proposal: Proposal


def _approved_by_record(services: Runtime, proposal: Proposal) -> bool:
    decisions = services.store.decisions_for(proposal.id)
    return bool(decisions) and completed_by_record(services, proposal, decisions)


def recover(services: Runtime, on_case: Callable[[], None] | None = None) -> list[str]:
    """Finish every case whose graph stopped short of the end (process killed, decision not
    applied), and every proposal whose recorded approvals already complete it. `on_case` is
    called after each case looked at (a progress bar)."""
    resumed = []
    for case in services.store.list_cases():
        if advance(services, case.id) is not None:
            resumed.append(case.id)
        if on_case:
            on_case()
    return resumed


def _drive(services: Runtime, graph_input: Any, case_id: str, run: int,
           on_step: Callable[[str], None] | None = None, pause_after: str | None = None) -> None:
    config = thread_config(case_id, run)  # the run `_next_step` read the checkpoint of
    pause = [pause_after] if pause_after else None
    for update in services.graph.stream(graph_input, config, stream_mode="updates", durability="sync",
                                        interrupt_after=pause):
        if on_step:
            for node in update:
                if not node.startswith("__"):
                    on_step(node)
