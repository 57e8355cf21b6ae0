package org.convscope.ui.editor;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.convscope.ui.common.I18n;

/** The small labelled inputs of a layer's settings. */
final class Fields {
    private Fields() {
    }

    /** A labelled whole-number spinner; typing commits on Enter or on leaving the field, bad input goes back. */
    static HBox integer(I18n i18n, String key, String id, int min, int max, int value, Consumer<Integer> onChange) {
        Spinner<Integer> s = new Spinner<>(min, max, Math.max(min, Math.min(max, value)));
        return labelled(i18n, key, id, spinner(s, onChange, 84));
    }

    /** A labelled spinner over decimal steps, e.g. a dropout rate. */
    static HBox decimal(I18n i18n, String key, String id, double min, double max, double step, double value,
                        Consumer<Double> onChange) {
        Spinner<Double> s = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, value, step));
        return labelled(i18n, key, id, spinner(s, onChange, 90));
    }

    /** A labelled choice among fixed values, shown by {@code name}. */
    static <T> HBox choice(I18n i18n, String key, String id, List<T> values, T value, Function<T, String> name,
                           Consumer<T> onChange) {
        ChoiceBox<T> box = new ChoiceBox<>(FXCollections.observableArrayList(values));
        box.getStyleClass().add("small");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        box.setValue(value);
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(a)) onChange.accept(b);
        });
        return labelled(i18n, key, id, box);
    }

    private static <T> Spinner<T> spinner(Spinner<T> s, Consumer<T> onChange, double width) {
        s.setEditable(true);
        s.setPrefWidth(width);
        s.getStyleClass().add("small");
        s.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(a)) onChange.accept(b);
        });
        s.getEditor().focusedProperty().addListener((o, was, now) -> {
            if (!now) commit(s);
        });
        return s;
    }

    private static <T> void commit(Spinner<T> s) {
        SpinnerValueFactory<T> f = s.getValueFactory();
        try {
            T typed = f.getConverter().fromString(s.getEditor().getText());
            if (typed != null) f.setValue(typed); // the factory clamps to its range
        } catch (RuntimeException notANumber) {
            // leave the value as it was
        }
        s.getEditor().setText(f.getConverter().toString(f.getValue()));
    }

    private static HBox labelled(I18n i18n, String key, String id, javafx.scene.control.Control input) {
        Label label = new Label();
        label.textProperty().bind(i18n.bind(key));
        label.getStyleClass().add("setting-label");
        label.setLabelFor(input);
        input.setId(id);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.bind(key + ".tooltip"));
        tip.setWrapText(true);
        tip.setMaxWidth(320);
        input.setTooltip(tip);
        HBox box = new HBox(4, label, input);
        box.getStyleClass().add("setting");
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }
}
