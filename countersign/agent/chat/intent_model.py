"""Which tool a question asks for, by a small linear model: the offline planner's second opinion.

The planner's rules read cue words in a fixed order; a wording they were not written for falls to
the wrong branch. This model weighs every word, word pair and letter group of the question at once
(letter groups carry typos and compounds, the lexicon's cue groups carry words it never saw), so it
generalizes to phrasings the rules miss. Weights are trained by `python -m evals.train_intent` on
the seen parts of the chat eval and ship beside this file; they are hashed into a fixed number of
buckets and stored as bytes, so the file stays small and loading it costs milliseconds.
Pure functions; the planner decides when to follow it (planner.py).
"""

from __future__ import annotations

import json
import math
import re
import zlib
from array import array
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

from countersign.agent.chat.lexicon import CUES
from countersign.agent.chat.resolve import PO_NUMBER
from countersign.agent.chat.shapes import ASIDE_DASH
from countersign.agent.chat.understand import fold, read, references

BUCKETS = 1 << 15
WEIGHTS = Path(__file__).with_name("intent_weights.bin")
# The second model: which invoices a list question asks for (blocked, waiting, overdue, over budget, over an
# amount, from a vendor, this week, or all), on the same features; the list rules' fallback (list_questions.py)
LIST_WEIGHTS = Path(__file__).with_name("list_weights.bin")

# References become their kind: what a question names must not decide what it asks
_MASKS = (
    (re.compile(r"\b(?:opp|opportunity)\s*[#-]?\s*\d+\b", re.I), " zzopp "),
    (PO_NUMBER, " zzpo "),
    (re.compile(r"[$€£]\s?\d[\d.,' ]*\d|\d[\d.,' ]*\d\s?(?:[$€£]|usd|eur|gbp)\b", re.I), " zzamt "),
    (re.compile(r"\b[A-Za-z]{1,4}[- ]?\d[\w-]*"), " zzid "),
    (re.compile(r"\d+"), " zznum "),
)
_REFS = ("case", "po", "deal", "date", "amount", "tax_id", "iban", "words")


def feature_names(text: str) -> Counter[str]:
    """Words, word pairs, first and last words, letter groups of 3-5, cue groups, reference kinds."""
    masked = text
    for pattern, kind in _MASKS:
        masked = pattern.sub(kind, masked)
    words = fold(masked).split()
    f: Counter[str] = Counter()
    for i, w in enumerate(words):
        f["w:" + w] += 1
        if i:
            f[f"b:{words[i - 1]}_{w}"] += 1
        if not w.startswith("zz"):
            padded = f"<{w}>"
            for n in (3, 4, 5):
                for j in range(len(padded) - n + 1):
                    f[f"c{n}:{padded[j:j + n]}"] += 1
    if words:
        f["f:" + words[0]] += 1
        f["l:" + words[-1]] += 1
        if len(words) > 1:
            f[f"f2:{words[0]}_{words[1]}"] += 1
            f[f"l2:{words[-2]}_{words[-1]}"] += 1
    if "?" in text:
        f["has:q"] += 1
    q, r = read(text), references(" ".join(text.split()))
    f.update("g:" + group for group in CUES if q.has(group))
    f.update("r:" + kind for kind in _REFS if getattr(r, kind))
    return f


def features(text: str) -> dict[int, float]:
    """The hashed feature vector, scaled to unit length (long messages do not shout)."""
    vector: dict[int, float] = {}
    for name, count in feature_names(text).items():
        bucket = zlib.crc32(name.encode()) % BUCKETS
        vector[bucket] = vector.get(bucket, 0.0) + count
    length = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {k: v / length for k, v in vector.items()}


@dataclass(frozen=True)
class Model:
    tools: tuple[str, ...]
    bias: tuple[float, ...]
    scale: float  # int8 weight * scale = weight
    weights: array  # BUCKETS x len(tools), int8, row-major

    def scores(self, vector: dict[int, float]) -> list[tuple[float, str]]:
        """(probability, tool) for every tool, best first."""
        k = len(self.tools)
        s = list(self.bias)
        for bucket, value in vector.items():
            row = bucket * k
            for c in range(k):
                s[c] += self.weights[row + c] * self.scale * value
        top = max(s)
        e = [math.exp(x - top) for x in s]
        total = sum(e)
        return sorted(((x / total, tool) for x, tool in zip(e, self.tools, strict=True)), reverse=True)


