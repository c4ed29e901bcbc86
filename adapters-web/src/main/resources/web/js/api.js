// Calls to Kassa's HTTP API on this origin, with the current person's bearer token, and every
// error envelope turned into an ApiError that says what happened and carries the request id.
import * as sessions from './sessions.js';

export class ApiError extends Error {
  constructor({ status = 0, code, message, details = null, requestId = null, retryAfter = null }) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
    this.requestId = requestId;
    this.retryAfter = retryAfter;
  }
}

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * Sends one request. `auth: false` sends no token (sign up, log in, password reset); otherwise
 * the given or current session's token goes along, and a token known to be expired is not sent.
 * `body` goes as JSON; `formData` (a FormData) as multipart/form-data, its boundary set by fetch.
 */
export async function request(method, path, { body, formData, auth = true, session, idempotencyKey, accept } = {}) {
  const headers = { Accept: accept ?? 'application/json' };
  const caller = auth ? session ?? sessions.current() : null;
  if (auth) {
    if (!caller) throw new ApiError({ code: 'unauthenticated', message: 'Log in first.' });
    if (sessions.isExpired(caller)) {
      throw new ApiError({ status: 401, code: 'token_expired', message: 'Your session has expired. Refresh it to go on.' });
    }
    headers.Authorization = `Bearer ${caller.accessToken}`;
  }
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: formData ?? (body === undefined ? undefined : JSON.stringify(body)),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    throw new ApiError({ code: 'network', message: 'Kassa could not be reached. Check the connection and try again.' });
  }
  if (response.ok) return read(response);
  const error = await failure(response);
  if (caller && response.status === 401) sessions.expired(caller);
  throw error;
}

async function read(response) {
  if (response.status === 204) return null;
  const text = await response.text();
  if (!text) return null;
  return (response.headers.get('Content-Type') ?? '').includes('json') ? JSON.parse(text) : text;
}

async function failure(response) {
  const requestId = response.headers.get('X-Request-Id');
  const retryAfter = response.headers.get('Retry-After');
  let envelope = null;
  try {
    envelope = (await response.json()).error;
  } catch {
    envelope = null;
  }
  return new ApiError({
    status: response.status,
    code: envelope?.code ?? `http_${response.status}`,
    message: envelope?.message ?? `Kassa answered ${response.status} ${response.statusText}.`,
    details: envelope?.details ?? null,
    requestId: envelope?.requestId ?? requestId,
    retryAfter,
  });
}

export const get = (path, options) => request('GET', path, options);
export const post = (path, body, options) => request('POST', path, { ...options, body });
export const put = (path, body, options) => request('PUT', path, { ...options, body });
export const patch = (path, body, options) => request('PATCH', path, { ...options, body });
export const del = (path, options) => request('DELETE', path, options);
/** Posts a FormData as multipart/form-data, e.g. a file upload. */
export const upload = (path, formData, options) => request('POST', path, { ...options, formData });

/** Every page of a list, for short lists such as one person's accounts or cards. */
export async function everything(path, params = {}) {
  const items = [];
  for (let offset = 0; ; offset += 100) {
    const page = await get(path + query({ ...params, limit: 100, offset }));
    items.push(...page.data);
    if (items.length >= page.total || page.data.length === 0) return items;
  }
}
