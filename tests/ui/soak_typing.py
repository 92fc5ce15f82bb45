"""Type thousands of keystrokes into the real form view, in a process of its own (a toolkit that
aborts Python must not take pytest with it). Started by tests/ui/test_soak_typing.py:

    python soak_typing.py DB PASSPHRASE FORM.xlsx FORM_ID KEYSTROKES REPEATS

Every question of the form is answered again and again by key events sent to its widgets (text,
integer, decimal, date, select_one as radio buttons and as a combo box, select_multiple, and the
questions of a repeat after REPEATS instances are added); what each answer must be is worked out
from the keys sent, not read from the widgets. At the end: the draft is saved (as Ctrl+S does), then the saved record is compared
with that. Prints one JSON line: keystrokes, None's reference count before and after, mismatches,
autosaves seen while typing. Exit 0 when all is well, 2 for a mismatch, 3 when the count of
references to None falls (a toolkit that loses them aborts Python after a few hundred keystrokes in a
long form: stopped here first, with a readable line).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

#: None may lose this many references over the whole run before it counts as a leak.
ALLOWED_DROP = 200
WORDS = ("Şəki", "Москва", "Gəncə", "İlham", "отдел", "Lənkəran", "ölçü", "ЖЖ", "quba", "Ağcabədi")


def type_chars(widget, text: str) -> int:
    """Type ``text`` as key events (non-ASCII as a keyboard layout delivers it); the keystrokes made."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                                         char))
    return len(text)


def replace_text(editor, text: str) -> int:
    """Select all (one keystroke: Ctrl+A) and type ``text`` over it."""
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    return 1 + type_chars(editor, text)


