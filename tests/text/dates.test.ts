import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CORPUS_DIR } from '../corpus.ts';
import {
  findDates,
  findTimes,
  formatFrenchDate,
  formatFrenchTime,
  MONTHS,
  parseTime,
  type DateStyle,
  type TimeStyle,
} from '../../src/text/dates.ts';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const isoDate = fc
  .record({ y: fc.integer({ min: 1900, max: 2099 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .filter(({ y, m, d }) => d <= daysIn(y, m))
  .map(({ y, m, d }) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`);

/** Each single space becomes a random whitespace run, as line-broken PDF text does. */
const whitespace = fc.array(fc.constantFrom(' ', '  ', '\n', ' \n', '\t', '\r\n'), { minLength: 16, maxLength: 16 });
function rewrap(s: string, ws: readonly string[]): string {
  let i = 0;
  return s.replace(/ /g, () => ws[i++ % ws.length]!);
}

const DATE_STYLES: readonly DateStyle[] = ['digits', 'words', 'an-words', 'slash', 'iso'];
const PREFIXES = ['', 'Séance du ', 'Conseil municipal\n', 'convoqué le ', 'PV : '];
const SUFFIXES = ['', '.', ' à 20h30.', ', le conseil municipal', '\nPrésents : 12'];

const one = (text: string) => {
  const found = findDates(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('findDates round-trips formatFrenchDate', () => {
  it.each(DATE_STYLES)('style %s, every valid date 1900..2099', (style) => {
    fc.assert(
      fc.property(isoDate, whitespace, fc.constantFrom(...PREFIXES), fc.constantFrom(...SUFFIXES), (iso, ws, pre, suf) => {
        const written = rewrap(formatFrenchDate(iso, style), ws);
        const text = pre + written + suf;
        const m = one(text);
        expect(m.iso).toBe(iso);
        expect(m.start).toBe(pre.length);
        expect(m.text).toBe(written);
        expect(text.slice(m.start, m.end)).toBe(m.text);
      }),
      { numRuns: 800 },
    );
  });

  it('invalid calendar dates are not dates in any style', () => {
    const invalid = fc
      .record({ y: fc.integer({ min: 1900, max: 2099 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 29, max: 31 }) })
      .filter(({ y, m, d }) => d > daysIn(y, m));
    fc.assert(
      fc.property(invalid, ({ y, m, d }) => {
        const name = MONTHS[m - 1]!.name;
        for (const text of [`${d} ${name} ${y}`, `${pad(d)}/${pad(m)}/${y}`, `L'an ${y}, le ${d} ${name}`, `${y}-${pad(m)}-${pad(d)}`]) {
          expect(findDates(text)).toEqual([]);
        }
      }),
    );
  });

  it('formatFrenchDate styles', () => {
    expect(formatFrenchDate('2014-07-21', 'digits')).toBe('21 juillet 2014');
    expect(formatFrenchDate('2014-07-21', 'words')).toBe('vingt et un juillet deux mille quatorze');
    expect(formatFrenchDate('2014-07-21', 'an-words')).toBe("L'an deux mille quatorze, le vingt et un juillet");
    expect(formatFrenchDate('2014-07-01', 'digits')).toBe('1er juillet 2014');
    expect(formatFrenchDate('2026-07-01', 'an-words')).toBe("L'an deux mille vingt-six, le premier juillet");
    expect(formatFrenchDate('2014-07-01', 'slash')).toBe('01/07/2014');
    expect(() => formatFrenchDate('2014-02-30', 'slash')).toThrow(RangeError);
  });
});

