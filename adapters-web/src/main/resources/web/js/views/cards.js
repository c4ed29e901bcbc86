// Cards: issue one (its full number is shown once), freeze, unfreeze, cancel.
import { h, replace, table, section, dateTime, shortId, button } from '../dom.js';
import { field, form, actionButton } from '../forms.js';
import * as api from '../api.js';
import { notify } from '../messages.js';
import { accountName } from './accounts.js';

export async function cardsPage(main) {
  const list = h('div', { id: 'cards' });
  const issued = h('div', { id: 'issued-card', 'aria-live': 'polite' });
  const accounts = (await api.everything('/v1/accounts')).filter((a) => a.status === 'active');
  async function reload() {
    replace(list, cardsTable(await api.everything('/v1/cards'), reload));
  }
  const issue = form({
    label: 'Issue a card',
    submitLabel: 'Issue card',
    fields: [
      field({ name: 'accountId', label: 'Account', type: 'select', options: accounts.map((a) => [a.id, accountName(a)]) }),
      field({ name: 'type', label: 'Type', type: 'select', options: [['debit', 'Debit'], ['virtual', 'Virtual']] }),
    ],
    submit: async (v) => {
      const card = await api.post('/v1/cards', { accountId: v.accountId, type: v.type });
      replace(issued, h('div', { class: 'secret', role: 'alert' },
        h('p', {}, 'Your new card number. Note it now: Kassa never shows it again.'),
        h('p', { class: 'mono', id: 'card-number' }, card.number.replace(/(\d{4})(?=\d)/g, '$1 ')),
        h('p', {}, `Valid until ${String(card.expMonth).padStart(2, '0')}/${card.expYear}`),
        button('I have noted it', () => issued.replaceChildren(), 'secondary')));
      await reload();
    },
  });
  replace(main, h('h1', {}, 'Cards'), issued, list,
    section('Issue a card', accounts.length ? issue : h('p', { class: 'muted' }, 'Open an active account first.')));
  await reload();
}

function cardsTable(cards, reload) {
  const setStatus = (card, status, words) => actionButton(words, async () => {
    await api.patch(`/v1/cards/${card.id}`, { status });
    notify(`Card ending ${card.last4} is ${status}.`);
    await reload();
  }, status === 'cancelled' ? 'danger' : 'secondary');
  return table([
    { label: 'Card', value: (c) => `•••• ${c.last4}` },
    { label: 'Type', value: (c) => c.type },
    { label: 'Account', value: (c) => shortId(c.accountId) },
    { label: 'Expires', value: (c) => `${String(c.expMonth).padStart(2, '0')}/${c.expYear}` },
    { label: 'Status', value: (c) => c.status },
    { label: 'Issued', value: (c) => dateTime(c.createdAt) },
    { label: 'Actions', value: (c) => c.status === 'cancelled' ? '' : h('div', { class: 'actions' },
      c.status === 'active' ? setStatus(c, 'frozen', 'Freeze') : setStatus(c, 'active', 'Unfreeze'),
      setStatus(c, 'cancelled', 'Cancel')) },
  ], cards, 'No cards yet.');
}
