"""Approval workflow: draft → validated → approved → published; fingerprint; state stored in the GeoPackage."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from paradigm_carto.core.metadata.model import Contact, LayerMetadata, LocalisedText, prefill_from_layer
from paradigm_carto.core.publication import approval


def load_municipalities(project, sample_gpkg, tmp_path, monkeypatch):
    """The sample's Municipalities (and Region), loaded the plugin's way from a copy of the GeoPackage."""
    from paradigm_carto.core.catalogue import load_catalogue
    from paradigm_carto.core.loader import ReferenceLayerLoader

    copy = tmp_path / "data" / "urbis.gpkg"
    copy.parent.mkdir()
    shutil.copy(sample_gpkg, copy)
    monkeypatch.setenv("PARADIGM_CARTO_SERVICE_SAMPLE", str(copy))
    catalogue = load_catalogue()
    result = ReferenceLayerLoader(catalogue, project=project).load(
        [catalogue.layer("municipalities"), catalogue.layer("region")], "offline"
    )
    assert not result.failures
    layer = next(x for x in result.added if x.customProperty("paradigm_carto/ref_id") == "municipalities")
    layer.gpkg_path = copy  # for the tests
    return layer


def full_metadata(layer, **changes) -> LayerMetadata:
    data = prefill_from_layer(layer)
    data.abstract = LocalisedText("Les 19 communes bruxelloises.", "De 19 Brusselse gemeenten.", "")
    data.keywords = [LocalisedText("commune", "gemeente", "")]
    data.topic_category = "boundaries"
    data.lineage = LocalisedText("Extrait d'UrbIS.", "Uittreksel uit UrbIS.", "")
    data.contact = Contact("Paradigm", "urbis@example.invalid")
    data.licence = LocalisedText("Licence open data", "Open data licentie", "")
    data.title = LocalisedText("Communes", "Gemeenten", "")
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def approved(layer, who="Anne Approver"):
    outcome = approval.validate(layer, who="Val Idator")
    assert outcome.passed, outcome.reasons
    approval.approve(layer, who, "OK pour publication")
    return layer


def test_topology_errors_keep_the_layer_in_draft(municipalities):
    from qgis.core import QgsGeometry

    layer = municipalities
    first = next(layer.getFeatures())
    layer.startEditing()
    moved = QgsGeometry(first.geometry())
    moved.translate(500, 0)
    layer.changeGeometry(first.id(), moved)
    assert layer.commitChanges()
    outcome = approval.validate(layer)
    assert not outcome.passed and outcome.topology.blocking
    assert any("topology error" in reason for reason in outcome.reasons)
    state = approval.state_of(layer)
    assert state.state == approval.DRAFT
    assert state.reasons == outcome.reasons, "the validation's findings are the reasons of the draft state"
    with pytest.raises(approval.ApprovalError) as error:
        approval.approve(layer, "Anne")
    assert "topology error" in str(error.value)


# --- approval ----------------------------------------------------------------------


def test_approval_states_and_fingerprint(municipalities):
    from qgis.core import QgsVectorLayer

    layer = municipalities
    assert approval.state_of(layer).state == approval.DRAFT
    with pytest.raises(approval.ApprovalError):
        approval.approve(layer, "Anne")
    outcome = approval.validate(layer, who="Val")
    assert outcome.passed and outcome.topology.error_count == 0 and outcome.conformity.conformant
    assert approval.state_of(layer).state == approval.VALIDATED
    record = approval.approve(layer, "Anne Approver", "Vérifié — OK ✅")
    assert (record.approved_by, record.comment) == ("Anne Approver", "Vérifié — OK ✅")
    assert record.approved_at.endswith("Z") and record.related and "Region" in record.related

    # The state travels with the data: a fresh layer on the same file sees it.
    path = layer.gpkg_path
    fresh = QgsVectorLayer(f"{path}|layername=Municipalities", "Municipalities", "ogr")
    state = approval.state_of(fresh)
    assert state.state == approval.APPROVED and state.record.comment == "Vérifié — OK ✅"
    assert [e["state"] for e in state.record.history] == ["validated", "approved"]
    with sqlite3.connect(path) as connection:
        row = connection.execute("SELECT state FROM paradigm_approval WHERE table_name = ?", ("Municipalities",))
        assert row.fetchone() == ("approved",)
        registered = connection.execute("SELECT count(*) FROM gpkg_contents WHERE table_name = 'paradigm_approval'")
        assert registered.fetchone() == (0,)

    # Unsaved edits: draft while they are in the buffer; undone: approved again.
    layer.startEditing()
    feature = next(layer.getFeatures())
    layer.changeAttributeValue(feature.id(), layer.fields().indexOf("NAMEDUT"), "Gewijzigd")
    assert approval.state_of(layer).state == approval.DRAFT
    layer.rollBack()
    assert approval.state_of(layer).state == approval.APPROVED

    # A saved edit of one attribute: back to draft, even for a fresh layer.
    layer.startEditing()
    layer.changeAttributeValue(feature.id(), layer.fields().indexOf("NAMEDUT"), "Gewijzigd")
    assert layer.commitChanges()
    fresh = QgsVectorLayer(f"{path}|layername=Municipalities", "Municipalities", "ogr")
    state = approval.state_of(fresh)
    assert state.state == approval.DRAFT and "changed since it was validated" in state.reasons[0]

    # Validated again, approved again; then a geometry moved by 1 cm: draft.
    approved(layer)
    before = approval.fingerprint(layer)
    layer.startEditing()
    geometry = feature.geometry()
    geometry.translate(0.01, 0)
    layer.changeGeometry(feature.id(), geometry)
    assert layer.commitChanges()
    assert approval.fingerprint(layer) != before
    assert approval.state_of(layer).state == approval.DRAFT


def test_related_layer_change_sends_back_to_draft(municipalities):
    """The related layers count by their ids, geometries and the attributes the rules read."""
    from qgis.core import QgsVectorLayer

    layer = approved(municipalities)
    region = QgsVectorLayer(f"{layer.gpkg_path}|layername=Region", "Region", "ogr")
    feature = next(region.getFeatures())
    region.startEditing()
    region.changeAttributeValue(feature.id(), region.fields().indexOf("NAMEFRE"), "Autre")
    assert region.commitChanges()
    assert approval.state_of(layer).state == approval.APPROVED, "no rule reads the Region's names"
    region.startEditing()
    geometry = feature.geometry()
    geometry.translate(0.5, 0)
    region.changeGeometry(feature.id(), geometry)
    assert region.commitChanges()
    state = approval.state_of(layer)
    assert state.state == approval.DRAFT and "Region" in state.reasons[0]


def test_fingerprint_is_deterministic_and_covers_ids_attributes_geometry(municipalities, tmp_path):
    from paradigm_carto.core.metadata.model import gpkg_location

    path, table = gpkg_location(municipalities)
    first = approval.gpkg_fingerprint(path, table)
    assert first == approval.gpkg_fingerprint(path, table) and first.startswith("sql1:19:")
    copy = tmp_path / "copy.gpkg"
    shutil.copy(path, copy)
    from qgis.core import QgsVectorLayer

    other = QgsVectorLayer(f"{copy}|layername={table}", "copy", "ogr")
    feature = next(other.getFeatures())
    other.startEditing()
    other.deleteFeature(feature.id())
    feature.setAttribute("fid", 1000)
    other.addFeature(feature)  # same attributes and geometry, another id
    assert other.commitChanges()
    assert approval.gpkg_fingerprint(copy, table) != first
    assert approval.feature_fingerprint(municipalities) == approval.feature_fingerprint(municipalities)


def test_not_a_geopackage_is_refused(project, tmp_path):
    from qgis.core import QgsVectorLayer

    memory = QgsVectorLayer("Polygon?crs=EPSG:31370", "Scratch", "memory")
    with pytest.raises(approval.ApprovalError) as error:
        approval.validate(memory)
    assert "'Scratch'" in str(error.value) and "GeoPackage" in str(error.value)




def test_sql_strips_the_geopackage_header_of_every_geometry(sample_gpkg):
    """The WKB hashed is the blob after the 8-byte header and the envelope, whatever its kind."""
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
    with sqlite3.connect(sample_gpkg) as connection:
        tables = connection.execute("SELECT table_name, column_name FROM gpkg_geometry_columns").fetchall()
        assert len(tables) >= 5
        for table, column in tables:
            g = approval.quote_identifier(column)
            sql = f"SELECT {g}, substr({g}, {approval._HEADER.format(g=g)}) FROM {approval.quote_identifier(table)}"
            for blob, wkb in connection.execute(sql):
                assert wkb == blob[8 + envelope[(blob[3] >> 1) & 7] :]


def test_related_layer_only_in_the_geopackage_is_fingerprinted_without_opening_it(municipalities, project):
    """Region not in the project: found by table name in the layer's GeoPackage (no QgsVectorLayer opened),
    same fingerprint as the opened layer's, and a change to it still sends the layer back to draft."""
    from qgis.core import QgsVectorLayer

    region = next(x for x in project.mapLayers().values() if x.customProperty("paradigm_carto/ref_id") == "region")
    project.removeMapLayer(region.id())
    layer = approved(municipalities)
    rule_set = approval.bound_rules(layer)
    opened, _ = approval.related_layers(layer, rule_set)
    found, _ = approval.related_layers(layer, rule_set, open_files=False)
    assert set(found) == set(opened) and found
    name = next(iter(found))
    path, table = found[name]
    assert path == municipalities.gpkg_path and approval.gpkg_table(path, [table.upper()]) == table
    fields = approval._rule_fields(rule_set).get(name, [])
    assert approval.gpkg_sql_fingerprint(path, table, fields) == approval.related_fingerprint(opened[name], fields)
    assert approval.state_of(layer).state == approval.APPROVED
    other = QgsVectorLayer(f"{path}|layername={table}", "other", "ogr")
    feature = next(other.getFeatures())
    geometry = feature.geometry()
    geometry.translate(0.5, 0)
    other.startEditing()
    other.changeGeometry(feature.id(), geometry)
    assert other.commitChanges()
    state = approval.state_of(layer)
    assert state.state == approval.DRAFT and name in state.reasons[0]
