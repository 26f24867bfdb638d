"""Text normalisation for searching French and Dutch names."""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s\-'’‘`´.,;:/()]+")


def normalize(text: str | None) -> str:
    """Lower case, accents removed, punctuation and hyphens as single spaces.

    "Chaussée d'Alsemberg" -> "chaussee d alsemberg"; "Sint-Joost" -> "sint joost".
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SEPARATORS.sub(" ", stripped.casefold()).strip()


def bilingual(fr: str | None, nl: str | None, separator: str = " - ") -> str:
    """ "FR - NL", once when both are the same, the one present when the other is missing."""
    fr, nl = (fr or "").strip(), (nl or "").strip()
    if not fr or not nl:
        return fr or nl
    if normalize(fr) == normalize(nl):
        return fr
    return f"{fr}{separator}{nl}"
