package org.convscope.ui.common;

import org.kordamp.ikonli.javafx.FontIcon;

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

    private Icons() {
    }

    public static FontIcon of(String name) {
        FontIcon icon = new FontIcon(name);
        icon.getStyleClass().add("icon");
        return icon;
    }
}
