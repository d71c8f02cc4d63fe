package org.corroborate.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Keeps what the analytics worked out from a set (its counted spans, for gold and one annotator) or from an article's
 * finished sets (the majority), with the content versions it was worked out from, so the next call reads a few bytes
 * per set instead of its annotations while nothing changed (issue 14: a million annotations read again per page took
 * 1.3–3.4 s). A call that found kept spans out of date works them out again and keeps the new ones, in a transaction of
 * its own, after its reads ({@link #afterReads}): the pages' reads stay read-only and hold one connection. Two calls
 * keeping the same set at once cost one of them its write, never a wrong figure: a kept row is used only while its
 * version matches, and a row kept under an older version is simply worked out again.
 *
 * <p>A kept row is updated in place, or inserted when there is none, so a write leaves no deleted key behind to insert
 * again.
 */
final class KeptSpans {

    private static final Logger LOG = LoggerFactory.getLogger(KeptSpans.class);

    /** The majority's stamp column holds this much; an article with more finished sets is worked out each time. */
    static final int MAX_STAMP = 4000;

    /** One set's counted spans, worked out at its content version. */
    record SetSpans(long setId, long contentVersion, List<SpanRow> spans) {}

    /** One article's majority, worked out from the finished sets its stamp names. */
    record MajoritySpans(long articleId, String stamp, List<SpanRow> spans) {}

    private final JdbcTemplate jdbc;
    private final TransactionOperations transaction;
    /** the writes held back while {@link #afterReads} runs its reads on this thread */
    private final ThreadLocal<@Nullable List<Runnable>> heldBack = new ThreadLocal<>();

    /** @param transaction runs the writes (in the app: a new transaction of their own) */
    KeptSpans(JdbcTemplate jdbc, TransactionOperations transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * Runs the reads (a read-only transaction of the caller's), holding back what they would keep, then keeps it: the
     * reads' transaction has ended by then, so a call never needs a second connection while it holds the first.
     */
    <T> T afterReads(Supplier<T> reads) {
        if (heldBack.get() != null) {
            return reads.get(); // an outer call keeps what this one works out
        }
        List<Runnable> writes = new ArrayList<>();
        heldBack.set(writes);
        T result;
        try {
            result = reads.get();
        } finally {
            heldBack.remove();
        }
        writes.forEach(Runnable::run);
        return result;
    }

    void keepSets(List<SetSpans> sets) {
        List<Object[]> rows = new ArrayList<>();
        for (SetSpans s : sets) {
            byte[] bytes = SpanRowCodec.encode(s.spans());
            if (bytes != null) {
                rows.add(new Object[] {s.contentVersion(), bytes, s.setId()});
            }
        }
        write(
                "update analytics_set_spans set content_version = ?, spans = ? where set_id = ?",
                "insert into analytics_set_spans (content_version, spans, set_id) values (?, ?, ?)",
                rows);
    }

    void keepMajority(List<MajoritySpans> articles) {
        List<Object[]> rows = new ArrayList<>();
        for (MajoritySpans m : articles) {
            byte[] bytes = SpanRowCodec.encode(m.spans());
            if (bytes != null && m.stamp().length() <= MAX_STAMP) {
                rows.add(new Object[] {m.stamp(), bytes, m.articleId()});
            }
        }
        write(
                "update analytics_majority_spans set stamp = ?, spans = ? where article_id = ?",
                "insert into analytics_majority_spans (stamp, spans, article_id) values (?, ?, ?)",
                rows);
    }

    /** Updates the rows kept under each key, then inserts those no row was kept for (the key is each row's last value). */
    private void write(String update, String insert, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Runnable write = () -> {
            try {
                transaction.executeWithoutResult(status -> {
                    int[] updated = jdbc.batchUpdate(update, rows);
                    List<Object[]> missing = new ArrayList<>();
                    for (int i = 0; i < rows.size(); i++) {
                        if (updated[i] == 0) {
                            missing.add(rows.get(i));
                        }
                    }
                    if (!missing.isEmpty()) {
                        jdbc.batchUpdate(insert, missing);
                    }
                });
            } catch (DataAccessException | TransactionException e) {
                // another call kept the same sets at the same moment, the set went, or no connection was free: the
                // next call works them out again
                LOG.debug("Kept spans not written: {}", e.getMessage());
            }
        };
        List<Runnable> writes = heldBack.get();
        if (writes != null) {
            writes.add(write);
        } else {
            write.run();
        }
    }
}
