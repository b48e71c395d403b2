/**
 * Items: each heading's stretch of text becomes an item when it is a numbered deliberation
 * or when something was decided in it; its report runs to the first decision cue, its
 * decision from there to the end of the vote.
 */
import type { Item } from '../schema/minutes.ts';
import type { Heading } from '../segment/headings.ts';
import { extractArticles } from './articles.ts';
import { actionAt } from '../text/verbs.ts';
import { readVote } from './vote.ts';
import { parsePersonList } from './persons.ts';
import { keyed, mayMatchIn } from '../text/gate.ts';
import { accentless, accentlessOf, caseless, lowerOf } from '../text/caseless.ts';
import { lineCount } from '../text/lines.ts';

/** Where a decision begins: the first of these after the heading. */
const DECISION_CUES: readonly RegExp[] = [
  keyed(/(?:^|\n)[ \t]*D[ÉE]CISION\b/, 'cision'),
  keyed(/(?:^|\n)[ \t]*(?:Vu|VU)\b/, 'vu'),
  keyed(/(?<=\s)Vu\s+(?:le|la|les|l['’])\s/, 'vu'),
  keyed(/\bapr[èe]s\s+en\s+avoir\s+d[ée]lib[ée]r[ée]/iu, 'avoir'),
  keyed(/\bapr[èe]s\s+avoir\s+d[ée]lib[ée]r[ée]/iu, 'avoir'),
  keyed(/\b(?:propose|demande)\s+(?:au|aux|à l['’]ensemble des)\s+(?:membres\s+du\s+)?(?:conseil|assembl[ée]e)[^.\n]{0,80}(?:d['’]accord|:)/iu, 'propose', 'demande'),
  keyed(/\bpropose\s+de\s+passer\s+au\s+vote/iu, 'propose'),
  // "Il est donc proposé au conseil la décision modificative suivante :" then what is decided.
  keyed(/(?<=\bil\s+est\s+(?:donc\s+)?propos[ée]\s[^.\n]{0,150}:[ \t]*\n)[ \t]*\S/iu, 'propos'),
  keyed(/\b(?:proc[ée]der|passer)\s+au\s+vote|\bR[ée]sultat\s+du\s+vote/iu, 'vote'),
  keyed(/[ÉE]tes[- ]vous\s+d['’]accord/iu, 'accord'),
  keyed(/(?:^|\n)[ \t]*(?:Vote|VOTE)\s*(?:du\s+conseil\s*)?:/, 'vote'),
  keyed(/\b(?:le|la)\s+(?:conseil|commission|bureau|comit[ée])(?:\s+(?:municipal|communautaire|d[ée]partemental|permanente|syndical|d['’]administration))?\s*,?\s*(?:apr[èe]s|à\s+l['’]unanimit|approuve|d[ée]cide|adopte|accepte|vote|donne|:)/iu, 'conseil', 'commission', 'bureau', 'comit'),
  keyed(/(?:^|\n)[ \t]*(?:Le|La)\s+(?:Conseil|Commission|Bureau|Comit[ée])(?![a-zA-ZÀ-ÿ])[^.\n]{0,120}?(?:\bd[ée]cide|\bapprouve|\badopte|\baccepte|à\s+l['’]unanimit|à\s+la\s+majorit|\bapr[èe]s\s+(?:en\s+)?avoir)/, 'conseil', 'commission', 'bureau', 'comit'),
];

/** Proposal lead-ins a rapporteur uses, to find who presents the item. */
const RAPPORTEUR_CUES = /\b(?:[Rr]apporteur\s*:|RAPPORTEUR\s*:|pr[ée]sent[ée]\s+par|expos[ée]\s+par|(?:Monsieur|Madame|M\.|Mme)[^.\n]{0,60}?\b(?:informe|expose|pr[ée]sente|rappelle|propose)\b)/u;

/** Words one of which every rapporteur cue holds: a cheap test before the costly pattern. */
const RAPPORTEUR_HINT = /rapporteur|pr[ée]sent|expos|informe|rappelle|propose/;

const VISA_LINE = /(?:^|\n)[ \t]*(?:[-•][ \t]*)?(?:Vu|VU)\b[ \t]*(:?)/g;
const VISA_INLINE = /[\s.;](?:Vu|VU)\s+(?:le|la|les|l['’]|l’)/g;
const CONSIDERATION = /(?:^|\n|(?<=[.;]\s))[ \t]*(?:[-•][ \t]*)?(?:Consid[ée]rant|CONSID[ÉE]RANT)\b[^\n]*/g;

function visasIn(text: string, start: number, end: number): string[] {
  const zone = text.slice(start, end);
  const visas: string[] = [];
  const multiline = zone.includes('\n') && zone.length / lineCount(zone) < 400;
  if (multiline) {
    for (const m of zone.matchAll(VISA_LINE)) {
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
      visas.push(('Vu' + zone.slice(at).split('\n')[0]!).trim());
    }
  } else {
    for (const m of zone.matchAll(VISA_INLINE)) {
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
function articleListEnd(text: string, from: number, to: number): number {
  let pos = from;
  let seenArticle = false;
  let prev = '';
  while (pos < to) {
    let lineEnd = text.indexOf('\n', pos + 1);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    const line = text.slice(pos, lineEnd).replace(/^\n/, '').trim();
    const bullet = /^[-•–]/u.test(line);
    const verb = actionAt(line.replace(/^[-•–]\s*/u, '')) !== null;
    if (line === '') {
      if (seenArticle) return pos;
    } else if (bullet || verb) {
      seenArticle = seenArticle || verb;
    } else if (seenArticle && /[.;]$/.test(prev) && /^\p{Lu}/u.test(line)) {
      return pos;
    } else if (/^(?:M\.|Mme|Monsieur|Madame)\s/u.test(line) && seenArticle) {
      return pos;
    }
    if (line) prev = line;
    pos = lineEnd;
  }
  return to;
}

export interface BuiltItem {
  item: Item;
  reportSpan: { start: number; end: number } | null;
  decisionSpan: { start: number; end: number } | null;
  warnings: string[];
}

/**
 * Turns headings into items. `single` is set for a one-deliberation extract: its only
 * item keeps its decision up to the signature.
 */
export function buildItems(text: string, headings: readonly Heading[], docEnd: number, single: boolean): BuiltItem[] {
  const built: BuiltItem[] = [];
  headings.forEach((h, i) => {
    const segEnd = headings[i + 1]?.start ?? docEnd;
    const body = text.slice(h.end, segEnd);
    let decisionStart: number | null = null;
    const lower = accentlessOf(text).slice(h.end, segEnd);
    // Only the earliest cue matters: each pattern searches what precedes the best so far.
    let searchEnd = body.length;
    for (const re of DECISION_CUES) {
      if (!mayMatchIn(re, text, h.end, h.end + Math.min(body.length, searchEnd + 200))) continue;
      // Case-insensitive cues run on the lower-cased, accentless body: same offsets, many times
      // faster, and blind to the accents OCR adds or drops ("aux membrés du conseil").
      const [pattern, subject] = re.flags.includes('i') ? [accentless(re), lower] : [re, body];
      const m = pattern.exec(searchEnd < body.length ? subject.slice(0, searchEnd + 200) : subject);
      if (m && m.index < searchEnd) {
        const at = h.end + m.index + (m[0].length - m[0].trimStart().length);
        decisionStart = decisionStart === null ? at : Math.min(decisionStart, at);
        searchEnd = m.index;
      }
    }
    // A vote recalled in the report ("voté à l'unanimité par délibération du …") is not this item's.
    const vote = readVote(text, decisionStart ?? h.end, segEnd);
    const decided = vote.stated;
    if (!decided && h.scheme !== 'numbered' && !single) return;
    if (decisionStart === null && vote.start !== null) {
      // No lead-in: the decision is the sentence that states the vote.
      const lineStart = text.lastIndexOf('\n', vote.start) + 1;
      decisionStart = Math.max(lineStart, h.end);
    }
    let decisionEnd = segEnd;
    if (!single && vote.end !== null) {
      let lineEnd = text.indexOf('\n', vote.end);
      if (lineEnd < 0) lineEnd = segEnd;
      // A text without line breaks: the vote's sentence ends at its full stop, not at the line's end.
      if (lineEnd - vote.end > 300) {
        const stop = text.slice(vote.end, vote.end + 300).search(/[.;](?:\s|$)/);
        if (stop >= 0) lineEnd = vote.end + stop + 1;
      }
      decisionEnd = Math.min(segEnd, lineEnd);
      // "après en avoir délibéré, à l'unanimité :" then the articles: they belong to the decision.
      if (/[:：]\s*$/.test(text.slice(vote.start ?? decisionEnd, decisionEnd))) {
        decisionEnd = articleListEnd(text, decisionEnd, segEnd);
      }
    }
    if (decisionStart !== null && decisionStart > decisionEnd) decisionStart = vote.start ?? decisionEnd;

    const reportEnd = decisionStart ?? segEnd;
    const reportText = text.slice(h.end, reportEnd).trim();
    const articles = decisionStart !== null ? extractArticles(text, decisionStart, decisionEnd) : [];
    const visas = visasIn(text, h.end, decisionEnd);
    const decisionText = text.slice(h.end, decisionEnd);
    const considerations = /consid/i.test(decisionText) ? [...decisionText.matchAll(CONSIDERATION)].map((m) => m[0].trim()) : [];
    const opening = text.slice(h.end, Math.min(reportEnd, h.end + 600));
    const rap = RAPPORTEUR_HINT.test(lowerOf(text).slice(h.end, h.end + opening.length)) ? RAPPORTEUR_CUES.exec(opening) : null;
    let rapporteur = null;
    if (rap) {
      const at = h.end + rap.index;
      // "Rapporteur : M. X" names them after the cue, "M. X expose" within it.
      const lineEnd = text.indexOf('\n', at + rap[0].length);
      const end = Math.min(lineEnd < 0 ? text.length : lineEnd, at + rap[0].length + 80);
      rapporteur = parsePersonList(text, at, end).map((e) => e.person).find((p) => p.civility || /^[\p{Lu}'-]+$/u.test(p.surname)) ?? null;
      if (rapporteur) rapporteur = { ...rapporteur, role: 'rapporteur' };
    }

    const item: Item = {
      number: h.number,
      title: h.title,
      rapporteur,
      report: reportText.length ? reportText : null,
      decision:
        decided || articles.length || visas.length
          ? { visas, considerations, articles, vote: vote.vote, outcome: vote.outcome }
          : null,
      span: { start: h.start, end: segEnd },
    };
    built.push({
      item,
      reportSpan: { start: h.start, end: reportEnd },
      decisionSpan: decisionStart !== null ? { start: decisionStart, end: decisionEnd } : null,
      warnings: vote.warnings.map((w) => `item ${h.number ?? built.length + 1}: ${w}`),
    });
  });
  return built;
}
