package org.eacplanner.cli;

import java.io.IOException;
import java.io.PrintWriter;
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

    /**
     * The files the arguments stand for, in order, and the folder arguments that hold none (each one is bad input:
     * a run that checked nothing must not pass).
     */
    record Expansion(List<Path> files, List<Path> emptyFolders) {

        /** Prints "no assessment files in X" for each empty folder; the exit code so far, made at least 2 by one. */
        int reportEmpty(PrintWriter err, int exit) {
            for (Path folder : emptyFolders) {
                Terminal.println(err, "error: " + noFiles(folder));
            }
            return emptyFolders.isEmpty() ? exit : ExitCodes.worst(exit, ExitCodes.BAD_INPUT);
        }
    }

    static String noFiles(Path folder) {
        return "no assessment files in " + folder + " (a folder stands for its *.eacplan.json files)";
    }

    /** Expands each argument: a folder stands for its {@code *.eacplan.json} files, by name. */
    static Expansion expand(List<Path> args) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Path> empty = new ArrayList<>();
        for (Path p : args) {
            if (Files.isDirectory(p)) {
                int before = files.size();
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().endsWith(".eacplan.json") && !Files.isDirectory(f))
                            .sorted()
                            .forEach(files::add);
                }
                if (files.size() == before) {
                    empty.add(p);
                }
            } else {
                files.add(p);
            }
        }
        return new Expansion(List.copyOf(files), List.copyOf(empty));
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
