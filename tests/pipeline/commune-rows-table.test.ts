/**
 * A community's presence table a delegate a row, each row opening on the delegate's commune in
 * capitals before the family name in capitals ("VILLIERS-SORGEON BERTHELOT Alain Titulaire
 * Présent"), a long commune's name wrapped around its row ("AIGREMONT-SUR-" / the row / "SORGEON").
 * Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const EXTRACT = `COMMUNAUTÉ DE COMMUNES DU VAL DE SORGEON
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE
Séance du jeudi 12 décembre 2024
N° de délibération : DEL2024_118
Objet : Redevance d'enlèvement des ordures ménagères - Grille tarifaire 2025
L'an deux mille vingt-quatre, le douze décembre à dix-huit heures trente, le Conseil communautaire
s'est réuni à la salle polyvalente, sous la présidence de Monsieur Alain BERTHELOT, Président.
Commune Délégué Qualité Statut Mandataire
VILLIERS-SORGEON BERTHELOT Alain Titulaire Présent
VILLIERS-SORGEON LECLERCQ Philippe Titulaire Pouvoir BERTHELOT Alain
VILLIERS-SORGEON ROUSSELOT Sandrine Titulaire Excusée
AIGREMONT-SUR-
CHAMPEAUX Bernard Titulaire Présent
SORGEON
AIGREMONT-SUR-
DELORME Isabelle Titulaire Présente
SORGEON
LE MOLLARD LE GALL Yves Titulaire Présent
PONTIGNY-LA-SOURCE RAPENNE Odile Titulaire Absente
BEUGNON DE LA SALLE Hubert Titulaire Présent
Secrétaire de séance : Madame Isabelle DELORME
Le Conseil communautaire, après en avoir délibéré, à l'unanimité,
APPROUVE la grille tarifaire 2025.
`;

describe("a presence table whose rows open on the delegate's commune", () => {
  const { attendance } = analyzeText(EXTRACT);

  it('reads the family name after the commune in capitals, its particles with it', () => {
    expect(attendance.present.map((p) => p.surname)).toEqual(['BERTHELOT', 'CHAMPEAUX', 'DELORME', 'LE GALL', 'DE LA SALLE']);
    expect(attendance.represented.map((r) => [r.person.surname, r.proxy?.surname])).toEqual([['LECLERCQ', 'BERTHELOT']]);
    expect(attendance.excused.map((p) => p.surname)).toEqual(['ROUSSELOT']);
    expect(attendance.absent.map((p) => p.surname)).toEqual(['RAPENNE']);
  });
});
