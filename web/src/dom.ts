/**
 * Small DOM builders. Text always goes in as text nodes, never as HTML:
 * everything shown here may come from a source document.
 */
export type Child = Node | string | number | null | undefined | false;
export type Attributes = Record<string, string | number | boolean | null | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (/^on/i.test(name)) throw new Error(`inline handler ${name}: use addEventListener`);
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

export function clear(element: Element): void {
  element.replaceChildren();
}

/** The URL if it is an absolute http(s) address, else null: no javascript:, data: or relative links from sources. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link to an outside address, or the plain text when the address is not http(s). */
export function externalLink(url: string | null | undefined, text?: string): HTMLElement {
  const href = safeHref(url);
  if (!href) return el('span', {}, text ?? url ?? '—');
  return el('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank' }, text ?? href);
}

export function routeLink(hash: string, ...children: Child[]): HTMLAnchorElement {
  return el('a', { href: hash }, ...children);
}

export function labelled(label: string, control: HTMLElement): HTMLLabelElement {
  return el('label', {}, el('span', { class: 'label-text' }, label), control);
}

export function select(name: string, options: readonly string[], selected = '', blank = 'any'): HTMLSelectElement {
  const control = el('select', { name });
  if (blank !== '') append(control, el('option', { value: '' }, blank));
  for (const option of options) append(control, el('option', { value: option, selected: option === selected }, option));
  return control;
}

export function input(name: string, value = '', attributes: Attributes = {}): HTMLInputElement {
  const control = el('input', { name, ...attributes });
  control.value = value;
  return control;
}

export function status(message: string, kind: 'info' | 'error' = 'info'): HTMLElement {
  return el('p', { class: `status status-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, message);
}
