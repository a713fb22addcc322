"""How a chat tool becomes a LangChain tool: its docstring is the model's prompt.

A tool is a typed function `tool(deps, <the model's arguments>) -> str` (tools.py). Its docstring's summary is the
tool's description, its Google-style `Args:` section describes each argument, and the signature after `deps` with
its `Annotated` constraints becomes the arguments' schema, checked before the function runs. A missing or stray
`Args:` entry is refused when the tools are built.
"""

from __future__ import annotations

import inspect
from functools import lru_cache
from typing import Any, Callable

from langchain_core.tools import StructuredTool, ToolException
from pydantic import BaseModel, Field, create_model

from countersign.agent.chat.deps import ToolDeps


def to_langchain(func: Callable[..., str], deps: ToolDeps) -> StructuredTool:
    """A LangChain tool from a typed tool function, `deps` bound. (A closure, not a `partial`: the
    tool node reads the type hints of what it calls.)"""

    def call(**arguments: Any) -> str:
        return func(deps, **arguments)

    return StructuredTool.from_function(call, name=func.__name__, description=_summary(func),
                                        args_schema=args_schema(func), handle_tool_error=_tool_error)


@lru_cache(maxsize=64)  # tools are built for every question; their schemas are the same each time
def args_schema(func: Callable[..., Any]) -> type[BaseModel]:
    """The model's arguments: the signature after `deps`, with its constraints, each described by
    the docstring's `Args:` entry. A missing or stray entry is refused here, when the tools are
    built, rather than found later in a transcript."""
    params = list(inspect.signature(func, eval_str=True).parameters.values())[1:]
    described = _arg_descriptions(func)
    if set(described) != {p.name for p in params}:
        raise TypeError(f"tool {func.__name__}: Args: describes {sorted(described)}, "
                        f"the signature has {sorted(p.name for p in params)}")
    fields: dict[str, Any] = {
        p.name: (p.annotation, Field(... if p.default is p.empty else p.default, description=described[p.name]))
        for p in params}
    return create_model("".join(w.title() for w in func.__name__.split("_")) + "Args", **fields)


def _summary(func: Callable[..., Any]) -> str:
    """The docstring before `Args:`, on one line: the tool's description."""
    return " ".join(_docstring(func)[0].split())


def _arg_descriptions(func: Callable[..., Any]) -> dict[str, str]:
    """`name: text` entries of a Google-style `Args:` section; deeper-indented lines continue one."""
    described: dict[str, str] = {}
    name, indent = None, None
    for line in _docstring(func)[1].split("\n\n")[0].splitlines():
        depth = len(line) - len(line.lstrip())
        if name and indent is not None and depth > indent:
            described[name] += " " + line.strip()
        elif ":" in line:
            name, _, text = line.strip().partition(":")
            indent = depth if indent is None else indent
            described[name] = text.strip()
    return described


def _docstring(func: Callable[..., Any]) -> tuple[str, str]:
    summary, _, args = (inspect.getdoc(func) or "").partition("\nArgs:\n")
    return summary, args


def _tool_error(exc: ToolException) -> str:
    """Errors say so in their text too: over an OpenAI-compatible API only the content travels."""
    return f"Error: {exc}"
