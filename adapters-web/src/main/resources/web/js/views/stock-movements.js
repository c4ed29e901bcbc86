// Admin: one product's stock movements, newest first as the API pages them.
import { h, table, dateTime, shortId } from '../dom.js';
import { pagedList } from '../pager.js';
import * as api from '../api.js';

/** A paged table of `product`'s stock movements; loaded when first shown. */
export function stockMovementsPanel(product) {
  const container = h('div', { class: 'stock-movements', id: `movements-${product.id}` });
  let list = null;
  const show = () => {
    if (list) return list.reload();
    list = pagedList(container, {
      limit: 10,
      label: `Stock movement pages of ${product.name}`,
      load: (limit, offset) => api.get(`/v1/products/${product.id}/stock-movements${api.query({ limit, offset })}`),
      render: (movements) => table([
        { label: 'When', value: (m) => dateTime(m.createdAt) },
        { label: 'Change', num: true, value: (m) => (m.delta > 0 ? `+${m.delta}` : String(m.delta)) },
        { label: 'Stock after', num: true, value: (m) => String(m.stockAfter) },
        { label: 'Reason', value: (m) => h('span', { class: 'movement-reason' }, m.reason) },
        { label: 'Order or actor', value: (m) => m.orderId ? h('span', {}, 'order ', shortId(m.orderId)) : m.actorId ? h('span', {}, 'by ', shortId(m.actorId)) : '' },
      ], movements, 'No stock movements.'),
    });
    return null;
  };
  return h('details', { onToggle: (event) => { if (event.target.open) show(); } },
    h('summary', {}, 'Stock movements'), container);
}
