/**
 * A record copied from a web page keeps the page's furniture above it: the skip links, the menu,
 * the breadcrumb ("Accueil > Archives > Séance du 29 juin 1995"), the page's title and byline
 * ("Publié le 19 décembre 2023", "vendredi 29 septembre 2006, par Secrétariat de mairie"), the
 * act's metadata ("Nature de l'acte :", "Matière :"), the buttons ("Imprimer", "Partager sur
 * Facebook", "Télécharger la délibération signée (PDF – 284 Ko)"), the editor's note on the
 * transcription. None of it is the record's preamble, which starts after the last of it.
 */
import { lowerOf } from '../text/caseless.ts';

/**
 * A breadcrumb or a skip link: the text was copied from a web page; or the label "Transcription"
 * on its line: an archive's notice (its "Cote", "Intitulé", "Dates") printed over the record. Lower-cased text.
 */
const WEB_SIGN = /(?:^|\n)[ \t]*(?:vous\s+[êe]tes\s+ici|accueil(?:\s+du\s+site)?\s*[>›»/]|aller\s+au\s+contenu|passer\s+au\s+contenu|transcription[ \t]*(?::[^\n]*)?\n)/u;
/** How far into the text the page's furniture is looked for. */
const PAGE_HEAD = 3000;

/** A line of the page's furniture, lower-cased, trimmed; each alternative one kind of it. */
/** The breadcrumb, the page's title under it. Lower-cased, trimmed. */
const BREADCRUMB = /^(?:accueil|vous\s+[êe]tes\s+ici)\b.*(?:[>›»/]|:)/u;
const FURNITURE_LINES: readonly RegExp[] = [
  BREADCRUMB,
  /^(?:publi[ée]e?|mis\s+[àa]\s+jour|mise\s+en\s+ligne|mis\s+en\s+ligne)\s+le\b/u,
  /^(?:imprimer|envoyer|partager|t[ée]l[ée]charger|rechercher|menu|ok|a-\s+a\+)(?![\p{L}])/u,
  /^(?:cat[ée]gorie|rubrique|nature\s+de\s+l['’]acte|date\s+de\s+l['’]acte|num[ée]ro|mati[èe]re)\s*:/u,
  // The byline: "vendredi 29 septembre 2006, par Secrétariat de mairie".
  /^[^\n]{0,40}\d{4},?\s+par\s+[^\n]{1,60}$/u,
  // The editor's note: "Ce document fait partie des archives numérisées …", "Ce procès-verbal a été transcrit …".
  /^(?:ce|le)\s+(?:document|proc[èe]s-verbal|compte\s+rendu|texte)\b.*(?:transcrit|ressaisi|num[ée]ris[ée]|archives)/u,
  // The site's introduction to the record it publishes, in its own voice: "Nous la reproduisons
  // intégralement ci-dessous", "Ce mois-ci, nous publions la transcription …", "Chaque mois, le
  // service des archives vous propose …", "nos ajouts figurent entre crochets". A record's own
  // opening speaks of its body in the third person.
  /\b(?:nous\s+(?:l[ae]s?\s+|vous\s+)?(?:reproduisons|publions|poursuivons|proposons|pr[ée]sentons|avons\s+retrouv[ée])|vous\s+propose\b|nos\s+ajouts)/u,
  // The labels of the transcription: "Transcription", "Transcription : orthographe respectée",
  // "Document : ampliation, 3 feuillets", "Source : registre 1 D 14".
  /^(?:transcription|document|source)(?:\s*:|$)/u,
  // The editor's marks, a line in brackets: "[Photo : le registre …]", "[Image : page du registre]", "[folio 112]".
  /^\[[^\]\n]*\]$/u,
];

function isFurniture(line: string): boolean {
  return FURNITURE_LINES.some((re) => re.test(line));
}

/** Where the preamble of a record copied from a web page starts: after the page's furniture above `end`; `start` for any other text. */
export function afterWebFurniture(text: string, start: number, end: number): number {
  const lower = lowerOf(text);
  const head = lower.slice(0, Math.min(end, PAGE_HEAD));
  if (!WEB_SIGN.test(head)) return start;
  let after = start;
  let lineStart = start;
  let breadcrumbEnd = -1;
  while (lineStart < end) {
    let lineEnd = lower.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const line = lower.slice(lineStart, lineEnd).trim();
    // The page's title stands under the breadcrumb, whatever its words.
    const title = breadcrumbEnd >= 0 && lineStart === breadcrumbEnd + 1 && line !== '';
    if (line && (isFurniture(line) || title)) {
      after = lineEnd;
      if (BREADCRUMB.test(line)) breadcrumbEnd = lineEnd;
    }
    lineStart = lineEnd + 1;
  }
  while (after < end && /\s/.test(text[after]!)) after++;
  return after < end ? after : start;
}

/**
 * The lines that open a web page's furniture under the record it shows: its categories and tags,
 * the links to the previous and next posts, the share buttons, the readers' comments and their
 * form, the site's latest or related posts, its copyright; the end its transcriber marks ("Fin de
 * la transcription."). Lower-cased, trimmed.
 */
// The acts the page links to ("Documents associés :", "Autres délibérations de la séance du …"),
// its links back ("< Délibération précédente", "Retour à la liste"); not "Haut de page", which
// a page may print under each of its parts.
const FOOTER_LINE = /^(?:(?:cat[ée]gories?|[ée]tiquettes?|tags?|mots[- ]cl[ée]s|partager(?:\s+(?:cet?\s+\p{L}+|sur))?)\s*:|←|\d+\s+(?:r[ée]flexions?|commentaires?|r[ée]ponses?)\s+(?:sur|à|au)(?![\p{L}])|laisser\s+un\s+commentaire|articles?\s+(?:r[ée]cents|similaires)|fin\s+de\s+(?:la\s+)?transcription\b|cet\s+article\s+vous\s+a\s+plu|©|copyright\b|mentions\s+l[ée]gales|documents\s+associ[ée]s\s*:?$|autres\s+d[ée]lib[ée]rations\s+de\s+la\s+s[ée]ance\b|<\s*d[ée]lib[ée]ration\s+pr[ée]c[ée]dente|retour\s+[àa]\s+la\s+liste\b)/u;

/**
 * Where the record copied from a web page ends: at the first line of the page's furniture under
 * it, looked for in the text's second half; the text's end for any other text.
 */
export function beforeWebFooter(text: string): number {
  const lower = lowerOf(text);
  if (!WEB_SIGN.test(lower.slice(0, PAGE_HEAD))) return text.length;
  for (let lineStart = lower.indexOf('\n', text.length >> 1) + 1; lineStart > 0 && lineStart < lower.length; ) {
    let lineEnd = lower.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = lower.length;
    if (FOOTER_LINE.test(lower.slice(lineStart, lineEnd).trim())) return lineStart;
    lineStart = lineEnd + 1;
  }
  return text.length;
}
