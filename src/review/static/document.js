// The document page: page images, the text, and the fields of the document being corrected
// (the saved gold, else a copy of this run's output), with the differences beside the fields.
import { clear, documentUrl, el, errorText, getJson, ORDER_KEY, postJson, SELECTED_KEY, typing } from './common.js';

const NAME = new URLSearchParams(location.search).get('name') ?? '';
const API = `/api/documents/${encodeURIComponent(NAME)}`;

// The enum fields' values come with the document, from the zod schema (src/review/field-choices.ts).
let CHOICES = { kinds: [], bodyTypes: [], outcomes: [], civilities: [] };
const NONE = { label: '—', value: null };
const choices = (values, nullable = true) => [...(nullable ? [NONE] : []), ...values.map((v) => ({ label: v, value: v }))];
const BOOLEAN_CHOICES = [NONE, { label: 'yes', value: true }, { label: 'no', value: false }];

const newPerson = () => ({ raw: '', civility: null, givenName: null, surname: '', role: null, span: null });
const newItem = () => ({ number: null, title: '', rapporteur: null, report: null, decision: null, span: null });
const newDecision = () => ({ visas: [], considerations: [], articles: [], vote: null, outcome: null });
const newVote = () => ({ unanimous: false, for: null, against: null, abstentions: null, notVoting: null, againstNames: [], abstentionNames: [], span: null });

/** How each comparison's differences are worded beside a field (before = the other side's value). */
const WORDING = {
  gold: { className: 'diff-gold', who: 'this run', onlyOther: 'only in this run', notOther: 'not in this run' },
  against: { className: 'diff-against', who: 'other run', onlyOther: 'only in the other run', notOther: 'not in the other run' },
};

const state = {
  view: null,
  draft: null,
  comparisons: [],
  dirty: false,
  pageStarts: [],
  highlighted: [],
  currentDiff: -1,
  diffRequest: 0,
  diffTimer: null,
};

const $ = (id) => document.getElementById(id);

// ---- paths: "items[0].decision.vote.for", as the server's differences name fields -----------

function parsePath(path) {
  const keys = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) keys.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return keys;
}

function getAt(root, path) {
  let v = root;
  for (const k of parsePath(path)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = v[k];
  }
  return v;
}

function setAt(root, path, value) {
  const keys = parsePath(path);
  const last = keys.pop();
  let v = root;
  for (const k of keys) v = v[k];
  v[last] = value;
}

const join = (base, key) => (typeof key === 'number' ? `${base}[${key}]` : base ? `${base}.${key}` : key);

/** "items[0].decision" -> "items[0]" -> "items" -> "". */
const parentPath = (path) => path.replace(/(\.[^.[\]]+|\[\d+\])$/, '').replace(/^[^.[\]]+$/, '');

const isSpan = (v) => v && typeof v === 'object' && Number.isInteger(v.start) && Number.isInteger(v.end);

/**
 * The words a field was read from: the span of the field's own object or its nearest ancestor
 * that has one; "date" uses its sibling "dateSpan" (and "dateText" too); a section is its own span.
 */
function spanFor(path) {
  for (let p = path; ; p = parentPath(p)) {
    const value = getAt(state.draft, p);
    if (value && typeof value === 'object') {
      if (isSpan(value.span)) return value.span;
      if (isSpan(value) && p.startsWith('sections[')) return value;
    }
    const key = parsePath(p).pop();
    const parent = getAt(state.draft, parentPath(p));
    if (typeof key === 'string' && parent && typeof parent === 'object') {
      const sibling = parent[`${key}Span`] ?? parent[`${key.replace(/Text$/, '')}Span`];
      if (isSpan(sibling)) return sibling;
    }
    if (p === '') return null;
  }
}

// ---- text and page images -------------------------------------------------------------------

function pages() {
  return state.draft.text.split('\f');
}

