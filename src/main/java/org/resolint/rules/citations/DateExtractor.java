package org.resolint.rules.citations;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resolint.model.Paragraph;
import org.resolint.model.ParagraphKind;
import org.resolint.model.Resolution;

/** Finds dates written the UN way, day month year ({@code 30 June 2018}), and checks them against the calendar. */
public final class DateExtractor {
    private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2})[\\s\\u00A0]+(January|February|March|April|May"
            + "|June|July|August|September|October|November|December)[\\s\\u00A0]+(\\d{4})\\b");
    /** Month first (US style): {@code May 3, 2025}, {@code June 30th 2024}, {@code December 17 2017}. */
    private static final Pattern MONTH_FIRST = Pattern.compile("\\b(January|February|March|April|May|June|July"
            + "|August|September|October|November|December)[\\s\\u00A0]+(\\d{1,2})(?:st|nd|rd|th)?,?[\\s\\u00A0]+"
            + "((?:19|20)\\d{2})\\b(?![,.]\\d)");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    /** STRICT with {@code uuuu}: 30 February is rejected, not moved to 28 February. */
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);

    public List<DateMention> extract(Resolution resolution) {
        List<DateMention> out = new ArrayList<>();
        for (Paragraph p : resolution.getParagraphs()) {
            if (!namesAMonth(p.getText())) {
                continue;
            }
            Matcher m = DATE.matcher(p.getText());
            while (m.find()) {
                int day = Integer.parseInt(m.group(1));
                int daysInMonth = YearMonth.of(Integer.parseInt(m.group(3)), Month.valueOf(m.group(2).toUpperCase(Locale.ROOT)))
                        .lengthOfMonth();
                out.add(new DateMention(p, m.start(), m.group(), day, daysInMonth));
            }
        }
        return out;
    }

    /** Dates written month first, outside voting notes (which are not text of the resolution). */
    public List<MonthFirstDate> monthFirst(Resolution resolution) {
        List<MonthFirstDate> out = new ArrayList<>();
        for (Paragraph p : resolution.getParagraphs()) {
            if (p.getKind() == ParagraphKind.NOTE || !namesAMonth(p.getText())) {
                continue;
            }
            Matcher m = MONTH_FIRST.matcher(p.getText());
            while (m.find()) {
                int day = Integer.parseInt(m.group(2));
                out.add(new MonthFirstDate(p, m.start(), m.group(), day + " " + m.group(1) + " " + m.group(3)));
            }
        }
        return out;
    }

    /** Whether a month's name stands in the text: most paragraphs name none, and indexOf is far cheaper than the patterns. */
    private static boolean namesAMonth(String text) {
        for (String month : MONTHS) {
            if (text.contains(month)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 30 January 2004} (any run of blanks between the parts) as a date, or null if the calendar has none. */
    static LocalDate parse(String d) {
        try {
            return LocalDate.parse(d.replaceAll("[\\s\\u00A0]+", " "), FORMAT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
