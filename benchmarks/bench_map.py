"""The actor map of the 40-partner file: layout, opening the map view, and each rendering.

Prints, does not assert (house rule). Target (issue 23): the map opens in under 200 ms. Figures
are medians of several runs in this process (wall clock, after one warm-up run):

* ``layout``: :func:`charte_app.domain.actor_map.layout` (rings, links, labels, legend);
* ``open``: building the ``QGraphicsView`` scene of the partners step from it and painting it once;
* ``drawing``, ``svg``, ``png``, ``pdf``: the reportlab drawing and its three renderings.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_map.py [runs]``.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable

from charte_app.domain.actor_map import label_overlaps, layout
from charte_app.samples import large_dossier_file


def measure(action: Callable[[], object], runs: int) -> float:
    action()  # warm-up: imports, fonts, caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    dossier = large_dossier_file(versions=1).dossier
    result = layout(dossier)
    partners = sum(1 for n in result.nodes if n.role == "partner")
    print(f"{partners} partners, {len(result.nodes)} nodes, {len(result.edges)} links")
    print(f"label overlaps: {len(label_overlaps(result))}")
    print(f"layout:  {measure(lambda: layout(dossier), runs):7.1f} ms")

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from charte_app.ui.actor_map_view import ActorMapView
    from charte_app.ui.editor import DossierEditor

    editor = DossierEditor(dossier)
    view = ActorMapView(editor)
    view.resize(1366, 640)
    view.show()
    app.processEvents()

    def open_map() -> None:
        view.rebuild()
        view.view.viewport().grab()  # one paint of the scene

    print(f"open:    {measure(open_map, runs):7.1f} ms   (target < 200 ms)")

    from charte_app.documents import actor_map_drawing as drawing
    from charte_app.documents import drawings

    print(f"drawing: {measure(lambda: drawing.map_drawing(result, 800), runs):7.1f} ms")
    shapes = drawing.map_drawing(result, 800)
    print(f"svg:     {measure(lambda: drawing.svg_bytes(shapes), runs):7.1f} ms")
    print(f"png:     {measure(lambda: drawings.png_bytes(shapes, 1600), max(3, runs // 2)):7.1f} ms")
    print(f"pdf:     {measure(lambda: drawings.pdf_bytes(shapes), runs):7.1f} ms")


if __name__ == "__main__":
    main()
