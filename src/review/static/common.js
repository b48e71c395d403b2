// Shared by the review pages. Everything a document says is hostile text (it comes from
// scans): it reaches the page through textContent and setAttribute only, never as HTML.

/**
 * An element: el('td', { className: 'n', text: '12', attrs: { 'data-path': p }, on: { click } }, children).
 * Children are elements, strings (as text nodes) or null (skipped).
 */
export function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined && props.text !== null) node.textContent = String(props.text);
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, listener] of Object.entries(props.on ?? {})) node.addEventListener(type, listener);
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** Removes every child of `node`. */
export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
}

async function asJson(response) {
  let data = null;
  try {
    data = await response.json();
  } catch {
    // not JSON: the status says enough
  }
  return { ok: response.ok, status: response.status, data };
}

export async function getJson(url) {
  return asJson(await fetch(url, { headers: { Accept: 'application/json' } }));
}

export async function postJson(url, body) {
  return asJson(
    await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}

/** The error text of a failed request. */
export function errorText(result) {
  return result.data && typeof result.data.error === 'string' ? result.data.error : `HTTP ${result.status}`;
}

/** True while the reviewer is typing in a field: single-letter shortcuts stay out of the way. */
export function typing(event) {
  const t = event.target;
  return !!t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
}

/** The URL of a document's page. */
export function documentUrl(name) {
  return `/document?name=${encodeURIComponent(name)}`;
}

/** The documents in the list's current order, kept for the document page's previous/next. */
export const ORDER_KEY = 'minutes-review.order';
export const SELECTED_KEY = 'minutes-review.selected';
