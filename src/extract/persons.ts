/**
 * The person parser: a run of text -> people with their spans. It reads the ways
 * minutes write names ("M. J-P. ALBERT", "Madame Michèle BOURBIER", "FERRÉ Charles",
 * "Evelyne BOSSU Xavier BACHELET" with no separator at all, "M. Robert Jean-Paul")
 * and the words between them that say who gave a proxy to whom or who is excused.
 */
import { oneSpace } from '../text/spaces.ts';
import type { Person } from '../schema/minutes.ts';
import { CIVILITIES, GLUED_CIVILITY, NAME_PARTICLES, PROXY_LEAD, PROXY_LINK, PROXY_WORD, STATUS_WORDS } from '../text/cues.ts';
import { givenNameScore } from '../text/given-names.ts';
import { fold, fuzzyEquals } from '../text/fuzzy.ts';
import type { ListColumns } from '../text/layout.ts';
import { memoizeWords } from '../text/memo.ts';

type Cls = 'CIV' | 'UP' | 'TITLE' | 'INIT' | 'LOWER' | 'NUM' | 'SEP' | 'ET';
interface Tok {
  s: string;
  start: number;
  end: number;
  cls: Cls;
  word: WordInfo;
}

/** What the reader asks of a token's word, worked out once a word (see wordTokens). */
interface WordInfo {
  /** fold(s). */
  folded: string;
  /** s.toLowerCase(). */
  lower: string;
  /** A name particle ("de", "Le"), in whatever case. */
  particle: boolean;
  /** What a list word says, by the tables of cues.ts. */
  status: (typeof STATUS_WORDS)[number] | null;
  lead: boolean;
  link: boolean;
  /** civilityOf(s). */
  civility: 'M.' | 'Mme' | null;
}

export interface ListEntry {
  person: Person;
  status: 'excused' | 'absent' | null;
  proxy: Person | null;
  /** Named in a list of the absent with a note of their arrival after it ("M. Joseph HAAS (arrivé au cours du point 3)"): they sat. */
  arrived?: true;
}

const WORD = /\p{Lu}\/\p{Lu}{2}[\p{Lu}\p{M}'\-]*|[\p{L}][\p{L}\p{M}'\-.]*|\d+|[,;\n•·:()–—/]| - /gu;
const UPPER_WORD = /^[\p{Lu}][\p{Lu}\p{M}'\-]*[\p{Lu}]$|^[\p{Lu}]$|^\p{Lu}\/\p{Lu}[\p{Lu}\p{M}'\-]*$/u;
const TITLE_WORD = /^[\p{Lu}][\p{Ll}\p{M}'][\p{L}\p{M}'\-]*$/u;
/** "J-P.", "E.", and initials of two letters with their dots: "Ch.", "M.-Th.", "J.-Ch.". */
const INITIAL = /^\p{L}(?:[.-]{1,2}\p{L})*\.?-?$|^\p{Lu}\p{Ll}?\.(?:-?\p{Lu}\p{Ll}?\.)*-?$/u;

function civilityOf(s: string): 'M.' | 'Mme' | null {
  for (const [re, c] of CIVILITIES) if (re.test(s)) return c;
  return null;
}

