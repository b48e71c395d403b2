/**
 * The local authority a document comes from, as written ("Commune de Pierrefonds", "BEAUMONT",
 * "C.C.A.S. d'ÉVRAN"), read from the head of the text and the signature zone only.
 * Every cue of src/text/authority-cues.ts proposes a candidate; the lowest rank wins, and a
 * letterhead naming the same place gives the written form. No cue, or only cues that do not
 * fit the deliberating body, gives null: a wrong authority is worse than none.
 */
import type { BodyType, Span } from '../schema/minutes.ts';
import { lowerOf } from '../text/caseless.ts';
import {
  AUTHORITY_CUES,
  AUTHORITY_KINDS,
  KIND_ARTICLE,
  LEVEL_ORDER,
  LEVELS_OF_BODY,
  NAME_LINKS,
  NAME_MAX_WORDS,
  NAME_PREFIXES,
  NOT_A_NAME,
  NOT_THE_AUTHOR_BEFORE,
  ZONE_SIZES,
  type AuthorityCue,
  type AuthorityLevel,
  type CueId,
  type Zone,
} from '../text/authority-cues.ts';

export interface AuthorityMatch {
  /** As written, spaces squeezed. */
  name: string;
  span: Span;
  cue: CueId;
  level: AuthorityLevel | null;
}

interface Candidate extends AuthorityMatch {
  rank: number;
  /** The place or body name alone, folded: how two cues are found to name the same authority. */
  core: string;
}

/**
 * Every kind at a given offset, in the order of AUTHORITY_KINDS, each behind its own article group:
 * the first kind that matches there is the one an alternation of them all gives (one exec a lead,
 * not one a kind). Group i + 1 is the article of kind i.
 */
