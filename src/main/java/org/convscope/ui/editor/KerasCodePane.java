package org.convscope.ui.editor;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Icons;

/**
 * The draft as the course's Keras program, updated with every change. It shows the part that
 * builds and trains the model (the whole program on request); Copy always takes the whole
 * program, ready to run.
 */
final class KerasCodePane extends VBox {
    private final TextArea code = new TextArea();

    KerasCodePane(EditorViewModel vm) {
        I18n i18n = vm.i18n();
        getStyleClass().add("keras-pane");
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(i18n.bind("editor.keras.title"));
        Label copied = new Label();
        copied.getStyleClass().add("muted");
        Button copy = new Button(null, Icons.of(Icons.COPY));
        copy.setId("copyKeras");
        copy.textProperty().bind(i18n.bind("editor.keras.copy"));
        PauseTransition fade = new PauseTransition(Duration.seconds(2));
        fade.setOnFinished(e -> copied.setText(""));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.kerasCode().get());
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
        note.textProperty().bind(i18n.bind("editor.keras.note"));
        CheckBox whole = new CheckBox();
        whole.setId("wholeProgram");
        whole.textProperty().bind(i18n.bind("editor.keras.whole"));

        code.setId("kerasCode");
        code.getStyleClass().add("keras-code");
        code.setEditable(false);
        code.setWrapText(true); // a long model.add(...) line stays readable in a narrow pane; copying keeps the real lines
        code.textProperty().bind(Bindings.when(whole.selectedProperty()).then(vm.kerasCode()).otherwise(vm.kerasCore()));
        VBox.setVgrow(code, Priority.ALWAYS);
        getChildren().addAll(head, note, whole, code);
        setSpacing(6);
    }
}
