// Deposit, withdraw and transfer: amounts typed as decimals, sent as minor units, each submitted
// form with its own Idempotency-Key so that a double click or a retry moves money once.
import { h, section } from '../dom.js';
import { field, form, idempotent } from '../forms.js';
import { toMinor, formatMoney } from '../money.js';
import * as api from '../api.js';
import { notify } from '../messages.js';
import { accountName } from './accounts.js';

export function moneyForms(accounts, reload) {
  const active = accounts.filter((a) => a.status === 'active');
  if (active.length === 0) return h('p', { class: 'muted' }, 'Open an active account to move money.');
  return [
    section('Deposit', cashForm('deposit', 'Deposit', active, reload)),
    section('Withdraw', cashForm('withdrawal', 'Withdraw', active, reload)),
    section('Transfer', transferForm(active, reload)),
  ];
}

function accountSelect(name, label, accounts) {
  return field({ name, label, type: 'select', options: accounts.map((a) => [a.id, `${accountName(a)} · ${formatMoney(a.availableBalance, a.currency)}`]) });
}

function currencyOf(accounts, id) {
  return accounts.find((a) => a.id === id)?.currency;
}

/** An amount field whose label names the currency of the account chosen in `select`. */
function amountFollowing(selectField, accounts) {
  const select = selectField.querySelector('select');
  const amount = field({ name: 'amount', label: 'Amount', inputmode: 'decimal', required: true, placeholder: '0.00' });
  const caption = amount.querySelector('span');
  const update = () => { caption.textContent = `Amount (${currencyOf(accounts, select.value) ?? ''})`; };
  select.addEventListener('change', update);
  update();
  return amount;
}

function cashForm(type, verb, accounts, reload) {
  const account = accountSelect('accountId', 'Account', accounts);
  return form({
    label: verb,
    submitLabel: verb,
    fields: [account, amountFollowing(account, accounts), field({ name: 'description', label: 'Description (optional)' })],
    submit: async (v, element) => {
      const currency = currencyOf(accounts, v.accountId);
      const body = { accountId: v.accountId, type, amount: toMinor(v.amount, currency), currency };
      if (v.description) body.description = v.description;
      const line = await idempotent(element, body, (idempotencyKey) => api.post('/v1/transactions', body, { idempotencyKey }));
      element.reset();
      notify(`${verb}: ${formatMoney(Math.abs(line.amount), line.currency)} done; balance now ${formatMoney(line.balanceAfter, line.currency)}.`);
      await reload();
    },
  });
}

function transferForm(accounts, reload) {
  const from = accountSelect('fromAccountId', 'From account', accounts);
  const listId = 'own-accounts';
  const to = field({ name: 'toAccountId', label: 'To account (id; your own or someone else\'s)', required: true, hint: 'Paste the id of the account that receives the money.' });
  to.querySelector('input').setAttribute('list', listId);
  return form({
    label: 'Transfer',
    submitLabel: 'Transfer',
    fields: [from, to,
      h('datalist', { id: listId }, accounts.map((a) => h('option', { value: a.id }, accountName(a)))),
      amountFollowing(from, accounts), field({ name: 'description', label: 'Description (optional)' })],
    submit: async (v, element) => {
      const currency = currencyOf(accounts, v.fromAccountId);
      const body = { fromAccountId: v.fromAccountId, toAccountId: v.toAccountId, amount: toMinor(v.amount, currency), currency };
      if (v.description) body.description = v.description;
      const transfer = await idempotent(element, body, (idempotencyKey) => api.post('/v1/transfers', body, { idempotencyKey }));
      element.reset();
      notify(`Transferred ${formatMoney(transfer.amount, transfer.currency)} (transfer ${transfer.id}).`);
      await reload();
    },
  });
}