def pack(tools: tuple[str, ...], bias: list[float], weights: list[list[float]], meta: dict) -> bytes:
    """The file `load` reads: a JSON header line, then the int8 weights, zlib-compressed."""
    top = max((abs(w) for row in weights for w in row), default=1.0) or 1.0
    scale = top / 127
    flat = array("b", (max(-127, min(127, round(w / scale))) for row in weights for w in row))
    header = {**meta, "tools": list(tools), "bias": [round(b, 6) for b in bias], "scale": scale, "buckets": BUCKETS}
    return zlib.compress(json.dumps(header).encode() + b"\n" + flat.tobytes(), 9)


def header(data: bytes) -> dict:
    """What the weights were trained on (splits, count, fingerprint), their tools and scale."""
    return json.loads(zlib.decompress(data).partition(b"\n")[0])


def load(data: bytes) -> Model:
    head, _, body = zlib.decompress(data).partition(b"\n")
    meta = json.loads(head)
    if meta["buckets"] != BUCKETS:
        raise ValueError(f"intent weights hashed into {meta['buckets']} buckets, this code uses {BUCKETS}")
    weights = array("b")
    weights.frombytes(body)
    return Model(tuple(meta["tools"]), tuple(meta["bias"]), meta["scale"], weights)


@lru_cache(maxsize=2)
def model(path: Path = WEIGHTS) -> Model | None:
    """A shipped model; None when its file is missing (the rules then decide alone)."""
    return load(path.read_bytes()) if path.exists() else None


@lru_cache(maxsize=64)  # the planner asks twice per message (refuse? then which tool?)
def classify(text: str) -> tuple[tuple[float, str], ...]:
    """(probability, tool) best first, "refuse" for a request to act; empty without a model."""
    m = model()
    return tuple(m.scores(features(text))) if m else ()


@lru_cache(maxsize=64)
def list_kind(text: str) -> tuple[float, str]:
    """(probability, kind) of the invoices a list question asks for: "blocked", "waiting", "overdue",
    "over_budget", "over" (an amount), "vendor", "week" or "none"; (0.0, "none") without a model."""
    m = model(LIST_WEIGHTS)
    return m.scores(features(text))[0] if m else (0.0, "none")


def classify_ask(text: str, reading: Callable[[str], tuple[tuple[float, str], ...]] = classify
                 ) -> tuple[tuple[float, str], ...]:
    """The intent model's `reading` of the whole message, or of the part after an aside's dash when it reads that
    more surely: a situation before the ask ("La grêle tambourine sur la verrière ⛈️ — qu'est-ce qui attend encore ma
    signature ?") only blurs it."""
    whole = reading(text)
    parts = ASIDE_DASH.split(text)
    if len(parts) < 2 or not whole or not (asked := reading(parts[-1])) or asked[0][0] <= whole[0][0]:
        return whole
    return asked


def first_in_ask(text: str, sure: float, reading: Callable[[str], tuple[tuple[float, str], ...]] = classify
                 ) -> str | None:
    """The tool the model reads first, at least `sure`, in a whole question after the message's last aside's dash or
    colon ("The hedge trimmer's been going all morning — and the electrician's here, so: what does robin's PO ...
    cover?"); None when there is no aside, or only a tag after it ("— can u check?"). Two situations can drown a tool
    the question itself names."""
    part = _ASIDE_END.split(text)[-1]
    if part.strip() == text.strip() or len(part.split()) < _QUESTION_WORDS or not (asked := reading(part)):
        return None
    return asked[0][1] if asked[0][0] >= sure else None


_ASIDE_END = re.compile(r"\s[—–]\s|(?<=\w):\s")  # an aside's dash, or the colon after "so" ("..., so: what ...")
_QUESTION_WORDS = 8  # a question that names what it asks about, not "can u check?" or "Delta pro Stück und gesamt?"
