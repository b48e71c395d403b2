/**
 * A budget document as the M14 / M57 forms print it (its running header "COMMUNE DE X - BUDGET PRINCIPAL - BP - 2011", its
 * sections of tables, its annexes): no record of a sitting, though its last page, "ARRETE ET SIGNATURES", says which body
 * voted it and when ("Délibéré par le conseil municipal, réuni en session ordinaire" / "A X, le 31/03/2011") and counts
 * its members ("Nombre de membres en exercice : 15", "Nombre de membres présents : 11").
 */
import type { BodyType } from '../schema/minutes.ts';
import { findDates, type DateMatch } from '../text/dates.ts';
import { lowerOf } from '../text/caseless.ts';

/** The form's closing page's title. Lower-cased text. */
const SIGNATURES_PAGE = /(?:^|\n)[ \t]*(?:[a-z]\d\s*[-–.]?\s*)?arr[êe]t[ée]\s+et\s+signatures[ \t]*(?:\n|$)/u;
/** "Délibéré par le conseil municipal (2), réuni en session ordinaire", then the place and date. Lower-cased text. */
const DELIBERATED_BY = /d[ée]lib[ée]r[ée]\s+par\s+(?:le|la|l['’])\s*(conseil\s+municipal|conseil\s+communautaire|comit[ée]\s+syndical|conseil\s+d[ée]partemental|conseil\s+g[ée]n[ée]ral|conseil\s+r[ée]gional|conseil\s+d['’]administration)/u;
/** How far under "Délibéré par …" its date stands ("A KOUMAROU, le 31/03/2011"). */
const DATE_REACH = 200;
/** "Nombre de membres en exercice : 15", "Nombre de membres présents : 11". Lower-cased text. */
const IN_OFFICE = /nombre\s+de\s+membres\s+en\s+exercice\s*:\s*(\d{1,3})/u;
const PRESENT = /nombre\s+de\s+membres\s+pr[ée]sents\s*:\s*(\d{1,3})/u;

const BODY_TYPES: ReadonlyArray<readonly [RegExp, BodyType]> = [
  [/^conseil\s+municipal/u, 'conseil-municipal'],
  [/^conseil\s+communautaire/u, 'conseil-communautaire'],
  [/^comit/u, 'comite-syndical'],
  [/^conseil\s+(?:d[ée]partemental|g[ée]n[ée]ral)/u, 'conseil-departemental'],
  [/^conseil\s+r[ée]gional/u, 'conseil-regional'],
  [/^conseil\s+d['’]administration/u, 'conseil-administration'],
];

export interface BudgetVote {
  body: string;
  bodyType: BodyType;
  date: DateMatch | null;
  inOffice: number | null;
  present: number | null;
}

/** Whether the text is such a budget document: its closing page titled so, the body that deliberated named on it. */
export function isBudgetDocument(text: string): boolean {
  const lower = lowerOf(text);
  return lower.includes('signatures') && SIGNATURES_PAGE.test(lower) && DELIBERATED_BY.test(lower);
}

/** What the closing page of a budget document says of the vote: the body, its date, its counts; null where the text is none. */
export function budgetVote(text: string): BudgetVote | null {
  if (!isBudgetDocument(text)) return null;
  const lower = lowerOf(text);
  const page = SIGNATURES_PAGE.exec(lower)!;
  const tail = lower.slice(page.index);
  const by = DELIBERATED_BY.exec(tail)!;
  const at = page.index + by.index + by[0].length;
  const date = findDates(text.slice(at, at + DATE_REACH))[0];
  const count = (re: RegExp) => {
    const m = re.exec(tail);
    return m ? Number(m[1]) : null;
  };
  return {
    body: text.slice(page.index + by.index + by[0].length - by[1]!.length, at).replace(/\s+/gu, ' '),
    bodyType: BODY_TYPES.find(([re]) => re.test(by[1]!))![1],
    date: date ? { ...date, start: date.start + at, end: date.end + at } : null,
    inOffice: count(IN_OFFICE),
    present: count(PRESENT),
  };
}
