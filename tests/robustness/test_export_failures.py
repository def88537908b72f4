"""Export failures give a clear message and leave no partial file; odd text makes valid files.

Every test runs against the three writers: the letter DOCX (`build_letter`), the checklist DOCX
and the checklist PDF (Qt). The tests run as root in CI, where a chmod-ed folder or file does
not stop a write, so "read-only folder", "file open in Word" and "disk full" are simulated by
making the operating-system call fail (monkeypatch) exactly as the real refusal would.
"""

from __future__ import annotations

import errno
import io
import os
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from noc_letter.core.export import ExportError, build_letter
from noc_letter.core.export import files as export_files
from noc_letter.core.export.checklist import checklist_items
from noc_letter.core.export.checklist_docx import write_checklist_docx
from noc_letter.core.export.docx_fill import clean_text
from noc_letter.core.letter import Duty
from noc_letter.core.project import load_project

DATA = Path(__file__).resolve().parents[1] / "data"
WRITERS = ("letter", "checklist-docx", "checklist-pdf")
SUFFIX = {"letter": ".docx", "checklist-docx": ".docx", "checklist-pdf": ".pdf"}

# Characters that break naive exporters: C0/C1 controls, NUL, lone surrogates, non-characters,
# byte-order mark, bidi marks and overrides, zero-width joiners, emoji sequences and flags,
# stacked combining marks, other scripts.
HOSTILE = (
    "ctl\x00\x01\x08\x0b\x0c\x1b\x7f\x85\x9f|sur\ud800\udfff|non\ufffe\uffff|bom\ufeff|"
    "rtl\u200f\u202eעברית\u202c عربي\u2067x\u2069|zw\u200b\u200d|👩‍👩‍👧 🇨🇦 🧾|"
    "e\u0301 a\u0300\u0301\u0302\u0303\u0304|中文 русский हिन्दी|tab\tnl\nend"
)


@pytest.fixture
def project():
    """The complete bookkeeper example project."""
    return load_project(DATA / "bookkeeper.nocletter")


def _writer(kind: str) -> Callable:
    """A function (project, path) -> path for one of the three exports."""
    if kind == "letter":
        return lambda project, path: build_letter(project, path).path
    if kind == "checklist-docx":
        return lambda project, path: write_checklist_docx(checklist_items(project), path)
    from noc_letter.gui.checklist_pdf import write_checklist_pdf

    return lambda project, path: write_checklist_pdf(checklist_items(project), path)


@pytest.fixture(params=WRITERS)
def writer(request, qapp):
    """Each exporter in turn, as (kind, write function)."""
    return request.param, _writer(request.param)


def _valid(kind: str, path: Path) -> bool:
    """True when `path` is a complete file of the kind (python-docx reopens a DOCX)."""
    if kind == "checklist-pdf":
        data = path.read_bytes()
        return data.startswith(b"%PDF") and b"%%EOF" in data[-64:]
    Document(str(path))
    return True


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _refuse(code: int) -> Callable:
    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    return fail


# ------------------------------------------------------------------------------ failures


def test_missing_folder_is_reported_and_nothing_is_created(tmp_path, writer, project):
    """Exporting into a folder that does not exist gives ExportError and creates nothing."""
    kind, write = writer
    with pytest.raises(ExportError, match="does not exist"):
        write(project, tmp_path / "gone" / f"out{SUFFIX[kind]}")
    assert list(tmp_path.iterdir()) == []


def test_read_only_folder_is_reported_and_nothing_is_created(
    tmp_path, writer, project, monkeypatch
):
    """A folder without write permission (simulated: root ignores chmod) gives ExportError."""
    kind, write = writer
    monkeypatch.setattr(export_files.tempfile, "mkstemp", _refuse(errno.EACCES))
    with pytest.raises(ExportError, match="ermission denied.*Choose a folder"):
        write(project, tmp_path / f"out{SUFFIX[kind]}")
    assert list(tmp_path.iterdir()) == []


