// One Idempotency-Key per submitted form: sending the same form again (a double click, a retry
// after a lost answer) reuses the key, so the server does the work once; changing the form or a
// success starts a new key.

function randomKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const pending = new WeakMap();

/** The key for sending `body` from `form`: the previous one while the body is unchanged. */
export function keyFor(form, body) {
  const fingerprint = JSON.stringify(body);
  const last = pending.get(form);
  if (last && last.fingerprint === fingerprint) return last.key;
  const key = randomKey();
  pending.set(form, { fingerprint, key });
  return key;
}

/** The form's work is done: its next submission is a new operation. */
export function settled(form) {
  pending.delete(form);
}
