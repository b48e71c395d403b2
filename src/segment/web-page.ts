/**
 * A record copied from a web page keeps the page's furniture above it: the skip links, the menu,
 * the breadcrumb ("Accueil > Archives > Séance du 29 juin 1995"), the page's title and byline
 * ("Publié le 19 décembre 2023", "vendredi 29 septembre 2006, par Secrétariat de mairie"), the
 * act's metadata ("Nature de l'acte :", "Matière :"), the buttons ("Imprimer", "Partager sur
 * Facebook", "Télécharger la délibération signée (PDF – 284 Ko)"), the editor's note on the
 * transcription. None of it is the record's preamble, which starts after the last of it.
 */
import { lowerOf } from '../text/caseless.ts';
import { SITTING_HELD } from '../text/cues.ts';

/** The site's menu on one line: "Accueil | La commune | …", "Accueil<tab>Histoire", "Accueil Histoire … Contact". Lower-cased. */
const MENU_LINE = String.raw`accueil(?:[ \t]*\||\t| {2,})|accueil[ \t][^\n]{0,150}[ \t]contacts?[ \t]*(?=\n|$)`;
/**
 * A breadcrumb or a skip link: the text was copied from a web page; or the label "Transcription"
 * on its line: an archive's notice (its "Cote", "Intitulé", "Dates") printed over the record; or
 * the site's menu on one line ("Accueil | La commune | Patrimoine", "Accueil<tab>Histoire"), its links
 * set apart by no more than a space once the text is normalized when the line ends on the menu's last,
 * "Contact" ("Accueil Histoire Patrimoine Photos anciennes Contact"). Lower-cased text.
 */
const WEB_SIGN = new RegExp(String.raw`(?:^|\n)[ \t]*(?:vous\s+[êe]tes\s+ici|accueil(?:\s+du\s+site)?\s*[>›»/]|${MENU_LINE}|aller\s+au\s+contenu|passer\s+au\s+contenu|transcription[ \t]*(?::[^\n]*)?\n)`, 'u');
/** A page's buttons, wherever on their line: "A- A+", "Envoyer à un ami", "Taille du texte", "Version imprimable". Lower-cased. */
const BUTTONS = String.raw`a-\s*a\+|a\+\s*a-|envoyer\s+[àa]\s+un\s+ami|taille\s+du\s+texte|version\s+imprimable`;
/** The buttons, or "Temps de lecture : 2 min": a web page's. Lower-cased text. */
const WEB_BUTTONS = new RegExp(String.raw`${BUTTONS}|temps\s+de\s+lecture\s*:`, 'u');
/** The words one of WEB_SIGN's or WEB_BUTTONS' alternatives holds: a page with none of them is no web page, tested at no offset. */
const WEB_WORDS = ['accueil', 'vous', 'aller', 'passer', 'transcription', 'a+', 'envoyer', 'taille', 'imprimable', 'lecture'];
/** Whether the text (lower-cased) was copied from a web page: its head shows a sign of one. */
export function isWebPage(lower: string): boolean {
  const head = lower.slice(0, PAGE_HEAD);
  return WEB_WORDS.some((w) => head.includes(w)) && (WEB_SIGN.test(head) || WEB_BUTTONS.test(head));
}
/** How far into the text the page's furniture is looked for. */
const PAGE_HEAD = 3000;

