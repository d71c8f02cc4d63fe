package org.corroborate.concurrency;

import jakarta.persistence.OptimisticLockException;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wraps every transactional service method of the app, outside its transaction, so that an optimistic-lock failure
 * found when Hibernate flushes or commits reaches the caller as a {@link ConcurrentChangeException}, like a stale
 * version the service noticed itself.
 */
@Configuration(proxyBeanMethods = false)
class ConcurrentChangeTranslation {

    /** Outermost of all advice (also outside method security), so the commit has happened when it looks. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor concurrentChangeAdvisor() {
        ClassFilter ours = type -> type.getName().startsWith("org.corroborate.");
        ComposablePointcut transactional = new ComposablePointcut(
                        new AnnotationMatchingPointcut(Transactional.class, true))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(Transactional.class))
                .intersection(ours);
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(transactional, translator());
        advisor.setOrder(ORDER);
        return advisor;
    }

    static MethodInterceptor translator() {
        return invocation -> {
            try {
                return invocation.proceed();
            } catch (OptimisticLockingFailureException | OptimisticLockException e) {
                throw new ConcurrentChangeException(e);
            }
        };
    }
}
