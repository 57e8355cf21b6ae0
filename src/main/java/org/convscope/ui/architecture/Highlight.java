package org.convscope.ui.architecture;

/**
 * One thing in the drawn stack that a formula factor counts, e.g. the kernel window on the block
 * that feeds a Conv2D. {@code position} is the block: 0 is the input, layer {@code i} is {@code i + 1}.
 */
public record Highlight(int position, Element element, Tone tone) {

    /** The parts of a block that can light up. */
    public enum Element {
        /** The drawn volume (or vector) of the block's output. */
        VOLUME,
        /** The channel count in the block's shape label (the whole length for a vector). */
        CHANNELS,
        /** A kernel window drawn on the block, through all its channels. */
        KERNEL,
        /** The bias marker of the block's layer. */
        BIAS
    }

    /** The colour family, shared with the factor in the formula so the eye can pair them. */
    public enum Tone {
        INPUT, KERNEL, BIAS, OUTPUT;

        public String styleClass() {
            return "tone-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
