"""The window shows any error in one bounded line (issue 13, point 10): a 10 MB value, an integer
too long for Python to print."""

from __future__ import annotations

from fieldkit.domain.messages import Message
from fieldkit.ui.messages import error_text


def test_errors_are_one_short_line():
    huge = "ə" * 10_000_000
    assert len(error_text(ValueError(huge + "\n" + huge))) <= 500
    assert "\n" not in error_text(ValueError("one\ntwo"))
    shown = error_text(ValueError(Message("{where}: {value!r} is not a number", where="sheet kii, row 2", value=huge)))
    assert len(shown) < 200 and shown.startswith("sheet kii, row 2: 'əəə") and "(10,000,000 characters)" in shown
    assert error_text(ValueError(10**5000)) == "ValueError"
