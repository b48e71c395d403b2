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

/** A commune's register transcribed: each deliberation's margin note ("[En marge : N° 25/79 – …]") over its own title in a paragraph. */
const transcribed = `COMMUNE DE SANTA-MARIA-DI-LOTA
Registre des délibérations du Conseil Municipal

SÉANCE DU 23 SEPTEMBRE 1979

L'an mil neuf cent soixante-dix-neuf, le vingt-trois septembre, à dix heures, le Conseil Municipal s'est réuni sous la présidence de M. FILIPPONI Antoine, Maire.

Étaient présents : MM. FILIPPONI Antoine, ALBERTI Jean, SANTUCCI Paul, BARTOLO Ange.

[En marge : N° 25/79 – Création d'un emploi de cantonnier]

Même séance.

Création d'un emploi de cantonnier à temps non complet

M. le Maire expose que l'entretien des chemins communaux ne peut plus être assuré par les seules prestations des habitants et qu'il convient de créer un emploi.

Le Conseil Municipal, après en avoir délibéré,
Décide la création d'un emploi de cantonnier à temps non complet.

Voté à l'unanimité.

[En marge : N° 26/79 – Électrification rurale – hameau de Pentica]

Électrification rurale – Renforcement du réseau au hameau de Pentica

M. le Maire donne lecture d'une lettre du Syndicat départemental d'électrification signalant des chutes de tension au hameau.

Montant estimé des travaux : environ 48.000,00 F.

La participation communale, fixée à 15 % du montant des travaux, serait inscrite au budget de l'exercice 1980.

Le Conseil Municipal, après en avoir délibéré,
Demande l'inscription des travaux au programme de l'année 1980.

Voté à l'unanimité.
`;

describe('"[En marge : N° 25/79 – Création d\'un emploi …]" over "Création d\'un emploi … à temps non complet"', () => {
  it('is one deliberation, numbered as its margin says, titled as its paragraph; "Voté à l\'unanimité." and "Montant … : environ 48.000,00 F." head none', () => {
    expect(analyzeText(transcribed).items.map((i) => [i.number, i.title])).toEqual([
      ['25/79', "Création d'un emploi de cantonnier à temps non complet"],
      ['26/79', 'Électrification rurale – hameau de Pentica'],
    ]);
  });
});

describe('"[En marge : N° 75-41 – …]" over "Objet : …", a transcriber\'s "[Signatures : …]" under the sitting', () => {
  const text = `District de Montrevel – Registre des délibérations du Bureau
Transcription dactylographiée, folio 46

… et charge Monsieur le Président d'accomplir les démarches nécessaires.
Ainsi fait et délibéré les jour, mois et an que dessus.
[Signatures : Lagarde, Boissier, Faure]

Séance du 18 novembre 1975

L'an mil neuf cent soixante-quinze, le dix-huit novembre, le Bureau du District de Montrevel s'est réuni à l'Hôtel de Ville, sous la présidence de Monsieur Marcel LAGARDE, Président.

Étaient présents : MM. LAGARDE, Président ; BOISSIER, DELMAS, Vice-Présidents.

[En marge : N° 75-41 – O.M. – marché de collecte 1976]

Objet : Service de ramassage des ordures ménagères – Attribution du marché de collecte pour l'année 1976.

Le Bureau, après en avoir délibéré, à l'unanimité, décide d'attribuer le marché aux Établissements DUMAS.

[En marge : N° 75-42 – Personnel]

Objet : Personnel – Recrutement d'un agent de bureau auxiliaire.

Le Bureau, après en avoir délibéré, à l'unanimité, décide de recruter un agent de bureau auxiliaire.

Ainsi fait et délibéré les jour, mois et an que dessus.

[Signatures : Lagarde, Boissier, Delmas]
`;

  it('numbers each deliberation by its margin note above its subject', () => {
    expect(analyzeText(text).items.map((i) => i.number)).toEqual(['75-41', '75-42']);
  });

  it('reads the signers the last note names, not those of the sitting before', () => {
    expect(analyzeText(text).signatures.map((s) => s.surname)).toEqual(['Lagarde', 'Boissier', 'Delmas']);
  });
});
