"""What every CLI command shares: the console, the workspace option, settings, services, errors
and who is at the terminal. One line of error on stderr and an exit code: 0 success, 1 a check
failed or a decision was refused, 2 bad input."""

from __future__ import annotations

import functools
import gc
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any, TypeVar, cast

import typer
from rich.console import Console

console = Console()
if not console.is_terminal:  # piped or CI: wide enough that tables stay readable
    console = Console(width=140)


F = TypeVar("F", bound=Callable[..., Any])


class Ctx:
    data_dir: Path | None = None
    settings: Any = None  # read once by `start`, for the one command it runs
    exits_after_command: bool = False  # set by `main()`: the process ends with the command


ctx = Ctx()


def short_lived(command: F) -> F:
    """For a command that reads, prints and exits: Python's cycle collector is off while it runs.
    What such a process allocates (modules, classes, the ORM's and pydantic's schemas, the rows
    it reads) lives until exit, so collecting it is wasted work: about a tenth of the CPU of
    `status`, `approvals` and `audit verify`. Never for a command that keeps running. The
    collector is restored after for whoever called the command in-process (tests); in the CLI's
    own process it stays off and what was allocated is frozen: re-enabled, it would first sweep
    all of it, and the collection Python runs at exit would again (together 0.15 s of `status`)."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return command(*args, **kwargs)
        finally:
            if ctx.exits_after_command:
                gc.freeze()
            elif was_enabled:
                gc.enable()

    return cast(F, run)


def start(invocation: typer.Context, data_dir: Path | None) -> None:
    """What every command starts with: its workspace, the settings and logging. The settings are
    read once for the command (each read costs 0.02 s) and forgotten when it ends, so the next
    in-process call (tests) reads the environment again."""
    from countersign.app.settings import Settings

    ctx.data_dir = data_dir
    ctx.settings = Settings()
    invocation.call_on_close(lambda: setattr(ctx, "settings", None))
    configure_logging(ctx.settings)


def configure_logging(settings: Any) -> None:
    """COUNTERSIGN_LOG_LEVEL (default WARNING) and COUNTERSIGN_LOG_FORMAT for the whole process, on stderr."""
    from countersign.app.logs import configure

    level = settings.log_level.upper()
    if not isinstance(logging.getLevelName(level), int):
        fail(f"COUNTERSIGN_LOG_LEVEL={level!r} is not a log level (DEBUG, INFO, WARNING, ERROR)")
    configure(level, settings.log_format)


def cli_settings():
    from countersign.app.settings import Settings

    settings = ctx.settings or Settings()
    if ctx.data_dir is not None:
        settings = settings.model_copy(update={"data_dir": ctx.data_dir})
    return settings


@contextmanager
def cli_services() -> Iterator[Any]:
    """The wired services for one command; a broken policy file is a clear error (exit 2) before
    any work, read-only commands included."""
    from countersign.app.bootstrap import open_services

    with ExitStack() as stack:
        services = policy_checked(lambda: stack.enter_context(open_services(cli_settings())))
        yield services


def policy_checked(build: Callable[[], Any]) -> Any:
    """`build()`, with a broken policy file or an old schema as one clear line and exit 2."""
    from countersign.app.db import SchemaError
    from countersign.policies.schema import PolicyError

    try:
        return build()
    except PolicyError as exc:
        fail(f"the policy file is not valid: {'; '.join(exc.problems)}")
    except SchemaError as exc:
        fail(str(exc))


def error(message: str) -> None:
    """One plain line on stderr (never wrapped), as scripts and the contract expect."""
    print(f"countersign: {' '.join(message.split())}", file=sys.stderr, flush=True)


def fail(message: str, code: int = 2) -> None:
    error(message)
    raise typer.Exit(code)


def identity(services: Any, as_user: str | None, *, required: bool = True) -> str:
    """Who is at this terminal, proven (app/identity.py); with `required=False` (questions) an
    unproven person asks as their OS account, which the policy maps to no one."""
    from countersign.app.identity import IdentityError, os_account, terminal_identity

    claimed = as_user or services.settings.terminal_user
    try:
        return terminal_identity(services.policy, services.settings.data_dir, claimed)
    except IdentityError as exc:
        if required:
            fail(str(exc), code=1)
        return os_account()


def post_to_slack(channel: str, text: str) -> None:
    """Post a report (reconcile, the audit head) with the bot token; a refusal is exit 1. Its text
    comes from the CRM and the ERP, so it is escaped (and IBANs masked) like every Slack message."""
    from slack_sdk import WebClient
    from slack_sdk.errors import SlackApiError

    from countersign.app.slack.outside_text import outside

    settings = cli_settings()
    if settings.slack_bot_token is None:
        fail("--slack needs COUNTERSIGN_SLACK_BOT_TOKEN", code=1)
    kwargs = {"base_url": settings.slack_api_url} if settings.slack_api_url else {}
    client = WebClient(token=settings.slack_bot_token.get_secret_value(), timeout=30, **kwargs)
    try:
        client.chat_postMessage(channel=channel, text=outside(text), unfurl_links=False)
    except SlackApiError as exc:
        fail(f"Slack refused the report: {exc.response.get('error', 'unknown error')}", code=1)
    console.print(f"posted to Slack channel {channel}")


def print_json(data: Any) -> None:
    """Machine-readable output on stdout: Decimal and dates as strings, never floats."""
    import json

    from countersign.domain import canonical_json

    print(json.dumps(json.loads(canonical_json(data)), indent=2, ensure_ascii=False), flush=True)


def stdin_bytes(limit: int) -> bytes:
    """A PDF piped in (`-`), read up to the upload limit (one byte more says it is too large)."""
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        fail(f"-: too large: more than {limit} bytes on standard input")
    return data


@contextmanager
def progress(total: int, what: str) -> Iterator[Callable[[], None]]:
    """A progress bar on a terminal's stderr (nothing when piped, so output stays clean); yields
    the step function."""
    if total <= 1 or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(TextColumn(what), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   console=Console(stderr=True), transient=True)
    with bar:
        task = bar.add_task(what, total=total)
        yield lambda: bar.advance(task)
