package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void help_lists_the_commands_without_starting_the_app() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = CommandLine.run(
                Object.class, new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("import --project NAME")
                .contains("users add")
                .contains("reset-password")
                .contains("suggest [--out FILE]");
    }

    @Test
    void only_known_commands_switch_the_jar_to_headless_mode() {
        assertThat(CommandLine.isCommand(new String[] {"import", "x.txt"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"--help"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"suggest", "a.txt"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {})).isFalse();
        assertThat(CommandLine.isCommand(new String[] {"--server.port=9090"})).isFalse();
    }

    @Test
    void options_take_values_flags_do_not_and_unknown_options_are_refused() {
        Arguments args = new Arguments(new String[] {"import", "--project", "P", "--create", "a.txt", "--x=1"});
        assertThat(args.requiredOption("--project")).isEqualTo("P");
        assertThat(args.flag("--create")).isTrue();
        assertThat(args.positionals()).containsExactly("a.txt");
        assertThatThrownBy(args::requireNoOtherOptions)
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--x");
    }

    @Test
    void a_mistyped_command_is_a_usage_error_naming_the_commands_and_starts_no_server() {
        assertThat(CommandLine.isCommand(new String[] {"exprot", "--project", "P"}))
                .isFalse();
        assertThat(CommandLine.serverArguments(new String[] {"exprot", "--project", "P"}))
                .isEmpty();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code =
                CommandLine.unknownCommand(new String[] {"exprot"}, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown command 'exprot'")
                .contains("export")
                .contains("import")
                .contains("backup");
    }

    @Test
    void the_server_starts_with_no_arguments_spring_options_or_serve() {
        assertThat(CommandLine.serverArguments(new String[] {}))
                .hasValueSatisfying(a -> assertThat(a).isEmpty());
        assertThat(CommandLine.serverArguments(new String[] {"--server.port=9090"}))
                .hasValueSatisfying(a -> assertThat(a).containsExactly("--server.port=9090"));
        assertThat(CommandLine.serverArguments(new String[] {"serve", "--server.port=9090"}))
                .hasValueSatisfying(a -> assertThat(a).containsExactly("--server.port=9090"));
    }
}
