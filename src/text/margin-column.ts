/**
 * The margin box of an extract ("Nombre de membres / en exercice : 15 / présents : 11 / votants :
 * 13") printed beside the opening paragraph, as a text layer laid out with spaces gives it back:
 * each line holds a cell of the box, then a line of the paragraph ("présents : 26     trente, le
 * Conseil communautaire, dûment convoqué, …"). Read across, the box's cells cut the paragraph's
 * sentences ("à dix-huit heures / … / trente"): the box is given first, then the paragraph whole.
 */
import { eraseColumnRule } from './column-rule.ts';
import { fixNumber } from './ocr-cleanup.ts';
import { MEMBER_NOUNS, SITTING_DATE_LABEL, WISH_OR_MOTION_LABEL } from './cues.ts';

/**
 * A cell of the margin box: a count's label and figure, a date's label, a date, the wrapped end
 * of a label ("afférents au Conseil" / "Municipal : 11", "afférents au" / "Conseil : 23", "qui ont pris part" / "à la délibération : 9"). Lower-cased.
 */
const MARGIN_CELL = new RegExp(String.raw`^(?:nombre\s+de(?:\s+(?:${MEMBER_NOUNS})(?:\s[^\n]{0,30})?)?|(?:${MEMBER_NOUNS})(?:\s+(?:municipaux|communautaires|syndicaux|en))?(?:\s*:)?|exercice\s*:?\s*\d{0,3}|(?:${MEMBER_NOUNS})?\s*(?:en\s+exercice|pr[ée]sents?|votants?|pouvoirs?|procurations?|repr[ée]sent[ée]s?|absents?|excus[ée]s?|aff[ée]rents?(?:\s+au(?:\s+(?:conseil|bureau|comit[ée]))?)?|qui\s+ont\s+pris\s+part(?:\s+[^\n]{0,30})?)\s*:?\s*\d{0,3}|date\s+(?:de\s+(?:la\s+)?)?(?:convocation|[ld]['’]affichage|affichage|publication|transmission)\s*:?\s*[\d/.]{0,10}|date\s+(?:de\s+(?:la\s+)?)?\p{Ll}{2,}-|(?:municipal|communautaire|syndical|conseil|bureau|comit[ée])\s*:\s*\d{1,3}|[àa]\s+la\s+d[ée]lib[ée]ration\s*:?\s*\d{0,3}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}|\d{1,3})$`, 'u');

/** A box's cell with OCR's "rn" for the m of its words read back ("Nombre de rnembres"). */
const withRnAsM = (cell: string) => (cell.includes('rn') ? cell.replaceAll('rn', 'm') : cell);
/** A cell of the margin box as written or with its "rn" read back, a dash before it or not. */
const isBoxCell = (cell: string): boolean => {
  // "- en exercice 17", "- présents    13": a dash before the count's label, as a list of the box's rows.
  const key = cell.toLowerCase().replace(BOX_ROW_DASH, '');
  return MARGIN_CELL.test(key) || MARGIN_CELL.test(withRnAsM(key));
};
const BOX_ROW_DASH = /^[-–][ \t]*/u;
/** The end of a label cut by a hyphen on the row above ("Date de la con-" / "vocation :"): a word in small letters, a colon, maybe its date. */
const LABEL_END_CELL = /^\p{Ll}{2,}\s*:?\s*[\d/.]{0,10}$/u;

/** The words that open the sitting's figures box ("Nombre de membres", "Membres en exercice", "Conseillers …", "Délégués …"). */
const FIGURES_BOX_WORDS = String.raw`nombre|${MEMBER_NOUNS}`;

/**
 * A line as laid out: its indentation, its first cell, and what follows a run of three spaces or
 * more. Not before a colon: "présents    : 13" aligns its colons, one cell.
 */
const TWO_CELLS = /^([ \t]*)(\S(?:.*?\S)?)[ \t]{3,}(?![:：])(\S.*)$/;
const ONE_CELL = /^([ \t]*)(\S.*)$/;

/** Fewer lines holding both a box's cell and the paragraph than this are no margin. */
const MIN_ROWS = 3;

interface Row {
  left: string | null;
  right: string | null;
}

/**
 * Three spaces in a row: a page without them is not laid out in cells. Searched with a pattern:
 * a string search for it stops at every single space, two to three times slower.
 */
const GAP = / {3}/;

/**
 * unweaveListColumns(unweaveMargins(unweaveMarginTitles(page))), the rule drawn between a margin
 * and the body erased first; a page without a gap between cells (most) searched once.
 */
/** An act's number in the margin beside a line of prose ("N° 85-11         L'an mil neuf cent …"), not beside a title in capitals. */
const NUMBER_BESIDE_PROSE = /^[ \t]{0,6}N°[ \t]?\d\S*[ \t]{3,}\S*\p{Ll}/mu;

export function unweaveColumns(page: string): string {
  if (!GAP.test(page)) return page;
  const labelled = unweaveActLabels(eraseColumnRule(page));
  const titled = unweaveMarginTitles(labelled);
  // A margin whose subject is labelled ("OBJET :" / "Budget primitif" / …) over its box of counts
  // beside the lists: a margin of notes, read whole before the box alone would be.
  let margins = SUBJECT_LABEL_BESIDE.test(titled) ? unweaveMargins(unweaveMarginNotes(titled)) : unweaveMarginNotes(unweaveMargins(titled));
  // The margin's titles read first may leave the rest of that margin woven (its act's number beside the opening
  // sentence, the box of counts one space from it, "OBJET :" lower down), which no reading after them parts:
  // the page read as a margin of notes before its titles is then the better reading.
  if (titled !== labelled && margins === titled && NUMBER_BESIDE_PROSE.test(labelled) && SUBJECT_LABEL_BESIDE.test(labelled)) {
    const noted = unweaveMarginNotes(labelled);
    if (noted !== labelled) margins = unweaveMargins(noted);
  }
  return unweaveListColumns(margins);
}
/** The subject's label, OCR's zero for the O of capitals or not ("0BJET"). */
const OBJET_WORD = '(?:[O0]BJET|Objet)';
/** "OBJET :" alone in a margin, the body beside it. */
const SUBJECT_LABEL_BESIDE = new RegExp(String.raw`(?:^|\n)[ \t]{0,6}${OBJET_WORD}[ \t]*:[ \t]{3,}\S`, 'u');

/**
 * A deliberation's label and number stacked in the margin beside the first two lines of its text,
 * too short a margin for the readers of notes:
 *
 *   Délib.          Sur le rapport de M. BELLAY, Adjoint délégué aux finances, le
 *   n° 89/58        Conseil Municipal adopte la décision modificative n° 2 du budget
 *
 * The number is given on a line of its own ("Délib. n° 89/58") over the text's lines.
 */
const ACT_LABEL_CELL = /^[ \t]{0,6}(D[ée]lib(?:[ée]ration)?\.?|DELIB(?:ERATION)?\.?)[ \t]{2,}(\S.*)$/u;
// OCR's "*" for the degree sign, its "l" and "O" among the figures ("n* 89/62", "n° 89/6l").
const ACT_NUMBER_CELL = /^[ \t]{0,6}[Nn][°*º][ \t]?(\d[\dlO]{0,3}(?:[-/.][\dlO]{1,4}){1,2})[ \t]{2,}(\S.*)$/u;
const ACT_LABEL_IN_PAGE = /(?:^|\n)[ \t]{0,6}(?:D[ée]lib|DELIB)[^\n]*\n[ \t]{0,6}[Nn][°*º][ \t]?\d/u;

/** A line of prose: a word in small letters among its first five. */
const PROSE_OPENING = /^(?![Nn]°)(?:\S+[ \t]+){0,4}?\p{Ll}{3,}/u;
/** The point's heading over its text: its rank, then a title in capitals. */
const HEADING_ABOVE = /^[ \t]*(?:[IVXL]{1,5}|\d{1,3})[ \t]*[-–.)°][^\n\p{Ll}]*$/u;

function unweaveActLabels(page: string): string {
  if (!ACT_LABEL_IN_PAGE.test(page)) return page;
  const lines = page.split('\n');
  let changed = false;
  for (let i = 0; i + 1 < lines.length; i++) {
    const label = ACT_LABEL_CELL.exec(lines[i]!);
    const number = label ? ACT_NUMBER_CELL.exec(lines[i + 1]!) : null;
    if (!label || !number) continue;
    // The body's two lines start at one column, the margin's width; they are prose, under the point's heading.
    if (lines[i]!.length - label[2]!.length !== lines[i + 1]!.length - number[2]!.length) continue;
    if (!PROSE_OPENING.test(label[2]!) || !PROSE_OPENING.test(number[2]!) || !HEADING_ABOVE.test(lines[i - 1] ?? '')) continue;
    lines.splice(i, 2, `${label[1]} n° ${fixNumber(number[1]!)}`, label[2]!, number[2]!);
    changed = true;
    i += 2;
  }
  return changed ? lines.join('\n') : page;
}

/** A proxy's holder after the member's cell: "par Mme X", "pouvoir à M. Y", "représenté par …". */
const PROXY_HELD_BY = /^(?:(?:repr[ée]sent[ée]e?\s+)?par|(?:pouvoir|procuration)\s+(?:donn[ée]e?\s+)?[àa])\s+(?:M\.|Mme|Mlle|MM\.|Monsieur|Madame|\p{Lu}{2})/u;

