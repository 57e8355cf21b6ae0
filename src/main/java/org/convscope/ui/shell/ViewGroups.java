package org.convscope.ui.shell;

import java.util.Map;

/**
 * Which group of the navigation each view's tab belongs to: train it, build it, look inside it, ask it, and
 * the class's own drawings. A view not named here (a new one) goes to "look inside" until it is placed.
 */
final class ViewGroups {
    static final String TRAIN = "train";
    static final String BUILD = "build";
    static final String INSIDE = "inside";
    static final String ASK = "ask";
    static final String CLASS = "class";

    private static final Map<String, String> GROUPS = Map.ofEntries(
            Map.entry("trainingTab", TRAIN), Map.entry("compareTab", TRAIN),
            Map.entry("architectureTab", BUILD), Map.entry("editorTab", BUILD),
            Map.entry("kernelsTab", INSIDE), Map.entry("featuremapsTab", INSIDE), Map.entry("learnedTab", INSIDE),
            Map.entry("convstepTab", INSIDE), Map.entry("poolstepTab", INSIDE),
            Map.entry("drawpadTab", ASK), Map.entry("resultsTab", ASK), Map.entry("explainTab", ASK),
            Map.entry("moveitTab", ASK),
            Map.entry("classTab", CLASS));

    private ViewGroups() {
    }

    static String of(String tabId) {
        return GROUPS.getOrDefault(tabId, INSIDE);
    }
}
