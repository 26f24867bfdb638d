"""Publishing an approved layer to a real pycsw 2.6.2 and a publication store; faults and rollback."""

from __future__ import annotations

import json
import sqlite3
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from lxml import etree

from paradigm_carto.core.catalogue_clients.csw import CswClient
from paradigm_carto.core.metadata.iso19139 import NSMAP, parse_xml, record_title, schema_errors
from paradigm_carto.core.metadata.model import LocalisedText
from paradigm_carto.core.publication import approval, log
from paradigm_carto.core.publication.publisher import (
    ConflictError,
    PublicationCancelledError,
    PublicationError,
    PublicationRefusedError,
    publish,
    record_stamp,
    withdraw,
)
from paradigm_carto.core.publication.store import PublicationStore, StoreError, sanitize
from tests.qgis_server import closed_port_url, start_failing_http_server
from tests.test_approval import approved, full_metadata
from tests.test_csw_client import count_records

pytestmark = pytest.mark.filterwarnings("ignore::FutureWarning:owslib.*")

EXCEPTION_REPORT = b"""<?xml version="1.0" encoding="UTF-8"?>
<ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows" version="1.2.0">
  <ows:Exception exceptionCode="NoApplicableCode" locator="transaction">
    <ows:ExceptionText>Transactions are not allowed for you</ows:ExceptionText>
  </ows:Exception>
</ows:ExceptionReport>"""


