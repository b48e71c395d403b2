/** The secrétaire de séance: named after a heading, or in the sentence that appoints them. */
import { SECRETARIAT } from '../text/cues.ts';
import type { Person } from '../schema/minutes.ts';
import { valueLineOf } from '../text/form-column.ts';
import type { RowValues } from '../text/form-rows.ts';
import { trimmedLines } from '../text/lines.ts';
import { parsePersonList } from './persons.ts';
import { accentless, accentlessOf, lowerOf } from '../text/caseless.ts';
import { execAll } from '../text/matches.ts';
import { nameStartsBefore } from '../text/sentences.ts';
import { fold } from '../text/fuzzy.ts';

/** The role a secretary of the sitting is recorded with, however the text names them. */
const SECRETARY_ROLE = 'secrétaire de séance';

/** "Secrétaire de séance" alone on its line, the name on the next (or, in a form's column of labels, further down). */
const SECRETARY_LABEL_LINE = /(?<=^|\n)[ \t]*secr[ée]taire\s+de\s+s[ée]ance[ \t]*\n/giu;

const SECRETARY_LABEL_ALONE = /(?<=^|\n)[ \t]*secr[ée]taire[ \t]*\n/giu;

/** Where the name stands relative to the cue: after it ("Secrétaire : X") or before it ("X est désigné"); the last cue has no verb. */
const SECRETARY_CUES: ReadonlyArray<readonly [RegExp, 'after' | 'before' | 'bare']> = [
  // "secrétaire", also as OCR reads it ("secrétalre", "secretaira", "Secretaîre de aéance"); "Secrétaire élue :"; "Sont désignés secrétaires de séance : Mme X et M. Y" (the first).
  [/secr[ée]ta(?:ire|riat|lre|ira|re)s?(?:\s+de\s+(?:la\s+)?[sa5][ée]ance)?(?:\s+(?:[ée]lu|d[ée]sign[ée]|nomm[ée])(?:\(?e\)?)?)?\s*(?:\(\s*\w+\s*\)\s*)?[:：]/giu, 'after'],
  // "Secrétaire de séance CELESTINE Josette": a form's label and its value on one line, no colon.
  [/(?<=^|\n)[ \t]*secr[ée]taire\s+de\s+s[ée]ance[ \t]+(?=[^\s:])/giu, 'after'],
  // "le Conseil Municipal désigne (à l'unanimité) M. Sébastien Pélissier en qualité de secrétaire de séance";
  // "la Présidente propose de désigner M. X en qualité de secrétaire".
  // The name, captured, may wrap onto the next line ("désigne M. Olivier" / "WAGNER en qualité de").
  [/d[ée]sign(?:e|ent|er)\s+(?:[àa]\s+l['’]unanimit[ée]\s+)?(?=((?:M\.|Mme|Monsieur|Madame)\s(?:[^.\n]|\n(?![ \t]*\n)){2,60}?)\s(?:en\s+qualit[ée]\s+de|co(?:m|rn)me|pour\s+remplir\s+les\s+fonctions\s+de)\s+secr[ée]taire)/giu, 'after'],
  // "Le Conseil désigne comme secrétaire de séance M. DIEDERICH Raymond, instituteur": the office first, the name after it ("désigne pour secrétaire M. X" too).
  [/d[ée]sign(?:e|ent|er)\s+(?:[àa]\s+l['’]unanimit[ée]\s+)?(?:co(?:m|rn)me|en\s+qualit[ée]\s+de|pour)\s+secr[ée]taire(?:\s+de\s+(?:la\s+)?s[ée]ance)?\s+(?=(?:M\.|Mme|Monsieur|Madame)\s)/giu, 'after'],
  // "le Conseil Municipal désigne à l'unanimité Mme Sandrine KIEFFER, secrétaire de mairie, pour assurer le secrétariat de la séance".
  [/d[ée]sign(?:e|ent|er)\s+(?:[àa]\s+l['’]unanimit[ée]\s+)?(?=((?:M\.|Mme|Monsieur|Madame)\s(?:[^.\n,]|\n(?![ \t]*\n)){2,60}?)(?:\s*,\s*[^,.\n]{2,40},)?\s+pour\s+assurer\s+(?:le|ce|la)\s+secr[ée]tariat)/giu, 'after'],
  // "en qualitédesecretaire": OCR may glue the words; and read the e of "les" as a c ("remplir lcs fonctions").
  [/\s+(?:est|a\s+été)\s+(?:d[ée]sign[ée]e?|[ée]lue?|nomm[ée]e?)(?:\s+[àa]\s+l['’]unanimit[ée])?\s+(?:pour\s+remplir\s+(?:cette\s+fonction|l[ec]s\s+fonctions\s+de\s+secr[ée]taire)|(?:co(?:m|rn)me\s+|en\s+qualit[ée]\s*de\s*)?secr[ée]taire(?!\s+(?:adjointe?|auxiliaire|suppl[ée]ante?)))/giu, 'before'],
  [/\s+propose\s+d['’]assurer\s+(?:le|ce|la)\s+secr[ée]tariat/giu, 'before'],
  // "Monsieur DEMARET, Directeur, assure le secrétariat de la séance."; "M. RENUCCI, Directeur de
  // l'Office, qui assure le secrétariat de la séance" (the office wrapped onto the next line); "Mme
  // CLEMENT, Chef du service comptable, chargée du secrétariat de la séance" (not "… des Assemblées", an office).
  [new RegExp(String.raw`(?:\s*,\s*(?:[^,.;\n]|\n(?![ \t]*\n)){2,60},)?(?:\s+qui)?\s+(?:assure(?:ra)?\s+(?:le|ce)\s+${SECRETARIAT}|charg[ée]e?\s+du\s+secr[ée]tariat\s+de\s+(?:la\s+)?s[ée]ance)`, 'giu'), 'before'],
  // "M. DESFORGES remplit les fonctions de secrétaire."
  [/\s+(?:remplit|remplira|a\s+rempli)\s+les\s+fonctions\s+de\s+secr[ée]taire/giu, 'before'],
  // "M. RAFFALLI, Secrétaire, procède à l'appel nominal", "…, secrétaire de séance, donne lecture du procès-verbal".
  [/\s*,\s*secr[ée]taire(?:\s+de\s+s[ée]ance)?\s*,\s*(?:proc[èe]de\s+[àa]\s+l['’]\s?appel|donne\s+lecture)/giu, 'before'],
  // "Le secrétariat est assuré par M. SÉNÉCAL, directeur."
  [/secr[ée]tariat(?:\s+de\s+(?:la\s+)?s[ée]ance)?\s+(?:est|sera|a\s+[ée]t[ée])\s+assur[ée]\s+par\s+/giu, 'after'],
  // "M. FOURNIAL, secrétaire." alone on its line under the lists: the sitting's secretary named with the office.
  [/(?<=(?:^|\n)[ \t]*(?:M\.|Mme|Mlle|Monsieur|Madame)\s[^,\n]{2,40})\s*,\s*secr[ée]taire(?:\s+de\s+(?:la\s+)?s[ée]ance)?\s*\.?[ \t]*(?=\n|$)/giu, 'before'],
  // "Secrétaire de séance" alone on its line, the name on the next: a table's row read cell by cell.
  [SECRETARY_LABEL_LINE, 'after'],
  // "Secrétaire" alone, in a form's column of labels only ("Séance du / Convocation / Président / Secrétaire").
  [SECRETARY_LABEL_ALONE, 'after'],
  // Not after an article: "Le Président, / Yannick LE BRIS / Le secrétaire de séance, / Denis PERON", a signature's office over its name;
  // nor after another label of a form's row ("Président de séance  Secrétaire de séance", their values on the line under it).
  [/\s+(?<!(?:^|\s)l[ae]\s+)(?<!s[ée]ance\s+)(?:est\s+)?(?:d[ée]sign[ée]e?\s+)?secr[ée]taire\s+de\s+s[ée]ance/giu, 'bare'],
];

/** A person we trust: with a civility or an upper-case family name, not a stray capitalised word. */
const credible = (p: Person) => p.civility !== null || /^[\p{Lu}\s'-]+$/u.test(p.surname);
/** After a label ("Secrétaire de séance : Nolwenn Abgrall."), a name in title case is a name too. */
const namedAfterLabel = (p: Person) => credible(p) || (p.givenName !== null && /^\p{Lu}\p{Ll}/u.test(p.surname));
/** Before a bare "secrétaire de séance" (no verb), only a full name: not a heading's "DÉSIGNATION DU …". */
const fullName = (p: Person) => p.civility !== null || p.givenName !== null;

function personNear(text: string, start: number, end: number, pick: 'first' | 'last', trust: (p: Person) => boolean): Person | null {
  const people = parsePersonList(text, start, end)
    .map((e) => e.person)
    .filter(trust);
  return (pick === 'first' ? people[0] : people[people.length - 1]) ?? null;
}


/**
 * A cue that opens on blanks ("\s+est désigné…") is searched for by what follows them, which opens
 * on a letter: the engine skips to such words far faster than it tries every blank of the text.
 * Null for the others.
 */
const AFTER_BLANKS = new Map(SECRETARY_CUES.map(([re]) => [re, re.source.startsWith('\\s+') ? new RegExp(re.source.slice(3), re.flags) : null]));

/**
 * Where each match of `\s+` + `rest` starts in `zone`, as execAll would give them: `rest` where
 * blanks stand before it, back to the first of them. `rest` opens on no blank and its matches end
 * on a letter, so each match is the blanks before one of its own, and the next is sought after it.
 */
function afterBlanks(rest: RegExp, zone: string): Array<{ index: number; length: number }> {
  const out: Array<{ index: number; length: number }> = [];
  let free = 0;
  rest.lastIndex = 0;
  for (let m = rest.exec(zone); m; m = rest.exec(zone)) {
    const at = m.index;
    if (at - 1 < free || !BLANK.test(zone[at - 1]!)) {
      rest.lastIndex = at + 1;
      continue;
    }
    let start = at - 1;
    while (start > free && BLANK.test(zone[start - 1]!)) start--;
    free = at + m[0].length;
    out.push({ index: start, length: free - start });
  }
  rest.lastIndex = 0;
  return out;
}
const BLANK = /\s/;

/** A cue's match in the zone; `name`, the length of the name it captured, if it captures one. */
interface CueMatch {
  index: number;
  length: number;
  name?: number;
}

/** How far above the zone the form's other labels may start. */
const LABELS_ABOVE = 200;
/** The secretary's label alone on its line. Lower-cased, trimmed. */
const SECRETARY_LABEL = /^secr[ée]taire(?:\s+de\s+s[ée]ance)?$/u;

/**
 * "Président de séance" / "Secrétaire de séance" / "ANTONETTI Dominique-Paul" / "CASANOVA
 * Marie-Josée": in a form's column of labels the secretary's value is as far below the labels as
 * the label stands among them, not the line right under it. Null where the label heads no such column.
 */
function secretaryInLabelColumn(text: string, zoneFrom: number, to: number): Person | null {
  // The labels above the secretary's may stand before the zone, which may open on its label.
  const from = text.lastIndexOf('\n', Math.max(0, zoneFrom - LABELS_ABOVE)) + 1;
  const secr = lowerOf(text).indexOf('secr', from);
  if (secr < 0 || secr >= to) return null;
  const lines = trimmedLines(text, from, to);
  const lower = lines.map((l) => l.text.toLowerCase());
  const label = lower.findIndex((l) => SECRETARY_LABEL.test(l));
  const value = label < 0 ? -1 : valueLineOf(lower, label);
  if (value < 0 || value === label + 1) return null;
  const people = parsePersonList(text, lines[value]!.start, lines[value]!.end);
  return people.length === 1 ? people[0]!.person : null;
}

/**
 * "Secrétaire de séance" in a form's column of labels with no name right under it ("Président de
 * séance" / "Secrétaire de séance" / "Heure d'ouverture" / the three values): its value as far
 * down the column. The last resort, after any sentence naming the secretary.
 */
export function secretaryInForm(text: string, to: number): Person | null {
  const m = execAll(SECRETARY_LABEL_LINE, lowerOf(text).slice(0, to))[0];
  const person = m ? secretaryInLabelColumn(text, m.index, to) : null;
  return person && { ...person, role: SECRETARY_ROLE };
}

/**
 * The value of a form's "Secrétaire de séance" in its row of values ("Lieu Président de séance
 * Secrétaire de séance" / "Salle … - ZAMOR Fernand (Maire) PÉLAGE Gisèle", read with the meeting's
 * facts): first, the label's line holding no name of its own.
 */
export function secretaryInLabelRow(text: string, row: RowValues): Person | null {
  const value = row.secretary;
  const person = value ? parsePersonList(text, value.span.start, value.span.end)[0]?.person : undefined;
  return person ? { ...person, role: SECRETARY_ROLE } : null;
}

export function findSecretary(text: string, from = 0, to = text.length): Person | null {
  for (const [re, side] of SECRETARY_CUES) {
    // Matched without accents: OCR and some typists drop them ("a ete designe").
    const zone = accentlessOf(text).slice(from, to);
    const rest = AFTER_BLANKS.get(re);
    // A cue that captures the name (group 1) says where it ends; the others end it at the line's end.
    const matches: CueMatch[] = rest ? afterBlanks(accentless(rest), zone) : execAll(accentless(re), zone).map((x) => ({ index: x.index, length: x[0].length, name: x[1]?.length }));
    for (const m of matches) {
      const at = from + m.index;
      let person: Person | null;
      if (side === 'after') {
        const end = Math.min(text.length, at + m.length + 150);
        const lineEnd = text.indexOf('\n', at + m.length + 1);
        const nameEnd = m.name !== undefined ? at + m.length + m.name : lineEnd > 0 && lineEnd < end ? lineEnd : end;
        person = personNear(text, at + m.length, nameEnd, 'first', namedAfterLabel);
        // The name under a label of a form's column may be another label's value ("Président de
        // séance" / "Secrétaire de séance" / the president / the secretary): the secretary's is as
        // far down as the label stands.
        if (person && re === SECRETARY_LABEL_LINE) person = secretaryInLabelColumn(text, at, to) ?? person;
        else if (re === SECRETARY_LABEL_ALONE) person = secretaryInLabelColumn(text, at, to);
      } else {
        person = null;
        for (const start of nameStartsBefore(text, at)) {
          person = personNear(text, start, at, 'last', side === 'bare' ? fullName : credible);
          if (person) break;
        }
      }
      if (person) return { ...person, role: SECRETARY_ROLE };
    }
  }
  return null;
}

/** ", Secrétaire ;" after a member's name in the list of the present: their office in the body. */
const SECRETARY_OFFICE_AFTER = /^[ \t]*,[ \t]*secr[ée]taire[ \t]*[;,.)]/iu;

/**
 * "MM. VANDEWALLE, Président ; DUBRULLE, Vice-Président ; DEVOS, Secrétaire ; …": where no
 * sentence names the secretary of the sitting, the member the list gives that office (a board's,
 * a commission's secretary keeps its minutes).
 */
export function secretaryAmongPresent(text: string, present: readonly Person[]): Person | null {
  const p = present.find((x) => x.span && SECRETARY_OFFICE_AFTER.test(text.slice(x.span.end, x.span.end + 20)));
  return p ? { ...p, role: SECRETARY_ROLE } : null;
}

/**
 * "Secrétaire de séance : M. AU DIBERT": a name OCR split with a space, whole in the list of who sat
 * ("AUDIBERT"): the list's spelling. Any other person is returned as it is.
 */
export function withListedSurname(person: Person | null, listed: readonly Person[]): Person | null {
  if (!person || !person.surname.includes(' ')) return person;
  const joined = person.surname.replace(/\s+/g, '');
  const same = listed.find((p) => p.surname === joined);
  return same ? { ...person, surname: same.surname } : person;
}

/** A family name's letters without accents, case or spaces: "RIVI ERE" and "RIVIÈRE" alike. */
const foldedSurname = (s: string) => fold(s.replace(/\s+/g, ''));

/**
 * "Mme RIVI ERE Anne-Laure" in a list, "Secrétaire de séance : Mme RIVIÈRE Anne-Laure": a listed family name OCR split with a
 * space (its accent lost with it), whole where the secretary or the president is named: that spelling. Any other person as it is.
 */
export function withWholeSurname(person: Person, named: ReadonlyArray<Person | null>): Person {
  if (!person.surname.includes(' ')) return person;
  const folded = foldedSurname(person.surname);
  const same = named.find((p) => p && !p.surname.includes(' ') && foldedSurname(p.surname) === folded);
  return same ? { ...person, surname: same.surname } : person;
}

/**
 * "sous la présidence de M. Lucien" / "et assainis- DESBROSSES, Président du Conseil Général.": the given name read for
 * the president, the family name on the next line after a margin's words woven before it. The family name a listed
 * member's, in capitals before the office: the president's.
 */
export function withFamilyNameBelow(text: string, person: Person | null, listed: readonly Person[]): Person | null {
  if (!person?.span || /\p{Lu}{2}/u.test(person.surname) || person.givenName) return person;
  const below = FAMILY_NAME_BELOW.exec(text.slice(person.span.end, person.span.end + FAMILY_NAME_REACH));
  if (!below || !listed.some((p) => p.surname === below[1])) return person;
  const end = person.span.end + below.index + below[0].length;
  return { ...person, givenName: person.surname, surname: below[1]!, span: { start: person.span.start, end } };
}
/** The next line: a margin's few words, then a family name in capitals and the office after its comma. */
const FAMILY_NAME_BELOW = /^[ \t]*\n[^\n,]{0,24}?(?<![\p{L}])(\p{Lu}[\p{Lu}'’-]{2,})(?=,[ \t]*(?:Pr[ée]sidente?|PR[ÉE]SIDENTE?|Maire|MAIRE)(?![\p{L}]))/u;
const FAMILY_NAME_REACH = 80;

/** A signature's role that is the sitting's secretary's. */
const SECRETARY_SIGNS = /secr[ée]taire(?:\s+de\s+(?:la\s+)?s[ée]ance)?\s*,?$/iu;

/** The one who signs as the sitting's secretary ("Le Président, Le secrétaire de séance," / "J.-L. MARSAN M. DELBOSC"), or null. */
export function secretaryAmongSignatures(signatures: readonly Person[]): Person | null {
  return signatures.find((p) => SECRETARY_SIGNS.test(p.role ?? '')) ?? null;
}
