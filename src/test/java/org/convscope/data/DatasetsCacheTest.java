package org.convscope.data;

import static org.convscope.data.IdxFiles.counting;
import static org.convscope.data.IdxFiles.gzip;
import static org.convscope.data.IdxFiles.idx;
import static org.convscope.data.IdxFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsCacheTest {
    @TempDir
    Path datasets;

    @Test
    void concurrentLoadsShareOneDataset() throws Exception {
        install(3, new byte[] {1, 2, 3});
        CountDownLatch start = new CountDownLatch(1);
        Callable<Dataset> load = () -> {
            start.await();
            return Datasets.load(datasets, DatasetKind.MNIST, Split.TEST);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Dataset> a = pool.submit(load);
            Future<Dataset> b = pool.submit(load);
            start.countDown();
            assertSame(a.get(), b.get());
            assertEquals(3, a.get().size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void failuresAreNotCached() throws IOException {
        install(3, new byte[] {1, 2});
        DatasetException e = assertThrows(DatasetException.class,
                () -> Datasets.load(datasets, DatasetKind.MNIST, Split.TEST));
        assertTrue(e.getMessage().contains("has 3 images but"), e.getMessage());

        install(2, new byte[] {1, 2}); // the user repairs the files and tries again
        assertEquals(2, Datasets.load(datasets, DatasetKind.MNIST, Split.TEST).size());
    }

    @Test
    void clearingTheCacheRereads() throws IOException {
        install(1, new byte[] {4});
        Dataset first = Datasets.load(datasets, DatasetKind.MNIST, Split.TEST);
        Datasets.clearCache();
        assertNotSame(first, Datasets.load(datasets, DatasetKind.MNIST, Split.TEST));
    }

    private void install(int images, byte[] labels) throws IOException {
        Path folder = Files.createDirectories(datasets.resolve("mnist"));
        write(folder, Split.TEST.imagesFile(), gzip(idx(new int[] {images, 2, 2}, counting(images * 4))));
        write(folder, Split.TEST.labelsFile(), gzip(idx(new int[] {labels.length}, labels)));
    }
}
