/**
 * How French minutes name the local authority they come from, as data. Patterns are written
 * in lower case and run on the lower-cased text (same offsets, see caseless.ts); the name
 * itself is then read in its own case by src/extract/authority.ts.
 */
import type { BodyType } from '../schema/minutes.ts';

/** The tier of government a name belongs to, to keep a member commune out of an EPCI's minutes. */
export type AuthorityLevel = 'commune' | 'ccas' | 'communaute' | 'syndicat' | 'departement' | 'region';

/** "de", "du", "des", "d'" between a word and the name it governs; an article stays with the name. */
const OF = String.raw`(?:\s+(?:de|du|des)\s+|\s+d['’]\s?)`;
/** An article before the kind word ("du conseil municipal de la commune de …"). */
const ART = String.raw`(?:(?:la|le|l['’])\s?)?`;

/** Authority kinds as written before their name, with the connector; `phrase`: the name may be several plain words ("Vexin Centre"). */
export const AUTHORITY_KINDS: ReadonlyArray<{ level: AuthorityLevel; pattern: string; phrase?: boolean }> = [
  { level: 'commune', pattern: String.raw`(?:commune|ville|mairie)${OF}` },
  { level: 'ccas', pattern: String.raw`(?:c\.\s?c\.\s?a\.\s?s\.?|ccas|centre\s+communal\s+d['’]\s?action\s+sociale)${OF}` },
  { level: 'communaute', pattern: String.raw`(?:communaut[ée]\s+(?:de\s+communes|d['’]\s?agglom[ée]ration|urbaine)|m[ée]tropole)(?:${OF}|\s+)`, phrase: true },
  { level: 'syndicat', pattern: String.raw`(?:syndicat(?:\s+(?:intercommunal|mixte|d[ée]partemental))?|sivom|sivu)(?:${OF}|\s+)`, phrase: true },
  { level: 'departement', pattern: String.raw`(?:d[ée]partement|conseil\s+(?:d[ée]partemental|g[ée]n[ée]ral))${OF}` },
  { level: 'region', pattern: String.raw`(?:r[ée]gion|conseil\s+r[ée]gional)(?:${OF}|\s+)` },
];
export const KIND_ARTICLE = ART;

/** The levels a deliberating body can speak for; a body not listed takes any. */
export const LEVELS_OF_BODY: Partial<Record<BodyType, readonly AuthorityLevel[]>> = {
  'conseil-municipal': ['commune'],
  'conseil-communautaire': ['communaute'],
  'conseil-departemental': ['departement'],
  'commission-permanente': ['departement', 'region'],
  'conseil-regional': ['region'],
  'comite-syndical': ['syndicat'],
  'conseil-administration': ['ccas', 'syndicat'],
};

/** Most local first: with no body to guide, the letterhead's narrowest authority is the author. */
export const LEVEL_ORDER: readonly AuthorityLevel[] = ['commune', 'ccas', 'syndicat', 'communaute', 'departement', 'region'];

/** Deliberating bodies that name their authority right after them ("le conseil municipal de BEAUMONT"), and the bodies they serve. */
const SITTING_BODIES: ReadonlyArray<readonly [string, readonly BodyType[]]> = [
  [String.raw`conseil\s+municipal`, ['conseil-municipal']],
  [String.raw`conseil\s+communautaire`, ['conseil-communautaire']],
  [String.raw`comit[ée]\s+syndical`, ['comite-syndical']],
  [String.raw`conseil\s+d['’]\s?administration`, ['conseil-administration']],
  [String.raw`commission\s+permanente`, ['commission-permanente']],
  [String.raw`conseil\s+(?:d[ée]partemental|g[ée]n[ée]ral)`, ['conseil-departemental', 'commission-permanente']],
  [String.raw`conseil\s+r[ée]gional`, ['conseil-regional', 'commission-permanente']],
];

export type CueId = 'sitting' | 'header' | 'mayor' | 'president' | 'running' | 'postal' | 'done-at';
export type Zone = 'head' | 'letterhead' | 'signature';