/** A line of the page's furniture, lower-cased, trimmed; each alternative one kind of it. */
/** The breadcrumb, the page's title under it. Lower-cased, trimmed. */
// Or a trail of three steps from any page ("Patrimoine > Les biens de section > Le règlement de 1985").
const BREADCRUMB = /^(?:accueil|vous\s+[êe]tes\s+ici)\b.*(?:[>›»/]|:)|^[^\n>›»]{1,60}(?:\s[>›»]\s[^\n>›»]{1,120}){2,}$/u;
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
  // The editor's marks, a line in brackets: "[Photo : le registre …]", "[Image : page du registre]", "[folio 112]";
  // the page's buttons in brackets: "[ Imprimer ] [ Version PDF ] [ Retour à la liste ]".
  /^\[[^\]\n]*\](?:\s*\[[^\]\n]*\])*$/u,
  // The menu on one line, the site's sections a list of links ("» Sessions du Conseil général").
  new RegExp(String.raw`^(?:${MENU_LINE})|^[»›]\s+\p{L}`, 'u'),
  // The buttons and the social links: "A- A A+ Imprimer Envoyer à un ami", "ImprimerEnvoyer à un amiA+A-",
  // "Facebook Twitter LinkedIn Courriel Imprimer", "Version imprimable | Envoyer cette page".
  new RegExp(String.raw`^(?:a-\s|a\+|facebook|twitter|linked[il]n|envoyer\s+cette\s+page|zoom\b)|${BUTTONS}`, 'u'),
  // The page's labels: "Image : …", "Photo : …", "Crédit photo : …", "Cote : 1 W 3 | Vues 41 à 47",
  // "Vue 41 – f° 79 r°", "Temps de lecture : 2 min", "Mots-clés : …", "Service instructeur : …",
  // "Transmis en Préfecture le : 03/07/1997", "Texte intégral :", "Note de la rédaction : …".
  /^(?:image|photo|cr[ée]dit\s+photo|cote|temps\s+de\s+lecture|mots[- ]cl[ée]s|service\s+instructeur|transmis\s+en\s+pr[ée]fecture(?:\s+le)?|note\s+de\s+la\s+r[ée]daction)\s*:|^vue\s+\d+\b|^texte\s+int[ée]gral\s*:?$/u,
  // The publication's note above the record: "Procès-verbal approuvé lors de la séance du 6 novembre
  // 2025", "Acte rendu exécutoire après transmission …", "… publiée sur le site internet".
  /^(?:proc[èe]s-verbal\s+)?approuv[ée]\s+lors\s+de\b|^acte\s+rendu\s+ex[ée]cutoire\b|\bsite\s+(?:internet|web)\b/u,
  // The editor's note on the transcription, in whatever words: "Transcription réalisée par les bénévoles",
  // "… a retranscrit les registres", "Document saisi à partir du registre", "ont été ressaisis",
  // "seul le registre fait foi", "l'orthographe … ont été respectées", "la mise en ligne des archives",
  // "Le procès-verbal ci-dessous a été adopté", "Voici la transcription …".
  /(?:re)?transcri(?:ts?|tes?|ption|re|vons)\b|\bressaisi|\bsaisie?s?\s+[àa]\s+partir\b|\bfait\s+foi\b|\bont\s+[ée]t[ée]\s+(?:respect|conserv)[ée]e?s\b|\bmise?\s+en\s+ligne\b|ci-dessous\s+(?:a|ont)\s+[ée]t[ée]\b|^voici\s+(?:la|le|les)\b/u,
];

/** A line's words, past the symbols a page sets before a link ("📄 Télécharger …", "» Voir la vidéo"). */
const LINK_MARK = /^[^\p{L}\d[]+(?=\p{L})/u;

function isFurniture(line: string): boolean {
  const bare = line.replace(LINK_MARK, '');
  return FURNITURE_LINES.some((re) => re.test(line) || (bare !== line && re.test(bare)));
}

/** A rule under the page's furniture ("---", "________"), which parts it from the record. */
const RULE_LINE = /^[ \t]*[-_—=*~.]{3,}[ \t]*(?:\n|$)/u;

/** A paragraph's line: a long sentence closed by its full stop. Lower-cased text. */
const PROSE_LINE = /^\p{L}[^\n]{80,}\.$/u;
/** Its chair named, in a line telling the sitting held (SITTING_HELD). Lower-cased text. */
const UNDER_CHAIR = /sous\s+la\s+pr[ée]sidence\s+d/u;

/** Where the preamble of a record copied from a web page starts: after the page's furniture above `end`; `start` for any other text. */
export function afterWebFurniture(text: string, start: number, end: number): number {
  const lower = lowerOf(text);
  if (!isWebPage(lower)) return start;
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
    } else if (PROSE_LINE.test(line) && SITTING_HELD.test(line) && UNDER_CHAIR.test(line)) {
      // The sitting's own paragraph has begun ("Les élus régionaux se sont réunis … sous la présidence
      // de …"): links under it ("> Télécharger le relevé (PDF)") are the text's, not the page's head.
      break;
    }
    lineStart = lineEnd + 1;
  }
  for (;;) {
    while (after < end && /\s/.test(text[after]!)) after++;
    const rule = after > start && after < end ? RULE_LINE.exec(text.slice(after, Math.min(end, after + 200))) : null;
    if (!rule) break;
    after += rule[0].length;
  }
  return after < end ? after : start;
}

/** The page's title naming the act it shows: "Délibération n° 99-07 du 12 mars 1999 – Réfection …". */
const PAGE_TITLE_NUMBER = /(?:^|\n)[ \t]*D[ée]lib[ée]ration[ \t]+n°[ \t]*([A-Z]{0,4}[-_/]?\d[\w./-]*\d)(?=[ \t]+(?:du[ \t]|[-–—:]))/u;

/**
 * The number of the act a web page shows, as its title above the record names it ("Délibération
 * n° 99-07 du 12 mars 1999 – …"), where the record's transcription prints none; null for any
 * other text. Only the page's furniture is looked in: the links to the acts before and after it
 * close the page.
 */
export function pageTitleNumber(text: string): string | null {
  const head = text.slice(0, PAGE_HEAD);
  // No web page, no furniture: its end is the head's start.
  return PAGE_TITLE_NUMBER.exec(head.slice(0, afterWebFurniture(head, 0, head.length)))?.[1] ?? null;
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
  if (!isWebPage(lower)) return text.length;
  for (let lineStart = lower.indexOf('\n', text.length >> 1) + 1; lineStart > 0 && lineStart < lower.length; ) {
    let lineEnd = lower.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = lower.length;
    if (FOOTER_LINE.test(lower.slice(lineStart, lineEnd).trim())) return lineStart;
    lineStart = lineEnd + 1;
  }
  return text.length;
}
