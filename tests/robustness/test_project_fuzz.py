"""Fuzzing the project loader: any input gives a Project or a ProjectError, never another error.

Most cases go through the in-memory path (`project_from_dict` on parsed data); the file cases
go through `load_project` and check that a failed (or successful) load leaves the file's bytes,
modification time and folder exactly as they were. Hypothesis runs derandomized, so CI sees the
same cases on every run; the per-test counts add up to more than 10,000 cases.
"""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from noc_letter.core import project as project_module
from noc_letter.core.completeness import check
from noc_letter.core.export.checklist import checklist_items
from noc_letter.core.hours import hours_summary, render_hours
from noc_letter.core.letter import PROGRAMS, SALARY_PERIODS, Project
from noc_letter.core.project import (
    FORMAT,
    FORMAT_VERSION,
    MAX_FILE_BYTES,
    ProjectError,
    backup_path,
    load_project,
    project_from_dict,
    project_to_dict,
    save_project,
)

DATA = Path(__file__).resolve().parents[1] / "data"
EXAMPLES = ("bookkeeper", "draft_empty", "promotion_fr", "unicode_everything")
HEADER = {"format": FORMAT, "version": FORMAT_VERSION}
FIXED_NS = 1_000_000_000_000_000_000  # an mtime no load could produce by touching the file


def _fuzz(examples: int):
    """Hypothesis settings for this suite: fixed seed, no deadline, no example database."""
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
            HealthCheck.filter_too_much,
        ],
    )


# --------------------------------------------------------------------------------- strategies

BASE_TEXTS = {name: (DATA / f"{name}.nocletter").read_bytes() for name in EXAMPLES}
BASES = [json.loads(text) for text in BASE_TEXTS.values()] + [dict(HEADER)]
FIELD_NAMES = sorted(
    {key for base in BASES for key in base}
    | {"duties", "text", "salary", "amount", "hours_per_week", "provenance", "share", "noc"}
)

# Everything json.loads can produce: huge integers (up to Python's 4,300-digit limit), infinite
# floats ("1e999"), any text; NaN is not produced (load_project refuses the NaN constant).
big_ints = st.integers(min_value=-(10**4000), max_value=10**4000)
numbers = st.one_of(st.integers(), big_ints, st.floats(allow_nan=False))
scalars = st.one_of(st.none(), st.booleans(), numbers, st.text(max_size=30))
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
huge_text = st.builds(
    lambda piece, count: piece * count,
    st.text(min_size=1, max_size=3),
    st.integers(min_value=20_000, max_value=400_000),
)


def _nested(depth: int, kind: str, leaf: object = 1) -> object:
    """A list or dict nested `depth` levels deep around `leaf`."""
    value = leaf
    for _ in range(depth):
        value = [value] if kind == "list" else {"x": value}
    return value


def _nested_json(depth: int, kind: str) -> str:
    """The JSON text of `_nested`, built without recursion."""
    if kind == "list":
        return "[" * depth + "1" + "]" * depth
    return '{"x":' * depth + "1" + "}" * depth


