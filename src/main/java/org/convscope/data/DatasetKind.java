package org.convscope.data;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The datasets bundled in {@code assets/datasets}, with their class names in English and Korean. */
public enum DatasetKind {
    MNIST("mnist", "MNIST",
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")),
    FASHION_MNIST("fashion-mnist", "Fashion-MNIST",
            List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                    "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"),
            List.of("티셔츠/탑", "바지", "풀오버", "드레스", "코트",
                    "샌들", "셔츠", "스니커즈", "가방", "앵클 부츠"));

    private final String id;
    private final String displayName;
    private final List<String> englishNames;
    private final List<String> koreanNames;

    DatasetKind(String id, String displayName, List<String> englishNames, List<String> koreanNames) {
        this.id = id;
        this.displayName = displayName;
        this.englishNames = englishNames;
        this.koreanNames = koreanNames;
    }

    /** The id used on the command line and in model files, e.g. {@code fashion-mnist}. */
    public String id() {
        return id;
    }

    /** The folder under {@code assets/datasets}; the same as the id. */
    public String folder() {
        return id;
    }

    /** The dataset's proper name, the same in every language. */
    public String displayName() {
        return displayName;
    }

    public int classCount() {
        return englishNames.size();
    }

    public List<String> classNames(Locale locale) {
        return isKorean(locale) ? koreanNames : englishNames;
    }

    public String className(int label, Locale locale) {
        return classNames(locale).get(label);
    }

    private static boolean isKorean(Locale locale) {
        return "ko".equals(locale.getLanguage());
    }

    /** The kind with id {@code text} (case and surrounding spaces ignored). */
    public static DatasetKind parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (DatasetKind kind : values()) {
            if (kind.id.equals(wanted)) return kind;
        }
        throw new IllegalArgumentException("unknown dataset '" + text + "'; valid ids: " + validIds());
    }

    /** The kind a model file names, if it is one of ours (another tool may have trained on anything). */
    public static Optional<DatasetKind> find(String id) {
        if (id == null) return Optional.empty();
        try {
            return Optional.of(parse(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The ids, comma-separated, for help texts. */
    public static String validIds() {
        return Arrays.stream(values()).map(DatasetKind::id).collect(Collectors.joining(", "));
    }
}
