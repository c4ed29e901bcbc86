// The page the password-reset mail links to: /reset-password?token=...
import { h, replace, section } from './dom.js';
import { field, form } from './forms.js';
import * as api from './api.js';
import { notify } from './messages.js';

const token = new URLSearchParams(window.location.search).get('token') ?? '';
window.history.replaceState(null, '', '/reset-password');

const main = document.getElementById('main');
const reset = form({
  label: 'Choose a new password',
  submitLabel: 'Set new password',
  fields: [
    field({ name: 'newPassword', label: 'New password (8 to 128 characters)', type: 'password', required: true, autocomplete: 'new-password' }),
    field({ name: 'repeat', label: 'New password again', type: 'password', required: true, autocomplete: 'new-password' }),
  ],
  submit: async (v) => {
    if (v.newPassword !== v.repeat) throw new Error('The two passwords differ.');
    await api.post('/v1/auth/password-reset/confirm', { token, newPassword: v.newPassword }, { auth: false });
    replace(main, h('h1', {}, 'Password changed'),
      h('p', {}, 'Every session of your account was signed out. ', h('a', { href: '/#/login' }, 'Log in with the new password.')));
    notify('Your password is changed.');
  },
});
replace(main, h('h1', {}, 'Choose a new password'),
  token ? section('New password', reset)
    : h('p', {}, 'This link has no reset token. Ask for a new one on the ', h('a', { href: '/#/login' }, 'log-in page'), '.'));
