"""The "Edit fields" button and its modal, built by pure functions from plain values.

The button carries only the case id; the modal is prefilled on the server with the case's values as
it keeps them (amounts "1234.50", dates ISO), so an untouched field comes back exactly as it went
out and is not a change. Bank details and tax ids are never sent in clear: their inputs start
empty, with the masked value as a hint, and an empty one means "unchanged". `private_metadata`
holds the case id and the run the form was opened on (a form opened before someone else's
correction is refused, not applied over it).
"""

from __future__ import annotations

import json
from typing import Any

from countersign.app.slack.outside_text import escape
from countersign.domain import field_label

EDIT_ACTION = "countersign_edit"
EDIT_VIEW = "countersign_edit_fields"
EDIT_BLOCK = "edit"
FIELD_BLOCK = "field_"  # + the field's name
FIELD_INPUT = "value"
REASON_BLOCK = "edit_reason"
REASON_INPUT = "text"
# Shown in clear nowhere in Slack (card_content.MASKED_FIELDS): kept unless a new value is typed.
SECRET_FIELDS = frozenset({"vendor_iban", "vendor_tax_id"})
_HINTS = {"invoice_date": "YYYY-MM-DD", "due_date": "YYYY-MM-DD", "currency": "ISO code"}  # how to type it


def edit_button(case_id: str) -> dict[str, Any]:
    """An actions block with the one button; its value is the case id, nothing else."""
    return {"type": "actions", "block_id": EDIT_BLOCK, "elements": [
        {"type": "button", "action_id": EDIT_ACTION, "value": case_id,
         "text": {"type": "plain_text", "text": "Edit fields"}}]}


def edit_metadata(case_id: str, run: int, channel: str | None) -> str:
    return json.dumps({"case_id": case_id, "run": run, "channel": channel})


def edit_modal(case_id: str, fields: list[tuple[str, str | None, str | None]], private_metadata: str,
               invoice_label: str | None = None) -> dict[str, Any]:
    """The modal: one optional input per (field, value as kept, masked hint), then a required reason.
    A secret field gets no initial value, only its masked hint as placeholder."""
    blocks: list[dict[str, Any]] = [{"type": "context", "elements": [{
        "type": "mrkdwn", "verbatim": True,
        "text": f"Case `{case_id}`{' · invoice ' + escape(invoice_label) if invoice_label else ''}. A correction "
                "validates the case again and drafts a new request: earlier approvals no longer count. "
                "Bank details and tax ids: leave empty to keep them."}]}]
    for name, value, hint in fields:
        element: dict[str, Any] = {"type": "plain_text_input", "action_id": FIELD_INPUT, "max_length": 255}
        if name in SECRET_FIELDS:
            element["placeholder"] = {"type": "plain_text", "text": (f"keep {hint}" if hint else "not read")[:150]}
        elif value:
            element["initial_value"] = value[:255]
        blocks.append({"type": "input", "block_id": FIELD_BLOCK + name, "optional": True,
                       "label": {"type": "plain_text", "text": _input_label(name)}, "element": element})
    blocks.append({"type": "input", "block_id": REASON_BLOCK,
                   "label": {"type": "plain_text", "text": "Why? (kept with the correction in the audit log)"},
                   "element": {"type": "plain_text_input", "action_id": REASON_INPUT, "multiline": True,
                               "min_length": 1, "max_length": 2000}})
    return {"type": "modal", "callback_id": EDIT_VIEW, "private_metadata": private_metadata,
            "title": {"type": "plain_text", "text": "Edit fields"},
            "submit": {"type": "plain_text", "text": "Correct"},
            "close": {"type": "plain_text", "text": "Cancel"}, "blocks": blocks}


def _input_label(name: str) -> str:
    return f"{field_label(name)} ({_HINTS[name]})" if name in _HINTS else field_label(name)


def submitted(view: dict[str, Any]) -> tuple[dict[str, str], str]:
    """(field -> value as typed, reason) from a submitted modal; a field left out is absent."""
    values = (view.get("state") or {}).get("values") or {}
    fields = {}
    for block_id, inputs in values.items():
        if block_id.startswith(FIELD_BLOCK):
            fields[block_id[len(FIELD_BLOCK):]] = str((inputs.get(FIELD_INPUT) or {}).get("value") or "")
    reason = str(((values.get(REASON_BLOCK) or {}).get(REASON_INPUT) or {}).get("value") or "")
    return fields, reason


def correction_text(user: str, changes: list[tuple[str, str | None, str | None]], reason: str, status: str,
                    waiting: bool) -> str:
    """The thread note after a correction from Slack: who changed what (secrets masked) and why."""
    lines = [f"• {field_label(name)}: {escape(old) or '(empty)'} → {escape(new) or '(empty)'}"
             for name, old, new in changes]
    after = ("A fresh approval is needed: earlier approvals no longer count." if waiting
             else f"The case is now {status.replace('_', ' ')}.")
    return (f":pencil2: <@{user}> corrected this invoice: “{escape(reason)}”\n" + "\n".join(lines) + f"\n{after}")


def edit_refused_text(refusals: list[str]) -> str:
    return ":no_entry_sign: Your correction was not applied:\n" + "\n".join(f"• {escape(r)}" for r in refusals)