describe('findDates on forms from the corpus', () => {
  it.each<[string, string, string, 'digits' | 'words' | 'mixed']>([
    ['Conseil Municipal du 23 août 2017', '2017-08-23', '23 août 2017', 'digits'],
    ['lundi 21 juillet 2014', '2014-07-21', 'lundi 21 juillet 2014', 'digits'],
    ['le 1er juillet 2014', '2014-07-01', '1er juillet 2014', 'digits'],
    ['depuis le 1 er octobre 2015.', '2015-10-01', '1 er octobre 2015', 'digits'],
    ['le 1° juillet 2014', '2014-07-01', '1° juillet 2014', 'digits'],
    ['le ler juillet 2014', '2014-07-01', 'ler juillet 2014', 'digits'],
    ['C.C.A.S. DU 1% JUILLET 2026 LISTE', '2026-07-01', '1% JUILLET 2026', 'digits'],
    ['du 21/07/2014 au', '2014-07-21', '21/07/2014', 'digits'],
    ['CC10.2023 du 25.01.2023)', '2023-01-25', '25.01.2023', 'digits'],
    ['le 21-07-2014', '2014-07-21', '21-07-2014', 'digits'],
    ['le 21/07/14', '2014-07-21', '21/07/14', 'digits'],
    ['le 16/12/83', '1983-12-16', '16/12/83', 'digits'],
    ['export 2023-06-12', '2023-06-12', '2023-06-12', 'digits'],
    [" L'an deux mille quatorze le vingt et un juillet , les membres", '2014-07-21', "L'an deux mille quatorze le vingt et un juillet", 'words'],
    ['L’an deux mil vingt-trois et le douze du mois de juin', '2023-06-12', 'L’an deux mil vingt-trois et le douze du mois de juin', 'words'],
    ['L’an deux mille trois et le quatre du mois d\'avril à 20 h 30', '2003-04-04', 'L’an deux mille trois et le quatre du mois d\'avril', 'words'],
    ['L’an deux mil quatre et le deux Mars à 20 H 30', '2004-03-02', 'L’an deux mil quatre et le deux Mars', 'words'],
    ["L'an deux mille vingt-six, le premier juillet, à quatorze heures", '2026-07-01', "L'an deux mille vingt-six, le premier juillet", 'words'],
    ['L’an deux mille quinze, le 14 décembre à 20h30', '2015-12-14', 'L’an deux mille quinze, le 14 décembre', 'mixed'],
    ["l'an 2014, le 21 juillet", '2014-07-21', "l'an 2014, le 21 juillet", 'digits'],
    ['Le vingt et un juillet deux mille quatorze', '2014-07-21', 'vingt et un juillet deux mille quatorze', 'words'],
    ['le 23 août deux mille dix-sept', '2017-08-23', '23 août deux mille dix-sept', 'mixed'],
    ['dûment convoqué le 17\naoût 2017, s’est réuni', '2017-08-17', '17\naoût 2017', 'digits'],
    ['L’an deux\nmille vingt-trois, le vingt-\ncinq janvier à 18h30', '2023-01-25', 'L’an deux\nmille vingt-trois, le vingt-\ncinq janvier', 'words'],
    ['du  Conseil  Général  du  21  avril  2011  portant', '2011-04-21', '21  avril  2011', 'digits'],
    ['Compte-rendudu Conseil municipaldu 22 Mars 2003.', '2003-03-22', '22 Mars 2003', 'digits'],
    ['le 29 février 2024', '2024-02-29', '29 février 2024', 'digits'],
    ['le 3 fevrier 2024, le 4 AOUT 2024', '2024-02-03', '3 fevrier 2024', 'digits'],
    ['le 5 janv. 2024', '2024-01-05', '5 janv. 2024', 'digits'],
    ['le 5 sept. 2024', '2024-09-05', '5 sept. 2024', 'digits'],
  ])('%j', (text, iso, span, form) => {
    const m = findDates(text)[0]!;
    expect(m).toBeDefined();
    expect(m.iso).toBe(iso);
    expect(m.text).toBe(span);
    expect(text.slice(m.start, m.end)).toBe(span);
    expect(m.form).toBe(form);
  });

  it.each([
    'article 8 du code',
    '2015-2019',
    'la loi n° 2023-175',
    'le décret n°88-145',
    'la Commission du Budget Primitif le 27 janvier dernier',
    'le 30 juin',
    'la date butoir de mars 2017',
    'le 31 février 2014',
    'le 29 février 2023',
    'le 31/04/2014',
    'le 12/13/2014',
    'au 06.12.34.56.78',
    'section 2.1.10',
    'le 21% juillet 2014',
    'le 4 mars 2500 €',
    'le vingt-sept 2014',
    'Page 1 / 9',
  ])('%j has no full date', (text) => {
    expect(findDates(text)).toEqual([]);
  });

  it('returns all dates of a header in text order without overlaps', () => {
    const text =
      'Conseil Municipal du 13/06/2024\nL’an deux mille vingt-quatre, le 13 juin à 19h00, le Conseil, convoqué le 6 juin 2024, ' +
      'approuve le PV du 15 mai 2024 et du 9 Novembre et du 7 décembre 2022.';
    expect(findDates(text).map((m) => m.iso)).toEqual(['2024-06-13', '2024-06-13', '2024-06-06', '2024-05-15', '2022-12-07']);
  });

  it('reads a day phrase of the most pieces whole, however far its blanks spread it', () => {
    // A weekday, three words, "du mois d ’": the window before the month stops at nine pieces back.
    const text = 'Séance du conseil tenue le mercredi   trente  et   un  du  mois   d  ’   mars 2021 en mairie';
    expect(findDates(text).map((m) => [m.iso, m.text])).toEqual([['2021-03-31', 'mercredi   trente  et   un  du  mois   d  ’   mars 2021']]);
  });

  it('every MONTHS form is recognised', () => {
    for (const month of MONTHS) {
      for (const form of month.forms) {
        for (const written of [form, form.toUpperCase(), form.normalize('NFD').replace(/\p{M}/gu, '')]) {
          expect(findDates(`le 12 ${written} 2014`).map((m) => m.iso)).toEqual([`2014-${pad(month.number)}-12`]);
        }
      }
    }
  });

  it('real corpus headers give the sitting date first', () => {
    const expected: Record<string, string> = { '000': '2014-07-21', '004': '2003-04-04', '017': '2004-03-02', '021': '2023-01-25' };
    for (const [file, iso] of Object.entries(expected)) {
      const text = readFileSync(`${CORPUS_DIR}/${file}.txt`, 'utf8');
      expect(findDates(text)[0]?.iso, file).toBe(iso);
    }
  });
});

