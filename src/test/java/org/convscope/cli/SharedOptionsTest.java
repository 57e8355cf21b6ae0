package org.convscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/** The options several commands share (SharedOptions): each command's own words, and one meaning everywhere. */
class SharedOptionsTest {
    private static final Map<String, CommandLine> COMMANDS = new CommandLine(new Cli()).getSubcommands();

    private static String description(String command, String option) {
        return String.join(" ", COMMANDS.get(command).getCommandSpec().findOption(option).description());
    }

    @Test
    void everyOptionOfEveryCommandIsDescribed() {
        COMMANDS.forEach((name, cl) -> {
            for (ArgSpec arg : cl.getCommandSpec().args()) {
                assertFalse(String.join("", arg.description()).isBlank(), name + " " + arg + " has no description");
            }
        });
    }

    @Test
    void sharedOptionsKeepEachCommandsOwnWords() {
        assertEquals("Dataset to train on.", description("train", "--dataset"));
        assertEquals("Whose test set.", description("evaluate", "--dataset"));
        assertEquals("For architecture without a model file.", description("render", "--arch"));
        assertEquals("End with one JSON line of the figures.", description("bench", "--json"));
        assertEquals("Language of the texts (default: en).", description("render", "--lang"));
        assertEquals("Worker threads (default: one per core).", description("evaluate", "--threads"));
    }

    @Test
    void zeroThreadsIsRefusedAlikeByEveryCommandThatTakesThreads() {
        for (String[] args : new String[][] {
                {"train", "--dataset", "mnist", "--threads", "0"},
                {"evaluate", "--dataset", "mnist", "--model", "none.cnn.zip", "--threads", "0"},
                {"bench", "--threads", "0"}}) {
            CliTest.Result r = CliTest.run(args);
            assertEquals(1, r.code(), r.err());
            assertEquals("convscope " + args[0] + ": error: --threads must be at least 1", r.err().strip());
        }
    }

    @Test
    void onlyEnglishAndKoreanAreLanguages() {
        for (String[] args : new String[][] {
                {"render", "architecture", "--out", "arch.png", "--lang", "fr"},
                {"summary", "--keras", "--lang", "fr"}}) {
            CliTest.Result r = CliTest.run(args);
            assertEquals(1, r.code(), r.err());
            assertEquals("convscope " + args[0] + ": error: --lang must be en or ko", r.err().strip());
        }
    }
}
