package org.convscope.ui.moveit;

import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.training.shift.ShiftReport;

/**
 * One network's Move it, ready to show.
 *
 * @param role     {@code "live"} (the network in training), {@code "with"} or {@code "without"} (the pooling experiment's arms)
 * @param classes  the dataset's class names in the UI's language, by label
 */
public record ShiftPanel(String role, ModelSpec spec, ShiftReport report, java.util.List<String> classes) {
}
