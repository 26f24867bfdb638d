"""A loopback stand-in for GeoNetwork 4.x's REST API, enforcing its protocol (docs/geonetwork.md).

GeoNetwork cannot run here (it needs Elasticsearch and a servlet container), so
the client is tested against this stub. What it models, from GeoNetwork 4's
sources (Spring Security's CsrfFilter and BasicAuthenticationFilter,
``MetadataInsertDeleteApi``, ``MetadataSharingApi``, ``GlobalExceptionController``,
the iso19139 ``update-fixed-info.xsl``)::

    with GeoNetworkStub(users={"editor": "secret"}) as gn:
        gn.url                  # http://127.0.0.1:PORT/geonetwork
        gn.records              # uuid -> StoredRecord (xml, published, id)
        gn.faults.append((matches, action))   # fires once, before any check (a proxy's view)
        gn.rotate_tokens()      # every issued XSRF token becomes stale
        gn.requests             # (method, path, headers, body) of every request

Filter order (as in Spring Security): the XSRF cookie is issued to any request
that has none; every POST/PUT/DELETE/PATCH without both the cookie and an equal
``X-XSRF-TOKEN`` header (or with a token the stub no longer knows) is refused
with 403; then wrong basic credentials get 401 with ``WWW-Authenticate``; then
the endpoint runs, and an anonymous caller of an Editor endpoint gets 403.
"""

from __future__ import annotations

import base64
import itertools
import json
import socket
import struct
import threading
import time
import uuid as uuidlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

from lxml import etree

from paradigm_carto.core.metadata.iso19139 import GCO, GMD, XSI, RecordError, parse_xml

CONTEXT = "/geonetwork"
XSRF_COOKIE = "XSRF-TOKEN"
XSRF_HEADER = "X-XSRF-TOKEN"
WRITE_METHODS = ("POST", "PUT", "DELETE", "PATCH")
METADATA_TYPES = ("METADATA", "TEMPLATE", "SUB_TEMPLATE", "TEMPLATE_OF_SUB_TEMPLATE")
UUID_ACTIONS = ("GENERATEUUID", "NOTHING", "OVERWRITE", "REMOVE_AND_REPLACE")
LANGUAGE_CODELIST = "http://www.loc.gov/standards/iso639-2/"
#: GeoNetwork's IsoLanguagesMapper for the codes that matter here (639-2/B → 639-1); 'fra' and
#: 'deu' are special-cased in XslUtil.twoCharLangCode, other unknown codes keep their first two letters.
ISO639_2_TO_1 = {"fre": "fr", "fra": "fr", "dut": "nl", "eng": "en", "ger": "de", "deu": "de"}
#: Index keys of GeoNetwork 4's multilingual fields (``lang`` + the ISO 639-2/B code).
INDEX_LANGUAGE = {"fr": "langfre", "nl": "langdut", "en": "langeng", "de": "langger"}


def two_char_lang_code(code: str) -> str:
    """XslUtil.twoCharLangCode: 2-letter codes as they are, known 3-letter ones mapped, else 2 letters."""
    code = (code or "").strip()
    if len(code) == 2:
        return code
    return ISO639_2_TO_1.get(code.lower(), code[:2])


def _q(prefix_ns: str, name: str) -> str:
    return f"{{{prefix_ns}}}{name}"


