"""Colours that follow the system's light or dark palette, with readable contrast in both."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QWidget

__all__ = ["app_icon", "contrast", "error_color", "heading", "is_dark"]

_ERROR_ON_LIGHT = QColor("#b3261e")  # 6.5:1 on white
_ERROR_ON_DARK = QColor("#ff8a80")   # 8:1 on Fusion's dark window colour


def is_dark() -> bool:
    """True when the application's palette is a dark one (light text on dark windows)."""
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < palette.color(QPalette.ColorRole.WindowText).lightness()


def error_color() -> str:
    """The colour of error messages, as a stylesheet colour (#rrggbb)."""
    return (_ERROR_ON_DARK if is_dark() else _ERROR_ON_LIGHT).name()


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(foreground: QColor, background: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21; text wants at least 4.5)."""
    high, low = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def app_icon() -> QIcon:
    """fieldkit's own icon (resources/icons/fieldkit.svg), for the window and the task bar."""
    from fieldkit import resources_dir

    return QIcon(str(resources_dir() / "icons" / "fieldkit.svg"))


def heading(widget: QWidget, scale: float) -> None:
    """Make ``widget`` a bold heading ``scale`` times the size of the application's font, so that
    it grows with the font the user chose (a stylesheet size in points would not)."""
    font = QGuiApplication.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    widget.setFont(font)