def _paths(value: object, prefix: tuple = ()) -> list[tuple]:
    """Every path (tuple of keys and indexes) into a JSON value, the root first."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def _mutate(doc: object, path: tuple, operation: str, new: object, key: str) -> object:
    """Apply one mutation at `path`; returns the (possibly new) root."""
    if not path and operation in ("replace", "delete"):
        return new
    parent = doc
    for step in path[:-1] if path else ():
        parent = parent[step]
    target = parent[path[-1]] if path else doc
    if operation == "replace":
        parent[path[-1]] = new
    elif operation == "null":
        if path:
            parent[path[-1]] = None
    elif operation == "delete":
        del parent[path[-1]]
    elif operation == "add" and isinstance(target, dict):
        target[key] = new
    elif operation == "add" and isinstance(target, list):
        target.append(new)
    elif operation == "wrap" and path:
        parent[path[-1]] = [target] if isinstance(target, dict) else {"value": target}
    return doc


# Strategies built once: building them inside a composite costs more than running the case.
_BASE = st.sampled_from(BASES)
_EDITS = st.integers(min_value=1, max_value=4)
_WHERE = st.integers(min_value=0, max_value=2**16)
_OPERATION = st.sampled_from(["replace", "replace", "null", "delete", "add", "wrap"])
_NEW = st.one_of(json_values, st.builds(_nested, st.integers(1, 40), st.just("dict")))
_KEY = st.one_of(st.sampled_from(FIELD_NAMES), st.text(max_size=12))


@st.composite
def mutated_projects(draw) -> object:
    """A real project dict with 1-4 random edits: wrong types, missing, extra and null fields."""
    doc = copy.deepcopy(draw(_BASE))
    for _ in range(draw(_EDITS)):
        paths = _paths(doc)
        path = paths[draw(_WHERE) % len(paths)]
        doc = _mutate(doc, path, draw(_OPERATION), draw(_NEW), draw(_KEY))
    return doc


# ------------------------------------------------------------------------------------ checks


def _outcome(data: object) -> Project | None:
    """Load `data`; a ProjectError must carry a message. Any other exception fails the test."""
    try:
        project = project_from_dict(data)
    except ProjectError as error:
        assert str(error).strip(), "ProjectError without a message"
        return None
    assert isinstance(project, Project)
    return project


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Bytes and modification time of every file in a folder."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def _load_file(path: Path, content: bytes, backup: bytes | None = None) -> Project | None:
    """Write `content` (and a backup), load it, and check that nothing on disk changed."""
    for leftover in path.parent.iterdir():
        leftover.unlink()
    path.write_bytes(content)
    os.utime(path, ns=(FIXED_NS, FIXED_NS))
    if backup is not None:
        backup_path(path).write_bytes(backup)
        os.utime(backup_path(path), ns=(FIXED_NS, FIXED_NS))
    before = _snapshot(path.parent)
    try:
        project = load_project(path)
    except ProjectError as error:
        assert str(error).strip(), "ProjectError without a message"
        assert str(path) in str(error), "a file error names the file"
        project = None
    after = _snapshot(path.parent)
    assert after == before, "loading changed the folder (bytes, mtime or files)"
    return project


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """One scratch folder for the file cases (emptied before each case)."""
    return tmp_path_factory.mktemp("fuzz")


# ------------------------------------------------------------------------- in-memory fuzzing


@_fuzz(2500)
@given(mutated_projects())
def test_mutated_project_dicts_load_or_raise_project_error(cases, data):
    """Real projects with random wrong types, missing, extra and null fields load or say why."""
    cases["project: mutated dicts"] += 1
    before = json.dumps(data, sort_keys=True)
    project = _outcome(data)
    assert json.dumps(data, sort_keys=True) == before, "the input dict was modified"
    if project is not None:
        again = project_from_dict(project_to_dict(project))
        assert again == project, "a loaded project does not round-trip"


@_fuzz(800)
@given(
    st.one_of(
        json_values,
        st.builds(
            lambda d: {**HEADER, **d},
            st.dictionaries(
                st.sampled_from(FIELD_NAMES) | st.text(max_size=8), json_values, max_size=8
            ),
        ),
    )
)
def test_arbitrary_json_values_load_or_raise_project_error(cases, data):
    """Any JSON value, alone or as the fields of a project, loads or raises ProjectError."""
    cases["project: arbitrary JSON values"] += 1
    _outcome(data)


@_fuzz(500)
@given(
    fmt=st.one_of(st.just(FORMAT), st.just(FORMAT.upper()), st.just(f" {FORMAT}"), json_values),
    version=st.one_of(
        st.integers(min_value=-5, max_value=FORMAT_VERSION + 5),
        big_ints,
        json_values,
        st.just("missing"),
    ),
    migrate=st.booleans(),
    body=st.sampled_from(BASES),
)
def test_formats_and_past_or_future_versions_are_refused_clearly(
    cases, fmt, version, migrate, body
):
    """Foreign formats and past or future versions give a ProjectError naming the problem."""
    cases["project: formats and versions"] += 1
    data = {**body, "format": fmt, "version": version}
    if version == "missing":
        del data["version"]

    def v0_to_v1(old: dict) -> dict:
        return {**old, "version": 1}

    with mock.patch.dict(project_module.MIGRATIONS, {0: v0_to_v1} if migrate else {}):
        try:
            project = project_from_dict(data)
        except ProjectError as error:
            message = str(error)
            assert message.strip()
            if fmt != FORMAT:
                assert error.field == "format" and "not a NOC Letter Builder project" in message
            elif version == "missing" or not isinstance(version, int) or isinstance(version, bool):
                assert error.field == "version"
            elif version > FORMAT_VERSION:
                assert "newer version" in message and "update" in message
            elif version < FORMAT_VERSION:
                assert "cannot convert" in message or (migrate and version == 0)
            return
    assert fmt == FORMAT and isinstance(project, Project)
    assert version == FORMAT_VERSION or (migrate and version == 0)


PLACES = ["root", "format", "version", "employer", "positions", "extra", "provenance", "duties"]


@_fuzz(300)
@given(
    depth=st.one_of(st.integers(1, 100), st.integers(100, 5000)),
    kind=st.sampled_from(["list", "dict"]),
    where=st.sampled_from(PLACES),
)
def test_deep_nesting_anywhere_loads_or_raises_project_error(cases, depth, kind, where):
    """Lists or dicts nested up to 5,000 deep, at any place in a project, load or say why."""
    cases["project: deep nesting (memory)"] += 1
    deep = _nested(depth, kind)
    duty: dict = {"text": "Reconcile accounts"}
    position: dict = {"duties": [duty]}
    data: object = {**HEADER, "positions": [position]}
    if where == "root":
        data = deep
    elif where == "provenance":
        duty["provenance"] = deep
    elif where == "duties":
        position["duties"] = deep
    else:
        data[{"extra": "unknown_field"}.get(where, where)] = deep
    _outcome(data)


@_fuzz(200)
@given(
    text=huge_text,
    field=st.sampled_from(["applicant", "duty", "noc", "date", "format", "version", "key"]),
)
def test_huge_strings_load_or_raise_project_error(cases, text, field):
    """Strings of up to 1.2 MB in any field (or as a key) load or raise ProjectError."""
    cases["project: huge strings (memory)"] += 1
    data: dict = {**HEADER, "applicant": {"name": "A"}, "positions": [{"duties": [{}]}]}
    if field == "applicant":
        data["applicant"]["name"] = text
    elif field == "duty":
        data["positions"][0]["duties"][0]["text"] = text
    elif field == "noc":
        data["positions"][0]["noc"] = text
    elif field == "date":
        data["positions"][0]["start"] = text
    elif field == "key":
        data[text] = text
    else:
        data[field] = text
    project = _outcome(data)
    if project is not None and field == "duty":
        assert project.positions[0].duties[0].text == text, "the text was cut or changed"


# Type-correct projects with hostile values: the loader accepts them, so everything that reads
# a loaded project (completeness check, hours, checklist) must cope with them too.
dates = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.dates().map(str),
    st.sampled_from(["0001-01-01", "9999-12-31", "2020-02-30", "2020-13-01", "2020-02", "2020"]),
)
hostile_numbers = st.one_of(st.none(), numbers)
codes = st.one_of(
    st.text(max_size=6), st.sampled_from(["12200", "00010", "65100", "1311", "99999"])
)
hostile_duties = st.lists(
    st.fixed_dictionaries(
        {"text": st.text(max_size=40), "include": st.booleans()},
        optional={"share": hostile_numbers, "source": st.text(max_size=10)},
    ),
    max_size=3,
)
hostile_positions = st.lists(
    st.fixed_dictionaries(
        {},
        optional={
            "title": st.text(max_size=20),
            "noc": codes,
            "start": dates,
            "end": dates,
            "hours_per_week": hostile_numbers,
            "weeks_per_year": hostile_numbers,
            "in_canada": st.one_of(st.none(), st.booleans()),
            "salary": st.fixed_dictionaries(
                {},
                optional={
                    "amount": hostile_numbers,
                    "per": st.one_of(st.text(max_size=6), st.sampled_from(SALARY_PERIODS)),
                    "currency": st.text(max_size=5),
                },
            ),
            "duties": hostile_duties,
        },
    ),
    max_size=3,
)
hostile_projects = st.fixed_dictionaries(
    {key: st.just(value) for key, value in HEADER.items()},
    optional={
        "language": st.text(max_size=5),
        "program": st.one_of(st.text(max_size=10), st.sampled_from(PROGRAMS)),
        "letter_date": dates,
        "applicant": st.fixed_dictionaries({"name": st.text(max_size=20)}),
        "signer": st.fixed_dictionaries({}, optional={"role": st.text(max_size=10)}),
        "positions": hostile_positions,
    },
)


@_fuzz(1000)
@given(hostile_projects)
def test_loaded_projects_with_hostile_values_can_be_checked(cases, data):
    """Whatever loads (huge, negative or infinite numbers, odd dates, unknown codes) can be
    checked, summed into hours and turned into a checklist without an error."""
    cases["project: hostile values, checked"] += 1
    project = _outcome(data)
    if project is None:
        return
    check(project)
    render_hours(hours_summary(project))
    checklist_items(project)


# ------------------------------------------------------------------------------ file fuzzing


@st.composite
def damaged_texts(draw) -> bytes:
    """An example file with its bytes truncated, cut, spliced, overwritten or re-encoded."""
    raw = BASE_TEXTS[draw(st.sampled_from(EXAMPLES))]
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        size = len(raw)
        at = draw(st.integers(min_value=0, max_value=size))
        span = draw(st.integers(min_value=0, max_value=64))
        what = draw(
            st.sampled_from(["truncate", "delete", "insert", "overwrite", "duplicate", "encode"])
        )
        if what == "truncate":
            raw = raw[:at]
        elif what == "delete":
            raw = raw[:at] + raw[at + span :]
        elif what == "insert":
            raw = raw[:at] + draw(st.binary(min_size=1, max_size=16)) + raw[at:]
        elif what == "overwrite":
            junk = draw(st.binary(min_size=1, max_size=8))
            raw = raw[:at] + junk + raw[at + len(junk) :]
        elif what == "duplicate":
            raw = raw[:at] + raw[at : at + span] * 2 + raw[at + span :]
        else:
            encoding = draw(st.sampled_from(["utf-16", "utf-8-sig", "latin-1", "utf-32"]))
            raw = raw.decode("utf-8", "replace").encode(encoding, "replace")
    return raw


@_fuzz(3000)
@given(
    content=damaged_texts(), backup=st.sampled_from([None, b"", b"{}", BASE_TEXTS["bookkeeper"]])
)
def test_damaged_project_files_load_or_raise_and_stay_unchanged(cases, folder, content, backup):
    """Truncated, spliced or re-encoded project files load or raise ProjectError, untouched."""
    cases["project: damaged files"] += 1
    _load_file(folder / "letter.nocletter", content, backup)


@_fuzz(2000)
@given(
    content=st.one_of(
        st.binary(max_size=4000),
        st.binary(max_size=2000).map(
            lambda b: b'{"format": "noc-letter-project", "version": 1, ' + b
        ),
        st.binary(max_size=2000).map(lambda b: b"\xef\xbb\xbf" + b),
    )
)
def test_random_bytes_load_or_raise_and_stay_unchanged(cases, folder, content):
    """Random bytes (alone, after a valid header, after a byte-order mark) never crash a load."""
    cases["project: random bytes files"] += 1
    _load_file(folder / "random.nocletter", content)


@_fuzz(100)
@given(depth=st.integers(min_value=1, max_value=200_000), kind=st.sampled_from(["list", "dict"]))
def test_deeply_nested_files_load_or_raise_and_stay_unchanged(cases, folder, depth, kind):
    """Files nesting lists or dicts up to 200,000 deep (in provenance or as the whole file)
    load or raise ProjectError and are left as they were."""
    cases["project: deep nesting (files)"] += 1
    deep = _nested_json(depth, kind)
    header = '{"format": "noc-letter-project", "version": 1, "positions": [{"duties": '
    in_provenance = header + '[{"text": "Reconcile", "provenance": ' + deep + "}]}]}"
    text = deep if depth % 2 == 0 else in_provenance
    _load_file(folder / "deep.nocletter", text.encode("utf-8"))


# ----------------------------------------------------------------------- special files (examples)


def test_a_nineteen_megabyte_project_loads_and_a_larger_one_is_refused(tmp_path):
    """A project just under the 20 MB limit loads whole; one byte over is refused unread."""
    text = "Reconciled the accounts. " * ((MAX_FILE_BYTES - 2000) // 25)
    data = {**HEADER, "positions": [{"duties": [{"text": text}]}]}
    path = tmp_path / "big.nocletter"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert path.stat().st_size <= MAX_FILE_BYTES
    assert load_project(path).positions[0].duties[0].text == text
    with path.open("ab") as stream:
        stream.write(b" " * (MAX_FILE_BYTES + 1 - path.stat().st_size))
    with pytest.raises(ProjectError, match="too large"):
        load_project(path)


@pytest.mark.parametrize(
    "kind", ["folder", "fifo", "missing", "broken-link", "link-loop", "empty", "spaces", "utf16"]
)
def test_special_files_are_refused_with_a_message(tmp_path, kind):
    """Folders, pipes, missing files, broken or looping links and empty files give a message."""
    path = tmp_path / "p.nocletter"
    if kind == "folder":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)  # opening it for reading would block forever: it must not be opened
    elif kind == "broken-link":
        path.symlink_to(tmp_path / "nowhere")
    elif kind == "link-loop":
        path.symlink_to(path)
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "spaces":
        path.write_bytes(b" \n\t\r\n ")
    elif kind == "utf16":
        path.write_bytes(json.dumps(HEADER).encode("utf-16"))
    with pytest.raises(ProjectError) as raised:
        load_project(path)
    assert str(path) in str(raised.value)


@pytest.mark.parametrize(
    "name",
    [
        "my letter",
        "lettre d’emploi été – Zoë \" ' `x`",
        "shell $HOME; rm -rf & | > *",
        "emoji 📄 עברית",
        "名" * 80,  # 250 bytes with the extension, 254 for the backup: both legal
        "x" * 241,  # 251 bytes: the longest name whose backup name (+ ".bak") is legal
    ],
    ids=range(6),
)
def test_saving_under_unusual_names_keeps_project_and_backup(tmp_path, name):
    """Names with quotes, shell characters, other scripts or near-maximum length save, keep a
    backup on the second save, and leave no temporary file."""
    path = tmp_path / f"{name}.nocletter"
    first = project_from_dict(BASES[0])
    save_project(first, path)
    save_project(Project(), path)
    assert load_project(path) == Project()
    assert load_project(backup_path(path)) == first
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, backup_path(path).name])


@pytest.mark.parametrize("kind", ["too-long", "link-loop", "folder", "no-folder"])
def test_saving_to_an_impossible_name_gives_a_project_error(tmp_path, kind):
    """A name too long for the file system, a link to itself, a folder or a missing folder
    gives a ProjectError (never an OSError) and leaves nothing behind."""
    path = tmp_path / ("x" * 300 + ".nocletter" if kind == "too-long" else "p.nocletter")
    if kind == "link-loop":
        path.symlink_to(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "no-folder":
        path = tmp_path / "gone" / "p.nocletter"
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(ProjectError, match="Cannot save"):
        save_project(Project(), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_fuzzing_ran_at_least_ten_thousand_cases(cases):
    """The fuzz tests above generated 10,000 cases or more (when they all ran)."""
    names = [name for name in cases if name.startswith("project:")]
    if len(names) < 9:
        pytest.skip("only part of the fuzz tests ran")
    assert sum(cases[name] for name in names) >= 10_000
