package dev.threadlings.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void oddCountTakesTheMiddleOfTheSortedSamples() {
        assertEquals(new Stats(2.0, 1.0, 9.0, 5), Stats.of(List.of(9.0, 1.0, 2.0, 3.0, 1.5)));
    }

    @Test
    void evenCountAveragesTheTwoMiddleSamples() {
        assertEquals(new Stats(2.5, 1.0, 4.0, 4), Stats.of(List.of(4.0, 1.0, 3.0, 2.0)));
    }

    @Test
    void oneSampleIsEverything() {
        assertEquals(new Stats(0.25, 0.25, 0.25, 1), Stats.of(List.of(0.25)));
    }

    @Test
    void noSamplesIsNotANumberAndHasNoRatio() {
        Stats none = Stats.of(List.of());
        assertFalse(none.present());
        assertTrue(Double.isNaN(none.median()));
        assertTrue(Double.isNaN(none.ratioTo(Stats.of(List.of(1.0)))));
        assertTrue(Double.isNaN(Stats.of(List.of(1.0)).ratioTo(none)));
    }

    @Test
    void ratioComparesMedians() {
        assertEquals(0.25, Stats.of(List.of(0.5, 0.4, 0.6)).ratioTo(Stats.of(List.of(2.0, 1.0, 3.0))), 1e-12);
    }

    @Test
    void theInputIsNotReordered() {
        List<Double> samples = new ArrayList<>(List.of(3.0, 1.0, 2.0));
        Stats.of(samples);
        assertEquals(List.of(3.0, 1.0, 2.0), samples);
    }
}
