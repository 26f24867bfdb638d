"""Translation: one Qt context for the whole plugin, and the translator install.

Every user-visible string goes through :func:`tr`; `scripts/translations.py`
extracts the literal arguments of `tr(...)` calls into `i18n/*.ts`.
"""

from __future__ import annotations

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .paths import i18n_dir

CONTEXT = "paradigm_carto"
SUPPORTED_LANGUAGES = ("fr", "nl", "en")


def tr(message: str) -> str:
    """Translate `message` (a literal) in the plugin's context."""
    return QCoreApplication.translate(CONTEXT, message)


def qgis_locale() -> str:
    """QGIS's user interface locale, e.g. 'fr_BE' (QGIS's own override first)."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        user = settings.value("locale/userLocale", "", type=str)
        if user:
            return user
    return QLocale.system().name()


def ui_language(locale: str | None = None) -> str:
    """The plugin's language for `locale`: 'fr', 'nl', or 'en' for anything else."""
    code = (locale or qgis_locale())[:2].lower()
    return code if code in SUPPORTED_LANGUAGES else "en"


def install_translator(locale: str | None = None) -> QTranslator | None:
    """Load and install the plugin's translation for the UI locale; None for English."""
    language = ui_language(locale)
    if language == "en":
        return None
    translator = QTranslator()
    if not translator.load(str(i18n_dir() / f"paradigm_carto_{language}.qm")):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: QTranslator | None) -> None:
    """Undo :func:`install_translator`."""
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
