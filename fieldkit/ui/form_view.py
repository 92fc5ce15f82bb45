"""The form view: one record of a form, rendered question by question.

It re-evaluates the form on every change (relevance shows and hides
questions, messages appear next to the question), autosaves the draft a moment
after the last keystroke, saves the draft when it closes, and finalises only a
valid record.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.form import Form, Group, Question
from fieldkit.domain.records import Record
from fieldkit.domain.scrubber import PLACEHOLDERS, scrub
from fieldkit.domain.validation import Evaluation, evaluate
from fieldkit.services.privacy import NO_KEY_MESSAGE, hq_key_id
from fieldkit.services.records import InvalidRecord, clear_open, mark_open, save_record
from fieldkit.services.sealing import is_sealed
from fieldkit.ui.messages import translated
from fieldkit.ui.question_widgets import QuestionWidget, create_widget
from fieldkit.ui.repeat_section import RepeatSection
from fieldkit.ui.style import error_color, heading
from fieldkit.ui.timefmt import local_time

__all__ = ["FormView", "QuestionRow", "AUTOSAVE_MS"]

AUTOSAVE_MS = 1500
#: An autosave waits this long for a database that another connection is writing to (an import),
#: then tries again RETRY_MS later: the window never freezes while someone types.
AUTOSAVE_WAIT_MS = 250
RETRY_MS = 3000

class QuestionRow(QWidget):
    """Label, hint, answer widget and message of one question."""

    def __init__(self, question: Question, widget: QuestionWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.widget = widget
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setObjectName(f"label_{question.name}")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName(f"message_{question.name}")
        self.message.setStyleSheet(f"color: {error_color()}; font-weight: bold;")
        self.message.hide()
        layout.addWidget(self.label)
        layout.addWidget(self.hint)
        layout.addWidget(widget)
        layout.addWidget(self.message)
        focus = widget.focus_widgets()
        if focus:
            self.label.setBuddy(focus[0])

    def relabel(self, form: Form, language: str | None) -> None:
        text = self.question.label(language, form.default_language)
        if self.question.required is True:
            text += " *"
        self.label.setText(text)
        hint = self.question.hint(language, form.default_language)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.widget.relabel(language, form.default_language)
        self.widget.set_accessible(self.question.label(language, form.default_language))

    def show_message(self, text: str | None) -> None:
        self.message.setText(translated(text) if text else "")
        self.message.setVisible(bool(text))


class FormView(QWidget):
    """Edit one record; ``closed`` is emitted when the user leaves the form."""

    closed = Signal()
    saved = Signal(object)

    def __init__(self, workspace: Any, form: Form, record: Record, *, is_new: bool = False,
                 parent: QWidget | None = None) -> None:
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
        self.hq_key = hq_key_id(workspace)
        self._refreshing = False
        self.touched: set[str] = set()
        self.show_all_messages = False
        self.dirty = False
        self._loading = True
        self.evaluation: Evaluation | None = None

        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self._autosave)

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
        body_layout = QVBoxLayout(body)
        self._build(form.children, body_layout, "", record.data)
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
        buttons = QHBoxLayout()
        self.history_button = QPushButton(self.tr("History"))
        self.history_button.clicked.connect(self.show_history)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Save the draft and go back to the list (Esc)"))
        self.close_button.clicked.connect(self.close_form)
        self.save_button = QPushButton(self.tr("Save draft"))
        self.save_button.setToolTip(self.tr("Save what is typed so far (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_draft)
        self.finalise_button = QPushButton(self.tr("Finalise"))
        self.finalise_button.setToolTip(self.tr("Check every answer and mark the record final (Ctrl+Enter)"))
        self.finalise_button.clicked.connect(self.finalise)
        style = self.style()
        for button, icon in ((self.history_button, QStyle.StandardPixmap.SP_FileDialogDetailedView),
                             (self.close_button, QStyle.StandardPixmap.SP_DialogCloseButton),
                             (self.save_button, QStyle.StandardPixmap.SP_DialogSaveButton),
                             (self.finalise_button, QStyle.StandardPixmap.SP_DialogApplyButton)):
            button.setIcon(style.standardIcon(icon))
        for button in (self.history_button, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.finalise_button)
        outer.addLayout(buttons)

        QShortcut(QKeySequence.StandardKey.Save, self, self.save_draft)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.finalise)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.finalise)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_form)

        self._set_tab_order()
        self._relabel()
        self._loading = False
        self.refresh()
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
        for path, preview in self.previews.items():
            value = self.rows[path].widget.value()
            if not value:
                preview.setText("")
                continue
            stored = scrub(value)
            shown = html.escape(stored)
            for kind in (*PLACEHOLDERS, "REDACTED"):
                shown = shown.replace(f"[{kind}]", f"<b style='color:{error_color()}'>[{kind}]</b>")
            preview.setText(self.tr("Stored as: {text}").format(text=shown.replace("\n", "<br>")))

    def _fill_section(self, section: RepeatSection, instances: list[dict[str, Any]]) -> None:
        """(Re)build the panels of a repeat from its instances' values."""
        inside = section.path + "["
        for table in (self.rows, self.groups, self.sections):
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
                value = self.rows[path].widget.value()
                data[node.name] = self.sealed.get(path) if value is None and path in self.sealed else value
        return data

    def _changed(self, path: str) -> None:
        if self._loading:
            return
        self.touched.add(path)
        self.dirty = True
        self.autosave.start()
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
                box.setVisible(evaluation.relevant.get(path, True))
            for path, row in self.rows.items():
                row.setVisible(evaluation.relevant.get(path, True))
                due = self.show_all_messages or path in self.touched
                row.show_message(evaluation.errors.get(path) if due else None)
            self._show_previews()
            count = len(evaluation.errors)
            if count:
                self.problems.setText(self.tr("%n answer(s) to complete or correct before finalising.", "", count))
            else:
                self.problems.setText(self.tr("Every answer is valid: the record can be finalised."))
        finally:
            self._refreshing = False

    def _show_state(self) -> None:
        status = self.tr("Final") if self.record.is_final else self.tr("Draft")
        saved = (self.tr("saved {time}").format(time=local_time(self.record.updated_at))
                 if self.stored and not self.dirty else self.tr("not saved yet"))
        self.state.setText(self.tr("{status} · revision {revision} · {saved}").format(
            status=status, revision=self.record.revision, saved=saved))

    # -- actions -----------------------------------------------------------

    def _autosave(self) -> None:
        self.save_draft(quiet=True)

    def save_draft(self, *, quiet: bool = False) -> bool:
        """Save what is typed as a draft (always allowed). False if it failed.

        ``quiet`` (the autosave): a database busy with an import is waited for briefly, then the
        save is tried again a little later, with a word in the state line instead of a dialog.
        """
        from fieldkit.services.workspace import DatabaseBusy

        self.autosave.stop()
        try:
            self.record = save_record(self.workspace, self.record, self.answers(), final=False, language=self.language,
                                      wait_ms=AUTOSAVE_WAIT_MS if quiet else None)
        except DatabaseBusy as exc:
            if not quiet:
                self._warn(self.tr("The draft could not be saved"), exc)
                return False
            from fieldkit.ui.messages import error_text

            self.state.setText(self.tr("Not saved yet: {error}. What you typed is kept; saving again in a few "
                                       "seconds.").format(error=error_text(exc)))
            self.autosave.start(RETRY_MS)
            return False
        except Exception as exc:  # a full disk must not lose the form either: say so, keep it open
            self._warn(self.tr("The draft could not be saved"), exc)
            return False
        self.autosave.setInterval(AUTOSAVE_MS)
        if not self.stored or not self._marked_open:
            mark_open(self.workspace, self.record.uuid)  # offered back if fieldkit is killed
            self._marked_open = True
        self.dirty = False
        self.stored = True
        self._show_state()
        self.saved.emit(self.record)
        return True

    def finalise(self) -> bool:
        """Finalise if every answer is valid; otherwise show every message."""
        self.autosave.stop()
        self.show_all_messages = True
        self.refresh()
        if self.evaluation is not None and not self.evaluation.valid:
            first = next(iter(self.evaluation.errors))
            row = self.rows.get(first)
            if row is not None:
                self.scroll.ensureWidgetVisible(row)
                row.widget.setFocus()
            return False
        try:
            self.record = save_record(self.workspace, self.record, self.answers(), final=True, language=self.language)
        except InvalidRecord as exc:  # e.g. a code another record already uses
            for path, message in exc.errors.items():
                if path in self.rows:
                    self.rows[path].show_message(message)
            self.problems.setText(self.tr("%n answer(s) to complete or correct before finalising.", "",
                                          len(exc.errors)))
            return False
        except Exception as exc:
            self._warn(self.tr("The record could not be finalised"), exc)
            return False
        self.dirty = False
        self.stored = True
        self._forget_open()
        self._show_state()
        self.saved.emit(self.record)
        self.closed.emit()
        return True

    def close_form(self) -> bool:
        """Leave the form; a changed record is saved as a draft first."""
        if self.dirty and not self.save_draft():
            return False
        self.autosave.stop()
        self._forget_open()
        self.closed.emit()
        return True

    def _forget_open(self) -> None:
        # Also when this view did not mark it: a resumed draft was marked by
        # the process that was killed.
        if self.stored:
            clear_open(self.workspace)
        self._marked_open = False

    def show_history(self) -> None:
        from fieldkit.ui.history import HistoryDialog

        if self.dirty:
            self.save_draft()
        HistoryDialog(self.workspace, self.form, self.record.uuid, self).exec()

    def _warn(self, title: str, exc: Exception) -> None:
        from fieldkit.ui.messages import error_text

        self.last_warning = f"{title}: {error_text(exc)}"
        QMessageBox.warning(self, title, self.last_warning)
