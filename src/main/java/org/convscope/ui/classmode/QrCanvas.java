package org.convscope.ui.classmode;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** The QR code of the student page, dark modules on white whatever the theme (phones read it so). */
final class QrCanvas extends Canvas {
    QrCanvas(double size) {
        super(size, size);
        getStyleClass().add("class-qr");
    }

    void show(boolean[][] modules) {
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        if (modules == null || modules.length == 0) return;
        // whole pixels per module, centred: a blurred edge between modules can defeat a phone's reader
        int n = modules.length;
        int cell = Math.max(1, (int) Math.floor(getWidth() / n));
        double off = Math.floor((getWidth() - cell * n) / 2);
        g.setFill(Color.BLACK);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) if (modules[y][x]) g.fillRect(off + x * cell, off + y * cell, cell, cell);
        }
    }
}
