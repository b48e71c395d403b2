// The list page: every output with what to sort on, worst first; j/k to move, Enter to open.
import { clear, documentUrl, el, errorText, getJson, ORDER_KEY, SELECTED_KEY, typing } from './common.js';

const num = (v) => (typeof v === 'number' ? v : null);
const str = (v) => (typeof v === 'string' ? v.toLocaleLowerCase() : null);

/**
 * The columns: what a cell shows, what it sorts on and which way first. `first: 'desc'` for a
 * "more is worse" figure; confidence sorts lowest first. Ties go to the next keys, then name.
 */
const COLUMNS = [
  { key: 'name', label: 'Document', value: (r) => str(r.name), first: 'asc' },
  { key: 'kind', label: 'Kind', value: (r) => str(r.kind), first: 'asc' },
  { key: 'date', label: 'Date', value: (r) => str(r.date), first: 'asc' },
  { key: 'body', label: 'Body', value: (r) => str(r.body), first: 'asc' },
  { key: 'pages', label: 'Pages', value: (r) => num(r.pages), first: 'desc', numeric: true },
  { key: 'meanConfidence', label: 'OCR conf.', value: (r) => num(r.meanConfidence), first: 'asc', numeric: true },
  { key: 'warnings', label: 'Warnings', value: (r) => num(r.warnings), first: 'desc', numeric: true },
  { key: 'goldDiffs', label: 'Δ gold', value: (r) => num(r.goldDiffs), first: 'desc', numeric: true, then: ['againstDiffs'] },
  { key: 'againstDiffs', label: 'Δ other run', value: (r) => num(r.againstDiffs), first: 'desc', numeric: true, then: ['goldDiffs'] },
];
const DEFAULT_SORT = { key: 'goldDiffs', dir: 'desc' };

const state = { rows: [], sort: readSort(), selected: 0 };

function readSort() {
  const params = new URLSearchParams(location.hash.slice(1));
  const column = COLUMNS.find((c) => c.key === params.get('sort'));
  if (!column) return { ...DEFAULT_SORT };
  return { key: column.key, dir: params.get('dir') === 'asc' ? 'asc' : params.get('dir') === 'desc' ? 'desc' : column.first };
}

/** Compares two values of a column; null (unknown) always last, whatever the direction. */
function compareValues(a, b, dir) {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const c = a < b ? -1 : a > b ? 1 : 0;
  return dir === 'desc' ? -c : c;
}

function sortedRows() {
  const column = COLUMNS.find((c) => c.key === state.sort.key) ?? COLUMNS[0];
  const keys = [column, ...(column.then ?? []).map((k) => COLUMNS.find((c) => c.key === k))];
  return [...state.rows].sort((a, b) => {
    for (const c of keys) {
      const d = compareValues(c.value(a), c.value(b), c === column ? state.sort.dir : c.first);
      if (d) return d;
    }
    return compareValues(str(a.name), str(b.name), 'asc');
  });
}

function cellText(column, row) {
  const v = row[column.key];
  if (v === null || v === undefined) return '—';
  if (column.key === 'meanConfidence') return `${Math.round(v * 100)} %`;
  return String(v);
}

function renderHead() {
  const tr = document.getElementById('columns');
  clear(tr);
  for (const column of COLUMNS) {
    const active = state.sort.key === column.key;
    const arrow = active ? (state.sort.dir === 'desc' ? ' ▼' : ' ▲') : '';
    const button = el('button', {
      text: column.label + arrow,
      attrs: { type: 'button', 'data-sort': column.key },
      on: { click: () => sortBy(column) },
    });
    tr.append(el('th', { className: column.numeric ? 'n' : '', attrs: { 'aria-sort': active ? (state.sort.dir === 'desc' ? 'descending' : 'ascending') : null } }, [button]));
  }
}

function sortBy(column) {
  const dir = state.sort.key === column.key ? (state.sort.dir === 'desc' ? 'asc' : 'desc') : column.first;
  const name = currentName();
  state.sort = { key: column.key, dir };
  history.replaceState(null, '', `#sort=${column.key}&dir=${dir}`);
  render(name);
}

function currentName() {
  return document.querySelectorAll('#rows tr')[state.selected]?.dataset.name ?? null;
}

function render(keepName) {
  renderHead();
  const rows = sortedRows();
  sessionStorage.setItem(ORDER_KEY, JSON.stringify(rows.map((r) => r.name)));
  const body = document.getElementById('rows');
  clear(body);
  rows.forEach((row, i) => {
    const cells = COLUMNS.map((column) => {
      if (column.key === 'name') {
        const link = el('a', { text: row.name, attrs: { href: documentUrl(row.name) } });
        const file = row.fileName && row.fileName !== row.name ? el('span', { className: 'muted', text: ` ${row.fileName}` }) : null;
        const errors = row.errors.length ? el('div', { className: 'error', text: row.errors.join('\n') }) : null;
        return el('td', {}, [link, file, errors]);
      }
      return el('td', { className: column.numeric ? 'n' : '', text: cellText(column, row) });
    });
    body.append(el('tr', { attrs: { 'data-name': row.name }, on: { click: () => select(i) } }, cells));
  });
  const index = keepName ? rows.findIndex((r) => r.name === keepName) : -1;
  select(index >= 0 ? index : Math.min(state.selected, rows.length - 1), false);
}

function select(index, scroll = true) {
  const trs = document.querySelectorAll('#rows tr');
  if (!trs.length) return;
  state.selected = Math.max(0, Math.min(index, trs.length - 1));
  trs.forEach((tr, i) => {
    tr.classList.toggle('selected', i === state.selected);
    tr.setAttribute('aria-selected', String(i === state.selected));
  });
  const tr = trs[state.selected];
  sessionStorage.setItem(SELECTED_KEY, tr.dataset.name);
  if (scroll) tr.scrollIntoView({ block: 'nearest' });
}

const KEYS = {
  j: () => select(state.selected + 1),
  ArrowDown: () => select(state.selected + 1),
  k: () => select(state.selected - 1),
  ArrowUp: () => select(state.selected - 1),
  Enter: () => open(),
  o: () => open(),
};

function open() {
  const name = currentName();
  if (name !== null) location.href = documentUrl(name);
}

document.addEventListener('keydown', (event) => {
  if (typing(event) || event.ctrlKey || event.metaKey || event.altKey) return;
  // Enter on a focused link or button does its own thing.
  if (event.key === 'Enter' && event.target instanceof Element && event.target.closest('a, button')) return;
  const action = KEYS[event.key];
  if (!action) return;
  event.preventDefault();
  action();
});

async function load() {
  const status = document.getElementById('status');
  status.textContent = 'Loading…';
  const result = await getJson('/api/documents');
  if (!result.ok) {
    status.textContent = `Cannot load the documents: ${errorText(result)}`;
    status.className = 'error';
    return;
  }
  const { rows, dirs } = result.data;
  state.rows = rows;
  const parts = [`outputs ${dirs.out}`, `gold ${dirs.gold}`];
  if (dirs.against) parts.push(`other run ${dirs.against}`);
  if (dirs.inputs) parts.push(`inputs ${dirs.inputs}`);
  document.getElementById('dirs').textContent = parts.join(' · ');
  status.textContent = `${rows.length} document${rows.length === 1 ? '' : 's'}`;
  render(sessionStorage.getItem(SELECTED_KEY));
}

window.addEventListener('hashchange', () => {
  state.sort = readSort();
  render(currentName());
});

load();
