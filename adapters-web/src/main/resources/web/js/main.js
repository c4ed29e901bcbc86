// The app: sections and their pages, chosen by the part of the address after '#'.
import { h, replace } from './dom.js';
import * as sessions from './sessions.js';
import { clearMessages, showError } from './messages.js';
import { startSessionBar } from './session-bar.js';
import { loginPage } from './views/auth.js';
import { accountsPage } from './views/accounts.js';
import { transactionsPage } from './views/transactions.js';
import { statementPage } from './views/statement.js';
import { cardsPage } from './views/cards.js';
import { catalogPage } from './views/catalog.js';
import { productPage } from './views/product.js';
import { cartPage } from './views/cart.js';
import { ordersPage } from './views/orders.js';
import { profilePage } from './views/profile.js';
import { inboxPage, refreshUnread } from './views/inbox.js';
import { adminProductsPage } from './views/admin-products.js';
import { adminOrdersPage } from './views/admin-orders.js';
import { adminUsersPage } from './views/admin-users.js';
import { adminLedgerPage } from './views/admin-ledger.js';
import { adminEventsPage } from './views/admin-events.js';
import { adminWebhooksPage } from './views/admin-webhooks.js';

const SECTIONS = [
  { id: 'bank', label: 'Bank', needs: 'user', pages: [
    ['bank', 'Accounts', accountsPage], ['bank/transactions', 'Transactions', transactionsPage],
    ['bank/statement', 'Statement', statementPage], ['bank/cards', 'Cards', cardsPage]] },
  { id: 'shop', label: 'Shop', needs: null, pages: [
    ['shop', 'Catalog', catalogPage], ['shop/cart', 'Cart', cartPage], ['shop/orders', 'Orders', ordersPage]] },
  { id: 'account', label: 'Account', needs: 'user', pages: [
    ['account', 'Profile', profilePage], ['account/inbox', 'Inbox', inboxPage]] },
  { id: 'admin', label: 'Admin', needs: 'admin', pages: [
    ['admin/products', 'Products', adminProductsPage], ['admin/orders', 'Orders', adminOrdersPage],
    ['admin/users', 'Users', adminUsersPage], ['admin/ledger', 'Ledger and audit', adminLedgerPage],
    ['admin/events', 'Event outbox', adminEventsPage], ['admin/webhooks', 'Webhooks', adminWebhooksPage]] },
];

const HIDDEN_PAGES = { 'shop/product': productPage, login: loginPage };

let shownFor = null;

function location() {
  const parts = window.location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  return parts.length ? parts : ['bank'];
}

function resolve(parts) {
  const two = parts.slice(0, 2).join('/');
  for (const section of SECTIONS) {
    for (const [path, title, render] of section.pages) {
      if (path === two || (path === parts[0] && parts.length === 1)) return { section, title, render, params: [] };
    }
  }
  if (HIDDEN_PAGES[two]) return { section: SECTIONS[1], title: 'Product', render: HIDDEN_PAGES[two], params: parts.slice(2) };
  if (HIDDEN_PAGES[parts[0]]) return { section: null, title: 'Log in', render: HIDDEN_PAGES[parts[0]], params: [] };
  return null;
}

function drawSections(active) {
  const admin = sessions.isAdmin();
  replace(document.getElementById('sections'), SECTIONS.filter((s) => s.id !== 'admin' || admin).map((s) =>
    h('a', { href: `#/${s.pages[0][0]}`, 'aria-current': s === active ? 'page' : null, id: `section-${s.id}` },
      s.label, s.id === 'account' ? h('span', { class: 'badge', id: 'unread-count', hidden: true }) : null)));
}

function drawSubnav(section, path) {
  replace(document.getElementById('subnav'), section ? section.pages.map(([page, title]) =>
    h('a', { href: `#/${page}`, 'aria-current': page === path ? 'page' : null }, title)) : []);
}

function show() {
  const parts = location();
  const found = resolve(parts);
  const main = document.getElementById('main');
  clearMessagesOnNavigation();
  const current = sessions.current();
  shownFor = current?.user.id ?? null;
  if (!found) {
    drawSections(null);
    drawSubnav(null);
    replace(main, h('h1', {}, 'Page not found'), h('p', {}, h('a', { href: '#/bank' }, 'Go to the bank')));
    return;
  }
  drawSections(found.section);
  drawSubnav(found.section, parts.slice(0, 2).join('/'));
  const needs = found.section?.needs;
  document.title = `${found.title} · Kassa`;
  // Each page draws into a fresh element: a slower, older page that finishes loading later
  // draws into a detached one instead of over the page now shown.
  const page = h('div', { class: 'page' });
  replace(main, page);
  if ((needs === 'user' || needs === 'admin') && !current) {
    loginPage(page, [], 'Log in to use the bank and your account.');
  } else if (needs === 'admin' && !sessions.isAdmin()) {
    replace(page, h('h1', {}, 'Administration'), h('p', {}, 'Only administrators see this section.'));
  } else {
    Promise.resolve()
      .then(() => found.render(page, found.params))
      .catch((error) => {
        if (!page.isConnected) return;
        if (page.children.length === 0) replace(page, h('h1', {}, found.title), h('p', { class: 'muted' }, 'This page could not be loaded.'));
        showError(error);
      });
  }
  if (current) refreshUnread();
}

let lastHash = null;
function clearMessagesOnNavigation() {
  if (lastHash !== null && lastHash !== window.location.hash) clearMessages();
  lastHash = window.location.hash;
}

window.addEventListener('hashchange', () => {
  show();
  document.getElementById('main').focus();
});
sessions.onChange(() => {
  const id = sessions.current()?.user.id ?? null;
  if (id !== shownFor) show();
});
startSessionBar();
show();
