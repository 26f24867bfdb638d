"""Translations: complete .ts files, placeholders kept, French and Dutch at run time.

The Region is officially bilingual: every user-visible text must exist in French and
Dutch, and a Brussels user must read messages (failures included) in their language.
"""

from __future__ import annotations

import importlib.util
import shutil
import string
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsSettings

from paradigm_carto.core import i18n
from paradigm_carto.core.catalogue import load_catalogue
from paradigm_carto.core.loader import LoadFailure, ReferenceLayerLoader
from paradigm_carto.core.settings import PluginSettings

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
LANGUAGES = {"fr": "fr_BE", "nl": "nl_BE"}
BUTTON = "Add the standard set"


def _load_script():
    """scripts/translations.py as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("paradigm_translations_script", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCRIPT = _load_script()


def ts_path(short: str) -> Path:
    return I18N / f"paradigm_carto_{short}.ts"


def translations(short: str) -> dict[str, str]:
    """source -> translation of one .ts file."""
    return {source: text for source, (text, _done) in SCRIPT.read_ts(ts_path(short)).items()}


def placeholders(text: str) -> set[str]:
    """The `{name!conversion:spec}` fields of a format string, as written."""
    found = set()
    for _literal, name, spec, conversion in string.Formatter().parse(text):
        if name is not None:
            found.add("{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}")
    return found


def use_locale(locale: str) -> None:
    """Make QGIS's UI locale `locale` (what `ui_language()` reads); conftest clears it afterwards."""
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", locale)


# --- the .ts sources ---------------------------------------------------------


@pytest.mark.parametrize("short", sorted(LANGUAGES))
def test_ts_file_is_complete(short):
    messages = SCRIPT.extract(SCRIPT.ROOT / "paradigm_carto")
    known = SCRIPT.read_ts(ts_path(short))
    assert messages, "no tr() strings found in the plugin"
    assert SCRIPT.problems(messages, known) == []


@pytest.mark.parametrize("short", sorted(LANGUAGES))
def test_ts_file_declares_its_language(short):
    import xml.etree.ElementTree as ET

    root = ET.parse(ts_path(short)).getroot()
    assert root.get("language") == LANGUAGES[short]
    assert [c.findtext("name") for c in root.iter("context")] == [i18n.CONTEXT]


@pytest.mark.parametrize("short", sorted(LANGUAGES))
def test_translations_keep_the_placeholders(short):
    wrong = {
        source: text
        for source, text in translations(short).items()
        if not text.strip() or placeholders(text) != placeholders(source)
    }
    assert wrong == {}


@pytest.mark.parametrize("short", sorted(LANGUAGES))
def test_translations_format_like_their_source(short):
    """Formatting with every field given never raises (no stray or unbalanced braces)."""
    for source, text in translations(short).items():
        values = {name: "x" for _lit, name, _spec, _conv in string.Formatter().parse(source) if name}
        text.format(**values)


# --- the compiled .qm at run time ----------------------------------------------


@pytest.fixture
def qm_dir(tmp_path, monkeypatch) -> Path:
    """Where the compiled translations are: the plugin's own when present and up to date,
    else compiled here with lrelease (and the plugin pointed at them)."""
    directory = i18n.i18n_dir()
    fresh = all(
        (directory / f"paradigm_carto_{s}.qm").is_file()
        and (directory / f"paradigm_carto_{s}.qm").stat().st_mtime >= ts_path(s).stat().st_mtime
        for s in LANGUAGES
    )
    if fresh:
        return directory
    lrelease = shutil.which("lrelease")
    assert lrelease, "no compiled translations and no lrelease to compile them (make deps: qttools5-dev-tools)"
    for short in LANGUAGES:
        qm = tmp_path / f"paradigm_carto_{short}.qm"
        subprocess.run([lrelease, "-silent", str(ts_path(short)), "-qm", str(qm)], check=True)
        assert qm.is_file()
    monkeypatch.setattr(i18n, "i18n_dir", lambda: tmp_path)
    return tmp_path


@pytest.fixture
def install(qm_dir):
    """install(locale) -> translator; every translator is removed after the test."""
    installed = []

    def _install(locale: str | None = None):
        translator = i18n.install_translator(locale)
        installed.append(translator)
        return translator

    yield _install
    for translator in installed:
        i18n.remove_translator(translator)
    assert i18n.tr(BUTTON) == BUTTON, "a translator was left installed"


@pytest.mark.parametrize("short", sorted(LANGUAGES))
def test_tr_answers_in_the_installed_language(install, short):
    expected = translations(short)[BUTTON]
    assert expected and expected != BUTTON
    assert install(LANGUAGES[short]) is not None
    assert i18n.tr(BUTTON) == expected


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("fr_BE", {BUTTON: "Ajouter les couches standard", "Reference layers": "Couches de référence"}),
        ("nl_BE", {BUTTON: "Standaardlagen toevoegen", "Reference layers": "Referentielagen"}),
    ],
)
def test_tr_known_texts(install, locale, expected):
    install(locale)
    assert {source: i18n.tr(source) for source in expected} == expected


def test_last_installed_language_wins(install):
    install("fr_BE")
    install("nl_BE")
    assert i18n.tr(BUTTON) == "Standaardlagen toevoegen"


def test_every_message_is_translated_at_run_time(install):
    """The compiled file holds every message of the .ts (lrelease dropped none)."""
    install("nl_BE")
    expected = translations("nl")
    got = {source: i18n.tr(source) for source in expected}
    assert got == expected


def test_translator_follows_qgis_locale(install):
    use_locale("nl_BE")
    assert install() is not None
    assert i18n.tr(BUTTON) == translations("nl")[BUTTON]


@pytest.mark.parametrize("locale", ["en_US", "en_GB", "de_DE"])
def test_other_languages_stay_english(install, locale):
    assert install(locale) is None
    assert i18n.tr(BUTTON) == BUTTON


# --- failures read in the user's language -------------------------------------


@pytest.mark.parametrize(
    ("locale", "title", "words"),
    [
        ("fr_BE", "Communes", ["Impossible de charger la couche", "aucune source en ligne pour cette couche"]),
        ("nl_BE", "Gemeenten", ["kon niet worden geladen", "geen onlinebron voor deze laag"]),
    ],
)
def test_failure_message_in_user_language(install, locale, title, words):
    use_locale(locale)
    install(locale)
    ref = load_catalogue().layer("municipalities")
    message = LoadFailure(ref, i18n.tr("no online source for this layer")).message()
    assert title in message
    for word in words:
        assert word in message
    assert "Could not load" not in message


@pytest.mark.parametrize(
    ("locale", "words"),
    [
        ("fr_BE", ["Plan UrbIS en couleur", "l'échantillon hors ligne"]),
        ("nl_BE", ["UrbIS-kaart in kleur", "offline voorbeeldgegevens"]),
    ],
)
def test_loader_failure_in_user_language(install, locale, words):
    """A tile layer has no offline source: the loader's own failure is translated end to end."""
    use_locale(locale)
    install(locale)
    catalogue = load_catalogue()
    loader = ReferenceLayerLoader(catalogue, PluginSettings())
    created, failures = loader.create_all([catalogue.layer("wmts_fr")], "offline")
    assert created == []
    [failure] = failures
    for word in words:
        assert word in failure.message()
