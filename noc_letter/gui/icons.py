"""Status icons drawn from inline SVG, so they stay sharp at any screen scale."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

_CIRCLE = "<circle cx='12' cy='12' r='10.5' fill='{fill}'/>"
_SHAPES = {
    # check mark: supports the target
    "target": (
        "#1e7b34",
        "<path d='M6.5 12.5l3.7 3.6 7.3-8' stroke='white' stroke-width='2.6' "
        "fill='none' stroke-linecap='round' stroke-linejoin='round'/>",
    ),
    # two arrows: a confusable neighbour
    "neighbour": (
        "#b45f06",
        "<path d='M6 9h10l-3-3M18 15H8l3 3' stroke='white' "
        "stroke-width='2.2' fill='none' stroke-linecap='round' stroke-linejoin='round'/>",
    ),
    # diamond: another skilled occupation
    "other_skilled": ("#1f5fa8", "<path d='M12 6l6 6-6 6-6-6z' fill='white'/>"),
    # down arrow: TEER 4-5
    "other_low": (
        "#b01e1e",
        "<path d='M12 6v11M7.5 12.5L12 17l4.5-4.5' stroke='white' "
        "stroke-width='2.4' fill='none' stroke-linecap='round' stroke-linejoin='round'/>",
    ),
    # question mark: too vague
    "unclear": (
        "#6b6b6b",
        "<text x='12' y='17' font-size='14' font-family='sans-serif' "
        "font-weight='bold' text-anchor='middle' fill='white'>?</text>",
    ),
    # three dots: not checked yet
    "pending": (
        "#9a9a9a",
        "<circle cx='7' cy='12' r='1.7' fill='white'/><circle cx='12' cy='12' "
        "r='1.7' fill='white'/><circle cx='17' cy='12' r='1.7' fill='white'/>",
    ),
    # exclamation: error finding
    "error": (
        "#b01e1e",
        "<path d='M12 6v7' stroke='white' stroke-width='2.6' "
        "stroke-linecap='round'/><circle cx='12' cy='17.2' r='1.5' fill='white'/>",
    ),
    # "i": warning/advice finding
    "warning": (
        "#b45f06",
        "<path d='M12 11v6' stroke='white' stroke-width='2.4' "
        "stroke-linecap='round'/><circle cx='12' cy='7.5' r='1.5' fill='white'/>",
    ),
    # "T": TEER 0-3 eligible badge
    "eligible": (
        "#1e7b34",
        "<path d='M7 8h10M12 8v9' stroke='white' stroke-width='2.4' stroke-linecap='round'/>",
    ),
    "ineligible": (
        "#6b6b6b",
        "<path d='M7.5 7.5l9 9M16.5 7.5l-9 9' stroke='white' "
        "stroke-width='2.4' stroke-linecap='round'/>",
    ),
}
_SIZES = (16, 20, 24, 32, 48, 64)


def svg_source(name: str) -> str:
    """The SVG text of a named status icon."""
    fill, shape = _SHAPES[name]
    return (
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'>"
        + _CIRCLE.format(fill=fill)
        + shape
        + "</svg>"
    )


@cache
def icon(name: str) -> QIcon:
    """A QIcon with pixmaps rendered at several sizes (sharp at 100-400 % scaling)."""
    renderer = QSvgRenderer(QByteArray(svg_source(name).encode()))
    result = QIcon()
    for size in _SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(QPixmap.fromImage(image))
    return result
