"""Who is at the terminal: proven by the operating system, never claimed by a flag.

A decision from the CLI is taken as the person the policy maps the process's OS account to
(`people.<id>.os_users`). `--as` (and COUNTERSIGN_TERMINAL_USER) name an identity without
proving it, so they work only in the demo workspace, where nothing is real; elsewhere a claim
that differs from the mapped person is refused, so an uploader cannot pass segregation of
duties by typing someone else's id.
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from countersign.policies.schema import Policy

DEMO_MARKER = "demo-workspace"  # a file in the workspace: written by `countersign demo`


class IdentityError(Exception):
    """Who is at the terminal cannot be proven; the message says what to do."""


def os_account() -> str:
    """The OS account running this process (the effective user on POSIX)."""
    try:
        import pwd  # POSIX only

        return pwd.getpwuid(os.geteuid()).pw_name
    except (ImportError, KeyError, AttributeError):
        return getpass.getuser()


def mark_demo_workspace(data_dir: Path) -> None:
    """Declare `data_dir` a demo workspace: its identities are play, `--as` may name them."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / DEMO_MARKER).write_text("written by `countersign demo`: --as names identities here\n")


def is_demo_workspace(data_dir: Path) -> bool:
    return (data_dir / DEMO_MARKER).is_file()


def terminal_identity(policy: Policy, data_dir: Path, claimed: str | None, *, account: str | None = None) -> str:
    """The person deciding at this terminal, or `IdentityError`.

    Demo workspace: the claimed id (`--as`), else the mapped person. Elsewhere: the person the
    OS account maps to; a claim must name that same person."""
    account = account or os_account()
    mapped = policy.person_for_os_user(account)
    if claimed and is_demo_workspace(data_dir):
        return claimed
    if claimed and claimed != mapped:
        raise IdentityError(
            f"--as {claimed} is refused: outside the demo workspace the CLI decides as the person the policy "
            f"maps your OS account {account!r} to ({mapped or 'nobody'}); --as cannot name someone else")
    if mapped is None:
        raise IdentityError(
            f"the OS account {account!r} is not mapped to a person in the policy: add it to people.<id>.os_users "
            "(decisions and uploads from this terminal are refused until then)")
    return mapped
