package org.convscope.ui.editor;

import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.layer.spec.ActivationSpec;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.DenseSpec;
import org.convscope.engine.layer.spec.DropoutSpec;
import org.convscope.engine.layer.spec.FlattenSpec;
import org.convscope.engine.layer.spec.LayerSpec;
import org.convscope.engine.layer.spec.Pool2DSpec;

/** The layers a student can add, each with the settings a new one starts with (Keras' usual ones). */
public enum LayerKind {
    CONV, MAX_POOL, AVERAGE_POOL, FLATTEN, DENSE, DROPOUT, ACTIVATION;

    /** A new layer of this kind. */
    public LayerSpec create() {
        return switch (this) {
            case CONV -> new Conv2DSpec(16, 3, Activation.RELU);
            case MAX_POOL -> new Pool2DSpec(Pool2DSpec.Kind.MAX, 2);
            case AVERAGE_POOL -> new Pool2DSpec(Pool2DSpec.Kind.AVERAGE, 2);
            case FLATTEN -> new FlattenSpec();
            case DENSE -> new DenseSpec(64, Activation.RELU);
            case DROPOUT -> new DropoutSpec(0.25);
            case ACTIVATION -> new ActivationSpec(Activation.RELU);
        };
    }

    public static LayerKind of(LayerSpec spec) {
        if (spec instanceof Conv2DSpec) return CONV;
        if (spec instanceof Pool2DSpec p) return p.kind() == Pool2DSpec.Kind.MAX ? MAX_POOL : AVERAGE_POOL;
        if (spec instanceof FlattenSpec) return FLATTEN;
        if (spec instanceof DenseSpec) return DENSE;
        if (spec instanceof DropoutSpec) return DROPOUT;
        return ACTIVATION;
    }

    /** Convolution and pooling work on images: they belong before the Flatten. */
    public boolean onImages() {
        return this == CONV || this == MAX_POOL || this == AVERAGE_POOL;
    }

    /** The i18n key of its name, with what it does: "Conv2D (convolution)". */
    public String key() {
        return "editor.layer." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The i18n key of its short name, for a layer's card. */
    public String cardKey() {
        return "editor.card." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
