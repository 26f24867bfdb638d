"""Approval workflow of a layer: draft → validated → approved → published.

The state travels with the data: one row per layer table in the GeoPackage's
``paradigm_approval`` table (bound-parameter SQL, not registered in
``gpkg_contents``, so GDAL and QGIS ignore it). Each row keeps a *fingerprint*
of the data (SHA-256 over feature ids, attributes and WKB geometries, in fid
order) taken when the layer was validated; reading the state recomputes it, so
any later edit (or unsaved edits in the edit buffer) sends the layer back to
*draft*. Validation also records the fingerprints of the related layers the
topology rules used and a hash of the rule set: a change of any of them makes
the validation stale too.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from qgis.core import QgsFeatureRequest, QgsFeedback, QgsProject, QgsVectorLayer

from ..i18n import tr
from ..metadata.model import gpkg_location

DRAFT = "draft"
VALIDATED = "validated"
APPROVED = "approved"
PUBLISHED = "published"
STATES = (DRAFT, VALIDATED, APPROVED, PUBLISHED)
TABLE = "paradigm_approval"
REF_PROPERTY = "paradigm_carto/ref_id"
SQL_TIMEOUT = 30.0


class ApprovalError(Exception):
    """An approval step was refused; the message (UI language) names the layer and the reason."""


class CancelledError(ApprovalError):
    """A fingerprint (or a validation) was cancelled through the feedback."""


def now() -> str:
    """UTC now, ISO 8601 to the second."""
    return datetime.now(timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def current_user() -> str:
    """The QGIS user's full name, else the login name."""
    try:
        from qgis.core import QgsApplication

        name = QgsApplication.userFullName()
    except Exception:  # noqa: BLE001
        name = ""
    return name or getpass.getuser()


def quote_identifier(name: str) -> str:
    """An SQLite identifier in double quotes (embedded quotes doubled)."""
    return '"' + str(name).replace('"', '""') + '"'


# --- fingerprints ------------------------------------------------------------------


#: SQL: 1-based start of the WKB in a GeoPackage geometry blob (8-byte header + envelope, whose size
#: the envelope indicator, flags bits 1-3, gives).
_HEADER = (
    "9 + CASE (instr('0123456789ABCDEF', substr(hex(substr({g}, 4, 1)), 2, 1)) - 1) / 2 "
    "WHEN 0 THEN 0 WHEN 1 THEN 32 WHEN 4 THEN 64 ELSE 48 END"
)
CHUNK = 10000


def gpkg_fingerprint(path: Path | str, table: str, feedback: QgsFeedback | None = None) -> str:
    """'sql1:<count>:<sha256>' over the fid, every attribute (column order) and the WKB of `table`, by fid.

    One read-only SQL pass; SQLite strips the GeoPackage geometry header (so only the WKB
    counts), Python hashes the attribute values (``repr``, exact for floats) chunk by chunk:
    about 0.3 s per 100,000 features.
    """
    connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=SQL_TIMEOUT)
    try:
        row = connection.execute(
            "SELECT column_name FROM gpkg_geometry_columns WHERE lower(table_name) = lower(?)", (table,)
        ).fetchone()
        geometry = row[0] if row else None
        columns = connection.execute(f"PRAGMA table_info({quote_identifier(table)})").fetchall()
        if not columns:
            raise ApprovalError(tr("the table '{table}' is not in the GeoPackage").format(table=table))
        keys = [c[1] for c in sorted(columns, key=lambda c: c[5]) if c[5]]
        key = keys[0] if keys else "rowid"
        others = [c[1] for c in columns if c[1] not in (key, geometry)]
        selected = [quote_identifier(key), *(quote_identifier(n) for n in others)]
        if geometry:
            g = quote_identifier(geometry)
            selected += [f"{g} IS NULL", f"substr({g}, {_HEADER.format(g=g)})"]
        else:
            selected += ["1", "NULL"]
        sql = f"SELECT {', '.join(selected)} FROM {quote_identifier(table)} ORDER BY {quote_identifier(key)}"
        digest = hashlib.sha256(repr(others).encode())
        cursor = connection.execute(sql)
        count = 0
        while True:
            rows = cursor.fetchmany(CHUNK)
            if not rows:
                break
            if feedback is not None and feedback.isCanceled():
                raise CancelledError(tr("cancelled"))
            # ids, attributes and a null flag per row; then the WKB of the chunk (WKB delimits itself)
            digest.update(repr([r[:-1] for r in rows]).encode())
            digest.update(b"".join([r[-1] or b"" for r in rows]))
            count += len(rows)
        return f"sql1:{count}:{digest.hexdigest()}"
    finally:
        connection.close()


