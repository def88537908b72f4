"""Tests for splitting pasted text into duty statements."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from noc_letter.core.splitting import SplitDuty, duty_lines, is_heading, split_duties


def test_glyph_bullets_become_one_duty_each():
    """Lines marked with •, -, *, ▪, ◦, ● or – give one duty each, without the marker."""
    text = (
        "• Post entries\n- Reconcile accounts\n* File taxes\n▪ Pay bills\n◦ Order\n● Greet\n– Type"
    )
    assert duty_lines(text) == [
        "Post entries",
        "Reconcile accounts",
        "File taxes",
        "Pay bills",
        "Order",
        "Greet",
        "Type",
    ]


def test_numbered_and_lettered_items_are_split():
    """Numbers ("1." "2)" "(3)") and letters ("a." "b)") mark separate duties."""
    text = "1. Keep books\n2) Prepare payroll\n(3) File taxes\na. Answer calls\nb) Greet clients"
    assert duty_lines(text) == [
        "Keep books",
        "Prepare payroll",
        "File taxes",
        "Answer calls",
        "Greet clients",
    ]


def test_wrapped_line_joins_its_bullet():
    """A line starting lowercase, or after a bullet that did not end a sentence, continues it."""
    text = (
        "• Prepare monthly financial statements and reconcile all bank\n"
        "  accounts for the owner\n"
        "• Coordinate with the Finance Manager and external\n"
        "  Auditors for year-end\n"
        "• Answer client questions."
    )
    assert duty_lines(text) == [
        "Prepare monthly financial statements and reconcile all bank accounts for the owner",
        "Coordinate with the Finance Manager and external Auditors for year-end",
        "Answer client questions",
    ]


def test_plain_lines_without_bullets_stay_separate():
    """A list typed one duty per line with no bullets or periods keeps one duty per line."""
    assert duty_lines("Prepare invoices\nReconcile accounts\nOrder supplies") == [
        "Prepare invoices",
        "Reconcile accounts",
        "Order supplies",
    ]


def test_semicolon_list_is_split_and_trimmed():
    """A semicolon list gives one duty per item; a leading "and" and end punctuation go."""
    assert duty_lines("Answer phones; greet visitors; and order supplies.") == [
        "Answer phones",
        "greet visitors",
        "order supplies",
    ]


def test_paragraph_is_split_into_sentences_but_not_after_abbreviations():
    """Prose is split into sentences; "Inc.", "e.g." do not end one, "etc." keeps its period."""
    text = (
        "I kept the books at ABC Inc. for 40 clients, e.g. retail stores. I also prepared "
        "tax returns, GST filings etc. Reconciled accounts monthly."
    )
    assert duty_lines(text) == [
        "I kept the books at ABC Inc. for 40 clients, e.g. retail stores",
        "I also prepared tax returns, GST filings etc.",
        "Reconciled accounts monthly",
    ]


def test_hard_wrapped_paragraph_is_rejoined():
    """A paragraph wrapped at a fixed width is joined before it is split into sentences."""
    text = (
        "Maintained the general ledger for the company. Prepared monthly\n"
        "financial statements and\n"
        "Reconciled bank accounts every week. Processed payroll."
    )
    assert duty_lines(text) == [
        "Maintained the general ledger for the company",
        "Prepared monthly financial statements and Reconciled bank accounts every week",
        "Processed payroll",
    ]


def test_headings_are_dropped():
    """Lines such as "Duties:", "Main responsibilities include:" or "DUTIES" are not duties."""
    text = (
        "Key duties and responsibilities:\n• Keep books\nResponsibilities\nPrepare payroll\n"
        "Main responsibilities include:\n- File taxes\nDUTIES\nEmployer: ABC Inc.\n"
        "Bookkeeper, ABC Inc., Toronto (2019 – present)\nIn this role I did the following:\n"
        "* Pay bills"
    )
    assert duty_lines(text) == ["Keep books", "Prepare payroll", "File taxes", "Pay bills"]
    assert is_heading("Duties:") and not is_heading("Manage tasks")


def test_share_of_time_moves_into_the_share_field():
    """Shares like "(40%)", "– 30% of time", "20 %" or "10% -" move out of the clean text."""
    text = (
        "• Prepare invoices (40%)\n• Reconcile bank accounts – 30% of time\n"
        "• Handle receivables 20 %\n• 10% - Payroll\n• Data entry (approx. 5% of my time)"
    )
    assert split_duties(text) == [
        SplitDuty("Prepare invoices", 40.0, 1),
        SplitDuty("Reconcile bank accounts", 30.0, 2),
        SplitDuty("Handle receivables", 20.0, 3),
        SplitDuty("Payroll", 10.0, 4),
        SplitDuty("Data entry", 5.0, 5),
    ]


def test_a_result_percentage_is_not_a_share():
    """A result such as "Reduced costs by 15%" keeps its percentage: it is not time spent."""
    for text in ("Reduced costs by 15%", "Kept customer satisfaction above 95%"):
        assert split_duties(text) == [SplitDuty(text, None, 1)]


def test_share_stays_with_its_piece_of_a_semicolon_list():
    """In "A; B (40%)" the share belongs to B, where it was written."""
    assert split_duties("Prepare invoices; reconcile accounts (40%)") == [
        SplitDuty("Prepare invoices", None, 1),
        SplitDuty("reconcile accounts", 40.0, 1),
    ]


def test_heading_label_in_front_of_duties_is_removed():
    """A leading label ("Responsibilities: ...") is dropped and the duties after it kept."""
    assert duty_lines("Responsibilities: Prepare invoices; reconcile accounts.") == [
        "Prepare invoices",
        "reconcile accounts",
    ]


def test_inline_bullets_are_split():
    """Bullets run together on one line (pasted from a web page) become separate duties."""
    assert duty_lines("• Post entries • Reconcile accounts• Prepare reports") == [
        "Post entries",
        "Reconcile accounts",
        "Prepare reports",
    ]


def test_empty_and_junk_input_gives_no_duties():
    """Empty text, whitespace, lone markers, rules and emoji give no duties and no error."""
    for text in ("", "   \n\t\n", "•\n-\n1.", "----\n****", "😀😀", None):
        assert split_duties(text) == []  # type: ignore[arg-type]


def test_control_characters_emoji_and_other_languages_survive():
    """Control and zero-width characters are ignored; emoji and other scripts are kept."""
    text = (
        "• Prepared\x00 invoices\u200b 😀\n• Préparer les factures\n\n核对银行账户。准备财务报表。"
    )
    assert duty_lines(text) == [
        "Prepared invoices 😀",
        "Préparer les factures",
        "核对银行账户",
        "准备财务报表",
    ]


def test_one_megabyte_of_text_is_split_quickly():
    """A 1 MB paste (bullets, prose, or one long line) is split in a few seconds."""
    bullets = "\n".join(f"• Reconciled account {i} for the owner (5%)" for i in range(25_000))
    prose = "Prepared the monthly reports for the owner. " * 23_000
    for text in (bullets[:1_000_000], prose, "word " * 200_000):
        started = time.perf_counter()
        duties = split_duties(text)
        assert time.perf_counter() - started < 5
        assert duties


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_splits_without_error(text: str):
    """Arbitrary Unicode text gives clean, non-empty duties and never raises."""
    for duty in split_duties(text):
        assert duty.text and duty.text == duty.text.strip()
        assert "\n" not in duty.text
        assert duty.share is None or 0 < duty.share <= 100
        assert duty.source_line >= 1


def test_with_share_puts_the_stated_share_back_after_the_words():
    """The letter form of a split duty keeps its share: "(40%)", "(12.5%)", or nothing."""
    duties = split_duties("- Prepare invoices (40%)\n- Count cash – 12.5% of time\n- File records")
    assert [d.with_share for d in duties] == [
        "Prepare invoices (40%)",
        "Count cash (12.5%)",
        "File records",
    ]
