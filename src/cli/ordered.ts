/**
 * Runs `work` over `items` with at most `concurrency` calls in flight and hands the results to
 * `deliver` one at a time, in input order, so outputs stay deterministic whatever the concurrency.
 * Once `stopped()` is true no new item starts; the ones started are still delivered.
 * `work` must not reject (an item's failure is a result). Resolves to the number delivered.
 */
export async function forEachOrdered<T, R>(
  items: readonly T[],
  work: (item: T) => Promise<R>,
  deliver: (result: R, item: T) => Promise<void> | void,
  { concurrency = 1, stopped = () => false }: { concurrency?: number; stopped?: () => boolean } = {},
): Promise<number> {
  const running: Promise<R>[] = [];
  let started = 0;
  let delivered = 0;
  const launch = () => {
    while (started < items.length && started - delivered < concurrency && !stopped()) {
      running[started] = work(items[started]!);
      started++;
    }
  };
  launch();
  while (delivered < started) {
    const result = await running[delivered]!;
    delete running[delivered];
    await deliver(result, items[delivered]!);
    delivered++;
    launch();
  }
  return delivered;
}
