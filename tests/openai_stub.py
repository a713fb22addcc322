"""A local OpenAI-compatible server on 127.0.0.1 that replays scripted replies and records every
request, so the real openai client is exercised over HTTP without the internet."""

from __future__ import annotations

from evals.openai_server import ChatCompletionsServer, completion


class OpenAIStub(ChatCompletionsServer):
    def __init__(self, replies: list[dict]):
        self.replies = list(replies)  # {"content": str}, {"tool_calls": [{"name":…, "args":…}]}, {"status": 503}
        self.requests: list[dict] = []

        def respond(body: dict, meta: dict) -> dict:
            self.requests.append({"body": body, **meta})
            reply = self.replies.pop(0) if self.replies else {"content": "(no scripted reply left)"}
            if reply.get("status"):  # the model's API failing: {"status": 503}
                return {"_status": reply["status"], "error": {"message": "scripted failure", "type": "server_error"}}
            calls = [{"id": f"call_{i}", **c} for i, c in enumerate(reply.get("tool_calls") or [])]
            return completion(reply.get("content"), calls, body.get("model"), total_tokens=120)

        super().__init__(respond)
