package org.resolint.reader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** Chooses the reader for a file by its extension. */
public final class Readers {
    /** Extensions a folder walk picks up. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "docx", "xml", "pdf");

    private Readers() {
    }

    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** A folder walk takes .xml files only in the Akoma Ntoso namespace (not every pom.xml is a draft). */
    public static boolean isDraft(Path file) {
        String ext = extension(file);
        // ~$name.docx is the lock file Word keeps beside an open document, not a draft.
        return EXTENSIONS.contains(ext) && !file.getFileName().toString().startsWith("~$")
                && (!"xml".equals(ext) || AkomaNtosoReader.mentionsNamespace(file));
    }

    public static SourceText read(Path file) throws InputException {
        if (!Files.exists(file)) {
            throw new InputException(file, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new InputException(file, "is a folder");
        }
        if (!Files.isReadable(file)) {
            throw new InputException(file, "file is not readable (permission denied)");
        }
        return switch (extension(file)) {
            case "md", "markdown" -> new MarkdownReader().read(file);
            case "txt", "text", "" -> new PlainTextReader().read(file);
            case "docx" -> new DocxReader().read(file);
            case "docm", "dotm" -> throw new InputException(file, "macro-enabled Word document refused;"
                    + " save it as a plain .docx");
            case "doc", "rtf", "odt" -> throw new InputException(file, "unsupported file type '." + extension(file)
                    + "'; save the draft as .docx");
            case "xml", "akn" -> new AkomaNtosoReader().read(file);
            case "pdf" -> new PdfReader().read(file);
            default -> throw new InputException(file, "unsupported file type '." + extension(file)
                    + "' (resolint reads .txt, .md, .docx, .pdf and Akoma Ntoso .xml)");
        };
    }
}
