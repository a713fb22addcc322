"""Vendor memory in the store: the lessons corrections taught (`extraction/vendor_memory.py`), kept
per vendor key and field (the latest lesson wins), and handed to the reader with every document.

The reader gets the memory as plain data, so it can cross into a separate reading process. It is
read again only when a lesson was added (a cheap look at the table's newest row).
"""

from __future__ import annotations

import threading
from collections import defaultdict
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from countersign.extraction.vendor_memory import LayoutHint, VendorLayout, VendorMemory
from countersign.tables import VendorLayoutRow


class VendorMemoryStore:
    def __init__(self, sessions: sessionmaker[Session]):
        self.sessions = sessions
        self._lock = threading.Lock()
        self._cached: tuple[tuple[int, int], VendorMemory] | None = None

    def save(self, keys: list[str], hints: list[LayoutHint], *, case_id: str, who: str, now: datetime) -> None:
        """Keep each hint under each of the vendor's keys, replacing an older lesson for the field."""
        with self.sessions.begin() as s:
            for key in keys:
                for hint in hints:
                    # replaced, not updated: a new row id is how `load` sees that the memory changed
                    s.execute(delete(VendorLayoutRow).where(VendorLayoutRow.vendor_key == key[:255],
                                                            VendorLayoutRow.field == hint.field))
                    s.add(VendorLayoutRow(vendor_key=key[:255], field=hint.field, hint=hint.model_dump(mode="json"),
                                          learned_from=case_id, learned_by=who, at=now))
                    s.flush()

    def load(self) -> VendorMemory:
        """Every lesson, one layout per vendor key."""
        with self.sessions() as s:
            version = tuple(s.execute(select(func.count(), func.coalesce(func.max(VendorLayoutRow.id), 0))
                                      .select_from(VendorLayoutRow)).one())
            with self._lock:
                if self._cached and self._cached[0] == version:
                    return self._cached[1]
            rows = list(s.scalars(select(VendorLayoutRow).order_by(VendorLayoutRow.id)))
        by_key: dict[str, list[VendorLayoutRow]] = defaultdict(list)
        for row in rows:
            by_key[row.vendor_key].append(row)
        memory = VendorMemory(layouts=[
            VendorLayout(keys=[key], hints=[LayoutHint.model_validate(r.hint) for r in group],
                         learned_from=group[-1].learned_from)
            for key, group in by_key.items()])
        with self._lock:
            self._cached = ((int(version[0]), int(version[1])), memory)
        return memory
