package org.convscope.training;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A {@link Run} as JSON, in the session file's {@code runs} and in an exported runs file
 * (docs/session-format.md): the schema both ways, bound with {@code JsonRecords} (snake_case names;
 * a value that is absent, null or of the wrong type binds as null) and checked by {@link RunDocs}.
 * Unknown and unmeasured values are left out. {@code curve} holds one {@code [step, epoch, loss,
 * accuracy]} list per point.
 */
@JsonInclude(NON_NULL)
public record RunDoc(String name, String experiment, String arm, String dataset, String architecture, String optimizer,
                     Double learningRate, Double momentum, Long batchSize, Long seed, Long limit, Long params,
                     Double seconds, Double imagesPerS, List<Epoch> epochs, List<List<Number>> curve) {

    /** One finished epoch, numbered from 1 as Keras prints them. */
    @JsonInclude(NON_NULL)
    public record Epoch(Long epoch, Double trainLoss, Double trainAccuracy, Double testLoss, Double testAccuracy,
                        Double seconds, Double imagesPerS) {
    }
}
