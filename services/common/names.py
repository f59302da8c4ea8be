"""The naming rules of the data model (DESIGN.md, queue contract), shared by ingestion and queries."""

import re

OWNER_RE = re.compile(r"[A-Za-z0-9._@-]{1,128}")
KEY_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]{0,63}")
#: Tag key that always carries the owner; publishers may not set it themselves.
OWNER_TAG = "owner"


def is_owner(value: str) -> bool:
    return OWNER_RE.fullmatch(value) is not None


def is_key(value: str) -> bool:
    """A valid measurement, tag key or field key."""
    return KEY_RE.fullmatch(value) is not None
