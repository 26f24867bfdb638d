"""ISO 19139 (gmd:MD_Metadata) for a :class:`LayerMetadata`, built with lxml, and safe reading back.

French is the record's language (``fre``, ISO 639-2/B as INSPIRE and GeoNetwork
write it); Dutch (``dut``) and English (``eng``, when given) are translations in
``gmd:PT_FreeText`` whose ``locale="#NL"`` / ``"#EN"`` point at the
``gmd:PT_Locale`` ids. See docs/metadata.md.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

from lxml import etree

from .model import ATTRIBUTION, LayerMetadata, LocalisedText

GMD = "http://www.isotc211.org/2005/gmd"
GCO = "http://www.isotc211.org/2005/gco"
GML = "http://www.opengis.net/gml/3.2"
XLINK = "http://www.w3.org/1999/xlink"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
NSMAP = {"gmd": GMD, "gco": GCO, "gml": GML, "xlink": XLINK, "xsi": XSI}
SCHEMA_LOCATION = f"{GMD} http://schemas.opengis.net/iso/19139/20070417/gmd/gmd.xsd"
CODELISTS = "http://standards.iso.org/iso/19139/resources/gmxCodelists.xml"
LANGUAGE_CODELIST = "http://www.loc.gov/standards/iso639-2/"
#: ISO 639-2/B codes written in the record, and the PT_Locale id of each translation.
ISO_LANGUAGE = {"fr": "fre", "nl": "dut", "en": "eng"}
LOCALE_ID = {"nl": "NL", "en": "EN"}
DEFAULT_LANGUAGE = "fr"
#: MD_GeometricObjectTypeCode for QGIS geometry names.
GEOMETRY_OBJECT = {"point": "point", "line": "curve", "polygon": "surface"}


class RecordError(ValueError):
    """A record could not be parsed or is not an ISO 19139 MD_Metadata."""


def safe_parser() -> etree.XMLParser:
    """An lxml parser that never resolves entities, loads a DTD or touches the network."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def parse_xml(data: bytes) -> etree._Element:
    """Parse untrusted XML with :func:`safe_parser` (raises :class:`RecordError`)."""
    try:
        return etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as error:
        raise RecordError(str(error)) from None


def _q(prefix: str, name: str) -> str:
    return f"{{{NSMAP[prefix]}}}{name}"


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attributes: str) -> etree._Element:
    """Append `prefix:name` to `parent` (attributes may use 'prefix:name' keys)."""
    prefix, name = tag.split(":")
    element = etree.SubElement(parent, _q(prefix, name))
    for key, value in attributes.items():
        if ":" in key:
            key_prefix, key_name = key.split(":")
            element.set(_q(key_prefix, key_name), value)
        else:
            element.set(key, value)
    if text is not None:
        element.text = text
    return element


def _string(parent: etree._Element, tag: str, text: str) -> etree._Element:
    """`tag` holding a gco:CharacterString."""
    element = _sub(parent, tag)
    _sub(element, "gco:CharacterString", text)
    return element


def _localised(parent: etree._Element, tag: str, text: LocalisedText, languages: tuple[str, ...]) -> etree._Element:
    """`tag` with the French text and, in PT_FreeText, its translations (one textGroup each)."""
    element = _sub(parent, tag)
    translations = [(lang, text.get(lang)) for lang in languages if lang != DEFAULT_LANGUAGE and text.get(lang)]
    if translations:
        element.set(_q("xsi", "type"), "gmd:PT_FreeText_PropertyType")
    _sub(element, "gco:CharacterString", text.get(DEFAULT_LANGUAGE))
    if translations:
        free_text = _sub(element, "gmd:PT_FreeText")
        for lang, value in translations:
            group = _sub(free_text, "gmd:textGroup")
            _sub(group, "gmd:LocalisedCharacterString", value, locale=f"#{LOCALE_ID[lang]}")
    return element


def _code(parent: etree._Element, tag: str, code_list: str, value: str) -> etree._Element:
    """`tag` holding a code-list value, e.g. gmd:MD_ScopeCode 'dataset'."""
    element = _sub(parent, tag)
    name = code_list.split(":")[1]
    _sub(element, code_list, value, codeList=f"{CODELISTS}#{name}", codeListValue=value)
    return element


