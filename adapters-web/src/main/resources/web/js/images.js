// Product images: uploaded to Kassa (served on this origin at /v1/images/{id}, with a resized
// thumbnail) or external URLs.
import { h } from './dom.js';

const UPLOADED = /^\/v1\/images\/([0-9a-fA-F-]{36})$/;

/** The product's uploaded images, in their order: [{id, url}]. */
export function uploadedImages(product) {
  return (product.imageUrls ?? []).flatMap((url) => {
    const match = UPLOADED.exec(url);
    return match ? [{ id: match[1], url }] : [];
  });
}

/** The product's image URLs that point elsewhere. */
export function externalImageUrls(product) {
  return (product.imageUrls ?? []).filter((url) => !UPLOADED.test(url));
}

/** An `<img>` of an uploaded image; `thumb` asks for the small resized copy. */
export function productImage(image, alt, { thumb = false } = {}) {
  return h('img', { src: thumb ? `${image.url}?size=thumb` : image.url, alt, loading: 'lazy', 'data-image': image.id });
}
