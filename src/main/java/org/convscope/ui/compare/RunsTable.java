package org.convscope.ui.compare;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.convscope.engine.layer.spec.ParamFormula;
import org.convscope.training.Run;
import org.convscope.ui.common.Formats;
import org.convscope.ui.common.I18n;

/**
 * The runs as a table: shown or not, colour and name, architecture, data, optimizer, then the
 * figures the course's claims are about: parameters, time, images/s, best test accuracy and the
 * final train − test gap.
 */
final class RunsTable extends TableView<RunRow> {
    private final CompareViewModel vm;
    private final I18n i18n;

    RunsTable(CompareViewModel vm) {
        super(vm.rows());
        this.vm = vm;
        this.i18n = vm.i18n();
        setId("runsTable");
        getStyleClass().add("runs-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        placeholderProperty().set(placeholder());
        TableColumn<RunRow, RunRow> name = new TableColumn<>();
        name.textProperty().bind(i18n.bind("compare.col.run"));
        name.setCellValueFactory(c -> Bindings.createObjectBinding(c::getValue));
        name.setCellFactory(c -> new NameCell());
        name.setPrefWidth(165);
        getColumns().add(name);
        getColumns().add(text("compare.col.architecture", r -> r.spec().toCompact(), 185));
        getColumns().add(text("compare.col.data", this::data, 120));
        getColumns().add(text("compare.col.optimizer", r -> r.settings().optimizer().kind().name().charAt(0)
                + r.settings().optimizer().kind().name().substring(1).toLowerCase(Locale.ROOT) + " "
                + Formats.rate(r.settings().optimizer().learningRate()), 90));
        getColumns().add(number("compare.col.params", r -> ParamFormula.group(r.params())));
        getColumns().add(number("compare.col.time", r -> Double.isFinite(r.seconds()) ? String.format(Locale.ROOT, "%.1f s", r.seconds()) : "–"));
        getColumns().add(number("compare.col.speed", r -> Formats.count(r.imagesPerSecond())));
        getColumns().add(number("compare.col.best", r -> Formats.percent(r.bestTestAccuracy())));
        TableColumn<RunRow, String> gap = number("compare.col.gap", r -> Double.isFinite(r.finalGap())
                ? String.format(Locale.ROOT, "%+.1f pt", 100 * r.finalGap()) : "–");
        Label gapHeader = new Label(); // the header explains itself on hover
        gapHeader.textProperty().bind(i18n.bind("compare.col.gap"));
        javafx.scene.control.Tooltip why = new javafx.scene.control.Tooltip();
        why.textProperty().bind(i18n.bind("compare.hint"));
        why.setWrapText(true);
        why.setMaxWidth(360);
        gapHeader.setTooltip(why);
        gap.textProperty().unbind();
        gap.setText(null);
        gap.setGraphic(gapHeader);
        getColumns().add(gap);
    }

    private Label placeholder() {
        Label l = new Label();
        l.textProperty().bind(i18n.bind("compare.empty"));
        l.setWrapText(true);
        l.getStyleClass().add("hint");
        return l;
    }

    private String data(Run r) {
        String set = org.convscope.data.DatasetKind.find(r.dataset()).map(org.convscope.data.DatasetKind::displayName).orElse(r.dataset());
        return r.settings().subset() ? i18n.get("compare.subsetOf", set, ParamFormula.group(r.settings().limit()))
                : i18n.get("compare.wholeSet", set);
    }

    private TableColumn<RunRow, String> text(String key, Function<Run, String> value, double width) {
        TableColumn<RunRow, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(cell -> Bindings.createStringBinding(() -> value.apply(cell.getValue().run().get()),
                cell.getValue().run(), i18n.localeProperty()));
        c.setPrefWidth(width);
        return c;
    }

    private TableColumn<RunRow, String> number(String key, Function<Run, String> value) {
        TableColumn<RunRow, String> c = text(key, value, 74);
        c.getStyleClass().add("number-column");
        return c;
    }

    /** Shown or not, the run's colour, its name. */
    private final class NameCell extends TableCell<RunRow, RunRow> {
        private final CheckBox shown = new CheckBox();
        private final Region swatch = new Region();
        private final Label name = new Label();
        private final HBox box = new HBox(6, shown, swatch, name);
        private RunRow bound;

        NameCell() {
            box.setAlignment(Pos.CENTER_LEFT);
            swatch.getStyleClass().add("run-swatch");
            shown.setFocusTraversable(false);
        }

        @Override
        protected void updateItem(RunRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                shown.selectedProperty().unbindBidirectional(bound.shown());
                swatch.getStyleClass().remove(bound.colourClass());
                name.textProperty().unbind();
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            bound = row;
            shown.selectedProperty().bindBidirectional(row.shown());
            swatch.getStyleClass().add(row.colourClass());
            name.textProperty().bind(Bindings.createStringBinding(() -> vm.nameOf(row.run().get()), row.run(), i18n.localeProperty()));
            setGraphic(box);
        }
    }
}
