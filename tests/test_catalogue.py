"""The declarative catalogue: what it ships, and clear errors for malformed entries."""

from __future__ import annotations

import copy
import json

import pytest

from paradigm_carto.core.catalogue import CatalogueError, load_catalogue, parse_catalogue
from paradigm_carto.core.settings import PluginSettings, env_variable

URBIS_LAYERS = {"Region", "Municipalities", "StreetAxes", "Blocks", "Buildings", "CadastralParcels", "Addresses"}


def raw_catalogue() -> dict:
    from paradigm_carto.core.catalogue import default_catalogue_path

    return json.loads(default_catalogue_path().read_text(encoding="utf-8"))


def test_shipped_catalogue_lists_every_reference_layer(catalogue):
    types = {source.type for ref in catalogue.layers for source in ref.sources}
    assert types == {"wms", "wmts", "wfs", "oapif", "gpkg"}
    gpkg_layers = {s.layer for ref in catalogue.layers for s in ref.sources if s.type == "gpkg"}
    wfs_layers = {s.layer for ref in catalogue.layers for s in ref.sources if s.type == "wfs"}
    assert gpkg_layers == URBIS_LAYERS == wfs_layers
    wms = {s.layer for ref in catalogue.layers for s in ref.sources if s.type == "wms"}
    assert {"UrbISFrenchLabeledColor", "UrbISDutchLabeledColor", "UrbISNotLabeledGray"} <= wms
    wmts = {s.layer for ref in catalogue.layers for s in ref.sources if s.type == "wmts"}
    assert wmts == {"urbisFR", "urbisNL", "urbisFRGray"}
    for ref in catalogue.layers:
        assert ref.title.fr and ref.title.nl and ref.title.en


def test_standard_set_follows_mode_and_language(catalogue):
    online_fr = [r.id for r in catalogue.standard_set("online", "fr")]
    online_nl = [r.id for r in catalogue.standard_set("online", "nl")]
    offline = [r.id for r in catalogue.standard_set("offline", "fr")]
    assert "wmts_fr" in online_fr and "wmts_nl" not in online_fr
    assert "wmts_nl" in online_nl and "wmts_fr" not in online_nl
    assert not any(catalogue.layer(i).is_base_map for i in offline)
    assert {"region", "municipalities", "street_axes", "blocks", "buildings", "parcels", "addresses"} == set(offline)


def test_base_maps_sort_last(catalogue):
    keys = [catalogue.sort_key(r) for r in catalogue.layers]
    base = [catalogue.sort_key(r) for r in catalogue.layers if r.is_base_map]
    assert min(base) > max(k for k, r in zip(keys, catalogue.layers) if not r.is_base_map)


@pytest.mark.parametrize(
    ("mutate", "entry", "field"),
    [
        (lambda d: d["layers"][1]["sources"][0].__setitem__("type", "wfx"), "buildings", "sources[0].type"),
        (lambda d: d["layers"][1]["sources"][0].__setitem__("service", "nowhere"), "buildings", "sources[0].service"),
        (lambda d: d["layers"][1]["sources"][0].pop("layer"), "buildings", "sources[0].layer"),
        (lambda d: d["layers"][1]["title"].pop("nl"), "buildings", "title.nl"),
        (lambda d: d["layers"][1].__setitem__("group", "elsewhere"), "buildings", "group"),
        (lambda d: d["layers"][1].__setitem__("min_scale", "big"), "buildings", "min_scale"),
        (lambda d: d["layers"][1].__setitem__("visible", "yes"), "buildings", "visible"),
        (lambda d: d["layers"][1].__setitem__("sources", []), "buildings", "sources"),
        (lambda d: d["layers"][1].pop("id"), "layers[1]", "id"),
        (lambda d: d["layers"][2].__setitem__("id", "buildings"), "buildings", "id"),
        (lambda d: d["services"]["sample"].__setitem__("type", "shp"), "sample", "type"),
        (lambda d: d["layers"][1]["sources"][0].__setitem__("service", "sample"), "buildings", "sources[0].service"),
    ],
)
def test_malformed_entry_names_entry_and_field(mutate, entry, field):
    data = copy.deepcopy(raw_catalogue())
    mutate(data)
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue(data)
    assert caught.value.entry == entry
    assert caught.value.field == field
    assert entry in str(caught.value) and field in str(caught.value)


def test_unreadable_file_is_a_clear_error(tmp_path):
    broken = tmp_path / "catalogue.json"
    broken.write_text('{"services": {', encoding="utf-8")
    with pytest.raises(CatalogueError, match="line 1"):
        load_catalogue(broken)
    with pytest.raises(CatalogueError, match="does not exist"):
        load_catalogue(tmp_path / "missing.json")


def test_service_url_precedence(catalogue, monkeypatch):
    settings = PluginSettings()
    service = catalogue.services["urbisvector_wfs"]
    assert settings.service_url(service) == service.url
    assert settings.service_source(service) == "catalogue"
    settings.set_service_override(service.id, "https://options.example/ows")
    assert settings.service_url(service) == "https://options.example/ows"
    assert settings.service_source(service) == "options"
    monkeypatch.setenv(env_variable(service.id), "http://127.0.0.1:9/ows")
    assert env_variable(service.id) == "PARADIGM_CARTO_SERVICE_URBISVECTOR_WFS"
    assert settings.service_url(service) == "http://127.0.0.1:9/ows"
    assert settings.service_source(service) == "environment"
    monkeypatch.delenv(env_variable(service.id))
    settings.set_service_override(service.id, "")
    assert settings.service_url(service) == service.url


def test_mode_and_protocol_are_remembered():
    settings = PluginSettings()
    assert settings.mode == "online"
    settings.mode = "offline"
    assert PluginSettings().mode == "offline"
    settings.vector_protocol = "oapif"
    assert PluginSettings().vector_protocol == "oapif"
    with pytest.raises(ValueError):
        settings.mode = "sometimes"
