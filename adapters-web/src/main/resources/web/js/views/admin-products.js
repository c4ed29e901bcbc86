// Admin: products (create, edit, archive, adjust stock, images, stock movements), archived ones
// included on request.
import { h, replace, table, section } from '../dom.js';
import { field, form, actionButton } from '../forms.js';
import { formatMoney, toMinor, toDecimal, CURRENCIES } from '../money.js';
import { pagedList } from '../pager.js';
import * as api from '../api.js';
import { notify } from '../messages.js';
import { externalImageUrls } from '../images.js';
import { productImagesPanel } from './product-images.js';
import { stockMovementsPanel } from './stock-movements.js';

function productFields(p = {}) {
  return [
    field({ name: 'sku', label: 'SKU', value: p.sku, required: true }),
    field({ name: 'name', label: 'Name', value: p.name, required: true }),
    field({ name: 'description', label: 'Description', type: 'textarea', value: p.description ?? '' }),
    field({ name: 'currency', label: 'Currency', type: 'select', value: p.currency ?? 'EUR', options: CURRENCIES.map((c) => [c, c]) }),
    field({ name: 'price', label: 'Price', inputmode: 'decimal', required: true, value: p.price === undefined ? '' : toDecimal(p.price, p.currency) }),
    field({ name: 'category', label: 'Category', value: p.category, required: true }),
    field({ name: 'imageUrls', label: 'External image URLs (one a line; uploads are under Images)', type: 'textarea', value: externalImageUrls(p).join('\n') }),
  ];
}

function productBody(v) {
  return {
    sku: v.sku, name: v.name, description: v.description, currency: v.currency,
    price: toMinor(v.price, v.currency, { allowZero: true }), category: v.category,
    imageUrls: v.imageUrls.split('\n').map((u) => u.trim()).filter(Boolean),
  };
}

export async function adminProductsPage(main) {
  const results = h('div', { id: 'admin-products' });
  let filters = { status: '' };
  const create = form({
    label: 'New product',
    submitLabel: 'Create product',
    fields: [...productFields(), field({ name: 'stock', label: 'Stock', type: 'number', min: 0, value: 0 })],
    submit: async (v, element) => {
      const product = await api.post('/v1/products', { ...productBody(v), stock: Number(v.stock || 0) });
      element.reset();
      notify(`Product ${product.name} created.`);
      await list.reload();
    },
  });
  const filter = form({
    layout: 'inline',
    label: 'Filter products',
    submitLabel: 'Show',
    fields: [
      field({ name: 'q', label: 'Search', type: 'search' }),
      field({ name: 'status', label: 'Status', type: 'select', options: [['', 'Listed'], ['archived', 'Archived']] }),
    ],
    submit: async (v) => { filters = { q: v.q, status: v.status }; await list.first(); },
  });
  replace(main, h('h1', {}, 'Products'), filter, results, section('New product', create));
  const list = pagedList(results, {
    label: 'Product pages',
    load: (limit, offset) => api.get(`/v1/products${api.query({ ...filters, sort: '-createdAt', limit, offset })}`),
    render: (products) => table([
      { label: 'Product', value: (p) => h('span', {}, p.name, h('br'), h('small', { class: 'muted' }, `${p.sku} · ${p.category}`)) },
      { label: 'Price', num: true, value: (p) => formatMoney(p.price, p.currency) },
      { label: 'Stock', num: true, value: (p) => String(p.stock) },
      { label: 'Status', value: (p) => p.status },
      { label: 'Actions', value: (p) => p.status === 'archived' ? '' : h('div', { class: 'actions' },
        h('details', {}, h('summary', {}, 'Edit'), form({
          label: `Edit ${p.name}`,
          submitLabel: 'Save',
          fields: productFields(p),
          submit: async (v) => { await api.put(`/v1/products/${p.id}`, productBody(v)); notify('Product saved.'); await list.reload(); },
        })),
        h('details', {}, h('summary', {}, 'Adjust stock'), form({
          label: `Adjust stock of ${p.name}`,
          submitLabel: 'Adjust',
          fields: [
            field({ name: 'delta', label: 'Change (e.g. 5 or -2)', type: 'number', required: true }),
            field({ name: 'reason', label: 'Reason', required: true }),
          ],
          submit: async (v) => {
            const product = await api.post(`/v1/products/${p.id}/stock-adjustments`, { delta: Number(v.delta), reason: v.reason });
            notify(`Stock of ${product.name} is now ${product.stock}.`);
            await list.reload();
          },
        })),
        h('details', {}, h('summary', {}, 'Images'), productImagesPanel(p)),
        stockMovementsPanel(p),
        actionButton('Archive', async () => {
          if (!window.confirm(`Archive ${p.name}? It is no longer listed or sold.`)) return;
          await api.del(`/v1/products/${p.id}`);
          notify('Product archived.');
          await list.reload();
        }, 'danger')) },
    ], products, 'No products.'),
  });
}
