"""Loading reference layers from the bundled sample into a project."""

from __future__ import annotations

from qgis.core import QgsLayerTreeGroup, QgsProject, QgsVectorLayer

from paradigm_carto.core.loader import GROUP_PROPERTY, REF_PROPERTY, ReferenceLayerLoader, root_group_name
from paradigm_carto.core.styling import STYLE_PROPERTY


def reference_groups(project: QgsProject) -> list[QgsLayerTreeGroup]:
    return [
        child
        for child in project.layerTreeRoot().children()
        if isinstance(child, QgsLayerTreeGroup) and child.customProperty(GROUP_PROPERTY) == "__root__"
    ]


def test_standard_set_offline_in_empty_project(project, catalogue, sample_gpkg):
    result = ReferenceLayerLoader(catalogue, project=project).load_standard_set("offline")

    assert not result.failures
    assert result.project_was_empty
    assert len(result.added) == 7
    assert project.crs().authid() == "EPSG:31370"
    view = project.viewSettings().defaultViewExtent()
    assert view.crs().authid() == "EPSG:31370" and view.contains(result.added[0].extent().center())
    for layer in result.added:
        assert layer.isValid() and isinstance(layer, QgsVectorLayer)
        assert layer.crs().authid() == "EPSG:31370"
        assert layer.featureCount() > 0
        assert layer.customProperty(STYLE_PROPERTY), layer.name()
        assert "UrbIS" in layer.attribution()

    [root] = reference_groups(project)
    assert root.name() == root_group_name()
    assert project.layerTreeRoot().children()[0] is root
    assert [g.customProperty(GROUP_PROPERTY) for g in root.children()] == ["addresses", "built", "streets", "admin"]
    order = [node.layer().customProperty(REF_PROPERTY) for node in root.findLayers()]
    assert order == ["addresses", "buildings", "parcels", "blocks", "street_axes", "municipalities", "region"]
    parcels = root.findLayer(next(lyr for lyr in result.added if lyr.customProperty(REF_PROPERTY) == "parcels"))
    assert not parcels.itemVisibilityChecked()
    buildings = next(lyr for lyr in result.added if lyr.customProperty(REF_PROPERTY) == "buildings")
    assert buildings.hasScaleBasedVisibility() and buildings.minimumScale() == 25000


def test_loading_twice_adds_nothing_and_keeps_order(project, catalogue, sample_gpkg):
    loader = ReferenceLayerLoader(catalogue, project=project)
    loader.load([catalogue.layer("region"), catalogue.layer("buildings")], "offline")
    second = loader.load([catalogue.layer("addresses"), catalogue.layer("region")], "offline")

    assert [r.id for r in second.already_loaded] == ["region"]
    assert not second.project_was_empty
    assert len(project.mapLayers()) == 3
    [root] = reference_groups(project)
    order = [node.layer().customProperty(REF_PROPERTY) for node in root.findLayers()]
    assert order == ["addresses", "buildings", "region"]


def test_user_layers_keep_their_place(project, catalogue, sample_gpkg, tmp_path):
    mine = QgsVectorLayer("Point?crs=EPSG:4326", "my layer", "memory")
    project.addMapLayer(mine)
    project.setCrs(mine.crs())
    result = ReferenceLayerLoader(catalogue, project=project).load([catalogue.layer("municipalities")], "offline")
    assert not result.project_was_empty
    assert project.crs().authid() == "EPSG:4326", "a project that had layers keeps its CRS"
    assert project.layerTreeRoot().findLayer(mine.id()) is not None


def test_saved_project_reopens_with_reference_layers(project, catalogue, sample_gpkg, tmp_path):
    ReferenceLayerLoader(catalogue, project=project).load_standard_set("offline")
    path = tmp_path / "reference.qgz"
    assert project.write(str(path))
    project.clear()
    assert project.read(str(path))
    ids = {layer.customProperty(REF_PROPERTY) for layer in project.mapLayers().values()}
    assert ids == {"addresses", "buildings", "parcels", "blocks", "street_axes", "municipalities", "region"}
    assert all(layer.isValid() for layer in project.mapLayers().values())
    assert len(reference_groups(project)) == 1
