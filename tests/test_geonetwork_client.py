"""The GeoNetwork 4 REST client against the loopback stub (tests/geonetwork_stub.py).

GeoNetwork cannot run here; the stub enforces its protocol (XSRF cookie and
header, basic auth, uuidProcessing, the import report, update-fixed-info's
language rewriting). docs/geonetwork.md says what is modelled and what is assumed.
"""

from __future__ import annotations

import base64
import json
import logging
import time
import urllib.error
import urllib.request

import pytest

from paradigm_carto.core.catalogue_clients.base import CatalogueClient, CatalogueError
from paradigm_carto.core.catalogue_clients.geonetwork import GeoNetworkClient, language_code, titles_by_language
from paradigm_carto.core.metadata.iso19139 import build_record_bytes, parse_xml, record_identifier
from paradigm_carto.core.metadata.model import LocalisedText
from tests.geonetwork_stub import GeoNetworkStub, answer, on, process_then_reset, slow
from tests.qgis_server import closed_port_url
from tests.test_csw_client import metadata

USER, PASSWORD = "editor", "s3cret-Pässword"
GMD = "http://www.isotc211.org/2005/gmd"


@pytest.fixture(scope="module")
def authcfg(qgis_app) -> str:
    """A QGIS Basic authentication configuration holding the stub's editor."""
    return _store_authcfg(USER, PASSWORD)


@pytest.fixture(scope="module")
def wrong_authcfg(qgis_app) -> str:
    return _store_authcfg(USER, "not-the-Pässword")


