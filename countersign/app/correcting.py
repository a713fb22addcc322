"""Correcting and re-running from any channel (CLI, console, Slack): the one entry the app uses.

Who acts is proven by the channel before this is called; the agent checks the rest
(`agent/corrections.py`) and re-runs the case through the runner under its claim.
"""

from __future__ import annotations

from collections.abc import Mapping

from countersign.agent.corrections import RerunOutcome, correct, rerun
from countersign.app.bootstrap import Services


def correct_case(services: Services, case_id: str, changes: Mapping[str, str | None], *, who: str, reason: str,
                 channel: str) -> RerunOutcome:
    """Correct the fields (`changes`: field -> value as typed), validate again, propose afresh."""
    return correct(services, case_id, changes, who=who, reason=reason, channel=channel)


def rerun_case(services: Services, case_id: str, *, who: str, reason: str, channel: str) -> RerunOutcome:
    return rerun(services, case_id, who=who, reason=reason, channel=channel)
