// Forms with labelled fields, one submission at a time, and errors shown in words.
import { h } from './dom.js';
import { showError } from './messages.js';
import * as idempotency from './idempotency.js';

let fieldCount = 0;

/**
 * A labelled field. `spec`: {name, label, type, required, value, options: [[value, label]],
 * inputmode, placeholder, autocomplete, min, max, step, accept, hint}.
 */
export function field(spec) {
  const id = `f${++fieldCount}-${spec.name}`;
  if (spec.type === 'checkbox') {
    return h('label', { class: 'check', for: id },
      h('input', { id, name: spec.name, type: 'checkbox', checked: Boolean(spec.value) }), spec.label);
  }
  let control;
  if (spec.type === 'select') {
    control = h('select', { id, name: spec.name, required: spec.required },
      (spec.options ?? []).map(([value, label]) => h('option', { value, selected: String(spec.value ?? '') === String(value) }, label)));
  } else if (spec.type === 'textarea') {
    control = h('textarea', { id, name: spec.name, required: spec.required, rows: 3, value: spec.value ?? '' });
  } else {
    control = h('input', {
      id, name: spec.name, type: spec.type ?? 'text', required: spec.required, value: spec.value ?? '',
      inputmode: spec.inputmode, placeholder: spec.placeholder, autocomplete: spec.autocomplete ?? 'off',
      min: spec.min, max: spec.max, step: spec.step, minlength: spec.minlength, maxlength: spec.maxlength,
      accept: spec.accept, pattern: spec.pattern,
    });
  }
  return h('label', { class: 'field', for: id }, h('span', {}, spec.label), control,
    spec.hint ? h('small', { class: 'muted' }, spec.hint) : null);
}

/** An amount field: decimals for people, in the given currency. */
export function amountField(name, label, currency, value = '') {
  return field({ name, label: currency ? `${label} (${currency})` : label, inputmode: 'decimal', required: true, value, placeholder: '0.00' });
}

export function values(form) {
  const result = {};
  for (const element of form.elements) {
    if (!element.name) continue;
    result[element.name] = element.type === 'checkbox' ? element.checked : element.value.trim();
  }
  return result;
}

/**
 * A form that runs `submit(values, form)` once at a time: the submit button is disabled while it
 * runs, so a double click submits once. An error is shown in words; success runs `done`.
 * `options.idempotent(values)` returns the body whose Idempotency-Key `submit` receives as its
 * third argument.
 */
export function form({ fields, submitLabel, submit, layout = 'stack', label }) {
  const submitButton = h('button', { type: 'submit' }, submitLabel);
  const element = h('form', { class: layout, 'aria-label': label ?? submitLabel, novalidate: false }, fields, submitButton);
  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (submitButton.disabled) return;
    submitButton.disabled = true;
    element.setAttribute('aria-busy', 'true');
    try {
      await submit(values(element), element);
    } catch (error) {
      showError(error);
    } finally {
      submitButton.disabled = false;
      element.removeAttribute('aria-busy');
    }
  });
  return element;
}

/** Sends `send(key)` with the form's Idempotency-Key for `body`; a success frees the key. */
export async function idempotent(formElement, body, send) {
  const key = idempotency.keyFor(formElement, body);
  const result = await send(key);
  idempotency.settled(formElement);
  return result;
}

/** A button that runs `action` once at a time and shows its error. */
export function actionButton(label, action, kind = 'secondary') {
  const node = h('button', { type: 'button', class: kind }, label);
  node.addEventListener('click', async () => {
    if (node.disabled) return;
    node.disabled = true;
    try {
      await action();
    } catch (error) {
      showError(error);
    } finally {
      node.disabled = false;
    }
  });
  return node;
}