/** The member's cell before it: "Mme Thérèse PAUSE", "M. J. DUVAL", "PAUSE Thérèse". */
const MEMBER_NOTE = /^(?:(?:M\.|Mme|Mlle|Monsieur|Madame)[ \t][^\n]*\p{Lu}{2}[\p{Lu}'’-]*|\p{Lu}{2}[\p{Lu}'’-]*[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*)$/u;

/** Fewer lines than this at the body's column, or beside a note, and a page has no margin of notes. */
const MIN_BODY_ONLY = 5;
const MIN_NOTE_LINES = 3;
/** Where a register's body may stand, in columns: further in, a page is centred or tabulated. */
const BODY_COLUMNS = [8, 40] as const;

/**
 * A register or a procès-verbal typed with a margin of notes beside its body ("Appel nominal",
 * "Pouvoirs", "Rapport n° 1", "Vote", a subject written small "AFFOUAGE / 1972-1973 / Désignation
 * des garants"), as a text layer laid out with spaces gives it back: read across, each note runs
 * into a line of the body ("Rapport       RAPPORT N° 1 - COMPTE …", "nominal       ROUSSEL, …").
 * The body's column is where most lines start; a note stands left of it, two spaces at least
 * before it. Each paragraph is given its notes first, then its lines whole. Lines that cross the
 * column (a letterhead, a centred title) are left as they are.
 */
export function unweaveMarginNotes(page: string): string {
  const laid = laidOut(page);
  const lines = laid.split('\n');
  const column = bodyColumn(lines);
  // A ragged margin's notes stand two spaces or more before the body; three where OCR's doubled
  // spaces inside the lines ("la  Couze  ont") read as notes too many.
  const parted = column >= 0 ? lines.map((line) => noteAndBody(line, column)) : (raggedSplit(lines, 2) ?? raggedSplit(lines, 3));
  // "Mme Thérèse PAUSE      par  Mme Marie-Annick TECHER": a row of the proxies' table, the member
  // then who holds their vote, no note beside a body.
  const split = parted?.map((x) => (x && PROXY_HELD_BY.test(x.body.trimStart()) && MEMBER_NOTE.test(x.note) ? null : x));
  if (!split || !readsAsMarginNotes(lines, split)) return page;
  const ragged = column < 0;
  if (!ragged) withFullNotes(lines, split, column);
  const out: string[] = [];
  let notes: string[] = [];
  let body: string[] = [];
  // How many of the paragraph's notes stood before its first line of body (-1: none read yet).
  let firstNotes = -1;
  const flush = () => {
    out.push(...paragraphWithNotes(notes, body, firstNotes));
    firstNotes = -1;
    notes = [];
    body = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const x = split[i];
    if (!lines[i]!.trim()) {
      flush();
      out.push('');
    } else if (!x) {
      flush();
      out.push(lines[i]!);
    } else if (x.note.endsWith(':') && x.body.trim() && !split[i + 1]?.note) {
      // A label and its value beside it ("OBJET :   PROGRAMME …", "Rapporteur :  M. DUMAS"): read
      // across; not where the margin goes on under it ("Date de convocation :" / "05/09/2023"), its value there.
      if (firstNotes < 0) firstNotes = notes.length;
      body.push(`${x.note} ${x.body.trim()}`);
    } else {
      // A ragged margin's first note beside a paragraph under the page's head ("REPUBLIQUE FRANCAISE" /
      // "EXTRAIT DU REGISTRE …", then "REGION BRETAGNE   Le Conseil régional …"): the head is a paragraph of its own.
      if (ragged && x.note && !notes.length && body.length && !MID_SENTENCE.test(body[body.length - 1]!.trim())) flush();
      // "Nombre de membres" over the box's counts beside the paragraph ("en exercice : 11    L'an mil …"):
      // the box's head is its first note, the lines above it the page's head.
      else if (ragged && x.note && !notes.length && body.length && FIGURES_BOX_HEAD.test(body[body.length - 1]!.trim()) && isMarginLabel(x.note)) {
        const head = body.pop()!.trim();
        flush();
        notes.push(head);
      }
      if (x.body.trim() && firstNotes < 0) firstNotes = notes.length;
      if (x.note) notes.push(x.note);
      if (x.body) body.push(x.body);
    }
  }
  flush();
  return out.join('\n');
}

/**
 * A paragraph's lines with the notes beside it (`firstNotes` of them before its first line of
 * body, -1 where it has none): beside a heading, the point's number under its title and the other
 * notes after it; beside prose, the labels first and the subject as "[En marge : …]".
 */
function paragraphWithNotes(notes: readonly string[], paragraph: readonly string[], firstNotes: number): string[] {
  const out: string[] = [];
  const body = [...paragraph];
  // A note wrapped in the margin's width is one ("Appel" / "nominal", "P.V. du" / "27.03.2000");
  // one that repeats the paragraph's opening ("Rapport n° 1" beside "RAPPORT N° 1 - …") goes.
  const first = body.findIndex((l) => l.trim());
  const opening = first < 0 ? '' : body[first]!.trim();
  let kept = wrappedNotes(notes).filter((note) => !opening.toLowerCase().startsWith(note.toLowerCase()));
  // "N° 94/17" / "(suite)": the act's number repeated over its text's next page, no heading's.
  const goesOn = kept.findIndex((n) => CONTINUED_NOTE.test(n));
  if (goesOn > 0 && ACT_NUMBER_NOTE.test(kept[goesOn - 1]!)) kept.splice(goesOn - 1, 2, `${kept[goesOn - 1]!} ${kept[goesOn]!}`);
  // The point's number beside its first line reads across: "N° 31   Assistance aux vieillards …";
  // not beside prose whose subject the margin labels under it ("N° 94/17" / "OBJET :" / "Budget …"), read as such a margin.
  const subjectLabelled = !HEADING_LINE.test(opening) && kept.some((n) => SUBJECT_LABEL_ALONE.test(n));
  const numbered = first >= 0 && kept.length > 0 && firstNotes === 0 && ACT_NUMBER_NOTE.test(kept[0]!) && !subjectLabelled;
  if (numbered) {
    body[first] = `${kept[0]} ${opening}`;
    kept = kept.slice(1);
  }
  // A point's rank over its title in the margin ("3." / "Compte" / "administratif" / "2020"), its text
  // beside: the rank and the title make its heading, over the text.
  if (first >= 0 && firstNotes === 0 && kept.length >= 2 && RANK_NOTE.test(kept[0]!) && !HEADING_LINE.test(opening)) {
    out.push(`${kept[0]} ${joinSubject(kept.slice(1))}`, ...body);
    return out;
  }
  // The act's number on a line of its own over the subject the margin writes under it ("N° 52/76" / "Forêt commu-" / "nale - Etat" / …),
  // beside a paragraph of prose opening on the point's rank ("2°) Le Maire donne connaissance …"): the number heads the subject as a
  // margin's ranked note does ("[En marge : N° 52/76 – Forêt communale - Etat …]"), over the paragraph.
  const subjectUnderNumber = first >= 0 && firstNotes > 0 && kept.length >= 2 && NUMBER_NOTE.test(kept[0]!) && !CAPITALS_OPENING.test(opening) && kept.slice(1).every((n) => SUBJECT_WORDS.test(n) && !MARGIN_LABEL.test(n));
  if (subjectUnderNumber) {
    out.push(`[En marge : ${kept[0]} – ${kept.slice(1).join(' ')}]`, ...body);
    return out;
  }
  if (numbered || (first >= 0 && HEADING_LINE.test(opening))) {
    // Beside a heading, the notes are the point's: its act's number under the heading's title,
    // where a number printed under a heading is read; the others (a classification) after it.
    // A report's rank so labelled ("Rapport" / "n° 1-01") heads a title in capitals, as "RAPPORT N° 1-01" over it;
    // not a title ranked itself ("3°- VOIRIE …"), whose rank is the point's number.
    const leading = RANKED_OPENING.test(opening) ? [] : kept.filter((n) => REPORT_NUMBER_NOTE.test(n));
    const numbers = kept.filter((n) => ACT_NUMBER_NOTE.test(n));
    // The heading's title may wrap ("… Tarifs de location au" / "1er septembre 2025").
    let titleEnd = first + 1;
    while (titleEnd < body.length && body[titleEnd]!.trim() && NOTE_GOES_ON.test(body[titleEnd - 1]!.trim())) titleEnd++;
    out.push(...leading, ...body.slice(0, titleEnd), ...numbers, ...body.slice(titleEnd), ...kept.filter((n) => !numbers.includes(n) && !leading.includes(n)));
  } else {
    // Beside a paragraph of prose, what is no label is the subject written in the margin
    // ("AFFOUAGE" / "1972-1973" / "Désignation des garants et taxe d'affouage"): given as an
    // archivist transcribes it, "[En marge : …]", which heads the deliberation.
    // Only notes that open beside the paragraph's first line: a stamp further down is no subject.
    // A box of counts its cells wrapped into one note ("Nombre de membres en exercice : 24 présents : 22 …") is labels too.
    const isLabel = (n: string) => MARGIN_LABEL.test(n) || MARGIN_CELL.test(n.toLowerCase()) || COUNTS_IN_NOTE.test(n);
    // "CONSEIL REGIONAL" / "Séance du 22 juin 2006" / "OBJET :" / "Schéma régional …": the subject
    // is what its label heads; the notes above it name the body and the sitting, read as lines.
    const objet = kept.findIndex((n) => SUBJECT_LABEL_ALONE.test(n));
    if (objet >= 0) {
      out.push(...kept.slice(0, objet));
      kept = kept.slice(objet + 1);
    }
    const words = kept.filter((n) => !isLabel(n));
    // Figures go with the words beside them ("AFFOUAGE" / "1972-1973"), or are labels alone.
    // A paragraph going on from the page before ("cimetière, côté nord, …") is no new matter: its notes end the subject there.
    const opensMatter = firstNotes === 0 && !/^\p{Ll}/u.test(opening);
    // Not figures after a label ("Reçu à la Préfecture" / "le 16 MAI" / "1980"): a stamp's date, no part of the subject.
    const subject = opensMatter && words.length && SUBJECT_WORDS.test(words.join(' ')) ? kept.filter((n, i) => !isLabel(n) || (FIGURES_NOTE.test(n) && (i === 0 || !isLabel(kept[i - 1]!) || FIGURES_NOTE.test(kept[i - 1]!)))) : [];
    // A stamp's date wrapped under its words ("Reçu à la Préfecture le 16 MAI" / "1980") is one note.
    const labels = kept.filter((n) => !subject.includes(n)).reduce<string[]>((all, n) => {
      if (FIGURES_NOTE.test(n) && all.length && STAMP_WORDS.test(all[all.length - 1]!)) all[all.length - 1] += ` ${n}`;
      else all.push(n);
      return all;
    }, []);
    // A labelled subject under the act's number ("N° 82-119" / "OBJET :" / "PORT DE PLAI-" / "SANCE"): the
    // number heads it as a margin's ranked note does ("[En marge : N° 82-119 – PORT …]"), the counts' box after it.
    // "N° 85-11" / "Délégués" / "en exercice : 10" / … / "OBJET :": the number heads the margin, the box of counts under it; it heads the subject still.
    const boxUnderNumber = objet >= 0 && subject.length && out.length >= 2 && NUMBER_NOTE.test(out[0]!) && out.slice(1).every(isLabel);
    const numberAbove = boxUnderNumber ? out.shift()! : objet >= 0 && subject.length && out.length && NUMBER_NOTE.test(out[out.length - 1]!) ? out.pop()! : null;
    const note = subject.length ? [`[En marge : ${numberAbove ? `${numberAbove} – ` : ''}${subject.join(' ')}]`] : [];
    out.push(...(objet >= 0 ? [...note, ...labels] : [...labels, ...note]), ...body);
  }
  return out;
}

/** A stamp's words before its date: "Reçu à la Préfecture le 16 MAI", "Transmis au contrôle de légalité le". */
const STAMP_WORDS = /^(?:re[çc]u|arriv[ée]e?|transmis)[ \t]/iu;

/** An act's number alone in the margin, labelled "N°" ("N° 82-119", "N° 94/17"), as a margin's ranked note gives it (segment/headings.ts). */
const NUMBER_NOTE = /^N°[ \t]?\d{1,4}(?:[-/]\d{1,4})?$/u;
/** A heading's opening on its rank: "3°- VOIRIE …", "II. …". */
const RANK_OPENING = String.raw`\d{1,3}[ \t]*[-–.)°]|[IVX]{1,4}[ \t]*[-–.)]`;
/** A paragraph opening on a title in capitals, its rank maybe before it ("6°) MAISON DE VACANCES …"): a heading the margin's notes go with. */
const CAPITALS_OPENING = new RegExp(String.raw`^(?:(?:${RANK_OPENING})[ \t)]*)?[^\p{Ll}]{12}`, 'u');
const RANKED_OPENING = new RegExp(`^(?:${RANK_OPENING})`, 'u');
/** A report's rank under its label in the margin: "Rapport n° 1-01", "Rapport n° 12"; a wish's or a motion's ("Voeu n° 1"). */
const REPORT_NUMBER_NOTE = new RegExp(String.raw`^(?:Rapport|RAPPORT|${WISH_OR_MOTION_LABEL})[ \t]+n°[ \t]*\d{1,3}(?:[-.]\d{1,3})?$`, 'u');
/** "(suite)" under an act's number in the margin: its text goes on from the page before. */
const CONTINUED_NOTE = /^\((?:suite|SUITE)\)$/u;
/** A point's rank alone in the margin: "3.", "12)", "4°". */
const RANK_NOTE = /^\d{1,3}[.)°]$/u;
/** A point's heading opening a paragraph: its rank ("4 - …", "II. …"), its label ("RAPPORT N° 1"), or a line in capitals ("DÉCISION MODIFICATIVE N° 1 …"). */
const HEADING_LINE = new RegExp(String.raw`^(?:${RANK_OPENING}|(?:RAPPORT|D[ÉE]LIB[ÉE]RATION|POINT|OBJET)(?![\p{L}])|[\p{Lu}\d'’ ,°-]{12,}$)`, 'u');
/** An act's number alone in the margin: "N° 31", "n° 2005-31", "B-2025-041", "2022-31", "2026-09-CP-01", "78-B-61", "Délib. n° 2022-31". */
const ACT_NUMBER_NOTE = /^(?:[Nn]°[ \t]?\d{1,4}(?:[-_/.]\d{1,4})*|(?:D[ée]lib(?:[ée]ration)?\.?[ \t]+n°[ \t]*|[Nn]°[ \t]?)?[A-Z]{0,5}[-_ ]?\d{2,4}(?:[-_/.][A-Z]{1,5})?[-_/.]\d{1,4}(?:[-_/.][A-Z]{1,5})?(?:[-_/.]\d{1,4})?)$/u;

