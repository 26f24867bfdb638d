#!/usr/bin/env python3
"""Benchmark: publishing a 100,000-feature layer end to end versus the bare GeoPackage export.

The layer: the first 100,000 Buildings of ``benchmarks/data/urbis_large.gpkg`` (fids kept),
copied with the Blocks and CadastralParcels its topology rules need into a temporary
GeoPackage, house-styled, validated and approved (not timed). Then, interleaved and
repeated in the same run:

* *export*: ``QgsVectorFileWriter.writeAsVectorFormatV3`` of the layer to a GeoPackage;
* *publish*: ``publisher.publish`` (approval state current: fingerprints of the layer and of
  its related layers, computed in a thread while the package is exported, rule-set hash,
  house-style conformity, metadata complete; catalogue
  revision check; package = GeoPackage + default style in ``layer_styles`` + SLD + ISO XML
  + manifest, written atomically into the store; CSW-T update and read-back against a real
  pycsw 2.6.2 on loopback; state and log).

Medians of wall time are compared (the target is publish/export <= 1.3); the CPU time of this
process (``time.process_time``: all its threads, not the pycsw server's process) is reported next
to it, and the ratio of each interleaved pair, since the machine is shared.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_publish.py [--repeat 5] [--features 100000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LARGE = ROOT / "benchmarks" / "data" / "urbis_large.gpkg"
TARGET = 1.3

sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build(path: Path, features: int) -> None:
    """The first `features` buildings, and the related layers, into `path` (GDAL, fids preserved)."""
    from osgeo import gdal

    gdal.UseExceptions()
    gdal.VectorTranslate(str(path), str(LARGE), options=f"-preserve_fid -limit {features} Buildings")
    for name in ("Blocks", "CadastralParcels"):
        gdal.VectorTranslate(str(path), str(LARGE), options=f"-update -preserve_fid {name}")


class Timer:
    """Accumulates the wall time spent in wrapped functions (a breakdown of one publish)."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}

    def wrap(self, name: str, function):
        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.spent[name] = self.spent.get(name, 0.0) + time.perf_counter() - start

        return timed

    def thread(self, name: str, function):
        """Wrap a function run in a worker thread (its wall time overlaps the main thread's)."""
        return self.wrap(f"{name} [in a thread]", function)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--features", type=int, default=100_000)
    args = parser.parse_args()

    from qgis.core import (
        QgsApplication,
        QgsCoordinateTransformContext,
        QgsProject,
        QgsVectorFileWriter,
        QgsVectorLayer,
    )

    app = QgsApplication([], False)
    app.initQgis()
    from paradigm_carto.core.catalogue_clients.csw import CswClient
    from paradigm_carto.core.conformity import restore_house_style
    from paradigm_carto.core.metadata.model import Contact, LocalisedText, prefill_from_layer
    from paradigm_carto.core.publication import approval, publisher
    from paradigm_carto.core.publication.store import PublicationStore
    from paradigm_carto.core.styling import apply_house_style
    from scripts.pycsw_server import PycswServer

    work = Path(tempfile.mkdtemp(prefix="paradigm-bench-publish-"))
    try:
        data = work / "buildings.gpkg"
        started = time.perf_counter()
        build(data, args.features)
        print(f"data: {data} built in {time.perf_counter() - started:.1f} s")
        layer = QgsVectorLayer(f"{data}|layername=Buildings", "Buildings", "ogr")
        assert layer.isValid() and layer.featureCount() == args.features, layer.featureCount()
        layer.setCustomProperty("paradigm_carto/ref_id", "buildings")
        apply_house_style(layer, "buildings")
        restore_house_style(layer)  # and the catalogue's scale range
        QgsProject.instance().addMapLayer(layer)

        started = time.perf_counter()
        outcome = approval.validate(layer, who="bench")
        print(f"validation (not timed below): {time.perf_counter() - started:.1f} s, {outcome.reasons or 'passed'}")
        if not outcome.passed:
            return 2
        approval.approve(layer, "bench", "benchmark")

        metadata = prefill_from_layer(layer)
        metadata.title = LocalisedText("Bâtiments", "Gebouwen", "")
        metadata.abstract = LocalisedText("Bâtiments UrbIS.", "UrbIS-gebouwen.", "")
        metadata.keywords = [LocalisedText("bâtiment", "gebouw", "")]
        metadata.topic_category = "structure"
        metadata.lineage = LocalisedText("UrbIS.", "UrbIS.", "")
        metadata.licence = LocalisedText("Licence open data", "Open data licentie", "")
        metadata.contact = Contact("Paradigm", "urbis@example.invalid")

        timer = Timer()
        publisher._quick_refusals = timer.wrap(
            "checks: state, conformity, metadata (fingerprints start)", publisher._quick_refusals
        )
        publisher._state_refusals = timer.wrap("checks: waiting for the fingerprints", publisher._state_refusals)
        PublicationStore.stage = timer.wrap("package (gpkg + style + sld + xml)", PublicationStore.stage)
        PublicationStore._export = timer.wrap("  of which gpkg export + default style", PublicationStore._export)
        if hasattr(publisher, "_Lookup"):  # (the get ran before the export in earlier versions)
            publisher._Lookup.wait = timer.wrap("conflict check: waiting for the get", publisher._Lookup.wait)
        CswClient.publish = timer.wrap("catalogue write + read-back", CswClient.publish)
        CswClient.get = timer.thread("catalogue revision check (get)", CswClient.get)
        approval.gpkg_fingerprint = timer.thread("data fingerprint", approval.gpkg_fingerprint)
        approval.gpkg_sql_fingerprint = timer.thread("related-layer fingerprints", approval.gpkg_sql_fingerprint)
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = "Buildings"

        with PycswServer() as csw:
            client = CswClient(csw.url)
            store = PublicationStore(work / "store")
            counter = iter(range(10_000))

            def export() -> None:
                target = work / f"export-{next(counter)}.gpkg"
                result = QgsVectorFileWriter.writeAsVectorFormatV3(
                    layer, str(target), QgsCoordinateTransformContext(), options
                )
                assert result[0] == QgsVectorFileWriter.WriterError.NoError, result
                target.unlink()

            def publish() -> None:
                publisher.publish(layer, metadata, client, store, who="bench")

            runs = {"export": export, "publish": publish}
            for run in runs.values():  # warm-up (the first publish is an insert, the others updates)
                run()
            timer.spent.clear()
            timings: dict[str, list[float]] = {"export": [], "publish": []}
            cpu: dict[str, list[float]] = {"export": [], "publish": []}
            for index in range(args.repeat):
                order = ("export", "publish") if index % 2 == 0 else ("publish", "export")
                for name in order:
                    start, start_cpu = time.perf_counter(), time.process_time()
                    runs[name]()
                    timings[name].append(time.perf_counter() - start)
                    cpu[name].append(time.process_time() - start_cpu)
            client.withdraw(metadata.identifier)

        export_s, publish_s = (statistics.median(timings[k]) for k in ("export", "publish"))
        export_cpu, publish_cpu = (statistics.median(cpu[k]) for k in ("export", "publish"))
        ratio = publish_s / export_s
        print(f"layer: {args.features} buildings; related: Blocks, CadastralParcels (fingerprinted at publish)")
        for label, wall, spent in (
            ("bare export (QgsVectorFileWriter)", export_s, export_cpu),
            ("publish end to end", publish_s, publish_cpu),
        ):
            print(f"{label:34s} median {wall * 1000:8.1f} ms wall, {spent * 1000:8.1f} ms CPU")
        pairs = " ".join(f"{p / e:.2f}" for p, e in zip(timings["publish"], timings["export"]))
        cpu_ratio = publish_cpu / export_cpu
        print(f"ratio of each interleaved pair (wall): {pairs}; CPU ratio of the medians {cpu_ratio:.3f}")
        print(f"publish breakdown (mean wall per run over {args.repeat} runs; [in a thread] overlaps the rest):")
        for name, spent in timer.spent.items():
            print(f"  {name:55s} {spent / args.repeat * 1000:8.1f} ms")
        print(f"ratio publish/export {ratio:.3f} (target <= {TARGET})  {'OK' if ratio <= TARGET else 'OVER TARGET'}")
        return 0 if ratio <= TARGET else 1
    finally:
        QgsProject.instance().clear()
        shutil.rmtree(work, ignore_errors=True)
        app.exitQgis()


if __name__ == "__main__":
    sys.exit(main())