def test_destination_that_is_a_folder_is_refused(tmp_path, writer, project):
    """A destination name taken by a folder is refused without touching the folder."""
    kind, write = writer
    (tmp_path / f"out{SUFFIX[kind]}").mkdir()
    with pytest.raises(ExportError, match="is a folder"):
        write(project, tmp_path / f"out{SUFFIX[kind]}")
    assert [p.name for p in tmp_path.iterdir()] == [f"out{SUFFIX[kind]}"]


def test_file_open_in_another_program_is_reported_and_kept(tmp_path, writer, project, monkeypatch):
    """A destination locked by another program (Windows refuses the replace; simulated) is
    reported, keeps its old content, and no temporary file is left."""
    kind, write = writer
    out = tmp_path / f"out{SUFFIX[kind]}"
    out.write_bytes(b"old letter")
    monkeypatch.setattr(export_files.os, "replace", _refuse(errno.EACCES))
    with pytest.raises(ExportError, match="ermission denied"):
        write(project, out)
    assert _listing(tmp_path) == {out.name: b"old letter"}


def test_read_only_existing_file_is_replaced_whole_or_refused(tmp_path, writer, project):
    """A read-only existing file is either left as it was with a message, or replaced by a
    complete file (POSIX renames over it; the file keeps its read-only mode)."""
    kind, write = writer
    out = tmp_path / f"out{SUFFIX[kind]}"
    out.write_bytes(b"old letter")
    out.chmod(0o444)
    try:
        write(project, out)
    except ExportError as error:
        assert str(error) and out.read_bytes() == b"old letter"
    else:
        assert _valid(kind, out) and stat.S_IMODE(out.stat().st_mode) == 0o444
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


NAMES = [
    "my letter",
    "lettre d’emploi été – Zoë",
    "quotes \" and ' and `back`",
    "shell $HOME; rm -rf & | > *",
    "emoji 📄🇨🇦",
    "עברית عربي",
    "-starts with a dash",
    " spaces around ",
    "名" * 80,  # 240 bytes of UTF-8 with the suffix: legal, and long
    "x" * 250,  # 255 bytes with the suffix: the longest legal name
]


@pytest.mark.parametrize("name", NAMES, ids=range(len(NAMES)))
def test_unusual_file_names_are_written_exactly(tmp_path, writer, project, name):
    """Names with spaces, quotes, shell characters, other scripts or maximum length are
    written under exactly that name, and nothing else is left in the folder."""
    kind, write = writer
    out = tmp_path / f"{name}{SUFFIX[kind]}"
    assert write(project, out) == out
    assert _valid(kind, out)
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_file_name_longer_than_the_system_allows_is_reported(tmp_path, writer, project):
    """A name longer than the file system allows gives ExportError, not an OS error."""
    kind, write = writer
    with pytest.raises(ExportError, match="too long"):
        write(project, tmp_path / ("x" * 300 + SUFFIX[kind]))
    assert list(tmp_path.iterdir()) == []


class _FullDisk(io.RawIOBase):
    """A file whose disk fills up after `room` bytes: the rest of a write fails with ENOSPC."""

    def __init__(self, stream, room: int) -> None:
        self.stream, self.room = stream, room

    def write(self, data) -> int:
        data = bytes(data)
        if len(data) > self.room:
            self.stream.write(data[: self.room])
            self.stream.flush()
            self.room = 0
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.room -= len(data)
        return self.stream.write(data)

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def seekable(self) -> bool:
        return self.stream.seekable()

    def tell(self) -> int:
        return self.stream.tell()

    def seek(self, *args) -> int:
        return self.stream.seek(*args)

    def close(self) -> None:
        self.stream.close()
        super().close()


