package dev.quiver.embedded.data;

import dev.quiver.embedded.catalog.CollectionInfo;
import dev.quiver.wire.TimestamptzText;
import java.time.ZoneId;

/**
 * The time zone TIMESTAMPTZ text is read and written in: a query's or search's {@code timezone} parameter, else the
 * collection's {@code timezone} property, else UTC (Milvus's {@code getColTimezone} and its request override).
 */
final class Timezones {
    private Timezones() {
    }

    static ZoneId of(CollectionInfo collection) {
        String name = collection.properties().get(TimestamptzText.TIMEZONE_KEY);
        return name == null || name.isBlank() ? TimestamptzText.DEFAULT_ZONE : zone(name);
    }

    static ZoneId of(CollectionInfo collection, Params params) {
        return params.get(TimestamptzText.TIMEZONE_KEY).map(Timezones::zone).orElseGet(() -> of(collection));
    }

    private static ZoneId zone(String name) {
        try {
            return TimestamptzText.zone(name);
        } catch (IllegalArgumentException e) {
            throw Errors.invalid("got invalid default timezone: %s", name);
        }
    }
}
