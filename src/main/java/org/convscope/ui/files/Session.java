package org.convscope.ui.files;

import java.util.List;
import java.util.Locale;
import org.convscope.data.DatasetKind;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.training.Run;
import org.convscope.ui.inspect.ProbeModel;

/**
 * What a teacher prepared, besides the model: language, theme, dataset, training settings, the
 * probe image, the tab on screen, the architecture being edited and what the lesson hides. Every
 * part may be null in a file written by hand or by an older version: that part is then left as it is.
 *
 * @param draft  the editor's architecture, which may differ from the model's (or not be buildable)
 * @param lesson the views and control groups the lesson hides
 * @param runs   the runs to compare, oldest first (without their weights when read from a file)
 */
public record Session(Locale language, Boolean darkTheme, DatasetKind dataset, Training training, Probe probe,
                      String tab, ModelSpec draft, Lesson lesson, List<Run> runs) {

    public Session {
        runs = runs == null ? null : List.copyOf(runs);
    }

    /** A session without runs (as files before the Compare view). */
    public Session(Locale language, Boolean darkTheme, DatasetKind dataset, Training training, Probe probe,
                   String tab, ModelSpec draft, Lesson lesson) {
        this(language, darkTheme, dataset, training, probe, tab, draft, lesson, null);
    }

    /** A session without a lesson part (as files before lesson mode). */
    public Session(Locale language, Boolean darkTheme, DatasetKind dataset, Training training, Probe probe,
                   String tab, ModelSpec draft) {
        this(language, darkTheme, dataset, training, probe, tab, draft, null);
    }

    /**
     * What the lesson hides, by name: tab ids ({@code "kernelsTab"}) and control groups
     * ({@code "advanced"}, see {@code ControlGroup}). Names this version does not know are ignored.
     */
    public record Lesson(List<String> hiddenTabs, List<String> hiddenControls) {
        public Lesson {
            hiddenTabs = List.copyOf(hiddenTabs);
            hiddenControls = List.copyOf(hiddenControls);
        }
    }

    /** The training settings of the control panel. */
    public record Training(int epochs, int batchSize, OptimizerConfig.Kind optimizer, double learningRate, long seed) {
    }

    /**
     * The image every inside-the-network view shows.
     *
     * @param drawing a drawn image (28×28 values in [0, 1]), or null
     */
    public record Probe(ProbeModel.Source source, int testIndex, float[] drawing) {
    }
}
