"""Saving in the form view: the autosave, drafts, finalising, and the explicit edit of a final record.

A record is in one of three modes:

- ``draft``: what is typed is the record's draft; it saves itself a moment after the last keystroke and
  at least every AUTOSAVE_MAX_MS while typing goes on.
- ``view``: a final record, shown read-only; Edit (F2) starts an edit.
- ``edit``: a pending edit of a final record. It autosaves like a draft, but into the record's pending
  edit (``fieldkit.services.edits``): reports, lists and exports keep the final revision until Finalise
  makes the edit the next revision; Discard edit drops it and leaves the record as it was.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QStyle

from fieldkit.services.edits import EditOutdated, discard_edit, finalise_edit, save_edit
from fieldkit.services.records import InvalidRecord, clear_open, mark_open, save_record
from fieldkit.ui.timefmt import local_time

__all__ = ["AUTOSAVE_MAX_MS", "AUTOSAVE_MS", "DRAFT_MODE", "EDIT_MODE", "FormSaving", "VIEW_MODE"]

#: The autosave runs this long after the last keystroke...
AUTOSAVE_MS = 1500
#: ... and at least this often while typing goes on (a pause may never come).
AUTOSAVE_MAX_MS = 4000
#: An autosave waits this long for a database that another connection is writing to (an import),
#: then tries again RETRY_MS later: the window never freezes while someone types.
AUTOSAVE_WAIT_MS = 250
RETRY_MS = 3000

DRAFT_MODE, VIEW_MODE, EDIT_MODE = "draft", "view", "edit"


def _readable(palette: QPalette) -> QPalette:
    """The palette of a read-only record: its answers take no input (disabled) but read as clearly as
    when they are typed (disabled text is pale)."""
    readable = QPalette(palette)
    group = QPalette.ColorGroup
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        readable.setColor(group.Disabled, role, palette.color(group.Active, role))
    return readable


class FormSaving:
    """The saving half of FormView (a QWidget): needs ``workspace``, ``record``, ``answers()``,
    ``refresh()``, ``rows``, ``body``, ``state``, ``problems``, ``language``, ``evaluation``, ``closed``
    and ``saved``."""

    EDIT_KEY = "F2"  # Ctrl+E is the window's export

    def _setup_saving(self, pending: Any) -> None:
        self.pending = pending  # the record's pending edit (services.edits.PendingEdit), if any
        if not self.record.is_final:
            self.mode = DRAFT_MODE
        else:
            self.mode = EDIT_MODE if pending is not None else VIEW_MODE
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self._autosave)
        self.autosave_cap = QTimer(self)
        self.autosave_cap.setSingleShot(True)
        self.autosave_cap.setInterval(AUTOSAVE_MAX_MS)
        self.autosave_cap.timeout.connect(self._autosave)

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.history_button = QPushButton(self.tr("History"))
        self.history_button.clicked.connect(self.show_history)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Save the draft and go back to the list (Esc)"))
        self.close_button.clicked.connect(self.close_form)
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setToolTip(self.tr("Change this final record: the edit is kept apart until it is "
                                            "finalised or discarded (F2)"))
        self.edit_button.clicked.connect(self.begin_edit)
        self.discard_button = QPushButton(self.tr("Discard edit"))
        self.discard_button.setToolTip(self.tr("Forget the changes: the record stays as it was finalised"))
        self.discard_button.clicked.connect(lambda: self.discard_edit())
        self.save_button = QPushButton(self.tr("Save draft"))
        self.save_button.setToolTip(self.tr("Save what is typed so far (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save_draft())
        self.finalise_button = QPushButton(self.tr("Finalise"))
        self.finalise_button.setToolTip(self.tr("Check every answer and mark the record final (Ctrl+Enter)"))
        self.finalise_button.clicked.connect(self.finalise)
        style = self.style()
        for button, icon in ((self.history_button, QStyle.StandardPixmap.SP_FileDialogDetailedView),
                             (self.close_button, QStyle.StandardPixmap.SP_DialogCloseButton),
                             (self.edit_button, QStyle.StandardPixmap.SP_FileDialogContentsView),
                             (self.discard_button, QStyle.StandardPixmap.SP_DialogDiscardButton),
                             (self.save_button, QStyle.StandardPixmap.SP_DialogSaveButton),
                             (self.finalise_button, QStyle.StandardPixmap.SP_DialogApplyButton)):
            button.setIcon(style.standardIcon(icon))
        for button in (self.history_button, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.edit_button, self.discard_button, self.save_button, self.finalise_button):
            buttons.addWidget(button)
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save_draft())
        QShortcut(QKeySequence("Ctrl+Return"), self, self.finalise)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.finalise)
        QShortcut(QKeySequence(self.EDIT_KEY), self, self.begin_edit)
        QShortcut(QKeySequence("Escape"), self, self.close_form)
        return buttons

    def _apply_mode(self) -> None:
        """Read-only or not; which buttons show."""
        viewing = self.mode == VIEW_MODE
        self.body.setEnabled(not viewing)
        self.body.setPalette(_readable(self.palette()) if viewing else self.palette())
        self.problems.setVisible(not viewing)
        self.edit_button.setVisible(viewing)
        self.discard_button.setVisible(self.mode == EDIT_MODE)
        self.save_button.setVisible(not viewing)
        self.finalise_button.setVisible(not viewing)
        if self.mode == EDIT_MODE:
            self.save_button.setText(self.tr("Save edit"))
            self.save_button.setToolTip(self.tr("Keep the edit so far; the record stays final as it was until "
                                                "the edit is finalised (Ctrl+S)"))
            self.finalise_button.setText(self.tr("Finalise edit"))
            self.finalise_button.setToolTip(self.tr("Check every answer and make the edit the record's next "
                                                    "revision (Ctrl+Enter)"))

    def focus_first(self) -> None:
        """Where the keyboard starts: the first answer, or Edit on a read-only record."""
        if self.mode == VIEW_MODE:
            self.edit_button.setFocus()
            return
        first = next((r.widget for r in self.rows.values() if r.widget.focus_widgets()), None)
        if first is not None:
            first.setFocus()

    def _show_state(self) -> None:
        status = self.tr("Final") if self.record.is_final else self.tr("Draft")
        if self.mode == EDIT_MODE:
            saved = (self.tr("edit saved {time}").format(time=local_time(self.pending.saved_at))
                     if self.pending is not None and not self.dirty else self.tr("edit not saved yet"))
            saved += " · " + self.tr("reports and exports use the final revision until the edit is finalised")
        elif self.mode == VIEW_MODE:
            saved = self.tr("read-only: press Edit ({key}) to change it").format(key=self.EDIT_KEY)
        else:
            saved = (self.tr("saved {time}").format(time=local_time(self.record.updated_at))
                     if self.stored and not self.dirty else self.tr("not saved yet"))
        self.state.setText(self.tr("{status} · revision {revision} · {saved}").format(
            status=status, revision=self.record.revision, saved=saved))

    def _typed(self) -> None:
        """A change was typed: autosave after a pause, and at the latest AUTOSAVE_MAX_MS from now."""
        self.autosave.start()
        if not self.autosave_cap.isActive():
            self.autosave_cap.start()

    # -- actions -----------------------------------------------------------

    def begin_edit(self) -> None:
        """Start editing a final record: nothing is saved until something is typed."""
        if self.mode != VIEW_MODE:
            return
        self.mode = EDIT_MODE
        self._apply_mode()
        self._show_state()
        self.focus_first()

    def _autosave(self) -> None:
        self.save_draft(quiet=True)

    def _stop_autosave(self) -> None:
        self.autosave.stop()
        self.autosave_cap.stop()

    def save_draft(self, *, quiet: bool = False) -> bool:
        """Save what is typed as a draft, or as the pending edit of a final record. False if it failed.

        ``quiet`` (the autosave): a database busy with an import is waited for briefly, then the
        save is tried again a little later, with a word in the state line instead of a dialog.
        """
        from fieldkit.services.workspace import DatabaseBusy

        self._stop_autosave()
        if self.mode == VIEW_MODE:
            return True  # nothing can have been typed
        wait = AUTOSAVE_WAIT_MS if quiet else None
        try:
            if self.mode == EDIT_MODE:
                self.pending = save_edit(self.workspace, self.record, self.answers(), language=self.language,
                                         wait_ms=wait)
            else:
                self.record = save_record(self.workspace, self.record, self.answers(), final=False,
                                          language=self.language, wait_ms=wait)
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
        if not self._marked_open:
            mark_open(self.workspace, self.record.uuid)  # offered back if fieldkit is killed
            self._marked_open = True
        self.dirty = False
        self.stored = True
        self._show_state()
        self.saved.emit(self.record)
        return True

    def finalise(self) -> bool:
        """Finalise if every answer is valid; otherwise show every message."""
        if self.mode == VIEW_MODE:
            return False
        self._stop_autosave()
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
            if self.mode == EDIT_MODE:
                self.record = finalise_edit(self.workspace, self.record, self.answers(), language=self.language)
                self.pending = None
            else:
                self.record = save_record(self.workspace, self.record, self.answers(), final=True,
                                          language=self.language)
        except InvalidRecord as exc:  # e.g. a code another record already uses
            for path, message in exc.errors.items():
                if path in self.rows:
                    self.rows[path].show_message(message)
            self.problems.setText(self.tr("%n answer(s) to complete or correct before finalising.", "",
                                          len(exc.errors)))
            return False
        except EditOutdated as exc:
            self.save_draft()  # the edit is kept: nothing typed is lost
            self._warn(self.tr("The edit could not be finalised"), exc)
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

    def discard_edit(self, *, confirm: bool = True) -> bool:
        """Forget the pending edit (asked first): the record stays exactly as it was finalised."""
        if self.mode != EDIT_MODE:
            return False
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Discard edit"),
                self.tr("Discard the changes to this record? It stays as it was finalised (revision "
                        "{revision}).").format(revision=self.record.revision))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self._stop_autosave()
        try:
            discard_edit(self.workspace, self.record)
        except Exception as exc:
            self._warn(self.tr("The edit could not be discarded"), exc)
            return False
        self.pending = None
        self.dirty = False
        self._forget_open()
        self.closed.emit()
        return True

    def close_form(self) -> bool:
        """Leave the form; a changed record is saved as a draft (or its pending edit) first."""
        if self.dirty and not self.save_draft():
            return False
        self._stop_autosave()
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