def _spatialite(connection: sqlite3.Connection) -> bool:
    """Load SpatiaLite (shipped with QGIS) into `connection`; False when it cannot be loaded."""
    try:
        connection.enable_load_extension(True)
        connection.load_extension("mod_spatialite")
        connection.enable_load_extension(False)
    except (AttributeError, sqlite3.Error):
        return False
    return True


def _value_sql(column: str) -> str:
    """SQL text of a value, exact and stable: reals as 17 significant digits, the rest as quote()."""
    c = quote_identifier(column)
    return f"CASE typeof({c}) WHEN 'real' THEN printf('%!.17g', {c}) ELSE quote({c}) END"


def gpkg_sql_fingerprint(path: Path | str, table: str, fields: list[str]) -> str | None:
    """'sql2:…' of a related layer: its ids, `fields` (exact text) and geometry blobs, in fid order,
    hashed inside SQLite by SpatiaLite's MD5TotalChecksum, with no Python per row (about 0.15 s for
    220,000 parcels). None without SpatiaLite.

    MD5 is enough here: the fingerprint detects changes; it does not protect against someone who can
    write the GeoPackage (and could as well rewrite the approval table)."""
    connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=SQL_TIMEOUT)
    try:
        if not _spatialite(connection):
            return None
        row = connection.execute(
            "SELECT column_name FROM gpkg_geometry_columns WHERE lower(table_name) = lower(?)", (table,)
        ).fetchone()
        columns = connection.execute(f"PRAGMA table_info({quote_identifier(table)})").fetchall()
        if not row or not columns:
            return None
        keys = [c[1] for c in sorted(columns, key=lambda c: c[5]) if c[5]]
        key = quote_identifier(keys[0] if keys else "rowid")
        names = {c[1] for c in columns}
        chosen = [f for f in fields if f in names]
        values = "||char(31)||".join([f"quote({key})", *(_value_sql(f) for f in chosen)])
        sql = (
            f"SELECT count(*), MD5TotalChecksum(CAST(v AS BLOB)), MD5TotalChecksum(g) FROM "
            f"(SELECT {values} AS v, {quote_identifier(row[0])} AS g FROM {quote_identifier(table)} ORDER BY {key})"
        )
        count, ids, geometries = connection.execute(sql).fetchone()
        return f"sql2:{count}:{hashlib.md5(repr(chosen).encode()).hexdigest()[:8]}:{ids}:{geometries}"
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def related_fingerprint(layer: QgsVectorLayer, fields: list[str] = (), feedback: QgsFeedback | None = None) -> str:
    """The fingerprint of a layer the topology rules read: fast (SQLite) when it is a GeoPackage table,
    else :func:`fingerprint`."""
    location = gpkg_location(layer)
    if location is not None and not layer.subsetString() and not layer.isModified():
        found = gpkg_sql_fingerprint(*location, list(fields))
        if found is not None:
            return found
    return fingerprint(layer, feedback)


def feature_fingerprint(layer: QgsVectorLayer, feedback: QgsFeedback | None = None) -> str:
    """'qgs1:<sha256>' over the layer as QGIS sees it (subset and edit buffer included), by feature id."""
    digest = hashlib.sha256()
    digest.update(repr([f.name() for f in layer.fields()]).encode())
    request = QgsFeatureRequest().addOrderBy("$id")
    count = 0
    for feature in layer.getFeatures(request):
        if count % 5000 == 0 and feedback is not None and feedback.isCanceled():
            raise CancelledError(tr("cancelled"))
        geometry = feature.geometry()
        wkb = bytes(geometry.asWkb()) if not geometry.isNull() else b""
        digest.update(repr((feature.id(), [str(v) for v in feature.attributes()], len(wkb))).encode())
        digest.update(wkb)
        count += 1
    return f"qgs1:{count}:{digest.hexdigest()}"


