package org.convscope.ui.editor;

import java.util.Comparator;
import java.util.List;
import org.convscope.engine.layer.spec.ArchitectureException;
import org.convscope.engine.layer.spec.LayerInfo;
import org.convscope.engine.layer.spec.ModelSpec;

/**
 * Checks a draft architecture the way training would, and keeps what can be shown of it: every
 * layer the engine could infer (shape, formula), and the first problem. The shapes and formulas
 * are the engine's own ({@link ModelSpec#infer()}), never recomputed here. Never throws.
 *
 * <p>Beyond what the engine refuses, a model so big that training it here would crawl is refused
 * too: more than {@value #MAX_PARAMS} parameters or {@value #MAX_MACS} multiply-adds per image.
 */
public final class ArchitectureCheck {
    /** About 20 times the course model. */
    public static final long MAX_PARAMS = 2_000_000;
    /** About 35 times the course model (2.8 million). */
    public static final long MAX_MACS = 100_000_000;

    /**
     * @param infos   the layers the engine could infer, from the first on (all of them when nothing
     *                stops it; the ones before the offending layer otherwise)
     * @param problem the first problem, or null when the draft can be trained
     */
    public record Verdict(ModelSpec spec, List<LayerInfo> infos, Problem problem) {

        public Verdict {
            infos = List.copyOf(infos);
        }

        public boolean valid() {
            return problem == null;
        }

        /** Parameters of the layers inferred. */
        public long totalParams() {
            return infos.stream().mapToLong(LayerInfo::params).sum();
        }

        /** Layer {@code i}'s inferred figures, or null if the engine could not get that far. */
        public LayerInfo info(int i) {
            return i < infos.size() ? infos.get(i) : null;
        }
    }

    private ArchitectureCheck() {
    }

    /** Checks {@code spec} as a classifier of {@code classes} classes. */
    public static Verdict check(ModelSpec spec, int classes) {
        try {
            List<LayerInfo> infos = spec.inferClassifier(classes);
            return new Verdict(spec, infos, tooBig(infos));
        } catch (ArchitectureException e) {
            return new Verdict(spec, inferable(spec, e.layerIndex()), problem(e));
        }
    }

    static Problem problem(ArchitectureException e) {
        return new Problem(e.layerIndex(), "editor.problem." + e.reason().name(),
                e.reason() == ArchitectureException.Reason.OTHER ? List.of(e.getMessage()) : e.args(), e.getMessage());
    }

    // the layers before the one that failed; all of them when only the output is wrong
    private static List<LayerInfo> inferable(ModelSpec spec, int failed) {
        try {
            return spec.infer();
        } catch (ArchitectureException e) {
            if (failed <= 0) return List.of();
            try {
                return new ModelSpec(spec.input(), spec.layers().subList(0, failed)).infer();
            } catch (ArchitectureException again) {
                return List.of();
            }
        }
    }

    private static Problem tooBig(List<LayerInfo> infos) {
        long params = infos.stream().mapToLong(LayerInfo::params).sum();
        if (params > MAX_PARAMS) {
            LayerInfo biggest = infos.stream().max(Comparator.comparingLong(LayerInfo::params)).orElseThrow();
            return new Problem(biggest.index(), "editor.problem.TOO_MANY_PARAMS", List.of(params, MAX_PARAMS),
                    "the model has " + params + " parameters; at most " + MAX_PARAMS + " train here in reasonable time");
        }
        long macs = infos.stream().mapToLong(LayerInfo::macs).sum();
        if (macs > MAX_MACS) {
            LayerInfo busiest = infos.stream().max(Comparator.comparingLong(LayerInfo::macs)).orElseThrow();
            return new Problem(busiest.index(), "editor.problem.TOO_MUCH_WORK", List.of(macs, MAX_MACS),
                    "the model needs " + macs + " multiply-adds per image; at most " + MAX_MACS + " train here in reasonable time");
        }
        return null;
    }
}
