"""CSW 2.0.2 with transactions (CSW-T) through OWSLib: pycsw, GeoNetwork's csw-publication, ...

OWSLib (0.27 on Debian 12) builds the requests and follows the operation URLs
of GetCapabilities; this module adds what it lacks: an HTTP status >= 400 is a
failure for every request (OWSLib ignores the status of POSTs), retries with
backoff on connection resets and 502/503/504 only, basic credentials taken
from a QGIS authentication configuration (never logged), a check of the
transaction summary, and a read-back of the record after each write. Every
failure is a :class:`CatalogueError` naming the catalogue and the reason.
"""

from __future__ import annotations

import copy
import http.client
import time
import warnings
from collections.abc import Callable
from typing import Any, TypeVar

import requests
from lxml import etree
from requests.auth import AuthBase, HTTPBasicAuth

from ..i18n import tr
from ..metadata.iso19139 import (
    GMD,
    RecordError,
    parse_xml,
    record_abstract,
    record_identifier,
    record_title,
    to_bytes,
)
from .base import CatalogueClient, CatalogueError, PublishResult, SearchHit, outgoing_record

T = TypeVar("T")
# OWSLib's ISO parser announces API changes with a FutureWarning for every record it reads.
warnings.filterwarnings("ignore", category=FutureWarning, module=r"owslib\.")
RETRY_STATUSES = (502, 503, 504)
TYPENAME = "gmd:MD_Metadata"
CSW = "http://www.opengis.net/cat/csw/2.0.2"
MAX_SEARCH_RECORDS = 100


class _HttpStatusError(Exception):
    """An HTTP answer with a status >= 400 (raised from a requests response hook)."""

    def __init__(self, status: int, body: str) -> None:
        self.status = status
        self.body = body
        super().__init__(f"HTTP {status}")


class _RequestGuard(AuthBase):
    """requests auth hook used as OWSLib's `auth_delegate`: basic credentials, and status checking."""

    def __init__(self, credentials: tuple[str, str] | None = None) -> None:
        self._credentials = credentials

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        if self._credentials is not None:
            request = HTTPBasicAuth(*self._credentials)(request)
        request.register_hook("response", self._check)
        return request

    @staticmethod
    def _check(response: requests.Response, *args: Any, **kwargs: Any) -> requests.Response:
        if response.status_code >= 400:
            body = " ".join(response.text.split())[:200]
            raise _HttpStatusError(response.status_code, body)
        return response

    def __repr__(self) -> str:
        return "<_RequestGuard (credentials hidden)>"


def basic_credentials(authcfg: str) -> tuple[str, str]:
    """User name and password of a QGIS authentication configuration of method Basic."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    config = QgsAuthMethodConfig()
    manager = QgsApplication.authManager()
    if not manager.loadAuthenticationConfig(authcfg, config, True) or not config.isValid(True):
        raise ValueError(tr("the authentication configuration '{authcfg}' cannot be read").format(authcfg=authcfg))
    if config.method() != "Basic":
        raise ValueError(
            tr("the authentication configuration '{authcfg}' is not a Basic one (user name and password)").format(
                authcfg=authcfg
            )
        )
    return config.config("username"), config.config("password")


def _is_reset(error: BaseException) -> bool:
    """True when a requests connection error is a reset or an aborted connection (worth a retry)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, (ConnectionResetError, ConnectionAbortedError, http.client.RemoteDisconnected)):
            return True
        nested = current.args[1] if len(current.args) > 1 and isinstance(current.args[1], BaseException) else None
        current = current.__cause__ or current.__context__ or nested
    return "Connection aborted" in str(error) or "Connection reset" in str(error)


