package io.haircut.shell.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandSuggestionsTest {

    private static final List<String> COMMANDS = List.of("import", "rules load", "rules list", "bridge", "export",
            "status", "undo", "reset", "help", "script", "tutorial", "debug");

    @Test
    void editDistanceCountsInsertionsDeletionsSubstitutionsAndSwaps() {
        assertThat(CommandSuggestions.distance("brige", "bridge")).isEqualTo(1); // one letter left out
        assertThat(CommandSuggestions.distance("exprot", "export")).isEqualTo(1); // two letters swapped
        assertThat(CommandSuggestions.distance("stauts", "status")).isEqualTo(1);
        assertThat(CommandSuggestions.distance("Bridge", "bridge")).isZero(); // case does not count
        assertThat(CommandSuggestions.distance("kitten", "sitting")).isEqualTo(3); // the textbook case
    }

    @Test
    void aSlipSuggestsTheNearestCommand() {
        CommandSuggestions.Suggestion s = CommandSuggestions.nearest(List.of("brige"), COMMANDS);
        assertThat(s.commands()).containsExactly("bridge");
        assertThat(CommandSuggestions.message(s)).isEqualTo("unknown command 'brige'; did you mean 'bridge'?");
    }

    @Test
    void aSlipInTheSecondWordOfACommandIsFoundToo() {
        CommandSuggestions.Suggestion s = CommandSuggestions.nearest(List.of("rules", "lod", "rules/"), COMMANDS);
        assertThat(s.typed()).isEqualTo("rules lod");
        assertThat(s.commands()).containsExactly("rules load");
    }

    @Test
    void aGroupWordAloneListsItsCommands() {
        CommandSuggestions.Suggestion s = CommandSuggestions.nearest(List.of("rules"), COMMANDS);
        assertThat(CommandSuggestions.message(s)).isEqualTo("unknown command 'rules'; did you mean one of: 'rules list', 'rules load'?");
    }

    @Test
    void nothingCloseSaysWhereToLook() {
        CommandSuggestions.Suggestion s = CommandSuggestions.nearest(List.of("xyzzy", "plugh"), COMMANDS);
        assertThat(s.commands()).isEmpty();
        assertThat(CommandSuggestions.message(s)).isEqualTo("unknown command 'xyzzy'; type help to list the commands");
    }
}
