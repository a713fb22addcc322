"""Loading the policy file: the default loads; mistakes are refused with the key named."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import ValidationError

from countersign.policies.schema import PolicyError, default_policy_text, load_policy, parse_policy


def test_default_policy_loads() -> None:
    policy = load_policy()
    assert policy.tolerances.rounding == Decimal("0.02")
    assert isinstance(policy.tolerances.price_pct, Decimal)
    assert [b.name for b in policy.approval_bands] == ["standard", "senior", "executive"]
    assert policy.approval_bands[0].up_to == Decimal("10000.00")
    assert policy.roles_of("U0CONTROL") == {"controller", "ap_approver"}
    assert policy.roles_of("U123") == set()


def test_policy_file_from_path(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(default_policy_text().replace('price_pct: "5"', 'price_pct: "7.5"'))
    assert load_policy(path).tolerances.price_pct == Decimal("7.5")


def test_missing_file_is_a_policy_error(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot read policy file"):
        load_policy(tmp_path / "nope.yaml")


def test_float_tolerance_refused() -> None:
    text = default_policy_text().replace('rounding: "0.02"', "rounding: 0.02")
    with pytest.raises(PolicyError, match=r"tolerances\.rounding: .*not floats"):
        parse_policy(text)


def test_float_band_ceiling_refused() -> None:
    text = default_policy_text().replace('up_to: "10000.00"', "up_to: 10000.00")
    with pytest.raises(PolicyError, match=r"approval_bands\.0\.up_to: .*not floats"):
        parse_policy(text)


def test_unknown_key_refused_with_key_named() -> None:
    text = default_policy_text().replace("  quantity_pct:", "  price_pcnt: \"3\"\n  quantity_pct:")
    with pytest.raises(PolicyError, match=r"tolerances\.price_pcnt"):
        parse_policy(text)


def test_unknown_top_level_key_refused() -> None:
    with pytest.raises(PolicyError, match="approval_expiry_days"):
        parse_policy(default_policy_text() + "\napproval_expiry_days: 3\n")


def test_bad_yaml_refused() -> None:
    with pytest.raises(PolicyError, match="not valid YAML"):
        parse_policy("tolerances: [unclosed\n", source="broken.yaml")


def test_non_mapping_refused() -> None:
    with pytest.raises(PolicyError, match="mapping at the top level"):
        parse_policy("- just\n- a list\n")


def test_missing_required_key_named() -> None:
    text = "\n".join(line for line in default_policy_text().splitlines() if not line.startswith("demo:") and
                     not line.startswith("  approver:") and not line.startswith("  uploader:") and
                     not line.startswith("  reject_if_review:"))
    with pytest.raises(PolicyError, match="demo"):
        parse_policy(text)


def test_policy_is_frozen() -> None:
    policy = load_policy()
    with pytest.raises(ValidationError):
        policy.tolerances.rounding = Decimal("1")  # type: ignore[misc]


# --------------------------------------------------------------------------- lines, cross-references, CLI


def test_errors_name_file_line_and_key() -> None:
    text = default_policy_text()
    line_no = next(i for i, line in enumerate(text.splitlines(), 1) if "rounding:" in line)
    with pytest.raises(PolicyError) as info:
        parse_policy(text.replace('rounding: "0.02"', "rounding: 0.02"), source="mine.yaml")
    assert str(info.value).startswith(f"mine.yaml:{line_no}: tolerances.rounding:")


def test_every_problem_is_listed_with_its_line() -> None:
    text = default_policy_text().replace('price_abs: "1.00"', "price_abs: 1.0").replace("approval_expiry_hours: 72",
                                                                                          "approval_expiry_hours: 0")
    with pytest.raises(PolicyError) as info:
        parse_policy(text, source="p.yaml")
    problems = info.value.problems
    assert len(problems) == 2
    assert any(p.startswith("p.yaml:") and "tolerances.price_abs" in p for p in problems)
    assert any("approval_expiry_hours" in p for p in problems)


def test_yaml_syntax_error_has_a_line() -> None:
    with pytest.raises(PolicyError, match=r"broken.yaml:2: not valid YAML"):
        parse_policy("version: 1\ntolerances: [unclosed\n", source="broken.yaml")


def test_cross_references_and_duplicates_are_checked() -> None:
    text = default_policy_text().replace(
        "delegations: []",
        'delegations:\n  - {from: U0APMGR01, to: U0NOBODY, start: "2026-12-20T00:00:00Z", end: "2027-01-04T00:00:00Z"}',
    ).replace("version: 1", "version: 1\nversion: 1")
    with pytest.raises(PolicyError) as info:
        parse_policy(text, source="x.yaml")
    text_ = "\n".join(info.value.problems)
    assert "delegations.0.to: U0NOBODY is not in people" in text_
    assert "version: key written twice" in text_


def test_delegation_times_must_be_aware_and_ordered() -> None:
    base = default_policy_text()
    naive = base.replace("delegations: []", "delegations:\n  - {from: U0APMGR01, to: U0CONTROL, "
                                            "start: \"2026-12-20T00:00:00\", end: \"2027-01-04T00:00:00Z\"}")
    with pytest.raises(PolicyError, match=r"delegations\.0\.start: .*aware"):
        parse_policy(naive)
    backwards = base.replace("delegations: []", "delegations:\n  - {from: U0APMGR01, to: U0CONTROL, "
                                                "start: \"2027-01-04T00:00:00Z\", end: \"2026-12-20T00:00:00Z\"}")
    with pytest.raises(PolicyError, match="end must be after start"):
        parse_policy(backwards)
    ok = base.replace("delegations: []", "delegations:\n  - {from: U0APMGR01, to: U0CONTROL, "
                                         "start: \"2026-12-20T00:00:00Z\", end: \"2027-01-04T00:00:00Z\"}")
    assert parse_policy(ok).delegations[0].from_ == "U0APMGR01"


def test_band_needs_someone_and_a_catch_all() -> None:
    text = default_policy_text().replace("    roles: [cfo]\n    approvers_required: 2\n", "    approvers_required: 2\n")
    with pytest.raises(PolicyError, match=r"approval_bands\.2: .*at least one role or approver"):
        parse_policy(text)
    no_catch_all = default_policy_text().replace("  - name: executive\n    roles: [cfo]",
                                                 "  - name: executive\n    up_to: \"90000.00\"\n    roles: [cfo]")
    with pytest.raises(PolicyError, match="no band without up_to"):
        parse_policy(no_catch_all)


def test_check_policy_file(tmp_path: Path) -> None:
    from countersign.policies.explain import check_policy_file
    from countersign.policies.schema import DEFAULT_POLICY

    assert DEFAULT_POLICY == "default.yaml"
    good = tmp_path / "good.yaml"
    good.write_text(default_policy_text())
    assert check_policy_file(good) == []
    bad = tmp_path / "bad.yaml"
    bad.write_text(default_policy_text().replace('rounding: "0.02"', "rounding: 0.02"))
    problems = check_policy_file(bad)
    assert len(problems) == 1 and problems[0].startswith(f"{bad}:") and "tolerances.rounding" in problems[0]
    assert "cannot read" in check_policy_file(tmp_path / "missing.yaml")[0]
