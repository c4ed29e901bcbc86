// Lists that page through the API's {data, limit, offset, total} answers.
import { h, replace } from './dom.js';
import { showError } from './messages.js';

/**
 * Fills `container` with one page at a time: `load(limit, offset)` fetches a page, `render(items,
 * page)` draws its items. Returns {reload(), first()}.
 */
export function pagedList(container, { load, render, limit = 20, label = 'Pages' }) {
  let offset = 0;
  let latest = 0;
  async function show() {
    const request = ++latest;
    container.setAttribute('aria-busy', 'true');
    try {
      const page = await load(limit, offset);
      // An older request answering after a newer one (new filters, another page) is dropped.
      if (request !== latest) return;
      const last = Math.max(0, Math.ceil(page.total / limit) - 1);
      const current = Math.floor(offset / limit);
      const from = page.total === 0 ? 0 : offset + 1;
      const to = offset + page.data.length;
      replace(container,
        render(page.data, page),
        h('nav', { class: 'pager', 'aria-label': label },
          h('button', { type: 'button', class: 'secondary', disabled: current === 0, onclick: () => go(offset - limit) }, 'Previous'),
          h('span', {}, `${from}–${to} of ${page.total} · page ${current + 1} of ${last + 1}`),
          h('button', { type: 'button', class: 'secondary', disabled: current >= last, onclick: () => go(offset + limit) }, 'Next')));
    } catch (error) {
      if (request !== latest) return;
      replace(container, h('p', { class: 'muted' }, 'This list could not be loaded.'));
      showError(error);
    } finally {
      if (request === latest) container.removeAttribute('aria-busy');
    }
  }
  function go(next) {
    offset = Math.max(0, next);
    return show();
  }
  show();
  return { reload: show, first: () => go(0) };
}
