"""The currency signs' pattern is a trie (one step per position instead of 136 alternatives tried one by
one), and must find exactly what the plain longest-first alternation finds: the longest sign, a sign of
letters never inside a word, a one-letter sign only glued to an amount, and a shorter sign when a longer one's letters
run on into a word."""

from __future__ import annotations

import random
import re

from countersign.extraction.cldr import currency_signs, sign_pattern, trie
from countersign.extraction.printed_signs import GLUED_AMOUNT, GLUED_SIGNS


def _plain() -> re.Pattern[str]:
    signs = sorted(currency_signs(), key=len, reverse=True)
    return re.compile("|".join((r"(?<![^\W\d_])" if s[0].isalpha() else "") + re.escape(s)
                               + (GLUED_AMOUNT if s in GLUED_SIGNS else r"(?![^\W\d_])" if s[-1].isalpha() else "")
                               for s in signs))


def test_the_trie_finds_what_the_plain_alternation_finds():
    plain, fast = _plain(), sign_pattern()
    rng = random.Random(20261205)
    pieces = [*currency_signs(), "a", "1", "2.", " ", ",", "x", "é", "Total", ".", "-", "ر", "د", "325.00", "4,487"]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))
        assert [(m.start(), m.group()) for m in fast.finditer(text)] == \
            [(m.start(), m.group()) for m in plain.finditer(text)], text


def test_a_word_end_check_lets_a_shorter_word_match_when_the_longer_runs_on():
    words = ["kr", "kr.", "krone"]
    pattern = re.compile(trie(words, lambda word: r"(?![a-z])" if word[-1].isalpha() else ""))
    assert pattern.match("krone 5").group() == "krone"
    assert pattern.match("kr. 5").group() == "kr."
    assert pattern.match("kroner") is None  # "krone" runs on, "kr" too
    assert pattern.match("kr 5").group() == "kr"
    assert re.compile(trie(words)).match("kroner").group() == "krone"  # no check: a plain prefix
