/** Who signs: the names under "Le Président," / "Le Maire," at the end, or the president named again there. */
import { NAME_PARTICLES } from '../text/cues.ts';
import type { Person } from '../schema/minutes.ts';
import { isOfficeWord, parsePersonList } from './persons.ts';
import { namesBesideScrawls, signatureTable, signedRows } from './signature-table.ts';
import { TITLE_CASE_WORD } from '../text/given-names.ts';
import { execAll } from '../text/matches.ts';
import { lineAt } from '../text/lines.ts';
import { lowerOf } from '../text/caseless.ts';
import { laidOutCells, type LineLayout } from '../text/layout.ts';

// A speck OCR read after the role's comma ("Le Maire, -") closes its line as the comma would.
const SIGNER_ROLES = /(?:^|\n|\s)(?:Pour\s+extrait\s+conforme[,.]?\s*)?((?:(?:L[ea]|LE|LA)['’,]?\s+(?:[Pp]r[ée]sident(?:e)?|PR[ÉE]SIDENTE?|[Pp]r[ée]f[eè]t|[Mm]aire|MAIRE|[Ss]ecr[ée]taire(?:\s+de[-.]?\s+s[ée]an[ce]e)?|SECR[ÉE]TAIRE(?:\s+DE\s+S[ÉE]ANCE)?|[Vv]ice-[Pp]r[ée]sident(?:e)?|[Dd]oyen(?:ne)?\s+d['’]\s?[âa]ge|DOYEN(?:NE)?\s+D['’]\s?[ÂA]GE|[Dd]irect(?:eur|rice)|[Pp]remi(?:er|ère)\s+[Aa]djointe?)(?:\s+(?:sortante?|par\s+int[ée]rim))?|L['’](?:[Aa]djointe?|ADJOINTE?)(?:\s+(?:au\s+)?[Mm]aire)?(?:\s+d[ée]l[ée]gu[ée]e?)?|(?:Les|LES)\s+(?:[Ss]ecr[ée]taires(?:\s+de\s+s[ée]ance)?|SECR[ÉE]TAIRES(?:\s+DE\s+S[ÉE]ANCE)?)|(?<=Pour\s+)l[ea]\s+(?:[Pp]r[ée]sidente?|[Mm]aire)(?:\s+d[eu]\s+[\p{L}'’ ]{3,40}?)?\s+et\s+par\s+d[ée]l[ée]gation)(?:\s+d[eu]\s+[\p{L}'’ ]{3,40}?)?)\s*[,:.]?(?:[ \t]*[-_.~»«*]{1,2}(?=[ \t]*\n))?\s*(?=\n|\s\p{Lu})/gu;

/** After an office, "à" and an infinitive: the office a sentence authorises to act ("AUTORISE LE MAIRE A SIGNER"), no signer. */
const TOLD_TO_ACT = /^\s*[àaÀA]\s+\p{L}+(?:er|ir|re|ER|IR|RE)(?![\p{L}])/u;

/** The office as written, its spaces one each and OCR's speck after its article gone ("Le, President"). */
const roleOf = (office: string) => office.replace(/\s+/g, ' ').replace(ARTICLE_SPECK, '$1');
const ARTICLE_SPECK = /^(L[ea]|LE|LA),/u;

/** A letterhead's service under its office ("Le Président" / "Secrétariat Général"): words in title case, no one's name. */
const SERVICE_LINE = /^\s*(?:Secr[ée]tariat|Services?|Direction|Cabinet|Division|P[ôo]le|Mission|Bureau|Cellule|Délégation)(?![\p{L}])/u;
/** A line holding only a name in title case, two to four words, after blank lines. */
const NAME_LINE = new RegExp(String.raw`^\s*(?:${TITLE_CASE_WORD}[ \t]+){1,3}${TITLE_CASE_WORD}[ \t]*(?:\n|$)`, 'u');

/** Offset of the last occurrence of `word` as a whole word in text[from..], or -1. */
function lastWholeWord(text: string, word: string, from: number): number {
  const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  // Most often the name is not in the tail: then lastIndexOf would read back through the whole text.
  if (text.indexOf(word, from) < 0) return -1;
  for (let at = text.lastIndexOf(word); at >= from; at = text.lastIndexOf(word, at - 1)) {
    if (!isLetter(text[at - 1]) && !isLetter(text[at + word.length])) return at;
    if (at === 0) break;
  }
  return -1;
}

const NEAR_TAIL = 600;
const FAR_TAIL = 1500;

/** Only a comma, a colon, a full stop ("La Secrétaire de séance.") or another role before the end of the line. */
function endsLine(text: string, at: number): boolean {
  const lineEnd = text.indexOf('\n', at);
  const rest = text.slice(at, lineEnd < 0 ? text.length : lineEnd);
  return /^[\s,:.]*$/.test(rest) || OFFICE_GOES_ON.test(rest) || ROLES_ONLY.test(`${rest}\n`);
}
/** The office's last words before its comma, in title case ("Le Président du Conseil" / " Départemental,"). */
const OFFICE_GOES_ON = /^[ \t]+\p{Lu}[\p{Ll}'’-]+(?:[ \t]+(?:de|du|des|de[ \t]+la|d['’]|l['’])?[ \t]*\p{Lu}[\p{Ll}'’-]+){0,3}[ \t]*,[ \t]*$/u;
const ROLES_ONLY = new RegExp(`^\\s*(?:${SIGNER_ROLES.source})+[\\s,:.]*$`, 'u');

