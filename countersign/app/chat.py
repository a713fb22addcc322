"""The chat agent wired to this process's services: the composition root's part for chat.

The agent (agent/chat/) gets exactly what a question needs: the chat model, the tools'
dependencies for the asker, the checkpointer and the audit `record`. The tools' ERP and store are
read-only views of the real ones, so what the model can reach is what `ToolDeps` says.
"""

from __future__ import annotations

from functools import partial

from langchain_core.language_models.chat_models import BaseChatModel

from countersign.agent.chat import agent
from countersign.agent.chat.deps import Ask, ToolDeps, read_only
from countersign.agent.runner import sync_order
from countersign.agent.runtime import CaseReader
from countersign.app.bootstrap import Services, configure_tracing
from countersign.app.settings import Settings
from countersign.ports import CRMReader, ERPReader


def make_ask(services: Services, model: BaseChatModel | None = None) -> Ask:
    """`ask(text, user_id=, conversation_id=) -> answer` over these services; `model` defaults to
    the configured one (the offline planner when none is)."""
    configure_tracing(services.settings)
    return agent.make_ask(model or chat_model(services.settings), tool_deps=partial(tool_deps, services),
                          checkpointer=services.checkpointer, record=services.store.record)


def chat_model(settings: Settings) -> BaseChatModel:
    """The configured OpenAI-compatible model, or the offline planner."""
    key = settings.openai_api_key
    return agent.make_chat_model(settings.openai_model, base_url=settings.openai_base_url,
                                 api_key=key.get_secret_value() if key else None)


def tool_deps(services: Services, user_id: str) -> ToolDeps:
    """The chat tools' dependencies for one asker (`user_id` as the channel authenticated it)."""
    return ToolDeps(erp=read_only(services.erp, ERPReader), crm=read_only(services.crm, CRMReader),
                    store=read_only(services.store, CaseReader),
                    policy=services.policy, clock=services.clock, user_id=user_id,
                    propose_sync_order=partial(_propose_sync_order, services))


def _propose_sync_order(services: Services, opportunity_id: str, *, requested_by: str) -> str:
    return sync_order(services, opportunity_id, requested_by=requested_by).case_id
