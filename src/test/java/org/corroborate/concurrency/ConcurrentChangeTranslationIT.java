package org.corroborate.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.transaction.interceptor.TransactionInterceptor;

@CorroborateIntegrationTest
class ConcurrentChangeTranslationIT {

    @Autowired
    ProjectService projects;

    @Autowired
    @Qualifier("concurrentChangeAdvisor")
    Advisor translation;

    @Test
    void services_translate_outside_their_transaction_so_a_conflict_found_at_commit_is_translated_too() {
        List<Advisor> chain = Arrays.asList(((Advised) projects).getAdvisors());
        int transaction = 0;
        while (transaction < chain.size() && !(chain.get(transaction).getAdvice() instanceof TransactionInterceptor)) {
            transaction++;
        }

        assertThat(chain).contains(translation);
        assertThat(transaction).isLessThan(chain.size());
        assertThat(chain.indexOf(translation)).isLessThan(transaction);
    }
}
