package org.corroborate.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command line split into the command, {@code --options} (with or without a value) and positional
 * arguments. Options known to take no value are flags; every other option takes the next argument.
 */
final class Arguments {

    private static final Set<String> FLAGS = Set.of(
            "--create",
            "--admin",
            "--password-stdin",
            "--pseudonyms",
            "--tokens",
            "--pending-suggestions",
            "--suggestion-stats",
            "--bom",
            "--uncurated",
            "--unfinished");

    private final String command;
    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positionals = new ArrayList<>();
    private final Set<String> used = new HashSet<>();

    Arguments(String[] args) {
        this.command = args.length == 0 ? "" : args[0];
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                positionals.addAll(List.of(args).subList(i + 1, args.length));
                break;
            }
            if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                if (eq > 0) {
                    options.put(arg.substring(0, eq), arg.substring(eq + 1));
                } else if (FLAGS.contains(arg)) {
                    options.put(arg, "true");
                } else if (i + 1 < args.length) {
                    options.put(arg, args[++i]);
                } else {
                    throw new UsageException(arg + " needs a value");
                }
            } else {
                positionals.add(arg);
            }
        }
    }

    String command() {
        return command;
    }

    List<String> positionals() {
        return positionals;
    }

    String positional(int index, String missingMessage) {
        if (positionals.size() <= index) {
            throw new UsageException(missingMessage);
        }
        return positionals.get(index);
    }

    Optional<String> option(String name) {
        used.add(name);
        return Optional.ofNullable(options.get(name));
    }

    String requiredOption(String name) {
        return option(name).filter(v -> !v.isBlank()).orElseThrow(() -> new UsageException(name + " is required"));
    }

    boolean flag(String name) {
        return option(name).isPresent();
    }

    void requireNoOtherOptions() {
        for (String name : options.keySet()) {
            if (!used.contains(name)) {
                throw new UsageException("unknown option " + name);
            }
        }
    }
}
