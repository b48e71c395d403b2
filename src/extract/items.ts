/**
 * Items: each heading's stretch of text becomes an item when it is a numbered deliberation
 * or when something was decided in it; its report runs to the first decision cue, its
 * decision from there to the end of the vote.
 */
import type { Item, Person } from '../schema/minutes.ts';
import { isLabelledPoint, listsDecisions, type Heading } from '../segment/headings.ts';
import { actsInParticiples, ARTICLE_NUMBER, extractArticles, hasParticipleAct, otherPartAt, POINT_NUMBER, IN_VIEW_OF, ON_REPORT_OF, PRESIDED_BY_OPENING, PRESIDING_OFFICE, WITHDRAWN } from './articles.ts';
import { ACTION_VERBS, actionAt, nounUse } from '../text/verbs.ts';
import { hasDecisionVoteHeader, resultLineColumns, resultLineOutcome, rowOutcome } from './row-outcome.ts';
import { namesListEnd, readVote, type VoteReading } from './vote.ts';
import { isDecisionsList } from './kind.ts';
import { parsePersonList } from './persons.ts';
import { hasWord, indexWords, keyed, mayMatchIn } from '../text/gate.ts';
import { accentless, accentlessOf, caseless, lowerOf } from '../text/caseless.ts';
import { isFlat, lineAt, lineCount, paragraphStart } from '../text/lines.ts';
import { continuedLineEnd, endsHanging, unwrap } from '../text/line-wrap.ts';
import { AFTER_WORD, BODY_QUALIFIERS, CARRYING_ON, CLOSING_LINE, DELIBERATED_WORD, OBSERVING_PARTICIPLES, PERFECT_ACT, POINT_RANK_LEAD } from '../text/cues.ts';
import { execAll } from '../text/matches.ts';
import { ENDS_ON_LEADING_WORD, isSpaceUnit } from '../text/sentences.ts';

keyed(CLOSING_LINE, 'levée', 'levee', 'close', 'épuis', 'epuis', 'clôture', 'cloture', 'plus rien');
// Asked of each decision (hasWord): answered from the document's word index, not by a scan of it.
indexWords('consid');

/**
 * Where a cue may start, found cheaply (a scan for a literal, or back from each occurrence of a
 * word): the cue is then tried there only, sticky. A cue that opens on "(?:^|\n)", a lookbehind
 * or a word boundary is otherwise tried at every offset of every body, once per cue. Every
 * offset the cue can match at must be one of these.
 */
interface CueStarts {
  /** The offsets, in order, of the subject the cue runs on. */
  find: (subject: string) => number[];
}
const CUE_STARTS = new WeakMap<RegExp, CueStarts>();

/**
 * Where a match of the global pattern `re` starts, each: resumed one unit on, so that none
 * inside a match is missed. One scan for several words (indexOf would scan once per word).
 */
function matchStarts(re: RegExp): CueStarts {
  return {
    find(subject) {
      const out: number[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(subject); m; m = re.exec(subject)) {
        out.push(m.index);
        re.lastIndex = m.index + 1;
      }
      return out;
    },
  };
}

/** Just after each line break that follows a colon (blanks between): where a line introduced by ":" starts. */
const AFTER_COLON_LINE: CueStarts = {
  find(subject) {
    const out: number[] = [];
    for (let at = subject.indexOf(':'); at >= 0; at = subject.indexOf(':', at + 1)) {
      let k = at + 1;
      while (subject[k] === ' ' || subject[k] === '\t') k++;
      if (subject[k] === '\n') out.push(k + 1);
    }
    return out;
  },
};

/** Registers where the cue `re` may start (see CueStarts). */
function startingAt<R extends RegExp>(re: R, starts: CueStarts): R {
  CUE_STARTS.set(re, starts);
  return re;
}

/**
 * Where a pattern opening on "(?:^|\n)[ \t]*", then a bullet when `bullet` ("(?:[-•][ \t]*)?"),
 * can match for the word at `at`: at the line break before the blanks (and the bullet), or at the
 * zone's start; -1 when neither stands there.
 */
function lineOpeningAt(zone: string, at: number, bullet: boolean): number {
  let q = at;
  while (q > 0 && (zone[q - 1] === ' ' || zone[q - 1] === '\t')) q--;
  if (bullet && q > 0 && (zone[q - 1] === '-' || zone[q - 1] === '•')) {
    q--;
    while (q > 0 && (zone[q - 1] === ' ' || zone[q - 1] === '\t')) q--;
  }
  return q === 0 ? 0 : zone[q - 1] === '\n' ? q - 1 : -1;
}

/** Where a line opens on "Vu" or "VU" (blanks before; a bullet too when `bullet`): at its line break, or the zone's start. */
function visaLineStarts(zone: string, bullet: boolean): number[] {
  const out: number[] = [];
  VU.lastIndex = 0;
  for (let m = VU.exec(zone); m; m = VU.exec(zone)) {
    const at = lineOpeningAt(zone, m.index, bullet);
    if (at >= 0 && at !== out[out.length - 1]) out.push(at);
  }
  return out;
}
const VU = /Vu|VU/g;

/**
 * execAll(re, zone) for a global `re`, `sticky` being it sticky, tried at `starts` only (in order):
 * every offset a match of it can start at must be one of them.
 */
function execAllAt(sticky: RegExp, zone: string, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(zone);
    if (m) {
      out.push(m);
      from = at + m[0].length;
    }
  }
  return out;
}

/**
 * "Le Conseil", "La Commission" opening a line (blanks before): where the cues that open on the
 * assembly's name start, as written. Found from each occurrence of a name back over the white
 * space to "Le"/"La", then over the blanks to the line break (or the body's start, always a place to try).
 */
const ASSEMBLY_AT_LINE_START: CueStarts = {
  find(subject) {
    const out: number[] = [0];
    for (const name of ['Conseil', 'Commission', 'Bureau', 'Comit']) {
      for (let at = subject.indexOf(name); at >= 0; at = subject.indexOf(name, at + 1)) {
        let k = at;
        while (k > 0 && isSpaceUnit(subject.charCodeAt(k - 1))) k--;
        if (k === at || k < 2 || (subject.slice(k - 2, k) !== 'Le' && subject.slice(k - 2, k) !== 'La')) continue;
        k -= 2;
        while (k > 0 && (subject[k - 1] === ' ' || subject[k - 1] === '\t')) k--;
        if (k > 0 && subject[k - 1] === '\n') out.push(k - 1);
      }
    }
    return out.sort((a, b) => a - b);
  },
};

/**
 * The acts an article may open on in capitals; not those a report's speaker does ("PROPOSE",
 * "RAPPELLE", "SOUHAITE", "PRIE"), nor "DIT" and "VOTE", words of other lines too.
 */
const ACTS_IN_CAPITALS = ACTION_VERBS.map(([action]) => action)
  .filter((a) => !['propose', 'rappelle', 'souhaite', 'prie', 'dit', 'vote', 'demande'].includes(a) && !a.includes("'"))
  .map((a) => a.toUpperCase().replace(/[ÉÈÊ]/g, '[ÉÈÊE]').replace(/Î/g, '[ÎI]').replace(/Ô/g, '[ÔO]').replace(/ /g, '[ \\t]+'))
  .sort((a, b) => b.length - a.length);
// "DEMANDE" opens a subtitle as often ("DEMANDE de subvention"): an act only before whom or what is asked ("DEMANDE au Gouvernement", "DEMANDE que …").
const ACT_IN_CAPITALS_LINE = new RegExp(String.raw`(?:^|\n)[ \t]*(?:(?:${ACTS_IN_CAPITALS.join('|')})[ \t]+(?=\p{Ll}|[dl]['’])|DEMANDE[ \t]+(?=(?:au|aux|à|que)[ \t]|qu['’]))`, 'u');

/** The start of the line above `at` (a line start) when it is a lead ending on a comma or a colon, and after `floor`; else `at`. */
function withLeadAbove(text: string, at: number, floor: number): number {
  const lineStart = text.lastIndexOf('\n', at - 1);
  if (lineStart < 0) return at;
  const above = text.lastIndexOf('\n', lineStart - 1) + 1;
  const lead = text.slice(above, lineStart).trim();
  return above >= floor && lead.length <= 200 && /[,:]$/.test(lead) ? above : at;
}

