"""The CSW-T client against a real pycsw 2.6.2 on loopback, and against failing endpoints.

The pycsw venv is created once (``scripts/pycsw_server.py``, ``.venv-pycsw`` or
``$PARADIGM_PYCSW_VENV``) and one pycsw serves the whole module.
"""

from __future__ import annotations

import base64
import threading
import time
import urllib.request
import uuid
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from lxml import etree

from paradigm_carto.core.catalogue_clients.base import CatalogueClient, CatalogueError
from paradigm_carto.core.catalogue_clients.csw import CswClient
from paradigm_carto.core.metadata.iso19139 import (
    NSMAP,
    build_record_bytes,
    locale_errors,
    parse_xml,
    record_abstract,
    record_title,
    schema_errors,
)
from paradigm_carto.core.metadata.model import Contact, LayerMetadata, LocalisedText
from tests.geonetwork_stub import reset_connection
from tests.qgis_server import closed_port_url, start_failing_http_server

# OWSLib's ISO parser warns about its future API on every record (the client filters that out
# at import, which pytest's per-test warning capture undoes).
pytestmark = pytest.mark.filterwarnings("ignore::FutureWarning:owslib.*")

EXCEPTION_REPORT = b"""<?xml version="1.0" encoding="UTF-8"?>
<ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows" version="1.2.0">
  <ows:Exception exceptionCode="NoApplicableCode" locator="transaction">
    <ows:ExceptionText>Transactions are not allowed for you</ows:ExceptionText>
  </ows:Exception>
</ows:ExceptionReport>"""


