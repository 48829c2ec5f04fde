package org.resolint.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.resolint.check.CheckRun;
import org.resolint.check.Checker;
import org.resolint.check.FileResult;
import org.resolint.compare.ChangeSummary;
import org.resolint.compare.StaleReferenceFacts;
import org.resolint.engine.RuleEngine;
import org.resolint.engine.RuleInfo;
import org.resolint.model.Resolution;
import org.resolint.parse.ResolutionParser;
import org.resolint.profile.ProfileException;
import org.resolint.profile.Profiles;
import org.resolint.profile.TemplateCatalog;
import org.resolint.reader.InputException;
import org.resolint.reader.Readers;
import org.resolint.reader.SourceText;

/**
 * Checks one uploaded draft the way {@code resolint check} checks a file: the draft (and its
 * previous text) are written to a request folder, read by the same readers, checked by the same
 * {@link Checker}, and the folder is deleted when the caller's work on the result is done. Paths
 * in results and messages are the uploaded names, never the server's temporary ones.
 */
public final class DraftChecks {
    private final RuleEngine engine;
    private final UploadFolder uploads;
    private final Set<String> ruleIds;
    private final Map<String, Profiles> byProfile = new ConcurrentHashMap<>();

    public DraftChecks(RuleEngine engine, UploadFolder uploads) {
        this.engine = engine;
        this.uploads = uploads;
        this.ruleIds = engine.rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
    }

    public RuleEngine engine() {
        return engine;
    }

    /**
     * The checked draft; {@link #source()} reads the file again for the report and annotated copy
     * (only they need it), so call it while the work runs, when the file still exists.
     */
    public static final class Checked {
        private final CheckRun run;
        private final FileResult file;
        private final Path draft;
        private final Names names;
        private final Resolution previous;

        private Checked(CheckRun run, FileResult file, Path draft, Names names, Resolution previous) {
            this.run = run;
            this.file = file;
            this.draft = draft;
            this.names = names;
            this.previous = previous;
        }

        /** The uploaded draft in the request folder (for fix, which reads its bytes again). */
        public Path draft() {
            return draft;
        }

        /** The previous text as parsed for the check, or null. */
        public Resolution previous() {
            return previous;
        }

        public CheckRun run() {
            return run;
        }

        public FileResult file() {
            return file;
        }

        public String format() {
            return Readers.extension(draft);
        }

        public SourceText source() {
            try {
                return Readers.read(draft);
            } catch (InputException e) {
                throw new BadRequest("resolint: " + names.shown(e.getMessage()));
            }
        }
    }

    /** Work on the uploaded files while they exist. */
    public interface FilesWork<T> {
        T apply(Path draft, Path previous) throws IOException;
    }

    /** Work on a checked draft while its file exists. */
    public interface CheckedWork<T> {
        T apply(Checked checked) throws IOException;
    }

    /** Writes the request's files into a fresh request folder, runs {@code work}, deletes the folder. */
    public <T> T withFiles(DraftRequest request, FilesWork<T> work) throws IOException {
        Path folder = uploads.newRequestFolder();
        try {
            Path draft = folder.resolve(request.name());
            Files.write(draft, request.content());
            Path previous = null;
            if (request.hasPrevious()) {
                previous = folder.resolve(request.previousName());
                Files.write(previous, request.previous());
            }
            return work.apply(draft, previous);
        } finally {
            UploadFolder.delete(folder);
        }
    }

    /**
     * Checks the draft and gives the result to {@code work}. A draft or previous text that cannot
     * be read, or an unknown profile, is a {@link BadRequest} with the command line's one-line error.
     */
    public <T> T check(DraftRequest request, CheckedWork<T> work) throws IOException {
        Profiles profiles = profiles(request.profile());
        return withFiles(request, (draft, previous) -> {
            Names names = new Names(draft, request.name(), previous, request.previousName());
            Checker checker = new Checker(engine, profiles);
            Resolution before = null;
            if (previous != null) {
                try {
                    before = new ResolutionParser().parse(Readers.read(previous));
                } catch (InputException e) {
                    throw new BadRequest("resolint: " + names.shown(e.getMessage()) + " (the --previous text)");
                }
                checker = checker.with(new StaleReferenceFacts(before));
            }
            FileResult result = names.shown(checker.check(draft));
            if (result.failed()) {
                throw new BadRequest("resolint: " + result.error());
            }
            CheckRun run = new CheckRun(List.of(result));
            if (before != null) {
                ChangeSummary c = ChangeSummary.compare(before, result.model());
                run = run.withChanges(Map.of(result.path(),
                        new ChangeSummary(request.previousName(), c.changes(), c.alignment())));
            }
            return work.apply(new Checked(run, result, draft, names, before));
        });
    }

    /** The templates and settings for a profile name (null: auto), validated as {@code --profile} is. */
    Profiles profiles(String profile) {
        String key = profile == null ? "" : profile;
        Profiles p = byProfile.get(key);
        if (p != null) {
            return p;
        }
        try {
            p = new Profiles(TemplateCatalog.bundled(), profile, null, ruleIds);
            p.settings(null); // an unknown name fails here, with --profile's message
        } catch (ProfileException e) {
            throw new BadRequest("resolint: " + e.getMessage());
        }
        byProfile.put(key, p); // only names that exist are kept: the map stays as small as the catalog
        return p;
    }

    /** Replaces the request folder's paths in results and messages by the names the user sent. */
    private record Names(Path draft, String name, Path previous, String previousName) {
        String shown(String text) {
            if (text == null) {
                return null;
            }
            String s = text.replace(draft.toString(), name);
            if (previous != null) {
                s = s.replace(previous.toString(), previousName);
            }
            return s.replace(draft.getParent().toString() + java.io.File.separator, "");
        }

        FileResult shown(FileResult r) {
            return new FileResult(name, r.model(), r.findings(), shown(r.error()), r.profile(),
                    r.warnings().stream().map(this::shown).toList());
        }
    }
}
