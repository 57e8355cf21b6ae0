package org.convscope.ui.convstep;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.convscope.data.ColourImage;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.tensor.Shape;
import org.convscope.ui.common.I18n;
import org.convscope.ui.stepper.CellGrid;
import org.convscope.ui.stepper.CellGrid.Mark;
import org.convscope.ui.stepper.CellGrid.MarkStyle;
import org.convscope.ui.stepper.MapColors;
import org.convscope.ui.stepper.Numbers;
import org.convscope.ui.stepper.StepperLook;
import org.convscope.ui.stepper.Terms;

/**
 * The colour sandbox: a photo's red, green and blue planes, each under the window with the chosen
 * filter's kernel for that channel beside it and the channel's sum; the three sums plus the bias give
 * the output value, and the output map fills in. Above: the photo, the 8 filters (each one's output
 * small, a click chooses it), the chosen filter's preset and bias, and the parameter formula with 608.
 */
final class ColourSandboxPane extends VBox {
    private static final String[] CHANNEL_KEYS = {"convstep.colour.red", "convstep.colour.green", "convstep.colour.blue"};
    private final ColourSandboxModel model;
    private final I18n i18n;
    private final Photos photos;
    private final CellGrid[] planes = new CellGrid[3], kernels = new CellGrid[3];
    private final Label[] sums = new Label[3];
    private final CellGrid output = new CellGrid();
    private final Label outputTitle = StepperLook.title();
    private final Label zText = new Label();
    private final Label biasValue = new Label();
    private final Label biasSum = new Label();
    private final Label formula = new Label();
    private final Label problem = new Label();
    private final Terms terms = new Terms();
    private final FlowPane filterStrip = new FlowPane(6, 4);
    private final ComboBox<ColourFilters.Kind> preset = new ComboBox<>();

