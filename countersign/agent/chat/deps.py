"""What the chat tools are given, for one person's question: readers only, by type.

The model chooses the tools and their arguments, so whatever the tools can reach, a prompt
injection can reach. `ToolDeps` therefore holds the read-only halves of the ports (`ERPReader`,
`CRMReader`, `CaseReader`), the asker's identity as the authenticated channel gave it, and one callable for the
one tool that proposes (which opens a case and asks a person to approve; it writes nothing outside).
Posting, approving and rejecting are not in it: a person does those through the approval surface.
The host fills the reader fields with `read_only` views, so the real objects' writes are not even
there to call by mistake.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from countersign.agent.runtime import CaseReader
from countersign.policies.schema import Policy
from countersign.ports import CRMReader, ERPReader


class Ask(Protocol):
    """The chat agent as its callers see it: a person's question in one conversation, the answer's
    text back (the CLI and Slack call it; `agent.make_ask` builds it)."""

    def __call__(self, text: str, *, user_id: str, conversation_id: str) -> str: ...


class ProposeSyncOrder(Protocol):
    def __call__(self, opportunity_id: str, *, requested_by: str) -> str:
        """Open (or reuse) the order case for a closed-won opportunity and run it to its approval
        request; returns the case id. Creates nothing in the ERP."""
        ...


@dataclass(frozen=True)
class ToolDeps:
    """Everything a chat tool may use for one question; nothing in it writes (see above)."""

    erp: ERPReader
    crm: CRMReader  # "why hasn't this deal been invoiced" is answered from the CRM; its write_back is not here
    store: CaseReader
    policy: Policy
    clock: Callable[[], datetime]
    user_id: str  # who asks, from the channel; never from the model's arguments
    propose_sync_order: ProposeSyncOrder


def protocol_members(protocol: type) -> frozenset[str]:
    """The public methods and attributes a Protocol declares, its Protocol bases' included."""
    names: set[str] = set()
    for base in protocol.__mro__:
        if getattr(base, "_is_protocol", False) and base is not Protocol:
            names |= {n for n in (*vars(base), *getattr(base, "__annotations__", {})) if not n.startswith("_")}
    return frozenset(names)


class ReadOnlyView:
    """`target` seen through a reader Protocol: only the Protocol's members resolve, so a tool that
    reaches for a write (`post_bill`, `record`) gets an AttributeError. A guard against mistakes,
    not a sandbox: Python code can always dig out the wrapped object."""

    __slots__ = ("_target", "_members", "_protocol")

    def __init__(self, target: Any, protocol: type):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_members", protocol_members(protocol))
        object.__setattr__(self, "_protocol", protocol.__name__)

    def __getattr__(self, name: str) -> Any:
        if name in self._members:
            return getattr(self._target, name)
        raise AttributeError(f"{name!r} is not part of {self._protocol}: the chat tools only read")

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{self._protocol} view is read-only")

    def __dir__(self) -> list[str]:
        return sorted(self._members)

    def __repr__(self) -> str:
        return f"<{self._protocol} view of {type(self._target).__name__}>"


def read_only(target: Any, protocol: type) -> Any:
    """A `ReadOnlyView`, typed as whatever the caller assigns it to (`ERPReader`, `CaseReader`)."""
    return ReadOnlyView(target, protocol)
