"""The publication wizard, its targets settings and the log dialog (real QGIS widgets, offscreen), against a
real pycsw 2.6.2 on loopback and a copy of the sample's Municipalities."""

from __future__ import annotations

import time

import pytest
from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QPlainTextEdit

from paradigm_carto.core.catalogue_clients.csw import CswClient
from paradigm_carto.core.catalogue_clients.geonetwork import GeoNetworkClient
from paradigm_carto.core.metadata.model import load_from_layer
from paradigm_carto.core.publication import approval, log
from paradigm_carto.core.publication.targets import (
    PublicationTarget,
    TargetError,
    client_for,
    find_target,
    targets_from_json,
    targets_problems,
)
from paradigm_carto.core.settings import PluginSettings
from paradigm_carto.gui.publication_targets import PublicationTargetsBox
from paradigm_carto.gui.publish_wizard import (
    CHECKS_PAGE,
    METADATA_PAGE,
    PUBLISH_PAGE,
    TARGET_PAGE,
    PublicationLogDialog,
    PublishWizard,
    withdraw_layer,
)
from tests.qgis_server import closed_port_url

pytestmark = pytest.mark.filterwarnings("ignore::FutureWarning:owslib.*")

KEEP: list = []  # widgets live for the session (see tests/test_gui.py)


def configure(tmp_path, url: str, name: str = "pycsw") -> PluginSettings:
    settings = PluginSettings()
    settings.publication_targets = [PublicationTarget(name, "csw", url)]
    settings.publication_store = str(tmp_path / "store")
    settings.publication_public_url = ""
    return settings


def make_wizard(iface, layer, settings=None) -> PublishWizard:
    wizard = PublishWizard(iface, layer, settings=settings)
    KEEP.append(wizard)
    wizard.show()
    QCoreApplication.processEvents()
    return wizard


