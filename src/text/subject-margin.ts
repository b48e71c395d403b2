/**
 * An extract's subject typed in its margin under "OBJET :", as OCR reads the page across: each line
 * opens on a piece of the subject in capitals, cut anywhere by a hyphen, and goes on with the body
 * beside it after a space or two:
 *
 *   OBJET :
 *   AIDE DEPARTEMEN- Vu le Code général des collectivités territoriales, et notamment
 *   TALE A L'INSTAL-  son article L. 3211-1 ;
 *   LATION DES PRO- Vu le Code de la santé publique, …
 *   TION   Vu l'avis favorable de la commission …
 *
 * The subject is given whole after its label ("OBJET : AIDE DEPARTEMENTALE A L'INSTALLATION …"),
 * then the body's lines as they go on. Where the label stands alone on its line and the pieces
 * under it are cut by hyphens, nothing else reads so.
 */

/** The label alone on its line. */
const SUBJECT_LABEL = /^[ \t]*(?:OBJET|Objet)[ \t]*:[ \t]*$/u;
/** A word of the subject in capitals ("DEPARTEMEN-", "L'INSTAL-", "-", "SANTE"); not "L." opening a reference. */
const CAPITALS_WORD = /^(?:[\p{Lu}\d][\p{Lu}\d'’-]*|[-–])$/u;
/** Fewer pieces cut by a hyphen than this, and the lines under the label are the body's own. */
const MIN_CUT_PIECES = 2;
/** Or one cut by a hyphen among this many pieces ("COLLEGE LES TROIS" / "SOURCES A SORBIERES-" / "EN-THIERACHE"). */
const MIN_PIECES_ONE_CUT = 3;
/** How many lines the subject may run over. */
const MAX_PIECES = 10;
/** The particles of a place's compound name ("SORBIERES-EN-THIERACHE", "SAINT-ALBAN-SUR-LIMAGNOLE"). */
const PARTICLE = String.raw`(?:EN|LE|LA|LES|LÈS|LEZ|SUR|SOUS|SAINT|SAINTE|ST|STE|AUX?)`;
/**
 * A piece opening on a particle after a hyphen closing the piece before ("SORBIERES-" / "EN-THIERACHE"): the hyphen
 * joins a compound, no word cut; "DE", "DU", "DES" too there, where before a hyphen they are as often a word's first
 * syllable ("AIDE DE-" / "PARTEMENTALE").
 */
const COMPOUND_NEXT = new RegExp(String.raw`^(?:${PARTICLE}|DE|DU|DES)(?:-|$)`, 'u');

/** A compound's particle closing a piece before its hyphen ("SAINT-ALBAN-SUR-" / "LIMAGNOLE"): the hyphen is the name's. */
const COMPOUND_CUT = new RegExp(String.raw`(?:^|[ -])${PARTICLE}-$`, 'u');

/** A line's piece of the subject in capitals and the body after it, or null. */
function pieceOf(line: string): { piece: string; body: string } | null {
  const words = line.trim().split(/[ \t]+/u);
  let n = 0;
  while (n < words.length && CAPITALS_WORD.test(words[n]!) && /\p{Lu}|[-–]/u.test(words[n]!)) n++;
  // A piece must hold a letter; the body goes on after it, or the line is the piece alone.
  if (n === 0 || !/\p{Lu}/u.test(words.slice(0, n).join(''))) return null;
  // "DECIDE :": the body's verb and its colon, no piece of a subject.
  if (words[n]?.startsWith(':')) return null;
  return { piece: words.slice(0, n).join(' '), body: words.slice(n).join(' ') };
}

/** The pieces joined: a piece cut by a hyphen runs into the next one, but for a compound's hyphen. */
function joined(pieces: readonly string[]): string {
  let out = '';
  for (const piece of pieces) {
    if (!out) out = piece;
    else if (/\p{Lu}-$/u.test(out)) out = COMPOUND_NEXT.test(piece) || COMPOUND_CUT.test(out) || /^[^ ]*-/u.test(piece) ? out + piece : out.slice(0, -1) + piece;
    else out += ` ${piece}`;
  }
  return out;
}

/**
 * The typewriter's margin: the subject in any case, each piece two spaces or more before the body beside it
 * ("Ordures ménagères.  Absents excusés : M. PAOLI …" / "Participation des  a donné pouvoir à …").
 */
const SPACED_PIECE = /^(\S(?:[^\n]{0,24}?\S)?)[ \t]{2,}(\S.*)$/u;
/** How wide the margin's pieces run (SPACED_PIECE's). */
const SPACED_PIECE_WIDTH = 26;
/** Fewer such lines than this under the label, and they are a table's or OCR's doubled spaces. */
const MIN_SPACED_PIECES = 3;

/** The pieces of a subject spaced from the body from lines[from] on; none unless MIN_SPACED_PIECES lines read so. */
function spacedPieces(lines: readonly string[], from: number): Array<{ piece: string; body: string }> {
  const read: Array<{ piece: string; body: string }> = [];
  for (let k = from; k < lines.length && read.length < MAX_PIECES; k++) {
    const line = lines[k]!.trim();
    // A word cut at the piece's end goes on alone under it, the body's paragraph over ("mainte-" / "nance.").
    if (read.length && read[read.length - 1]!.piece.endsWith('-') && line.length <= SPACED_PIECE_WIDTH && !/[ \t]{2}/.test(line) && /^\p{Ll}/u.test(line)) {
      read.push({ piece: line, body: '' });
      break;
    }
    const m = SPACED_PIECE.exec(lines[k]!);
    // A piece is words, no label of its own ("Présents :") and no figure alone.
    if (!m || !/\p{L}{2}/u.test(m[1]!) || m[1]!.endsWith(':') || m[2]!.startsWith(':')) break;
    read.push({ piece: m[1]!, body: m[2]!.trimEnd() });
  }
  return read.length >= MIN_SPACED_PIECES ? read : [];
}

/** Spaced pieces joined, a word cut at a piece's end ("ména-" / "gères") made whole. */
function joinedSpaced(pieces: readonly string[]): string {
  return pieces.reduce((out, piece) => (!out ? piece : /\p{Ll}-$/u.test(out) && /^\p{Ll}/u.test(piece) ? out.slice(0, -1) + piece : `${out} ${piece}`), '');
}

export function unweaveSubjectMargin(page: string): string {
  if (!page.includes('BJET')) return page;
  const lines = page.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (!SUBJECT_LABEL.test(lines[i]!)) continue;
    const read: Array<{ piece: string; body: string }> = [];
    for (let k = i + 1; k < lines.length && read.length < MAX_PIECES; k++) {
      const p = pieceOf(lines[k]!);
      if (!p) break;
      read.push(p);
    }
    const cut = read.filter((r) => /\p{Lu}-$/u.test(r.piece)).length;
    const capitals = cut >= MIN_CUT_PIECES || (cut === 1 && read.length >= MIN_PIECES_ONE_CUT);
    const spaced = capitals ? [] : spacedPieces(lines, i + 1);
    if (!capitals && !spaced.length) continue;
    const label = lines[i]!.trimEnd();
    const subject = capitals ? joined(read.map((r) => r.piece)) : joinedSpaced(spaced.map((r) => r.piece));
    const pieces = capitals ? read : spaced;
    lines.splice(i, pieces.length + 1, `${label} ${subject}`, ...pieces.flatMap((r) => (r.body ? [r.body] : [])));
    changed = true;
  }
  return changed ? lines.join('\n') : page;
}
