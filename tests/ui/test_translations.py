"""Every user-visible string has a translation in each shipped language, the .ts sources
match the code, the .qm files compile and load, and the bundled fonts are there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from pytestqt.qtbot import QtBot

from desktop.forms import text
from desktop.i18n import FONTS_DIR, I18N_DIR, SHIPPED, compile_translations, load_fonts
from desktop.translations import (
    ERRORS_CONTEXT,
    Entry,
    Message,
    all_messages,
    error_messages,
    read_ts,
    ts_path,
    unreadable_error_messages,
)
from sync.replica.errors import PLACEHOLDER as TEMPLATE_PLACEHOLDER

PLACEHOLDER = re.compile(r"%L?(?:\d+|n)|\{\w+\}")
SHORTCUT = re.compile(r"\b(?:Ctrl|Alt|Shift)\+(?:\w+|[+=-])|\bF1\b|\bEsc\b|\*\.pdf")
MAX_FONT_BYTES = 2_000_000


def entries(language: str) -> list[Entry]:
    return read_ts(ts_path(language))


def described(entry: Entry) -> str:
    return f"{entry.message.context}: {entry.message.source!r}"


@pytest.mark.parametrize("language", SHIPPED)
def test_every_message_has_a_finished_translation(language: str) -> None:
    missing = [
        described(e)
        for e in entries(language)
        if not e.finished or not e.forms or not all(form.strip() for form in e.forms)
    ]
    assert not missing, f"untranslated in {language}:\n" + "\n".join(missing)


@pytest.mark.parametrize("language", SHIPPED)
def test_translations_keep_placeholders_and_shortcuts(language: str) -> None:
    wrong = []
    for entry in entries(language):
        source = entry.message.source
        wanted = sorted(PLACEHOLDER.findall(source)), sorted(SHORTCUT.findall(source))
        for form in entry.forms:
            if (sorted(PLACEHOLDER.findall(form)), sorted(SHORTCUT.findall(form))) != wanted:
                wrong.append(f"{described(entry)} -> {form!r}")
    assert not wrong, "placeholders or shortcuts changed:\n" + "\n".join(wrong)


@pytest.mark.parametrize("language", SHIPPED)
def test_translated_error_templates_keep_exactly_their_placeholders(language: str) -> None:
    """`{seconds}`, `{scheme}` … are filled in by name: a translation must keep each one,
    spelled as in the source, and add none."""
    wrong = [
        f"{described(entry)} -> {form!r}"
        for entry in entries(language)
        if entry.message.context == ERRORS_CONTEXT
        for form in entry.forms
        if set(TEMPLATE_PLACEHOLDER.findall(form))
        != set(TEMPLATE_PLACEHOLDER.findall(entry.message.source))
    ]
    assert not wrong, "placeholders changed:\n" + "\n".join(wrong)


def test_error_sentences_in_sync_are_literal_templates() -> None:
    """An f-string `user_message` would reach the clerk in English: values go in `user_args`."""
    assert unreadable_error_messages() == []


def test_error_templates_are_extracted_and_f_strings_are_caught(tmp_path: Path) -> None:
    (tmp_path / "sync").mkdir()
    (tmp_path / "sync" / "errors.py").write_text(
        "class Late(ReplicaError):\n"
        '    user_message = "Wait {seconds} seconds."\n'
        "class Gone(ReplicaError):\n"
        "    def __init__(self, name):\n"
        '        super().__init__(user_message=f"No {name}.")\n'
        "class Passed(ReplicaError):\n"
        "    def __init__(self, user_message):\n"
        "        super().__init__(user_message=user_message)\n",
        encoding="utf-8",
    )
    assert error_messages(tmp_path) == {Message(ERRORS_CONTEXT, "Wait {seconds} seconds.")}
    assert unreadable_error_messages(tmp_path) == ["sync/errors.py:5"]


def test_the_ts_files_match_the_code() -> None:
    """Run lupdate (and our reading of `_tr` helpers and word tables) over the code now."""
    in_code = {(m.context, m.source) for m in all_messages()}
    for language in SHIPPED:
        in_file = {(e.message.context, e.message.source) for e in entries(language)}
        missing = sorted(in_code - in_file)
        stale = sorted(in_file - in_code)
        assert not missing, (
            f"onestop_{language}.ts lacks these strings (run `python -m desktop.translations "
            f"update`, then translate them): {missing}"
        )
        assert not stale, f"onestop_{language}.ts holds strings the code no longer has: {stale}"


@pytest.mark.parametrize("language", SHIPPED)
def test_the_form_engine_fallbacks_agree_with_the_ts(language: str) -> None:
    shipped = {
        e.message.source: e.forms[0] for e in entries(language) if e.message.context == "FormWidget"
    }
    fallback = text._BUILTIN[language]
    assert set(fallback) == set(shipped)
    assert {source: fallback[source] for source in shipped} == shipped


def test_translations_compile_and_load(qtbot: QtBot, tmp_path: Path) -> None:
    written = compile_translations(I18N_DIR, tmp_path)
    assert {p.name for p in written} == {f"onestop_{code}.qm" for code in SHIPPED}
    assert compile_translations(I18N_DIR, tmp_path) == []  # up to date: nothing to do
    translator = QTranslator()
    assert translator.load("onestop_ur", str(tmp_path))
    assert translator.translate("MainWindow", "&Search") == "تلاش (&S)"
    assert translator.translate("Workspace", "%Ln hour(s)", None, 3) == "%Ln گھنٹے"
    khmer = QTranslator()
    assert khmer.load("onestop_km", str(tmp_path))
    assert khmer.translate("LoginView", "Log in") == "ចូល"


@pytest.mark.parametrize("language", SHIPPED)
def test_every_message_comes_out_of_the_compiled_file(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """Plural forms too: Qt wants as many forms as its rules for the language count."""
    compile_translations(I18N_DIR, tmp_path)
    translator = QTranslator()
    assert translator.load(f"onestop_{language}", str(tmp_path))
    lost = [
        described(e)
        for e in entries(language)
        for n in ((1, 2, 5) if e.message.numerus else (-1,))
        if not translator.translate(e.message.context, e.message.source, None, n)
    ]
    assert not lost, f"not found in onestop_{language}.qm: {lost}"


def test_the_fonts_are_bundled_with_their_licence(qtbot: QtBot) -> None:
    files = sorted(FONTS_DIR.glob("*.ttf"))
    assert sum(f.stat().st_size for f in files) < MAX_FONT_BYTES
    assert (FONTS_DIR / "OFL.txt").read_text().count("SIL OPEN FONT LICENSE") >= 1
    assert "fonts-noto-core" in (FONTS_DIR / "README.md").read_text()
    families = load_fonts()
    assert {"Noto Sans", "Noto Naskh Arabic", "Noto Sans Khmer"} <= set(families)
