"""The cyclic garbage collector paused while a document is built or written.

Building and writing a 34-page convention makes hundreds of thousands of short-lived objects.
With the collector on, the ones alive at its young collections are promoted, and push it into
full collections of the whole heap (the open dossier, the window's objects): one PDF write in
three took 40 to 110 ms more, in a process holding the large dossier. Paused, those objects are
freed by reference counting as they go; the few cycles (reportlab's) wait for the next
collection.

A pause inside a pause, or in a process without the collector (the one-shot CLI commands),
leaves the collector as it found it. A second thread writing a document meanwhile finds the
collector paused and leaves it to the first, which turns it back on when it is done.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def paused(function: Callable[P, R]) -> Callable[P, R]:
    """``function`` run with the cyclic garbage collector paused (see the module)."""

    @functools.wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        if not gc.isenabled():
            return function(*args, **kwargs)
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            gc.enable()

    return run
