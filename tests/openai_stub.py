"""A local OpenAI-compatible server on 127.0.0.1 that replays scripted replies and records every
request, so the real openai client is exercised over HTTP without the internet."""

from __future__ import annotations

from evals.openai_server import ChatCompletionsServer, completion


class OpenAIStub(ChatCompletionsServer):
    def __init__(self, replies: list[dict]):
        self.replies = list(replies)  # each: {"content": str} or {"tool_calls": [{"name":…, "args":…}]}
        self.requests: list[dict] = []

        def respond(body: dict, meta: dict) -> dict:
            self.requests.append({"body": body, **meta})
            reply = self.replies.pop(0) if self.replies else {"content": "(no scripted reply left)"}
            calls = [{"id": f"call_{i}", **c} for i, c in enumerate(reply.get("tool_calls") or [])]
            return completion(reply.get("content"), calls, body.get("model"), total_tokens=120)

        super().__init__(respond)
