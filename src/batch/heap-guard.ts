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
 * Why: an idle Node process is never collected, so a watcher that leaves a little garbage per save climbs
 * for hundreds of saves; but once V8 collects often, each full collection throws away the renderers'
 * optimised code and renders slow down. A growing factor of 3 leaves the collections to this check, about
 * one per ten renders, with RSS flat. Not used in a batch: there it cut peak memory but cost a quarter or
 * more of the speed, since a batch renders many different cases.
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
