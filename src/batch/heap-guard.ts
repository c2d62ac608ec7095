// Garbage collection on demand, for the long-running watch process and for memory measurements.
import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | null | undefined;

/**
 * Runs a full garbage collection; returns false when the runtime allows none. Node exposes gc() only behind
 * --expose-gc; the flag can be turned on at run time and the function fetched from a fresh context
 * (jest-leak-detector does the same). Looked up on first use, so only the processes that ask get the flag.
 */
export function collectGarbage(): boolean {
  if (gc === undefined) {
    if (typeof globalThis.gc === 'function') gc = globalThis.gc;
    else {
      try {
        v8.setFlagsFromString('--expose-gc');
        gc = vm.runInNewContext('gc') as () => void;
      } catch {
        gc = null;
      }
    }
  }
  gc?.();
  return !!gc;
}

/** When a heap that held `liveBytes` after its last full collection has grown enough to collect again: doubled, and by 64 MB. */
export function heapOutgrown(usedBytes: number, liveBytes: number): boolean {
  return usedBytes >= Math.max(liveBytes * 2, liveBytes + 64 * 1048576);
}

/**
 * A check to run between cases in a long-lived process (the watcher): a full collection when the heap has
 * doubled, and grown by 64 MB, since the last one. Returns whether it collected.
 *
 * Why: until its first full collection V8 lets the heap of a process grow towards gigabytes, and an idle Node
 * process is never collected, so a watcher that leaves a few MB of garbage per save climbs for hundreds of
 * saves (RSS 316 -> 547 MB over 1,500 saves while the live heap stays near 110 MB). Once V8 has collected,
 * though, it sizes the heap to about 1.1-1.5 times what is live and collects every render or two, and each
 * full collection deoptimises the renderers' code (its embedded objects died), so renders took twice as long
 * (median 910 against 450 ms in a loop of 120 renders). Hence the growing factor fixed at 3, which leaves the
 * collections to this check: about one per ten renders, same render median (443-506 ms), RSS flat at ~260 MB.
 *
 * Not in a batch: there it cut peak RSS (200 cases in one process: 512 -> 355 MB; 400 cases on 2 workers:
 * 850 -> 537 MB) but made the batch 24-45% slower (74 -> 92 s; 89 -> 130 s). A batch renders many different
 * cases, so each collection throws away more optimised code than a watcher re-rendering the same case does.
 */
export function createHeapGuard(): () => boolean {
  v8.setFlagsFromString('--heap-growing-percent=200');
  let live: number | undefined;
  return () => {
    const used = v8.getHeapStatistics().used_heap_size;
    if (live !== undefined && !heapOutgrown(used, live)) return false;
    if (!collectGarbage()) return false;
    live = v8.getHeapStatistics().used_heap_size;
    return true;
  };
}

let processGuard: (() => boolean) | undefined;
let processCollections = 0;

/** This process's guard; see createHeapGuard. */
export function guardHeap(): boolean {
  processGuard ??= createHeapGuard();
  const collected = processGuard();
  if (collected) processCollections++;
  return collected;
}

/** How many collections guardHeap has run in this process or thread. */
export const guardedCollections = (): number => processCollections;
