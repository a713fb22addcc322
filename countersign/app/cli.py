"""countersign: an accounts-payable agent. It reads invoices, matches vendor and purchase order,
checks them against your policy and asks the right person to approve; only an approved bill is
posted to your ERP, exactly once, and every step is in a verifiable audit log.

Start with `countersign demo`. Exit codes: 0 success, 1 a check failed or a decision was
refused, 2 bad input. `-` reads a PDF from standard input; `--json` prints machine-readable output.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import Optional

import typer

from countersign.app.cli_audit import audit_app
from countersign.app.cli_cases import register as register_case_commands
from countersign.app.cli_common import (
    cli_services,
    cli_settings,
    console,
    ctx,
    error,
    fail,
    identity,
    post_to_slack,
    print_json,
    progress,
    short_lived,
    start,
    stdin_bytes,
)
from countersign.app.cli_connect import connect_app
from countersign.app.cli_db import db_app
from countersign.app.cli_writebacks import queue_crm_updates, write_backs

# Heavy imports happen inside commands so that every command starts fast.
HELP = "\n\n".join(" ".join(paragraph.split()) for paragraph in (__doc__ or "").split("\n\n"))
app = typer.Typer(no_args_is_help=True, help=HELP, rich_markup_mode="rich",
                  pretty_exceptions_show_locals=False)  # locals may hold settings; never print them
INVOICES, DECISIONS, QUESTIONS, ORDERS, RUNNING = ("Invoices", "Decisions", "Questions", "Sales orders",
                                                  "Running countersign")
app.add_typer(audit_app, name="audit")
app.add_typer(connect_app, name="connect")
app.add_typer(db_app, name="db", rich_help_panel=RUNNING)
app.command("write-backs", rich_help_panel=ORDERS)(write_backs)
policy_app = typer.Typer(no_args_is_help=True, help="Check a policy file; explain what the rules found on a case.")
app.add_typer(policy_app, name="policy")
register_case_commands(app)  # cases, correct, rerun, export


def _version(show: bool) -> None:
    if show:
        from importlib.metadata import version

        console.print(f"countersign {version('countersign-ap')}")
        raise typer.Exit()


@app.callback()
def _main(invocation: typer.Context,
          data_dir: Optional[Path] = typer.Option(None, "--data-dir", help="workspace (default ./.countersign)"),
          _: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="print the version")):
    start(invocation, data_dir)


@app.command(rich_help_panel=RUNNING)
def demo(no_input: bool = typer.Option(False, "--no-input", help="decisions by the policy's demo approver")):
    """Run the whole flow on embedded defaults with sample invoices."""
    from countersign.app.demo import WorkspaceTaken, run_demo

    interactive = not no_input and sys.stdin.isatty()
    try:
        code = run_demo(cli_settings(), interactive=interactive, console=console)
    except WorkspaceTaken as exc:
        fail(str(exc))
    raise typer.Exit(code)


@app.command(rich_help_panel=RUNNING)
def seed(
    ledger: Optional[Path] = typer.Option(None, help="ledger YAML (vendors, accounts, POs, bills)"),
    crm: Optional[Path] = typer.Option(None, help="CRM YAML (accounts, opportunities)"),
):
    """Load master data into the local ledger and CRM (the packaged samples by default)."""
    from countersign.app.demo import seed as load_seed

    for path in (ledger, crm):
        if path is not None and not path.is_file():
            fail(f"{path}: no such file")
    with cli_services() as services:
        load_seed(services, ledger, crm)
        console.print(f"seeded: {len(services.erp.list_vendors())} vendors, "
                      f"{len(services.crm.list_accounts())} CRM accounts")


@app.command(rich_help_panel=INVOICES)
def extract(
    files: list[Path] = typer.Argument(..., help="PDF (or e-invoice XML) files; - reads one from standard input"),
    as_json: bool = typer.Option(False, "--json", help="one JSON object per file (JSON Lines)"),
):
    """Read invoices and print what was found (the `extract --json` contract). Each file is read in
    a child process with memory and time limits (COUNTERSIGN_EXTRACT_*)."""
    from countersign.app import extract_sandbox

    extract_sandbox.warm_up()  # the helper's imports overlap ours
    from countersign.app.settings import Settings
    from countersign.extraction.assist import assist_from_settings
    from countersign.tools.extract_invoice import UnreadableDocument

    settings = Settings()
    assist = assist_from_settings(settings)
    limits = extract_sandbox.limits_from_settings(settings)
    failed = False
    for path in files:
        try:
            options = {"max_bytes": settings.max_upload_bytes, "max_pages": settings.max_pages, "assist": assist,
                       "limits": limits}
            if str(path) == "-":
                invoice = extract_sandbox.extract_sandboxed(stdin_bytes(settings.max_upload_bytes), **options)
            else:
                invoice = extract_sandbox.extract_path_sandboxed(path, **options)
        except UnreadableDocument as exc:
            failed = True
            if as_json and len(files) > 1:
                print(json.dumps({"file": str(path), "error": str(exc)}), flush=True)
            else:
                error(f"{path}: {exc}")
            continue
        if as_json:
            print(json.dumps(invoice.contract_json()), flush=True)
        else:
            _print_extraction(path, invoice)
    if failed:
        raise typer.Exit(2)


def _print_extraction(path: Path, invoice) -> None:
    from rich.table import Table

    table = Table(title=f"{path.name} ({invoice.document.method}, {invoice.document.pages} page(s))")
    for column in ("field", "value", "confidence"):
        table.add_column(column)
    for name, field in invoice.contract_json()["fields"].items():
        table.add_row(name, str(field["value"]), f"{field['confidence']:.2f}")
    console.print(table)
    for warning in invoice.warnings:
        console.print(f"warning: {warning}", style="yellow")


@app.command(rich_help_panel=INVOICES)
def process(
    files: list[Path] = typer.Argument(..., help="invoice PDFs; - reads one from standard input"),
    as_user: Optional[str] = typer.Option(None, "--as", help="uploader's user id (demo workspace only)"),
):
    """Run invoices through the workflow; they stop at the approval step."""
    from countersign.agent.runner import process_bytes, process_file

    bad = False
    with cli_services() as services, progress(len(files), "reading invoices") as advance:
        uploader = identity(services, as_user)
        for path in files:
            if str(path) == "-":
                result = process_bytes(services, stdin_bytes(services.settings.max_upload_bytes),
                                       filename="stdin.pdf", source="cli", uploader=uploader)
            else:
                result = process_file(services, path, source="cli", uploader=uploader)
            advance()
            if result.failed:
                bad = True
                error(f"{path}: {result.reason} (case {result.case_id})")
                continue
            note = f" — {result.reason}" if result.reason else ""
            console.print(f"{path.name}: case {result.case_id} {result.status}{note}", markup=False)
    if bad:
        raise typer.Exit(2)


@app.command("intake-email", rich_help_panel=INVOICES)
def intake_email(
    maildir: Optional[Path] = typer.Option(None, "--maildir", help="read this maildir instead of the IMAP mailbox"),
    once: bool = typer.Option(False, "--once", help="one pass over the mailbox, then exit"),
    interval: float = typer.Option(60.0, "--interval", min=1.0, help="seconds between passes"),
    no_run: bool = typer.Option(False, "--no-run", help="only open the cases; `countersign worker` runs them"),
):
    """Take invoices from the AP mailbox (COUNTERSIGN_IMAP_*, or --maildir): every PDF or e-invoice XML
    attachment becomes a case; the sender gets a reply (SMTP) and the AP channel a thread (Slack)."""
    from countersign.app.email_edge import MailboxBusy, intake_command

    with cli_services() as services:
        try:
            intake_command(services, maildir=maildir, once=once, interval=interval, run=not no_run,
                           say=lambda line: console.print(line, markup=False, highlight=False))
        except MailboxBusy as exc:
            fail(str(exc), code=1)
        except ValueError as exc:
            fail(str(exc))


@app.command(rich_help_panel=DECISIONS)
@short_lived
def approvals(as_json: bool = typer.Option(False, "--json", help="a JSON list"),
              all_cards: bool = typer.Option(False, "--cards", help="a full card each, however long the queue")):
    """List proposals awaiting approval (expiring overdue ones first): a card each, or a line each
    when more than 20 wait."""
    from countersign.agent.approvals import expire_and_list
    from countersign.app import cards

    with cli_services() as services:
        expired, pending = expire_and_list(services)
        heads = services.store.case_heads(p.case_id for p in pending)
        if as_json:
            print_json({"expired": expired, "awaiting": [cards.approval_record(heads.get(p.case_id), p)
                                                         for p in pending]})
            return
        for proposal_id in expired:
            console.print(f"{proposal_id}: expired; it will never post", style="magenta")
        if not pending:
            console.print("nothing awaits approval")
        if len(pending) > cards.CARDS_UP_TO and not all_cards:
            console.print(f"{len(pending)} requests await approval (a card each: --cards, or `countersign status "
                          "INVOICE`):", markup=False)
            lines = (cards.approval_line(heads.get(p.case_id), p) for p in pending)  # one print: a hundred took 0.03 s
            console.print("\n".join(lines), markup=False, highlight=False, soft_wrap=True)
            return
        for proposal in pending:
            console.print(cards.approval_card(services.store.get_case(proposal.case_id), proposal, services.policy))


def _decide(proposal_id: str, verdict, reason: str, as_user: str | None) -> None:
    from countersign.agent.approvals import decide

    with cli_services() as services:
        approver = identity(services, as_user)
        # No recover() here: one unreadable case must never stand between a person and a decision.
        outcome = decide(services, proposal_id.strip().upper(), approver_id=approver, verdict=verdict, reason=reason)
        if not outcome.applied:
            fail(f"{proposal_id}: refused: " + "; ".join(outcome.refusals), code=1)
        case = f", case {outcome.case_status}" if outcome.case_status else ""
        console.print(f"{outcome.proposal_id}: {outcome.status}{case}")


@app.command(rich_help_panel=DECISIONS)
def approve(proposal_id: str,
            as_user: Optional[str] = typer.Option(None, "--as", help="your user id (demo workspace only)")):
    """Approve a proposal as yourself; the policy decides whether you may."""
    from countersign.domain import Verdict

    _decide(proposal_id, Verdict.APPROVE, "", as_user)


@app.command(rich_help_panel=DECISIONS)
def reject(
    proposal_id: str,
    reason: str = typer.Option(..., "--reason", help="why (kept in the audit log)"),
    as_user: Optional[str] = typer.Option(None, "--as", help="your user id (demo workspace only)"),
):
    """Reject a proposal with a reason; it will never post."""
    from countersign.domain import Verdict

    _decide(proposal_id, Verdict.REJECT, reason, as_user)


@app.command(rich_help_panel=QUESTIONS)
@short_lived
def status(case: str = typer.Argument(..., help="case id or invoice number"),
           as_json: bool = typer.Option(False, "--json", help="the stall report and the proposals as JSON")):
    """Where a case stands and, if it stalled, exactly what it waits on."""
    from countersign.agent.chat.phrasing import render_case_status
    from countersign.agent.stall import stall_report_for

    with cli_services() as services:
        found = services.store.find_case(case)
        if found is None:
            fail(f"no case or invoice {case!r}")
        report = stall_report_for(services.store, services.policy, services.clock(), found, services.erp)
        if as_json:
            print_json({**report, "proposals": [{"id": p.id, "kind": p.kind, "status": p.status, "erp_ref": p.erp_ref}
                                                for p in services.store.proposals_for_case(found.id)]})
            return
        console.print(render_case_status(report), markup=False, highlight=False)
        for proposal in services.store.proposals_for_case(found.id):
            console.print(f"proposal {proposal.id} ({proposal.kind}): {proposal.status}"
                          + (f" → {proposal.erp_ref}" if proposal.erp_ref else ""), markup=False)
        for w in report.get("crm_write_backs", []):
            told = ", ".join(v for v in (w["invoice_number"], w["invoice_status"], w["payment_status"]) if v)
            console.print(f"{w['crm']} write-back of {w['opportunity_id']}: {w['state']} ({told})", markup=False)


@app.command(rich_help_panel=QUESTIONS)
def ask(
    question: str = typer.Argument(..., help='e.g. "why did invoice 1043 stall?"'),
    as_user: Optional[str] = typer.Option(None, "--as", help="your user id (for \"what is waiting for me\")"),
    conversation: str = typer.Option("terminal", help="conversation id; the same id (and --as) keeps the context"),
):
    """Ask the chat agent one question (offline planner unless a model is configured)."""
    from countersign.app.chat import make_ask

    with cli_services() as services:
        user = identity(services, as_user, required=False)
        answer = make_ask(services)(question, user_id=user, conversation_id=f"{conversation}:{user}")
        console.print(answer, markup=False, highlight=False)


@app.command(rich_help_panel=QUESTIONS)
def chat(as_user: Optional[str] = typer.Option(None, "--as", help="your user id (demo workspace only)")):
    """A terminal conversation with the chat agent; an empty line or Ctrl-D ends it."""
    import uuid

    from countersign.app.chat import make_ask

    with cli_services() as services:
        ask_ = make_ask(services)
        user = identity(services, as_user, required=False)
        conversation = f"terminal-{uuid.uuid4().hex[:8]}"
        console.print(f"countersign chat as {services.policy.name_of(user)} — "
                      "ask about invoices, approvals, POs, vendors.")
        while True:
            try:
                question = console.input("[bold]you>[/] ").strip()
            except (EOFError, KeyboardInterrupt):
                break
            if not question:
                break
            console.print(ask_(question, user_id=user, conversation_id=conversation), markup=False, highlight=False)


@app.command("sync-order", rich_help_panel=ORDERS)
def sync_order_cmd(
    opportunity: str = typer.Argument(..., help="closed-won opportunity id, e.g. OPP-3001"),
    as_user: Optional[str] = typer.Option(None, "--as", help="who asks for the sync"),
):
    """Propose an ERP invoice for a closed-won opportunity; it posts only after approval."""
    from countersign.agent.runner import sync_order

    with cli_services() as services:
        result = sync_order(services, opportunity, requested_by=identity(services, as_user))
        console.print(f"{opportunity}: case {result.case_id} {result.status} — {result.reason}", markup=False)


@app.command(rich_help_panel=ORDERS)
def reconcile(
    start: str = typer.Option(..., "--from", help="first close date, YYYY-MM-DD"),
    end: str = typer.Option(..., "--to", help="last close date, YYYY-MM-DD"),
    slack: Optional[str] = typer.Option(None, "--slack", help="also post the report to this Slack channel id"),
    as_json: bool = typer.Option(False, "--json", help="the differences as a JSON list"),
    write_back: bool = typer.Option(False, "--write-back", help="queue the invoice numbers and invoice / payment "
                                                                "statuses the CRM lacks, and try them now"),
):
    """Compare CRM closed-won, ERP invoices and payments; print what does not agree."""
    from datetime import date

    from rich.table import Table

    from countersign.tools.reconcile import reconcile as reconcile_records
    from countersign.tools.reconcile import report_text

    try:
        first, last = date.fromisoformat(start), date.fromisoformat(end)
    except ValueError as exc:
        fail(f"dates must be YYYY-MM-DD: {exc}")
    if last < first:
        fail("--to is before --from")
    with cli_services() as services, progress(3, "reading the CRM and the ERP") as advance:
        today = services.clock().date()
        through = max(last, today)  # an order closed in the period may be invoiced after it
        won = services.crm.closed_won(first, last)
        advance()
        invoices = services.erp.invoices(first, through)
        advance()
        payments = services.erp.payments(first, through)
        advance()
        deltas = reconcile_records(won, invoices, payments, today)
        if write_back:
            queue_crm_updates(services, won, invoices, payments, today, quiet=as_json)
    if as_json:
        print_json([dataclasses.asdict(d) for d in deltas])
        if slack:
            post_to_slack(slack, report_text(deltas, first, last))
        return
    table = Table(title=f"Reconciliation {first} → {last}: {len(deltas)} difference(s)")
    for column in ("kind", "opportunity", "ERP invoice", "CRM amount", "ERP amount", "detail"):
        table.add_column(column, overflow="fold")
    for d in deltas:
        table.add_row(d.kind, d.opportunity_id or "—", d.invoice or "—", str(d.crm_amount or "—"),
                      str(d.erp_amount or "—"), d.detail)
    console.print(table)
    if slack:
        post_to_slack(slack, report_text(deltas, first, last))


@app.command(rich_help_panel=RUNNING)
def serve(
    socket: bool = typer.Option(False, "--socket", help="Socket Mode: no public URL needed"),
    http: bool = typer.Option(False, "--http", help="HTTP on POST /slack/events (behind a load balancer)"),
    port: int = typer.Option(3000, "--port"),
    host: str = typer.Option("0.0.0.0", "--host"),
    workers: int = typer.Option(1, "--workers", help="worker processes; more than 1 needs PostgreSQL"),
):
    """Run the Slack app: invoices in from the AP channel, approval cards, questions."""
    if socket == http:
        fail("choose one: --socket or --http")
    if http:  # gunicorn's workers share their counters through files, set up before prometheus_client loads
        import os
        import tempfile

        os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", tempfile.mkdtemp(prefix="countersign-metrics-"))
    from countersign.app.slack.server import serve_http, serve_socket

    if socket:
        serve_socket(cli_settings())
    else:
        serve_http(port, workers, host=host, settings=cli_settings())


@app.command(rich_help_panel=RUNNING)
def worker(
    poll: float = typer.Option(2.0, help="seconds between looks for work"),
    grace: float = typer.Option(30.0, help="leave a case this long to the process that started it"),
    health_port: Optional[int] = typer.Option(None, help="serve /healthz, /readyz and /metrics on this port"),
):
    """Take cases that need work (never run, approved but not posted, stopped mid-way).
    Several workers may share one PostgreSQL store; each case is taken by one at a time.
    COUNTERSIGN_WORKER_CONCURRENCY cases at once (default 2)."""
    import signal
    import threading

    from countersign.app.worker import run_worker

    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    run_worker(cli_settings(), stop, poll_seconds=poll, grace_seconds=grace, health_port=health_port,
               freeze_heap=True, lower_priority=True)


@app.command(rich_help_panel=RUNNING)
def recover():
    """Resume cases whose process stopped mid-way (killed, or a decision not yet applied)."""
    from countersign.agent.runner import recover as recover_cases

    with cli_services() as services:
        with progress(len(services.store.list_cases()), "recovering") as advance:
            resumed = recover_cases(services, on_case=advance)
        console.print(f"resumed {len(resumed)} case(s) " + " ".join(resumed))


@policy_app.command("check")
def policy_check(path: Path = typer.Argument(..., help="policy YAML")):
    """Validate a policy file; every problem with its file, line and key."""
    from countersign.policies.explain import check_policy_file

    problems = check_policy_file(path)
    for problem in problems:
        error(problem)
    if problems:
        raise typer.Exit(1)
    console.print(f"{path}: valid")


@policy_app.command("explain")
def policy_explain(case: str = typer.Argument(..., help="case id or invoice number")):
    """Re-run every rule on a case's facts and show what each found."""
    from countersign.agent.nodes import gather_facts
    from countersign.policies.explain import explain_case, render_explanation

    with cli_services() as services:
        found = services.store.find_case(case)
        if found is None:
            fail(f"no case or invoice {case!r}")
        if found.kind != "invoice" or not found.extracted:
            fail(f"case {found.id} has no invoice facts to explain ({found.status}: {found.reason})")
        # What validation saw; a case validated before the snapshot was kept gathers its facts again.
        facts = services.store.case_facts(found.id) or gather_facts(services.workflow_deps, found, {})
        console.print(render_explanation(explain_case(facts, services.policy)), markup=False, highlight=False)


def main() -> None:
    ctx.exits_after_command = True
    try:
        app()
    except Exception as exc:  # the classes are imported only now: commands that never meet them skip the import
        from countersign.app.db import SchemaError
        from countersign.policies.schema import PolicyError

        if isinstance(exc, PolicyError):  # a command that loads the policy itself (serve, worker)
            error(f"the policy file is not valid: {'; '.join(exc.problems)}")
        elif isinstance(exc, SchemaError):  # serve and worker on a store `db upgrade` has not brought up to date
            error(str(exc))
        else:
            raise
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
