"""Bilingual ISO 19139 metadata: prefill from a layer, required fields, storage with the layer,
schema validity against pycsw's ISO 19139 XSDs, locales, exact round-trip of any text, no XXE."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from lxml import etree
from qgis.core import QgsVectorLayer

from paradigm_carto.core.metadata.iso19139 import (
    GMD,
    NSMAP,
    build_record,
    build_record_bytes,
    locale_errors,
    parse_xml,
    record_abstract,
    record_identifier,
    record_title,
    schema_errors,
)
from paradigm_carto.core.metadata.model import (
    ATTRIBUTION,
    GPKG_TABLE,
    Contact,
    DistributionLink,
    FieldInfo,
    LayerMetadata,
    LocalisedText,
    load_from_gpkg,
    load_from_layer,
    prefill_from_layer,
    save_to_gpkg,
    save_with_layer,
)

#: Text that XML, encodings and bidi handling like to break.
NASTY = 'Rue "de la Loi" <16> & l\'Europe ]]> 🏙️🇧🇪 — שלום עולם ‏مرحبا‎ e\u0301 \t tab'


@pytest.fixture(scope="session")
def gmd_xsd() -> Path:
    """pycsw's ISO 19139 gmd.xsd (the pycsw venv is created on first use)."""
    from scripts.pycsw_server import ensure_venv, gmd_xsd

    ensure_venv()
    path = gmd_xsd()
    assert path.is_file(), path
    return path


def full_metadata(**changes) -> LayerMetadata:
    metadata = LayerMetadata(
        title=LocalisedText("Communes", "Gemeenten", "Municipalities"),
        abstract=LocalisedText("Les 19 communes.", "De 19 gemeenten.", "The 19 municipalities."),
        keywords=[LocalisedText("commune", "gemeente", "municipality"), LocalisedText("UrbIS", "UrbIS", "UrbIS")],
        topic_category="boundaries",
        lineage=LocalisedText("Extrait d'UrbIS.", "Uittreksel uit UrbIS.", "Extracted from UrbIS."),
        contact=Contact("Paradigm", "urbis@example.invalid"),
        licence=LocalisedText("Licence open data", "Open data licentie", "Open data licence"),
        licence_url="https://example.invalid/licence",
        update_frequency="quarterly",
        date="2026-10-01",
        temporal_start="2026-01-01",
        temporal_end="2026-09-30",
        extent_31370=(140000.0, 160000.0, 160000.0, 180000.0),
        bbox_wgs84=(4.24, 50.76, 4.48, 50.92),
        feature_count=19,
        geometry_type="MultiPolygon",
        fields=[FieldInfo("NISCODE", "String"), FieldInfo("NAMEFRE", "String")],
        links=[DistributionLink("https://example.invalid/urbis.gpkg", name="urbis.gpkg", description="GeoPackage")],
    )
    for key, value in changes.items():
        setattr(metadata, key, value)
    return metadata


def municipalities(gpkg: Path) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{gpkg}|layername=Municipalities", "Municipalities", "ogr")
    assert layer.isValid()
    return layer


# --- model ------------------------------------------------------------------------


def test_prefill_from_the_sample_municipalities(sample_gpkg):
    layer = municipalities(sample_gpkg)
    metadata = prefill_from_layer(layer)
    assert (metadata.title.fr, metadata.title.nl, metadata.title.en) == ("Communes", "Gemeenten", "Municipalities")
    assert metadata.crs == "EPSG:31370"
    assert metadata.feature_count == layer.featureCount() > 0
    assert "Polygon" in metadata.geometry_type
    names = [f.name for f in metadata.fields]
    assert {"NISCODE", "NAMEFRE", "NAMEDUT"} <= set(names)
    xmin, ymin, xmax, ymax = metadata.extent_31370
    assert 130000 < xmin < xmax < 170000 and 150000 < ymin < ymax < 190000
    west, south, east, north = metadata.bbox_wgs84
    # The Region lies around 4.24-4.48 E, 50.76-50.92 N.
    assert 4.1 < west < east < 4.6 and 50.7 < south < north < 51.0
    assert len(metadata.identifier) == 36  # a UUID


def test_prefill_keeps_stored_identifier_and_texts(sample_gpkg):
    stored = full_metadata(abstract=LocalisedText("Mon résumé", "Mijn samenvatting"))
    metadata = prefill_from_layer(municipalities(sample_gpkg), stored)
    assert metadata.identifier == stored.identifier
    assert metadata.abstract.fr == "Mon résumé"
    assert metadata.feature_count == municipalities(sample_gpkg).featureCount()


