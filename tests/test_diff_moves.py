"""Moved items: the heaviest increasing subsequence found in n log n (issue 13: a charter's 400
commitments reordered cost 30 ms of every comparison the quadratic way) gives exactly the moves
the quadratic search gave, ties included."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from charte_app.diff.matching import _heaviest_increasing, moved_keys


def _quadratic(pos: list[int]) -> tuple[list[int], list[int]]:
    """The search the comparison used before: for each i, every j < i in turn, kept when strictly heavier."""
    weight = [1000 + (1 if p == i else 0) for i, p in enumerate(pos)]
    best = weight[:]
    back = [-1] * len(pos)
    for i in range(len(pos)):
        for j in range(i):
            if pos[j] < pos[i] and best[j] + weight[i] > best[i]:
                best[i], back[i] = best[j] + weight[i], j
    return best, back


@st.composite
def _permutations(draw: st.DrawFn) -> list[int]:
    n = draw(st.integers(1, 40))
    if draw(st.booleans()):
        return draw(st.permutations(range(n)))
    pos = list(range(n))  # a few items moved, as in an edited list
    for _ in range(draw(st.integers(0, 4))):
        pos.insert(draw(st.integers(0, n - 1)), pos.pop(draw(st.integers(0, n - 1))))
    return pos


@settings(max_examples=500, deadline=None)
@given(_permutations())
def test_same_subsequence_as_the_quadratic_search(pos: list[int]) -> None:
    assert _heaviest_increasing(pos) == _quadratic(pos)


def test_moves_as_a_reader_sees_them() -> None:
    keys = [f"k{i}" for i in range(400)]
    moved = keys[:]
    moved.insert(350, moved.pop(10))
    assert moved_keys(keys, moved) == {"k10"}
    assert moved_keys(["a", "b", "c"], ["c", "b", "a"]) == {"a", "c"}  # the untouched middle stays in place
    assert moved_keys(keys, list(reversed(keys))) == set(keys) - {"k0"}  # all equally heavy: the first kept
    assert moved_keys(["a", "b"], ["b", "x", "a"]) == {"b"}  # a swap of equals: the first one stays
