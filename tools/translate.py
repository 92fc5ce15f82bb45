"""Refresh the window's translation catalogs: python tools/translate.py

Runs pyside6-lupdate over fieldkit/ui (every self.tr() text), fills the
translations from tools/ui_translations.py, and compiles the .qm files with
pyside6-lrelease into resources/translations/. A text without a translation
stays 'unfinished' and tests/ui/test_translations.py fails.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "translations"
LANGUAGES = {"az": ("az_AZ", 0), "ru": ("ru_RU", 1)}


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def main() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    from ui_translations import T

    OUT.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p) for p in (ROOT / "fieldkit" / "ui").glob("*.py"))
    missing: set[str] = set()
    for code, (locale, index) in LANGUAGES.items():
        ts = OUT / f"fieldkit_{code}.ts"
        subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-target-language", locale, "-ts", str(ts)],
                       check=True, capture_output=True)
        tree = ET.parse(ts)
        for message in tree.iter("message"):
            source = message.find("source").text or ""
            translation = message.find("translation")
            if source not in T:
                missing.add(source)
                continue
            text = T[source][index]
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                for form in text:  # type: ignore[union-attr]
                    ET.SubElement(translation, "numerusform").text = form
                translation.text = None
            else:
                translation.text = str(text)
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(OUT / f"fieldkit_{code}.qm")], check=True,
                       capture_output=True)
    for source in sorted(missing):
        print(f"no translation yet: {source!r}")
    print(f"catalogs written to {OUT}")


if __name__ == "__main__":
    main()
