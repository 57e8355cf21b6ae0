package org.convscope.ui.common;

/**
 * Which values share one colour scale (CNN Explainer's Unit / Module / Global): each map on its own
 * (shows every map's pattern, hides their relative strength), a whole layer (compares the maps of
 * one layer), or everything shown (compares layers).
 */
public enum Normalization {
    PER_MAP, PER_LAYER, GLOBAL
}