function renderText() {
  const pane = $('text');
  clear(pane);
  const texts = pages();
  state.pageStarts = [];
  let at = 0;
  for (const t of texts) {
    state.pageStarts.push(at);
    at += t.length + 1;
  }
  pane.append(el('p', { className: 'muted', attrs: { id: 'span-note' } }));
  texts.forEach((t, i) => {
    pane.append(el('section', { className: 'page-text', attrs: { 'data-page': i + 1 } }, [el('h3', { text: `Page ${i + 1}` }), el('pre', { text: t })]));
  });
  state.highlighted = [];
}

function pageOf(offset) {
  let page = 0;
  state.pageStarts.forEach((s, i) => {
    if (s <= offset) page = i;
  });
  return page;
}

function renderPageText(i, span) {
  const pre = document.querySelector(`#text .page-text[data-page="${i + 1}"] pre`);
  if (!pre) return;
  const text = pages()[i];
  clear(pre);
  if (!span) {
    pre.textContent = text;
    return;
  }
  const start = state.pageStarts[i];
  const from = Math.max(0, span.start - start);
  const to = Math.min(text.length, span.end - start);
  pre.append(text.slice(0, from), el('mark', { text: text.slice(from, to) }), text.slice(to));
}

/**
 * Scrolls one pane only (scrollIntoView would scroll the window too, moving what is under the
 * pointer between a press and its release).
 */
function scrollWithin(pane, target, where) {
  if (!target) return;
  const offset = target.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
  pane.scrollTop = where === 'center' ? offset - (pane.clientHeight - target.getBoundingClientRect().height) / 2 : offset;
}

function highlight(span, what) {
  for (const i of state.highlighted) renderPageText(i, null);
  state.highlighted = [];
  const note = $('span-note');
  if (!span) {
    note.textContent = what ? `${what}: no source words recorded (inferred or added by hand)` : '';
    return;
  }
  note.textContent = what ? `${what}: characters ${span.start}–${span.end}` : '';
  const first = pageOf(span.start);
  const last = pageOf(Math.max(span.start, span.end - 1));
  for (let i = first; i <= last; i++) {
    renderPageText(i, span);
    state.highlighted.push(i);
  }
  scrollWithin($('text'), document.querySelector('#text mark'), 'center');
  scrollWithin($('images'), document.querySelector(`#images figure[data-page="${first + 1}"]`), 'start');
}

function renderImages(view) {
  const pane = $('images');
  clear(pane);
  const input = view.input;
  const count = view.output.source.pageCount;
  if (!input || input.type !== 'pdf') {
    document.body.classList.add('no-images');
    const why = !input ? `the input ${view.output.source.fileName} was not found (start with --inputs DIR)` : `the input ${input.fileName} is text`;
    $('text').prepend(el('p', { className: 'notice', text: `No page images: ${why}. The pages' text is shown instead.` }));
    return;
  }
  document.body.classList.remove('no-images');
  if (input.matchedBy === 'fileName') {
    pane.append(el('p', { className: 'notice', text: `${input.fileName} has the same name but not the same bytes as the file processed: the pictures may not match the text.` }));
  }
  for (let n = 1; n <= count; n++) {
    const img = el('img', { attrs: { src: `${API}/pages/${n}`, alt: `page ${n}`, loading: 'lazy' } });
    const caption = el('figcaption', { text: `Page ${n}` });
    img.addEventListener('error', () => caption.append(' — image unavailable'));
    pane.append(el('figure', { attrs: { 'data-page': n } }, [caption, img]));
  }
}

// ---- fields ---------------------------------------------------------------------------------

const diffsBox = () => el('div', { className: 'diffs' });

function edited() {
  state.dirty = true;
  $('save-status').textContent = 'unsaved changes';
  scheduleDiff();
}

