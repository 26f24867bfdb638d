"""GeoNetwork 4.x through its REST API (``{base}/srv/api``): publish, read, search, withdraw.

The protocol (see docs/geonetwork.md):

- XSRF: GeoNetwork's Spring Security ``CsrfFilter`` refuses every POST/PUT/DELETE
  (HTTP 403) that does not carry an ``X-XSRF-TOKEN`` header equal to the
  ``XSRF-TOKEN`` cookie. ``GET {base}/srv/api/me`` gets the cookie (whatever its
  status: 200 when authenticated, 204 when anonymous, 401 on wrong credentials);
  the client keeps it in its session's cookie jar and sends it back as the header
  on every write. A write refused with 403 redoes the handshake once (the token
  was stale or rotated) and is sent again; a second 403 is a failure.
- Credentials: HTTP basic, from a QGIS authentication configuration of method
  Basic (:func:`.csw.basic_credentials`); never logged, never in a message or a repr.
- ``publish``: ``PUT {base}/srv/api/records?metadataType=METADATA&uuidProcessing=OVERWRITE&publishToAll=true``
  with the XML (``Content-Type: application/xml``). GeoNetwork answers 201 with a
  ``SimpleMetadataProcessingReport`` (JSON); the report must show one record
  processed, no error (``errors``, ``metadataErrors``, ``numberOfRecordsWithErrors``)
  and an info for the identifier. A record left as a draft (``draft: true``: the
  catalogue's workflow overrides ``publishToAll``) is then published with
  ``PUT {base}/srv/api/records/{uuid}/publish``. The record is read back and its
  identifier and titles (by language, whatever codes GeoNetwork rewrote) compared.
- ``get``: ``GET {base}/srv/api/records/{uuid}/formatters/xml`` (``Accept: application/xml``); 404 is None.
- ``withdraw``: ``DELETE {base}/srv/api/records/{uuid}`` (204), then checks it is gone.
- ``search``: ``POST {base}/srv/api/search/records/_search`` with an Elasticsearch query.

Retries with exponential backoff on connection resets and on 502/503/504 only;
a timeout, a refused connection, any other HTTP status >= 400, a body that is
not the expected JSON or XML, and a report of errors are failures
(:class:`CatalogueError` naming the catalogue and the reason). TLS certificates
are verified.
"""

from __future__ import annotations

import json
import time
from typing import Any
from urllib.parse import quote

import requests
from lxml import etree
from requests.auth import AuthBase, HTTPBasicAuth

from ..i18n import tr
from ..metadata.iso19139 import (
    NSMAP,
    RecordError,
    find_record,
    parse_xml,
    record_identifier,
    to_bytes,
)
from .base import CatalogueClient, CatalogueError, PublishResult, SearchHit, outgoing_record
from .csw import _is_reset, basic_credentials

RETRY_STATUSES = (502, 503, 504)
MAX_SEARCH_RECORDS = 100
XSRF_COOKIE = "XSRF-TOKEN"
XSRF_HEADER = "X-XSRF-TOKEN"
#: ISO 639 codes (2-letter, 639-2/B and 639-2/T) to the 2-letter code, for comparing titles by language.
LANGUAGE_CODES = {
    "fr": "fr", "fre": "fr", "fra": "fr",
    "nl": "nl", "dut": "nl", "nld": "nl",
    "en": "en", "eng": "en",
    "de": "de", "ger": "de", "deu": "de",
}  # fmt: skip
#: Keys of GeoNetwork 4's multilingual index fields (``resourceTitleObject.langfre``...).
INDEX_LANGUAGE = {"fr": "langfre", "nl": "langdut", "en": "langeng", "de": "langger"}


