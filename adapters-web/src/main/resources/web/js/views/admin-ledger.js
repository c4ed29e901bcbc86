// Admin: ledger verification, audit events, provider events received.
import { h, replace, table, section, dateTime, shortId } from '../dom.js';
import { actionButton } from '../forms.js';
import { pagedList } from '../pager.js';
import * as api from '../api.js';

export async function adminLedgerPage(main) {
  const verdict = h('div', { id: 'ledger-verdict', 'aria-live': 'polite' });
  const audit = h('div', { id: 'audit-events' });
  const received = h('div', { id: 'provider-events' });
  replace(main, h('h1', {}, 'Ledger and audit'),
    section('Ledger verification', h('p', {}, 'Checks that every entry balances, every balance equals its postings and no customer balance is below zero.'),
      actionButton('Verify the ledger', async () => {
        const result = await api.get('/v1/admin/ledger/verify');
        replace(verdict, h('p', { class: result.ok ? 'message' : 'message error' },
          result.ok ? 'The ledger is consistent.' : 'The ledger has problems.',
          ` ${result.checkedAccounts} accounts and ${result.checkedEntries} entries checked.`),
        result.problems.length ? h('ul', {}, result.problems.map((p) => h('li', {}, p))) : null);
      }, ''), verdict),
    h('h2', {}, 'Audit events'), audit,
    h('h2', {}, 'Received provider events'), received);
  pagedList(audit, {
    label: 'Audit event pages',
    load: (limit, offset) => api.get(`/v1/admin/audit-events${api.query({ limit, offset })}`),
    render: (events) => table([
      { label: 'When', value: (e) => dateTime(e.createdAt) },
      { label: 'Event', value: (e) => e.type },
      { label: 'Actor', value: (e) => shortId(e.actorId) },
      { label: 'Subject', value: (e) => e.subjectId ? h('span', {}, `${e.subjectType ?? ''} `, shortId(e.subjectId)) : '' },
      { label: 'Details', value: (e) => Object.entries(e.details ?? {}).map(([k, v]) => `${k}: ${v}`).join(', ') },
    ], events, 'No audit events.'),
  });
  pagedList(received, {
    label: 'Provider event pages',
    load: (limit, offset) => api.get(`/v1/admin/webhook-events${api.query({ limit, offset })}`),
    render: (events) => table([
      { label: 'Received', value: (e) => dateTime(e.receivedAt) },
      { label: 'Provider', value: (e) => e.provider },
      { label: 'Type', value: (e) => e.type },
      { label: 'Event id', value: (e) => h('span', { class: 'mono' }, e.eventId) },
      { label: 'Intent', value: (e) => h('span', { class: 'mono' }, e.intentId ?? '') },
      { label: 'Outcome', value: (e) => e.outcome },
      { label: 'Times received', num: true, value: (e) => String(e.deliveries) },
    ], events, 'No provider events received.'),
  });
}
