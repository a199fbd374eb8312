"""Goal attainment scaling (GAS): each specific goal is rated -2 … +2 at evaluation.

0 is "as expected". A case's summary is the Kiresuk-Sherman T-score with equal weights and the
usual inter-goal correlation 0.3 (50 = goals met as expected on average, 10 per standard
deviation); the station's summary counts goals, the share met or better and the distribution.
Pure functions, no database.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

RHO = 0.3
SCORES = (-2, -1, 0, 1, 2)


def t_score(scores: Iterable[int], rho: float = RHO) -> float | None:
    values = list(scores)
    if not values:
        return None
    n = len(values)
    return 50 + 10 * sum(values) / math.sqrt((1 - rho) * n + rho * n * n)


@dataclass(frozen=True)
class Attainment:
    cases: int = 0
    goals: int = 0
    distribution: dict[int, int] = field(default_factory=lambda: dict.fromkeys(SCORES, 0))
    t_scores: tuple[float, ...] = ()

    @property
    def met(self) -> int:
        """Goals rated as expected or better."""
        return sum(n for s, n in self.distribution.items() if s >= 0)

    @property
    def met_rate(self) -> float | None:
        return self.met / self.goals if self.goals else None

    @property
    def mean_score(self) -> float | None:
        return sum(s * n for s, n in self.distribution.items()) / self.goals if self.goals else None

    @property
    def mean_t(self) -> float | None:
        return sum(self.t_scores) / len(self.t_scores) if self.t_scores else None


def aggregate(evaluations: Iterable[list[dict]]) -> Attainment:
    """One rating list per case (its latest evaluation) -> the station's attainment."""
    distribution = dict.fromkeys(SCORES, 0)
    t_scores: list[float] = []
    cases = goals = 0
    for ratings in evaluations:
        scores = [int(r["score"]) for r in ratings if r.get("score") is not None]
        if not scores:
            continue
        cases += 1
        goals += len(scores)
        for s in scores:
            distribution[s] += 1
        t = t_score(scores)
        if t is not None:
            t_scores.append(t)
    return Attainment(cases, goals, distribution, tuple(t_scores))
