package org.convscope.ui.help;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The "?" card of one tab: a title, what the student sees, what to try, and the glossary terms it
 * uses. Texts are in the help bundle under {@code help.view.<tabId>.*}.
 */
public record ViewHelp(String tabId, List<String> termIds) {
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
            card("compareTab", "loss", "accuracy", "parameters", "pooling", "overfitting", "learningRate", "optimizer", "epoch"),
            card("moveitTab", "pooling", "maxPooling", "convolution", "mask", "featureMap", "softmax"))
            .collect(Collectors.toUnmodifiableMap(ViewHelp::tabId, h -> h));

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
}
