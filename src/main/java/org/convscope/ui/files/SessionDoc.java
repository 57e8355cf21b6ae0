package org.convscope.ui.files;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.convscope.training.RunDoc;

/**
 * session.json's fields, in the order they are written (docs/session-format.md): the schema both
 * ways. {@link SessionJson} writes a {@link Session} as these records and binds a file to them
 * with {@code JsonRecords}, where a value that is absent, null or of the wrong type is null, then
 * checks every value. A part the session does not have is left out.
 */
@JsonInclude(NON_NULL)
record SessionDoc(String format, Long version, String language, String theme, String dataset, Training training,
                  Probe probe, View view, Editor editor, Lesson lesson, List<RunDoc> runs) {

    record Training(Long epochs, Long batchSize, String optimizer, Double learningRate, Long seed) {
    }

    /** {@code drawing}: 28×28 numbers row by row, written as float32 values. */
    @JsonInclude(NON_NULL)
    record Probe(String source, Long testIndex, List<Number> drawing) {
    }

    record View(String tab) {
    }

    record Editor(String architecture) {
    }

    record Lesson(List<String> hiddenTabs, List<String> hiddenControls) {
    }
}