/** A month as a date stamp abbreviates it ("2 0 NOV. 2003"): the stamp, not a signatory. */
const MONTH = /^(?:JANV?|F[ÉE]VR?|MARS|AVR|MAI|JUIN|JUIL|AO[ÛU]T|SEPT?|OCT|NOV|D[ÉE]C)\.?$/u;

/** A family name in capitals, as signatures under a role are written; not a stamp's month. */
/** An office read as a name: a seal's "* LE MAIRE *" between the role and the signature. */
const OFFICE_AS_NAME = /^(?:LE|LA)\s+(?:MAIRE|PR[ÉE]SIDENTE?|SECR[ÉE]TAIRE)$/u;
const inCapitals = (p: Person) => /^[\p{Lu}'\- ]+$/u.test(p.surname) && !MONTH.test(p.surname) && !STAMP_WORDS.test(p.surname) && !OFFICE_AS_NAME.test(p.surname);
/** A date after a name, "le" between ("de MEAUX le" / "28 NOV. 1995"): a stamp's place, not a signatory. */
const DATED_AFTER = /^[ \t]+le[ \t]*(?:[-–][ \t]*)?(?:\n[ \t]*)?\d{1,2}(?:er)?[ \t./]/u;
/** A name a stamp's word opens ("SOUS-PREFECTURE DE LANGRES", over two lines or one, blank lines between): a place, no signatory. */
function onStampLine(text: string, p: Person): boolean {
  if (!p.span) return false;
  // "Reçu à la Sous-Préfecture" / "de MEAUX le" / "28 NOV. 1995": the place a receipt stamp names before its date.
  if (DATED_AFTER.test(text.slice(p.span.end, p.span.end + 20))) return true;
  let start = text.lastIndexOf('\n', p.span.start - 1) + 1;
  // A stamp's lines: "SOUS-PREFECTURE" over "DE LANGRES".
  if (!text.slice(start, p.span.start).trim() && start > 0) {
    start = text.lastIndexOf('\n', start - 2) + 1;
    while (start > 0 && !text.slice(start, text.indexOf('\n', start)).trim()) start = text.lastIndexOf('\n', start - 2) + 1;
  }
  return STAMP_BEFORE.test(text.slice(start, p.span.start));
}
/**
 * "Copie : DGA Ruralités", "Ampliation : Préfecture": those a copy goes to, beside the signature;
 * "Réf. : JLG/MC/88-114" under a letterhead's "LE PRESIDENT": the initials of a reference. No signatory.
 */
const COPY_LABEL = /(?:^|\s)(?:cop[iíì1l]es?|ampliations?|destinataires?|diffusion|(?:[nv]\/\s?|nos?\s+|vos?\s+)?r[ée]f(?:\.|[ée]rences?)?)[ \t]*:[^\n:]*$/iu;
function afterCopyLabel(text: string, p: Person): boolean {
  if (!p.span) return false;
  return COPY_LABEL.test(text.slice(text.lastIndexOf('\n', p.span.start - 1) + 1, p.span.start));
}

/** A line opening an annex: no signatory on it or after it. */
const ANNEX_LINE = /\n[ \t]*(?:ANNEXES?|Annexes?)(?![\p{L}])/u;
/** How far under its role a name is looked for; past a stamp printed between them. */
const NAME_REACH = 80;
const STAMPED_NAME_REACH = 200;
/** The words of the stamps printed beside signatures: "CERTIFIÉ EXÉCUTOIRE", "[ CONSEIL GÉNÉRAL ]", "SOUS-PRÉFECTURE". */
const STAMP_WORD = String.raw`(?:CERTIFI[ÉE]E?|EX[ÉE]CUTOIRE|CONFORME|PR[ÉE]FECTURE|CONSEIL|G[ÉE]N[ÉE]RAL|D[ÉE]PARTEMENT(?:AL)?|MAIRIE|COMMUNE|R[ÉE]PUBLIQUE|COURRIER|ARRIV[ÉE]E?|RE[ÇCç]U|NOTIFI[ÉE]E?)`;
const STAMP_WORDS = new RegExp(String.raw`(?:^|[\s-])${STAMP_WORD}(?:\s|$)`, 'u');
/** A stamp's word just before a name, nothing between. */
const STAMP_BEFORE = new RegExp(String.raw`(?:^|[\s-])${STAMP_WORD}\s*$`, 'u');

/**
 * Roles side by side on one line ("Le Maire,          La secrétaire de séance,"), the names
 * side by side on the next ("Alain DUPONT          Céline MARTIN"): each name under its role,
 * in order. A two-column block that a text layer flattened into lines.
 */
function sideBySide(text: string, tailStart: number, roles: readonly RegExpMatchArray[], layout?: LineLayout): { people: Person[]; used: Set<RegExpMatchArray> } {
  const out: Person[] = [];
  const used = new Set<RegExpMatchArray>();
  const byLine = new Map<number, RegExpMatchArray[]>();
  for (const m of roles) {
    const lineEnd = text.indexOf('\n', tailStart + m.index! + m[0].length - 1);
    const key = lineEnd < 0 ? text.length : lineEnd;
    byLine.set(key, [...(byLine.get(key) ?? []), m]);
  }
  for (const [lineEnd, line] of byLine) {
    if (line.length < 2 || lineEnd >= text.length) continue;
    // The names stand on the next line that holds any, a blank line or a stamp's remains between.
    // Where the layout keeps the spaces between the columns, each column's name is read alone,
    // in whatever case it is written ("E. Lacombe          Roques").
    const people = columnNames(text, lineEnd + 1, line.length, layout) ?? parsePersonList(text, lineEnd + 1, Math.min(text.length, lineEnd + 1 + 160)).map((e) => e.person).filter(inCapitals);
    if (people.length < line.length) continue;
    line.forEach((m, i) => {
      out.push({ ...people[i]!, role: roleOf(m[1]!) });
      used.add(m);
    });
  }
  return { people: out, used };
}

/**
 * Roles one a line, each alone ("Le Président," / "La Secrétaire de séance,"), then as many names
 * one a line ("Paul-Marie SANTONI" / "Lucie MATTEI"): a block of two columns a text layer read
 * column by column. Each name is its role's, in order.
 */
function stackedRoles(text: string, tailStart: number, roles: readonly RegExpMatchArray[]): { people: Person[]; used: Set<RegExpMatchArray> } {
  const out = { people: [] as Person[], used: new Set<RegExpMatchArray>() };
  for (let i = 0; i + 1 < roles.length; i++) {
    const run = [roles[i]!];
    let lineEnd = text.indexOf('\n', tailStart + roles[i]!.index! + roles[i]![0].length - 1);
    // The next role opens the next line, nothing else on this one.
    while (i + run.length < roles.length && lineEnd >= 0) {
      const next = roles[i + run.length]!;
      const at = tailStart + next.index! + next[0].indexOf(next[1]!);
      if (text.slice(lineEnd + 1, at).trim() !== '' || !endsLine(text, tailStart + next.index! + next[0].length)) break;
      run.push(next);
      lineEnd = text.indexOf('\n', at);
    }
    if (run.length < 2 || lineEnd < 0) continue;
    const people: Person[] = [];
    let at = lineEnd + 1;
    while (people.length < run.length) {
      const end = text.indexOf('\n', at);
      const line = text.slice(at, end < 0 ? text.length : end);
      const found = parsePersonList(text, at, at + line.length).map((e) => e.person);
      if (found.length !== 1 || !inCapitals(found[0]!)) break;
      people.push(found[0]!);
      if (end < 0) break;
      at = end + 1;
    }
    if (people.length !== run.length) continue;
    run.forEach((m, k) => {
      out.people.push({ ...people[k]!, role: roleOf(m[1]!) });
      out.used.add(m);
    });
    i += run.length - 1;
  }
  return out;
}

/** The names of the first line from `from` that holds text, one a column as the layout separates them, when there are `count`. */
function columnNames(text: string, from: number, count: number, layout: LineLayout | undefined): Person[] | null {
  if (!layout) return null;
  const start = from + (/^\s*/.exec(text.slice(from, from + 200))?.[0].length ?? 0);
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  const cells = laidOutCells(text.slice(start, end), layout);
  if (!cells || cells.length !== count) return null;
  const people: Person[] = [];
  for (const [cellStart, cellEnd] of cells) {
    const person = parsePersonList(text, start + cellStart, start + cellEnd)[0]?.person;
    if (!person || !/^\p{Lu}/u.test(person.surname) || MONTH.test(person.surname) || STAMP_WORDS.test(person.surname)) return null;
    people.push(person);
  }
  return people;
}

/** A line's text, a gap of spaces, its last cell. */
const LAST_CELL = /^[^\n]*\S[ \t]{3,}(\S[^\n]*?)[ \t]*$/du;

/**
 * A role printed in the right column beside something else ("Pour extrait conforme,      Le
 * secrétaire de séance," over "Motutea, le 23 juin 2025      TEHEI Moana"): its name is the right
 * cell of the next line, which a date or a place before it would otherwise run into.
 */
function rightCellBelow(text: string, roleStart: number): { start: number; end: number } | null {
  const lineStart = text.lastIndexOf('\n', roleStart - 1) + 1;
  if (!/\S[ \t]{3,}$/u.test(text.slice(lineStart, roleStart))) return null;
  const nextStart = text.indexOf('\n', roleStart) + 1;
  return nextStart > 0 ? lastCellOf(text, nextStart, text.length) : null;
}

/** How far right a role stands for a stamp to fit beside the name under it; how far left of it its name may start. */
const INDENTED_ROLE = 20;
const COLUMN_DRIFT = 8;
/** How many lines under an indented role its name is looked for. */
const LINES_UNDER_ROLE = 6;

/**
 * A role indented alone on its line ("                    Le Maire,"), a stamp printed to the left
 * of the name under it ("  DU MAINE            Gérard POTTIER"): the name is the cell in the
 * role's column, as the layout keeps it. Null when the first line with text in that column has
 * nothing left of it (the name is read as usual), or when the layout does not know the lines.
 */
function alignedCellBelow(text: string, roleStart: number, layout: LineLayout | undefined): { start: number; end: number } | null {
  if (!layout) return null;
  const lineStart = text.lastIndexOf('\n', roleStart - 1) + 1;
  if (/\S/u.test(text.slice(lineStart, roleStart))) return null;
  const roleLine = (layout(lineAt(text, lineStart).line) ?? '').trimEnd();
  const column = roleLine.search(/\S/u);
  if (column < INDENTED_ROLE) return null;
  // A name is written under its role, from its start to its end (centred under a long one).
  const under = (at: number) => at >= column - COLUMN_DRIFT && at < roleLine.length;
  let start = text.indexOf('\n', roleStart) + 1;
  for (let n = 0; start > 0 && n < LINES_UNDER_ROLE; n++) {
    const line = lineAt(text, start).line;
    if (line.includes('\f')) return null;
    const raw = layout(line) ?? line;
    const first = raw.search(/\S/u);
    if (first >= 0 && under(first)) return null;
    const gaps = [...raw.matchAll(/\S[ \t]{3,}(?=\S)/gu)];
    const gap = gaps[gaps.length - 1];
    const cells = gap ? laidOutCells(line, layout) : null;
    const [cellStart, cellEnd] = cells?.[cells.length - 1] ?? [0, 0];
    // A stamp's frame ("| COMMISSARIAT DE LA       |") or "(signé)" in the column names no one: the name is further down.
    if (gap && cells && under(gap.index! + gap[0].length) && parsePersonList(text, start + cellStart, start + cellEnd).some((e) => inCapitals(e.person))) {
      return { start: start + cellStart, end: start + cellEnd };
    }
    start += line.length + 1;
    if (start > text.length) return null;
  }
  return null;
}

/** The last cell of the line at `start` (not past `to`), a gap of spaces before it; null where the line has one cell. */
function lastCellOf(text: string, start: number, to: number): { start: number; end: number } | null {
  let end = text.indexOf('\n', start);
  if (end < 0 || end > to) end = to;
  const cell = LAST_CELL.exec(text.slice(start, end))?.indices?.[1];
  return cell ? { start: start + cell[0], end: start + cell[1] } : null;
}

/** The names in the right cells of the lines from `from` to `to`, a cell a gap of spaces sets apart. */
function rightCellsBelow(text: string, from: number, to: number): Person[] {
  const out: Person[] = [];
  for (let start = from; start < to; ) {
    const cell = lastCellOf(text, start, to);
    if (cell) out.push(...parsePersonList(text, cell.start, cell.end).map((e) => e.person));
    const end = text.indexOf('\n', start);
    start = end < 0 ? to : end + 1;
  }
  return out;
}

/** The end of the word `at` falls in, or `at` itself between words. */
function wordEnd(text: string, at: number): number {
  while (at < text.length && at > 0 && /[\p{L}\d'’-]/u.test(text[at - 1]!) && /[\p{L}\d'’-]/u.test(text[at]!)) at++;
  return at;
}

/**
 * What an electronic or copied signature writes between the role and the name; or a transcriber's
 * note where the hand signed, the name after it on its line ("[signature manuscrite] L. AUBRUN").
 */
const SIGNED_BY = /^[\s,]*(?:sign[ée]\s+(?:[ée]lectroniquement\s+)?par\s*:?|\(sign[ée]\)|sign[ée]\s*:|(?:\[(?:sign|paraph|illisible)[^\]\n]{0,40}\]|\((?:signature|paraphe|illisible)[^)\n]{0,30}\))(?=[ \t]*\S))/iu;

