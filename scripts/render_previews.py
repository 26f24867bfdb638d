#!/usr/bin/env python3
"""Render the house-style previews of `docs/house_style.md` from the bundled sample.

The standard set is loaded offline through the plugin (house style, bilingual
labels) and rendered at 96 dpi at 1:2,500 and 1:10,000 around the Grand-Place,
at 1:50,000 over the Region, and at 1:2,500 in the stacked label mode; the
palette is drawn as swatches. Usage::

    python scripts/render_previews.py [--output docs]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Previews never depend on (nor touch) the user's QGIS profile.
os.environ.setdefault("QGIS_CUSTOM_CONFIG_PATH", tempfile.mkdtemp(prefix="paradigm-previews-"))

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QRectF, QSize, Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter  # noqa: E402

GRAND_PLACE = (149_200.0, 170_600.0)
REGION_CENTRE = (149_900.0, 169_820.0)
DPI = 96
#: file name -> (centre, scale denominator, width, height, label mode)
VIEWS = {
    "house_style_2500.png": (GRAND_PLACE, 2_500, 1200, 800, "fr_nl"),
    "house_style_10000.png": (GRAND_PLACE, 10_000, 1200, 800, "fr_nl"),
    "house_style_50000.png": (REGION_CENTRE, 50_000, 1440, 1300, "fr_nl"),
    "house_style_2500_stacked.png": (GRAND_PLACE, 2_500, 1200, 800, "stacked"),
}


def render(project: QgsProject, centre: tuple[float, float], scale: float, width: int, height: int) -> QImage:
    """The project's checked layers at `scale` around `centre`."""
    from paradigm_carto.core.styling import hex_colour

    metres_per_pixel = scale * 0.0254 / DPI
    half_w, half_h = width * metres_per_pixel / 2, height * metres_per_pixel / 2
    settings = QgsMapSettings()
    settings.setLayers(project.layerTreeRoot().checkedLayers())
    settings.setDestinationCrs(project.crs())
    settings.setBackgroundColor(QColor(hex_colour("paper")))
    settings.setOutputDpi(DPI)
    settings.setOutputSize(QSize(width, height))
    settings.setExtent(QgsRectangle(centre[0] - half_w, centre[1] - half_h, centre[0] + half_w, centre[1] + half_h))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def palette_swatches() -> QImage:
    """Every palette colour as a named swatch."""
    from paradigm_carto.core.styling import house_style

    colours = house_style()["palette"]["colours"]
    columns, cell_w, cell_h = 4, 300, 56
    rows = -(-len(colours) // columns)
    image = QImage(columns * cell_w, rows * cell_h, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(QFont(house_style()["palette"]["fonts"]["text"], 10))
    for index, (name, value) in enumerate(colours.items()):
        x, y = (index % columns) * cell_w, (index // columns) * cell_h
        painter.setPen(QColor("#8c8c8c"))
        painter.setBrush(QColor(value))
        painter.drawRect(QRectF(x + 8, y + 8, 60, cell_h - 16))
        painter.setPen(QColor("#2e2a26"))
        painter.drawText(
            QRectF(x + 78, y + 8, cell_w - 86, cell_h - 16),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            f"{name}\n{value}",
        )
    painter.end()
    return image


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)

    app = QgsApplication([], False)
    app.initQgis()
    from paradigm_carto.core.catalogue import load_catalogue
    from paradigm_carto.core.labels import apply_label_mode_to_project
    from paradigm_carto.core.loader import ReferenceLayerLoader

    project = QgsProject.instance()
    result = ReferenceLayerLoader(load_catalogue(), project=project).load_standard_set("offline")
    if result.failures:
        print("\n".join(failure.message() for failure in result.failures), file=sys.stderr)
        return 1
    for name, (centre, scale, width, height, mode) in VIEWS.items():
        apply_label_mode_to_project(project, mode)
        path = args.output / name
        if not render(project, centre, scale, width, height).save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        print(f"1:{scale:,} ({mode}) -> {path}")
    path = args.output / "house_style_palette.png"
    palette_swatches().save(str(path), "PNG")
    print(f"palette -> {path}")
    project.clear()
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
