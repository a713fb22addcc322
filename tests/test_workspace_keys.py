"""The workspace's keys (the audit log's MAC key, the console's session key): made once, whole, private to
their owner, and the same for every process that starts beside the first (a worker and the Slack app on a first
start): a process that read a half-written audit key would MAC its events with another key, and every approval it
recorded would stop counting (`Store.approvals_on_record`); an empty session key signs sessions anyone can forge."""

from __future__ import annotations

import stat
import threading

import pytest

from countersign.app.audit import load_audit_key
from countersign.app.audit_rows import KEY_FILE
from countersign.app.console.auth import KEY_FILE as CONSOLE_KEY_FILE
from countersign.app.console.auth import session_secret


def all_at_once(load, starters: int) -> list:
    """What `load()` returns in each of `starters` threads let go together, as processes starting side by side."""
    start, results = threading.Barrier(starters), []

    def run():
        start.wait()
        results.append(load())

    threads = [threading.Thread(target=run) for _ in range(starters)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def test_every_starter_on_a_fresh_workspace_gets_the_one_whole_key(tmp_path):
    for round_ in range(40):
        workspace = tmp_path / f"ws{round_}"
        workspace.mkdir()
        keys = all_at_once(lambda workspace=workspace: load_audit_key(None, workspace), 8)
        assert len(set(keys)) == 1 and len(keys[0]) == 64, keys
        assert [p.name for p in workspace.iterdir()] == [KEY_FILE]  # no draft left behind


def test_the_key_is_private_and_kept(tmp_path):
    first = load_audit_key(None, tmp_path)
    assert stat.S_IMODE((tmp_path / KEY_FILE).stat().st_mode) == 0o600
    assert load_audit_key(None, tmp_path) == first


def test_a_key_from_settings_wins_and_writes_nothing(tmp_path):
    assert load_audit_key("from-the-environment", tmp_path) == b"from-the-environment"
    assert not (tmp_path / KEY_FILE).exists()


def test_an_empty_key_file_is_a_clear_error_not_a_key(tmp_path):
    (tmp_path / KEY_FILE).write_text("\n")
    with pytest.raises(ValueError, match="audit key file .* is empty"):
        load_audit_key(None, tmp_path)


def test_the_console_session_key_is_made_the_same_way(tmp_path):
    keys = all_at_once(lambda: session_secret(None, tmp_path), 6)
    assert len(set(keys)) == 1 and len(keys[0]) == 64
    assert stat.S_IMODE((tmp_path / CONSOLE_KEY_FILE).stat().st_mode) == 0o600
    (tmp_path / CONSOLE_KEY_FILE).write_text("")
    with pytest.raises(ValueError, match="COUNTERSIGN_CONSOLE_SECRET"):
        session_secret(None, tmp_path)
