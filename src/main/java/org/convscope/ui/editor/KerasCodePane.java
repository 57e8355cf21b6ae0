package org.convscope.ui.editor;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.convscope.ui.common.BuildSteps;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Icons;

/**
 * The draft as a program, updated with every change, in two tabs: the course's Keras program
 * (the part that builds and trains the model, the whole program on request) and the PyTorch
 * program (whole). Copy always takes the whole program of the tab shown, ready to run.
 */
final class KerasCodePane extends VBox {

    KerasCodePane(EditorViewModel vm) {
        I18n i18n = vm.i18n();
        getStyleClass().add("keras-pane");
        BuildSteps.splittable(this); // made ahead of need, its code tabs (two text areas) go in as a part of their own
        CheckBox whole = new CheckBox();
        whole.setId("wholeProgram");
        whole.textProperty().bind(i18n.bind("editor.keras.whole"));

        TextArea keras = code("kerasCode");
        keras.textProperty().bind(Bindings.when(whole.selectedProperty()).then(vm.kerasCode()).otherwise(vm.kerasCore()));
        TextArea pytorch = code("pytorchCode");
        pytorch.textProperty().bind(vm.pytorchCode());
        Tab kerasTab = new Tab("Keras", keras);
        kerasTab.setId("kerasTab");
        Tab pytorchTab = new Tab("PyTorch", pytorch);
        pytorchTab.setId("pytorchTab");
        TabPane tabs = new TabPane(kerasTab, pytorchTab);
        tabs.setId("codeTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("code-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        BooleanBinding showingPytorch = tabs.getSelectionModel().selectedItemProperty().isEqualTo(pytorchTab);

        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.when(showingPytorch).then(i18n.bind("editor.pytorch.title")).otherwise(i18n.bind("editor.keras.title")));
        Label copied = new Label();
        copied.getStyleClass().add("muted");
        Button copy = new Button(null, Icons.of(Icons.COPY));
        copy.setId("copyKeras");
        copy.textProperty().bind(i18n.bind("editor.keras.copy"));
        PauseTransition fade = new PauseTransition(Duration.seconds(2));
        fade.setOnFinished(e -> copied.setText(""));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(showingPytorch.get() ? vm.pytorchCode().get() : vm.kerasCode().get());
            Clipboard.getSystemClipboard().setContent(content);
            copied.setText(i18n.get("editor.keras.copied"));
            fade.playFromStart();
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, title, gap, copied, copy);
        head.setAlignment(Pos.CENTER_LEFT);

        Label note = new Label();
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.textProperty().bind(Bindings.when(showingPytorch).then(i18n.bind("editor.pytorch.note")).otherwise(i18n.bind("editor.keras.note")));
        whole.visibleProperty().bind(showingPytorch.not()); // the PyTorch tab always shows the whole program
        whole.managedProperty().bind(whole.visibleProperty());
        getChildren().addAll(head, note, whole, tabs);
        setSpacing(6);
    }

    private static TextArea code(String id) {
        TextArea code = new TextArea();
        code.setId(id);
        code.getStyleClass().add("keras-code");
        code.setEditable(false);
        code.setWrapText(true); // a long line stays readable in a narrow pane; copying keeps the real lines
        VBox.setVgrow(code, Priority.ALWAYS);
        return code;
    }
}
