"""The naming rules of the data model (DESIGN.md, queue contract and storage), shared by
ingestion and queries.

Storage isolation is structural: every owner's points live in measurements of their own,
named `<owner>/<measurement>`. The separator `/` is in neither the owner nor the key
alphabet, so a stored name splits back unambiguously, and nothing an owner writes (tag or
field names, field types, values) can reach another owner's measurements: InfluxDB fixes
field types per measurement, and every query and catalog statement names the owner's
measurements (a quoted identifier or an anchored regex), never a predicate on stored data.
"""

import re

OWNER_RE = re.compile(r"[A-Za-z0-9._@-]{1,128}")
KEY_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]{0,63}")
#: Tag key publishers may not set: the owner comes from the message (or the broker), never a tag.
OWNER_TAG = "owner"
#: Between the owner and the measurement in a stored measurement name.
NAMESPACE_SEP = "/"


def is_owner(value: str) -> bool:
    return OWNER_RE.fullmatch(value) is not None


def is_key(value: str) -> bool:
    """A valid measurement, tag key or field key."""
    return KEY_RE.fullmatch(value) is not None


def stored_measurement(owner: str, measurement: str) -> str:
    """The measurement name InfluxDB holds for `owner`'s `measurement` (both already valid)."""
    return f"{owner}{NAMESPACE_SEP}{measurement}"


def split_stored(name: str) -> tuple[str, str] | None:
    """(owner, measurement) of a stored measurement name, or None for a name outside the layout."""
    owner, sep, measurement = name.partition(NAMESPACE_SEP)
    if not sep or not is_owner(owner) or not is_key(measurement):
        return None
    return owner, measurement


def _regex_escape(text: str) -> str:
    # Owners and keys hold only [A-Za-z0-9._@-]: `.` is the one regex metacharacter among them.
    return text.replace(".", r"\.")


def measurement_regex(owner: str | None, measurement: str = "") -> str:
    """An InfluxQL regex literal selecting stored measurements: one owner's (or, for None, every
    owner's), all of them or only `measurement`. Anchored at both ends, so `alice` never
    matches `alice.b`'s measurements."""
    who = r"[^\/]+" if owner is None else _regex_escape(owner)
    what = _regex_escape(measurement) if measurement else ".+"
    return f"/^{who}\\/{what}$/"
