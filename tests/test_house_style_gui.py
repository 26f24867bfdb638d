"""The house-labels dialog and the drift indicators in the layer tree (real QGIS widgets, offscreen)."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeature, QgsLayerTreeModel, QgsProject, QgsVectorLayer
from qgis.gui import QgsLayerTreeView
from qgis.PyQt.QtCore import QModelIndex

from paradigm_carto.core.conformity import check_conformity
from paradigm_carto.core.labels import label_pair
from paradigm_carto.core.loader import ReferenceLayerLoader
from paradigm_carto.core.styling import STYLE_PROPERTY
from paradigm_carto.gui.house_style_gui import HouseLabelsDialog, StyleIndicators

KEEP: list = []  # widgets live for the session (see tests/test_gui.py)


def old_generation_layer() -> QgsVectorLayer:
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:31370&field=MU_NAME_FRE:string&field=MU_NAME_DUT:string&field=OTHER:string",
        "old municipalities",
        "memory",
    )
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["Ixelles", "Elsene", "x"])
    layer.dataProvider().addFeatures([feature])
    return layer


def test_dialog_preselects_the_pair_and_applies_house_labels(project):
    layer = old_generation_layer()
    project.addMapLayer(layer)
    dialog = HouseLabelsDialog(layer)
    KEEP.append(dialog)
    assert (dialog.fr_combo.currentField(), dialog.nl_combo.currentField()) == ("MU_NAME_FRE", "MU_NAME_DUT")
    dialog.accept()
    assert label_pair(layer) == ("MU_NAME_FRE", "MU_NAME_DUT")
    assert layer.labelsEnabled()
    assert "MU_NAME_FRE" in layer.labeling().settings().fieldName


def test_dialog_refuses_the_same_field_twice(project):
    layer = old_generation_layer()
    project.addMapLayer(layer)
    dialog = HouseLabelsDialog(layer)
    KEEP.append(dialog)
    dialog.nl_combo.setField("MU_NAME_FRE")
    dialog.accept()
    assert "MU_NAME_FRE" in dialog.message.text()
    assert label_pair(layer) is None


class FakeIface:
    """Just what the indicators use of QgisInterface: a real layer tree view, and a message bar."""

    def __init__(self, view, bar) -> None:
        self._view, self._bar = view, bar

    def layerTreeView(self):
        return self._view

    def messageBar(self):
        return self._bar


@pytest.fixture
def tree_view(project, qgis_iface):
    model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot())
    view = QgsLayerTreeView()
    view.setModel(model)
    KEEP.extend([model, view])
    return FakeIface(view, qgis_iface.messageBar())


def test_indicator_follows_drift_and_restore(project, catalogue, sample_gpkg, tree_view):
    result = ReferenceLayerLoader(catalogue, project=project).load([catalogue.layer("buildings")], "offline")
    [buildings] = result.added
    assert buildings.customProperty(STYLE_PROPERTY) == "buildings"
    indicators = StyleIndicators(tree_view)
    try:
        indicators.refresh()
        assert indicators.indicators == {}
        buildings.setScaleBasedVisibility(False)  # drift
        assert not check_conformity(buildings).conformant
        indicators.refresh()
        assert list(indicators.indicators) == [buildings.id()]
        node = project.layerTreeRoot().findLayer(buildings.id())
        assert indicators.indicators[buildings.id()] in tree_view.layerTreeView().indicators(node)
        indicators.indicators[buildings.id()].clicked.emit(QModelIndex())  # the user clicks it: restore
        assert check_conformity(buildings).conformant
        indicators.refresh()
        assert indicators.indicators == {}
    finally:
        indicators.unload()
