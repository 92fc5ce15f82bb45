"""Messages people read: English text that also carries its template and values,
so that the window can show it in Azerbaijani or Russian."""

from __future__ import annotations

from typing import Any

__all__ = ["HIDDEN", "MAX_LINE", "Hidden", "Message", "bounded", "shortened", "without_answer"]

#: A value quoted in a message longer than this is shortened (see ``shortened``).
MAX_VALUE = 200
#: No message is longer than this (its middle is cut; see ``bounded``).
MAX_LINE = 500


def shortened(text: str, limit: int = MAX_VALUE) -> str:
    """``text`` if short, else its first 50 characters, its length and its last 30: a 10 MB cell
    quoted in a message stays one short line (and a problem's text that quotes one keeps its end)."""
    if len(text) <= limit:
        return text
    return f"{text[:50]}…({len(text):,} characters)…{text[-30:]}"


def bounded(text: str, limit: int = MAX_LINE) -> str:
    """``text`` on one line, at most about ``limit`` characters (its middle cut)."""
    if len(text) > 4 * limit:  # (cheap on a 10 MB text: only its ends are looked at)
        text = text[: 2 * limit] + " " + text[-limit:]
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    tail = limit // 5
    return f"{text[: limit - tail - 3]} … {text[-tail:]}"


def _bounded_value(value: Any) -> Any:
    """A message's value as it may be shown: long text shortened, a huge number told by its size
    (Python refuses to turn an integer of over 4,300 digits into text)."""
    if value.__class__ is str or (isinstance(value, str) and not isinstance(value, Message)):
        return shortened(value)
    if value.__class__ is int and value.bit_length() > 330:  # over ~100 digits
        return f"a number of about {int(value.bit_length() * 0.30103) + 1:,} digits"
    return value


#: What a message says instead of an answer it must not quote.
HIDDEN = "the answer (not shown: the field is privacy-marked)"
#: The parameters of the engine's answer messages that carry the answer itself.
ANSWER_PARAMS = ("value", "values", "number", "expected")


class Hidden(str):
    """Stands in a message for an answer of a field marked ``direct``, ``text`` or ``quasi``: a
    contact pasted into a choice field must not come back in an error line, a log or a screenshot.
    Shown, and quoted with ``!r``, as ``HIDDEN`` (translated with the message)."""

    def __new__(cls, text: str = HIDDEN) -> Hidden:
        return super().__new__(cls, text)

    def __repr__(self) -> str:
        return str(self)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Hidden, (str(self),))


class Message(str):
    """A str (the English message) with ``template`` and ``params`` for translation."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Message:
        params = {key: _bounded_value(value) for key, value in params.items()}
        message = super().__new__(cls, template.format(**params))
        message.template = template
        message.params = params
        return message

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from its template and values (a refusal travels from the import's second process).
        return (_rebuilt, (self.template, self.params))

    def translated(self, translate: Any) -> str:
        """The message in another language: ``translate`` maps the template (and the templates of
        the messages among its values: 'file, sheet kii, row 3: <an answer's problem>')."""
        params = {key: value.translated(translate) if isinstance(value, Message)
                  else Hidden(str(translate(HIDDEN))) if isinstance(value, Hidden) else value
                  for key, value in self.params.items()}
        try:
            return str(translate(self.template)).format(**params)
        except (KeyError, IndexError, ValueError):
            return str(self)  # a translation that lost a placeholder: better English than nothing


def without_answer(message: Any) -> Any:
    """``message`` with the answer it quotes replaced by ``Hidden`` (a Message; other texts as they are)."""
    if not isinstance(message, Message) or not any(key in message.params for key in ANSWER_PARAMS):
        return message
    return Message(message.template, **{key: Hidden() if key in ANSWER_PARAMS else value
                                         for key, value in message.params.items()})


def _rebuilt(template: str, params: dict[str, Any]) -> Message:
    return Message(template, **params)
