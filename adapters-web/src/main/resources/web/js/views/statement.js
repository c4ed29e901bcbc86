// A statement for a date range, with its totals, and the same as a CSV file.
import { h, replace, table, dateTime } from '../dom.js';
import { field, form, actionButton } from '../forms.js';
import { formatMoney } from '../money.js';
import * as api from '../api.js';
import { accountName } from './accounts.js';

function isoDate(date) {
  return date.toISOString().slice(0, 10);
}

export async function statementPage(main) {
  const accounts = await api.everything('/v1/accounts');
  const result = h('div', { id: 'statement' });
  const today = new Date();
  const monthStart = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));
  const chooser = form({
    layout: 'inline',
    label: 'Statement period',
    submitLabel: 'Show statement',
    fields: [
      field({ name: 'accountId', label: 'Account', type: 'select', options: accounts.map((a) => [a.id, accountName(a)]) }),
      field({ name: 'from', label: 'From (inclusive)', type: 'date', value: isoDate(monthStart), required: true }),
      field({ name: 'to', label: 'To (inclusive)', type: 'date', value: isoDate(today), required: true }),
    ],
    submit: async (v) => {
      const path = `/v1/statements/${encodeURIComponent(v.accountId)}${api.query({ from: v.from, to: v.to })}`;
      const statement = await api.get(path);
      replace(result, render(statement), actionButton('Download CSV', () => download(path, v)));
    },
  });
  replace(main, h('h1', {}, 'Statement'),
    accounts.length ? chooser : h('p', { class: 'muted' }, 'Open an account first.'), result);
}

function render(s) {
  const money = (minor) => formatMoney(minor, s.currency);
  return h('div', {},
    h('h2', {}, `Account ${s.accountId}, ${s.from} to ${s.to}`),
    h('dl', { class: 'totals', id: 'statement-totals' },
      h('dt', {}, 'Opening balance'), h('dd', { id: 'opening-balance' }, money(s.openingBalance)),
      h('dt', {}, 'Money in'), h('dd', { id: 'total-credits' }, money(s.totalCredits)),
      h('dt', {}, 'Money out'), h('dd', { id: 'total-debits' }, money(s.totalDebits)),
      h('dt', {}, 'Closing balance'), h('dd', { id: 'closing-balance' }, money(s.closingBalance))),
    table([
      { label: 'When', value: (t) => dateTime(t.createdAt) },
      { label: 'Type', value: (t) => t.type.replace('_', ' ') },
      { label: 'Description', value: (t) => t.description ?? '' },
      { label: 'Amount', num: true, value: (t) => money(t.amount) },
      { label: 'Balance after', num: true, value: (t) => money(t.balanceAfter) },
    ], s.transactions, 'No transactions in this period.'));
}

async function download(path, v) {
  const csv = await api.get(path, { accept: 'text/csv' });
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
  const link = h('a', { href: url, download: `statement-${v.accountId}-${v.from}-${v.to}.csv` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
