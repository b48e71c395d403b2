/** The surnames of each attendance list, proxies as [giver, holder], to compare whole. */
import type { MinutesDocument } from '../../src/schema/minutes.ts';

export function listsOf(att: MinutesDocument['attendance']) {
  return {
    present: att.present.map((p) => p.surname),
    represented: att.represented.map((r) => [r.person.surname, r.proxy?.surname ?? null]),
    excused: att.excused.map((p) => p.surname),
    absent: att.absent.map((p) => p.surname),
  };
}
