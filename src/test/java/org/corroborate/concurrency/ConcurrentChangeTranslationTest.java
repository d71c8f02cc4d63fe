package org.corroborate.concurrency;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.transaction.support.SimpleTransactionStatus;

class ConcurrentChangeTranslationTest {

    @Test
    void a_stale_row_found_only_at_commit_reaches_the_caller_as_a_concurrent_change() {
        Renamer renamer =
                proxied(new Renamer(), new CommitFails(new ObjectOptimisticLockingFailureException(Renamer.class, 1L)));

        assertThatThrownBy(renamer::rename)
                .isInstanceOf(ConcurrentChangeException.class)
                .hasCauseInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void a_stale_version_seen_inside_the_service_is_already_a_concurrent_change_and_stays_one() {
        Renamer renamer = proxied(new Renamer(), new CommitFails(null));

        assertThatThrownBy(renamer::renameStale)
                .isInstanceOf(ConcurrentChangeException.class)
                .hasNoCause();
    }

    @Test
    void other_failures_pass_through_unchanged() {
        Renamer renamer = proxied(new Renamer(), new CommitFails(new IllegalStateException("disk full")));

        assertThatThrownBy(renamer::rename)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("disk full");
    }

    /** As the app's proxies are built: the translation outside, the transaction inside. */
    private static Renamer proxied(Renamer target, PlatformTransactionManager transactions) {
        ProxyFactory factory = new ProxyFactory(target);
        factory.setProxyTargetClass(true);
        factory.addAdvisor(ConcurrentChangeTranslation.concurrentChangeAdvisor());
        factory.addAdvice(new TransactionInterceptor(transactions, new AnnotationTransactionAttributeSource()));
        return (Renamer) factory.getProxy();
    }

    static class Renamer {

        @Transactional
        public void rename() {}

        @Transactional
        public void renameStale() {
            throw new ConcurrentChangeException(Renamer.class, 1L);
        }
    }

    /** A transaction manager whose commit fails the way Hibernate's does on a row someone else changed. */
    private record CommitFails(@Nullable RuntimeException failure) implements PlatformTransactionManager {

        @Override
        public TransactionStatus getTransaction(@Nullable TransactionDefinition definition) {
            return new SimpleTransactionStatus();
        }

        @Override
        public void commit(TransactionStatus status) {
            if (failure != null) {
                throw failure;
            }
        }

        @Override
        public void rollback(TransactionStatus status) {}
    }
}
