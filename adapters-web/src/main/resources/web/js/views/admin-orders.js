// Admin: every order; ship (with carrier and tracking number), deliver, cancel, refund an amount
// or lines.
import { h, replace, table, dateTime, shortId } from '../dom.js';
import { field, form, actionButton } from '../forms.js';
import { formatMoney } from '../money.js';
import { pagedList } from '../pager.js';
import * as api from '../api.js';
import { notify } from '../messages.js';
import { ORDER_STATUSES } from './orders.js';
import { refundForms } from './admin-refunds.js';
import { shipmentText } from './shipping-address.js';

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
      { label: 'Refunded', num: true, value: (o) => h('span', { class: 'refunded' }, o.amountRefunded ? formatMoney(o.amountRefunded, o.currency) : '') },
      { label: 'Payment', value: (o) => o.paymentStatus ?? '' },
      { label: 'Shipping', value: (o) => h('span', { class: 'shipment' }, shipmentText(o)) },
      { label: 'Status', value: (o) => h('span', { class: 'order-status' }, o.status.replace('_', ' ')) },
      { label: 'Actions', value: (o) => actions(o, () => list.reload()) },
    ], orders, 'No orders.'),
  });
}

function actions(order, reload) {
  const box = h('div', { class: 'actions' });
  if (order.status === 'paid') box.append(shipForm(order, reload));
  if (order.status === 'shipped') {
    box.append(actionButton('Mark delivered', async () => {
      await api.patch(`/v1/orders/${order.id}`, { status: 'delivered' });
      notify(`Order ${order.id} is delivered.`);
      await reload();
    }));
  }
  if (order.status === 'pending_payment' || order.status === 'paid') {
    box.append(actionButton('Cancel', async () => {
      await api.post(`/v1/orders/${order.id}/cancel`);
      notify(`Order ${order.id} cancelled.`);
      await reload();
    }, 'danger'));
  }
  const refundable = order.payment && ['paid', 'shipped', 'delivered'].includes(order.status)
    && (order.amountRefunded ?? 0) < order.total;
  if (refundable) box.append(refundForms(order, reload));
  return box;
}

/** Shipping, with the carrier and tracking number when known. */
function shipForm(order, reload) {
  return h('details', {}, h('summary', {}, 'Ship'), form({
    label: `Ship order ${order.id}`,
    submitLabel: 'Ship',
    fields: [
      field({ name: 'carrier', label: 'Carrier (optional)' }),
      field({ name: 'trackingNumber', label: 'Tracking number (optional)' }),
    ],
    submit: async (v) => {
      const body = { status: 'shipped' };
      if (v.carrier) body.carrier = v.carrier;
      if (v.trackingNumber) body.trackingNumber = v.trackingNumber;
      await api.patch(`/v1/orders/${order.id}`, body);
      notify(`Order ${order.id} is shipped.`);
      await reload();
    },
  }));
}
