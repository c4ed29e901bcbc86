// Signing in and out, and refreshing a session's tokens.
import * as api from './api.js';
import * as sessions from './sessions.js';
import { notify, showError } from './messages.js';

export async function logIn(email, password) {
  sessions.signedIn(await api.post('/v1/auth/login', { email, password }, { auth: false }));
}

export async function signUp(details) {
  sessions.signedIn(await api.post('/v1/auth/register', details, { auth: false }));
}

/** Trades the refresh token for a new pair; a refused one ends the session. */
export async function refresh(session = sessions.current()) {
  if (!session) return;
  try {
    const auth = await api.post('/v1/auth/refresh', { refreshToken: session.refreshToken }, { auth: false });
    sessions.refreshed(session.user.id, auth);
    notify(`Session of ${session.user.email} refreshed.`);
  } catch (error) {
    if (error.status === 401) {
      sessions.signedOut(session.user.id);
      notify(`The session of ${session.user.email} has ended; log in again.`);
    }
    showError(error);
  }
}

/** Revokes the session at the server, then forgets it here. */
export async function logOut(session = sessions.current()) {
  if (!session) return;
  try {
    if (!sessions.isExpired(session)) await api.post('/v1/auth/logout', undefined, { session });
  } catch (error) {
    showError(error);
  } finally {
    sessions.signedOut(session.user.id);
    notify(`${session.user.email} logged out.`);
  }
}
