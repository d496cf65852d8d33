package org.kpcs.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * docs/cli.md cannot drift from the CLI: every command group has its section, every subcommand its row (or its
 * own subsection) and
 * every option its mention, as picocli itself declares them.
 */
class CliReferenceTest {
    private static String reference() throws IOException {
        return Files.readString(Path.of("..", "docs", "cli.md"), StandardCharsets.UTF_8);
    }

    @Test
    void every_command_and_option_of_the_cli_is_in_the_reference() throws IOException {
        final String doc = reference();
        final List<String> missing = new ArrayList<>();
        final CommandSpec root = new CommandLine(new Kpcs()).getCommandSpec();
        root.options().forEach(o -> check(doc, "kpcs", o, missing));
        for (final CommandLine group : root.subcommands().values()) {
            final String name = group.getCommandName();
            if ("help".equals(name)) {
                continue;
            }
            if (!doc.contains("## `kpcs " + name + "`")) {
                missing.add("section ## `kpcs " + name + "`");
            }
            final String section = section(doc, name);
            group.getCommandSpec().options().forEach(o -> check(section, "kpcs " + name, o, missing));
            for (final CommandLine sub : group.getSubcommands().values()) {
                if (!section.contains("| `" + sub.getCommandName())
                        && !section.contains("### `" + name + " " + sub.getCommandName() + "`")) {
                    missing.add("row for `kpcs " + name + " " + sub.getCommandName() + "`");
                }
                sub.getCommandSpec()
                        .options()
                        .forEach(o -> check(section, "kpcs " + name + " " + sub.getCommandName(), o, missing));
            }
        }
        assertThat(missing).as("docs/cli.md lacks").isEmpty();
    }

    @Test
    void the_reference_names_no_command_the_cli_does_not_have() throws IOException {
        final String doc = reference();
        final CommandSpec root = new CommandLine(new Kpcs()).getCommandSpec();
        final List<String> unknown = new ArrayList<>();
        final java.util.regex.Matcher heading =
                java.util.regex.Pattern.compile("(?m)^## `kpcs ([a-z-]+)`").matcher(doc);
        while (heading.find()) {
            if (!root.subcommands().containsKey(heading.group(1))) {
                unknown.add(heading.group(1));
            }
        }
        assertThat(unknown).as("sections of docs/cli.md with no such command").isEmpty();
    }

    private static String section(final String doc, final String group) {
        final int start = doc.indexOf("## `kpcs " + group + "`");
        if (start < 0) {
            return "";
        }
        final int end = doc.indexOf("\n## ", start + 1);
        return end < 0 ? doc.substring(start) : doc.substring(start, end);
    }

    private static void check(
            final String text, final String command, final OptionSpec option, final List<String> missing) {
        if (option.usageHelp() || option.versionHelp() || option.inherited()) {
            return;
        }
        if (!text.contains(option.longestName())) {
            missing.add(option.longestName() + " of `" + command + "`");
        }
    }
}
