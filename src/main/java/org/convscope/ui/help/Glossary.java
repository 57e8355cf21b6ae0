package org.convscope.ui.help;

import java.util.List;
import java.util.NoSuchElementException;

/** The glossary's terms, in the order a course meets them: the network, its layers, training, explaining its answers, then what it learned. */
public final class Glossary {
    private static final List<GlossaryTerm> TERMS = List.of(
            "cnn", "convolution", "kernel", "filter", "mask", "featureMap", "channel", "stride", "padding",
            "activation", "relu", "pooling", "maxPooling", "averagePooling", "weightedAveragePooling",
            "flatten", "dense", "softmax", "logits", "parameters", "weight", "bias",
            "epoch", "batch", "loss", "accuracy", "confusionMatrix", "learningRate", "optimizer", "overfitting", "dropout",
            "gradient", "saliency", "gradientTimesInput", "smoothGrad", "gradCam", "occlusion",
            "receptiveField", "topPatches", "featureVisualization", "embedding", "pca", "tsne")
            .stream().map(GlossaryTerm::new).toList();

    private Glossary() {
    }

    public static List<GlossaryTerm> all() {
        return TERMS;
    }

    public static GlossaryTerm term(String id) {
        return TERMS.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no glossary term " + id));
    }
}
