package org.eacplanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Argument handling shared by the commands: folders of assessments, report languages. */
final class Inputs {

    /** The languages the app's texts come in; {@code --lang} accepts these codes. */
    static final List<String> LANGUAGES = List.of("en", "de");

    private Inputs() {
    }

    /** Expands each argument: a folder stands for its {@code *.eacplan.json} files, by name. */
    static List<Path> expand(List<Path> args) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : args) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().endsWith(".eacplan.json") && !Files.isDirectory(f))
                            .sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** Whether the arguments stand for a batch (several files, or a folder) rather than one file. */
    static boolean isBatch(List<Path> args) {
        return args.size() > 1 || args.stream().anyMatch(Files::isDirectory);
    }

    static Locale locale(String lang) {
        String code = lang.toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(code)) {
            throw new IllegalArgumentException("--lang " + lang + ": the texts come in " + String.join(", ", LANGUAGES));
        }
        return Locale.forLanguageTag(code);
    }
}
