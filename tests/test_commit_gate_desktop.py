"""The commit gate in the REAL QGIS desktop (under Xvfb): QGIS's own save actions are refused
while a building overlaps its neighbour, nothing reaches the GeoPackage (read by THIS process
while QGIS still holds the layer in editing mode), the buffer keeps the building, and once it
is moved the same action saves it. Unloading the GUI part leaves no connection behind.

QGIS runs once per module; ``tests/commit_gate_desktop_script.py`` drives it from inside and
writes a JSON report. Between the refused saves and the fix it writes a checkpoint and waits
for this process to read the file and answer (bounded waits on both sides).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tests" / "commit_gate_desktop_script.py"
PROFILE = "gate"
TABLE = "Buildings"
QGIS_TIMEOUT_S = 100  # the script gives up after 75 s
CHECKPOINT_TIMEOUT_S = 70

pytestmark = pytest.mark.timeout(300)


def _digest(path: Path) -> list:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = connection.execute(f'SELECT * FROM "{TABLE}" ORDER BY fid').fetchall()
    finally:
        connection.close()
    return [len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()]


def _inspire_ids(path: Path) -> set[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {row[0] for row in connection.execute(f'SELECT INSPIRE_ID FROM "{TABLE}"')}
    finally:
        connection.close()


def _profile(base: Path) -> Path:
    """A throwaway profile with QGIS's start-up questions and network checks off."""
    spec = importlib.util.spec_from_file_location("install_profile", ROOT / "scripts" / "install_profile.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    profiles = base / "profiles-path"
    module.write_settings(profiles / "profiles" / PROFILE / "QGIS" / "QGIS3.ini", list(module.UNATTENDED_SETTINGS))
    module.write_settings(profiles / "profiles" / "profiles.ini", [("core", "defaultProfile", PROFILE)])
    return profiles


def _env(base: Path, gpkg: Path, output: Path, sync: Path, checks: str) -> dict[str, str]:
    dropped = ("QGIS_CUSTOM_CONFIG_PATH", "QGIS_PLUGINPATH", "PYQGIS_STARTUP", "PYTHONPATH", "PYTHONHOME", "DISPLAY",
               "WAYLAND_DISPLAY", "LANGUAGE")
    env = {k: v for k, v in os.environ.items() if k not in dropped and not k.startswith("PARADIGM_CARTO_")}
    home = base / "home"
    (home / "runtime").mkdir(mode=0o700, parents=True)
    env.update(
        HOME=str(home), XDG_RUNTIME_DIR=str(home / "runtime"), XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"), XDG_DATA_HOME=str(home / ".local" / "share"),
        LC_ALL="C.UTF-8", QT_QPA_PLATFORM="xcb", PYTHONDONTWRITEBYTECODE="1",
        PYQGIS_STARTUP=str(SCRIPT),  # the error-dialog recorder is in place before anything runs
        PARADIGM_GATE_ROOT=str(ROOT), PARADIGM_GATE_GPKG=str(gpkg), PARADIGM_GATE_OUTPUT=str(output),
        PARADIGM_GATE_SYNC=str(sync), PARADIGM_GATE_QGIS_CHECKS=checks,
    )  # fmt: skip
    return env


def _stop(process: subprocess.Popen) -> None:
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
            process.wait(timeout=5)
            return
        except (ProcessLookupError, subprocess.TimeoutExpired):
            continue


QGIS_CHECKS = {  # QGIS's own geometry validation enabled on the same layer, or not
    "plain": "",
    "with-qgis-isvalid-check": "QgsIsValidCheck",
    "with-qgis-overlap-check": "QgsGeometryOverlapCheck",
}


@pytest.fixture(scope="module", params=list(QGIS_CHECKS.values()), ids=list(QGIS_CHECKS))
def desktop(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, qgis_app) -> dict[str, Any]:
    """Run QGIS with the script; read the file at the checkpoint; return the report and our readings.

    Three times: plainly, and with QGIS's own geometry validation (is-valid check; topological
    overlap check) enabled on the same layer, to show the gate and QGIS's service coexist."""
    from qgis.core import QgsVectorLayer

    for tool in ("qgis", "xvfb-run"):
        assert shutil.which(tool), f"{tool} is not installed (make deps installs it)"
    base = tmp_path_factory.mktemp("gate-desktop")
    gpkg = base / "buildings.gpkg"
    shutil.copy(ROOT / "resources" / "sample" / "urbis_sample.gpkg", gpkg)
    sync = base / "sync"
    sync.mkdir()
    output, log = base / "report.json", base / "qgis.log"
    before = _digest(gpkg)
    command = ["xvfb-run", "-a", "-e", str(base / "xvfb.log"), "-s", "-screen 0 1280x1024x24",
               "qgis", "--profiles-path", str(_profile(base)), "--profile", PROFILE, "--nologo",
               "--noversioncheck", "--noplugins", "--code", str(SCRIPT)]  # fmt: skip
    readings: dict[str, Any] = {"before": before}
    with open(log, "wb") as sink:
        env = _env(base, gpkg, output, sync, request.param)
        process = subprocess.Popen(command, cwd=base, env=env, stdin=subprocess.DEVNULL,
                                   stdout=sink, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            deadline = time.monotonic() + CHECKPOINT_TIMEOUT_S
            checkpoint = sync / "refused.json"
            while not checkpoint.exists() and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.2)
            if checkpoint.exists():
                # QGIS is still running, the layer still in editing mode: read the file ourselves.
                fresh = QgsVectorLayer(f"{gpkg}|layername={TABLE}", "fresh", "ogr")
                readings["at_checkpoint"] = {
                    "digest": _digest(gpkg),
                    "fresh_layer_count": fresh.featureCount(),
                    "has_overlap_building": "DESKTOP-OVERLAP" in _inspire_ids(gpkg),
                }
                del fresh
                (sync / "refused.ack.part").write_text(json.dumps(readings["at_checkpoint"]), encoding="utf-8")
                os.replace(sync / "refused.ack.part", sync / "refused.ack")
            returncode: int | None = process.wait(timeout=QGIS_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            returncode = None
        finally:
            if process.poll() is None:
                _stop(process)
    text = log.read_text(encoding="utf-8", errors="replace")
    if not output.is_file():
        pytest.fail(f"QGIS wrote no report (exit code {returncode}); its output:\n{text[-6000:]}")
    report = json.loads(output.read_text(encoding="utf-8"))
    readings["after_exit"] = {"digest": _digest(gpkg), "ids": "DESKTOP-OVERLAP" in _inspire_ids(gpkg)}
    report["_readings"], report["_log"], report["_returncode"] = readings, text, returncode
    print(f"\nQGIS {report.get('qgis_version')}: {report.get('duration_s')} s, steps {report.get('steps')}")
    return report


def _context(report: dict[str, Any]) -> str:
    keys = ("problem", "errors", "python_errors", "dialogs", "answered", "steps", "_returncode")
    return f"\n{json.dumps({k: report.get(k) for k in keys}, indent=1, default=str)}\n{report['_log'][-3000:]}"


def test_script_ran_cleanly(desktop: dict[str, Any]) -> None:
    assert desktop["problem"] is None, _context(desktop)
    assert not desktop["errors"] and not desktop["python_errors"], _context(desktop)
    assert not desktop["dialogs"], f"unexpected modal dialogs: {desktop['dialogs']}"
    assert desktop["gated"], _context(desktop)
    assert desktop["qgis_checks"] in ([], ["QgsIsValidCheck"], ["QgsGeometryOverlapCheck"])


@pytest.mark.parametrize("step", ["after_save_active", "after_save_all", "after_toggle", "after_python_commit"])
def test_every_save_path_is_refused_and_keeps_the_buffer(desktop: dict[str, Any], step: str) -> None:
    """Save Layer Edits, Save All Edits, Toggle Editing › Save, layer.commitChanges(): all refused."""
    edited, state = desktop["after_edit"], desktop[step]
    assert state["editable"] and state["modified"], state
    assert state["added"] == edited["added"] and len(state["added"]) == 1, state
    assert state["added_geometry_types"] == edited["added_geometry_types"], "the guard feature was left behind"
    assert state["undo"] == edited["undo"], "the undo stack changed"
    assert state["disk"] == desktop["disk_at_start"], "the GeoPackage changed"
    assert state["last_problems"] and "DESKTOP-OVERLAP" in state["last_problems"][0]
    titles = [item["title"] for item in state["message_bar"]]
    assert titles.count("Save refused") == 1, state["message_bar"]  # the latest refusal, not a pile
    refused = next(item for item in state["message_bar"] if item["title"] == "Save refused")
    assert "not saved" in refused["text"] and "Your edits are kept" in refused["text"]


def test_toggle_editing_question_was_answered_save(desktop: dict[str, Any]) -> None:
    clicked = [entry.get("clicked") for entry in desktop["answered"]]
    assert "Save" in clicked, desktop["answered"]
    assert desktop["python_commit"] is False


def test_file_read_by_this_process_while_refused(desktop: dict[str, Any]) -> None:
    """Read here, through our own connections, while QGIS still had the edits in its buffer."""
    readings = desktop["_readings"]
    assert "at_checkpoint" in readings, _context(desktop)
    at = readings["at_checkpoint"]
    assert at["digest"] == readings["before"], "the GeoPackage changed while saves were refused"
    assert at["fresh_layer_count"] == readings["before"][0]
    assert not at["has_overlap_building"]
    assert desktop["test_process_read"] == at  # the script waited for us


def test_fixed_building_is_saved_by_the_same_action(desktop: dict[str, Any]) -> None:
    fixed = desktop["after_fix"]
    assert fixed["added"] == [] and not fixed["modified"], fixed
    assert "Save refused" not in [item["title"] for item in fixed["message_bar"]]  # gone once fixed
    assert fixed["disk"][0] == desktop["disk_at_start"][0] + 1
    assert desktop["editable_after_stop"] is False
    readings = desktop["_readings"]["after_exit"]
    assert readings["ids"], "the fixed building is not in the file"
    assert readings["digest"] == desktop["disk_after_stop"]


def test_unload_leaves_nothing(desktop: dict[str, Any]) -> None:
    assert desktop["gated_after_unload"] == []
    before, after = desktop["receivers_before_unload"], desktop["receivers_after_unload"]
    # QGIS desktop connects plenty of its own slots to a layer: unload took away exactly the gate's one per signal
    assert {name: before[name] - after[name] for name in before} == dict.fromkeys(before, 1), (before, after)
    assert desktop["messages_pushed"] >= 1
