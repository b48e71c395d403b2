/**
 * An extract copied from a commune's web page: the page's title names the act and its number
 * ("Délibération n° 04-11 du 9 avril 2004 – …"), the transcription under it none; the links to
 * the acts before and after it close the page. Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const page = (title: string) => `Aller au contenu principal
Mairie de Saint-Aubin-des-Landes
Accueil
Vie municipale
Vous êtes ici : Accueil › Vie municipale › Délibérations › Archives 2004
${title}
Publié le 3 mai 2010 | Archives des délibérations | Imprimer

EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 9 avril 2004
Nombre de membres en exercice : 11
Présents : 9
Votants : 9

L'an deux mil quatre, le neuf avril à vingt heures, le Conseil Municipal, régulièrement convoqué, s'est réuni à la Mairie, sous la présidence de M. Paul ROCHEVAL, Maire.

Présents : MM. ROCHEVAL Paul, BRIAND Louis, Mme CORDIER Anne, MM. DELMAS Jean, ESCUDIE Marc, FABRE Henri, Mme GARNIER Lise, MM. HUET Yves, JOLY René.

OBJET : ACQUISITION D'UN TRACTEUR COMMUNAL

Monsieur le Maire expose que le tracteur communal, acquis en 1981, doit être remplacé.

Le Conseil Municipal, après en avoir délibéré, à l'unanimité,
– DÉCIDE l'acquisition d'un tracteur pour un montant de 38 000 € H.T. ;
– AUTORISE le Maire à signer le bon de commande.

Pour extrait conforme,
Le Maire,
Paul ROCHEVAL

← Délibération n° 04-10
Délibération n° 04-12 →
© 2010 Commune de Saint-Aubin-des-Landes
`;

describe("a web page's title numbering the act its record shows", () => {
  it('numbers the extract that prints no number of its own', () => {
    const doc = analyzeText(page("Délibération n° 04-11 du 9 avril 2004 – Acquisition d'un tracteur communal"));
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['04-11', "ACQUISITION D'UN TRACTEUR COMMUNAL"]]);
  });

  it('reads no number from the links to the acts before and after it', () => {
    const doc = analyzeText(page("Acquisition d'un tracteur communal"));
    expect(doc.items.map((i) => i.number)).toEqual([null]);
  });
});
