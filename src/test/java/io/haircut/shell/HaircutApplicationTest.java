package io.haircut.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HaircutApplicationTest {

    @Test
    void haircutsOwnOptionsComeOffTheFrontAndTheCommandKeepsItsOwn() {
        HaircutApplication.Startup s = HaircutApplication.Startup.parse(
                new String[] {"--quiet", "--debug", "--no-color", "script", "x.hc", "--quiet"});
        assertThat(s.quiet()).isTrue();
        assertThat(s.debug()).isTrue();
        assertThat(s.noColour()).isTrue();
        assertThat(s.command()).containsExactly("script", "x.hc", "--quiet");

        assertThat(HaircutApplication.Startup.parse(new String[] {"-h"}).command()).containsExactly("help");
        assertThat(HaircutApplication.Startup.parse(new String[] {}).command()).isEmpty();
        assertThat(HaircutApplication.Startup.parse(new String[] {"bridge", "--debug"}).debug()).isFalse();
    }

    @Test
    void classesRunFromAFolderNeverUseTheContextGeneratedForTheJar() {
        // Tests run from target/classes, which may hold what an earlier `mvn package` generated for code since changed.
        String before = System.getProperty("spring.aot.enabled");
        try {
            System.clearProperty("spring.aot.enabled");
            HaircutApplication.useContextBuiltAheadOfTime();
            assertThat(System.getProperty("spring.aot.enabled")).isNull();
        } finally {
            if (before == null) {
                System.clearProperty("spring.aot.enabled");
            } else {
                System.setProperty("spring.aot.enabled", before);
            }
        }
    }
}
