package org.convscope.ui.classroom;

/** How much bigger presentation mode draws texts, icons and lines. */
public enum PresentationScale {
    /** 150 %: everything still fits at 1280×720. */
    LARGE(150),
    /** 200 %: for a big room; views scroll more. */
    LARGER(200);

    private final int percent;

    PresentationScale(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    /** The scale stored as its percentage; {@link #LARGE} for anything else. */
    public static PresentationScale parse(String percent) {
        for (PresentationScale s : values()) {
            if (String.valueOf(s.percent).equals(percent)) return s;
        }
        return LARGE;
    }
}