def test_required_field_feedback():
    empty = LayerMetadata(contact=Contact("", ""))
    keys = {m.key for m in empty.missing_required()}
    assert {"title.fr", "title.nl", "abstract.fr", "abstract.nl", "lineage.fr", "lineage.nl", "licence.fr"} <= keys
    assert {"keywords", "topic_category", "contact.organisation", "contact.email", "bbox_wgs84"} <= keys
    assert not any(key.endswith(".en") for key in keys), "English is optional"
    assert full_metadata().missing_required() == []

    # Dutch tab: only Dutch texts.
    partial = full_metadata(abstract=LocalisedText("Résumé", "", ""), title=LocalisedText("Titre", "Titel", ""))
    assert [m.key for m in partial.missing_required("nl")] == ["abstract.nl"]
    assert [m.key for m in partial.missing_required("fr")] == []
    # Once some English is given, English becomes required where it is missing.
    some_english = full_metadata(abstract=LocalisedText("Résumé", "Samenvatting", ""))
    assert "abstract.en" in [m.key for m in some_english.missing_required()]
    labels = [m.label for m in empty.missing_required()]
    assert all(label.strip() for label in labels)
    assert "Title (Dutch)" in labels  # English UI in tests


def test_json_round_trip():
    metadata = full_metadata(title=LocalisedText(NASTY, NASTY + " nl", NASTY + " en"))
    again = LayerMetadata.from_json(metadata.to_json())
    assert again == metadata


def test_stored_with_the_layer_in_its_geopackage(sample_gpkg, tmp_path):
    gpkg = tmp_path / "copy.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    layer = municipalities(gpkg)
    assert load_from_layer(layer) is None
    metadata = prefill_from_layer(layer)
    metadata.abstract = LocalisedText("Résumé", "Samenvatting")
    assert save_with_layer(layer, metadata)
    assert load_from_layer(layer) == metadata
    # Republishing reuses it: same identifier; saving again replaces (one row).
    metadata.abstract.fr = "Résumé 2"
    save_with_layer(layer, metadata)
    again = prefill_from_layer(municipalities(gpkg), load_from_layer(municipalities(gpkg)))
    assert again.identifier == metadata.identifier and again.abstract.fr == "Résumé 2"
    with sqlite3.connect(gpkg) as connection:
        assert connection.execute(f"SELECT count(*) FROM {GPKG_TABLE}").fetchone() == (1,)
    # The GeoPackage still opens and reads the same.
    assert municipalities(gpkg).featureCount() == layer.featureCount()


def test_storage_binds_parameters(tmp_path):
    gpkg = tmp_path / "plain.gpkg"
    sqlite3.connect(gpkg).close()
    hostile = "x'); DROP TABLE paradigm_metadata; --"
    metadata = full_metadata(title=LocalisedText(hostile, NASTY))
    save_to_gpkg(gpkg, hostile, metadata)
    assert load_from_gpkg(gpkg, hostile) == metadata
    assert load_from_gpkg(gpkg, "other") is None


def test_layer_outside_a_geopackage_is_not_stored():
    memory = QgsVectorLayer("Point?crs=EPSG:31370", "scratch", "memory")
    assert not save_with_layer(memory, full_metadata())
    assert load_from_layer(memory) is None


# --- ISO 19139 ------------------------------------------------------------------------


def test_record_is_schema_valid(gmd_xsd):
    assert schema_errors(build_record_bytes(full_metadata()), gmd_xsd) == []


def test_minimal_and_french_dutch_only_records_are_schema_valid(gmd_xsd, sample_gpkg):
    prefilled = prefill_from_layer(municipalities(sample_gpkg))
    assert schema_errors(build_record_bytes(prefilled), gmd_xsd) == []
    no_english = full_metadata(
        title=LocalisedText("Communes", "Gemeenten"),
        abstract=LocalisedText("a", "b"),
        keywords=[LocalisedText("commune", "gemeente")],
        lineage=LocalisedText("l", "l"),
        licence=LocalisedText("l", "l"),
        temporal_end="",
        links=[],
        identifier="https://databrussels.be/id/dataset/municipalities?v=1",
    )
    assert schema_errors(build_record_bytes(no_english), gmd_xsd) == []


def test_schema_check_catches_an_invalid_record(gmd_xsd):
    record = build_record(full_metadata())
    record.insert(0, record.find("gmd:contact", NSMAP))  # contact before fileIdentifier
    assert schema_errors(record, gmd_xsd)


def test_locales_match_every_reference():
    record = parse_xml(build_record_bytes(full_metadata()))
    ids = [locale.get("id") for locale in record.iterfind("gmd:locale/gmd:PT_Locale", NSMAP)]
    assert ids == ["NL", "EN"]
    codes = record.xpath("gmd:locale/gmd:PT_Locale/gmd:languageCode/gmd:LanguageCode/@codeListValue", namespaces=NSMAP)
    assert codes == ["dut", "eng"]
    references = {e.get("locale") for e in record.iter(f"{{{GMD}}}LocalisedCharacterString")}
    assert references == {"#NL", "#EN"}
    assert locale_errors(record) == []
    # Each PT_FreeText property carries the xsi:type that allows it.
    for free_text in record.iter(f"{{{GMD}}}PT_FreeText"):
        assert free_text.getparent().get(f"{{{NSMAP['xsi']}}}type") == "gmd:PT_FreeText_PropertyType"
    # A broken reference is reported.
    record.find(".//gmd:LocalisedCharacterString", NSMAP).set("locale", "#DU")
    assert locale_errors(record) == ["locale reference '#DU' has no PT_Locale"]