class Soak:
    def __init__(self, view, app) -> None:
        self.view = view
        self.app = app
        self.expected: dict[str, object] = {}
        self.keys = 0
        self.round = 0

    def answer(self, path: str, row) -> None:
        """One answer, typed anew for this round."""
        question, widget, r = row.question, row.widget, self.round
        kind = question.type
        if kind == "text":
            word = f"{WORDS[(r + len(path)) % len(WORDS)]} {r}"
            self.keys += replace_text(widget.focus_widgets()[0], word)
            self.expected[path] = word
        elif kind == "integer":
            number = (r * 37 + len(path)) % 100000
            self.keys += replace_text(widget.focus_widgets()[0], str(number))
            self.expected[path] = number
        elif kind == "decimal":
            text = f"{r % 1000},{(len(path) + r) % 90 + 10}"
            self.keys += replace_text(widget.focus_widgets()[0], text)
            self.expected[path] = float(text.replace(",", "."))
        elif kind == "date":
            day, month, year = (r % 28) + 1, (r % 12) + 1, 2000 + r % 26
            self.keys += replace_text(widget.focus_widgets()[0], f"{day:02d}.{month:02d}.{year}")
            self.expected[path] = f"{year}-{month:02d}-{day:02d}"
        elif kind == "select_one" and widget.combo is not None:
            combo = widget.combo
            names = [c.name for c in widget.choices]
            index = names.index(self.expected[path]) + 1 if self.expected.get(path) else 0
            steps = 1 + r % 3
            for _ in range(steps):
                QTest.keyClick(combo, Qt.Key.Key_Down)
                index = min(index + 1, len(names))
            self.keys += steps
            if index == len(names):  # at the end: Home goes back to the empty first entry
                QTest.keyClick(combo, Qt.Key.Key_Home)
                self.keys += 1
                index = 0
            self.expected[path] = names[index - 1] if index else None
        elif kind == "select_one":
            choice = widget.choices[(r + len(path)) % len(widget.choices)]
            button = next(b for b in widget.buttons if b.property("choice") == choice.name)
            label = button.text()
            type_chars(button, label[0])  # the first letter answers it (labels start with distinct letters)
            self.keys += 1
            self.expected[path] = choice.name
        elif kind == "select_multiple":
            chosen = set(self.expected.get(path) or [])
            box = widget.boxes[(r + len(path)) % len(widget.boxes)]
            QTest.keyClick(box, Qt.Key.Key_Space)
            self.keys += 1
            chosen ^= {box.property("choice")}
            self.expected[path] = [c.name for c in widget.choices if c.name in chosen] or None

    def add_instances(self, repeat: str, count: int) -> None:
        for _ in range(count):
            section = self.view.sections[repeat]
            QTest.keyClick(section.add_button, Qt.Key.Key_Space)  # a button is pressed with Space
            self.keys += 1

    def run(self, keystrokes: int, repeat: str | None, instances: int) -> dict:
        from fieldkit.services.records import get_record

        if repeat:
            self.add_instances(repeat, instances)
        refs_before = sys.getrefcount(None)
        saves, next_check, started = 0, 100, time.monotonic()
        # At least the keystrokes asked for, and for longer than the autosave's cap (a fast machine types
        # 5,000 keys in under 4 s): typing without a pause must be saved all the same.
        from fieldkit.ui.form_saving import AUTOSAVE_MAX_MS

        at_least = AUTOSAVE_MAX_MS / 1000 + 2

        def typing() -> bool:
            return self.keys < keystrokes or time.monotonic() - started < at_least

        while typing():
            for path in list(self.view.rows):
                row = self.view.rows.get(path)
                if row is None or not row.question.is_input:
                    continue
                self.answer(path, row)
                if self.keys >= next_check:
                    next_check += 100
                    self.app.processEvents()  # the autosave's timers get their turn
                    drop = refs_before - sys.getrefcount(None)
                    if drop > ALLOWED_DROP * 5:
                        return {"keystrokes": self.keys, "refs_before": refs_before,
                                "refs_after": sys.getrefcount(None), "leak": True}
                if not typing():
                    break
            self.round += 1
            stored = get_record(self.view.workspace, self.view.record.uuid)
            if stored is not None and stored.updated_at != getattr(self, "_last", None):
                saves += 1
                self._last = stored.updated_at
        assert self.view.save_draft(), "the draft could not be saved"  # what Ctrl+S does
        refs_after = sys.getrefcount(None)
        stored = get_record(self.view.workspace, self.view.record.uuid)
        mismatches = []
        for path, value in self.expected.items():
            saved = _at(stored.data, path) if stored is not None else "(not saved)"
            if saved != value:
                mismatches.append(f"{path}: typed {value!r}, saved {saved!r}")
        return {"keystrokes": self.keys, "refs_before": refs_before, "refs_after": refs_after,
                "mismatches": mismatches[:10], "answers": len(self.expected), "autosaves_while_typing": saves,
                "seconds": round(time.monotonic() - started, 1)}


def _at(data: dict, path: str) -> object:
    """The answer at 'name' or 'repeat[2]/name' in record data."""
    container = data
    *parents, name = path.split("/")
    for part in parents:
        repeat, _, index = part.partition("[")
        container = container[repeat][int(index.rstrip("]")) - 1]
    return container.get(name)


def main() -> int:
    db, passphrase, form_file, form_id, keystrokes, instances = sys.argv[1:7]
    app = QApplication([])
    from fieldkit.ui.main_window import MainWindow

    window = MainWindow(Path(db), passphrase=passphrase)
    window.show()
    while not window.ready:
        app.processEvents()
        time.sleep(0.01)
    assert window.add_form(form_file), "the form could not be added"
    window.select_form(form_id)
    window.new_record()
    view = window.form_view
    repeat = next(iter(view.sections), None)
    result = Soak(view, app).run(int(keystrokes), repeat, int(instances))
    print(json.dumps(result, ensure_ascii=False), flush=True)
    if result.get("leak") or result["refs_before"] - result["refs_after"] > ALLOWED_DROP:
        return 3
    view.close_form()
    window.close()
    return 2 if result["mismatches"] else 0


if __name__ == "__main__":
    sys.exit(main())