/** A structural edit (add, remove): the fields are drawn again, the pane keeps its scroll. */
function restructured(focusPath) {
  const pane = $('fields');
  const top = pane.scrollTop;
  renderFields();
  pane.scrollTop = top;
  if (focusPath) pane.querySelector(`[data-path="${CSS.escape(focusPath)}"] input, [data-path="${CSS.escape(focusPath)}"] button`)?.focus();
  edited();
}

function field(path, label, control) {
  return el('div', { className: 'field', attrs: { 'data-path': path } }, [el('label', {}, [el('span', { className: 'label', text: label }), control]), diffsBox()]);
}

/** A text input; '' is null for the fields where null means "the document does not say". */
function textField(path, label, { nullable = false, multiline = false } = {}) {
  const value = getAt(state.draft, path);
  const input = el(multiline ? 'textarea' : 'input', { attrs: multiline ? { rows: 2 } : { type: 'text' } });
  input.value = value ?? '';
  input.addEventListener('input', () => {
    setAt(state.draft, path, nullable && input.value === '' ? null : input.value);
    edited();
  });
  return field(path, label, input);
}

/** A whole number or null; anything else is kept as typed, for the schema check to name on save. */
function numberField(path, label) {
  const value = getAt(state.draft, path);
  const input = el('input', { className: 'num', attrs: { type: 'text', inputmode: 'numeric' } });
  input.value = value ?? '';
  input.addEventListener('input', () => {
    const t = input.value.trim();
    setAt(state.draft, path, t === '' ? null : /^\d+$/.test(t) ? Number(t) : input.value);
    edited();
  });
  return field(path, label, input);
}

function selectField(path, label, options) {
  const value = getAt(state.draft, path) ?? null;
  const select = el('select', {}, options.map((o, i) => el('option', { text: o.label, attrs: { value: String(i) } })));
  const index = options.findIndex((o) => o.value === value);
  if (index < 0) select.append(el('option', { text: `${String(value)} (not allowed)`, attrs: { value: 'keep' } }));
  select.value = index < 0 ? 'keep' : String(index);
  select.addEventListener('change', () => {
    if (select.value === 'keep') return;
    setAt(state.draft, path, options[Number(select.value)].value);
    edited();
  });
  return field(path, label, select);
}

function checkField(path, label) {
  const input = el('input', { attrs: { type: 'checkbox' } });
  input.checked = getAt(state.draft, path) === true;
  input.addEventListener('change', () => {
    setAt(state.draft, path, input.checked);
    edited();
  });
  return field(path, label, input);
}

function button(text, onClick, className = '') {
  return el('button', { text, className, attrs: { type: 'button' }, on: { click: onClick } });
}

function personBlock(path, label, remove) {
  return el('fieldset', { className: 'person', attrs: { 'data-path': path } }, [
    el('legend', { text: label }),
    selectField(join(path, 'civility'), 'Civility', choices(CHOICES.civilities)),
    textField(join(path, 'givenName'), 'Given name', { nullable: true }),
    textField(join(path, 'surname'), 'Surname'),
    textField(join(path, 'role'), 'Role', { nullable: true }),
    textField(join(path, 'raw'), 'As written'),
    remove ? button('Remove', remove, 'remove') : null,
    diffsBox(),
  ]);
}

/** A person or null (president, secretary, rapporteur, proxy). */
function optionalPerson(path, label) {
  if (getAt(state.draft, path)) return personBlock(path, label, () => (setAt(state.draft, path, null), restructured()));
  return el('div', { className: 'field inline', attrs: { 'data-path': path } }, [
    el('span', { className: 'label', text: label }),
    el('span', { className: 'muted', text: 'none ' }),
    button('Add', () => (setAt(state.draft, path, newPerson()), restructured(path))),
    diffsBox(),
  ]);
}