describe('dates OCR damaged', () => {
  it.each([
    ['12 janvler 2024', '2024-01-12'],
    ['12 févricr 2024', '2024-02-12'],
    ['12 rnars 2024', '2024-03-12'],
    ['12 mars 2O24', '2024-03-12'],
    ['l2 mars 2024', '2024-03-12'],
    ['1 2 mars 2024', '2024-03-12'],
  ])('reads %s', (written, iso) => {
    expect(findDates(`Séance du ${written} à 20h30`).map((d) => d.iso)).toEqual([iso]);
  });
  it('does not make dates of words that only look like damaged ones', () => {
    expect(findDates('Il mars 2024, le clos 2024, 12 rues 2024, 12 mois 1850')).toEqual([]);
  });
  it("reads a year whose thousand OCR misread ('mi1'), the hundreds in words after it", () => {
    expect(findDates("L'an mi1 neuf cent quatre-vingt, le vingt et un mars à vingt heures").map((d) => d.iso)).toEqual(['1980-03-21']);
    expect(findDates("L'an mi11e neuf cent soixante-dix, le deux mai").map((d) => d.iso)).toEqual(['1970-05-02']);
  });
  it('makes no year of a misread thousand with nothing after it', () => {
    expect(findDates("L'an mi1, le vingt et un mars")).toEqual([]);
  });
});

