"""The search box's router: a scanned card goes to verification, everything else to search."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.scanning import ScanResult, route_scan
from sync.credentials import Trust, Verification
from tests.cards.test_credentials import CLAIMS, TODAY, TRUSTED, VALID

TRUST = Trust(TRUSTED, frozenset({"revoked-card"}))


def test_a_scanned_card_is_verified() -> None:
    result = route_scan(VALID + "\r\n", TRUST, TODAY)
    assert result.kind == "credential" and result.verification is not None
    assert (result.verification.status, result.verification.claims) == ("verified", CLAIMS)


def test_a_card_scanned_only_in_part_is_reported_not_searched() -> None:
    for cut in range(len(VALID) // 3, len(VALID), 7):
        result = route_scan(VALID[:cut], TRUST, TODAY)
        assert result.kind == "credential" and result.verification is not None
        assert result.verification.status == "unreadable"


def test_names_and_numbers_go_to_the_search_unchanged() -> None:
    for typed in ("Fatima Bibi", "فاطمہ", "36302-1234567-1", "003-6302-1238", ""):
        assert route_scan(typed, TRUST, TODAY) == ScanResult("search", typed)


@dataclass(frozen=True)
class BrokenTrust(Trust):
    """A trust store whose check fails: the search box must still get its text back."""

    def verify(self, text: str, today: date) -> Verification:  # noqa: ARG002 - signature
        raise RuntimeError("boom")


def test_a_failing_check_falls_back_to_search() -> None:
    assert route_scan(VALID, BrokenTrust(TRUSTED), TODAY) == ScanResult("search", VALID)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=5000))
def test_route_scan_never_raises(text: str) -> None:
    result = route_scan(text, TRUST, TODAY)
    assert result.kind in {"credential", "search"}
    if result.kind == "search":
        assert result.text == text and result.verification is None
    else:
        assert result.verification is not None and not result.verification.verified
