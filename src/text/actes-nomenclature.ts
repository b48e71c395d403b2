/**
 * The @ctes nomenclature (Aide au Contrôle de légaliTé dématErialiSé), levels 1 and 2: the
 * classification préfectures file acts under. Reference data for the exports (SCDL's matière) and
 * for the segmenter (a software export prints an act's matière beside it, "5.2 Fonctionnement des
 * assemblées", which is no numbered heading). Codes are strings: "7.1" and "7.10" are two.
 */
import { fold } from './fuzzy.ts';

/** Level 1: the nine matières. */
export const MATIERES_1: Readonly<Record<string, string>> = {
  '1': 'Commande publique',
  '2': 'Urbanisme',
  '3': 'Domaine et patrimoine',
  '4': 'Fonction publique',
  '5': 'Institutions et vie politique',
  '6': 'Libertés publiques et pouvoirs de police',
  '7': 'Finances locales',
  '8': 'Domaines de compétences par thèmes',
  '9': 'Autres domaines de compétences',
};

/** Level 2: the sous-matières, as the nomenclature names them. */
export const MATIERES_2: Readonly<Record<string, string>> = {
  '1.1': 'Marchés publics',
  '1.2': 'Délégation de service public',
  '1.3': 'Conventions de mandat',
  '1.4': 'Autres types de contrats',
  '1.5': "Transactions /protocole d'accord transactionnel",
  '1.6': "Actes relatifs à la maîtrise d'œuvre",
  '1.7': 'Actes spéciaux et divers',
  '2.1': "Documents d'urbanisme",
  '2.2': "Actes relatifs au droit d'occupation ou d'utilisation des sols",
  '2.3': 'Droit de préemption urbain',
  '3.1': 'Acquisitions',
  '3.2': 'Aliénations',
  '3.3': 'Locations',
  '3.4': 'Limites territoriales',
  '3.5': 'Autres actes de gestion du domaine public',
  '3.6': 'Autres actes de gestion du domaine privé',
  '4.1': 'Personnel titulaires et stagiaires de la F.P.T.',
  '4.2': 'Personnel contractuel',
  '4.3': 'Fonction publique hospitalière',
  '4.4': 'Autres catégories de personnels',
  '4.5': 'Régime indemnitaire',
  '5.1': 'Élection exécutif',
  '5.2': 'Fonctionnement des assemblées',
  '5.3': 'Désignation de représentants',
  '5.4': 'Délégation de fonctions',
  '5.5': 'Délégation de signature',
  '5.6': 'Exercice des mandats locaux',
  '5.7': 'Intercommunalité',
  '5.8': "Décision d'ester en justice",
  '6.1': 'Police municipale',
  '6.2': 'Pouvoir du président du conseil général',
  '6.3': 'Pouvoir du président du conseil régional',
  '6.4': 'Autres actes réglementaires',
  '6.5': "Actes pris au nom de l'État et soumis au contrôle hiérarchique",
  '7.1': 'Décisions budgétaires',
  '7.2': 'Fiscalité',
  '7.3': 'Emprunts',
  '7.4': 'Interventions économiques',
  '7.5': 'Subventions',
  '7.6': 'Contributions budgétaires',
  '7.7': 'Avances',
  '7.8': 'Fonds de concours',
  '7.9': 'Prise de participation (SEM, etc.)',
  '7.10': 'Divers',
  '8.1': 'Enseignement',
  '8.2': 'Aide sociale',
  '8.3': 'Voirie',
  '8.4': 'Aménagement du territoire',
  '8.5': 'Politique de la ville-habitat-logement',
  '8.6': 'Emploi-formation professionnelle',
  '8.7': 'Transports',
  '8.8': 'Environnement',
  '8.9': 'Culture',
  '9.1': 'Autres domaines de compétences des communes',
  '9.2': 'Autres domaines de compétences des départements',
  '9.3': 'Autres domaines de compétences des régions',
  '9.4': 'Vœux et motions',
};

/**
 * A line that is an act's matière as a software export prints it: a code of level 2, then its
 * name, whole or cut ("8.5 Politique de la ville-habitat-logement", "7.5 Subventions").
 */
export function isMatiereLine(code: string, name: string): boolean {
  // "7.5.2 - Subventions attribuées aux collectivités": a level the authority added under a sous-matière, named after it.
  const official = MATIERES_2[code] ?? MATIERES_2[code.split('.').slice(0, 2).join('.')];
  if (official === undefined) return false;
  const letters = (s: string) => fold(s).replace(/[^a-z]/g, '');
  // "7.10 - Finances locales / Divers": the matière of level 1 before its sous-matière's name.
  const parent = letters(MATIERES_1[code.split('.')[0]!]!);
  const whole = letters(name);
  const said = whole.startsWith(parent) && whole.length > parent.length ? whole.slice(parent.length) : whole;
  const known = letters(official);
  if (said.length >= 5 && (known.startsWith(said) || said.startsWith(known))) return true;
  // Or in the software's own words: "Décisions d'ester en justice", "Autres contrats" (most of the name's words, in the singular).
  const words = (s: string) => new Set(fold(s).split(/[^a-z]+/).filter((w) => w.length >= 4).map((w) => w.replace(/s$/, '')));
  const officialWords = words(official);
  const saidWords = words(name);
  const shared = [...officialWords].filter((w) => saidWords.has(w)).length;
  return saidWords.size > 0 && shared * 2 >= officialWords.size && shared * 2 >= saidWords.size;
}
