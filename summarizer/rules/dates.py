"""Date rules: weekdays, day dates, months, quarters and halves, years and fiscal years."""

from . import Rule

_SRC = ("LONDON, March 4 (Finwire) - Kestrel Retail said on Wednesday its profit for the year to "
        "January rose 14%. Inflation slowed to 1.9% in October, and the group expects a decision "
        "in the third quarter of 2027.")

RULES = (
    Rule("DATE001", "date", "day date not in the source",
         "The summary dates something to a day the source does not give.",
         "Acme said on March 4 that it would pay its dividend on May 12.",
         "Acme will pay its dividend on May 21.", "May 21",
         "Acme will pay its dividend on May 12."),
    Rule("DATE002", "date", "month not in the source",
         "The source names months, but not this one.",
         _SRC, "Inflation slowed to 1.9% in September.", "September",
         "Inflation slowed to 1.9% in October."),
    Rule("DATE003", "date", "weekday differs",
         "The source says the event happened on another day of the week.",
         _SRC, "Kestrel said on Tuesday its profit rose 14%.", "Tuesday",
         "Kestrel said on Wednesday its profit rose 14%."),
    Rule("DATE004", "date", "weekday that cannot be checked (warning)",
         "The source names no weekday at all, so the summary's cannot be checked.",
         "Acme's profit rose 14% in the year to January.",
         "Acme said on Monday its profit rose 14%.", "Monday",
         "Acme said its profit rose 14%."),
    Rule("DATE005", "date", "quarter or half-year differs",
         "The source states another quarter, half-year or month range for this (fiscal quarters "
         "count: the September quarter is Q3).",
         _SRC, "Kestrel expects a decision in the fourth quarter.", "fourth quarter",
         "Kestrel expects a decision in Q3 2027."),
    Rule("DATE006", "date", "year not in the source",
         "The source gives years, but not this one (or dates this month to another year).",
         _SRC, "Kestrel expects a decision in 2026.", "2026",
         "Kestrel expects a decision in the third quarter of 2027."),
    Rule("DATE007", "date", "figure dated to another period",
         "A distinctive figure copied from the source is dated otherwise in the summary than "
         "everywhere the source gives it.",
         "LONDON (Jan 15) - Harrowgate Homes said on Thursday it completed 11,340 homes in 2025, up "
         "6% on 2024.",
         "Harrowgate completed 11,340 homes in 2024.", "2024",
         "Harrowgate completed 11,340 homes in 2025."),
    Rule("DATE008", "date", "date of another event",
         "The date is in the source, but for something else: the summary's words around it are "
         "those of a source sentence that gives another date, and no source sentence that gives "
         "this date shares them. For a year, no source sentence without a year may share as many "
         "of the words or any of the clause's figures (the year is implicit there).",
         "SINGAPORE (Nov 30) - OPEC+ agreed to extend its output cuts until the end of June. "
         "Ministers meet again on March 1.",
         "OPEC+ agreed to extend its output cuts until the end of March.", "March",
         "OPEC+ agreed to extend its output cuts until the end of June."),
    Rule("DATE009", "date", "a quarter's figure given for the full year",
         "The summary gives a figure for the full year, but the source sentence that says the "
         "same (the figure and the clause's words) speaks of a quarter, not of the year: next-"
         "quarter guidance reported as the annual outlook.",
         "Crestline said: For the second quarter, we expect comparable sales to be flat to up 1%. "
         "For the full year, we reaffirm EPS of $4.10 to $4.30 and comparable sales growth of 1% "
         "to 3%.",
         "Crestline guided full-year comparable sales to flat to up 1%.", "full-year",
         "Crestline guided second-quarter comparable sales to flat to up 1%."),
)
