"""Hostile edits of a real CLI workspace that once made `audit verify` or `audit show` crash with a
traceback: a value of the wrong type (a blob, a NULL, a number, text that is not UTF-8, a time
that is none) written into a column of the log, and anchor lines that are JSON but no anchor.
Each is now reported, naming the event (or the anchor line) and what is wrong with it."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from countersign.app.audit_check import anchor_problem, read_anchors
from tests.test_cli import run
from tests.test_red_team_audit import _cli_workspace

pytestmark = pytest.mark.slow
COLUMNS = "seq, at, actor, action, subject, payload, payload_digest, prev_hash, hash, mac"
HEX = "ab" * 32


@pytest.fixture(scope="module")
def workspace(tmp_path_factory, demo_pdfs):
    """A workspace with a processed invoice (seven events), built once and copied by each test."""
    base = tmp_path_factory.mktemp("hostile")
    _cli_workspace(base, demo_pdfs)
    return base / "ws"


def _tampered(workspace, tmp_path, *statements: str, loose: bool = False) -> str:
    """A copy of the workspace with the statements run on its database; the case id of event 2.
    `loose` first rebuilds the log's table with no types or constraints, as someone editing the
    file can, so that any value fits any column."""
    shutil.copytree(workspace, tmp_path / "ws")
    db = sqlite3.connect(tmp_path / "ws" / "countersign.db")
    [case] = db.execute("select subject from audit_events where seq = 2").fetchone()
    if loose:
        db.executescript(f"create table loose({COLUMNS}); insert into loose select {COLUMNS} from audit_events; "
                         "drop table audit_events; alter table loose rename to audit_events;")
    for statement in statements:
        db.execute(statement)
    db.commit()
    db.close()
    return case


def _verify_and_show(tmp_path, case: str, verify_says: str, show_says: str | None) -> None:
    verified = run(["audit", "verify"], tmp_path)
    assert verified.returncode == 1 and "Traceback" not in verified.stderr, verified.stderr
    assert verify_says in verified.stderr, verified.stderr
    shown = run(["audit", "show", case], tmp_path)
    assert "Traceback" not in shown.stderr, shown.stderr
    if show_says is not None:
        assert shown.returncode == 1 and f"countersign: cannot show {show_says}" in shown.stderr, shown.stderr
        assert "extraction_started" not in shown.stdout and "received" in shown.stdout  # the rest is shown


@pytest.mark.parametrize(("value", "loose", "named"), [
    ("X'00ff'", False, "bytes"),
    ("NULL", True, "null"),
    ("12345", True, "12345"),
    ("1.5", True, "1.5"),
    ("'not a date'", False, "the text 'not a date'"),
    ("''", False, "the text ''"),
    ("CAST(X'C328' AS TEXT)", False, "bytes that are not UTF-8"),
])
def test_a_time_that_is_no_timestamp_is_reported_per_event(workspace, tmp_path, value, loose, named):
    case = _tampered(workspace, tmp_path, f"update audit_events set at = {value} where seq = 2", loose=loose)
    problem = f"at is not a timestamp but {named}: the row was edited outside countersign"
    _verify_and_show(tmp_path, case, f"audit chain broken at event 2: {problem}", f"event 2: {problem}")


@pytest.mark.parametrize("column", ["actor", "action", "payload", "payload_digest", "prev_hash", "hash", "mac"])
def test_text_that_is_not_utf8_is_reported_per_event(workspace, tmp_path, column):
    """sqlite3 raises on such text while reading: the log is read again, that text kept as bytes."""
    case = _tampered(workspace, tmp_path, f"update audit_events set {column} = CAST(X'C328' AS TEXT) where seq = 2")
    problem = f"{column} is not text but bytes that are not UTF-8: the row was edited outside countersign"
    _verify_and_show(tmp_path, case, f"audit chain broken at event 2: {problem}", f"event 2: {problem}")


@pytest.mark.parametrize("column", ["payload", "hash"])
def test_a_null_in_a_text_column_is_reported_per_event(workspace, tmp_path, column):
    case = _tampered(workspace, tmp_path, f"update audit_events set {column} = NULL where seq = 2", loose=True)
    problem = f"{column} is not text but NoneType: the row was edited outside countersign"
    _verify_and_show(tmp_path, case, f"audit chain broken at event 2: {problem}", f"event 2: {problem}")


@pytest.mark.parametrize(("payload", "verify_says", "show_says"), [
    ("'not json'", "payload does not match its digest", "payload is not a JSON object"),
    ("'[1, 2]'", "payload does not match its digest", "payload is not a JSON object"),
    ("42", "payload is not text but int", "payload is not text but int"),
])
def test_a_payload_that_is_no_json_object_is_reported_per_event(workspace, tmp_path, payload, verify_says, show_says):
    case = _tampered(workspace, tmp_path, f"update audit_events set payload = {payload} where seq = 2", loose=True)
    _verify_and_show(tmp_path, case, f"audit chain broken at event 2: {verify_says}",
                     f"event 2: {show_says}: the row was edited outside countersign")


def test_a_seq_that_is_no_integer_is_reported_at_its_place(workspace, tmp_path):
    case = _tampered(workspace, tmp_path, "update audit_events set seq = 2.5 where seq = 2", loose=True)
    _verify_and_show(tmp_path, case, "audit chain broken at event 2: sequence gap: expected 2, found 2.5",
                     "event (seq no number): seq is 2.5, not a number: the row was edited outside countersign")


@pytest.mark.parametrize(("line", "why"), [
    ('{"seq": "x", "hash": "%s"}' % HEX, "its seq is the text 'x', not an event number"),
    ('{"seq": "7", "hash": "%s"}' % HEX, "its seq is the text '7', not an event number"),
    ('{"seq": 1.5, "hash": "%s"}' % HEX, "its seq is 1.5, not an event number"),
    ('{"seq": -1, "hash": "%s"}' % HEX, "its seq is -1, not an event number"),
    ('{"seq": 0, "hash": "%s"}' % HEX, "its seq is 0, not an event number"),
    ('{"seq": true, "hash": "%s"}' % HEX, "its seq is True, not an event number"),
    ('{"seq": null, "hash": "%s"}' % HEX, "its seq is null, not an event number"),
    ('{"hash": "%s"}' % HEX, "its seq is missing, not an event number"),
    ('{"seq": 1e400, "hash": "%s"}' % HEX, "its seq is inf, not an event number"),
    ('{"seq": NaN, "hash": "%s"}' % HEX, "its seq is nan, not an event number"),
    ('{"seq": %d, "hash": "%s"}' % (2**63, HEX), f"its seq is {2**63}, not an event number"),
    ('{"seq": %s, "hash": "%s"}' % ("9" * 5000, HEX), "it is not JSON"),
    ('{"seq": [], "hash": "%s"}' % HEX, "its seq is list, not an event number"),
    ('{"seq": 3, "hash": "zz"}', "its hash is the text 'zz', not 64 hex digits"),
    ('{"seq": 3, "hash": null}', "its hash is null, not 64 hex digits"),
    ('{"seq": 3}', "its hash is missing, not 64 hex digits"),
    ('{"seq": 3, "hash": "%s", "mac": "\\u00e9"}' % HEX, "its mac is the text 'é', not 64 hex digits"),
    ('{"seq": 3, "hash": "%s", "mac": 1}' % HEX, "its mac is 1, not 64 hex digits"),
    ("[" * 100_000, "it is not JSON"),
    ("\x00\x00", "it is not JSON"),
])
def test_an_anchor_line_that_is_no_valid_anchor_is_named(workspace, tmp_path, line, why):
    _tampered(workspace, tmp_path)
    anchors = tmp_path / "ws" / "audit-anchor.jsonl"
    number = len(anchors.read_text().splitlines()) + 1
    with anchors.open("a") as out:
        out.write(line + "\n")
    verified = run(["audit", "verify"], tmp_path)
    assert verified.returncode == 1 and "Traceback" not in verified.stderr, verified.stderr
    assert f"anchor file line {number} is not an anchor: {why}" in verified.stderr, verified.stderr


def test_an_anchor_file_cut_short_or_not_utf8_is_named(workspace, tmp_path):
    _tampered(workspace, tmp_path)
    anchors = tmp_path / "ws" / "audit-anchor.jsonl"
    lines = anchors.read_bytes().splitlines()
    anchors.write_bytes(b"\n".join([b"\xff\xfe" + lines[0], *lines[1:]])[:-20])
    verified = run(["audit", "verify"], tmp_path)
    assert verified.returncode == 1 and "Traceback" not in verified.stderr, verified.stderr
    assert "anchor file line 1 is not an anchor: it is not UTF-8 text" in verified.stderr
    assert f"anchor file line {len(lines)} is not an anchor: it is not JSON" in verified.stderr


def test_an_anchor_path_that_cannot_be_read_is_a_clear_error(workspace, tmp_path):
    _tampered(workspace, tmp_path)
    anchors = tmp_path / "ws" / "audit-anchor.jsonl"
    anchors.unlink()
    anchors.mkdir()
    verified = run(["audit", "verify"], tmp_path)
    assert verified.returncode == 2 and "Traceback" not in verified.stderr, verified.stderr
    assert f"{anchors}: cannot read the anchor file (Is a directory)" in verified.stderr


@pytest.mark.parametrize("anchor", [{"seq": 1, "hash": HEX}, {"seq": 2**63 - 1, "hash": HEX, "mac": None},
                                    {"seq": 3, "hash": HEX, "mac": HEX, "at": "whenever"}])
def test_a_valid_anchor(anchor):
    assert anchor_problem(anchor) == ""
    [read] = read_anchors([json.dumps(anchor)])
    assert read == {"seq": anchor["seq"], "hash": HEX, "mac": anchor.get("mac")}
