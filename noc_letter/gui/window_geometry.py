"""The main window's size and place: inside the screen at first start, then as it was left."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1280, 800)
# Room for the window manager's frame around the window: a title bar and thin borders. A
# 1366×768 laptop with a 40 px taskbar leaves 1366×728, so the window itself gets 1280×688.
TITLE_BAR, BORDER = 32, 8
FRAME_ALLOWANCE = QSize(2 * BORDER, TITLE_BAR + BORDER)
FILE_NAME = "window.ini"
KEY = "main_window/geometry"


def fitted(available: QRect, preferred: QSize = PREFERRED, minimum: QSize | None = None) -> QRect:
    """The window's first geometry: `preferred`, made smaller to fit `available` with its frame,
    never below `minimum` (unless the screen itself is smaller), centred.

    Args:
        available: the screen's available geometry (without taskbars).
        preferred: the size the window would like.
        minimum: the smallest size its layout allows.

    Returns:
        The geometry of the window's contents (the frame goes around it).
    """
    room = QSize(
        available.width() - FRAME_ALLOWANCE.width(),
        available.height() - FRAME_ALLOWANCE.height(),
    )
    size = preferred.boundedTo(room)
    if minimum is not None:
        size = size.expandedTo(minimum.boundedTo(room))
    # the frame (title bar above, borders around) is centred in the free area
    left = available.x() + (room.width() - size.width()) // 2 + BORDER
    top = available.y() + (room.height() - size.height()) // 2 + TITLE_BAR
    return QRect(left, top, size.width(), size.height())


def settings_in(folder: Path) -> QSettings:
    """Qt settings (an INI file) in the app's data folder, which NOC_LETTER_HOME moves."""
    return QSettings(str(folder / FILE_NAME), QSettings.Format.IniFormat)


def restore(window: QWidget, folder: Path) -> None:
    """Give the window the size and place it had when it was last closed, or a fitted one."""
    stored = settings_in(folder).value(KEY)
    if stored is not None and window.restoreGeometry(stored):
        return  # Qt moves and shrinks a stored geometry that no longer fits the screens
    screen = window.screen()
    available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)
    window.setGeometry(fitted(available, PREFERRED, window.minimumSizeHint()))


def remember(window: QWidget, folder: Path) -> None:
    """Store the window's size and place for the next start."""
    settings = settings_in(folder)
    settings.setValue(KEY, window.saveGeometry())
    settings.sync()
