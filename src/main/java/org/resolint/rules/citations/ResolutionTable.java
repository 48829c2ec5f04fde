package org.resolint.rules.citations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Security Council resolution numbers and adoption dates, from the table bundled on the class
 * path ({@code data/unsc-resolutions.tsv}, a copy of shared/data with its README facts in
 * docs/chapter7-citations.md). Read once, on first use.
 *
 * <p>A number inside the table's range without a row (2762 (2024) is the known one) exists but
 * has no date: its year is bounded by its neighbours, since dates never decrease with numbers.
 */
public final class ResolutionTable {
    public static final String RESOURCE = "/data/unsc-resolutions.tsv";

    private final NavigableMap<Integer, LocalDate> dates;

    private ResolutionTable(NavigableMap<Integer, LocalDate> dates) {
        if (dates.isEmpty()) {
            throw new IllegalStateException("the resolution table is empty");
        }
        this.dates = dates;
    }

    /** Lazy holder: the table is parsed when a citation is first checked, and only then. */
    private static final class Bundled {
        static final ResolutionTable TABLE = load(RESOURCE);
    }

    public static ResolutionTable bundled() {
        return Bundled.TABLE;
    }

    static ResolutionTable load(String resource) {
        try (InputStream in = ResolutionTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tab-separated {@code number date meeting source} with one header line. */
    static ResolutionTable parse(InputStream in) throws IOException {
        NavigableMap<Integer, LocalDate> rows = new TreeMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = r.readLine();
        if (header == null || !header.startsWith("number\tdate")) {
            throw new IllegalStateException("resolution table: unexpected header " + header);
        }
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            rows.put(Integer.valueOf(cols[0].strip()), date(cols[1].strip()));
        }
        return new ResolutionTable(rows);
    }

    /** An ISO date {@code 2023-12-21}: read by hand: LocalDate.parse took most of the time of loading the table. */
    private static LocalDate date(String iso) {
        boolean plain = iso.length() == 10;
        for (int i = 0; plain && i < 10; i++) {
            char c = iso.charAt(i);
            plain = i == 4 || i == 7 ? c == '-' : c >= '0' && c <= '9';
        }
        if (!plain) {
            return LocalDate.parse(iso); // its error names the bad value
        }
        try {
            return LocalDate.of(Integer.parseInt(iso.substring(0, 4)), Integer.parseInt(iso.substring(5, 7)),
                    Integer.parseInt(iso.substring(8, 10)));
        } catch (java.time.DateTimeException e) {
            return LocalDate.parse(iso);
        }
    }

    /** The highest number in the table. */
    public int latest() {
        return dates.lastKey();
    }

    public LocalDate latestDate() {
        return dates.lastEntry().getValue();
    }

    /** Adoption date of resolution {@code n}, or null when the table has no row for it. */
    public LocalDate date(int n) {
        return dates.get(n);
    }

    /** Inside the table's range (1 to latest): the resolution exists, whether or not it has a row. */
    public boolean covers(int n) {
        return n >= dates.firstKey() && n <= latest();
    }

    /** Earliest year resolution {@code n} can bear: its own, else the year of the row before it. */
    public int minYear(int n) {
        Map.Entry<Integer, LocalDate> e = dates.floorEntry(n);
        return e == null ? 1946 : e.getValue().getYear();
    }

    /** Latest year resolution {@code n} can bear: its own, else that of the row after it; null beyond the table. */
    public Integer maxYear(int n) {
        Map.Entry<Integer, LocalDate> e = dates.ceilingEntry(n);
        return e == null ? null : e.getValue().getYear();
    }

    public int size() {
        return dates.size();
    }
}
