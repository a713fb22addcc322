"""The policy file users edit: tolerances, checks, the approval matrix, people, delegations.

Loaded once per process from YAML into frozen pydantic models. Every problem is reported with
the file, the LINE and the key path, found by composing the YAML and following the key path of
the failing value through the node tree:

    my-policy.yaml:9: tolerances.rounding: write amounts as quoted decimal strings, not floats

Amounts are Decimal strings in the file ("10000.00"), never floats; times are aware UTC.
Cross-references (a delegation or a band naming someone not in `people`) are checked after the
shape is valid, and reported the same way.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator


def _no_float(value: object) -> object:
    if isinstance(value, float):
        raise ValueError("write amounts as quoted decimal strings, not floats")
    return value


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class Tolerances(_Frozen):
    """How far an invoice may differ before a rule fires."""

    rounding: Decimal = Decimal("0.02")  # arithmetic checks (subtotal + tax = total, lines sum)
    price_pct: Decimal = Decimal("5")  # PO unit price variance, percent
    price_abs: Decimal = Decimal("1.00")  # ... and absolute per unit; a variance must exceed both
    quantity_pct: Decimal = Decimal("0")  # billed vs ordered / received quantity, percent

    _floats = field_validator("*", mode="before")(classmethod(lambda cls, v: _no_float(v)))


class Checks(_Frozen):
    """Limits of the individual checks; `None` switches a limit off."""

    duplicate_window_days: int = Field(default=14, ge=0)  # DUPLICATE_LIKELY: invoice dates this close
    po_required_above: Decimal | None = Decimal("5000.00")  # PO_MISSING: totals above need a PO
    po_overbill_pct: Decimal = Decimal("5")  # PO_OVERBILLED: billed may exceed ordered by this percent
    max_invoice_age_days: int | None = Field(default=180, ge=0)  # INVOICE_TOO_OLD

    _floats = field_validator("*", mode="before")(classmethod(lambda cls, v: _no_float(v)))


class GLCodingRule(_Frozen):
    """Code an invoice line whose description contains `description_contains` (any case) to `account`."""

    description_contains: str = Field(min_length=1)
    account: str = Field(min_length=1)


def _as_list(value: object) -> object:
    return [value] if isinstance(value, str) else value


class ApprovalBand(_Frozen):
    """Invoices with total up to `up_to` (inclusive; None = no ceiling) need these approvers.

    A band may be qualified: it then applies only when the PO's department / cost center, or one
    of the invoice's GL accounts, is among those listed. Bands are tried in file order, so put
    qualified bands before the general ones. Approvers are people holding one of `roles` or
    named in `approvers` (Slack ids); `approvers_required` distinct people must approve.
    """

    name: str
    up_to: Decimal | None = None
    roles: list[str] = Field(default_factory=list)
    approvers: list[str] = Field(default_factory=list)
    approvers_required: int = Field(default=1, ge=1)
    departments: list[str] = Field(default_factory=list)
    cost_centers: list[str] = Field(default_factory=list)
    gl_accounts: list[str] = Field(default_factory=list)

    _floats = field_validator("up_to", mode="before")(classmethod(lambda cls, v: _no_float(v)))
    _lists = field_validator("roles", "approvers", "departments", "cost_centers", "gl_accounts", mode="before")(
        classmethod(lambda cls, v: _as_list(v))
    )

    @model_validator(mode="after")
    def _someone_can_approve(self) -> "ApprovalBand":
        if not self.roles and not self.approvers:
            raise ValueError("a band needs at least one role or approver")
        return self

    @property
    def qualified(self) -> bool:
        return bool(self.departments or self.cost_centers or self.gl_accounts)


class Person(_Frozen):
    name: str
    roles: list[str] = Field(default_factory=list)
    # Operating-system accounts that are this person at a terminal: the CLI decides as the person
    # its OS account maps to, never as whoever a flag names (outside the demo workspace).
    os_users: list[str] = Field(default_factory=list)
    # Addresses this person sends invoices from (email intake). A message counts as theirs only
    # when the receiving server verified the sender (app/email_intake.py): From alone is a claim.
    emails: list[str] = Field(default_factory=list)

    _lists = field_validator("os_users", "emails", mode="before")(classmethod(lambda cls, v: _as_list(v)))


class Delegation(_Frozen):
    """While `from` is away (start inclusive, end exclusive, aware UTC), `to` may act for their roles."""

    from_: str = Field(alias="from")
    to: str
    start: datetime
    end: datetime

    @field_validator("start", "end")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("write times with a zone, e.g. 2026-12-01T00:00:00Z (aware UTC)")
        return value

    @model_validator(mode="after")
    def _sane(self) -> "Delegation":
        if self.end <= self.start:
            raise ValueError("end must be after start")
        if self.from_ == self.to:
            raise ValueError("a person cannot delegate to themselves")
        return self

    def active(self, now: datetime) -> bool:
        return self.start <= now < self.end


class ERPMapping(_Frozen):
    """ERP references for the PO's department and cost center (QuickBooks: Department and Class ids)."""

    departments: dict[str, str] = Field(default_factory=dict)
    cost_centers: dict[str, str] = Field(default_factory=dict)


