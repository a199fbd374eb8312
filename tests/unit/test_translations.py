"""The English translation stays complete, and the core's strings are listed for lupdate."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop.core.errors import MESSAGES

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "stationdesk_en.ts"
QM = TS.with_suffix(".qm")


def messages():
    tree = ET.parse(TS)
    for context in tree.getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            yield name, message.find("source").text, message.find("translation")


def test_every_string_has_a_finished_english_translation():
    unfinished = [
        (c, s)
        for c, s, t in messages()
        if t.get("type") in ("unfinished", "vanished", "obsolete") or not (t.text or "").strip()
    ]
    assert unfinished == []


def test_placeholders_survive_translation():
    for context, source, translation in messages():
        assert sorted(re.findall(r"\{\w*\}", source)) == sorted(
            re.findall(r"\{\w*\}", translation.text)
        ), (context, source)


def test_core_strings_file_is_current():
    import sys

    sys.path.insert(0, str(ROOT / "packaging"))
    import i18n  # packaging/i18n.py

    generated = (ROOT / "desktop" / "ui" / "common" / "core_strings.py").read_text(encoding="utf-8")
    assert generated == i18n.core_strings_source(), "run .venv/bin/python packaging/i18n.py"
    sources = {s for c, s, _ in messages() if c == "core"}
    assert set(MESSAGES.values()) <= sources


def test_compiled_translation_matches_the_ts(tmp_path):
    import subprocess
    import sys

    sys.path.insert(0, str(ROOT / "packaging"))
    import i18n  # packaging/i18n.py

    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [i18n.tool("lrelease"), str(TS), "-qm", str(fresh)], check=True, capture_output=True
    )
    assert QM.read_bytes() == fresh.read_bytes(), "run .venv/bin/python packaging/i18n.py"
