package io.haircut.yaml;

import java.util.function.BiFunction;
import java.util.function.IntFunction;

/**
 * What differs between the kinds of file haircut reads as located YAML (rule files, mapping files): how a
 * problem is thrown, how large and how deep a file may be, and the advice each refusal ends with, in that
 * file's own words. The checks themselves are {@link LocatedYaml}'s and the same for every kind.
 *
 * @param files the kind of file, plural, as messages name it ("rule files")
 * @param tooLong the refusal of a file longer than {@code maxCharacters}, from its path and length
 * @param oneDocument what follows "a second YAML document starts here; "
 * @param tooDeep the refusal of a value nested deeper than {@code maxDepth}, from the depth
 * @param tagAdvice what follows "YAML tag 'T' is not supported in FILES; "
 * @param duplicateKey the refusal of a repeated key, from the key and the first one's line and column
 * @param failure the exception a problem becomes, from its one-line message and its cause (or null)
 */
public record YamlDialect(String files, int maxCharacters, int maxDepth, BiFunction<String, Integer, String> tooLong,
        String oneDocument, IntFunction<String> tooDeep, String tagAdvice, DuplicateKey duplicateKey,
        BiFunction<String, Throwable, RuntimeException> failure) {

    /** The message for a key written twice in one mapping. */
    @FunctionalInterface
    public interface DuplicateKey {
        String message(String key, int firstLine, int firstColumn);
    }

    RuntimeException fail(String message) {
        return failure.apply(message, null);
    }

    RuntimeException fail(String message, Throwable cause) {
        return failure.apply(message, cause);
    }
}