def wait_for(condition, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        QCoreApplication.processEvents()
        time.sleep(0.01)


def fill_metadata(page) -> None:
    texts = {
        "abstract": ("Les 19 communes bruxelloises.", "De 19 Brusselse gemeenten."),
        "keywords": ("commune, limite", "gemeente, grens"),
        "lineage": ("Extrait d'UrbIS.", "Uittreksel uit UrbIS."),
        "licence": ("Licence open data", "Open data licentie"),
    }
    for name, (fr, nl) in texts.items():
        for language, text in (("fr", fr), ("nl", nl)):
            widget = page.texts[(name, language)]
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(text)
            else:
                widget.setText(text)
    for (_name, language), widget in page.texts.items():
        if language == "en":  # English is optional: none given
            widget.setPlainText("") if isinstance(widget, QPlainTextEdit) else widget.setText("")
    page.topic_combo.setCurrentIndex(page.topic_combo.findData("boundaries"))
    page.email_edit.setText("urbis@example.invalid")


def through_checks_and_metadata(wizard) -> None:
    """Validate and approve with the page's buttons, fill the metadata, go to the target page."""
    checks = wizard.checks_page
    assert wizard.currentId() == CHECKS_PAGE
    assert not checks.isComplete() and not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    checks.validate_button.click()
    assert checks.state.state == approval.VALIDATED, [checks.reasons.item(i).text()
                                                      for i in range(checks.reasons.count())]
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    checks.approver_edit.setText("Anne Approver")
    checks.comment_edit.setText("OK")
    checks.approve_button.click()
    assert checks.state.state == approval.APPROVED and checks.isComplete()
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == METADATA_PAGE
    fill_metadata(wizard.metadata_page)
    assert wizard.metadata_page.isComplete()
    wizard.next()
    assert wizard.currentId() == TARGET_PAGE


# --- targets ---------------------------------------------------------------------------------


def test_targets_round_trip_through_the_settings(tmp_path):
    settings = PluginSettings()
    assert settings.publication_targets == [] and settings.publication_store == ""
    targets = [
        PublicationTarget("Internal CSW", "csw", "http://127.0.0.1:8000/csw", "abc1234"),
        PublicationTarget("GeoNetwork", "geonetwork", "https://example.invalid/geonetwork"),
    ]
    settings.publication_targets = targets
    settings.publication_store = str(tmp_path)
    settings.publication_public_url = "https://data.example.invalid/store/"
    again = PluginSettings()
    assert again.publication_targets == targets
    assert again.publication_store == str(tmp_path)
    assert again.publication_public_url == "https://data.example.invalid/store/"
    csw = client_for(targets[0])
    assert isinstance(csw, CswClient) and csw.url == targets[0].url and csw.authcfg == "abc1234"
    assert isinstance(client_for(targets[1]), GeoNetworkClient)
    assert find_target(targets, "http://127.0.0.1:8000/csw") == targets[0]
    assert find_target(targets, "GeoNetwork") == targets[1]
    assert targets_from_json("not json") == []


def test_invalid_targets_are_refused_with_clear_reasons():
    problems = targets_problems([
        PublicationTarget("A", "csw", "ftp://example.invalid/csw"),
        PublicationTarget("B", "wms", "http://example.invalid/"),
        PublicationTarget("a", "csw", "http://example.invalid/"),
    ])
    assert any("'A'" in p and "not a valid http(s) URL" in p for p in problems)
    assert any("'B'" in p and "unknown type 'wms'" in p for p in problems)
    assert any("Two publication targets are named 'a'" in p for p in problems)
    settings = PluginSettings()
    with pytest.raises(TargetError):
        settings.publication_targets = [PublicationTarget("A", "csw", "not a url")]
    assert settings.publication_targets == []
    with pytest.raises(TargetError):
        client_for(PublicationTarget("X", "other", "http://example.invalid/"))


def test_options_section_loads_edits_and_saves(tmp_path):
    box = PublicationTargetsBox()
    KEEP.append(box)
    assert box.table.rowCount() == 0
    assert box.add_target(PublicationTarget("CSW", "csw", "http://127.0.0.1:9/csw"))
    assert not box.add_target(PublicationTarget("csw", "geonetwork", "http://example.invalid/gn"))
    assert "Two publication targets are named 'csw'" in box.status.text()
    assert box.table.rowCount() == 1
    assert box.edit_target(0, PublicationTarget("CSW", "csw", "http://127.0.0.1:9/csw", "cfg0001"))
    assert box.table.item(0, 3).text() == "cfg0001"
    box.store_widget.setFilePath(str(tmp_path))
    box.public_url_edit.setText("nonsense")
    assert not box.save() and "public base URL" in box.status.text()
    assert PluginSettings().publication_targets == []
    box.public_url_edit.setText("https://data.example.invalid/")
    assert box.save()
    settings = PluginSettings()
    assert settings.publication_targets == [PublicationTarget("CSW", "csw", "http://127.0.0.1:9/csw", "cfg0001")]
    assert settings.publication_store == str(tmp_path)
    assert settings.publication_public_url == "https://data.example.invalid/"
    other = PublicationTargetsBox()
    KEEP.append(other)
    assert other.targets() == settings.publication_targets and other.store_widget.filePath() == str(tmp_path)
    assert other.remove_target(0) and other.save() and PluginSettings().publication_targets == []


# --- the wizard ------------------------------------------------------------------------------


def test_checks_page_blocks_until_approved_and_metadata_page_lists_missing_fields(municipalities, qgis_iface,
                                                                                  tmp_path):
    layer = municipalities
    wizard = make_wizard(qgis_iface, layer, configure(tmp_path, "http://127.0.0.1:9/csw"))
    checks = wizard.checks_page
    assert checks.state.state == approval.DRAFT
    assert any("has not been validated" in checks.reasons.item(i).text() for i in range(checks.reasons.count()))
    assert not checks.approve_button.isEnabled()
    wizard.next()
    assert wizard.currentId() == CHECKS_PAGE, "Next is refused while the layer is not approved"
    checks.approve_button.setEnabled(True)
    checks.approve_button.click()  # refused: not validated
    assert "must be validated" in checks.message.text() and not checks.isComplete()
    checks.validate_button.click()
    assert "carries the house style" in checks.details.text() and "Topology: 0 error(s)" in checks.details.text()
    checks.approve_button.click()
    assert checks.isComplete() and approval.state_of(layer).state == approval.APPROVED
    assert approval.load_record(layer).approved_by == checks.approver_edit.text() == approval.current_user()
    wizard.next()

    page = wizard.metadata_page
    assert wizard.currentId() == METADATA_PAGE
    assert page.texts[("title", "fr")].text() and page.texts[("title", "nl")].text()  # prefilled
    assert not page.isComplete() and not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    assert "abstract_fr" in page.highlighted() and "abstract_nl" in page.highlighted()
    assert "Abstract (Dutch)" in page.missing_label.text() and "Contact e-mail" in page.missing_label.text()
    # The catalogue's English title is prefilled: English becomes required, until it is cleared.
    assert page.texts[("title", "en")].text() == "Municipalities" and "abstract_en" in page.highlighted()
    page.texts[("title", "en")].setText("")
    assert "abstract_en" not in page.highlighted() and "Abstract (English)" not in page.missing_label.text()
    fill_metadata(page)
    assert page.highlighted() == [] and page.isComplete()
    assert page.missing_label.text() == "All required fields are filled."
    page.texts[("title", "en")].setText("Municipalities")  # English given: its abstract becomes required
    assert "abstract_en" in page.highlighted() and not page.isComplete()
    page.texts[("title", "en")].setText("")
    assert page.isComplete()
    wizard.next()
    assert wizard.currentId() == TARGET_PAGE
    stored = load_from_layer(layer)
    assert stored is not None and stored.abstract.nl == "De 19 Brusselse gemeenten."
    assert [(k.fr, k.nl) for k in stored.keywords] == [("commune", "gemeente"), ("limite", "grens")]

    # A new wizard reads the stored metadata back.
    again = make_wizard(qgis_iface, layer, PluginSettings())
    assert again.checks_page.isComplete()
    again.next()
    assert again.metadata_page.isComplete()
    assert again.metadata_page.texts[("lineage", "fr")].toPlainText() == "Extrait d'UrbIS."
    assert again.metadata_page.identifier_label.text() == stored.identifier


def test_target_page_without_configuration_offers_the_options(municipalities, qgis_iface, monkeypatch):
    layer = municipalities
    calls = []
    monkeypatch.setattr(qgis_iface, "showOptionsDialog", lambda *args, **kwargs: calls.append(kwargs),
                        raising=False)
    wizard = make_wizard(qgis_iface, layer, PluginSettings())
    through_checks_and_metadata(wizard)
    page = wizard.target_page
    assert not page.isComplete() and not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    assert "No publication target is configured." in page.message.text()
    assert not page.options_button.isHidden()
    settings = PluginSettings()

    def configure_in_options(*_args, **kwargs):
        calls.append(kwargs)
        settings.publication_targets = [PublicationTarget("Local", "csw", "http://127.0.0.1:9/csw")]
        settings.publication_store = "/tmp/store"

    monkeypatch.setattr(qgis_iface, "showOptionsDialog", configure_in_options, raising=False)
    page.options_button.click()
    assert calls == [{"currentPage": "ParadigmCartoOptionsPage"}]
    assert page.isComplete() and page.target().name == "Local" and page.store_label.text() == "/tmp/store"
    assert page.options_button.isHidden()


def test_publish_page_publishes_to_pycsw_then_withdraw(pycsw, municipalities, qgis_iface, tmp_path):
    layer = municipalities
    settings = configure(tmp_path, pycsw.url)
    wizard = make_wizard(qgis_iface, layer, settings)
    through_checks_and_metadata(wizard)
    assert wizard.target_page.isComplete() and wizard.target_page.address_label.text() == pycsw.url
    wizard.next()
    assert wizard.currentId() == PUBLISH_PAGE
    page = wizard.publish_page
    identifier = wizard.metadata_page.metadata().identifier
    assert not page.withdraw_button.isEnabled()
    page.publish_button.click()
    assert page.is_running() and not page.isComplete()
    assert "Published" not in page.outcome.text()
    wait_for(lambda: not page.is_running())
    assert page.error is None, page.outcome.text()
    assert page.result.identifier == identifier and page.result.action == "insert"
    assert f"as record '{identifier}' (new record), revision 1." in page.outcome.text()
    assert str(page.result.package) in page.outcome.text()
    assert CswClient(pycsw.url, timeout=20).exists(identifier)
    assert approval.load_record(layer).state == approval.PUBLISHED
    assert any(identifier in m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success))
    assert page.isComplete() and page.withdraw_button.isEnabled()

    dialog = PublicationLogDialog(settings.publication_store)
    KEEP.append(dialog)
    rows = dialog.rows()
    assert len(rows) == 1
    assert rows[0][1:7] == ["Anne Approver", "publication", "Municipalities", identifier, pycsw.url, "published"]

    assert page.withdraw(confirm=False)
    assert not CswClient(pycsw.url, timeout=20).exists(identifier)
    assert approval.load_record(layer).state == approval.APPROVED
    assert not page.withdraw_button.isEnabled()
    assert not withdraw_layer(qgis_iface, layer, settings, confirm=False)  # no longer published
    dialog.refresh()
    assert [row[2] for row in dialog.rows()] == ["withdrawal", "publication"]
    assert dialog.rows()[0][6] == "withdrawn"


