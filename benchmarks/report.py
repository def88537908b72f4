"""Write one benchmark's markdown section into docs/benchmarks.md, leaving the others alone."""

from __future__ import annotations

import platform
import re
from datetime import date
from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
HEADER = (
    "# Benchmarks\n\n"
    "Figures measured on the development machine (2 shared cores, noisy): medians unless said.\n"
    "Each section is rewritten by the script named in it.\n"
)


def update_section(name: str, markdown: str) -> Path:
    """Replace (or append) the section between `<!-- name:start -->` and `<!-- name:end -->`."""
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else HEADER
    stamp = (
        f"_Measured {date.today().isoformat()} on {platform.machine()}, "
        f"Python {platform.python_version()}._\n"
    )
    block = f"<!-- {name}:start -->\n{markdown.rstrip()}\n\n{stamp}<!-- {name}:end -->"
    pattern = re.compile(
        rf"<!-- {re.escape(name)}:start -->.*?<!-- {re.escape(name)}:end -->", re.S
    )
    text = (
        pattern.sub(lambda _m: block, text)
        if pattern.search(text)
        else text.rstrip() + "\n\n" + block + "\n"
    )
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(text, encoding="utf-8")
    return DOC
