/** What sort of document this is, from what the other extractors found in it. */
import type { DocumentKind } from '../schema/minutes.ts';
import { caseless, lowerOf } from '../text/caseless.ts';

const EXTRACT_CUE = /extrait\s+(?:du\s+)?(?:registre|proc[èe]s[- ]verbal)|d[ée]lib[ée]ration\s+n[°o]/iu;
const AGENDA_CUE = /ordre\s+du\s+jour/iu;
/** A letter that calls a sitting to come: its date and body are not a record of one. */
const CONVOCATION_LETTER = /vous\s+convoquer|aura\s+lieu\s+le|se\s+r[ée]unira/iu;

export interface KindEvidence {
  text: string;
  registerRows: number;
  hasAttendance: boolean;
  hasDate: boolean;
  hasBody: boolean;
  items: number;
  /** Items that are a heading and its outcome, nothing more: the rows of a list. */
  bareItems: number;
}

export function classifyKind(e: KindEvidence): DocumentKind {
  if ((e.registerRows >= 3 || (e.items >= 3 && e.bareItems === e.items)) && !e.hasAttendance) return 'list';
  if (!e.hasAttendance && !e.items && !(e.hasDate && e.hasBody)) return 'other';
  const lower = lowerOf(e.text);
  if (!e.hasAttendance && !e.items && caseless(CONVOCATION_LETTER).test(lower.slice(0, 4000))) return 'other';
  if (e.items <= 1 && (caseless(EXTRACT_CUE).test(lower.slice(0, 3000)) || !caseless(AGENDA_CUE).test(lower))) return 'deliberation';
  return 'minutes';
}
