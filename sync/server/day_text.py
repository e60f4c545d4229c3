"""A `DayReport` as plain text for the operator's terminal (`registry day`)."""

from __future__ import annotations

from sync.protocol import DIGEST_TABLES, ClerkDay, DayReport, DaySyncSession

_COLUMNS = (
    ("Created", "created"),
    ("Updated", "updated"),
    ("Applications", "applications"),
    ("Applied", "applied"),
    ("Merged", "merged"),
    ("Conflict", "conflicted"),
    ("Rejected", "rejected"),
    ("Held", "held"),
)


def _table(report: DayReport) -> list[str]:
    rows: list[ClerkDay] = [*report.clerks, report.totals]
    width = max([len("User"), *(len(clerk.display_name) for clerk in rows)])
    header = "User".ljust(width) + "".join(f"  {title:>{len(title)}}" for title, _ in _COLUMNS)
    lines = [header, "-" * len(header)]
    for index, clerk in enumerate(rows):
        if index == len(rows) - 1:
            lines.append("-" * len(header))
        counts = "".join(f"  {getattr(clerk, name):>{len(title)}}" for title, name in _COLUMNS)
        lines.append(clerk.display_name.ljust(width) + counts)
    return lines


def _session(entry: DaySyncSession) -> str:
    s = entry.session
    parts = [
        f"  {s.started_at}  {entry.device_name} #{s.session_id}  {s.kind}",
        f"pushed {s.pushed} (applied {s.applied}, merged {s.merged}, conflict {s.conflicted},"
        f" rejected {s.rejected}, held {s.held}), pulled {s.pulled}",
    ]
    if s.divergence:
        parts.append(f"divergence: {s.divergence}")
    if s.error:
        parts.append(f"error: {s.error}")
    if s.ended_at is None:
        parts.append("(not finished)")
    return "  ".join(parts)


def render(report: DayReport) -> str:
    lines = [f"Day {report.day} - district {report.district}, office {report.office}", ""]
    if report.clerks:
        lines += _table(report)
    else:
        lines.append("Nothing was received for this day.")
    lines += ["", f"Sync sessions: {len(report.sync_sessions)}"]
    lines += [_session(entry) for entry in report.sync_sessions]
    lines.append("")
    signoff = report.signoff
    if signoff is None:
        lines.append("Sign-off: not signed off")
    else:
        note = f" - {signoff.note}" if signoff.note else ""
        lines.append(f"Sign-off: by {signoff.display_name} at {signoff.signed_at}{note}")
    lines.append(f"Late entries (received after the sign-off): {len(report.late_entries)}")
    lines += [
        f"  {late.received_at}  {late.op} {late.entity} {late.entity_id}"
        f"  by {late.user_id} at {late.client_time}"
        for late in report.late_entries
    ]
    lines.append(f"Open conflicts in the district: {report.open_conflicts}")
    digests = ", ".join(
        f"{name} {digest.count} ({digest.xor})"
        for name, digest in zip(DIGEST_TABLES, report.digests, strict=False)
    )
    lines.append(f"Digests: {digests}")
    return "\n".join(lines)
