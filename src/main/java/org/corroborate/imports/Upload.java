package org.corroborate.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The files of one upload (archives unpacked), for formats whose files are read together. */
final class Upload {

    private final List<UploadedFile> files;
    private final Map<String, Map<String, UploadedFile>> byExtension = new HashMap<>();
    private final Set<String> paired = new HashSet<>();

    Upload(List<UploadedFile> files) {
        this.files = List.copyOf(files);
    }

    /** The file with the same name but this extension (e.g. the .ann of a .txt), marked as read with it. */
    Optional<UploadedFile> companion(String name, String extension) {
        UploadedFile companion = withExtension(extension).get(base(name));
        if (companion != null) {
            paired.add(extension + "\u0000" + base(name));
        }
        return Optional.ofNullable(companion);
    }

    /** The files with this extension no other file was read with. */
    List<UploadedFile> unpaired(String extension) {
        List<UploadedFile> unpaired = new ArrayList<>();
        withExtension(extension).forEach((base, file) -> {
            if (!paired.contains(extension + "\u0000" + base)) {
                unpaired.add(file);
            }
        });
        return unpaired;
    }

    private Map<String, UploadedFile> withExtension(String extension) {
        return byExtension.computeIfAbsent(extension, e -> {
            Map<String, UploadedFile> found = new HashMap<>();
            for (UploadedFile file : files) {
                if (file.name().toLowerCase(Locale.ROOT).endsWith(e)) {
                    found.put(base(file.name()), file);
                }
            }
            return found;
        });
    }

    static String base(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
