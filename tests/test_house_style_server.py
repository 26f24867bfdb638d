"""House labels render without the plugin: in a plain PyQGIS process and in a real QGIS Server.

QGIS drops a label whose expression does not parse or evaluate without logging
anything, so a clean log proves little on its own: both checks also prove that
the labels are there (the expression's values in the plain process, labelled
versus unlabelled pixels from the server), and a control layer whose label
uses a function only a plugin could provide shows what a failure looks like.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPalLayerSettings,
    QgsPointXY,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QImage

from paradigm_carto.core.labels import label_rules
from paradigm_carto.core.loader import ReferenceLayerLoader
from paradigm_carto.core.styling import apply_house_labels, apply_house_style
from tests.qgis_server import QgisServerProcess, build_server_project

GRAND_PLACE = (149_200.0, 170_600.0)
#: 1:10,000 at 96 dpi: 2.6458 m a pixel; 454 pixels span 1,200 m.
HALF_WINDOW = 600.0
PIXELS = 454
#: (French, Dutch) names of the user's own layer, labelled from two fields they pick.
USER_NAMES = [
    ("Chaussée d'Alsemberg", "Alsembergsesteenweg"),
    ("Jette", "Jette"),
    (None, "Wetstraat"),
    ("Rue Royale", "  "),
    (None, None),
]
USER_FIELDS = ("nom d'usage", "naam \"NL\"")
#: A label text only a plugin could evaluate: QGIS has no such function.
BROKEN_LABEL = 'paradigm_bilingual("STRNAMEFRE", "STRNAMEDUT")'

PLAIN_QGIS_SCRIPT = r"""
import json, sys
result = {}
try:
    import paradigm_carto  # noqa: F401
    result["plugin_importable"] = True
except ImportError:
    result["plugin_importable"] = False
from qgis.core import (QgsApplication, QgsExpression, QgsExpressionContext, QgsExpressionContextUtils,
                       QgsMapRendererSequentialJob, QgsMapSettings, QgsProject, QgsRectangle)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor
app = QgsApplication([], False)
app.initQgis()
messages = []
QgsApplication.messageLog().messageReceived.connect(lambda text, tag, level: messages.append(tag + ": " + text))
project = QgsProject.instance()
assert project.read(sys.argv[1]), sys.argv[1]
labels, errors = {}, []
for layer in project.mapLayers().values():
    if not layer.labelsEnabled() or layer.labeling() is None:
        continue
    labeling = layer.labeling()
    if labeling.type() == "rule-based":  # the text of the first rule that draws labels
        rules = [r for r in labeling.rootRule().descendants() if r.settings() is not None and r.settings().drawLabels]
        settings = rules[0].settings()
    else:
        settings = labeling.settings()
    text = settings.fieldName if settings.isExpression else QgsExpression.quotedColumnRef(settings.fieldName)
    expression = QgsExpression(text)
    if expression.hasParserError():
        errors.append(layer.name() + ": " + expression.parserErrorString())
        continue
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    expression.prepare(context)
    values = []
    for feature in layer.getFeatures():
        context.setFeature(feature)
        value = expression.evaluate(context)
        if expression.hasEvalError():
            errors.append(layer.name() + ": " + expression.evalErrorString())
            break
        values.append(None if value is None or (hasattr(value, "isNull") and value.isNull()) else str(value))
    labels[layer.name()] = values
x, y, half, pixels = (float(v) for v in sys.argv[3:7])
settings = QgsMapSettings()
settings.setLayers(project.layerTreeRoot().checkedLayers())
settings.setDestinationCrs(project.crs())
settings.setBackgroundColor(QColor("#ffffff"))
settings.setOutputDpi(96)
settings.setOutputSize(QSize(int(pixels), int(pixels)))
settings.setExtent(QgsRectangle(x - half, y - half, x + half, y + half))
job = QgsMapRendererSequentialJob(settings)
job.start()
job.waitForFinished()
job.renderedImage().save(sys.argv[2], "PNG")
placed = sorted({label.labelText for label in job.takeLabelingResults().allLabels()})
result.update(labels=labels, errors=errors, messages=messages, placed=placed, scale=settings.scale(),
              render_errors=[error.message for error in job.errors()])
