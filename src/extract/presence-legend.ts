/**
 * The codes an attendance table's legend gives its presence column: "Légende : P = présent ;
 * R = représenté ; E = excusé ; A = absent".
 */
export type CodedStatus = 'present' | 'represented' | 'excused' | 'absent';

const LEGEND_ENTRY = /(?<![\p{L}])(\p{Lu}{1,3})\s*[=:]\s*(pr[ée]sent|repr[ée]sent|excus[ée]|absent(?:e|\(e\))?\s+excus[ée]|absent)/gu;

/** The codes of the legend in text[from, to), or null where it gives none. */
export function legendCodes(text: string, from: number, to: number): ReadonlyMap<string, CodedStatus> | null {
  const codes = new Map<string, CodedStatus>();
  for (const m of text.slice(from, to).matchAll(LEGEND_ENTRY)) {
    const word = m[2]!.toLowerCase();
    // "E : absent excusé" is the excused.
    codes.set(m[1]!, word.startsWith('pr') ? 'present' : word.startsWith('re') ? 'represented' : word.includes('excus') ? 'excused' : 'absent');
  }
  return codes.size ? codes : null;
}
