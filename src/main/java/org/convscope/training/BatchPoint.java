package org.convscope.training;

/** One training batch's figures, placed on the epoch axis ({@code epochPosition} = 1.5 is halfway through the second epoch). */
public record BatchPoint(long step, double epochPosition, double loss, double accuracy) {
}
