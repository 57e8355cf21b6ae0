package org.convscope.ui.architecture;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.DenseSpec;
import org.convscope.engine.layer.spec.LayerInfo;
import org.convscope.engine.layer.spec.ParamFormula;
import org.convscope.engine.tensor.Shape;
import org.convscope.ui.architecture.Highlight.Element;
import org.convscope.ui.common.I18n;

/**
 * One block of the stack: the input, or a layer's output. Four columns: the drawn volume, the
 * layer's names, its output shape, and its parameter formula with a line in words.
 */
final class LayerBlock extends HBox {
    private final Map<Element, Node> elements = new EnumMap<>(Element.class);
    private final HBox drawing = new HBox(8);
    private final VBox names = new VBox(1);
    private final HBox shapeCell = new HBox();
    private final VBox params = new VBox(3);

    private LayerBlock(String id) {
        setId(id);
        getStyleClass().add("layer-block");
        setAlignment(Pos.CENTER_LEFT);
        drawing.getStyleClass().addAll("block-cell", "col-drawing");
        drawing.setAlignment(Pos.CENTER_LEFT);
        names.getStyleClass().addAll("block-cell", "col-names");
        names.setAlignment(Pos.CENTER_LEFT);
        shapeCell.getStyleClass().addAll("block-cell", "col-shape");
        shapeCell.setAlignment(Pos.CENTER_LEFT);
        params.getStyleClass().addAll("block-cell", "col-params");
        params.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(params, Priority.ALWAYS);
        getChildren().addAll(drawing, names, shapeCell, params);
    }

    /** The block for the input image (position 0). */
    static LayerBlock input(Shape input, GlyphScale scale, I18n i18n) {
        LayerBlock b = new LayerBlock("block-0");
        b.getStyleClass().add("input-block");
        b.draw(input, scale);
        b.names(i18n.bind("architecture.input.type"), i18n.bind("architecture.input.name"), null);
        b.shape(input);
        b.note(LayerTexts.inputNote(input), i18n);
        return b;
    }

    /** The block for layer {@code entry} (position index + 1). */
    static LayerBlock layer(LayerEntry entry, Shape in, GlyphScale scale, ObjectProperty<Factor> hovered, I18n i18n) {
        LayerBlock b = new LayerBlock("block-" + (entry.index() + 1));
        b.getStyleClass().add("kind-" + entry.spec().kerasType().toLowerCase(Locale.ROOT));
        Message activation = LayerTexts.activation(entry.spec());
        b.names(new SimpleStringProperty(entry.spec().kerasType()), i18n.bind(LayerTexts.plainName(entry.spec()).key()),
                activation == null ? null : i18n.bind(activation.key(), activation.args().toArray()));
        if (entry.resolved()) {
            LayerInfo info = entry.info();
            b.draw(info.output(), scale);
            if (info.spec() instanceof Conv2DSpec || info.spec() instanceof DenseSpec) b.biasMarker(info, i18n);
            b.shape(info.output());
            FormulaFlow formula = new FormulaFlow(info, hovered, i18n);
            formula.setId("formula-" + (entry.index() + 1));
            b.params.getChildren().add(formula);
            b.note(LayerTexts.note(info.spec(), in, info.output()), i18n);
        } else {
            b.getStyleClass().add(entry.failed() ? "layer-error" : "layer-unresolved");
            b.unknownShape(i18n);
            if (entry.failed()) {
                Label error = new Label();
                error.setId("error-" + (entry.index() + 1));
                error.getStyleClass().add("error-message");
                error.setWrapText(true);
                error.textProperty().bind(i18n.bind("architecture.error", entry.error()));
                b.params.getChildren().add(error);
            }
        }
        return b;
    }

    private void names(ObservableValue<String> keras, ObservableValue<String> plain, ObservableValue<String> activation) {
        Label kerasName = new Label();
        kerasName.getStyleClass().add("keras-type");
        kerasName.textProperty().bind(keras);
        Label plainName = new Label();
        plainName.getStyleClass().add("plain-name");
        plainName.textProperty().bind(plain);
        names.getChildren().addAll(kerasName, plainName);
        if (activation != null) {
            Label a = new Label();
            a.getStyleClass().add("activation-name");
            a.textProperty().bind(activation);
            names.getChildren().add(a);
        }
    }

    private void draw(Shape shape, GlyphScale scale) {
        VolumeGlyph glyph = new VolumeGlyph(shape, scale);
        drawing.getChildren().add(glyph);
        elements.put(Element.VOLUME, glyph);
    }

    private void biasMarker(LayerInfo info, I18n i18n) {
        Circle bias = new Circle(6);
        bias.getStyleClass().add("bias-marker");
        Message text = LayerTexts.factor(info.spec(), new ParamFormula.Part("1", ParamFormula.Role.BIAS));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.bind(text.key(), text.args().toArray()));
        Tooltip.install(bias, tip);
        drawing.getChildren().add(bias);
        elements.put(Element.BIAS, bias);
    }

    /** "26×26×" then "32" on its own, so the channel count can light up. */
    private void shape(Shape shape) {
        Label channels = new Label(String.valueOf(shape.channels()));
        channels.getStyleClass().addAll("shape-text", "shape-channels");
        if (shape.isImage()) {
            Label spatial = new Label(shape.height() + "×" + shape.width() + "×");
            spatial.getStyleClass().add("shape-text");
            shapeCell.getChildren().add(spatial);
        }
        shapeCell.getChildren().add(channels);
        elements.put(Element.CHANNELS, channels);
    }

    private void unknownShape(I18n i18n) {
        Label unknown = new Label();
        unknown.getStyleClass().add("shape-unknown");
        unknown.textProperty().bind(i18n.bind("architecture.shape.unknown"));
        shapeCell.getChildren().add(unknown);
    }

    private void note(Message message, I18n i18n) {
        Label note = new Label();
        note.getStyleClass().add("block-note");
        note.setWrapText(true);
        note.textProperty().bind(i18n.bind(message.key(), message.args().toArray()));
        params.getChildren().add(note);
    }

    /** Shows the kernel window of the Conv2D that reads this block. */
    void prepareKernelWindow(int kh, int kw) {
        if (elements.get(Element.VOLUME) instanceof VolumeGlyph glyph) {
            glyph.addKernelWindow(kh, kw);
            if (glyph.kernelWindow() != null) elements.put(Element.KERNEL, glyph.kernelWindow());
        }
    }

    /** The node showing {@code element}, or null when this block has none. */
    Node element(Element element) {
        return elements.get(element);
    }
}