export interface AuthorityCue {
  id: CueId;
  /** Lower rank wins; a header that names the same place still gives the written form. */
  rank: number;
  /** Lower case, global; ends where the kind (or the name) begins. */
  lead: RegExp;
  /**
   * The lead must start a word (no letter before it). Checked in code where the lead is found:
   * a pattern opening on a lookbehind, or on a lookahead, makes V8 try it at every offset
   * (measured over the heads of the corpus: 93 µs for "(?=maire…)(?<!\p{L})maire…", 9 µs for "maire…"
   * and the check).
   */
  wordStart?: boolean;
  /** The lead is the kind's own word: the kind is read from where the lead starts, not after it. */
  kindAtLead?: boolean;
  /**
   * The lead (sticky) is tried at line starts only: "(?<=^|\n)" opening it would be tried at every
   * offset, and what follows it ("[^\n]{0,80}?") at every line's every character.
   */
  lineStart?: boolean;
  /**
   * For a lineStart cue: whether the line at `at` may hold the lead, a cheap test that is false
   * only where the lead cannot match there; the lead is not tried on the other lines.
   */
  lineMay?: (s: string, at: number) => boolean;
  /** Whether an authority kind must (or may) follow the lead. */
  kind: 'required' | 'optional' | 'none';
  /** Kinds this cue accepts (all when absent). */
  levels?: readonly AuthorityLevel[];
  /** Document bodies for which the cue counts (any when absent). */
  bodies?: readonly BodyType[];
  /** A header line: the name runs to the end of the line and may be several plain words. */
  header?: boolean;
  /** What must follow the name, read in lower case. */
  after?: RegExp;
  zones: readonly Zone[];
}

/** After a letterhead's name: the end of the line, a separator, a postal code. */
const HEADER_END = /^[ \t]*(?:$|\n|\r|[-–—|:][ \t]|\t| {2,}|\d{5}\b)/u;

/** A lead that must start a word (see AuthorityCue.wordStart). */
function atWordStart(source: string): Pick<AuthorityCue, 'lead' | 'wordStart'> {
  return { lead: new RegExp(source, 'gu'), wordStart: true };
}

/**
 * Whether five figures in a row start within the first 80 characters of the line at `at`: what
 * the postal lead needs. Most lines of a letterhead hold none, and the lead, tried at each, reads
 * up to 80 characters ahead of every one of its offsets.
 */
function fiveFiguresNear(s: string, at: number): boolean {
  let run = 0;
  for (let i = at; i < s.length && i < at + 85; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) return false;
    run = c >= 48 && c <= 57 ? run + 1 : 0;
    if (run === 5) return true;
  }
  return false;
}

