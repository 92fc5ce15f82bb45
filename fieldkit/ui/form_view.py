"""The form view: one record of a form, rendered question by question.

It re-evaluates the form on every change (relevance shows and hides
questions, messages appear next to the question). Saving (the autosave, drafts,
finalising, the explicit edit of a final record) is in ``form_saving``.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.form import Form, Group, Question
from fieldkit.domain.records import Record
from fieldkit.domain.scrub import PLACEHOLDERS
from fieldkit.domain.validation import Evaluation, evaluate
from fieldkit.services.privacy import NO_KEY_MESSAGE, hq_key_id, text_scrubber
from fieldkit.services.sealing import is_sealed
from fieldkit.ui.form_saving import AUTOSAVE_MAX_MS, AUTOSAVE_MS, VIEW_MODE, FormSaving
from fieldkit.ui.messages import translated
from fieldkit.ui.question_row import QuestionRow
from fieldkit.ui.question_widgets import create_widget
from fieldkit.ui.repeat_section import RepeatSection
from fieldkit.ui.style import error_color, heading

__all__ = ["AUTOSAVE_MAX_MS", "AUTOSAVE_MS", "FormView", "QuestionRow"]

class FormView(FormSaving, QWidget):
    """Edit one record; ``closed`` is emitted when the user leaves the form.

    A final record opens read-only; ``pending`` (its pending edit) opens it in edit mode with the
    edit's answers (see ``form_saving``)."""

    closed = Signal()
    saved = Signal(object)

    def __init__(self, workspace: Any, form: Form, record: Record, *, is_new: bool = False,
                 pending: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.stored = not is_new
        self._marked_open = False
        self.form = form
        self.record = record
        from fieldkit.ui.i18n import current

        # The form speaks the window's language when it has it.
        self.language = form.language_for(current()) or form.default_language
        self.rows: dict[str, QuestionRow] = {}  # by path: 'name' or 'repeat[2]/name'
        self.groups: dict[str, QGroupBox] = {}  # groups and repeats, by path
        self.sections: dict[str, RepeatSection] = {}
        self.sealed: dict[str, str] = {}  # path -> sealed value already stored
        self.previews: dict[str, QLabel] = {}  # path -> what a 'text' answer will be stored as
        # Each widget's value, read again only after its ``changed`` signal: a keystroke reads one
        # widget, not every widget of the form.
        self._values: dict[str, Any] = {}
        self._previewed: dict[str, str] = {}  # path -> the answer its preview shows
        self.hq_key = hq_key_id(workspace)
        self._refreshing = False
        self.touched: set[str] = set()
        self.show_all_messages = False
        self.dirty = False
        self._loading = True
        self.evaluation: Evaluation | None = None
        self._setup_saving(pending)

        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title = QLabel(form.title)
        heading(self.title, 1.6)
        header.addWidget(self.title, 1)
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Form language"))
        for language in form.languages:
            self.language_box.addItem(language, language)
        self.language_box.setVisible(len(form.languages) > 1)
        if self.language:
            self.language_box.setCurrentIndex(max(self.language_box.findData(self.language), 0))
        self.language_box.currentIndexChanged.connect(self._language_changed)
        header.addWidget(self.language_box)
        outer.addLayout(header)
        self.state = QLabel()
        self.state.setObjectName("record_state")
        outer.addWidget(self.state)

        body = QWidget()
        self.body = body
        body_layout = QVBoxLayout(body)
        self._build(form.children, body_layout, "", pending.data if pending is not None else record.data)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.scroll = scroll

        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        outer.addWidget(self.problems)
        outer.addLayout(self._build_buttons())

        self._set_tab_order()
        self._relabel()
        self._loading = False
        self.refresh()
        self._apply_mode()
        self._show_state()

    # -- building ----------------------------------------------------------

    def _build(self, nodes: tuple[Question | Group, ...], layout: QVBoxLayout, prefix: str,
               data: dict[str, Any]) -> None:
        """Rows for ``nodes`` under the path ``prefix``, showing the values in ``data``."""
        for node in nodes:
            path = prefix + node.name
            if isinstance(node, Group) and node.repeat:
                section = RepeatSection(node, path)
                section.add_requested.connect(lambda p=path: self._add_instance(p))
                section.remove_requested.connect(lambda i, p=path: self._remove_instance(p, i))
                self.sections[path] = section
                self.groups[path] = section
                layout.addWidget(section)
                self._fill_section(section, data.get(node.name) or [])
                continue
            if isinstance(node, Group):
                box = QGroupBox()
                box.setObjectName(f"group_{path}")
                inner = QVBoxLayout(box)
                self._build(node.children, inner, prefix, data)
                self.groups[path] = box
                layout.addWidget(box)
                continue
            if not node.shown:
                continue
            widget = create_widget(node, self.form.choices_for(node))
            widget.setObjectName(f"q_{path}")
            value = data.get(node.name)
            if is_sealed(value):
                self.sealed[path] = value  # never shown; kept unless something new is typed
                value = None
            widget.set_value(value)
            widget.changed.connect(lambda p=path: self._changed(p))
            self._values.pop(path, None)
            for target in widget.focus_widgets():
                if isinstance(target, QLineEdit):  # Enter moves on to the next question
                    target.returnPressed.connect(self.focusNextChild)
            row = QuestionRow(node, widget)
            self.rows[path] = row
            layout.addWidget(row)
            if node.privacy:
                self._privacy_row(row, path)

    def _privacy_row(self, row: QuestionRow, path: str) -> None:
        """Direct identifiers: sealed for HQ (or refused without its key); free text: scrubbed, shown first."""
        question = row.question
        if question.privacy == "direct":
            target = row.widget.focus_widgets()[0] if row.widget.focus_widgets() else row.widget
            if self.hq_key is None:
                row.widget.setEnabled(False)
                note = QLabel(translated(NO_KEY_MESSAGE))
            else:
                if path in self.sealed and hasattr(target, "setPlaceholderText"):
                    target.setPlaceholderText(self.tr("Sealed for HQ: only HQ can read it. Type to replace it."))
                note = QLabel(self.tr("Sealed on save with HQ's key {key}: this laptop cannot read it back.")
                              .format(key=self.hq_key))
            note.setObjectName(f"privacy_{path}")
            note.setWordWrap(True)
            note.setStyleSheet("color: palette(mid);")
            row.layout().addWidget(note)
        elif question.privacy == "text":
            line = QHBoxLayout()
            preview = QLabel()
            preview.setObjectName(f"preview_{path}")
            preview.setWordWrap(True)
            preview.setTextFormat(Qt.TextFormat.RichText)
            line.addWidget(preview, 1)
            redact = QPushButton(self.tr("Redact selection"))
            redact.setToolTip(self.tr("Replace the selected words with [REDACTED] before anything is saved"))
            redact.clicked.connect(lambda: self.redact_selection(path))
            line.addWidget(redact)
            row.layout().addLayout(line)
            self.previews[path] = preview
            self._previewed.pop(path, None)  # a new label (a rebuilt repeat) shows it again

    def redact_selection(self, path: str) -> bool:
        """Replace the selected text of a free-text answer with [REDACTED]."""
        editor = self.rows[path].widget.focus_widgets()[0]
        if isinstance(editor, QLineEdit):
            if not editor.hasSelectedText():
                return False
            editor.insert("[REDACTED]")
            return True
        cursor = editor.textCursor()
        if not cursor.hasSelection():
            return False
        cursor.insertText("[REDACTED]")
        return True

    def _show_previews(self) -> None:
        scrub = None  # built once per pass, knowing the record's contact as a save will
        for path, preview in self.previews.items():
            value = self._value(path)
            if self._previewed.get(path) == (value or ""):
                continue  # unchanged since the last keystroke: not scrubbed again
            self._previewed[path] = value or ""
            if not value:
                preview.setText("")
                continue
            if scrub is None:
                scrub = text_scrubber(self.workspace, self.form, self.answers())
            stored = scrub(value)
            shown = html.escape(stored)
            for kind in (*PLACEHOLDERS, "REDACTED"):
                shown = shown.replace(f"[{kind}]", f"<b style='color:{error_color()}'>[{kind}]</b>")
            preview.setText(self.tr("Stored as: {text}").format(text=shown.replace("\n", "<br>")))

    def _fill_section(self, section: RepeatSection, instances: list[dict[str, Any]]) -> None:
        """(Re)build the panels of a repeat from its instances' values."""
        inside = section.path + "["
        for table in (self.rows, self.groups, self.sections, self._values, self.previews, self._previewed):
            for path in [p for p in table if p.startswith(inside)]:
                del table[path]
        section.clear()
        for index, instance in enumerate(instances):
            body = section.add_panel()
            self._build(section.group.children, body, f"{section.path}[{index + 1}]/", instance)

    def _instances(self, data: dict[str, Any], path: str) -> list[dict[str, Any]]:
        """The instance list of the repeat at ``path`` inside ``data`` (created if missing)."""
        container = data
        parts = path.split("/")
        for part in parts[:-1]:
            name, _, index = part.partition("[")
            container = container[name][int(index.rstrip("]")) - 1]
        return container.setdefault(parts[-1], [])

    def _rebuild_section(self, path: str, change: Any) -> None:
        data = self.answers()
        instances = self._instances(data, path)
        change(instances)
        self._loading = True
        self._fill_section(self.sections[path], instances)
        self._loading = False
        self._relabel()
        self._set_tab_order()
        self._changed(path)

    def _add_instance(self, path: str) -> None:
        self._rebuild_section(path, lambda instances: instances.append({}))
        section = self.sections[path]
        last = f"{path}[{section.count}]/"
        first = next((row for p, row in self.rows.items() if p.startswith(last)), None)
        if first is not None:
            first.widget.setFocus()

    def _remove_instance(self, path: str, index: int) -> None:
        self._rebuild_section(path, lambda instances: instances.pop(index))

    def _set_tab_order(self) -> None:
        chain = [w for row in self.rows.values() for w in row.widget.focus_widgets()]
        chain += [self.save_button, self.finalise_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _relabel(self) -> None:
        for row in self.rows.values():
            row.relabel(self.form, self.language)
        for path, box in self.groups.items():
            group = self.form.group(path.rsplit("/", 1)[-1])
            title = group.label(self.language, self.form.default_language)
            if isinstance(box, RepeatSection):
                box.relabel(title)
            else:
                box.setTitle(title)

    def _language_changed(self) -> None:
        self.language = self.language_box.currentData()
        self._relabel()
        self.refresh()

    # -- state -------------------------------------------------------------

    def answers(self) -> dict[str, Any]:
        """What the widgets hold, shaped as record data (repeats as lists)."""
        # Fields no one types (calculations, metadata) come from the last
        # evaluation, so once() keeps its first value even before the first save.
        hidden = self.evaluation.values if self.evaluation is not None else self.record.data
        data = {k: v for k, v in {**self.record.data, **hidden}.items()
                if self.form.has(k) and not self.form.question(k).shown and not self.form.question(k).repeats}
        data.update(self._collect(self.form.children, ""))
        return data

    def _collect(self, nodes: tuple[Question | Group, ...], prefix: str) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for node in nodes:
            path = prefix + node.name
            if isinstance(node, Group) and node.repeat:
                section = self.sections[path]
                data[node.name] = [self._collect(node.children, f"{path}[{i + 1}]/") for i in range(section.count)]
            elif isinstance(node, Group):
                data.update(self._collect(node.children, prefix))
            elif path in self.rows and node.is_input:
                value = self._value(path)
                data[node.name] = self.sealed.get(path) if value is None and path in self.sealed else value
        return data

    def _value(self, path: str) -> Any:
        """The widget's value, from the cache while it has not changed (a list is a copy)."""
        try:
            value = self._values[path]
        except KeyError:
            value = self._values[path] = self.rows[path].widget.value()
        return list(value) if isinstance(value, list) else value

    def _changed(self, path: str) -> None:
        self._values.pop(path, None)
        if self._loading or self.mode == VIEW_MODE:  # a read-only final record: nothing is typed, nothing saved
            return
        self.touched.add(path)
        self.dirty = True
        self._typed()
        if self._refreshing:
            QTimer.singleShot(0, self.refresh)  # a widget changed while refreshing: evaluate again after
        else:
            self.refresh()

    def refresh(self) -> None:
        """Re-evaluate: show relevant questions, offer filtered choices, messages where due."""
        if self._refreshing:
            return
        self._refreshing = True
        try:
            evaluation = evaluate(self.form, self.answers(), language=self.language)
            self.evaluation = evaluation
            for path, section in list(self.sections.items()):
                if section.fixed and path in self.sections:
                    wanted = self._instances(evaluation.values, path) if "[" not in path else None
                    if wanted is not None and len(wanted) != section.count:
                        self._loading = True
                        self._fill_section(section, wanted)
                        self._loading = False
                        self._relabel()
                        self._set_tab_order()
            for path, allowed in evaluation.choices.items():
                if path in self.rows:
                    self.rows[path].widget.set_choices({c.name for c in allowed})
            for path, box in self.groups.items():
                relevant = evaluation.relevant.get(path, True)
                if box.isHidden() == relevant:
                    box.setVisible(relevant)
            for path, row in self.rows.items():
                row.show_relevant(evaluation.relevant.get(path, True))
                due = self.show_all_messages or path in self.touched
                row.show_message(evaluation.errors.get(path) if due else None)
            self._show_previews()
            count = len(evaluation.errors)
            if count:
                problems = self.tr("%n answer(s) to complete or correct before finalising.", "", count)
            else:
                problems = self.tr("Every answer is valid: the record can be finalised.")
            if problems != self.problems.text():
                self.problems.setText(problems)
        finally:
            self._refreshing = False
