package org.convscope.ui.results;

/** A cell of the confusion matrix: the true class (row) and the guessed class (column). */
public record Cell(int actual, int guessed) {

    public boolean correct() {
        return actual == guessed;
    }
}