def get_record_by_id(url: str, identifier: str) -> etree._Element | None:
    query = urllib.parse.urlencode(
        {
            "service": "CSW",
            "version": "2.0.2",
            "request": "GetRecordById",
            "id": identifier,
            "outputSchema": "http://www.isotc211.org/2005/gmd",
            "elementSetName": "full",
        }
    )
    with urllib.request.urlopen(f"{url}?{query}", timeout=20) as response:
        root = parse_xml(response.read())
    return root.find(".//{http://www.isotc211.org/2005/gmd}MD_Metadata")


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (relative path -> bytes), the log aside."""
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "publication_log.jsonl"
    }


# --- end to end -------------------------------------------------------------------


def test_publish_republish_conflict_withdraw(pycsw, municipalities, tmp_path):
    layer = approved(municipalities)
    store = PublicationStore(tmp_path / "store")
    client = CswClient(pycsw.url, timeout=20)
    metadata = full_metadata(layer)
    identifier = metadata.identifier

    result = publish(layer, metadata, client, store, who="Pat Publisher")
    assert (result.action, result.identifier, result.revision) == ("insert", identifier, 1)
    folder = store.folder(identifier)
    assert folder.name == sanitize(identifier)
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["Municipalities.gpkg", "Municipalities.sld", "Municipalities.xml", "manifest.json"]
    assert result.package == folder / "Municipalities.gpkg"

    # The package: the 19 features, the house style as the default style.
    from qgis.core import QgsVectorLayer

    package = QgsVectorLayer(f"{result.package}|layername=Municipalities", "p", "ogr")
    assert package.isValid() and package.featureCount() == 19
    with sqlite3.connect(result.package) as connection:
        sql = "SELECT f_table_name, useAsDefault, styleQML, styleSLD FROM layer_styles"
        styles = connection.execute(sql).fetchall()
    assert len(styles) == 1 and styles[0][0] == "Municipalities" and styles[0][1] == 1
    assert "<renderer-v2" in styles[0][2] and "StyledLayerDescriptor" in styles[0][3]
    assert package.renderer().type() == layer.renderer().type()
    assert "StyledLayerDescriptor" in (folder / "Municipalities.sld").read_text(encoding="utf-8")
    xml = (folder / "Municipalities.xml").read_bytes()
    assert schema_errors(xml, pycsw.gmd_xsd) == []
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["identifier"] == identifier and manifest["revision"] == 1

    # The record: found by GetRecordById, FR and NL titles, the download link to the package.
    record = get_record_by_id(pycsw.url, identifier)
    assert record is not None
    assert (record_title(record).fr, record_title(record).nl) == ("Communes", "Gemeenten")
    links = record.xpath("//gmd:CI_OnlineResource/gmd:linkage/gmd:URL/text()", namespaces=NSMAP)
    assert links[0] == result.package.resolve().as_uri() == result.download_url
    assert count_records(pycsw.url, identifier) == 1

    # State: published, stored in the GeoPackage (a fresh layer sees it), identifier kept.
    fresh = QgsVectorLayer(f"{layer.gpkg_path}|layername=Municipalities", "Municipalities", "ogr")
    state = approval.state_of(fresh)
    assert state.state == approval.PUBLISHED
    assert (state.record.identifier, state.record.revision, state.record.published_by) == (
        identifier,
        1,
        "Pat Publisher",
    )
    assert state.record.date_stamp == record_stamp(client.get(identifier))

    # Republish: an update of the same record, never a duplicate.
    metadata.title = LocalisedText("Communes (2026)", "Gemeenten (2026)", "")
    second = publish(layer, metadata, client, store, who="Pat Publisher")
    assert (second.action, second.revision) == ("update", 2)
    assert count_records(pycsw.url, identifier) == 1
    assert record_title(parse_xml(client.get(identifier))).nl == "Gemeenten (2026)"
    assert json.loads((folder / "manifest.json").read_text())["revision"] == 2
    assert not [p for p in folder.iterdir() if p.name.startswith(".")], "no temporary or backup file left"

    # Conflict: someone else republished (another copy): this copy's revision is stale.
    other = parse_xml(client.get(identifier))
    stamp = other.find("gmd:dateStamp/gco:DateTime", NSMAP)
    stamp.text = "2099-01-01T00:00:00Z"
    client.publish(etree.tostring(other), identifier)
    before = snapshot(store.root)
    with pytest.raises(ConflictError) as error:
        publish(layer, metadata, client, store)
    assert identifier in str(error.value) and "2099-01-01T00:00:00Z" in str(error.value)
    assert snapshot(store.root) == before
    assert record_stamp(client.get(identifier)) == "2099-01-01T00:00:00Z", "no silent overwrite"
    entries = log.read(store.root, identifier)
    assert [e.result for e in entries] == ["published", "published", "conflict"]
    assert entries[0].who == "Pat Publisher" and entries[0].file.endswith("Municipalities.gpkg")
    assert entries[0].target == pycsw.url

    # Withdraw: record and package gone, state back to approved.
    assert withdraw(layer, client, store, who="Pat Publisher") is True
    assert client.get(identifier) is None and count_records(pycsw.url, identifier) == 0
    assert not folder.exists()
    assert approval.state_of(layer).state == approval.APPROVED
    assert log.read(store.root, identifier)[-1].result == "withdrawn"

    # Publishing again after the withdrawal: a new insert of the same identifier.
    third = publish(layer, metadata, client, store)
    assert third.action == "insert" and third.identifier == identifier
    withdraw(identifier, client, store)
    assert client.get(identifier) is None and not folder.exists()


def test_public_base_url_for_the_download_link(pycsw, municipalities, tmp_path):
    layer = approved(municipalities)
    store = PublicationStore(tmp_path / "store", "https://data.example.invalid/pub/")
    client = CswClient(pycsw.url)
    metadata = full_metadata(layer)
    try:
        result = publish(layer, metadata, client, store)
        expected = f"https://data.example.invalid/pub/{sanitize(metadata.identifier)}/Municipalities.gpkg"
        assert result.download_url == expected
        record = parse_xml(client.get(metadata.identifier))
        assert record.xpath("//gmd:linkage/gmd:URL/text()", namespaces=NSMAP)[0] == expected
    finally:
        client.withdraw(metadata.identifier)


def test_special_characters_round_trip(pycsw, municipalities, tmp_path):
    layer = approved(municipalities)
    text = 'Communes "<19>" & Co ]]> 🏙️ — שלום ‏مرحبا‎'
    metadata = full_metadata(layer, title=LocalisedText(text, text + " (nl)", ""))
    metadata.abstract = LocalisedText("a < b & c > d 'quoted' \"double\" 🚲", "עברית ‏العربية‎", "")
    client = CswClient(pycsw.url)
    try:
        publish(layer, metadata, client, PublicationStore(tmp_path / "store"))
        record = get_record_by_id(pycsw.url, metadata.identifier)
        assert record_title(record) == metadata.title
        from paradigm_carto.core.metadata.iso19139 import record_abstract

        assert record_abstract(record) == metadata.abstract
    finally:
        client.withdraw(metadata.identifier)


# --- refusals -----------------------------------------------------------------------


def test_refuses_a_layer_that_is_not_approved_valid_or_conformant(pycsw, municipalities, tmp_path):
    from qgis.core import QgsSingleSymbolRenderer, QgsSymbol

    layer = municipalities
    store = PublicationStore(tmp_path / "store")
    client = CswClient(pycsw.url)
    metadata = full_metadata(layer)
    with pytest.raises(PublicationRefusedError) as error:
        publish(layer, metadata, client, store)
    assert "'Municipalities'" in str(error.value) and "not been validated" in str(error.value)

    approval.validate(layer)
    with pytest.raises(PublicationRefusedError) as error:
        publish(layer, metadata, client, store)
    assert any("not approved" in reason for reason in error.value.reasons)

    approval.approve(layer, "Anne")
    layer.setRenderer(QgsSingleSymbolRenderer(QgsSymbol.defaultSymbol(layer.geometryType())))
    metadata.abstract = LocalisedText("", "", "")
    with pytest.raises(PublicationRefusedError) as error:
        publish(layer, metadata, client, store)
    reasons = error.value.reasons
    assert any("house style" in r for r in reasons) and any("Abstract (French)" in r for r in reasons)
    assert all("Municipalities" in r for r in reasons)
    assert client.get(metadata.identifier) is None
    assert not (store.root / sanitize(metadata.identifier)).exists()


# --- faults: the store and the catalogue stay as they were ------------------------------------


def published_once(pycsw, layer, tmp_path):
    store = PublicationStore(tmp_path / "store")
    metadata = full_metadata(layer)
    publish(approved(layer), metadata, CswClient(pycsw.url), store)
    return store, metadata


@pytest.mark.parametrize("fault", ["down", "http500", "exception_report"])
def test_catalogue_failure_restores_the_previous_package(pycsw, municipalities, tmp_path, fault):
    store, metadata = published_once(pycsw, municipalities, tmp_path)
    identifier = metadata.identifier
    before_store = snapshot(store.root)
    before_record = CswClient(pycsw.url).get(identifier)
    metadata.title = LocalisedText("Communes v2", "Gemeenten v2", "")
    stop = None
    if fault == "down":
        url = closed_port_url()
    elif fault == "http500":
        url, stop = start_failing_http_server(500, b"deliberate failure")
    else:
        url, stop = _exception_report_on_transactions(pycsw.url)
    try:
        with pytest.raises(PublicationError) as error:
            publish(municipalities, metadata, CswClient(url, timeout=5, backoff=0.05), store)
    finally:
        if stop:
            stop()
    message = str(error.value)
    assert "'Municipalities'" in message and url in message
    assert {"down": "cannot be reached", "http500": "500", "exception_report": "not allowed for you"}[fault] in message
    assert snapshot(store.root) == before_store, "the previous package is intact"
    assert CswClient(pycsw.url).get(identifier) == before_record
    assert approval.state_of(municipalities).record.revision == 1
    assert log.read(store.root, identifier)[-1].result == "failed"
    CswClient(pycsw.url).withdraw(identifier)


def _exception_report_on_transactions(upstream: str):
    """A proxy to pycsw answering every Transaction with an ExceptionReport (HTTP 200)."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def _handle(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if self.command == "POST" and b"Transaction" in body:
                answer = EXCEPTION_REPORT
            else:
                request = urllib.request.Request(
                    upstream.rstrip("/") + self.path,
                    body if self.command == "POST" else None,
                    {"Content-Type": self.headers.get("Content-Type") or "application/xml"},
                    method=self.command,
                )
                with urllib.request.urlopen(request, timeout=30) as response:
                    answer = response.read().replace(upstream.encode(), url.encode())
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def do_GET(self) -> None:
            self._handle()

        def do_POST(self) -> None:
            self._handle()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def stop() -> None:
        server.shutdown()
        server.server_close()

    return url, stop


