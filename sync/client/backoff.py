"""When to try again: full-jitter exponential backoff that honours `Retry-After`.

Retries are driven by a timer (the desktop's), never by a loop that sleeps: this only says
how long to wait. Full jitter (a uniform draw between 0 and the exponential ceiling) keeps a
district's counters from all hammering the registry at the same moment after an outage.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    base: float = 5.0
    cap: float = 900.0
    rng: random.Random = field(default_factory=random.Random)
    failures: int = 0

    def failed(self, retry_after: float | None = None) -> float:
        """Record a failure; returns the seconds to wait before the next attempt."""
        self.failures += 1
        ceiling = min(self.cap, self.base * 2 ** min(self.failures, 20))
        delay = self.rng.uniform(0, ceiling)
        if retry_after is not None:
            # The registry's word is a floor; jitter on top spreads the herd.
            delay = max(delay, min(self.cap, retry_after) + self.rng.uniform(0, self.base))
        return delay

    def succeeded(self) -> None:
        self.failures = 0
