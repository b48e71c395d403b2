/** A sheet of attendance, a row a member: who signed, who gave a proxy, who was excused or away. Invented names. */
import { describe, expect, it } from 'vitest';
import { readAttendanceSheet } from '../../src/extract/attendance-sheet.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

const SCANNED = `COMMUNAUTÉ DE COMMUNES DU VAL D'ARLE
BUREAU COMMUNAUTAIRE
Jeudi 16 novembre 2023 - 18h00
Salle du Conseil - Maison de la Communauté

FEUILLE D'ÉMARGEMENT

COMMUNE NOM - Prénom FONCTION SIGNATURE POUVOIR DONNÉ À
Valbrun MARTIN Denis Président ~~/f~_
Les Aulnes ROCHE Christine 1ère Vice-Présidente
ÇR0ch
St-Aubin- FAURE Jean-Marc 2ème Vice-
d'Arle Président exc use
La Combe TISSOT Annie 3ème Vice-Présidente A.T/ssot
Pralong BURNIER Gilles 4ème Vice-Président
pouvoir à
D. Martin
Valbrun GRANGE Bernard Membre du Bureau (SB
Les Aulnes CHAPUIS Lucie Membre du
Bureau

Assistaient également :
ROSSAT Élodie Directrice générale des services £R

Membres en exercice : 7 Quorum : 4 Présents : 4 Pouvoirs : 1`;

const surnames = (people: ReadonlyArray<{ surname: string }>) => people.map((p) => p.surname.toUpperCase());

describe('a sheet of attendance as OCR reads it, each signature a scrawl', () => {
  const sheet = readAttendanceSheet(SCANNED)!;

  it('reads who signed as present, the proxy with its holder, the excused, and a row left blank as absent', () => {
    expect(surnames(sheet.attendance.present)).toEqual(['MARTIN', 'ROCHE', 'TISSOT', 'GRANGE']);
    expect(sheet.attendance.represented.map((r) => [r.person.surname, r.proxy?.surname.toUpperCase()])).toEqual([['BURNIER', 'MARTIN']]);
    expect(surnames(sheet.attendance.excused)).toEqual(['FAURE']);
    expect(surnames(sheet.attendance.absent)).toEqual(['CHAPUIS']);
  });

  it('stops at the staff who attended: they are no members', () => {
    expect(surnames([...sheet.attendance.present, ...sheet.attendance.absent])).not.toContain('ROSSAT');
  });

  it('is a document of its own: no minutes, the sitting it records kept, no author signing it', () => {
    const doc = analyzeText(SCANNED);
    expect(doc.kind).toBe('other');
    expect(doc.meeting.date).toBe('2023-11-16');
    expect(doc.meeting.president).toBeNull();
    expect(doc.signatures).toEqual([]);
    expect(surnames(doc.attendance.present)).toEqual(['MARTIN', 'ROCHE', 'TISSOT', 'GRANGE']);
  });
});

describe('a sheet of attendance from a text layer, no signature read', () => {
  it('takes every row without a proxy, an excuse or an absence as present', () => {
    const text = `FEUILLE DE PRÉSENCE\nSéance du 3 mars 2024\nNom Prénom Qualité Signature Procuration\nMARTIN Denis Maire\nROCHE Christine Adjointe\nFAURE Jean-Marc Conseiller excusé\nTISSOT Annie Conseillère procuration à M. MARTIN\n`;
    const sheet = readAttendanceSheet(text)!;
    expect(surnames(sheet.attendance.present)).toEqual(['MARTIN', 'ROCHE']);
    expect(surnames(sheet.attendance.excused)).toEqual(['FAURE']);
    expect(sheet.attendance.represented.map((r) => r.proxy?.surname)).toEqual(['MARTIN']);
  });

  it('is no sheet without its title', () => {
    expect(readAttendanceSheet('Nom Prénom Qualité Signature\nMARTIN Denis Maire\nROCHE Christine Adjointe\nFAURE Jean Conseiller\n')).toBeNull();
  });
});