/** A note's line that goes on with the next: cut after a word that needs one ("du", "de", "n°"), or a hyphen. */
const NOTE_GOES_ON = /(?:^|[ \t])(?:du|de|des|d['’]|la|le|les|au|aux|et|à|en|n°|par|pour|sur)$|(?<=\p{L})[-–]$/iu;

/** The margin's lines as its notes: a line that goes on, or one opening in lower case, joined to the one before. */
function wrappedNotes(lines: readonly string[]): string[] {
  const notes: string[] = [];
  for (const line of lines) {
    const last = notes[notes.length - 1];
    if (last !== undefined && (NOTE_GOES_ON.test(last) || /^\p{Ll}/u.test(line))) notes[notes.length - 1] = joinSubject([last, line]);
    else notes.push(line);
  }
  return notes;
}

/**
 * A note that labels the paragraph beside it, not its subject: the roll call, the proxies, the
 * vote and its counts, the secretary, a number, a date, a count, a classification. Its own line, as written.
 */
const MARGIN_LABEL = /^(?:appel(?:\s+nominal)?|pr[ée]sents?|absents?|excus[ée]s?|pouvoirs?|procurations?|quorum|vote|votes|scrutin|r[ée]sultat|secr[ée]taire(?:\s+de\s+s[ée]ance)?|(?:ouverture|cl[ôo]ture)(?:\s+de\s+la\s+s[ée]ance)?|lev[ée]e\s+de\s+(?:la\s+)?s[ée]ance|allocutions?(?:\s+d[ue]s?\s+[^\n]{1,30})?|secr[ée]tariat|observations?|nomenclature(?:\s+[\d.]+)?|mati[èe]re|rapport(?:\s+n°\s*\d+)?|d[ée]lib(?:[ée]ration)?\.?(?:\s+n°[^\n]*)?|p\.\s?v\.[^\n]*|n°[^\n]*|[\d\s./:-]+|date[^\n]*|convocation[^\n]*|affichage[^\n]*|affich[ée]e?\s+le[^\n]*|[^\n]*(?:pr[ée]f(?:et|ecture)|approbation|vu\s+pour|re[çc]u\s+le|arriv[ée]e|secr[ée]taire\s+g[ée]n[ée]ral|visa)[^\n]*|(?:en\s+exercice|votants|pr[ée]sents|absents|pouvoirs)\s*:?\s*\d*|(?:pour|contre|abst(?:\.|entions?)?|exprim[ée]s)\s*:?\s*(?:\d{1,3}|n[ée]ant)|[•·]?\s*(?:\d{1,3}\s+(?:pour|contre|abst(?:\.|entions?)?|votants?|exprim[ée]s)\s*)+|(?:adopt[ée]e?s?|rejet[ée]e?s?|ajourn[ée]e?s?|retir[ée]e?s?|pr(?:end|is)\s+acte)?\s*(?:[àa]\s+l['’]\s?)?(?:unanimit[ée])?(?:\s+\d{1,3}\s+votants?)?)$/iu;
/** A note of figures alone: "1972-1973", "19 06 1972". */
const FIGURES_NOTE = /^[\d\s./:-]+$/u;
/** Two words, or one in capitals ("CIMETIERE"): a subject; one word in lower case names a section ("Finances"). */
const SUBJECT_WORDS = /\p{L}{2,}[^\p{L}]+\p{L}{2,}|\p{Lu}{4,}/u;

/** How far right of the body's column a short line stands alone: a page's number, a folio. */
const FAR_RIGHT = 20;

/** Three words in lower case: a line of prose. */
const PROSE_LINE = /(?:\p{Ll}{2,}[ \t]+[^\n]*){2}\p{Ll}{2,}/u;
/** Names in capitals one after another ("GOSSELIN, GUÉRIN, HAMEL,"): a list of members, the body's text as prose is. */
const NAMES_LINE = /(?:\p{Lu}[\p{Lu}'’-]+,[ \t]+){2}\p{Lu}/u;
/** More lines crossing the body's column than this share of the page: no margin, a page of prose or a table. */
const MAX_CROSSING_SHARE = 0.15;

/**
 * Whether the page, read at its body's column, is a body of prose with notes beside it: notes
 * enough, the body's lines prose and not a table's rows (no gap of three spaces inside them),
 * few lines across the column (a letterhead, a title).
 */
function readsAsMarginNotes(lines: readonly string[], split: ReadonlyArray<{ note: string; body: string } | null>): boolean {
  let notes = 0;
  let crossing = 0;
  let filled = 0;
  let prose = 0;
  let gapped = 0;
  // The page's head above the first note beside the body (a letterhead, the sitting's lists at the
  // page's edge) is the page's own, no sign against a margin under it.
  const first = split.findIndex((x) => !!x?.note && !!x.body.trim());
  // A paragraph all at the page's edge, across the column (the lists of members between two notes' paragraphs), is the page's own,
  // where notes wrap over lines beside paragraphs ("1°) Adduc-" / "tion d'eau" / "Poghju"): a margin, not a label opening a line ("ARTICLE 1").
  const acrossOnly = paragraphsAcross(lines, split);
  for (let i = Math.max(0, first); i < lines.length; i++) {
    if (!lines[i]!.trim() || acrossOnly[i]) continue;
    const x = split[i];
    const body = x ? x.body.trim() : '';
    // A table set in the body's column, nothing beside it (a grid of grants under a report): neither prose nor notes.
    if (x && !x.note && GAP.test(body)) continue;
    filled++;
    if (!x) {
      crossing++;
      continue;
    }
    if (x.note) notes++;
    if (!body) continue;
    if (GAP.test(body)) gapped++;
    if (PROSE_LINE.test(body) || NAMES_LINE.test(body)) prose++;
  }
  return notes >= MIN_NOTE_LINES && crossing <= Math.max(4, filled * MAX_CROSSING_SHARE) && gapped * 10 <= filled && prose * 2 >= filled;
}

/** Per line, whether it stands in a paragraph (lines between blanks) of which every line crosses the body's column; none where notes do not wrap. */
function paragraphsAcross(lines: readonly string[], split: ReadonlyArray<{ note: string; body: string } | null>): boolean[] {
  const out = new Array<boolean>(lines.length).fill(false);
  let wrapped = 0;
  for (let i = 0; i < lines.length; ) {
    if (!lines[i]!.trim()) {
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && lines[end]!.trim()) end++;
    if (split.slice(i, end).every((x) => !x)) out.fill(true, i, end);
    else if (split.slice(i, end).filter((x) => x?.note).length >= 2) wrapped++;
    i = end;
  }
  return wrapped >= MIN_WRAPPED_NOTES ? out : out.fill(false);
}
/** Paragraphs whose note wraps over two lines or more, fewer than which a page's paragraphs across its column count against a margin. */
const MIN_WRAPPED_NOTES = 2;

/** A note opening its line, two spaces or more before the body beside it; or three. */
const RAGGED_NOTE = /^(\S(?:[^\n]{0,24}?\S)?)[ ]{2,}(?=\S)/;
const RAGGED_NOTE_WIDE = /^(\S(?:[^\n]{0,24}?\S)?)[ ]{3,}(?=\S)/;
/** A line of a list of members: "Presents : MM. FOURNIOUX, Maire, BRUGIERE, CHABAUD,". */
const MEMBERS_LINE = /(?:^|[ \t:])(?:MM?\.|Mmes?|Monsieur|Madame)[ \t]+\p{Lu}{3}[^\n]*,/u;
/** A list of names before a doubled space: "MÉVEL, Madame", "DUPONT, M.". */
const DOUBLED_IN_NAMES = /,[ \t]+(?:Madame|Monsieur|Mme|M\.|MM\.|Mmes)$/u;
/** A short word of prose alone before a doubled space: "de", "et", "la". */
const DOUBLED_AFTER_WORD = /^\p{Ll}{1,3}$/u;
/** A note's line in capitals, alone on its line. */
const NOTE_IN_CAPITALS = /^[\p{Lu}'’ -]{3,25}$/u;
/** A note of a ragged margin opens on a letter, and holds a word; or a word cut by a hyphen ("Electrifi-" / "cation"). */
const RAGGED_NOTE_WORDS = /^\p{L}(?:[^\n]*\p{L})?$|^\p{L}[^\n]*\p{L}{2}-$/u;
/** A signature's cell: its office closed by a comma, or a name after an initial. */
const SIGNATURE_CELL = /,$|^(?:\p{Lu}\.[ -]?){1,2}[ \t]?\p{Lu}{2,}/u;
/** Notes a ragged margin holds at least where labels stand in it. */
const MIN_LABELLED_NOTE_LINES = 6;
/** How far into its line a ragged margin's body may start. */
const RAGGED_REACH = 28;

/**
 * The lines of a margin whose body the text layer gave back at no one column, each note two
 * spaces or more before its line of body ("Ouverture    La séance est ouverte …", "DU PRESIDENT  scrutin
 * secret …"), the body's other lines at the page's edge. Null unless notes enough stand so, and
 * few lines hold a gap further in (a justified page's doubled spaces fall anywhere along its lines).
 */
function raggedSplit(lines: readonly string[], spaces: 2 | 3): Array<{ note: string; body: string }> | null {
  const gap = ' '.repeat(spaces);
  const noteAt = spaces === 2 ? RAGGED_NOTE : RAGGED_NOTE_WIDE;
  let near = 0;
  let labels = 0;
  let far = 0;
  let noted = false;
  // Where the body beside the last note started: a note filling the margin to one space before it goes on there.
  let bodyAt = -1;
  const split = lines.map((line) => {
    const follows = noted;
    const besideAt = bodyAt;
    noted = false;
    bodyAt = -1;
    // A note's last line alone under it, in capitals ("A LA COMMISSION    Permanente." / "PERMANENTE").
    if (follows && NOTE_IN_CAPITALS.test(line)) {
      noted = true;
      return { note: line.trim(), body: '' };
    }
    // "Compte      Le Maire s'étant retiré, …" / "administra- présidence de M. …": under a note, the
    // next fills the margin to one space from the body's column, the body going on there.
    const tight = follows && besideAt > 0 && !line.includes(gap) ? tightNote(line, besideAt) : null;
    if (tight) {
      near++;
      noted = true;
      bodyAt = besideAt;
      return tight;
    }
    if (!line.trim() || /^[ \t]/.test(line) || !line.includes(gap)) return { note: '', body: line.trimEnd() };
    // "présents    :  9     heures trente, …": a count of the box its colon aligned, beside the body.
    const count = ALIGNED_COUNT.exec(line);
    if (count && count[0].length <= RAGGED_REACH && /\p{L}{3}/u.test(line.slice(count[0].length))) {
      labels++;
      noted = true;
      return { note: `${count[1]} : ${count[2]}`, body: line.slice(count[0].length).trimEnd() };
    }
    const m = noteAt.exec(line);
    const note = m && m[0].length <= RAGGED_REACH ? m[1]! : null;
    const body = m ? line.slice(m[0].length) : '';
    // "Etaient absents excusés  : Madame …": a label and its value, two spaces before the colon; and
    // "MÉVEL, Madame  Évelyne …", "de  l'innovation …": OCR's doubled space in a list of names or a
    // line of prose. No note, and no sign against a margin.
    if (body.startsWith(':') || (m && (DOUBLED_IN_NAMES.test(m[1]!) || DOUBLED_AFTER_WORD.test(m[1]!)))) return { note: '', body: line.trimEnd() };
    // A note is words (no rank, no figure alone) beside a line of prose, or (under another note,
    // or in capitals) beside words in lower case; never beside a table's cells.
    const besideProse = PROSE_LINE.test(body) || MEMBERS_LINE.test(body) || NAMES_LINE.test(body) || ((follows || (note !== null && NOTE_IN_CAPITALS.test(note))) && /\p{Ll}{3}/u.test(body));
    // Under a note, its line may end on the year the subject is of ("Compte" / "administra-" / "tif 1980").
    if (note !== null && (RAGGED_NOTE_WORDS.test(note) || (follows && NOTE_WITH_YEAR.test(note))) && !SIGNATURE_CELL.test(note) && besideProse && !GAP.test(body)) {
      near++;
      noted = true;
      bodyAt = m![0].length;
      return { note, body: body.trimEnd() };
    }
    // A label of the margin ("n° 06_DEE_01", "22 juin 2006", "OBJET :", "présents : 71") beside any
    // words of the body ("OBJET :   (pouvoir à M. JOUHET)."), or the rest of a note above ("(S.R.D.E.)",
    // "- Adoption -") beside prose: a note, though no sign of a margin by itself.
    const label = note !== null && isMarginLabel(note);
    if (note !== null && !GAP.test(body) && ((label && /\p{L}{3}/u.test(body)) || (besideProse && follows && /\p{L}/u.test(note) && !/\d/.test(note)))) {
      labels++;
      noted = true;
      return { note, body: body.trimEnd() };
    }
    // Two signatures side by side are the page's own, no sign of a justified page or a table; nor is
    // a letterhead beside its page's number ("COMMUNE DE …   - 23 -"), or a stamp's rule ("25-3-81  |").
    if (!(m && (SIGNATURE_CELL.test(m[1]!) || PAGE_NUMBER_CELL.test(body.trim()) || !/[\p{L}\d]/u.test(body) || SURNAMES_ROW.test(line.trim())))) far++;
    return { note: '', body: line.trimEnd() };
  });
  if (!labels) return near >= MIN_NOTE_LINES && far * 4 <= near ? split : null;
  // With labels, notes enough, and none of the margin run in with one space ("votants : 7 la
  // présidence …"): where the text layer did so as often as not, the page is left as it is.
  const runIn = lines.some((line) => {
    const tight = tightCell(line);
    return tight !== null && line.includes(`${tight.cell} ${tight.rest}`);
  });
  return near >= 1 && near + labels >= MIN_LABELLED_NOTE_LINES && !runIn && far * 4 <= near + labels ? split : null;
}

/** The head of the sitting's figures box alone on its line: "Nombre de membres", "Membres". */
const FIGURES_BOX_HEAD = new RegExp(String.raw`^(?:${FIGURES_BOX_WORDS})(?:\s+(?:de|des|du)\s+(?:membres|conseillers|d[ée]l[ée]gu[ée]s))?\s*:?$`, 'iu');
/** A count of the sitting's figures box, its colon aligned with the others': "présents    :  9", "votants     : 1O" (OCR's O for 0). */
const ALIGNED_COUNT = /^((?:en[ \t]+exercice|pr[ée]sents|votants|absents|pouvoirs|repr[ée]sent[ée]s|exprim[ée]s))[ \t]*:[ \t]*(\d{1,3}|\d[O0-9]|[1-9]O)[ \t]{3,}(?=\S)/iu;
/** A note's words, then the year they are of: "tif 1980", "Budget 1981". */
const NOTE_WITH_YEAR = /^\p{L}[^\n]*\p{L}[ \t]+\d{4}$/u;
/** Signers' surnames side by side under "Suivent les signatures": "DELEPLANQUE   VANHOUTTE   MASCLET". */
const SURNAMES_ROW = /^\p{Lu}[\p{Lu}'’-]+(?:[ \t]{2,}\p{Lu}[\p{Lu}'’-]+)+$/u;
/** A page's number beside a letterhead: "- 23 -", "Folio 21", "page 3". */
const PAGE_NUMBER_CELL = /^(?:[-–][ \t]*\d{1,4}[ \t]*[-–]|(?:folio|f°|page)[ \t]*\d{1,4})$/iu;
/** A note's word (a word cut by a hyphen, or one ending on a year) filling the margin. */
const TIGHT_NOTE = /^\p{L}[\p{L}'’ -]{0,22}(?:[-–]|\p{L}|[ \t]\d{4})$/u;

/**
 * The note and body of a line whose note fills the margin to one space before the body's column
 * `at` ("administra- présidence de M. VANHOUTTE …"), the body a line of prose; else null.
 */
function tightNote(line: string, at: number): { note: string; body: string } | null {
  if (line.length <= at || line[at - 1] !== ' ' || line[at - 2] === ' ' || line[at] === ' ' || /^[ \t]/.test(line)) return null;
  const note = line.slice(0, at - 1);
  const body = line.slice(at).trimEnd();
  return TIGHT_NOTE.test(note) && /\p{Ll}{2,}[ \t]+\p{L}+[ \t]+\p{L}/u.test(body) ? { note, body } : null;
}

/** A label a margin holds: a count, a date, an act's number, "OBJET :". */
function isMarginLabel(raw: string): boolean {
  // An accent typed as an apostrophe after its letter ("pre'sents : 71"), read back later.
  const note = raw.replace(/(?<=\p{L})['’](?=\p{L})/gu, '');
  return MARGIN_LABEL.test(note) || MARGIN_CELL.test(note.toLowerCase()) || ACT_NUMBER_NOTE.test(note) || SUBJECT_LABEL_ALONE.test(note);
}
const SUBJECT_LABEL_ALONE = new RegExp(String.raw`^${OBJET_WORD}[ \t]*:$`, 'u');

/** The column most lines start at, between BODY_COLUMNS, where MIN_BODY_ONLY do at least; -1 if none. */
function bodyColumn(lines: readonly string[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const indent = line.length - line.trimStart().length;
    if (indent >= BODY_COLUMNS[0] && indent <= BODY_COLUMNS[1] && line.trim()) counts.set(indent, (counts.get(indent) ?? 0) + 1);
  }
  let best = -1;
  let most = MIN_BODY_ONLY - 1;
  for (const [indent, n] of counts) if (n > most || (n === most && indent < best)) (best = indent), (most = n);
  return best;
}

/**
 * A line read at the body's column: its note (left of the column, two spaces before it) and its
 * body, either maybe empty; null where the line crosses the column.
 */
function noteAndBody(line: string, column: number): { note: string; body: string } | null {
  const indent = line.length - line.trimStart().length;
  // A page's number or a stamp far right ("- 42 -") is no line of the paragraph.
  if (indent >= column + FAR_RIGHT && line.trim().length <= 12) return null;
  if (indent >= column - 1) return { note: '', body: line.slice(Math.min(indent, column)).trimEnd() };
  const left = line.slice(0, column).trimEnd();
  if (left.length > column - 2) return null;
  const body = line.slice(column).trimEnd();
  // A cell far right of the body's column beside one at the margin ("Le Président,   …   La secrétaire
  // de séance,"): a block of two columns under the body, a signature's, not a note beside a line of it.
  if (left.trim() && body.length - body.trimStart().length > BODY_DRIFT) return null;
  return { note: left.trim(), body };
}
/**
 * A note that fills the margin's width, one space before the body's column ("le 30/11 - cf. liste se réunira …"), between two
 * lines whose notes stand beside the body: the note above goes on there, the line no crossing one.
 */
function withFullNotes(lines: readonly string[], split: Array<{ note: string; body: string } | null>, column: number): void {
  for (let i = 1; i + 1 < split.length; i++) {
    if (split[i] || !split[i - 1]?.note || !split[i + 1]?.note) continue;
    const line = lines[i]!;
    // The note goes on from the one above, in lower case: a label or a subject opening there is the margin's own line, left as it is.
    // Not a label of its own ("en exercice : 47 Vu la loi …"), which a wrapped note would swallow.
    if (line[column - 1] !== ' ' || line[column - 2] === ' ' || !/\S/.test(line[column] ?? '') || !/^\p{Ll}/u.test(line)) continue;
    const note = line.slice(0, column).trim();
    if (!isMarginLabel(note)) split[i] = { note, body: line.slice(column).trimEnd() };
  }
}
/** How far right of the body's column a line of it may open (a paragraph's indent, a centred title): as far as a page's number stands. */
const BODY_DRIFT = FAR_RIGHT;

/**
 * A register's subject written in the margin beside its deliberation, as a text layer laid out
 * with spaces gives it back:
 *
 *   OBJET : Compte de         Le Conseil Municipal, après s'être fait présenter le budget
 *   gestion 1981              primitif de l'exercice 1981, les titres et mandats, …
 *
 * Read across, each line of the subject runs into a line of the deliberation. The subject is
 * given first, on one line after its "OBJET :", then the deliberation.
 */
const MARGIN_SUBJECT = /^[ \t]{0,6}(OBJET|Objet|N°[ \t]?(?:[A-Z]{1,3}[ \t])?\d[\w/.-]*)[ \t]*(?::[ \t]*)?(\S(?:.*?\S)?)?[ \t]{3,}(\S.*)$/;
/** The label of the subject in the margin, under the deliberation's number. */
const SUBJECT_LABEL = /^(?:OBJET|Objet)[ \t]*:?[ \t]*/;
/** Fewer lines of the deliberation than this beside its subject are no margin. */
const MIN_BODY_LINES = 2;
/** Fewer subject lines than this under a number, with no "OBJET", are no subject. */
const MIN_STACKED = 3;

/** A line that ends inside a sentence or a list: on a comma, a semicolon or a word in lower case. */
const MID_SENTENCE = /[,;\p{Ll}]$/u;

/**
 * "Objet :" alone on its line in the margin, the subject's lines under it woven with the
 * deliberation's ("Budget supplémentaire         Le Conseil Municipal, …" / "1979      de M. le Maire …").
 */
// OCR's speck after the colon ("Objet : -") too.
const LABEL_ALONE_LINE = /^[ \t]{0,6}(?:OBJET|Objet)[ \t]*:?[ \t]*(?:[-–~.'][ \t]*)?$/;
const LABEL_OVER_WOVEN_IN_PAGE = /^[ \t]{0,6}(?:OBJET|Objet)[ \t]*:?[ \t]*(?:[-–~.'][ \t]*)?\n[ \t]{0,6}\S[^\n]{0,30}?\S[ \t]{3,}\S/m;
/** A line of the subject (30 characters at most) and the deliberation's beside it. */
const SUBJECT_BESIDE = /^[ \t]{0,6}(\S.{0,30}?\S)[ \t]{3,}(\S.*)$/;

/** How many lines under the subject's first are looked at for the deliberation's column. */
const COLUMN_LINES = 5;

/** At a label alone over such a line: the subject's first line and where the deliberation's column may be. */
function labelOverWoven(lines: readonly string[], i: number): { first: string; columns: number[] } | null {
  if (!LABEL_ALONE_LINE.test(lines[i]!) || i + 1 >= lines.length) return null;
  const next = lines[i + 1]!;
  const m = SUBJECT_BESIDE.exec(next);
  if (!m) return null;
  const columns = [next.length - m[2]!.length];
  for (const line of lines.slice(i + 2, i + 2 + COLUMN_LINES)) {
    const indent = line.length - line.trimStart().length;
    // The deliberation's line alone under the subject's, or beside the subject's next line.
    const beside = indent < BODY_COLUMNS[0] ? SUBJECT_BESIDE.exec(line) : null;
    const at = beside ? line.length - beside[2]!.length : indent;
    if (line.trim() && at >= BODY_COLUMNS[0] && !columns.includes(at)) columns.push(at);
  }
  return { first: m[1]!, columns };
}

/** MARGIN_SUBJECT searched in a whole page: most pages have no such line, and are not split. */
const MARGIN_SUBJECT_IN_PAGE = new RegExp(MARGIN_SUBJECT.source, 'm');

/** A commission and a rapporteur stacked under an act's number: the point's notes, no subject. */
const NOTES_NO_SUBJECT = /^(?:\d{1,2}(?:[èe]me|e|[èe]re|er)[ \t]+)?Commission[ \t]+Rapporteur[ \t]*:/u;

export function unweaveMarginTitles(page: string): string {
  if (!page.includes('OBJET') && !page.includes('Objet') && !page.includes('N°')) return page;
  const laid = laidOut(page);
  if (!MARGIN_SUBJECT_IN_PAGE.test(laid) && !LABEL_OVER_WOVEN_IN_PAGE.test(laid)) return page;
  const lines = laid.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const under = labelOverWoven(lines, i);
    if (under) {
      // OCR may set the deliberation's first line further right than the rest: its lines alone under
      // the subject's give the column too.
      let block = null;
      for (const column of under.columns) if ((block = marginSubject(lines, i + 1, column, false, true))) break;
      if (block) {
        // The sitting's figures the margin gives under the subject ("En exercice : 19" / "Votants : 17")
        // are no words of it: each on its line under it.
        const figures = block.subject.filter((l) => FIGURES_CELL.test(l));
        const heading = [`OBJET : ${joinSubject([under.first, ...block.subject.filter((l) => !figures.includes(l))])}`, ...figures];
        lines.splice(i, block.end - i, ...heading, ...block.body);
        changed = true;
        i += heading.length + block.body.length - 1;
      }
      continue;
    }
    const open = MARGIN_SUBJECT.exec(lines[i]!);
    if (!open) continue;
    const numbered = open[1]!.startsWith('N°');
    const block = marginSubject(lines, i, lines[i]!.length - open[3]!.length, numbered);
    if (!block) continue;
    const subject = joinSubject(open[2] ? [open[2], ...block.subject] : block.subject);
    // "N° 80-I-42" / "2ème Commission" / "Rapporteur :" / "M. CHABERT" beside the point's title: the margin's notes, no
    // subject; read with the margin's other notes (unweaveMarginNotes).
    if (numbered && !block.labelled && !open[2] && NOTES_NO_SUBJECT.test(subject)) continue;
    // "N° 86-08" over "OBJET : Compte administratif 1985", as headings write them; a subject the
    // margin gave no label keeps none: the number over it heads it.
    // Beside the point's own ranked title, the margin's repeat of it goes under that title, no title of its own.
    const titled = numbered && !block.labelled && repeatsRank(open[1]!, block.body[0]);
    const heading = titled ? [open[1]!, block.body.shift()!, subject] : numbered ? [open[1]!, block.labelled ? `OBJET : ${subject}` : subject] : [`${open[1]} : ${subject}`];
    // The subject's margin beside a sentence or a list that goes on ("Mme JACQUIER," / "OBJET :   MM.
    // BERTHIER, …"): the subject is given after that paragraph, not inside it.
    // With no blank line in it, after the line that ends the sentence.
    const goesOn = MID_SENTENCE.test(lines[i - 1]?.trimEnd() ?? '');
    const blank = goesOn ? block.body.indexOf('') : -1;
    const stop = goesOn && blank < 0 ? block.body.findIndex((l) => /[.;]$/.test(l.trimEnd())) + 1 : 0;
    if (blank > 0) lines.splice(i, block.end - i, ...block.body.slice(0, blank), '', ...heading, ...block.body.slice(blank));
    else if (stop > 0) lines.splice(i, block.end - i, ...block.body.slice(0, stop), '', ...heading, '', ...block.body.slice(stop));
    else lines.splice(i, block.end - i, ...heading, ...block.body);
    changed = true;
    i += heading.length + block.body.length - 1;
  }
  return changed ? lines.join('\n') : page;
}

/**
 * From the line at `start`, whose deliberation starts at `column`: the subject's lines (beside the
 * deliberation's, or under them), the deliberation's, and the line after the block; null when the
 * lines are not so laid out (a subject must go on under its first line, unless the line at `start`
 * holds the subject's first, `subjectOpens`) or, under a number (`numbered`), when no "OBJET" labels the subject.
 */
function marginSubject(lines: readonly string[], start: number, column: number, numbered: boolean, subjectOpens = false): { subject: string[]; body: string[]; end: number; labelled: boolean } | null {
  const read: Array<{ subject: string | null; body: string }> = [];
  let labelled = !numbered;
  let end = start + 1;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) {
      read.push({ subject: null, body: '' });
      continue;
    }
    const opens = MARGIN_SUBJECT.exec(line);
    // Under a number, the subject stacked in the margin, its lines set ragged by OCR ("DEPARTEMEN- Vu
    // le rapport …", "des crédits   tercommunaux …"): their body's column drifts left of the first's.
    const stacking = numbered && (read.length === 0 || read[read.length - 1]!.subject != null);
    // The next subject opens the next deliberation, but for the label under a number, or a rank inside
    // the subject stacked over it ("DECISION MO-" / "DIFICATIVE" / "N° 1   Après en avoir délibéré,").
    if (opens && (labelled || opens[1]!.startsWith('N°')) && !(stacking && RANK_IN_SUBJECT.test(opens[1]!))) break;
    const indent = line.length - line.trimStart().length;
    if (Math.abs(indent - column) <= 2) read.push({ subject: null, body: line.trim() });
    // A table or a page's number inside the deliberation, further in.
    else if (indent > column + 2) read.push({ subject: null, body: line.slice(column).trimEnd() });
    // The deliberation's side blank beside the subject: a break between its paragraphs.
    else if (line.trimEnd().length <= column - 2) {
      // Under a line of the deliberation alone that stops on a word ("… présenté par l'Office" /
      // "National des Forêts,"), a short line at the margin is that sentence's end, the page's full width again.
      const previous = read[read.length - 1];
      if (previous && previous.subject === null && /\p{Ll}$/u.test(previous.body)) break;
      read.push({ subject: line.trim(), body: '' });
    }
    else {
      // Under a line of the subject that goes on, the next may fill the margin to one space from the deliberation ("Voirie dé-" / "partementale Vu …").
      const previous = read[read.length - 1]?.subject;
      // Beside "Objet :" alone, OCR may close the gap to two spaces, the deliberation's line pushed
      // right by the subject's ("Convention avec la S.E.M.  dont la Commune …").
      const wide = cellsAt(line, column, !!previous && NOTE_GOES_ON.test(previous));
      const two = wide ?? (subjectOpens || stacking ? narrowCells(line) : null) ?? (stacking ? raggedCells(line, column) : null);
      const push = wide ? 2 : NARROW_PUSH;
      const drift = stacking ? RAGGED_DRIFT : 2;
      // Another label in the margin ("Rapporteur :") is no line of the subject.
      if (!two || two.rightAt < column - drift || two.rightAt > column + push || (/:$/.test(two.left.trim()) && !SUBJECT_LABEL.test(two.left.trim()))) break;
      read.push({ subject: two.left.trim(), body: two.right.trim() });
    }
    const last = read[read.length - 1]!.subject;
    if (last && SUBJECT_LABEL.test(last)) {
      labelled = true;
      read[read.length - 1]!.subject = last.replace(SUBJECT_LABEL, '') || null;
    }
    end = i + 1;
  }
  // Blank lines after the block's last line are the page's: left where they stand.
  read.length = end - start - 1;
  // A subject closed by its full stop, lines of the deliberation alone under it: a note further down the margin (a stamp's
  // "Reçu à la" / "Préfecture" / "le 12 JUIN") is none of it, given on a line of its own after the block.
  const closed = read.findIndex((r, k) => !!r.subject && /[^.]\.$/u.test(r.subject) && k + CLOSED_SUBJECT_GAP < read.length && read.slice(k + 1, k + 1 + CLOSED_SUBJECT_GAP).every((x) => x.subject === null));
  const subject = read.flatMap((r, k) => (r.subject && (closed < 0 || k <= closed) ? [r.subject] : []));
  const later = closed < 0 ? [] : read.slice(closed + 1).flatMap((r) => (r.subject ? [r.subject] : []));
  const body = [lines[start]!.slice(column).trimEnd(), ...read.map((r) => r.body)];
  while (!body[body.length - 1]) body.pop();
  if (later.length) body.push('', joinSubject(later));
  // Under a number, a subject of several lines stacked in the margin is one without its "OBJET";
  // not the sitting's figures ("Membres en" / "exercice : 15" / "Présents : 10"), a box unweaveMargins reads.
  // "Exercice 1987" is a subject's year, no count.
  // Beside its text opening on the point's own ranked title ("N° 2" / "Budget sup-" / "plémentaire" beside
  // "2°) Budget supplémentaire 1987."), a line of it is enough: the margin repeats the title.
  const least = numbered && repeatsRank(lines[start]!.slice(0, column), body[0]) ? 1 : MIN_STACKED;
  const stacked = numbered && subject.length >= least && !subject.some((l) => FIGURES_CELL.test(l) && !YEAR_CELL.test(l));
  if (!(labelled || stacked) || !(subject.length || subjectOpens) || body.filter(Boolean).length < MIN_BODY_LINES) return null;
  return { subject, body, end, labelled };
}

/** How many lines of the deliberation alone under a subject closed by its full stop end it. */
const CLOSED_SUBJECT_GAP = 2;

/** A point's ranked title opening its text: "2°) Budget supplémentaire 1987.", "3) Aides et secours". */
const RANKED_TITLE = /^(\d{1,3})[ \t]?°?\)[ \t]*\p{Lu}/u;
/** The margin's number a rank ("N° 2"), the text beside it opening on that rank's title ("2°) Budget …"); not a deliberation's number ("N° 75-41"). */
function repeatsRank(margin: string, opening: string | undefined): boolean {
  const rank = /^[ \t]*N°[ \t]?(\d{1,3})(?![\w/.-])/u.exec(margin)?.[1];
  return rank !== undefined && RANKED_TITLE.exec(opening ?? '')?.[1] === rank;
}
/** A year closing a cell: "Exercice 1987". */
const YEAR_CELL = /[ \t](?:19|20)\d\d$/u;
/** A rank alone in the margin ("N° 1"), a line of the subject stacked there, not the next deliberation's number. */
const RANK_IN_SUBJECT = /^N°[ \t]?\d{1,2}$/u;
/** How far left of the first line's column OCR may set the body's next lines beside a stacked subject. */
const RAGGED_DRIFT = 6;
/**
 * A piece of the subject stacked in the margin, one space from the body's words: capitals ("CATION
 * RURALE"), or a word cut by its hyphen ("DEPARTEMEN-", "ment coordon-"). 16 characters at most.
 */
const MARGIN_PIECE = /^(?:[\p{Lu}\d][\p{Lu}\d '’.,()-]{0,15}|[^\n]{1,15}\p{L}-)$/u;

/**
 * A line parted at the first single space left of the column whose left is such a piece; null where
 * none is. The body's words at the column or past it, one space after the margin's, are cut as
 * typed only under a note that goes on (cellsAt).
 */
function raggedCells(line: string, column: number): Cells | null {
  for (let at = line.indexOf(' '); at >= 0 && at + 1 < column - 1; at = line.indexOf(' ', at + 1)) {
    if (at + 1 < column - RAGGED_DRIFT || line[at + 1] === ' ') continue;
    const left = line.slice(0, at).trim();
    if (left && MARGIN_PIECE.test(left)) return { left, right: line.slice(at + 1), rightAt: at + 1 };
  }
  return null;
}

/** A subject's line (30 characters at most), two spaces, the deliberation's, which starts up to NARROW_PUSH right of its column. */
const NARROW_CELLS = /^(\S(?:[^\n]{0,28}?\S)?) {2}(?! )(\S.*)$/;
const NARROW_PUSH = 4;
function narrowCells(line: string): Cells | null {
  const m = NARROW_CELLS.exec(line);
  return m ? { left: m[1]!, right: m[2]!, rightAt: line.length - m[2]!.length } : null;
}

/** A cell of the sitting's figures: "Membres en", "exercice : 15", "Présents : 10", "Votants : 12". */
const FIGURES_CELL = new RegExp(String.raw`^(?:${FIGURES_BOX_WORDS}|en\s+exercice|exercice|pr[ée]sents?|votants?|repr[ée]sent[ée]s?|pouvoirs?)(?![\p{L}])`, 'iu');

/** The subject's lines as one: a word cut at a line's end ("Primi-" / "tif") joined whole. */
function joinSubject(lines: readonly string[]): string {
  let out = '';
  for (const l of lines) {
    if (/\p{Ll}-$/u.test(out) && /^\p{Ll}/u.test(l)) out = out.slice(0, -1) + l;
    else out = out ? `${out} ${l}` : l;
  }
  return out;
}

/** A page as laid out, a tab as four spaces (as LineLayout counts it). */
const laidOut = (page: string) => (page.includes('\t') ? page.replace(/\t/g, '    ') : page);

/**
 * Whether a line of the laid-out page that holds two cells (TWO_CELLS, whose gap is three spaces
 * or more) passes `test`: only the lines around each run of three spaces are read, not every
 * line of the page split apart and matched.
 */
function someTwoCells(laid: string, test: (two: RegExpExecArray) => boolean): boolean {
  for (let at = laid.indexOf('   '); at >= 0; ) {
    const start = laid.lastIndexOf('\n', at) + 1;
    let end = laid.indexOf('\n', at);
    if (end < 0) end = laid.length;
    const two = TWO_CELLS.exec(laid.slice(start, end));
    if (two && test(two)) return true;
    at = laid.indexOf('   ', end);
  }
  return false;
}

/** `page` with each margin box read before the paragraph it was printed beside. */
export function unweaveMargins(page: string): string {
  if (!GAP.test(page)) return page;
  const laid = laidOut(page);
  // A block opens on a line of two cells, the first of them the box's: most pages have none.
  if (!someTwoCells(laid, (two) => isBoxCell(two[2]!))) return page;
  const lines = laid.split('\n');
  const out: string[] = [];
  let unwoven = false;
  let done = 0;
  for (let i = 0; i < lines.length; ) {
    const block = marginBlock(lines, i);
    if (!block) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    // The paragraph's first lines above the box, beside the act's number or nothing ("N° 86/07    L'an …" / "    à quinze heures …").
    const opening = withRnAsM(block.rows[0]!.left ?? '');
    const above = FIGURES_BOX_OPENING.test(opening) || DATES_BOX_OPENING.test(opening) ? rowsAbove(lines, i, done, block.column) : [];
    out.length -= above.length;
    block.rows.unshift(...above);
    for (const r of block.rows) if (r.left) out.push(r.left);
    for (const r of block.rows) if (r.right !== null) out.push(r.right);
    i = block.end;
    done = i;
    unwoven = true;
  }
  return unwoven ? out.join('\n') : page;
}

/** A line's two cells as laid out, the right one's start; two spaces may part them at the paragraph's column. */
interface Cells {
  left: string;
  right: string;
  rightAt: number;
}
/**
 * TWO_CELLS, or the line cut at the paragraph's column where only two spaces part the box's cell
 * from it ("Date de la convocation  à la Mairie de …"), or one (`oneSpace`: the caller checks the cell).
 */
function cellsAt(line: string, column: number, oneSpace = false): Cells | null {
  const two = TWO_CELLS.exec(line);
  // "présents :    8      Président du …", "votants :     9", "- votants     15 Etaient présents :": a
  // cell whose figure is aligned apart from its label is cut at the paragraph's column, not at its first gap.
  if (two && (Math.abs(line.length - two[3]!.length - column) <= 2 || !/^\d{1,3}(?:[ \t]+\S.*)?$/.test(two[3]!))) return { left: two[2]!, right: two[3]!, rightAt: line.length - two[3]!.length };
  // One space may part a box's cell that runs up to the paragraph ("en exercice:27 lièrement"), or short of it by one ("- en exercice 17 CARLOTTI", the box's first row set one further), or
  // past its column by one ("exercice : 42 GALL, M. Hervé …"), as typed.
  for (const at of oneSpace ? [column, column + 1, column - 1] : [column]) {
    if (line.length <= at || line[at - 1] !== ' ' || (!oneSpace && line[at - 2] !== ' ') || line[at] === ' ') continue;
    const left = line.slice(0, at).trim();
    return left ? { left, right: line.slice(at), rightAt: at } : null;
  }
  return null;
}

/** The list of the members present opening its line: "Etaient présents : M. …". */
export const PRESENT_LIST_OPENING = /^(?:[ÉEée]taient\s+)?[Pp]r[ée]sents?\s*:\s*(?:M\.|Mme|MM\.|Mmes|Monsieur|Madame)\s/u;

/**
 * The block of lines from `start` whose first cells are the box's and whose second cells start
 * in one column, the paragraph's; its lines may also hold one of the two alone.
 */
function marginBlock(lines: readonly string[], start: number): { rows: Row[]; end: number; column: number } | null {
  const first = TWO_CELLS.exec(lines[start]!);
  if (!first || !isBoxCell(first[2]!)) return null;
  const column = lines[start]!.length - first[3]!.length;
  const rows: Row[] = [];
  let both = 0;
  let end = start;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const two = cellsAt(line, column, true);
    // "Présents   MM. BERTHIER, Président ; …": a list's label beside its names, no box's cell; its
    // count under it ("Présents :" / "26") makes it one.
    if (two && isListHeading(two.left) && NAMES_OPENING.test(two.right) && !COUNT_CELL.test(lines[i + 1] ?? '')) break;
    // "Date de la con-" / "vocation :": a label the cell's width cut, its end on the next row.
    const labelGoesOn = rows.length > 0 && /-$/.test(rows[rows.length - 1]!.left ?? '');
    if (two && Math.abs(two.rightAt - column) <= 2 && (isBoxCell(two.left) || (labelGoesOn && LABEL_END_CELL.test(two.left)))) {
      rows.push({ left: two.left, right: two.right });
      both++;
    } else {
      const one = ONE_CELL.exec(line);
      // A blank line between two rows of the box ("2 septembre 1996" / "" / "Date d'affichage :").
      if (!one) {
        if (!resumesBox(lines[i + 1], column)) break;
        rows.push({ left: null, right: '' });
        end = i + 1;
        continue;
      }
      const indent = one[1]!.length;
      if (Math.abs(indent - column) <= 2 && !two) rows.push({ left: null, right: one[2]! });
      else if (indent < column - 2 && !two && (isBoxCell(one[2]!.trim()) || (labelGoesOn && LABEL_END_CELL.test(one[2]!.trim())))) rows.push({ left: one[2]!.trim(), right: null });
      // The paragraph's line the text layer gave without its indentation, its sentence going on
      // ("régulièrement convoqué, s'est réuni …"), the box's rows going on under it.
      else if (indent === 0 && /^\p{Ll}/u.test(one[2]!) && resumesBox(lines[i + 1], column)) rows.push({ left: null, right: one[2]! });
      else break;
    }
    end = i + 1;
  }
  // The paragraph's side reads as prose (words in lower case), or is the list of members present
  // opening beside the box ("Etaient présents : M. …"): not a table's marks or figures.
  const prose = rows.map((r) => r.right ?? '').join(' ');
  const words = prose.match(/(?<![\p{L}])\p{Ll}{2,}(?![\p{L}])/gu)?.length ?? 0;
  if (both < MIN_ROWS || (words < 8 && !PRESENT_LIST_OPENING.test(rows[0]!.right ?? ''))) return null;
  // A blank line closing the block is the paragraph's, left after it.
  while (rows.length && rows[rows.length - 1]!.right === '') {
    rows.pop();
    end--;
  }
  return { rows, end, column };
}

/** A line opening on a figure alone in the margin: a count under its label ("     26        Mme TISSIER, …"). */
const COUNT_CELL = /^[ \t]*\d{1,3}(?:[ \t]{2,}|$)/;
/** A list of names opening on a civility: "MM. BERTHIER, …", "M. BILLARD.". */
const NAMES_OPENING = /^(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame|Messieurs|Mesdames)\s/u;

/** The first cell of the sitting's figures ("Nombre de membres", "Membres en exercice", "Conseillers en …"). */
const FIGURES_BOX_OPENING = new RegExp(String.raw`^(?:${FIGURES_BOX_WORDS})(?![\p{L}])`, 'iu');
/** The act's label over its number in the margin: "Délibération" / "n° B2023-047". */
const ACT_LABEL_NOTE = /^(?:d[ée]lib[ée]ration|d[ée]cision|n°[ \t]*[\w./-]*\d[\w./-]*)$/iu;
/** A box opening on the sitting's dates ("Date de convocation :" / "05/09/2023"), its figures under them. */
const DATES_BOX_OPENING = new RegExp(`^${SITTING_DATE_LABEL}`, 'iu');
/** How many of a box's rows may stand above its first cell. */
const ROWS_ABOVE_BOX = 3;

/** The lines over the box's first row, down from `floor`, that are the paragraph's at `column` alone or beside the act's number. */
function rowsAbove(lines: readonly string[], start: number, floor: number, column: number): Row[] {
  const rows: Row[] = [];
  for (let k = start - 1; k >= floor && rows.length < ROWS_ABOVE_BOX; k--) {
    const line = lines[k]!;
    const indent = line.length - line.trimStart().length;
    const two = TWO_CELLS.exec(line);
    if (two && Math.abs(line.length - two[3]!.length - column) <= 2 && (ACT_NUMBER_NOTE.test(two[2]!) || ACT_LABEL_NOTE.test(two[2]!))) rows.unshift({ left: two[2]!, right: two[3]! });
    else if (line.trim() && !two && Math.abs(indent - column) <= 2) rows.unshift({ left: null, right: line.trim() });
    else break;
  }
  // Only a paragraph opening beside the number: lines of prose alone above are the page's own.
  return rows.length && rows[0]!.left ? rows : [];
}

/** Whether `line` is a row of the box: its cell, then the paragraph's at `column`. */
function resumesBox(line: string | undefined, column: number): boolean {
  const two = line === undefined ? null : cellsAt(line, column);
  return two !== null && Math.abs(two.rightAt - column) <= 2 && isBoxCell(two.left);
}

/**
 * A heading of attendance lists as a cell of a row of them side by side ("PRÉSENTS
 * EXCUSÉS - POUVOIRS", "Présents :     Présents :"). Lower-cased.
 */
const LIST_HEADING_CELL = /^(?:[ée]taient\s+|(?:membres|conseillers|[ée]lus)\s+)?(?:pr[ée]sent|excus|absent|pouvoir|procuration|repr[ée]sent)[^\n]{0,35}$/u;
const CIVILITY = /(?:^|\s)(?:m\.|mme|mmes|mm\.|monsieur|madame)\s/u;
/** How many the list holds, after its heading: "Membres présents (38)". */
const HEADING_COUNT = /[ \t]*\(\d{1,3}\)$/u;
/** No figure: "Présents : 19     Procurations : 4" are counts, not headings; "Pouvoirs (5)" is one. */
const isListHeading = (cell: string) => {
  const words = cell.replace(HEADING_COUNT, '');
  return LIST_HEADING_CELL.test(words.toLowerCase()) && !CIVILITY.test(words.toLowerCase()) && !/\d/.test(words);
};

/**
 * Two headings or more, the first at the line's start: a grid's header ("          PRÉSENT
 * ABSENT   PROCURATION") is not. The columns after the first are parted again once it is read.
 */
const headsListColumns = (two: RegExpExecArray) =>
  two[1]!.length <= 8 && ((isListHeading(two[2]!) && two[3]!.split(/ {3,}/).every(isListHeading)) || (!/ {3}/.test(two[3]!) && isRepeatedTableHeader(two)));

/**
 * A table's header printed twice on its line ("Nom Prénom Groupe Présence     Nom Prénom Groupe
 * Présence"): a roll call's table in two columns side by side, its rows under each copy. Words, a
 * name's column among them; no figure.
 */
const isRepeatedTableHeader = (two: RegExpExecArray) => two[2] === two[3] && / /.test(two[2]!) && TABLE_HEADER_NAME.test(two[2]!) && !/\d/.test(two[2]!);
const TABLE_HEADER_NAME = /^(?:Nom|NOM|Noms|NOMS|Conseillers?|CONSEILLERS?|Membres?|MEMBRES?|Élus?|ÉLUS?)(?![\p{L}])/u;
/** How many rows under a repeated header tell where its right copy's rows start. */
const ROWS_FOR_SPLIT = 5;

/**
 * Where the rows under a header printed twice open their right half: the header's own second
 * copy may stand nearer than the rows' cells, which the names and their codes widen. The place
 * most of the next rows put a cell after a run of three spaces; the header's where they disagree.
 */
function rowsSplit(lines: readonly string[], header: number, headerSplit: number): number {
  const seen = new Map<number, number>();
  for (const line of lines.slice(header + 1, header + 1 + ROWS_FOR_SPLIT)) {
    const two = TWO_CELLS.exec(line);
    if (two) seen.set(line.length - two[3]!.length, (seen.get(line.length - two[3]!.length) ?? 0) + 1);
  }
  const [at, n] = [...seen].sort((a, b) => b[1] - a[1])[0] ?? [headerSplit, 0];
  return n >= 3 ? at : headerSplit;
}

/**
 * Two columns of attendance lists side by side under their headings, as a text layer laid out
 * with spaces gives them back ("M. Fabrice GUINAND        pouvoir à M. Fabrice GUINAND"): read
 * across, each line joins a member of one list to a member, or a proxy's half, of the other. The
 * left column is given first, then the right one, each whole.
 */
export function unweaveListColumns(page: string): string {
  if (!GAP.test(page)) return page;
  const laid = laidOut(page);
  // Most pages have no such headings: found around the runs of spaces before the page is split.
  if (!someTwoCells(laid, headsListColumns)) return page;
  const lines = laid.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const two = TWO_CELLS.exec(line);
    if (!two || !headsListColumns(two)) continue;
    const headerSplit = line.length - two[3]!.length;
    // A table's header printed twice: one table in two halves, its rows parted where they part.
    const repeated = isRepeatedTableHeader(two);
    const split = repeated ? rowsSplit(lines, i, headerSplit) : headerSplit;
    // The groups' labels over the headings ("COLLÈGE DES ÉLUS      COLLÈGE DES SOCIO-PROFESSIONNELS").
    const above = i > 0 ? cut(lines[i - 1]!, split) : null;
    const first = above && above.left && above.right ? i - 1 : i;
    const left: string[] = [];
    const right: string[] = [];
    let blanks = 0;
    let end = first;
    for (let k = first; k < lines.length; k++) {
      const raw = lines[k]!;
      if (!raw.trim()) {
        if (++blanks >= 2) break;
        continue;
      }
      // The header printed twice is parted where it is, its rows where they are.
      const parts = k === i && repeated ? { left: two[2]!, right: two[3]! } : cut(raw, split);
      if (!parts) break;
      // Past a blank line, the columns go on side by side, or what follows is the body's ("1 - SUBVENTIONS …").
      if (blanks && !(parts.left && parts.right)) break;
      blanks = 0;
      if (parts.left) left.push(parts.left);
      if (parts.right) right.push(parts.right);
      end = k + 1;
    }
    if (right.length < 3 || left.length < 3) continue;
    // A table in two halves is one table: the right half's rows under the left's, its header once.
    const out = repeated ? [...lines.slice(0, first), ...left, ...right.slice(1), '', ...lines.slice(end)] : [...lines.slice(0, first), ...left, '', ...right, '', ...lines.slice(end)];
    return unweaveListColumns(out.join('\n'));
  }
  return page;
}

/** A laid-out line parted at the column starting at `split` (give or take three), or null when text runs across it. */
function cut(raw: string, split: number): { left: string; right: string } | null {
  if (raw.trimEnd().length <= split - 2) return { left: raw.trim(), right: '' };
  for (const gap of raw.matchAll(/ {2,}/g)) {
    const next = gap.index! + gap[0].length;
    if (Math.abs(next - split) <= 3 && next < raw.length) return { left: raw.slice(0, gap.index).trim(), right: raw.slice(next).trim() };
  }
  return null;
}

/**
 * The margin box typed or OCR'd with a single space before the paragraph ("en exercice : 16
 * trente, le Comité Syndical …", "présents : 12 Helpine, légalement convoqué …"): no gap tells
 * the cells apart, but each count's label, colon and figure do; the box's title ("Nombre de
 * délégués L'an deux mil seize, …") opens the first line. Three such lines in a row at least.
 */
// "exercice : 10" under its label's first words ("Délégués en"), the box's title part.
const COUNT_LABEL = String.raw`(?:(?:${MEMBER_NOUNS})[ \t]+)?(?:(?:en[ \t]+)?exercice|pr[ée]sents?|votants?|pouvoirs?|procurations?|repr[ée]sent[ée]s|absents?|excus[ée]s)[ \t]*:`;
// A dash may open the box's row ("- en exercice : 16 à dix-sept heures …").
const TIGHT_COUNT_CELL = new RegExp(String.raw`^[ \t]*((?:[-–][ \t]*)?${COUNT_LABEL}[ \t]*\d{1,3})[ \t]+(\S.*)$`, 'iu');
/** A cell's neighbour that is another count ("présents : 12 votants : 13"): a row of counts, no paragraph; a list's label ("DELEGUES PRESENTS :") is the paragraph's. */
const COUNT_AFTER = new RegExp(`^${COUNT_LABEL}[ \t]*\\d`, 'iu');
/** A count's label and figure anywhere in a note ("Nombre de membres en exercice : 24 présents : 22"). */
const COUNTS_IN_NOTE = new RegExp(String.raw`${COUNT_LABEL}[ \t]*\d`, 'iu');

/**
 * The box's title over its counts, its words wrapped ("Nombre de" / "conseillers : ETAIENT
 * PRESENTS : M. …"): alone on its line, or before the paragraph's line.
 */
// Or the first words of the first count's label ("Délégués en" / "exercice : 10").
const TIGHT_TITLE_PART = new RegExp(String.raw`^[ \t]*(nombre[ \t]+de(?:[ \t]+(?:${MEMBER_NOUNS})(?:[ \t]*:)?)?|(?:${MEMBER_NOUNS})[ \t]*:|(?:${MEMBER_NOUNS})[ \t]+en(?![\p{L}]))(?:[ \t]+(\S.*))?$`, 'iu');
/** How many lines of the title may stand over the counts. */
const MAX_TITLE_PARTS = 2;

/** A count's cell alone on its line, among cells that have the paragraph's words after them ("en exercice : 11"). */
const TIGHT_COUNT_ALONE = new RegExp(String.raw`^[ \t]*(${COUNT_LABEL}[ \t]*\d{1,3})[ \t]*$`, 'iu');
/** The box's dates under its counts: a label ("Date de convocation :", "Date d'affichage ;"), the paragraph's words after it or not. */
const TIGHT_DATE_LABEL = new RegExp(String.raw`^[ \t]*(${SITTING_DATE_LABEL}[ \t]*[:;])(?:[ \t]+(\S.*))?$`, 'iu');
/** The date under its label, the paragraph's words after it ("7 mars 1980 la présidence de M. …"). */
const TIGHT_DATE_VALUE = /^[ \t]*(\d{1,2}(?:er)?[ \t]+\p{L}+[ \t]+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})(?:[ \t]+(\S.*))?$/u;

/** A line's count cell and the paragraph's words after it, or null. */
function tightCell(line: string): { cell: string; rest: string } | null {
  const m = TIGHT_COUNT_CELL.exec(line);
  return m && !COUNT_AFTER.test(m[2]!) ? { cell: m[1]!, rest: m[2]! } : null;
}

/** The cells of the box a line at a time, the counts' each maybe with the paragraph's words after it; null where none is. */
function tightCells(lines: readonly string[]): Array<{ cell: string; rest: string | null } | null> {
  return lines.map((line) => {
    const alone = TIGHT_COUNT_ALONE.exec(line);
    return tightCell(line) ?? (alone ? { cell: alone[1]!, rest: null } : null);
  });
}

/** A line that ends a sentence, or none (a blank one, the page's start). */
const SENTENCE_ENDED = /(?:^|[.:;!?»)][ \t]*)$/u;
/** A line of prose is at least this long; a heading's may be shorter. */
const PROSE_WIDTH = 40;
/** How many lines under the counts the box's dates may run beside the paragraph. */
const DATES_REACH = 8;

/**
 * The box's dates under its counts, beside the paragraph's lines from `from` ("Date de convocation :
 * loi, dans le lieu …" / "7 mars 1980 la présidence de M. …"): their cells, each line left with
 * the paragraph's words (null where it held the cell alone).
 */
function datesBeside(lines: readonly string[], from: number): { cells: string[]; rests: Map<number, string | null> } {
  const cells: string[] = [];
  const rests = new Map<number, string | null>();
  let labelled = false;
  for (let k = from; k < Math.min(lines.length, from + DATES_REACH); k++) {
    const m: RegExpExecArray | null = TIGHT_DATE_LABEL.exec(lines[k]!) ?? (labelled ? TIGHT_DATE_VALUE.exec(lines[k]!) : null);
    labelled = !!m && /^date/iu.test(m[1]!);
    if (!m) continue;
    cells.push(m[1]!);
    rests.set(k, m[2] ?? null);
  }
  return cells.length >= 2 ? { cells, rests } : { cells: [], rests: new Map() };
}

/**
 * The box's date of convocation alone in the margin, a single space before the lines of the
 * paragraph it stands beside ("Date de la heures trente, le Comité …" / "convocation régulièrement
 * convoqué …" / "19.03.1990 des délibérations …"): its cells given whole over the paragraph they
 * cut, which reads on again ("… le vingt-neuf mars a neuf" / "heures trente, …").
 */
const DATE_BOX_HEAD = /^[ \t]*(Date[ \t]+de(?:[ \t]+la)?)(?:[ \t]+(?!convocation)(\S.*))?$/iu;
const DATE_BOX_LABEL = /^[ \t]*(convocation(?:[ \t]*:)?)(?:[ \t]+(\S.*))?$/iu;
/** A gap of two spaces or more inside a line. */
const WIDE_GAP = /\S[ \t]{2,}\S/u;
/** How many lines of the paragraph the box cuts may stand over its first. */
const PARAGRAPH_ABOVE = 3;

/**
 * After a count, what is its own, not a paragraph's line beside a box: its note in brackets
 * ("Présents : 74 (liste d'émargement annexée …)"), the proxies it counts after a dash ("Pouvoirs : 2
 * - M. Didier FOURNEL à Mme Sabine LECOMTE ; …"). Lines so are the counts' own, laid out one a line.
 */
const COUNT_OWN_REST = /^[ \t]*(?:\(|[-–][ \t]+(?:M\.|Mme|MM\.|Mlle|Monsieur|Madame)[ \t])/u;

/** Where the paragraph that a box cuts before `lines[at]` opens: up while the line above is text ending no sentence, PARAGRAPH_ABOVE lines at most, never past `floor`. */
function paragraphTop(lines: readonly string[], at: number, floor: number): number {
  let top = at;
  while (top > floor && at - top < PARAGRAPH_ABOVE && lines[top - 1]!.trim() && !SENTENCE_ENDED.test(lines[top - 1]!)) top--;
  return top;
}

export function unweaveTightDateBox(page: string): string {
  if (!page.includes('onvocation') || !/date[ \t]+de/iu.test(page)) return page;
  const lines = page.split('\n');
  let changed = false;
  for (let i = 0; i + 2 < lines.length; i++) {
    const head = DATE_BOX_HEAD.exec(lines[i]!);
    const label = head && DATE_BOX_LABEL.exec(lines[i + 1]!);
    const value = label && TIGHT_DATE_VALUE.exec(lines[i + 2]!);
    if (!value || (head![2] === undefined && label![2] === undefined && value[2] === undefined)) continue;
    // Two spaces or more between the cells and the paragraph: the column readers' to cut.
    if ([i, i + 1, i + 2].some((k) => WIDE_GAP.test(lines[k]!))) continue;
    // The paragraph opens over the box where the lines above it go on unfinished.
    const top = head![2] !== undefined ? paragraphTop(lines, i, 0) : i;
    const rests = [head![2], label![2], value[2]].filter((r): r is string => r !== undefined);
    lines.splice(top, i + 3 - top, `${head![1]} ${label![1]} ${value[1]}`, ...lines.slice(top, i), ...rests);
    changed = true;
    i += 2;
  }
  return changed ? lines.join('\n') : page;
}

export function unweaveTightMargin(page: string): string {
  if (!page.includes(':') || !/exercice|votants/iu.test(page)) return page;
  const lines: Array<string | null> = page.split('\n');
  const cells = tightCells(lines.map((l) => l ?? ''));
  const out: string[] = [];
  let changed = false;
  // Where `out` holds lines no block has taken: a title's lines are taken back from there on.
  let floor = 0;
  for (let i = 0; i < lines.length; ) {
    if (lines[i] === null) {
      i++;
      continue;
    }
    if (!cells[i]) {
      out.push(lines[i++]!);
      continue;
    }
    let end = i;
    while (end < lines.length && cells[end]) end++;
    const rows = cells.slice(i, end) as Array<{ cell: string; rest: string | null }>;
    // A count alone among them only beside a paragraph's lines of prose, not a heading's ("Présents : 5 Séance du 12 mars 2024").
    const withRest = rows.some((r) => r.rest !== null) && (rows.every((r) => r.rest !== null) || rows.some((r) => r.rest !== null && r.rest.trim().length >= PROSE_WIDTH));
    // The title's lines above the counts, each a cell, some with the paragraph's line after it.
    const above: Array<RegExpExecArray> = [];
    while (above.length < MAX_TITLE_PARTS && out.length - above.length > floor) {
      const part = TIGHT_TITLE_PART.exec(out[out.length - 1 - above.length]!);
      if (!part) break;
      above.unshift(part);
    }
    if (rows.length + above.length < MIN_ROWS || !withRest || rows.some((r) => r.rest !== null && COUNT_OWN_REST.test(r.rest))) {
      out.push(...(lines.slice(i, end) as string[]));
    } else {
      // The dates under the counts, beside the paragraph's next lines, go with them.
      const dates = datesBeside(lines.map((l) => l ?? ''), end);
      for (const [k, rest] of dates.rests) lines[k] = rest;
      out.length -= above.length;
      const titled = above.flatMap((a) => (a[2] === undefined ? [] : [a[2]]));
      // A sentence the title's lines broke ("… sous la présidence de M. Jean-Marc" / "Nombre de conseillers : THIRIET, Maire.") ends before the cells.
      const lead: string[] = [];
      // Not after a heading's short line ("Séance du 23 juin 2016"): a line of prose, the paragraph's width.
      while (titled.length && !SENTENCE_ENDED.test(lead.at(-1) ?? out.at(-1) ?? '') && (lead.length || (out.at(-1) ?? '').trim().length >= PROSE_WIDTH)) lead.push(titled.shift()!);
      const boxCells = [...above.map((a) => a[1]!), ...rows.map((r) => r.cell), ...dates.cells];
      const rests = rows.flatMap((r) => (r.rest === null ? [] : [r.rest]));
      // The sentence runs on past the title into the counts' lines ("… à l'Hôtel de" / "en exercice : 33
      // Ville, salle du Conseil, …"): the box goes over the paragraph, which reads whole again, where
      // the paragraph's first line is near (a list that began further up keeps the box where it stood).
      const top = lead.length && !titled.length && rests.length && !SENTENCE_ENDED.test(lead.at(-1)!) ? paragraphTop(out, out.length, floor) : -1;
      if (top >= 0 && (top === 0 || !out[top - 1]!.trim() || SENTENCE_ENDED.test(out[top - 1]!))) {
        out.splice(top, 0, ...boxCells);
        out.push(...lead, ...rests);
      } else out.push(...lead, ...boxCells, ...titled, ...rests);
      changed = true;
    }
    floor = out.length;
    i = end;
  }
  return changed ? out.join('\n') : page;
}

/**
 * A margin's box of the sitting's figures whose labels wrap over two lines, each cell two spaces
 * or more before the line of the paragraph beside it, the paragraph's other lines at the edge:
 *
 *   Nombre des membres  L'an deux mille un, le neuf février à vingt heures,
 *   du Conseil Municipal  le Conseil Municipal de la Commune de …,
 *   élus : 15   étant assemblé en session ordinaire, …
 *   de ses séances, après convocation légale du 2 février
 *   Conseillers en  2001, sous la présidence de M. …, Maire.
 *   fonction : 15
 *
 * Read across, "absents : 3" opens a list of the members beside it. The box is given first, each
 * label whole with its figure ("Conseillers en fonction : 15"), then the paragraph's lines. Lower-cased cells.
 */
const BOX_HEAD = new RegExp(String.raw`^(?:nombre\s+des?\s+(?:${MEMBER_NOUNS})|du\s+conseil\s+(?:municipal|communautaire|syndical)|du\s+comit[ée](?:\s+syndical)?|(?:${MEMBER_NOUNS})(?:\s+en)?)$`, 'u');
const BOX_COUNT = new RegExp(String.raw`^(?:(?:${MEMBER_NOUNS})\s+)?(?:[ée]lus|(?:en\s+)?exercice|(?:en\s+)?fonction|pr[ée]sents|absents|votants|repr[ée]sent[ée]s|excus[ée]s|pouvoirs)\s*:\s*\d{1,3}$`, 'u');
/** A cell and the paragraph's line after two spaces or more; or a line that is a cell alone. */
const BOX_SPLIT = /^[ \t]{0,4}(\S(?:[^\n]{0,30}?\S)?)[ \t]{2,}(\S.*)$/;
/** Fewer figures than this, and the labels are no box. */
const MIN_BOX_COUNTS = 3;
/** Fewer cells than this beside the paragraph's lines, and the figures are the text's own lines. */
const MIN_BESIDE = 2;
/** How many lines a label's head may stand above the figure that ends it (a paragraph's line between). */
const HEAD_REACH = 2;

type BoxCell = { kind: 'head' | 'count'; cell: string; rest: string | null };

function boxCellOf(line: string): BoxCell | null {
  const whole = line.trim().toLowerCase();
  if (BOX_COUNT.test(whole)) return { kind: 'count', cell: line.trim(), rest: null };
  if (BOX_HEAD.test(whole)) return { kind: 'head', cell: line.trim(), rest: null };
  const m = BOX_SPLIT.exec(line);
  if (!m) return null;
  const cell = m[1]!.toLowerCase();
  const kind = BOX_COUNT.test(cell) ? 'count' : BOX_HEAD.test(cell) ? 'head' : null;
  return kind ? { kind, cell: m[1]!, rest: m[2]! } : null;
}

/** A figure after a count's label and its colon, somewhere in the page: most pages have none, and are not split into lines. */
const COUNT_IN_PAGE = /(?:[ée]lus|fonction|exercice|pr[ée]sents|absents|votants)[ \t]*:[ \t]*\d/iu;

export function unweaveSparseCountBox(page: string): string {
  if (!page.includes('  ') || !COUNT_IN_PAGE.test(page)) return page;
  const lines = page.split('\n');
  const cells = lines.map(boxCellOf);
  // A head counts only with a figure under it, within reach, heads between.
  const kept = cells.map((c, i) => {
    if (!c || c.kind === 'count') return c;
    for (let k = i + 1; k <= i + HEAD_REACH + 1 && k < lines.length; k++) if (cells[k]?.kind === 'count') return c;
    return null;
  });
  const at = kept.flatMap((c, i) => (c ? [i] : []));
  // Figures enough, and a margin: cells beside the paragraph's lines, a label wrapped over two.
  if (kept.filter((c) => c?.kind === 'count').length < MIN_BOX_COUNTS) return page;
  if (kept.filter((c) => c?.rest != null).length < MIN_BESIDE || !kept.some((c) => c?.kind === 'head')) return page;
  const first = at[0]!;
  const last = at[at.length - 1]!;
  // One box: its cells no further apart than a head's reach.
  for (let n = 1; n < at.length; n++) if (at[n]! - at[n - 1]! > HEAD_REACH + 1) return page;
  const box: string[] = [];
  const body: string[] = [];
  let label: string[] = [];
  for (let i = first; i <= last; i++) {
    const c = kept[i];
    if (!c) {
      body.push(lines[i]!);
      continue;
    }
    label.push(c.cell.replace(/\s+/g, ' '));
    if (c.kind === 'count') {
      box.push(label.join(' '));
      label = [];
    }
    if (c.rest !== null) body.push(c.rest);
  }
  // A head with no figure after it is no cell of the box: the paragraph keeps it.
  if (label.length) return page;
  return [...lines.slice(0, first), ...box, ...body, ...lines.slice(last + 1)].join('\n');
}