def fingerprint(layer: QgsVectorLayer, feedback: QgsFeedback | None = None) -> str:
    """The data fingerprint of a layer: SQL over its GeoPackage table when it can, else its features."""
    location = gpkg_location(layer)
    if location is not None and not layer.subsetString() and not layer.isModified():
        return gpkg_fingerprint(*location, feedback=feedback)
    return feature_fingerprint(layer, feedback)


# --- the stored state ----------------------------------------------------------------


@dataclass
class ApprovalRecord:
    """One row of ``paradigm_approval``: the recorded state of one layer table."""

    table_name: str
    state: str = DRAFT
    fingerprint: str = ""
    related: dict[str, str] = field(default_factory=dict)
    rules_hash: str = ""
    validated_at: str = ""
    validated_by: str = ""
    approved_at: str = ""
    approved_by: str = ""
    comment: str = ""
    identifier: str = ""
    revision: int = 0
    date_stamp: str = ""
    published_at: str = ""
    published_by: str = ""
    target: str = ""
    package: str = ""
    validation_errors: list[str] = field(default_factory=list)
    history: list[dict[str, str]] = field(default_factory=list)

    def event(self, state: str, who: str, comment: str = "") -> None:
        """Append a state change to the history."""
        self.history.append({"state": state, "who": who, "when": now(), "comment": comment})


_COLUMNS = [f for f in ApprovalRecord.__dataclass_fields__ if f != "table_name"]


def _connect(path: Path | str) -> sqlite3.Connection:
    connection = sqlite3.connect(str(path), timeout=SQL_TIMEOUT)
    connection.execute(
        f"CREATE TABLE IF NOT EXISTS {TABLE} (table_name TEXT PRIMARY KEY NOT NULL, data TEXT NOT NULL, "
        "state TEXT NOT NULL, updated TEXT NOT NULL)"
    )
    return connection


def read_record(path: Path | str, table: str) -> ApprovalRecord | None:
    """The recorded state of `table` in the GeoPackage; None when there is none."""
    try:
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=SQL_TIMEOUT)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute(f"SELECT data FROM {TABLE} WHERE table_name = ?", (table,)).fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        connection.close()
    if not row:
        return None
    data = json.loads(row[0])
    known = {k: v for k, v in data.items() if k in ApprovalRecord.__dataclass_fields__}
    known["table_name"] = table
    return ApprovalRecord(**known)


def write_record(path: Path | str, record: ApprovalRecord) -> None:
    """Insert or replace the row of `record.table_name` (one transaction)."""
    connection = _connect(path)
    try:
        with connection:
            connection.execute(
                f"INSERT INTO {TABLE} (table_name, data, state, updated) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(table_name) DO UPDATE SET data = excluded.data, state = excluded.state, "
                "updated = excluded.updated",
                (record.table_name, json.dumps(asdict(record), ensure_ascii=False), record.state, now()),
            )
    finally:
        connection.close()


def _location(layer: QgsVectorLayer) -> tuple[Path, str]:
    location = gpkg_location(layer)
    if location is None:
        raise ApprovalError(
            tr("Layer '{layer}' is not in a GeoPackage: save it to a GeoPackage to validate, approve and publish it.")
            .format(layer=layer.name())
        )
    return location


def load_record(layer: QgsVectorLayer) -> ApprovalRecord | None:
    """The recorded state of the layer (None for a layer without one or not in a GeoPackage)."""
    location = gpkg_location(layer)
    return read_record(*location) if location else None


def save_record(layer: QgsVectorLayer, record: ApprovalRecord) -> None:
    """Write the layer's row (ApprovalError when the layer is not in a GeoPackage)."""
    write_record(_location(layer)[0], record)


# --- related layers and rule sets ----------------------------------------------------------


def bound_rules(layer: QgsVectorLayer):
    """The shipped rule set bound to the layer (catalogue id, layer name, name in its file); None if none."""
    from ..topology.rules import bound_rule_set

    location = gpkg_location(layer)
    for key in (layer.customProperty(REF_PROPERTY), layer.name(), location[1] if location else ""):
        if key:
            rule_set = bound_rule_set(str(key))
            if rule_set is not None:
                return rule_set
    return None


