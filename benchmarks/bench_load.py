#!/usr/bin/env python3
"""Benchmark: the standard set from the sample through the plugin (styled, grouped) versus
the same GeoPackage layers opened with plain QgsVectorLayer and added to a project.

Both run interleaved in the same process, repeated; the medians and their ratio are
printed. Target: ratio <= 1.15. Pass --sample to use another GeoPackage (e.g. the
generator's large variant).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer  # noqa: E402

TARGET = 1.15


def plain_load(project: QgsProject, gpkg: str, layer_names: list[str]) -> None:
    """The baseline: one QgsVectorLayer per GeoPackage layer, added to the project."""
    for name in layer_names:
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        assert layer.isValid(), name
        project.addMapLayer(layer)


def plugin_load(project: QgsProject, loader) -> None:
    """The plugin's one-click standard set (offline)."""
    result = loader.load_standard_set("offline")
    assert not result.failures, [f.message() for f in result.failures]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=21)
    parser.add_argument("--sample", type=Path, default=None)
    args = parser.parse_args()

    app = QgsApplication([], False)
    app.initQgis()
    from paradigm_carto.core.catalogue import load_catalogue
    from paradigm_carto.core.loader import ReferenceLayerLoader
    from paradigm_carto.core.settings import PluginSettings, env_variable

    if args.sample:
        os.environ[env_variable("sample")] = str(args.sample.resolve())
    catalogue = load_catalogue()
    settings = PluginSettings()
    gpkg = settings.service_url(catalogue.services["sample"])
    refs = catalogue.standard_set("offline")
    names = [ref.source_for("offline").layer for ref in refs]
    project = QgsProject.instance()
    loader = ReferenceLayerLoader(catalogue, settings, project)

    timings: dict[str, list[float]] = {"plain": [], "plugin": []}
    runs = {"plain": lambda: plain_load(project, gpkg, names), "plugin": lambda: plugin_load(project, loader)}
    for _warm_up in range(2):
        for run in runs.values():
            run()
            project.clear()
    for index in range(args.repeat):
        order = ("plain", "plugin") if index % 2 == 0 else ("plugin", "plain")
        for name in order:
            start = time.perf_counter()
            runs[name]()
            timings[name].append(time.perf_counter() - start)
            project.clear()

    plain, plugin = (statistics.median(timings[k]) for k in ("plain", "plugin"))
    ratio = plugin / plain
    print(f"sample: {gpkg} ({len(names)} layers: {', '.join(names)})")
    print(f"plain QgsVectorLayer  median {plain * 1000:8.1f} ms over {args.repeat} runs")
    print(f"plugin standard set   median {plugin * 1000:8.1f} ms over {args.repeat} runs")
    print(f"ratio plugin/plain    {ratio:.3f} (target <= {TARGET})  {'OK' if ratio <= TARGET else 'OVER TARGET'}")
    app.exitQgis()
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
