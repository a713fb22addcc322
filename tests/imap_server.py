"""A real, throwaway IMAP server for the tests: Debian's dovecot on 127.0.0.1, a free port, a
temp config, one user (`.ci/run` installs the package when missing).

Dovecot runs as an unprivileged user: the test's own account, or under root the `dovecot`
system account (as tests/pg_server.py runs PostgreSQL as `postgres`).
"""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

USER, PASSWORD = "ap@example.test", "secret-imap-password"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class ImapServer:
    root: Path
    port: int
    process: subprocess.Popen

    @property
    def maildir(self) -> Path:
        return self.root / "home" / USER / "Maildir"

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)
        if self.process.stderr:
            self.process.stderr.close()
        shutil.rmtree(self.root, ignore_errors=True)


def find_dovecot() -> str | None:
    return shutil.which("dovecot") or ("/usr/sbin/dovecot" if os.path.exists("/usr/sbin/dovecot") else None)


def start_server() -> ImapServer:
    binary = find_dovecot()
    if binary is None:
        raise FileNotFoundError("dovecot not found (install Debian's dovecot-imapd)")
    root = Path(tempfile.mkdtemp(prefix="countersign-imap-"))
    as_root = os.geteuid() == 0
    account = pwd.getpwnam("dovecot") if as_root else pwd.getpwuid(os.geteuid())
    group = grp.getgrgid(account.pw_gid).gr_name
    port = _free_port()
    for sub in ("run", "state", "home"):
        (root / sub).mkdir()
    (root / "users").write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n")
    (root / "dovecot.conf").write_text(f"""
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = {account.pw_name}
default_internal_group = {group}
default_login_user = {account.pw_name}
first_valid_uid = {account.pw_uid}
first_valid_gid = {account.pw_gid}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
userdb {{
  driver = static
  args = uid={account.pw_uid} gid={account.pw_gid} home={root}/home/%u
}}
mail_location = maildir:~/Maildir
service imap-login {{
  inet_listener imap {{
    port = {port}
  }}
  chroot =
}}
service anvil {{
  chroot =
}}
""")
    if as_root:
        for path in [root, *root.rglob("*")]:
            os.chown(path, account.pw_uid, account.pw_gid)
    cmd = [binary, "-F", "-c", str(root / "dovecot.conf")]
    if as_root:
        cmd = ["runuser", "-u", account.pw_name, "--", *cmd]
    process = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log = (root / "dovecot.log").read_text() if (root / "dovecot.log").exists() else ""
            raise RuntimeError(f"dovecot exited: {process.stderr.read().decode() if process.stderr else ''} {log}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                if s.recv(100).startswith(b"* OK"):
                    return ImapServer(root, port, process)
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("dovecot did not start listening")
