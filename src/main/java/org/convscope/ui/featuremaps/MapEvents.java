package org.convscope.ui.featuremaps;

/** What the pointer does on a painted output; for a vector, {@code column} is the element. */
interface MapEvents {
    void hover(TapImage tap, int channel, int row, int column);

    void exit();

    void click(TapImage tap, int channel);
}