function classifyWord(s: string): Cls {
  if (/^\d+$/.test(s)) return 'NUM';
  if (/^[,;\n•·:()–—/]$|^ - $/.test(s)) return 'SEP';
  if (civilityOf(s)) return 'CIV';
  if (/^et$/i.test(s)) return 'ET';
  const bare = s.replace(/\.$/, '');
  if (/\.$/.test(s) && INITIAL.test(s) && bare.replace(/[^\p{L}]/gu, '').length <= 3) return 'INIT';
  if (UPPER_WORD.test(bare) && bare.replace(/[^\p{L}]/gu, '').length >= 2) return 'UP';
  if (/^\p{Lu}-\p{Lu}$/u.test(bare)) return 'INIT';
  if (TITLE_WORD.test(bare)) return 'TITLE';
  // "d'Aubert", "d'AUBERT": a family name with its elided particle.
  if (/^[dl]['’]\p{Lu}/u.test(bare)) return UPPER_WORD.test(bare.slice(2)) && bare.length >= 4 ? 'UP' : 'TITLE';
  return 'LOWER';
}

/** Splits words glued by text extraction: "PARÉSylvain" -> "PARÉ" "Sylvain", "MadameETORÉ", "AurélieJACQUEMOUD". */
function unglue(word: string, start: number): Array<[string, number]> {
  const civ = GLUED_CIVILITY.exec(word);
  if (civ) return [[civ[1]!, start], ...unglue(civ[2]!, start + civ[1]!.length)];
  const upThenTitle = /^(\p{Lu}[\p{Lu}'\-]+)(\p{Lu}\p{Ll}{2,}.*)$/u.exec(word);
  if (upThenTitle) return [[upThenTitle[1]!, start], [upThenTitle[2]!, start + upThenTitle[1]!.length]];
  // "AurélieJACQUEMOUD": the given name glued to the family name in capitals.
  const titleThenUp = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}{3,}(?:[-'’]\p{Lu}+)*)$/u.exec(word);
  if (titleThenUp) return [[titleThenUp[1]!, start], [titleThenUp[2]!, start + titleThenUp[1]!.length]];
  return [[word, start]];
}

function wordInfo(s: string): WordInfo {
  const lower = s.toLowerCase();
  return {
    folded: fold(s),
    lower,
    particle: NAME_PARTICLES.has(lower),
    status: STATUS_WORDS.find(([re]) => re.test(s)) ?? null,
    lead: PROXY_LEAD.test(s),
    link: PROXY_LINK.test(s),
    civility: civilityOf(s),
  };
}
/** The comma the reader puts between two cells of a row laid out in columns. */
const CELL_BREAK = wordInfo(',');

/**
 * The tokens one matched word gives, with their offsets in it: a trailing period dropped unless
 * the word is an initial or a civility, glued words split; each with its class and what the
 * reader asks of it. Names recur, so worked out once a word, and looked up once a token.
 */
const wordTokens = memoizeWords((word: string): ReadonlyArray<{ s: string; pos: number; cls: Cls; word: WordInfo }> => {
  let w = word;
  // A trailing period closes a sentence unless the word is an initial or a civility.
  if (w.length > 2 && w.endsWith('.') && !/^(?:M|Mr|Mme|Mlle|MM)\.$/.test(w) && !INITIAL.test(w)) w = w.slice(0, -1);
  return unglue(w, 0).map(([part, pos]) => ({ s: part, pos, cls: classifyWord(part), word: wordInfo(part) }));
});

/**
 * The words of text[start, end) as tokens, produced on demand: a list stops at the first
 * sentence after it, so most of a generous window is never tokenized.
 */
class Tokens {
  private readonly buf: Tok[] = [];
  private pos: number;
  private done = false;
  constructor(
    private readonly text: string,
    start: number,
    private readonly end: number,
    /** How the list was laid out in columns (listColumns): gaps part names, row labels are passed over. */
    private readonly columns?: ListColumns,
  ) {
    this.pos = start;
  }
  private labelAt(at: number): readonly [number, number] | undefined {
    // Asked of every word: most lists have no label cells, and no closure is made for them.
    if (!this.columns?.labels.length) return undefined;
    return this.columns.labels.find(([from, to]) => at >= from && at < to);
  }
  /**
   * Token k. Asked some forty times in the reader's loop: the read-ahead is kept out of this
   * path, so that inlined there it stays small (inlined whole, it made the loop's optimized
   * compile some 200 ms long, the reader running slowly meanwhile).
   */
  at(k: number): Tok | undefined {
    return k < this.buf.length ? this.buf[k] : this.readTo(k);
  }
  private readTo(k: number): Tok | undefined {
    while (this.buf.length <= k && !this.done) this.more();
    return this.buf[k];
  }
  private more() {
    // The shared WORD pattern (compiled to native code once), positioned for this reader.
    WORD.lastIndex = this.pos;
    let m = WORD.exec(this.text);
    // A row's label cell ("RAVELLE-LE-HAUT" before its delegates) names no one: passed over.
    for (let label = m && this.labelAt(m.index); m && label; label = m && this.labelAt(m.index)) {
      if (this.buf.length) this.buf.push({ s: ',', start: m.index, end: m.index, cls: 'SEP', word: CELL_BREAK });
      WORD.lastIndex = label[1];
      m = WORD.exec(this.text);
    }
    this.pos = WORD.lastIndex;
    if (!m || m.index >= this.end) {
      this.done = true;
      return;
    }
    let w = m[0];
    if (m.index + w.length > this.end) w = w.slice(0, this.end - m.index);
    if (this.columns?.gaps.has(m.index - 1) && this.buf.length) this.buf.push({ s: ',', start: m.index - 1, end: m.index - 1, cls: 'SEP', word: CELL_BREAK });
    for (const part of wordTokens(w)) {
      this.buf.push({ s: part.s, start: m.index + part.pos, end: m.index + part.pos + part.s.length, cls: part.cls, word: part.word });
    }
    // "MM. JUNG. BECKER. SCHMITT, KOCH.": OCR read the list's commas as full stops between names in capitals.
    if (w.length > 3 && w.endsWith('.') && stopBetweenNames(this.text, m.index)) {
      const comma = wordTokens(',')[0]!;
      this.buf.push({ s: ',', start: m.index + w.length - 1, end: m.index + w.length, cls: comma.cls, word: comma.word });
    }
  }
}

/** A name in capitals, a full stop, then another closed by a stop or a comma (or its line's end): a comma misread. */
const STOP_BETWEEN_NAMES = /\p{Lu}{3,}\.[ \t]+\p{Lu}{3,}(?:[.,;]|[ \t]*$)/muy;
/** STOP_BETWEEN_NAMES tried where a word ending on a full stop starts: no slice of the text for each sentence's end. */
function stopBetweenNames(text: string, at: number): boolean {
  STOP_BETWEEN_NAMES.lastIndex = at;
  return STOP_BETWEEN_NAMES.test(text);
}

/**
 * For a name in title case, whether it is written given name first ("Michèle Bourbier", "Jean
 * Martin"): when its first word is more surely a given name than its last. Otherwise, as
 * administrative lists write it ("Roger Sylvain", "Robert Jean-Paul"), family name first.
 */
const givenNameFirst = (first: string, last: string) => givenNameScore(first) > givenNameScore(last);

function makePerson(text: string, toks: readonly Tok[], civ: Tok | null): Person | null {
  const names = toks.filter((t) => t.cls !== 'CIV');
  if (!names.length || names.every((t) => t.cls === 'INIT')) return null;
  const ups = names.filter((t) => t.cls === 'UP');
  let surnameToks: Tok[];
  if (ups.length) {
    // Upper-case words are the family name, with the particles written between them.
    const first = names.indexOf(ups[0]!);
    const last = names.indexOf(ups[ups.length - 1]!);
    surnameToks = names.slice(first, last + 1);
  } else {
    const words = names.filter((t) => t.cls !== 'INIT');
    surnameToks = words.length >= 2 ? (givenNameFirst(words[0]!.s, words[words.length - 1]!.s) ? words.slice(1) : words.slice(0, -1)) : words;
    // A particle opens a family name, it never closes one: "Mme Da Silva", "M. Le Bihan" are
    // family names whole, not "Da" and "Le" before a given name. In lower case it is an article
    // ("Monsieur le Président"), and before an office too ("Madame La Maire").
    const closesOn = (t: Tok) => t.word.particle && /^\p{Lu}/u.test(t.s);
    while (surnameToks.length < words.length && closesOn(surnameToks[surnameToks.length - 1]!) && !isOfficeWord(words[words.indexOf(surnameToks[surnameToks.length - 1]!) + 1]!.s)) {
      surnameToks = words.slice(words.indexOf(surnameToks[0]!), words.indexOf(surnameToks[surnameToks.length - 1]!) + 2);
    }
  }
  // A name of particles alone is a stray "de", "La", unless written in capitals as a whole ("LE DU").
  const particlesOnly = surnameToks.every((t) => t.word.particle);
  if (!surnameToks.length || (particlesOnly && !(surnameToks.length >= 2 && surnameToks.every((t) => t.cls === 'UP')))) return null;
  // A name wrapped over a line break ("LE\nGALL") is one name, written with a space.
  const surname = oneSpace(text.slice(surnameToks[0]!.start, surnameToks[surnameToks.length - 1]!.end));
  const given = names.filter((t) => !surnameToks.includes(t));
  const first = civ ?? toks[0]!;
  const last = toks[toks.length - 1]!;
  return {
    raw: text.slice(first.start, last.end),
    civility: civ ? civ.word.civility : null,
    givenName: given.length ? given.map((t) => t.s).join(' ') : null,
    surname,
    role: null,
    span: { start: first.start, end: last.end },
  };
}

/**
 * Splits a run of name words (no separators) into people. The order of the first
 * person decides the convention: "FERRÉ Charles …" is family name first, "Evelyne BOSSU …"
 * given name first; a civility always starts a new person.
 */
function splitRun(text: string, run: readonly Tok[]): Person[] {
  const people: Person[] = [];
  let i = 0;
  while (i < run.length) {
    let civ: Tok | null = null;
    if (run[i]!.cls === 'CIV') {
      civ = run[i]!;
      i++;
      while (i < run.length && run[i]!.cls === 'CIV') i++; // "Mesdames et Messieurs"
    }
    const startI = i;
    const isName = (t: Tok | undefined) => t !== undefined && t.cls !== 'CIV';
    if (i >= run.length) break;
    if (run[i]!.cls === 'UP') {
      // Family name first: UP+ then given names up to the next upper-case word.
      while (i < run.length && (run[i]!.cls === 'UP' || run[i]!.word.particle)) i++;
      while (i < run.length && (run[i]!.cls === 'TITLE' || run[i]!.cls === 'INIT')) i++;
    } else {
      // Given names first, then the upper-case family name.
      while (i < run.length && (run[i]!.cls === 'TITLE' || run[i]!.cls === 'INIT' || run[i]!.word.particle)) {
        i++;
      }
      if (i < run.length && run[i]!.cls === 'UP') {
        while (i < run.length && (run[i]!.cls === 'UP' || (run[i]!.word.particle && run[i + 1]?.cls === 'UP'))) i++;
      } else if (civ === null && (run.slice(startI, i).filter((t) => !t.word.particle).length > 2 || run.some((t) => t.cls === 'UP'))) {
        // ("Hervé Le Gall": a particle is no third word.)
        // Title-case words without civility or upper case, among upper-case names: not a name.
        continue;
      }
    }
    const toks = run.slice(startI, i).filter(isName);
    const p = makePerson(text, civ ? [civ, ...toks] : toks, civ);
    if (p) people.push(p);
    if (i === startI) i++;
  }
  return people;
}

/**
 * Reads the people of a list between `start` and `end`, with what the words around
 * each one say: "excusé(e)", "pouvoir à NAME", "procuration à NAME", "représenté par NAME".
 */
export function parsePersonList(text: string, start: number, end: number): ListEntry[] {
  return readPersonList(text, start, end).entries;
}

/** What notes a late arrival before the member's name. Folded. */
const ARRIVAL = new Set(['arrivee', 'arrive', 'arrivees', 'arrives']);
/**
 * What a delegate's seat is, after their name ("M. X, délégué suppléant, remplaçant M. Y", "siégeant en remplacement de M. Y", "Y, représentant des locataires"): words
 * of the list, not of a sentence, so they do not count towards the prose that ends it.
 */
const SEAT_WORDS = new Set(['delegue', 'deleguee', 'suppleant', 'suppleante', 'titulaire', 'remplacant', 'remplacante', 'representant', 'representante', 'siegeant', 'remplacement']);

/** "épouse", "née", "veuve": what joins a member's two family names. Folded. */
const MARRIED = new Set(['epouse', 'ep', 'epse', 'nee', 'veuve', 'vve']);

/**
 * Lower-case words that stand alone in a list and are not names: "néant", and the labels of a
 * counts box read one a line ("en exercice / présents / pouvoirs / votants / 29 / 22 / 4 / 26").
 */
const NOT_NAMES = new Set([
  'neant', 'aucun', 'aucune', 'idem', 'sans', 'nul', 'nulle', 'personne',
  'votants', 'votant', 'presents', 'present', 'exprimes', 'pouvoirs', 'pouvoir', 'procurations', 'procuration',
  'absents', 'excuses', 'representes', 'exercice', 'suffrages', 'membres', 'conseillers',
  // What became of a member, after their name: "remplaçant M. X, empêché".
  'empeche', 'empechee', 'empeches', 'empechees', 'excuse', 'excusee', 'absent', 'absente',
  // "…, arrivé" / "en cours de séance": a late arrival's note cut by the line's end.
  'arrive', 'arrivee', 'arrives', 'arrivees', 'parti', 'partie', 'partis', 'parties',
  // "M. X (commune) qui" / "a donné pouvoir à M. Y": the relative pronoun the line's end cut from its clause.
  'qui',
]);

/**
 * Offices and bodies that lists name beside their members ("M. X, Maire ; …, Adjoints ;",
 * "Communauté de communes du Plateau : M. Y"): written alone, without a civility, they are not
 * members. Folded, singular; a final "s" or "e"/"es" is allowed.
 */
const OFFICE_WORDS = [
  'maire', 'adjoint', 'conseiller', 'conseillere', 'president', 'presidente', 'vice-president', 'vice-presidente',
  'secretaire', 'delegue', 'titulaire', 'suppleant', 'membre', 'representant', 'administrateur', 'directeur', 'directrice',
  'tresorier', 'tresoriere', 'rapporteur', 'elu', 'communaute', 'commune', 'syndicat', 'conseil', 'personnalite',
  'college', 'departement', 'region', 'agglomeration', 'ville', 'mairie', 'association', 'collectivite', 'canton',
  // The adjectives of offices: "Conseillers Municipaux", "Conseillère départementale déléguée".
  'municipal', 'municipaux', 'municipale', 'communautaire', 'departemental', 'departementaux', 'departementale',
  'regional', 'regionaux', 'regionale', 'syndical', 'syndicaux', 'general', 'generaux', 'generale', 'metropolitain',
  // The ranks of the deputies: "DÉSIRÉ Gérard, Premier Adjoint ; LOUISY Marcelle, Deuxième Adjoint".
  'premier', 'premiere', 'deuxieme', 'second', 'seconde', 'troisieme', 'quatrieme', 'cinquieme', 'sixieme', 'septieme', 'huitieme', 'neuvieme', 'dixieme',
];
/**
 * The ranks that boards of fire and rescue services list their officers by: "Colonel Éric X".
 * Offices as written only, never at an edit: "SERGEANT", one from "sergent", is a family name.
 */
const RANKS = ['colonel', 'lieutenant-colonel', 'commandant', 'capitaine', 'lieutenant', 'adjudant', 'sergent', 'caporal', 'medecin', 'infirmier'];
const OFFICES_AND_BODIES: ReadonlySet<string> = new Set([...OFFICE_WORDS, ...RANKS]);
/**
 * The word, or the word without its plural or feminine ending ("adjointes", "communes"); a
 * compound of them ("Maires-adjoints", "Conseillères-déléguées"). Asked of every word of a
 * list's names, which recur: memoized.
 */
export const isOfficeWord = memoizeWords((w: string): boolean => {
  const f = fold(w);
  if (OFFICES_AND_BODIES.has(f)) return true;
  // The endings are cut only from a word that has one: the others are the word itself, just looked up.
  const last = f[f.length - 1];
  if ((last === 's' || last === 'e') && (OFFICES_AND_BODIES.has(f.replace(/s$/, '')) || OFFICES_AND_BODIES.has(f.replace(/e?s?$/, '')))) return true;
  if (f.includes('-')) return f.split('-').every((part) => part !== '' && isOfficeWord(part));
  // As OCR may have read it ("Présldent", "Conseiler"): the long words of offices only, a short one is a name at one edit.
  return f.length >= 7 && LONG_OFFICES.some((o) => fuzzyEquals(f, o));
});
const LONG_OFFICES = OFFICE_WORDS.filter((o) => o.length >= 7 && !o.includes('-'));
/** Bodies named like a person: "Commune d'Epeigné-sur-Dème", "Ville de Saint-Aubin". Folded. */
const BODIES = new Set(['commune', 'communes', 'ville', 'communaute', 'syndicat', 'departement', 'region', 'mairie', 'canton', 'agglomeration', 'metropole', 'cc', 'ca', 'cu']);
/**
 * A "name" made of nothing but such words, or opening on a body's, without a civility; or with a
 * body's word in title case after a place's ("Brivolles Agglomération", "Région Auvergne").
 */
const isOffice = (p: Person) => {
  if (p.civility !== null) return false;
  const words = p.raw.trim().split(/\s+/);
  if (words.every(isOfficeWord) || BODIES.has(fold(words[0]!))) return true;
  // "Maire de Saint-Éloi", "Maire des Verrières", "Président du SIVOM": an office and where it is held.
  if (words.length >= 2 && isOfficeWord(words[0]!) && OF_PLACE.test(words[1]!)) return true;
  // No family name in capitals in it: "ALQUIER Jean-Claude Canton de Bassac" is a member and their canton.
  return !words.some((w) => /^\p{Lu}{2}/u.test(w)) && words.some((w) => /^\p{Lu}\p{Ll}/u.test(w) && BODIES.has(fold(w)));
};
/** The preposition between an office and its place: "de", "du", "des", "d'". */
const OF_PLACE = /^(?:de|du|des|d['’].*)$/u;
const isSep = (t: Tok | undefined) => t === undefined || t.cls === 'SEP';
/** A word of three letters or more followed by a full stop (dropped from the token): not "J." nor "M.". */
const closedByStop = (text: string, t: Tok) => t.s.length >= 3 && text[t.end] === '.';
/** Two words in title case or more on one line of a list, after any civility: a whole name. A doctor's title is none of its words ("Dr Hélène" / "VIGUIÉ"). */
const wholeNameOnLine = (line: readonly Tok[]) => line.filter((r) => r.cls === 'TITLE' && !HONORIFICS.has(r.s)).length >= 2;
/** The titles written before a member's name, no word of it. */
const HONORIFICS: ReadonlySet<string> = new Set(['Dr', 'Docteur', 'Pr', 'Professeur']);
/**
 * The rest of a member's description in lower case that a semicolon closes before the next
 * member's civility ("Mme X, Adjointe au Maire chargée des affaires scolaires ; M. Y", the civility closing its line or not), or a
 * group's label wrapped over two lines that a colon closes at a line's end, the members under it
 * ("Représentant des associations dont l'un des objets est … des personnes\ndéfavorisées :"):
 * the list goes on past it.
 */
const CLAUSE_THEN_MEMBER = /^[^;:\n]*(?:\n(?![ \t]*\n)[^;:\n]*){0,3}(?:;|:[ \t]*\n)[ \t\n]*(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame)[ \t\n]/u;

/** "la", "de" belong to a name only when a name follows ("de LA FONTAINE", "Albert De Rycke"): whether token k is a name's word. */
const nameAt = (toks: Tokens, k: number) => {
  const cls = toks.at(k)?.cls;
  return cls === 'UP' || cls === 'TITLE';
};

/** CLAUSE_THEN_MEMBER.test, after a look for the semicolon or colon it needs. */
const clauseThenMember = (s: string) => (s.includes(';') || s.includes(':')) && CLAUSE_THEN_MEMBER.test(s);

/** A line of a list one member a line: the member, a comma, what they stand for ("Mme X, représentante du conseil municipal"). */
// What they stand for may go on to whom they gave their proxy ("…, représentant la commune, qui a donné pouvoir à M. ROUX"): a civility's full stop is no sentence's.
const DESCRIBED_MEMBER_LINE = /^[ \t]*(?:[-•–][ \t]*)?(?:M\.|Mme|Mlle|Monsieur|Madame|Dr|Docteur)[ \t]+[^,;:.\n]{2,60},(?:[^.;:\n]|(?<=(?<![\p{L}])(?:M|MM|Dr))\.)*$/u;
/** A speaker's turn opening a line of a verbatim record: the speaker, a full stop, a dash ("M. COSTES. -", "Mme LA PRÉSIDENTE. –"). */
const SPEAKER_TURN = /^(?:M\.|Mme|Mlle)[ \t]+(?:(?:LE|LA)[ \t]+)?[\p{Lu}][\p{Lu}'’ -]{1,40}\.[ \t]*[-–—][ \t]/u;
const MEMBER_LINE_START = /^[ \t]*(?:[-•–][ \t]*)?(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame|Dr|Docteur)[ \t]/u;
/**
 * Whether the words in lower case at `at` describe the member their line names, the next line
 * naming the next member ("Mme Colette PERRAUD, représentante du conseil municipal" / "M. Roland
 * CHANUSSOT, …"): the list goes on past them.
 */
function describedMemberThenMember(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) return false;
  if (!DESCRIBED_MEMBER_LINE.test(text.slice(lineStart, lineEnd))) return false;
  return MEMBER_LINE_START.test(text.slice(lineEnd + 1, lineEnd + 20));
}

/**
 * Whether the words in lower case at `at` describe a member of a list one member a line whose
 * entry, maybe wrapped onto the next line, goes on to the holder of their proxy ("- M. Paul GRONDIN,
 * …, retenu par la réunion du" / "Conseil Général, qui a donné pouvoir à M. Georges AH-SOUNE").
 */
function describedMemberThenProxy(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  // The member, a comma, what they are: not a sentence of what they did ("Mme X a quitté la séance … et a donné pouvoir à M. Y").
  if (!DESCRIBED_MEMBER_OPENING.test(text.slice(lineStart, at))) return false;
  const entry = ENTRY_REST.exec(text.slice(at, at + 300));
  return entry !== null && PROXY_TO_MEMBER.test(entry[0]);
}
/** A line opening on a member, a comma after the name. */
const DESCRIBED_MEMBER_OPENING = /^[ \t]*(?:[-•–][ \t]*)?(?:M\.|Mme|Mlle|Monsieur|Madame|Dr|Docteur)[ \t]+[^,;:.\n]{2,60},/u;
/** The rest of an entry: to a semicolon, a blank line or the next member's line. */
const ENTRY_REST = /^[^;]*?(?=;|\n[ \t]*\n|\n[ \t]*(?:[-•–][ \t]*)?(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame)[ \t]|$)/u;
/** "qui a donné pouvoir à M. X": the proxy's word, its link, the holder's civility. */
const PROXY_TO_MEMBER = new RegExp(String.raw`(?:${PROXY_WORD})\s+[àa]\s+(?:M\.|Mme|Mlle|Monsieur|Madame)\s`, 'iu');

/** The words of a late arrival's note after "arrivé(e)": "en cours de séance", "au cours de la séance", "en retard". Folded. */
const ARRIVAL_NOTE = new Set(['en', 'cours', 'de', 'la', 'seance', 'au', 'retard', 'reunion']);
const MAX_ARRIVAL_NOTE = 7;

/** The last token of the note after the arrival's word at k (ARRIVAL_NOTE, across a line's end), or k. */
function arrivalNoteEnd(toks: Tokens, k: number): number {
  let j = k + 1;
  while (j - k <= MAX_ARRIVAL_NOTE && toks.at(j) && (toks.at(j)!.s === '\n' || ARRIVAL_NOTE.has(fold(toks.at(j)!.s.toLowerCase())))) j++;
  // Not past the line's end that closes the note.
  while (j - 1 > k && toks.at(j - 1)!.s === '\n') j--;
  return j - 1;
}

/** What may stand between a proxy's word and its holder's link ("pouvoir écrit de voter en son nom à M. X"). Folded. */
const PROXY_FILLER = new Set(['ecrit', 'ecrite', 'de', 'voter', 'en', 'son', 'nom', 'pour', 'le', 'la', 'representer', 'regulier', 'reguliere']);
const MAX_PROXY_FILLER = 8;

/** The last token of the words after the proxy's word at k that lead to its holder's link, or k where none do. */
function proxyWordsEnd(toks: Tokens, k: number): number {
  let j = k + 1;
  while (j - k <= MAX_PROXY_FILLER && toks.at(j) && (toks.at(j)!.s === '\n' || PROXY_FILLER.has(fold(toks.at(j)!.s.toLowerCase())))) j++;
  return j > k + 1 && PROXY_LINK.test(toks.at(j)?.s ?? '') ? j - 1 : k;
}

/** Token classes a person's name opens with. */
const NAME_START = new Set(['CIV', 'UP', 'TITLE']);

/** What parts the entries of a list on a line, and what closes one (its proxy's bracket may follow). */
const LIST_COMMA = new Set([',', ';']);
const ENTRY_CLOSE = new Set([',', ';', '.', '(']);

/** Title-case words that open a sentence, not a name. */
const SENTENCE_OPENERS = new Set(
  ['le', 'la', 'les', 'il', 'elle', 'ils', 'elles', 'un', 'une', 'au', 'aux', 'en', 'par', 'pour', 'sur', 'dans',
    'apres', 'vu', 'considerant', 'ce', 'cette', 'son', 'sa', 'ses', 'nous', 'je', 'on', 'suite', 'seance', 'ordre',
    'nombre', 'date', 'lecture', 'vote', 'quorum', "l'an", 'votants', 'fait', 'certifie'],
);

/** Whether the line starting at token k is words in capitals only (three or more), no civility, no separator. */
function capitalsHeadingAt(toks: Tokens, k: number): boolean {
  let words = 0;
  for (let i = k; ; i++) {
    const t = toks.at(i);
    if (!t || t.s === '\n') break;
    if (t.cls === 'UP' || (t.word.particle && t.s === t.s.toUpperCase())) words++;
    else return false;
  }
  return words >= 3;
}

/** The words of a proxy an unaccented "a" may follow as its "à" ("pouvoir a M. X", "délégation a M. LE GOFF"). */
const PROXY_WORD_ALONE = new RegExp(String.raw`^(?:${PROXY_WORD}|d[ée]l[ée]gations?)$`, 'i');
/** A word in brackets after a name that says what the member is: a proxy, represented, excused, absent. */
const STATUS_INSIDE = new RegExp(String.raw`^(?:${PROXY_WORD}|d[ée]l[ée]gation|repr[ée6]sent[ée6]e?s?|excus(?:[ée6]e?s?)?|absente?s?)$`);

/**
 * Whether "a" at token k is "à" without its accent (typed or read by OCR so): after "pouvoir",
 * or between two names ("M. Paul DURAND a Mme Anne MARTIN", also when a line break falls before
 * or after "a" and the name before it has no proxy yet). Elsewhere it is the verb.
 */
function unaccentedLink(toks: Tokens, k: number, inName: boolean, entries: readonly ListEntry[]): boolean {
  const before = toks.at(k - 1)?.s ?? '';
  if (PROXY_WORD_ALONE.test(before)) return true;
  // "a donné pouvoir écrit a M. X": the proxy's word, then a word or two of PROXY_FILLER.
  for (let b = k - 1; b >= Math.max(0, k - 3) && PROXY_FILLER.has(fold((toks.at(b)?.s ?? '').toLowerCase())); b--) if (PROXY_WORD_ALONE.test(toks.at(b - 1)?.s ?? '')) return true;
  // "Mme Laurence MIGNOT (Sombreval) a M. DUCHESNE": the giver's commune in brackets between.
  const afterBracket = before === ')' && entries.length > 0 && !entries[entries.length - 1]!.proxy;
  const afterName = inName || afterBracket || (before === '\n' && entries.length > 0 && !entries[entries.length - 1]!.proxy);
  // The holder may open the next line ("M. VERNIZEAU a" / "M. DESVIGNES").
  const next = toks.at(k + 1)?.s === '\n' ? k + 2 : k + 1;
  return afterName && NAME_START.has(toks.at(next)?.cls ?? '');
}

/**
 * Whether the line starting at token k opens a numbered point ("1. Informations du maire",
 * "2) Travaux de voirie"): a number, its dot or bracket, a word with a capital, then lower case.
 * A numbered list of members ("1. M. DUPONT", "2. Dupont Jean") does not read so.
 */
function numberedHeadingAt(text: string, toks: Tokens, k: number): boolean {
  const num = toks.at(k);
  if (num?.cls !== 'NUM') return false;
  const word = toks.at(k + 1)?.s === ')' ? k + 2 : k + 1;
  const title = toks.at(word);
  return title?.cls === 'TITLE' && toks.at(word + 1)?.cls === 'LOWER' && /^\s*[.)\-–:]\s*$/.test(text.slice(num.end, title.start));
}

/** A group's label before its colon, at a line start: words, no civility, no figure. */
// Dots only inside an acronym ("E.P.C.I.", "C.C.A.S."), never a sentence's end.
const GROUP_LABEL = /^[ \t]*(?:[-–•][ \t]*)?(?!(?:M\.|MM\.|Mme|Mlle|Monsieur|Madame|Mesdames|Messieurs)[\s,])\p{L}(?:[\p{L}'’(), -]|(?<![\p{L}])\p{Lu}\.(?:\p{Lu}\.)+){2,80}?[ \t]*:(?=[ \t]*\S)/u;

/** The label of a note on the sitting a form prints after its lists. */
const SITTING_NOTE_LINE = /^quorum[ \t]*:/iu;

/** Labels of those who attend without being members: the staff, guests, advisers; "Asslstaient", "Asaistait" as OCR may read it. */
const NOT_MEMBERS_LABEL = /^[ \t]*(?:[-–•][ \t]*)?(?:as[sa][il1]st|[ée]galement|invit|particip|personnel|services?\b|avec\s+voix\s+consultative|membres?\s+(?:avec\s+voix\s+)?consultati)/iu;

/** A line opening on "Assistait", "Assistaient" (in capitals or not): those who attended without being members follow. */
const ASSISTED_OPENING = /^as[sa][il1]stai(?:en)?t(?![\p{L}])/iu;

/** Whether the line at `at` is a label of those who are no members, alone on its line and closed by its colon. */
function notMembersHeading(text: string, at: number, end: number): boolean {
  const lineEnd = text.indexOf('\n', at);
  const line = text.slice(at, lineEnd < 0 || lineEnd > end ? end : lineEnd).trimEnd();
  return line.endsWith(':') && line.length <= 80 && NOT_MEMBERS_LABEL.test(line);
}

/** "Assistaient : …", "Invités : …" opening the line at `at`: a short label of those who are no members, its colon on its line. */
function notMembersLabelled(text: string, at: number): boolean {
  const head = text.slice(at, at + 40);
  const colon = head.indexOf(':');
  return colon > 0 && !head.slice(0, colon).includes('\n') && NOT_MEMBERS_LABEL.test(head.slice(0, colon));
}

/** Whether the line at `at` opens on those who attended without being members: "Assistaient également …", "Invités : …". */
export function opensNotMembers(text: string, at: number): boolean {
  return ASSISTED_OPENING.test(text.slice(at, at + 40)) || notMembersLabelled(text, at);
}

/** Where the group label opening the line at `at` ends (after its colon), or -1. Only labels with a word in lower case: a name in capitals before a colon is read by the list itself. */
function groupLabelEnd(text: string, at: number, end: number): number {
  // The label's colon stands on its line (no line break before it): a line without one is passed
  // over before the /u pattern is tried on it.
  const until = Math.min(end, at + 100);
  // Looked for in the label's reach only: a list without colons would search on to the document's next one at each line.
  const inReach = text.slice(at, until).indexOf(':');
  if (inReach < 0) return -1;
  const colon = at + inReach;
  const lineEnd = text.indexOf('\n', at);
  if (lineEnd >= 0 && lineEnd < colon) return -1;
  const m = GROUP_LABEL.exec(text.slice(at, until));
  if (!m || !/\s\p{Ll}{2,}/u.test(m[0]) || m[0].split(/\s+/).filter(Boolean).length < 3) return -1;
  return at + m[0].length;
}

/**
 * In a list whose members nearly all carry a civility, a line that is nothing but words in capitals
 * without one ("CHÉRIGNY", "LA BRÉJOTTE" over "M. Franck BOUTIN") names their commune, no member.
 */
function withoutPlaceLines(text: string, entries: ListEntry[]): ListEntry[] {
  const civil = entries.filter((e) => e.person.civility !== null).length;
  if (civil < 5 || civil < entries.length * 0.6) return entries;
  return entries.filter((e) => {
    const p = e.person;
    if (p.civility !== null || p.givenName !== null || !p.span || e.proxy) return true;
    const start = text.lastIndexOf('\n', p.span.start - 1) + 1;
    const end = text.indexOf('\n', p.span.end);
    const line = text.slice(start, end < 0 ? text.length : end).trim();
    return !(line === p.raw.trim() && /^[\p{Lu}'’ -]+$/u.test(line));
  });
}

/**
 * What the line break at token k does to the list readPersonList reads: ends it ('end'), is
 * passed over, the entry going on ('over'), wraps a name whose family name is still to come
 * ('wrap', a new line of the run starts), or nothing (null). Out of the reader's loop, which the
 * JIT compiles the sooner the smaller it is.
 */
function atLineBreak(
  text: string,
  toks: Tokens,
  k: number,
  run: readonly Tok[],
  lineStart: number,
  prose: boolean,
  civilities: number,
  entries: readonly ListEntry[],
): 'end' | 'over' | 'wrap' | null {
  if (civilities > 0 && civilities >= entries.length && capitalsHeadingAt(toks, k + 1)) {
    // "M. J. CAMBON\nENVIRONNEMENT NUMÉRIQUE DE TRAVAIL": where no blank line separates them
    // (a PDF text layer, OCR), a line of capitals without civility after a list of
    // "M. X" entries is the next heading, not more members.
    return 'end';
  }
  if (numberedHeadingAt(text, toks, k + 1)) return 'end';
  // "… TOUSSAINT (André)." / "M. PIERSON, Secrétaire du Bureau, assure le secrétariat …": after
  // a list closed by its full stop, a line that is a sentence about a member is no more of it.
  if (sentenceAfterStop(text, toks.at(k)!.start)) return 'end';
  // "… M. DA SILVA\nManuel, Mme GUÉRIN Anne-Sophie": in a list that writes the family name
  // first, a given name alone at the start of the next line is the end of this entry.
  if (givenNameWrapped(toks, k, run, entries)) return 'over';
  // "Monsieur Yann LE\nBIHAN": a particle closing the line, the family name on the next.
  if (run.length && run[run.length - 1]!.word.particle && toks.at(k + 1)?.cls === 'UP') return 'over';
  // A name closed by a full stop ("… Christophe Pech.") is complete, and so is a line of two
  // words in title case ("Jean Martin"): the next line is another name.
  if (run.length && !run.some((r) => r.cls === 'UP') && !prose && !closedByStop(text, run[run.length - 1]!) && !wholeNameOnLine(run.slice(lineStart))) {
    // "Monsieur Michel\nLEBLANC": the family name is still to come on the next line.
    return 'wrap';
  }
  return null;
}

/** The verbs of a sentence about a member after the lists ("assure le secrétariat", "est désigné"). */
const SENTENCE_VERB = /(?<![\p{L}])(?:assure|assurera|remplit|remplira|est|sont|a\s+été|ont\s+été|préside|ouvre|prend|déclare|constate|informe)(?![\p{L}])/u;

/** Whether the line break at `at` closes a line ending on a full stop, and opens a sentence with a verb. */
function sentenceAfterStop(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
  // A sentence's stop, after a word in small letters or a bracket; not a civility's ("de M.") nor an initial's.
  if (text[before] !== '.' || !/[\p{Ll})]/u.test(text[before - 1] ?? '')) return false;
  const end = text.indexOf('\n', at + 1);
  return SENTENCE_VERB.test(text.slice(at + 1, end < 0 ? text.length : end));
}

/** A given name alone in brackets: "ANDRÉ (Jean)", "DIDELOT (Marie-Thérèse)". */
const BRACKETED_GIVEN = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * An old register's member, family name first, given name in brackets ("MM. ADAM (Roger), ANDRÉ
 * (Jean)"): the given name is the member's, where none was read; it tells apart two of one family
 * ("ANDRÉ (Jean)" present, "ANDRÉ (Pierre)" excused).
 */
function givenInBrackets(text: string, toks: Tokens, open: number, close: number, entries: ListEntry[]): void {
  const from = toks.at(open)!;
  const to = toks.at(close);
  const prev = entries[entries.length - 1];
  if (!to || to.s !== ')' || !prev || prev.person.givenName !== null || !prev.person.span || text.slice(prev.person.span.end, from.start).trim()) return;
  const inner = text.slice(from.end, to.start).trim();
  if (BRACKETED_GIVEN.test(inner) && givenNameScore(inner) > 0) prev.person = { ...prev.person, givenName: inner };
}

/**
 * At the "(" of token k: where its brackets close (or the look stops, 40 tokens on), and whether
 * they are passed over. Parentheses hold an affiliation or a comment, never a member: skipped,
 * unless they say who holds the proxy ("M. DUPONT (pouvoir à M. MARTIN)"). Out of readPersonList's
 * loop, which the JIT compiles the sooner the smaller it is.
 */
function bracketAt(toks: Tokens, k: number): { close: number; skip: boolean; arrived: boolean } {
  let close = k;
  const inside: string[] = [];
  while (toks.at(close) && toks.at(close)!.s !== ')' && close < k + 40) {
    if (close > k) inside.push(toks.at(close)!.word.lower);
    close++;
  }
  // "Mme FAYOLLE (à M. GUILLOT)": the holder of the proxy, in brackets.
  const holder = /^(?:à|a)$/.test(inside[0] ?? '') && /^(?:m\.?|mme|mr|monsieur|madame)$/.test(inside[1] ?? '');
  // "(suppléant de Mme X, titulaire excusée)": the status is the member's it names, not this one's.
  const substitute = /^(?:suppl[ée]ante?|rempla[çc]ante?)$/.test(inside[0] ?? '') || (inside[0] === 'en' && /^remplacement$/.test(inside[1] ?? ''));
  // "(arrivé à 19 h 25 ; pouvoir à Mme X jusqu'à son arrivée)": who came late sat; the
  // proxy they gave until then is not their status.
  const arrived = inside.some((w) => ARRIVAL.has(fold(w)));
  const skip = substitute || arrived || (!holder && !inside.some((w) => STATUS_INSIDE.test(w)));
  return { close, skip, arrived };
}

/**
 * The role of a proxy's holder named by office ("pouvoir à M. le Maire", "par Monsieur le
 * Président"): the pipeline puts the sitting's president in their place, who is that office.
 */
export const HOLDER_BY_OFFICE = 'holder by office';
const HOLDER_OFFICE = /^(?:maire|pr[ée]sidente?)$/u;

/** "le Conseil Municipal", "l'Assemblée": an article, then an office's or a body's word, from token `k` on. */
function bodyAt(toks: Tokens, k: number): boolean {
  const article = toks.at(k);
  const word = toks.at(k + 1);
  return !!article && !!word && /^(?:le|la|les|l['’])$/.test(article.word.lower) && (isOfficeWord(word.s) || /^assembl[ée]e$/u.test(word.word.lower));
}

/** "M. le Maire", "Madame la Présidente", "le Président" from token `k` on, as a holder; null otherwise. */
function officeHolderAt(text: string, toks: Tokens, k: number): { holder: Person; last: number } | null {
  let i = k;
  const civility = toks.at(i)?.cls === 'CIV' ? toks.at(i)! : null;
  if (civility) i++;
  const article = toks.at(i);
  const office = toks.at(i + 1);
  if (!article || !office || !/^(?:le|la)$/.test(article.word.lower) || !HOLDER_OFFICE.test(office.word.lower)) return null;
  const from = (civility ?? article).start;
  const raw = oneSpace(text.slice(from, office.end));
  return { holder: { raw, civility: civility?.word.civility ?? null, givenName: null, surname: office.s, role: HOLDER_BY_OFFICE, span: { start: from, end: office.end } }, last: i + 1 };
}

/** A name particle written in capitals ("LE", "DU"), as a family name of particles alone is. */
const isCapitalParticle = (t: { s: string; word: { particle: boolean } } | undefined): boolean => !!t && t.word.particle && t.s.length >= 2 && t.s === t.s.toUpperCase();

/**
 * Like parsePersonList, and also says where the list stops: at the end of its last
 * name, before the first sentence that follows it (three lower-case words in a row).
 */
export function readPersonList(text: string, start: number, end: number, columns?: ListColumns): { entries: ListEntry[]; end: number } {
  const toks = new Tokens(text, start, end, columns);
  const entries: ListEntry[] = [];
  let listEnd = start;
  let lowerRun = 0;
  let bracketEnd = -1;
  let run: Tok[] = [];
  /** Index in `run` where the current line began: a name may continue over a line break. */
  let lineStart = 0;
  let prose = false;
  const semicolon = text.indexOf(';', start);
  const semicolonList = semicolon >= 0 && semicolon < end;
  let linkPending = false;
  /** How many entries there were when an "et" joined the last of them to the next one, else -1. */
  let joinedByEt = -1;

  const flush = () => {
    if (!run.length) return;
    const people = prose ? [] : splitRun(text, run).filter((p) => !isOffice(p));
    run = [];
    lineStart = 0;
    for (const p of people) {
      listEnd = Math.max(listEnd, p.span!.end);
      const prev = entries[entries.length - 1];
      if (linkPending && prev && !prev.proxy) {
        prev.proxy = p;
        linkPending = false;
        // "Martine GIRARDOT et Laurence BULLE à Francis VUILLEMIN": both gave their proxy to him.
        const before = entries[entries.length - 2];
        if (before && !before.proxy && joinedByEt === entries.length - 1) before.proxy = p;
      } else {
        entries.push({ person: p, status: null, proxy: null });
      }
    }
  };

  let civilities = 0;
  for (let k = 0; toks.at(k); k++) {
    // "Membres élus du conseil municipal : Mme X, …": the label of a group opening a line of the
    // list, however many words it has, is passed over (counted as prose it would end the list).
    if ((k === 0 || toks.at(k - 1)!.s === '\n') && toks.at(k)!.s !== '\n') {
      const colon = groupLabelEnd(text, toks.at(k)!.start, end);
      // "Assistaient à la séance :", "Invités :": who follows is not a member; the list is over.
      if (colon > 0 && NOT_MEMBERS_LABEL.test(text.slice(toks.at(k)!.start, colon))) break;
      // "Quorum : atteint": a note of the sitting after the lists, no group of them.
      if (SITTING_NOTE_LINE.test(text.slice(toks.at(k)!.start, toks.at(k)!.start + 12))) break;
      // So with the label alone on its line, in capitals or not ("ASSISTAIENT EGALEMENT A LA SEANCE :"),
      // or a word before its colon and those who assisted after it ("Assistaient : M. X, Secrétaire Général").
      if (colon < 0 && (notMembersHeading(text, toks.at(k)!.start, end) || notMembersLabelled(text, toks.at(k)!.start))) break;
      // "Assistait égale-" / "ment avec voix consultative : …": the label wrapped before its colon.
      if (colon < 0 && ASSISTED_OPENING.test(text.slice(toks.at(k)!.start, toks.at(k)!.start + 40))) break;
      // "M. LE PRESIDENT. - Mes chers collègues, …": a speaker's turn in a verbatim record, no member of the list.
      if (colon < 0 && SPEAKER_TURN.test(text.slice(toks.at(k)!.start, toks.at(k)!.start + 60))) break;
      if (colon > 0) {
        while (toks.at(k + 1) && toks.at(k + 1)!.start < colon) k++;
        flush();
        lowerRun = 0;
        prose = false;
        continue;
      }
    }
    const t = toks.at(k)!;
    const lower = t.word.folded;
    const lowerCase = t.word.lower;
    // "Mme Marie LEBON épouse\nTECHER": the name by marriage (or birth) is the same member's.
    if (MARRIED.has(lower) && t.cls !== 'UP' && run.some((r) => r.cls === 'UP')) {
      if (toks.at(k + 1)?.s === '\n') k++;
      while (toks.at(k + 1)?.cls === 'UP') k++;
      continue;
    }
    // "Arrivée de Mme VALLÉE à 20h25": a member who came late is present; the note leads to their name.
    if (ARRIVAL.has(lower) && t.cls !== 'UP' && /^(?:de|du|d['’])$/i.test(toks.at(k + 1)?.s ?? '')) {
      flush();
      k++;
      continue;
    }
    if (t.cls === 'CIV') civilities++;
    if (t.s === '\n') {
      const brk = atLineBreak(text, toks, k, run, lineStart, prose, civilities, entries);
      if (brk === 'end') break;
      if (brk === 'over') continue;
      if (brk === 'wrap') {
        lineStart = run.length;
        continue;
      }
    }
    if (t.s === ':' && !run.length) {
      // "… – PRONVILLE-LES-PRÉS\n: Mme X": a label whose colon the layout put on the next line.
      const prev = entries[entries.length - 1];
      if (prev && !prev.person.civility && !prev.proxy && prev.person.span && !text.slice(prev.person.span.end, t.start).trim()) entries.pop();
    }
    if (t.s === ':' && run.length) {
      // "Beaumont-Louestault : M. …": what precedes a colon is a label, not a member; unless it
      // reads as a person (a civility), which OCR turned a comma into a colon after.
      const tail = run.slice(lineStart);
      if (!tail.some((r) => r.cls === 'CIV')) run = run.slice(0, lineStart);
    }
    if (t.cls === 'SEP') {
      flush();
      if (t.s === '(') {
        const bracket = bracketAt(toks, k);
        givenInBrackets(text, toks, k, bracket.close, entries);
        // "M. Joseph HAAS (arrivé au cours du point 3)": the note of the member just named.
        const named = entries[entries.length - 1];
        if (bracket.arrived && named?.person.span && !text.slice(named.person.span.end, t.start).trim()) named.arrived = true;
        if (bracket.skip) k = bracket.close;
        // Read for its proxy, a comment in brackets ("(arrivé à 19 h 25 ; pouvoir à Lucie PONS
        // jusqu'à son arrivée)") is prose that ends at its bracket, not the list.
        else bracketEnd = bracket.close;
      }
      if (t.s === ')') lowerRun = 0;
      // A member's description wrapped in a list whose entries a semicolon parts ("représentant la
      // Caisse Primaire" / "d'Assurance Maladie ; MATTEI Xavier"): the words on the next line are still its.
      const describing = prose && t.s === '\n' && semicolonList && !isSep(toks.at(k - 1)) && !/[.!?][ \t]*$/.test(text.slice(Math.max(0, t.start - 4), t.start));
      if ((t.s !== ':' || !linkPending) && !describing) prose = false;
      continue;
    }
    if (t.cls === 'NUM') {
      flush();
      continue;
    }
    if (t.cls === 'ET') {
      flush();
      joinedByEt = entries.length;
      continue;
    }
    const cues = t.word;
    const status = cues.status;
    if (status && t.cls !== 'UP') {
      flush();
      const prev = entries[entries.length - 1];
      if (prev && !prev.proxy) prev.status = status[1];
      if (prev) listEnd = Math.max(listEnd, t.end);
      continue;
    }
    // "…, arrivée" / "en cours de séance (affaire n° 2)": a late arrival's note, the list goes on after it.
    if (t.cls !== 'UP' && ARRIVAL.has(fold(lower))) {
      flush();
      k = arrivalNoteEnd(toks, k);
      continue;
    }
    const isLead = cues.lead && t.cls !== 'UP';
    // "arrivée à 18h58": "à" before a time links no proxy; the time is passed over with it.
    if (cues.link && t.cls !== 'UP' && toks.at(k + 1)?.cls === 'NUM') {
      flush();
      k++;
      continue;
    }
    // "membre désigné par M. le Préfet": "par" in a description's prose names no proxy's holder.
    const isLink = cues.link && t.cls !== 'UP' && !(prose && lower === 'par') && (lowerCase !== 'a' || unaccentedLink(toks, k, run.length > 0, entries));
    if (isLink && entries.length + (run.length ? 1 : 0) > 0) {
      flush();
      // "M. Daniel IRENEE par M. le Maire ;": the holder named by office, no name to read.
      const office = officeHolderAt(text, toks, k + 1);
      const prev = entries[entries.length - 1];
      // "membres élus par le Conseil Municipal": a body after "par", no holder; a description's words.
      if (!office && lower === 'par' && bodyAt(toks, k + 1)) {
        prose = true;
        continue;
      }
      if (office && prev && !prev.proxy) {
        prev.proxy = office.holder;
        listEnd = Math.max(listEnd, office.holder.span!.end);
        k = office.last;
        continue;
      }
      linkPending = true;
      prose = false;
      continue;
    }
    if (isLead || lower === 'ayant' || lower === 'donne' || lower === 'par') {
      flush();
      // "Pouvoir de M. X à M. Y": "de" belongs to the lead, the giver follows.
      if (isLead && /^(?:de|du)$/i.test(toks.at(k + 1)?.s ?? '')) k++;
      // "donné pouvoir écrit de voter en son nom à M. X": the words between the proxy and its holder's link say what it is.
      else if (isLead) k = proxyWordsEnd(toks, k);
      continue;
    }
    // "lauret, olivier, pare": a lone lower-case word between separators is a family name.
    // Not in a list of civilities, where a word in lower case opening a line ends the description
    // the line before broke ("délégué de l'Education\nnationale, membre …").
    const wrapped = civilities > 0 && toks.at(k - 1)?.s === '\n' && !isSep(toks.at(k - 2));
    if (t.cls === 'LOWER' && run.length === 0 && t.s.length >= 3 && !NOT_NAMES.has(lower) && !isOfficeWord(t.s) && isSep(toks.at(k - 1)) && isSep(toks.at(k + 1)) && !wrapped) {
      // Written out, not spread: a spread overriding `cls` would make every token's shape a
      // mutable-field one and throw the optimized readers of tokens (makePerson) back (a deopt).
      run.push({ s: t.s, start: t.start, end: t.end, cls: 'TITLE', word: t.word });
      lowerRun = 0;
      continue;
    }
    // "…, Le Bourgeois (pouvoir à M. Cauvin), …": a particle and one word in title case, set off in
    // a list, are a family name, no sentence's article; not an office ("…, Le Maire, …").
    const particleName = t.word.particle && LIST_COMMA.has(toks.at(k - 1)?.s ?? '') && toks.at(k + 1)?.cls === 'TITLE' && !isOfficeWord(toks.at(k + 1)!.s) && ENTRY_CLOSE.has(toks.at(k + 2)?.s ?? '');
    const opener = t.cls === 'TITLE' && run.length === 0 && SENTENCE_OPENERS.has(lower) && !particleName;
    // "… et de M. Kévin DESRUELLES": "de" before a civility joins the entries, it is no name's.
    if (run.length === 0 && /^(?:de|d['’])$/i.test(t.s) && toks.at(k + 1)?.cls === 'CIV') continue;
    // "Mme LE DU à M. GUILLOU": particles in capitals after a civility, two at least, are the family name.
    const particlesInCapitals = isCapitalParticle(t) && run.length > 0 && run[0]!.cls === 'CIV' && run.slice(1).every(isCapitalParticle) && (run.length > 1 || isCapitalParticle(toks.at(k + 1)));
    const strayParticle = t.word.particle && !particlesInCapitals && !nameAt(toks, k + 1) && !(toks.at(k + 1)?.s === '\n' && toks.at(k + 2)?.cls === 'UP');
    if ((t.cls === 'LOWER' && !t.word.particle) || opener || strayParticle) {
      // A sentence word: whatever follows up to the next separator is prose, not names.
      flush();
      prose = true;
      if (!SEAT_WORDS.has(fold(lower)) && ++lowerRun >= 3 && k > bracketEnd && !clauseThenMember(text.slice(t.end, t.end + 300)) && !describedMemberThenMember(text, t.end) && !describedMemberThenProxy(text, t.end)) break;
      continue;
    }
    lowerRun = 0;
    run.push(t);
  }
  flush();
  return { entries: withoutPlaceLines(text, orientTitleCaseNames(entries)), end: listEnd };
}

/**
 * At the line break `k`: the entry being read is a family name in capitals with no given name
 * yet, the next line opens on one word in title case that ends its entry, and the list writes
 * family names first ("LHERMITTE Patrice"). That word is this entry's given name.
 */
function givenNameWrapped(toks: Tokens, k: number, run: readonly Tok[], entries: readonly ListEntry[]): boolean {
  const last = run[run.length - 1];
  if (!last || last.cls !== 'UP') return false;
  // A run of names with no separator ("AUGER Michel BALLANGER Jean-Paul BRUNETEAU"), family names
  // first as its opening shows: the entry being read is its capitals after the last given name.
  const runFamilyFirst = run[0]!.cls === 'UP' && run.some((r) => r.cls === 'TITLE');
  if (run.some((r) => r.cls === 'TITLE') && !runFamilyFirst) return false;
  const next = toks.at(k + 1);
  const after = toks.at(k + 2);
  // "ANCELIN\nJimmy à M. PIERRE": the given name may be followed by the proxy's link, and
  // "FILIPPI\nJean-Baptiste et SUSINI Antoine" by the "et" that joins the next member.
  // "BRUNETEAU\nClaude CHAIGNEAU Jacques": or by the next member's family name and given name.
  const nextMember = after?.cls === 'UP' && toks.at(k + 3)?.cls === 'TITLE';
  if (next?.cls !== 'TITLE' || (after && after.cls !== 'SEP' && after.cls !== 'ET' && after.s !== '\n' && !PROXY_LINK.test(after.s) && !nextMember)) return false;
  return runFamilyFirst || entries.some((e) => e.person.givenName !== null && e.person.raw.indexOf(e.person.surname) < e.person.raw.lastIndexOf(e.person.givenName)) || familyFirstAhead(toks, k + 2);
}

/** How many tokens past a wrapped given name the list's next entries are read for the order they write names in. */
const ORDER_LOOKAHEAD = 30;

/**
 * "M. GIRAUD, Président, Mme ROUVIER" / "Yvette, Vice-Présidente, MM. BLANC Marius, …": no entry read
 * yet tells the order, the next one on the line does. Whether, from `from`, a family name in capitals
 * is followed by a given name before any given name by a family name (offices passed over).
 */
function familyFirstAhead(toks: Tokens, from: number): boolean {
  for (let j = from; j < from + ORDER_LOOKAHEAD; j++) {
    const a = toks.at(j);
    const b = toks.at(j + 1);
    if (!a || !b) return false;
    if (a.cls === 'UP' && b.cls === 'TITLE' && !isOfficeWord(b.s)) return true;
    if (a.cls === 'TITLE' && b.cls === 'UP' && !isOfficeWord(a.s)) return false;
  }
  return false;
}

/** A two-word name in title case, its words in the order written, and whether the family name came first. */
function titleCaseWords(p: Person): { first: string; last: string; familyFirst: boolean } | null {
  const given = p.givenName;
  if (!given || /[\s.]/.test(given) || /\s/.test(p.surname) || !/\p{Ll}/u.test(p.surname)) return null;
  const familyFirst = p.raw.indexOf(p.surname) < p.raw.lastIndexOf(given);
  return familyFirst ? { first: p.surname, last: given, familyFirst } : { first: given, last: p.surname, familyFirst };
}

/**
 * A list keeps one order. Where its names in title case tell it (a given name known on one side
 * only: "Michèle Bourbier"), the names that do not ("Bernard Robert", two given names) are read
 * in the same order.
 */
function orientTitleCaseNames(entries: ListEntry[]): ListEntry[] {
  let votes = 0;
  // Each member and each proxy's holder, without an array of them.
  const vote = (p: Person) => {
    const w = titleCaseWords(p);
    if (!w) return;
    const a = givenNameScore(w.first);
    const b = givenNameScore(w.last);
    if (a !== b) votes += a > b ? 1 : -1;
  };
  for (const e of entries) {
    vote(e.person);
    if (e.proxy) vote(e.proxy);
  }
  if (votes <= 0) return entries;
  const flip = (p: Person): Person => {
    const w = titleCaseWords(p);
    if (!w || !w.familyFirst || givenNameScore(w.first) !== givenNameScore(w.last)) return p;
    return { ...p, givenName: w.first, surname: w.last };
  };
  return entries.map((e) => ({ ...e, person: flip(e.person), proxy: e.proxy && flip(e.proxy) }));
}
