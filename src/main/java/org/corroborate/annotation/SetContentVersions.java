package org.corroborate.annotation;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Moves {@code annotation_set.content_version} whenever a set's annotations or their attributes change, so that what
 * others work out from a set (the analytics' counted spans) can tell whether it still holds. Every change through the
 * {@link Annotation} entity reaches it as an entity listener (a Spring bean: Hibernate asks Spring for it); the bulk
 * changes that bypass the entity (imports' batch inserts, the source registry's relinking) call {@link #changed}
 * themselves. A set's version moves once per transaction, on the transaction's own connection, so it commits or rolls
 * back with the change. The set entity does not map the column: nothing else writes it.
 */
@Component
public class SetContentVersions {

    private static final Object KEY = new Object();

    private final ObjectProvider<JdbcClient> jdbc;

    SetContentVersions(ObjectProvider<JdbcClient> jdbc) {
        this.jdbc = jdbc; // looked up when first needed: Hibernate creates its listeners while JPA starts
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void annotationChanged(Annotation annotation) {
        changed(Set.of(annotation.getSetId()));
    }

    /** The sets' annotations changed in the current transaction (once per set and transaction is enough). */
    void changed(Collection<Long> setIds) {
        Set<Long> done = doneInThisTransaction();
        for (long setId : setIds) {
            if (done.add(setId)) {
                jdbc.getObject()
                        .sql("update annotation_set set content_version = content_version + 1 where id = :id")
                        .param("id", setId)
                        .update();
            }
        }
    }

    /** The sets already moved in this transaction; outside one (never in the app) every call moves them. */
    @SuppressWarnings("unchecked")
    private static Set<Long> doneInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashSet<>();
        }
        Object bound = TransactionSynchronizationManager.getResource(KEY);
        if (bound != null) {
            return (Set<Long>) bound;
        }
        Set<Long> done = new HashSet<>();
        TransactionSynchronizationManager.bindResource(KEY, done);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
            }
        });
        return done;
    }
}
