"""Which backups to keep: the newest of each of the last 7 days, 4 weeks and 12 months that
have one (a backup may count for all three). The rest are deleted after a good new backup."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Rotation:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


DEFAULT = Rotation()


def _newest_per(times: list[dt.datetime], period: Callable[[dt.datetime], object],
                count: int) -> set[dt.datetime]:
    kept: dict[object, dt.datetime] = {}
    for when in times:  # newest first
        key = period(when)
        if key not in kept:
            if len(kept) == count:
                break
            kept[key] = when
    return set(kept.values())


def to_keep(times: Iterable[dt.datetime], rotation: Rotation = DEFAULT) -> set[dt.datetime]:
    """The creation times to keep, out of `times` (any order)."""
    ordered = sorted(set(times), reverse=True)
    keep = _newest_per(ordered, lambda t: t.date(), rotation.daily)
    keep |= _newest_per(ordered, lambda t: t.isocalendar()[:2], rotation.weekly)
    keep |= _newest_per(ordered, lambda t: (t.year, t.month), rotation.monthly)
    return keep
