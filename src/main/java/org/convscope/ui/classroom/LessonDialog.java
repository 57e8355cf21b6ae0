package org.convscope.ui.classroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.convscope.ui.common.I18n;

/**
 * The teacher ticks the views and control groups the lesson uses; OK hides the others. Every view
 * can go but one. The choice goes into the session file when the lesson is saved.
 */
final class LessonDialog {
    private final LessonPlan lesson;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Map<String, CheckBox> tabBoxes = new LinkedHashMap<>();
    private final Map<ControlGroup, CheckBox> groupBoxes = new LinkedHashMap<>();

    LessonDialog(LessonPlan lesson, I18n i18n, List<Tab> tabs) {
        this.lesson = lesson;
        dialog.setTitle(i18n.get("classroom.lesson.title"));
        dialog.getDialogPane().setId("lessonDialog");
        dialog.getDialogPane().getStyleClass().add("lesson-dialog");
        dialog.getDialogPane().getStylesheets().add(LessonDialog.class.getResource("classroom.css").toExternalForm());

        VBox views = column(i18n.get("classroom.lesson.tabs"));
        for (Tab t : tabs) {
            CheckBox box = new CheckBox(t.getText());
            box.setId("lessonTab-" + t.getId());
            box.setSelected(!lesson.hiddenTabs().contains(t.getId()));
            tabBoxes.put(t.getId(), box);
            views.getChildren().add(box);
        }
        VBox controls = column(i18n.get("classroom.lesson.controls"));
        for (ControlGroup g : ControlGroup.values()) {
            CheckBox box = new CheckBox(i18n.get(g.titleKey()));
            box.setId("lessonGroup-" + g.id());
            box.setWrapText(true);
            box.setMaxWidth(330);
            box.setSelected(!lesson.hiddenControls().contains(g));
            groupBoxes.put(g, box);
            controls.getChildren().add(box);
        }
        Label header = new Label(i18n.get("classroom.lesson.header"));
        header.getStyleClass().add("lesson-header");
        header.setMaxWidth(620);
        Label lastTab = new Label(i18n.get("classroom.lesson.lastTab"));
        lastTab.getStyleClass().add("lesson-warning");
        BooleanBinding noView = Bindings.createBooleanBinding(() -> tabBoxes.values().stream().noneMatch(CheckBox::isSelected),
                tabBoxes.values().stream().map(CheckBox::selectedProperty).toArray(javafx.beans.Observable[]::new));
        lastTab.visibleProperty().bind(noView);
        Button showAll = new Button(i18n.get("classroom.lesson.showAll"));
        showAll.setId("lessonShowAll");
        showAll.setOnAction(e -> {
            tabBoxes.values().forEach(b -> b.setSelected(true));
            groupBoxes.values().forEach(b -> b.setSelected(true));
        });

        VBox content = new VBox(8, header, new HBox(24, views, controls), new HBox(12, showAll, lastTab));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("lessonOk");
        // the stock button texts follow the JVM's locale, not the app's language
        ((Button) ok).setText(i18n.get("classroom.lesson.ok"));
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(i18n.get("classroom.lesson.cancel"));
        ok.disableProperty().bind(noView);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ButtonType.OK) apply();
        });
    }

    private static VBox column(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("lesson-column-title");
        VBox box = new VBox(l);
        box.getStyleClass().add("lesson-column");
        return box;
    }

    private void apply() {
        List<String> hiddenTabs = new ArrayList<>();
        tabBoxes.forEach((id, box) -> {
            if (!box.isSelected()) hiddenTabs.add(id);
        });
        List<ControlGroup> hiddenGroups = new ArrayList<>();
        groupBoxes.forEach((g, box) -> {
            if (!box.isSelected()) hiddenGroups.add(g);
        });
        lesson.set(hiddenTabs, hiddenGroups);
    }

    /** Shows the dialog without waiting (the frame timer and training go on); OK applies it. */
    void show(Window owner) {
        if (owner != null) dialog.initOwner(owner);
        dialog.show();
    }
}