/**
 * "Suivent les signatures : Rivière, Cazals, …", "Ont signé au registre : MM. …", "Signé au registre : A. X, maire ; J. Y, secrétaire.", "… et ont signé
 * les membres présents." over a line of names, a transcriber's "[Signatures : Laffargue, Boisserie, …]":
 * a register names every member who signed.
 * Lower-cased text.
 */
const SIGNED_LIST = /(?:suivent\s+les\s+signatures|(?:signatures|sign[ée])\s+au\s+registre(?=\s*:)|(?<=\[[ \t]*)signatures(?=[ \t]*:)|ont\s+sign[ée]\s+au\s+registre|ont\s+sign[ée]\s+les\s+membres(?:\s+pr[ée]sents)?|ont\s+les\s+membres\s+pr[ée]sents\s+sign[ée])/gu;
/** What a mention of the signatures may end on, naming no one: "… les membres présents." (OCR's "1es" too). Lower-cased text. */
const MEMBERS_SIGNED = /^[ \t]*(?:(?:les|1es|tous\s+les)\s+membres(?:\s+pr[ée]sents)?|tous\s+les\s+pr[ée]sents)[ \t]*\.?[ \t]*(?:\n|$)/u;
/** The members who signed, from the last such mention in text[from..]: its names, after its colon or on the line after its sentence. */
function signedList(text: string, from: number): Person[] {
  const mentions = execAll(SIGNED_LIST, lowerOf(text).slice(from));
  const m = mentions[mentions.length - 1];
  if (!m) return [];
  let at = from + m.index! + m[0].length;
  // "Ont signé au registre les membres présents.": who signed is said, no one named after it.
  if (MEMBERS_SIGNED.test(lowerOf(text).slice(at, at + 60))) return [];
  // "… :" (maybe in an editor's brackets, "[Suivent les signatures :]"), the names after it, a blank line between or not.
  // "Ont signé au registre les membres présents :", the members named after it.
  const colon = /^[^\S\n]*(?:(?:tous[^\S\n]+)?les[^\S\n]+membres(?:[^\S\n]+pr[ée]sents)?[^\S\n]*)?\]?[^\S\n]*:[^\S\n]*\]?(?:[^\S\n]*[,.;](?=[^\S\n]*\n))?\s*/u.exec(text.slice(at, at + 64));
  if (colon) at += colon[0].length;
  else {
    // The sentence ends on its line; the names fill the next.
    const lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) return [];
    at = lineEnd + 1;
  }
  // "Ont signé au registre les membres présents :" over the signatures of the mayor and the
  // secretary ("Le Maire,   La secrétaire de séance," / their names), the members' grid after them.
  const firstLine = text.slice(at, Math.max(at, text.indexOf('\n', at)));
  if (colon && ROLES_ONLY.test(`${firstLine}\n`)) {
    const after = /\n[ \t]*\n\s*/.exec(text.slice(at, at + 400));
    const grid = after ? at + after.index + after[0].length : -1;
    if (grid < 0 || !namesOnly(text.slice(grid, Math.max(grid, text.indexOf('\n', grid))))) return [];
    at = grid;
  }
  let blank = /\n[ \t]*\n|$/.exec(text.slice(at, at + 800))!;
  // A grid of names a blank line between its rows ("R. BRISSET   M. GIRAULT" / "G. MOREAU   D. AUCLAIR"): its rows one list.
  while (colon && blank.index < 800 && blank[0] && namesOnly(text.slice(at, at + blank.index))) {
    const next = at + blank.index + blank[0].length;
    const more = /\n[ \t]*\n|$/.exec(text.slice(next, next + 400))!;
    if (!more.index || !namesOnly(text.slice(next, next + more.index))) break;
    blank = { index: next + more.index - at, 0: more[0] } as RegExpExecArray;
  }
  // On the line after the sentence, figures among the words are a transcription's source ("Registre
  // n° 47 - folios 41-42 - Archives municipales …"), which names no one: only a name with a
  // civility or in capitals there. A register's list of names in title case holds none ("Bessières maire, Cassagnes, …").
  const sourceLine = colon === null && /\d/.test(text.slice(at, at + blank.index));
  const named = (p: Person) => !sourceLine || p.civility !== null || /^[\p{Lu}'’\- ]{2,}$/u.test(p.surname);
  const people = parsePersonList(text, at, at + blank.index).filter((e) => named(e.person)).flatMap((e) => eachSurname(e.person));
  // A grid of names each beside its scrawl, which OCR reads as marks that break the list.
  const pairs = namesBesideScrawls(text, at, at + blank.index);
  const best = pairs.length > people.length ? pairs : people;
  return best.length >= 2 ? best : [];
}

