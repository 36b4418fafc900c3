package org.eacplanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a batch's output paths before anything is written: no output may be one of the inputs (by any spelling,
 * symbolic or hard link), and no two outputs may be the same file. Names that differ only in case count as the
 * same, as they are on the usual Windows and macOS disks.
 */
final class OutputPaths {

    private OutputPaths() {
    }

    /**
     * One message per clash, in input order (empty when there is none); {@code targets.get(i)} is the output of
     * {@code inputs.get(i)}.
     */
    static List<String> clashes(List<Path> inputs, List<Path> targets) {
        List<String> problems = new ArrayList<>();
        List<String> inputKeys = inputs.stream().map(OutputPaths::key).toList();
        Map<String, Integer> firstByKey = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            Path target = targets.get(i);
            String key = key(target);
            int input = indexOfInput(target, key, inputs, inputKeys);
            if (input >= 0) {
                problems.add("the output " + target + " of " + inputs.get(i) + " is the input " + inputs.get(input)
                        + "; an export never replaces an assessment: choose another output name");
                continue;
            }
            Integer first = firstByKey.putIfAbsent(key, i);
            if (first == null) {
                first = sameExistingFile(target, targets.subList(0, i));
            }
            if (first != null) {
                problems.add(inputs.get(first) + " and " + inputs.get(i) + " would both be exported to "
                        + targets.get(first) + (target.equals(targets.get(first)) ? "" : " (as " + target + ")")
                        + "; export them separately, each with its own -o");
            }
        }
        return problems;
    }

    private static int indexOfInput(Path target, String key, List<Path> inputs, List<String> inputKeys) {
        for (int j = 0; j < inputs.size(); j++) {
            if (inputKeys.get(j).equals(key) || sameFile(target, inputs.get(j))) {
                return j;
            }
        }
        return -1;
    }

    private static Integer sameExistingFile(Path target, List<Path> earlier) {
        for (int j = 0; j < earlier.size(); j++) {
            if (sameFile(target, earlier.get(j))) {
                return j;
            }
        }
        return null;
    }

    /** Whether both exist and are one file (the same path spelled otherwise, a symbolic or a hard link). */
    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** The path made absolute, its folder's links resolved where it exists, in lower case. */
    static String key(Path p) {
        Path absolute = p.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        Path name = absolute.getFileName();
        if (folder != null && name != null) {
            try {
                absolute = folder.toRealPath().resolve(name);
            } catch (IOException | SecurityException e) {
                // The folder does not exist yet (it is created for the export): the normalised path is the key.
            }
        }
        return absolute.toString().toLowerCase(Locale.ROOT);
    }
}
