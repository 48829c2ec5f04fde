package org.resolint.rules.references;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.resolint.model.Paragraph;
import org.resolint.model.ParagraphKind;
import org.resolint.model.Resolution;
import org.resolint.parse.ResolutionParser;
import org.resolint.reader.Readers;
import org.resolint.testing.Corpus;

/** What an operative paragraph does, read from its opening words; the needles only save time. */
class ProvisionKindTest {

    @Test
    void openingWordsGiveTheKinds() {
        assertEquals(Set.of(ProvisionKind.REQUEST), ProvisionKind.of("Requests the Secretary-General to keep it informed;"));
        assertEquals(Set.of(ProvisionKind.IMPOSE),
                ProvisionKind.of("Decides that all Member States shall prevent the direct or indirect supply of arms;"));
        assertEquals(Set.of(ProvisionKind.AUTHORIZE, ProvisionKind.RENEW),
                ProvisionKind.of("Decides to renew the authorizations set out in paragraph 7;"));
        assertEquals(Set.of(ProvisionKind.EXEMPT),
                ProvisionKind.of("Decides that the measures imposed above shall not apply to humanitarian supplies;"));
        assertEquals(Set.of(), ProvisionKind.of("Decides to remain seized of the matter."));
    }

    @Test
    void needlesNeverChangeTheKindsOfAnAdoptedParagraph() throws Exception {
        Path dir = Corpus.adopted();
        ResolutionParser parser = new ResolutionParser();
        int paragraphs = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                Resolution r = parser.parse(Readers.read(f));
                for (Paragraph p : r.getParagraphs()) {
                    if (p.getKind() == ParagraphKind.OPERATIVE || p.getKind() == ParagraphKind.SUBPARAGRAPH) {
                        assertEquals(ProvisionKind.ofByPatternsAlone(p.getText()), ProvisionKind.of(p.getText()),
                                f.getFileName() + " " + p.getLabel());
                        paragraphs++;
                    }
                }
            }
        }
        assertEquals(true, paragraphs > 10_000, "operative paragraphs read: " + paragraphs);
    }
}
