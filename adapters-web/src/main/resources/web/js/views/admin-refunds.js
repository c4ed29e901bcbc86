// Admin: refunding an order — an amount (empty refunds the rest) or chosen lines, which can go
// back in stock.
import { h } from '../dom.js';
import { field, form, idempotent } from '../forms.js';
import { formatMoney, toMinor } from '../money.js';
import * as api from '../api.js';
import { notify } from '../messages.js';

async function send(order, element, body, reload) {
  const refund = await idempotent(element, body, (idempotencyKey) => api.post(`/v1/orders/${order.id}/refunds`, body, { idempotencyKey }));
  notify(`Refunded ${formatMoney(refund.amount, refund.currency)} (${refund.status}).`);
  await reload();
}

function amountForm(order, reload) {
  return form({
    label: `Refund order ${order.id}`,
    submitLabel: 'Refund',
    fields: [field({ name: 'amount', label: `Amount (${order.currency}); empty refunds the rest`, inputmode: 'decimal' })],
    submit: (v, element) => send(order, element, v.amount ? { amount: toMinor(v.amount, order.currency) } : {}, reload),
  });
}

function linesForm(order, reload) {
  return form({
    label: `Refund lines of order ${order.id}`,
    submitLabel: 'Refund lines',
    fields: [
      order.items.map((line) => field({
        name: `quantity-${line.productId}`, label: `${line.name}: quantity to refund (of ${line.quantity})`,
        type: 'number', min: 0, max: line.quantity, value: 0,
      })),
      field({ name: 'restock', label: 'Put the refunded items back in stock', type: 'checkbox', value: true }),
    ],
    submit: (v, element) => {
      const items = order.items
        .map((line) => ({ productId: line.productId, quantity: Number(v[`quantity-${line.productId}`] || 0) }))
        .filter((item) => item.quantity > 0);
      if (items.length === 0) throw new Error('Enter a quantity above zero for at least one line.');
      return send(order, element, { items, restock: v.restock }, reload);
    },
  });
}

/** The refund forms of `order`, behind a "Refund" disclosure. */
export function refundForms(order, reload) {
  return h('details', {}, h('summary', {}, 'Refund'), amountForm(order, reload), linesForm(order, reload));
}