def _rule_fields(rule_set: Any) -> dict[str, list[str]]:
    """The attributes the rules read from each related layer."""
    from ..topology.engine import _related_fields

    return _related_fields(rule_set.rules) if rule_set is not None else {}


def rules_hash(rule_set: Any) -> str:
    """A hash of the rule set (its file's bytes, else its rules)."""
    if rule_set is None:
        return "none"
    path = getattr(rule_set, "path", None)
    data = Path(path).read_bytes() if path and Path(path).is_file() else repr(rule_set.rules).encode()
    return hashlib.sha256(data).hexdigest()


def gpkg_table(path: Path | str, names: list[str]) -> str | None:
    """The first of `names` that is a table registered in the GeoPackage (case blind, like OGR's
    layer names); None when none is, or the file cannot be read."""
    try:
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=SQL_TIMEOUT)
    except sqlite3.Error:
        return None
    try:
        tables = {str(t).lower(): str(t) for (t,) in connection.execute("SELECT table_name FROM gpkg_contents")}
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    for name in names:
        if name in tables.values():
            return name
        if name.lower() in tables:
            return tables[name.lower()]
    return None


def related_layers(
    layer: QgsVectorLayer, rule_set: Any, project: QgsProject | None = None, open_files: bool = True
) -> tuple[dict[str, QgsVectorLayer | tuple[Path, str]], list[str]]:
    """The layers the rules need, by rule name: from the project (name or catalogue id), else from the
    layer's GeoPackage. Also the names found nowhere (rules `when_present` excepted).

    With `open_files=False` a layer found in the GeoPackage is given as its (path, table), without
    opening a QgsVectorLayer (all the fingerprints need; a few milliseconds per layer and publication)."""
    from ..topology.engine import gather_related, layer_names

    location = gpkg_location(layer)

    def unopened(name: str) -> tuple[Path, str] | None:
        table = gpkg_table(location[0], sorted(layer_names(name) | {name}))
        return (location[0], table) if table is not None else None

    if rule_set is None:
        return {}, []
    found, missing = gather_related(
        rule_set,
        layer,
        project or QgsProject.instance(),
        str(location[0]) if location is not None else "",
        unopened if location is not None and not open_files else None,
    )
    return found, list(dict.fromkeys(name for name, _rule in missing))


# --- the workflow ----------------------------------------------------------------------


@dataclass
class ApprovalState:
    """The effective state of a layer (the recorded one, or draft when the data changed), and why."""

    state: str
    record: ApprovalRecord | None
    reasons: list[str] = field(default_factory=list)
    fingerprint: str = ""

    @property
    def approved(self) -> bool:
        """True when approved or published, on unchanged data."""
        return self.state in (APPROVED, PUBLISHED)


class FingerprintJob:
    """The fingerprints `state_of` compares, computed in a worker thread.

    QGIS objects are read in the calling thread (where the layers are, which rules, which
    related layers); the thread only runs SQLite over GeoPackage files (the GIL is released
    while SQLite works), so the publisher can export the package meanwhile. Layers that are
    not plain GeoPackage tables are hashed from their features in the calling thread.
    """

    def __init__(self, layer: QgsVectorLayer, record: ApprovalRecord, feedback: QgsFeedback | None = None) -> None:
        self.results: dict[str, str] = {}
        self.error: BaseException | None = None
        self.rules_hash = ""
        jobs: list[tuple[str, Callable[[], str]]] = []
        location = gpkg_location(layer)
        if location is not None and not layer.subsetString() and not layer.isModified():
            jobs.append(("", lambda: gpkg_fingerprint(*location, feedback=feedback)))
        else:
            self.results[""] = feature_fingerprint(layer, feedback)
        rule_set = bound_rules(layer)
        self.rules_hash = rules_hash(rule_set)
        if record.related and self.rules_hash == record.rules_hash:
            others, _missing = related_layers(layer, rule_set, open_files=False)
            used = _rule_fields(rule_set)
            for name in sorted(record.related):
                other = others.get(name)
                if other is None:
                    self.results[name] = ""
                    continue
                fields = used.get(name, [])
                if isinstance(other, tuple):  # a table of the layer's GeoPackage, not opened
                    jobs.append((name, lambda where=other, fields=fields: self._related(where, fields, feedback)))
                    continue
                where = gpkg_location(other)
                if where is not None and not other.subsetString() and not other.isModified():
                    jobs.append((name, lambda where=where, fields=fields: self._related(where, fields, feedback)))
                else:
                    self.results[name] = related_fingerprint(other, fields, feedback)
        self._thread = threading.Thread(target=self._run, args=(jobs,), name="paradigm-fingerprints", daemon=True)
        self._thread.start()

    @staticmethod
    def _related(where: tuple[Path, str], fields: list[str], feedback: QgsFeedback | None) -> str:
        return gpkg_sql_fingerprint(*where, fields) or gpkg_fingerprint(*where, feedback=feedback)

    def _run(self, jobs: list[tuple[str, Callable[[], str]]]) -> None:
        try:
            for name, job in jobs:
                self.results[name] = job()
        except BaseException as error:  # noqa: BLE001 - re-raised by wait()
            self.error = error

    def wait(self) -> dict[str, str]:
        """The fingerprints ('' for the layer itself); re-raises what the thread raised."""
        self._thread.join()
        if self.error is not None:
            raise self.error
        return self.results


