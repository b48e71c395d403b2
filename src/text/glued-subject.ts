/**
 * A register's subject typed in the margin under "Objet :", in small letters, one space from the
 * deliberation's lines beside it, as OCR reads a typescript across without its columns:
 *
 *   Objet : Même séance.
 *   Budget pri- M. le Maire ayant repris la présidence, le Conseil Muni-
 *   mitif 1980 cipal examine le projet de budget primitif de l'exercice
 *   1980 préparé par la commission des finances.
 *
 * No space tells the margin's words from the body's; the body's lines are justified to one width,
 * so a line that runs longer by a word or two holds them: the piece of the subject is the words
 * before the body's width, cut where the margin's word is hyphenated, or before the capital that
 * opens the body's sentence on the first line. The subject is given after the label ("Objet :
 * Budget primitif 1980"), what followed the label on a line of its own, then the body's lines.
 */

/** The label opening its line, what follows it the body's first words or a note ("Même séance."). */
const SUBJECT_LABEL = /^([ \t]*Objet[ \t]*:)[ \t]*(.*)$/u;
/** What may follow the label where the subject is in the margin: nothing, a sentence ended, or one going on in small letters. */
const NOT_A_TITLE = /^$|[.;:]$|(?<![\p{L}])\p{Ll}[\p{Ll}'’]*$/u;
/** Lines shorter than this are no body's full line: the width is read over the longer ones. */
const MIN_BODY_LINE = 40;
/** How far past the body's width a line may run with no margin's words in it (justification's play). */
const WIDTH_PLAY = 4;
/** How far short of the width the body's part of a line may fall (a sentence's first line, set in). */
const SHORT_PLAY = 8;
/** The margin's piece of a line is at most this many words, and this long. */
const MAX_PIECE_WORDS = 3;
const MAX_PIECE_LENGTH = 22;
/** A piece that is only an article or a preposition ("La" / "Commission Permanente attribue …"): the body's first word, no subject. */
const FUNCTION_WORDS = /^(?:(?:le|la|les|l['’]|un|une|des|du|de|d['’]|au|aux|et|en|à|par|pour|sur)(?:[ \t]+|$))+$/iu;
/** The margin's piece two spaces or more from the body's words. */
const SPACED_PIECE = /^(\S.{0,20}?\S|\S)[ \t]{2,}(\S.*)$/u;
/** How many lines under the label the subject may run over. */
const MAX_PIECES = 3;
/** Fewer labels so followed than this on a page, and its lines are left as they are (but see below). */
const MIN_SUBJECTS = 2;

/** The body's width: the median length of the page's longer lines, but those under a label that may hold the margin's words. */
function bodyWidth(lines: readonly string[]): number {
  const underLabel = new Set<number>();
  lines.forEach((l, i) => {
    if (SUBJECT_LABEL.test(l)) for (let k = i; k <= i + MAX_PIECES; k++) underLabel.add(k);
    if (NUMBERED_LABEL.test(l)) for (let k = i; k <= i + MAX_NUMBERED_PIECES; k++) underLabel.add(k);
  });
  const lengths = lines.filter((_, i) => !underLabel.has(i)).map((l) => l.trim().length).filter((n) => n >= MIN_BODY_LINE).sort((a, b) => a - b);
  return lengths.length ? lengths[Math.floor(lengths.length / 2)]! : 0;
}

/**
 * The margin's piece of `line` and the body's part, or null where the line runs no longer than the
 * body's width. `options`: whether the piece may be glued by one space (`glued`, else only two
 * spaces or more part it), how many words it may hold, and whether a dash closing it ends it (`dashed`).
 */
function split(line: string, width: number, first: boolean, options = { glued: true, maxWords: MAX_PIECE_WORDS, dashed: false }): { piece: string; body: string } | null {
  const { glued, maxWords, dashed } = options;
  const text = line.trim();
  // Two spaces or more where the margin ends, as the layer kept them: the cut is there.
  const spaced = SPACED_PIECE.exec(text);
  if (spaced) return FUNCTION_WORDS.test(spaced[1]!) ? null : { piece: spaced[1]!, body: spaced[2]! };
  if (!glued || text.length <= width + WIDTH_PLAY) return null;
  const words = text.split(/[ \t]+/u);
  const cuts: Array<{ piece: string; body: string }> = [];
  for (let n = 1; n <= Math.min(maxWords, words.length - 1); n++) {
    const piece = words.slice(0, n).join(' ');
    const body = words.slice(n).join(' ');
    if (piece.length > MAX_PIECE_LENGTH) break;
    if (body.length <= width + WIDTH_PLAY && body.length >= width - SHORT_PLAY && !FUNCTION_WORDS.test(piece)) cuts.push({ piece, body });
  }
  if (!cuts.length) return null;
  // The margin's word cut by a hyphen ends the piece, or (`dashed`) the dash parting the subject's parts
  // ("Z.A. du Pont-Rouge -"); on the first line, the capital opening the body's sentence.
  return cuts.find((c) => /\p{L}-$/u.test(c.piece)) ?? (dashed ? cuts.find((c) => /[ \t][-–]$/u.test(c.piece)) : undefined) ?? (first ? cuts.find((c) => /^\p{Lu}/u.test(c.body)) : undefined) ?? cuts.reduce((a, b) => (Math.abs(b.body.length - width) < Math.abs(a.body.length - width) ? b : a));
}

/** The pieces joined, a word cut by a hyphen run into the next piece when that goes on in small letters. */
function joined(pieces: readonly string[]): string {
  return pieces.reduce((out, p) => (!out ? p : /\p{L}-$/u.test(out) && /^\p{Ll}/u.test(p) ? out.slice(0, -1) + p : `${out} ${p}`), '');
}

export function unweaveGluedSubjects(page: string): string {
  if (!page.includes('Objet')) return page;
  const lines = page.split('\n');
  const width = bodyWidth(lines);
  if (!width) return page;
  const found: Array<{ at: number; pieces: string[]; bodies: string[] }> = [];
  for (let i = 0; i < lines.length; i++) {
    const label = SUBJECT_LABEL.exec(lines[i]!);
    // After the label, nothing, a note ("Même séance."), or the body's first line going on ("…, réuni sous la présidence de"); not a title of its own.
    if (!label || !NOT_A_TITLE.test(label[2]!.trim())) continue;
    const pieces: string[] = [];
    const bodies: string[] = [];
    for (let k = i + 1; k < Math.min(lines.length, i + 1 + MAX_PIECES); k++) {
      const cut = split(lines[k]!, width, k === i + 1);
      if (!cut) break;
      pieces.push(cut.piece);
      bodies.push(cut.body);
    }
    // The body's next line back to its width: lines all longer are a wider body, no margin in them.
    const next = lines[i + 1 + pieces.length]?.trim() ?? '';
    if (pieces.length && pieces.length < MAX_PIECES && next.length <= width + WIDTH_PLAY) found.push({ at: i, pieces, bodies });
  }
  // One alone on its page only where a margin's word cut by a hyphen shows the margin.
  if (found.length < MIN_SUBJECTS && !found.some((f) => f.pieces.some((p) => /\p{L}-$/u.test(p)))) return page;
  for (const { at, pieces, bodies } of found.reverse()) {
    const [, label, after] = SUBJECT_LABEL.exec(lines[at]!)!;
    lines.splice(at, pieces.length + 1, `${label} ${joined(pieces)}`, ...(after!.trim() ? [after!] : []), ...bodies);
  }
  return lines.join('\n');
}

/**
 * A register's act numbered in the margin, its number on the line where the body's paragraph opens
 * on the point's rank, OCR having closed the gap to one space; the subject stacked in the margin
 * under the number, each piece beside a line of the body, two spaces or more from it, or (`glued`,
 * a scan's OCR) one:
 *
 *   N° B 2000-31 2°) M. LEFEBVRE, Vice-Président chargé du développement
 *   Z.A. du Pont-Rouge - économique, rend compte des travaux de la commission
 *   travaux de voirie - d'appel d'offres réunie le 10 octobre 2000. Quatre offres
 *   attribution du lot 1 ont été reçues pour le lot n° 1 (voirie et réseaux divers).
 *
 * The subject is given after the number and the rank ("N° B 2000-31 2°) Z.A. du Pont-Rouge -
 * travaux de voirie - attribution du lot 1"), then the body's lines.
 */
const NUMBERED_LABEL = /^([ \t]*N°[ \t]?(?:[A-Z]{1,3}[ \t])?\d{2,4}[-/.]\d{1,4} \d{1,2}°?[ \t]?\))[ \t]+(\S.*)$/u;
const NUMBERED_LABEL_IN_PAGE = new RegExp(NUMBERED_LABEL.source, 'mu');
/** The subject stacked under the number runs over this many lines at most, and two at least. */
const MAX_NUMBERED_PIECES = 6;
const MIN_NUMBERED_PIECES = 2;
/** A piece of such a subject may hold a dash between its words: "Z.A. du Pont-Rouge -". */
const MAX_NUMBERED_PIECE_WORDS = 4;

