import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './openapi.js';

/** The CSRF token of the signed-in session: every write made with the cookie carries it. */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function currentCsrfToken(): string | null {
  return csrfToken;
}

const csrf: Middleware = {
  onRequest({ request }) {
    if (csrfToken && !['GET', 'HEAD', 'OPTIONS'].includes(request.method))
      request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

/** The API, typed from its own OpenAPI document (web/src/api/openapi.d.ts, `npm run web:types`). */
export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(csrf);

/** An error answer of the API: its stable code, its message and the fields at fault. */
export interface ApiError {
  code: string;
  message: string;
  issues?: Array<{ path: Array<string | number>; message: string }>;
  status: number;
}

export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

/** The data of an answer, or a thrown ApiFailure carrying the catalogue's error. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    const body = (result.error ?? {}) as { error?: Omit<ApiError, 'status'> };
    throw new ApiFailure({
      code: body.error?.code ?? 'internal_error',
      message: body.error?.message ?? result.response.statusText,
      ...(body.error?.issues ? { issues: body.error.issues } : {}),
      status: result.response.status,
    });
  }
  return result.data;
}

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;

/**
 * The JSON answer (200, else 201) of a route as the API's OpenAPI document declares it (web/src/api/openapi.d.ts,
 * `npm run web:types`): the pages never write an answer's type a second time. Fields a lesser role does not get are
 * optional there.
 */
export type Answer<
  P extends keyof paths,
  M extends 'get' | 'post' | 'put' | 'patch' = 'get',
> = paths[P][M] extends {
  responses: infer R;
}
  ? R extends { 200: infer OK }
    ? JsonOf<OK>
    : R extends { 201: infer Created }
      ? JsonOf<Created>
      : never
  : never;

/** The items of a list answer. */
export type ItemOf<P extends keyof paths> = Answer<P> extends { items: Array<infer T> } ? T : never;

/**
 * A GET as JSON, typed by the caller with `Answer<'/api/…'>` (the API decides what the role may see; the page only
 * shows it).
 */
export async function getJson<T = unknown>(path: string): Promise<T> {
  const response = await fetch(path, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  const body = (await response.json()) as T & { error?: Omit<ApiError, 'status'> };
  if (!response.ok)
    throw new ApiFailure({
      code: body.error?.code ?? 'internal_error',
      message: body.error?.message ?? response.statusText,
      ...(body.error?.issues ? { issues: body.error.issues } : {}),
      status: response.status,
    });
  return body;
}

/** A write of JSON with the session's CSRF token. */
export async function sendJson<T = unknown>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const parsed = (text ? JSON.parse(text) : {}) as T & { error?: Omit<ApiError, 'status'> };
  if (!response.ok)
    throw new ApiFailure({
      code: parsed.error?.code ?? 'internal_error',
      message: parsed.error?.message ?? response.statusText,
      ...(parsed.error?.issues ? { issues: parsed.error.issues } : {}),
      status: response.status,
    });
  return parsed;
}
