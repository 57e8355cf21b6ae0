package org.convscope.ui.classmode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.convscope.data.DatasetKind;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.SavedModel;
import org.convscope.ui.shell.WindowFixture;
import org.convscope.ui.shell.WindowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.testfx.api.FxRobot;

/**
 * Class mode end to end in a real browser: Debian's chromium, driven by its chromedriver (Selenium), opens the
 * student page of the app's class-mode server (the whole window, in this JVM, on Monocle) at a phone's size,
 * draws a 7 with pointer actions, chooses "I meant: 7" and a nickname, presses Send, and reads the answer on
 * the page; the same drawing is then found in the projector view's column of that answer, with its name.
 *
 * <p>With {@code -Dconvscope.screenshots=DIR} it also saves the page in English and in Korean (DIR/classmode-page-*.png).
 */
class ClassModeBrowserTest extends WindowTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path APT_GET = Path.of("/usr/bin/apt-get");
    private final FxRobot robot = new FxRobot();
    private Path profile;
    private ChromeDriver browser;

    /**
     * On Debian (or Ubuntu) a missing browser is a failure: {@code .ci/run} installs it. Only where Debian's
     * packages cannot exist at all (no apt-get: a Mac, Windows, another Linux) is the test skipped, saying so.
     */
    @BeforeEach
    void browserIsThere() {
        boolean there = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        Assumptions.assumeTrue(there || Files.isExecutable(APT_GET),
                "skipped: the browser test drives Debian's chromium and chromium-driver, and this system has no apt-get to install them");
        assertTrue(there, "the browser test needs Debian's chromium and chromium-driver: apt-get install chromium chromium-driver (.ci/run does)");
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) browser.quit();
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private ChromeDriver browser(String language) throws IOException {
        profile = Files.createTempDirectory("convscope-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=390,844", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // a phone's screen (390×844 CSS pixels): headless windows are not made narrower than 500
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        return driver;
    }

    @Test
    void aSevenDrawnInTheBrowserIsAnsweredOnThePageAndShownOnTheProjector() throws Exception {
        // the shipped course model, so the answer to a 7 is a 7
        SavedModel course = ModelFile.read(org.convscope.training.PretrainedModels.courseFile(DatasetKind.MNIST));
        robot.interact(() -> app.vm.training().load(course));
        WindowFixture.waitFor(() -> app.vm.training().weightsProperty().get() != null
                && app.vm.training().weightsProperty().get().spec().equals(course.spec()), "the course model is on screen");
        ClassModeViewModel classMode = app.vm.classMode();
        robot.interact(() -> {
            assertTrue(classMode.start(InetAddress.getLoopbackAddress(), 0));
            app.vm.selectedTabProperty().set("classTab");
        });
        var address = classMode.addressProperty().get();

        browser = browser("en");
        browser.get(address.url() + "#" + address.code()); // as the QR code says: the page fills in the code
        WebElement pad = browser.findElement(By.id("pad"));
        assertEquals(address.code(), browser.findElement(By.id("code")).getAttribute("value"));
        drawSeven(pad);
        new Select(browser.findElement(By.id("label"))).selectByValue("7");
        browser.findElement(By.id("name")).sendKeys("Mina");
        browser.findElement(By.id("send")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.textMatches(By.id("answer"), java.util.regex.Pattern.compile("\\d")));
        int answer = Integer.parseInt(browser.findElement(By.id("answer")).getText());
        assertEquals(10, browser.findElements(By.cssSelector("#bars li")).size(), "ten probabilities");
        assertEquals(7, answer, "the course model reads the drawn 7");

        // the projector: the drawing in the column of its answer, with the name
        WindowFixture.waitFor(() -> robot.lookup("#classDrawing1").tryQuery().isPresent(), "the drawing is in the gallery");
        Node tile = robot.lookup("#classDrawing1").query();
        Node column = robot.lookup("#classColumn" + answer).query();
        assertTrue(isInside(tile, column), "in the column of the network's answer");
        assertTrue(robot.from(tile).lookup(".class-tile-name").queryAs(Label.class).getText().equals("Mina"));
        ClassDrawing d = classMode.drawings().get(0);
        assertEquals(answer, d.answer());
        assertEquals(7, d.drawing().label());
        assertEquals("1 drawing", robot.lookup("#classStatus").queryAs(Label.class).getText());

        String shots = System.getProperty("convscope.screenshots");
        if (shots != null) {
            screenshot(Path.of(shots, "classmode-page-en.png"));
            browser.quit();
            browser = null;
            closeBrowser();
            browser = browser("ko");
            browser.get(address.url() + "#" + address.code());
            assertEquals("ko", browser.findElement(By.tagName("html")).getAttribute("lang"));
            drawSeven(browser.findElement(By.id("pad")));
            new Select(browser.findElement(By.id("label"))).selectByValue("7");
            browser.findElement(By.id("name")).sendKeys("민준");
            browser.findElement(By.id("send")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(ExpectedConditions.textMatches(By.id("answer"), java.util.regex.Pattern.compile("\\d")));
            screenshot(Path.of(shots, "classmode-page-ko.png"));
        }
    }

    // a 7 as a student draws it: a bar across the top, then down to the lower left, in small pointer moves
    private void drawSeven(WebElement pad) {
        int w = pad.getRect().getWidth(), h = pad.getRect().getHeight();
        List<double[]> path = List.of(new double[] {-0.28, -0.30}, new double[] {0.25, -0.30}, new double[] {-0.05, 0.36});
        Actions a = new Actions(browser).moveToElement(pad, (int) (path.get(0)[0] * w), (int) (path.get(0)[1] * h)).clickAndHold();
        double x = path.get(0)[0], y = path.get(0)[1];
        for (int i = 1; i < path.size(); i++) {
            for (int s = 1; s <= 12; s++) {
                double nx = path.get(i - 1)[0] + (path.get(i)[0] - path.get(i - 1)[0]) * s / 12;
                double ny = path.get(i - 1)[1] + (path.get(i)[1] - path.get(i - 1)[1]) * s / 12;
                a.moveByOffset((int) Math.round(nx * w) - (int) Math.round(x * w), (int) Math.round(ny * h) - (int) Math.round(y * h));
                x = nx;
                y = ny;
            }
        }
        a.release().perform();
    }

    // the whole page at the phone's width, the answer under the pad included
    private void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        browser.executeScript("window.scrollTo(0, 0)");
        Map<String, Object> layout = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) layout.get("cssContentSize");
        double height = Math.max(844, ((Number) size.get("height")).doubleValue());
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", 390, "height", height, "scale", 1)));
        Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) if (n == ancestor) return true;
        return false;
    }
}
