"""`noc-letter screenshot [--project FILE] [--size WxH] [--lang fr] OUT.png`: render the window
offscreen."""

from __future__ import annotations

import argparse
import os
import re
import sys
import time

TABS = ("duties", "details", "preview")


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{3,5})x(\d{3,5})", text.strip().lower())
    if not match:
        raise argparse.ArgumentTypeError("size must look like 1280x800")
    return int(match.group(1)), int(match.group(2))


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `screenshot` subcommand."""
    parser = subparsers.add_parser(
        "screenshot",
        help="save a PNG of the window with a project loaded (offscreen)",
        description="Render the main window offscreen, wait until matching is done, save a PNG.",
    )
    parser.add_argument("out", metavar="OUT.png", help="the PNG file to write")
    parser.add_argument("--project", metavar="FILE", help="a .nocletter project to load")
    parser.add_argument("--size", type=_size, default=(1280, 800), metavar="WxH")
    parser.add_argument("--tab", choices=TABS, default="duties", help="centre tab to show")
    parser.add_argument("--select", type=int, metavar="N", help="select duty row N (1-based)")
    parser.add_argument(
        "--position", type=int, metavar="N", help="edit position N of the project (1-based)"
    )
    parser.add_argument("--search", metavar="TEXT", help="type this into the NOC search box")
    parser.add_argument(
        "--lang", choices=("en", "fr"), default="en", help="the window's language (default en)"
    )
    parser.add_argument("--timeout", type=float, default=60.0, help=argparse.SUPPRESS)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Render and save; 0 on success, 1 when the window could not be rendered or saved."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from noc_letter.gui.app import create_window, guard_streams, make_app

    guard_streams()
    app = make_app()
    window = create_window(None, offer_recovery=False, lang=args.lang)
    window.remember_geometry = False
    window.resize(*args.size)
    window.show()
    presenter = window.presenter
    if args.project and not window.files.open(args.project):
        return 1
    if args.search:
        window.picker.search_box.setText(args.search)
    if args.position:
        presenter.select_position(args.position - 1)
    window.tabs.setCurrentIndex(TABS.index(args.tab))
    deadline = time.monotonic() + args.timeout
    while time.monotonic() < deadline:
        app.processEvents()
        ready = presenter.matcher_ready and not presenter.runner.busy
        if ready and (presenter.reading is not None or not presenter.target):
            break
        time.sleep(0.02)
    else:
        sys.stderr.write("noc-letter: error: matching did not finish in time\n")
        return 1
    if args.search:
        window.picker.run_search(args.search)
    if args.select:
        window.duties.select(args.select - 1, move_cursor=True)
    for _ in range(20):  # let pending timers (preview, findings) fire
        app.processEvents()
        time.sleep(0.02)
    window.preview.refresh()  # orders the duties on the background runner
    while presenter.runner.busy and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()
    image = window.grab()
    presenter.undo.setClean()
    window.close()
    if not image.save(args.out, "PNG"):
        sys.stderr.write(f"noc-letter: error: cannot write {args.out}\n")
        return 1
    print(args.out)
    return 0
