"""Order a position's duties for the letter: skilled duties that support the target NOC first."""

from __future__ import annotations

from dataclasses import dataclass

from noc_letter.core.letter import Duty, Position

# Bands, in letter order: duties reading as the target (strongest first), duties reading as
# another skilled (TEER 0-3) group (strongest first), then TEER 4-5 or unclear duties in the
# person's own order.
TARGET, OTHER_SKILLED, LOWER = 0, 1, 2


@dataclass(frozen=True)
class PlacedDuty:
    """A duty with the band and strength that decided its place in the letter."""

    duty: Duty
    band: int
    strength: float
    reads_as: str | None


def place_duties(position: Position, matcher) -> list[PlacedDuty]:
    """Included duties of a position in letter order, with why each is where it is.

    Without a known target NOC the person's order is kept. Text is never changed.
    """
    duties = position.included_duties()
    target = (position.noc or "").strip()
    if not duties or target not in matcher.position:
        return [PlacedDuty(d, TARGET, 0.0, None) for d in duties]
    readings = matcher.assess([d.text for d in duties], target).duties
    placed = []
    for duty, reading in zip(duties, readings, strict=True):
        if reading.supports == "target":
            placed.append(PlacedDuty(duty, TARGET, reading.target_score, target))
        elif reading.best is not None and reading.best.teer <= 3:
            placed.append(PlacedDuty(duty, OTHER_SKILLED, reading.best.score, reading.best.code))
        else:
            code = reading.best.code if reading.best else None
            placed.append(PlacedDuty(duty, LOWER, 0.0, code))
    order = sorted(range(len(placed)), key=lambda i: (placed[i].band, -placed[i].strength, i))
    return [placed[i] for i in order]


def order_for_letter(position: Position, matcher) -> list[Duty]:
    """The position's included duties in letter order (see `place_duties`)."""
    return [p.duty for p in place_duties(position, matcher)]
