import { create } from '@bufbuild/protobuf';
import { timestampMs } from '@bufbuild/protobuf/wkt';
import { Code, ConnectError, createRouterTransport, type Interceptor } from '@connectrpc/connect';
import { SeriesSchema, TimeseriesService, type WatchRequest, WatchResponseSchema } from '../gen/timeseries/v1/timeseries_pb';
import { columnsOf, isTransient, LiveCursor, shouldResume, watchSeries } from './live';

const series = (tags: Record<string, string>, nanos: bigint[], values: number[]) =>
  create(SeriesSchema, {
    owner: 'bob',
    measurement: 'temp',
    field: 'value',
    tags,
    timesUnixNano: nanos,
    values: { case: 'doubles', value: { values } },
  });

describe('live', () => {
  it('reads columns of every value type', () => {
    expect(columnsOf(series({}, [1_000_000_000n, 2_000_000_000n], [1.5, 2.5]))).toEqual({ x: [1, 2], y: [1.5, 2.5] });
    const ints = create(SeriesSchema, { timesUnixNano: [3_000_000_000n], values: { case: 'int64s', value: { values: [7n] } } });
    expect(columnsOf(ints)).toEqual({ x: [3], y: [7] });
    const bools = create(SeriesSchema, { timesUnixNano: [1n, 2n], values: { case: 'bools', value: { values: [true, false] } } });
    expect(columnsOf(bools).y).toEqual([1, 0]);
    const strings = create(SeriesSchema, { timesUnixNano: [1n], values: { case: 'strings', value: { values: ['on'] } } });
    expect(columnsOf(strings).y).toEqual([null]);
  });

  it('classifies errors worth a reconnect', () => {
    expect(isTransient(new ConnectError('down', Code.Unavailable))).toBe(true);
    expect(isTransient(new TypeError('Failed to fetch'))).toBe(true);
    expect(isTransient(new ConnectError('no', Code.Unauthenticated))).toBe(false);
    expect(isTransient(new ConnectError('no', Code.PermissionDenied))).toBe(false);
  });

  it('resumes after token expiry only with a renewed token', () => {
    const expired = new ConnectError('token expired; renew it and resume', Code.Unauthenticated);
    expect(shouldResume(expired, 'old', 'new')).toBe(true);
    expect(shouldResume(expired, 'old', 'old')).toBe(false);
    expect(shouldResume(expired, 'old', null)).toBe(false);
    expect(shouldResume(new ConnectError('no', Code.PermissionDenied), 'old', 'new')).toBe(false);
    expect(shouldResume(new ConnectError('down', Code.Unavailable), 'old', 'old')).toBe(true);
  });

  it('watches through a Connect client: sends scope, selector, since and the token; keeps the exact series', async () => {
    let received: WatchRequest | undefined;
    let authorization: string | null = null;
    const transport = (interceptors: Interceptor[]) =>
      createRouterTransport(
        ({ service }) =>
          service(TimeseriesService, {
            async *watch(request, context) {
              received = request;
              authorization = context.requestHeader.get('authorization');
              yield create(WatchResponseSchema, {
                series: [series({ room: 'a' }, [5_000_000_000n], [21]), series({ room: 'a', extra: 'x' }, [5_000_000_000n], [99])],
              });
              yield create(WatchResponseSchema, { series: [series({ room: 'a' }, [6_000_000_000n, 7_000_000_000n], [22, 23])] });
            },
          }),
        { transport: { interceptors } },
      );
    const got = [];
    let opened = 0;
    for await (const columns of watchSeries({
      onOpen: () => opened++,
      baseUrl: '',
      token: () => 'tok',
      series: { owner: 'bob', measurement: 'temp', field: 'value', tags: { room: 'a' } },
      asAdmin: true,
      sinceMs: 4_000,
      signal: new AbortController().signal,
      transport,
    })) {
      got.push(columns);
    }
    expect(got).toEqual([
      { x: [5], y: [21] },
      { x: [6, 7], y: [22, 23] },
    ]);
    expect(authorization).toBe('Bearer tok');
    expect(opened).toBe(1);
    expect(received?.scope?.owner).toBe('bob');
    expect(received?.selector).toMatchObject({ measurement: 'temp', field: 'value', tags: { room: 'a' } });
    expect(timestampMs(received!.since!)).toBe(4_000);
  });

  it('asks for the own scope when not an admin, and refuses to stream when signed out', async () => {
    let received: WatchRequest | undefined;
    const transport = (interceptors: Interceptor[]) =>
      createRouterTransport(
        ({ service }) =>
          service(TimeseriesService, {
            async *watch(request) {
              received = request;
            },
          }),
        { transport: { interceptors } },
      );
    const options = {
      baseUrl: '',
      series: { owner: 'alice', measurement: 'temp', field: 'value', tags: {} },
      asAdmin: false,
      sinceMs: null,
      signal: new AbortController().signal,
      transport,
    };
    for await (const _ of watchSeries({ ...options, token: () => 'tok' })) {
      // no points
    }
    expect(received?.scope).toBeUndefined();
    expect(received?.since).toBeUndefined();
    const stream = watchSeries({ ...options, token: () => null });
    await expect(stream.next()).rejects.toMatchObject({ code: Code.Unauthenticated });
  });

  it('resumes after a network drop and a token renewal at the exact last point, without gaps or repeats', async () => {
    const ns = (s: number, extra = 0) => BigInt(s) * 1_000_000_000n + BigInt(extra);
    const sinces: (bigint | null)[] = [];
    const tokensSeen: (string | null)[] = [];
    let call = 0;
    const transport = (interceptors: Interceptor[]) =>
      createRouterTransport(
        ({ service }) =>
          service(TimeseriesService, {
            async *watch(request, context) {
              call++;
              tokensSeen.push(context.requestHeader.get('authorization'));
              const since = request.since ? request.since.seconds * 1_000_000_000n + BigInt(request.since.nanos) : null;
              sinces.push(since);
              // The server resends what is at or after `since`, as the API does.
              const stored = [ns(1, 123_456_789), ns(1, 123_456_790), ns(2), ns(3), ns(4)];
              const from = stored.filter((t) => since === null || t >= since);
              const take = call === 1 ? from.slice(0, 2) : call === 2 ? from.slice(0, 2) : from;
              yield create(WatchResponseSchema, { series: [series({}, take, take.map((t) => Number(t % 1000n)))] });
              if (call === 1) throw new ConnectError('network dropped', Code.Unavailable);
              if (call === 2) throw new ConnectError('token expired; renew it and resume', Code.Unauthenticated);
            },
          }),
        { transport: { interceptors } },
      );
    const cursor = new LiveCursor();
    let token = 'first';
    const shown: number[] = [];
    for (;;) {
      let used: string | null = null;
      try {
        for await (const columns of watchSeries({
          baseUrl: '',
          token: () => (used = token),
          series: { owner: 'bob', measurement: 'temp', field: 'value', tags: {} },
          asAdmin: false,
          sinceMs: null,
          cursor,
          signal: new AbortController().signal,
          transport,
        })) {
          shown.push(...columns.y.map((y) => y ?? -1));
        }
        break;
      } catch (error) {
        if (call === 2) token = 'renewed';
        expect(shouldResume(error, used, token)).toBe(true);
      }
    }
    // Every stored point once, in order: 1.123456789 s and 1.123456790 s are 1 ns apart, which
    // a resume from the chart's milliseconds could not tell apart.
    expect(shown).toEqual([789, 790, 0, 0, 0]);
    expect(sinces).toEqual([null, ns(1, 123_456_790), ns(2)]);
    expect(tokensSeen).toEqual(['Bearer first', 'Bearer first', 'Bearer renewed']);
    expect(cursor.lastNanos).toBe(ns(4));
  });
});