class VendorCreation(_Frozen):
    """Who approves adding a vendor to the vendor master (proposed when an invoice's vendor is unknown)."""

    roles: list[str] = Field(default_factory=lambda: ["controller"])
    approvers_required: int = Field(default=1, ge=1)


class DemoSettings(_Frozen):
    """Who decides when the demo runs without a terminal; the approval step is never skipped."""

    approver: str
    uploader: str
    reject_if_review: bool = True  # the demo approver rejects proposals carrying review violations


class Policy(_Frozen):
    version: int = 1
    currency: str = "USD"
    tolerances: Tolerances = Tolerances()
    checks: Checks = Checks()
    gl_coding_rules: list[GLCodingRule] = Field(default_factory=list)
    approval_bands: list[ApprovalBand]
    dual_approval_above: Decimal | None = None  # totals above need two distinct approvers, whatever the band
    # Units of `currency` per one unit of another currency: bands compare totals in `currency`,
    # and an invoice in a currency not listed here is blocked, never banded as if it were `currency`.
    fx_rates: dict[str, Decimal] = Field(default_factory=dict)
    approval_expiry_hours: int = Field(default=72, ge=1)
    reminder_every_hours: int | None = Field(default=24, ge=1)
    # Hour of the day (UTC) from which each approver gets one DM listing what waits for them; null: none.
    digest_hour_utc: int | None = Field(default=8, ge=0, le=23)
    people: dict[str, Person]  # Slack user id -> person; an unmapped id can approve nothing
    delegations: list[Delegation] = Field(default_factory=list)
    vendor_creation: VendorCreation = Field(default_factory=VendorCreation)
    # Finding code -> roles that may override that finding (with a reason); a code not listed is
    # overridden by nobody. An overridden finding is kept, as information, and the case still needs
    # its approval; whoever overrides may not give the final one.
    overrides: dict[str, list[str]] = Field(default_factory=dict)
    erp_mapping: ERPMapping = Field(default_factory=ERPMapping)
    demo: DemoSettings

    _floats = field_validator("dual_approval_above", mode="before")(classmethod(lambda cls, v: _no_float(v)))

    @field_validator("fx_rates", mode="before")
    @classmethod
    def _rates(cls, value: object) -> object:
        if isinstance(value, dict):
            for code, rate in value.items():
                if not (isinstance(code, str) and len(code) == 3 and code.isalpha() and code.isupper()):
                    raise ValueError(f"{code!r} is not an ISO 4217 currency code (three capital letters)")
                _no_float(rate)
        return value

    @field_validator("fx_rates")
    @classmethod
    def _positive(cls, value: dict[str, Decimal]) -> dict[str, Decimal]:
        for code, rate in value.items():
            if not rate.is_finite() or rate <= 0:
                raise ValueError(f"the rate for {code} must be a positive amount")
        return value

    @field_validator("overrides")
    @classmethod
    def _override_codes(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for code, roles in value.items():
            if not (code.replace("_", "").isalnum() and code.isupper() and len(code) <= 24):
                raise ValueError(f"{code!r} is not a finding code (capitals and _, at most 24 characters)")
            if not roles:
                raise ValueError(f"{code}: name at least one role that may override it, or leave it out")
        return value

    def override_roles(self, code: str) -> list[str]:
        """The roles the policy gives the right to override a finding with this code (none: nobody)."""
        return list(self.overrides.get(code, []))

    def may_override(self, user_id: str, code: str) -> bool:
        return bool(self.roles_of(user_id) & set(self.override_roles(code)))

    def roles_of(self, user_id: str) -> set[str]:
        person = self.people.get(user_id)
        return set(person.roles) if person else set()

    def person_for_os_user(self, account: str) -> str | None:
        """The person (id) an OS account is, per `people.<id>.os_users`; None when unmapped."""
        return next((pid for pid, person in self.people.items() if account in person.os_users), None)

    def person_for_email(self, address: str) -> str | None:
        """The person (id) who lists this address in `people.<id>.emails` (case-insensitive)."""
        wanted = address.strip().lower()
        return next((pid for pid, person in self.people.items()
                     if wanted and wanted in {e.strip().lower() for e in person.emails}), None)

    def name_of(self, user_id: str) -> str:
        person = self.people.get(user_id)
        return person.name if person else user_id

    @property
    def expiry(self) -> timedelta:
        return timedelta(hours=self.approval_expiry_hours)


def policy_digest(policy: Policy) -> str:
    """A short fingerprint of the policy's content: the audit log names the policy a decision
    was taken under by it."""
    text = json.dumps(policy.model_dump(mode="json", by_alias=True), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


class PolicyError(ValueError):
    """The policy file is missing or invalid. `problems` holds one "file:line: key: why" per problem."""

    def __init__(self, message: str, problems: list[str] | None = None):
        super().__init__(message)
        self.problems = problems or [message]


DEFAULT_POLICY = "default.yaml"


def default_policy_text() -> str:
    return resources.files("countersign.policies").joinpath(DEFAULT_POLICY).read_text()


def load_policy(path: Path | None = None) -> Policy:
    """Read and validate a policy file (the packaged default when `path` is None)."""
    try:
        text = Path(path).read_text() if path else default_policy_text()
    except OSError as exc:
        raise PolicyError(f"cannot read policy file {path}: {exc.strerror}") from exc
    return parse_policy(text, source=str(path or DEFAULT_POLICY))


# --------------------------------------------------------------------------- locating problems

Loc = tuple[Any, ...]


def _node_line(root: yaml.Node | None, loc: Loc) -> int | None:
    """1-based line of the deepest node on `loc` (keys of mappings, indices of sequences).

    A missing key reports the line of the mapping that should hold it.
    """
    node, line = root, (root.start_mark.line + 1 if root is not None else None)
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value == str(part):
                    node, line = value, key.start_mark.line + 1
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def _duplicate_keys(node: yaml.Node | None, path: Loc = ()) -> list[tuple[Loc, int]]:
    """Keys written twice in one mapping (YAML would silently keep the last one)."""
    found: list[tuple[Loc, int]] = []
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else repr(key)
            if name in seen:
                found.append(((*path, name), key.start_mark.line + 1))
            seen.add(name)
            found.extend(_duplicate_keys(value, (*path, name)))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            found.extend(_duplicate_keys(item, (*path, index)))
    return found


def _where(source: str, line: int | None) -> str:
    return f"{source}:{line}" if line else source


def _dotted(loc: Loc) -> str:
    return ".".join(str(part) for part in loc) or "(top level)"


def _cross_references(policy: Policy) -> list[tuple[Loc, str]]:
    """References to people and roles that must resolve."""
    problems: list[tuple[Loc, str]] = []
    for i, band in enumerate(policy.approval_bands):
        for j, user in enumerate(band.approvers):
            if user not in policy.people:
                problems.append((("approval_bands", i, "approvers", j), f"{user} is not in people"))
    for i, d in enumerate(policy.delegations):
        for key, user in (("from", d.from_), ("to", d.to)):
            if user not in policy.people:
                problems.append((("delegations", i, key), f"{user} is not in people"))
    if not any(band.up_to is None and not band.qualified for band in policy.approval_bands):
        problems.append(
            (("approval_bands",), "no band without up_to and qualifiers: some totals would have no approver")
        )
    problems += _accounts_and_addresses_are_one_person_each(policy)
    for key in ("approver", "uploader"):
        user = getattr(policy.demo, key)
        if user not in policy.people:
            problems.append((("demo", key), f"{user} is not in people"))
    return problems


def _accounts_and_addresses_are_one_person_each(policy: Policy) -> list[tuple[Loc, str]]:
    problems: list[tuple[Loc, str]] = []
    seen: dict[str, str] = {}
    for person_id, person in policy.people.items():
        for k, account in enumerate(person.os_users):
            if account in seen:
                problems.append((("people", person_id, "os_users", k),
                                 f"OS account {account!r} is already {seen[account]}; an account is one person"))
            seen.setdefault(account, person_id)
    emails: dict[str, str] = {}
    for person_id, person in policy.people.items():
        for k, address in enumerate(person.emails):
            key = address.strip().lower()
            if "@" not in key:
                problems.append((("people", person_id, "emails", k), f"{address!r} is not an email address"))
            elif key in emails:
                problems.append((("people", person_id, "emails", k),
                                 f"{address!r} is already {emails[key]}'s; an address is one person"))
            emails.setdefault(key, person_id)
    return problems


def policy_problems(text: str, source: str = "<policy>") -> tuple[Policy | None, list[str]]:
    """The policy and an empty list, or None and every problem as "file:line: key: why".
    A valid policy is parsed once (every command loads it; a second parse cost 0.01 s)."""
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
        duplicates = _duplicate_keys(root)  # before the data is built: that merges `<<` keys into the nodes
        data = loader.construct_document(root) if root is not None else None
    except yaml.YAMLError as exc:
        # The construct left open (context) is where to look; else where parsing gave up.
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        detail = " ".join(str(exc).replace('"<unicode string>"', source).split())
        return None, [f"{_where(source, line)}: not valid YAML: {detail}"]
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        return None, [f"{_where(source, 1)}: expected a mapping at the top level"]
    problems = [
        f"{_where(source, line)}: {_dotted(loc)}: key written twice (YAML keeps only the last)"
        for loc, line in duplicates
    ]
    try:
        policy = Policy.model_validate(data)
    except ValidationError as exc:
        policy, found = None, [(tuple(e["loc"]), e["msg"].removeprefix("Value error, ")) for e in exc.errors()]
    else:
        found = _cross_references(policy)
    if found:
        written = yaml.compose(text, Loader=yaml.SafeLoader)  # the nodes as written, unmerged: their lines
        problems += [f"{_where(source, _node_line(written, loc))}: {_dotted(loc)}: {msg}" for loc, msg in found]
    return (policy, []) if policy is not None and not problems else (None, problems)


def parse_policy(text: str, source: str = "<policy>") -> Policy:
    policy, problems = policy_problems(text, source)
    if policy is None:
        raise PolicyError("\n".join(problems), problems)
    return policy
