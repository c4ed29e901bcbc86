// Profile, notification settings and password change.
import { h, replace, section } from '../dom.js';
import { field, form } from '../forms.js';
import * as api from '../api.js';
import * as sessions from '../sessions.js';
import { notify } from '../messages.js';

export async function profilePage(main) {
  const user = await api.get('/v1/auth/me');
  sessions.userChanged(user);
  const profile = form({
    label: 'Profile',
    submitLabel: 'Save profile',
    fields: [
      field({ name: 'firstName', label: 'First name', value: user.firstName, required: true, autocomplete: 'given-name' }),
      field({ name: 'lastName', label: 'Last name', value: user.lastName, required: true, autocomplete: 'family-name' }),
      field({ name: 'phone', label: 'Phone', type: 'tel', value: user.phone ?? '', autocomplete: 'tel' }),
      field({ name: 'address', label: 'Address', type: 'textarea', value: user.address ?? '' }),
    ],
    submit: async (v) => {
      const body = { firstName: v.firstName, lastName: v.lastName };
      if (v.phone) body.phone = v.phone;
      if (v.address) body.address = v.address;
      sessions.userChanged(await api.patch('/v1/auth/me', body));
      notify('Profile saved.');
    },
  });
  const notifications = form({
    label: 'Notification settings',
    submitLabel: 'Save notification settings',
    fields: [
      field({ name: 'email', label: 'Send me mail about my money and orders', type: 'checkbox', value: user.notifications?.email }),
      field({ name: 'sms', label: 'Send me text messages (SMS)', type: 'checkbox', value: user.notifications?.sms }),
    ],
    submit: async (v) => {
      sessions.userChanged(await api.patch('/v1/auth/me', { notifications: { email: v.email, sms: v.sms } }));
      notify('Notification settings saved.');
    },
  });
  const password = form({
    label: 'Change password',
    submitLabel: 'Change password',
    fields: [
      field({ name: 'currentPassword', label: 'Current password', type: 'password', required: true, autocomplete: 'current-password' }),
      field({ name: 'newPassword', label: 'New password (8 to 128 characters)', type: 'password', required: true, autocomplete: 'new-password' }),
    ],
    submit: async (v, element) => {
      await api.post('/v1/auth/password', { currentPassword: v.currentPassword, newPassword: v.newPassword });
      element.reset();
      notify('Password changed. Your other sessions were signed out.');
    },
  });
  replace(main, h('h1', {}, 'Your account'),
    h('dl', { class: 'totals' },
      h('dt', {}, 'Email'), h('dd', {}, user.email),
      h('dt', {}, 'Role'), h('dd', {}, user.role),
      h('dt', {}, 'Status'), h('dd', {}, user.status ?? ''),
      h('dt', {}, 'Date of birth'), h('dd', {}, user.dateOfBirth ?? '—')),
    h('div', { class: 'grid' }, section('Profile', profile), section('Notifications', notifications), section('Password', password)));
}