describe('times', () => {
  const TIME_STYLES: readonly TimeStyle[] = ['h', 'spaced', 'colon', 'heures', 'words'];
  const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h)}:${pad(m)}`);

  it.each(TIME_STYLES)('style %s, every valid time round-trips', (style) => {
    fc.assert(
      fc.property(time, whitespace, fc.constantFrom('La séance est ouverte ', 'Début ', ''), fc.constantFrom('.', ', le conseil', ''), (hhmm, ws, pre, suf) => {
        const written = style === 'spaced' ? formatFrenchTime(hhmm, style) : rewrap(formatFrenchTime(hhmm, style), ws);
        const text = pre + written + suf;
        const found = findTimes(text);
        expect(found).toHaveLength(1);
        expect(found[0]!.hhmm).toBe(hhmm);
        expect(text.slice(found[0]!.start, found[0]!.end)).toBe(found[0]!.text);
        expect(parseTime(formatFrenchTime(hhmm, style))).toBe(hhmm);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['le 14 décembre à 20h30, le Conseil', '20:30', '20h30'],
    ['à 20 h 30,le Conseil', '20:30', '20 h 30'],
    ['le 23 août à 20H30', '20:30', '20H30'],
    ['à 20H, le', '20:00', '20H'],
    ['à 19h00, le', '19:00', '19h00'],
    ['à 18h30 heures, le Conseil', '18:30', '18h30 heures'],
    ['à 11 h 00, le conseil', '11:00', '11 h 00'],
    ['La séance est levée à 23 heures.', '23:00', '23 heures'],
    ['le premier juillet, à quatorze heures, le', '14:00', 'quatorze heures'],
    ['à 9 heures', '09:00', '9 heures'],
    ['à dix-neuf heures et trente minutes', '19:30', 'dix-neuf heures et trente minutes'],
    ['dix-huit heures trente', '18:30', 'dix-huit heures trente'],
    ['ouverte à 20:30', '20:30', '20:30'],
    ['à 14 heures 30', '14:30', '14 heures 30'],
    ['à vingt et une heures', '21:00', 'vingt et une heures'],
    ['levée à19h30', '19:30', '19h30'],
    ['levée à 00 H 20.', '00:20', '00 H 20'],
    ['à midi et demie', '12:30', 'midi et demie'],
    ['à 9 heures moins le quart', '08:45', '9 heures moins le quart'],
  ])('%j', (text, hhmm, span) => {
    const found = findTimes(text);
    expect(found.map((t) => [t.hhmm, t.text])).toEqual([[hhmm, span]]);
  });

  it.each([
    'à hauteur de 20 heures par semaine',
    'hebdomadaire de 35 heures ;',
    'Pour : 23',
    'Page 1 / 9',
    'service 24h/24',
    'à 25h00',
    'à 20h75',
    '2 ha de terrain',
    'au prix de 15 H.T.',
  ])('%j has no time', (text) => {
    expect(findTimes(text)).toEqual([]);
  });

  it('reads an hour of the most pieces whole, however far its blanks spread it', () => {
    const found = findTimes('La séance est ouverte à      vingt  -  et  -  une      heures trente.');
    expect(found.map((t) => [t.hhmm, t.text])).toEqual([['21:30', 'vingt  -  et  -  une      heures trente']]);
  });

  it("reads OCR's letter O for the zero closing the minutes after \"heures\" (\"15 heures 1O\"), not a word's O", () => {
    expect(findTimes("La séance est reprise à 15 heures 1O, à l'Hôtel du Département").map((t) => [t.hhmm, t.text])).toEqual([['15:10', '15 heures 1O']]);
    expect(findTimes('à 9 heures 1Octobre').map((t) => t.hhmm)).toEqual(['09:00']);
  });

  it('parseTime takes whole strings only', () => {
    expect(parseTime('20h30')).toBe('20:30');
    expect(parseTime(' dix-neuf heures ')).toBe('19:00');
    expect(parseTime('à 9 heures')).toBe('09:00');
    expect(parseTime('20h30 et 21h')).toBeNull();
    expect(parseTime('vers 20h30 environ')).toBeNull();
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('')).toBeNull();
  });
});

describe('robustness and speed', () => {
  const soup = fc
    .array(
      fc.constantFrom("L'an", 'l’an', 'deux', 'mille', 'mil', 'vingt', 'et', 'un', 'premier', 'le', '1er', '1', '21', '07', '2014', '14', 'juillet', 'sept.', 'sept', 'février', '/', '-', '.', ':', ' ', '\n', 'h', 'H', '30', 'heures', 'à', 'du mois de', '%', '°', 'et demie', 'midi'),
      { maxLength: 40 },
    )
    .map((a) => a.join(''));
  const ISO = /^\d{4}-\d{2}-\d{2}$/;

  it('never throws; offsets in bounds, ordered, non-overlapping, valid values', () => {
    for (const arb of [fc.string(), fc.string({ unit: 'binary' }), soup]) {
      fc.assert(
        fc.property(arb, (s) => {
          let last = 0;
          for (const m of findDates(s)) {
            expect(m.start).toBeGreaterThanOrEqual(last);
            expect(m.end).toBeLessThanOrEqual(s.length);
            expect(s.slice(m.start, m.end)).toBe(m.text);
            expect(m.iso).toMatch(ISO);
            expect(formatFrenchDate(m.iso, 'iso')).toBe(m.iso);
            last = m.end;
          }
          last = 0;
          for (const t of findTimes(s)) {
            expect(t.start).toBeGreaterThanOrEqual(last);
            expect(t.end).toBeLessThanOrEqual(s.length);
            expect(s.slice(t.start, t.end)).toBe(t.text);
            expect(parseTime(t.hhmm)).toBe(t.hhmm);
            last = t.end;
          }
          expect(() => parseTime(s)).not.toThrow();
        }),
        { numRuns: 1000 },
      );
    }
  });
});

describe('months heavy OCR cut before their accented letter', () => {
  it('reads "14 d écembre 2021", "3 f évrier 1990", "2 ao ût 1985"', () => {
    expect(findDates('Séance du 14 d écembre 2021 ; le 3 f évrier 1990 ; le 2 ao ût 1985').map((d) => d.iso)).toEqual(['2021-12-14', '1990-02-03', '1985-08-02']);
  });
});

describe('a sitting\'s time as OCR leaves it', () => {
  it('reads the minutes past a margin\'s rule opening the line they wrap onto', () => {
    expect(findTimes("le vingt-deux juin à vingt heures\nI trente, le Conseil Municipal").map((t) => t.hhmm)).toEqual(['20:30']);
    expect(findTimes("le vingt-deux juin à vingt heures\n| trente, le Conseil Municipal").map((t) => t.hhmm)).toEqual(['20:30']);
  });

  it('takes no letter inside a line for such a rule', () => {
    expect(findTimes('à vingt heures l trente').map((t) => t.hhmm)).toEqual(['20:00']);
  });

  it('reads the preposition a speck made a comma after', () => {
    expect(findTimes("le vingt-sept octobre a, neuf heures,le Conseil").map((t) => t.hhmm)).toEqual(['09:00']);
  });
});
