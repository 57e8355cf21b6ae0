package org.convscope.ui.learned;

import java.util.function.IntConsumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.TreeVisible;

/**
 * "What it learned": feature visualization (the image each class or filter likes most) and the embedding map
 * (how the test images lie in a flat layer, the classes coming apart as the network learns), one at a time behind
 * a small switch. Only the part on screen works.
 */
public final class LearnedView extends BorderPane {
    private static final String STYLESHEET = "/org/convscope/ui/learned/learned.css";

    private final LearnedViewModel vm;
    private final I18n i18n;
    private final DreamPane dream;
    private final EmbeddingPane embedding;
    private final ToggleButton dreamButton = new ToggleButton(), mapButton = new ToggleButton();
    private final Label title = new Label();

    public LearnedView(LearnedViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        getStyleClass().add("learned-view");
        setId("learnedView");
        getStylesheets().add(LearnedView.class.getResource(STYLESHEET).toExternalForm());
        dream = new DreamPane(vm.dream(), i18n);
        embedding = new EmbeddingPane(vm.embedding(), i18n);
        dream.visibleProperty().bind(vm.partProperty().isEqualTo(LearnedViewModel.Part.DREAM));
        embedding.visibleProperty().bind(vm.partProperty().isEqualTo(LearnedViewModel.Part.EMBEDDING));
        dream.managedProperty().bind(dream.visibleProperty());
        embedding.managedProperty().bind(embedding.visibleProperty());
        vm.dream().activeProperty().bind(TreeVisible.of(dream));
        vm.embedding().activeProperty().bind(TreeVisible.of(embedding));

        ToggleGroup group = new ToggleGroup();
        dreamButton.setId("learnedDream");
        mapButton.setId("learnedMap");
        dreamButton.setToggleGroup(group);
        mapButton.setToggleGroup(group);
        dreamButton.getStyleClass().add("left-pill");
        mapButton.getStyleClass().add("right-pill");
        dreamButton.setOnAction(e -> vm.partProperty().set(LearnedViewModel.Part.DREAM));
        mapButton.setOnAction(e -> vm.partProperty().set(LearnedViewModel.Part.EMBEDDING));
        vm.partProperty().addListener((o, a, p) -> selectPart());
        title.getStyleClass().add("learned-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(vm.partProperty().get() == LearnedViewModel.Part.DREAM
                ? "learned.dream.title" : "learned.embedding.title"), vm.partProperty(), i18n.localeProperty()));
        HBox bar = new HBox(14, new HBox(dreamButton, mapButton), title);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("learned-switch");
        setTop(bar);
        setCenter(new StackPane(dream, embedding));
        i18n.localeProperty().addListener((o, a, b) -> refreshTexts());
        selectPart();
        refreshTexts();
    }

    /** Where a clicked image of the map goes: its index in the test set, into Feature maps or Explain. */
    public LearnedView withRoutes(IntConsumer onFeatureMaps, IntConsumer onExplain) {
        embedding.setRoutes(onFeatureMaps, onExplain);
        return this;
    }

    /** Shows one part: the dream gallery or the embedding map. */
    public void showPart(LearnedViewModel.Part part) {
        vm.partProperty().set(part);
    }

    private void selectPart() {
        dreamButton.setSelected(vm.partProperty().get() == LearnedViewModel.Part.DREAM);
        mapButton.setSelected(vm.partProperty().get() == LearnedViewModel.Part.EMBEDDING);
    }

    private void refreshTexts() {
        dreamButton.setText(i18n.get("learned.part.dream"));
        mapButton.setText(i18n.get("learned.part.embedding"));
    }

    public LearnedViewModel viewModel() {
        return vm;
    }

    DreamPane dreamPane() {
        return dream;
    }

    EmbeddingPane embeddingPane() {
        return embedding;
    }
}
