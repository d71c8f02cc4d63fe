package org.corroborate;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.corroborate.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
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
        Optional<String[]> serverArgs = CommandLine.serverArguments(args);
        if (serverArgs.isEmpty()) {
            System.exit(CommandLine.unknownCommand(args, System.err));
            return;
        }
        SpringApplication.run(Application.class, serverArgs.get());
    }

    /** Time is injected so that tests can fix it; dates are read in the server's zone. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.systemDefault());
    }
}
