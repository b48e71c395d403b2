/**
 * Common French given names, as data. A name written in title case ("Michèle Bourbier") does
 * not say which word is the family name, as capitals do ("Michèle BOURBIER"): a given name
 * known here settles it. Compound names ("Jean-Paul", "Marie-Alice") are known by their first
 * part. Lower case, without accents (see fold).
 */
import { fold } from './fuzzy.ts';

const NAMES = `
adele adrien agnes alain alban albert alexandra alexandre alexis alfred alice aline alix amandine amelie
anais andre andree angelique anne annick annie antoine antoinette antonin armand arnaud arthur audrey
aude augustin aurelie aurelien axel baptiste barbara bastien beatrice benedicte benjamin benoit bernadette
bernard bertrand blandine brigitte bruno camille capucine carole caroline catherine cecile celine chantal
charles charlotte chloe christelle christian christiane christine christophe claire clarisse claude
claudine clement clementine colette corinne cyril cyrille damien daniel daniele danielle david delphine
denis denise didier dominique dorothee edith edmond edouard elisabeth elise eliane elodie eloise emile
emilie emma emmanuel emmanuelle eric estelle etienne eugene eva evelyne fabien fabienne fabrice fanny
felix fernand fernande florence florent florian france francine francis franck francois francoise
frederic frederique gabriel gabrielle gael gaelle gaetan genevieve georges gerald gerard geraldine
germain gervais ghislain ghislaine gilbert gilberte gilles gisele guillaume guy guylaine gwenael helene
henri henriette herve hubert hugo hugues ines irene isabelle jacqueline jacques jean jeanne jeannine
jeremie jeremy jerome joel joelle johan jonathan jordan joseph josette josiane josephine jules julie
julien juliette justine karine kevin laetitia laure laurence laurent lea leon leonie lilian liliane
lionel lise louis louise luc lucas lucie lucien lucienne ludovic lydie madeleine maelle magali manon
marc marcel marcelle marguerite marianne marie marielle marine marion marius marthe martial martin
martine maryse mathieu mathilde matthieu maud maurice max maxime melanie mickael michel michele micheline
mireille monique muriel murielle myriam nadege nadine natacha nathalie nicolas nicole noel noelle
noemie odette odile olivier olivia pascal pascale patrice patricia patrick paul paule paulette pauline
philippe pierre pierrette quentin rachel raphael raphaelle raymond raymonde regine regis remi remy
renaud rene renee richard robert roger roland romain romane rose roselyne sabine sabrina samuel sandra
sandrine sarah sebastien serge severine simon simone solange sophie stephane stephanie suzanne sylvain
sylvie sylviane thierry thomas timothee tristan valentin valerie vanessa veronique victor victoria
vincent violaine virginie vivien viviane xavier yann yannick yves yvette yvon yvonne zoe
`;

const GIVEN = new Set(NAMES.split(/\s+/).filter(Boolean));

/** Whether `word` is a given name of the table, or a compound whose first part is ("Jean-Luc"). */
export function isGivenName(word: string): boolean {
  const w = fold(word).replace(/[^a-z-]/g, '');
  return GIVEN.has(w) || GIVEN.has(w.split('-')[0]!);
}
