"""The JSON form of an assessment (the `assess --json` contract) and the unknown-code message,
shared by `assess`, `assess --jsonl` and `suggest`."""

from __future__ import annotations


def unknown_code_message(code: str) -> str:
    """'unknown NOC 2021 code' with the closest codes or titles, for usage errors."""
    from noc_letter.core.catalogue_lookup import closest_codes

    near = closest_codes(code)
    hint = f"; closest: {', '.join(near)}" if near else ""
    return f"unknown NOC 2021 code {code!r}{hint}"


def assessment_json(a) -> dict:
    """The JSON contract of an assessment (extra fields after the contract ones)."""

    def ref(g):
        return {"code": g.code, "title": g.title, "teer": g.teer, "score": g.score}

    return {
        "target": {"code": a.target.code, "title": a.target.title, "teer": a.target.teer},
        "reads_as": [ref(g) for g in a.reads_as],
        "lead_statement_supported": a.lead_statement_supported,
        "covered_main_duties": [
            {
                "index": c.index,
                "text": c.text,
                "covered_by": list(c.covered_by),
                "similarity": c.similarity,
            }
            for c in a.covered_main_duties
            if c.covered
        ],
        "verdict": a.verdict,
        "confidence": a.confidence,
        "needs_review": a.needs_review,
        "main_duties_total": len(a.covered_main_duties),
        "uncovered_main_duties": [c.text for c in a.covered_main_duties if not c.covered],
        "lead_statement_parts": [{"text": t, "supported": ok} for t, ok in a.lead_statement_parts],
        "closest_neighbour": ref(a.closest_neighbour) if a.closest_neighbour else None,
        "duties": [
            {
                "index": d.index,
                "text": d.text,
                "supports": d.supports,
                "best": ref(d.best) if d.best else None,
                "target_score": round(d.target_score, 4),
                "reason": d.reason,
                "weight": a.weights[d.index] if a.weights else None,
                "lang": d.lang,
            }
            for d in a.duties
        ],
        "weighted_by_share": bool(a.weights),
        "status": a.status,
        "confusables": [
            {
                "code": c.code,
                "title": c.title,
                "teer": c.teer,
                "coverage": c.coverage,
                "score": c.score,
            }
            for c in a.confusables
        ],
        "reads_instead": ref(a.reads_instead) if a.reads_instead else None,
        "lang": a.lang,
        "disclaimer": "Not legal advice: an officer decides; this is an estimate from the wording.",
    }
