"""`countersign demo`: the whole product on embedded defaults, in one command.

Seeds the local ledger and CRM, renders the sample invoices, runs each through the workflow,
asks for (or, without a terminal, takes the configured demo approver's) decisions, then prints
the outcome of every case and one case's audit trail.
"""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path
from typing import Callable

import yaml
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.prompt import Prompt

from countersign.agent.approvals import decide
from countersign.agent.runner import process_file
from countersign.app import cards
from countersign.app.bootstrap import Services, open_services
from countersign.app.chat import make_ask
from countersign.app.identity import mark_demo_workspace
from countersign.app.samples import write_demo_invoices
from countersign.app.settings import Settings
from countersign.domain import Proposal, ProposalStatus, Severity, Verdict

STEPS = ("extract", "match_vendor", "lookup_po", "validate", "draft", "approval", "post", "notify")
WORKSPACE_ENTRIES = ("countersign.db", "countersign.db-wal", "countersign.db-shm", "checkpoints.sqlite",
                     "checkpoints.sqlite-wal", "checkpoints.sqlite-shm", "documents", "samples", "claims",
                     "audit-anchor.jsonl", "audit.key")


def seed(services: Services, ledger: Path | None = None, crm: Path | None = None) -> None:
    """Load ledger and CRM seed data (the packaged samples unless files are given); idempotent."""
    data = resources.files("countersign") / "data"
    ledger_text = ledger.read_text() if ledger else (data / "ledger.yaml").read_text()
    crm_text = crm.read_text() if crm else (data / "crm.yaml").read_text()
    for adapter, text in ((services.erp, ledger_text), (services.crm, crm_text)):
        if hasattr(adapter, "load_seed"):  # only the embedded ledger and CRM take seed data
            adapter.load_seed(yaml.safe_load(text))


class WorkspaceTaken(Exception):
    """The workspace holds cases the demo did not create: the demo will not touch it."""


def foreign_cases(settings: Settings) -> int:
    """How many cases in the workspace's database the demo did not create (0 when there is no
    database yet). Read without migrating or writing anything."""
    from sqlalchemy import create_engine, inspect, text

    url = settings.db_url
    if settings.database_url is None:
        path = settings.data_dir / "countersign.db"
        if not path.is_file():
            return 0
        url = f"sqlite:///file:{path.resolve()}?mode=ro&uri=true"
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table("cases"):
                return 0
            return int(connection.execute(text("SELECT count(*) FROM cases WHERE source <> 'demo'")).scalar() or 0)
    finally:
        engine.dispose()


def claim_workspace(settings: Settings) -> None:
    """Make the workspace the demo's, or `WorkspaceTaken`: a workspace holding cases the demo did not
    create is never reset, seeded or marked as a demo workspace (where `--as` names anyone)."""
    others = foreign_cases(settings)
    if others:
        raise WorkspaceTaken(
            f"the workspace {settings.data_dir.resolve()} holds {others} case(s) that the demo did not create; "
            "the demo never touches them. Run it in a workspace of its own: "
            "countersign --data-dir .countersign-demo demo")
    if settings.database_url is None:
        reset_workspace(settings)
    mark_demo_workspace(settings.data_dir)  # play identities: --as may name them here


def reset_workspace(settings: Settings) -> None:
    """Remove what an earlier demo left in the data dir (only the demo's own files); call it only
    after `foreign_cases` found none."""
    for name in WORKSPACE_ENTRIES:
        path = settings.data_dir / name
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()


