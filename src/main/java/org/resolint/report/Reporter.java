package org.resolint.report;

import java.io.IOException;
import java.io.Writer;
import org.resolint.check.CheckRun;

/** Writes a run's findings in one output format. */
public interface Reporter {
    void write(CheckRun run, Writer out) throws IOException;
}
