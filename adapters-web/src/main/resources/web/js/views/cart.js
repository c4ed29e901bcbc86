// The cart (change quantities, remove, clear) and checkout: from an account, by card, or
// through the payment provider's page.
import { h, replace, table, section } from '../dom.js';
import { field, form, actionButton, idempotent } from '../forms.js';
import { formatMoney } from '../money.js';
import * as api from '../api.js';
import { notify } from '../messages.js';
import { accountName } from './accounts.js';
import { orderDetails } from './orders.js';
import { shippingAddressFields, shippingAddressBody } from './shipping-address.js';

export async function cartPage(main) {
  const content = h('div', { id: 'cart' });
  const outcome = h('div', { id: 'checkout-result', 'aria-live': 'polite' });
  replace(main, h('h1', {}, 'Cart'), outcome, content);
  async function reload() {
    const cart = await api.get('/v1/cart');
    if (cart.items.length === 0) {
      replace(content, h('p', { class: 'muted' }, 'Your cart is empty. ', h('a', { href: '#/shop' }, 'Browse the catalog.')));
      return;
    }
    const [accounts, cards] = await Promise.all([api.everything('/v1/accounts'), api.everything('/v1/cards')]);
    replace(content, itemsTable(cart, reload),
      h('p', { class: 'price', id: 'cart-subtotal' }, `Subtotal: ${formatMoney(cart.subtotal, cart.currency)} (${cart.itemCount} items)`),
      actionButton('Empty the cart', async () => { await api.del('/v1/cart'); notify('Cart emptied.'); await reload(); }, 'danger'),
      section('Check out', checkoutForm(cart, accounts, cards, outcome, reload)));
  }
  await reload();
}

function itemsTable(cart, reload) {
  return table([
    { label: 'Product', value: (i) => h('a', { href: `#/shop/product/${i.productId}` }, i.name) },
    { label: 'Unit price', num: true, value: (i) => i.unitPrice === null ? 'unavailable' : formatMoney(i.unitPrice, cart.currency) },
    { label: 'Quantity', value: (i) => form({
      layout: 'inline',
      label: `Quantity of ${i.name}`,
      submitLabel: 'Update',
      fields: [field({ name: 'quantity', label: 'Quantity', type: 'number', min: 1, value: i.quantity, required: true })],
      submit: async (v) => { await api.put(`/v1/cart/items/${i.id}`, { quantity: Number(v.quantity) }); await reload(); },
    }) },
    { label: 'Line total', num: true, value: (i) => i.lineTotal === null ? '' : formatMoney(i.lineTotal, cart.currency) },
    { label: 'Remove', value: (i) => actionButton('Remove', async () => { await api.del(`/v1/cart/items/${i.id}`); await reload(); }, 'danger') },
  ], cart.items);
}

function checkoutForm(cart, accounts, cards, outcome, reload) {
  const usable = accounts.filter((a) => a.status === 'active' && a.currency === cart.currency);
  const usableCards = cards.filter((c) => c.status === 'active' && usable.some((a) => a.id === c.accountId));
  const methods = [['gateway', 'Pay at the payment provider']];
  if (usable.length) methods.unshift(['account', 'Pay from an account']);
  if (usableCards.length) methods.splice(usable.length ? 1 : 0, 0, ['card', 'Pay by card']);
  return form({
    label: 'Check out',
    submitLabel: 'Place order',
    fields: [
      field({ name: 'type', label: 'Payment method', type: 'select', options: methods }),
      usable.length ? field({ name: 'accountId', label: 'Account (for paying from an account)', type: 'select', options: usable.map((a) => [a.id, `${accountName(a)} · ${formatMoney(a.availableBalance, a.currency)}`]) }) : null,
      usableCards.length ? field({ name: 'cardId', label: 'Card (for paying by card)', type: 'select', options: usableCards.map((c) => [c.id, `${c.type} card •••• ${c.last4}`]) }) : null,
      shippingAddressFields(),
    ],
    submit: async (v, element) => {
      const paymentMethod = { type: v.type };
      if (v.type === 'account') paymentMethod.accountId = v.accountId;
      if (v.type === 'card') paymentMethod.cardId = v.cardId;
      const body = { paymentMethod };
      const shippingAddress = shippingAddressBody(v);
      if (shippingAddress) body.shippingAddress = shippingAddress;
      const order = await idempotent(element, body, (idempotencyKey) => api.post('/v1/checkout', body, { idempotencyKey }));
      notify(`Order placed: ${order.status.replace('_', ' ')}.`);
      showOrder(outcome, order);
      await reload();
    },
  });
}

/** Shows the placed order; while it waits for the provider, asks again every two seconds. */
function showOrder(outcome, order, polls = 0) {
  const again = async () => showOrder(outcome, await api.get(`/v1/orders/${order.id}`), polls + 1);
  replace(outcome, section('Your order', orderDetails(order, again)));
  clearTimeout(outcome.poll);
  if (order.status === 'pending_payment' && polls < 150) {
    outcome.poll = setTimeout(() => { if (outcome.isConnected) again().catch(() => {}); }, 2000);
  }
}
