package org.convscope.ui.help;

import java.util.List;
import javafx.geometry.Side;

/**
 * One callout of the first-run tour.
 *
 * @param key     names its texts: {@code help.tour.<key>.title} and {@code .text}
 * @param targets CSS selectors of the controls it points at (looked up in the window)
 * @param side    where the callout prefers to sit, seen from the targets
 * @param tab     the tab to show first (its targets live there), or null for none
 */
public record TourStep(String key, List<String> targets, Side side, String tab) {
    /** The five callouts: data, the run buttons, the charts, the Draw tab, the tabs that look inside. */
    public static final List<TourStep> ALL = List.of(
            new TourStep("dataset", List.of("#datasetChoice", ".sample-grid"), Side.RIGHT, null),
            new TourStep("run", List.of("#startButton", "#stepButton", "#resetButton"), Side.RIGHT, null),
            new TourStep("charts", List.of("#lossChart", "#accuracyChart"), Side.BOTTOM, "trainingTab"),
            new TourStep("draw", List.of("#nav-drawpadTab"), Side.BOTTOM, null),
            new TourStep("inside", List.of("#nav-kernelsTab", "#nav-featuremapsTab", "#nav-convstepTab", "#nav-poolstepTab"), Side.BOTTOM, null));

    public String titleKey() {
        return "help.tour." + key + ".title";
    }

    public String textKey() {
        return "help.tour." + key + ".text";
    }
}
