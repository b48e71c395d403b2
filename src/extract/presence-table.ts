/**
 * An attendance table flattened one member a line, the member's presence in the last column:
 * "FABRE Josiane présente", "ESCANDE Paul excusé – pouvoir à Mme COUDERC", "ROQUES Yvan absent",
 * "CALMELS Nadine   Pouvoir à M. BOUSQUET", "ROQUES Denis   Suppléé par Mme SEGUY Marie", "RIOU Monique Excusée
 * Suppléée par LE GOFF" (the member excused, the substitute who sat in the list).
 * No heading names the lists: each row says which one its member is in.
 */
import type { Person, Span } from '../schema/minutes.ts';
import { isOfficeWord, parsePersonList, type ListEntry } from './persons.ts';
import { NAME_PARTICLES, STATUS_WORDS, SUBSTITUTED_BY } from '../text/cues.ts';
import { laidOutCells, type LineLayout } from '../text/layout.ts';
import { lineAt } from '../text/lines.ts';
import { unwrapInPlace } from '../text/line-wrap.ts';
import { isLegendLine, legendCodes, type CodedStatus } from './presence-legend.ts';

/** "Absent non excusé": absent, the excuse denied (not the status "excusé" after a name "… Absent non"). */
const NOT_EXCUSED = String.raw`(?:[ \t]+non[ \t]+excus[ée]e?s?)?`;
/** A software export's inclusive ending after a status: "Excusé(e)", "Représenté(e)", "Présent(e)(s)". */
const INCLUSIVE_ENDING = String.raw`(?:\((?:e|s|es)\)){0,2}`;

/**
 * A row: the name, then its presence (maybe with who holds the member's proxy), or only the
 * proxy's holder ("Pouvoir à X", "Pouvoir X" in a column headed "MANDATAIRE"), or the substitute
 * who sat instead ("Suppléé par X", "Suppléé X"); a note of the member's coming or going after
 * "Présent" ("Présent (arrivée 10:40 - rapport", its bracket closed on the next line); after
 * "Absente (arrivée à 19h10)" the member came, which the table does not say.
 */
