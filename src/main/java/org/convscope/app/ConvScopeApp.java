package org.convscope.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The desktop application. */
public final class ConvScopeApp extends Application {

    static void launchApp(String[] args) {
        Application.launch(ConvScopeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        BorderPane root = new BorderPane(new Label("ConvScope"));
        stage.setTitle("ConvScope");
        stage.setScene(new Scene(root, 1280, 720));
        stage.show();
    }
}
