"""`short_lived`: a read-only command runs without the cycle collector and gives it back after."""

from __future__ import annotations

import gc

import pytest

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
