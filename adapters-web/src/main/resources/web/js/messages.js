// What happened, in words: confirmations, and every error with its code and request id.
import { h, button } from './dom.js';

function region() {
  return document.getElementById('messages');
}

function show(node) {
  region().prepend(node);
  while (region().children.length > 4) region().lastElementChild.remove();
}

export function clearMessages() {
  region().replaceChildren();
}

export function notify(text) {
  const note = h('div', { class: 'message', role: 'status' }, h('div', {}, text));
  note.append(button('Dismiss', () => note.remove(), 'secondary'));
  show(note);
  return note;
}

/** Shows an ApiError (or any Error) with what each field got wrong and the request id. */
export function showError(error) {
  const details = error.details && typeof error.details === 'object' ? Object.entries(error.details) : [];
  const meta = [];
  if (error.code) meta.push(`Error code ${error.code}`);
  if (error.status) meta.push(`HTTP ${error.status}`);
  if (error.requestId) meta.push(`request id ${error.requestId}`);
  if (error.retryAfter) meta.push(`try again in ${error.retryAfter} s`);
  const note = h('div', { class: 'message error', role: 'alert' },
    h('div', {},
      h('strong', {}, error.message || 'Something went wrong.'),
      details.length ? h('ul', {}, details.map(([field, problem]) => h('li', {}, `${field}: ${describe(problem)}`))) : null,
      meta.length ? h('div', { class: 'meta' }, meta.join(' · ')) : null));
  note.append(button('Dismiss', () => note.remove(), 'secondary'));
  show(note);
  return note;
}

function describe(problem) {
  if (Array.isArray(problem)) return problem.map(describe).join('; ');
  if (problem && typeof problem === 'object') return JSON.stringify(problem);
  return String(problem);
}