export function unweaveNumberedSubjects(page: string, glued: boolean): string {
  if (!page.includes('°') || !NUMBERED_LABEL_IN_PAGE.test(page)) return page;
  const lines = page.split('\n');
  const width = bodyWidth(lines);
  if (!width) return page;
  for (let i = lines.length - 1; i >= 0; i--) {
    const label = NUMBERED_LABEL.exec(lines[i]!);
    if (!label) continue;
    const pieces: string[] = [];
    const bodies: string[] = [];
    let spaced = 0;
    for (let k = i + 1; k < Math.min(lines.length, i + 1 + MAX_NUMBERED_PIECES); k++) {
      const cut = split(lines[k]!, width, false, { glued, maxWords: MAX_NUMBERED_PIECE_WORDS, dashed: true });
      if (!cut) break;
      if (SPACED_PIECE.test(lines[k]!.trim())) spaced++;
      pieces.push(cut.piece);
      bodies.push(cut.body);
    }
    // Cut by the body's width alone, a subject is read where its parts' dashes show the margin's pieces
    // ("Z.A. du Pont-Rouge -" / "travaux de voirie -"): words of prose could be cut anywhere.
    if (spaced < pieces.length && pieces.filter((p) => /[ \t][-–]$/u.test(p)).length < MIN_NUMBERED_PIECES) continue;
    // The body's next line back to its width, alone: the subject ended above it.
    const next = lines[i + 1 + pieces.length]?.trim() ?? '';
    if (pieces.length < MIN_NUMBERED_PIECES || next.length > width + WIDTH_PLAY || SPACED_PIECE.test(next)) continue;
    lines.splice(i, pieces.length + 1, `${label[1]!.trim()} ${joined(pieces)}`, label[2]!, ...bodies);
  }
  return lines.join('\n');
}
