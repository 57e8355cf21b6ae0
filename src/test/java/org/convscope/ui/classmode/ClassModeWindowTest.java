package org.convscope.ui.classmode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import org.convscope.classmode.Pngs;
import org.convscope.ui.common.I18n;
import org.convscope.ui.inspect.ProbeModel;
import org.convscope.ui.shell.WindowFixture;
import org.convscope.ui.shell.WindowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** File ▸ Class mode and the "Our drawings" view in the whole window: start and stop, the language, a drawing, its menu, hiding, closing. */
class ClassModeWindowTest extends WindowTest {
    private final FxRobot robot = new FxRobot();
    private final HttpClient http = HttpClient.newHttpClient();
    private String hostBefore;

    @BeforeEach
    void onLoopback() {
        hostBefore = System.setProperty("convscope.class.host", "127.0.0.1"); // never a real interface in a test
    }

    @AfterEach
    void restoreHost() {
        if (hostBefore == null) System.clearProperty("convscope.class.host");
        else System.setProperty("convscope.class.host", hostBefore);
    }

    private CheckMenuItem menuItem() {
        MenuBar bar = (MenuBar) app.window.getTop();
        return (CheckMenuItem) bar.getMenus().get(0).getItems().stream().filter(i -> "menuClassMode".equals(i.getId())).findFirst().orElseThrow();
    }

    private int send(String name, int label) throws Exception {
        var a = app.vm.classMode().addressProperty().get();
        String body = new ObjectMapper().createObjectNode().put("code", a.code()).put("image", Pngs.dataUrl(Pngs.seven(280)))
                .put("name", name).put("label", label).toString();
        return http.send(HttpRequest.newBuilder(URI.create(a.url()).resolve("/api/drawings")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void theFileMenuStartsClassModeAndShowsTheAddressAndCode() throws Exception {
        robot.interact(() -> menuItem().fire());
        assertTrue(app.vm.classMode().runningProperty().get());
        assertTrue(menuItem().isSelected());
        assertEquals("classTab", selectedTab());
        var a = app.vm.classMode().addressProperty().get();
        WindowFixture.waitFor(() -> robot.lookup("#classCode").tryQuery().isPresent(), "the view is built");
        assertEquals(a.url(), robot.lookup("#classUrl").queryAs(Label.class).getText());
        assertEquals(a.code(), robot.lookup("#classCode").queryAs(Label.class).getText());
        assertTrue(a.url().startsWith("http://127.0.0.1:"));
        robot.interact(() -> menuItem().fire());
        assertFalse(app.vm.classMode().runningProperty().get());
        assertFalse(menuItem().isSelected());
        assertThrows(IOException.class, () -> http.send(HttpRequest.newBuilder(URI.create(a.url())).build(), HttpResponse.BodyHandlers.ofString()));

        // and in Korean
        robot.interact(() -> app.vm.i18n().localeProperty().set(I18n.KOREAN));
        assertEquals("우리 반 그림", tabs().getSelectionModel().getSelectedItem().getText());
        assertEquals("수업 모드 시작", robot.lookup("#classStartStop").queryAs(javafx.scene.control.Button.class).getText());
        assertEquals("수업 모드 (교실 네트워크)", menuItem().getText());
        robot.interact(() -> app.vm.i18n().localeProperty().set(Locale.ENGLISH));
    }

    @Test
    void aDrawingOpensInFeatureMapsAndExplainAndCanBeHiddenAndClosingTheWindowStopsTheServer() throws Exception {
        robot.interact(() -> menuItem().fire());
        assertEquals(200, send("Mina", 7));
        WindowFixture.waitFor(() -> robot.lookup("#classDrawing1").tryQuery().isPresent(), "the drawing is shown");
        robot.clickOn("#classDrawing1");
        robot.clickOn("#classOpenMaps");
        assertEquals("featuremapsTab", selectedTab());
        ProbeModel probe = app.vm.probe();
        assertEquals(ProbeModel.Source.DRAWING, probe.sourceProperty().get());
        assertArrayEquals(app.vm.classMode().drawings().get(0).drawing().input().pixels(), probe.drawingProperty().get());

        selectTab(robot, "classTab");
        robot.clickOn("#classDrawing1");
        robot.clickOn("#classOpenExplain");
        assertEquals("explainTab", selectedTab());

        selectTab(robot, "classTab");
        robot.clickOn("#classDrawing1");
        robot.clickOn("#classHide");
        WindowFixture.waitFor(() -> robot.lookup("#classDrawing1").tryQuery().isEmpty(), "the hidden drawing is gone");
        assertEquals("No drawings yet, 1 hidden", robot.lookup("#classStatus").queryAs(Label.class).getText());
        robot.clickOn("#classShowHidden");
        WindowFixture.waitFor(() -> robot.lookup("#classDrawing1").tryQuery().isPresent(), "it is back");

        // closing the window stops the server
        String url = app.vm.classMode().addressProperty().get().url();
        robot.interact(() -> app.stage.close());
        assertFalse(app.vm.classMode().runningProperty().get());
        assertThrows(IOException.class, () -> http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()));
    }
}
