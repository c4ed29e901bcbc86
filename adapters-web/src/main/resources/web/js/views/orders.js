// One's orders with their status history; cancel; pay at the provider's page.
import { h, replace, table, dateTime } from '../dom.js';
import { field, form, actionButton } from '../forms.js';
import { formatMoney } from '../money.js';
import { pagedList } from '../pager.js';
import * as api from '../api.js';
import { notify } from '../messages.js';
import { idempotencyKeyFor } from './order-actions.js';
import { shipmentText } from './shipping-address.js';

export const ORDER_STATUSES = ['pending_payment', 'paid', 'payment_failed', 'shipped', 'delivered', 'cancelled'];

export async function ordersPage(main) {
  const results = h('div', { id: 'orders' });
  let status = '';
  const filter = form({
    layout: 'inline',
    label: 'Filter orders',
    submitLabel: 'Show',
    fields: [field({ name: 'status', label: 'Status', type: 'select', options: [['', 'Any status'], ...ORDER_STATUSES.map((s) => [s, s.replace('_', ' ')])] })],
    submit: async (v) => { status = v.status; await list.first(); },
  });
  replace(main, h('h1', {}, 'Orders'), filter, results);
  const list = pagedList(results, {
    label: 'Order pages',
    load: (limit, offset) => api.get(`/v1/orders${api.query({ status, limit, offset })}`),
    render: (orders) => orders.length === 0 ? h('p', { class: 'muted' }, 'No orders yet.')
      : orders.map((order) => h('details', { class: 'panel order' },
        h('summary', {}, `${dateTime(order.createdAt).textContent} · ${formatMoney(order.total, order.currency)} · `, h('strong', { class: 'order-status' }, order.status.replace('_', ' '))),
        orderDetails(order, () => list.reload()))),
  });
}

/** An order's lines, payment, status history and what its owner can do with it. */
export function orderDetails(order, reload) {
  const money = (minor) => formatMoney(minor, order.currency);
  const payment = order.payment;
  const actions = h('div', { class: 'actions' });
  if (order.status === 'pending_payment' && payment?.method === 'gateway' && payment.provider === 'simulated' && payment.providerRef) {
    actions.append(h('a', { class: 'button', href: `/pay/${encodeURIComponent(payment.providerRef)}`, target: '_blank', rel: 'noopener', id: `pay-${order.id}` }, 'Pay at the provider (opens a new tab)'));
  }
  if (reload && order.status === 'pending_payment') actions.append(actionButton('Check payment', reload));
  if (reload && (order.status === 'pending_payment' || order.status === 'paid')) {
    actions.append(actionButton('Cancel order', async () => {
      if (!window.confirm('Cancel this order? Stock goes back and any money is returned.')) return;
      await api.post(`/v1/orders/${order.id}/cancel`, undefined, { idempotencyKey: idempotencyKeyFor(`cancel-${order.id}`) });
      notify('Order cancelled.');
      await reload();
    }, 'danger'));
  }
  return h('div', { class: 'order-details', 'data-order': order.id, 'data-status': order.status },
    h('p', { class: 'mono muted' }, `Order ${order.id}`),
    table([
      { label: 'Item', value: (l) => `${l.name} (${l.sku})` },
      { label: 'Unit price', num: true, value: (l) => money(l.unitPrice) },
      { label: 'Quantity', num: true, value: (l) => l.quantity },
      { label: 'Line total', num: true, value: (l) => money(l.lineTotal) },
    ], order.items),
    h('p', { class: 'price' }, `Total ${money(order.total)} · status `, h('span', { class: 'order-status' }, order.status.replace('_', ' '))),
    payment ? h('p', { class: 'payment' }, `Payment: ${payment.method}, ${order.paymentStatus ?? payment.status}`,
      order.amountRefunded ? `, ${money(order.amountRefunded)} refunded` : '') : null,
    shipmentText(order) ? h('p', { class: 'shipment' }, `Shipping: ${shipmentText(order)}`) : null,
    h('h3', {}, 'Status history'),
    h('ol', { class: 'history' }, (order.statusHistory ?? []).map((step) => h('li', {}, `${step.status.replace('_', ' ')} — `, dateTime(step.at)))),
    actions);
}
