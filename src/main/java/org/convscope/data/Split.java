package org.convscope.data;

/** Which half of a dataset: LeCun's file names call the test half "t10k". */
public enum Split {
    TRAIN("train", "train"),
    TEST("test", "t10k");

    private final String id;
    private final String filePrefix;

    Split(String id, String filePrefix) {
        this.id = id;
        this.filePrefix = filePrefix;
    }

    public String id() {
        return id;
    }

    public String imagesFile() {
        return filePrefix + "-images-idx3-ubyte.gz";
    }

    public String labelsFile() {
        return filePrefix + "-labels-idx1-ubyte.gz";
    }
}
