package io.haircut.output;

import java.io.IOException;

/** Writes something to a value that may throw {@link IOException}, such as an output stream. */
@FunctionalInterface
public interface IOConsumer<T> {

    void accept(T value) throws IOException;
}
