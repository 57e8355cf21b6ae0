package org.convscope.ui.compare;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convscope.training.Run;
import org.convscope.ui.common.I18n;

/** A run's name in the UI's language: an experiment's arm by its id, the app's "Run 3" as the language says it. */
final class RunNames {
    private static final Pattern APP_RUN = Pattern.compile("Run (\\d+)");

    private RunNames() {
    }

    static String of(Run r, I18n i18n) {
        if (r.experiment() != null && r.arm() != null) {
            String key = "compare.arm." + r.experiment() + "." + r.arm();
            String name = i18n.get(key);
            if (!name.equals("!" + key + "!")) return name;
        }
        Matcher m = APP_RUN.matcher(r.name());
        return r.experiment() == null && m.matches() ? i18n.get("compare.run", Integer.parseInt(m.group(1))) : r.name();
    }
}
