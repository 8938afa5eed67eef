"""The monthly ledgers of the 2024 rule in the bundle (schema 1.2): one report per month, one entry per child.

A bundle carries the ledgers of the months :func:`app.monthly.bundle_months` names (the month whose due
day lies in its period, and a month due earlier that no bundle carried yet). ``MonthlyReports`` says the
school reported the month — also with nobody in the ledgers — so the county sees who did not report;
``MonthlyLedgers`` has one entry per child and month. Guardians, phone numbers and addresses stay at
the school (they are on the printed forms); the reason for leaving and where the child is now (去向)
are sent, shortened, because the county's quarterly re-check asks for them.
"""

from __future__ import annotations

from typing import Iterator

from app import monthly
from app.exchange.bundle import BuildContext
from app.exchange.schema import Record, record_kind
from app.fields import excerpt

TEXT_LIMIT = 100
_RESULTS = {"returned", "transferred", "suspended", "deceased", "other"}


def _reports(ctx: BuildContext):
    cache = getattr(ctx, "_monthly_reports", None)
    if cache is None:
        cache = [monthly.build_report(ctx.session, ctx.actor, m, today=ctx.end)
                 for m in monthly.bundle_months(ctx.session, ctx.start, ctx.end)]
        ctx._monthly_reports = cache
    return cache


@record_kind("monthly_report", section="MonthlyReports", element="Report", label="月报告", scope="period",
             key=("month",))
def _monthly_reports(ctx: BuildContext) -> Iterator[Record]:
    for r in _reports(ctx):
        yield Record({"month": r.month, "asOf": r.as_of, "due": r.due, "suspected": len(r.suspected),
                      "dropouts": len(r.dropouts), "returned": len(r.returned), "stillOut": len(r.still_out)})


@record_kind("monthly_ledger", section="MonthlyLedgers", element="Entry", label="月报告台账", scope="period",
             key=("month", "key"))
def _monthly_ledgers(ctx: BuildContext) -> Iterator[Record]:
    for r in _reports(ctx):
        for c in r.suspected + r.dropouts:
            last = c.attempts[-1].day if c.attempts else None
            yield Record({
                "month": r.month, "key": c.key, "case": str(c.case_id) if c.case_id else None,
                "student": ctx.number(c.student_id), "ledger": "dropout" if c.level == "dropout" else "suspected",
                "registered": c.registered, "leftOn": c.left_on, "daysAbsent": c.days_absent,
                "reasonLeft": excerpt(c.reason_left, TEXT_LIMIT) or None,
                "whereabouts": excerpt(c.whereabouts, TEXT_LIMIT) or None,
                "attempts": len(c.attempts), "bothLines": any(a.both_lines for a in c.attempts),
                "lastAttempt": last, "noticeIssuedOn": c.notice_issued_on,
                "result": c.outcome if c.outcome in _RESULTS else None, "returnedOn": c.returned_on})
