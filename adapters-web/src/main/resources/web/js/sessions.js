// The signed-in people of this tab. Tokens live in this module's memory only: never in
// localStorage, sessionStorage or cookies, so closing or reloading the tab signs everyone out.

const sessions = new Map();
const listeners = new Set();
let currentId = null;

function emit() {
  for (const listener of listeners) listener();
}

function fromAuth(auth) {
  const lifetimeMs = auth.expiresIn * 1000;
  return {
    user: auth.user,
    accessToken: auth.accessToken,
    refreshToken: auth.refreshToken,
    lifetimeMs,
    expiresAt: Date.now() + lifetimeMs,
  };
}

/** Keeps the session a register, login or refresh answered, and makes it the current one. */
export function signedIn(auth) {
  sessions.set(auth.user.id, fromAuth(auth));
  currentId = auth.user.id;
  emit();
}

/** Swaps in the new token pair of a refreshed session. */
export function refreshed(userId, auth) {
  if (!sessions.has(userId)) return;
  sessions.set(userId, fromAuth(auth));
  emit();
}

export function userChanged(user) {
  const session = sessions.get(user.id);
  if (!session) return;
  session.user = user;
  emit();
}

export function signedOut(userId) {
  sessions.delete(userId);
  if (currentId === userId) currentId = sessions.keys().next().value ?? null;
  emit();
}

export function use(userId) {
  if (!sessions.has(userId)) return;
  currentId = userId;
  emit();
}

export function current() {
  return currentId ? sessions.get(currentId) ?? null : null;
}

export function all() {
  return [...sessions.values()];
}

export function remainingMs(session) {
  return session.expiresAt - Date.now();
}

export function isExpired(session) {
  return remainingMs(session) <= 0;
}

/** Marks the access token as no longer accepted (the server said so). */
export function expired(session) {
  session.expiresAt = Math.min(session.expiresAt, Date.now());
  emit();
}

export function isAdmin() {
  return current()?.user.role === 'admin';
}

export function onChange(listener) {
  listeners.add(listener);
}
