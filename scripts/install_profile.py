#!/usr/bin/env python3
"""Install a packaged plugin zip into a QGIS user profile and enable it, ready for an unattended start.

    scripts/install_profile.py dist/paradigm_carto-0.1.0.zip <profiles_dir> <profile_name>

``<profiles_dir>`` is the folder given to ``qgis --profiles-path``; QGIS keeps its
profiles in a ``profiles/`` sub-folder of it, so the plugin goes to
``<profiles_dir>/profiles/<profile_name>/python/plugins/<plugin>/`` and the
settings to ``<profiles_dir>/profiles/<profile_name>/QGIS/QGIS3.ini``:

* ``[PythonPlugins] <plugin>=true``: QGIS starts the plugin on launch;
* no version check, no news feed fetch, no plugin-repository check, no splash,
  no QGIS 2 settings-migration ("welcome") dialog: nothing that waits for a
  click or for the network during an automated start (QGIS 3.22 to 3.40).

Only the standard library is used (no QGIS import), so any Python 3 runs it.
The zip must hold a single top folder (the plugin's package); members whose path
is absolute or climbs out of it (``..``), and links, are refused.
"""

from __future__ import annotations

import argparse
import configparser
import shutil
import stat
import sys
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

# QSettings keys (section, key with "\" separating sub-groups, value) written to QGIS3.ini.
# Keys that a given QGIS version does not read are ignored by it.
UNATTENDED_SETTINGS: tuple[tuple[str, str, str], ...] = (
    # Welcome-page "new QGIS version available" check (qgis/checkVersion; same as --noversioncheck).
    ("qgis", "checkVersion", "false"),
    # Splash screen (same as --nologo).
    ("qgis", "hideSplash", "true"),
    # Welcome-page news feed from https://feed.qgis.org/ (QgsNewsFeedParser::keyForFeed, Core section).
    ("core", "NewsFeed\\httpsfeedqgisorg\\disabled", "true"),
    # Plugin manager: no check of the plugin repositories at startup.
    ("app", "plugin_installer\\checkOnStart", "false"),
    # QGIS 2 -> 3 settings migration: decided (no), so its first-run dialog never shows.
    ("migration", "settings", "false"),
)


class InstallError(Exception):
    """The zip or the target cannot be used."""


def _safe_member_path(name: str) -> PurePosixPath:
    """The relative path of a zip member, or InstallError when it could escape the target."""
    if "\\" in name or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise InstallError(f"refused zip member (absolute or Windows path): {name!r}")
    path = PurePosixPath(name)
    if not path.parts or ".." in path.parts or path.is_absolute():
        raise InstallError(f"refused zip member (escapes the target): {name!r}")
    return path


def plugin_folder(archive: zipfile.ZipFile) -> str:
    """The zip's single top folder (the plugin package name), after checking every member."""
    tops: set[str] = set()
    for info in archive.infolist():
        path = _safe_member_path(info.filename)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise InstallError(f"refused zip member (symbolic link): {info.filename!r}")
        tops.add(path.parts[0])
        if len(path.parts) == 1 and not info.is_dir():
            raise InstallError(f"file at the top of the zip, outside the plugin folder: {info.filename!r}")
    if len(tops) != 1:
        raise InstallError(f"the zip must hold exactly one top folder, found: {sorted(tops)}")
    top = tops.pop()
    names = set(archive.namelist())
    for required in ("__init__.py", "metadata.txt"):
        if f"{top}/{required}" not in names:
            raise InstallError(f"{top}/{required} is missing from the zip")
    return top


def extract_safely(archive: zipfile.ZipFile, target: Path) -> None:
    """Extract every member under `target`, refusing any path that resolves outside it."""
    root = target.resolve()
    for info in archive.infolist():
        relative = _safe_member_path(info.filename)
        destination = (root / relative).resolve()
        if destination != root and root not in destination.parents:
            raise InstallError(f"refused zip member (resolves outside the target): {info.filename!r}")
        if info.is_dir():
            destination.mkdir(parents=True, exist_ok=True)
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        with archive.open(info) as source, open(destination, "wb") as sink:
            shutil.copyfileobj(source, sink)


def install_plugin(zip_path: Path, plugins_dir: Path) -> str:
    """Unpack the plugin into `plugins_dir` (replacing an older copy); returns the plugin name."""
    with zipfile.ZipFile(zip_path) as archive:
        name = plugin_folder(archive)
        plugins_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=plugins_dir, prefix=".install-") as staging:
            extract_safely(archive, Path(staging))
            final = plugins_dir / name
            if final.exists():
                shutil.rmtree(final)
            (Path(staging) / name).rename(final)
    return name


def _read_ini(path: Path) -> configparser.ConfigParser:
    """A QSettings INI file as a case-preserving parser (no interpolation, '=' only)."""
    ini = configparser.ConfigParser(interpolation=None, delimiters=("=",), comment_prefixes=(";",), strict=False)
    ini.optionxform = str  # type: ignore[assignment,method-assign]  # QSettings keys are case-sensitive
    if path.is_file():
        ini.read(path, encoding="utf-8")
    return ini


def write_settings(ini_path: Path, values: list[tuple[str, str, str]]) -> None:
    """Set `values` (section, key, value) in a QSettings INI file, keeping what is already there."""
    ini = _read_ini(ini_path)
    for section, key, value in values:
        if not ini.has_section(section):
            ini.add_section(section)
        ini.set(section, key, value)
    ini_path.parent.mkdir(parents=True, exist_ok=True)
    with open(ini_path, "w", encoding="utf-8") as handle:
        ini.write(handle, space_around_delimiters=False)


def install(zip_path: Path, profiles_dir: Path, profile_name: str) -> Path:
    """Install and enable the plugin in the profile; returns the profile folder."""
    if not profile_name or "/" in profile_name or "\\" in profile_name or profile_name in (".", ".."):
        raise InstallError(f"invalid profile name: {profile_name!r}")
    if not zip_path.is_file():
        raise InstallError(f"no such plugin zip: {zip_path}")
    profile = profiles_dir / "profiles" / profile_name
    plugin = install_plugin(zip_path, profile / "python" / "plugins")
    write_settings(profile / "QGIS" / "QGIS3.ini", [("PythonPlugins", plugin, "true"), *UNATTENDED_SETTINGS])
    profiles_ini = profiles_dir / "profiles" / "profiles.ini"
    if not profiles_ini.exists():  # what QGIS opens without --profile
        write_settings(profiles_ini, [("core", "defaultProfile", profile_name)])
    return profile


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("zip", type=Path, help="the plugin zip (make package)")
    parser.add_argument("profiles_dir", type=Path, help="the folder given to qgis --profiles-path")
    parser.add_argument("profile_name", help="the profile given to qgis --profile")
    args = parser.parse_args(argv)
    try:
        profile = install(args.zip, args.profiles_dir, args.profile_name)
    except (InstallError, zipfile.BadZipFile, OSError) as error:
        print(f"install_profile: {error}", file=sys.stderr)
        return 1
    print(f"Installed into {profile}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
