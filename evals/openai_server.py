"""Local OpenAI-compatible chat-completions endpoints on 127.0.0.1, for tests and evaluations.

`ChatCompletionsServer` speaks the wire format once; what answers is a function of the request
body. `PlannerServer` puts the deterministic offline planner behind it (`python -m evals.agent
--replay` reaches it through langchain-openai and the real openai client, so tool schemas, tool
calls with their ids and tool results cross real HTTP); the tests' `OpenAIStub` replays scripted
replies and records what the client sent.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage

from countersign.agent.chat.offline_planner import OfflinePlanner


def to_messages(wire: list[dict]) -> list:
    """OpenAI wire messages → LangChain messages (tool results get their tool's name back)."""
    names: dict[str, str] = {}
    out = []
    for m in wire:
        role = m["role"]
        if role == "system":
            out.append(SystemMessage(m.get("content") or ""))
        elif role == "user":
            out.append(HumanMessage(m.get("content") or ""))
        elif role == "assistant":
            calls = [{"name": c["function"]["name"], "args": json.loads(c["function"]["arguments"] or "{}"),
                      "id": c["id"], "type": "tool_call"} for c in m.get("tool_calls") or []]
            names.update({c["id"]: c["name"] for c in calls})
            out.append(AIMessage(content=m.get("content") or "", tool_calls=calls))
        elif role == "tool":
            content = m.get("content") or ""
            out.append(ToolMessage(content=content, tool_call_id=m["tool_call_id"], name=names.get(m["tool_call_id"]),
                                   status="error" if content.startswith("Error") else "success"))
    return out


def completion(content: str | None, tool_calls: list[dict], model: str | None, total_tokens: int = 0) -> dict:
    """A chat.completion response; `tool_calls` as [{"id", "name", "args"}]."""
    message = {"role": "assistant", "content": content or None}
    if tool_calls:
        message["tool_calls"] = [{"id": c["id"], "type": "function",
                                  "function": {"name": c["name"], "arguments": json.dumps(c["args"])}}
                                 for c in tool_calls]
    return {"id": "chatcmpl-local", "object": "chat.completion", "created": 0, "model": model,
            "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if tool_calls else "stop"}],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": total_tokens}}


class ChatCompletionsServer:
    """POST /v1/chat/completions answered by `respond(body, meta) -> completion dict`, where
    `meta` holds the request path and its Authorization header."""

    def __init__(self, respond: Callable[[dict, dict], dict]):
        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server naming
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                meta = {"path": self.path, "auth": self.headers.get("Authorization")}
                reply = respond(body, meta)
                status = reply.pop("_status", 200)  # an error reply: {"_status": 503, "error": {...}}
                data = json.dumps(reply).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


class PlannerServer(ChatCompletionsServer):
    """The offline planner as a remote model."""

    def __init__(self) -> None:
        planner = OfflinePlanner()

        def respond(body: dict, meta: dict) -> dict:
            reply = planner.invoke(to_messages(body["messages"]))
            return completion(reply.content, reply.tool_calls, body.get("model"))

        super().__init__(respond)