print(json.dumps(result))
app.exitQgis()
"""


def user_layer(path: Path) -> QgsVectorLayer:
    """A GeoPackage of the user's own, with awkward names in awkward fields, labelled by the user's pick."""
    memory = QgsVectorLayer("Point?crs=EPSG:31370", "my places", "memory")
    memory.dataProvider().addAttributes([QgsField(name, QVariant.String) for name in USER_FIELDS])
    memory.updateFields()
    features = []
    for index, names in enumerate(USER_NAMES):
        feature = QgsFeature(memory.fields())
        feature.setAttributes(list(names))
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(GRAND_PLACE[0] - 400 + 200 * index, GRAND_PLACE[1])))
        features.append(feature)
    assert memory.dataProvider().addFeatures(features)[0]
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "my_places"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(memory, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    layer = QgsVectorLayer(f"{path}|layername=my_places", "my places", "ogr")
    assert layer.isValid()
    apply_house_labels(layer, *USER_FIELDS)
    return layer


def plain_environment(tmp_path: Path) -> dict[str, str]:
    """A process environment in which paradigm_carto cannot be imported."""
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "QGIS_PLUGINPATH")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "plain-profile"),
        XDG_RUNTIME_DIR=str(tmp_path),
    )
    return env


def test_saved_project_renders_in_qgis_without_the_plugin(project, catalogue, sample_gpkg, tmp_path):
    ReferenceLayerLoader(catalogue, project=project).load_standard_set("offline")
    project.addMapLayer(user_layer(tmp_path / "mine.gpkg"))
    path = tmp_path / "house_labels.qgz"
    assert project.write(str(path))
    image = tmp_path / "plain.png"
    window = (*GRAND_PLACE, HALF_WINDOW, PIXELS)

    completed = subprocess.run(
        [sys.executable, "-c", PLAIN_QGIS_SCRIPT, str(path), str(image), *(str(v) for v in window)],
        cwd=tmp_path,
        env=plain_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert completed.returncode == 0, completed.stderr
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    assert result["plugin_importable"] is False
    assert result["errors"] == [] and result["render_errors"] == []
    assert not [m for m in result["messages"] if "expression" in m.lower()], result["messages"]
    labels = result["labels"]
    alsemberg = "Chaussée d'Alsemberg - Alsembergsesteenweg"
    assert labels["my places"] == [alsemberg, "Jette", "Wetstraat", "Rue Royale", None]
    assert "Rue de la Loi - Wetstraat" in labels["Street axes"]
    assert "Jette" in labels["Municipalities"] and "Jette - Jette" not in labels["Municipalities"]
    assert all(label and "NULL" not in label for label in labels["Street axes"] + labels["Municipalities"])
    assert abs(result["scale"] - 10_000) < 50
    assert {"Rue de la Loi - Wetstraat", "Bruxelles - Brussel", alsemberg} <= set(result["placed"])
    rendered = QImage(str(image))
    assert not rendered.isNull() and distinct_colours(rendered) > 20


def distinct_colours(image: QImage, step: int = 3) -> int:
    """How many colours a sample of the image's pixels holds (1 for a blank image)."""
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


def differing_pixels(first: QImage, second: QImage) -> int:
    assert first.size() == second.size()
    return sum(
        first.pixel(x, y) != second.pixel(x, y) for x in range(first.width()) for y in range(first.height())
    )


@pytest.fixture
def house_server_project(qgis_app, sample_gpkg, tmp_path) -> Path:
    """A QGIS Server project of the sample's streets and municipalities in the house style, with two controls:
    the streets unlabelled (``StreetAxesPlain``) and labelled by a plugin-only function (``StreetAxesBroken``)."""
    path = build_server_project(sample_gpkg, tmp_path / "house.qgs", layers=["Municipalities", "StreetAxes"])
    project = QgsProject()
    assert project.read(str(path))
    kinds = {"Municipalities": "municipalities", "StreetAxes": "street_axes"}
    for layer in list(project.mapLayers().values()):
        apply_house_style(layer, kinds[layer.name()])
    for name, label in (("StreetAxesPlain", None), ("StreetAxesBroken", BROKEN_LABEL)):
        layer = QgsVectorLayer(f"{sample_gpkg}|layername=StreetAxes", name, "ogr")
        apply_house_style(layer, "street_axes")
        if label is None:
            layer.setLabelsEnabled(False)
        else:
            labeling = layer.labeling().clone()
            for rule in label_rules(labeling):
                settings = QgsPalLayerSettings(rule.settings())
                settings.fieldName = label
                rule.setSettings(settings)
            layer.setLabeling(labeling)
        project.addMapLayer(layer)
    assert project.write(str(path))
    return path


def get_map(server: QgisServerProcess, layers: str) -> QImage:
    """A WMS 1.3.0 GetMap of the window around the Grand-Place at about 1:10,000."""
    x, y = GRAND_PLACE
    query = urllib.parse.urlencode(
        {
            "SERVICE": "WMS",
            "VERSION": "1.3.0",
            "REQUEST": "GetMap",
            "LAYERS": layers,
            "STYLES": "",
            "CRS": "EPSG:31370",
            "BBOX": f"{x - HALF_WINDOW},{y - HALF_WINDOW},{x + HALF_WINDOW},{y + HALF_WINDOW}",
            "WIDTH": PIXELS,
            "HEIGHT": PIXELS,
            "FORMAT": "image/png",
            "DPI": 96,
        }
    )
    with urllib.request.urlopen(f"{server.ows_url}?{query}", timeout=60) as response:
        assert response.headers.get_content_type() == "image/png", response.read()[:500]
        image = QImage()
        assert image.loadFromData(response.read(), "PNG")
    return image


def expression_lines(log: str) -> list[str]:
    return [line for line in log.splitlines() if "expression" in line.lower()]


def test_qgis_server_renders_house_labels(house_server_project, monkeypatch):
    monkeypatch.setenv("QGIS_SERVER_LOG_LEVEL", "0")
    with QgisServerProcess(house_server_project) as server:
        labelled = get_map(server, "Municipalities,StreetAxes")
        plain = get_map(server, "Municipalities,StreetAxesPlain")
        broken = get_map(server, "Municipalities,StreetAxesBroken")
        log = server.log()

    assert distinct_colours(labelled) > 20, "blank or nearly blank GetMap"
    assert "LAYERS:Municipalities,StreetAxes" in log, "the server log does not record the requests"
    assert expression_lines(log) == [], expression_lines(log)
    # The house labels are drawn: thousands of pixels differ from the unlabelled streets.
    assert differing_pixels(labelled, plain) > 2_000
    # Control: a plugin-only label function fails silently (nothing in the log), and draws no label at all.
    assert differing_pixels(broken, plain) == 0
