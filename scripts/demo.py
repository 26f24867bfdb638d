#!/usr/bin/env python3
"""`make demo`: the plugin's main job on the bundled sample, headless.

Loads the standard set of reference layers offline (styled, grouped, EPSG:31370),
saves a project (.qgz) and renders PNG maps of the whole Region and of the
Grand-Place area; prints where everything is.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsFeatureRequest,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402


def render(project: QgsProject, extent: QgsRectangle, path: Path, width: int = 1600) -> Path:
    """Render the project's visible layers over `extent` to a PNG."""
    settings = QgsMapSettings()
    settings.setLayers(project.layerTreeRoot().checkedLayers())
    settings.setDestinationCrs(project.crs())
    settings.setBackgroundColor(QColor("#ffffff"))
    height = max(1, round(width * extent.height() / extent.width()))
    settings.setOutputSize(QSize(width, height))
    settings.setOutputDpi(96)
    settings.setExtent(extent)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    if not image.save(str(path), "PNG"):
        raise RuntimeError(f"could not write {path}")
    return path


def grand_place_extent(project: QgsProject, half_size: float = 300.0) -> QgsRectangle:
    """A square around the sample's Grand-Place (Grote Markt)."""
    streets = next(
        layer for layer in project.mapLayers().values()
        if isinstance(layer, QgsVectorLayer) and layer.customProperty("paradigm_carto/ref_id") == "street_axes"
    )
    request = QgsFeatureRequest().setFilterExpression("\"STRNAMEFRE\" = 'Grand-Place'")
    centre = next(streets.getFeatures(request)).geometry().centroid().asPoint()
    return QgsRectangle(centre.x() - half_size, centre.y() - half_size, centre.x() + half_size, centre.y() + half_size)


def refused_edit_story(output: Path) -> str:
    """Edit a copy of the sample like a user: an overlapping building is refused, then fixed and saved."""
    from paradigm_carto.core.catalogue import load_catalogue
    from paradigm_carto.core.settings import PluginSettings
    from paradigm_carto.core.topology.engine import gate_validator
    from scripts.demo_topology import demo_refused_edit

    sample = Path(PluginSettings().service_url(load_catalogue().services["sample"]))
    copy = output / "sample_edited.gpkg"
    shutil.copyfile(sample, copy)
    related = {
        name: QgsVectorLayer(f"{copy}|layername={name}", name, "ogr")
        for name in ("Blocks", "CadastralParcels", "Municipalities", "Region", "StreetAxes")
    }
    return demo_refused_edit(copy, gate_validator(related_layers=related))


def publication_story(output: Path) -> str:
    """Validate, approve and publish a copy of the sample's municipalities to a local pycsw; search it back."""
    from paradigm_carto.core.catalogue import load_catalogue
    from paradigm_carto.core.catalogue_clients.csw import CswClient
    from paradigm_carto.core.loader import ReferenceLayerLoader
    from paradigm_carto.core.metadata.model import Contact, LocalisedText, prefill_from_layer
    from paradigm_carto.core.publication import approval
    from paradigm_carto.core.publication.publisher import publish
    from paradigm_carto.core.publication.store import PublicationStore
    from paradigm_carto.core.settings import PluginSettings, env_variable
    from scripts.pycsw_server import PycswServer

    catalogue = load_catalogue()
    folder = output / "publication"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    copy = folder / "urbis_sample.gpkg"
    shutil.copyfile(PluginSettings().service_url(catalogue.services["sample"]), copy)
    os.environ[env_variable("sample")] = str(copy)
    project = QgsProject.instance()
    result = ReferenceLayerLoader(catalogue, project=project).load(
        [catalogue.layer("municipalities"), catalogue.layer("region")], "offline"
    )
    layer = next(x for x in result.added if x.customProperty("paradigm_carto/ref_id") == "municipalities")
    lines = [f"Publication of '{layer.name()}' ({layer.featureCount()} features) to a local pycsw:"]
    outcome = approval.validate(layer, who="Demo validator")
    lines.append(f"1. Validated (topology rules and house style): {outcome.passed}")
    approval.approve(layer, "Demo approver", "Approved for the demo")
    lines.append(f"2. Approved: state is now '{approval.state_of(layer).state}'")
    metadata = prefill_from_layer(layer)
    metadata.abstract = LocalisedText(
        "Les 19 communes de la Région.", "De 19 gemeenten van het Gewest.", "The 19 municipalities."
    )
    metadata.keywords = [LocalisedText("commune", "gemeente", "municipality")]
    metadata.topic_category = "boundaries"
    metadata.lineage = LocalisedText(
        "Échantillon dérivé d'UrbIS.", "Voorbeeldgegevens afgeleid van UrbIS.", "Sample derived from UrbIS."
    )
    metadata.contact = Contact("Paradigm", "urbis@example.invalid")
    metadata.licence = LocalisedText(
        "Licence open data de la Région", "Open-datalicentie van het Gewest", "Open data licence of the Region"
    )
    with PycswServer() as server:
        client = CswClient(server.url, timeout=30)
        published = publish(layer, metadata, client, PublicationStore(folder / "store"), who="Demo publisher")
        lines.append(f"3. Published as record {published.identifier} ({published.action}); package {published.package}")
        for language, text in (("fr", "Communes"), ("nl", "Gemeenten")):
            hits = client.search(text, language)
            found = ", ".join(f"{hit.identifier}: {hit.title}" for hit in hits) or "nothing"
            lines.append(f"   CSW search '{text}' ({language}): {found}")
    del os.environ[env_variable("sample")]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=ROOT / "build" / "demo")
    args = parser.parse_args()
    output: Path = args.output.resolve()
    output.mkdir(parents=True, exist_ok=True)

    app = QgsApplication([], False)
    app.initQgis()
    from paradigm_carto.core.catalogue import load_catalogue
    from paradigm_carto.core.loader import REGION_EXTENT, ReferenceLayerLoader

    project = QgsProject.instance()
    loader = ReferenceLayerLoader(load_catalogue(), project=project)
    result = loader.load_standard_set("offline")
    for failure in result.failures:
        print(f"FAILED: {failure.message()}", file=sys.stderr)
    print(f"Loaded {len(result.added)} reference layers from the bundled sample:")
    for layer in result.added:
        print(f"  - {layer.name()} ({layer.featureCount()} features, {layer.crs().authid()})")

    project_path = output / "paradigm_demo.qgz"
    if not project.write(str(project_path)):
        raise RuntimeError(f"could not save the project: {project.error()}")
    region_png = render(project, REGION_EXTENT, output / "region.png")
    grand_place_png = render(project, grand_place_extent(project), output / "grand_place.png")
    print(f"Project:            {project_path}")
    print(f"Whole Region:       {region_png}")
    print(f"Grand-Place area:   {grand_place_png}")
    from paradigm_carto.core.layouts import export_demo_maps

    for path in export_demo_maps(project, output, grand_place_extent(project)):
        print(f"Bilingual A4 map:   {path}")
    print()
    print(refused_edit_story(output))
    project.clear()
    print()
    print(publication_story(output))
    project.clear()
    from paradigm_carto.core.topology.index import DEFAULT_CACHE

    DEFAULT_CACHE.invalidate()  # the incremental-check indexes hold layers: drop them while QGIS is up
    gc.collect()
    app.exitQgis()
    return 1 if result.failures else 0


if __name__ == "__main__":
    sys.exit(main())
