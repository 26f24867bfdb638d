"""Publish an approved layer: checks, data package in the store, catalogue record, state and log.

:func:`publish` never reports "published" unless the catalogue accepted the record
and read it back; any failure or cancellation leaves the store and the catalogue
as they were (the previous package is restored, the previous record put back).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from qgis.core import QgsFeedback, QgsVectorLayer

from ..catalogue_clients.base import CatalogueClient, CatalogueError
from ..i18n import tr
from ..metadata.iso19139 import GCO, GMD, RecordError, build_record_bytes, find_record, parse_xml
from ..metadata.model import DistributionLink, LayerMetadata, gpkg_location, save_with_layer
from . import approval, log
from .store import PublicationStore, StoreError, sanitize

PACKAGE_PROTOCOL = "WWW:DOWNLOAD-1.0-http--download"


class PublicationError(Exception):
    """Publishing or withdrawing failed at `step`; the message (UI language) names the layer, step and reason."""

    def __init__(self, layer: str, step: str, reason: str) -> None:
        self.layer = layer
        self.step = step
        self.reason = reason
        super().__init__(
            tr("Publishing layer '{layer}' failed at the step '{step}': {reason}").format(
                layer=layer, step=step, reason=reason
            )
        )


class PublicationRefusedError(PublicationError):
    """The layer may not be published; `reasons` lists why (translated, naming the layer)."""

    def __init__(self, layer: str, reasons: list[str]) -> None:
        self.reasons = list(reasons)
        super().__init__(layer, step_name("checks"), " ".join(self.reasons))


class ConflictError(PublicationError):
    """The catalogue record changed since this user last published or saw it."""


class PublicationCancelledError(PublicationError):
    """CancelledError at a safe point: the store and the catalogue are as they were."""


def step_name(step: str) -> str:
    """The translated name of a publication step."""
    names = {
        "checks": tr("checks"),
        "conflict": tr("conflict check"),
        "package": tr("data package"),
        "catalogue": tr("catalogue"),
        "state": tr("approval state"),
        "withdraw": tr("withdrawal"),
    }
    return names.get(step, step)


@dataclass
class PublicationResult:
    """A successful publication."""

    identifier: str
    action: str  # insert or update
    target: str
    package: Path
    download_url: str
    revision: int
    date_stamp: str
    files: list[Path] = field(default_factory=list)


def _stamp_after(previous: str) -> str:
    """Now (UTC, seconds), strictly later than `previous` when given (the record's revision)."""
    current = datetime.now(timezone.utc).replace(microsecond=0)
    if previous:
        try:
            last = datetime.strptime(previous[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)
            if current <= last:
                current = last + timedelta(seconds=1)
        except ValueError:
            pass
    return current.strftime("%Y-%m-%dT%H:%M:%SZ")


def record_stamp(record_xml: bytes | None) -> str:
    """The gmd:dateStamp of a record ('' when absent or unreadable): the record's revision."""
    if not record_xml:
        return ""
    try:
        record = find_record(parse_xml(record_xml))
    except RecordError:
        return ""
    for kind in ("DateTime", "Date"):
        text = record.findtext(f"{{{GMD}}}dateStamp/{{{GCO}}}{kind}")
        if text:
            return text.strip()
    return ""


def refusals(layer: QgsVectorLayer, metadata: LayerMetadata, feedback: QgsFeedback | None = None) -> list[str]:
    """Why `layer` may not be published with `metadata` (empty when it may): approval state current
    (data, related data and rules unchanged since validation), house style, metadata complete."""
    reasons, job = _quick_refusals(layer, metadata, feedback)
    if job is not None:
        reasons[:0] = _state_refusals(layer, job)
    return reasons


def _quick_refusals(
    layer: QgsVectorLayer, metadata: LayerMetadata, feedback: QgsFeedback | None
) -> tuple[list[str], approval.FingerprintJob | None]:
    """The refusals found without hashing the data, and the fingerprint job started for the rest
    (None when the state is already known to be draft)."""
    from ..conformity import check_conformity

    name = layer.name()
    if gpkg_location(layer) is None:
        return [
            tr("Layer '{layer}' is not in a GeoPackage: save it to a GeoPackage to validate, approve and publish it.")
            .format(layer=name)
        ], None
    reasons: list[str] = []
    job = None
    quick = approval.quick_state(layer)
    if quick is not None:
        reasons.extend(quick.reasons)
        record = quick.record
    else:
        record = approval.load_record(layer)
        job = approval.FingerprintJob(layer, record, feedback)
        if record.state == approval.VALIDATED:
            reasons.append(tr("Layer '{layer}' is validated but not approved.").format(layer=name))
    report = check_conformity(layer)
    if not report.conformant:
        reasons.append(report.summary())
    missing = metadata.missing_required()
    if missing:
        reasons.append(
            tr("The metadata of layer '{layer}' is incomplete: {fields}.").format(
                layer=name, fields=", ".join(m.label for m in missing)
            )
        )
    if record is not None and record.identifier and record.identifier != metadata.identifier:
        reasons.append(
            tr("Layer '{layer}' was published as '{published}', the metadata has the identifier '{identifier}'.")
            .format(layer=name, published=record.identifier, identifier=metadata.identifier)
        )
    return reasons, job


def _state_refusals(layer: QgsVectorLayer, job: approval.FingerprintJob) -> list[str]:
    """The reasons the data, related data or rules changed since the validation (waits for `job`)."""
    record = approval.load_record(layer)
    return approval.compare(layer.name(), record, job).reasons


def _cancelled(feedback: QgsFeedback | None) -> bool:
    return feedback is not None and feedback.isCanceled()


def _with_link(metadata: LayerMetadata, url: str, file_name: str) -> LayerMetadata:
    """A copy of `metadata` whose first link is the package's download link (older package links dropped)."""
    updated = LayerMetadata.from_dict(metadata.to_dict())
    kept = [link for link in updated.links if link.name != file_name and link.protocol != PACKAGE_PROTOCOL]
    link = DistributionLink(url, PACKAGE_PROTOCOL, file_name, tr("Data package (GeoPackage with the house style)"))
    updated.links = [link, *kept]
    return updated


def publish(
    layer: QgsVectorLayer,
    metadata: LayerMetadata,
    target: CatalogueClient,
    store: PublicationStore,
    feedback: QgsFeedback | None = None,
    who: str | None = None,
) -> PublicationResult:
    """Publish an approved layer: package in the store, record in the catalogue (insert or update of the
    metadata identifier), read back by the client; then state *published* and a log entry."""
    who = who or approval.current_user()
    name = layer.name()
    location = gpkg_location(layer)
    table = location[1] if location else name
    identifier = metadata.identifier
    target_name = getattr(target, "target", "") or type(target).__name__
    entry = log.LogEntry(approval.now(), who, "publish", name, "", identifier, target_name, "failed")

    def fail(error: PublicationError, result: str = "failed") -> PublicationError:
        entry.result, entry.message = result, str(error)
        log.append(store.root, entry)
        return error

    def check_cancel(step: str) -> None:
        if _cancelled(feedback):
            raise fail(PublicationCancelledError(name, step_name(step), tr("cancelled")), "cancelled")

    # 1. checks; the data fingerprints are computed in a thread while the package is exported (3.)
    # and compared before anything becomes visible
    reasons, job = _quick_refusals(layer, metadata, feedback)

    def state_refusals() -> list[str]:
        try:
            return _state_refusals(layer, job) if job is not None else []
        except approval.CancelledError:
            check_cancel("checks")
            raise

    if reasons:
        reasons[:0] = state_refusals()
        raise fail(PublicationRefusedError(name, reasons), "refused")
    check_cancel("checks")
    try:
        store.check_writable()
    except StoreError as error:
        state_refusals()
        raise PublicationError(name, step_name("package"), str(error)) from None
    record = approval.load_record(layer)
    assert record is not None

    # 2. conflict check, in a thread while the package is exported (3.): a read-only GetRecordById whose
    # answer is awaited before anything becomes visible. Without a conflict the record found is absent or
    # has the dateStamp this copy last published, so the new dateStamp does not depend on the answer.
    lookup = _Lookup(target, identifier)

    def conflict() -> tuple[bytes | None, PublicationError | None, str]:
        """The record found, the error to raise (catalogue failure or conflict) and the log result."""
        try:
            existing = lookup.wait()
        except CatalogueError as error:
            return None, PublicationError(name, step_name("catalogue"), str(error)), "failed"
        found_stamp = record_stamp(existing)
        if existing is None or found_stamp == record.date_stamp:
            return existing, None, ""
        if record.date_stamp:
            reason = tr(
                "the catalogue record '{identifier}' was changed by someone else (revision {found}, "
                "this layer last published revision {expected}): reload it before publishing again"
            ).format(identifier=identifier, found=found_stamp or "-", expected=record.date_stamp)
        else:
            reason = tr(
                "the catalogue already holds a record '{identifier}' (revision {found}) that was not published "
                "from this copy of the layer"
            ).format(identifier=identifier, found=found_stamp or "-")
        return existing, ConflictError(name, step_name("conflict"), reason), "conflict"

    if _cancelled(feedback):
        lookup.wait_quietly()
        state_refusals()
        check_cancel("conflict")

    # 3. package (temporary names), with the download link in the record
    file_name = f"{sanitize(table, 'layer')}.gpkg"
    url = store.download_url(identifier, file_name)
    published = _with_link(metadata, url, file_name)
    stamp = _stamp_after(record.date_stamp)
    revision = record.revision + 1
    record_xml = build_record_bytes(published, stamp)
    manifest = {
        "identifier": identifier,
        "revision": revision,
        "date_stamp": stamp,
        "layer": name,
        "table": table,
        "published_by": who,
        "published_at": approval.now(),
        "target": target_name,
        "fingerprint": record.fingerprint,
        "approved_by": record.approved_by,
        "approved_at": record.approved_at,
    }
    try:
        staged = store.stage(layer, identifier, table, record_xml, manifest, feedback)
    except StoreError as error:
        existing, problem, result = conflict()  # a conflict or a catalogue failure is reported first
        state_refusals()
        if problem is not None:
            raise fail(problem, result) from None
        result = "cancelled" if _cancelled(feedback) else "failed"
        kind = PublicationCancelledError if result == "cancelled" else PublicationError
        raise fail(kind(name, step_name("package"), str(error)), result) from None
    except BaseException:
        lookup.wait_quietly()
        raise
    try:
        existing, problem, result = conflict()
    except BaseException:
        staged.rollback()
        raise
    if problem is not None:
        staged.rollback()
        state_refusals()
        raise fail(problem, result)
    try:
        reasons = state_refusals()
    except BaseException:
        staged.rollback()
        raise
    if reasons:
        staged.rollback()
        raise fail(PublicationRefusedError(name, reasons), "refused")
    if _cancelled(feedback):
        staged.rollback()
        check_cancel("package")
    try:
        staged.commit()
    except StoreError as error:
        raise fail(PublicationError(name, step_name("package"), str(error))) from None
    entry.file = str(staged.package)
    if _cancelled(feedback):
        staged.rollback()
        check_cancel("package")

    # 4. catalogue write and read-back (the client compares what it reads with what it sent)
    try:
        outcome = target.publish(record_xml, identifier, exists=existing is not None)
    except CatalogueError as error:
        staged.rollback()
        problem = _restore_record(target, identifier, existing)
        reason = str(error) + (f" {problem}" if problem else "")
        raise fail(PublicationError(name, step_name("catalogue"), reason)) from None

    # 5. state, metadata (identifier and link kept with the layer), log
    try:
        approval.mark_published(layer, identifier, revision, stamp, target_name, str(staged.package), who)
        save_with_layer(layer, published)
    except Exception as error:  # noqa: BLE001 - whatever went wrong, store, catalogue and state go back
        staged.rollback()
        problem = _restore_record(target, identifier, existing)
        try:
            approval.save_record(layer, record)
        except Exception:  # noqa: BLE001 - the GeoPackage is what failed: nothing more to do
            pass
        reason = str(error) + (f" {problem}" if problem else "")
        raise fail(PublicationError(name, step_name("state"), reason)) from None
    staged.finish()
    entry.result, entry.revision = "published", revision
    entry.message = outcome.action
    log.append(store.root, entry)
    files = [staged.folder / n for n in staged.files]
    return PublicationResult(identifier, outcome.action, target_name, staged.package, url, revision, stamp, files)


class _Lookup:
    """`target.get(identifier)` in a worker thread (network and the catalogue's own process: it overlaps
    the export); :meth:`wait` returns the record or re-raises what the call raised."""

    def __init__(self, target: CatalogueClient, identifier: str) -> None:
        self.found: bytes | None = None
        self.error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, args=(target, identifier), name="paradigm-conflict-check", daemon=True
        )
        self._thread.start()

    def _run(self, target: CatalogueClient, identifier: str) -> None:
        try:
            self.found = target.get(identifier)
        except BaseException as error:  # noqa: BLE001 - re-raised by wait()
            self.error = error

    def wait(self) -> bytes | None:
        self._thread.join()
        if self.error is not None:
            raise self.error
        return self.found

    def wait_quietly(self) -> None:
        """Wait for the call to end (so nothing runs behind a refusal or a cancellation), ignoring its outcome."""
        self._thread.join()


def _restore_record(target: CatalogueClient, identifier: str, previous: bytes | None) -> str:
    """Put the catalogue back as it was before a failed write ('' when it is, else why that is unknown)."""
    try:
        if target.get(identifier) == previous:
            return ""
        if previous is None:
            target.withdraw(identifier)
        else:
            target.publish(previous, identifier)
    except CatalogueError as error:
        return tr("The catalogue record could not be checked or restored: {reason}").format(reason=error)
    return ""


def withdraw(
    layer_or_identifier: QgsVectorLayer | str,
    target: CatalogueClient,
    store: PublicationStore,
    who: str | None = None,
) -> bool:
    """Remove the record and the package (the state goes back to *approved*); False when neither existed."""
    who = who or approval.current_user()
    layer = layer_or_identifier if isinstance(layer_or_identifier, QgsVectorLayer) else None
    if layer is not None:
        record = approval.load_record(layer)
        identifier = record.identifier if record and record.identifier else ""
        if not identifier:
            stored = None
            try:
                from ..metadata.model import load_from_layer

                stored = load_from_layer(layer)
            except Exception:  # noqa: BLE001
                stored = None
            identifier = stored.identifier if stored else ""
        name = layer.name()
    else:
        identifier = str(layer_or_identifier)
        name = identifier
    target_name = getattr(target, "target", "") or type(target).__name__
    entry = log.LogEntry(approval.now(), who, "withdraw", name, "", identifier, target_name, "failed")
    if not identifier:
        raise PublicationError(name, step_name("withdraw"), tr("the layer was never published"))
    try:
        aside = store.remove(identifier)
    except StoreError as error:
        raise PublicationError(name, step_name("withdraw"), str(error)) from None
    try:
        deleted = target.withdraw(identifier)
    except CatalogueError as error:
        if aside is not None:
            store.restore(aside, identifier)
        entry.message = str(error)
        log.append(store.root, entry)
        raise PublicationError(name, step_name("withdraw"), str(error)) from None
    if aside is not None:
        entry.file = str(store.folder(identifier))
        store.purge(aside)
    if layer is not None:
        approval.mark_withdrawn(layer, who)
    entry.result = "withdrawn"
    log.append(store.root, entry)
    return deleted or aside is not None
