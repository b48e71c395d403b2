/**
 * The codes an attendance table's legend gives its presence column: "Légende : P = présent ;
 * R = représenté ; E = excusé ; A = absent" (or "R arrivé en cours de séance": present, for part of it).
 */
export type CodedStatus = 'present' | 'represented' | 'excused' | 'absent' | 'substituted';

// "Pv = a donné pouvoir", "S = remplacé par son suppléant": a code may have a letter in lower case;
// "Proc. = a donné procuration": an abbreviation, its full stop kept as the table writes it.
// The word may open on a capital ("P = Présent(e) ; R = Représenté(e)"), or be all capitals as a
// software prints it ("P=PRESENT A=ABSENT"): the code's own capitals keep the pattern case-sensitive.
const LEGEND_WORD = String.raw`([Pp]r[ée]sent|PR[ÉE]SENT|[Rr]epr[ée]sent[ée]e?\s+par\s+(?:son|sa)\s+suppl[ée]ante?|[Rr]epr[ée]sent|REPR[ÉE]SENT|[Ee]xcus[ée]|EXCUS[ÉE]|[Aa]bsent(?:e|\(e\))?\s+excus[ée]|ABSENT\s+EXCUS[ÉE]|[Aa]bsent|ABSENT|[Aa]\s+donn[ée]\s+(?:pouvoir|procuration|d[ée]l[ée]gation)|[Pp]ouvoir|[Pp]rocuration|[Dd][ée]l[ée]gation\s+de\s+vote|[Rr]emplac[ée]e?\s+par\s+(?:son|sa)\s+suppl[ée]ante?|[Ss]uppl[ée]{2}e?|[Ss]uppl[ée]ante?\s+(?:si[ée]geante?|pr[ée]sente?)|[Aa]rriv[ée]e?(?=\s+(?:en\s+cours|en\s+retard|apr[èe]s|au\s+cours))|[Pp]artie?(?=\s+(?:en\s+cours|avant|apr[èe]s|au\s+cours)))`;
// "S : titulaire représenté par son suppléant": the member the code marks named before what it says of them.
const LEGEND_ENTRY = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}[\p{Lu}\p{Ll}]{0,2}|\p{Lu}\p{Ll}{1,3}\.)\s*[=:]\s*(?:[Tt]itulaire\s+)?${LEGEND_WORD}`, 'gu');

/** Whether `line` is a legend, two of its entries or more ("P = PRESENT A = ABSENT EXC = EXCUSE"): what closes a table over it. */
export function isLegendLine(line: string): boolean {
  if (!line.includes('=') && !line.includes(':')) return false;
  let entries = 0;
  for (const _ of line.matchAll(LEGEND_ENTRY)) if (++entries >= 2) return true;
  return false;
}

/** What a legend's word says of the member the code marks. */
const CODED_WORDS: ReadonlyArray<readonly [RegExp, CodedStatus]> = [
  // "S : représenté par son suppléant": the member a substitute sat for.
  [/^repr[ée]sent[ée]e?\s+par\s+(?:son|sa)\s+suppl/, 'substituted'],
  // "D = a donné délégation de vote".
  [/pouvoir|procuration|^(?:a\s+donn[ée]\s+)?d[ée]l[ée]gation|^repr/, 'represented'],
  // "S = suppléant siégeant": the substitute who sat, a row of their own, present.
  [/^suppl[ée]ante?\s+(?:si[ée]g|pr[ée]s)/, 'present'],
  [/rempla|suppl/, 'substituted'],
  [/^pr/, 'present'],
  // "R arrivé en cours de séance", "D parti avant la fin": a member who sat part of the sitting.
  [/^(?:arriv|parti)/, 'present'],
  [/excus/, 'excused'],
  [/^absent/, 'absent'],
];
/** LEGEND_ENTRY at one offset. */
const LEGEND_ENTRY_AT = new RegExp(LEGEND_ENTRY.source, 'uy');
/** The most units an entry's capitals take: three, each maybe outside the BMP. */
const CODE_UNITS = 6;
const BLANK = /\s/;

/**
 * The codes of the legend in text[from, to), or null where it gives none. An entry is its code's
 * capitals, blanks, then its "=" or ":": the pattern is tried only just before each of these,
 * in order (searched for, its lookbehind and capitals were tried at every offset, hundreds of
 * microseconds on a page).
 */
export function legendCodes(text: string, from: number, to: number): ReadonlyMap<string, CodedStatus> | null {
  const codes = new Map<string, CodedStatus>();
  const zone = text.slice(from, to);
  // Where the last entry ended: the next one starts after it, as a global search would go on.
  let free = 0;
  let colon = zone.indexOf(':');
  let equals = zone.indexOf('=');
  while (colon >= 0 || equals >= 0) {
    const sign = colon < 0 ? equals : equals < 0 ? colon : Math.min(colon, equals);
    if (sign === colon) colon = zone.indexOf(':', sign + 1);
    else equals = zone.indexOf('=', sign + 1);
    let blanks = sign;
    while (blanks > free && BLANK.test(zone[blanks - 1]!)) blanks--;
    for (let at = Math.max(free, blanks - CODE_UNITS); at < blanks; at++) {
      LEGEND_ENTRY_AT.lastIndex = at;
      const m = LEGEND_ENTRY_AT.exec(zone);
      if (!m) continue;
      const word = m[2]!.toLowerCase();
      // "E : absent excusé" is the excused.
      codes.set(m[1]!, CODED_WORDS.find(([re]) => re.test(word))![1]);
      free = at + m[0].length;
      break;
    }
  }
  if (!codes.size) spacedLegend(zone, codes);
  return codes.size ? codes : null;
}

/** "Légende : P présent - E absent excusé - A absent - Pv a donné pouvoir": codes and words parted by a space, entries by dashes. */
const SPACED_LEGEND = /(?:^|\n)[ \t]*l[ée]gende[ \t]*:?[ \t]*([^\n]+)/iu;
const SPACED_ENTRY = new RegExp(String.raw`^(\p{Lu}[\p{Lu}\p{Ll}]{0,2})[ \t]+${LEGEND_WORD}`, 'u');

function spacedLegend(zone: string, codes: Map<string, CodedStatus>): void {
  const legend = SPACED_LEGEND.exec(zone);
  if (!legend) return;
  for (const entry of legend[1]!.split(/[ \t]+[-–;,][ \t]+|[ \t]*;[ \t]*/u)) {
    const m = SPACED_ENTRY.exec(entry.trim());
    if (m) codes.set(m[1]!, CODED_WORDS.find(([re]) => re.test(m[2]!.toLowerCase()))![1]);
  }
}
