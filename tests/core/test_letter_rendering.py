"""The letter as a word processor lays it out: LibreOffice renders it, the test reads the pages."""

from __future__ import annotations

import copy
import datetime as dt
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from noc_letter.core.export import build_letter
from noc_letter.core.letter import Duty, Project
from noc_letter.core.project import load_project

DATA = Path(__file__).resolve().parents[1] / "data"
TODAY = dt.date(2026, 11, 25)
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        SOFFICE is None,
        reason="LibreOffice is not installed (no soffice on PATH), so the letter cannot be "
        "rendered to check where its pages break; install libreoffice-writer to run this test",
    ),
]
CLOSING = "Sincerely,"
TRUTH = "I confirm that the information above is true and accurate."


def render(docs: list[Path], folder: Path) -> list[list[str]]:
    """Each DOCX rendered to PDF by LibreOffice headless, as the text of each of its pages."""
    from pypdf import PdfReader

    profile = folder / "lo-profile"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *map(str, docs),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pages = []
    for doc in docs:
        reader = PdfReader(str(folder / f"{doc.stem}.pdf"))
        pages.append([_flat(page.extract_text()) for page in reader.pages])
    return pages


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def with_duties(project: Project, count: int) -> Project:
    """The project with `count` distinct duties in its first position (own words, numbered)."""
    variant = copy.deepcopy(project)
    base = variant.positions[0].duties
    variant.positions[0].duties = [
        Duty(f"{base[i % len(base)].text.rstrip('.')} (site {i + 1}).") for i in range(count)
    ]
    return variant


def test_signature_block_is_kept_together_and_never_alone_on_a_page(tmp_path):
    """Rendered by LibreOffice, the closing, signature and signer's details sit on one page,
    and that page also holds the end of the letter's duties, for the bookkeeper example and
    for lengths that push the closing to the foot of page 1 or onto page 2."""
    bookkeeper = load_project(DATA / "bookkeeper.nocletter")
    variants = {"bookkeeper": bookkeeper}
    variants.update({f"duties{n}": with_duties(bookkeeper, n) for n in (4, 5, 6, 8, 9, 10, 12)})
    # The two-position example is a French project; this test reads the English letter's
    # closing, so it is exported in English (the French letter has its own rendering test).
    variants["two-positions"] = load_project(DATA / "promotion_fr.nocletter")
    variants["two-positions"].language = "en"
    docs = []
    for name, project in variants.items():
        out = tmp_path / f"{name}.docx"
        build_letter(project, out, today=TODAY)
        docs.append(out)
    rendered = render(docs, tmp_path)
    went_over = 0
    for name, pages in zip(variants, rendered, strict=True):
        project = variants[name]
        signer = project.signer
        at = [i for i, page in enumerate(pages) if CLOSING in page]
        assert len(at) == 1, (name, len(pages))
        page = pages[at[0]]
        for part in (TRUTH, signer.name, signer.title, f"E-mail: {signer.email}"):
            assert part in page, (name, part)
        last = project.positions[-1].included_duties()
        duty_starts = [_flat(d.text)[:40] for d in last]
        assert any(start in page for start in duty_starts), (name, at[0], page[:300])
        went_over += at[0] > 0
        for number, other in enumerate(pages):
            body = other.split("– page")[-1] if number else other
            assert len(body.split()) > 8, (name, number + 1, other)  # no page left empty
    assert went_over, "no variant was long enough to test a page break"


def test_bookkeeper_letter_keeps_its_last_duty_with_the_signature(tmp_path):
    """The bookkeeper letter (two pages in LibreOffice) carries at least its last duty onto
    the page with the signature instead of leaving the signature alone on page 2."""
    project = load_project(DATA / "bookkeeper.nocletter")
    out = tmp_path / "bookkeeper.docx"
    build_letter(project, out, today=TODAY)
    (pages,) = render([out], tmp_path)
    last_page = pages[-1]
    assert CLOSING in last_page
    header = "employment reference for Priya Raman – page"
    body = last_page.split(TRUTH)[0].replace(header, "")
    assert len(body.split()) > 8, last_page


FRENCH_CLOSING = "Veuillez agréer"
FRENCH_TRUTH = "Je confirme que les renseignements ci-dessus sont véridiques et exacts."
ENGLISH_WORDING = (
    "To whom it may concern",
    "hours per week",
    "per year",
    "per hour",
    "to present",
    "Sincerely",
    "Job title",
    "Main duties",
    "E-mail:",
    "employment reference",
)


def test_french_letter_renders_in_french_with_the_signature_kept_together(tmp_path):
    """The French letter (two positions, and long variants) renders in LibreOffice: French dates,
    hours and pay on the page, no English fixed wording, and the closing, signature and
    signer's details on one page with the end of the duties."""
    project = load_project(DATA / "promotion_fr.nocletter")
    variants = {"promotion": project}
    variants.update({f"fonctions{n}": with_duties(project, n) for n in (9, 12)})
    docs = []
    for name, variant in variants.items():
        out = tmp_path / f"{name}.docx"
        build_letter(variant, out, today=TODAY)
        docs.append(out)
    rendered = render(docs, tmp_path)
    for name, pages in zip(variants, rendered, strict=True):
        text = " ".join(pages)
        for french in (
            "Attestation d'emploi",
            "Le 2 octobre 2026",
            "À qui de droit",
            "du 14 mai 2018 au 28 août 2020",
            "depuis le 31 août 2020",
            "Poste actuel, temps plein",
            "37,5 heures par semaine",
            "56 500 $ par année",
            "21,75 $ de l'heure",
            "Principales fonctions et responsabilités",
        ):
            assert french in text, (name, french)
        for english in ENGLISH_WORDING:
            assert english not in text, (name, english)
        at = [i for i, page in enumerate(pages) if FRENCH_CLOSING in page]
        assert len(at) == 1, (name, len(pages))
        page = pages[at[0]]
        signer = variants[name].signer
        for part in (FRENCH_TRUTH, signer.name, f"Courriel : {signer.email}"):
            assert part in page, (name, part)
        last = variants[name].positions[-1].included_duties()
        assert any(_flat(d.text)[:40] in page for d in last), (name, page[:300])
    assert len(rendered[-1]) > 1, "the longest French letter should go over a page"
