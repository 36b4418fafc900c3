package org.eacplanner.ui.common;

import javafx.scene.Node;

/**
 * Marks nodes whose text is data rather than the app's own words: what a server answered or a live check
 * reported (evidence, reasons, host names, values), which no resource bundle can hold. The app's chrome never
 * carries the mark; a test that checks every visible text comes from a bundle skips marked nodes.
 */
public final class DataText {

    private static final String KEY = "eacplanner.dataText";

    private DataText() {
    }

    public static <T extends Node> T mark(T node) {
        node.getProperties().put(KEY, Boolean.TRUE);
        return node;
    }

    public static void set(Node node, boolean data) {
        if (data) {
            node.getProperties().put(KEY, Boolean.TRUE);
        } else {
            node.getProperties().remove(KEY);
        }
    }

    public static boolean isData(Node node) {
        return Boolean.TRUE.equals(node.getProperties().get(KEY));
    }
}
