// Accounts: balances, open, rename, freeze or unfreeze, close; and moving money.
import { h, replace, table, section, dateTime } from '../dom.js';
import { field, form, actionButton } from '../forms.js';
import { formatMoney, CURRENCIES } from '../money.js';
import * as api from '../api.js';
import { notify } from '../messages.js';
import { moneyForms } from './money-moves.js';

export function accountName(account) {
  return `${account.name || account.type} · ${account.currency} · ${account.id.slice(0, 8)}`;
}

export async function accountsPage(main) {
  const list = h('div', { id: 'accounts' }, h('p', { class: 'muted' }, 'Loading accounts…'));
  const moves = h('div', { class: 'grid', id: 'money-moves' });
  replace(main, h('h1', {}, 'Accounts'), list, h('h2', {}, 'Move money'), moves, section('Open an account', openForm(reload)));
  async function reload() {
    const accounts = await api.everything('/v1/accounts');
    replace(list, accountsTable(accounts, reload));
    replace(moves, moneyForms(accounts, reload));
  }
  try {
    await reload();
  } catch (error) {
    replace(list, h('p', { class: 'muted' }, 'Accounts could not be loaded.'));
    throw error;
  }
}

function accountsTable(accounts, reload) {
  return table([
    { label: 'Account', value: (a) => h('span', {}, a.name || h('em', {}, 'unnamed'), h('br'), h('small', { class: 'mono muted' }, a.id)) },
    { label: 'Type', value: (a) => a.type },
    { label: 'Status', value: (a) => a.status },
    { label: 'Balance', num: true, value: (a) => h('span', { class: 'balance', 'data-account': a.id }, formatMoney(a.balance, a.currency)) },
    { label: 'Available', num: true, value: (a) => h('span', { class: 'available', 'data-account': a.id }, formatMoney(a.availableBalance, a.currency)) },
    { label: 'Opened', value: (a) => dateTime(a.createdAt) },
    { label: 'Actions', value: (a) => a.status === 'closed' ? '' : accountActions(a, reload) },
  ], accounts, 'No accounts yet: open one below.');
}

function accountActions(account, reload) {
  const rename = form({
    layout: 'inline',
    label: `Rename account ${account.id}`,
    submitLabel: 'Rename',
    fields: [field({ name: 'name', label: 'New name', value: account.name ?? '', required: true })],
    submit: async (v) => {
      await api.patch(`/v1/accounts/${account.id}`, { name: v.name });
      notify('Account renamed.');
      await reload();
    },
  });
  const freeze = account.status === 'active'
    ? actionButton('Freeze', async () => { await api.patch(`/v1/accounts/${account.id}`, { status: 'frozen' }); notify('Account frozen.'); await reload(); })
    : actionButton('Unfreeze', async () => { await api.patch(`/v1/accounts/${account.id}`, { status: 'active' }); notify('Account active again.'); await reload(); });
  const close = actionButton('Close', async () => {
    if (!window.confirm('Close this account? It must be empty.')) return;
    await api.del(`/v1/accounts/${account.id}`);
    notify('Account closed.');
    await reload();
  }, 'danger');
  return h('div', { class: 'actions' }, h('details', {}, h('summary', {}, 'Rename'), rename), freeze, close);
}

function openForm(reload) {
  return form({
    label: 'Open an account',
    submitLabel: 'Open account',
    fields: [
      field({ name: 'type', label: 'Type', type: 'select', options: [['checking', 'Checking'], ['savings', 'Savings']] }),
      field({ name: 'currency', label: 'Currency', type: 'select', value: 'EUR', options: CURRENCIES.map((c) => [c, c]) }),
      field({ name: 'name', label: 'Name (optional)' }),
    ],
    submit: async (v, element) => {
      const body = { type: v.type, currency: v.currency };
      if (v.name) body.name = v.name;
      await api.post('/v1/accounts', body);
      element.reset();
      notify('Account opened.');
      await reload();
    },
  });
}
