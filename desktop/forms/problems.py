"""Which problems the form shows where: live ones only on touched fields, the store's always."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from forms.validation import Problem


def by_path(problems: Iterable[Problem]) -> dict[str, list[Problem]]:
    grouped: dict[str, list[Problem]] = {}
    for problem in problems:
        grouped.setdefault(problem.path, []).append(problem)
    return grouped


class ProblemBoard:
    """Hands each visible field its problems during one refresh and remembers what was placed,
    so problems with no visible field (form-level, unknown paths) can go to the banner."""

    def __init__(self, live: Sequence[Problem], external: Mapping[str, Sequence[Problem]]) -> None:
        self._live_all = tuple(live)
        self._live = by_path(live)
        self._external = external
        self._placed: set[str] = set()

    def take(self, path: str, *, touched: bool) -> list[Problem]:
        self._placed.add(path)
        if path in self._external:
            return list(self._external[path])
        return self._live.get(path, []) if touched else []

    def leftovers(self) -> list[Problem]:
        external = [
            p for path, ps in self._external.items() if path not in self._placed for p in ps
        ]
        live = [p for p in self._live_all if p.path not in self._placed]
        return external + [p for p in live if p not in external]


@dataclass(frozen=True)
class RowPath:
    """`members[1].birth_date` seen from the repeat `members`: row 1, rest `birth_date`."""

    index: int
    rest: str


def split_row_path(path: str, repeat_path: str) -> RowPath | None:
    head = f"{repeat_path}["
    if not path.startswith(head):
        return None
    number, _, rest = path[len(head) :].partition("]")
    if not number.isdigit():
        return None
    return RowPath(int(number), rest.removeprefix("."))
