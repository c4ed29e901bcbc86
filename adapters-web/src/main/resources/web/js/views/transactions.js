// The transaction log over one's accounts, with filters.
import { h, replace, table, dateTime, shortId } from '../dom.js';
import { field, form } from '../forms.js';
import { formatMoney } from '../money.js';
import { pagedList } from '../pager.js';
import * as api from '../api.js';
import { accountName } from './accounts.js';

const TYPES = ['deposit', 'withdrawal', 'transfer_in', 'transfer_out', 'purchase', 'card_payment', 'refund'];

export async function transactionsPage(main) {
  const accounts = await api.everything('/v1/accounts');
  const results = h('div', { id: 'transactions' });
  let filters = {};
  const filterForm = form({
    layout: 'inline',
    label: 'Filter transactions',
    submitLabel: 'Apply filters',
    fields: [
      field({ name: 'accountId', label: 'Account', type: 'select', options: [['', 'All accounts'], ...accounts.map((a) => [a.id, accountName(a)])] }),
      field({ name: 'type', label: 'Type', type: 'select', options: [['', 'Any type'], ...TYPES.map((t) => [t, t.replace('_', ' ')])] }),
      field({ name: 'from', label: 'From', type: 'datetime-local' }),
      field({ name: 'to', label: 'To', type: 'datetime-local' }),
    ],
    submit: async (v) => {
      filters = {
        accountId: v.accountId, type: v.type,
        from: v.from ? new Date(v.from).toISOString() : '', to: v.to ? new Date(v.to).toISOString() : '',
      };
      await list.first();
    },
  });
  replace(main, h('h1', {}, 'Transactions'), filterForm, results);
  const list = pagedList(results, {
    label: 'Transaction pages',
    load: (limit, offset) => api.get(`/v1/transactions${api.query({ ...filters, limit, offset })}`),
    render: (lines) => table([
      { label: 'When', value: (t) => dateTime(t.createdAt) },
      { label: 'Account', value: (t) => shortId(t.accountId) },
      { label: 'Type', value: (t) => t.type.replace('_', ' ') },
      { label: 'Description', value: (t) => t.description ?? '' },
      { label: 'Amount', num: true, value: (t) => formatMoney(t.amount, t.currency) },
      { label: 'Balance after', num: true, value: (t) => formatMoney(t.balanceAfter, t.currency) },
    ], lines, 'No transactions match.'),
  });
}
