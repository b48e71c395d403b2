/**
 * A procès-verbal printed by meeting software, its points a table under "N° Objet Rapporteur", each
 * row's vote a grid of its own under what was said and decided:
 *
 *   N° Objet Rapporteur
 *   91/045 Décision modificative n° 1 - Budget communal 1991 FONTAINE D.
 *   Exposé : ajustement des crédits de la section d'investissement …
 *   Le Conseil Municipal approuve la décision modificative n° 1 du budget communal 1991.
 *   Votants Pour Contre Abst. Résultat
 *   20 16 4 0 ADOPTE
 *   Contre : LAURET J.-B., SAUTRON G.
 *   91/046 Chemin de l'Ilet des Salazes - Réfection - Demande de BOYER J.-M.
 *   subvention F.I.D.O.M.
 *   …
 *
 * The row's line closes on its rapporteur ("FONTAINE D.", "Le Maire"); the subject may wrap onto
 * the line under it, in small letters. The lines after, to the grid, are the report, then the
 * decision from the sentence where the body acts ("Le Conseil Municipal approuve …").
 */
import type { Item } from '../schema/minutes.ts';
import { trimmedLines, type TrimmedLine } from '../text/lines.ts';
import { countsCell, itemOf } from './register-table.ts';

/** The table's header on one line. */
const HEADER = /^N°(?:[ \t]+acte)?[ \t]+Objet[ \t]+Rapporteurs?$/iu;
const HEADER_ANYWHERE = /(?:^|\n)[ \t]*N°(?:[ \t]+acte)?[ \t]+Objet[ \t]+Rapporteurs?[ \t]*\n/iu;
/** A row's line: the act's number, its subject, its rapporteur (initials after the family name, or an office). */
const ROW = /^(\d{2,4}[-/.]\d{1,4}(?:[-/.]\d{1,4})?)[ \t]+(\S.*?)[ \t]+((?:Le|La)[ \t]+(?:Maire|Pr[ée]sidente?|Vice-pr[ée]sidente?|Adjointe?)|(?:M\.|Mme)[ \t]+\p{Lu}[\p{Lu}'’-]+|\p{Lu}[\p{Lu}'’-]+(?:[ \t]\p{Lu}[\p{Lu}'’-]+)*[ \t]+\p{Lu}(?:\.?-\p{Lu})*\.)$/u;
/** The grid's labels, the voters' first maybe, the result's last. */
const GRID_LABELS = /^(?:Vote[ \t]+)?(?:(?:Votants|Pour|Contre|Abst(?:entions?|\.)?|NPPV)[ \t]+){3,5}R[ée]sultat$/iu;
/** The grid's figures, the result after them. */
const GRID_FIGURES = /^((?:\d{1,3}[ \t]+){3,5})(\S.*)$/u;
/** Who voted against or abstained, named under the grid. */
const NAMED_VOTERS = /^(?:Contre|Abstentions?|Abst\.|Pour|NPPV|Ne\s+prend\s+pas\s+part)[ \t]*:/iu;
/**
 * The body acting, opening the decision: "Le Conseil Municipal approuve …" opening a line, or a
 * sentence inside one, or after the text's label ("Texte Le comité déclare …").
 */
const ACTING_BODY = /(?:^(?:Texte[ \t]+)?|(?<=[.;][ \t]+))(?:Le|La|L['’])\s*(?:[Cc]omit[ée]|[Cc]onseil|[Bb]ureau|[Aa]ssembl[ée]e|[Cc]ommission)(?![\p{L}])/mu;
/** The subject's words wrapped under the row's line: in small letters. */
const WRAPPED_SUBJECT = /^\p{Ll}/u;
/** No row runs over more lines than this before its grid. */
const MAX_ROW_LINES = 30;
const COUNT_KEYS: Readonly<Record<string, 'for' | 'against' | 'abstentions' | 'notVoting' | undefined>> = { pour: 'for', contre: 'against', abst: 'abstentions', nppv: 'notVoting' };

/** The items of such a table in `text`, or [] where there is none. */
export function readGridRows(text: string): Item[] {
  if (!HEADER_ANYWHERE.test(text)) return [];
  const lines = trimmedLines(text);
  const items: Item[] = [];
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    if (HEADER.test(lines[i]!.text)) {
      inTable = true;
      continue;
    }
    const row = inTable ? ROW.exec(lines[i]!.text) : null;
    if (!row) continue;
    const grid = gridAfter(lines, i);
    if (grid < 0) continue;
    const subject = [row[2]!];
    let k = i + 1;
    while (k < grid && WRAPPED_SUBJECT.test(lines[k]!.text)) subject.push(lines[k++]!.text);
    const said = lines.slice(k, grid).map((l) => l.text).join('\n');
    const acting = ACTING_BODY.exec(said);
    const decided = acting ? [said.slice(acting.index).replace(/^Texte[ \t]+/u, '').replace(/\n/g, ' ')] : [];
    const figures = GRID_FIGURES.exec(lines[grid + 1]!.text)!;
    const labels = lines[grid]!.text.replace(/^Vote[ \t]+/iu, '').split(/[ \t]+/u).slice(0, -1);
    const counts = Object.fromEntries(
      figures[1]!
        .trim()
        .split(/[ \t]+/u)
        .map((f, n) => [COUNT_KEYS[(labels[n] ?? '').toLowerCase().replace(/(?:entions?|\.)$/u, '')], f] as const)
        .filter(([key]) => key),
    );
    let end = grid + 1;
    while (end + 1 < lines.length && NAMED_VOTERS.test(lines[end + 1]!.text)) end++;
    items.push(
      itemOf({
        number: row[1]!,
        cells: { number: [row[1]!], date: [], subject: [subject.join(' ')], decision: decided, vote: [`${countsCell(counts)} ${figures[2]}`], other: [] },
        start: lines[i]!.start,
        end: lines[end]!.end,
      }),
    );
    i = end;
  }
  return items.length >= 2 ? items : [];
}

/** The line of the grid's labels closing the row opening at `i`, its figures under it; -1 where another row opens first. */
function gridAfter(lines: readonly TrimmedLine[], i: number): number {
  for (let k = i + 1; k < Math.min(lines.length - 1, i + MAX_ROW_LINES); k++) {
    if (GRID_LABELS.test(lines[k]!.text)) return GRID_FIGURES.test(lines[k + 1]!.text) ? k : -1;
    if (ROW.test(lines[k]!.text)) return -1;
  }
  return -1;
}
