package org.corroborate.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ArticleFileReaderTest {

    private static final Path SEEDS = Path.of("fixtures", "articles");
    private final ArticleFileReader reader = new ArticleFileReader(ImportLimits.defaults());

    @Test
    void the_seed_articles_are_read_exactly_as_they_are() throws IOException {
        List<UploadedFile> files = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        try (var paths = Files.list(SEEDS)) {
            for (Path p :
                    paths.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                files.add(new UploadedFile(p.getFileName().toString(), Files.readAllBytes(p)));
                expected.add(Files.readString(p));
            }
        }
        assertThat(reader.read(files)).extracting(TextFile::text).containsExactlyElementsOf(expected);
    }

    @Test
    void one_bad_file_among_good_ones_refuses_the_upload_and_lists_every_bad_file() {
        List<UploadedFile> upload = List.of(
                text("good.txt", "Headline\nBody.\n"),
                new UploadedFile("empty.txt", new byte[0]),
                new UploadedFile("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}),
                text("notes.pdf", "x"));

        assertThatThrownBy(() -> reader.read(upload)).isInstanceOfSatisfying(ImportRejectedException.class, e -> {
            assertThat(e.problems())
                    .extracting(ImportProblem::sourceName)
                    .containsExactly("empty.txt", "image.txt", "notes.pdf");
            assertThat(e.problems())
                    .extracting(ImportProblem::reason)
                    .containsExactly(
                            "the file is empty",
                            "the file is binary, not text",
                            "this type of file cannot be imported (accepted: .txt, .html, .docx, .jsonl, .csv, a"
                                    + " Corroborate .xlsx export, brat .txt with its .ann, and .zip archives of these)");
        });
    }

    @Test
    void a_file_of_only_whitespace_is_empty() {
        assertThatThrownBy(() -> reader.read(List.of(text("blank.txt", " \n\t\n"))))
                .hasMessageContaining("blank.txt: the file is empty");
    }

    @Test
    void windows_1252_is_detected_and_decoded() {
        String original = "Caf\u00e9 \u201cquoted\u201d \u2013 \u20ac5\n";
        byte[] bytes = original.getBytes(Charset.forName("windows-1252"));

        TextFile file = reader.read(List.of(new UploadedFile("old.txt", bytes))).getFirst();

        assertThat(file.text()).isEqualTo(original);
        assertThat(file.charset().name()).isEqualTo("windows-1252");
    }

    @Test
    void a_utf16_file_with_a_byte_order_mark_is_decoded_and_the_mark_dropped() {
        byte[] body = "Headline\nBody \u00e9.\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);

        TextFile file = reader.read(List.of(new UploadedFile("u16.txt", bytes))).getFirst();

        assertThat(file.text()).isEqualTo("Headline\nBody \u00e9.\n");
        assertThat(file.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void a_utf8_byte_order_mark_is_dropped() {
        byte[] body = "Headline\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertThat(reader.read(List.of(new UploadedFile("bom.txt", bytes)))
                        .getFirst()
                        .text())
                .isEqualTo("Headline\n");
    }

    @Test
    void a_file_over_the_size_limit_is_refused_with_its_size() {
        ArticleFileReader small = new ArticleFileReader(new ImportLimits(100, 1000, 10, 100));
        byte[] bytes = new byte[101];
        Arrays.fill(bytes, (byte) 'a');
        assertThatThrownBy(() -> small.read(List.of(new UploadedFile("big.txt", bytes))))
                .hasMessageContaining("big.txt: the file is 101 bytes, over the 100 bytes limit");
    }

    @Test
    void an_upload_over_the_total_limit_is_refused() {
        ArticleFileReader small = new ArticleFileReader(new ImportLimits(100, 150, 10, 100));
        byte[] bytes = new byte[80];
        Arrays.fill(bytes, (byte) 'a');
        assertThatThrownBy(
                        () -> small.read(List.of(new UploadedFile("a.txt", bytes), new UploadedFile("b.txt", bytes))))
                .hasMessageContaining("(upload)")
                .hasMessageContaining("over the 150 bytes limit");
    }

    @Test
    void zip_entries_in_nested_folders_are_read_with_their_path_and_system_clutter_is_skipped() throws IOException {
        byte[] zip = zip(
                entry("story/day1/a.txt", "Headline A\nBody A.\n"),
                entry("b.txt", "Headline B\nBody B.\n"),
                entry("__MACOSX/story/._a.txt", "junk"),
                entry(".DS_Store", "junk"),
                entry("story/", null));

        List<TextFile> files = reader.read(List.of(new UploadedFile("batch.zip", zip)));

        assertThat(files)
                .extracting(TextFile::sourceName)
                .containsExactly("batch.zip!story/day1/a.txt", "batch.zip!b.txt");
    }

    @Test
    void zip_with_path_traversal_entry_is_refused_naming_the_entry() throws IOException {
        byte[] zip = zip(entry("ok.txt", "Headline\nBody.\n"), entry("../../etc/evil.txt", "Evil\nBody.\n"));
        assertThatThrownBy(() -> reader.read(List.of(new UploadedFile("evil.zip", zip))))
                .hasMessage("evil.zip!../../etc/evil.txt: the entry path leaves the archive");
    }

    @Test
    void absolute_and_drive_letter_paths_leave_the_archive_but_inner_dots_do_not() {
        assertThat(ArticleFileReader.leavesArchive("/etc/passwd")).isTrue();
        assertThat(ArticleFileReader.leavesArchive("C:\\Windows\\x.txt")).isTrue();
        assertThat(ArticleFileReader.leavesArchive("a\\..\\..\\x.txt")).isTrue();
        assertThat(ArticleFileReader.leavesArchive("a/../b.txt")).isFalse();
    }

    @Test
    void a_zip_bomb_is_refused_without_inflating_it_all() throws IOException {
        byte[] zeros = new byte[20 * 1024 * 1024];
        byte[] bomb;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("bomb.txt"));
            zip.write(zeros);
            zip.closeEntry();
        }
        bomb = bytes.toByteArray();
        assertThat(bomb.length).isLessThan(100_000);

        assertThatThrownBy(() -> reader.read(List.of(new UploadedFile("bomb.zip", bomb))))
                .hasMessageContaining("bomb.zip!bomb.txt");
    }

    @Test
    void a_highly_compressed_entry_under_the_size_limit_is_refused_as_a_bomb() throws IOException {
        ArticleFileReader generous = new ArticleFileReader(new ImportLimits(50L << 20, 100L << 20, 10, 100));
        byte[] text = "a".repeat(4 * 1024 * 1024).getBytes(StandardCharsets.UTF_8);
        byte[] zip = zip(entry("dense.txt", new String(text, StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> generous.read(List.of(new UploadedFile("dense.zip", zip))))
                .hasMessageContaining("looks like a zip bomb");
    }

    @Test
    void a_zip_inside_a_zip_and_other_entry_types_are_refused() throws IOException {
        byte[] zip = zip(entry("inner.zip", "PK"), entry("photo.jpg", "x"));
        assertThatThrownBy(() -> reader.read(List.of(new UploadedFile("outer.zip", zip))))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportProblem::reason)
                                .containsExactly(
                                        "archives inside archives are not imported",
                                        "this type of file cannot be imported (accepted: .txt, .html, .docx, .jsonl, .csv, a"
                                                + " Corroborate .xlsx export, brat .txt with its .ann, and .zip archives of these)"));
    }

    @Test
    void a_truncated_or_fake_zip_is_reported_as_damaged() throws IOException {
        byte[] zip = zip(entry("a.txt", "Headline\n" + "Body sentence. ".repeat(200)));
        byte[] truncated = Arrays.copyOf(zip, zip.length / 2);
        assertThatThrownBy(() -> reader.read(List.of(new UploadedFile("half.zip", truncated))))
                .hasMessageContaining("half.zip")
                .hasMessageContaining("damaged");
        assertThatThrownBy(() -> reader.read(List.of(text("fake.zip", "not a zip at all"))))
                .hasMessageContaining("fake.zip")
                .hasMessageContaining("not a zip");
    }

    @Test
    void too_many_entries_are_refused() throws IOException {
        ArticleFileReader strict = new ArticleFileReader(new ImportLimits(1000, 10_000, 2, 100));
        byte[] zip = zip(entry("a.txt", "A\nx.\n"), entry("b.txt", "B\nx.\n"), entry("c.txt", "C\nx.\n"));
        assertThatThrownBy(() -> strict.read(List.of(new UploadedFile("many.zip", zip))))
                .hasMessageContaining("many.zip: the archive has more than 2 entries");
    }

    private static UploadedFile text(String name, String content) {
        return new UploadedFile(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private record Entry(String name, @Nullable String content) {}

    private static Entry entry(String name, @Nullable String content) {
        return new Entry(name, content);
    }

    private static byte[] zip(Entry... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Entry e : entries) {
                zip.putNextEntry(new ZipEntry(e.name()));
                if (e.content() != null) {
                    zip.write(e.content().getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
