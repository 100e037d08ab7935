package io.haircut.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.fuzz.Fuzz;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mutated session files: reading and restoring either succeed or end in haircut's own one-line error. */
class SessionFileFuzzTest {

    @TempDir
    Path dir;

    @Test
    void mutatedSessionFilesOpenOrFailWithHaircutsOwnError() throws Exception {
        Path csvs = Files.createDirectories(dir.resolve("acme"));
        Files.writeString(csvs.resolve("Revenue.csv"), "Date,Customer,Channel,Settlement,Amount\n2025-01-10,Globex,direct,cash,100.00\n");
        String json = """
                {
                  "haircutSession" : 1,
                  "imports" : [ { "path" : "%s", "absolutePath" : "%s", "options" : { },
                    "files" : [ { "path" : "%s", "absolutePath" : "%s", "sha256" : "00" } ] } ],
                  "ruleFiles" : [ { "path" : "rules/cloud-credit-revenue.yaml", "absolutePath" : "%s", "sha256" : "00" } ],
                  "scenarios" : [ { "name" : "bear", "growth" : "0.10", "decay" : "0", "withoutTopCustomer" : false, "basis" : "adjusted" } ]
                }
                """.formatted(csvs, csvs, csvs.resolve("Revenue.csv"), csvs.resolve("Revenue.csv"),
                Path.of("rules/cloud-credit-revenue.yaml").toAbsolutePath());
        byte[] base = json.getBytes(StandardCharsets.UTF_8);
        Fuzz fuzz = new Fuzz(Fuzz.seed(7_2026L));
        try {
            int cases = Fuzz.cases(1_500);
            for (int i = 0; i < cases; i++) {
                byte[] input = fuzz.mutate(base);
                String name = "session-" + i + ".json";
                fuzz.check(name, input, () -> {
                    Path file = Files.write(dir.resolve(name), input);
                    try {
                        SessionFile.read(file).restore(name, null);
                    } finally {
                        Files.delete(file);
                    }
                });
            }
            System.out.println("Session file fuzzing: " + fuzz.summary());
            assertThat(fuzz.failures()).isEmpty();
        } finally {
            fuzz.close();
        }
    }
}
