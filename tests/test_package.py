"""The installable package: ``make package``, the zip's layout and metadata, then the plugin
installed from that zip into a throwaway profile of the REAL QGIS desktop (under Xvfb),
loaded, used a little and unloaded, with nothing left behind and no Python error.

QGIS runs once per module (fixture ``qgis_report``); ``tests/package_check_script.py`` runs
inside it and writes what it saw as JSON. QGIS's output is printed when a check fails.
"""

from __future__ import annotations

import configparser
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = "paradigm_carto"
PROFILE = "paradigm"
INSTALL_SCRIPT = ROOT / "scripts" / "install_profile.py"
CHECK_SCRIPT = ROOT / "tests" / "package_check_script.py"
OUTPUT_ENV = "PARADIGM_PACKAGE_CHECK_OUTPUT"
MAKE_TIMEOUT_S = 40
QGIS_TIMEOUT_S = 70  # the script inside QGIS gives up after 60 s
SAMPLE = "resources/sample/urbis_sample.gpkg"
# What the official plugin repository (plugins.qgis.org) requires in metadata.txt.
REQUIRED_METADATA = (
    "name", "qgisMinimumVersion", "description", "about", "version", "author", "email",
    "repository", "tracker", "homepage", "tags", "category",
)  # fmt: skip
CATEGORIES = {"Raster", "Vector", "Database", "Web", "Mesh"}

pytestmark = pytest.mark.timeout(120)


