"""`noc-letter --self-test`: a headless end-to-end check of an installed app or bundle."""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

# The bookkeeper sample (tests/data/bookkeeper.nocletter): it must read as 12200.
SAMPLE_DUTIES = [
    "Record all daily sales, purchase and expense transactions in QuickBooks Online and post "
    "the month-end adjusting entries for accruals and prepaid expenses.",
    "Reconcile the company's two bank accounts and the corporate credit card against the "
    "statements every month and sort out any differences with the owner.",
    "Keep the general ledger up to date and prepare the monthly trial balance, income statement "
    "and balance sheet for the owner and our external accountant.",
    "Prepare and file the quarterly GST/HST returns and the monthly payroll source deduction "
    "remittances to the Canada Revenue Agency.",
    "Run the bi-weekly payroll for 14 installers and office staff in Wagepoint, including "
    "overtime and vacation pay, and issue the T4 slips at year end.",
    "Enter and match supplier invoices, prepare the weekly cheque run for the owner's signature "
    "and follow up with customers on overdue accounts.",
]


def _step(name: str, func) -> object:
    started = time.perf_counter()
    result = func()
    print(f"ok   {name} ({(time.perf_counter() - started) * 1000:.0f} ms)")
    return result


# The same kind of letter in French (tests/data/letter_readings_fr.json): it must read as 12200
# against the CNP, and a French letter must export.
SAMPLE_DUTIES_FR = [
    "Enregistrer les ventes, les achats et les dépenses de la journée dans QuickBooks et passer "
    "les écritures de fin de mois.",
    "Concilier chaque mois les comptes bancaires et la carte de crédit de l'entreprise.",
    "Tenir le grand livre à jour et préparer la balance de vérification, l'état des résultats et "
    "le bilan pour le propriétaire.",
    "Préparer et produire les déclarations de TPS/TVQ et les remises de retenues à la source.",
]


def _project(language: str = "en"):
    from noc_letter.core.letter import Applicant, Duty, Employer, Position, Project, Salary, Signer

    duties = SAMPLE_DUTIES_FR if language == "fr" else SAMPLE_DUTIES
    return Project(
        language=language,
        letter_date="2026-11-20",
        employer=Employer(
            "Self-Test Ltd.", "1 Main St, Toronto ON", "+1 416 555 0100", "hr@example.com"
        ),
        signer=Signer("Alex Doe", "Controller", "+1 416 555 0101", "alex@example.com"),
        applicant=Applicant("Sam Tester"),
        positions=[
            Position(
                title="Bookkeeper",
                noc="12200",
                start="2020-01-06",
                end=None,
                hours_per_week=40,
                salary=Salary(52000, "CAD", "year"),
                benefits="Health and dental plan",
                duties=[Duty(text) for text in duties],
            )
        ],
    )


def run_self_test() -> int:
    """Load data and pipeline, classify, assess, build a DOCX and a PDF; 0 when all work."""
    try:
        from noc_letter.core.catalogue import load_catalogue
        from noc_letter.core.matching import get_matcher
        from noc_letter.core.nlp import pipeline_name

        catalogue = _step("catalogue", load_catalogue)
        print(f"     {len(catalogue)} unit groups, {catalogue.data_version}")
        matcher = _step("spaCy pipeline and matcher", get_matcher)
        print(f"     pipeline: {pipeline_name()}")
        best = _step("classify", lambda: matcher.score(SAMPLE_DUTIES[0], top=3))
        print(f"     best: {best[0].code} {best[0].title} ({best[0].score:.2f})")
        print(f"     meaning model: {'loaded' if matcher.meaning_parts() else 'MISSING'}")
        a = _step("assess", lambda: matcher.assess(SAMPLE_DUTIES, "12200"))
        print(
            f"     reads as: {a.reads_as[0].code}; status {a.status}; "
            f"{a.covered_count} main duties covered"
        )
        if a.status != "supports_target" or matcher.meaning_parts() is None:
            raise RuntimeError(f"the bookkeeper sample does not support 12200 ({a.status})")
        fr = _step("assess in French", lambda: matcher.assess(SAMPLE_DUTIES_FR, "12200"))
        print(f"     reads as: {fr.reads_as[0].code}; status {fr.status}; language {fr.lang}")
        if fr.status != "supports_target" or fr.lang != "fr":
            raise RuntimeError(f"the French bookkeeper sample does not support 12200 ({fr.status})")
        with tempfile.TemporaryDirectory(prefix="noc-letter-selftest-") as folder:
            out = Path(folder)
            _step("letter DOCX", lambda: _build_docx(_project(), out / "letter.docx", matcher))
            _step("lettre DOCX", lambda: _build_docx(_project("fr"), out / "lettre.docx", matcher))
            _step("checklist PDF", lambda: _build_pdf(_project(), out / "checklist.pdf"))
        print("self-test passed")
        return 0
    except Exception as error:  # the self-test reports any failure and its reason
        traceback.print_exc()
        print(f"self-test FAILED: {error}", file=sys.stderr)
        return 1


def _build_docx(project, path: Path, matcher) -> None:
    import docx

    from noc_letter.core.duty_order import order_for_letter
    from noc_letter.core.export import build_letter

    build_letter(project, path, order=lambda p: order_for_letter(p, matcher))
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    duties = SAMPLE_DUTIES_FR if project.language == "fr" else SAMPLE_DUTIES
    missing = [d for d in duties if d not in text]
    if missing:
        raise RuntimeError(f"letter lacks duties: {missing}")
    if project.language == "fr" and "Attestation d'emploi" not in text:
        raise RuntimeError("the French letter is not titled « Attestation d'emploi »")


def _build_pdf(project, path: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from noc_letter.core.export.checklist import checklist_items
    from noc_letter.gui.checklist_pdf import write_checklist_pdf

    app = QGuiApplication.instance() or QGuiApplication(["noc-letter-self-test"])
    write_checklist_pdf(checklist_items(project), path)
    data = path.read_bytes()
    if not data.startswith(b"%PDF") or len(data) < 1000:
        raise RuntimeError("checklist PDF is not a valid PDF")
    del app
