/**
 * A claim in its document: the text with the claim's sentence highlighted,
 * every field of the claim, the review controls (confirm, reject, correct,
 * add a missed claim from a selection) and the audit log.
 */
import type { ClaimDetail, DocumentDetail, ReviewEntry, ReviewRequest } from '../../src/contracts/api.js';
import { api } from './api.js';
import { evidenceHash } from './claim-table.js';
import { claimFieldsForm } from './claim-fields-form.js';
import { documentText, selectionOffsets } from './document-text.js';
import { el, externalLink, input, labelled, routeLink, status } from './dom.js';
import { claimSummary } from './format.js';
import { fieldList } from './field-list.js';

const REVIEWER_KEY = 'corroborate.reviewer';

function reviewerControl(): HTMLInputElement {
  const control = input('reviewer', localStorage.getItem(REVIEWER_KEY) ?? '', { required: true, placeholder: 'your name or handle' });
  control.addEventListener('change', () => localStorage.setItem(REVIEWER_KEY, control.value.trim()));
  return control;
}

function auditLog(reviews: readonly ReviewEntry[]): HTMLElement {
  if (!reviews.length) return el('p', { class: 'empty' }, 'Not reviewed yet.');
  return el(
    'ol',
    { class: 'audit-log' },
    ...reviews.map((entry) => el('li', {}, el('time', { datetime: entry.at }, entry.at), ` ${entry.action} by ${entry.reviewer}`, entry.note ? ` — ${entry.note}` : '')),
  );
}

function sourceLinks(detail: ClaimDetail, doc: DocumentDetail): HTMLElement {
  const urls = new Set([detail.claim.url, doc.url, ...doc.appearances.map((a) => a.url)].filter((u): u is string => !!u));
  return el(
    'ul',
    { class: 'source-links' },
    ...[...urls].map((url) => el('li', {}, externalLink(url))),
    ...doc.appearances.filter((a) => !a.url).map((a) => el('li', {}, `${a.name} (read ${a.retrieved})`)),
  );
}

export async function renderEvidence(claimId: string): Promise<HTMLElement> {
  const detail = await api.claim(claimId);
  const doc = await api.document(detail.claim.doc);
  const claim = detail.claim;
  const feedback = el('div', { class: 'feedback' });
  const reviewer = reviewerControl();
  const note = input('note', '', { placeholder: 'why (optional)' });

  async function submit(review: Omit<ReviewRequest, 'reviewer' | 'note'>): Promise<void> {
    const name = reviewer.value.trim();
    if (!name) {
      feedback.replaceChildren(status('Give a reviewer name first.', 'error'));
      return;
    }
    localStorage.setItem(REVIEWER_KEY, name);
    try {
      await api.review(claim.id, { ...review, reviewer: name, note: note.value.trim() || undefined });
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (error) {
      feedback.replaceChildren(status(`Review failed: ${(error as Error).message}`, 'error'));
    }
  }

  const confirm = el('button', { type: 'button', class: 'confirm' }, 'Confirm');
  const reject = el('button', { type: 'button', class: 'reject' }, 'Reject');
  confirm.addEventListener('click', () => submit({ action: 'confirm' }));
  reject.addEventListener('click', () => submit({ action: 'reject' }));
  const correction = claimFieldsForm(claim, 'Save correction');
  correction.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit({ action: 'correct', fields: correction.read() });
  });

  const text = documentText(doc.text, claim.sentence);
  const addPanel = missedClaimPanel(doc, text, reviewer, feedback);

  return el(
    'section',
    { class: 'evidence-page', 'data-claim': claim.id },
    el('h1', {}, claimSummary(claim)),
    el('p', { class: 'meta' }, `${doc.publisher ?? 'unknown outlet'} · ${doc.published ?? 'undated'} · `, doc.title ?? 'untitled', detail.figure ? ' · ' : '', detail.figure ? routeLink(`#/figure/${encodeURIComponent(detail.figure)}`, 'its figure') : ''),
    el(
      'div',
      { class: 'evidence-layout' },
      el('article', { class: 'document' }, el('h2', {}, 'Document'), el('p', { class: 'hint' }, 'Select text in the document to add a claim the extractor missed.'), text),
      el(
        'aside',
        { class: 'claim-side' },
        el('h2', {}, 'Claim'),
        fieldList(claim),
        el('h3', {}, 'Original'),
        sourceLinks(detail, doc),
        el('h2', {}, 'Review'),
        el('div', { class: 'review-controls' }, labelled('Reviewer', reviewer), labelled('Note', note), confirm, reject),
        feedback,
        el('details', {}, el('summary', {}, 'Correct fields'), correction.form),
        addPanel,
        el('h3', {}, 'Audit log'),
        auditLog(detail.reviews),
        detail.extracted && claim.review === 'corrected' ? el('details', {}, el('summary', {}, 'As extracted'), fieldList(detail.extracted)) : '',
      ),
    ),
  );
}

function missedClaimPanel(doc: DocumentDetail, text: HTMLElement, reviewer: HTMLInputElement, feedback: HTMLElement): HTMLElement {
  const selected = el('p', { class: 'selected' }, 'Nothing selected.');
  let selection: { start: number; end: number; text: string } | null = null;
  const add = claimFieldsForm({}, 'Add claim');
  add.form.hidden = true;
  text.addEventListener('mouseup', () => {
    const offsets = selectionOffsets(text);
    if (!offsets) return;
    selection = offsets;
    selected.textContent = `Selected “${offsets.text}” (characters ${offsets.start}–${offsets.end}).`;
    add.form.hidden = false;
  });
  add.form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const name = reviewer.value.trim();
    if (!selection || !name) {
      feedback.replaceChildren(status(name ? 'Select the text of the claim first.' : 'Give a reviewer name first.', 'error'));
      return;
    }
    try {
      const entry = await api.addClaim({ doc: doc.id, start: selection.start, end: selection.end, fields: add.read(), reviewer: name });
      location.hash = evidenceHash(entry.claim);
    } catch (error) {
      feedback.replaceChildren(status(`Could not add the claim: ${(error as Error).message}`, 'error'));
    }
  });
  return el('details', { class: 'add-claim' }, el('summary', {}, 'Add a missed claim'), selected, add.form);
}
