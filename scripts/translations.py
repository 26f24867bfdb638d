#!/usr/bin/env python3
"""Keep `i18n/paradigm_carto_{fr,nl}.ts` in step with the `tr("...")` calls of the plugin.

    scripts/translations.py --update   add new strings (unfinished), drop vanished ones
    scripts/translations.py --check    fail when a string is missing, unfinished or obsolete
    scripts/translations.py --set fr "Source" "Traduction" [--set nl "Source" "Vertaling" ...]

Only literal first arguments of calls named `tr` are extracted (the plugin's one
translation function, context "paradigm_carto"); `lrelease` compiles the result.
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTEXT = "paradigm_carto"
LANGUAGES = {"fr": "fr_BE", "nl": "nl_BE"}


def extract(package: Path) -> dict[str, str]:
    """message -> first 'file:line' where it appears, for every literal tr("...") call."""
    messages: dict[str, str] = {}
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            first = node.args[0]
            if name == "tr" and isinstance(first, ast.Constant) and isinstance(first.value, str):
                messages.setdefault(first.value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return messages


def read_ts(path: Path) -> dict[str, tuple[str, bool]]:
    """message -> (translation, finished) of an existing .ts file."""
    if not path.exists():
        return {}
    result = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = translation.text or "" if translation is not None else ""
        finished = translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished")
        result[source] = (text, finished and bool(text))
    return result


def write_ts(path: Path, language: str, messages: dict[str, str], known: dict[str, tuple[str, bool]]) -> None:
    """Write a .ts file with `messages` in source order, keeping known translations."""
    root = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source, where in messages.items():
        message = ET.SubElement(context, "message")
        file_name, line = where.rsplit(":", 1)
        ET.SubElement(message, "location", filename=f"../{file_name}", line=line)
        ET.SubElement(message, "source").text = source
        text, finished = known.get(source, ("", False))
        translation = ET.SubElement(message, "translation")
        translation.text = text
        if not finished:
            translation.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def problems(messages: dict[str, str], known: dict[str, tuple[str, bool]]) -> list[str]:
    """What makes a .ts file not ready: missing, unfinished or obsolete entries."""
    found = [f"missing: {m!r} ({where})" for m, where in messages.items() if m not in known]
    found += [f"unfinished: {m!r}" for m, (_t, done) in known.items() if m in messages and not done]
    found += [f"obsolete: {m!r}" for m in known if m not in messages]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--update", action="store_true", help="rewrite the .ts files")
    parser.add_argument("--check", action="store_true", help="fail on missing/unfinished/obsolete entries")
    parser.add_argument("--set", nargs=3, action="append", default=[], metavar=("LANG", "SOURCE", "TRANSLATION"),
                        help="record one finished translation (implies --update)")
    args = parser.parse_args()
    messages = extract(ROOT / "paradigm_carto")
    failed = False
    for short, language in LANGUAGES.items():
        path = ROOT / "i18n" / f"paradigm_carto_{short}.ts"
        known = read_ts(path)
        known.update({source: (text, True) for lang, source, text in args.set if lang == short})
        if args.update or args.set:
            write_ts(path, language, messages, known)
            known = read_ts(path)
        if args.check:
            found = problems(messages, known)
            for line in found:
                print(f"{path.name}: {line}", file=sys.stderr)
            failed = failed or bool(found)
    if failed:
        print("Translations are incomplete: run scripts/translations.py --update and translate.", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
