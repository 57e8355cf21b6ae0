package org.convscope.ui.help;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "?" card of one tab: a title, what the student sees, what to try, and the glossary terms it
 * uses. Texts are in the help bundle under {@code help.view.<tabId>.*}. A card may also spell out some
 * terms' definitions after what the student sees ({@code spelledOutIds}: the Explain view's methods),
 * so those paragraphs are written once, in the glossary.
 */
public record ViewHelp(String tabId, List<String> termIds, List<String> spelledOutIds) {
    private static final Map<String, ViewHelp> ALL = Map.ofEntries(
            Map.entry("trainingTab", new ViewHelp("trainingTab", List.of("loss", "accuracy", "epoch", "batch", "learningRate", "optimizer", "overfitting"))),
            Map.entry("drawpadTab", new ViewHelp("drawpadTab", List.of("softmax", "logits", "accuracy"))),
            Map.entry("architectureTab", new ViewHelp("architectureTab", List.of("parameters", "convolution", "filter", "kernel", "channel", "bias",
                    "pooling", "flatten", "dense"))),
            Map.entry("editorTab", new ViewHelp("editorTab", List.of("convolution", "pooling", "flatten", "dense", "activation", "dropout",
                    "stride", "padding", "parameters"))),
            Map.entry("kernelsTab", new ViewHelp("kernelsTab", List.of("kernel", "filter", "mask", "weight", "bias", "channel", "topPatches",
                    "receptiveField"))),
            Map.entry("featuremapsTab", new ViewHelp("featuremapsTab", List.of("featureMap", "channel", "activation", "relu", "pooling",
                    "flatten", "dense", "softmax", "logits"))),
            Map.entry("convstepTab", new ViewHelp("convstepTab", List.of("convolution", "kernel", "filter", "mask", "featureMap", "channel", "stride",
                    "padding", "bias", "activation", "relu"))),
            Map.entry("poolstepTab", new ViewHelp("poolstepTab", List.of("pooling", "maxPooling", "averagePooling", "weightedAveragePooling",
                    "mask", "stride", "featureMap"))),
            Map.entry("resultsTab", new ViewHelp("resultsTab", List.of("confusionMatrix", "accuracy", "softmax", "overfitting"))),
            Map.entry("explainTab", new ViewHelp("explainTab", List.of("gradient", "saliency", "gradientTimesInput", "smoothGrad", "gradCam",
                    "occlusion", "logits", "softmax", "featureMap"),
                    List.of("saliency", "gradientTimesInput", "smoothGrad", "gradCam", "occlusion"))),
            Map.entry("learnedTab", new ViewHelp("learnedTab", List.of("featureVisualization", "gradient", "embedding", "pca", "tsne",
                    "dense", "logits", "filter"))),
            Map.entry("classTab", new ViewHelp("classTab", List.of("accuracy", "confusionMatrix", "softmax", "overfitting"))),
            Map.entry("compareTab", new ViewHelp("compareTab", List.of("loss", "accuracy", "parameters", "pooling", "overfitting",
                    "learningRate", "optimizer", "epoch"))),
            Map.entry("moveitTab", new ViewHelp("moveitTab", List.of("pooling", "maxPooling", "convolution", "mask", "featureMap", "softmax"))));

    /** A card that spells out no definitions. */
    public ViewHelp(String tabId, List<String> termIds) {
        this(tabId, termIds, List.of());
    }

    /** The help of the tab with this id, if it has one (none for null: no tab selected). */
    public static Optional<ViewHelp> of(String tabId) {
        return tabId == null ? Optional.empty() : Optional.ofNullable(ALL.get(tabId));
    }

    public String titleKey() {
        return "help.view." + tabId + ".title";
    }

    public String seesKey() {
        return "help.view." + tabId + ".sees";
    }

    public String tryKey() {
        return "help.view." + tabId + ".try";
    }

    public List<GlossaryTerm> terms() {
        return termIds.stream().map(Glossary::term).toList();
    }

    /** The terms whose definitions the card shows in full, in order. */
    public List<GlossaryTerm> spelledOutTerms() {
        return spelledOutIds.stream().map(Glossary::term).toList();
    }
}