function personList(path, label) {
  const list = getAt(state.draft, path);
  const box = el('div', { className: 'list', attrs: { 'data-path': path } }, [el('h3', { text: `${label} (${list.length})` }), diffsBox()]);
  list.forEach((_, i) => box.append(personBlock(join(path, i), `${label} ${i + 1}`, () => (list.splice(i, 1), restructured()))));
  box.append(button(`Add to ${label.toLowerCase()}`, () => (list.push(newPerson()), restructured(join(path, list.length - 1)))));
  return box;
}

function representedList(path) {
  const list = getAt(state.draft, path);
  const box = el('div', { className: 'list', attrs: { 'data-path': path } }, [el('h3', { text: `Represented (${list.length})` }), diffsBox()]);
  list.forEach((_, i) => {
    const p = join(path, i);
    box.append(
      el('div', { className: 'represented', attrs: { 'data-path': p } }, [
        personBlock(join(p, 'person'), `Represented ${i + 1}`, () => (list.splice(i, 1), restructured())),
        optionalPerson(join(p, 'proxy'), 'Proxy'),
        diffsBox(),
      ]),
    );
  });
  box.append(button('Add to represented', () => (list.push({ person: newPerson(), proxy: null }), restructured(join(path, list.length - 1)))));
  return box;
}

function group(title, path, children) {
  return el('section', { className: 'group', attrs: { 'data-path': path } }, [el('h2', { text: title }), diffsBox(), ...children]);
}

/** Long read-only text (report, visas): shown folded, focusable so a click highlights its span. */
function readOnly(path, summary, lines) {
  return el('details', { className: 'readonly', attrs: { 'data-path': path } }, [
    el('summary', { text: summary }),
    ...lines.map((t) => el('p', { text: t })),
    diffsBox(),
  ]);
}

function voteBlock(path) {
  return el('div', { className: 'vote', attrs: { 'data-path': path } }, [
    el('h4', {}, ['Vote ', button('Remove vote', () => (setAt(state.draft, path, null), restructured()), 'remove')]),
    diffsBox(),
    checkField(join(path, 'unanimous'), 'Unanimous'),
    el('div', { className: 'counts' }, [
      numberField(join(path, 'for'), 'For'),
      numberField(join(path, 'against'), 'Against'),
      numberField(join(path, 'abstentions'), 'Abstentions'),
      numberField(join(path, 'notVoting'), 'Not voting'),
    ]),
    personList(join(path, 'againstNames'), 'Against'),
    personList(join(path, 'abstentionNames'), 'Abstaining'),
  ]);
}

function decisionBlock(path) {
  const decision = getAt(state.draft, path);
  if (!decision) {
    return el('div', { className: 'field inline', attrs: { 'data-path': path } }, [
      el('span', { className: 'muted', text: 'No decision (information, debate). ' }),
      button('Add a decision', () => (setAt(state.draft, path, newDecision()), restructured(path))),
      diffsBox(),
    ]);
  }
  const articles = join(path, 'articles');
  return el('div', { className: 'decision', attrs: { 'data-path': path } }, [
    diffsBox(),
    selectField(join(path, 'outcome'), 'Outcome', choices(CHOICES.outcomes)),
    decision.vote ? voteBlock(join(path, 'vote')) : el('div', { className: 'field inline', attrs: { 'data-path': join(path, 'vote') } }, [
      el('span', { className: 'muted', text: 'No vote recorded. ' }),
      button('Add a vote', () => (setAt(state.draft, join(path, 'vote'), newVote()), restructured(join(path, 'vote')))),
      diffsBox(),
    ]),
    el('div', { className: 'list', attrs: { 'data-path': articles } }, [
      el('h4', { text: `Articles (${decision.articles.length})` }),
      diffsBox(),
      el(
        'ol',
        {},
        decision.articles.map((a, j) =>
          el('li', { className: 'article', attrs: { 'data-path': join(articles, j), tabindex: 0 } }, [el('b', { text: a.action }), ` ${a.text}`, diffsBox()]),
        ),
      ),
    ]),
    readOnly(join(path, 'visas'), `Visas (${decision.visas.length})`, decision.visas),
    readOnly(join(path, 'considerations'), `Considerations (${decision.considerations.length})`, decision.considerations),
  ]);
}

