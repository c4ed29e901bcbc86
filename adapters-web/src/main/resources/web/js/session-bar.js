// The header's person switcher, the access token's remaining lifetime, and the prompt to
// refresh it before (or once) it expires.
import { h, replace, button } from './dom.js';
import * as sessions from './sessions.js';
import { refresh, logOut } from './session-actions.js';

const PROMPT_BEFORE_MS = 60_000;
let clock = null;

export function startSessionBar() {
  sessions.onChange(draw);
  draw();
  setInterval(tick, 1000);
}

function draw() {
  const bar = document.getElementById('session-bar');
  const people = sessions.all();
  const current = sessions.current();
  if (!current) {
    clock = null;
    replace(bar, h('span', {}, 'Not signed in'), h('a', { href: '#/login', class: 'button secondary' }, 'Log in or sign up'));
    tick();
    return;
  }
  const picker = h('select', { id: 'session-switcher', 'aria-label': 'Signed-in person', onchange: (event) => sessions.use(event.target.value) },
    people.map((s) => h('option', { value: s.user.id, selected: s === current }, `${s.user.firstName} ${s.user.lastName} (${s.user.email})`)));
  clock = h('span', { class: 'clock', id: 'token-clock', role: 'timer', 'aria-live': 'off' });
  replace(bar,
    h('label', { for: 'session-switcher' }, 'Signed in as'), picker,
    clock,
    button('Refresh session', () => refresh(), 'secondary'),
    h('a', { href: '#/login', class: 'button secondary' }, 'Add person'),
    button('Log out', () => logOut(), 'secondary'));
  tick();
}

function remainingText(ms) {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

function tick() {
  const current = sessions.current();
  const prompt = document.getElementById('session-prompt');
  if (!current) {
    prompt.hidden = true;
    return;
  }
  const left = sessions.remainingMs(current);
  if (clock) clock.textContent = left > 0 ? `Token valid ${remainingText(left)}` : 'Token expired';
  const threshold = Math.min(PROMPT_BEFORE_MS, current.lifetimeMs / 2);
  const state = left <= 0 ? 'expired' : left <= threshold ? 'expiring' : 'fine';
  if (state === 'fine') {
    prompt.hidden = true;
    prompt.dataset.state = state;
    return;
  }
  const text = state === 'expired'
    ? `The session of ${current.user.email} has expired. Refresh it to go on.`
    : `The session of ${current.user.email} ends in ${remainingText(left)}. Refresh it to stay signed in.`;
  if (prompt.dataset.state !== state || prompt.hidden) {
    replace(prompt, h('span', { id: 'session-prompt-text' }, text),
      button('Refresh now', () => refresh(), ''),
      button('Log out', () => logOut(), 'secondary'));
    prompt.dataset.state = state;
    prompt.hidden = false;
  } else {
    document.getElementById('session-prompt-text').textContent = text;
  }
}
