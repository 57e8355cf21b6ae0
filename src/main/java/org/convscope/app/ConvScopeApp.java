package org.convscope.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.convscope.ui.common.FrameMonitor;
import org.convscope.ui.common.FxLater;
import org.convscope.ui.common.FxTaskRunner;
import org.convscope.ui.common.I18n;
import org.convscope.ui.shell.MainViewModel;
import org.convscope.ui.shell.MainWindow;
import org.convscope.ui.training.TrainingViewModel;

/** The desktop application: builds the window and shuts training down cleanly when it closes. */
public final class ConvScopeApp extends Application {
    /**
     * How long closing may wait for training to stop and a save to land: the app is gone within 2 s (the JVM's
     * own exit takes up to 0.4 s more). A batch in the first seconds, before the JIT has compiled the kernels,
     * can take longer than this; the training thread is a daemon and is left to die with the app.
     */
    static final long CLOSE_MILLIS = 1200;
    private FxTaskRunner tasks;
    private MainViewModel vm;
    private MainWindow window;

    static void launchApp(String[] args) {
        Application.launch(ConvScopeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartupClock.mark("fx start");
        WindowPriority.raise(); // first: threads started from here inherit it (see there)
        String lang = System.getProperty("convscope.lang");
        I18n i18n = new I18n(lang != null ? Locale.forLanguageTag(lang) : Locale.getDefault());
        tasks = new FxTaskRunner();
        vm = new MainViewModel(i18n, tasks, TrainingViewModel.create(tasks));
        StartupClock.mark("view-models built");
        // before the first control is made: else JavaFX parses its default theme (Modena) for nothing
        applyTheme(vm.darkThemeProperty().get());
        StartupClock.mark("theme applied");
        window = new MainWindow(vm, true);
        StartupClock.mark("window built");
        show(stage, window, vm, true);
        window.focusStart();
        window.buildFirstViewAfterFirstFrame();
        vm.setOnQuit(stage::close);
        String tab = System.getProperty("convscope.tab"); // e.g. drawpadTab: open a lesson on its view
        if (tab != null) {
            window.tabs().getTabs().stream().filter(t -> tab.equals(t.getId())).findFirst()
                    .ifPresent(t -> window.tabs().getSelectionModel().select(t));
        }
        if (getParameters().getRaw().size() == 1) vm.files().open(java.nio.file.Path.of(getParameters().getRaw().get(0)));
        String autostart = System.getProperty("convscope.autostart");
        if (autostart != null) {
            // for demos and measurements: start training after the window has settled
            double delay = autostart.isBlank() || autostart.equals("true") ? 0 : Double.parseDouble(autostart);
            Integer epochs = Integer.getInteger("convscope.epochs"); // bench/appspeed.sh trains long enough for a steady state
            if (epochs != null) vm.training().epochsProperty().set(epochs);
            FxLater.after(Math.round(delay * 1000), () -> vm.training().startOrPause());
        }
        if (System.getProperty("convscope.class") != null) startClassMode();
        if (FrameMonitor.enabled()) ReadyProbe.start(vm.training(), tasks);
        if (Boolean.getBoolean("convscope.soak")) SoakDriver.start(vm, window.tabs());
        String closeAfter = System.getProperty("convscope.closeAfter");
        if (closeAfter != null) {
            // for kiosks, timed demos and soak runs: the window closes as if the user closed it
            FxLater.after(Math.round(Double.parseDouble(closeAfter) * 1000), () -> {
                StartupClock.mark("closing");
                stage.close();
            });
        }
        // then, with the window complete, the kernels are compiled for a quick first Start
        window.buildViewsWhenIdle(javafx.util.Duration.seconds(1), vm.training()::warmUp);
        window.help().startTourOnFirstRun(); // once per user, or as -Dconvscope.tour=always|never says
        if (FrameMonitor.enabled()) {
            if (FrameMonitor.heartbeatEnabled()) {
                new FrameMonitor(() -> vm.training().imagesPerSecondProperty().get(), 10).start(stage.getScene());
            }
            vm.training().lastEpochProperty().addListener((o, a, m) -> {
                if (m != null) System.out.printf(Locale.ROOT, "epoch %d: train loss %.4f accuracy %.4f, test loss %.4f accuracy %.4f, %.0f images/s%n",
                        m.epoch() + 1, m.trainLoss(), m.trainAccuracy(), m.testLoss(), m.testAccuracy(), m.imagesPerSecond());
            });
        }
    }

    /**
     * -Dconvscope.class=PORT (kiosks, tests, the load script): class mode from the start, on that port, on the
     * local-network address or -Dconvscope.class.host (an IP address); the address and the join code go to standard output.
     */
    private void startClassMode() {
        int port = Integer.parseInt(System.getProperty("convscope.class").trim());
        java.net.InetAddress host = org.convscope.ui.classmode.ClassModeViewModel.host();
        var classMode = vm.classMode();
        if (classMode.start(host, port)) {
            var a = classMode.addressProperty().get();
            System.out.println("class mode: " + a.url() + " join code " + a.code());
            vm.selectedTabProperty().set("classTab");
            if (FrameMonitor.enabled()) {
                // for the load script: every drawing answered must reach the gallery
                javafx.animation.Timeline count = new javafx.animation.Timeline(new javafx.animation.KeyFrame(javafx.util.Duration.seconds(5),
                        e -> System.out.println("class mode: " + classMode.drawings().size() + " drawings in the gallery")));
                count.setCycleCount(javafx.animation.Animation.INDEFINITE);
                count.play();
            }
        } else {
            System.out.println("class mode: could not start: " + classMode.problemProperty().get());
        }
    }

    /** Puts {@code window} in {@code stage} with the theme and style sheets; also used by tests. */
    public static Scene show(Stage stage, MainWindow window, MainViewModel vm) {
        return show(stage, window, vm, false);
    }

    // paintFirst: the app's own window, painted offscreen once before it shows
    private static Scene show(Stage stage, MainWindow window, MainViewModel vm, boolean paintFirst) {
        applyTheme(vm.darkThemeProperty().get());
        vm.darkThemeProperty().addListener((o, a, dark) -> applyTheme(dark));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        scene.getStylesheets().add(ConvScopeApp.class.getResource("/org/convscope/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.sizeToScene(); // a reused stage (tests) keeps its old size and place otherwise
        stage.setX(screen.getMinX() + Math.max(0, (screen.getWidth() - scene.getWidth()) / 2));
        stage.setY(screen.getMinY() + Math.max(0, (screen.getHeight() - scene.getHeight()) / 2));
        stage.titleProperty().bind(vm.i18n().bind("app.title"));
        if (stage.getIcons().isEmpty()) {
            stage.getIcons().add(new javafx.scene.image.Image(ConvScopeApp.class.getResourceAsStream("icon.png")));
        }
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.setOnHidden(e -> {
            window.dispose();
            vm.shutdown(CLOSE_MILLIS);
        });
        if (paintFirst) {
            // the window's first frame, painted by a cold renderer (fonts rasterized, Prism's code run for the first
            // time), kept the window's thread waiting 150-250 ms in the first pulses after show, a frame gap in every
            // start; painted once offscreen first (after the styling and layout show would do anyway), the frames on
            // screen come in time from the first, and the window shows about as soon (4 alternated starts: a gap of
            // 144-171 ms each without, none in 3 of 4 with)
            scene.snapshot(null);
            StartupClock.mark("painted offscreen");
        }
        stage.show();
        StartupClock.mark("stage shown");
        javafx.application.Platform.runLater(() -> StartupClock.mark("first pulse after show"));
        return scene;
    }

    private static void applyTheme(boolean dark) {
        String sheet = dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        if (!sheet.equals(Application.getUserAgentStylesheet())) Application.setUserAgentStylesheet(sheet);
    }

    @Override
    public void stop() {
        if (vm != null) vm.shutdown(CLOSE_MILLIS);
        if (tasks != null) tasks.close();
        Platform.exit();
    }
}
