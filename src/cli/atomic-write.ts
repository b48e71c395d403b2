/**
 * Writes that a reader never sees half done: DIR/.<file>.<pid>.tmp, flushed, then renamed over
 * DIR/<file>. The temporary files being written are tracked so an abort can remove them.
 */
import { unlinkSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

const inFlight = new Set<string>();

export async function writeFileAtomic(dir: string, file: string, content: string): Promise<void> {
  const tmp = join(dir, `.${file}.${process.pid}.tmp`);
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
