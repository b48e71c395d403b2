/**
 * Writes that a reader never sees half done: DIR/.<file>.<pid>.tmp, flushed, then renamed over
 * DIR/<file>. The temporary files being written are tracked so an abort can remove them.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

const inFlight = new Set<string>();

/** In the target's directory, so the rename stays on one file system (and so stays atomic). */
const temporaryPath = (dir: string, file: string): string => join(dir, `.${file}.${process.pid}.tmp`);

export async function writeFileAtomic(dir: string, file: string, content: string): Promise<void> {
  const tmp = temporaryPath(dir, file);
  inFlight.add(tmp);
  try {
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, join(dir, file));
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  } finally {
    inFlight.delete(tmp);
  }
}

/**
 * The same for callers that do not await (fixture caches, benchmarks), text (UTF-8) or bytes.
 * Not tracked for aborts: no signal handler runs while it holds the thread, so none can find
 * its temporary file mid-write.
 */
export function writeFileAtomicSync(dir: string, file: string, content: string | Uint8Array): void {
  const tmp = temporaryPath(dir, file);
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeFileSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, join(dir, file));
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** For an exit that cannot wait (second Ctrl-C): removes the temporary files of unfinished writes. */
export function removeTemporaryFilesSync(): void {
  for (const tmp of inFlight) {
    try {
      unlinkSync(tmp);
    } catch {
      // already renamed or never created
    }
  }
}