function removeItem(i) {
  state.draft.items.splice(i, 1);
  // Sections point at items by index: keep them pointing at the same items.
  for (const s of state.draft.sections) {
    if (s.item === i) s.item = null;
    else if (s.item !== null && s.item > i) s.item -= 1;
  }
  restructured();
}

function itemBlock(i) {
  const path = join('items', i);
  const item = state.draft.items[i];
  return el('section', { className: 'item', attrs: { 'data-path': path } }, [
    el('h3', {}, [`Item ${i + 1} `, button('Remove item', () => removeItem(i), 'remove')]),
    diffsBox(),
    textField(join(path, 'number'), 'Number', { nullable: true }),
    textField(join(path, 'title'), 'Title', { multiline: true }),
    optionalPerson(join(path, 'rapporteur'), 'Rapporteur'),
    item.report ? readOnly(join(path, 'report'), 'Report', [item.report]) : null,
    decisionBlock(join(path, 'decision')),
  ]);
}

function renderFields() {
  const pane = $('fields');
  clear(pane);
  const d = state.draft;
  pane.append(
    el('section', { className: 'summary', attrs: { id: 'summary' } }),
    group('Document', '', [
      selectField('kind', 'Kind', choices(CHOICES.kinds, false)),
      textField('authority.name', 'Authority', { nullable: true }),
      el('div', { className: 'list', attrs: { 'data-path': 'warnings' } }, [
        el('h3', { text: `Warnings (${d.warnings.length})` }),
        diffsBox(),
        el('ul', {}, d.warnings.map((w) => el('li', { text: w }))),
      ]),
    ]),
    group('Meeting', 'meeting', [
      textField('meeting.body', 'Body', { nullable: true }),
      selectField('meeting.bodyType', 'Body type', choices(CHOICES.bodyTypes)),
      textField('meeting.date', 'Date (YYYY-MM-DD)', { nullable: true }),
      textField('meeting.dateText', 'Date as written', { nullable: true }),
      textField('meeting.time', 'Time (HH:MM)', { nullable: true }),
      textField('meeting.place', 'Place', { nullable: true }),
      textField('meeting.convocationDate', 'Convocation (YYYY-MM-DD)', { nullable: true }),
      selectField('meeting.quorum', 'Quorum reached', BOOLEAN_CHOICES),
      optionalPerson('meeting.president', 'President'),
      optionalPerson('meeting.secretary', 'Secretary'),
    ]),
    group('Attendance', 'attendance', [
      el('div', { className: 'counts', attrs: { 'data-path': 'attendance.counts' } }, [
        numberField('attendance.counts.inOffice', 'In office'),
        numberField('attendance.counts.present', 'Present'),
        numberField('attendance.counts.represented', 'Represented'),
        numberField('attendance.counts.voting', 'Voting'),
        diffsBox(),
      ]),
      checkField('attendance.presentIncludesProxies', 'Present includes proxies'),
      personList('attendance.present', 'Present'),
      representedList('attendance.represented'),
      personList('attendance.excused', 'Excused'),
      personList('attendance.absent', 'Absent'),
    ]),
    group(`Items (${d.items.length})`, 'items', [
      ...d.items.map((_, i) => itemBlock(i)),
      button('Add an item', () => (d.items.push(newItem()), restructured(join('items', d.items.length - 1)))),
    ]),
    group('Signatures', 'signatures', [personList('signatures', 'Signatory')]),
    group('Sections', 'sections', [
      el(
        'ol',
        {},
        d.sections.map((s, i) =>
          el('li', {
            className: 'section',
            text: `${s.kind}${s.item === null ? '' : ` (item ${s.item + 1})`}, page ${s.page}, characters ${s.start}–${s.end}`,
            attrs: { 'data-path': join('sections', i), tabindex: 0 },
          }),
        ),
      ),
    ]),
  );
  attachDiffs();
}

