/** The content-addressed store (src/store): keys, layout, atomic writes, damaged and missing blobs. */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ContentStore, defaultStoreLocation, sha256Hex, StoreError, storeRoot } from '../../src/store/content-store.ts';
import { tempDirs } from '../cli/helpers.ts';

const fresh = tempDirs();

describe('ContentStore', () => {
  it('stores bytes under their SHA-256 in a two-hex-digit folder and reads them back', async () => {
    const store = await ContentStore.open(join(fresh(), 'store'));
    const bytes = new TextEncoder().encode('délibération');
    const key = await store.put(bytes);
    expect(key).toBe(sha256Hex(bytes));
    expect(store.path(key)).toBe(join(store.root, key.slice(0, 2), key));
    expect(store.has(key)).toBe(true);
    expect(Buffer.from(await store.get(key)).toString('utf8')).toBe('délibération');
  });

  it('writes a blob once, leaving no temporary file', async () => {
    const store = await ContentStore.open(fresh());
    const a = await store.put('same');
    const b = await store.put(Buffer.from('same'));
    expect(a).toBe(b);
    expect(readdirSync(join(store.root, a.slice(0, 2)))).toEqual([a]);
  });

  it('round-trips JSON values', async () => {
    const store = await ContentStore.open(fresh());
    const value = { page: 3, text: 'Le Conseil', confidence: 0.91234, angle: 0 };
    expect(await store.getJson(await store.putJson(value))).toEqual(value);
  });

  it('opens a file:// URL as the same directory', async () => {
    const dir = fresh();
    expect(storeRoot(pathToFileURL(dir).href)).toBe(dir);
    const store = await ContentStore.open(pathToFileURL(join(dir, 'sub')).href);
    expect(store.root).toBe(join(dir, 'sub'));
    expect(existsSync(store.root)).toBe(true);
    expect(() => storeRoot('s3://bucket/x')).toThrow(/directory path or a file:\/\/ URL/);
  });

  it('names the key and the store when a blob is missing or damaged', async () => {
    const store = await ContentStore.open(fresh());
    const missing = sha256Hex('never stored');
    await expect(store.get(missing)).rejects.toThrow(StoreError);
    await expect(store.get(missing)).rejects.toThrow(new RegExp(`blob ${missing} is not in the store ${store.root}`));
    const key = await store.put('original');
    writeFileSync(store.path(key), 'tampered');
    await expect(store.get(key)).rejects.toThrow(/is damaged/);
    expect(() => store.path('../etc/passwd')).toThrow(/not a store key/);
  });

  it('defaults to MINUTES_STORE, else a cache folder', () => {
    expect(defaultStoreLocation({ MINUTES_STORE: '/shared/store' })).toBe('/shared/store');
    expect(defaultStoreLocation({ XDG_CACHE_HOME: '/c' })).toBe('/c/minutes/store');
  });
});
