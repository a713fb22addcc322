"""The words the chat's lexicon knows (function, cue and chatter words in the five languages), folded: no name is
made of them; and the typos of them (two letters swapped) that people type. understand.py reads questions with them."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from countersign.agent.chat.descriptions import PART_WORDS
from countersign.agent.chat.lexicon import CUES, LANGS, STOP
from countersign.agent.chat.lexicon_acts import ACT_VERBS
from countersign.agent.chat.lexicon_chatter import CHATTER


def fold(text: str) -> str:
    """Lower case without accents or punctuation: "Warum hängt's?" -> "warum hangt s"."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))
    for letter, spelt in (("ß", "ss"), ("œ", "oe"), ("æ", "ae")):  # "jeter un œil"
        plain = plain.replace(letter, spelt)
    return " ".join(re.findall(r"[a-z0-9]+", plain))


@lru_cache(maxsize=None)
def cue_parts(group: str, lang: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """A cue group split into words, stems and phrases (folded); pairs apart (`pair_cues`)."""
    words, stems, phrases = [], [], []
    for cue in CUES[group].get(lang, ()):
        if "+" in cue:
            continue
        if cue.endswith("*"):
            stems.append(fold(cue[:-1]))
        elif " " in fold(cue):
            phrases.append(fold(cue))
        else:
            words.append(fold(cue))
    return tuple(words), tuple(stems), tuple(phrases)


@lru_cache(maxsize=None)
def pair_cues(group: str, lang: str) -> tuple[tuple[str, ...], ...]:
    """A group's pair cues ("passt+nicht", "match+po"): words that cue it together wherever they
    stand, as negations and separable verbs do ("warum passt X nicht zur Bestellung")."""
    return tuple(tuple(fold(part) + ("*" if part.endswith("*") else "") for part in cue.split("+"))
                 for cue in CUES[group].get(lang, ()) if "+" in cue)


@lru_cache(maxsize=None)
def language_words(lang: str) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """One language's function, act and cue words, its stems (4 letters or more) and its phrases: what tells its
    questions apart (`understand.detect_language`)."""
    vocab = frozenset(STOP[lang]) | frozenset(ACT_VERBS[lang]) | {w for g in CUES for w in cue_parts(g, lang)[0]}
    stems = tuple(s for g in CUES for s in cue_parts(g, lang)[1] if len(s) >= 4)
    return vocab, stems, tuple(p for g in CUES for p in cue_parts(g, lang)[2])


def is_word(name: str) -> bool:
    """A single word the lexicon knows ("System", "Kunden"): a German noun, not a vendor's name."""
    return " " not in name.strip() and fold(name) in KNOWN


def swapped(token: str, word: str) -> bool:
    """Two neighbouring letters of `word` swapped: a typo that keeps singular and plural apart."""
    return len(token) == len(word) and token != word and any(
        token == word[:k] + word[k + 1] + word[k] + word[k + 2:] for k in range(len(word) - 1))


@lru_cache(maxsize=None)
def known_in(lang: str) -> frozenset[str]:
    """The function and cue words of one language: a word known elsewhere ("bin", German "am") may
    still be an unknown verb here ("bin the duplicate")."""
    known = {fold(w) for w in STOP[lang]}
    for group in CUES:
        words, _, phrases = cue_parts(group, lang)
        known |= set(words) | {w for p in phrases for w in p.split()}
    return frozenset(known)


def _known_words() -> set[str]:
    """Every language's function and cue words, and the words of pair cues: none of them is a name."""
    known = set().union(*(known_in(lang) for lang in LANGS), *(map(fold, words) for words in CHATTER.values()),
                        PART_WORDS)
    return known | {part for group in CUES for lang in LANGS for pair in pair_cues(group, lang) for part in pair
                    if not part.endswith("*")}


KNOWN = _known_words()


STEMS = tuple(s for g in CUES for lang in LANGS for s in cue_parts(g, lang)[1] if len(s) >= 4) + tuple(
    part[:-1] for g in CUES for lang in LANGS for pair in pair_cues(g, lang) for part in pair
    if part.endswith("*") and len(part) > 4)


def swap_typo(word: str) -> str | None:
    """The known word `word` is a typo of, two neighbouring letters swapped ("teh", "cna"); None if none."""
    f = fold(word)
    if not word[:1].islower() or len(f) < 3 or f != word or f in KNOWN:
        return None
    swaps = (f[:k] + f[k + 1] + f[k] + f[k + 2:] for k in range(len(f) - 1))
    return next((w for w in swaps if w != f and w in KNOWN), None)


def untypo(text: str) -> str:
    """`text` with the known words typed with two letters swapped put right ("cna you aprove" ->
    "can you aprove"), so the shapes of a request still hold."""
    return re.sub(r"\b[a-z]{3,}\b", lambda m: swap_typo(m.group(0)) or m.group(0), text)
