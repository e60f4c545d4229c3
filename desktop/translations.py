"""The translation sources (`resources/i18n/onestop_<lang>.ts`): extracting, updating, compiling.

`pyside6-lupdate` finds `self.tr(...)`, `QCoreApplication.translate("Context", ...)` and
`QT_TRANSLATE_NOOP`. Our controllers translate through a module helper `_tr(text)` with a
module constant `CONTEXT`, and keep code-to-word tables as module-level dicts; lupdate cannot
see either, so `extra_messages` reads them with `ast`. The known errors' sentences and
templates (`user_message` in `sync/`, always a string literal: see `sync.replica.errors`)
are translated in the context "Errors"; a template's `{placeholders}` stay as they are in
every translation. Counts in plural sentences are written `%Ln` (the locale's digits).

Run `python -m desktop.translations update` after changing user-visible strings (new ones
come in unfinished; existing translations are kept), `python -m desktop.translations compile`
to build the .qm files (the app also does it at start when one is missing or stale).
"""

from __future__ import annotations

import ast
import logging
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop.i18n import I18N_DIR, PACKAGE_ROOT, SHIPPED, compile_translations

log = logging.getLogger(__name__)

SOURCE_DIRS = ("desktop",)
# Another engineer's files that show no translated strings: keep them out of the catalogue.
SKIPPED = frozenset({"cli.py", "selftest.py"})
ERRORS_CONTEXT = "Errors"
TRANSLATOR_LANGUAGES = {"ur": "ur_PK", "km": "km_KH"}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool = False


@dataclass
class Entry:
    """One message of a .ts file with its translation (plural forms for a numerus one)."""

    message: Message
    forms: list[str] = field(default_factory=list)
    finished: bool = False


def python_sources(root: Path = PACKAGE_ROOT) -> list[Path]:
    files: list[Path] = []
    for folder in SOURCE_DIRS:
        files += sorted(p for p in (root / folder).rglob("*.py") if p.name not in SKIPPED)
    return files


def _tool(name: str) -> Path:
    """lupdate/lrelease shipped inside the PySide6 wheel."""
    import PySide6.QtCore  # noqa: PLC0415 - only the tools need the wheel's folder

    return Path(PySide6.QtCore.__file__).resolve().parent / name


# -- extracting ------------------------------------------------------------------------------


def _constant_str(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _counted(text: str) -> bool:
    return "%n" in text or "%Ln" in text


def _module_context(tree: ast.Module) -> str | None:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "CONTEXT" for t in node.targets
        ):
            return _constant_str(node.value)
    return None


def _table_words(tree: ast.Module) -> Iterator[str]:
    """Words in module-level dicts of codes to words (icons without letters are left out)."""
    for node in tree.body:
        value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
        if not isinstance(value, ast.Dict):
            continue
        for item in value.values:
            parts = item.elts if isinstance(item, ast.Tuple) else [item]
            for part in parts:
                text = _constant_str(part)
                if text and any(ch.isalpha() for ch in text):
                    yield text


def _helper_calls(tree: ast.Module) -> Iterator[tuple[str, bool]]:
    """`_tr("text")` and `_tr("text", n)` calls."""
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "_tr"
            and node.args
        ):
            text = _constant_str(node.args[0])
            if text is not None:
                yield text, len(node.args) > 1 or _counted(text)


def messages_in(path: Path) -> set[Message]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    context = _module_context(tree)
    if context is None:
        return set()
    found = {Message(context, text, numerus) for text, numerus in _helper_calls(tree)}
    found |= {Message(context, text, _counted(text)) for text in _table_words(tree)}
    return found


