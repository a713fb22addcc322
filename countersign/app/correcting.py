"""Correcting and re-running from any channel (CLI, console, Slack): the one entry the app uses.

Who acts is proven by the channel before this is called; the agent checks the rest and re-runs
the case through the runner under its claim (`agent/corrections.py`). Around it, vendor memory:
each corrected value is looked for on the case's page, so the correction carries the box where it
stands, and once the correction is applied the lesson (the value's label and where it stands from
it) is kept for the vendor, for its next invoice (`extraction/vendor_memory.py`).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from countersign.agent.corrections import RerunOutcome, correct, override, rerun
from countersign.app.bootstrap import Services
from countersign.app.extract_sandbox import limits_from_settings, read_pages_sandboxed
from countersign.domain import CorrectionError, normalize_correction
from countersign.extraction.vendor_memory import LEARNABLE, LayoutHint, learn, vendor_keys

log = logging.getLogger(__name__)


def correct_case(services: Services, case_id: str, changes: Mapping[str, str | None], *, who: str, reason: str,
                 channel: str) -> RerunOutcome:
    """Correct the fields (`changes`: field -> value as typed), validate again, propose afresh, and
    teach vendor memory what the correction shows."""
    hints, evidence, skipped = _lessons(services, case_id, changes)
    outcome = correct(services, case_id, changes, who=who, reason=reason, channel=channel, evidence=evidence)
    if skipped:
        services.store.record(actor=who, action="vendor_memory_skipped", subject=case_id,
                              payload={"fields": sorted(changes), "reason": skipped})
    if outcome.applied and hints:
        case = services.store.get_case(case_id)
        fields = ((case.extracted if case else None) or {}).get("fields") or {}

        def read(name: str) -> str | None:
            return (fields.get(name) or {}).get("value")

        keys = vendor_keys(read("vendor_tax_id"), read("vendor_iban"), read("vendor_name"))
        if case and case.vendor_name and case.vendor_id:  # the vendor master's name, once matched
            keys += [k for k in vendor_keys(None, None, case.vendor_name) if k not in keys]
        if keys:
            services.vendor_memory.save(keys, hints, case_id=case_id, who=who, now=services.clock())
            services.store.record(actor=who, action="vendor_memory_learned", subject=case_id,
                                  payload={"fields": [h.field for h in hints], "keys": keys,
                                           "labels": {h.field: h.label for h in hints}})
    return outcome


def rerun_case(services: Services, case_id: str, *, who: str, reason: str, channel: str) -> RerunOutcome:
    return rerun(services, case_id, who=who, reason=reason, channel=channel)


def _lessons(services: Services, case_id: str, changes: Mapping[str, str | None]
             ) -> tuple[list[LayoutHint], dict[str, list[dict[str, Any]]], str | None]:
    """What each corrected value teaches, and where it stands on the page (none when the value is
    not printed there, or the document cannot be read: the correction stands without them, and
    the third value says why the lesson was skipped). The document is read again in the sandbox,
    never in this process: the case may be one whose document failed intake."""
    case = services.store.get_case(case_id)
    wanted = {}
    for name, raw in changes.items():
        try:
            value = normalize_correction(name, raw)
        except CorrectionError:
            continue  # the agent refuses it, with the reason
        if value and name in LEARNABLE:
            wanted[name] = value
    if not wanted or case is None or not case.document_sha256 or not case.extracted:
        return [], {}, None
    if (case.extracted.get("document") or {}).get("method") == "einvoice":
        return [], {}, None  # read from XML: nothing about the page layout to learn
    try:
        pages = read_pages_sandboxed(services.store.document_bytes(case.document_sha256),
                                     max_pages=services.settings.max_pages,
                                     limits=limits_from_settings(services.settings))
    except Exception as exc:  # noqa: BLE001 - the correction stands without the lesson
        log.warning("vendor memory: case %s's document could not be read again: %s", case_id, exc)
        return [], {}, f"the document could not be read again: {exc}"[:300]
    hints, evidence = [], {}
    for name, value in wanted.items():
        found = learn(pages, name, value)
        if found is None:
            continue
        hint, boxes = found
        hints.append(hint.model_copy(update={"case": case_id}))
        evidence[name] = [box.model_dump(mode="json") for box in boxes]
    return hints, evidence, None


def override_finding(services: Services, case_id: str, code: str, *, who: str, reason: str,
                     channel: str) -> RerunOutcome:
    return override(services, case_id, code, who=who, reason=reason, channel=channel)