def _language(parent: etree._Element, tag: str, language: str) -> etree._Element:
    element = _sub(parent, tag)
    code = ISO_LANGUAGE[language]
    _sub(element, "gmd:LanguageCode", code, codeList=LANGUAGE_CODELIST, codeListValue=code)
    return element


def _decimal(parent: etree._Element, tag: str, value: float) -> None:
    _sub(_sub(parent, tag), "gco:Decimal", repr(float(value)))


def _contact(parent: etree._Element, tag: str, metadata: LayerMetadata) -> None:
    party = _sub(_sub(parent, tag), "gmd:CI_ResponsibleParty")
    _string(party, "gmd:organisationName", metadata.contact.organisation)
    address = _sub(_sub(_sub(party, "gmd:contactInfo"), "gmd:CI_Contact"), "gmd:address")
    _string(_sub(address, "gmd:CI_Address"), "gmd:electronicMailAddress", metadata.contact.email)
    _code(party, "gmd:role", "gmd:CI_RoleCode", "pointOfContact")


def _date(value: str) -> tuple[str, str]:
    """('gco:Date' or 'gco:DateTime', value) for an ISO date or date-time."""
    return ("gco:DateTime", value) if "T" in value else ("gco:Date", value)


def build_record(metadata: LayerMetadata, date_stamp: str | None = None) -> etree._Element:
    """The gmd:MD_Metadata element for `metadata` (ISO 19139, French default, NL/EN translations)."""
    languages = metadata.languages()
    stamp = date_stamp or datetime.now(timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
    root = etree.Element(_q("gmd", "MD_Metadata"), nsmap=NSMAP)
    root.set(_q("xsi", "schemaLocation"), SCHEMA_LOCATION)
    _string(root, "gmd:fileIdentifier", metadata.identifier)
    _language(root, "gmd:language", DEFAULT_LANGUAGE)
    _code(root, "gmd:characterSet", "gmd:MD_CharacterSetCode", "utf8")
    _code(root, "gmd:hierarchyLevel", "gmd:MD_ScopeCode", "dataset")
    _contact(root, "gmd:contact", metadata)
    _sub(_sub(root, "gmd:dateStamp"), *_date(stamp))
    _string(root, "gmd:metadataStandardName", "ISO 19115:2003/19139")
    _string(root, "gmd:metadataStandardVersion", "1.0")
    for lang in languages:
        if lang == DEFAULT_LANGUAGE:
            continue
        locale = _sub(_sub(root, "gmd:locale"), "gmd:PT_Locale", id=LOCALE_ID[lang])
        _language(locale, "gmd:languageCode", lang)
        _code(locale, "gmd:characterEncoding", "gmd:MD_CharacterSetCode", "utf8")

    if metadata.geometry_type:
        vector = _sub(_sub(root, "gmd:spatialRepresentationInfo"), "gmd:MD_VectorSpatialRepresentation")
        objects = _sub(_sub(vector, "gmd:geometricObjects"), "gmd:MD_GeometricObjects")
        kind = next((v for k, v in GEOMETRY_OBJECT.items() if k in metadata.geometry_type.lower()), "complex")
        _code(objects, "gmd:geometricObjectType", "gmd:MD_GeometricObjectTypeCode", kind)
        if metadata.feature_count is not None:
            _sub(_sub(objects, "gmd:geometricObjectCount"), "gco:Integer", str(metadata.feature_count))

    reference_system = _sub(_sub(root, "gmd:referenceSystemInfo"), "gmd:MD_ReferenceSystem")
    rs_identifier = _sub(_sub(reference_system, "gmd:referenceSystemIdentifier"), "gmd:RS_Identifier")
    authority, _, code = metadata.crs.partition(":")
    _string(rs_identifier, "gmd:code", code or authority)
    _string(rs_identifier, "gmd:codeSpace", authority if code else "EPSG")

    ident = _sub(_sub(root, "gmd:identificationInfo"), "gmd:MD_DataIdentification")
    citation = _sub(_sub(ident, "gmd:citation"), "gmd:CI_Citation")
    _localised(citation, "gmd:title", metadata.title, languages)
    ci_date = _sub(_sub(citation, "gmd:date"), "gmd:CI_Date")
    _sub(_sub(ci_date, "gmd:date"), *_date(metadata.date))
    _code(ci_date, "gmd:dateType", "gmd:CI_DateTypeCode", "revision")
    _string(_sub(_sub(citation, "gmd:identifier"), "gmd:MD_Identifier"), "gmd:code", metadata.identifier)
    _localised(ident, "gmd:abstract", metadata.abstract, languages)
    _string(ident, "gmd:credit", metadata.attribution or ATTRIBUTION)
    _contact(ident, "gmd:pointOfContact", metadata)
    maintenance = _sub(_sub(ident, "gmd:resourceMaintenance"), "gmd:MD_MaintenanceInformation")
    frequency = metadata.update_frequency
    _code(maintenance, "gmd:maintenanceAndUpdateFrequency", "gmd:MD_MaintenanceFrequencyCode", frequency)
    if metadata.keywords:
        keywords = _sub(_sub(ident, "gmd:descriptiveKeywords"), "gmd:MD_Keywords")
        for keyword in metadata.keywords:
            _localised(keywords, "gmd:keyword", keyword, languages)
        _code(keywords, "gmd:type", "gmd:MD_KeywordTypeCode", "theme")
    legal = _sub(_sub(ident, "gmd:resourceConstraints"), "gmd:MD_LegalConstraints")
    _code(legal, "gmd:useConstraints", "gmd:MD_RestrictionCode", "otherRestrictions")
    licence = LocalisedText(
        *(
            f"{metadata.licence.get(lang)} {metadata.licence_url}".strip() if metadata.licence.get(lang) else ""
            for lang in ("fr", "nl", "en")
        )
    )
    _localised(legal, "gmd:otherConstraints", licence, languages)
    _string(legal, "gmd:otherConstraints", metadata.attribution or ATTRIBUTION)
    _code(ident, "gmd:spatialRepresentationType", "gmd:MD_SpatialRepresentationTypeCode", "vector")
    _language(ident, "gmd:language", DEFAULT_LANGUAGE)
    _code(ident, "gmd:characterSet", "gmd:MD_CharacterSetCode", "utf8")
    if metadata.topic_category:
        _sub(ident, "gmd:topicCategory").append(_topic(metadata.topic_category))
    _extent(ident, metadata)
    if metadata.fields:
        fields = ", ".join(f"{f.name} ({f.type})" for f in metadata.fields)
        _string(ident, "gmd:supplementalInformation", fields)

    if metadata.links:
        distribution = _sub(_sub(root, "gmd:distributionInfo"), "gmd:MD_Distribution")
        format_ = _sub(_sub(distribution, "gmd:distributionFormat"), "gmd:MD_Format")
        _string(format_, "gmd:name", "GeoPackage")
        _string(format_, "gmd:version", "1.2")
        options = _sub(_sub(distribution, "gmd:transferOptions"), "gmd:MD_DigitalTransferOptions")
        for link in metadata.links:
            resource = _sub(_sub(options, "gmd:onLine"), "gmd:CI_OnlineResource")
            _sub(_sub(resource, "gmd:linkage"), "gmd:URL", link.url)
            if link.protocol:
                _string(resource, "gmd:protocol", link.protocol)
            if link.name:
                _string(resource, "gmd:name", link.name)
            if link.description:
                _string(resource, "gmd:description", link.description)
            _code(resource, "gmd:function", "gmd:CI_OnLineFunctionCode", "download")

    quality = _sub(_sub(root, "gmd:dataQualityInfo"), "gmd:DQ_DataQuality")
    _code(_sub(_sub(quality, "gmd:scope"), "gmd:DQ_Scope"), "gmd:level", "gmd:MD_ScopeCode", "dataset")
    _localised(_sub(_sub(quality, "gmd:lineage"), "gmd:LI_Lineage"), "gmd:statement", metadata.lineage, languages)
    return root


def _topic(value: str) -> etree._Element:
    element = etree.Element(_q("gmd", "MD_TopicCategoryCode"))
    element.text = value
    return element


def _extent(ident: etree._Element, metadata: LayerMetadata) -> None:
    if metadata.bbox_wgs84 is None and not metadata.temporal_start:
        return
    extent = _sub(_sub(ident, "gmd:extent"), "gmd:EX_Extent")
    if metadata.bbox_wgs84 is not None:
        west, south, east, north = metadata.bbox_wgs84
        box = _sub(_sub(extent, "gmd:geographicElement"), "gmd:EX_GeographicBoundingBox")
        _decimal(box, "gmd:westBoundLongitude", west)
        _decimal(box, "gmd:eastBoundLongitude", east)
        _decimal(box, "gmd:southBoundLatitude", south)
        _decimal(box, "gmd:northBoundLatitude", north)
    if metadata.temporal_start:
        temporal = _sub(_sub(extent, "gmd:temporalElement"), "gmd:EX_TemporalExtent")
        period = _sub(_sub(temporal, "gmd:extent"), "gml:TimePeriod", **{"gml:id": _gml_id(metadata.identifier)})
        _sub(period, "gml:beginPosition", metadata.temporal_start)
        if metadata.temporal_end:
            _sub(period, "gml:endPosition", metadata.temporal_end)
        else:
            _sub(period, "gml:endPosition", indeterminatePosition="now")


def _gml_id(identifier: str) -> str:
    """An xs:ID (NCName) derived from the record identifier."""
    return "T_" + re.sub(r"[^A-Za-z0-9_.-]", "_", identifier)


def to_bytes(record: etree._Element) -> bytes:
    """UTF-8 bytes with an XML declaration."""
    return etree.tostring(record, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def build_record_bytes(metadata: LayerMetadata, date_stamp: str | None = None) -> bytes:
    """:func:`build_record`, serialised."""
    return to_bytes(build_record(metadata, date_stamp))


# --- reading records -----------------------------------------------------------


def find_record(root: etree._Element) -> etree._Element:
    """The gmd:MD_Metadata in `root` (itself or a descendant, e.g. in a CSW response)."""
    if root.tag == _q("gmd", "MD_Metadata"):
        return root
    found = root.find(f".//{_q('gmd', 'MD_Metadata')}")
    if found is None:
        raise RecordError("no gmd:MD_Metadata in the document")
    return found


def record_identifier(record: etree._Element) -> str:
    """The gmd:fileIdentifier."""
    return record.findtext("gmd:fileIdentifier/gco:CharacterString", default="", namespaces=NSMAP)


def localised_text(element: etree._Element | None) -> LocalisedText:
    """The French text and the translations of a PT_FreeText property, by language."""
    text = LocalisedText()
    if element is None:
        return text
    text.fr = element.findtext("gco:CharacterString", default="", namespaces=NSMAP)
    by_id = {f"#{v}": k for k, v in LOCALE_ID.items()}
    for localised in element.iterfind("gmd:PT_FreeText/gmd:textGroup/gmd:LocalisedCharacterString", NSMAP):
        lang = by_id.get(localised.get("locale", ""))
        if lang:
            setattr(text, lang, localised.text or "")
    return text


def record_title(record: etree._Element) -> LocalisedText:
    """The citation title in every language of the record."""
    return localised_text(
        record.find("gmd:identificationInfo/*/gmd:citation/gmd:CI_Citation/gmd:title", NSMAP)
    )


def record_abstract(record: etree._Element) -> LocalisedText:
    """The abstract in every language of the record."""
    return localised_text(record.find("gmd:identificationInfo/*/gmd:abstract", NSMAP))


def locale_errors(record: etree._Element) -> list[str]:
    """Problems between gmd:PT_Locale ids and the locale="#..." references (empty when consistent)."""
    ids = [locale.get("id") for locale in record.iterfind("gmd:locale/gmd:PT_Locale", NSMAP)]
    errors = [f"duplicate PT_Locale id {i!r}" for i in set(ids) if ids.count(i) > 1]
    references = {element.get("locale") for element in record.iter(_q("gmd", "LocalisedCharacterString"))}
    for ref in sorted(r or "" for r in references):
        if not ref.startswith("#") or ref[1:] not in ids:
            errors.append(f"locale reference {ref!r} has no PT_Locale")
    return errors


def schema_errors(record: bytes | etree._Element, gmd_xsd: Path | str) -> list[str]:
    """Validation errors against an ISO 19139 gmd.xsd read from disk (imports resolved locally only)."""
    schema_doc = etree.parse(str(gmd_xsd), safe_parser())
    schema = etree.XMLSchema(schema_doc)
    document = parse_xml(record) if isinstance(record, bytes) else record
    if schema.validate(document):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]
