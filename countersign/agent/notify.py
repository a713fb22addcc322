"""Where case updates go: a Slack thread later; for now the terminal, or a list in tests."""

from __future__ import annotations

from typing import Protocol

from countersign.app.store import CaseView
from countersign.domain import Proposal


class Notifier(Protocol):
    def case_updated(self, case: CaseView, proposal: Proposal | None) -> None: ...


class NullNotifier:
    def case_updated(self, case: CaseView, proposal: Proposal | None) -> None:
        return None


class RecordingNotifier:
    """Keeps every update; the fake beside the real notifiers."""

    def __init__(self) -> None:
        self.updates: list[tuple[str, str]] = []

    def case_updated(self, case: CaseView, proposal: Proposal | None) -> None:
        self.updates.append((case.id, case.status))
