package org.resolint.check;

import java.util.List;
import org.resolint.model.Finding;
import org.resolint.model.Resolution;
import org.resolint.model.Severity;
import org.resolint.profile.ProfileChoice;

/**
 * The outcome for one file: its findings and the model they point into, or the one-line
 * reason it could not be checked.
 */
public record FileResult(String path, Resolution model, List<Finding> findings, String error,
                         ProfileChoice profile, List<String> warnings) {

    public FileResult {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public FileResult(String path, Resolution model, List<Finding> findings, String error) {
        this(path, model, findings, error, null, List.of());
    }

    /** The same result (model, template, warnings) with only these findings. */
    public FileResult withFindings(List<Finding> kept) {
        return new FileResult(path, model, List.copyOf(kept), error, profile, warnings);
    }

    /** The same result with the reader's warnings about the file (unaccepted tracked changes). */
    public FileResult withWarnings(List<String> fileWarnings) {
        return new FileResult(path, model, findings, error, profile, fileWarnings);
    }

    public static FileResult checked(String path, Resolution model, List<Finding> findings) {
        return new FileResult(path, model, List.copyOf(findings), null, null, List.of());
    }

    /** A checked file with the template it was checked against (see {@code profile}). */
    public static FileResult checked(String path, Resolution model, List<Finding> findings, ProfileChoice profile) {
        return new FileResult(path, model, List.copyOf(findings), null, profile, List.of());
    }

    public static FileResult failed(String path, String error) {
        return new FileResult(path, null, List.of(), error, null, List.of());
    }

    public boolean failed() {
        return error != null;
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
