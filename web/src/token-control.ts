/** The header's "Access token" form: the token writes send when the server asks for one (`serve --token`). */
import { accessToken } from './api.js';
import { el, input, labelled } from './dom.js';

export function renderTokenControl(): HTMLFormElement {
  const token = input('access-token', accessToken.get(), { type: 'password', autocomplete: 'off', placeholder: 'only if the server asks' });
  const note = el('span', { class: 'token-note', role: 'status' });
  const form = el('form', { class: 'token-form' }, labelled('Access token', token), el('button', { type: 'submit' }, 'Save'), note);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    accessToken.set(token.value.trim());
    note.textContent = token.value.trim() ? 'Saved for this tab.' : 'Cleared.';
  });
  return form;
}
