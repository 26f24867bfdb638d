"""The publication log: one JSON line per publication, withdrawal or failure, in the store folder."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from qgis.core import Qgis, QgsMessageLog

from .store import LOG_FILE

LOG_TAG = "Paradigm Carto"


@dataclass
class LogEntry:
    """Who did what, when, to which layer/file and record, on which target, with which result."""

    when: str
    who: str
    action: str  # publish, withdraw
    layer: str
    file: str
    identifier: str
    target: str
    result: str  # published, withdrawn, refused, conflict, failed, cancelled
    revision: int = 0
    message: str = ""


def append(store_root: Path | str, entry: LogEntry) -> bool:
    """Append `entry` as one line (O_APPEND, one write, fsync); False (and a QGIS log message) on failure."""
    path = Path(store_root) / LOG_FILE
    line = (json.dumps(asdict(entry), ensure_ascii=False) + "\n").encode("utf-8")
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(descriptor, line)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    except OSError as error:
        QgsMessageLog.logMessage(f"{path}: {error}", LOG_TAG, Qgis.MessageLevel.Warning)
        return False
    return True


def read(store_root: Path | str, identifier: str | None = None) -> list[LogEntry]:
    """The entries, oldest first (only those of `identifier` when given); unreadable lines are skipped."""
    path = Path(store_root) / LOG_FILE
    entries: list[LogEntry] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return entries
    fields = LogEntry.__dataclass_fields__
    for line in lines:
        try:
            data = json.loads(line)
            entry = LogEntry(**{k: v for k, v in data.items() if k in fields})
        except (ValueError, TypeError):
            continue
        if identifier is None or entry.identifier == identifier:
            entries.append(entry)
    return entries