def _user_messages(root: Path) -> Iterator[tuple[Path, int, ast.expr]]:
    """Every value given to `user_message` in `sync/`: a class attribute `user_message = …`
    or a keyword `user_message=…` (with its file and line)."""
    for path in sorted((root / "sync").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(isinstance(t, ast.Name) and t.id == "user_message" for t in targets):
                    yield path, node.lineno, node.value
            elif isinstance(node, ast.keyword) and node.arg == "user_message":
                yield path, node.value.lineno, node.value


def error_messages(root: Path = PACKAGE_ROOT) -> set[Message]:
    """The `user_message` sentences and templates of the known errors in `sync/`."""
    found: set[Message] = set()
    for _path, _line, value in _user_messages(root):
        text = _constant_str(value)
        if text:
            found.add(Message(ERRORS_CONTEXT, text))
    return found


def unreadable_error_messages(root: Path = PACKAGE_ROOT) -> list[str]:
    """`user_message` values that are not string literals (an f-string, a variable): the
    translation tools cannot see them, so the clerk would read them in English. Passing on
    a `user_message` parameter unchanged (`user_message=user_message`) is allowed."""
    wrong: list[str] = []
    for path, line, value in _user_messages(root):
        forwarded = isinstance(value, ast.Name) and value.id == "user_message"
        if _constant_str(value) is None and not forwarded:
            wrong.append(f"{path.relative_to(root)}:{line}")
    return wrong


def extra_messages(root: Path = PACKAGE_ROOT) -> set[Message]:
    found = error_messages(root)
    for path in python_sources(root):
        found |= messages_in(path)
    return found


def lupdate_messages(root: Path = PACKAGE_ROOT) -> set[Message]:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "scan.ts"
        subprocess.run(
            [str(_tool("lupdate")), "-silent", "-locations", "none"]
            + [str(p) for p in python_sources(root)]
            + ["-ts", str(out)],
            check=True,
            capture_output=True,
        )
        return {entry.message for entry in read_ts(out)}


def all_messages(root: Path = PACKAGE_ROOT) -> set[Message]:
    """Every user-visible string of the code, as lupdate and our own reading find them."""
    found = lupdate_messages(root)
    keys = {(m.context, m.source) for m in found}
    return found | {m for m in extra_messages(root) if (m.context, m.source) not in keys}


# -- .ts files ---------------------------------------------------------------------------------


def read_ts(path: Path) -> list[Entry]:
    entries: list[Entry] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            forms: list[str] = []
            finished = False
            if translation is not None:
                finished = translation.get("type") not in {"unfinished", "vanished", "obsolete"}
                if numerus:
                    forms = [f.text or "" for f in translation.iter("numerusform")]
                else:
                    forms = [translation.text or ""]
            source = message.findtext("source") or ""
            entries.append(Entry(Message(name, source, numerus), forms, finished))
    return entries


def write_ts(path: Path, language: str, entries: Iterable[Entry]) -> None:
    root = ET.Element("TS", version="2.1", language=TRANSLATOR_LANGUAGES.get(language, language))
    by_context: dict[str, list[Entry]] = {}
    for entry in sorted(entries, key=lambda e: (e.message.context, e.message.source)):
        by_context.setdefault(entry.message.context, []).append(entry)
    for name, group in by_context.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for entry in group:
            _message_element(context, entry)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def _message_element(context: ET.Element, entry: Entry) -> None:
    message = ET.SubElement(context, "message")
    if entry.message.numerus:
        message.set("numerus", "yes")
    ET.SubElement(message, "source").text = entry.message.source
    translation = ET.SubElement(message, "translation")
    if not entry.finished:
        translation.set("type", "unfinished")
    if entry.message.numerus:
        for form in entry.forms or [""]:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = entry.forms[0] if entry.forms else ""


def ts_path(language: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"onestop_{language}.ts"


def update(folder: Path = I18N_DIR, root: Path = PACKAGE_ROOT) -> dict[str, int]:
    """Bring every .ts up to date with the code; returns unfinished counts by language."""
    messages = all_messages(root)
    unfinished: dict[str, int] = {}
    for language in SHIPPED:
        path = ts_path(language, folder)
        old = {e.message: e for e in read_ts(path)} if path.exists() else {}
        entries = [old.get(m, Entry(m)) for m in messages]
        write_ts(path, language, entries)
        unfinished[language] = sum(not e.finished for e in entries)
    return unfinished


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args[0] if args else "compile"
    if command == "update":
        for language, count in update().items():
            log.warning("%s: %d unfinished", language, count)
        return 0
    if command == "compile":
        out = Path(args[1]) if len(args) > 1 else I18N_DIR
        compile_translations(I18N_DIR, out, force=True)
        return 0
    log.error("usage: python -m desktop.translations [update | compile [out_dir]]")
    return 2


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    sys.exit(main())
