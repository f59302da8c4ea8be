"""The OpenAPI 3.0 document of the REST API, written by hand (served at /api/openapi.json).

tests/api/test_openapi.py runs schemathesis against it: every response must match it.
"""

from __future__ import annotations

from typing import Any

import orjson

_ERROR = {"$ref": "#/components/responses/Error"}
_KEY = "^[A-Za-z_][A-Za-z0-9_.-]{0,63}$"
_RFC3339 = r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})"
_TIME = rf"^(now|-[0-9]{{1,12}}(ms|s|m|h|d|w)|{_RFC3339})$"
_EVERY = "^[0-9]{1,12}(s|m|h|d|w)$"
_OWNER = "^[A-Za-z0-9._@-]{1,128}$"


def _param(name: str, description: str, **schema: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "description": description, "schema": schema}


_DATA_PARAMS = [
    _param("measurement", "Measurement name; all measurements when absent.", type="string", pattern=_KEY),
    _param("field", "Field key; all fields when absent.", type="string", pattern=_KEY),
    _param(
        "start",
        "Inclusive start: RFC 3339 (`2026-11-29T00:00:00Z`) or relative (`-1h`). Default `-1h`.",
        type="string",
        pattern=_TIME,
    ),
    _param("stop", "Exclusive stop: RFC 3339 or relative. Default now.", type="string", pattern=_TIME),
    _param(
        "every",
        "Aggregate into windows of this length (`10s`, `1m`, `1h`, `1d`).",
        type="string",
        pattern=_EVERY,
    ),
    _param(
        "fn",
        "Aggregate function (needs `every`). Default mean.",
        type="string",
        enum=["mean", "min", "max", "sum", "count", "first", "last"],
    ),
    _param(
        "limit", "Maximum points per series, newest kept; capped by the server.", type="integer", minimum=1
    ),
    _param(
        "max_points",
        "The most points per series the caller shows (a chart's width). A raw series holding"
        " more comes back downsampled: the minimum and maximum of each of max_points / 2 windows"
        " from the range's start (`downsampled`), at most max_points points. An aggregation's"
        " window is widened to at most max_points windows. Capped by limit.",
        type="integer",
        minimum=1,
    ),
]
_OWNER_PARAM = _param(
    "owner", "Only this owner's data; every owner's when absent.", type="string", pattern=_OWNER
)
_MEASUREMENT_PARAM = _DATA_PARAMS[0]
# The export reads every point in the range: no limit, no downsampling.
_EXPORT_PARAMS = [p for p in _DATA_PARAMS if p["name"] not in ("limit", "max_points")]

# [time, value]: the time is an integer (a number); values are numbers, booleans or strings.
_POINT_ITEM = {"anyOf": [{"type": "number"}, {"type": "boolean"}, {"type": "string"}]}