// ---- differences ----------------------------------------------------------------------------

function markerText(comparison, change) {
  const w = WORDING[comparison.key];
  // An anchor above the change's own field: say which field.
  const where = change.anchor !== change.path && !(change.op === 'removed' && change.anchor === parentPath(change.path)) ? `${change.path}: ` : '';
  if (!change.path.endsWith(']')) {
    // A field: the other side's value, "—" when it has none.
    return [w.who, `${where}${change.op === 'added' ? '—' : change.before}`];
  }
  // An element of a list: on one side only.
  if (change.op === 'changed') return [w.who, `${where}${change.before}`];
  if (change.op === 'removed') return [w.onlyOther, `${where}${change.before}`];
  return [w.notOther, `${where}${change.after}`];
}

function anchorElement(path) {
  const pane = $('fields');
  for (let p = path; ; p = parentPath(p)) {
    const found = pane.querySelector(`[data-path="${CSS.escape(p)}"]`);
    if (found) return found;
    if (p === '') return pane.querySelector('[data-path=""]');
  }
}

function attachDiffs() {
  const pane = $('fields');
  pane.querySelectorAll('.diff').forEach((n) => n.remove());
  for (const comparison of state.comparisons) {
    for (const change of comparison.changes) {
      const [who, what] = markerText(comparison, change);
      const marker = el('div', { className: `diff ${WORDING[comparison.key].className} op-${change.op}`, attrs: { tabindex: -1, 'data-change': change.path } }, [
        el('span', { className: 'who', text: `${who}: ` }),
        what,
      ]);
      anchorElement(change.anchor).querySelector(':scope > .diffs')?.append(marker);
    }
  }
  state.currentDiff = -1;
  renderSummary();
}

function renderSummary() {
  const box = $('summary');
  if (!box) return;
  clear(box);
  const shown = state.view.shown === 'gold' ? 'the saved gold' : 'this run (no gold saved yet)';
  box.append(el('p', { text: `Showing ${shown}${state.dirty ? ', with unsaved corrections' : ''}.` }));
  const counts = state.comparisons.map((c) => `${c.changes.length} difference${c.changes.length === 1 ? '' : 's'} ${c.key === 'gold' ? 'between the gold and this run' : 'between this run and the other run'}`);
  if (!state.view.against) counts.push('no other run to compare with');
  box.append(el('p', { attrs: { id: 'diff-counts' }, text: counts.join('; ') || 'nothing to compare with yet' }));
}

function markers() {
  return [...document.querySelectorAll('#fields .diff')];
}

function goToDiff(step) {
  const all = markers();
  if (!all.length) {
    $('position').textContent = 'no differences';
    return;
  }
  all.forEach((m) => m.classList.remove('current'));
  state.currentDiff = (state.currentDiff + step + all.length) % all.length;
  const marker = all[state.currentDiff];
  marker.classList.add('current');
  marker.closest('details')?.setAttribute('open', '');
  scrollWithin($('fields'), marker, 'center');
  marker.focus({ preventScroll: true });
  const path = marker.closest('[data-path]')?.dataset.path ?? '';
  highlight(spanFor(path), path || 'document');
  $('position').textContent = `difference ${state.currentDiff + 1} of ${all.length}`;
}

function scheduleDiff() {
  clearTimeout(state.diffTimer);
  state.diffTimer = setTimeout(refreshDiffs, 250);
}

async function refreshDiffs() {
  const ticket = ++state.diffRequest;
  const result = await postJson(`${API}/diff`, state.draft);
  if (ticket !== state.diffRequest) return; // a later edit's answer is on its way
  if (!result.ok) {
    showProblems(`Cannot compare: ${errorText(result)}`, []);
    return;
  }
  state.comparisons = result.data.comparisons;
  attachDiffs();
}

