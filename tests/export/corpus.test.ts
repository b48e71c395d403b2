/**
 * The three exports of the processed shared corpus: `minutes process` runs on it once (the real
 * CLI, into a temp dir), then `minutes export` in each format. The SCDL file must pass the
 * validator, Popolo objects the Popolo JSON Schemas, and no vote count may appear that the
 * document does not give.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/export/csv.ts';
import { deliberationsOf, voteCounts } from '../../src/export/deliberations.ts';
import { readOutputs } from '../../src/export/read-outputs.ts';
import { SCDL_COLUMNS } from '../../src/export/scdl.ts';
import { validateScdl } from '../../src/export/scdl-validate.ts';
import type { MinutesDocument } from '../../src/schema/minutes.ts';
import { runCli, tempDirs } from '../cli/helpers.ts';
import { CORPUS_DIR, hasCorpus, REPO_ROOT } from '../corpus.ts';
import { popoloValidators } from './popolo-schemas.ts';

const CONFIG = join(REPO_ROOT, 'fixtures/authority/example.json');
const fresh = tempDirs();
const gold000 = hasCorpus ? (JSON.parse(readFileSync(join(CORPUS_DIR, '000.gold.json'), 'utf8')) as { items: Array<{ title: string }> }) : null;

describe.skipIf(!hasCorpus)('exports of the processed corpus', { timeout: 120_000 }, () => {
  let out: string;
  let documents: MinutesDocument[];
  let scdl: { code: number | null; stderr: string; csv: string };

  beforeAll(async () => {
    out = fresh();
    const processed = await runCli(['process', CORPUS_DIR, '--out', join(out, 'json'), '--quiet']);
    expect(processed.stderr).toBe('');
    documents = (await readOutputs([join(out, 'json')])).documents.map((d) => d.document);
    const r = await runCli(['export', '--format', 'scdl', '--authority-config', CONFIG, '--out', join(out, 'deliberations.csv'), join(out, 'json')]);
    scdl = { code: r.code, stderr: r.stderr, csv: readFileSync(join(out, 'deliberations.csv'), 'utf8') };
  }, 120_000);

  const rowsOf = (csv: string) => {
    const [header, ...records] = parseCsv(csv).records;
    expect(header!.fields).toEqual([...SCDL_COLUMNS]);
    return records.map((r) => Object.fromEntries(SCDL_COLUMNS.map((c, i) => [c, r.fields[i]!])) as Record<(typeof SCDL_COLUMNS)[number], string>);
  };

  it('SCDL: the CSV passes the validator, in the file and through `minutes validate`', async () => {
    expect(validateScdl(scdl.csv)).toEqual([]);
    const v = await runCli(['validate', join(out, 'deliberations.csv')]);
    expect([v.code, v.stdout]).toEqual([0, `ok ${join(out, 'deliberations.csv')}\n`]);
  });

  it('SCDL: pins the reference document 000 (date, title from the gold, unanimity without counts leaves every count empty)', () => {
    const doc000 = documents.find((d) => d.source.fileName === '000.txt')!;
    const ours = rowsOf(scdl.csv).filter((r) => r.DELIB_DATE === doc000.meeting.date);
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatchObject({
      DELIB_DATE: '2014-07-21',
      DELIB_OBJET: gold000!.items[0]!.title,
      VOTE_POUR: '',
      VOTE_CONTRE: '',
      VOTE_ABSTENTION: '',
      VOTE_REEL: '',
      COLL_SIRET: '21000000000000',
    });
    expect(ours[0]!.DELIB_MATIERE_CODE).toMatch(/^\d\.\d{1,2}$/);
  });

  it('SCDL: a count is the one the document states; 0 against only from a stated 0 or a unanimity with stated counts', () => {
    const rows = rowsOf(scdl.csv);
    const written = deliberationsOf(documents).filter((d) => d.document.meeting.date !== null && d.item.title.trim() !== '');
    expect(rows).toHaveLength(written.length);
    rows.forEach((row, i) => {
      const vote = written[i]!.decision.vote;
      const asCell = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
      expect(row.DELIB_OBJET).toBe(written[i]!.item.title);
      expect(row.VOTE_POUR).toBe(asCell(vote?.for));
      expect(row.VOTE_ABSTENTION).toBe(asCell(vote?.abstentions));
      if (vote?.against != null) expect(row.VOTE_CONTRE).toBe(String(vote.against));
      else if (row.VOTE_CONTRE !== '') {
        expect(row.VOTE_CONTRE).toBe('0');
        expect(vote!.unanimous && (vote!.for !== null || vote!.abstentions !== null)).toBe(true);
      }
    });
  });

  it('SCDL: rows sorted by date, DELIB_ID unique; undated items reported by id, exit 1 exactly when something is reported', () => {
    const rows = rowsOf(scdl.csv);
    expect(rows.map((r) => r.DELIB_DATE)).toEqual(rows.map((r) => r.DELIB_DATE).sort());
    expect(new Set(rows.map((r) => r.DELIB_ID)).size).toBe(rows.length);
    const undated = deliberationsOf(documents).filter((d) => d.document.meeting.date === null);
    const reported = [...scdl.stderr.matchAll(/^FAIL \S+ \((sha256:[0-9a-f]{64}#\d+)\): not exported: no date/gm)].map((m) => m[1]);
    expect(reported.sort()).toEqual(undated.map((d) => d.id).sort());
    expect(scdl.code).toBe(undated.length > 0 ? 1 : 0);
  });

  it('SCDL: byte-identical from run to run', async () => {
    const again = await runCli(['export', '-f', 'scdl', '-c', CONFIG, '--out', '-', '--quiet', join(out, 'json')]);
    expect(again.stdout).toBe(scdl.csv);
  });

  it('NDJSON: one flat line per deliberation with a stable id', async () => {
    const r = await runCli(['export', '--format', 'ndjson', join(out, 'json')]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const deliberations = deliberationsOf(documents);
    expect(records.map((x) => x.id)).toEqual(deliberations.map((d) => `${d.document.id}#${d.index}`));
    for (const x of records) {
      for (const value of Object.values(x)) {
        const flat = value === null || typeof value !== 'object' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
        expect(flat, JSON.stringify(value)).toBe(true);
      }
    }
    const ref = records.find((x) => x.file === '000.txt')!;
    expect(ref).toMatchObject({ date: '2014-07-21', title: gold000!.items[0]!.title, voteUnanimous: true, voteAgainst: null, actions: ['approuve', 'approuve', 'autorise'] });
    expect((ref.present as string[]).length).toBe(14);
  });

  it('Popolo: every Event, Motion and VoteEvent validates against the Popolo JSON Schemas', async () => {
    const r = await runCli(['export', '--format', 'popolo', '--out', join(out, 'popolo.json'), join(out, 'json')]);
    expect(r.code).toBe(0);
    const popolo = JSON.parse(readFileSync(join(out, 'popolo.json'), 'utf8'));
    const v = popoloValidators();
    const invalid = (validate: typeof v.event, xs: unknown[]) => xs.filter((x) => !validate(x)).map((x) => [x, validate(x) || validate.errors]);
    expect(popolo.events.length).toBeGreaterThan(0);
    expect(popolo.vote_events.length).toBeGreaterThan(0);
    expect(invalid(v.event, popolo.events)).toEqual([]);
    expect(invalid(v.motion, popolo.motions)).toEqual([]);
    expect(invalid(v.voteEvent, popolo.vote_events)).toEqual([]);
    expect(invalid(v.organization, popolo.organizations)).toEqual([]);

    const motionIds = new Set(popolo.motions.map((m: { id: string }) => m.id));
    const eventIds = new Set(popolo.events.map((e: { id: string }) => e.id));
    for (const ve of popolo.vote_events) expect(motionIds.has(ve.motion_id)).toBe(true);
    for (const m of popolo.motions) if (m.legislative_session_id !== null) expect(eventIds.has(m.legislative_session_id)).toBe(true);

    // The sittings with proxies carry them, each giver and holder a person with an id.
    for (const doc of documents.filter((d) => d.attendance.represented.length > 0 && d.kind !== 'list' && d.kind !== 'other')) {
      const event = popolo.events.find((e: { id: string }) => e.id === doc.id);
      if (!event) continue; // a sitting without a deliberation has no event
      expect(event.extras.proxies).toHaveLength(doc.attendance.represented.length);
      for (const p of event.extras.proxies) expect(p.person.id).toMatch(/\/person\/\d+$/);
    }
  });

  it('Popolo: the reference sitting is an Event with its 14 attendees; its unanimous vote passes with no invented count', async () => {
    const r = await runCli(['export', '-f', 'popolo', join(out, 'json', '000.json')]);
    const popolo = JSON.parse(r.stdout);
    expect(popolo.events).toHaveLength(1);
    expect(popolo.events[0]).toMatchObject({ start_date: '2014-07-21', classification: 'meeting' });
    expect(popolo.events[0].attendees).toHaveLength(14);
    expect(popolo.vote_events).toEqual([expect.objectContaining({ result: 'pass', counts: [], extras: { unanimous: true } })]);
    const counts = voteCounts(documents.find((d) => d.source.fileName === '000.txt')!.items[0]!.decision!.vote);
    expect(counts).toEqual({ for: null, against: null, abstentions: null, notVoting: null });
  });
});
