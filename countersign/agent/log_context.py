"""Which case, proposal and request the current code is working on, for every log line.

Context variables, so threads and tasks each see their own; the app's log formatter
(app/logs.py) writes them on every line. Setting them is the agent's only concern here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

case_id: ContextVar[str | None] = ContextVar("case_id", default=None)
proposal_id: ContextVar[str | None] = ContextVar("proposal_id", default=None)
request_id: ContextVar[str | None] = ContextVar("request_id", default=None)
_VARS = {"case_id": case_id, "proposal_id": proposal_id, "request_id": request_id}


@contextmanager
def bound(**ids: str | None) -> Iterator[None]:
    """Within the block, log lines carry these ids (`case_id=`, `proposal_id=`, `request_id=`)."""
    tokens = [(_VARS[name], _VARS[name].set(value)) for name, value in ids.items() if value is not None]
    try:
        yield
    finally:
        for var, token in reversed(tokens):
            var.reset(token)


def current() -> dict[str, str]:
    """The ids set now (only those that are set)."""
    return {name: value for name, var in _VARS.items() if (value := var.get()) is not None}
