/** Runs the real CLI (`node bin/minutes.js`) as a child process, and temp dirs to run it on. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, type Dirent } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const BIN = fileURLToPath(new URL('../../bin/minutes.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function startCli(args: string[], cwd?: string): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
}

export function collect(child: ChildProcess): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr?.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export const runCli = (args: string[], cwd?: string) => collect(startCli(args, cwd));

/** Call at the top of a test file: returns a maker of fresh temp dirs, all removed after the file. */
export function tempDirs(): () => string {
  const root = mkdtempSync(join(tmpdir(), 'minutes-cli-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  return () => mkdtempSync(join(root, 't-'));
}

/** Writes `files` (relative path -> content) under `dir`, creating directories. */
export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/** Every file under `dir`, hidden ones included, as sorted relative paths. */
export function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** A small two-page extract of minutes, in the genre's words (pages split on form feed). */
export const MINUTES_TXT = `COMMUNE DE SAINT-EXEMPLE
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 3 mars 2025

L'an deux mille vingt-cinq, le trois mars à vingt heures, le Conseil Municipal de la
commune de Saint-Exemple, légalement convoqué le 25 février 2025, s'est réuni à la
mairie, salle du conseil, sous la présidence de M. Jean DUPONT, Maire.

Membres en exercice : 11  Présents : 9  Votants : 10

Présents : M. Jean DUPONT, Mme Marie MARTIN, M. Luc BERNARD, Mme Anne PETIT,
M. Paul ROUX, Mme Claire MOREAU, M. Louis FOURNIER, Mme Julie GIRARD, M. Marc LEROY
Absents excusés : Mme Sophie LAMBERT (pouvoir à M. Jean DUPONT)
Absent : M. Pierre BONNET
Secrétaire de séance : Mme Marie MARTIN
\fDélibération n° 2025-01 : TRAVAUX DE VOIRIE RUE DES ÉCOLES

Rapporteur : M. Luc BERNARD

Vu le Code général des collectivités territoriales,
Considérant la nécessité de refaire la chaussée,

Le Conseil Municipal, après en avoir délibéré, à l'unanimité :
Article 1 : APPROUVE le programme de travaux de voirie.
Article 2 : AUTORISE le Maire à signer les marchés correspondants.

Fait et délibéré les jour, mois et an susdits.
Le Maire, Jean DUPONT
`;

/** Bytes no loader takes: a PNG signature (the loader decides by content, so "hello" in x.pdf is text). */
export const PNG_BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

/** Tests that spawn the CLI: tsx startup and the pipeline import take seconds on a busy machine. */
export const SPAWN_TIMEOUT = { timeout: 60_000 };
