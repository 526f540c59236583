package dev.quiver.embedded.data;

import dev.quiver.proto.milvus.IDs;
import dev.quiver.proto.milvus.LongArray;
import dev.quiver.proto.milvus.StringArray;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Primary keys (Long or String) to and from the wire's {@code schema.IDs}. */
final class Keys {
    private Keys() {
    }

    static IDs toIds(Collection<?> keys, boolean stringKeys) {
        if (stringKeys) {
            StringArray.Builder b = StringArray.newBuilder();
            for (Object k : keys) {
                b.addData((String) k);
            }
            return IDs.newBuilder().setStrId(b).build();
        }
        LongArray.Builder b = LongArray.newBuilder();
        for (Object k : keys) {
            b.addData((Long) k);
        }
        return IDs.newBuilder().setIntId(b).build();
    }

    static List<Object> fromIds(IDs ids) {
        if (ids.hasStrId()) {
            return new ArrayList<>(ids.getStrId().getDataList());
        }
        return new ArrayList<>(ids.getIntId().getDataList());
    }
}
