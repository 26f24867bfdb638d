"""The panel, the options page and the Browser entries (widgets offscreen, real QGIS classes)."""

from __future__ import annotations

from qgis.core import QgsMapLayerType

from paradigm_carto.core.settings import PluginSettings, env_variable
from paradigm_carto.gui.browser import ReferenceLayerItem, ReferenceLayersProvider, RootItem
from paradigm_carto.gui.options import OptionsPage
from paradigm_carto.gui.panel import REF_ROLE, ReferenceLayersPanel


def visible_layer_ids(panel: ReferenceLayersPanel) -> list[str]:
    ids = []
    for index in range(panel.tree.topLevelItemCount()):
        group = panel.tree.topLevelItem(index)
        ids += [
            group.child(i).data(0, REF_ROLE) for i in range(group.childCount()) if not group.child(i).isHidden()
        ]
    return ids


def make_panel(catalogue, added: list) -> ReferenceLayersPanel:
    panel = ReferenceLayersPanel(catalogue, added.append, lambda: added.append("standard"))
    PANELS.append(panel)
    return panel


# Panels stay alive for the session: destroying parentless docks mid-session broke
# pytest-qgis's own signal connection (its session teardown then fails); in QGIS the
# panel's destruction at unload is checked by tests/test_package.py.
PANELS: list = []


def test_panel_filter_matches_french_and_dutch_titles(catalogue):
    panel = make_panel(catalogue, [])
    assert len(visible_layer_ids(panel)) == len(catalogue.layers)
    panel.filter_edit.setText("gebouwen")  # Dutch
    assert visible_layer_ids(panel) == ["buildings"]
    panel.filter_edit.setText("BATIMENTS")  # French, no accent, upper case
    assert visible_layer_ids(panel) == ["buildings"]
    panel.filter_edit.setText("wegassen")
    assert visible_layer_ids(panel) == ["street_axes"]
    panel.filter_edit.setText("")
    assert len(visible_layer_ids(panel)) == len(catalogue.layers)


def test_panel_adds_selection_and_standard_set(catalogue):
    added: list = []
    panel = make_panel(catalogue, added)
    panel.filter_edit.setText("communes")
    group = next(
        panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())
        if not panel.tree.topLevelItem(i).isHidden()
    )
    [child] = [group.child(i) for i in range(group.childCount()) if not group.child(i).isHidden()]
    child.setSelected(True)
    panel.add_selected()
    assert [[ref.id for ref in refs] for refs in added] == [["municipalities"]]
    panel.standard_button.click()
    assert added[-1] == "standard"


def test_panel_mode_is_explicit_and_remembered(catalogue):
    panel = make_panel(catalogue, [])
    assert panel.online_button.isChecked()
    panel.offline_button.setChecked(True)
    assert PluginSettings().mode == "offline"
    base_items = [
        panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())
        if panel.tree.topLevelItem(i).text(0) == catalogue.group("basemaps").title.get()
    ][0]
    assert all(base_items.child(i).isDisabled() for i in range(base_items.childCount()))
    assert make_panel(catalogue, []).offline_button.isChecked()


def test_options_page_saves_mode_protocol_and_urls(catalogue):
    saved = []
    page = OptionsPage(catalogue, lambda: saved.append(True))
    page.mode_combo.setCurrentIndex(page.mode_combo.findData("offline"))
    page.protocol_combo.setCurrentIndex(page.protocol_combo.findData("oapif"))
    page.url_edits["urbisvector_wfs"].setText("https://geo.example.org/wfs")
    assert page.isValid()
    page.apply()
    settings = PluginSettings()
    assert (settings.mode, settings.vector_protocol) == ("offline", "oapif")
    assert settings.service_url(catalogue.services["urbisvector_wfs"]) == "https://geo.example.org/wfs"
    assert saved == [True]


def test_options_page_refuses_a_bad_url(catalogue):
    page = OptionsPage(catalogue, lambda: None)
    page.url_edits["urbisvector_wfs"].setText("htp:/oops")
    assert not page.isValid()
    assert "htp:/oops" in page.status.text()
    page.apply()
    assert PluginSettings().service_override("urbisvector_wfs") == ""


def test_options_page_shows_environment_override(catalogue, monkeypatch):
    monkeypatch.setenv(env_variable("urbis_wmts"), "http://127.0.0.1:1/wmts")
    page = OptionsPage(catalogue, lambda: None)
    edit = page.url_edits["urbis_wmts"]
    assert not edit.isEnabled() and edit.text() == "http://127.0.0.1:1/wmts"


def test_browser_lists_groups_and_draggable_layers(catalogue):
    PluginSettings().mode = "offline"
    added: list = []
    provider = ReferenceLayersProvider(lambda: catalogue, added.append)
    root = provider.createDataItem("", None)
    assert isinstance(root, RootItem)
    assert provider.createDataItem("/somewhere", None) is None
    groups = root.createChildren()  # (never children(): QGIS 3.22's binding hands C++ items to Python)
    assert [g.name() for g in groups] == [g.title.get() for g in catalogue.groups]
    layers = [child for group in groups for child in group.createChildren()]
    assert all(isinstance(item, ReferenceLayerItem) for item in layers)
    ids = {item.ref.id for item in layers}
    assert ids == {"addresses", "buildings", "parcels", "blocks", "street_axes", "municipalities", "region"}
    buildings = next(item for item in layers if item.ref.id == "buildings")
    assert buildings.providerKey() == "ogr" and "layername=Buildings" in buildings.uri()
    assert buildings.mapLayerType() is not None and buildings.hasDragEnabled()
    assert buildings.handleDoubleClick() is True
    assert [[ref.id for ref in refs] for refs in added] == [["buildings"]]


def test_browser_online_layers_carry_service_uris(catalogue):
    PluginSettings().mode = "online"
    provider = ReferenceLayersProvider(lambda: catalogue, lambda refs: None)
    groups = provider.createDataItem("", None).createChildren()
    layers = [child for group in groups for child in group.createChildren()]
    wmts = next(item for item in layers if item.ref.id == "wmts_fr")
    assert wmts.providerKey() == "wms" and "tileMatrixSet=EPSG:31370" in wmts.uri()
    wfs = next(item for item in layers if item.ref.id == "municipalities")
    assert wfs.providerKey() == "WFS" and "typename='Municipalities'" in wfs.uri()
    assert wmts.mapLayerType() == QgsMapLayerType.RasterLayer


def test_panel_speaks_the_users_language(catalogue):
    """Under a French or Dutch QGIS, the panel's texts and the catalogue titles follow."""
    from qgis.core import QgsSettings

    from paradigm_carto.core.i18n import install_translator, remove_translator

    expected = {
        "fr_BE": ("Ajouter les couches standard", "Bâtiments"),
        "nl_BE": ("Standaardlagen toevoegen", "Gebouwen"),
    }
    for locale, (button, buildings) in expected.items():
        QgsSettings().setValue("locale/overrideFlag", True)
        QgsSettings().setValue("locale/userLocale", locale)
        translator = install_translator()
        try:
            assert translator is not None, f"no compiled translation for {locale} (make translations)"
            panel = make_panel(catalogue, [])
            assert panel.standard_button.text() == button
            panel.filter_edit.setText(buildings)
            assert visible_layer_ids(panel) == ["buildings"]
            first_group = panel.tree.topLevelItem(0)
            titles = [first_group.child(i).text(0) for i in range(first_group.childCount())]
            assert catalogue.layer("addresses").title.get() in titles
        finally:
            remove_translator(translator)