def _get(
    summary: str,
    params: list[dict[str, Any]],
    schema: str,
    admin: bool = False,
    description: str = "",
    media: str = "application/json",
) -> dict[str, Any]:
    responses: dict[str, Any] = {
        "200": {
            "description": "OK",
            "content": {media: {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
        },
        "400": _ERROR,
        "401": _ERROR,
        "503": _ERROR,
    }
    if admin:
        responses["403"] = _ERROR
    operation = {"summary": summary, "parameters": params, "responses": responses}
    if description:
        operation["description"] = description
    return {"get": operation}


# OpenAPI 3.0 cannot declare a family of parameters by prefix, so `tag.<key>` is described here.
_TAGS_NOTE = "Exact tag matches are written `tag.<key>=<value>` (repeatable, one per key)."
_EXPORT_NOTE = (
    "Every point in the range (or window, with `every`) as CSV, streamed: `owner,series,time,value`"
    " with the line-protocol series key and field, RFC 3339 times (UTC), rows in time order. " + _TAGS_NOTE
)


DOCUMENT: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {
        "title": "Timeseries API",
        "version": "1.0.0",
        "description": "Each caller sees only their own data; the admin paths need the `admin` role.",
    },
    "security": [{"bearer": []}],
    "paths": {
        "/api/data": _get("The caller's points", _DATA_PARAMS, "Data", description=_TAGS_NOTE),
        "/api/series": _get("The caller's series catalog", [_MEASUREMENT_PARAM], "SeriesList"),
        "/api/me": _get("Who the caller is", [], "Me"),
        "/api/admin/data": _get(
            "Any owner's points (admin)",
            [*_DATA_PARAMS, _OWNER_PARAM],
            "Data",
            admin=True,
            description=_TAGS_NOTE,
        ),
        "/api/admin/series": _get(
            "Any owner's series catalog (admin)", [_MEASUREMENT_PARAM, _OWNER_PARAM], "SeriesList", admin=True
        ),
        "/api/export": _get(
            "The caller's points as CSV", _EXPORT_PARAMS, "Csv", description=_EXPORT_NOTE, media="text/csv"
        ),
        "/api/admin/export": _get(
            "Any owner's points as CSV (admin)",
            [*_EXPORT_PARAMS, _OWNER_PARAM],
            "Csv",
            admin=True,
            description=_EXPORT_NOTE,
            media="text/csv",
        ),
    },
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}},
        "responses": {
            "Error": {
                "description": "An error",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            }
        },
        "schemas": {
            "Csv": {"type": "string", "description": "RFC 4180 CSV with a header row"},
            "Error": {
                "type": "object",
                "required": ["error"],
                "properties": {
                    "error": {
                        "type": "object",
                        "required": ["code", "message"],
                        "properties": {
                            "code": {
                                "type": "string",
                                "description": "e.g. invalid_argument; resource_exhausted (400) when the "
                                "answer would exceed MAX_SERIES, MAX_POINTS or MAX_ANSWER_BYTES, which "
                                "the message names",
                            },
                            "message": {"type": "string"},
                        },
                    }
                },
            },
            "Tags": {"type": "object", "additionalProperties": {"type": "string"}},
            "Series": {
                "type": "object",
                "required": ["owner", "measurement", "field", "tags", "points"],
                "properties": {
                    "owner": {"type": "string"},
                    "measurement": {"type": "string"},
                    "field": {"type": "string"},
                    "tags": {"$ref": "#/components/schemas/Tags"},
                    "points": {
                        "description": "[epoch milliseconds, value] pairs, oldest first",
                        "type": "array",
                        "items": {
                            "type": "array",
                            "minItems": 2,
                            "maxItems": 2,
                            "items": _POINT_ITEM,
                        },
                    },
                },
            },
            "Data": {
                "type": "object",
                "required": ["series", "truncated", "downsampled"],
                "properties": {
                    "series": {"type": "array", "items": {"$ref": "#/components/schemas/Series"}},
                    "truncated": {"type": "boolean", "description": "A series was cut at the limit"},
                    "downsampled": {
                        "type": "boolean",
                        "description": "A series was reduced to its windows' minima and maxima",
                    },
                },
            },
            "SeriesInfo": {
                "type": "object",
                "required": ["owner", "measurement", "tags", "fields"],
                "properties": {
                    "owner": {"type": "string"},
                    "measurement": {"type": "string"},
                    "tags": {"$ref": "#/components/schemas/Tags"},
                    "fields": {"type": "array", "items": {"type": "string"}},
                },
            },
            "SeriesList": {
                "type": "object",
                "required": ["series"],
                "properties": {
                    "series": {"type": "array", "items": {"$ref": "#/components/schemas/SeriesInfo"}}
                },
            },
            "Me": {
                "type": "object",
                "required": ["subject", "owner", "roles", "admin"],
                "properties": {
                    "subject": {"type": "string"},
                    "owner": {"type": "string"},
                    "roles": {"type": "array", "items": {"type": "string"}},
                    "admin": {"type": "boolean"},
                },
            },
        },
    },
}

DOCUMENT_JSON = orjson.dumps(DOCUMENT)