/** Lines of names only: family names in capitals, given names or initials, no stamp's word, no figure. */
const NAMES_ONLY_LINE = /^[ \t]*(?:(?:\p{Lu}[\p{Lu}'’-]+|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*|(?:\p{Lu}\.[ -]?){1,2}(?:-?\p{Lu}\.)?|\p{Lu}-\p{Lu}\.|de|du|des|la|le|d['’])[ \t]*,?[ \t]*)+$/u;
function namesOnly(block: string): boolean {
  const lines = block.split('\n').filter((l) => l.trim());
  return lines.length > 0 && lines.every((l) => NAMES_ONLY_LINE.test(l) && !STAMP_WORDS.test(l) && /\p{Lu}{2}/u.test(l));
}

/**
 * The members' names printed in a row under their signatures ("GANGLOFF   KIEFFER   STEINMETZ"),
 * which the list reads as one name of several words: each word a member's, where none is a
 * particle of a name ("DE LA CROIX", "LE GALL" stay whole) and no civility or given name goes with them.
 */
function eachSurname(p: Person): Person[] {
  if (p.civility !== null || p.givenName !== null || !p.span) return [p];
  const words = [...p.raw.matchAll(CAPITALS_WORD)];
  // Nothing but words in capitals, none an office's ("LE MAIRE") or a formula's ("POUR EXTRAIT CONFORME").
  const letters = words.reduce((n, w) => n + w[0].length, 0);
  if (words.length < 2 || letters !== p.raw.replace(/\s+/g, '').length || words.some((w) => FORMULA_WORD.test(w[0]) || isOfficeWord(w[0]))) return [p];
  // A particle goes with the word after it: "ZIMMER DE LA CROIX BECKER" is three members.
  const names: Array<{ from: number; to: number }> = [];
  let pending: number | null = null;
  for (const w of words) {
    if (NAME_PARTICLES.has(w[0].toLowerCase()) || SAINT.test(w[0])) {
      pending ??= w.index!;
      continue;
    }
    names.push({ from: pending ?? w.index!, to: w.index! + w[0].length });
    pending = null;
  }
  if (names.length < 2 || pending !== null) return [p];
  return names.map(({ from, to }) => {
    const raw = p.raw.slice(from, to);
    return { raw, civility: null, givenName: null, surname: raw, role: null, span: { start: p.span!.start + from, end: p.span!.start + to } };
  });
}
const CAPITALS_WORD = /\p{Lu}[\p{Lu}'’-]*\p{Lu}/gu;
const SAINT = /^(?:SAINT|SAINTE|ST|STE)$/u;
/** The words in capitals of the formulas under a record ("POUR EXTRAIT CONFORME", "AU REGISTRE SUIVENT LES SIGNATURES"): no member's. */
const FORMULA_WORD = /^(?:POUR|EXTRAIT|COPIE|CONFORME|CERTIFI[ÉE]E?|AMPLIATION|MEMBRES?|SIGNATURES?|REGISTRE|SUIVENT|ET|AU|AUX|LES|SIGN[ÉE]|ILLISIBLE|CACHET)$/u;

/** A signing software's field: the signatory's name, then their office after a dash or a comma; or the label alone over its value ("Signataire" / "SANTONI Ange-Mathieu, Maire"). */
const SIGNATORY_FIELD = /(?<=^|\n)[ \t]*Signataire[ \t]*(?::[ \t]*|\n[ \t]*)([^\n]*?\p{Lu}{2}[^\n]*?)(?=(?:[ \t]+[-–][ \t]+|,[ \t]*(?=\p{Lu}))([^\n]{2,60})$|[ \t]*$)/gmu;

/**
 * A record's closing field naming who signed, one after another on its line or one a line under
 * it, each with the office after a comma or in brackets: "Signataires BRUNHES Marcel (Président)
 * CHASSAING René (Secrétaire)", "Signataire(s) registre : LAGARDE Pierre (Président) ; DUPEYRAT Colette (…)",
 * "Signataires" / "SANTUCCI Ange-Mathieu, Président" / "MATTEI …".
 * Offices alone on the lines under it ("Le Maire" / "BERTHIER Jean") are read as roles are.
 */
const SIGNATORIES_FIELD = /(?<=^|\n)[ \t]*Signataire(?:s|\(s\))(?:[ \t]+(?:du[ \t]+)?registre)?[ \t]*(?::[ \t]*|[ \t](?=[ \t]*\p{Lu}{2}))([^\n]*\p{Lu}{2}[^\n]*)|(?<=^|\n)[ \t]*Signataires[ \t]*\n((?:[ \t]*\p{Lu}[\p{Lu}'’-]+[ \t]+\p{Lu}[^\n]*(?:\n|$)){1,4})/gu;
/** A signatory's office after the name: in brackets, or after a comma. */
const SIGNATORY_OFFICE = /^[ \t]*(?:\(([^()\n]{2,40})\)|,[ \t]*([^\n;]{2,40}))/u;

/** The people a "Signataires" field names, with their offices; none where it has no such field. */
function signatoriesField(text: string, from: number): Person[] {
  const field = execAll(SIGNATORIES_FIELD, text.slice(from)).at(-1);
  if (!field) return [];
  const at = from + field.index! + field[0].length - (field[1] ?? field[2])!.length;
  // One a line: each line's name before its office; on one line, all its names.
  const ranges = field[1] ? [[at, at + field[1].length]] : field[2]!.split('\n').filter((l) => l.trim()).map((l, n, all) => {
    const start = at + all.slice(0, n).reduce((sum, x) => sum + x.length + 1, 0);
    const cut = l.search(/[,(]/u);
    return [start, start + (cut < 0 ? l.length : cut)];
  });
  return ranges.flatMap(([a, b]) => parsePersonList(text, a!, b!).map((e) => e.person)).filter((p) => /\p{Lu}{2}/u.test(p.surname)).map((p) => {
    const office = SIGNATORY_OFFICE.exec(text.slice(p.span!.end, p.span!.end + 50));
    return { ...p, role: (office?.[1] ?? office?.[2])?.trim() ?? null };
  });
}

/** The signatory's office in the field under the name's: "Qualité" / "Président du Conseil régional". */
const OFFICE_FIELD = /^[ \t]*\n[ \t]*Qualit[ée][ \t]*(?::[ \t]*|\n[ \t]*)([^\n]{2,60})/u;

/** "Pour le Président et par délégation,": an office that delegated its signature, the signer under it. */
const DELEGATED = /d[ée]l[ée]gation$/u;

/**
 * The roles, but an office that delegated its signature where the signer's own office follows it
 * ("Pour le Président et par délégation," / "Le Directeur Général des Services,"): the signer signs
 * as that one. Where none follows ("la Directrice des assemblées"), the delegating office stands.
 */
function withoutDelegatingOffice(tail: string, roles: RegExpExecArray[]): RegExpExecArray[] {
  return roles.filter((m, i) => {
    const next = roles[i + 1];
    if (!next || !DELEGATED.test(m[1]!)) return true;
    const end = m.index! + m[0].indexOf(m[1]!) + m[1]!.length;
    return /\p{L}/u.test(tail.slice(end, next.index! + next[0].indexOf(next[1]!)));
  });
}

/** "RAPPORT DE M. LE PRESIDENT": the office who wrote a report, over its title; no signature. */
const REPORT_AUTHOR_BEFORE = /(?:de|DE|du|DU)\s+(?:M\.|MONSIEUR|Monsieur|Mme|MADAME|Madame)\s$/u;

/** A vowel, which every family name has and an acronym may lack ("RPQS"). */
const VOWEL = /[AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸaeiouyàâäéèêëîïôöùûüÿ]/u;

/** `layout`: the input's lines as laid out (see LineLayout), for signatures side by side. */
export function extractSignatures(text: string, president: Person | null, layout?: LineLayout): Person[] {
  // The signatures close the text, unless the executory formula, the ways of appeal or a stamp
  // follow them: further up, only a line that is nothing but roles is a signature line.
  const tailStart = Math.max(0, text.length - FAR_TAIL);
  const tail = text.slice(tailStart);
  const signers: Person[] = [];
  const roles = withoutDelegatingOffice(
    tail,
    execAll(SIGNER_ROLES, tail).filter((m) => (tailStart + m.index! >= text.length - NEAR_TAIL || endsLine(text, tailStart + m.index! + m[0].length)) && !TOLD_TO_ACT.test(tail.slice(m.index! + m[0].length, m.index! + m[0].length + 30)) && !REPORT_AUTHOR_BEFORE.test(tail.slice(Math.max(0, m.index! - 16), m.index! + 1))),
  );
  const paired = sideBySide(text, tailStart, roles, layout);
  const stacked = stackedRoles(text, tailStart, roles.filter((m) => !paired.used.has(m)));
  paired.people.push(...stacked.people);
  for (const m of stacked.used) paired.used.add(m);
  for (const p of paired.people) if (!signers.some((s) => s.surname === p.surname)) signers.push(p);
  for (const m of roles) {
    if (paired.used.has(m)) continue;
    const roleEnd = tailStart + m.index! + m[0].length;
    // "Le Président, / Signé électroniquement par / Thierry DUMAZEAU": the mention before the name.
    const at = roleEnd + (SIGNED_BY.exec(text.slice(roleEnd, roleEnd + 60))?.[0].length ?? 0);
    // The name is on the role's page: the next page opens on another paper ("POUVOIR").
    const pageEnd = text.indexOf('\f', at);
    const roleStart = tailStart + m.index! + m[0].indexOf(m[1]!);
    const cell = rightCellBelow(text, roleStart) ?? alignedCellBelow(text, roleStart, layout);
    // A stamp printed between the role and the name pushes the name further down.
    const reach = STAMP_WORDS.test(text.slice(at, at + NAME_REACH)) ? STAMPED_NAME_REACH : NAME_REACH;
    // The reach ends at a word's end: a name it cuts would be read short ("Claire BON|NEFOY"); and
    // at an annex opening under a role left unsigned ("Le Président," / "ANNEXE 1 À LA DÉLIBÉRATION …").
    const annexAt = text.slice(at, at + reach).search(ANNEX_LINE);
    const reachEnd = annexAt >= 0 ? at + annexAt : wordEnd(text, at + reach);
    const people = (cell ? parsePersonList(text, cell.start, cell.end) : parsePersonList(text, at, Math.min(text.length, reachEnd, pageEnd < 0 ? Infinity : pageEnd))).map((e) => e.person);
    // A family name in capitals; or, in a document that writes names in title case, a line
    // that is nothing but a name ("Jean-Michel Dupont") just under the role.
    // A stamp read between the role and the name ("~\ YNDICAT INTERC0MMUNAL" / "B. GAUTHERON"): a
    // name with its initial, given name or civility comes before words in capitals alone.
    // Not an acronym beside a role in a table's row ("Le Maire   RPQS 2022"): a family name has a vowel.
    let signed = people.filter((q) => inCapitals(q) && VOWEL.test(q.surname) && !onStampLine(text, q) && !afterCopyLabel(text, q) && !inSentence(text, q));
    // The name set to the right beside the stamp's date ("le 27 OCT. 1989          J. LE GALL"), which ends the list read above.
    if (!signed.length && !cell && reach === STAMPED_NAME_REACH) signed = rightCellsBelow(text, at, Math.min(text.length, at + reach)).filter((q) => inCapitals(q) && !onStampLine(text, q));
    const p = signed.find((q) => q.civility !== null || q.givenName !== null) ?? signed[0] ?? (NAME_LINE.test(text.slice(at, at + 80)) && !SERVICE_LINE.test(text.slice(at, at + 80)) ? people[0] : undefined);
    // "Les secrétaires de séance" over two names, a line each: both sign.
    const named = /^L(?:es|ES)\s/.test(m[1]!) ? signed.filter((q) => q.civility !== null || q.givenName !== null) : [];
    const under = named.length > 1 ? named : p ? [p] : [];
    for (const q of under) if (!signers.some((s) => s.surname === q.surname)) signers.push({ ...q, role: roleOf(m[1]!) });
  }
  // A table of the members' signatures says who signed and who did not ("procuration à …",
  // "absente excusée"): where there is one, the names after "Suivent les signatures" are its rows.
  const table = [...signatureTable(text), ...signedRows(text)];
  for (const p of table.length ? table : signedList(text, tailStart)) if (!signers.some((s) => s.surname === p.surname)) signers.push({ ...p, role: 'signataire' });
  // A software's field under each act: "Signataire : FABRE-DOMERGUE Lucien - Président". It
  // names who signed; a role read above it is a row's cell ("Le Maire" over a decision), not a signature.
  const field = execAll(SIGNATORY_FIELD, text).at(-1);
  if (field && signers.every((q) => (q.span?.start ?? Infinity) < field.index!)) {
    const p = parsePersonList(text, field.index! + field[0].length - field[1]!.length, field.index! + field[0].length).map((e) => e.person)[0];
    // Its office a field of its own under it: "Qualité" / "Président du Conseil régional".
    const office = field[2] ?? OFFICE_FIELD.exec(text.slice(field.index! + field[0].length))?.[1];
    if (p && /\p{Lu}{2}/u.test(p.surname)) signers.splice(0, signers.length, { ...p, role: office?.trim() ?? null });
  }
  const listed = signatoriesField(text, tailStart);
  if (listed.length) signers.splice(0, signers.length, ...listed);
  // "Claude HUMBER T": OCR split the president's family name ("HUMBERT") before its last letter.
  if (president) for (let i = 0; i < signers.length; i++) signers[i] = withSplitSurname(text, signers[i]!, president);
  if (!signers.length && president) {
    // No role line, but the president's name closes the document.
    const at = lastWholeWord(text, president.surname, tailStart);
    if (at >= 0) {
      // Given names written just before the family name belong to the signature.
      const given = /(?:[\p{Lu}][\p{Ll}\p{M}'-]+[ \t]+){0,2}$/u.exec(text.slice(Math.max(0, at - 40), at));
      const from = at - (given ? given[0].length : 0);
      const p = parsePersonList(text, from, at + president.surname.length).map((e) => e.person).pop();
      if (p) signers.push({ ...p, role: president.role });
    }
  }
  return signers;
}

/** "Le Maire de la Commune de GONNEMARE certifie que …": the name a sentence's, its verb after it on the line; no signer. */
const VERB_AFTER_NAME = /^[ \t]+\p{Ll}{4,}[ \t]+(?:que|qu['’])(?![\p{L}])/u;
const inSentence = (text: string, p: Person) => !!p.span && VERB_AFTER_NAME.test(text.slice(p.span.end, p.span.end + 40));

/** A capital alone after a name, then no letter: the last of a family name OCR split off. */
const SPLIT_LAST_LETTER = /^[ \t](\p{Lu})(?![\p{L}.])/u;

/** `p` with the letter OCR split off its family name joined back, where that makes the president's ("HUMBER T" → "HUMBERT"). */
function withSplitSurname(text: string, p: Person, president: Person): Person {
  if (!p.span || p.surname === president.surname) return p;
  const m = SPLIT_LAST_LETTER.exec(text.slice(p.span.end, p.span.end + 3));
  if (!m || p.surname + m[1]! !== president.surname) return p;
  const end = p.span.end + m[0].length;
  return { ...p, surname: president.surname, raw: `${p.raw}${m[0]}`, span: { start: p.span.start, end } };
}

/**
 * The courtesy formula closing a letter ("Je vous prie d'agréer … l'expression de mes salutations
 * distinguées", "… mes sentiments dévoués"): its signature stands right under it.
 */
const COURTESY = /(?:salutations|sentiments|consid[ée]ration)[^\n.]{0,40}?(?:distingu[ée]e?s|d[ée]vou[ée]s|respectueu(?:x|ses)|les\s+meilleur(?:e?s)?|cordiale?s)\s*\.?/u;
/** "Le Président du CCAS," / "Le Maire," alone on its line (an OCR speck after its comma: "Le Président, »"): the office a notice is signed with. */
const SIGNING_OFFICE_LINE = /(?<=^|\n)[ \t]*(?:Le|La)[ \t]+(?:Pr[ée]sidente?|Maire)(?:[ \t][^\n,]{0,60})?,[ \t]*(?:[»«*~][ \t]*)?(?=\n)/u;
/** How far into a letter its courtesy formula may stand, and how far under it the signature. */
const LETTER_BODY = 6000;
const SIGNED_UNDER = 300;

/**
 * Who signs a letter convening a sitting: the names under the role after its courtesy formula,
 * where the agenda, a proxy form or the notes sent with it follow the signature and no role
 * closes the text.
 */
export function letterSignatures(text: string, president: Person | null, layout?: LineLayout): Person[] {
  // A notice with no courtesy formula (a web page announcing the sitting) is signed right under its agenda.
  const m = COURTESY.exec(lowerOf(text).slice(0, LETTER_BODY)) ?? SIGNING_OFFICE_LINE.exec(text.slice(0, LETTER_BODY));
  if (!m) return [];
  // To the end of the line that far under it, and not past a page break: the next page is another paper.
  const ends = [text.indexOf('\n', m.index + m[0].length + SIGNED_UNDER), text.indexOf('\f', m.index + m[0].length)].filter((e) => e >= 0);
  // Under its formula: the letterhead's office over the region's name ("Le Président" / "RÉGION" / "ARDENNIE") signs nothing.
  const signed = extractSignatures(text.slice(0, ends.length ? Math.min(...ends) : text.length), president, layout).filter((p) => !p.span || p.span.start >= m.index);
  return signed.length ? signed : nameUnder(text, m.index + m[0].length);
}

/** A name alone on its line, its given name then its family name in capitals ("Albert WATTEBLED"), maybe a civility before. */
const SIGNER_NAME_LINE = /^[ \t]*(?:(?:M\.|Mme)[ \t]+)?\p{Lu}[\p{Ll}'’]+(?:[- ]\p{Lu}[\p{Ll}'’]+)?[ \t]+\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+)?[ \t]*$/u;
/** How many lines under the courtesy formula its signer's name may stand, blank lines apart. */
const NAME_LINES_UNDER = 2;

/** The letter signed with a name and no office over it: the name alone on one of the first lines under its courtesy formula. */
function nameUnder(text: string, from: number): Person[] {
  let at = text.indexOf('\n', from);
  for (let n = 0; at >= 0 && n < NAME_LINES_UNDER; ) {
    const line = lineAt(text, at + 1);
    if (line.line.includes('\f')) return [];
    if (line.line.trim()) {
      if (SIGNER_NAME_LINE.test(line.line)) return parsePersonList(text, line.start, line.end).map((e) => e.person).slice(0, 1);
      n++;
    }
    at = line.end < text.length ? line.end : -1;
  }
  return [];
}
