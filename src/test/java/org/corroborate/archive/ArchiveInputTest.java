package org.corroborate.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ArchiveInputTest {

    @Test
    void lines_of_an_entry_are_read_and_the_central_directory_is_checked() throws IOException {
        byte[] zip = zip("members.jsonl", "{\"a\":1}\n{\"b\":2}\r\n".getBytes(StandardCharsets.UTF_8));
        try (ArchiveInput input = new ArchiveInput(new ByteArrayInputStream(zip), 1 << 20, 1024, 100)) {
            assertThat(input.nextEntry()).isEqualTo("members.jsonl");
            assertThat(line(input)).isEqualTo("{\"a\":1}");
            assertThat(line(input)).isEqualTo("{\"b\":2}");
            assertThat(input.nextLine()).isNull();
            assertThat(input.nextEntry()).isNull();
            input.requireEnd();
        }
    }

    @Test
    void an_entry_that_inflates_suspiciously_far_is_refused_as_a_zip_bomb() throws IOException {
        byte[] zip = zip("articles.jsonl", new byte[40 * 1024 * 1024]);
        try (ArchiveInput input = new ArchiveInput(new ByteArrayInputStream(zip), 1L << 32, 64 << 20, 100)) {
            input.nextEntry();
            assertThatThrownBy(input::nextLine)
                    .isInstanceOf(ArchiveRefusedException.class)
                    .hasMessage("articles.jsonl: the archive inflates suspiciously far (over 100:1), refused as a zip"
                            + " bomb.");
        }
    }

    private static String line(ArchiveInput input) {
        return new String(Objects.requireNonNull(input.nextLine(), "a line"), StandardCharsets.UTF_8);
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
