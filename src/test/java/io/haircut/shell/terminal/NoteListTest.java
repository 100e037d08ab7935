package io.haircut.shell.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Import notes that stay readable: notes of one kind show five and a count, no line runs past three screen lines. */
class NoteListTest {

    private static List<String> tenThousandSkippedFiles() {
        List<String> notes = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            notes.add("readme-" + i + ".txt: not a workbook or a CSV file; skipped");
        }
        notes.add("q3.xlsx!Revenue: 2 rows without an amount were left out");
        return notes;
    }

    @Test
    void notesOfOneKindShowTheFirstFiveAndACount() {
        List<String> lines = NoteList.lines("note", tenThousandSkippedFiles(), false, 100);
        assertThat(lines).containsExactly(
                "  note: readme-1.txt: not a workbook or a CSV file; skipped",
                "  note: readme-2.txt: not a workbook or a CSV file; skipped",
                "  note: readme-3.txt: not a workbook or a CSV file; skipped",
                "  note: readme-4.txt: not a workbook or a CSV file; skipped",
                "  note: readme-5.txt: not a workbook or a CSV file; skipped",
                // 10,000 - 5 = 9,995
                "  note: ... and 9,995 more like these (import --verbose lists them all)",
                "  note: q3.xlsx!Revenue: 2 rows without an amount were left out");
    }

    @Test
    void verboseListsEveryNote() {
        List<String> lines = NoteList.lines("note", tenThousandSkippedFiles(), true, 100);
        assertThat(lines).hasSize(10_001);
        assertThat(lines.get(9_999)).isEqualTo("  note: readme-10000.txt: not a workbook or a CSV file; skipped");
    }

    @Test
    void sixOfAKindAreAllShownRatherThanFiveAndOneMore() {
        List<String> six = List.of("a.csv: empty; skipped", "b.csv: empty; skipped", "c.csv: empty; skipped",
                "d.csv: empty; skipped", "e.csv: empty; skipped", "f.csv: empty; skipped");
        assertThat(NoteList.lines("warning", six, false, 80)).hasSize(6).allMatch(l -> l.startsWith("  warning: "));
    }

    @Test
    void aNoteLongerThanThreeScreenLinesIsCut() {
        String longNote = "files skipped: " + "x".repeat(390_000);
        List<String> lines = NoteList.lines("note", List.of(longNote), false, 100);
        // 100 columns * 3 lines = 300 characters at most, ending with the full length.
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).hasSize(300).endsWith("\u2026 (390,023 characters; --verbose shows all)");
        assertThat(NoteList.lines("note", List.of(longNote), true, 100).get(0)).hasSize(390_023);
    }
}