def test_first_publication_failing_leaves_nothing(municipalities, tmp_path):
    layer = approved(municipalities)
    store = PublicationStore(tmp_path / "store")
    metadata = full_metadata(layer)
    url, stop = start_failing_http_server(500, b"deliberate failure")
    try:
        with pytest.raises(PublicationError):
            publish(layer, metadata, CswClient(url), store)
    finally:
        stop()
    assert snapshot(store.root) == {}
    assert approval.state_of(layer).state == approval.APPROVED


def test_store_not_writable(pycsw, municipalities, tmp_path):
    """A store under a regular file cannot be created, even by root."""
    layer = approved(municipalities)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    store = PublicationStore(blocker / "store")
    metadata = full_metadata(layer)
    with pytest.raises(StoreError):
        store.check_writable()
    with pytest.raises(PublicationError) as error:
        publish(layer, metadata, CswClient(pycsw.url), store)
    assert str(blocker / "store") in str(error.value) and "'Municipalities'" in str(error.value)
    assert CswClient(pycsw.url).get(metadata.identifier) is None
    assert blocker.read_text() == "not a folder"


class CancelAt:
    """A QgsFeedback cancelled the `n`-th time isCanceled() is asked."""

    def __new__(cls, n: int):
        from qgis.core import QgsFeedback

        class Feedback(QgsFeedback):
            def __init__(self) -> None:
                super().__init__()
                self.asked = 0

            def isCanceled(self) -> bool:  # noqa: N802
                self.asked += 1
                if self.asked >= n:
                    self.cancel()
                return super().isCanceled()

        return Feedback()


