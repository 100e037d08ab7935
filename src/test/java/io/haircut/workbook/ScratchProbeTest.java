package io.haircut.workbook;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchProbeTest {
    @TempDir
    Path dir;

    @Test
    void probe() throws Exception {
        RevenueLinesTest t = new RevenueLinesTest();
        t.dir = dir;
        java.lang.reflect.Method m = RevenueLinesTest.class.getDeclaredMethod(System.getProperty("probe", "plan"));
        m.setAccessible(true);
        Path file = (Path) m.invoke(t);
        java.nio.file.Files.copy(file, Path.of("/tmp/lines/" + file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Inspection i = LedgerImporter.inspect(List.of(file), ImportOptions.DEFAULTS);
        for (var s : i.files().get(0).sheets()) {
            System.out.println("SHEET " + s.sheet() + " skipped=" + s.skipped() + " notes=" + s.notes());
            for (var tb : s.tables()) {
                System.out.println(" TABLE " + tb.kind() + " hdr " + tb.headerRow() + " " + tb.range() + " " + tb.detectedBy());
                tb.lines().forEach(l -> System.out.println("   " + l));
                tb.notes().forEach(l -> System.out.println("   note " + l));
                tb.problems().forEach(l -> System.out.println("   problem " + l));
            }
        }
        i.notes().forEach(n -> System.out.println("NOTE " + n));
        System.out.println("ERROR " + i.error());
    }
}
