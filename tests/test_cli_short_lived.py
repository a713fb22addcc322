"""`short_lived`: a read-only command runs without the cycle collector and gives it back after."""

from __future__ import annotations

import gc

import pytest
import typer

from countersign.app.cli_common import short_lived


def test_the_collector_is_off_during_the_command_and_restored_after() -> None:
    seen = []

    @short_lived
    def command(x: int, *, y: str = "a") -> str:
        """doc"""
        seen.append(gc.isenabled())
        return f"{x}{y}"

    assert gc.isenabled()
    assert command(1, y="b") == "1b"
    assert seen == [False]
    assert gc.isenabled()
    assert command.__doc__ == "doc" and command.__name__ == "command"  # typer reads the wrapped signature


def test_restored_when_the_command_raises_and_left_off_when_it_was_off() -> None:
    @short_lived
    def failing() -> None:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        failing()
    assert gc.isenabled()
    gc.disable()
    try:
        short_lived(lambda: None)()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_in_the_clis_own_process_the_collector_stays_off_and_what_it_holds_is_frozen(monkeypatch) -> None:
    from countersign.app.cli_common import ctx

    monkeypatch.setattr(ctx, "exits_after_command", True)
    try:
        short_lived(lambda: None)()
        assert not gc.isenabled() and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()


def test_a_command_reads_the_settings_once_and_the_next_one_reads_them_again(monkeypatch, tmp_path) -> None:
    from typer.testing import CliRunner

    from countersign.app.cli_common import cli_settings, ctx, start

    probe, seen = typer.Typer(), []

    @probe.callback(invoke_without_command=True)
    def command(invocation: typer.Context) -> None:
        start(invocation, tmp_path)
        seen.append((cli_settings().max_pages, cli_settings() is not ctx.settings, cli_settings().data_dir))

    monkeypatch.setenv("COUNTERSIGN_MAX_PAGES", "7")
    assert CliRunner().invoke(probe, []).exit_code == 0
    assert seen == [(7, True, tmp_path)] and ctx.settings is None
    monkeypatch.setenv("COUNTERSIGN_MAX_PAGES", "9")
    assert cli_settings().max_pages == 9
