// One product's page.
import { h, replace } from '../dom.js';
import { formatMoney } from '../money.js';
import * as api from '../api.js';
import { addToCartForm } from './catalog.js';
import { uploadedImages, externalImageUrls, productImage } from '../images.js';

export async function productPage(main, [id]) {
  const product = await api.get(`/v1/products/${encodeURIComponent(id ?? '')}`, { auth: false });
  replace(main,
    h('p', {}, h('a', { href: '#/shop' }, '← Back to the catalog')),
    h('article', { class: 'panel product' },
      h('h1', {}, product.name),
      h('p', { class: 'price' }, formatMoney(product.price, product.currency)),
      h('p', { class: 'muted' }, `${product.category} · SKU ${product.sku} · ${product.stock > 0 ? `${product.stock} in stock` : 'out of stock'}`),
      h('div', { class: 'gallery' }, uploadedImages(product).map((image, i) => productImage(image, `${product.name}, image ${i + 1}`))),
      externalImageUrls(product).map((url) => h('img', { src: url, alt: product.name, loading: 'lazy' })),
      h('p', {}, product.description ?? ''),
      product.status === 'active' ? addToCartForm(product) : h('p', {}, 'No longer sold.')));
}
