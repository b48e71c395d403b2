/**
 * Common French given names, as data. A name written in title case ("Michèle Bourbier") does
 * not say which word is the family name, as capitals do ("Michèle BOURBIER"): a given name
 * known here settles it. Compound names ("Jean-Paul", "Marie-Alice") are known by their first
 * part. Lower case, without accents (see fold).
 */
import { fold } from './fuzzy.ts';
import { memoizeWords } from './memo.ts';

/** A word of a name written in title case: "Michèle", "Jean-Luc", "Etoré-lortholary". */
export const TITLE_CASE_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*`;
/** A member's name as a table's row opens on it: the family name in capitals ("DE LA BROUSSE"), then maybe a given name ("SANTONI François"). */
export const FAMILY_THEN_GIVEN = String.raw`\p{Lu}[\p{Lu}'’ -]*\p{Lu}(?:[ \t]+${TITLE_CASE_WORD})?`;

const NAMES = `
adele adrien agnes alain alban alexandra alexandre alexis alfred alice aline alix amandine amelie
anais andree angelique anne annick annie antoine antoinette antonin armand arthur audrey aude
augustin aurelie aurelien axel baptiste barbara bastien beatrice benedicte benjamin bernadette
blandine brigitte bruno camille capucine carole caroline catherine cecile celine chantal charlotte
chloe christelle christian christiane christine christophe claire clarisse claude claudine
clementine colette corinne cyril cyrille damien daniele danielle delphine denise didier dominique
dorothee edith edmond edouard elisabeth elise eliane elodie eloise emile emilie emma emmanuel
emmanuelle eric estelle etienne eugene eva evelyne fabien fabienne fabrice fanny felix fernand
fernande florence florent florian france francine francis franck francoise frederic frederique gaston gustave
gabriel gabrielle gael gaelle gaetan genevieve georges gerald geraldine gervais ghislain ghislaine
gilberte gilles gisele guy guylaine gwenael helene henriette hugo hugues ines irene isabelle
jacqueline jacques jean jeanne jeannine jeremie jeremy jerome joel joelle johan jonathan jordan
joseph josette josiane josephine jules julie juliette justine karine kevin laetitia laure laurence
lea leonie lilian liliane lionel lise louise luc lucie lucien lucienne ludovic lydie madeleine
maelle magali manon marcel marcelle marguerite marianne marie marielle marine marion marius marthe
martial martine maryse mathilde matthieu maud max maxime melanie mickael michele micheline mireille
monique muriel murielle myriam nadege nadine natacha nathalie nicole noelle noemie odette odile
olivia pascal pascale patrice patricia patrick paul paule paulette pauline pierre pierrette quentin
rachel raphael raphaelle raymonde regine regis remi renee roland romain romane rose roselyne sabine
sabrina samuel sandra sandrine sarah sebastien serge severine simone solange sophie stephane
stephanie suzanne sylvain sylvie sylviane thierry timothee tristan valentin valerie vanessa
veronique victor victoria violaine virginie vivien viviane xavier yann yannick yves yvette yvon
yvonne zoe
adeline agathe albane alexia alicia amaury ambre angele anthony aurore axelle berangere blanche
cedric charline christel clara clemence coralie cynthia deborah diane dylan eliott enzo ethan
eugenie evan flavie floriane gaetane gaspard gauthier gregory gregoire gwendoline heloise ingrid
jacky jennifer jessica jocelyne julia karen katia laurie lena loane loic lola lou ludivine maeva
margaux marina mathis mathias maxence melissa michael mylene nathan nelly oceane priscilla robin
rodolphe sacha salome segolene solene sylvere theo thibault thibaut tiphaine valentine yoann
yohann annabelle apolline armelle benoite brice cathy christiane clotilde constance corentin
cyprien edwige elsa fleur gaelle gladys hortense isaure jade jocelyn josiane jules katy laurene
laurette leo lilou lina lorraine lucile ludovine mael maelys marceline mariette marylene maryvonne
melodie michelle mona murielle nadia nadine naima nina odile oriane perrine rosine ruth sandy
sarah servane sixtine soline sonia stephan tatiana therese valery vianney yolande
nolwenn erwan ronan goulven soizic katell maiwenn morgane gwenola gwenaelle yannig ewen gaelig
fatima karim mohamed nora samir yasmina rachid farid malika leila sofiane mehdi amine djamel
kader khadija nabil nassim rachida said salima samia yacine youssef zohra
`;

/** Given names that are as often family names ("Martin", "Bernard", "Thomas", "Michel"). */
const ALSO_FAMILY = `
albert andre arnaud benoit bernard bertrand charles clement daniel david denis francois gerard
germain gilbert guillaume henri herve hubert julien laurent leon louis lucas marc martin mathieu
maurice michel nicolas noel olivier philippe raymond remy renaud rene richard robert roger simon
thomas vincent
`;

const words = (list: string) => list.split(/\s+/).filter(Boolean);
const GIVEN = new Set(words(NAMES));
const EITHER = new Set(words(ALSO_FAMILY));

/**
 * How surely `word` is a given name: 2 for a name of the table or a compound whose first part
 * is one ("Jean-Luc"), 1 for a name as often a family name ("Martin"), 0 otherwise. Asked
 * again and again of a list's names (each name's two words, for each reading of the list): memoized.
 */
export const givenNameScore = memoizeWords((word: string): number => {
  const w = fold(word).replace(/[^a-z-]/g, '');
  if (GIVEN.has(w)) return 2;
  const hyphen = w.indexOf('-');
  // The first part of a compound, cut at its hyphen (no split into an array).
  if (hyphen >= 0 && (GIVEN.has(w.slice(0, hyphen)) || EITHER.has(w.slice(0, hyphen)))) return 2;
  return EITHER.has(w) ? 1 : 0;
});
