// Admin: one product's uploaded images — upload (JPEG, PNG or WebP), reorder, delete.
import { h, replace } from '../dom.js';
import { field, form, actionButton } from '../forms.js';
import * as api from '../api.js';
import { notify } from '../messages.js';
import { uploadedImages, externalImageUrls, productImage } from '../images.js';

/** The images of `product`, redrawn in place after each change. */
export function productImagesPanel(product) {
  const gallery = h('div', { class: 'gallery', id: `images-${product.id}`, 'data-product': product.id });
  const path = `/v1/products/${product.id}/images`;
  async function refresh() {
    draw(await api.get(`/v1/products/${product.id}`));
  }
  function draw(current) {
    const images = uploadedImages(current);
    const ids = images.map((image) => image.id);
    const move = (index, by) => async () => {
      const order = [...ids];
      [order[index], order[index + by]] = [order[index + by], order[index]];
      await api.put(`${path}/order`, { imageIds: order });
      notify('Images reordered.');
      await refresh();
    };
    replace(gallery,
      images.length === 0 ? h('p', { class: 'muted' }, 'No uploaded images.') : h('ol', { class: 'images' }, images.map((image, i) => h('li', {},
        productImage(image, `${current.name}, image ${i + 1}`, { thumb: true }),
        h('div', { class: 'actions' },
          i > 0 ? actionButton('Move up', move(i, -1)) : null,
          i < images.length - 1 ? actionButton('Move down', move(i, 1)) : null,
          actionButton('Delete', async () => {
            if (!window.confirm(`Delete image ${i + 1} of ${current.name}?`)) return;
            await api.del(`${path}/${image.id}`);
            notify('Image deleted.');
            await refresh();
          }, 'danger'))))),
      externalImageUrls(current).length ? h('p', { class: 'muted' }, `And ${externalImageUrls(current).length} external image URLs (see Edit).`) : null);
  }
  const upload = form({
    label: `Upload an image of ${product.name}`,
    submitLabel: 'Upload',
    fields: [field({ name: 'file', label: 'Image file (JPEG, PNG or WebP)', type: 'file', required: true, accept: 'image/jpeg,image/png,image/webp' })],
    submit: async (v, element) => {
      const file = element.elements.file.files[0];
      if (!file) throw new Error('Choose an image file first.');
      const data = new FormData();
      data.append('file', file);
      const image = await api.upload(path, data);
      element.reset();
      notify(`Image uploaded (${image.width}×${image.height}, ${image.bytes} bytes).`);
      await refresh();
    },
  });
  draw(product);
  return h('div', { class: 'product-images' }, gallery, upload);
}
