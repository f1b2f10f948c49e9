package io.blindspot.base;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Times for plain JDBC, stored in UTC as Hibernate stores them ({@code hibernate.jdbc.time_zone=UTC}).
 * Going through {@link LocalDateTime} keeps the JVM's default time zone out of it.
 */
public final class UtcColumns {

    private UtcColumns() {}

    public static Instant read(ResultSet rs, String column) throws SQLException {
        var local = rs.getObject(column, LocalDateTime.class);
        return local == null ? null : local.toInstant(ZoneOffset.UTC);
    }

    public static LocalDateTime write(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