def update_fixed_info(record: etree._Element, uuid: str) -> etree._Element:
    """What GeoNetwork's iso19139 update-fixed-info.xsl does to the parts that matter here.

    - gmd:fileIdentifier becomes the uuid GeoNetwork kept or generated;
    - every gmd:LanguageCode gets codeList loc.gov ISO 639-2 and loses its text (codeListValue kept);
    - every gmd:PT_Locale id becomes the upper-cased 2-letter code of its language (``dut`` → ``NL``);
    - a textGroup whose ``locale="#X"`` matches no PT_Locale id is removed; the others point at the
      rewritten id;
    - a multilingual record (a locale other than the main language) gets a PT_Locale for its main
      language, and each translated element a textGroup in the main language copying the main text.
    """
    main_code = record.find(f"{{{GMD}}}language/{{{GMD}}}LanguageCode")
    main_language = (
        main_code.get("codeListValue", "")
        if main_code is not None
        else (record.findtext(f"{{{GMD}}}language/{{{GCO}}}CharacterString") or "")
    )
    main_id = two_char_lang_code(main_language).upper()
    file_identifier = record.find(f"{{{GMD}}}fileIdentifier")
    if file_identifier is None:
        file_identifier = etree.Element(_q(GMD, "fileIdentifier"))
        record.insert(0, file_identifier)
    for child in list(file_identifier):
        file_identifier.remove(child)
    etree.SubElement(file_identifier, _q(GCO, "CharacterString")).text = uuid

    original_ids = {}
    locales = record.findall(f"{{{GMD}}}locale/{{{GMD}}}PT_Locale")
    for locale in locales:
        code = locale.find(f"{{{GMD}}}languageCode/{{{GMD}}}LanguageCode")
        value = code.get("codeListValue", "") if code is not None else ""
        original_ids[locale.get("id", "")] = two_char_lang_code(value).upper()
    multilingual = any(two_char_lang_code(v).upper() != main_id for v in original_ids.values())
    for group in list(record.iter(_q(GMD, "textGroup"))):
        localised = group.find(f"{{{GMD}}}LocalisedCharacterString")
        reference = (localised.get("locale", "") if localised is not None else "").lstrip("#")
        if reference not in original_ids:
            group.getparent().remove(group)
        elif original_ids[reference]:
            localised.set("locale", "#" + original_ids[reference])
    for locale in locales:
        locale.set("id", original_ids.get(locale.get("id", ""), locale.get("id", "")))
    for code in record.iter(_q(GMD, "LanguageCode")):
        code.set("codeList", LANGUAGE_CODELIST)
        code.text = None
        for child in list(code):
            code.remove(child)
    if multilingual and main_id not in original_ids.values():
        last_locale = locales[-1].getparent() if locales else None
        wrapper = etree.Element(_q(GMD, "locale"))
        pt_locale = etree.SubElement(wrapper, _q(GMD, "PT_Locale"), id=main_id)
        language = etree.SubElement(etree.SubElement(pt_locale, _q(GMD, "languageCode")), _q(GMD, "LanguageCode"))
        language.set("codeList", LANGUAGE_CODELIST)
        language.set("codeListValue", main_language)
        encoding = etree.SubElement(
            etree.SubElement(pt_locale, _q(GMD, "characterEncoding")), _q(GMD, "MD_CharacterSetCode")
        )
        encoding.set(
            "codeList",
            "http://standards.iso.org/ittf/PubliclyAvailableStandards/ISO_19139_Schemas/"
            "resources/codelist/ML_gmxCodelists.xml#MD_CharacterSetCode",
        )
        encoding.set("codeListValue", "utf8")
        if last_locale is not None:
            last_locale.addnext(wrapper)
        for free_text in record.iter(_q(GMD, "PT_FreeText")):
            parent = free_text.getparent()
            main_text = parent.findtext(f"{{{GCO}}}CharacterString") or ""
            group = etree.Element(_q(GMD, "textGroup"))
            etree.SubElement(group, _q(GMD, "LocalisedCharacterString"), locale="#" + main_id).text = main_text
            free_text.insert(0, group)
            parent.set(_q(XSI, "type"), "gmd:PT_FreeText_PropertyType")
    return record


def _localised(element: etree._Element | None, main: str) -> dict[str, str]:
    """An index object like GeoNetwork 4's ``resourceTitleObject``: default + lang<639-2/B>."""
    if element is None:
        return {}
    text = element.findtext(f"{{{GCO}}}CharacterString") or ""
    values = {"default": text, INDEX_LANGUAGE.get(main, "lang" + main): text}
    record = element.getroottree().getroot()
    ids = {}
    for locale in record.iterfind(f"{{{GMD}}}locale/{{{GMD}}}PT_Locale"):
        code = locale.find(f"{{{GMD}}}languageCode/{{{GMD}}}LanguageCode")
        ids["#" + locale.get("id", "")] = two_char_lang_code(code.get("codeListValue", "") if code is not None else "")
    for localised in element.iterfind(f"{{{GMD}}}PT_FreeText/{{{GMD}}}textGroup/{{{GMD}}}LocalisedCharacterString"):
        language = ids.get(localised.get("locale", ""))
        if language:
            values[INDEX_LANGUAGE.get(language, "lang" + language)] = localised.text or ""
    return values