def test_failing_target_shows_the_failure_and_publishes_nothing(pycsw, municipalities, qgis_iface, tmp_path):
    layer = municipalities
    settings = configure(tmp_path, closed_port_url(), name="Down")
    wizard = make_wizard(qgis_iface, layer, settings)
    through_checks_and_metadata(wizard)
    wizard.next()
    page = wizard.publish_page
    identifier = wizard.metadata_page.metadata().identifier
    task = page.start()
    assert task is not None
    wait_for(lambda: not page.is_running())
    assert page.result is None and page.error is not None
    assert "failed at the step" in page.outcome.text() and "Published" not in page.outcome.text()
    assert approval.load_record(layer).state == approval.APPROVED
    store = tmp_path / "store"
    assert not any(p.is_dir() for p in store.iterdir()) if store.exists() else True
    assert not CswClient(pycsw.url, timeout=20).exists(identifier)
    assert any("failed" in m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical))
    assert page.publish_button.isEnabled() and not page.withdraw_button.isEnabled()
    entries = log.read(store)
    assert [e.result for e in entries] == ["failed"]
    assert [r[6] for r in PublicationLogDialog(store).rows()] == ["failed"]


def test_cancel_button_cancels_the_publication(pycsw, municipalities, qgis_iface, tmp_path):
    layer = municipalities
    settings = configure(tmp_path, pycsw.url)
    wizard = make_wizard(qgis_iface, layer, settings)
    through_checks_and_metadata(wizard)
    wizard.next()
    page = wizard.publish_page
    identifier = wizard.metadata_page.metadata().identifier
    task = page.start()
    task.cancel()  # before the worker starts: the same path as the Cancel button, deterministic
    page.cancel_button.click()
    wait_for(lambda: not page.is_running())
    assert page.result is None
    assert "cancelled" in page.outcome.text()
    assert not CswClient(pycsw.url, timeout=20).exists(identifier)
    assert approval.load_record(layer).state == approval.APPROVED