def run_demo(settings: Settings, *, interactive: bool, console: Console) -> int:
    """The demo in its own workspace (`WorkspaceTaken` when the workspace holds anyone else's cases)."""
    claim_workspace(settings)
    with open_services(settings) as services:
        seed(services)
        pdfs = write_demo_invoices(settings.data_dir / "samples")
        console.print(f"[bold]countersign demo[/] — workspace {settings.data_dir.resolve()}, "
                      f"{len(pdfs)} sample invoices, ledger: {services.erp.name}")
        uploader = services.policy.demo.uploader
        case_ids: list[str] = []
        with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[step]}"),
                      TimeElapsedColumn(), console=console, transient=False) as progress:
            for pdf in pdfs:
                task = progress.add_task(pdf.name, total=len(STEPS), step="received")
                result = process_file(services, pdf, source="demo", uploader=uploader,
                                      on_step=_advance(progress, task))
                progress.update(task, step=result.status, completed=len(STEPS))
                case_ids.append(result.case_id)

        for proposal in services.store.proposals_with_status([ProposalStatus.AWAITING_APPROVAL]):
            case = services.store.get_case(proposal.case_id)
            console.print(cards.approval_card(case, proposal, services.policy))
            if interactive:
                _ask(services, proposal, console)
            else:
                _demo_decision(services, proposal, console)

        console.print(cards.summary_table([services.store.get_case(c) for c in case_ids]))
        waiting = [services.store.get_case(c) for c in case_ids
                   if services.store.get_case(c).status == "awaiting_approval"]
        if waiting:
            question = f"why did invoice {waiting[0].invoice_number} stall?"
            answer = make_ask(services)(question, user_id=services.policy.demo.approver, conversation_id="demo")
            console.print(f"[bold]ask>[/] {question}")
            console.print(answer, markup=False, highlight=False)
        first = case_ids[0]
        console.print(cards.audit_table(services.audit.events(first), f"Audit trail of case {first}"))
        verdict = services.audit.verify()
        console.print(f"audit verify: {'[green]chain valid' if verdict.ok else '[red]BROKEN'}[/] "
                      f"({verdict.events} events){'' if verdict.ok else ' at event ' + str(verdict.first_bad_seq)}")
        counts = {}
        for c in case_ids:
            status = services.store.get_case(c).status
            counts[status] = counts.get(status, 0) + 1
        console.print("outcome: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
        return 0 if verdict.ok else 1


def _advance(progress: Progress, task) -> Callable[[str], None]:
    def on_step(node: str) -> None:
        progress.update(task, advance=1, step=node)

    return on_step


def _demo_decision(services: Services, proposal: Proposal, console: Console) -> None:
    """The policy's demo approver decides; the server-side checks apply to it like to anyone."""
    demo = services.policy.demo
    reviews = proposal.policy_result.by_severity(Severity.REVIEW)
    if reviews and demo.reject_if_review:
        verdict, reason = Verdict.REJECT, "needs a corrected invoice: " + "; ".join(v.message for v in reviews)
    else:
        verdict, reason = Verdict.APPROVE, ""
    _apply(services, proposal, demo.approver, verdict, reason, console, channel="demo")


def _ask(services: Services, proposal: Proposal, console: Console) -> None:
    approver = services.settings.terminal_user or services.policy.demo.approver
    name = services.policy.name_of(approver)
    choice = Prompt.ask(f"{name} ({approver}): approve, reject or skip?", choices=["a", "r", "s"], default="a",
                        console=console)
    if choice == "s":
        console.print("skipped: stays awaiting approval")
        return
    reason = ""
    if choice == "r":
        while not reason.strip():
            reason = Prompt.ask("reason for rejecting", console=console)
    _apply(services, proposal, approver, Verdict.APPROVE if choice == "a" else Verdict.REJECT, reason, console,
           channel="terminal")


_PAST = {Verdict.APPROVE: "approved", Verdict.REJECT: "rejected"}


def _apply(services: Services, proposal: Proposal, approver: str, verdict: Verdict, reason: str, console: Console,
           channel: str) -> None:
    who = f"{services.policy.name_of(approver)} ({approver})"
    outcome = decide(services, proposal.id, approver_id=approver, verdict=verdict, reason=reason, channel=channel)
    if outcome.applied:
        console.print(f"→ {who} {_PAST[verdict]} {proposal.id}: proposal {outcome.status}"
                      + (f", case {outcome.case_status}" if outcome.case_status else ""))
    else:
        console.print(f"→ {who} may not {verdict} {proposal.id}: " + "; ".join(outcome.refusals), style="yellow")
