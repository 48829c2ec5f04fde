package org.resolint.rules.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResolutionTableTest {
    private final ResolutionTable table = ResolutionTable.bundled();

    @Test
    void readsTheBundledCopyFromTheClassPathOnce() {
        assertSame(table, ResolutionTable.bundled());
        assertEquals(2824, table.size());
        assertEquals(2825, table.latest());
        assertEquals(LocalDate.of(2026, 6, 29), table.latestDate());
    }

    @Test
    void datesOfTheReadmeSpotChecks() {
        assertEquals(LocalDate.of(2015, 10, 13), table.date(2242));
        assertEquals(LocalDate.of(2016, 6, 29), table.date(2295));
        assertEquals(LocalDate.of(2006, 12, 23), table.date(1738));
        assertEquals(LocalDate.of(2016, 12, 20), table.date(2331));
    }

    /** 2762 (2024) exists but has no row: unknown date, bounded by 2761 and 2763, never non-existent. */
    @Test
    void aNumberInsideTheRangeWithoutARowIsUnknownDateNotMissing() {
        assertNull(table.date(2762));
        assertTrue(table.covers(2762));
        assertEquals(2024, table.minYear(2762));
        assertEquals(2024, table.maxYear(2762));
    }

    @Test
    void beyondTheTableTheYearIsUnbounded() {
        assertFalse(table.covers(2826));
        assertNull(table.maxYear(2900));
        assertEquals(2026, table.minYear(2900));
    }
}
