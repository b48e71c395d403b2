/**
 * The matière of a deliberation: the @ctes nomenclature (Aide au Contrôle de légaliTé
 * dématErialiSé, the classification préfectures file acts under, referenced by SCDL:
 * http://www.moselle.gouv.fr/content/download/1107/7994/file/nomenclature.pdf), levels 1 and 2,
 * the level SCDL's DELIB_MATIERE_CODE holds. Codes are strings: "7.1" and "7.10" are two
 * different matières, which a number would merge.
 *
 * `suggestMatiere` reads a title against a keyword table and proposes a code; the caller marks
 * it as a suggestion, because a title is not always enough to file an act.
 */
import { createRequire } from 'node:module';
import { fold } from '../text/fuzzy.ts';
import { MATIERES_1, MATIERES_2 } from '../text/actes-nomenclature.ts';

const require = createRequire(import.meta.url);
// File by file: natural's index loads every module it has (seconds).
const { stem } = require('natural/lib/natural/stemmers/porter_stemmer_fr.js') as { stem: (word: string) => string };

export { MATIERES_1, MATIERES_2 };

export const isMatiereCode = (code: string): boolean => Object.hasOwn(MATIERES_2, code);

/**
 * DELIB_MATIERE_NOM for a code, as SCDL wants it: "level 1/level 2", lower case with accents,
 * no comma nor parenthesis, one slash ("finances locales/décisions budgétaires").
 */
export function scdlMatiereName(code: string): string {
  const level2 = MATIERES_2[code];
  const level1 = MATIERES_1[code.split('.')[0]!];
  if (level2 === undefined || level1 === undefined) throw new Error(`unknown @ctes matière '${code}'`);
  const clean = (s: string) =>
    s
      .toLowerCase()
      .replace(/[,()]/g, '')
      .replace(/\s*\/\s*/g, ' - ') // the one slash separates the two levels
      .replace(/\s+/g, ' ')
      .trim();
  return `${clean(level1)}/${clean(level2)}`;
}

/**
 * Keywords -> sous-matière. A title matches a keyword when the keyword's words, stemmed, occur
 * in a row among the title's; the longest matching keyword wins (so "adjoint technique" beats
 * "adjoint", "indemnités de fonction" beats "indemnité"), ties going to the earlier row.
 */
