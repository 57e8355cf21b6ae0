package org.convscope.ui.files;

import java.util.Locale;
import org.convscope.data.DatasetKind;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.ui.inspect.ProbeModel;

/**
 * What a teacher prepared, besides the model: language, theme, dataset, training settings, the
 * probe image, the tab on screen and the architecture being edited. Every part may be null in a
 * file written by hand: that part is then left as it is.
 *
 * @param draft the editor's architecture, which may differ from the model's (or not be buildable)
 */
public record Session(Locale language, Boolean darkTheme, DatasetKind dataset, Training training, Probe probe,
                      String tab, ModelSpec draft) {

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
