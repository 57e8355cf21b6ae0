/**
 * The Compare runs view: the runs of the session (the app's own and the preset experiments' arms)
 * overlaid in a loss and an accuracy chart, each in its own colour, over a table of parameters, time,
 * images/s, best test accuracy and the train − test gap; the presets run from here on a background
 * thread, with progress and a Cancel; runs export as CSV and JSON.
 */
package org.convscope.ui.compare;
