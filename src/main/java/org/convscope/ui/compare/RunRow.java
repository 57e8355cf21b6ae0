package org.convscope.ui.compare;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.convscope.training.Run;

/**
 * One run in the Compare view: the run (replaced while it trains), whether it is drawn in the charts,
 * and its colour, which it keeps for as long as it is listed.
 *
 * @param colour index into the view's {@value #COLOURS} run colours
 */
public record RunRow(ObjectProperty<Run> run, BooleanProperty shown, int colour) {
    public static final int COLOURS = 8;

    RunRow(Run run, int colour) {
        this(new SimpleObjectProperty<>(run), new SimpleBooleanProperty(true), Math.floorMod(colour, COLOURS));
    }

    /** The CSS class of its colour: {@code run-colour-3}. */
    public String colourClass() {
        return "run-colour-" + colour;
    }
}