    ColourSandboxPane(ColourSandboxModel model, I18n i18n, Photos photos) {
        super(8);
        this.model = model;
        this.i18n = i18n;
        this.photos = photos;
        getStyleClass().add("colour-sandbox");
        formula.setId("colourFormula");
        formula.getStyleClass().add("size-formula");
        formula.setWrapText(true);
        formula.setMinHeight(Region.USE_PREF_SIZE);
        problem.setId("colourProblem");
        problem.getStyleClass().add("size-problem");
        problem.setWrapText(true);
        problem.setManaged(false);
        filterStrip.setId("colourFilters");
        terms.setId("colourTerms");
        HBox stage = stage(); // before the controls: they open the first photo, which draws on it
        VBox.setVgrow(stage, Priority.ALWAYS);
        Label hint = new Label();
        hint.textProperty().bind(i18n.bind("convstep.colour.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(controls(), formula, problem, filterStrip, stage, terms, hint);

        model.arithmeticProperty().addListener((o, a, b) -> redraw());
        model.filterProperty().addListener((o, a, b) -> redraw());
        model.stepProperty().addListener((o, a, b) -> showStep());
        i18n.localeProperty().addListener((o, a, b) -> redraw());
        redraw();
    }

    private HBox controls() {
        Label photoLabel = new Label();
        photoLabel.textProperty().bind(i18n.bind("convstep.colour.photo"));
        ComboBox<Path> photo = new ComboBox<>();
        photo.setId("colourPhoto");
        photo.getItems().setAll(Photos.bundled());
        photo.setCellFactory(v -> new PhotoCell());
        photo.setButtonCell(new PhotoCell());
        photo.setFocusTraversable(false);
        photo.valueProperty().addListener((o, a, file) -> {
            if (file != null) open(file);
        });
        if (!photo.getItems().isEmpty()) photo.setValue(photo.getItems().get(0)); // opens it
        Button openOther = new Button();
        openOther.setId("colourOpen");
        openOther.textProperty().bind(i18n.bind("convstep.colour.open"));
        openOther.setOnAction(e -> {
            FileChooser c = new FileChooser();
            c.setTitle(i18n.get("convstep.colour.open"));
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("convstep.colour.images"), "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"));
            File f = c.showOpenDialog(getScene() == null ? null : getScene().getWindow());
            if (f != null) {
                photo.setValue(null);
                open(f.toPath());
            }
        });

        Label presetLabel = new Label();
        presetLabel.textProperty().bind(i18n.bind("convstep.colour.preset"));
        preset.setId("colourPreset");
        preset.getItems().setAll(ColourFilters.Kind.values());
        preset.setCellFactory(v -> new KindCell());
        preset.setButtonCell(new KindCell());
        preset.setFocusTraversable(false);
        preset.setOnAction(e -> {
            ColourFilters.Kind k = preset.getValue();
            if (k != null && k != model.kindsProperty().get()[model.filterProperty().get()]) model.usePreset(k);
        });
        Button minus = new Button("\u2212"), plus = new Button("+");
        minus.setId("colourBiasMinus");
        plus.setId("colourBiasPlus");
        minus.setOnAction(e -> model.nudgeBias(-1));
        plus.setOnAction(e -> model.nudgeBias(1));
        biasValue.setId("colourBias");
        HBox row = new HBox(8, photoLabel, photo, openOther, gap(), presetLabel, preset, biasValue, minus, plus);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Region gap() {
        Region r = new Region();
        r.setMinWidth(12);
        return r;
    }

    // the reason in the reader's words (English) goes to the tooltip; the sentence follows the language
    void open(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        problem.textProperty().unbind();
        problem.setVisible(false);
        problem.setManaged(false);
        photos.open(file, model::setPhoto, why -> {
            problem.textProperty().bind(i18n.bind("convstep.colour.openProblem", name));
            problem.setTooltip(new javafx.scene.control.Tooltip(why));
            problem.setVisible(true);
            problem.setManaged(true);
        });
    }

    // one column per channel: its plane under the window, × its kernel, = its sum; the sums add up with the bias
    private HBox stage() {
        HBox columns = new HBox(6);
        columns.getStyleClass().add("colour-channels");
        columns.setAlignment(Pos.BOTTOM_LEFT);
        for (int c = 0; c < 3; c++) {
            int channel = c;
            Label name = new Label();
            name.textProperty().bind(i18n.bind(CHANNEL_KEYS[c]));
            name.getStyleClass().addAll("channel-name", "channel-" + c);
            planes[c] = new CellGrid();
            planes[c].setId("colourPlane" + c);
            planes[c].setCellSizes(4, 4, 4);
            planes[c].setOnCellPress((r, q, e) -> model.jumpToInput(r, q));
            kernels[c] = new CellGrid();
            kernels[c].setId("colourKernel" + c);
            kernels[c].setCellSizes(26, 26, 28); // from 25 px a cell prints its weight
            kernels[c].setOnCellPress((r, q, e) -> {
                if (e.getEventType() == javafx.scene.input.MouseEvent.MOUSE_PRESSED) {
                    model.nudgeWeight(channel, r, q, e.getButton() == MouseButton.SECONDARY ? -1 : 1);
                }
            });
            kernels[c].setOnCellScroll((r, q, dir) -> model.nudgeWeight(channel, r, q, dir));
            Label times = new Label("\u00d7");
            times.getStyleClass().add("times");
            sums[c] = new Label();
            sums[c].getStyleClass().add("channel-sum");
            VBox column = new VBox(2, name, planes[c], times, kernels[c], sums[c]);
            column.setAlignment(Pos.TOP_CENTER);
            column.getStyleClass().add("channel-column");
            if (c > 0) columns.getChildren().add(plus());
            columns.getChildren().add(column);
        }
        columns.getChildren().addAll(plus(), biasSum);
        biasSum.getStyleClass().add("channel-sum");
        output.setId("colourOutput");
        output.setCellSizes(3, 5, 7);
        output.setOnCellPress((r, q, e) -> model.jumpToOutput(r, q));
        zText.setId("colourZ");
        zText.getStyleClass().add("colour-z");
        zText.setWrapText(true);
        zText.setMinHeight(Region.USE_PREF_SIZE);
        VBox out = StepperLook.panel(outputTitle, zText, output);
        out.setMinWidth(200);
        HBox.setHgrow(out, Priority.ALWAYS);
        return new HBox(16, columns, out);
    }

    private static Label plus() {
        Label l = new Label("+");
        l.getStyleClass().add("times");
        return l;
    }

    private void redraw() {
        ColourImage p = model.photoProperty().get();
        ConvGeometry g = model.geometry();
        int n = p.width() * p.height();
        for (int c = 0; c < 3; c++) {
            int[] argb = new int[n];
            int shift = 16 - 8 * c; // red, green or blue alone, black where the channel is 0
            for (int i = 0; i < n; i++) {
                int v = Math.round(Math.max(0, Math.min(1, p.planes()[c * n + i])) * 255);
                argb[i] = 0xff000000 | v << shift;
            }
            planes[c].setCells(p.height(), p.width(), argb);
        }
        float[] all = model.kernelsProperty().get();
        int f = model.filterProperty().get();
        // one colour scale for the filter's three kernels, so their weights compare
        MapColors kernelColours = MapColors.diverging(all, f * 75, f * 75 + 75);
        for (int c = 0; c < 3; c++) {
            float[] k = model.channelKernel(c);
            kernels[c].setCells(5, 5, kernelColours.argb(k, 0, k.length));
            kernels[c].setNumbers(k, 0);
        }
        float[] map = model.outputMap(f);
        output.setCells(g.outHeight(), g.outWidth(), MapColors.of(map, 0, map.length, false).argb(map, 0, map.length));
        outputTitle.setText(i18n.get("convstep.colour.outputTitle", f + 1, kindName(model.kindsProperty().get()[f]), g.outHeight(), g.outWidth()));
        biasValue.setText(i18n.get("convstep.colour.bias", Numbers.format(model.biasesProperty().get()[f])));
        preset.setValue(model.kindsProperty().get()[f]);
        Conv2DSpec spec = new Conv2DSpec(ColourSandboxModel.FILTERS, ColourFilters.SIZE, Activation.LINEAR);
        formula.setText(i18n.get("convstep.colour.formula", spec.formula(Shape.image(3, p.height(), p.width())).text()));
        strip();
        showStep();
    }

    // every filter's output, small; a click steps through that filter
    private void strip() {
        List<javafx.scene.Node> tiles = new ArrayList<>();
        ColourFilters.Kind[] kinds = model.kindsProperty().get();
        for (int f = 0; f < ColourSandboxModel.FILTERS; f++) {
            int filter = f;
            float[] map = model.outputMap(f);
            CellGrid thumb = new CellGrid();
            thumb.setCellSizes(1.5, 2, 2);
            thumb.setCells(28, 28, MapColors.of(map, 0, map.length, false).argb(map, 0, map.length));
            thumb.setOnCellPress((r, q, e) -> model.filterProperty().set(filter));
            Label caption = new Label((f + 1) + " " + kindName(kinds[f]));
            caption.getStyleClass().add("grid-caption");
            VBox tile = new VBox(2, thumb, caption);
            tile.getStyleClass().add("filter-thumb");
            tile.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), f == model.filterProperty().get());
            tile.setOnMouseClicked(e -> model.filterProperty().set(filter));
            tiles.add(tile);
        }
        filterStrip.getChildren().setAll(tiles);
    }

    private void showStep() {
        ConvStep s = model.stepProperty().get();
        if (s == null) return;
        ConvGeometry g = model.geometry();
        for (int c = 0; c < 3; c++) {
            planes[c].setMarks(List.of(new Mark(s.row(), s.column(), g.kernelH(), g.kernelW(), MarkStyle.FOCUS)));
            sums[c].setText("\u03a3 = " + Numbers.format(s.channelSums()[c]));
        }
        biasSum.setText(i18n.get("convstep.colour.bias", Numbers.format(s.bias())));
        output.setRevealed(s.row() * g.outWidth() + s.column() + 1);
        output.setMarks(List.of(Mark.cell(s.row(), s.column(), MarkStyle.FOCUS)));
        zText.setText(i18n.get("convstep.colour.z", Numbers.format(s.z())));
        List<String> texts = new ArrayList<>(), styles = new ArrayList<>();
        texts.add(i18n.get("convstep.colour.sumHead", s.row() + 1, s.column() + 1));
        styles.add("term-head");
        for (int c = 0; c < 3; c++) {
            if (c > 0) {
                texts.add(" + ");
                styles.add("op");
            }
            texts.add(Numbers.format(s.channelSums()[c]));
            styles.add("term");
        }
        texts.add(" + ");
        styles.add("op");
        texts.add(Numbers.format(s.bias()));
        styles.add("term");
        texts.add(" = ");
        styles.add("op");
        texts.add(Numbers.format(s.z()));
        styles.add("result");
        terms.set(texts, styles);
    }

    private String kindName(ColourFilters.Kind k) {
        return i18n.get("convstep.colour.kind." + k.name().toLowerCase(Locale.ROOT));
    }

    // a bundled photo by its caption in the UI's language (its file name if it has none), else "Your picture"
    private String photoName(Path item) {
        if (item == null) return i18n.get("convstep.colour.ownPhoto");
        String key = "convstep.colour.photo." + Photos.name(item);
        String text = i18n.get(key);
        return text.equals("!" + key + "!") ? Photos.name(item) : text;
    }

    private final class PhotoCell extends ListCell<Path> {
        @Override
        protected void updateItem(Path item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            textProperty().bind(Bindings.createStringBinding(() -> photoName(empty ? null : item), i18n.localeProperty()));
        }
    }

    private final class KindCell extends ListCell<ColourFilters.Kind> {
        @Override
        protected void updateItem(ColourFilters.Kind item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) setText(null);
            else textProperty().bind(Bindings.createStringBinding(() -> kindName(item), i18n.localeProperty()));
        }
    }
}
