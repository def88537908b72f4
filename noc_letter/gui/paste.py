"""A pasted block of duties split into rows, or what the window says when it cannot be added."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from noc_letter.gui import services

translate = QCoreApplication.translate


def split_paste(block: str, room: int) -> tuple[list[Any], str | None]:
    """(the duties found, None), or ([], the message) when nothing can be added: no text, a
    paste of megabytes, more lines than `room` duties, or no words."""
    if not block.strip():
        return [], translate(
            "Presenter",
            "The clipboard holds no text to paste. Copy the list of duties (from a job "
            "description or an old letter) first, then paste.",
        )
    try:
        found = services.split_block(block)
    except ValueError:  # a paste of megabytes: said in the window's words
        return [], translate(
            "Presenter",
            "This paste is {size} MB of text; a letter's duties are a few kilobytes. "
            "Paste only the list of duties.",
        ).format(size=f"{len(block) / 1_000_000:.1f}")
    if len(found) > room:
        return [], translate(
            "Presenter",
            "The paste holds {count} lines, more than fit ({limit} duties in all). "
            "Paste only the list of duties.",
        ).format(count=len(found), limit=services.MAX_DUTIES)
    if not found:
        return [], translate("Presenter", "The pasted text holds no duty to add: it has no words.")
    return found, None
