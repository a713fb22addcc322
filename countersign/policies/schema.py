"""The policy file users edit: tolerances, the approval matrix, people and their roles.

Loaded once per process from YAML into frozen pydantic models; validation errors name the key.
Amounts are Decimal strings in the file ("10000.00"), never floats.
"""

from __future__ import annotations

from decimal import Decimal
from importlib import resources
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Tolerances(_Frozen):
    """How far an invoice may differ before a rule fires."""

    rounding: Decimal = Decimal("0.02")  # arithmetic checks (subtotal + tax = total, lines sum)
    price_pct: Decimal = Decimal("5")  # PO unit price variance, percent
    price_abs: Decimal = Decimal("1.00")  # ... and absolute per unit; a variance must exceed both
    quantity_pct: Decimal = Decimal("0")  # billed vs ordered / received quantity, percent

    @field_validator("*", mode="before")
    @classmethod
    def _no_float(cls, value: object) -> object:
        if isinstance(value, float):
            raise ValueError("write amounts as quoted decimal strings, not floats")
        return value


class ApprovalBand(_Frozen):
    """Invoices with total up to `up_to` (inclusive; None = no ceiling) need these approvers."""

    name: str
    up_to: Decimal | None = None
    roles: list[str]
    approvers_required: int = 1

    @field_validator("up_to", mode="before")
    @classmethod
    def _no_float(cls, value: object) -> object:
        if isinstance(value, float):
            raise ValueError("write amounts as quoted decimal strings, not floats")
        return value


class Person(_Frozen):
    name: str
    roles: list[str] = Field(default_factory=list)


class DemoSettings(_Frozen):
    """Who decides when the demo runs without a terminal; the approval step is never skipped."""

    approver: str
    uploader: str
    reject_if_review: bool = True  # the demo approver rejects proposals carrying review violations


class Policy(_Frozen):
    version: int = 1
    currency: str = "USD"
    tolerances: Tolerances = Tolerances()
    approval_bands: list[ApprovalBand]
    approval_expiry_hours: int = 72
    people: dict[str, Person]  # Slack user id -> person; an unmapped id can approve nothing
    demo: DemoSettings

    def roles_of(self, user_id: str) -> set[str]:
        person = self.people.get(user_id)
        return set(person.roles) if person else set()

    def name_of(self, user_id: str) -> str:
        person = self.people.get(user_id)
        return person.name if person else user_id


class PolicyError(ValueError):
    """The policy file is missing or invalid; the message says which key and why."""


DEFAULT_POLICY = "default_policy.yaml"


def default_policy_text() -> str:
    return resources.files("countersign.policies").joinpath(DEFAULT_POLICY).read_text()


def load_policy(path: Path | None = None) -> Policy:
    """Read and validate a policy file (the packaged default when `path` is None)."""
    try:
        text = path.read_text() if path else default_policy_text()
    except OSError as exc:
        raise PolicyError(f"cannot read policy file {path}: {exc.strerror}") from exc
    return parse_policy(text, source=str(path or DEFAULT_POLICY))


def parse_policy(text: str, source: str = "<policy>") -> Policy:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise PolicyError(f"{source}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise PolicyError(f"{source}: expected a mapping at the top level")
    try:
        return Policy.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise PolicyError(f"{source}: {where}: {first['msg']}") from exc
