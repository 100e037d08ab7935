package io.haircut.shell.running;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** Counts failed commands, so a script can tell whether the line it just ran failed. */
@Component
public class CommandOutcomes {

    private final AtomicLong failures = new AtomicLong();

    void failed() {
        failures.incrementAndGet();
    }

    long failures() {
        return failures.get();
    }
}
