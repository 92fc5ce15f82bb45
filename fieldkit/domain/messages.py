"""Messages people read: English text that also carries its template and values,
so that the window can show it in Azerbaijani or Russian."""

from __future__ import annotations

from typing import Any

__all__ = ["Message"]


class Message(str):
    """A str (the English message) with ``template`` and ``params`` for translation."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Message:
        message = super().__new__(cls, template.format(**params))
        message.template = template
        message.params = params
        return message

    def translated(self, translate: Any) -> str:
        """The message in another language: ``translate`` maps the template."""
        try:
            return str(translate(self.template)).format(**self.params)
        except (KeyError, IndexError, ValueError):
            return str(self)  # a translation that lost a placeholder: better English than nothing
