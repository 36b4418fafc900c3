package org.eacplanner.model;

/** Salesforce org IDs: 15 characters, or 18 with a checksum suffix that encodes the case of the first 15. */
public final class OrgIds {

    private static final String SUFFIX_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    private OrgIds() {
    }

    /** The 3-character checksum suffix of a 15-character ID. */
    public static String checksum(String id15) {
        if (id15 == null || id15.length() < 15) {
            throw new IllegalArgumentException("an org ID checksum needs 15 characters");
        }
        StringBuilder suffix = new StringBuilder(3);
        for (int chunk = 0; chunk < 3; chunk++) {
            int bits = 0;
            for (int i = 0; i < 5; i++) {
                char c = id15.charAt(chunk * 5 + i);
                if (c >= 'A' && c <= 'Z') {
                    bits |= 1 << i;
                }
            }
            suffix.append(SUFFIX_CHARS.charAt(bits));
        }
        return suffix.toString();
    }

    /** Why {@code id} is not a valid org ID, or null when it is. */
    public static String problem(String id) {
        if (id == null) {
            return null;
        }
        if (id.length() != 15 && id.length() != 18) {
            return "an org ID has 15 or 18 characters, this one has " + id.length();
        }
        if (!id.startsWith("00D")) {
            return "an org ID starts with 00D";
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return "an org ID has only letters and digits";
            }
        }
        if (id.length() == 18) {
            String expected = checksum(id.substring(0, 15));
            if (!id.substring(15).equals(expected)) {
                return "the checksum suffix of this 18-character org ID should be " + expected + ", not "
                        + id.substring(15) + " (a character's case may be wrong)";
            }
        }
        return null;
    }
}
