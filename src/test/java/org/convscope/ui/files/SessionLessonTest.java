package org.convscope.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.convscope.data.DatasetKind;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.io.TrainingInfo;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Sequential;
import org.convscope.training.TrainingSession;
import org.convscope.ui.classroom.ControlGroup;
import org.convscope.ui.classroom.Settings;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.shell.MainViewModel;
import org.convscope.ui.training.TrainingViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session file keeps what the lesson hides; a damaged lesson part is refused with a clear message. */
class SessionLessonTest {
    private static final ModelSpec TINY = ModelSpec.parse("c4k3-p2-f-d10");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<MainViewModel> apps = new ArrayList<>();
    @TempDir
    Path dir;

    private MainViewModel app() {
        TrainingViewModel training = new TrainingViewModel(TaskRunner.immediate(), TrainingSession::new, 320, 2);
        training.specProperty().set(TINY);
        MainViewModel vm = new MainViewModel(new I18n(Locale.ENGLISH), TaskRunner.immediate(), training,
                RecentFiles.at(dir.resolve("recent-" + apps.size() + ".txt")), Settings.inMemory());
        apps.add(vm);
        return vm;
    }

    @AfterEach
    void shutdown() {
        apps.forEach(MainViewModel::shutdown);
    }

    private static SavedModel model() {
        return SavedModel.of(Sequential.build(TINY, 1), DatasetKind.MNIST.classNames(Locale.ENGLISH), "mnist", TrainingInfo.empty());
    }

    @Test
    void theLessonIsSavedAndRestored() throws Exception {
        MainViewModel teacher = app();
        teacher.classroom().lesson().set(List.of("kernelsTab", "editorTab"), List.of(ControlGroup.RUN, ControlGroup.ADVANCED));
        teacher.files().saveSessionAs(dir.resolve("lesson"));
        Path file = dir.resolve("lesson.convscope");
        assertEquals("Saved the session lesson.convscope", teacher.files().statusProperty().get(),
                "saved: " + teacher.files().errorProperty().get());
        Session.Lesson written = SessionFile.read(file).session().lesson();
        assertEquals(Set.of("kernelsTab", "editorTab"), Set.copyOf(written.hiddenTabs()));
        assertEquals(Set.of("run", "advanced"), Set.copyOf(written.hiddenControls()));

        MainViewModel room = app();
        room.classroom().lesson().set(List.of("poolstepTab"), List.of(ControlGroup.DATASET));
        room.files().open(file);
        assertNull(room.files().errorProperty().get());
        assertEquals(Set.of("kernelsTab", "editorTab"), room.classroom().lesson().hiddenTabs(), "replaced, not added to");
        assertEquals(Set.of(ControlGroup.RUN, ControlGroup.ADVANCED), room.classroom().lesson().hiddenControls());
    }

    @Test
    void namesThisVersionDoesNotKnowAreIgnoredAndAFileWithoutALessonKeepsTheCurrentOne() throws Exception {
        Path file = dir.resolve("future.convscope");
        SessionFile.write(file, model(), new Session(null, null, null, null, null, null, null,
                new Session.Lesson(List.of("convstepTab"), List.of("RUN", "lasers", "model"))));
        MainViewModel vm = app();
        vm.files().open(file);
        assertNull(vm.files().errorProperty().get());
        assertEquals(Set.of(ControlGroup.RUN, ControlGroup.MODEL), vm.classroom().lesson().hiddenControls());
        assertEquals(Set.of("convstepTab"), vm.classroom().lesson().hiddenTabs());

        Path old = dir.resolve("old.convscope");
        SessionFile.write(old, model(), new Session(null, null, null, null, null, "trainingTab", null));
        vm.files().open(old);
        assertEquals(Set.of("convstepTab"), vm.classroom().lesson().hiddenTabs(), "no lesson part: nothing changes");
    }

    private static byte[] sessionJsonWith(Consumer<ObjectNode> lesson) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(SessionJson.write(new Session(null, null, null, null, null, null, null,
                new Session.Lesson(List.of("kernelsTab"), List.of("run")))));
        lesson.accept((ObjectNode) root.get("lesson"));
        return JSON.writeValueAsBytes(root);
    }

    private static String refused(Consumer<ObjectNode> lesson) throws Exception {
        byte[] bytes = sessionJsonWith(lesson);
        return assertThrows(IllegalArgumentException.class, () -> SessionJson.read(bytes)).getMessage();
    }

    @Test
    void aMalformedLessonIsRefusedWithAClearMessage() throws Exception {
        assertEquals("session.json 'lesson.hidden_tabs' must be a list of at most 100 names",
                refused(l -> l.put("hidden_tabs", "kernelsTab")));
        assertEquals("session.json 'lesson.hidden_controls' must hold names of 1 to 100 characters, got 7",
                refused(l -> l.putArray("hidden_controls").add("run").add(7)));
        assertEquals("session.json 'lesson.hidden_tabs' must be a list of at most 100 names", refused(l -> {
            ArrayNode a = l.putArray("hidden_tabs");
            for (int i = 0; i < 101; i++) a.add("tab" + i);
        }));
        assertEquals("session.json 'lesson.hidden_tabs' must hold names of 1 to 100 characters, got \"\"",
                refused(l -> l.putArray("hidden_tabs").add("")));
        assertTrue(refused(l -> l.putArray("hidden_tabs").add("x".repeat(101))).startsWith(
                "session.json 'lesson.hidden_tabs' must hold names of 1 to 100 characters"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SessionJson.read("{\"format\":\"convscope-session\",\"version\":1,\"lesson\":[]}".getBytes()))
                .getMessage().contains("lesson"), "a lesson that is not an object");

        // the limits themselves are fine
        ArrayNode hundred = JSON.createArrayNode();
        for (int i = 0; i < 100; i++) hundred.add("t".repeat(100));
        byte[] ok = sessionJsonWith(l -> l.set("hidden_tabs", hundred));
        assertEquals(100, SessionJson.read(ok).lesson().hiddenTabs().size());
        assertEquals(List.of(), SessionJson.read(sessionJsonWith(l -> l.putNull("hidden_controls"))).lesson().hiddenControls());
    }

    @Test
    void theWindowShowsWhyAMalformedLessonWasRefusedAndKeepsItsOwn() throws Exception {
        Path file = dir.resolve("broken.convscope");
        ModelFile.write(file, model(), SessionFile.ENTRY, sessionJsonWith(l -> l.put("hidden_controls", 3)));
        MainViewModel vm = app();
        vm.classroom().lesson().set(List.of("editorTab"), List.of());
        vm.files().open(file);
        FilesViewModel.Failure f = vm.files().errorProperty().get();
        assertEquals("Could not open broken.convscope", f.title());
        assertEquals("broken.convscope: session.json 'lesson.hidden_controls' must be a list of at most 100 names", f.message());
        assertEquals(Set.of("editorTab"), vm.classroom().lesson().hiddenTabs(), "nothing changed");
        assertTrue(Files.isRegularFile(file));
    }
}
