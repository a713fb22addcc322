"""Random keys kept in the workspace when no setting gives one (the audit log's MAC key, the console's
session key): made once, whole, readable by their owner only."""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def workspace_key(path: Path, what: str, setting: str) -> str:
    """The key in `path`, made there first if missing. Written whole under a private name, then linked
    into place: a process starting beside this one (the worker and the Slack app on a first start)
    reads the key whole or not at all, never an empty file that would make it sign or MAC with
    another, guessable key. An empty file is an error that says what to do (`what`, `setting`)."""
    if not path.exists():
        draft = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "w") as out:
                out.write(secrets.token_hex(32))
            os.link(draft, path)
        except FileExistsError:
            pass  # another process linked its key first: that one is the workspace's
        finally:
            draft.unlink(missing_ok=True)
    key = path.read_text().strip()
    if not key:
        raise ValueError(f"the {what} file {path} is empty: restore it from a backup, or set {setting}")
    return key