@dataclass
class StoredRecord:
    """One record as GeoNetwork keeps it: its XML after update-fixed-info, its id, privileges."""

    id: int
    xml: bytes
    published: bool = False

    def element(self) -> etree._Element:
        return parse_xml(self.xml)

    def index(self) -> dict:
        """The few index fields the stub's search serves."""
        record = self.element()
        code = record.find(f"{{{GMD}}}language/{{{GMD}}}LanguageCode")
        main = two_char_lang_code(code.get("codeListValue", "") if code is not None else "fre")
        info = f"{{{GMD}}}identificationInfo/*/"
        return {
            "uuid": record.findtext(f"{{{GMD}}}fileIdentifier/{{{GCO}}}CharacterString"),
            "resourceTitleObject": _localised(
                record.find(info + f"{{{GMD}}}citation/{{{GMD}}}CI_Citation/{{{GMD}}}title"), main
            ),
            "resourceAbstractObject": _localised(record.find(info + f"{{{GMD}}}abstract"), main),
            "isTemplate": "n",
        }


Fault = tuple[Callable[["_Handler"], bool], Callable[["_Handler"], None]]


class _Handler(BaseHTTPRequestHandler):
    server: GeoNetworkStub
    protocol_version = "HTTP/1.1"

    # --- plumbing ------------------------------------------------------------------------------

    def _handle(self) -> None:
        self.body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        split = urlsplit(self.path)
        self.route = unquote(split.path)
        self.query = parse_qs(split.query, keep_blank_values=True)
        self.extra_headers: list[tuple[str, str]] = []
        stub = self.server
        with stub.lock:
            stub.requests.append((self.command, self.path, dict(self.headers), self.body))
            fault = next(((i, f) for i, f in enumerate(stub.faults) if f[0](self)), None)
            if fault is not None:
                del stub.faults[fault[0]]
        if fault is not None:
            fault[1][1](self)
            return
        self.process()

    def process(self) -> None:
        """What GeoNetwork does with the request: filters, then the endpoint."""
        stub = self.server
        if not self.route.startswith(CONTEXT + "/"):
            self.reply(404, b"<html><body><h2>HTTP ERROR 404 Not Found</h2></body></html>", "text/html")
            return
        self.route = self.route[len(CONTEXT) :]
        # 1. CsrfFilter: a request without the cookie gets one (whatever happens next).
        cookie = self._cookie()
        if cookie is None:
            self.extra_headers.append(("Set-Cookie", f"{XSRF_COOKIE}={stub.issue_token()}; Path={CONTEXT}"))
        if self.command in WRITE_METHODS:
            header = self.headers.get(XSRF_HEADER)
            if cookie is None or header is None or header != cookie or not stub.knows(cookie):
                if cookie is not None and not stub.knows(cookie):
                    # A stale token: answer with a fresh one, as a rotating server would.
                    self.extra_headers.append(("Set-Cookie", f"{XSRF_COOKIE}={stub.issue_token()}; Path={CONTEXT}"))
                found = "null" if header is None else f"'{header}'"
                message = (
                    f"<html><body><h2>HTTP ERROR 403 Forbidden</h2><p>Invalid CSRF Token {found} was found on "
                    f"the request parameter '_csrf' or header '{XSRF_HEADER}'.</p></body></html>"
                )
                self.reply(403, message.encode(), "text/html;charset=iso-8859-1")
                return
        # 2. BasicAuthenticationFilter: wrong credentials are refused before any endpoint.
        self.user = None
        authorization = self.headers.get("Authorization")
        if authorization:
            self.user = self._basic_user(authorization)
            if self.user is None:
                self.extra_headers.append(("WWW-Authenticate", 'Basic realm="GeoNetwork"'))
                self.reply(401, b"<html><body><h2>HTTP ERROR 401 Bad credentials</h2></body></html>", "text/html")
                return
        # 3. The endpoints.
        try:
            self._dispatch()
        except _ApiError as error:
            self.api_error(error.status, error.code, error.exception, error.description)
        except Exception as error:  # noqa: BLE001 - GeoNetwork answers what it does not handle with an ApiError
            self.api_error(500, "runtime_exception", type(error).__name__, str(error))

    def _cookie(self) -> str | None:
        jar = SimpleCookie()
        try:
            jar.load(self.headers.get("Cookie") or "")
        except Exception:  # noqa: BLE001 - a malformed Cookie header is no cookie
            return None
        return jar[XSRF_COOKIE].value if XSRF_COOKIE in jar else None

    def _basic_user(self, authorization: str) -> str | None:
        scheme, _, encoded = authorization.partition(" ")
        if scheme.lower() != "basic":
            return None
        try:
            user, _, password = base64.b64decode(encoded).decode("latin-1").partition(":")
        except (ValueError, UnicodeDecodeError):
            return None
        return user if self.server.users.get(user) == password else None

    def reply(self, status: int, body: bytes, content_type: str = "application/json") -> None:
        self.send_response(status)
        for name, value in self.extra_headers:
            self.send_header(name, value)
        if status != 204:
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if status != 204 and self.command != "HEAD":
            self.wfile.write(body)

    def reply_json(self, status: int, data: object) -> None:
        self.reply(status, json.dumps(data).encode("utf-8"))

    def api_error(self, status: int, code: str, exception: str, description: str) -> None:
        """GeoNetwork's ApiError (JSON, or XML when the caller asked for XML)."""
        if "xml" in (self.headers.get("Accept") or "") and "json" not in (self.headers.get("Accept") or ""):
            root = etree.Element("apiError")
            for name, value in (("code", code), ("message", exception), ("description", description)):
                etree.SubElement(root, name).text = value
            self.reply(status, etree.tostring(root, xml_declaration=True, encoding="UTF-8"), "application/xml")
        else:
            self.reply_json(status, {"code": code, "message": exception, "description": description})

    def log_message(self, *args: object) -> None:
        """Stay silent."""

    do_GET = do_PUT = do_POST = do_DELETE = do_PATCH = _handle  # noqa: N815

    # --- endpoints ------------------------------------------------------------------------------

    def _dispatch(self) -> None:
        route, method = self.route, self.command
        parts = route.split("/")
        if route == "/srv/api/me" and method == "GET":
            return self._me()
        if route == "/srv/api/records" and method == "PUT":
            return self._insert()
        if route == "/srv/api/search/records/_search" and method == "POST":
            return self._search()
        if len(parts) == 5 and parts[:4] == ["", "srv", "api", "records"] and method == "DELETE":
            return self._delete(parts[4])
        if len(parts) == 7 and parts[:4] == ["", "srv", "api", "records"] and parts[5:] == ["formatters", "xml"]:
            if method == "GET":
                return self._get(parts[4])
        if len(parts) == 6 and parts[:4] == ["", "srv", "api", "records"] and parts[5] == "publish":
            if method == "PUT":
                return self._publish(parts[4])
        self.reply(404, b"<html><body><h2>HTTP ERROR 404 Not Found</h2></body></html>", "text/html")

    def _require_editor(self) -> None:
        if self.user is None:
            raise _ApiError(403, "forbidden", "AccessDeniedException", "Access is denied")

    def _param(self, name: str, default: str) -> str:
        return self.query.get(name, [default])[-1]

    def _me(self) -> None:
        if self.user is None:
            self.reply(204, b"")
        else:
            self.reply_json(200, {"id": "2", "username": self.user, "profile": "Editor", "admin": False})

    def _insert(self) -> None:
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if content_type not in ("application/xml", "application/json", "application/x-www-form-urlencoded"):
            raise _ApiError(
                415,
                "runtime_exception",
                "HttpMediaTypeNotSupportedException",
                f"Content type '{content_type}' not supported",
            )
        metadata_type = self._param("metadataType", "METADATA")
        uuid_processing = self._param("uuidProcessing", "NOTHING")
        for name, value, allowed in (
            ("metadataType", metadata_type, METADATA_TYPES),
            ("uuidProcessing", uuid_processing, UUID_ACTIONS),
        ):
            if value not in allowed:
                raise _ApiError(
                    400,
                    "runtime_exception",
                    "MethodArgumentTypeMismatchException",
                    f"Failed to convert value of type 'java.lang.String' to required type for "
                    f"'{name}': no enum constant {value}",
                )
        publish_to_all = self._param("publishToAll", "false").lower() == "true"
        self._require_editor()
        if not self.body:
            raise _ApiError(
                400,
                "unsatisfied_request_parameter",
                "IllegalArgumentException",
                "XML fragment or a URL or a server folder MUST be provided.",
            )
        try:
            record = parse_xml(self.body)
        except RecordError as error:
            raise _ApiError(
                400,
                "unsatisfied_request_parameter",
                "IllegalArgumentException",
                f"XML fragment is invalid. Error is {error}",
            ) from None
        if record.tag != f"{{{GMD}}}MD_Metadata":
            raise _ApiError(
                400,
                "unsatisfied_request_parameter",
                "IllegalArgumentException",
                "Can't detect schema for metadata automatically. "
                "You could try to force the schema with the schema parameter.",
            )
        stub = self.server
        uuid = record.findtext(f"{{{GMD}}}fileIdentifier/{{{GCO}}}CharacterString") or ""
        if not uuid.strip() or uuid_processing == "GENERATEUUID":
            uuid = str(uuidlib.uuid4())
        with stub.lock:
            existing = stub.records.get(uuid)
            if uuid_processing == "NOTHING" and existing is not None:
                raise _ApiError(
                    400,
                    "unsatisfied_request_parameter",
                    "IllegalArgumentException",
                    f"A record with UUID '{uuid}' already exist and you choose no action on UUID "
                    "processing. Choose to overwrite existing record or to generate a new UUID.",
                )
            if stub.workflow:
                publish_to_all = False
            xml = etree.tostring(update_fixed_info(record, uuid), xml_declaration=True, encoding="UTF-8")
            if existing is not None and uuid_processing == "OVERWRITE":
                existing.xml = xml
                existing.published = existing.published or publish_to_all
                record_id = existing.id
            else:
                record_id = next(stub.ids)
                stub.records[uuid] = StoredRecord(record_id, xml, publish_to_all)
        now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
        self.reply_json(
            201,
            {
                "errors": [],
                "infos": [],
                "uuid": str(uuidlib.uuid4()),
                "metadata": [],
                "metadataErrors": {},
                "metadataInfos": {
                    str(record_id): [
                        {
                            "message": f"Metadata imported from XML with UUID '{uuid}'",
                            "uuid": uuid,
                            "draft": not publish_to_all,
                            "approved": False,
                            "date": now,
                        }
                    ]
                },
                "numberOfNullRecords": 0,
                "numberOfRecordNotFound": 0,
                "numberOfRecordsNotEditable": 0,
                "numberOfRecordsProcessed": 1,
                "numberOfRecordsWithErrors": 0,
                "numberOfRecords": 0,
                "startIsoDateTime": now,
                "endIsoDateTime": now,
                "ellapsedTimeInSeconds": 0,
                "totalTimeInSeconds": 0,
                "type": "SimpleMetadataProcessingReport",
                "running": False,
            },
        )

    def _found(self, uuid: str) -> StoredRecord:
        record = self.server.records.get(uuid)
        if record is None:
            raise _ApiError(
                404, "resource_not_found", "ResourceNotFoundException", f"Metadata with UUID '{uuid}' not found."
            )
        return record

    def _get(self, uuid: str) -> None:
        record = self._found(uuid)
        if not record.published and self.user is None:
            raise _ApiError(
                403, "forbidden", "NotAllowedException", "You can't view this record. You don't have privileges."
            )
        self.reply(200, record.xml, "application/xml;charset=UTF-8")

    def _delete(self, uuid: str) -> None:
        self._require_editor()
        with self.server.lock:
            self._found(uuid)
            del self.server.records[uuid]
        self.reply(204, b"")

    def _publish(self, uuid: str) -> None:
        self._require_editor()
        with self.server.lock:
            self._found(uuid).published = True
        self.reply(204, b"")

    def _search(self) -> None:
        try:
            query = json.loads(self.body.decode("utf-8"))
        except ValueError as error:
            raise _ApiError(400, "runtime_exception", "JsonParseException", str(error)) from None
        text = _query_text(query).casefold()
        size = int(query.get("size", 10)) if isinstance(query, dict) else 10
        hits = []
        with self.server.lock:
            records = list(self.server.records.values())
        for record in records:
            if not record.published and self.user is None:
                continue
            source = record.index()
            texts = list(source["resourceTitleObject"].values()) + list(source["resourceAbstractObject"].values())
            if text and any(text in value.casefold() for value in texts):
                hits.append({"_index": "gn-records", "_id": source["uuid"], "_score": 1.0, "_source": source})
        self.reply_json(
            200,
            {
                "took": 1,
                "timed_out": False,
                "hits": {"total": {"value": len(hits), "relation": "eq"}, "max_score": 1.0, "hits": hits[:size]},
            },
        )