def quick_state(layer: QgsVectorLayer) -> ApprovalState | None:
    """The state when it is draft without hashing anything (no record, draft, unsaved edits); else None."""
    name = layer.name()
    record = load_record(layer)
    if record is not None and record.state == DRAFT and record.validation_errors:
        return ApprovalState(DRAFT, record, list(record.validation_errors))
    if record is None or record.state == DRAFT:
        return ApprovalState(DRAFT, record, [tr("Layer '{layer}' has not been validated.").format(layer=name)])
    if layer.isEditable() and layer.isModified():
        return ApprovalState(
            DRAFT, record, [tr("Layer '{layer}' has unsaved edits since it was validated.").format(layer=name)]
        )
    return None


def compare(layer_name: str, record: ApprovalRecord, job: FingerprintJob) -> ApprovalState:
    """The state from the recorded fingerprints and those of `job` (waits for it)."""
    prints = job.wait()
    current = prints.get("", "")
    reasons = []
    if current != record.fingerprint:
        reasons.append(tr("The data of layer '{layer}' changed since it was validated.").format(layer=layer_name))
    elif job.rules_hash != record.rules_hash:
        message = tr("The topology rules of layer '{layer}' changed since it was validated.")
        reasons.append(message.format(layer=layer_name))
    else:
        for other_name, recorded in sorted(record.related.items()):
            if prints.get(other_name) != recorded:
                reasons.append(
                    tr("The layer '{other}' used to validate layer '{layer}' changed since.").format(
                        other=other_name, layer=layer_name
                    )
                )
    if reasons:
        return ApprovalState(DRAFT, record, reasons, current)
    return ApprovalState(record.state, record, [], current)


def state_of(layer: QgsVectorLayer, feedback: QgsFeedback | None = None) -> ApprovalState:
    """The layer's state: the recorded one while the data (and the related data and the rules) are those
    that were validated; draft otherwise, with the reasons (translated, naming the layer)."""
    quick = quick_state(layer)
    if quick is not None:
        return quick
    record = load_record(layer)
    return compare(layer.name(), record, FingerprintJob(layer, record, feedback))


@dataclass
class ValidationOutcome:
    """What :func:`validate` found: the topology result, the conformity report, and the refusal reasons."""

    state: str
    topology: Any = None
    conformity: Any = None
    reasons: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """True when the layer was recorded as validated."""
        return self.state == VALIDATED


