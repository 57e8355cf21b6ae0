package org.convscope.ui.featuremaps;

import java.util.List;
import org.convscope.engine.layer.spec.LayerSpec;
import org.convscope.engine.tensor.Shape;

/**
 * One architecture layer as the user wrote it (a Conv2D with ReLU is one group with two outputs:
 * before and after the activation).
 *
 * @param specIndex the layer in the {@code ModelSpec}, or {@link TapImage#INPUT} for the image
 * @param name      Keras' name ({@code conv2d_1}); "input" for the image
 * @param spec      null for the input
 */
public record LayerGroup(int specIndex, String name, LayerSpec spec, Shape output, List<TapImage> taps) {

    public LayerGroup {
        taps = List.copyOf(taps);
    }
}
