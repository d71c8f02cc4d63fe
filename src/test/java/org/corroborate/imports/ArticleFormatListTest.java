package org.corroborate.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every importer is an {@link ArticleFormat} of the one list, picked by the file's name. */
class ArticleFormatListTest {

    private static final List<ArticleFormat> FORMATS = ArticleFormat.all(Map.of());

    @Test
    void each_file_name_ending_belongs_to_exactly_one_format_whatever_its_case() {
        for (ArticleFormat format : FORMATS) {
            for (String extension : format.extensions()) {
                assertThat(extension).isLowerCase().startsWith(".");
                assertThat(FORMATS.stream().filter(f -> f.accepts("Report" + extension.toUpperCase(Locale.ROOT))))
                        .as(extension)
                        .containsExactly(format);
            }
        }
        assertThat(FORMATS.stream().filter(f -> f.accepts("notes.pdf"))).isEmpty();
    }

    @Test
    void the_accepted_types_are_every_formats_and_zip_archives() {
        assertThat(ArticleFileReader.ACCEPTED)
                .containsExactly(".txt", ".html", ".htm", ".docx", ".jsonl", ".csv", ".xlsx", ".ann", ".zip");
    }
}
