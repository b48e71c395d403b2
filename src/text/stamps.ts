/**
 * The stamps of the transmission to the préfecture (@CTES, through S²LOW, FAST, iXBus…) that
 * published deliberations carry at the head of their first page, and often of every page:
 * "Envoyé en préfecture le 14/03/2024", "ID : 031-213100555-20240312-DEL2024_015-DE",
 * "Accusé de réception en préfecture", "Date de télétransmission : 19/12/2023". They are
 * furniture, like a running header: a line that holds nothing else is dropped, and a stamp
 * printed beside the letterhead ("RÉPUBLIQUE FRANÇAISE Envoyé en préfecture le 14/03/2024") is
 * cut off the line it was read into. Written with their capitals: "publié le" in a sentence is prose.
 */

const DATE = String.raw`\d{1,2}\/\d{1,2}\/\d{2,4}`;
const E = '[ée]';

/** Each phrase a stamp is made of, as it ends a line. */
/** The nature code closing an @ctes identifier: délibération, arrêtés (réglementaire, individuel), contrat, autre, budget. */
export const ACTE_NATURES = 'DE|AR|AI|CC|AU|BF';

const STAMP_PHRASES: readonly string[] = [
  String.raw`(?:Envoy${E}|Re[çc]u)\s+en\s+pr${E}fecture\s+le\s+${DATE}`,
  String.raw`Publi${E}\s+le(?:\s*:?\s*${DATE})?`,
  String.raw`Affich${E}\s+le\s*:?\s*${DATE}`,
  String.raw`ID\s*:\s*\d{2}[\dAB]-[0-9A-Za-z]{6,}-\d{8}-\S+`,
  // The acte's identifier alone: department (Corsica's "02A", "02B"), SIREN, date, number, nature; its figures maybe read by OCR as O, l or I ("O55-2655OO917-202ll214-…").
  String.raw`[\dO]{2}[\dOAB]-[0-9A-Za-z]{9}-[\dOlI]{8}-\S+-(?:${ACTE_NATURES})`,
  String.raw`Accus${E}\s+de\s+r${E}ception(?:\s+en\s+pr${E}fecture|\s+-\s+Minist[èe]re\s+de\s+l['’][Il1]nt${E}rieur)`,
  String.raw`Accus${E}\s+certifi${E}\s+ex${E}cutoire`,
  String.raw`Date\s+de\s+t${E}l${E}transmission\s*:\s*${DATE}`,
  String.raw`Date\s+de\s+r${E}ception\s+(?:en\s+)?pr${E}fecture\s*:\s*${DATE}`,
  String.raw`R${E}ception\s+par\s+le\s+pr${E}fet\s*:\s*${DATE}`,
  String.raw`Publication\s*:\s*${DATE}`,
  String.raw`Pour\s+l['’]autorit${E}\s+comp${E}tente\s+par\s+d${E}l${E}gation`,
  'S²LOW',
];

const STAMP_AT_END = new RegExp(String.raw`(?:^|\s)(?:${STAMP_PHRASES.join('|')})\s*$`, 'u');
/**
 * What any stamp line holds, to skip the pattern on the pages that carry none: words searched
 * as plain strings (several times faster than one pattern of alternatives, which V8 tries at
 * every offset), then the two shapes that need a pattern.
 */
const STAMP_WORDS = ['fecture', 'Publi', 'Affich', 'Accus', 'S²LOW'] as const;
/**
 * Two stamps' words open on letters met at every line, where a string search stops ("t", "a"):
 * "télétrans" is searched by its "élétr", "autorit" by the "Pour" its phrase opens on.
 */
const TELETRANSMISSION_PART = 'élétr';
const AUTHORITY_AT = /Pour\s+l['’]autorit/y;
/** "ID :", tried sticky at each "ID" of a page ("PRÉSIDENT", "CONSIDÉRANT" hold some): the page is not scanned twice. */
const STAMP_ID_AT = /ID\s*:/y;
/**
 * ACTE_NATURE tried where it can start, one unit before a hyphen followed by a capital; the unit
 * maybe a figure as OCR reads it (an O, an l, an I), as the identifier's phrase allows.
 */
const ACTE_NATURE_AT = new RegExp(String.raw`[\dOlI]-(?:${ACTE_NATURES})\b`, 'y');

/**
 * V8 builds a Boyer-Moore table for each search of a string of seven characters or more, which
 * on one page costs more than the search: such a word is searched by its first six, each
 * occurrence then compared whole.
 */
const SHORT_SEARCH = 6;
function includesWord(page: string, word: string): boolean {
  if (word.length <= SHORT_SEARCH) return page.includes(word);
  const head = word.slice(0, SHORT_SEARCH);
  for (let at = page.indexOf(head); at >= 0; at = page.indexOf(head, at + 1)) if (page.startsWith(word, at)) return true;
  return false;
}

/** /\d-(?:DE|AR|AI|CC|AU|BF)\b/.test(page): the hyphens searched for, the pattern tried at those followed by a capital. */
function hasActeNature(page: string): boolean {
  for (let at = page.indexOf('-', 1); at >= 0; at = page.indexOf('-', at + 1)) {
    const next = page.charCodeAt(at + 1);
    if (next < 65 || next > 90) continue;
    ACTE_NATURE_AT.lastIndex = at - 1;
    if (ACTE_NATURE_AT.test(page)) return true;
  }
  return false;
}

function hasTeletransmission(page: string): boolean {
  for (let at = page.indexOf(TELETRANSMISSION_PART, 1); at >= 0; at = page.indexOf(TELETRANSMISSION_PART, at + 1)) if (page.startsWith('télétrans', at - 1)) return true;
  return false;
}

function hasStampId(page: string): boolean {
  for (let at = page.indexOf('ID'); at >= 0; at = page.indexOf('ID', at + 2)) {
    STAMP_ID_AT.lastIndex = at;
    if (STAMP_ID_AT.test(page)) return true;
  }
  return false;
}

function hasAuthority(page: string): boolean {
  for (let at = page.indexOf('Pour'); at >= 0; at = page.indexOf('Pour', at + 4)) {
    AUTHORITY_AT.lastIndex = at;
    if (AUTHORITY_AT.test(page)) return true;
  }
  return false;
}

export function mayHoldStamps(page: string): boolean {
  return (
    STAMP_WORDS.some((w) => includesWord(page, w)) ||
    hasTeletransmission(page) ||
    hasAuthority(page) ||
    hasStampId(page) ||
    hasActeNature(page)
  );
}

/** The line without the stamps that end it: "" when it was nothing but stamps. */
export function withoutStamps(line: string): string {
  let out = line;
  for (let m = STAMP_AT_END.exec(out); m; m = STAMP_AT_END.exec(out)) out = out.slice(0, m.index).trimEnd();
  return out;
}
