/**
 * The table of signatures closing a procès-verbal since the 2022 reform: every member of the
 * council on a row ("Nom et prénom   Qualité   Signature   Procuration"), the members who were
 * there signing, the others marked "pouvoir à …", "excusée", "Absent". Text layers give it as laid
 * out (a row a line) or one cell a line, the rows' other cells under the name.
 */
import type { Person } from '../schema/minutes.ts';
import { parsePersonList } from './persons.ts';
import { execAll } from '../text/matches.ts';

/** How far from the end of the text the table's header may stand. */
const TABLE_ZONE = 5000;
/** The header: the names' column, then the signatures' on its line or one of the next three, maybe a proxies' column after it. */
const HEADER = /(?:^|[\n\f])[ \t]*(?:noms?\s*(?:et\s+|,\s*|-\s*)?pr[ée]noms?|pr[ée]noms?\s+(?:et\s+)?noms?|membres|conseillers(?:\s+municipaux)?)[^\n]{0,60}(?:\n[^\n]{0,40}){0,3}?[ \t]*signatures?(?:[ \t]+(?:procurations?|pouvoirs?|observations?|mandataires?))?[ \t]*(?=\n)/giu;
/** The table titled on a line of its own: "TABLEAU DES SIGNATURES - SEANCE DU 27 MARS 2009 (…)". */
const TITLE = /(?:^|[\n\f])[ \t]*tableau\s+des\s+signatures(?![\p{L}])[^\n]{0,120}(?=\n)/giu;
/** A row naming a member: the family name in capitals first, or after the given name. */
const NAME_ROW = /^[ \t]*(?:(?:M\.|Mme|Monsieur|Madame)[ \t]+)?(?:\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+)*[ \t]+\p{Lu}\p{Ll}|\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*)?[ \t]+\p{Lu}[\p{Lu}'’-]+(?![\p{L}]))/u;
/** What a member's cells say when they did not sign: away, represented, excused. */
const NOT_SIGNED = /(?<![\p{L}])(?:pouvoir|procuration|repr[ée]sent[ée]e?|excus[ée]e?|absente?)(?![\p{L}])/iu;
/** Prose: the table is over. */
const PROSE = /(?:\p{Ll}{2,}[ \t]+){5}/u;

/** The members who signed the closing table, in its order; [] when the text has none. */
export function signatureTable(text: string): Person[] {
  const from = Math.max(0, text.length - TABLE_ZONE);
  const tail = text.slice(from);
  const header = [execAll(HEADER, tail).at(-1), /tableau/i.test(tail) ? execAll(TITLE, tail).at(-1) : undefined]
    .filter((m) => m !== undefined)
    .sort((a, b) => b.index! - a.index!)[0];
  if (!header) return [];
  const rows: Array<{ person: Person; cells: string }> = [];
  let at = from + header.index! + header[0].length + 1;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    if (line.trim()) {
      const person = NAME_ROW.test(line) ? parsePersonList(text, at, end)[0]?.person : undefined;
      if (person && /\p{Lu}{2}/u.test(person.surname)) rows.push({ person, cells: text.slice(person.span?.end ?? at, end) });
      else if (rows.length && !PROSE.test(line)) rows[rows.length - 1]!.cells += ` ${line}`;
      else if (rows.length) break;
    }
    at = end + 1;
  }
  return rows.length >= 3 ? rows.filter((r) => !NOT_SIGNED.test(r.cells)).map((r) => r.person) : [];
}

/** "Signatures des membres présents :", "Ont signé au registre :": the names after it are the signatories'. */
const SIGNED_BY = /(?:^|[\n\f])[ \t]*(?:signatures?\s+des\s+membres(?:\s+pr[ée]sents)?|ont\s+sign[ée]\s+(?:au\s+registre\s+)?(?:les\s+membres\s+pr[ée]sents)?)[ \t]*[:.]?[ \t]*(?=\n)/giu;

/**
 * The signatories of a register page listed under such a line, several a row ("KIEFFER Bernard
 * MEYER Antoine ROTH Marie-Odile"), each row of names over the row of their signatures as OCR
 * read them ("P.Schn  ~~  Huber": no family name in capitals). Up to the first line of prose.
 */
