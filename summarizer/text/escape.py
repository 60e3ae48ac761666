"""One escaping rule for every line finsum prints that quotes user data."""

from __future__ import annotations

import re

# Characters that would break the one line (str.splitlines breaks on \v \f \x1c-\x1e \x85 and
# U+2028/9 too) or reach the terminal as escapes, when a message quotes user data.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def one_line(text: str) -> str:
    """`text` with line breaks and control characters shown as escapes (\\n, \\x0c, \\u2028)."""
    def esc(m: re.Match) -> str:
        ch = m.group()
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch) or (
            f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
    return _UNSAFE.sub(esc, text)