// ---- saving ---------------------------------------------------------------------------------

function showProblems(message, problems) {
  const box = $('problems');
  clear(box);
  box.hidden = !message;
  if (!message) return;
  box.append(el('p', { text: message.split('\n')[0] }), el('ul', {}, problems.map((p) => el('li', { text: p }))));
}

async function save() {
  clearTimeout(state.diffTimer);
  const status = $('save-status');
  status.textContent = 'saving…';
  const result = await postJson(`${API}/gold`, state.draft);
  if (!result.ok) {
    status.textContent = 'not saved';
    showProblems(errorText(result), result.data?.problems ?? []);
    return;
  }
  showProblems('', []);
  const { saved, view } = result.data;
  load(view, true);
  status.textContent = saved.unchanged
    ? 'gold unchanged'
    : `saved to ${saved.path}${saved.previous ? ` (previous version kept as ${saved.previous})` : ''}`;
}

// ---- page -----------------------------------------------------------------------------------

/** Shows `view`; after a save (`fieldsOnly`) the text and the images stay as they are, scrolled where they were. */
function load(view, fieldsOnly = false) {
  state.view = view;
  state.draft = structuredClone(view.document);
  state.comparisons = view.comparisons;
  state.dirty = false;
  const src = view.output.source;
  $('title').textContent = view.name;
  $('meta').textContent = `${src.fileName} · ${view.output.kind} · ${src.pageCount} page${src.pageCount === 1 ? '' : 's'}${view.errors.length ? ` · ${view.errors.join('; ')}` : ''}`;
  document.title = `${view.name} — minutes review`;
  if (!fieldsOnly) {
    renderText();
    renderImages(view);
  }
  renderFields();
}

function neighbour(step) {
  let order = [];
  try {
    order = JSON.parse(sessionStorage.getItem(ORDER_KEY) ?? '[]');
  } catch {
    order = [];
  }
  const i = order.indexOf(NAME);
  const next = i < 0 ? undefined : order[i + step];
  if (next === undefined) return;
  sessionStorage.setItem(SELECTED_KEY, next);
  location.href = documentUrl(next);
}

const KEYS = {
  n: () => goToDiff(1),
  p: () => goToDiff(-1),
  ']': () => neighbour(1),
  '[': () => neighbour(-1),
  u: () => (location.href = '/'),
};

document.addEventListener('keydown', (event) => {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
    event.preventDefault();
    save();
    return;
  }
  if (event.key === 'Escape' && typing(event)) {
    event.target.blur(); // back to the page's keys
    return;
  }
  if (typing(event) || event.ctrlKey || event.metaKey || event.altKey) return;
  const action = KEYS[event.key];
  if (!action) return;
  event.preventDefault();
  action();
});

function onFieldActivated(event) {
  const target = event.target instanceof Element ? event.target.closest('[data-path]') : null;
  if (!target || !state.draft) return;
  const path = target.dataset.path;
  highlight(spanFor(path), path || 'document');
}

window.addEventListener('beforeunload', (event) => {
  if (!state.dirty) return;
  event.preventDefault();
  event.returnValue = '';
});

async function start() {
  $('save').addEventListener('click', save);
  $('fields').addEventListener('focusin', onFieldActivated);
  $('fields').addEventListener('click', onFieldActivated);
  sessionStorage.setItem(SELECTED_KEY, NAME);
  const result = await getJson(API);
  if (!result.ok) {
    $('title').textContent = NAME;
    showProblems(`Cannot open this document: ${errorText(result)}`, []);
    $('save').disabled = true;
    return;
  }
  if (!result.data.document) {
    $('title').textContent = NAME;
    showProblems('This output cannot be reviewed:', result.data.errors);
    $('save').disabled = true;
    return;
  }
  CHOICES = result.data.choices;
  load(result.data);
}

start();