def metadata(title_fr: str = "Communes", title_nl: str = "Gemeenten", **changes) -> LayerMetadata:
    data = LayerMetadata(
        title=LocalisedText(title_fr, title_nl, "Municipalities"),
        abstract=LocalisedText("Les 19 communes bruxelloises.", "De 19 Brusselse gemeenten.", "The municipalities."),
        keywords=[LocalisedText("commune", "gemeente", "municipality")],
        topic_category="boundaries",
        lineage=LocalisedText("Extrait d'UrbIS.", "Uittreksel uit UrbIS.", "From UrbIS."),
        contact=Contact("Paradigm", "urbis@example.invalid"),
        licence=LocalisedText("Licence open data", "Open data licentie", "Open data licence"),
        temporal_start="2026-01-01",
        bbox_wgs84=(4.24, 50.76, 4.48, 50.92),
        geometry_type="MultiPolygon",
        feature_count=19,
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def count_records(url: str, identifier: str) -> int:
    """How many records carry `identifier`, by a GetRecords (hits) of our own."""
    body = f"""<csw:GetRecords xmlns:csw="http://www.opengis.net/cat/csw/2.0.2"
      xmlns:ogc="http://www.opengis.net/ogc" xmlns:dc="http://purl.org/dc/elements/1.1/"
      service="CSW" version="2.0.2" resultType="hits">
      <csw:Query typeNames="csw:Record"><csw:ElementSetName>brief</csw:ElementSetName>
        <csw:Constraint version="1.1.0"><ogc:Filter><ogc:PropertyIsEqualTo>
          <ogc:PropertyName>dc:identifier</ogc:PropertyName><ogc:Literal>{identifier}</ogc:Literal>
        </ogc:PropertyIsEqualTo></ogc:Filter></csw:Constraint>
      </csw:Query>
    </csw:GetRecords>""".encode()
    request = urllib.request.Request(url, body, {"Content-Type": "application/xml"})
    with urllib.request.urlopen(request, timeout=10) as response:
        root = parse_xml(response.read())
    results = root.find("{http://www.opengis.net/cat/csw/2.0.2}SearchResults")
    assert results is not None, etree.tostring(root)
    return int(results.get("numberOfRecordsMatched"))


# --- a scriptable loopback HTTP endpoint ------------------------------------------------------

Rule = Callable[["_Handler", bytes], bool]


class _Handler(BaseHTTPRequestHandler):
    server: Endpoint

    def _handle(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.requests.append((self.command, self.path, dict(self.headers), body))
        for index, (applies, action) in enumerate(self.server.faults):
            if applies(self, body):
                del self.server.faults[index]
                action(self, body)
                return
        self.server.default(self, body)

    def do_GET(self) -> None:  # noqa: N802
        self._handle()

    def do_POST(self) -> None:  # noqa: N802
        self._handle()

    def reply(self, status: int, body: bytes, content_type: str = "application/xml") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def reset(self) -> None:
        """Close the connection with a TCP RST (SO_LINGER 0)."""
        reset_connection(self)

    def forward(self, body: bytes) -> bytes:
        """Send the request to the upstream catalogue; its URL rewritten to ours in the answer."""
        upstream = self.server.upstream
        request = urllib.request.Request(
            upstream.rstrip("/") + self.path,
            body if self.command == "POST" else None,
            {"Content-Type": self.headers.get("Content-Type") or "application/xml"},
            method=self.command,
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.read().replace(upstream.encode(), self.server.url.encode())

    def log_message(self, *args: object) -> None:
        """Stay silent."""


class Endpoint(ThreadingHTTPServer):
    """Answers per `default` (proxy to `upstream`, or a fixed reply); `faults` fire once each, in order."""

    daemon_threads = True

    def __init__(self, upstream: str = "", default=None) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.upstream = upstream
        self.url = f"http://127.0.0.1:{self.server_address[1]}/"
        self.default = default or (lambda handler, body: handler.reply(200, handler.forward(body)))
        self.faults: list[tuple[Rule, Callable[[_Handler, bytes], None]]] = []
        self.requests: list[tuple[str, str, dict, bytes]] = []
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> Endpoint:
        self._thread.start()
        return self

    def __exit__(self, *args: object) -> None:
        self.shutdown()
        self.server_close()


def is_transaction(handler: _Handler, body: bytes) -> bool:
    return handler.command == "POST" and b"Transaction" in body


def is_capabilities(handler: _Handler, body: bytes) -> bool:
    return handler.command == "GET" and "GetCapabilities" in handler.path


# --- against the real pycsw ------------------------------------------------------------------


def test_is_a_catalogue_client(pycsw):
    assert isinstance(CswClient(pycsw.url), CatalogueClient)


def test_publish_read_back_republish_search_withdraw(pycsw):
    client = CswClient(pycsw.url, timeout=20)
    record = metadata()
    identifier = record.identifier
    assert not client.exists(identifier)
    assert client.get(identifier) is None

    first = client.publish(build_record_bytes(record), identifier)
    assert (first.action, first.identifier, first.target) == ("insert", identifier, pycsw.url)
    assert client.exists(identifier)
    back = parse_xml(client.get(identifier))
    assert record_title(back) == record.title
    assert record_abstract(back) == record.abstract
    assert locale_errors(back) == []
    assert schema_errors(etree.tostring(back), pycsw.gmd_xsd) == []
    assert count_records(pycsw.url, identifier) == 1

    # Republish: an Update of the same identifier, never a duplicate.
    record.title = LocalisedText("Communes (2026)", "Gemeenten (2026)", "Municipalities (2026)")
    second = client.publish(build_record_bytes(record), identifier)
    assert second.action == "update"
    assert record_title(parse_xml(client.get(identifier))).nl == "Gemeenten (2026)"
    assert count_records(pycsw.url, identifier) == 1

    # Search in French and in Dutch (csw:AnyText PropertyIsLike), titles in the asked language.
    french = [hit for hit in client.search("Brusselse gemeenten", "nl") if hit.identifier == identifier]
    assert [hit.title for hit in french] == ["Gemeenten (2026)"]
    dutch = [hit for hit in client.search("communes bruxelloises", "fr") if hit.identifier == identifier]
    assert [hit.title for hit in dutch] == ["Communes (2026)"]
    assert [h for h in client.search("Gemeenten (2026)") if h.identifier == identifier][0].title == "Communes (2026)"
    assert client.search("no-such-words-anywhere-" + uuid.uuid4().hex) == []

    # Withdraw: gone, and withdrawing again deletes nothing.
    assert client.withdraw(identifier) is True
    assert not client.exists(identifier)
    assert count_records(pycsw.url, identifier) == 0
    assert client.withdraw(identifier) is False


def test_special_characters_survive_the_catalogue(pycsw):
    text = 'Rue "de la Loi" <16> & Co ]]> 🏙️ — שלום ‏مرحبا‎'
    record = metadata(title_fr=text, title_nl=text + " (nl)")
    client = CswClient(pycsw.url)
    client.publish(build_record_bytes(record), record.identifier)
    try:
        assert record_title(parse_xml(client.get(record.identifier))) == record.title
        assert [h.identifier for h in client.search("שלום")] == [record.identifier]
    finally:
        client.withdraw(record.identifier)


def test_wildcards_in_search_text_are_literal(pycsw):
    client = CswClient(pycsw.url)
    record = metadata(title_fr="Taux 100% garanti", title_nl="Percentage 100% gegarandeerd")
    client.publish(build_record_bytes(record), record.identifier)
    try:
        assert [h.identifier for h in client.search("100% garanti")] == [record.identifier]
        assert all(h.identifier != record.identifier for h in client.search("100%x"))
    finally:
        client.withdraw(record.identifier)


def test_record_with_another_identifier_is_refused(pycsw):
    record = metadata()
    with pytest.raises(CatalogueError) as error:
        CswClient(pycsw.url).publish(build_record_bytes(record), "some-other-id")
    assert "some-other-id" in str(error.value) and pycsw.url in str(error.value)


def test_record_with_a_dangling_locale_reference_is_refused(pycsw):
    record = metadata()
    broken = build_record_bytes(record).replace(b'locale="#NL"', b'locale="#DU"')
    with pytest.raises(CatalogueError) as error:
        CswClient(pycsw.url).publish(broken, record.identifier)
    assert "#DU" in str(error.value)
    assert count_records(pycsw.url, record.identifier) == 0


def test_retries_a_503_then_succeeds(pycsw):
    with Endpoint(pycsw.url) as proxy:
        proxy.faults.append((is_transaction, lambda handler, body: handler.reply(503, b"busy", "text/plain")))
        proxy.faults.append((is_capabilities, lambda handler, body: handler.reply(502, b"gateway", "text/plain")))
        client = CswClient(proxy.url, backoff=0.05)
        record = metadata()
        result = client.publish(build_record_bytes(record), record.identifier)
        assert result.action == "insert" and not proxy.faults
        transactions = [r for r in proxy.requests if r[0] == "POST" and b"Transaction" in r[3]]
        assert len(transactions) == 2
        assert count_records(pycsw.url, record.identifier) == 1
        client.withdraw(record.identifier)


def test_reset_after_the_insert_went_through_becomes_an_update(pycsw):
    def forward_then_reset(handler: _Handler, body: bytes) -> None:
        handler.forward(body)  # pycsw inserts the record...
        handler.reset()  # ...but the client never hears of it

    with Endpoint(pycsw.url) as proxy:
        proxy.faults.append((is_transaction, forward_then_reset))
        client = CswClient(proxy.url, backoff=0.05)
        record = metadata()
        result = client.publish(build_record_bytes(record), record.identifier)
        assert result.action == "update"
        assert count_records(pycsw.url, record.identifier) == 1
        client.withdraw(record.identifier)


def test_known_existence_saves_a_lookup_and_a_reset_retry_still_decides_again(pycsw):
    """`exists` from the caller: no GetRecordById before the write (one after it, the read-back); a retried
    Insert that had gone through still becomes an Update."""

    def forward_then_reset(handler: _Handler, body: bytes) -> None:
        handler.forward(body)
        handler.reset()

    with Endpoint(pycsw.url) as proxy:
        client = CswClient(proxy.url, backoff=0.05)
        record = metadata()
        client._connect()
        proxy.requests.clear()
        assert client.publish(build_record_bytes(record), record.identifier, exists=False).action == "insert"
        lookups = [r for r in proxy.requests if "GetRecordById" in r[1] or b"GetRecordById" in r[3]]
        assert len(lookups) == 1  # the read-back only
        renamed = metadata("Communes 2", "Gemeenten 2", identifier=record.identifier)
        assert client.publish(build_record_bytes(renamed), record.identifier, exists=True).action == "update"
        assert count_records(pycsw.url, record.identifier) == 1
        client.withdraw(record.identifier)

        proxy.faults.append((is_transaction, forward_then_reset))
        assert client.publish(build_record_bytes(record), record.identifier, exists=False).action == "update"
        assert count_records(pycsw.url, record.identifier) == 1
        client.withdraw(record.identifier)


def test_stale_existence_fails_instead_of_overwriting_or_recreating(pycsw):
    """The record appeared (insert refused by pycsw) or vanished (0 updated) since the caller looked."""
    client = CswClient(pycsw.url)
    record = metadata()
    client.publish(build_record_bytes(record), record.identifier)
    other = metadata("Autre", "Ander", identifier=record.identifier)
    with pytest.raises(CatalogueError):
        client.publish(build_record_bytes(other), record.identifier, exists=False)
    assert "Communes" in client.get(record.identifier).decode() and count_records(pycsw.url, record.identifier) == 1
    client.withdraw(record.identifier)
    with pytest.raises(CatalogueError) as error:
        client.publish(build_record_bytes(record), record.identifier, exists=True)
    assert "0" in str(error.value)
    assert client.get(record.identifier) is None


def test_gives_up_after_the_retries(pycsw):
    with Endpoint(pycsw.url, default=lambda handler, body: handler.reply(503, b"down", "text/plain")) as proxy:
        started = time.monotonic()
        with pytest.raises(CatalogueError) as error:
            CswClient(proxy.url, retries=3, backoff=0.05).exists("x")
        assert "503" in str(error.value) and proxy.url in str(error.value)
        assert len(proxy.requests) == 3
        assert time.monotonic() - started < 5


def test_exception_report_on_a_transaction_is_a_failure(pycsw):
    with Endpoint(pycsw.url) as proxy:
        proxy.faults.append((is_transaction, lambda handler, body: handler.reply(200, EXCEPTION_REPORT)))
        record = metadata()
        with pytest.raises(CatalogueError) as error:
            CswClient(proxy.url).publish(build_record_bytes(record), record.identifier)
        message = str(error.value)
        assert "NoApplicableCode" in message and "Transactions are not allowed for you" in message
        assert proxy.url in message
        assert len([r for r in proxy.requests if r[0] == "POST"]) == 1, "an ExceptionReport is not retried"
        assert count_records(pycsw.url, record.identifier) == 0


def test_real_pycsw_exception_report_is_a_failure(pycsw):
    """pycsw itself refuses a second Insert of an identifier (HTTP 200 + ExceptionReport)."""
    client = CswClient(pycsw.url)
    record = metadata()
    client.publish(build_record_bytes(record), record.identifier)
    try:
        with pytest.raises(CatalogueError) as error:
            data = build_record_bytes(record)
            client._call(lambda csw: csw.transaction(ttype="insert", typename="gmd:MD_Metadata", record=data))
        assert "catalogue reported an error" in str(error.value) and pycsw.url in str(error.value)
        print(error.value)
    finally:
        client.withdraw(record.identifier)


# --- failing endpoints --------------------------------------------------------------------


def test_catalogue_down():
    url = closed_port_url()
    started = time.monotonic()
    with pytest.raises(CatalogueError) as error:
        CswClient(url, timeout=5).exists("x")
    assert url in str(error.value) and "cannot be reached" in str(error.value)
    assert time.monotonic() - started < 3, "a refused connection is not retried"


def test_http_500_is_a_failure():
    url, stop = start_failing_http_server(500, b"deliberate failure")
    try:
        with pytest.raises(CatalogueError) as error:
            record = metadata()
            CswClient(url).publish(build_record_bytes(record), record.identifier)
    finally:
        stop()
    assert "500" in str(error.value) and "deliberate failure" in str(error.value) and url in str(error.value)


def test_http_500_on_a_post_is_a_failure(pycsw):
    """OWSLib ignores the status of POSTs; the client does not."""
    with Endpoint(pycsw.url) as proxy:
        proxy.faults.append(
            (is_transaction, lambda handler, body: handler.reply(500, handler.forward(body)))
        )
        record = metadata()
        with pytest.raises(CatalogueError) as error:
            CswClient(proxy.url).publish(build_record_bytes(record), record.identifier)
        assert "HTTP status 500" in str(error.value)
        CswClient(pycsw.url).withdraw(record.identifier)


def test_exception_report_with_http_200_is_a_failure():
    with Endpoint(default=lambda handler, body: handler.reply(200, EXCEPTION_REPORT)) as endpoint:
        with pytest.raises(CatalogueError) as error:
            CswClient(endpoint.url).exists("x")
    assert "Transactions are not allowed for you" in str(error.value)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"<csw:Capabilities xmlns:csw='http://www.opengis.net/cat/csw/2.0.2'><broken", "not valid XML"),
        (b"<html><body>Welcome to nginx</body></html>", "not a CSW response"),
        (b"", "not valid XML"),
    ],
)
def test_malformed_answer_is_a_failure(body, reason):
    with Endpoint(default=lambda handler, _: handler.reply(200, body, "text/plain")) as endpoint:
        with pytest.raises(CatalogueError) as error:
            CswClient(endpoint.url).exists("x")
    assert reason in str(error.value) and endpoint.url in str(error.value)


