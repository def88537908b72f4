"""Completeness findings about the duties themselves: copied NOC text and duties that read as
another occupation. They plug into `completeness.check(extra_checks=...)`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from noc_letter.core.completeness import Finding, check
from noc_letter.core.letter import Project
from noc_letter.core.reading_advice import skilled_alternative, skilled_alternative_advice

# Share of included duties that must read as the target for the letter to be called clear.
MIN_TARGET_SHARE = 0.5


def guard_findings(project: Project, guard: Callable[[str], object]) -> list[Finding]:
    """A warning (close paraphrase) or error (verbatim) for each duty too close to NOC text."""
    findings = []
    for p, position in enumerate(project.positions):
        for d, duty in enumerate(position.duties):
            if not duty.include or not duty.text.strip():
                continue
            result = guard(duty.text)
            level = getattr(result, "level", "ok")
            if level == "ok":
                continue
            nearest = getattr(result, "nearest", None)
            where = f' (NOC {nearest.code}: "{nearest.text}")' if nearest is not None else ""
            severity = "error" if level == "verbatim" else "warning"
            what = "is copied from" if level == "verbatim" else "is very close to"
            findings.append(
                Finding(
                    severity,
                    f"duty-{level}",
                    f"Duty {d + 1} {what} the NOC's own text{where}. Officers treat copied NOC "
                    "duties as a red flag: describe what you really do, in your own words, with "
                    "your tools, objects and examples.",
                    f"positions[{p}].duties[{d}].text",
                    (
                        ("duty", d + 1),
                        ("code", nearest.code if nearest is not None else None),
                        ("text", nearest.text if nearest is not None else None),
                    ),
                )
            )
    return findings


def reading_findings(project: Project, matcher) -> list[Finding]:
    """Warnings when a position's duties read mostly as another occupation than its target."""
    findings = []
    for p, position in enumerate(project.positions):
        target = (position.noc or "").strip()
        included = position.included_duties()
        duties = [d.text for d in included]
        if target not in matcher.position or not duties:
            continue
        a = matcher.assess(duties, target, [d.share for d in included])
        on_target = sum(1 for r in a.duties if r.supports == "target")
        alternative = skilled_alternative(a)
        other = alternative or a.reads_instead
        params = (  # what the message says, for `finding_text` to write it in French
            ("position", p + 1),
            ("target", target),
            ("other", other.code if other is not None else None),
            ("weighed", bool(a.weights)),
            ("on_target", on_target),
            ("count", len(duties)),
        )
        if alternative is not None:
            weighed = " (each duty counted by its stated share of time)" if a.weights else ""
            findings.append(
                Finding(
                    "warning",
                    "duties-read-as-other-skilled",
                    skilled_alternative_advice(a, alternative, f" of position {p + 1}{weighed}"),
                    f"positions[{p}].duties",
                    params,
                )
            )
        elif a.status == "reads_as_lower_teer" and a.reads_instead is not None:
            weighed = " (each duty counted by its stated share of time)" if a.weights else ""
            other = a.reads_instead
            findings.append(
                Finding(
                    "warning",
                    "duties-read-as-other",
                    f"As a whole{weighed}, the duties of position {p + 1} read more as "
                    f"{other.code} {other.title} (TEER {other.teer}: not skilled work for "
                    f"Express Entry; an officer may assume that job) than as your target "
                    f"{target}. Put the duties that support {target} first and describe them "
                    "specifically — only what you really do.",
                    f"positions[{p}].duties",
                    params,
                )
            )
        elif a.status == "too_little":
            findings.append(
                Finding(
                    "warning",
                    "duties-too-little",
                    f"The duties of position {p + 1} say too little to tell which occupation "
                    f"they are: write at least 3 specific duties you really do, covering the main "
                    f"duties of {target} that you perform.",
                    f"positions[{p}].duties",
                    params,
                )
            )
        elif on_target < MIN_TARGET_SHARE * len(duties):
            findings.append(
                Finding(
                    "warning",
                    "duties-few-on-target",
                    f"Only {on_target} of {len(duties)} duties of position {p + 1} read clearly as "
                    f"{target}. Make the duties that support it specific "
                    "(tools, objects, how often).",
                    f"positions[{p}].duties",
                    params,
                )
            )
        if not a.lead_statement_supported:
            findings.append(
                Finding(
                    "warning",
                    "lead-statement-unsupported",
                    f"The duties of position {p + 1} do not clearly show the main actions of "
                    f"{target}'s lead statement; officers look for them. "
                    "Add them only if you do them.",
                    f"positions[{p}].duties",
                    params,
                )
            )
    return findings


def full_check(project: Project, *, today=None, matcher=None, guard=None) -> list[Finding]:
    """`completeness.check` plus the copy guard and the matcher's reading (loaded if not given)."""
    if guard is None:
        from noc_letter.core.guard import verbatim_risk as guard
    if matcher is None:
        from noc_letter.core.matching import get_matcher

        matcher = get_matcher()
    extra: Sequence = (
        lambda pr: guard_findings(pr, guard),
        lambda pr: reading_findings(pr, matcher),
    )
    return check(project, today=today, extra_checks=extra)
