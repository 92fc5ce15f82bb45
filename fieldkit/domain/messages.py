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

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from its template and values (a refusal travels from the import's second process).
        return (_rebuilt, (self.template, self.params))

    def translated(self, translate: Any) -> str:
        """The message in another language: ``translate`` maps the template (and the templates of
        the messages among its values: 'file, sheet kii, row 3: <an answer's problem>')."""
        params = {key: value.translated(translate) if isinstance(value, Message) else value
                  for key, value in self.params.items()}
        try:
            return str(translate(self.template)).format(**params)
        except (KeyError, IndexError, ValueError):
            return str(self)  # a translation that lost a placeholder: better English than nothing


def _rebuilt(template: str, params: dict[str, Any]) -> Message:
    return Message(template, **params)
