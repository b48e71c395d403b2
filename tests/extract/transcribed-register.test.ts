/** A typed transcription of a syndicate's register: who sat, and each deliberation's number over its margin note. Invented names. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const sitting = (presentCue: string) => `SYNDICAT INTERCOMMUNAL D'ADDUCTION D'EAU DE LA VALLÉE DU MORBECQUE
Registre des délibérations du Comité syndical
Séance du 14 avril 1981

L'an mil neuf cent quatre-vingt-un, le quatorze avril, à dix-huit heures, le Comité du Syndicat, régulièrement convoqué, s'est réuni à la Mairie de Hazelbrouck sous la présidence de M. Octave DEBRUYNE, Président.

${presentCue}
– Commune de Hazelbrouck : MM. Octave DEBRUYNE, Lucien VANPOUILLE ;
– Commune de Steenbecque : M. Aimé DELANNOY ;
– Commune de Morbecque : MM. Gérard LEFEBVRE, Roger CAULIER.

Absent excusé : M. Henri DUBRULLE (Morbecque).

Délibération n° 81-07
[En marge : Budget primitif 1981. – Reçu à la Sous-Préfecture le 22 avril 1981.]

BUDGET PRIMITIF DE L'EXERCICE 1981

Le Comité, après en avoir délibéré, adopte le budget primitif de l'exercice 1981.
Adopté à l'unanimité.

Délibération n° 81-08
[En marge : Surtaxe 1981.]

FIXATION DE LA SURTAXE SYNDICALE POUR 1981

Le Comité, après en avoir délibéré, fixe la surtaxe syndicale à 0,45 F le mètre cube.
Adopté à l'unanimité.
`;

describe('"Étaient présents, MM. les délégués :": whom the list holds named between the cue and its colon', () => {
  it('reads the delegates listed commune by commune', () => {
    const present = analyzeText(sitting('Étaient présents, MM. les délégués :')).attendance.present.map((p) => p.surname);
    expect(present).toEqual(['DEBRUYNE', 'VANPOUILLE', 'DELANNOY', 'LEFEBVRE', 'CAULIER']);
  });
  it('as it reads them without the words between', () => {
    const present = analyzeText(sitting('Étaient présents :')).attendance.present.map((p) => p.surname);
    expect(present).toEqual(['DEBRUYNE', 'VANPOUILLE', 'DELANNOY', 'LEFEBVRE', 'CAULIER']);
  });
});

describe('"Délibération n° 81-07" over "[En marge : …]" over the title in capitals', () => {
  it('numbers the deliberation under its margin note', () => {
    const items = analyzeText(sitting('Étaient présents :')).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([
      ['81-07', "BUDGET PRIMITIF DE L'EXERCICE 1981"],
      ['81-08', 'FIXATION DE LA SURTAXE SYNDICALE POUR 1981'],
    ]);
  });
});
