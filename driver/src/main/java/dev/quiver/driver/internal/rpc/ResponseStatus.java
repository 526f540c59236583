package dev.quiver.driver.internal.rpc;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import dev.quiver.proto.milvus.Status;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** Finds the {@code common.Status} of a response: the response itself, or its {@code status} field. */
final class ResponseStatus {
    private static final Map<com.google.protobuf.Descriptors.Descriptor, Optional<FieldDescriptor>> FIELDS =
            new ConcurrentHashMap<>();

    private ResponseStatus() {
    }

    static @Nullable Status of(Object response) {
        if (response instanceof Status s) {
            return s;
        }
        if (!(response instanceof Message message)) {
            return null;
        }
        Optional<FieldDescriptor> field = FIELDS.computeIfAbsent(message.getDescriptorForType(), d -> {
            FieldDescriptor f = d.findFieldByName("status");
            return f != null && f.getJavaType() == FieldDescriptor.JavaType.MESSAGE
                    && f.getMessageType().equals(Status.getDescriptor()) ? Optional.of(f) : Optional.empty();
        });
        return field.map(f -> (Status) message.getField(f)).orElse(null);
    }
}