def test_no_english_locale_without_english():
    metadata = full_metadata()
    for text in (metadata.title, metadata.abstract, metadata.lineage, metadata.licence, *metadata.keywords):
        text.en = ""
    record = parse_xml(build_record_bytes(metadata))
    assert [x.get("id") for x in record.iterfind("gmd:locale/gmd:PT_Locale", NSMAP)] == ["NL"]
    assert {e.get("locale") for e in record.iter(f"{{{GMD}}}LocalisedCharacterString")} == {"#NL"}


def test_french_default_with_dutch_and_english_translations():
    metadata = full_metadata()
    record = parse_xml(build_record_bytes(metadata))
    assert record.xpath("gmd:language/gmd:LanguageCode/@codeListValue", namespaces=NSMAP) == ["fre"]
    assert record.xpath("gmd:characterSet/gmd:MD_CharacterSetCode/@codeListValue", namespaces=NSMAP) == ["utf8"]
    assert record.xpath("gmd:hierarchyLevel/gmd:MD_ScopeCode/@codeListValue", namespaces=NSMAP) == ["dataset"]
    assert record_identifier(record) == metadata.identifier
    assert record_title(record) == metadata.title
    assert record_abstract(record) == metadata.abstract
    title = record.find(".//gmd:citation/gmd:CI_Citation/gmd:title", NSMAP)
    assert title.findtext("gco:CharacterString", namespaces=NSMAP) == "Communes"
    ident = record.find("gmd:identificationInfo/gmd:MD_DataIdentification", NSMAP)
    assert ident.findtext("gmd:topicCategory/gmd:MD_TopicCategoryCode", namespaces=NSMAP) == "boundaries"
    assert ident.xpath(".//gmd:MD_MaintenanceFrequencyCode/@codeListValue", namespaces=NSMAP) == ["quarterly"]
    constraints = ident.xpath(".//gmd:otherConstraints/gco:CharacterString/text()", namespaces=NSMAP)
    assert ATTRIBUTION in constraints
    assert "Realized by means of Brussels UrbIS® © — Distribution: Paradigm" == ATTRIBUTION
    box = ident.find(".//gmd:EX_GeographicBoundingBox", NSMAP)
    assert float(box.findtext("gmd:westBoundLongitude/gco:Decimal", namespaces=NSMAP)) == 4.24
    period = ident.find(".//gml:TimePeriod", NSMAP)
    assert period.get(f"{{{NSMAP['gml']}}}id")
    assert period.findtext("gml:beginPosition", namespaces=NSMAP) == "2026-01-01"
    assert record.xpath(".//gmd:RS_Identifier/gmd:code/gco:CharacterString/text()", namespaces=NSMAP) == ["31370"]
    assert record.xpath(".//gmd:CI_OnlineResource/gmd:linkage/gmd:URL/text()", namespaces=NSMAP) == [
        "https://example.invalid/urbis.gpkg"
    ]
    lineage = record.find(".//gmd:LI_Lineage/gmd:statement", NSMAP)
    assert lineage.findtext("gco:CharacterString", namespaces=NSMAP) == "Extrait d'UrbIS."
    assert lineage.xpath(".//gmd:LocalisedCharacterString[@locale='#NL']/text()", namespaces=NSMAP) == [
        "Uittreksel uit UrbIS."
    ]


@pytest.mark.parametrize("text", [NASTY, "<&>\"'", "😀" * 3, "עברית ‫RTL‬", "a]]>b", "  leading and trailing  "])
def test_special_characters_round_trip_exactly(text, gmd_xsd):
    metadata = full_metadata(
        title=LocalisedText(text, text + " NL", "EN " + text),
        abstract=LocalisedText(text, text, text),
        keywords=[LocalisedText(text, text, text)],
    )
    data = build_record_bytes(metadata)
    record = parse_xml(data)
    assert record_title(record) == metadata.title
    assert record_abstract(record) == metadata.abstract
    keyword = record.find(".//gmd:MD_Keywords/gmd:keyword", NSMAP)
    assert keyword.findtext("gco:CharacterString", namespaces=NSMAP) == text
    assert schema_errors(data, gmd_xsd) == []


def test_external_entities_are_never_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-MARKER-4711", encoding="utf-8")
    hostname = Path("/etc/hostname").read_text(encoding="utf-8").strip()
    document = f"""<?xml version="1.0"?>
<!DOCTYPE gmd:MD_Metadata [
  <!ENTITY host SYSTEM "file:///etc/hostname">
  <!ENTITY secret SYSTEM "file://{secret}">
]>
<gmd:MD_Metadata xmlns:gmd="{GMD}" xmlns:gco="http://www.isotc211.org/2005/gco">
  <gmd:fileIdentifier><gco:CharacterString>[&host;][&secret;]</gco:CharacterString></gmd:fileIdentifier>
</gmd:MD_Metadata>""".encode()
    record = parse_xml(document)
    serialised = etree.tostring(record, encoding="unicode")
    assert "SECRET-MARKER-4711" not in serialised
    assert f"[{hostname}]" not in serialised
    assert record_identifier(record) in ("[", "[]")  # the entity stays an unexpanded reference
