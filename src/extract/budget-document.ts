/**
 * A budget document as the M14 / M57 forms print it (its running header "COMMUNE DE X - BUDGET PRINCIPAL - BP - 2011", its
 * sections of tables, its annexes): no record of a sitting, though its last page, "ARRETE ET SIGNATURES", says which body
 * voted it and when ("Délibéré par le conseil municipal, réuni en session ordinaire" / "A X, le 31/03/2011") and counts
 * its members ("Nombre de membres en exercice : 15", "Nombre de membres présents : 11").
 */
import type { BodyType } from '../schema/minutes.ts';
import { findDates, type DateMatch } from '../text/dates.ts';
import { lowerOf } from '../text/caseless.ts';
import { bodyIn } from './meeting.ts';

/** The form's closing page's title. Lower-cased text. */
const SIGNATURES_PAGE = /(?:^|\n)[ \t]*(?:[a-z]\d\s*[-–.]?\s*)?arr[êe]t[ée]\s+et\s+signatures[ \t]*(?:\n|$)/u;
/** "Délibéré par le conseil municipal (2), réuni en session ordinaire", the body right after, then the place and date. Lower-cased text. */
const DELIBERATED_BY = /d[ée]lib[ée]r[ée]\s+par\s+(?:le|la|l['’])\s*/u;
/** How far after "Délibéré par le" its body is named, and its date stands ("A KOUMAROU, le 31/03/2011"). */
const BODY_REACH = 60;
const DATE_REACH = 200;
/** "Nombre de membres en exercice : 15", "Nombre de membres présents : 11". Lower-cased text. */
const IN_OFFICE = /nombre\s+de\s+membres\s+en\s+exercice\s*:\s*(\d{1,3})/u;
const PRESENT = /nombre\s+de\s+membres\s+pr[ée]sents\s*:\s*(\d{1,3})/u;

export interface BudgetVote {
  body: string;
  bodyType: BodyType;
  date: DateMatch | null;
  inOffice: number | null;
  present: number | null;
}

/** What the closing page of a budget document says of the vote: the body (as the meeting's reader names bodies), its date, its counts; null where the text is no such document. */
export function budgetVote(text: string): BudgetVote | null {
  const lower = lowerOf(text);
  const page = lower.includes('signatures') ? SIGNATURES_PAGE.exec(lower) : null;
  const tail = page ? lower.slice(page.index) : '';
  const by = page ? DELIBERATED_BY.exec(tail) : null;
  if (!page || !by) return null;
  const at = page.index + by.index + by[0].length;
  const found = bodyIn(text, at, at + BODY_REACH);
  if (!found || found.at !== at) return null;
  const date = findDates(text.slice(at, at + DATE_REACH))[0];
  const count = (re: RegExp) => {
    const m = re.exec(tail);
    return m ? Number(m[1]) : null;
  };
  return {
    body: found.body,
    bodyType: found.bodyType,
    date: date ? { ...date, start: date.start + at, end: date.end + at } : null,
    inOffice: count(IN_OFFICE),
    present: count(PRESENT),
  };
}
