package org.corroborate;

import org.corroborate.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import java.time.Clock;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Starts the web app (no arguments, Spring options, or {@code serve}), or runs one headless command when the first
 * argument names one; any other first word is a usage error, not a server started by mistake.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(Application.class, args));
        }
        String[] serverArgs = CommandLine.serverArguments(args).orElse(null);
        if (serverArgs == null) {
            System.exit(CommandLine.unknownCommand(args, System.err));
        }
        SpringApplication.run(Application.class, serverArgs);
    }

    /** Time is injected so that tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
