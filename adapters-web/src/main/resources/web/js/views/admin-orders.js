// Admin: every order; ship, deliver, cancel, refund in full or in part.
import { h, replace, table, dateTime, shortId } from '../dom.js';
import { field, form, actionButton, idempotent } from '../forms.js';
import { formatMoney, toMinor } from '../money.js';
import { pagedList } from '../pager.js';
import * as api from '../api.js';
import { notify } from '../messages.js';
import { ORDER_STATUSES } from './orders.js';

export async function adminOrdersPage(main) {
  const results = h('div', { id: 'admin-orders' });
  let filters = {};
  const filter = form({
    layout: 'inline',
    label: 'Filter orders',
    submitLabel: 'Show',
    fields: [
      field({ name: 'status', label: 'Status', type: 'select', options: [['', 'Any status'], ...ORDER_STATUSES.map((s) => [s, s.replace('_', ' ')])] }),
      field({ name: 'userId', label: 'Customer id' }),
    ],
    submit: async (v) => { filters = { status: v.status, userId: v.userId }; await list.first(); },
  });
  replace(main, h('h1', {}, 'All orders'), filter, results);
  const list = pagedList(results, {
    label: 'Order pages',
    load: (limit, offset) => api.get(`/v1/orders${api.query({ ...filters, limit, offset })}`),
    render: (orders) => table([
      { label: 'Placed', value: (o) => dateTime(o.createdAt) },
      { label: 'Order', value: (o) => h('span', { class: 'mono', 'data-order': o.id }, o.id) },
      { label: 'Customer', value: (o) => shortId(o.userId) },
      { label: 'Items', value: (o) => o.items.map((l) => `${l.quantity} × ${l.name}`).join(', ') },
      { label: 'Total', num: true, value: (o) => formatMoney(o.total, o.currency) },
      { label: 'Refunded', num: true, value: (o) => o.payment?.amountRefunded ? formatMoney(o.payment.amountRefunded, o.currency) : '' },
      { label: 'Status', value: (o) => h('span', { class: 'order-status' }, o.status.replace('_', ' ')) },
      { label: 'Actions', value: (o) => actions(o, () => list.reload()) },
    ], orders, 'No orders.'),
  });
}

function actions(order, reload) {
  const box = h('div', { class: 'actions' });
  const setStatus = (status, label) => actionButton(label, async () => {
    await api.patch(`/v1/orders/${order.id}`, { status });
    notify(`Order ${order.id} is ${status}.`);
    await reload();
  });
  if (order.status === 'paid') box.append(setStatus('shipped', 'Ship'));
  if (order.status === 'shipped') box.append(setStatus('delivered', 'Mark delivered'));
  if (order.status === 'pending_payment' || order.status === 'paid') {
    box.append(actionButton('Cancel', async () => {
      await api.post(`/v1/orders/${order.id}/cancel`);
      notify(`Order ${order.id} cancelled.`);
      await reload();
    }, 'danger'));
  }
  const refundable = order.payment && ['paid', 'shipped', 'delivered'].includes(order.status)
    && (order.payment.amountRefunded ?? 0) < order.total;
  if (refundable) {
    box.append(h('details', {}, h('summary', {}, 'Refund'), form({
      label: `Refund order ${order.id}`,
      submitLabel: 'Refund',
      fields: [field({ name: 'amount', label: `Amount (${order.currency}); empty refunds the rest`, inputmode: 'decimal' })],
      submit: async (v, element) => {
        const body = v.amount ? { amount: toMinor(v.amount, order.currency) } : {};
        const refund = await idempotent(element, body, (idempotencyKey) => api.post(`/v1/orders/${order.id}/refunds`, body, { idempotencyKey }));
        notify(`Refunded ${formatMoney(refund.amount, refund.currency)} (${refund.status}).`);
        await reload();
      },
    })));
  }
  return box;
}
