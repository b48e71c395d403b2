/**
 * An order of a mayor or a president (an arrêté, a décision taken under the council's delegation),
 * alone or a register page of several: no sitting, yet each act has the parts of a deliberation.
 * Its title ("ARRÊTÉ MUNICIPAL N° 77-08" / "portant règlement du cimetière communal") is its
 * report; from the one who acts ("Le Maire de la Commune de …,") through its visas, its
 * considérants and its articles to the name that signs it, its decision.
 */
import type { SectionClaim } from './sections.ts';

/**
 * An act's title opening its line: the act's word, then its number, its author or what it
 * provides. In capitals it may follow a register's margin on its line ("N° 2004/11 ARRÊTÉ PORTANT
 * …", the normalized text's single space between them), its word spaced out before its number
 * ("A R R E T E N° 04/0157"). "A R R E T E" alone, "ARRÊTE :" (the verb that
 * enacts), "Vu l'arrêté n° …" (a visa) and "REGISTRE DES ARRETES" (plural, the page's header) are none.
 */
const ORDER_TITLE = new RegExp(
  String.raw`(?<=^|\n)(?:[^\n]{0,30}?[ \t])??[ \t]*((?:ARR[EÊ]T[EÉ]|A[ \t]R[ \t]R[ \t][EÊ][ \t]T[ \t][EÉ](?=[ \t]+N[°o])|D[EÉ]CISION)[ \t]+(?:N[°o]|MUNICIPAL|DU[ \t]+MAIRE|DE[ \t]+LA[ \t]+MAIRE|DU[ \t]+PR[EÉ]SIDENT|DE[ \t]+LA[ \t]+PR[EÉ]SIDENTE|PORTANT)(?![\p{L}])[^\n]*)` +
    String.raw`|(?<=^|\n)[ \t]*((?:Arr[êe]t[ée]|D[ée]cision)[ \t]+(?:n[°o]|[Mm]unicipal|du[ \t]+[Mm]aire|de[ \t]+la[ \t]+[Mm]aire|du[ \t]+[Pp]r[ée]sident|de[ \t]+la[ \t]+[Pp]r[ée]sidente|portant)(?![\p{L}])[^\n]*)`,
  'gu',
);

/** The one who acts, opening the enacting formula: "Le Maire de …,", "Le Président de la Communauté …,", maybe after a margin's words on its line. */
const ACTOR = /(?:^|[ \t])(?:L[ea][ \t]+(?:Maire|MAIRE|Pr[ée]sidente?|PR[ÉE]SIDENTE?))(?=[ \t]*(?:,|\n|d[eu'’][ \t]|de[ \t]+la[ \t]|des[ \t]))/u;
/** A visa opening its line: where the formula starts when no one is named before it. */
const VISA = /(?:^|[ \t])(?:Vu|VU)[ \t]+/u;

/** The role over the name that signs ("Le Maire,", "Le Président,"), alone on its line. */
const SIGNING_ROLE = /^[ \t]*(?:L[ea][ \t]+)?(?:Maire|MAIRE|Pr[ée]sidente?|PR[ÉE]SIDENTE?|Vice-[Pp]r[ée]sidente?|Adjointe?[ \t]+au[ \t]+[Mm]aire)[ \t]*,?[ \t]*$/u;
/** Under the role: its office's second line, "(signature)", then the name. At most this many lines. */
const SIGNING_LINES = 4;
/** The signer's name: a family name in capitals on a short line. */
const SIGNER_NAME = /^[ \t]*[^\n]{0,40}?\p{Lu}[\p{Lu}'’-]{2,}[^\n]{0,30}$/u;

/** An act's article opening its line: "Article 1er :", "ARTICLE 2 -". */
const ARTICLE = /(?<=^|\n)[ \t]*(?:Article|ARTICLE|Artic1e|ArticIe)[ \t]+(?:\d+|1er|premier)/gu;

/** The acts of `lineView` (page breaks as line breaks): each title a report, each formula to its signature a decision. */
export function orderClaims(lineView: string): SectionClaim[] {
  const titles = [...lineView.matchAll(ORDER_TITLE)];
  const claims: SectionClaim[] = [];
  titles.forEach((m, i) => {
    // The title from its word on (the pattern's group), the margin's words before it left out.
    const start = m.index! + m[0].length - (m[1] ?? m[2])!.length;
    const limit = titles[i + 1]?.index ?? lineView.length;
    const formula = formulaStart(lineView, m.index! + m[0].length, limit);
    if (formula === null) return;
    // The title ends on the line before the formula's: a margin's words beside "Le Maire …" are no part of it.
    const reportEnd = lineView.slice(start, lineView.lastIndexOf('\n', formula - 1) + 1).trimEnd().length + start;
    if (reportEnd <= start) return;
    claims.push({ kind: 'report', item: null, start, end: reportEnd });
    claims.push({ kind: 'decision', item: null, start: formula, end: signedEnd(lineView, formula, limit) });
  });
  return claims;
}

/** Where the act's formula opens: the line naming who acts, else the first visa; null when neither comes before the act's end. */
function formulaStart(text: string, from: number, limit: number): number | null {
  let pos = from;
  while (pos < limit) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 || nl > limit ? limit : nl;
    const line = text.slice(pos, end);
    const m = ACTOR.exec(line) ?? VISA.exec(line);
    if (m) return pos + m.index + (m[0].length - m[0].trimStart().length);
    pos = end + 1;
  }
  return null;
}

/** The end of the act from `from`: the last line of its signature, else its last article's paragraph, else where the next act starts. */
function signedEnd(text: string, from: number, limit: number): number {
  const part = text.slice(from, limit);
  const lines = part.split('\n');
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) starts.push(at);
  // The last role over a name ("Le Maire," / "(signature)" / "Raymond KIRSCH"): the name's line ends the act.
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!SIGNING_ROLE.test(lines[i]!)) continue;
    for (let j = i + 1; j < lines.length && j <= i + SIGNING_LINES && lines[j]!.trim(); j++) {
      if (SIGNER_NAME.test(lines[j]!)) return from + starts[j]! + lines[j]!.trimEnd().length;
    }
  }
  const lastArticle = [...part.matchAll(ARTICLE)].at(-1);
  if (lastArticle) {
    const blank = /\n[ \t]*\n/.exec(part.slice(lastArticle.index!));
    return from + (blank ? lastArticle.index! + blank.index : part.trimEnd().length);
  }
  return from + part.trimEnd().length;
}
