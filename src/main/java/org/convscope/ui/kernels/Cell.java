package org.convscope.ui.kernels;

/**
 * One drawn weight: W[filter][channel][row][col]; {@code channel} is {@link #MEAN} where the image
 * is the mean over the input channels.
 */
public record Cell(int filter, int channel, int row, int col) {
    public static final int MEAN = -1;
}
