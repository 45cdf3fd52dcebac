package org.nianbao.storage.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.library.ReportQuery;

/**
 * The parameters of {@link ReportDao#SEARCH} for a {@link ReportQuery}.
 *
 * @param allAgencies whether the query names no agencies ({@code agencyIds} is then empty)
 * @param namePattern a {@code LIKE} pattern (escape character {@code \}) matching the lower-cased agency name
 */
public record SearchFilter(
        boolean allAgencies,
        Long[] agencyIds,
        @Nullable String namePattern,
        @Nullable Integer year,
        @Nullable String rule,
        @Nullable String severity) {

    public static SearchFilter of(ReportQuery query) {
        return new SearchFilter(
                query.agencyIds() == null,
                query.agencyIds() == null ? new Long[0] : query.agencyIds().stream().sorted().toArray(Long[]::new),
                query.agencyName() == null || query.agencyName().isBlank()
                        ? null
                        : "%" + escapeLike(query.agencyName().strip().toLowerCase(Locale.ROOT)) + "%",
                query.year(),
                query.rule() == null ? null : query.rule().id(),
                query.severity() == null ? null : query.severity().key());
    }

    /** The text with {@code \}, {@code %} and {@code _} escaped for a {@code LIKE … ESCAPE '\'} pattern. */
    static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '%' || c == '_') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
