package org.resolint.profile;

import java.util.ArrayList;
import java.util.List;
import org.resolint.model.Resolution;

/**
 * Picks the template for a text: the one named, or with {@code auto} the first template (by
 * priority) whose detection conditions all hold, else {@code general}. The reason quotes the words
 * that decided it and where they stand.
 */
public final class ProfileSelector {
    public static final String AUTO = "auto";

    private ProfileSelector() {
    }

    public static ProfileChoice choose(TemplateCatalog catalog, String requested, String requestedBy,
                                       Resolution r) throws ProfileException {
        if (requested != null && !AUTO.equals(requested)) {
            Template t = catalog.get(requested);
            if (t == null) {
                throw new ProfileException(requestedBy + ": no template '" + requested + "'; allowed: auto, "
                        + String.join(", ", catalog.names()));
            }
            return new ProfileChoice(t, "named by " + requestedBy);
        }
        for (Template t : catalog.byPriority()) {
            if (t.detect().isEmpty()) {
                continue;
            }
            List<String> because = new ArrayList<>();
            for (Condition c : t.detect()) {
                TextScan.Hit hit = TextScan.first(r, c);
                if (hit == null) {
                    because = null;
                    break;
                }
                because.add((c.says() == null ? "" : c.says() + ": ") + hit.describe());
            }
            if (because != null) {
                return new ProfileChoice(t, String.join("; ", because));
            }
        }
        return new ProfileChoice(catalog.get(TemplateCatalog.FALLBACK), "no other template's signs found in the text");
    }
}
