"""The blind sets' regression gate shows development parts in full and held-out parts only as a count of those that
fell, so a round tuned on development styles cannot choose by a held-out score; it fails on any part that fell."""

from __future__ import annotations

from pathlib import Path

from evals import blind_gate


def _write(folder: Path, parts: dict[str, tuple[float, float]]) -> Path:
    folder.mkdir()
    for part, (accuracy, calibrated) in parts.items():
        (folder / f"{part}.txt").write_text(f"vendor_name 3/4 0.750\nfield_accuracy={accuracy}\n"
                                            f"calibrated_accuracy_at_0.9={calibrated}\nexact_line_count=1.0\n")
    return folder


def test_a_held_out_part_that_fell_is_counted_never_shown(tmp_path, capsys):
    base = _write(tmp_path / "base", {"set1_dev": (0.9, 1.0), "set1_held": (0.8123, 1.0), "set2_held": (0.7, 0.95)})
    now = _write(tmp_path / "now", {"set1_dev": (0.95, 1.0), "set1_held": (0.8, 1.0), "set2_held": (0.7, 0.95)})
    assert blind_gate.main(["compare", str(base), str(now)]) == 1
    printed = capsys.readouterr().out
    assert "set1_dev     0.9 -> 0.95   1.0 -> 1.0  better" in printed
    assert "held-out: 1 of 2 parts lower  WORSE" in printed
    assert "0.8123" not in printed and "set1_held" not in printed  # no held-out score to tune on


def test_nothing_lower_passes_and_an_unsealed_part_is_shown(tmp_path, capsys):
    base = _write(tmp_path / "base", {"set8_dev": (0.97, 1.0), "set8_held": (0.81, 0.948)})
    now = _write(tmp_path / "now", {"set8_dev": (0.97, 1.0), "set8_held": (0.81, 1.0)})
    assert blind_gate.main(["compare", str(base), str(now), "--unsealed", "set8_held"]) == 0
    printed = capsys.readouterr().out
    assert "set8_held    0.81 -> 0.81   0.948 -> 1.0  better" in printed
    assert "held-out: 0 of 0 parts lower" in printed


def test_a_development_part_lower_or_missing_fails(tmp_path):
    base = _write(tmp_path / "base", {"set1_dev": (0.9, 1.0), "set2_dev": (0.9, 1.0)})
    now = _write(tmp_path / "now", {"set1_dev": (0.9, 0.98)})  # calibration down; set2 not scored at all
    lines, fell = blind_gate.compare(blind_gate.read(base), blind_gate.read(now))
    assert fell
    assert any(line.startswith("set1_dev") and line.endswith("WORSE") for line in lines)
    assert any(line.startswith("set2_dev") and line.endswith("WORSE") for line in lines)
