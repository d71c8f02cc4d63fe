package org.corroborate.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.article.ArticleService;
import org.corroborate.project.ProjectRole;
import org.corroborate.project.ProjectService;
import org.corroborate.project.ProjectSummary;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A corpus of hostile uploads through the whole import (reader, limits, cleaning, database): each is either
 * imported with its text kept as text or refused with a message naming the file, and a refused upload stores
 * nothing. Prints the table kept in docs/hostile-input.md.
 */
@CorroborateIntegrationTest
class HostileInputIT {

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    ArticleService articles;

    private enum Expect {
        IMPORTED,
        REFUSED
    }

    private record Case(String name, Expect expect, List<UploadedFile> files, String textKept) {
        Case(String name, Expect expect, UploadedFile file, String textKept) {
            this(name, expect, List.of(file), textKept);
        }
    }

    private static UploadedFile text(String name, String content) {
        return new UploadedFile(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] docxWith(String documentXml) {
        return zip(new java.util.LinkedHashMap<>(Map.of(
                "[Content_Types].xml",
                        ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                                .getBytes(StandardCharsets.UTF_8),
                "word/document.xml", documentXml.getBytes(StandardCharsets.UTF_8))));
    }

    private static List<Case> corpus() {
        byte[] zeros = new byte[40 * 1024 * 1024];
        byte[] oversized = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(oversized, (byte) 'a');
        byte[] invalidUtf8 = {
            'H', 'e', 'a', 'd', (byte) 0xC3, '(', '\n', 'B', 'o', 'd', 'y', ' ', (byte) 0xFF, '.', '\n'
        };
        String laughs =
                "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>";
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
        return List.of(
                new Case(
                        "script and HTML tags in a .txt",
                        Expect.IMPORTED,
                        text(
                                "xss.txt",
                                "<script>alert(1)</script> Headline\nThe minister said <img src=x onerror=alert(1)> today.\n"),
                        "<img src=x onerror=alert(1)>"),
                new Case(
                        "formula text (=, +, -, @)",
                        Expect.IMPORTED,
                        text(
                                "formula.txt",
                                "=HYPERLINK(\"http://evil.example\",\"click\")\n+1+2 said the official; @SUM(A1) -3.\n"),
                        "+1+2 said the official"),
                new Case(
                        "RTL override, zero-width and emoji",
                        Expect.IMPORTED,
                        text(
                                "unicode.txt",
                                "עדכון \u202Eevil\u202C headline\nZero\u200Bwidth\u200D joiners and emoji 👍🏽 in the text.\n"),
                        "Zero\u200Bwidth"),
                new Case(
                        "invalid UTF-8 bytes",
                        Expect.IMPORTED,
                        new UploadedFile("broken-utf8.txt", invalidUtf8),
                        "Body"),
                new Case(
                        "UTF-16 with a byte-order mark",
                        Expect.IMPORTED,
                        new UploadedFile(
                                "utf16.txt",
                                "\uFEFFA UTF-16 headline\nIts body text.\n".getBytes(StandardCharsets.UTF_16LE)),
                        "Its body text."),
                new Case("an empty file", Expect.REFUSED, new UploadedFile("empty.txt", new byte[0]), ""),
                new Case("a file over the 5 MB limit", Expect.REFUSED, new UploadedFile("huge.txt", oversized), ""),
                new Case(
                        "binary bytes named .txt",
                        Expect.REFUSED,
                        new UploadedFile("image.txt", new byte[] {
                            (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 0, 0, 0
                        }),
                        ""),
                new Case(
                        "a damaged .docx",
                        Expect.REFUSED,
                        new UploadedFile("damaged.docx", "not a zip at all".getBytes(StandardCharsets.UTF_8)),
                        ""),
                new Case(
                        ".docx with an external entity (XXE)",
                        Expect.REFUSED,
                        new UploadedFile("xxe.docx", docxWith(xxe)),
                        ""),
                new Case(
                        ".docx with nested entities (billion laughs)",
                        Expect.REFUSED,
                        new UploadedFile("laughs.docx", docxWith(laughs)),
                        ""),
                new Case(
                        "zip entry escaping its folder (../)",
                        Expect.REFUSED,
                        new UploadedFile(
                                "traversal.zip",
                                zip(Map.of("../../etc/evil.txt", "Evil\nBody.\n".getBytes(StandardCharsets.UTF_8)))),
                        ""),
                new Case(
                        "zip bomb (40 MB of zeros)",
                        Expect.REFUSED,
                        new UploadedFile("bomb.zip", zip(Map.of("zeros.txt", zeros))),
                        ""),
                new Case(
                        "a zip inside a zip",
                        Expect.REFUSED,
                        new UploadedFile(
                                "nested.zip",
                                zip(Map.of(
                                        "inner.zip",
                                        zip(Map.of("a.txt", "Inner\nBody.\n".getBytes(StandardCharsets.UTF_8)))))),
                        ""),
                new Case(
                        "one good file and one refused in one upload",
                        Expect.REFUSED,
                        List.of(
                                text("good.txt", "A good headline\nA good body.\n"),
                                new UploadedFile("empty.txt", new byte[0])),
                        ""));
    }

    @Test
    void each_hostile_upload_is_imported_as_text_or_refused_with_a_message_and_nothing_half_imported() {
        ProjectSummary project = DemoData.projectWithArticle(
                        projects,
                        imports,
                        "Hostile",
                        Map.of("manager", ProjectRole.MANAGER),
                        "seed.txt",
                        "Seed headline\nSeed body.\n")
                .project();
        List<String> table = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Case c : corpus()) {
            int before = SystemAuthentication.runAsSystem(() -> articles.list(project.id()))
                    .size();
            String outcome;
            String message;
            try {
                ImportReport report = DemoData.asUser("manager", () -> imports.importFiles(project.id(), c.files()));
                outcome = "imported";
                message = report.summary();
                String stored = SystemAuthentication.runAsSystem(() -> articles.get(
                                project.id(), report.imported().getFirst().id())
                        .rawText());
                if (!stored.contains(c.textKept())) {
                    wrong.add(c.name() + ": the text was not kept as text");
                }
            } catch (ImportRejectedException e) {
                outcome = "refused";
                message = e.getMessage();
            }
            int after = SystemAuthentication.runAsSystem(() -> articles.list(project.id()))
                    .size();
            int added = after - before;
            if (c.expect() == Expect.IMPORTED
                    ? !outcome.equals("imported") || added != c.files().size()
                    : !outcome.equals("refused") || added != 0) {
                wrong.add(c.name() + ": " + outcome + ", " + added + " article(s) stored: " + message);
            }
            table.add("| " + c.name() + " | " + outcome + ", " + added + " stored | "
                    + String.valueOf(message).replace("|", "\\|").replace("\n", " ") + " |");
        }
        System.out.println("| upload | outcome | what the user is told |\n|---|---|---|\n" + String.join("\n", table));
        assertThat(wrong).isEmpty();
    }
}