def test_cancel_at_every_safe_point_leaves_store_and_catalogue_as_they_were(pycsw, municipalities, tmp_path):
    store, metadata = published_once(pycsw, municipalities, tmp_path)
    client = CswClient(pycsw.url)
    before_store = snapshot(store.root)
    before_record = client.get(metadata.identifier)
    metadata.title = LocalisedText("Communes v2", "Gemeenten v2", "")
    cancelled_at = []
    for n in range(1, 60):
        feedback = CancelAt(n)
        try:
            publish(municipalities, metadata, client, store, feedback)
        except PublicationCancelledError as error:
            cancelled_at.append(error.step)
            assert snapshot(store.root) == before_store, f"cancelled at check {n}"
            assert client.get(metadata.identifier) == before_record
            continue
        break  # the publication got past the last safe point: it went through
    assert len(set(cancelled_at)) >= 3, cancelled_at
    assert record_title(parse_xml(client.get(metadata.identifier))).fr == "Communes v2"
    client.withdraw(metadata.identifier)


def test_sanitize():
    assert sanitize("../../etc/passwd") == "etc_passwd"
    assert sanitize("Bâtiments / Gebouwen") == "Batiments_Gebouwen"
    assert sanitize("..") == "dataset" and sanitize("") == "dataset"
    assert sanitize("a" * 300) == "a" * 80
    assert "/" not in sanitize("x/y\\z") and sanitize(".hidden") == "hidden"


def test_data_edited_after_approval_is_refused_and_nothing_changes(pycsw, municipalities, tmp_path):
    store, metadata = published_once(pycsw, municipalities, tmp_path)
    client = CswClient(pycsw.url)
    before_store, before_record = snapshot(store.root), client.get(metadata.identifier)
    layer = municipalities
    feature = next(layer.getFeatures())
    layer.startEditing()
    layer.changeAttributeValue(feature.id(), layer.fields().indexOf("NAMEFRE"), "Modifié")
    assert layer.commitChanges()
    with pytest.raises(PublicationRefusedError) as error:
        publish(layer, metadata, client, store)
    assert "The data of layer 'Municipalities' changed since it was validated." in error.value.reasons
    assert snapshot(store.root) == before_store
    assert client.get(metadata.identifier) == before_record
    assert log.read(store.root, metadata.identifier)[-1].result == "refused"
    client.withdraw(metadata.identifier)
