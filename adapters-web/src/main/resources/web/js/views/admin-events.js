// Admin: the event outbox, filtered; redeliver an event to one or every subscriber.
import { h, replace, table, dateTime } from '../dom.js';
import { field, form } from '../forms.js';
import { pagedList } from '../pager.js';
import * as api from '../api.js';
import { notify } from '../messages.js';

export async function adminEventsPage(main) {
  const results = h('div', { id: 'outbox' });
  let filters = {};
  const filter = form({
    layout: 'inline',
    label: 'Filter events',
    submitLabel: 'Show',
    fields: [
      field({ name: 'type', label: 'Type', placeholder: 'order.paid' }),
      field({ name: 'subject', label: 'Subject id' }),
      field({ name: 'status', label: 'Delivery status', type: 'select', options: [['', 'Any'], ['pending', 'Pending'], ['delivered', 'Delivered'], ['dead', 'Dead']] }),
    ],
    submit: async (v) => { filters = v; await list.first(); },
  });
  replace(main, h('h1', {}, 'Event outbox'), filter, results);
  const list = pagedList(results, {
    label: 'Event pages',
    load: (limit, offset) => api.get(`/v1/admin/events${api.query({ ...filters, limit, offset })}`),
    render: (events) => table([
      { label: 'Time', value: (e) => dateTime(e.time) },
      { label: 'Type', value: (e) => e.type },
      { label: 'Subject', value: (e) => h('span', { class: 'mono' }, `${e.subject} #${e.sequence}`) },
      { label: 'Deliveries', value: (e) => h('ul', {}, (e.deliveries ?? []).map((d) =>
        h('li', {}, `${d.subscriber}: ${d.status}, ${d.attempts} attempts${d.lastError ? ` (${d.lastError})` : ''}`))) },
      { label: 'Redeliver', value: (e) => form({
        layout: 'inline',
        label: `Redeliver event ${e.id}`,
        submitLabel: 'Redeliver',
        fields: [field({ name: 'subscriber', label: 'Subscriber', type: 'select',
          options: [['', 'Every subscriber'], ...(e.deliveries ?? []).map((d) => [d.subscriber, d.subscriber])] })],
        submit: async (v) => {
          await api.post(`/v1/admin/events/${e.id}/redeliver`, v.subscriber ? { subscriber: v.subscriber } : {});
          notify(`Event ${e.id} queued again.`);
          await list.reload();
        },
      }) },
    ], events, 'No events match.'),
  });
}