def _store_authcfg(user: str, password: str) -> str:
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword("paradigm-test-master", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName(f"paradigm test geonetwork {user}")
    config.setConfig("username", user)
    config.setConfig("password", password)
    assert manager.storeAuthenticationConfig(config)
    return config.id()


@pytest.fixture
def stub():
    with GeoNetworkStub(users={USER: PASSWORD}) as server:
        yield server


def raw(stub: GeoNetworkStub, method: str, path: str, body: bytes = b"", headers: dict | None = None):
    """A request of our own (urllib, no cookie jar): (status, headers, body)."""
    request = urllib.request.Request(stub.url + path, body or None, headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def basic(user: str = USER, password: str = PASSWORD) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode("latin-1")).decode()


def puts(stub: GeoNetworkStub) -> list:
    return [r for r in stub.requests if r[0] == "PUT" and r[1].split("?")[0].endswith("/srv/api/records")]


# --- the stub enforces the protocol (raw requests) ---------------------------------------------


def test_stub_refuses_a_write_without_the_xsrf_handshake(stub):
    record = build_record_bytes(metadata())
    headers = {"Content-Type": "application/xml", "Authorization": basic()}
    status, answer_headers, _ = raw(stub, "PUT", "/srv/api/records?uuidProcessing=OVERWRITE", record, headers)
    assert status == 403
    assert "XSRF-TOKEN=" in (answer_headers.get("Set-Cookie") or ""), "the refusal hands out a cookie"
    # A header without the cookie, and a cookie with another header, are refused too.
    token = answer_headers["Set-Cookie"].split("=", 1)[1].split(";")[0]
    status, _, _ = raw(
        stub, "PUT", "/srv/api/records?uuidProcessing=OVERWRITE", record, {**headers, "X-XSRF-TOKEN": token}
    )
    assert status == 403
    status, _, _ = raw(
        stub,
        "PUT",
        "/srv/api/records?uuidProcessing=OVERWRITE",
        record,
        {**headers, "Cookie": f"XSRF-TOKEN={token}", "X-XSRF-TOKEN": "forged"},
    )
    assert status == 403
    assert stub.records == {}
    # With both, the same request goes through.
    status, _, body = raw(
        stub,
        "PUT",
        "/srv/api/records?uuidProcessing=OVERWRITE",
        record,
        {**headers, "Cookie": f"XSRF-TOKEN={token}", "X-XSRF-TOKEN": token},
    )
    assert status == 201 and json.loads(body)["numberOfRecordsProcessed"] == 1


def test_stub_me_sets_the_cookie_whatever_the_status(stub):
    status, headers, _ = raw(stub, "GET", "/srv/api/me")
    assert status == 204 and "XSRF-TOKEN=" in headers["Set-Cookie"] and "Path=/geonetwork" in headers["Set-Cookie"]
    status, headers, _ = raw(stub, "GET", "/srv/api/me", headers={"Authorization": basic(password="wrong")})
    assert status == 401 and headers["WWW-Authenticate"].startswith("Basic")
    assert "XSRF-TOKEN=" in headers["Set-Cookie"]
    status, _, body = raw(stub, "GET", "/srv/api/me", headers={"Authorization": basic()})
    assert status == 200 and json.loads(body)["username"] == USER


def test_stub_uuid_processing_semantics(stub):
    status, headers, _ = raw(stub, "GET", "/srv/api/me")
    token = headers["Set-Cookie"].split("=", 1)[1].split(";")[0]
    auth = {
        "Content-Type": "application/xml",
        "Authorization": basic(),
        "Cookie": f"XSRF-TOKEN={token}",
        "X-XSRF-TOKEN": token,
    }
    record = metadata()
    data = build_record_bytes(record)
    # Anonymous writes are refused (403, GeoNetwork's AccessDenied), wrong credentials get 401.
    assert raw(stub, "PUT", "/srv/api/records", data, {**auth, "Authorization": ""})[0] in (401, 403)
    assert raw(stub, "PUT", "/srv/api/records", data, {k: v for k, v in auth.items() if k != "Authorization"})[0] == 403
    status, headers, _ = raw(stub, "PUT", "/srv/api/records", data, {**auth, "Authorization": basic(password="x")})
    assert status == 401 and "Basic" in headers["WWW-Authenticate"]
    # Unknown enum value: 400. No uuidProcessing: GeoNetwork's default NOTHING (insert only).
    assert raw(stub, "PUT", "/srv/api/records?uuidProcessing=NOCHANGE", data, auth)[0] == 400
    assert raw(stub, "PUT", "/srv/api/records", data, auth)[0] == 201
    status, _, body = raw(stub, "PUT", "/srv/api/records?uuidProcessing=NOTHING", data, auth)
    assert status == 400 and "already exist" in json.loads(body)["description"]
    # OVERWRITE keeps one record; GENERATEUUID makes a second one with a new uuid.
    assert raw(stub, "PUT", "/srv/api/records?uuidProcessing=OVERWRITE", data, auth)[0] == 201
    assert list(stub.records) == [record.identifier]
    status, _, body = raw(stub, "PUT", "/srv/api/records?uuidProcessing=GENERATEUUID", data, auth)
    assert status == 201 and len(stub.records) == 2
    # Malformed XML and a missing body: 400.
    assert raw(stub, "PUT", "/srv/api/records?uuidProcessing=OVERWRITE", b"<broken", auth)[0] == 400
    # Deletion needs the token too.
    no_token = {k: v for k, v in auth.items() if k not in ("Cookie", "X-XSRF-TOKEN")}
    assert raw(stub, "DELETE", f"/srv/api/records/{record.identifier}", headers=no_token)[0] == 403
    assert raw(stub, "DELETE", f"/srv/api/records/{record.identifier}", headers=auth)[0] == 204
    assert raw(stub, "DELETE", f"/srv/api/records/{record.identifier}", headers=auth)[0] == 404


def test_stub_rewrites_locales_like_geonetwork(stub):
    record = metadata()
    data = build_record_bytes(record).replace(b'id="NL"', b'id="DU"').replace(b'"#NL"', b'"#DU"')
    status, headers, _ = raw(stub, "GET", "/srv/api/me")
    token = headers["Set-Cookie"].split("=", 1)[1].split(";")[0]
    auth = {
        "Content-Type": "application/xml",
        "Authorization": basic(),
        "Cookie": f"XSRF-TOKEN={token}",
        "X-XSRF-TOKEN": token,
    }
    assert raw(stub, "PUT", "/srv/api/records?uuidProcessing=OVERWRITE", data, auth)[0] == 201
    stored = stub.records[record.identifier].xml
    assert b'id="DU"' not in stored and b'locale="#NL"' in stored and b'id="FR"' in stored
    assert b'locale="#FR"' in stored, "the main language is added as a translation"
    assert b'codeListValue="fre"' in stored and b'codeListValue="dut"' in stored


# --- the client ----------------------------------------------------------------------------------


def test_is_a_catalogue_client(stub):
    assert isinstance(GeoNetworkClient(stub.url), CatalogueClient)


def test_publish_read_back_republish_search_withdraw(stub, authcfg):
    client = GeoNetworkClient(stub.url, authcfg=authcfg, timeout=10)
    record = metadata()
    identifier = record.identifier
    assert not client.exists(identifier)
    assert client.get(identifier) is None

    first = client.publish(build_record_bytes(record), identifier)
    assert (first.action, first.identifier, first.target) == ("insert", identifier, stub.url)
    assert stub.records[identifier].published, "publishToAll=true made it public"
    back = parse_xml(client.get(identifier))
    assert record_identifier(back) == identifier
    assert titles_by_language(back) == {"fr": "Communes", "nl": "Gemeenten", "en": "Municipalities"}
    # Every write carried the token of the cookie GeoNetwork set.
    writes = [r for r in stub.requests if r[0] in ("PUT", "DELETE", "POST")]
    assert writes and all(
        r[2].get("X-XSRF-TOKEN") and f"XSRF-TOKEN={r[2]['X-XSRF-TOKEN']}" in r[2].get("Cookie", "") for r in writes
    )
    put = puts(stub)[-1]
    assert "uuidProcessing=OVERWRITE" in put[1] and "publishToAll=true" in put[1] and "metadataType=METADATA" in put[1]
    assert put[2]["Content-Type"] == "application/xml"

    # Republish: an overwrite of the same uuid, never a duplicate.
    record.title = LocalisedText("Communes (2026)", "Gemeenten (2026)", "Municipalities (2026)")
    second = client.publish(build_record_bytes(record), identifier)
    assert second.action == "update"
    assert list(stub.records) == [identifier]
    assert titles_by_language(parse_xml(client.get(identifier)))["nl"] == "Gemeenten (2026)"

    hits = client.search("brusselse gemeenten", "nl")
    assert [(h.identifier, h.title) for h in hits] == [(identifier, "Gemeenten (2026)")]
    assert client.search("Gemeenten (2026)")[0].title == "Communes (2026)"
    assert client.search("no-such-words-anywhere") == []

    assert client.withdraw(identifier) is True
    assert not client.exists(identifier) and stub.records == {}
    assert client.withdraw(identifier) is False


def test_a_draft_left_by_a_workflow_is_published(authcfg):
    with GeoNetworkStub(users={USER: PASSWORD}, workflow=True) as stub:
        record = metadata()
        GeoNetworkClient(stub.url, authcfg=authcfg).publish(build_record_bytes(record), record.identifier)
        assert stub.records[record.identifier].published
        assert any(r[0] == "PUT" and r[1].endswith(f"/records/{record.identifier}/publish") for r in stub.requests)


def test_language_codes_rewritten_by_geonetwork_still_compare(stub, authcfg):
    """Locale ids 'DU' (for dut) come back as 'NL', plus an added '#FR' copy: titles still match."""
    record = metadata()
    data = build_record_bytes(record).replace(b'id="NL"', b'id="DU"').replace(b'"#NL"', b'"#DU"')
    result = GeoNetworkClient(stub.url, authcfg=authcfg).publish(data, record.identifier)
    assert result.verified
    assert b'locale="#NL"' in stub.records[record.identifier].xml


def test_titles_by_language_accepts_every_code_form():
    record = parse_xml(build_record_bytes(metadata()))
    for old, new in ((b'"fre"', b'"fra"'), (b'"dut"', b'"nld"'), (b'"fre"', b'"fr"')):
        changed = parse_xml(build_record_bytes(metadata()).replace(old, new))
        assert titles_by_language(changed) == titles_by_language(record)
    assert [language_code(c) for c in ("fre", "FRA", "#FR", "dut", "nld", "NL", "eng")] == [
        "fr",
        "fr",
        "fr",
        "nl",
        "nl",
        "nl",
        "en",
    ]


def test_read_back_that_lost_a_translation_is_a_failure(stub, authcfg):
    record = metadata()
    client = GeoNetworkClient(stub.url, authcfg=authcfg)
    client.publish(build_record_bytes(record), record.identifier)
    corrupted = stub.records[record.identifier].xml.replace(b">Gemeenten<", b">Gemeente<")

    def after_the_second_put(handler) -> bool:
        return on("GET", "/formatters/xml")(handler) and len(puts(stub)) == 2

    # The overwrite goes through; the read-back shows a record that lost its Dutch title.
    stub.faults.append((after_the_second_put, lambda h: h.reply(200, corrupted, "application/xml")))
    with pytest.raises(CatalogueError) as error:
        client.publish(build_record_bytes(record), record.identifier)
    assert "title (nl)" in str(error.value) and stub.url in str(error.value)


def test_stale_token_redoes_the_handshake_once(stub, authcfg):
    client = GeoNetworkClient(stub.url, authcfg=authcfg)
    first = metadata()
    client.publish(build_record_bytes(first), first.identifier)
    handshakes = sum(1 for r in stub.requests if r[1].endswith("/srv/api/me"))
    stub.rotate_tokens()
    second = metadata(title_fr="Secteurs", title_nl="Sectoren")
    client.publish(build_record_bytes(second), second.identifier)
    assert second.identifier in stub.records
    assert sum(1 for r in stub.requests if r[1].endswith("/srv/api/me")) == handshakes + 1
    statuses = [r for r in puts(stub)]
    assert len(statuses) == 3, "first publish, refused PUT, PUT again"


def test_a_403_that_persists_is_a_failure(stub, authcfg):
    forbidden = answer(403, b'{"code":"forbidden","message":"NotAllowedException","description":"no right"}')
    stub.faults.extend([(on("PUT", "/srv/api/records?"), forbidden), (on("PUT", "/srv/api/records?"), forbidden)])
    record = metadata()
    with pytest.raises(CatalogueError) as error:
        GeoNetworkClient(stub.url, authcfg=authcfg).publish(build_record_bytes(record), record.identifier)
    assert "403" in str(error.value) and "no right" in str(error.value)
    assert stub.records == {}


def test_wrong_credentials_are_a_clear_failure(stub, wrong_authcfg, caplog):
    caplog.set_level(logging.DEBUG)
    record = metadata()
    with pytest.raises(CatalogueError) as error:
        GeoNetworkClient(stub.url, authcfg=wrong_authcfg).publish(build_record_bytes(record), record.identifier)
    message = str(error.value)
    assert "401" in message and "user name or password" in message and stub.url in message
    assert "not-the-Pässword" not in message and "not-the-Pässword" not in caplog.text
    assert stub.records == {}


def test_anonymous_write_is_a_failure(stub):
    record = metadata()
    with pytest.raises(CatalogueError) as error:
        GeoNetworkClient(stub.url).publish(build_record_bytes(record), record.identifier)
    assert "403" in str(error.value)


def test_credentials_never_logged_nor_shown(stub, authcfg, caplog):
    caplog.set_level(logging.DEBUG)
    client = GeoNetworkClient(stub.url, authcfg=authcfg)
    record = metadata()
    client.publish(build_record_bytes(record), record.identifier)
    stub.faults.append((on("DELETE", "/records/"), answer(500, b'{"description":"boom"}')))
    with pytest.raises(CatalogueError) as error:
        client.withdraw(record.identifier)
    encoded = base64.b64encode(f"{USER}:{PASSWORD}".encode("latin-1")).decode()
    for text in (caplog.text, str(error.value), repr(client), repr(vars(client)), repr(client._session.auth)):
        assert PASSWORD not in text and encoded not in text
    expected = basic()
    assert {r[2].get("Authorization") for r in stub.requests} == {expected}


def test_http_500_is_a_failure_not_retried(stub, authcfg):
    stub.faults.append((on("PUT", "/srv/api/records?"), answer(500, b'{"description":"deliberate failure"}')))
    record = metadata()
    with pytest.raises(CatalogueError) as error:
        GeoNetworkClient(stub.url, authcfg=authcfg, backoff=0.01).publish(build_record_bytes(record), record.identifier)
    assert "HTTP status 500" in str(error.value) and "deliberate failure" in str(error.value)
    assert len(puts(stub)) == 1


def test_retries_503_then_succeeds(stub, authcfg):
    busy = answer(503, b"busy", "text/plain")
    stub.faults.extend([(on("PUT", "/srv/api/records?"), busy), (on("GET", "/formatters/xml"), answer(502, b"gw"))])
    record = metadata()
    result = GeoNetworkClient(stub.url, authcfg=authcfg, backoff=0.01).publish(
        build_record_bytes(record), record.identifier
    )
    assert result.action == "insert" and not stub.faults
    assert len(puts(stub)) == 2 and list(stub.records) == [record.identifier]


def test_reset_after_the_put_went_through_is_retried_without_duplicate(stub, authcfg):
    stub.faults.append((on("PUT", "/srv/api/records?"), process_then_reset))
    record = metadata()
    result = GeoNetworkClient(stub.url, authcfg=authcfg, backoff=0.01).publish(
        build_record_bytes(record), record.identifier
    )
    assert result.action == "insert" and not stub.faults
    assert len(puts(stub)) == 2, "the PUT was sent again after the reset"
    assert list(stub.records) == [record.identifier], "OVERWRITE: the second PUT made no duplicate"


def test_gives_up_after_the_retries(stub, authcfg):
    for _ in range(5):
        stub.faults.append((on("GET", "/formatters/xml"), answer(504, b"timeout", "text/plain")))
    started = time.monotonic()
    with pytest.raises(CatalogueError) as error:
        GeoNetworkClient(stub.url, authcfg=authcfg, retries=3, backoff=0.01).exists("x")
    assert "504" in str(error.value) and len(stub.requests) == 3
    assert time.monotonic() - started < 3


def test_report_with_errors_and_status_201_is_a_failure(stub, authcfg):
    report = {
        "errors": [{"message": "Record can't be imported due to the following error.", "stack": "..."}],
        "infos": [],
        "metadataErrors": {},
        "metadataInfos": {},
        "numberOfRecordsProcessed": 1,
        "numberOfRecordsWithErrors": 0,
        "type": "SimpleMetadataProcessingReport",
    }
    stub.faults.append((on("PUT", "/srv/api/records?"), answer(201, json.dumps(report).encode())))
    record = metadata()
    with pytest.raises(CatalogueError) as error:
        GeoNetworkClient(stub.url, authcfg=authcfg).publish(build_record_bytes(record), record.identifier)
    assert "Record can't be imported" in str(error.value)


@pytest.mark.parametrize(
    "report",
    [
        {
            "errors": [],
            "metadataErrors": {"12": [{"message": "schematron failed"}]},
            "numberOfRecordsWithErrors": 1,
            "numberOfRecordsProcessed": 1,
            "metadataInfos": {},
        },
        {
            "errors": [],
            "metadataErrors": {},
            "numberOfRecordsWithErrors": 0,
            "numberOfRecordsProcessed": 0,
            "metadataInfos": {},
        },
        {
            "errors": [],
            "metadataErrors": {},
            "numberOfRecordsWithErrors": 0,
            "numberOfRecordsProcessed": 1,
            "metadataInfos": {"12": [{"message": "Metadata imported from XML with UUID 'another-one'"}]},
        },
        ["not", "a", "report"],
    ],
)
def test_report_that_is_not_a_success_is_a_failure(stub, authcfg, report):
    stub.faults.append((on("PUT", "/srv/api/records?"), answer(201, json.dumps(report).encode())))
    record = metadata()
    with pytest.raises(CatalogueError):
        GeoNetworkClient(stub.url, authcfg=authcfg).publish(build_record_bytes(record), record.identifier)


def test_malformed_json_is_a_failure(stub, authcfg):
    stub.faults.append((on("PUT", "/srv/api/records?"), answer(201, b'{"errors": [], "numberOfRec')))
    record = metadata()
    with pytest.raises(CatalogueError) as error:
        GeoNetworkClient(stub.url, authcfg=authcfg).publish(build_record_bytes(record), record.identifier)
    assert "not valid JSON" in str(error.value)


def test_malformed_xml_is_a_failure(stub, authcfg):
    stub.faults.append((on("GET", "/formatters/xml"), answer(200, b"<gmd:MD_Metadata><broken", "application/xml")))
    with pytest.raises(CatalogueError) as error:
        GeoNetworkClient(stub.url, authcfg=authcfg).get("x")
    assert "not an ISO 19139 record" in str(error.value)


def test_external_entity_in_a_response_is_not_resolved(stub, authcfg, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    record = build_record_bytes(metadata())
    body = record.replace(
        b"<gmd:MD_Metadata",
        f'<!DOCTYPE gmd:MD_Metadata [<!ENTITY xxe SYSTEM "file://{secret}">]>\n<gmd:MD_Metadata'.encode(),
        1,
    ).replace(
        b"<gco:CharacterString>Communes</gco:CharacterString>", b"<gco:CharacterString>&xxe;</gco:CharacterString>", 1
    )
    assert b"&xxe;" in body
    stub.faults.append((on("GET", "/formatters/xml"), answer(200, body, "application/xml")))
    got = GeoNetworkClient(stub.url, authcfg=authcfg).get("x")
    assert got is not None and b"TOP-SECRET-VALUE" not in got


def test_record_with_another_identifier_is_refused(stub, authcfg):
    with pytest.raises(CatalogueError) as error:
        GeoNetworkClient(stub.url, authcfg=authcfg).publish(build_record_bytes(metadata()), "some-other-id")
    assert "some-other-id" in str(error.value) and not puts(stub)


def test_catalogue_down():
    url = closed_port_url().rstrip("/") + "/geonetwork"
    started = time.monotonic()
    with pytest.raises(CatalogueError) as error:
        GeoNetworkClient(url, timeout=5).exists("x")
    assert "cannot be reached" in str(error.value) and time.monotonic() - started < 3


def test_slow_catalogue_fails_within_the_timeout(stub, authcfg):
    stub.faults.append((on("GET", "/formatters/xml"), slow(4)))
    started = time.monotonic()
    with pytest.raises(CatalogueError) as error:
        GeoNetworkClient(stub.url, authcfg=authcfg, timeout=1).exists("x")
    assert "no answer within 1 s" in str(error.value) and time.monotonic() - started < 2.5
    assert len(stub.requests) == 1, "a timeout is not retried"


def test_not_a_geonetwork_is_a_clear_failure(authcfg):
    from tests.qgis_server import start_failing_http_server

    url, stop = start_failing_http_server(404, b"nothing here")
    try:
        with pytest.raises(CatalogueError) as error:
            record = metadata()
            GeoNetworkClient(url, authcfg=authcfg).publish(build_record_bytes(record), record.identifier)
    finally:
        stop()
    assert "404" in str(error.value)


def test_tls_verification_is_on(stub):
    client = GeoNetworkClient(stub.url)
    assert client._connect().verify is True


def test_unknown_authcfg_is_a_failure(stub, qgis_app):
    with pytest.raises(CatalogueError) as error:
        GeoNetworkClient(stub.url, authcfg="nosuch1").exists("x")
    assert "nosuch1" in str(error.value)
