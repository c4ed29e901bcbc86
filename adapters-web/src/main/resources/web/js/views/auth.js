// Log in, sign up (several people can be signed in at once in one tab), forgotten password.
import { h, replace, section } from '../dom.js';
import { field, form } from '../forms.js';
import { logIn, signUp } from '../session-actions.js';
import * as api from '../api.js';
import { notify } from '../messages.js';

function afterSignIn() {
  if (window.location.hash.startsWith('#/login') || window.location.hash === '') window.location.hash = '#/bank';
}

export function loginPage(main, _params, reason) {
  const login = form({
    label: 'Log in',
    submitLabel: 'Log in',
    fields: [
      field({ name: 'email', label: 'Email', type: 'email', required: true, autocomplete: 'username' }),
      field({ name: 'password', label: 'Password', type: 'password', required: true, autocomplete: 'current-password' }),
    ],
    submit: async (v) => {
      await logIn(v.email, v.password);
      afterSignIn();
    },
  });
  const register = form({
    label: 'Sign up',
    submitLabel: 'Sign up',
    fields: [
      field({ name: 'firstName', label: 'First name', required: true, autocomplete: 'given-name' }),
      field({ name: 'lastName', label: 'Last name', required: true, autocomplete: 'family-name' }),
      field({ name: 'email', label: 'Email', type: 'email', required: true, autocomplete: 'email' }),
      field({ name: 'password', label: 'Password (8 to 128 characters)', type: 'password', required: true, autocomplete: 'new-password' }),
      field({ name: 'dateOfBirth', label: 'Date of birth (optional)', type: 'date' }),
      field({ name: 'phone', label: 'Phone (optional)', type: 'tel', autocomplete: 'tel' }),
      field({ name: 'address', label: 'Address (optional)', type: 'textarea' }),
    ],
    submit: async (v) => {
      const details = { email: v.email, password: v.password, firstName: v.firstName, lastName: v.lastName };
      for (const optional of ['dateOfBirth', 'phone', 'address']) if (v[optional]) details[optional] = v[optional];
      await signUp(details);
      afterSignIn();
    },
  });
  const forgot = form({
    label: 'Forgot password',
    submitLabel: 'Mail me a reset link',
    fields: [field({ name: 'email', label: 'Email', type: 'email', required: true })],
    submit: async (v, element) => {
      await api.post('/v1/auth/password-reset', { email: v.email }, { auth: false });
      element.reset();
      notify('If that address belongs to someone here, a reset link is on its way. It works once, for 30 minutes.');
    },
  });
  replace(main,
    h('h1', {}, 'Log in or sign up'),
    reason ? h('p', {}, reason) : null,
    h('p', { class: 'muted' }, 'Several people can be signed in at once in this tab; switch between them at the top. Sessions live in this tab only.'),
    h('div', { class: 'grid' },
      section('Log in', login),
      section('Sign up', register),
      section('Forgot your password?', forgot)));
}