def validate(
    layer: QgsVectorLayer,
    who: str | None = None,
    rule_set: Any = None,
    related: dict[str, QgsVectorLayer] | None = None,
    feedback: QgsFeedback | None = None,
    check_style: Callable[[QgsVectorLayer], Any] | None = None,
) -> ValidationOutcome:
    """Run the layer's topology rules (the bound rule set, related layers from the project or the same
    GeoPackage) and the house-style check; record *validated* when both pass, *draft* otherwise."""
    from ..conformity import check_conformity
    from ..topology.engine import validate_layer

    path, table = _location(layer)
    name = layer.name()
    reasons: list[str] = []
    if layer.isEditable() and layer.isModified():
        raise ApprovalError(tr("Layer '{layer}' has unsaved edits: save them before validating.").format(layer=name))
    rule_set = rule_set or bound_rules(layer)
    result = None
    related_prints: dict[str, str] = {}
    if rule_set is None:
        reasons.append(tr("No topology rule set is bound to layer '{layer}'.").format(layer=name))
    else:
        if related is None:
            related, missing = related_layers(layer, rule_set)
            reasons.extend(
                tr("The layer '{other}' needed to validate layer '{layer}' was not found.").format(other=m, layer=name)
                for m in missing
            )
        if not reasons:
            result = validate_layer(layer, rule_set, related, feedback)
            if result.cancelled:
                reasons.append(tr("The validation of layer '{layer}' was cancelled.").format(layer=name))
            elif result.blocking:
                reasons.append(
                    tr("Layer '{layer}' has {count} topology error(s).").format(layer=name, count=result.error_count)
                )
            used = _rule_fields(rule_set)
            related_prints = {
                n: related_fingerprint(other, used.get(n, []), feedback) for n, other in sorted(related.items())
            }
    report = (check_style or check_conformity)(layer)
    if not report.conformant:
        reasons.append(report.summary())
    record = load_record(layer) or ApprovalRecord(table)
    who = who or current_user()
    if reasons:
        if record.state != DRAFT:
            record.event(DRAFT, who, "; ".join(reasons))
        record.state = DRAFT
        record.validation_errors = list(reasons)
        save_record(layer, record)
        return ValidationOutcome(DRAFT, result, report, reasons)
    record.state = VALIDATED
    record.validation_errors = []
    record.fingerprint = fingerprint(layer, feedback)
    record.related = related_prints
    record.rules_hash = rules_hash(rule_set)
    record.validated_at, record.validated_by = now(), who
    record.approved_at = record.approved_by = record.comment = ""
    record.event(VALIDATED, who)
    save_record(layer, record)
    return ValidationOutcome(VALIDATED, result, report, [])


def approve(layer: QgsVectorLayer, who: str, comment: str = "") -> ApprovalRecord:
    """Record the approval (who, when, comment) of a validated layer whose data did not change since."""
    state = state_of(layer)
    if state.state != VALIDATED:
        if state.state in (APPROVED, PUBLISHED):
            raise ApprovalError(tr("Layer '{layer}' is already approved.").format(layer=layer.name()))
        raise ApprovalError(
            " ".join([tr("Layer '{layer}' must be validated before it is approved.").format(layer=layer.name()),
                      *state.reasons])
        )
    if not who.strip():
        raise ApprovalError(tr("The approval of layer '{layer}' needs the approver's name.").format(layer=layer.name()))
    record = state.record
    assert record is not None
    record.state = APPROVED
    record.approved_at, record.approved_by, record.comment = now(), who, comment
    record.event(APPROVED, who, comment)
    save_record(layer, record)
    return record


def mark_published(
    layer: QgsVectorLayer, identifier: str, revision: int, date_stamp: str, target: str, package: str, who: str
) -> ApprovalRecord:
    """Record a successful publication (state *published*, identifier, revision, target, package)."""
    record = load_record(layer)
    if record is None:
        raise ApprovalError(tr("Layer '{layer}' has no approval record.").format(layer=layer.name()))
    record.state = PUBLISHED
    record.identifier, record.revision, record.date_stamp = identifier, revision, date_stamp
    record.published_at, record.published_by, record.target, record.package = now(), who, target, package
    record.event(PUBLISHED, who, f"{target} {identifier} r{revision}")
    save_record(layer, record)
    return record


def mark_withdrawn(layer: QgsVectorLayer, who: str) -> ApprovalRecord | None:
    """Back to *approved* after a withdrawal (the identifier is kept for a later republication)."""
    record = load_record(layer)
    if record is None:
        return None
    if record.state == PUBLISHED:
        record.state = APPROVED
    record.date_stamp = ""
    record.published_at = record.target = record.package = ""
    record.event("withdrawn", who)
    save_record(layer, record)
    return record