const ROW = new RegExp(
  String.raw`^[ \t]*(\S.*?)[ \t]+(?:(pr[ée]sente?s?|absente?s?${NOT_EXCUSED}|excus[ée]e?s?|repr[ée]sent[ée]e?s?)${INCLUSIVE_ENDING}(?:(?:[ \t]*[-–—,:][ \t]*|[ \t]+)(?:pouvoir|procuration|repr[ée]sent[ée]e?)[ \t]+(?:à|a|par)[ \t]+(\S.*?))?|(?:pouvoir|procuration|d[ée]l[ée]gation(?:[ \t]+de[ \t]+vote)?)(?:[ \t]+(?:à|a)(?=[ \t]))?[ \t]+(\S.*?)|(?:excus[ée]e?s?${INCLUSIVE_ENDING}(?:[ \t]*[-–—,][ \t]*|[ \t]+))?(?:${SUBSTITUTED_BY}|suppl[ée]{1,2}e?(?=[ \t]+\p{Lu}))[ \t]+(\S.*?)|repr[ée]sent[ée]e?s?${INCLUSIVE_ENDING}[ \t]+(?:par[ \t]+)?(\S.*?)|excus[ée]e?s?${INCLUSIVE_ENDING}[ \t]+(\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+)*[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*))(?:(?<=pr[ée]sente?s?)[ \t]+\((?:arriv|d[ée]part|parti|sorti|quitt)[^)\n]*\)?)?[ \t.]*$`,
  'iu',
);
/** Group of ROW: the holder printed straight after "Représenté(e)", in a column of proxies ("Représenté(e)   ALBERTINI Dominique"). */
const HOLDER_AFTER_STATUS = 6;
/** Group of ROW: the holder after "Excusé(e)", in a column "Pouvoir à" ("Excusée BERTRAND Gilles"); read only under such a column. */
const HOLDER_AFTER_EXCUSED = 7;
/** A column of the proxies' holders, its label alone on its line or in the table's header. */
const PROXY_COLUMN = /(?:^|\n|[ \t])(?:pouvoir|procuration)s?[ \t]+(?:donn[ée]e?[ \t]+)?[àa][ \t]*(?:\n|$)/iu;
/** A first column of communes ("Commune" / "Délégué" / …): each row opens on its commune, then the member's name. */
const COMMUNE_COLUMN = /(?:^|\n)[ \t]*(?:communes?|collectivit[ée]s?)[ \t]*\n[ \t]*(?:d[ée]l[ée]gu[ée]s?|noms?|membres?|conseillers?|[ée]lus?)(?:[ \t]+[^\n]*)?\n/iu;
/** The labels of cells a row may open on before the member's name: their commune, their college ("Personnel", "Usagers"), their group. */
const LEADING_LABEL = String.raw`(?:communes?|collectivit[ée]s?|coll[èe]ges?|cat[ée]gories?|groupes?)`;
/** A header whose first label comes before the name's: "Collège Nom Prénom Qualité Statut Pouvoir donné à", "Commune Délégué (titulaire) Qualité Statut …". */
const LEADING_CELLS_HEADER = new RegExp(String.raw`(?:^|\n)[ \t]*${LEADING_LABEL}[ \t]+(?:noms?[ \t]+(?:et[ \t]+)?pr[ée]noms?|d[ée]l[ée]gu[ée]s?(?:[ \t]+titulaires?)?[ \t]+(?:qualit[ée]s?|fonctions?|statuts?))(?![\p{L}])`, 'iu');
/** The member's family name in capitals, then a given name: where the name starts after a commune. */
const CAPITALS_THEN_GIVEN = /(?<![\p{L}'’-])\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+)*[ \t]+\p{Lu}\p{Ll}/u;

/** Fewer rows than this are sentences that happen to end on "présent". */
const MIN_ROWS = 3;
/**
 * Lines a table may pass over between two rows: a page break, the foot and head of the page,
 * the column labels printed again ("COMMUNE   CONSEILLER(E) TITULAIRE   PRÉSENCE / POUVOIR").
 */
const MAX_GAP_LINES = 3;

/**
 * A line the text printed before, whole on its line: a page's head or the table's column labels
 * printed again over its rest ("CONSEIL REGIONAL DE BOURGOGNE", "Nom" / "Prénom" / "Présence"),
 * however many, no gap in the table.
 */
function printedAgain(text: string, pos: number, line: string): boolean {
  const t = line.trim();
  return t.length > 0 && text.lastIndexOf(`\n${t}\n`, pos - 2) >= 0;
}

/** The first presence table in text[from, to): its members, each with their status, and its span. */
export function presenceTable(text: string, from: number, to: number, layout?: LineLayout): { entries: ListEntry[]; span: Span } | null {
  const coded = codedRow(text, from, to);
  const zone = text.slice(from, to);
  const noted = CELLS_AFTER_NAME_HEADER.test(zone);
  const columns = { proxies: PROXY_COLUMN.test(zone), leading: COMMUNE_COLUMN.test(zone) || LEADING_CELLS_HEADER.test(zone) };
  let rows: Array<{ entry: ListEntry; start: number; end: number; unheld?: boolean }> = [];
  const done = () => (rows.length >= MIN_ROWS ? withHoldersAfter(text, to, { entries: rows.map((r) => r.entry), span: { start: rows[0]!.start, end: rows[rows.length - 1]!.end } }, rows.flatMap((r) => (r.unheld ? [r.entry] : []))) : null);
  let gap = 0;
  for (let pos = from; pos < to; ) {
    let end = text.indexOf('\n', pos);
    if (end < 0 || end > to) end = to;
    let line = text.slice(pos, end);
    // "… Représenté Pouvoir à" / "VIEL Émilie": the holder's cell wrapped to the next line, read
    // with its row (the line break made a space: the offsets stay the text's).
    // Not the header's own "Pouvoir à" ("Nom Prénom Qualité Prés. Pouvoir à"): the line under it is the first row.
    if (HOLDER_WRAPPED.test(line) && !HEADER_LABELS.test(line) && end < to) {
      let next = text.indexOf('\n', end + 1);
      if (next < 0 || next > to) next = to;
      const cell = text.slice(end + 1, next);
      if (HOLDER_CELL.test(cell) && !STATUS_IN_CELL.test(cell)) {
        line = `${line} ${text.slice(end + 1, next)}`;
        end = next;
      }
    }
    // The legend under the table closes it ("P = PRESENT A = ABSENT EXC = EXCUSE").
    if (rows.length && coded && isLegendLine(line)) break;
    // A row whose presence the export centred on its wrapped office's first line, over the name's ("6e Vice- Présente (arrivée à" / "FONTAINE Marie-Lise Bras-Mahot").
    const above = rows.length && pos > from ? lineAt(text, pos - 1) : null;
    const centred = above && !ROW.test(line) && NAME_ROW.test(line) && !NAME_ROW.test(above.line) ? STATUS_CENTRED_ABOVE.exec(above.line) : null;
    const m = ROW.exec(centred ? `${line} ${centred[1]}` : line);
    const c = m ? null : coded?.row.exec(line);
    const read = m ? rowEntry(text, pos, m, layout, noted, columns) : c ? codedEntry(text, pos, c, coded!.codes, layout, noted, columns.leading) : null;
    // "DE LA SALLE-" / "MONTAGNAC Hubert" / "UDC P": a coded row whose name's cell wrapped.
    const codedWrapped = read || m || !coded ? null : wrappedCodedRow(text, pos, to, coded, noted, columns.leading);
    if (codedWrapped) {
      rows.push({ entry: codedWrapped.entry, start: pos + (line.length - line.trimStart().length), end: codedWrapped.end });
      gap = 0;
      pos = codedWrapped.end + 1;
      continue;
    }
    // "3e Vice- PAYET Jean-" / "NATIVEL Sylvie Ravine-Sèche Représentée" / "présidente Claude": the holder's cell centred likewise.
    const entry = read && m && !read.proxy && REPRESENTED.test(m[2] ?? '') && above ? (withHolderAbove(text, above, read) ?? read) : read;
    // A row whose cells the export wrapped one a line, inside a table already read.
    // The table's first row may be one too when a civility opens it ("M. LABROUSSE Gilbert Désigné par le Conseil").
    const wrapped = entry || (!rows.length && !CIVILITY_NAME.test(line)) ? null : wrappedRow(text, pos, to);
    // "ALLANIC Jean-Yves Présent  LE NY Jean Présent": the table printed in two columns side by side, two rows a
    // line; read before the line as one row, which would take the second's name for the first's holder.
    const pair = c || centred ? null : rowsSideBySide(text, pos, line, layout, noted, columns);
    if (pair) {
      for (const half of pair) rows.push(half);
      gap = 0;
    } else if (entry) {
      // Coded represented, no holder on the row: the holders' column may be printed after the table.
      // So may a row saying "Représentée" in words, no holder after it ("… Représentée" / … / "Mandataire" / "LABARTHE Michèle").
      const unheld = ((!!c && !m && coded!.codes.get(c[2]!) === 'represented') || (!!m && REPRESENTED.test(m[2] ?? ''))) && !entry.proxy;
      rows.push({ entry, start: pos + (line.length - line.trimStart().length), end, unheld });
      gap = 0;
    } else if (wrapped) {
      rows.push({ entry: wrapped.entry, start: pos + (line.length - line.trimStart().length), end: wrapped.end });
      gap = 0;
      pos = wrapped.end + 1;
      continue;
    } else if (rows.length && !printedAgain(text, pos, line) && ++gap > MAX_GAP_LINES) {
      const table = done();
      if (table) return table;
      rows = [];
      gap = 0;
    }
    pos = end + 1;
  }
  return done();
}

/** Whether `line` says a presence twice, as two rows side by side do. */
function twoStatuses(line: string): boolean {
  const first = STATUS_IN_CELL.exec(line);
  return first !== null && STATUS_IN_CELL.test(line.slice(first.index + first[0].length));
}

/** The gutter between two columns of a table printed side by side, in the line as laid out (its tabs made spaces): two spaces or more. */
const GUTTER = /[ \t]{2,}/g;

/**
 * The two rows of a line holding a table's two columns side by side ("CADORET Joseph Pouvoir M. LE MOING  LE
 * TUTOUR Henri Excusé"), parted where the layout shows a gutter each side of which is a row of its own; else null.
 */
function rowsSideBySide(
  text: string,
  lineStart: number,
  line: string,
  layout: LineLayout | undefined,
  noted: boolean,
  columns: { proxies: boolean; leading: boolean },
): Array<{ entry: ListEntry; start: number; end: number }> | null {
  // Normalization made the gutter one space: only the layout still shows it. Asked only of a line with a
  // status for each side: the layout's index is built on its first question, which most texts never ask.
  const laid = layout && twoStatuses(line) ? layout(line) : null;
  if (!laid) return null;
  const indent = line.length - line.trimStart().length;
  const cells = laid.trim();
  for (const gutter of cells.matchAll(GUTTER)) {
    // The left side as the normalized line writes it: its spaces single.
    const leftLength = indent + cells.slice(0, gutter.index).replace(/\s+/g, ' ').length;
    const left = line.slice(0, leftLength);
    const rightAt = leftLength + 1;
    const right = line.slice(rightAt);
    if (!STATUS_IN_CELL.test(left) || !STATUS_IN_CELL.test(right)) continue;
    const l = ROW.exec(left);
    const r = l && ROW.exec(right);
    const first = l && rowEntry(text, lineStart, l, undefined, noted, columns);
    const second = r && first ? rowEntry(text, lineStart + rightAt, r, undefined, noted, columns) : null;
    if (first && second) {
      return [
        { entry: first, start: lineStart + indent, end: lineStart + leftLength },
        { entry: second, start: lineStart + rightAt, end: lineStart + line.length },
      ];
    }
  }
  return null;
}

/** The holders' column's label, alone on its line: "Pouvoir donné à", "Procuration à", "Mandataire". */
const HOLDERS_LABEL = /^[ \t]*(?:(?:pouvoirs?|procurations?)(?:[ \t]+donn[ée]e?s?)?(?:[ \t]+[àa])?|mandataires?)[ \t]*:?[ \t]*$/iu;
/** How many lines after the table its holders' column may start. */
const HOLDERS_REACH = 2;

/**
 * A software's table whose column of holders came out after it, its label then a name a line
 * ("Pouvoir donné à" / "CASANOVA Pascale" / "ORSINI Jean-Baptiste"): the members the codes mark
 * represented with no holder on their row, `unheld`, take these names in order, when as many.
 */
function withHoldersAfter(text: string, to: number, table: { entries: ListEntry[]; span: Span }, unheld: readonly ListEntry[]): { entries: ListEntry[]; span: Span } {
  if (!unheld.length) return table;
  let pos = table.span.end + 1;
  for (let n = 0; n <= HOLDERS_REACH && pos < to; n++) {
    const line = lineAt(text, pos);
    if (HOLDERS_LABEL.test(line.line)) {
      const holders: Person[] = [];
      for (let at = line.end + 1; at < to && holders.length <= unheld.length; ) {
        const next = lineAt(text, at);
        const people = next.line.trim() ? parsePersonList(text, at, next.end).map((e) => e.person) : [];
        if (people.length !== 1 || !/\p{Lu}{2}/u.test(people[0]!.surname)) break;
        holders.push(people[0]!);
        at = next.end + 1;
      }
      if (holders.length !== unheld.length) return table;
      const holderOf = new Map(unheld.map((e, i) => [e, holders[i]!]));
      return { ...table, entries: table.entries.map((e) => (holderOf.has(e) ? { ...e, status: null, proxy: holderOf.get(e)! } : e)) };
    }
    pos = line.end + 1;
  }
  return table;
}

/** A row's name cell opening its line, a surname in capitals then a given name (a line of a centred cell opens on none). */
const NAME_ROW = /^[ \t]*\p{Lu}[\p{Lu}'’\/-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+)*[ \t]+\p{Lu}\p{Ll}/u;
/** A presence closing a line after an office's first part, maybe with a note of a coming whose bracket closes below. */
const STATUS_CENTRED_ABOVE = /^[ \t]*\S[^\n]*?[ \t](pr[ée]sente?|absente?|excus[ée]e?|repr[ée]sent[ée]e?)(?:[ \t]+\((?:arriv|d[ée]part|parti|sorti|quitt)[^)\n]*)?[ \t]*$/iu;
const REPRESENTED = /^repr[ée]sent/iu;
/** A holder's name closing the line over a represented member's row: its surname in capitals, its given name maybe cut ("PAYET Jean-"). */
const HOLDER_ABOVE = /(?<=[ \t])\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+)*[ \t]+\p{Lu}\p{Ll}[\p{L}'’]*-?[ \t]*$/u;

/** `entry`, represented, its holder the name closing the line above, when that line holds no row of its own. */
function withHolderAbove(text: string, above: ReturnType<typeof lineAt>, entry: ListEntry): ListEntry | null {
  if (ROW.test(above.line)) return null;
  const h = HOLDER_ABOVE.exec(above.line);
  if (!h) return null;
  const holder = parsePersonList(text, above.start + h.index, above.start + h.index + h[0].trimEnd().replace(/-$/, '').length).map((e) => e.person)[0];
  return holder ? { ...entry, proxy: holder } : null;
}

/** A table's header, naming the given name's column. */
const HEADER_LABELS = /^[ \t]*(?:\p{L}+[ \t]+)?noms?[ \t]+(?:et[ \t]+)?pr[ée]noms?(?![\p{L}])/iu;
/** A row closing on "Pouvoir à", its holder's cell wrapped to the next line. */
const HOLDER_WRAPPED = /[ \t](?:pouvoir|procuration)[ \t]+(?:à|a)[ \t]*$/iu;
/** That cell: a name and no presence of its own ("VIEL Émilie"). */
const HOLDER_CELL = /^[ \t]*(?:(?:M\.|Mme|MM\.|Monsieur|Madame)[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+[\p{L}'’.-]+){0,3}[ \t]*$/u;

const STATUS_IN_CELL = /(?<![\p{L}])(?:pr[ée]sente?s?|absente?s?|excus[ée]e?s?|repr[ée]sent[ée]e?s?|pouvoir|procuration)(?![\p{L}])/iu;
/** A header naming cells between the member's name and presence: "Nom Prénom Groupe Dépt. Présence Pouvoir donné à". */
const CELLS_AFTER_NAME_HEADER = new RegExp(
  // The presence's label may be its codes ("P/A").
  String.raw`(?:^|\n)[ \t]*(?:${LEADING_LABEL}[ \t]+)?noms?[ \t]+(?:et[ \t]+)?pr[ée]noms?[ \t]+(?:(?:groupes?|d[ée]pt\.?|d[ée]partements?|qualit[ée]s?|fonctions?|communes?|cantons?|coll[èe]ges?)[ \t]+)+(?:pr[ée]sences?|statuts?|\p{Lu}{1,3}(?:\/\p{Lu}{1,3}){1,4})(?![\p{L}])`,
  'iu',
);

/** A presence alone on its line, a wrapped row's cell (or, read before the table, a list's heading). */
export const STATUS_CELL = new RegExp(String.raw`^[ \t]*(pr[ée]sente?s?|absente?s?(?:[ \t]+excus[ée]e?s?)?|excus[ée]e?s?|repr[ée]sent[ée]e?s?)${INCLUSIVE_ENDING}[ \t]*$`, 'iu');
/** A proxy's cell alone on its line, naming the holder: "Pouvoir LABROUSSE Gilbert", "Pouvoir à M. X". */
const PROXY_CELL = /^[ \t]*(?:pouvoir|procuration|mandat|repr[ée]sent[ée]e?(?:\(e\))?)(?:[ \t]+(?:à|a|par)(?=[ \t]))?[ \t]+(\p{Lu}\S*(?:[ \t]+\S+){0,3})[ \t]*$/iu;
/** A civility, the surname in capitals and the given name: a row's name before its other cells. */
const CIVILITY_NAME = /^[ \t]*(?:M\.|Mme|Mlle|Monsieur|Madame)[ \t]+\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+)*[ \t]+\p{Lu}\p{Ll}[\p{L}-]*(?:-\p{Lu}\p{Ll}+)?/u;
/** How many cells (the name's, the given name's, the office's) a wrapped row may hold before its presence. */
const CELLS_BEFORE_STATUS = 4;

/**
 * A row whose cells stand one a line from `from` ("LOUIS-SIDNEY" / "Josette" / "3ème adjointe" /
 * "Représentée" / "RENÉ-CORAIL Marie-" / "Line"): the member named by its first line or two, the
 * presence, the holder under "Représenté(e)". Null when the lines are no such row.
 */
function wrappedRow(text: string, from: number, to: number): { entry: ListEntry; end: number } | null {
  const lines: Array<{ start: number; end: number; text: string }> = [];
  for (let pos = from; pos < to && lines.length < CELLS_BEFORE_STATUS + 3; ) {
    let end = text.indexOf('\n', pos);
    if (end < 0 || end > to) end = to;
    lines.push({ start: pos, end, text: text.slice(pos, end) });
    pos = end + 1;
  }
  // "4ème Adjoint Présent": the office's cell on the presence's line, where the name's wrapped above it.
  for (const l of lines) l.text = withoutOfficeCell(l.text);
  const k = lines.findIndex((l, i) => i > 0 && i <= CELLS_BEFORE_STATUS && (STATUS_CELL.test(l.text) || PROXY_CELL.test(l.text)));
  if (k < 0) return null;
  // The name on the first line, its given name maybe on the second; after a civility, the name
  // alone (the office's cell goes on after it: "M. LABROUSSE Gilbert Désigné par le Conseil").
  const named = CIVILITY_NAME.exec(lines[0]!.text);
  const people = parsePersonList(text, lines[0]!.start, named ? lines[0]!.start + named[0].length : beforeOffice(text, lines[0]!.start, lines[0]!.end)).map((e) => e.person);
  if (people.length !== 1 || !/\p{Lu}{2}/u.test(people[0]!.surname)) return null;
  const given = k > 1 && people[0]!.givenName === null ? /^[ \t]*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]*$/u.exec(lines[1]!.text) : null;
  if (given) people[0] = { ...people[0]!, givenName: given[1]! };
  // "Pouvoir LABROUSSE Gilbert": the proxy's cell, its holder maybe wrapped after a hyphen.
  const proxyCell = PROXY_CELL.exec(lines[k]!.text);
  if (proxyCell) {
    const at = lines[k]!.start + proxyCell[0].length - proxyCell[1]!.length;
    const holderEnd = /-[ \t]*$/.test(lines[k]!.text) && lines[k + 1] ? lines[k + 1]!.end : lines[k]!.end;
    const holder = parsePersonList(text, at, holderEnd).map((e) => e.person)[0];
    return holder ? { entry: { person: people[0]!, status: null, proxy: holder }, end: holderEnd } : null;
  }
  const word = STATUS_CELL.exec(lines[k]!.text)![1]!.toLowerCase();
  let end = lines[k]!.end;
  let proxy = null;
  if (/^repr/.test(word) && lines[k + 1]) {
    // The holder's cell, wrapped after a hyphen ("RENÉ-CORAIL Marie-" / "Line").
    const holderEnd = /-[ \t]*$/.test(lines[k + 1]!.text) && lines[k + 2] ? lines[k + 2]!.end : lines[k + 1]!.end;
    proxy = parsePersonList(text, lines[k + 1]!.start, holderEnd).map((e) => e.person)[0] ?? null;
    if (proxy) end = holderEnd;
  }
  // "Absent excusé": excused.
  const status = proxy || /^pr[ée]s/.test(word) ? null : /^repr|excus/.test(word) ? 'excused' : (STATUS_WORDS.find(([re]) => re.test(word))?.[1] ?? null);
  return { entry: { person: people[0]!, status, proxy }, end };
}

/**
 * An office's cell before a presence's on one line ("4ème Adjoint Présent", "Conseiller municipal Présent"):
 * its words, two or one, a rank maybe first. One word where the office's first wrapped above it and the
 * presence's cell names the holder ("Conseillère" / "municipale Représentée MONROSE Marie-Line").
 */
const officeCellLead = (words: string) => new RegExp(String.raw`^([ \t]*(?:\d{1,2}(?:er|re|e|[èe]me)[ \t]+)?)(${words})[ \t]+(?=\p{L})`, 'u');
const OFFICE_WORD = String.raw`\p{L}[\p{L}-]*`;
const OFFICE_CELL_LEADS = [officeCellLead(`${OFFICE_WORD}[ \t]+${OFFICE_WORD}`), officeCellLead(OFFICE_WORD)];

/** The line without an office's cell before its presence's, its offsets kept by blanks in its place; the line itself otherwise. */
function withoutOfficeCell(line: string): string {
  for (const lead of OFFICE_CELL_LEADS) {
    const m = lead.exec(line);
    if (!m || !m[2]!.split(/[ \t]+/).every((w) => isOfficeWord(w) || /^municipa(?:l|le|ux)$/iu.test(w))) continue;
    const rest = line.slice(m[0].length);
    if (STATUS_CELL.test(rest) || PROXY_CELL.test(rest)) return ' '.repeat(m[0].length) + rest;
  }
  return line;
}

/**
 * Where the member's name starts in a row that opens on a cell labelling it ("Les Chazalets ARNOUX
 * Didier Titulaire Présent", "Commune MARTINELLI Jean-Claude Maire - Président P"): at the family
 * name in capitals before a given name.
 */
function afterLeadingCells(text: string, lineStart: number, nameEnd: number, layout: LineLayout | undefined): number {
  const from = nameStart(text, lineStart, nameEnd, layout);
  if (from !== lineStart) return from;
  const name = CAPITALS_THEN_GIVEN.exec(text.slice(lineStart, nameEnd));
  if (!name) return from;
  return lineStart + name.index + communeInCapitals(name[0]);
}

/** A commune's article printed apart from its name ("LE HAVRE", "LA ROCHELLE"). */
const COMMUNE_ARTICLE = /^(?:LE|LA|LES|L['’])$/u;

/**
 * "VILLIERS-SORGEON BERTHELOT Alain": the commune's cell in capitals too, before the family name
 * in capitals. A commune's words are joined by hyphens, but for its article ("LE HAVRE LE GALL
 * Yves"): the first word (after its article) is the commune's where another word in capitals
 * follows it. How far into `run` (the capitals and the given name's first letters) the name starts.
 */
function communeInCapitals(run: string): number {
  const words = [...run.matchAll(/\S+/gu)];
  // The last word is the given name's opening ("Al" of "Alain"); the family name is before it.
  const family = words.slice(0, -1);
  // "DE LA SALLE Hubert": a family name's particle opens the run, no commune's word.
  if (!family.length || isNameParticle(family[0]![0])) return 0;
  const commune = family.length > 1 && COMMUNE_ARTICLE.test(family[0]![0]) ? 2 : 1;
  return family.length > commune ? family[commune]!.index : 0;
}

/** A family name's particle opening it ("DE LA SALLE", "D'ALMEIDA", "VAN DER BERG"); not an article, which may be a commune's. */
const isNameParticle = (word: string): boolean => /^D['’]\p{Lu}/u.test(word) || (NAME_PARTICLES.has(word.toLowerCase()) && !COMMUNE_ARTICLE.test(word));

/** Where the member's name starts: after the cells that label the row (its commune, its group), as the layout parts them. */
function nameStart(text: string, lineStart: number, nameEnd: number, layout: LineLayout | undefined): number {
  if (!layout) return lineStart;
  const lineEnd = text.indexOf('\n', lineStart);
  const cells = laidOutCells(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd), layout);
  const before = cells?.filter(([, b]) => lineStart + b <= nameEnd) ?? [];
  return before.length >= 2 ? lineStart + before[before.length - 1]![0] : lineStart;
}

/**
 * Where a legend gives the codes of a presence column ("P = présent ; R = représenté ; …"), a row
 * is a name, its code, and for a member represented the holder of the proxy after it.
 */
function codedRow(text: string, from: number, to: number): { row: RegExp; codes: ReadonlyMap<string, CodedStatus> } | null {
  const codes = legendCodes(text, from, to);
  if (!codes) return null;
  const alternatives = [...codes.keys()].sort((a, b) => b.length - a.length).join('|');
  return { row: new RegExp(String.raw`^[ \t]*(\S.*?)[ \t]+(${alternatives})(?:[ \t]+(\S.*?))?[ \t]*$`, 'u'), codes };
}

/** "à", "pouvoir à" before a proxy's holder in the cell after a code. */
const HOLDER_LINK = /^(?:(?:pouvoir|procuration)\s+)?[àa]\s+/iu;

/**
 * Where the name's cell ends before a column of offices ("DIEBOLT Marcel Conseiller", "FISCHER
 * Alphonse 1er Adjoint"): at the first office word or rank after the name's first two words.
 */
function beforeOffice(text: string, start: number, end: number): number {
  const OFFICE_OR_RANK = /[^\s,;]+/g;
  OFFICE_OR_RANK.lastIndex = start;
  let words = 0;
  for (let w = OFFICE_OR_RANK.exec(text); w && w.index < end; w = OFFICE_OR_RANK.exec(text)) {
    if (++words > 2 && (isOfficeWord(w[0]) || /^\d{1,2}(?:er|re|e|[èe]me)$/iu.test(w[0]))) return text.slice(start, w.index).trimEnd().length + start;
  }
  return end;
}

/**
 * Under "Nom Prénom Groupe Présence", the name's cell: the family name in capitals, then a given
 * name or two, each a capital and small letters; the group's cell after it ("SRA", "FdG") is none.
 */
const NAME_THEN_GIVEN = /^[ \t]*\p{Lu}[\p{Lu}'’-]*(?:[ \t]+\p{Lu}[\p{Lu}'’-]*)*(?:[ \t]+\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}[\p{Ll}'’]*)*(?![\p{L}])){1,2}/u;

function codedEntry(
  text: string,
  lineStart: number,
  m: RegExpExecArray,
  codes: ReadonlyMap<string, CodedStatus>,
  layout: LineLayout | undefined,
  noted = false,
  leading = false,
): ListEntry | null {
  const codeAt = lineStart + m.index + m[1]!.length + m[0].slice(m[1]!.length).indexOf(m[2]!);
  const from = leading ? afterLeadingCells(text, lineStart, codeAt, layout) : nameStart(text, lineStart, codeAt, layout);
  const cell = noted ? NAME_THEN_GIVEN.exec(text.slice(from, codeAt)) : null;
  const people = parsePersonList(text, from, beforeOffice(text, from, cell ? from + cell[0].length : codeAt)).map((e) => e.person);
  if (people.length !== 1 || !/\p{Lu}{2}/u.test(people[0]!.surname)) return null;
  // "A   EXC": a second code in the holder's column says more of the member ("A = ABSENT EXC = EXCUSE"): excused.
  const further = m[3] ? codes.get(m[3]) : undefined;
  if (further) return { person: people[0]!, status: listedOf(further), proxy: null };
  const status = codes.get(m[2]!)!;
  // "Pv   à CLAUDEL Jean-Paul": the link word before the holder is no part of their name.
  const link = m[3] ? (HOLDER_LINK.exec(m[3])?.[0].length ?? 0) : 0;
  const holderAt = m[3] ? lineStart + m.index + m[0].lastIndexOf(m[3]) + link : -1;
  // The holder of a proxy after the code: "R   M. Olivier DEVAUX", and after "E" where the legend
  // has no code of its own for it ("E   M. MONTEIL").
  const named = status !== 'present' && m[3] ? (parsePersonList(text, holderAt, holderAt + m[3].length - link)[0]?.person ?? null) : null;
  const proxy = named && (named.civility || /\p{Lu}{2}/u.test(named.surname)) ? named : null;
  // An observation in the last column ("maladie", "arrivé pendant le point 3", after a member
  // present "Arrivé à 10h40", "Président") is no holder.
  if (m[3] && !proxy && !/^\p{Ll}/u.test(m[3]) && !(status === 'present' && /^\p{Lu}\p{Ll}/u.test(m[3]))) return null;
  // "S   Mme HUMBERT Claire (suppléante)": the substitute sat, the member is in no list.
  if (status === 'substituted') return proxy ? { person: proxy, status: null, proxy: null } : null;
  // Present, or represented by the holder named: in no status list. Represented with no holder named: excused.
  return { person: people[0]!, status: proxy ? null : listedOf(status), proxy };
}

/** The status list a coded member is in: none for the present (and a member a substitute sat for); excused for one represented. */
function listedOf(status: CodedStatus): ListEntry['status'] {
  return status === 'present' || status === 'substituted' ? null : status === 'represented' ? 'excused' : status;
}

/**
 * The first line of a row whose cells wrapped: a family name in capitals and no more ("DE LA
 * SALLE-", "MALLET-COURNOL"), or with its given name, whole or cut at its hyphen ("LAPORTE-MIALET
 * Jean-"), the row's other cells on the lines below.
 */
const NAME_CELL_CUT = /^[ \t]*\p{Lu}[\p{Lu}'’-]*(?:[ \t]+\p{Lu}[\p{Lu}'’-]*)*(?:[ \t]+\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}[\p{Ll}'’]*)*-?)?[ \t]*$/u;
/**
 * Or the name and the row's cells after it but the code, wrapped below: "LEBRETON Yves 1er Vice-Président
 * Saint-Aubin-l'Erdrelle" / "P" (the commune's cell cut at its hyphen, which normalization joined).
 */
const CODE_CUT = /^[ \t]*\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+)*[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*[ \t]+\S[^\n]*$/u;
/** How many lines past its first a coded row's wrapped cells may take. */
const CODED_ROW_WRAPS = 2;

/**
 * A coded row whose name's cell wrapped ("LAPORTE-MIALET Jean-" / "Claude" / "SRA P"), or its code
 * ("… Saint-Aubin-l'Erdrelle" / "P"): its lines
 * read as one, none after the first a row of its own (a member with a given name). The member's
 * and holder's raw names are the text's.
 */
function wrappedCodedRow(
  text: string,
  pos: number,
  to: number,
  coded: NonNullable<ReturnType<typeof codedRow>>,
  noted: boolean,
  leading = false,
): { entry: ListEntry; end: number } | null {
  const firstEnd = text.indexOf('\n', pos);
  if (firstEnd < 0 || firstEnd >= to || !(NAME_CELL_CUT.test(text.slice(pos, firstEnd)) || CODE_CUT.test(text.slice(pos, firstEnd)))) return null;
  let end = firstEnd;
  for (let n = 0; n < CODED_ROW_WRAPS; n++) {
    const start = end + 1;
    let next = text.indexOf('\n', start);
    if (next < 0 || next > to) next = to;
    const nextLine = text.slice(start, next);
    if (!nextLine.trim() || nextLine.includes('\f')) return null;
    const own = coded.row.exec(nextLine);
    if (own && codedEntry(text, start, own, coded.codes, undefined, noted, leading)?.person.givenName) return null;
    end = next;
    const joined = unwrapInPlace(text.slice(pos, end));
    const c = coded.row.exec(joined);
    if (!c) continue;
    const entry = codedEntry(text.slice(0, pos) + joined + text.slice(end), pos, c, coded.codes, undefined, noted, leading);
    if (!entry) return null;
    const asWritten = (p: ListEntry['person']) => (p.span ? { ...p, raw: text.slice(p.span.start, p.span.end) } : p);
    return { entry: { ...entry, person: asWritten(entry.person), proxy: entry.proxy && asWritten(entry.proxy) }, end };
  }
  return null;
}

/** A delegate's seat in a cell of its own after the name: "Titulaire", "Suppléant". */
const SEAT_CELL = /[ \t]+(?:titulaires?|suppl[ée]ant(?:e|\(e\))?s?)[ \t]*$/iu;

function rowEntry(
  text: string,
  lineStart: number,
  m: RegExpExecArray,
  layout: LineLayout | undefined,
  noted = false,
  columns = { proxies: false, leading: false },
): ListEntry | null {
  if (m[HOLDER_AFTER_EXCUSED] && !columns.proxies) return null;
  const rest = m[0].slice(m[1]!.length);
  const statusAt = lineStart + m.index + m[1]!.length + (rest.length - rest.trimStart().length);
  const from = columns.leading ? afterLeadingCells(text, lineStart, statusAt, layout) : nameStart(text, lineStart, statusAt, layout);
  // "FAUCHER Louis Titulaire Pouvoir …": the seat's cell between the name and the status is no given name.
  const seat = SEAT_CELL.exec(text.slice(from, statusAt));
  // "ANSELME Hilaire Maire Présent": the office's cell, under "Qualité", no part of the name.
  let people = parsePersonList(text, from, beforeOffice(text, from, seat ? from + seat.index : statusAt)).map((e) => e.person);
  // Under "Nom Prénom Groupe Dépt. Présence", the cells after the name ("SOC Pas-de-Calais") read as a second name.
  if (noted && people.length > 1 && people[0]!.givenName) people = people.slice(0, 1);
  if (people.length !== 1 || !/\p{Lu}{2}/u.test(people[0]!.surname)) return null;
  const after = (group: string) => {
    const at = lineStart + m.index + m[0].lastIndexOf(group);
    return parsePersonList(text, at, at + group.length).map((e) => e.person)[0] ?? null;
  };
  // "Suppléé par Mme SEGUY Marie": the substitute sat; the member is in no list.
  if (m[5]) {
    const substitute = after(m[5]);
    return substitute ? { person: substitute, status: null, proxy: null } : null;
  }
  const holder = m[3] ?? m[4] ?? m[HOLDER_AFTER_STATUS] ?? m[HOLDER_AFTER_EXCUSED];
  const proxy = holder ? after(holder) : null;
  if ((m[4] || m[HOLDER_AFTER_STATUS] || m[HOLDER_AFTER_EXCUSED]) && !proxy) return null;
  // "présent" and "représenté" are in no status list: the member is present, or represented;
  // "Représentée" with no holder on the row is excused, until the holders' column after the table names one.
  const status = proxy ? null : REPRESENTED.test(m[2] ?? '') ? 'excused' : (STATUS_WORDS.find(([re]) => re.test(m[2]!.toLowerCase()))?.[1] ?? null);
  return { person: people[0]!, status, proxy };
}
