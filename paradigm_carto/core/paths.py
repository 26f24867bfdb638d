"""Where the plugin's data files live, in a development tree and in the installed package."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _first_dir(name: str) -> Path:
    """The folder `name` inside the installed plugin, else beside the package (source tree)."""
    for candidate in (PACKAGE_DIR / name, PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    return PACKAGE_DIR / name


def resources_dir() -> Path:
    """The `resources/` folder (catalogue, styles, sample, icons)."""
    return _first_dir("resources")


def i18n_dir() -> Path:
    """The folder holding the compiled translations (`.qm`)."""
    return _first_dir("i18n")


def resource(*parts: str) -> Path:
    """A path inside `resources/`."""
    return resources_dir().joinpath(*parts)


def icon_path(name: str) -> str:
    """Path of an icon in `resources/icons/`, as a string for QIcon."""
    return str(resource("icons", name))
