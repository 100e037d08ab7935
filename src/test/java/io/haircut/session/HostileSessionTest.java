package io.haircut.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.HaircutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session files written by someone else: they can point at any file on the machine, hold any JSON, and
 * name numbers no shell option would take. Each is refused in one line that shows no file's contents and
 * none of the JSON library's own wording.
 */
class HostileSessionTest {

    @TempDir
    Path dir;

    private Path session(String json) throws Exception {
        return Files.writeString(dir.resolve("s.json"), json);
    }

    private static String refusal(Path file) {
        try {
            SessionFile.read(file).restore(file.toString(), null);
        } catch (HaircutException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void aRuleFileThatIsASystemFileIsNotEchoed() throws Exception {
        String passwd = "root:x:0:0:root:/root:/bin/bash\n" + "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
                + "svc:x:2:2:top-secret-token-0123456789abcdef:/srv:/bin/sh\n";
        Path secret = Files.writeString(dir.resolve("passwd"), passwd);
        // YAML reads the three lines as one text, line breaks folded to spaces and the last one dropped: 137 - 1 = 136;
        // the excerpt is its first 60 characters (32 of the first line, 28 of the second).
        String message = refusal(session("{\"haircutSession\":1,\"ruleFiles\":[{\"path\":\"" + secret + "\",\"absolutePath\":\""
                + secret + "\",\"sha256\":\"00\"}]}"));
        assertThat(message).startsWith(secret + ":1:1: the file holds 'root:x:0:0:root:/root:/bin/bash daemon:x:1:1:daemon:/usr/sbi\u2026'"
                + " (" + (passwd.length() - 1) + " characters); expected a rule");
        assertThat(message).doesNotContain("top-secret").doesNotContain("nologin");
    }

    @Test
    void brokenJsonIsNamedByItsPlaceNotInTheParsersWords() throws Exception {
        String message = refusal(session("{\"haircutSession\": 1,, \"imports\": []}"));
        assertThat(message).isEqualTo(dir.resolve("s.json") + ":1:22: not a haircut session file: not valid JSON here; a session"
                + " file is the JSON that 'save' writes");
        String cut = refusal(session("{\"haircutSession\": 1, \"imports\": [{\"path\": \"a"));
        assertThat(cut).endsWith("not a haircut session file: not valid JSON: the text ends before the JSON does (is the file cut"
                + " short?)");
        assertThat(message + cut).doesNotContain("Unexpected").doesNotContain("code 44").doesNotContain("line: ");
    }

    @Test
    void aGrowthOfOneWithABillionZerosIsRefusedAtOnce() throws Exception {
        Path file = session("{\"haircutSession\":1,\"scenarios\":[{\"name\":\"x\",\"growth\":\"1e999999999\",\"decay\":\"0\","
                + "\"withoutTopCustomer\":false,\"basis\":\"adjusted\"}]}");
        String message = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refusal(file));
        assertThat(message).isEqualTo(file + ": scenario 'x': growth '1e999999999' is not a decimal number such as 0.40");
    }

    @Test
    void aGrowthBeyondWhatTheShellTakesIsRefusedWithTheShellsLimit() throws Exception {
        // 20 is 2000% a year; coverage --growth and scenario add stop at 1000%.
        Path file = session("{\"haircutSession\":1,\"scenarios\":[{\"name\":\"x\",\"growth\":\"20\",\"decay\":\"0\","
                + "\"withoutTopCustomer\":false,\"basis\":\"adjusted\"}]}");
        assertThat(refusal(file)).isEqualTo(file + ": scenario 'x': growth: 2000% is out of range; expected more than -100% and at most"
                + " 1000% a year, written like 40% or 0.4");
    }

    @Test
    void unknownKeysInsideAnImportsOptionsAreRefused() throws Exception {
        Path file = session("{\"haircutSession\":1,\"imports\":[{\"path\":\"a.csv\",\"absolutePath\":\"" + dir.resolve("a.csv")
                + "\",\"options\":{\"mapping\":\"/etc/shadow\"},\"files\":[]}]}");
        assertThatThrownBy(() -> SessionFile.read(file)).isInstanceOf(HaircutException.class)
                .hasMessage(file + ": not a haircut session file: unknown key 'mapping' in an import's options; expected only"
                        + " passwordProtected");
    }

    @Test
    void unknownKeysAtAnyOtherLevelAreRefused() throws Exception {
        Path file = session("{\"haircutSession\":1,\"scenarios\":[{\"name\":\"x\",\"growth\":\"0.1\",\"decay\":\"0\","
                + "\"withoutTopCustomer\":false,\"basis\":\"adjusted\",\"shell\":\"rm -rf /\"}]}");
        assertThatThrownBy(() -> SessionFile.read(file)).hasMessageContaining("unknown key 'shell'");
    }

    @Test
    void unknownKeysInAFileRecordAndARuleFileRecordAreRefused() throws Exception {
        Path inFile = session("{\"haircutSession\":1,\"imports\":[{\"path\":\"a.csv\",\"absolutePath\":\"" + dir.resolve("a.csv")
                + "\",\"options\":{},\"files\":[{\"path\":\"a.csv\",\"absolutePath\":\"/a.csv\",\"sha256\":\"00\",\"exec\":\"x\"}]}]}");
        assertThatThrownBy(() -> SessionFile.read(inFile)).hasMessageContaining("unknown key 'exec'");
        Path inRule = session("{\"haircutSession\":1,\"ruleFiles\":[{\"path\":\"r.yaml\",\"absolutePath\":\"/r.yaml\","
                + "\"sha256\":\"00\",\"classname\":\"java.lang.Runtime\"}]}");
        assertThatThrownBy(() -> SessionFile.read(inRule)).hasMessageContaining("unknown key 'classname'");
    }

    @Test
    void anOptionThatIsNotTrueOrFalseIsRefused() throws Exception {
        Path file = session("{\"haircutSession\":1,\"imports\":[{\"path\":\"a.csv\",\"absolutePath\":\"" + dir.resolve("a.csv")
                + "\",\"options\":{\"passwordProtected\":\"sometimes\"},\"files\":[]}]}");
        assertThatThrownBy(() -> SessionFile.read(file)).hasMessage(file + ": not a haircut session file: passwordProtected is"
                + " 'sometimes'; expected true or false");
    }
}
