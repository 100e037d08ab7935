package io.haircut.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the sample workbooks and CSV folders of samples/README.md. Deterministic: the same code
 * writes the same CSV bytes, so the committed samples can always be rebuilt and checked.
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.mainClass=io.haircut.samples.SampleGenerator -Dexec.classpathScope=test -Dexec.args=samples</pre>
 */
public final class SampleGenerator {

    private SampleGenerator() {
    }

    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "samples");
        try {
            for (Sample sample : generate(out)) {
                Sample.Summary s = sample.summary();
                System.out.printf("%s: %d revenue entries; reported %s, cloud-credit %s, related-party %s, overlap %s%n",
                        sample.stem(), s.entries(), Cents.toAmount(s.reportedCents()), Cents.toAmount(s.creditCents()),
                        Cents.toAmount(s.relatedCents()), Cents.toAmount(s.overlapCents()));
            }
            System.out.println("frontier-ai-messy: the frontier-ai books as " + FrontierAiMessy.WORKBOOK + ", " + FrontierAiMessy.BILLING
                    + " and " + FrontierAiMessy.MAPPING);
            System.out.println("written to " + out.toAbsolutePath().normalize());
        } catch (IOException | RuntimeException e) {
            System.err.println("could not write the samples to " + out + ": " + e.getMessage());
            System.exit(1);
        }
    }

    /** Builds every sample and writes it under {@code out}; returns them for their summaries. */
    static List<Sample> generate(Path out) throws IOException {
        Books frontier = FrontierAi.books();
        List<Sample> samples = List.of(frontier.toSample("frontier-ai"), CleanSaas.sample());
        for (Sample sample : samples) {
            SampleWriter.write(sample, out);
        }
        // The same books as a data room holds them: a wide P&L in thousands, a billing export, a mapping file.
        FrontierAiMessy.write(frontier, out.resolve(FrontierAiMessy.FOLDER));
        return samples;
    }
}
