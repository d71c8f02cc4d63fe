package org.corroborate.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class BoundedZipInputTest {

    @Test
    void an_ordinary_zip_is_read_entry_by_entry() throws IOException {
        byte[] zip = zip(
                List.of("a.txt", "b.txt"),
                List.of("first".getBytes(StandardCharsets.UTF_8), "second".getBytes(StandardCharsets.UTF_8)));
        List<String> read = new ArrayList<>();
        try (BoundedZipInput input = new BoundedZipInput(new ByteArrayInputStream(zip), 2, 1024, 100)) {
            ZipEntry entry;
            while ((entry = input.nextEntry()) != null) {
                read.add(entry.getName() + "=" + new String(readAll(input), StandardCharsets.UTF_8));
            }
            assertThat(input.entries()).isEqualTo(2);
            assertThat(input.finish(1024)).isEqualTo(2);
        }
        assertThat(read).containsExactly("a.txt=first", "b.txt=second");
    }

    @Test
    void an_entry_past_the_cap_is_refused() throws IOException {
        byte[] zip = zip(List.of("a.txt", "b.txt", "c.txt"), List.of(new byte[1], new byte[1], new byte[1]));
        try (BoundedZipInput input = new BoundedZipInput(new ByteArrayInputStream(zip), 2, 1024, 100)) {
            input.nextEntry();
            input.nextEntry();
            assertThatThrownBy(input::nextEntry)
                    .isInstanceOfSatisfying(
                            ZipRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(ZipRefusedException.Reason.TOO_MANY_ENTRIES));
        }
    }

    @Test
    void an_entry_compressed_past_the_ratio_is_refused_before_it_is_all_inflated() throws IOException {
        byte[] zip = zip(List.of("bomb.txt"), List.of(new byte[20 * 1024 * 1024]));
        try (BoundedZipInput input = new BoundedZipInput(new ByteArrayInputStream(zip), 2, 1024 * 1024, 100)) {
            input.nextEntry();
            byte[] buffer = new byte[64 * 1024];
            long[] inflated = {0};
            assertThatThrownBy(() -> {
                        int n;
                        while ((n = input.read(buffer, 0, buffer.length)) > 0) {
                            inflated[0] += n;
                        }
                    })
                    .isInstanceOfSatisfying(
                            ZipRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(ZipRefusedException.Reason.COMPRESSED_TOO_FAR));
            assertThat(inflated[0]).isLessThan(2L * 1024 * 1024);
        }
    }

    @Test
    void a_well_compressed_entry_under_the_floor_is_not_judged() throws IOException {
        byte[] zip = zip(List.of("zeros.txt"), List.of(new byte[512 * 1024]));
        try (BoundedZipInput input = new BoundedZipInput(new ByteArrayInputStream(zip), 2, 1024 * 1024, 100)) {
            input.nextEntry();
            assertThat(readAll(input)).hasSize(512 * 1024);
        }
    }

    private static byte[] readAll(BoundedZipInput input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = input.read(buffer, 0, buffer.length)) > 0) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static byte[] zip(List<String> names, List<byte[]> contents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < names.size(); i++) {
                zip.putNextEntry(new ZipEntry(names.get(i)));
                zip.write(contents.get(i));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
