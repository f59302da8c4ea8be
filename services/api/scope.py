"""Owner scope: whose measurements a request reads, and the FROM clause that names only those.

Isolation is structural (services/common/names.py): each owner's points live in measurements
`<owner>/<measurement>`, so a statement reads another owner's data only if its FROM names
them. Every statement's source comes from `OwnerScope.source`, and nothing else decides it.
"""

from __future__ import annotations

import dataclasses

from services.api.auth import Principal
from services.api.errors import ApiError, Kind, invalid
from services.api.influxql import ident, quote
from services.common.names import is_owner, measurement_regex, stored_measurement


@dataclasses.dataclass(frozen=True)
class OwnerScope:
    """One owner's measurements, or (owner None, admins only) every owner's."""

    owner: str | None

    def source(self, measurement: str = "") -> str:
        """The FROM of a statement: one quoted stored measurement, or an anchored regex over
        the scope's measurements (all of them, or `measurement` of every owner)."""
        if measurement:
            ident(measurement, "measurement")  # validates it (KEY_RE) before it goes anywhere
            if self.owner is not None:
                return quote(stored_measurement(self.owner, measurement))
        return measurement_regex(self.owner, measurement)


def resolve_scope(principal: Principal, owner: str = "", all_owners: bool = False) -> OwnerScope:
    """The scope a request reads; only admins may name another owner or every owner."""
    if all_owners:
        if not principal.is_admin:
            raise ApiError(Kind.PERMISSION_DENIED, "reading every owner's data requires the admin role")
        return OwnerScope(None)
    if not owner or owner == principal.owner:
        return OwnerScope(principal.owner)
    if not principal.is_admin:
        raise ApiError(Kind.PERMISSION_DENIED, "reading another owner's data requires the admin role")
    if not is_owner(owner):
        raise invalid("owner is not a valid owner name")
    return OwnerScope(owner)
