package org.resolint.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One draft to check, as the page or an API client sent it: a multipart form (file {@code draft}
 * or field {@code text} with an optional {@code name}; file {@code previous} or field
 * {@code previousText}; field {@code profile}) or a JSON body ({@code name}, {@code text} or
 * {@code base64}, {@code previous}, {@code previousName}, {@code profile}).
 */
public record DraftRequest(String name, byte[] content, String previousName, byte[] previous, String profile) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public DraftRequest {
        name = UploadFolder.safeName(name, "draft.txt");
        if (previous != null) {
            previousName = UploadFolder.safeName(previousName, "previous.txt");
            if (previousName.equals(name)) {
                previousName = "previous-" + previousName; // both live in one request folder
            }
        }
        profile = profile == null || profile.isBlank() ? null : profile.strip();
    }

    public boolean hasPrevious() {
        return previous != null;
    }

    static DraftRequest from(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("multipart/form-data")) {
            return fromForm(ctx);
        }
        if (type.startsWith("application/json")) {
            return fromJson(ctx.bodyAsBytes());
        }
        throw new BadRequest(415, "send the draft as multipart/form-data (file 'draft') or application/json"
                + " ({\"name\": \"draft.txt\", \"text\": \"...\"})");
    }

    private static DraftRequest fromForm(Context ctx) {
        String profile = ctx.formParam("profile");
        UploadedFile file = ctx.uploadedFile("draft");
        String name;
        byte[] content;
        if (file != null && file.filename() != null && !file.filename().isBlank()) {
            name = file.filename();
            content = bytes(file);
        } else {
            String text = ctx.formParam("text");
            if (text == null || text.isEmpty()) {
                throw new BadRequest("no draft: upload a file or paste the text");
            }
            name = textName(ctx.formParam("name"));
            content = text.getBytes(StandardCharsets.UTF_8);
        }
        UploadedFile old = ctx.uploadedFile("previous");
        String previousName = null;
        byte[] previous = null;
        if (old != null && old.filename() != null && !old.filename().isBlank()) {
            previousName = old.filename();
            previous = bytes(old);
        } else {
            String text = ctx.formParam("previousText");
            if (text != null && !text.isEmpty()) {
                previousName = "previous.txt";
                previous = text.getBytes(StandardCharsets.UTF_8);
            }
        }
        return new DraftRequest(name, content, previousName, previous, profile);
    }

    static DraftRequest fromJson(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadRequest("request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadRequest("request body could not be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BadRequest("request body must be a JSON object with \"text\" (or \"base64\") and \"name\"");
        }
        byte[] content = content(root, "text", "base64");
        if (content == null) {
            throw new BadRequest("no draft: give \"text\" (or \"base64\" for a .docx or .pdf)");
        }
        byte[] previous = content(root, "previous", "previousBase64");
        String name = root.hasNonNull("name") ? root.get("name").asText() : "draft.txt";
        String previousName = root.hasNonNull("previousName") ? root.get("previousName").asText() : "previous.txt";
        String profile = root.hasNonNull("profile") ? root.get("profile").asText() : null;
        return new DraftRequest(name, content, previousName, previous, profile);
    }

    private static byte[] content(JsonNode root, String textField, String base64Field) {
        if (root.hasNonNull(textField)) {
            return root.get(textField).asText().getBytes(StandardCharsets.UTF_8);
        }
        if (root.hasNonNull(base64Field)) {
            try {
                return Base64.getDecoder().decode(root.get(base64Field).asText());
            } catch (IllegalArgumentException e) {
                throw new BadRequest("\"" + base64Field + "\" is not valid base64");
            }
        }
        return null;
    }

    /** Pasted text is read as plain text unless a name with an extension (.md) says otherwise. */
    private static String textName(String name) {
        if (name == null || name.isBlank()) {
            return "pasted.txt";
        }
        String safe = UploadFolder.safeName(name, "pasted.txt");
        return UploadFolder.hasExtension(safe) ? safe : safe + ".txt";
    }

    private static byte[] bytes(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new BadRequest(UploadFolder.safeName(file.filename(), "draft") + ": upload could not be read ("
                    + e.getMessage() + ")");
        }
    }
}