/** The cues that open a decision in due form: its heading, its visas. */
const FORMAL_CUES: readonly RegExp[] = [
  keyed(/(?:^|\n)[ \t]*D[ÉE]CISION\b/, 'cision'),
  // "Décision : fixe le prix …": a relevé's label before the act.
  keyed(/(?:^|\n)[ \t]*D[ée]cisions?[ \t]*:/, 'cision'),
  // "DÉCIDE", "ARRÊTE :" alone on their line, over the articles.
  keyed(/(?:^|\n)[ \t]*(?:D[ÉE]CIDE|ARR[ÊE]TE|D[ÉE]LIB[ÈE]RE)[ \t]*:?[ \t]*(?=\n)/, 'décide', 'decide', 'arrête', 'arrete', 'délibère', 'delibere'),
  startingAt(keyed(/(?:^|\n)[ \t]*(?:Vu|VU)\b/, 'vu'), { find: (subject) => visaLineStarts(subject, false) }),
  keyed(/Vu(?<=\sVu)\s+(?:le|la|les|l['’])\s/, 'vu'),
];

/**
 * A software's act sheet, its vote's labels one a line over their figures ("Résultat du vote" /
 * "Pour" / "Contre" / …), its act's text after the form ("Texte de l'acte" / the report / "Vu …"):
 * the form's vote, not where the act's decision opens when one in due form follows.
 */
const FORM_VOTE_LABEL = keyed(/(?:^|\n)[ \t]*R[ée]sultat\s+du\s+vote[ \t]*\n[ \t]*Pour[ \t]*\n/iu, 'vote');

/** The cues of a proposal put to the assembly: its decision when none in due form follows. */
const PROPOSAL_CUES: readonly RegExp[] = [
  // Active voice only: "il est donc proposé au conseil la décision suivante :" is the cue below.
  startingAt(
    keyed(/(?<!\b(?:est|sont)\s+(?:donc\s+|ainsi\s+)?)\b(?:propose|demande)\s+(?:au|aux|à l['’]ensemble des)\s+(?:membres\s+du\s+)?(?:conseil|assembl[ée]e)(?:[^.\n]|\n(?![ \t]*\n)){0,80}(?:d['’]accord|:)/iu, 'propose', 'demande'),
    matchStarts(/propose|demande/g),
  ),
  keyed(/\bpropose\s+de\s+passer\s+au\s+vote/iu, 'propose'),
  // "Il est donc proposé au conseil la décision modificative suivante :" then what is decided.
  startingAt(keyed(/(?<=\bil\s+est\s+(?:donc\s+)?propos[ée]\s[^.\n]{0,150}:[ \t]*\n)[ \t]*\S/iu, 'propos'), AFTER_COLON_LINE),
];

/**
 * "Le Comité social territorial a émis un avis favorable à l'unanimité": the unanimity of an
 * opinion a committee gave, recalled in the report, not the assembly's decision.
 */
const OPINION_BEFORE = String.raw`\bavis\s+(?:favorable|d[ée]favorable)\s{0,3},?\s{0,3}`;

/** "le Comité, sous la présidence de M. X, 1er Vice-Président, adopte …": who presided, between the body and its act. */
const PRESIDED_BY = String.raw`${PRESIDED_BY_OPENING},\s*(?:${PRESIDING_OFFICE}\s*,\s*)?`;

/** "ayant décidé à l'unanimité de ne pas procéder au scrutin secret,": what the body did first, between its name and its act. */
// "Le Bureau, par délégation du Conseil Général, approuve …": the delegation it acts under, as a clause too; and
// what it acts in view of ("Le Conseil municipal, au vu de l'avis de la Commission d'appel d'offres …, attribue …").
const HAVING_CLAUSE = String.raw`(?:(?:ayant|par\s+d[ée]l[ée]gation\s+d[eu])\s+[^,;:.]{2,160}?|${IN_VIEW_OF}),\s*`;

/**
 * "Le Conseil municipal, constatant la multiplication des coupures … de Fond-Bananier, Belle-Hôtesse
 * et Morne-Cabrit, demande …": what the body observes before it acts, a participle's clause whose
 * own commas part what it names.
 */
const OBSERVING_CLAUSE = String.raw`${OBSERVING_PARTICIPLES}\s+[^;:.]{2,400}?,\s*`;

/** "Le budget est arrêté …", "Le marché est attribué …": an act stated in the passive. */
const PASSIVE_ACT = /(?<![\p{L}])(?:est|sont)\s+(?:arr[êe]t[ée]|attribu[ée]|fix[ée]|accord[ée]|approuv[ée]|adopt[ée]|autoris[ée]|allou[ée]|retenu|d[ée]sign[ée]|vot[ée]|accept[ée]|reconduit|renouvel[ée]|prorog[ée]|octroy[ée]|confi[ée])e?s?(?![\p{L}])/iu;

/** Where a decision begins: the first of these after the heading. */
const DECISION_CUES: readonly RegExp[] = [
  ...FORMAL_CUES,
  // "Le Conseil Municipal FIXE les tarifs …": the body, then its act in capitals.
  startingAt(
    keyed(/(?:^|\n)[ \t]*(?:Le|La)\s+(?:Conseil|Commission|Bureau|Comit[ée])(?:\s+(?:[Mm]unicipal|[Cc]ommunautaire|[Dd][ée]partemental|[Rr][ée]gional|[Pp]ermanente|[Ss]yndical|d['’][Aa]dministration))?\s+(?:APPROUVE|D[ÉE]CIDE|FIXE|ADOPTE|ATTRIBUE|ACCORDE|AUTORISE|ACCEPTE|VALIDE|D[ÉE]SIGNE|PREND\s+ACTE|[ÉE]MET|SOLLICITE|CHARGE|RETIENT|VOTE|ARR[ÊE]TE)(?![\p{L}])/u, 'conseil', 'commission', 'bureau', 'comit'),
    ASSEMBLY_AT_LINE_START,
  ),
  // "DECLARE que le compte de gestion …", "DECIDE d'affecter …": an act in capitals opening its
  // line, its object in lower case after it, is the decision's first article, lead or none.
  ACT_IN_CAPITALS_LINE,
  // "dehbéré", "d'elibére": the word after "après en avoir" as heavy OCR garbles it, a d and an é.
  keyed(new RegExp(String.raw`\b${AFTER_WORD}\s+en\s+avoir\s+${DELIBERATED_WORD}`, 'iu'), 'avoir'),
  keyed(/\bapr[èée]s\s+avoir\s+d[ée]lib[ée]r[ée]/iu, 'avoir'),
  // "Le Conseil Municipal, réuni sous la présidence de M. X, délibérant sur le compte administratif
  // de l'exercice 1977 …, lui donne acte …, constate …, arrête …": the formula of the accounts' vote.
  keyed(/\bd[ée]lib[ée]rant\s+sur\s+le\s+\S{4,8}\s+administratif/iu, 'administratif'),
  ...PROPOSAL_CUES,
  // Before the cue below, which finds the same words: the first cue at a place is its cue.
  FORM_VOTE_LABEL,
  keyed(/\b(?:proc[ée]der|passer)\s+au\s+vote|\bR[ée]sultat\s+du\s+vote/iu, 'vote'),
  keyed(/[ÉE]tes[- ]vous\s+d['’]accord/iu, 'accord'),
  keyed(/(?:^|\n)[ \t]*(?:Votes?|VOTES?)\s*(?:du\s+conseil\s*)?:/, 'vote'),
  // "Vote du conseil à l'unanimité": the vote line is the whole decision.
  keyed(/(?:^|\n)[ \t]*(?:Vote|VOTE)\s+(?:du|DU)\s+(?:[Cc]onseil|CONSEIL|[Cc]omit[ée]|COMIT[ÉE]|[Bb]ureau|BUREAU)\s+(?:à|a|À)\s/, 'vote'),
  // "Le Conseil Municipal s'oppose au transfert de la compétence PLU": refusing is deciding too;
  // "Le conseil municipal demande le rétablissement de la rotation …", a motion's act.
  // The body and a colon opening its line or after a clause ("Le Conseil :", "Après avoir entendu
  // le rapport, le Conseil Municipal :"), its acts under it; not a label naming it ("Nombre de
  // membres de la Commission Permanente : 14", "Avis de la commission : favorable", "Nombre de
  // membres composant l'Assemblée : 41", "expose à l'Assemblée :", "les critères arrêtés par" / "l'Assemblée départementale :").
  keyed(new RegExp(String.raw`(?:\b(?<!\bdont\s)(?:le|la)\s+(?:conseil|commission|bureau|comit[ée])|\bl['’]\s?assembl[ée]e)(?:\s+(?:${BODY_QUALIFIERS}))?\s*,?\s*(?:${PRESIDED_BY})?(?:${WITHDRAWN},\s*)?(?:${ON_REPORT_OF},\s*)?(?:unanimes?\s*,\s*)?(?:${HAVING_CLAUSE})?(?:${OBSERVING_CLAUSE})?(?:apr[èée]s(?!\s+l['’]\s?adoption)|(?<![\p{L}])[àa]\s+l['’]unanimit|approuve|d[ée]cide|adopte|accepte|vote|donne|(?:d[ée]clare|constate|prescrit|d[ée]finit|maintient|reconduit|ratifie|confirme|sursoit|ajourne|s['’]engage|soutient|retient|[ée]met|fixe|autorise|accorde|attribue|sollicite|d[ée]signe|valide|admet|s['’]oppose|refuse|rejette|cr[ée]e|instaure|institue|modifie|demande|affecte|reporte|prend\s+l['’]engagement|charge|arr[êe]te|confie|[ée]tend|d[ée]nomme|c[èe]de|acquiert|abroge|alloue|octroie|d[ée]l[èe]gue|mandate|supprime|renouvelle|garantit|r[ée]partit|[ée]lit|nomme|adh[èe]re|conf[èe]re|proroge|proclame|r[ée]vise|revalorise|actualise|agr[ée]e)(?![\p{L}])|(?<=(?:^|\n|,)[ \t]*(?:le|la|l['’]\s?)[^:\n,]{0,80})(?<!\b(?:de|par)\s+(?:la|le|l['’]\s?)[^:\n]{0,80}):)`, 'iu'), 'conseil', 'commission', 'bureau', 'comit', 'assembl'),
  // "Le Conseil municipal," alone on its line, its considérants and acts under it.
  startingAt(keyed(/(?:^|\n)[ \t]*(?:Le|La)\s+(?:Conseil|Commission|Bureau|Comit[ée])(?:[ \t]+[\p{L}'’]+){0,2}[ \t]*,[ \t]*(?=\n)/u, 'conseil', 'commission', 'bureau', 'comit'), ASSEMBLY_AT_LINE_START),
  startingAt(
    keyed(new RegExp(String.raw`(?:^|\n)[ \t]*(?:Le|La)\s+(?:Conseil|Commission|Bureau|Comit[ée])(?![a-zA-ZÀ-ÿ])(?:[^.\n]|\n(?![ \t]*\n)){0,120}?(?:\bd[ée]cide|\bapprouve|\badopte|\baccepte|(?<![a-zA-ZÀ-ÿ])(?<!${OPINION_BEFORE})[àa]\s+l['’]unanimit|(?<![a-zA-ZÀ-ÿ])(?<!${OPINION_BEFORE})[àa]\s+la\s+majorit|\bapr[èée]s\s+(?:en\s+)?avoir)`), 'conseil', 'commission', 'bureau', 'comit'),
    ASSEMBLY_AT_LINE_START,
  ),
];

/**
 * Each cue with the pattern it runs: case-insensitive cues run on the lower-cased, accentless
 * body (same offsets, many times faster, and blind to the accents OCR adds or drops: "aux membrés
 * du conseil"), the others as written. Decided once: a pattern's flags are a string built anew
 * each time they are read.
 */
interface DecisionCue {
  cue: RegExp;
  /** The pattern run: the cue, or its accentless form on the accentless body. */
  pattern: RegExp;
  folded: boolean;
  starts: CueStarts | null;
  /** The pattern, sticky: tried at each start. */
  sticky: RegExp | null;
}
const DECISION_CUE_PATTERNS: readonly DecisionCue[] = DECISION_CUES.map((cue) => {
  const pattern = cue.flags.includes('i') ? accentless(cue) : cue;
  const starts = CUE_STARTS.get(cue) ?? null;
  return { cue, pattern, folded: pattern !== cue, starts, sticky: starts && new RegExp(pattern.source, `${pattern.flags}y`) };
});

/** The first match of the sticky pattern at one of `starts` in `subject`: pattern.exec(subject), tried where it can match only. */
function firstMatchAt(sticky: RegExp, subject: string, starts: readonly number[]): RegExpExecArray | null {
  for (const at of starts) {
    if (at > subject.length) break;
    sticky.lastIndex = at;
    const m = sticky.exec(subject);
    if (m) return m;
  }
  return null;
}

/** "Le Conseil d'administration, après en avoir délibéré, …" opening its line: the assembly deciding, after what was proposed to it. */
const DELIBERATED_LINE = /(?:^|\n)[ \t]*(?:Le|La|L['’])\s*(?:Conseil|Commission|Bureau|Comit[ée]|Assembl[ée]e)[^.\n]{0,60}?,?\s+apr[èée]s\s+(?:en\s+)?avoir\s+d[ée]lib[ée]r[ée]/u;

/** Where a decision in due form (FORMAL_CUES, or the assembly having deliberated) starts after `from` in the body, or null. */
function formalDecisionAfter(body: string, from: number): number | null {
  let best: number | null = null;
  for (const re of [...FORMAL_CUES, DELIBERATED_LINE]) {
    const m = re.exec(body.slice(from + 1));
    if (m) {
      const at = from + 1 + m.index + (m[0].length - m[0].trimStart().length);
      best = best === null ? at : Math.min(best, at);
    }
  }
  return best;
}

/** Proposal lead-ins a rapporteur uses, to find who presents the item. */
const RAPPORTEUR_CUES = /\b(?:[Rr]apporteur\s*:|RAPPORTEUR\s*:|pr[ée]sent[ée]\s+par|expos[ée]\s+par|(?:Monsieur|Madame|M\.|Mme)[^.\n]{0,60}?\b(?:informe|expose|pr[ée]sente|rappelle|propose)\b)/u;

/** "(rapporteur : M. X)", "- Rapporteure : Mme Y" written in the heading itself. */
const HEADING_RAPPORTEUR = /[Rr]apporteure?\s*:|RAPPORTEURE?\s*:/;

/** Words one of which every rapporteur cue holds: a cheap test before the costly pattern. */
const RAPPORTEUR_HINT = /rapporteur|pr[ée]sent|expos|informe|rappelle|propose/;

const VISA_LINE = /(?:^|\n)[ \t]*(?:[-•][ \t]*)?(?:Vu|VU)\b[ \t]*(:?)/g;
/** VISA_LINE, sticky: tried at the lines that open on "Vu" only (visaLineStarts). */
const VISA_LINE_AT = new RegExp(VISA_LINE.source, 'y');
const VISA_INLINE = /[\s.;](?:Vu|VU)\s+(?:le|la|les|l['’]|l’)/g;
const CONSIDERATION = /(?:^|\n|(?<=[.;]\s))[ \t]*(?:[-•][ \t]*)?(?:Consid[ée]rant|CONSID[ÉE]RANT)\b[^\n]*/g;
/** CONSIDERATION, sticky: tried where it can start only (see considerationsIn). */
const CONSIDERATION_AT = new RegExp(CONSIDERATION.source, 'y');

/**
 * execAll(CONSIDERATION, zone), `lower` being the zone lower-cased. Its leading alternation (a
 * lookbehind among them) is tried at every offset of the zone by a scan; here only where a match
 * can start: before each "consid", back over the blanks and the bullet, at the line break there
 * (or the zone's start), or inside that stretch just after ". " or "; ".
 */
function considerationsIn(zone: string, lower: string): RegExpExecArray[] {
  const starts: number[] = [];
  for (let at = lower.indexOf('consid'); at >= 0; at = lower.indexOf('consid', at + 1)) {
    const line = lineOpeningAt(zone, at, true);
    if (line >= 0) starts.push(line);
    // After ". " or "; " inside the blanks and bullet before the word.
    let q = at;
    while (q > 0 && (zone[q - 1] === ' ' || zone[q - 1] === '\t' || zone[q - 1] === '-' || zone[q - 1] === '•')) q--;
    for (let i = Math.max(q, 2); i <= at; i++) {
      if ((zone[i - 2] === '.' || zone[i - 2] === ';') && isSpaceUnit(zone.charCodeAt(i - 1))) starts.push(i);
    }
  }
  return execAllAt(CONSIDERATION_AT, zone, starts.sort((a, b) => a - b));
}

function visasIn(text: string, start: number, end: number): string[] {
  // Both forms open on "Vu": without the word in the zone there is no visa to look for.
  if (!hasWord(text, 'vu', start, end)) return [];
  const zone = text.slice(start, end);
  const visas: string[] = [];
  const multiline = zone.includes('\n') && zone.length / lineCount(zone) < 400;
  if (multiline) {
    for (const m of execAllAt(VISA_LINE_AT, zone, visaLineStarts(zone, true))) {
      const at = m.index! + m[0].length;
      if (m[1] === ':') {
        // "Vu :" followed by one visa per bullet; a bullet may wrap onto lower-case lines.
        const bullets = zone.slice(at).match(/^(?:\s*\n[ \t]*[-•][^\n]*(?:\n[ \t]*(?![-•])\p{Ll}[^\n]*)*)+/u);
        if (bullets) {
          for (const b of bullets[0].split(/\n[ \t]*(?=[-•])/u).map((l) => l.trim()).filter(Boolean)) {
            visas.push(`Vu ${b.replace(/^[-•]\s*/u, '').replace(/\s+/g, ' ')}`);
          }
          continue;
        }
      }
      const lineEnd = zone.indexOf('\n', at);
      visas.push(`Vu ${unwrap(zone.slice(at, continuedLineEnd(zone, lineEnd < 0 ? zone.length : lineEnd, zone.length))).trim()}`.trim());
    }
  } else {
    for (const m of execAll(VISA_INLINE, zone)) {
      // The match starts on the separator before "Vu".
      const rest = zone.slice(m.index! + 1);
      const stop = rest.slice(2).search(/(?<=[;,.])\s|\s(?:Vu|Consid[ée]rant)\s/u);
      visas.push(rest.slice(0, stop < 0 ? 200 : stop + 3).trim());
    }
  }
  return visas;
}

/**
 * Where the list of articles that follows "… à l'unanimité :" ends: at a blank line, or at
 * the first line that is neither an article (bullet, verb) nor the continuation of one but a
 * new sentence after a finished article ("Monsieur PAPIN demande …"). Text-layer PDFs lose
 * blank lines, so the second rule is the one that usually applies to them.
 */
/** Whether the next line with text after `at` opens on an operative verb in capitals. */
function verbInCapitalsNext(text: string, at: number, to: number): boolean {
  const m = /^\s*\n[ \t\n]*(\S[^\n]{0,40})/.exec(text.slice(at, Math.min(to, at + 120)));
  // Its number before it: "2°) DÉCIDE …", "3. SOLLICITE …".
  return !!m && articleInCapitals(m[1]!.replace(POINT_NUMBER, ''));
}


/** Whether the next line of text after `at` opens on an act's verb capitalised ("Sollicite …", "Charge …"). */
function verbCapitalisedNext(text: string, at: number, to: number): boolean {
  const m = /^\s*\n[ \t\n]*(\p{Lu}\p{Ll}[^\n]{0,40})/u.exec(text.slice(at, Math.min(to, at + 120)));
  return !!m && actionAt(m[1]!) !== null;
}

/** [-•–], a bullet, by its code. */
function isBulletUnit(c: number): boolean {
  return c === 0x2d || c === 0x2022 || c === 0x2013;
}

/**
 * The first unit of `s`, -1 when it is empty: V8 deoptimized its readers on the first code read
 * past the end of an empty line.
 */
function firstUnit(s: string): number {
  return s.length ? s.charCodeAt(0) : -1;
}

/** Whether `s` opens on "a" or "A": ARTICLE_NUMBER cannot match otherwise (no other unit folds to "a"). */
function opensOnA(s: string): boolean {
  const c = firstUnit(s);
  return c === 0x61 || c === 0x41;
}

/** A line without its bullet and its "Article n :": where its verb stands. Each pattern run only when its first character is there. */
function pointOf(line: string): string {
  const unbulleted = isBulletUnit(firstUnit(line)) ? line.replace(/^[-•–]\s*/u, '') : line.replace(POINT_NUMBER, '');
  return opensOnA(unbulleted) ? unbulleted.replace(ARTICLE_NUMBER, '') : unbulleted;
}

/** A page's head saying the act goes on from the page before: "Délibération n° 2001-087 (suite)". */
const CONTINUED_PAGE_HEAD = /^[^\n]{0,80}\((?:suite|suite\s+et\s+fin)\)$/iu;

/** A line left open by a word that needs what follows, or by a comma. */
const goesOn = (line: string) => line.endsWith(',') || ENDS_ON_LEADING_WORD.test(line);

function articleListEnd(text: string, from: number, to: number): number {
  let pos = from;
  let seenArticle = false;
  // The last act led into a table by its colon.
  let introduced = false;
  let prev = '';
  while (pos < to) {
    let lineEnd = text.indexOf('\n', pos + 1);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    const raw = text.slice(pos, lineEnd);
    const line = (raw.charCodeAt(0) === 10 ? raw.slice(1) : raw).trim();
    // "Article 2 : DÉCIDE …" is a bullet of its own.
    // "Délibération n° 2001-087 (suite)" heading the next page: the list goes on under it where an
    // article or an act opens the page; else the list ended over it.
    if (line.endsWith(')') && CONTINUED_PAGE_HEAD.test(line)) {
      const next = /\S[^\n]*/.exec(text.slice(lineEnd, to))?.[0] ?? '';
      if (!seenArticle || !(ARTICLE_NUMBER.test(next) || isBulletUnit(firstUnit(next)) || actionAt(pointOf(next)) !== null)) return pos;
      pos = lineEnd;
      continue;
    }
    const bullet = isBulletUnit(firstUnit(line)) || (opensOnA(line) && ARTICLE_NUMBER.test(line));
    const verb = actionAt(pointOf(line)) !== null;
    if (line === '') {
      // Text layers put blank lines between bullets and their text: a bullet before or after
      // the gap continues the list.
      // So does an operative verb in capitals ("APPROUVE … ;\n\nAUTORISE …").
      // So does a lead-in's colon ("DÉCIDE :" / "" / "Article 1 : …"), and a numbered article after the gap.
      // So does an act closed by a semicolon, or one whose colon led into a table, the next one's verb capitalised
      // ("Approuve … ;" / "" / "Sollicite …", "Arrête comme suit le plan de financement :" / its rows / "" / "Sollicite …").
      if (seenArticle && !/^[-•–]$/u.test(prev) && !/[:：]$/u.test(prev) && !/^\s*\n[ \t\n]*[-•–]/u.test(text.slice(lineEnd, lineEnd + 40)) && !ARTICLE_NUMBER.test(text.slice(lineEnd, lineEnd + 40).trimStart()) && !verbInCapitalsNext(text, lineEnd, to) && !((prev.endsWith(';') || introduced) && verbCapitalisedNext(text, lineEnd, to))) return pos;
    } else if (bullet || verb) {
      seenArticle = seenArticle || verb;
      introduced = verb && /[:：]$/u.test(line);
    } else if (seenArticle && /[.;]$/.test(prev) && /^\p{Lu}/u.test(line)) {
      return pos;
    } else if (/^(?:M\.|Mme|Monsieur|Madame)\s/u.test(line) && seenArticle && !goesOn(prev)) {
      // Not where the article's sentence goes on ("- sollicite de M. le Commissaire … et de" / "M. le Président du Conseil Général …").
      return pos;
    }
    if (line) prev = line;
    pos = lineEnd;
  }
  return to;
}

/**
 * Where the line after `at` starts an article of the vote's decision, or null: an operative verb
 * in capitals ("FIXE", "DECIDE D'ACQUERIR") or after a bullet ("- FIXE", "- de fixer"). A verb
 * in lower case opening a line is as often the next sentence of the minutes.
 */
function articlesAfter(text: string, at: number, to: number): number | null {
  const lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0 || lineEnd >= to || /[^\s,;:.)]/.test(text.slice(at, lineEnd))) return null;
  // "(M. ALLAIN), DÉCIDE …": the names of a count wrapped onto the line, then the verb.
  const next = /^\n(?:[ \t]*\n)?[ \t]*((?:[-•–][ \t]*)?)(?:\([^)\n]{0,120}\)[ \t]*,?[ \t]*)?(\S[^\n]*)/u.exec(text.slice(lineEnd, to));
  if (!next) return null;
  // "Le Conseil Municipal :" alone on its line, its articles bulleted under it ("- fixe le loyer …").
  if (ASSEMBLY_COLON_LINE.test(next[2]!)) return articlesAfter(text, lineEnd + next[0].length, to) !== null ? lineEnd : null;
  // "Article 1 : APPROUVE …" opens its line as a bullet does.
  // "2°) DÉCIDE …", numbered as typescripts number points, too.
  const numbered = (ARTICLE_NUMBER.exec(next[2]!) ?? POINT_NUMBER.exec(next[2]!))?.[0] ?? '';
  const point = next[2]!.slice(numbered.length);
  const verb = actionAt(point.replace(/^d['’]\s?|^de\s+/iu, ''));
  if (!verb) return null;
  const word = point.slice(0, verb.length);
  // "Approuve à l'unanimité le compte … ;" / "Décide que l'excédent …": after an act closed by a semicolon, the next act's verb capitalised.
  const listed = /;[ \t]*$/.test(text.slice(text.lastIndexOf('\n', lineEnd - 1) + 1, lineEnd)) && /^\p{Lu}\p{Ll}/u.test(word);
  return next[1] || numbered || listed || /^\p{Lu}{2}/u.test(word) ? lineEnd : null;
}

/** "Le Conseil municipal", "LA COMMISSION PERMANENTE": the assembly named at a line's start. */
const ASSEMBLY_HEAD = String.raw`(?:LE|LA|Le|La)[ \t]+(?:CONSEIL|COMMISSION|BUREAU|COMIT[ÉE]|ASSEMBL[ÉE]E|Conseil|Commission|Bureau|Comit[ée]|Assembl[ée]e)(?![\p{L}])`;
/** "Le Conseil Municipal :" alone on its line: the lead of the articles under it. */
const ASSEMBLY_COLON_LINE = new RegExp(String.raw`^${ASSEMBLY_HEAD}[^\n.;:]{0,60}:[ \t]*$`, 'u');
/** "LA COMMISSION PERMANENTE," / "Le Conseil municipal," alone on its line: the subject of the visas under it. */
const ASSEMBLY_LINE = new RegExp(String.raw`^[ \t]*${ASSEMBLY_HEAD}[^\n.;:]{0,80},?[ \t]*$`, 'u');

/**
 * The decision opens on the line naming the assembly that the visas and articles under it
 * belong to ("LE CONSEIL DÉPARTEMENTAL," / "Vu le Code …"), blank lines between or not.
 */
function withAssemblyLine(text: string, start: number, floor: number): number {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (/\S/.test(text.slice(lineStart, start))) return start;
  let end = lineStart - 1;
  while (end > floor && /\s/.test(text[end - 1]!)) end--;
  const prevStart = Math.max(floor, text.lastIndexOf('\n', end - 1) + 1);
  return end > floor && ASSEMBLY_LINE.test(text.slice(prevStart, end)) ? prevStart + (/^[ \t]*/.exec(text.slice(prevStart, end))![0].length) : start;
}

/** The end of the line holding the colon that closes the vote's sentence, if it closes on one. */
function colonAfterVote(text: string, voteStart: number, to: number): number | null {
  const stop = clauseStop(text.slice(voteStart, Math.min(to, voteStart + 200)));
  if (stop < 0 || text[voteStart + stop] !== ':') return null;
  const lineEnd = text.indexOf('\n', voteStart + stop);
  // The colon must end its line: "Pour : 12" is a count, not a lead-in.
  return lineEnd >= 0 && lineEnd < to && /^:[ \t]*$/.test(text.slice(voteStart + stop, lineEnd)) ? lineEnd : null;
}

/**
 * Where the clause of a vote stops: its first sentence mark or blank line, passing over what
 * stands in brackets and the full stops of initials and civilities ("2 abstentions\n(M. Patrice
 * GUILLOU, Mme Gwenaëlle PRIGENT) :").
 */
function clauseStop(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '\n' && /^\n[ \t]*\n/.test(s.slice(i, i + 40))) return i;
    else if (depth === 0 && '.;:!?'.includes(c) && /\s/.test(s[i + 1] ?? '') && !(c === '.' && INITIAL_BEFORE.test(s.slice(Math.max(0, i - 3), i)))) return i;
  }
  return -1;
}

/**
 * A vote line that wraps inside its parenthesis ("2 abstentions (Jean DUPONT et Anne\n
 * MARTIN).") ends after the parenthesis closes, with the full stop after it.
 */
function closeParenthesis(text: string, from: number, end: number, to: number): number {
  if (text[end] !== '\n') return end;
  const line = text.slice(text.lastIndexOf('\n', from - 1) + 1, end);
  let depth = 0;
  for (const c of line) depth += c === '(' ? 1 : c === ')' ? (depth > 0 ? -1 : 0) : 0;
  if (depth <= 0) return end;
  const close = text.slice(end, Math.min(to, end + 200)).search(/\)/);
  if (close < 0) return end;
  const after = end + close + 1;
  // "(2 abstentions :\nM. PERRIN, Mme LAMBERT), décide d'adhérer … et\nautorise …": the sentence goes on after the bracket.
  const next = text.indexOf('\n', after);
  const lineEnd = next < 0 || next > to ? to : next;
  if (/^\s*,?\s*\p{L}/u.test(text.slice(after, lineEnd))) return continuedLineEnd(text, lineEnd, to, 5);
  return text[after] === '.' ? after + 1 : after;
}

/** A full stop that ends a sentence, not an initial ("M. le Maire", "H.T."). */
const SENTENCE_END = /[.!?;:](?=\s)/g;
const INITIAL_BEFORE = /(?:^|[^\p{L}])\p{Lu}$/u;

/**
 * Where the sentence holding `at` starts: after the last sentence end on its line, else at the
 * line's start, climbing to the lines above while the line opens in lower case (a sentence
 * wrapped by the layout: "Madame le maire\npropose …"). Never before `floor`.
 */
/** "… sous la présidence de M. LECOEUR" / "Jacques, doyen d'âge, …": a name whose given name the line break put on the next line. */
const NAME_CUT_AT_END = /(?:^|\s)(?:M\.|Mme|MM\.|Mmes|Monsieur|Madame)\s+\p{Lu}{2,}[\p{Lu}'’-]*$/u;

function sentenceStart(text: string, at: number, floor: number): number {
  let start = at;
  for (let hops = 0; hops < 4; hops++) {
    const lineStart = Math.max(floor, text.lastIndexOf('\n', start - 1) + 1);
    const before = text.slice(lineStart, start);
    let cut = -1;
    for (const m of execAll(SENTENCE_END, before)) {
      if (m[0] === '.' && INITIAL_BEFORE.test(before.slice(Math.max(0, m.index! - 2), m.index!))) continue;
      // "Le Conseil municipal. après en avoir délibéré, …": OCR's full stop for the comma after the body (ASSEMBLY_LINE up to it).
      if (m[0] === '.' && ASSEMBLY_LINE.test(before.slice(0, m.index!)) && /^[ \t]*\p{Ll}/u.test(text.slice(lineStart + m.index! + 1, start + 1))) continue;
      cut = m.index! + 1;
    }
    if (cut >= 0) {
      start = lineStart + cut;
      break;
    }
    start = lineStart;
    // A line continues the line above when it opens in lower case, or when the line above ends
    // where no phrase ends ("sous la présidence de\nM. TRIBOULET, …"), and that one does not end a sentence.
    const first = text.slice(start, start + 1);
    const prevEnd = start - 1;
    if (start <= floor || prevEnd < floor) break;
    const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
    const prev = text.slice(Math.max(prevStart, floor), prevEnd).trimEnd();
    if (!prev || /[.!?;:»)]$/.test(prev) || prev.length > 200) break;
    // A bracket opening the line goes on with the sentence above ("… par 25 voix pour et 6 voix contre" / "(M. X, Mme Y),").
    if (!/\p{Ll}/u.test(first) && first !== '(' && !endsHanging(prev) && !NAME_CUT_AT_END.test(prev)) break;
    start = prevEnd;
  }
  while (start < at && /\s/.test(text[start]!)) start++;
  return start;
}

/** Where the closing sentence of the sitting starts after the last heading, else `docEnd`. */
function closingAt(text: string, from: number, docEnd: number): number {
  if (!mayMatchIn(CLOSING_LINE, text, from, docEnd)) return docEnd;
  const m = CLOSING_LINE.exec(lowerOf(text).slice(from, docEnd));
  return m ? from + m.index + (m[0].length - m[0].replace(/^\n/, '').length) : docEnd;
}


/**
 * A heading the agenda announced is a point even when nothing was voted on it (an information,
 * an installation), provided it has a body of its own: a heading followed at once by the next
 * one is the title of a group of points ("I. Finances").
 */
const MIN_POINT_BODY = 150;

export interface BuiltItem {
  item: Item;
  reportSpan: { start: number; end: number } | null;
  decisionSpan: { start: number; end: number } | null;
  warnings: string[];
}

/**
 * Where the decision of the body text[h.end, segEnd) begins: at its earliest cue (a proposal
 * giving way to a decision in due form after it), from the start of the cue's sentence; null
 * without a cue.
 */
function decisionStartIn(text: string, h: Heading, segEnd: number, body: string): number | null {
  let decisionStart: number | null = null;
  const lower = accentlessOf(text).slice(h.end, segEnd);
  // Only the earliest cue matters: each pattern searches what precedes the best so far.
  let searchEnd = body.length;
  let startCue: RegExp | null = null;
  // The starts of the cues that have them, found once in the whole body for all its cues.
  const cueStarts = new Map<CueStarts, number[]>();
  for (const { cue: re, pattern, folded, starts, sticky } of DECISION_CUE_PATTERNS) {
    if (!mayMatchIn(re, text, h.end, h.end + Math.min(body.length, searchEnd + 200))) continue;
    const subject = folded ? lower : body;
    const searched = searchEnd < body.length ? subject.slice(0, searchEnd + 200) : subject;
    let m: RegExpExecArray | null;
    if (starts && sticky) {
      let at = cueStarts.get(starts);
      if (!at) cueStarts.set(starts, (at = starts.find(subject)));
      m = firstMatchAt(sticky, searched, at);
    } else {
      m = pattern.exec(searched);
    }
    if (m && m.index < searchEnd) {
      const at = h.end + m.index + (m[0].length - m[0].trimStart().length);
      if (decisionStart === null || at < decisionStart) {
        decisionStart = at;
        startCue = re;
      }
      searchEnd = m.index;
    }
  }
  // A proposal in the report ("il est proposé au Conseil : - de revaloriser …") gives way to a
  // decision in due form after it: its visas, or its "DÉCISION" heading.
  if (decisionStart !== null && startCue && (PROPOSAL_CUES.includes(startCue) || startCue === FORM_VOTE_LABEL)) {
    const formal = formalDecisionAfter(body, decisionStart - h.end);
    if (formal !== null) decisionStart = h.end + formal;
  }
  // An act in capitals opens the decision with its lead, the line above ending on a comma or a
  // colon ("LE CONSEIL MUNICIPAL. à l'unanimité,", "DECIDE d'acquérir …"), where its vote may stand.
  if (decisionStart !== null && startCue === ACT_IN_CAPITALS_LINE) decisionStart = withLeadAbove(text, decisionStart, h.end);
  // A cue inside a sentence ("Madame le maire\npropose de passer au vote") starts the decision
  // where that sentence starts, as readers see it.
  if (decisionStart !== null) decisionStart = withAssemblyLine(text, sentenceStart(text, decisionStart, h.end), h.end);
  // A point of a compte rendu under one "LE CONSEIL MUNICIPAL :" whose body opens on its act
  // ("2°) BUDGET SUPPLEMENTAIRE 1996" / "Adopte le budget supplémentaire …"): the decision is the body.
  // Not a subtitle whose noun is a verb's form too ("Demande de subvention au titre de la D.G.E."; nounUse).
  const opening = ACT_OPENING_BODY.exec(body);
  const act = opening ? actionAt(body.slice(opening[0].length)) : null;
  if (opening && act && !nounUse(body.slice(opening[0].length + act.length))) decisionStart = h.end + opening[0].length;
  return decisionStart;
}

/** A point's title that is its act in the perfect, the body left unsaid: "A adopté le procès-verbal …". */
const PERFECT_ACT_TITLE = new RegExp(String.raw`(?<=^[ \t]*${POINT_RANK_LEAD})${PERFECT_ACT}`, 'u');

/** An earlier act recited in the report: "Par délibération n° 2006-07 du 16 février 2006, le Comité Syndical, après avis …". */
const EARLIER_ACT = /^par\s+d[ée]lib[ée]ration\b[^.;]{0,80}?\bdu\s+\d/iu;
/**
 * "Le Conseil Municipal élit M. X, 1er adjoint, pour présider la séance lors du vote.": who chairs
 * the vote is chosen before it; the point's decision follows.
 */
const CHAIR_CHOICE = /^(?:le|la)\s+\p{L}+(?:\s+\p{L}+)?\s+(?:[ée]lit|d[ée]signe)\s(?:[^.;]|(?<=(?:^|\s)\p{Lu})\.){2,120}?\spour\s+pr[ée]sider(?![\p{L}])/iu;
/** How many recited acts in a row are passed over. */
const MAX_RECITALS = 3;

/** `start`, or where the decision starts after the earlier acts its sentence and the next recite; `start` where none does after them. */
function afterRecitals(text: string, h: Heading, segEnd: number, start: number | null): number | null {
  let at = start;
  for (let n = 0; at !== null && n < MAX_RECITALS; n++) {
    const sentence = text.slice(at, at + 160);
    if (!EARLIER_ACT.test(sentence) && !CHAIR_CHOICE.test(sentence)) return at;
    const stop = text.slice(at, segEnd).search(/\.(?:\s|$)/u);
    if (stop < 0) return start;
    const from = at + stop + 1;
    at = decisionStartIn(text, { ...h, end: from }, segEnd, text.slice(from, segEnd));
  }
  return at ?? start;
}

/** A body's first line, up to its first word in title case (an OCR'd bullet "O" before it): where an act opening the body stands. */
const ACT_OPENING_BODY = /^[ \t]*\n?[ \t]*(?:[-•–][ \t]+|O[ \t]+(?=\p{Lu}\p{Ll}))?(?=\p{Lu}\p{Ll}+[ \t])/u;

/** After the vote, on its line, the sentence going on: words and no full stop. */
const MID_SENTENCE_AFTER_VOTE = /^[ \t]+\p{Ll}+[ \t]+\p{L}[^.;:\n]*[\p{L},][ \t]*$/u;
/** How far the sentence of a vote said inside it may run past its line. */
const MAX_SENTENCE_AFTER_VOTE = 400;

/** Right after a vote, an operative verb in capitals ("…, à l'unanimité, DÉCIDE d'acquérir"). */
const CAPITALS_AFTER_VOTE = /^[ \t]*,?[ \t]*(\p{Lu}{3,})(?![\p{L}])/u;

function actAfterVote(text: string, voteEnd: number): boolean {
  const m = CAPITALS_AFTER_VOTE.exec(text.slice(voteEnd, voteEnd + 40));
  return !!m && actionAt(m[1]!) !== null;
}

/**
 * Where the decision ends after its vote, read over text[voteStart, voteEnd) (voteStart null when
 * unknown): at the end of the vote's sentence, or of the articles that follow it.
 */
function decisionEndAfterVote(text: string, voteStart: number | null, voteEnd: number, segEnd: number, body: string): number {
  let lineEnd = text.indexOf('\n', voteEnd);
  if (lineEnd < 0) lineEnd = segEnd;
  // A text without line breaks: the vote's sentence ends at its full stop, or where a word in
  // capitals opens what follows ("APPROUVÉE à l'unanimité N°8 …", "… VU POUR ÊTRE AFFICHÉ").
  // Not before the act the vote leads into ("à l'unanimité, DÉCIDE d'acquérir … ; AUTORISE …"): its line is the decision's.
  // A paragraph on one long line that closes the item is the decision's whole ("… le Comité décide à
  // l'unanimité de contracter … Il autorise le Président à signer …"): its sentences after the vote's are acts too.
  const closesItem = lineEnd < segEnd && !text.slice(lineEnd, segEnd).trim();
  if (((lineEnd - voteEnd > 300 && !closesItem) || (lineEnd >= segEnd && isFlat(body))) && !actAfterVote(text, voteEnd)) {
    const stop = text.slice(voteEnd, voteEnd + 300).search(/[.;](?:\s|$)|[ \t](?=\p{Lu})/u);
    if (stop >= 0) lineEnd = voteEnd + stop + (text[voteEnd + stop] === '.' || text[voteEnd + stop] === ';' ? 1 : 0);
  }
  // The vote's sentence may go on over lines the layout wrapped ("prend acte du rapport du
  // débat" / "d'orientations budgétaires …").
  lineEnd = continuedLineEnd(text, lineEnd, segEnd, 5, true);
  // The vote said inside a sentence of prose ("accorde à l'unanimité une subvention … à l'Association" /
  // "Savennaise … et dit que la dépense …"): the decision runs to the sentence's full stop, in its paragraph.
  if (MID_SENTENCE_AFTER_VOTE.test(text.slice(voteEnd, lineEnd))) {
    const rest = text.slice(lineEnd, Math.min(segEnd, lineEnd + MAX_SENTENCE_AFTER_VOTE));
    const stop = /[.;](?=\s)|\n[ \t]*\n/.exec(rest);
    if (stop && rest[stop.index] !== '\n') lineEnd += stop.index + 1;
  }
  let decisionEnd = Math.min(segEnd, closeParenthesis(text, voteEnd, Math.min(segEnd, lineEnd), segEnd));
  // "après en avoir délibéré, à l'unanimité :" (or "à la majorité," on its line) then the
  // articles: they belong to the decision.
  const voteLineEnd = text.indexOf('\n', voteEnd) < 0 ? segEnd : Math.min(segEnd, text.indexOf('\n', voteEnd));
  if (/[:：]\s*$/.test(text.slice(voteStart ?? decisionEnd, decisionEnd))) {
    decisionEnd = articleListEnd(text, decisionEnd, segEnd);
  } else if (/,\s*$/.test(text.slice(voteStart ?? voteLineEnd, voteLineEnd)) && voteLineEnd < segEnd) {
    decisionEnd = Math.max(decisionEnd, articleListEnd(text, voteLineEnd, segEnd));
  } else {
    // The sentence that states the vote ends on a colon after the vote's last word ("à
    // l'unanimité\ndécide d' :"), or an outcome word was read among the articles ("ADOPTE …").
    const listFrom = colonAfterVote(text, voteStart ?? decisionEnd, segEnd);
    if (listFrom !== null) decisionEnd = Math.max(decisionEnd, articleListEnd(text, listFrom, segEnd));
  }
  // The vote stated before the operative verbs ("par 14 voix pour et 3 contre (M. X, Mme Y),"
  // / "FIXE les taux …" / "CHARGE …"): the articles on the lines after it are the decision's.
  const verbsFrom = articlesAfter(text, decisionEnd, segEnd);
  if (verbsFrom !== null) decisionEnd = Math.max(decisionEnd, articleListEnd(text, verbsFrom, segEnd));
  // The vote read into the first numbered article ("… une abstention (M. X)," / "ARTICLE 1er - APPROUVE
  // … 2 350 000 F" / "H.T." / "ARTICLE 2 - …"): the decision runs through the articles after it.
  const articleAt = paragraphStart(text, decisionEnd);
  if (articleAt > (voteStart ?? voteEnd) - 1 && ARTICLE_NUMBER.test(text.slice(articleAt, articleAt + 30))) decisionEnd = Math.max(decisionEnd, articleListEnd(text, articleAt, segEnd));
  // The vote's names wrapped onto lines of their own ("… Thomas DAMIANI, Matthieu" / "GIORGI, Caroline
  // GRIMALDI, …, Isabelle ZUCCONI."), then "ARTICLE PREMIER :": the articles after the names are the decision's.
  const namesEnd = namesListEnd(text, text.lastIndexOf('\n', decisionEnd - 1) + 1);
  if (namesEnd > decisionEnd && namesEnd + 1 < segEnd && ARTICLE_NUMBER.test(text.slice(namesEnd + 1, namesEnd + 31))) decisionEnd = Math.max(decisionEnd, articleListEnd(text, namesEnd + 1, segEnd));
  return decisionEnd;
}

/** The considérants of the decision text[from, to), each unwrapped. */
function considerationsOf(text: string, from: number, to: number): string[] {
  if (!hasWord(text, 'consid', from, to)) return [];
  const decisionText = text.slice(from, to);
  // Looked for in the lower-cased decision rather than by a case-insensitive scan.
  const decisionLower = lowerOf(text).slice(from, to);
  return considerationsIn(decisionText, decisionLower).map((m) => unwrap(decisionText.slice(m.index!, continuedLineEnd(decisionText, m.index! + m[0].length, decisionText.length))).trim());
}

/** "Point 1 – Tarifs (rapporteur : M. X)": who presents the item, named in the heading; else in the report's opening. */
function rapporteurOf(text: string, h: Heading, reportEnd: number): Person | null {
  const inHeading = HEADING_RAPPORTEUR.exec(text.slice(h.start, h.end));
  const from = inHeading ? h.start : h.end;
  const opening = text.slice(from, inHeading ? h.end : Math.min(reportEnd, h.end + 600));
  const rap = inHeading ?? (RAPPORTEUR_HINT.test(lowerOf(text).slice(h.end, h.end + opening.length)) ? RAPPORTEUR_CUES.exec(opening) : null);
  if (!rap) return null;
  const at = from + rap.index;
  // "Rapporteur : M. X" names them after the cue, "M. X expose" within it.
  const lineEnd = text.indexOf('\n', at + rap[0].length);
  const end = Math.min(lineEnd < 0 ? text.length : lineEnd, at + rap[0].length + 80);
  // A loop, not map then find: an empty list mapped is an array of another kind, on which V8
  // deoptimized this function.
  for (const { person } of parsePersonList(text, at, end)) {
    if (person.civility || /^[\p{Lu}'-]+$/u.test(person.surname)) return { ...person, role: 'rapporteur' };
  }
  return null;
}

/** "Délibération n° B 84/09" alone on the first line under a point's title, or under its subtitle in capitals ("TARIFS … DU 1er MAI 1984"): its number, a figure in it. */
const OWN_NUMBER_UNDER = /^[ \t]*\n(?:[ \t]*(?:(?!\p{Ll}{3})[^\n]){3,160}\n)?[ \t]*(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION)[ \t]+n[°o][ \t]*((?:[A-Z]{1,4}[ .]?)?\d[\w/.-]{0,18}?)[ \t]*(?=\n|$)/u;
/** "(Délibération n° 13/241 AC)" alone on its line: the deliberation's number closing its point. */
const OWN_NUMBER_CLOSING = /(?:^|\n)[ \t]*\([ \t]*D[ée]lib[ée]ration[ \t]+n[°o][ \t]*([^)\n]{2,24}?)[ \t]*\)[ \t]*(?=\n|$)/u;

/**
 * "8. SUBVENTION …" / "9. CLASSEMENT …" (decided, "Ajourné.") / "10. ACQUISITION …": a ranked point
 * between its rank's neighbours, the one before kept as a point, is one of the sitting's points
 * though its decision states no vote.
 */
function rankedBetween(queue: ReadonlyArray<{ h: Heading }>, q: number, built: readonly BuiltItem[]): boolean {
  const h = queue[q]!.h;
  const before = queue[q - 1]?.h;
  const after = queue[q + 1]?.h;
  if (h.scheme !== 'ordinal' || before?.scheme !== 'ordinal' || after?.scheme !== 'ordinal') return false;
  const rank = Number(h.number);
  return Number(before.number) === rank - 1 && Number(after.number) === rank + 1 && built[built.length - 1]?.item.number === before.number;
}

/** Where a point's text starts under its heading: its first character that is no blank, or the heading's end where there is none. */
function pointTextStart(text: string, headingEnd: number, segEnd: number): number {
  return headingEnd + (/\S/.exec(text.slice(headingEnd, segEnd))?.index ?? 0);
}

/**
 * Turns headings into items. `single` is set for a one-deliberation extract: its only
 * item keeps its decision up to the signature.
 */
export function buildItems(text: string, headings: readonly Heading[], docEnd: number, single: boolean): BuiltItem[] {
  // No heading, no item; and the queue below, mapped from no heading, would be an array of
  // another kind, on which V8 deoptimized this function.
  if (!headings.length) return [];
  const built: BuiltItem[] = [];
  const closing = closingAt(text, headings[headings.length - 1]?.end ?? docEnd, docEnd);
  const queue: Array<{ h: Heading; segEnd: number }> = [];
  for (let i = 0; i < headings.length; i++) queue.push({ h: headings[i]!, segEnd: headings[i + 1]?.start ?? closing });
  const rowCells = hasDecisionVoteHeader(text);
  // A summary whose acts are participles (see actsInParticiples): asked of the whole text once, not at each heading.
  const participles = actsInParticiples(text);
  const resultColumns = resultLineColumns(text);
  for (let q = 0; q < queue.length; q++) {
    const h = queue[q]!.h;
    let segEnd = queue[q]!.segEnd;
    let body = text.slice(h.end, segEnd);
    let decisionStart = afterRecitals(text, h, segEnd, decisionStartIn(text, h, segEnd, body));
    // A vote recalled in the report ("voté à l'unanimité par délibération du …") is not this item's.
    let vote = readVote(text, decisionStart ?? h.end, segEnd);
    // "Mis aux voix, la proposition est adoptée par 12 voix pour, …" / "En conséquence, le Comité
    // Syndical : - FIXE …": the vote put just before the decision's lead is the decision's.
    if (!vote.stated && decisionStart !== null) {
      const put = votePutBefore(text, h.end, decisionStart);
      if (put) {
        decisionStart = put.start;
        vote = readVote(text, decisionStart, segEnd);
      }
    }
    // The vote's grid just over the line that states its result ("Vote" / "Pour" / "Contre" / "Abstention"
    // / "5" / "17" / "0" / "Résultat du vote sur la motion … : REJETEE"): the decision's counts, from the grid.
    if (!vote.vote && decisionStart !== null) {
      const grid = gridJustAbove(text, h.end, decisionStart);
      if (grid !== null) {
        decisionStart = grid;
        vote = readVote(text, decisionStart, segEnd);
      }
    }
    // A software's form over the synthesis of its decision ("Décision ADOPTÉ" / "Pour Contre Abstention
    // NPPV" / "83 0 5 0" / … / "Synthèse de la décision" / "Le Conseil régional approuve …"): its fields
    // the decision's vote, whatever votes the synthesis recalls (its amendments').
    const field = decisionStart === null ? null : decisionFieldAbove(text, h.end, decisionStart);
    if (field && (field.vote || !vote.stated)) vote = field;
    // A form's vote box right under the heading ("Votes" / "Pour" / "Contre" / "Abstention" / "10" / "0" / "0"), the text
    // deciding further down: its figures the vote's counts, the text's unanimity kept.
    const box = vote.vote && vote.vote.for !== null ? null : voteBoxUnder(text, h.end, decisionStart ?? segEnd);
    if (box) vote = vote.vote ? { ...vote, vote: { ...vote.vote, for: box.vote!.for, against: box.vote!.against, abstentions: box.vote!.abstentions } } : box;
    // A software's table of affairs a row a line: the cells closing the heading's row are its outcome and vote.
    const row = rowCells ? rowOutcome(text, h.start) : null;
    if (row) vote = row;
    // Its row's result on a line of its own under the summary ("Majorité 24 6 0 1"), under a header naming the vote's columns.
    const resultLine = resultColumns ? resultLineOutcome(text, h.end, segEnd, resultColumns) : null;
    if (resultLine) {
      vote = resultLine;
      // The summary over it is what was decided, from the row's next line, where no cue opened the decision later.
      decisionStart ??= pointTextStart(text, h.end, segEnd);
    }
    // "(Le projet de délibération est adopté à l'unanimité.)" over the deliberation's text: its
    // vote, though the text's acts ("Approuve …") say it was adopted; the decision starts where it did.
    if (!vote.vote && decisionStart !== null) {
      const stated = voteInBracketsBefore(text, h.end, decisionStart);
      if (stated !== null) vote = readVote(text, stated, segEnd);
    }
    // One heading over several matters, each explained then voted: each vote after its own
    // report is an item of its own, under the same heading. A numbered deliberation stays one.
    // So does a subject in capitals under its deliberation's number ("90-150" / "VOEU PRESENTE PAR …").
    const next = single || h.scheme === 'numbered' || (h.scheme === 'capitals' && h.number !== null) ? null : laterMatter(text, vote.marks);
    // Each matter under its own lettered line when the heading has them ("a) Compte administratif
    // de la commune", "b) … du service des eaux"), the first one's title being the heading's own.
    let title = h.title;
    if (next !== null) {
      const subPoint = subPointTitle(text, next);
      queue.splice(q + 1, 0, { h: { scheme: 'paragraph', start: next, end: next, number: null, title: subPoint ?? matterTitle(text, next, segEnd) ?? h.title }, segEnd });
      if (subPoint) title = firstSubPoint(text, h.end, next) ?? title;
      segEnd = next;
      body = text.slice(h.end, segEnd);
      vote = readVote(text, decisionStart ?? h.end, segEnd);
    }
    const decided = vote.stated;
    // "N° 10 …", "Affaire 12 …": a point the sitting numbered, deferred ("décide d'ajourner") or
    // given an opinion without a vote, is still one of its points when its decision is written.
    let actInTitle = false;
    if (decisionStart === null && participles) {
      // A summary's point under "Le Conseil a :": its text is what was decided, from its first line.
      // A point whose rank opens its act ("1° – A adopté le procès-verbal …"): that line is its decision, a point though no vote is said.
      const actTitle = PERFECT_ACT_TITLE.exec(text.slice(h.start, h.end));
      actInTitle = actTitle !== null && hasParticipleAct(text, h.start, h.end);
      if (actInTitle) decisionStart = h.start + actTitle!.index;
      else if (hasParticipleAct(text, h.end, vote.start ?? segEnd)) decisionStart = pointTextStart(text, h.end, segEnd);
    }
    if (!decided && h.scheme !== 'numbered' && !single && !actInTitle && !(h.scheme === 'agenda' && body.trim().length >= MIN_POINT_BODY) && !(decisionStart !== null && (isLabelledPoint(text, h) || rankedBetween(queue, q, built)))) continue;
    if (vote.start !== null && (decisionStart === null || decisionStart === lineAt(text, vote.start).start) && PASSIVE_ACT.test(text.slice(h.end, vote.start)) && isDecisionsList(text)) {
      // A relevé's point ("Le budget est arrêté à …" / "Adopté à l'unanimité.", "Sont désignés : …" / "Vote : unanimité"):
      // its text in the passive is what was decided, from its first line, whether or not the vote's line opened a decision.
      decisionStart = pointTextStart(text, h.end, segEnd);
    }
    if (decisionStart === null && vote.start !== null && h.scheme === 'paragraph' && listsDecisions(text)) {
      // A summary's point under "… les principales décisions.": its paragraph tells what was decided, from its first line.
      decisionStart = pointTextStart(text, h.end, segEnd);
    }
    if (decisionStart === null && vote.start !== null) {
      // No lead-in: the decision is the sentence that states the vote; or the president's putting the
      // matter to the vote on the line over it ("M. LE PRÉSIDENT. – Je mets aux voix le rapport n° 86-31.").
      const lineStart = text.lastIndexOf('\n', vote.start) + 1;
      decisionStart = Math.max(putToVoteAbove(text, h.end, lineStart) ?? lineStart, h.end);
    }
    // A vote stated over the decision's text (in brackets) ends nothing of it.
    const decisionEnd = !single && vote.end !== null && !(decisionStart !== null && vote.end <= decisionStart) ? decisionEndAfterVote(text, vote.start, vote.end, segEnd, body) : segEnd;
    const made = builtItem(text, h, title, segEnd, decisionStart, decisionEnd, vote, built.length + 1);
    // "(Délibération n° 13/241 AC)" alone on its line under the vote: the point's own number, not its report's.
    const own = text.includes('(D') ? OWN_NUMBER_CLOSING.exec(text.slice(h.end, segEnd)) : null;
    if (own) made.item.number = own[1]!.trim();
    // "1 – STATION D'ÉPURATION …" / "Délibération n° B 84/09" alone on the line under the title: the point's own number, not its rank.
    const under = !own && h.number !== null ? OWN_NUMBER_UNDER.exec(text.slice(h.end, Math.min(segEnd, h.end + 240))) : null;
    if (under) made.item.number = under[1]!;
    built.push(made);
  }
  return built;
}

/**
 * The item of heading `h` over text[h.start, segEnd), its decision from `decisionStart` (null
 * without one) to `decisionEnd`, read with its vote; `rank` its rank among the items, for the
 * warnings. A function of its own: buildItems was one V8 compiled slowly.
 */
function builtItem(text: string, h: Heading, title: string, segEnd: number, decisionStart: number | null, decisionEnd: number, vote: VoteReading, rank: number): BuiltItem {
  if (decisionStart !== null && decisionStart > decisionEnd) decisionStart = vote.start ?? decisionEnd;

  const reportEnd = decisionStart ?? segEnd;
  const reportText = text.slice(h.end, reportEnd).trim();
  const articles = decisionStart !== null ? extractArticles(text, decisionStart, decisionEnd) : [];
  // Where the layout lost the blank line after the last article, the discussion or the next
  // heading that follows it is not part of the decision.
  const lastArticle = articles[articles.length - 1]?.span;
  const after = lastArticle ? otherPartAt(text, lastArticle.start, decisionEnd) : null;
  if (after !== null && (vote.end === null || vote.end <= after)) decisionEnd = after;
  const visas = visasIn(text, h.end, decisionEnd);
  const considerations = considerationsOf(text, h.end, decisionEnd);
  const rapporteur = rapporteurOf(text, h, reportEnd);

  const item: Item = {
    number: h.number,
    title,
    rapporteur,
    report: reportText.length ? reportText : null,
    decision:
      vote.stated || articles.length || visas.length
        ? { visas, considerations, articles, vote: vote.vote, outcome: vote.outcome }
        : null,
    span: { start: h.start, end: segEnd },
  };
  return {
    item,
    reportSpan: { start: h.start, end: reportEnd },
    decisionSpan: decisionStart !== null ? { start: decisionStart, end: decisionEnd } : null,
    warnings: vote.warnings.map((w) => `item ${h.number ?? rank}: ${w}`),
  };
}

/**
 * A matter without a heading is named by its first sentence, when that is prose ("M. le Maire
 * propose M. X pour le poste de 4e adjoint."); a label ("Désignation du bien vendu :") leaves it
 * the heading it stands under.
 */
function matterTitle(text: string, from: number, to: number): string | null {
  const zone = text.slice(from, Math.min(to, from + 400));
  let stop = -1;
  for (const m of execAll(/[.;:!?](?=\s|$)|\n[ \t]*\n/g, zone)) {
    if (m[0] === '.' && INITIAL_BEFORE.test(zone.slice(Math.max(0, m.index! - 2), m.index!))) continue;
    stop = m.index!;
    break;
  }
  const sentence = (stop < 0 ? zone : zone.slice(0, stop + 1)).replace(/\s+/g, ' ').trim();
  if (sentence.endsWith(':') || sentence.split(' ').length < 6) return null;
  return sentence.replace(/[\s.;:!?]+$/u, '').slice(0, 200);
}

/** "   a) Compte administratif de la commune": a lettered or numbered sub-point alone on its line. */
const SUB_POINT = /^\s*(?:[a-h]|\d{1,2})\)[ \t]+([^\n]{3,120}?)[ \t.:]*(?:\n|$)/u;

/** The title of the sub-point whose line opens at `at` (after blank space), or null. */
function subPointTitle(text: string, at: number): string | null {
  const m = SUB_POINT.exec(text.slice(at, at + 200));
  return m && /^\p{Lu}/u.test(m[1]!) && !/[.;:]/.test(m[1]!) ? m[1]!.trim() : null;
}

/** The title of the first sub-point ("a)", "1)") opening a line of text[from, to), or null. */
function firstSubPoint(text: string, from: number, to: number): string | null {
  for (let at = from; at >= 0 && at < to; at = text.indexOf('\n', at + 1)) {
    if (/^\n?[ \t]*(?:a|1)\)/.test(text.slice(at, at + 12))) return subPointTitle(text, at);
  }
  return null;
}

/** A line that goes on with the sentence above: in lower case, and no sub-point's letter ("b) Compte …"). */
const CONTINUED_LINE = /^\p{Ll}(?!\p{Ll}{0,3}[).])/u;

/** "Mis aux voix", "soumis au vote": a sentence putting the proposal to the vote. */
// Its figures may wrap over two lines more ("Pour : 11 - Contre : 2 (MM. …) - Abstention:" / "1 (M. MAZEAU).").
// Or the outcome stated first, the decision's lead after it: "Adopté à l'unanimité. Le Bureau décide …".
const PUT_TO_VOTE = /(?:^|\n|[.;]\s)[ \t]*(?:mise?s?\s+aux\s+voix|soumise?s?\s+au\s+vote|apr[èe]s\s+(?:un\s+)?vote|(?:adopt|approuv)[ée]e?s?\s+(?:[àa]\s+l['’]\s?unanimit[ée]|par\s+\d{1,3}\s+voix)[^\n.]*\.$)[^\n]*(?:\n(?![ \t]*\n)[^\n]*){0,2}$/iu;

/**
 * "(Le projet de délibération, mis aux voix, est adopté par 112 voix contre 27 et 16 abstentions.)":
 * a typed procès-verbal's statement of the vote in brackets, a paragraph of its own between the
 * debate and the deliberation's text (its lead, '"Le Conseil régional,', may stand between).
 */
const VOTE_IN_BRACKETS = /(?:^|\n)[ \t]*\((?:le|la)\s+(?:projet\s+de\s+d[ée]lib[ée]ration|motion|proposition)(?=[\s,])[^()]{0,240}\)[ \t.]*(?=\n)/giu;
/** How much of the deliberation's lead may stand between that statement and its decision. */
const LEAD_AFTER_BRACKETS = 80;
/** How far above the decision's lead the sentence putting it to the vote (or stating it in brackets) is looked for. */
const VOTE_PUT_REACH = 300;

/** Where VOTE_IN_BRACKETS stands just before `at`, stating a vote, or null. */
function voteInBracketsBefore(text: string, from: number, at: number): number | null {
  const zoneStart = Math.max(from, at - VOTE_PUT_REACH);
  const zone = text.slice(zoneStart, at);
  const bracketed = zone.includes('(') ? execAll(VOTE_IN_BRACKETS, zone).at(-1) : undefined;
  if (!bracketed || zone.slice(bracketed.index! + bracketed[0].length).trim().length > LEAD_AFTER_BRACKETS) return null;
  const start = zoneStart + bracketed.index! + bracketed[0].indexOf('(');
  return readVote(text, start, zoneStart + bracketed.index! + bracketed[0].length).vote ? start : null;
}

/** Where a vote's counts stand in text[from, at), nothing after them up to `at`, or null. */
function gridJustAbove(text: string, from: number, at: number): number | null {
  const read = readVote(text, Math.max(from, at - VOTE_PUT_REACH), at);
  return read.vote && read.start !== null && read.end !== null && !text.slice(read.end, at).trim() ? read.start : null;
}

/** A vote box a cell a line: its labels, then its figures ("Votes" / "Pour" / "Contre" / "Abstention" / "9" / "0" / "0"). */
const VOTE_BOX = /^\s*(?:Votes?[ \t]*\n\s*)?Pour[ \t]*\n\s*Contre[ \t]*\n\s*Abst(?:entions?|\.)?[ \t]*\n\s*\d{1,3}[ \t]*\n\s*\d{1,3}[ \t]*\n\s*\d{1,3}[ \t]*(?=\n|$)/u;

/** The vote such a box right under a heading (text[from, …), before `at`) gives, or null. */
function voteBoxUnder(text: string, from: number, at: number): VoteReading | null {
  const m = VOTE_BOX.exec(text.slice(from, Math.min(at, from + VOTE_BOX_REACH)));
  if (!m) return null;
  const read = readVote(text, from, from + m[0].length);
  return read.vote && read.vote.for !== null ? read : null;
}
/** How far the box's cells run. */
const VOTE_BOX_REACH = 120;

/** A form's field of how the point ended, its value in capitals on the label's line ("Décision ADOPTÉ", "Décision PREND ACTE"). */
const DECISION_FIELD = /(?<=^|\n)[ \t]*D[ée]cision[ \t]+(?=\p{Lu}{2})/u;

/** The vote a form's DECISION_FIELD and its fields under it state in text[from, at), or null. */
function decisionFieldAbove(text: string, from: number, at: number): VoteReading | null {
  // Asked of every decision: the field's word searched for first, the pattern's lookbehind only where it stands.
  const zone = text.slice(from, at);
  if (!zone.includes('cision ')) return null;
  const m = DECISION_FIELD.exec(zone);
  const read = m ? readVote(text, from + m.index, at) : null;
  return read?.stated ? read : null;
}

/** The sentence just before `at` (within the line or two above it) that puts the proposal to the vote and states it, or null. */
function votePutBefore(text: string, from: number, at: number): { start: number } | null {
  const zoneStart = Math.max(from, at - VOTE_PUT_REACH);
  const m = PUT_TO_VOTE.exec(text.slice(zoneStart, at).trimEnd());
  if (!m) return null;
  const start = zoneStart + m.index + (m[0].length - m[0].replace(/^(?:\n|[.;]\s)?[ \t]*/u, '').length);
  return readVote(text, start, at).stated ? { start } : null;
}

/** The president's sentence putting the matter to the vote, closing its line: "– Je mets aux voix le rapport n° 86-31.". Lower-cased text. */
const PUTS_TO_VOTE = /(?:^|[.;:][ \t]+|[-–—][ \t]*)(je[ \t]+mets[ \t]+aux[ \t]+voix[^\n]*)$/u;
/** Where the line over `at` (a line's start), inside the point from `from`, puts the matter to the vote: its sentence's start; else null. */
function putToVoteAbove(text: string, from: number, at: number): number | null {
  if (at <= from || text[at - 1] !== '\n') return null;
  const above = lineAt(text, at - 1);
  const line = above.start < from ? '' : lowerOf(text).slice(above.start, above.end);
  const m = line.includes('mets aux voix') ? PUTS_TO_VOTE.exec(line) : null;
  return m ? above.start + m.index + m[0].length - m[1]!.length : null;
}

/** How much text must separate two votes for the second to be voted on a matter of its own. */
const MATTER_GAP = 150;

/** Whether the line before `at` (a line's start) is an article in capitals its sentence cut short, no stop closing it ("- APPROUVE l'avenant … passé avec la"). */
/** Connectives that carry on the matter before: what they open is voted with it. */
const SAME_MATTER = new RegExp(String.raw`^${CARRYING_ON}(?![\p{L}])`, 'iu');

/**
 * "… le produit de la location de l'année" / "1999 à l'entretien des chemins": a figure opening a
 * line under a sentence left open, a lower-case word after it, is that sentence's, not a point's number.
 */
function figureWithinSentence(text: string, at: number): boolean {
  if (!/^\d[\d  .,]*\s\p{Ll}/u.test(text.slice(at, at + 16))) return false;
  const lineEnd = text.lastIndexOf('\n', at - 1);
  if (lineEnd <= 0) return false;
  const line = text.slice(text.lastIndexOf('\n', lineEnd - 1) + 1, lineEnd);
  return /\p{L}\s*$/u.test(line);
}

function cutArticleBefore(text: string, at: number): boolean {
  const lineEnd = text.lastIndexOf('\n', at - 1);
  if (lineEnd <= 0) return false;
  const line = text.slice(text.lastIndexOf('\n', lineEnd - 1) + 1, lineEnd);
  return !/[.;:!?»)]\s*$/u.test(line) && articleInCapitals(line.trimStart());
}

/** A line that opens on an operative verb in capitals ("DÉCIDE de …", "- AUTORISE …"). */
function articleInCapitals(line: string): boolean {
  // "- d'APPROUVER les modalités …": an article as the infinitive after "DÉCIDE :", its verb in capitals all the same.
  const s = line.replace(/^[-•–]\s*/u, '').replace(/^(?:d['’]\s?|de\s+)(?=\p{Lu}{3})/u, '');
  const hit = actionAt(s);
  return hit !== null && s.slice(0, hit.length) === s.slice(0, hit.length).toUpperCase();
}

/** Whether `at` stands in a "Vu …" or "Considérant …" clause: from the last line that follows a clause's end. */
function inRecital(text: string, at: number): boolean {
  let start = text.lastIndexOf('\n', at - 1);
  // Walk back over wrapped lines: a clause ends on ";", "." or ":", or at a blank line.
  while (start > 0) {
    const prev = text.lastIndexOf('\n', start - 1);
    const line = text.slice(prev + 1, start).trimEnd();
    if (!line || /[;.:]$/.test(line) || start - prev > 400) break;
    start = prev;
  }
  return RECITAL.test(text.slice(start + 1, at));
}
const RECITAL = /^[ \t]*(?:[-–•][ \t]*)?(?:vu|consid[ée]rant)(?![\p{L}])/iu;
/** A member who stays out of the vote, named: "ne prend pas part au vote", "quitte la salle". Lower-cased text. */
const STAYS_OUT = /ne\s+(?:pren(?:d|nent)|participe(?:nt)?)\s+pas\s+(?:part\s+)?au\s+vote|quitte(?:nt)?\s+la\s+salle/u;

/**
 * Where the next matter starts when the vote marks fall in two groups with a report between
 * them: the line after the first vote's line. Votes on alternatives or on parts of one item
 * follow each other closely ("La première … rejetée …", "La seconde … adoptée …"), and stay one.
 */
function laterMatter(text: string, marks: ReadonlyArray<{ start: number; end: number }>): number | null {
  if (marks.length < 2) return null;
  // "VU le SCoT approuvé le 12 décembre 2019 ;": a recital cites what was decided before, it decides nothing.
  const sorted = marks.filter((m) => !inRecital(text, m.start)).sort((a, b) => a.start - b.start);
  if (sorted.length < 2) return null;
  // "Mme X quitte la salle et ne prend pas part au vote": who stays out announces the vote to come,
  // which it cannot be parted from.
  const staysOut = (m: { start: number; end: number }) => STAYS_OUT.test(lowerOf(text).slice(m.start, m.end));
  let end = sorted[0]!.end;
  let announcedOnly = staysOut(sorted[0]!);
  for (const m of sorted.slice(1)) {
    if (announcedOnly) {
      end = Math.max(end, m.end);
      announcedOnly = staysOut(m);
      continue;
    }
    const lineEnd = m.start > end ? text.indexOf('\n', end) : -1;
    // Without line breaks the matters cannot be told apart safely.
    if (m.start > end && lineEnd < 0) return null;
    // A mark on the same line belongs to the same statement.
    if (m.start > end && lineEnd < m.start) {
      const nextLine = text.lastIndexOf('\n', m.start) + 1;
      if (text.slice(lineEnd, nextLine).replace(/\s+/g, '').length >= MATTER_GAP) {
        let at = lineEnd;
        while (at < nextLine && /\s/.test(text[at]!)) at++;
        // A line opening in lower case ("de 186 400 € HT ;") is the wrap of the article before:
        // what follows the vote starts on the first line that does not continue a sentence.
        // So is the line after an article cut before its sentence's end ("passé avec la" / "S.R.A.N. ;").
        while (at < nextLine && (CONTINUED_LINE.test(text.slice(at, at + 6)) || cutArticleBefore(text, at) || figureWithinSentence(text, at))) {
          const next = text.indexOf('\n', at);
          if (next < 0 || next >= nextLine) break;
          at = next + 1;
          while (at < nextLine && /\s/.test(text[at]!)) at++;
        }
        // What opens on an operative verb in capitals ("DÉCIDE de …", "AUTORISE …") is the
        // articles of the vote before, their bullets lost: a new matter opens on its report.
        // "Par ailleurs, le Conseil agrée …": a further act of the same matter, voted with it.
        if (at < nextLine && !articleInCapitals(text.slice(at, at + 40)) && !SAME_MATTER.test(text.slice(at, at + 30))) return at;
      }
    }
    end = Math.max(end, m.end);
  }
  return null;
}