export const AUTHORITY_CUES: readonly AuthorityCue[] = [
  // The legal formula names the sitting's own authority: "le Conseil municipal de PIERREFONDS, dûment convoqué".
  ...SITTING_BODIES.map(
    ([body, bodies]): AuthorityCue => ({
      id: 'sitting',
      rank: 1,
      ...atWordStart(`${body}${OF}`),
      kind: 'optional',
      bodies,
      zones: ['head'],
    }),
  ),
  // Letterhead: "COMMUNE DE PIERREFONDS", "Communauté de communes du Val de Loire", alone on their line.
  { id: 'header', rank: 2, lead: /(?:^|\n)[ \t>#*•]*/gu, kind: 'required', header: true, after: HEADER_END, zones: ['head'] },
  // "Monsieur X, Maire de Valbonne"; "Le Maire de Beaumont" over the signature.
  { id: 'mayor', rank: 3, ...atWordStart(`maire${OF}`), kind: 'optional', levels: ['commune'], bodies: ['conseil-municipal'], zones: ['head', 'signature'] },
  // "Le Président de la Communauté de communes X": an authority word is required after it.
  {
    id: 'president',
    rank: 3,
    ...atWordStart(String.raw`pr[ée]sidente?\s+(?:du\s+|de\s+)?`),
    kind: 'required',
    levels: ['communaute', 'syndicat', 'departement', 'region', 'ccas'],
    zones: ['head', 'signature'],
  },
  // In running text only the commune's own words: "à la salle d'honneur de la mairie de Valbonne".
  { id: 'running', rank: 4, lead: /commune|ville|mairie/gu, wordStart: true, kindAtLead: true, kind: 'required', levels: ['commune'], bodies: ['conseil-municipal'], zones: ['head'] },
  // A letterhead address: "1 place de l'Église\n60350 Pierrefonds".
  { id: 'postal', rank: 5, lead: /[^\n]{0,80}?(?<!\d)\d{5}[ \t]+/uy, lineStart: true, lineMay: fiveFiguresNear, kind: 'none', bodies: ['conseil-municipal'], after: /^[ \t]*(?:cedex\b[^\n]*)?(?:$|\n)/u, zones: ['letterhead'] },
  // "Fait et délibéré en mairie à Valbonne, le …".
  {
    id: 'done-at',
    rank: 6,
    ...atWordStart(String.raw`fait\s+(?:et\s+d[ée]lib[ée]r[ée]\s+)?(?:en\s+(?:mairie|s[ée]ance)\s+)?[àa]\s+`),
    kind: 'none',
    bodies: ['conseil-municipal'],
    after: /^\s*,?\s*le\b/u,
    zones: ['head', 'signature'],
  },
];

/** Words before a cue that make it part of an address or another body's act, not the author. */
export const NOT_THE_AUTHOR_BEFORE: readonly RegExp[] = [
  /(?:rue|avenue|av\.|place|boulevard|bd|all[ée]e|chemin|impasse|quai|square|route|cours|passage|esplanade|parvis)\s+(?:de\s+la\s+|de\s+l['’]\s?|du\s+|des\s+|de\s+)?$/u,
  // "Vu la délibération du conseil municipal de X": someone else's act.
  /(?:^|\n|[.;]\s)\s*vu\s[^\n.;]*$/u,
];

/** Words that cannot open or continue a place name (upper case, accents folded). */
export const NOT_A_NAME = new Set(
  (
    'SEANCE SESSION REUNION CONSEIL MUNICIPAL COMMUNAUTAIRE COMMISSION PERMANENTE COMITE BUREAU COMPTE RENDU PROCES VERBAL ' +
    'EXTRAIT REGISTRE DELIBERATION DELIBERATIONS DATE OBJET ORDRE JOUR PRESENTS PRESENT ABSENTS ABSENT REPUBLIQUE FRANCAISE ' +
    'PREFECTURE SOUS PREFECTURE MAIRE MAIRIE COMMUNE VILLE PRESIDENT PRESIDENTE SECRETAIRE MONSIEUR MADAME MADEMOISELLE M MME MLLE MR MM MMES ' +
    'MESSIEURS MESDAMES JANVIER FEVRIER MARS AVRIL MAI JUIN JUILLET AOUT SEPTEMBRE OCTOBRE NOVEMBRE DECEMBRE LUNDI MARDI ' +
    'MERCREDI JEUDI VENDREDI SAMEDI DIMANCHE CE CETTE CES SON SA SES LEUR LEURS NOTRE AN ENVOYE RECU PUBLIE AFFICHE ID TEL ' +
    'TELEPHONE FAX COURRIEL MEL EMAIL SIRET NOMBRE CONVOCATION CONVOQUE ETAIENT LEQUEL LAQUELLE QUI QUE DONT'
  ).split(' '),
);

/** Lower-case words that join the parts of a place name ("Saint-Germain en Laye", "Pont de l'Arche"). */
export const NAME_LINKS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'en', 'sur', 'sous', 'lès', 'lez', 'aux', 'au', 'et', "d'", "l'", 'd’', 'l’']);

/** Words after which a place name goes on with another capitalised word ("Saint Denis", "Le Havre"). */
export const NAME_PREFIXES = new Set(['SAINT', 'SAINTE', 'ST', 'STE', 'LE', 'LA', 'LES', 'MONT', 'PONT', 'PORT', 'VAL', 'BOURG', 'FORT', 'GRAND', 'PETIT', 'NOTRE', 'VIEUX', 'NEUF', 'BOIS', 'VILLE', 'CHATEAU', 'ILE', 'ILES']);

/** At most this many words in a name. */
export const NAME_MAX_WORDS = 7;

/** How far the letterhead and the head zone reach, and how much of the end is the signature zone. */
export const ZONE_SIZES = { letterhead: 600, head: 2_500, signature: 1_500 } as const;
