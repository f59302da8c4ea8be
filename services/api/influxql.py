"""Building InfluxQL safely: every identifier is validated, quoted and typed, every value escaped.

No part of a request is ever pasted into a query unquoted, so no input can change the
query's structure; values that InfluxQL string literals cannot hold (control characters)
are refused rather than altered. Tag and field references carry their type (`"k"::tag`,
`"f"::field`): InfluxDB allows a tag and a field of the same name in one measurement, and
reads a bare name as the field, so an untyped predicate could be turned by what an owner
writes into a comparison with something else.
"""

from __future__ import annotations

import re

from services.api.errors import invalid
from services.common.names import is_key

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
MAX_VALUE_LEN = 1024


def quote(name: str) -> str:
    """A double-quoted identifier (callers pass only validated names: keys or stored names)."""
    # Neither KEY_RE nor OWNER_RE admits quotes or backslashes; escaping keeps this safe on its own.
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def ident(name: str, what: str = "identifier") -> str:
    """A quoted measurement, tag or field key (validated against the data model's KEY_RE)."""
    if not is_key(name):
        raise invalid(f"{what} {name[:80]!r} is not a valid name")
    return quote(name)


def tag_ref(key: str) -> str:
    """`"key"::tag`: the tag, never a field of the same name."""
    return ident(key, "tag key") + "::tag"


def field_ref(key: str) -> str:
    """`"key"::field`: the field, never a tag of the same name."""
    return ident(key, "field") + "::field"


def literal(value: str, what: str = "value") -> str:
    """A quoted string literal, e.g. a tag value compared with `=` (an exact match)."""
    if len(value) > MAX_VALUE_LEN:
        raise invalid(f"{what} is longer than {MAX_VALUE_LEN} characters")
    if _CONTROL.search(value):
        raise invalid(f"{what} contains control characters")
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
