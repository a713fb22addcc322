"""Logging for the whole process: JSON lines for machines, readable lines on a terminal.

Every line carries the case, proposal and request it concerns (agent/log_context.py), so one
invoice's story can be followed across the worker, the Slack app and the console. The level is
COUNTERSIGN_LOG_LEVEL. JSON when stderr is not a terminal (containers, log shippers), or when
COUNTERSIGN_LOG_FORMAT says so.
"""

from __future__ import annotations

import logging
import sys
from datetime import datetime
from typing import Literal

from countersign.agent.log_context import current

Format = Literal["auto", "json", "text"]
_TEXT = "%(asctime)s %(levelname)s %(name)s%(ids)s: %(message)s"


class ContextFilter(logging.Filter):
    """Puts the current case, proposal and request ids on the record: as fields (JSON), or as one
    ` case_id=… proposal_id=…` string for the text format."""

    def __init__(self, as_text: bool):
        super().__init__()
        self.as_text = as_text

    def filter(self, record: logging.LogRecord) -> bool:
        ids = current()
        if self.as_text:
            record.ids = "".join(f" {k}={v}" for k, v in ids.items())
        else:
            for name, value in ids.items():
                setattr(record, name, value)
        return True


def json_formatter() -> logging.Formatter:
    """python-json-logger: time (UTC, ISO), level, logger, message, the ids, the exception."""
    from pythonjsonlogger.json import JsonFormatter

    return JsonFormatter("%(levelname)s %(name)s %(message)s", timestamp="ts",
                         rename_fields={"levelname": "level", "name": "logger"},
                         json_ensure_ascii=False, json_default=_iso)


class _JsonOnFirstUse(logging.Formatter):
    """The JSON formatter, built on the first record: a command that logs nothing (the usual
    run at WARNING) never imports python-json-logger."""

    def __init__(self) -> None:
        super().__init__()
        self._json: logging.Formatter | None = None

    def format(self, record: logging.LogRecord) -> str:
        if self._json is None:
            self._json = json_formatter()
        return self._json.format(record)


def _iso(value: object) -> str:
    return value.isoformat() if isinstance(value, datetime) else str(value)


def configure(level: str, fmt: Format = "auto") -> None:
    """Install the one stderr handler on the root logger (replacing any earlier one of ours)."""
    as_json = fmt == "json" or (fmt == "auto" and not sys.stderr.isatty())
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(ContextFilter(as_text=not as_json))
    handler.setFormatter(_JsonOnFirstUse() if as_json else logging.Formatter(_TEXT))
    handler.set_name("countersign")
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == "countersign"]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())
