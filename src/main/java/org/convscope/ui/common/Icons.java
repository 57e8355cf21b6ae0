package org.convscope.ui.common;

import javafx.scene.text.Font;
import org.kordamp.ikonli.IkonResolverProvider;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.javafx.JavaFXFontLoader;

/** The icon set (Material Design Icons 2, through ikonli): one name per action, used everywhere. */
public final class Icons {
    public static final String PLAY = "mdi2p-play";
    public static final String PAUSE = "mdi2p-pause";
    public static final String STEP = "mdi2s-skip-next";
    public static final String RESET = "mdi2r-restore";
    public static final String STOP = "mdi2s-stop";
    public static final String LANGUAGE = "mdi2t-translate";
    public static final String THEME = "mdi2t-theme-light-dark";
    public static final String OPEN = "mdi2f-folder-open";
    public static final String SAVE = "mdi2c-content-save";
    public static final String EXPORT = "mdi2e-export";
    public static final String QUIT = "mdi2e-exit-to-app";
    public static final String HELP = "mdi2h-help-circle-outline";
    public static final String PREVIOUS = "mdi2c-chevron-left";
    public static final String NEXT = "mdi2c-chevron-right";
    public static final String RANDOM = "mdi2d-dice-5";
    public static final String CLOSE = "mdi2c-close";
    public static final String COLOURS = "mdi2p-palette";
    /** "Why?": open an image in the Explain view. */
    public static final String EXPLAIN = "mdi2l-lightbulb-on-outline";
    // drawing
    public static final String PEN = "mdi2d-draw";
    public static final String ERASER = "mdi2e-eraser";
    public static final String UNDO = "mdi2u-undo";
    public static final String DELETE = "mdi2d-delete-outline";
    public static final String BRUSH = "mdi2b-brush";
    // editing a network
    public static final String MOVE_UP = "mdi2a-arrow-up";
    public static final String MOVE_DOWN = "mdi2a-arrow-down";
    public static final String ADD = "mdi2p-plus";
    public static final String PRESETS = "mdi2f-file-tree-outline";
    public static final String APPLY = "mdi2p-play-circle-outline";
    public static final String COPY = "mdi2c-content-copy";
    public static final String PROBLEM = "mdi2a-alert-circle-outline";
    public static final String INVALID = "mdi2c-close-circle-outline";
    public static final String VALID = "mdi2c-check-circle-outline";
    // stepping through a computation
    public static final String FIRST = "mdi2p-page-first";
    public static final String STEP_BACK = "mdi2s-step-backward";
    public static final String STEP_FORWARD = "mdi2s-step-forward";
    public static final String LAST = "mdi2p-page-last";
    // the classroom
    public static final String PRESENTATION = "mdi2p-projector-screen";
    public static final String SIDE_PANEL = "mdi2d-dock-left";
    public static final String LESSON = "mdi2s-school-outline";

    private Icons() {
    }

    public static FontIcon of(String name) {
        FontIcon icon = new FontIcon(name);
        icon.getStyleClass().add("icon");
        return icon;
    }

    /** Icon {@code name} as the text a canvas draws in {@link #font}, for a canvas that shows icons without nodes. */
    public static String glyph(String name) {
        return new FontIcon(name).getText();
    }

    /** The font of icon {@code name} at {@code size} pixels. */
    public static Font font(String name, double size) {
        // a FontIcon takes its family from an inline style, so a node's font would not have it: ask ikonli
        return Font.font(IkonResolverProvider.getInstance(JavaFXFontLoader.getInstance()).resolve(name).getFontFamily(), size);
    }
}
