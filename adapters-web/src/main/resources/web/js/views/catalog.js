// The catalog: search, category and price filters, sort, pages; add to the cart.
import { h, replace } from '../dom.js';
import { field, form } from '../forms.js';
import { formatMoney, toMinor, CURRENCIES } from '../money.js';
import { pagedList } from '../pager.js';
import * as api from '../api.js';
import * as sessions from '../sessions.js';
import { notify } from '../messages.js';
import { uploadedImages, externalImageUrls, productImage } from '../images.js';

export async function catalogPage(main) {
  const results = h('div', { id: 'catalog' });
  let filters = { sort: 'name' };
  const search = form({
    layout: 'inline',
    label: 'Search the catalog',
    submitLabel: 'Search',
    fields: [
      field({ name: 'q', label: 'Search', type: 'search', placeholder: 'name or description' }),
      field({ name: 'category', label: 'Category' }),
      field({ name: 'priceCurrency', label: 'Price in', type: 'select', value: 'EUR', options: CURRENCIES.map((c) => [c, c]) }),
      field({ name: 'minPrice', label: 'Lowest price', inputmode: 'decimal' }),
      field({ name: 'maxPrice', label: 'Highest price', inputmode: 'decimal' }),
      field({ name: 'sort', label: 'Sort by', type: 'select', value: 'name', options: [['name', 'Name'], ['price', 'Price, low to high'], ['-price', 'Price, high to low'], ['-createdAt', 'Newest']] }),
      field({ name: 'inStock', label: 'In stock only', type: 'checkbox' }),
    ],
    submit: async (v) => {
      filters = {
        q: v.q, category: v.category, sort: v.sort, inStock: v.inStock ? 'true' : '',
        minPrice: v.minPrice ? toMinor(v.minPrice, v.priceCurrency, { allowZero: true }) : '',
        maxPrice: v.maxPrice ? toMinor(v.maxPrice, v.priceCurrency, { allowZero: true }) : '',
      };
      await list.first();
    },
  });
  replace(main, h('h1', {}, 'Shop'), search, results);
  const list = pagedList(results, {
    limit: 12,
    label: 'Catalog pages',
    load: (limit, offset) => api.get(`/v1/products${api.query({ ...filters, limit, offset })}`, { auth: false }),
    render: (products) => products.length === 0
      ? h('p', { class: 'muted' }, 'No products match.')
      : h('ul', { class: 'products' }, products.map((p) => h('li', { class: 'panel product-card' },
        cardImage(p),
        h('h2', {}, h('a', { href: `#/shop/product/${p.id}` }, p.name)),
        h('span', { class: 'muted' }, p.category),
        h('span', { class: 'price' }, formatMoney(p.price, p.currency)),
        h('span', {}, p.stock > 0 ? `${p.stock} in stock` : 'Out of stock'),
        addToCartForm(p)))),
  });
}

/** The first uploaded image's thumbnail, else the first external image. */
function cardImage(product) {
  const [uploaded] = uploadedImages(product);
  if (uploaded) return productImage(uploaded, '', { thumb: true });
  const [external] = externalImageUrls(product);
  return external ? h('img', { src: external, alt: '', loading: 'lazy' }) : null;
}

/** Quantity and an "Add to cart" button for one product. */
export function addToCartForm(product) {
  return form({
    layout: 'inline',
    label: `Add ${product.name} to the cart`,
    submitLabel: 'Add to cart',
    fields: [field({ name: 'quantity', label: 'Quantity', type: 'number', min: 1, value: 1, required: true })],
    submit: async (v) => {
      if (!sessions.current()) {
        window.location.hash = '#/login';
        return;
      }
      await api.post('/v1/cart/items', { productId: product.id, quantity: Number(v.quantity) });
      notify(`${product.name} added to the cart.`);
    },
  });
}
