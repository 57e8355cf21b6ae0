package org.convscope.ui.common;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The UI's two languages. Every visible string comes from {@code messages*.properties}; views bind
 * their texts to {@link #bind}, so switching the locale re-renders everything without a restart.
 */
public final class I18n {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale KOREAN = Locale.KOREAN;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, KOREAN);
    /**
     * One bundle per feature, so each view keeps its texts beside it; keys are prefixed by feature
     * and never repeat across bundles (a test checks).
     */
    public static final List<String> BUNDLES = List.of(
            "org.convscope.ui.messages",
            "org.convscope.ui.architecture.messages",
            "org.convscope.ui.kernels.messages",
            "org.convscope.ui.common.colours",
            "org.convscope.ui.featuremaps.messages",
            "org.convscope.ui.drawpad.messages",
            "org.convscope.ui.convstep.messages",
            "org.convscope.ui.poolstep.messages",
            "org.convscope.ui.stepper.messages",
            "org.convscope.ui.editor.messages",
            "org.convscope.ui.files.messages",
            "org.convscope.ui.export.messages",
            "org.convscope.ui.classroom.messages",
            "org.convscope.ui.help.messages",
            "org.convscope.ui.results.messages",
            "org.convscope.ui.explain.messages",
            "org.convscope.ui.learned.messages",
            "org.convscope.ui.classmode.messages",
            "org.convscope.ui.compare.messages",
            "org.convscope.ui.moveit.messages");

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();
    // Looked up from the locale on every get(): bindings re-evaluate as soon as the locale is
    // invalidated, before any change listener could have swapped a cached bundle.
    private final Map<Locale, List<ResourceBundle>> bundles = new ConcurrentHashMap<>();

    public I18n(Locale initial) {
        locale.set(supported(initial));
    }

    /** The supported locale closest to {@code l} (Korean for any Korean locale, else English). */
    public static Locale supported(Locale l) {
        return l != null && "ko".equals(l.getLanguage()) ? KOREAN : ENGLISH;
    }

    private static ResourceBundle load(String name, Locale l) {
        // no fallback to the JVM's default locale: English is the base bundle
        return ResourceBundle.getBundle(name, l, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language; set it to switch every bound text at once. Only supported locales are kept. */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public boolean korean() {
        return KOREAN.equals(locale.get());
    }

    /** The text for {@code key} now, formatted with {@code args} (MessageFormat). */
    public String get(String key, Object... args) {
        String pattern = null;
        for (ResourceBundle b : bundles.computeIfAbsent(locale.get(), l -> BUNDLES.stream().map(n -> load(n, l)).toList())) {
            if (b.containsKey(key)) {
                pattern = b.getString(key);
                break;
            }
        }
        if (pattern == null) return "!" + key + "!";
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(args);
    }

    /** A text that follows the language. */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    /** A text that follows the language and the given values, e.g. "Epoch {0} of {1}". */
    public StringBinding bindFormat(String key, ObservableValue<?>... args) {
        ObservableValue<?>[] deps = Arrays.copyOf(args, args.length + 1);
        deps[args.length] = locale;
        return Bindings.createStringBinding(() -> get(key, Arrays.stream(args).map(ObservableValue::getValue).toArray()), deps);
    }
}