def test_slow_catalogue_fails_within_the_timeout():
    def slow(handler: _Handler, body: bytes) -> None:
        time.sleep(4)
        handler.reply(200, b"<late/>")

    with Endpoint(default=slow) as endpoint:
        started = time.monotonic()
        with pytest.raises(CatalogueError) as error:
            CswClient(endpoint.url, timeout=1).exists("x")
        elapsed = time.monotonic() - started
    assert "no answer within 1 s" in str(error.value)
    assert elapsed < 2.5, f"took {elapsed:.1f} s"
    assert len(endpoint.requests) == 1, "a timeout is not retried"


# --- credentials ---------------------------------------------------------------------------


def test_basic_credentials_from_a_qgis_authcfg(pycsw, qgis_app):
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword("paradigm-test-master", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("paradigm test catalogue")
    config.setConfig("username", "editor")
    config.setConfig("password", "s3cret-Pässword")
    assert manager.storeAuthenticationConfig(config)
    authcfg = config.id()

    with Endpoint(pycsw.url) as proxy:
        client = CswClient(proxy.url, authcfg=authcfg)
        record = metadata()
        client.publish(build_record_bytes(record), record.identifier)
        client.withdraw(record.identifier)
        expected = "Basic " + base64.b64encode("editor:s3cret-Pässword".encode("latin-1")).decode()
        assert {headers.get("Authorization") for _, _, headers, _ in proxy.requests} == {expected}
    assert "s3cret" not in repr(vars(client)) and "s3cret" not in repr(client._service.auth.auth_delegate)

    with pytest.raises(CatalogueError) as error:
        CswClient(pycsw.url, authcfg="nosuch1").exists("x")
    assert "nosuch1" in str(error.value)


def test_record_namespaces_used():
    """Sanity: the namespaces the client relies on."""
    assert NSMAP["gmd"] == "http://www.isotc211.org/2005/gmd"