class _TryError(Exception):
    """A failed exchange: the reason (UI language) and whether it is worth a retry."""

    def __init__(self, reason: str, retryable: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retryable = retryable


class _BasicAuth(AuthBase):
    """HTTP basic credentials that never show in a repr."""

    def __init__(self, credentials: tuple[str, str]) -> None:
        self._credentials = credentials

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        return HTTPBasicAuth(*self._credentials)(request)

    def __repr__(self) -> str:
        return "<_BasicAuth (credentials hidden)>"


def language_code(code: str | None) -> str:
    """The 2-letter code of an ISO 639 code ('fre', 'fra', 'FR', '#FR' → 'fr'); '' when empty."""
    value = (code or "").strip().lstrip("#").lower()
    return LANGUAGE_CODES.get(value, value)


def titles_by_language(record: etree._Element) -> dict[str, str]:
    """The citation title by 2-letter language, however the locales are coded.

    The main text (gco:CharacterString) is in the record's language
    (gmd:language, a LanguageCode's codeListValue or a CharacterString); each
    LocalisedCharacterString is in the language of the PT_Locale its
    ``locale="#ID"`` points at (the ID itself when it points at none, as a last
    resort). So ``fre``/``fra``/``fr`` and ids ``FR``/``FRE`` all give 'fr', and
    the copy of the main text that GeoNetwork adds as a translation is harmless.
    Whitespace is normalised (runs of blanks become one space).
    """
    main = record.find("gmd:language/gmd:LanguageCode", NSMAP)
    main_code = (
        main.get("codeListValue")
        if main is not None
        else record.findtext("gmd:language/gco:CharacterString", default="", namespaces=NSMAP)
    )
    main_language = language_code(main_code) or "fr"
    locales = {}
    for locale in record.iterfind("gmd:locale/gmd:PT_Locale", NSMAP):
        code = locale.find("gmd:languageCode/gmd:LanguageCode", NSMAP)
        if code is not None:
            locales[(locale.get("id") or "").upper()] = language_code(code.get("codeListValue"))
    titles: dict[str, str] = {}
    title = record.find("gmd:identificationInfo/*/gmd:citation/gmd:CI_Citation/gmd:title", NSMAP)
    if title is None:
        return titles
    text = title.findtext("gco:CharacterString", default=None, namespaces=NSMAP)
    if text is None:
        text = title.findtext("{http://www.isotc211.org/2005/gmx}Anchor", default=None)
    if text is not None and text.strip():
        titles[main_language] = " ".join(text.split())
    for localised in title.iterfind("gmd:PT_FreeText/gmd:textGroup/gmd:LocalisedCharacterString", NSMAP):
        reference = (localised.get("locale") or "").lstrip("#").upper()
        language = locales.get(reference) or language_code(reference)
        if language and language not in titles and (localised.text or "").strip():
            titles[language] = " ".join(localised.text.split())
    return titles


class GeoNetworkClient(CatalogueClient):
    """A GeoNetwork 4.x catalogue at `url` (its base, e.g. ``https://host/geonetwork``)."""

    def __init__(
        self,
        url: str,
        authcfg: str = "",
        timeout: float = 30.0,
        retries: int = 3,
        backoff: float = 0.5,
        publish_to_all: bool = True,
    ) -> None:
        self.url = url.rstrip("/")
        self.target = self.url
        self.api = self.url + "/srv/api"
        self.authcfg = authcfg
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.publish_to_all = publish_to_all
        self._session: requests.Session | None = None

    def __repr__(self) -> str:
        return f"GeoNetworkClient({self.url!r}, authcfg={self.authcfg!r})"

    # --- plumbing ----------------------------------------------------------------

    def _fail(self, reason: str) -> CatalogueError:
        return CatalogueError(self.target, reason)

    def _connect(self) -> requests.Session:
        """The HTTP session (its cookie jar keeps the XSRF token), with the credentials once read."""
        if self._session is None:
            session = requests.Session()
            session.verify = True
            if self.authcfg:
                try:
                    session.auth = _BasicAuth(basic_credentials(self.authcfg))
                except ValueError as error:
                    raise self._fail(str(error)) from None
            self._session = session
        return self._session

    def _token(self) -> str | None:
        """The XSRF-TOKEN cookie the catalogue set (the last one when several paths hold one)."""
        session = self._connect()
        values = [cookie.value for cookie in session.cookies if cookie.name == XSRF_COOKIE]
        return values[-1] if values else None

    def _drop_token(self) -> None:
        session = self._connect()
        for cookie in [c for c in session.cookies if c.name == XSRF_COOKIE]:
            session.cookies.clear(cookie.domain, cookie.path, cookie.name)

    def _send(self, method: str, path: str, accept: tuple[int, ...] = (), **kwargs: Any) -> requests.Response:
        """One request (retried on resets and 502/503/504); statuses < 400 and those in `accept` return."""
        session = self._connect()
        attempt = 0
        while True:
            attempt += 1
            try:
                return self._once(session, method, path, accept, **kwargs)
            except _TryError as failure:
                if not failure.retryable or attempt >= self.retries:
                    raise self._fail(failure.reason) from None
            time.sleep(self.backoff * 2 ** (attempt - 1))

    def _once(
        self, session: requests.Session, method: str, path: str, accept: tuple[int, ...], **kwargs: Any
    ) -> requests.Response:
        headers = dict(kwargs.pop("headers", None) or {})
        if method in ("POST", "PUT", "DELETE", "PATCH"):
            token = self._token()
            if token:
                headers[XSRF_HEADER] = token
        try:
            response = session.request(method, self.api + path, headers=headers, timeout=self.timeout, **kwargs)
        except requests.exceptions.Timeout:
            raise _TryError(tr("no answer within {seconds} s").format(seconds=f"{self.timeout:g}")) from None
        except requests.exceptions.SSLError as error:
            raise _TryError(
                tr("the TLS certificate cannot be verified ({detail})").format(detail=_short(error))
            ) from None
        except requests.exceptions.ConnectionError as error:
            if _is_reset(error):
                raise _TryError(tr("the connection was reset ({detail})").format(detail=_short(error)), True) from None
            raise _TryError(tr("the catalogue cannot be reached ({detail})").format(detail=_short(error))) from None
        except requests.exceptions.RequestException as error:
            raise _TryError(tr("the request failed ({detail})").format(detail=_short(error))) from None
        status = response.status_code
        if status < 400 or status in accept:
            return response
        body = _error_text(response)
        if status == 401:
            raise _TryError(tr("the catalogue refused the user name or password (HTTP 401): {body}").format(body=body))
        raise _TryError(tr("HTTP status {status}: {body}").format(status=status, body=body), status in RETRY_STATUSES)

    def _handshake(self) -> None:
        """GET /srv/api/me: GeoNetwork sets the XSRF-TOKEN cookie on any answer (200, 204, 401...)."""
        self._drop_token()
        response = self._send("GET", "/me", accept=(401, 403), headers={"Accept": "application/json"})
        if response.status_code == 401 and self._connect().auth is not None:
            raise self._fail(
                tr("the catalogue refused the user name or password (HTTP 401): {body}").format(
                    body=_error_text(response)
                )
            )
        if not self._token():
            raise self._fail(
                tr("the catalogue sent no XSRF-TOKEN cookie (is {url} a GeoNetwork 4 address?)").format(url=self.url)
            )

    def _write(self, method: str, path: str, accept: tuple[int, ...] = (), **kwargs: Any) -> requests.Response:
        """A write with the XSRF header; a 403 redoes the handshake once, then the write is sent again."""
        if not self._token():
            self._handshake()
        response = self._send(method, path, accept=accept + (403,), **kwargs)
        if response.status_code == 403:
            self._handshake()
            response = self._send(method, path, accept=accept + (403,), **kwargs)
            if response.status_code == 403:
                raise self._fail(
                    tr("the catalogue refused the change (HTTP 403): {body}").format(body=_error_text(response))
                )
        return response

    def _record_path(self, identifier: str) -> str:
        return "/records/" + quote(identifier, safe="")

    def _fetch(self, identifier: str) -> etree._Element | None:
        """The record's gmd:MD_Metadata, parsed safely, or None (404)."""
        response = self._send(
            "GET",
            self._record_path(identifier) + "/formatters/xml",
            accept=(404,),
            headers={"Accept": "application/xml"},
            params={"increasePopularity": "false"},
        )
        if response.status_code == 404:
            return None
        try:
            return find_record(parse_xml(response.content))
        except RecordError as error:
            raise self._fail(
                tr("the answer is not an ISO 19139 record ({detail})").format(detail=_short(error))
            ) from None

    def _json(self, response: requests.Response) -> Any:
        try:
            return json.loads(response.content.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as error:
            raise self._fail(tr("the answer is not valid JSON ({detail})").format(detail=_short(error))) from None

    # --- the interface -------------------------------------------------------------

    def get(self, identifier: str) -> bytes | None:
        """The record as UTF-8 XML, or None when the catalogue has none with this identifier."""
        record = self._fetch(identifier)
        return None if record is None else to_bytes(record)

    def exists(self, identifier: str) -> bool:
        """True when the record can be read."""
        return self._fetch(identifier) is not None

    def publish(self, record_xml: bytes, identifier: str, exists: bool | None = None) -> PublishResult:
        """PUT the record (uuidProcessing=OVERWRITE), check the report, make it public, read it back.

        (`exists` is not needed: the same request inserts or overwrites.)"""
        try:
            sent = outgoing_record(record_xml, identifier)
        except ValueError as error:
            raise self._fail(str(error)) from None

        action = "update" if self.exists(identifier) else "insert"
        response = self._write(
            "PUT",
            "/records",
            params={
                "metadataType": "METADATA",
                "uuidProcessing": "OVERWRITE",
                "publishToAll": "true" if self.publish_to_all else "false",
            },
            data=to_bytes(sent),
            headers={"Content-Type": "application/xml", "Accept": "application/json"},
        )
        info = self._check_report(self._json(response), identifier)
        if self.publish_to_all and info.get("draft") is True:
            self._write("PUT", self._record_path(identifier) + "/publish", headers={"Accept": "application/json"})

        back = self._fetch(identifier)
        if back is None:
            raise self._fail(tr("the record cannot be read back after publishing"))
        differences = []
        if record_identifier(back) != identifier:
            differences.append(f"identifier {record_identifier(back)!r}")
        sent_titles, back_titles = titles_by_language(sent), titles_by_language(back)
        for language, title in sent_titles.items():
            if back_titles.get(language) != title:
                differences.append(f"title ({language}) {back_titles.get(language)!r}")
        if differences:
            raise self._fail(
                tr("the record read back differs from the one sent: {detail}").format(detail=", ".join(differences))
            )
        return PublishResult(identifier=identifier, action=action, target=self.target)

    def _check_report(self, report: Any, identifier: str) -> dict:
        """The info of `identifier` in a SimpleMetadataProcessingReport; CatalogueError on any error in it."""
        if not isinstance(report, dict):
            raise self._fail(tr("the answer is not a GeoNetwork import report"))
        errors = [_report_message(e) for e in report.get("errors") or []]
        metadata_errors = report.get("metadataErrors") or {}
        if isinstance(metadata_errors, dict):
            for reports in metadata_errors.values():
                errors.extend(_report_message(e) for e in (reports if isinstance(reports, list) else [reports]))
        with_errors = report.get("numberOfRecordsWithErrors") or 0
        if errors or with_errors:
            detail = "; ".join(errors) or str(with_errors)
            raise self._fail(
                tr("the catalogue reported an error: {code}: {text}").format(code="import", text=detail[:300])
            )
        processed = report.get("numberOfRecordsProcessed")
        if processed != 1:
            message = tr("the catalogue reported {count} records processed, expected 1")
            raise self._fail(message.format(count=processed))
        infos = report.get("metadataInfos") or {}
        for entries in infos.values() if isinstance(infos, dict) else []:
            for info in entries if isinstance(entries, list) else []:
                if isinstance(info, dict) and (
                    info.get("uuid") == identifier or f"'{identifier}'" in str(info.get("message", ""))
                ):
                    return info
        raise self._fail(
            tr("the catalogue did not report the record '{identifier}' as imported").format(identifier=identifier)
        )

    def withdraw(self, identifier: str) -> bool:
        """DELETE the record; check it is gone. False when there was nothing to delete."""
        if not self.exists(identifier):
            return False
        # A 404 means a retried DELETE whose first attempt had gone through (or someone was quicker).
        self._write("DELETE", self._record_path(identifier), accept=(404,), headers={"Accept": "application/json"})
        if self.exists(identifier):
            raise self._fail(tr("the record is still there after it was withdrawn"))
        return True

    def search(self, text: str, language: str | None = None) -> list[SearchHit]:
        """Elasticsearch phrase query on titles and abstracts (all languages), records only (no templates).

        At most :data:`MAX_SEARCH_RECORDS` records; titles in `language` (French, then
        GeoNetwork's ``default``, when missing).
        """
        query = {
            "from": 0,
            "size": MAX_SEARCH_RECORDS,
            "query": {
                "bool": {
                    "must": [
                        {
                            "multi_match": {
                                "query": text,
                                "type": "phrase",
                                "fields": ["resourceTitleObject.*", "resourceAbstractObject.*"],
                            }
                        }
                    ],
                    "filter": [{"terms": {"isTemplate": ["n"]}}],
                }
            },
            "_source": {"includes": ["uuid", "resourceTitleObject", "resourceAbstractObject"]},
        }
        response = self._write(
            "POST",
            "/search/records/_search",
            data=json.dumps(query).encode("utf-8"),
            headers={"Content-Type": "application/json", "Accept": "application/json"},
        )
        answer = self._json(response)
        try:
            hits = answer["hits"]["hits"]
            sources = [hit["_source"] for hit in hits]
        except (KeyError, TypeError) as error:
            raise self._fail(
                tr("the answer is not a search response ({detail})").format(detail=_short(error))
            ) from None
        key = INDEX_LANGUAGE.get(language or "fr", "langfre")
        results = []
        for source in sources:
            titles = source.get("resourceTitleObject") or {}
            abstracts = source.get("resourceAbstractObject") or {}
            results.append(
                SearchHit(
                    identifier=str(source.get("uuid", "")),
                    title=titles.get(key) or titles.get("langfre") or titles.get("default") or "",
                    abstract=abstracts.get(key) or abstracts.get("langfre") or abstracts.get("default") or "",
                )
            )
        return results


def _report_message(entry: Any) -> str:
    """The message of one report entry (GeoNetwork's ErrorReport: message, stack, date)."""
    if isinstance(entry, dict):
        return " ".join(str(entry.get("message") or entry).split())
    return " ".join(str(entry).split())


def _error_text(response: requests.Response) -> str:
    """A one-line, bounded description of an error answer (GeoNetwork's ApiError description when JSON)."""
    text = response.text or ""
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if isinstance(data, dict):
        parts = [str(data[k]) for k in ("code", "description", "message") if data.get(k)]
        if parts:
            text = ": ".join(parts)
    return " ".join(text.split())[:200]


def _short(error: BaseException) -> str:
    """A one-line, bounded description of an exception."""
    return " ".join(str(error).split())[:300] or type(error).__name__