class CswClient(CatalogueClient):
    """A CSW 2.0.2 catalogue with transactions, at `url` (its GetCapabilities endpoint)."""

    def __init__(
        self,
        url: str,
        authcfg: str = "",
        timeout: float = 30.0,
        retries: int = 3,
        backoff: float = 0.5,
    ) -> None:
        self.url = url
        self.target = url
        self.authcfg = authcfg
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self._service: Any = None

    # --- plumbing ----------------------------------------------------------------

    def _fail(self, reason: str) -> CatalogueError:
        return CatalogueError(self.target, reason)

    def _connect(self) -> Any:
        """OWSLib's CatalogueServiceWeb (GetCapabilities once), with the guard as auth delegate."""
        if self._service is None:
            from owslib.catalogue.csw2 import CatalogueServiceWeb
            from owslib.util import Authentication

            try:
                credentials = basic_credentials(self.authcfg) if self.authcfg else None
            except ValueError as error:
                raise self._fail(str(error)) from None
            auth = Authentication(verify=True, auth_delegate=_RequestGuard(credentials))
            self._service = CatalogueServiceWeb(self.url, timeout=self.timeout, auth=auth)
        return self._service

    def _call(self, operation: Callable[[Any], T]) -> T:
        """Run `operation(csw)`; retry on resets and 502/503/504; turn every failure into CatalogueError."""
        from owslib.ows import ExceptionReport
        from owslib.util import ServiceException

        attempt = 0
        while True:
            attempt += 1
            retryable = False
            try:
                return operation(self._connect())
            except CatalogueError:
                raise
            except _HttpStatusError as error:
                retryable = error.status in RETRY_STATUSES
                reason = tr("HTTP status {status}: {body}").format(status=error.status, body=error.body)
            except requests.exceptions.Timeout:
                reason = tr("no answer within {seconds} s").format(seconds=f"{self.timeout:g}")
            except requests.exceptions.ConnectionError as error:
                retryable = _is_reset(error)
                if retryable:
                    reason = tr("the connection was reset ({detail})").format(detail=_short(error))
                else:
                    reason = tr("the catalogue cannot be reached ({detail})").format(detail=_short(error))
            except requests.exceptions.RequestException as error:
                reason = tr("the request failed ({detail})").format(detail=_short(error))
            except ExceptionReport as error:
                reason = tr("the catalogue reported an error: {code}: {text}").format(
                    code=error.code or "-", text=" ".join(str(error.msg or "").split())[:300]
                )
            except ServiceException as error:
                reason = tr("the catalogue reported an error: {code}: {text}").format(code="-", text=_short(error))
            except etree.XMLSyntaxError as error:
                reason = tr("the answer is not valid XML ({detail})").format(detail=_short(error))
            except (RuntimeError, ValueError, AttributeError, KeyError, IndexError, TypeError) as error:
                # OWSLib raises RuntimeError for XML that is not CSW, and the others on CSW it cannot read.
                reason = tr("the answer is not a CSW response ({detail})").format(detail=_short(error))
            if not retryable or attempt >= self.retries:
                raise self._fail(reason)
            time.sleep(self.backoff * 2 ** (attempt - 1))

    @staticmethod
    def _records(csw: Any) -> list[etree._Element]:
        """The gmd:MD_Metadata elements of OWSLib's last response, parsed safely."""
        try:
            root = parse_xml(csw.response)
        except RecordError as error:
            raise etree.XMLSyntaxError(str(error), None, 0, 0) from None
        return list(root.iter(f"{{{GMD}}}MD_Metadata"))

    @staticmethod
    def _summary(csw: Any) -> dict[str, int]:
        """totalInserted/totalUpdated/totalDeleted of the last TransactionResponse.

        Read here because OWSLib 0.27 looks for the summary one level too deep
        and never fills ``results['inserted']`` and the like.
        """
        try:
            root = parse_xml(csw.response)
        except RecordError as error:
            raise etree.XMLSyntaxError(str(error), None, 0, 0) from None
        summary = root.find(f"{{{CSW}}}TransactionSummary")
        if summary is None:
            raise RuntimeError("no csw:TransactionSummary in the answer")
        counts = {}
        for name in ("totalInserted", "totalUpdated", "totalDeleted"):
            value = (summary.findtext(f"{{{CSW}}}{name}") or "0").strip()
            counts[name] = int(value) if value.isdigit() else 0
        return counts

    def _fetch(self, csw: Any, identifier: str) -> etree._Element | None:
        csw.getrecordbyid(id=[identifier], outputschema=GMD)
        return next((r for r in self._records(csw) if record_identifier(r) == identifier), None)

    # --- the interface -------------------------------------------------------------

    def get(self, identifier: str) -> bytes | None:
        """The record as UTF-8 XML, or None when the catalogue has none with this identifier."""
        record = self._call(lambda csw: self._fetch(csw, identifier))
        return None if record is None else to_bytes(copy.deepcopy(record))

    def exists(self, identifier: str) -> bool:
        """True when GetRecordById returns the record."""
        return self._call(lambda csw: self._fetch(csw, identifier)) is not None

    def publish(self, record_xml: bytes, identifier: str, exists: bool | None = None) -> PublishResult:
        """Insert (new identifier) or Update (existing one), check the summary, then read the record back.

        With `exists` given, the first attempt trusts it (one GetRecordById fewer): an Update of a record
        deleted meanwhile reports 0 records updated, an Insert of one created meanwhile is refused by the
        catalogue, and both fail.
        """
        try:
            sent = outgoing_record(record_xml, identifier)
        except ValueError as error:
            raise self._fail(str(error)) from None
        payload = to_bytes(sent)
        known = exists

        def write(csw: Any) -> str:
            # Looked up again on each retry: a retried Insert that had gone through becomes an Update.
            nonlocal known
            found = known if known is not None else self._fetch(csw, identifier) is not None
            known = None
            action = "update" if found else "insert"
            csw.transaction(ttype=action, typename=TYPENAME, record=payload)
            count = self._summary(csw)["totalInserted" if action == "insert" else "totalUpdated"]
            if count != 1:
                if action == "insert":
                    message = tr("the catalogue reported {count} records inserted, expected 1")
                else:
                    message = tr("the catalogue reported {count} records updated, expected 1")
                raise self._fail(message.format(count=count))
            return action

        action = self._call(write)
        back = self._call(lambda csw: self._fetch(csw, identifier))
        if back is None:
            raise self._fail(tr("the record cannot be read back after publishing"))
        differences = []
        if record_identifier(back) != identifier:
            differences.append(f"identifier {record_identifier(back)!r}")
        if record_title(back) != record_title(sent):
            differences.append(f"title {record_title(back)!r}")
        if differences:
            raise self._fail(
                tr("the record read back differs from the one sent: {detail}").format(detail=", ".join(differences))
            )
        return PublishResult(identifier=identifier, action=action, target=self.target)

    def withdraw(self, identifier: str) -> bool:
        """Delete the record; check it is gone. False when there was nothing to delete."""
        def delete(csw: Any) -> int:
            if self._fetch(csw, identifier) is None:
                return 0
            # OWSLib's `identifier=` filters on dc:identifier, a csw:Record queryable.
            csw.transaction(ttype="delete", typename="csw:Record", identifier=identifier)
            return self._summary(csw)["totalDeleted"]

        deleted = self._call(delete)
        if self.exists(identifier):
            raise self._fail(tr("the record is still there after it was withdrawn"))
        return deleted > 0

    def search(self, text: str, language: str | None = None) -> list[SearchHit]:
        """GetRecords with csw:AnyText PropertyIsLike '%text%' (all languages); titles in `language`.

        At most :data:`MAX_SEARCH_RECORDS` records.
        """
        from owslib.fes import PropertyIsLike

        # Wildcard characters of the text match themselves through the single-character
        # wildcard: pycsw (and other servers) ignore escapeChar.
        literal = text.replace("\\", "_").replace("%", "_")
        constraint = PropertyIsLike("csw:AnyText", f"%{literal}%", escapeChar="\\", matchCase=False)

        def run(csw: Any) -> list[etree._Element]:
            csw.getrecords2(
                constraints=[constraint],
                typenames="csw:Record",
                esn="full",
                outputschema=GMD,
                maxrecords=MAX_SEARCH_RECORDS,
            )
            return self._records(csw)

        hits = []
        for record in self._call(run):
            title, abstract = record_title(record), record_abstract(record)
            lang = language or "fr"
            hits.append(
                SearchHit(
                    identifier=record_identifier(record),
                    title=title.get(lang) or title.fr,
                    abstract=abstract.get(lang) or abstract.fr,
                )
            )
        return hits


def _short(error: BaseException) -> str:
    """A one-line, bounded description of an exception."""
    return " ".join(str(error).split())[:300] or type(error).__name__
