/**
 * A form printed by software one cell a line: its labels one a line ("Instance", "Séance n°", "Séance du", "Convocation", "Date", "Heure", "Lieu", "Nature",
 * "Président de séance", "Secrétaire de séance", "Date d'affichage", "Date d'envoi de la convocation", "Quorum", "Rapport n°", "Nomenclature"), then their values as many, in the same order.
 */

/** "Lieu", "Lieu de la séance". Lower-cased text. */
export const LIEU = String.raw`lieu(?:\s+de\s+(?:la\s+)?(?:s[ée]ance|r[ée]union))?`;

/** The counts a form gives in its column of labels ("Membres en exercice", "Présents", …, "Quorum"). Lower-cased text. */
const COUNT_LABEL = String.raw`(?:membres\s+|conseillers\s+)?en\s+exercice|pr[ée]sents?|repr[ée]sent[ée]s|pouvoirs|votants|quorum`;

/** A form's label alone on its line, trimmed. Lower-cased text. */
export const FORM_LABEL = new RegExp(
  String.raw`^(?:type\s+de\s+(?:la\s+)?s[ée]ance|nature\s+de\s+(?:la\s+)?s[ée]ance|${LIEU}|heure(?:\s+d['’]ouverture|\s+de\s+d[ée]but|\s+de\s+cl[ôo]ture|\s+de\s+fin)?|(?:ouverture|cl[ôo]ture)(?:\s+de\s+(?:la\s+)?s[ée]ance)?|pr[ée]sidence(?:\s+de\s+(?:la\s+)?s[ée]ance)?|rapport\s+n[°o]|nomenclature|pr[ée]sidente?(?:\s+de\s+s[ée]ance)?|secr[ée]taire(?:\s+de\s+s[ée]ance)?|secr[ée]tariat(?:\s+de\s+s[ée]ance)?|date(?:\s+(?:de\s+(?:la\s+)?)?(?:s[ée]ance|convocation|r[ée]union|publication)|\s+d['’](?:affichage|envoi)(?:\s+de\s+la\s+convocation)?)?|s[ée]ance(?:\s+n[°o]|\s+du)?|convocation(?:\s+du)?|n[°o]\s+(?:de\s+(?:la\s+)?)?s[ée]ance|nature|instance|organe|assembl[ée]e|session|affichage|publication|transmission|${COUNT_LABEL})$`,
  'u',
);

/**
 * The value of the label at line `at` of `lines` (lower-cased, trimmed): the line as far below the
 * column of labels as the label stands in it, or right under a label that stands alone between
 * values (a form a label and its value in turn). -1 where the lines are no such form: fewer
 * values than labels, or a label among them.
 */
export function valueLineOf(lines: readonly string[], at: number): number {
  let first = at;
  while (first > 0 && FORM_LABEL.test(lines[first - 1]!)) first--;
  let end = at + 1;
  while (end < lines.length && FORM_LABEL.test(lines[end]!)) end++;
  // "Séance" over the labels is the form's title ("SEANCE" / "Date de la séance" / …), unless its
  // value is the kind of sitting ("Séance" / "Date" / … / "Ordinaire" / "14/12/2022" / …).
  // Or unless the values under the labels are as many as they with it ("Séance" / "Date" / … /
  // "90-SP-04" / "29/06/1990" / …, the next form's labels after them).
  if (first < at && TITLE_OR_LABEL.test(lines[first]!) && !SITTING_KIND.test(lines[end] ?? '') && valuesUnder(lines, end) !== end - first) first++;
  const count = end - first;
  // A label alone between values ("Heure d'ouverture" / "18:05" / "Lieu" / "Salle …"): its value under it.
  if (count === 1) return first > 0 && lines[first - 1] && end < lines.length && lines[end] ? end : -1;
  if (lines.slice(end, end + count).some((l) => !l || FORM_LABEL.test(l))) return -1;
  return end + (at - first);
}

/**
 * How many values stand one a line from `from`, up to a blank line, the next label, or a label
 * with its value beside it (the form's next part: "Convocation adressée le : 04/03/1985").
 */
function valuesUnder(lines: readonly string[], from: number): number {
  let n = 0;
  while (from + n < lines.length && lines[from + n] && !FORM_LABEL.test(lines[from + n]!) && !LABEL_BESIDE_VALUE.test(lines[from + n]!)) n++;
  return n;
}
/** A label and its value on one line, a colon between them. Lower-cased, trimmed. */
const LABEL_BESIDE_VALUE = /^\p{L}[\p{L}'’ ]{1,40}[ \t]:[ \t]/u;

/** A label that may be the form's title over the others. Lower-cased, trimmed. */
const TITLE_OR_LABEL = /^s[ée]ance$/u;
/** The kind of a sitting, the value of a form's "Séance". Lower-cased, trimmed. */
const SITTING_KIND = /^(?:ordinaire|extraordinaire|publique|priv[ée]e|[àa]\s+huis\s+clos|pl[ée]ni[èe]re|budg[ée]taire)$/u;
