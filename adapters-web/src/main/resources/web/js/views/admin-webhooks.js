// Admin: outgoing webhook endpoints; register, enable or disable, rotate the secret, delete,
// and their deliveries, each of which can be sent again.
import { h, replace, table, section, dateTime, button } from '../dom.js';
import { field, form, actionButton } from '../forms.js';
import { pagedList } from '../pager.js';
import * as api from '../api.js';
import { notify } from '../messages.js';

export async function adminWebhooksPage(main) {
  const results = h('div', { id: 'webhook-endpoints' });
  const secret = h('div', { id: 'webhook-secret', 'aria-live': 'polite' });
  const deliveries = h('div', { id: 'webhook-deliveries' });
  const showSecret = (endpoint) => replace(secret, h('div', { class: 'secret', role: 'alert' },
    h('p', {}, `Signing secret of ${endpoint.url}. Note it now: it is shown only once.`),
    h('p', { class: 'mono' }, endpoint.secret),
    button('I have noted it', () => secret.replaceChildren(), 'secondary')));
  const register = form({
    label: 'Register an endpoint',
    submitLabel: 'Register endpoint',
    fields: [
      field({ name: 'url', label: 'URL', type: 'url', required: true, placeholder: 'https://example.com/kassa-events' }),
      field({ name: 'events', label: 'Event types (comma-separated, or *)', value: '*', required: true }),
      field({ name: 'description', label: 'Description (optional)' }),
    ],
    submit: async (v, element) => {
      const body = { url: v.url, events: v.events.split(',').map((e) => e.trim()).filter(Boolean) };
      if (v.description) body.description = v.description;
      showSecret(await api.post('/v1/webhook-endpoints', body));
      element.reset();
      await list.reload();
    },
  });
  replace(main, h('h1', {}, 'Webhook endpoints'), secret, results, deliveries, section('Register an endpoint', register));
  const list = pagedList(results, {
    label: 'Endpoint pages',
    load: (limit, offset) => api.get(`/v1/webhook-endpoints${api.query({ limit, offset })}`),
    render: (endpoints) => table([
      { label: 'URL', value: (e) => h('span', { class: 'mono' }, e.url) },
      { label: 'Events', value: (e) => e.events.join(', ') },
      { label: 'Description', value: (e) => e.description ?? '' },
      { label: 'State', value: (e) => `${e.enabled ? 'enabled' : 'disabled'}${e.failureStreak ? `, ${e.failureStreak} failures in a row` : ''}` },
      { label: 'Actions', value: (e) => h('div', { class: 'actions' },
        actionButton('Deliveries', () => showDeliveries(deliveries, e)),
        actionButton(e.enabled ? 'Disable' : 'Enable', async () => {
          await api.patch(`/v1/webhook-endpoints/${e.id}`, { enabled: !e.enabled });
          await list.reload();
        }),
        actionButton('Rotate secret', async () => {
          showSecret(await api.post(`/v1/webhook-endpoints/${e.id}/rotate-secret`));
          notify('Secret rotated; the old one keeps signing beside it for 24 hours.');
        }),
        actionButton('Delete', async () => {
          if (!window.confirm(`Delete the endpoint ${e.url}?`)) return;
          await api.del(`/v1/webhook-endpoints/${e.id}`);
          await list.reload();
        }, 'danger')) },
    ], endpoints, 'No endpoints registered.'),
  });
}

function showDeliveries(container, endpoint) {
  const body = h('div', {});
  replace(container, h('h2', {}, `Deliveries to ${endpoint.url}`), body);
  const list = pagedList(body, {
    label: 'Delivery pages',
    load: (limit, offset) => api.get(`/v1/webhook-endpoints/${endpoint.id}/deliveries${api.query({ limit, offset })}`),
    render: (items) => table([
      { label: 'When', value: (d) => dateTime(d.createdAt) },
      { label: 'Event', value: (d) => d.eventType },
      { label: 'Attempt', num: true, value: (d) => String(d.attempt) },
      { label: 'Status', value: (d) => d.status },
      { label: 'Answer', value: (d) => d.responseStatus ? `HTTP ${d.responseStatus}` : (d.error ?? '') },
      { label: 'Took', num: true, value: (d) => `${d.durationMs} ms` },
      { label: '', value: (d) => actionButton('Redeliver', async () => {
        await api.post(`/v1/webhook-endpoints/${endpoint.id}/deliveries/${d.id}/redeliver`);
        notify('Delivery queued again.');
        await list.reload();
      }) },
    ], items, 'No deliveries yet.'),
  });
  return list;
}
