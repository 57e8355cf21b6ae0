package org.convscope.ui.classmode;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Icons;
import org.convscope.ui.common.TreeVisible;
import org.convscope.ui.inspect.ProbeModel;

/**
 * "Our drawings", for the projector: how to join (the address, its QR code and the join code, for this room's
 * network only), the class's drawings sorted by the network's answer, and beside them how well it reads the
 * class's handwriting. A drawing opens in Feature maps or Explain as the probe image.
 */
public final class ClassModeView extends BorderPane {
    private final ClassModeViewModel vm;
    private final I18n i18n;
    private final ProbeModel probe;
    private final StringProperty selectedTab;
    private final QrCanvas qr = new QrCanvas(168);
    private final Label url = new Label();
    private final Label code = new Label();
    private final Label reach = new Label();
    private final Label status = new Label();
    private final Gallery gallery;

    /**
     * @param probe       the inside-the-network views' image: a clicked drawing becomes it
     * @param selectedTab the window's tab on screen, to go to Feature maps or Explain
     */
    public ClassModeView(ClassModeViewModel vm, ProbeModel probe, StringProperty selectedTab, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.probe = probe;
        this.selectedTab = selectedTab;
        getStyleClass().add("class-view");
        getStylesheets().add(ClassModeView.class.getResource("classmode.css").toExternalForm());
        gallery = new Gallery(i18n);
        gallery.setOnAction(this::act);

        setTop(header());
        ScrollPane scroll = new ScrollPane(gallery);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("class-gallery-scroll", "edge-to-edge");
        setCenter(scroll);
        ScrollPane side = new ScrollPane(new ScorePanel(vm, i18n));
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.getStyleClass().addAll("class-side", "edge-to-edge");
        setRight(side);
        status.getStyleClass().add("class-status");
        status.setId("classStatus");
        setBottom(status);

        vm.drawings().addListener((javafx.collections.ListChangeListener<ClassDrawing>) this::drawingsChanged);
        vm.addressProperty().addListener((o, a, b) -> {
            if (b != null) qr.show(b.qr());
            refresh();
        });
        vm.runningProperty().addListener((o, a, b) -> refresh());
        vm.problemProperty().addListener((o, a, b) -> refresh());
        vm.savedProperty().addListener((o, a, b) -> refresh());
        i18n.localeProperty().addListener((o, a, b) -> refresh());
        vm.activeProperty().bind(TreeVisible.of(this));
        if (vm.addressProperty().get() != null) qr.show(vm.addressProperty().get().qr());
        gallery.show(vm.drawings());
        refresh();
    }

    // arrivals are appended to their columns; anything else (hidden, answers changed, cleared) lays the gallery out again
    private void drawingsChanged(javafx.collections.ListChangeListener.Change<? extends ClassDrawing> c) {
        List<ClassDrawing> arrived = new ArrayList<>();
        boolean whole = false;
        while (c.next()) {
            if (c.wasPermutated() || c.wasUpdated() || c.wasRemoved()) whole = true;
            else if (c.wasAdded()) arrived.addAll(c.getAddedSubList());
        }
        if (whole) gallery.show(vm.drawings());
        else gallery.added(arrived);
        refresh();
    }

