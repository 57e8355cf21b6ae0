package org.convscope.engine.explain;

import java.util.Arrays;
import java.util.Locale;

/** The attribution maps, each answering "which pixels made the network say class c?" in its own way. */
public enum Method {
    /** |∂y_c/∂x|, the largest over channels: where a small change of a pixel moves the score most. */
    SALIENCY("saliency", false),
    /** ∂y_c/∂x · x, summed over channels: signed, positive where the pixel's value speaks for the class. */
    GRADXINPUT("gradxinput", true),
    /** The saliency of the gradient averaged over noisy copies of the image: the same question, less speckled. */
    SMOOTHGRAD("smoothgrad", false),
    /** ReLU(Σ_k α_k A_k) of a convolution layer's maps A_k, α_k the mean gradient of map k, upsampled. */
    GRADCAM("gradcam", false),
    /** How much p_c falls when a patch of the image is blanked, averaged over the patches covering each pixel. */
    OCCLUSION("occlusion", true);

    private final String id;
    private final boolean signed;

    Method(String id, boolean signed) {
        this.id = id;
        this.signed = signed;
    }

    /** The name on the command line and in JSON. */
    public String id() {
        return id;
    }

    /** Whether the map's values can be negative (shown on a diverging colour map, zero in the middle). */
    public boolean signed() {
        return signed;
    }

    /** The method with {@link #id()} {@code text}; the message lists the ids otherwise. */
    public static Method parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.id.equals(t)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no method '" + text + "': use one of "
                        + String.join(", ", Arrays.stream(values()).map(Method::id).toList())));
    }
}