export function signedRows(text: string): Person[] {
  const from = Math.max(0, text.length - TABLE_ZONE);
  const tail = text.slice(from);
  const header = /sign/i.test(tail) ? execAll(SIGNED_BY, tail).at(-1) : undefined;
  if (!header) return [];
  const signers: Person[] = [];
  for (let at = from + header.index! + header[0].length + 1; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    // Prose, the closing formulas, a stamp of the prefecture's: no signatories after them.
    if (PROSE.test(line) || /conforme|pr[ée]fecture|re[çc]u\s+le|^[ \t]*(?:fait|pour\s+copie|l[ea]\s+(?:maire|pr[ée]sident))/iu.test(line)) break;
    // The specks OCR read beside the scrawls ("GOURDON   ~   BRICARD   CHAUVEAU  .") are no words of the row.
    if (SURNAMES_ROW.test(line.replace(SPECKS, ' '))) signers.push(...surnamesOf(text, at, end));
    else if (line.trim()) {
      // "GIACOMETTI A.   procuration": a member the table says did not sign.
      const listed = parsePersonList(text, at, end).map((e) => e.person).filter((p) => /\p{Lu}{2}/u.test(p.surname) && !(p.span && DID_NOT_SIGN.test(text.slice(p.span.end, p.span.end + 40))));
      const paired = namesBesideScrawls(text, at, end);
      signers.push(...(paired.length > listed.length ? paired : listed));
    }
    at = end + 1;
  }
  return signers.length >= 3 ? signers : [];
}

/** "SCHMITT Gérard", "LE GALL Yves", "SANTUCCI P.-A.": a family name in capitals, then a given name or its initials. */
const SURNAME_GIVEN = /(?<![\p{L}])\p{Lu}{2,}(?:[-' ]\p{Lu}{2,})*[ \t]+(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}])|\p{Lu}\.(?:-?\p{Lu}\.)?(?![\p{L}]))/gu;

/**
 * The members named in text[from, to) as "SURNAME Given", each beside the scrawl of their
 * signature, which OCR reads as marks ("SCHMITT Gerard ~//l/t--  KLEIN Bernard ,4Z~("): they break
 * a list's reading, not these pairs.
 */
export function namesBesideScrawls(text: string, from: number, to: number): Person[] {
  return execAll(SURNAME_GIVEN, text.slice(from, to))
    .filter((m) => !DID_NOT_SIGN.test(text.slice(from + m.index! + m[0].length, from + m.index! + m[0].length + 40)))
    .flatMap((m) => parsePersonList(text, from + m.index!, from + m.index! + m[0].length).map((e) => e.person));
}
/** What the table says of a member who did not sign, after the name: "HEIN Raymond : absent excusé", "GALY Francis : procuration". */
const DID_NOT_SIGN = /^[ \t]*[:(,–-]?[ \t]*(?:absente?s?|excus[ée]|procuration|pouvoir|repr[ée]sent[ée])/iu;

/** Marks alone between spaces: OCR's specks. */
const SPECKS = /(?<=\s)[~.,'’`"^*°|]+(?=\s|$)/g;
/** A row of family names in capitals and nothing else: "MOINGEON CHAMPEAUX LORIOT BOUCHEROT". */
const SURNAMES_ROW = /^[ \t]*\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+){2,}[ \t]*$/u;
/** A particle that opens a family name of two words: "LE GALL", "DE LA HAYE", "VAN DAMME". */
const PARTICLE = /^(?:LE|LA|LES|DE|DU|DES|DI|DA|DEL|DELLA|VAN|VON|MAC|MC|SAINT|ST)$/u;

/** Each family name of such a row, a particle kept with the word after it. */
function surnamesOf(text: string, from: number, to: number): Person[] {
  const out: Person[] = [];
  let start = -1;
  for (const m of execAll(/\S+/g, text.slice(from, to))) {
    if (!/\p{L}/u.test(m[0])) continue;
    const at = from + m.index!;
    if (start < 0) start = at;
    if (PARTICLE.test(m[0])) continue;
    const raw = text.slice(start, at + m[0].length);
    out.push({ raw, civility: null, givenName: null, surname: raw.replace(/\s+/g, ' '), role: null, span: { start, end: at + m[0].length } });
    start = -1;
  }
  return out;
}
