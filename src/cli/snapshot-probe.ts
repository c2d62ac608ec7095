/** What a process started from the snapshot prints with APPEAL_SNAPSHOT_PROBE=1, to show this Node accepts it. */
export const PROBE_ANSWER = 'appeal-kit snapshot ok';
