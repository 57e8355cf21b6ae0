package org.convscope.ui.poolstep;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.convscope.ui.common.I18n;
import org.convscope.ui.stepper.Numbers;
import org.convscope.ui.stepper.Terms;

/**
 * One window pooled three ways, written out with its numbers — max(…) with the winner marked,
 * (… + …) / n, (w·x + …) / Σw — the chosen mode's line highlighted, and what the engine itself
 * did with the window (its argmax, or its average).
 */
final class PoolLines extends VBox {
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    private static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");
    private final I18n i18n;
    private final Map<PoolMode, Terms> lines = new EnumMap<>(PoolMode.class);
    private final Label engineCheck = new Label();

    PoolLines(I18n i18n) {
        super(4);
        this.i18n = i18n;
        getStyleClass().add("arithmetic");
        for (PoolMode m : PoolMode.values()) {
            Terms line = new Terms();
            line.setId("poolLine" + m.name());
            lines.put(m, line);
            getChildren().add(line);
        }
        engineCheck.setId("engineCheck");
        engineCheck.getStyleClass().add("engine-check");
        getChildren().add(engineCheck);
    }

    void show(PoolLayerTaps t, PoolStep s, PoolMode mode) {
        for (PoolMode m : PoolMode.values()) lines.get(m).pseudoClassStateChanged(CHOSEN, m == mode);
        write(s);
        engineCheck.setText(engineText(t, s));
    }

    private void write(PoolStep s) {
        int n = s.values().length;
        List<String> texts = new ArrayList<>(), styles = new ArrayList<>();
        head(texts, styles, "poolstep.line.max");
        add(texts, styles, "max(", "op");
        for (int i = 0; i < n; i++) {
            if (i > 0) add(texts, styles, ", ", "op");
            add(texts, styles, Numbers.format(s.values()[i]), i == s.winner() ? "winner" : "term");
        }
        add(texts, styles, ") = ", "op");
        add(texts, styles, Numbers.format(s.max()), "result");
        lines.get(PoolMode.MAX).set(texts, styles);

        texts = new ArrayList<>();
        styles = new ArrayList<>();
        head(texts, styles, "poolstep.line.average");
        add(texts, styles, "(", "op");
        for (int i = 0; i < n; i++) {
            if (i > 0) add(texts, styles, " + ", "op");
            add(texts, styles, Numbers.format(s.values()[i]), "term");
        }
        add(texts, styles, ") / " + n + " = ", "op");
        add(texts, styles, Numbers.format(s.average()), "result");
        lines.get(PoolMode.AVERAGE).set(texts, styles);

        texts = new ArrayList<>();
        styles = new ArrayList<>();
        head(texts, styles, "poolstep.line.weighted");
        add(texts, styles, "(", "op");
        for (int i = 0; i < n; i++) {
            if (i > 0) add(texts, styles, " + ", "op");
            add(texts, styles, s.mask().weight(i) + "\u00b7" + Numbers.factor(s.values()[i]), "term");
        }
        add(texts, styles, ") / " + s.mask().total() + " = ", "op");
        add(texts, styles, Numbers.format(s.weighted()), "result");
        lines.get(PoolMode.WEIGHTED).set(texts, styles);
    }

    private void head(List<String> texts, List<String> styles, String key) {
        add(texts, styles, i18n.get(key), "term-head");
    }

    private static void add(List<String> texts, List<String> styles, String text, String style) {
        texts.add(text);
        styles.add(style);
    }

    // what the engine itself did with this window: its argmax (max pooling) or its average
    private String engineText(PoolLayerTaps t, PoolStep s) {
        engineCheck.pseudoClassStateChanged(DIFFERS, false);
        if (t.isCourseExample()) return i18n.get("poolstep.engine.course");
        if (t.engineMode() == PoolMode.MAX) {
            int winner = t.engineWinner(s.channel(), s.row(), s.column()), w = t.window().width();
            boolean same = winner == s.winnerRow() * w + s.winnerColumn();
            engineCheck.pseudoClassStateChanged(DIFFERS, !same);
            return i18n.get(same ? "poolstep.engine.argmax" : "poolstep.engine.argmax.differs", winner / w + 1, winner % w + 1,
                    Numbers.format(t.engineOutput(s.channel(), s.row(), s.column())));
        }
        double engine = t.engineOutput(s.channel(), s.row(), s.column());
        boolean same = Math.abs(engine - s.average()) <= 1e-5 * (1 + Math.abs(engine));
        engineCheck.pseudoClassStateChanged(DIFFERS, !same);
        return i18n.get(same ? "poolstep.engine.average" : "poolstep.engine.average.differs", Numbers.format(engine));
    }
}