    private Region header() {
        url.setId("classUrl");
        url.getStyleClass().add("class-url");
        code.setId("classCode");
        code.getStyleClass().add("class-code");
        reach.getStyleClass().add("class-muted");
        reach.setWrapText(true);
        Label scan = new Label();
        scan.textProperty().bind(i18n.bind("classmode.scan"));
        scan.getStyleClass().add("class-muted");
        Label codeLabel = new Label();
        codeLabel.textProperty().bind(i18n.bind("classmode.code"));
        codeLabel.getStyleClass().add("class-code-label");
        HBox codeRow = new HBox(12, codeLabel, code);
        codeRow.setAlignment(Pos.BASELINE_LEFT);
        VBox join = new VBox(4, scan, url, codeRow, reach);
        join.setId("classJoin");
        HBox.setHgrow(join, Priority.ALWAYS);

        Button start = new Button();
        start.setId("classStartStop");
        start.textProperty().bind(Bindings.when(vm.runningProperty()).then(i18n.bind("classmode.stop")).otherwise(i18n.bind("classmode.start")));
        start.graphicProperty().bind(Bindings.createObjectBinding(() -> Icons.of(vm.runningProperty().get() ? Icons.STOP : Icons.PLAY), vm.runningProperty()));
        start.setOnAction(e -> {
            if (vm.runningProperty().get()) vm.stop();
            else vm.start();
        });
        Button save = button("classmode.save", Icons.SAVE, "classSave");
        save.setOnAction(e -> save());
        Button showHidden = button("classmode.showHidden", null, "classShowHidden");
        showHidden.setOnAction(e -> vm.showHidden());
        Button clear = button("classmode.clear", Icons.DELETE, "classClear");
        clear.setOnAction(e -> vm.clear());
        save.disableProperty().bind(Bindings.isEmpty(vm.drawings()).or(vm.busyProperty()));
        clear.disableProperty().bind(Bindings.isEmpty(vm.drawings()).or(vm.busyProperty()));
        showHidden.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.drawings().stream().noneMatch(ClassDrawing::hidden), vm.drawings()));
        VBox buttons = new VBox(6, start, save, showHidden, clear);
        buttons.getStyleClass().add("class-buttons");
        for (var n : buttons.getChildren()) ((Button) n).setMaxWidth(Double.MAX_VALUE);

        HBox header = new HBox(16, qr, join, buttons);
        header.getStyleClass().add("class-header");
        header.setId("classHeader");
        return header;
    }

    private Button button(String key, String icon, String id) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(i18n.bind(key));
        if (icon != null) b.setGraphic(Icons.of(icon));
        return b;
    }

    private void refresh() {
        ClassModeViewModel.Address a = vm.addressProperty().get();
        boolean on = vm.runningProperty().get();
        qr.setVisible(a != null && on);
        qr.setManaged(a != null && on);
        url.setText(a != null && on ? a.url() : "");
        code.setText(a != null && on ? a.code() : "");
        if (!on) reach.setText(i18n.get(a == null ? "classmode.off" : "classmode.stopped"));
        else reach.setText(i18n.get(a.loopbackOnly() ? "classmode.loopback" : "classmode.lan"));
        url.setVisible(on);
        url.setManaged(on);
        code.getParent().setVisible(on);
        code.getParent().setManaged(on);

        long hidden = vm.drawings().stream().filter(ClassDrawing::hidden).count();
        StringBuilder s = new StringBuilder(i18n.get("classmode.count", vm.drawings().size() - hidden));
        if (hidden > 0) s.append(i18n.get("classmode.hiddenCount", hidden));
        if (vm.problemProperty().get() != null) s.append("   ").append(i18n.get("classmode.problem", vm.problemProperty().get()));
        else if (vm.savedProperty().get() != null) s.append("   ").append(i18n.get("classmode.saved", vm.savedProperty().get()));
        status.setText(s.toString());
        status.getStyleClass().remove("class-status-problem");
        if (vm.problemProperty().get() != null) status.getStyleClass().add("class-status-problem");
    }

    private void act(ClassDrawing d, Gallery.Action action) {
        switch (action) {
            case HIDE -> vm.setHidden(d.number(), true);
            case FEATURE_MAPS, EXPLAIN -> {
                probe.drawingProperty().set(d.drawing().input().pixels().clone());
                probe.sourceProperty().set(ProbeModel.Source.DRAWING);
                selectedTab.set(action == Gallery.Action.EXPLAIN ? "explainTab" : "featuremapsTab");
            }
        }
    }

    private void save() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.get("classmode.save.title"));
        File dir = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (dir != null) vm.save(dir.toPath());
    }
}
