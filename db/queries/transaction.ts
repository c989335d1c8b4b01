import 'server-only';
import { db, type Transaction } from '../client';

/**
 * Runs `work` as one write transaction (BEGIN IMMEDIATE): every query in it takes `tx`, and either
 * all of its writes are kept or none is (a crash, a full disk or a thrown error between two
 * statements leaves the database as it was). For operations in lib/ that write several rows
 * through several query functions: a post save and its revision, a reply and its parent's approval.
 */
export function inTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(work);
}
