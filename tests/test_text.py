"""Name normalisation and bilingual joining."""

import pytest

from paradigm_carto.core.text import bilingual, normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chaussée d'Alsemberg", "chaussee d alsemberg"),
        ("Sint-Joost-ten-Node", "sint joost ten node"),
        ("  ÉTTERBEEK ", "etterbeek"),
        ("Boulevard Léopold II", "boulevard leopold ii"),
        ("", ""),
        (None, ""),
    ],
)
def test_normalize(text, expected):
    assert normalize(text) == expected


@pytest.mark.parametrize(
    ("fr", "nl", "expected"),
    [
        ("Rue de la Loi", "Wetstraat", "Rue de la Loi - Wetstraat"),
        ("Jette", "Jette", "Jette"),
        ("Jette", "jette ", "Jette"),
        ("Ixelles", None, "Ixelles"),
        ("", "Elsene", "Elsene"),
        ("   ", "Elsene", "Elsene"),
        (None, None, ""),
    ],
)
def test_bilingual(fr, nl, expected):
    assert bilingual(fr, nl) == expected
