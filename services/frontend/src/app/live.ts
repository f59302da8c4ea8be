/**
 * Live points over gRPC-Web: `TimeseriesService.Watch` with the Connect-ES client generated
 * from protos/. Loaded on demand (dynamic import) so the protobuf runtime stays out of the
 * initial bundle.
 */
import { create } from '@bufbuild/protobuf';
import { type Timestamp, timestampFromMs, TimestampSchema } from '@bufbuild/protobuf/wkt';
import { Code, ConnectError, createClient, type Interceptor, type Transport } from '@connectrpc/connect';
import { createGrpcWebTransport } from '@connectrpc/connect-web';
import { type Series, TimeseriesService, WatchRequestSchema } from '../gen/timeseries/v1/timeseries_pb';
import { type ChartData, type SeriesRef, nanosToSeconds, sameTags, toNumber } from './series';

export interface WatchOptions {
  /** API base URL; empty for the page's origin. */
  baseUrl: string;
  /** The current bearer token, or null when signed out (the stream then stops). */
  token: () => string | null;
  series: SeriesRef;
  /** Read another owner's series (admins). */
  asAdmin: boolean;
  /** Resume from this time (epoch ms): points at or after it are sent first. */
  sinceMs: number | null;
  /**
   * The series' watermark, kept across streams: when it holds a point, the stream resumes
   * exactly there (nanoseconds, not the chart's rounded milliseconds) and what the server
   * sends again at or before it is dropped, so a resumed stream has no gap and no repeat.
   */
  cursor?: LiveCursor;
  signal: AbortSignal;
  /** Called when the server has accepted the stream (its response headers arrived). */
  onOpen?: () => void;
  /** Builds the transport (tests pass an in-memory one); default gRPC-Web, binary. */
  transport?: (interceptors: Interceptor[]) => Transport;
}

function grpcWeb(baseUrl: string): (interceptors: Interceptor[]) => Transport {
  return (interceptors) =>
    createGrpcWebTransport({ baseUrl: baseUrl || window.location.origin, useBinaryFormat: true, interceptors });
}

/** Chart columns of a gRPC series, whatever type its values have. */
export function columnsOf(series: Series): ChartData {
  const x = nanosToSeconds(series.timesUnixNano);
  const values: readonly unknown[] = series.values.case ? series.values.value.values : [];
  return { x, y: x.map((_, i) => toNumber(values[i])) };
}

/** True for errors that a new attempt may cure (network, server restart, database down). */
export function isTransient(error: unknown): boolean {
  const code = ConnectError.from(error).code;
  return ![Code.Unauthenticated, Code.PermissionDenied, Code.InvalidArgument, Code.Unimplemented].includes(code);
}

/**
 * Whether to open a stream again after it ended with `error`: after a transient failure, and
 * after the server ended it because its token expired (every Watch ends with UNAUTHENTICATED
 * then) once the session has renewed the token. Resuming `since` the last point shown loses
 * nothing. A refusal of the token still in use is final.
 */
export function shouldResume(error: unknown, usedToken: string | null, currentToken: string | null): boolean {
  if (isTransient(error)) return true;
  return ConnectError.from(error).code === Code.Unauthenticated && currentToken !== null && currentToken !== usedToken;
}

/** The time of the last point delivered of one series (ns since the epoch). */
export class LiveCursor {
  lastNanos: bigint | null = null;

  /** The Watch `since` to resume from: the last point itself (the server sends at or after). */
  since(): Timestamp | undefined {
    if (this.lastNanos === null) return undefined;
    const n = this.lastNanos;
    return create(TimestampSchema, { seconds: n / 1_000_000_000n, nanos: Number(n % 1_000_000_000n) });
  }

  /** The points of `series` after the watermark, which then advances past them. */
  admit(series: Series): Series | null {
    const times = series.timesUnixNano;
    const keep: number[] = [];
    for (let i = 0; i < times.length; i++) {
      if (this.lastNanos === null || times[i] > this.lastNanos) {
        keep.push(i);
        this.lastNanos = times[i];
      }
    }
    if (keep.length === times.length) return series;
    if (!keep.length) return null;
    const values: readonly unknown[] = series.values.case ? series.values.value.values : [];
    const kept = { ...series, timesUnixNano: keep.map((i) => times[i]) } as Series;
    if (series.values.case) {
      kept.values = { case: series.values.case, value: { ...series.values.value, values: keep.map((i) => values[i]) } } as Series['values'];
    }
    return kept;
  }
}

/** Streams the new points of one series as chart columns until the signal aborts. */
export async function* watchSeries(options: WatchOptions): AsyncGenerator<ChartData> {
  const auth: Interceptor = (next) => (req) => {
    const token = options.token();
    if (!token) throw new ConnectError('signed out', Code.Unauthenticated);
    req.header.set('authorization', `Bearer ${token}`);
    return next(req);
  };
  const transport = (options.transport ?? grpcWeb(options.baseUrl))([auth]);
  const client = createClient(TimeseriesService, transport);
  const { series } = options;
  const request = create(WatchRequestSchema, {
    scope: options.asAdmin && series.owner ? { owner: series.owner } : undefined,
    selector: { measurement: series.measurement, field: series.field, tags: series.tags },
    since: options.cursor?.since() ?? (options.sinceMs === null ? undefined : timestampFromMs(options.sinceMs)),
  });
  for await (const response of client.watch(request, { signal: options.signal, onHeader: () => options.onOpen?.() })) {
    for (const s of response.series) {
      // A tag selector also matches series with more tags: keep the selected one only.
      if (s.field !== series.field || !sameTags(s.tags, series.tags)) continue;
      const fresh = options.cursor ? options.cursor.admit(s) : s;
      if (fresh) yield columnsOf(fresh);
    }
  }
}
