package org.corroborate.storage;

import java.nio.file.Path;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Applies {@link EmbeddedDatabase} to the configured datasource when it is an H2 file database (the default; the
 * postgres profile and the tests' in-memory database are left alone), and closes the data folder to other accounts
 * before the database opens and again once the application is up (files made meanwhile included).
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseConfig {

    static {
        EmbeddedDatabase.bindToLoopback();
    }

    @Bean
    static BeanPostProcessor embeddedDatabaseSettings(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSourceProperties properties
                        && properties.getUrl() != null
                        && EmbeddedDatabase.isFileUrl(properties.getUrl())) {
                    DataFolder folder = dataFolder(environment).secure();
                    String url = EmbeddedDatabase.durableUrl(properties.getUrl());
                    String user = properties.getUsername() == null ? "sa" : properties.getUsername();
                    String configured = properties.getPassword() == null ? "" : properties.getPassword();
                    properties.setUrl(url);
                    properties.setPassword(EmbeddedDatabase.password(folder, url, user, configured));
                }
                return bean;
            }
        };
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> dataFolderClosedToOthers(Environment environment) {
        return event -> {
            String url = environment.getProperty("spring.datasource.url", "");
            if (EmbeddedDatabase.isFileUrl(url)) {
                dataFolder(environment).secure();
            }
        };
    }

    private static DataFolder dataFolder(Environment environment) {
        return new DataFolder(Path.of(environment.getProperty("corroborate.data-dir", "./data")));
    }
}
