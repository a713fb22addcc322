"""A local OpenAI-compatible chat-completions endpoint on 127.0.0.1 backed by the offline planner.

`python -m evals.agent --replay` points the real openai client (through langchain-openai) at it,
so every scenario round-trips over HTTP: tool schemas out, tool calls back with their ids and
JSON arguments, tool results out again, the answer back. What the network path loses or
mangles shows up as lower accuracy than offline.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage

from countersign.agent.chat.planner import OfflinePlanner


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


def to_wire(message: AIMessage, model: str) -> dict:
    wire = {"role": "assistant", "content": message.content or None}
    if message.tool_calls:
        wire["tool_calls"] = [{"id": c["id"], "type": "function",
                               "function": {"name": c["name"], "arguments": json.dumps(c["args"])}}
                              for c in message.tool_calls]
    return {"id": "chatcmpl-local", "object": "chat.completion", "created": 0, "model": model,
            "choices": [{"index": 0, "message": wire, "finish_reason": "tool_calls" if message.tool_calls else "stop"}],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}}


class PlannerServer:
    def __init__(self) -> None:
        planner = OfflinePlanner()
        self.requests = 0
        server_self = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server naming
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server_self.requests += 1
                reply = planner.invoke(to_messages(body["messages"]))
                data = json.dumps(to_wire(reply, body.get("model", "local"))).encode()
                self.send_response(200)
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

    def __enter__(self) -> "PlannerServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
