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
