"""`countersign cases`, `correct`, `rerun` and `export`: the list of cases, fixing a misread value,
running a stopped case again, and CSV for month-end.

`correct` and `rerun` act as the person at the terminal, proven by the OS account (`--as` only in
the demo workspace); the policy and the case decide the rest. Exit codes: 0 done, 1 refused,
2 bad input.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from countersign.app.cli_common import cli_services, console, fail, identity

export_app = typer.Typer(no_args_is_help=True, help="CSV for month-end: the list of cases, the audit trail.")

_STATUS = typer.Option(None, "--status", help="a case status, or blocked / failed")
_WAITING = typer.Option(None, "--waiting-for", help="a person id: cases awaiting an approval they may give")
_VENDOR = typer.Option(None, "--vendor", help="part of the vendor's name, or its vendor id")


def register(app: typer.Typer) -> None:
    app.command("console")(console_cmd)
    app.command("cases")(cases)
    app.command("correct")(correct)
    app.command("rerun")(rerun)
    app.command("override")(override)
    app.add_typer(export_app, name="export")


def console_cmd(
    host: str = typer.Option("127.0.0.1", "--host", help="interface to listen on (loopback by default)"),
    port: int = typer.Option(8700, "--port"),
    as_user: Optional[str] = typer.Option(None, "--as", help="who the printed link signs in (demo workspace only)"),
):
    """The web console: inbox, case pages with the document and its boxes, corrections, decisions.
    Prints a one-time sign-in link for the person at this terminal."""
    from countersign.app.console.server import oidc_from_settings, serve_console
    from countersign.app.identity import IdentityError, terminal_identity

    with cli_services() as services:
        try:
            user = terminal_identity(services.policy, services.settings.data_dir,
                                     as_user or services.settings.terminal_user)
        except IdentityError as exc:
            if oidc_from_settings(services.settings) is None:
                fail(f"{exc}; or set up Sign in with Slack (COUNTERSIGN_CONSOLE_SLACK_CLIENT_ID)", code=1)
            user = None
        serve_console(services, host=host, port=port, user=user, say=lambda text: console.print(text, markup=False,
                                                                                                  highlight=False,
                                                                                                  soft_wrap=True))


def _query(status: str | None, waiting_for: str | None, vendor: str | None, search: str | None = None):
    from countersign.app.inbox import QueryError, parse_query

    try:
        return parse_query({"status": status or "", "waiting_for": waiting_for or "", "vendor": vendor or "",
                            "q": search or ""})
    except QueryError as exc:
        fail(str(exc))


def cases(
    status: Optional[str] = _STATUS,
    waiting_for: Optional[str] = _WAITING,
    vendor: Optional[str] = _VENDOR,
    search: Optional[str] = typer.Option(None, "--search", help="invoice number, vendor or PO number"),
    limit: int = typer.Option(200, "--limit", min=1, help="at most this many, newest first"),
    as_json: bool = typer.Option(False, "--json", help="a JSON array of cases"),
):
    """List cases, newest first: status, vendor, number, total, due date, age, who must act."""
    from rich.table import Table

    from countersign.app.inbox import all_cases

    query = _query(status, waiting_for, vendor, search)
    with cli_services() as services:
        lines = list(all_cases(services.sessions, services.policy, query, services.clock(), limit=limit))
    if as_json:
        print(json.dumps([{"case": c.id, "status": c.status, "vendor": c.vendor, "invoice_number": c.invoice_number,
                           "total": format(c.total, "f") if c.total is not None else None, "currency": c.currency,
                           "due_date": c.due_date, "po_number": c.po_number, "received_at": c.created_at.isoformat(),
                           "age_days": c.age_days, "must_act": c.must_act, "proposal": c.proposal_id,
                           "reason": c.reason} for c in lines], indent=1))
        return
    table = Table(title=f"{len(lines)} case(s)", header_style="bold")
    for column in ("case", "status", "vendor", "invoice", "total", "due", "age", "must act"):
        table.add_column(column, overflow="fold")
    for c in lines:
        total = f"{c.total:,.2f} {c.currency or ''}" if c.total is not None else "—"
        table.add_row(c.id, c.status, c.vendor or "—", c.invoice_number or "—", total, c.due_date or "—",
                      f"{c.age_days}d", ", ".join(c.must_act))
    console.print(table)


def correct(
    case: str = typer.Argument(..., help="case id or invoice number"),
    changes: list[str] = typer.Argument(..., help="FIELD=VALUE, e.g. total=1296.00 po_number=PO-2001"),
    reason: str = typer.Option(..., "--reason", help="why (kept with the correction in the audit log)"),
    as_user: Optional[str] = typer.Option(None, "--as", help="your user id (demo workspace only)"),
):
    """Correct misread fields; the case is validated again and needs a fresh approval."""
    from countersign.app.correcting import correct_case
    from countersign.domain import CorrectionError, parse_assignments

    try:
        assignments = parse_assignments(changes)
    except CorrectionError as exc:
        fail(str(exc))
    with cli_services() as services:
        who = identity(services, as_user)
        found = services.store.find_case(case)
        if found is None:
            fail(f"no case or invoice {case!r}")
        outcome = correct_case(services, found.id, assignments, who=who, reason=reason, channel="cli")
        _report(outcome)


def rerun(
    case: str = typer.Argument(..., help="case id or invoice number"),
    reason: str = typer.Option("", "--reason", help="why (kept in the audit log)"),
    as_user: Optional[str] = typer.Option(None, "--as", help="your user id (demo workspace only)"),
):
    """Run a blocked, expired, failed or unreadable case again (today's master data and policy)."""
    from countersign.app.correcting import rerun_case

    with cli_services() as services:
        who = identity(services, as_user)
        found = services.store.find_case(case)
        if found is None:
            fail(f"no case or invoice {case!r}")
        _report(rerun_case(services, found.id, who=who, reason=reason, channel="cli"))


def override(
    case: str = typer.Argument(..., help="case id or invoice number"),
    code: str = typer.Argument(..., help="the finding's code, e.g. PO_PRICE_VARIANCE"),
    reason: str = typer.Option(..., "--reason", help="why (kept with the override in the audit log)"),
    as_user: Optional[str] = typer.Option(None, "--as", help="your user id (demo workspace only)"),
):
    """Override a finding, where the policy's `overrides:` gives one of your roles that right; the
    case is validated again and needs a fresh approval, by someone else."""
    from countersign.app.correcting import override_finding

    with cli_services() as services:
        who = identity(services, as_user)
        found = services.store.find_case(case)
        if found is None:
            fail(f"no case or invoice {case!r}")
        _report(override_finding(services, found.id, code.strip().upper(), who=who, reason=reason, channel="cli"))


def _report(outcome) -> None:
    if not outcome.applied:
        fail(f"{outcome.case_id}: refused: " + "; ".join(outcome.refusals), code=1)
    for c in outcome.corrections:
        console.print(f"{c.field}: {c.old_value or '—'} → {c.new_value or '—'}", markup=False)
    if outcome.superseded:
        console.print(f"superseded (their approvals no longer count): {', '.join(outcome.superseded)}")
    waiting = f"; awaiting approval as {outcome.proposal_id}" if outcome.proposal_id else ""
    console.print(f"{outcome.case_id}: run {outcome.run}, {outcome.status}{waiting}", markup=False)


@export_app.command("cases")
def export_cases(
    fmt: str = typer.Option("csv", "--format", help="csv"),
    status: Optional[str] = _STATUS,
    waiting_for: Optional[str] = _WAITING,
    vendor: Optional[str] = _VENDOR,
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="file (default standard output)"),
):
    """The filtered list of cases as CSV."""
    from countersign.app.export import cases_csv
    from countersign.app.inbox import all_cases

    _csv_only(fmt)
    query = _query(status, waiting_for, vendor)
    with cli_services() as services:
        _write(cases_csv(all_cases(services.sessions, services.policy, query, services.clock())), output)


@export_app.command("audit")
def export_audit(
    fmt: str = typer.Option("csv", "--format", help="csv"),
    case: Optional[str] = typer.Option(None, "--case", help="one case's trail (default: the whole log)"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="file (default standard output)"),
):
    """The audit trail (one case's, or the whole log) as CSV."""
    from countersign.app.export import audit_csv

    _csv_only(fmt)
    with cli_services() as services:
        subject = None
        if case:
            found = services.store.find_case(case)
            if found is None:
                fail(f"no case or invoice {case!r}")
            subject = found.id
        _write(audit_csv(services.audit.events(subject)), output)


def _csv_only(fmt: str) -> None:
    if fmt.lower() != "csv":
        fail(f"--format {fmt!r}: only csv is written")


def _write(rows, output: Path | None) -> None:
    if output is None:
        for row in rows:
            sys.stdout.write(row)
        sys.stdout.flush()
        return
    with output.open("w", newline="", encoding="utf-8") as out:
        for row in rows:
            out.write(row)
    console.print(f"written to {output}")
