/**
 * A general council's extract typed with a margin that OCR wove into the body at one space: the
 * margin's "OBJET :" label opens the sitting's opening sentence, the subject's words glued before
 * the lines under it. The president's report follows the lists, its parts ranked, the commission's
 * opinion last, then the decision; the quorum's sentence opens on "Le Président" above the report.
 * Written for these tests, invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const EXTRACT = `REPUBLIQUE FRANCAISE
DEPARTEMENT DE LA VERONNE
CONSEIL GENERAL
EXTRAIT DU REGISTRE DES DELIBERATIONS
Séance du lundi 14 novembre 1983

N° 83-3-12 L'an mil neuf cent quatre-vingt-trois, le quatorze novembre, à
dix heures, le Conseil Général de la Véronne, régulièrement
OBJET : convoqué, s'est réuni à l'Hôtel du Département, sous la
Voirie présidence de M. Paul GRANDJEAN, Président du Conseil Général.
départe-
mentale ETAIENT PRESENTS : MM. GRANDJEAN (Nord), MOUTON (Sud), BAILLY
(Est), CHARRIER (Ouest), DUVAL (Centre), PICARD (Vallée), RENAUD (Plateau).
ETAIT EXCUSE : M. LOISEAU (Forêt).

Le Président constate que le quorum est atteint et que le Conseil
peut valablement délibérer.

RAPPORT DE M. LE PRESIDENT

VOIRIE DEPARTEMENTALE - PROGRAMME DES TRAVAUX DE RENFORCEMENT
1984 - PREMIERE TRANCHE

Mes chers Collègues,

Je vous propose d'arrêter le programme de voirie de l'année 1984, dont les
opérations sont décrites ci-après et dont le coût total atteint 4 200 000 F.

I - CHAUSSEES

Les renforcements de chaussées portent sur quarante kilomètres de routes
départementales, choisis selon l'état relevé par les services en 1983.

II - OUVRAGES D'ART

Trois ponts seront réparés, dont celui de la Vallée, fermé aux poids lourds
depuis le printemps.

AVIS DE LA COMMISSION

La Commission des Travaux a émis un avis favorable le 3 novembre 1983.

LE CONSEIL GENERAL,

Vu le rapport de M. le Président ;
Vu l'avis de la Commission des Travaux ;

Après en avoir délibéré,

Article 1er - APPROUVE le programme de voirie départementale de 1984.

Article 2 - AUTORISE le Président à lancer les consultations.

ADOPTE à l'unanimité des suffrages exprimés, MM. BAILLY et
RENAUD (par délégation) s'étant abstenus.

Fait et délibéré les jour, mois et an que dessus.

Pour extrait conforme,
Le Président du Conseil Général,

P. GRANDJEAN
`;

describe('an extract whose margin OCR wove into the sitting\'s opening', () => {
  const doc = analyzeText(EXTRACT);

  it('takes the report\'s title in capitals for the act, not the margin\'s label woven into the opening sentence', () => {
    expect(doc.items.map((i) => i.title)).toEqual(['VOIRIE DEPARTEMENTALE - PROGRAMME DES TRAVAUX DE RENFORCEMENT 1984 - PREMIERE TRANCHE']);
  });

  it('takes "RAPPORT DE M. LE PRESIDENT" for the report\'s author, no signature over its title', () => {
    expect(doc.signatures.map((p) => p.surname)).toEqual(['GRANDJEAN']);
  });

  it('reads the commission\'s opinion as the report\'s last part: the decision after it is the act\'s', () => {
    const item = doc.items[0]!;
    expect(item.decision?.articles.map((a) => a.action)).toEqual(['approuve', 'autorise']);
    expect(item.decision?.outcome).toBe('adopted');
    const decision = doc.sections.find((s) => s.kind === 'decision')!;
    expect(doc.text.slice(decision.start, decision.start + 18)).toBe('LE CONSEIL GENERAL');
  });

  it('counts both members named before "s\'étant abstenus", one with a note in brackets', () => {
    const vote = doc.items[0]!.decision?.vote;
    expect(vote?.abstentions).toBe(2);
    expect(vote?.abstentionNames.map((p) => p.surname)).toEqual(['BAILLY', 'RENAUD']);
  });
});

describe('a sentence of the sitting opening on "Le Président" above the president\'s report', () => {
  it('is no signature closing a deliberation: the act under the report keeps its decision', () => {
    // The same text without the woven margin: the report's title is the only heading, after that sentence.
    const plain = EXTRACT.replace(/^N° 83-3-12 /m, '').replace('OBJET : convoqué', 'convoqué').replace(/\nVoirie /, '\n').replace('départe-\nmentale ', '');
    const doc = analyzeText(plain);
    expect(doc.items).toHaveLength(1);
    expect(doc.items[0]!.decision?.articles).toHaveLength(2);
  });
});

describe('the president\'s family name under a margin\'s words, the secretary\'s verb split by OCR', () => {
  const woven = EXTRACT.replace("Département, sous la\nVoirie présidence de M. Paul GRANDJEAN, Président du Conseil Général.", "Département,\nVoirie sous la présidence de M. Paul\ndéparte- GRANDJEAN, Président du Conseil Général.")
    .replace('départe-\nmentale ETAIENT', 'mentale ETAIENT')
    .replace('ETAIT EXCUSE : M. LOISEAU (Forêt).', 'ETAIT EXCUSE : M. LOISEAU (Forêt).\n\nM. DUVAL rempl it les fonctions de secrétaire.')
    // A page OCR marred ("se1on", a 1 for an l), where its split words are joined back.
    .replace('choisis selon', 'choisis se1on');
  const doc = analyzeText(woven);

  it('takes the listed family name in capitals before the office, not the given name, for the president', () => {
    expect(doc.meeting.president?.surname).toBe('GRANDJEAN');
  });

  it('reads "rempl it les fonctions de secrétaire" as the secretary\'s line, which no list swallows', () => {
    expect(doc.meeting.secretary?.surname).toBe('DUVAL');
    expect(doc.attendance.excused.map((p) => p.surname)).toEqual(['LOISEAU']);
  });
});

