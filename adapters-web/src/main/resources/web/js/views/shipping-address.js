// The optional shipping address of a checkout, and how an order shows where and how it travels.
import { h } from '../dom.js';
import { field } from '../forms.js';

const PARTS = [
  ['shipName', 'name', 'Name', 'name'],
  ['shipLine1', 'line1', 'Address line 1', 'address-line1'],
  ['shipLine2', 'line2', 'Address line 2', 'address-line2'],
  ['shipPostalCode', 'postalCode', 'Postal code', 'postal-code'],
  ['shipCity', 'city', 'City', 'address-level2'],
];

/** A fieldset of the address; all empty means no address. */
export function shippingAddressFields() {
  return h('fieldset', { class: 'shipping-address' },
    h('legend', {}, 'Shipping address (optional)'),
    PARTS.map(([name, , label, autocomplete]) => field({ name, label, autocomplete })),
    field({ name: 'shipCountry', label: 'Country', autocomplete: 'country', maxlength: 2, placeholder: 'DE', hint: 'Two letters (ISO 3166-1 alpha-2), e.g. DE, FR, NL.' }));
}

/** The `shippingAddress` of the form's values, or undefined when every field is empty. */
export function shippingAddressBody(v) {
  const address = {};
  for (const [name, key] of PARTS) if (v[name]) address[key] = v[name];
  if (v.shipCountry) address.country = v.shipCountry.toUpperCase();
  return Object.keys(address).length ? address : undefined;
}

/** One line: "Eve Tester, Main St 1, 10115 Berlin, DE". */
export function addressText(address) {
  if (!address) return '';
  return [address.name, address.line1, address.line2, `${address.postalCode ?? ''} ${address.city ?? ''}`.trim(), address.country]
    .filter(Boolean).join(', ');
}

/** Where the order goes and, once shipped, with which carrier and tracking number. */
export function shipmentText(order) {
  const parts = [];
  if (order.shippingAddress) parts.push(`to ${addressText(order.shippingAddress)}`);
  if (order.carrier) parts.push(`carrier ${order.carrier}`);
  if (order.trackingNumber) parts.push(`tracking number ${order.trackingNumber}`);
  return parts.join(' · ');
}
