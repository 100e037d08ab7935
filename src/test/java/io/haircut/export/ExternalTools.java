package io.haircut.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The programs the workbook tests print and recalculate with (LibreOffice, poppler-utils), found on the PATH. */
public final class ExternalTools {

    private ExternalTools() {
    }

    public static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code command}, its output in {@code logs}/COMMAND.log, and asserts it ends in time with status 0. */
    public static void run(Path logs, long timeoutSeconds, String... command) throws Exception {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                .redirectOutput(logs.resolve(command[0] + ".log").toFile()).start();
        assertThat(p.waitFor(timeoutSeconds, TimeUnit.SECONDS)).as(command[0] + " finished within " + timeoutSeconds + " s").isTrue();
        assertThat(p.exitValue()).as(command[0] + " exit status; see its log").isZero();
    }
}