const KINDS = AUTHORITY_KINDS;
const KIND_AT = new RegExp(AUTHORITY_KINDS.map((k) => `(${KIND_ARTICLE})(?:${k.pattern})`).join('|'), 'uy');
const WORD = /[\p{L}][\p{L}\p{M}'’]*(?:[-–][\p{L}][\p{L}\p{M}'’]*)*/uy;
const GAP = /[ \t]+/y;
/** A dash between two parts of a name, as letterheads space it ("Gâtine – Racan"). */
const SPACED_DASH = /[ \t]+[-–][ \t]+/y;
const ARTICLE = /(?:(?:la|le|les)[ \t]+|l['’][ \t]?)/iuy;

/** Upper case, accents and punctuation folded: "Saint-Flour" and "SAINT FLOUR" compare equal. */
function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim()
    .replace(/^(?:LA|LE|LES|L) /, '');
}

const isCaps = (w: string): boolean => w === w.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(w);

/** A word that can be part of a name: capitalised ("l'Arche" too) and not a heading word, a month or a civility. */
function nameWord(w: string): boolean {
  if (!/^(?:[ldLD]['’])?\p{Lu}/u.test(w)) return false;
  const f = fold(w);
  return !NOT_A_NAME.has(f) && !NOT_A_NAME.has(f.split(' ')[0]!);
}

function wordAt(text: string, at: number): string | null {
  WORD.lastIndex = at;
  return WORD.exec(text)?.[0] ?? null;
}

function skip(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.exec(text) ? re.lastIndex : at;
}

type NameMode = 'place' | 'phrase' | 'header';

/**
 * The name that starts at `at`, by a small grammar: capitalised words joined by hyphens, by a
 * link word ("en", "sur", "de"), or after a prefix ("Saint", "Le"). A phrase (an EPCI's name)
 * and a letterhead may also run plain words on ("Vexin Centre"): a place may not, so that
 * "Maire de Valbonne Jean DUPONT" stops before the person.
 */
function readName(text: string, at: number, mode: NameMode): { start: number; nameStart: number; end: number; lowerArticle: boolean } | null {
  const art = skip(ARTICLE, text, at);
  const first = wordAt(text, art);
  if (!first || !nameWord(first)) return null;
  const caps = isCaps(first);
  const sameCase = (w: string): boolean => mode === 'header' || isCaps(w) === caps;
  let end = art + first.length;
  let last = first;
  for (let n = 1; n < NAME_MAX_WORDS; n++) {
    const dash = skip(SPACED_DASH, text, end);
    if (dash > end && mode !== 'place') {
      const w = wordAt(text, dash);
      if (w && nameWord(w) && sameCase(w)) {
        end = dash + w.length;
        last = w;
        continue;
      }
    }
    const next = skip(GAP, text, end);
    if (next === end) break;
    const w = wordAt(text, next);
    if (!w) break;
    if (NAME_LINKS.has(w.toLowerCase()) && (caps || w === w.toLowerCase())) {
      const after = skip(GAP, text, next + w.length);
      const w3 = after > next + w.length ? wordAt(text, after) : null;
      if (w3 && nameWord(w3) && sameCase(w3)) {
        end = after + w3.length;
        last = w3;
        continue;
      }
      break;
    }
    if (nameWord(w) && sameCase(w) && (mode !== 'place' || NAME_PREFIXES.has(fold(last)))) {
      end = next + w.length;
      last = w;
      continue;
    }
    break;
  }
  return { start: at, nameStart: art, end, lowerArticle: art > at && text[at] === text[at]!.toLowerCase() };
}

/** Characters past a zone's end a lead's match may still reach (the longest lead is ~90). */
const LEAD_OVERHANG = 200;

function zoneRange(zone: Zone, length: number): readonly [number, number] {
  const head = Math.min(length, ZONE_SIZES.head);
  if (zone === 'letterhead') return [0, Math.min(length, ZONE_SIZES.letterhead)];
  if (zone === 'head') return [0, head];
  return [Math.max(head, length - ZONE_SIZES.signature), length];
}

const NO_LETTER_BEFORE = /(?<![\p{L}])/uy;
/** Whether no letter stands just before `at` (a cue's wordStart). */
function startsWord(s: string, at: number): boolean {
  NO_LETTER_BEFORE.lastIndex = at;
  return NO_LETTER_BEFORE.test(s);
}

const nextCodePoint = (s: string, at: number): number => at + (s.codePointAt(at)! > 0xffff ? 2 : 1);

/** The next match of a cue's lead at or after its lastIndex; at a line start for a lineStart cue. */
function nextLead(cue: AuthorityCue, subject: string): RegExpExecArray | null {
  const lead = cue.lead;
  if (!cue.lineStart) return lead.exec(subject);
  let at = lead.lastIndex;
  while (at <= subject.length) {
    if ((at === 0 || subject[at - 1] === '\n') && (!cue.lineMay || cue.lineMay(subject, at))) {
      lead.lastIndex = at;
      const m = lead.exec(subject);
      if (m) return m;
    }
    const next = subject.indexOf('\n', at);
    if (next < 0) break;
    at = next + 1;
  }
  lead.lastIndex = 0;
  return null;
}

function candidatesOf(cue: AuthorityCue, text: string, lower: string, docLevels: readonly AuthorityLevel[] | undefined, out: Candidate[]): void {
  for (const zone of cue.zones) {
    const [from, to] = zoneRange(zone, text.length);
    if (from >= to) continue;
    const lead = cue.lead;
    lead.lastIndex = from;
    // The lead is searched in the zone (and a little beyond, so that a match straddling its end
    // is the same as before), never in the rest of the document: a lead absent from the head
    // would otherwise be looked for through the whole text.
    const subject = lower.slice(0, Math.min(lower.length, to + LEAD_OVERHANG));
    for (let m = nextLead(cue, subject); m && m.index < to; m = nextLead(cue, subject)) {
      // A lead inside a word: the next one may start at the next character.
      if (cue.wordStart && !startsWord(subject, m.index)) {
        lead.lastIndex = nextCodePoint(subject, m.index);
        continue;
      }
      // Step over an empty match by a whole code point: with the u flag, V8 moves an index set
      // inside a surrogate pair back to its start, and the same empty match would come again. A
      // lead that is the kind's own word is stepped over the same way: the kind is read from its start.
      if (m[0].length === 0 || cue.kindAtLead) lead.lastIndex = nextCodePoint(subject, m.index);
      const p = cue.kindAtLead ? m.index : m.index + m[0].length;
      let kindStart: number | null = null;
      let level: AuthorityLevel | null = null;
      let q = p;
      let phrase = false;
      if (cue.kind !== 'none') {
        KIND_AT.lastIndex = p;
        const km = KIND_AT.exec(lower);
        if (km) {
          const i = km.findIndex((g, j) => j > 0 && g !== undefined) - 1;
          kindStart = p + km[i + 1]!.length;
          level = KINDS[i]!.level;
          q = p + km[0].length;
          phrase = !!KINDS[i]!.phrase;
        }
        if (cue.kind === 'required' && level === null) continue;
      }
      if (level && cue.levels && !cue.levels.includes(level)) continue;
      if (level && docLevels && !docLevels.includes(level)) continue;
      // Last of the filters: the cheap ones above drop most leads first.
      const before = lower.slice(Math.max(0, m.index - 80), m.index);
      if (NOT_THE_AUTHOR_BEFORE.some((re) => re.test(before))) continue;
      const name = readName(text, q, cue.header ? 'header' : phrase ? 'phrase' : 'place');
      if (!name || name.end > to) continue;
      if (cue.after && !cue.after.test(text.slice(name.end, name.end + 80))) continue;
      const start = kindStart ?? (name.lowerArticle ? name.nameStart : name.start);
      out.push({
        name: text.slice(start, name.end).replace(/\s+/g, ' ').trim(),
        span: { start, end: name.end },
        cue: cue.id,
        level,
        rank: cue.rank,
        core: fold(text.slice(name.nameStart, name.end)),
      });
    }
  }
}

/** The authority the document names, or null when no cue fits its deliberating body. */
export function findAuthority(text: string, bodyType: BodyType | null): AuthorityMatch | null {
  const lower = lowerOf(text);
  const docLevels = bodyType ? LEVELS_OF_BODY[bodyType] : undefined;
  const found: Candidate[] = [];
  for (const cue of AUTHORITY_CUES) {
    // A cue for some bodies only says nothing when the body is unknown.
    if (cue.bodies && (!bodyType || !cue.bodies.includes(bodyType))) continue;
    candidatesOf(cue, text, lower, docLevels, found);
  }
  if (!found.length) return null;
  const levelRank = (c: Candidate): number => (c.level ? LEVEL_ORDER.indexOf(c.level) : LEVEL_ORDER.length);
  found.sort((a, b) => a.rank - b.rank || levelRank(a) - levelRank(b) || a.span.start - b.span.start);
  const best = found[0]!;
  // The letterhead writes the name in full ("Commune de Pierrefonds") when it names the same place.
  const written = best.cue === 'header' ? best : found.find((c) => c.cue === 'header' && c.core === best.core) ?? best;
  const { name, span, cue, level } = written;
  return { name, span, cue, level };
}
