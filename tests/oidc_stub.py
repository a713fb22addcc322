"""Slack's OpenID Connect endpoints as a local stub on 127.0.0.1: the token endpoint answers a
code it was told about with an RS256 id_token signed by a key the stub publishes at
/openid/connect/keys. Nothing leaves the machine."""

from __future__ import annotations

import base64
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class SlackOIDCStub:
    def __init__(self, client_id: str = "cid", client_secret: str = "csecret"):
        self.client_id, self.client_secret = client_id, client_secret
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.codes: dict[str, dict] = {}  # code -> claims to put in the id_token (nonce added on use)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def id_token(self, claims: dict, kid: str = "k1", key=None) -> str:
        head = _b64(json.dumps({"alg": "RS256", "kid": kid, "typ": "JWT"}).encode())
        body = _b64(json.dumps(claims).encode())
        signature = (key or self.key).sign(f"{head}.{body}".encode(), padding.PKCS1v15(), hashes.SHA256())
        return f"{head}.{body}.{_b64(signature)}"

    def jwks(self) -> dict:
        numbers = self.key.public_key().public_numbers()
        return {"keys": [{"kty": "RSA", "kid": "k1", "alg": "RS256",
                          "n": _b64(numbers.n.to_bytes((numbers.n.bit_length() + 7) // 8, "big")),
                          "e": _b64(numbers.e.to_bytes(3, "big"))}]}

    def claims_for(self, user: str, nonce: str, **extra) -> dict:
        return {"iss": "https://slack.com", "aud": self.client_id, "sub": user, "exp": time.time() + 300,
                "https://slack.com/user_id": user, "https://slack.com/team_id": "T0TEAM", "nonce": nonce, **extra}

    def _handler(self):
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                return

            def _json(self, data: dict) -> None:
                body = json.dumps(data).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                self._json(stub.jwks() if self.path == "/openid/connect/keys" else {"ok": False})

            def do_POST(self):
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
                        .items()}
                if self.path != "/api/openid.connect.token" or form.get("client_secret") != stub.client_secret:
                    self._json({"ok": False, "error": "invalid_client"})
                    return
                token = stub.codes.pop(form.get("code", ""), None)
                self._json({"ok": True, "id_token": token} if token else {"ok": False, "error": "invalid_code"})

        return Handler
