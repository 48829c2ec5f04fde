package org.resolint.reader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads .txt drafts: strict UTF-8 (BOM allowed), LF, CRLF or CR line ends. */
public class PlainTextReader implements DraftReader {
    /** Far above any real resolution (the longest in the corpus, with its annexes, is under 1 MB). */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    @Override
    public SourceText read(Path file) throws InputException {
        return new SourceText(file, "text", splitLines(decode(file)));
    }

    /** Reads and decodes the whole file, refusing what is not a UTF-8 text. */
    static String decode(Path file) throws InputException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputException(file, "file is too large (" + size / (1024 * 1024)
                        + " MB; the limit is " + MAX_BYTES / (1024 * 1024) + " MB)");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file, "cannot read file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
        if (bytes.length == 0) {
            throw new InputException(file, "file is empty");
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new InputException(file, "binary file (NUL byte at offset " + i + "), not a text draft");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file, "not valid UTF-8 (" + describeBadByte(bytes)
                    + "); save the draft as UTF-8", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InputException(file, "file has no text (only white space)");
        }
        return text;
    }

    private static String describeBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        int line = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
            if (bytes[i] < 0) {
                in.position(i);
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, i, Math.min(4, bytes.length - i)));
                } catch (CharacterCodingException e) {
                    return String.format("byte 0x%02X at line %d", bytes[i] & 0xff, line);
                }
            }
        }
        return "bad byte sequence";
    }

    static List<SourceLine> splitLines(String text) {
        List<SourceLine> lines = new ArrayList<>();
        int n = 1;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new SourceLine(n++, text.substring(start, i)));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(new SourceLine(n, text.substring(start)));
        }
        return lines;
    }
}