export const MATIERE_RULES: ReadonlyArray<{ code: string; keywords: readonly string[] }> = [
  { code: '1.1', keywords: ['marché', 'marchés publics', "appel d'offres", 'groupement de commandes', 'avenant', 'devis', 'attribution du marché'] },
  { code: '1.2', keywords: ['délégation de service public', 'concession de service'] },
  { code: '1.3', keywords: ['convention de mandat'] },
  { code: '1.4', keywords: ['contrat', 'convention'] },
  { code: '1.5', keywords: ['transaction', "protocole d'accord"] },
  { code: '1.6', keywords: ["maîtrise d'œuvre", "maitrise d'oeuvre"] },
  { code: '2.1', keywords: ['urbanisme', "plan local d'urbanisme", 'PLU', 'PLUi', 'carte communale', 'SCOT', 'règlement local de publicité'] },
  { code: '2.2', keywords: ['permis de construire', 'permis de démolir', 'permis d\'aménager', 'déclaration préalable', "autorisation d'urbanisme", 'lotissement'] },
  { code: '2.3', keywords: ['préemption', 'droit de préemption'] },
  { code: '3.1', keywords: ['acquisition', 'acquérir', 'achat de terrain'] },
  { code: '3.2', keywords: ['cession', 'vente', 'aliénation', 'céder'] },
  { code: '3.3', keywords: ['bail', 'location', 'loyer', 'mise à disposition', "convention d'occupation", "titre d'occupation"] },
  { code: '3.4', keywords: ['limites territoriales'] },
  { code: '3.5', keywords: ['domaine public', 'occupation du domaine public', 'RODP', 'dénomination de voie', 'dénomination des rues'] },
  { code: '3.6', keywords: ['domaine privé', 'parcelle', 'échange de terrains', 'échange de parcelles'] },
  { code: '4.1', keywords: ['personnel', 'agent', 'emploi', 'poste', 'recrutement', 'tableau des emplois', 'emploi permanent', 'titulaire', 'stagiaire', 'adjoint technique', 'adjoint administratif', "adjoint d'animation", 'agent de maîtrise', 'comité social territorial', 'représentants du personnel', "autorisations spéciales d'absence", 'protection sociale complémentaire', 'risques statutaires'] },
  { code: '4.2', keywords: ['contractuel', 'vacataire', 'vacation', 'saisonnier', 'non permanent', 'accroissement temporaire', 'apprenti', "contrat d'engagement éducatif", "contrat unique d'insertion", 'contrat aidé'] },
  { code: '4.5', keywords: ['régime indemnitaire', 'RIFSEEP', 'IFSE', 'prime'] },
  { code: '5.1', keywords: ['élection du maire', 'élection des adjoints', "nombre d'adjoints", "poste d'adjoint", 'élection du président', 'vice-président', 'adjoint', 'maire délégué'] },
  { code: '5.2', keywords: ['procès-verbal', 'PV', 'compte rendu', 'ordre du jour', 'règlement intérieur du conseil', 'président de séance', 'secrétaire de séance', 'rapport'] },
  { code: '5.3', keywords: ['désignation', 'délégué', 'représentant', 'commission', 'commission communale', 'membres de la commission'] },
  { code: '5.4', keywords: ['délégation de fonctions', 'délégations au maire', 'délégation au maire', 'délégation au président', "délégations d'attributions"] },
  { code: '5.5', keywords: ['délégation de signature'] },
  { code: '5.6', keywords: ['indemnités de fonction', 'indemnités des élus', 'formation des élus', 'mandat', 'conseiller délégué', 'conseillers délégués'] },
  { code: '5.7', keywords: ['intercommunalité', 'intercommunal', 'communauté de communes', "communauté d'agglomération", 'EPCI', 'syndicat', 'transfert de compétence', 'périmètre', "rapport d'activité", "rapport d'activités"] },
  { code: '5.8', keywords: ['ester en justice', 'contentieux', 'recours', 'avocat'] },
  { code: '6.1', keywords: ['police municipale', 'stationnement', 'circulation'] },
  { code: '6.4', keywords: ['règlement', 'règlement intérieur', 'règlement de fonctionnement'] },
  { code: '7.1', keywords: ['budget', 'budgétaire', 'budget primitif', 'décision modificative', 'décision budgétaire modificative', 'compte administratif', 'compte de gestion', 'comptes de gestion', 'compte financier unique', 'affectation des résultats', "débat d'orientation budgétaire", 'virement de crédits', 'provision', 'dépenses d\'investissement', 'crédits'] },
  { code: '7.2', keywords: ['fiscalité', 'taux', "taux d'imposition", 'taxe', 'impôt', 'exonération', 'fiscalité directe locale'] },
  { code: '7.3', keywords: ['emprunt', 'prêt', "garantie d'emprunt", 'ligne de trésorerie'] },
  { code: '7.4', keywords: ['action économique', 'interventions économiques', 'entreprise', 'entreprises', "zone d'activité", "aide à l'investissement des entreprises"] },
  { code: '7.5', keywords: ['subvention', 'demande de subvention', 'DETR', 'DSIL', 'fonds européens', 'LEADER'] },
  { code: '7.6', keywords: ['participation financière', 'contribution', 'cotisation', 'participation de la commune', 'participation au financement'] },
  { code: '7.7', keywords: ['avance'] },
  { code: '7.8', keywords: ['fonds de concours'] },
  { code: '7.9', keywords: ['prise de participation', 'SEM', 'SPL', 'actionnaire'] },
  { code: '7.10', keywords: ['tarif', 'tarifs', 'redevance', 'régie', 'admission en non-valeur', 'non-valeur', 'carte cadeau', 'cartes cadeaux'] },
  { code: '8.1', keywords: ['école', 'scolaire', 'collège', 'lycée', 'enseignement', 'temps scolaire', 'périscolaire', 'restauration scolaire', 'classe', 'classe découverte', 'ULIS', 'élèves'] },
  { code: '8.2', keywords: ['aide sociale', 'action sociale', 'CCAS', 'personnes âgées', 'handicap', 'petite enfance', 'crèche', 'EAJE', 'accueil de loisirs', 'jeunes enfants'] },
  { code: '8.3', keywords: ['voirie', 'chaussée', 'trottoir', 'rue', 'route', 'chemin', 'éclairage public', 'travaux de voirie'] },
  { code: '8.4', keywords: ['aménagement', 'aménagement du territoire', 'ZAC', 'revitalisation', 'CRTE', 'place'] },
  { code: '8.5', keywords: ['logement', 'habitat', 'habitat jeunes', 'foyer des jeunes travailleurs', 'politique de la ville', 'HLM', 'bailleur social', 'résidence'] },
  { code: '8.6', keywords: ['formation professionnelle', 'insertion professionnelle', 'mission locale', 'emploi-formation'] },
  { code: '8.7', keywords: ['transport', 'transports', 'mobilité', 'bus', 'ramassage scolaire'] },
  { code: '8.8', keywords: ['environnement', 'eau', 'eau potable', 'assainissement', 'déchets', 'ordures ménagères', 'énergie', 'énergies', 'énergies renouvelables', 'photovoltaïque', 'GEMAPI', 'GEMA', 'espaces verts', 'arbres', 'RPQS', 'fontaine'] },
  { code: '8.9', keywords: ['culture', 'patrimoine', 'bibliothèque', 'médiathèque', 'musée', 'église', 'spectacle', 'festival'] },
  { code: '9.1', keywords: ['cimetière', 'concession funéraire', 'adhésion', 'tourisme', 'sport', 'jeunesse', 'association', 'fête', 'animation', 'jumelage'] },
  { code: '9.4', keywords: ['vœu', 'motion'] },
];

