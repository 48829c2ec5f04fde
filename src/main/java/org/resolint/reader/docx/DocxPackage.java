package org.resolint.reader.docx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.resolint.reader.InputException;

/**
 * Opens a .docx defensively: encrypted, legacy, macro-enabled, corrupt and zip-bomb files end in
 * one {@link InputException} line instead of a stack trace or a long inflation.
 */
public final class DocxPackage {
    /** A real draft is well under 1 MB; 32 MB leaves room for embedded pictures. */
    public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;
    /** No part of a draft expands beyond this (document.xml of the longest resolution is ~2 MB). */
    public static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    static {
        // Global POI limits: a part that inflates more than 100 times its packed size is a bomb.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(1000);
    }

    private DocxPackage() {
    }

    /** Opens {@code file} read-only as a Word document; the caller closes it. */
    public static XWPFDocument open(Path file) throws InputException {
        return open(file, false);
    }

    /**
     * Opens {@code file} as a Word document; {@code editable} loads it into memory so it can be
     * changed and written elsewhere, never back to the file. The caller closes it.
     */
    public static XWPFDocument open(Path file, boolean editable) throws InputException {
        checkHeader(file);
        OPCPackage pkg = null;
        try {
            if (editable) {
                try (InputStream in = Files.newInputStream(file)) {
                    pkg = OPCPackage.open(in);
                }
            } else {
                pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            }
            refuseMacros(file, pkg);
            return new XWPFDocument(pkg);
        } catch (InputException e) {
            revert(pkg);
            throw e;
        } catch (EncryptedDocumentException e) {
            revert(pkg);
            throw new InputException(file, "password-protected document; remove the password in Word and save again", e);
        } catch (OLE2NotOfficeXmlFileException e) {
            revert(pkg);
            throw new InputException(file, "not a .docx (an older Word or other OLE2 file)", e);
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            revert(pkg);
            throw new InputException(file, "corrupt or truncated .docx (" + oneLine(e) + ")", e);
        } catch (IOException | POIXMLException | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException e) {
            revert(pkg);
            throw new InputException(file, cause(e), e);
        } catch (RuntimeException e) {
            revert(pkg);
            throw new InputException(file, "cannot read the .docx (" + oneLine(e) + ")", e);
        }
    }

    private static void checkHeader(Path file) throws InputException {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new InputException(file, "file is empty");
            }
            if (size > MAX_FILE_BYTES) {
                throw new InputException(file, "file is too large (" + size / (1024 * 1024) + " MB; the limit is "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB)");
            }
            FileMagic magic;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(in);
            }
            switch (magic) {
                case OOXML -> { }
                case OLE2 -> throw new InputException(file, "password-protected (encrypted) document or a legacy"
                        + " .doc; remove the password or save it as .docx in Word");
                case UNKNOWN -> throw new InputException(file, "not a .docx (the file is not a zip package)");
                default -> throw new InputException(file, "not a .docx (the file is not a zip package but "
                        + magic.name().toLowerCase(java.util.Locale.ROOT) + " content)");
            }
        } catch (IOException e) {
            throw new InputException(file, "cannot read file (" + oneLine(e) + ")", e);
        }
    }

    private static void refuseMacros(Path file, OPCPackage pkg) throws InputException, InvalidFormatException {
        for (PackagePart part : pkg.getParts()) {
            String type = part.getContentType();
            if (type.contains("macroEnabled") || type.equals("application/vnd.ms-office.vbaProject")) {
                throw new InputException(file, "macro-enabled document (.docm content); save it as a plain .docx");
            }
        }
        if (pkg.getPartsByContentType(XWPFRelation.DOCUMENT.getContentType()).isEmpty()
                && pkg.getPartsByContentType(XWPFRelation.TEMPLATE.getContentType()).isEmpty()) {
            throw new InputException(file, "not a Word document (the zip package has no Word body)");
        }
    }

    private static String cause(Exception e) {
        String m = oneLine(e);
        if (m.toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
            return "refused: a part of the package inflates far beyond its size (zip bomb?)";
        }
        if (m.contains("DOCTYPE is disallowed")) {
            return "refused: an XML part declares a DOCTYPE (entity expansion is never allowed)";
        }
        if (m.contains("exceeds the maximum") || m.contains("MAX_ENTRY_SIZE") || m.contains("max entry size")) {
            return "refused: a part of the package is larger than " + MAX_ENTRY_BYTES / (1024 * 1024) + " MB";
        }
        return "corrupt or truncated .docx (" + m + ")";
    }

    private static void revert(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert();
        }
    }

    static String oneLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        // Class names ("org.apache.xmlbeans.XmlException: ") say nothing to a reader of the line.
        m = m.replaceAll("\\b(?:[a-z]+\\.)+[A-Z]\\w*(?:Exception|Error):\\s*", "");
        m = m.replaceAll("\\s*\\R\\s*", " ").strip();
        return m.length() > 160 ? m.substring(0, 157) + "..." : m;
    }
}
