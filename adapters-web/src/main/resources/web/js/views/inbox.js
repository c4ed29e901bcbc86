// The in-app notification inbox and its unread count in the header.
import { h, replace, table, dateTime } from '../dom.js';
import { field, form, actionButton } from '../forms.js';
import { pagedList } from '../pager.js';
import * as api from '../api.js';
import * as sessions from '../sessions.js';

/** Updates the unread badge of the Account section. */
export async function refreshUnread() {
  const badge = document.getElementById('unread-count');
  const session = sessions.current();
  if (!badge || !session || sessions.isExpired(session)) return;
  try {
    const page = await api.get('/v1/notifications?unread=true&limit=1');
    badge.textContent = String(page.unreadCount);
    badge.hidden = page.unreadCount === 0;
    badge.setAttribute('aria-label', `${page.unreadCount} unread notifications`);
  } catch {
    badge.hidden = true;
  }
}

export async function inboxPage(main) {
  const results = h('div', { id: 'inbox' });
  let unread = '';
  const filter = form({
    layout: 'inline',
    label: 'Filter notifications',
    submitLabel: 'Show',
    fields: [field({ name: 'unread', label: 'Unread only', type: 'checkbox' })],
    submit: async (v) => { unread = v.unread ? 'true' : ''; await list.first(); },
  });
  const readAll = actionButton('Mark all as read', async () => {
    await api.post('/v1/notifications/read-all');
    await Promise.all([list.reload(), refreshUnread()]);
  });
  replace(main, h('h1', {}, 'Inbox'), h('div', { class: 'actions' }, filter, readAll), results);
  const list = pagedList(results, {
    label: 'Inbox pages',
    load: (limit, offset) => api.get(`/v1/notifications${api.query({ unread, limit, offset })}`),
    render: (items, page) => [
      h('p', {}, `${page.unreadCount} unread`),
      table([
        { label: 'When', value: (n) => dateTime(n.createdAt) },
        { label: 'Title', value: (n) => n.readAt ? n.title : h('strong', {}, n.title) },
        { label: 'Message', value: (n) => n.body },
        { label: '', value: (n) => n.readAt ? 'read' : actionButton('Mark read', async () => {
          await api.post(`/v1/notifications/${n.id}/read`);
          await Promise.all([list.reload(), refreshUnread()]);
        }) },
      ], items, 'No notifications.'),
    ],
  });
}