# python-docx leaves its ZipFile open when a write fails; when it is collected later it tries to
# finish the file on the (still) full disk, and that second ENOSPC is reported as "unraisable".
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize("old", [None, b"old letter"])
@pytest.mark.parametrize("kind", ["letter", "checklist-docx"])
def test_full_disk_leaves_no_partial_file(tmp_path, project, monkeypatch, kind, old):
    """A disk that fills up in the middle of writing (simulated with ENOSPC after 4 kB) gives
    "no space left", leaves no partial file, and keeps an earlier file unchanged."""
    out = tmp_path / "out.docx"
    if old is not None:
        out.write_bytes(old)
    real_open = io.open

    def open_on_full_disk(file, mode="r", *args, **kwargs):
        stream = real_open(file, mode, *args, **kwargs)
        return _FullDisk(stream, 4096) if "w" in mode and "b" in mode else stream

    monkeypatch.setattr(io, "open", open_on_full_disk)
    monkeypatch.setattr(os, "write", _refuse(errno.ENOSPC))
    with pytest.raises(ExportError, match="o space left"):
        _writer(kind)(project, out)
    monkeypatch.undo()
    assert _listing(tmp_path) == ({} if old is None else {"out.docx": old})


def test_pdf_that_qt_cannot_write_leaves_no_partial_file(tmp_path, project, qapp, monkeypatch):
    """When Qt writes no PDF (full disk, device error; simulated by an unwritable target for
    the PDF writer), the export fails with a message and leaves nothing behind."""
    from noc_letter.gui import checklist_pdf

    real_writer = checklist_pdf.QPdfWriter
    monkeypatch.setattr(
        checklist_pdf, "QPdfWriter", lambda path: real_writer(str(tmp_path / "no" / "x.pdf"))
    )
    with pytest.raises(ExportError, match="could not write"):
        checklist_pdf.write_checklist_pdf(checklist_items(project), tmp_path / "out.pdf")
    assert list(tmp_path.iterdir()) == []


# ----------------------------------------------------------------------------- hostile text


def _docx_text(path: Path) -> str:
    """All paragraph text of a DOCX (body and tables), after checking its XML parses."""
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith(".xml"):
                etree.fromstring(archive.read(name))  # raises on invalid XML
    doc = Document(str(path))
    texts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(texts)


def test_control_emoji_rtl_and_combining_text_exports_to_valid_files(tmp_path, project, qapp):
    """Controls, surrogates, bidi marks, emoji and combining marks give DOCX files that
    python-docx reopens with the printable text intact, and a PDF."""
    from noc_letter.gui.checklist_pdf import write_checklist_pdf

    project.applicant.name = "Zoë " + HOSTILE
    project.employer.name = HOSTILE
    project.positions[0].duties[0] = Duty(text=HOSTILE)
    letter = build_letter(project, tmp_path / "letter.docx").path
    text = _docx_text(letter)
    assert clean_text(HOSTILE) in text
    assert "👩‍👩‍👧" in text and "\u202e" in text and "a\u0300\u0301" in text
    assert "\x00" not in text and "\ud800" not in text
    checklist = write_checklist_docx(checklist_items(project), tmp_path / "checklist.docx")
    assert clean_text(HOSTILE) in _docx_text(checklist)
    pdf = write_checklist_pdf(checklist_items(project), tmp_path / "checklist.pdf")
    assert _valid("checklist-pdf", pdf)


hostile_text = st.text(
    alphabet=st.one_of(
        st.characters(exclude_categories=()),  # any code point, surrogates included
        st.sampled_from(list(HOSTILE)),
    ),
    max_size=60,
)


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(name=hostile_text, employer=hostile_text, duties=st.lists(hostile_text, max_size=4))
def test_any_text_exports_to_a_docx_that_reopens(cases, tmp_path, name, employer, duties):
    """Arbitrary Unicode in names and duties gives a letter DOCX that reopens, holds every
    included duty, and leaves no other file."""
    cases["export: letters with arbitrary text"] += 1
    project = load_project(DATA / "bookkeeper.nocletter")
    project.applicant.name, project.employer.name = name, employer
    project.positions[0].duties = [Duty(text=t) for t in duties]
    folder = tmp_path / f"case{cases['export: letters with arbitrary text']}"
    folder.mkdir()
    out = build_letter(project, folder / "letter.docx").path
    text = _docx_text(out)
    for duty in project.positions[0].included_duties():
        assert clean_text(duty.text).strip() in text
    assert [p.name for p in folder.iterdir()] == ["letter.docx"]
