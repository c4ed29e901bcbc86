// Admin: users; search, change role, disable or enable.
import { h, replace, table, dateTime } from '../dom.js';
import { field, form, actionButton } from '../forms.js';
import { pagedList } from '../pager.js';
import * as api from '../api.js';
import { notify } from '../messages.js';

export async function adminUsersPage(main) {
  const results = h('div', { id: 'admin-users' });
  let filters = {};
  const filter = form({
    layout: 'inline',
    label: 'Search users',
    submitLabel: 'Search',
    fields: [
      field({ name: 'q', label: 'Email or name', type: 'search' }),
      field({ name: 'role', label: 'Role', type: 'select', options: [['', 'Any role'], ['customer', 'Customer'], ['admin', 'Admin']] }),
      field({ name: 'status', label: 'Status', type: 'select', options: [['', 'Any status'], ['active', 'Active'], ['disabled', 'Disabled']] }),
    ],
    submit: async (v) => { filters = v; await list.first(); },
  });
  replace(main, h('h1', {}, 'Users'), filter, results);
  const change = (user, body, words) => actionButton(words, async () => {
    await api.patch(`/v1/admin/users/${user.id}`, body);
    notify(`${user.email}: ${words.toLowerCase()} done.`);
    await list.reload();
  }, body.status === 'disabled' ? 'danger' : 'secondary');
  const list = pagedList(results, {
    label: 'User pages',
    load: (limit, offset) => api.get(`/v1/admin/users${api.query({ ...filters, limit, offset })}`),
    render: (users) => table([
      { label: 'Name', value: (u) => `${u.firstName} ${u.lastName}` },
      { label: 'Email', value: (u) => u.email },
      { label: 'Role', value: (u) => u.role },
      { label: 'Status', value: (u) => u.status },
      { label: 'Joined', value: (u) => dateTime(u.createdAt) },
      { label: 'Actions', value: (u) => h('div', { class: 'actions' },
        u.role === 'admin' ? change(u, { role: 'customer' }, 'Make customer') : change(u, { role: 'admin' }, 'Make admin'),
        u.status === 'disabled' ? change(u, { status: 'active' }, 'Enable') : change(u, { status: 'disabled' }, 'Disable')) },
    ], users, 'No users match.'),
  });
}
