package org.convscope.classmode;

import org.convscope.data.GrayImage;

/**
 * One drawing a student sent, as class mode keeps it: no address, nothing but what the projector shows.
 *
 * @param id            1, 2, … in the order of arrival (per class-mode run)
 * @param name          the nickname, or null
 * @param label         what the student meant, or null
 * @param input         the 28×28 image the network saw (preprocessed as the draw pad does)
 * @param predicted     the network's answer when it arrived
 * @param probabilities the ten probabilities of that answer: [classes]
 */
public record StudentDrawing(int id, String name, Integer label, GrayImage input, int predicted, float[] probabilities) {

    /** Whether the student said what they meant. */
    public boolean labelled() {
        return label != null;
    }
}
