import { bytesToHex } from '@noble/hashes/utils.js';
import { DECISION_PLAN_ID } from '../../../shared/decisionSchemas';
import { db } from '../data/database';
import { isSealed } from '../data/sealedRows';

/**
 * A cheap fingerprint of the journal: how many days, the latest save, the
 * user's own activities (their paths change the lean) and the decision plan
 * (its experiments are compared). The live query behind
 * it re-runs on every write to these tables; when the fingerprint changes the
 * trends are computed again. Every save bumps `updatedAt` and every delete the
 * count, so ordinary edits always show; only a bulk import that swaps days for
 * older copies without changing the count could slip past it.
 *
 * A locked journal's days have no clear `updatedAt`; each of their writes
 * draws a new random nonce instead, kept in the `iv` index, so the nonces
 * stand in for it: read from the index alone, they cost little, and say
 * nothing about what changed.
 */
export async function journalFingerprint(): Promise<string> {
  const [count, latest, nonces, custom, plan] = await Promise.all([
    // Counted on an index, whose records are tiny: counting the table itself reads every whole
    // entry in Chromium and took a fifth of a second at 10,000 days. Every plain entry has an updatedAt.
    db.entries.orderBy('updatedAt').count(),
    db.entries.orderBy('updatedAt').reverse().limit(1).keys(),
    db.entries.orderBy('iv').keys(),
    db.customActivities.toArray(),
    db.decision.get(DECISION_PLAN_ID),
  ]);
  const activities = custom
    .map((row) => (isSealed(row) ? bytesToHex(row.iv) : `${row.id}:${row.lean}:${row.label}`))
    .join(',');
  // The plan's experiments are compared with the trends: a change to it (a new nonce once sealed) counts.
  const decision = plan === undefined ? '' : isSealed(plan) ? bytesToHex(plan.iv) : plan.updatedAt;
  return `${count}|${String(latest[0] ?? '')}|${nonceDigest(nonces)}|${activities}|${decision}`;
}

/** The sealed days' nonces folded into one short, order-independent digest (FNV-1a per nonce, summed). */
function nonceDigest(nonces: readonly unknown[]): string {
  let sum = 0;
  for (const nonce of nonces) {
    if (!(nonce instanceof ArrayBuffer) && !ArrayBuffer.isView(nonce)) continue;
    const bytes =
      nonce instanceof ArrayBuffer
        ? new Uint8Array(nonce)
        : new Uint8Array(nonce.buffer, nonce.byteOffset, nonce.byteLength);
    let hash = 0x811c9dc5;
    for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193);
    sum = (sum + (hash >>> 0)) % 2 ** 48;
  }
  return `${nonces.length}:${sum.toString(36)}`;
}
