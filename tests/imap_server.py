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
    port: int  # IMAP (STARTTLS when tls)
    process: subprocess.Popen
    ssl_port: int | None = None  # IMAPS, when tls

    @property
    def ca_file(self) -> Path:
        return self.root / "cert.pem"

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


def self_signed_cert(root: Path) -> None:
    """A certificate for 127.0.0.1 (its own CA), so clients verify it like any other."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(hours=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    (root / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (root / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                     serialization.NoEncryption()))


def start_server(*, tls: bool = False) -> ImapServer:
    """With `tls`, plaintext login is refused: STARTTLS on `port`, IMAPS on `ssl_port`."""
    binary = find_dovecot()
    if binary is None:
        raise FileNotFoundError("dovecot not found (install Debian's dovecot-imapd)")
    root = Path(tempfile.mkdtemp(prefix="countersign-imap-"))
    as_root = os.geteuid() == 0
    account = pwd.getpwnam("dovecot") if as_root else pwd.getpwuid(os.geteuid())
    group = grp.getgrgid(account.pw_gid).gr_name
    port, ssl_port = _free_port(), _free_port() if tls else None
    for sub in ("run", "state", "home"):
        (root / sub).mkdir()
    if tls:
        self_signed_cert(root)
    ssl_conf = (f"ssl = required\nssl_cert = <{root}/cert.pem\nssl_key = <{root}/key.pem\n"
                "disable_plaintext_auth = yes\n" if tls else "ssl = no\ndisable_plaintext_auth = no\n")
    if tls and os.path.exists("/usr/share/dovecot/dh.pem"):
        ssl_conf += "ssl_dh = </usr/share/dovecot/dh.pem\n"
    imaps = f"  inet_listener imaps {{\n    port = {ssl_port}\n    ssl = yes\n  }}\n" if tls else ""
    (root / "users").write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n")
    (root / "dovecot.conf").write_text(f"""
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
{ssl_conf}auth_mechanisms = plain login
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
{imaps}  chroot =
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
                    return ImapServer(root, port, process, ssl_port)
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("dovecot did not start listening")
