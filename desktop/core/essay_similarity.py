"""Finding copied essays, offline: word sequences shared between essays.

Each essay is reduced to its words, folded (no case, no tones, ``đ`` → ``d``), and to the
set of its overlapping runs of :data:`SHINGLE` words. Two essays are alike by
*containment*: the share of the shorter essay's runs that also occur in the other. A copy
with a fifth of its words changed keeps about 0.8⁴ ≈ 40 % of its four-word runs; two
essays written independently on the same resolution share the resolution's stock
phrases and little else — so runs found in many essays (more than
:data:`COMMON_SHARE` of them) are left out of the comparison altogether.

All pairs are compared at once through an index from each run to the essays that hold
it: only pairs sharing something are ever looked at, so a thousand essays take seconds.

:func:`shared_passages` finds, for one pair, the passages to show side by side.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Mapping

from desktop.core import vntext

SHINGLE = 4
THRESHOLD = 0.2
COMMON_SHARE = 0.05
_WORD = re.compile(r"\w+")


def words_with_spans(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """The folded words of ``text`` and where each stands in it (character offsets)."""
    words, spans = [], []
    for match in _WORD.finditer(text):
        words.append(vntext.fold(match.group(0)))
        spans.append(match.span())
    return words, spans


def _shingles(words: list[str]) -> list[int]:
    return [hash(" ".join(words[i:i + SHINGLE])) for i in range(len(words) - SHINGLE + 1)]


@dataclass(frozen=True)
class SimilarPair:
    a: str
    b: str
    score: float      # containment, 0–1
    shared: int       # shared word runs


def similar_pairs(texts: Mapping[str, str], threshold: float = THRESHOLD) -> list[SimilarPair]:
    """Every pair of texts (by id) whose containment reaches ``threshold``, most alike first."""
    sets = {key: set(_shingles([vntext.fold(w) for w in _WORD.findall(text)])) for key, text in texts.items()}
    sets = {key: value for key, value in sets.items() if value}
    index: dict[int, list[str]] = {}
    for key, shingles in sets.items():
        for shingle in shingles:
            index.setdefault(shingle, []).append(key)
    common = max(3, int(COMMON_SHARE * len(sets)))
    counts: Counter = Counter()
    for holders in index.values():
        if len(holders) < 2 or len(holders) > common:
            continue
        holders.sort()
        for i, first in enumerate(holders):
            for second in holders[i + 1:]:
                counts[(first, second)] += 1
    pairs = []
    for (a, b), shared in counts.items():
        score = shared / min(len(sets[a]), len(sets[b]))
        if score >= threshold:
            pairs.append(SimilarPair(a, b, round(score, 4), shared))
    pairs.sort(key=lambda p: (-p.score, p.a, p.b))
    return pairs


@dataclass(frozen=True)
class Passage:
    """A passage of text A found again in text B: character spans in each."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    words: int


def shared_passages(text_a: str, text_b: str, *, gap: int = 3) -> list[Passage]:
    """The passages the two texts share, in A's order: runs of shared word sequences,
    joined across gaps of up to ``gap`` changed words on both sides."""
    words_a, spans_a = words_with_spans(text_a)
    words_b, spans_b = words_with_spans(text_b)
    positions_b: dict[int, list[int]] = {}
    for j, shingle in enumerate(_shingles(words_b)):
        positions_b.setdefault(shingle, []).append(j)
    runs: list[list[int]] = []  # [a_first, a_last, b_first, b_last] shingle indices
    for i, shingle in enumerate(_shingles(words_a)):
        candidates = positions_b.get(shingle)
        if not candidates:
            continue
        if runs:
            run = runs[-1]
            # One changed word breaks the SHINGLE runs that hold it: a gap of SHINGLE + gap indices.
            follow = [j for j in candidates if 0 < j - run[3] <= gap + SHINGLE and 0 < i - run[1] <= gap + SHINGLE]
            if follow:
                run[1], run[3] = i, follow[0]
                continue
        runs.append([i, i, candidates[0], candidates[0]])
    passages = []
    for a_first, a_last, b_first, b_last in runs:
        a_end_word, b_end_word = a_last + SHINGLE - 1, b_last + SHINGLE - 1
        passages.append(Passage(spans_a[a_first][0], spans_a[a_end_word][1], spans_b[b_first][0],
                                spans_b[b_end_word][1], a_end_word - a_first + 1))
    return passages
