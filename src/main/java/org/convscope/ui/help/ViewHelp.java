package org.convscope.ui.help;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The "?" card of one tab: a title, what the student sees, what to try, and the glossary terms it
 * uses. Texts are in the help bundle under {@code help.view.<tabId>.*}. A card may also spell out some
 * terms' definitions after what the student sees ({@code spelledOutIds}: the Explain view's methods),
 * so those paragraphs are written once, in the glossary.
 */
public record ViewHelp(String tabId, List<String> termIds, List<String> spelledOutIds) {
    // Map.of takes at most ten entries: the cards are listed through card()
    private static final Map<String, ViewHelp> ALL = Stream.of(
            card("trainingTab", "loss", "accuracy", "epoch", "batch", "learningRate", "optimizer", "overfitting"),
            card("drawpadTab", "softmax", "logits", "accuracy"),
            card("architectureTab", "parameters", "convolution", "filter", "kernel", "channel", "bias", "pooling", "flatten", "dense"),
            card("editorTab", "convolution", "pooling", "flatten", "dense", "activation", "dropout", "stride", "padding", "parameters"),
            card("kernelsTab", "kernel", "filter", "mask", "weight", "bias", "channel"),
            card("featuremapsTab", "featureMap", "channel", "activation", "relu", "pooling", "flatten", "dense", "softmax", "logits"),
            card("convstepTab", "convolution", "kernel", "filter", "mask", "featureMap", "channel", "stride", "padding", "bias", "activation", "relu"),
            card("poolstepTab", "pooling", "maxPooling", "averagePooling", "weightedAveragePooling", "mask", "stride", "featureMap"),
            card("resultsTab", "confusionMatrix", "accuracy", "softmax", "overfitting"),
            new ViewHelp("explainTab", List.of("gradient", "saliency", "gradientTimesInput", "smoothGrad", "gradCam",
                    "occlusion", "logits", "softmax", "featureMap"),
                    List.of("saliency", "gradientTimesInput", "smoothGrad", "gradCam", "occlusion")),
            card("compareTab", "loss", "accuracy", "parameters", "pooling", "overfitting", "learningRate", "optimizer", "epoch"),
            card("moveitTab", "pooling", "maxPooling", "convolution", "mask", "featureMap", "softmax"))
            .collect(Collectors.toUnmodifiableMap(ViewHelp::tabId, h -> h));

    /** A card that spells out no definitions. */
    public ViewHelp(String tabId, List<String> termIds) {
        this(tabId, termIds, List.of());
    }

    private static ViewHelp card(String tabId, String... termIds) {
        return new ViewHelp(tabId, List.of(termIds));
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