def _query_text(query: object) -> str:
    """The text of the first multi_match / match_phrase / query_string in an Elasticsearch query."""
    if isinstance(query, dict):
        for key in ("multi_match", "query_string", "match_phrase"):
            if isinstance(query.get(key), dict) and "query" in query[key]:
                return str(query[key]["query"])
        for value in query.values():
            found = _query_text(value)
            if found:
                return found
    if isinstance(query, list):
        for value in query:
            found = _query_text(value)
            if found:
                return found
    return ""


class _ApiError(Exception):
    def __init__(self, status: int, code: str, exception: str, description: str) -> None:
        super().__init__(description)
        self.status, self.code, self.exception, self.description = status, code, exception, description


class GeoNetworkStub(ThreadingHTTPServer):
    """The stub on 127.0.0.1 (a free port); a context manager serving in a thread."""

    daemon_threads = True

    def __init__(self, users: dict[str, str] | None = None, workflow: bool = False) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.url = f"http://127.0.0.1:{self.server_address[1]}{CONTEXT}"
        self.users = dict(users or {})
        #: A metadata workflow forces publishToAll to false (the record stays a draft).
        self.workflow = workflow
        self.records: dict[str, StoredRecord] = {}
        self.faults: list[Fault] = []
        self.requests: list[tuple[str, str, dict, bytes]] = []
        self.lock = threading.RLock()
        self.ids = itertools.count(100)
        self._tokens: set[str] = set()
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def issue_token(self) -> str:
        token = str(uuidlib.uuid4())
        with self.lock:
            self._tokens.add(token)
        return token

    def knows(self, token: str) -> bool:
        with self.lock:
            return token in self._tokens

    def rotate_tokens(self) -> None:
        """Forget every issued token: the next write with one of them gets 403 and a new cookie."""
        with self.lock:
            self._tokens.clear()

    def __enter__(self) -> GeoNetworkStub:
        self._thread.start()
        return self

    def __exit__(self, *args: object) -> None:
        self.shutdown()
        self.server_close()


