import { HttpClient, HttpErrorResponse, HttpInterceptorFn, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { catchError } from 'rxjs/operators';
import { throwError } from 'rxjs';
import { AuthService } from './auth.service';
import { APP_CONFIG } from './config';
import { SeriesRef } from './series';

/** `GET /api/me`. */
export interface Me {
  subject: string;
  owner: string;
  roles: string[];
}

/** One catalog entry of `GET /api/series`: a measurement and tag set with its field keys. */
export interface CatalogEntry {
  owner?: string;
  measurement: string;
  tags: Record<string, string>;
  fields: string[];
}

/** One series of `GET /api/data`: points are `[epoch ms, value]`, oldest first. */
export interface DataSeries {
  owner?: string;
  measurement: string;
  field: string;
  tags: Record<string, string>;
  points: [number, number | string | boolean | null][];
}

/**
 * `GET /api/data`: `truncated` when a series was cut at the API's point limit (newest kept),
 * `downsampled` when a series came back as its windows' minima and maxima (`maxPoints`).
 */
export interface DataResult {
  series: DataSeries[];
  truncated: boolean;
  downsampled: boolean;
}

export interface DataQuery {
  series: SeriesRef;
  /** RFC 3339 or relative (`-1h`). */
  start: string;
  /** RFC 3339; now when absent. */
  stop?: string;
  /** About the most points the chart can show (its width in pixels): the API downsamples to it. */
  maxPoints?: number;
  /** Window length (`30s`, `5m`) when aggregating. */
  every?: string;
  fn?: string;
}

/** An API failure with the message of the API's error body, for display. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof HttpErrorResponse) {
    const body = error.error as { error?: { message?: string } } | null;
    if (error.status === 0) return new ApiError(0, 'The API cannot be reached. Check your connection.');
    const detail = body?.error?.message ?? error.statusText;
    if (error.status === 503) return new ApiError(503, 'The database is unavailable right now. Retry in a moment.');
    return new ApiError(error.status, detail || `HTTP ${error.status}`);
  }
  return new ApiError(0, error instanceof Error ? error.message : String(error));
}

/** Adds the bearer token to calls to the API (and only to it); a 401 ends the session. */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  const config = inject(APP_CONFIG);
  const auth = inject(AuthService);
  const base = config.apiBaseUrl || window.location.origin;
  const absolute = new URL(req.url, window.location.origin).href;
  if (!absolute.startsWith(`${base}/api/`)) return next(req);
  const token = auth.accessToken();
  if (!token) return throwError(() => new ApiError(401, 'Not signed in.'));
  return next(req.clone({ setHeaders: { Authorization: `Bearer ${token}` } })).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401) {
        auth.endLocally('Your session has expired. Please sign in again.');
      }
      return throwError(() => error);
    }),
  );
};

/** The REST API of DESIGN.md. Admin calls (`/api/admin/...`) are used when `owner` is given. */
@Injectable({ providedIn: 'root' })
export class ApiService {
  private readonly http = inject(HttpClient);
  private readonly base = inject(APP_CONFIG).apiBaseUrl;

  me(): Promise<Me> {
    return this.get<Me>('/api/me', new HttpParams());
  }

  /** The caller's catalog, or (admin) one owner's, or every owner's when `owner` is `'*'`. */
  async catalog(owner?: string): Promise<CatalogEntry[]> {
    let params = new HttpParams();
    if (owner && owner !== '*') params = params.set('owner', owner);
    const body = await this.get<{ series: CatalogEntry[] }>(owner ? '/api/admin/series' : '/api/series', params);
    return body.series ?? [];
  }

  /** Points of one series; `admin` reads through the admin endpoint with the series' owner. */
  async data(query: DataQuery, admin: boolean): Promise<DataResult> {
    let params = dataParams(query, admin);
    if (query.maxPoints) params = params.set('max_points', Math.max(1, Math.round(query.maxPoints)));
    const body = await this.get<Partial<DataResult>>(admin ? '/api/admin/data' : '/api/data', params);
    return { series: body.series ?? [], truncated: body.truncated === true, downsampled: body.downsampled === true };
  }

  /** Every point of one series in the range as CSV (`GET /api/export`), for a download. */
  exportCsv(query: DataQuery, admin: boolean): Promise<Blob> {
    const url = `${this.base}${admin ? '/api/admin/export' : '/api/export'}`;
    return firstValueFrom(this.http.get(url, { params: dataParams(query, admin), responseType: 'blob' })).catch(
      (error: unknown) => {
        throw toApiError(error);
      },
    );
  }

  private get<T>(path: string, params: HttpParams): Promise<T> {
    return firstValueFrom(this.http.get<T>(`${this.base}${path}`, { params })).catch((error: unknown) => {
      throw toApiError(error);
    });
  }
}

/** The selection, range and aggregation parameters shared by `/api/data` and `/api/export`. */
function dataParams(query: DataQuery, admin: boolean): HttpParams {
  const { series } = query;
  let params = new HttpParams().set('measurement', series.measurement).set('field', series.field).set('start', query.start);
  if (query.stop) params = params.set('stop', query.stop);
  for (const [key, value] of Object.entries(series.tags)) params = params.set(`tag.${key}`, value);
  if (query.every) params = params.set('every', query.every).set('fn', query.fn ?? 'mean');
  if (admin && series.owner) params = params.set('owner', series.owner);
  return params;
}
