/**
 * How the app reaches its first frame fast, in one place.
 *
 * <p>The order, from {@code Main} to the first painted frame:
 * <ol>
 * <li>{@link org.eacplanner.ui.startup.Prelaunch#start()} (called by {@code Main} before the JavaFX toolkit starts)
 * reads the user's settings and texts and warms up logging and the CSS parser on a thread of its own; nothing
 * there touches a node.</li>
 * <li>{@code App.start} takes that work ({@link org.eacplanner.ui.startup.Prelaunch#take()}), then
 * {@link org.eacplanner.ui.startup.FontWarmUp} measures a text in the window's faces on another thread while the
 * FX thread builds the window's nodes; the FX thread waits for it before showing the window.</li>
 * <li>The window shows the menu bar with {@link org.eacplanner.ui.startup.MenuTitlesSkin}: the menus' titles laid
 * out as JavaFX's own skin lays them, without items or popups.</li>
 * <li>{@link org.eacplanner.ui.startup.AfterFirstFrame} runs what can wait until the frame is painted: the real
 * menu-bar skin, icon fonts, the window icons, the catalog load and the planner.</li>
 * </ol>
 *
 * <p>The themes and the app's stylesheet ship in JavaFX's binary form ({@code .bss}), made at build time by
 * {@code build/StylesheetCompiler.java} (run from {@code pom.xml}), so no CSS text is parsed on the way.
 * {@link org.eacplanner.ui.startup.StartupProbe} marks the moments that {@code bench/startup.sh} times; the
 * README gives the start-up ratio it measures against a bare JavaFX window. Start-up work that waits for the
 * disk goes through {@code org.eacplanner.task.Threads}, never on the FX thread.
 */
package org.eacplanner.ui.startup;