/** The form words are compared in: folded (lower case, no accents, œ as oe), then stemmed. */
function stems(text: string): string[] {
  const words = fold(text.replace(/œ/gi, 'oe').replace(/æ/gi, 'ae')).split(/[^a-z0-9]+/);
  return words.filter((w) => w.length > 0).map((w) => stem(w));
}

interface CompiledRule {
  code: string;
  keywords: Array<{ keyword: string; stems: string[] }>;
}

const compile = (rules: ReadonlyArray<{ code: string; keywords: readonly string[] }>): CompiledRule[] =>
  rules.map((r) => ({ code: r.code, keywords: r.keywords.map((keyword) => ({ keyword, stems: stems(keyword) })) }));

const BUILT_IN = compile(MATIERE_RULES);

function occursIn(title: string[], phrase: string[]): boolean {
  if (phrase.length === 0) return false;
  for (let i = 0; i + phrase.length <= title.length; i++) {
    if (phrase.every((s, k) => title[i + k] === s)) return true;
  }
  return false;
}

export interface MatiereSuggestion {
  code: string;
  /** The keyword of the rule table the title matched. */
  keyword: string;
}

/**
 * The matière a title suggests, or null when no keyword matches. `extraRules` (an authority's
 * own table) come before the built-in ones.
 */
export function suggestMatiere(
  title: string,
  extraRules: ReadonlyArray<{ code: string; keywords: readonly string[] }> = [],
): MatiereSuggestion | null {
  const words = stems(title);
  let best: { code: string; keyword: string; length: number } | null = null;
  for (const rule of [...compile(extraRules), ...BUILT_IN]) {
    for (const k of rule.keywords) {
      if ((best === null || k.stems.length > best.length) && occursIn(words, k.stems)) {
        best = { code: rule.code, keyword: k.keyword, length: k.stems.length };
      }
    }
  }
  return best && { code: best.code, keyword: best.keyword };
}

export interface MatiereChoice {
  code: string;
  /** `config`: given for this deliberation; `suggested`: the keyword table's; `default`: the authority's fallback. */
  source: 'config' | 'suggested' | 'default';
  /** For a suggestion, the keyword that matched. */
  keyword: string | null;
}

export interface MatiereSettings {
  items?: Readonly<Record<string, string>>;
  rules?: ReadonlyArray<{ code: string; keywords: readonly string[] }>;
  default?: string | undefined;
}

/** The matière of a deliberation: what the authority says of it, else a suggestion, else its default. */
export function chooseMatiere(delibId: string | null, title: string, settings: MatiereSettings = {}): MatiereChoice | null {
  const given = delibId === null ? undefined : settings.items?.[delibId];
  if (given !== undefined) return { code: given, source: 'config', keyword: null };
  const suggestion = suggestMatiere(title, settings.rules);
  if (suggestion) return { code: suggestion.code, source: 'suggested', keyword: suggestion.keyword };
  if (settings.default !== undefined) return { code: settings.default, source: 'default', keyword: null };
  return null;
}
