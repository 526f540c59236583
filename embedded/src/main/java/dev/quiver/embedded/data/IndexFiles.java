package dev.quiver.embedded.data;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Names of index files, {@code indexes/<segment file id>-<field id>-<index id>.qvix} relative to the data
 * directory: one file per (segment file, field, catalog index), so a compacted segment (new file id) or a
 * re-created index (new index id) never reuses a name. Stateless.
 */
final class IndexFiles {
    /** {@link dev.quiver.embedded.storage.ManifestStore#DERIVED_DIRECTORY}, whose missing files do not fail an open. */
    static final String DIRECTORY = "indexes";
    private static final Pattern NAME = Pattern.compile(DIRECTORY + "/(\\d{1,19})-(\\d{1,19})-(\\d{1,19})\\.qvix");

    /** What an index file's name says. */
    record Name(long segmentFileId, long fieldId, long indexId) {
    }

    private IndexFiles() {
    }

    static String path(long segmentFileId, long fieldId, long indexId) {
        return DIRECTORY + "/" + segmentFileId + "-" + fieldId + "-" + indexId + ".qvix";
    }

    static boolean isIndexFile(String relativePath) {
        return relativePath.startsWith(DIRECTORY + "/");
    }

    /** The parts of a name {@link #path} made, or null for any other path. */
    static @Nullable Name parse(String relativePath) {
        Matcher matcher = NAME.matcher(relativePath);
        if (!matcher.matches()) {
            return null;
        }
        try {
            return new Name(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)),
                    Long.parseLong(matcher.group(3)));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