# --- fault helpers ---------------------------------------------------------------------------


def on(method: str, fragment: str) -> Callable[[_Handler], bool]:
    """A fault predicate: the request's method and a fragment of its path."""
    return lambda handler: handler.command == method and fragment in handler.path


def answer(status: int, body: bytes, content_type: str = "application/json") -> Callable[[_Handler], None]:
    """A fault action: a fixed answer."""
    return lambda handler: handler.reply(status, body, content_type)


def process_then_reset(handler: _Handler) -> None:
    """A fault action: GeoNetwork does the work, then the connection is reset (TCP RST) before any answer."""
    handler.wfile = Sink()
    handler.process()
    reset_connection(handler)


def reset_connection(handler: BaseHTTPRequestHandler) -> None:
    """Close the handler's connection with a TCP RST (SO_LINGER 0); later reads and writes go nowhere."""
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.connection.close()
    handler.close_connection = True
    handler.wfile = handler.rfile = Sink()


class Sink:
    """A file that swallows writes and reads nothing (the streams of a reset connection)."""

    def write(self, data: bytes) -> int:
        return len(data)

    def flush(self) -> None:
        pass

    def read(self, *args: object) -> bytes:
        return b""

    def readline(self, *args: object) -> bytes:
        return b""

    def close(self) -> None:
        pass


def slow(seconds: float, status: int = 200, body: bytes = b"{}") -> Callable[[_Handler], None]:
    """A fault action: answer after `seconds`."""

    def action(handler: _Handler) -> None:
        time.sleep(seconds)
        handler.reply(status, body)

    return action
