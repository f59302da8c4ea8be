import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Aggregate(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AGGREGATE_UNSPECIFIED: _ClassVar[Aggregate]
    AGGREGATE_MEAN: _ClassVar[Aggregate]
    AGGREGATE_MIN: _ClassVar[Aggregate]
    AGGREGATE_MAX: _ClassVar[Aggregate]
    AGGREGATE_SUM: _ClassVar[Aggregate]
    AGGREGATE_COUNT: _ClassVar[Aggregate]
    AGGREGATE_FIRST: _ClassVar[Aggregate]
    AGGREGATE_LAST: _ClassVar[Aggregate]
AGGREGATE_UNSPECIFIED: Aggregate
AGGREGATE_MEAN: Aggregate
AGGREGATE_MIN: Aggregate
AGGREGATE_MAX: Aggregate
AGGREGATE_SUM: Aggregate
AGGREGATE_COUNT: Aggregate
AGGREGATE_FIRST: Aggregate
AGGREGATE_LAST: Aggregate

class OwnerScope(_message.Message):
    __slots__ = ("owner", "all_owners")
    OWNER_FIELD_NUMBER: _ClassVar[int]
    ALL_OWNERS_FIELD_NUMBER: _ClassVar[int]
    owner: str
    all_owners: bool
    def __init__(self, owner: _Optional[str] = ..., all_owners: _Optional[bool] = ...) -> None: ...

class SeriesSelector(_message.Message):
    __slots__ = ("measurement", "field", "tags")
    class TagsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    MEASUREMENT_FIELD_NUMBER: _ClassVar[int]
    FIELD_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    measurement: str
    field: str
    tags: _containers.ScalarMap[str, str]
    def __init__(self, measurement: _Optional[str] = ..., field: _Optional[str] = ..., tags: _Optional[_Mapping[str, str]] = ...) -> None: ...

class TimeRange(_message.Message):
    __slots__ = ("start", "stop")
    START_FIELD_NUMBER: _ClassVar[int]
    STOP_FIELD_NUMBER: _ClassVar[int]
    start: _timestamp_pb2.Timestamp
    stop: _timestamp_pb2.Timestamp
    def __init__(self, start: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., stop: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Aggregation(_message.Message):
    __slots__ = ("every", "fn")
    EVERY_FIELD_NUMBER: _ClassVar[int]
    FN_FIELD_NUMBER: _ClassVar[int]
    every: _duration_pb2.Duration
    fn: Aggregate
    def __init__(self, every: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., fn: _Optional[_Union[Aggregate, str]] = ...) -> None: ...

class Series(_message.Message):
    __slots__ = ("owner", "measurement", "field", "tags", "times_unix_nano", "doubles", "int64s", "bools", "strings")
    class TagsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    OWNER_FIELD_NUMBER: _ClassVar[int]
    MEASUREMENT_FIELD_NUMBER: _ClassVar[int]
    FIELD_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    TIMES_UNIX_NANO_FIELD_NUMBER: _ClassVar[int]
    DOUBLES_FIELD_NUMBER: _ClassVar[int]
    INT64S_FIELD_NUMBER: _ClassVar[int]
    BOOLS_FIELD_NUMBER: _ClassVar[int]
    STRINGS_FIELD_NUMBER: _ClassVar[int]
    owner: str
    measurement: str
    field: str
    tags: _containers.ScalarMap[str, str]
    times_unix_nano: _containers.RepeatedScalarFieldContainer[int]
    doubles: DoubleValues
    int64s: Int64Values
    bools: BoolValues
    strings: StringValues
    def __init__(self, owner: _Optional[str] = ..., measurement: _Optional[str] = ..., field: _Optional[str] = ..., tags: _Optional[_Mapping[str, str]] = ..., times_unix_nano: _Optional[_Iterable[int]] = ..., doubles: _Optional[_Union[DoubleValues, _Mapping]] = ..., int64s: _Optional[_Union[Int64Values, _Mapping]] = ..., bools: _Optional[_Union[BoolValues, _Mapping]] = ..., strings: _Optional[_Union[StringValues, _Mapping]] = ...) -> None: ...

class DoubleValues(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, values: _Optional[_Iterable[float]] = ...) -> None: ...

class Int64Values(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, values: _Optional[_Iterable[int]] = ...) -> None: ...

class BoolValues(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[bool]
    def __init__(self, values: _Optional[_Iterable[bool]] = ...) -> None: ...

class StringValues(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...

class SeriesInfo(_message.Message):
    __slots__ = ("owner", "measurement", "tags", "fields")
    class TagsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    OWNER_FIELD_NUMBER: _ClassVar[int]
    MEASUREMENT_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    owner: str
    measurement: str
    tags: _containers.ScalarMap[str, str]
    fields: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, owner: _Optional[str] = ..., measurement: _Optional[str] = ..., tags: _Optional[_Mapping[str, str]] = ..., fields: _Optional[_Iterable[str]] = ...) -> None: ...

class ListSeriesRequest(_message.Message):
    __slots__ = ("scope", "measurement")
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    MEASUREMENT_FIELD_NUMBER: _ClassVar[int]
    scope: OwnerScope
    measurement: str
    def __init__(self, scope: _Optional[_Union[OwnerScope, _Mapping]] = ..., measurement: _Optional[str] = ...) -> None: ...

class ListSeriesResponse(_message.Message):
    __slots__ = ("series",)
    SERIES_FIELD_NUMBER: _ClassVar[int]
    series: _containers.RepeatedCompositeFieldContainer[SeriesInfo]
    def __init__(self, series: _Optional[_Iterable[_Union[SeriesInfo, _Mapping]]] = ...) -> None: ...

class QueryRequest(_message.Message):
    __slots__ = ("scope", "selector", "range", "aggregation", "limit", "max_points")
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    SELECTOR_FIELD_NUMBER: _ClassVar[int]
    RANGE_FIELD_NUMBER: _ClassVar[int]
    AGGREGATION_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    MAX_POINTS_FIELD_NUMBER: _ClassVar[int]
    scope: OwnerScope
    selector: SeriesSelector
    range: TimeRange
    aggregation: Aggregation
    limit: int
    max_points: int
    def __init__(self, scope: _Optional[_Union[OwnerScope, _Mapping]] = ..., selector: _Optional[_Union[SeriesSelector, _Mapping]] = ..., range: _Optional[_Union[TimeRange, _Mapping]] = ..., aggregation: _Optional[_Union[Aggregation, _Mapping]] = ..., limit: _Optional[int] = ..., max_points: _Optional[int] = ...) -> None: ...

class QueryResponse(_message.Message):
    __slots__ = ("series", "truncated", "downsampled")
    SERIES_FIELD_NUMBER: _ClassVar[int]
    TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    DOWNSAMPLED_FIELD_NUMBER: _ClassVar[int]
    series: _containers.RepeatedCompositeFieldContainer[Series]
    truncated: bool
    downsampled: bool
    def __init__(self, series: _Optional[_Iterable[_Union[Series, _Mapping]]] = ..., truncated: _Optional[bool] = ..., downsampled: _Optional[bool] = ...) -> None: ...

class WatchRequest(_message.Message):
    __slots__ = ("scope", "selector", "since")
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    SELECTOR_FIELD_NUMBER: _ClassVar[int]
    SINCE_FIELD_NUMBER: _ClassVar[int]
    scope: OwnerScope
    selector: SeriesSelector
    since: _timestamp_pb2.Timestamp
    def __init__(self, scope: _Optional[_Union[OwnerScope, _Mapping]] = ..., selector: _Optional[_Union[SeriesSelector, _Mapping]] = ..., since: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class WatchResponse(_message.Message):
    __slots__ = ("series",)
    SERIES_FIELD_NUMBER: _ClassVar[int]
    series: _containers.RepeatedCompositeFieldContainer[Series]
    def __init__(self, series: _Optional[_Iterable[_Union[Series, _Mapping]]] = ...) -> None: ...
