// Apart from write-journal.ts: the first screen needs only the keys (its direct read checks that the
// journal is empty); the journal's code loads with the code that writes the database.

/**
 * The write journal: a large change set (an import, a template, a plan deleted with its 10,000
 * tasks) is first saved as a few meta rows holding its patches, then written into the tables in a
 * later transaction that removes those rows. IndexedDB spends about 0.1 ms on every request
 * whatever its size (10,000 puts take about 1.1 s here, 20 puts of 500 records well under a
 * third of that), so the change is safe on disk, and said to be saved, that much sooner.
 *
 * Readers see the tables with the journal applied on top, in revision order; every other write
 * applies the journal first, in its own transaction, so a later edit never lands under an older
 * journaled one. A row in the journal is a record not yet in the tables, never a second copy.
 */
export const JOURNAL_PREFIX = 'journal:';
/** Every journal row's key, and nothing else's. */
export const JOURNAL_RANGE: [string, string] = [JOURNAL_PREFIX, `${JOURNAL_PREFIX}\uffff`];
/** From this many patches a change set goes through the journal; a smaller one is written straight to its rows. */
export const JOURNAL_THRESHOLD = 1_000;
