// Idempotency keys for one-click order actions: the same action on the same order reuses its key
// until the page is left, so a double click cancels or refunds once.
const keys = new Map();

function randomKey() {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function idempotencyKeyFor(action) {
  if (!keys.has(action)) keys.set(action, randomKey());
  return keys.get(action);
}
