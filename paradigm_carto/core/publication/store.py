"""The publication store: one folder per dataset holding the data package, written atomically.

A package is ``<name>.gpkg`` (the layer, its house style as the default style in
``layer_styles``), ``<name>.sld``, ``<name>.xml`` (the ISO 19139 record) and
``manifest.json`` (identifier, revision, dateStamp, files). Files are first
written under temporary names in the dataset folder (:meth:`PublicationStore.stage`),
then swapped in with ``os.replace`` (:meth:`StagedPackage.commit`), the previous
files kept aside until the catalogue write has succeeded (:meth:`StagedPackage.finish`)
or restored when it failed (:meth:`StagedPackage.rollback`).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeedback,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtXml import QDomDocument

from ..i18n import tr

MANIFEST = "manifest.json"
LOG_FILE = "publication_log.jsonl"
TEMP_PREFIX = ".tmp-"
BACKUP_PREFIX = ".previous-"
TRASH_PREFIX = ".withdrawn-"
MAX_NAME = 80


class StoreError(Exception):
    """The store cannot be used; the message (UI language) names the folder and the reason."""


def sanitize(text: str, fallback: str = "dataset") -> str:
    """A safe file or folder name from untrusted text: ASCII letters, digits, '.', '_', '-' only,
    no leading dot, at most 80 characters (never a path, never '..')."""
    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", ascii_text).strip("._-")[:MAX_NAME].strip("._-")
    return name or fallback


@dataclass
class StagedPackage:
    """A package written under temporary names, not yet visible."""

    store: PublicationStore
    folder: Path
    token: str
    files: dict[str, Path] = field(default_factory=dict)  # final name -> temporary path
    backups: dict[str, Path] = field(default_factory=dict)  # final name -> previous file kept aside
    created_folder: bool = False
    committed: bool = False

    @property
    def package(self) -> Path:
        """The final path of the GeoPackage."""
        return self.folder / next(n for n in self.files if n.endswith(".gpkg"))

    def commit(self) -> None:
        """Swap the new files in (os.replace each); the previous ones are kept aside."""
        try:
            for name, temporary in self.files.items():
                final = self.folder / name
                if final.exists():
                    backup = self.folder / f"{BACKUP_PREFIX}{self.token}-{name}"
                    os.replace(final, backup)
                    self.backups[name] = backup
                os.replace(temporary, final)
            for stale in (p for p in self.folder.iterdir() if p.is_file() and not p.name.startswith(".")):
                if stale.name not in self.files:  # a file of the previous package that is not in the new one
                    backup = self.folder / f"{BACKUP_PREFIX}{self.token}-{stale.name}"
                    os.replace(stale, backup)
                    self.backups[stale.name] = backup
        except OSError as error:
            self.committed = True
            self.rollback()
            raise StoreError(self.store.message(error)) from None
        self.committed = True

    def rollback(self) -> None:
        """Put the previous package back (or remove the new one when there was none)."""
        for name, temporary in self.files.items():
            temporary.unlink(missing_ok=True)
            if self.committed and name not in self.backups:
                (self.folder / name).unlink(missing_ok=True)
        for name, backup in self.backups.items():
            if backup.exists():
                os.replace(backup, self.folder / name)
        self.backups.clear()
        if self.created_folder and self.folder.is_dir() and not any(self.folder.iterdir()):
            self.folder.rmdir()

    def finish(self) -> None:
        """Drop the previous package (the catalogue accepted the new one)."""
        for backup in self.backups.values():
            backup.unlink(missing_ok=True)
        self.backups.clear()


class PublicationStore:
    """A folder of published datasets; `public_base_url` (optional) is where the folder is served."""

    def __init__(self, root: Path | str, public_base_url: str = "") -> None:
        self.root = Path(root).expanduser()
        self.public_base_url = public_base_url.strip()

    def message(self, error: object) -> str:
        """'The publication store <root> cannot be written: <reason>'."""
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        message = tr("The publication store '{folder}' cannot be written: {reason}")
        return message.format(folder=self.root, reason=reason)

    def check_writable(self) -> None:
        """StoreError unless the store folder exists (or can be made) and a file can be created in it."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            probe = self.root / f"{TEMP_PREFIX}{uuid.uuid4().hex}.probe"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as error:
            raise StoreError(self.message(error)) from None

    def folder(self, identifier: str) -> Path:
        """The dataset folder (from the sanitized identifier)."""
        return self.root / sanitize(identifier)

    def download_url(self, identifier: str, file_name: str) -> str:
        """The public URL of a file of a dataset: base URL + relative path, else a file:// URL."""
        relative = f"{sanitize(identifier)}/{file_name}"
        if self.public_base_url:
            return self.public_base_url.rstrip("/") + "/" + quote(relative)
        return (self.root.resolve() / relative).as_uri()

    def manifest(self, identifier: str) -> dict | None:
        """The manifest of the published package, None when there is none."""
        try:
            return json.loads((self.folder(identifier) / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    # --- writing ---------------------------------------------------------------------

    def stage(
        self,
        layer: QgsVectorLayer,
        identifier: str,
        name: str,
        record_xml: bytes,
        manifest: dict,
        feedback: QgsFeedback | None = None,
    ) -> StagedPackage:
        """Write the package under temporary names in the dataset folder (nothing visible changes)."""
        self.check_writable()
        folder = self.folder(identifier)
        created = not folder.exists()
        token = uuid.uuid4().hex[:12]
        staged = StagedPackage(self, folder, token, created_folder=created)
        base = sanitize(name, "layer")
        try:
            folder.mkdir(exist_ok=True)
            gpkg = folder / f"{TEMP_PREFIX}{token}-{base}.gpkg"
            staged.files[f"{base}.gpkg"] = gpkg
            self._export(layer, gpkg, base, feedback)
            sld = folder / f"{TEMP_PREFIX}{token}-{base}.sld"
            staged.files[f"{base}.sld"] = sld
            message, ok = layer.saveSldStyle(str(sld))
            if not ok or not sld.is_file():
                raise StoreError(self.message(message or tr("the SLD style could not be written")))
            xml = folder / f"{TEMP_PREFIX}{token}-{base}.xml"
            staged.files[f"{base}.xml"] = xml
            xml.write_bytes(record_xml)
            manifest = dict(manifest, files=sorted([f"{base}.gpkg", f"{base}.sld", f"{base}.xml"]))
            target = folder / f"{TEMP_PREFIX}{token}-{MANIFEST}"
            staged.files[MANIFEST] = target
            target.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
        except OSError as error:
            staged.rollback()
            raise StoreError(self.message(error)) from None
        except BaseException:
            staged.rollback()
            raise
        return staged

    def _export(self, layer: QgsVectorLayer, path: Path, name: str, feedback: QgsFeedback | None) -> None:
        """The layer to a GeoPackage, then its style saved in it as the default style."""
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        options.fileEncoding = "UTF-8"
        if feedback is not None:
            options.feedback = feedback
        context = QgsProject.instance().transformContext() if QgsProject.instance() else QgsCoordinateTransformContext()
        result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), context, options)
        if result[0] != QgsVectorFileWriter.WriterError.NoError:
            if feedback is not None and feedback.isCanceled():
                raise StoreError(tr("cancelled"))
            raise StoreError(self.message(result[1] or tr("the GeoPackage could not be written")))
        exported = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        try:
            if not exported.isValid():
                raise StoreError(self.message(tr("the exported GeoPackage cannot be opened")))
            document = QDomDocument()
            error = layer.exportNamedStyle(document)
            if error:
                raise StoreError(self.message(error))
            exported.importNamedStyle(document)
            description = tr("House style of {layer}").format(layer=layer.name())
            save_v2 = getattr(exported, "saveStyleToDatabaseV2", None)  # QGIS 3.34+
            if save_v2 is not None:
                results, error = save_v2(name, description, True, "")
                failed = bool(results & type(exported).SaveStyleResult.DatabaseWriteFailed)
            else:
                error = exported.saveStyleToDatabase(name, description, True, "")
                failed = bool(error)
            if failed:
                raise StoreError(self.message(error or tr("the style could not be saved in the GeoPackage")))
        finally:
            del exported

    def remove(self, identifier: str) -> Path | None:
        """Move the dataset folder aside (atomic rename); return where it went, None when there was none."""
        folder = self.folder(identifier)
        if not folder.is_dir():
            return None
        aside = self.root / f"{TRASH_PREFIX}{uuid.uuid4().hex[:12]}-{folder.name}"
        try:
            os.replace(folder, aside)
        except OSError as error:
            raise StoreError(self.message(error)) from None
        return aside

    def restore(self, aside: Path, identifier: str) -> None:
        """Undo :meth:`remove`."""
        os.replace(aside, self.folder(identifier))

    @staticmethod
    def purge(aside: Path) -> None:
        """Delete a folder moved aside by :meth:`remove`."""
        shutil.rmtree(aside, ignore_errors=True)