# --- fixtures ---------------------------------------------------------------------------------
def _version() -> str:
    for line in (ROOT / "metadata.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("version="):
            return line.split("=", 1)[1].strip()
    raise AssertionError("no version= in metadata.txt")


def _run(command: list[str], timeout: float, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False, **kwargs)


@pytest.fixture(scope="module")
def package_zip() -> Path:
    """dist/paradigm_carto-<version>.zip, freshly built by ``make package``."""
    command = ["make", "package"]
    started = time.monotonic()
    done = _run(command, MAKE_TIMEOUT_S)
    if done.returncode != 0:
        pytest.fail(f"`{' '.join(command)}` failed ({done.returncode}):\n{done.stdout[-4000:]}{done.stderr[-4000:]}")
    print(f"\n{' '.join(command)}: {time.monotonic() - started:.1f} s")
    path = ROOT / "dist" / f"{PLUGIN}-{_version()}.zip"
    assert path.is_file(), f"make package did not produce {path}"
    return path


@pytest.fixture(scope="module")
def zip_names(package_zip: Path) -> list[str]:
    """Member names of the package."""
    with zipfile.ZipFile(package_zip) as archive:
        return archive.namelist()


@pytest.fixture(scope="module")
def metadata(package_zip: Path) -> configparser.SectionProxy:
    """The packaged metadata.txt, [general] section."""
    with zipfile.ZipFile(package_zip) as archive:
        text = archive.read(f"{PLUGIN}/metadata.txt").decode("utf-8")
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(text)
    return parser["general"]


def _qgis_env(home: Path, output: Path) -> dict[str, str]:
    """QGIS's environment: nothing from the developer's profile, settings or source tree."""
    dropped = ("QGIS_CUSTOM_CONFIG_PATH", "QGIS_PLUGINPATH", "QGIS_AUTH_DB_DIR_PATH", "QGIS_GLOBAL_SETTINGS_FILE",
               "PYQGIS_STARTUP", "PYTHONPATH", "PYTHONHOME", "DISPLAY", "WAYLAND_DISPLAY", "LANGUAGE")
    env = {k: v for k, v in os.environ.items() if k not in dropped and not k.startswith("PARADIGM_CARTO_")}
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, parents=True)
    env.update(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        LC_ALL="C.UTF-8",  # English UI: the texts checked below are untranslated
        QT_QPA_PLATFORM="xcb",
        PYTHONDONTWRITEBYTECODE="1",
        PYQGIS_STARTUP=str(CHECK_SCRIPT),  # error hooks in place before QGIS loads plugins
    )
    env[OUTPUT_ENV] = str(output)
    return env


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop xvfb-run, Xvfb and QGIS (their own process group, started by us)."""
    for sig, wait in ((signal.SIGTERM, 5), (signal.SIGKILL, 5)):
        try:
            os.killpg(process.pid, sig)
            process.wait(timeout=wait)
            return
        except (ProcessLookupError, subprocess.TimeoutExpired):
            continue


@pytest.fixture(scope="module")
def qgis_report(package_zip: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Install the zip into a fresh profile, run QGIS desktop with the check script, return its JSON."""
    for tool in ("qgis", "xvfb-run"):
        assert shutil.which(tool), f"{tool} is not installed (make deps installs it)"
    base = tmp_path_factory.mktemp("qgis-desktop")
    profiles = base / "profiles-path"
    done = _run([sys.executable, str(INSTALL_SCRIPT), str(package_zip), str(profiles), PROFILE], 30)
    assert done.returncode == 0, f"install_profile.py failed:\n{done.stdout}{done.stderr}"
    output, log = base / "report.json", base / "qgis.log"
    command = [
        "xvfb-run", "-a", "-e", str(base / "xvfb.log"), "-s", "-screen 0 1280x1024x24",
        "qgis", "--profiles-path", str(profiles), "--profile", PROFILE, "--nologo", "--noversioncheck",
        "--code", str(CHECK_SCRIPT),
    ]  # fmt: skip
    started = time.monotonic()
    with open(log, "wb") as sink:
        process = subprocess.Popen(command, cwd=base, env=_qgis_env(base / "home", output), stdin=subprocess.DEVNULL,
                                   stdout=sink, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            returncode: int | None = process.wait(timeout=QGIS_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            _stop(process)
            returncode = None
    elapsed = time.monotonic() - started
    text = log.read_text(encoding="utf-8", errors="replace")
    if not output.is_file():
        xvfb = base / "xvfb.log"
        xvfb_text = xvfb.read_text(errors="replace")[-2000:] if xvfb.is_file() else ""
        pytest.fail(f"QGIS wrote no report (exit code {returncode}, {elapsed:.0f} s); its output:\n{text[-6000:]}"
                    f"\n--- Xvfb ---\n{xvfb_text}")
    report = json.loads(output.read_text(encoding="utf-8"))
    report["_returncode"], report["_log"], report["_profile"] = returncode, text, str(profiles / "profiles" / PROFILE)
    print(f"\nQGIS {report.get('qgis_version')}: {elapsed:.1f} s, exit code {returncode}, steps {report.get('steps')}")
    return report


def _context(report: dict[str, Any]) -> str:
    """What to read when a QGIS check fails: the script's problem and errors, then QGIS's output."""
    summary = {k: report.get(k) for k in ("problem", "errors", "python_errors", "steps", "_returncode")}
    return f"\n--- report ---\n{json.dumps(summary, indent=1)}\n--- QGIS output (tail) ---\n{report['_log'][-5000:]}"


# --- the zip ----------------------------------------------------------------------------------
def test_zip_layout(zip_names: list[str]) -> None:
    """One top folder, the files QGIS needs, compiled translations, no bytecode."""
    assert {name.split("/", 1)[0] for name in zip_names} == {PLUGIN}, "more than one top folder"
    assert all(name.startswith(f"{PLUGIN}/") for name in zip_names), "a file sits at the top of the zip"
    for required in ("metadata.txt", "__init__.py", "LICENSE", "resources/catalogue.json"):
        assert f"{PLUGIN}/{required}" in zip_names, f"{required} missing from the zip"
    compiled = {Path(name).stem for name in zip_names if re.fullmatch(rf"{PLUGIN}/i18n/[^/]+\.qm", name)}
    sources = {ts.stem for ts in (ROOT / "i18n").glob("*.ts")}
    assert compiled, "no i18n/*.qm in the zip"
    assert sources <= compiled, f"translations not compiled into the zip: {sorted(sources - compiled)}"
    assert not [n for n in zip_names if "__pycache__" in n or n.endswith((".pyc", ".pyo"))], "bytecode in the zip"
    assert not [n for n in zip_names if "/." in n], "hidden files in the zip"


def test_zip_has_offline_sample(zip_names: list[str]) -> None:
    """The offline sample travels with the plugin."""
    assert f"{PLUGIN}/{SAMPLE}" in zip_names, f"{SAMPLE} is missing from the zip"


def test_metadata_for_the_plugin_repository(metadata: configparser.SectionProxy, zip_names: list[str]) -> None:
    """metadata.txt has what plugins.qgis.org requires, with sensible values."""
    missing = [key for key in REQUIRED_METADATA if not metadata.get(key, "").strip()]
    assert not missing, f"metadata.txt lacks: {missing}"
    assert metadata["qgisMinimumVersion"] == "3.22"
    assert metadata["version"] == _version() and re.fullmatch(r"\d+\.\d+\.\d+", metadata["version"])
    assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", metadata["email"]), metadata["email"]
    for key in ("repository", "tracker", "homepage"):
        assert metadata[key].startswith(("https://", "http://")), f"{key}: {metadata[key]}"
    assert metadata["category"] in CATEGORIES, metadata["category"]
    assert len(metadata["about"]) > len(metadata["description"])
    if metadata.get("icon"):
        assert f"{PLUGIN}/{metadata['icon']}" in zip_names, f"icon {metadata['icon']} not in the zip"


# --- scripts/install_profile.py -----------------------------------------------------------------
def test_install_profile_enables_plugin_for_unattended_start(package_zip: Path, tmp_path: Path) -> None:
    """The plugin lands where ``qgis --profiles-path DIR --profile NAME`` looks, enabled, dialogs off."""
    done = _run([sys.executable, str(INSTALL_SCRIPT), str(package_zip), str(tmp_path), PROFILE], 30)
    assert done.returncode == 0, done.stderr
    profile = tmp_path / "profiles" / PROFILE
    assert (profile / "python" / "plugins" / PLUGIN / "metadata.txt").is_file()
    ini = configparser.ConfigParser(interpolation=None)
    ini.optionxform = str  # type: ignore[assignment,method-assign]
    ini.read(profile / "QGIS" / "QGIS3.ini", encoding="utf-8")
    assert ini["PythonPlugins"][PLUGIN] == "true"
    assert ini["qgis"]["checkVersion"] == "false"
    assert ini["core"]["NewsFeed\\httpsfeedqgisorg\\disabled"] == "true"
    assert ini["app"]["plugin_installer\\checkOnStart"] == "false"


@pytest.mark.parametrize(
    "members",
    [
        {f"{PLUGIN}/__init__.py": "", f"{PLUGIN}/metadata.txt": "", f"{PLUGIN}/../../escaped.txt": "x"},
        {f"{PLUGIN}/__init__.py": "", f"{PLUGIN}/metadata.txt": "", "/tmp/absolute-escape.txt": "x"},
        {f"{PLUGIN}/__init__.py": "", f"{PLUGIN}/metadata.txt": "", "other/file.txt": "x"},
    ],
    ids=["dot-dot", "absolute", "two-top-folders"],
)
def test_install_profile_refuses_unsafe_zips(members: dict[str, str], tmp_path: Path) -> None:
    """Members escaping the target (or a second top folder) are refused, and nothing is written."""
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        for name, content in members.items():
            handle.writestr(zipfile.ZipInfo(name), content)
    done = _run([sys.executable, str(INSTALL_SCRIPT), str(archive), str(tmp_path / "p"), PROFILE], 30)
    assert done.returncode != 0 and ("refused" in done.stderr or "top folder" in done.stderr), done.stderr
    assert not (tmp_path / "p" / "profiles" / PROFILE / "python" / "plugins" / PLUGIN).exists()
    assert not list(tmp_path.rglob("escaped.txt")) and not Path("/tmp/absolute-escape.txt").exists()


# --- the real QGIS desktop --------------------------------------------------------------------------
def test_qgis_starts_the_installed_plugin(qgis_report: dict[str, Any]) -> None:
    """QGIS loads the enabled plugin from the profile (not from the source tree) and the script completes."""
    assert qgis_report.get("loaded") is True, f"plugin not started{_context(qgis_report)}"
    plugin_file = Path(qgis_report["plugin_file"])
    assert Path(qgis_report["_profile"]) in plugin_file.parents, f"loaded from {plugin_file}{_context(qgis_report)}"
    assert qgis_report["problem"] is None and not qgis_report["errors"], _context(qgis_report)


def test_qgis_entries_after_start(qgis_report: dict[str, Any]) -> None:
    """Menu, toolbar, Browser provider and entry, locator filter and options page are in QGIS."""
    state = qgis_report.get("after_start") or {}
    assert state.get("menu_in_menubar"), f"no ParadigmCartoMenu in the menu bar{_context(qgis_report)}"
    assert state["toolbars"] == ["ParadigmCartoToolbar"], _context(qgis_report)
    assert "Paradigm UrbIS" in state["data_item_providers"], _context(qgis_report)
    assert "Paradigm UrbIS" in [item["provider"] for item in state["browser_root_items"]], _context(qgis_report)
    assert "paradigm_carto" in state["locator_filters"], _context(qgis_report)
    assert PLUGIN in state["processing_providers"], _context(qgis_report)
    expected = {f"{PLUGIN}:{name}" for name in ("checkstyle", "exportmap", "validatelayer", "publishlayer")}
    assert expected <= set(state["processing_algorithms"]), state["processing_algorithms"]
    options = qgis_report["options_after_start"]
    assert options["opened"] and options["plugin_page_listed"] and options["plugin_pages"], _context(qgis_report)


def test_qgis_plugin_in_use(qgis_report: dict[str, Any]) -> None:
    """"Reference layers" builds and shows the dock; the Browser entry lists the catalogue."""
    panel, browser = qgis_report.get("panel") or {}, qgis_report.get("browser") or {}
    assert panel.get("dock_found") and panel.get("visible"), f"panel: {panel}{_context(qgis_report)}"
    assert panel["groups"] > 0 and panel["layers"] > 0, panel
    assert browser.get("root_found") and browser["groups"] and browser["layers"] > 0, browser


def test_qgis_reference_layers_action_hides_the_panel(qgis_report: dict[str, Any]) -> None:
    """Triggering "Reference layers" again hides the dock and unchecks the action."""
    panel = qgis_report.get("panel") or {}
    assert panel.get("hidden_by_second_trigger") is True, f"second trigger left the dock visible: {panel}"
    assert panel.get("action_checked_after_second_trigger") is False, panel


def test_qgis_options_action_opens_the_plugin_page(qgis_report: dict[str, Any]) -> None:
    """The plugin's "Options…" opens QGIS's Options dialog on the plugin's own page."""
    options = qgis_report.get("options_after_start") or {}
    current = options.get("current_page") or {}
    assert current.get("module", "").startswith(f"{PLUGIN}."), f"opened on {current}, not the plugin's page"


def test_qgis_nothing_left_after_unload(qgis_report: dict[str, Any]) -> None:
    """After ``qgis.utils.unloadPlugin``, QGIS holds nothing of the plugin."""
    assert qgis_report.get("unload_returned") is True, _context(qgis_report)
    state = qgis_report["after_unload"]
    assert not state["menu_in_menubar"] and state["menu_objects"] == 0, "menu left behind"
    assert state["toolbars"] == [], "toolbar left behind"
    assert state["docks"] == [], "dock widget left behind"
    assert "Paradigm UrbIS" not in state["data_item_providers"], "Browser provider left registered"
    assert "Paradigm UrbIS" not in [item["provider"] for item in state["browser_root_items"]], "Browser entry left"
    assert "paradigm_carto" not in state["locator_filters"], "locator filter left registered"
    assert PLUGIN not in state["processing_providers"], "Processing provider left registered"
    options = qgis_report["options_after_unload"]
    assert options["opened"] and not options["plugin_page_listed"] and not options["plugin_pages"], options
    assert state["objects_not_deleted"] == [], f"Qt objects still alive: {state['objects_not_deleted']}"
    assert PLUGIN not in state["plugins"] and PLUGIN not in state["active_plugins"]
    assert PLUGIN not in state["modules"] and f"{PLUGIN}.plugin" not in state["modules"], state["modules"]
    if state["modules"]:  # intermediate packages that qgis.utils' import tracker does not record
        print(f"\nnote: modules QGIS left in sys.modules after unload: {state['modules']}")


def test_qgis_no_python_errors(qgis_report: dict[str, Any]) -> None:
    """No Python error (message log "Python error", sys.excepthook, error dialog), no stray dialog, clean exit."""
    errors = qgis_report.get("python_errors", [])
    assert not errors, "Python errors in QGIS:\n" + "\n".join(e["message"] for e in errors) + _context(qgis_report)
    dialogs = qgis_report.get("unexpected_dialogs")
    assert not dialogs, f"modal dialogs that would block QGIS (closed by the check): {dialogs}{_context(qgis_report)}"
    assert qgis_report["_returncode"] == 0, f"QGIS exit code {qgis_report['_returncode']}{_context(qgis_report)}"


def test_qgis_plugin_never_calls_the_region_services(qgis_report: dict[str, Any]) -> None:
    """Starting the plugin, opening its panel, Browser entry and options page: no request to any service."""
    from urllib.parse import urlsplit

    from paradigm_carto.core.catalogue import load_catalogue

    hosts = {urlsplit(s.url).hostname for s in load_catalogue().services.values() if s.type != "gpkg"}
    assert hosts, "the catalogue names service hosts"
    contacted = [url for url in qgis_report["network_requests"] if urlsplit(url).hostname in hosts]
    assert contacted == [], _context(qgis_report)