def test_data_changed_after_approval_is_refused_with_the_reasons(pycsw, municipalities, qgis_iface, tmp_path):
    layer = municipalities
    settings = configure(tmp_path, pycsw.url)
    wizard = make_wizard(qgis_iface, layer, settings)
    through_checks_and_metadata(wizard)
    wizard.next()
    page = wizard.publish_page
    identifier = wizard.metadata_page.metadata().identifier
    feature = next(layer.getFeatures())
    name_field = next(f.name() for f in layer.fields() if f.typeName().lower() in ("string", "text"))
    layer.startEditing()
    layer.changeAttributeValue(feature.id(), layer.fields().indexOf(name_field), "Changed")
    assert layer.commitChanges()
    page.publish_button.click()
    wait_for(lambda: not page.is_running())
    assert page.result is None
    assert "was refused" in page.outcome.text() and not page.reasons.isHidden()
    reasons = [page.reasons.item(i).text() for i in range(page.reasons.count())]
    assert any("changed since it was validated" in r for r in reasons), reasons
    assert not CswClient(pycsw.url, timeout=20).exists(identifier)
    assert any("refused" in m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning))


def test_removing_the_layer_closes_the_wizard(municipalities, qgis_iface, project, tmp_path):
    wizard = make_wizard(qgis_iface, municipalities, configure(tmp_path, "http://127.0.0.1:9/csw"))
    assert wizard.isVisible()
    project.removeMapLayer(municipalities.id())
    QCoreApplication.processEvents()
    assert wizard.layer_gone and not wizard.isVisible()


def test_action_texts_and_layer_type():
    from paradigm_carto.gui.publish_wizard import (
        log_action_text,
        publish_action_text,
        vector_layer_type,
        withdraw_action_text,
    )

    assert publish_action_text() == "Publish to catalogue…" and log_action_text() == "Publication log"
    assert withdraw_action_text() == "Withdraw from catalogue…"
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:31370", "p", "memory")
    assert layer.type() == vector_layer_type()


def test_conflict_is_shown_and_nothing_is_overwritten(pycsw, municipalities, qgis_iface, tmp_path):
    from lxml import etree

    from paradigm_carto.core.metadata.iso19139 import NSMAP, parse_xml
    from paradigm_carto.core.publication.publisher import record_stamp

    layer = municipalities
    settings = configure(tmp_path, pycsw.url)
    wizard = make_wizard(qgis_iface, layer, settings)
    through_checks_and_metadata(wizard)
    wizard.next()
    page = wizard.publish_page
    page.start()
    wait_for(lambda: not page.is_running())
    identifier = page.result.identifier
    client = CswClient(pycsw.url, timeout=20)
    other = parse_xml(client.get(identifier))  # someone else republishes from another copy
    other.find("gmd:dateStamp/gco:DateTime", NSMAP).text = "2099-01-01T00:00:00Z"
    client.publish(etree.tostring(other), identifier)

    again = make_wizard(qgis_iface, layer, settings)
    assert again.checks_page.isComplete()  # published on unchanged data
    again.next()
    again.next()
    again.next()
    assert again.currentId() == PUBLISH_PAGE
    again.publish_page.start()
    wait_for(lambda: not again.publish_page.is_running())
    text = again.publish_page.outcome.text()
    assert again.publish_page.result is None and text.startswith("Conflict:") and "2099-01-01T00:00:00Z" in text
    assert record_stamp(client.get(identifier)) == "2099-01-01T00:00:00Z", "no silent overwrite"
    assert [e.result for e in log.read(tmp_path / "store", identifier)] == ["published", "conflict"]
    client.withdraw(identifier)
