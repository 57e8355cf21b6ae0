package org.convscope.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatasetKindTest {
    @Test
    void parsesCliIds() {
        assertEquals(DatasetKind.MNIST, DatasetKind.parse("mnist"));
        assertEquals(DatasetKind.FASHION_MNIST, DatasetKind.parse(" Fashion-MNIST "));
    }

    @Test
    void unknownIdListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatasetKind.parse("cifar10"));
        assertEquals("unknown dataset 'cifar10'; valid ids: mnist, fashion-mnist", e.getMessage());
    }

    @Test
    void findIsEmptyForAnotherToolsDatasetOrNone() {
        assertEquals(Optional.of(DatasetKind.FASHION_MNIST), DatasetKind.find("fashion-mnist"));
        assertEquals(Optional.empty(), DatasetKind.find("cifar10"));
        assertEquals(Optional.empty(), DatasetKind.find(null));
    }

    @Test
    void foldersMatchTheBundledAssets() {
        assertEquals("mnist", DatasetKind.MNIST.folder());
        assertEquals("fashion-mnist", DatasetKind.FASHION_MNIST.folder());
        assertEquals("Fashion-MNIST", DatasetKind.FASHION_MNIST.displayName());
    }

    @Test
    void namesClassesInEnglishAndKorean() {
        Locale korean = Locale.KOREAN;
        assertEquals("Ankle boot", DatasetKind.FASHION_MNIST.className(9, Locale.ENGLISH));
        assertEquals("앵클 부츠", DatasetKind.FASHION_MNIST.className(9, korean));
        assertEquals("티셔츠/탑", DatasetKind.FASHION_MNIST.className(0, Locale.KOREA));
        assertEquals("T-shirt/top", DatasetKind.FASHION_MNIST.className(0, Locale.GERMAN));
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), DatasetKind.MNIST.classNames(korean));
        for (DatasetKind kind : DatasetKind.values()) {
            assertEquals(10, kind.classCount());
            assertEquals(10, kind.classNames(korean).size());
            assertTrue(kind.classNames(Locale.ENGLISH).stream().distinct().count() == 10, kind + " names are distinct");
        }
    }
}
