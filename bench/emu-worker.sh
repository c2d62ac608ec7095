#!/bin/sh
# bench/emu-worker.mjs with a batch worker's Node options and malloc environment (src/batch/pool.ts).
# Usage: bench/emu-worker.sh <root> <cases dir> <out dir> [stride] [--quiet]   (EXTRA_NODE_ARGS adds options)
here=$(dirname "$0")
MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=131072 MALLOC_TRIM_THRESHOLD_=131072 \
  exec node --max-old-space-size=1536 --max-semi-space-size=4 $EXTRA_NODE_ARGS "$here/emu-worker.mjs" "$@"
